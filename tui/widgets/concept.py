"""Showing one entry: its renderings, evidence (term highlighted) and history.

The rendering functions return Rich ``Text`` so a pane is one ``Static`` update,
however long the evidence: re-mounting a widget per sentence would make moving
through a 10,000-candidate queue sluggish.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.app import ComposeResult

    from glossary.records import ConceptView, EventView, TermView

TERM_STYLE = {
    "preferred": "bold green",
    "admitted": "cyan",
    "deprecated": "red strike",
    "superseded": "dim strike",
}
HIGHLIGHT = "bold reverse"
MAX_EVIDENCE = 200  # more than this is never read on screen; say how many were left out


def highlight(text: str, needles: Iterable[str], style: str = HIGHLIGHT) -> Text:
    """``text`` with every occurrence of any needle styled (English case-insensitively)."""
    out = Text(text)
    words = sorted({n for n in needles if n}, key=len, reverse=True)
    if words:
        out.highlight_words(words, style, case_sensitive=False)
    return out


def term_line(term: TermView, width_hint: int = 0) -> Text:
    """``en  Text  (status)  source: …  note: …`` for one rendering."""
    line = Text()
    line.append(f"{term.lang}  ", style="dim")
    line.append(term.text, style=TERM_STYLE.get(term.status, ""))
    line.append(f"  {term.status}", style="italic dim")
    if term.source:
        line.append(f"  source: {term.source}", style="dim")
    if term.note:
        line.append(f"  note: {term.note}", style="dim")
    return line


def _header(view: ConceptView) -> Text:
    head = Text()
    head.append(f"#{view.id}", style="bold")
    head.append(f"  {view.status}", style="bold magenta")
    if view.score is not None:
        head.append(f"  score {view.score:.2f}")
    if view.count:
        head.append(f"  seen ×{view.count}")
    if view.subject:
        head.append(f"  subject {view.subject}")
    head.append(f"  v{view.version}", style="dim")
    return head


def _fields(view: ConceptView) -> list[Text]:
    lines = []
    for label, value in (("definition", view.definition), ("note", view.note)):
        if value:
            line = Text(f"{label}: ", style="dim")
            line.append(value)
            lines.append(line)
    if not view.check:
        lines.append(Text("check: off (glossary check ignores this entry)", style="dim"))
    return lines


def evidence_lines(view: ConceptView) -> list[Text]:
    """Every evidence sentence pair, the concept's terms highlighted on both sides."""
    zh = [t.text for t in view.terms if t.lang == "zh"]
    en = [t.text for t in view.terms if t.lang == "en"]
    lines = [Text(f"Evidence ({len(view.evidence)})", style="bold underline")]
    if not view.evidence:
        lines.append(Text("  no evidence recorded", style="dim"))
    for n, ev in enumerate(view.evidence[:MAX_EVIDENCE], 1):
        where = ev.document or "no document"
        lines.append(Text(f"{n:>2}. {where} · {ev.position}", style="dim"))
        lines.append(Text("    ") + highlight(ev.zh_context, zh))
        lines.append(Text("    ") + highlight(ev.en_context, en))
    if len(view.evidence) > MAX_EVIDENCE:
        lines.append(Text(f"  … {len(view.evidence) - MAX_EVIDENCE} more", style="dim"))
    return lines


def render_candidate(view: ConceptView, existing: Sequence[ConceptView]) -> Text:
    """A candidate under review: terms, score, what the glossary has, the evidence."""
    lines = [_header(view)]
    lines += [term_line(t) for t in view.renderings("zh") + view.renderings("en")]
    lines += _fields(view)
    if existing:
        for entry in existing:
            line = Text("glossary has ", style="yellow")
            line.append(f"#{entry.id} ", style="bold yellow")
            line.append(entry.zh)
            for t in entry.renderings("en"):
                line.append("  ")
                line.append(t.text, style=TERM_STYLE.get(t.status, ""))
                line.append(f" ({t.status})", style="dim")
            lines.append(line)
    else:
        lines.append(Text(f"glossary has nothing approved for {view.zh}", style="dim"))
    lines.append(Text())
    lines += evidence_lines(view)
    return Text("\n").join(lines)


def history_lines(events: Sequence[EventView]) -> list[Text]:
    """The audit trail, oldest first: when, who, what."""
    lines = [Text(f"History ({len(events)})", style="bold underline")]
    for e in events:
        line = Text(f"  {e.at:%Y-%m-%d %H:%M}  ", style="dim")
        line.append(f"{e.actor:<10} ", style="cyan")
        line.append(e.action)
        line.append(_change(e.before, e.after), style="dim")
        lines.append(line)
    return lines


def _change(before: dict | None, after: dict | None) -> str:
    """What an event changed, in a few words (status and renderings)."""
    if not before or not after:
        return ""
    parts = []
    if before.get("status") != after.get("status"):
        parts.append(f"{before.get('status')} → {after.get('status')}")
    old = {(t["lang"], t["text"], t["status"]) for t in before.get("terms", [])}
    new = {(t["lang"], t["text"], t["status"]) for t in after.get("terms", [])}
    parts += [f"+{text} ({status})" for _l, text, status in sorted(new - old)]
    parts += [f"-{text}" for _l, text, _s in sorted(old - new)]
    for key in ("subject", "note", "definition"):
        if before.get(key) != after.get(key):
            parts.append(f"{key}: {after.get(key)!r}")
    return ("  " + "; ".join(parts)) if parts else ""


def render_entry(view: ConceptView, events: Sequence[EventView]) -> Text:
    """An entry in the lookup: every rendering with status, fields, evidence, history."""
    lines = [_header(view)]
    lines += [term_line(t) for t in view.renderings("zh") + view.renderings("en")]
    lines += _fields(view)
    lines.append(Text())
    lines += evidence_lines(view)
    lines.append(Text())
    lines += history_lines(events)
    return Text("\n").join(lines)


class ConceptPane(VerticalScroll):
    """A scrollable pane showing one entry (or a message when there is none)."""

    can_focus = True

    def compose(self) -> ComposeResult:
        """One Static holds the whole text."""
        yield Static("", id=f"{self.id or 'pane'}-text", classes="pane-text")

    def show(self, content: Text | str) -> None:
        """Replace the pane's content and scroll back to the top."""
        self.query_one(".pane-text", Static).update(content)
        self.scroll_home(animate=False)

    def show_message(self, message: str) -> None:
        """Show a dim one-line message (empty queue, nothing found, loading)."""
        self.show(Text(message, style="dim italic"))
