"""Demo data: who is where — the organisation, its branches, the work areas along the line,
the members, their assignments and the cadres' 包保 areas, with the rows for each.

The world the demo's other parts work in: PeopleBuilder is db.demo.rows.RowBuilder (the random
generator, the rows, the writing) with the places and people made, in the one order that makes a
seed give the same rows. db.demo.visits and db.demo.concerns take it as their argument.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from db.demo.cast import Area, Person, km_text, years_before
from db.demo.rows import RowBuilder, undo_chain
from db.demo.words import (
    AREA_TYPES,
    BRANCH_COMMITTEE,
    DEPOT,
    ETHNICITIES,
    GIVEN,
    LEADERS,
    LINES,
    MEMBER_NOTES,
    NUMERALS,
    PHONE_PREFIXES,
    SURNAME_CUM,
    SURNAMES,
)
from db.members import ADULT_AGE, years_after
from db.models import Assignment, Branch, Member, Responsibility, WorkArea
from db.pinyin import keys as pinyin_keys


class PeopleBuilder(RowBuilder):
    """Makes the workshop's places and people, among whom the visits and concerns happen."""

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
        areas: list[Area] = []
        for line, station, km, position in slots:
            here = kinds[:1]
            if len(kinds) > 1 and kinds[1] != kinds[0] and rng.random() < 0.3:
                here = kinds[:2]       # a second area at the same station
            del kinds[:len(here)]
            for kind in here:
                pattern, (low, high), _posts = AREA_TYPES[kind]
                width = {"XL": 7.5, "QS": 4.0, "DK": 2.5}[kind]
                section = (km - rng.uniform(0.2, 0.5) * width, km + rng.uniform(0.4, 1.0) * width)
                areas.append(Area(self.new_id(), pattern.format(station), kind, station, line,
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
            full, initials = pinyin_keys(area.name)
            self.tables[WorkArea].add({
                "id": area.id, "name": area.name, "name_pinyin": full, "name_initials": initials,
                "code": f"{area.kind}{numbers[area.kind]:02d}",
                "line_section": f"{area.line}{km_text(area.km[0])}–{km_text(area.km[1])}",
                "position": f"{km_text(area.km[0])}–{km_text(area.km[1])}",
                "location": location,
                "distance_km": round(area.distance + rng.uniform(0.3, 3.0), 1),
                "travel_minutes": round(area.distance * 0.9 + overhead), "access_tier": area.tier,
                "headcount": area.headcount,
                "visit_target": 2 if area is self.base or big else None,
                "active": True, "notes": notes,
            }, self.at(self.start))

    # people --------------------------------------------------------------------------------
    def person(self, area: Area, job_post: str, *, gender: str | None = None,
               **extra: Any) -> Person:
        if gender is None:  # crossing keepers are often women, track workers seldom
            gender = "F" if self.rng.random() < (0.35 if area.kind == "DK" else 0.08) else "M"
        person = Person(self.new_id(), self.person_name(gender), gender, area, job_post, **extra)
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
                assert p.left is not None  # set just above for the retired
                p.birth = (years_before(p.left, 60 if p.gender == "M" else 50)
                           - days(rng.randint(0, 27)))
            else:
                low, high = (38, 56) if p.party_post.startswith(("党总支", "总支")) else (
                    (30, 56) if p.is_cadre else (22, 35) if p.life == "probationary" else (23, 58))
                p.birth = today - days(rng.randint(low * 365, high * 365 + 300))
                if p.is_cadre:  # a cadre was a member before the period began
                    p.birth = min(p.birth, years_before(start, 24))
            if p.life == "probationary":
                p.joined = today - days(rng.randint(30, 330))
            else:  # most join in their twenties, a few later; full members before now (or leaving)
                latest = (start if p.is_cadre else p.left or today) - days(rng.randint(460, 660))
                age = rng.uniform(21, 30) if rng.random() < 0.75 else rng.uniform(30, 45)
                p.joined = min(p.birth + days(round(age * 365.25)), latest)
                if p.joined < years_after(p.birth, ADULT_AGE):  # one who left early: joined
                    p.birth = years_before(p.joined, 21)  # at 21, as nobody joins under 18
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
            assert p.on_roll is not None  # make_lives() gives every member a day on the roll
            created = self.at(p.on_roll)
            self.member_row(p, created, changes)
            for area, first, until in p.periods:
                made = self.at(max(first, p.on_roll), created)
                undo = [(until, {"end_on": None})] if until and until > made.date() else []
                self.tables[Assignment].add(
                    {"id": self.new_id(), "member": p.id, "work_area": area.id, "start_on": first,
                     "end_on": until},
                    made, self.at(until, made) if undo else made, undo_chain(undo))

    def member_row(self, p: Person, created: dt.datetime, changes: list) -> None:
        assert p.birth is not None  # make_lives() gives every member a birth date
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
        }, created, modified, undo_chain(changes))

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
                open_areas = [a for a in self.areas if eligible(cadre, a)]
                give(cadre, min(open_areas, key=lambda a: (len(a.cadres), rng.random())))
        for cadre in self.cadres:
            for area in cadre.own:
                self.tables[Responsibility].add(
                    {"id": self.new_id(), "member": cadre.id, "work_area": area.id,
                     "start_on": self.start, "end_on": None}, self.at(self.start))

    def organisation(self) -> dict:
        chief, second = self.cadres[0], self.cadres[2]
        return {"name": f"{DEPOT}{self.base.station}线路车间党总支", "depot": DEPOT,
                "secretary": chief.name,
                "signature_lines": f"党总支书记：{chief.name}　　制表：{second.name}"}
