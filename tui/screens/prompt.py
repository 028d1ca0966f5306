"""A one-line text prompt: edit a rendering, a note, a subject field."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

if TYPE_CHECKING:
    from textual.app import ComposeResult


class TextPrompt(ModalScreen[str | None]):
    """Ask for one line of text; dismisses with the text (enter) or None (escape).

    The text is returned stripped; an unchanged value is still returned, the caller
    decides whether that is a no-op.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, title: str, value: str = "", hint: str = "", *, allow_empty: bool = False):
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.value = value
        self.hint = hint
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        """Title, context line, the input and the keys."""
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            if self.hint:
                yield Static(self.hint, classes="dialog-hint")
            yield Input(self.value, id="prompt-input", select_on_focus=False)
            yield Static("enter save · esc cancel", classes="dialog-keys")

    def on_mount(self) -> None:
        """Focus the input with the cursor at the end."""
        field = self.query_one(Input)
        field.focus()
        field.cursor_position = len(self.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the input saves."""
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        """Dismiss with the entered text (not when it is empty, unless allowed)."""
        text = self.query_one(Input).value.strip()
        if not text and not self.allow_empty:
            self.notify("the text is empty; escape cancels", severity="warning")
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        """Dismiss without a result."""
        self.dismiss(None)
