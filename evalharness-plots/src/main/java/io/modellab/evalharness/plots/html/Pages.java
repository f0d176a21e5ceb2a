package io.modellab.evalharness.plots.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Renders the pages' templates. They are compiled to Java at build time by the jte Maven plugin with the HTML
 * content type, which escapes every {@code ${...}} for the context it is in (text, attribute, URL); no page
 * prints a string unescaped. Each page carries a Content-Security-Policy that allows no network request at all,
 * images only as data URIs, and only the one script below (by its hash), so a page that opens from disk stays
 * inert even if a string slipped through.
 */
final class Pages {

    /**
     * The only script. Clicking a column header of a table marked {@code sortable} sorts its rows by that column
     * (by {@code data-sort} when a cell has one, otherwise by text). A box marked {@code data-filter-for} (hidden
     * until this script shows it) filters the rows of the table it names: its search field keeps the rows whose text
     * contains what is typed, its buttons the rows whose {@code data-type} is theirs ({@code ""} for all). Pages read
     * fine without it: every row is shown.
     */
    static final String TABLE_SCRIPT = """
            document.querySelectorAll('table.sortable th').forEach(function (th, column) {
              th.addEventListener('click', function () {
                var table = th.closest('table');
                var body = table.tBodies[0];
                var index = Array.prototype.indexOf.call(th.parentNode.children, th);
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                var key = function (row) {
                  var cell = row.children[index];
                  var sort = cell.getAttribute('data-sort');
                  var text = sort !== null ? sort : cell.textContent.trim();
                  var number = parseFloat(text);
                  return isNaN(number) || sort === null && !/^[-+]?[0-9.]+$/.test(text) ? text : number;
                };
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = key(a), y = key(b);
                  var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
                table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              });
            });
            document.querySelectorAll('[data-filter-for]').forEach(function (box) {
              var table = document.getElementById(box.getAttribute('data-filter-for'));
              var search = box.querySelector('input');
              var buttons = box.querySelectorAll('button[data-type]');
              var count = box.querySelector('.filter-count');
              var type = '';
              var apply = function () {
                var text = search.value.trim().toLowerCase();
                var rows = table.tBodies[0].rows;
                var shown = 0;
                Array.prototype.forEach.call(rows, function (row) {
                  var visible = (type === '' || row.getAttribute('data-type') === type)
                      && row.textContent.toLowerCase().indexOf(text) >= 0;
                  row.hidden = !visible;
                  shown += visible ? 1 : 0;
                });
                count.textContent = shown + ' of ' + rows.length + ' shown';
              };
              buttons.forEach(function (button) {
                button.addEventListener('click', function () {
                  type = button.getAttribute('data-type');
                  buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
                  apply();
                });
              });
              search.addEventListener('input', apply);
              box.hidden = false;
              apply();
            });
            """;

    /** The policy every page declares in a meta element. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "script-src 'sha256-" + sha256Base64(TABLE_SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "io.modellab.evalharness.plots.html");

    private Pages() {
    }

    /** Renders a template with its one parameter. */
    static String render(String template, Object view) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, view, out);
        return out.toString();
    }

    private static String sha256Base64(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
