"""packet: the field packet (走访准备单) of a work area, or of a cadre's planned month."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.errors import BranchDeskError
from db.files import safe_name
from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import (
    Subcommands,
    add_overwrite,
    area_named,
    cadre_named,
    opened_store,
    output_file,
)

AREA_OR_MONTH = QT_TRANSLATE_NOOP("db", "Give --area NAME, or --month YYYY-MM with --cadre NAME.")
NOTHING_PLANNED = QT_TRANSLATE_NOOP("db", "{cadre} has no planned visit in {month}.")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("packet", help=QT_TRANSLATE_NOOP(
        "cli", "print a field packet: one A4 page per work area"),
                       description=QT_TRANSLATE_NOOP(
                           "cli", "The field packet to carry to a work area: one A4 "
                                   "page per area. --area for one area, or --month and --cadre "
                                   "for a page per area in that cadre's plan."))
    p.add_argument("--area", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "the work area"))
    p.add_argument("--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP(
        "cli", "with --cadre: that month's planned areas"))
    p.add_argument("--cadre", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "cli", "with --month: whose plan"))
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help=QT_TRANSLATE_NOOP(
        "cli", "where to write it"))
    p.add_argument("--with-phones", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "print the members' phone numbers (left out by default)"))
    add_overwrite(p)
    p.set_defaults(run=run_packet)


def run_packet(args: argparse.Namespace) -> int:
    from db import plans
    from db.periods import parse_month_period
    from desktop.cli.plan import write_file
    from desktop.i18n import Translations
    from desktop.report.packet import packet_pdf

    translate = Translations(args.lang or "zh_CN").tr
    if bool(args.area) == bool(args.month and args.cadre) or (args.month is None) != (
            args.cadre is None):
        raise BranchDeskError(AREA_OR_MONTH)
    if args.out:
        output_file(args.out, ".pdf", overwrite=args.overwrite)
    with opened_store(args, read_only=True):
        if args.area:
            area = area_named(args, args.area)
            packets = [plans.area_packet(area.id, with_phones=args.with_phones)]
            default = f"{safe_name(area.name)}.pdf"
        else:
            month = parse_month_period(args.month).start
            who = cadre_named(args, args.cadre)
            entries = [e for e in plans.month_plan(month, cadre_id=who.id).entries
                       if e.state != "dropped"]
            if not entries:
                raise BranchDeskError(NOTHING_PLANNED, cadre=who.name,
                                      month=plans.month_label(month))
            packets = [plans.area_packet(e.area_id, entry=e, with_phones=args.with_phones)
                       for e in entries]
            default = f"{safe_name(who.name)}-{plans.month_label(month)}.pdf"
        pdf = packet_pdf(packets, translate)
    out = args.out or Path(default)
    write_file(out, pdf, overwrite=args.overwrite)
    print(out)
    return 0
