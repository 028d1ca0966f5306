"""The lookup screen: results as you type, the entry in detail, edits in place.

Searching runs in a worker thread on the app's in-memory :class:`LookupIndex`. At
most one search runs at a time: keys typed while it runs are coalesced, and when it
finishes the latest text is searched (a debounce without a fixed delay, so a single
keystroke is answered at once and fast typing never queues stale searches).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from time import perf_counter
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label

from glossary.errors import ConflictError, GlossaryError, NotFoundError
from glossary.text import has_cjk
from tui.screens.prompt import TextPrompt
from tui.screens.term_picker import TermPicker
from tui.widgets.concept import ConceptPane, render_entry
from tui.widgets.status import StatusBar
from tui.widgets.tables import ResultsTable

if TYPE_CHECKING:
    from textual import events
    from textual.app import ComposeResult

    from glossary.lookup import LookupHit
    from glossary.records import ConceptView
    from glossary.store import GlossaryStore
    from tui.app import GlossaryApp

RESULT_LIMIT = 30  # a screenful or two; more only costs time per keystroke
NARROW = 140  # below this many columns the results are stacked above the entry
PLACEHOLDER = "中文 · English · pinyin (yidaiyilu) · initials (ydyl) · 繁體 · typos"


class LookupScreen(Screen[None]):
    """Find an entry by anything a terminologist may type, see it whole, edit it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", tooltip="Type a new search"),
        Binding(
            "escape",
            "escape",
            "Clear",
            tooltip="Clear the search box (from elsewhere: back to the search box)",
            show=False,
        ),
        Binding(
            "down",
            "focus_results",
            "Results",
            tooltip="From the search box to the results",
            key_display="↓",
            # Priority, or the search box's own (inactive) scroll binding for "down"
            # would hide it from the footer; check_action limits it to the search box.
            priority=True,
        ),
        Binding("e", "edit", "Edit", tooltip="Edit a rendering's text"),
        Binding("plus", "add_term", "Add", tooltip="Add a rendering (English or Chinese)"),
        Binding("t", "term_status", "Status", tooltip="Set a rendering's status"),
        Binding("n", "note", "Note", tooltip="Edit the entry's note"),
        Binding("f", "subject", "Subject", tooltip="Edit the entry's subject field", show=False),
    ]

    def __init__(self, store: GlossaryStore, query: str = "") -> None:
        super().__init__(id="lookup")
        self.store = store
        self.initial_query = query
        self.pending: str | None = None  # the latest text not yet searched
        self.searching = False
        self.searched = ""  # the text the results table shows hits for
        self.shown: ConceptView | None = None
        self.last_search_ms = 0.0
        self.search_count = 0  # completed searches (the benchmark waits on it)

    @property
    def glossary(self) -> GlossaryApp:
        """The app, typed (it holds the lookup index and the background work)."""
        return cast("GlossaryApp", self.app)

    def compose(self) -> ComposeResult:
        """Search box, results and entry, status bar, footer."""
        with Horizontal(id="search-bar", classes="filter-bar"):
            yield Label("search", classes="filter-label")
            yield Input(self.initial_query, placeholder=PLACEHOLDER, id="query", compact=True)
        with Container(id="lookup-body", classes="split"):
            yield ResultsTable(id="results")
            yield ConceptPane(id="entry")
        yield StatusBar(id="lookup-status", classes="status-bar")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Focus the search box; search right away if a query was given."""
        self.set_class(self.app.size.width < NARROW, "-narrow")
        self.query_one("#query", Input).focus()
        self.pane.show_message("Type to search the glossary.")
        self.update_status()
        if self.initial_query:
            self.request_search(self.initial_query)
        self.call_after_refresh(self.glossary.screen_shown)

    def on_resize(self, event: events.Resize) -> None:
        """Stack results above the entry on narrow terminals."""
        self.set_class(event.size.width < NARROW, "-narrow")

    def on_screen_resume(self) -> None:
        """Coming back from review or the CLI may have changed entries: refresh the index."""
        self.glossary.refresh_index_if_stale()

    @property
    def table(self) -> ResultsTable:
        """The results table."""
        return self.query_one(ResultsTable)

    @property
    def pane(self) -> ConceptPane:
        """The entry pane."""
        return self.query_one("#entry", ConceptPane)

    # ---------------------------------------------------------------- search

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as the user types."""
        if event.input.id == "query":
            self.request_search(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter goes to the results."""
        if event.input.id == "query":
            self.action_focus_results()

    def request_search(self, text: str) -> None:
        """Search ``text`` now, or as soon as the running search finishes."""
        self.pending = text
        if not self.searching:
            self._start_search()

    def index_ready(self) -> None:
        """The app built (or rebuilt) the index: search again what is in the box."""
        self.request_search(self.query_one("#query", Input).value)
        self.update_status()

    def _start_search(self) -> None:
        text, self.pending = self.pending or "", None
        if not text.strip():
            self._show_hits(text, [], 0.0)
            return
        index = self.glossary.index
        if index is None:  # still building: index_ready() searches again
            self.pending = text
            self.update_status()
            return
        self.searching = True
        self.run_worker(
            partial(self._search_in_thread, index, text),
            thread=True,
            group="search",
            exit_on_error=False,
        )

    def _search_in_thread(self, index: Any, text: str) -> None:
        start = perf_counter()
        try:
            hits = index.search(text, limit=RESULT_LIMIT)
        except Exception as exc:  # a bug in a query must not kill the app: show it
            self.app.call_from_thread(self.notify, f"search failed: {exc}", severity="error")
            hits = []
        elapsed = perf_counter() - start
        self.app.call_from_thread(self._show_hits, text, hits, elapsed)

    def _show_hits(self, text: str, hits: list[LookupHit], elapsed: float) -> None:
        self.searching = False
        self.searched = text
        self.last_search_ms = elapsed * 1000
        self.table.set_hits(hits)
        self.search_count += 1
        if hits:
            self.table.move_cursor(row=0, animate=False)
            # The entry is read on the next turn of the event loop: the results are
            # painted first, and a key typed meanwhile skips the read altogether.
            self.call_later(self._show_first_hit, text)
        else:
            self.shown = None
            self.pane.show_message(
                "Type to search the glossary." if not text.strip() else f"Nothing matches {text!r}."
            )
        self.update_status()
        if self.pending is not None and self.pending != text:
            self._start_search()
        else:
            self.pending = None

    def _show_first_hit(self, text: str) -> None:
        if text != self.searched or self.searching or not self.table.hits:
            return  # a newer search has taken over
        cid = self.table.hits[0].concept_id
        if self.table.cursor_row == 0 and (self.shown is None or self.shown.id != cid):
            self.show_entry(cid)

    def update_status(self) -> None:
        """Index size, hit count and how long the search took."""
        index = self.glossary.index
        if index is None:
            text = "building the lookup index…"
        else:
            text = f"{self.glossary.index_size:,} entries"
            if self.searched.strip():
                n = self.table.row_count
                text += f" · {n} hit{'s' if n != 1 else ''}"
            if self.glossary.index_building:
                text += " · refreshing index…"
        self.query_one(StatusBar).set_text(text)

    # ----------------------------------------------------------------- entry

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Show the highlighted hit's entry."""
        if event.data_table is self.table and event.row_key.value is not None:
            cid = int(event.row_key.value)
            if self.shown is None or self.shown.id != cid:
                self.show_entry(cid)

    def show_entry(self, concept_id: int) -> None:
        """Read the entry and its history from the database and show them."""
        try:
            view = self.store.get(concept_id)
            events = self.store.history(concept_id)
        except NotFoundError:
            self.shown = None
            self.pane.show_message(f"#{concept_id} no longer exists (deleted or merged).")
            return
        self.shown = view
        self.pane.show(render_entry(view, events))

    def _write(self, what: str, fn: Callable[[int, int], ConceptView]) -> None:
        """Write with the displayed version; on a conflict say so and show what is there now.

        ``fn(concept_id, version)`` does the write, passing ``version`` as the store's
        ``expected_version``.
        """
        view = self.shown
        if view is None or view.id is None:
            return
        try:
            fn(view.id, view.version)
        except ConflictError as exc:
            self.notify(str(exc), title=f"{what}: changed elsewhere", severity="error")
        except GlossaryError as exc:
            self.notify(str(exc), title=f"{what} failed", severity="error")
        else:
            self.notify(f"#{view.id}: {what} saved")
            self.glossary.glossary_changed(rebuild=True)
        self.show_entry(view.id)

    # --------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Which keys the footer offers.

        While the search box has the focus its keys are typed into it, so the entry
        keys are hidden then; they are greyed out while no entry is shown.
        """
        typing = isinstance(self.focused, Input)
        entry_keys = {"edit", "add_term", "term_status", "note", "subject", "focus_search"}
        if action in entry_keys and typing:
            return False
        if action == "focus_results":
            return typing
        if action in entry_keys and self.shown is None:
            return None
        return True

    def action_escape(self) -> None:
        """In the search box: clear it. Elsewhere: back to the search box."""
        box = self.query_one("#query", Input)
        if self.focused is box:
            box.value = ""
        else:
            self.action_focus_search()

    def action_focus_search(self) -> None:
        """Back to the search box, text selected so typing replaces it."""
        box = self.query_one("#query", Input)
        box.focus()
        box.select_all()

    def action_focus_results(self) -> None:
        """Into the results table."""
        if self.table.row_count:
            self.table.focus()

    def action_edit(self) -> None:
        """Edit a rendering's text (asks which one when there are several)."""
        view = self.shown
        if view is None:
            return
        if len(view.terms) == 1:
            self._edit_term(view, view.terms[0].id)
            return

        def picked(choice: tuple[int, str] | None) -> None:
            if choice is not None:
                self._edit_term(view, choice[0])

        self.app.push_screen(TermPicker(view, "edit"), picked)

    def _edit_term(self, view: ConceptView, term_id: int | None) -> None:
        term = next((t for t in view.terms if t.id == term_id), None)
        if term is None or term.id is None:
            return
        tid = term.id

        def save(text: str | None) -> None:
            if text is not None and text != term.text:
                self._write("edit", lambda _cid, version: self.store.edit_term(tid, text, version))

        self.app.push_screen(
            TextPrompt(f"{term.lang} rendering of #{view.id}", term.text, hint=view.zh), save
        )

    def action_add_term(self) -> None:
        """Add a rendering (admitted); Chinese text becomes a Chinese term."""
        view = self.shown
        if view is None:
            return

        def save(text: str | None) -> None:
            if not text:
                return
            lang = "zh" if has_cjk(text) else "en"
            self._write(
                "add rendering",
                lambda cid, version: self.store.add_term(
                    cid, text, lang=lang, status="admitted", expected_version=version
                ),
            )

        self.app.push_screen(
            TextPrompt(
                f"New rendering for #{view.id} {view.zh}",
                hint="added as admitted; press t afterwards to change its status",
            ),
            save,
        )

    def action_term_status(self) -> None:
        """Set a rendering's status."""
        view = self.shown
        if view is None:
            return

        def save(choice: tuple[int, str] | None) -> None:
            if choice is not None:
                term_id, status = choice
                self._write(
                    "status",
                    lambda _cid, version: self.store.set_term_status(term_id, status, version),
                )

        self.app.push_screen(TermPicker(view, "status"), save)

    def action_note(self) -> None:
        """Edit the entry's note."""
        self._edit_field("note")

    def action_subject(self) -> None:
        """Edit the entry's subject field."""
        self._edit_field("subject")

    def _edit_field(self, field: str) -> None:
        view = self.shown
        if view is None:
            return
        old = getattr(view, field)

        def save(text: str | None) -> None:
            if text is None or text == old:
                return
            if field == "note":
                self._write(
                    field, lambda cid, version: self.store.update_concept(cid, version, note=text)
                )
            else:
                self._write(
                    field,
                    lambda cid, version: self.store.update_concept(cid, version, subject=text),
                )

        self.app.push_screen(
            TextPrompt(f"{field.capitalize()} of #{view.id} {view.zh}", old, allow_empty=True),
            save,
        )
