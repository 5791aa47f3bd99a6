"""Ctrl+PgDn / Ctrl+PgUp move to the next / previous tab of a tab widget from anywhere inside it,
as in a browser. Qt's own QTabWidget takes them only when no child used the key first, and a
table (every coverage tab holds one) always does: the tabs were reachable by the mouse alone.

    tab_keys(self.tabs)   # once, after making the QTabWidget
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget

NEXT_TAB, PREVIOUS_TAB = "Ctrl+PgDown", "Ctrl+PgUp"


def step(tabs: QTabWidget, by: int) -> None:
    """The tab `by` places on (round the end), skipping disabled ones."""
    count = tabs.count()
    index = tabs.currentIndex()
    for _ in range(count):
        index = (index + by) % count
        if tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            return


def tab_keys(tabs: QTabWidget) -> None:
    """Give `tabs` its keys, and say them in the tab bar's tooltip."""
    for keys, by in ((NEXT_TAB, 1), (PREVIOUS_TAB, -1)):
        shortcut = QShortcut(QKeySequence(keys), tabs)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda by=by: step(tabs, by))
    tabs.tabBar().setToolTip(QCoreApplication.translate(
        "TabKeys", "Ctrl+PgDn / Ctrl+PgUp: the next / previous tab"))
