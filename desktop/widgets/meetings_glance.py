"""The dashboard's organisation-life box: quotas due this month not yet met, meetings with a
paper-only signal this quarter, and members on the roll without organisational contact for
3 months (6 months and more in red — the dates only; the branch decides what they mean).
Double-click a meeting or a member to open it. The figures (glance_figures) are computed with
the dashboard's, off the GUI thread."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidgetItem, QVBoxLayout, QWidget

from db import clock
from db.choices import MEETING_KINDS
from db.dates import month_end
from db.i18n import fill
from db.meetings import MeetingFigures, meeting_figures
from db.periods import month_period, quarter_period
from desktop.context import AppContext
from desktop.i18n import choice_label
from desktop.widgets.meeting_detail import branch_text, signal_text
from desktop.widgets.wrapping_list import WrappingList, add_placeholder

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
HIGHLIGHT = "#b00020"


@dataclass(frozen=True)
class GlanceFigures:
    today: dt.date
    month: MeetingFigures       # quotas due and members without contact
    quarter: MeetingFigures     # meetings with a signal (no contact list)


def glance_figures() -> GlanceFigures:
    """What the box shows, from the db (run off the GUI thread)."""
    today = clock.today()
    return GlanceFigures(today, meeting_figures(month_period(today)),
                         meeting_figures(quarter_period(today), contacts=False))


class MeetingsGlance(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MeetingsGlance", "Organisation life"), parent)
        self.context = context
        self.due = WrappingList()
        self.due.setObjectName("quotas_due")
        self.flagged = WrappingList()
        self.flagged.setObjectName("meetings_flagged")
        self.quiet = WrappingList()
        self.quiet.setObjectName("no_contact")
        layout = QHBoxLayout(self)
        for title, widget in ((self.tr("Quotas due this month, not yet met"), self.due),
                              (self.tr("Meetings to check this quarter"), self.flagged),
                              (self.tr("No organisational contact for 3 months or more"),
                               self.quiet)):
            widget.setSpacing(3)
            widget.setMinimumHeight(20)   # the dashboard must still fit a 768-pixel screen
            widget.itemActivated.connect(self._open)
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 2, 4, 2)
            inner.addWidget(widget)
            layout.addWidget(box, 1)
        layout.setContentsMargins(4, 2, 4, 2)

    def show_figures(self, figures: GlanceFigures) -> None:
        month, quarter = figures.month, figures.quarter
        end = month_end(figures.today)
        due = [(b, q) for b in month.branches for q in b.quotas
               if not q.met and q.due_on is not None and q.due_on <= end]
        self._fill(self.due, [(fill(self.tr("{branch}: {kind} (held {held} of {required})"),
                                    branch=branch_text(b.name),
                                    kind=choice_label(MEETING_KINDS, q.kind), held=q.held,
                                    required=q.required), None, None, False) for b, q in due],
                   self.tr("Every quota due this month is met."))
        self._fill(self.flagged, [(fill(self.tr("{date} {branch} {kind}: {reason}"),
                                        date=m.held_on.isoformat(), branch=branch_text(m.branch),
                                        kind=choice_label(MEETING_KINDS, m.kind),
                                        reason=signal_text(next(s for s in m.signals if s.flag))),
                                   m.id, "meetings", False) for m in quarter.flagged],
                   self.tr("No meeting this quarter has a signal."))
        self._fill(self.quiet, [(fill(self.tr("{name} ({branch}): last contact {date}"),
                                      name=r.name, branch=r.branch,
                                      date=r.last_contact.isoformat() if r.last_contact
                                      else self.tr("none recorded")),
                                 r.member_id, "members", r.highlighted)
                                for r in month.no_contact],
                   self.tr("Every member on the roll had contact in the last 3 months."))

    def _fill(self, widget: WrappingList, rows: list, empty: str) -> None:
        widget.clear()
        for text, record_id, page, highlighted in rows:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            item.setData(PAGE_ROLE, page)
            if highlighted:
                item.setForeground(QColor(HIGHLIGHT))
            widget.addItem(item)
        if not rows:
            add_placeholder(widget, empty)

    def _open(self, item: QListWidgetItem) -> None:
        if item.data(PAGE_ROLE):
            self.context.navigator.open_record(item.data(PAGE_ROLE), item.data(ID_ROLE))
