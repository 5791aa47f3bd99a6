"""What an import did, or a preview found it would do: outcomes per table."""
from __future__ import annotations

from dataclasses import dataclass, field

from db.datafolder import Device

OUTCOMES = ("new", "updated", "deleted", "unchanged", "kept", "conflicts")
# What an import merges; "unchanged" and "kept" (this machine holds that version, or one made
# after it) are what it found already merged here.
MERGED = ("new", "updated", "deleted", "conflicts")
# A package that moves more live records than this to the trash says so before it is applied.
MANY_DELETIONS = 10


@dataclass(frozen=True)
class AreaRename:
    """A work area made under one name on two machines: the one made later (on `made_on`, this
    machine when `here`) now bears `new_name`, as on every machine (db.sync.alike)."""
    name: str
    new_name: str
    here: bool
    made_on: str


@dataclass
class ImportSummary:
    source: Device
    new: int = 0
    updated: int = 0
    deleted: int = 0  # live rows here that the package moves to the trash
    unchanged: int = 0
    kept: int = 0  # the local row is newer than the incoming one
    conflicts: int = 0
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)
    adopted_organisation: bool = False
    renamed: list[AreaRename] = field(default_factory=list)
    applied: bool = True  # False for a preview

    def count(self, table: str, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        bucket = self.per_table.setdefault(table, {})
        bucket[outcome] = bucket.get(outcome, 0) + 1

    @property
    def nothing_new(self) -> bool:
        """Nothing merged: every record in the package was already here (a package imported
        again, or brought here before by a relay). The history marks such an import."""
        return merged_nothing(self.as_dict()) and not self.renamed

    @property
    def many_deletions(self) -> bool:
        return self.deleted > MANY_DELETIONS

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in OUTCOMES}


def merged_nothing(counts: dict) -> bool:
    """True for an import's outcome counts (ImportSummary.as_dict, as the history stores them)
    in which nothing was merged."""
    return not any(counts.get(k) for k in MERGED)
