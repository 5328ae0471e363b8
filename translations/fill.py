#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reports the state of the .ts files: every German entry must be finished and follow the
# checked rules of translations/GLOSSARY.md, and the English file needs the plural forms of
# numerus entries. Usage: translations/fill.py [DIR]   (exit code 1 on any finding)
import os
import re
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else "translations"
bad = 0


def report(path, message, source):
    global bad
    print(f"{path}: {message}: {source!r}")
    bad += 1


for lang in ("de", "en"):
    path = os.path.join(root, f"waymark_{lang}.ts")
    for m in ET.parse(path).iter("message"):
        source = m.find("source").text or ""
        t = m.find("translation")
        numerus = m.get("numerus") == "yes"
        if lang == "en" and not numerus:
            continue
        texts = [n.text or "" for n in t.findall("numerusform")] if len(t) else [t.text or ""]
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not any(texts):
            report(path, "untranslated", source)
            continue
        if lang != "de":
            continue
        for text in texts:
            # The glossary's checked rules.
            if re.search(r"\bmaps?\b", source, re.I) and not re.search(r"\bcards?\b", source, re.I) \
                    and "Karte" in text:
                report(path, "'Map', not 'Karte', for a map", source)
            if "Touchpoint" in text:
                report(path, "'Kontaktpunkt', not 'Touchpoint'", source)
            if re.search(r"[^\s\[\].\"]\.\.\.($|\s)", text) or re.search(r"\S…", text):
                report(path, "' …' (a space and the ellipsis), not '...'", source)
sys.exit(1 if bad else 0)
