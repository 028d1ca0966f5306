"""The command palette (ctrl+p): every action of the current screen, by name."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.screens.help import key_label

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen


class GlossaryCommands(Provider):
    """Offers the bindings of the screen the palette was opened on, and the app's.

    The palette and the keys stay in step because both come from the same
    ``BINDINGS``: a new key is in the palette (and the help screen) automatically.
    """

    def _commands(self) -> Iterator[tuple[str, str, Any]]:
        seen: set[str] = set()
        targets: list[Screen[object] | App[object]] = [self.screen, self.app]
        for target in targets:
            for binding in getattr(target, "BINDINGS", []):
                if not isinstance(binding, Binding) or not binding.description:
                    continue
                if binding.action in seen:
                    continue
                seen.add(binding.action)
                title = binding.tooltip or binding.description
                help_text = f"key: {key_label(binding.key)}"
                yield title, help_text, partial(target.run_action, binding.action)

    async def discover(self) -> Hits:
        """All commands, before anything is typed."""
        for title, help_text, command in self._commands():
            yield DiscoveryHit(title, command, help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands whose title matches the typed text (fuzzy)."""
        matcher = self.matcher(query)
        for title, help_text, command in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, help=help_text)
