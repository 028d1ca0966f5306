"""The review session: the candidate queue, what was decided, and how to undo it.

Plain Python (no Textual), so the screens stay thin and the logic is testable on its
own. Every write goes through :class:`~glossary.store.GlossaryStore` with the
``version`` of the entry as it was last shown (``expected_version``): if somebody
else changed the entry since, the store raises ConflictError, nothing is written,
and the session reloads the entry so the screen can show what is there now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from glossary.errors import ConflictError, DuplicateConceptError, GlossaryError, NotFoundError

if TYPE_CHECKING:
    from glossary.records import ConceptView
    from glossary.store import GlossaryStore

FIRST_PAGE = 100  # candidates read before the queue is first shown; the rest follow


@dataclass(frozen=True)
class QueueFilter:
    """Which candidates the queue holds (the arguments of ``store.candidates``)."""

    min_score: float = 0.0
    document: str | None = None
    text: str | None = None

    def describe(self) -> str:
        """A short description for the status bar ("" when nothing is filtered)."""
        parts = []
        if self.min_score:
            parts.append(f"score ≥ {self.min_score:g}")
        if self.document:
            parts.append(f"doc ~ {self.document}")
        if self.text:
            parts.append(f"text ~ {self.text}")
        return ", ".join(parts)


@dataclass
class QueueItem:
    """One candidate in the queue, the reviewer's decision on it and its mark."""

    view: ConceptView
    decision: str | None = None  # approved | rejected | merged | gone (deleted elsewhere)
    marked: bool = False
    merged_into: int | None = None

    @property
    def concept_id(self) -> int:
        """The concept's id (candidates always have one)."""
        assert self.view.id is not None
        return self.view.id


@dataclass
class Outcome:
    """What a (batch) action did: the ids it changed and the ids it could not."""

    done: list[int] = field(default_factory=list)
    conflicts: list[tuple[int, str]] = field(default_factory=list)  # (id, message)
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # (id, approved id)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (id, message)

    def summary(self, verb: str) -> str:
        """One line for a notification, e.g. "approved 3; 1 changed by someone else"."""
        parts = [f"{verb} {len(self.done)}"] if self.done else []
        if self.conflicts:
            parts.append(
                f"{len(self.conflicts)} changed by someone else (reloaded, nothing overwritten)"
            )
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already approved: merge instead")
        parts.extend(msg for _cid, msg in self.errors)
        return "; ".join(parts) or f"nothing {verb}"


@dataclass
class UndoStep:
    """How to take back one action: ``revert`` does it and returns a description."""

    label: str
    revert: Callable[[], str]


