"""Write the pinyin tables Branch Desk reads names with (resources/pinyin/) from pypinyin.

    python tools/pinyin_tables.py          # after upgrading pypinyin; commit what changed

chars.json holds each character of pypinyin's dictionary with its readings as pypinyin gives
them for the character alone (db.pinyin.pypinyin_readings): {"长": "zhang\\tzhang,chang"}.
phrases.txt holds the words of pypinyin's phrase dictionary, one a line: a name holding one is
read by pypinyin whole. tests/db/test_pinyin.py fails when the tables and pypinyin disagree.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))


def tables() -> tuple[str, str]:
    """(chars.json, phrases.txt) as the installed pypinyin makes them."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    from db.pinyin import pypinyin_readings

    chars = {}
    for code in sorted(PINYIN_DICT):
        found = pypinyin_readings(chr(code))
        if found is not None:
            chars[chr(code)] = f"{found[0]}\t{','.join(found[1])}"
    return (json.dumps(chars, ensure_ascii=False, separators=(",", ":"), indent=0) + "\n",
            "\n".join(sorted(PHRASES_DICT)) + "\n")


def main() -> int:
    from resources import PINYIN_CHARS, PINYIN_PHRASES

    PINYIN_CHARS.parent.mkdir(exist_ok=True)
    chars, phrases = tables()
    PINYIN_CHARS.write_text(chars, "utf-8")
    PINYIN_PHRASES.write_text(phrases, "utf-8")
    print(f"{PINYIN_CHARS}\n{PINYIN_PHRASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
