"""Long work off the GUI thread reports back; a closed window does not break the report."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from desktop import tasks


def work(n, progress):
    progress(1, 2)
    return n * 2, threading.get_ident()


def test_result_arrives_from_another_thread(qtbot):
    task = tasks.Task(work, 21)
    with qtbot.waitSignal(task.signals.done, timeout=5000) as blocker:
        tasks.start(task)
    value, thread = blocker.args[0]
    assert value == 42 and thread != threading.get_ident()


def test_failure_is_reported_not_raised(qtbot):
    def broken():
        raise ValueError("bad input")

    task = tasks.Task(broken)
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as blocker:
        tasks.start(task)
    assert str(blocker.args[0]) == "bad input"


def test_parent_deleted_before_the_end(qtbot):
    gate = threading.Event()

    def slow():
        gate.wait(5)
        return "done"

    parent = QWidget()
    task = tasks.Task(slow)
    tasks.start(task, parent=parent, label="working")
    parent.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(parent), timeout=5000)
    with qtbot.waitSignal(task.signals.done, timeout=5000):
        gate.set()
