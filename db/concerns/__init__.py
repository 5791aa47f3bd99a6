"""Workers' concerns (诉求): the records, their way to a closure, and their figures."""
from db.concerns.entity import (
    DUE_BEFORE_RAISED,
    KIND,
    NO_RAISER,
    OWNER_NOT_CADRE,
    add_event,
    created_event,
    history,
    raised_on,
    validate_fields,
)
from db.concerns.figures import (
    OPEN_STATUSES,
    ConcernFigures,
    ConcernRow,
    concern_figures,
    concern_ids,
    concern_rows,
    due_this_week,
    list_concerns,
)
from db.concerns.flow import explain, resolve
from db.concerns.summary import ConcernGroup, ConcernSummary, concern_summary

__all__ = [
    "ConcernGroup", "ConcernSummary", "concern_summary",
    "ConcernFigures", "ConcernRow", "DUE_BEFORE_RAISED", "KIND", "NO_RAISER", "OPEN_STATUSES",
    "OWNER_NOT_CADRE", "add_event", "concern_figures", "concern_ids", "concern_rows",
    "created_event",
    "due_this_week", "explain", "history", "list_concerns", "raised_on", "resolve",
    "validate_fields",
]
