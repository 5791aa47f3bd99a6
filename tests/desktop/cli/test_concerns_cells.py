"""`branch-desk concerns` as a table: a work area's name is shown whole when it fits (eight
Chinese characters do), and a longer one ends in "…", never cut without a mark."""
from __future__ import annotations

import datetime as dt
import unicodedata

from db.store import Store
from desktop.cli.entry import main
from tests.db.concerns.helpers import area, cadre, concern, pin_today


def test_area_names_whole_or_marked_as_cut(tmp_path, monkeypatch, capsys):
    pin_today(monkeypatch, dt.date(2024, 6, 10))
    folder = tmp_path / "data"
    with Store.open(folder):
        wang = cadre("王建国")
        concern(area("鹰嘴岩站线路工区"), wang, dt.date(2024, 5, 2), description="热水器坏了")
        concern(area("鹰嘴岩道口工区甲乙丙"), wang, dt.date(2024, 5, 3), description="工具房漏雨")
    assert main(["--data-dir", str(folder), "--lang", "zh_CN", "concerns",
                 "--month", "2024-05"]) == 0
    lines = capsys.readouterr().out.splitlines()
    whole = next(line for line in lines if "热水器坏了" in line)
    cut = next(line for line in lines if "工具房漏雨" in line)
    assert "鹰嘴岩站线路工区  " in whole
    assert "鹰嘴岩道口工区…" in cut and "鹰嘴岩道口工区甲" not in cut
    # the columns after the area line up in both rows (a Chinese character is two columns)
    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    assert columns(whole[:whole.index("王建国")]) == columns(cut[:cut.index("王建国")])
