"""Demo data: organisation life (三会一课) — every kind of meeting of every branch and of the
general branch over the data's months, with attendance, make-ups and committee seats.

What it shows on purpose: the last branch falls behind on its quotas (meetings skipped), and each
paper-only pattern is there a few times: minutes copied from the internet, a quarter's meetings
typed in one sitting at the quarter's end, the same people at every meeting for a while, late
entries, a vote without quorum; and a few members whom no meeting reaches for months.

It draws from its own random generator (seeded from the build's seed), so the rest of the demo
is the same with or without it; it runs last in the build with `MeetingBuilder(builder).make()`.
"""
from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from db.dates import add_months, month_end
from db.demo.meeting_words import COPIED, DECISIONS, HOW, PLACES, SENTENCES, TOPICS
from db.demo.words import NUMERALS, TASKS
from db.meetings.entity import attendee_id
from db.models import CommitteeMember, MakeUp, Meeting, MeetingAttendee

if TYPE_CHECKING:
    from db.demo.cast import Person
    from db.demo.people import PeopleBuilder

T = TypeVar("T")

REASONS = (("shift", 40), ("official", 25), ("sick", 14), ("personal", 12), ("other", 5),
           ("unexcused", 4))
MONTHLY = ("branch_committee", "group_meeting", "theme_day")


