"""Files written by other tools, and our files after another tool has rewritten them."""

from __future__ import annotations

from pathlib import Path

from formats_helpers import DATA, export_bytes, run, sample_concepts, store_with

from glossary.formats import load_file
from glossary.store import GlossaryStore


def test_termbase_export_with_ntig_and_three_letter_languages(empty_db: str) -> None:
    path = DATA / "trados_ntig.tbx"
    result = run("import", str(path), "--db", empty_db)
    assert result.exit_code == 0, result.output
    assert "TBX v2, TBX, 2 entries read" in result.stdout
    assert "created 2," in result.stdout
    assert "fr-FR (1)" in result.stderr
    with GlossaryStore.open(empty_db) as store:
        (g20,) = store.find_by_zh("二十国集团")
        (apec,) = store.find_by_zh("亚太经合组织")  # stored traditional, found simplified
    assert g20.subject == "Diplomacy"
    assert g20.definition == "A forum of leaders of the world's major economies."
    assert [(t.text, t.status) for t in g20.renderings("en")] == [
        ("Group of Twenty", "preferred"),
        ("G20", "admitted"),
        ("Group of 20 countries", "deprecated"),
    ]
    assert g20.renderings("zh")[0].source == "外交部"
    assert g20.evidence[0].en_context == "The G20 summit was held in Hangzhou."
    assert apec.zh == "亞太經合組織" and apec.en == "Asia-Pacific Economic Cooperation"


def test_file_written_by_translate_toolkit(tmp_path: Path, empty_db: str) -> None:
    from translate.storage import tbx

    ttk = tbx.tbxfile(sourcelanguage="zh-Hans", targetlanguage="en")
    unit = ttk.addsourceunit("一带一路")
    unit.settarget("Belt and Road Initiative")
    unit.addnote("official rendering", origin="translator")
    ttk.addsourceunit("中欧班列").settarget("China-Europe Railway Express")
    path = tmp_path / "weblate.tbx"
    path.write_bytes(bytes(ttk))
    result = run("import", str(path), "--db", empty_db)
    assert result.exit_code == 0, result.output
    assert "created 2," in result.stdout
    with GlossaryStore.open(empty_db) as store:
        (bri,) = store.find_by_zh("一带一路")
    assert (bri.en, bri.note) == ("Belt and Road Initiative", "official rendering")


def test_our_export_survives_a_pass_through_translate_toolkit(tmp_path: Path) -> None:
    """Weblate loads our TBX with translate-toolkit, edits a target, saves it back:
    statuses, definitions and the glossary's own data must still be there."""
    from translate.storage import tbx

    store = store_with(sample_concepts())
    ours = tmp_path / "ours.tbx"
    ours.write_bytes(export_bytes(store, "tbx", status="approved"))
    ttk = tbx.tbxfile(ours.open("rb"), sourcelanguage="zh-Hans", targetlanguage="en")
    unit = next(u for u in ttk.units if u.source == "中欧班列")
    unit.set_target_terms(["China-Europe Railway Express", "China Railway Express"])
    edited = tmp_path / "edited.tbx"
    edited.write_bytes(bytes(ttk))
    with load_file(edited) as loaded:
        views = {v.id: v for v in loaded}
    obor = views[12]
    assert obor.definition.startswith("A China-proposed initiative <of>")
    assert {(t.text, t.status) for t in obor.terms if t.lang == "en"} == {
        ("Belt and Road Initiative", "preferred"),
        ("One Belt, One Road", "deprecated"),
        ("OBOR", "superseded"),
    }
    assert (obor.created_by, obor.updated_by) == ("alice", "bob")
    assert obor.created_at.isoformat() == "2024-05-01T10:22:13+00:00"
    train = views[30]
    assert [(t.text, t.status) for t in train.renderings("en")] == [
        ("China-Europe Railway Express", "preferred"),
        ("China Railway Express", "admitted"),  # added in the other tool: no status given
    ]
