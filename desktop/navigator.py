"""Going from one page to another: pages ask `context.navigator`, never the window itself.

    context.navigator.show_page("coverage")
    context.navigator.open_record("concerns", concern_id)   # selected on its page
    context.navigator.open_area_visits(area_id)             # the visits page, filtered
    context.navigator.record_visit()                        # the quick visit dialog
    context.navigator.log_concern()                         # the concerns page's new-concern dialog
    context.navigator.new_record("areas")                   # a record page's new-record dialog
    context.navigator.open_settings("branches")             # the settings dialog on a tab
    context.navigator.import_workbook()                     # File → Import from Excel…

The main window attaches itself when it is made. A page shown on its own (a test, a screenshot)
has a navigator with no window: each call does nothing and returns None or False.
"""
from __future__ import annotations

from typing import Any, Protocol


class Window(Protocol):
    """What the navigator needs of the main window."""

    def show_page(self, name: str) -> Any: ...  # the page: each kind has its own methods

    def record_visit(self, prefill: dict | None = None) -> object | None: ...

    def open_settings(self, tab: str = "general") -> None: ...

    def import_workbook(self) -> None: ...


class Navigator:
    def __init__(self) -> None:
        self._window: Window | None = None

    def attach(self, window: Window) -> None:
        self._window = window

    def show_page(self, name: str) -> Any:  # the page shown, or None without a window
        return self._window.show_page(name) if self._window is not None else None

    def open_record(self, page_name: str, record_id: str | None) -> bool:
        """Select a record on its record page; False without a window or when it is gone."""
        page = self.show_page(page_name) if record_id else None
        return page is not None and page.show_record(record_id)

    def open_area_visits(self, area_id: str | None) -> bool:
        page = self.show_page("visits") if area_id else None
        if page is None:
            return False
        page.filter_by_area(area_id)
        return True

    def record_visit(self, prefill: dict | None = None) -> object | None:
        """The quick visit-entry dialog (as Ctrl+N opens it), started from `prefill` (a plan
        entry's work area, cadres and kind) if given; the saved visit, or None."""
        return self._window.record_visit(prefill) if self._window is not None else None

    def log_concern(self) -> bool:
        """The concerns page with its dialog for a new concern."""
        return self.new_record("concerns")

    def new_record(self, page_name: str) -> bool:
        """A record page (areas, members, concerns ...) with its dialog for a new record."""
        page = self.show_page(page_name)
        if page is None:
            return False
        page.new_record()
        return True

    def open_settings(self, tab: str = "general") -> bool:
        """The settings dialog, on `tab` (SettingsDialog.TABS); False without a window."""
        if self._window is None:
            return False
        self._window.open_settings(tab)
        return True

    def import_workbook(self) -> bool:
        """Choose a roster or log and import it, as File → Import from Excel… does."""
        if self._window is None:
            return False
        self._window.import_workbook()
        return True
