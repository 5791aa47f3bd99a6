"""The import preview names each sheet's kind in the session's language, every kind the workbook
has (the 走访计划 and 组织生活 sheets once read "plans" and "meetings" in a Chinese preview)."""
from __future__ import annotations

import io
import re

from db.spreadsheet.describe import KINDS
from db.spreadsheet.layout import SPECS
from desktop.cli.entry import main
from tests.desktop.cli.test_mistakes import TODAY, demo_folder  # noqa: F401 (fixture)


def test_every_sheet_kind_has_a_name():
    assert {spec.kind for spec in SPECS} <= set(KINDS)


def test_the_preview_of_an_export_names_every_sheet_in_the_language(demo_folder, tmp_path,  # noqa: F811
                                                                    monkeypatch, capsys):
    from db import clock

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    book = tmp_path / "all.xlsx"
    assert main(["--data-dir", str(demo_folder), "export", str(book)]) == 0
    capsys.readouterr()
    for lang in ("zh_CN", "en"):
        monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
        main(["--data-dir", str(demo_folder), "--lang", lang, "import", str(book)])
        heads = [line for line in capsys.readouterr().out.splitlines()
                 if line.startswith(("工作表“", "Sheet “"))]
        assert len(heads) == len(SPECS), heads
        if lang == "zh_CN":
            assert "工作表“走访计划”：走访计划" in "\n".join(heads)
            assert "工作表“组织生活”：会议" in "\n".join(heads)
            assert [h for h in heads if re.search(r"[A-Za-z]", h)] == []
        else:
            assert "Sheet “走访计划”: visit plan entries," in "\n".join(heads)
            assert "Sheet “组织生活”: meetings," in "\n".join(heads)
