"""Fixtures of the interchange tests; helpers are in ``formats_helpers``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formats_helpers import SHARED_TBX  # noqa: E402

from glossary.store import GlossaryStore  # noqa: E402


@pytest.fixture
def shared_tbx() -> Path:
    """The LTAC schemas and fixtures; the test is skipped if they are not there."""
    if not SHARED_TBX.is_dir():
        pytest.skip(f"TBX schemas and fixtures not found at {SHARED_TBX.resolve()}")
    return SHARED_TBX.resolve()


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    """Path of a new, empty glossary database (no seed terms)."""
    path = tmp_path / "empty.db"
    GlossaryStore.open(str(path), seed=False).close()
    return str(path)
