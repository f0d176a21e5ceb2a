package io.modellab.evalharness.plots.html;

import java.util.List;

/**
 * Script-injection attempts for every place data reaches a page. Each one, if it ran, would set
 * {@code window.__xss} or a {@code data-xss} attribute, which the browser tests look for.
 */
final class Payloads {

    static final List<String> ALL = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1\">",
            "\"><img src=x onerror=window.__xss=1>",
            "'><svg onload=window.__xss=1>",
            "javascript:window.__xss=1",
            "</style><script>window.__xss=1</script>",
            "</title><script>window.__xss=1</script>",
            "</textarea><script>window.__xss=1</script>",
            "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
            "<a href=\"javascript:window.__xss=1\">click</a>",
            "<body onload=window.__xss=1>",
            "<details open ontoggle=window.__xss=1>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
            "\uff1cscript\uff1ewindow.__xss=1\uff1c/script\uff1e",
            "<scr<script>ipt>window.__xss=1</script>",
            "<!--<script>window.__xss=1</script>-->",
            "<input autofocus onfocus=window.__xss=1>",
            "<object data=\"javascript:window.__xss=1\"></object>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
            "<base href=\"javascript:/\">",
            "{{constructor.constructor('window.__xss=1')()}}",
            "\u202e<script>window.__xss=1</script>",
            "<video><source onerror=\"window.__xss=1\"></video>",
            "\" onmouseover=\"window.__xss=1\" data-xss=\"1",
            "' onfocus='window.__xss=1' data-xss='1",
            "<style>body{display:none}</style>",
            "<div data-xss=1 style=\"position:fixed;inset:0\">covered</div>");

    private Payloads() {
    }
}
