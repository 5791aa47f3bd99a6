"""Party branches (党支部) under the general branch."""
from __future__ import annotations

from db import records
from db.errors import Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Branch, Member
from db.validate import DELETED_REF, Checker, deleted_flags

DUPLICATE_NAME = QT_TRANSLATE_NOOP("db", "A branch named “{name}” already exists.")
HAS_MEMBERS = QT_TRANSLATE_NOOP(
    "db", "The branch still has {count} members; move them to another branch first.")


def _validate(data: dict, current) -> dict:
    c = Checker(data)
    name = c.text("name", required=True, max_len=100)
    c.ref("secretary_id", Member, required=False)
    c.text("notes", max_len=2000)
    c.flag("shift_work", default=True)
    if name:  # a live branch of that name, other than this one
        same = deleted_flags(Branch, "name", name,
                             other_than=current.id if current is not None else None)
        if not all(same):
            c.fail("name", DUPLICATE_NAME, name=name)
    return c.done()


def _before_delete(row: Branch) -> None:
    count = Member.select().where(~Member.deleted, Member.branch == row.id).count()
    if count:
        raise ValidationError([Problem("", HAS_MEMBERS, {"count": count})])


KIND = records.Kind(Branch, _validate, _before_delete,
                    concurrent=frozenset({DELETED_REF, DUPLICATE_NAME}))


def list_branches(*, deleted: bool = False) -> list[Branch]:
    return list(Branch.select().where(Branch.deleted == deleted).order_by(Branch.name))
