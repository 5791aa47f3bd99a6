"""The coverage figures: which work areas are visited, how often, by whom."""
from db.coverage.figures import (
    NO_RECORDS,
    STATUS_LABELS,
    AreaCoverage,
    CadreCoverage,
    Coverage,
    Glance,
    Heatmap,
    compute_coverage,
    gini,
    month_at_a_glance,
    open_concern_counts,
    round_half_up,
)
from db.coverage.pictures import (
    BAND_COLOURS,
    BAND_LABELS,
    BANDS,
    ORDER_NOTES,
    TEXTS,
    LineDiagram,
    LineMark,
    Pictures,
    TierBar,
    TrendPoint,
    line_diagram,
    pictures,
    tier_bars,
    track_spots,
    trend,
    unrecorded_span,
)
from db.coverage.queries import stored_pinyin
from db.coverage.suggest import (
    NEVER_VISITED,
    OPEN_CONCERNS,
    OVERDUE_CONCERNS,
    TIER_WEIGHT,
    Reason,
    Suggestion,
    suggest,
)

__all__ = [
    "BANDS", "BAND_COLOURS", "BAND_LABELS", "LineDiagram", "LineMark", "ORDER_NOTES", "Pictures",
    "TEXTS", "TierBar", "TrendPoint", "line_diagram", "pictures", "tier_bars", "track_spots",
    "trend", "unrecorded_span",
    "AreaCoverage", "CadreCoverage", "Coverage", "Glance", "Heatmap", "NEVER_VISITED", "NO_RECORDS",
    "OPEN_CONCERNS", "OVERDUE_CONCERNS", "Reason", "STATUS_LABELS", "Suggestion", "TIER_WEIGHT",
    "compute_coverage", "gini", "month_at_a_glance", "open_concern_counts", "round_half_up",
    "stored_pinyin", "suggest",
]
