"""The help screen: every key of every screen, generated from the bindings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

if TYPE_CHECKING:
    from textual.app import ComposeResult

# (section title, [(keys, what they do)])
KeySection = tuple[str, Sequence[tuple[str, str]]]

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "space": "space",
    "plus": "+",
    "escape": "esc",
    "enter": "enter",
}


def key_label(keys: str) -> str:
    """A binding's key string as a person reads it ("ctrl+p", "?", "space")."""
    return " / ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def binding_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) for each binding that has a description."""
    rows = []
    for b in bindings:
        if isinstance(b, Binding):
            keys, description = b.key, b.tooltip or b.description
        elif len(b) >= 3:
            keys, description = b[0], b[2]
        else:
            continue
        if description:
            rows.append((key_label(keys), description))
    return rows


class HelpScreen(ModalScreen[None]):
    """Every key, by screen; any of escape, q, ? or f1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
    ]

    def __init__(self, sections: Sequence[KeySection]) -> None:
        super().__init__(classes="dialog-screen")
        self.sections = sections

    def compose(self) -> ComposeResult:
        """A scrollable table of keys per section."""
        with Vertical(classes="dialog help-dialog"):
            yield Label("Keys", classes="dialog-title")
            with VerticalScroll(id="help-scroll", classes="dialog-body"):
                yield Static(self._table(), id="help-keys")
            yield Static("ctrl+p: every action by name · esc close", classes="dialog-keys")

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for n, (title, rows) in enumerate(self.sections):
            if n:
                table.add_row("", "")
            table.add_row(Text(title, style="bold underline"), "")
            for keys, description in rows:
                table.add_row(keys, description)
        return table

    def on_mount(self) -> None:
        """Focus the scroll area so the arrow keys scroll."""
        self.query_one("#help-scroll").focus()

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
