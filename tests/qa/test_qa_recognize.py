"""The recognisers: longest match, overlaps, traditional and full-width input, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import recognize
from glossary.recognize import (
    ChineseRecognizer,
    EnglishRecognizer,
    fold_zh,
    select_longest,
)


def spans(matches) -> list[tuple[str, object]]:
    return [(m.text, m.values[0]) for m in matches]


# ------------------------------------------------------------------ Chinese


def test_longest_match_wins_over_nested_terms() -> None:
    r = ChineseRecognizer([("国际", "a"), ("国际交往", "b"), ("国际交往中心", "c"), ("中心", "d")])
    assert spans(r.find("建设国际交往中心和物流中心")) == [("国际交往中心", "c"), ("中心", "d")]


def test_crossing_overlap_longest_first_then_leftmost() -> None:
    r = ChineseRecognizer([("陆海通道", "short"), ("新通道建设工程", "long"), ("西部陆海", "west")])
    # "陆海通道" does not occur; "西部陆海" (4) and "新通道建设工程" (7) do not overlap.
    assert spans(r.find("西部陆海新通道建设工程")) == [
        ("西部陆海", "west"),
        ("新通道建设工程", "long"),
    ]
    r2 = ChineseRecognizer([("甲乙丙", 1), ("丙丁戊己", 2)])
    assert spans(r2.find("甲乙丙丁戊己")) == [("丙丁戊己", 2)]
    r3 = ChineseRecognizer([("甲乙丙", 1), ("丙丁戊", 2)])
    assert spans(r3.find("甲乙丙丁戊")) == [("甲乙丙", 1)]


def test_find_all_keeps_overlaps() -> None:
    r = ChineseRecognizer([("一带一路", 1), ("一带一路倡议", 2), ("倡议", 3)])
    assert sorted(m.values[0] for m in r.find_all("一带一路倡议")) == [1, 2, 3]
    assert [m.values[0] for m in r.find("一带一路倡议")] == [2]


def test_traditional_input_keeps_original_offsets() -> None:
    r = ChineseRecognizer([("一带一路", "bri"), ("中西部国际交往中心", "center")])
    text = "推進「一帶一路」與中西部國際交往中心建設"
    found = r.find(text)
    assert [(m.start, m.end) for m in found] == [(3, 7), (9, 18)]
    assert [text[m.start : m.end] for m in found] == ["一帶一路", "中西部國際交往中心"]
    assert [m.text for m in found] == ["一帶一路", "中西部國際交往中心"]


def test_variants_opencc_keeps_in_context_still_match() -> None:
    # OpenCC t2s leaves the Hong Kong forms 衞 and 枱 alone; hk2s simplifies them.
    r = ChineseRecognizer([("国家卫生健康委员会", 1), ("衞生", 2), ("中央广播电视总台", 3)])
    assert spans(r.find("推進國家衞生健康委員會工作")) == [("國家衞生健康委員會", 1)]
    assert spans(r.find("卫生")) == [("卫生", 2)]
    assert spans(r.find("中央廣播電視總枱")) == [("中央廣播電視總枱", 3)]


def test_traditional_term_matches_simplified_text() -> None:
    r = ChineseRecognizer([("國際合作", 1)])
    assert spans(r.find("深化国际合作")) == [("国际合作", 1)]


def test_full_width_and_line_breaks_inside_a_term() -> None:
    r = ChineseRecognizer([("G20峰会", "g20"), ("中西部国际交往中心", "c")])
    text = "出席Ｇ２０ 峰會，推进中西部国际\n  交往中心"
    found = r.find(text)
    assert [m.text for m in found] == ["Ｇ２０ 峰會", "中西部国际\n  交往中心"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_quotes_and_book_title_marks_are_transparent() -> None:
    r = ChineseRecognizer([("一带一路倡议", 1), ("联合国宪章", 2)])
    text = "“一带一路”倡议符合《联合国宪章》"
    assert spans(r.find(text)) == [("一带一路”倡议", 1), ("联合国宪章", 2)]


def test_latin_edges_need_a_word_boundary() -> None:
    r = ChineseRecognizer([("G20峰会", 1), ("5G网络", 2)])
    assert r.find("AG20峰会") == []
    assert spans(r.find("参加G20峰会")) == [("G20峰会", 1)]
    assert r.find("15G网络") == []
    assert spans(r.find("建设5G网络")) == [("5G网络", 2)]


def test_expanding_characters_before_a_term_keep_offsets_right() -> None:
    # U+3220 "㈠" expands to "(一)" under NFKC; U+FB01 "ﬁ" to "fi".
    r = ChineseRecognizer([("中欧班列", 1)])
    text = "㈠ ﬁ 中歐班列"
    (m,) = r.find(text)
    assert text[m.start : m.end] == "中歐班列" and (m.start, m.end) == (4, 8)


def test_opencc_length_change_falls_back_without_losing_offsets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Shrinking:
        """A converter that (like a phrase table could) shortens one phrase."""

        def convert(self, text: str) -> str:
            return text.replace("乾隆", "X").replace("國", "国")

    monkeypatch.setattr(recognize, "_opencc", lambda: Shrinking())
    for cache in ("_T2S_CHAR", "_T2S_TABLE"):
        monkeypatch.setattr(recognize, cache, {})
    monkeypatch.setattr(recognize, "_T2S_SEEN", set())
    folded, origin = fold_zh("乾隆年間，中國")
    assert len(folded) == len("乾隆年間，中國")
    assert folded.endswith("中国")
    r = ChineseRecognizer([("中国", 1)])
    (m,) = r.find("乾隆年間，中國")
    assert (m.start, m.end, m.text) == (5, 7, "中國")


def test_identical_keys_share_one_entry() -> None:
    r = ChineseRecognizer([("一带一路", 1), ("一帶一路", 2), ("一带一路", 1)])
    assert len(r) == 1
    assert r.find("一带一路")[0].values == (1, 2)


def test_empty_recognizer_and_empty_text() -> None:
    assert ChineseRecognizer([]).find("一带一路") == []
    assert ChineseRecognizer([("一带一路", 1)]).find("") == []
    assert EnglishRecognizer([]).find("anything") == []


CJK_POOL = "一帶带路國国際际交往中心合作，。 \n「」Ｇ２0"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=CJK_POOL, max_size=40))
def test_matches_are_disjoint_sorted_and_point_into_the_original(text: str) -> None:
    terms = ["一带一路", "国际交往", "国际交往中心", "交往中心", "合作", "G20"]
    r = ChineseRecognizer([(t, t) for t in terms])
    found = r.find(text)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for m in found:
        assert m.text == text[m.start : m.end]
        assert fold_zh(m.text)[0] == fold_zh(m.values[0])[0]
    # Nothing is missed: every term occurrence in the folded text overlaps a match
    # (a Latin edge only counts at a word boundary: "0G20" holds no G20).
    folded, _ = fold_zh(text)
    if any(_whole_occurrence(folded, t.lower()) for t in terms):
        assert found


def _whole_occurrence(folded: str, term: str) -> bool:
    """``term`` occurs in ``folded`` without a Latin letter or digit glued to a Latin edge."""

    def glued(ch: str, edge: str) -> bool:
        return edge.isascii() and edge.isalnum() and ch.isascii() and ch.isalnum()

    at = folded.find(term)
    while at >= 0:
        before = folded[at - 1] if at else ""
        after = folded[at + len(term) : at + len(term) + 1]
        if not (before and glued(before, term[0])) and not (after and glued(after, term[-1])):
            return True
        at = folded.find(term, at + 1)
    return False


def test_select_longest_orders_and_drops_overlaps() -> None:
    chosen = select_longest([(0, 2, "a"), (1, 5, "b"), (5, 7, "c"), (4, 6, "d")])
    assert chosen == [(1, 5, "b"), (5, 7, "c")]


# ------------------------------------------------------------------ English


@pytest.fixture(scope="module")
def en() -> EnglishRecognizer[str]:
    return EnglishRecognizer(
        [
            ("new land and sea channel in the west", "dep"),
            ("New International Land-Sea Trade Corridor", "pref"),
            ("the Belt and Road Initiative", "bri"),
            ("One Belt, One Road", "obor"),
            ("promote opening up", "open"),
            ("China's development", "dev"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NEW LAND AND SEA CHANNEL IN THE WEST", "dep"),
        ("new land and sea channels in the west", "dep"),
        ("new land-and-sea channel in the West", "dep"),
        ("the New International Land Sea Trade Corridor", "pref"),
        ("New International Landsea Trade Corridors", "pref"),
        ("new international land–sea trade corridor", "pref"),
        ("Belt & Road Initiative", "bri"),
        ("one belt one road", "obor"),
        ("promoting opening-up", "open"),
        ("promoted opening up", "open"),
        ("China’s development", "dev"),
        ("Chinas developments", "dev"),
    ],
)
def test_english_variants_match(en: EnglishRecognizer[str], text: str, expected: str) -> None:
    found = en.find(f"We {text}, today.")
    assert [m.values[0] for m in found] == [expected]
    (m,) = found
    assert f"We {text}, today."[m.start : m.end] == m.text


def test_english_needs_whole_words(en: EnglishRecognizer[str]) -> None:
    assert en.find("the Belt and Roadster Initiative") == []
    assert en.find("renew land and sea channel in the western") == []


def test_english_match_stops_at_a_sentence_end(en: EnglishRecognizer[str]) -> None:
    assert en.find("They promote. Opening up is next.") == []
    assert en.find("Belt and Road\n\nInitiative") == []
    assert [m.values[0] for m in en.find("Belt and Road\nInitiative")] == ["bri"]


def test_english_offsets_are_original(en: EnglishRecognizer[str]) -> None:
    text = "Ｗe build the new land and sea channel in the west."
    (m,) = en.find(text)
    assert text[m.start : m.end] == "new land and sea channel in the west"


def test_english_longest_wins_and_find_all_keeps_both() -> None:
    r = EnglishRecognizer([("Belt and Road", "br"), ("Belt and Road Initiative", "bri")])
    assert [m.values[0] for m in r.find("the Belt and Road Initiative")] == ["bri"]
    assert sorted(m.values[0] for m in r.find_all("the Belt and Road Initiative")) == [
        "br",
        "bri",
    ]
