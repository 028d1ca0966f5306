"""What we write is valid TBX that independent readers understand.

- v2 against the TBX-Basic RELAX NG schema, and read back by translate-toolkit
  (the TBX reader behind Weblate), deprecated renderings included;
- v3 against the TBX core RELAX NG schema and the TBX-Basic (DCA) Schematron, run
  with saxonche, plus the transactionType values the Schematron cannot check.
"""

from __future__ import annotations

from pathlib import Path

from formats_helpers import (
    export_bytes,
    relaxng,
    sample_concepts,
    schematron_failures,
    store_with,
)
from lxml import etree

from glossary.formats.tbx import TBX_NS


def _validate(schema_path: Path, data: bytes) -> None:
    schema = relaxng(str(schema_path))
    doc = etree.fromstring(data).getroottree()
    assert schema.validate(doc), schema.error_log


def test_v2_export_validates_against_tbx_basic_rng(shared_tbx: Path) -> None:
    store = store_with(sample_concepts())
    data = export_bytes(store, "tbx")
    _validate(shared_tbx / "v2" / "TBXBasicRNGV02.rng", data)
    root = etree.fromstring(data)
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    langs = {ls.get("{http://www.w3.org/XML/1998/namespace}lang") for ls in root.iter("langSet")}
    assert langs == {"zh-Hans", "en"}


def test_the_schema_check_can_fail(shared_tbx: Path) -> None:
    """A sanity check of the checkers: a broken document is reported."""
    store = store_with(sample_concepts())
    root = etree.fromstring(export_bytes(store, "tbx"))
    tig = next(root.iter("tig"))
    tig.insert(0, etree.Element("note"))  # <term> must come first
    assert not relaxng(str(shared_tbx / "v2" / "TBXBasicRNGV02.rng")).validate(root)
    v3 = etree.fromstring(export_bytes(store, "tbx3"))
    note = next(v3.iter(f"{{{TBX_NS}}}termNote"))
    note.set("type", "madeUpCategory")
    failures = schematron_failures(
        shared_tbx / "v3" / "TBX-Basic_DCA.sch", etree.tostring(v3, encoding="UTF-8")
    )
    assert any("Permitted type value" in f for f in failures), failures


def test_v3_export_validates_against_core_rng_and_basic_schematron(shared_tbx: Path) -> None:
    store = store_with(sample_concepts())
    data = export_bytes(store, "tbx3")
    _validate(shared_tbx / "v3" / "TBXcoreStructV03.rng", data)
    failures = schematron_failures(shared_tbx / "v3" / "TBX-Basic_DCA.sch", data)
    assert failures == []
    root = etree.fromstring(data)
    assert root.tag == f"{{{TBX_NS}}}tbx"
    assert (root.get("type"), root.get("style")) == ("TBX-Basic", "dca")
    # The Schematron's known gap: check transactionType values ourselves.
    values = [
        t.text for t in root.iter(f"{{{TBX_NS}}}transac") if t.get("type") == "transactionType"
    ]
    assert values and set(values) <= {"origination", "modification"}
    # dates carry the time of day in v3
    dates = [d.text for d in root.iter(f"{{{TBX_NS}}}date")]
    assert "2024-05-01T10:22:13Z" in dates


def test_empty_glossary_exports_valid_v3_and_readable_v2(shared_tbx: Path) -> None:
    store = store_with([])
    v3 = export_bytes(store, "tbx3")
    _validate(shared_tbx / "v3" / "TBXcoreStructV03.rng", v3)
    assert b"<body" not in v3
    v2 = etree.fromstring(export_bytes(store, "tbx"))
    assert v2.find("text/body") is not None and len(v2.find("text/body")) == 0


def test_translate_toolkit_reads_v2_export(tmp_path: Path) -> None:
    from translate.storage import tbx

    concepts = sample_concepts()
    store = store_with(concepts)
    path = tmp_path / "g.tbx"
    path.write_bytes(export_bytes(store, "tbx", status="approved"))
    ttk = tbx.tbxfile(path.open("rb"), sourcelanguage="zh-Hans", targetlanguage="en")
    units = list(ttk.units)
    approved = [c for c in concepts if c.status == "approved"]
    assert len(units) == len(approved)
    for unit, concept in zip(units, approved, strict=True):
        assert unit.getid() == f"c{concept.id}"
        zh_terms = [t.text for t in unit.get_source_terms()]
        en_terms = {t.text: t for t in unit.get_target_terms()}
        assert zh_terms == [t.text for t in concept.renderings("zh")]
        assert set(en_terms) == {t.text for t in concept.renderings("en")}
        assert unit.source == concept.zh
        assert unit.target == concept.en  # the preferred rendering comes first
        for term in concept.renderings("en"):
            assert en_terms[term.text].deprecated == (term.status == "deprecated"), term
    obor = next(u for u in units if u.getid() == "c12")
    assert "Use the full form" in obor.getnotes()
