"""Exchange between three machines: every behaviour of DESIGN.md → Sync, one test each."""
from __future__ import annotations

import pytest

from db import assignments, branches, members, records, visits, workareas
from db.models import AuditEntry, ExchangeLog, Member, Organisation, SyncPeer, WorkArea
from db.organisation import update_organisation
from db.sync import PackageError, import_package, list_conflicts, read_package, resolve_conflict
from tests.db.helpers import TODAY
from tests.db.sync.packages import rewrite

DAY = TODAY  # conftest pins db.clock.today to it


def _joined(devices, *laptops):
    """The office with a branch, two areas and a cadre; each laptop starts from its package."""
    with devices.on("office"):
        update_organisation({"name": "线路车间党总支"})
        branch = records.create(branches.KIND, {"name": "第一支部"})
        a1 = records.create(workareas.KIND, {"name": "东站工区", "access_tier": 1})
        a2 = records.create(workareas.KIND, {"name": "岭口工区", "access_tier": 3})
        cadre = records.create(members.KIND, {"name": "王建国", "is_cadre": True,
                                              "branch": branch.id})
    ids = {"branch": branch.id, "a1": a1.id, "a2": a2.id, "cadre": cadre.id}
    for laptop in laptops:
        devices.exchange("office", laptop)
    return ids


def _area(devices, name, area_id):
    with devices.on(name):
        return WorkArea.get_by_id(area_id)


def test_new_database_adopts_the_branch_of_its_first_package(devices):
    _joined(devices, "laptop_a")
    office = devices.snapshot("office")
    laptop = devices.snapshot("laptop_a")
    assert laptop == office
    with devices.on("laptop_a"):
        assert Organisation.select().count() == 1
        assert Organisation.get().name == "线路车间党总支"
        assert [p.name for p in SyncPeer.select()] == ["office"]


def test_rows_created_anywhere_arrive_everywhere(devices):
    ids = _joined(devices, "laptop_a", "laptop_b")
    with devices.on("laptop_a"):
        made_a = records.create(workareas.KIND, {"name": "A 的工区"}).id
    with devices.on("laptop_b"):
        made_b = records.create(members.KIND, {"name": "李四"}).id
    summary = devices.exchange("laptop_a", "office")
    assert (summary.new, summary.conflicts) == (1, 0)
    devices.exchange("laptop_b", "office")
    devices.exchange("office", "laptop_a")
    devices.exchange("office", "laptop_b")
    for name in devices.names:
        with devices.on(name):
            assert WorkArea.get_by_id(made_a).name == "A 的工区"
            assert Member.get_by_id(made_b).name == "李四"
    assert devices.snapshot("laptop_a") == devices.snapshot("laptop_b") == devices.snapshot(
        "office")
    assert ids


def test_import_is_idempotent(devices):
    ids = _joined(devices, "laptop_a")
    with devices.on("office"):
        records.edit(workareas.KIND, ids["a1"], {"headcount": 12})
    package = devices.export("office", for_device="laptop_a")
    first = devices.import_("laptop_a", package)
    before = devices.snapshot("laptop_a")
    again = devices.import_("laptop_a", package)
    assert first.updated == 1
    assert (again.new, again.updated, again.conflicts) == (0, 0, 0)
    assert devices.snapshot("laptop_a") == before


def test_edit_on_one_side_only_wins_on_the_other(devices):
    ids = _joined(devices, "laptop_a")
    with devices.on("laptop_a"):
        records.edit(workareas.KIND, ids["a2"], {"headcount": 30})
    summary = devices.exchange("laptop_a", "office")
    assert (summary.updated, summary.conflicts) == (1, 0)
    assert _area(devices, "office", ids["a2"]).headcount == 30
    back = devices.exchange("office", "laptop_a")
    assert (back.updated, back.conflicts) == (0, 0)
    assert _area(devices, "laptop_a", ids["a2"]).headcount == 30


def test_an_older_version_does_not_overwrite_a_newer_one(devices):
    ids = _joined(devices, "laptop_a")
    stale = devices.export("office", full=True)
    with devices.on("office"):
        records.edit(workareas.KIND, ids["a1"], {"headcount": 5})
    devices.exchange("office", "laptop_a")
    summary = devices.import_("laptop_a", stale)
    assert summary.kept >= 1 and summary.conflicts == 0
    assert _area(devices, "laptop_a", ids["a1"]).headcount == 5


