"""coverage: the coverage figures of a month or any range, as a table or as JSON."""
from __future__ import annotations

import argparse
import json
import unicodedata
from typing import TYPE_CHECKING

from db.i18n import LIST_SEPARATOR, QT_TRANSLATE_NOOP, fill
from desktop.cli.common import Subcommands, opened_store, translator

if TYPE_CHECKING:
    import datetime as dt

    from db.coverage import Coverage
    from db.coverage.suggest import Reason
    from db.periods import Period
    from desktop.i18n import Translate

C = "coverage"
AREA_HEADERS = (
    QT_TRANSLATE_NOOP("coverage", "Work area"), QT_TRANSLATE_NOOP("coverage", "Tier"),
    QT_TRANSLATE_NOOP("coverage", "Visits"), QT_TRANSLATE_NOOP("coverage", "Target"),
    QT_TRANSLATE_NOOP("coverage", "Last visit"), QT_TRANSLATE_NOOP("coverage", "Days since"),
    QT_TRANSLATE_NOOP("coverage", "Status"), QT_TRANSLATE_NOOP("coverage", "Overdue"),
)
CADRE_HEADERS = (
    QT_TRANSLATE_NOOP("coverage", "Cadre"), QT_TRANSLATE_NOOP("coverage", "Visits"),
    QT_TRANSLATE_NOOP("coverage", "Own areas"), QT_TRANSLATE_NOOP("coverage", "Elsewhere"),
    QT_TRANSLATE_NOOP("coverage", "Areas visited"),
)
TITLE = QT_TRANSLATE_NOOP("coverage", "Coverage {start} – {end} (as of {as_of})")
RATE = QT_TRANSLATE_NOOP("coverage",
                         "Coverage rate: {rate} ({met} of {areas} work areas met their target)")
BIAS = QT_TRANSLATE_NOOP("coverage",
                         "Remoteness bias (remote ÷ convenient visits per area): {bias}")
GINI = QT_TRANSLATE_NOOP("coverage",
                         "Evenness (Gini of visits per 100 workers, 0 = even): {gini}")
NEVER = QT_TRANSLATE_NOOP("coverage", "Never visited: {names}")
SUGGESTIONS = QT_TRANSLATE_NOOP("coverage", "Suggested next visits:")
YES = QT_TRANSLATE_NOOP("coverage", "yes")
AID = QT_TRANSLATE_NOOP("coverage", "These figures are a management aid, not a score for rating "
                                    "people.")
BOTH_DATES = QT_TRANSLATE_NOOP("db", "Give both --from and --to for a range of days.")
MONTH_OR_RANGE = QT_TRANSLATE_NOOP(
    "db", "Give either --month or --from and --to, not both: a month, or a range of days.")
DASH = "—"


def register(sub: Subcommands) -> None:
    p = sub.add_parser("coverage", help=QT_TRANSLATE_NOOP(
        "cli", "which work areas were visited, how often and by whom"))
    p.add_argument("--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP(
        "cli", "the month (default: this month)"))
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "cli", "first day of a range"))
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "cli", "last day of a range"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "print the figures as JSON"))
    p.set_defaults(run=run_coverage)


def period_from_args(args: argparse.Namespace) -> Period:
    from db.errors import BranchDeskError
    from db.periods import month_period, parse_day, parse_month_period, range_period

    if args.start or args.end:
        if args.month:
            raise BranchDeskError(MONTH_OR_RANGE)
        if not (args.start and args.end):
            raise BranchDeskError(BOTH_DATES)
        return range_period(parse_day(args.start), parse_day(args.end))
    return parse_month_period(args.month) if args.month else month_period()


