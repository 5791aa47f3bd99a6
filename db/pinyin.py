"""Pinyin for finding people and places by what is typed: zs finds 张三, cl and zl find 长岭.

Characters with more than one reading (曾, 单, 长, 解 ...) are found under every reading; the
most likely reading comes first, so sorting by the stored key sorts by it.
"""
from __future__ import annotations

import itertools
from functools import lru_cache

MAX_READINGS = 32  # combinations kept per name; a four-character name rarely has more


@lru_cache(maxsize=4096)
def _combinations(name: str) -> tuple[tuple[str, ...], ...]:
    from pypinyin import Style, lazy_pinyin, pinyin  # a large dictionary: loaded on first use

    likely = tuple(s.lower().replace(" ", "") for s in
                   lazy_pinyin(name, style=Style.NORMAL, errors="default"))
    options = [[r.lower().replace(" ", "") for r in readings if r] or [""]
               for readings in pinyin(name, style=Style.NORMAL, heteronym=True, errors="default")]
    combos = [likely] if len(likely) == len(options) else []
    for combo in itertools.islice(itertools.product(*options), MAX_READINGS):
        if combo not in combos:
            combos.append(combo)
    return tuple(combos) or ((),)


def _initials(combo: tuple[str, ...]) -> str:
    return "".join(s[0] for s in combo if s)


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
