"""Merge a candidate into the approved entry that already has its Chinese term."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from tui.widgets.concept import TERM_STYLE, term_line

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from glossary.records import ConceptView


class MergeDialog(ModalScreen[str | None]):
    """Offer to merge ``source`` into ``target``; dismisses with the status its English
    rendering gets there (preferred, admitted, deprecated) or None to cancel."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "merge('preferred')", "As preferred"),
        Binding("a", "merge('admitted')", "As admitted"),
        Binding("d", "merge('deprecated')", "As deprecated"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, source: ConceptView, target: ConceptView, reason: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.source = source
        self.target = target
        self.reason = reason

    def compose(self) -> ComposeResult:
        """Both entries, and what each key does."""
        with Vertical(classes="dialog"):
            yield Label(f"Merge #{self.source.id} into #{self.target.id}?", classes="dialog-title")
            if self.reason:
                yield Static(self.reason, classes="dialog-hint")
            with VerticalScroll(classes="dialog-body"):
                yield Static(self._describe(), id="merge-body")
            yield Static(
                "p preferred · a admitted · d deprecated · esc cancel", classes="dialog-keys"
            )

    def _describe(self) -> Text:
        lines = [Text(f"#{self.target.id} (approved, v{self.target.version}) has:", style="bold")]
        lines += [Text("  ") + term_line(t) for t in self.target.terms]
        lines.append(Text(f"#{self.source.id} (candidate) brings:", style="bold"))
        for t in self.source.renderings("en"):
            line = Text("  en  ")
            line.append(t.text, style=TERM_STYLE.get(t.status, ""))
            lines.append(line)
        lines.append(Text(f"and {len(self.source.evidence)} evidence sentence(s)", style="dim"))
        return Text("\n").join(lines)

    def action_merge(self, status: str) -> None:
        """Merge with this status for the incoming English rendering."""
        self.dismiss(status)

    def action_cancel(self) -> None:
        """Do not merge."""
        self.dismiss(None)
