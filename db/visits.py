"""Field visits (走访 / 下现场): who went where, when, for what, and whom they talked to."""
from __future__ import annotations

import uuid

from db import records
from db.choices import PRIVATE_BY_DEFAULT_KINDS, VISIT_KINDS
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Member, Visit, VisitPerson, WorkArea, database
from db.validate import DELETED_REF, MISSING_REF, Checker

NO_PARTICIPANT = QT_TRANSLATE_NOOP("db", "A visit needs at least one participating cadre.")
NOT_A_CADRE = QT_TRANSLATE_NOOP("db", "{name} is not a cadre.")

_LINK_NAMESPACE = uuid.UUID("6f1c3a52-6a43-4d0e-9a7e-2f8f9b3c1d10")


def link_id(visit_id: str, member_id: str, role: str) -> str:
    """The same person on the same visit in the same role is one row on every device."""
    return str(uuid.uuid5(_LINK_NAMESPACE, f"{visit_id}/{member_id}/{role}"))


def _validate(data: dict, current) -> Checker:
    c = Checker(data)
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


def _check(data: dict, current) -> dict:
    return _validate(data, current).done()


KIND = records.Kind(Visit, _check)


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


def _split(data: dict) -> tuple[dict, object, object]:
    data = dict(data)
    return data, data.pop("participants", None), data.pop("talked_to", None)


def validate_visit(data: dict, current: Visit | None = None) -> tuple[dict, list[str], list[str]]:
    """Check a whole visit, its people included: (clean fields, participant ids, talked-to ids).

    `data` holds the visit's fields plus `participants` and `talked_to`; for an existing visit
    (`current`) missing fields and people keep their stored values. Raises ValidationError with
    every problem; writes nothing.
    """
    fields, participants, talked_to = _split(data)
    if current is not None:
        fields = {**records.content_of(current), **fields}
        if participants is None:
            participants = participant_ids(current.id)
        if talked_to is None:
            talked_to = talked_to_ids(current.id)
    c = _validate(fields, current)
    participants, talked_to = _validate_people(c, participants, talked_to)
    return c.done(), participants, talked_to


def people_index() -> dict[str, Member]:
    """Every member (trash included) by id, for validating many new visits with one query."""
    return {m.id: m for m in Member.select(Member.id, Member.name, Member.deleted,
                                            Member.is_cadre)}


def validate_new_visits(items: list[dict], people: dict[str, Member]
                        ) -> list[tuple[dict, list[str], list[str]]]:
    """Like validate_visit for new visits, people checked against `people_index()`: one
    (clean, participants, talked_to) per item, or ValidationError for the first bad one."""
    out = []
    for data in items:
        fields, participants, talked_to = _split(data)
        c = _validate(fields, None)
        participants, talked_to = _validate_people(c, participants, talked_to, people)
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


def check_visit(data: dict, visit_id: str | None = None) -> dict:
    """Validate a new visit (or changes to `visit_id`) without writing: what dialogs call as
    the user types. Raises the same ValidationError that saving would."""
    current = records.get_row(Visit, visit_id) if visit_id is not None else None
    return validate_visit(data, current)[0]


def create_visit(data: dict, *, visit_id: str | None = None) -> Visit:
    """`data` holds the visit's fields plus `participants` (cadre ids, ≥1) and `talked_to`.
    `visit_id`: the identity the visit already has elsewhere (a re-imported workbook)."""
    with database.atomic():
        clean, participants, talked_to = validate_visit(data)
        visit = records.insert(Visit, {**clean, "id": visit_id} if visit_id else clean)
        _set_people(visit, "participant", participants)
        _set_people(visit, "talked", talked_to)
        return visit


def update_visit(visit_id: str, changes: dict) -> Visit:
    with database.atomic():
        visit = records.get_row(Visit, visit_id)
        clean, participants, talked_to = validate_visit(changes, visit)
        records.update(visit, clean)
        _set_people(visit, "participant", participants)
        _set_people(visit, "talked", talked_to)
        return visit


def delete_visit(visit_id: str) -> Visit:
    return records.delete(KIND, visit_id)


def restore_visit(visit_id: str) -> Visit:
    return records.restore(KIND, visit_id)


def get_visit(visit_id: str) -> Visit:
    return records.get_row(Visit, visit_id)


def _people_ids(visit_id: str, role: str) -> list[str]:
    query = (VisitPerson.select(VisitPerson.member)
             .where(VisitPerson.visit == visit_id, VisitPerson.role == role, ~VisitPerson.deleted))
    return [link.member_id for link in query]


def participant_ids(visit_id: str) -> list[str]:
    return _people_ids(visit_id, "participant")


def talked_to_ids(visit_id: str) -> list[str]:
    return _people_ids(visit_id, "talked")


def people_of(visit_id: str, role: str = "participant") -> list[Member]:
    return list(Member.select().join(VisitPerson)
                .where(VisitPerson.visit == visit_id, VisitPerson.role == role,
                       ~VisitPerson.deleted)
                .order_by(Member.name_pinyin))


