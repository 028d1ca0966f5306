"""The review screen, driven with the Pilot on a temporary database.

Every test checks the database through the store (not only the screen), so a key
that only changed the display would fail.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Input, Static

from glossary.store import GlossaryStore
from tui.screens.merge import MergeDialog
from tui.screens.prompt import TextPrompt
from tui.screens.review import ReviewScreen
from tui.screens.term_picker import TermPicker
from tui.session import QueueFilter


def review(app: Any) -> ReviewScreen:
    """The review screen (the base screen of the review mode)."""
    screen = app.review_screen
    assert screen is not None
    return screen


def current_zh(app: Any) -> str:
    """Chinese term of the candidate under the cursor."""
    item = review(app).current()
    assert item is not None
    return item.view.zh


def candidate_id(store: GlossaryStore, zh: str) -> int:
    """Id of the candidate (or any concept) with this Chinese term."""
    found = store.find_by_zh(zh, status=None)
    assert found, zh
    return max(c.id for c in found if c.id is not None)


def test_queue_best_first_with_evidence_and_progress(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = review(app)
        order = [item.view.zh for item in screen.session.items]
        assert order == ["中西部国际交往中心", "一带一路", "人类命运共同体", "国际友城"]
        pane = tui.plain(screen.query_one("#candidate-text", Static))
        # both evidence pairs, both languages, score and count
        assert "成都正在建设中西部国际交往中心。" in pane
        assert "Western China is a key task." in pane
        assert "score 0.93" in pane and "seen ×2" in pane
        assert "0/4 reviewed" in tui.plain(screen.query_one("#review-status", Static))

    tui.run(sample, scenario)


def test_evidence_highlights_the_term_on_both_sides(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        content = review(app).query_one("#candidate-text", Static).content
        assert isinstance(content, Text)
        highlighted = {
            content.plain[s.start : s.end] for s in content.spans if "reverse" in str(s.style)
        }
        assert "中西部国际交往中心" in highlighted
        assert any("Center for International Exchanges" in h for h in highlighted)

    tui.run(sample, scenario)


def test_shows_what_the_glossary_already_has(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("down")  # 一带一路: approved already
        pane = tui.plain(review(app).query_one("#candidate-text", Static))
        assert "glossary has #1 一带一路" in pane
        assert "Belt and Road Initiative" in pane and "One Belt, One Road" in pane

    tui.run(sample, scenario)


def test_approve_writes_and_moves_on(sample: GlossaryStore, tui: Any) -> None:
    cid = candidate_id(sample, "中西部国际交往中心")

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("a")
        assert sample.get(cid).status == "approved"
        assert current_zh(app) == "一带一路"
        assert "1/4 reviewed" in tui.plain(review(app).query_one("#review-status", Static))

    tui.run(sample, scenario)
    assert sample.history(cid)[-1].actor == "alice"


def test_reject_then_undo_reopens(sample: GlossaryStore, tui: Any) -> None:
    cid = candidate_id(sample, "中西部国际交往中心")

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("r")
        assert sample.get(cid).status == "rejected"
        await pilot.press("u")
        assert sample.get(cid).status == "candidate"
        assert review(app).session.by_id[cid].decision is None

    tui.run(sample, scenario)


def test_edit_english_in_a_modal_and_undo(sample: GlossaryStore, tui: Any) -> None:
    cid = candidate_id(sample, "人类命运共同体")

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("down", "down", "e")
        assert isinstance(app.screen, TextPrompt)
        box = app.screen.query_one(Input)
        box.value = "community with a shared future for humanity"
        await pilot.press("enter")
        assert not isinstance(app.screen, TextPrompt)
        assert sample.get(cid).en == "community with a shared future for humanity"
        # escape cancels without writing
        await pilot.press("e")
        app.screen.query_one(Input).value = "something else"
        await pilot.press("escape")
        assert sample.get(cid).en == "community with a shared future for humanity"
        await pilot.press("u")
        assert sample.get(cid).en == "community with a shared future for mankind"

    tui.run(sample, scenario)


def test_skip_leaves_it_open_and_undo_goes_back(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("s")
        assert current_zh(app) == "一带一路"
        await pilot.press("u")
        assert current_zh(app) == "中西部国际交往中心"

    tui.run(sample, scenario)
    assert len(sample.candidates()) == 4


def test_mark_several_and_approve_them_together(sample: GlossaryStore, tui: Any) -> None:
    first = candidate_id(sample, "中西部国际交往中心")
    third = candidate_id(sample, "人类命运共同体")
    untouched = candidate_id(sample, "一带一路")

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("space", "down", "space")  # mark the 1st and 3rd
        assert {i.concept_id for i in review(app).session.marked} == {first, third}
        assert "2 marked" in tui.plain(review(app).query_one("#review-status", Static))
        await pilot.press("a")
        assert review(app).session.marked == []
        await pilot.press("u")  # one undo takes back the whole batch
        assert sample.get(first).status == "candidate"

    tui.run(sample, scenario)
    assert sample.get(third).status == "candidate"
    assert sample.get(untouched).status == "candidate"


def test_mark_several_and_reject_them_together(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("down", "down", "space", "space", "r")

    tui.run(sample, scenario)
    statuses = {c.zh: c.status for c in sample.iter_concepts(status="all")}
    assert statuses["人类命运共同体"] == "rejected"
    assert statuses["国际友城"] == "rejected"
    assert statuses["中西部国际交往中心"] == "candidate"


def test_note(sample: GlossaryStore, tui: Any) -> None:
    cid = candidate_id(sample, "中西部国际交往中心")

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("n")
        app.screen.query_one(Input).value = "Chengdu's official name"
        await pilot.press("enter")

    tui.run(sample, scenario)
    assert sample.get(cid).note == "Chengdu's official name"


def test_set_a_renderings_status(sample: GlossaryStore, tui: Any) -> None:
    cid = candidate_id(sample, "国际友城")

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("down", "down", "down", "t")
        assert isinstance(app.screen, TermPicker)
        await pilot.press("d")  # the English rendering is highlighted first

    tui.run(sample, scenario)
    en = sample.get(cid).renderings("en")[0]
    assert (en.text, en.status) == ("international sister cities", "deprecated")


def test_approving_a_known_chinese_term_offers_a_merge(sample: GlossaryStore, tui: Any) -> None:
    cid = candidate_id(sample, "一带一路")
    approved = sample.find_by_zh("一带一路")[0]

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("down", "a")
        assert isinstance(app.screen, MergeDialog)
        await pilot.press("d")
        assert review(app).session.by_id[cid].decision == "merged"

    tui.run(sample, scenario)
    assert approved.id is not None
    merged = sample.get(approved.id)
    renderings = {t.text: t.status for t in merged.renderings("en")}
    assert renderings["Belt and Road"] == "deprecated"
    assert renderings["Belt and Road Initiative"] == "preferred"
    assert [c.id for c in sample.find_by_zh("一带一路", status=None)] == [approved.id]


def test_merge_key_and_cancel(sample: GlossaryStore, tui: Any) -> None:
    cid = candidate_id(sample, "一带一路")

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("down", "m")
        assert isinstance(app.screen, MergeDialog)
        await pilot.press("escape")
        assert not isinstance(app.screen, MergeDialog)

    tui.run(sample, scenario)
    assert sample.get(cid).status == "candidate"


def test_filters_by_score_text_and_document(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = review(app)
        await pilot.press("slash")
        assert screen.focused is screen.query_one("#filter-text", Input)
        screen.query_one("#filter-score", Input).value = "0.6"
        await pilot.press("enter")  # enter in a filter box applies the filters
        await tui.settle(pilot)
        assert [i.view.zh for i in screen.session.items] == [
            "中西部国际交往中心",
            "一带一路",
            "人类命运共同体",
        ]
        screen.query_one("#filter-score", Input).value = ""
        screen.query_one("#filter-doc", Input).value = "speech"
        await pilot.press("slash", "enter")  # enter in a filter box applies the filters
        await tui.settle(pilot)
        assert [i.view.zh for i in screen.session.items] == ["国际友城"]
        screen.query_one("#filter-doc", Input).value = ""
        screen.query_one("#filter-text", Input).value = "belt"
        await pilot.press("slash", "enter")  # enter in a filter box applies the filters
        await tui.settle(pilot)
        assert [i.view.zh for i in screen.session.items] == ["一带一路"]
        assert "text ~ belt" in tui.plain(screen.query_one("#review-status", Static))

    tui.run(sample, scenario)


def test_cli_filter_preselects_the_queue(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        assert [i.view.zh for i in review(app).session.items] == ["中西部国际交往中心"]

    tui.run(sample, scenario, queue_filter=QueueFilter(min_score=0.9))


def test_conflict_on_approve_refuses_and_refreshes(
    sample: GlossaryStore, other: GlossaryStore, tui: Any
) -> None:
    cid = candidate_id(sample, "中西部国际交往中心")

    async def scenario(pilot: Any, app: Any) -> None:
        notes = tui.notifications(app)
        shown = review(app).session.by_id[cid].view.version
        # bob edits the candidate after alice's screen showed it
        other.update_concept(cid, note="bob was here")
        await pilot.press("a")
        assert any("changed by someone else" in m and s == "error" for m, s in notes)
        item = review(app).session.by_id[cid]
        assert item.view.version == shown + 1  # the view now shows bob's version
        assert "bob was here" in tui.plain(review(app).query_one("#candidate-text", Static))
        assert current_zh(app) == "中西部国际交往中心"  # cursor stays for a new decision

    tui.run(sample, scenario)
    after = sample.get(cid)
    assert after.status == "candidate"
    assert after.note == "bob was here"


def test_conflict_on_edit_overwrites_nothing(
    sample: GlossaryStore, other: GlossaryStore, tui: Any
) -> None:
    cid = candidate_id(sample, "中西部国际交往中心")
    term = sample.get(cid).preferred("en")
    assert term is not None and term.id is not None
    term_id = term.id

    async def scenario(pilot: Any, app: Any) -> None:
        notes = tui.notifications(app)
        await pilot.press("e")
        other.edit_term(term_id, "International Exchange Center of Central and Western China")
        app.screen.query_one(Input).value = "alice's rendering"
        await pilot.press("enter")
        assert any("changed by someone else" in m for m, _s in notes)

    tui.run(sample, scenario)
    assert sample.get(cid).en == "International Exchange Center of Central and Western China"


def test_decided_elsewhere_shows_as_decided(
    sample: GlossaryStore, other: GlossaryStore, tui: Any
) -> None:
    cid = candidate_id(sample, "一带一路")

    async def scenario(pilot: Any, app: Any) -> None:
        other.reject(cid)  # after alice's queue was read
        await pilot.press("down")
        assert review(app).session.by_id[cid].decision == "rejected"
        assert "rejected" in tui.plain(review(app).query_one("#candidate-text", Static))

    tui.run(sample, scenario)


def test_undo_after_someone_else_changed_it_is_refused(
    sample: GlossaryStore, other: GlossaryStore, tui: Any
) -> None:
    cid = candidate_id(sample, "中西部国际交往中心")

    async def scenario(pilot: Any, app: Any) -> None:
        notes = tui.notifications(app)
        await pilot.press("a")
        other.update_concept(cid, note="approved, and bob noted something")
        await pilot.press("u")
        assert any(s == "error" for _m, s in notes)

    tui.run(sample, scenario)
    assert sample.get(cid).status == "approved"
    assert sample.get(cid).note == "approved, and bob noted something"


def test_empty_queue(store: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = review(app)
        assert "No candidates to review" in tui.plain(screen.query_one("#candidate-text", Static))
        await pilot.press("a", "r", "e", "space")  # nothing to act on: no crash, no dialog
        assert app.screen is screen

    tui.run(store, scenario)


def test_long_queue_arrives_in_pages_and_chunks(
    sample: GlossaryStore, tui: Any, monkeypatch: Any
) -> None:
    import tui.screens.review as review_module
    import tui.session as session_module

    monkeypatch.setattr(session_module, "FIRST_PAGE", 2)
    monkeypatch.setattr(review_module, "ROW_CHUNK", 1)

    async def scenario(pilot: Any, app: Any) -> None:
        screen = review(app)
        await tui.settle(pilot)
        for _ in range(100):  # the rows are added one event-loop turn at a time
            if not screen.rows_pending:
                break
            await pilot.pause(0.01)
        assert screen.session.complete and not screen.rows_pending
        assert [i.view.zh for i in screen.session.items] == [
            "中西部国际交往中心",
            "一带一路",
            "人类命运共同体",
            "国际友城",
        ]
        assert screen.table.row_count == 4
        status = tui.plain(screen.query_one("#review-status", Static))
        assert "0/4 reviewed" in status and "loading" not in status

    tui.run(sample, scenario)


def test_batch_with_one_conflict_approves_the_rest(
    sample: GlossaryStore, other: GlossaryStore, tui: Any
) -> None:
    first = candidate_id(sample, "中西部国际交往中心")
    third = candidate_id(sample, "人类命运共同体")

    async def scenario(pilot: Any, app: Any) -> None:
        notes = tui.notifications(app)
        await pilot.press("space", "down", "space")  # mark the 1st and 3rd
        other.update_concept(third, note="bob changed this one")
        await pilot.press("a")
        assert any("changed by someone else" in m for m, _s in notes)
        assert [i.concept_id for i in review(app).session.marked] == [third]  # still marked

    tui.run(sample, scenario)
    assert sample.get(first).status == "approved"
    assert sample.get(third).status == "candidate"
    assert sample.get(third).note == "bob changed this one"


def test_undo_a_status_and_a_note(sample: GlossaryStore, tui: Any) -> None:
    cid = candidate_id(sample, "国际友城")

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("down", "down", "down", "n")
        app.screen.query_one(Input).value = "a note to take back"
        await pilot.press("enter", "t", "d")
        assert sample.get(cid).renderings("en")[0].status == "deprecated"
        await pilot.press("u")
        assert sample.get(cid).renderings("en")[0].status == "preferred"
        assert sample.get(cid).note == "a note to take back"
        await pilot.press("u")
        assert sample.get(cid).note == ""

    tui.run(sample, scenario)
