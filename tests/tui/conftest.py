"""Fixtures for the TUI tests: a small deterministic glossary and a Pilot runner.

The sample glossary is built through the store's public API only. Timestamps are
frozen (the store's clock is patched) so that snapshots, which show the history,
do not change from one run to the next.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.widgets import Static

from glossary.records import CandidateProposal, DocumentInfo, EvidenceInput
from glossary.store import GlossaryStore
from tui.app import GlossaryApp, build_app

FROZEN = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

# (zh, en, score, [(zh context, en context)])
CANDIDATES = [
    (
        "中西部国际交往中心",
        "Center for International Exchanges in Central and Western China",
        0.93,
        [
            (
                "成都正在建设中西部国际交往中心。",
                "Chengdu is building a Center for International Exchanges "
                "in Central and Western China.",
            ),
            (
                "打造中西部国际交往中心是重要任务。",
                "Building the Center for International Exchanges in Central and "
                "Western China is a key task.",
            ),
        ],
    ),
    (
        "一带一路",
        "Belt and Road",
        0.81,
        [("共建一带一路倡议。", "Jointly building the Belt and Road.")],
    ),
    (
        "人类命运共同体",
        "community with a shared future for mankind",
        0.62,
        [
            (
                "构建人类命运共同体。",
                "Building a community with a shared future for mankind.",
            )
        ],
    ),
    (
        "国际友城",
        "international sister cities",
        0.35,
        [("发展国际友城关系。", "Developing international sister cities relations.")],
    ),
]


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every timestamp the store writes is FROZEN (snapshots show the history)."""
    import glossary.store

    monkeypatch.setattr(glossary.store, "_now", lambda: FROZEN)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """Where the sample glossary lives."""
    return tmp_path / "g.db"


@pytest.fixture
def store(db_file: Path) -> Iterator[GlossaryStore]:
    """An empty glossary acting as ``alice``."""
    with GlossaryStore.open(str(db_file), actor="alice", seed=False) as s:
        yield s


@pytest.fixture
def other(db_file: Path, store: GlossaryStore) -> Iterator[GlossaryStore]:
    """A second handle on the same database: another reviewer (``bob``)."""
    with GlossaryStore.open(str(db_file), actor="bob", seed=False) as s:
        yield s


def mine(store: GlossaryStore, name: str, candidates: list[tuple[Any, ...]]) -> None:
    """Record ``candidates`` as mined from the document ``name``."""
    proposals = [
        CandidateProposal(
            zh,
            en,
            score,
            count=len(evidence),
            evidence=[EvidenceInput(z, e, position=i) for i, (z, e) in enumerate(evidence)],
        )
        for zh, en, score, evidence in candidates
    ]
    digest = hashlib.sha256(name.encode()).hexdigest()
    store.record_mining(DocumentInfo(name, digest, 1000), proposals)


@pytest.fixture
def sample(store: GlossaryStore) -> GlossaryStore:
    """Approved entries (one with a deprecated rendering) and four mined candidates.

    一带一路 is approved already, so approving its candidate must offer a merge.
    """
    store.add_entry(
        "一带一路",
        "Belt and Road Initiative",
        subject="diplomacy",
        source="Ministry of Foreign Affairs",
        note="Do not translate 一带一路 as 'One Belt One Road'.",
        alternatives=[("One Belt, One Road", "deprecated")],
    )
    store.add_entry("外交部", "Ministry of Foreign Affairs", subject="diplomacy")
    store.add_entry("国际交流", "international exchange", subject="diplomacy")
    store.add_entry("上海合作组织", "Shanghai Cooperation Organisation", subject="diplomacy")
    mine(store, "report-2024.txt", CANDIDATES[:3])
    mine(store, "speech.txt", CANDIDATES[3:])
    return store


Scenario = Callable[[Any, GlossaryApp], Awaitable[None]]


class Tui:
    """Helpers for driving the app (a fixture, since test files cannot import conftest)."""

    @staticmethod
    async def settle(pilot: Any) -> None:
        """Wait until background work (index, queue pages, searches) is done and shown."""
        app = pilot.app
        for _ in range(500):
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            waiting = (
                app.index is None
                or app.index_building
                or getattr(screen, "searching", False)
                or getattr(screen, "pending", None) is not None
            )
            if not waiting and all(w.is_finished for w in app.workers):
                return
            await pilot.pause(0.01)
        raise AssertionError("the app did not settle")

    def run(
        self,
        store: GlossaryStore,
        scenario: Scenario,
        start: str = "review",
        size: tuple[int, int] = (100, 30),
        **options: Any,
    ) -> GlossaryApp:
        """Run the app with a Pilot, let ``scenario`` drive it, and return the app."""
        app = build_app(store, start, **options)

        async def main() -> None:
            async with app.run_test(size=size) as pilot:
                await self.settle(pilot)
                await scenario(pilot, app)

        asyncio.run(main())
        return app

    @staticmethod
    def plain(widget: Static) -> str:
        """The text a Static shows."""
        content = widget.content
        return content.plain if isinstance(content, Text) else str(content)

    @staticmethod
    def notifications(app: Any) -> list[tuple[str, str]]:
        """Collect (message, severity) of every notification the app shows from now on."""
        seen: list[tuple[str, str]] = []
        original = app.notify

        def notify(message: str, *args: Any, **kwargs: Any) -> Any:
            seen.append((str(message), kwargs.get("severity", "information")))
            return original(message, *args, **kwargs)

        app.notify = notify
        return seen


@pytest.fixture
def tui() -> Tui:
    """Pilot helpers: ``tui.run(store, scenario)``, ``tui.settle``, ``tui.plain``."""
    return Tui()
