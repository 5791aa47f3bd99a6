"""The pages of the main window, in sidebar order.

Each entry: (name used by `screenshot --page` and settings, title, "module:Class").
A page class takes (context, parent) and may define `refresh()`; it is built on first show.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PAGES: list[tuple[str, str, str]] = [
    ("dashboard", QT_TRANSLATE_NOOP("pages", "Dashboard"), "desktop.pages.dashboard:DashboardPage"),
    ("areas", QT_TRANSLATE_NOOP("pages", "Work areas"), "desktop.pages.areas:AreasPage"),
    ("members", QT_TRANSLATE_NOOP("pages", "Members"), "desktop.pages.members:MembersPage"),
    ("visits", QT_TRANSLATE_NOOP("pages", "Visits"), "desktop.pages.visits:VisitsPage"),
    ("concerns", QT_TRANSLATE_NOOP("pages", "Concerns"), "desktop.pages.concerns:ConcernsPage"),
    ("coverage", QT_TRANSLATE_NOOP("pages", "Coverage"), "desktop.pages.coverage:CoveragePage"),
    ("meetings", QT_TRANSLATE_NOOP("pages", "Organisation life"),
     "desktop.pages.meetings:MeetingsPage"),
    ("report", QT_TRANSLATE_NOOP("pages", "Monthly report"), "desktop.pages.report:ReportPage"),
    ("data", QT_TRANSLATE_NOOP("pages", "Data"), "desktop.pages.data:DataPage"),
]
PAGE_NAMES = [name for name, _title, _path in PAGES]
