"""The concern lifecycle: every allowed step, every refusal, and the history each one writes."""
from __future__ import annotations

import datetime as dt

import pytest

from db import concerns, members, records
from db.concerns import flow, history
from db.errors import NotFound, ValidationError
from tests.db.concerns.helpers import TODAY, area, cadre, concern, pin_today, snapshot


@pytest.fixture
def setup(store, monkeypatch):
    pin_today(monkeypatch)
    work_area = area()
    owner = cadre()
    return work_area, owner, concern(work_area, owner)


def last_event(concern_id):
    return history(concern_id)[-1]


def refused(call, field: str, template: str | None = None) -> ValidationError:
    before = snapshot()
    with pytest.raises(ValidationError) as info:
        call()
    assert snapshot() == before
    assert info.value.for_field(field), info.value.problems
    if template is not None:
        assert info.value.for_field(field)[0].template == template
    return info.value


# allowed steps -----------------------------------------------------------------------------------

def test_created_concern_is_open_with_one_event(setup):
    _area, _owner, c = setup
    assert c.status == "open"
    assert c.due_on == dt.date(2024, 5, 16)  # raised + 15 policy days
    events = history(c.id)
    assert [(e.action, e.from_status, e.to_status, e.actor) for e in events] == [
        ("created", None, "open", "tester")]
    assert flow.allowed_actions(c) == ["start", "resolve", "explain", "reassign"]


def test_start_moves_open_to_in_progress(setup):
    _area, _owner, c = setup
    flow.start(c.id, "已联系后勤", actor="书记")
    c = records.get(concerns.KIND, c.id)
    assert c.status == "in_progress"
    event = last_event(c.id)
    assert (event.action, event.from_status, event.to_status, event.text, event.actor) == (
        "started", "open", "in_progress", "已联系后勤", "书记")
    assert flow.allowed_actions(c) == ["resolve", "explain", "reassign"]


@pytest.mark.parametrize("started", [False, True], ids=["from_open", "from_in_progress"])
def test_resolve_closes_with_response(setup, started):
    _area, _owner, c = setup
    if started:
        flow.start(c.id)
    flow.resolve(c.id, "已更换热水器", feedback_on="2024-05-18", actor="书记")
    c = records.get(concerns.KIND, c.id)
    assert (c.status, c.response, c.feedback_on, c.closed_on) == (
        "resolved", "已更换热水器", dt.date(2024, 5, 18), TODAY)
    event = last_event(c.id)
    assert (event.action, event.from_status, event.to_status, event.text) == (
        "resolved", "in_progress" if started else "open", "resolved", "已更换热水器")
    assert flow.allowed_actions(c) == ["reopen", "satisfaction"]


def test_resolve_without_feedback_date_and_with_an_earlier_closing_day(setup):
    _area, _owner, c = setup
    flow.resolve(c.id, "已修好", closed_on=dt.date(2024, 5, 10))
    c = records.get(concerns.KIND, c.id)
    assert (c.feedback_on, c.closed_on) == (None, dt.date(2024, 5, 10))


@pytest.mark.parametrize("started", [False, True], ids=["from_open", "from_in_progress"])
def test_explain_closes_on_the_day_the_worker_was_told(setup, started):
    _area, _owner, c = setup
    if started:
        flow.start(c.id)
    flow.explain(c.id, "宿舍改造列入明年计划，已向本人说明", dt.date(2024, 5, 12), actor="书记")
    c = records.get(concerns.KIND, c.id)
    assert (c.status, c.feedback_on, c.closed_on) == (
        "explained", dt.date(2024, 5, 12), dt.date(2024, 5, 12))
    assert c.response == "宿舍改造列入明年计划，已向本人说明"
    event = last_event(c.id)
    assert (event.action, event.to_status) == ("explained", "explained")


@pytest.mark.parametrize("close", ["resolve", "explain"])
def test_reopen_clears_the_closure(setup, close):
    _area, _owner, c = setup
    if close == "resolve":
        flow.resolve(c.id, "已修好", feedback_on=TODAY)
    else:
        flow.explain(c.id, "无法解决", TODAY)
    flow.set_satisfaction(c.id, "unsatisfied")
    flow.reopen(c.id, "热水器又坏了", actor="书记")
    c = records.get(concerns.KIND, c.id)
    assert (c.status, c.closed_on, c.response, c.feedback_on, c.satisfaction) == (
        "in_progress", None, "", None, None)
    event = last_event(c.id)
    assert (event.action, event.from_status, event.to_status, event.text) == (
        "reopened", "resolved" if close == "resolve" else "explained", "in_progress",
        "热水器又坏了")
    # the earlier answer is still in the history
    assert any(e.text in ("已修好", "无法解决") for e in history(c.id))


