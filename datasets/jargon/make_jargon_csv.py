#!/usr/bin/env python3
"""Converts Debian's dict-jargon 4.4.7-3.1 (The Jargon File 4.4.7, dictd format) into jargon.csv.

Run once, by hand, from an extracted dict-jargon .deb; the build never runs it:

    dpkg-deb -x dict-jargon_4.4.7-3.1_all.deb /tmp/jargon
    python3 make_jargon_csv.py /tmp/jargon/usr/share/dictd > jargon.csv

Reads jargon.index (headword TAB base64 offset TAB base64 length, offsets into the gunzipped jargon.dict.dz)
and writes one row per entry in index order, skipping dictfmt's 00-database-* metadata entries:

    id         "J" and the entry's 1-based position among the kept entries, zero-padded to 4 digits
    headword   the index's headword, unchanged
    body       the entry's text after its first line (the headword line): pronunciation, part of speech and the
               definition, with every run of whitespace (line breaks and indentation included) made one space
    see_also   the distinct targets (trimmed) of the File's own cross-reference markup {like this} in the body, in order of
               first appearance, joined by " | "

CSV: header row, comma separator, RFC 4180 quoting (csv.QUOTE_MINIMAL), LF line endings, UTF-8.
"""
import csv
import gzip
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(text):
    value = 0
    for ch in text:
        value = value * 64 + B64.index(ch)
    return value


def main(folder):
    with gzip.open(folder + "/jargon.dict.dz", "rb") as f:
        data = f.read()
    writer = csv.writer(sys.stdout, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["id", "headword", "body", "see_also"])
    kept = 0
    with open(folder + "/jargon.index", encoding="utf-8") as index:
        for line in index:
            headword, offset, length = line.rstrip("\n").split("\t")
            if headword.startswith("00-database"):
                continue
            text = data[b64(offset):b64(offset) + b64(length)].decode("utf-8")
            body = " ".join(text.split("\n", 1)[1].split()) if "\n" in text else ""
            refs = []
            for ref in (r.strip() for r in re.findall(r"\{([^{}]+)\}", body)):
                if ref not in refs:
                    refs.append(ref)
            kept += 1
            writer.writerow(["J%04d" % kept, headword, body, " | ".join(refs)])
    print("%d entries" % kept, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
