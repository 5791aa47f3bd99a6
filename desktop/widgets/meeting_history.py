"""A member's organisation life on the members page: the last organisational contact (meeting
attended, make-up, or talked to on a visit) and the meetings, newest first."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db import clock
from db.choices import MEETING_KINDS
from db.i18n import fill
from db.meetings import HIGHLIGHT_MONTHS, WARN_MONTHS, last_contact
from db.meetings.contact import whole_months
from db.meetings.queries import member_meetings
from desktop.i18n import choice_label
from desktop.widgets.meeting_detail import branch_text

WARN, HIGHLIGHT = "#8a4b00", "#b00020"
NONE = QT_TRANSLATE_NOOP("MeetingHistory", "Last organisational contact: none recorded")
LAST = QT_TRANSLATE_NOOP("MeetingHistory",
                         "Last organisational contact: {date} ({months} months ago)")
LAST_ONE = QT_TRANSLATE_NOOP("MeetingHistory", "Last organisational contact: {date} (a month ago)")
LAST_RECENT = QT_TRANSLATE_NOOP("MeetingHistory",
                                "Last organisational contact: {date} (within the last month)")
PRESENT = QT_TRANSLATE_NOOP("MeetingHistory", "present")
ABSENT = QT_TRANSLATE_NOOP("MeetingHistory", "absent")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingHistory", text)


def show_member_meetings(section, member_id: str) -> None:
    """Fill a detail-panel section: the last contact first (coloured past 3 and 6 months)."""
    today = clock.today()
    day = last_contact(member_id, today)
    if day is None:
        head, tone = _tr(NONE), HIGHLIGHT
    else:
        months = whole_months(day, today)
        template = LAST_RECENT if months == 0 else LAST_ONE if months == 1 else LAST
        head = fill(_tr(template), date=day.isoformat(), months=months)
        tone = HIGHLIGHT if months >= HIGHLIGHT_MONTHS else WARN if months >= WARN_MONTHS \
            else False
    items = [(None, head, tone)]
    for held_on, kind, branch, present in member_meetings(member_id, limit=30):
        state = _tr(PRESENT) if present else _tr(ABSENT)
        items.append((None, "  ".join((held_on.isoformat(), branch_text(branch),
                                       choice_label(MEETING_KINDS, kind), state)), not present))
    section.set_items(items)
