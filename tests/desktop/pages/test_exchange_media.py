"""Exporting a package from the window onto a USB stick that cannot take it: write-protected,
full, or pulled out after the folder was chosen. One line in the session's language naming the
problem and what to do, no file left on the stick, the database unchanged."""
from __future__ import annotations

import os
import shutil

import pytest

from db import records, workareas
from tests.db.helpers import digest
from tests.desktop.full_disk import full_disk, read_only_folder
from tests.desktop.pages.exchange_section import exchange_page


@pytest.fixture
def exchange(qtbot, store, tmp_path, lang):
    records.create(workareas.KIND, {"name": "东站工区"})
    return exchange_page(qtbot, store, tmp_path)


def _export(qtbot, page, path) -> str:
    """Export to `path` as the chooser would give it; the one error line shown."""
    exchange = page.sections["exchange"]
    dialogs = exchange.context.dialogs
    dialogs.file_answers = [path]
    exchange.export_clicked()
    qtbot.waitUntil(lambda: any(kind in ("info", "error") for kind, _t, _x in dialogs.shown),
                    timeout=10000)
    [error] = [text for kind, _title, text in dialogs.shown if kind == "error"]
    assert exchange.result.text() == error and "\n" not in error
    return error


EXPECTED = {
    ("read_only", "en"): "Cannot write to {path}: it is read-only or you lack permission. "
                         "Choose another place or ask for access.",
    ("read_only", "zh_CN"): "无法写入 {path}：它是只读的，或没有权限。"
                            "请换一个位置，或请管理员开放权限。",
    ("full", "en"): "The disk is full ({path}). Free some space or choose another place, then "
                    "try again.",
    ("full", "zh_CN"): "磁盘已满（{path}）。请腾出空间或换一个位置，然后重试。",
}


def test_a_write_protected_stick(qtbot, exchange, store, tmp_path, lang):
    before = digest(store.db)
    with read_only_folder(tmp_path / "stick") as stick:
        error = _export(qtbot, exchange, stick / "p.bdsync")
        assert os.listdir(stick) == []
    # the package's name, not that of the partial file it is first written to
    assert error == EXPECTED["read_only", lang].format(path=stick / "p.bdsync")
    assert digest(store.db) == before


def test_a_full_stick(qtbot, exchange, store, tmp_path, lang):
    before = digest(store.db)
    with full_disk(tmp_path / "stick") as stick:
        error = _export(qtbot, exchange, stick / "p.bdsync")
        assert os.listdir(stick) == ["filler"]
    assert error == EXPECTED["full", lang].format(path=stick / "p.bdsync")
    assert digest(store.db) == before


def test_a_stick_pulled_out_after_its_folder_was_chosen(qtbot, exchange, store, tmp_path, lang):
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.rmtree(stick)  # chosen in the dialog, then pulled out before the writing began
    before = digest(store.db)
    error = _export(qtbot, exchange, stick / "p.bdsync")
    assert not stick.exists()  # not made anew on this computer's disk, the package in it
    assert error == {
        "en": f"The folder {stick} is not there any more: was the USB stick pulled out? Nothing "
              "was written; put the stick back or choose another place, then try again.",
        "zh_CN": f"文件夹 {stick} 已经不在了：U盘是不是被拔出了？未写入任何内容；"
                 "请重新插入U盘或换一个位置，然后重试。"}[lang]
    assert digest(store.db) == before


def test_a_key_saved_onto_a_stick_pulled_out(qtbot, exchange, store, tmp_path, lang):
    """The key file too (db.sync.write_key_file made the folder on this computer's disk, and
    kept a key made for it)."""
    stick = tmp_path / "stick"
    before = digest(store.db)
    section = exchange.sections["exchange"]
    dialogs = section.context.dialogs
    dialogs.file_answers = [stick / "branch.bdkey"]
    section.save_key_clicked()
    [error] = [text for kind, _title, text in dialogs.shown if kind == "error"]
    assert error == {
        "en": f"The folder {stick} is not there any more: was the USB stick pulled out? Nothing "
              "was written; put the stick back or choose another place, then try again.",
        "zh_CN": f"文件夹 {stick} 已经不在了：U盘是不是被拔出了？未写入任何内容；"
                 "请重新插入U盘或换一个位置，然后重试。"}[lang]
    assert not stick.exists() and digest(store.db) == before
