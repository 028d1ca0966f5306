"""Fixtures of the translator tools' tests: small glossaries written here, never copied.

``glossary_db`` is a database file with a handful of approved entries (no seed
terms); ``run`` invokes the CLI on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from glossary.cli import app
from glossary.store import GlossaryStore

# (zh, preferred en, alternatives) — invented or public official renderings.
ENTRIES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "西部陆海新通道",
        "New International Land-Sea Trade Corridor",
        [("new land and sea channel in the west", "deprecated")],
    ),
    (
        "一带一路",
        "Belt and Road Initiative",
        [("Belt and Road", "admitted"), ("One Belt, One Road", "deprecated")],
    ),
    (
        "人类命运共同体",
        "global community of shared future",
        [("community with a shared future for mankind", "superseded")],
    ),
    ("中欧班列", "China-Europe Railway Express", []),
    ("开放型经济", "open economy", []),
    ("经济走廊", "economic corridor", []),
    ("倡议", "initiative", []),
]

runner = CliRunner()


def add_entries(path: Path, entries=ENTRIES) -> dict[str, int]:
    """Create ``path`` without seed terms and add ``entries``; returns zh -> concept id."""
    ids: dict[str, int] = {}
    with GlossaryStore.open(str(path), actor="tester", seed=False) as store:
        for zh, en, alternatives in entries:
            view = store.add_entry(zh, en, alternatives=alternatives)
            assert view.id is not None
            ids[zh] = view.id
    return ids


@pytest.fixture
def glossary_db(tmp_path: Path) -> tuple[str, dict[str, int]]:
    """``(database path, zh -> id)`` of a small glossary."""
    path = tmp_path / "qa.db"
    return str(path), add_entries(path)


@pytest.fixture
def run(glossary_db: tuple[str, dict[str, int]]) -> Callable[..., Result]:
    """Invoke ``glossary ARGS... --db <glossary_db>``; ``input`` goes to stdin."""
    db = glossary_db[0]

    def invoke(*args: str, input: str | bytes | None = None) -> Result:  # noqa: A002
        return runner.invoke(app, [*args, "--db", db], input=input)

    return invoke
