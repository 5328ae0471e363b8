#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reports the state of the .ts files: every German entry must be finished, and the
# English file needs the plural forms of numerus entries. Usage: translations/fill.py
import sys
import xml.etree.ElementTree as ET

bad = 0
for lang in ("de", "en"):
    path = f"translations/waymark_{lang}.ts"
    for m in ET.parse(path).iter("message"):
        t = m.find("translation")
        numerus = m.get("numerus") == "yes"
        if lang == "en" and not numerus:
            continue
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not (t.text or len(t)):
            print(f"{path}: untranslated: {m.find('source').text!r}")
            bad += 1
sys.exit(1 if bad else 0)
