"""Demo data that looks real: a workshop (small) or a whole depot over ten years."""
from db.demo.build import NOT_EMPTY, UNKNOWN_SIZE, build
from db.demo.sizes import Size

__all__ = [
    "NOT_EMPTY", "Size", "UNKNOWN_SIZE", "build",
]
