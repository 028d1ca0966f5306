"""The two lists of the app: the review queue and the lookup results.

Both are row-cursor ``DataTable``s keyed by concept id. Column widths are fixed and
the last column takes what is left of the table's width, so nothing scrolls
sideways at 80 columns; when the width changes the rows are laid out again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

if TYPE_CHECKING:
    from textual import events

    from glossary.lookup import LookupHit
    from tui.session import QueueItem

DECISION_MARK = {
    None: ("·", "dim"),
    "approved": ("✓", "bold green"),
    "rejected": ("✗", "bold red"),
    "merged": ("⇒", "bold yellow"),
    "gone": ("∅", "dim"),
    "candidate": ("·", "dim"),
}


class FittedTable(DataTable):
    """A row-cursor table whose last column fills the remaining width."""

    # (key, label, width); width 0 = fill the rest
    COLUMNS: ClassVar[Sequence[tuple[str, str, int]]] = ()
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True, cell_padding=1)
        self._fitted_width = -1

    def _fill_width(self) -> int:
        fixed = sum(w + 2 * self.cell_padding for _k, _l, w in self.COLUMNS if w)
        # Always leave room for the vertical scrollbar: if it appears later the
        # columns must still fit, or a horizontal scrollbar would appear too.
        scrollbar = self.styles.scrollbar_size_vertical
        return max(4, self.size.width - fixed - 2 * self.cell_padding - scrollbar)

    def _add_columns(self) -> None:
        fill = self._fill_width()
        for key, label, width in self.COLUMNS:
            self.add_column(label, key=key, width=width or fill)
        self._fitted_width = self.size.width

    def on_resize(self, event: events.Resize) -> None:
        """Lay the rows out again when the width changed (the fill column follows)."""
        if event.size.width != self._fitted_width and self.size.width:
            self.relayout()

    def relayout(self) -> None:
        """Rebuild columns and rows, keeping the cursor on the same row."""
        row = self.cursor_row
        self.clear(columns=True)
        self._add_columns()
        self.fill()
        if self.row_count:
            self.move_cursor(row=min(row, self.row_count - 1), animate=False)

    def fill(self) -> None:
        """Add the rows (subclasses know where their rows come from)."""

    @property
    def fill_width(self) -> int:
        """Width in cells of the last column (for truncating its text)."""
        return self._fill_width()

    def current_key(self) -> str | None:
        """The key of the row under the cursor, or None when the table is empty."""
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except Exception:  # cursor outside the rows while the table is refilled
            return None


def cell(text: str, width: int, style: str = "") -> Text:
    """``text`` cut to ``width`` terminal cells (CJK counts two) with an ellipsis."""
    out = Text(text, style=style, no_wrap=True)
    out.truncate(width, overflow="ellipsis")
    return out


class QueueTable(FittedTable):
    """The review queue: decision, mark, score, count, Chinese and English."""

    COLUMNS = (
        ("state", "", 2),
        ("score", "score", 5),
        ("count", "×", 3),
        ("zh", "中文", 18),
        ("en", "English", 0),
    )

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[QueueItem] = []

    def set_items(self, items: list[QueueItem]) -> None:
        """Show these queue items (replacing the rows)."""
        self.items = items
        self.clear()
        if not self.columns:
            self._add_columns()
        self.fill()

    def fill(self) -> None:
        """Add a row for every queue item."""
        self.add_items(self.items)

    def add_items(self, items: list[QueueItem]) -> None:
        """Append rows for items already appended to the session's list."""
        if not self.columns:
            return
        width = self.fill_width
        for item in items:
            self.add_row(*self._cells(item, width), key=str(item.concept_id))

    def _cells(self, item: QueueItem, width: int) -> list[Text]:
        mark, style = DECISION_MARK.get(item.decision, ("?", ""))
        state = Text(mark, style=style)
        if item.marked:
            state = Text("●", style="bold yellow")
        view = item.view
        score = f"{view.score:.2f}" if view.score is not None else ""
        dim = "dim" if item.decision else ""
        return [
            state,
            Text(score, style=dim),
            Text(str(view.count), style=dim),
            cell(view.zh, 18, dim),
            cell(view.en, width, dim),
        ]

    def update_item(self, item: QueueItem) -> None:
        """Redraw one item's row after a decision, mark or edit."""
        key = str(item.concept_id)
        if key not in self.rows:
            return
        for (col, *_rest), value in zip(
            self.COLUMNS, self._cells(item, self.fill_width), strict=True
        ):
            self.update_cell(key, col, value)


class ResultsTable(FittedTable):
    """Lookup hits: Chinese, English, how it matched."""

    COLUMNS = (
        ("zh", "中文", 16),
        ("match", "match", 8),
        ("en", "English", 0),
    )

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[LookupHit] = []

    def set_hits(self, hits: list[LookupHit]) -> None:
        """Show these hits, best first, cursor on the first."""
        self.hits = hits
        self.clear()
        if not self.columns:
            self._add_columns()
        self.fill()

    def fill(self) -> None:
        """Add a row per hit; a matched non-preferred rendering is shown with its status."""
        width = self.fill_width
        for hit in self.hits:
            en = Text()
            if hit.lang == "en" and hit.status != "preferred":
                en.append(hit.matched, style="strike red" if hit.status == "deprecated" else "")
                en.append(f" ({hit.status}) → ", style="dim")
            en.append(hit.en)
            en.truncate(width, overflow="ellipsis")
            self.add_row(
                cell(hit.zh, 16),
                Text(hit.match, style="cyan"),
                en,
                key=str(hit.concept_id),
            )
