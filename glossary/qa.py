"""Terminology QA: annotate a text with known terms, check a translation against them.

:class:`TermBase` holds the approved concepts and builds (lazily) two automata from
:mod:`glossary.recognize`: one over every Chinese term, one over every English
rendering. On top of them:

- :meth:`TermBase.annotate` — the approved terms in a Chinese text, with their
  preferred English;
- :meth:`TermBase.flag_english` — deprecated/superseded renderings in an English
  text, each with the rendering to use instead;
- :meth:`TermBase.check` — for every approved Chinese term found in a source
  segment (longest match, traditional and full-width forms included), three rules:

  ``deprecated`` (error)
      a deprecated or superseded rendering of the term is used in the target;
  ``missing`` (warning)
      neither the preferred nor an admitted rendering is in the target (and no
      deprecated one either: that is already an error);
  ``count`` (warning)
      the term occurs more often in the source than its renderings in the target.

  English matching tolerates case, plurals and other inflection, and hyphen/space
  variants. Each concept's renderings are resolved against each other in the target
  (longest wins), so a deprecated rendering that is part of the preferred one is not
  reported, while renderings of different concepts may overlap ("initiative" inside
  "Belt and Road Initiative" still counts for 倡议). Entries whose ``check`` flag is
  off are left out of the rules (their Chinese terms still take part in longest
  matching, so a shorter term inside them is not checked either). Segments with an
  empty target are skipped (untranslated) and counted.

Readers: :func:`read_bilingual` (TSV, TMX and PDF-extracted text through the miner's
:func:`glossary.mining.read_document`; XLIFF through
:func:`glossary.formats.xliff.read_xliff`) and :func:`read_parallel` (two plain
texts aligned by paragraph).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glossary.errors import InputError
from glossary.text import has_cjk

if TYPE_CHECKING:
    from glossary.mining.model import AlignedSegment, BilingualDocument
    from glossary.recognize import ChineseRecognizer, EnglishRecognizer
    from glossary.records import ConceptView
    from glossary.store import GlossaryStore

GOOD = ("preferred", "admitted")
BAD = ("deprecated", "superseded")
FORMATS = ("auto", "text", "tsv", "tmx", "xliff")
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


# ---------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Entry:
    """An approved concept as the QA sees it."""

    concept_id: int
    zh: str
    en: str
    zh_terms: tuple[str, ...]
    renderings: tuple[tuple[str, str], ...]  # (english, status), preferred first
    check: bool = True

    @property
    def accepted(self) -> list[str]:
        """The preferred and admitted renderings."""
        return [t for t, s in self.renderings if s in GOOD]

    @property
    def avoid(self) -> list[tuple[str, str]]:
        """The deprecated and superseded renderings with their status."""
        return [(t, s) for t, s in self.renderings if s in BAD]

    @classmethod
    def from_view(cls, view: ConceptView) -> Entry | None:
        """The entry of an approved concept, or None if it lacks a Chinese or English term."""
        zh_terms = tuple(t.text for t in view.renderings("zh"))
        renderings = tuple((t.text, t.status) for t in view.renderings("en"))
        if view.id is None or not zh_terms or not renderings:
            return None
        return cls(view.id, view.zh, view.en, zh_terms, renderings, bool(view.check))


@dataclass
class Occurrence:
    """An approved term found in a Chinese text (``text[start:end]``)."""

    start: int
    end: int
    text: str
    line: int
    column: int
    entry: Entry

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "line": self.line,
            "column": self.column,
            "concept_id": self.entry.concept_id,
            "zh": self.entry.zh,
            "en": self.entry.en,
            "admitted": [t for t, s in self.entry.renderings if s == "admitted"],
            "avoid": [{"text": t, "status": s} for t, s in self.entry.avoid],
        }


@dataclass
class Flag:
    """A deprecated or superseded rendering found in an English text."""

    start: int
    end: int
    text: str
    line: int
    column: int
    rendering: str  # the glossary's form of what was found
    status: str  # deprecated | superseded
    entry: Entry

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "line": self.line,
            "column": self.column,
            "rendering": self.rendering,
            "status": self.status,
            "concept_id": self.entry.concept_id,
            "zh": self.entry.zh,
            "preferred": self.entry.en,
        }


@dataclass
class Issue:
    """One problem in one segment for one term."""

    severity: str  # error | warning
    rule: str  # deprecated | missing | count
    entry: Entry
    document: str
    segment: int
    zh_text: str
    en_text: str
    source_terms: list[str]  # the term as written in the source, each occurrence
    source_spans: list[tuple[int, int]]  # their offsets in zh_text
    found: list[str]  # in the target: the deprecated renderings, or (count) all renderings
    target_spans: list[tuple[int, int]]  # their offsets in en_text
    source_count: int
    target_count: int
    message: str

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "severity": self.severity,
            "rule": self.rule,
            "concept_id": self.entry.concept_id,
            "zh": self.entry.zh,
            "expected": self.entry.en,
            "document": self.document,
            "segment": self.segment,
            "source_terms": self.source_terms,
            "source_spans": [list(x) for x in self.source_spans],
            "found": self.found,
            "target_spans": [list(x) for x in self.target_spans],
            "source_count": self.source_count,
            "target_count": self.target_count,
            "message": self.message,
            "zh_text": self.zh_text,
            "en_text": self.en_text,
        }


@dataclass
class CheckReport:
    """Everything :meth:`TermBase.check` found, plus what it looked at."""

    issues: list[Issue] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    segments: int = 0
    with_terms: int = 0  # segments whose source has at least one checked term
    untranslated: int = 0  # of those, skipped because the target is empty

    @property
    def errors(self) -> int:
        """Number of error issues."""
        return sum(1 for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> int:
        """Number of warning issues."""
        return sum(1 for i in self.issues if i.severity == "warning")

    def by_term(self) -> list[tuple[Entry, list[Issue]]]:
        """Issues grouped by entry: entries with errors first, then by first segment."""
        groups: dict[int, list[Issue]] = {}
        for issue in self.issues:
            groups.setdefault(issue.entry.concept_id, []).append(issue)
        ordered = sorted(
            groups.values(),
            key=lambda g: (
                not any(i.severity == "error" for i in g),
                self.documents.index(g[0].document) if g[0].document in self.documents else 0,
                g[0].segment,
            ),
        )
        return [(g[0].entry, g) for g in ordered]

    def summary(self) -> dict[str, Any]:
        """Counts for the report footer and the JSON ``summary``."""
        return {
            "errors": self.errors,
            "warnings": self.warnings,
            "terms": len({i.entry.concept_id for i in self.issues}),
            "segments": self.segments,
            "segments_with_terms": self.with_terms,
            "untranslated": self.untranslated,
            "documents": self.documents,
        }

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: the summary and the issues grouped by term."""
        return {
            "summary": self.summary(),
            "terms": [
                {
                    "concept_id": entry.concept_id,
                    "zh": entry.zh,
                    "en": entry.en,
                    "issues": [i.as_dict() for i in issues],
                }
                for entry, issues in self.by_term()
            ],
        }


