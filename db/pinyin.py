"""Pinyin for finding people and places by what is typed: zs finds 张三, cl and zl find 长岭.

Characters with more than one reading (曾, 单, 长, 解 ...) are found under every reading; the
most likely reading comes first, so sorting by the stored key sorts by it.

A name is mostly read character by character from a table of each character's readings, made
from pypinyin's own dictionary as characters are first met (pypinyin's segmenting of a whole name
cost ~0.3 ms a name, most of a roster import). Where a part of the name is a word of pypinyin's
phrase dictionary (单位, 重庆), or a character is not in its dictionary, the whole name goes
through pypinyin as before: the keys are the same either way.
"""
from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache, lru_cache

MAX_READINGS = 32  # combinations kept per name; a four-character name rarely has more

Readings = tuple[str, tuple[str, ...]]  # (the likely reading, every reading, likely first)


def _clean(reading: str) -> str:
    return reading.lower().replace(" ", "")


@cache  # one entry per character met: bounded by pypinyin's dictionary
def _char(char: str) -> Readings | None:
    """A character's readings as pypinyin gives them for it alone; None if it has none."""
    from pypinyin import Style, lazy_pinyin, pinyin
    from pypinyin.constants import PINYIN_DICT

    if ord(char) not in PINYIN_DICT:
        return None
    likely = [_clean(s) for s in lazy_pinyin(char, style=Style.NORMAL, errors="default")]
    options = pinyin(char, style=Style.NORMAL, heteronym=True, errors="default")
    if len(likely) != 1 or len(options) != 1:
        return None
    return likely[0], tuple(_clean(r) for r in options[0] if r) or ("",)


def _by_character(name: str) -> list[Readings] | None:
    """Each character's readings, or None where pypinyin would read the name otherwise (a
    word of its phrase dictionary inside the name, a character it does not know)."""
    from pypinyin.constants import PHRASES_DICT

    found: list[Readings] = []
    for c in name:
        readings = _char(c)
        if readings is None:
            return None
        found.append(readings)
    if not found:
        return None
    for start in range(len(name) - 1):
        for end in range(start + 2, len(name) + 1):
            if name[start:end] in PHRASES_DICT:
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
    other readings after a space: 曾伟 → ("zengwei cengwei", "zw cw")."""
    combos = _combinations(name)
    fulls = dict.fromkeys("".join(c) for c in combos)
    initials = dict.fromkeys(_initials(c) for c in combos)
    return " ".join(fulls), " ".join(initials)


def variants(name: str) -> frozenset[str]:
    """Every full pinyin and every initials string of `name`, for matching in Python."""
    combos = _combinations(name)
    return frozenset(["".join(c) for c in combos] + [_initials(c) for c in combos])
