"""Party members (党员), including the cadres who make visits."""
from __future__ import annotations

from db import pinyin, records
from db.choices import GENDERS, MEMBER_CATEGORIES, MEMBER_STATUSES
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Branch, Member
from db.validate import Checker

BEFORE_BIRTH = QT_TRANSLATE_NOOP("db", "This date is before the birth date.")
BEFORE_JOINING = QT_TRANSLATE_NOOP("db", "Full membership cannot come before joining.")


def _validate(data: dict, current) -> dict:
    c = Checker(data)
    name = c.text("name", required=True, max_len=50)
    c.choice("gender", GENDERS, required=False)
    if c.clean["gender"] is None:
        c.clean["gender"] = ""
    birth = c.date("birth_date", not_future=True)
    c.text("ethnicity", max_len=20)
    c.text("education", max_len=30)
    joined = c.date("joined_on", not_future=True)
    full = c.date("full_member_on", not_future=True)
    if birth and joined and joined < birth:
        c.fail("joined_on", BEFORE_BIRTH)
    if joined and full and full < joined:
        c.fail("full_member_on", BEFORE_JOINING)
    c.choice("category", MEMBER_CATEGORIES, default="full")
    c.text("job_post", max_len=50)
    c.text("party_post", max_len=50)
    c.flag("is_cadre")
    c.ref("branch", Branch, required=False)
    c.text("phone", max_len=30)
    c.choice("status", MEMBER_STATUSES, default="active")
    c.date("status_on", not_future=True)
    c.text("notes", max_len=2000)
    if name:
        c.clean["name_pinyin"], c.clean["name_initials"] = pinyin.keys(name)
    return c.done()


KIND = records.Kind(Member, _validate)







def search_condition(text: str):
    """Rows whose name, full pinyin or pinyin initials contain `text` (zs finds 张三)."""
    needle = text.strip().lower()
    return (Member.name.contains(needle) | Member.name_initials.contains(needle)
            | Member.name_pinyin.contains(needle))


def list_members(*, search: str = "", branch_id: str | None = None, cadres_only: bool = False,
                 status: str | None = None, deleted: bool = False) -> list[Member]:
    query = Member.select().where(Member.deleted == deleted)
    if search.strip():
        query = query.where(search_condition(search))
    if branch_id:
        query = query.where(Member.branch == branch_id)
    if cadres_only:
        query = query.where(Member.is_cadre)
    if status:
        query = query.where(Member.status == status)
    return list(query.order_by(Member.name_pinyin))


def list_cadres() -> list[Member]:
    return list_members(cadres_only=True, status="active")
