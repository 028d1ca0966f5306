"""JSON: the lossless interchange format of the glossary.

The file is one JSON object, written one concept per line so it streams both ways::

    {"format": "glossary", "version": 1, "concepts": [
    {"id": 12, "status": "approved", "subject": "...", ..., "terms": [...], "evidence": [...]},
    ...
    ]}

Every field of a concept is there except its ``version`` (a new database starts at
1) and the ids of terms and evidence (the database gives new ones). Reading also
accepts a plain list of concepts, JSON Lines (one concept per line), and simple
records ``{"zh": ..., "en": ...}`` with optional ``subject``, ``definition``,
``note``, ``source`` and ``status``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from glossary.errors import InputError
from glossary.formats import Cleaner, ReadReport, format_timestamp, parse_timestamp
from glossary.records import CONCEPT_STATUSES, ConceptView, EvidenceView, TermView

FORMAT_TAG = "glossary"
VERSION = 1
_HEAD = '{"format": "glossary", "version": 1, "concepts": ['


def concept_to_dict(view: ConceptView) -> dict[str, Any]:
    """The JSON object of one concept (see the module docstring)."""
    return {
        "id": view.id,
        "status": view.status,
        "subject": view.subject,
        "definition": view.definition,
        "note": view.note,
        "score": view.score,
        "count": view.count,
        "check": view.check,
        "created_at": format_timestamp(view.created_at) or None,
        "created_by": view.created_by,
        "updated_at": format_timestamp(view.updated_at) or None,
        "updated_by": view.updated_by,
        "terms": [
            {"lang": t.lang, "text": t.text, "status": t.status, "source": t.source, "note": t.note}
            for t in view.terms
        ],
        "evidence": [
            {
                "document": e.document,
                "zh_context": e.zh_context,
                "en_context": e.en_context,
                "position": e.position,
            }
            for e in view.evidence
        ],
    }


def write_json(concepts: Iterable[ConceptView], out: IO[bytes], cleaner: Cleaner) -> int:
    """Write the glossary JSON document to ``out``, one concept per line."""
    out.write(_HEAD.encode())
    count = 0
    for view in concepts:
        cleaner.clean(view, f"#{view.id}")
        line = json.dumps(concept_to_dict(view), ensure_ascii=False)
        out.write(("\n" if count == 0 else ",\n").encode() + line.encode("utf-8"))
        count += 1
    out.write(b"\n]}\n")
    return count


# ------------------------------------------------------------------ reading


class _Where:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)


def _str(obj: dict[str, Any], key: str, where: _Where) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{where}: {key!r} must be a string, not {type(value).__name__}")
    return value


def _int(obj: dict[str, Any], key: str, where: _Where, default: int = 0) -> int:
    value = obj.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{where}: {key!r} must be a whole number")
    return value


def concept_from_dict(obj: Any, where: Any) -> ConceptView:
    """A ConceptView from one JSON object; :class:`InputError` naming ``where`` if bad."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: each concept must be a JSON object")
    if "terms" not in obj and ("zh" in obj or "en" in obj):
        return _simple(obj, where)
    terms_in = obj.get("terms")
    if not isinstance(terms_in, list):
        raise InputError(f"{where}: 'terms' must be a list")
    status = _str(obj, "status", where) or "approved"
    if status not in CONCEPT_STATUSES:
        raise InputError(f"{where}: unknown status {status!r} (use {', '.join(CONCEPT_STATUSES)})")
    score = obj.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)):
        raise InputError(f"{where}: 'score' must be a number")
    check = obj.get("check", True)
    if not isinstance(check, bool):
        raise InputError(f"{where}: 'check' must be true or false")
    ident = obj.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, int)):
        raise InputError(f"{where}: 'id' must be a whole number")
    view = ConceptView(
        id=ident if ident and ident > 0 else None,
        status=status,
        subject=_str(obj, "subject", where),
        definition=_str(obj, "definition", where),
        note=_str(obj, "note", where),
        score=float(score) if score is not None else None,
        count=_int(obj, "count", where),
        check=check,
        created_at=parse_timestamp(_str(obj, "created_at", where), str(where)),
        created_by=_str(obj, "created_by", where),
        updated_at=parse_timestamp(_str(obj, "updated_at", where), str(where)),
        updated_by=_str(obj, "updated_by", where),
    )
    for t in terms_in:
        if not isinstance(t, dict):
            raise InputError(f"{where}: each term must be a JSON object")
        lang = _str(t, "lang", where)
        if lang not in ("zh", "en"):
            raise InputError(f"{where}: term language {lang!r} (use zh or en)")
        view.terms.append(
            TermView(
                None,
                lang,
                _str(t, "text", where),
                _str(t, "status", where) or "preferred",
                _str(t, "source", where),
                _str(t, "note", where),
            )
        )
    evidence = obj.get("evidence") or []
    if not isinstance(evidence, list):
        raise InputError(f"{where}: 'evidence' must be a list")
    for e in evidence:
        if not isinstance(e, dict):
            raise InputError(f"{where}: each evidence must be a JSON object")
        view.evidence.append(
            EvidenceView(
                None,
                _str(e, "document", where),
                _str(e, "zh_context", where),
                _str(e, "en_context", where),
                _int(e, "position", where),
            )
        )
    return view


