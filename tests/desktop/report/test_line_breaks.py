"""Chinese text in the report wraps by the rules of Chinese typesetting: no line begins with a
comma, full stop or closing bracket (a concern's long description printed in a narrow cell).

Two marks in a row at a break (“）；” after a member's branch and date) hang together."""
from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.report.fonts import register_fonts
from desktop.report.line_breaks import CANNOT_START_LINE

TEXT = ("工区反映宿舍热水器坏了，已报修三次，至今未修好；职工希望尽快解决，否则冬季无法洗澡！"
        "何时修？（车间答复：已联系段房建科）本月底前更换。”；王涛飞（第八支部，最近一次 "
        "2024-09-29）；孙长凯（第六支部，最近一次 2024-11-28）。")


def line_texts(paragraph: Paragraph) -> list[str]:
    lines = paragraph.blPara.lines
    return ["".join(line[1]) if isinstance(line, tuple)
            else "".join(getattr(w, "text", "") for w in line.words) for line in lines]


@pytest.mark.parametrize("markup", [False, True], ids=["plain", "marked-up"])
def test_no_wrapped_line_begins_with_closing_punctuation(markup):
    style = ParagraphStyle("body", fontName=register_fonts(), fontSize=9, leading=12,
                           wordWrap="CJK")
    text = f"<b>诉求：</b>{TEXT}" if markup else TEXT
    starts = []
    for width in range(50, 320, 3):  # every width where a break falls before a mark
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 2000)
        lines = line_texts(paragraph)
        printed = "".join(lines).replace(" ", "")  # a space at a break is dropped
        assert printed == (f"诉求：{TEXT}" if markup else TEXT).replace(" ", "")  # nothing lost
        starts += [line[0] for line in lines[1:] if line]
    assert starts and not [c for c in starts if c in CANNOT_START_LINE]
