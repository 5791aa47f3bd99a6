"""Header cells as people write them → the columns of a sheet kind.

Tolerated: spaces and full-width characters (姓 名, （）), required-field stars, units or notes in
brackets (距离（公里）, 出生日期【格式1990.01】), a trailing colon, and a known word inside a longer
header (参加走访人员, 下现场人员 and 走访领导 hold 走访人 / 人员 / 领导), and what brackets say when
the words outside them name nothing (工作单位（工区）). A header that holds known
words of two columns equally is ambiguous: it is left out and shown as such in the preview, not
guessed. Any sheet declaration (db.spreadsheet.layout) gets this matching by its headers and
variants alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from db.spreadsheet.cells import header_key
from db.spreadsheet.layout import SPECS, Column, SheetSpec

EXACT, BRACKETS, CONTAINED = "exact", "brackets", "contained"
_BRACKETED = re.compile(r"（[^）]*）|【[^】]*】|\[[^\]]*\]|<[^>]*>")
MIN_CONTAINED = 2  # a known word must be at least this long to be found inside a longer header


@dataclass(frozen=True)
class HeaderMatch:
    column: Column | None
    how: str = EXACT  # exact, brackets (after dropping what is in brackets), contained
    candidates: tuple[Column, ...] = ()  # two or more: ambiguous, left out


def loose_key(text: object) -> str:
    """header_key with brackets' content and a trailing colon dropped."""
    return _loose(header_key(text))


def _loose(key: str) -> str:
    key = key.replace("【", "（").replace("】", "）")
    return _BRACKETED.sub("", key).rstrip(":：") or key


def cell_keys(cell: object) -> tuple[str, str]:
    """(header_key, loose_key) of a cell: what matching compares, made once for all kinds."""
    key = header_key(cell)
    return key, _loose(key) if key else ""


class Matcher:
    """Header matching for one sheet kind."""

    def __init__(self, spec: SheetSpec) -> None:
        self.exact: dict[str, Column] = {}
        words: list[tuple[str, Column]] = []
        for column in spec.columns:
            for word in (column.header, *column.variants):
                key = header_key(word)
                self.exact.setdefault(key, column)
                self.exact.setdefault(loose_key(word), column)
                if len(key) >= MIN_CONTAINED:
                    words.append((loose_key(word), column))
        self.words = sorted(words, key=lambda w: -len(w[0]))
        # The words by their first character, for finding those inside a header without trying
        # each (most cells of the rows searched for a header are data that holds none).
        self.starting: dict[str, list[tuple[int, str]]] = {}
        for rank, (word, _column) in enumerate(self.words):
            self.starting.setdefault(word[0], []).append((rank, word))
        self.chars = frozenset("".join(word for word, _column in self.words))
        self._seen: dict[tuple[str, str], HeaderMatch | None] = {}  # a sheet's cells repeat
        self._made: dict[tuple[str, str], HeaderMatch] = {}

    def _hit(self, column: Column, how: str) -> HeaderMatch:
        """The (immutable) match of a header to `column`, made once per column and way."""
        found = self._made.get((column.key, how))
        if found is None:
            found = self._made[column.key, how] = HeaderMatch(column, how)
        return found

    def forget(self) -> None:
        """Drop the matches remembered for the cells of the last file read."""
        self._seen.clear()

    def match(self, cell: object) -> HeaderMatch | None:
        return self.match_keys(*cell_keys(cell))

    def match_keys(self, key: str, loose: str) -> HeaderMatch | None:
        """`match` for a cell whose cell_keys are (key, loose)."""
        if not key:
            return None
        found = self._seen.get((key, loose), _UNSEEN)
        if found is _UNSEEN:
            if len(self._seen) > 4096:
                self._seen.clear()
            found = self._seen[key, loose] = self._match(key, loose)
        return cast("HeaderMatch | None", found)  # not _UNSEEN, replaced above

    def _match(self, key: str, loose: str) -> HeaderMatch | None:
        if key in self.exact:
            return self._hit(self.exact[key], EXACT)
        if loose in self.exact:
            return self._hit(self.exact[loose], BRACKETS)
        found = self._contained(loose) if not self.chars.isdisjoint(loose) else []
        if not found:
            return self._inside(key) if "（" in key or "【" in key else None
        if len(found) == 1:
            return self._hit(found[0], CONTAINED)
        return HeaderMatch(None, CONTAINED, tuple(found))

    def _contained(self, loose: str) -> list[Column]:
        """The columns of the longest known words inside `loose`, in the order of `words`."""
        starting = self.starting
        ranks = [rank for at, char in enumerate(loose) if char in starting
                 for rank, word in starting[char] if loose.startswith(word, at)]
        if not ranks:
            return []
        ranks.sort()
        longest = len(self.words[ranks[0]][0])  # words are longest first
        found: list[Column] = []
        for rank in ranks:
            word, column = self.words[rank]
            if len(word) < longest:
                break
            if column not in found:
                found.append(column)
        return found

    def _inside(self, key: str) -> HeaderMatch | None:
        """A header whose words outside the brackets name no column, matched by what a bracket
        says: 工作单位（工区）."""
        for inner in _INNER.findall(key.replace("【", "（").replace("】", "）")):
            column = self.exact.get(header_key(inner))
            if column is not None:
                return self._hit(column, BRACKETS)
        return None


