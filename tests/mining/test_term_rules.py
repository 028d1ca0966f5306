"""Rules that decide what a term is: boundaries, vocabulary, names, phrases.

The sentences are written for these tests (news-style Chinese with its English).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from helpers import write_aligned_tsv

from glossary.mining import mine_documents, read_document
from glossary.mining.align import acronym_keys, compound_keys
from glossary.mining.candidates import ZhCandidate, sentence_candidates, termhood
from glossary.mining.lexicon import _clean_gloss, compound_senses, word_keys
from glossary.mining.model import MinedPair
from glossary.mining.names import bodies_of_posts
from glossary.mining.pipeline import (
    _counts,
    _demote_fragments,
    _edge_elsewhere,
    _joined_words,
    _number_extra,
    _number_missing,
    _short_forms,
    _token_links,
    base_lexicon,
    gather_documents,
    is_person_name,
    is_place_in_place,
    linked_pairs,
    mine_pair,
)
from glossary.mining.render import (
    _boundary_penalty,
    _name_end,
    _variants,
    en_side,
    link,
    render,
    span_text,
    zh_units,
)
from glossary.mining.score import Scored, competitive_link, local_score, possessive_description
from glossary.mining.tokens import en_tokens, join_known, zh_numbers, zh_tokens
from glossary.text import en_key, zh_key

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


_tsv = write_aligned_tsv  # (with a header)


def _renderings(zh: str, en: str) -> dict[str, str]:
    """Chinese -> English of the pairs mined from one sentence pair."""
    return {p.zh: p.en for p in mine_pair(zh, en, base_lexicon())}


def _scored(zh: str, en: str, term: str) -> Scored:
    """The pair mined for ``term`` from one sentence pair (its fit, termhood, ...)."""
    return next(p for p in mine_pair(zh, en, base_lexicon()) if p.zh == term)


def _scored_pairs(zh: str, en: str) -> dict[str, Scored]:
    """Chinese -> the pair mined for it from one sentence pair (fit, termhood, ...)."""
    return {p.zh: p for p in mine_pair(zh, en, base_lexicon())}


def _mine_rows(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str]]
) -> dict[str, tuple[str, float]]:
    """Chinese -> (English, score) of the pairs mined from ``rows`` as a TSV file."""
    path = _tsv(tmp_path_factory.mktemp("rules") / "rules.tsv", rows)
    return {p.zh: (p.en, p.score) for p in mine_documents([read_document(path)])}


def _mine_with_glossary(
    path: Path, approved: dict[str, list[tuple[str, str]]]
) -> dict[str, MinedPair]:
    """Chinese -> the pair mined from ``path`` with a glossary of ``approved`` terms
    (Chinese keys as zh_key makes them, each with its renderings and their status)."""
    from glossary.records import MiningSnapshot

    snap = MiningSnapshot(approved=approved)
    return {p.zh: p for p in mine_documents([read_document(path)], snap)}


def _best_by_english(zh: str, en: str) -> dict[str, Scored]:
    """English -> the best-ranked pair of one sentence pair that has that English."""
    best: dict[str, Scored] = {}
    for p in mine_pair(zh, en, base_lexicon()):
        if p.en not in best or p.raw > best[p.en].raw:
            best[p.en] = p
    return best


@pytest.fixture(scope="module")
def mined(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, float]]:
    """Chinese -> (English, score) of the pairs mined from ROWS."""
    return _mine_rows(tmp_path_factory, ROWS)


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
    # A name is no term; with the post before it, it is offered below the post (see
    # test_a_post_with_its_holders_name_is_offered_below_the_post).
    assert [zh for zh in pairs if "王文斌" in zh] in ([], ["外交部发言人王文斌"])
    assert is_person_name("王文斌", "Wang Wenbin")
    assert is_person_name("外交部发言人王文斌", "Foreign Ministry spokesperson Wang Wenbin")
    assert not is_person_name("习近平外交思想", "Xi Jinping Thought on Diplomacy")
    assert is_person_name("习近平主席", "President Xi Jinping")  # a name and its post
    assert not is_person_name("王府井", "Wangfujing")  # one word: a place


def test_an_abbreviated_name_links_by_its_main_reading(pairs: dict[str, str]) -> None:
    # 广 is read "guang" (the simplified 廣), and the clause verb "runs" is left out.
    assert base_lexicon().pinyin["广"] == "guang"
    assert pairs.get("广深高铁") == "Guangzhou-Shenzhen high-speed railway"


def test_closed_compounds_link_by_their_halves() -> None:
    assert set(compound_keys("railway")) == {"~rail", "~way"}
    assert compound_keys("development") == ()
    assert compound_keys("short") == ()


def testpossessive_descriptions() -> None:
    assert possessive_description("中国现代化", "China's modernization")
    # The PDF lost the apostrophe; the name's sound still tells.
    assert possessive_description("重庆外事系统", "Chongqings foreign affairs system")
    assert not possessive_description("国家战略需求", "country's strategic needs")
    assert not possessive_description("习近平外交思想", "Xi Jinping's Thought on Diplomacy")
    # Title case does not make a place's possessive a name (in 《》 it is one: quoted).
    assert possessive_description("云南外事工作", "Yunnan's Foreign Affairs Work")


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
    return _joined_words(cand, tokens, _token_links(tokens, units, links), side, lo, hi, lex)


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
    # Two modifiers compounded before their head (监测|预警|体系) are one lexical
    # modifier, even when the English joins them with "and".
    assert not _joined(
        "完善灾害监测预警体系。", "灾害监测预警体系",
        "Improve the disaster monitoring and early warning system.",
        "disaster monitoring and early warning system",
    )  # fmt: skip
    # Two activities named together as the head, in the Chinese order: a campaign.
    assert not _joined(
        "党史学习教育在全国开展。", "党史学习教育",
        "Party history learning and education was launched across the country.",
        "party history learning and education",
    )  # fmt: skip
    # Not when the English takes them out of order: "ports and green ports" for
    # 绿色港口 borrows "ports" from the list before it.
    assert _joined(
        "建设智慧港口、绿色港口。", "绿色港口",
        "Build smart ports and green ports.", "ports and green ports",
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


def test_the_fuller_english_seen_more_often_is_the_terms() -> None:
    from glossary.mining.pipeline import _Agg, _prefer_fuller_english

    full = _Agg("全国人大常委会", "NPC Standing Committee", count=5)
    short = _Agg("全国人大常委会", "Standing Committee", count=4)
    scored = [(3.85, "k", "sc", short), (3.69, "k", "npcsc", full)]
    out = {ek: logit for logit, _zk, ek, _a in _prefer_fuller_english(scored)}
    # "the Standing Committee" is a later mention: the fuller rendering takes its rank.
    assert out["npcsc"] > out["sc"] == 3.85
    # Seen no more often than the short one, it keeps its own rank.
    full.count = 4
    out = {ek: logit for logit, _zk, ek, _a in _prefer_fuller_english(scored)}
    assert out["npcsc"] == 3.69
    # ... and so it does when far below it.
    full.count = 5
    scored = [(3.85, "k", "sc", short), (3.0, "k", "npcsc", full)]
    out = {ek: logit for logit, _zk, ek, _a in _prefer_fuller_english(scored)}
    assert out["npcsc"] == 3.0


def test_a_dictionary_name_inside_a_longer_term_is_no_fragment() -> None:
    from glossary.mining.pipeline import _Agg

    corpus = "金砖国家领导人第十五次会晤举行。"
    scored = [
        (
            3.0,
            "金砖国家领导人第十五次会晤",
            "s",
            _Agg("金砖国家领导人第十五次会晤", "15th BRICS Summit"),
        ),
        (2.8, "金砖国家", "brics", _Agg("金砖国家", "BRICS")),
    ]
    lex = base_lexicon()
    # Its English is the dictionary's: a name nested in the longer one, kept as it is.
    assert {zk: lg for lg, zk, _e, _a in _demote_fragments(scored, corpus, lex)}["金砖国家"] == 2.8
    assert {zk: lg for lg, zk, _e, _a in _demote_fragments(scored, corpus)}["金砖国家"] < 2.0


def test_a_part_with_the_whole_names_english_gives_the_name_its_rank() -> None:
    from glossary.mining.pipeline import _Agg

    corpus = "推动滇中地区双城经济圈建设，促进科技创新。"
    en = "Central Yunnan Twin-Hub Mega-Region"
    sti = "scientific and technological innovation"
    scored = [
        (logit, zh, en_key(english), _Agg(zh, english))
        for logit, zh, english in [
            (4.5, "滇中地区", en),
            (0.1, "滇中地区双城经济圈", en),
            (3.0, "科技创新", sti),
            (0.2, "科技创新建设", sti),
        ]
    ]
    lex = base_lexicon()
    out = {a.zh: logit for logit, _zk, _ek, a in _demote_fragments(scored, corpus, lex)}
    # 双城经济圈 is nothing the dictionary knows: the English's "Twin-Hub Mega-Region"
    # renders it, so the English is the whole name's.
    assert out["滇中地区双城经济圈"] == 4.5
    assert out["滇中地区"] < 3.5
    # 建设 is a known word the English leaves out: the longer one is no name.
    assert out["科技创新"] == 3.0
    assert out["科技创新建设"] == 0.2


def test_a_part_keeps_its_rank_when_the_english_has_nothing_for_the_added_words() -> None:
    from glossary.mining.pipeline import _Agg

    corpus = "妇女联合会约谈用人单位。"
    scored = [
        (logit, zh, en_key("women's federations"), _Agg(zh, "women's federations"))
        for logit, zh in [(4.5, "妇女联合会"), (0.1, "妇女联合会用人单位")]
    ]
    out = {a.zh: logit for logit, _zk, _ek, a in _demote_fragments(scored, corpus, base_lexicon())}
    assert out == {"妇女联合会": 4.5, "妇女联合会用人单位": 0.1}


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
    out = _mine_with_glossary(path, {zh_key(term): [(full, "preferred"), (short, "admitted")]})
    # The whole recorded rendering, with the document's missing apostrophe, not the
    # admitted short form nor the part the dictionary explains.
    assert out[term].en == "Xi Jinpings " + short
    # (A possessive, with or without its apostrophe, is no other rendering.)
    assert en_key(out[term].en) == en_key(full)
    assert out[term].status == "known"


def test_a_glossary_rendering_keeps_its_rank_over_a_part_the_dictionary_fits_better(
    tmp_path: Path,
) -> None:
    from glossary.text import zh_key

    path = _tsv(
        tmp_path / "office.tsv",
        [(
            "市委外办主任,市政府外办党组书记、主任张华出席会议。",
            "Zhang Hua, Director-General of the Office of Foreign Affairs Work Commission "
            "of the CPC Wuhan Municipal Committee, Secretary of the Leading Party Members "
            "Group and Director-General of the Foreign Affairs Office of the Wuhan "
            "Municipal Government, attended the meeting.",
        )],
    )  # fmt: skip
    out = _mine_with_glossary(path, {
            zh_key("市委外办"): [
                ("Office of the Foreign Affairs Commission of the CPC Municipal Committee",
                 "preferred"),
                ("Foreign Affairs Office", "admitted"),
            ],
            zh_key("外办"): [("Foreign Affairs Office", "preferred")],
        })  # fmt: skip
    # 外办 holds "Foreign Affairs Office" elsewhere in the sentence, so the dictionary
    # fits 市委 alone ("CPC Wuhan Municipal Committee") better than the whole name.
    assert out["市委外办"].en == (
        "Office of Foreign Affairs Work Commission of the CPC Wuhan Municipal Committee"
    )
    assert out["市委外办"].status == "variant"


def test_a_glossary_rendering_outranks_the_dictionary_part_of_it(tmp_path: Path) -> None:
    from glossary.text import zh_key

    path = _tsv(
        tmp_path / "meeting.tsv",
        [(
            "李强主持召开国务院常务会议,研究稳就业政策措施。",
            "Premier Li Qiang chaired an executive meeting of the State Council to study "
            "policy measures for stabilizing employment.",
        )],
    )  # fmt: skip
    term = "国务院常务会议"
    out = _mine_with_glossary(
        path, {zh_key(term): [("executive meeting of the State Council", "preferred")]}
    )
    # The dictionary has no "executive" for 常务: its best span is a part.
    assert out[term].en == "executive meeting of the State Council"
    assert out[term].status == "known"


def test_a_glossary_rendering_with_its_last_word_replaced_is_not_cut_short(
    tmp_path: Path,
) -> None:
    from glossary.text import zh_key

    path = _tsv(
        tmp_path / "paradigm.tsv",
        [(
            "我们将加快构建新发展格局,推动经济实现质的有效提升。",
            "We will move faster to create a new development paradigm and promote "
            "effective qualitative improvement of the economy.",
        )],
    )  # fmt: skip
    out = _mine_with_glossary(
        path, {zh_key("新发展格局"): [("new development pattern", "preferred")]}
    )
    assert out["新发展格局"].en == "new development paradigm"
    assert out["新发展格局"].status == "variant"


def test_a_glossary_word_does_not_take_the_first_character_of_a_common_word() -> None:
    from glossary.mining.tokens import glossary_words

    sentence = "人力资源和社会保障部门可以约谈用人单位。"
    with glossary_words(["人力资源和社会保障部"]):
        glued = zh_tokens(sentence)
        alone = zh_tokens("人力资源和社会保障部发布通知。")
    assert "部门" in glued and "人力资源和社会保障部" not in glued  # departments
    assert "人力资源和社会保障部" in alone  # the ministry itself stays whole


# Sentences of the kind a new document brings (written for these tests): each row
# exercises one rule about what a term and its rendering are.
MORE_ROWS = [
    (
        "会议指出，要深入实施创新驱动发展战略，牢牢守住十八亿亩耕地红线。",
        "The meeting pointed out that the innovation-driven development strategy should be "
        "further implemented and the red line of 1.8 billion mu of farmland firmly held.",
    ),
    (
        "国家外汇管理局公布，我国外汇储备规模保持稳定。",
        "The State Administration of Foreign Exchange announced that China's foreign "
        "exchange reserves remained stable.",
    ),
    (
        "全国碳排放权交易市场启动以来运行平稳。嫦娥五号月球探测器带回了月球样品。",
        "The national carbon emissions trading market has run smoothly since its launch. "
        "The Chang'e-5 lunar probe brought back lunar samples.",
    ),
    (
        "中国将高水平实施《区域全面经济伙伴关系协定》（RCEP），积极参与亚太经合组织（APEC）合作。",
        "China will implement the Regional Comprehensive Economic Partnership (RCEP) agreement "
        "with high standards and take an active part in the Asia-Pacific Economic "
        "Cooperation (APEC).",
    ),
    (
        "亚洲基础设施投资银行（亚投行）成员数量已增至109个。我们要健全国家安全体系。",
        "The membership of the Asian Infrastructure Investment Bank (AIIB) has grown to 109. "
        "We will improve the national security system.",
    ),
    (
        "2023年，云南外事系统坚持党对外事工作的集中统一领导，奋力开创云南外事工作新局面。",
        "In 2023, Yunnan's foreign affairs system upheld the centralized and unified "
        "leadership of the Party over foreign affairs work and strove to open up new "
        "prospects for Yunnan's foreign affairs work.",
    ),
    (
        "我们积极参与澜湄合作，推动中国—南亚博览会成功举办。",
        "We actively participated in Lancang-Mekong Cooperation and facilitated the "
        "successful hosting of the China-South Asia Expo.",
    ),
    (
        "全省外事系统将服务国家总体外交。",
        "The provincial foreign affairs system will serve the country's overall diplomacy.",
    ),
    (
        "仓库的货架堆满了农产品，港口的集装箱也已装满。",
        "The shelves of the warehouse are full of farm produce, and the containers of "
        "the port are full too.",
    ),
    (
        "第三届数字贸易博览会昨天在杭州线上开幕。",
        "The third Digital Trade Expo opened online in Hangzhou yesterday.",
    ),
    (
        "十四届全国人大常委会第五次会议审议了草案。",
        "The draft was reviewed at a session of the Standing Committee of the National "
        "People's Congress.",
    ),
    (
        "我们将持续优化营商环境，欢迎全球工商界积极参与。",
        "We will keep improving the business environment and welcome the global business "
        "community to take part.",
    ),
    (
        "商务部表示，中方愿同东盟加快推进中国—东盟自由贸易区3.0版谈判。",
        "The Ministry of Commerce said China is willing to work with ASEAN to speed up "
        "negotiations on Version 3.0 of the China-ASEAN Free Trade Area.",
    ),
    (
        "中国将努力争取2060年前实现碳中和。",
        "China will strive to achieve carbon neutrality before 2060.",
    ),
    (
        "外交部新闻发言人毛宁表示，中方欢迎更多国家加入全球发展倡议之友小组。",
        "Foreign Ministry Spokesperson Mao Ning said China welcomes more countries to join "
        "the Group of Friends of the Global Development Initiative.",
    ),
    (
        "我们坚持港人治港、澳人治澳，中欧班列已通达200多个城市。",
        "We uphold that the people of Hong Kong administer Hong Kong and the people of "
        "Macao administer Macao, and the China-Europe Railway Express reaches over 200 cities.",
    ),
    (
        "国家统计局今天发布数据显示，前三季度国内生产总值同比增长5.2%。",
        "Data released by the National Bureau of Statistics today showed that China's gross "
        "domestic product grew 5.2 percent year on year in the first three quarters.",
    ),
    (
        "社会消费品零售总额达到34.2万亿元，自由贸易试验区建设十周年成果丰硕。",
        "Total retail sales of consumer goods reached 34.2 trillion yuan, and the pilot free "
        "trade zones have achieved fruitful results in ten years.",
    ),
    (
        "我们要加快建设现代化产业体系，推进新型工业化，发展新质生产力。",
        "We will accelerate the building of a modern industrial system, advance new "
        "industrialization and develop new quality productive forces.",
    ),
    (
        "各地持续推进乡村振兴战略，巩固拓展脱贫攻坚成果。",
        "Localities continued to implement the rural revitalization strategy and consolidate "
        "the achievements in poverty alleviation.",
    ),
    (
        "长江经济带发展要坚持共抓大保护、不搞大开发。",
        "The development of the Yangtze River Economic Belt should prioritize ecological "
        "protection and refrain from excessive development.",
    ),
]


@pytest.fixture(scope="module")
def more(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, float]]:
    """Chinese -> (English, score) of the pairs mined from MORE_ROWS."""
    return _mine_rows(tmp_path_factory, MORE_ROWS)


def test_a_description_with_de_is_not_a_term(more: dict[str, tuple[str, float]]) -> None:
    # "X的Y" after a two-character word describes Y ("containers of the port").
    for zh in ("港口的集装箱", "仓库的货架"):
        assert more.get(zh, ("", 0.0))[1] < 0.5
    toks = ("港口", "的", "集装箱")
    described = next(c for c in sentence_candidates(toks) if c.text == "港口的集装箱")
    one_char = next(c for c in sentence_candidates(("党", "的", "领导")) if c.text == "党的领导")
    assert described.penalty > one_char.penalty  # 党的二十大-style names hang on one character


def test_a_predicate_is_not_a_name(more: dict[str, tuple[str, float]]) -> None:
    # 线上开幕 = "opened online": the head verb comes first in English.
    assert more.get("线上开幕", ("", 0.0))[1] < 0.4
    assert more["数字贸易博览会"][0] == "Digital Trade Expo"


def test_an_unknown_last_word_of_a_name_may_be_the_next_chinese_word(
    more: dict[str, tuple[str, float]],
) -> None:
    # "Expo" is 博览会's (which the dictionary does not link), not 数字贸易's.
    assert more["数字贸易博览会"][1] > more.get("数字贸易", ("", 0.0))[1]


def test_time_words_are_not_part_of_a_name(more: dict[str, tuple[str, float]]) -> None:
    assert not any("昨天" in zh for zh in more)


def test_a_counted_chinese_needs_its_number_in_english(
    more: dict[str, tuple[str, float]],
) -> None:
    # "第五次会议" rendered by "a session" (no number) is not its rendering.
    assert not any("第五次" in zh for zh in more)
    assert _number_missing(_counts("第五次会议"), "session")
    assert not _number_missing(_counts("第五次会议"), "fifth session")
    assert not _number_missing(_counts("党的二十大"), "20th National Congress")
    assert not _number_missing(_counts("一带一路"), "Belt and Road")  # 一 inside a word


def test_a_repeated_english_word_is_claimed_once(more: dict[str, tuple[str, float]]) -> None:
    # "business" twice: 工商界 takes the second, the unknown 营商 the first.
    assert more["营商环境"][0] == "business environment"


def test_an_article_after_a_content_word_starts_an_object(
    more: dict[str, tuple[str, float]],
) -> None:
    # "welcome | the global business community": a verb phrase, not a rendering.
    assert not any(en.startswith("welcome the") for en, _s in more.values())
    side = en_side("Serving the Overall Development and welcome the guests")
    assert side.inner_bad[1] is False  # title case: a heading
    assert side.inner_bad[6] is True


def test_names_joined_by_a_dash(more: dict[str, tuple[str, float]]) -> None:
    assert more["中国—东盟自由贸易区"][0] == "China-ASEAN Free Trade Area"
    assert not any(zh.startswith("版") for zh in more)  # "3.0|版": bound to the number


def test_single_characters_jieba_left_apart_are_joined_into_a_dictionary_word(
    more: dict[str, tuple[str, float]],
) -> None:
    lex = base_lexicon()
    assert join_known(("实现", "碳", "中", "和"), lex) == ("实现", "碳中和")
    assert join_known(("在", "中", "和"), lex) == ("在", "中", "和")  # no such word
    assert more["碳中和"][0] == "carbon neutrality"


def test_a_noun_jieba_cut_after_its_verb_like_first_word_is_joined_back(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    lex = base_lexicon()
    # 巡回 is only a verb to the dictionary ("to tour"), so no candidate could start
    # with it; 巡回法庭 is a noun it has ("circuit court").
    assert join_known(("设立", "巡回", "法庭"), lex) == ("设立", "巡回法庭")
    assert join_known(("应急", "呼叫", "中心"), lex) == ("应急", "呼叫中心")
    # A verb and its object that the dictionary has no noun for stay apart.
    assert join_known(("推动", "发展"), lex) == ("推动", "发展")
    rows = [
        ("巡回法庭就地审理跨区域重大案件。",
         "The circuit courts try major cross-regional cases locally."),
    ]  # fmt: skip
    assert _mine_rows(tmp_path_factory, rows)["巡回法庭"][0] == "circuit courts"


def test_a_character_cut_off_a_longer_dictionary_word_is_joined_back() -> None:
    known = {"非物质文化遗产", "为人民服务"}
    # 非 ("not") is no word of its own here: the dictionary has the whole term.
    assert join_known(("人类", "非", "物质", "文化遗产", "名录"), known) == (
        "人类", "非物质文化遗产", "名录",
    )  # fmt: skip
    assert join_known(("坚持", "为", "人民", "服务"), known) == ("坚持", "为人民服务")
    # Shorter than four characters, or no such word: left as jieba cut it.
    assert join_known(("非", "物质"), {"非物质"}) == ("非", "物质")
    assert join_known(("非", "物质", "条件"), known) == ("非", "物质", "条件")


def test_a_word_that_took_the_end_of_a_characters_word_gives_it_back() -> None:
    known = {"可再生", "能源", "再生能源"}
    # 可|再生能源: the dictionary has 可再生 "renewable" and 能源 "energy".
    assert join_known(("中国", "可", "再生能源", "发电"), known) == (
        "中国", "可再生", "能源", "发电",
    )  # fmt: skip
    # The whole a word already, or no word at the front: left as jieba cut it.
    assert join_known(("可", "再生能源"), known | {"可再生能源"}) == ("可再生能源",)
    assert join_known(("在", "再生能源"), known) == ("在", "再生能源")


def test_a_set_phrase_of_two_verbs_is_one_word() -> None:
    lex = base_lexicon()
    # 立德 "to distinguish oneself through virtue" and 树人 "to prepare children ...":
    # together the name of a policy, "fostering virtue through education"; and a
    # name may start a candidate where a verb may not.
    assert join_known(("实施", "立德", "树", "人", "工程"), lex) == ("实施", "立德树人", "工程")
    # (转移|支付 is 转移支付, "transfer payment".)
    assert join_known(("推进", "转移", "支付"), lex) == ("推进", "转移支付")
    # A verb and a noun stay two words (呼叫|中心 is joined, as a noun the dictionary
    # has: "call center").
    assert join_known(("应急", "建设", "中心"), lex) == ("应急", "建设", "中心")


def test_a_slogan_names_its_strategy() -> None:
    """科教兴国 is a verb ("to invigorate the country through science and education"),
    but before 战略 it names the strategy; its English goes on through a gerund after
    "of" and "through" after it."""
    found = _renderings(
        "各地要深入实施科教兴国战略，加快建设创新型省份。",
        "All localities should fully implement the strategy of invigorating China "
        "through science and education and move faster to build innovative provinces.",
    )
    assert found["科教兴国战略"] == "strategy of invigorating China through science and education"


def test_special_and_ultra_before_a_noun_are_part_of_the_term() -> None:
    found = _renderings(
        "财政部拟发行超长期特别国债一万亿元，另发行特别国债五千亿元。",
        "The Ministry of Finance plans to issue one trillion yuan of ultra-long special "
        "treasury bonds and another 500 billion yuan of special treasury bonds.",
    )
    assert found["超长期特别国债"] == "ultra-long special treasury bonds"
    assert found["特别国债"] == "special treasury bonds"
    # Before an adjective, 特别 is "especially": no term starts with it.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("这项改革特别重要。"), lex)
    assert not any(c.text.startswith("特别") for c in sentence_candidates(tokens, lex=lex))


def test_trans_before_a_place_opens_the_name() -> None:
    # 跨 "to straddle" before a place is the prefix "Trans-": part of the name, not a
    # verb acting on it.
    found = _renderings(
        "两国将共同推进跨喜马拉雅立体互联互通网络建设。",
        "The two countries will jointly advance the Trans-Himalayan Multi-Dimensional "
        "Connectivity Network.",
    )
    assert found["跨喜马拉雅立体互联互通网络"] == (
        "Trans-Himalayan Multi-Dimensional Connectivity Network"
    )


def test_a_campaigns_purpose_verb_the_chinese_does_not_say_is_part_of_its_name() -> None:
    # "to promote" says nothing of the Chinese: the English's way of naming the
    # campaign (行动 = "initiative"), not a word left unexplained.
    found = _renderings(
        "各地要实施服务业数字化转型行动。",
        "Localities should launch an initiative to promote the digital transformation "
        "of the service sector.",
    )
    assert found["服务业数字化转型行动"] == (
        "initiative to promote the digital transformation of the service sector"
    )


def test_an_ize_word_before_a_noun_is_its_modifier() -> None:
    # CC-CEDICT has 数字化 only as a verb ("to digitize"); before a noun official
    # texts use it as "digital": the term is 数字化转型, not a verb phrase.
    found = _renderings(
        "各地要稳步推进数字化转型。",
        "All localities should steadily advance digital transformation.",
    )
    assert found["数字化转型"] == "digital transformation"


def test_what_a_law_provides_is_no_part_of_its_name() -> None:
    # 规定 after a law's name is its verb ("the Labor Law provides"), and "according
    # to" opens no rendering.
    found = _renderings(
        "劳动法规定，劳动者享有平等就业的权利。",
        "According to the Labor Law, workers have the right to equal employment.",
    )
    assert found["劳动法"] == "Labor Law"
    lex = base_lexicon()
    tokens = join_known(zh_tokens("选举法规定，代表名额不超过三千名。"), lex)
    assert "选举法规定" not in [c.text for c in sentence_candidates(tokens, lex=lex)]


def test_a_verb_that_modifies_a_concrete_head_starts_a_name() -> None:
    # 监测 "to monitor" before 预警|体系 names the system ("monitoring and early
    # warning system"); a verb that governs an object (完善 "improve") does not.
    found = _renderings(
        "要完善监测预警体系。", "We will improve the monitoring and early warning system."
    )
    assert found["监测预警体系"] == "monitoring and early warning system"
    assert not any(zh.startswith("完善") for zh in found)
    lex = base_lexicon()
    tokens = join_known(zh_tokens("各地要建立长效机制。"), lex)
    assert not any(c.text.startswith("建立") for c in sentence_candidates(tokens, lex=lex))


def test_an_editions_ordinal_opens_a_long_name() -> None:
    # jieba cuts some long ordinals (第七|十六届): one token again. An edition's
    # ordinal is not counted among the words that make a run too long to be a name.
    assert "第七十六届" in zh_tokens("他出席了第七十六届联合国大会。")
    lex = base_lexicon()
    tokens = join_known(zh_tokens("第四次全国大熊猫野外种群调查已经完成。"), lex)
    assert "第四次全国大熊猫野外种群调查" in [c.text for c in sentence_candidates(tokens, lex=lex)]
    found = _renderings(
        "第四次全国大熊猫野外种群调查已经完成。",
        "The Fourth National Survey of Wild Giant Panda Populations has been completed.",
    )
    assert found["第四次全国大熊猫野外种群调查"] == (
        "Fourth National Survey of Wild Giant Panda Populations"
    )


def test_ultra_and_near_zero_before_a_compound_the_dictionary_lacks() -> None:
    """超 before a word the dictionary does not have but whose last word is a noun
    (低能耗: 能耗 "energy consumption"), and 近 before 零: prefixes of the term."""
    found = _renderings(
        "这些城市的新建公共建筑中，超低能耗建筑和近零能耗建筑的比例逐年提高。",
        "Among new public buildings in these cities, the share of ultra-low energy "
        "buildings and near-zero energy buildings is rising year by year.",
    )
    assert found["超低能耗建筑"] == "ultra-low energy buildings"
    assert found["近零能耗建筑"] == "near-zero energy buildings"
    # 近 before anything else is "near": no term starts with it.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("近年来能耗建筑增加。"), lex)
    assert not any(c.text.startswith("近") for c in sentence_candidates(tokens, lex=lex))


def test_a_span_does_not_open_on_a_word_it_says_again() -> None:
    """ "from A to B": the last word of A ("water", "disasters") is the same word as one
    of B's, which the Chinese says once: B starts after the "to"."""
    found = _renderings(
        "我们要实现从单纯治水向综合节水转变。",
        "We will shift from simply harnessing water to comprehensive water conservation.",
    )
    assert found["综合节水"] == "comprehensive water conservation"
    found = _renderings(
        "各地正从被动应对多种灾种向综合减灾转变。",
        "Localities are shifting from passively responding to many kinds of disasters to "
        "comprehensive disaster reduction.",
    )
    assert found["综合减灾"] == "comprehensive disaster reduction"


def test_two_words_sharing_a_character_are_one_compound_before_a_noun() -> None:
    """防灾|减灾 share 灾, which the English says once before both ("disaster prevention
    and mitigation"): one compound, and its English is the whole of that, not the part
    that stops short of the noun after it."""
    found = _renderings(
        "沿海城市每年更新防灾减灾预案。",
        "Coastal cities update their disaster prevention and mitigation plans every year.",
    )
    assert found["防灾减灾预案"] == "disaster prevention and mitigation plans"
    assert found["防灾减灾"] == "disaster prevention and mitigation"


def test_quotes_paired_in_order_outweigh_a_dictionary_link_to_another_quote() -> None:
    """小区 is glossed "community", but with as many quotes on both sides the n-th
    Chinese slogan is the n-th English one; and a slogan's English is its quote, not
    the quote and the verb before it (房子 is also "building")."""
    found = _renderings(
        "今年全市将建设“美丽小区”“美丽社区”“美丽城区”。",
        'This year the city will build "beautiful residential compounds", "beautiful '
        'communities" and "beautiful urban districts".',
    )
    assert found["美丽小区"] == "beautiful residential compounds"
    assert found["美丽社区"] == "beautiful communities"
    assert found["美丽城区"] == "beautiful urban districts"
    found = _renderings(
        "倡导建设“舒适房子”。", 'Localities should promote building "comfortable houses".'
    )
    assert found["舒适房子"] == "comfortable houses"


def test_the_same_english_twice_goes_to_the_chinese_in_the_same_part_of_the_sentence() -> None:
    """特别国债 at the end of the Chinese, "special treasury bonds" twice in the English:
    at equal scores it takes the second, leaving the first to the longer term whose
    English holds it."""

    def pair(zh: str, zh_span: tuple[int, int], en: str, en_span: tuple[int, int]) -> Scored:
        return Scored(zh, en, zh_span, en_span, 1.0, 0.8, 1.0, 1.0, raw=4.5, strong=2)

    longer = pair("超长期特别国债", (3, 10), "ultra-long special treasury bonds", (8, 11))
    longer.raw = 4.4
    pairs = [
        pair("特别国债", (19, 23), "special treasury bonds", (9, 11)),
        pair("特别国债", (19, 23), "special treasury bonds", (17, 19)),
        longer,
    ]
    accepted = {(p.zh, p.en_span) for p in competitive_link(pairs)}
    assert accepted == {("特别国债", (17, 19)), ("超长期特别国债", (8, 11))}


def test_a_list_of_short_phrases_is_one_rendering_across_its_commas() -> None:
    side = en_side("China promotes carbon capture, utilization and storage technologies.")
    assert not any(side.breaks[:-1])  # the list's commas break no phrase
    # A list of clauses keeps its commas.
    side = en_side("We will cut emissions, reduce pollution, and promote growth.")
    assert sum(side.breaks) == 3
    found = _renderings(
        "我国正在推进碳捕集利用与封存示范工程。",
        "China is advancing demonstration projects for carbon capture, utilization and storage.",
    )
    assert found["碳捕集利用与封存"] == "carbon capture, utilization and storage"
    # No span stops inside the list: "carbon capture, utilization" cuts it.
    assert "carbon capture, utilization" not in found.values()


def test_a_slogan_of_two_counted_halves_is_one_rendering() -> None:
    found = _renderings(
        "特区政府全面准确贯彻“一国两制”方针。",
        "The SAR government fully and faithfully implements the policy of One Country, "
        "Two Systems.",
    )
    assert found["一国两制"] == "One Country, Two Systems"
    # Not any two counted things after a comma: "in one year, two ..." breaks.
    assert en_side("in one Year, Two things happened").list_ends == {}


def test_two_terms_rendered_by_a_list_are_no_term() -> None:
    found = _renderings(
        "全省干部准确把握新时代的历史方位、重大任务和方针政策。",
        "Officials across the province grasped the historical juncture of the new era, "
        "major tasks, principles and policies.",
    )
    assert found["重大任务"] == "major tasks"
    assert not any(zh.endswith("和方针政策") for zh in found)


def test_three_modifiers_listed_before_their_head_are_one_term() -> None:
    found = _renderings(
        "中方始终倡导共同、综合、合作、可持续的安全观。",
        "China has always advocated a vision of common, comprehensive, cooperative and "
        "sustainable security.",
    )
    assert found["共同、综合、合作、可持续的安全观"] == (
        "vision of common, comprehensive, cooperative and sustainable security"
    )
    # A word that merely ends like a head (世界, "world") is described, not named.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("共建开放、包容、普惠的世界。"), lex)
    assert not any("、" in c.text for c in sentence_candidates(tokens, lex=lex))


def test_a_slogan_of_four_character_phrases_is_one_term() -> None:
    found = _renderings(
        "双方坚持相互尊重、和平共处、合作共赢，推动两国关系发展。",
        "The two sides adhere to mutual respect, peaceful coexistence and win-win "
        "cooperation, and promote the growth of bilateral relations.",
    )
    assert found["相互尊重、和平共处、合作共赢"] == (
        "mutual respect, peaceful coexistence and win-win cooperation"
    )
    lex = base_lexicon()
    for zh in (
        "推进绿色基建、绿色能源、绿色交通建设。",  # terms sharing a word
        "在光伏、风电、特高压输电等领域取得突破。",  # terms of varied length
        "加强人工智能、量子信息、生物技术等领域研究。",  # terms ending in nouns
    ):
        tokens = join_known(zh_tokens(zh), lex)
        assert not any("、" in c.text for c in sentence_candidates(tokens, lex=lex)), zh


def test_a_meeting_named_by_who_meets_keeps_its_hui() -> None:
    lex = base_lexicon()
    # 外长|会 at the end of a phrase is 外长会, the foreign ministers' meeting ...
    assert "外长会" in join_known(("澜", "湄", "合作", "外长", "会", "日前", "举行"), lex)
    assert "外长会" in join_known(("东亚", "峰会", "外长", "会", "和"), lex)
    # ... but before a verb 会 is "will".
    assert join_known(("外长", "会", "出席"), lex) == ("外长", "会", "出席")
    assert join_known(("他们", "会", "。"), lex) == ("他们", "会", "。")


def test_a_word_the_dictionary_lacks_links_by_its_sound() -> None:
    lex = base_lexicon()
    zh = "横琴粤澳深度合作区正式揭牌。"
    units = zh_units(zh_tokens(zh), lex)
    side = en_side("The Guangdong-Macao In-Depth Cooperation Zone in Hengqin was inaugurated.")
    links = link(units, side)
    hengqin = [t.low for t in side.tokens].index("hengqin")
    assert any(u.text == "横琴" and hengqin in lk for u, lk in zip(units, links, strict=True))
    # A candidate never starts inside a run of single characters (粤|澳).
    assert not any(c.text.startswith("澳") for c in sentence_candidates(zh_tokens(zh), lex=lex))


def test_clauses_do_not_make_renderings(more: dict[str, tuple[str, float]]) -> None:
    english = [en for en, _s in more.values()]
    assert not any(en.endswith(("welcomes", "supports")) for en in english)  # subject + verb
    assert not any("to join" in en for en in english)  # an infinitive
    assert not any(" and the " in en for en in english)  # a second noun phrase
    assert more["全球发展倡议之友小组"][0] == (
        "Group of Friends of the Global Development Initiative"
    )


def test_quantities_and_loose_characters_bound_candidates(
    more: dict[str, tuple[str, float]],
) -> None:
    assert not any(zh.endswith("毛") for zh in more)  # 毛|宁: a name jieba cut in two
    assert not any(zh.startswith("多国家") for zh in more)  # 更多: "more"
    assert not any("多个" in zh for zh in more)  # a quantity


def test_irregular_past_tenses_end_a_rendering(more: dict[str, tuple[str, float]]) -> None:
    # "gross domestic product grew 5.2 percent": the verb is not part of the term.
    assert more["国内生产总值"][0] == "gross domestic product"
    assert not any(" grew " in en for en, _s in more.values())


def test_a_second_verb_phrase_is_not_part_of_a_rendering(
    more: dict[str, tuple[str, float]],
) -> None:
    assert more["新质生产力"][0] == "new quality productive forces"
    assert not any("and develop" in en for en, _s in more.values())


def test_units_of_numbers_are_not_terms(more: dict[str, tuple[str, float]]) -> None:
    assert not any(zh.startswith(("万亿", "十周年")) for zh in more)


def test_a_modifier_the_dictionary_does_not_link_stays_with_its_phrase(
    more: dict[str, tuple[str, float]],
) -> None:
    # 乡村 ("rural") is not linked, but 乡村振兴战略 is the maximal phrase.
    assert more["乡村振兴战略"][0] == "rural revitalization strategy"
    assert more["乡村振兴战略"][1] > more.get("振兴战略", ("", 0.0))[1]


def test_a_common_noun_said_of_a_name_ranks_below_the_name(
    more: dict[str, tuple[str, float]],
) -> None:
    assert more["长江经济带"][0] == "Yangtze River Economic Belt"
    assert more["长江经济带"][1] > more.get("长江经济带发展", ("", 0.0))[1]


def test_a_two_character_glossary_word_ranks_as_vocabulary(tmp_path: Path) -> None:
    from glossary.text import zh_key

    path = _tsv(
        tmp_path / "asean.tsv",
        [(
            "中方愿同东盟加快推进中国—东盟自由贸易区谈判。",
            "China is willing to work with ASEAN to speed up negotiations on the "
            "China-ASEAN Free Trade Area.",
        )],
    )  # fmt: skip
    out = _mine_with_glossary(path, {zh_key("东盟"): [("ASEAN", "preferred")]})
    assert out["东盟"].status == "known"
    assert out["东盟"].score < 0.6 < out["中国—东盟自由贸易区"].score
    # "negotiations on the <name>" is said of the name: below it.
    talks = out.get("中国—东盟自由贸易区谈判")
    assert talks is None or talks.score < out["中国—东盟自由贸易区"].score
    assert not any("speed up" in p.en for p in out.values())  # "to speed up": a verb


def test_prepositions_modifiers_and_determiners(more: dict[str, tuple[str, float]]) -> None:
    # "leadership of the Party over foreign affairs work": "over" may sit inside.
    assert more["党对外事工作的集中统一领导"][0] == (
        "centralized and unified leadership of the Party over foreign affairs work"
    )
    assert not any(zh.endswith("新") for zh in more)  # 新|局面: "new" comes before its head
    assert not any(zh.startswith("全省") for zh in more)  # "the whole province"
    assert more["外事系统"][0].lower() == "foreign affairs system"


def test_a_double_hyphen_breaks_english() -> None:
    side = en_side("Southeast Asia -- Summary of the Year")
    assert side.breaks[1]


def test_a_verb_the_english_does_not_render_is_not_part_of_the_name(
    more: dict[str, tuple[str, float]],
) -> None:
    # 成功举办 ("successfully held") is said of the expo.
    assert more["中国—南亚博览会"][0] == "China-South Asia Expo"
    assert not any(zh.endswith(("举办", "表示")) for zh in more)


def test_a_names_acronym_in_brackets(more: dict[str, tuple[str, float]]) -> None:
    # The words the acronym spells are the name (not "... (RCEP) agreement", where the
    # common noun follows the bracket).
    assert more["区域全面经济伙伴关系协定"][0] == "Regional Comprehensive Economic Partnership"
    # After it: the full form is the rendering even if the dictionary has the acronym.
    assert more["亚太经合组织"][0] == "Asia-Pacific Economic Cooperation"
    assert more["亚洲基础设施投资银行"][0] == "Asian Infrastructure Investment Bank"


def test_a_modifier_the_english_does_not_render_is_no_part_of_the_phrase(
    more: dict[str, tuple[str, float]],
) -> None:
    # 健全 ("sound") has no rendering in "improve the national security system".
    assert more["国家安全体系"][1] > more.get("健全国家安全体系", ("", 0.0))[1]


def test_irregular_verb_forms_link_by_their_base_form() -> None:
    from glossary.mining.align import en_word_keys

    assert "hold" in en_word_keys("held") and "held" in en_word_keys("held")
    assert "say" in en_word_keys("said")


def test_time_phrases_and_units_are_not_terms(more: dict[str, tuple[str, float]]) -> None:
    assert not any(zh.startswith(("前三季度", "百分点")) for zh in more)


def test_a_long_word_is_cut_into_dictionary_words_from_both_ends() -> None:
    from glossary.mining.render import _sub_words

    lex = base_lexicon()
    words = [w for _at, w in _sub_words("中国人民政治协商会议", lex)]
    assert words[:3] == ["中国", "人民", "政治"]  # not 中国人|民政|…
    assert "".join(words) == "中国人民政治协商会议"


def test_names_after_a_capitalised_article_and_with_pinyin_apostrophes(
    more: dict[str, tuple[str, float]],
) -> None:
    # "The" opening the sentence is no part of the name that follows it.
    assert more["国家外汇管理局"][0] == "State Administration of Foreign Exchange"
    # "Chang'e" is 嫦娥 (change) by its sound.
    from glossary.mining.render import _sound_parts

    assert "change" in _sound_parts("chang'e-5") and "xian" in _sound_parts("xi'an")
    assert not any(en.endswith(" lunar") for en, _s in more.values())  # an adjective


def test_a_participle_rendering_a_chinese_modifier_is_part_of_a_compound(
    more: dict[str, tuple[str, float]],
) -> None:
    # 交易|市场 = "trading market": a compound, not "… market trading …" as a clause.
    assert more["全国碳排放权交易市场"][0].endswith("emissions trading market")


def test_a_hyphenated_word_shared_with_the_next_chinese_word(
    more: dict[str, tuple[str, float]],
) -> None:
    # "innovation-driven" is 创新 and 驱动: the term starts at 创新.
    assert more["创新驱动发展战略"][0] == "innovation-driven development strategy"
    assert more["创新驱动发展战略"][1] > more.get("驱动发展战略", ("", 0.0))[1]


def test_figures_and_phrasal_verbs_are_not_in_renderings(
    more: dict[str, tuple[str, float]],
) -> None:
    assert not any(en.endswith("pointed out") for en, _s in more.values())
    assert _number_extra("耕地红线", "red line of 1.8 billion mu of farmland")
    assert not _number_extra("二十国集团", "G20")
    assert more.get("耕地红线", ("", 0.0))[1] < 0.4


def test_quote_marks_inside_a_name_need_no_rendering() -> None:
    lex = base_lexicon()
    zh = "共建“一带一路”倡议提出十年来成果丰硕。"
    en = "The Belt and Road Initiative has borne fruit in the ten years since it was proposed."
    found = {p.zh: p for p in mine_pair(zh, en, lex)}
    quoted = found["“一带一路”倡议"]
    assert quoted.en == "Belt and Road Initiative"
    assert quoted.zh_cover > 0.9  # the marks are not counted as unexplained Chinese


def test_the_yi_wei_frame_of_official_formulas() -> None:
    lex = base_lexicon()
    zh = "我们要坚持以人民为中心的发展思想，扎实推进共同富裕。"
    en = (
        "We will adhere to the people-centered development philosophy and make solid "
        "progress toward common prosperity."
    )
    found = {p.zh: p.en for p in mine_pair(zh, en, lex)}
    assert found["以人民为中心的发展思想"] == "people-centered development philosophy"
    assert "以人民为中心的发展" not in found  # the noun phrase after 的 is taken whole


def test_a_list_of_modifiers_before_its_head_is_one_phrase() -> None:
    side = en_side("support for micro, small and medium-sized enterprises should grow")
    comma = [t.low for t in side.tokens].index("micro")
    assert not side.breaks[comma]  # "micro, small and medium-sized enterprises"
    # A list of nouns is one phrase too, but a span holding its comma holds all of it
    # (see test_two_terms_rendered_by_a_list_are_no_term).
    nouns = en_side("its mission, principles and policies. Then")
    lows = [t.low for t in nouns.tokens]
    assert nouns.list_ends == {lows.index("mission"): lows.index("policies")}
    assert nouns.span_info(lows.index("mission"), lows.index("principles")) is None


def test_modifiers_listed_before_a_hyphenated_head_hold_their_head() -> None:
    side = en_side("we seek open, inclusive and balanced win-win partnerships together")
    lows = [t.low for t in side.tokens]
    assert not side.breaks[lows.index("open")]  # the list runs on to its head
    # A span holding a modifier's comma holds the head too: "open, inclusive" is no
    # rendering of anything.
    assert side.list_ends[lows.index("open")] == lows.index("win-win")
    assert side.span_info(lows.index("open"), lows.index("inclusive")) is None
    found = _renderings(
        "我们秉持开放、绿色、廉洁理念推进合作。",
        "We pursue cooperation guided by the philosophy of open, green and clean cooperation.",
    )
    assert found["开放、绿色、廉洁理念"] == "philosophy of open, green and clean cooperation"


def test_a_span_does_not_drop_the_first_of_two_modifiers_sharing_its_head() -> None:
    found = _renderings(
        "双方同意扩大人文交流。",
        "The two sides agreed to expand people-to-people and cultural exchanges.",
    )
    assert found["人文交流"] == "people-to-people and cultural exchanges"
    # Two phrases joined by "and" are not one: each keeps its own head.
    found = _renderings(
        "统筹推进城市外交、民间外交和公共外交。",
        "We advanced city diplomacy, people-to-people diplomacy and public diplomacy.",
    )
    assert found["公共外交"] == "public diplomacy"
    found = _renderings(
        "扩大工作许可和居留许可。", "We will expand work permits and residence permits."
    )
    assert found["居留许可"] == "residence permits"


def test_a_longer_term_built_on_a_glossary_term_is_still_proposed(tmp_path: Path) -> None:
    rows = [
        ("今年我们将继续实施消费品以旧换新政策，扩大内需。",
         "This year we will continue the consumer goods trade-in program and expand "
         "domestic demand."),
        ("各地区要坚持稳中求进工作总基调，推动经济持续向好。",
         "All regions must adhere to the general principle of pursuing progress while "
         "ensuring stability and keep the economy improving."),
    ]  # fmt: skip
    path = _tsv(tmp_path / "grown.tsv", rows)
    out = _mine_with_glossary(path, {
        zh_key("以旧换新"): [("trade-in program", "preferred")],
        zh_key("稳中求进"): [("pursuing progress while ensuring stability", "preferred")],
    })  # fmt: skip
    assert out["消费品以旧换新"].en == "consumer goods trade-in program"
    assert out["稳中求进工作总基调"].en == (
        "general principle of pursuing progress while ensuring stability"
    )


def test_the_setting_of_a_described_sense_links_only_loosely() -> None:
    lex = base_lexicon()
    # 南方 "the southern part of the country": south, not country ...
    assert "south" in lex.stems("南方") and "country" not in lex.stems("南方")
    # ... but a name's "of" is its meaning ("Department of Commerce").
    assert "commerce" in lex.stems("商务部")
    found = _renderings(
        "中国愿同“全球南方”国家一道推动全球治理体系改革。",
        "China will work with the countries of the Global South to reform the global "
        "governance system.",
    )
    assert found["全球南方"] == "Global South"


def test_a_past_form_inside_a_title_case_name_is_part_of_it() -> None:
    found = _renderings(
        "中央周边工作会议强调要构建周边命运共同体。",
        "The Central Conference on Work Related to Neighboring Countries stressed "
        "building a community with a shared future with neighboring countries.",
    )
    assert found["中央周边工作会议"] == (
        "Central Conference on Work Related to Neighboring Countries"
    )


def test_a_term_grown_from_a_shorter_one_is_offered_beside_it() -> None:
    found = _renderings(
        "驻外使领馆全年妥善处理领事保护与协助案件数万起。",
        "Chinese embassies and consulates abroad properly handled tens of thousands of "
        "consular protection and assistance cases over the year.",
    )
    assert found["领事保护"] == "consular protection"
    # 协助 "to provide assistance" is said in full by "assistance".
    assert found["领事保护与协助"] == "consular protection and assistance"
    # 妥善处理 ("properly handled") is a predicate: no candidate runs across it.
    assert not any("妥善" in zh for zh in found)


def test_a_span_of_years_before_a_plan_is_its_modifier() -> None:
    found = _renderings(
        "长江十年禁渔成效持续巩固。",
        "The results of the 10-year fishing ban on the Yangtze River were further consolidated.",
    )
    assert found["长江十年禁渔"] == "10-year fishing ban on the Yangtze River"
    # A number of years elsewhere still ends a candidate, and never ends one.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("该市用三年时间建成国际港口。"), lex)
    assert not any("三年" in c.text for c in sentence_candidates(tokens, lex=lex))
    tokens = join_known(zh_tokens("中德合作走过五十周年历程。"), lex)
    assert not any("周年" in c.text for c in sentence_candidates(tokens, lex=lex))


def test_a_noun_in_ation_meets_its_verb() -> None:
    from glossary.mining.lexicon import word_keys

    assert word_keys("mediation")[1] == word_keys("mediate")[1]
    assert word_keys("migration")[1] == word_keys("migrate")[1]
    found = _renderings(
        "《关于建立国际调解院的公约》签署仪式在香港举行。",
        "The signing ceremony of the Convention on the Establishment of the "
        "International Organization for Mediation was held in Hong Kong.",
    )
    assert found["关于建立国际调解院的公约"] == (
        "Convention on the Establishment of the International Organization for Mediation"
    )


def test_people_after_their_post_and_adverbs_before_verbs(tmp_path: Path) -> None:
    rows = [
        ("国家主席习近平同法国总统马克龙举行会谈。",
         "President Xi Jinping held talks with French President Emmanuel Macron."),
        ("我们要推进高水平对外开放，稳步扩大制度型开放。",
         "We will promote high-standard opening up and steadily expand institutional "
         "opening up."),
    ]  # fmt: skip
    path = _tsv(tmp_path / "people.tsv", rows)
    found = {p.zh: p for p in mine_documents([read_document(path)])}
    # A person after the post is no term (at most a weak offer).
    assert all(p.score < 0.4 for zh, p in found.items() if "马克龙" in zh)
    assert not any("Macron" in p.en and p.score >= 0.4 for p in found.values())
    assert not any(zh.startswith("稳步") for zh in found)  # "steadily": an adverb


def test_an_unexplained_modifier_pairs_with_unexplained_english() -> None:
    lex = base_lexicon()
    zh, en = (
        "我国城镇调查失业率保持在5.2%左右。",
        ("China's surveyed urban unemployment rate remained at around 5.2 percent."),
    )
    found = sorted(mine_pair(zh, en, lex), key=lambda p: -p.raw)
    # 城镇 = "urban" (the dictionary says "town"): the maximal phrase takes the English,
    # without the possessive of the place before it.
    assert (found[0].zh, found[0].en) == ("城镇调查失业率", "surveyed urban unemployment rate")


def test_one_modifier_shared_by_two_coordinated_words() -> None:
    toks = ("维护", "国际", "和平", "与", "安全", "。")
    assert "国际和平与安全" in [c.text for c in sentence_candidates(toks)]
    # Two words each with its own modifiers are two terms, not one.
    toks = ("战略", "自信", "和", "战略", "定力")
    assert "战略自信和战略定力" not in [c.text for c in sentence_candidates(toks)]


def test_an_unknown_first_modifier_still_makes_the_maximal_phrase() -> None:
    zh = "要加大对中小微企业的金融支持力度。"
    en = "Financial support for micro, small and medium-sized enterprises should be increased."
    best = _best_by_english(zh, en)
    # 中小 is not in the dictionary, yet 中小微企业 (not 微企业) is the phrase.
    assert best["micro, small and medium-sized enterprises"].zh == "中小微企业"


def test_an_evaluative_word_in_title_case_opens_a_name() -> None:
    lex = base_lexicon()
    zh = "全国政协会议在人民大会堂开幕。"
    en = "The session of the CPPCC National Committee opened at the Great Hall of the People."
    found = {p.zh: p.en for p in mine_pair(zh, en, lex)}
    assert found["人民大会堂"] == "Great Hall of the People"
    assert not en_side("a great number of people").first_ok[1]  # "great" in lower case


def test_a_long_dictionary_word_inside_a_longer_term_is_offered() -> None:
    lex = base_lexicon()
    zh = "黄河流域水资源保护取得成效。"
    en = "Water resources protection in the Yellow River basin has achieved results."
    found = {p.zh: p for p in mine_pair(zh, en, lex)}
    # 黄河流域 is one jieba word; seen only inside a longer phrase it is still offered
    # (below that phrase), as a terminologist records both.
    assert found["黄河流域"].en == "Yellow River basin"


def test_a_past_tense_after_a_name_does_not_cut_it_short() -> None:
    lex = base_lexicon()
    zh = "全国人民代表大会常务委员会审议了草案。"
    en = "The Standing Committee of the National People's Congress deliberated the draft."
    found = {p.zh: p.en for p in mine_pair(zh, en, lex)}
    # 审议 ("deliberated") right after the name is the verb said of it, not more of
    # the term: the span need not stop short of it.
    assert found["全国人民代表大会常务委员会"] == (
        "Standing Committee of the National People's Congress"
    )


def test_two_names_side_by_side_are_no_term(tmp_path: Path) -> None:
    rows = [
        ("中国与巴西签署了多项合作协议。",
         "China and Brazil signed a number of cooperation agreements."),
        ("中国与巴西同意加强合作。", "China and Brazil agreed to strengthen cooperation."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "n.tsv", rows))])}
    assert found["合作协议"].en == "cooperation agreements"
    # Seen twice, the list still ranks below the term seen once.
    assert "中国与巴西" not in found or found["中国与巴西"].score < found["合作协议"].score


def test_two_short_names_side_by_side_are_no_term(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # 美台 needs no 和 to be two names: "the United States and Taiwan" is a list.
    found = _mine_rows(
        tmp_path_factory,
        [
            ("中方坚决反对美台军事联系。",
             "China firmly opposes military contact between the United States and Taiwan."),
            ("美台官方往来违背一个中国原则。",
             "Official exchanges between the United States and Taiwan violate the one-China "
             "principle."),
        ],
    )  # fmt: skip
    assert found["军事联系"][0] == "military contact"
    assert "美台" not in found or found["美台"][1] < found["军事联系"][1]


def test_counting_adverbs_end_a_candidate() -> None:
    for toks in [
        ("我国", "钢铁产量", "连续", "五年", "下降", "。"),
        ("工业增加值", "同比", "增长", "。"),
        ("出口总额", "累计", "超过", "万亿元", "。"),
    ]:
        texts = [c.text for c in sentence_candidates(toks)]
        assert toks[1] in texts or toks[0] in texts
        assert not any(w in t for t in texts for w in ("连续", "同比", "累计"))


def test_a_key_modifier_inside_makes_a_description() -> None:
    lex = base_lexicon()
    tokens = ("黄河流域", "重点", "湿地", "得到", "保护")
    inner = ZhCandidate(0, 3, 0, 8, "黄河流域重点湿地")
    plain = ZhCandidate(0, 2, 0, 6, "黄河流域湿地")
    tokens_plain = ("黄河流域", "湿地", "得到", "保护")
    assert termhood(inner, tokens, lex) < termhood(plain, tokens_plain, lex)
    # 中国|特色 is "Chinese characteristics", a noun after a name: no description.
    name = ZhCandidate(0, 5, 0, 11, "新时代中国特色大国外交")
    with_noun = ("新时代", "中国", "特色", "大国", "外交", "。")
    with_other = ("新时代", "中国", "风格", "大国", "外交", "。")
    assert termhood(name, with_noun, lex) == termhood(name, with_other, lex)


def test_two_common_words_side_by_side_are_a_list(tmp_path: Path) -> None:
    rows = [
        ("改革开放以来，我国的包容与团结不断增强。",
         "Since reform and opening up, China's inclusiveness and solidarity have grown."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "l.tsv", rows))])}
    assert found["改革开放"].en == "reform and opening up"  # one fixed phrase: a term
    # Two words listed: at most a weak offer (under 0.4 is kept less than 1 time in 4).
    assert "包容与团结" not in found or found["包容与团结"].score < 0.4


def test_the_building_of_a_term_goes_below_the_term(tmp_path: Path) -> None:
    rows = [
        ("现代化产业体系建设取得新进展。",
         "New progress has been made in the building of a modern industrial system."),
    ]  # fmt: skip
    found: dict[str, MinedPair] = {}
    for p in mine_documents([read_document(_tsv(tmp_path / "b.tsv", rows))]):
        found.setdefault(p.en, p)  # (best first: the best pair for each English)
    assert found["modern industrial system"].zh == "现代化产业体系"
    # "the building of <term>" is a phrase about the term: a weak offer at most.
    building = found.get("building of a modern industrial system")
    assert building is None or building.score < 0.35


def test_a_post_that_is_the_subject_of_a_verb_is_a_term() -> None:
    lex = base_lexicon()
    zh = "全国政协主席出席了开幕式。"
    en = "The Chairman of the CPPCC National Committee attended the opening ceremony."
    found = {p.zh: p.en for p in mine_pair(zh, en, lex)}
    assert found["全国政协主席"] == "Chairman of the CPPCC National Committee"


def test_the_office_in_a_post_is_offered_and_its_verb_is_no_part_of_it() -> None:
    lex = base_lexicon()
    zh = "国家发展改革委主任介绍了有关情况。"
    en = "The Director of the National Development and Reform Commission briefed on the situation."
    found = {p.zh: p.en for p in mine_pair(zh, en, lex)}
    # The post (the subject of 介绍) and, below it, the office it heads.
    assert found["国家发展改革委主任"] == (
        "Director of the National Development and Reform Commission"
    )
    assert found["国家发展改革委"] == "National Development and Reform Commission"
    # "Commission briefed": a name and its verb, never inside a rendering.
    assert en_side(en).span_info(1, 12) is None  # "... Commission briefed on the situation"


def test_a_silent_head_after_the_same_english_belongs_to_the_name() -> None:
    zh = "中国探月工程办公室发布了新的计划。"
    en = "The China Lunar Exploration Agency released a new plan."
    best = _best_by_english(zh, en)
    # 办公室 links to nothing here ("Agency"): it is the head of the name, not a word
    # after it.
    assert best["China Lunar Exploration Agency"].zh == "中国探月工程办公室"


def test_a_latin_adjective_links_to_the_chinese_noun() -> None:
    lex = base_lexicon()
    zh = "海洋经济发展迅速。"
    en = "The marine economy is developing rapidly."
    ranked = sorted(mine_pair(zh, en, lex), key=lambda p: -p.raw)
    # 海洋 "sea, ocean" = "marine"; and a short sentence with a verb is no heading
    # (its whole Chinese is no term).
    assert (ranked[0].zh, ranked[0].en) == ("海洋经济", "marine economy")


def test_a_span_does_not_stop_before_of_the_and_a_name() -> None:
    side = en_side("the Congress of the Communist Party of China opened")
    low = [t.low for t in side.tokens]
    congress, china = low.index("congress"), low.index("china")
    short = side.span_info(congress, congress)
    whole = side.span_info(congress, china)
    assert short is not None and whole is not None
    assert short[1] > whole[1]  # stopping inside the name costs a boundary penalty


def test_a_head_with_its_own_modifier_outside_is_no_part_of_the_term() -> None:
    lex = base_lexicon()
    zh = "两国元首同意推动中俄新时代全面战略协作伙伴关系取得更大发展。"
    en = (
        "The two heads of state agreed to promote greater progress of the China-Russia "
        "comprehensive strategic partnership of coordination for a new era."
    )
    ranked = sorted(mine_pair(zh, en, lex), key=lambda p: -p.raw)
    assert not any(p.en.startswith("progress of") for p in ranked[:3])
    # 关系 links to nothing here: folded into "partnership", it heads the name.
    zh = "双方同意深化中巴全面战略伙伴关系在各领域的合作。"
    en = (
        "The two sides agreed to deepen cooperation in all fields under the China-Pakistan "
        "comprehensive strategic partnership."
    )
    ranked = sorted(mine_pair(zh, en, lex), key=lambda p: -p.raw)
    assert (ranked[0].zh, ranked[0].en) == (
        "中巴全面战略伙伴关系",
        "China-Pakistan comprehensive strategic partnership",
    )


def test_together_ends_a_candidate_and_to_jointly_is_a_clause() -> None:
    toks = ("中方", "愿", "同", "拉美国家", "一道", "推进", "合作", "。")
    assert not any("一道" in c.text for c in sentence_candidates(toks))
    side = en_side("Latin American countries to jointly advance cooperation")
    low = [t.low for t in side.tokens]
    assert side.span_info(0, low.index("cooperation")) is None  # "to jointly advance"


def test_a_span_does_not_start_after_of_inside_a_name() -> None:
    lex = base_lexicon()
    zh = "广交会由商务部和广东省人民政府联合主办。"
    en = (
        "The Canton Fair is co-hosted by the Ministry of Commerce and the People's "
        "Government of Guangdong Province."
    )
    found = {p.zh: p.en for p in mine_pair(zh, en, lex)}
    assert found["商务部"] == "Ministry of Commerce"  # not "Commerce"


def test_the_development_of_a_term_has_a_lower_hand_set_logit_than_the_term(tmp_path: Path) -> None:
    rows = [("我们要推动数字经济高质量发展。",
             "We will promote the high-quality development of the digital economy.")]  # fmt: skip
    gathered = gather_documents([read_document(_tsv(tmp_path / "d.tsv", rows))])
    # (The hand-set logit the ranking weighs; the ranking itself learned from gold lists
    # that record "X发展" strategies, 长江经济带发展, and may order the two either way.)
    logits = {ev.zh: ev.logit for ev, _a, _key in linked_pairs(gathered)}
    assert logits["数字经济高质量发展"] < logits["数字经济"] - 1.0


def test_the_development_of_something_is_a_phrase_about_it() -> None:
    lex = base_lexicon()
    zh = "各国应共同促进服务贸易平衡发展。"
    en = "All countries should jointly promote the balanced development of trade in services."
    found = {p.zh: p for p in mine_pair(zh, en, lex)}
    phrase = found["服务贸易平衡发展"]
    assert phrase.en == "balanced development of trade in services"
    # Below both terms it is made of.
    assert phrase.raw < min(found["服务贸易"].raw, found["平衡发展"].raw)


def test_a_past_tense_between_subject_and_object_is_a_verb() -> None:
    for text, verb in [
        ("Both countries signed trade agreements last year.", "signed"),
        ("China has signed trade agreements with many countries.", "signed"),
    ]:
        side = en_side(text)
        assert side.verb_like[[t.low for t in side.tokens].index(verb)]
    side = en_side("The revised draft and the newly signed agreements were published.")
    low = [t.low for t in side.tokens]
    assert not side.verb_like[low.index("revised")]  # a participle before its noun
    assert not side.verb_like[low.index("signed")]


def test_an_ing_noun_after_its_modifier_ends_a_rendering() -> None:
    side = en_side("In rural areas, online shopping for farm produce keeps growing.")
    low = [t.low for t in side.tokens]
    assert side.span_info(low.index("online"), low.index("shopping")) is not None
    assert side.span_info(low.index("keeps"), low.index("growing")) is None  # a verb
    toks = ("农村", "网购", "明显", "增加")
    assert not any("明显" in c.text for c in sentence_candidates(toks))


def test_a_candidate_that_cuts_a_dictionary_word_is_a_fragment() -> None:
    lex = base_lexicon()
    cut = ("维护", "世界", "和平", "与", "发展")  # 世界|和平: "world peace" cut in two
    other = ("维护", "地区", "和平", "与", "发展")  # 地区和平 is no dictionary word
    assert "世界和平" in lex and "地区和平" not in lex
    candidate = ZhCandidate(2, 5, 4, 9, "和平与发展")
    assert termhood(candidate, cut, lex) < termhood(candidate, other, lex)


def test_a_plural_before_the_verb_is_a_noun() -> None:
    side = en_side("Service imports and exports continued to grow this year.")
    low = [t.low for t in side.tokens]
    assert not side.verb_like[low.index("exports")]  # the subject: "continued" is the verb
    assert side.span_info(low.index("service"), low.index("exports")) is not None
    assert en_side("China exports the goods.").verb_like[1]  # a verb and its object


def test_an_adverb_glued_to_its_verb_ends_a_candidate() -> None:
    toks = ("跨境", "支付", "系统", "业务量", "持续增长", "。")
    texts = [c.text for c in sentence_candidates(toks)]
    assert "跨境支付系统" in texts
    assert not any("持续增长" in t for t in texts)  # "continued to grow"
    toks = ("调动", "地方", "积极性", "。")  # 积极性 "enthusiasm" is a noun
    assert any("积极性" in c.text for c in sentence_candidates(toks))


def test_a_short_sentence_with_a_present_tense_is_no_heading() -> None:
    found = _renderings("中国支持全球海洋治理", "China supports global ocean governance")
    assert "中国支持全球海洋治理" not in found  # "China supports": a subject and its verb
    assert found["全球海洋治理"] == "global ocean governance"
    toks = ("第五届", "进博会", "共有", "多个", "国家", "参展")
    assert not any("共有" in c.text for c in sentence_candidates(toks))


def test_a_verb_after_to_with_its_particle_is_an_infinitive() -> None:
    side = en_side("The ministry held a news conference to brief on the new rules.")
    assert side.verb_like[[t.low for t in side.tokens].index("brief")]
    assert not en_side("a brief history of the port").verb_like[1]  # an adjective


def test_a_measure_or_generic_noun_after_a_term_is_not_its_head() -> None:
    for zh, en, term, rendering in [
        ("截至9月末，我国外汇储备规模为31151亿美元。",
         "China's foreign exchange reserves stood at 3.1151 trillion U.S. dollars at the "
         "end of September.", "外汇储备", "foreign exchange reserves"),
        ("国务院部署加强耕地保护工作。",
         "The State Council made arrangements for strengthening the protection of arable "
         "land.", "耕地保护", "protection of arable land"),
    ]:  # fmt: skip
        best = _best_by_english(zh, en)
        # 规模 ("scale") and 工作 ("work") link to nothing, yet they head no name.
        assert best[rendering].zh == term


def test_a_verb_before_de_is_a_relative_clause_not_a_head() -> None:
    zh = "我们按照市第六次党代会确定的路径推进工作。"
    en = "We advance our work along the path set by the 6th Municipal Party Congress."
    best = _best_by_english(zh, en)
    # 确定 ("set") links to nothing, but 确定|的 is "set by ...", not the name's head.
    assert best["6th Municipal Party Congress"].zh == "市第六次党代会"


def test_a_short_form_takes_the_name_it_abbreviates(tmp_path: Path) -> None:
    rows = [
        ("中国国际服务贸易交易会在北京开幕。",
         "The China International Fair for Trade in Services opened in Beijing."),
        ("服贸会已成为服务贸易领域的重要平台。",
         "The China International Fair for Trade in Services has become an important "
         "platform for trade in services."),
        ("服贸会期间还举办了多场论坛。", "Several forums were also held during the fair."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "s.tsv", rows))])}
    name = found["中国国际服务贸易交易会"]
    assert name.en == "China International Fair for Trade in Services"
    short = found["服贸会"]
    assert short.en == name.en and short.score < name.score
    # Only where its own sentence spells the name out: the third row is no evidence.
    assert [e.en_context for e in short.evidence] == [rows[1][1]]


def test_a_sub_word_prefix_match_claims_its_english() -> None:
    # 区域 (inside the token 区域合作) renders "regional" only by a prefix match of a
    # sub-word; that word is still its own, not the unknown name 澜湄's.
    best = _best_by_english(
        "澜湄合作已成为区域合作的一面旗帜。",
        "Lancang-Mekong Cooperation has become a banner of regional cooperation.",
    )
    assert best["Lancang-Mekong Cooperation"].zh == "澜湄合作"
    assert best["regional cooperation"].zh == "区域合作"


def test_two_listed_phrases_rank_below_each_of_them(tmp_path: Path) -> None:
    rows = [
        ("中方欢迎发展中国家和国际组织参与合作，反对单边主义和保护主义。",
         "China welcomes developing countries and international organizations to take "
         "part in the cooperation and opposes unilateralism and protectionism."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "l.tsv", rows))])}
    for whole, parts in (
        ("单边主义和保护主义", ("单边主义", "保护主义")),
        ("发展中国家和国际组织", ("发展中国家", "国际组织")),
    ):
        # Each listed word or phrase (of up to two English words) is the term.
        assert whole not in found or all(found[whole].score < found[p].score for p in parts)


def test_a_dictionary_word_newer_than_jieba_is_offered_as_a_term() -> None:
    # jieba cuts 碳|中|和; the dictionary has 碳中和 "carbon neutrality": a coinage,
    # offered inside the longer phrase that took its English.
    best = _best_by_english(
        "我国提出碳达峰碳中和目标，推动绿色低碳转型。",
        "China has set the goals of peaking carbon emissions and achieving carbon "
        "neutrality and promoted the green and low-carbon transition.",
    )
    assert best["carbon neutrality"].zh == "碳中和"


def test_a_common_noun_of_a_term_goes_below_the_term(tmp_path: Path) -> None:
    rows = [
        ("我国稳步推进数字人民币研发。",
         "China is steadily advancing the research and development of the digital renminbi."),
        ("数字人民币应用场景不断丰富。",
         "The application scenarios of the digital renminbi have kept expanding."),
        ("各地持续巩固脱贫攻坚成果。",
         "All localities have continued to consolidate the achievements of poverty "
         "alleviation."),
        ("脱贫攻坚取得全面胜利。", "Complete victory has been won in poverty alleviation."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "of.tsv", rows))])}
    # "<noun> of <term>" with a short Chinese head that makes no term: a phrase about
    # the term, which takes its rank.
    assert found["数字人民币"].score > found["数字人民币应用场景"].score
    assert found["脱贫攻坚"].score > found["脱贫攻坚成果"].score


def test_a_word_rendered_whole_elsewhere_covers_nothing_with_part_of_its_gloss(
    tmp_path: Path,
) -> None:
    from glossary.text import zh_key

    path = _tsv(
        tmp_path / "initiatives.tsv",
        [(
            "中国将继续践行全球发展倡议和全球安全倡议。",
            "China will continue to implement the Global Development Initiative and the "
            "Global Security Initiative.",
        )],
    )  # fmt: skip
    out = _mine_with_glossary(
        path,
        {
            zh_key("全球发展倡议"): [("Global Development Initiative", "preferred")],
            zh_key("全球安全倡议"): [("Global Security Initiative", "preferred")],
        },
    )
    # "Global ... Initiative" in the second name is no part of the first one's English:
    # the list does not take the second name's English from both terms.
    assert out["全球发展倡议"].en == "Global Development Initiative"
    assert out["全球发展倡议"].status == "known"
    assert out["全球安全倡议"].en == "Global Security Initiative"
    both = out.get("全球发展倡议和全球安全倡议")
    assert both is None or both.score < out["全球发展倡议"].score


def test_a_locative_after_a_noun_ends_a_candidate() -> None:
    pairs = mine_pair(
        "外交部发言人汪文斌在例行记者会上回答了相关提问。",
        "Foreign Ministry Spokesperson Wang Wenbin answered related questions at the "
        "regular press conference.",
        base_lexicon(),
    )
    # 上 ("at") after 记者会 is no part of the term, nor is the verb after it.
    assert "例行记者会" in {p.zh for p in pairs}
    assert not [p.zh for p in pairs if "上" in p.zh]


def test_a_spokespersons_post_before_a_name_is_a_term() -> None:
    best = _best_by_english(
        "商务部发言人何亚东在例行新闻发布会上介绍了有关情况。",
        "Ministry of Commerce Spokesperson He Yadong briefed on the situation at the "
        "regular press conference.",
    )
    # Unlike "<office> + 主任" in a byline (the office is the term), a spokesperson's
    # post is a term of its own; the person's name after it is no part of it.
    assert best["Ministry of Commerce Spokesperson"].zh == "商务部发言人"


def test_a_persons_name_is_no_part_of_the_post_before_it() -> None:
    # jieba keeps 汪文斌 whole; its surname links "Wang" by sound through 汪 alone.
    best = _best_by_english(
        "外交部发言人汪文斌在例行记者会上回答了相关提问。",
        "Foreign Ministry Spokesperson Wang Wenbin answered related questions at the "
        "regular press conference.",
    )
    assert best["Foreign Ministry Spokesperson"].zh == "外交部发言人"
    # Only the post with its holder, offered apart and below it, holds the name.
    held = {en: p for en, p in best.items() if "Wang" in en}
    assert [p.zh for p in held.values()] == ["外交部发言人汪文斌"]
    assert all(
        p.titled and p.raw < best["Foreign Ministry Spokesperson"].raw for p in held.values()
    )


def test_a_modal_verb_ends_a_candidate() -> None:
    toks = ("常任理事国", "应当", "带头", "维护", "和平", "。")
    texts = [c.text for c in sentence_candidates(toks)]
    assert "常任理事国" in texts
    assert not [t for t in texts if "应当" in t]  # "should" is no part of a term


def test_an_irregular_past_tense_after_a_span_does_not_continue_it() -> None:
    best = _best_by_english(
        "前三季度，社会消费品零售总额增长6.8%。",
        "In the first three quarters, total retail sales of consumer goods rose 6.8 percent.",
    )
    # "rose" is the verb, not a noun continuing "... consumer goods".
    assert best["total retail sales of consumer goods"].zh == "社会消费品零售总额"
    assert "total retail sales" not in best or (
        best["total retail sales"].raw < best["total retail sales of consumer goods"].raw
    )


def test_a_verb_of_saying_ends_a_candidate() -> None:
    toks = ("国家统计局", "表示", "，", "经济", "运行", "总体", "平稳", "。")
    texts = [c.text for c in sentence_candidates(toks)]
    assert "国家统计局" in texts
    assert not [t for t in texts if "表示" in t]  # "said" is no part of the name


def test_characters_jieba_cut_off_a_longer_dictionary_word_are_joined_back() -> None:
    # jieba cuts 探|月|工程; the dictionary has 探月工程 "lunar exploration program".
    assert join_known(("我国", "探", "月", "工程"), {"探月工程"}) == ("我国", "探月工程")
    best = _best_by_english(
        "嫦娥五号任务圆满成功，我国探月工程“绕、落、回”三步走规划如期完成。",
        "The Chang'e-5 mission was a complete success, and the three-step plan of "
        "orbiting, landing and returning of China's lunar exploration program was "
        "completed on schedule.",
    )
    assert best["lunar exploration program"].zh == "探月工程"


def test_a_gloss_describing_a_name_with_its_acronym_keeps_the_name_and_acronym() -> None:
    assert _clean_gloss("special drawing rights (SDR), international currency of the IMF") == [
        "special drawing rights",
        "SDR",
    ]
    assert _clean_gloss("leading small group (LSG), a CCP body that exercises oversight") == [
        "leading small group",
        "LSG",
    ]
    # The description no longer links the owner's words to the name: 特别提款权 is not
    # "International Monetary Fund Special Drawing Rights".
    found = _renderings(
        "国际货币基金组织特别提款权", "International Monetary Fund Special Drawing Rights"
    )
    assert found.get("特别提款权", "Special Drawing Rights") == "Special Drawing Rights"
    assert found["国际货币基金组织"] == "International Monetary Fund"


def test_an_acronym_listed_before_its_full_name_is_a_gloss_of_its_own() -> None:
    assert _clean_gloss(
        "UNESCO, United Nations Educational, Scientific and Cultural Organization"
    ) == ["UNESCO", "United Nations Educational, Scientific and Cultural Organization"]
    best = _best_by_english(
        "联合国教科文组织总干事阿祖莱会见了中国代表团。",
        "UNESCO Director-General Audrey Azoulay met the Chinese delegation.",
    )
    assert best["UNESCO"].zh == "联合国教科文组织"


def test_an_ing_noun_before_the_verb_of_its_clause_ends_a_term() -> None:
    side = en_side("with equipment manufacturing accounting for a larger share")
    lows = [t.low for t in side.tokens]
    manufacturing, accounting = lows.index("manufacturing"), lows.index("accounting")
    assert not side.verb_like[manufacturing] and side.verb_like[accounting]
    # A participle after a noun is still a reduced relative clause.
    side = en_side("a freight train carrying containers")
    assert side.verb_like[[t.low for t in side.tokens].index("carrying")]
    best = _best_by_english(
        "上半年，先进制造业增加值增长9.2%，装备制造业占全部工业的比重提高。",
        "In the first half of the year, the value added of advanced manufacturing grew "
        "9.2 percent, with equipment manufacturing accounting for a larger share of all "
        "industry.",
    )
    assert best["equipment manufacturing"].zh == "装备制造业"


def test_per_capita_keeps_its_per() -> None:
    best = _best_by_english(
        "2023年，农村居民人均可支配收入达到21691元。",
        "In 2023, the per capita disposable income of rural residents reached 21,691 yuan.",
    )
    assert best["per capita disposable income"].zh == "人均可支配收入"
    assert not any(en.startswith("capita") for en in best)


def test_a_two_character_word_rendered_by_an_acronym_is_a_name(tmp_path: Path) -> None:
    rows = [("中国同东盟的贸易额持续增长。", "China's trade with ASEAN continued to grow.")]
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "n.tsv", rows))])}
    # (Not vocabulary, as a two-character word rendered by one common word is.)
    assert found["东盟"].en == "ASEAN"


def test_letters_and_digits_are_one_english_word() -> None:
    assert [t.text for t in en_tokens("the G20 summit, the C919 jet and 5G")] == [
        "the", "G20", "summit", "the", "C919", "jet", "and", "5G",
    ]  # fmt: skip
    best = _best_by_english(
        "二十国集团领导人峰会在印度新德里举行。",
        "The G20 Leaders' Summit was held in New Delhi, India.",
    )
    # (The plural's possessive apostrophe stays: it is no quote mark.)
    assert best["G20 Leaders' Summit"].zh == "二十国集团领导人峰会"


def test_capitals_joined_by_an_ampersand_are_one_word_linked_by_their_words() -> None:
    assert [t.text for t in en_tokens("R&D intensity and PM2.5 levels")] == [
        "R&D", "intensity", "and", "PM2.5", "levels",
    ]  # fmt: skip
    # "R&D" links to 研发 "research and development".
    best = _best_by_english("研发投入强度达到2.65%。", "R&D intensity reached 2.65 percent.")
    assert best["R&D intensity"].zh == "研发投入强度"


def test_a_post_with_its_holders_name_is_offered_below_the_post(tmp_path: Path) -> None:
    rows = [
        ("国家主席习近平在北京会见了来访的巴西总统卢拉。",
         "President Xi Jinping met with visiting Brazilian President Luiz Inacio Lula da "
         "Silva in Beijing."),
        ("外交部发言人毛宁在例行记者会上回答了记者提问。",
         "Foreign Ministry spokesperson Mao Ning answered questions at a regular press "
         "conference."),
        ("国家主席在会见时指出，双方应加强合作。",
         "The president pointed out during the meeting that the two sides should "
         "strengthen cooperation."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "t.tsv", rows))])}
    assert found["国家主席习近平"].en == "President Xi Jinping"
    assert found["外交部发言人毛宁"].en == "Foreign Ministry spokesperson Mao Ning"
    assert found["外交部发言人毛宁"].score < found["外交部发言人"].score
    # A name alone is still no term.
    assert "毛宁" not in found and "习近平" not in found


def test_to_after_a_verb_of_raising_ends_a_candidate() -> None:
    found = _renderings(
        "双方同意将两国关系提升至新时代全面战略伙伴关系。",
        "The two sides agreed to elevate bilateral relations to a comprehensive strategic "
        "partnership for the new era.",
    )
    assert "新时代全面战略伙伴关系" in found
    assert not [zh for zh in found if zh.startswith("至")]


def test_an_anniversary_is_an_occasion_not_a_term() -> None:
    found = _renderings(
        "今年是中国人民解放军建军95周年。",
        "This year marks the 95th anniversary of the founding of the Chinese People's "
        "Liberation Army.",
    )
    assert found["中国人民解放军"] == "Chinese People's Liberation Army"
    assert not [zh for zh in found if "周年" in zh]


def test_a_name_after_a_chief_executives_post_is_no_part_of_a_term() -> None:
    found = _renderings(
        "澳门特别行政区行政长官岑浩辉出席了仪式。",
        "Chief Executive of the Macao Special Administrative Region Sam Hou Fai attended "
        "the ceremony.",
    )
    assert "澳门特别行政区行政长官" in found
    assert not [zh for zh in found if "岑" in zh]


def test_a_quoted_slogan_takes_the_whole_quoted_english() -> None:
    # Both English quotes hold "administering Hong Kong": each slogan takes its own.
    found = _renderings(
        "要坚持“港人治港”，落实“爱国者治港”原则。",
        'We must adhere to "Hong Kong people administering Hong Kong" and implement the '
        'principle of "patriots administering Hong Kong".',
    )
    assert found["港人治港"] == "Hong Kong people administering Hong Kong"
    assert found["爱国者治港"] == "patriots administering Hong Kong"


def test_a_hong_kong_name_after_a_post_is_the_persons() -> None:
    # 李 is "Lee" in Hong Kong; "John" before it is the given name, rendered by nothing.
    found = _renderings(
        "香港特别行政区行政长官李家超表示，将全面准确贯彻“一国两制”方针。",
        "Chief Executive of the Hong Kong Special Administrative Region John Lee said that "
        'the policy of "one country, two systems" will be implemented fully and faithfully.',
    )
    post = "Chief Executive of the Hong Kong Special Administrative Region"
    assert found["香港特别行政区行政长官"] == post
    assert found["香港特别行政区行政长官李家超"] == post + " John Lee"


def test_a_numbered_formula_is_joined_after_its_numeral_word() -> None:
    lex = base_lexicon()
    assert join_known(("坚持", "一个", "中国", "原则"), lex) == ("坚持", "一个中国原则")
    # Words the dictionary knows are left as jieba cut them otherwise.
    assert join_known(("全球", "发展", "倡议"), lex) == ("全球", "发展", "倡议")
    found = _renderings(
        "双方重申坚持一个中国原则。",
        "The two sides reaffirmed their commitment to the one-China principle.",
    )
    assert found.get("一个中国原则") == "one-China principle"
    assert "中国原则" not in found


def test_a_two_character_name_of_several_english_words_is_no_vocabulary() -> None:
    lex = base_lexicon()
    toks = ("维护", "南海", "和平", "稳定")
    south_sea = next(c for c in sentence_candidates(toks, lex=lex) if c.text == "南海")
    toks = ("维护", "地区", "和平", "稳定")
    region = next(c for c in sentence_candidates(toks, lex=lex) if c.text == "地区")
    # 南海 is "South China Sea" in the dictionary: a name, not a common word.
    assert termhood(south_sea, ("维护", "南海", "和平", "稳定"), lex) > termhood(
        region, ("维护", "地区", "和平", "稳定"), lex
    )


def test_a_number_after_its_title_case_noun_starts_no_rendering() -> None:
    side = en_side("legislation under Article 23 of the Basic Law and the 2023 Report")
    lows = [t.low for t in side.tokens]
    assert not side.first_ok[lows.index("23")]  # "Article 23": the article's number
    assert side.first_ok[lows.index("2023")]  # "the | 2023 Report" may start a name


def test_a_complete_name_inside_a_longer_one_is_offered_too() -> None:
    found = _renderings(
        "中方愿同非方落实中非合作论坛北京峰会成果。",
        "China is ready to work with Africa to implement the outcomes of the Beijing "
        "Summit of the Forum on China-Africa Cooperation.",
    )
    assert found["中非合作论坛北京峰会"] == (
        "Beijing Summit of the Forum on China-Africa Cooperation"
    )
    assert found["中非合作论坛"] == "Forum on China-Africa Cooperation"


def test_a_law_named_with_the_states_name_is_offered_by_its_short_name() -> None:
    best = _best_by_english(
        "中国将全面落实《中华人民共和国外商投资法》及其实施条例。",
        "China will fully implement the Foreign Investment Law of the People's Republic "
        "of China and its implementing regulations.",
    )
    full = best["Foreign Investment Law of the People's Republic of China"]
    assert full.zh == "中华人民共和国外商投资法"
    short = best["Foreign Investment Law"]
    assert short.zh == "外商投资法" and short.raw < full.raw


def test_a_name_may_end_with_its_number() -> None:
    side = en_side("China supports Agenda 2063, adopted on November 23 by 55 states.")
    lows = [t.low for t in side.tokens]
    assert side.last_ok[lows.index("2063")]  # "Agenda 2063"
    assert not side.last_ok[lows.index("23")]  # a date
    assert not side.last_ok[lows.index("55")]  # a count
    best = _best_by_english(
        "中方支持非盟落实《2063年议程》。",
        "China supports the African Union in implementing Agenda 2063.",
    )
    assert best["Agenda 2063"].zh == "2063年议程"


def test_a_comma_after_a_number_is_no_part_of_it() -> None:
    assert [t.text for t in en_tokens("Agenda 2063, 21,691 yuan, 1.5 trillion")] == [
        "Agenda", "2063", "21,691", "yuan", "1.5", "trillion",
    ]  # fmt: skip


def test_plus_joins_the_parts_of_a_name_and_ends_no_rendering() -> None:
    found = _renderings(
        "我国全面实行准入前国民待遇加负面清单管理制度。",
        "China fully implements the management system of pre-establishment national "
        "treatment plus a negative list.",
    )
    assert found["负面清单"] == "negative list"
    assert not [en for en in found.values() if en.endswith("plus")]


def test_a_plan_named_by_its_year_keeps_the_year() -> None:
    best = _best_by_english(
        "各国应携手落实联合国2030年可持续发展议程。",
        "All countries should work together to implement the UN 2030 Agenda for "
        "Sustainable Development.",
    )
    # (The UN's name and the agenda's are both names: 联合国 is "UN", its initials.)
    assert best["UN 2030 Agenda for Sustainable Development"].zh == "联合国2030年可持续发展议程"
    assert best["2030 Agenda for Sustainable Development"].zh == "2030年可持续发展议程"
    # A year first is otherwise when something happened.
    found = _renderings("2023年中国经济增长5.2%。", "In 2023, China's economy grew 5.2 percent.")
    assert not [zh for zh in found if zh.startswith("2023")]
    side = en_side("the UN 2030 Agenda and Article 23 of the Basic Law")
    lows = [t.low for t in side.tokens]
    assert side.first_ok[lows.index("2030")] and not side.first_ok[lows.index("23")]


def test_an_acronym_inside_a_longer_name_is_a_clean_rendering() -> None:
    from glossary.mining.render import _boundary_penalty

    side = en_side("the APEC Economic Leaders' Meeting and the Communist Party of China")
    lows = [t.low for t in side.tokens]
    apec, communist = lows.index("apec"), lows.index("communist")
    assert _boundary_penalty(side, apec, apec) == 0.0  # "APEC" | "Economic ..."
    assert _boundary_penalty(side, communist, communist) > 0.0  # cut inside the name


def test_two_characters_jieba_left_apart_are_joined_into_a_dictionary_word() -> None:
    lex = base_lexicon()
    assert join_known(("会见", "非", "盟", "委员会", "主席"), lex) == (
        "会见", "非盟", "委员会", "主席",
    )  # fmt: skip
    assert join_known(("在", "中"), lex) == ("在", "中")  # no such word


def test_among_the_ends_a_candidate() -> None:
    toks = ("中国", "核心", "利益", "中的", "核心")
    assert not [c.text for c in sentence_candidates(toks) if "中的" in c.text]


def test_a_word_rendered_by_a_name_is_offered_inside_a_longer_term() -> None:
    found = _renderings(
        "双方同意共同维护南海地区的和平与稳定。",
        "The two sides agreed to jointly maintain peace and stability in the South China "
        "Sea region.",
    )
    assert found["南海地区"] == "South China Sea region"
    assert found["南海"] == "South China Sea"


def test_officials_names_are_offered_below_the_terms(tmp_path: Path) -> None:
    rows = [
        ("国防部长董军在香格里拉对话会上发表演讲。",
         "Defense Minister Dong Jun delivered a speech at the Shangri-La Dialogue."),
        ("习近平在会上发表重要讲话。", "Xi Jinping delivered an important speech at the meeting."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "p.tsv", rows))])}
    assert found["香格里拉对话"].en == "Shangri-La Dialogue"
    assert "香格里拉对话会上" not in found  # 会上: "at the meeting"
    assert found["国防部长董军"].en == "Defense Minister Dong Jun"
    assert found["国防部长董军"].score < found["国防部长"].score
    assert found["习近平"].score < 0.3 < found["香格里拉对话"].score


def test_the_terms_a_long_title_names_are_candidates_too() -> None:
    found = _renderings(
        "国务院办公厅印发《关于加快发展数字经济促进共同富裕的意见》。",
        "The General Office of the State Council issued the Opinions on Accelerating the "
        "Development of the Digital Economy to Promote Common Prosperity.",
    )
    assert found["关于加快发展数字经济促进共同富裕的意见"].startswith("Opinions on")
    assert found["数字经济"] == "Digital Economy"
    # A short quoted name stays whole: its parts are no candidates.
    toks = ("推进", "“", "数字", "经济", "”", "建设")
    texts = [c.text for c in sentence_candidates(toks)]
    assert "数字经济" in texts and "数字" not in texts and "经济" not in texts


def test_the_rest_of_a_name_after_its_dash_is_no_candidate() -> None:
    toks = ("中国", "—", "中亚", "峰会", "西安", "宣言")
    texts = [c.text for c in sentence_candidates(toks)]
    assert "中国—中亚峰会西安宣言" in texts
    assert not [t for t in texts if t.startswith("中亚")]


def test_a_short_form_takes_its_names_acronym(tmp_path: Path) -> None:
    rows = [
        ("第七届中国国际进口博览会在上海开幕。进博会已成为推动高水平开放的平台。",
         "The seventh China International Import Expo opened in Shanghai. The CIIE has "
         "become a platform for high-standard opening up."),
        ("上海合作组织成员国元首理事会会议在阿斯塔纳举行，上合组织成员国领导人出席。",
         "The meeting of the Council of Heads of State of the Shanghai Cooperation "
         "Organization was held in Astana, attended by leaders of SCO member states."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "a.tsv", rows))])}
    name = found["中国国际进口博览会"]
    assert name.en == "China International Import Expo"
    assert found["进博会"].en == "CIIE" and found["进博会"].score < name.score
    # A short form the dictionary knows is no source of shorter ones.
    assert "上合组" not in found


def test_a_short_form_given_in_brackets_takes_the_english_acronym(tmp_path: Path) -> None:
    # 国家 links "national" elsewhere in the clause, which used to cut the name short
    # (标准化管理委员会) and leave 国家标准委 to "batch of national standards".
    rows = [
        ("国家标准化管理委员会（国家标准委）近日批准发布了一批电动汽车充电设施国家标准。",
         "The Standardization Administration of China (SAC) recently approved and released "
         "a batch of national standards for electric vehicle charging facilities."),
        ("国家互联网信息办公室（国家网信办）就生成式人工智能服务管理办法公开征求意见。",
         "The Cyberspace Administration of China (CAC) solicited public comments on measures "
         "for the administration of generative artificial intelligence services."),
        ("国家网信办还将开展网络直播领域专项整治。",
         "The CAC will also carry out a special campaign to clean up online live streaming."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "a.tsv", rows))])}
    name = found["国家标准化管理委员会"]
    assert name.en == "Standardization Administration of China"
    assert found["国家标准委"].en == "SAC" and found["国家标准委"].score < name.score
    assert found["国家网信办"].en == "CAC" and found["国家网信办"].count == 2
    assert "家网信办" not in found  # (a part of the short form is none)


def test_a_name_coordinated_before_a_bracketed_short_form_is_not_its_name(
    tmp_path: Path,
) -> None:
    rows = [
        ("丝路基金和亚洲基础设施投资银行（亚投行）共同为该水电站项目提供融资。",
         "The Silk Road Fund and the Asian Infrastructure Investment Bank (AIIB) jointly "
         "financed the hydropower station project."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "a.tsv", rows))])}
    assert found["亚洲基础设施投资银行"].en == "Asian Infrastructure Investment Bank"
    assert found["亚投行"].en == "AIIB"
    assert not [zh for zh in found if zh.startswith(("丝路基金和", "和"))]


def test_a_conjunction_opens_no_name_found_by_its_acronym() -> None:
    found = _renderings(
        "中方支持联合国粮食及农业组织（FAO）和国际农业发展基金（IFAD）在减贫领域发挥更大作用。",
        "China supports the Food and Agriculture Organization of the United Nations (FAO) "
        "and the International Fund for Agricultural Development (IFAD) in playing a "
        "greater role in poverty reduction.",
    )
    assert found["国际农业发展基金"] == "International Fund for Agricultural Development"
    assert not [zh for zh in found if zh.startswith("和")]


def test_an_acronym_spells_a_name_in_lower_case_too() -> None:
    # (液化 "to liquefy" is a verb, and no dictionary word holds 液化天然气: the acronym
    # in brackets on both sides says where the name starts.)
    found = _renderings(
        "鼓励港口作业车辆使用液化天然气（LNG）、氢能等清洁燃料，减少港区污染物排放。",
        "Port operating vehicles are encouraged to use clean fuels such as liquefied "
        "natural gas (LNG) and hydrogen to reduce pollutant emissions in port areas.",
    )
    assert found["液化天然气"] == "liquefied natural gas"


def test_an_acronym_in_brackets_may_take_the_names_head_with_it() -> None:
    found = _renderings(
        "监管部门对电线电缆等产品实施强制性产品认证（CCC认证）管理，未获认证的产品不得出厂销售。",
        "Regulators apply China Compulsory Certification (CCC) to products such as wires "
        "and cables, and products without the certification may not be sold.",
    )
    assert found["强制性产品认证"] == "China Compulsory Certification"


def test_a_quote_is_rendered_by_the_english_quote_its_words_say() -> None:
    # The English leaves the first name unquoted, so the quotes are not paired in
    # order; 网 says "Internet" only weakly, and "Clean" alone used to fit better.
    found = _renderings(
        "每年11月是“全国消防宣传月”。公安部部署开展“净网”专项行动，依法打击网络谣言。",
        "November is National Fire Safety Publicity Month every year. The Ministry of "
        'Public Security has launched the "Clean Internet" special campaign to crack '
        "down on online rumors in accordance with the law.",
    )
    assert found["净网"] == "Clean Internet"
    # A quote that says little of the English quote is not rendered by all of it.
    found = _renderings(
        "纪检监察机关坚持“老虎”“苍蝇”一起打，严肃查处群众身边的腐败问题。",
        'Discipline inspection and supervision organs have continued "cracking down on '
        'both tigers and flies," and seriously investigated corruption affecting the '
        "people.",
    )
    assert found.get("老虎") != "cracking down on both tigers and flies"


def test_a_day_in_the_calendar_is_the_official_sense_of_jie() -> None:
    found = _renderings(
        "1月10日是“中国人民警察节”。各地公安机关开展警营开放日活动。",
        "January 10 is Chinese People's Police Day. Public security organs across the "
        "country held open days at police stations.",
    )
    assert found["中国人民警察节"] == "Chinese People's Police Day"


def test_a_ministrys_acronym_keeps_its_of() -> None:
    found = _renderings(
        "人社部会同财政部部署做好失业保险稳岗返还工作。",
        "The MOHRSS and the Ministry of Finance have made arrangements for refunding "
        "unemployment insurance premiums to employers that keep jobs stable.",
    )
    assert found["人社部"] == "MOHRSS"


def test_pooling_is_the_official_sense_of_tongchou_in_social_insurance() -> None:
    found = _renderings(
        "今年将全面推进失业保险省级统筹，增强基金抗风险能力。",
        "This year we will fully advance provincial-level pooling of unemployment "
        "insurance and make the fund more resilient to risks.",
    )
    assert found["失业保险省级统筹"] == "provincial-level pooling of unemployment insurance"


def test_the_parts_of_a_short_form_given_in_brackets_are_no_short_forms() -> None:
    lex = base_lexicon()
    text = "市场监管总局要求各地加大抽查力度。"
    # (国家市场监督管理 is a cut of the name 国家市场监督管理总局 that shares its English.)
    assert "市场监管" in _short_forms(text, "国家市场监督管理", lex, [], frozenset())
    given = frozenset({"市场监管总局"})
    assert "市场监管" not in _short_forms(text, "国家市场监督管理", lex, [], given)
    assert _short_forms(text, "国家市场监督管理总局", lex, ["市场监管总局"], given) == [
        "市场监管总局"
    ]


def test_a_post_before_a_name_and_its_verb_is_a_term() -> None:
    # Not a byline: the post's holder is the subject of the sentence.
    best = _best_by_english(
        "商务部部长王文涛出席世界贸易组织第十三届部长级会议。",
        "Minister of Commerce Wang Wentao attended the 13th Ministerial Conference of "
        "the World Trade Organization.",
    )
    assert best["Minister of Commerce"].zh == "商务部部长"
    assert best["Minister of Commerce Wang Wentao"].zh == "商务部部长王文涛"


def test_a_policy_and_its_stance_are_one_formula() -> None:
    best = _best_by_english(
        "今年要继续实施更加积极的财政政策和适度宽松的货币政策。",
        "This year China will continue to implement a more proactive fiscal policy and "
        "an appropriately accommodative monetary policy.",
    )
    assert best["more proactive fiscal policy"].zh == "更加积极的财政政策"
    assert best["appropriately accommodative monetary policy"].zh == "适度宽松的货币政策"
    # The verb before the stance is no part of it.
    best = _best_by_english(
        "我们将实施稳健的货币政策。", "We will implement a prudent monetary policy."
    )
    assert best["prudent monetary policy"].zh == "稳健的货币政策"


def test_a_glossary_term_opening_with_an_adverb_is_a_candidate(tmp_path: Path) -> None:
    rows = [
        ("明年将实施更加积极的财政政策，扩大有效投资。",
         "Next year China will implement a more proactive fiscal policy and expand "
         "effective investment."),
    ]  # fmt: skip
    found = _mine_with_glossary(
        _tsv(tmp_path / "g.tsv", rows),
        {"更加积极的财政政策": [("more proactive fiscal policy", "preferred")]},
    )
    assert found["更加积极的财政政策"].status == "known"


def test_a_session_named_by_its_numbers_is_one_name() -> None:
    best = _best_by_english(
        "十四届全国人大三次会议在北京闭幕。",
        "The third session of the 14th National People's Congress closed in Beijing.",
    )
    assert best["third session of the 14th National People's Congress"].zh == (
        "十四届全国人大三次会议"
    )
    # The body may come first, and a verb before it is no part of the name.
    best = _best_by_english(
        "报告提请全国政协十四届三次会议审议。",
        "The report was submitted to the third session of the 14th National Committee "
        "of the CPPCC for deliberation.",
    )
    assert best["third session of the 14th National Committee of the CPPCC"].zh == (
        "全国政协十四届三次会议"
    )


def test_a_quoted_english_name_may_hold_commas_and_an_article() -> None:
    # The English quote holds commas, "and" and an article: still one name.
    best = _best_by_english(
        "自贸港将实行“零关税、低税率、简税制”的安排。",
        'The free trade port will apply the arrangement of "zero tariffs, low tax rates '
        'and a simplified tax system".',
    )
    assert best["zero tariffs, low tax rates and a simplified tax system"].zh == (
        "零关税、低税率、简税制"
    )


def test_a_capitalised_function_word_inside_a_name_is_part_of_it() -> None:
    best = _best_by_english(
        "国务院印发《2030年前碳达峰行动方案》。",
        "The State Council issued the Action Plan for Carbon Dioxide Peaking Before 2030.",
    )
    assert best["Action Plan for Carbon Dioxide Peaking Before 2030"].zh == (
        "2030年前碳达峰行动方案"
    )


def test_a_documents_title_goes_on_with_its_gerund() -> None:
    best = _best_by_english(
        "两办印发《关于加强科技伦理治理的意见》，要求统筹发展与安全。",
        "The two general offices issued a guideline on strengthening the ethical "
        "governance of science and technology, calling for balancing development and "
        "security.",
    )
    assert (
        best["guideline on strengthening the ethical governance of science and technology"].zh
        == "关于加强科技伦理治理的意见"
    )
    # The gerund opens no rendering of its own: it is the title's.
    assert not any(en.startswith("strengthening") for en in best)


def test_a_post_rendered_exactly_takes_the_english_from_its_body() -> None:
    # "Minister" renders 部长 exactly and 部 (ministry) only by its prefix; the
    # holder's verb of saying (表示) still marks running text, not a byline.
    best = _best_by_english(
        "生态环境部部长黄润秋表示，全国生态环境质量持续改善。",
        "Minister of Ecology and Environment Huang Runqiu said the quality of the "
        "country's ecological environment kept improving.",
    )
    assert best["Minister of Ecology and Environment"].zh == "生态环境部部长"
    assert best["Minister of Ecology and Environment Huang Runqiu"].zh == "生态环境部部长黄润秋"


def test_a_persons_dictionary_entry_glosses_the_name_only() -> None:
    # The description would link the name to the post beside it ("Foreign Minister").
    assert _clean_gloss("Wang Yi (1953-), PRC foreign minister (2013-)") == ["Wang Yi"]
    assert _clean_gloss("Confucius (551-479 BC), Chinese philosopher") == ["Confucius"]
    # (Not a description that merely mentions a person.)
    assert _clean_gloss("refers to the poet Li Bai (701-762)") == ["refers to the poet Li Bai"]


def test_a_past_form_rendering_chinese_with_no_verb_sense_is_an_adjective() -> None:
    found = _renderings(
        "全省综合保税区进出口额增长12%。",
        "Imports and exports of the province's comprehensive bonded zones grew by 12 percent.",
    )
    # 保税 is "bonded", never "to bond": "comprehensive bonded zones" is a noun
    # phrase, not "comprehensive (things) bonded zones".
    assert found["综合保税区"] == "comprehensive bonded zones"
    # 签署 is "to sign": "signed" stays the verb of a clause.
    signed = _renderings(
        "各国企业签署合作文件120份。", "Enterprises signed 120 cooperation documents."
    )
    assert signed["合作文件"] == "cooperation documents"
    assert not any("signed" in en for en in signed.values())


def test_a_name_also_known_as_another_gives_both_names() -> None:
    # 广交会: "Canton Fair" is how official English names it, not "... also known as".
    assert _clean_gloss("China Export Commodities Fair also known as the Canton Fair") == [
        "China Export Commodities Fair",
        "Canton Fair",
    ]
    assert _clean_gloss("Xiamen, subprovincial city in Fujian, also known as Amoy")[-1] == "Amoy"
    # (The phrase itself as a sense stays: 又名 "also known as".)
    assert _clean_gloss("also known as") == ["also known as"]


def test_a_place_described_by_its_kind_gives_the_place_name_only() -> None:
    # CC-CEDICT: 长沙 "Changsha prefecture-level city and capital of Hunan province in
    # south central China". "Hunan" is 湖南's, not 长沙's.
    assert _clean_gloss(
        "Changsha prefecture-level city and capital of Hunan province in south central China"
    ) == ["Changsha"]
    assert _clean_gloss("Mianyang, prefecture-level city in Sichuan") == ["Mianyang"]
    # A compound with a place word is no description: "Beijing opera".
    assert _clean_gloss("Beijing opera") == ["Beijing opera"]
    best = _best_by_english(
        "长沙市与株洲市签署了合作协议。",
        "Changsha and Zhuzhou signed a cooperation agreement.",
    )
    assert best["Changsha"].zh == "长沙市"
    assert best["Changsha"].fit >= 0.85


def test_a_character_of_a_common_word_does_not_link_by_its_sound() -> None:
    # 总理 is "premier": its 理 is not the "Li" of the holder's name after it.
    best = _best_by_english(
        "国务院总理李强近日主持召开国务院常务会议。",
        "Premier Li Qiang recently presided over an executive meeting of the State Council.",
    )
    assert best["Premier"].zh == "国务院总理"
    assert best["Premier Li Qiang"].zh == "国务院总理李强"
    assert best["Premier Li Qiang"].raw < best["Premier"].raw


def test_a_name_goes_on_after_its_title_case_adjective() -> None:
    # "APEC Economic" is no name: the adjective belongs to "Economic Leaders' Meeting".
    best = _best_by_english(
        "亚太经合组织第三十二次领导人非正式会议在秘鲁利马举行。",
        "The 32nd APEC Economic Leaders' Meeting was held in Lima, Peru.",
    )
    assert "APEC Economic" not in best
    assert best["APEC"].zh == "亚太经合组织"
    # A core of links that stops at such an adjective goes on to the name's end.
    side = en_side("hosted by the Shanghai Municipal People's Government and others")
    municipal = [t.text for t in side.tokens].index("Municipal")
    assert not side.last_ok[municipal]
    assert side.tokens[_name_end(side, municipal)].text == "Government"


def test_jointly_before_its_verb_ends_no_candidate() -> None:
    toks = ("商务部", "和", "上海市人民政府", "共同", "主办")
    assert "上海市人民政府共同" not in {c.text for c in sentence_candidates(toks)}


def test_the_body_a_post_belongs_to_is_offered_too() -> None:
    best = _best_by_english(
        "全国人大常委会法制工作委员会发言人表示，草案将提请常委会会议审议。",
        "A spokesman for the NPC Standing Committee's Legislative Affairs Commission said "
        "the draft would be submitted to the session of the Standing Committee for "
        "deliberation.",
    )
    post = best["spokesman for the NPC Standing Committee's Legislative Affairs Commission"]
    body = best["NPC Standing Committee's Legislative Affairs Commission"]
    assert (post.zh, body.zh) == (
        "全国人大常委会法制工作委员会发言人",
        "全国人大常委会法制工作委员会",
    )
    assert body.raw < post.raw


def test_the_body_an_office_belongs_to_is_offered_below_it() -> None:
    en = "The Office of the National Narcotics Control Commission issued the report."
    side = en_side(en)
    office = Scored(
        "国家禁毒委员会办公室", "Office of the National Narcotics Control Commission",
        (0, 10), (1, 7), 0.9, 0.9, 1.0, 1.0,
    )  # fmt: skip
    office.raw = 3.0
    bodies = bodies_of_posts([office], side)
    assert [(b.zh, b.en) for b in bodies] == [
        ("国家禁毒委员会", "National Narcotics Control Commission")
    ]
    assert bodies[0].raw < office.raw


def test_people_to_people_is_the_official_sense_of_renwen() -> None:
    best = _best_by_english(
        "双方同意深化人文交流，促进民心相通。",
        "The two sides agreed to deepen people-to-people exchanges and foster closer "
        "people-to-people ties.",
    )
    assert best["people-to-people exchanges"].zh == "人文交流"


def test_and_before_a_policy_verb_starts_a_second_verb_phrase() -> None:
    # "build" is also a noun in the dictionary, but after "and" it is the verb.
    side = en_side("deepen coordinated development and build Xiong'an New Area to high standards")
    build = [t.text for t in side.tokens].index("build")
    assert side.inner_bad[build - 1]


def test_a_place_in_brackets_inside_a_name_is_part_of_it() -> None:
    best = _best_by_english(
        "中国（湖北）自由贸易试验区挂牌运行以来，形成了一批制度创新成果。",
        "Since its launch, the China (Hubei) Pilot Free Trade Zone has produced a number "
        "of institutional innovations.",
    )
    assert best["China (Hubei) Pilot Free Trade Zone"].zh == "中国（湖北）自由贸易试验区"


def test_a_name_mentioned_twice_takes_the_window_where_it_is_one_phrase() -> None:
    # Both windows cover all of 习近平外交思想 (外交 links "foreign affairs" too); the
    # second holds it as one phrase.
    best = _best_by_english(
        "全省外事工作坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平外交思想。",
        "The province's foreign affairs work was guided by Xi Jinping Thought on "
        "Socialism with Chinese Characteristics for a New Era and fully implemented Xi "
        "Jinping Thought on Diplomacy.",
    )
    assert best["Xi Jinping Thought on Diplomacy"].zh == "习近平外交思想"


def test_a_head_word_opening_with_an_evaluative_word_makes_a_description() -> None:
    # jieba keeps 重点项目 ("key projects") whole: its 重点 still marks a description.
    lex = base_lexicon()

    def last_three(head: str) -> float:
        toks = ("实施", "对外", "工作", head, "，")
        cand = next(c for c in sentence_candidates(toks, lex=lex) if c.text == "对外工作" + head)
        return termhood(cand, toks, lex)

    assert last_three("重点项目") < last_three("合作项目")


def test_an_editions_event_is_offered_above_the_edition(tmp_path: Path) -> None:
    rows = [
        ("9月举办的第二十届中国西部国际博览会签约投资项目总额超过万亿元。",
         "Investment projects worth over 1 trillion yuan were signed at the 20th Western "
         "China International Fair held in September."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "e.tsv", rows))])}
    event = found["中国西部国际博览会"]
    assert event.en == "Western China International Fair"
    assert event.score > found["第二十届中国西部国际博览会"].score


def test_an_editions_award_is_offered_above_the_edition(tmp_path: Path) -> None:
    rows = [
        ("第十八届中国电影华表奖评选结果近日揭晓，多部主旋律影片获奖。",
         "The winners of the 18th China Film Huabiao Awards were recently announced, with"
         " several mainstream films honored."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "e.tsv", rows))])}
    award = found["中国电影华表奖"]
    assert award.en == "China Film Huabiao Awards"
    assert award.score > found["第十八届中国电影华表奖"].score


def test_a_name_before_an_article_is_no_part_of_the_next_name() -> None:
    best = _best_by_english(
        "两国外长在上海签署了上海公报。",
        "The two foreign ministers signed in Shanghai the Shanghai Communique.",
    )
    # "Shanghai | the Shanghai Communique": an article after a name starts a new phrase
    # (only a verb opens a title-case heading with one: "Serving the Overall ...").
    assert "Shanghai Communique" in best
    assert not any(en.startswith("Shanghai the") for en in best)


def test_a_name_is_not_cut_where_a_longer_title_goes_on_past_a_number() -> None:
    best = _best_by_english(
        "两国元首宣布建立新时代全面战略协作伙伴关系，庆祝建交75周年。",
        "The two heads of state announced the Comprehensive Strategic Partnership of "
        "Coordination for the New Era in the Context of the 75th Anniversary of Diplomatic "
        "Relations.",
    )
    # "... the New Era in the Context" ends inside the title ("of the 75th Anniversary
    # ..."), no cleaner than ending at "New Era", and it holds more unexplained words.
    top = max(best.values(), key=lambda p: p.raw if p.zh == "新时代全面战略协作伙伴关系" else -99)
    assert top.en == "Comprehensive Strategic Partnership of Coordination for the New Era"


def test_an_acronym_renders_the_words_whose_initials_it_spells() -> None:
    zh = "中方发布《全球人工智能治理倡议》，围绕人工智能发展、安全阐述了人工智能治理的中国方案。"
    en = (
        "China released the Global AI Governance Initiative, which sets out China's "
        "proposals on artificial intelligence (AI) governance in terms of AI development "
        "and security."
    )
    # 人工智能 "artificial intelligence" = "AI": the name is the one that says it so,
    # not the later phrase that spells the words out.
    found = [p for p in mine_pair(zh, en, base_lexicon()) if p.zh == "全球人工智能治理倡议"]
    assert found[0].en == "Global AI Governance Initiative"
    side = en_side("Gross domestic product (GDP) grew.")
    units = zh_units(("国内生产总值",), base_lexicon())
    assert 3 in link(units, side)[0]  # "GDP"


def test_accented_words_and_dotted_abbreviations_are_whole_words() -> None:
    words = [t.text for t in en_tokens("a joint communiqué on China-U.S. relations")]
    assert words == ["a", "joint", "communiqué", "on", "China-U.S.", "relations"]
    # "U.S." is the initials of 美 "United States".
    found = mine_pair(
        "两国发表联合公报，推动中美关系发展。",
        "The two countries issued a joint communiqué to advance China-U.S. relations.",
        base_lexicon(),
    )
    assert [p.en for p in found if p.zh == "中美关系"][:1] == ["China-U.S. relations"]


def test_a_name_ends_before_its_acronym_in_brackets_and_an_adverb_and_verb() -> None:
    found = mine_pair(
        "各方推进亚太自由贸易区建设，共同推动开放型世界经济。",
        "All parties will advance the building of the Free Trade Area of the Asia-Pacific "
        "(FTAAP) and jointly promote an open world economy.",
        base_lexicon(),
    )
    # The acronym in brackets does not carry "Asia-Pacific" on as a name, and "and
    # jointly promote" is a second verb phrase.
    got = [p.en for p in found if p.zh == "亚太自由贸易区"]
    assert got[:1] == ["Free Trade Area of the Asia-Pacific"]


def test_a_part_whose_english_opens_the_longer_names_gives_the_name_its_rank() -> None:
    from glossary.mining.pipeline import _Agg

    sl = "socialist rule of law"
    expo = "China International Import Expo"
    hq = "high-quality development"
    rows = [
        (4.0, "社会主义法治", sl),
        (1.0, "中国特色社会主义法治", sl + " with Chinese characteristics"),
        # An edition of an event: the event is the term, not a part of it.
        (4.0, "中国国际进口博览会", expo),
        (1.0, "第五届中国国际进口博览会", "fifth " + expo),
        # A part seen on its own too, once inside two nested names (counted once).
        (4.0, "高质量发展", hq),
        (1.0, "新能源高质量发展", hq + " of new energy"),
        (1.5, "新时代新能源高质量发展", hq + " of new energy in the new era"),
    ]
    corpus = (
        "推进中国特色社会主义法治建设。第五届中国国际进口博览会开幕。"
        "推动新时代新能源高质量发展。坚持高质量发展。"
    )
    scored = [(logit, zh, en_key(en), _Agg(zh, en)) for logit, zh, en in rows]
    out = {a.zh: logit for logit, _zk, _ek, a in _demote_fragments(scored, corpus, base_lexicon())}
    # 中国特色 is said by "with Chinese characteristics" and 社会主义法治 is never
    # alone: the name takes the part's rank.
    assert out["中国特色社会主义法治"] == 4.0
    assert out["社会主义法治"] < 3.0
    assert out["中国国际进口博览会"] == 4.0
    assert out["第五届中国国际进口博览会"] == 1.0
    assert out["高质量发展"] == 4.0


def test_a_word_said_twice_holds_each_of_its_english_words_in_order() -> None:
    byline = _renderings(
        "省委外办主任，省政府外办党组书记、主任李明",
        "Li Ming, Director-General of the Office of the Foreign Affairs Commission of "
        "the CPC Hunan Provincial Committee, Secretary of the Leading Party Members "
        "Group and Director-General, Foreign Affairs Office of the Hunan Provincial "
        "Government",
    )
    # The second 主任 is the second "Director-General", not part of 党组书记's English.
    assert byline["党组书记"] == "Secretary of the Leading Party Members Group"
    market = _renderings(
        "我们要加快建设全国统一大市场，打破地方保护和市场分割。",
        "We will accelerate the building of a unified national market and break "
        "local protectionism and market segmentation.",
    )
    # A word held in order is still part of the longer term around it.
    assert market["市场分割"] == "market segmentation"


def test_a_glossary_name_written_with_quotation_marks_is_known(tmp_path: Path) -> None:
    from glossary.text import zh_key

    path = _tsv(
        tmp_path / "forum.tsv",
        [(
            "2025年5月，第四届“一带一路”国际合作高峰论坛在北京举行。",
            "The fourth Belt and Road Forum for International Cooperation was held in "
            "Beijing in May 2025.",
        )],
    )  # fmt: skip
    forum = "Belt and Road Forum for International Cooperation"
    out = _mine_with_glossary(
        path,
        {
            zh_key("一带一路"): [("Belt and Road", "preferred")],
            zh_key("一带一路国际合作高峰论坛"): [(forum, "preferred")],
        },
    )
    # The glossary keeps the name without its quotation marks; the text's is the same.
    assert out["“一带一路”国际合作高峰论坛"].en == forum
    assert out["“一带一路”国际合作高峰论坛"].status == "known"


def test_a_long_book_title_is_taken_whole_with_its_long_english() -> None:
    title = "关于推进长江经济带城市群生态环境协同保护和绿色低碳高质量发展的指导意见"
    english = (
        "Guiding Opinions on Advancing the Coordinated Protection of the Ecological "
        "Environment and the Green, Low-Carbon and High-Quality Development of the City "
        "Clusters in the Yangtze River Economic Belt"
    )
    found = _renderings(
        f"国务院办公厅印发《{title}》。",
        f"The General Office of the State Council issued the {english}.",
    )
    # 36 characters in 《》, 29 English words: longer than a name, still one title.
    assert found[title] == english
    first = "Implementation Plan for the Development of the Green Port Cluster in Beibu Gulf"
    second = "Special Measures for Cross-Border Trade in Services (Negative List)"
    both = {
        p.zh: p.en
        for p in mine_pair(
            "《北部湾绿色港口群建设实施方案》和《跨境服务贸易特别管理措施（负面清单）》相继发布。",
            f"The {first} and the {second} were released one after another.",
            base_lexicon(),
        )
    }
    # Two titles in one title-case run, and a title ending in its bracket.
    assert both["北部湾绿色港口群建设实施方案"] == first
    assert both["跨境服务贸易特别管理措施（负面清单）"] == second


def test_a_name_with_its_acronym_in_brackets_on_both_sides() -> None:
    operators = _renderings(
        "两国海关签署“经认证的经营者”（AEO）互认安排。",
        "The customs of the two countries signed an Authorized Economic Operator (AEO) "
        "mutual recognition arrangement.",
    )
    # The dictionary links little of it; the initials say where the name starts.
    assert operators["经认证的经营者"] == "Authorized Economic Operator"
    credits = _renderings(
        "全国温室气体自愿减排交易市场重启。国家核证自愿减排量（CCER）可用于抵销配额。",
        "The national voluntary greenhouse gas emission reduction trading market was "
        "relaunched. Chinese Certified Emission Reductions (CCERs) can be used to offset "
        "allowances.",
    )
    # Unquoted: the words before the bracket back to the full stop, though 自愿's
    # "voluntary" stands in the sentence before; the English acronym is plural.
    assert credits["国家核证自愿减排量"] == "Chinese Certified Emission Reductions"


def test_a_short_form_takes_an_acronym_that_keeps_some_small_words(tmp_path: Path) -> None:
    path = _tsv(
        tmp_path / "fair.tsv",
        [(
            "中国国际服务贸易交易会在北京举行。本届服贸会设置九大专题展。",
            "The China International Fair for Trade in Services was held in Beijing. This "
            "year's CIFTIS features nine thematic exhibitions.",
        )],
    )  # fmt: skip
    mined = {p.zh: p.en for p in mine_documents([read_document(path)])}
    # "CIFTIS": the initials of every word but "for".
    assert mined["服贸会"] == "CIFTIS"


def test_a_subject_verb_and_object_rendered_as_a_gerund_is_no_term() -> None:
    found = {
        p.zh: p.raw
        for p in mine_pair(
            "该项目为中国与巴西深化合作提供了新平台。",
            "The project provides a new platform for deepening cooperation between China "
            "and Brazil.",
            base_lexicon(),
        )
    }
    # "deepening" renders 深化, a verb inside the Chinese, not its first word: the
    # clause is offered far below the term, if at all.
    assert found.get("中国与巴西深化合作", -99.0) < found["新平台"] - 1.0


def test_the_words_an_acronym_spells() -> None:
    from glossary.mining.tokens import spelled_from

    def spells(acronym: str, text: str) -> int:
        return spelled_from(acronym, text.split())

    assert spells("AEO", "signed an Authorized Economic Operator") == 3
    # Small words may give their initials or not; hyphenated words give their parts'.
    assert spells("CIFTIS", "the China International Fair for Trade in Services") == 7
    assert spells("FOCAC", "the Forum on China-Africa Cooperation") == 4
    # Every capitalised word must give one.
    assert spells("RCEP", "Regional Comprehensive Economic Partnership Agreement") == 0
    assert spells("FTZ", "pilot free trade zones") == 0


def test_a_duration_or_a_service_number_starts_a_name() -> None:
    visa = _renderings(
        "我省全面落实144小时过境免签政策。",
        "The province fully implemented the 144-hour visa-free transit policy.",
    )
    assert visa["144小时过境免签政策"] == "144-hour visa-free transit policy"
    hotline = _renderings(
        "市民可拨打12345政务服务便民热线反映问题。",
        "Residents can call the 12345 government service hotline to report problems.",
    )
    assert hotline["12345政务服务便民热线"] == "12345 government service hotline"


def _locals(zh: str, en: str) -> dict[str, float]:
    """Chinese -> local score of the pairs mined from one sentence pair."""
    found: dict[str, float] = {}
    for p in mine_pair(zh, en, base_lexicon()):
        found[p.zh] = max(found.get(p.zh, 0.0), p.local)
    return found


def test_a_cut_coordination_is_no_term() -> None:
    found = _locals(
        "会议强调，要增强发展信心和战略定力，推动全球发展倡议和全球安全倡议落地见效。",
        "The meeting stressed the need to strengthen confidence in development and "
        "strategic resolve, and to deliver on the Global Development Initiative and the "
        "Global Security Initiative.",
    )
    # "Global Security Initiative" renders one of the two joined initiatives (the cut
    # coordination is offered well below it, or not at all).
    assert found.get("倡议和全球安全倡议", 0.0) < found["全球安全倡议"] - 0.2
    # A coordination the English says with "and" keeps both its terms.
    assert found["发展信心"] > 0.7 and found["战略定力"] > 0.7


def test_a_one_character_place_name_is_said_in_english() -> None:
    assert _clean_gloss("abbr. for Sichuan Province 四川[Si4 chuan1] in southwest China") == [
        "Sichuan"
    ]
    two = "abbr. for Xinjiang 新疆[Xin1 jiang1] or Singapore 新加坡[Xin1 jia1 po1]"
    assert _clean_gloss(two) == ["Xinjiang", "Singapore"]
    assert _clean_gloss("Lu, short name for Shandong 山東|山东[Shan1 dong1]") == ["Shandong"]
    # An abbreviation of a word, not a name, still gives no gloss.
    assert _clean_gloss("abbr. for 电子商务[dian4 zi3 shang1 wu4]") == []
    pairs = _renderings(
        "黔渝两地签署了旅游合作框架协议。",
        "Guizhou and Chongqing signed a framework agreement on tourism cooperation.",
    )
    assert pairs["黔渝"] == "Guizhou and Chongqing"


def test_a_meeting_counted_with_ci_gives_its_plain_name() -> None:
    pairs = {
        (p.zh, p.en)
        for p in mine_pair(
            "双方在成都召开第二次中新高层合作会议，签署了五项合作协议。",
            "The two sides held the second China-Singapore High-Level Cooperation Meeting "
            "in Chengdu and signed five cooperation agreements.",
            base_lexicon(),
        )
    }
    assert ("中新高层合作会议", "China-Singapore High-Level Cooperation Meeting") in pairs
    # The cut edition (without 会议) gives no cut name with the whole English.
    assert not any(zh == "中新高层合作" and en.endswith("Meeting") for zh, en in pairs)


def test_a_zone_is_part_of_its_name() -> None:
    found = _locals(
        "江苏稳步推进中德太仓合作创新区建设。",
        "Jiangsu steadily advanced the Sino-German Taicang Cooperation Innovation Zone.",
    )
    assert found["中德太仓合作创新区"] > found.get("中德太仓合作创新", 0.0) + 0.2


def test_names_with_a_place_in_brackets() -> None:
    lex = base_lexicon()

    def texts(zh: str) -> set[str]:
        return {c.text for c in sentence_candidates(join_known(zh_tokens(zh), lex), lex=lex)}

    # Two single characters before the brackets (中|法), a head 城 after them.
    assert "中法（武汉）生态示范城" in texts("双方共建中法（武汉）生态示范城，推动绿色发展。")
    # A name the place in brackets ends, the place cut into three characters.
    assert "中欧班列（渝新欧）" in texts("重庆依托中欧班列（渝新欧）拓展对欧贸易。")
    # What the name does after the brackets is not part of it.
    assert "班列（渝新欧）拓展" not in texts("重庆依托中欧班列（渝新欧）拓展对欧贸易。")
    pairs = _renderings(
        "双方共建中法（武汉）生态示范城，推动绿色发展。",
        "The two sides are jointly building the Sino-French (Wuhan) Ecological "
        "Demonstration City to promote green development.",
    )
    assert pairs["中法（武汉）生态示范城"] == "Sino-French (Wuhan) Ecological Demonstration City"


def test_a_name_of_two_words_or_two_names_joined_by_a_dash_before_a_place_in_brackets() -> None:
    pairs = _renderings(
        "会议期间举办了中国—中亚合作（西安）论坛。",
        "The China-Central Asia Cooperation (Xi'an) Forum was held during the meeting.",
    )
    assert pairs["中国—中亚合作（西安）论坛"] == "China-Central Asia Cooperation (Xi'an) Forum"
    pairs = _renderings(
        "广西承办了东盟经贸（南宁）论坛。",
        "Guangxi hosted the ASEAN Economic and Trade (Nanning) Forum.",
    )
    assert pairs["东盟经贸（南宁）论坛"] == "ASEAN Economic and Trade (Nanning) Forum"


def test_the_words_after_a_place_in_brackets_count_a_run_of_characters_as_one() -> None:
    # 国际|多|式|联运|中心: jieba cut 多式联运 into three; the name has four words.
    pairs = _renderings(
        "湖南（长沙）国际多式联运中心正式投入运营。",
        "The Hunan (Changsha) International Multimodal Transport Centre officially went "
        "into operation.",
    )
    assert pairs["湖南（长沙）国际多式联运中心"] == (
        "Hunan (Changsha) International Multimodal Transport Centre"
    )


def test_a_span_grows_by_a_modifier_on_the_left_and_a_head_on_the_right_at_once() -> None:
    pairs = _renderings(
        "该市建设国家文化出口基地和国家数字服务出口基地。",
        "The city built national cultural export bases and a national digital service export base.",
    )
    # The best core is "cultural export"; the rendering adds "national" and "bases".
    assert pairs["国家文化出口基地"] == "national cultural export bases"


def test_how_many_of_a_term_is_no_part_of_its_rendering() -> None:
    pairs = _renderings(
        "全省外贸稳中有进，中欧班列开行量同比增长12%。",
        "The province's foreign trade made steady progress, with the number of "
        "China-Europe freight trains up 12 percent year on year.",
    )
    # "the number of ..." renders 开行量, outside 中欧班列; "up 12 percent" is the change.
    assert not pairs["中欧班列"].startswith("number of")
    assert not any(en.endswith(" up") for en in pairs.values())
    # With a word of quantity in the Chinese, "number of" is its rendering (if the
    # name alone, 班列 "freight train", does not take the English from it).
    assert pairs.get("中欧班列开行量", "number of").startswith("number of")
    # "up" ends no span after a noun, only after its verb ("opening up").
    side = en_side("with freight trains up 12 percent and further opening up")
    lows = [t.low for t in side.tokens]
    assert not side.last_ok[lows.index("up")]
    assert side.last_ok[len(lows) - 1]


def test_a_plural_in_es_is_a_verb_form_only_after_a_sibilant_or_o() -> None:
    from glossary.mining.render import _finite_verb, verb_after_noun

    # "routes" is no form of "to rout", nor "sites" of "to sit".
    assert not _finite_verb("routes")
    assert not verb_after_noun("sites")
    assert _finite_verb("says")
    assert verb_after_noun("pushes")
    pairs = _renderings(
        "全省国际航线数量增至30条。",
        "The number of international air routes in the province rose to 30.",
    )
    assert pairs["国际航线"] == "international air routes"


def test_numbers_said_in_chinese_numerals() -> None:
    from glossary.mining.tokens import zh_numbers

    assert zh_numbers("二〇三五年") == {"2035"}
    assert zh_numbers("十四五") == {"14", "5"}
    assert zh_numbers("三十七") == {"37"}
    assert zh_numbers("一百零五") == {"105"}  # (零 holds a place)
    plan = _renderings(
        "我们将全面落实“十四五”规划确定的目标任务。",
        "We will fully deliver on the goals and tasks set in the 14th Five-Year Plan.",
    )
    assert plan["十四五"] == "14th Five-Year Plan"
    outline = _renderings(
        "省政府发布《湖北省综合交通运输体系规划和二〇三五年远景目标纲要》，明确了发展方向。",
        "The provincial government released the Outline of the Hubei Comprehensive "
        "Transport System Plan and Long-Range Objectives Through the Year 2035, which set "
        "out the direction of development.",
    )
    assert outline["湖北省综合交通运输体系规划和二〇三五年远景目标纲要"].endswith(
        "Through the Year 2035"
    )


def test_where_a_title_case_run_ends() -> None:
    from glossary.mining.names import _title_runs

    def runs(text: str) -> list[str]:
        side = en_side(text)
        return [" ".join(t.text for t in side.tokens[lo : hi + 1]) for lo, hi in _title_runs(side)]

    # An article after an infinitive is inside the title.
    title = runs(
        "The CPC Central Committee released the Guideline on Advancing the Development of "
        "the Western Region in the New Era to Form a New Pattern."
    )[-1]
    assert title.startswith("Guideline on") and title.endswith("to Form a New Pattern")
    # A possessive after a comma is the next clause's.
    assert runs(
        "It issued the Opinions on Developing the Silver Economy to Improve the Well-being "
        "of the Elderly, China's first policy document on it."
    )[-1].endswith("of the Elderly")
    # "Beijing" ends in "-ing" and is no verb: the article after it starts a new name.
    assert "Beijing Declaration" in runs("The treaty signed in Beijing the Beijing Declaration.")


def test_a_count_is_no_name() -> None:
    lex = base_lexicon()
    zh = "全年办理法律援助案件26件，新增国家级绿色工厂5000余家。"
    texts = {c.text for c in sentence_candidates(join_known(zh_tokens(zh), lex), lex=lex)}
    assert "法律援助案件" in texts and "国家级绿色工厂" in texts
    assert not any(t.endswith(("26件", "5000余家")) for t in texts)
    zh = "全国新增银幕2600余块，出版图书300余种。"
    texts = {c.text for c in sentence_candidates(join_known(zh_tokens(zh), lex), lex=lex)}
    assert "银幕" in texts
    assert not any(t.endswith(("2600余块", "300余种")) for t in texts)
    # A number inside a name stays: a unit numbered (5号机组), a duration.
    assert "福清核电5号机组" in {
        c.text
        for c in sentence_candidates(
            join_known(zh_tokens("福清核电5号机组投入商运。"), lex), lex=lex
        )
    }


def test_consular_and_overseas_chinese_words_are_linked() -> None:
    # Official senses the dictionary lacks: 友好城市 "sister cities", 归侨 "returned
    # overseas Chinese" (CC-CEDICT: "Chinese person who returns to China ...").
    assert (
        _renderings(
            "我市与法国里昂结为友好城市。", "Our city and Lyon, France became sister cities."
        )["友好城市"]
        == "sister cities"
    )
    returned = _renderings(
        "市侨联组织归侨侨眷开展慰问活动。",
        "The municipal federation organized returned overseas Chinese and relatives of "
        "overseas Chinese to carry out visits.",
    )
    assert returned["归侨侨眷"].startswith("returned overseas Chinese")


def test_two_near_synonyms_side_by_side_are_no_term() -> None:
    found = _renderings(
        "会议要求，各级政府要依靠人民群众，统筹推进外交外事，支持国家卫生健康委员会的工作。",
        "The meeting required governments at all levels to rely on the people, to "
        "coordinate foreign affairs, and to support the work of the National Health "
        "Commission.",
    )
    # 外交 and 外事 both say "foreign affairs"; 人民 and 群众 both "people".
    assert "外交外事" not in found
    assert "人民群众" not in found
    # Inside a name the pair is part of it.
    assert found["国家卫生健康委员会"] == "National Health Commission"


def test_near_synonyms_said_once_lend_their_english_to_no_phrase_or_single_word() -> None:
    found = _renderings(
        "会议围绕外交外事工作的新要求，研究了卫生健康委员会的对外合作项目。",
        "The meeting studied the international cooperation projects of the Health "
        "Commission in line with the new requirements on foreign affairs.",
    )
    # 外交|外事 is said once ("foreign affairs"), and 工作 not at all: neither the
    # phrase the pair starts nor either word of the pair is a term of this sentence.
    assert "外交外事工作" not in found
    assert "外交外事工作的新要求" not in found
    assert "外交" not in found
    # A pair that starts a name is part of it.
    assert found["卫生健康委员会"] == "Health Commission"


def test_a_verb_first_that_the_english_leaves_out_is_no_part_of_the_term() -> None:
    found = _locals(
        "各地要坚决落实国家粮食安全战略，确保谷物基本自给。",
        "All regions should firmly uphold the national food security strategy and ensure "
        "basic self-sufficiency in grain.",
    )
    # 落实 "to implement" is not said ("uphold"): the object is the term. (落实 now
    # starts no candidate at all: see test_a_verb_of_official_prose_starts_no_term.)
    assert found.get("落实国家粮食安全战略", 0.0) < found["国家粮食安全战略"] - 0.3
    # A noun with a verb sense too may be left unsaid: 存款 in 存款准备金率.
    found = _locals(
        "中国人民银行决定下调存款准备金率。",
        "The People's Bank of China decided to cut the reserve requirement ratio.",
    )
    assert found["存款准备金率"] > 0.9


def test_the_party_centre_exchanges_and_communication_are_linked() -> None:
    found = _renderings(
        "全市加强国际传播能力建设，拓展国际交往渠道，坚决维护党中央权威。",
        "The city strengthened its international communication capacity, broadened "
        "channels for international exchanges and firmly upheld the authority of the CPC "
        "Central Committee.",
    )
    assert found["国际传播能力"] == "international communication capacity"
    assert found["党中央"] == "CPC Central Committee"


def test_the_first_look_finds_a_name_right_after_other_links() -> None:
    """The cheap first rendering decides which candidates get the full one: a name
    three words after linked words must still be seen whole."""
    lex = base_lexicon()
    zh = "今年，全省外事工作坚持以习近平外交思想为指导。"
    tokens = join_known(zh_tokens(zh), lex)
    units = zh_units(tokens, lex)
    side = en_side(
        "This year, the province's foreign affairs work was guided by Xi Jinping Thought "
        "on Diplomacy."
    )
    links = link(units, side)
    (cand,) = [c for c in sentence_candidates(tokens, lex=lex) if c.text == "习近平外交思想"]
    first = render(cand, units, links, side, top=1, cores_only=True)
    assert [r.text for r in first] == ["Xi Jinping Thought on Diplomacy"]


def test_the_first_look_sees_every_window_that_covers_as_much() -> None:
    """A later "carbon peaking" in the sentence covers 碳达峰碳中和 as fully as the
    coordination does (one word of a gloss covers all of its word), so the first look
    must score both windows, not pick the tighter one."""
    lex = base_lexicon()
    zh = "全省稳步推进碳达峰碳中和，开展碳达峰试点。"
    tokens = join_known(zh_tokens(zh), lex)
    units = zh_units(tokens, lex)
    side = en_side(
        "The province made steady progress toward peaking carbon emissions and achieving "
        "carbon neutrality, and launched carbon peaking pilot programs."
    )
    links = link(units, side)
    (cand,) = [c for c in sentence_candidates(tokens, lex=lex) if c.text == "碳达峰碳中和"]
    first = render(cand, units, links, side, top=1, cores_only=True)
    assert [r.text for r in first] == ["peaking carbon emissions and achieving carbon neutrality"]


def test_a_title_runs_on_through_as_and_by() -> None:
    found = _renderings(
        "省政府印发《关于支持海南建设国际旅游消费中心的实施方案》。",
        "The provincial government issued the Implementation Plan for Supporting "
        "Hainan's Development as an International Tourism Consumption Center.",
    )
    assert found["关于支持海南建设国际旅游消费中心的实施方案"] == (
        "Implementation Plan for Supporting Hainan's Development as an International "
        "Tourism Consumption Center"
    )


def test_two_names_joined_by_and_are_two_terms() -> None:
    found = _locals(
        "浦东国际机场和虹桥国际机场开通外籍人员服务专区。",
        "Shanghai Pudong International Airport and Shanghai Hongqiao International "
        "Airport opened service zones for foreign nationals.",
    )
    pairs = _renderings(
        "浦东国际机场和虹桥国际机场开通外籍人员服务专区。",
        "Shanghai Pudong International Airport and Shanghai Hongqiao International "
        "Airport opened service zones for foreign nationals.",
    )
    assert pairs["浦东国际机场"] == "Shanghai Pudong International Airport"
    assert pairs["虹桥国际机场"] == "Shanghai Hongqiao International Airport"
    assert found["浦东国际机场和虹桥国际机场"] < found["浦东国际机场"] - 0.2
    # One name with "and" inside is one term.
    assert _renderings("工业和信息化部发布新规。", "The Ministry of Industry and Information "
        "Technology issued new rules.")["工业和信息化部"] == (
        "Ministry of Industry and Information Technology"
    )  # fmt: skip


def test_expos_forums_and_the_belt_and_road_connectivity_words_are_linked() -> None:
    found = _locals(
        "首届中国国际消费品博览会在海口举行，多国政要出席高峰论坛。",
        "The first China International Consumer Products Expo was held in Haikou, and "
        "political leaders from many countries attended the summit forum.",
    )
    # 博览会 is the "Expo": the name is not cut before it (the cut may not be offered).
    assert found.get("首届中国国际消费品", 0.0) < found["中国国际消费品博览会"] - 0.2
    pairs = _renderings(
        "双方将推进政策沟通、设施联通、贸易畅通和资金融通。",
        "The two sides will advance policy coordination, infrastructure connectivity, "
        "unimpeded trade and financial integration.",
    )
    assert pairs["资金融通"] == "financial integration"
    assert pairs["设施联通"] == "infrastructure connectivity"


def test_an_acronym_meets_a_gloss_that_runs_on_after_the_name() -> None:
    # CC-CEDICT: 一带一路 "Belt and Road Initiative, Chinese government plan to ...".
    found = _renderings(
        "“一带一路”能源合作伙伴关系成员国增至33个。",
        "The number of member countries of the BRI Energy Partnership has grown to 33.",
    )
    assert found["一带一路"] == "BRI"


def test_an_edition_keeps_its_ordinal_from_the_name() -> None:
    # The quote keeps 第二届 apart from the name: the name gives "Second" back.
    found = _renderings(
        "第二届“一带一路”能源部长会议在青岛举行。",
        "The Second Belt and Road Energy Ministerial Conference was held in Qingdao.",
    )
    assert found["“一带一路”能源部长会议"] == "Belt and Road Energy Ministerial Conference"
    # 首届 "first" is an edition like 第N届.
    pairs = mine_pair(
        "首届中国国际消费品博览会在海口举行。",
        "The first China International Consumer Products Expo was held in Haikou.",
        base_lexicon(),
    )
    assert ("中国国际消费品博览会", "China International Consumer Products Expo") in {
        (p.zh, p.en) for p in pairs
    }


def test_a_formula_with_something_at_its_core_keeps_the_role() -> None:
    found = _renderings(
        "中方坚定维护以世界贸易组织为核心的多边贸易体制。",
        "China firmly upholds the multilateral trading system with the World Trade "
        "Organization (WTO) at its core.",
    )
    assert found["以世界贸易组织为核心的多边贸易体制"] == (
        "multilateral trading system with the World Trade Organization at its core"
    )
    found = _renderings(
        "我们坚定维护以联合国为核心的国际体系。",
        "We firmly uphold the international system with the United Nations at its core.",
    )
    assert found["以联合国为核心的国际体系"] == (
        "international system with the United Nations at its core"
    )


def test_a_numbered_formula_with_da_is_one_term() -> None:
    found = _renderings(
        "全省上下打好三大攻坚战，取得决定性成就。",
        "The whole province fought the three critical battles and made decisive achievements.",
    )
    assert found["三大攻坚战"] == "three critical battles"


def test_a_short_form_does_not_cut_a_word(tmp_path: Path) -> None:
    path = _tsv(
        tmp_path / "fair.tsv",
        [
            (
                "中国国际服务贸易交易会在北京举行，吸引了众多企业。",
                "The China International Fair for Trade in Services was held in Beijing, "
                "attracting many companies.",
            ),
            (
                "服贸会已成为国际交往的重要平台。",
                "CIFTIS has become an important platform for international exchanges.",
            ),
        ],
    )
    found = {p.zh: p.en for p in mine_documents([read_document(path)])}
    # 国际交 (of 国际交往) has the name's characters in order, but cuts a word.
    assert "国际交" not in found
    assert found["服贸会"] == "CIFTIS"


def test_stances_listed_with_a_dunhao_share_their_policy() -> None:
    found = _renderings(
        "我们实行更加积极、更加开放、更加有效的人才政策。",
        "We implement more proactive, open and effective talent policies.",
    )
    assert found["更加积极、更加开放、更加有效的人才政策"] == (
        "more proactive, open and effective talent policies"
    )


def test_a_title_case_heading_with_and_is_no_pair_of_names() -> None:
    # A heading of the Chongqing example: every word is capitalised, and "Work and
    # Thoroughly" joins no two names.
    found = _renderings(
        "坚持党管外事,深入学习贯彻党的二十大精神。",
        "Adhering to the Partys Guidance of Foreign Affairs Work and Thoroughly Studying "
        "and Implementing the Guidelines of the 20th CPC National Congress.",
    )
    assert found["党的二十大精神"] == "Guidelines of the 20th CPC National Congress"


def test_xinxing_starts_a_term() -> None:
    # 新型 ("new type of") is no evaluation like 重要: it names a kind of thing, and
    # official terms start with it.
    found = _renderings(
        "全省加快推进新型工业化，统筹建设新型基础设施。",
        "The province accelerated new industrialization and coordinated the building of "
        "new infrastructure.",
    )
    assert found["新型工业化"] == "new industrialization"
    assert found["新型基础设施"] == "new infrastructure"


def test_irregular_plurals_link_to_their_singular_gloss() -> None:
    # The dictionary glosses 标准 "criterion" and 备忘录 "memorandum": the plural is
    # the same word (a full link), not a word sharing its first letters.
    zh = "双方签署了合作备忘录和技术标准。"
    side = en_side("The two sides signed cooperation memoranda and technical criteria.")
    tokens = join_known(zh_tokens(zh), base_lexicon())
    units = zh_units(tokens, base_lexicon())
    links = link(units, side)
    linked = {
        zh[u.start : u.end]: {side.tokens[k].low: v for k, v in lk.items()}
        for u, lk in zip(units, links, strict=True)
    }
    assert linked["标准"]["criteria"] >= 0.9
    assert linked["备忘录"]["memoranda"] >= 0.9


def test_a_stance_policy_ends_its_noun_phrase() -> None:
    # 发展|的|战略 looks like 积极|的|财政政策, but 战略 goes on as a modifier of 支撑.
    found = _renderings(
        "我们把科技自立自强作为发展的战略支撑，打造科技创新高地。",
        "We treated self-reliance in science and technology as the strategic underpinning "
        "for development and built a highland of technological innovation.",
    )
    assert "发展的战略" not in found
    found = _renderings(
        "我们继续实施积极的财政政策，扩大有效需求。",
        "We continued to implement a proactive fiscal policy and expanded effective demand.",
    )
    assert found["积极的财政政策"] == "proactive fiscal policy"


def test_no_rendering_starts_with_a_particle() -> None:
    # "set out in the Plan ...": 布局 "layout" links "out", but "out" belongs to "set".
    found = _renderings(
        "我们按照《长三角产业布局规划》推进各项工作。",
        "We advanced all the work as set out in the Plan for the Industrial Layout of the "
        "Yangtze River Delta.",
    )
    assert found["长三角产业布局规划"] == (
        "Plan for the Industrial Layout of the Yangtze River Delta"
    )


def test_a_word_of_position_joins_the_word_before_it() -> None:
    # 规模|以上 is one term ("above designated size"; 以上 alone ends a phrase), and
    # "designated" after "above" is a participle, not a verb with its object.
    assert join_known(("规模", "以上", "工业", "企业"), base_lexicon())[0] == "规模以上"
    found = _renderings(
        "今年规模以上工业企业利润总额稳步回升。",
        "This year the total profits of industrial enterprises above designated size "
        "recovered steadily.",
    )
    assert found["规模以上工业企业"] == "industrial enterprises above designated size"


def test_a_long_name_counts_an_unsegmented_run_as_one_word() -> None:
    # jieba leaves 直联点 as three characters: the name has four words, not six, and is
    # a candidate although 点 is no term head.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("我们推动建设国家级互联网骨干直联点，提升网络带宽。"), lex)
    assert "直" in tokens  # (still three characters: the test is about counting them)
    texts = {c.text for c in sentence_candidates(tokens, lex=lex)}
    assert "国家级互联网骨干直联点" in texts


def test_a_name_built_on_a_glossary_term_is_a_candidate(tmp_path: Path) -> None:
    # 数字中国 is in the glossary; 数字中国建设峰会 is a new name (a summit), not the
    # term in a phrase like 数字中国|建设.
    path = _tsv(
        tmp_path / "summit.tsv",
        [
            (
                "福州再次举办数字中国建设峰会，展示数字经济最新成果。",
                "Fuzhou hosted the Digital China Summit again, showcasing the latest "
                "achievements of the digital economy.",
            )
        ],
    )
    found = _mine_with_glossary(path, {"数字中国": [("Digital China", "preferred")]})
    assert found["数字中国建设峰会"].en == "Digital China Summit"


def test_a_glossary_rendering_is_not_matched_across_a_comma() -> None:
    # "Initiative, the Global Security" holds the three words of "Global Security
    # Initiative" too, out of order and across a comma; it comes first in the sentence.
    from glossary.mining.lexicon import load_lexicon
    from glossary.mining.pipeline import _glossary_pairs

    lex = load_lexicon([("全球安全倡议", "Global Security Initiative")])
    tokens = join_known(zh_tokens("各方支持全球发展倡议、全球安全倡议和全球文明倡议。"), lex)
    cands = [c for c in sentence_candidates(tokens, lex=lex) if c.text == "全球安全倡议"]
    side = en_side(
        "The parties supported the Global Development Initiative, the Global Security "
        "Initiative and the Global Civilization Initiative."
    )
    assert [p.en for p in _glossary_pairs(cands, tokens, side, lex)] == [
        "Global Security Initiative"
    ]


def test_no_candidate_ends_on_an_adverb_of_place() -> None:
    # 网上 ("online") says how 办理 is done: 出入境证件|网上 is no term.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("中心开通出入境证件网上办理业务，群众足不出户即可申请。"), lex)
    texts = {c.text for c in sentence_candidates(tokens, lex=lex)}
    assert "出入境证件" in texts
    assert not any(t.endswith("网上") for t in texts)


def test_no_candidate_ends_on_one_of() -> None:
    # 城市|之一 "one of the cities" names nothing.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("武汉已成为中部地区国际航线最多的城市之一。"), lex)
    texts = {c.text for c in sentence_candidates(tokens, lex=lex)}
    assert "国际航线" in texts
    assert not any(t.endswith("之一") for t in texts)


def test_stationed_in_starts_the_name_of_a_mission() -> None:
    # 驻 "to be stationed in" is a verb, but 驻|渝 starts the name: "consulates general
    # in Chongqing" renders 驻渝总领事馆, not just 总领事馆.
    pairs = _renderings(
        "我们邀请驻渝总领事馆参加了“走进重庆”调研活动。",
        'We invited consulates general in Chongqing to a "Discover Chongqing" research tour.',
    )
    assert pairs["驻渝总领事馆"] == "consulates general in Chongqing"
    assert "总领事馆" not in pairs
    pairs = _renderings(
        "省外办向驻蓉领馆通报了有关情况。",
        "The provincial foreign affairs office briefed consulates in Chengdu on the situation.",
    )
    assert pairs["驻蓉领馆"] == "consulates in Chengdu"


@pytest.mark.parametrize(
    ("cut", "mended", "kept", "zh", "en", "term", "rendering"),
    [
        # 获|批 is 获批 "to be approved"; 港 ends the name before it (铁路港, railway
        # port). (Not after a function word: 在|中|和 stays apart.)
        (
            ("铁路", "港", "获", "批", "国家"), ("铁路", "港", "获批", "国家"),
            ("他", "在", "中", "和"),
            "成都国际铁路港获批国家物流枢纽。",
            "Chengdu International Railway Port was approved as a national logistics hub.",
            "成都国际铁路港", "Chengdu International Railway Port",
        ),
        # 共|建成|渝: jieba read 建成 "to complete"; the text says 共建 成渝 (jointly
        # build Chengdu-Chongqing ...). (No name in the last two characters: as cut.)
        (
            ("两省", "共", "建成", "渝", "地区"), ("两省", "共建", "成渝", "地区"),
            ("他们", "共", "建成", "了"),
            "两省共建成渝地区双城经济圈。",
            "The two provinces are jointly building the Chengdu-Chongqing economic circle.",
            "成渝地区双城经济圈", "Chengdu-Chongqing economic circle",
        ),
    ],
)  # fmt: skip
def test_characters_jieba_gave_the_wrong_word_are_mended(
    cut: tuple[str, ...],
    mended: tuple[str, ...],
    kept: tuple[str, ...],
    zh: str,
    en: str,
    term: str,
    rendering: str,
) -> None:
    lex = base_lexicon()
    assert join_known(cut, lex) == mended
    assert join_known(kept, lex) == kept
    assert _renderings(zh, en)[term] == rendering


def test_a_share_said_of_a_term_ends_no_span() -> None:
    side = en_side("with seven bonded zones accounting for 60 percent of trade")
    lows = [t.low for t in side.tokens]
    assert not side.last_ok[lows.index("accounting")]
    # (An "-ing" noun before a preposition still heads a phrase.)
    side = en_side("a ban on off-campus tutoring for students")
    assert side.last_ok[[t.low for t in side.tokens].index("tutoring")]


def test_a_state_body_by_its_short_name_meets_its_acronym() -> None:
    # CC-CEDICT's "PRC ..." is no part of the acronym the English uses.
    assert "^ndrc" in acronym_keys(["PRC National Development and Reform Commission"])
    ndrc = _renderings("国家发展改革委印发了实施方案。", "The NDRC issued an implementation plan.")
    assert ndrc["国家发展改革委"] == "NDRC"
    # (国家医保局 is an official sense: "National Healthcare Security Administration".)
    nhsa = _renderings("国家医保局表示将扩大集采范围。", "The NHSA will expand procurement.")
    assert nhsa["国家医保局"] == "NHSA"


def test_strictly_and_in_conjunction_with_end_a_body_name() -> None:
    # 严格 "strictly" before its verb, and 会同 "in conjunction with" between two bodies,
    # are no part of either body's name.
    pairs = _renderings(
        "水利部会同农业农村部严格落实耕地灌溉制度。",
        "The Ministry of Water Resources and the Ministry of Agriculture and Rural Affairs "
        "have strictly implemented the farmland irrigation system.",
    )
    assert pairs["农业农村部"] == "Ministry of Agriculture and Rural Affairs"
    assert pairs["耕地灌溉制度"] == "farmland irrigation system"
    assert not any("会同" in zh or "严格" in zh for zh in pairs)


def test_an_amount_said_of_a_term_ends_no_span() -> None:
    pairs = _renderings(
        "全年发放个人住房贷款300万笔，金额1.4万亿元。",
        "Some 3 million individual housing loans worth 1.4 trillion yuan were issued.",
    )
    assert pairs["个人住房贷款"] == "individual housing loans"
    side = en_side("agreements totaling 9 billion dollars")
    assert not side.last_ok[[t.low for t in side.tokens].index("totaling")]


def test_the_federation_of_returned_overseas_chinese_and_its_last_word() -> None:
    # 侨联 is the Federation of Returned Overseas Chinese (official senses), and
    # "overseas Chinese" ends a phrase: Chinese is a noun there, not an adjective.
    pairs = _renderings(
        "市侨联召开了全市侨务工作会议。",
        "The Municipal Federation of Returned Overseas Chinese held a citywide conference "
        "on overseas Chinese affairs.",
    )
    assert pairs["市侨联"] == "Municipal Federation of Returned Overseas Chinese"
    side = en_side("Chinese enterprises and overseas Chinese")
    assert not side.last_ok[0]  # "Chinese | enterprises"
    assert side.last_ok[len(side.tokens) - 1]


def test_the_spring_festival_is_also_the_chinese_new_year() -> None:
    # Official English says "Chinese New Year" (and "Lunar New Year") as often as
    # CC-CEDICT's "Spring Festival".
    pairs = _renderings(
        "使馆举办了春节文化周活动。", "The embassy held a Chinese New Year Culture Week."
    )
    assert pairs["春节文化周"] == "Chinese New Year Culture Week"


def test_while_before_an_ing_verb_goes_on_with_the_formula() -> None:
    pairs = _renderings(
        "全会强调，必须坚持稳中求进工作总基调。",
        "The plenary session stressed that the general principle of pursuing progress while "
        "ensuring stability must be upheld.",
    )
    assert pairs["稳中求进工作总基调"] == (
        "general principle of pursuing progress while ensuring stability"
    )
    # ("while" before a clause still ends the phrase.)
    side = en_side("exports rose while imports fell")
    assert side.inner_bad[[t.low for t in side.tokens].index("while")]


def test_a_shi_yan_qu_is_a_pilot_zone() -> None:
    # 试验区: "pilot zone" in official English (CC-CEDICT has only 试验 "experiment").
    pairs = _renderings(
        "该市获批建设国家数字经济创新发展试验区。",
        "The city was approved to build a national pilot zone for innovative development "
        "of the digital economy.",
    )
    assert pairs["试验区"] == "pilot zone"
    assert pairs["国家数字经济创新发展试验区"] == (
        "national pilot zone for innovative development of the digital economy"
    )


def test_a_possessive_is_not_part_of_the_term() -> None:
    pairs = _renderings(
        "中方支持非盟加入二十国集团。",
        "China supports the African Union's accession to the G20.",
    )
    assert pairs["非盟"] == "African Union"


def test_a_name_described_in_its_gloss_is_the_name_only() -> None:
    # "Name, what it is": the description's words are no gloss of the name.
    assert _clean_gloss("Confucius Institute, organization promoting Chinese language") == [
        "Confucius Institute"
    ]
    assert _clean_gloss("Serie A, the top division of the Italian football league") == ["Serie A"]
    # (An abbreviation's full name is left as it was, for the acronym rules.)
    assert _clean_gloss("Asian Infrastructure Investment Bank, abbr. for 亚洲")[0] != (
        "Asian Infrastructure Investment Bank"
    )


def test_a_title_case_plural_ends_a_name_and_is_no_verb() -> None:
    # "Institutes" after "Confucius" is the name's last word, not "China supports".
    pairs = _renderings(
        "两所大学的孔子学院学员超过五千人。",
        "The Confucius Institutes at the two universities have more than 5,000 students.",
    )
    assert pairs["孔子学院"] == "Confucius Institutes"
    side = en_side("China supports the proposal")
    assert not side.last_ok[1]


def test_a_long_title_keeps_the_whole_run_when_a_span_renders_it() -> None:
    # A span that ends well renders the title (fit about 0.8); the title-case run
    # holding all of its words still vouches for it, as it does where no span ends
    # there.
    title = _scored(
        "《取消外国公文书认证要求的公约》于当日生效。",
        "The Convention Abolishing the Requirement of Legalisation for Foreign Public "
        "Documents entered into force on that day.",
        "取消外国公文书认证要求的公约",
    )
    assert title.en == (
        "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents"
    )
    assert title.fit >= 0.95


def test_basic_is_part_of_an_insurance_term() -> None:
    # 基本 "basic" names a tier of insurance, not a judgement (基本医疗保险).
    pairs = _renderings(
        "全省基本医疗保险参保率稳定在95%以上。",
        "The coverage rate of basic medical insurance in the province remained above 95 percent.",
    )
    assert pairs["基本医疗保险"] == "basic medical insurance"


def test_more_chinese_for_the_same_exact_english_is_not_the_term() -> None:
    # 参保 "insured" repeats what 保险 says: "basic old-age insurance" is
    # 基本养老保险's, which it renders exactly.
    found = mine_pair(
        "基本养老保险参保人数达到3860万人。",
        "The number of people covered by basic old-age insurance reached 38.6 million.",
        base_lexicon(),
    )
    raw = {(p.zh, p.en): p.raw for p in found}
    exact = raw[("基本养老保险", "basic old-age insurance")]
    # (The longer one is at most offered below it, in case the boundary was wrong.)
    assert exact > raw.get(("基本养老保险参保", "basic old-age insurance"), exact - 1)


def test_a_verb_last_named_by_its_noun_is_a_term_head() -> None:
    # 补偿 "to compensate" rendered by "compensation": the verb is the term's head.
    pair = _scored(
        "各地持续推进生态补偿。",
        "Localities continued to advance ecological compensation.",
        "生态补偿",
    )
    assert pair.en == "ecological compensation"
    assert pair.termhood >= 0.8


def test_superlatives_and_tcm_cc_cedict_lacks() -> None:
    # 最低 "minimum" and 中医药 "traditional Chinese medicine" (official senses).
    pairs = _renderings(
        "中方派出中医药专家团队。", "China sent a team of traditional Chinese medicine experts."
    )
    assert pairs["中医药专家"] == "traditional Chinese medicine experts"
    pairs = _renderings(
        "该市最低工资标准上调了百分之八。", "The city raised its minimum wage by 8 percent."
    )
    assert pairs.get("最低工资标准") == "minimum wage"
    assert "该市最低工资" not in pairs


def test_foreign_names_link_by_their_consonants() -> None:
    from glossary.mining.sounds import sounds_alike

    assert sounds_alike("莫罗戈罗", "Morogoro")
    assert sounds_alike("卡西姆", "Kassim")
    assert sounds_alike("阿瓦萨", "Hawassa")  # (a silent first "h")
    assert not sounds_alike("莫罗戈罗", "Mombasa")
    assert not sounds_alike("阿达玛", "Dama")  # (one starts with a vowel)
    pairs = _renderings(
        "双方将共同建设莫罗戈罗工业园。",
        "The two sides will jointly build the Morogoro Industrial Park.",
    )
    assert pairs["莫罗戈罗工业园"] == "Morogoro Industrial Park"


def test_a_name_with_a_middle_dot_and_a_roman_numeral_is_one_term() -> None:
    pairs = _renderings(
        "中国企业承建的卡西姆·阿里三期水电站运行平稳。",
        "The Kassim Ali III Hydropower Station built by a Chinese company runs smoothly.",
    )
    assert pairs["卡西姆·阿里三期水电站"] == "Kassim Ali III Hydropower Station"


def test_a_book_title_does_not_take_the_english_of_the_chinese_before_it() -> None:
    # 东盟 = "ASEAN", outside 《》: the title's English starts after it.
    pairs = _renderings(
        "各方将在东盟《东南亚友好合作条约》框架下加强合作。",
        "All parties will strengthen cooperation under the ASEAN Treaty of Amity and "
        "Cooperation in Southeast Asia.",
    )
    assert pairs["东南亚友好合作条约"] == "Treaty of Amity and Cooperation in Southeast Asia"
    assert pairs["东盟"] == "ASEAN"


def test_a_plan_keeps_the_years_it_covers() -> None:
    pairs = _renderings(
        "国务院印发《中国妇女发展纲要（2021—2030年）》。",
        "The State Council issued the Outline for the Development of Chinese Women (2021-2030).",
    )
    assert pairs["中国妇女发展纲要（2021—2030年）"] == (
        "Outline for the Development of Chinese Women (2021-2030)"
    )
    # (Other years in brackets are no part of a title: not the plan's own.)
    pairs = _renderings(
        "国务院印发《中国妇女发展纲要（2021—2030年）》。",
        "The State Council issued the Outline for the Development of Chinese Women (2011-2020).",
    )
    assert "2011" not in pairs.get("中国妇女发展纲要（2021—2030年）", "")


def test_a_quoted_name_is_one_candidate() -> None:
    # (The title before its years is a second candidate only when there are years.)
    lex = base_lexicon()
    tokens = join_known(zh_tokens("双方将深化“智慧海关、智能边境”合作。"), lex)
    quoted = [c for c in sentence_candidates(tokens, lex=lex) if c.text == "智慧海关、智能边境"]
    assert len(quoted) == 1


def test_a_long_plan_title_is_found_whole_before_its_years() -> None:
    # The English runs in title case with its own word order and an "into"; the
    # title's words are said in it, the years follow in brackets.
    pairs = _renderings(
        "要深入实施《海洋强省建设纲要（2025—2035年）》，加快海洋产业转型。",
        "We will fully implement the Guidelines for Building the Province into a Strong "
        "Maritime Province (2025-2035) and speed up the transformation of marine industries.",
    )
    assert pairs["海洋强省建设纲要（2025—2035年）"] == (
        "Guidelines for Building the Province into a Strong Maritime Province (2025-2035)"
    )


def test_aid_to_starts_the_name_of_an_aid_team() -> None:
    # 援 "aid to" starts official names, as 驻 does: 援马拉维医疗队.
    pairs = _renderings(
        "中国第5批援马拉维医疗队在当地开展义诊。",
        "The 5th Chinese medical team to Malawi offered free clinics locally.",
    )
    assert "援马拉维医疗队" in pairs
    assert pairs["援马拉维医疗队"].endswith("medical team to Malawi")


def test_a_dash_after_a_foreign_name_in_characters_joins_the_name() -> None:
    pairs = _renderings(
        "医疗队在特鲁内什—上海医院开展工作。",
        "The medical team worked at the Tirunesh-Shanghai Hospital.",
    )
    assert pairs["特鲁内什—上海医院"] == "Tirunesh-Shanghai Hospital"


def test_a_name_joined_by_a_dash_to_an_organization_with_an_acronym() -> None:
    # 联合国粮农组织 = "Food and Agriculture Organization of the United Nations" is
    # "FAO" (its acronym without the "of the ..." tail), also in "FAO-China"; two names
    # may stand before the dash; 基金 "fund" heads a name.
    found = mine_pair(
        "双方通过联合国粮农组织—中国南南合作信托基金开展合作。",
        "The two sides cooperated through the FAO-China South-South Cooperation Trust Fund.",
        base_lexicon(),
    )
    best = max(found, key=lambda p: p.raw)
    assert (best.zh, best.en) == (
        "联合国粮农组织—中国南南合作信托基金",
        "FAO-China South-South Cooperation Trust Fund",
    )


def test_a_short_form_in_brackets_is_no_place_in_a_name() -> None:
    from glossary.mining.candidates import _abbreviates

    assert _abbreviates("亚投行", "亚洲基础设施投资银行")
    assert not _abbreviates("成渝", "中欧班列")
    pairs = _renderings(
        "亚洲基础设施投资银行（亚投行）为项目提供融资。",
        "The Asian Infrastructure Investment Bank (AIIB) provided financing for the project.",
    )
    assert not any("（" in zh for zh in pairs)


def test_a_dictionary_word_with_a_word_inserted_still_links() -> None:
    # 保障性住房 = "government-subsidized housing": in 保障性|租赁|住房 its first part
    # still says "government-subsidized".
    pair = _scored(
        "全市筹集保障性租赁住房三万套。",
        "The city provided 30,000 units of government-subsidized rental housing.",
        "保障性租赁住房",
    )
    assert pair.en == "government-subsidized rental housing"
    assert pair.fit >= 0.8


def test_social_policy_senses_cc_cedict_lacks() -> None:
    # 融合 "integration" (CC-CEDICT: "fusion"), 适老化 "age-friendly".
    pairs = _renderings(
        "该市推进城乡融合发展。", "The city promoted integrated urban-rural development."
    )
    assert pairs["城乡融合发展"] == "integrated urban-rural development"
    lex = base_lexicon()
    assert "age-friendly" in lex.glosses("适老化")


def test_two_modifiers_listed_before_their_head_are_one_term() -> None:
    # 多渠道、多主体 share the head, as "multi-channel, multi-entity" do in English.
    found = mine_pair(
        "加快完善多渠道、多主体住房供应体系。",
        "We will improve the multi-channel, multi-entity housing supply system.",
        base_lexicon(),
    )
    best = max(found, key=lambda p: p.raw)
    assert (best.zh, best.en) == (
        "多渠道、多主体住房供应体系",
        "multi-channel, multi-entity housing supply system",
    )
    # (A comma before other words still breaks the English.)
    side = en_side("multi-channel, housing supply system")
    assert side.breaks[0]


def test_a_verb_after_its_object_rendered_by_a_verb_first_is_no_name() -> None:
    # 传统工艺|振兴 = "revitalize traditional crafts": what is done to the term.
    pair = _scored(
        "各地推动传统工艺振兴。",
        "Localities worked to revitalize traditional crafts.",
        "传统工艺振兴",
    )
    assert pair.fit < 0.7


def test_adverbs_of_time_and_amount_end_candidates() -> None:
    # 按时足额 "in full and on time" says how a thing is paid, not what is paid.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("各地按时足额发放养老金。"), lex)
    texts = [c.text for c in sentence_candidates(tokens, lex=lex)]
    assert not any("按时" in t or "足额" in t for t in texts)
    assert "养老金" in texts


def test_supply_is_no_adverb_before_a_plural() -> None:
    # "supply | chains": a noun and its plural head, not an adverb and a verb ("China
    # firmly | supports").
    side = en_side("into regional industrial and supply chains and beyond")
    lows = [t.low for t in side.tokens]
    assert side.last_ok[lows.index("chains")]
    side = en_side("China firmly supports the proposal")
    assert not side.last_ok[2]


def test_a_past_form_after_a_comma_rendering_verb_and_object_is_a_predicate() -> None:
    # "..., developed nuclear power": 发展|核电 is what was done, not a kind of power.
    pairs = mine_pair(
        "我国大力发展风电，积极发展核电。",
        "The country has vigorously expanded wind power, developed nuclear power and more.",
        base_lexicon(),
    )
    assert not any(p.en.lower().startswith("developed") for p in pairs)
    # A participle before a noun the Chinese also uses as a verb is a modifier:
    # 协调|发展 = "coordinated development".
    pair = _scored(
        "推动绿色发展和协调发展。",
        "We will promote green development and coordinated development.",
        "协调发展",
    )
    assert pair.en == "coordinated development"


def test_official_senses_of_ecology_link_conservation_and_pollution() -> None:
    # CC-CEDICT has 保护 "to protect" and 污染 only as a verb; white papers say
    # "conservation" and "pollution".
    pairs = {
        p.zh: p.en
        for p in mine_pair(
            "中国加强生态保护，推进土壤污染防治。",
            "China has strengthened ecological conservation and advanced soil pollution "
            "prevention and control.",
            base_lexicon(),
        )
    }
    assert pairs.get("生态保护") == "ecological conservation"
    assert pairs.get("土壤污染防治") == "soil pollution prevention and control"


def test_a_verb_inside_translated_next_to_the_span_makes_it_a_clause() -> None:
    # 重庆|共建|成渝: "Chongqing ... jointly building | the Chengdu-Chongqing ...": the
    # verb inside is rendered just before the span [6, 7], so the span does not
    # render the candidate. Tokens 0 and 2 link inside it; token 1 at English 4.
    from glossary.mining.candidates import ZhCandidate

    cand = ZhCandidate(0, 3, 0, 6, "重庆共建成渝")
    token_links: list[dict[int, float]] = [{6: 1.0}, {4: 1.0}, {6: 1.0}]
    assert _edge_elsewhere(cand, token_links, 6, 7) == 0.0
    assert _edge_elsewhere(cand, token_links, 6, 7, verbs=(1,)) == 0.3
    # Rendered inside the span: no penalty.
    assert _edge_elsewhere(cand, [{6: 1.0}, {7: 1.0}, {6: 1.0}], 6, 7, verbs=(1,)) == 0.0


def test_a_verb_last_rendered_only_through_another_words_english_is_unrendered() -> None:
    # 开展 "to develop" finds "developing" in "developing countries", which is
    # 发展中国家's: the verb after the term is not rendered.
    best = _best_by_english(
        "我们在发展中国家开展低碳示范项目。",
        "We are launching low-carbon pilot projects in developing countries.",
    )
    assert best["developing countries"].zh == "发展中国家"


def test_a_post_before_a_name_that_acts_is_no_byline() -> None:
    # 国务院总理|李强|邀请: the premier invites (邀请 "to invite; invitation" is a verb
    # here though most of its senses are nouns); 国务院总理 is a post, not a byline.
    pairs = mine_pair(
        "应国务院总理李强邀请，法国总理将访华。",
        "At the invitation of Premier of the State Council Li Qiang, the French Prime "
        "Minister will visit China.",
        base_lexicon(),
    )
    assert "国务院总理" in {p.zh for p in pairs}


def test_demonstratives_end_candidates() -> None:
    # 此次|撤离行动 "this evacuation operation": "this" is no part of a term.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("中方感谢有关国家为此次撤离行动提供的协助。"), lex)
    assert not any(c.text.startswith("此次") for c in sentence_candidates(tokens, lex=lex))
    # 该省 "this province" (one jieba word) likewise.
    tokens = join_known(zh_tokens("该省全面落实科教兴国战略。"), lex)
    assert not any(c.text.startswith("该省") for c in sentence_candidates(tokens, lex=lex))


def test_a_short_form_shares_its_names_english(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from glossary.mining.pipeline import _short_form

    assert _short_form("三北工程", "三北防护林体系建设工程")
    assert _short_form("进博会", "中国国际进口博览会")
    assert not _short_form("国际合作", "国际经济合作组织")  # ends otherwise
    # A five-year plan by its number.
    assert _short_form("十五五", "国民经济和社会发展第十五个五年规划")
    assert not _short_form("十四五", "第十五个五年规划")
    mined = _mine_rows(
        tmp_path_factory,
        [
            (
                "中国实施三北防护林体系建设工程。",
                "China has implemented the Three-North Shelterbelt Forest Program.",
            ),
            (
                "中国打响了三北工程攻坚战。",
                "China has launched a battle for the Three-North Shelterbelt Forest Program.",
            ),
        ],
    )
    assert mined["三北工程"][0] == "Three-North Shelterbelt Forest Program"
    assert mined["三北防护林体系建设工程"][0] == "Three-North Shelterbelt Forest Program"


def test_a_gerund_after_what_an_institution_is_for_is_no_verb() -> None:
    # "mechanisms for | realizing the value of ecological products" names a mechanism
    # (生态产品价值实现机制); "realizing the ..." is no clause of its own.
    side = en_side("improve mechanisms for realizing the value of ecological products")
    lows = [t.low for t in side.tokens]
    assert not side.verb_like[lows.index("realizing")]
    side = en_side("China is realizing the value of ecological products")
    assert side.verb_like[2]


@pytest.mark.parametrize(
    ("zh", "en", "term", "rendering"),
    [
        # "against" may stand inside a term: 污染防治|攻坚战 = "critical battle against
        # pollution" (head first in English).
        pytest.param(
            "各地打好污染防治攻坚战。",
            "Localities are fighting the critical battle against pollution.",
            "污染防治攻坚战", "critical battle against pollution",
            id="against",
        ),
        # So may "all": 地球生命共同体 = "a community of all life on Earth".
        pytest.param(
            "各国共同构建地球生命共同体。",
            "All countries should jointly build a community of all life on Earth.",
            "地球生命共同体", "community of all life on Earth",
            id="all",
        ),
        # CC-CEDICT glosses 三江源 "Sanjiangyuan National Nature Reserve": the name's
        # sound alone is the park's name, not "nature reserve" from the description.
        pytest.param(
            "首批国家公园包括三江源、大熊猫等。",
            "The first national parks include Sanjiangyuan, Giant Panda and others.",
            "三江源", "Sanjiangyuan",
            id="whole-sound",
        ),
        # A quoted term is not rendered by part of its quoted English: “新三样” = "new
        # three"; "three" alone cuts the quote.
        pytest.param(
            "光伏产品等“新三样”出口快速增长。",
            'Exports of the "new three", such as PV products, grew rapidly.',
            "新三样", "new three",
            id="quoted-whole",
        ),
        # 液化 "to liquefy" and 育儿 "to raise a child" are verbs: alone, the Chinese
        # reads as a verb and its object. The English says "liquefied" and "childcare".
        pytest.param(
            "要加快液化天然气动力船舶推广应用。",
            "We will speed up the adoption of liquefied natural gas (LNG)-powered ships.",
            "液化天然气", "liquefied natural gas",
            id="verb-as-participle",
        ),
        pytest.param(
            "育儿补贴免征个人所得税。",
            "Childcare subsidies are exempt from individual income tax.",
            "育儿补贴", "Childcare subsidies",
            id="verb-as-noun",
        ),
        # "birth-friendly" ends like "firmly", but a hyphenated word is no adverb: the
        # term may start with it.
        pytest.param(
            "着力降低家庭生育养育教育成本，建设生育友好型社会。",
            "We will work to reduce the costs of childbirth, parenting and education for "
            "families and build a birth-friendly society.",
            "生育友好型社会", "birth-friendly society",
            id="ly-compound",
        ),
        pytest.param(
            "推进居家适老化改造。",
            "We will promote age-friendly home renovations.",
            "居家适老化改造", "age-friendly home renovations",
            id="ly-compound-first",
        ),
        # Two phrases joined by "and" that each render the term: it is one of them.
        pytest.param(
            "我们将推动数字产业化和产业数字化。",
            "We will promote digital industrialization and industrial digitalization.",
            "产业数字化", "industrial digitalization",
            id="mirrored-coordination",
        ),
        # A past form after an adjective is a modifier, not a subject's verb.
        pytest.param(
            "加快建设全国一体化算力网。",
            "We will speed up building a national integrated computing power network.",
            "全国一体化算力网", "national integrated computing power network",
            id="participle-after-adjective",
        ),
        # "leading" after a verb opens the object; "in setting" is what it does.
        pytest.param(
            "支持科技领军企业参与标准制定。",
            "We will support leading tech enterprises in setting standards.",
            "科技领军企业", "leading tech enterprises",
            id="ing-adjective-after-verb",
        ),
        # A clipped word links its full form: "auto" = automobile.
        pytest.param(
            "继续推动汽车以旧换新。",
            "We will continue to promote auto trade-ins.",
            "汽车以旧换新", "auto trade-ins",
            id="clipped-word",
        ),
    ],
)  # fmt: skip
def test_a_term_is_rendered_as_its_sentence_says(
    zh: str, en: str, term: str, rendering: str
) -> None:
    assert _scored(zh, en, term).en == rendering


def test_a_rendering_said_twice_in_another_word_order_goes_to_its_own_part() -> None:
    """The shorter term's words come back, reordered, inside the longer term's English:
    each takes the rendering in its own part of the sentence."""
    zh = "各地要摸清地方政府债务的底数，严禁新增地方政府隐性债务。"
    en = (
        "All localities should get a clear picture of local government debt and "
        "strictly prohibit any new hidden debt of local governments."
    )
    assert _scored(zh, en, "地方政府债务").en == "local government debt"
    assert _scored(zh, en, "地方政府隐性债务").en == "hidden debt of local governments"


def test_a_hyphenated_word_half_rendered_next_door_is_only_half_explained() -> None:
    """完全 renders the "full" of "full-cost": 成本保险 alone explains half of that word,
    and the term is the whole 完全成本保险."""
    zh = "明年在更多产粮县推行完全成本保险。"
    en = "Next year, full-cost insurance will be introduced in more grain-producing counties."
    found = {p.zh: p for p in mine_pair(zh, en, base_lexicon())}
    assert found["完全成本保险"].en == "full-cost insurance"
    assert "成本保险" not in found or found["成本保险"].raw < found["完全成本保险"].raw


def test_a_character_of_an_abbreviation_links_the_word_it_stands_for() -> None:
    """产教 = "industry-education": 教 says "education", so 产 may say "industry" (产业),
    and 产教融合 is rendered whole, not by its "integration" alone."""
    zh = "各地要深化产教融合，培养更多技术工人。"
    en = (
        "All localities should deepen industry-education integration and train more "
        "skilled workers."
    )
    assert _scored(zh, en, "产教融合").en == "industry-education integration"
    units = zh_units(tuple(join_known(zh_tokens(zh), base_lexicon())), base_lexicon())
    side = en_side(en)
    links = link(units, side)
    k = next(i for i, t in enumerate(side.tokens) if t.low == "industry-education")
    chan = next(lk for u, lk in zip(units, links, strict=True) if u.text == "产")
    assert chan.get(k, 0.0) >= 0.7
    # Not the characters of other words, nor of a word: 开放 is no abbreviation of
    # 开 and 放 in "opening-up".
    zh2 = "推动高水平对外开放。"
    en2 = "We will promote high-standard opening-up."
    units2 = zh_units(tuple(join_known(zh_tokens(zh2), base_lexicon())), base_lexicon())
    side2 = en_side(en2)
    link(units2, side2)
    assert side2.by_abbreviation == {}


def test_a_word_said_as_often_on_both_sides_is_claimed_in_order() -> None:
    """地方 twice and "local" twice: each 地方 claims the "local" its position points to,
    not both (a term around the first may then take its own "local")."""
    zh = "支持地方中小银行发展，压实地方属地责任。"
    en = (
        "We will support the development of local small banks and enforce the territorial "
        "responsibility of local governments."
    )
    lex = base_lexicon()
    units = zh_units(tuple(join_known(zh_tokens(zh), lex)), lex)
    side = en_side(en)
    link(units, side)
    first, second = [k for k, t in enumerate(side.tokens) if t.low == "local"]
    assert side.claims[first] == (zh.index("地方") + 2, zh.index("地方"))
    assert side.claims[second] == (zh.rindex("地方") + 2, zh.rindex("地方"))


@pytest.mark.parametrize(
    ("zh", "en", "term", "rendering"),
    [
        # 入境 "to enter a country" modifies a noun too: inbound tourism.
        ("各地要积极发展入境旅游。", "Localities should actively develop inbound tourism.",
         "入境旅游", "inbound tourism"),
        # 都市圈 and 强国 as official English says them.
        ("培育现代化都市圈。", "We will foster modern metropolitan areas.",
         "现代化都市圈", "modern metropolitan areas"),
        ("加快建设教育强国。", "We will move faster to build China into a leading country in "
         "education.", "教育强国", "leading country in education"),
    ],
)  # fmt: skip
def test_official_senses_link_what_the_dictionary_lacks(
    zh: str, en: str, term: str, rendering: str
) -> None:
    assert _scored(zh, en, term).en == rendering


def test_a_character_carries_the_senses_of_its_words() -> None:
    # 铁 is "iron" in the dictionary, but 铁路, 铁道, 高铁 ... say "railway"; 双 is
    # "two; double", but its words say "dual". A word only some gloss fillers give
    # many characters ("to take", "... out") is no character's sense.
    senses = {ch: set(s.split()) for ch, s in compound_senses().items()}
    assert "railway" in senses["铁"]
    assert "dual" in senses["双"]
    assert "little" in senses["小"]
    assert not any({"take", "out", "get"} & s for s in senses.values())
    # They link as loosely as a synonym: the character's word is still what decides.
    units = zh_units(tuple(zh_tokens("海铁联运持续增长")), base_lexicon())
    side = en_side("Sea-railway intermodal transport keeps growing.")
    links = link(units, side)
    iron = next(lk for u, lk in zip(units, links, strict=True) if u.text == "铁")
    assert 0 < iron.get(0, 0.0) < 0.5


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("我们要推动绿色发展。", "We will promote green development."),
        (
            "中方坚决反对单边主义和保护主义。",
            "China firmly opposes unilateralism and protectionism.",
        ),
        (
            "美方泛化国家安全概念，滥用出口管制措施。",
            "The US has overstretched the concept of national security, abused export "
            "control measures.",
        ),
    ],
)
def test_a_verb_the_english_keeps_a_verb_starts_no_term(zh: str, en: str) -> None:
    verbs = ("推动", "反对", "滥用")
    assert not [p.zh for p in mine_pair(zh, en, base_lexicon()) if p.zh.startswith(verbs)]


def test_an_ordinals_measure_word_is_inside_a_plan_name() -> None:
    zh = "2026年是实施第十五个五年规划的开局之年。"
    en = "The year 2026 is the first year of the 15th Five-Year Plan period (2026-2030)."
    assert _scored(zh, en, "第十五个五年规划").en == "15th Five-Year Plan"


def test_a_silent_verb_last_and_a_silent_noun_last_are_each_others() -> None:
    # 养殖 "to breed" links nothing, and nothing links "aquaculture": the noun renders
    # the verb, it is not said of the term (and 深远海 alone is not "deep-sea
    # aquaculture").
    zh = "沿海各市大力发展深远海养殖。"
    en = "Coastal cities are vigorously developing deep-sea aquaculture."
    assert _scored(zh, en, "深远海养殖").en == "deep-sea aquaculture"


def test_a_noun_in_ary_may_end_a_term() -> None:
    zh, en = "把海洋建成“蓝色粮仓”。", "We will turn the ocean into a blue granary."
    assert _scored(zh, en, "蓝色粮仓").en == "blue granary"


def _best_rendering(zh: str, en: str, term: str) -> str:
    """The best English span for the candidate ``term`` of one sentence pair."""
    lex = base_lexicon()
    tokens = join_known(zh_tokens(zh), lex)
    cand = next(c for c in sentence_candidates(tokens, lex=lex) if c.text == term)
    units = zh_units(tokens, lex)
    side = en_side(en)
    return render(cand, units, link(units, side), side)[0].text


def test_an_unknown_word_inside_the_chinese_is_the_unknown_modifier_first() -> None:
    # 优秀 "outstanding" does not link "fine", and English puts the modifiers in
    # another order: one unknown word on each side are each other's.
    best = _best_rendering(
        "我们要弘扬中华优秀传统文化。",
        "We will carry forward fine traditional Chinese culture.",
        "中华优秀传统文化",
    )
    assert best == "fine traditional Chinese culture"


def test_a_particle_is_no_unknown_modifier() -> None:
    # 社会 is not rendered; the "down" of "bring down" before the term is the verb's,
    # not an unknown first word of the term.
    best = _best_rendering(
        "推动社会综合物流成本稳中有降。",
        "We will bring down overall logistics costs.",
        "社会综合物流成本",
    )
    assert best == "overall logistics costs"


def test_a_word_of_nationality_links_its_country_loosely() -> None:
    # The dictionary glosses 中华 "China": "Chinese" is its adjective. A looser link
    # than the word's own (a prefix's), so "Chinese economy" is no name of 中国经济.
    lex = base_lexicon()
    units = zh_units(tuple(zh_tokens("中华文化")), lex)
    side = en_side("Chinese culture")
    links = link(units, side)
    china = next(lk for u, lk in zip(units, links, strict=True) if u.text == "中华")
    assert 0.5 < china.get(0, 0.0) < 1.0


def test_a_campaign_is_named_by_its_purpose() -> None:
    """Official English names a campaign by its noun and a purpose infinitive, and a
    campaign launched by 实施 may be named by the verb phrase it carries out."""
    found = _renderings(
        "各地要深入实施乡村环境整治提升行动，改善农民生活条件。",
        "All localities should further implement the initiative to improve the rural "
        "environment and improve farmers' living conditions.",
    )
    assert found["乡村环境整治提升行动"] == "initiative to improve the rural environment"
    found = _renderings(
        "我们将实施降低企业用电成本专项行动。",
        "We will launch a special initiative to reduce electricity costs for enterprises.",
    )
    assert found["降低企业用电成本专项行动"] == (
        "special initiative to reduce electricity costs for enterprises"
    )
    # Two verbs of one purpose, joined by "and".
    found = _renderings(
        "营商环境优化提升行动取得明显成效。",
        "The initiative to optimize and improve the business environment has achieved "
        "notable results.",
    )
    assert found["营商环境优化提升行动"] == (
        "initiative to optimize and improve the business environment"
    )
    # ... also after an adverb jieba glued to the launching verb (深入开展).
    lex = base_lexicon()
    tokens = join_known(zh_tokens("深入开展根治欠薪冬季专项行动。"), lex)
    assert "根治欠薪冬季专项行动" in [c.text for c in sentence_candidates(tokens, lex=lex)]
    # A verb after 实施 names no campaign unless one follows: 实施|降低 … 政策 is a
    # verb phrase.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("我们将实施降低企业用电成本的政策。"), lex)
    assert not any(c.text.startswith("降低") for c in sentence_candidates(tokens, lex=lex))


def _candidate_texts(zh: str) -> list[str]:
    """The candidate texts of one Chinese sentence."""
    lex = base_lexicon()
    return [c.text for c in sentence_candidates(join_known(zh_tokens(zh), lex), lex=lex)]


def test_a_place_and_its_government_are_two_words() -> None:
    # jieba has 浙江省政府 as one word; the government's own term starts inside it.
    assert zh_tokens("浙江省政府工作报告提出")[:2] == ("浙江省", "政府")
    assert "政府工作报告" in _candidate_texts("浙江省政府工作报告提出扩大内需。")
    # 市政府 alone stays a word.
    assert "市政府" in zh_tokens("市政府召开会议。")


def test_a_long_dictionary_noun_is_a_term_inside_a_phrase() -> None:
    found = _renderings(
        "要提升都市圈轨道交通网络化水平。",
        "We will improve the networks of rail transit in metropolitan areas.",
    )
    assert found["轨道交通"] == "rail transit"


def test_no_term_ends_on_an_evaluative_word_before_its_noun() -> None:
    lex = base_lexicon()
    tokens = join_known(zh_tokens("实施制造业重点产业链高质量发展行动。"), lex)
    cands = {c.text: c for c in sentence_candidates(tokens, lex=lex)}
    assert termhood(cands["制造业重点"], tokens, lex) < termhood(cands["制造业"], tokens, lex)
    # The frame 以……为导向的 ends before its head: no candidate starts at 导向.
    framed = _candidate_texts("深化以公益性为导向的公立医院改革。")
    assert not any(t.startswith("导向") for t in framed)


def test_a_span_that_says_the_head_twice_runs_into_its_neighbour() -> None:
    found = _renderings(
        "大力推进科技创新和产业创新深度融合。",
        "We will promote the deep integration of scientific and technological innovation "
        "with industrial innovation.",
    )
    assert found["产业创新"] == "industrial innovation"


def test_a_part_of_a_word_does_not_render_it_far_from_its_gloss() -> None:
    # 都市 (a part of 都市圈) links "cities", but 都市圈 is "metropolitan areas", which
    # stands whole in the sentence.
    found = _renderings(
        "培育发展现代化都市圈，增强中心城市和城市群综合承载能力。",
        "We will foster and develop modern metropolitan areas and enhance the overall "
        "carrying capacity of central cities and city clusters.",
    )
    assert found["都市圈"] == "metropolitan areas"
    assert found["中心城市"] == "central cities"


def test_the_elderly_are_people_and_end_a_rendering() -> None:
    found = _renderings(
        "各地要实施老年助餐服务行动，推进适老化改造。",
        "All localities should carry out a campaign to provide meal assistance services "
        "for the elderly and advance age-friendly renovations.",
    )
    assert found["老年助餐服务行动"] == (
        "campaign to provide meal assistance services for the elderly"
    )


def test_a_project_and_its_construction_are_two_words() -> None:
    # jieba has 工程建设 as one word; the project's name ends on 工程.
    assert zh_tokens("推动城市排水安全工程建设")[-2:] == ("工程", "建设")
    assert "城市排水安全工程" in _candidate_texts("推动城市排水安全工程建设，提升安全水平。")


def test_a_verb_and_its_result_start_no_term() -> None:
    texts = _candidate_texts("我们要用好240小时过境免签政策，做好东西部协作。")
    assert "240小时过境免签政策" in texts
    assert not any(t.startswith(("用", "好", "做好", "小时")) for t in texts)
    assert "东西部协作" in texts


def test_a_duration_may_start_a_plan_or_a_period() -> None:
    assert "五年过渡期" in _candidate_texts("从脱贫之日起设立五年过渡期。")
    found = _renderings(
        "对摆脱贫困的县设立五年过渡期。",
        "A five-year transition period is set for counties lifted out of poverty.",
    )
    assert found["五年过渡期"] == "five-year transition period"
    # A count of years said of something else is no part of a term, and a plan named
    # by its length alone names nothing (城镇化战略|五年行动计划 does).
    assert not any(t.startswith("五年") for t in _candidate_texts("五年来经济持续增长。"))
    assert "五年行动计划" not in _candidate_texts("实施五年行动计划。")
    assert "城镇化战略五年行动计划" in _candidate_texts("实施城镇化战略五年行动计划。")


def test_a_span_does_not_start_in_the_list_before_the_term() -> None:
    # "employment and new forms" joins the list's first item to the term's modifier,
    # in the reverse of the Chinese order; the term is "new forms of employment".
    found = _renderings(
        "维护灵活就业和新就业形态劳动者合法权益。",
        "We will safeguard the lawful rights and interests of workers in flexible "
        "employment and new forms of employment.",
    )
    assert found["新就业形态"] == "new forms of employment"
    assert found["灵活就业"] == "flexible employment"


def test_into_may_sit_inside_a_rendering() -> None:
    found = _renderings(
        "坚决守住不发生规模性返贫的底线。",
        "We will resolutely ensure that no large-scale relapse into poverty occurs.",
    )
    assert found["规模性返贫"] == "large-scale relapse into poverty"
    # What a thing is made into is no part of its name.
    found = _renderings(
        "我们要加快建设海洋强国。", "We will move faster to build China into a maritime power."
    )
    assert found["海洋强国"] == "maritime power"


def test_modifiers_joined_by_and_extend_a_rendering_to_the_left() -> None:
    from glossary.mining.render import _variants

    side = en_side("They defused risks in local small and medium-sized financial institutions.")
    words = [t.low for t in side.tokens]
    lo, hi = words.index("financial"), words.index("institutions")
    # From "financial institutions" over the modifiers joined by "and" to "local".
    assert (words.index("local"), hi) in _variants(side, lo, hi, len(words))


def test_a_coordination_cut_after_its_first_word_is_weak() -> None:
    lex = base_lexicon()

    def termhood_of(sentence: str, text: str) -> float:
        tokens = join_known(zh_tokens(sentence), lex)
        cand = next(c for c in sentence_candidates(tokens, lex=lex) if c.text == text)
        return termhood(cand, tokens, lex)

    # 消防救援|队伍 和 ...: the first conjunct began before the candidate.
    cut = termhood_of("加强消防救援队伍和专业应急救援力量建设。", "队伍和专业应急救援力量")
    # After a verb the first word is whole.
    whole = termhood_of("加强队伍和专业应急救援力量建设。", "队伍和专业应急救援力量")
    assert cut < whole - 0.2


def test_a_cut_chain_of_modifiers_fits_worse_than_the_chain() -> None:
    # "... of ecological projects | of river basins": the English says the chain in
    # reverse, so 生态工程高质量发展 without 流域 leaves out a modifier it renders.
    zh = "我们将推进流域生态工程高质量发展。"
    en = "We will promote high-quality development of ecological projects of river basins."
    cut = _scored(zh, en, "生态工程高质量发展")
    assert cut.en == "high-quality development of ecological projects"
    assert cut.fit < _scored(zh, en, "流域生态工程").fit


def test_improve_words_first_are_verbs() -> None:
    # 健全 and 完善 are adjectives to the dictionary, verbs at the head of a clause.
    found = _candidate_texts("健全生态保护补偿制度，完善知识产权法律制度。")
    assert "生态保护补偿制度" in found
    assert not any(t.startswith(("健全", "完善")) for t in found)


def test_a_verb_the_english_says_as_an_adjective_starts_a_term() -> None:
    # 集中 is mainly "to concentrate", but "centralized" here modifies the procurement;
    # the English after another verb ("have continued") decides.
    pair = _scored(
        "各省份持续开展高值耗材集中带量采购，降低群众负担。",
        "Provinces have continued centralized volume-based procurement of high-value "
        "consumables to reduce the burden on the public.",
        "集中带量采购",
    )
    assert pair.en == "centralized volume-based procurement"
    assert pair.termhood >= 0.6


def test_two_characters_start_a_run_jieba_left_alone() -> None:
    # 算|力|网: 算力 "computing power" is in the dictionary, 算力网 is not.
    lex = base_lexicon()
    assert join_known(zh_tokens("各地要统筹算力网布局。"), lex)[3:5] == ("算力", "网")
    # (Not after a function word: 在|中|和 stays apart.)
    assert "中和" not in join_known(zh_tokens("在中和平台上"), lex)


def test_a_tight_run_of_links_is_a_rendering_inside_a_long_chain() -> None:
    # Scattered links (国家 "national", 统筹 ...) make one long cluster of the clause;
    # the term's own run of five linked words is still tried as a whole.
    pairs = _renderings(
        "国家统计局将统筹推进中国统计现代化建设，加快构建全国一体化算力网。",
        "The National Bureau of Statistics will coordinate national efforts to build a "
        "modern statistical system for China and speed up the building of a national "
        "integrated computing power network.",
    )
    assert pairs["全国一体化算力网"] == "national integrated computing power network"


def test_a_strategy_for_doing_something_is_a_name() -> None:
    # "for invigorating China" is what the strategy is for, not a verb and its object.
    pairs = _renderings(
        "各地要深入实施科教兴国战略，加快建设教育强省。",
        "All localities should fully implement the strategy for invigorating China "
        "through science and education and build strong provinces in education.",
    )
    assert pairs["科教兴国战略"] == (
        "strategy for invigorating China through science and education"
    )


def test_a_quoted_word_and_its_head_take_the_english_that_says_both() -> None:
    # 内卷 reaches "competition" through a loose gloss ("to become increasingly
    # competitive"); “内卷式”竞争 says it exactly and takes the English.
    best = _best_by_english(
        "各行业要坚决治理“内卷式”竞争，维护公平市场秩序。",
        "All industries should resolutely tackle involution-style competition and maintain "
        "fair market order.",
    )
    assert best["involution-style competition"].zh == "“内卷式”竞争"


def test_a_place_name_jieba_cut_in_two_links_by_its_sound() -> None:
    # 前|海: two characters to jieba, "Qianhai" to the English.
    zh = "深圳将推动前海合作区扩大金融业对外开放。"
    en = (
        "Shenzhen will encourage the Qianhai Cooperation Zone to further open up its "
        "financial sector."
    )
    pair = _scored(zh, en, "前海合作区")
    assert pair.en == "Qianhai Cooperation Zone"
    assert pair.fit >= 0.9


def test_two_things_related_by_with_are_no_coordinated_name() -> None:
    # 与 said as "with" after the word before it: integration of one thing with another.
    pairs = _renderings(
        "各地要推动数字技术与实体经济深度融合。",
        "All localities should promote the deep integration of digital technologies with "
        "the real economy.",
    )
    assert pairs["数字技术"] == "digital technologies"
    assert not any("与" in zh for zh in pairs)


def test_a_name_after_a_post_is_not_cut_from_the_post() -> None:
    # 卢|拉 = "Lula" by its sound: a person after the post, whose English the post's
    # span may stop next to.
    pairs = _renderings(
        "国家主席习近平在北京会见巴西总统卢拉。",
        "President Xi Jinping met with Brazilian President Lula in Beijing.",
    )
    assert pairs["巴西总统"] == "Brazilian President"


def test_for_good_ends_a_rendering() -> None:
    # "good" after "for" is no adjective waiting for its noun: "AI for good".
    pairs = _renderings(
        "各国应坚持智能向善，共同应对风险挑战。",
        "All countries should develop AI for good and jointly respond to risks and challenges.",
    )
    assert pairs["智能向善"] == "AI for good"


def test_a_piece_of_the_recorded_rendering_is_no_variant(tmp_path: Path) -> None:
    from glossary.text import zh_key

    # The document says the term as a verb phrase ("open up ... at a high level"): the
    # span search finds only "high level", a cut of the glossary's rendering.
    term = "高水平对外开放"
    glossary = {zh_key(term): [("high-level opening up", "preferred")]}
    path = _tsv(
        tmp_path / "cut.tsv",
        [("各地要奋力推进高水平对外开放，更好融入全球市场。",
          "All localities should strive to open up to the outside world at a high level "
          "and better integrate into the global market.")],
    )  # fmt: skip
    out = _mine_with_glossary(path, glossary)
    assert term not in out or out[term].en.lower() != "high level"
    # A different rendering the document writes whole is still a variant.
    path = _tsv(
        tmp_path / "variant.tsv",
        [("各地要推进高水平对外开放。", "All localities should advance high-standard opening up.")],
    )
    assert _mine_with_glossary(path, glossary)[term].status == "variant"


def test_a_span_with_the_english_of_the_word_before_fits_worse() -> None:
    # "follow-up" is 后续's: 工程高质量发展 does not say it.
    zh = "各地要推进后续工程高质量发展。"
    en = "All localities should promote high-quality development of follow-up projects."
    cut = _scored(zh, en, "工程高质量发展")
    assert cut.fit < 0.8
    assert _scored(zh, en, "后续工程高质量发展").fit > 0.95


def test_a_known_rendering_is_never_taken_for_a_piece_of_another(tmp_path: Path) -> None:
    from glossary.text import zh_key

    # "China Sky Eye" is admitted beside the preferred "China's Sky Eye".
    glossary = {
        zh_key("中国天眼"): [("China's Sky Eye", "preferred"), ("China Sky Eye", "admitted")]
    }
    path = _tsv(
        tmp_path / "fast.tsv",
        [("中国天眼发现了新的脉冲星。", "China Sky Eye has discovered new pulsars.")],
    )
    assert _mine_with_glossary(path, glossary)["中国天眼"].status == "known"


def test_a_tight_run_of_links_stops_at_and() -> None:
    # "rule of law" twice: the run of links splits at "and", so the second phrase is a
    # core of its own.
    pairs = _renderings(
        "我们要在全面深化改革中统筹推进国内法治和涉外法治，维护国家利益。",
        "In deepening reform across the board, we must advance domestic rule of law and "
        "foreign-related rule of law in a coordinated manner and safeguard national interests.",
    )
    assert pairs["涉外法治"] == "foreign-related rule of law"


def test_under_the_rule_of_law_stays_inside_a_rendering() -> None:
    pairs = _renderings(
        "各省要加快建设法治政府，推进社会主义法治国家建设。",
        "Provinces should speed up building law-based governments and advance the building "
        "of a socialist country under the rule of law.",
    )
    assert pairs["社会主义法治国家"] == "socialist country under the rule of law"


def test_and_their_joins_a_group_to_the_one_before() -> None:
    # "and their relatives" is inside the rendering of 归侨侨眷; 海外侨胞和归侨侨眷 does
    # not take it, since its first conjunct's words there are the second's.
    pairs = _best_by_english(
        "我们要团结海外侨胞和归侨侨眷，凝聚侨心侨力。",
        "We will unite overseas Chinese, returned overseas Chinese and their relatives, and "
        "pool their strength.",
    )
    assert pairs["returned overseas Chinese and their relatives"].zh == "归侨侨眷"


def test_a_ministry_before_will_ends_on_its_name() -> None:
    # jieba's dictionary has 部将 (a general's officer): the ministry ends on 部.
    zh = "生态环境部将加强长江流域的生态保护。"
    assert "部" in zh_tokens(zh) and "将" in zh_tokens(zh)
    pairs = _renderings(
        zh,
        "The Ministry of Ecology and Environment will strengthen ecological protection in "
        "the Yangtze River basin.",
    )
    assert pairs["生态环境部"] == "Ministry of Ecology and Environment"


def test_a_time_word_starts_no_term() -> None:
    tokens = zh_tokens("全年电影票房再创新高。")
    cands = sentence_candidates(tokens, lex=base_lexicon())
    assert "电影票房" in [c.text for c in cands]
    assert not [c for c in cands if c.text.startswith("全年")]


def test_a_word_said_again_in_the_plural_is_not_claimed_twice() -> None:
    # 技术 renders "technologies" later on: the "Technology" inside the ministry's name
    # is not taken from the name for it.
    pairs = _renderings(
        "工业和信息化部支持企业攻关芯片等关键核心技术。",
        "The Ministry of Industry and Information Technology supports enterprises in "
        "making breakthroughs in key and core technologies such as chips.",
    )
    assert pairs["工业和信息化部"] == "Ministry of Industry and Information Technology"


def test_the_term_a_capacity_is_of_is_proposed_too() -> None:
    pairs = _renderings(
        "要全面提高海上搜救能力。",
        "We must comprehensively improve the capacity for maritime search and rescue.",
    )
    assert pairs["海上搜救能力"] == "capacity for maritime search and rescue"
    assert pairs["海上搜救"] == "maritime search and rescue"


def test_a_possessive_acronym_is_its_chinese_name() -> None:
    # "UN's" is 联合国's, and "in China" is 在我国's: neither is the initiative's.
    best = _best_by_english(
        "我们支持联合国“全民早期预警倡议”在我国落地。",
        "We support the implementation of the UN's Early Warnings for All initiative in China.",
    )
    assert best["Early Warnings for All initiative"].zh == "全民早期预警倡议"
    assert "UN's Early Warnings for All initiative in China" not in best


def test_a_term_whose_links_end_on_an_adjective_is_rendered_to_its_noun() -> None:
    # The links of 分布式光伏 end on "photovoltaic", an adjective: the first look at
    # its English goes on to "power". And "distributed" after "develop" is the
    # object's modifier, not a verb.
    pairs = _renderings(
        "我们将大力发展分布式光伏和海上风电。",
        "We will vigorously develop distributed photovoltaic power and offshore wind power.",
    )
    assert pairs["分布式光伏"] == "distributed photovoltaic power"


def test_the_plus_of_a_campaign_name_is_said() -> None:
    pairs = _renderings(
        "实施“人工智能+”行动，推动产业升级。",
        "We will carry out the AI Plus initiative and promote industrial upgrading.",
    )
    assert pairs["人工智能+"] == "AI Plus"
    assert pairs["“人工智能+”行动"] == "AI Plus initiative"


def test_a_names_possessive_before_a_term_is_its_owner_not_a_cut() -> None:
    # 我国 says "China's": a span that starts after it cuts nothing.
    p = _scored(
        "截至6月末，我国外汇储备规模保持稳定。",
        "China's foreign exchange reserves remained stable at the end of June.",
        "外汇储备",
    )
    assert p.en == "foreign exchange reserves"
    assert p.fit > 0.95


def test_a_capitalised_the_opening_the_sentence_leaves_a_name_complete() -> None:
    # "Technology", unknown to the dictionary here, is credited as a word of a complete
    # title-case name whether or not "The" opens the sentence.
    zh = "工业和信息化部支持企业发展。"
    en = "Ministry of Industry and Information Technology supports the development of enterprises."
    term = "工业和信息化部"
    bare = _scored(zh, en, term)
    with_the = _scored(zh, "The " + en, term)
    assert with_the.en == bare.en == "Ministry of Industry and Information Technology"
    assert with_the.fit == pytest.approx(bare.fit)


def test_two_verbs_jieba_keeps_as_one_word_start_no_term() -> None:
    # 建立健全 "establish (a sound ...)" is what is done to the term, as 建立 alone is.
    lex = base_lexicon()
    assert lex.verb_pair("建立健全") and lex.verb_pair("加快推进")
    assert not lex.verb_pair("改革开放")  # (a dictionary word: a name)
    assert not lex.verb_pair("请示报告")  # ("report" is a noun too: 请示报告制度)
    zh = "我们将建立健全碳排放统计核算体系。"
    cands = [c.text for c in sentence_candidates(join_known(zh_tokens(zh), lex), lex=lex)]
    assert "碳排放统计核算体系" in cands
    assert not [c for c in cands if c.startswith("建立健全")]


def test_a_places_possessive_description_ranks_below_what_it_owns(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # The layout lost the apostrophe of "Guangdong's"; 外事系统 is proposed on its own.
    rows = [
        (
            "全省外事系统要加强调查研究。",
            "The province's foreign affairs system should strengthen research.",
        ),
        (
            "广东外事系统积极服务国家总体外交。",
            "Guangdongs foreign affairs system actively serves China's overall diplomacy.",
        ),
    ]
    mined = _mine_rows(tmp_path_factory, rows)
    assert mined["外事系统"][0] == "foreign affairs system"
    assert mined["广东外事系统"][0] == "Guangdongs foreign affairs system"
    assert mined["广东外事系统"][1] < mined["外事系统"][1] - 0.2


def test_the_bare_frame_around_a_name_is_a_clause() -> None:
    lex = base_lexicon()
    # 以X为Y with a short X is a formula; with a name (one token when the glossary
    # records it) it says "guided by" the name.
    short = ("坚持", "以", "人民", "为", "中心", "的", "发展", "思想", "。")
    texts = [c.text for c in sentence_candidates(short, lex=lex)]
    assert "以人民为中心" in texts and "以人民为中心的发展思想" in texts
    named = (
        "坚持",
        "以",
        "习近平新时代中国特色社会主义思想",
        "为",
        "指导",
        "，",
        "推进",
        "工作",
        "。",
    )
    assert not [c for c in sentence_candidates(named, lex=lex) if c.text.startswith("以")]


def test_a_word_read_both_ways_links_by_either_reading() -> None:
    # 关税法 cuts as 关税|法 or 关|税法 (two pieces each): both readings link, so
    # "Tariff" is the law's own word and "Customs Law" goes to 海关法.
    got = _renderings(
        "海关将依据《中华人民共和国关税法》和《中华人民共和国海关法》加强监管。",
        "Customs will strengthen oversight in accordance with the Tariff Law of the "
        "People's Republic of China and the Customs Law of the People's Republic of China.",
    )
    assert got["中华人民共和国关税法"] == "Tariff Law of the People's Republic of China"
    assert got["中华人民共和国海关法"] == "Customs Law of the People's Republic of China"


def test_a_noun_in_ly_may_start_a_rendering() -> None:
    # "monopoly" is no adverb: "monopoly agreements" is a clean phrase.
    got = _renderings(
        "执法机构依法查处垄断协议。",
        "Enforcement agencies investigate and punish monopoly agreements in accordance "
        "with the law.",
    )
    assert got["垄断协议"] == "monopoly agreements"


def test_a_light_verb_starts_no_term() -> None:
    lex = base_lexicon()
    tokens = join_known(zh_tokens("起草单位应当进行公平竞争审查。"), lex)
    texts = [c.text for c in sentence_candidates(tokens, lex=lex)]
    assert "公平竞争审查" in texts
    assert not [t for t in texts if t.startswith("进行")]


def test_a_known_word_whose_second_half_jieba_left_in_characters() -> None:
    lex = base_lexicon()
    assert "减税降费" in join_known(("落实", "结构性", "减税", "降", "费", "政策"), lex)
    # (Not out of a longer run of characters, nor across a function word.)
    assert "减税降费" not in join_known(("减税", "降", "费", "用", "于"), lex)
    assert "减税降费" not in join_known(("减税", "的", "费"), lex)
    got = _renderings(
        "财政部将继续落实结构性减税降费政策。",
        "The Ministry of Finance will continue to implement structural tax and fee cuts.",
    )
    assert got["结构性减税降费"] == "structural tax and fee cuts"


def test_quotes_pair_in_order_however_free_the_english() -> None:
    zh = "我们要坚持“房住不炒”定位，落实“非禁即入”要求，推动“两个毫不动摇”落地。"
    en = (
        'We will uphold the principle that "housing is for living in, not for '
        'speculation," ensure "market access for all unless prohibited," and put '
        '"unswervingly consolidating and developing the public sector and unswervingly '
        'encouraging, supporting and guiding the development of the non-public sector" '
        "into practice."
    )
    got = _renderings(zh, en)
    assert got["非禁即入"] == "market access for all unless prohibited"
    assert got["两个毫不动摇"].startswith("unswervingly consolidating and developing")
    assert got["两个毫不动摇"].endswith("development of the non-public sector")
    # One quote fewer in the English: the order says nothing.
    fewer = en.replace('"housing is for living in, not for speculation,"', "housing first,")
    assert _renderings(zh, fewer).get("非禁即入") != "market access for all unless prohibited"


def test_quotes_out_of_order_by_their_links_are_not_paired() -> None:
    from glossary.mining.names import SentenceView, paired_quotes
    from glossary.mining.pipeline import _token_links

    lex = base_lexicon()

    def paired(zh: str, en: str) -> dict[str, str]:
        tokens = join_known(zh_tokens(zh), lex)
        units = zh_units(tokens, lex)
        side = en_side(en)
        links = link(units, side)
        cands = sentence_candidates(tokens, lex=lex)
        token_links = _token_links(tokens, units, links)
        sentence = SentenceView(tokens, cands, token_links, side, lex)
        return {p.zh: p.en for p in paired_quotes(sentence, [])}

    zh = "落实“非禁即入”要求，发展“数字经济”。"
    in_order = (
        'We will ensure "market access for all unless prohibited" and develop the '
        '"digital economy."'
    )
    assert paired(zh, in_order)["非禁即入"] == "market access for all unless prohibited"
    # The English says them the other way round: "digital economy" is 数字经济's, in
    # the first English quote, so the order pairs nothing.
    reversed_ = (
        'We will develop the "digital economy" and ensure "market access for all '
        'unless prohibited."'
    )
    assert paired(zh, reversed_) == {}


def test_a_negating_prefix_starts_a_term_and_links_to_no() -> None:
    # 无|理由|退货: 无 before a noun is a prefix ("no-"), not the verb "to lack", and it
    # links the "no-" of "no-reason".
    got = _renderings(
        "市场监管部门推行线下购物无理由退货。",
        "Market regulators have promoted no-reason returns for offline purchases.",
    )
    assert got["无理由退货"] == "no-reason returns"
    # (It renders the "no-" too: 无 is said.)
    assert (
        _scored(
            "市场监管部门推行线下购物无理由退货。",
            "Market regulators have promoted no-reason returns for offline purchases.",
            "无理由退货",
        ).zh_cover
        > 0.8
    )
    # (Not before a verb: 无法 "unable to" is a word; 无|参加 is no term.)
    assert "无参加" not in _renderings("他们无参加会议。", "They did not attend the meeting.")


def test_a_century_is_a_noun_not_a_quantity() -> None:
    got = _renderings(
        "我们要为实现第二个百年奋斗目标而团结奋斗。",
        "We must strive in unity to realize the Second Centenary Goal.",
    )
    assert got["第二个百年奋斗目标"] == "Second Centenary Goal"
    # (A number of years is still a quantity: 三百年 is no part of a term.)
    lex = base_lexicon()
    tokens = ("这座", "古城", "已有", "三百年", "历史", "。")
    assert not [c for c in sentence_candidates(tokens, lex=lex) if "三百年" in c.text]


def test_a_noun_in_ing_may_end_a_rendering() -> None:
    # "landing" is the noun here, not a verb form: "crewed lunar landing" is whole.
    got = _renderings(
        "我国计划在2030年前实现载人登月。",
        "China plans to achieve a crewed lunar landing before 2030.",
    )
    assert got["载人登月"] == "crewed lunar landing"


def test_among_and_a_plural_join_a_phrase_as_between_does() -> None:
    got = _renderings(
        "中国愿同各国加强文明互鉴。",
        "China is ready to strengthen mutual learning among civilizations with other countries.",
    )
    assert got["文明互鉴"] == "mutual learning among civilizations"
    # (Not "among" before another name: "countries of the Global South" is 全球南方's.)
    got = _renderings(
        "我们支持“全球南方”团结合作。",
        "We support solidarity and cooperation among countries of the Global South.",
    )
    assert "among" not in got.get("“全球南方”团结合作", "")


def test_a_verb_first_said_as_a_verb_first_makes_a_verb_phrase() -> None:
    zh = "我们要持续举办丝绸之路国际艺术节，促进民心相通。"
    en = (
        "We will continue to hold the Silk Road International Arts Festival, promoting "
        "people-to-people connectivity."
    )
    got = {p.zh: p for p in mine_pair(zh, en, base_lexicon())}
    assert got["民心相通"].en == "people-to-people connectivity"
    if "促进民心相通" in got:
        assert got["促进民心相通"].local < got["民心相通"].local


def test_a_word_that_took_the_end_of_a_known_word_gives_it_back() -> None:
    lex = base_lexicon()
    # 高级|别人|文: "other people" took 高级别's 别 ("high-level").
    joined = join_known(("中欧", "高级", "别人", "文", "交流", "对话"), lex)
    assert joined == ("中欧", "高级别", "人文", "交流", "对话")
    # (A word that stands as it is keeps its characters: 他|告诉|别人|了.)
    assert join_known(("他", "告诉", "别人", "了"), lex) == ("他", "告诉", "别人", "了")


def test_a_day_named_for_what_it_marks_ends_on_day() -> None:
    got = _renderings(
        "联合国大会决定将6月10日定为文明对话国际日。",
        "The UN General Assembly decided to designate June 10 as the International Day "
        "for Dialogue among Civilizations.",
    )
    assert got["文明对话国际日"] == "International Day for Dialogue among Civilizations"
    # (A date is no day's name: no candidate ends on the 日 of 6|月|10|日.)
    lex = base_lexicon()
    tokens = join_known(zh_tokens("会议于6月10日举行。"), lex)
    assert not [c for c in sentence_candidates(tokens, lex=lex) if c.text.endswith("日")]


def test_an_edition_in_arabic_digits_starts_a_term_as_in_chinese_numerals() -> None:
    # 第|14|届 is one token as jieba keeps 第十四届: the edition is the event's start.
    assert zh_tokens("第14届全国运动会在西安开幕。")[0] == "第14届"
    en = "The 14th National Games opened in Xi'an."
    for zh in ("第14届全国运动会在西安开幕。", "第十四届全国运动会在西安开幕。"):
        got = _renderings(zh, en)
        assert got[zh[: zh.index("在")]] == "14th National Games"


def test_an_edition_counted_as_a_session_gives_the_events_name() -> None:
    rows = [
        (
            "第135届中国进出口商品交易会在广州开幕，吸引了众多采购商。",
            "The 135th session of the China Import and Export Fair opened in Guangzhou, "
            "attracting many buyers.",
        )
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = _tsv(Path(tmp) / "fair.tsv", rows)
        pairs = mine_documents([read_document(path)])
    ranks = {p.zh: i for i, p in enumerate(pairs)}
    name = next(p for p in pairs if p.zh == "中国进出口商品交易会")
    assert name.en == "China Import and Export Fair"
    edition = "第135届中国进出口商品交易会"
    assert edition not in ranks or ranks[edition] > ranks[name.zh]


def test_a_noun_in_ing_before_a_comma_has_no_object() -> None:
    # "reading, advance ...": the comma ends the phrase; "advance" is no object.
    got = _renderings(
        "我们要深入推进全民阅读，建设书香社会。",
        "We will further promote nationwide reading, build a society of avid readers.",
    )
    assert got["全民阅读"] == "nationwide reading"


def test_an_infinitive_inside_a_title_case_name_is_part_of_the_name() -> None:
    got = _renderings(
        "国家启动了中华文明探源工程。",
        "The state launched the Project to Trace the Origins of Chinese Civilization.",
    )
    assert got["中华文明探源工程"] == "Project to Trace the Origins of Chinese Civilization"


def _links_word(zh: str, en: str, word: str, english: str) -> bool:
    """Whether a unit of ``word`` in the Chinese links the English token ``english``."""
    lex = base_lexicon()
    units = zh_units(join_known(zh_tokens(zh), lex), lex)
    side = en_side(en)
    k = next(k for k, t in enumerate(side.tokens) if t.text == english)
    return any(u.text == word and k in lk for u, lk in zip(units, link(units, side), strict=True))


def test_an_acronym_spelled_out_in_the_sentence_links_like_its_words() -> None:
    zh = "我们要促进中医药传承创新，建设一批中医医院。"
    en = (
        "We will promote the preservation and innovation of traditional Chinese medicine "
        "and build a number of TCM hospitals."
    )
    assert _links_word(zh, en, "中医", "TCM")
    assert _renderings(zh, en)["中医医院"] == "TCM hospitals"


def test_a_word_whose_english_stands_right_before_the_terms_is_its_modifier() -> None:
    # 节水 has a verb sense ("to save water") and starts no candidate; the English puts
    # "water-saving" right before "irrigation techniques": it modifies the term.
    got = _renderings(
        "各地大力推广节水灌溉技术。",
        "All localities have vigorously promoted water-saving irrigation techniques.",
    )
    assert got["节水灌溉技术"] == "water-saving irrigation techniques"
    assert got["灌溉技术"] == "irrigation techniques"
    # (Not a verb before its object: "promoted" is what was done.)
    assert "推广节水灌溉技术" not in got


def test_a_modifier_said_inside_a_hyphenated_word_goes_with_it() -> None:
    zh = "中国是近北极国家，是北极事务的重要利益攸关方。"
    en = "China is a Near-Arctic State and an important stakeholder in Arctic affairs."
    got = {p.zh: p for p in mine_pair(zh, en, base_lexicon())}
    assert got["近北极国家"].en == "Near-Arctic State"
    if "北极国家" in got:
        assert got["北极国家"].raw < got["近北极国家"].raw


def test_a_prefix_after_a_verbs_result_starts_a_term() -> None:
    # 用|好|超|长期: 超 follows single characters, and still starts "ultra-long ...".
    lex = base_lexicon()
    tokens = join_known(zh_tokens("我们要用好超长期特别国债。"), lex)
    assert "超长期特别国债" in [c.text for c in sentence_candidates(tokens, lex=lex)]


def test_a_verb_said_of_the_term_after_it_is_not_the_terms() -> None:
    # 全 of 全国 may mean "complete", and "complete" stands right after the term's
    # English: 完成 says it, as what the laboratories do.
    got = _renderings(
        "我们将支持更多全国重点实验室完成重组。",
        "We will help more national key laboratories complete their restructuring.",
    )
    assert got["全国重点实验室"] == "national key laboratories"


def test_a_country_said_by_one_character_links_its_name() -> None:
    # 老 "Laos", 吉 "Kyrgyzstan": senses of official texts CC-CEDICT lacks.
    zh = "中吉乌铁路和中老铁路都已开通。"
    en = "Both the China-Kyrgyzstan-Uzbekistan Railway and the China-Laos Railway are open."
    assert _links_word(zh, en, "老", "China-Laos")
    assert _links_word(zh, en, "吉", "China-Kyrgyzstan-Uzbekistan")
    got = _renderings(zh, en)
    assert got["中老铁路"] == "China-Laos Railway"
    assert got["中吉乌铁路"] == "China-Kyrgyzstan-Uzbekistan Railway"


def test_a_known_word_nothing_in_the_english_says_is_no_silent_head() -> None:
    # 图片 (a picture's caption the layout ran into the text) is in the dictionary, and
    # every English word is another word's: the name ends before it.
    zh = "我们深入学习习近平外交思想图片，推动各项工作。"
    en = "We studied Xi Jinping Thought on Diplomacy in depth and advanced all our work."
    got = {p.zh: p for p in mine_pair(zh, en, base_lexicon())}
    assert got["习近平外交思想"].en == "Xi Jinping Thought on Diplomacy"
    if "习近平外交思想图片" in got:
        assert got["习近平外交思想图片"].raw < got["习近平外交思想"].raw


def test_a_words_whole_gloss_is_its_rendering_even_opening_with_a_verb() -> None:
    got = _renderings(
        "我们要坚持守正创新，推动文化繁荣。",
        "We must uphold fundamental principles and break new ground, and promote cultural "
        "prosperity.",
    )
    assert got["守正创新"] == "uphold fundamental principles and break new ground"


def test_a_verb_said_as_an_ing_modifier_right_before_the_term_is_its_modifier() -> None:
    got = _renderings(
        "我们扩大种植收入保险试点。", "We expanded pilots of planting income insurance."
    )
    assert got["种植收入保险"] == "planting income insurance"


def test_a_list_of_heritage_is_its_list() -> None:
    # 名录 is a "directory" to CC-CEDICT; official texts say "list".
    got = _renderings(
        "大运河已列入《世界遗产名录》。",
        "The Grand Canal has been inscribed on the World Heritage List.",
    )
    assert got["世界遗产名录"] == "World Heritage List"


def test_a_word_of_jiebas_that_the_dictionary_lacks_is_a_term_before_a_noun() -> None:
    # 法律援助 is one jieba token CC-CEDICT lacks; before 覆盖面 it is a term of its own.
    zh = "各地扩大法律援助覆盖面，让困难群众打得起官司。"
    lex = base_lexicon()
    tokens = join_known(zh_tokens(zh), lex)
    cand = next(c for c in sentence_candidates(tokens, lex=lex) if c.text == "法律援助")
    assert termhood(cand, tokens, lex) >= 0.4
    got = _renderings(
        zh,
        "Localities have expanded the coverage of legal aid so that people in difficulty "
        "can afford lawsuits.",
    )
    assert got["法律援助"] == "legal aid"


def test_wisdom_is_smart_in_official_texts() -> None:
    pair = _scored(
        "各级法院加快推进智慧法院建设。",
        "Courts at all levels have stepped up the building of smart courts.",
        "智慧法院",
    )
    assert pair.en == "smart courts"
    assert pair.fit >= 0.9  # (a weak synonym of "wisdom" would leave it near 0.66)


def test_a_route_is_a_corridor_and_joint_transport_intermodal() -> None:
    got = _renderings(
        "钦州港开通了新的铁海联运通道。", "Qinzhou Port opened a new rail-sea intermodal corridor."
    )
    assert got["铁海联运通道"] == "rail-sea intermodal corridor"


def test_a_number_of_centuries_starts_a_name() -> None:
    got = _renderings(
        "两国同意共建21世纪海上丝绸之路。",
        "The two countries agreed to jointly build the 21st Century Maritime Silk Road.",
    )
    assert got.get("21世纪海上丝绸之路") == "21st Century Maritime Silk Road"


def test_a_quantifier_or_a_passive_verb_after_a_subject_ends_the_term() -> None:
    got = _renderings(
        "全省的贫困县全部摘帽。",
        "All the impoverished counties in the province were lifted out of poverty.",
    )
    assert got.get("贫困县") == "impoverished counties"
    got = _renderings(
        "中巴地球资源卫星被誉为合作的典范。",
        "The China-Brazil Earth Resources Satellite is hailed as a model of cooperation.",
    )
    assert "中巴地球资源卫星被誉为" not in got
    assert got.get("中巴地球资源卫星") == "China-Brazil Earth Resources Satellite"


def test_a_verb_said_after_its_subject_is_no_part_of_the_term() -> None:
    got = _renderings(
        "中央文件聚焦乡村振兴。", "The central document focuses on rural revitalization."
    )
    assert "中央文件聚焦乡村振兴" not in got  # (the whole sentence)
    assert got.get("中央文件") == "central document"


def test_a_basic_strategy_heads_a_long_name() -> None:
    got = _renderings(
        "我们始终坚持精准扶贫精准脱贫基本方略。",
        "We have always followed the basic strategy of targeted poverty reduction and alleviation.",
    )
    assert got.get("精准扶贫精准脱贫基本方略") == (
        "basic strategy of targeted poverty reduction and alleviation"
    )


def test_special_before_a_word_jieba_cut_from_it_is_part_of_the_name() -> None:
    got = _renderings(
        "人民币已纳入特别提款权货币篮子。",
        "The RMB has been included in the Special Drawing Rights currency basket.",
    )
    assert got.get("特别提款权货币篮子") == "Special Drawing Rights currency basket"


def test_two_bodies_named_side_by_side_and_joined_by_and_are_one() -> None:
    got = _renderings(
        "中央纪委国家监委网站发布了通报。",
        "The website of the Central Commission for Discipline Inspection and the National "
        "Commission of Supervision released a circular.",
    )
    assert got.get("中央纪委国家监委") == (
        "Central Commission for Discipline Inspection and the National Commission of Supervision"
    )
    assert got.get("国家监委") == "National Commission of Supervision"


def test_a_participle_after_an_ing_verb_modifies_its_object() -> None:
    # "protecting | cultivated land": no subject, verb and object ("countries signed
    # documents"), so the span may hold it.
    got = _renderings(
        "各地发放耕地保护补贴。",
        "Localities have paid out subsidies for protecting cultivated land.",
    )
    assert got.get("耕地保护补贴") == "subsidies for protecting cultivated land"


def test_a_word_that_only_holds_its_english_does_not_block_its_own_longer_term() -> None:
    # 党内 "intra-Party" is too short to be proposed, but holds its English; 党内监督
    # holds it too, and 监督 is said by a word the dictionary lacks ("oversight").
    got = _renderings(
        "巡视是党内监督的重要方式。", "Inspection is an important means of intra-Party oversight."
    )
    assert got.get("党内监督") == "intra-Party oversight"


def test_oversight_and_farmland_are_official_senses() -> None:
    pair = _scored(
        "巡视是党内监督的重要方式。",
        "Inspection is an important means of intra-Party oversight.",
        "党内监督",
    )
    assert pair.en == "intra-Party oversight"
    assert pair.fit >= 0.9  # (with 监督 unsaid, about 0.6)
    got = _renderings(
        "保持耕地地力保护补贴稳定。",
        "Keep subsidies for protecting cultivated land fertility stable.",
    )
    assert got.get("耕地地力") == "cultivated land fertility"


def test_a_long_name_closed_by_plain_words_is_a_span_to_try_whole() -> None:
    # (Past four title-case words, when a lower-case word closes the name; headings run
    # together by the layout go on in title case and stay cut.)
    side = en_side(
        "The State Flood Control and Drought Relief Headquarters promptly raised its "
        "flood control emergency response level."
    )
    words = [t.text for t in side.tokens]
    lo, hi = words.index("State"), words.index("Flood")
    spans = {span_text(side, a, b) for a, b in _variants(side, lo, hi, len(words))}
    assert "State Flood Control and Drought Relief Headquarters" in spans
    side = en_side("Forging Ahead on a New Journey State Flood Control and Drought Relief Work")
    words = [t.text for t in side.tokens]
    lo, hi = words.index("State"), words.index("Flood")
    spans = {span_text(side, a, b) for a, b in _variants(side, lo, hi, len(words))}
    assert "State Flood Control and Drought Relief Work" not in spans


def test_the_extent_of_a_term_said_by_a_word_outside_it_is_no_rendering() -> None:
    got = _renderings(
        "人民币跨境支付系统覆盖范围不断扩大。",
        "The coverage of the Cross-Border Interbank Payment System has kept expanding.",
    )
    assert got.get("人民币跨境支付系统") == "Cross-Border Interbank Payment System"


def test_a_key_modifier_first_may_start_a_long_campaign_name() -> None:
    got = _renderings(
        "中方持续推进重点海域综合治理攻坚战。",
        "China has continued the battle for the comprehensive management of key sea areas.",
    )
    assert got.get("重点海域综合治理攻坚战") == (
        "battle for the comprehensive management of key sea areas"
    )


def test_assistance_and_overall_are_official_senses() -> None:
    got = _renderings(
        "健全防止返贫动态监测和帮扶机制。",
        "We will improve the dynamic monitoring and assistance mechanism for preventing "
        "people from falling back into poverty.",
    )
    assert got.get("帮扶机制") == "assistance mechanism"
    pair = _scored(
        "健全防止返贫动态监测和帮扶机制。",
        "We will improve the dynamic monitoring and assistance mechanism for preventing "
        "people from falling back into poverty.",
        "动态监测和帮扶机制",
    )
    assert pair.en == "dynamic monitoring and assistance mechanism"
    assert pair.fit >= 0.95  # (with 帮扶 unknown to the dictionary, about 0.83)


def test_a_bare_verb_after_a_word_of_its_clause_ends_no_span() -> None:
    side = en_side("Organizations under inspection fulfill their primary responsibility.")
    words = [t.text for t in side.tokens]
    assert not side.last_ok[words.index("fulfill")]  # ("inspection fulfill" is no term)
    side = en_side("We will provide policy support to enterprises.")
    words = [t.text for t in side.tokens]
    assert side.last_ok[words.index("support")]  # (a noun too: "policy support")


def test_zero_before_a_word_is_the_prefix_zero_not_a_count() -> None:
    got = _renderings(
        "各地要确保零就业家庭至少有一人就业。",
        "All localities must ensure that every zero-employment household has at least one "
        "member in work.",
    )
    assert got.get("零就业家庭") == "zero-employment household"
    # (No number first either, which costs termhood: the prefix is part of the name.)
    lex = base_lexicon()
    tokens = join_known(zh_tokens("确保零就业家庭动态清零。"), lex)
    th = {c.text: termhood(c, tokens, lex) for c in sentence_candidates(tokens, lex=lex)}
    assert th["零就业家庭"] >= th["就业家庭"]


def test_a_suffix_cut_from_its_word_starts_no_candidate() -> None:
    lex = base_lexicon()
    for tokens in (("新增", "普惠", "性", "托位"), ("建设", "生育", "友好", "型", "社会")):
        texts = [c.text for c in sentence_candidates(tokens, lex=lex)]
        assert not [t for t in texts if t[0] in "性型"], texts
        assert "".join(tokens[1:]) in texts  # (the whole name is still one)


def test_health_and_social_security_words_have_their_official_senses() -> None:
    got = _renderings(
        "我们将健全多层次医疗保障体系，加强村卫生室建设。",
        "We will improve the multi-tiered medical security system and strengthen the "
        "building of village clinics.",
    )
    assert got.get("多层次医疗保障体系") == "multi-tiered medical security system"
    # (A plural in -ics meets its singular: "clinics" is 卫生室 "clinic".)
    assert got.get("村卫生室") == "village clinics"
    got = _renderings(
        "推进紧密型医疗联合体建设，发展康复辅助器具产业。",
        "We will build close-knit medical consortiums and develop the rehabilitation "
        "assistive devices industry.",
    )
    assert got.get("紧密型医疗联合体") == "close-knit medical consortiums"
    assert got.get("康复辅助器具产业") == "rehabilitation assistive devices industry"


def test_a_noun_in_ing_before_its_purpose_is_no_verb() -> None:
    got = _renderings(
        "双方同意扩大本币融资，支持贸易投资。",
        "The two sides agreed to expand local currency financing to support trade and investment.",
    )
    assert got.get("本币融资") == "local currency financing"
    side = en_side("Developing countries are working to build capacity.")
    words = [t.text for t in side.tokens]
    assert side.verb_like[words.index("working")]  # (after its plural subject: a verb)


def test_a_slogan_of_verbs_jieba_cut_is_one_term() -> None:
    got = _renderings(
        "我们将秉持共商共建共享原则，深化务实合作。",
        "We will follow the principle of extensive consultation, joint contribution and "
        "shared benefits, and deepen practical cooperation.",
    )
    assert got.get("共商共建共享") == (
        "extensive consultation, joint contribution and shared benefits"
    )
    assert got.get("共商共建共享原则") == (
        "principle of extensive consultation, joint contribution and shared benefits"
    )


def test_a_dash_between_names_is_no_word_of_a_long_name() -> None:
    got = _renderings(
        "双方同意成立中国－中亚机制常设秘书处。",
        "The two sides agreed to set up a permanent secretariat of the China-Central Asia "
        "mechanism.",
    )
    assert got.get("中国－中亚机制常设秘书处") == (
        "permanent secretariat of the China-Central Asia mechanism"
    )


def test_a_verb_first_that_the_english_says_nowhere_is_no_part_of_the_term() -> None:
    got = _renderings(
        "自贸港将成为联通国内国际双循环的重要枢纽。",
        'The free trade port will become an important hub facilitating the "dual '
        'circulation" of domestic and overseas markets.',
    )
    # 联通 "to link" is said as "facilitating": it acts on the term.
    assert "联通国内国际双循环" not in got
    assert got.get("国内国际双循环", "").startswith("dual circulation")


def test_a_formula_s_role_said_by_a_participle_is_part_of_its_rendering() -> None:
    got = _renderings(
        "我们要维护以国际法为基础的国际秩序，促进共同发展。",
        "We will uphold the international order underpinned by international law, and "
        "promote common development.",
    )
    assert got.get("以国际法为基础的国际秩序") == (
        "international order underpinned by international law"
    )


def test_an_adverb_grading_an_adjective_may_open_a_term() -> None:
    got = _renderings(
        "中方将推动普惠包容的经济全球化。",
        "China will promote universally beneficial and inclusive economic globalization.",
    )
    assert got.get("普惠包容的经济全球化") == (
        "universally beneficial and inclusive economic globalization"
    )
    side = en_side("China will firmly uphold multilateralism.")
    assert not side.first_ok[[t.text for t in side.tokens].index("firmly")]


def test_a_plural_noun_before_are_is_the_subject_not_a_verb() -> None:
    got = _renderings(
        "民心相通是务实合作的社会基础。",
        "People-to-people bonds are the social foundation of practical cooperation.",
    )
    assert got.get("民心相通") == "People-to-people bonds"
    side = en_side("China supports the initiative.")
    assert not side.last_ok[1]  # ("China supports": a subject and its verb)


def test_a_name_is_rendered_without_the_noun_after_it_that_it_says_already() -> None:
    got = _renderings(
        "今年中欧班列开行一万余列。",
        "China-Europe Railway Express trains have made more than 10,000 trips this year.",
    )
    # 班列 is the "Express" and the "trains": the name is the term.
    assert got.get("中欧班列") == "China-Europe Railway Express"
    # (Where one gloss says the name and the noun, the noun is the term's.)
    got = _renderings(
        "长江流域水质持续改善。", "Water quality in the Yangtze River basin continued to improve."
    )
    assert got.get("长江流域") == "Yangtze River basin"


def test_land_and_sea_is_one_word_of_official_senses() -> None:
    pair = _scored(
        "广西积极参与西部陆海新通道建设。",
        "Guangxi is actively involved in building the New International Land-Sea Trade Corridor.",
        "陆海新通道",
    )
    assert pair.en == "New International Land-Sea Trade Corridor"
    assert pair.fit >= 0.9  # (through the characters 陆 and 海 alone, about 0.82)


def test_what_a_subject_is_or_is_to_do_ends_the_term() -> None:
    got = _renderings(
        "今年赤字率拟按3%左右安排。",
        "This year, the deficit-to-GDP ratio is projected at around 3 percent.",
    )
    assert got.get("赤字率") == "deficit-to-GDP ratio"
    assert not any(zh.endswith("拟") or "拟按" in zh for zh in got)
    got = _renderings(
        "香港问题纯属中国内政。", "The Hong Kong question is purely China's internal affair."
    )
    assert got.get("香港问题") == "Hong Kong question"


def test_finance_justice_and_education_words_have_their_official_senses() -> None:
    got = _renderings(
        "深化科创板、创业板改革，办好北京证券交易所。",
        "We will deepen the reform of the STAR Market and the ChiNext market and run the "
        "Beijing Stock Exchange well.",
    )
    assert got.get("科创板") == "STAR Market"
    assert got.get("创业板") == "ChiNext market"
    got = _renderings(
        "检察机关全面推进公益诉讼，落实认罪认罚从宽制度。",
        "Procuratorates pressed ahead with public interest litigation and applied the "
        "system of leniency for those who plead guilty and accept punishment.",
    )
    assert got.get("检察机关") == "Procuratorates"
    assert got.get("认罪认罚") == "plead guilty and accept punishment"
    got = _renderings(
        "加强师德师风建设，完善地理标志保护制度。",
        "We will strengthen the ethics and conduct of teachers and improve the system for "
        "protecting geographical indications.",
    )
    assert got.get("师德师风") == "ethics and conduct of teachers"
    assert got.get("地理标志") == "geographical indications"
    got = _renderings(
        "加强进出境动植物检疫，严防外来有害生物入侵。",
        "We will strengthen quarantine of animals and plants entering and leaving the "
        "country and prevent the invasion of alien pests.",
    )
    assert got.get("外来有害生物") == "alien pests"


def test_a_verb_with_a_suffix_cut_from_it_is_a_modifier() -> None:
    got = _renderings(
        "加强对影子银行和资管产品的穿透式监管。",
        "We will strengthen look-through regulation of shadow banking and asset management "
        "products.",
    )
    assert got.get("穿透式监管") == "look-through regulation"
    got = _renderings("推动形成开放式创新生态。", "We will foster an open innovation ecosystem.")
    assert got.get("开放式创新生态") == "open innovation ecosystem"


def test_a_determiner_is_no_part_of_a_term() -> None:
    got = _renderings(
        "依法将所有金融活动纳入监管。",
        "All financial activities will be brought under regulation in accordance with the law.",
    )
    assert got.get("金融活动") == "financial activities"
    assert "所有金融活动" not in got


def test_an_adverb_before_the_verb_ends_no_term() -> None:
    got = _renderings(
        "中央生态环境保护督察全面开展，推动解决一批突出问题。",
        "Central inspections on ecological and environmental protection were conducted in "
        "full, helping to solve a number of prominent problems.",
    )
    assert (
        got.get("中央生态环境保护督察")
        == "Central inspections on ecological and environmental protection"
    )
    assert "中央生态环境保护督察全面" not in got


def test_a_verb_of_official_prose_starts_no_term() -> None:
    lex = base_lexicon()

    def texts(zh: str) -> list[str]:
        return [c.text for c in sentence_candidates(join_known(zh_tokens(zh), lex), lex=lex)]

    # An adverb jieba glued to its verb (全面|完成 as one token) ...
    got = texts("我国全面完成联合国维和能力待命机制各项任务。")
    assert "联合国维和能力待命机制" in got
    assert not [t for t in got if t.startswith("全面完成")], got
    # ... and a verb the dictionary also glosses as an adjective ("practical").
    got = texts("各地要落实碳达峰碳中和目标。")
    assert "碳达峰碳中和目标" in got
    assert not [t for t in got if t.startswith("落实")], got
    # (An adverb that opens terms still does: 全面战略伙伴关系.)
    assert "全面战略伙伴关系" in texts("两国建立全面战略伙伴关系。")


def test_a_prepositions_object_ends_before_the_verb(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    got = _mine_rows(
        tmp_path_factory,
        [
            (
                "该奖学金计划向所有联合国会员国开放。",
                "The scholarship program is open to all UN member states.",
            )
        ],
    )
    assert got["联合国会员国"][0] == "UN member states"
    opened = got.get("联合国会员国开放")
    assert opened is None or opened[1] < got["联合国会员国"][1], opened
    # (A verb inside the object is no clause's verb: 对|商标恶意注册|行为.)
    got_pair = _renderings(
        "国家知识产权局加大对商标恶意注册行为的打击力度。",
        "The China National Intellectual Property Administration stepped up efforts to crack "
        "down on malicious trademark registration.",
    )
    assert got_pair.get("商标恶意注册") == "malicious trademark registration"


def test_a_formulas_noun_phrase_ends_before_the_verb_after_it() -> None:
    got = _renderings(
        "以习近平同志为核心的党中央经过深思熟虑，作出了这一重大决策。",
        "After careful deliberation, the CPC Central Committee with Comrade Xi Jinping at "
        "its core made this major decision.",
    )
    assert (
        got.get("以习近平同志为核心的党中央")
        == "CPC Central Committee with Comrade Xi Jinping at its core"
    )
    # (A verb inside the noun phrase, before its head, is no end of it.)
    got = _renderings(
        "建立以信用为基础的新型监管机制。",
        "We will establish a new credit-based regulatory mechanism.",
    )
    assert got.get("以信用为基础的新型监管机制") == "new credit-based regulatory mechanism"


def test_what_an_ordinal_counts_is_a_thing_even_with_a_verb_first() -> None:
    lex = base_lexicon()
    for zh, term in (
        ("第二个实施周期将于明年启动。", "实施周期"),
        ("这是首个监测周期的成果。", "监测周期"),
    ):
        texts = [c.text for c in sentence_candidates(zh_tokens(zh), lex=lex)]
        assert term in texts, texts
    got = _renderings(
        "第二个履约周期配额清缴完成率超过99%。",
        "In the second compliance period, the allowance surrender completion rate exceeded "
        "99 percent.",
    )
    assert got.get("履约周期") == "compliance period"


def test_science_ecology_and_trade_remedy_words_have_their_official_senses() -> None:
    got = _renderings(
        "健全新型举国体制，加强载人航天工程建设。",
        "We will improve the new system for mobilizing resources nationwide and strengthen "
        "the manned spaceflight program.",
    )
    assert got.get("新型举国体制") == "new system for mobilizing resources nationwide"
    assert got.get("载人航天工程") == "manned spaceflight program"
    got = _renderings(
        "我们要大力发展航天事业，实现航天梦想。",
        "We will vigorously develop the space industry and realize our dream.",
    )
    assert got.get("航天事业") == "space industry"
    assert got.get("航天梦想") != "space industry"
    got = _renderings(
        "调查机关初步裁定倾销对国内产业造成了实质损害。",
        "The investigating authority made a preliminary ruling that the dumping caused "
        "material injury to the domestic industry.",
    )
    assert got.get("实质损害") == "material injury"
    got = _renderings(
        "我们要守护好这里的绿水青山。", "We must protect the lucid waters and lush mountains here."
    )
    assert got.get("绿水青山") == "lucid waters and lush mountains"


def test_a_fund_named_for_two_things_shares_its_head() -> None:
    got = _renderings(
        "中国—联合国和平与发展基金支持了多个项目。",
        "The China-UN Peace and Development Fund has supported a number of projects.",
    )
    assert got.get("中国—联合国和平与发展基金") == "China-UN Peace and Development Fund"


def test_the_central_governments_jurisdiction_has_its_official_sense() -> None:
    got = _renderings(
        "香港回归后，中央对香港拥有全面管治权。",
        "Since Hong Kong's return, the central government has exercised overall "
        "jurisdiction over Hong Kong.",
    )
    assert got.get("全面管治权") == "overall jurisdiction"


def test_fixed_official_terms_have_their_official_renderings() -> None:
    got = _renderings(
        "坚持总体国家安全观，实现高水平科技自立自强。",
        "We will follow a holistic approach to national security and achieve greater "
        "self-reliance and strength in science and technology.",
    )
    assert got.get("总体国家安全观") == "holistic approach to national security"
    assert got.get("科技自立自强") == "self-reliance and strength in science and technology"
    got = _renderings(
        "驻外使领馆做好领事保护工作。",
        "Diplomatic and consular missions abroad provided consular protection.",
    )
    assert got.get("驻外使领馆") == "Diplomatic and consular missions abroad"


def test_a_set_saying_with_a_function_word_inside_is_one_term() -> None:
    lex = base_lexicon()
    tokens = join_known(zh_tokens("我们牢固树立绿水青山就是金山银山的理念。"), lex)
    assert "绿水青山就是金山银山" in tokens
    got = _renderings(
        "我们牢固树立绿水青山就是金山银山的理念。",
        "We firmly uphold the concept that lucid waters and lush mountains are invaluable assets.",
    )
    assert got.get("绿水青山就是金山银山") == (
        "lucid waters and lush mountains are invaluable assets"
    )


def test_a_quoted_name_may_have_a_word_on_each_side() -> None:
    lex = base_lexicon()
    tokens = join_known(zh_tokens("中国已同150多个共建“一带一路”国家签署合作文件。"), lex)
    texts = [c.text for c in sentence_candidates(tokens, lex=lex)]
    assert "共建“一带一路”国家" in texts
    got = _renderings(
        "中国已同150多个共建“一带一路”国家签署合作文件。",
        "China has signed cooperation documents with more than 150 countries participating "
        "in the Belt and Road Initiative.",
    )
    assert got.get("共建“一带一路”国家") == (
        "countries participating in the Belt and Road Initiative"
    )


def test_a_term_inside_a_longer_one_is_offered_below_it() -> None:
    """贸易救济 "trade remedy" only inside 贸易救济措施 "trade remedy measures": nested
    the same way on both sides, it is offered well below the longer pair even when its
    boundaries read only moderately as a term's (it has no strong boundary there)."""
    longer = Scored("贸易救济措施", "trade remedy measures", (0, 6), (4, 6), 1.0, 0.8, 1.0, 1.0)
    longer.raw = 4.5
    part = Scored("贸易救济", "trade remedy", (0, 4), (4, 5), 0.85, 0.45, 1.0, 1.0)
    part.raw = 3.0
    weak = Scored("救济", "remedy", (2, 4), (5, 5), 0.85, 0.3, 1.0, 1.0)
    weak.raw = 2.0
    out = {p.zh: p for p in competitive_link([longer, part, weak])}
    assert out["贸易救济措施"].raw == 4.5
    assert out["贸易救济"].raw == pytest.approx(1.0)  # (demoted, not dropped)
    assert "救济" not in out  # (too weak a term to offer)


def test_a_span_with_the_english_of_the_other_conjunct_fits_worse() -> None:
    """城市群|和|都市圈…: a candidate that starts at the second conjunct does not say the
    first, so "… in city clusters and metropolitan areas" is not its English, and the
    first conjunct keeps its own."""
    zh = "各地要加强城市群和都市圈公共服务体系建设。"
    en = (
        "Local governments should strengthen public service systems in city clusters "
        "and metropolitan areas."
    )
    found = mine_pair(zh, en, base_lexicon())
    got = {p.zh: p for p in found}
    assert got["城市群"].en == "city clusters"
    whole = got["城市群和都市圈公共服务体系"]
    assert whole.en == "public service systems in city clusters and metropolitan areas"
    part = got.get("都市圈公共服务体系")
    assert part is None or part.raw < whole.raw


def test_a_span_never_ends_inside_the_english_of_a_word_beside_it() -> None:
    # "city clusters" is 城市群's: "rail transit in city" cuts it in two.
    got = _renderings(
        "推进城市群和都市圈轨道交通建设。",
        "We will advance the construction of rail transit in city clusters and metropolitan areas.",
    )
    assert got["城市群"] == "city clusters"
    assert not [en for en in got.values() if en.endswith(" city")]


def test_a_noun_in_ing_first_is_no_clause() -> None:
    # "marketing" names the authorization; it is no verb with 医疗器械 as its subject.
    got = _renderings(
        "我国全面推行医疗器械上市许可持有人制度。",
        "China has fully introduced the marketing authorization holder system for medical devices.",
    )
    assert got.get("医疗器械上市许可持有人制度") == (
        "marketing authorization holder system for medical devices"
    )


def test_latin_nouns_match_their_verbs() -> None:
    for noun, verb in [("emissions", "emit"), ("invasive", "invade"), ("decision", "decide"),
                       ("admission", "admit"), ("revision", "revise")]:  # fmt: skip
        assert word_keys(noun)[1] == word_keys(verb)[1], (noun, verb)
    assert word_keys("mission")[1] != word_keys("emit")[1]
    # 排放 "to emit" is said by "emissions", 入侵 "to invade" by "invasion".
    got = _renderings(
        "各地要有效控制机动车尾气排放。",
        "Local governments must effectively control motor vehicle exhaust emissions.",
    )
    assert got.get("机动车尾气排放") == "motor vehicle exhaust emissions"
    got = _renderings(
        "他们共同抵御有害生物入侵。",
        "They jointly guard against the invasion of harmful organisms.",
    )
    assert got.get("有害生物入侵") == "invasion of harmful organisms"
    assert got.get("共同抵御有害生物") != "invasion of harmful organisms"


def test_a_latin_prefix_closed_up_is_said_by_its_own_word() -> None:
    # "macroprudential" = macro (宏观) + prudential (审慎); "counterterrorism" = 反 + 恐怖主义.
    assert "~macro" in compound_keys("macroprudential")
    assert "~count" in compound_keys("countercyclical")
    zh = "央行不断完善宏观审慎评估体系。"
    en = "The central bank kept improving its macroprudential assessment system."
    assert _scored(zh, en, "宏观审慎评估体系").fit > 0.85
    got = _renderings(
        "国家加强反恐怖主义国际合作。",
        "China strengthens international cooperation on counterterrorism.",
    )
    assert got.get("反恐怖主义") == "counterterrorism"


def test_a_long_list_of_terms_is_rendered_to_its_end() -> None:
    got = _renderings(
        "各地加快建设现代化基础设施体系，推进城市更新行动和老旧小区改造，完善公共卫生服务体系、"
        "养老服务体系和托育服务体系，建设一批区域医疗中心和职业技能培训基地，扩大农村客运班线"
        "覆盖范围，提升防灾减灾救灾能力。",
        "Localities accelerated the building of a modern infrastructure system, advanced the "
        "urban renewal initiative and the renovation of old residential compounds, improved the "
        "public health service system, the elderly care service system and the childcare service "
        "system, built a number of regional medical centers and vocational skills training bases, "
        "expanded the coverage of rural passenger bus routes, and enhanced capacity for disaster "
        "prevention, mitigation and relief.",
    )
    assert got.get("老旧小区改造") == "renovation of old residential compounds"
    assert got.get("托育服务体系") == "childcare service system"


def test_a_term_is_offered_in_its_base_form_where_the_text_has_it(tmp_path: Path) -> None:
    rows = [
        (
            "各经济特区要勇于改革创新。",
            "The special economic zones must be bold in reform and innovation.",
        ),
        (
            "这个经济特区四十年来发展很快。",
            "This special economic zone has grown fast in forty years.",
        ),
    ]
    got = {p.zh: p.en for p in mine_documents([read_document(_tsv(tmp_path / "z.tsv", rows))])}
    assert got["经济特区"] == "special economic zone"
    # With the plural only, the plural it is.
    rows = rows[:1]
    got = {p.zh: p.en for p in mine_documents([read_document(_tsv(tmp_path / "p.tsv", rows))])}
    assert got["经济特区"] == "special economic zones"


def test_a_plural_after_a_name_with_nothing_after_it_is_no_verb() -> None:
    # "China supports ..." is a subject and its verb; "WTO rules." has no object.
    got = _renderings("我们遵守世贸组织规则。", "We abide by WTO rules.")
    assert got.get("世贸组织规则") == "WTO rules"
    got = _renderings(
        "我们遵守世贸组织规则，反对单边主义。", "We abide by WTO rules, and oppose unilateralism."
    )
    assert got.get("世贸组织规则") == "WTO rules"


def test_a_superlative_before_a_noun_opens_a_term() -> None:
    lex = base_lexicon()
    assert "最严格" in join_known(zh_tokens("我国实行最严格的耕地保护制度。"), lex)
    got = _renderings(
        "我国实行最严格的耕地保护制度。", "China applies the strictest farmland protection system."
    )
    assert got.get("最严格的耕地保护制度") == "strictest farmland protection system"
    # After a noun it says something of the noun: "the city with the most consulates".
    tokens = join_known(zh_tokens("成都是外国领事机构最多的城市。"), lex)
    assert "最多" not in tokens and "领事机构" in "".join(tokens)
    got = _renderings(
        "中国将继续帮助最不发达国家实现发展。",
        "China will continue to help the least developed countries achieve development.",
    )
    assert got.get("最不发达国家") == "least developed countries"


def test_two_variants_of_a_term_may_share_its_english(tmp_path: Path) -> None:
    # 资本 and 资金 are both "capital": the glossary wants both Chinese forms.
    rows = [
        (
            "央行密切监测跨境资本流动。",
            "The central bank closely monitors cross-border capital flows.",
        ),
        (
            "我们要防范跨境资金流动风险。",
            "We must guard against the risks of cross-border capital flows.",
        ),
        (
            "外汇局加强跨境资金流动管理。",
            "SAFE has strengthened the management of cross-border capital flows.",
        ),
    ]
    got = {p.zh: p.en for p in mine_documents([read_document(_tsv(tmp_path / "v.tsv", rows))])}
    assert got.get("跨境资金流动") == "cross-border capital flows"
    assert got.get("跨境资本流动") == "cross-border capital flows"


def test_a_word_the_neighbour_says_exactly_is_not_the_candidates_loose_one() -> None:
    # "interference" is 干涉's; 内政 "internal affairs (of another country)" only
    # reaches it loosely.
    got = _renderings(
        "中方一贯反对干涉别国内政。",
        "China consistently opposes interference in other countries' internal affairs.",
    )
    assert got.get("干涉别国内政") == "interference in other countries' internal affairs"
    assert got.get("别国内政") != "interference in other countries' internal affairs"


def test_a_pair_moves_to_its_own_english_when_it_took_anothers() -> None:
    """Greedy linking gives "new-type power system" to 新型能源体系 first (its 能源
    reaches "power"); it has "new energy system" nearly as good, so it moves there and
    新型电力系统 gets its own English. Its parts offered under the wrong English go."""
    got = _renderings(
        "我们要加快建设新型能源体系，构建新型电力系统。",
        "We must speed up building a new energy system and build a new-type power system.",
    )
    assert got.get("新型能源体系") == "new energy system"
    assert got.get("新型电力系统") == "new-type power system"
    assert got.get("新型能源") != "new-type power"


def test_modifiers_have_the_adjective_senses_official_english_gives_them() -> None:
    # CC-CEDICT has 国家 only as "country; nation; state" and 关键 as "crucial point":
    # "national" and "critical" reached only loosely, and the shorter term won.
    zh = "我们将在中西部布局国家医学中心和国家区域医疗中心。"
    en = (
        "We will set up national medical centers and national regional medical centers "
        "in the central and western regions."
    )
    assert _scored(zh, en, "国家区域医疗中心").raw > _scored(zh, en, "医疗中心").raw
    zh = "各部门要加强关键信息基础设施安全保护。"
    en = (
        "All departments must strengthen the security protection of critical information "
        "infrastructure."
    )
    assert _scored(zh, en, "关键信息基础设施").raw > _scored(zh, en, "信息基础设施").raw


def test_shared_ownership_is_rendered_and_an_adverbial_set_phrase_opens_no_term() -> None:
    found = _renderings(
        "各城市将因地制宜发展共有产权住房。",
        "Cities will develop shared-ownership housing in light of local conditions.",
    )
    # 共有 "shared" and 产权 "ownership" (CC-CEDICT: "to have in all"; "property
    # right") ...
    assert found.get("共有产权住房") == "shared-ownership housing"
    # ... and 因地制宜 "in light of local conditions" is a term of its own but begins
    # no longer candidate ("develop ... housing in light of local conditions").
    lex = base_lexicon()
    tokens = join_known(zh_tokens("各城市将因地制宜发展共有产权住房。"), lex)
    texts = {c.text for c in sentence_candidates(tokens, lex=lex)}
    assert "因地制宜" in texts
    assert not any(t.startswith("因地制宜") and t != "因地制宜" for t in texts)


def test_a_launched_strategy_may_be_named_by_an_adverb_and_its_verb() -> None:
    found = _renderings(
        "我国将实施积极应对人口老龄化国家战略。",
        "China will implement the national strategy for actively responding to population aging.",
    )
    assert found.get("积极应对人口老龄化国家战略") == (
        "national strategy for actively responding to population aging"
    )
    # Elsewhere the adverb still ends a candidate.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("我们积极应对人口老龄化。"), lex)
    assert not any(c.text.startswith("积极") for c in sentence_candidates(tokens, lex=lex))


def test_common_official_vocabulary_has_its_official_senses() -> None:
    # CC-CEDICT: 欺诈 "to cheat", 发行 "to publish", 配额 "quota", 清缴 not at all.
    found = _renderings(
        "监管部门将依法严厉打击欺诈发行等违法行为。",
        "Regulators will crack down hard on fraudulent issuance and other illegal acts "
        "in accordance with the law.",
    )
    assert found.get("欺诈发行") == "fraudulent issuance"
    found = _renderings(
        "全国碳市场覆盖的重点排放单位须按时完成配额清缴。",
        "Key emitting entities covered by the national carbon market must complete "
        "allowance surrender on time.",
    )
    assert found.get("配额清缴") == "allowance surrender"


def test_a_titles_english_ends_with_its_sentence() -> None:
    # The title-case run of a book title stops where the English sentence ends: "It"
    # (or "We") after the years starts the next one.
    found = _renderings(
        "我们将落实《2015—2030年仙台减轻灾害风险框架》，推动国际合作。",
        "We will implement the Sendai Framework for Disaster Risk Reduction 2015-2030. "
        "We will also promote international cooperation.",
    )
    assert found.get("2015—2030年仙台减轻灾害风险框架") == (
        "Sendai Framework for Disaster Risk Reduction 2015-2030"
    )


def test_what_a_moved_pair_held_is_free_again() -> None:
    """世界卫生组织保持密切合作 first takes an English that runs from "health for all"
    over "and maintained close cooperation with ...", which keeps the community out;
    it then moves to its own English, and the linking runs again without the old one."""
    found = _renderings(
        "我国推动构建人类卫生健康共同体，同世界卫生组织保持密切合作。",
        "China has promoted the building of a global community of health for all and "
        "maintained close cooperation with the World Health Organization.",
    )
    assert found.get("人类卫生健康共同体") == "global community of health for all"


def test_a_prefix_written_apart_ends_no_span() -> None:
    # "micro" is the first of "micro and small businesses", no noun to end on.
    found = _renderings(
        "我们将扩大普惠小微贷款投放。",
        "We will extend more inclusive loans to micro and small businesses.",
    )
    assert not any(en.endswith("micro") for en in found.values())


def test_a_regulation_is_a_name_even_with_a_verb_inside() -> None:
    # 条例 heads a name as 法 does: 维护 inside it is part of the title, not a clause.
    found = _renderings(
        "香港特别行政区维护国家安全条例顺利完成立法。",
        "The Safeguarding National Security Ordinance of the Hong Kong Special "
        "Administrative Region was successfully enacted.",
    )
    assert found.get("香港特别行政区维护国家安全条例") == (
        "Safeguarding National Security Ordinance of the Hong Kong Special Administrative Region"
    )


def test_a_shared_derivational_root_links_more_surely_than_a_prefix() -> None:
    lex = base_lexicon()
    tokens = join_known(zh_tokens("生态补偿"), lex)
    units = zh_units(tokens, lex)
    side = en_side("ecological compensation and fair competition")
    links = link(units, side)
    eco = next(i for i, u in enumerate(units) if u.text == "生态")
    comp = next(i for i, u in enumerate(units) if u.text == "补偿")
    # "ecological" / "ecology" share "ecolog"; "compensation" / "compensate"
    # "compensat": surer than "competition", which shares only the prefix "compe".
    assert 0.7 < links[eco][0] < 1.0
    assert 0.7 < links[comp][1] < 1.0
    assert links[comp].get(4, 0.0) <= 0.7
    # So the term inside a longer one fits well enough to be offered too.
    found = _renderings(
        "今年全省下达生态补偿资金十二亿元。",
        "This year the province allocated 1.2 billion yuan in ecological compensation funds.",
    )
    assert found.get("生态补偿资金") == "ecological compensation funds"
    assert found.get("生态补偿") == "ecological compensation"


def test_an_event_that_went_well_is_no_term() -> None:
    # 成功|举办 reports the expo; "successful hosting of ..." is no name.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("推动中国—南亚博览会成功举办。"), lex)
    reported = [c for c in sentence_candidates(tokens, lex=lex) if c.text.endswith("成功举办")]
    assert reported
    assert all(termhood(c, tokens, lex) < 0.4 for c in reported)
    found = _renderings(
        "我们推动中国—南亚博览会成功举办。",
        "We facilitated the successful hosting of the China-South Asia Expo.",
    )
    assert found.get("中国—南亚博览会") == "China-South Asia Expo"
    assert not any(zh.endswith("举办") for zh in found)


def test_science_transport_and_court_vocabulary_has_its_official_senses() -> None:
    # CC-CEDICT: 码头 "dock; pier; wharf", 基金 "fund", 趋利性 not at all.
    found = _renderings(
        "上海港建成全球规模最大的自动化码头。",
        "Shanghai Port has built the world's largest automated terminal.",
    )
    assert found.get("自动化码头") == "automated terminal"
    found = _renderings(
        "该项目获得国家自然科学基金资助。",
        "The project is funded by the National Natural Science Foundation of China.",
    )
    assert found.get("国家自然科学基金") == "National Natural Science Foundation of China"
    found = _renderings(
        "坚决防止趋利性执法。", "We will resolutely prevent profit-driven law enforcement."
    )
    assert found.get("趋利性执法") == "profit-driven law enforcement"


def test_two_modifiers_before_a_head_jieba_glued_to_the_second() -> None:
    # 关键|核心技术 = "key and core technologies": 核心技术 says "core" and the head
    # "technologies", so the "and" joins two modifiers of one term, not two words set
    # side by side for the sentence (世界|经济|贸易 = "world economy and trade").
    zh = "我们将加强关键核心技术研发。"
    en = "We will strengthen research and development of key and core technologies."
    found = _renderings(zh, en)
    assert found.get("关键核心技术") == "key and core technologies"
    lex = base_lexicon()
    tokens = join_known(zh_tokens(zh), lex)
    cand = next(c for c in sentence_candidates(tokens, lex=lex) if c.text == "关键核心技术")
    # (Its termhood is not cut as a phrase made for the sentence.)
    assert _scored(zh, en, "关键核心技术").termhood == termhood(cand, tokens, lex)


def test_an_evaluative_word_the_candidate_says_may_open_its_rendering() -> None:
    # "great" and "strong" open no span by themselves ("huge | atomic gas"), but here
    # the candidate's own 大国 and 强 say them.
    found = _renderings(
        "大力培养大国工匠、能工巧匠和高技能人才。",
        "We will vigorously cultivate great craftsmen, skilled artisans and highly "
        "skilled workers.",
    )
    assert found.get("大国工匠") == "great craftsmen"
    found = _renderings(
        "加快建设海洋强国。",
        "We will accelerate efforts to build China into a strong maritime country.",
    )
    assert found.get("海洋强国") == "strong maritime country"
    # An evaluative word of the Chinese is a description, not part of the term: 巨大
    # says "huge", and the term is the "atomic gas structure".
    found = _renderings(
        "科学家在星系群周围发现了一个巨大原子气体系统。",
        "Scientists discovered a huge atomic gas structure around the galaxy group.",
    )
    assert found.get("原子气体系统") == "atomic gas structure"
    assert not any(en.startswith("huge") for en in found.values())
    # Nothing of 成效 says "remarkable": the span still does not open on it.
    found = _renderings(
        "两国合作取得显著成效。", "The two countries' cooperation has achieved remarkable results."
    )
    assert not any(en.startswith("remarkable") for en in found.values())


def test_the_partner_of_a_preposition_and_a_verb_after_it_make_a_clause() -> None:
    # 同|联合国教科文组织|保持|密切合作: "with UNESCO | maintained | close cooperation";
    # the name is the term, the rest says what was done with it.
    zh = "我国同联合国教科文组织保持密切合作，向受灾国家提供紧急人道主义援助。"
    en = (
        "China has maintained close cooperation with UNESCO and provided emergency "
        "humanitarian assistance to disaster-stricken countries."
    )
    lex = base_lexicon()
    tokens = join_known(zh_tokens(zh), lex)
    cands = {c.text: c for c in sentence_candidates(tokens, lex=lex)}
    clause = cands["联合国教科文组织保持密切合作"]
    assert termhood(clause, tokens, lex) < termhood(cands["联合国教科文组织"], tokens, lex) - 0.3
    found = _renderings(zh, en)
    assert found.get("联合国教科文组织") == "UNESCO"
    assert not any(zh.endswith("密切合作") and len(zh) > 4 for zh in found)
    # (The same words after 和, "and", may be a term's: 和|农村|留守|儿童.)
    tokens = join_known(zh_tokens("加强困境儿童和农村留守儿童关爱服务。"), lex)
    kids = next(c for c in sentence_candidates(tokens, lex=lex) if c.text == "农村留守儿童")
    assert termhood(kids, tokens, lex) >= 0.4


def test_what_a_name_is_made_into_is_no_part_of_it() -> None:
    # "building ... Hong Kong into international innovation hubs": 国际创新枢纽 is
    # "international innovation hubs", and "Hong Kong into ..." renders nothing.
    found = _renderings(
        "推动深圳、香港国际创新枢纽建设取得新进展。",
        "New progress has been made in building Shenzhen and Hong Kong into "
        "international innovation hubs.",
    )
    assert found.get("国际创新枢纽") == "international innovation hubs"
    assert not any(" into " in en for en in found.values())


def test_a_term_after_and_shares_no_word_of_the_conjunct_before_it() -> None:
    # "the A insurance and B insurance systems": 工伤保险制度 is "work injury
    # insurance systems", not from the first conjunct's "insurance" on, and not on
    # into the next clause's "and move".
    found = _renderings(
        "完善生育保险、工伤保险制度，推进工伤保险基金统一管理。",
        "We will improve the maternity insurance and work injury insurance systems and "
        "move toward unified management of work injury insurance funds.",
    )
    assert found.get("工伤保险制度") == "work injury insurance systems"
    assert found.get("生育保险") == "maternity insurance"
    found = _renderings(
        "健全养老保险、医疗保险制度，推进医疗保险省级统筹。",
        "We will improve the old-age insurance and medical insurance systems and move "
        "toward provincial-level pooling of medical insurance funds.",
    )
    assert found.get("医疗保险制度") == "medical insurance systems"


def test_a_verb_said_as_an_infinitive_makes_a_clause_not_a_term() -> None:
    # 灾区|指导|抗震救灾工作 = "(affected) areas to guide earthquake relief work": who
    # went where to do what. The object is the term.
    found = {
        p.zh: (p.en, p.local)
        for p in mine_pair(
            "应急管理部派出工作组赴灾区指导抗震救灾工作。",
            "The Ministry of Emergency Management sent working groups to the affected "
            "areas to guide earthquake relief work.",
            base_lexicon(),
        )
    }
    assert "灾区指导抗震救灾工作" not in found
    assert found["抗震救灾工作"][0] == "earthquake relief work"
    # ... and a verb first, said right after "to" outside the span, is done to the term.
    scored = {
        p.zh: p.local
        for p in mine_pair(
            "派出专家组赴重点地区指导疫情防控工作。",
            "Expert teams were sent to key regions to guide epidemic prevention and control work.",
            base_lexicon(),
        )
    }
    assert scored["指导疫情防控工作"] < scored["疫情防控工作"]
    # A head said first and the verb with its object after it is still a name.
    found2 = _renderings(
        "我们开展提振消费专项行动。",
        "We launched special initiatives to boost consumption.",
    )
    assert found2.get("提振消费专项行动") == "special initiatives to boost consumption"


def test_a_verb_of_going_ends_a_candidate() -> None:
    # 工作组|赴|重点省份 = "working groups (went) to key provinces": a subject, its
    # verb and where it went, not a term.
    found = _renderings(
        "国家防总派出工作组赴重点省份指导抗旱救灾工作。",
        "The State Flood Control and Drought Relief Headquarters sent working groups to "
        "key provinces to guide drought relief work.",
    )
    assert not any("赴" in zh for zh in found)
    assert found.get("抗旱救灾工作") == "drought relief work"


def test_a_number_before_a_noun_renders_the_numeral_only() -> None:
    # 三区 is "three zones": "three" says 三, and 区 still wants its "zones", so the
    # span goes on to the nouns the numbers count.
    found = _renderings(
        "各地严格落实“三区三线”管控要求。",
        "All localities strictly enforced the control requirements for the three zones "
        "and three lines.",
    )
    assert found.get("三区三线") == "three zones and three lines"
    found = _renderings(
        "我们持续纠治“四风”问题。",
        "We continued to rectify the problems of the four forms of decadence.",
    )
    assert found.get("四风") == "four forms of decadence"
    # A measure word or an ordinal is said by the number: 第十五个五年规划 is still the
    # "15th Five-Year Plan".
    found = _renderings("编制第十五个五年规划。", "We will draw up the 15th Five-Year Plan.")
    assert found.get("第十五个五年规划") == "15th Five-Year Plan"


def test_the_names_of_the_rule_of_law_open_with_their_adverb() -> None:
    # 依法 "by law" glued to its verb is an adverb and a predicate (依法|查处), but
    # 依法治国 and 依法行政 are the names of the rule of law.
    found = _renderings(
        "坚持依法治国、依法执政、依法行政共同推进。",
        "We have pursued law-based governance of the country, law-based exercise of "
        "state power and law-based government administration in a coordinated manner.",
    )
    assert found.get("依法治国") == "law-based governance of the country"
    assert found.get("依法行政") == "law-based government administration"
    found = _renderings(
        "市场监管部门依法查处垄断行为。",
        "Market regulators investigated and punished monopolistic conduct in accordance "
        "with the law.",
    )
    assert not any(zh.startswith("依法") for zh in found)


def test_litigation_is_the_official_sense_of_susong() -> None:
    # CC-CEDICT glosses 诉讼 "lawsuit"; official English says "litigation", and the
    # term nested in the longer one is offered with it.
    found = _renderings(
        "行政诉讼案件数量有所下降。",
        "The number of administrative litigation cases declined somewhat.",
    )
    assert found.get("行政诉讼案件") == "administrative litigation cases"
    assert found.get("行政诉讼") == "administrative litigation"


def test_two_adjectives_set_apart_by_a_comma_modify_one_noun() -> None:
    # "a modern, comprehensive energy system": the comma between two adjectives
    # after an article is no break of the phrase.
    found = _renderings(
        "我们将构建现代化综合能源体系。",
        "We will build a modern, comprehensive energy system.",
    )
    assert found.get("现代化综合能源体系") == "modern, comprehensive energy system"
    found = _renderings(
        "推进药品耗材集中带量采购。",
        "We will promote the centralized, volume-based procurement of drugs and "
        "medical consumables.",
    )
    assert found.get("集中带量采购") == "centralized, volume-based procurement"


def test_extensively_glued_to_its_verb_opens_no_term() -> None:
    # jieba writes 广泛开展 as one word: "extensively carry out", a predicate.
    found = _renderings(
        "各地广泛开展全民健身活动。",
        "Localities have extensively carried out nationwide fitness activities.",
    )
    assert not any("广泛" in zh for zh in found)
    assert found.get("全民健身活动") == "nationwide fitness activities"


def test_a_term_stops_not_before_its_head_said_behind_a_preposition() -> None:
    # 中外合作|办学 = "Sino-foreign cooperation | in running schools": the word after
    # the cut is the head the English says after "in", so 高质量中外合作 is no term.
    found = _renderings(
        "我们鼓励高质量中外合作办学。",
        "We encourage high-quality Sino-foreign cooperation in running schools.",
    )
    assert "高质量中外合作" not in found
    assert found.get("中外合作办学") == "Sino-foreign cooperation in running schools"
    # A verb after the term that the English says as no gerund is done to it.
    found = _renderings(
        "推动新能源汽车下乡。", "We will promote new energy vehicles in rural areas."
    )
    assert found.get("新能源汽车") == "new energy vehicles"


def test_official_senses_of_decent_work_and_use_regulation() -> None:
    # CC-CEDICT has no "decent" for 体面 nor "use regulation" for 用途管制 (管制 alone
    # stays "to control": as a noun it let 滥用|出口管制措施 open on its verb).
    found = _renderings(
        "实现更加充分的就业和体面劳动。", "We will achieve fuller employment and decent work."
    )
    assert found.get("体面劳动") == "decent work"
    found = _renderings(
        "自然资源部负责国土空间用途管制。",
        "The Ministry of Natural Resources is responsible for territorial space use regulation.",
    )
    assert found.get("国土空间用途管制") == "territorial space use regulation"


def test_a_dated_title_is_offered_by_its_name_first_with_its_years_below() -> None:
    # The plan goes by its name, which glossaries record; its dated title comes below.
    got = {
        p.zh: (p.en, p.raw)
        for p in mine_pair(
            "国务院印发《全民健身计划（2021—2025年）》。",
            "The State Council issued the National Fitness Program (2021-2025).",
            base_lexicon(),
        )
    }
    dated, undated = got["全民健身计划（2021—2025年）"], got["全民健身计划"]
    assert dated[0] == "National Fitness Program (2021-2025)"
    assert undated[0] == "National Fitness Program"
    assert dated[1] < undated[1]


def test_a_name_around_a_term_may_share_its_english_when_its_own_says_a_neighbour() -> None:
    # 共建 is unsaid: 共建“一带一路”倡议 is the "Belt and Road Initiative" as much as
    # “一带一路”倡议 is; "anniversary of the ..." says 周年, a word outside it.
    found = _renderings(
        "明年是共建“一带一路”倡议提出十周年。",
        "Next year marks the tenth anniversary of the Belt and Road Initiative.",
    )
    assert found.get("共建“一带一路”倡议") == "Belt and Road Initiative"
    assert found.get("“一带一路”倡议") == "Belt and Road Initiative"


def test_a_numbered_formula_keeps_its_count() -> None:
    # 八项|行动 = "eight major steps", 中央|八项|规定 = "the central Party leadership's
    # eight-point rules": a small count of points is part of the formula's name.
    found = _renderings(
        "中方宣布了支持全球发展的八项行动。",
        "China announced eight major steps to support global development.",
    )
    assert found.get("八项行动") == "eight major steps"
    found = _renderings(
        "严格落实中央八项规定。",
        "We will strictly implement the central Party leadership's eight-point rules.",
    )
    assert found.get("八项规定") == "eight-point rules"


def test_a_verb_and_its_result_make_a_clause() -> None:
    # 北京市|用|好|…政策 = "Beijing made full use of the ... policy": a subject, a verb
    # and its result (用|好 "make good use of"), and the policy after them.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("北京市用好144小时过境免签政策和单方面免签政策。"), lex)
    scores = {c.text: termhood(c, tokens, lex) for c in sentence_candidates(tokens, lex=lex)}
    assert scores["北京市用好144小时过境免签政策"] < 0.5 < scores["144小时过境免签政策"]


def test_a_number_after_a_sentence_opening_article_opens_a_span() -> None:
    # "A | 10-year fishing ban": the capital A is the article, not a name the number
    # belongs to ("Article 23").
    found = _renderings("十年禁渔全面实施。", "A 10-year fishing ban has been fully implemented.")
    assert found.get("十年禁渔") == "10-year fishing ban"


def test_a_quoted_slogan_is_not_rendered_across_its_quote() -> None:
    # 'the purpose of "diplomacy for the people"': "purpose of diplomacy" cuts the
    # English quote that renders “外交为民”.
    found = _renderings(
        "领事馆践行“外交为民”宗旨。",
        'The Consulate General practices the purpose of "diplomacy for the people".',
    )
    assert found.get("外交为民") == "diplomacy for the people"


def test_two_digits_said_one_by_one_name_a_year() -> None:
    # 九二共识 is the "1992 Consensus"; a doubled digit is no year (八八战略).
    assert {"92", "1992"} <= zh_numbers("九二共识")
    assert "1988" not in zh_numbers("八八战略")
    found = _renderings(
        "两岸关系应坚持“九二共识”。",
        "Cross-Strait relations should adhere to the 1992 Consensus.",
    )
    assert found.get("九二共识") == "1992 Consensus"


def test_a_verb_of_showing_ends_a_candidate() -> None:
    # 第一次全国污染源普查|结果显示 = "the results of the First National Census of
    # Pollution Sources show": jieba glues 结果显示, a noun and its verb.
    found = _renderings(
        "第一次全国污染源普查结果显示，工业源排放量明显下降。",
        "The results of the First National Census of Pollution Sources show that "
        "emissions from industrial sources fell markedly.",
    )
    assert not any(zh.endswith("显示") for zh in found)


def test_well_after_a_noun_says_how_it_is_done() -> None:
    # "carry out overseas Chinese affairs work well in the new era": "well" before
    # "in" is the adverb of the verb, so no span holds it.
    found = _renderings(
        "我们要做好新时代侨务工作。",
        "We will carry out overseas Chinese affairs work well in the new era.",
    )
    assert not any(" well " in en for en in found.values())
    assert found.get("侨务工作") == "overseas Chinese affairs work"


def test_official_senses_of_the_united_front_and_childcare() -> None:
    # 政商 "government and business", 亲清 "cordial and clean", 中国化
    # "sinicization", 婴幼儿 "infants and toddlers": CC-CEDICT has none of them.
    found = _renderings(
        "构建亲清政商关系，促进民营经济发展壮大。",
        "We will build a cordial and clean relationship between government and business "
        "and promote the growth of the private sector.",
    )
    assert found.get("亲清政商关系") == (
        "cordial and clean relationship between government and business"
    )
    found = _renderings(
        "发展普惠托育服务，减轻婴幼儿家庭负担。",
        "We will develop affordable childcare services and ease the burden on families "
        "with infants and toddlers.",
    )
    assert found.get("婴幼儿") == "infants and toddlers"


def test_two_phrases_that_say_the_same_of_two_things_are_one_slogan() -> None:
    # 人民至上、生命至上: two four-character phrases with one predicate are a slogan;
    # two terms with one head noun are a list (绿色贸易、数字贸易).
    lex = base_lexicon()
    tokens = join_known(zh_tokens("我们始终坚持人民至上、生命至上，全力抢险救灾。"), lex)
    assert "人民至上、生命至上" in {c.text for c in sentence_candidates(tokens, lex=lex)}
    tokens = join_known(zh_tokens("积极发展绿色贸易、数字贸易，扩大对外开放。"), lex)
    assert not any("、" in c.text for c in sentence_candidates(tokens, lex=lex))


def test_for_all_citizens_says_quanmin_after_its_noun() -> None:
    # 全民 said after the noun it modifies: "... education for all citizens".
    found = _renderings(
        "加强全民国防教育。", "We will strengthen national defense education for all citizens."
    )
    assert found.get("全民国防教育") == "national defense education for all citizens"


def test_a_name_and_what_it_does_with_the_verb_unsaid_is_a_clause() -> None:
    # 中国国际救援队|参与|土耳其地震救援行动 = "the China International Search and
    # Rescue Team | to | earthquake rescue operations": the name, then what it does,
    # with 参与 unsaid. The name and the operations are the terms.
    got = {
        p.zh: p.local
        for p in mine_pair(
            "派遣中国国际救援队参与土耳其地震救援行动。",
            "China dispatched the China International Search and Rescue Team to "
            "earthquake rescue operations in Türkiye.",
            base_lexicon(),
        )
    }
    clause = got.get("中国国际救援队参与土耳其地震救援行动", 0.0)
    assert clause < got["中国国际救援队"]
    assert clause < got["地震救援行动"]


def test_stable_and_healthy_development_of_a_term_is_said_of_it() -> None:
    # "(the) stable and healthy development of the capital market": a phrase about
    # 资本市场, ranked like "high-quality development of X", below a name of the same
    # shape and fit.
    def raw(en: str) -> float:
        p = Scored("资本市场平稳健康发展", en, (0, 10), (0, 8), 0.95, 0.8, 0.95, 1.0)
        local_score(p)
        return p.raw

    said_of = raw("stable and healthy development of the capital market")
    assert said_of < raw("stable and healthy growth of the capital market") - 0.5


def test_a_term_said_before_its_head_gives_way_to_the_term_heading_its_phrase(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "international friendly city | relationships" says the term as a modifier; where
    # it heads its phrase, "international friendly cities", that is the entry.
    got = _mine_rows(
        tmp_path_factory,
        [
            (
                "本市今年新缔结两对国际友好城市关系。",
                "This year the city established two new international friendly city relationships.",
            ),
            (
                "国际友好城市是地方对外交往的重要平台。",
                "International friendly cities are an important platform for local "
                "exchanges with other countries.",
            ),
        ],
    )
    assert got["国际友好城市"][0].lower() == "international friendly cities"


def test_no_rendering_is_recorded_cut_open_on_a_function_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # The body of "political capacity and ability" is no "political capacity and": a
    # derived English that ends on "and" (or opens on "of") is cut inside its phrase.
    got = _mine_rows(
        tmp_path_factory,
        [
            (
                "要着力增强基层干部的政治能力和服务本领。",
                "Efforts should be made to strengthen grassroots officials' political "
                "capacity and ability to serve the people.",
            )
        ],
    )
    assert got["基层干部"][0] == "grassroots officials"
    ends = {en.split()[-1].lower() for en, _score in got.values()}
    starts = {en.split()[0].lower() for en, _score in got.values()}
    assert not ends & {"and", "of", "the", "to"}
    assert not starts & {"and", "of"}


def test_a_name_does_not_run_on_into_the_next_phrase_through_a_repeated_word() -> None:
    # 国际 after the airport's name opens the next phrase (国际（地区）客运航线): the
    # English says "International" once, inside the name.
    got = _renderings(
        "今年，昆明长水国际机场国际（地区）客运航线增至30条。",
        "This year, international and regional passenger routes at Kunming Changshui "
        "International Airport increased to 30.",
    )
    assert got.get("昆明长水国际机场") == "Kunming Changshui International Airport"
    assert "昆明长水国际机场国际" not in got
    assert "国际机场国际" not in got


def test_at_all_levels_is_no_part_of_a_body_s_name() -> None:
    # 各级 says how many of the body are meant ("at all levels", often fronted in the
    # English), like 所有 or 各类: the term starts after it.
    got = _renderings(
        "各级审计机关深入开展经济责任审计。",
        "At all levels, audit institutions have conducted in-depth economic responsibility audits.",
    )
    assert got.get("审计机关") == "audit institutions"
    assert not any(zh.startswith("各级") for zh in got)


def test_the_eve_or_occasion_of_a_day_is_not_part_of_its_name() -> None:
    # 建军节前夕 "on the eve of Army Day": the day is the term, not its eve.
    lex = base_lexicon()
    for sentence in ("各地在建军节前夕开展走访慰问活动。", "在国庆节之际举办招待会。"):
        texts = [c.text for c in sentence_candidates(join_known(zh_tokens(sentence), lex), lex=lex)]
        assert not any("前夕" in t or "之际" in t for t in texts), texts
    texts = [
        c.text
        for c in sentence_candidates(
            join_known(zh_tokens("各地在建军节前夕开展走访慰问活动。"), lex), lex=lex
        )
    ]
    assert "建军节" in texts


def test_nationwide_said_after_the_thing_is_no_part_of_its_name() -> None:
    # "... pledge financing nationwide": 全国 is how far it reaches here, while
    # 全国碳市场 = "national carbon market" keeps it.
    best: dict[str, str] = {}
    for p in sorted(
        mine_pair(
            "2023年全国专利商标质押融资登记金额达到8539.9亿元，全国碳市场运行平稳。",
            "In 2023, the registered amount of patent and trademark pledge financing "
            "nationwide reached 853.99 billion yuan, and the national carbon market ran "
            "smoothly.",
            base_lexicon(),
        ),
        key=lambda p: p.raw,
    ):
        best[p.zh] = p.en  # the best-ranked rendering last
    assert "全国专利商标质押融资" not in best
    assert best["专利商标质押融资"] == "patent and trademark pledge financing"
    assert best["全国碳市场"] == "national carbon market"


def test_the_whole_of_one_word_is_no_term_but_may_start_one() -> None:
    # 全社会 "the whole of society" says how much; 全社会物流成本 is a term.
    lex = base_lexicon()
    texts = [
        c.text
        for c in sentence_candidates(join_known(zh_tokens("降低全社会物流成本。"), lex), lex=lex)
    ]
    assert "全社会" not in texts
    assert "全社会物流成本" in texts


def test_an_edition_of_a_glossary_name_goes_below_new_terms(tmp_path: Path) -> None:
    # The glossary has 中国进出口商品交易会: its 134th edition adds nothing new, and
    # is not offered above the document's new terms.
    path = _tsv(
        tmp_path / "fair.tsv",
        [
            (
                "第134届中国进出口商品交易会在广州举办，跨境电子商务综合试验区企业踊跃参展。",
                "The 134th China Import and Export Fair was held in Guangzhou, with "
                "enterprises from cross-border e-commerce comprehensive pilot zones "
                "taking an active part.",
            )
        ],
    )
    edition = "第134届中国进出口商品交易会"
    plain = _mine_with_glossary(path, {})
    known = _mine_with_glossary(
        path, {zh_key("中国进出口商品交易会"): [("China Import and Export Fair", "preferred")]}
    )
    assert known[edition].score < plain[edition].score
    assert known[edition].score < known["跨境电子商务综合试验区"].score


def test_a_span_does_not_open_on_the_conjunct_of_the_phrase_before() -> None:
    # "overseas warehouses and supporting enterprises": 支持企业 starts at
    # "supporting"; but 党和国家 says "Party and state" in one word.
    best = _best_by_english(
        "鼓励企业建设海外仓，支持企业开展跨境电商业务。",
        "Enterprises are encouraged to build overseas warehouses and supporting "
        "enterprises are helped to run cross-border e-commerce business.",
    )
    assert "warehouses and supporting enterprises" not in best
    best = _best_by_english(
        "健全党和国家监督体系。", "We will improve the Party and state oversight system."
    )
    assert best["Party and state oversight system"].zh == "党和国家监督体系"


def test_a_word_said_again_is_rendered_by_part_of_its_gloss() -> None:
    # 电网 is said three times and its gloss "power grid" stands whole once: the
    # "grid" of "smart grid" is still 智能电网's, not a part left to another word.
    found = _renderings(
        "加快电网改造，推进智能电网建设，保障电网安全运行。",
        "We will speed up upgrades of the power grid, advance smart grid development "
        "and ensure the safe operation of the grid.",
    )
    assert found.get("智能电网") == "smart grid"


def test_a_list_closed_by_no_dengdeng_ends_at_its_items_shared_head() -> None:
    """No 等 closes the list, so its last item ends where the head the others share
    does; the English list opens after "namely"; and an item the dictionary knows
    only by its head takes the whole English item."""
    from glossary.mining.candidates import BREAKERS
    from glossary.mining.lists import list_pairs

    zh = "会议要求做好城市保险、巨灾保险、普惠保险、养老保险、数字保险五项重点工作。"
    en = (
        "The meeting called for progress in five key areas of insurance, namely urban "
        "insurance, catastrophe insurance, inclusive insurance, pension insurance and "
        "digital insurance."
    )
    listed = list_pairs(zh, en, zh_tokens(zh), BREAKERS, base_lexicon())
    found = {z: e for z, e, _at, _fit in listed}
    assert found["数字保险"] == "digital insurance"  # (not 数字保险五项重点工作)
    assert found["巨灾保险"] == "catastrophe insurance"
    assert _renderings(zh, en)["普惠保险"] == "inclusive insurance"  # (was "insurance")
    # Without a shared head the end of the last item stays unknown: no list.
    assert not list_pairs(
        "会议要求做好城市保险、巨灾保险、普惠金融、养老服务、数字平台五项重点工作。",
        "The meeting called for progress in five key areas, namely urban insurance, "
        "catastrophe insurance, inclusive finance, pension services and digital platforms.",
        zh_tokens("会议要求做好城市保险、巨灾保险、普惠金融、养老服务、数字平台五项重点工作。"),
        BREAKERS,
        base_lexicon(),
    )


def test_a_list_opens_after_and_with_a_verb_and_its_items_replace_overruns() -> None:
    from glossary.mining.lists import en_lists
    from glossary.mining.pipeline import _cut_of_item

    # "..., and strengthens A, B, C and D": a new clause, whose object is the list (not
    # "and strengthens A" as the last item of a list before it).
    assert en_lists(
        "The regulator is in charge of the banking sector, and strengthens institutional "
        "regulation, conduct regulation, functional regulation and penetrating regulation."
    ) == [
        [
            "institutional regulation",
            "conduct regulation",
            "functional regulation",
            "penetrating regulation",
        ]
    ]

    def pair(en: str, zh_cover: float) -> Scored:
        return Scored("穿透式监管", en, (0, 5), (0, 3), 0.8, 0.8, zh_cover, 1.0)

    item = "penetrating regulation"
    assert _cut_of_item(
        pair("regulation, penetrating regulation and continuous regulation", 1), item
    )
    assert _cut_of_item(pair("regulation", 0.5), item)  # (the dictionary knew only 监管)
    assert not _cut_of_item(pair("regulation", 1.0), item)
    assert not _cut_of_item(pair("penetrating regulation", 0.5), item)
    # An "and" may be the item's own: "integration of culture and tourism" is no overrun
    # of a list item "integration of culture".
    assert not _cut_of_item(pair("integration of culture and tourism", 1), "integration of culture")


def test_a_session_gives_the_body_it_belongs_to() -> None:
    pairs = mine_pair(
        "十三届全国人大常委会第二十次会议审议了草案。",
        "The 20th session of the Standing Committee of the 13th National People's Congress "
        "deliberated the draft.",
        base_lexicon(),
    )
    by_pair = {(p.zh, p.en): p for p in pairs}
    session = by_pair[
        ("十三届全国人大常委会第二十次会议",
         "20th session of the Standing Committee of the 13th National People's Congress")
    ]  # fmt: skip
    # The body without its term, on both sides, at the session's rank ...
    body = by_pair[("全国人大常委会", "Standing Committee of the National People's Congress")]
    assert body.raw > session.raw
    # ... and with it, below.
    termed = by_pair[
        ("十三届全国人大常委会", "Standing Committee of the 13th National People's Congress")
    ]
    assert termed.raw < session.raw
    # A body whose English says a term its Chinese does not have is no pair.
    assert (
        "全国人大常委会",
        "Standing Committee of the 13th National People's Congress",
    ) not in by_pair
    plenary = {
        (p.zh, p.en)
        for p in mine_pair(
            "中国共产党第二十届中央委员会第三次全体会议在北京举行。",
            "The third plenary session of the 20th Central Committee of the Communist Party "
            "of China was held in Beijing.",
            base_lexicon(),
        )
    }
    assert (
        "中国共产党第二十届中央委员会",
        "20th Central Committee of the Communist Party of China",
    ) in plenary
    assert ("中央委员会", "20th Central Committee") not in plenary
    # No English is made up with an acronym left in it ("Standing Committee of the NPC").
    short = {
        (p.zh, p.en)
        for p in mine_pair(
            "十四届全国人大常委会第十次会议审议了报告。",
            "The 10th session of the Standing Committee of the 14th NPC deliberated the report.",
            base_lexicon(),
        )
    }
    assert ("十四届全国人大常委会", "Standing Committee of the 14th NPC") in short
    assert not any(en == "Standing Committee of the NPC" for _zh, en in short)


def test_a_drafts_name_ranks_above_the_draft() -> None:
    pairs = _scored_pairs(
        "常委会审议了《中华人民共和国反洗钱法（草案）》。",
        "The Standing Committee deliberated the draft Anti-Money Laundering Law of the "
        "People's Republic of China.",
    )
    name = pairs["中华人民共和国反洗钱法"]
    assert name.en == "Anti-Money Laundering Law of the People's Republic of China"
    assert name.raw > pairs["中华人民共和国反洗钱法（草案）"].raw


def test_a_de_phrase_is_not_rendered_with_head_and_modifier_swapped() -> None:
    # 外汇存款准备金率|的|金融机构 (institutions with a ratio) is not "... ratio for
    # financial institutions": that is 金融机构外汇存款准备金率 earlier in the sentence.
    found = _renderings(
        "下调金融机构外汇存款准备金率（不含已执行5%外汇存款准备金率的金融机构）。",
        "cut the foreign exchange reserve requirement ratio for financial institutions, "
        "excluding those already implementing a 5 percent ratio.",
    )
    ratio = "foreign exchange reserve requirement ratio for financial institutions"
    assert found["金融机构外汇存款准备金率"] == ratio
    assert found.get("外汇存款准备金率的金融机构") != ratio
    # ... but not "A-ish B of C" where B's own word is the head: "people-centered
    # philosophy of development" (思想 "philosophy", unknown to the dictionary).
    from glossary.mining.pipeline import _inverted_de, _token_links, join_known
    from glossary.mining.render import en_side, link, zh_units

    lex = base_lexicon()
    tokens = join_known(zh_tokens("坚持以人民为中心的发展思想。"), lex)
    cand = next(
        c for c in sentence_candidates(tokens, lex=lex) if c.text == "以人民为中心的发展思想"
    )
    units = zh_units(tokens, lex)
    side = en_side("We uphold the people-centered philosophy of development.")
    token_links = _token_links(tokens, units, link(units, side))
    span = [t.text for t in side.tokens].index("people-centered")
    assert not _inverted_de(cand, tokens, token_links, side, span, span + 3)


def test_a_rendering_from_the_start_of_a_sentence_takes_the_case_it_has_inside_one(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from glossary.mining.pipeline import sentence_cased

    found = _mine_rows(
        tmp_path_factory,
        [
            (
                "粮食安全是国家安全的重要基础。",
                "Food security is an important foundation of national security.",
            ),
            (
                "枫桥经验在基层得到推广。",
                "Fengqiao experience has been promoted at the community level.",
            ),
        ],
    )
    assert found["粮食安全"][0] == "food security"
    assert found["枫桥经验"][0] == "Fengqiao experience"  # (a name the dictionary lacks)
    text = "Party building was strengthened. We uphold the Party's leadership."
    assert sentence_cased("Party building", text) == "Party building"  # (as the text says)
    assert sentence_cased("Party building", "Party building was strengthened.") == "party building"
    assert sentence_cased("Chinese companies", "") == "Chinese companies"
    assert sentence_cased("Belt and Road Initiative", "") == "Belt and Road Initiative"


def test_a_chinese_short_form_in_brackets_finds_its_acronym_among_several() -> None:
    # Two acronyms in brackets the Chinese does not write: 国研中心 is the one whose
    # name 国务院发展研究中心 renders, "... Center | of the State Council (DRC)".
    found = _renderings(
        "国务院发展研究中心（国研中心）发布报告，研究中小企业融资问题。",
        "The Development Research Center of the State Council (DRC) released a report on "
        "financing for small and medium-sized enterprises (SMEs).",
    )
    assert found["国研中心"] == "DRC"
    assert found["国务院发展研究中心"] == "Development Research Center of the State Council"


def test_a_quoted_name_paired_with_an_english_quote_keeps_that_quote_over_a_fuller_name() -> None:
    # 天眼 is not in the dictionary; the only word it links is one of the telescope's
    # long name, which 中国 also reaches through "China's". The quotes pair in order.
    found = _renderings(
        "“中国天眼”今年又发现了一批新脉冲星。",
        "This year China's Five-hundred-meter Aperture Spherical radio Telescope, the "
        '"China Sky Eye," discovered another batch of new pulsars.',
    )
    assert found["中国天眼"] == "China Sky Eye"
    # ... and a quoted name whose own rendering was already found there is as sure
    # of it as the pairing makes it, whatever the dictionary says of its words.
    plain = _scored(
        "“天府之国”成都平原是重要的粮食产区。",
        'The Chengdu Plain, the "Land of Abundance," is an important grain-producing area.',
        "天府之国",
    )
    assert plain.en == "Land of Abundance"
    assert plain.fit >= 0.8


def test_a_word_that_names_the_quoted_name_beside_a_term_is_not_the_terms() -> None:
    # "Tiangong" (天宫, by its pinyin) follows "space station": the English puts the
    # quoted name after what it is; 空间站 is "space station" alone.
    found = _renderings(
        "“天宫”空间站和“天舟”货运飞船顺利对接。",
        "The space station Tiangong and the cargo spacecraft Tianzhou docked smoothly.",
    )
    assert found["空间站"] == "space station"
    # (A quoted term's own words stay its own: 国家级 "national level" before the quote
    # links "High-Level", but that is the plan's.)
    found = _renderings(
        "新增国家级“双高计划”建设单位3所。",
        "Three more institutions were selected for the national Double High-Level Plan.",
    )
    assert found["双高计划"] == "Double High-Level Plan"


def test_a_month_named_for_what_it_marks_is_a_term_and_a_date_is_not() -> None:
    found = _renderings(
        "每年11月为全国消防宣传月，各地开展形式多样的消防宣传活动。",
        "November each year is National Fire Safety Publicity Month, with various fire "
        "safety publicity activities held across the country.",
    )
    assert found["全国消防宣传月"] == "National Fire Safety Publicity Month"
    lex = base_lexicon()
    texts = {
        c.text
        for z in ("近三个月来，进口增长较快。", "2024年9月，质量月活动启动。")
        for c in sentence_candidates(join_known(zh_tokens(z), lex), lex=lex)
    }
    assert "质量月" in texts
    assert not any(t.endswith("月") and t != "质量月" for t in texts)


def test_a_span_across_dui_needs_both_sides_said_in_its_english() -> None:
    # 对 "towards" joins a doer and what it acts on; a span whose English says only
    # one of them is no name of anything.
    found = _renderings(
        "数字技术对实体经济发展的带动作用不断增强。",
        "Digital technologies are increasingly driving the development of the real economy.",
    )
    assert found["数字技术"] == "Digital technologies"
    assert not any("对" in zh for zh in found)
    found = _renderings(
        "良种对小麦增产的贡献越来越大。",
        "Improved seed varieties contribute more and more to the increase in wheat output.",
    )
    assert not any("对" in zh for zh in found)
    # (A 对 whose both sides the English says is another matter: a formula, kept whole.)
    found = _renderings(
        "坚持党对人民军队的绝对领导。",
        "We uphold the Party's absolute leadership over the people's armed forces.",
    )
    assert found["党对人民军队的绝对领导"] == (
        "Party's absolute leadership over the people's armed forces"
    )


def test_where_and_then_a_verb_after_zai_is_a_clause() -> None:
    # 在|深圳|建成|的 says where a thing was built: no name. The same words after 对
    # (what is acted on) are not demoted for it.
    lex = base_lexicon()
    where = ("在", "深圳", "建成", "的", "平台")
    after_dui = ("对", "深圳", "建成", "的", "平台")
    cand = ZhCandidate(1, 3, 1, 5, "深圳建成")
    assert termhood(cand, where, lex) < termhood(cand, after_dui, lex) - 0.2
    # (A place and a noun after 在 is still a name: 在|深圳|证券交易所.)
    name = ZhCandidate(1, 3, 1, 8, "深圳证券交易所")
    exchange = ("在", "深圳", "证券交易所", "上市")
    assert termhood(name, exchange, lex) == termhood(
        name, ("对", "深圳", "证券交易所", "上市"), lex
    )


def test_two_terms_of_a_field_said_apart_with_and_are_a_term() -> None:
    # 认证|认可 are near-synonyms in the dictionary ("to approve"), but here the
    # English says each of them, joined by "and": a pair of terms of the field, not
    # one sense said twice. (外交|外事 "foreign affairs", said once, is still none:
    # test_two_near_synonyms_side_by_side_are_no_term.)
    found = _renderings(
        "本中心负责全省的认证认可工作，并开展检验检测服务。",
        "The center is responsible for certification and accreditation across the "
        "province and provides inspection and testing services.",
    )
    assert found["认证认可"] == "certification and accreditation"
    assert found["检验检测服务"] == "inspection and testing services"


def test_a_noun_in_ant_or_ent_that_the_dictionary_counts_may_end_a_rendering() -> None:
    # "constant" looks like an adjective ("-ant"), but the dictionary glosses a word
    # as "a constant": the name of a physical constant ends on it.
    assert (
        _renderings(
            "科学家利用普朗克常数重新定义了千克。",
            "Scientists redefined the kilogram using the Planck constant.",
        )["普朗克常数"]
        == "Planck constant"
    )
    found = _renderings(
        "玻尔兹曼常数是一个物理常数。", "The Boltzmann constant is a physical constant."
    )
    assert found["玻尔兹曼常数"] == "Boltzmann constant"
    assert found["物理常数"] == "physical constant"


def test_standards_are_mandatory_or_voluntary_in_official_english() -> None:
    # 强制性 "mandatory", 推荐性 "voluntary" (official senses the dictionary lacks):
    # the names of the two kinds of standard link whole.
    found = _scored_pairs(
        "强制性标准必须执行，推荐性标准鼓励采用。",
        "Mandatory standards must be implemented, and the adoption of voluntary "
        "standards is encouraged.",
    )
    assert found["强制性标准"].en == "Mandatory standards"
    assert found["推荐性标准"].en == "voluntary standards"
    # (Before those senses each linked by "standards" alone, at a fit near 0.7.)
    assert min(found["强制性标准"].fit, found["推荐性标准"].fit) > 0.95


def test_a_body_named_without_its_state_in_english_keeps_it_in_chinese() -> None:
    # The official English of 国家质量监督检验检疫总局 has no "State": the name is
    # still proposed whole, and the part after 国家, a name nobody writes, is not.
    merged = (
        "新组建的部门整合了国家质量监督检验检疫总局和国家食品药品监督管理总局的职责。",
        "The new department took over the responsibilities of the General "
        "Administration of Quality Supervision, Inspection and Quarantine and the "
        "China Food and Drug Administration.",
    )
    set_up = (
        "2001年，国务院组建国家质量监督检验检疫总局，负责全国的质量工作。",
        "In 2001, the State Council set up the General Administration of Quality "
        "Supervision, Inspection and Quarantine, which took charge of quality work "
        "nationwide.",
    )
    name = "General Administration of Quality Supervision, Inspection and Quarantine"
    for zh, en in (merged, set_up):
        assert _best_by_english(zh, en)[name].zh == "国家质量监督检验检疫总局"
        assert "质量监督检验检疫总局" not in _renderings(zh, en)
    # Where the English says 国家 ("China Food and Drug Administration") the full
    # name links by itself, as before.
    found = _renderings(*merged)
    assert found["国家食品药品监督管理总局"] == "China Food and Drug Administration"


def test_a_rendering_opens_no_list_item_at_its_last_word() -> None:
    # "disasters, flood and drought disasters" starts on the last word of the item
    # before ("meteorological disasters"): the rendering is the item itself.
    found = _renderings(
        "调查涵盖地震灾害、气象灾害、水旱灾害和海洋灾害。",
        "The survey covers earthquake disasters, meteorological disasters, flood and "
        "drought disasters, and marine disasters.",
    )
    assert found["水旱灾害"] == "flood and drought disasters"
    assert found["海洋灾害"] == "marine disasters"


def test_emergency_words_in_official_english() -> None:
    # 自救 "self-rescue", 互救 "mutual rescue" (official senses the dictionary lacks).
    found = _renderings(
        "学校定期组织演练，提高师生自救互救能力。",
        "Schools hold regular drills to improve the self-rescue and mutual rescue "
        "capabilities of teachers and students.",
    )
    assert found["自救互救能力"] == "self-rescue and mutual rescue capabilities"


def test_testing_is_a_noun_that_ends_a_rendering() -> None:
    # "testing" ends in "-ing" but names the activity, like "training" or "housing":
    # 检验检测 = "inspection and testing", not cut to "inspection" or run on.
    for zh, en in [
        (
            "全省加强了食品的检验检测。",
            "The province has strengthened the inspection and testing of food.",
        ),
        ("各地要做好检验检测。", "All localities should do a good job in inspection and testing."),
    ]:
        assert _renderings(zh, en)["检验检测"] == "inspection and testing"


def test_a_named_day_before_qi_from_is_a_term() -> None:
    # 世界|环境|日|起 "starting from World Environment Day": 日 and 起 are single
    # characters side by side, but 日 ends the day's name, not a run of characters.
    found = _renderings(
        "自2023年世界环境日起，该市全面禁止使用一次性塑料袋。",
        "Starting from World Environment Day 2023, the city has fully banned single-use "
        "plastic bags.",
    )
    assert found["世界环境日"] == "World Environment Day"


def test_a_verb_of_location_inside_makes_a_clause_not_a_name() -> None:
    # 秘书处|设在|外交部 "its secretariat is located in the Ministry of Foreign
    # Affairs": the whole is a clause, and the ministry is the term.
    found = _renderings(
        "该委员会于去年成立，秘书处设在外交部。",
        "The committee was set up last year, with its secretariat located in the Ministry "
        "of Foreign Affairs.",
    )
    assert not any("设在" in zh for zh in found)
    assert found["外交部"] == "Ministry of Foreign Affairs"


def test_a_leading_group_is_the_head_of_a_long_name() -> None:
    # 小组 "group" heads the names of bodies (领导小组 "leading group"), so a run of
    # six words ending in it is a name, not a long run to skip.
    found = _renderings(
        "国务院第四次全国农业普查领导小组负责普查的组织实施。",
        "The Leading Group of the State Council for the Fourth National Agricultural Census "
        "is responsible for organizing and implementing the census.",
    )
    assert (
        found["国务院第四次全国农业普查领导小组"]
        == "Leading Group of the State Council for the Fourth National Agricultural Census"
    )


def test_the_first_of_its_kind_is_said_of_a_term_not_part_of_it() -> None:
    # 首座 "the first (building)" says which one is meant, like 各级 "at all levels";
    # the name is what follows it.
    toks = tuple(zh_tokens("这是我国首座海上风电制氢示范平台。"))
    texts = {c.text for c in sentence_candidates(toks, lex=base_lexicon())}
    assert "海上风电制氢示范平台" in texts
    assert not any(t.startswith("首座") for t in texts)


def test_a_slogan_of_three_character_phrases_is_one_candidate() -> None:
    # One frame filled in each time, or a verb and its object each time: the list is
    # the slogan. A list of dictionary nouns of three characters is a list of terms.
    lex = base_lexicon()

    def listed(zh: str) -> set[str]:
        toks = tuple(zh_tokens(zh))
        return {c.text for c in sentence_candidates(toks, lex=lex) if "、" in c.text}

    assert listed("各级机关一体推进不敢腐、不能腐、不想腐。") == {"不敢腐、不能腐、不想腐"}
    assert listed("全省上下坚持保生活、防失业、促就业。") == {"保生活、防失业、促就业"}
    assert listed("该省出口农产品、工业品、消费品。") == set()


def test_a_place_named_with_its_province_is_offered_below_the_terms(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "Wenzhou in Zhejiang" says where; the place alone is the name to record. A body
    # or an event in a place is no such thing: its head is a word, not a sound.
    lex = base_lexicon()
    assert is_place_in_place("浙江温州", "Wenzhou in Zhejiang", lex)
    assert is_place_in_place("内蒙古满洲里", "Manzhouli in Inner Mongolia", lex)
    # ... also said with "of" or a comma.
    assert is_place_in_place("福建厦门", "Xiamen of Fujian", lex)
    assert is_place_in_place("福建厦门", "Xiamen, Fujian", lex)
    assert not is_place_in_place("福建省政府", "Government of Fujian", lex)
    assert not is_place_in_place("天津峰会", "Summit in Tianjin", lex)
    assert not is_place_in_place("温州", "Wenzhou", lex)
    mined = _mine_rows(
        tmp_path_factory,
        [
            (
                "浙江温州、福建泉州等地大力发展民营经济，建设民营经济示范城市。",
                "Places such as Wenzhou in Zhejiang and Quanzhou in Fujian have vigorously "
                "developed the private economy and built model cities for the private economy.",
            ),
        ],
    )
    term = mined["民营经济"][1]
    assert all(mined[zh][1] < term for zh in ("浙江温州", "福建泉州") if zh in mined)


def test_a_size_adjective_or_a_count_ends_no_term() -> None:
    # 大 alone modifies what follows (西部|大|开发); after a number it ends a name
    # (十八|大). A count jieba keeps whole (数千个) says how many, like 26|件.
    lex = base_lexicon()

    def texts(zh: str) -> set[str]:
        return {c.text for c in sentence_candidates(tuple(zh_tokens(zh)), lex=lex)}

    assert not any(t.endswith("西部大") for t in texts("国家推进西部大开发形成新格局。"))
    assert "党的十八大" in texts("党的十八大以来，各项事业取得历史性成就。")
    found = texts("沿海省市累计实施对口帮扶项目数千个。")
    assert "帮扶项目" in found
    assert not any(t.endswith("数千个") for t in found)


def test_a_quote_renders_its_own_slogan_not_the_words_said_after_it() -> None:
    # The English quote runs on past a comma with what the Chinese says after its
    # closing mark: that part is not the quoted slogan's.
    found = _renderings(
        "全省开展“文明家庭”携手共创美好生活主题活动。",
        'The province has launched themed activities entitled "Civilized Families, '
        'Joining Hands to Create a Better Life".',
    )
    assert found["文明家庭"] == "Civilized Families"
    found = _renderings(
        "各地举办“美丽乡村”共建共享主题活动。",
        'Localities have held themed activities entitled "Beautiful Countryside, Jointly '
        'Built and Shared".',
    )
    assert found["美丽乡村"] == "Beautiful Countryside"


def test_a_title_of_two_issuing_bodies_or_two_parties_keeps_both() -> None:
    # "and the" usually opens a second noun phrase; between the two bodies that issue a
    # document it is inside the title.
    found = _renderings(
        "《中共中央 国务院关于加快农业农村现代化的意见》近日印发。",
        "The Opinions of the CPC Central Committee and the State Council on Accelerating "
        "Agricultural and Rural Modernization were recently issued.",
    )
    assert found["中共中央 国务院关于加快农业农村现代化的意见"] == (
        "Opinions of the CPC Central Committee and the State Council on Accelerating "
        "Agricultural and Rural Modernization"
    )
    found = _renderings(
        "两国签署了《中华人民共和国和巴西联邦共和国引渡条约》。",
        "The two countries signed the Treaty on Extradition between the People's Republic "
        "of China and the Federative Republic of Brazil.",
    )
    assert found["中华人民共和国和巴西联邦共和国引渡条约"] == (
        "Treaty on Extradition between the People's Republic of China and the Federative "
        "Republic of Brazil"
    )
    side = en_side("They promote the integration of Hong Kong and the mainland.")
    at = [t.low for t in side.tokens].index("the", 3)
    assert side.inner_bad[at]  # (a second noun phrase: no name runs across it)


def test_a_short_form_takes_the_acronym_the_document_gives_its_name(tmp_path: Path) -> None:
    # SASAC is no initials of the whole English name; the document gives it in brackets.
    # The short form keeps the name's first word (国务院|国资委), and none starts inside it.
    rows = [
        ("国务院国有资产监督管理委员会召开中央企业负责人会议。",
         "The State-owned Assets Supervision and Administration Commission of the State "
         "Council (SASAC) held a meeting of heads of central enterprises."),
        ("国务院国资委要求中央企业加快科技创新。",
         "SASAC urged central enterprises to accelerate scientific and technological "
         "innovation."),
        ("国务院国资委将进一步加强国有资产监管。",
         "SASAC will further strengthen state asset supervision."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "a.tsv", rows))])}
    assert found["国务院国资委"].en == "SASAC" and found["国务院国资委"].count == 2
    assert "院国资委" not in found


def test_an_organisation_known_by_its_acronym_is_a_name_after_a_dash() -> None:
    # 中国—东盟 = "China-ASEAN": the organisation is a name of its own, rendered by its
    # part of the hyphenated word; a place after the dash stays the rest of the name.
    found = _renderings("中国—东盟合作不断深化。", "China-ASEAN cooperation continues to deepen.")
    assert found["东盟"] == "ASEAN"
    lex = base_lexicon()
    tokens = tuple(zh_tokens("中国—中亚合作不断深化。"))
    assert "中亚" not in {c.text for c in sentence_candidates(tokens, lex=lex)}


def test_official_senses_of_assistance_to_tibet_and_the_short_name_of_xinjiang() -> None:
    # CC-CEDICT glosses 援藏 as "pro-Tibet" and 疆 only as "border".
    found = _renderings(
        "对口援藏工作开展以来，各省市选派了大批干部。",
        "Since paired assistance to Tibet began, provinces and municipalities have sent "
        "large numbers of officials.",
    )
    assert found["援藏工作"] == "assistance to Tibet"
    found = _renderings(
        "各地坚持长期建疆，持续改善民生。",
        "All localities have continued to develop Xinjiang over the long term and improve "
        "people's wellbeing.",
    )
    assert "Xinjiang" in found["长期建疆"]


def test_a_manner_adverbial_ends_no_term_and_zheng_before_a_place_is_wide() -> None:
    # "in an orderly manner" is how it is done (有序); 整省 is "province-wide".
    found = _renderings(
        "有序扩大整省试点范围。",
        "We will expand the scope of province-wide pilots in an orderly manner.",
    )
    assert found["整省试点"] == "province-wide pilots"
    assert not any(en.endswith("manner") for en in found.values())


def test_ministries_have_their_official_names() -> None:
    # CC-CEDICT has 商务部 as "Department of Commerce"; the span took the acronym and
    # the "other departments" of 等部门 after it.
    found = _renderings(
        "商务部等部门正在实施县域商业建设工程。",
        "The Ministry of Commerce (MOFCOM) and other departments are implementing a "
        "county-level commerce project.",
    )
    assert found["商务部"] == "Ministry of Commerce"


def test_a_quoted_names_last_word_is_its_own_even_a_verb() -> None:
    # jieba cuts 三权分置 into 三|权|分|置, and 置 "to place" is a verb: a verb last
    # is usually said of the name, but inside quotes it is the name's.
    found = _renderings(
        "各地落实承包地“三权分置”制度，稳步推进改革。",
        "All localities have implemented the three rights separation system for "
        "contracted land and steadily advanced the reform.",
    )
    assert found["三权分置"] == "three rights separation"


def test_people_without_party_affiliation_is_one_phrase() -> None:
    # "without" inside a noun phrase, and 无党派 / 人士 in their official senses.
    found = _renderings(
        "无党派人士积极参与国家政治生活。",
        "People without party affiliation actively participate in the political life of "
        "the country.",
    )
    assert found["无党派人士"] == "People without party affiliation"


def test_the_united_fronts_bodies_by_their_short_names() -> None:
    # CC-CEDICT has neither 全国工商联 nor 人民政协.
    found = _renderings(
        "全国工商联负责人出席会议并讲话。",
        "Leaders of the All-China Federation of Industry and Commerce attended the meeting "
        "and spoke.",
    )
    assert found["全国工商联"] == "All-China Federation of Industry and Commerce"
    assert (
        _scored(
            "人民政协为国家治理贡献智慧。",
            "The CPPCC contributes wisdom to national governance.",
            "人民政协",
        ).fit
        >= 0.95
    )


def test_a_short_form_ends_where_jieba_ends_a_word(tmp_path: Path) -> None:
    # 协商议 is in the name's order and ends on its last character, but cuts 议政 "to
    # deliberate on state affairs": no short form of 中国人民政治协商会议.
    rows = [
        ("中国人民政治协商会议是专门协商机构。",
         "The Chinese People's Political Consultative Conference (CPPCC) is a specialized "
         "consultative body."),
        ("人民政协协商议政的形式不断丰富。",
         "The forms in which the CPPCC deliberates on state affairs through consultation "
         "keep growing richer."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "a.tsv", rows))])}
    assert "协商议" not in found
    assert found["人民政协"].en == "CPPCC"


def test_in_all_before_its_verb_ends_no_name() -> None:
    # 共 "in all" belongs to the verb after it (共|召开 "held ... in all").
    tokens = tuple(zh_tokens("2023年，全国政协共召开双周协商座谈会16次。"))
    texts = {c.text for c in sentence_candidates(tokens, lex=base_lexicon())}
    assert "全国政协" in texts
    assert "全国政协共" not in texts


def test_in_accordance_is_never_cut_from_its_with() -> None:
    side = en_side("We will govern Xinjiang in accordance with the law.")
    at = [t.low for t in side.tokens].index("accordance")
    assert not side.last_ok[at]
    assert side.last_ok[at + 3]  # ("... in accordance with the law")


def test_an_adverb_may_open_a_phrase_before_the_participle_of_its_noun() -> None:
    # "centrally administered" grades the participle that modifies the noun; "jointly |
    # implemented the plan" is still a verb phrase (an article after the participle).
    found = _renderings(
        "共有25家中央企业参与了这项工程。",
        "A total of 25 centrally administered state-owned enterprises took part in the project.",
    )
    assert found["中央企业"] == "centrally administered state-owned enterprises"
    side = en_side("The two sides jointly implemented the plan.")
    assert not side.first_ok[[t.low for t in side.tokens].index("jointly")]


def test_the_english_the_text_says_beats_one_cut_from_a_longer_name(tmp_path: Path) -> None:
    # "Black Soil Protection Law" stands in the text; "Law on the Protection of Black
    # Soil" is only the full title with "of the People's Republic of China" cut out.
    rows = [
        ("《中华人民共和国黑土地保护法》自2022年8月1日起施行。",
         "The Law of the People's Republic of China on the Protection of Black Soil came "
         "into force on August 1, 2022."),
        ("黑土地保护法规定，各级政府应当加强黑土地保护。",
         "The Black Soil Protection Law provides that governments at all levels shall "
         "strengthen the protection of black soil."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "a.tsv", rows))])}
    assert found["黑土地保护法"].en == "Black Soil Protection Law"


def test_a_verb_in_ies_is_a_finite_verb_no_term_ends_with() -> None:
    # "specifies" is the third person of "specify": the clause's verb after the law's
    # name, not a word of it (黑土地保护法|明确).
    found = _renderings(
        "黑土地保护法明确了各级政府的保护责任。",
        "The Black Soil Protection Law specifies the protection responsibilities of "
        "governments at all levels.",
    )
    assert found["黑土地保护法"] == "Black Soil Protection Law"
    assert not any(en.endswith("specifies") for en in found.values())


def test_a_noun_made_of_a_verb_with_al_ends_a_term() -> None:
    # "appraisal" (of "appraise") is a noun, though it ends like "national": the span
    # may end on it. A real adjective in "-al" still may not.
    found = _renderings(
        "全年办理司法鉴定业务约200万件，司法鉴定管理不断加强。",
        "About 2 million cases were handled in the year, and the administration of "
        "forensic appraisal has been steadily strengthened.",
    )
    assert found["司法鉴定"] == "forensic appraisal"
    side = en_side("The regional and the national plans were approved.")
    lows = [t.low for t in side.tokens]
    assert not side.last_ok[lows.index("regional")]
    for noun in ("disposal", "withdrawal", "referral", "denial"):
        assert en_side(f"the {noun}").last_ok[1], noun


def test_a_company_name_keeps_its_legal_form_co_ltd() -> None:
    # The comma inside "Co., Ltd." ends no phrase, and the full stop is the name's.
    found = _renderings(
        "中国国家铁路集团有限公司2024年完成固定资产投资8500亿元。",
        "China State Railway Group Co., Ltd. completed fixed-asset investment of 850 "
        "billion yuan in 2024.",
    )
    assert found["中国国家铁路集团有限公司"] == "China State Railway Group Co., Ltd."


def test_a_name_and_the_next_conjuncts_common_nouns_are_not_one_term() -> None:
    # "laws" belongs to 法律法规, the next conjunct; 民法典 joins nothing. A name with
    # "and" inside it stays whole.
    found = _renderings(
        "要突出宣传宪法、民法典以及与群众生活密切相关的法律法规。",
        "Priority should go to the Constitution, the Civil Code and laws and regulations "
        "closely related to people's lives.",
    )
    assert found["民法典"] == "Civil Code"
    found = _renderings(
        "港澳同胞积极参与共建一带一路。",
        "Hong Kong and Macao compatriots take an active part in the Belt and Road.",
    )
    assert found.get("港澳同胞") == "Hong Kong and Macao compatriots"


def test_a_past_form_after_an_auxiliary_and_an_adverb_is_a_verb() -> None:
    # "has fully introduced" is the clause's verb, no modifier of "e-tickets".
    side = en_side("The railway has fully introduced e-tickets and waitlisted ticket purchases.")
    lows = [t.low for t in side.tokens]
    assert side.verb_like[lows.index("introduced")]
    assert not side.verb_like[lows.index("waitlisted")]


def test_zhe_after_a_verb_compound_makes_an_agent_noun_candidate() -> None:
    # jieba leaves 者 alone after 数据处理; with it, the term is the people who do it.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("监管部门加强对数据处理者的监督。"), lex)
    texts = {c.text for c in sentence_candidates(tokens, lex=lex)}
    assert "数据处理者" in texts
    found = _renderings(
        "监管部门加强对数据处理者的监督。",
        "Regulators have stepped up oversight of data handlers.",
    )
    assert found["数据处理者"] == "data handlers"
    # (或者 "or" is no agent.)
    tokens = join_known(zh_tokens("企业或者其他组织应当登记。"), lex)
    assert not any(c.text.endswith("者") for c in sentence_candidates(tokens, lex=lex))


def test_official_senses_of_sector_and_general_aviation() -> None:
    # CC-CEDICT has neither 业 "sector" nor 通用 "general"; official English has both.
    found = _renderings(
        "全国共有通用航空企业689家，证券业保持平稳健康发展。",
        "China has 689 general aviation enterprises, and the securities sector has kept "
        "developing steadily and soundly.",
    )
    assert found["通用航空企业"] == "general aviation enterprises"
    assert found["证券业"] == "securities sector"


def test_guojia_opening_a_body_is_said_by_of_china_after_its_name() -> None:
    # 国家 is "National" and "of China" at once in a body's official name; "of China"
    # in "the People's Republic of China" stays the country's.
    found = _renderings(
        "国家统计局发布的数据显示，全国粮食产量再创新高。",
        "Data released by the National Bureau of Statistics of China show that the "
        "country's grain output hit a record high.",
    )
    assert found["国家统计局"] == "National Bureau of Statistics of China"
    zh = "外国国家豁免法是中华人民共和国的一部法律。"
    side = en_side("The Foreign State Immunity Law is a law of the People's Republic of China.")
    units = zh_units(join_known(zh_tokens(zh), base_lexicon()), base_lexicon())
    links = link(units, side)
    china = [t.low for t in side.tokens].index("china")
    assert all(china not in lk for u, lk in zip(units, links, strict=True) if u.text == "国家")


def test_a_title_case_list_ends_a_name_and_geo_is_geographic() -> None:
    # The commas of "Surveying, Mapping and Geoinformation" are inside the name, and
    # "Geoinformation" is 地理信息 (geographic information) in one word.
    found = _renderings(
        "原国家测绘地理信息局的职责划入自然资源部。",
        "The functions of the former National Administration of Surveying, Mapping and "
        "Geoinformation were transferred to the Ministry of Natural Resources.",
    )
    assert (
        found["国家测绘地理信息局"]
        == "National Administration of Surveying, Mapping and Geoinformation"
    )
    assert compound_keys("geoinformation") == ("~geogr", "~infor")
    assert compound_keys("geometry") == ()


def test_former_before_a_body_is_no_part_of_it_and_china_may_open_its_name() -> None:
    # 原 "former" stands before the name; 国家 is said by the "China" that opens it.
    found = _renderings(
        "2017年6月，原国家食品药品监督管理总局加入国际人用药品注册技术协调会。",
        "In June 2017, the former China Food and Drug Administration joined the "
        "International Council for Harmonisation.",
    )
    assert found["国家食品药品监督管理总局"] == "China Food and Drug Administration"


def test_a_title_case_list_of_multiword_items_ends_a_name_and_former_is_no_cut() -> None:
    found = _renderings(
        "原国家质量监督检验检疫总局的职责划入国家市场监督管理总局。",
        "The functions of the former General Administration of Quality Supervision, "
        "Inspection and Quarantine were transferred to the State Administration for "
        "Market Regulation.",
    )
    assert (
        found["国家质量监督检验检疫总局"]
        == "General Administration of Quality Supervision, Inspection and Quarantine"
    )
    # "former" before the name renders 原, outside it: the name next to it is no cut
    # of a longer phrase.
    office = _scored(
        "原国务院扶贫开发领导小组办公室更名为国家乡村振兴局。",
        "The former Office of the State Council Leading Group of Poverty Alleviation and "
        "Development was renamed the National Administration for Rural Revitalization.",
        "国务院扶贫开发领导小组办公室",
    )
    assert office.en.startswith("Office of the State Council") and office.fit > 0.85


def test_official_senses_of_drug_regulation() -> None:
    # CC-CEDICT has neither 上市许可 "marketing authorization" nor 药物警戒
    # "pharmacovigilance".
    found = _renderings(
        "新法全面实施药品上市许可持有人制度，建立药物警戒制度。",
        "The new law fully implements the drug marketing authorization holder system and "
        "establishes a pharmacovigilance system.",
    )
    assert found["药品上市许可持有人制度"] == "drug marketing authorization holder system"
    assert found["药物警戒制度"] == "pharmacovigilance system"


def test_a_pure_verb_and_one_character_jieba_cut_are_the_dictionary_noun() -> None:
    # jieba cuts 仿制|药; 仿制 is only a verb ("to imitate"), 仿制药 a noun the
    # dictionary has ("generic drug").
    lex = base_lexicon()
    assert "仿制药" in join_known(zh_tokens("仿制药参加国家集采。"), lex)
    found = _renderings(
        "通过一致性评价是仿制药参加国家集采的重要条件。",
        "Passing the consistency evaluation is an important condition for generic drugs "
        "to take part in national centralized procurement.",
    )
    assert found["仿制药"] == "generic drugs"


def test_a_suspended_hyphen_keeps_the_compound_whole() -> None:
    # "medium- and long-term": 中长期 is said by "long-term" alone, but the rendering
    # may not start after "medium- and" (the first half waits for the second's ending).
    found = _renderings(
        "鼓励发电企业与用户签订中长期合同，扩大中长期交易规模。",
        "Power generation companies and users are encouraged to sign medium- and "
        "long-term contracts, and the scale of such trading will be expanded.",
    )
    assert found["中长期合同"] == "medium- and long-term contracts"
    found = _renderings(
        "引导中长期资金入市。",
        "We will channel medium- and long-term funds into the market.",
    )
    assert found["中长期资金"] == "medium- and long-term funds"


def test_official_senses_of_power_and_poverty_alleviation() -> None:
    # CC-CEDICT has neither 蓄能 (jieba cuts 蓄|能, "can") nor 全社会用电量, 电煤 or
    # 安置区.
    found = _renderings(
        "河北丰宁抽水蓄能电站已全面投产，2023年全社会用电量同比增长6.7%。",
        "The Fengning pumped-storage power station in Hebei is now fully operational, and "
        "total electricity consumption grew by 6.7 percent year on year in 2023.",
    )
    assert found["丰宁抽水蓄能电站"] == "Fengning pumped-storage power station"
    assert found["全社会用电量"] == "total electricity consumption"
    found = _renderings(
        "各地要建好集中安置区，加强电煤供应保障。",
        "Localities must build centralized resettlement sites well and ensure the supply "
        "of thermal coal.",
    )
    assert found["集中安置区"] == "centralized resettlement sites"
    # A project named by its directions: its characters link only "West-to-East".
    found = _renderings(
        "国家电网将继续推进“西电东送”战略。",
        "State Grid will continue to advance the West-to-East Power Transmission strategy.",
    )
    assert found["西电东送"] == "West-to-East Power Transmission"


def test_a_participle_out_of_after_its_noun_is_no_verb() -> None:
    # "counties lifted out of poverty" (脱贫县): no object between the participle and
    # "out of", so it modifies the noun before it ("pointed out" is still a verb).
    found = _renderings(
        "中央单位定点帮扶592个脱贫县。",
        "Central entities provide designated assistance to 592 counties lifted out of poverty.",
    )
    assert found["脱贫县"] == "counties lifted out of poverty"


def test_a_participle_after_a_number_modifies_the_noun() -> None:
    # "35,000 centralized resettlement sites": a number is no subject of "centralized".
    found = _renderings(
        "全国累计建成集中安置区约3.5万个。",
        "About 35,000 centralized resettlement sites were built across the country.",
    )
    assert found["集中安置区"] == "centralized resettlement sites"


def test_a_long_gloss_stands_whole_with_its_function_words() -> None:
    # 先立后破's gloss "building the new before discarding the old" has three function
    # words between its four content words; the whole gloss is the rendering.
    found = _renderings(
        "坚持先立后破，有计划分步骤实施碳达峰行动。",
        "The country will advance initiatives to reach peak carbon emissions in a "
        "well-planned way, in line with the principle of building the new before "
        "discarding the old.",
    )
    assert found["先立后破"] == "building the new before discarding the old"


def test_official_senses_of_the_party_congresses() -> None:
    # The number unit of 二十大 says only "20th"; the congress is "CPC National Congress".
    found = _renderings(
        "党的二十大报告提出，深入推进环境污染防治。",
        "The report to the 20th CPC National Congress called for further efforts to "
        "prevent and control environmental pollution.",
    )
    assert found["党的二十大"] == "20th CPC National Congress"
    assert found["党的二十大报告"] == "report to the 20th CPC National Congress"


def test_a_compound_word_inside_a_longer_term_is_offered_below_it() -> None:
    # 风电 "wind power" only modifies 装机容量 here (low termhood), but one dictionary
    # word said by an English compound is a term of its own: offered, below the longer.
    pairs = _scored_pairs(
        "其中，太阳能发电装机容量约8.9亿千瓦，风电装机容量约5.2亿千瓦。",
        "Of the total, installed solar power capacity stood at about 890 million "
        "kilowatts and wind power capacity at about 520 million kilowatts.",
    )
    assert pairs["风电装机容量"].en == "wind power capacity"
    assert pairs["风电"].en == "wind power"
    assert pairs["风电"].local < pairs["风电装机容量"].local


def test_a_commission_and_the_verb_huitong_after_it_are_cut_apart() -> None:
    # jieba cuts 国家发展|改|革委会|同; the commission ends on 委, 会同 "jointly with".
    lex = base_lexicon()
    tokens = join_known(zh_tokens("国家发展改革委会同有关部门开展消费帮扶行动。"), lex)
    assert tokens[:5] == ("国家", "发展", "改革", "委", "会同")
    # 常委会|同意 "agrees": 同意 is a common word, and the committee keeps its 会.
    assert join_known(zh_tokens("全国人大常委会同意任命。"), lex)[:2] == ("全国人大常委会", "同意")
    found = _renderings(
        "国家发展改革委会同有关部门开展消费帮扶行动。",
        "The National Development and Reform Commission, together with relevant "
        "departments, carried out consumption-based assistance campaigns.",
    )
    assert found["国家发展改革委"] == "National Development and Reform Commission"


def test_official_senses_of_publicity_and_publishing() -> None:
    # CC-CEDICT says "Propaganda Department"; official English says "Publicity".
    found = _renderings(
        "中共中央宣传部印发通知，部署开展全民阅读活动，加强农家书屋建设。",
        "The Publicity Department of the CPC Central Committee issued a circular on "
        "carrying out nationwide reading activities and strengthening the construction "
        "of rural reading rooms.",
    )
    assert found["中共中央宣传部"] == "Publicity Department of the CPC Central Committee"
    assert found["农家书屋"] == "rural reading rooms"
    assert found["全民阅读活动"] == "nationwide reading activities"


def test_a_word_said_twice_takes_the_english_in_its_own_part_of_the_sentence() -> None:
    # 一带一路 twice: the first, inside “一带一路”电影周, is "Belt and Road" of "Belt
    # and Road Film Week"; the second is the later "Belt and Road Initiative".
    found = _renderings(
        "电影节期间举办了“一带一路”电影周，进一步深化与共建“一带一路”国家的电影交流合作。",
        "During the festival, the Belt and Road Film Week was held to further deepen film "
        "exchanges and cooperation with countries participating in the Belt and Road "
        "Initiative.",
    )
    assert found["“一带一路”电影周"] == "Belt and Road Film Week"
    assert found["一带一路"] == "Belt and Road Initiative"


def test_a_title_in_trial_keeps_its_trial_status() -> None:
    # （试行） = "(Trial)": the title's English goes on past its bracket, as a dated
    # title's does; the name without it is offered too.
    found = _renderings(
        "2023年9月，科技部等十部门联合印发《科技伦理审查办法（试行）》。",
        "In September 2023, the Ministry of Science and Technology and nine other "
        "departments jointly issued the Measures for Ethical Review of Science and "
        "Technology Activities (Trial).",
    )
    assert found["科技伦理审查办法（试行）"] == (
        "Measures for Ethical Review of Science and Technology Activities (Trial)"
    )
    assert found["科技伦理审查办法"] == (
        "Measures for Ethical Review of Science and Technology Activities"
    )


def test_a_degree_noun_after_the_object_ends_no_term() -> None:
    # 加大|打击|侵权盗版|力度 "step up the crackdown on infringement and piracy": 力度
    # says how hard, so 侵权盗版 is the maximal phrase, and 侵权盗版力度 no term.
    found = _renderings(
        "各地版权执法部门持续加大打击侵权盗版力度。",
        "Copyright enforcement authorities across the country continued to step up the "
        "crackdown on infringement and piracy.",
    )
    assert found["侵权盗版"] == "infringement and piracy"
    assert "侵权盗版力度" not in found


def test_a_name_may_end_on_its_number_after_of() -> None:
    # "Group of 20" (二十国集团): the number ends the name, as in "Agenda 2063".
    found = _renderings(
        "李强表示，中方支持二十国集团坚持团结合作。",
        "Li said that China supports the Group of 20 in upholding solidarity and cooperation.",
    )
    assert found["二十国集团"] == "Group of 20"


def test_in_advance_ends_no_term() -> None:
    # 提前 "in advance" says when the alert was issued, not which alert.
    found = _renderings(
        "中央气象台提前发布台风红色预警。",
        "The National Meteorological Center issued a red typhoon alert in advance.",
    )
    assert found["台风红色预警"] == "red typhoon alert"


def test_a_gerund_before_a_list_comma_heads_its_phrase() -> None:
    # "anti-money laundering, counter-terrorist financing and ...": the comma of a list
    # that breaks no phrase; "laundering" is the first item's head, not a verb.
    found = _renderings(
        "健全反洗钱、反恐怖融资和反逃税监管体制机制。",
        "We will improve the regulatory systems and mechanisms for anti-money laundering, "
        "counter-terrorist financing and anti-tax evasion.",
    )
    assert found["反洗钱"] == "anti-money laundering"
    assert found["反恐怖融资"] == "counter-terrorist financing"


def test_a_possessive_is_no_initial_of_an_acronym() -> None:
    # "Supreme People's Court" is "SPC", not "SPSC".
    assert "^spc" in acronym_keys(["Supreme People's Court"])
    found = _renderings(
        "2015年1月，最高人民法院第一巡回法庭在广东省深圳市挂牌成立。",
        "In January 2015, the First Circuit Court of the SPC was inaugurated in Shenzhen, "
        "Guangdong Province.",
    )
    assert found["最高人民法院第一巡回法庭"] == "First Circuit Court of the SPC"


def test_a_name_before_general_secretary_is_a_person(tmp_path: Path) -> None:
    # 习近平总书记 = "General Secretary Xi Jinping": a person with a post, offered below
    # the terms, as a name after a post is.
    rows = [
        ("习近平总书记强调，要全面推进乡村振兴。",
         "General Secretary Xi Jinping stressed the need to comprehensively advance rural "
         "revitalization."),
        ("乡村振兴是新时代“三农”工作的总抓手。",
         "Rural revitalization is the overarching task of work related to agriculture, "
         "rural areas and farmers in the new era."),
    ]  # fmt: skip
    found = {p.zh: p for p in mine_documents([read_document(_tsv(tmp_path / "t.tsv", rows))])}
    assert found["习近平总书记"].en == "General Secretary Xi Jinping"
    assert found["习近平总书记"].score < found["乡村振兴"].score


def test_a_number_of_things_bounds_its_object() -> None:
    # 数量 "the number of" after its object, as 力度 after what is stepped up: the
    # object is the term, "a large number of declining cities" is no name.
    found = _renderings(
        "全省衰退型城市数量多、接续产业发展慢。",
        "The province has a large number of declining cities where successor industries "
        "are growing slowly.",
    )
    assert found["衰退型城市"] == "declining cities"
    assert not any(zh.endswith("数量") for zh in found)


def test_a_chain_of_names_joined_by_dashes_is_one_name() -> None:
    # 中国－老挝－泰国三方联合工作组: the dash between the second and third names joins
    # them as the first dash does; the chain is not cut before its last name.
    found = _renderings(
        "中国－老挝－泰国三方联合工作组举行第一次会议。",
        "The China-Laos-Thailand Trilateral Joint Working Group held its first meeting.",
    )
    assert found["中国－老挝－泰国三方联合工作组"] == (
        "China-Laos-Thailand Trilateral Joint Working Group"
    )
    assert "中国－老挝" not in found


def test_each_clause_of_a_quoted_saying_is_a_slogan() -> None:
    # Two slogans in one pair of quotes, each quoted on its own in the English.
    found = _renderings(
        "各地坚持“绿水青山就是金山银山，保护生态环境就是保护生产力”。",
        'All localities adhere to the principles that "lucid waters and lush mountains are '
        'invaluable assets" and "protecting the environment is protecting productivity."',
    )
    assert found["绿水青山就是金山银山"] == (
        "lucid waters and lush mountains are invaluable assets"
    )
    assert found["保护生态环境就是保护生产力"] == (
        "protecting the environment is protecting productivity"
    )


def test_paired_cooperation_and_connected_vehicles_are_official_senses() -> None:
    # 对口 "paired" (对口合作, 对口支援) and 网联 "connected", 汽车 "vehicles": senses
    # CC-CEDICT lacks.
    found = _renderings(
        "两省建立对口合作机制，共同发展智能网联汽车产业。",
        "The two provinces have established a paired cooperation mechanism to jointly "
        "develop the intelligent connected vehicle industry.",
    )
    assert found["对口合作机制"] == "paired cooperation mechanism"
    assert found["智能网联汽车产业"] == "intelligent connected vehicle industry"


def test_a_list_keeps_an_and_inside_its_items_and_a_short_bracketed_part() -> None:
    """ "meetings and events, and office buildings": with the comma before the last
    "and", an earlier "and" is inside an item. A short bracketed part is inside its
    Chinese item (出国（境）), a preposition is before the first one (对|经费管理), and
    the last item may follow 和."""
    from glossary.mining.candidates import BREAKERS
    from glossary.mining.lists import en_lists, list_pairs

    assert en_lists(
        "It sets rules on the management of funds, domestic travel, meetings and events, "
        "and office buildings."
    ) == [["management of funds", "domestic travel", "meetings and events", "office buildings"]]
    zh = "规定对经费管理、国内差旅、因公出国（境）、会议活动和办公用房等作出规范。"
    en = (
        "The provisions set rules on the management of funds, domestic travel, overseas "
        "trips on official business, meetings and events, and office buildings."
    )
    tokens = join_known(zh_tokens(zh), base_lexicon())
    found = {z: e for z, e, _at, _fit in list_pairs(zh, en, tokens, BREAKERS, base_lexicon())}
    assert found == {
        "经费管理": "management of funds",
        "国内差旅": "domestic travel",
        "因公出国（境）": "overseas trips on official business",
        "会议活动": "meetings and events",
        "办公用房": "office buildings",
    }


def test_civil_service_senses_cc_cedict_lacks() -> None:
    # 在职 "in-service", 任职培训 "pre-appointment training", 接待 "reception", 公务用车
    # "official vehicles", 办公用房 "office buildings": without them the items of these
    # lists took each other's English.
    found = _renderings(
        "公务员培训包括初任培训、任职培训和在职培训。",
        "Training for civil servants includes initial training, pre-appointment training "
        "and in-service training.",
    )
    assert found["初任培训"] == "initial training"
    assert found["任职培训"] == "pre-appointment training"
    assert found["在职培训"] == "in-service training"
    found = _renderings(
        "机关事务管理局负责办公用房、公务用车和公务接待的统一管理。",
        "The Government Offices Administration is responsible for the unified management "
        "of office buildings, official vehicles and official receptions.",
    )
    assert found["办公用房"] == "office buildings"
    assert found["公务用车"] == "official vehicles"
    assert found["公务接待"] == "official receptions"
    # (No sense of 公务接待 as a whole: a title holding it then rendered only up to it.)
    found = _renderings(
        "根据《党政机关国内公务接待管理规定》，接待单位应当严格控制接待范围。",
        "Under the Provisions on the Management of Domestic Official Receptions by Party and "
        "Government Organs, host units shall strictly control the scope of receptions.",
    )
    assert found["党政机关国内公务接待管理规定"] == (
        "Provisions on the Management of Domestic Official Receptions by Party and "
        "Government Organs"
    )


def test_a_level_after_its_noun_is_part_of_the_term() -> None:
    # "at the grassroots level", "at all levels": "at" inside a term only before a level.
    found = _renderings(
        "新录用的公务员均应具有两年以上基层工作经历。",
        "Newly recruited civil servants should all have at least two years of work "
        "experience at the grassroots level.",
    )
    assert found["基层工作经历"] == "work experience at the grassroots level"
    found = _renderings(
        "中非合作论坛峰会在人民大会堂开幕。",
        "The Summit of the Forum on China-Africa Cooperation opened at the Great Hall of "
        "the People.",
    )
    assert found["人民大会堂"] == "Great Hall of the People"


def test_a_negated_word_keeps_its_negation() -> None:
    # 不 before a word is the "un-" of its English: “不公平竞争” is "unfair competition"
    # even where the English says the two quotes in the other order, and 不|可靠 is one
    # word, "unreliable", at the start of a name.
    found = _renderings(
        "他们打着“公平竞争”的旗号，搞的却是“不公平竞争”。",
        'They practice "unfair competition" under the banner of "fair competition."',
    )
    assert found["不公平竞争"] == "unfair competition"
    assert found["公平竞争"] == "fair competition"
    found = _renderings(
        "商务部决定将该公司列入不可靠实体清单。",
        "MOFCOM decided to add the company to the Unreliable Entity List.",
    )
    assert found["不可靠实体清单"] == "Unreliable Entity List"
    assert "可靠实体清单" not in found


def test_no_term_starts_inside_a_foreign_name() -> None:
    # 洛克希德·马丁公司: the dot joins the name's parts; 马丁公司 is no term of its own.
    found = _renderings(
        "波音公司与洛克希德·马丁公司均在名单之列。",
        "Both Boeing and Lockheed Martin Corporation are on the list.",
    )
    assert found["洛克希德·马丁公司"] == "Lockheed Martin Corporation"
    assert "马丁公司" not in found


def test_a_post_said_before_of_is_part_of_its_rendering() -> None:
    # 委员 is "member": "a member of | the Political Bureau of the CPC Central Committee"
    # renders 中共中央政治局委员 with "member of", whose "Committee" is 中共中央's.
    found = _renderings(
        "中共中央政治局委员、外交部部长王毅出席会议。",
        "Wang Yi, a member of the Political Bureau of the CPC Central Committee and "
        "Minister of Foreign Affairs, attended the meeting.",
    )
    assert found["中共中央政治局委员"] == (
        "member of the Political Bureau of the CPC Central Committee"
    )


def test_a_title_does_not_run_on_to_a_name_said_again_after_it() -> None:
    # 向世贸组织提交《……世贸组织改革……》: the last "WTO" is 向世贸组织's, not the
    # title's, though the title says the name too.
    found = _renderings(
        "中方已向世贸组织提交《中国关于世贸组织改革的建议文件》。",
        "China has submitted China's Proposal on WTO Reform to the WTO.",
    )
    assert found["中国关于世贸组织改革的建议文件"] == "China's Proposal on WTO Reform"


def test_a_serial_number_one_is_part_of_the_name() -> None:
    # 一号 after a name is its serial number, said "One", "No. 1" or "-1" in English
    # (一 alone is too common to anchor on).
    found = _renderings(
        "我国自主研发的三代核电“国和一号”示范工程投入商运。",
        "The demonstration project of Guohe One, a third-generation nuclear power "
        "technology independently developed by China, entered commercial operation.",
    )
    assert found["国和一号"] == "Guohe One"
    found = _renderings(
        "“海葵一号”浮式生产储卸油装置在珠江口盆地正式投用。",
        "The Haikui No. 1 floating production, storage and offloading unit was officially "
        "put into use in the Pearl River Mouth Basin.",
    )
    assert found["海葵一号"] == "Haikui No. 1"
    assert zh_numbers("统一") == set()
    assert zh_numbers("天问一号") == {"1"}


def test_two_processes_after_their_object_name_them() -> None:
    # 油气|勘探|开发: two verbs side by side after the noun they act on are the
    # processes' name ("oil and gas exploration and development"), as with 和 between
    # them; not a clause.
    found = _renderings(
        "三大石油公司全面落实油气勘探开发“七年行动计划”，国内原油产量稳中有升。",
        "The three major oil companies fully implemented the seven-year action plan for "
        "oil and gas exploration and development, and domestic crude oil output rose "
        "steadily.",
    )
    assert found["油气勘探开发"] == "oil and gas exploration and development"


def test_the_items_of_a_quoted_list_are_candidates() -> None:
    # “和平统一、一国两制”: the quote holds two names, each a term of its own.
    found = _renderings(
        "“和平统一、一国两制”是我们解决台湾问题的基本方针。",
        '"Peaceful reunification" and "one country, two systems" are our basic principles '
        "for resolving the Taiwan question.",
    )
    assert found["一国两制"] == "one country, two systems"
    assert found["和平统一"] == "Peaceful reunification"
    found = _renderings(
        "原油期货采用“国际平台、保税交割、人民币计价”的模式。",
        'Crude oil futures adopt the model of "international platform, bonded delivery '
        'and RMB denomination".',
    )
    assert found["保税交割"] == "bonded delivery"


def test_a_double_dash_joins_no_name_and_a_prefix_is_no_adverb() -> None:
    # "——" is punctuation (an apposition, a subtitle): the name after it is a term of
    # its own, not the rest of a dashed name. 非常规 is 非|常规 "unconventional", not
    # the adverb 非常 "very" glued to a verb.
    found = _renderings(
        "全球第一台“华龙一号”核电机组——中核集团福清核电5号机组投入商业运行。",
        "The world's first Hualong One nuclear power unit, Unit 5 of the Fuqing Nuclear "
        "Power Plant operated by China National Nuclear Corporation, entered commercial "
        "operation.",
    )
    assert found["中核集团"] == "China National Nuclear Corporation"
    found = _renderings(
        "页岩气等非常规油气资源开发取得新进展。",
        "New progress has been made in developing unconventional oil and gas resources "
        "such as shale gas.",
    )
    assert found["非常规油气资源"] == "unconventional oil and gas resources"


def test_a_document_named_by_its_serial_number_is_a_term() -> None:
    # 第|2712|号|决议 = "Resolution 2712": 第 may open a name when a serial number and
    # the noun it numbers follow (never the bare number: 第2712号).
    found = _renderings(
        "安理会通过第2712号决议，呼吁延长人道主义暂停。",
        "The Security Council adopted Resolution 2712, calling for extended humanitarian pauses.",
    )
    assert found["第2712号决议"] == "Resolution 2712"
    assert "第2712号" not in found


def test_an_abbreviation_is_offered_beside_the_full_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # One English per Chinese term, except its abbreviation: 国家发展改革委 is "National
    # Development and Reform Commission" and "NDRC", both renderings a glossary keeps.
    path = _tsv(
        tmp_path_factory.mktemp("abbr") / "abbr.tsv",
        [
            (
                "国家发展改革委发布了关于促进民营经济发展的若干措施。",
                "The National Development and Reform Commission issued several measures "
                "to promote the development of the private economy.",
            ),
            (
                "国家发展改革委表示，将加快推进重大项目建设。",
                "The NDRC said it would accelerate the construction of major projects.",
            ),
            (
                "国家发展改革委新闻发言人在发布会上回答了记者提问。",
                "An NDRC spokesperson answered questions from reporters at the press conference.",
            ),
        ],
    )
    pairs = mine_documents([read_document(path)])
    english = [p.en for p in pairs if p.zh == "国家发展改革委"]
    assert sorted(english) == ["NDRC", "National Development and Reform Commission"]
    assert all(len([p for p in pairs if p.zh == zh]) == 1 for zh in {"重大项目", "发布会"})


def test_a_yearly_day_is_named_without_its_ordinal() -> None:
    # 第九个|全民国家安全教育日 = "ninth National Security Education Day": the day a
    # glossary records is 全民国家安全教育日 (全民 said by no word of the English).
    found = _renderings(
        "今年4月15日是第九个全民国家安全教育日，各地开展了宣传活动。",
        "April 15 this year marks the ninth National Security Education Day, and "
        "localities held publicity activities.",
    )
    assert found["全民国家安全教育日"] == "National Security Education Day"
    # (第十四个|五年规划 keeps its number: the name is the "14th Five-Year Plan".)
    found = _renderings(
        "今年是第十四个五年规划的开局之年。",
        "This year is the first year of the 14th Five-Year Plan.",
    )
    assert found["第十四个五年规划"] == "14th Five-Year Plan"
    assert "五年规划的开局" not in found


def test_a_count_of_major_things_opens_a_phrase() -> None:
    # 三|大 "three major" counts what follows it: the name before it ends there
    # (粤港澳大湾区, not 粤港澳大湾区三大 nor a run of single characters cut open).
    found = _renderings(
        "国家将建设京津冀、长三角、粤港澳大湾区三大国际科技创新中心。",
        "The country will build three international science and technology innovation "
        "centers in the Beijing-Tianjin-Hebei region, the Yangtze River Delta and the "
        "Guangdong-Hong Kong-Macao Greater Bay Area.",
    )
    assert found["粤港澳大湾区"] == "Guangdong-Hong Kong-Macao Greater Bay Area"
    assert not any(zh.endswith("三大") for zh in found)


def test_an_able_adjective_is_one_word_before_its_noun() -> None:
    # 可|持续 before a noun is 可持续 "sustainable", where 可 alone is "may": the
    # name it opens is a candidate (可持续航空燃料 "sustainable aviation fuel"). 可
    # before a verb stays apart (可|申请).
    lex = base_lexicon()
    assert "可持续" in join_known(zh_tokens("推广可持续航空燃料的使用"), lex)
    assert "可申请" not in join_known(zh_tokens("企业可申请专项补贴"), lex)
    found = _renderings(
        "航空公司将扩大可持续航空燃料的使用规模。",
        "Airlines will expand the use of sustainable aviation fuel.",
    )
    assert found["可持续航空燃料"] == "sustainable aviation fuel"


def test_a_short_form_given_in_brackets_shares_the_names_english(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # 跨境电子商务（跨境电商）: the text gives the short form, which ends otherwise than
    # the name; both are terms with the one English.
    path = _tsv(
        tmp_path_factory.mktemp("bracketed") / "bracketed.tsv",
        [
            (
                "跨境电子商务（跨境电商）带动了外贸新业态发展。",
                "Cross-border e-commerce has driven the growth of new forms of foreign trade.",
            ),
            (
                "今年跨境电商进出口额同比增长百分之十。",
                "This year, imports and exports through cross-border e-commerce grew by "
                "10 percent year on year.",
            ),
        ],
    )
    english = {p.zh: p.en.lower() for p in mine_documents([read_document(path)])}
    assert english["跨境电子商务"] == "cross-border e-commerce"
    assert english["跨境电商"] == "cross-border e-commerce"


def test_a_name_around_a_repeated_term_says_which_english_is_its_own() -> None:
    # 稀土产品 three times, "rare earth product(s)" three times: from any of its places
    # the term links to any of them equally well. 稀土产品追溯系统, whose English holds
    # the last, says which, and keeps its own English.
    found = _renderings(
        "企业应当记录稀土产品流向，报告稀土产品库存，并将信息录入稀土产品追溯系统。",
        "Enterprises shall record the flow of rare earth products, report the stocks of "
        "rare earth products, and enter the information into the rare earth product "
        "tracing system.",
    )
    assert found["稀土产品追溯系统"] == "rare earth product tracing system"


def test_a_company_name_ends_on_its_legal_form() -> None:
    # 有限公司 = "Co., Ltd.": the company's own English, not that of another company
    # named in the same sentence.
    found = _renderings(
        "中国铁塔股份有限公司与中国移动通信集团有限公司签署了合作协议。",
        "China Tower Co., Ltd. signed a cooperation agreement with China Mobile "
        "Communications Group Co., Ltd.",
    )
    assert found["中国铁塔股份有限公司"] == "China Tower Co., Ltd."
    assert found["中国移动通信集团有限公司"] == "China Mobile Communications Group Co., Ltd."
    # (The legal form alone names no company.)
    found = _renderings(
        "本次债券由中国工商银行股份有限公司承销。",
        "The bonds were underwritten by Industrial and Commercial Bank of China Co., Ltd.",
    )
    assert found["中国工商银行股份有限公司"] == "Industrial and Commercial Bank of China Co., Ltd."
    assert not any(zh in found for zh in ("股份有限公司", "有限公司"))


def test_a_head_in_a_list_is_no_shared_modifier() -> None:
    # 多层次、多支柱 are two modifiers of one head; 基金、基本 are not: 基金 ends the
    # first item (全国社会保障基金), so no candidate runs across the 、 from it.
    lex = base_lexicon()
    toks = join_known(zh_tokens("引导商业保险资金、全国社会保障基金、基本养老保险基金入市。"), lex)
    texts = {c.text for c in sentence_candidates(toks, lex=lex)}
    assert "全国社会保障基金" in texts
    assert not any("、" in text for text in texts)
    toks = join_known(zh_tokens("健全多层次、多支柱养老保险体系。"), lex)
    texts = {c.text for c in sentence_candidates(toks, lex=lex)}
    assert "多层次、多支柱养老保险体系" in texts


def test_a_place_after_a_head_opens_the_next_name() -> None:
    # 互联网法院|杭州|互联网法院: 杭州 "Hangzhou" after the head 法院 starts the next
    # name; 互联网法院杭州 is no candidate. (法 "law", 网络 "network" are no places.)
    lex = base_lexicon()
    toks = join_known(zh_tokens("全国首家互联网法院杭州互联网法院挂牌成立。"), lex)
    texts = {c.text for c in sentence_candidates(toks, lex=lex)}
    assert "杭州互联网法院" in texts
    assert not any(text.endswith("杭州") and text != "杭州" for text in texts)
    found = _renderings(
        "全国首家互联网法院杭州互联网法院挂牌成立。",
        "The Hangzhou Internet Court, the country's first internet court, was inaugurated.",
    )
    assert found["杭州互联网法院"] == "Hangzhou Internet Court"


def test_a_quoted_name_may_open_on_two_near_synonyms() -> None:
    # 全民|国家 share a sense ("national"), a pair said once in English outside a name;
    # in quotes they open the name: “全民国家安全教育日” = "National Security Education
    # Day".
    found = _renderings(
        "各地围绕“全民国家安全教育日”开展了形式多样的宣传活动。",
        "Localities held a variety of publicity activities for National Security Education Day.",
    )
    assert found["全民国家安全教育日"] == "National Security Education Day"


def test_a_name_whose_ends_the_dictionary_cannot_link_is_rendered() -> None:
    # 第九检察厅: its first and last characters (第, 厅) link to no word of the
    # English, yet "Ninth Procuratorate" renders it; so does "rule of law in petition
    # work" 信访工作法治化 (信 and 化 link to nothing). Half of it linkable is enough.
    found = _renderings(
        "第九检察厅负责未成年人检察工作。",
        "The Ninth Procuratorate is responsible for juvenile procuratorial work.",
    )
    assert found["第九检察厅"] == "Ninth Procuratorate"
    found = _renderings(
        "我们将推进信访工作法治化。", "We will advance the rule of law in petition work."
    )
    assert found["信访工作法治化"] == "rule of law in petition work"


def test_a_verb_may_name_the_field_of_a_powerhouse() -> None:
    # 制造 "to manufacture" opens no name as a verb, but 制造|强国 is the field a
    # country leads in: "manufacturing powerhouse".
    found = _renderings(
        "我们要加快建设制造强国，推动制造业高端化发展。",
        "We will move faster to build China into a manufacturing powerhouse and promote "
        "high-end development of manufacturing.",
    )
    assert found["制造强国"] == "manufacturing powerhouse"


def test_a_name_may_be_shared_by_two_coordinated_nouns() -> None:
    # 联合国|宪章|宗旨|和|原则: the Charter's purposes and principles, one term; not
    # 宪章宗旨和原则 cut from its name.
    found = _renderings(
        "各国应当恪守联合国宪章宗旨和原则，和平解决争端。",
        "All countries should abide by the purposes and principles of the UN Charter and "
        "settle disputes peacefully.",
    )
    assert found["联合国宪章宗旨和原则"] == "purposes and principles of the UN Charter"


def test_titles_listed_together_take_their_english_in_order() -> None:
    # 《A》与《B》 = "the A and the B": the second title shares words with the first
    # (未成年人 "Minors"), so its words alone would reach the first law's English; the
    # list says which is which.
    found = _renderings(
        "《未成年人保护法》与《预防未成年人犯罪法》都把家庭教育列为重点。",
        "The Law on the Protection of Minors and the Law on the Prevention of Juvenile "
        "Delinquency both give priority to family education.",
    )
    assert found["预防未成年人犯罪法"] == "Law on the Prevention of Juvenile Delinquency"
    assert found["未成年人保护法"] == "Law on the Protection of Minors"


def test_a_title_given_again_in_brackets_is_no_second_listed_title() -> None:
    # 《A》（以下简称《B》）: B is A's short form, not a second title listed with A, so
    # the "and the" inside A's English does not cut it in two.
    found = _renderings(
        "2021年，国务院印发《关于促进体育产业和旅游产业高质量发展的若干措施》"
        "（以下简称《若干措施》），提出二十项举措。",
        "In 2021, the State Council issued the Several Measures for Promoting the "
        "High-quality Development of the Sports Industry and the Tourism Industry "
        "(hereinafter referred to as the Several Measures), putting forward 20 measures.",
    )
    assert found["关于促进体育产业和旅游产业高质量发展的若干措施"] == (
        "Several Measures for Promoting the High-quality Development of the Sports "
        "Industry and the Tourism Industry"
    )


def test_a_title_with_and_inside_keeps_the_part_after_and_the() -> None:
    # 汽车产业和软件产业: the title's own "and". The part of the run before "and the"
    # says as many of its words (软件产业 links "Industry" there too), but not that one.
    found = _renderings(
        "财政部发布《关于支持汽车产业和软件产业协同发展税收政策的公告》。",
        "The Ministry of Finance released the Announcement on the Tax Policies for "
        "Supporting the Coordinated Development of the Automobile Industry and the "
        "Software Industry.",
    )
    assert found["关于支持汽车产业和软件产业协同发展税收政策的公告"] == (
        "Announcement on the Tax Policies for Supporting the Coordinated Development of "
        "the Automobile Industry and the Software Industry"
    )


def test_a_dates_unit_and_the_upon_after_it_are_two_words() -> None:
    # 6|月经 "menstruation", 3|日经 "Nikkei": jieba's words across a date's end. The
    # unit ends the date and 经 ("upon the approval of") opens no candidate before
    # who decided; before a verb it may (经认证的经营者 "authorized economic operator").
    lex = base_lexicon()
    dates = (("2023年6月经全国人大常委会审议通过。", "月"), ("3日经国务院批准。", "日"))
    for sentence, unit in dates:
        tokens = join_known(zh_tokens(sentence), lex)
        assert tokens[tokens.index(unit) + 1] == "经"
        texts = {c.text for c in sentence_candidates(tokens, lex=lex)}
        assert not any(t.startswith(("经", "月", "日")) for t in texts), texts
    found = _renderings(
        "2023年6月经十四届全国人大常委会第三次会议审议通过。",
        "It was adopted at the third session of the Standing Committee of the 14th "
        "National People's Congress in June 2023.",
    )
    assert "十四届全国人大常委会第三次会议" in found
    assert not any(zh.startswith(("经", "月经")) for zh in found)
    assert "经认证的经营者" in _candidate_texts("我国与各国签署经认证的经营者互认安排。")


def test_words_of_source_and_cause_open_no_candidate() -> None:
    # 据 and 依据 "according to", 由于 "because of", 由此 "thus", 在内 "included", 仍
    # "still": what the sentence says of a name, never part of it. And a year's 年前
    # ("before 2030") is the date's end and "before", not the first word of what follows.
    lex = base_lexicon()
    for sentence, name in (
        ("据中国钢铁工业协会统计，粗钢产量下降。", "中国钢铁工业协会"),
        ("由于美国单方面加征关税，双边贸易下降。", "美国"),
        ("包括联合国在内的国际组织表示欢迎。", "国际组织"),
        ("各地印发2030年前碳达峰实施方案。", "碳达峰实施方案"),
        ("市场监管总局依据消费者权益保护法查处违法行为。", "消费者权益保护法"),
        ("我国集成电路产业销售额仍居世界前列。", "集成电路产业销售额"),
    ):
        tokens = join_known(zh_tokens(sentence), lex)
        cands = sentence_candidates(tokens, lex=lex)
        texts = {c.text for c in cands}
        assert name in texts, texts
        words = {"据", "由于", "在内", "年前", "前", "依据", "仍"}
        assert not any(tokens[c.a] in words or tokens[c.b - 1] in words for c in cands), texts


def test_words_said_of_a_name_do_not_open_a_candidate() -> None:
    # 修改|后|的: "amended"; 原 "the former"; 各国 "all countries'"; 当地 "local";
    # 领域 "field", the end of the phrase before it. The names after them still are.
    for sentence, name in (
        ("修改后的反间谍法正式施行。", "反间谍法"),
        ("原国家海洋局的职责划入自然资源部。", "国家海洋局"),
        ("中方愿同各国发展战略对接。", "发展战略"),
        ("项目改善了当地民众生活。", "民众"),
        ("双方将深化能源领域合作。", "能源"),
    ):
        texts = set(_candidate_texts(sentence))
        assert name in texts, texts
        assert not any(t.startswith(("后", "原", "各国", "当地", "领域")) for t in texts), texts


def test_a_rank_or_a_quality_before_its_head_ends_no_candidate() -> None:
    # 全球|第一 "first in the world", 世界|最大 "the world's largest": a ranking, not a
    # name; 高质量, 高水平, 一站式 say what the head after them is like.
    for sentence, term in (
        ("我国造船完工量连续十四年保持全球第一。", "造船完工量"),
        ("三峡工程是世界最大的水利枢纽工程。", "水利枢纽工程"),
        ("推动海洋经济高质量发展。", "海洋经济"),
        ("建设高水平对外开放平台，提供一站式服务。", "对外开放平台"),
    ):
        texts = set(_candidate_texts(sentence))
        assert term in texts, texts
        ranks_and_qualities = ("第一", "最大", "高质量", "高水平", "一站式")
        assert not any(t.endswith(ranks_and_qualities) for t in texts), texts


def test_how_much_a_result_weighs_is_a_description() -> None:
    # 历史性|成就 "historic achievements", 阶段性|成效: what is said of a result, not
    # the name of one; 标志性 stays a term's first word (标志性工程 "signature projects").
    lex = base_lexicon()

    def first_word(word: str) -> float:
        toks = ("取得", word, "成就", "。")
        cand = next(c for c in sentence_candidates(toks, lex=lex) if c.text == word + "成就")
        return termhood(cand, toks, lex)

    assert first_word("历史性") < first_word("标志性")
    assert first_word("决定性") < first_word("标志性")


def test_verbs_of_steering_open_no_candidate_but_a_name_may_end_on_one() -> None:
    # 加强|国际人文交流 "strengthen ...", 引导|金融机构 "guide ...", 组织|农村妇女
    # "organise ...": a clause. 组织 still ends a name (上海合作组织).
    for sentence, term in (
        ("双方同意加强国际人文交流。", "国际人文交流"),
        ("引导金融机构加大信贷投放。", "金融机构"),
        ("各地组织农村妇女参加技能培训。", "农村妇女"),
    ):
        texts = set(_candidate_texts(sentence))
        assert term in texts, texts
        assert not any(t.startswith(("加强", "引导", "组织")) for t in texts), texts
    assert "上海合作组织" in _candidate_texts("上海合作组织成员国元首理事会会议在阿斯塔纳举行。")


def test_a_bodys_name_is_not_cut_before_its_one_character_head() -> None:
    # 联合国|外空|司: jieba leaves 司 alone, and 联合国外空 is no name.
    texts = set(_candidate_texts("联合国外空司表示欢迎。"))
    assert "联合国外空司" in texts
    assert not texts & {"联合国外空", "外空", "司"}, texts


def test_a_short_form_may_end_on_the_first_character_of_its_names_head(
    tmp_path: Path,
) -> None:
    # 国家网信办 of 国家互联网信息办公室: 办 for 办公室. A short form shares its name's
    # English (one Chinese per English allows it), so both are offered.
    rows = [
        ("国家互联网信息办公室发布新规。",
         "The Cyberspace Administration of China released new rules."),
        ("国家网信办负责统筹协调个人信息保护工作。",
         "The Cyberspace Administration of China is responsible for coordinating the "
         "protection of personal information."),
    ]  # fmt: skip
    found = {p.zh: p.en for p in mine_documents([read_document(_tsv(tmp_path / "s.tsv", rows))])}
    assert found["国家互联网信息办公室"] == "Cyberspace Administration of China"
    assert found["国家网信办"] == "Cyberspace Administration of China"


def test_a_counted_chinese_is_not_rendered_by_english_with_another_number() -> None:
    # 第七届…第十七次会议: the part cut after 第七届 says "17th", and "the Standing
    # Committee of the Seventh National People's Congress" says 7 only.
    found = _renderings(
        "该法于1990年6月28日经第七届全国人民代表大会常务委员会第十七次会议通过。",
        "The law was adopted at the 17th Meeting of the Standing Committee of the Seventh "
        "National People's Congress on June 28, 1990.",
    )
    en = found.get("全国人民代表大会常务委员会第十七次会议", "")
    assert "Seventh" not in en or "17th" in en, en
    from glossary.mining.pipeline import _counted, _numbers_differ

    def differ(zh: str, en: str) -> bool:
        return _numbers_differ(_counted(zh), en)

    assert differ("第十七次会议", "Meeting of the Seventh Congress")
    assert not differ("十四届全国人大二次会议", "second session of the 14th NPC")
    assert not differ("500米口径球面射电望远镜", "Five-hundred-meter Aperture Telescope")
    assert not differ("第四代核电站", "fourth-generation nuclear power plant")
    assert not differ("全国123出行交通圈", "national 1-2-3 travel circle")
    assert not differ("一带一路", "Belt and Road")  # (一 inside a word counts nothing)


def test_a_titles_subtitle_may_open_on_a_figure_after_a_colon() -> None:
    # White papers: "Title: 70 Years of ...". The colon and the figure do not end the
    # title-case run.
    found = _renderings(
        "国务院新闻办公室发表《平等、参与、共享：新中国残疾人权益保障70年》白皮书。",
        "The State Council Information Office released a white paper titled Equality, "
        "Participation and Sharing: 70 Years of Protecting the Rights and Interests of "
        "Persons with Disabilities.",
    )
    assert found["平等、参与、共享：新中国残疾人权益保障70年"] == (
        "Equality, Participation and Sharing: 70 Years of Protecting the Rights and "
        "Interests of Persons with Disabilities"
    )


def test_light_verbs_and_there_is_also_open_no_candidate() -> None:
    # 进行|实名登记 "carry out real-name registration", 作|工作报告 "deliver the work
    # report", 还有|国家移民管理局 "there is also the NIA": the term is what follows.
    texts = set(_candidate_texts("车主应当依法进行实名登记。"))
    texts |= set(_candidate_texts("最高人民法院院长在大会上作工作报告。"))
    texts |= set(_candidate_texts("参加会议的还有国家移民管理局。"))
    assert {"实名登记", "工作报告", "国家移民管理局"} <= texts, texts
    assert not any(t.startswith(("进行", "作", "还有", "的还有")) for t in texts), texts


def test_and_glued_to_the_next_word_by_jiebas_dictionary_is_cut_off() -> None:
    # jieba's dictionary has 和适航 (rare junk): the list's second item starts after 和.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("规章对运行合格证和适航管理作出规定。"), lex)
    assert tokens[tokens.index("和") : tokens.index("和") + 2] == ("和", "适航"), tokens
    # (A dictionary word that starts with 和 stays: 和颜悦色 "kindly".)
    assert "和颜悦色" in join_known(zh_tokens("他和颜悦色地说明情况。"), lex)


def test_a_person_suffix_ends_the_verb_before_it() -> None:
    # 操控|员 "operator": 员 opens no candidate, and the verb with it names the person.
    texts = set(_candidate_texts("全国持有操控员执照的人数超过二十万人。"))
    assert "操控员执照" in texts, texts
    assert not any(t.startswith("员") for t in texts), texts


def test_a_modifying_verb_right_before_a_certificate_names_it() -> None:
    # 运行|合格证 "operating certificate", 生产|许可证 "production licence"; a verb with
    # more words before the certificate governs it (核发|烟草专卖零售许可证).
    assert "运行合格证" in _candidate_texts("企业须取得运行合格证。")
    assert "生产许可证" in _candidate_texts("该机型获得生产许可证。")
    from glossary.mining.candidates import _named_by_modifying_verb

    assert _named_by_modifying_verb(("运行", "合格证"))
    assert not _named_by_modifying_verb(("核发", "烟草专卖", "零售", "许可证"))


def test_under_inside_a_rendering_says_whose_or_which_protection() -> None:
    # The English puts who a body belongs to, or the protection a thing is under, after
    # its noun: 国务院直属机构 = "institution directly under the State Council".
    found = _renderings(
        "海关总署是国务院直属机构。",
        "The General Administration of Customs is an institution directly under the State Council.",
    )
    assert found["国务院直属机构"] == "institution directly under the State Council"
    found = _renderings(
        "名录共列入国家重点保护野生动物980种。",
        "The list covers 980 species of wild animals under key state protection.",
    )
    assert found["国家重点保护野生动物"] == "wild animals under key state protection"
    # ... but not a state it is in, nor an action done to it.
    found = _renderings(
        "全市共有在建项目120个，行为监管不断加强。",
        "The city has 120 projects under construction, and conduct regulation has been "
        "strengthened.",
    )
    assert "under" not in " ".join(found.values()), found


def test_a_code_of_letters_and_digits_may_open_a_name() -> None:
    # 5G|基站 "5G base stations", COP15|主席国 "COP15 presidency": the code is part of
    # the name (not a number, which needs its unit).
    assert "5G基站" in _candidate_texts("全国累计建成5G基站超过300万个。")
    assert "COP15主席国" in _candidate_texts("中方切实履行COP15主席国职责。")
    found = _renderings(
        "全国累计建成5G基站超过300万个。",
        "China has built more than 3 million 5G base stations.",
    )
    assert found["5G基站"] == "5G base stations"


def test_by_law_links_so_no_rendering_takes_in_accordance_with_the_law() -> None:
    # 依法 breaks candidates, and still explains "in accordance with the law": the
    # term's rendering stops before it.
    found = _renderings(
        "从事经营性飞行活动的单位应当依法投保责任保险。",
        "Entities engaged in commercial flight activities shall take out liability "
        "insurance in accordance with the law.",
    )
    assert found.get("责任保险") == "liability insurance", found


def test_a_department_and_a_company_end_on_their_head() -> None:
    # 司 is a head (a ministry's department; 公司 a company): the name is a term.
    lex = base_lexicon()
    tokens = join_known(zh_tokens("国家发展改革委低空经济发展司正式亮相。"), lex)
    cands = {c.text: c for c in sentence_candidates(tokens, lex=lex)}
    assert termhood(cands["低空经济发展司"], tokens, lex) >= 0.4
    # ... and "officially" before the verb ends none.
    assert "低空经济发展司正式" not in cands
    tokens = join_known(zh_tokens("中国稀土集团有限公司在赣州举行揭牌仪式。"), lex)
    company = next(c for c in sentence_candidates(tokens, lex=lex) if c.text.endswith("公司"))
    assert company.text == "中国稀土集团有限公司"
    assert termhood(company, tokens, lex) == 1.0


def test_an_unlikely_candidate_with_an_exact_english_fills_what_is_left() -> None:
    # 重点 first makes 重点排放单位 look like a description (termhood under the gate),
    # but its English is exact: it is rendered, and linked after the likely ones.
    found = _renderings(
        "全国碳排放权交易市场覆盖重点排放单位2257家。",
        "The national carbon emission trading market covers 2,257 key emitting entities.",
    )
    assert found.get("重点排放单位") == "key emitting entities", found
    # A filler takes no English a likely pair holds, however it scores.
    likely = Scored("贸易救济措施", "trade remedy measures", (0, 6), (4, 6), 0.9, 0.8, 1.0, 1.0)
    filler = Scored("救济措施", "trade remedy measures", (2, 6), (4, 6), 1.0, 0.2, 1.0, 1.0)
    filler.raw, likely.raw = 9.0, 1.0
    assert [p.zh for p in competitive_link([likely], [filler])] == ["贸易救济措施"]


def test_an_unknown_first_conjunct_is_the_unknown_first_word() -> None:
    # 合理 links nothing, and "adaptive and" comes before the linked "equilibrium
    # level": English says the modifier first, joined by "and".
    found = _renderings(
        "保持人民币汇率在合理均衡水平上的基本稳定。",
        "We will keep the RMB exchange rate generally stable at an adaptive and equilibrium level.",
    )
    assert found.get("合理均衡水平") == "adaptive and equilibrium level", found


def test_a_licence_is_a_names_head() -> None:
    # 执照 ends a long name as any head does: 民用无人驾驶航空器操控员执照 (civil unmanned
    # aircraft operator licences) is six words.
    texts = _candidate_texts("该规章对民用无人驾驶航空器操控员执照作出了具体规定。")
    assert "民用无人驾驶航空器操控员执照" in texts, texts


def test_an_acronym_with_its_number_is_one_word() -> None:
    # "COVID-19" is one token, so the dictionary's "COVID-19" for 新冠肺炎 links it
    # whole, and no rendering stops at "COVID".
    assert [t.text for t in en_tokens("COVID-19 vaccines")] == ["COVID-19", "vaccines"]
    # ... and so is a number with its capitals ("8K", "3D"), which a Chinese 8K or 三维
    # links whole.
    assert [t.text for t in en_tokens("8K and 3D maps")] == ["8K", "and", "3D", "maps"]
    found = _renderings(
        "加快推进城市级实景三维建设。",
        "We will speed up the construction of city-level real-scene 3D.",
    )
    assert found.get("城市级实景三维") == "city-level real-scene 3D", found
    found = _renderings(
        "各国应加强新冠肺炎防控合作。",
        "All countries should strengthen cooperation on COVID-19 prevention and control.",
    )
    assert found.get("新冠肺炎防控") == "COVID-19 prevention and control", found
    found = _renderings(
        "新冠肺炎疫情发生后，多国加强了疫苗研发合作。",
        "After the COVID-19 pandemic broke out, many countries stepped up cooperation on "
        "vaccine research and development.",
    )
    assert found.get("新冠肺炎") == "COVID-19", found


def test_a_span_never_cuts_a_written_word() -> None:
    # "Chang'e-5" and "Shenzhou-13" are two tokens each; a span neither ends after the first
    # nor starts on the second.
    side = en_side("the Chang'e-5 probe, the Shenzhou-13 crew and 1+N plans")
    rows = zip(side.tokens, side.first_ok, side.last_ok, strict=True)
    edges = {t.text: (first, last) for t, first, last in rows}
    assert edges["Chang'e"][1] is False and edges["5"][0] is False
    assert edges["Shenzhou"][1] is False and edges["13"][0] is False
    assert edges["1"][1] is False and edges["N"][0] is False
    assert edges["crew"][1] is True


def test_adverbs_of_sequence_end_a_candidate() -> None:
    # 先后 "one after the other", 相继, 分别 "respectively": said of what the subject
    # did, never part of its name.
    for text, adverb in (
        ("世界卫生组织和国际红十字会先后发布指南。", "先后"),
        ("两国领导人相继出席开幕式。", "相继"),
        ("一等奖和二等奖奖金分别为十万元和五万元。", "分别"),
    ):
        texts = _candidate_texts(text)
        assert texts and not any(adverb in t for t in texts), texts


def test_an_ing_noun_after_and_or_before_an_auxiliary_ends_a_rendering() -> None:
    # "transformation and | upgrading": coordinated with the noun before "and", the
    # "-ing" word is a noun too; "... trading | has grown": the subject's head.
    found = _renderings(
        "推动产业转型升级和结构调整。",
        "We will promote industrial transformation and upgrading and structural adjustment.",
    )
    assert found.get("产业转型升级") == "industrial transformation and upgrading", found
    found = _renderings(
        "绿电交易规模持续扩大。",
        "The scale of green power trading has continued to expand.",
    )
    assert found.get("绿电交易") == "green power trading", found
    # (Not a verb after its subject: "China is developing and | growing".)
    side = en_side("The economy is recovering and growing steadily.")
    assert not side.last_ok[[t.low for t in side.tokens].index("growing")]


def test_a_noun_that_ends_like_an_adjective_ends_a_rendering() -> None:
    # "coal" and "goal" end in "-al" as "clinical" does, but they are nouns.
    found = _renderings(
        "推动煤炭和新能源优化组合，加强煤炭清洁高效利用。",
        "We will promote the optimal combination of coal and new energy, and strengthen "
        "the clean and efficient use of coal, and give full play to the role of coal power.",
    )
    assert found.get("煤炭清洁高效利用") == "clean and efficient use of coal", found
    assert en_side("the centenary goal").last_ok[2]


def test_a_verb_only_word_may_modify_a_noun() -> None:
    # The dictionary uses "export" only as a verb, but after a verb form or an article
    # and before a noun it modifies the noun: "imposed | export controls".
    found = _renderings(
        "中方依法对相关物项实施出口管制。",
        "China has imposed export controls on the relevant items in accordance with the law.",
    )
    assert found.get("出口管制") == "export controls", found
    side = en_side("We will support innovation.")
    assert not side.first_ok[2]  # (a verb after its subject still opens no span)


def test_a_term_is_recorded_as_running_text_gives_it(tmp_path: Path) -> None:
    # The same term in a heading's capitals ("Green Bond") and in running text
    # ("green bonds"): the glossary records the running text's lower case, whichever
    # came first.
    rows = [
        ("绿色债券", "Green Bond"),
        (
            "我国绿色债券发行规模持续扩大。",
            "The issuance of green bonds in China continued to expand.",
        ),
    ]
    path = _tsv(tmp_path / "bonds.tsv", rows)
    found = {p.zh: p.en for p in mine_documents([read_document(path)])}
    assert found.get("绿色债券") == "green bonds", found


def test_the_same_word_twice_is_no_pair_of_modifiers() -> None:
    # 基础测绘、测绘行业: two things listed, the second named by the first's last word,
    # not two modifiers of 行业 ("surveying and mapping, surveying and mapping industry").
    zh = "该局负责基础测绘、测绘行业管理等工作。"
    assert "测绘、测绘行业" not in _candidate_texts(zh)
    found = _renderings(
        zh,
        "The bureau is responsible for basic surveying and mapping, the administration of "
        "the surveying and mapping industry and other work.",
    )
    assert found.get("基础测绘") == "basic surveying and mapping", found


def test_a_span_ending_before_a_year_inside_a_name_cuts_the_name() -> None:
    # "the mascot of the Beijing | 2022 Paralympic Winter Games": the name goes on
    # through its year, so the span ending on "Beijing" is a cut one.
    side = en_side("the mascot of the Beijing 2022 Paralympic Winter Games was popular")
    low = [t.low for t in side.tokens]
    mascot, beijing = low.index("mascot"), low.index("beijing")
    assert _boundary_penalty(side, mascot, beijing) > 0
    assert _boundary_penalty(side, mascot, mascot) == 0


def test_official_sense_of_the_novel_coronavirus() -> None:
    # CC-CEDICT has "novel coronavirus" for 新冠; official English says "COVID-19".
    found = _renderings(
        "中国已向多个国家提供新冠疫苗。",
        "China has provided COVID-19 vaccines to a number of countries.",
    )
    assert found.get("新冠疫苗") == "COVID-19 vaccines", found


def test_official_senses_of_foreign_aid() -> None:
    # CC-CEDICT has neither 受援 "recipient" nor 无偿援助 "grants" (aid given free).
    found = _renderings(
        "中国对外援助资金包括无偿援助、无息贷款和优惠贷款。",
        "China's foreign aid funds include grants, interest-free loans and concessional loans.",
    )
    assert found.get("无偿援助") == "grants", found
    found = _renderings(
        "项目建成后移交受援国政府管理。",
        "Upon completion, the projects are handed over to the governments of recipient countries.",
    )
    assert found.get("受援国") == "recipient countries", found


def test_official_senses_of_sport() -> None:
    # CC-CEDICT has 奖牌榜 "medal table" but no 金牌榜.
    found = _renderings(
        "中国体育代表团位列金牌榜第三。",
        "The Chinese sports delegation ranked third on the gold medal table.",
    )
    assert found.get("金牌榜") == "gold medal table", found


def test_a_rate_holds_its_per() -> None:
    # "per" is a function word, but a rate's measure after its quantity is part of the
    # term: 单位国内生产总值能耗 = "energy consumption per unit of GDP".
    found = _renderings(
        "今年单位国内生产总值能耗降低3%左右。",
        "This year, energy consumption per unit of GDP will drop by around 3 percent.",
    )
    assert found.get("单位国内生产总值能耗") == "energy consumption per unit of GDP", found
    side = en_side("prices per se and sales per year")
    assert side.inner_bad[[t.low for t in side.tokens].index("per")]


def test_leave_after_its_kind_is_time_off() -> None:
    # "leave" is only a verb to the dictionary, but "maternity leave" ends on a noun.
    found = _renderings(
        "女职工生育享受不少于98天的产假。",
        "Female employees are entitled to no less than 98 days of maternity leave for childbirth.",
    )
    assert found.get("产假") == "maternity leave", found


def test_a_mechanism_is_named_by_its_purpose() -> None:
    # As a campaign is: "mechanisms to realize the value of ecological products"
    # (生态产品价值实现机制), the infinitive inside the name.
    found = _renderings(
        "建立健全生态产品价值实现机制。",
        "We will establish and improve mechanisms to realize the value of ecological products.",
    )
    assert found.get("生态产品价值实现机制") == (
        "mechanisms to realize the value of ecological products"
    ), found


def test_a_battle_or_a_policy_is_named_by_its_purpose() -> None:
    # As campaigns are: "battle to prevent and control pollution" (污染防治攻坚战),
    # "policies to stabilize employment" (稳就业政策): the infinitive is inside the name.
    found = _renderings(
        "今年要坚决打好污染防治攻坚战。",
        "This year we must resolutely win the battle to prevent and control pollution.",
    )
    assert found.get("污染防治攻坚战") == "battle to prevent and control pollution", found
    found = _renderings(
        "各地出台了一批稳就业政策。",
        "Local governments have issued a number of policies to stabilize employment.",
    )
    assert found.get("稳就业政策") == "policies to stabilize employment", found


def test_a_verb_may_name_a_space_or_premises() -> None:
    # A verb that governs no object modifies a concrete head (经营|主体 "business
    # entities"); spaces and premises are such heads: 受限|空间 "confined spaces".
    found = _renderings(
        "企业要加强受限空间的通风和检测。",
        "Enterprises must improve ventilation and testing in confined spaces.",
    )
    assert found.get("受限空间") == "confined spaces", found
    found = _renderings("禁止在储存场所吸烟。", "Smoking is prohibited at storage premises.")
    assert found.get("储存场所") == "storage premises", found


def test_an_editions_ordinal_before_a_quoted_part_numbers_the_whole_name() -> None:
    # 第二届|“一带一路”|国际合作高峰论坛: the ordinal, the quoted part and the head
    # are one name ("the Second Belt and Road Forum ...").
    found = _renderings(
        "2019年4月，第二届“一带一路”国际合作高峰论坛在北京举行。",
        "The Second Belt and Road Forum for International Cooperation was held in Beijing "
        "in April 2019.",
    )
    assert found.get("第二届“一带一路”国际合作高峰论坛") == (
        "Second Belt and Road Forum for International Cooperation"
    ), found


def test_non_before_a_verb_or_an_adjective_that_modifies_a_noun() -> None:
    # 非 is "non-" before a modifier of a noun: 非|临床|安全性|评价 "non-clinical safety
    # evaluation", 非|监禁|刑罚 "non-custodial penalties".
    found = _renderings(
        "新药上市前须完成非临床安全性评价。",
        "The non-clinical safety evaluation of a new drug must be completed before it is marketed.",
    )
    assert found.get("非临床安全性评价") == "non-clinical safety evaluation", found
    found = _renderings(
        "法院依法适用非监禁刑罚。",
        "Courts apply non-custodial penalties in accordance with the law.",
    )
    assert found.get("非监禁刑罚") == "non-custodial penalties", found


def test_special_before_a_verb_that_modifies_a_noun() -> None:
    # 特别 is "special" so too: 特别|审查|程序 "special review procedure".
    found = _renderings(
        "突发公共卫生事件所需药品可以适用特别审查程序。",
        "A special review procedure may apply to drugs needed in public health emergencies.",
    )
    assert found.get("特别审查程序") == "special review procedure", found


def test_four_characters_jieba_cut_round_a_function_word_are_a_formula() -> None:
    # 党政|同|责 (同 "with" is a function word elsewhere): four characters before
    # punctuation, after a word of their own, are one formula.
    found = _renderings(
        "耕地保护实行党政同责。",
        "Party committees and governments share responsibility for farmland protection.",
    )
    assert found.get("党政同责") == "Party committees and governments share responsibility"
    # Not across a particle: 框架|下|的|合作 is no formula.
    assert "下的合作" not in _candidate_texts("双方深化在澜湄合作框架下的合作。")


def test_parallel_conjuncts_that_share_a_word_are_one_term() -> None:
    # 国家|治理|体系|和|治理|能力|现代化: two conjuncts of two words sharing the first,
    # then their head, are one official formula, and 麻醉|药品|和|精神|药品 sharing the
    # last; 中央|企业|和|中央|国家机关 (words of other lengths) are two names.
    found = _renderings(
        "我们要推进国家治理体系和治理能力现代化。",
        "We must advance the modernization of the national governance system and "
        "governance capacity.",
    )
    assert found.get("国家治理体系和治理能力现代化") == (
        "modernization of the national governance system and governance capacity"
    ), found
    assert "麻醉药品和精神药品" in _candidate_texts("严格管理麻醉药品和精神药品。")
    assert "中央企业和中央国家机关" not in _candidate_texts("支持中央企业和中央国家机关。")


def test_official_senses_of_housing_and_algorithms() -> None:
    # 小区 "residential compound" and 备案 "filing" are official senses CC-CEDICT lacks.
    found = _renderings(
        "今年计划改造老旧小区两千个。",
        "This year, 2,000 old residential compounds are to be renovated.",
    )
    assert found.get("老旧小区") == "old residential compounds", found
    found = _renderings(
        "平台企业应当依法履行算法备案手续。",
        "Platform companies shall complete algorithm filing procedures in accordance with the law.",
    )
    assert found.get("算法备案手续") == "algorithm filing procedures", found


def test_no_rendering_ends_on_an_adjective_without_an_adjectives_ending() -> None:
    # "urban" ends like no adjective, but is one: 城市老旧 is no "old urban".
    found = _renderings(
        "今年将改造城市老旧燃气管网。",
        "This year we will renovate old urban gas pipeline networks.",
    )
    assert found.get("城市老旧燃气管网") == "old urban gas pipeline networks", found
    assert "old urban" not in found.values(), found


def test_each_formula_of_a_listed_slogan_is_a_candidate() -> None:
    # 放管|结合 opens on a verb, so no n-gram gives it; in a list of four-character
    # formulas it is one of them, recorded as the others are.
    texts = _candidate_texts("各地持续推进减税降费、简政放权、放管结合。")
    assert "放管结合" in texts, texts
    assert "减税降费、简政放权、放管结合" in texts, texts


def test_a_dash_between_names_is_no_word_of_the_names_length() -> None:
    # 中国|—|东盟|农业|科技|创新|与|合作|中心: eight words and a dash, one name.
    found = _renderings(
        "中国—东盟农业科技创新与合作中心在南宁揭牌。",
        "The China-ASEAN Agricultural Science and Technology Innovation and Cooperation "
        "Center was inaugurated in Nanning.",
    )
    assert found.get("中国—东盟农业科技创新与合作中心") == (
        "China-ASEAN Agricultural Science and Technology Innovation and Cooperation Center"
    ), found


def test_a_chinese_synonym_linked_surely_keeps_the_english_another_took(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # 党中央 takes "CPC Central Committee" first (said twice); 中共中央, linked to it
    # surely in its own sentence, is a synonym to record, not a fragment.
    found = _mine_rows(
        tmp_path_factory,
        [
            (
                "党中央高度重视标准化工作。",
                "The CPC Central Committee attaches great importance to standardization.",
            ),
            ("党中央作出重大部署。", "The CPC Central Committee has made major arrangements."),
            (
                "2021年10月，中共中央、国务院印发《国家标准化发展纲要》。",
                "In October 2021, the CPC Central Committee and the State Council issued the "
                "National Outline for Standardization Development.",
            ),
        ],
    )
    assert found["党中央"][0] == "CPC Central Committee", found
    assert found.get("中共中央", ("",))[0] == "CPC Central Committee", found


def test_a_short_word_with_a_specialists_english_is_a_term() -> None:
    # "notarization" and "graphite" are words few dictionary entries use: the short
    # Chinese word that renders them exactly is a term; 工作 = "work" stays vocabulary.
    found = _renderings(
        "律师、公证和仲裁工作稳步推进，石墨出口增长。",
        "Work on lawyers, notarization and arbitration advanced steadily, and exports of"
        " graphite grew.",
    )
    assert found["公证"] == "notarization"
    assert found["石墨"] == "graphite"
    assert "工作" not in found


def test_a_name_before_its_bracketed_short_form_starts_after_a_particle() -> None:
    # The words before （国家标准委） are walked back to find the name SAC spells; the
    # 的 of 国务院下设的 ends them, so no pair opens on the particle.
    found = _renderings(
        "国务院下设的国家标准化管理委员会（国家标准委）负责全国标准化工作。",
        "The Standardization Administration of China (SAC), under the State Council, is"
        " responsible for standardization work nationwide.",
    )
    assert found["国家标准化管理委员会"] == "Standardization Administration of China"
    assert found["国家标准委"] == "SAC"
    assert not any(zh.startswith("的") for zh in found)


def test_official_senses_of_expos_and_the_armed_forces() -> None:
    # CC-CEDICT has no 秘书处 and no "pavilion" for 馆; 退役 is only "to retire" there.
    found = _renderings(
        "东盟秘书处代表参观了各国国家馆。",
        "Representatives of the ASEAN Secretariat visited the national pavilions of various"
        " countries.",
    )
    assert found["东盟秘书处"] == "ASEAN Secretariat"
    assert found["国家馆"] == "national pavilions"
    found = _renderings(
        "各地为退役士兵提供职业技能培训。",
        "Localities provide vocational skills training for demobilized soldiers.",
    )
    assert found["退役士兵"] == "demobilized soldiers"


def test_a_term_said_alone_more_often_than_in_a_list_takes_its_own_english(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # 军属和退役军人 = "servicemen and veterans": the list's two conjuncts are offered
    # for 退役军人 once, "veterans" three times; the term is the conjunct.
    found = _mine_rows(
        tmp_path_factory,
        [
            ("各地为军属和退役军人家庭送去慰问。",
             "Localities sent greetings to the families of servicemen and veterans."),
            ("国家保障退役军人的合法权益。",
             "The state protects the lawful rights and interests of veterans."),
            ("退役军人可以享受职业培训补贴。",
             "Veterans can receive vocational training subsidies."),
            ("许多退役军人选择返乡创业。",
             "Many veterans choose to return home to start businesses."),
        ],
    )  # fmt: skip
    assert found["退役军人"][0] == "veterans"


def test_two_terms_side_by_side_whose_english_joins_make_a_term() -> None:
    # 立德树人 "fostering virtue through education" and 根本任务 "fundamental task":
    # the English says them as one phrase, head and "of", and so is the whole a term.
    found = _renderings(
        "各级学校要把立德树人根本任务落到实处。",
        "Schools at all levels must put the fundamental task of fostering virtue through"
        " education into practice.",
    )
    assert found["立德树人根本任务"] == "fundamental task of fostering virtue through education"
    assert found["根本任务"] == "fundamental task"


def test_a_version_number_is_part_of_the_name_before_it() -> None:
    # 3.0版 is one word, "version 3.0": the name runs through it to its head.
    found = _renderings(
        "双方将共同推动中国—东盟自由贸易区3.0版建设。",
        "The two sides will jointly advance the building of version 3.0 of the China-ASEAN"
        " Free Trade Area.",
    )
    assert found["中国—东盟自由贸易区3.0版"] == ("version 3.0 of the China-ASEAN Free Trade Area")
    found = _renderings(
        "中国—东盟自由贸易区3.0版升级议定书将于明年生效。",
        "The China-ASEAN Free Trade Area 3.0 Upgrade Protocol will take effect next year.",
    )
    assert found["中国—东盟自由贸易区3.0版升级议定书"] == (
        "China-ASEAN Free Trade Area 3.0 Upgrade Protocol"
    )
    assert not any(zh.startswith("3.0版") for zh in found)


def test_the_principle_of_common_but_differentiated_responsibilities_is_one_term() -> None:
    # 但 and 的 inside would end every candidate; the official sense makes the saying
    # one word, and the principle its head.
    found = _renderings(
        "各方应当遵循共同但有区别的责任原则应对气候变化。",
        "All parties should follow the principle of common but differentiated"
        " responsibilities in addressing climate change.",
    )
    assert found["共同但有区别的责任原则"] == (
        "principle of common but differentiated responsibilities"
    )


def test_a_whole_rendered_by_one_part_takes_the_english_of_both() -> None:
    # 认罪认罚 and 从宽制度 each render exactly; the whole had only "system of
    # leniency", the head's English, until the modifier's after "for those who".
    found = _renderings(
        "检察机关依法适用认罪认罚从宽制度办理案件。",
        "Procuratorates handle cases by applying the system of leniency for those who plead"
        " guilty and accept punishment in accordance with the law.",
    )
    assert found["认罪认罚从宽制度"] == (
        "system of leniency for those who plead guilty and accept punishment"
    )


def test_official_senses_of_terms_that_recur_in_official_texts() -> None:
    found = _renderings(
        "今年新登记经营主体超过两千万户。",
        "More than 20 million new business entities were registered this year.",
    )
    assert found["经营主体"] == "business entities"
    found = _renderings(
        "各地加快蓄滞洪区建设，提升防汛能力。",
        "Localities accelerated the construction of flood storage and detention areas to"
        " improve flood control capacity.",
    )
    assert found["蓄滞洪区"] == "flood storage and detention areas"


def test_the_war_to_resist_us_aggression_and_aid_korea_is_said_whole() -> None:
    # CC-CEDICT glosses 抗美援朝 "Resist US, help North Korea (1950s slogan)", which
    # left "Resist" alone to render it.
    found = _renderings(
        "老战士们回忆起抗美援朝的峥嵘岁月。",
        "The veterans recalled the memorable years of the War to Resist US Aggression and"
        " Aid Korea.",
    )
    assert found["抗美援朝"] == "War to Resist US Aggression and Aid Korea"


def test_a_long_jieba_word_of_two_names_is_cut_between_them() -> None:
    # jieba has 全国人民代表大会常务委员会 as one word; the Congress is a term too.
    assert zh_tokens("全国人民代表大会常务委员会召开会议。")[0] == "全国人民代表大会常务委员会"
    found = _renderings(
        "第十四届全国人民代表大会常务委员会第三次会议在北京举行。",
        "The third session of the Standing Committee of the 14th National People's"
        " Congress was held in Beijing.",
    )
    assert found["全国人民代表大会"] == "National People's Congress"


def test_a_fairs_short_form_is_one_word() -> None:
    lex = base_lexicon()
    tokens = join_known(zh_tokens("办好服贸会、消博会等展会。他会来开会。"), lex)
    assert "服贸会" in tokens and "消博会" in tokens
    assert tokens.count("会") == 1  # (the auxiliary of 他会来 stays a word)
    assert "服贸会" in _candidate_texts("中方将继续办好服贸会等重大展会。")


def test_an_area_of_farmland_opens_its_red_line() -> None:
    found = _renderings(
        "各地必须严守18亿亩耕地红线。",
        "All localities must strictly hold the red line of 1.8 billion mu of farmland.",
    )
    assert found["18亿亩耕地红线"] == "red line of 1.8 billion mu of farmland"


def test_employees_are_the_official_english_of_zhigong() -> None:
    # CC-CEDICT has 职工 "workers; staff" only.
    found = _renderings(
        "全国住房公积金缴存职工超过1.7亿人。",
        "Contributing employees of the housing provident fund nationwide exceeded 170 million.",
    )
    assert found["住房公积金缴存职工"] == "Contributing employees of the housing provident fund"


def test_official_senses_of_germplasm_and_tiered_care() -> None:
    # CC-CEDICT has no 种质, and 分级 only "to rank; to grade".
    found = _renderings(
        "我国将加快建设国家作物种质资源库。",
        "China will accelerate the building of a national crop germplasm resources bank.",
    )
    assert found["作物种质资源库"] == "crop germplasm resources bank"
    found = _renderings(
        "要有序推进分级诊疗制度建设。",
        "We will steadily build a system of tiered diagnosis and treatment.",
    )
    assert found["分级诊疗"] == "tiered diagnosis and treatment"


def test_a_name_in_the_possessive_owns_the_next_name() -> None:
    # "the World Trade Organization's | Trade Policy Review Mechanism" is two names: the
    # owner's English ends at its possessive (the next "Trade" is not its 贸易), and
    # the owned name is the other term's.
    got = _renderings(
        "中国认真履行在世界贸易组织贸易政策审议机制下的义务。",
        "China earnestly fulfils its obligations under the World Trade Organization's Trade"
        " Policy Review Mechanism.",
    )
    assert got["世界贸易组织"] == "World Trade Organization"
    assert got["贸易政策审议机制"] == "Trade Policy Review Mechanism"
    # A possessive of one word is a part of the name ("China's Arab Policy Paper").
    got = _renderings(
        "中方于2016年发表《中国对阿拉伯国家政策文件》，阐明合作方向。",
        "In 2016, China issued China's Arab Policy Paper, setting out the direction of"
        " cooperation.",
    )
    assert got["中国对阿拉伯国家政策文件"] == "China's Arab Policy Paper"


def test_a_noun_after_the_participle_opening_a_sentence_ends_a_term() -> None:
    # "Guiding cases | issued by ...": the capital is the sentence's, not a subject
    # name's, and "cases" is the noun 指导性案例 names, not a verb said of one.
    got = _renderings(
        "最高人民检察院发布的指导性案例为检察官办案提供了参考。",
        "Guiding cases issued by the Supreme People's Procuratorate give prosecutors a"
        " reference in handling cases.",
    )
    assert got["指导性案例"] == "Guiding cases"


def test_a_term_whose_verb_last_costs_it_the_gate_is_looked_at_in_full() -> None:
    # 本币|结算 "settlement in local currencies" ends on a verb, which puts its termhood
    # just under the gate; among a sentence's many unlikely phrases it would get no
    # look, where its English names the verb by its noun.
    got = _renderings(
        "中俄两国本币结算比例逐年提高，双边贸易中使用人民币和卢布结算的比重已超过九成。",
        "The share of settlement in local currencies between China and Russia has risen"
        " year by year, with over 90 percent of bilateral trade settled in the renminbi and"
        " the ruble.",
    )
    assert got["本币结算"] == "settlement in local currencies"


def test_a_pair_of_modifiers_in_one_word_takes_both_conjuncts() -> None:
    # 妇幼 "women and children" says both of "maternal and | child": the English before
    # the "and" is the word's too, not a word the span may leave out.
    got = _renderings(
        "全省妇幼健康服务能力明显提升，孕产妇死亡率持续下降。",
        "Maternal and child health services across the province have markedly improved,"
        " and the maternal mortality rate has kept falling.",
    )
    assert got["妇幼健康"] == "Maternal and child health"
    assert got["妇幼健康服务"] == "Maternal and child health services"
    # Not a word whose English is whole after the "and" (学历 "academic qualifications"
    # links "academic", which 学位 "academic degree" says too): "workshops" is no part.
    got = _renderings(
        "中方通过研修班和学历学位教育等形式培训人员。",
        "China has trained personnel through seminars, workshops and academic degree education.",
    )
    assert got["学历学位教育"] == "academic degree education"


def test_a_plural_before_and_is_no_unknown_first_modifier() -> None:
    # 人员 of 人员密集场所 has no English of its own in "crowded places"; the plural
    # before the "and" heads the list's first item, it is not that missing modifier.
    got = _renderings(
        "今年以来，消防部门重点检查大型综合体、人员密集场所等区域。",
        "Since the start of this year, fire departments have focused their checks on large"
        " complexes and crowded places.",
    )
    assert got["人员密集场所"] == "crowded places"


def test_a_noun_joined_to_another_words_noun_is_no_head_before_of() -> None:
    # "the occupation and obstruction | of fire truck access lanes": 占用 renders
    # "occupation", so the noun joined to it is a second thing done to the lanes, not
    # the unknown head of 消防车通道 (a head before "of" as 精神 is "guidelines of").
    got = _renderings(
        "小区严禁占用、堵塞消防车通道。",
        "The occupation and obstruction of fire truck access lanes in residential"
        " communities is strictly prohibited.",
    )
    assert got["消防车通道"].startswith("fire truck")


def test_an_edge_word_whose_outside_english_is_anothers_stays_in_the_term() -> None:
    # 合拍片 links "shoot" only by its character 拍; 拍摄 "to shoot" says it in full, so
    # "shoot" right after the span is no sign that 合拍片 was translated outside it.
    got = _renderings(
        "近年来，该影视基地吸引了大批中外合拍片前来拍摄。",
        "In recent years, the film and television base has attracted many Sino-foreign"
        " co-productions to shoot there.",
    )
    assert got["中外合拍片"] == "Sino-foreign co-productions"


def test_a_formulas_head_that_ends_the_phrase_is_in_it() -> None:
    # 导向 "to guide; orientation" reads as a verb first, but ending the phrase after
    # 的 it is the formula's head: 以人民为中心的创作导向, not 以人民为中心的创作.
    assert "以人民为中心的创作导向" in _candidate_texts("文艺工作者要坚持以人民为中心的创作导向。")
    got = _renderings(
        "文艺工作者要坚持以人民为中心的创作导向。",
        "Writers and artists should adhere to the people-centered creative orientation.",
    )
    assert got["以人民为中心的创作导向"] == "people-centered creative orientation"


def test_a_title_case_name_holds_its_capitalised_function_words() -> None:
    # "... Power Grids to Every Village": "Every" after "to" is the name's (a
    # capitalised function word after a chain word of the name).
    got = _renderings(
        "农村电网村村通工程和户户通工程深入实施，农村用电条件明显改善。",
        "The Project to Extend Power Grids to Every Village and the Project to Connect"
        " Every Household have been further implemented, markedly improving rural"
        " electricity supply.",
    )
    assert got["农村电网村村通工程"] == "Project to Extend Power Grids to Every Village"
    assert got["户户通工程"] == "Project to Connect Every Household"


def test_a_one_word_name_described_is_the_name_only() -> None:
    # "Baihetan, the name of a hydroelectric dam on the Jinsha River ...": the
    # description's words would link 白鹤滩 to its neighbour's English.
    assert _clean_gloss("Baihetan, the name of a hydroelectric dam on the Jinsha River") == [
        "Baihetan"
    ]
    assert _clean_gloss("Tainan, a city and special municipality in southwest Taiwan") == ["Tainan"]
    got = _renderings(
        "金沙江白鹤滩水电站首批机组投产发电。",
        "The first generating units of the Baihetan Hydropower Station on the Jinsha River"
        " were put into operation.",
    )
    assert got["白鹤滩水电站"] == "Baihetan Hydropower Station"


def test_an_adjective_in_ed_opening_the_english_is_no_predicate() -> None:
    # 专业 glosses "specialized field": "specialized" opening the English is the head
    # word's adjective, not a past tense said of it ("opened online" for 线上开幕).
    got = _renderings(
        "该市消防救援支队调派山岳救援专业队赶赴现场。",
        "The city's fire and rescue detachment dispatched specialized mountain rescue teams"
        " to the scene.",
    )
    assert got["山岳救援专业队"] == "specialized mountain rescue teams"


def test_a_short_form_ending_on_the_first_character_of_the_last_word_shares_its_english(
    tmp_path: Path,
) -> None:
    # 低保 is 最低生活保障 by 低 and the 保 of 保障: both are "subsistence allowances",
    # the short form no rival that takes the name's English away.
    rows = [
        ("全省将符合条件的困难群众全部纳入最低生活保障。",
         "The province has covered all eligible people in difficulty with subsistence"
         " allowances."),
        ("今年全省共有二十万人领取低保。",
         "This year 200,000 people in the province received subsistence allowances."),
        ("低保资金按月足额发放到户。",
         "Subsistence allowances are paid in full to households every month."),
    ]  # fmt: skip
    found = {p.zh: p.en for p in mine_documents([read_document(_tsv(tmp_path / "d.tsv", rows))])}
    assert found["最低生活保障"] == "subsistence allowances"
    assert found["低保"] == "subsistence allowances"