class MeetingBuilder:
    def __init__(self, b: PeopleBuilder) -> None:
        self.b = b
        self.rng = random.Random(f"meetings-{b.rng.random()}")
        self.today = b.today
        self.branches = len(b.branch_ids)
        self.behind = self.branches - 1                     # the branch behind on its quotas
        self.lost: set[Person] = set()                      # members no meeting reaches lately
        self.copied = 0

    # helpers ------------------------------------------------------------------------------
    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, pairs: Iterable[tuple[T, float]]) -> T:
        items, weights = zip(*pairs, strict=True)
        return self.rng.choices(items, weights)[0]

    def at(self, day: dt.date, minutes: int | None = None) -> dt.datetime:
        day = min(day, self.today)
        minutes = self.rng.randint(30, 600) if minutes is None else minutes
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)

    def roll(self, branch: int | None, day: dt.date) -> list[Person]:
        """The members of `branch` on `day` (None, the general branch: nobody's home)."""
        return [p for p in self.b.people if p.home.branch == branch
                and p.on_roll is not None and p.on_roll <= day  # (make_lives() sets it)
                and (p.left is None or day < p.left)]

    # what is made -------------------------------------------------------------------------
    def make(self) -> None:
        b = self.b
        for branch in range(self.branches):
            roll = self.roll(branch, self.today)
            plain = [p for p in roll if not p.is_cadre and p.life == "active"]
            self.lost.update(self.rng.sample(plain, min(2, len(plain))))
        self.committees = self.seats()
        first = b.start
        for branch in range(self.branches):
            self.branch_year(branch, first)
        self.general(first)

    def seats(self) -> dict:
        """Branch committees: the secretary and the branch's committee cadres; the general
        committee: the leaders (cadres without a branch scope)."""
        seats: dict = {}
        for p in self.b.cadres:
            key = p.scope if p.scope is not None else "general"
            seats.setdefault(key, []).append(p)
            branch_id = None if p.scope is None else self.b.branch_ids[p.scope]
            role = p.party_post or "委员"
            self.b.tables[CommitteeMember].add(
                {"id": self.new_id(), "branch": branch_id, "member": p.id, "role": role,
                 "start_on": self.b.start, "end_on": None}, self.at(self.b.start))
        for branch in range(self.branches):   # two members elected to sit beside the cadres
            plain = [p for p in self.roll(branch, self.b.start)
                     if not p.is_cadre and p.life == "active" and p not in self.lost]
            for p, role in zip(self.rng.sample(plain, min(2, len(plain))),
                               ("支部宣传委员", "支部纪检委员"), strict=False):
                seats.setdefault(branch, []).append(p)
                self.b.tables[CommitteeMember].add(
                    {"id": self.new_id(), "branch": self.b.branch_ids[branch], "member": p.id,
                     "role": role, "start_on": self.b.start, "end_on": None},
                    self.at(self.b.start))
        return seats

    def branch_year(self, branch: int, first: dt.date) -> None:
        rng = self.rng
        month = first
        sitting = add_months(first, 3 * (rng.randint(0, 2)))      # a quarter typed at its end
        sitting = dt.date(sitting.year, 3 * ((sitting.month - 1) // 3) + 1, 1)
        same_from = add_months(first, rng.randint(4, 10))
        while month <= self.today:
            last = month_end(month)
            q_end = month.month % 3 == 0
            kinds = list(MONTHLY)
            if q_end:
                kinds += ["branch_assembly", "party_lecture"]
            if month.month == 12:
                kinds.append("review_meeting")
            if month.month == 1 and month > first:
                kinds.append("member_appraisal")
            skip = 0.3 if branch == self.behind else 0.04
            for kind in kinds:
                if rng.random() < skip:
                    continue
                day = month + dt.timedelta(days=rng.randint(0, (last - month).days))
                if day > self.today:   # later this month: not held yet
                    continue
                in_sitting = sitting <= month < add_months(sitting, 3) and branch == 0
                same = (branch == 1 and same_from <= month < add_months(same_from, 3)
                        and kind != "branch_committee")
                self.meeting(branch, kind, day, in_sitting=in_sitting, same=same,
                             sitting_end=month_end(add_months(sitting, 2)))
            month = add_months(month, 1)

    def general(self, first: dt.date) -> None:
        month = first
        while month <= self.today:
            day = month + dt.timedelta(days=self.rng.randint(0, (month_end(month) - month).days))
            if day <= self.today:   # a day later this month is still to come
                self.meeting(None, "general_committee", day)
            month = add_months(month, 1)

    def expected(self, branch: int | None, kind: str, day: dt.date) -> list[Person]:
        if kind == "general_committee":
            return [p for p in self.committees.get("general", []) if p.on_roll <= day]
        if kind == "branch_committee":
            return [p for p in self.committees.get(branch, []) if p.on_roll <= day]
        roll = self.roll(branch, day)
        if kind == "group_meeting":
            areas = sorted({p.home.name for p in roll})
            area = areas[(day.month + day.year) % len(areas)] if areas else None
            return [p for p in roll if p.home.name == area] or roll
        return roll

    def minutes(self, branch: int | None, kind: str, day: dt.date, people: list[Person],
                topic: str) -> str:
        rng = self.rng
        if kind != "branch_committee" and branch in (0, 2):   # now and then, from the internet
            self.copied += 1
            if self.copied % 12 == 5:
                return COPIED
        names = [p.name for p in people] or ["—"]
        area = rng.choice([p.home for p in people]).name if people else ""
        words = {"chair": names[0], "a": rng.choice(names), "b": rng.choice(names),
                 "month": day.month,
                 "branch": "党总支" if branch is None else f"第{NUMERALS[branch]}党支部",
                 "topic": topic, "area": area,
                 "task": rng.choice(TASKS.get(people[0].home.kind if people else "XL",
                                              TASKS["XL"]))}
        chosen = rng.sample(SENTENCES, rng.randint(3, 5))
        return "".join(s.format(**words) for s in chosen)

    def meeting(self, branch: int | None, kind: str, day: dt.date, *, in_sitting: bool = False,
                same: bool = False, sitting_end: dt.date | None = None) -> None:
        rng, b = self.rng, self.b
        people = self.roll(branch, day) if same else self.expected(branch, kind, day)
        if not people:
            return
        meeting_id = self.new_id()
        topic = rng.choice(TOPICS[kind])
        if same:   # the same list ticked every time
            present = [p for p in people if p.id[:1] not in "0123"]
        else:
            present = [p for p in people if p not in self.lost or day < add_months(self.today, -8)]
            present = [p for p in present if rng.random() < 0.9]
        present = present or people[:1]
        if in_sitting:
            assert sitting_end is not None  # given with in_sitting
            created = self.at(min(sitting_end, self.today), 14 * 60 + rng.randint(0, 50))
        elif rng.random() < 0.03:
            created = self.at(day + dt.timedelta(days=rng.randint(35, 80)))
        else:
            created = self.at(day + dt.timedelta(days=rng.choice((0, 0, 1, 2, 3, 6))))
        if created.date() < day:
            created = self.at(day)
        votes = {}
        if kind == "branch_assembly" and rng.random() < 0.6:
            if rng.random() < 0.08:   # a thin meeting that still voted
                present = present[:max(1, len(people) // 3)]
            n = len(present)
            against = rng.choice((0, 0, 0, 1)) if n > 3 else 0
            votes = {"votes_for": n - against, "votes_against": against, "votes_abstain": 0}
        chair = people[0]
        place = rng.choice(PLACES).format(area=people[0].home.name)
        b.tables[Meeting].add({
            "id": meeting_id, "branch": None if branch is None else b.branch_ids[branch],
            "kind": kind, "held_on": day, "start_time": rng.choice(("", "09:00", "14:30", "16:00")),
            "place": place, "topics": topic, "chair": chair.id,
            "recorder": rng.choice(people).id,
            "lecturer": chair.name if kind == "party_lecture" else "",
            "lecture_title": topic if kind == "party_lecture" else "",
            "guests": "", "minutes": self.minutes(branch, kind, day, people, topic),
            "decisions": rng.choice(DECISIONS) if votes else "",
            "votes_for": None, "votes_against": None, "votes_abstain": None, **votes,
            "source": "",
        }, created)
        here = {p.id for p in present}
        for p in people:
            absent = p.id not in here
            reason = self.pick(REASONS) if absent else None
            b.tables[MeetingAttendee].add({
                "id": attendee_id(meeting_id, p.id), "meeting": meeting_id, "member": p.id,
                "present": not absent, "absence_reason": reason}, created)
            if absent and p not in self.lost and rng.random() < 0.7:
                made = day + dt.timedelta(days=rng.randint(2, 25))
                if made <= self.today:
                    b.tables[MakeUp].add({
                        "id": self.new_id(), "meeting": meeting_id, "member": p.id,
                        "made_up_on": made, "how": rng.choice(HOW), "by": chair.id},
                        self.at(made))
