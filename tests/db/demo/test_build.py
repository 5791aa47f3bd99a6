"""The demo data: deterministic, believable, biased on purpose, and valid for the record layer."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import statistics
from collections import Counter, defaultdict

import pytest

from db import (
    assignments,
    branches,
    clock,
    concerns,
    demo,
    meetings,
    members,
    organisation,
    pinyin,
    records,
    revisions,
    visits,
    workareas,
)
from db.choices import CLOSED_STATUSES, CONCERN_STATUSES, SATISFACTION, VISIT_KINDS
from db.dates import add_months
from db.errors import BranchDeskError
from db.models import (
    ALL_MODELS,
    SYNC_MODELS,
    Assignment,
    AuditEntry,
    Branch,
    CommitteeMember,
    Concern,
    ConcernEvent,
    DatabaseFact,
    MakeUp,
    Meeting,
    MeetingAttendee,
    Member,
    Organisation,
    Responsibility,
    Visit,
    VisitPerson,
    WorkArea,
)
from db.store import Store

TODAY = dt.date(2025, 9, 17)   # a fixed day in the past, so that validation's "not future" holds
DEVICE = "0d5e1a8e-7c52-4d6f-9a43-demo00000001"
KINDS = {
    Organisation: organisation.KIND, Branch: branches.KIND, WorkArea: workareas.KIND,
    Member: members.KIND, Assignment: assignments.ASSIGNMENT,
    Responsibility: assignments.RESPONSIBILITY, Visit: visits.KIND, Concern: concerns.KIND,
    Meeting: meetings.KIND, MeetingAttendee: meetings.ATTENDEE_KIND,
    MakeUp: meetings.MAKE_UP_KIND, CommitteeMember: meetings.COMMITTEE_KIND,
}


def open_store(folder) -> Store:
    """A store whose device id is fixed, so two folders can hold identical rows."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "device.json").write_text(json.dumps({"id": DEVICE, "name": "test"}), "utf-8")
    return Store.open(folder)


def build_in(folder, **kwargs) -> tuple[dict, str]:
    with open_store(folder):
        counts = demo.build(today=TODAY, **kwargs)
        return counts, digest()


def digest() -> str:
    """A hash of every row of every table, but for what opening a new database made at random."""
    sha = hashlib.sha256()
    for model in ALL_MODELS:
        if model is AuditEntry:
            continue
        skip = {"id", "created_at", "modified_at"} if model is Organisation else set()
        names = [f.name for f in model._meta.sorted_fields if f.name not in skip]
        query = model.select().order_by(model._meta.primary_key)
        if model is DatabaseFact:
            query = query.where(DatabaseFact.key != "organisation_id")
        for row in query:
            sha.update(repr([row.__data__.get(n) for n in names]).encode())
    return sha.hexdigest()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    calls = []
    with open_store(folder):
        counts = demo.build("small", seed=1, today=TODAY, progress=lambda *call: calls.append(call))
    return folder, counts, calls


@pytest.fixture
def db(built):
    with open_store(built[0]) as store:
        yield store


def test_same_seed_gives_identical_rows(tmp_path):
    first = build_in(tmp_path / "a", size="small", seed=7)
    second = build_in(tmp_path / "b", size="small", seed=7)
    assert first == second
    other = build_in(tmp_path / "c", size="small", seed=8)
    assert other[1] != first[1]


def test_counts_are_those_of_one_workshop(db, built):
    counts = built[1]
    assert counts == db.counts()
    assert counts["organisation"] == 1
    assert counts["branch"] == 3
    assert counts["work_area"] == 12
    assert counts["member"] == 80
    assert Member.select().where(Member.is_cadre).count() == 8
    assert 24 * 8 <= counts["visit"] <= 24 * 15
    assert 130 <= counts["concern"] <= 170
    assert counts["assignment"] >= counts["member"]
    assert counts["concern_event"] >= 2 * counts["concern"]


