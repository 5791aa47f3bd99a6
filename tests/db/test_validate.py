import datetime as dt

import pytest

from db.errors import ValidationError
from db.validate import (
    BAD_CHOICE,
    BAD_DATE,
    BAD_INTEGER,
    BAD_NUMBER,
    END_BEFORE_START,
    FUTURE_DATE,
    REQUIRED,
    TOO_EARLY,
    TOO_LATE,
    TOO_LONG,
    Checker,
)
from tests.db.helpers import template_is_translated


def _number(raw, **kw):
    c = Checker({"x": raw})
    value = c.number("x", **kw)
    return value, [p.template for p in c.problems]


@pytest.mark.parametrize("raw, expected", [
    ("1.5", 1.5), (" 2 ", 2.0), (3, 3.0), (0.25, 0.25), ("1,500", 1500.0), ("12,345.5", 12345.5),
    ("１.５", 1.5), ("１，２００", 1200.0), ("+4", 4.0),
])
def test_numbers_people_type(raw, expected):
    assert _number(raw) == (expected, [])


@pytest.mark.parametrize("raw", ["1,5", "1,50", "12,34,567", ",5", "1.5.2", "nan", "inf", "abc",
                                 True, "1,5小时"])
def test_ambiguous_or_garbage_numbers_are_refused(raw):
    """"1,5" is 1.5 to some and 15 to others: refuse it rather than store ten times the hours."""
    assert _number(raw) == (None, [BAD_NUMBER])


def test_integers():
    c = Checker({"a": "3", "b": "3.0", "c": "3.5", "d": "2,000"})
    assert (c.integer("a"), c.integer("b"), c.integer("c"), c.integer("d")) == (3, 3, None, 2000)
    assert [p.template for p in c.problems] == [BAD_INTEGER]


def test_text_strips_and_limits():
    c = Checker({"a": "  甲  ", "b": "   ", "c": "xyz"})
    assert c.text("a") == "甲" and c.text("b") == ""
    c.text("b", required=True)
    c.text("c", max_len=2)
    assert [(p.field, p.template, p.params) for p in c.problems] == [
        ("b", REQUIRED, {}), ("c", TOO_LONG, {"max": 2})]


@pytest.mark.parametrize("raw, expected", [
    (True, True), (False, False), (1, True), (0, False), ("1", True), ("0", False),
    ("true", True), ("False", False), ("yes", True), ("no", False), ("是", True), ("否", False),
    ("", False), (None, False),
])
def test_flags(raw, expected):
    c = Checker({"f": raw})
    assert c.flag("f") is expected and not c.problems


def test_an_empty_flag_takes_its_default():
    assert Checker({"f": " "}).flag("f", default=True) is True


def test_a_flag_that_is_not_yes_or_no_is_refused():
    c = Checker({"f": "maybe"})
    c.flag("f")
    assert [p.template for p in c.problems] == [BAD_CHOICE]


def test_dates(pinned_today):
    c = Checker({"a": "2024/6/15", "b": "2024-06-16", "c": "soon", "d": dt.datetime(2020, 1, 2, 3)})
    assert c.date("a", not_future=True) == pinned_today
    assert c.date("b", not_future=True) == dt.date(2024, 6, 16)
    assert c.date("c") is None
    assert c.date("d") == dt.date(2020, 1, 2)
    assert [(p.field, p.template, p.params) for p in c.problems] == [
        ("b", FUTURE_DATE, {"value": "2024-06-16"}), ("c", BAD_DATE, {"value": "soon"})]