def test_reopened_concern_can_close_again(setup):
    _area, _owner, c = setup
    flow.resolve(c.id, "已修好")
    flow.reopen(c.id, "又坏了")
    flow.explain(c.id, "需更换管道，已报段里", TODAY)
    actions = [e.action for e in history(c.id)]
    assert actions == ["created", "resolved", "reopened", "explained"]
    assert records.get(concerns.KIND, c.id).status == "explained"


@pytest.mark.parametrize("started", [False, True], ids=["open", "in_progress"])
def test_reassign_changes_owner_and_keeps_status(setup, started):
    _area, owner, c = setup
    if started:
        flow.start(c.id)
    other = cadre("赵丽")
    flow.reassign(c.id, other.id, note="分管生活", actor="书记")
    c = records.get(concerns.KIND, c.id)
    assert c.owner_id == other.id
    assert c.status == ("in_progress" if started else "open")
    event = last_event(c.id)
    assert (event.action, event.from_status, event.to_status) == (
        "reassigned", c.status, None)
    assert event.text == "王建国 → 赵丽: 分管生活"


def test_satisfaction_after_closure(setup):
    _area, _owner, c = setup
    flow.resolve(c.id, "已修好")
    flow.set_satisfaction(c.id, "satisfied", actor="书记")
    assert records.get(concerns.KIND, c.id).satisfaction == "satisfied"
    event = last_event(c.id)
    assert (event.action, event.text) == ("satisfaction", "satisfied")
    flow.set_satisfaction(c.id, "basic")
    flow.set_satisfaction(c.id, None)
    assert records.get(concerns.KIND, c.id).satisfaction is None
    assert [e.text for e in history(c.id)][-3:] == ["satisfied", "basic", ""]


def test_same_satisfaction_again_writes_nothing(setup):
    _area, _owner, c = setup
    flow.resolve(c.id, "已修好")
    flow.set_satisfaction(c.id, "satisfied")
    before = snapshot()
    flow.set_satisfaction(c.id, "satisfied")
    assert snapshot() == before


def test_deleted_concern_allows_nothing(setup):
    _area, _owner, c = setup
    row = records.delete(concerns.KIND, c.id)
    assert flow.allowed_actions(row) == []
    with pytest.raises(NotFound):
        flow.start(row.id)


# refusals: wrong state ---------------------------------------------------------------------------

def test_start_refused_when_already_started(setup):
    _area, _owner, c = setup
    flow.start(c.id)
    refused(lambda: flow.start(c.id), "status", flow.ALREADY_STARTED)


@pytest.mark.parametrize("close", ["resolve", "explain"])
@pytest.mark.parametrize("step", ["start", "resolve", "explain", "reassign"])
def test_closed_concern_refuses_open_steps(setup, close, step):
    _area, _owner, c = setup
    if close == "resolve":
        flow.resolve(c.id, "已修好")
    else:
        flow.explain(c.id, "无法解决", TODAY)
    other = cadre("赵丽")
    calls = {
        "start": lambda: flow.start(c.id),
        "resolve": lambda: flow.resolve(c.id, "再次解决"),
        "explain": lambda: flow.explain(c.id, "再次解释", TODAY),
        "reassign": lambda: flow.reassign(c.id, other.id),
    }
    refused(calls[step], "status", flow.ALREADY_CLOSED)


@pytest.mark.parametrize("started", [False, True], ids=["open", "in_progress"])
def test_reopen_refused_when_not_closed(setup, started):
    _area, _owner, c = setup
    if started:
        flow.start(c.id)
    refused(lambda: flow.reopen(c.id, "理由"), "status", flow.NOT_CLOSED)


@pytest.mark.parametrize("started", [False, True], ids=["open", "in_progress"])
def test_satisfaction_refused_before_closure(setup, started):
    _area, _owner, c = setup
    if started:
        flow.start(c.id)
    refused(lambda: flow.set_satisfaction(c.id, "satisfied"), "status",
            flow.SATISFACTION_BEFORE_CLOSE)


