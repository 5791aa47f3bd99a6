"""What a conflict tells the window besides the two versions: which columns are yes/no flags,
which hold ids of other rows, and the names of those rows (a visit by day and place only)."""
from __future__ import annotations

from db import concerns, members, records, visits, workareas
from db.sync import list_conflicts


def test_a_conflict_names_the_rows_its_ids_point_to(devices):
    with devices.on("office"):
        north = records.create(workareas.KIND, {"name": "北站"}).id
        south = records.create(workareas.KIND, {"name": "南站"}).id
        owner = records.create(members.KIND, {"name": "张三", "is_cadre": True}).id
        other = records.create(members.KIND, {"name": "李四", "is_cadre": True}).id
        visit = records.create(visits.KIND, {"visited_on": "2024-06-01", "work_area": north,
                                             "participants": [owner], "summary": "谈心内容",
                                             "private": True}).id
        concern = records.create(concerns.KIND, {
            "raised_on": "2024-06-02", "work_area": north, "raised_by_name": "工人",
            "description": "宿舍漏雨\n第二行", "owner": owner, "visit": visit}).id
    devices.exchange("office", "laptop_a")
    with devices.on("office"):
        records.edit(concerns.KIND, concern, {"work_area": south})
    with devices.on("laptop_a"):
        records.edit(concerns.KIND, concern, {"owner": other})
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        [conflict] = list_conflicts()
    assert {"work_area_id", "owner_id", "visit_id", "raised_by_id"} <= conflict.references
    assert "deleted" in conflict.flags and "owner_id" not in conflict.flags
    assert {conflict.names[i] for i in (north, south, owner, other)} == {"北站", "南站", "张三",
                                                                         "李四"}
    assert conflict.names[visit] == "2024-06-01 北站"  # never the (private) summary