def test_concurrent_edits_keep_both_versions_with_the_same_winner_everywhere(devices):
    ids = _joined(devices, "laptop_a")
    with devices.on("office"):
        records.edit(workareas.KIND, ids["a1"], {"headcount": 7})
    with devices.on("laptop_a"):
        records.edit(workareas.KIND, ids["a1"], {"headcount": 9, "notes": "路远"})
    to_office = devices.exchange("laptop_a", "office")
    to_laptop = devices.exchange("office", "laptop_a")
    assert to_office.conflicts == 1 and to_laptop.conflicts == 1
    shown = {_area(devices, n, ids["a1"]).headcount for n in ("office", "laptop_a")}
    assert len(shown) == 1
    for name in ("office", "laptop_a"):
        with devices.on(name):
            [conflict] = list_conflicts()
            assert conflict.row_id == ids["a1"]
            assert {conflict.shown["headcount"], conflict.other["headcount"]} == {7, 9}
            assert "headcount" in conflict.differing and "notes" in conflict.differing
    # exchanging again neither duplicates the conflict nor changes the winner
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        assert len(list_conflicts()) == 1


def test_resolving_field_by_field_propagates_and_closes_the_conflict_elsewhere(devices):
    ids = _joined(devices, "laptop_a", "laptop_b")
    with devices.on("office"):
        records.edit(workareas.KIND, ids["a1"], {"headcount": 7})
    with devices.on("laptop_a"):
        records.edit(workareas.KIND, ids["a1"], {"notes": "路远", "headcount": 9})
    devices.exchange("laptop_a", "office")
    devices.exchange("office", "laptop_a")
    with devices.on("office"):
        [conflict] = list_conflicts()
        local_is_office = conflict.shown["headcount"] == 7
        choice = {"headcount": "local" if local_is_office else "incoming",
                  "notes": "incoming" if local_is_office else "local"}
        resolve_conflict(conflict.id, choice)
        row = WorkArea.get_by_id(ids["a1"])
        assert (row.headcount, row.notes) == (7, "路远")
        assert list_conflicts() == []
        audit = AuditEntry.select().where(AuditEntry.action == "resolve").get()
        assert audit.row_id == ids["a1"]
    devices.exchange("office", "laptop_a")
    devices.exchange("office", "laptop_b")
    for name in ("laptop_a", "laptop_b"):
        with devices.on(name):
            assert list_conflicts() == []
            row = WorkArea.get_by_id(ids["a1"])
            assert (row.headcount, row.notes) == (7, "路远")
    assert devices.snapshot("laptop_a") == devices.snapshot("office") == devices.snapshot(
        "laptop_b")


def test_resolve_choosing_the_other_version(devices):
    ids = _joined(devices, "laptop_a")
    with devices.on("office"):
        records.edit(workareas.KIND, ids["a2"], {"code": "O"})
    with devices.on("laptop_a"):
        records.edit(workareas.KIND, ids["a2"], {"code": "A"})
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        [conflict] = list_conflicts()
        resolve_conflict(conflict.id, "incoming")
        assert WorkArea.get_by_id(ids["a2"]).code == conflict.other["code"]


def test_delete_against_edit_is_a_conflict(devices):
    ids = _joined(devices, "laptop_a")
    with devices.on("office"):
        records.delete(workareas.KIND, ids["a2"])
    with devices.on("laptop_a"):
        records.edit(workareas.KIND, ids["a2"], {"headcount": 40})
    summary = devices.exchange("laptop_a", "office")
    assert summary.conflicts == 1
    with devices.on("office"):
        [conflict] = list_conflicts()
        assert "deleted" in conflict.differing
        resolve_conflict(conflict.id, {"deleted": "incoming" if conflict.other["deleted"] == 0
                                       else "local", "headcount": "incoming"
                                       if conflict.other["headcount"] == 40 else "local"})
        row = WorkArea.get_by_id(ids["a2"])
        assert (row.deleted, row.headcount) == (False, 40)