class ReviewSession:
    """The review queue of one reviewer, on top of a :class:`GlossaryStore`."""

    def __init__(self, store: GlossaryStore, queue_filter: QueueFilter | None = None) -> None:
        self.store = store
        self.filter = queue_filter or QueueFilter()
        self.items: list[QueueItem] = []
        self.by_id: dict[int, QueueItem] = {}
        self.complete = False  # True once every candidate matching the filter is loaded
        self.undo_stack: list[UndoStep] = []
        self.cursor_history: list[int] = []  # positions left by "skip", for undo
        # Ids whose item changed (decision, mark, view) since the screen last redrew
        # them: redrawing only these keeps an action O(1) in a 10,000-item queue.
        self.touched: set[int] = set()

    def take_touched(self) -> set[int]:
        """The ids changed since the last call (and forget them)."""
        touched, self.touched = self.touched, set()
        return touched

    # ------------------------------------------------------------------ queue

    def fetch(self, limit: int | None) -> list[ConceptView]:
        """Candidates matching the filter, best first (thread-safe: only reads)."""
        f = self.filter
        return self.store.candidates(f.min_score, f.document, f.text, limit=limit)

    def reset(self, views: Sequence[ConceptView], complete: bool) -> None:
        """Replace the queue (a new filter, or a reload)."""
        self.items = [QueueItem(v) for v in views]
        self.by_id = {item.concept_id: item for item in self.items}
        self.complete = complete
        self.undo_stack.clear()
        self.cursor_history.clear()

    def extend(self, views: Iterable[ConceptView]) -> list[QueueItem]:
        """Append the candidates not in the queue yet (the rest of a paged load)."""
        added = []
        for view in views:
            if view.id is not None and view.id not in self.by_id:
                item = QueueItem(view)
                self.items.append(item)
                self.by_id[item.concept_id] = item
                added.append(item)
        self.complete = True
        return added

    def load_first_page(self, limit: int | None = None) -> None:
        """Read the best ``limit`` candidates (default FIRST_PAGE); the caller loads the
        rest in the background."""
        limit = limit or FIRST_PAGE
        views = self.fetch(limit)
        self.reset(views, complete=len(views) < limit)

    @property
    def reviewed(self) -> int:
        """How many queue items have been decided in this session."""
        return sum(1 for item in self.items if item.decision)

    def counts(self) -> dict[str, int]:
        """Items per decision ("open" for undecided) and "marked", in one pass."""
        out = {"open": 0, "marked": 0}
        for item in self.items:
            key = item.decision or "open"
            out[key] = out.get(key, 0) + 1
            out["marked"] += item.marked
        return out

    @property
    def marked(self) -> list[QueueItem]:
        """Items marked for a batch action, in queue order."""
        return [item for item in self.items if item.marked]

    def next_open(self, start: int) -> int | None:
        """Index of the first undecided item at or after ``start`` (wrapping), or None."""
        n = len(self.items)
        for k in range(n):
            i = (start + k) % n
            if not self.items[i].decision:
                return i
        return None

    def refresh(self, concept_id: int) -> QueueItem | None:
        """Re-read one entry from the database (before showing it, or after a conflict)."""
        item = self.by_id.get(concept_id)
        if item is None:
            return None
        self.touched.add(concept_id)
        try:
            item.view = self.store.get(concept_id)
        except NotFoundError:
            if item.decision != "merged":  # our own merge deleted it: that is known
                item.decision = "gone"
            item.marked = False
            return item
        if item.view.status != "candidate" and item.decision is None:
            # Decided by someone else (another reviewer or the CLI): show it as such.
            item.decision = item.view.status
        elif item.view.status == "candidate" and item.decision in ("approved", "rejected"):
            item.decision = None
        return item

    def existing(self, view: ConceptView) -> list[ConceptView]:
        """Approved entries that already have this candidate's Chinese term."""
        return [c for c in self.store.find_by_zh(view.zh) if c.id != view.id]

    # --------------------------------------------------------------- decisions

    def _targets(self, ids: Sequence[int]) -> list[QueueItem]:
        return [self.by_id[i] for i in ids if i in self.by_id]

    def _decide(self, ids: Sequence[int], verb: str) -> Outcome:
        outcome = Outcome()
        changed: list[tuple[int, int]] = []  # (id, version after)
        for item in self._targets(ids):
            cid = item.concept_id
            self.touched.add(cid)
            try:
                if verb == "approve":
                    view = self.store.approve(cid, expected_version=item.view.version)
                else:
                    view = self.store.reject(cid, expected_version=item.view.version)
            except ConflictError as exc:
                outcome.conflicts.append((cid, str(exc)))
                self.refresh(cid)
                continue
            except DuplicateConceptError as exc:
                outcome.duplicates.append((cid, exc.existing_id))
                continue
            except GlossaryError as exc:
                outcome.errors.append((cid, str(exc)))
                continue
            item.view = view
            item.decision = view.status
            item.marked = False
            outcome.done.append(cid)
            changed.append((cid, view.version))
        if changed:
            label = f"{verb} {len(changed)}"
            self.undo_stack.append(UndoStep(label, lambda: self._reopen(changed, label)))
        return outcome

    def approve(self, ids: Sequence[int]) -> Outcome:
        """Approve these candidates; a Chinese term already approved is a duplicate."""
        return self._decide(ids, "approve")

    def reject(self, ids: Sequence[int]) -> Outcome:
        """Reject these candidates (the miner will not propose them again)."""
        return self._decide(ids, "reject")

    def _reopen(self, changed: list[tuple[int, int]], label: str) -> str:
        done, failed = 0, []
        for cid, version in changed:
            try:
                view = self.store.reopen(cid, expected_version=version)
            except GlossaryError as exc:
                failed.append(str(exc))
                self.refresh(cid)
                continue
            item = self.by_id.get(cid)
            if item is not None:
                item.view = view
                item.decision = None
                self.touched.add(cid)
            done += 1
        if failed:
            raise ConflictError(f"undo {label}: reopened {done}; " + "; ".join(failed))
        return f"undone: {label}"

    def skip(self, position: int) -> None:
        """Remember where "skip" left from, so undo can go back there."""
        self.cursor_history.append(position)
        self.undo_stack.append(UndoStep("skip", lambda: "undone: skip"))

    def undo(self) -> tuple[str, int | None]:
        """Take back the last action; returns (description, position to go back to).

        Raises ConflictError if the entry changed since (nothing is overwritten) and
        IndexError if there is nothing to undo.
        """
        step = self.undo_stack.pop()
        position = self.cursor_history.pop() if step.label == "skip" else None
        return step.revert(), position

    # ----------------------------------------------------------------- edits

    def _write(self, item: QueueItem, write: Callable[[int], ConceptView]) -> ConceptView:
        """Run a write with the displayed version; on conflict reload and re-raise."""
        self.touched.add(item.concept_id)
        try:
            view = write(item.view.version)
        except ConflictError:
            self.refresh(item.concept_id)
            raise
        item.view = view
        return view

    def edit_english(self, concept_id: int, text: str) -> ConceptView:
        """Correct the candidate's English rendering."""
        item = self.by_id[concept_id]
        term = item.view.preferred("en")
        if term is None or term.id is None:
            raise NotFoundError(f"concept {concept_id} has no English term")
        old, term_id = term.text, term.id
        view = self._write(item, lambda v: self.store.edit_term(term_id, text, v))

        def revert() -> str:
            self._write(item, lambda v: self.store.edit_term(term_id, old, v))
            return f"undone: English back to {old!r}"

        self.undo_stack.append(UndoStep("edit", revert))
        return view

    def set_note(self, concept_id: int, note: str) -> ConceptView:
        """Set the concept's note."""
        item = self.by_id[concept_id]
        old = item.view.note
        view = self._write(item, lambda v: self.store.update_concept(concept_id, v, note=note))

        def revert() -> str:
            self._write(item, lambda v: self.store.update_concept(concept_id, v, note=old))
            return "undone: note"

        self.undo_stack.append(UndoStep("note", revert))
        return view

    def set_term_status(self, concept_id: int, term_id: int, status: str) -> ConceptView:
        """Set a rendering's status (a new preferred one demotes the old preferred)."""
        item = self.by_id[concept_id]
        before = {t.id: t.status for t in item.view.terms}
        view = self._write(item, lambda v: self.store.set_term_status(term_id, status, v))

        def revert() -> str:
            # Restore every rendering whose status changed (a demoted preferred too);
            # the previously preferred one first, so it is not demoted again.
            now = {t.id: t.status for t in item.view.terms}
            changed = [(tid, st) for tid, st in before.items() if tid in now and now[tid] != st]
            changed.sort(key=lambda pair: pair[1] != "preferred")
            for tid, st in changed:
                assert tid is not None
                self._write(item, partial(self._set_status_at, tid, st))
            return "undone: status"

        self.undo_stack.append(UndoStep("status", revert))
        return view

    def _set_status_at(self, term_id: int, status: str, version: int) -> ConceptView:
        return self.store.set_term_status(term_id, status, version)

    def merge(self, concept_id: int, target: ConceptView, en_status: str) -> ConceptView:
        """Merge the candidate into the approved entry ``target`` as it was shown.

        Both versions are checked: the candidate's and the target's. A merge deletes
        the candidate, so it cannot be undone from here (the history keeps it).
        """
        item = self.by_id[concept_id]
        assert target.id is not None
        self.touched.add(concept_id)
        try:
            merged = self.store.merge(
                concept_id,
                target.id,
                en_status=en_status,
                expected_version=item.view.version,
                target_version=target.version,
            )
        except ConflictError:
            self.refresh(concept_id)
            raise
        item.decision = "merged"
        item.merged_into = target.id
        item.marked = False
        self.undo_stack.append(UndoStep("merge", _cannot_undo_merge))
        return merged


def _cannot_undo_merge() -> str:
    raise GlossaryError(
        "a merge cannot be undone here (the candidate was deleted); "
        "its history keeps what it was, and the target's renderings can be edited"
    )