# ---------------------------------------------------------------------------- the term base


class LineIndex:
    """1-based line and column of a character offset."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        """``(line, column)`` of ``offset``, both 1-based."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


class TermBase:
    """Approved concepts with their automata; the engine behind annotate and check."""

    def __init__(self, concepts: Iterable[ConceptView | Entry]) -> None:
        entries: list[Entry] = []
        for c in concepts:
            entry = c if isinstance(c, Entry) else Entry.from_view(c)
            if entry is not None:
                entries.append(entry)
        self.entries = entries

    @classmethod
    def from_store(cls, store: GlossaryStore) -> TermBase:
        """Every approved concept of the glossary (read as flat rows: fast)."""
        return cls.from_rows(store.qa_rows())

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, bool, str, str, str]]) -> TermBase:
        """Entries from flat ``(concept_id, check, lang, text, term_status)`` rows,
        as :meth:`GlossaryStore.qa_rows` returns them."""
        from glossary.records import TERM_STATUSES

        order = {s: i for i, s in enumerate(TERM_STATUSES)}
        grouped: dict[int, tuple[bool, list[tuple[str, str, str]]]] = {}
        for cid, check, lang, text, status in rows:
            grouped.setdefault(cid, (bool(check), []))[1].append((lang, text, status))
        entries: list[Entry] = []
        for cid, (check, terms) in grouped.items():
            ranked = sorted(terms, key=lambda t: order.get(t[2], 9))
            zh_terms = tuple(t for lang, t, _s in ranked if lang == "zh")
            renderings = tuple((t, s) for lang, t, s in ranked if lang == "en")
            if zh_terms and renderings:
                en = renderings[0][0]
                entries.append(Entry(cid, zh_terms[0], en, zh_terms, renderings, check))
        return cls(entries)

    def __len__(self) -> int:
        """Number of entries."""
        return len(self.entries)

    @cached_property
    def zh(self) -> ChineseRecognizer[int]:
        """Automaton over every Chinese term; payload: the entry's index."""
        from glossary.recognize import ChineseRecognizer

        return ChineseRecognizer(
            (term, i) for i, e in enumerate(self.entries) for term in e.zh_terms
        )

    @cached_property
    def en(self) -> EnglishRecognizer[tuple[int, str, str]]:
        """Automaton over every English rendering; payload: (entry index, status, text)."""
        from glossary.recognize import EnglishRecognizer

        return EnglishRecognizer(
            (text, (i, status, text))
            for i, e in enumerate(self.entries)
            for text, status in e.renderings
        )

    # ----------------------------------------------------------------- annotate

    def annotate(self, text: str) -> list[Occurrence]:
        """Approved terms in a Chinese text, longest match, in text order."""
        lines = LineIndex(text)
        out: list[Occurrence] = []
        for m in self.zh.find(text):
            line, col = lines.position(m.start)
            for idx in m.values:
                out.append(Occurrence(m.start, m.end, m.text, line, col, self.entries[idx]))
        return out

    def flag_english(self, text: str, include_unchecked: bool = False) -> list[Flag]:
        """Deprecated/superseded renderings in an English text, longest match first.

        A span that is also a preferred or admitted rendering of some entry is not
        flagged (it is correct English for that entry). Entries with ``check`` off are
        left out unless ``include_unchecked``.
        """
        lines = LineIndex(text)
        out: list[Flag] = []
        for m in self.en.find(text):
            if any(status in GOOD for _i, status, _t in m.values):
                continue
            for idx, status, rendering in m.values:
                entry = self.entries[idx]
                if not entry.check and not include_unchecked:
                    continue
                line, col = lines.position(m.start)
                out.append(Flag(m.start, m.end, m.text, line, col, rendering, status, entry))
        return out

    # -------------------------------------------------------------------- check

    def check_segment(self, segment: AlignedSegment, document: str = "") -> list[Issue]:
        """Issues of one segment (none when its target is empty: nothing to check)."""
        return self._check_segment(segment, document)[1]

    def _check_segment(self, segment: AlignedSegment, document: str) -> tuple[int, list[Issue]]:
        """``(state, issues)``; state 0: no checked term, 1: checked, 2: untranslated."""
        from glossary.recognize import select_longest

        source: dict[int, list[tuple[int, int, str]]] = {}
        for m in self.zh.find(segment.zh):
            for idx in m.values:
                if self.entries[idx].check:
                    source.setdefault(idx, []).append((m.start, m.end, m.text))
        if not source:
            return 0, []
        if not segment.en.strip():
            return 2, []
        target: dict[int, list[tuple[int, int, tuple[str, str, str]]]] = {}
        for m in self.en.find_all(segment.en):
            for idx, status, rendering in m.values:
                if idx in source:
                    target.setdefault(idx, []).append((m.start, m.end, (status, rendering, m.text)))
        issues: list[Issue] = []
        for idx, hits in source.items():
            entry = self.entries[idx]
            chosen = select_longest(target.get(idx, []))
            bad = [c for c in chosen if c[2][0] in BAD]
            n_src, n_tgt = len(hits), len(chosen)
            base = {
                "entry": entry,
                "document": document,
                "segment": segment.index,
                "zh_text": segment.zh,
                "en_text": segment.en,
                "source_terms": [h[2] for h in hits],
                "source_spans": [(h[0], h[1]) for h in hits],
                "source_count": n_src,
                "target_count": n_tgt,
            }
            if bad:
                used = ", ".join(dict.fromkeys(f'"{c[2][2]}" ({c[2][0]})' for c in bad))
                issues.append(
                    Issue(
                        severity="error",
                        rule="deprecated",
                        found=[c[2][2] for c in bad],
                        target_spans=[(c[0], c[1]) for c in bad],
                        message=f'{used} used for {entry.zh}; use "{entry.en}"',
                        **base,
                    )
                )
            if n_tgt == 0:
                expected = " or ".join(f'"{t}"' for t in entry.accepted) or f'"{entry.en}"'
                issues.append(
                    Issue(
                        severity="warning",
                        rule="missing",
                        found=[],
                        target_spans=[],
                        message=f"{entry.zh} is not rendered as {expected}",
                        **base,
                    )
                )
            elif n_tgt < n_src:
                issues.append(
                    Issue(
                        severity="warning",
                        rule="count",
                        found=[c[2][2] for c in chosen],
                        target_spans=[(c[0], c[1]) for c in chosen],
                        message=(
                            f"{entry.zh} occurs {n_src} times in the source but its "
                            f"renderings {n_tgt} time{'s' if n_tgt != 1 else ''} in the "
                            "translation"
                        ),
                        **base,
                    )
                )
        return 1, issues

    def check(
        self,
        segments: Iterable[AlignedSegment],
        document: str = "",
        report: CheckReport | None = None,
    ) -> CheckReport:
        """Check the segments of one document; adds to ``report`` when one is given."""
        report = report if report is not None else CheckReport()
        report.documents.append(document)
        for segment in segments:
            report.segments += 1
            state, issues = self._check_segment(segment, document)
            if state:
                report.with_terms += 1
            if state == 2:
                report.untranslated += 1
            report.issues.extend(issues)
        return report


