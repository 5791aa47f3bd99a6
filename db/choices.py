"""The fixed choices of the domain: stored codes and their English labels (translated in the UI).

Codes are stable English words kept in the database and in JSON output; labels are for people.
"""
from __future__ import annotations

from db.i18n import QT_TRANSLATE_NOOP

C = "choices"

GENDERS = {
    "M": QT_TRANSLATE_NOOP("choices", "Male"),
    "F": QT_TRANSLATE_NOOP("choices", "Female"),
}

MEMBER_CATEGORIES = {
    "full": QT_TRANSLATE_NOOP("choices", "Full member"),
    "probationary": QT_TRANSLATE_NOOP("choices", "Probationary member"),
}

MEMBER_STATUSES = {
    "active": QT_TRANSLATE_NOOP("choices", "On roll"),
    "transferred": QT_TRANSLATE_NOOP("choices", "Transferred out"),
    "retired": QT_TRANSLATE_NOOP("choices", "Retired"),
    "deceased": QT_TRANSLATE_NOOP("choices", "Deceased"),
    "lost": QT_TRANSLATE_NOOP("choices", "Lost contact"),
}

ACCESS_TIERS = {
    1: QT_TRANSLATE_NOOP("choices", "Convenient"),
    2: QT_TRANSLATE_NOOP("choices", "Ordinary"),
    3: QT_TRANSLATE_NOOP("choices", "Remote"),
}

VISIT_KINDS = {
    "work_along": QT_TRANSLATE_NOOP("choices", "Shift work-along"),
    "talk": QT_TRANSLATE_NOOP("choices", "Heart-to-heart talk"),
    "safety_check": QT_TRANSLATE_NOOP("choices", "Safety inspection"),
    "survey": QT_TRANSLATE_NOOP("choices", "Survey meeting"),
    "lecture": QT_TRANSLATE_NOOP("choices", "Party lecture"),
    "condolence": QT_TRANSLATE_NOOP("choices", "Care visit"),
    "other": QT_TRANSLATE_NOOP("choices", "Other"),
}
PRIVATE_BY_DEFAULT_KINDS = frozenset({"talk"})

CONCERN_CATEGORIES = {
    "work_conditions": QT_TRANSLATE_NOOP("choices", "Working conditions"),
    "living": QT_TRANSLATE_NOOP("choices", "Living support"),
    "safety": QT_TRANSLATE_NOOP("choices", "Safety"),
    "pay": QT_TRANSLATE_NOOP("choices", "Pay and benefits"),
    "morale": QT_TRANSLATE_NOOP("choices", "Morale"),
    "family": QT_TRANSLATE_NOOP("choices", "Family hardship"),
    "other": QT_TRANSLATE_NOOP("choices", "Other"),
}

CONCERN_STATUSES = {
    "open": QT_TRANSLATE_NOOP("choices", "To do"),
    "in_progress": QT_TRANSLATE_NOOP("choices", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("choices", "Resolved"),
    "explained": QT_TRANSLATE_NOOP("choices", "Explained"),
}
CLOSED_STATUSES = frozenset({"resolved", "explained"})

SATISFACTION = {
    "satisfied": QT_TRANSLATE_NOOP("choices", "Satisfied"),
    "basic": QT_TRANSLATE_NOOP("choices", "Basically satisfied"),
    "unsatisfied": QT_TRANSLATE_NOOP("choices", "Unsatisfied"),
}

VISIT_ROLES = ("participant", "talked")

# 三会一课 and organisation life: the kinds of meeting, their default quotas (中国共产党支部工作
# 条例（试行） 2018; 党课 once a quarter is a local rule) and who holds them.
MEETING_KINDS = {
    "branch_assembly": QT_TRANSLATE_NOOP("choices", "Branch general meeting"),
    "branch_committee": QT_TRANSLATE_NOOP("choices", "Branch committee meeting"),
    "group_meeting": QT_TRANSLATE_NOOP("choices", "Party group meeting"),
    "party_lecture": QT_TRANSLATE_NOOP("choices", "Party class"),
    "theme_day": QT_TRANSLATE_NOOP("choices", "Theme party day"),
    "review_meeting": QT_TRANSLATE_NOOP("choices", "Organisation life meeting"),
    "member_appraisal": QT_TRANSLATE_NOOP("choices", "Democratic appraisal of members"),
    "general_committee": QT_TRANSLATE_NOOP("choices", "General branch committee meeting"),
}
DEFAULT_QUOTAS = {   # kind: (per, count)
    "branch_assembly": ("quarter", 1), "branch_committee": ("month", 1),
    "group_meeting": ("month", 1), "party_lecture": ("quarter", 1), "theme_day": ("month", 1),
    "review_meeting": ("year", 1), "member_appraisal": ("year", 1),
    "general_committee": ("month", 1),
}
QUOTA_PERIODS = {
    "month": QT_TRANSLATE_NOOP("choices", "a month"),
    "quarter": QT_TRANSLATE_NOOP("choices", "a quarter"),
    "year": QT_TRANSLATE_NOOP("choices", "a year"),
}
GENERAL_BRANCH_KINDS = frozenset({"general_committee", "party_lecture", "theme_day"})
BRANCH_KINDS = frozenset(MEETING_KINDS) - {"general_committee"}
COMMITTEE_KINDS = frozenset({"branch_committee", "general_committee"})

ABSENCE_REASONS = {
    "official": QT_TRANSLATE_NOOP("choices", "On duty elsewhere"),
    "sick": QT_TRANSLATE_NOOP("choices", "Sick leave"),
    "personal": QT_TRANSLATE_NOOP("choices", "Personal leave"),
    "shift": QT_TRANSLATE_NOOP("choices", "On shift"),
    "other": QT_TRANSLATE_NOOP("choices", "Other"),
    "unexcused": QT_TRANSLATE_NOOP("choices", "Unexcused"),
}
