"""Readers: one per format (TSV, TMX, PDF-extracted text), and format detection.

This module is THE reader for bilingual documents in the code base: ``glossary check``
uses :func:`read_document` too, so each format is parsed in exactly one place.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from glossary.encoding import decode_bytes, read_bytes
from glossary.errors import InputError
from glossary.mining.model import AlignedSegment, BilingualDocument
from glossary.text import cjk_ratio, has_cjk

_FORMATS = ("auto", "text", "tsv", "tmx")
_TSV_EXT = {".tsv", ".tab", ".csv"}
_TMX_EXT = {".tmx"}
# Header cells we recognise, so a header row whose cells happen to contain CJK
# ("中文", "英文") is not mistaken for a segment.
_HEADER_WORDS = {
    "zh", "zh-cn", "zh_cn", "zh-hans", "chinese", "cn", "中文", "汉语", "原文", "源文", "source",
    "en", "en-us", "en-gb", "english", "英文", "英语", "译文", "target", "translation",
    "id", "no", "序号", "note", "notes", "备注",
}  # fmt: skip


def read_document(path: str | Path, fmt: str = "auto") -> BilingualDocument:
    """Read a bilingual document (TSV, TMX or PDF-extracted text) into aligned segments.

    ``fmt`` is ``"auto"`` (extension and content sniffing), ``"text"``, ``"tsv"`` or
    ``"tmx"``. Raises :class:`InputError` with a one-line message for unreadable input.
    """
    if fmt not in _FORMATS:
        raise InputError(f"unknown format {fmt!r} (use auto, text, tsv or tmx)")
    p = Path(path)
    data = read_bytes(p)
    name = p.name
    if fmt == "auto":
        fmt = detect_format(p, data)
    if fmt == "tmx":
        segments = read_tmx_segments(p)
    else:
        text = decode_bytes(data, str(p))
        if fmt == "tsv":
            segments = parse_tsv(text, str(p), comma=p.suffix.lower() == ".csv")
        else:
            from glossary.mining.layout import segments_from_text

            segments = segments_from_text(text)
    if not any(s.zh for s in segments):
        raise InputError(f"{p}: no Chinese text found")
    return BilingualDocument(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        format=fmt,
        segments=segments,
    )


def detect_format(path: Path, data: bytes) -> str:
    """Guess ``"tmx"``, ``"tsv"`` or ``"text"`` from the extension and the content."""
    ext = path.suffix.lower()
    head = data[:4096]
    if ext in _TMX_EXT:
        return "tmx"
    if _looks_like_xml(head):
        return "tmx"
    if ext in _TSV_EXT:
        return "tsv"
    text = decode_bytes(data, str(path))
    return "tsv" if _looks_like_tsv(text) else "text"


def _looks_like_xml(head: bytes) -> bool:
    for codec in ("utf-8", "utf-16"):
        try:
            start = head.decode(codec, errors="ignore").lstrip("\ufeff \t\r\n")
        except LookupError:  # pragma: no cover - both codecs exist
            continue
        if start.startswith("<?xml") or start.startswith("<tmx"):
            return True
    return False


def _looks_like_tsv(text: str) -> bool:
    """Most non-empty lines have a tab, with Chinese on one side and Latin on another."""
    lines = [ln for ln in text.splitlines()[:200] if ln.strip()]
    if not lines:
        return False
    tabbed = 0
    for line in lines:
        cells = line.split("\t")
        if (
            len(cells) >= 2
            and any(has_cjk(c) for c in cells)
            and any(cjk_ratio(c) < 0.2 and any(ch.isalpha() for ch in c) for c in cells)
        ):
            tabbed += 1
    return tabbed >= max(1, 0.6 * len(lines))


# ---------------------------------------------------------------------------- TSV


def _split_rows(text: str, delimiter: str) -> list[list[str]]:
    """Rows of a delimited file; quoted fields are unquoted (``""`` -> ``"``).

    If the csv module would swallow line breaks because of a stray quote at the start
    of an unquoted field, fall back to a plain split per line.
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    try:
        rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter, strict=True) if r]
    except csv.Error:
        rows = []
    if not rows or len(rows) < 0.9 * len(lines) and any("\n" in c for r in rows for c in r):
        rows = [ln.split(delimiter) for ln in lines]
    return rows


