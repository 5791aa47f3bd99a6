"""Header cells as people write them."""
from __future__ import annotations

import pytest

from db.spreadsheet.headers import (
    BRACKETS,
    CONTAINED,
    EXACT,
    SIGNATURE_LINE,
    TOTAL_LINE,
    footer_kind,
    matcher,
)
from db.spreadsheet.layout import MEMBERS, VISITS, WORK_AREAS


@pytest.mark.parametrize("spec, cell, key, how", [
    (MEMBERS, "姓  名", "name", EXACT),
    (MEMBERS, "＊出生年月", "birth_date", EXACT),
    (MEMBERS, "出生日期【格式1990.01】", "birth_date", BRACKETS),
    (MEMBERS, "联系电话：", "phone", BRACKETS),
    (WORK_AREAS, "距离 (km)", "distance_km", BRACKETS),
    (WORK_AREAS, "职工人数（人）", "headcount", BRACKETS),
    (VISITS, "参加走访人员", "participants", CONTAINED),
    (VISITS, "下现场人员", "participants", EXACT),
    (VISITS, "下现场参加人员名单", "participants", CONTAINED),
    (VISITS, "走访领导", "participants", EXACT),
    (VISITS, "方式", "kind", EXACT),
    (VISITS, "见到职工数", "workers_met", EXACT),   # the visit window's own label
    (VISITS, "见到职工", "workers_met", EXACT),
    (VISITS, "走访主要内容", "summary", CONTAINED),
])
def test_headers_people_write(spec, cell, key, how):
    found = matcher(spec).match(cell)
    assert (found.column.key, found.how) == (key, how)


def test_a_header_of_two_columns_is_ambiguous_and_an_unknown_one_is_none():
    found = matcher(VISITS).match("工区人员")
    assert found.column is None and [c.key for c in found.candidates] == [
        "work_area", "participants"]
    assert matcher(MEMBERS).match("身份证号") is None


@pytest.mark.parametrize("row, kind", [
    (["合计", "", "32"], TOTAL_LINE), ([None, "共 32 人"], TOTAL_LINE),
    (["小计：12"], TOTAL_LINE), (["填表人：张三", "", "审核人：李四"], SIGNATURE_LINE),
    (["制表：王五"], SIGNATURE_LINE), (["审核"], SIGNATURE_LINE),
    (["张三", "合计"], None), (["负责人员培训"], None), ([1, "张三"], None),
])
def test_total_and_signature_lines(row, kind):
    assert footer_kind(row) == kind
