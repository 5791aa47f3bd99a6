"""One record found by what a person types for its name (the command line's --area, --cadre,
--branch), the way the window's pickers find it.

The order: the exact name (a member also as 张三(1980-01-31), the form the workbook uses where
two share a name); else the whole full pinyin or pinyin initials (any reading: zs, zhangsan);
else a part of the name or of its pinyin (石门坎 for 石门坎桥隧工区). Between the exact name and
the pinyin, the name written loosely (`loose_key`: 第1支部 for 第一党支部, 东站 for 东站工区). The
first step that finds anything decides; more than one found there is for the caller to list
(`matches`). Full-width letters and spaces around the text count as the plain ones.

`loose_key` is also how a spreadsheet's cell finds a branch or work area (db.spreadsheet.resolve):
one rule for what counts as the same name, wherever a person types one.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from db import pinyin
from db.models import Branch, Member, WorkArea


@dataclass(frozen=True)
class Named:
    """A record to pick: its id, its name, the way it is listed among others (a member sharing
    a name: with the birth date) and its pinyin keys (full and initials, every reading)."""

    id: str
    name: str
    label: str
    keys: tuple[str, ...]


def member_label(name: str, birth: dt.date | None) -> str:
    """How a member is written where names clash: 张三(1980-01-31)."""
    return f"{name}({birth.isoformat()})" if birth else name


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


_SPACES = re.compile(r"\s+")
_CHINESE_NUMBER = re.compile("[一二三四五六七八九十]+")
_ARABIC_NUMBER = re.compile(r"\d+")
_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _arabic(run: str) -> str:
    """一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99 (1–99); any other run as it is."""
    tens, ten, ones = run.partition("十")
    if len(tens) > 1 or len(ones) > 1 or (not ten and not tens):
        return run
    if not ten:
        return str(_DIGIT[tens])
    return str((_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0))


@lru_cache(maxsize=4096)  # a sheet names the same few branches and areas on every row
def loose_key(name: str) -> str:
    """A branch's or work area's name as compared loosely: no spaces (full-width ones too),
    full-width forms as the plain ones, numbers as Arabic numerals (第1 and 第一, 12 and 十二),
    党支部 as 支部, no leading 第 and no trailing 工区. 第一支部, 第1党支部, 一支部 and 第一党支部
    have one key; 东站 and 东站工区 one; 东站线路工区 another."""
    key = _SPACES.sub("", unicodedata.normalize("NFKC", name)).lower()
    key = _CHINESE_NUMBER.sub(lambda m: _arabic(m.group()), key)
    key = _ARABIC_NUMBER.sub(lambda m: str(int(m.group())), key).replace("党支部", "支部")
    key = key.removeprefix("第")
    return key[:-2] if key.endswith("工区") and len(key) > 2 else key


def matches(text: str, rows: list[Named]) -> list[Named]:
    """The rows `text` names, by the first of the module's steps that finds any."""
    wanted = _normal(text)
    if not wanted:
        return []
    exact = [r for r in rows if wanted in (r.name, r.label)]
    if exact:
        return exact
    loose = loose_key(wanted)
    written = [r for r in rows if loose and loose_key(r.name) == loose]
    if written:
        return written
    spelled = wanted.lower().replace(" ", "")
    whole = [r for r in rows if spelled in r.keys]
    if whole:
        return whole
    return [r for r in rows if wanted in r.name or any(spelled in k for k in r.keys)]


def _keys(*stored: str) -> tuple[str, ...]:
    return tuple(k for text in stored for k in text.split())


def work_areas() -> list[Named]:
    """The live work areas (closed ones too: a packet of a closed area is still asked for)."""
    query = (WorkArea.select(WorkArea.id, WorkArea.name, WorkArea.name_pinyin,
                             WorkArea.name_initials)
             .where(~WorkArea.deleted).order_by(WorkArea.name_pinyin))
    return [Named(a.id, a.name, a.name, _keys(a.name_pinyin, a.name_initials)) for a in query]


def cadres() -> list[Named]:
    """The live members who make visits; namesakes listed with their birth dates."""
    query = (Member.select(Member.id, Member.name, Member.birth_date, Member.name_pinyin,
                           Member.name_initials)
             .where(~Member.deleted, Member.is_cadre).order_by(Member.name_pinyin))
    rows = list(query)
    clashes = Counter(m.name for m in rows)
    return [Named(m.id, m.name,
                  m.name if clashes[m.name] == 1 else member_label(m.name, m.birth_date),
                  _keys(m.name_pinyin, m.name_initials)) for m in rows]


def branches() -> list[Named]:
    """The live branches (their pinyin is not stored: a handful, spelled here)."""
    query = Branch.select(Branch.id, Branch.name).where(~Branch.deleted).order_by(Branch.name)
    return [Named(b.id, b.name, b.name, _keys(*pinyin.keys(b.name))) for b in query]
