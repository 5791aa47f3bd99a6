"""The summary's sections after page 1: areas that need attention, visits by cadre, concerns
summarised by area and owner, the signature lines. Full lists are in the detail document."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from db.coverage import STATUS_LABELS, AreaCoverage
from db.i18n import QT_TRANSLATE_NOOP
from desktop.report.blocks import Rows
from desktop.report.monthly import STATUS_COLOURS, WIDTH, MonthlyReport, Section

GROUPS_SHOWN = 12  # rows of each concern summary table; the rest are counted


OVERDUE_MARK = QT_TRANSLATE_NOOP("MonthlyReport", " (overdue)")


def status_text(report: MonthlyReport, area: AreaCoverage) -> str:
    text = report.translate("coverage", STATUS_LABELS[area.status])
    return text + report.translate("MonthlyReport", OVERDUE_MARK) if area.overdue else text


class AreasNeedingAttention(Section):
    """Areas below target or overdue, remote first: the rows that ask for action."""

    def flowables(self) -> list:
        r, d = self.report, self.data
        heading = r.p(self.tr("Work areas that need a visit"), "h2")
        areas = sorted((a for a in d.coverage.areas if a.status != "met" or a.overdue),
                       key=lambda a: (-a.tier, -(a.days_since if a.days_since is not None
                                                 else 100000), a.name))
        note = d.coverage.no_records_note
        if note is not None:  # before the records begin: nothing to list, nothing missed
            return [heading, r.p(r.coverage_text(note[0], **note[1]))]
        if not d.coverage.areas:
            return [heading, r.p(self.tr("There are no work areas in this month's figures."))]
        if not areas:
            return [heading, r.p(self.tr("Every work area met its target and none is overdue."))]
        rows: Rows = [[
            self.tr("Work area"), self.tr("Access"), self.tr("Visits"), self.tr("Target"),
            self.tr("Status"), self.tr("Last visit"),
            self.tr("Days since {day}", day=d.as_of.isoformat()), self.tr("Open concerns")]]
        extra = []
        for i, a in enumerate(areas, start=1):
            rows.append([a.name, r.tier(a.tier), a.visits, a.target, status_text(r, a),
                         a.last_visit.isoformat() if a.last_visit else "—",
                         "—" if a.days_since is None else a.days_since, a.open_concerns])
            extra.append(("BACKGROUND", (4, i), (4, i), STATUS_COLOURS[a.status]))
        widths = [40 * mm, 18 * mm, 13 * mm, 13 * mm, 27 * mm, 21 * mm, 26 * mm, 20 * mm]
        note = r.p(self.tr("{shown} of {areas} work areas; every area's row is in the detail.",
                           shown=len(areas), areas=len(d.coverage.areas)), "small")
        return [heading, r.table(rows, widths, extra=extra), Spacer(1, 1 * mm), note]


class CadreVisits(Section):
    def flowables(self) -> list:
        r = self.report
        rows: Rows = [[self.tr("Cadre"), self.tr("Visits"), self.tr("To own areas"),
                 self.tr("To other areas"), self.tr("Areas visited")]]
        rows += [[c.name, c.visits, c.own_area_visits, c.other_area_visits, c.distinct_areas]
                 for c in self.data.coverage.cadres]
        heading = r.p(self.tr("Visits by cadre"), "h2")
        if len(rows) == 1:
            return [heading, r.p(self.tr("No cadre visits this month."))]
        if len(rows) > 21:  # a depot's forty cadres: two tables side by side
            half = (len(rows) - 1 + 1) // 2
            widths = [24 * mm, 13 * mm, 17 * mm, 17 * mm, 15 * mm]
            left = r.table([rows[0]] + rows[1:half + 1], widths, size=7.5)
            right = r.table([rows[0]] + rows[half + 1:], widths, size=7.5)
            return [heading, r.side_by_side([left, right], [WIDTH / 2, WIDTH / 2])]
        return [heading, r.table(rows, [40 * mm, 25 * mm, 35 * mm, 35 * mm, 30 * mm])]


class ConcernsSummary(Section):
    def flowables(self) -> list:
        r, con, s = self.report, self.data.concerns, self.data.concern_summary
        out = [r.p(self.tr("Concerns"), "h2"),
               r.p(self.tr("Raised this month {raised}; resolved {resolved}; explained "
                           "{explained}; still open {open}, of which overdue {overdue}.",
                           raised=con.raised, resolved=con.resolved, explained=con.explained,
                           open=con.open, overdue=con.overdue))]
        if not s.by_area:
            return out
        tables = []
        for title, groups in ((self.tr("Work area"), s.by_area), (self.tr("Owner"), s.by_owner)):
            rows: Rows = [[title, self.tr("Open"), self.tr("Overdue"),
                           self.tr("Oldest overdue (days)")]]
            rows += [[g.name, g.open, g.overdue,
                      "—" if g.oldest_overdue_days is None else g.oldest_overdue_days]
                     for g in groups[:GROUPS_SHOWN]]
            if len(groups) > GROUPS_SHOWN:
                rest = groups[GROUPS_SHOWN:]
                rows.append([self.tr("{count} more", count=len(rest)), sum(g.open for g in rest),
                             sum(g.overdue for g in rest), "…"])
            tables.append(r.table(rows, [38 * mm, 11 * mm, 13 * mm, 24 * mm], size=7.5))
        pair = r.side_by_side(tables, [WIDTH / 2, WIDTH / 2])
        note = r.p(self.tr("Open on {day}, by work area and by owner, most overdue first; every "
                           "concern is listed in the detail.", day=s.as_of.isoformat()), "small")
        return out + [Spacer(1, 1.5 * mm), note, Spacer(1, 1 * mm), pair]


class TextLine(Flowable):
    """One line drawn exactly as given: the ideographic spaces a secretary typed to leave room
    for a signature are kept (a Paragraph would collapse them)."""

    def __init__(self, text: str, font: str, size: float = 10) -> None:
        super().__init__()
        self.text, self.font, self.size = text, font, size

    def wrap(self, available_width: float,  # noqa: ARG002 - reportlab's signature
             available_height: float) -> tuple[float, float]:
        return available_width, self.size * 1.9

    def draw(self) -> None:
        self.canv.setFont(self.font, self.size)
        self.canv.drawString(0, self.size * 0.5, self.text)


class Signature(Section):
    """The configured signature lines as typed (spaces kept), or one default line; then the
    date. The secretary's title is printed once."""

    def lines(self) -> list[str]:
        configured = [line.rstrip() for line in self.data.signature_lines.splitlines()
                      if line.strip()]
        return (configured or [self.tr("Secretary (signature): ____________")]) + [
            self.tr("Date: ____________")]

    def flowables(self) -> list:
        font = self.report.font
        return [KeepTogether([Spacer(1, 8 * mm)] + [TextLine(t, font) for t in self.lines()])]
