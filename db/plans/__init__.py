"""The month's visit plan (走访计划): entries, a draft from the suggestions, plan against actual."""
from db.plans.absentees import (
    LINK_KIND,
    NOT_A_MAKE_UP,
    OWES_NOTHING,
    Absentee,
    absentees_of,
    owed_at,
)
from db.plans.calendar import plan_calendar
from db.plans.entity import (
    AREA_CLOSED,
    CONCERN_ELSEWHERE,
    DAY_OUTSIDE,
    KIND,
    NOT_A_CADRE,
    PURPOSE_VISIT_KIND,
    PURPOSES,
    WEEK_OUTSIDE,
    drop_entry,
    month_label,
    reinstate_entry,
    week_of,
    week_span,
    weeks_in,
)
from db.plans.fill import (
    MONTH_OVER,
    NO_CADRES,
    PLAN_NOT_EMPTY,
    draft,
    fill_plan,
    refuse_past_month,
)
from db.plans.makeups import NOT_DONE, pending_make_ups, record_make_ups
from db.plans.packet import (
    Packet,
    PacketConcern,
    PacketMember,
    PacketVisit,
    area_packet,
    find_area,
    find_cadre,
)
from db.plans.states import (
    STATE_CONTEXT,
    STATE_NAMES,
    STATE_ORDER,
    STATES,
    TALLY_COLUMNS,
    EntryView,
    Plan,
    Tally,
    month_plan,
    plan_to_json,
    this_week,
)

__all__ = [
    "NOT_DONE", "pending_make_ups", "record_make_ups",
    "LINK_KIND", "NOT_A_MAKE_UP", "OWES_NOTHING", "Absentee", "absentees_of", "owed_at",
    "AREA_CLOSED", "CONCERN_ELSEWHERE", "DAY_OUTSIDE", "EntryView", "KIND", "NOT_A_CADRE",
    "MONTH_OVER", "NO_CADRES", "PLAN_NOT_EMPTY", "PURPOSES", "PURPOSE_VISIT_KIND", "Plan", "STATES",
    "STATE_CONTEXT", "STATE_NAMES",
    "STATE_ORDER", "TALLY_COLUMNS", "Tally", "WEEK_OUTSIDE",
    "draft", "drop_entry", "fill_plan", "refuse_past_month", "month_label", "month_plan",
    "plan_to_json", "reinstate_entry", "this_week",
    "week_of", "week_span", "weeks_in", "plan_calendar", "Packet", "PacketConcern",
    "PacketMember", "PacketVisit", "area_packet", "find_area", "find_cadre",
]
