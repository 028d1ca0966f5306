"""Shared fixtures: temporary glossary databases.

A new database normally loads the shipped seed terms; ``empty_store`` skips them so
tests control every entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.store import GlossaryStore

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a database file that does not exist yet."""
    return tmp_path / "glossary.db"


@pytest.fixture
def empty_store(db_path: Path) -> Iterator[GlossaryStore]:
    """A new, empty glossary (no seed terms), acting as user ``tester``."""
    store = GlossaryStore.open(str(db_path), actor="tester", seed=False)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the user's real database from a test."""
    monkeypatch.delenv("GLOSSARY_DB", raising=False)
    monkeypatch.setenv("GLOSSARY_USER", "tester")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
