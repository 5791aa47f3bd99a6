"""Pinyin for finding people and places by what is typed: zs finds 张三, cl and zl find 长岭.

Characters with more than one reading (曾, 单, 长, 解 ...) are found under every reading; the
most likely reading comes first, so sorting by the stored key sorts by it.

A name is read character by character from a table of each character's readings (pypinyin's
segmenting of a whole name cost ~0.3 ms a name, most of a roster import). The table, and the
words of pypinyin's phrase dictionary, are kept in resources/pinyin/ as tools/pinyin_tables.py
makes them from pypinyin: loading them takes a few hundredths of a second, where importing
pypinyin and reading its first name took 0.44 s, on the window's thread at the first save of a
session. Where a part of the name is such a word (单位, 重庆), or a character is not in the
table, the whole name goes through pypinyin, loaded then: the keys are the same either way.
"""
from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from functools import cache, lru_cache

from resources import PINYIN_CHARS, PINYIN_PHRASES

MAX_READINGS = 32  # combinations kept per name; a four-character name rarely has more

Readings = tuple[str, tuple[str, ...]]  # (the likely reading, every reading, likely first)


def _clean(reading: str) -> str:
    return reading.lower().replace(" ", "")


def pypinyin_readings(char: str) -> Readings | None:
    """A character's readings as pypinyin gives them for it alone; None if it has none. What
    the table holds (tools/pinyin_tables.py writes it from this)."""
    from pypinyin import Style, lazy_pinyin, pinyin
    from pypinyin.constants import PINYIN_DICT

    if ord(char) not in PINYIN_DICT:
        return None
    likely = [_clean(s) for s in lazy_pinyin(char, style=Style.NORMAL, errors="default")]
    options = pinyin(char, style=Style.NORMAL, heteronym=True, errors="default")
    if len(likely) != 1 or len(options) != 1:
        return None
    return likely[0], tuple(_clean(r) for r in options[0] if r) or ("",)


@cache
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    """{character: "likely<TAB>reading,reading"} and the phrase dictionary's words."""
    chars = json.loads(PINYIN_CHARS.read_text("utf-8"))
    phrases = frozenset(PINYIN_PHRASES.read_text("utf-8").split("\n")) - {""}
    return chars, phrases


@cache  # one entry per character met: bounded by the table
def _char(char: str) -> Readings | None:
    """A character's readings from the table; None if it has none."""
    found = _tables()[0].get(char)
    if found is None:
        return None
    likely, options = found.split("\t")
    return likely, tuple(options.split(","))


def _by_character(name: str) -> list[Readings] | None:
    """Each character's readings, or None where pypinyin would read the name otherwise (a
    word of its phrase dictionary inside the name, a character it does not know)."""
    found: list[Readings] = []
    for c in name:
        readings = _char(c)
        if readings is None:
            return None
        found.append(readings)
    if not found:
        return None
    phrases = _tables()[1]
    for start in range(len(name) - 1):
        for end in range(start + 2, len(name) + 1):
            if name[start:end] in phrases:
                return None
    return found


def _by_pypinyin(name: str) -> tuple[tuple[str, ...], list[Sequence[str]]]:
    from pypinyin import Style, lazy_pinyin, pinyin  # a large dictionary: loaded on first use

    likely = tuple(_clean(s) for s in lazy_pinyin(name, style=Style.NORMAL, errors="default"))
    options: list[Sequence[str]] = [[_clean(r) for r in readings if r] or [""]
               for readings in pinyin(name, style=Style.NORMAL, heteronym=True, errors="default")]
    return likely, options


@lru_cache(maxsize=4096)
def _combinations(name: str) -> tuple[tuple[str, ...], ...]:
    table = _by_character(name)
    options: list[Sequence[str]]
    if table is None:
        likely, options = _by_pypinyin(name)
    else:
        likely, options = tuple(r[0] for r in table), [r[1] for r in table]
    combos = [likely] if len(likely) == len(options) else []
    for combo in itertools.islice(itertools.product(*options), MAX_READINGS):
        if combo not in combos:
            combos.append(combo)
    return tuple(combos) or ((),)


def _initials(combo: tuple[str, ...]) -> str:
    return "".join(s[0] for s in combo if s)


@lru_cache(maxsize=4096)
def keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) to store beside a name, each the likely reading first and the
    other readings after a space: 曾伟 → ("cengwei zengwei", "cw zw")."""
    combos = _combinations(name)
    fulls = dict.fromkeys("".join(c) for c in combos)
    initials = dict.fromkeys(_initials(c) for c in combos)
    return " ".join(fulls), " ".join(initials)


def variants(name: str) -> frozenset[str]:
    """Every full pinyin and every initials string of `name`, for matching in Python."""
    combos = _combinations(name)
    return frozenset(["".join(c) for c in combos] + [_initials(c) for c in combos])
