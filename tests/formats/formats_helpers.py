"""Helpers for the interchange tests: sample glossaries, the CLI, the TBX schemas.

Imported by the tests as ``formats_helpers`` (conftest.py puts this folder on the path).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from glossary.cli import app
from glossary.records import ConceptView, EvidenceView, TermView
from glossary.store import GlossaryStore

REPO = Path(__file__).resolve().parents[2]
SHARED_TBX = REPO / ".." / "shared" / "tbx"
DATA = REPO / "tests" / "data" / "formats"

runner = CliRunner()


def run(*args: str, input: str | None = None) -> Any:  # noqa: A002
    """Invoke the ``glossary`` CLI in-process."""
    return runner.invoke(app, list(args), input=input)


def new_db(tmp_path: Path, name: str) -> str:
    """Another empty database in ``tmp_path``."""
    path = tmp_path / name
    GlossaryStore.open(str(path), seed=False).close()
    return str(path)


def sample_concepts() -> list[ConceptView]:
    """A small glossary with everything a round trip must keep."""
    t0 = datetime(2024, 5, 1, 10, 22, 13, tzinfo=UTC)
    t1 = datetime(2024, 6, 2, 8, 0, 0, tzinfo=UTC)
    return [
        ConceptView(
            id=12,
            status="approved",
            subject="diplomacy",
            definition=(
                'A China-proposed initiative <of> "connectivity" & cooperation.\nSecond line'
            ),
            note="Use the full form in official texts.",
            created_at=t0,
            created_by="alice",
            updated_at=t1,
            updated_by="bob",
            terms=[
                TermView(None, "zh", "一带一路", "preferred", "白皮书", "简称"),
                TermView(None, "zh", "一带一路倡议", "admitted"),
                TermView(None, "en", "Belt and Road Initiative", "preferred", "MFA"),
                TermView(None, "en", "One Belt, One Road", "deprecated", "", "do not use"),
                TermView(None, "en", "OBOR", "superseded"),
            ],
            evidence=[
                EvidenceView(None, "", "推进一带一路建设。", "advance the Belt and Road.", 7),
                EvidenceView(None, "", "", "English context only", 0),
            ],
        ),
        ConceptView(
            id=30,
            status="approved",
            subject="economy",
            created_at=t0,
            created_by="alice",
            updated_at=t0,
            updated_by="alice",
            terms=[
                TermView(None, "zh", "中欧班列", "preferred"),
                TermView(None, "en", "China-Europe Railway Express", "preferred"),
            ],
        ),
        ConceptView(
            id=31,
            status="candidate",
            score=0.8312,
            count=4,
            check=False,
            created_at=t1,
            created_by="miner",
            updated_at=t1,
            updated_by="miner",
            terms=[
                TermView(None, "zh", "中西部国际交往中心", "preferred"),
                TermView(
                    None,
                    "en",
                    "Center for International Exchanges in Central and Western China",
                    "preferred",
                ),
            ],
            evidence=[EvidenceView(None, "", "建设中西部国际交往中心", "build the Center", 3)],
        ),
        ConceptView(
            id=40,
            status="rejected",
            created_at=t1,
            created_by="reviewer",
            updated_at=t1,
            updated_by="reviewer",
            terms=[
                TermView(None, "zh", "我们", "preferred"),
                TermView(None, "en", "we", "preferred"),
            ],
        ),
    ]


def store_with(concepts: list[ConceptView], db: str = "sqlite://") -> GlossaryStore:
    """A store holding ``concepts`` (imported with their ids)."""
    store = GlossaryStore.open(db, seed=False, actor="tester")
    summary = store.import_concepts(concepts)
    assert summary.created == len(concepts), summary
    return store


def export_bytes(store: GlossaryStore, fmt: str, status: str | None = None) -> bytes:
    """Export ``store`` in ``fmt`` to bytes (every entry unless ``status`` is given)."""
    from glossary.formats import write_concepts

    buf = io.BytesIO()
    write_concepts(store.iter_concepts(status=status), fmt, buf)
    return buf.getvalue()


@lru_cache(maxsize=4)
def relaxng(path: str) -> Any:
    """A compiled RELAX NG schema (cached)."""
    from lxml import etree

    return etree.RelaxNG(etree.parse(path))


@lru_cache(maxsize=1)
def _schematron_xslt(sch_path: str) -> str:
    """The TBX-Basic Schematron compiled to XSLT with lxml's bundled ISO skeleton."""
    import lxml.isoschematron
    from lxml import etree

    res = Path(lxml.isoschematron.__file__).parent / "resources" / "xsl" / "iso-schematron-xslt1"
    sch = etree.parse(sch_path)
    sch.getroot().set("queryBinding", "xslt")
    steps = ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl")
    doc = sch
    for name in steps:
        doc = etree.XSLT(etree.parse(str(res / name)))(doc)
    return str(doc)


