"""The lookup screen: search as you type, the entry in detail, edits with locking."""

from __future__ import annotations

from typing import Any

import pytest
from textual.coordinate import Coordinate
from textual.widgets import Input, Static

from glossary.store import GlossaryStore
from tui.screens.lookup import LookupScreen
from tui.screens.prompt import TextPrompt
from tui.screens.term_picker import TermPicker


def lookup(app: Any) -> LookupScreen:
    """The lookup screen."""
    screen = app.lookup_screen
    assert screen is not None
    return screen


async def search(pilot: Any, tui: Any, text: str) -> LookupScreen:
    """Type ``text`` into an emptied search box, key by key, and wait for the results."""
    screen = lookup(pilot.app)
    if not isinstance(screen.focused, Input):
        await pilot.press("slash")  # back to the search box
    await pilot.press("escape")  # clear it
    assert screen.query_one("#query", Input).value == ""
    await pilot.press(*text)
    await tui.settle(pilot)
    assert screen.searched == text
    return screen


def first_hit(screen: LookupScreen) -> tuple[str, str]:
    """(zh, match kind) of the best hit."""
    assert screen.table.hits, f"no hits for {screen.searched!r}"
    hit = screen.table.hits[0]
    return hit.zh, hit.match


def entry_text(screen: LookupScreen, tui: Any) -> str:
    """What the entry pane shows."""
    return tui.plain(screen.query_one("#entry-text", Static))


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("一带一路", "exact"),
        ("一帶一路", "exact"),  # traditional characters
        ("yidaiyilu", "pinyin"),
        ("ydyl", "initials"),
        ("Belt and Road", "prefix"),
        ("Belt and Raod Initiative", "fuzzy"),  # a typo
    ],
)
def test_results_as_you_type(sample: GlossaryStore, tui: Any, query: str, kind: str) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = await search(pilot, tui, query)
        assert first_hit(screen) == ("一带一路", kind)
        assert screen.table.get_cell_at(Coordinate(0, 1)).plain == kind  # the match column

    tui.run(sample, scenario, start="lookup")


