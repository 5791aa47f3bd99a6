"""The selected meeting on the 组织生活 page: its facts, the paper-only signals beside it, and its
attendance — each absentee with the reason and any make-up; Enter (or the button) on an
absentee's row records a make-up."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import records
from db.choices import ABSENCE_REASONS, MEETING_KINDS
from db.i18n import fill
from db.meetings import KIND
from db.meetings.queries import attendance_rows
from db.meetings.signals import GENERAL_BRANCH
from db.meetings.signals import Signal as MeetingSignal
from db.models import Member
from desktop.i18n import choice_label

SIGNAL_STYLE = "color: #8a4b00;"
ABSENT_COLOUR = "#fde2e1"


def signal_text(signal: MeetingSignal) -> str:
    return signal.text(QCoreApplication.translate)


def branch_text(name: str) -> str:
    return name or QCoreApplication.translate("db", GENERAL_BRANCH)


class MeetingDetail(QWidget):
    make_up_requested = Signal(str, str)   # meeting id, member id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_id: str | None = None
        self.rows: list = []
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.signals = QLabel()
        self.signals.setObjectName("detail_signals")
        self.signals.setWordWrap(True)
        self.signals.setStyleSheet(SIGNAL_STYLE)
        self.facts = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (("place", self.tr("Place")), ("topics", self.tr("Topics")),
                           ("chair", self.tr("Chair")), ("lecture", self.tr("Lecture")),
                           ("votes", self.tr("Vote")), ("decisions", self.tr("Decisions")),
                           ("minutes", self.tr("Minutes"))):
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, value)
            self.values[key] = value
        self.attendance = QTableWidget(0, 3)
        self.attendance.setTabKeyNavigation(False)
        self.attendance.setObjectName("detail_attendance")
        self.attendance.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Attendance"), self.tr("Make-up")])
        self.attendance.horizontalHeader().setStretchLastSection(True)
        self.attendance.verticalHeader().hide()
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance.currentCellChanged.connect(lambda *_: self._row_changed())
        self.attendance.activated.connect(lambda _i: self.request_make_up())
        self.make_up = QPushButton(self.tr("Record &make-up…"))
        self.make_up.setObjectName("record_make_up")
        self.make_up.clicked.connect(self.request_make_up)
        self.empty = QLabel(self.tr("Choose a meeting to see its attendance and signals."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.signals)
        layout.addLayout(self.facts)
        layout.addWidget(self.attendance, 1)
        layout.addWidget(self.make_up)
        self.show_meeting(None, [])

    def show_meeting(self, meeting_id: str | None, signals: list) -> None:
        meeting = records.get(KIND, meeting_id) if meeting_id else None
        self.meeting_id = meeting.id if meeting else None
        shown = meeting is not None
        self.empty.setVisible(not shown)
        for widget in (self.title, self.attendance, self.make_up):
            widget.setVisible(shown)
        self.signals.setVisible(shown and bool(signals))
        for value in self.values.values():
            self.facts.setRowVisible(value, shown)
        if not shown:
            self.rows = []
            return
        branch = branch_text(meeting.branch.name if meeting.branch_id else "")
        kind = choice_label(MEETING_KINDS, meeting.kind)
        time = f" {meeting.start_time}" if meeting.start_time else ""
        # 党总支委员会 names its holder already ("General branch General branch committee").
        holder = "" if meeting.kind == "general_committee" else f" {branch}"
        self.title.setText(f"{meeting.held_on.isoformat()}{time}{holder} {kind}")
        self.signals.setText("\n".join("⚑ " + signal_text(s) for s in signals))
        chair = Member.get_or_none(Member.id == meeting.chair_id)
        recorder = Member.get_or_none(Member.id == meeting.recorder_id)
        people = " / ".join(p for p in (chair.name if chair else "",
                                        fill(self.tr("recorded by {name}"), name=recorder.name)
                                        if recorder else "") if p)
        votes = ""
        if meeting.votes_for is not None:
            votes = fill(self.tr("for {yes}, against {no}, abstaining {abstain}"),
                         yes=meeting.votes_for, no=meeting.votes_against or 0,
                         abstain=meeting.votes_abstain or 0)
        lecture = " · ".join(t for t in (meeting.lecturer, meeting.lecture_title) if t)
        v = self.values
        for key, text in (("place", meeting.place), ("topics", meeting.topics), ("chair", people),
                          ("lecture", lecture), ("votes", votes),
                          ("decisions", meeting.decisions), ("minutes", meeting.minutes)):
            v[key].setText(text)
            self.facts.setRowVisible(v[key], bool(text))
        self.rows = attendance_rows(meeting.id)
        self.attendance.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            state = self.tr("present") if row.present else fill(
                self.tr("absent: {reason}"), reason=choice_label(ABSENCE_REASONS, row.reason))
            items = [QTableWidgetItem(row.name), QTableWidgetItem(state),
                     QTableWidgetItem(row.make_up or "")]
            for column, item in enumerate(items):
                if not row.present and not row.make_up:
                    item.setBackground(QColor(ABSENT_COLOUR))
                self.attendance.setItem(index, column, item)
        for column in (0, 1):  # the make-up column keeps the rest (all of them: it lost it)
            self.attendance.resizeColumnToContents(column)
        current = self.current_absentee()
        owed = next((i for i, r in enumerate(self.rows) if not r.present and not r.make_up), -1)
        if owed >= 0 and (current is None or current.make_up):
            # The absentees come last: the cursor waits on the first one owed a make-up, so
            # Make-up (Alt+M) is one key away from the meetings list.
            self.attendance.setCurrentCell(owed, 0)
        self._row_changed()

    def current_absentee(self) -> dict | None:
        index = self.attendance.currentRow()
        if 0 <= index < len(self.rows) and not self.rows[index].present:
            return self.rows[index]
        return None

    def _row_changed(self) -> None:
        row = self.current_absentee()
        self.make_up.setEnabled(row is not None and row.make_up is None)

    def request_make_up(self) -> None:
        row = self.current_absentee()
        if row is not None and row.make_up is None and self.meeting_id:
            self.make_up_requested.emit(self.meeting_id, row.member_id)
