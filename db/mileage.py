"""A work area's place on the line: its 里程 (chainage), e.g. K1845+240, or a stretch
K1845+240–K1852+100.

A railway secretary thinks in line order, so the line diagram orders areas by it. The field is
optional; `parse_position` reads what people type (K or DK prefix, full-width digits, a plain
kilometre figure such as 1845.24, a stretch joined by -, ~, ～, —, – or 至) and `format_position`
writes the one form the app stores and shows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from db.i18n import QT_TRANSLATE_NOOP

BAD_POSITION = QT_TRANSLATE_NOOP(
    "db", "“{value}” is not a position on the line (use K1845+240, or K1845+240–K1852+100).")

_FULLWIDTH = str.maketrans("０１２３４５６７８９．＋ＫｋＤｄ　", "0123456789.+KkDd ")
_POINT = r"(?:([A-Z]{0,3})(\d{1,5})\+(\d{1,3}(?:\.\d+)?)|(\d{1,5}(?:\.\d{1,3})?))"
_ONE = re.compile(rf"^{_POINT}$")
_STRETCH = re.compile(rf"^{_POINT}\s*(?:-|~|—|–|至|到)\s*{_POINT}$")
SEPARATOR = "–"


@dataclass(frozen=True)
class Position:
    """Metres along the line: a point (start == end) or a stretch."""

    start_m: float
    end_m: float
    prefix: str = "K"

    @property
    def centre_m(self) -> float:
        return (self.start_m + self.end_m) / 2


def _metres(groups: tuple) -> tuple[float, str]:
    prefix, km, metres, plain = groups
    if plain is not None:
        return float(plain) * 1000, "K"
    return int(km) * 1000 + float(metres), prefix or "K"


def parse_position(text: str) -> Position | None:
    """The position in `text`; None for a blank; ValueError for anything else."""
    text = (text or "").translate(_FULLWIDTH).strip().upper().replace(" ", "")
    if not text:
        return None
    one = _ONE.match(text)
    if one:
        metres, prefix = _metres(one.groups())
        return Position(metres, metres, prefix)
    stretch = _STRETCH.match(text)
    if not stretch:
        raise ValueError(text)
    start, prefix = _metres(stretch.groups()[:4])
    end, _ = _metres(stretch.groups()[4:])
    return Position(min(start, end), max(start, end), prefix)


def _point_text(metres: float, prefix: str) -> str:
    km, rest = divmod(round(metres, 1), 1000)
    rest_text = f"{rest:05.1f}" if rest != int(rest) else f"{int(rest):03d}"
    return f"{prefix}{int(km)}+{rest_text}"


def format_position(position: Position | None) -> str:
    """The stored form: K1845+240, or K1845+240–K1852+100 for a stretch; "" for None."""
    if position is None:
        return ""
    first = _point_text(position.start_m, position.prefix)
    if position.end_m == position.start_m:
        return first
    return f"{first}{SEPARATOR}{_point_text(position.end_m, position.prefix)}"


def normalise_position(text: str) -> str:
    """`text` in the stored form; ValueError when it is not a position."""
    return format_position(parse_position(text))


def position_or_none(text: str) -> Position | None:
    """The stored position of an area, or None when blank or unreadable (figures never fail on
    a value typed before the field was checked)."""
    try:
        return parse_position(text)
    except ValueError:
        return None
