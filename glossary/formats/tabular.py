"""Spreadsheet formats: CSV, TSV and OmegaT's tab-separated glossary.

**CSV / TSV** (for spreadsheets) have one row per entry under a header::

    id status zh en zh_alternatives en_alternatives subject definition note source
    created_at created_by updated_at updated_by

``*_alternatives`` hold the other renderings as ``STATUS:TEXT`` separated by `` | ``
(``deprecated:One Belt, One Road | admitted:B&R``), like the shipped seed lists;
``source`` is the main English rendering's source. Fields are quoted when needed
(so tabs and line breaks survive) and the file starts with a UTF-8 byte order mark
so that Excel reads the Chinese correctly. Evidence, per-term notes and the sources
of other renderings are not carried: use TBX or JSON for a lossless copy.

Reading takes any header naming at least a Chinese and an English column (``zh``,
``chinese``, ``中文``, ``en``, ``english``, ``英文``, ...); without a header the
columns are Chinese, English, comment, as in OmegaT, and a row whose first column is
the English one is turned round. The encoding is detected
(:mod:`glossary.encoding`).

**OmegaT** glossaries are ``source<TAB>target<TAB>comment`` lines, no header, no
quoting. We write the main Chinese term and each preferred or admitted English
rendering; deprecated and superseded renderings go into the comment as
``avoid: A / B`` so they are never offered for insertion. Reading groups lines with
the same Chinese term into one entry (the first English rendering preferred, the
others admitted) and reads ``avoid:`` back as deprecated renderings.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from glossary.errors import InputError
from glossary.formats import (
    Cleaner,
    Reader,
    ReadReport,
    format_timestamp,
    parse_timestamp,
)
from glossary.records import TERM_STATUSES, ConceptView, TermView

COLUMNS = (
    "id",
    "status",
    "zh",
    "en",
    "zh_alternatives",
    "en_alternatives",
    "subject",
    "definition",
    "note",
    "source",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
)
ALT_SEPARATOR = " | "
AVOID = "avoid: "
AVOID_SEPARATOR = " / "

_ALIASES = {
    "id": ("id", "concept_id", "entry_id"),
    "status": ("status", "entry_status"),
    "zh": (
        "zh",
        "zh_hans",
        "zh_cn",
        "zh_tw",
        "zh_hant",
        "chinese",
        "中文",
        "cn",
        "term_zh",
        "chinese_term",
        "汉语",
        "中文术语",
    ),
    "en": (
        "en",
        "en_us",
        "en_gb",
        "english",
        "英文",
        "term_en",
        "english_term",
        "英文术语",
        "译文",
    ),
    "zh_alternatives": ("zh_alternatives", "zh_alt", "chinese_alternatives"),
    "en_alternatives": ("en_alternatives", "en_alt", "alternatives", "english_alternatives"),
    "subject": ("subject", "subject_field", "domain", "领域"),
    "definition": ("definition", "定义"),
    "note": ("note", "notes", "comment", "comments", "备注", "说明"),
    "source": ("source", "出处", "来源"),
    "created_at": ("created_at", "created"),
    "created_by": ("created_by", "creator"),
    "updated_at": ("updated_at", "updated", "modified"),
    "updated_by": ("updated_by", "modified_by"),
}
_LOOKUP = {alias: col for col, aliases in _ALIASES.items() for alias in aliases}
_ONE_LINE = re.compile(r"[\t\r\n]+")


# ------------------------------------------------------------------ writing


def _alternatives(terms: list[TermView]) -> str:
    return ALT_SEPARATOR.join(f"{t.status}:{t.text}" for t in terms)


def concept_row(view: ConceptView) -> list[str]:
    """One CSV/TSV row (see :data:`COLUMNS`)."""
    zh = view.renderings("zh")
    en = view.renderings("en")
    source = en[0].source if en else ""
    return [
        str(view.id or ""),
        view.status,
        zh[0].text if zh else "",
        en[0].text if en else "",
        _alternatives(zh[1:]),
        _alternatives(en[1:]),
        view.subject,
        view.definition,
        view.note,
        source,
        format_timestamp(view.created_at),
        view.created_by,
        format_timestamp(view.updated_at),
        view.updated_by,
    ]


def _write_delimited(
    concepts: Iterable[ConceptView], out: IO[bytes], cleaner: Cleaner, delimiter: str
) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=False)
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for view in concepts:
        cleaner.clean(view, f"#{view.id}")
        writer.writerow(concept_row(view))
        count += 1
    text.flush()
    text.detach()
    return count


def write_csv(concepts: Iterable[ConceptView], out: IO[bytes], cleaner: Cleaner) -> int:
    """Write a CSV file (comma-separated, UTF-8 with BOM, one row per entry)."""
    return _write_delimited(concepts, out, cleaner, ",")


def write_tsv(concepts: Iterable[ConceptView], out: IO[bytes], cleaner: Cleaner) -> int:
    """Write a TSV file (tab-separated, UTF-8 with BOM, one row per entry)."""
    return _write_delimited(concepts, out, cleaner, "\t")


def _flat(text: str) -> str:
    return _ONE_LINE.sub(" ", text).strip()


def omegat_rows(view: ConceptView) -> list[tuple[str, str, str]]:
    """The OmegaT lines of one concept: (Chinese, English, comment)."""
    zh = view.renderings("zh")
    en = view.renderings("en")
    if not zh or not en:
        return []
    usable = [t for t in en if t.status in ("preferred", "admitted")] or en[:1]
    avoid = [t.text for t in en if t.status in ("deprecated", "superseded") and t not in usable]
    parts = [p for p in (view.subject, view.note) if p]
    if avoid:
        parts.append(AVOID + AVOID_SEPARATOR.join(avoid))
    comment = _flat("; ".join(parts))
    rows = [(_flat(zh[0].text), _flat(usable[0].text), comment)]
    for t in usable[1:]:
        rows.append((_flat(zh[0].text), _flat(t.text), t.status))
    return rows


def write_omegat(concepts: Iterable[ConceptView], out: IO[bytes], cleaner: Cleaner) -> int:
    """Write an OmegaT glossary (UTF-8, ``source<TAB>target<TAB>comment``)."""
    count = 0
    for view in concepts:
        cleaner.clean(view, f"#{view.id}")
        rows = omegat_rows(view)
        if rows:
            count += 1
        out.write("".join("\t".join(r).rstrip("\t") + "\n" for r in rows).encode("utf-8"))
    return count


def writer_for(fmt: str) -> Callable[[Iterable[ConceptView], IO[bytes], Cleaner], int]:
    """The writer of ``csv``, ``tsv`` or ``omegat``."""
    return {"csv": write_csv, "tsv": write_tsv, "omegat": write_omegat}[fmt]


# ------------------------------------------------------------------ reading


def _norm_header(cell: str) -> str:
    return re.sub(r"[\s\-]+", "_", cell.strip().lower())


def _header_map(row: list[str]) -> dict[int, str] | None:
    """Column index -> our column name, if ``row`` is a header with zh and en columns."""
    mapping: dict[int, str] = {}
    for i, cell in enumerate(row):
        col = _LOOKUP.get(_norm_header(cell))
        if col and col not in mapping.values():
            mapping[i] = col
    values = set(mapping.values())
    return mapping if {"zh", "en"} <= values else None


def _parse_alternatives(cell: str, lang: str, where: str) -> list[TermView]:
    out = []
    for part in cell.split("|"):
        part = part.strip()
        if not part:
            continue
        status, sep, text = part.partition(":")
        if sep and status.strip().lower() in TERM_STATUSES:
            out.append(TermView(None, lang, text.strip(), status.strip().lower()))
        else:
            out.append(TermView(None, lang, part, "admitted"))
    return out


def _from_header_row(
    row: list[str], mapping: dict[int, str], where: str, report: ReadReport
) -> ConceptView:
    # free text is kept as written; ids, statuses and dates are trimmed
    values = {col: row[i] if i < len(row) else "" for i, col in mapping.items()}
    ident = values.get("id", "").strip()
    view = ConceptView(id=int(ident) if ident.isdigit() and int(ident) > 0 else None)
    view.status = values.get("status", "").strip() or "approved"
    view.subject = values.get("subject", "")
    view.definition = values.get("definition", "")
    view.note = values.get("note", "")
    view.created_at = parse_timestamp(values.get("created_at", ""), where)
    view.created_by = values.get("created_by", "").strip()
    view.updated_at = parse_timestamp(values.get("updated_at", ""), where)
    view.updated_by = values.get("updated_by", "").strip()
    source = values.get("source", "")  # the main English rendering's, as written
    view.terms = [
        TermView(None, "zh", values.get("zh", ""), "preferred"),
        *_parse_alternatives(values.get("zh_alternatives", ""), "zh", where),
        TermView(None, "en", values.get("en", ""), "preferred", source),
        *_parse_alternatives(values.get("en_alternatives", ""), "en", where),
    ]
    return view


def _orient(a: str, b: str) -> tuple[str, str]:
    """(Chinese, English) from two cells in either order."""
    from glossary.text import has_cjk

    if not has_cjk(a) and has_cjk(b):
        return b, a
    return a, b


class _Grouper:
    """Headerless rows grouped by Chinese term, in order of first appearance."""

    def __init__(self) -> None:
        self.groups: dict[str, ConceptView] = {}

    def add(self, zh: str, en: str, comment: str) -> None:
        """One row: a new entry for a new Chinese term, else another rendering of it."""
        from glossary.store import term_key
        from glossary.text import has_cjk

        key = term_key("zh", zh) if has_cjk(zh) else zh
        view = self.groups.get(key)
        avoid: list[str] = []
        notes: list[str] = []
        for part in comment.split("; ") if comment else []:
            if part.startswith(AVOID):
                avoid.extend(p.strip() for p in part[len(AVOID) :].split(AVOID_SEPARATOR))
            elif part:
                notes.append(part)
        if view is None:
            view = ConceptView(id=None, status="approved", note="; ".join(notes))
            view.terms.append(TermView(None, "zh", zh, "preferred"))
            view.terms.append(TermView(None, "en", en, "preferred"))
            self.groups[key] = view
        else:
            status = "admitted"
            if notes and notes[-1] in TERM_STATUSES and len(notes) == 1:
                status = notes[0] if notes[0] != "preferred" else "admitted"
                notes = []
            view.terms.append(TermView(None, "en", en, status))
            if notes:
                extra = "; ".join(notes)
                view.note = f"{view.note}\n{extra}" if view.note else extra
        for text in avoid:
            if text:
                view.terms.append(TermView(None, "en", text, "deprecated"))


def _rows_csv(text: str, delimiter: str, where: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise InputError(f"{where}:{reader.line_num}: not valid CSV/TSV ({exc})") from None


def _read_delimited(path: Path, report: ReadReport, delimiter: str) -> Iterator[ConceptView]:
    from glossary.encoding import read_text

    text = read_text(path)
    if delimiter == "\t" and "\t" not in text and "," in text.split("\n", 1)[0]:
        delimiter = ","  # a .tsv that is really comma-separated
    rows = _rows_csv(text, delimiter, str(path))
    mapping: dict[int, str] | None = None
    grouper = _Grouper()
    first = True
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if first:
            first = False
            mapping = _header_map(row)
            if mapping is not None:
                unknown = [c for i, c in enumerate(row) if i not in mapping and c.strip()]
                for col in unknown:
                    report.ignore(f"column {col!r}")
                continue
        where = f"{path}:{line}"
        if mapping is not None:
            report.entries += 1
            yield _from_header_row(row, mapping, where, report)
        else:
            _headerless(row, where, grouper, report)
    if mapping is None:
        yield from grouper.groups.values()


def _headerless(row: list[str], where: str, grouper: _Grouper, report: ReadReport) -> None:
    cells = [c.strip() for c in row]
    if len(cells) < 2 or not cells[0] or not cells[1]:
        report.skip("without both a Chinese and an English column", where)
        return
    zh, en = _orient(cells[0], cells[1])
    report.entries += 1
    grouper.add(zh, en, cells[2] if len(cells) > 2 else "")
    if len(cells) > 3 and any(cells[3:]):
        report.ignore("columns after the third")


def read_csv(path: Path, report: ReadReport) -> Iterator[ConceptView]:
    """Read a comma-separated glossary (with a header, or zh, en, comment columns)."""
    report.format = "CSV"
    return _read_delimited(path, report, ",")


def read_tsv(path: Path, report: ReadReport) -> Iterator[ConceptView]:
    """Read a tab-separated glossary (with a header, or zh, en, comment columns)."""
    report.format = "TSV"
    return _read_delimited(path, report, "\t")


def read_omegat(path: Path, report: ReadReport) -> Iterator[ConceptView]:
    """Read an OmegaT glossary: ``source<TAB>target<TAB>comment`` lines, ``#`` comments."""
    from glossary.encoding import read_text

    report.format = "OmegaT glossary"
    text = read_text(path)
    grouper = _Grouper()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        _headerless(line.split("\t"), f"{path}:{n}", grouper, report)
    yield from grouper.groups.values()


def reader_for(fmt: str) -> Reader:
    """The reader of ``csv``, ``tsv`` or ``omegat``."""
    return {"csv": read_csv, "tsv": read_tsv, "omegat": read_omegat}[fmt]
