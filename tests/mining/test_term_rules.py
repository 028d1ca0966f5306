"""Rules that decide what a term is: boundaries, vocabulary, names, phrases.

The sentences are written for these tests (news-style Chinese with its English).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.mining import mine_documents, read_document
from glossary.mining.align import compound_keys
from glossary.mining.candidates import ZhCandidate
from glossary.mining.pipeline import (
    _demote_fragments,
    _joined_words,
    _token_links,
    base_lexicon,
    is_person_name,
)
from glossary.mining.render import en_side, link, zh_units
from glossary.mining.score import _possessive_description
from glossary.mining.tokens import zh_tokens

ROWS = [
    (
        "我们将继续发展航天事业，建设航天强国。",
        "We will continue to develop the space industry and build the country into a space power.",
    ),
    (
        "用人单位应当联合工会保护职工的合法权益。",
        "Employers should work with trade unions to protect the lawful rights and "
        "interests of employees.",
    ),
    (
        "外交部发言人王文斌表示，中方欢迎各方参与。",
        "Foreign Ministry spokesperson Wang Wenbin said China welcomes the participation "
        "of all parties.",
    ),
    (
        "广深高铁运行平稳，客流持续增长。",
        "The Guangzhou-Shenzhen high-speed railway runs smoothly and passenger numbers "
        "keep growing.",
    ),
    (
        "新建的物流中心提升了格局。",
        "The new logistics center has improved the pattern.",
    ),
]


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, float]]:
    """Chinese -> (English, score) of the pairs mined from ROWS."""
    path: Path = tmp_path_factory.mktemp("rules") / "rules.tsv"
    path.write_text("zh\ten\n" + "".join(f"{z}\t{e}\n" for z, e in ROWS), encoding="utf-8")
    return {p.zh: (p.en, p.score) for p in mine_documents([read_document(path)])}


@pytest.fixture(scope="module")
def pairs(mined: dict[str, tuple[str, float]]) -> dict[str, str]:
    return {zh: en for zh, (en, _score) in mined.items()}


def test_a_verb_translated_next_to_the_span_is_left_out(
    mined: dict[str, tuple[str, float]],
) -> None:
    # 发展 = "develop", right before "the space industry": not part of the term.
    assert mined["航天事业"][0] == "space industry"
    assert not any(zh.startswith("发展航天") for zh in mined)
    # 联合 = "work with" before "trade unions": the term is 工会. (The longer phrase
    # may be offered as well, but far below it.)
    assert mined["工会"][0] == "trade unions"
    if "联合工会" in mined:
        assert mined["联合工会"][1] < mined["工会"][1] - 0.2


def test_a_short_word_is_proposed_only_with_a_compound_rendering(pairs: dict[str, str]) -> None:
    assert "工会" in pairs  # "trade unions": two words for one Chinese word
    assert "格局" not in pairs  # "pattern": vocabulary


def test_people_are_not_terms(pairs: dict[str, str]) -> None:
    assert not any("王文斌" in zh for zh in pairs)
    assert is_person_name("王文斌", "Wang Wenbin")
    assert is_person_name("外交部发言人王文斌", "Foreign Ministry spokesperson Wang Wenbin")
    assert not is_person_name("习近平外交思想", "Xi Jinping Thought on Diplomacy")
    assert not is_person_name("王府井", "Wangfujing")  # one word: a place


def test_an_abbreviated_name_links_by_its_main_reading(pairs: dict[str, str]) -> None:
    # 广 is read "guang" (the simplified 廣), and the clause verb "runs" is left out.
    assert base_lexicon().pinyin["广"] == "guang"
    assert pairs.get("广深高铁") == "Guangzhou-Shenzhen high-speed railway"


def test_closed_compounds_link_by_their_halves() -> None:
    assert set(compound_keys("railway")) == {"~rail", "~way"}
    assert compound_keys("development") == ()
    assert compound_keys("short") == ()


def test_possessive_descriptions() -> None:
    assert _possessive_description("中国现代化", "China's modernization")
    # The PDF lost the apostrophe; the name's sound still tells.
    assert _possessive_description("重庆外事系统", "Chongqings foreign affairs system")
    assert not _possessive_description("国家战略需求", "country's strategic needs")
    assert not _possessive_description("习近平外交思想", "Xi Jinping's Thought on Diplomacy")


def _joined(zh: str, term: str, en: str, span: str) -> bool:
    """Run the "X and Y" check for ``term`` in ``zh`` against ``span`` of ``en``."""
    lex = base_lexicon()
    tokens = zh_tokens(zh)
    units = zh_units(tokens, lex)
    side = en_side(en)
    links = link(units, side)
    starts = [sum(len(t) for t in tokens[:i]) for i in range(len(tokens) + 1)]
    at = zh.index(term)
    a, b = starts.index(at), starts.index(at + len(term))
    words = [t.low for t in side.tokens]
    lo = words.index(span.split()[0])
    hi = lo + len(span.split()) - 1
    cand = ZhCandidate(a, b, at, at + len(term), term)
    return _joined_words(cand, tokens, _token_links(tokens, units, links), side, lo, hi)


def test_side_by_side_words_joined_by_and() -> None:
    # 经济 + 贸易 side by side, "economy and trade" in English: made for the sentence.
    assert _joined(
        "世界经济贸易面临挑战。", "世界经济贸易",
        "World economy and trade face challenges.", "world economy and trade",
    )  # fmt: skip
    # One word rendered by a pair (权益 = "rights and interests") is lexical.
    assert not _joined(
        "保障妇女权益。", "妇女权益",
        "Protect women's rights and interests.", "women's rights and interests",
    )  # fmt: skip


def test_a_fragment_of_a_longer_term_is_demoted() -> None:
    from glossary.mining.pipeline import _Agg

    corpus = "学习习近平外交思想。践行习近平外交思想。推进外事工作，外事工作有成效。"
    scored = [
        (3.0, "习近平外交思想", "xi", _Agg("习近平外交思想", "Xi Jinping Thought on Diplomacy")),
        (2.8, "外交思想", "td", _Agg("外交思想", "Thought on Diplomacy")),
        (2.5, "外事工作", "faw", _Agg("外事工作", "foreign affairs work")),
        (2.4, "外事工作有成效", "x", _Agg("外事工作有成效", "foreign affairs work effective")),
    ]
    out = {zk: logit for logit, zk, _ek, _a in _demote_fragments(scored, corpus)}
    assert out["外交思想"] < 2.0  # only ever inside 习近平外交思想
    assert out["外事工作"] == 2.5  # also seen on its own
    assert out["习近平外交思想"] == 3.0


def test_a_term_seen_only_inside_a_longer_one_is_still_offered(tmp_path: Path) -> None:
    path = tmp_path / "nested.tsv"
    path.write_text(
        "zh\ten\n中方愿同各方深化地区多双边合作。\t"
        "China is ready to deepen regional multi-bilateral cooperation with all parties.\n",
        encoding="utf-8",
    )
    mined = {p.zh: (p.en, p.score) for p in mine_documents([read_document(path)])}
    longer, shorter = mined["地区多双边合作"], mined["多双边合作"]
    assert longer[0] == "regional multi-bilateral cooperation"
    assert shorter[0] == "multi-bilateral cooperation"
    assert shorter[1] < longer[1] - 0.2  # offered, well below the phrase it came in


def test_a_glossary_rendering_is_taken_whole_as_the_document_writes_it(
    tmp_path: Path,
) -> None:
    from glossary.records import MiningSnapshot
    from glossary.text import en_key, zh_key

    path = tmp_path / "glossary.tsv"
    path.write_text(
        "zh\ten\n我们坚持以习近平新时代中国特色社会主义思想为指导。\t"
        "We follow the guidance of Xi Jinpings Thought on Socialism with Chinese "
        "Characteristics for a New Era.\n",
        encoding="utf-8",
    )
    term = "习近平新时代中国特色社会主义思想"
    full = "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"
    short = "Thought on Socialism with Chinese Characteristics for a New Era"
    snap = MiningSnapshot(approved={zh_key(term): [(full, "preferred"), (short, "admitted")]})
    out = {p.zh: p for p in mine_documents([read_document(path)], snap)}
    # The whole recorded rendering, with the document's missing apostrophe, not the
    # admitted short form nor the part the dictionary explains.
    assert out[term].en == "Xi Jinpings " + short
    assert en_key(out[term].en) != en_key(full)  # written differently: a variant
    assert out[term].status == "variant"


def test_a_glossary_word_does_not_take_the_first_character_of_a_common_word() -> None:
    from glossary.mining.tokens import glossary_words

    sentence = "人力资源和社会保障部门可以约谈用人单位。"
    with glossary_words(["人力资源和社会保障部"]):
        glued = zh_tokens(sentence)
        alone = zh_tokens("人力资源和社会保障部发布通知。")
    assert "部门" in glued and "人力资源和社会保障部" not in glued  # departments
    assert "人力资源和社会保障部" in alone  # the ministry itself stays whole
