"""Background operations report back on the GUI thread, warn in the user's words on failure, say
which records changed, and survive their window being closed before the end."""
from __future__ import annotations

import errno
import threading

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.i18n import Translations, error_text
from desktop.operations import Operation


def double(n: int) -> tuple[int, int]:
    return n * 2, threading.get_ident()


def full_disk() -> None:
    raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.bdsync")


def changed_tables(context) -> list[str]:
    seen: list[str] = []
    context.events.changed.connect(seen.append)
    return seen


def test_success_runs_off_the_gui_thread_and_fires_the_change_events(qtbot, context):
    changed = changed_tables(context)
    results = []
    parent = QWidget()
    qtbot.addWidget(parent)
    operation = (Operation(parent, context, double, 21).success(results.append)
                 .changes("visit", "concern"))
    operation.run(title="Doubling")
    qtbot.waitUntil(lambda: operation.finished, timeout=5000)
    value, thread = results[0]
    assert value == 42 and thread != threading.get_ident()
    assert changed == ["visit", "concern"]
    assert context.dialogs.shown == []


def test_a_failure_shows_the_translated_line_and_changes_nothing(qtbot, context):
    zh = Translations("zh_CN")
    zh.install(QCoreApplication.instance())
    try:
        changed = changed_tables(context)
        ended = []
        operation = (Operation(None, context, full_disk).changes("*")
                     .always(lambda: ended.append(True)))
        operation.run(title="备份")
        qtbot.waitUntil(lambda: operation.finished, timeout=5000)
        kind, title, text = context.dialogs.shown[-1]
        assert (kind, title) == ("error", "备份")
        assert text == error_text(OSError(errno.ENOSPC, "x", "/media/usb/x.bdsync"), zh.tr)
        assert "磁盘已满" in text and "\n" not in text and "Traceback" not in text
        assert changed == [] and ended == [True]
    finally:
        zh.uninstall(QCoreApplication.instance())


def test_a_failure_callback_replaces_the_warning(qtbot, context):
    caught = []
    operation = Operation(None, context, full_disk).failure(caught.append)
    operation.run(title="Backup")
    qtbot.waitUntil(lambda: operation.finished, timeout=5000)
    assert isinstance(caught[0], OSError) and context.dialogs.shown == []


def test_parent_closed_mid_run_skips_its_callbacks_but_not_the_news(qtbot, context):
    gate = threading.Event()

    def slow(outcome: str) -> str:
        assert gate.wait(5)
        if outcome == "fail":
            full_disk()
        return outcome

    changed = changed_tables(context)
    called = []
    parents = [QWidget(), QWidget()]
    ok, failing = (
        Operation(parent, context, slow, outcome).success(called.append)
        .failure(called.append).always(lambda: called.append("always")).changes("member")
        .run(title="Importing", label="Importing…")
        for parent, outcome in zip(parents, ("ok", "fail"), strict=True))
    for parent in parents:
        parent.deleteLater()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(p) for p in parents), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: ok.finished and failing.finished, timeout=5000)
    assert called == []  # they belonged to the closed window
    assert changed == ["member"]  # the records did change
    assert [kind for kind, _title, _text in context.dialogs.shown] == ["error"]  # and it failed
