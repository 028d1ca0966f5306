"""The check rules and annotate, on the library level (no database)."""

from __future__ import annotations

import pytest

from glossary.mining.model import AlignedSegment
from glossary.qa import CheckReport, TermBase, detect_language
from glossary.records import ConceptView, TermView


def concept(cid: int, zh: str, en: str, *alts: tuple[str, str], check: bool = True) -> ConceptView:
    terms = [TermView(None, "zh", zh), TermView(None, "en", en)]
    terms += [TermView(None, "en", text, status) for text, status in alts]
    return ConceptView(id=cid, status="approved", terms=terms, check=check)


@pytest.fixture(scope="module")
def tb() -> TermBase:
    return TermBase(
        [
            concept(
                1,
                "西部陆海新通道",
                "New International Land-Sea Trade Corridor",
                ("new land and sea channel in the west", "deprecated"),
            ),
            concept(
                2,
                "一带一路",
                "Belt and Road Initiative",
                ("Belt and Road", "admitted"),
                ("One Belt, One Road", "deprecated"),
            ),
            concept(
                3,
                "人类命运共同体",
                "global community of shared future",
                ("community with a shared future for mankind", "superseded"),
            ),
            concept(4, "倡议", "initiative"),
            concept(5, "开放型经济", "open economy"),
            concept(6, "开放型经济新体制", "new system of open economy"),
            concept(7, "友好城市", "sister city", check=False),
            concept(8, "城市", "city"),
            concept(9, "全球发展", "global development"),
            concept(10, "全球发展倡议", "Global Development Initiative", ("GDI", "admitted")),
        ]
    )


def check(tb: TermBase, zh: str, en: str) -> list[tuple[str, str, int]]:
    issues = tb.check_segment(AlignedSegment(zh, en, 1), "doc")
    return sorted((i.rule, i.severity, i.entry.concept_id) for i in issues)


def test_preferred_rendering_passes(tb: TermBase) -> None:
    assert (
        check(tb, "建设西部陆海新通道", "building the New International Land-Sea Trade Corridor")
        == []
    )


def test_deprecated_rendering_is_an_error(tb: TermBase) -> None:
    issues = tb.check_segment(
        AlignedSegment("建设西部陆海新通道", "build a new land and sea channel in the west", 7), "d"
    )
    (issue,) = issues
    assert (issue.rule, issue.severity, issue.segment) == ("deprecated", "error", 7)
    assert issue.found == ["new land and sea channel in the west"]
    assert "New International Land-Sea Trade Corridor" in issue.message
    start, end = issue.target_spans[0]
    assert issue.en_text[start:end] == "new land and sea channel in the west"


def test_superseded_rendering_is_an_error(tb: TermBase) -> None:
    got = check(tb, "构建人类命运共同体", "build a community with a shared future for mankind")
    assert got == [("deprecated", "error", 3)]


def test_deprecated_plus_preferred_is_still_an_error(tb: TermBase) -> None:
    got = check(
        tb,
        "一带一路",
        "the Belt and Road Initiative (formerly One Belt, One Road)",
    )
    assert got == [("deprecated", "error", 2)]


def test_missing_rendering_is_a_warning(tb: TermBase) -> None:
    got = check(tb, "建设西部陆海新通道", "building the western corridor")
    assert got == [("missing", "warning", 1)]


def test_admitted_rendering_is_accepted(tb: TermBase) -> None:
    assert check(tb, "一带一路", "the Belt and Road countries") == []


@pytest.mark.parametrize(
    "en",
    [
        "NEW INTERNATIONAL LAND-SEA TRADE CORRIDOR",
        "the new international land sea trade corridors",
        "new international landsea trade corridor",
        "New International Land–Sea Trade Corridors'",
    ],
)
def test_inflection_case_and_hyphen_tolerance(tb: TermBase, en: str) -> None:
    assert check(tb, "西部陆海新通道", en) == []


def test_inflected_deprecated_rendering_is_caught(tb: TermBase) -> None:
    got = check(tb, "西部陆海新通道", "New Land-and-Sea Channels in the West")
    assert got == [("deprecated", "error", 1)]


def test_count_warning_when_source_has_more_occurrences(tb: TermBase) -> None:
    issues = tb.check_segment(
        AlignedSegment(
            "西部陆海新通道连接东盟；西部陆海新通道也连接欧洲。",
            "The New International Land-Sea Trade Corridor links ASEAN and Europe.",
            3,
        )
    )
    (issue,) = issues
    assert (issue.rule, issue.severity) == ("count", "warning")
    assert (issue.source_count, issue.target_count) == (2, 1)


def test_equal_counts_give_no_count_warning(tb: TermBase) -> None:
    assert (
        check(
            tb,
            "一带一路，一带一路",
            "Belt and Road Initiative; the Belt and Road",
        )
        == []
    )


