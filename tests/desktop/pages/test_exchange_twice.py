"""The window's exchange section, a package imported twice: the second import says nothing new
was merged, and its line in the history says already merged (the first says what it brought)."""
from __future__ import annotations

from db import records, workareas
from tests.db.sync.devices import Devices
from tests.desktop.pages.exchange_section import choose_and_import

SAID = {"en": "Nothing new from office: everything in the package was already merged here.",
        "zh_CN": "来自 office 的交换包没有新内容：其中的记录此前都已合并到本机。"}
ASKED = {"en": "The package from office holds nothing new: everything in it is already merged "
               "here.\nImport it anyway? No record changes; the history notes the import as "
               "already merged.",
         "zh_CN": "来自 office 的交换包没有新内容：其中的记录都已合并到本机。\n仍要导入吗？"
                  "不会更改任何记录；交换记录中会把这次导入记为“已合并过”。"}
DIRECTION = {"en": ("Received, already merged", "Received"),
             "zh_CN": ("接收（已合并过）", "接收")}


def test_a_package_imported_twice(qtbot, tmp_path, lang):
    machines = Devices(tmp_path / "machines", ["office", "laptop_a"])
    try:
        with machines.on("office"):
            records.create(workareas.KIND, {"name": "东站工区"})
        package = machines.export("office", full=True)
        store = machines.open("laptop_a")
        before = choose_and_import(qtbot, store, tmp_path, package)
        first = before.sections["exchange"]
        assert "2" in first.result.text() and first.result.text() != SAID[lang]
        page = choose_and_import(qtbot, store, tmp_path, package)
        exchange = page.sections["exchange"]
        [info] = [text for kind, _t, text in page.context.dialogs.shown if kind == "info"]
        [asked] = [text for kind, _t, text in page.context.dialogs.shown if kind == "confirm"]
        assert asked == ASKED[lang]
        assert info == exchange.result.text() == SAID[lang]
        exchange.refresh()
        history = exchange.history
        assert history.rowCount() == 2
        assert (history.item(0, 1).text(), history.item(1, 1).text()) == DIRECTION[lang]
        assert [history.item(0, c).text() for c in (4, 5, 6)] == ["0", "0", "0"]
        assert history.item(1, 4).text() == "2"
    finally:
        machines.close()
