"""Pick one of an entry's renderings, to set its status or to edit it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.widgets.concept import TERM_STYLE

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from glossary.records import ConceptView

STATUS_KEYS = {"p": "preferred", "a": "admitted", "d": "deprecated", "s": "superseded"}


class TermPicker(ModalScreen[tuple[int, str] | None]):
    """Choose a rendering of ``view``.

    In ``status`` mode, p / a / d / s set the highlighted rendering's status and
    dismiss with ``(term_id, status)``. In ``edit`` mode, enter dismisses with
    ``(term_id, "")``. Escape dismisses with None.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("p", "choose('preferred')", "Preferred"),
        Binding("a", "choose('admitted')", "Admitted"),
        Binding("d", "choose('deprecated')", "Deprecated"),
        Binding("s", "choose('superseded')", "Superseded", show=False),
    ]

    def __init__(self, view: ConceptView, mode: str = "status", lang: str | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.view = view
        self.mode = mode
        self.terms = [
            t for t in view.renderings("zh") + view.renderings("en") if lang in (None, t.lang)
        ]

    def compose(self) -> ComposeResult:
        """The renderings as an option list, with the keys below."""
        with Vertical(classes="dialog"):
            title = "Set the status of" if self.mode == "status" else "Edit which rendering of"
            yield Label(f"{title} #{self.view.id} {self.view.zh}", classes="dialog-title")
            options = []
            for t in self.terms:
                label = Text(f"{t.lang}  ")
                label.append(t.text, style=TERM_STYLE.get(t.status, ""))
                label.append(f"  ({t.status})", style="dim")
                options.append(Option(label, id=str(t.id)))
            yield OptionList(*options, id="term-options")
            keys = (
                "p preferred · a admitted · d deprecated · s superseded · esc cancel"
                if self.mode == "status"
                else "enter edit · esc cancel"
            )
            yield Static(keys, classes="dialog-keys")

    def on_mount(self) -> None:
        """Highlight the first English rendering (what one usually changes)."""
        options = self.query_one(OptionList)
        options.focus()
        first_en = next((i for i, t in enumerate(self.terms) if t.lang == "en"), 0)
        options.highlighted = first_en

    def _highlighted_term(self) -> int | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not self.terms:
            return None
        return self.terms[index].id

    def action_choose(self, status: str) -> None:
        """Set the highlighted rendering to ``status`` (status mode only)."""
        term_id = self._highlighted_term()
        if self.mode == "status" and term_id is not None:
            self.dismiss((term_id, status))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter picks the rendering in edit mode."""
        event.stop()
        if self.mode == "edit" and event.option.id is not None:
            self.dismiss((int(event.option.id), ""))

    def action_cancel(self) -> None:
        """Dismiss without a choice."""
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The status keys exist only in status mode (so the footer shows the right keys)."""
        if action == "choose":
            return self.mode == "status"
        return True
