"""Foreign names written in Chinese by their sound: 阿达玛 = "Adama", 阿瓦萨 =
"Hawassa", 吉纳勒 = "Genale".

CC-CEDICT knows the famous ones (埃塞俄比亚 "Ethiopia"); the rest of the places,
projects and people of a diplomatic text are written with the characters of the
standard transliteration tables, which jieba leaves in pieces (阿|达|玛, 阿瓦|萨).
Such a run is matched to a capitalised English word by the consonants both say, in
broad classes (b/p, d/t, g/k/j, l/r, ...), as the tables map them.
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

# Characters of the transliteration tables for foreign names (Xinhua's): the syllables
# that stand for sounds, not meanings.
TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦鲍贝本比彼毕宾波伯博布查察达戴丹道德迪蒂丁杜多厄恩尔"
    "法凡菲费芬弗伏福盖甘冈戈格根古圭哈亨胡基吉加贾杰卡凯坎考柯科克肯库夸奎昆拉莱"
    "赖兰朗劳勒雷蕾黎里莉利连琳留卢鲁路伦罗洛马玛迈麦曼芒梅蒙米密缪莫默姆穆纳娜奈"
    "瑙内尼妮涅纽努诺欧帕派潘庞佩彭皮珀普奇契乔切琼丘茹若萨塞赛桑瑟森沙莎舍什施舒"
    "斯索塔泰坦陶特滕提廷图托瓦旺威韦维温沃乌伍希锡谢辛休雅亚扬耶伊因尤约泽扎詹兹"
    "朱佐祖西霍佛哥摩喀隆蓬苏乍赞敦勃"
)

# Consonant classes: letters that the tables write with one initial (a Chinese "l"
# stands for "l" and "r", "j" for "g" and "j", "d" for "d" and "t").
_EN_CLASSES = {
    "b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K", "q": "K", "j": "K",
    "c": "K", "s": "S", "z": "S", "x": "S", "f": "F", "v": "F", "w": "W", "m": "M",
    "n": "N", "l": "L", "r": "L",
}  # fmt: skip
# Pinyin initials, longest first.
_ZH_INITIALS = (
    ("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"),
    ("g", "K"), ("k", "K"), ("j", "K"), ("q", "K"), ("x", "S"), ("z", "S"), ("c", "S"),
    ("s", "S"), ("f", "F"), ("w", "W"), ("m", "M"), ("n", "N"), ("l", "L"), ("r", "L"),
)  # fmt: skip


# The reading of a character in names where its common reading differs (什么 "shen").
_SOUND_READING = {"什": "shi", "莎": "sha", "伽": "jia"}


def is_translit(token: str, lexicon: Container[str]) -> bool:
    """``token`` (a jieba token) may be part of a transliterated name: all of its
    characters are the tables', and it is one character or no word of ``lexicon``."""
    # (The characters first: most tokens fail there, before a dictionary look-up.)
    return TRANSLIT_CHARS.issuperset(token) and (len(token) == 1 or token not in lexicon)


def _collapse(classes: list[str]) -> str:
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=20_000)
def zh_skeleton(text: str) -> str:
    """The consonant classes a transliteration says, in order: 阿瓦萨 -> "WS"."""
    from pypinyin import Style, lazy_pinyin

    classes: list[str] = []
    syllables = [
        _SOUND_READING.get(ch) or py
        for ch, py in zip(text, lazy_pinyin(text, style=Style.NORMAL), strict=False)
    ]
    for syllable in syllables:
        for initial, cls in _ZH_INITIALS:
            if syllable.startswith(initial):
                classes.append(cls)
                syllable = syllable[len(initial) :]
                break
        if syllable.endswith("ng"):
            classes.append("N")  # 朗 "rang" for "ran-"
        elif syllable.endswith("n"):
            classes.append("N")
        elif syllable == "er":
            classes.append("L")  # 尔 for a final "r" or "l": "Albania" 阿尔巴尼亚
    return _collapse(classes)


@lru_cache(maxsize=20_000)
def en_skeleton(word: str) -> str:
    """The consonant classes an English (Latin) name says: "Hawassa" -> "WS"."""
    low = word.lower().replace("ph", "f").replace("sh", "s").replace("ch", "s")
    low = low.replace("th", "t").replace("ck", "k")
    classes = [_EN_CLASSES[ch] for ch in low if ch in _EN_CLASSES]
    return _collapse(classes)


def sounds_alike(zh: str, word: str) -> bool:
    """A transliteration and an English name that say the same consonants, at least
    two of them, and both start with a vowel or both with a consonant."""
    zs, es = zh_skeleton(zh), en_skeleton(word)
    if len(zs) < 2 or zs != es:
        return False
    from pypinyin import Style, lazy_pinyin

    zh_vowel = lazy_pinyin(zh[0], style=Style.NORMAL)[0][:1] in "aeiouy"
    en_vowel = word.lower().lstrip("h")[:1] in "aeiouy"
    return zh_vowel == en_vowel
