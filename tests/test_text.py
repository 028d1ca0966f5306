"""Normalisation keys: Chinese, English and pinyin."""

from __future__ import annotations

import pytest

from glossary.text import (
    cjk_ratio,
    en_key,
    has_cjk,
    normalize,
    pinyin_keys,
    stem,
    to_simplified,
    zh_key,
)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("一带一路", "一带一路"),
        ("一帶一路", "一带一路"),
        ("“一带一路”", "一带一路"),
        ("《一带一路》", "一带一路"),
        ("中国—东盟", "中国东盟"),
        ("中国-东盟", "中国东盟"),
        ("Ｇ２０峰会", "g20峰会"),
        (" 国际 交往 中心 ", "国际交往中心"),
        ("兩岸關係", "两岸关系"),
    ],
)
def test_zh_key(raw: str, key: str) -> None:
    assert zh_key(raw) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Exchanges", "exchange"),
        ("the Belt and Road Initiative", "Belt and Road initiatives"),
        ("Land-Sea Trade Corridor", "land sea trade corridors"),
        ("policies", "policy"),
        ("people’s democracy", "people's democracy"),
        ("ＣＰＣ Central Committee", "CPC central committee"),
        ("opening-up", "opening up"),
        ("early warnings", "early warning"),
        ("ministerial meetings", "ministerial meeting"),
    ],
)
def test_en_key_makes_inflected_forms_meet(a: str, b: str) -> None:
    assert en_key(a) == en_key(b)


def test_en_key_keeps_different_terms_apart() -> None:
    assert en_key("process") != en_key("progress")
    assert en_key("Center for International Exchanges") != en_key("International Center")


def test_stem_is_conservative() -> None:
    assert stem("business") == "business"
    assert stem("analysis") == "analysis"
    assert stem("corridors") == "corridor"
    assert stem("cities") == "city"
    assert stem("approaches") == "approach"


def test_plurals_in_ics_meet_their_singular_but_fields_keep_their_s() -> None:
    assert en_key("village clinics") == en_key("village clinic")
    assert en_key("socialism with Chinese characteristics") == en_key(
        "socialism with Chinese characteristic"
    )
    assert stem("economics") == "economics" != stem("economic")
    assert stem("politics") == "politics"


@pytest.mark.parametrize(
    ("zh", "full", "spaced", "initials"),
    [
        ("一带一路", "yidaiyilu", "yi dai yi lu", "ydyl"),
        ("重庆", "chongqing", "chong qing", "cq"),
        ("一帶一路", "yidaiyilu", "yi dai yi lu", "ydyl"),
        ("G20峰会", "g20fenghui", "g20 feng hui", "g20fh"),
        ("绿色发展", "lvsefazhan", "lv se fa zhan", "lsfz"),
        ("银行行长", "yinhanghangzhang", "yin hang hang zhang", "yhhz"),
    ],
)
def test_pinyin_keys(zh: str, full: str, spaced: str, initials: str) -> None:
    assert pinyin_keys(zh) == (full, spaced, initials)


def test_pinyin_keys_agree_with_pypinyin_on_the_seed_terms() -> None:
    from pypinyin import lazy_pinyin

    from glossary.seed import load_seed_entries

    entries = load_seed_entries()
    agree = sum(
        pinyin_keys(e.zh)[0]
        == "".join(s.lower() for s in lazy_pinyin(to_simplified(e.zh)) if s.isalnum())
        for e in entries
    )
    assert agree / len(entries) > 0.97


def test_normalize_and_script_helpers() -> None:
    assert normalize("ＡＢＣ\u3000 “x”—y") == 'ABC "x"-y'
    assert has_cjk("abc中") and not has_cjk("abc")
    assert cjk_ratio("中国abc") == pytest.approx(0.4)
