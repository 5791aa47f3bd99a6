"""On the small demo data the built-in bias shows, and the coverage JSON holds together."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from db import clock, demo
from db.store import Store
from desktop.cli.entry import main

TODAY = dt.date(2025, 9, 17)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    original = clock.today
    clock.today = lambda: TODAY
    try:
        with Store.open(folder):
            demo.build("small", seed=1, today=TODAY)
    finally:
        clock.today = original
    return folder


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def coverage_json(capsys, folder, *argv) -> dict:
    assert main(["--data-dir", str(folder), "--lang", "en", "coverage", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("period", [["--month", "2025-08"],
                                    ["--from", "2024-09-01", "--to", "2025-08-31"]])
def test_json_holds_together(capsys, demo_folder, period):
    data = coverage_json(capsys, demo_folder, *period)
    areas = data["areas"]
    assert areas
    met = sum(a["status"] == "met" for a in areas)
    assert data["coverage_rate"] == pytest.approx(met / len(areas))
    for cadre in data["cadres"]:
        assert cadre["own_area_visits"] + cadre["other_area_visits"] == cadre["visits"]
    for area in areas:
        assert area["status"] == ("met" if area["visits"] >= area["target"]
                                  else "none" if area["visits"] == 0 else "below")
    assert all(s["reasons"] for s in data["suggestions"])


def test_remote_areas_are_visited_less_over_a_year(capsys, demo_folder):
    data = coverage_json(capsys, demo_folder, "--from", "2024-09-01", "--to", "2025-08-31")
    assert data["remoteness_bias"] is not None and data["remoteness_bias"] < 1
    assert data["gini"] > 0
