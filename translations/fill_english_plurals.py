#!/usr/bin/env python3
"""Fills the plural forms of vigil_en.ts from the source texts.

English needs a translation file only for messages with %n: the source says
"%n file(s)", the user should read "1 file" and "3 files". Run after
`make translations`; the other messages of vigil_en.ts stay untranslated
(the source text is shown). A source this script cannot derive both forms
of is reported, and the script fails.
"""
import html
import re
import sys

IRREGULAR = {
    "anomalies": ("anomaly", "anomalies"),
    "results": ("result", "results"),
    "characters": ("character", "characters"),
}


def forms(source):
    singular, plural = source, source
    for word, (one, many) in IRREGULAR.items():
        singular = singular.replace(word, one)
        plural = plural.replace(word, many)
    singular = re.sub(r"(\w+)\(s\)", r"\1", singular)
    plural = re.sub(r"(\w+)\(s\)", r"\1s", plural)
    return singular, plural


def main(path):
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(
        r'(<message numerus="yes">\s*<source>(.*?)</source>.*?)'
        r"<translation[^>]*>.*?</translation>",
        re.S,
    )
    unchanged = []

    def fill(match):
        source = html.unescape(match.group(2))
        one, many = forms(source)
        if one == many and "(s)" in source:
            unchanged.append(source)
        esc = lambda t: html.escape(t, quote=False)
        return (match.group(1) + "<translation>\n"
                f"            <numerusform>{esc(one)}</numerusform>\n"
                f"            <numerusform>{esc(many)}</numerusform>\n"
                "        </translation>")

    text = pattern.sub(fill, text)
    if unchanged:
        sys.exit("cannot derive plural forms of: " + "; ".join(unchanged))
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/vigil_en.ts")
