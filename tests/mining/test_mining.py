"""Mining: candidate boundaries, glossary awareness, determinism, evidence, lexicon."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from glossary.mining import mine_documents, read_document
from glossary.mining.lexicon import parse_cedict
from glossary.records import MiningSnapshot
from glossary.text import en_key, zh_key

DATA = Path(__file__).resolve().parent.parent / "data" / "mining"


@pytest.fixture(scope="module")
def news():
    return read_document(DATA / "news.tsv")


@pytest.fixture(scope="module")
def mined(news):
    return mine_documents([news])


def test_names_are_found_whole(mined) -> None:
    pairs = {(p.zh, p.en) for p in mined}
    assert ("国家发展和改革委员会", "National Development and Reform Commission") in pairs
    assert ("上海合作组织", "Shanghai Cooperation Organization") in pairs
    assert ("中欧班列", "China-Europe Railway Express") in pairs


def test_candidate_boundaries(mined) -> None:
    for p in mined:
        # No verb phrase, no quantity, no dangling function word on either side.
        assert not p.zh.startswith(("推动", "加快", "积极", "的", "和")), p
        assert "二十五个" not in p.zh and "八万列" not in p.zh, p
        words = p.en.lower().split()
        assert words[0] not in ("the", "of", "and", "to", "will"), p
        assert words[-1] not in ("the", "of", "and", "to", "a"), p


def test_scores_and_order(mined) -> None:
    assert mined, "nothing mined"
    scores = [p.score for p in mined]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)
    top = mined[0]
    assert top.status == "new" and top.count >= 1
    ev = top.evidence[0]
    assert ev.document == "news.tsv" and top.zh in ev.zh_context
    assert ev.position >= 1


def test_known_variant_and_rejected(news) -> None:
    snap = MiningSnapshot(
        approved={
            zh_key("上海合作组织"): [("Shanghai Cooperation Organization", "preferred")],
            zh_key("中欧班列"): [("China Railway Express", "preferred")],
        },
        rejected={(zh_key("数字经济"), en_key("digital economy"))},
    )
    out = {p.zh: p for p in mine_documents([news], snap)}
    assert out["上海合作组织"].status == "known"
    assert out["中欧班列"].status == "variant"
    assert out["中欧班列"].en == "China-Europe Railway Express"
    assert "数字经济" not in out
    assert out["国家发展和改革委员会"].status == "new"


def test_a_glossary_rendering_in_the_plural_is_known_in_the_singular(tmp_path: Path) -> None:
    # The glossary records "national laboratories"; the text says "a national
    # laboratory" (-ies / -y): the same words for the glossary match, and the pair is
    # known.
    from glossary.mining.pipeline import _en_norm

    assert _en_norm("laboratories") == _en_norm("laboratory")
    assert _en_norm("taxes") == _en_norm("tax")
    assert _en_norm("businesses") == _en_norm("business")
    path = tmp_path / "lab.tsv"
    path.write_text(
        "zh\ten\n全省加快建设科技强省，全力争创国家实验室，推动2家全国重点实验室完成重组。\t"
        "The province sped up building itself into a science and technology powerhouse, "
        "made every effort to secure a national laboratory, and helped two national key "
        "laboratories complete their restructuring.\n",
        encoding="utf-8",
    )
    snap = MiningSnapshot(approved={zh_key("国家实验室"): [("national laboratories", "preferred")]})
    out = {p.zh: p for p in mine_documents([read_document(path)], snap)}
    assert out["国家实验室"].status == "known"
    assert out["国家实验室"].en == "national laboratory"


def test_already_mined_document_is_skipped(news) -> None:
    assert mine_documents([news], MiningSnapshot(documents={news.sha256})) == []


def test_min_score_and_limit(news, mined) -> None:
    assert len(mine_documents([news], limit=2)) == 2
    cut = mined[len(mined) // 2].score
    high = mine_documents([news], min_score=cut)
    assert high and all(p.score >= cut for p in high)
    assert len(high) < len(mined) or cut == mined[-1].score


def test_deterministic(news) -> None:
    def dump() -> str:
        again = read_document(DATA / "news.tsv")
        return "\n".join(
            json.dumps(p.to_json(), ensure_ascii=False) for p in mine_documents([again])
        )

    assert dump() == dump()


# Mines one sentence pair and prints its pairs, in a process of its own.
_MINE_ONE = """
import sys
from glossary.mining.pipeline import base_lexicon, mine_pair
pairs = mine_pair(sys.argv[1], sys.argv[2], base_lexicon())
print(sorted((p.zh, p.en, round(p.fit, 6)) for p in pairs))
"""


def test_deterministic_whatever_the_string_hash_seed() -> None:
    # Python salts string hashes per process: no result may hang on the order of a set
    # or a dict built from one. (Two English words linked equally strongly beside a
    # span once made a penalty depend on which came first.)
    zh = (
        "天问一号着陆巡视器成功着陆火星乌托邦平原南部，"
        "使我国成为第二个成功着陆火星并开展巡视探测的国家。"
    )
    en = (
        "The Tianwen-1 lander successfully landed in the southern part of Utopia Planitia on"
        " Mars, making China the second country to successfully land on Mars and conduct"
        " rover exploration."
    )

    def mined(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _MINE_ONE, zh, en],
            env=env, capture_output=True, text=True, check=True, timeout=300,
        )  # fmt: skip
        return done.stdout

    assert mined("0") == mined("6")


def test_same_pairs_from_every_layout() -> None:
    tsv = {(p.zh, p.en) for p in mine_documents([read_document(DATA / "news.tsv")])[:5]}
    layout = {(p.zh, p.en) for p in mine_documents([read_document(DATA / "layout.txt")])}
    assert tsv <= layout


def test_example_article_yields_official_names() -> None:
    example = Path(__file__).resolve().parents[2] / "examples"
    doc = read_document(example / "chongqing_foreign_affairs_2022.txt")
    pairs = {(p.zh, p.en) for p in mine_documents([doc])}
    assert ("习近平外交思想", "Xi Jinping Thought on Diplomacy") in pairs
    assert ("特稿", "Special Article") in pairs


def _parse_mini_cedict(tmp_path: Path, data: str) -> tuple[dict[str, str], dict[str, str]]:
    """``data`` written as a gzipped CC-CEDICT file and parsed."""
    f = tmp_path / "mini.txt.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(data)
    return parse_cedict(f)


def test_lexicon_keeps_every_entry(tmp_path: Path) -> None:
    data = (
        "# comment\n"
        "行 行 [xing2] /to walk/to be capable/\n"
        "行 行 [hang2] /row/line/profession/\n"
        "渝 渝 [Yu2] /short name for Chongqing 重慶|重庆[Chong2 qing4]/\n"
        "電商 电商 [dian4 shang1] /e-commerce "
        "(abbr. for 電子商務|电子商务[dian4 zi3 shang1 wu4])/\n"
    )
    entries, pinyin = _parse_mini_cedict(tmp_path, data)
    assert entries["行"].split("/") == ["to walk", "to be capable", "row", "line", "profession"]
    # (A short name for a place is the place's name: 渝 is "Chongqing".)
    assert entries["渝"] == "Chongqing"
    assert entries["电商"] == "e-commerce"
    assert pinyin["电商"] == "dianshang"


def test_a_company_spelled_like_a_common_word_is_no_sense_of_it(tmp_path: Path) -> None:
    data = (
        "聯通 联通 [Lian2 tong1] /China United Telecommunications Corporation/aka China "
        "Unicom or Unicom/abbr. for 中國聯通|中国联通/\n"
        "聯通 联通 [lian2 tong1] /connection/link/to link together/\n"
        "中國聯通 中国联通 [Zhong1 guo2 Lian2 tong1] /China Unicom/\n"
        "華潤 华润 [Hua2 run4] /China Resources (Holdings) Co., Ltd./\n"
    )
    entries, _pinyin = _parse_mini_cedict(tmp_path, data)
    # (Its "China" would link the word to "China" in the English.)
    assert entries["联通"].split("/") == ["connection", "link", "to link together"]
    # A word that is only a company's name keeps it.
    assert entries["华润"].startswith("China Resources")


def test_abbreviations_take_the_glosses_of_their_full_form(tmp_path: Path) -> None:
    data = (
        "政協 政协 [Zheng4 Xie2] /CPPCC (Chinese People's Political Consultative Conference)/"
        "abbr. of 中國人民政治協商會議|中国人民政治协商会议[Zhong1 guo2]/\n"
        "人大 人大 [Ren2 da4] /(Chinese) National People's Congress (abbr. for "
        "全國人民代表大會|全国人民代表大会[Quan2 guo2])/\n"
        "全國人民代表大會 全国人民代表大会 [Quan2 guo2] /(Chinese) National People's Congress/"
        "NPC/\n"
    )
    entries, _pinyin = _parse_mini_cedict(tmp_path, data)
    # An acronym and its expansion in brackets are two glosses; "abbr. of" is none.
    assert entries["政协"].split("/") == [
        "CPPCC",
        "Chinese People's Political Consultative Conference",
    ]
    # An abbreviation adds its full form's glosses after its own.
    assert entries["人大"].split("/") == ["National People's Congress", "NPC"]


def test_official_senses_add_to_the_dictionary_and_keep_its_verbs(tmp_path: Path) -> None:
    from glossary.mining.lexicon import _add_official_senses, read_official_senses

    senses_file = tmp_path / "senses.tsv"
    senses_file.write_text(
        "# a comment\n新闻\tpress\n稳增长\tstabilize growth/ensure stable growth\n"
        "新闻\tnews/press office\n",
        encoding="utf-8",
    )
    senses = read_official_senses(senses_file)
    assert senses == {
        "新闻": ["press", "news", "press office"],
        "稳增长": ["stabilize growth", "ensure stable growth"],
    }
    entries, _pinyin = _parse_mini_cedict(tmp_path, "新聞 新闻 [xin1 wen2] /news/\n")
    _add_official_senses(entries, senses)
    # After CC-CEDICT's own glosses, each once; a new headword takes them alone.
    assert entries["新闻"].split("/") == ["news", "press", "press office"]
    assert entries["稳增长"].split("/") == ["stabilize growth", "ensure stable growth"]


def test_shipped_official_senses_are_well_formed() -> None:
    from fnmatch import fnmatch

    from glossary.mining.lexicon import OFFICIAL_SENSES, english_verbs, read_official_senses
    from glossary.text import has_cjk

    senses = read_official_senses()
    assert len(senses) > 100
    for zh, glosses in senses.items():
        assert has_cjk(zh) and "\t" not in zh and glosses, zh
        assert all(g == g.strip() and "\t" not in g for g in glosses), zh
    # Shipped with the package (pyproject's package data), beside the module.
    assert any(fnmatch(OFFICIAL_SENSES.name, glob) for glob in _package_data("glossary.mining"))
    # A verb the dictionary only knows as a verb stays one (深化 "to deepen"): an
    # official sense written without "to " would make it a noun.
    assert "deepen" in english_verbs()


def _package_data(package: str) -> list[str]:
    """The package-data globs pyproject.toml ships for ``package``."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    conf = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return conf["tool"]["setuptools"]["package-data"].get(package, [])


