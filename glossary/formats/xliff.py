"""XLIFF reader (1.2 and 2.x): the source and target of every unit, Chinese–English.

- XLIFF 1.x: ``<file source-language target-language>`` holding ``<trans-unit>``
  elements (also inside ``<group>``) with ``<source>`` and ``<target>``; ``<alt-trans>``
  proposals are ignored.
- XLIFF 2.x: ``<xliff srcLang trgLang>`` holding ``<unit>`` elements whose
  ``<segment>`` and ``<ignorable>`` children carry ``<source>`` and ``<target>``; a
  unit's segments are joined in document order.

Inline markup: the text of paired codes and annotations (``g``, ``mrk``, ``pc``) is
kept; native code (``ph``, ``bpt``, ``ept``, ``it``, ``sub``) and placeholders (``x``,
``bx``, ``ex``, ``sc``, ``ec``, ``sm``, ``em``) are dropped; ``<cp hex="..."/>`` gives
its character. The Chinese side is the one whose language tag starts with ``zh``;
without language tags, the side with more Chinese characters. The file is parsed
with :mod:`glossary.xmlsafe` (no entities, no DTD, no network) and streamed.
Everything wrong with the input is an :class:`~glossary.errors.InputError`.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glossary.errors import InputError
from glossary.text import cjk_ratio

if TYPE_CHECKING:
    from glossary.mining.model import BilingualDocument

__all__ = ["XLIFF_EXTENSIONS", "XliffUnit", "looks_like_xliff", "read_xliff", "read_xliff_units"]

XLIFF_EXTENSIONS = (".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff")
_DROP = {"ph", "bpt", "ept", "it", "sub", "x", "bx", "ex", "sc", "ec", "sm", "em"}
_UNIT = {"trans-unit", "unit"}


@dataclass(frozen=True)
class XliffUnit:
    """One unit as written in the file: its id, texts and the declared languages."""

    id: str
    source: str
    target: str
    source_lang: str
    target_lang: str


def looks_like_xliff(path: str | Path, head: bytes | None = None) -> bool:
    """True if the file name or its first bytes say XLIFF."""
    p = Path(path)
    if p.suffix.lower() in XLIFF_EXTENSIONS:
        return True
    if head is None:
        try:
            with p.open("rb") as fh:
                head = fh.read(4096)
        except OSError:
            return False
    for codec in ("utf-8", "utf-16"):
        try:
            text = head.decode(codec, errors="ignore")
        except LookupError:  # pragma: no cover - both codecs exist
            continue
        if "<xliff" in text:
            return True
    return False


def _inline_text(elem: Any) -> str:
    """Text of a ``<source>``/``<target>`` with inline codes handled (see module doc)."""
    from glossary.xmlsafe import local_name

    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            name = local_name(child.tag)
            if name == "cp":
                with contextlib.suppress(ValueError, OverflowError):
                    parts.append(chr(int(child.get("hex", ""), 16)))
            elif name and name not in _DROP:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(elem)
    return " ".join("".join(parts).split())


def _child_text(elem: Any, name: str) -> str | None:
    from glossary.xmlsafe import local_name

    for child in elem:
        if local_name(child.tag) == name:
            return _inline_text(child)
    return None


def read_xliff_units(path: str | Path) -> list[XliffUnit]:
    """Every unit of an XLIFF 1.2 or 2.x file, in document order (streamed)."""
    from glossary.xmlsafe import iterparse_file, local_name, release

    p = Path(path)
    units: list[XliffUnit] = []
    version = ""
    src_lang = trg_lang = ""
    saw_root = False
    depth_in_unit = 0
    for event, elem in iterparse_file(p, events=("start", "end")):
        name = local_name(elem.tag)
        if event == "start":
            if not saw_root:
                saw_root = True
                if name != "xliff":
                    raise InputError(f"{p}: not an XLIFF file (root element <{name}>)")
                version = (elem.get("version") or "").strip()
                if not version:
                    ns = elem.tag[1:].split("}", 1)[0] if elem.tag.startswith("{") else ""
                    version = ns.rsplit(":", 1)[-1] if ns else ""
                if not version or version.split(".", 1)[0] not in ("1", "2"):
                    raise InputError(
                        f"{p}: unsupported XLIFF version {version or '(none)'!r} "
                        "(1.2 and 2.x are supported)"
                    )
                src_lang = (elem.get("srcLang") or "").strip()
                trg_lang = (elem.get("trgLang") or "").strip()
            elif name == "file" and version.startswith("1"):
                src_lang = (elem.get("source-language") or "").strip()
                trg_lang = (elem.get("target-language") or "").strip()
            elif name in _UNIT:
                depth_in_unit += 1
            continue
        if name not in _UNIT:
            continue
        depth_in_unit -= 1
        unit_id = elem.get("id") or str(len(units) + 1)
        if version.startswith("1"):
            source = _child_text(elem, "source")
            if source is None:
                raise InputError(f"{p}: trans-unit {unit_id!r} has no <source>")
            target = _child_text(elem, "target") or ""
        else:
            src_parts: list[str] = []
            trg_parts: list[str] = []
            found = False
            for child in elem:
                if local_name(child.tag) not in ("segment", "ignorable"):
                    continue
                s = _child_text(child, "source")
                if s is None:
                    raise InputError(f"{p}: unit {unit_id!r} has a segment without <source>")
                found = True
                src_parts.append(s)
                trg_parts.append(_child_text(child, "target") or "")
            if not found:
                raise InputError(f"{p}: unit {unit_id!r} has no <segment>")
            source = " ".join(x for x in src_parts if x)
            target = " ".join(x for x in trg_parts if x)
        units.append(XliffUnit(unit_id, source, target, src_lang, trg_lang))
        if depth_in_unit == 0:
            release(elem)
    if not saw_root:
        raise InputError(f"{p}: the file is empty")
    return units


def _zh_side(units: list[XliffUnit], name: str) -> str:
    """``"source"`` or ``"target"``: which side of these units is Chinese."""
    src = units[0].source_lang.lower()
    trg = units[0].target_lang.lower()
    if src.startswith("zh"):
        return "source"
    if trg.startswith("zh"):
        return "target"
    if src and trg:
        raise InputError(
            f"{name}: neither language is Chinese (source {src!r}, target {trg!r}); "
            "glossary check needs Chinese–English units"
        )
    src_cjk = sum(cjk_ratio(u.source) for u in units)
    trg_cjk = sum(cjk_ratio(u.target) for u in units)
    return "target" if trg_cjk > src_cjk else "source"


def read_xliff(path: str | Path) -> BilingualDocument:
    """Read an XLIFF file into a :class:`~glossary.mining.model.BilingualDocument`.

    Segment ``index`` is the unit's position (1-based). Each ``<file>`` of a 1.2
    document decides its own direction (zh->en or en->zh).
    """
    from glossary.mining.model import AlignedSegment, BilingualDocument

    p = Path(path)
    units = read_xliff_units(p)
    if not units:
        raise InputError(f"{p}: no translation units found")
    segments: list[AlignedSegment] = []
    run: list[XliffUnit] = []

    def flush() -> None:
        if not run:
            return
        side = _zh_side(run, str(p))
        for u in run:
            zh, en = (u.source, u.target) if side == "source" else (u.target, u.source)
            segments.append(AlignedSegment(zh=zh, en=en, index=len(segments) + 1))
        run.clear()

    for unit in units:
        if run and (unit.source_lang, unit.target_lang) != (run[0].source_lang, run[0].target_lang):
            flush()
        run.append(unit)
    flush()
    if not any(s.zh for s in segments):
        raise InputError(f"{p}: no Chinese text found")
    data = p.read_bytes()
    return BilingualDocument(
        name=p.name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        format="xliff",
        segments=segments,
    )