def test_traditional_source_is_checked(tb: TermBase) -> None:
    issues = tb.check_segment(AlignedSegment("共建「一帶一路」", "One Belt, One Road", 1))
    (issue,) = issues
    assert issue.rule == "deprecated" and issue.source_terms == ["一帶一路"]


def test_overlapping_source_terms_longest_wins(tb: TermBase) -> None:
    # 开放型经济新体制 contains 开放型经济: only the longer term is expected.
    assert check(tb, "构建开放型经济新体制", "a new system of open economy") == []
    assert check(tb, "构建开放型经济新体制", "a new open economic system") == [
        ("missing", "warning", 6)
    ]


def test_renderings_of_different_terms_may_overlap(tb: TermBase) -> None:
    # 一带一路 + 倡议 in the source; "initiative" is part of "Belt and Road Initiative".
    assert check(tb, "一带一路倡议", "the Belt and Road Initiative") == []


def test_deprecated_part_of_preferred_is_not_reported() -> None:
    tb = TermBase(
        [
            concept(
                1,
                "全球发展倡议",
                "Global Development Initiative",
                ("Global Development", "deprecated"),
            )
        ]
    )
    assert check(tb, "全球发展倡议", "the Global Development Initiative") == []
    assert check(tb, "全球发展倡议", "Global Development") == [("deprecated", "error", 1)]


def test_entry_with_check_off_is_skipped_but_still_shadows_shorter_terms(tb: TermBase) -> None:
    assert check(tb, "友好城市", "twin town") == []  # 7 is off; 城市 inside it is not checked
    assert check(tb, "城市", "town") == [("missing", "warning", 8)]


def test_untranslated_segments_are_skipped_and_counted(tb: TermBase) -> None:
    report = tb.check(
        [
            AlignedSegment("一带一路", "", 1),
            AlignedSegment("一带一路", "One Belt, One Road", 2),
            AlignedSegment("没有术语", "No terms.", 3),
        ],
        "doc",
    )
    assert (report.segments, report.with_terms, report.untranslated) == (3, 2, 1)
    assert (report.errors, report.warnings) == (1, 0)


def test_report_groups_by_term_errors_first(tb: TermBase) -> None:
    report = CheckReport()
    tb.check(
        [
            AlignedSegment("城市", "town", 1),
            AlignedSegment("一带一路", "OBOR is not a term here", 2),
            AlignedSegment("西部陆海新通道", "new land and sea channel in the west", 3),
            AlignedSegment("城市", "village", 4),
        ],
        "doc",
        report,
    )
    groups = report.by_term()
    assert [e.concept_id for e, _ in groups] == [1, 8, 2]
    assert [i.segment for i in groups[1][1]] == [1, 4]
    data = report.as_dict()
    assert data["summary"]["errors"] == 1 and data["summary"]["warnings"] == 3
    assert data["terms"][0]["issues"][0]["zh_text"] == "西部陆海新通道"


def test_annotate_lists_terms_with_preferred_english(tb: TermBase) -> None:
    text = "第一行\n推进一帶一路和全球發展倡議"
    occ = tb.annotate(text)
    assert [(o.text, o.entry.en, o.line, o.column) for o in occ] == [
        ("一帶一路", "Belt and Road Initiative", 2, 3),
        ("全球發展倡議", "Global Development Initiative", 2, 8),
    ]
    assert all(text[o.start : o.end] == o.text for o in occ)


def test_flag_english_names_the_preferred_rendering(tb: TermBase) -> None:
    text = "Line one.\nWe join One Belt One Road and the Belt and Road Initiative."
    (flag,) = tb.flag_english(text)
    assert (flag.text, flag.status, flag.entry.en) == (
        "One Belt One Road",
        "deprecated",
        "Belt and Road Initiative",
    )
    assert (flag.line, flag.column) == (2, 9)


def test_flag_english_skips_renderings_approved_elsewhere() -> None:
    tb = TermBase(
        [
            concept(1, "甲方", "party A", ("first party", "deprecated")),
            concept(2, "第一方", "first party"),
        ]
    )
    assert tb.flag_english("the first party signs") == []


def test_detect_language() -> None:
    assert detect_language("推进一带一路建设 BRI") == "zh"
    assert detect_language("The Belt and Road Initiative (一带一路) is ...") == "en"


def test_termbase_from_rows_matches_from_views() -> None:
    views = [
        concept(1, "一带一路", "Belt and Road Initiative", ("One Belt, One Road", "deprecated")),
        concept(2, "友好城市", "sister city", check=False),
    ]
    rows = [
        (v.id, v.check, t.lang, t.text, t.status)
        for v in views
        for t in reversed(v.terms)  # any order
    ]
    assert TermBase.from_rows(rows).entries == TermBase(views).entries
