"""Exchange between machines with no network: packages, merging, conflicts."""
from db.sync.conflicts import ConflictView, list_conflicts, resolve_conflict
from db.sync.merge import import_package
from db.sync.package import (
    SUFFIX,
    PackageError,
    exchange_history,
    export_package,
    list_peers,
    read_package,
    sync_columns,
)

__all__ = [
    "ConflictView", "PackageError", "SUFFIX", "exchange_history", "export_package",
    "import_package", "list_conflicts", "list_peers", "read_package", "resolve_conflict",
    "sync_columns",
]
