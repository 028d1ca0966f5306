"""Text normalisation and the keys every index is built on.

Display text is stored as the user wrote it; the *keys* below are what we compare:

- :func:`zh_key`: NFKC (full width -> half width), traditional -> simplified (OpenCC),
  no spaces, no quotes/brackets/dashes.
- :func:`en_key`: NFKC, case-folded, straight quotes, hyphens as spaces, punctuation
  removed, a leading article dropped, each word lightly stemmed ("exchanges" ->
  "exchange").
- :func:`pinyin_keys`: full ("yidaiyilu"), spaced ("yi dai yi lu") and initials
  ("ydyl"), computed once when a term is written.

OpenCC and pypinyin are imported on first use only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u3000": " ",
    }
)

_SPACES = re.compile(r"\s+")
# (Public: the compiled miner tests with it too, see glossary.mining.tokens.has_cjk.)
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_LATIN = re.compile(r"[A-Za-z]")
# Characters dropped from Chinese keys: whitespace, punctuation, quotes, brackets, dashes.
_ZH_DROP = re.compile(
    r"[\s\-\u00b7\u30fb'\"“”‘’《》〈〉「」『』【】()\[\]{}<>、，。．.,:;：；!?！？]+"
)
_EN_PUNCT = re.compile(r"[^\w\s']+")
_ARTICLES = ("the ", "a ", "an ")


# Characters XML 1.0 cannot carry: C0 controls except \t \n \r, U+FFFE/U+FFFF and
# surrogates (a str from JSON may hold a lone one). No term holds them.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def normalize(text: str) -> str:
    """NFKC, straight quotes, ASCII dashes, single spaces, trimmed, without the
    characters XML cannot carry (a term holding one could not be exported as it is
    stored). Keeps case and script."""
    text = XML_ILLEGAL.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def has_cjk(text: str) -> bool:
    """True if ``text`` contains at least one CJK ideograph."""
    return CJK.search(text) is not None


def has_latin(text: str) -> bool:
    """True if ``text`` contains at least one ASCII letter."""
    return _LATIN.search(text) is not None


def cjk_ratio(text: str) -> float:
    """Share of non-space characters that are CJK ideographs."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if CJK.match(c)) / len(chars)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=16384)
def to_simplified(text: str) -> str:
    """Traditional -> simplified Chinese (OpenCC t2s); text without CJK is returned as is."""
    if not has_cjk(text):
        return text
    return _t2s().convert(text)


