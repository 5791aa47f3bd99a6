"""Every entity module, imported so that each registers its `records.Kind`.

The exchange validates an incoming row with `records.kind_of(model)`; a synced table whose Kind
is defined in a module missing here would go unchecked, so tests/db/sync/test_incoming.py fails
for every table in SYNC_MODELS that has neither a registered Kind nor a place in KINDLESS.
A new entity adds its module here.
"""
from __future__ import annotations

from db import (  # noqa: F401  (imported for their Kinds)
    assignments,
    branches,
    concerns,
    members,
    organisation,
    plans,
    visits,
    workareas,
)
from db.models import ConcernEvent, VisitPerson

# Link and history rows: no validator of their own; their references are checked.
KINDLESS = (VisitPerson, ConcernEvent)
