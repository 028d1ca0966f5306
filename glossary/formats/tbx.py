"""TBX (ISO 30042) in both versions: v2 ``martif`` and v3 ``tbx``, read and written.

**Writing** produces TBX-Basic: v2 (``<martif type="TBX-Basic">``, which OmegaT,
Trados, memoQ, Phrase, Okapi and translate-toolkit/Weblate read) or v3 DCA
(``<tbx type="TBX-Basic" style="dca">``). Each concept becomes an entry ``c<id>``:

- concept level: ``subjectField``, ``definition``, ``note``, transactions
  (``origination`` and ``modification`` with date and ``responsibility``);
- one ``langSet``/``langSec`` per language (``zh-Hans``, ``en``), one ``tig``/``termSec``
  per rendering, preferred first, with ``administrativeStatus``
  (``preferredTerm-admn-sts`` ...), ``source`` and ``note``;
- evidence as ``context`` on the preferred term of each language, the two halves of
  one evidence row linked by their ids (``c12-ev1-zh`` / ``c12-ev1-en``), the document
  as the context's ``source``;
- what TBX-Basic has no data category for (entry status other than approved, miner
  score and count, the QA switch, evidence positions, and in v2 the time of day
  that ``<date>`` cannot hold) goes into one concept-level note with the id
  ``c<id>-glossary`` whose text starts ``glossary:``, e.g.
  ``glossary: status=candidate; score=0.82; count=3``. Nothing is lost.

Writing streams: :class:`lxml.etree.xmlfile` writes the document (declaration,
namespaces, header, ``text`` and ``body``), and each entry in turn is serialized by
:func:`entry_serializer` straight into the same file, so memory does not grow with
the glossary. (Building lxml elements for every entry cost most of the time budget
for 100,000 entries; the serializer writes byte for byte what lxml would, which a
test checks.)

**Reading** accepts v2 and v3, with or without the TBX namespace, ``langSet`` or
``langSec``, ``tig``, ``ntig`` or ``termSec``, DCA (``<descrip type="definition">``)
or DCT (``<basic:definition>``) style, ``administrativeStatus`` or the newer
``usageStatus``. It streams (:func:`glossary.xmlsafe.iterparse_file`, elements are
cleared as they are consumed) and checks as it goes. A file is refused, with its
line number, when it breaks the core structure (``term`` not first or not alone in
its ``termSec``, a group with more than one main element, a data-category element
without ``type``, stray text or elements where TBX has none, a ``langSec`` without
``xml:lang`` or without terms, an unresolved entity) or, for files that declare
TBX-Basic or TBX-Min, that dialect's rules (allowed data categories, the levels
they may appear at, picklist values). Status values we cannot map are refused in
any dialect, since guessing could make a deprecated rendering preferred.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from glossary.errors import InputError
from glossary.formats import (
    LANG_TAGS,
    Cleaner,
    ReadReport,
    format_timestamp,
    lang_of,
    parse_timestamp,
)
from glossary.records import ConceptView, EvidenceView, TermView

if TYPE_CHECKING:
    from lxml import etree

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"

STATUS_TO_ADMIN = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
    "superseded": "supersededTerm-admn-sts",
}
# administrativeStatus (and the older normativeAuthorization) values, with or
# without the "-admn-sts" suffix, and usageStatus values, to our term statuses.
_STATUS_WORDS = {
    "preferred": "preferred",
    "admitted": "admitted",
    "deprecated": "deprecated",
    "superseded": "superseded",
    "notrecommended": "deprecated",
    "obsolete": "superseded",
    "standardized": "preferred",
    "legal": "preferred",
    "regulated": "preferred",
}
_STATUS_CATEGORIES = ("administrativeStatus", "usageStatus", "normativeAuthorization")

META_PREFIX = "glossary:"
META_ID_SUFFIX = "-glossary"
_EVIDENCE_ID = re.compile(r"-ev(\d+)-(zh|en)$")
_ENTRY_ID = re.compile(r"^[A-Za-z_]*(\d+)$")


@dataclass(frozen=True)
class _Names:
    """Element names of one TBX version."""

    version: int
    root: str
    header: str
    entry: str
    lang: str
    term: str


V2 = _Names(2, "martif", "martifHeader", "termEntry", "langSet", "tig")
V3 = _Names(3, "tbx", "tbxHeader", "conceptEntry", "langSec", "termSec")


# ======================================================================= writing


def _meta_note(view: ConceptView, version: int, created: str, updated: str) -> str:
    """The ``glossary:`` note for what TBX-Basic cannot say; ``""`` if nothing."""
    parts: list[str] = []
    if view.status != "approved":
        parts.append(f"status={view.status}")
    if view.score is not None:
        parts.append(f"score={float(view.score)!r}")
    if view.count:
        parts.append(f"count={int(view.count)}")
    if not view.check:
        parts.append("check=off")
    if version == 2:
        for key, stamp in (("created", created), ("updated", updated)):
            if stamp and not stamp.endswith("T00:00:00Z"):
                parts.append(f"{key}={stamp}")
    if view.evidence and any(e.position for e in view.evidence):
        parts.append("positions=" + ",".join(str(int(e.position)) for e in view.evidence))
    return f"{META_PREFIX} " + "; ".join(parts) if parts else ""


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def _esc(text: str) -> str:
    """Escape element content as lxml does (``&``, ``<``, ``>``, and CR as ``&#13;``)."""
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        return text.translate(_TEXT_ESCAPES)
    return text


def entry_serializer(names: _Names) -> Callable[[ConceptView], str]:
    """A function giving one concept as the text of a ``termEntry`` (v2) or
    ``conceptEntry`` (v3), indented to sit in ``<body>``.

    A small dedicated serializer: building lxml elements costs 40-70 µs an entry,
    most of the export budget for 100,000 entries; this costs a tenth of that. It
    writes exactly what lxml writes for the same elements (a test checks that,
    byte for byte), and the document around the entries is written by
    :class:`lxml.etree.xmlfile`. The caller has removed the characters XML 1.0
    cannot carry (:class:`~glossary.formats.Cleaner`); attribute values are ids,
    language tags and fixed names that need no escaping.
    """
    version = names.version
    entry_tag, lang_tag, term_tag = names.entry, names.lang, names.term
    i1, i2, i3, i4 = ("\n" + "  " * n for n in range(4, 8))
    lang_open = {lang: f'{i1}<{lang_tag} xml:lang="{LANG_TAGS[lang]}">' for lang in ("zh", "en")}
    lang_close = f"{i1}</{lang_tag}>"
    admin = {
        status: f'{i3}<termNote type="administrativeStatus">{value}</termNote>'
        for status, value in STATUS_TO_ADMIN.items()
    }

    def transaction(out: list[str], kind: str, stamp: str, who: str) -> None:
        if not stamp and not who:
            return
        out.append(f'{i1}<transacGrp>{i2}<transac type="transactionType">{kind}</transac>')
        if who:
            out.append(f'{i2}<transacNote type="responsibility">{_esc(who)}</transacNote>')
        if stamp:
            out.append(f"{i2}<date>{stamp[:10] if version == 2 else stamp}</date>")
        out.append(f"{i1}</transacGrp>")

    def contexts(out: list[str], view: ConceptView, lang: str, cid: str) -> None:
        for k, ev in enumerate(view.evidence, 1):
            text = ev.zh_context if lang == "zh" else ev.en_context
            if not text and not (lang == "zh" and not ev.en_context):
                continue  # a row with both contexts empty is kept on the zh side
            out.append(
                f'{i3}<descripGrp>{i4}<descrip type="context" id="{cid}-ev{k}-{lang}">'
                f"{_esc(text)}</descrip>"
            )
            if ev.document:
                out.append(f'{i4}<admin type="source">{_esc(ev.document)}</admin>')
            out.append(f"{i3}</descripGrp>")

    def serialize(view: ConceptView) -> str:
        cid = f"c{view.id}"
        out = [f'<{entry_tag} id="{cid}">']
        if view.subject:
            out.append(f'{i1}<descrip type="subjectField">{_esc(view.subject)}</descrip>')
        if view.definition:
            out.append(f'{i1}<descrip type="definition">{_esc(view.definition)}</descrip>')
        created = format_timestamp(view.created_at)
        updated = format_timestamp(view.updated_at)
        transaction(out, "origination", created, view.created_by)
        transaction(out, "modification", updated, view.updated_by)
        if view.note:
            out.append(f"{i1}<note>{_esc(view.note)}</note>")
        meta = _meta_note(view, version, created, updated)
        if meta:
            out.append(f'{i1}<note id="{cid}{META_ID_SUFFIX}">{_esc(meta)}</note>')
        for lang in ("zh", "en"):
            terms = view.renderings(lang)
            if not terms:
                continue
            out.append(lang_open[lang])
            first = True
            for term in terms:
                out.append(f"{i2}<{term_tag}>{i3}<term>{_esc(term.text)}</term>")
                out.append(admin[term.status])
                if first:
                    first = False
                    if view.evidence:
                        contexts(out, view, lang, cid)
                if term.source:
                    out.append(f'{i3}<admin type="source">{_esc(term.source)}</admin>')
                if term.note:
                    out.append(f"{i3}<note>{_esc(term.note)}</note>")
                out.append(f"{i2}</{term_tag}>")
            out.append(lang_close)
        out.append(f"\n      </{entry_tag}>")
        return "".join(out)

    return serialize


def _header(xf: Any, names: _Names) -> None:
    from lxml import etree

    header = etree.Element(names.header)
    desc = etree.SubElement(header, "fileDesc")
    src = etree.SubElement(desc, "sourceDesc")
    etree.SubElement(src, "p").text = "Chinese–English glossary exported by glossary."
    if names.version == 2:
        enc = etree.SubElement(header, "encodingDesc")
        etree.SubElement(enc, "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
    etree.indent(header, space="  ", level=1)
    xf.write("\n  ")
    xf.write(header)


def _write_tbx(
    concepts: Iterable[ConceptView], out: IO[bytes], cleaner: Cleaner, names: _Names
) -> int:
    from lxml import etree

    count = 0
    it = iter(concepts)
    first = next(it, None)
    root_attrib = {"type": "TBX-Basic"}
    nsmap: dict[str | None, str] = {"xml": XML_NS}
    root_tag = names.root
    if names.version == 3:
        root_attrib["style"] = "dca"
        nsmap[None] = TBX_NS
        root_tag = f"{{{TBX_NS}}}{names.root}"
    root_attrib[XML_LANG] = LANG_TAGS["zh"]

    def tag(local: str) -> str:
        return f"{{{TBX_NS}}}{local}" if names.version == 3 else local

    with etree.xmlfile(out, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element(root_tag, root_attrib, nsmap=nsmap):
            _header(xf, names)
            xf.write("\n  ")
            with xf.element(tag("text")):
                # TBX v3 wants at least one conceptEntry in a <body>: an empty
                # glossary has none. v2 requires <body>; it stays empty.
                if first is not None or names.version == 2:
                    xf.write("\n    ")
                    with xf.element(tag("body")):
                        serialize = entry_serializer(names)
                        clean = cleaner.clean
                        xf.write("\n")
                        xf.flush()
                        view = first
                        chunk: list[str] = []
                        while view is not None:
                            clean(view, f"#{view.id}")
                            chunk.append("      ")
                            chunk.append(serialize(view))
                            chunk.append("\n")
                            count += 1
                            if len(chunk) >= 600:
                                out.write("".join(chunk).encode("utf-8"))
                                chunk.clear()
                            view = next(it, None)
                        out.write("".join(chunk).encode("utf-8"))
                        xf.write("    ")
                xf.write("\n  ")
            xf.write("\n")
    out.write(b"\n")
    return count


def write_tbx2(concepts: Iterable[ConceptView], out: IO[bytes], cleaner: Cleaner) -> int:
    """Write TBX v2 TBX-Basic (``martif``) to ``out``; returns the number of entries."""
    return _write_tbx(concepts, out, cleaner, V2)


def write_tbx3(concepts: Iterable[ConceptView], out: IO[bytes], cleaner: Cleaner) -> int:
    """Write TBX v3 TBX-Basic, DCA style, to ``out``; returns the number of entries."""
    return _write_tbx(concepts, out, cleaner, V3)


# ======================================================================= reading

# Data categories of the DCT style (element name -> DCA element and type).
DCT = {
    "subjectField": ("descrip", "subjectField"),
    "definition": ("descrip", "definition"),
    "context": ("descrip", "context"),
    "source": ("admin", "source"),
    "customerSubset": ("admin", "customerSubset"),
    "projectSubset": ("admin", "projectSubset"),
    "administrativeStatus": ("termNote", "administrativeStatus"),
    "usageStatus": ("termNote", "usageStatus"),
    "normativeAuthorization": ("termNote", "normativeAuthorization"),
    "partOfSpeech": ("termNote", "partOfSpeech"),
    "termType": ("termNote", "termType"),
    "grammaticalGender": ("termNote", "grammaticalGender"),
    "geographicalUsage": ("termNote", "geographicalUsage"),
    "termLocation": ("termNote", "termLocation"),
    "transactionType": ("transac", "transactionType"),
    "responsibility": ("transacNote", "responsibility"),
    "crossReference": ("ref", "crossReference"),
    "externalCrossReference": ("xref", "externalCrossReference"),
    "xGraphic": ("xref", "xGraphic"),
}
TYPED = {
    "admin",
    "descrip",
    "termNote",
    "transac",
    "transacNote",
    "xref",
    "ref",
    "adminNote",
    "descripNote",
}
AUX = {"descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"}
GROUPS = {
    "descripGrp": (
        "descrip",
        {"admin", "adminGrp", "note", "ref", "xref", "transacGrp", "descripNote"},
    ),
    "adminGrp": ("admin", {"adminNote", "note", "ref", "xref"}),
    "transacGrp": ("transac", {"date", "note", "ref", "transacNote", "xref"}),
    "termNoteGrp": ("termNote", {"admin", "adminGrp", "note", "ref", "transacGrp", "xref"}),
}
HEADER_CONTAINERS = {
    "martifHeader",
    "tbxHeader",
    "fileDesc",
    "titleStmt",
    "publicationStmt",
    "sourceDesc",
    "encodingDesc",
    "revisionDesc",
    "change",
}

_BASIC_TYPES = {
    "admin": {"source", "customerSubset", "projectSubset"},
    "descrip": {"subjectField", "definition", "context"},
    "termNote": {
        "administrativeStatus",
        "usageStatus",
        "partOfSpeech",
        "geographicalUsage",
        "grammaticalGender",
        "termLocation",
        "termType",
    },
    "transac": {"transactionType"},
    "transacNote": {"responsibility"},
    "xref": {"externalCrossReference", "xGraphic"},
    "ref": {"crossReference"},
}
_MIN_TYPES = {
    "admin": {"customerSubset"},
    "descrip": {"subjectField"},
    "termNote": {"administrativeStatus", "usageStatus", "partOfSpeech"},
    "transac": set(),
    "transacNote": set(),
    "xref": set(),
    "ref": set(),
}
DIALECTS = {"tbx-basic": ("TBX-Basic", _BASIC_TYPES), "tbx-min": ("TBX-Min", _MIN_TYPES)}
# Where a data category may appear, in the dialects (levels: entry, lang, term).
_LEVELS = {
    "subjectField": {"entry"},
    "definition": {"entry", "lang"},
    "context": {"term"},
    "xGraphic": {"entry", "lang"},
}
_PICKLISTS = {
    "administrativeStatus": {
        "preferredTerm-admn-sts",
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts",
    },
    "usageStatus": {
        "preferred",
        "admitted",
        "deprecated",
        "superseded",
        "notRecommended",
        "obsolete",
    },
    "partOfSpeech": {"adjective", "noun", "other", "verb", "adverb"},
    "grammaticalGender": {"masculine", "feminine", "neuter", "other"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "termLocation": {
        "checkBox",
        "comboBox",
        "comboBoxElement",
        "dialogBox",
        "groupBox",
        "informativeMessage",
        "interactiveMessage",
        "menuItem",
        "progressBar",
        "pushButton",
        "radioButton",
        "slider",
        "spinBox",
        "tab",
        "tableText",
        "textBox",
        "toolTip",
        "user-definedType",
    },
    "transactionType": {"origination", "creation", "modification"},
}


def _tag_info(tag: Any) -> tuple[str, bool, str | None]:
    """(kind, whether it carries a type attribute, the type a DCT element implies)."""
    if not isinstance(tag, str):
        return "", False, None
    local, ns = _local(tag), _ns(tag)
    if ns in ("", TBX_NS):
        return local, local in TYPED, None
    if local in DCT:
        kind, dtype = DCT[local]
        return kind, False, dtype
    return "ext:" + local, False, None


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _ns(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


@dataclass
class _Term:
    lang: str
    text: str
    status: str | None
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Entry:
    """What one entry holds, gathered before it becomes a ConceptView."""

    ident: str
    line: int | None
    subjects: list[str] = field(default_factory=list)
    definitions: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    # (level, kind, when, who) with kind "created" or "updated"
    transactions: list[tuple[str, str, datetime | None, str]] = field(default_factory=list)
    terms: list[_Term] = field(default_factory=list)
    # (lang, evidence number or None, text, document)
    contexts: list[tuple[str, int | None, str, str]] = field(default_factory=list)


class TbxReader:
    """Streams a TBX file into ConceptView records, checking its structure as it goes."""

    def __init__(self, path: Path, report: ReadReport) -> None:
        self.path = path
        self.report = report
        self.names: _Names = V2
        self.dialect: dict[str, set[str]] | None = None
        self.dialect_name = ""
        self._tags: dict[Any, tuple[str, bool, str | None]] = {}
        self._dates: dict[str, datetime | None] = {}
        self._allowed: set[tuple[str, str, str]] = set()  # checked (kind, type, level)
        self._fast_status: dict[str, str] = {}  # administrativeStatus values checked

    # ------------------------------------------------------------ errors

    def fail(self, el: Any, message: str) -> InputError:
        """An :class:`InputError` naming the file and the element's line."""
        line = getattr(el, "sourceline", None)
        where = f"{self.path}:{line}" if line else str(self.path)
        return InputError(f"{where}: {message}")

    # ------------------------------------------------------------ the file

    def _root(self) -> None:
        """Look at the root element (first event only) to learn version and dialect."""
        from glossary.xmlsafe import iterparse_file

        events = iterparse_file(self.path, events=("start",))
        try:
            _event, root = next(events)
        except StopIteration:
            raise InputError(f"{self.path}: the file is empty") from None
        finally:
            events.close()
        local, ns = _local(root.tag), _ns(root.tag)
        if local == "martif" and ns in ("", TBX_NS):
            self.names = V2
        elif local == "tbx" and ns in ("", TBX_NS):
            self.names = V3
        else:
            raise InputError(
                f"{self.path}: not a TBX file (its root element is <{local}>, "
                "expected <martif> or <tbx>)"
            )
        kind = (root.get("type") or "").strip()
        found = DIALECTS.get(kind.lower())
        if found:
            self.dialect_name, self.dialect = found
        self.report.format = f"TBX v{self.names.version}"
        self.report.dialect = kind

    def read(self) -> Iterator[ConceptView]:
        """Yield one ConceptView per entry; raise InputError on the first problem."""
        try:
            yield from self._read()
        except InputError as exc:
            raise _plain_limits(exc) from None

    def _read(self) -> Iterator[ConceptView]:
        from glossary.xmlsafe import iterparse_file

        self._root()
        wanted = [
            "{*}termEntry",
            "{*}conceptEntry",
            "{*}martifHeader",
            "{*}tbxHeader",
            "{*}text",
            "{*}body",
            "{*}martif",
            "{*}tbx",
        ]
        seen_header = seen_text = False
        for _event, el in iterparse_file(self.path, events=("end",), tag=wanted):
            local = _local(el.tag)
            parent = el.getparent()
            plocal = _local(parent.tag) if parent is not None else ""
            if local in ("termEntry", "conceptEntry"):
                if plocal != "body":
                    raise self.fail(el, f"<{local}> outside <body>")
                if local != self.names.entry:
                    raise self.fail(el, f"<{local}> in a TBX v{self.names.version} file")
                self._check_siblings_before(el)
                yield self._entry(el)
                el.clear(keep_tail=True)
            elif (
                local in ("martifHeader", "tbxHeader")
                and parent is not None
                and (parent.getparent() is None)
            ):
                self._check_header(el)
                seen_header = True
            elif local == "body" and plocal == "text":
                for child in list(el):
                    if _local(child.tag) != self.names.entry:
                        raise self.fail(
                            child,
                            f"<{_local(child.tag)}> in <body>; only "
                            f"<{self.names.entry}> may be there",
                        )
                    el.remove(child)
            elif local == "text" and parent is not None and parent.getparent() is None:
                self._check_text(el)
                seen_text = True
            elif parent is None:
                if not seen_header:
                    raise self.fail(el, f"no <{self.names.header}>: not a complete TBX file")
                if not seen_text:
                    raise self.fail(el, "no <text>: not a complete TBX file")
                self._check_root(el)

    def _check_siblings_before(self, el: etree._Element) -> None:
        parent = el.getparent()
        prev = el.getprevious()
        while prev is not None:
            if _local(prev.tag) != self.names.entry:
                raise self.fail(
                    prev, f"<{_local(prev.tag)}> in <body>; only <{self.names.entry}> may be there"
                )
            parent.remove(prev)
            prev = el.getprevious()

    def _check_root(self, root: etree._Element) -> None:
        expected = [self.names.header, "text"]
        children = [_local(c.tag) for c in root]
        if children != expected:
            raise self.fail(
                root,
                f"<{self.names.root}> must hold <{self.names.header}> then "
                f"<text>, found {', '.join(f'<{c}>' for c in children)}",
            )
        if (root.text or "").strip():
            raise self.fail(root, f"stray text in <{self.names.root}>")

    def _check_text(self, text: etree._Element) -> None:
        if (text.text or "").strip():
            raise self.fail(text, "stray text in <text>")
        seen: list[str] = []
        for child in text:
            local = _local(child.tag)
            if local not in ("body", "back") or local in seen:
                raise self.fail(
                    child, f"<{local}> may not be a child of <text> (only <body> and <back>)"
                )
            if (child.tail or "").strip():
                raise self.fail(child, "stray text in <text>")
            seen.append(local)
        if "body" not in seen and self.names.version == 2:
            raise self.fail(text, "<text> has no <body>")

    def _check_header(self, header: etree._Element) -> None:
        self._refuse_entities(header)
        if header.find("{*}fileDesc") is None and header.find("fileDesc") is None:
            raise self.fail(header, f"<{_local(header.tag)}> has no <fileDesc>")
        for el in header.iter():
            local = _local(el.tag)
            if local in HEADER_CONTAINERS:
                if (el.text or "").strip():
                    raise self.fail(el, f"text directly in <{local}> must be inside <p>")
                for child in el:
                    if (child.tail or "").strip():
                        raise self.fail(child, f"text directly in <{local}> must be inside <p>")

    def _refuse_entities(self, el: etree._Element) -> None:
        from lxml import etree

        for node in el.iter(etree.Entity):
            raise self.fail(
                node,
                f"the XML uses the entity &{node.name}; "
                "(undeclared or external); refused for safety",
            )

    # ------------------------------------------------------------ one entry

    def _classify(self, el: etree._Element) -> tuple[str, str | None]:
        """(element kind, data-category type) in DCA terms; ("", None) for non-elements."""
        tag = el.tag
        info = self._tags.get(tag)
        if info is None:
            info = self._tags[tag] = _tag_info(tag)
        kind, typed, fixed = info
        if typed:
            dtype = el.get("type")
            if not dtype or not dtype.strip():
                raise self.fail(el, f"<{kind}> without a type attribute")
            return kind, dtype
        return kind, fixed

    def _check_category(self, el: Any, kind: str, dtype: str, level: str) -> None:
        if self.dialect is None or (kind, dtype, level) in self._allowed:
            return
        allowed = self.dialect.get(kind)
        if allowed is not None and dtype not in allowed:
            choices = ", ".join(sorted(allowed)) or "none"
            raise self.fail(
                el,
                f'<{kind} type="{dtype}"> is not a {self.dialect_name} data '
                f"category (allowed for <{kind}>: {choices})",
            )
        levels = _LEVELS.get(dtype)
        if levels is not None and level not in levels:
            names = {"entry": self.names.entry, "lang": self.names.lang, "term": self.names.term}
            where = ", ".join(f"<{names[lv]}>" for lv in sorted(levels))
            raise self.fail(
                el,
                f"{dtype} at <{names[level]}> level; {self.dialect_name} allows it only at {where}",
            )
        self._allowed.add((kind, dtype, level))

    def _check_value(self, el: Any, dtype: str, value: str) -> None:
        if self.dialect is None:
            return
        picklist = _PICKLISTS.get(dtype)
        if picklist is not None and value not in picklist:
            raise self.fail(
                el,
                f"{dtype} value {value!r} is not allowed in "
                f"{self.dialect_name} (use {', '.join(sorted(picklist))})",
            )

    def _entry(self, el: etree._Element) -> ConceptView:
        self._refuse_entities(el)
        self.report.entries += 1
        data = _Entry(ident=el.get("id") or "", line=el.sourceline)
        classify = self._classify
        lang_kind = self.names.lang
        has_lang = False
        for child in el:
            kind, dtype = classify(child)
            if kind == lang_kind:
                has_lang = True
                self._lang(child, data)
            elif kind:
                self._aux(child, kind, dtype, "entry", data, None, None)
        if not has_lang:
            raise self.fail(el, f"<{self.names.entry}> without <{lang_kind}>")
        return self._view(data)

    def _lang(self, el: etree._Element, data: _Entry) -> None:
        tag = el.get(XML_LANG) or el.get("lang")
        if not tag:
            raise self.fail(el, f"<{self.names.lang}> without xml:lang")
        lang = lang_of(tag)
        classify = self._classify
        term_kind = self.names.term
        v2 = self.names.version == 2
        has_term = False
        for child in el:
            kind, dtype = classify(child)
            if kind == term_kind or (v2 and kind == "ntig"):
                has_term = True
                self._term(child, kind, lang, tag, data)
            elif kind:
                self._aux(child, kind, dtype, "lang", data, lang, None)
        if not has_term:
            raise self.fail(el, f"<{self.names.lang}> without <{term_kind}>")

    def _term(
        self, el: etree._Element, kind: str, lang: str | None, tag: str, data: _Entry
    ) -> None:
        classify = self._classify
        if kind == "ntig":
            children = iter(el)
            grp = next(children, None)
            if grp is None or classify(grp)[0] != "termGrp":
                raise self.fail(el, "<ntig> must start with <termGrp>")
            head = iter(grp)
            container = "termGrp"
        else:
            children = head = iter(el)
            container = kind
        first = next(head, None)
        if first is None or classify(first)[0] != "term":
            raise self.fail(el, f"<{container}> must start with <term>")
        term = _Term(lang or "", self._text_of(first), None)
        fast_status = self._fast_status
        for child in head:
            ckind, dtype = classify(child)
            if ckind == "termNote":
                if dtype == "administrativeStatus" and not len(child):
                    status = fast_status.get(child.text)  # type: ignore[arg-type]
                    if status is not None:  # a valid value, already checked once
                        term.status = status
                        continue
                self._term_note(child, dtype or "", term)
            elif ckind == "term":
                raise self.fail(child, f"more than one <term> in <{container}>")
            elif ckind == "termNoteGrp":
                main, mtype = self._group(child, "termNoteGrp")
                self._term_note(main, mtype or "", term)
            elif ckind == "termCompList":
                self.report.ignore("termCompList")
            elif head is not children:
                raise self.fail(child, f"<{ckind}> may not be in <termGrp>")
            elif ckind:
                self._aux(child, ckind, dtype, "term", data, lang, term)
        if head is not children:
            for child in children:
                ckind, dtype = classify(child)
                if ckind in ("termNote", "termNoteGrp"):
                    raise self.fail(child, "<termNote> in <ntig> must be inside <termGrp>")
                if ckind:
                    self._aux(child, ckind, dtype, "term", data, lang, term)
        if lang is None:
            self.report.other_language(tag)
            return
        data.terms.append(term)

    def _term_note(self, el: Any, dtype: str, term: _Term) -> None:
        value = self._text_of(el).strip()
        if self.dialect is not None:
            self._check_category(el, "termNote", dtype, "term")
            self._check_value(el, dtype, value)
        if dtype in _STATUS_CATEGORIES:
            status = _STATUS_CACHE.get(value) or _status(value)
            if status is None:
                raise self.fail(el, f"unknown {dtype} {value!r}")
            if dtype == "administrativeStatus":
                term.status = status
                if value == (el.text or ""):
                    self._fast_status[value] = status  # passed every check: remember
            elif term.status is None:
                term.status = status
        else:
            self.report.ignore(dtype)

    def _group(self, el: etree._Element, kind: str) -> tuple[etree._Element, str | None]:
        """Check a *Grp element; return its main child and that child's type."""
        main_kind, others = GROUPS[kind]
        classify = self._classify
        children = iter(el)
        main = next(children, None)
        if main is None:
            raise self.fail(el, f"empty <{kind}>")
        first_kind, first_type = classify(main)
        if first_kind != main_kind:
            raise self.fail(main, f"<{kind}> must start with <{main_kind}>")
        for child in children:
            ckind = classify(child)[0]
            if ckind == main_kind:
                raise self.fail(child, f"more than one <{main_kind}> in <{kind}>")
            if ckind not in others and not ckind.startswith("ext:"):
                raise self.fail(child, f"<{ckind}> may not be in <{kind}>")
        return main, first_type

    def _aux(
        self,
        el: etree._Element,
        kind: str,
        dtype: str | None,
        level: str,
        data: _Entry,
        lang: str | None,
        term: _Term | None,
    ) -> None:
        """Descriptive and administrative data at entry, language or term level."""
        if kind == "note":
            text = self._text_of(el)
            if term is not None:
                term.notes.append(text)
            elif level == "entry":
                if text.startswith(META_PREFIX) and (el.get("id") or "").endswith(META_ID_SUFFIX):
                    data.meta.update(self._parse_meta(el, text))
                else:
                    data.notes.append(text)
            elif lang is not None:
                data.notes.append(text)
            return
        if kind == "transacGrp":
            self._transaction(el, level, data)
            return
        if kind == "descripGrp" or kind == "adminGrp":
            self._aux_group(el, kind, level, data, lang, term)
            return
        if kind == "descrip" or kind == "admin":
            assert dtype is not None
            if self.dialect is not None:
                self._check_category(el, kind, dtype, level)
            self._datum(el, kind, dtype, level, data, lang, term)
            return
        if kind == "ref" or kind == "xref":
            if self.dialect is not None:
                self._check_category(el, kind, dtype or "", level)
            self.report.ignore(dtype or kind)
            return
        if kind.startswith("ext:"):
            self.report.ignore(kind[4:])
            return
        if kind == "termNote":
            raise self.fail(
                el, f"<termNote> at <{self._level_name(level)}> level; it belongs in a term"
            )
        raise self.fail(el, f"<{kind}> may not be in <{self._level_name(level)}>")

    def _aux_group(
        self,
        el: etree._Element,
        kind: str,
        level: str,
        data: _Entry,
        lang: str | None,
        term: _Term | None,
    ) -> None:
        main, mtype = self._group(el, kind)
        before = len(data.contexts)
        self._aux(
            main, "descrip" if kind == "descripGrp" else "admin", mtype, level, data, lang, term
        )
        if kind != "descripGrp":
            return
        document = ""
        for child in el[1:]:
            ckind, ctype = self._classify(child)
            if ckind == "admin" and ctype:
                if self.dialect is not None:
                    self._check_category(child, "admin", ctype, level)
                if ctype == "source":
                    document = self._text_of(child)
        if document and len(data.contexts) > before:
            lang_, number, text, _doc = data.contexts[-1]
            data.contexts[-1] = (lang_, number, text, document)
        elif document:
            self.report.ignore(f"source of a {mtype}")

    def _datum(
        self,
        el: etree._Element,
        kind: str,
        dtype: str,
        level: str,
        data: _Entry,
        lang: str | None,
        term: _Term | None,
    ) -> None:
        """One ``descrip`` or ``admin`` value."""
        text = self._text_of(el)
        if kind == "admin":
            if dtype == "source" and term is not None:
                term.sources.append(text)
            elif dtype == "source":
                self.report.ignore(f"source at {self._level_name(level)} level")
            else:
                self.report.ignore(dtype)
        elif dtype == "context":
            if term is not None:
                if lang is not None:
                    match = _EVIDENCE_ID.search(el.get("id") or "")
                    number = int(match.group(1)) if match else None
                    data.contexts.append((lang, number, text, ""))
            else:
                self.report.ignore("context outside a term")
        elif dtype == "definition":
            if level == "entry":
                data.definitions.append((0, text))
            elif lang is not None:
                data.definitions.append((1 if lang == "en" else 2, text))
        elif dtype == "subjectField":
            if level == "entry":
                data.subjects.append(text)
            else:
                self.report.ignore("subjectField below entry level")
        else:
            self.report.ignore(dtype)

    def _level_name(self, level: str) -> str:
        return {"entry": self.names.entry, "lang": self.names.lang, "term": self.names.term}[level]

    @staticmethod
    def _text_of(el: etree._Element) -> str:
        return "".join(el.itertext()) if len(el) else (el.text or "")

    def _transaction(self, el: etree._Element, level: str, data: _Entry) -> None:
        classify = self._classify
        children = iter(el)
        main = next(children, None)
        if main is None:
            raise self.fail(el, "empty <transacGrp>")
        kind, ttype = classify(main)
        if kind != "transac":
            raise self.fail(main, "<transacGrp> must start with <transac>")
        dialect = self.dialect is not None
        if dialect:
            self._check_category(main, "transac", ttype or "", level)
        value = self._text_of(main).strip()
        if ttype == "transactionType" and dialect:
            self._check_value(main, "transactionType", value)
        when: datetime | None = None
        who = ""
        for child in children:
            ckind, ctype = classify(child)
            if ckind == "date":
                stamp = self._text_of(child)
                if stamp in self._dates:
                    when = self._dates[stamp]
                else:
                    where = f"{self.path}:{child.sourceline}"
                    when = parse_timestamp(stamp, where)
                    if len(self._dates) < 10_000:
                        self._dates[stamp] = when
            elif ckind == "transacNote":
                if dialect:
                    self._check_category(child, "transacNote", ctype or "", level)
                if ctype == "responsibility":
                    who = self._text_of(child).strip()
            elif ckind == "transac":
                raise self.fail(child, "more than one <transac> in <transacGrp>")
            elif ckind not in GROUPS["transacGrp"][1] and not ckind.startswith("ext:"):
                raise self.fail(child, f"<{ckind}> may not be in <transacGrp>")
        if ttype != "transactionType":
            self.report.ignore(f"transaction of type {ttype}")
        elif value == "origination" or value == "creation":
            data.transactions.append((level, "created", when, who))
        elif value == "modification":
            data.transactions.append((level, "updated", when, who))
        else:
            self.report.ignore(f"transaction {value}")

    def _parse_meta(self, el: Any, text: str) -> dict[str, str]:
        meta: dict[str, str] = {}
        for part in text[len(META_PREFIX) :].split(";"):
            part = part.strip()
            if not part:
                continue
            key, sep, value = part.partition("=")
            if not sep:
                raise self.fail(el, f"unreadable glossary note {text!r}")
            meta[key.strip()] = value.strip()
        return meta

    # ------------------------------------------------------------ to a record

    def _view(self, data: _Entry) -> ConceptView:
        meta = data.meta
        view = ConceptView(id=_entry_number(data.ident), status="approved")
        # One value is kept exactly as written; several (files from other tools) are
        # joined, duplicates and empty ones left out.
        if data.subjects:
            view.subject = _join(data.subjects, "; ")
        if data.definitions:
            view.definition = _join([t for _o, t in sorted(data.definitions, key=_first)], "\n")
        if data.notes:
            view.note = _join(data.notes, "\n")
        transactions = data.transactions
        if (
            len(transactions) == 2
            and transactions[0][:2] == ("entry", "created")
            and transactions[1][:2] == ("entry", "updated")
        ):  # what we write: one of each at entry level
            _l, _k, view.created_at, view.created_by = transactions[0]
            _l, _k, view.updated_at, view.updated_by = transactions[1]
        elif transactions:
            self._apply_transactions(view, data)
        positions = self._apply_meta(view, data, meta) if meta else []
        view.terms = _resolve_statuses(data.terms)
        if data.contexts:
            view.evidence = _evidence(data.contexts, positions)
        return view

    def _apply_meta(self, view: ConceptView, data: _Entry, meta: dict[str, str]) -> list[int]:
        """Apply the ``glossary:`` note; return the evidence positions it lists."""
        label = f"{self.path}:{data.line}"
        positions: list[int] = []
        try:
            if "status" in meta:
                view.status = meta["status"]
            if "score" in meta:
                view.score = float(meta["score"])
            if "count" in meta:
                view.count = int(meta["count"])
            if "check" in meta:
                if meta["check"] not in ("on", "off"):
                    raise ValueError(meta["check"])
                view.check = meta["check"] == "on"
            if meta.get("positions"):
                positions = [int(p) for p in meta["positions"].split(",")]
        except ValueError:
            raise InputError(f"{label}: unreadable glossary note {meta!r}") from None
        # v2 <date> holds only the day: the note has the exact time.
        for key, attr in (("created", "created_at"), ("updated", "updated_at")):
            if key in meta:
                exact = parse_timestamp(meta[key], label)
                current = getattr(view, attr)
                if current is None or (exact and exact.date() == current.date()):
                    setattr(view, attr, exact)
        return positions

    def _apply_transactions(self, view: ConceptView, data: _Entry) -> None:
        def pick(kind: str) -> tuple[datetime | None, str]:
            own = [t for t in data.transactions if t[1] == kind and t[0] == "entry"]
            rows = own or [t for t in data.transactions if t[1] == kind]
            dated = [t for t in rows if t[2] is not None]
            if dated:
                best = (min if kind == "created" else max)(dated, key=lambda t: t[2])
                return best[2], best[3]
            return None, rows[0][3] if rows else ""

        view.created_at, view.created_by = pick("created")
        view.updated_at, view.updated_by = pick("updated")


_LIMITS = (
    ("Text node too long", "a text longer than 10,000,000 characters"),
    ("Excessive depth", "elements nested more than 256 deep"),
    ("Huge input lookup", "an oversized name or attribute"),
    ("Resource limit exceeded", "input beyond the parser's safety limits"),
)
_LINE = re.compile(r"line (\d+), column")


def _plain_limits(exc: InputError) -> InputError:
    """libxml2's safety limits in words a user understands (other errors unchanged)."""
    message = str(exc)
    for needle, words in _LIMITS:
        if needle in message:
            path = message.split(": not well-formed XML", 1)[0]
            line = _LINE.search(message)
            where = f"{path}:{line.group(1)}" if line else path
            return InputError(f"{where}: refused for safety: {words}")
    return exc


def _first(pair: tuple[int, str]) -> int:
    return pair[0]


def _join(values: list[str], sep: str) -> str:
    """A single value as it is; several joined, without empty ones or repeats."""
    if len(values) == 1:
        return values[0]
    return sep.join(dict.fromkeys(v for v in values if v.strip()))


_STATUS_CACHE = {
    value: _STATUS_WORDS[word]
    for word, value in (
        (w, f"{w}Term-admn-sts") for w in ("preferred", "admitted", "deprecated", "superseded")
    )
}
_STATUS_CACHE.update({w: w for w in ("preferred", "admitted", "deprecated", "superseded")})


def _status(value: str) -> str | None:
    word = value.strip()
    if word.endswith("-admn-sts"):
        word = word[: -len("-admn-sts")]
    word = word.lower()
    if word.endswith("term"):
        word = word[:-4]
    return _STATUS_WORDS.get(word)


def _entry_number(ident: str) -> int | None:
    m = _ENTRY_ID.match(ident.strip())
    if not m:
        return None
    number = int(m.group(1))
    return number if 0 < number < 2**62 else None


def _resolve_statuses(terms: list[_Term]) -> list[TermView]:
    """Terms without a status: the first of a language without a preferred term becomes
    preferred, the others admitted."""
    has_preferred = {t.lang for t in terms if t.status == "preferred"}
    out: list[TermView] = []
    for t in terms:
        status = t.status
        if status is None:
            if t.lang not in has_preferred:
                status = "preferred"
                has_preferred.add(t.lang)
            else:
                status = "admitted"
        out.append(
            TermView(None, t.lang, t.text, status, _join(t.sources, "; "), _join(t.notes, "\n"))
        )
    return out


def _evidence(
    contexts: list[tuple[str, int | None, str, str]], positions: list[int]
) -> list[EvidenceView]:
    """Pair Chinese and English contexts into evidence rows (by id, else by order)."""
    numbered: dict[int, dict[str, tuple[str, str]]] = {}
    loose: dict[str, list[tuple[str, str]]] = {"zh": [], "en": []}
    for lang, number, text, doc in contexts:
        if number is not None and lang not in numbered.get(number, {}):
            numbered.setdefault(number, {})[lang] = (text, doc)
        else:
            loose[lang].append((text, doc))
    rows: list[EvidenceView] = []
    for number in sorted(numbered):
        sides = numbered[number]
        zh, zdoc = sides.get("zh", ("", ""))
        en, edoc = sides.get("en", ("", ""))
        rows.append(EvidenceView(None, zdoc or edoc, zh, en, 0))
    for i in range(max(len(loose["zh"]), len(loose["en"]))):
        zh, zdoc = loose["zh"][i] if i < len(loose["zh"]) else ("", "")
        en, edoc = loose["en"][i] if i < len(loose["en"]) else ("", "")
        rows.append(EvidenceView(None, zdoc or edoc, zh, en, 0))
    for row, pos in zip(rows, positions, strict=False):
        row.position = pos
    return rows


def read_tbx(path: Path, report: ReadReport) -> Iterator[ConceptView]:
    """Stream the entries of a TBX v2 or v3 file as ConceptView records."""
    return TbxReader(path, report).read()