def schematron_failures(sch_path: Path, data: bytes) -> list[str]:
    """Messages of the Schematron's failed asserts on ``data`` (run with saxonche)."""
    from lxml import etree
    from saxonche import PySaxonProcessor

    xslt = _schematron_xslt(str(sch_path))
    with PySaxonProcessor(license=False) as proc:
        executable = proc.new_xslt30_processor().compile_stylesheet(stylesheet_text=xslt)
        node = proc.parse_xml(xml_text=data.decode("utf-8"))
        report = executable.transform_to_string(xdm_node=node)
    svrl = "{http://purl.oclc.org/dsdl/svrl}"
    root = etree.fromstring(report.encode("utf-8"))
    return [
        f"{fa.get('location')}: {' '.join(fa.findtext(svrl + 'text', '').split())}"
        for fa in root.iter(svrl + "failed-assert")
    ]


# ---------------------------------------------------------------- hypothesis


def glossaries() -> Any:
    """A hypothesis strategy: lists of concepts with tricky content.

    XML special characters, control characters XML cannot carry, CR/LF, emoji,
    long terms, empty optional fields, many renderings per concept. Every term
    has at least one visible character and the script its language needs (the
    store refuses anything else).
    """
    from hypothesis import strategies as st

    from glossary.records import CONCEPT_STATUSES, TERM_STATUSES

    tricky = st.sampled_from(
        [
            "&",
            "<",
            ">",
            '"',
            "'",
            "]]>",
            "&amp;",
            "\r",
            "\n",
            "\r\n",
            "\t",
            "\x01",
            "\x0b",
            "\x1f",
            "\ufffe",
            "😀",
            "𠀀",
            "\u2028",
            " ",
            "  ",
            "\x85",
            "é",
            "—",
        ]
    )
    plain = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
    free = st.lists(st.one_of(tricky, plain), max_size=5).map("".join)
    cjk = st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=6
    )
    latin = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCDEFG-'", min_size=1, max_size=30)
    long_en = st.integers(min_value=200, max_value=3000).map(lambda n: ("Long term " * n)[:n])

    def zh_text() -> Any:
        return st.tuples(free, cjk, free).map(lambda t: t[0] + t[1] + t[2])

    def en_text() -> Any:
        from glossary.text import has_cjk, normalize

        visible = st.one_of(latin, long_en).filter(lambda s: s.strip())
        return (
            st.tuples(free, visible, free)
            .map(lambda t: t[0] + t[1] + t[2])
            .filter(lambda s: not has_cjk(normalize(s)))
        )

    status = st.sampled_from(TERM_STATUSES)
    zh_terms = st.lists(
        st.builds(TermView, st.none(), st.just("zh"), zh_text(), status, free, free),
        min_size=1,
        max_size=3,
    )
    en_terms = st.lists(
        st.builds(TermView, st.none(), st.just("en"), en_text(), status, free, free),
        min_size=1,
        max_size=6,
    )
    stamps = st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
    )
    evidence = st.lists(
        st.builds(
            EvidenceView,
            st.none(),
            st.sampled_from(["", "report.txt", "a&b <doc>.pdf", "报告.docx"]),
            free,
            free,
            st.integers(min_value=0, max_value=10**6),
        ),
        max_size=3,
    )
    concept = st.builds(
        ConceptView,
        id=st.none(),
        status=st.sampled_from(CONCEPT_STATUSES),
        subject=free,
        definition=free,
        note=free,
        score=st.one_of(st.none(), st.floats(0, 1, allow_nan=False)),
        count=st.integers(min_value=0, max_value=10**6),
        check=st.booleans(),
        created_at=stamps,
        created_by=st.sampled_from(["alice", "bob & <co>", "王五"]),
        updated_at=stamps,
        updated_by=st.sampled_from(["alice", "bob & <co>", "王五"]),
        terms=st.tuples(zh_terms, en_terms).map(lambda t: t[0] + t[1]),
        evidence=evidence,
    )
    return st.lists(concept, max_size=4)