def _simple(obj: dict[str, Any], where: Any) -> ConceptView:
    """``{"zh", "en", ...}`` records (e.g. from ``glossary mine --json``)."""
    status = _str(obj, "status", where) or "approved"
    if status not in CONCEPT_STATUSES:
        # mine --json says new/known/variant: those are proposals for review
        status = "candidate"
    source = _str(obj, "source", where)
    view = ConceptView(
        id=None,
        status=status,
        subject=_str(obj, "subject", where),
        definition=_str(obj, "definition", where),
        note=_str(obj, "note", where),
        terms=[
            TermView(None, "zh", _str(obj, "zh", where), "preferred", source),
            TermView(None, "en", _str(obj, "en", where), "preferred", source),
        ],
    )
    score = obj.get("score")
    if isinstance(score, int | float) and not isinstance(score, bool):
        view.score = float(score)
    count = obj.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        view.count = count
    for e in obj.get("evidence") or []:
        if isinstance(e, dict) and ("zh_context" in e or "en_context" in e):
            view.evidence.append(
                EvidenceView(None, "", _str(e, "zh_context", where), _str(e, "en_context", where))
            )
    return view


WHOLE_FILE = 8 * 1024 * 1024


def _lines(path: Path) -> Iterator[str]:
    """The file's lines. Up to 8 MB the file is decoded whole, in whatever encoding it
    is in (:mod:`glossary.encoding`); larger files are streamed as UTF-8, as JSON
    should be. Lines end at line feeds only, never inside a JSON string."""
    import io

    with path.open("rb") as fh:
        head = fh.read(4)
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head
    if utf16 or path.stat().st_size <= WHOLE_FILE:
        from glossary.encoding import read_text

        yield from io.StringIO(read_text(path), newline="")
        return
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            yield from fh
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


def read_json(path: Path, report: ReadReport) -> Iterator[ConceptView]:
    """Stream the concepts of a glossary JSON file (or a JSON Lines file)."""
    report.format = "JSON"
    where = _Where(path)
    lines = _lines(path)
    first = ""
    n = 0
    for first in lines:
        n += 1
        if first.strip():
            break
    if not first.strip():
        raise InputError(f"{path}: the file is empty")
    stripped = first.strip()
    if stripped == _HEAD:
        yield from _read_ours(lines, n, where, report)
        return
    if stripped.startswith("{") and stripped.endswith("}"):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict) and ("terms" in obj or "zh" in obj or "en" in obj):
            yield from _read_lines(obj, lines, n, where, report)
            return
    # Anything else: the whole document at once.
    text = first + "".join(lines)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    if isinstance(data, dict):
        if data.get("format") not in (None, FORMAT_TAG):
            raise InputError(f"{path}: not a glossary JSON file (format {data.get('format')!r})")
        data = data.get("concepts")
    if not isinstance(data, list):
        raise InputError(f'{path}: expected a list of concepts or {{"concepts": [...]}}')
    for i, obj in enumerate(data, 1):
        report.entries += 1
        yield concept_from_dict(obj, f"{path}: concept {i}")


def _read_ours(
    lines: Iterator[str], n: int, where: _Where, report: ReadReport
) -> Iterator[ConceptView]:
    ended = False
    for line in lines:
        n += 1
        where.line = n
        text = line.strip()
        if not text:
            continue
        if ended:
            raise InputError(f"{where}: text after the end of the JSON document")
        if text == "]}":
            ended = True
            continue
        if text.endswith(","):
            text = text[:-1]
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        report.entries += 1
        yield concept_from_dict(obj, where)
    if not ended:
        raise InputError(f"{where.path}: the JSON document is cut short (no closing ']}}')")


def _read_lines(
    first: dict[str, Any], lines: Iterator[str], n: int, where: _Where, report: ReadReport
) -> Iterator[ConceptView]:
    """JSON Lines: one concept object per line."""
    where.line = n
    report.entries += 1
    yield concept_from_dict(first, where)
    for line in lines:
        n += 1
        where.line = n
        text = line.strip()
        if not text:
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        report.entries += 1
        yield concept_from_dict(obj, where)
