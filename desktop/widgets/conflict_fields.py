"""How the conflicts view names a stored column and shows its value: translated field labels,
choice labels for stored codes, yes/no for flags, and names for ids of other rows."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.choices import (
    ABSENCE_REASONS,
    ACCESS_TIERS,
    CONCERN_CATEGORIES,
    CONCERN_STATUSES,
    GENDERS,
    MEETING_KINDS,
    MEMBER_CATEGORIES,
    MEMBER_STATUSES,
    QUOTA_PERIODS,
    SATISFACTION,
    VISIT_KINDS,
)
from db.plans.entity import PURPOSES
from db.sync import ConflictView
from desktop.i18n import Translate, choice_label

C = "ConflictFields"

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictFields", "Name"),
    "depot": QT_TRANSLATE_NOOP("ConflictFields", "Depot"),
    "secretary": QT_TRANSLATE_NOOP("ConflictFields", "Secretary"),
    "secretary_id": QT_TRANSLATE_NOOP("ConflictFields", "Secretary"),
    "signature_lines": QT_TRANSLATE_NOOP("ConflictFields", "Report signature lines"),
    "visits_per_month": QT_TRANSLATE_NOOP("ConflictFields", "Visits per work area per month"),
    "overdue_days": QT_TRANSLATE_NOOP("ConflictFields", "Overdue after (days without a visit)"),
    "concern_due_days": QT_TRANSLATE_NOOP("ConflictFields", "Concerns due within (days)"),
    "tier1_weight": QT_TRANSLATE_NOOP("ConflictFields", "Weight of convenient areas"),
    "tier2_weight": QT_TRANSLATE_NOOP("ConflictFields", "Weight of ordinary areas"),
    "tier3_weight": QT_TRANSLATE_NOOP("ConflictFields", "Weight of remote areas"),
    "notes": QT_TRANSLATE_NOOP("ConflictFields", "Notes"),
    "code": QT_TRANSLATE_NOOP("ConflictFields", "Code"),
    "line_section": QT_TRANSLATE_NOOP("ConflictFields", "Line / section"),
    "location": QT_TRANSLATE_NOOP("ConflictFields", "Location"),
    "distance_km": QT_TRANSLATE_NOOP("ConflictFields", "Distance (km)"),
    "travel_minutes": QT_TRANSLATE_NOOP("ConflictFields", "Travel time (minutes)"),
    "access_tier": QT_TRANSLATE_NOOP("ConflictFields", "Access tier"),
    "headcount": QT_TRANSLATE_NOOP("ConflictFields", "Workers (all, not only members)"),
    "visit_target": QT_TRANSLATE_NOOP("ConflictFields", "Visits per month"),
    "active": QT_TRANSLATE_NOOP("ConflictFields", "In use"),
    "name_pinyin": QT_TRANSLATE_NOOP("ConflictFields", "Name in pinyin"),
    "name_initials": QT_TRANSLATE_NOOP("ConflictFields", "Pinyin initials"),
    "gender": QT_TRANSLATE_NOOP("ConflictFields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("ConflictFields", "Birth date"),
    "ethnicity": QT_TRANSLATE_NOOP("ConflictFields", "Ethnicity"),
    "education": QT_TRANSLATE_NOOP("ConflictFields", "Education"),
    "joined_on": QT_TRANSLATE_NOOP("ConflictFields", "Joined the Party"),
    "full_member_on": QT_TRANSLATE_NOOP("ConflictFields", "Full member since"),
    "category": QT_TRANSLATE_NOOP("ConflictFields", "Category"),
    "job_post": QT_TRANSLATE_NOOP("ConflictFields", "Job post"),
    "party_post": QT_TRANSLATE_NOOP("ConflictFields", "Party post"),
    "is_cadre": QT_TRANSLATE_NOOP("ConflictFields", "Cadre"),
    "branch_id": QT_TRANSLATE_NOOP("ConflictFields", "Branch"),
    "phone": QT_TRANSLATE_NOOP("ConflictFields", "Phone"),
    "status": QT_TRANSLATE_NOOP("ConflictFields", "Status"),
    "status_on": QT_TRANSLATE_NOOP("ConflictFields", "Status since"),
    "member_id": QT_TRANSLATE_NOOP("ConflictFields", "Member"),
    "work_area_id": QT_TRANSLATE_NOOP("ConflictFields", "Work area"),
    "start_on": QT_TRANSLATE_NOOP("ConflictFields", "From"),
    "end_on": QT_TRANSLATE_NOOP("ConflictFields", "Until"),
    "visited_on": QT_TRANSLATE_NOOP("ConflictFields", "Date"),
    "kind": QT_TRANSLATE_NOOP("ConflictFields", "Kind"),
    "hours": QT_TRANSLATE_NOOP("ConflictFields", "Hours on site"),
    "workers_met": QT_TRANSLATE_NOOP("ConflictFields", "Workers met"),
    "summary": QT_TRANSLATE_NOOP("ConflictFields", "Summary"),
    "private": QT_TRANSLATE_NOOP("ConflictFields", "Private"),
    "visit_id": QT_TRANSLATE_NOOP("ConflictFields", "Visit"),
    "role": QT_TRANSLATE_NOOP("ConflictFields", "Role"),
    "raised_on": QT_TRANSLATE_NOOP("ConflictFields", "Raised on"),
    "raised_by_id": QT_TRANSLATE_NOOP("ConflictFields", "Raised by (member)"),
    "raised_by_name": QT_TRANSLATE_NOOP("ConflictFields", "Raised by (name)"),
    "description": QT_TRANSLATE_NOOP("ConflictFields", "Concern"),
    "owner_id": QT_TRANSLATE_NOOP("ConflictFields", "Owner"),
    "due_on": QT_TRANSLATE_NOOP("ConflictFields", "Due"),
    "response": QT_TRANSLATE_NOOP("ConflictFields", "Response"),
    "feedback_on": QT_TRANSLATE_NOOP("ConflictFields", "Worker told on"),
    "closed_on": QT_TRANSLATE_NOOP("ConflictFields", "Closed on"),
    "satisfaction": QT_TRANSLATE_NOOP("ConflictFields", "Satisfaction"),
    "concern_id": QT_TRANSLATE_NOOP("ConflictFields", "Concern"),
    "at": QT_TRANSLATE_NOOP("ConflictFields", "Time"),
    "device": QT_TRANSLATE_NOOP("ConflictFields", "Computer"),
    "actor": QT_TRANSLATE_NOOP("ConflictFields", "By"),
    "action": QT_TRANSLATE_NOOP("ConflictFields", "Step"),
    "from_status": QT_TRANSLATE_NOOP("ConflictFields", "From status"),
    "to_status": QT_TRANSLATE_NOOP("ConflictFields", "To status"),
    "text": QT_TRANSLATE_NOOP("ConflictFields", "Text"),
    # sheets and tables added later: the work area's dates and place, plans, organisation life
    "shift_work": QT_TRANSLATE_NOOP("ConflictFields", "Works shifts"),
    "deactivated_on": QT_TRANSLATE_NOOP("ConflictFields", "Out of use since"),
    "in_use_since": QT_TRANSLATE_NOOP("ConflictFields", "In use since"),
    "position": QT_TRANSLATE_NOOP("ConflictFields", "Position on the line"),
    "month_precision": QT_TRANSLATE_NOOP("ConflictFields", "Dates known to the month only"),
    "month": QT_TRANSLATE_NOOP("ConflictFields", "Month"),
    "cadre_id": QT_TRANSLATE_NOOP("ConflictFields", "Cadre"),
    "week": QT_TRANSLATE_NOOP("ConflictFields", "Week"),
    "planned_on": QT_TRANSLATE_NOOP("ConflictFields", "Planned for"),
    "purpose": QT_TRANSLATE_NOOP("ConflictFields", "Purpose"),
    "note": QT_TRANSLATE_NOOP("ConflictFields", "Note"),
    "dropped": QT_TRANSLATE_NOOP("ConflictFields", "Dropped"),
    "dropped_reason": QT_TRANSLATE_NOOP("ConflictFields", "Reason for dropping"),
    "held_on": QT_TRANSLATE_NOOP("ConflictFields", "Held on"),
    "start_time": QT_TRANSLATE_NOOP("ConflictFields", "Start time"),
    "place": QT_TRANSLATE_NOOP("ConflictFields", "Place"),
    "topics": QT_TRANSLATE_NOOP("ConflictFields", "Topics"),
    "chair_id": QT_TRANSLATE_NOOP("ConflictFields", "Chair"),
    "recorder_id": QT_TRANSLATE_NOOP("ConflictFields", "Recorder"),
    "lecturer": QT_TRANSLATE_NOOP("ConflictFields", "Lecturer"),
    "lecture_title": QT_TRANSLATE_NOOP("ConflictFields", "Lecture title"),
    "guests": QT_TRANSLATE_NOOP("ConflictFields", "Guests"),
    "minutes": QT_TRANSLATE_NOOP("ConflictFields", "Minutes"),
    "decisions": QT_TRANSLATE_NOOP("ConflictFields", "Decisions"),
    "votes_for": QT_TRANSLATE_NOOP("ConflictFields", "Votes for"),
    "votes_against": QT_TRANSLATE_NOOP("ConflictFields", "Votes against"),
    "votes_abstain": QT_TRANSLATE_NOOP("ConflictFields", "Abstentions"),
    "source": QT_TRANSLATE_NOOP("ConflictFields", "Entered from"),
    "meeting_id": QT_TRANSLATE_NOOP("ConflictFields", "Meeting"),
    "present": QT_TRANSLATE_NOOP("ConflictFields", "Present"),
    "absence_reason": QT_TRANSLATE_NOOP("ConflictFields", "Reason for absence"),
    "made_up_on": QT_TRANSLATE_NOOP("ConflictFields", "Made up on"),
    "how": QT_TRANSLATE_NOOP("ConflictFields", "How"),
    "by_id": QT_TRANSLATE_NOOP("ConflictFields", "Made up with"),
    "per": QT_TRANSLATE_NOOP("ConflictFields", "Quota period"),
    "count": QT_TRANSLATE_NOOP("ConflictFields", "Meetings per period"),
    "plan_entry_id": QT_TRANSLATE_NOOP("ConflictFields", "Planned visit"),
    "attendee_id": QT_TRANSLATE_NOOP("ConflictFields", "Absence"),
    "deleted": QT_TRANSLATE_NOOP("ConflictFields", "In the trash"),
}
# A member's name is a person's name (姓名), an area's or a branch's is not (名称).
TABLE_FIELD_LABELS = {("member", "name"): QT_TRANSLATE_NOOP("ConflictFields", "Full name")}

YES = QT_TRANSLATE_NOOP("ConflictFields", "Yes")
NO = QT_TRANSLATE_NOOP("ConflictFields", "No")
ROLES = {
    "participant": QT_TRANSLATE_NOOP("ConflictFields", "Participant"),
    "talked": QT_TRANSLATE_NOOP("ConflictFields", "Talked to"),
}
CHOICES = {
    ("member", "gender"): GENDERS, ("member", "category"): MEMBER_CATEGORIES,
    ("member", "status"): MEMBER_STATUSES, ("work_area", "access_tier"): ACCESS_TIERS,
    ("visit", "kind"): VISIT_KINDS, ("concern", "category"): CONCERN_CATEGORIES,
    ("concern", "status"): CONCERN_STATUSES, ("concern", "satisfaction"): SATISFACTION,
    ("concern_event", "from_status"): CONCERN_STATUSES,
    ("concern_event", "to_status"): CONCERN_STATUSES,
    ("plan_entry", "purpose"): PURPOSES, ("meeting", "kind"): MEETING_KINDS,
    ("meeting_attendee", "absence_reason"): ABSENCE_REASONS,
    ("meeting_quota", "kind"): MEETING_KINDS, ("meeting_quota", "per"): QUOTA_PERIODS,
}


def _app_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(table: str, column: str, translate: Translate | None = None) -> str:
    """The column's label; `translate` (context, text) for a caller without an application (the
    command line), the application's translators by default."""
    text = TABLE_FIELD_LABELS.get((table, column)) or FIELD_LABELS.get(column)
    return (translate or _app_translate)(C, text) if text else column


def value_text(conflict: ConflictView, column: str, value: object,
               translate: Translate | None = None) -> str:
    """A stored value as people read it (the stored form when nothing better is known)."""
    translate = translate or _app_translate
    if value is None or value == "":
        return ""
    if column in conflict.flags:
        return translate(C, YES if value not in (0, "0") else NO)
    if column in conflict.references:
        return conflict.names.get(value, str(value))
    choices = CHOICES.get((conflict.table, column))
    if choices is not None:
        return choice_label(choices, value, translate)
    if conflict.table == "visit_person" and column == "role" and value in ROLES:
        return translate(C, ROLES[value])
    return str(value)
