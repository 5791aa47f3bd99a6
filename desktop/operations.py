"""Background operations: the one way the window runs long work and hears how it went.

    Operation(parent, context, fn, *args, **kwargs)   # fn(*args, **kwargs[, progress=cb])
        .success(lambda result: ...)                  # on the GUI thread
        .failure(lambda exc: ...)                     # replaces the default warning
        .always(lambda: ...)                          # after either (buttons back on)
        .changes("visit")                             # tables it changes: events on success
        .run(title=self.tr("Backup"), label=self.tr("Making a backup…"))

In the spirit of Anki's CollectionOp (qt/aqt/operations): the function runs in the thread pool
(desktop.tasks); a failure shows `error_text(exc)` under `title` through `context.dialogs` unless
a failure callback is given; the change events are fired by the operation itself, so no call site
wires signals by hand. A `label` shows a modal progress dialog once the work takes a moment.

If the parent widget is deleted before the end (its dialog or page closed), the callbacks, which
belong to it, are skipped; the change events still fire (the records did change) and a failure
is still shown (the person must know).

A page's figures (dashboard, coverage, a page's first fill) come through BackgroundFigures, an
Operation per request of which only the newest is shown:

    loader = BackgroundFigures(page, context, page.show_figures)
    loader.load(fn, *args)      # fn(*args) in the pool; page.show_figures(result) on the GUI thread
    loader.busy()               # a request not yet answered
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop import tasks
from desktop.context import AppContext
from desktop.i18n import error_text

_running: set[Operation] = set()  # kept alive until they report (callers may drop them)


class Operation:
    def __init__(self, parent: QWidget | None, context: AppContext, fn: Callable[..., Any],
                 *args: Any, **kwargs: Any) -> None:
        self.parent, self.context = parent, context
        self.task = tasks.Task(fn, *args, **kwargs)
        self.signals = self.task.signals  # done(result) / failed(exc) / progress(done, total)
        self.title = ""
        self.finished = False  # True once every callback has run
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._always: Callable[[], None] | None = None
        self._tables: tuple[str, ...] = ()

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation:
        self._failure = callback
        return self

    def always(self, callback: Callable[[], None]) -> Operation:
        """Called first when the work ends either way (a busy state cleared)."""
        self._always = callback
        return self

    def changes(self, *tables: str) -> Operation:
        """The tables a successful run changed ("*" for many): `context.events` says so."""
        self._tables = tables
        return self

    def run(self, *, title: str, label: str = "") -> Operation:
        """Start in the thread pool. `title` heads a failure's warning; `label` (optional) is
        the progress dialog's text."""
        self.title = title
        _running.add(self)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        with_dialog = label and self._parent_alive() and self.parent is not None
        tasks.start(self.task, parent=self.parent if with_dialog else None, label=label)
        return self

    def _parent_alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _ended(self) -> bool:
        """Run the `always` callback; whether the parent is still there for the others."""
        _running.discard(self)
        alive = self._parent_alive()
        if alive and self._always is not None:
            self._always()
        return alive

    def _release(self) -> None:
        """Drop the parent and its callbacks: a finished operation kept by its parent must not
        keep that parent's Python object alive."""
        self.parent = self._success = self._failure = self._always = None
        self.finished = True

    def _done(self, result: Any) -> None:
        alive = self._ended()
        for table in self._tables:
            self.context.events.notify(table)
        if self._success is not None and alive:
            self._success(result)
        self._release()

    def _failed(self, exc: BaseException) -> None:
        if self._ended() and self._failure is not None:
            self._failure(exc)
        else:
            self.context.dialogs.error(self.title, error_text(exc))
        self._release()


class BackgroundFigures(QObject):
    """Figures computed off the GUI thread (an Operation each) and handed to `show` on it; only
    the newest request is shown (a page asked again meanwhile). A failure leaves the figures
    shown as they were (the next change asks again). `shown` follows each showing."""

    shown = Signal()

    def __init__(self, parent: QWidget, context: AppContext,
                 show: Callable[[Any], None]) -> None:
        super().__init__(parent)
        self.widget, self.context, self.show = parent, context, show
        self.latest = 0
        self.done = 0  # the newest request answered (shown or failed)

    def busy(self) -> bool:
        return self.done < self.latest

    def cancel(self) -> None:
        """Drop what is being computed (the page filled itself meanwhile)."""
        self.latest += 1
        self.done = self.latest

    def load(self, fn: Callable[..., Any], *args: Any) -> Operation:
        self.latest += 1
        number = self.latest
        return (Operation(self.widget, self.context, fn, *args)
                .success(lambda result: self._done(result, number))
                .failure(lambda _exc: self._answered(number))
                .run(title=""))

    def _answered(self, number: int) -> None:
        self.done = max(self.done, number)

    def _done(self, result: Any, number: int) -> None:
        self._answered(number)
        if number == self.latest:
            self.show(result)
            self.shown.emit()