def test_deletes_travel_as_tombstones(devices):
    ids = _joined(devices, "laptop_a")
    with devices.on("laptop_a"):
        records.delete(workareas.KIND, ids["a2"])
    devices.exchange("laptop_a", "office")
    row = _area(devices, "office", ids["a2"])
    assert row.deleted is True


def test_relay_office_to_a_to_b_and_back(devices):
    ids = _joined(devices, "laptop_a")
    devices.exchange("laptop_a", "laptop_b")  # B joins through A, never meeting the office
    with devices.on("office"):
        late = records.create(workareas.KIND, {"name": "新设工区"}).id
    devices.exchange("office", "laptop_a")
    devices.exchange("laptop_a", "laptop_b")
    assert _area(devices, "laptop_b", late).name == "新设工区"
    with devices.on("laptop_b"):
        visit = records.create(visits.KIND, {"visited_on": DAY, "work_area": late,
                                             "participants": [ids["cadre"]]}).id
    devices.exchange("laptop_b", "laptop_a")
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        assert records.get(visits.KIND, visit).work_area_id == late
        assert visits.participant_ids(visit) == [ids["cadre"]]
    assert devices.snapshot("office") == devices.snapshot("laptop_b")


def test_incremental_export_sends_only_what_the_peer_lacks(devices):
    ids = _joined(devices, "laptop_a")
    devices.exchange("laptop_a", "office")  # the laptop tells the office what it holds
    with devices.on("office"):
        records.edit(workareas.KIND, ids["a1"], {"headcount": 3})
    package = devices.export("office", for_device="laptop_a")
    contents = read_package(package)
    assert {t: len(rows) for t, (_c, rows) in contents.tables().items() if rows} == {"work_area": 1}
    full = read_package(devices.export("office", full=True))
    assert sum(len(rows) for _c, rows in full.tables().values()) > 1


def test_rows_received_from_a_peer_are_not_sent_back_to_it(devices):
    _joined(devices, "laptop_a")
    devices.exchange("laptop_a", "office")
    with devices.on("laptop_a"):
        records.create(workareas.KIND, {"name": "回程工区"})
    devices.exchange("laptop_a", "office")
    back = read_package(devices.export("office", for_device="laptop_a"))
    assert sum(len(rows) for _c, rows in back.tables().values()) == 0


def test_same_visit_link_made_on_two_devices_is_one_row(devices):
    ids = _joined(devices, "laptop_a")
    with devices.on("office"):
        visit = records.create(visits.KIND, {"visited_on": DAY, "work_area": ids["a1"],
                                             "participants": [ids["cadre"]]}).id
    devices.exchange("office", "laptop_a")
    with devices.on("laptop_a"):
        other = records.create(members.KIND, {"name": "赵六", "is_cadre": True}).id
        records.edit(visits.KIND, visit, {"participants": [ids["cadre"], other]})
    with devices.on("office"):
        devices.exchange("laptop_a", "office")
        assert sorted(visits.participant_ids(visit)) == sorted([ids["cadre"], other])
        assert list_conflicts() == []


def test_exchange_history_and_peer_progress_are_kept(devices):
    _joined(devices, "laptop_a")
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        log = [(e.direction, e.device_name) for e in ExchangeLog.select().order_by(ExchangeLog.at)]
        assert ("export", "laptop_a") in log and ("import", "laptop_a") in log
        peer = SyncPeer.get()
        assert peer.name == "laptop_a" and peer.acked_seq > 0


# refusals ----------------------------------------------------------------------------------------
def _key(devices) -> bytes:
    from db.sync.keys import read_key_file

    return read_key_file(devices.key_file)[0]


def _garbled_time(pieces: list[dict]) -> list[dict]:
    """A concern event's time that is no date-time (a package made with the key, by hand)."""
    for piece in pieces:
        if piece.get("table") == "concern_event" and piece.get("rows"):
            at = piece["columns"].index("at")
            piece["rows"][0][at] = "2026-13-45 25:61:00"
            return pieces
    raise AssertionError("no concern event in the package")


def _set_cell(table: str, column: str, value):
    """A package made with the key by hand, `column` of every row of `table` set to `value`."""
    def change(pieces: list[dict]) -> list[dict]:
        rows = [(piece["columns"].index(column), row) for piece in pieces
                if piece.get("table") == table for row in piece["rows"]]
        assert rows, f"no {table} in the package"
        for at, row in rows:
            row[at] = value
        return pieces
    return change


