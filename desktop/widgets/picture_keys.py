"""The line diagram from the keyboard: Tab reaches it, Left and Right (Home, End) go from one
work area's mark to the next, the mark in hand is ringed and its tooltip shown, and Enter or
Space opens its visits as a click does."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip

STEPS = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
OPEN = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class MarkCursor(QObject):
    """Which of a picture's area marks the keyboard is on (an index into the view's `hits` and
    `spots`, drawn in the same order); installed on the view, which calls `draw` last."""

    def __init__(self, view: Any) -> None:  # a PictureView (which holds its cursor)
        super().__init__(view)
        self.view = view
        self.at = 0
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.installEventFilter(self)

    def marks(self) -> int:
        return len(self.view.spots)

    def move(self, to: int) -> None:
        if not self.marks():
            return
        self.at = max(0, min(to, self.marks() - 1))
        self.view.update()
        spot = self.view.spots[self.at]
        QToolTip.showText(self.view.mapToGlobal(spot.toPoint()), self.view.hits[self.at][2],
                          self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.view:
            return False
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            if event.type() == QEvent.Type.FocusOut:
                QToolTip.hideText()
            self.view.update()
            return False
        if event.type() != QEvent.Type.KeyPress or not self.marks():
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in STEPS:
            self.move(min(self.at, self.marks() - 1) + STEPS[Qt.Key(key)])
        elif key == Qt.Key.Key_Home:
            self.move(0)
        elif key == Qt.Key.Key_End:
            self.move(self.marks() - 1)
        elif key in OPEN:
            self.at = min(self.at, self.marks() - 1)
            self.view.area_clicked.emit(self.view.hits[self.at][1])
        else:
            return False
        return True

    def draw(self, painter: QPainter) -> None:
        """Ring the mark in hand while the view has the focus."""
        if not self.view.hasFocus() or not self.marks():
            return
        spot: QPointF = self.view.spots[min(self.at, self.marks() - 1)]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.view.palette().highlight().color(), 2))
        painter.drawEllipse(spot, 10.0, 10.0)
