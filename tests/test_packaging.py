"""What an installation is made of: the package data that exists, dependency bounds that were
tested, the two launchers, the icon and the Linux desktop entry."""
from __future__ import annotations

import configparser
import importlib
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_package_data_names_only_what_exists():
    for package, patterns in PROJECT["tool"]["setuptools"]["package-data"].items():
        folder = ROOT / package.replace(".", "/")
        for pattern in patterns:
            assert list(folder.glob(pattern)), f"{package}: {pattern} matches nothing"


@pytest.mark.parametrize("requirement", [*PROJECT["project"]["dependencies"],
                                         *PROJECT["project"]["optional-dependencies"]["test"]])
def test_each_dependency_has_a_tested_lower_and_an_upper_bound(requirement):
    name, lower, upper = re.fullmatch(r"([\w.-]+)>=([\d.]+),<([\d.]+)", requirement).groups()
    installed = _version(metadata.version(name))
    assert _version(lower) <= installed < _version(upper), (
        f"{name} {metadata.version(name)} is outside {requirement}: test with it, then move "
        f"the bound")


def test_metadata_names_licence_and_authors():
    project = PROJECT["project"]
    assert project["license"] == "Apache-2.0" and (ROOT / "LICENSE").exists()
    assert all((ROOT / f).exists() for f in project["license-files"])
    assert project["authors"]


def test_console_and_window_launchers_exist():
    scripts = {**PROJECT["project"]["scripts"], **PROJECT["project"]["gui-scripts"]}
    assert set(scripts) == {"branch-desk", "branch-desk-window"}
    for target in scripts.values():
        module, name = target.split(":")
        assert callable(getattr(importlib.import_module(module), name))


def test_desktop_entry_starts_the_window_with_the_icon():
    from resources import APP_ICON, DESKTOP_ENTRY

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP_ENTRY, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] in PROJECT["project"]["gui-scripts"]
    assert section["Name[zh_CN]"] == "党总支工作台" and section["Terminal"] == "false"
    assert APP_ICON.name.startswith(section["Icon"])
    assert APP_ICON.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_window_has_the_icon(qapp):
    from desktop.app import create_application

    assert not create_application().windowIcon().isNull()
