from db import branches, members, records
from db.branches import DUPLICATE_NAME, HAS_MEMBERS, list_branches
from db.errors import ValidationError
from db.validate import DELETED_REF, MISSING_REF, REQUIRED, TOO_LONG
from tests.db.helpers import assert_refused, check_lifecycle


def test_branch_lifecycle(store, make):
    secretary = make.member()
    row = records.create(branches.KIND, {"name": " 第一党支部 ", "notes": "检修"})
    assert row.name == "第一党支部"
    check_lifecycle(
        store, branches.KIND, row,
        visible=lambda i: i in [b.id for b in list_branches()],
        changes={"notes": "运用", "secretary_id": secretary.id},
        expected_diff={"notes": ["检修", "运用"], "secretary_id": [None, secretary.id]})
    assert [b.name for b in list_branches(deleted=True)] == []


def test_deleted_branches_are_listed_as_trash(store, make):
    row = make.branch()
    records.delete(branches.KIND, row.id)
    assert list_branches() == [] and [b.id for b in list_branches(deleted=True)] == [row.id]


def test_branch_refusals(store, make, unchanged):
    taken = make.branch(name="第一党支部")
    gone = make.member()
    from db import branches, records

    records.delete(members.KIND, gone.id)
    assert_refused(unchanged, lambda: records.create(branches.KIND, {"name": "  "}), "name",
                   REQUIRED)
    assert_refused(unchanged, lambda: records.create(branches.KIND, {"name": "x" * 101}), "name",
                   TOO_LONG)
    assert_refused(unchanged, lambda: records.create(branches.KIND, {"name": "第一党支部"}), "name",
                   DUPLICATE_NAME)
    other = make.branch()
    assert_refused(unchanged, lambda: records.edit(branches.KIND, other.id, {"name": "第一党支部"}),
                   "name",
                   DUPLICATE_NAME)
    assert_refused(unchanged, lambda: records.create(branches.KIND, {"name": "新",
                                                                     "secretary_id": "nope"}),
                   "secretary_id", MISSING_REF)
    assert_refused(unchanged, lambda: records.create(branches.KIND, {"name": "新",
                                                                     "secretary_id": gone.id}),
                   "secretary_id", DELETED_REF)
    assert taken.name == "第一党支部"


def test_a_branch_with_members_cannot_be_deleted(store, make, unchanged):
    row = make.branch()
    make.member(branch=row.id)
    make.member(branch=row.id)
    with unchanged():
        try:
            records.delete(branches.KIND, row.id)
        except ValidationError as exc:
            assert exc.problems[0].template == HAS_MEMBERS and exc.params == {"count": 2}
        else:
            raise AssertionError("deleted a branch with members")


def test_a_deleted_branch_name_can_be_reused_but_then_not_restored(store, make, unchanged):
    old = make.branch(name="第二党支部")
    records.delete(branches.KIND, old.id)
    make.branch(name="第二党支部")
    assert_refused(unchanged, lambda: records.restore(branches.KIND, old.id), "name",
                   branches.DUPLICATE_NAME)
