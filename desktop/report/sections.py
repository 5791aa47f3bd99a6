"""Which sections make the summary and the detail, in order. To add a section to the summary
(organisation life, plan against actual), add its class to SECTIONS before Signature."""
from __future__ import annotations

from desktop.report.detail_sections import ConcernLists, CoverageByArea, DetailTitle, RecentMonths
from desktop.report.front_page import FrontPage
from desktop.report.meetings_section import OrganisationLife
from desktop.report.monthly import SectionKind
from desktop.report.plan_section import PlanAgainstActual
from desktop.report.summary_sections import (
    AreasNeedingAttention,
    CadreVisits,
    ConcernsSummary,
    Signature,
)

SECTIONS: list[SectionKind] = [
    FrontPage,
    AreasNeedingAttention,
    CadreVisits,
    PlanAgainstActual,
    ConcernsSummary,
    OrganisationLife,
    Signature,
]
DETAIL_SECTIONS: list[SectionKind] = [DetailTitle, CoverageByArea, RecentMonths, ConcernLists]
