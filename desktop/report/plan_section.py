"""The monthly report's "plan against actual" section: what the month's visit plan asked, what
was done, per access tier and per cadre, and the planned visits that did not happen.

    story += PlanSection(month, translate).flowables()

`PlanAgainstActual` is the same section as desktop.report.sections lists it.

Its own module so the report's other sections can change without it; it reads db.plans itself.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from db import plans
from db.i18n import fill
from desktop.report.blocks import Blocks, Rows, identity
from desktop.report.fonts import register_fonts

if TYPE_CHECKING:
    from desktop.report.monthly import MonthlyReport

Translate = Callable[[str, str], str]
CTX = "PlanSection"
MISSED_LIMIT = 12


class PlanSection:
    def __init__(self, month: dt.date, translate: Translate = identity,
                 today: dt.date | None = None) -> None:
        self.plan = plans.month_plan(month, today=today)
        self.translate = translate
        self.b = Blocks(register_fonts())
        self.b.styles["h2"].fontSize = 12.5
        self.b.styles["h2"].leading = 17

    def tr(self, text: str, /, **params: object) -> str:
        return fill(self.translate(CTX, text), **params)

    def tier(self, tier: int) -> str:
        from db.choices import ACCESS_TIERS

        return self.translate("choices", ACCESS_TIERS.get(tier, ""))

    def flowables(self) -> list:
        plan = self.plan
        out = [self.b.p(self.tr("Visit plan against actual"), "h2")]
        if not plan.entries:
            return out + [self.b.p(self.tr("No visit plan was made for this month."))]
        t = plan.total
        out.append(self.b.p(self.tr(
            "{planned} visits were planned: {done} done, {late} not made in their week, "
            "{open} still to come, {dropped} dropped.", planned=t.planned, done=t.done,
            late=t.late, open=t.open, dropped=t.dropped)))
        head = [self.translate("plans", header) for _key, header in plans.TALLY_COLUMNS]
        rows: Rows = [[self.tr("Access"), *head]]
        for tier, tally in sorted(plan.by_tier.items(), reverse=True):
            rows.append([self.tier(tier), *tally.values()])
        rows.append([self.tr("Cadre"), *head])
        cadre_header = len(rows) - 1
        for name, tally in sorted(plan.by_cadre.items()):
            rows.append([name, *tally.values()])
        shade = [("BACKGROUND", (0, cadre_header), (-1, cadre_header),
                  colors.HexColor("#e8eaed")),
                 ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        out += [Spacer(1, 1.5 * mm),
                self.b.table([[str(v) for v in r] for r in rows],
                             [48 * mm] + [22 * mm] * 5, extra=shade)]
        missed = [e for e in plan.entries if e.state in ("late", "dropped")]
        if missed:
            missed.sort(key=lambda e: (-e.tier, e.week, e.area))
            lines = []
            for e in missed[:MISSED_LIMIT]:
                text = self.tr("{area} ({tier}), {cadre}, week {week}", area=e.area,
                               tier=self.tier(e.tier), cadre=e.cadre, week=e.week)
                if e.state == "dropped":
                    text += self.tr(": dropped ({reason})", reason=e.dropped_reason)
                lines.append(text)
            if len(missed) > MISSED_LIMIT:
                lines.append(self.tr("and {count} more", count=len(missed) - MISSED_LIMIT))
            out += [Spacer(1, 1.5 * mm), self.b.p(self.tr("Planned but not made:")),
                    self.b.p(self.tr("; ").join(lines), "small")]
        return out


class PlanAgainstActual:
    """The section in the monthly report's list (desktop.report.sections.SECTIONS)."""

    def __init__(self, report: MonthlyReport) -> None:
        self.report = report

    def flowables(self) -> list:
        return PlanSection(self.report.data.month, self.report.translate).flowables()
