"""A commit after its preview makes the preview's writes once (the last sheet's batches are
kept, not made, by the preview): the records are those a commit alone makes."""
from __future__ import annotations

from db.models import Assignment, Concern, Member, Responsibility, Visit, VisitPerson, WorkArea
from db.records import content_of
from db.spreadsheet import commit_import, preview_import, read_workbook
from db.store import Store

SHEETS = {
    "党员": [["姓名", "出生年月", "所在工区", "包保工区", "总支委员", "备注"],
             ["张三", "1980.05", "东站工区", "东站工区、西站工区", "是", ""],
             ["李四", "1985.07", "西站工区", None, "否", "预备"],
             ["王五", "1990.03", "南站工区", None, None, ""]],
    "走访记录": [["日期", "工区", "方式", "时长", "参加干部", "谈话对象", "内容"],
                 ["2025-03-01", "东站工区", "谈心谈话", 2, "张三", "李四", "谈家庭困难"],
                 ["2025-03-02", "西站工区", "跟班作业", 4, "张三", None, "跟班"]],
    "职工诉求": [["反映日期", "工区", "反映人", "诉求类别", "诉求内容", "负责人", "办理状态"],
                 ["2025-03-01", "东站工区", "赵六", "生活保障", "宿舍没有热水", "张三", "已解决"]],
}
MODELS = (WorkArea, Member, Assignment, Responsibility, Visit, VisitPerson, Concern)
STAMPS = {"id", "created_at", "modified_at", "modified_by", "seq", "rev_history"}


def _records() -> dict:
    """Every record's content by kind, ids replaced by what they name (ids differ per run)."""
    names = {m.id: m.name for m in Member.select()} | {a.id: a.name for a in WorkArea.select()}
    out = {}
    for model in MODELS:
        rows = []
        for row in model.select():
            content = {k: names.get(v, v) for k, v in content_of(row).items()
                       if k not in STAMPS and not (model is VisitPerson and k == "visit")}
            rows.append(tuple(sorted((k, str(v)) for k, v in content.items())))
        out[model.__name__] = sorted(rows)
    return out


def _import(folder, path, *, preview: bool) -> dict:
    with Store.open(folder) as store:
        book = read_workbook(path)
        if preview:
            shown = preview_import(book)
            assert not shown.has_errors, [str(p) for p in shown.problems]
            assert store.counts()["member"] == 0  # the preview wrote nothing
        assert commit_import(book).committed
        return _records() | {"counts": store.counts()}


def test_commit_after_preview_writes_what_a_commit_alone_writes(tmp_path, make_book):
    for sheets in (SHEETS, {"党员": SHEETS["党员"]}):  # the roster's batches last, then not
        path = make_book(sheets, name=f"book{len(sheets)}.xlsx")
        alone = _import(tmp_path / f"alone{len(sheets)}", path, preview=False)
        after = _import(tmp_path / f"after{len(sheets)}", path, preview=True)
        assert after == alone
        assert len(alone["Member"]) == 3 and len(alone["Responsibility"]) == 2
        assert len(alone["Visit"]) == (2 if len(sheets) > 1 else 0)
