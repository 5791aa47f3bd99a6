"""Paper-only signals: reasons for the secretary to look at a meeting again — never a verdict.

Each signal is a template with its parameters; a parameter listed in `kinds` holds a meeting
kind code for the display to translate. The rules (thresholds in the constants below):
- minutes alike another meeting's: rapidfuzz's ratio (the Indel similarity, 0–100) of the two
  texts, whitespace removed, at least SIMILAR_PERCENT, both at least MIN_MINUTES long (which
  pairs are compared: see similar_minutes);
- the same people present at SAME_RUN or more meetings of a branch in a row, where the branch
  works shifts (committee meetings, whose people are few and fixed, are left out);
- entered more than LATE_DAYS after it was held, judged by the row's own creation stamp (which
  no one can edit); a row from a spreadsheet import is marked as imported instead;
- SITTING_COUNT or more meetings of one branch entered within SITTING_MINUTES;
- a vote at a branch general meeting where not more than half of the full members expected were
  present (no quorum).
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from db.choices import MEETING_KINDS
from db.i18n import QT_TRANSLATE_NOOP, fill

SIMILAR_PERCENT = 90
MIN_MINUTES = 30
NEIGHBOURS = 3
SHARED = 8          # characters a copy keeps at its beginning or its end
SAME_RUN = 4
LATE_DAYS = 30
SITTING_COUNT = 5
SITTING_MINUTES = 60

SIMILAR = QT_TRANSLATE_NOOP(
    "db", "Minutes {percent}% alike those of the {kind} of {branch} on {date}.")
SAME_PEOPLE = QT_TRANSLATE_NOOP(
    "db", "The same {people} people present at {run} meetings in a row ({first} to {last}), in "
          "a branch that works shifts.")
LATE = QT_TRANSLATE_NOOP("db", "Entered {days} days after it was held (on {entered}).")
IMPORTED = QT_TRANSLATE_NOOP("db", "Imported from a spreadsheet (entered on {entered}).")
SITTING = QT_TRANSLATE_NOOP(
    "db", "One of {count} meetings of the branch entered within an hour on {entered}.")
NO_QUORUM = QT_TRANSLATE_NOOP(
    "db", "A vote with {present} of {entitled} full members present: not more than half, "
          "no quorum.")

GENERAL_BRANCH = QT_TRANSLATE_NOOP("db", "General branch")
FLAGS = ("similar", "same_people", "late", "sitting", "no_quorum")   # "imported" is a note


@dataclass(frozen=True)
class Signal:
    code: str
    template: str
    params: dict
    kinds: tuple[str, ...] = ()     # params holding a meeting kind code, to translate

    @property
    def flag(self) -> bool:
        return self.code in FLAGS

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The reason in words; `translate(context, text)` (default: English as it is)."""
        translate = translate or (lambda _context, text: text)
        params = dict(self.params)
        for name in self.kinds:
            kind = str(params[name])
            params[name] = translate("choices", MEETING_KINDS.get(kind, kind))
        if params.get("branch") == "":
            params["branch"] = translate("db", GENERAL_BRANCH)
        return fill(translate("db", self.template), **params)


@dataclass(eq=False)
class MeetingFacts:
    """What the signals look at, for one meeting."""

    id: str
    branch_id: str | None
    branch: str
    kind: str
    held_on: dt.date
    created_at: dt.datetime
    imported: bool
    minutes: str
    voted: bool
    present_count: int = 0
    present: frozenset | None = None    # who came; fetched only where a run is possible
    expected: int = 0
    entitled: int = 0               # full members expected
    present_entitled: int = 0
    signals: list[Signal] = field(default_factory=list)


