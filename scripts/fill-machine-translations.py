#!/usr/bin/env python3
"""Fill a PO file with machine translations, marked fuzzy (not yet checked by a person).

    scripts/fill-machine-translations.py Translations/ar.po translations-ar.json [--replace-outdated]

The JSON maps msgctxt -> {Dutch msgid: translation} or, for interface labels,
"ui/KEY" -> translation. Entries a person has reviewed (translated, not fuzzy) are
never overwritten. This is a tool for the people building Wegwijs; translators work
in Poedit or Weblate (README, "Translating").

Needs polib (Debian: python3-polib, installed by scripts/install-deps.sh) and the
JSON file of translations, written by whoever makes the machine translations.
"""
import json
import sys

import polib


def main(po_path, json_path, replace_outdated=False):
    with open(json_path, encoding="utf-8") as f:
        table = json.load(f)
    po = polib.pofile(po_path, wrapwidth=79)
    filled = 0
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgstr and "fuzzy" not in entry.flags:
            continue  # reviewed by a person: leave it alone
        if entry.previous_msgid and entry.previous_msgctxt in (None, entry.msgctxt) and not replace_outdated:
            continue  # outdated: a person must look at what changed (unless we retranslated it)
        value = table.get(entry.msgctxt)
        if isinstance(value, dict):
            value = value.get(entry.msgid)
        if not value:
            continue
        if entry.previous_msgid:
            # msgmerge's guess from another entry (a new label that looks like an old
            # one): not an older version of this text. Replaced by the translation.
            entry.previous_msgid = None
            entry.previous_msgctxt = None
            entry.previous_msgid_plural = None
        entry.msgstr = value
        # A new machine translation of the current Dutch: no longer outdated.
        entry.previous_msgid = None
        entry.previous_msgctxt = None
        if "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
        filled += 1
    po.save(po_path)
    print(f"{po_path}: {filled} machine translations filled")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--replace-outdated" in sys.argv[3:])