def test_deprecated_rendering_points_to_the_preferred(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = await search(pilot, tui, "One Belt, One Road")
        shown = screen.table.get_cell_at(Coordinate(0, 2)).plain
        assert "One Belt, One Road (deprecated) → Belt and Road Initiative" in shown

    tui.run(sample, scenario, start="lookup", size=(200, 30))  # wide enough for the whole cell


def test_entry_detail_shows_everything(sample: GlossaryStore, tui: Any) -> None:
    cid = sample.find_by_zh("中西部国际交往中心", status=None)[0].id
    assert cid is not None
    sample.approve(cid)  # an approved entry with evidence

    async def scenario(pilot: Any, app: Any) -> None:
        screen = await search(pilot, tui, "一带一路")
        text = entry_text(screen, tui)
        for expected in (
            "Belt and Road Initiative  preferred",
            "One Belt, One Road  deprecated",
            "subject diplomacy",
            "source: Ministry of Foreign Affairs",
            "note: Do not translate",
            "History (1)",
            "alice",
            "create",
        ):
            assert expected in text
        screen = await search(pilot, tui, "zhongxibu")
        text = entry_text(screen, tui)
        assert "Evidence (2)" in text and "成都正在建设中西部国际交往中心。" in text
        assert "approve" in text and "candidate → approved" in text

    tui.run(sample, scenario, start="lookup")


def test_nothing_found_and_empty_box(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = await search(pilot, tui, "zzzzqqqq")
        assert screen.table.row_count == 0
        assert "Nothing matches" in entry_text(screen, tui)
        await pilot.press("escape")  # in the search box: clears it
        await tui.settle(pilot)
        assert screen.table.row_count == 0
        assert "Type to search" in entry_text(screen, tui)

    tui.run(sample, scenario, start="lookup")


def test_fast_typing_is_coalesced_and_ends_on_the_last_text(
    sample: GlossaryStore, tui: Any
) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = lookup(app)
        before = screen.search_count
        for text in ("w", "wa", "wai", "waij", "waijiaobu"):
            screen.request_search(text)  # faster than any search can finish
        await tui.settle(pilot)
        assert screen.searched == "waijiaobu"
        assert first_hit(screen)[0] == "外交部"
        assert screen.search_count - before < 5  # the middle texts were never searched

    tui.run(sample, scenario, start="lookup")


def test_initial_query_from_the_command_line(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        assert first_hit(lookup(app)) == ("外交部", "exact")

    tui.run(sample, scenario, start="lookup", query="外交部")


def test_edit_a_rendering_from_the_lookup(sample: GlossaryStore, tui: Any) -> None:
    cid = sample.find_by_zh("外交部")[0].id
    assert cid is not None

    async def scenario(pilot: Any, app: Any) -> None:
        await search(pilot, tui, "外交部")
        await pilot.press("down", "e")  # into the results; edit
        assert isinstance(app.screen, TermPicker)
        await pilot.press("enter")  # the English rendering is highlighted first
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one(Input).value = "Ministry of Foreign Affairs of China"
        await pilot.press("enter")
        await tui.settle(pilot)  # the index is rebuilt after an edit
        screen = await search(pilot, tui, "foreign affairs of china")
        assert first_hit(screen)[0] == "外交部"
        assert "Ministry of Foreign Affairs of China" in entry_text(screen, tui)

    tui.run(sample, scenario, start="lookup")
    assert sample.get(cid).en == "Ministry of Foreign Affairs of China"


def test_status_note_subject_and_new_rendering(sample: GlossaryStore, tui: Any) -> None:
    cid = sample.find_by_zh("上海合作组织")[0].id
    assert cid is not None

    async def scenario(pilot: Any, app: Any) -> None:
        await search(pilot, tui, "上海合作组织")
        await pilot.press("down", "plus")
        app.screen.query_one(Input).value = "Shanghai Cooperation Organization"
        await pilot.press("enter")
        await pilot.press("t")  # the picker highlights the first English rendering
        await pilot.press("d")
        await pilot.press("n")
        app.screen.query_one(Input).value = "British spelling in official texts"
        await pilot.press("enter")
        await pilot.press("f")
        app.screen.query_one(Input).value = "international organisations"
        await pilot.press("enter")

    tui.run(sample, scenario, start="lookup")
    view = sample.get(cid)
    statuses = {t.text: t.status for t in view.renderings("en")}
    assert statuses == {
        "Shanghai Cooperation Organisation": "deprecated",
        "Shanghai Cooperation Organization": "admitted",
    }
    assert view.note == "British spelling in official texts"
    assert view.subject == "international organisations"


def test_conflicting_edit_is_refused_and_the_entry_refreshed(
    sample: GlossaryStore, other: GlossaryStore, tui: Any
) -> None:
    cid = sample.find_by_zh("外交部")[0].id
    assert cid is not None

    async def scenario(pilot: Any, app: Any) -> None:
        notes = tui.notifications(app)
        screen = await search(pilot, tui, "外交部")
        assert screen.shown is not None and screen.shown.version == 1
        other.update_concept(cid, note="bob's note")  # after alice's screen showed v1
        await pilot.press("down", "n")
        app.screen.query_one(Input).value = "alice's note"
        await pilot.press("enter")
        assert any("changed by someone else" in m and s == "error" for m, s in notes)
        assert screen.shown is not None and screen.shown.version == 2
        assert "bob's note" in entry_text(screen, tui)

    tui.run(sample, scenario, start="lookup")
    assert sample.get(cid).note == "bob's note"


def test_entry_keys_are_typed_while_in_the_search_box(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = await search(pilot, tui, "net")  # "n" and "e" are also entry keys
        assert isinstance(app.screen, LookupScreen)
        assert screen.query_one("#query", Input).value == "net"

    tui.run(sample, scenario, start="lookup")


def test_down_moves_from_the_box_into_the_results_then_along_them(
    sample: GlossaryStore, tui: Any
) -> None:
    sample.add_entry("国际法", "international law")

    async def scenario(pilot: Any, app: Any) -> None:
        screen = await search(pilot, tui, "国际")
        assert screen.table.row_count == 2
        await pilot.press("down")
        assert screen.focused is screen.table and screen.table.cursor_row == 0
        await pilot.press("down")
        assert screen.focused is screen.table and screen.table.cursor_row == 1
        hit = screen.table.hits[1]
        assert screen.shown is not None and screen.shown.id == hit.concept_id

    tui.run(sample, scenario, start="lookup")
