"""The three pictures of coverage side by side (CoveragePictures): the coverage page and the
dashboard show the same panel, fed with db.coverage.pictures computed with their figures off
the GUI thread."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from db.coverage import Pictures
from desktop.widgets.coverage_pictures import LineDiagramView, TierBarsView
from desktop.widgets.trend_picture import TrendView


class CoveragePictures(QWidget):
    """The three pictures side by side (line diagram wide), fed with one Pictures."""

    area_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
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