def test_visits_per_month_and_never_after_today(db):
    days = [v.visited_on for v in Visit.select(Visit.visited_on)]
    assert max(days) <= TODAY
    first = min(days)
    assert first >= add_months(TODAY, -23)
    per_month = Counter((d.year, d.month) for d in days)
    full_months = [n for (y, m), n in per_month.items() if (y, m) != (TODAY.year, TODAY.month)]
    assert len(full_months) == 23
    assert all(8 <= n <= 15 for n in full_months)
    assert max(ev.at for ev in ConcernEvent.select(ConcernEvent.at)).date() <= TODAY
    assert max(c.raised_on for c in Concern.select(Concern.raised_on)) <= TODAY


def test_every_visit_has_a_cadre_and_talks_name_whom(db):
    cadres = {m.id for m in Member.select().where(Member.is_cadre)}
    people = defaultdict(lambda: defaultdict(set))
    for link in VisitPerson.select():
        people[link.visit_id][link.role].add(link.member_id)
        assert link.id == visits.link_id(link.visit_id, link.member_id, link.role)
    for visit in Visit.select():
        assert people[visit.id]["participant"] & cadres, visit.summary
        assert people[visit.id]["participant"] <= cadres
        assert 1 <= len(people[visit.id]["participant"]) <= 3
        assert visit.kind in VISIT_KINDS
        assert visit.private == (visit.kind == "talk")
        assert bool(people[visit.id]["talked"]) == (visit.kind == "talk")
        assert 0 < visit.hours <= 8 and 0 < visit.workers_met <= visit.work_area.headcount
        assert re.search(r"[\u4e00-\u9fff]{6,}", visit.summary) and "{" not in visit.summary
        for member_id in people[visit.id]["talked"]:   # a talk names whom (it is private)
            assert Member.get_by_id(member_id).name in visit.summary
    kinds = Counter(v.kind for v in Visit.select(Visit.kind))
    assert set(kinds) == set(VISIT_KINDS)


def test_concerns_in_every_state_some_overdue(db):
    rows = list(Concern.select())
    statuses = Counter(c.status for c in rows)
    assert set(statuses) == set(CONCERN_STATUSES)
    overdue = [c for c in rows if c.status not in CLOSED_STATUSES and c.due_on < TODAY]
    assert len(overdue) >= 3
    assert sum(1 for c in rows if c.visit_id) >= len(rows) // 4
    assert sum(1 for c in rows if c.raised_by_id) and sum(1 for c in rows if c.raised_by_name)
    for c in rows:
        assert c.owner.is_cadre
        assert c.raised_on <= c.due_on
        assert bool(c.raised_by_id) != bool(c.raised_by_name)
        assert "{" not in c.description + c.response
        if c.visit_id:
            assert c.visit.visited_on == c.raised_on and c.visit.work_area_id == c.work_area_id
        if c.status in CLOSED_STATUSES:
            assert c.response and c.raised_on <= c.closed_on <= TODAY
        else:
            assert c.closed_on is None and c.feedback_on is None
        if c.status == "explained":
            assert c.feedback_on is not None   # explained means the worker was told, on a date
        if c.feedback_on:
            assert c.closed_on <= c.feedback_on <= TODAY and c.satisfaction in SATISFACTION
        else:
            assert c.satisfaction is None
    satisfied = Counter(c.satisfaction for c in rows if c.satisfaction)
    assert set(satisfied) == set(SATISFACTION)


def test_concern_history_matches_status(db):
    events = defaultdict(list)
    for event in ConcernEvent.select().order_by(ConcernEvent.at):
        events[event.concern_id].append(event)
    reopened = 0
    for concern in Concern.select():
        history = events[concern.id]
        assert history[0].action == "created" and history[0].to_status == "open"
        assert history[0].at == concern.created_at and history[-1].at == concern.modified_at
        status = "open"
        for event in history[1:]:
            assert event.at > history[0].at
            if event.to_status:
                assert event.from_status == status
                status = event.to_status
            reopened += event.action == "reopened"
        assert status == concern.status
    assert reopened >= 1


def test_remote_areas_are_visited_less(db):
    visits_of = Counter(v.work_area_id for v in Visit.select(Visit.work_area))
    by_tier = defaultdict(list)
    for area in WorkArea.select():
        by_tier[area.access_tier].append(visits_of[area.id])
    assert set(by_tier) == {1, 2, 3}
    assert statistics.mean(by_tier[1]) > 2.5 * statistics.mean(by_tier[3])
    assert statistics.mean(by_tier[1]) > statistics.mean(by_tier[2]) > statistics.mean(by_tier[3])