def run_coverage(args: argparse.Namespace) -> int:
    from db.coverage import compute_coverage
    period = period_from_args(args)
    translate = translator(args)
    with opened_store(args, read_only=True):
        figures = compute_coverage(period)
    if args.json:
        print(json.dumps(coverage_json(figures, translate), ensure_ascii=False, indent=2))
    else:
        print(coverage_table(figures, translate))
    return 0


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def coverage_json(cov: Coverage, translate: Translate) -> dict:
    """The figures as JSON-ready data (README → Coverage documents the shape)."""
    return {
        "period": cov.period.to_json(),
        "as_of": cov.as_of.isoformat(),
        "areas": [{
            "name": a.name, "tier": a.tier, "headcount": a.headcount, "visits": a.visits,
            "cadre_visits": a.cadre_visits, "hours": a.hours, "visitors": a.visitors,
            "target": a.target, "last_visit": _day(a.last_visit),
            "days_since_last_visit": a.days_since, "status": a.status, "overdue": a.overdue,
            "open_concerns": a.open_concerns, "overdue_concerns": a.overdue_concerns,
            "deactivated_on": _day(a.deactivated_on),
        } for a in cov.areas],
        "has_records": cov.has_records,
        "first_visit": _day(cov.first_visit),
        "no_records": no_records_text(cov, translate),
        "coverage_rate": cov.coverage_rate,
        "met": cov.met,
        "remoteness_bias": cov.remoteness_bias,
        "gini": cov.gini,
        "tiers": [{
            "tier": t.tier, "areas": t.areas, "visits": t.visits,
            "mean_visits": _round(t.mean_visits), "headcount": t.headcount,
            "visits_per_100_workers": _round(t.per_100_workers, 2),
        } for t in cov.tiers.values()],
        "cadres": [{
            "name": c.name, "visits": c.visits, "own_area_visits": c.own_area_visits,
            "other_area_visits": c.other_area_visits, "distinct_areas": c.distinct_areas,
        } for c in cov.cadres],
        "longest_unvisited": [{"name": a.name, "last_visit": _day(a.last_visit),
                               "days_since_last_visit": a.days_since}
                              for a in cov.longest_unvisited],
        "never_visited": [a.name for a in cov.never_visited],
        "suggestions": [{"area": s.area, "tier": s.tier, "score": s.score,
                         "reasons": [reason_text(r, translate) for r in s.reasons]}
                        for s in cov.suggestions],
        "heatmap": {
            "months": [m.isoformat()[:7] for m in cov.heatmap.months],
            "months_without_records": [m.isoformat()[:7] for m in cov.heatmap.months
                                       if not cov.heatmap.recorded(m)],
            "rows": [{"area": r.name, "tier": r.tier, "target_per_month": r.target_per_month,
                      "visits": r.cells} for r in cov.heatmap.rows],
        } if cov.heatmap else None,
    }


def no_records_text(cov: Coverage, translate: Translate) -> str | None:
    """The plain sentence of a period before the records begin (None when it has records)."""
    note = cov.no_records_note
    return None if note is None else fill(translate(C, note[0]), **note[1])


def reason_text(reason: Reason, translate: Translate) -> str:
    return fill(translate("db", reason.template), **reason.params)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    out = []
    for row in [headers, *rows]:
        cells = [(" " * (w - _width(v)) + v) if i in right else (v + " " * (w - _width(v)))
                 for i, (v, w) in enumerate(zip(row, widths, strict=True))]
        out.append("  ".join(cells).rstrip())
    return out


def _percent(value: float | None) -> str:
    return DASH if value is None else f"{value:.0%}"


def _number(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def coverage_table(cov: Coverage, translate: Translate) -> str:
    """The figures as aligned text for a terminal (CJK characters count two columns)."""
    from db.choices import ACCESS_TIERS
    from db.coverage import STATUS_LABELS
    from desktop.i18n import choice_label

    def t(text: str) -> str:
        return translate(C, text)

    lines = [fill(t(TITLE), start=cov.period.start.isoformat(), end=cov.period.end.isoformat(),
                  as_of=cov.as_of.isoformat()), ""]
    nothing = no_records_text(cov, translate)
    if nothing:  # not a table of zeros: nothing was recorded to count
        return "\n".join([*lines, nothing, "", t(AID)])
    rows = [[a.name, choice_label(ACCESS_TIERS, a.tier, translate), str(a.visits),
             str(a.target), _day(a.last_visit) or DASH,
             DASH if a.days_since is None else str(a.days_since), t(STATUS_LABELS[a.status]),
             t(YES) if a.overdue else ""] for a in cov.areas]
    lines += _table([t(h) for h in AREA_HEADERS], rows, {2, 3, 5})
    lines += ["", fill(t(RATE), rate=_percent(cov.coverage_rate), met=cov.met,
                       areas=len(cov.areas)),
              fill(t(BIAS), bias=_number(cov.remoteness_bias)),
              fill(t(GINI), gini=_number(cov.gini))]
    if cov.never_visited:
        lines.append(fill(t(NEVER), names=translate("db", LIST_SEPARATOR).join(
            a.name for a in cov.never_visited)))
    lines.append("")
    rows = [[c.name, str(c.visits), str(c.own_area_visits), str(c.other_area_visits),
             str(c.distinct_areas)] for c in cov.cadres]
    lines += _table([t(h) for h in CADRE_HEADERS], rows, {1, 2, 3, 4})
    if cov.suggestions:
        lines += ["", t(SUGGESTIONS)]
        for number, s in enumerate(cov.suggestions, 1):
            reasons = translate(C, "; ").join(reason_text(r, translate) for r in s.reasons)
            lines.append(f"{number:>2}. {s.area} ({s.score:g}): {reasons}")
    lines += ["", t(AID)]
    return "\n".join(lines)
