"""Long work off the GUI thread, the machinery under desktop.operations.Operation (which every
window call site uses): a function runs in the thread pool and reports back by signals.

    task = Task(fn, *args)            # fn(*args, progress=callback) -> result
    task.signals.done.connect(...)    # result, on the GUI thread
    task.signals.failed.connect(...)  # the exception
    start(task, parent=window, label="…")  # shows a progress dialog if it takes a moment

The record layer's functions are plain Python, so the same function runs here and in the CLI.
peewee opens a separate SQLite connection per thread; WAL lets the window keep reading meanwhile.
"""
from __future__ import annotations

import inspect

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn, *args, **kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        if "progress" in inspect.signature(self.fn).parameters:
            kwargs["progress"] = self.signals.progress.emit
        try:
            result = self.fn(*self.args, **kwargs)
        except Exception as exc:  # reported to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            from db.models import database

            if database.obj is not None and not database.is_closed():
                database.close()  # this worker thread's own connection


_running: set[Task] = set()


def start(task: Task, *, parent: QWidget | None = None, label: str = "") -> Task:
    """Run `task` in the global pool; with a parent, show a progress dialog after a moment."""
    _running.add(task)
    task.signals.done.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    if parent is not None:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        from PySide6.QtCore import Qt  # the Qt namespace costs 13 ms to load: not at start-up

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

        def alive() -> bool:  # the parent (and the dialog with it) may be gone by the end
            return shiboken6.isValid(dialog)

        def progress(done: int, total: int) -> None:
            if alive():
                dialog.setMaximum(total)
                dialog.setValue(done)

        def finish(_result) -> None:
            if alive():
                dialog.close()

        task.signals.progress.connect(progress)
        task.signals.done.connect(finish)
        task.signals.failed.connect(finish)
    QThreadPool.globalInstance().start(task)
    return task
