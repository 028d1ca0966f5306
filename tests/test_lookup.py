"""Lookup ranking on the shipped seed terms, through both term sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.lookup import LookupIndex, search
from glossary.store import GlossaryStore, SqliteTermSource


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("lookup") / "seeded.db"
    GlossaryStore.open(str(path), actor="tester").close()
    yield path


@pytest.fixture(scope="module", params=["memory", "sqlite"])
def find(request: pytest.FixtureRequest, seeded: Path) -> Iterator:
    if request.param == "memory":
        with GlossaryStore.open(str(seeded)) as store:
            index = LookupIndex.from_store(store)
        yield lambda q, **kw: index.search(q, **kw)
    else:
        source = SqliteTermSource.open(str(seeded))
        assert source is not None
        yield lambda q, **kw: search(source, q, **kw)
        source.close()


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("一带一路", "exact"),
        ("一帶一路", "exact"),
        ("yidaiyilu", "pinyin"),
        ("yi dai yi lu", "pinyin"),
        ("ydyl", "initials"),
        ("Belt and Road Initiative", "exact"),
        ("belt and road initiatives", "exact"),
        ("One Belt, One Road", "exact"),
        ("Belt and Raod Initiative", "fuzzy"),
    ],
)
def test_first_hit_is_the_belt_and_road_initiative(find, query: str, kind: str) -> None:
    hits = find(query, limit=5)
    assert hits, query
    assert hits[0].zh == "一带一路"
    assert hits[0].en == "Belt and Road Initiative"
    assert hits[0].match == kind


def test_deprecated_rendering_is_shown_as_deprecated_next_to_the_preferred(find) -> None:
    (hit, *_rest) = find("One Belt, One Road")
    assert hit.status == "deprecated"
    assert hit.matched == "One Belt, One Road"
    assert ("en", "Belt and Road Initiative", "preferred") in hit.renderings


def test_english_inflection_finds_the_term(find) -> None:
    hits = find("Center for International Exchange in Central and Western China", limit=3)
    assert hits[0].zh == "中西部国际交往中心"
    word_hits = find("exchanges", limit=20)
    assert "中西部国际交往中心" in {h.zh for h in word_hits}
    assert all(h.match != "fuzzy" for h in word_hits[:3])


def test_prefix_substring_and_contained(find) -> None:
    prefix = find("人类命运", limit=5)
    assert prefix[0].zh == "人类命运共同体" and prefix[0].match == "prefix"
    contained = find("我们要推进西部陆海新通道建设", limit=5)
    assert "西部陆海新通道" in {h.zh for h in contained}
    assert {h.match for h in contained} == {"contained"}


def test_chinese_typo_is_found_fuzzily(find) -> None:
    hits = find("人类命运共同休", limit=3)
    assert hits[0].zh == "人类命运共同体" and hits[0].match == "fuzzy"


def test_results_are_ranked_and_limited(find) -> None:
    hits = find("yidaiyilu", limit=3)
    assert len(hits) <= 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({h.concept_id for h in hits}) == len(hits)


def test_status_filter_and_no_match(find) -> None:
    assert all(h.status == "deprecated" for h in find("belt", status="deprecated"))
    assert find("zzqqxxjj") == []
    assert find("   ") == []


def test_both_sources_agree(seeded: Path) -> None:
    with GlossaryStore.open(str(seeded)) as store:
        index = LookupIndex.from_store(store)
    source = SqliteTermSource.open(str(seeded))
    assert source is not None
    for query in ["一带一路", "ydyl", "exchanges", "人类命运", "global community", "zhongoubanlie"]:
        a = [(h.concept_id, h.match) for h in index.search(query, 8)]
        b = [(h.concept_id, h.match) for h in search(source, query, 8)]
        assert a == b, query
    source.close()


def test_sqlite_source_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    assert SqliteTermSource.open(str(tmp_path / "missing.db")) is None
    (tmp_path / "junk.db").write_bytes(b"not sqlite at all" * 10)
    assert SqliteTermSource.open(str(tmp_path / "junk.db")) is None
