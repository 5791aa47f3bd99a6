"""The small month every report test reads: four areas, visits, concerns in every state."""
from __future__ import annotations

import datetime as dt

import pytest

from db import clock
from tests.db.helpers import Make

TODAY = dt.date(2024, 6, 20)
MAY = dt.date(2024, 5, 1)
PRIVATE = "他家里老人住院，心理压力很大"
PHONE = "13812345678"


@pytest.fixture
def month_data(store, monkeypatch):
    """Four areas, visits in May (one private talk), concerns open, overdue and closed."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    # The records were made before May, so every area is in May's figures.
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 1, 2, 9, 0))
    from db.concerns import explain, resolve
    from db.organisation import update_organisation

    update_organisation({"name": "示例线路车间党总支", "depot": "示例工务段",
                         "secretary": "王书记"})
    make = Make()
    near = make.area(name="东站线路工区", access_tier=1, headcount=20)
    mid = make.area(name="河口桥隧工区", access_tier=2, headcount=12)
    far = make.area(name="黑山道口工区", access_tier=3, headcount=8)
    make.area(name="青石岭工区", access_tier=3, headcount=6)
    cadre = make.cadre(name="张建国", phone=PHONE)
    other = make.cadre(name="李红梅")
    make.visit(near, [cadre.id], visited_on="2024-05-03", summary="检查防洪备料")
    make.visit(near, [cadre.id, other.id], visited_on="2024-05-17", hours=3)
    make.visit(mid, [other.id], visited_on="2024-05-09", kind="talk", private=True, summary=PRIVATE)
    make.visit(far, [cadre.id], visited_on="2024-03-02")
    make.concern(near, cadre, raised_on="2024-05-02", description="宿舍热水器坏了")
    late = make.concern(far, other, raised_on="2024-04-01", description="工区围墙<塌了> & 漏雨")
    assert late.due_on < dt.date(2024, 5, 31)
    done = make.concern(mid, cadre, raised_on="2024-05-05", description="劳保鞋尺码不合适")
    resolve(done.id, response="已联系材料员更换", feedback_on="2024-05-12", closed_on="2024-05-11",
            actor="王书记")
    told = make.concern(near, other, raised_on="2024-05-06", description="希望调整休班")
    explain(told.id, explanation="生产任务紧，六月后再安排", told_on="2024-05-20", actor="王书记")
    return store


