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

Writing streams with :class:`lxml.etree.xmlfile`: one entry is built, written and
dropped at a time.

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
from collections.abc import Iterable, Iterator
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


def _text(parent: etree._Element, tag: str, text: str, **attrib: str) -> etree._Element:
    from lxml import etree

    el = etree.SubElement(parent, tag, attrib)
    el.text = text
    return el


def _meta_note(view: ConceptView, version: int) -> str:
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
        for key, value in (("created", view.created_at), ("updated", view.updated_at)):
            stamp = format_timestamp(value)
            if stamp and not stamp.endswith("T00:00:00Z"):
                parts.append(f"{key}={stamp}")
    if any(e.position for e in view.evidence):
        parts.append("positions=" + ",".join(str(int(e.position)) for e in view.evidence))
    return f"{META_PREFIX} " + "; ".join(parts) if parts else ""


def _transaction(
    entry: etree._Element, kind: str, when: datetime | None, who: str, version: int
) -> None:
    from lxml import etree

    if when is None and not who:
        return
    grp = etree.SubElement(entry, "transacGrp")
    _text(grp, "transac", kind, type="transactionType")
    if who:
        _text(grp, "transacNote", who, type="responsibility")
    if when is not None:
        stamp = format_timestamp(when)
        _text(grp, "date", stamp[:10] if version == 2 else stamp)


def build_entry(view: ConceptView, names: _Names) -> etree._Element:
    """One concept as a ``termEntry`` (v2) or ``conceptEntry`` (v3), without namespace.

    Written inside a v3 document whose default namespace is TBX's, the elements
    land in that namespace.
    """
    from lxml import etree

    cid = f"c{view.id}"
    entry = etree.Element(names.entry, id=cid)
    if view.subject:
        _text(entry, "descrip", view.subject, type="subjectField")
    if view.definition:
        _text(entry, "descrip", view.definition, type="definition")
    _transaction(entry, "origination", view.created_at, view.created_by, names.version)
    _transaction(entry, "modification", view.updated_at, view.updated_by, names.version)
    if view.note:
        _text(entry, "note", view.note)
    meta = _meta_note(view, names.version)
    if meta:
        _text(entry, "note", meta, id=cid + META_ID_SUFFIX)
    for lang in ("zh", "en"):
        terms = view.renderings(lang)
        if not terms:
            continue
        lang_el = etree.SubElement(entry, names.lang)
        lang_el.set(XML_LANG, LANG_TAGS[lang])
        for i, term in enumerate(terms):
            tig = etree.SubElement(lang_el, names.term)
            _text(tig, "term", term.text)
            _text(tig, "termNote", STATUS_TO_ADMIN[term.status], type="administrativeStatus")
            if i == 0:
                _contexts(tig, view, lang, cid)
            if term.source:
                _text(tig, "admin", term.source, type="source")
            if term.note:
                _text(tig, "note", term.note)
    return entry


def _contexts(tig: etree._Element, view: ConceptView, lang: str, cid: str) -> None:
    """The evidence contexts of ``lang``, on that language's preferred term."""
    from lxml import etree

    for k, ev in enumerate(view.evidence, 1):
        text = ev.zh_context if lang == "zh" else ev.en_context
        if not text and not (lang == "zh" and not ev.en_context):
            continue  # an evidence row with both contexts empty is kept on the zh side
        grp = etree.SubElement(tig, "descripGrp")
        _text(grp, "descrip", text, type="context", id=f"{cid}-ev{k}-{lang}")
        if ev.document:
            _text(grp, "admin", ev.document, type="source")


