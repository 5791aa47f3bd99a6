"""Demo data: a believable workshop (or a whole depot) for trials, screenshots and benchmarks.

`build(size, seed, today)` fills an empty, open database. The same seed and `today` give the same
rows — ids, dates, revisions — on any machine with the same device id; only the organisation row
(made when the database was first opened) keeps its own id and times.

What the data shows on purpose (DESIGN.md → Coverage): convenient (tier 1) areas and each cadre's
own 包保 areas are visited far more than remote ones; two remote areas have gone unvisited for
months and the most remote one was never visited; concerns sit in every state, some overdue.

Rows are written in batches straight into the tables (a depot is some 275,000 rows), with the
identity the record layer would give them: rev chains over each row's earlier states, ascending
local change numbers, times taken from the data's own dates. One audit entry records the build.
The tests run every entity's own validation over samples of the result.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import random
import uuid
from dataclasses import dataclass, field
from itertools import accumulate

from db import clock, records
from db.dates import add_months, month_end
from db.demo_words import (
    AREA_TYPES,
    BRANCH_COMMITTEE,
    CONCERNS,
    DEPOT,
    ETHNICITIES,
    EXPLAIN_SHARE,
    GIVEN,
    KIND_CATEGORIES,
    KIND_SEASON,
    LEADERS,
    LINES,
    MEMBER_NOTES,
    MONTH_VOLUME,
    NUMERALS,
    PHONE_PREFIXES,
    SATISFACTION_LABEL,
    SATISFIED,
    STARTED_NOTES,
    SURNAME_CUM,
    SURNAMES,
    TASKS,
    TIER_WEIGHT,
    VISIT_KINDS,
    WEEKDAY_WEIGHT,
)
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    SYNC_MODELS,
    Assignment,
    Branch,
    Concern,
    ConcernEvent,
    Member,
    Organisation,
    Responsibility,
    SyncModel,
    Visit,
    VisitPerson,
    WorkArea,
    database,
)
from db.organisation import get_organisation, update_organisation
from db.pinyin import keys as pinyin_keys
from db.store import refresh_statistics
from db.visits import link_id

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "db", "Demo data goes only into an empty database; this one already holds {count} records. "
    "Choose a new data folder.")
UNKNOWN_SIZE = QT_TRANSLATE_NOOP("db", "Unknown demo size “{size}” (use small or depot).")
WRITE_BATCH = 5000    # rows between progress reports
GENERATING = 0.55     # the share of the time spent making rows, before writing them


@dataclass(frozen=True)
class Size:
    areas: int
    branches: int
    members: int            # all members, cadres included
    cadres: int
    months: int             # of visits, the current month included
    visits_per_month: int
    concerns: int
    retired: int
    transferred: int
    deceased: int
    movers: int             # members who moved to another area during the period
    probationary: int


SIZES = {
    "small": Size(areas=12, branches=3, members=80, cadres=8, months=24, visits_per_month=11,
                  concerns=150, retired=3, transferred=2, deceased=0, movers=3, probationary=4),
    "depot": Size(areas=60, branches=8, members=600, cadres=40, months=120, visits_per_month=500,
                  concerns=20000, retired=45, transferred=30, deceased=2, movers=40,
                  probationary=20),
}

# --- Vocabulary ------------------------------------------------------------------------------

# --- Rows with sync identity -----------------------------------------------------------------

def _jsonable_all(values: dict) -> dict:
    return {k: records.jsonable(v) for k, v in values.items()}


class _Table:
    """Rows for one model, in column order, with identity filled the way records.stamp does."""

    def __init__(self, model: type[SyncModel], device: str):
        self.model = model
        self.device = device
        self.fields = model._meta.sorted_fields
        self.names = [f.name for f in self.fields]
        self.content = model.content_fields()
        self.defaults = {f.name: f.default for f in self.fields if not callable(f.default)}
        self.seq_index = self.names.index("seq")
        self.rows: list[list] = []

    def add(self, values: dict, created: dt.datetime, modified: dt.datetime | None = None,
            earlier: tuple[dict, ...] = ()) -> None:
        """`values` is the row as it is now; `earlier` its earlier states (the fields that
        differed), oldest first."""
        full = {**self.defaults, "deleted": False, **values}
        now = _jsonable_all({name: full[name] for name in self.content})
        rev, history = None, []
        for undo in earlier:
            rev = records.make_rev(rev, {**now, **_jsonable_all(undo)})
            history.insert(0, rev)
        full.update(created_at=created, modified_at=modified or created, modified_by=self.device,
                    rev=records.make_rev(rev, now), rev_history=json.dumps(history), seq=None)
        self.rows.append([full[name] for name in self.names])


# --- The generator ---------------------------------------------------------------------------

@dataclass(eq=False)
class _Area:
    id: str
    name: str
    kind: str
    station: str
    line: str
    km: tuple[float, float]
    headcount: int
    position: float                                  # km along the workshop's stretch
    distance: float = 0.0                            # from the workshop's base
    tier: int = 2
    branch: int = 0
    cadres: list = field(default_factory=list)       # its 包保 cadres
    pool: list = field(default_factory=list)         # (member, from, until): who works there when
    workers: list = field(default_factory=list)      # names of workers who are not members
    blocked_after: dt.date | None = None             # neglected: nobody goes after this day

    def members_on(self, day: dt.date) -> list:
        return [p for p, first, until in self.pool
                if first <= day and (until is None or day < until)]


@dataclass(eq=False)
class _Person:
    id: str
    name: str
    gender: str
    home: _Area                                      # where the member works (first)
    job_post: str
    party_post: str = ""
    is_cadre: bool = False
    life: str = "active"                             # active, probationary, mover, retired ...
    periods: list = field(default_factory=list)      # (area, start, end) assignments
    own: list = field(default_factory=list)          # a cadre's 包保 areas
    scope: int | None = None                         # a branch cadre keeps to its branch
    activity: float = 1.0                            # how often a cadre leads a visit
    own_pull: float = 1.0                            # how much a cadre favours its own areas
    flatten: float = 1.0                             # < 1: a cadre who minds remoteness less
    birth: dt.date | None = None
    joined: dt.date | None = None
    full: dt.date | None = None                      # full member since
    left: dt.date | None = None                      # retired, transferred or died on
    on_roll: dt.date | None = None                   # on this database's roll from


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _km_text(km: float) -> str:
    metres = int(round(km * 100)) * 10
    return f"K{metres // 1000}+{metres % 1000:03d}"


def _undo_chain(changes: list[tuple[dt.date, dict]]) -> tuple[dict, ...]:
    """Earlier states of a row, oldest first, from its changes [(day, fields as they were)]."""
    return tuple({k: v for _, undo in changes[i:] for k, v in undo.items()}
                 for i in range(len(changes)))


class _Builder:
    def __init__(self, size: Size, seed: int, today: dt.date, progress=None):
        self.size = size
        self.progress = progress
        self.rng = random.Random(seed)
        self.today = today
        self.start = add_months(today, -(size.months - 1))
        self.device = records.current_device()
        self.due_days = get_organisation().concern_due_days   # the policy: raised + these days
        self.tables = {m: _Table(m, self.device) for m in SYNC_MODELS if m is not Organisation}
        self.reported = -1
        self.names: set[str] = set()
        self.phones: set[str] = set()
        self.people: list[_Person] = []

    # small helpers ----------------------------------------------------------------------
    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def at(self, day: dt.date, after: dt.datetime | None = None) -> dt.datetime:
        """A UTC time in a local working day (08:30–18:00 in China), later than `after`."""
        day = min(day, self.today)
        minutes = self.rng.randint(0, 30) if day == self.today else self.rng.randint(30, 600)
        when = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)
        if after is not None and when <= after:
            when = after + dt.timedelta(minutes=self.rng.randint(1, 20))
        return when

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        if last <= first:
            return first
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def pick(self, pairs):
        """One item of ((item, weight), ...)."""
        items, weights = zip(*pairs, strict=True)
        return self.rng.choices(items, weights)[0]

    def person_name(self, gender: str) -> str:
        rng = self.rng
        first, second = GIVEN[gender]
        while True:
            surname = rng.choices(SURNAMES, cum_weights=SURNAME_CUM)[0]
            given = rng.choice(second)
            if rng.random() < 0.7:
                given = rng.choice(first) + given
            if len(set(given)) == len(given) and surname + given not in self.names:
                self.names.add(surname + given)
                return surname + given

    def phone(self) -> str:
        while True:
            number = self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    # the work areas along the line --------------------------------------------------------
    def make_areas(self) -> None:
        rng, n = self.rng, self.size.areas
        # Stations along the main line (a workshop takes a stretch of it), then the branch line,
        # which leaves the main line at the last station.
        first = rng.randrange(0, 12) if n < 30 else 0
        slots, position = [], 0.0
        for index, (line, km, stations) in enumerate(LINES):
            if index:
                position += rng.uniform(8.0, 15.0)
            for number, station in enumerate(stations[0 if index else first:]):
                if number:
                    step = rng.uniform(6.0, 13.0)
                    km, position = km + step, position + step
                slots.append((line, station, km, position))
        # Six in ten are track (线路) areas, a quarter bridge and tunnel (桥隧), the rest crossings.
        kinds = ["XL"] * round(n * 0.6) + ["QS"] * round(n * 0.25)
        kinds += ["DK"] * (n - len(kinds))
        rng.shuffle(kinds)
        areas: list[_Area] = []
        for line, station, km, position in slots:
            here = kinds[:1]
            if len(kinds) > 1 and kinds[1] != kinds[0] and rng.random() < 0.3:
                here = kinds[:2]       # a second area at the same station
            del kinds[:len(here)]
            for kind in here:
                pattern, (low, high), _posts = AREA_TYPES[kind]
                width = {"XL": 7.5, "QS": 4.0, "DK": 2.5}[kind]
                section = (km - rng.uniform(0.2, 0.5) * width, km + rng.uniform(0.4, 1.0) * width)
                areas.append(_Area(self.new_id(), pattern.format(station), kind, station, line,
                                   section, rng.randint(low, high), position))
        main = [a for a in areas if a.line == LINES[0][0]]
        self.base = next(a for a in main[len(main) // 2:] + main if a.kind == "XL")
        scores = {}
        for area in areas:
            area.distance = abs(area.position - self.base.position)
            scores[area.id] = (area.distance + (25 if area.kind == "QS" else 0)
                               + (15 if area.line != self.base.line else 0) + rng.uniform(-8, 8))
        scores[self.base.id] = -1.0
        ranked = sorted(areas, key=lambda a: scores[a.id])
        remote = round(n * 0.3)
        for rank, area in enumerate(ranked):
            area.tier = 1 if rank < remote else 3 if rank >= n - remote else 2
        # The most remote area was never visited; the next two have not been for months.
        self.never = ranked[-1]
        for area, months in zip((ranked[-2], ranked[-3]), (4, 7), strict=True):
            area.blocked_after = self.today - dt.timedelta(days=30 * months + rng.randint(0, 25))
        self.areas = sorted(areas, key=lambda a: a.position)
        for index, area in enumerate(self.areas):
            area.branch = index * self.size.branches // n

    def area_rows(self) -> None:
        rng, numbers = self.rng, {kind: 0 for kind in AREA_TYPES}
        for area in self.areas:
            numbers[area.kind] += 1
            overhead = rng.uniform(*((8, 20), (20, 45), (60, 150))[area.tier - 1])
            side = rng.choice("东南西北")
            notes = ""
            if area.tier == 3:
                walk = rng.randrange(20, 75, 5)
                location = f"{area.station}站附近山区，距最近公路步行约{walk}分钟"
                notes = f"无公路直达，需乘轨道车或步行约{walk}分钟；雨季注意塌方落石"
            elif area.tier == 2:
                location = f"{area.station}站{side}侧，距乡镇公路约{rng.randint(2, 9)}公里"
            else:
                location = f"{area.station}站{side}侧约{rng.randrange(100, 800, 50)}米"
                notes = "车间所在地" if area is self.base else ""
            big = area.tier == 1 and area.kind == "XL" and area.headcount >= 32
            self.tables[WorkArea].add({
                "id": area.id, "name": area.name, "code": f"{area.kind}{numbers[area.kind]:02d}",
                "line_section": f"{area.line}{_km_text(area.km[0])}–{_km_text(area.km[1])}",
                "location": location,
                "distance_km": round(area.distance + rng.uniform(0.3, 3.0), 1),
                "travel_minutes": round(area.distance * 0.9 + overhead), "access_tier": area.tier,
                "headcount": area.headcount,
                "visit_target": 2 if area is self.base or big else None,
                "active": True, "notes": notes,
            }, self.at(self.start))

    # people --------------------------------------------------------------------------------
    def person(self, area: _Area, job_post: str, *, gender: str | None = None, **extra) -> _Person:
        if gender is None:  # crossing keepers are often women, track workers seldom
            gender = "F" if self.rng.random() < (0.35 if area.kind == "DK" else 0.08) else "M"
        person = _Person(self.new_id(), self.person_name(gender), gender, area, job_post, **extra)
        self.people.append(person)
        return person

    def make_people(self) -> None:
        rng, size = self.rng, self.size
        by_branch = [[a for a in self.areas if a.branch == b] for b in range(size.branches)]
        leaders = min(len(LEADERS), size.cadres - size.branches)
        for index, (party_post, job_post) in enumerate(LEADERS[:leaders]):
            self.person(self.base, job_post, party_post=party_post, is_cadre=True,
                        gender="M" if index < 2 else None, activity=1.4 if index < 2 else 1.0)
        self.secretaries = []
        for areas in by_branch:
            home = min(areas, key=lambda a: (a.tier, a.distance))
            self.secretaries.append(self.person(
                home, rng.choice(("工长", "工长", "车间技术员")), party_post="支部书记",
                is_cadre=True, scope=home.branch, activity=1.1))
        for index in range(size.cadres - leaders - size.branches):
            areas = by_branch[index % size.branches]
            self.person(rng.choice(areas), rng.choice(("工长", "班长", "技术员")),
                        party_post=BRANCH_COMMITTEE[index // size.branches % 3], is_cadre=True,
                        scope=areas[0].branch, activity=0.7)
        self.cadres = [p for p in self.people if p.is_cadre]
        for cadre in self.cadres:
            cadre.own_pull = rng.uniform(2.5, 6.0)
        rng.choice(self.secretaries).flatten = 0.35   # one who goes wherever he is needed
        # Members in the work areas, by headcount; the first is often the foreman (工长).
        shares = [a.headcount * rng.uniform(0.6, 1.4) for a in self.areas]
        wanted = size.members - size.cadres
        counts = [1 + int((wanted - len(shares)) * s / sum(shares)) for s in shares]
        for i in range(wanted - sum(counts)):
            counts[i % len(counts)] += 1
        members = []
        for area, count in zip(self.areas, counts, strict=True):
            posts = AREA_TYPES[area.kind][2]
            for i in range(count):
                job = "工长" if i == 0 and rng.random() < 0.6 else self.pick(posts)
                members.append(self.person(area, job))
        lives = rng.sample(members, size.retired + size.transferred + size.deceased + size.movers
                           + size.probationary)
        for life, count in (("retired", size.retired), ("transferred", size.transferred),
                            ("deceased", size.deceased), ("mover", size.movers),
                            ("probationary", size.probationary)):
            for person in lives[:count]:
                person.life = life
            lives = lives[count:]
        for area, count in zip(self.areas, counts, strict=True):
            area.workers = [self.person_name("M" if rng.random() < 0.9 else "F")
                            for _ in range(max(3, area.headcount - count))]

    def make_lives(self) -> None:
        """Birth, joining, leaving; where each member worked when; who was on each area's roll."""
        rng, today, start = self.rng, self.today, self.start
        days = dt.timedelta
        for p in self.people:
            if p.life in ("retired", "transferred", "deceased"):
                p.left = self.day_between(start + days(30), today - days(5))
            if p.life == "retired":
                p.birth = (_years_before(p.left, 60 if p.gender == "M" else 50)
                           - days(rng.randint(0, 27)))
            else:
                low, high = (38, 56) if p.party_post.startswith(("党总支", "总支")) else (
                    (30, 56) if p.is_cadre else (22, 35) if p.life == "probationary" else (23, 58))
                p.birth = today - days(rng.randint(low * 365, high * 365 + 300))
                if p.is_cadre:  # a cadre was a member before the period began
                    p.birth = min(p.birth, _years_before(start, 24))
            if p.life == "probationary":
                p.joined = today - days(rng.randint(30, 330))
            else:  # most join in their twenties, a few later; full members before now (or leaving)
                latest = (start if p.is_cadre else p.left or today) - days(rng.randint(460, 660))
                age = rng.uniform(21, 30) if rng.random() < 0.75 else rng.uniform(30, 45)
                p.joined = min(p.birth + days(round(age * 365.25)), latest)
                p.full = p.joined + days(365 if rng.random() < 0.97 else 456)
            p.on_roll = max(start, p.joined)
            hired = min(p.birth + days(rng.randint(int(18.5 * 365), 24 * 365)),
                        (p.left or today) - days(200))
            area = p.home
            if p.life == "mover":
                moved = self.day_between(p.on_roll + days(30), today - days(30))
                first = min(self.day_between(hired, moved - days(90)), moved - days(30))
                others = [a for a in self.areas if a.branch == area.branch and a is not area]
                p.periods = [(area, first, moved), (rng.choice(others), moved, None)]
            else:
                latest = (p.left - days(60) if p.left else
                          start - days(30) if p.is_cadre else today - days(120))
                p.periods = [(area, self.day_between(hired, latest), p.left)]
            if not p.is_cadre:
                for area, first, until in p.periods:
                    area.pool.append((p, max(first, p.on_roll), until))

    def member_rows(self) -> None:
        for p in self.people:
            changes = []
            if p.full and p.full > self.start:   # made a full member while on this roll
                changes.append((p.full, {"category": "probationary", "full_member_on": None}))
            if p.left:
                changes.append((p.left, {"status": "active", "status_on": None}))
            created = self.at(p.on_roll)
            self.member_row(p, created, changes)
            for area, first, until in p.periods:
                made = self.at(max(first, p.on_roll), created)
                undo = [(until, {"end_on": None})] if until and until > made.date() else []
                self.tables[Assignment].add(
                    {"id": self.new_id(), "member": p.id, "work_area": area.id, "start_on": first,
                     "end_on": until},
                    made, self.at(until, made) if undo else made, _undo_chain(undo))

    def member_row(self, p: _Person, created: dt.datetime, changes: list) -> None:
        rng = self.rng
        modified = self.at(changes[-1][0], created) if changes else created
        if p.is_cadre:
            education = self.pick((("本科", 60), ("大专", 37), ("中专", 3)))
        elif "技术" in p.job_post:
            education = self.pick((("本科", 80), ("大专", 20)))
        elif p.birth.year < 1975:
            education = self.pick((("高中", 35), ("中专", 45), ("大专", 15), ("本科", 5)))
        else:
            education = self.pick((("高中", 10), ("中专", 35), ("大专", 35), ("本科", 20)))
        elsewhere = rng.choice(("桥隧车间", "综合维修车间", "机关"))
        notes = {"retired": "退休，组织关系转至居住地社区党组织", "deceased": "因病去世",
                 "transferred": f"组织关系转至{DEPOT}{elsewhere}党支部"}.get(p.life, "")
        if not notes and rng.random() < 0.06:
            notes = rng.choice(MEMBER_NOTES)
        pinyin, initials = pinyin_keys(p.name)
        self.tables[Member].add({
            "id": p.id, "name": p.name, "name_pinyin": pinyin, "name_initials": initials,
            "gender": p.gender, "birth_date": p.birth, "ethnicity": self.pick(ETHNICITIES),
            "education": education, "joined_on": p.joined, "full_member_on": p.full,
            "category": "full" if p.full else "probationary", "job_post": p.job_post,
            "party_post": p.party_post, "is_cadre": p.is_cadre,
            "branch": self.branch_ids[p.home.branch], "phone": self.phone(),
            "status": p.life if p.left else "active", "status_on": p.left,
            "notes": notes,
        }, created, modified, _undo_chain(changes))

    def group_leaders(self) -> None:
        """In each area with four or more members on the roll, one leads the party group."""
        for area in self.areas:
            here = [p for p in area.members_on(self.today) if p.life != "probationary"]
            if len(here) >= 4:
                heads = [p for p in here if p.job_post in ("工长", "班长")] or here
                self.rng.choice(heads).party_post = "党小组长"

    def branch_rows(self) -> None:
        self.branch_ids = [self.new_id() for _ in range(self.size.branches)]
        for b, branch_id in enumerate(self.branch_ids):
            areas = [a.name for a in self.areas if a.branch == b]
            named = "、".join(areas[:3]) + ("等" if len(areas) > 3 else "")
            self.tables[Branch].add({
                "id": branch_id, "name": f"第{NUMERALS[b]}党支部",
                "secretary_id": self.secretaries[b].id, "notes": f"管辖{named}{len(areas)}个工区",
            }, self.at(self.start))

    def make_responsibilities(self) -> None:
        """Every area has at least one 包保 cadre; every cadre answers for two or three areas."""
        rng = self.rng

        def eligible(cadre, area):
            return (cadre.scope is None or cadre.scope == area.branch) and area not in cadre.own

        def give(cadre, area):
            cadre.own.append(area)
            area.cadres.append(cadre)

        for area in sorted(self.areas, key=lambda a: (-a.tier, a.position)):
            free = [c for c in self.cadres if eligible(c, area) and len(c.own) < 3]
            give(min(free, key=lambda c: (len(c.own), rng.random())), area)
        for cadre in self.cadres:
            goal = rng.choice((2, 3))
            while len(cadre.own) < goal:
                free = [a for a in self.areas if eligible(cadre, a)]
                give(cadre, min(free, key=lambda a: (len(a.cadres), rng.random())))
        for cadre in self.cadres:
            for area in cadre.own:
                self.tables[Responsibility].add(
                    {"id": self.new_id(), "member": cadre.id, "work_area": area.id,
                     "start_on": self.start, "end_on": None}, self.at(self.start))

    # visits ----------------------------------------------------------------------------------
    def make_visits(self) -> list[tuple]:
        """Month by month, who went where: [(visit id, day, area, kind, lead, talked, made)]."""
        rng, size = self.rng, self.size
        cadres = self.cadres
        cadre_cum = list(accumulate(c.activity for c in cadres))
        area_cum = {}
        for c in cadres:
            area_cum[c.id] = list(accumulate(
                0.0 if a is self.never else TIER_WEIGHT[a.tier] ** c.flatten
                * (c.own_pull if a in c.own else 1.0) * (1.5 if a.branch == c.home.branch else 1.0)
                for a in self.areas))
        kinds = list(VISIT_KINDS)
        lag_days, lag_weights = (0, 1, 2, 3, 5), (60, 25, 8, 4, 3)
        visits = []
        month = self.start
        while month <= self.today:
            last = min(month_end(month), self.today)
            days = [month + dt.timedelta(days=i) for i in range((last - month).days + 1)]
            day_cum = list(accumulate(WEEKDAY_WEIGHT[d.weekday()] for d in days))
            count = size.visits_per_month * MONTH_VOLUME[month.month] * rng.uniform(0.85, 1.15)
            count = min(max(count, 0.75 * size.visits_per_month), 1.35 * size.visits_per_month)
            count = round(count * len(days) / month_end(month).day)
            season = KIND_SEASON.get(month.month, {})
            kind_cum = list(accumulate(VISIT_KINDS[k][0] * season.get(k, 1.0) for k in kinds))
            plans = sorted((rng.choices(days, cum_weights=day_cum)[0], i) for i in range(count))
            for day, _ in plans:
                lead = rng.choices(cadres, cum_weights=cadre_cum)[0]
                area = rng.choices(self.areas, cum_weights=area_cum[lead.id])[0]
                while area.blocked_after and day > area.blocked_after:
                    area = rng.choices(self.areas, cum_weights=area_cum[lead.id])[0]
                kind = rng.choices(kinds, cum_weights=kind_cum)[0]
                talked = ()
                if kind == "talk":
                    here = area.members_on(day)
                    if here:
                        many = self.pick(((1, 60), (2, 30), (3, 10)))
                        talked = rng.sample(here, min(len(here), many))
                    else:
                        kind = "work_along"
                made = self.at(day + dt.timedelta(days=rng.choices(lag_days, lag_weights)[0]))
                visit_id = self.visit_row(day, area, kind, lead, talked, made)
                visits.append((visit_id, day, area, kind, lead, talked, made))
            month = add_months(month, 1)
            self.report(0.9 * GENERATING * len(visits) / (size.visits_per_month * size.months))
        return visits

    def visit_row(self, day, area, kind, lead, talked, made) -> str:
        rng = self.rng
        team = [lead]
        for _ in range(self.pick(((0, 55), (1, 33), (2, 12)))):
            own = [c for c in area.cadres if c not in team]
            team.append(rng.choice(own if own and rng.random() < 0.5 else
                                   [c for c in self.cadres if c not in team]))
        templates = [t for months, t in VISIT_KINDS[kind][2]
                     if months is None or day.month in months]
        summary = rng.choice(templates).format(
            st=area.station, area=area.name, km=_km_text(rng.uniform(*area.km)),
            task=rng.choice(TASKS[area.kind]),
            who="、".join(f"{p.job_post}{p.name}" for p in talked))
        low, high = VISIT_KINDS[kind][1]
        h = area.headcount
        met = {"talk": (len(talked), len(talked)), "work_along": (4, min(h, 15)),
               "safety_check": (3, min(h, 12)), "survey": (6, min(h, 20)),
               "lecture": (h // 2, h * 4 // 5), "condolence": (2, min(h, 20)),
               "other": (2, min(h, 10))}[kind]
        visit_id = self.new_id()
        self.tables[Visit].add({
            "id": visit_id, "visited_on": day, "work_area": area.id, "kind": kind,
            "hours": round(rng.uniform(low, high) * 2) / 2, "workers_met": rng.randint(*met),
            "summary": summary, "private": kind == "talk",
        }, made)
        for role, people in (("participant", team), ("talked", talked)):
            for p in people:
                self.tables[VisitPerson].add({"id": link_id(visit_id, p.id, role),
                                              "visit": visit_id, "member": p.id, "role": role},
                                             made)
        return visit_id

    # concerns ------------------------------------------------------------------------------
    def make_concerns(self, visits: list[tuple]) -> None:
        rng, size = self.rng, self.size
        total = round(size.concerns * rng.uniform(0.95, 1.05))
        heard = round(total * 0.45)
        link = {"survey": 3.0, "talk": 2.0, "condolence": 1.5, "safety_check": 1.5, "lecture": 0.5}
        visit_cum = list(accumulate(link.get(v[3], 1.0) * (1.5 if v[2].tier == 3 else 1.0)
                                    for v in visits))
        plans = [(day, area, visit_id, kind, lead, talked, made) for
                 visit_id, day, area, kind, lead, talked, made in
                 rng.choices(visits, cum_weights=visit_cum, k=heard)]
        area_cum = list(accumulate(a.headcount * (1 + 0.3 * (a.tier - 1)) for a in self.areas))
        span = (self.today - self.start).days
        for _ in range(total - heard):
            day = self.start + dt.timedelta(days=rng.randint(0, span))
            area = rng.choices(self.areas, cum_weights=area_cum)[0]
            owner = rng.choice(area.cadres if rng.random() < 0.85 else self.cadres)
            plans.append((day, area, None, None, owner, (), None))
        for plan in sorted(plans, key=lambda p: p[0]):
            self.concern(*plan)

    def concern(self, day, area, visit_id, kind, owner, talked, after) -> None:
        rng, today = self.rng, self.today
        lean = KIND_CATEGORIES.get(kind, {})
        category = self.pick(tuple(
            (c, weight * lean.get(c, 1.0) * (1.5 if c == "living" and area.tier == 3 else 1.0))
            for c, (weight, _texts) in CONCERNS.items()))
        words = dict(st=area.station, km=_km_text(rng.uniform(*area.km)), n=rng.randint(2, 12))
        description, resolved_text, explained_text = (
            t.format(**words) for t in rng.choice(CONCERNS[category][1]))
        raiser = None
        if talked and rng.random() < 0.8:
            raiser = rng.choice(talked)
        elif rng.random() < 0.6:
            here = area.members_on(day)
            raiser = rng.choice(here) if here else None
        raiser_name = raiser.name if raiser else rng.choice(area.workers)
        concern_id = self.new_id()
        state = {"status": None, "response": "", "feedback_on": None, "closed_on": None,
                 "satisfaction": None}
        states, events = [], []

        def event(action, when, to_status=None, text="", **changes):
            from_status = state["status"] if to_status else None
            state.update(changes, **({"status": to_status} if to_status else {}))
            states.append(dict(state))
            events.append({"id": self.new_id(), "concern": concern_id, "at": when,
                           "device": self.device, "actor": owner.name, "action": action,
                           "from_status": from_status, "to_status": to_status, "text": text})
            return when.date()

        created = self.at(day, after)
        event("created", created, "open", description)
        # Some recent concerns are stuck: nobody took them up, or nobody finished them.
        stuck = (today - day).days < 300 and rng.random() < 0.15
        lag = self.pick(((0, 35), (1, 25), (2, 15), (3, 10), (5, 7), (8, 5), (12, 3)))
        started = max(day + dt.timedelta(days=lag), created.date())
        if started <= today and not (stuck and rng.random() < 0.6):
            last = event("started", self.at(started, events[-1]["at"]), "in_progress",
                         rng.choice(STARTED_NOTES))
            closing = last + dt.timedelta(days=max(1, round(rng.lognormvariate(math.log(9), 0.7))))
            outcome = "explained" if rng.random() < EXPLAIN_SHARE.get(category, 0.2) else "resolved"
            response = explained_text if outcome == "explained" else resolved_text
            for round_ in (1, 2):
                if stuck or closing > today:
                    break
                last = event(outcome, self.at(closing, events[-1]["at"]), outcome, response,
                             response=response, closed_on=closing)
                told = last + dt.timedelta(days=self.pick(((0, 50), (1, 25), (2, 15), (4, 10))))
                if told > today or (outcome == "resolved" and rng.random() < 0.08):
                    break                                  # closed, the worker not yet told
                satisfaction = self.pick(SATISFIED[outcome if round_ == 1 else "resolved"])
                if round_ == 2 and satisfaction == "unsatisfied":
                    satisfaction = "basic"
                said = SATISFACTION_LABEL[satisfaction]
                last = event("satisfaction", self.at(told, events[-1]["at"]),
                             text=f"已向{raiser_name}反馈办理结果，评价：{said}",
                             feedback_on=told, satisfaction=satisfaction)
                reopened = last + dt.timedelta(days=rng.randint(1, 10))
                if (outcome != "resolved" or satisfaction != "unsatisfied" or round_ == 2
                        or reopened > today):
                    break                                  # else the worker's "no" reopens it
                last = event("reopened", self.at(reopened, events[-1]["at"]), "in_progress",
                             "职工反映问题仍未彻底解决，重新办理", closed_on=None, feedback_on=None,
                             satisfaction=None)
                closing = last + dt.timedelta(days=rng.randint(3, 20))
                response = response + "；复查后进一步整改到位"
        due = day + dt.timedelta(days=self.due_days * (2 if rng.random() < 0.1 else 1))
        self.tables[Concern].add({
            "id": concern_id, "raised_on": day, "work_area": area.id,
            "raised_by": raiser.id if raiser else None,
            "raised_by_name": "" if raiser else raiser_name,
            "visit": visit_id, "category": category, "description": description, "owner": owner.id,
            "due_on": due, **state,
        }, created, events[-1]["at"], tuple(states[:-1]))
        for values in events:
            self.tables[ConcernEvent].add(values, values["at"])

    # all of it -------------------------------------------------------------------------------
    def report(self, fraction: float) -> None:
        if self.progress:
            percent = min(99, int(fraction * 100))
            if percent > self.reported:
                self.reported = percent
                self.progress(percent, 100)

    def generate(self) -> None:
        self.make_areas()
        self.make_people()
        self.make_responsibilities()
        self.make_lives()
        self.group_leaders()
        self.branch_rows()
        self.area_rows()
        self.member_rows()
        self.make_concerns(self.make_visits())
        self.report(GENERATING)

    def organisation(self) -> dict:
        chief, second = self.cadres[0], self.cadres[2]
        return {"name": f"{DEPOT}{self.base.station}线路车间党总支", "depot": DEPOT,
                "secretary": chief.name,
                "signature_lines": f"党总支书记：{chief.name}　　制表：{second.name}"}

    def write(self) -> None:
        """Insert every row, parents first, with ascending change numbers.

        peewee writes the INSERT statement once per table and sqlite runs it over the rows
        (executemany): building the statements with insert_many took four times as long.
        """
        tables = [t for t in self.tables.values() if t.rows]
        total = sum(len(t.rows) for t in tables)
        seq = records.next_seq(total) - total
        cursor, done = database.cursor(), 0
        for table in tables:
            for row in table.rows:
                seq += 1
                row[table.seq_index] = seq
            sql, _params = table.model.insert_many(table.rows[:1], fields=table.fields).sql()
            for first in range(0, len(table.rows), WRITE_BATCH):
                chunk = table.rows[first:first + WRITE_BATCH]
                cursor.executemany(sql, chunk)
                done += len(chunk)
                self.report(GENERATING + (1 - GENERATING) * done / total)


def build(size: str = "small", seed: int = 1, today: dt.date | None = None, progress=None) -> dict:
    """Fill the open, empty database with demo data; returns the live rows per table.

    `today` (default: the clock's) is the last day of the data. `progress(done, total)` is told
    the share done in percent (total 100) now and then, and (100, 100) at the end. Raises
    BranchDeskError, writing nothing, when the database already holds records or the size is
    unknown.
    """
    if size not in SIZES:
        raise BranchDeskError(UNKNOWN_SIZE, size=size)
    today = today or clock.today()
    with database.atomic():
        present = sum(m.select().count() for m in SYNC_MODELS if m is not Organisation)
        if present:
            raise BranchDeskError(NOT_EMPTY, count=present)
        builder = _Builder(SIZES[size], seed, today, progress)
        builder.generate()
        update_organisation(builder.organisation())
        builder.write()
        counts = {m._meta.table_name: len(t.rows) for m, t in builder.tables.items()}
        counts = {"organisation": 1, **counts}
        records.audit("demo", "-", "demo", {"size": size, "seed": seed, "today": today.isoformat(),
                                            "counts": counts})
    refresh_statistics(database)  # the planner's figures were taken on the empty database
    if progress:
        progress(100, 100)
    return counts