def _flip_last_byte(path):
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage, words", [
    (lambda p, k: p.write_bytes(b"hello, not a package"), "not a Branch Desk exchange package"),
    (lambda p, k: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "incomplete"),
    (lambda p, k: _flip_last_byte(p), "changed after it was written"),
    (lambda p, k: rewrite(p, k, manifest=lambda m: {**m, "format_version": 99}),
     "newer Branch Desk"),
    (lambda p, k: rewrite(p, k, manifest=lambda m: {**m, "schema_version": 99}),
     "newer Branch Desk"),
    (lambda p, k: rewrite(p, k, manifest=lambda m: {x: v for x, v in m.items() if x != "format"}),
     "not a Branch Desk exchange package"),
    (lambda p, k: rewrite(p, k, manifest=lambda m: {**m, "since_seq": "soon"}), "damaged"),
    (lambda p, k: rewrite(p, k, pieces=lambda ps: ps[:-1]), "damaged"),
    # Found by fuzzing packages made with the key: each stopped the import with "something
    # unexpected went wrong" (a list or an object where a value belongs, a number past SQLite's).
    (lambda p, k: rewrite(p, k, pieces=_set_cell("work_area", "name", ["东站工区"])), "damaged"),
    (lambda p, k: rewrite(p, k, pieces=_set_cell("work_area", "access_tier", {"tier": 1})),
     "damaged"),
    (lambda p, k: rewrite(p, k, pieces=_set_cell("work_area", "active", 10 ** 20)),
     "damaged"),
    # ... and a link row's revision history of null was said to "refer to records this
    # database does not have", with SQLite's English words
    (lambda p, k: rewrite(p, k, pieces=_set_cell("work_area", "name_pinyin", None)),
     "damaged (work_area.name_pinyin)"),
])
def test_bad_packages_are_refused_and_nothing_changes(devices, damage, words):
    ids = _joined(devices, "laptop_a")
    with devices.on("office"):
        records.edit(workareas.KIND, ids["a1"], {"name": "东站工区", "headcount": 99})
    package = devices.export("office", full=True)
    damage(package, _key(devices))
    before = devices.snapshot("laptop_a")
    store = devices.open("laptop_a")
    with pytest.raises(PackageError) as refused:
        import_package(package, store.device)
    assert words in refused.value.message
    assert devices.snapshot("laptop_a") == before


def test_a_package_with_a_time_that_is_no_time_is_refused_as_damaged(devices):
    """Found by mypy: the refusal named an attribute the merger lacks, so the person saw
    "something unexpected went wrong" instead of "damaged"."""
    from db import concerns

    ids = _joined(devices, "laptop_a")
    with devices.on("office"):
        records.create(concerns.KIND, {"raised_on": TODAY, "work_area": ids["a1"],
                                       "raised_by_name": "赵六", "description": "宿舍没有热水",
                                       "owner": ids["cadre"]})
    package = devices.export("office", full=True)
    rewrite(package, _key(devices), pieces=_garbled_time)
    before = devices.snapshot("laptop_a")
    store = devices.open("laptop_a")
    with pytest.raises(PackageError) as refused:
        import_package(package, store.device)
    assert "damaged" in refused.value.message and "concern_event.at" in refused.value.message
    assert devices.snapshot("laptop_a") == before


def test_package_of_another_general_branch_is_refused(devices):
    _joined(devices, "laptop_a")
    with devices.on("laptop_b"):  # a separate branch that has its own records
        records.create(workareas.KIND, {"name": "别的工区"})
    foreign = devices.export("laptop_b", full=True)
    before = devices.snapshot("office")
    store = devices.open("office")
    with pytest.raises(PackageError) as refused:
        import_package(foreign, store.device)
    assert "another general branch" in refused.value.message
    assert devices.snapshot("office") == before


def test_a_machine_refuses_its_own_package(devices):
    _joined(devices)
    package = devices.export("office", full=True)
    store = devices.open("office")
    with pytest.raises(PackageError, match="exported by this machine"):
        import_package(package, store.device)


