"""A folder on a full disk, the way a user meets it: a small tmpfs with not a byte left.

Mounting needs root (CI runs as root); elsewhere the test is skipped.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def full_disk(mount: Path, *, size: str = "256k",
              before_filling: Callable[[Path], None] | None = None,
              leave: int = 0) -> Iterator[Path]:
    """`mount` (made if missing) as a tmpfs of `size`, filled up after `before_filling(mount)`
    but for `leave` bytes (room for a write to begin and run out half-way)."""
    mount.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("a full disk is made with a tmpfs mount, which needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True, text=True, timeout=30)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        if before_filling:
            before_filling(mount)
        with open(mount / "filler", "wb") as handle:
            handle.write(b"\0" * max(0, shutil.disk_usage(mount).free - leave))
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, timeout=30, check=True)


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """`folder` (made if missing) bind-mounted read-only onto itself, as a write-protected USB
    stick is: even root cannot make a file there (a chmod does not stop root)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("a read-only folder is made with a bind mount, which needs root")
    for options in (["--bind"], ["-o", "remount,ro,bind"]):
        done = subprocess.run(["mount", *options, str(folder), str(folder)],
                              capture_output=True, text=True, timeout=30)
        if done.returncode:
            subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)
            pytest.skip(f"cannot bind-mount a folder read-only: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, timeout=30, check=True)
