"""Page 1 of the summary: what matters in sentences, the key figures, and three pictures.

The sentences are generated from the same figures the rest of the report prints (coverage,
concern summary), so every number in them is one the app shows elsewhere.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from db.coverage import AreaCoverage
from db.organisation import DEFAULT_NAME
from desktop.report import charts
from desktop.report.monthly import GRID, HEADER_FILL, WIDTH, Section

NAMES_SHOWN = 6  # unvisited remote areas named in the sentence; the rest are counted


def join_sentences(sentences: list[str]) -> str:
    """Chinese sentences (ending in 。) follow each other directly, English ones after a space."""
    return "".join(s if s.endswith("。") else s + " " for s in sentences).strip()


class FrontPage(Section):
    def flowables(self) -> list:
        r, d = self.report, self.data
        name = d.organisation or r.translate("db", DEFAULT_NAME)
        return [r.p(name, "title"),
                r.p(self.tr("Monthly work summary, {month}", month=r.month_label(d.month)),
                    "title"),
                r.p(self.tr("{depot} · printed {printed} · days since the last visit are counted "
                            "to {as_of} · figures are a management aid, not a score for rating "
                            "people", depot=d.depot or "-", printed=d.generated_on.isoformat(),
                            as_of=d.as_of.isoformat()), "subtitle"),
                Spacer(1, 2 * mm),
                r.p(join_sentences(self.sentences()), "lead"),
                r.p(self.tr("Key figures"), "h2"),
                self.key_figures(),
                *self.pictures()]

    # sentences -----------------------------------------------------------------------------
    def area_days(self, area: AreaCoverage) -> str:
        if area.days_since is None:
            return self.tr("{name} (never visited)", name=area.name)
        return self.tr("{name} ({days} days)", name=area.name, days=area.days_since)

    def sentences(self) -> list[str]:
        d, cov = self.data, self.data.coverage
        empty = [self.tr("No visits or concerns were recorded this month.")] if d.is_empty else []
        note = cov.no_records_note
        if note is not None:  # before the records begin: nothing to count, no 0 %
            out = empty + [self.report.coverage_text(note[0], **note[1])]
        elif not cov.areas:
            out = empty + [self.tr("There are no work areas in this month's figures.")]
        else:
            out = empty + [self.tr("This month {met} of {areas} work areas met their visit "
                                   "target.", met=cov.met, areas=len(cov.areas))]
            remote = d.unvisited_remote
            if remote:
                names = self.tr(", ").join(self.area_days(a) for a in remote[:NAMES_SHOWN])
                if len(remote) > NAMES_SHOWN:
                    names += self.tr(" and {count} more", count=len(remote) - NAMES_SHOWN)
                out.append(self.tr("{count} remote work areas had no visit: {names}.",
                                   count=len(remote), names=names))
            elif cov.tiers[3].areas:
                out.append(self.tr("Every remote work area was visited."))
            others = len(d.unvisited) - len(remote)
            if others:
                out.append(self.tr("{count} other work areas had no visit either.",
                                   count=others))
            if cov.remoteness_bias is not None:
                out.append(self.tr("A remote area received {ratio} of the visits a convenient "
                                   "one did (1.00 = even).", ratio=f"{cov.remoteness_bias:.2f}"))
        out.append(self.concern_sentence())
        return out

    def concern_sentence(self) -> str:
        s = self.data.concern_summary
        if not s.overdue:
            if not s.open:
                return self.tr("No concern is open.")
            return self.tr("{open} concerns are open; none is overdue.", open=s.open)
        area, owner = s.by_area[0], s.by_owner[0]
        return self.tr("{overdue} of {open} open concerns are overdue, the oldest by {days} "
                       "days; most at {area} ({area_count}) and with {owner} ({owner_count}).",
                       overdue=s.overdue, open=s.open, days=s.oldest_overdue_days,
                       area=area.name, area_count=area.overdue, owner=owner.name,
                       owner_count=owner.overdue)

    # key figures ---------------------------------------------------------------------------
    def key_figures(self) -> Table:
        r, d, cov, con = self.report, self.data, self.data.coverage, self.data.concerns
        rate = "—" if cov.coverage_rate is None else f"{cov.coverage_rate * 100:.0f}%"
        bias = "—" if cov.remoteness_bias is None else f"{cov.remoteness_bias:.2f}"
        gini = "—" if cov.gini is None else f"{cov.gini:.2f}"
        median = "—" if con.median_days_to_close is None else f"{con.median_days_to_close:g}"
        known = cov.has_records  # before the records begin every coverage figure is "—"
        pairs = [
            (self.tr("Work areas"), str(len(cov.areas)) if known else "—"),
            (self.tr("Met their target"), f"{cov.met} ({rate})" if known else "—"),
            (self.tr("Not visited"), str(len(d.unvisited)) if known else "—"),
            (self.tr("Visits"), str(d.visits)),
            (self.tr("Cadre-visits"), str(d.cadre_visits)),
            (self.tr("Hours on site"), f"{d.hours:g}"),
            (self.tr("Remote ÷ convenient"), bias),
            (self.tr("Unevenness (Gini)"), gini),
            (self.tr("Concerns raised"), str(con.raised)),
            (self.tr("Resolved / explained"), f"{con.resolved} / {con.explained}"),
            (self.tr("Open / overdue"), f"{con.open} / {con.overdue}"),
            (self.tr("Median days to close"), median),
        ]
        rows = [sum((list(pairs[i + k]) for k in range(3)), []) for i in range(0, 12, 3)]
        table = Table(rows, colWidths=[34 * mm, 25.3 * mm] * 3, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), r.font),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
            ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL),
            ("BACKGROUND", (4, 0), (4, -1), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.35, GRID),
            ("ALIGN", (1, 0), (1, -1), "CENTER"), ("ALIGN", (3, 0), (3, -1), "CENTER"),
            ("ALIGN", (5, 0), (5, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return table

    # pictures ------------------------------------------------------------------------------
    def pictures(self) -> list:
        r, pics = self.report, self.data.pictures
        if not self.data.coverage.areas:
            return []
        label = r.coverage_text
        line = charts.line_diagram(pics.line, WIDTH, r.font, label, r.tier)
        bars = charts.tier_bars(pics.tiers, WIDTH * 0.42, 58 * mm, r.font, label, r.tier)
        trend = charts.trend(pics.trend, WIDTH * 0.55, 58 * mm, r.font, label)
        pair = r.side_by_side([bars, trend], [WIDTH * 0.44, WIDTH * 0.56])
        return [r.p(r.coverage_text(charts.TEXTS["line"]), "h2"), line, Spacer(1, 3 * mm), pair]
