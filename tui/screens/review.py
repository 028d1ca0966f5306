"""The review screen: the candidate queue, the selected candidate with its evidence,
and one key per decision.

The first page of the queue is read before the screen is shown; the rest follows
in a background thread, so a 10,000-candidate queue opens as fast as a short one.
Every decision is written with the version of the candidate as it is displayed
(re-read from the database whenever the cursor lands on it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import work
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label

from glossary.errors import ConflictError, GlossaryError, NotFoundError
from tui.screens.merge import MergeDialog
from tui.screens.prompt import TextPrompt
from tui.screens.term_picker import TermPicker
from tui.session import QueueFilter, QueueItem, ReviewSession
from tui.widgets.concept import ConceptPane, render_candidate
from tui.widgets.status import StatusBar
from tui.widgets.tables import QueueTable

if TYPE_CHECKING:
    from textual import events
    from textual.app import ComposeResult
    from textual.timer import Timer

    from glossary.records import ConceptView
    from glossary.store import GlossaryStore
    from tui.app import GlossaryApp

BIG_QUEUE = 2_000  # from this many candidates the loaded queue is frozen (see freeze_heap)
ROW_CHUNK = 200  # rows added per turn of the event loop (~25 ms) when the rest arrives
FILTER_DELAY = 0.3  # seconds of quiet in a filter box before the queue is re-read
# Below this many columns the queue is stacked above the candidate: the queue needs
# room for the English and the evidence sentences are long.
NARROW = 140


class ReviewScreen(Screen[None]):
    """Approve, reject, fix and merge mined candidates, one key each."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "approve", "Approve", tooltip="Approve (the marked ones, or this one)"),
        Binding("r", "reject", "Reject", tooltip="Reject (the marked ones, or this one)"),
        Binding("e", "edit", "Edit", tooltip="Edit the English rendering"),
        Binding("s", "skip", "Skip", tooltip="Skip to the next open candidate"),
        Binding("u", "undo", "Undo", tooltip="Undo the last action (reopen / edit back)"),
        Binding("space", "mark", "Mark", tooltip="Mark / unmark for a batch approve or reject"),
        Binding("n", "note", "Note", tooltip="Add or change the note"),
        Binding("t", "term_status", "Status", tooltip="Set a rendering's status", show=False),
        Binding("m", "merge", "Merge", tooltip="Merge into the approved entry", show=False),
        Binding(
            "slash",
            "filter",
            "Filter",
            tooltip="Filter the queue (text, document, score)",
            show=False,
        ),
        Binding("f5", "reload", "Reload", tooltip="Re-read the queue", show=False),
        Binding("escape", "focus_queue", "Queue", tooltip="Back to the queue"),
    ]

    def __init__(self, store: GlossaryStore, queue_filter: QueueFilter | None = None) -> None:
        super().__init__(id="review")
        self.store = store
        self.session = ReviewSession(store, queue_filter)
        self.shown_id: int | None = None
        self.existing: list[ConceptView] = []
        self._filter_timer: Timer | None = None
        self._load_generation = 0  # bumps on each (re)load so stale background pages are dropped
        self.rows_pending = False  # the rest of the queue is being added to the table

    # ---------------------------------------------------------------- layout

    @property
    def glossary(self) -> GlossaryApp:
        """The app, typed (it holds the lookup index and the background work)."""
        return cast("GlossaryApp", self.app)

    def compose(self) -> ComposeResult:
        """Filter bar, queue and candidate, status bar, footer."""
        f = self.session.filter
        with Horizontal(id="review-filters", classes="filter-bar"):
            yield Label("filter", classes="filter-label")
            yield Input(f.text or "", placeholder="text", id="filter-text", compact=True)
            yield Input(f.document or "", placeholder="document", id="filter-doc", compact=True)
            yield Input(
                f"{f.min_score:g}" if f.min_score else "",
                placeholder="min score",
                id="filter-score",
                compact=True,
            )
        with Container(id="review-body", classes="split"):
            yield QueueTable(id="queue")
            yield ConceptPane(id="candidate")
        yield StatusBar(id="review-status", classes="status-bar")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Read the first page of the queue, show it, and fetch the rest in the background."""
        self.set_class(self.app.size.width < NARROW, "-narrow")
        self.load_queue()
        self.query_one(QueueTable).focus()
        self.call_after_refresh(self.glossary.screen_shown)

    def on_resize(self, event: events.Resize) -> None:
        """Stack the queue above the candidate on narrow terminals."""
        self.set_class(event.size.width < NARROW, "-narrow")

    @property
    def table(self) -> QueueTable:
        """The queue table."""
        return self.query_one(QueueTable)

    @property
    def pane(self) -> ConceptPane:
        """The candidate pane."""
        return self.query_one("#candidate", ConceptPane)

    # ----------------------------------------------------------------- queue

    def load_queue(self) -> None:
        """(Re)read the queue for the current filter: first page now, the rest later."""
        self._load_generation += 1
        try:
            self.session.load_first_page()
        except GlossaryError as exc:
            self.notify(str(exc), title="Cannot read the queue", severity="error")
            self.session.reset([], complete=True)
        self.table.set_items(self.session.items)
        if self.session.items:
            self.table.move_cursor(row=0, animate=False)
            self.show_current()
        else:
            self.shown_id = None
            self.pane.show_message("No candidates to review" + self._filter_note())
        self.update_status()
        self.rows_pending = not self.session.complete
        if not self.session.complete:
            # After the next paint, so the first page is on screen before the thread starts.
            self.call_after_refresh(self.load_rest, self._load_generation)

    @work(thread=True, exclusive=True, group="queue", exit_on_error=False)
    def load_rest(self, generation: int) -> None:
        """Read the whole queue in a thread and append what the first page lacked."""
        views = self.session.fetch(None)
        self.app.call_from_thread(self._append, generation, views)

    def _append(self, generation: int, views: list[ConceptView]) -> None:
        if generation != self._load_generation:
            return  # the filter changed while this page was read
        added = self.session.extend(views)
        self._add_rows(generation, added, 0)

    def _add_rows(self, generation: int, items: list[QueueItem], start: int) -> None:
        """Add the rows a chunk at a time, so keys pressed meanwhile are not held up."""
        if generation != self._load_generation:
            return
        self.table.add_items(items[start : start + ROW_CHUNK])
        if start + ROW_CHUNK < len(items):
            self.call_later(self._add_rows, generation, items, start + ROW_CHUNK)
            return
        self.rows_pending = False
        self.update_status()
        if len(self.session.items) >= BIG_QUEUE:
            self.glossary.freeze_heap()

    def _filter_note(self) -> str:
        described = self.session.filter.describe()
        return f" ({described})" if described else ""

    def update_status(self) -> None:
        """Progress and counts in the status bar."""
        s = self.session
        counts = s.counts()
        total = f"{len(s.items)}" + ("" if s.complete else "+")
        reviewed = len(s.items) - counts["open"]
        parts = [f"{reviewed}/{total} reviewed"]
        parts.append(
            f"✓ {counts.get('approved', 0)} ✗ {counts.get('rejected', 0)} "
            f"⇒ {counts.get('merged', 0)}"
        )
        if counts["marked"]:
            parts.append(f"{counts['marked']} marked")
        if not s.complete or self.rows_pending:
            parts.append("loading…")
        described = s.filter.describe()
        if described:
            parts.append(described)
        self.query_one(StatusBar).set_text(" · ".join(parts))

    def current(self) -> QueueItem | None:
        """The queue item under the cursor (None before the table exists or when empty)."""
        tables = self.query(QueueTable)
        key = tables.first().current_key() if tables else None
        return self.session.by_id.get(int(key)) if key else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Show the candidate under the cursor, freshly read from the database."""
        if event.data_table is self.table:
            self.show_current()

    def show_current(self) -> None:
        """Re-read the current candidate and show it with what the glossary has."""
        item = self.current()
        if item is None:
            return
        try:
            self.session.refresh(item.concept_id)
            gone = item.decision in ("gone", "merged")
            self.existing = [] if gone else self.session.existing(item.view)
        except GlossaryError as exc:
            self.notify(str(exc), severity="error")
        self.shown_id = item.concept_id
        self.session.touched.discard(item.concept_id)
        self.table.update_item(item)
        if item.decision == "merged":
            self.pane.show_message(f"#{item.concept_id} was merged into #{item.merged_into}")
        elif item.decision == "gone":
            self.pane.show_message(f"#{item.concept_id} was deleted or merged elsewhere")
        else:
            self.pane.show(render_candidate(item.view, self.existing))
        self.update_status()

    def _sync(self) -> None:
        """Redraw the rows the session changed, then the current candidate."""
        for cid in self.session.take_touched():
            item = self.session.by_id.get(cid)
            if item is not None:
                self.table.update_item(item)
        self.show_current()

    def _advance(self, from_row: int | None = None) -> None:
        """Move the cursor to the next undecided candidate after the current row."""
        start = self.table.cursor_row if from_row is None else from_row
        nxt = self.session.next_open(start + 1) if self.session.items else None
        if nxt is not None:
            self.table.move_cursor(row=nxt, animate=False)

    # --------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Entry actions are greyed out while there is no candidate to act on."""
        needs_item = {"approve", "reject", "edit", "skip", "mark", "note", "term_status", "merge"}
        # In a filter box the letters are typed, not actions: offer the way back instead.
        typing = isinstance(self.focused, Input)
        if action == "focus_queue":
            return typing
        if typing and action in needs_item | {"undo", "filter", "reload"}:
            return False
        if action in needs_item and self.current() is None:
            return None
        if action == "undo" and not self.session.undo_stack:
            return None
        return True

    def _guarded(self, what: str, fn: Callable[[], Any]) -> Any:
        """Run a write; report a conflict or any glossary error instead of crashing.

        On a conflict the session has already re-read the entry, so the screen shows
        what is in the database now and the user can decide again.
        """
        try:
            result = fn()
        except ConflictError as exc:
            self.notify(str(exc), title=f"{what}: changed elsewhere", severity="error")
            result = None
        except GlossaryError as exc:
            self.notify(str(exc), title=f"{what} failed", severity="error")
            result = None
        finally:
            # Even a refused batch or undo may have written part of its work: the
            # lookup index is stale either way (rebuilt when the lookup is shown).
            self.glossary.glossary_changed()
            self._sync()
        return result

    def _decide(self, verb: str) -> None:
        item = self.current()
        if item is None:
            return
        marked = self.session.marked
        targets = [i.concept_id for i in marked] if marked else [item.concept_id]
        act = self.session.approve if verb == "approve" else self.session.reject
        row = self.table.cursor_row
        outcome = self._guarded(verb, lambda: act(targets))
        if outcome is None:
            return
        past = "approved" if verb == "approve" else "rejected"
        if outcome.conflicts:
            for _cid, message in outcome.conflicts:
                self.notify(message, title="Changed elsewhere", severity="error")
        if len(targets) > 1 or outcome.errors:
            clean = not (outcome.conflicts or outcome.errors)
            self.notify(outcome.summary(past), severity="information" if clean else "warning")
        if outcome.duplicates and len(targets) == 1:
            cid, existing_id = outcome.duplicates[0]
            self.offer_merge(cid, existing_id, f"{item.view.zh} is already approved")
            return
        if outcome.done and not marked:
            self._advance(row)

    def action_approve(self) -> None:
        """Approve the marked candidates, or the current one."""
        self._decide("approve")

    def action_reject(self) -> None:
        """Reject the marked candidates, or the current one."""
        self._decide("reject")

    def action_skip(self) -> None:
        """Leave the current candidate open and go to the next open one."""
        row = self.table.cursor_row
        self.session.skip(row)
        self._advance(row)

    def action_undo(self) -> None:
        """Take back the last action (approve/reject reopen, edits are written back)."""
        if not self.session.undo_stack:
            self.notify("nothing to undo")
            return
        result = self._guarded("undo", self.session.undo)
        if result is None:
            return
        message, position = result
        if position is not None and position < self.table.row_count:
            self.table.move_cursor(row=position, animate=False)
        self.notify(message)

    def action_mark(self) -> None:
        """Mark or unmark the current candidate, then move down."""
        item = self.current()
        if item is None or item.decision:
            return
        item.marked = not item.marked
        self.table.update_item(item)
        self.table.action_cursor_down()
        self.update_status()

    def action_edit(self) -> None:
        """Edit the English rendering in a dialog."""
        item = self.current()
        if item is None:
            return
        cid = item.concept_id

        def save(text: str | None) -> None:
            if text is None or text == item.view.en:
                return
            self._guarded("edit", lambda: self.session.edit_english(cid, text))

        # The first evidence sentence is the context the rendering has to fit.
        context = item.view.evidence[0].en_context if item.view.evidence else ""
        hint = f"#{cid}" + (f" · in context: {context}" if context else "")
        self.app.push_screen(TextPrompt(f"English for {item.view.zh}", item.view.en, hint), save)

    def action_note(self) -> None:
        """Add or change the candidate's note."""
        item = self.current()
        if item is None:
            return
        cid = item.concept_id

        def save(text: str | None) -> None:
            if text is not None and text != item.view.note:
                self._guarded("note", lambda: self.session.set_note(cid, text))

        self.app.push_screen(
            TextPrompt(f"Note on #{cid} {item.view.zh}", item.view.note, allow_empty=True), save
        )

    def action_term_status(self) -> None:
        """Set one rendering's status (preferred, admitted, deprecated, superseded)."""
        item = self.current()
        if item is None:
            return
        cid = item.concept_id

        def save(choice: tuple[int, str] | None) -> None:
            if choice is not None:
                term_id, status = choice
                self._guarded("status", lambda: self.session.set_term_status(cid, term_id, status))

        self.app.push_screen(TermPicker(item.view, "status"), save)

    def action_merge(self) -> None:
        """Merge the candidate into the approved entry with its Chinese term (or ask which)."""
        item = self.current()
        if item is None:
            return
        if self.existing:
            assert self.existing[0].id is not None
            self.offer_merge(item.concept_id, self.existing[0].id, "")
            return

        def chosen(text: str | None) -> None:
            if text is None:
                return
            if not text.lstrip("#").isdigit():
                self.notify(f"{text!r} is not an entry number", severity="warning")
                return
            self.offer_merge(item.concept_id, int(text.lstrip("#")), "")

        self.app.push_screen(
            TextPrompt(
                f"Merge #{item.concept_id} {item.view.zh} into entry number…",
                hint="nothing approved has this Chinese term; give the entry's #id",
            ),
            chosen,
        )

    def offer_merge(self, concept_id: int, target_id: int, reason: str) -> None:
        """Show the merge dialog for ``concept_id`` into ``target_id`` and do it if asked."""
        item = self.session.by_id.get(concept_id)
        if item is None:
            return
        try:
            target = self.store.get(target_id)
        except NotFoundError as exc:
            self.notify(str(exc), severity="error")
            return
        if target.status != "approved":
            self.notify(f"#{target_id} is {target.status}, not approved", severity="warning")

        def done(status: str | None) -> None:
            if status is None:
                return
            row = self.table.cursor_row
            merged = self._guarded("merge", lambda: self.session.merge(concept_id, target, status))
            if merged is not None:
                self.notify(f"merged #{concept_id} into #{target_id} as {status}")
                self._advance(row)

        self.app.push_screen(MergeDialog(item.view, target, reason), done)

    def action_filter(self) -> None:
        """Put the cursor in the text filter."""
        self.query_one("#filter-text", Input).focus()

    def action_focus_queue(self) -> None:
        """Back to the queue (from a filter box or the candidate pane)."""
        self.table.focus()

    def action_reload(self) -> None:
        """Re-read the queue (decisions in the database by others show up)."""
        self.load_queue()

    # --------------------------------------------------------------- filters

    def on_input_changed(self, event: Input.Changed) -> None:
        """Re-read the queue once the filter boxes have been quiet for a moment."""
        if event.input.id and event.input.id.startswith("filter-"):
            if self._filter_timer is not None:
                self._filter_timer.stop()
            self._filter_timer = self.set_timer(FILTER_DELAY, self.apply_filter)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a filter box applies it now and goes back to the queue."""
        if event.input.id and event.input.id.startswith("filter-"):
            if self._filter_timer is not None:
                self._filter_timer.stop()
            self.apply_filter()
            self.table.focus()

    def apply_filter(self) -> None:
        """Read the filter boxes into a QueueFilter and reload if it changed."""
        text = self.query_one("#filter-text", Input).value.strip() or None
        document = self.query_one("#filter-doc", Input).value.strip() or None
        raw_score = self.query_one("#filter-score", Input).value.strip()
        try:
            min_score = float(raw_score) if raw_score else 0.0
        except ValueError:
            self.notify(f"minimum score {raw_score!r} is not a number", severity="warning")
            return
        new = QueueFilter(min_score, document, text)
        if new != self.session.filter:
            self.session.filter = new
            self.load_queue()
