"""The detail document (`branch-desk report --detail`): every area's row, the 12-month table, every
overdue concern and every concern closed in the month."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from db.choices import CONCERN_CATEGORIES, CONCERN_STATUSES
from desktop.report.blocks import Rows
from desktop.report.monthly import STATUS_COLOURS, Section
from desktop.report.summary_sections import status_text


class DetailTitle(Section):
    def flowables(self) -> list:
        r, d = self.report, self.data
        return [r.p(r.title(), "title"),
                r.p(self.tr("Every work area and every concern; days since the last visit are "
                            "counted to {as_of}", as_of=d.as_of.isoformat()), "subtitle")]


class CoverageByArea(Section):
    def flowables(self) -> list:
        r, d = self.report, self.data
        heading = r.p(self.tr("Coverage by work area"), "h2")
        note = d.coverage.no_records_note
        if note is not None:  # before the records begin: nothing to list, nothing missed
            return [heading, r.p(r.coverage_text(note[0], **note[1]))]
        if not d.coverage.areas:
            return [heading, r.p(self.tr("There are no work areas in this month's figures."))]
        rows: Rows = [[
            self.tr("Work area"), self.tr("Access"), self.tr("Workers"), self.tr("Visits"),
            self.tr("Target"), self.tr("Status"), self.tr("Last visit"),
            self.tr("Days since {day}", day=d.as_of.isoformat()), self.tr("Open concerns")]]
        extra = []
        for i, a in enumerate(d.coverage.areas, start=1):
            rows.append([a.name, r.tier(a.tier), a.headcount, a.visits, a.target,
                         status_text(r, a), a.last_visit.isoformat() if a.last_visit else "—",
                         "—" if a.days_since is None else a.days_since, a.open_concerns])
            extra.append(("BACKGROUND", (5, i), (5, i), STATUS_COLOURS[a.status]))
        widths = [34 * mm, 17 * mm, 13 * mm, 13 * mm, 13 * mm, 24 * mm, 20 * mm, 26 * mm, 18 * mm]
        return [heading, r.table(rows, widths, extra=extra)]


class RecentMonths(Section):
    """The 12-month table with the year on every month; kept on one page when it fits, so a
    workshop's remote rows (listed last) are never cut off onto the next page."""

    def flowables(self) -> list:
        r = self.report
        heat = self.data.coverage.heatmap
        if heat is None or not heat.rows:
            return []
        # The year over each month's number: 12 of last year is never mistaken for this year's.
        header: list[object] = [self.tr("Work area")]
        header += [f"{m.year}\n{m.month:02d}" for m in heat.months]
        rows: Rows = [header]
        extra = []
        recorded = [heat.recorded(m) for m in heat.months]
        for n, line in enumerate(heat.rows, start=1):
            rows.append([line.name] + ["—" if not known else "" if c is None else c
                                       for c, known in zip(line.cells, recorded, strict=True)])
            for c, count in enumerate(line.cells, start=1):
                if count is None:
                    continue  # the area was not in the figures yet that month (or no records)
                met = count >= max(line.target_per_month, 1)
                status = "none" if count == 0 else ("met" if met else "below")
                extra.append(("BACKGROUND", (c, n), (c, n), STATUS_COLOURS[status]))
        widths = [34 * mm] + [(178 - 34) / len(heat.months) * mm] * len(heat.months)
        caption = self.tr("Visits per work area, last {n} months (remote areas last; red = none, "
                          "yellow = below target, green = met)", n=len(heat.months))
        if heat.records_from and not all(recorded):  # not misses: nothing was recorded then
            caption += " " + self.tr("— = no records yet that month (they begin in {month}).",
                                     month=r.month_label(heat.records_from))
        return [KeepTogether([r.p(self.tr("Recent months"), "h2"), r.p(caption, "small"),
                              Spacer(1, 1.5 * mm), r.table(rows, widths, extra=extra, size=7)])]


class ConcernLists(Section):
    def flowables(self) -> list:
        r, d = self.report, self.data
        category = lambda code: r.translate("choices", CONCERN_CATEGORIES.get(code, code) or "")  # noqa: E731
        out = [r.p(self.tr("Concerns"), "h2")]
        if d.overdue_concerns:
            rows = [[self.tr("Raised"), self.tr("Work area"), self.tr("Owner"),
                     self.tr("Category"), self.tr("Concern"), self.tr("Due")]]
            rows += [[c.raised_on.isoformat(), c.area, c.owner, category(c.category),
                      c.description, c.due_on.isoformat()] for c in d.overdue_concerns]
            out += [Spacer(1, 2 * mm), r.p(self.tr("Overdue concerns"), "body"),
                    r.table(rows, [20 * mm, 30 * mm, 18 * mm, 20 * mm, 70 * mm, 20 * mm])]
        if d.closed_concerns:
            rows = [[self.tr("Work area"), self.tr("Concern"), self.tr("Result"),
                     self.tr("Response"), self.tr("Worker told")]]
            rows += [[c.area, c.description,
                      r.translate("choices", CONCERN_STATUSES.get(c.status, c.status)),
                      c.response, c.feedback_on.isoformat() if c.feedback_on else "—"]
                     for c in d.closed_concerns]
            out += [Spacer(1, 2 * mm), r.p(self.tr("Closed this month"), "body"),
                    r.table(rows, [28 * mm, 50 * mm, 16 * mm, 60 * mm, 24 * mm])]
        if len(out) == 1:
            out.append(r.p(self.tr("No concern was overdue or closed this month.")))
        return out
