"""What a person calls each synced table, for the window and the command line: TABLE_NAMES for
the table (row counts, an exchange's changes per table), ROW_NAMES for one record of it (a
conflict).

Keyed by the stored table name; the names are English source strings marked for translation
(context "db"), translated where they are shown (`desktop.i18n.table_label` and `row_label`).
tests/db/test_table_names.py fails for a table in SYNC_MODELS without both names, so a new table
cannot be forgotten.
"""
from __future__ import annotations

from db.i18n import QT_TRANSLATE_NOOP

TABLE_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("db", "General branch"),
    "branch": QT_TRANSLATE_NOOP("db", "Branches"),
    "work_area": QT_TRANSLATE_NOOP("db", "Work areas"),
    "member": QT_TRANSLATE_NOOP("db", "Members"),
    "assignment": QT_TRANSLATE_NOOP("db", "Work area assignments"),
    "responsibility": QT_TRANSLATE_NOOP("db", "Responsibilities for areas"),
    "visit": QT_TRANSLATE_NOOP("db", "Visits"),
    "visit_person": QT_TRANSLATE_NOOP("db", "People on visits"),
    "concern": QT_TRANSLATE_NOOP("db", "Concerns"),
    "concern_event": QT_TRANSLATE_NOOP("db", "Steps of concerns"),
    "plan_entry": QT_TRANSLATE_NOOP("db", "Visit plan entries"),
    "meeting": QT_TRANSLATE_NOOP("db", "Meetings"),
    "meeting_attendee": QT_TRANSLATE_NOOP("db", "Meeting attendance"),
    "make_up": QT_TRANSLATE_NOOP("db", "Make-up sessions"),
    "committee_member": QT_TRANSLATE_NOOP("db", "Committee seats"),
    "meeting_quota": QT_TRANSLATE_NOOP("db", "Meeting quota rules"),
    "plan_absentee": QT_TRANSLATE_NOOP("db", "Absentees of planned make-up sessions"),
}

ROW_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("db", "General branch settings"),
    "branch": QT_TRANSLATE_NOOP("db", "Branch"),
    "work_area": QT_TRANSLATE_NOOP("db", "Work area"),
    "member": QT_TRANSLATE_NOOP("db", "Member"),
    "assignment": QT_TRANSLATE_NOOP("db", "Assignment"),
    "responsibility": QT_TRANSLATE_NOOP("db", "Responsibility"),
    "visit": QT_TRANSLATE_NOOP("db", "Visit"),
    "visit_person": QT_TRANSLATE_NOOP("db", "Person on a visit"),
    "concern": QT_TRANSLATE_NOOP("db", "Concern"),
    "concern_event": QT_TRANSLATE_NOOP("db", "Concern history entry"),
    "plan_entry": QT_TRANSLATE_NOOP("db", "Visit plan entry"),
    "meeting": QT_TRANSLATE_NOOP("db", "Meeting"),
    "meeting_attendee": QT_TRANSLATE_NOOP("db", "Attendance at a meeting"),
    "make_up": QT_TRANSLATE_NOOP("db", "Make-up session"),
    "committee_member": QT_TRANSLATE_NOOP("db", "Committee seat"),
    "meeting_quota": QT_TRANSLATE_NOOP("db", "Meeting quota rule"),
    "plan_absentee": QT_TRANSLATE_NOOP("db", "Absentee of a planned make-up session"),
}


def table_name(table: str) -> str:
    """The English name of a stored table (its stored name when it has none)."""
    return TABLE_NAMES.get(table, table)


def row_name(table: str) -> str:
    """The English name of one record of a stored table (the table's name when it has none)."""
    return ROW_NAMES.get(table, table)
