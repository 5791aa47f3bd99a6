"""Organisation life (三会一课): meetings with attendance and make-ups, committee seats, quotas,
the figures against them, paper-only signals and members' last organisational contact."""
from db.meetings.committee import KIND as COMMITTEE_KIND
from db.meetings.committee import NOT_IN_BRANCH, OVERLAP, SeatRow, seat_ids, seat_rows, seats
from db.meetings.contact import (
    HIGHLIGHT_MONTHS,
    WARN_MONTHS,
    ContactRow,
    last_contact,
    last_contacts,
    no_contact,
)
from db.meetings.entity import (
    ABSENT_NO_REASON,
    ATTENDEE_KIND,
    KIND,
    NO_ATTENDANCE,
    NO_SEATS,
    PRESENT_AND_ABSENT,
    VOTES_OVER_PRESENT,
    attendance_entries,
    attendee_id,
    default_attendance,
    default_kind,
    kinds_held_by,
    validate_fields,
)
from db.meetings.figures import (
    BranchQuotas,
    MeetingFigures,
    MeetingRow,
    Unmade,
    branch_names,
    meeting_figures,
)
from db.meetings.makeups import BEFORE_MEETING, make_ups_of
from db.meetings.makeups import KIND as MAKE_UP_KIND
from db.meetings.owed import OWED_MONTHS, Owed, owed_make_ups, owed_rows
from db.meetings.quotas import KIND as QUOTA_KIND
from db.meetings.quotas import QuotaRow, check_quota, quota_rules, set_quota
from db.meetings.roll import expected_ids
from db.meetings.signals import Signal

__all__ = [
    "ABSENT_NO_REASON", "ATTENDEE_KIND", "BEFORE_MEETING", "COMMITTEE_KIND", "HIGHLIGHT_MONTHS",
    "KIND", "MAKE_UP_KIND", "NOT_IN_BRANCH", "NO_ATTENDANCE", "NO_SEATS", "OVERLAP",
    "OWED_MONTHS", "Owed", "owed_make_ups", "owed_rows",
    "PRESENT_AND_ABSENT", "QUOTA_KIND",
    "VOTES_OVER_PRESENT", "WARN_MONTHS", "BranchQuotas", "ContactRow", "MeetingFigures",
    "MeetingRow", "QuotaRow", "SeatRow", "Signal", "Unmade", "attendance_entries",
    "attendee_id", "branch_names", "check_quota",
    "default_attendance", "default_kind", "kinds_held_by",
    "expected_ids",
    "last_contact", "last_contacts", "make_ups_of", "meeting_figures", "no_contact",
    "quota_rules", "seat_ids", "seat_rows", "seats", "set_quota", "validate_fields",
]
