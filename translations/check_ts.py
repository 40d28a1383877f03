#!/usr/bin/env python3
"""Checks Vigil's translation files, as translators and the tests rely on.

For each vigil_<lang>.ts given (default: all but English): every message of
vigil_en.ts is present and finished, none obsolete or vanished, placeholders
(%1..%99, %n) and HTML tags match the source, a source with a mnemonic (&X)
keeps exactly one, plural messages have as many forms as the language needs.
Prints every problem; exits 1 if there is any.
"""
import collections
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PLURAL_FORMS = {"ar": 6, "zh_CN": 1, "fr": 2, "ru": 3, "es": 2, "en": 2}
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def mnemonics(text):
    # "&&" is a literal ampersand; "&X" marks a mnemonic.
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def messages(path):
    root = ET.parse(path).getroot()
    out = collections.OrderedDict()
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            out[key] = message
    return root, out


def check(path, source_messages):
    problems = []
    lang = re.match(r"vigil_(.+)\.ts$", os.path.basename(path)).group(1)
    root, found = messages(path)
    if root.get("language") not in (lang, lang.replace("_", "-")):
        problems.append(f"language attribute is {root.get('language')!r}, expected {lang!r}")
    for key in source_messages:
        if key not in found:
            problems.append(f"missing: {key[0]}: {key[1]!r}")
    for key, message in found.items():
        context, source, _ = key
        where = f"{context}: {source!r}"
        if key not in source_messages:
            problems.append(f"not in vigil_en.ts (obsolete): {where}")
            continue
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{kind}: {where}")
            continue
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.findall("numerusform")]
            want = PLURAL_FORMS.get(lang)
            if want and len(texts) != want:
                problems.append(f"{len(texts)} plural forms, {lang} has {want}: {where}")
        else:
            texts = [translation.text or ""]
        src_places = sorted(PLACEHOLDER.findall(source))
        src_tags = sorted(TAG.findall(source))
        for text in texts:
            if not text.strip() and source.strip():
                problems.append(f"empty translation: {where}")
                continue
            places = sorted(PLACEHOLDER.findall(text))
            # A language with one plural form may drop %n only if it keeps the count elsewhere.
            if places != src_places:
                problems.append(f"placeholders {places} != {src_places}: {where}")
            if sorted(TAG.findall(text)) != src_tags:
                problems.append(f"HTML tags differ: {where}")
            if mnemonics(source) == 1 and mnemonics(text) != 1:
                problems.append(f"needs exactly one mnemonic (&): {where} -> {text!r}")
    return problems


def main(paths):
    _, source_messages = messages(os.path.join(HERE, "vigil_en.ts"))
    if not paths:
        paths = sorted(p for p in glob.glob(os.path.join(HERE, "vigil_*.ts"))
                       if not p.endswith("vigil_en.ts"))
    failed = False
    for path in paths:
        problems = check(path, source_messages)
        print(f"{os.path.basename(path)}: {len(problems)} problem(s)")
        for p in problems[:200]:
            print("  " + p)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
