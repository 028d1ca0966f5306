"""The app as a whole: modes, help, command palette, the CLI commands."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import Any

import pytest
from rich.console import Console
from textual.binding import Binding
from textual.widgets import Input, Static
from typer.testing import CliRunner

from glossary.store import GlossaryStore
from tui.app import GlossaryApp, build_app
from tui.screens.help import HelpScreen
from tui.screens.lookup import LookupScreen
from tui.screens.review import ReviewScreen
from tui.session import QueueFilter


def described(bindings: list[Any]) -> list[str]:
    """Descriptions of the bindings that the help and the palette must show."""
    return [b.tooltip or b.description for b in bindings if isinstance(b, Binding)]


def rendered(renderable: Any) -> str:
    """Plain text of a Rich renderable (the help table), wide enough not to wrap."""
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def test_help_lists_every_key_and_closes(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = rendered(app.screen.query_one("#help-keys", Static).content)
        for description in (
            described(ReviewScreen.BINDINGS)
            + described(LookupScreen.BINDINGS)
            + described(GlossaryApp.BINDINGS)
        ):
            assert description in text, description
        assert "ctrl+p" in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, ReviewScreen)

    tui.run(sample, scenario)


def test_switch_modes_and_lookup_sees_new_approvals(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("a")  # approve 中西部国际交往中心 in review
        await pilot.press("f2")
        assert isinstance(app.screen, LookupScreen)
        await tui.settle(pilot)  # the index is rebuilt when the lookup comes back
        await pilot.press(*"zhongxibu")
        await tui.settle(pilot)
        assert app.screen.table.hits[0].zh == "中西部国际交往中心"
        await pilot.press("f3")
        assert isinstance(app.screen, ReviewScreen)

    tui.run(sample, scenario)


def test_command_palette_runs_screen_actions(sample: GlossaryStore, tui: Any) -> None:
    cid = sample.find_by_zh("中西部国际交往中心", status=None)[0].id
    assert cid is not None

    async def scenario(pilot: Any, app: Any) -> None:
        await pilot.press("ctrl+p")
        await pilot.press(*"reject")
        await pilot.pause(0.3)  # the palette searches its providers asynchronously
        await tui.settle(pilot)
        await pilot.press("enter")
        await tui.settle(pilot)

    tui.run(sample, scenario)
    assert sample.get(cid).status == "rejected"


def test_footer_offers_the_other_mode_only(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        assert app.check_action("switch_mode", ("review",)) is False
        assert app.check_action("switch_mode", ("lookup",)) is True
        screen = app.screen
        assert screen.check_action("approve", ()) is True
        await pilot.press("slash")  # typing in a filter: letters are text, not actions
        assert screen.check_action("approve", ()) is False
        await pilot.press("a")
        assert screen.query_one("#filter-text", Input).value == "a"

    tui.run(sample, scenario)


def test_usable_at_80x24(sample: GlossaryStore, tui: Any) -> None:
    async def scenario(pilot: Any, app: Any) -> None:
        screen = app.screen
        assert screen.has_class("-narrow")
        queue, pane = screen.query_one("#queue"), screen.query_one("#candidate")
        assert queue.region.height >= 5 and pane.region.height >= 8
        assert queue.region.width == pane.region.width == 80  # stacked, full width
        assert screen.query_one("#review-status").region.y == 22  # above the footer
        await pilot.press("f2")
        results = app.screen.query_one("#results")
        assert results.region.width == 80 and results.region.height >= 5

    tui.run(sample, scenario, size=(80, 24))


def test_build_app_rejects_an_unknown_start(store: GlossaryStore) -> None:
    with pytest.raises(ValueError, match="start must be one of"):
        build_app(store, "settings")


def test_command_module_does_not_import_textual() -> None:
    code = (
        "import sys, glossary.commands.tui, typer; "
        "app = typer.Typer(); glossary.commands.tui.register(app); "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_cli_commands_build_the_app(
    sample: GlossaryStore, db_file: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from glossary.cli import app as cli
    from tui import app as tui_app

    built: list[tuple[str, QueueFilter | None, str, str]] = []

    class FakeApp:
        def run(self) -> None:
            pass

    def fake_build(
        store: GlossaryStore, start: str, *, queue_filter: Any = None, query: str = ""
    ) -> FakeApp:
        built.append((start, queue_filter, query, store.actor))
        return FakeApp()

    monkeypatch.setattr(tui_app, "build_app", fake_build)
    runner = CliRunner()
    result = runner.invoke(
        cli,
        ["review", "--db", str(db_file), "--user", "carol", "--min-score", "0.5", "--text", "x"],
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["tui", "外交部", "--db", str(db_file)])
    assert result.exit_code == 0, result.output
    assert built[0] == ("review", QueueFilter(0.5, None, "x"), "", "carol")
    assert built[1][:3] == ("lookup", None, "外交部")
