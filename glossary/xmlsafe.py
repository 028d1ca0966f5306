"""Hardened XML parsing for files from outside (TBX, TMX, XLIFF).

Rules: no entity expansion, no DTD loading, no network, libxml2's default size
limits (``huge_tree`` off: a gigantic text node is an error). A document whose
DOCTYPE declares entities is refused outright (billion laughs, external entities);
a plain ``<!DOCTYPE martif SYSTEM "...dtd">`` as TBX v2 files carry is accepted and
its DTD is never read. Every failure is an :class:`InputError` with one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glossary.errors import InputError

if TYPE_CHECKING:
    from lxml import etree

_PROLOG_BYTES = 65536
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _prolog_text(head: bytes) -> bytes:
    """The prolog bytes, transcoded to ASCII-compatible form if the file is UTF-16/32."""
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return head.decode(codec, errors="ignore").encode("utf-8", errors="ignore")
    if head[:2] == b"<\x00":
        return head.decode("utf-16-le", errors="ignore").encode("utf-8", errors="ignore")
    if head[:2] == b"\x00<":
        return head.decode("utf-16-be", errors="ignore").encode("utf-8", errors="ignore")
    return head


def check_prolog(head: bytes, name: str) -> None:
    """Refuse a document whose DOCTYPE declares entities (the classic XML attacks)."""
    text = _prolog_text(head)
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    doctype = _DOCTYPE.search(text)
    if doctype and _ENTITY_DECL.search(text, doctype.start()):
        raise InputError(
            f"{name}: the XML declares entities in its DOCTYPE; refused for safety "
            "(remove the DOCTYPE's internal subset)"
        )


def _parser_options() -> dict[str, Any]:
    return {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
        "remove_comments": True,
        "remove_pis": True,
    }


def _describe(exc: Exception) -> str:
    msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return msg


def _read_head(path: Path) -> bytes:
    from glossary.encoding import read_bytes

    return read_bytes(path, _PROLOG_BYTES)


def _refuse_entity_refs(root: etree._Element, name: str) -> None:
    from lxml import etree

    for node in root.iter(etree.Entity):
        raise InputError(f"{name}: the XML uses the entity &{node.name}; refused for safety")


def parse_xml_file(path: str | Path) -> etree._ElementTree:
    """Parse a whole XML file safely. For large files prefer :func:`iterparse_file`."""
    from lxml import etree

    p = Path(path)
    check_prolog(_read_head(p), str(p))
    parser = etree.XMLParser(**_parser_options())
    try:
        tree = etree.parse(str(p), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{p}: not well-formed XML ({_describe(exc)})") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({_describe(exc)})") from None
    _refuse_entity_refs(tree.getroot(), str(p))
    return tree


def parse_xml_bytes(data: bytes, name: str = "input") -> etree._Element:
    """Parse XML held in memory safely; returns the root element."""
    from lxml import etree

    check_prolog(data[:_PROLOG_BYTES], name)
    parser = etree.XMLParser(**_parser_options())
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: not well-formed XML ({_describe(exc)})") from None
    if root is None:
        raise InputError(f"{name}: the file is empty")
    _refuse_entity_refs(root, name)
    return root


def iterparse_file(
    path: str | Path, events: tuple[str, ...] = ("end",), tag: Any = None
) -> Iterator[tuple[str, etree._Element]]:
    """Stream ``(event, element)`` pairs from an XML file with the hardened options.

    The caller should ``elem.clear()`` what it has consumed so memory stays flat.
    Syntax errors surface as :class:`InputError` from the iteration.
    """
    from lxml import etree

    p = Path(path)
    check_prolog(_read_head(p), str(p))
    try:
        for event, elem in etree.iterparse(str(p), events=events, tag=tag, **_parser_options()):
            if isinstance(elem, etree._Entity):
                raise InputError(f"{p}: the XML uses the entity &{elem.name}; refused for safety")
            yield event, elem
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{p}: not well-formed XML ({_describe(exc)})") from None


def release(elem: etree._Element) -> None:
    """Free a consumed element and the siblings before it, so streaming stays flat."""
    elem.clear()
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def local_name(tag: Any) -> str:
    """``{ns}name`` -> ``name``; comments and PIs give ``""``."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
