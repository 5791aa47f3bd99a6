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

from db.spreadsheet.cells import header_key
from db.spreadsheet.layout import Column, SheetSpec

EXACT, BRACKETS, CONTAINED = "exact", "brackets", "contained"
_BRACKETED = re.compile(r"（[^）]*）|【[^】]*】|\[[^\]]*\]|<[^>]*>")
MIN_CONTAINED = 2  # a known word must be at least this long to be found inside a longer header


@dataclass(frozen=True)
class HeaderMatch:
    column: Column | None
    how: str = EXACT  # exact, brackets (after dropping what is in brackets), contained
    candidates: tuple[Column, ...] = ()  # two or more: ambiguous, left out


def loose_key(text) -> str:
    """header_key with brackets' content and a trailing colon dropped."""
    return _loose(header_key(text))


def _loose(key: str) -> str:
    key = key.replace("【", "（").replace("】", "）")
    return _BRACKETED.sub("", key).rstrip(":：") or key


def cell_keys(cell) -> tuple[str, str]:
    """(header_key, loose_key) of a cell: what matching compares, made once for all kinds."""
    key = header_key(cell)
    return key, _loose(key) if key else ""


class Matcher:
    """Header matching for one sheet kind."""

    def __init__(self, spec: SheetSpec):
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
        self._seen: dict[tuple[str, str], HeaderMatch | None] = {}  # a sheet's cells repeat

    def match(self, cell) -> HeaderMatch | None:
        return self.match_keys(*cell_keys(cell))

    def match_keys(self, key: str, loose: str) -> HeaderMatch | None:
        """`match` for a cell whose cell_keys are (key, loose)."""
        if not key:
            return None
        try:
            return self._seen[key, loose]
        except KeyError:
            pass
        if len(self._seen) > 4096:
            self._seen.clear()
        found = self._seen[key, loose] = self._match(key, loose)
        return found

    def _match(self, key: str, loose: str) -> HeaderMatch | None:
        if key in self.exact:
            return HeaderMatch(self.exact[key])
        if loose in self.exact:
            return HeaderMatch(self.exact[loose], BRACKETS)
        best, found = 0, []
        for word, column in self.words:
            if len(word) < best:
                break
            if word in loose and column not in found:
                best = len(word)
                found.append(column)
        if not found:
            return self._inside(key)
        if len(found) == 1:
            return HeaderMatch(found[0], CONTAINED)
        return HeaderMatch(None, CONTAINED, tuple(found))


    def _inside(self, key: str) -> HeaderMatch | None:
        """A header whose words outside the brackets name no column, matched by what a bracket
        says: 工作单位（工区）."""
        for inner in _INNER.findall(key.replace("【", "（").replace("】", "）")):
            column = self.exact.get(header_key(inner))
            if column is not None:
                return HeaderMatch(column, BRACKETS)
        return None


_INNER = re.compile(r"（([^）]+)）")
_MATCHERS: dict[str, Matcher] = {}


def matcher(spec: SheetSpec) -> Matcher:
    found = _MATCHERS.get(spec.kind)
    if found is None:
        found = _MATCHERS[spec.kind] = Matcher(spec)
    return found


# Lines below the data that are not records: totals and signature lines.
_TOTAL = re.compile(r"^(合计|总计|小计|共计|累计|总数|汇总)|^共\d+(人|名|条|项|个|次)")
_SIGNATURE = re.compile(r"^(填表人|填报人|审核人|审批人|制表人|统计人|经办人|签字|签名|盖章"
                        r"|报送单位|填报单位|填表日期|制表日期|填报日期"
                        r"|(填表|审核|审批|制表|负责人)([:：]|$))")
TOTAL_LINE, SIGNATURE_LINE = "total", "signature"


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
