"""The one-line status bar under each screen's main area."""

from __future__ import annotations

from textual.widgets import Static


class StatusBar(Static):
    """Counts and progress ("37/120 reviewed · ✓ 30 ✗ 7 · 2 marked")."""

    def set_text(self, text: str) -> None:
        """Show ``text`` (one line; longer text is cut by the layout)."""
        self.update(text)
