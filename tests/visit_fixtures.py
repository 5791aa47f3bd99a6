"""A small branch for the visit tests: three work areas, two cadres, a worker, four visits."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from db import assignments, members, records, visits, workareas

TODAY = dt.date(2024, 6, 20)


@dataclass
class VisitData:
    areas: dict[str, str] = field(default_factory=dict)     # name → id
    people: dict[str, str] = field(default_factory=dict)    # name → id
    visits: dict[str, str] = field(default_factory=dict)    # label → id


def build(monkeypatch) -> VisitData:
    """Pin today to TODAY and create the records (call with an open store)."""
    monkeypatch.setattr("db.clock.today", lambda: TODAY)
    d = VisitData()
    for name, tier in (("长沙站", 1), ("株洲站", 3), ("衡阳北", 2)):
        d.areas[name] = records.create(workareas.KIND, {"name": name, "access_tier": tier}).id
    for name, cadre in (("张三", True), ("李四", True), ("王五", False)):
        d.people[name] = records.create(members.KIND, {"name": name, "is_cadre": cadre}).id
    records.create(assignments.ASSIGNMENT, {"member": d.people["王五"],
                                            "work_area": d.areas["株洲站"],
                                            "start_on": "2020-01-01"})
    zs, ls, ww = d.people["张三"], d.people["李四"], d.people["王五"]
    for label, day, area, kind, people, summary in (
            ("old", "2024-01-05", "长沙站", "work_along", [zs], "跟班作业，检查道岔"),
            ("talk", "2024-03-10", "株洲站", "talk", [ls], "谈了家里困难"),
            ("safety", "2024-05-02", "衡阳北", "safety_check", [zs, ls], "安全检查 rail"),
            ("recent", "2024-06-18", "长沙站", "survey", [ls], "调研座谈")):
        d.visits[label] = records.create(visits.KIND, {
            "visited_on": day, "work_area": d.areas[area], "kind": kind, "hours": 2,
            "workers_met": 5, "summary": summary, "participants": people,
            "talked_to": [ww] if label == "talk" else []}).id
    return d
