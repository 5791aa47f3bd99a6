"""Making a folder or a file read-only the way a user meets it: write-protected media.

File modes do not stop root (CI runs as root), so as root the path is bind-mounted read-only
over itself (EROFS, as on a locked USB stick or a CD); as anyone else its write bits are removed
(EACCES, as in a folder one may only read). Either way the test's process itself stays
unprivileged towards that path until the context ends.
"""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """`path` (a folder with everything in it, or one file) read-only for the duration."""
    if os.geteuid() != 0:
        paths = [path, *path.rglob("*")] if path.is_dir() else [path]
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(modes[p] & ~0o222)
        try:
            yield path
        finally:
            for p in reversed(paths):
                p.chmod(modes[p])
        return
    done = _mount("--bind", str(path), str(path))
    if done.returncode:
        pytest.skip(f"root without the right to bind-mount, so nothing is read-only to it: "
                    f"{done.stderr.strip()}")
    try:
        done = _mount("-o", "remount,ro,bind", str(path))
        if done.returncode:
            pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")
        yield path
    finally:
        subprocess.run(["umount", str(path)], capture_output=True, timeout=30, check=True)
