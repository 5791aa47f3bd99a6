"""PySide6 6.12 loses references: each signal emitted from Python drops one reference to True,
each call of a method without a result (setEnabled, setText, processEvents ...) one to None.
Python 3.12 made these objects immortal, so there nothing happens; on 3.11 a few thousand such
calls deallocate True or None and the process aborts ("bool_dealloc", "none_dealloc"): the
window ended on the second preview of a 100,000-row sheet (2,000 progress signals each), and a
long session would end the same way.

So on Python 3.11 True, False and None are given a billion references that are never given
back, as 3.12 does for every such object. No other object is touched.
"""
from __future__ import annotations

import sys

PINNED = 1 << 30


def pin_singletons() -> bool:
    """Make True, False and None as good as immortal; whether it was needed and done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    done = False
    for obj in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, a PyObject's first field
        if count.value != sys.getrefcount(obj) - 1 or count.value >= PINNED:
            continue  # another layout (a debug build), or pinned already
        count.value += PINNED
        done = True
    return done