def test_cadres_favour_their_own_areas(db):
    own = defaultdict(set)
    for row in Responsibility.select():
        own[row.member_id].add(row.work_area_id)
    assert all(2 <= len(areas) <= 3 for areas in own.values())
    assert len(own) == 8
    assert {a.id for a in WorkArea.select()} == set().union(*own.values())
    areas = WorkArea.select().count()
    at_own = elsewhere = 0
    for link in VisitPerson.select(VisitPerson, Visit).join(Visit).where(
            VisitPerson.role == "participant"):
        if link.visit.work_area_id in own[link.member_id]:
            at_own += 1 / len(own[link.member_id])
        else:
            elsewhere += 1 / (areas - len(own[link.member_id]))
    assert at_own > 2 * elsewhere   # visits per own area vs per other area


def test_tail_of_unvisited_areas(db):
    last = {}
    for visit in Visit.select():
        last[visit.work_area_id] = max(last.get(visit.work_area_id, visit.visited_on),
                                       visit.visited_on)
    never = [a for a in WorkArea.select() if a.id not in last]
    assert len(never) == 1 and never[0].access_tier == 3
    remote_long_ago = [a for a, day in last.items()
                       if (TODAY - day).days > 120 and WorkArea.get_by_id(a).access_tier == 3]
    assert len(remote_long_ago) >= 2


def test_work_areas_look_real(db):
    rows = list(WorkArea.select())
    assert len({a.name for a in rows}) == len(rows)
    for area in rows:
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,3}(站线路|桥隧|道口)工区", area.name)
        assert re.fullmatch(r"[\u4e00-\u9fff]+线K\d+\+\d{3}–K\d+\+\d{3}", area.line_section)
        assert 8 <= area.headcount <= 40 and area.active
    minutes = {t: [a.travel_minutes for a in rows if a.access_tier == t] for t in (1, 2, 3)}
    assert max(minutes[1]) < min(minutes[3])
    assert statistics.mean(minutes[1]) < statistics.mean(minutes[2]) < statistics.mean(minutes[3])
    kinds = Counter(re.sub(r".*(线路|桥隧|道口)工区", r"\1", a.name) for a in rows)
    assert set(kinds) == {"线路", "桥隧", "道口"}
    org = organisation.get_organisation()
    assert re.fullmatch(r"\w+工务段\w+线路车间党总支", org.name) and org.depot in org.name
    chief = Member.get(Member.party_post == "党总支书记")
    assert org.secretary == chief.name
    assert [b.name for b in Branch.select().order_by(Branch.seq)] == [
        "第一党支部", "第二党支部", "第三党支部"]
    for branch in Branch.select():
        assert Member.get_by_id(branch.secretary_id).party_post == "支部书记"


def test_members_look_real(db):
    rows = list(Member.select())
    assert len({m.name for m in rows}) == len(rows)
    assert len({m.phone for m in rows}) == len(rows)
    for m in rows:
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,3}", m.name)
        assert (m.name_pinyin, m.name_initials) == pinyin.keys(m.name)
        assert re.fullmatch(r"1[3-9]\d{9}", m.phone)
        assert m.birth_date < m.joined_on <= TODAY
        assert (m.category == "probationary") == (m.full_member_on is None)
        if m.full_member_on:
            assert m.joined_on < m.full_member_on <= TODAY
        assert (m.status == "active") == (m.status_on is None)
        assert m.branch_id
    assert Counter(m.ethnicity for m in rows).most_common(1)[0][0] == "汉族"
    assert {m.education for m in rows} <= {"高中", "中专", "大专", "本科"}
    assert {"active", "retired", "transferred"} <= {m.status for m in rows}
    assert sum(m.category == "probationary" for m in rows) >= 2
    posts = Counter(m.party_post for m in rows if m.is_cadre)
    assert posts["党总支书记"] == 1 and posts["支部书记"] == 3


def test_assignments_cover_every_member_without_overlap(db):
    periods = defaultdict(list)
    for row in Assignment.select():
        periods[row.member_id].append((row.start_on, row.end_on))
    for member in Member.select():
        spans = sorted(periods[member.id])
        assert spans, member.name
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end is not None and end <= start
        if member.status == "active":
            assert spans[-1][1] is None
        else:
            assert spans[-1][1] == member.status_on


