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
