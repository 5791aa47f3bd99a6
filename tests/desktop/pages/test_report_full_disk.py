"""Saving the monthly report from the 月报 page onto a full disk: one translated line in the error
dialog, and no empty or cut-short PDF left where the user will look for it."""
from __future__ import annotations

from db import records, workareas
from desktop.pages.report import ReportPage
from tests.desktop.full_disk import full_disk


def test_saving_onto_a_full_disk_says_so_and_leaves_no_file(qtbot, context, tmp_path):
    records.create(workareas.KIND, {"name": "东站线路工区", "access_tier": 1})
    page = ReportPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.pdf_bytes is not None, timeout=20000)
    with full_disk(tmp_path / "usb") as usb:
        context.dialogs.file_answers.append(usb / "june.pdf")
        page.save_report()
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]
    [(kind, _title, text)] = [s for s in context.dialogs.shown if s[0] == "error"]
    assert kind == "error" and text.startswith(f"The disk is full ({usb / 'june.pdf'}).")
    assert "\n" not in text
