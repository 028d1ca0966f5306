"""The Textual app: two modes (lookup, review) over one GlossaryStore.

Build it with :func:`build_app`; the CLI (``glossary tui`` / ``glossary review``),
the tests and the benchmark all do. The app talks only to the store and to the
in-memory :class:`~glossary.lookup.LookupIndex`, which it builds in a worker
thread after the first screen is shown and rebuilds when the glossary changed.
"""

from __future__ import annotations

import gc
from time import perf_counter
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType

from tui.palette import GlossaryCommands
from tui.screens.help import HelpScreen, KeySection, binding_rows
from tui.screens.lookup import LookupScreen
from tui.screens.review import ReviewScreen
from tui.session import QueueFilter

if TYPE_CHECKING:
    from glossary.lookup import LookupIndex
    from glossary.store import GlossaryStore

MODES = ("lookup", "review")
# From this many index rows (or queue items, see the review screen) the garbage
# collector's full scans become noticeable pauses, and freeze_heap() pays off.
BIG_HEAP_ROWS = 20_000


class GlossaryApp(App[None]):
    """Look terms up and review mined candidates, every action one key."""

    CSS_PATH = "glossary.tcss"
    TITLE = "glossary"
    COMMANDS = App.COMMANDS | {GlossaryCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", tooltip="Show every key"),
        Binding("question_mark", "help", "Help", tooltip="Show every key", show=False),
        Binding("f2", "switch_mode('lookup')", "Lookup", tooltip="Go to the lookup screen"),
        Binding("f3", "switch_mode('review')", "Review", tooltip="Go to the review queue"),
    ]

    def __init__(
        self,
        store: GlossaryStore,
        start: str = "lookup",
        *,
        queue_filter: QueueFilter | None = None,
        query: str = "",
    ) -> None:
        if start not in MODES:
            raise ValueError(f"start must be one of {MODES}, not {start!r}")
        super().__init__()
        self.store = store
        self.start = start
        self.queue_filter = queue_filter
        self.initial_query = query
        self.index: LookupIndex | None = None
        self.index_size = 0
        self.index_generation = -1
        self.index_building = False
        self._index_dirty = False
        self._rebuild_after = False
        self.first_screen_at: float | None = None  # perf_counter() of the first painted frame
        self.lookup_screen: LookupScreen | None = None
        self.review_screen: ReviewScreen | None = None
        self.add_mode("lookup", self._make_lookup)
        self.add_mode("review", self._make_review)

    def _make_lookup(self) -> LookupScreen:
        self.lookup_screen = LookupScreen(self.store, self.initial_query)
        return self.lookup_screen

    def _make_review(self) -> ReviewScreen:
        self.review_screen = ReviewScreen(self.store, self.queue_filter)
        return self.review_screen

    def on_mount(self) -> None:
        """Show the first screen; the screens call :meth:`screen_shown` once painted."""
        self.switch_mode(self.start)

    def screen_shown(self) -> None:
        """A screen has painted its first frame; the first time, start background work.

        The index is built only now so that its thread does not compete with the first
        screen for the interpreter.
        """
        if self.first_screen_at is None:
            self.first_screen_at = perf_counter()
            self.build_index()

    # ------------------------------------------------------------------ index

    def build_index(self) -> None:
        """(Re)build the lookup index in a thread; the old one serves until it is ready.

        A request while a build runs is remembered and served by one more build
        afterwards, so a change made during a build is never missed.
        """
        if self.index_building:
            self._rebuild_after = True
            return
        self.index_building = True
        self._rebuild_after = False
        self._index_dirty = False  # changes from now on make it dirty again
        self._build_index_in_thread()

    @work(thread=True, group="index", exit_on_error=False)
    def _build_index_in_thread(self) -> None:
        from glossary.lookup import C_ID, LookupIndex

        try:
            generation = self.store.generation()  # read first: a change during the build shows
            index = LookupIndex.from_store(self.store)
            size = len(index)
            # Pay first-use costs here rather than on the user's first keys: a typo
            # query builds the index's lazy caches (the English vocabulary for word
            # correction, ~0.5 s), and reading one entry and its history compiles the
            # store's queries (a few hundred ms the first time).
            index.search("qzxj qzxj", limit=1)
            if index.rows:
                first = int(index.rows[0][C_ID])
                self.store.get(first)
                self.store.history(first)
        except Exception as exc:  # the database went away, or is locked for too long
            self.call_from_thread(self._index_failed, exc)
            return
        self.call_from_thread(self._index_built, index, size, generation)

    def _index_failed(self, exc: Exception) -> None:
        self.index_building = False
        self.notify(f"cannot build the lookup index: {exc}", severity="error")

    def _index_built(self, index: LookupIndex, size: int, generation: int) -> None:
        self.index, self.index_size, self.index_generation = index, size, generation
        self.index_building = False
        if len(index.rows) >= BIG_HEAP_ROWS:
            self.freeze_heap()
        if self._rebuild_after:
            self.build_index()
        if self.lookup_screen is not None and self.lookup_screen.is_mounted:
            self.lookup_screen.index_ready()

    def glossary_changed(self, rebuild: bool = False) -> None:
        """Something was written: the index is stale (rebuilt now, or when next needed).

        Review decisions only mark it stale: rebuilding after every key would keep a
        core busy; the lookup screen refreshes it when it is shown again.
        """
        self._index_dirty = True
        if rebuild:
            self.build_index()

    def refresh_index_if_stale(self) -> None:
        """Rebuild the index if this app or anyone else changed the glossary."""
        if self.index_building:
            if self._index_dirty:  # changed after the running build read the glossary
                self.build_index()
            return
        if self._index_dirty or self.store.generation() != self.index_generation:
            self.build_index()

    def freeze_heap(self) -> None:
        """Take the big long-lived data (index, queue) out of the garbage collector's scans.

        With 200,000 index rows and 10,000 candidates in memory, every full collection
        walks them all: a ~250 ms freeze every twenty keys or so. ``gc.freeze`` moves
        what exists now to the permanent generation; unfreezing first lets a replaced
        index be freed. Called after the index is (re)built and the queue is loaded.
        """
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    # ---------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The footer offers to switch to the other mode only."""
        switching_to_current = (
            action == "switch_mode" and bool(parameters) and parameters[0] == self.current_mode
        )
        return not switching_to_current

    def action_help(self) -> None:
        """Show every key (closing the help if it is already open)."""
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen(key_sections()))