_INNER = re.compile(r"（([^）]+)）")
_MATCHERS: dict[str, Matcher] = {}


def matcher(spec: SheetSpec) -> Matcher:
    found = _MATCHERS.get(spec.kind)
    if found is None:
        found = _MATCHERS[spec.kind] = Matcher(spec)
    return found


_NOTHING = ("", "")
_UNSEEN = object()
# [exact keys, the words' first two characters, one-character words] of every sheet kind
_ANY: list = []


def search_keys(cell: object) -> tuple[str, str]:
    """`cell_keys(cell)`, or ("", "") for a cell that no sheet kind's header can match (most
    cells of the rows searched for a header are data: names, dates, numbers)."""
    keys = cell_keys(cell)
    key, loose = keys
    if not key:
        return keys
    if not _ANY:
        found = [matcher(spec) for spec in SPECS]
        starts = frozenset(word[:2] for m in found for word, _column in m.words)
        _ANY[:] = [frozenset(k for m in found for k in m.exact), starts,
                   frozenset(w for w in starts if len(w) == 1)]
    exact, starts, single = _ANY
    if (key in exact or loose in exact or "（" in key or "【" in key
            or any(loose[at:at + 2] in starts for at in range(len(loose) - 1))
            or (single and not single.isdisjoint(loose))):
        return keys
    return _NOTHING


def forget_cells() -> None:
    """Forget the header matches of the cells read so far: a new file is read from scratch
    (what one file's cells matched is remembered only while it is read)."""
    for found in _MATCHERS.values():
        found.forget()


# Lines below the data that are not records: totals and signature lines.
_TOTAL = re.compile(r"^(合计|总计|小计|共计|累计|总数|汇总)|^共\d+(人|名|条|项|个|次)")
_SIGNATURE = re.compile(r"^(填表人|填报人|审核人|审批人|制表人|统计人|经办人|签字|签名|盖章"
                        r"|报送单位|填报单位|填表日期|制表日期|填报日期"
                        r"|(填表|审核|审批|制表|负责人)([:：]|$))")
TOTAL_LINE, SIGNATURE_LINE, HEADING_LINE = "total", "signature", "heading"
HEADING_CELLS = 3  # a group heading merged over this many columns at least


def is_heading(texts: tuple[str, ...]) -> bool:
    """Whether a row's cells' texts are one text over several columns: a group heading merged
    across the table (一、第一党支部（12人）), whose cells the reading filled with it. A record
    never holds one text in three of its columns (its name, sex and birth date)."""
    first = texts[0] if texts and texts[0] else next((t for t in texts if t), "")
    if not first or texts.count(first) < HEADING_CELLS:  # nearly every row: one C-level count
        return False
    return all(t == first for t in texts if t)


def footer_kind(row: list) -> str | None:
    """TOTAL_LINE or SIGNATURE_LINE when the row's first filled cell starts like one."""
    for cell in row:
        if type(cell) is int or type(cell) is float:  # a serial number (序号): a data row
            return None
        key = header_key(cell)
        if not key:
            continue
        if _TOTAL.match(key):
            return TOTAL_LINE
        if _SIGNATURE.match(key):
            return SIGNATURE_LINE
        return None
    return None
