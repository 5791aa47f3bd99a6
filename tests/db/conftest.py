from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sync_devices import Devices  # noqa: E402


@pytest.fixture
def devices(tmp_path):
    """Three machines of one general branch: office, laptop_a, laptop_b."""
    machines = Devices(tmp_path)
    yield machines
    machines.close()
