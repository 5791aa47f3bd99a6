"""Party members (党员), including the cadres who make visits."""
from __future__ import annotations

import datetime as dt

import peewee as pw

from db import pinyin, records
from db.choices import GENDERS, MEMBER_CATEGORIES, MEMBER_STATUSES
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Branch, Member
from db.validate import Checker

BEFORE_BIRTH = QT_TRANSLATE_NOOP("db", "This date is before the birth date.")
BEFORE_JOINING = QT_TRANSLATE_NOOP("db", "Full membership cannot come before joining.")
UNDER_AGE = QT_TRANSLATE_NOOP(
    "db", "A member of the Party is an adult: the birth date {birth} is less than 18 years ago.")
JOINED_UNDER_AGE = QT_TRANSLATE_NOOP(
    "db", "Joining the Party comes at 18 or older: {joined} is less than 18 years after the "
    "birth date {birth}.")
ADULT_AGE = 18  # 党章 article 1: 年满十八岁

# Dates a roster may give to the month only (出生年月 1987.11); which ones are is kept in
# `month_precision`. Plausible earliest days: nobody on a roll was born before 1900, and nobody
# joined before the Party was founded.
MONTH_FIELDS = ("birth_date", "joined_on", "full_member_on")
EARLIEST = {"birth_date": dt.date(1900, 1, 1), "joined_on": dt.date(1921, 7, 1),
            "full_member_on": dt.date(1921, 7, 1)}


def _precision(c: Checker, data: dict, current, dates: dict) -> None:
    """Which dates are known to the month only: those given as a month now, and those stated
    so before whose day is unchanged (a date typed anew as a full date is a full date)."""
    stated = data.get("month_precision")
    if not stated:  # a new record's usual case: the months are those given as months now
        c.clean["month_precision"] = ",".join(
            [name for name in dates if name in c.month_only]) if c.month_only else ""
        return
    given = {f for f in str(stated).split(",") if f in MONTH_FIELDS}
    months = []
    for name, value in dates.items():
        if name in c.month_only or value is not None and name in given and (
                current is None or getattr(current, name) == value):
            months.append(name)
    c.clean["month_precision"] = ",".join(months)


def years_after(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February on 1 March of a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def _shown(c: Checker, name: str, day: dt.date) -> str:
    return day.isoformat()[:7] if name in c.month_only else day.isoformat()


def _ages(c: Checker, birth: dt.date | None, joined: dt.date | None) -> None:
    """A member is 18 or older, and was when joining. A month-precision date is its earliest
    possible day (the first of its month), as every comparison takes it."""
    if birth is None or c.has_problem("birth_date"):
        return
    adult = years_after(birth, ADULT_AGE)
    if adult > c.today():
        c.fail("birth_date", UNDER_AGE, birth=_shown(c, "birth_date", birth))
    elif joined is not None and joined >= birth and adult > joined and not c.has_problem(
            "joined_on"):
        c.fail("joined_on", JOINED_UNDER_AGE, joined=_shown(c, "joined_on", joined),
               birth=_shown(c, "birth_date", birth))


def date_text(member: Member, name: str) -> str:
    """A member's date as known: 1987-11 for a month, 1987-11-15 for a day, "" for none."""
    value = getattr(member, name)
    if value is None:
        return ""
    if name in (member.month_precision or "").split(","):
        return value.isoformat()[:7]
    return value.isoformat()


def _validate(data: dict, current) -> dict:
    c = Checker(data)
    name = c.text("name", required=True, max_len=50)
    c.choice("gender", GENDERS, required=False)
    if c.clean["gender"] is None:
        c.clean["gender"] = ""
    birth = c.date("birth_date", not_future=True, allow_month=True,
                   earliest=EARLIEST["birth_date"])
    joined = c.date("joined_on", not_future=True, allow_month=True,
                    earliest=EARLIEST["joined_on"])
    full = c.date("full_member_on", not_future=True, allow_month=True,
                  earliest=EARLIEST["full_member_on"])
    dates = {"birth_date": birth, "joined_on": joined, "full_member_on": full}
    _precision(c, data, current, dates)
    c.text("ethnicity", max_len=20)
    c.text("education", max_len=30)
    if birth and joined and joined < birth:
        c.fail("joined_on", BEFORE_BIRTH)
    if joined and full and full < joined:
        c.fail("full_member_on", BEFORE_JOINING)
    _ages(c, birth, joined)
    c.choice("category", MEMBER_CATEGORIES, default="full")
    c.text("job_post", max_len=50)
    c.text("party_post", max_len=50)
    c.flag("is_cadre")
    c.link("branch", Branch, required=False)
    c.text("phone", max_len=30)
    c.choice("status", MEMBER_STATUSES, default="active")
    c.date("status_on", not_future=True)
    c.text("notes", max_len=2000)
    if name:
        c.clean["name_pinyin"], c.clean["name_initials"] = pinyin.keys(name)
    return c.done()


KIND = records.Kind(Member, _validate)


def search_condition(text: str) -> pw.Expression:
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