def key_sections() -> list[KeySection]:
    """Every key of the app by screen, from the same bindings the app runs on."""
    from tui.screens.merge import MergeDialog
    from tui.screens.term_picker import TermPicker

    return [
        (
            "Everywhere",
            binding_rows(GlossaryApp.BINDINGS)
            + [("ctrl+p", "Command palette: every action by name"), ("ctrl+q", "Quit")],
        ),
        (
            "Review",
            [("↑ ↓  j k", "Move in the queue")] + binding_rows(ReviewScreen.BINDINGS),
        ),
        (
            "Lookup",
            [("type", "Search as you type"), ("enter", "From the search box to the results")]
            + binding_rows(LookupScreen.BINDINGS),
        ),
        ("Rendering dialog", binding_rows(TermPicker.BINDINGS)),
        ("Merge dialog", binding_rows(MergeDialog.BINDINGS)),
        ("Text dialog", [("enter", "Save"), ("esc", "Cancel")]),
    ]


def build_app(
    store: GlossaryStore,
    start: str = "lookup",
    *,
    queue_filter: QueueFilter | None = None,
    query: str = "",
) -> GlossaryApp:
    """The app over ``store``, opening on ``start`` ("lookup" or "review").

    The one factory the CLI, the tests and the benchmark use. ``queue_filter``
    preselects the review queue (minimum score, document, text); ``query`` starts
    the lookup with a search.
    """
    return GlossaryApp(store, start, queue_filter=queue_filter, query=query)
