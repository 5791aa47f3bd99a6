"""What every page and dialog of the window is given: the open store and the shared services."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from db.store import Store
from desktop.events import DataEvents
from desktop.user_dialogs import UserDialogs


@dataclass
class AppContext:
    store: Store
    settings: QSettings
    dialogs: UserDialogs = field(default_factory=UserDialogs)
    events: DataEvents = field(default_factory=DataEvents)
    lang: str = "zh_CN"
