"""One record found by what a person types for its name (the command line's --area, --cadre,
--branch), the way the window's pickers find it.

The order: the exact name (a member also as 张三(1980-01-31), the form the workbook uses where
two share a name); else the whole full pinyin or pinyin initials (any reading: zs, zhangsan);
else a part of the name or of its pinyin (石门坎 for 石门坎桥隧工区). The first step that finds
anything decides; more than one found there is for the caller to list (`matches`). Full-width
letters and spaces around the text count as the plain ones.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from dataclasses import dataclass

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


def matches(text: str, rows: list[Named]) -> list[Named]:
    """The rows `text` names, by the first of the module's steps that finds any."""
    wanted = _normal(text)
    if not wanted:
        return []
    exact = [r for r in rows if wanted in (r.name, r.label)]
    if exact:
        return exact
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