def test_rows_pass_the_record_layers_validation(db, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)  # the data's own today, not the suite's
    rng = random.Random(0)
    for model, kind in KINDS.items():
        rows = list(model.select())
        for row in rng.sample(rows, min(30, len(rows))):
            content = records.content_of(row)
            # raises ValidationError if wrong (a visit's people are checked with it)
            clean, _extras = kind.split(kind.validate(dict(content), row))
            for name, value in clean.items():
                assert revisions.jsonable(value) == content[name], (model.__name__, name)


def test_identity_is_what_the_record_layer_would_write(db):
    seqs = []
    for model in SYNC_MODELS:
        for row in model.select():
            history = json.loads(row.rev_history)
            parent = history[0] if history else None
            assert row.rev == records.make_rev(parent, records.content_of(row)), model.__name__
            assert int(row.rev.split("-")[0]) == len(history) + 1
            assert row.created_at <= row.modified_at and not row.deleted
            assert row.modified_by == DEVICE
            seqs.append(row.seq)
            if model is not Organisation:
                assert row.created_at.date() <= TODAY
    assert len(set(seqs)) == len(seqs)
    assert int(DatabaseFact.get_by_id("seq").value) == max(seqs)
    assert sorted(seqs) == list(range(max(seqs) - len(seqs) + 1, max(seqs) + 1))
    # Rows that changed carry their earlier revisions: members who left, concerns worked on.
    assert Member.select().where(Member.rev.startswith("2-")).exists()
    assert Concern.select().where(Concern.rev.startswith("4-")).exists()


def test_progress_and_audit(db, built):
    _folder, counts, calls = built
    assert len(calls) >= 10 and calls[-1] == (100, 100)
    assert {t for _, t in calls} == {100}
    assert [d for d, _ in calls] == sorted({d for d, _ in calls})   # rising, each step once
    entry = AuditEntry.get(AuditEntry.table_name == "demo")
    changes = json.loads(entry.changes)
    assert changes["counts"] == counts and changes["seed"] == 1 and changes["size"] == "small"


def test_refuses_a_database_that_holds_records(db):
    before = db.counts()
    with pytest.raises(BranchDeskError) as caught:
        demo.build("small", seed=2, today=TODAY)
    assert caught.value.template == demo.NOT_EMPTY
    assert db.counts() == before


def test_refuses_an_unknown_size(tmp_path):
    with open_store(tmp_path), pytest.raises(BranchDeskError) as caught:
        demo.build("huge")
    assert caught.value.template == demo.UNKNOWN_SIZE
    assert caught.value.params == {"size": "huge"}


def test_today_defaults_to_the_clock(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 3, 5))
    with open_store(tmp_path):
        demo.build("small", seed=3)
        assert max(v.visited_on for v in Visit.select()) <= dt.date(2024, 3, 5)
        assert min(v.visited_on for v in Visit.select()) >= dt.date(2022, 4, 1)


def test_organisation_life_shows_every_kind_a_branch_behind_and_each_pattern(db):
    """Two years of meetings of every kind; the last branch behind; each paper-only pattern."""
    from db.choices import MEETING_KINDS
    from db.periods import Period

    assert {m.kind for m in Meeting.select()} == set(MEETING_KINDS)
    period = Period(add_months(TODAY, -23), TODAY)
    figures = meetings.meeting_figures(period, as_of=TODAY)
    codes = [s.code for m in figures.meetings for s in m.signals]
    for code in ("similar", "same_people", "late", "sitting", "no_quorum"):
        assert codes.count(code) >= 2, code
    rates = {b.name: sum(q.units_met for q in b.quotas) / sum(q.units for q in b.quotas)
             for b in figures.branches if b.id is not None}
    behind = min(rates, key=rates.get)
    assert behind == sorted(rates)[-1] or rates[behind] < 0.8
    assert figures.no_contact and any(r.highlighted for r in figures.no_contact)
    absences = MeetingAttendee.select().where(~MeetingAttendee.present).count()
    assert absences > MakeUp.select().count() > 0
    assert CommitteeMember.select().count() >= 3 * 3
