"""Chinese line breaking for reportlab's CJK wrap: no line begins with a mark that may not
begin one (GB/T 15834: ，。、；：？！ and closing brackets and quotes).

reportlab's wrap (wordWrap="CJK") hangs such a mark at the end of the line, from a Japanese list
that lacks the full-width comma, semicolon, colon and question and exclamation marks, and hangs
one mark only: with "）；" at a break the semicolon still began the next line, as it did in
every list of names the report prints ("王涛飞（第八支部，最近一次 2024-09-29）；孙长凯（…）").
`install()` adds the Chinese marks to reportlab's list and, after each wrap, moves any marks a
line still begins with to the end of the line before, where they hang in the margin.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph

CANNOT_START_LINE = "，。、；：？！）》」』】〉〕〗〙”’％"

_installed = False


def install() -> None:
    """Patch reportlab's two CJK wraps (plain paragraphs and marked-up ones), once."""
    global _installed
    if _installed:
        return
    for module in (textsplit, paragraph):  # each reads its own copy of the list
        module.ALL_CANNOT_START += "".join(c for c in CANNOT_START_LINE
                                           if c not in module.ALL_CANNOT_START)
    textsplit.dumbSplit = _plain(textsplit.dumbSplit)
    paragraph.cjkFragSplit = _marked_up(paragraph.cjkFragSplit)
    _installed = True


def _leading_mark(text: str) -> bool:
    return bool(text) and text[0] in textsplit.ALL_CANNOT_START


def _plain(split: Callable[..., list]) -> Callable[..., list]:
    """dumbSplit(word, widths, maxWidths) -> [[extra space, text], ...], lines mended."""

    def mended(word: str, widths: list[float], max_widths: Any) -> list:
        lines = split(word, widths, max_widths)
        width = dict(zip(word, widths, strict=False))
        kept = lines[:1]
        for line in lines[1:]:
            before = kept[-1]
            while _leading_mark(line[1]):
                mark, line[1] = line[1][0], line[1][1:]
                before[1] += mark
                before[0] -= width.get(mark, 0)
                line[0] += width.get(mark, 0)
            if line[1]:  # a line that was only marks is gone
                kept.append(line)
        return kept

    return mended


def _marked_up(split: Callable[..., Any]) -> Callable[..., Any]:
    """cjkFragSplit(frags, maxWidths, calcBounds, ...) -> ParaLines of FragLines, mended."""

    def mended(*args: Any, **kwargs: Any) -> Any:
        result = split(*args, **kwargs)
        kept = result.lines[:1]
        for line in result.lines[1:]:
            before = kept[-1]
            while before.words and line.words and _leading_mark(line.words[0].text):
                first = line.words[0]
                mark = first.text[0]
                if len(first.text) > 1:
                    first.text = first.text[1:]
                else:
                    line.words.pop(0)
                last = before.words[-1]
                if paragraph.sameFrag(last, first):
                    last.text += mark
                else:
                    before.words.append(first.clone(text=mark))
                width = stringWidth(mark, first.fontName, first.fontSize)
                before.extraSpace -= width
                before.currentWidth += width
                line.extraSpace += width
                line.currentWidth -= width
            if line.words:
                kept.append(line)
        result.lines = kept
        return result

    return mended