@lru_cache(maxsize=16384)
def zh_key(text: str) -> str:
    """The comparison key of a Chinese term: simplified, half width, no spaces or punctuation."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = to_simplified(text)
    return _ZH_DROP.sub("", text).lower()


_IRREGULAR = {
    "people": "people",
    "children": "child",
    "men": "man",
    "women": "woman",
    "countries": "country",
    "policies": "policy",
    "data": "data",
    "news": "news",
    "series": "series",
    "species": "species",
    "affairs": "affair",
    "analyses": "analysis",
    "crises": "crisis",
    "bases": "base",
}
_KEEP_S = ("ss", "us", "is", "ous")
# Words in -ics that are no plurals keep the -s: names of fields ("economics" is not
# "economic") and the BRICS. Other words in -ics are plurals that meet their singular
# ("clinics", "characteristics", "republics").
_KEEP_ICS = frozenset(
    [
        "brics",
        "economics", "politics", "geopolitics", "physics", "geophysics", "astrophysics",
        "biophysics", "metaphysics", "mathematics", "statistics", "logistics", "ethics",
        "electronics", "microelectronics", "optoelectronics", "genetics", "linguistics",
        "athletics", "gymnastics", "aeronautics", "astronautics", "mechanics", "dynamics",
        "aerodynamics", "thermodynamics", "robotics", "informatics", "bioinformatics",
        "optics", "acoustics", "semantics", "phonetics", "aesthetics", "civics", "analytics",
        "diagnostics", "forensics", "pediatrics", "paediatrics", "obstetrics", "geriatrics",
        "orthopedics", "therapeutics", "cybernetics", "photonics", "avionics", "ergonomics",
        "hydraulics", "mechatronics", "pharmaceutics",
    ]
)  # fmt: skip


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Light English stemming: plural and third-person -s, -es, -ies, and -ing/-ed.

    Deliberately conservative: it only has to make inflected forms of the same
    official term meet ("exchanges" / "exchange", "initiatives" / "initiative").
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(_KEEP_S) and w not in _KEEP_ICS:
        w = w[:-1]
        if not w.endswith("ing"):
            return w
        # (A noun in -ing and its plural meet: "warnings" = "warning" = "warn".)
    if w.endswith("ing") and len(w) > 5:
        base = w[:-3]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
            base = base[:-1]
        return base
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        base = w[:-2]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
            base = base[:-1]
        return base
    return w


def en_words(text: str) -> list[str]:
    """Lower-case words of an English text, punctuation removed, hyphens split."""
    text = normalize(text).casefold().replace("-", " ").replace("/", " ")
    text = _EN_PUNCT.sub(" ", text).replace("'s ", " ").replace("'", "")
    return text.split()


@lru_cache(maxsize=16384)
def en_fold(text: str) -> str:
    """Case-folded, punctuation-free English with a leading article dropped; no stemming."""
    folded = " ".join(en_words(text))
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) > len(article):
            return folded[len(article) :]
    return folded


@lru_cache(maxsize=16384)
def en_key(text: str) -> str:
    """The comparison key of an English term: :func:`en_fold` with each word stemmed."""
    return " ".join(stem(w) for w in en_fold(text).split())


def _plain_reading(reading: str) -> str:
    """A pypinyin reading without tone marks, ü written v ("lǜ" -> "lv")."""
    for marked in "üǖǘǚǜ":
        reading = reading.replace(marked, "v")
    decomposed = unicodedata.normalize("NFD", reading)
    return "".join(c for c in decomposed if c.isascii()).lower()


@lru_cache(maxsize=1)
def _pinyin_tables() -> tuple[dict[str, str], dict[str, list[list[str]]], int]:
    """Tone-less readings per character, pypinyin's phrase table, its longest phrase.

    pypinyin's ``lazy_pinyin`` costs ~140 µs a term; a greedy longest-phrase match over
    the same dictionaries gives the same readings for terms at a fraction of it, which
    matters when 100,000 terms are imported. The phrase table is used as pypinyin holds
    it (no converted copy: it is large).
    """
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    chars = {chr(cp): _plain_reading(v.split(",")[0]) for cp, v in pinyin_dict.items()}
    longest = max((len(w) for w in phrases_dict), default=1)
    return chars, phrases_dict, min(longest, 8)


def pinyin_syllables(text: str) -> list[str]:
    """Tone-less pinyin syllables of ``text``; non-Chinese runs are kept as lower-case tokens."""
    chars, phrases, longest = _pinyin_tables()
    text = to_simplified(normalize(text))
    out: list[str] = []
    i, n = 0, len(text)
    latin: list[str] = []
    while i < n:
        ch = text[i]
        if ch not in chars:
            if ch.isalnum():
                latin.append(ch.lower())
            elif latin:
                out.append("".join(latin))
                latin = []
            i += 1
            continue
        if latin:
            out.append("".join(latin))
            latin = []
        for size in range(min(longest, n - i), 1, -1):
            readings = phrases.get(text[i : i + size])
            if readings and len(readings) == size:
                out.extend(_plain_reading(r[0]) for r in readings)
                i += size
                break
        else:
            out.append(chars[ch])
            i += 1
    if latin:
        out.append("".join(latin))
    return [s for s in out if s]


def pinyin_keys(text: str) -> tuple[str, str, str]:
    """``(full, spaced, initials)`` pinyin of a Chinese term, tone-less and lower case.

    Non-Chinese characters (Latin letters, digits) are kept as they are, so
    "G20峰会" gives ("g20fenghui", "g20 feng hui", "g20fh").
    """
    syllables = pinyin_syllables(text)
    initials = "".join(s[0] if s.isalpha() else s for s in syllables)
    return "".join(syllables), " ".join(syllables), initials


def pinyin_query_key(text: str) -> str:
    """A Latin query as a pinyin key: lower case, no spaces, apostrophes or tone digits."""
    return re.sub(r"[^a-z]", "", normalize(text).lower())
