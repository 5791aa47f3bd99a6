"""The monthly summary as an A4 PDF: a builder over ReportData.

    pdf_bytes = MonthlyReport(data, translate).build()

`translate(context, text)` gives the language (desktop.i18n.Translations.tr, or identity for
English). All user text is escaped before it enters a Paragraph; tables repeat their header row
when they split across pages.
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from db.choices import ACCESS_TIERS, CONCERN_CATEGORIES, CONCERN_STATUSES
from db.coverage import STATUS_LABELS
from db.organisation import DEFAULT_NAME
from desktop.report.data import ReportData
from desktop.report.fonts import register_fonts
from desktop.report.page import a4_document, numbered_canvas
from desktop.report.plan_section import PlanSection

Translate = Callable[[str, str], str]
CTX = "MonthlyReport"  # the class name: the context lupdate gives self.tr() here

STATUS_COLOURS = {"none": colors.HexColor("#f4c7c3"), "below": colors.HexColor("#fce8b2"),
                  "met": colors.HexColor("#b7e1cd")}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
HEADER_FILL = colors.HexColor("#e8eaed")
GRID = colors.HexColor("#9aa0a6")


def identity(_context: str, text: str) -> str:
    return text


class MonthlyReport:
    def __init__(self, data: ReportData, translate: Translate = identity):
        self.data = data
        self.translate = translate
        self.font = register_fonts()
        self.styles = self._styles()
        self._latin: dict[str, ParagraphStyle] = {}

    # helpers ---------------------------------------------------------------------------------
    def tr(self, text: str, *args) -> str:
        """Translate a report string; %1, %2 ... are replaced by args."""
        out = self.translate(CTX, text)
        for number, value in enumerate(args, start=1):
            out = out.replace(f"%{number}", str(value))
        return out

    def _styles(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle("body", fontName=self.font, fontSize=9.5, leading=13.5,
                              wordWrap="CJK")
        return {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
            "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
            "title": ParagraphStyle("title", parent=base, fontSize=17, leading=23,
                                    alignment=TA_CENTER, spaceAfter=2 * mm),
            "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9, leading=12,
                                       alignment=TA_CENTER, textColor=colors.HexColor("#5f6368")),
            "h2": ParagraphStyle("h2", parent=base, fontSize=12.5, leading=17, spaceBefore=5 * mm,
                                 spaceAfter=2 * mm, textColor=colors.HexColor("#1a3d6d")),
        }

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of plain (user) text: escaped, never interpreted as markup.

        Text with Chinese in it wraps between any two characters (CJK rules); Latin-only text
        wraps at spaces, so English words are not split.
        """
        chosen = self.styles[style]
        if not CJK.search(text):
            chosen = self._latin.setdefault(style, ParagraphStyle(
                f"{style}-latin", parent=chosen, wordWrap=None))
        return Paragraph(escape(text), chosen)

    def month_label(self, day) -> str:
        return self.tr("%1-%2", day.year, f"{day.month:02d}")

    def table(self, rows: list[list], widths: list[float], *, extra: list | None = None,
              numeric_from: int | None = None) -> Table:
        def cell(value):
            if isinstance(value, Paragraph):
                return value
            if isinstance(value, (int, float)):
                return f"{value:g}"  # a plain string: centred by the table style
            return self.p("" if value is None else str(value), "cell")

        cells = [[cell(c) for c in row] for row in rows]
        table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.35, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        table.setStyle(TableStyle(style + (extra or [])))
        return table

    # sections --------------------------------------------------------------------------------
    def build(self) -> bytes:
        data = self.data
        buffer = io.BytesIO()
        name = data.organisation or self.translate("db", DEFAULT_NAME)
        title = self.tr("%1 monthly summary, %2", name, self.month_label(data.month))
        doc = a4_document(buffer, title=title, author=data.secretary or data.organisation)
        story = [self.p(name, "title"),
                 self.p(self.tr("Monthly work summary, %1", self.month_label(data.month)), "title"),
                 self.p(self.tr("%1 · printed %2 · figures are a management aid, not a score for "
                               "rating people", data.depot or "-", data.generated_on.isoformat()),
                        "subtitle")]
        if data.is_empty:
            story.append(Spacer(1, 4 * mm))
            story.append(self.p(self.tr("No visits or concerns were recorded this month."), "body"))
        story += self.key_figures()
        story += self.unvisited()
        story += self.coverage_table()
        story += self.heatmap()
        story += self.cadre_table()
        story += PlanSection(data.month, self.translate).flowables()
        story += self.concerns()
        story += self.signature()
        canvas = numbered_canvas(self.font, lambda n, total: self.tr("Page %1 of %2", n, total),
                                 title)
        doc.build(story, canvasmaker=canvas)
        return buffer.getvalue()

    def key_figures(self) -> list:
        d, cov, con = self.data, self.data.coverage, self.data.concerns
        rate = "—" if cov.coverage_rate is None else f"{cov.coverage_rate * 100:.0f}%"
        bias = "—" if cov.remoteness_bias is None else f"{cov.remoteness_bias:.2f}"
        gini = "—" if cov.gini is None else f"{cov.gini:.2f}"
        median = "—" if con.median_days_to_close is None else f"{con.median_days_to_close:g}"
        pairs = [
            (self.tr("Active work areas"), str(len(cov.areas))),
            (self.tr("Areas that met their target"), f"{cov.met} ({rate})"),
            (self.tr("Visits"), str(d.visits)),
            (self.tr("Cadre-visits"), str(d.cadre_visits)),
            (self.tr("Hours on site"), f"{d.hours:g}"),
            (self.tr("Areas not visited"), str(len(d.unvisited))),
            (self.tr("Remote ÷ convenient visits per area"), bias),
            (self.tr("Unevenness (Gini, 0 = even)"), gini),
            (self.tr("Concerns raised"), str(con.raised)),
            (self.tr("Resolved / explained"), f"{con.resolved} / {con.explained}"),
            (self.tr("Open / overdue"), f"{con.open} / {con.overdue}"),
            (self.tr("Median days to close"), median),
        ]
        rows = [[pairs[i][0], pairs[i][1], pairs[i + 1][0], pairs[i + 1][1]]
                for i in range(0, len(pairs), 2)]
        table = self.table([[self.tr("Figure"), self.tr("Value"), self.tr("Figure"),
                             self.tr("Value")]] + rows, [55 * mm, 34 * mm, 55 * mm, 34 * mm])
        return [self.p(self.tr("Key figures"), "h2"), table]

    def unvisited(self) -> list:
        names = [f"{a.name}（{self.translate('choices', ACCESS_TIERS.get(a.tier, ''))}）"
                 for a in self.data.unvisited]
        if names:
            text = "、".join(names)
        elif self.data.coverage.areas:
            text = self.tr("Every active work area was visited.")
        else:  # not "every area was visited" when there was none
            text = self.tr("No work area was in use this month.")
        return [self.p(self.tr("Work areas not visited this month"), "h2"), self.p(text)]

    def coverage_table(self) -> list:
        header = [self.tr("Work area"), self.tr("Access"), self.tr("Workers"), self.tr("Visits"),
                  self.tr("Target"), self.tr("Status"), self.tr("Last visit"),
                  self.tr("Days since"), self.tr("Open concerns")]
        rows, extra = [header], []
        for i, a in enumerate(self.data.coverage.areas, start=1):
            status = self.translate("coverage", STATUS_LABELS[a.status])
            if a.overdue:
                status += self.tr(" (overdue)")
            rows.append([a.name, self.translate("choices", ACCESS_TIERS.get(a.tier, "")),
                         a.headcount, a.visits, a.target, status,
                         a.last_visit.isoformat() if a.last_visit else "—",
                         "—" if a.days_since is None else a.days_since, a.open_concerns])
            extra.append(("BACKGROUND", (5, i), (5, i), STATUS_COLOURS[a.status]))
        widths = [34 * mm, 19 * mm, 16 * mm, 13 * mm, 13 * mm, 26 * mm, 21 * mm, 16 * mm, 20 * mm]
        if len(rows) == 1:
            return [self.p(self.tr("Coverage by work area"), "h2"),
                    self.p(self.tr("There are no active work areas."))]
        return [self.p(self.tr("Coverage by work area"), "h2"),
                self.table(rows, widths, extra=extra)]

    def heatmap(self) -> list:
        heat = self.data.coverage.heatmap
        if heat is None or not heat.rows:
            return []
        header = [self.tr("Work area")] + [self.tr("%1m", m.month) for m in heat.months]
        rows, extra = [header], []
        for r, line in enumerate(heat.rows, start=1):
            rows.append([line.name] + ["" if n is None else n for n in line.cells])
            for c, count in enumerate(line.cells, start=1):
                if count is None:
                    continue  # the area was not in the figures yet that month
                met = count >= max(line.target_per_month, 1)
                status = "none" if count == 0 else ("met" if met else "below")
                extra.append(("BACKGROUND", (c, r), (c, r), STATUS_COLOURS[status]))
        widths = [40 * mm] + [(178 - 40) / len(heat.months) * mm] * len(heat.months)
        caption = self.tr("Visits per work area, last %1 months (remote areas last; red = none, "
                          "yellow = below target, green = met)", len(heat.months))
        return [self.p(self.tr("Recent months"), "h2"), self.p(caption, "small"),
                Spacer(1, 1.5 * mm), self.table(rows, widths, extra=extra)]

    def cadre_table(self) -> list:
        rows = [[self.tr("Cadre"), self.tr("Visits"), self.tr("To own 包保 areas"),
                 self.tr("To other areas"), self.tr("Areas visited")]]
        rows += [[c.name, c.visits, c.own_area_visits, c.other_area_visits, c.distinct_areas]
                 for c in self.data.coverage.cadres]
        if len(rows) == 1:
            body = self.p(self.tr("No cadre visits this month."))
        else:
            body = self.table(rows, [40 * mm, 25 * mm, 35 * mm, 35 * mm, 30 * mm])
        return [self.p(self.tr("Visits by cadre"), "h2"), body]

    def concerns(self) -> list:
        d, con = self.data, self.data.concerns
        out = [self.p(self.tr("Concerns"), "h2"),
               self.p(self.tr("Raised this month %1; resolved %2; explained %3; still open %4, of "
                              "which overdue %5.", con.raised, con.resolved, con.explained,
                              con.open, con.overdue))]
        category = lambda code: self.translate("choices", CONCERN_CATEGORIES.get(code, code))  # noqa: E731
        if d.overdue_concerns:
            rows = [[self.tr("Raised"), self.tr("Work area"), self.tr("Owner"), self.tr("Category"),
                     self.tr("Concern"), self.tr("Due")]]
            rows += [[c.raised_on.isoformat(), c.area, c.owner, category(c.category),
                      c.description, c.due_on.isoformat()] for c in d.overdue_concerns]
            out += [Spacer(1, 2 * mm), self.p(self.tr("Overdue concerns"), "body"),
                    self.table(rows, [20 * mm, 30 * mm, 20 * mm, 20 * mm, 68 * mm, 20 * mm])]
        if d.closed_concerns:
            rows = [[self.tr("Work area"), self.tr("Concern"), self.tr("Result"),
                     self.tr("Response"), self.tr("Worker told")]]
            rows += [[c.area, c.description,
                      self.translate("choices", CONCERN_STATUSES.get(c.status, c.status)),
                      c.response, c.feedback_on.isoformat() if c.feedback_on else "—"]
                     for c in d.closed_concerns]
            out += [Spacer(1, 2 * mm), self.p(self.tr("Closed this month"), "body"),
                    self.table(rows, [28 * mm, 52 * mm, 16 * mm, 62 * mm, 20 * mm])]
        return out

    def signature(self) -> list:
        d = self.data
        lines = [self.tr("Secretary (signature): ____________    Date: ______"),
                 *[line for line in d.signature_lines.splitlines() if line.strip()]]
        block = [Spacer(1, 10 * mm)] + [self.p(line) for line in lines]
        return [KeepTogether(block)]