# ---------------------------------------------------------------------------- input


def detect_language(text: str) -> str:
    """``"zh"`` when the text has a fair share of Chinese characters, else ``"en"``."""
    cjk = len(_CJK_CHAR.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return "zh" if cjk and cjk * 5 >= latin else "en"


def read_bilingual(path: str | Path, fmt: str = "auto") -> BilingualDocument:
    """A bilingual file as aligned segments: TSV, TMX, XLIFF or PDF-extracted text."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    from glossary.formats.xliff import looks_like_xliff, read_xliff

    p = Path(path)
    if fmt == "xliff" or (fmt == "auto" and p.is_file() and looks_like_xliff(p)):
        return read_xliff(p)
    from glossary.mining import read_document

    return read_document(p, fmt)


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u3000]*\n")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; without any blank line, one per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    parts = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return [p.strip() for p in parts if p.strip()]


def read_parallel(zh_path: str | Path, en_path: str | Path) -> BilingualDocument:
    """Two plain texts, Chinese and English, paired paragraph by paragraph.

    Both files must have the same number of paragraphs (blank-line separated, or one
    per line when a file has no blank line); otherwise the pairing would be wrong and
    this raises :class:`InputError` naming both counts.
    """
    import hashlib

    from glossary.encoding import read_text
    from glossary.mining.model import AlignedSegment, BilingualDocument

    zp, ep = Path(zh_path), Path(en_path)
    zh_text, en_text = read_text(zp), read_text(ep)
    if not has_cjk(zh_text):
        raise InputError(f"{zp}: no Chinese text found (is --zh the English file?)")
    if detect_language(en_text) == "zh":
        raise InputError(f"{ep}: this is Chinese text, not English (swap --zh and --en?)")
    zh_paras, en_paras = split_paragraphs(zh_text), split_paragraphs(en_text)
    if len(zh_paras) != len(en_paras):
        raise InputError(
            f"{zp} has {len(zh_paras)} paragraphs but {ep} has {len(en_paras)}; "
            "--zh and --en must correspond paragraph by paragraph"
        )
    segments = [
        AlignedSegment(zh=z, en=e, index=i)
        for i, (z, e) in enumerate(zip(zh_paras, en_paras, strict=True), 1)
    ]
    digest = hashlib.sha256(zp.read_bytes() + b"\0" + ep.read_bytes()).hexdigest()
    return BilingualDocument(
        name=f"{zp.name} + {ep.name}",
        sha256=digest,
        size=zp.stat().st_size + ep.stat().st_size,
        format="parallel",
        segments=segments,
    )


def excerpt(text: str, start: int | None = None, end: int | None = None, width: int = 160) -> str:
    """``text`` on one line, cut to about ``width`` characters around ``[start, end)``."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    if start is None or end is None:
        return flat[: width - 1] + "…"
    # Recompute the span's position in the flattened text.
    prefix = " ".join(text[:start].split())
    pos = len(prefix) + (1 if prefix and text[start - 1 : start].isspace() else 0)
    span = end - start
    left = max(0, pos - (width - span) // 2)
    right = min(len(flat), left + width)
    left = max(0, right - width)
    return ("…" if left > 0 else "") + flat[left:right] + ("…" if right < len(flat) else "")