def parse_tsv(text: str, name: str = "input", comma: bool = False) -> list[AlignedSegment]:
    """Segments of a TSV (or CSV) text: columns found by script, header optional."""
    delimiter = "\t"
    if comma and "\t" not in text:
        delimiter = ","
    rows = _split_rows(text, delimiter)
    width = max((len(r) for r in rows), default=0)
    if width < 2:
        raise InputError(f"{name}: not a TSV file with a Chinese and an English column")
    body = rows[1:] if len(rows) > 1 else rows
    zh_score = [0.0] * width
    en_score = [0.0] * width
    for row in body[:500]:
        for i, cell in enumerate(row):
            if not cell.strip():
                continue
            ratio = cjk_ratio(cell)
            zh_score[i] += ratio
            if ratio < 0.2 and any(ch.isalpha() and ch.isascii() for ch in cell):
                en_score[i] += 1.0
    zh_col = max(range(width), key=lambda i: (zh_score[i], -i))
    en_candidates = [i for i in range(width) if i != zh_col]
    en_col = max(en_candidates, key=lambda i: (en_score[i], -i))
    if zh_score[zh_col] <= 0:
        raise InputError(f"{name}: no column with Chinese text")
    if en_score[en_col] <= 0:
        raise InputError(f"{name}: no column with English text")
    first = rows[0]
    if _is_header(first, zh_col, en_col):
        rows = rows[1:]
    segments: list[AlignedSegment] = []
    for row in rows:
        zh = row[zh_col].strip() if zh_col < len(row) else ""
        en = row[en_col].strip() if en_col < len(row) else ""
        if zh or en:
            segments.append(AlignedSegment(zh=zh, en=en, index=len(segments) + 1))
    return segments


def _is_header(row: list[str], zh_col: int, en_col: int) -> bool:
    cells = [c.strip().lower() for c in row]
    if any(c in _HEADER_WORDS for c in cells if c):
        return all(len(c) <= 20 for c in cells)
    zh = cells[zh_col] if zh_col < len(cells) else ""
    return bool(zh) and not has_cjk(zh) and len(zh) <= 20


# ---------------------------------------------------------------------------- TMX

_INLINE_CODE = {"bpt", "ept", "it", "ph", "ut"}


def _seg_text(seg: object) -> str:
    """Text of a TMX ``<seg>``: inline markup codes (bpt/ept/it/ph/ut) dropped, rest kept."""
    from glossary.xmlsafe import local_name

    parts: list[str] = []

    def walk(elem: object) -> None:
        """Collect text and tails, skipping the content of inline codes."""
        text = getattr(elem, "text", None)
        if text:
            parts.append(text)
        for child in elem:  # type: ignore[attr-defined]
            if local_name(child.tag) not in _INLINE_CODE:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(seg)
    return " ".join("".join(parts).split())


def _tuv_lang(tuv: object) -> str:
    from glossary.xmlsafe import XML_LANG

    get = tuv.get  # type: ignore[attr-defined]
    return (get(XML_LANG) or get("lang") or get("{}lang") or "").strip().lower()


def read_tmx_segments(path: Path) -> list[AlignedSegment]:
    """Translation units of a TMX 1.4 (``xml:lang``) or 1.1 (``lang``) file, streamed."""
    from glossary.xmlsafe import iterparse_file, local_name, release

    segments: list[AlignedSegment] = []
    saw_root = False
    for event, elem in iterparse_file(path, events=("start", "end")):
        name = local_name(elem.tag)
        if event == "start":
            if not saw_root:
                saw_root = True
                if name != "tmx":
                    raise InputError(f"{path}: not a TMX file (root element <{name}>)")
            continue
        if name != "tu":
            continue
        zh = en = ""
        for tuv in elem:
            if local_name(tuv.tag) != "tuv":
                continue
            lang = _tuv_lang(tuv)
            seg = next((c for c in tuv if local_name(c.tag) == "seg"), None)
            if seg is None:
                continue
            text = _seg_text(seg)
            if lang.startswith("zh") and not zh:
                zh = text
            elif lang.startswith("en") and not en:
                en = text
        if zh or en:
            segments.append(AlignedSegment(zh=zh, en=en, index=len(segments) + 1))
        release(elem)  # memory stays flat on large memories
    if not saw_root:
        raise InputError(f"{path}: the file is empty")
    return segments
