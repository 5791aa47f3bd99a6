"""The general branch's own settings and policy thresholds (one row)."""
from __future__ import annotations

from db import records
from db.i18n import QT_TRANSLATE_NOOP
from db.models import DatabaseFact, Organisation
from db.validate import Checker


def _validate(data: dict, current) -> dict:
    c = Checker(data)
    c.text("name", max_len=100)
    c.text("depot", max_len=100)
    c.text("secretary", max_len=50)
    c.text("signature_lines", max_len=500)
    c.integer("visits_per_month", required=True, minimum=0, maximum=31)
    c.integer("overdue_days", required=True, minimum=1, maximum=3650)
    c.integer("concern_due_days", required=True, minimum=1, maximum=365)
    for tier in (1, 2, 3):
        c.number(f"tier{tier}_weight", required=True, minimum=0, maximum=100)
    return c.done()


KIND = records.Kind(Organisation, _validate)
DEFAULT_NAME = QT_TRANSLATE_NOOP("db", "Workshop Party General Branch")


def get_organisation() -> Organisation:
    """The organisation row; made with default policy on a new database."""
    row = (Organisation.select().where(~Organisation.deleted)
           .order_by(Organisation.created_at).first())
    if row is None:
        row = records.insert(Organisation, {})
        DatabaseFact.write("organisation_id", row.id)
    return row


def update_organisation(changes: dict) -> Organisation:
    return records.edit(KIND, get_organisation().id, changes)