# ------------------------------------------------------- reference serializer


def lxml_entry(view: ConceptView, version: int) -> bytes:
    """What lxml writes for one entry, built element by element: the reference
    against which the fast serializer in glossary.formats.tbx is checked."""
    from lxml import etree

    from glossary.formats import LANG_TAGS, format_timestamp
    from glossary.formats.tbx import META_ID_SUFFIX, STATUS_TO_ADMIN, XML_LANG, _meta_note

    names = {2: ("termEntry", "langSet", "tig"), 3: ("conceptEntry", "langSec", "termSec")}
    entry_tag, lang_tag, term_tag = names[version]

    def add(parent: Any, tag: str, text: str, **attrib: str) -> Any:
        el = etree.SubElement(parent, tag, attrib)
        el.text = text
        return el

    def transaction(entry: Any, kind: str, stamp: str, who: str) -> None:
        if not stamp and not who:
            return
        grp = etree.SubElement(entry, "transacGrp")
        add(grp, "transac", kind, type="transactionType")
        if who:
            add(grp, "transacNote", who, type="responsibility")
        if stamp:
            add(grp, "date", stamp[:10] if version == 2 else stamp)

    cid = f"c{view.id}"
    entry = etree.Element(entry_tag, id=cid)
    if view.subject:
        add(entry, "descrip", view.subject, type="subjectField")
    if view.definition:
        add(entry, "descrip", view.definition, type="definition")
    created, updated = format_timestamp(view.created_at), format_timestamp(view.updated_at)
    transaction(entry, "origination", created, view.created_by)
    transaction(entry, "modification", updated, view.updated_by)
    if view.note:
        add(entry, "note", view.note)
    meta = _meta_note(view, version, created, updated)
    if meta:
        add(entry, "note", meta, id=cid + META_ID_SUFFIX)
    for lang in ("zh", "en"):
        terms = view.renderings(lang)
        if not terms:
            continue
        lang_el = etree.SubElement(entry, lang_tag)
        lang_el.set(XML_LANG, LANG_TAGS[lang])
        for i, term in enumerate(terms):
            tig = etree.SubElement(lang_el, term_tag)
            add(tig, "term", term.text)
            add(tig, "termNote", STATUS_TO_ADMIN[term.status], type="administrativeStatus")
            if i == 0:
                for k, ev in enumerate(view.evidence, 1):
                    text = ev.zh_context if lang == "zh" else ev.en_context
                    if not text and not (lang == "zh" and not ev.en_context):
                        continue
                    grp = etree.SubElement(tig, "descripGrp")
                    add(grp, "descrip", text, type="context", id=f"{cid}-ev{k}-{lang}")
                    if ev.document:
                        add(grp, "admin", ev.document, type="source")
            if term.source:
                add(tig, "admin", term.source, type="source")
            if term.note:
                add(tig, "note", term.note)
    etree.indent(entry, space="  ", level=3)
    return etree.tostring(entry, encoding="UTF-8", xml_declaration=False)