def _header(xf: Any, names: _Names) -> None:
    from lxml import etree

    header = etree.Element(names.header)
    desc = etree.SubElement(header, "fileDesc")
    src = etree.SubElement(desc, "sourceDesc")
    _text(src, "p", "Chinese–English glossary exported by glossary (TBX-Basic).")
    if names.version == 2:
        enc = etree.SubElement(header, "encodingDesc")
        _text(enc, "p", "TBXBasicXCSV02.xcs", type="XCSURI")
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
                        view = first
                        while view is not None:
                            cleaner.clean(view, f"#{view.id}")
                            entry = build_entry(view, names)
                            etree.indent(entry, space="  ", level=3)
                            xf.write("\n      ")
                            xf.write(entry)
                            count += 1
                            view = next(it, None)
                        xf.write("\n    ")
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
        """(element kind, data-category type) in DCA terms; ("", None) for comments."""
        tag = el.tag
        if not isinstance(tag, str):
            return "", None
        local = _local(tag)
        ns = _ns(tag)
        if ns in ("", TBX_NS):
            if local in TYPED:
                kind_type = el.get("type")
                if kind_type is None or not kind_type.strip():
                    raise self.fail(el, f"<{local}> without a type attribute")
                return local, kind_type.strip()
            return local, None
        if local in DCT:
            return DCT[local]
        return "ext:" + local, None

    def _check_category(self, el: Any, kind: str, dtype: str, level: str) -> None:
        if self.dialect is None:
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
        ident = el.get("id") or ""
        data = _Entry(ident=ident, line=el.sourceline)
        has_lang = False
        for child in el:
            kind, dtype = self._classify(child)
            if not kind:
                continue
            if kind == self.names.lang or kind in ("langSet", "langSec"):
                if kind != self.names.lang:
                    raise self.fail(child, f"<{kind}> in a TBX v{self.names.version} file")
                has_lang = True
                self._lang(child, data)
            else:
                self._aux(child, kind, dtype, "entry", data, None)
        if not has_lang:
            raise self.fail(el, f"<{self.names.entry}> without <{self.names.lang}>")
        return self._view(data)

    def _lang(self, el: etree._Element, data: _Entry) -> None:
        tag = el.get(XML_LANG) or el.get("lang")
        if not tag:
            raise self.fail(el, f"<{self.names.lang}> without xml:lang")
        lang = lang_of(tag)
        has_term = False
        for child in el:
            kind, dtype = self._classify(child)
            if not kind:
                continue
            if kind in ("tig", "ntig", "termSec"):
                if (
                    kind == "termSec"
                    and self.names.version == 2
                    or (kind != "termSec" and self.names.version == 3)
                ):
                    raise self.fail(child, f"<{kind}> in a TBX v{self.names.version} file")
                has_term = True
                self._term(child, kind, lang, tag, data)
            else:
                self._aux(child, kind, dtype, "lang", data, lang)
        if not has_term:
            raise self.fail(el, f"<{self.names.lang}> without <{self.names.term}>")

    def _term(
        self, el: etree._Element, kind: str, lang: str | None, tag: str, data: _Entry
    ) -> None:
        classify = self._classify
        children = [(c, *classify(c)) for c in el if isinstance(c.tag, str)]
        if kind == "ntig":
            if not children or children[0][1] != "termGrp":
                raise self.fail(el, "<ntig> must start with <termGrp>")
            grp = children[0][0]
            head = [(c, *classify(c)) for c in grp if isinstance(c.tag, str)]
            for c, k, _t in head[1:]:
                if k not in ("termNote", "termNoteGrp", "termCompList", "term"):
                    raise self.fail(c, f"<{k}> may not be in <termGrp>")
            rest = children[1:]
            container = "termGrp"
        else:
            head, rest, container = children, [], kind
        if not head or head[0][1] != "term":
            raise self.fail(el, f"<{container}> must start with <term>")
        term = _Term(lang or "", "".join(head[0][0].itertext()), None)
        for child, ckind, dtype in head[1:] + rest:
            if ckind == "term":
                raise self.fail(child, f"more than one <term> in <{container}>")
            if ckind == "termCompList":
                self.report.ignore("termCompList")
            elif ckind == "termNoteGrp":
                main, mtype = self._group(child, "termNoteGrp")
                self._term_note(main, mtype or "", term)
            elif ckind == "termNote":
                self._term_note(child, dtype or "", term)
            else:
                self._aux(child, ckind, dtype, "term", data, lang, term)
        if lang is None:
            self.report.other_language(tag)
            return
        data.terms.append(term)

    def _term_note(self, el: Any, dtype: str, term: _Term) -> None:
        value = "".join(el.itertext()).strip()
        self._check_category(el, "termNote", dtype, "term")
        self._check_value(el, dtype, value)
        if dtype in _STATUS_CATEGORIES:
            status = _status(value)
            if status is None:
                raise self.fail(el, f"unknown {dtype} {value!r}")
            if term.status is None or dtype == "administrativeStatus":
                term.status = status
        else:
            self.report.ignore(dtype)

    def _group(self, el: etree._Element, kind: str) -> tuple[etree._Element, str | None]:
        """Check a *Grp element; return its main child and that child's type."""
        main_kind, others = GROUPS[kind]
        children = [c for c in el if isinstance(c.tag, str)]
        if not children:
            raise self.fail(el, f"empty <{kind}>")
        first_kind, first_type = self._classify(children[0])
        if first_kind != main_kind:
            raise self.fail(children[0], f"<{kind}> must start with <{main_kind}>")
        for child in children[1:]:
            ckind, _ = self._classify(child)
            if ckind == main_kind:
                raise self.fail(child, f"more than one <{main_kind}> in <{kind}>")
            if ckind not in others and not ckind.startswith("ext:"):
                raise self.fail(child, f"<{ckind}> may not be in <{kind}>")
        return children[0], first_type

    def _aux(
        self,
        el: etree._Element,
        kind: str,
        dtype: str | None,
        level: str,
        data: _Entry,
        lang: str | None,
        term: _Term | None = None,
    ) -> None:
        """Descriptive and administrative data at entry, language or term level."""
        if kind.startswith("ext:"):
            self.report.ignore(kind[4:])
            return
        if kind not in AUX:
            if kind == "termNote":
                raise self.fail(
                    el, f"<termNote> at <{self._level_name(level)}> level; it belongs in a term"
                )
            raise self.fail(el, f"<{kind}> may not be in <{self._level_name(level)}>")
        text_of = self._text_of
        if kind == "note":
            text = text_of(el)
            ident = el.get("id") or ""
            if level == "entry" and text.startswith(META_PREFIX) and ident.endswith(META_ID_SUFFIX):
                data.meta.update(self._parse_meta(el, text))
            elif term is not None:
                term.notes.append(text)
            elif level == "entry" or lang is not None:
                data.notes.append(text)
            return
        if kind == "transacGrp":
            self._transaction(el, level, data)
            return
        if kind in ("descripGrp", "adminGrp"):
            main, mtype = self._group(el, kind)
            before = len(data.contexts)
            self._aux(
                main, "descrip" if kind == "descripGrp" else "admin", mtype, level, data, lang, term
            )
            if kind == "descripGrp":
                document = ""
                for child in el[1:]:
                    ckind, ctype = self._classify(child)
                    if ckind == "admin" and ctype:
                        self._check_category(child, "admin", ctype, level)
                        if ctype == "source":
                            document = text_of(child)
                if document and len(data.contexts) > before:
                    lang_, number, text, _doc = data.contexts[-1]
                    data.contexts[-1] = (lang_, number, text, document)
                elif document:
                    self.report.ignore(f"source of a {mtype}")
            return
        if kind in ("ref", "xref"):
            self._check_category(el, kind, dtype or "", level)
            self.report.ignore(dtype or kind)
            return
        # descrip or admin
        assert dtype is not None
        self._check_category(el, kind, dtype, level)
        text = text_of(el)
        if kind == "descrip" and dtype == "subjectField":
            if level == "entry":
                data.subjects.append(text)
            else:
                self.report.ignore("subjectField below entry level")
        elif kind == "descrip" and dtype == "definition":
            if level == "entry" or lang is not None:
                order = {"entry": 0, "en": 1, "zh": 2}[lang if level != "entry" else "entry"]
                data.definitions.append((order, text))
        elif kind == "descrip" and dtype == "context":
            if term is not None and lang is not None:
                match = _EVIDENCE_ID.search(el.get("id") or "")
                number = int(match.group(1)) if match else None
                data.contexts.append((lang, number, text, ""))
            elif term is None:
                self.report.ignore("context outside a term")
        elif kind == "admin" and dtype == "source":
            if term is not None:
                if text and text not in term.sources:
                    term.sources.append(text)
            else:
                self.report.ignore(f"source at {self._level_name(level)} level")
        else:
            self.report.ignore(dtype)

    def _level_name(self, level: str) -> str:
        return {"entry": self.names.entry, "lang": self.names.lang, "term": self.names.term}[level]

    @staticmethod
    def _text_of(el: etree._Element) -> str:
        return "".join(el.itertext())

    def _transaction(self, el: etree._Element, level: str, data: _Entry) -> None:
        main, ttype = self._group(el, "transacGrp")
        self._check_category(main, "transac", ttype or "", level)
        value = self._text_of(main).strip()
        if ttype == "transactionType":
            self._check_value(main, "transactionType", value)
        when: datetime | None = None
        who = ""
        for child in el:
            ckind, ctype = self._classify(child)
            if ckind == "date":
                when = parse_timestamp(self._text_of(child), f"{self.path}:{child.sourceline}")
            elif ckind == "transacNote":
                self._check_category(child, "transacNote", ctype or "", level)
                if ctype == "responsibility":
                    who = self._text_of(child).strip()
        if ttype != "transactionType":
            self.report.ignore(f"transaction of type {ttype}")
            return
        if value in ("origination", "creation"):
            data.transactions.append((level, "created", when, who))
        elif value == "modification":
            data.transactions.append((level, "updated", when, who))
        else:
            self.report.ignore(f"transaction {value}")

    def _parse_meta(self, el: Any, text: str) -> dict[str, str]:
        meta: dict[str, str] = {}
        body = text[len(META_PREFIX) :].strip()
        for part in body.split(";"):
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
        label = f"{self.path}:{data.line}"
        meta = data.meta
        view = ConceptView(id=_entry_number(data.ident), status="approved")
        view.subject = "; ".join(dict.fromkeys(s.strip() for s in data.subjects if s.strip()))
        defs = [t for _o, t in sorted(data.definitions, key=lambda d: d[0]) if t.strip()]
        view.definition = "\n".join(dict.fromkeys(defs))
        view.note = "\n".join(n for n in data.notes if n.strip())
        self._apply_transactions(view, data, meta, label)
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
            positions = (
                [int(p) for p in meta["positions"].split(",")] if meta.get("positions") else []
            )
        except ValueError:
            raise InputError(f"{label}: unreadable glossary note {meta!r}") from None
        view.terms = _resolve_statuses(data.terms)
        view.evidence = _evidence(data.contexts, positions)
        return view

    def _apply_transactions(
        self, view: ConceptView, data: _Entry, meta: dict[str, str], label: str
    ) -> None:
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
        # v2 <date> holds only the day: the note has the exact time.
        for key, attr in (("created", "created_at"), ("updated", "updated_at")):
            if key in meta:
                exact = parse_timestamp(meta[key], label)
                current = getattr(view, attr)
                if current is None or (exact and exact.date() == current.date()):
                    setattr(view, attr, exact)


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
        out.append(TermView(None, t.lang, t.text, status, "; ".join(t.sources), "\n".join(t.notes)))
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
