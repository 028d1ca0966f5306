"""The LTAC good/bad TBX files, the TBX-Basic v2 sample and the v3 example.

The fixtures are English–Spanish. As they are, the good ones import without error
and say why nothing was created (no Chinese terms). To see them really imported,
each test also adds a Chinese term to every entry: good files then import every
entry that has English; bad and malformed files are refused with a clear message
and the database stays untouched, although most of their entries would be fine.

What "bad" means, per file (each is refused at its first problem, line given):
- core_structure_bad: text directly in <sourceDesc> (must be in <p>); also <admin>
  in <text>, <term> not first or not alone in <termSec>, two <descrip> in a
  <descripGrp>, <admin> without type;
- basic_bad: TBX-Basic data categories: <transac type="theWrongType">, a
  <transacNote> type other than responsibility, partOfSpeech "nominal", a
  definition at term level;
- min_bad: TBX-Min has no <admin type="source"> (nor <xref>, nor that usageStatus);
- poorly_formed_xml: not well-formed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from formats_helpers import run
from lxml import etree

from glossary.errors import InputError
from glossary.formats import load_file
from glossary.formats.tbx import TBX_NS
from glossary.store import GlossaryStore

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
GOOD = ["basic_good.tbx", "core_structure_good.tbx", "min_good.tbx"]
BAD = {
    # file: (line of the first problem in the original file, what the error says)
    "basic_bad.tbx": (26, '<transac type="theWrongType"> is not a TBX-Basic data category'),
    "core_structure_bad.tbx": (15, "text directly in <sourceDesc> must be inside <p>"),
    "min_bad.tbx": (21, '<admin type="source"> is not a TBX-Min data category'),
    "poorly_formed_xml.tbx": (None, "not well-formed XML (Opening and ending tag mismatch"),
}


def _with_chinese(src: Path, dst: Path) -> int:
    """Copy a TBX file adding a Chinese term to every entry; return how many entries
    have an English term (those the import must create)."""
    tree = etree.parse(str(src))
    root = tree.getroot()
    v3 = etree.QName(root).localname == "tbx"
    ns = f"{{{TBX_NS}}}" if v3 and root.tag.startswith("{") else ""
    entry, lang, term_box = (
        ("conceptEntry", "langSec", "termSec") if v3 else ("termEntry", "langSet", "tig")
    )
    with_english = 0
    for n, el in enumerate(root.iter(ns + entry), 1):
        langs = [ls for ls in el if ls.tag == ns + lang]
        if any(
            ls.get(XML_LANG, "").startswith("en")
            and any((t.text or "").strip() for t in ls.iter(ns + "term"))
            for ls in langs
        ):
            with_english += 1
        zh = etree.Element(ns + lang)
        zh.set(XML_LANG, "zh-Hans")
        box = etree.SubElement(zh, ns + term_box)
        etree.SubElement(box, ns + "term").text = f"测试术语{n}"
        langs[0].addprevious(zh)
    tree.write(str(dst), xml_declaration=True, encoding="UTF-8")
    return with_english


def _counts(db: str) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return tuple(
            conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("concept", "term", "event")
        )


@pytest.mark.parametrize("name", GOOD)
def test_good_fixture_imports(shared_tbx: Path, empty_db: str, tmp_path: Path, name: str) -> None:
    src = shared_tbx / "fixtures" / name
    result = run("import", str(src), "--db", empty_db)
    assert result.exit_code == 0, result.output
    assert "45 entries read" in result.stdout
    assert "without a Chinese term" in result.stderr
    assert "es (52)" in result.stderr  # Spanish terms named, not silently dropped
    assert _counts(empty_db)[0] == 0

    patched = tmp_path / name
    expected = _with_chinese(src, patched)
    result = run("import", str(patched), "--db", empty_db)
    assert result.exit_code == 0, result.output
    assert f"created {expected}," in result.stdout
    assert _counts(empty_db)[0] == expected


def test_basic_good_content_is_mapped(shared_tbx: Path, empty_db: str, tmp_path: Path) -> None:
    patched = tmp_path / "basic_good.tbx"
    _with_chinese(shared_tbx / "fixtures" / "basic_good.tbx", patched)
    with load_file(patched) as loaded:
        first = next(iter(loaded))
    assert first.id == 1
    assert first.subject == "General"
    assert first.definition.startswith("A group of stars formed together in the spiral")
    assert "G-Source: http://www.physics.drexel.edu/observatory/dump.shtml" in first.note
    en = {t.text: t for t in first.terms if t.lang == "en"}
    assert en["open cluster"].status == "preferred"  # usageStatus (TBX-Basic 2025)
    assert en["galactic cluster"].status == "deprecated"
    assert "Another name for an open star cluster" in en["galactic cluster"].note
    assert [e.en_context.split()[:2] for e in first.evidence] == [
        ["Over", "1100"],
        ["In", "contrast,"],
    ]
    assert first.evidence[0].document == "http://seds.org/MESSIER/open.html"
    assert (first.created_by, str(first.created_at)[:10]) == ("Tommy", "2010-04-17")
    assert (first.updated_by, str(first.updated_at)[:10]) == ("Tommy", "2010-05-01")
    assert not any(t.text == "cúmulo abierto" for t in first.terms)


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_fixture_is_refused_and_nothing_imported(
    shared_tbx: Path, empty_db: str, tmp_path: Path, name: str
) -> None:
    line, message = BAD[name]
    src = shared_tbx / "fixtures" / name
    with pytest.raises(InputError) as err:
        load_file(src)
    assert message in str(err.value)
    if line is not None:
        assert f"{name}:{line}: " in str(err.value)
    candidates = [src]
    if name != "poorly_formed_xml.tbx":
        patched = tmp_path / name
        _with_chinese(src, patched)  # every entry would be importable on its own
        candidates.append(patched)
    for path in candidates:
        result = run("import", str(path), "--db", empty_db)
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
        assert message in lines[0] and lines[0].endswith("; nothing was imported")
        assert "Traceback" not in result.output
        assert _counts(empty_db) == (0, 0, 0)


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        ("admin_in_text", "<admin> may not be a child of <text>"),
        ("term_not_first", "<termSec> must start with <term>"),
        ("two_terms", "more than one <term> in <termSec>"),
        ("two_descrips", "more than one <descrip> in <descripGrp>"),
        ("untyped_admin", "<admin> without a type attribute"),
        ("no_lang", "<langSec> without xml:lang"),
        ("definition_at_term", "definition at <termSec> level"),
        ("bad_pos", "partOfSpeech value 'nominal' is not allowed"),
        ("bad_usage", "usageStatus value 'sometimes' is not allowed"),
        ("bad_responsibility", '<transacNote type="wrongType"> is not a TBX-Basic'),
    ],
)
def test_each_structural_rule(
    shared_tbx: Path, tmp_path: Path, mutation: str, message: str
) -> None:
    """Each rule on its own, on a copy of the valid v3 example."""
    src = shared_tbx / "v3" / "Example_Astronomy_DCA_VALID.tbx"
    tree = etree.parse(str(src))
    root = tree.getroot()
    t = f"{{{TBX_NS}}}"
    entry = next(root.iter(t + "conceptEntry"))
    term_sec = next(entry.iter(t + "termSec"))
    if mutation == "admin_in_text":
        admin = etree.Element(t + "admin", type="source")
        admin.text = "x"
        root.find(t + "text").insert(0, admin)
    elif mutation == "term_not_first":
        note = etree.Element(t + "note")
        note.text = "x"
        term_sec.insert(0, note)
    elif mutation == "two_terms":
        extra = etree.Element(t + "term")
        extra.text = "second"
        term_sec.find(t + "term").addnext(extra)
    elif mutation == "two_descrips":
        grp = next(root.iter(t + "descripGrp"))
        grp.insert(1, etree.Element(t + "descrip", type="definition"))
    elif mutation == "untyped_admin":
        etree.SubElement(term_sec, t + "admin").text = "x"
    elif mutation == "no_lang":
        del next(entry.iter(t + "langSec")).attrib[XML_LANG]
    elif mutation == "definition_at_term":
        etree.SubElement(term_sec, t + "descrip", type="definition").text = "x"
    elif mutation == "bad_pos":
        next(term_sec.iter(t + "termNote")).text = "nominal"
    elif mutation == "bad_usage":
        etree.SubElement(term_sec, t + "termNote", type="usageStatus").text = "sometimes"
        term_sec.insert(1, term_sec[-1])
    elif mutation == "bad_responsibility":
        next(root.iter(t + "transacNote")).set("type", "wrongType")
    path = tmp_path / "mutated.tbx"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        load_file(path)


def test_v2_sample_imports_with_statuses(shared_tbx: Path, tmp_path: Path) -> None:
    src = shared_tbx / "v2" / "TBX-basic-samples.tbx"
    tree = etree.parse(str(src))
    for n, entry in enumerate(tree.getroot().iter("termEntry"), 1):
        zh = etree.Element("langSet")
        zh.set(XML_LANG, "zh-CN")
        etree.SubElement(etree.SubElement(zh, "tig"), "term").text = f"样例{n}"
        entry.find("langSet").addprevious(zh)
    patched = tmp_path / "sample.tbx"
    tree.write(str(patched), xml_declaration=True, encoding="UTF-8")
    db = str(tmp_path / "s.db")
    GlossaryStore.open(db, seed=False).close()
    result = run("import", str(patched), "--db", db)
    assert result.exit_code == 0, result.output
    assert "created 5," in result.stdout
    with GlossaryStore.open(db) as store:
        lens = store.get(7)
        c1 = store.get(1)
    statuses = {t.text: t.status for t in lens.terms if t.lang == "en"}
    assert statuses == {
        "progressive lens": "preferred",
        "progressive addition lens": "admitted",
        "PAL": "deprecated",
        "progressive power lens": "admitted",
        "graduated lens": "superseded",
    }
    assert lens.definition.startswith("corrective lenses used in eyeglasses")
    assert (c1.subject, c1.created_by, c1.updated_by) == ("manufacturing", "Jane", "John")
    assert str(c1.created_at)[:10] == "2007-07-22"
    assert "ignored data the glossary does not keep" in result.stderr


def test_v3_example_and_our_own_dct_reading(shared_tbx: Path, tmp_path: Path) -> None:
    """DCT style (data categories as elements in their own namespace) reads the same."""
    dct = tmp_path / "dct.tbx"
    dct.write_text(
        '<?xml version="1.0"?>\n'
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic"'
        ' type="TBX-Basic" style="dct" xml:lang="en">'
        "<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>"
        '<text><body><conceptEntry id="c7"><basic:subjectField>外交</basic:subjectField>'
        "<descripGrp><basic:definition>A definition.</basic:definition></descripGrp>"
        "<transacGrp><basic:transactionType>origination</basic:transactionType>"
        "<date>2020-02-03</date><basic:responsibility>Li</basic:responsibility></transacGrp>"
        '<langSec xml:lang="zh"><termSec><term>外交部</term>'
        "<basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus>"
        "</termSec></langSec>"
        '<langSec xml:lang="en-GB"><termSec><term>Foreign Ministry</term>'
        "<basic:administrativeStatus>admittedTerm-admn-sts</basic:administrativeStatus>"
        "</termSec><termSec><term>Ministry of Foreign Affairs</term>"
        "<basic:usageStatus>preferred</basic:usageStatus><basic:source>MFA</basic:source>"
        "</termSec></langSec></conceptEntry></body></text></tbx>",
        encoding="utf-8",
    )
    with load_file(dct) as loaded:
        (view,) = list(loaded)
    assert (view.id, view.subject, view.definition) == (7, "外交", "A definition.")
    assert (view.created_by, str(view.created_at)[:10]) == ("Li", "2020-02-03")
    assert [(t.lang, t.text, t.status, t.source) for t in view.terms] == [
        ("zh", "外交部", "preferred", ""),
        ("en", "Foreign Ministry", "admitted", ""),
        ("en", "Ministry of Foreign Affairs", "preferred", "MFA"),
    ]
    with load_file(shared_tbx / "v3" / "Example_Astronomy_DCA_VALID.tbx") as loaded:
        assert loaded.report.entries == 45 and loaded.count == 0
