"""Cell values as people type them → the values the entity modules validate.

Only the structured columns are normalised (full-width digits, stray and padding spaces); free
text such as a summary keeps its own punctuation. A value that cannot be understood is passed on
as it is, so the entity's Checker reports it with its usual message (dates, numbers), or a
Problem is returned here (choices, yes/no).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from db.dates import DateParseError, normalise, parse_date, parse_dated
from db.spreadsheet.layout import BOOL_ALIASES, Column

_SPACES = re.compile(r"[\s\u3000]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LIST_SPLIT = re.compile(r"[、,，;；/\s\u3000]+")


TRIM = _TRIM = " \t\r\n\u3000"  # what a cell is trimmed of


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip(_TRIM))


def cell_text(value: object) -> str:
    """`text(value)`, or "" for a blank cell (the text of a cell that is not blank is never
    empty)."""
    if value is None:
        return ""
    if type(value) is str:
        return value.strip(_TRIM)
    if type(value) is int:
        return str(value)
    if type(value) is float:  # as text() shows it
        return str(int(value)) if value.is_integer() else str(value)
    return "" if is_blank(value) else text(value)


def column_text(column: Sequence[Any]) -> list[str]:
    """`cell_text` of each cell of a column (a sequence of cells of any kind, read by the kinds
    they all share)."""
    try:
        return [value.strip(_TRIM) for value in column]  # most columns hold text only
    except (AttributeError, TypeError):
        pass
    kinds = set(map(type, column))
    if kinds == _STR:  # (str subclasses)
        return [value.strip(_TRIM) for value in column]
    if kinds == _DATE:  # dates as a workbook reads them
        return [value.isoformat() for value in column]
    if kinds == _FLOAT:  # numbers (a serial number) as a workbook reads them
        return [str(int(value)) if value.is_integer() else str(value) for value in column]
    if kinds == _INT:
        return list(map(str, column))
    if kinds == _DATETIME:  # shown as the day, as by text()
        return [value.date().isoformat() for value in column]
    return list(map(cell_text, column))


_STR, _INT, _FLOAT, _DATE, _DATETIME = {str}, {int}, {float}, {dt.date}, {dt.datetime}


def header_key(text: object) -> str:
    """A header cell compared loosely: width-folded, no spaces, no required-field stars."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).lower()
    return _SPACES.sub("", folded).strip("*").replace("(", "（").replace(")", "）")


def text(value: object) -> str:
    """Free text: trimmed (also of full-width spaces); numbers shown without a trailing .0."""
    if type(value) is str:
        return value.strip(_TRIM)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        value = parse_date(value).isoformat()
    return str(value).strip(_TRIM)


def identity(value: object) -> str:
    return text(value).lower()


def name(value: object) -> str:
    """A person's or place's name. Rosters pad two-character names to line up (张  三)."""
    return _name(text(value))


@lru_cache(maxsize=8192)  # a sheet names the same branches and work areas on every row
def _name(raw: str) -> str:
    raw = unicodedata.normalize("NFKC", raw)
    if raw.isalnum():  # no space to take out (most names)
        return raw
    if _CJK.search(raw):
        return _SPACES.sub("", raw)
    return _SPACES.sub(" ", raw).strip()


def phone(value: object) -> str:
    if type(value) is str and value.isdigit() and value.isascii():
        return value  # digits only (most numbers): nothing to fold or take out
    return _SPACES.sub("", unicodedata.normalize("NFKC", text(value)))


def number(value: object) -> int | float | str:
    """A number, or the text unchanged for the Checker to report."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return _SPACES.sub("", unicodedata.normalize("NFKC", text(value)))


def date(value: object, *, allow_month: bool) -> dt.date | str | int | float:
    """A date; a month (1987.11) as the text "1987-11", which the entity keeps as known to the
    month only; or the text unchanged so the Checker reports it as not a date."""
    try:
        day, month = parse_dated(value, allow_month=allow_month, from_sheet=True)
    except DateParseError:
        return normalise(text(value)) if not isinstance(value, (int, float)) else value
    return day.isoformat()[:7] if month else day


_CHOICES: dict[int, tuple[Column, dict]] = {}


def _choices(column: Column) -> dict:
    """header_key of each label, code and alias → code, the first that matches winning."""
    found = _CHOICES.get(id(column))
    if found is None or found[0] is not column:
        words: dict = {}
        for code, label in (column.labels or {}).items():
            words.setdefault(header_key(label), code)
            words.setdefault(header_key(code), code)
        for alias, code in column.aliases.items():
            words.setdefault(header_key(alias), code)
        found = _CHOICES[id(column)] = (column, words)
    return found[1]


_word = lru_cache(maxsize=4096)(header_key)  # a column's few words, on every row


def choice(column: Column, value: object) -> str | int | None:
    """The stored code for a label, code, alias or English label; None when not understood."""
    return _choices(column).get(_word(value) if type(value) is str else header_key(value))


def flag(value: object) -> bool | None:
    """True/False for 是/否 and friends; None when not understood."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    return BOOL_ALIASES.get(_word(value) if type(value) is str else header_key(value))


def name_list(value: object) -> list[str]:
    """张三、李四 / 张三，李四 / 张三 李四 → names (a name with its birth date stays whole)."""
    raw = unicodedata.normalize("NFKC", text(value))
    # Keep "张三(1980-01-02)" together: protect the brackets' content from the split.
    parts, depth, current = [], 0, ""
    for char in raw:
        depth += char == "("
        depth -= char == ")"
        if depth == 0 and _LIST_SPLIT.fullmatch(char):
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [name(p) for p in parts if p.strip()]
