"""Exchange between machines with no network: sealed packages, merging, conflicts, the key."""
from db.sync.conflicts import ConflictView, list_conflicts, resolve_conflict
from db.sync.incoming import InvalidRow
from db.sync.keys import KEY_SUFFIX, KeyFileError, exchange_key, installed_key, join, write_key_file
from db.sync.merge import ImportSummary, import_package, preview_package
from db.sync.package import (
    SUFFIX,
    ExportResult,
    PackageError,
    exchange_history,
    export_package,
    list_peers,
    read_package,
    sync_columns,
)
from db.sync.summary import AreaRename

__all__ = [
    "AreaRename", "ConflictView", "ExportResult", "ImportSummary", "InvalidRow", "KEY_SUFFIX",
    "KeyFileError", "PackageError", "SUFFIX", "exchange_history", "exchange_key", "export_package",
    "import_package", "installed_key", "join", "list_conflicts", "list_peers", "preview_package",
    "read_package", "resolve_conflict", "sync_columns", "write_key_file",
]
