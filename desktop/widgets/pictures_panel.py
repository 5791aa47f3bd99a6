"""The three pictures of coverage side by side (CoveragePictures), and their figures computed off
the GUI thread (PicturesLoader): the coverage page and the dashboard show the same panel."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from db.coverage import Coverage, Pictures, pictures
from desktop.widgets.coverage_pictures import LineDiagramView, TierBarsView, TrendView


class CoveragePictures(QWidget):
    """The three pictures side by side (line diagram wide), fed with one Pictures."""

    area_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coverage_pictures")
        self.line = LineDiagramView()
        self.bars = TierBarsView()
        self.trend = TrendView()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 5)
        layout.addWidget(self.bars, 2)
        layout.addWidget(self.trend, 3)
        self.line.area_clicked.connect(self.area_clicked)
        self.pictures: Pictures | None = None

    def show_figures(self, pictures: Pictures) -> None:
        self.pictures = pictures
        self.line.show_figures(pictures.line)
        self.bars.show_figures(pictures.tiers)
        self.trend.show_figures(pictures.trend)


class BackgroundFigures(QObject):
    """Figures computed off the GUI thread and handed to `show` on it; only the newest request
    is shown (a page asked again meanwhile). `shown` follows each showing."""

    shown = Signal()

    def __init__(self, parent: QObject, show):
        super().__init__(parent)
        self.show = show
        self.latest = 0
        self.done = 0  # the newest request answered (shown or failed)

    def busy(self) -> bool:
        return self.done < self.latest

    def load(self, fn, *args) -> None:
        from desktop import tasks

        self.latest += 1
        number = self.latest
        task = tasks.Task(fn, *args)
        task.signals.done.connect(lambda result: self._done(result, number))
        task.signals.failed.connect(lambda _exc: self._answered(number))  # the old figures stand
        tasks.start(task)

    def _answered(self, number: int) -> None:
        if shiboken6.isValid(self):
            self.done = max(self.done, number)

    def _done(self, result, number: int) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.parent()):
            return  # the page was closed while its figures were computed
        self._answered(number)
        if number != self.latest:
            return
        self.show(result)
        self.shown.emit()


class PicturesLoader(BackgroundFigures):
    """A coverage's pictures computed off the GUI thread and shown in `view`."""

    def __init__(self, view: CoveragePictures):
        super().__init__(view, view.show_figures)

    def load(self, coverage: Coverage) -> None:  # type: ignore[override]
        super().load(pictures, coverage)
