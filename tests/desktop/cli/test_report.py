"""`branch-desk report`: a PDF for the month, a default name, and clear mistakes."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from db import clock, records, workareas
from db.organisation import update_organisation
from db.store import Store
from desktop.cli.entry import main


def test_writes_the_month_as_a_pdf_in_chinese_by_default(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 20))
    folder = tmp_path / "data"
    with Store.open(folder):
        update_organisation({"name": "示例车间党总支"})
        records.create(workareas.KIND, {"name": "东站线路工区", "access_tier": 1})
    out = tmp_path / "may.pdf"
    assert main(["--data-dir", str(folder), "report", "--month", "2024-05", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "示例车间党总支" in text and "主要指标" in text


def test_default_file_name_is_the_branch_and_month(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "data"
    with Store.open(folder):
        update_organisation({"name": "示例车间党总支"})
    assert main(["--data-dir", str(folder), "--lang", "en", "report", "--month", "2024-05"]) == 0
    assert (tmp_path / "示例车间党总支-2024-05.pdf").exists()


def test_a_bad_month_is_a_clear_error(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path / "data"), "--lang", "en", "report", "--month",
                 "2024-13"])
    err = capsys.readouterr().err
    assert code == 2 and "2024-13" in err and "Traceback" not in err


def test_an_unwritable_destination_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["--data-dir", str(tmp_path / "data"), "--lang", "en", "report", "--month",
                 "2024-05", "--out", str(blocker / "may.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and "is a file, not a folder" in err


def test_a_month_with_no_work_areas_does_not_say_every_area_was_visited(tmp_path, monkeypatch,
                                                                        capsys):
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 20))
    out = tmp_path / "june.pdf"  # this month: with no visit at all, May holds no records
    assert main(["--data-dir", str(tmp_path / "data"), "report", "--month", "2024-06", "--out",
                 str(out)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "本月没有纳入统计的工区" in text and "均已走访" not in text
    may = tmp_path / "may.pdf"
    assert main(["--data-dir", str(tmp_path / "data"), "report", "--month", "2024-05", "--out",
                 str(may)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(may.read_bytes())).pages)
    assert "2024-05 没有记录：尚未录入任何走访。" in text and "均已走访" not in text
