"""Field visits (走访 / 下现场): who went where, when, for what, and whom they talked to."""
from __future__ import annotations

import uuid

from db import records
from db.choices import PRIVATE_BY_DEFAULT_KINDS, VISIT_KINDS
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Member, Visit, VisitPerson, WorkArea, derived_id
from db.validate import DELETED_REF, MISSING_REF, Checker

NO_PARTICIPANT = QT_TRANSLATE_NOOP("db", "A visit needs at least one participating cadre.")
NOT_A_CADRE = QT_TRANSLATE_NOOP("db", "{name} is not a cadre.")

PEOPLE = ("participants", "talked_to")
_LINK_NAMESPACE = uuid.UUID("6f1c3a52-6a43-4d0e-9a7e-2f8f9b3c1d10")


def link_id(visit_id: str, member_id: str, role: str) -> str:
    """The same person on the same visit in the same role is one row on every device."""
    return derived_id(_LINK_NAMESPACE, f"{visit_id}/{member_id}/{role}")


def _validate(data: dict, current) -> Checker:
    c = Checker({k: v for k, v in data.items() if k not in PEOPLE})
    c.date("visited_on", required=True, not_future=True)
    c.ref("work_area", WorkArea)
    kind = c.choice("kind", VISIT_KINDS, default="work_along")
    c.number("hours", minimum=0, maximum=24)
    c.clean["hours"] = c.clean["hours"] or 0.0
    c.integer("workers_met", minimum=0, maximum=10000)
    c.clean["workers_met"] = c.clean["workers_met"] or 0
    c.text("summary", max_len=5000)
    c.flag("private", default=kind in PRIVATE_BY_DEFAULT_KINDS)
    return c


def _validate_people(c: Checker, participants, talked_to, known: dict | None = None
                     ) -> tuple[list[str], list[str]]:
    def ids(values):
        out = []
        for value in values or []:
            value = value.id if isinstance(value, Member) else str(value)
            if value not in out:
                out.append(value)
        return out

    participants, talked_to = ids(participants), ids(talked_to)
    if not participants:
        c.fail("participants", NO_PARTICIPANT)
    if known is None:
        rows = {m.id: m for m in Member.select().where(Member.id.in_(participants + talked_to))}
    else:
        rows = known
    for field, wanted, cadres in (("participants", participants, True),
                                  ("talked_to", talked_to, False)):
        for member_id in wanted:
            member = rows.get(member_id)
            if member is None:
                c.fail(field, MISSING_REF)
            elif member.deleted:
                c.fail(field, DELETED_REF)
            elif cadres and not member.is_cadre:
                c.fail(field, NOT_A_CADRE, name=member.name)
    return participants, talked_to


def validate_fields(data: dict, current: Visit | None = None) -> dict:
    """The visit's columns alone (an import previews visits whose people it has not written)."""
    return _validate(data, current).done()


def people_index() -> dict[str, Member]:
    """Every member (trash included) by id, for validating many new visits with one query."""
    return {m.id: m for m in Member.select(Member.id, Member.name, Member.deleted,
                                            Member.is_cadre)}


def validate_new_visits(items: list[dict], people: dict[str, Member]
                        ) -> list[tuple[dict, list[str], list[str]]]:
    """Like KIND's validation for new visits, people checked against `people_index()`: one
    (clean columns, participants, talked_to) per item, or ValidationError for a bad one."""
    out = []
    for data in items:
        c = _validate(data, None)
        participants, talked_to = _validate_people(c, data.get("participants"),
                                                   data.get("talked_to"), people)
        out.append((c.done(), participants, talked_to))
    return out


def insert_visits(prepared: list[tuple[dict, list[str], list[str]]]) -> None:
    """Write validated new visits (with their ids) and their people in a few statements."""
    records.insert_many(Visit, [clean for clean, _p, _t in prepared])
    links = [{"id": link_id(clean["id"], member, role), "visit": clean["id"], "member": member,
              "role": role}
             for clean, participants, talked_to in prepared
             for role, people in (("participant", participants), ("talked", talked_to))
             for member in people]
    records.insert_many(VisitPerson, links)


def _check(data: dict, current) -> dict:
    """The visit's columns and its people: `participants` (cadre ids or members, ≥1) and
    `talked_to`. For an existing visit, people left out are its stored ones, checked again (a
    cadre moved to the trash since must be replaced before the visit can be saved)."""
    c = _validate(data, current)
    participants, talked_to = data.get("participants"), data.get("talked_to")
    if current is not None:
        participants = participant_ids(current.id) if participants is None else participants
        talked_to = talked_to_ids(current.id) if talked_to is None else talked_to
    c.clean["participants"], c.clean["talked_to"] = _validate_people(c, participants, talked_to)
    return c.done()


def _set_people(visit: Visit, role: str, member_ids: list[str]) -> None:
    existing = {link.member_id: link for link in
                VisitPerson.select().where(VisitPerson.visit == visit.id, VisitPerson.role == role)}
    for member_id in member_ids:
        link = existing.get(member_id)
        if link is None:
            records.insert(VisitPerson, {"id": link_id(visit.id, member_id, role),
                                         "visit": visit.id, "member": member_id, "role": role})
        elif link.deleted:
            records.update(link, {"deleted": False}, action="restore")
    for member_id, link in existing.items():
        if member_id not in member_ids and not link.deleted:
            records.update(link, {"deleted": True}, action="delete")


def _write_people(visit: Visit, people: dict, _before: dict | None) -> None:
    _set_people(visit, "participant", people["participants"])
    _set_people(visit, "talked", people["talked_to"])


# records.create/edit(KIND, data): `data` holds the visit's fields plus `participants` (cadre
# ids or members, ≥1) and `talked_to`.
KIND = records.Kind(Visit, _check, extra=PEOPLE, after_write=_write_people,
                    columns=validate_fields)  # a row from another machine: its columns


def _people_ids(visit_id: str, role: str) -> list[str]:
    query = (VisitPerson.select(VisitPerson.member)
             .where(VisitPerson.visit == visit_id, VisitPerson.role == role, ~VisitPerson.deleted))
    return [link.member_id for link in query]


def participant_ids(visit_id: str) -> list[str]:
    return _people_ids(visit_id, "participant")


def talked_to_ids(visit_id: str) -> list[str]:
    return _people_ids(visit_id, "talked")
