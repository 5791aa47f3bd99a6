"""Dashboard (工作台): this month at a glance, and the three things a secretary does most."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db import clock, plans
from db.concerns import ConcernRow, due_this_week, list_concerns
from db.coverage import AreaCoverage, Glance, Pictures, month_at_a_glance, pictures
from db.first_steps import FirstSteps, first_steps
from db.i18n import fill
from desktop.context import AppContext
from desktop.operations import BackgroundFigures
from desktop.widgets.coverage_views import (
    FigureCard,
    management_aid_note,
    percent,
    reason_text,
    tier_label,
    translate,
)
from desktop.widgets.figures_page import WATCHED, FiguresPage
from desktop.widgets.first_steps_panel import FirstStepsPanel
from desktop.widgets.meetings_glance import GlanceFigures, MeetingsGlance, glance_figures
from desktop.widgets.pictures_panel import CoveragePictures
from desktop.widgets.plan_week import PlanWeekBox
from desktop.widgets.wrapping_list import WrappingList, add_placeholder

AREA_ROLE = Qt.ItemDataRole.UserRole
CONCERN_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = "#b00020"
SUGGESTIONS = 5


@dataclass(frozen=True)
class DashboardFigures:
    glance: Glance
    due: list[ConcernRow]
    overdue: list[ConcernRow]
    pictures: Pictures
    week: list[plans.EntryView]
    meetings: GlanceFigures
    steps: FirstSteps


def dashboard_figures() -> DashboardFigures:
    """Everything the dashboard shows, from the db (run off the GUI thread): nothing on the page
    queries the database itself."""
    glance = month_at_a_glance()
    return DashboardFigures(glance, due_this_week(), list_concerns(overdue=True),
                            pictures(glance.month), plans.this_week(), glance_figures(),
                            first_steps())


class DashboardPage(FiguresPage):
    figures_shown = Signal()  # the month's figures and pictures (and all else) are on screen
    watched = WATCHED | {"branch"}  # the getting-started steps count branches too

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.glance: Glance | None = None
        self.pictures = CoveragePictures()
        self.pictures.area_clicked.connect(self.context.navigator.open_area_visits)
        self.loader = BackgroundFigures(self, context, self.show_figures)
        self.loader.shown.connect(self.figures_shown)

        self.title = QLabel()
        self.title.setObjectName("page_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setText(fill(self.tr("This month at a glance: {month}"),
                                month=clock.today().isoformat()[:7]))  # before the figures

        self.rate_card = FigureCard(self.tr("Coverage rate this month"))
        self.unvisited_card = FigureCard(self.tr("Not yet visited this month"))
        self.overdue_card = FigureCard(self.tr("Overdue work areas"))
        self.concern_card = FigureCard(self.tr("Open concerns"))
        cards = QHBoxLayout()
        for card in (self.rate_card, self.unvisited_card, self.overdue_card, self.concern_card):
            cards.addWidget(card, 1)

        self.unvisited_list = WrappingList()
        self.unvisited_list.setObjectName("unvisited")
        self.overdue_list = WrappingList()
        self.overdue_list.setObjectName("overdue")
        self.suggestion_list = WrappingList()
        self.suggestion_list.setObjectName("suggestions")
        lists = QHBoxLayout()
        for box_title, widget in ((self.tr("Not yet visited this month (remote first)"),
                                   self.unvisited_list),
                                  (self.tr("Overdue: no visit for too long"), self.overdue_list),
                                  (self.tr("Suggested next visits"), self.suggestion_list)):
            widget.setSpacing(3)
            widget.itemActivated.connect(self._open_item)
            box = QGroupBox(box_title)
            QVBoxLayout(box).addWidget(widget)
            lists.addWidget(box, 1)

        self.due_list = WrappingList()
        self.due_list.setObjectName("concerns_due")
        self.overdue_concern_list = WrappingList()
        self.overdue_concern_list.setObjectName("concerns_overdue")
        concern_lists = QHBoxLayout()
        for box_title, widget in ((self.tr("Concerns due this week"), self.due_list),
                                  (self.tr("Overdue concerns"), self.overdue_concern_list)):
            widget.setSpacing(3)
            widget.itemActivated.connect(self._open_concern)
            box = QGroupBox(box_title)
            QVBoxLayout(box).addWidget(widget)
            concern_lists.addWidget(box, 1)
        self.plan_week = PlanWeekBox(context)
        concern_lists.addWidget(self.plan_week, 1)

        self.record_visit_button = QPushButton(self.tr("Record a &visit"))
        self.record_visit_button.clicked.connect(self.context.navigator.record_visit)
        self.log_concern_button = QPushButton(self.tr("Log a &concern"))
        self.log_concern_button.clicked.connect(self.context.navigator.log_concern)
        self.report_button = QPushButton(self.tr("&Print this month's report"))
        self.report_button.clicked.connect(lambda: self.context.navigator.show_page("report"))
        self.coverage_button = QPushButton(self.tr("Coverage &details"))
        self.coverage_button.clicked.connect(lambda: self.context.navigator.show_page("coverage"))
        actions = QHBoxLayout()
        for button in (self.record_visit_button, self.log_concern_button, self.report_button,
                       self.coverage_button):
            actions.addWidget(button)
        actions.addStretch()

        # The boxes scroll when the window is smaller than they need (a 768-pixel laptop screen),
        # so the dashboard never sets the window's smallest size.
        body = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        self.first_steps = FirstStepsPanel(context)
        layout.addWidget(self.first_steps)
        layout.addLayout(actions)
        layout.addLayout(cards)
        layout.addWidget(self.pictures, 3)
        layout.addLayout(lists, 3)
        layout.addLayout(concern_lists, 2)
        self.meetings_glance = MeetingsGlance(context, self)
        layout.addWidget(self.meetings_glance, 2)
        layout.addWidget(QLabel(self.tr("Double-click a work area to see its visits, a concern to "
                                        "open it; hover a mark on the line to see the area, click "
                                        "it for its visits.")))
        layout.addWidget(management_aid_note())
        self.refresh()

    # data --------------------------------------------------------------------------------------
    def busy(self) -> bool:
        """The figures are still being computed (in the background)."""
        return self.loader.busy()

    def refresh(self) -> None:
        """Recompute off the GUI thread (a depot's month takes a tenth of a second or more);
        the figures shown stay until the new ones arrive."""
        super().refresh()
        self.loader.load(dashboard_figures)

    def show_figures(self, figures: DashboardFigures) -> None:
        self.glance = figures.glance
        self.show_glance(figures.glance, figures)
        self.pictures.show_figures(figures.pictures)
        self.plan_week.show_entries(figures.week)
        self.meetings_glance.show_figures(figures.meetings)
        self.first_steps.show_steps(figures.steps)

    def show_glance(self, glance: Glance, figures: DashboardFigures) -> None:
        month = glance.month
        self.title.setText(fill(self.tr("This month at a glance: {month}"),
                                month=month.period.start.isoformat()[:7]))
        if glance.last_month_has_records:
            self.rate_card.show_figure(percent(month.coverage_rate), fill(
                self.tr("{met} of {areas} work areas met their target; last month {last}."),
                met=month.met, areas=len(month.areas), last=percent(glance.last_month_rate)))
        else:  # last month is before the records begin: not a 0 % to compare with
            self.rate_card.show_figure(percent(month.coverage_rate), fill(
                self.tr("{met} of {areas} work areas met their target; no records for last "
                        "month."), met=month.met, areas=len(month.areas)))
        unvisited, overdue = month.not_visited, glance.overdue
        self.unvisited_card.show_figure(str(len(unvisited)), fill(
            self.tr("of {areas} work areas have had no visit this month."), areas=len(month.areas)))
        self.overdue_card.show_figure(str(len(overdue)), fill(
            self.tr("No visit for over {days} days, or never visited."), days=month.overdue_days))
        self.concern_card.show_figure(str(glance.open_concerns), fill(
            self.tr("{overdue} of them are past their due date."),
            overdue=glance.overdue_concerns))
        # With no work area at all, "every work area was visited" would be true but no help.
        no_areas = None if month.areas else self.tr(
            "No work areas yet: add them on the Work areas page.")
        self._fill(self.unvisited_list, unvisited, self._area_text,
                   no_areas or self.tr("Every work area has had a visit this month."))
        self._fill(self.overdue_list, overdue, self._area_text,
                   no_areas or self.tr("No work area is overdue."))
        self._fill(self.suggestion_list, month.suggestions[:SUGGESTIONS], self._suggestion_text,
                   no_areas or self.tr("No suggestion: every work area was visited recently."))
        self._fill_concerns(self.due_list, figures.due,
                            self.tr("No open concern is due this week."))
        self._fill_concerns(self.overdue_concern_list, figures.overdue,
                            self.tr("No concern is past its due date."))

    def _fill_concerns(self, widget: QListWidget, rows: list[ConcernRow], empty: str) -> None:
        widget.clear()
        for row in rows:
            item = QListWidgetItem(self._concern_text(row))
            item.setData(CONCERN_ROLE, row.id)
            item.setToolTip(fill(self.tr("{concern}\nOwner: {owner}"), concern=row.description,
                                 owner=row.owner))
            if row.overdue:
                item.setForeground(QColor(OVERDUE_COLOUR))
            widget.addItem(item)
        if not rows:
            add_placeholder(widget, empty)

    def _concern_text(self, row: ConcernRow) -> str:
        first_line = row.description.splitlines()[0] if row.description else ""
        # Whole, wrapping like the rows beside it; only a very long first line is shortened.
        summary = first_line if len(first_line) <= 80 else first_line[:80] + "…"
        return fill(self.tr("Due {day} · {area} · {owner}: {concern}"), day=row.due_on.isoformat(),
                    area=row.area, owner=row.owner, concern=summary)

    def _fill(self, widget: QListWidget, rows: list, text, empty: str) -> None:
        """One item per work area (rows have `area_id`), or a greyed line saying there is none."""
        widget.clear()
        for row in rows:
            item = QListWidgetItem(text(row))
            item.setData(AREA_ROLE, row.area_id)
            widget.addItem(item)
        if not rows:
            add_placeholder(widget, empty)

    def _last_visit(self, area: AreaCoverage) -> str:
        if area.last_visit is None:
            return self.tr("never visited")
        return fill(self.tr("last visit {day} ({days} days ago)"), day=area.last_visit.isoformat(),
                    days=area.days_since)

    def _area_text(self, area: AreaCoverage) -> str:
        return fill(self.tr("{area} ({tier}): {last_visit}"), area=area.name,
                    tier=tier_label(area.tier), last_visit=self._last_visit(area))

    def _suggestion_text(self, suggestion) -> str:
        reasons = translate("coverage", "; ").join(reason_text(r) for r in suggestion.reasons)
        return fill(self.tr("{area} (score {score}): {reasons}"), area=suggestion.area,
                    score=f"{suggestion.score:g}", reasons=reasons)

    # actions -----------------------------------------------------------------------------------
    def _open_concern(self, item: QListWidgetItem) -> None:
        self.context.navigator.open_record("concerns", item.data(CONCERN_ROLE))

    def _open_item(self, item: QListWidgetItem) -> None:
        area_id = item.data(AREA_ROLE)
        if area_id:
            self.context.navigator.open_area_visits(area_id)