def test_the_press_conference_links_through_an_official_sense() -> None:
    from glossary.mining.pipeline import base_lexicon, mine_pair

    pairs = mine_pair(
        "外交部举行例行新闻发布会，介绍有关情况。",
        "The Foreign Ministry held a regular press conference to brief on the situation.",
        base_lexicon(),
    )
    found = {p.zh: p.en for p in pairs}
    # CC-CEDICT has 新闻 "news" and 例行 "routine" only.
    assert found.get("新闻发布会") == "press conference" or (
        found.get("例行新闻发布会") == "regular press conference"
    )


def test_glossary_words_do_not_leak_into_later_runs(news) -> None:
    from glossary.mining.tokens import zh_tokens

    before = zh_tokens("上海合作组织秘书处昨天发布了年度报告。")
    snap = MiningSnapshot(approved={"上海合作组织秘书处": [("SCO Secretariat", "preferred")]})
    mine_documents([news], snap)
    assert zh_tokens("上海合作组织秘书处昨天发布了年度报告。") == before


def test_progress_is_reported(news) -> None:
    calls: list[tuple[int, int]] = []
    mine_documents([news], progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1] == (len(news.segments), len(news.segments))
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_enumerations_are_paired_in_order() -> None:
    from glossary.mining.candidates import BREAKERS
    from glossary.mining.lists import list_pairs
    from glossary.mining.pipeline import base_lexicon
    from glossary.mining.tokens import zh_tokens

    def pairs(zh: str, en: str) -> list[tuple[str, str]]:
        found = list_pairs(zh, en, zh_tokens(zh), BREAKERS, base_lexicon())
        return [(z, e) for z, e, _at, _fit in found]

    assert pairs(
        "会议讨论了碳排放权交易、绿色金融、气候投融资等议题。",
        "The meeting discussed carbon emissions trading, green finance, "
        "and climate investment and financing.",
    ) == [
        ("碳排放权交易", "carbon emissions trading"),
        ("绿色金融", "green finance"),
        ("气候投融资", "climate investment and financing"),
    ]
    # A list in the middle of the sentence ends at its "and"; the first item starts
    # after the verb on both sides.
    mid = pairs(
        "我们要大力发展科技保险、普惠保险、巨灾保险，加大对农户的支持。",
        "We will vigorously develop technology insurance, inclusive insurance and "
        "catastrophe insurance, and increase support for farming households.",
    )
    assert ("普惠保险", "inclusive insurance") in mid
    assert ("科技保险", "technology insurance") in mid
    # Qualities are no terms: "更宜居、更安全" is said of a city.
    assert (
        pairs(
            "让城市更宜居、更安全、更智慧。",
            "We will make our cities more livable, safer and smarter.",
        )
        == []
    )
    # The English says the head the Chinese repeats only once, last: its items are
    # modifiers, no terms ("基础学科" is not "basic").
    assert (
        pairs(
            "加强基础学科、新兴学科、交叉学科建设。",
            "We will strengthen basic, emerging and interdisciplinary disciplines.",
        )
        == []
    )
    # No English list of the same length: nothing is paired.
    assert (
        pairs(
            "代表团访问了北京、上海、广州等城市。",
            "The delegation visited Beijing and several other cities.",
        )
        == []
    )


def test_branching_entropy() -> None:
    from glossary.mining.pipeline import branching

    varied = "推进数字经济发展。数字经济是重点。发展数字经济，"
    assert branching(varied, "数字经济") > 0
    stuck = "数字经济伙伴关系协定。数字经济伙伴关系协定，数字经济伙伴关系协定"
    assert branching(stuck, "数字经济") < 0
    assert branching("只出现一次的数字经济。", "数字经济") == 0


def test_traditional_chinese_is_mined_as_written(tmp_path: Path) -> None:
    f = tmp_path / "trad.tsv"
    f.write_text(
        "zh\ten\n國家發展和改革委員會表示，將優化營商環境。\t"
        "The National Development and Reform Commission said it would improve the "
        "business environment.\n",
        encoding="utf-8",
    )
    pairs = {(p.zh, p.en) for p in mine_documents([read_document(f)])}
    assert ("國家發展和改革委員會", "National Development and Reform Commission") in pairs
