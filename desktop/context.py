"""What every page and dialog of the window is given: the open store and the shared services
(message boxes, change events, the navigator between pages)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from desktop.events import DataEvents
from desktop.navigator import Navigator
from desktop.user_dialogs import UserDialogs

if TYPE_CHECKING:  # the window's frame is painted before the database layer is imported
    from db.store import Store


@dataclass
class AppContext:
    store: Store | None  # None only while the window is starting
    settings: QSettings
    dialogs: UserDialogs = field(default_factory=UserDialogs)
    events: DataEvents = field(default_factory=DataEvents)
    navigator: Navigator = field(default_factory=Navigator)
    lang: str = "zh_CN"
