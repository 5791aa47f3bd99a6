"""The field packet (走访准备单): one A4 page per work area, to carry to a remote work area.

    pdf_bytes = FieldPacket(packets, translate, organisation=name).build()

Each page: the area and how to get there, the last visits and days since, the members who work
there with the last time a visit talked to them, the open concerns with a blank for the answer
given, the purpose of this visit from the plan, and a return section laid out in the order of
the quick visit entry. "内部资料 注意保密" in the footer. Private visit content never appears;
phone numbers only when the packets were read with them. A page's content is shrunk to fit its
page, never continued on a second one.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak, Spacer

from db.choices import ACCESS_TIERS, CONCERN_CATEGORIES, MEETING_KINDS, VISIT_KINDS
from db.i18n import LIST_SEPARATOR, fill
from db.meetings import Owed
from db.plans import PURPOSES, Absentee, Packet
from desktop.report.blocks import Blocks, identity
from desktop.report.fonts import register_fonts
from desktop.report.page import a4_document, numbered_canvas

Translate = Callable[[str, str], str]
CTX = "FieldPacket"  # the class name: the context lupdate gives self.tr() here
WIDTH = 178 * mm
BLANK = "\u3000" * 2


class FieldPacket:
    # Name, post, last talked to, last contact, make-ups owed (the phone column, when printed,
    # is taken from the last).
    MEMBER_WIDTHS = (24 * mm, 24 * mm, 22 * mm, 22 * mm, 86 * mm)
    PHONE_WIDTH = 26 * mm
    OWED_SHOWN = 4
    # label, value × 3: the line and its kilometres fit the second column on one line
    FACT_WIDTHS = (20 * mm, 44 * mm, 18 * mm, 42 * mm, 18 * mm, 36 * mm)
    OWED_COLOUR = colors.HexColor("#b3261e")

    def __init__(self, packets: list[Packet], translate: Translate = identity, *,
                 organisation: str = "") -> None:
        self.packets = packets
        self.translate = translate
        self.organisation = organisation
        self.font = register_fonts()
        self.b = Blocks(self.font)

    def tr(self, text: str, /, **params: object) -> str:
        return fill(self.translate(CTX, text), **params)

    def label(self, choices: dict, code: object) -> str:
        return self.translate("choices", choices.get(code, str(code))) if code else ""

    def build(self) -> bytes:
        buffer = io.BytesIO()
        title = self.tr("Field packet")
        doc = a4_document(buffer, title=title, author=self.organisation or "Branch Desk")
        story: list = []
        for number, packet in enumerate(self.packets):
            if number:
                story.append(PageBreak())
            story.append(KeepInFrame(doc.width, doc.height - 2 * mm, self.page(packet),
                                     mode="shrink"))
        if not story:
            story.append(self.b.p(self.tr("No work area to print.")))
        footer = self.tr("Internal material: keep confidential")
        canvas = numbered_canvas(
            self.font, lambda n, total: self.tr("{footer}   Page {page} of {pages}",
                                                footer=footer, page=n, pages=total),
            " · ".join(filter(None, [self.organisation, title])))
        doc.build(story, canvasmaker=canvas)
        return buffer.getvalue()

    # one page ------------------------------------------------------------------------------
    def page(self, packet: Packet) -> list:
        out = [self.b.p(self.tr("Field packet: {area}", area=packet.name), "title")]
        out += self.facts(packet)
        out += self.purpose(packet)
        out += self.visits(packet)
        out += self.members(packet)
        out += self.concerns(packet)
        out += self.return_section()
        return out

    def facts(self, packet: Packet) -> list:
        none = "—"
        since = (self.tr("{date} ({days} days ago)", date=packet.last_visit.isoformat(),
                         days=packet.days_since) if packet.last_visit else self.tr("Never visited"))
        distance = (self.tr("{km} km", km=f"{packet.distance_km:g}")
                    if packet.distance_km is not None else none)
        travel = (self.tr("{minutes} min", minutes=packet.travel_minutes)
                  if packet.travel_minutes is not None else none)
        rows = [
            [self.tr("Access"), self.label(ACCESS_TIERS, packet.tier), self.tr("Code"),
             packet.code or none, self.tr("Headcount"), str(packet.headcount)],
            [self.tr("Distance"), distance, self.tr("Travel time"), travel,
             self.tr("Last visit"), since],
            [self.tr("Line, km"), self.line_text(packet) or none, self.tr("Location"),
             packet.location or none, self.tr("Printed"), packet.as_of.isoformat()],
        ]
        shade = [("BACKGROUND", (c, 0), (c, -1), colors.HexColor("#f1f3f4")) for c in (0, 2, 4)]
        return [self.b.table(rows, list(self.FACT_WIDTHS), header=False, extra=shade)]

    @staticmethod
    def line_text(packet: Packet) -> str:
        """线别区段 and the position on the line (里程) when recorded and not already in it."""
        if packet.position and packet.position not in packet.line_section:
            return " ".join(filter(None, [packet.line_section, packet.position]))
        return packet.line_section

    def purpose(self, packet: Packet) -> list:
        out = [self.b.p(self.tr("Purpose of this visit"), "h2")]
        entry = packet.entry
        if entry is None:
            out.append(self.b.p(self.tr("Purpose: ________________   Cadre: ____________   "
                                        "Date: ____________")))
            return out
        if entry.planned_on:
            line = self.tr("{purpose} · {cadre} · on {date}",
                           purpose=self.label(PURPOSES, entry.purpose), cadre=entry.cadre,
                           date=entry.planned_on.isoformat())
        else:
            line = self.tr("{purpose} · {cadre} · week {week} ({start} to {end})",
                           purpose=self.label(PURPOSES, entry.purpose), cadre=entry.cadre,
                           week=entry.week, start=entry.week_start.isoformat(),
                           end=entry.week_end.isoformat())
        out.append(self.b.p(line))
        if entry.absentees:
            people = self.tr("; ").join(
                self.tr("{name} ({meeting})", name=a.name, meeting=self.owed_text([a]))
                + (self.tr(", made up {date}", date=a.made_up_on.isoformat())
                   if a.made_up_on else "")
                for a in entry.absentees)
            out.append(self.b.p(self.tr("Make-up session for: {people}", people=people)))
        if packet.follow_up:
            out.append(self.b.p(self.tr("Follow-up of the concern: {text}",
                                        text=packet.follow_up)))
        if entry.note:
            out.append(self.b.p(self.tr("Note: {note}", note=entry.note)))
        return out

    def visits(self, packet: Packet) -> list:
        out = [self.b.p(self.tr("Last visits"), "h2")]
        if not packet.visits:
            return out + [self.b.p(self.tr("No visit recorded."))]
        rows = [[self.tr("Date"), self.tr("Who went"), self.tr("Kind"), self.tr("Summary")]]
        between = self.translate("db", LIST_SEPARATOR)  # 、 in Chinese, ", " in English
        for visit in packet.visits:
            summary = self.tr("(private: not shown)") if visit.private else visit.summary
            rows.append([visit.day.isoformat(), between.join(visit.people),
                         self.label(VISIT_KINDS, visit.kind), summary])
        return out + [self.b.table(rows, [20 * mm, 36 * mm, 28 * mm, 94 * mm])]

    def owed_text(self, owed: Sequence[Owed | Absentee]) -> str:
        """The make-ups a member owes, the latest OWED_SHOWN: 党课 2026-05-10；主题党日 ...
        (with how many in all when there are more)."""
        shown = sorted(owed, key=lambda o: o.held_on, reverse=True)[:self.OWED_SHOWN]
        text = self.tr("; ").join(
            self.tr("{kind} {date}", kind=self.label(MEETING_KINDS, o.kind),
                    date=o.held_on.isoformat()) for o in shown)
        if len(owed) > len(shown):  # in front: a wrapped line never starts with a comma
            text = self.tr("{count} owed, the latest: ", count=len(owed)) + text
        return text

    def members(self, packet: Packet) -> list:
        """Each member: the last time a visit talked to them, the last organisational contact
        (meeting attended, make-up, talk) and the make-ups owed, naming the meetings."""
        out = [self.b.p(self.tr("Members working here ({count})", count=len(packet.members)),
                        "h2")]
        if not packet.members:
            return out + [self.b.p(self.tr("No member is assigned here."))]
        never = self.tr("never")
        phones = any(m.phone for m in packet.members)
        head = [self.tr("Name"), self.tr("Post"), self.tr("Last talked to"),
                self.tr("Last contact"), self.tr("Make-up owed (meeting, date)")]
        widths = list(self.MEMBER_WIDTHS)
        if phones:
            head.append(self.tr("Phone"))
            widths[-1] -= self.PHONE_WIDTH
            widths.append(self.PHONE_WIDTH)
        rows = [head]
        for member in packet.members:
            row = [member.name, member.job_post,
                   member.last_talked.isoformat() if member.last_talked else never,
                   member.last_contact.isoformat() if member.last_contact else never,
                   self.owed_text(member.owed) if member.owed else "—"]
            if phones:
                row.append(member.phone)
            rows.append(row)
        owing = [("TEXTCOLOR", (4, n), (4, n), self.OWED_COLOUR)
                 for n, m in enumerate(packet.members, start=1) if m.owed]
        return out + [self.b.table(rows, widths, extra=owing)]

    def concerns(self, packet: Packet) -> list:
        out = [self.b.p(self.tr("Open concerns raised here ({count})",
                                count=len(packet.concerns)), "h2")]
        if not packet.concerns:
            return out + [self.b.p(self.tr("No open concern."))]
        rows = [[self.tr("Raised"), self.tr("Days open"), self.tr("Raised by"),
                 self.tr("Concern"), self.tr("Owner"), self.tr("Due"),
                 self.tr("Answer given (write here)")]]
        overdue = []
        for n, c in enumerate(packet.concerns, start=1):
            rows.append([c.raised_on.isoformat(), str(c.days_open), c.raised_by,
                         f"[{self.label(CONCERN_CATEGORIES, c.category)}] {c.description}",
                         c.owner, c.due_on.isoformat(), ""])
            if c.overdue:
                overdue.append(("TEXTCOLOR", (5, n), (5, n), colors.HexColor("#b3261e")))
        widths = [19 * mm, 11 * mm, 15 * mm, 53 * mm, 14 * mm, 19 * mm, 47 * mm]
        return out + [self.b.table(rows, widths, extra=overdue)]

    def return_section(self) -> list:
        """Blanks in the order of the quick visit entry: date, work area (printed above),
        participants, kind, hours, workers met, summary, members talked to, then concerns."""
        out = [self.b.p(self.tr("To fill in on site (then type it in, in this order)"), "h2")]
        rows = [
            [self.tr("Date"), "", self.tr("Participants"), ""],
            [self.tr("Kind"), "", self.tr("Hours on site"), ""],
            [self.tr("Workers met"), "", self.tr("Members talked to"), ""],
            [self.tr("Summary"), "", "", ""],
            [self.tr("New concerns (who, what)"), "", "", ""],
        ]
        widths = [26 * mm, 55 * mm, 30 * mm, 67 * mm]
        heights = [9 * mm, 9 * mm, 9 * mm, 32 * mm, 32 * mm]
        spans = [("SPAN", (1, 3), (3, 3)), ("SPAN", (1, 4), (3, 4)),
                 ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f3f4")),
                 ("BACKGROUND", (2, 0), (2, 2), colors.HexColor("#f1f3f4"))]
        out.append(self.b.table(rows, widths, header=False, heights=heights, extra=spans))
        out.append(Spacer(1, 2 * mm))
        return out


def packet_pdf(packets: list[Packet], translate: Translate = identity) -> bytes:
    from db.organisation import get_organisation

    return FieldPacket(packets, translate, organisation=get_organisation().name).build()