def test_package_missing_parent_rows_is_refused_atomically(devices):
    ids = _joined(devices, "laptop_a")
    early = devices.export("office", full=True)
    devices.import_("laptop_b", early)  # laptop_b joins from an early full package
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        cadre2 = records.create(members.KIND, {"name": "周七", "is_cadre": True}).id
    devices.exchange("office", "laptop_a")
    devices.exchange("laptop_a", "office")  # A confirms it holds cadre2
    with devices.on("office"):
        records.create(visits.KIND, {"visited_on": DAY, "work_area": ids["a1"],
                                     "participants": [cadre2]})
    meant_for_a = devices.export("office", for_device="laptop_a")  # lacks cadre2: A has it
    # (readdressed to everyone by hand: as made, it is refused as a package for another machine)
    rewrite(meant_for_a, _key(devices), manifest=lambda m: {**m, "for_device": None})
    before = devices.snapshot("laptop_b")
    store = devices.open("laptop_b")
    with pytest.raises(PackageError, match="does not have"):
        import_package(meant_for_a, store.device)
    assert devices.snapshot("laptop_b") == before


def test_a_package_made_for_another_machine_is_refused(devices):
    _joined(devices, "laptop_a")
    devices.exchange("office", "laptop_b", full=True)
    devices.exchange("laptop_b", "office")  # the office knows laptop_b now
    with devices.on("office"):
        records.create(members.KIND, {"name": "周七"})
    meant_for_b = devices.export("office", for_device="laptop_b")
    before = devices.snapshot("laptop_a")
    store = devices.open("laptop_a")
    with pytest.raises(PackageError) as refused:
        import_package(meant_for_b, store.device)
    assert str(refused.value) == (
        f"{meant_for_b} was made for laptop_b, not for this machine (laptop_a). Nothing was "
        "imported; import it on laptop_b, or on office export a package for this machine or "
        "for everyone.")
    assert devices.snapshot("laptop_a") == before
    assert devices.import_("laptop_b", meant_for_b).new == 1  # where it was meant to go


def test_a_field_by_field_choice_that_makes_an_invalid_record_is_refused(devices):
    from db.errors import ValidationError
    from db.models import Assignment, SyncConflict

    ids = _joined(devices)
    with devices.on("office"):
        worker = records.create(members.KIND, {"name": "赵六"})
        row = records.create(assignments.ASSIGNMENT, {"member": worker.id, "work_area": ids["a1"],
                                                      "start_on": "2023-01-01"})
    devices.exchange("office", "laptop_a")
    with devices.on("office"):
        records.edit(assignments.ASSIGNMENT, row.id, {"end_on": "2023-03-01"})
    with devices.on("laptop_a"):
        records.edit(assignments.ASSIGNMENT, row.id, {"start_on": "2023-06-01"})
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        [conflict] = list_conflicts()
        shown_end = conflict.shown["end_on"]
        # start from the version that moved the start, end from the one that set an earlier end
        pick = {"start_on": "local" if conflict.shown["start_on"] == "2023-06-01" else "incoming",
                "end_on": "local" if shown_end == "2023-03-01" else "incoming"}
        before = Assignment.get_by_id(row.id).rev
        with pytest.raises(ValidationError) as refused:
            resolve_conflict(conflict.id, pick)
        assert refused.value.for_field("end_on")
        assert Assignment.get_by_id(row.id).rev == before  # nothing written
        assert SyncConflict.get_by_id(conflict.id).resolved_at is None  # still to choose


def _as_schema_three(path, key):
    """Rewrite a package as a version-3 database writes it: work areas without deactivated_on."""
    def drop_column(pieces):
        for piece in pieces:
            if piece.get("table") == "work_area":
                drop = piece["columns"].index("deactivated_on")
                piece["columns"].pop(drop)
                for row in piece["rows"]:
                    row.pop(drop)
        return pieces

    rewrite(path, key, manifest=lambda m: {**m, "schema_version": 3}, pieces=drop_column)


def test_a_package_from_a_version_three_database_imports_with_the_column_defaulted(devices):
    ids = _joined(devices)
    package = devices.export("office", full=True)
    _as_schema_three(package, _key(devices))
    summary = devices.import_("laptop_a", package)
    assert summary.new > 0 and summary.conflicts == 0
    area = _area(devices, "laptop_a", ids["a2"])
    assert (area.name, area.active, area.deactivated_on) == ("岭口工区", True, None)