def similar_minutes(targets: list[MeetingFacts], pool: list[MeetingFacts]) -> None:
    """Flag each target whose minutes are near-identical to another meeting's in `pool`, naming
    the most alike one.

    Comparing every pair is too slow for a depot's year (a quarter of a million pairs), so the
    texts are put in order twice — as written and read backwards — and each is compared with
    its NEIGHBOURS next ones in both orders that begin (or end) with the same SHARED characters
    (the "sorted neighbourhood" method): a copy that keeps its beginning or its end lands beside
    its source. A copy changed at both ends can be missed; an exact copy never is.
    """
    chosen = {id(m) for m in targets}
    texts = [(m, "".join(m.minutes.split())) for m in pool]
    texts = [(m, t) for m, t in texts if len(t) >= MIN_MINUTES]
    share = SIMILAR_PERCENT / 100 / (2 - SIMILAR_PERCENT / 100)   # shortest ÷ longest possible
    best: dict[int, tuple[int, MeetingFacts]] = {}
    seen: set[tuple[int, int]] = set()
    for ends in (slice(0, SHARED), slice(-SHARED, None)):
        ordered = sorted(texts, key=(lambda item: item[1]) if ends.start == 0
                         else (lambda item: item[1][::-1]))
        for i, (a, text_a) in enumerate(ordered):
            key_a, mine_a = text_a[ends], id(a) in chosen
            for b, text_b in ordered[i + 1:i + 1 + NEIGHBOURS]:
                if text_b[ends] != key_a:      # sorted: the rest share less still
                    break
                if not mine_a and id(b) not in chosen:
                    continue
                pair = (id(a), id(b)) if id(a) < id(b) else (id(b), id(a))
                short, long_ = sorted((len(text_a), len(text_b)))
                if pair in seen or short < share * long_:
                    continue
                seen.add(pair)
                score = fuzz.ratio(text_a, text_b, score_cutoff=SIMILAR_PERCENT)
                if score:
                    for one, other in ((a, b), (b, a)):
                        if id(one) in chosen and score > best.get(id(one), (0, None))[0]:
                            best[id(one)] = (round(score), other)
    for meeting in targets:
        if id(meeting) in best:
            score, other = best[id(meeting)]
            meeting.signals.append(Signal("similar", SIMILAR, {
                "percent": score, "kind": other.kind, "branch": other.branch,
                "date": other.held_on.isoformat()}, ("kind",)))


def _runs(by_branch: dict, shift_work: set, same) -> list[list[MeetingFacts]]:
    """Runs of SAME_RUN or more meetings in a row (date order) of each shift branch for which
    `same(a, b)` holds between neighbours (committee meetings left out)."""
    runs = []
    for branch_id, meetings in by_branch.items():
        if branch_id not in shift_work:
            continue
        ordered = sorted((m for m in meetings if m.kind not in ("branch_committee",
                                                                "general_committee")),
                         key=lambda m: (m.held_on, m.created_at))
        start = 0
        for i in range(1, len(ordered) + 1):
            if i < len(ordered) and same(ordered[i], ordered[start]):
                continue
            if i - start >= SAME_RUN and ordered[start].present_count:
                runs.append(ordered[start:i])
            start = i
    return runs


def run_candidates(by_branch: dict, shift_work: set) -> list[MeetingFacts]:
    """The meetings whose present lists are worth reading: those in runs with the same number
    present (the same people implies the same count, so no run is missed)."""
    return [m for run in _runs(by_branch, shift_work,
                               lambda a, b: a.present_count == b.present_count) for m in run]


def same_people(by_branch: dict[str | None, list[MeetingFacts]], shift_work: set,
                targets: set) -> None:
    """Runs of SAME_RUN or more meetings in a row with the same people present (their present
    lists read for the run candidates)."""
    def same(a: MeetingFacts, b: MeetingFacts) -> bool:
        return a.present is not None and a.present == b.present

    for run in _runs(by_branch, shift_work, same):
        params = {"people": len(run[0].present or ()), "run": len(run),
                  "first": run[0].held_on.isoformat(), "last": run[-1].held_on.isoformat()}
        for m in run:
            if m.id in targets:
                m.signals.append(Signal("same_people", SAME_PEOPLE, params))


def late_or_imported(meeting: MeetingFacts) -> None:
    entered = meeting.created_at.date()
    if meeting.imported:
        meeting.signals.append(Signal("imported", IMPORTED, {"entered": entered.isoformat()}))
        return
    days = (entered - meeting.held_on).days
    if days > LATE_DAYS:
        meeting.signals.append(Signal("late", LATE, {"days": days,
                                                     "entered": entered.isoformat()}))


def sittings(by_branch: dict[str | None, list[MeetingFacts]], targets: set) -> None:
    """SITTING_COUNT or more meetings of a branch entered within SITTING_MINUTES of each other
    (imported rows left out): each is flagged with the size of the largest such group."""
    span = dt.timedelta(minutes=SITTING_MINUTES)
    for meetings in by_branch.values():
        typed = sorted((m for m in meetings if not m.imported), key=lambda m: m.created_at)
        times = [m.created_at for m in typed]
        best: dict[str, tuple[int, dt.date]] = {}
        for i, first in enumerate(times):
            j = bisect.bisect_right(times, first + span)
            if j - i >= SITTING_COUNT:
                for m in typed[i:j]:
                    if j - i > best.get(m.id, (0, None))[0]:
                        best[m.id] = (j - i, first.date())
        for m in typed:
            if m.id in best and m.id in targets:
                count, day = best[m.id]
                m.signals.append(Signal("sitting", SITTING, {"count": count,
                                                             "entered": day.isoformat()}))


def quorum(meeting: MeetingFacts) -> None:
    if meeting.kind == "branch_assembly" and meeting.voted and meeting.entitled \
            and meeting.present_entitled * 2 <= meeting.entitled:
        meeting.signals.append(Signal("no_quorum", NO_QUORUM, {
            "present": meeting.present_entitled, "entitled": meeting.entitled}))