def test_a_date_outside_the_years_records_lie_in_is_refused(pinned_today):
    """A typo such as 0025-06-13 or a 9999-12-31 "for ever" would stretch every figure that spans
    the records' months (and 9999-12 has no month after it)."""
    c = Checker({"a": "0025-06-13", "b": dt.date(9999, 12, 31), "c": "1899-12-31",
                 "d": "2099-12-31", "e": dt.date(1900, 1, 1), "f": dt.date(2100, 1, 1)})
    assert [c.date(name) for name in "abcdef"] == [
        dt.date(25, 6, 13), dt.date(9999, 12, 31), dt.date(1899, 12, 31), dt.date(2099, 12, 31),
        dt.date(1900, 1, 1), dt.date(2100, 1, 1)]
    assert [(p.field, p.template, p.params) for p in c.problems] == [
        ("a", TOO_EARLY, {"value": "0025-06-13", "earliest": "1900-01-01"}),
        ("b", TOO_LATE, {"value": "9999-12-31", "latest": "2099-12-31"}),
        ("c", TOO_EARLY, {"value": "1899-12-31", "earliest": "1900-01-01"}),
        ("f", TOO_LATE, {"value": "2100-01-01", "latest": "2099-12-31"})]


def test_period():
    c = Checker({"s": "2024-01-02", "e": "2024-01-01"})
    c.date("s"), c.date("e")
    c.period("s", "e")
    assert [(p.field, p.template) for p in c.problems] == [("e", END_BEFORE_START)]


def test_choice_accepts_digit_strings_for_numeric_codes():
    c = Checker({"t": "3", "k": "bad"})
    assert c.choice("t", {1: "a", 3: "c"}) == 3
    c.choice("k", {"good": "g"})
    assert [p.template for p in c.problems] == [BAD_CHOICE]


def test_done_raises_with_every_problem():
    c = Checker({})
    c.text("a", required=True)
    c.integer("b", required=True)
    with pytest.raises(ValidationError) as info:
        c.done()
    assert [p.field for p in info.value.problems] == ["a", "b"]
    assert str(info.value) == "a: This field is required.; b: This field is required."


def test_every_checker_template_is_translated():
    import db.validate as v

    templates = [getattr(v, n) for n in dir(v) if n.isupper() and isinstance(getattr(v, n), str)]
    assert templates and all(template_is_translated(t) for t in templates)


def test_a_link_follows_the_rules_of_a_reference(store):
    from db import records
    from db.models import Branch
    from db.validate import DELETED_REF, MISSING_REF, deleted_flags

    live = records.insert(Branch, {"name": "一支部"})
    gone = records.insert(Branch, {"name": "二支部", "deleted": True})
    for raw, problems in ((live.id, []), (live, []), (gone.id, [DELETED_REF]),
                          ("no-such-id", [MISSING_REF]), ("", [])):
        linked, referred = Checker({"branch": raw}), Checker({"branch": raw})
        linked.link("branch", Branch, required=False)
        referred.ref("branch", Branch, required=False)
        assert [p.template for p in linked.problems] == problems
        assert linked.problems == referred.problems and linked.clean == referred.clean
    required = Checker({})
    required.link("branch", Branch)
    assert [p.template for p in required.problems] == [REQUIRED]
    assert deleted_flags(Branch, "name", "二支部") == [True]
    assert deleted_flags(Branch, "name", "一支部", other_than=live.id) == []


def test_an_import_block_reads_a_referred_row_once_and_a_trashed_one_each_time(
        store, monkeypatch):
    """A 2,000-visit log names a few dozen work areas: each is read once, not once a visit."""
    import db.validate as v
    from db import records
    from db.models import Branch

    live = records.insert(Branch, {"name": "一支部"})
    gone = records.insert(Branch, {"name": "二支部", "deleted": True})
    reads = []
    real = v.row_by_id
    monkeypatch.setattr(v, "row_by_id", lambda model, key: reads.append(key) or real(model, key))

    def problems(key):
        c = Checker({"branch": key})
        c.ref("branch", Branch)
        return [p.template for p in c.problems]

    with v.remembered_links():
        assert [problems(k) for k in (live.id, live.id, gone.id, gone.id, "nope", "nope")] == [
            [], [], [v.DELETED_REF], [v.DELETED_REF], [v.MISSING_REF], [v.MISSING_REF]]
    assert reads == [live.id, gone.id, gone.id, "nope", "nope"]
    assert problems(live.id) == [] and reads[-1] == live.id  # outside the block: asked again