# refusals: missing or bad input ------------------------------------------------------------------

@pytest.mark.parametrize("response", ["", "   ", None])
def test_resolve_needs_a_response(setup, response):
    _area, _owner, c = setup
    refused(lambda: flow.resolve(c.id, response), "response")


@pytest.mark.parametrize("feedback_on, template", [
    ("2024-05-21", "The date {value} is in the future."),
    ("2024-04-30", flow.BEFORE_RAISED),
    ("not a date", "“{value}” is not a date (use YYYY-MM-DD)."),
])
def test_resolve_refuses_a_bad_feedback_date(setup, feedback_on, template):
    _area, _owner, c = setup
    refused(lambda: flow.resolve(c.id, "已修好", feedback_on), "feedback_on", template)


@pytest.mark.parametrize("closed_on", [dt.date(2024, 5, 21), dt.date(2024, 4, 1)])
def test_resolve_refuses_a_bad_closing_day(setup, closed_on):
    _area, _owner, c = setup
    refused(lambda: flow.resolve(c.id, "已修好", closed_on=closed_on), "closed_on")


@pytest.mark.parametrize("explanation", ["", "  "])
def test_explain_needs_the_explanation(setup, explanation):
    _area, _owner, c = setup
    refused(lambda: flow.explain(c.id, explanation, TODAY), "response")


@pytest.mark.parametrize("told_on, template", [
    (None, "This field is required."),
    ("", "This field is required."),
    (dt.date(2024, 5, 21), "The date {value} is in the future."),
    (dt.date(2024, 4, 30), flow.BEFORE_RAISED),
])
def test_explain_needs_a_plausible_told_date(setup, told_on, template):
    _area, _owner, c = setup
    refused(lambda: flow.explain(c.id, "无法解决", told_on), "feedback_on", template)


def test_explain_reports_both_missing_fields(setup):
    _area, _owner, c = setup
    error = refused(lambda: flow.explain(c.id, "", None), "response")
    assert error.for_field("feedback_on")


def test_told_on_the_day_it_was_raised_is_fine(setup):
    _area, _owner, c = setup
    flow.explain(c.id, "无法解决", c.raised_on)
    assert records.get(concerns.KIND, c.id).closed_on == c.raised_on


@pytest.mark.parametrize("reason", ["", "  ", None])
def test_reopen_needs_a_reason(setup, reason):
    _area, _owner, c = setup
    flow.resolve(c.id, "已修好")
    refused(lambda: flow.reopen(c.id, reason), "reason")


def test_reassign_refuses_a_non_cadre_the_same_owner_and_no_one(setup):
    _area, owner, c = setup
    worker = records.create(members.KIND, {"name": "孙工"})
    refused(lambda: flow.reassign(c.id, worker.id), "owner", "The owner must be a cadre.")
    refused(lambda: flow.reassign(c.id, owner.id), "owner", flow.SAME_OWNER)
    refused(lambda: flow.reassign(c.id, None), "owner", "This field is required.")
    refused(lambda: flow.reassign(c.id, "no-such-id"), "owner",
            "The chosen record does not exist.")


def test_satisfaction_refuses_an_unknown_value(setup):
    _area, _owner, c = setup
    flow.resolve(c.id, "已修好")
    refused(lambda: flow.set_satisfaction(c.id, "thrilled"), "satisfaction")


def test_unknown_concern_is_not_found(setup):
    with pytest.raises(NotFound):
        flow.start("no-such-id")


# checking without writing (dialogs) ----------------------------------------------------------

def test_check_validates_without_writing(setup):
    _area, _owner, c = setup
    before = snapshot()
    step = flow.check("explain", c.id, {"response": "无法解决", "feedback_on": "2024-05-10"})
    assert step.changes["closed_on"] == dt.date(2024, 5, 10) and step.to_status == "explained"
    assert snapshot() == before
    with pytest.raises(ValidationError) as info:
        flow.check("explain", c.id, {"response": "", "feedback_on": ""})
    assert {p.field for p in info.value.problems} == {"response", "feedback_on"}
    with pytest.raises(ValidationError):
        flow.check("reopen", c.id, {"reason": "x"})
    assert snapshot() == before
