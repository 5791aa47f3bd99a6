"""The window says which work area an import renamed and why (the office and a laptop each
added 北岭工区; the laptop's, made later, is 北岭工区 (2) on both): in the question before the
import and in its summary, on each machine, in either language. The counts alone said
"1 new" on one machine and "1 updated" on the other."""
from __future__ import annotations

from db import records, workareas
from tests.db.sync.devices import Devices
from tests.desktop.pages.exchange_section import choose_and_import


def _import(qtbot, tmp_path, store, path) -> tuple[str, str]:
    """Import `path` from the exchange section, yes to its question: (question, summary)."""
    page = choose_and_import(qtbot, store, tmp_path, path)
    exchange = page.sections["exchange"]
    shown = {kind: text for kind, _title, text in exchange.context.dialogs.shown}
    assert "error" not in shown and shown["info"] == exchange.result.text()
    return shown["confirm"], shown["info"]


WILL = {"en": "Work area “北岭工区” was made on two machines: the one made later, on laptop_a, "
              "will be named “北岭工区 (2)” on both.",
        "zh_CN": "两台电脑都新建了工区“北岭工区”：后建的那个（在 laptop_a 上建的）将在两台电脑上都"
                 "改叫“北岭工区 (2)”。"}
NOW = {"en": "Work area “北岭工区” was made on two machines: the one made later, on laptop_a, is "
             "now named “北岭工区 (2)” on both. Rename it, or move its records to “北岭工区” and "
             "delete it.",
       "zh_CN": "两台电脑都新建了工区“北岭工区”：后建的那个（在 laptop_a 上建的）"
                "现在在两台电脑上都叫“北岭工区 (2)”。"
                "请给它改个名，或把它的记录移到“北岭工区”后删除它。"}


def test_each_machine_is_told_which_area_was_renamed(qtbot, tmp_path, lang):
    machines = Devices(tmp_path / "machines", ["office", "laptop_a"])
    try:
        machines.open("office")
        machines.exchange("office", "laptop_a", full=True)
        for name in ("office", "laptop_a"):  # the laptop's made later
            with machines.on(name):
                records.create(workareas.KIND, {"name": "北岭工区"})
        package = machines.export("laptop_a", for_device="office")
        question, summary = _import(qtbot, tmp_path, machines.open("office"), package)
        assert WILL[lang] in question.splitlines()
        assert summary.splitlines()[1:] == [NOW[lang]]
        package = machines.export("office", for_device="laptop_a")
        _question, summary = _import(qtbot, tmp_path, machines.open("laptop_a"), package)
        assert summary.splitlines()[1:] == [NOW[lang]]
        assert sorted(a.name for a in workareas.list_work_areas()) == ["北岭工区", "北岭工区 (2)"]
    finally:
        machines.close()


def test_the_summary_s_sentences_follow_each_other_as_the_language_writes(qtbot, tmp_path, lang):
    machines = Devices(tmp_path / "machines", ["office", "laptop_a"])
    try:
        with machines.on("office"):
            area = records.create(workareas.KIND, {"name": "东站工区"}).id
        machines.exchange("office", "laptop_a", full=True)
        for name, headcount in (("office", 7), ("laptop_a", 9)):
            with machines.on(name):
                records.edit(workareas.KIND, area, {"headcount": headcount})
        package = machines.export("laptop_a", for_device="office")
        _question, summary = _import(qtbot, tmp_path, machines.open("office"), package)
    finally:
        machines.close()
    assert summary == {
        "en": "From laptop_a: 0 new, 0 updated, 1 conflicts, 0 already here. Settle the "
              "conflicts on the Conflicts tab.",
        "zh_CN": "来自 laptop_a：新增 0 条，更新 0 条，冲突 1 条，已有 0 条。"
                 "请在“冲突”页处理冲突。"}[lang]
