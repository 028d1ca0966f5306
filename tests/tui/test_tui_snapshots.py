"""Snapshots of the review, lookup, edit and help screens at 100x30 and 80x24.

The data is the deterministic sample glossary with a frozen clock (see conftest).
Regenerate with ``pytest tests/tui --snapshot-update`` and look at the SVGs (or
the HTML report pytest-textual-snapshot writes on failure) before committing.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input

from glossary.store import GlossaryStore
from tui.app import build_app

SIZES = {"100x30": (100, 30), "80x24": (80, 24)}


def still(pilot: Any) -> None:
    """No blinking cursor (it would make the snapshot depend on timing)."""
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_review_screen(sample: GlossaryStore, tui: Any, snap_compare: Any, size: Any) -> None:
    """The queue, the first candidate with both evidence pairs, status and footer."""

    async def run_before(pilot: Any) -> None:
        await tui.settle(pilot)
        still(pilot)

    assert snap_compare(build_app(sample, "review"), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_lookup_screen(sample: GlossaryStore, tui: Any, snap_compare: Any, size: Any) -> None:
    """Results for a pinyin query and the entry with its renderings and history."""

    async def run_before(pilot: Any) -> None:
        await tui.settle(pilot)
        await pilot.press(*"yidaiyilu")
        await tui.settle(pilot)
        still(pilot)

    assert snap_compare(build_app(sample, "lookup"), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_edit_dialog(sample: GlossaryStore, tui: Any, snap_compare: Any, size: Any) -> None:
    """The English edit dialog over the review screen."""

    async def run_before(pilot: Any) -> None:
        await tui.settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        still(pilot)

    assert snap_compare(build_app(sample, "review"), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_help_screen(sample: GlossaryStore, tui: Any, snap_compare: Any, size: Any) -> None:
    """Every key, by screen."""

    async def run_before(pilot: Any) -> None:
        await tui.settle(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(build_app(sample, "review"), terminal_size=size, run_before=run_before)
