"""English renderings: inside the aligned English, the span that best covers a Chinese
candidate's dictionary glosses, with clean noun-phrase boundaries.

Links between the two sides of a segment come from

- CC-CEDICT and glossary glosses of the Chinese *units*: jieba tokens, lexicon words
  spanning several tokens (射电 + 望远镜 = 射电望远镜), and for unknown tokens their
  lexicon sub-words and characters (外贸 -> 外 + 贸);
- pinyin for names and abbreviations (湛江 = Zhanjiang, 广湛 = Guangzhou-Zhanjiang);
- numbers (二十 = 20th) and Latin tokens written inside the Chinese (FAST).

A span is scored by how much of the Chinese it covers and how much of it is explained
by the Chinese (words explained by *other* Chinese words of the sentence count
against it). Boundaries: no punctuation inside, no function word, adverb or bare
adjective at the edges; title-case chunks are extended to their ends, and an "of ..."
phrase is taken in when the Chinese has modifiers the span does not yet cover.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Any, Final

from glossary.mining.align import en_word_keys
from glossary.mining.candidates import (
    BREAKERS,
    DASHES,
    EVALUATIVE,
    INNER,
    MANNER_ADVERBS,
    NAME_DOTS,
    SURNAMES,
    ZhCandidate,
    launched_manner,
    loose_char,
    modifier_before_noun,
)
from glossary.mining.lexicon import (
    STOPWORDS,
    Lexicon,
    counted_nouns,
    english_verb_senses,
    english_verbs,
)
from glossary.mining.sounds import is_translit, sounds_alike
from glossary.mining.tokens import (
    ZH_YEAR,
    EnToken,
    en_tokens,
    has_cjk,
    is_acronym,
    is_version,
    zh_numbers,
    zh_year,
)

# (The constants the span search and the rules read most are Final: mypyc compiles
# them to C statics or literals instead of a lookup in the module's dict at each use.)
_HARD_BREAK: Final = re.compile(r"[,;:.!?()\[\]，。；：！？（）、]|\s[-–—]\s|[–—]|--")
# Quote marks; not an apostrophe inside a word ("China’s") nor a plural's possessive
# ("G20 Leaders' Summit").
_QUOTE: Final = re.compile(r"[\"“”‘]|(?<!\w)['’]|(?<![sS])['’](?!\w)")
_QUOTE_CHAR: Final = re.compile("[\"“”‘'’]")  # (any character _QUOTE may take)
_INNER_OK: Final = {
    "of",
    "for",
    "and",
    "in",
    "on",
    "with",
    "to",
    "between",
    "the",
    "a",
    "an",
    "'s",
    "across",
    "over",
    "against",  # "the critical battle against pollution", "the fight against poverty"
    "into",  # "large-scale relapse into poverty" (not "China into a maritime power")
    "all",  # "a community of all life on Earth", "Education for All"
    "without",  # "people without party affiliation" (无党派人士)
}
_RULE_OF_LAW = ["the", "rule", "of", "law"]
# The coordinating words of lists and of modifiers sharing a head.
_AND_OR: Final = frozenset(("and", "or"))
_EDGE_BAD: Final = STOPWORDS | {
    "also", "known", "such", "like", "including", "which", "that", "etc", "through", "across",
    "toward", "towards", "along", "around", "beyond", "despite", "throughout", "via", "whether",
    "both", "either", "neither", "there", "where", "while", "among", "amid", "plus", "according",
}  # fmt: skip
_ADJ_END: Final = re.compile(r"(ic|al|ive|ous|ful|able|ible|ary|ly|ing|ed|[^m]ant|[^m]ent)$")
_TITLE_ADJ_END: Final = re.compile(r"(ic|al|ive|ous|ful)$")
_ADJ_WORDS: Final = {
    # adjectives in -ar (the ending alone would take "year", "dollar", "seminar")
    "lunar",
    "solar",
    "polar",
    "nuclear",
    "regular",
    "similar",
    "popular",
    "particular",
    "molecular",
    "circular",
    "modular",
    "linear",
    "secular",
    "stellar",
    "cellular",
    "major",
    "minor",
    "key",
    "main",
    "overall",
    "new",
    "old",
    "high",
    "low",
    "big",
    "small",
    "large",
    "great",
    "good",
    "bad",
    "more",
    "most",
    "less",
    "least",
    "many",
    "much",
    "further",
    "other",
    "same",
    "whole",
    "full",
    "top",
    "vast",
    "huge",
    "vital",
    "own",
    "first",
    "second",
    "third",
    "last",
    "next",
    "various",
    "several",
    "certain",
    "public",
    "foreign",
    "domestic",
    "chinese",
    "international",
    "national",
    "global",
    # prefixes written apart: "micro, small and medium-sized enterprises"
    "micro",
    "macro",
    # adjectives with no adjective's ending: "old urban | residential compounds"
    "urban",
    "acute",
    "modern",
    "western",
    "eastern",
    "northern",
    "southern",
    "smart",
    "remote",
    "young",
}
# ... but nouns after these words: "overseas Chinese" (华侨), "ethnic Chinese" (华人).
_ADJ_NOUNS: Final = frozenset([("overseas", "chinese"), ("ethnic", "chinese")])
# Verbs of policy prose that the dictionary also lists as nouns (so they are missing
# from english_verbs()): never the first word of a lower-case term.
_VERB_START: Final = frozenset(
    {
        "strengthen", "build", "foster", "advance", "support", "expand", "enhance", "boost",
        "ensure", "achieve", "create", "establish", "implement", "carry", "make", "give",
        "take", "help", "seize", "cultivate", "tackle", "put", "set", "keep", "step",
        "continue", "pursue", "promote", "improve", "deepen", "accelerate", "optimize",
        "leverage", "facilitate", "explore", "develop", "launch", "host", "hold", "attend",
    }
)  # fmt: skip
# Evaluative adjectives and quantifiers: "huge atomic gas", "many more opportunities",
# and particles: no span starts with them.
_START_BAD: Final = {
    "huge",
    "vast",
    "enormous",
    "profound",
    "important",
    "significant",
    "great",
    "strong",
    "remarkable",
    "marked",
    "many",
    "more",
    "most",
    "some",
    "several",
    "various",
    "much",
    "few",
    "half",
    "all",
    "each",
    "every",
    "further",
    "greater",
    "better",
    "best",
    "entire",
    "whole",
    "certain",
    "such",
    "other",
    "same",
    # Particles of phrasal verbs ("set | out in the Plan ..."); at the end they close
    # a name ("reform and opening up").
    "out",
    "up",
    "off",
    "away",
}
_NOUN_OK = {"capital", "potential", "material", "arrival", "proposal", "hospital", "interval",
            "festival", "terminal", "official", "rival", "journal", "principal", "council",
            "building", "meeting", "training", "housing", "dialogue", "initiative", "executive",
            "representative", "objective", "perspective", "collective", "detective", "narrative",
            "centre", "center", "order", "power", "water", "border", "member", "number", "partner",
            "engineering", "banking", "manufacturing", "processing", "planning", "funding",
            "offering", "understanding", "opening", "spring", "thing", "king", "ring", "wing",
            "landing", "lending", "spending", "pricing", "marketing", "rating", "ranking",
            "financing", "testing",
            "ceiling", "setting", "shipping", "seed", "speed", "need", "feed", "bed", "red",
            "hundred", "steel", "fuel", "channel", "level", "model", "hotel", "vessel", "tunnel",
            "railway", "canal", "animal", "signal", "criminal", "ideal", "deal", "meal", "seal",
            "industry", "ministry", "registry", "library", "secretary", "boundary", "summary",
            "anniversary", "dictionary", "salary", "military", "economy", "strategy", "academy",
            "dignitary", "commentary", "documentary", "diary", "glossary", "judiciary", "rally",
            "family", "supply", "italy", "assembly", "ally", "tally", "belly", "folly", "jelly",
            "monopoly", "duopoly", "oligopoly", "anomaly", "reply", "july",
            "chamber", "ber", "leader", "manager", "paper", "computer", "cooper",
            "daily", "quarterly", "monthly", "weekly", "circle", "ceramics", "economics",
            "politics", "logistics", "statistics", "ethics", "physics", "dynamics", "tactics",
            "student", "agent", "participant", "president", "resident", "continent", "patent",
            "content", "event", "client", "talent", "percent", "parent", "extent", "incident",
            "accident", "component", "opponent", "merchant", "plant", "grant", "tenant",
            "migrant", "giant", "restaurant", "servant", "assistant", "consultant", "applicant",
            "immigrant", "entrant", "descendant", "pollutant", "lubricant", "sergeant",
            "adolescent", "correspondent", "respondent", "superintendent", "precedent",
            "cent", "dent", "rent", "tent", "vent", "scent", "spent", "accent",
            "segment", "approval", "renewal", "individual",
            "professional", "original", "ritual", "manual", "survival", "withdrawal", "tribunal",
            "memorial", "portal", "directive", "incentive", "alternative", "archive", "motive",
            "republic", "traffic", "topic", "clinic", "epidemic", "pandemic", "music", "logic",
            "itinerary", "beneficiary", "subsidiary", "vocabulary", "january", "february",
            "sanctuary", "emissary", "table", "cable", "vegetable", "variable", "handful",
            "investment", "government", "agreement", "development", "management",
            "settlement", "granary", "adversary", "estuary", "tributary", "notary",
            "infirmary", "dispensary",
            # (-al, -ive and -ant after a vowel or in a short word: "the clean and
            # efficient use of coal", "the centenary goal", "clinical trials")
            "coal", "goal", "trial", "appeal", "metal", "cereal", "rental",
            "crystal", "editorial", "tutorial", "cathedral", "carnival", "arsenal",
            "explosive", "locomotive", "defendant", "accountant", "peasant",
            "infant", "patient"}  # fmt: skip


@dataclass(slots=True)
class Unit:
    """A piece of the Chinese sentence that can be linked: offsets and match keys."""

    start: int
    end: int
    text: str
    keys: frozenset[str]
    pinyin: str
    number: str = ""
    weight: float = 1.0
    glosses: tuple[tuple[tuple[str, str], ...], ...] = ()
    verbal: bool = False  # a Chinese word with a verb sense ("to ...")
    foreign: bool = False  # a run of transliteration characters (see sounds.py)
    # A gloss is the name's sound and a title-case rest ("Sanjiangyuan National Nature
    # Reserve" for 三江源): the sound alone renders the name too.
    named_by_sound: bool = False


# Facts of an English span: content tokens, boundary penalty, complete title-case
# name, a preposition inside.
_SpanInfo = tuple[tuple[int, ...], float, bool, bool]
# Glosses of a unit as (length at most 3, English token positions of each gloss word
# found in the sentence).
_GlossAt = tuple[tuple[int, tuple[tuple[int, ...], ...]], ...]
# A span's score: (lo, hi, fit, zh_cover, en_cover).
_Score = tuple[int, int, float, float, float]
# A unit's points indexed for the span search: see EnSide.points.
_Points = tuple[int, int, list[int], list[int], dict[int, float]]
# A span as the search scores it (see EnSide.resolve): its key in a candidate's score
# memo, its first token after the leading article, and its facts; None when it can
# render nothing (no clean phrase, or no content word in it).
_Resolved = tuple[int, int, _SpanInfo] | None
# The cores of a candidate, resolved (see _sorted_cores): the sort entries of those
# that can render nothing, and (lo, hi, memo key, trimmed lo, facts) of the others.
_Cores = tuple[list[tuple[float, int, int]], list[tuple[int, int, int, int, _SpanInfo]]]


@dataclass(slots=True)
class EnSide:
    """The English of a segment, tokenised, with an index from match key to tokens."""

    text: str
    tokens: list[EnToken]
    keys: list[frozenset[str]]
    content: list[bool]
    breaks: list[bool]  # breaks[k]: a hard break between token k and k+1
    quote_after: list[bool]
    index: dict[str, list[int]] = field(default_factory=dict)
    acronyms: bool = False  # whether an acronym's key ("^" ...) is in the index
    parts: list[tuple[str, ...]] = field(default_factory=list)  # lower-case hyphen parts
    quoted: list[tuple[int, int]] = field(default_factory=list)  # token ranges in quotes
    # Every quoted passage in order, however long (``quoted`` keeps the short ones,
    # which spans may be).
    all_quotes: list[tuple[int, int]] = field(default_factory=list)
    # Windows where a whole dictionary gloss of three words or more stands, for a
    # candidate that is that word: a phrase whatever it holds, as a quote is ("uphold
    # fundamental principles and break new ground" for 守正创新).
    glossed: set[tuple[int, int]] = field(default_factory=set)
    # A comma of a list that breaks no phrase (see _join_serial_lists): the token before
    # it -> the list's last token (a span over the comma goes on to there).
    list_ends: dict[int, int] = field(default_factory=dict)
    capitals: dict[str, list[int]] = field(default_factory=dict)  # 2-letter prefix -> tokens
    # Set by :func:`link`: the Chinese units and their links, the units with links (and
    # them by start and by end), and for each English token linked at 0.7 or
    # more by strong units (weight 0.9 or more) the earliest end and the latest start
    # of those units (to tell words that belong to other Chinese of the sentence).
    units: list[Unit] = field(default_factory=list)
    links: list[dict[int, float]] = field(default_factory=list)
    linking: list[int] | None = None
    by_start: dict[int, list[int]] = field(default_factory=dict)  # units with links
    by_end: dict[int, list[int]] = field(default_factory=dict)
    # Per unit: the English tokens it links, in order, and the strengths.
    sorted_links: list[tuple[list[int], list[float]]] = field(default_factory=list)
    claims: dict[int, tuple[int, int]] = field(default_factory=dict)
    # English token -> (start, end) of the whole words (weight 1.0) that link it
    # exactly (1.0), found once per sentence (see _drop_character_links); only tokens
    # whose owner can be told (no hyphenated word, word said twice or acronym).
    exact: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # The claimed tokens, and the same sorted by earliest end and by latest start (with
    # those ends and starts), to find a candidate's claimed tokens by bisection.
    claim_keys: frozenset[int] = frozenset()
    claim_ends: tuple[list[int], list[int]] = ([], [])
    claim_starts: tuple[list[int], list[int]] = ([], [])
    silent_starts: set[int] = field(default_factory=set)
    silent_ends: set[int] = field(default_factory=set)
    # Per unit: the English tokens it links by sound (pinyin), not by a gloss.
    by_sound: dict[int, set[int]] = field(default_factory=dict)
    # Unit -> hyphenated English words it links as a character of an abbreviation (see
    # _link_abbreviations): no gloss of its own to share out either.
    by_abbreviation: dict[int, set[int]] = field(default_factory=dict)
    person_sounds: set[int] = field(default_factory=set)
    # Per token: a verb with its object or a clause (no span holds it); a function word
    # no span holds inside (see span_info).
    verb_like: list[bool] = field(default_factory=list)
    title: list[bool] = field(default_factory=list)  # _title of each token
    # Each "and" between two title-case words ("... Airport and Beijing ..."): where
    # two names may be joined (see _conjuncts).
    title_ands: list[int] = field(default_factory=list)
    texts: dict[tuple[int, int], str] = field(default_factory=dict)  # see span_text
    # Span search caches: a core span -> its variants; (linked tokens, maximum length)
    # -> the cores over them, sorted (candidates of a sentence share many).
    variants: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    cores: dict[tuple[tuple[int, ...], int, bool | None], _Cores] = field(default_factory=dict)
    lows: list[str] = field(default_factory=list)  # the tokens' lower-case forms
    and_or: list[int] = field(default_factory=list)  # the tokens "and" and "or", in order
    # Per token, the number of hard breaks before it: tokens a < b lie in one clause
    # (no break in breaks[a:b]) exactly when clause[a] == clause[b].
    clause: list[int] = field(default_factory=list)
    inner_bad: list[bool] = field(default_factory=list)
    # A campaign named by its purpose ("initiative | to improve the rural living
    # environment"): the index of its noun -> the tokens of the infinitive that are
    # verb-like or bad inside elsewhere, but inside a span that holds the noun.
    purposes: dict[int, tuple[int, ...]] = field(default_factory=dict)
    # Per token: may a span start / end on it (_first_ok, _last_ok)?
    first_ok: list[bool] = field(default_factory=list)
    last_ok: list[bool] = field(default_factory=list)
    # Per token: it may not start a span only as an evaluative word ("great", "strong",
    # "more"), which a candidate that itself says it may start with (see _span_score).
    soft_first: list[bool] = field(default_factory=list)
    evaluative_spans: dict[tuple[int, int], _Resolved] = field(default_factory=dict)
    spans: dict[tuple[int, int], _SpanInfo | None] = field(default_factory=dict)
    # Span (lo * number of tokens + hi) -> the span as scored (see resolve).
    resolved: dict[int, _Resolved] = field(default_factory=dict)
    _gloss_at: dict[int, _GlossAt] = field(default_factory=dict)
    _whole_at: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    _parents: dict[int, list[int]] = field(default_factory=dict)
    _said: Counter[str] | None = None  # how often the sentence says each unit's text
    # Per token, its lower-case form without a plural ending (see _said_again).
    singulars: list[str] = field(default_factory=list)
    # Per unit: its points, sorted, with their index (see points).
    _points: dict[int, _Points] = field(default_factory=dict)
    # (start, end, whole) -> the candidate's span-search context (see render).
    cands: dict[tuple[int, int, bool], _Cand | None] = field(default_factory=dict)

    def span_info(self, lo: int, hi: int) -> _SpanInfo | None:
        """Candidate-independent facts of a span, cached: None if it is no clean noun
        phrase (bad edges, a clause inside), else its content tokens, its boundary
        penalty, whether it is a complete title-case name and whether a preposition of
        _PP lies strictly inside."""
        key = (lo, hi)
        if key in self.spans:
            return self.spans[key]
        info: _SpanInfo | None = None
        edges = (
            self.first_ok[lo]
            and self.last_ok[hi]
            and not (self.list_ends and self._cuts_list(lo, hi))
        )
        if (
            (
                edges
                and True not in self.verb_like[lo : hi + 1]
                and True not in self.inner_bad[lo + 1 : hi]
            )
            or (lo, hi) in self.quoted
            or (lo, hi) in self.glossed
            or (edges and self.purposes and self._purpose_inside(lo, hi))
        ):
            # (A whole quoted phrase is a name whatever it holds: "housing is for living
            # in, not for speculation".)
            # (compress and set tests rather than comprehensions or generators: this
            # runs for every span a sentence's candidates try.)
            content = tuple(compress(range(lo, hi + 1), self.content[lo : hi + 1]))
            if self.purposes and (purpose := self._purpose_verbs(lo, hi)):
                # A campaign's purpose verb that no Chinese says is the English's way
                # of putting it ("initiative to promote the digital transformation of
                # ..." for 数字化转型|行动): no word to explain.
                content = tuple(k for k in content if k not in purpose)
            toks = self.tokens
            title = self.title
            name = (
                title[lo]
                and title[hi]
                # (A capitalised "The" opening the sentence is no part of the name.)
                and (
                    lo == 0
                    or self.breaks[lo - 1]
                    or not title[lo - 1]
                    or self.lows[lo - 1] in ARTICLES
                )
                and (hi + 1 >= len(toks) or self.breaks[hi] or not title[hi + 1])
            )
            info = (
                content,
                _boundary_penalty(self, lo, hi),
                name,
                not _PP.isdisjoint(self.lows[lo + 1 : hi]),
            )
        self.spans[key] = info
        return info

    def _purpose_verbs(self, lo: int, hi: int) -> set[int]:
        """The verbs of the campaign purposes inside [lo, hi] (see EnSide.purposes) that
        no Chinese of the sentence links to."""
        lows = self.lows
        return {
            k for noun, ks in self.purposes.items() if lo <= noun < hi for k in ks
            if k <= hi and lows[k] != "to" and lows[k] != "and" and lows[k] not in ARTICLES
            and not any(k in lk for lk in self.links)
        }  # fmt: skip

    def _purpose_inside(self, lo: int, hi: int) -> bool:
        """Inside its clean edges, the span is clean but for a campaign's purpose
        infinitive it holds with its noun ("special initiative to reduce overall
        logistics costs in society")."""
        spared = {k for noun, ks in self.purposes.items() if lo <= noun < hi for k in ks}
        if not spared:
            return False
        return not any(
            k not in spared and (self.verb_like[k] or lo < k < hi and self.inner_bad[k])
            for k in range(lo, hi + 1)
        )

    def _cuts_list(self, lo: int, hi: int) -> bool:
        """The span holds a list's comma but stops before the list's last item."""
        return any(self.list_ends.get(k, -1) > hi for k in range(lo, hi))

    def resolve(self, lo: int, hi: int) -> _Resolved:
        """The span [lo, hi] as the span search scores it, cached under an int key: its
        leading article dropped, then None if it can render nothing (see span_info),
        else (its key in a candidate's score memo, its first token, its facts).
        (Candidate-independent: candidates of a sentence share it, and spans that can
        render nothing are told apart before any per-candidate lookup.)"""
        n = len(self.lows)
        raw = lo * n + hi
        got = self.resolved.get(raw, _UNKNOWN)
        if got is _UNKNOWN:
            if lo < hi and self.lows[lo] in ARTICLES:
                lo += 1
            info = self.spans.get((lo, hi), _UNKNOWN)
            if info is _UNKNOWN:
                info = self.span_info(lo, hi)
            got = self.resolved[raw] = (lo * n + hi, lo, info) if info and info[0] else None
        return got

    def resolve_evaluative(self, lo: int, hi: int) -> _Resolved:
        """:meth:`resolve` for a span opening with an evaluative word (soft_first[lo]),
        as if the word could open any span; cached apart (the plain caches say no)."""
        key = (lo, hi)
        if key not in self.evaluative_spans:
            plain = self.spans.pop(key, _UNKNOWN)
            self.first_ok[lo] = True
            try:
                info = self.span_info(lo, hi)
            finally:
                self.first_ok[lo] = False
                if plain is _UNKNOWN:
                    self.spans.pop(key, None)
                else:
                    self.spans[key] = plain
            n = len(self.lows)
            self.evaluative_spans[key] = (lo * n + hi, lo, info) if info and info[0] else None
        return self.evaluative_spans[key]

    def points(self, i: int) -> _Points:
        """The points of unit ``i``: the tokens it links and the tokens holding words of
        its glosses. Its cover in a span only depends on which of them the span holds,
        so spans that hold the same points share it. Returned as (first point, last
        point, per token k the number of points before k times w, per token k the
        number of points up to k, covers) with w = the number of points + 1: a span
        [lo, hi] holds the points of index [x, y), and ``x * w + y`` (the ``key`` of
        :meth:`cover`) names that range (a dict ``covers`` holds the cover under it).
        (Index lists rather than bisection: the span search looks them up for every
        unit of a candidate and every span.)"""
        got = self._points.get(i)
        if got is None:
            at = set(self.sorted_links[i][0])
            for _size, words in self.gloss_positions(i, self.units[i]):
                for positions in words:
                    at.update(positions)
            points = sorted(at)
            # Built as runs of equal values (a unit has a few points, a sentence many
            # tokens).
            m = len(points)
            w = m + 1
            first, last = points[0], points[-1]
            before = [0] * (first + 1)
            upto = [0] * first
            for j in range(1, m):
                step = points[j] - points[j - 1]
                before += [j * w] * step
                upto += [j] * step
            n = len(self.tokens)
            before += [m * w] * (n - 1 - last)
            upto += [m] * (n - last)
            got = self._points[i] = (first, last, before, upto, {})
        return got

    def cover(self, i: int, lo: int, hi: int) -> float:
        """How well unit ``i`` is rendered in [lo, hi] (0.0: no link there); cached by
        the caller under the range of points the span holds (see :meth:`points`)."""
        u = self.units[i]
        # A name matched by its sound (广 = "Guangzhou") is no gloss to share out.
        sound = self.by_sound.get(i) or self.by_abbreviation.get(i)
        by_gloss = not sound or not any(lo <= k <= hi for k in sound)
        s = _unit_cover(u, self.sorted_links[i], lo, hi, self.gloss_positions(i, u), by_gloss)
        if 0.2 < s < 0.95 and by_gloss:
            # Part of a gloss here, all of it elsewhere in the sentence: the unit is
            # rendered there ("Global Development Initiative"), and its words here
            # belong to another ("Global Security Initiative").
            # (Not when the Chinese says the word more often than its whole gloss
            # stands: 电网 three times, "power grid" once, "smart grid" is 智能电网's.)
            whole = self.whole_glosses(i, u)
            if (
                whole and not any(lo <= a and b <= hi for a, b in whole)
                and self.said(u.text) <= len(set(whole))
            ):  # fmt: skip
                return 0.2
        if s > 0.2 and by_gloss:
            # A part of a word whose whole gloss stands elsewhere (都市 of 都市圈 =
            # "metropolitan areas"): the word is rendered there, and the part's words
            # here ("cities" of "central cities") are another's.
            for j in self.parents(i):
                whole = self.whole_glosses(j, self.units[j])
                if whole and not any(a <= hi and lo <= b for a, b in whole):
                    return 0.2
        return s

    def _said_counts(self) -> Counter[str]:
        """How many units of the sentence have each text (built once)."""
        if self._said is None:
            self._said = Counter([w.text for w in self.units])
        return self._said

    def said(self, text: str) -> int:
        """How many times the Chinese sentence says the unit ``text``."""
        return self._said_counts()[text]

    def parents(self, i: int) -> list[int]:
        """The longer units with glosses that hold unit ``i``, of words the sentence says
        once (cached)."""
        got = self._parents.get(i)
        if got is None:
            u = self.units[i]
            # (Only a word the sentence says once: 联运 of 多式联运, 公铁联运 and 铁水联运
            # is rendered three times.)
            said, units, size = self._said_counts(), self.units, u.end - u.start
            # (A unit whose gloss stands whole has links: only those are looked at.)
            got = self._parents[i] = [
                j for at in range(max(0, u.start - 16), u.start + 1)
                for j in self.by_start.get(at, ())
                if units[j].end >= u.end and units[j].end - at > size
                and units[j].glosses and said[units[j].text] == 1
            ]  # fmt: skip
        return got

    def whole_glosses(self, i: int, u: Unit) -> list[tuple[int, int]]:
        """Windows [a, b] of this English where a gloss of unit ``i`` of two words or
        more stands whole and compact (cached per sentence)."""
        hit = self._whole_at.get(i)
        if hit is None:
            hit = []
            index = self.index
            for g in u.glosses:
                if len(g) < 2:
                    continue
                found = [index.get(st) or index.get(pf) for st, pf in g]
                words = [w for w in found if w]
                if len(words) < len(found):
                    continue
                # (A gloss of three words or more has room for a function word about
                # every other word: "lucid waters and lush mountains are invaluable
                # assets", "building the new before discarding the old".)
                room = len(words) + ((len(words) + 1) // 2 if len(words) >= 3 else 0)
                for p in words[0]:
                    near = [min(words[j], key=lambda k: abs(k - p)) for j in range(1, len(words))]
                    a, b = min(p, *near), max(p, *near)
                    if b - a <= room:
                        hit.append((a, b))
            self._whole_at[i] = hit
        return hit

    def gloss_positions(self, i: int, u: Unit) -> _GlossAt:
        """For each gloss of unit ``i`` with a word in this English: its length (at most
        3) and, per such word, the tokens whose keys hold it (cached per sentence)."""
        hit = self._gloss_at.get(i)
        if hit is None:
            index = self.index
            out = []
            for g in u.glosses:
                words = []
                for st, pf in g:
                    # (Most words of a gloss are not in the sentence: no tuple for them.)
                    a = index.get(st)
                    b = index.get(pf)
                    if a is not None:
                        words.append((*a, *b) if b is not None else tuple(a))
                    elif b is not None:
                        words.append(tuple(b))
                if words:
                    out.append((min(len(g), 3), tuple(words)))
            if self.acronyms:  # (most sentences have none: a unit has many keys)
                for key in u.keys:
                    if key[0] == "^" and key in index:
                        out.append((1, (tuple(index[key]),)))  # an acronym renders it whole
            if u.named_by_sound and out:
                # So does its whole sound: "Sanjiangyuan" renders 三江源 (glossed
                # "Sanjiangyuan National Nature Reserve") as well as the full gloss.
                at = tuple([k for k, low in enumerate(self.lows) if low == u.pinyin])
                if at:
                    out.append((1, (at,)))
            hit = self._gloss_at[i] = tuple(out)
        return hit


# Plural nouns whose possessive is a part of names ("National People's Congress",
# "All-China Women's Federation"), not a name's owner.
_PLURAL_OWNERS = frozenset(["people", "women", "children", "men"])


def _name_owns_name(words: Sequence[EnToken]) -> bool:
    """Three words, the middle one a name of two words or more in the possessive, and
    the last one the start of another name: "the World Trade Organization's | Trade
    Facilitation Agreement". (One word is more often a part of the name: "China's Arab
    Policy Paper", "Moore's Law".)"""
    before, owner, owned = words
    low = owner.low
    return (
        low.endswith(("'s", "’s")) and low[:-2] not in _PLURAL_OWNERS
        and before.text[:1].isupper() and before.low not in STOPWORDS  # (not "As Moore's Law")
        and owner.text[:1].isupper() and owned.text[:1].isupper()
    )  # fmt: skip


def _title_chain_before(toks: list[EnToken], title: list[bool], k: int) -> bool:
    """A lower-case chain word ("to", "of") between a title-case word and token ``k``."""
    return k >= 2 and toks[k - 1].low in _CHAIN and title[k - 2]


def en_side(text: str) -> EnSide:
    """Tokenise an English segment for rendering."""
    toks = en_tokens(text)
    keys = [en_word_keys(t.low) for t in toks]
    for k, t in enumerate(toks):
        # (A possessive acronym is the acronym: "the UN's ... initiative".)
        bare = t.text[:-2] if t.text.endswith(("'s", "’s")) else t.text
        if 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper():
            keys[k] = keys[k] | {"^" + bare.lower()}  # an acronym: see align.acronym_keys
        elif "-" in t.text:
            # ... also the acronym a name joins to another ("FAO-China", "UN-Habitat").
            parts = t.text.split("-")
            keys[k] = keys[k] | {
                "^" + p.lower() for p in parts if 2 <= len(p) <= 6 and p.isalpha() and p.isupper()
            }
    for k in range(1, len(toks)):
        # A name's serial number spelled out: "Hualong One" (华龙一号), as "Tianwen-1".
        # (en_word_keys leaves "one" out: it is everywhere.)
        if toks[k].low == "one" and toks[k].text[:1] == "O" and toks[k - 1].text[:1].isupper():
            keys[k] = keys[k] | {"#1"}
    content = [
        bool(k) and (t.low not in _EDGE_BAD or _name_plus(toks, i))
        for i, (t, k) in enumerate(zip(toks, keys, strict=True))
    ]
    breaks: list[bool] = []
    quotes: list[bool] = []
    for k in range(len(toks)):
        gap = text[toks[k].end : toks[k + 1].start] if k + 1 < len(toks) else "."
        # (A single space, most gaps, is neither: no regex pass.)
        plain = gap == " "
        breaks.append(not plain and bool(_HARD_BREAK.search(gap)))
        quotes.append(not plain and bool(_QUOTE.search(gap)))
    list_ends = _join_listed_modifiers(text, toks, breaks)
    for k in range(len(toks) - 1):
        if toks[k].text == "Co" and toks[k + 1].text == "Ltd" and _CO_LTD.match(text, toks[k].end):
            breaks[k] = False  # a company's legal form: "China ... Group Co., Ltd." is one name
        elif (
            toks[k].text == "No"
            and toks[k + 1].text[:1].isdigit()
            and text.startswith(".", toks[k].end)
        ):
            breaks[k] = False  # a serial number: "Deep Sea No. 1" (深海一号) is one name
    bracketed: list[int] = []
    for k in range(1, len(toks) - 1):
        if (
            text[toks[k - 1].end : toks[k].start].strip() != "("
            or text[toks[k].end : toks[k + 1].start].strip() != ")"
        ):
            continue
        if toks[k].text.isupper() and len(toks[k].text) <= 8:
            # A name's acronym in brackets inside it ("the Regional Comprehensive
            # Economic Partnership (RCEP) agreement") neither breaks it nor needs
            # explaining.
            breaks[k - 1] = breaks[k] = False
            content[k] = False
            bracketed.append(k)
        elif (
            toks[k].text[:1].isupper() and toks[k - 1].text[:1].isupper()
            and toks[k + 1].text[:1].isupper()
        ):  # fmt: skip
            # A place in brackets inside a name: "China (Sichuan) Pilot Free Trade
            # Zone" (中国（四川）自由贸易试验区); it is rendered, not skipped.
            breaks[k - 1] = breaks[k] = False
    side = EnSide(text, toks, keys, content, breaks, quotes)
    side.list_ends = list_ends
    side.title = [_title(t) for t in toks]  # (first: _verb_like reads it)
    side.verb_like = [_verb_like(side, k) for k in range(len(toks))]
    side.lows = [t.low for t in toks]
    for k in range(1, len(toks) - 1):
        if (
            not breaks[k - 1] and not breaks[k] and _name_owns_name(toks[k - 1 : k + 2])
            and not _body_name_after(side, k + 1)
        ):  # fmt: skip
            # A name owning another is two names, no span holds both; but a body of a
            # body is one ("the NPC Standing Committee's Legislative Affairs Commission").
            breaks[k] = True
    side.and_or = [k for k, low in enumerate(side.lows) if low in _AND_OR]
    side.clause = [0] * len(toks)
    for k in range(1, len(toks)):
        side.clause[k] = side.clause[k - 1] + breaks[k - 1]
    verbs = english_verbs()
    senses = english_verb_senses()
    title = side.title
    side.inner_bad = [
        # (A capitalised function word inside a title-case name is part of it: "Action
        # Plan for Carbon Dioxide Peaking Before 2030", "Project to Extend Radio and TV
        # Coverage to Every Village".)
        (t.low in _EDGE_BAD and t.low not in _INNER_OK
         and not (title[k] and k and (title[k - 1] or _title_chain_before(toks, title, k)))
         # "... of pursuing progress while ensuring stability": a formula goes on.
         and not (t.low == "while" and k + 1 < len(toks) and toks[k + 1].low.endswith("ing"))
         # "mutual learning among civilizations": "among" as "between".
         and not (t.low == "among" and _among_plural(side, k))
         # "governments at all levels", "work experience at the community level",
         # "the international system with the UN at its core": a level after its noun.
         and not (t.low == "at" and _at_level(side, k, breaks))
         # "invigorating China through science and education": the means of the
         # gerund a strategy is named by.
         and not (t.low == "through" and _gerund_before(side, k))
         # "a socialist country under the rule of law" (法治国家), "China under the
         # rule of law" (法治中国): a set phrase after its noun.
         and not (t.low == "under" and _under_whom(side, k, breaks))
         # "returned overseas Chinese and their relatives" (归侨侨眷), "veterans and
         # their families": the second group named by the first.
         and not (t.low == "their" and k and toks[k - 1].low == "and")
         # "energy consumption per unit of GDP", "patents per 10,000 people": a rate's
         # measure after its quantity.
         and not (t.low == "per" and k + 1 < len(toks) and _per_what(toks[k + 1].low)))
        # An article right after a content word starts an object: "welcome | the
        # global business community" is a verb phrase; names have "of the", "for a",
        # and headings are title case ("Serving the Overall Development"; not a name
        # before it: "signed in Beijing | the Beijing Declaration"). After
        # "and", it starts a second noun phrase ("Hong Kong and the people ...").
        # "countries | to join": an infinitive, a clause of its own; "... and develop
        # new quality productive forces": a second verb phrase.
        or (t.low in ("to", "and", "or") and k + 1 < len(toks)
            and (toks[k + 1].low in verbs or toks[k + 1].low in _VERB_START)
            and not title[k + 1])
        # "(build) China into a maritime power", "(building ...) the Greater Bay Area
        # into international centers for ...": what something is made into is no part
        # of a name ("relapse into poverty" is).
        or (t.low == "into" and k + 1 < len(toks)
            and (toks[k + 1].low in ARTICLES or k and title[k - 1] and not title[k + 1]))
        # "(carry out) united front work | well | in the new era": how it is done
        # (not "as well as").
        or (t.low == "well" and 0 < k < len(toks) - 1 and toks[k - 1].low != "as"
            and toks[k + 1].low in ("in", "on", "and", "to"))
        # "to jointly maintain", "and jointly promote": an adverb before the verb.
        or (t.low in ("to", "and") and k + 2 < len(toks) and toks[k + 1].low.endswith("ly")
            and toks[k + 2].low in senses and not title[k + 1])
        # "ASEAN | to speed up", "to promote the ...": a verb with its particle or
        # object after "to".
        or (t.low == "to" and k + 2 < len(toks) and toks[k + 1].low in senses
            and toks[k + 2].low in _PARTICLES_AND_ARTICLES and not title[k + 1])
        or (
            t.low in ARTICLES and 0 < k < len(toks) - 1 and not breaks[k - 1]
            and not _document_gerund(side, k - 1)
            and not _joint_owner(side, k)
            and (toks[k - 1].low in _AND_OR or (
                toks[k - 1].low not in _EDGE_BAD and toks[k - 1].low not in _INNER_OK
                and not (title[k - 1] and title[k + 1] and (
                    toks[k - 1].low in senses or _verb_form(toks[k - 1].low)))
            ))
        )
        for k, t in enumerate(toks)
    ]  # fmt: skip
    side.purposes = _campaign_purposes(side)
    for k in bracketed:  # never a name's continuation ("Asia-Pacific | (FTAAP)")
        side.title[k] = False
    side.first_ok = [_first_ok(side, k) for k in range(len(toks))]
    side.soft_first = [
        not ok and _first_ok(side, k, evaluative=True) for k, ok in enumerate(side.first_ok)
    ]
    side.last_ok = [_last_ok(side, k) for k in range(len(toks))]
    for k in bracketed:  # inside a span only, never its edge
        side.first_ok[k] = side.last_ok[k] = side.soft_first[k] = False
    for k in _glued(text, toks):
        # One written word the tokens cut ("COVID-19", "8K", "Shenzhou-13", "1+N"):
        # a span never ends or starts inside it ("outbreak of COVID" for 新冠肺炎疫情).
        side.last_ok[k] = side.first_ok[k + 1] = side.soft_first[k + 1] = False
    for k in _suspended_hyphens(text, toks):
        # "medium- and long-term funds" (中长期资金): the first half of a compound
        # waits for the second's ending, so no span starts after it or ends on it,
        # and it needs no word of its own (中长期 is said by "long-term").
        side.first_ok[k + 2] = side.soft_first[k + 2] = side.last_ok[k] = False
        side.content[k] = False
    lows, title = side.lows, side.title
    side.title_ands = [
        k for k in range(1, len(toks) - 1) if lows[k] == "and" and title[k - 1] and title[k + 1]
    ]
    for k, ks in enumerate(keys):
        for key in ks:
            side.index.setdefault(key, []).append(k)
    side.acronyms = any(key.startswith("^") for key in side.index)
    side.parts = [_sound_parts(t.low) for t in toks]
    for k, t in enumerate(toks):
        if t.text[:1].isupper():
            for part in side.parts[k]:
                side.capitals.setdefault(part[:2], []).append(k)
    for m in re.finditer(r"[\"“]([^\"“”]{2,400})[\"”]", text):
        inner = [k for k, t in enumerate(toks) if m.start(1) <= t.start and t.end <= m.end(1)]
        if not inner:
            continue
        side.all_quotes.append((inner[0], inner[-1]))
        if len(inner) <= 12 and m.end(1) - m.start(1) <= 80:
            side.quoted.append((inner[0], inner[-1]))
    return side


# Nouns of campaigns and programmes that official English names by their purpose:
# "initiative to revitalize the seed industry" (种业振兴行动), "project to trace the
# origins of Chinese civilization" (中华文明探源工程); and of the mechanisms, measures
# and funds made for one ("mechanisms to realize the value of ecological products"),
# the policies, reforms and battles too ("battle to prevent and control pollution").
_CAMPAIGN_NOUNS = frozenset(
    ["initiative", "initiatives", "campaign", "campaigns", "program", "programs",
     "programme", "programmes", "project", "projects", "plan", "plans", "action", "drive",
     "mechanism", "mechanisms", "measure", "measures", "fund", "funds", "policy", "policies",
     "battle", "battles", "fight", "reform", "reforms", "activities"]
)  # fmt: skip


def _campaign_purposes(side: EnSide) -> dict[int, tuple[int, ...]]:
    """Each campaign noun followed by "to" and a verb (see EnSide.purposes): the noun's
    index -> the "to", the verb (or verbs joined by "and") and an article right after."""
    lows = side.lows
    senses = english_verb_senses()
    out: dict[int, tuple[int, ...]] = {}
    for k in range(1, len(lows) - 2):
        if (
            lows[k] == "to" and lows[k - 1] in _CAMPAIGN_NOUNS and lows[k + 1] in senses
            and not side.breaks[k - 1] and not side.breaks[k] and not side.title[k + 1]
        ):  # fmt: skip
            spared = [k, k + 1]
            v = k + 1
            while (
                v + 2 < len(lows) and lows[v + 1] == "and" and lows[v + 2] in senses
                and not side.breaks[v] and not side.breaks[v + 1]
            ):  # fmt: skip
                # Two verbs of one purpose: "initiative to deepen and upgrade the reform
                # of state-owned enterprises" (国有企业改革深化提升行动).
                v += 2
                spared += [v - 1, v]
            if v + 1 < len(lows) and lows[v + 1] in ARTICLES:
                spared.append(v + 1)
            out[k - 1] = tuple(spared)
    return out


# Adverbs that end a candidate but carry the stance of a policy formula (更加|积极|的|
# 财政政策 "more proactive fiscal policy"): they link like words before a 的.
_STANCE_WORDS = MANNER_ADVERBS | {"更加", "更为"}


# Function words of the candidates that still name something the English says:
# 在我国 = "in China" (its "China" is not a neighbouring name's to take in).
_NAMING_BREAKERS = frozenset(["我国"])
# The adverb of manner English says by a phrase of its own after the verb's object
# ("take out liability insurance | in accordance with the law"): it links, so
# that a term's rendering does not take the phrase in. (Not 按时 "on schedule":
# "immunization schedule" is a term.)
_MANNERS_SAID_APART = frozenset(["依法"])


def zh_units(tokens: tuple[str, ...], lex: Lexicon) -> list[Unit]:
    """Linkable units of a tokenised Chinese sentence (see module docstring)."""
    units: list[Unit] = []
    offs = []
    pos = 0
    for t in tokens:
        offs.append(pos)
        pos += len(t)

    from glossary.mining.align import zh_token_keys  # (once per sentence, not per unit)

    fields = lex.unit_fields  # (cached per lexicon: words recur across sentences)

    def unit(text: str, start: int, weight: float = 1.0, sound: bool = True) -> Unit:
        """A unit for ``text`` at ``start`` with its lexicon keys, pinyin (unless not
        ``sound``) and glosses."""
        got = fields.get(text)
        if got is None:
            if len(fields) > 200_000:
                fields.clear()
            got = fields[text] = (
                zh_token_keys(text, lex),
                lex.pinyin.get(text) or name_pinyin(text),
                lex.gloss_words(text) if has_cjk(text) else (),
                has_cjk(text) and lex.has_verb_sense(text),
                len(text) > 1 and _full_name_after_sound(lex.glosses(text)),
            )
        keys, pinyin, glosses, verbal, named = got
        return Unit(
            start, start + len(text), text, keys, pinyin if sound else "", weight=weight,
            glosses=glosses, verbal=verbal, named_by_sound=named and sound,
        )  # fmt: skip

    n = len(tokens)
    for i, tok in enumerate(tokens):
        start = offs[i]
        if not has_cjk(tok):
            if tok.isalnum():
                u = unit(tok, start)
                if tok[:1].isdigit():
                    u.number = tok.replace(",", "")
                units.append(u)
            continue
        if (
            tok in BREAKERS
            and tok not in _NAMING_BREAKERS
            and tok not in _MANNERS_SAID_APART
            and not (tok in _STANCE_WORDS and "的" in tokens[i + 1 : i + 3])
            and not modifier_before_noun(tokens, i, lex)
            and not launched_manner(tokens, i, lex)
            and not (tok == "不" and i + 1 < n and has_cjk(tokens[i + 1]))
        ) or tok in INNER:
            # 的 "bull's-eye", 为 "act": function words link to nothing. (But 不 before a
            # word may be the "un-" of its English: 不|公平竞争 = "unfair competition".)
            continue
        nums = zh_numbers(tok)
        if tok in lex or name_pinyin(tok):
            # A word the dictionary lacks may still be a name rendered by its sound
            # (横琴 = "Hengqin").
            units.append(unit(tok, start))
        if len(tok) == 2:
            # Characters of a word may still link where the word's glosses do not
            # (天眼 "nickname for FAST" vs "Sky Eye"); they weigh less. But not by
            # their sound inside a common word: 总理 is "premier", and its 理 is not the
            # "Li" of the name after it.
            common = lex.common_words.get(tok)
            if common is None:
                if len(lex.common_words) > 200_000:
                    lex.common_words.clear()
                glosses = lex.glosses(tok)
                common = lex.common_words[tok] = bool(glosses) and not glosses[0][:1].isupper()
            for j, ch in enumerate(tok):
                if ch in lex and ch not in INNER:
                    units.append(unit(ch, start + j, 0.6, sound=not common))
        elif tok not in lex or len(tok) >= 3:
            # Lexicon sub-words, then single characters.
            for j, sub in _sub_words(tok, lex):
                if len(sub) > 1:
                    units.append(unit(sub, start + j, 0.9))
                elif sub in lex:
                    units.append(unit(sub, start + j, 0.6))
        lo, hi = _numeral_span(tok) if nums else (0, 0)
        for num in nums:
            units.append(Unit(start + lo, start + hi, tok[lo:hi], frozenset(), "", number=num))
        # Lexicon words made of several tokens: 射电 + 望远镜.
        text = tok
        for j in range(i + 1, min(n, i + 5)):
            text += tokens[j]
            if len(text) > lex.max_len:
                break
            if text in lex:
                units.append(unit(text, start))
    # A dictionary word with a word inserted: 保障性|租赁|住房, where 保障性住房 is
    # "government-subsidized housing"; its first part links by the word's glosses.
    for i in range(n - 2):
        first, inserted = tokens[i], tokens[i + 1]
        # (Most words are the dictionary's: that test first.)
        if len(first) < 2 or first in lex or len(inserted) < 2 or not has_cjk(first):
            continue
        whole = first + tokens[i + 2]
        if whole in lex and has_cjk(inserted) and inserted not in INNER:
            u = unit(whole, offs[i], 0.9)
            units.append(Unit(
                offs[i], offs[i] + len(first), first, u.keys, "", weight=0.9,
                glosses=u.glosses, verbal=u.verbal,
            ))  # fmt: skip
    # A foreign name jieba left in pieces (阿|达|玛 = "Adama"): the run is a unit
    # that links by its sound.
    i = 0
    while i < n:
        j = i
        while j < n and is_translit(tokens[j], lex):
            j += 1
        text = "".join(tokens[i:j])
        if 2 <= len(text) <= 8:
            units.append(Unit(offs[i], offs[i] + len(text), text, frozenset(), "", foreign=True))
        i = max(j, i + 1)
    # A place name jieba cut into its two characters (前|海 = "Qianhai"): the pair
    # links by its sound. (Only a pair standing alone between words.)
    for i in range(n - 1):
        a, b = tokens[i], tokens[i + 1]
        if (
            loose_char(a) and loose_char(b)
            and (i == 0 or not loose_char(tokens[i - 1]))
            and (i + 2 >= n or not loose_char(tokens[i + 2]))
            and a + b not in lex
        ):  # fmt: skip
            units.append(Unit(offs[i], offs[i] + 2, a + b, frozenset(), name_pinyin(a + b)))
    # A year said digit by digit, which jieba cuts apart (二|〇|三五年): "2035".
    for m in ZH_YEAR.finditer("".join(tokens)):
        units.append(Unit(m.start(), m.end(), m.group(0), frozenset(), "", zh_year(m.group(0))))
    return units


# Characters after a Chinese numeral that the number stands for in English as well:
# measure words and dates ("三项" = "three", "二十大" = "20th National Congress").
_COUNTED_BY_NUMBER = frozenset("第年月日号届次个项件家批期位名种类条座列轮点多余级大会中全")
_ZH_NUMERAL_RUN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")


def _numeral_span(tok: str) -> tuple[int, int]:
    """The characters of ``tok`` a number in it renders: all of them, but only the
    numerals where a noun follows them ("three" is 三 of 三区, "three zones"; the
    zones are 区's to say)."""
    if is_version(tok):
        return 0, len(tok) - 1  # (a version, 3.0版: "version" is 版's to say)
    m = _ZH_NUMERAL_RUN.search(tok)
    if m is None or any(ch.isdigit() for ch in tok):
        return 0, len(tok)
    rest = tok[: m.start()] + tok[m.end() :]
    if not rest or any(ch in _COUNTED_BY_NUMBER for ch in rest):
        return 0, len(tok)
    return m.start(), m.end()


def _sub_words(tok: str, lex: Lexicon) -> list[tuple[int, str]]:
    """A long word cut into lexicon words (and single characters), by maximum matching
    from both ends, keeping the cut with fewer pieces (then fewer single characters;
    backward on a tie, as it usually is right for Chinese): 中国人民政治协商会议 is
    中国|人民|政治|协商|会议, where a greedy cut from the left takes 中国人|民政."""

    def cut(backward: bool) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        n = len(tok)
        if backward:
            k = n
            while k > 0:
                for j in range(max(0, k - 6), k - 1):
                    if tok[j:k] != tok and tok[j:k] in lex:
                        break
                else:
                    j = k - 1
                out.append((j, tok[j:k]))
                k = j
            return out[::-1]
        j = 0
        while j < n:
            for k in range(min(n, j + 6), j + 1, -1):
                if tok[j:k] != tok and tok[j:k] in lex:
                    break
            else:
                k = j + 1
            out.append((j, tok[j:k]))
            j = k
        return out

    def cost(pieces: list[tuple[int, str]]) -> tuple[int, int]:
        return len(pieces), sum(1 for _j, w in pieces if len(w) == 1)

    forward, backward = cut(False), cut(True)
    if cost(forward) < cost(backward):
        return forward
    if cost(forward) == cost(backward):
        # A tie leaves the reading open: 关税法 is 关税|法 ("Tariff Law"), where the
        # backward cut says 关|税法. Both cuts' words link, each where it is said.
        return backward + [p for p in forward if len(p[1]) > 1 and p not in backward]
    return backward


def _full_name_after_sound(glosses: list[str]) -> bool:
    """A gloss is one capitalised word and more title-case words ("Sanjiangyuan National
    Nature Reserve"), not a description ("Changsha prefecture-level city and ...")."""
    for g in glosses:
        words = g.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            return True
    return False


@lru_cache(maxsize=50_000)
def name_pinyin(text: str) -> str:
    """Tone-less pinyin of a word CC-CEDICT lacks (前海 -> "qianhai"), for names."""
    if not 2 <= len(text) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in text):
        return ""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.NORMAL)).lower()


# Common surnames in their Hong Kong and Macao (Cantonese) spellings.
CANTONESE_SURNAMES: dict[str, tuple[str, ...]] = {
    "李": ("lee",), "陈": ("chan",), "张": ("cheung",), "黄": ("wong",), "林": ("lam",),
    "梁": ("leung",), "吴": ("ng",), "刘": ("lau",), "何": ("ho",), "郑": ("cheng",),
    "谢": ("tse",), "杨": ("yeung",), "周": ("chow",), "岑": ("sam", "sham"),
    "曾": ("tsang",), "邓": ("tang",), "蔡": ("choi",), "罗": ("law",), "叶": ("yip", "ip"),
    "许": ("hui",), "卢": ("lo",), "冯": ("fung",), "郭": ("kwok",), "徐": ("tsui",),
    "崔": ("chui",), "贺": ("ho",), "萧": ("siu",), "苏": ("so",), "麦": ("mak",),
}  # fmt: skip


def _link_of_china(units: list[Unit], links: list[dict[int, float]], side: EnSide) -> None:
    """国家 "national" opening a body's name may be said by "of China" after it
    (国家档案局 = "National Archives Administration of China", 国家统计局 = "National
    Bureau of Statistics of China") or by "China" before it (国家航天局 = "China National
    Space Administration"). Only a "China" right after a title-case name's "of" (not the
    People's Republic's) or right before a body's title-case name: elsewhere the country
    is 中国's."""
    n = len(side.lows)
    at = [
        k for k, low in enumerate(side.lows)
        if low == "china" and (
            k > 1 and side.lows[k - 1] == "of" and side.title[k - 2]
            and side.lows[k - 2] != "republic"  # (not the People's Republic of China)
            # ... or before it: "China National Space Administration", "China Food and
            # Drug Administration"
            or k + 1 < n and _body_name_after(side, k + 1)
        )
    ]  # fmt: skip
    if not at:
        return
    for u, hits in zip(units, links, strict=True):
        if u.text == "国家":
            for k in at:
                hits[k] = max(hits.get(k, 0.0), 0.7)


# The last word of a body's English name: "... Drug Administration", "Standing
# Committee", "Supreme People's Procuratorate".
_BODY_HEADS = frozenset([
    "administration", "commission", "bureau", "agency", "corporation", "association",
    "council", "office", "institute", "academy", "federation", "committee", "ministry",
    "congress", "government", "court", "procuratorate", "conference",
])  # fmt: skip


def _body_name_after(side: EnSide, k: int) -> bool:
    """A title-case name from token ``k`` on (with "and", "of", "for" inside it) that
    ends in a body's word: "Food and Drug Administration"."""
    last = -1
    for j in range(k, min(len(side.tokens), k + 8)):
        low = side.lows[j]
        text = side.tokens[j].text
        if text[:1].isupper() and not text.isupper():  # (not its acronym after it)
            last = j
        elif low not in ("and", "of", "for"):
            break
        if side.breaks[j]:
            break
    return last >= k and side.lows[last] in _BODY_HEADS


def _pinyin_hit(unit: Unit, parts: tuple[str, ...], capital: bool) -> float:
    """Pinyin match of a name or abbreviation unit with an English token's parts."""
    py = unit.pinyin
    if not py or not capital:
        return 0.0
    for p in parts:
        if p == py:
            return 0.9
        # Abbreviations: 广 -> Guangzhou, 渝 has a gloss, 湛 -> Zhanjiang.
        if len(unit.text) == 1 and len(p) > len(py) + 1 and p.startswith(py):
            return 0.6
        if len(unit.text) >= 2 and p.startswith(py) and len(p) <= len(py) + 3:
            return 0.8
    return 0.0


# How strongly a match key links, by its first character: a derivational root shared
# ("%": ecology / ecological), a five-letter prefix ("~": science / scientific), a
# synonym by dictionary pivot ("="); any other key is a stem, 1.0.
_KEY_STRENGTH = {"%": 0.8, "~": 0.7, "=": 0.45}


def link(units: list[Unit], side: EnSide) -> list[dict[int, float]]:
    """For each unit, the English tokens it links to, with a strength in 0..1."""
    out: list[dict[int, float]] = []
    index = side.index
    # (A frozenset, not the dict's key view: two frozensets intersect about twice as
    # fast, and this runs for every unit of every sentence.)
    keyset = frozenset(index)
    side.by_sound = {}
    caps: list[int] | None = None  # capitalised tokens, for foreign names (if any)
    for u in units:
        hits: dict[int, float] = {}
        if u.number:
            for k in index.get("#" + u.number, ()):
                hits[k] = 1.0
        # Only the unit's keys that some English token has (most have none); a token
        # keeps its strongest link, so the order of the keys does not matter.
        for key in u.keys & keyset:
            strength = _KEY_STRENGTH.get(key[0], 1.0) * u.weight
            for k in index[key]:
                if hits.get(k, 0.0) < strength:
                    hits[k] = strength
        if u.pinyin:
            # Only capitalised tokens whose parts start like the pinyin can match.
            for k in side.capitals.get(u.pinyin[:2], ()):
                s = _pinyin_hit(u, side.parts[k], True)
                if s > hits.get(k, 0.0):
                    hits[k] = s
                    side.by_sound.setdefault(len(out), set()).add(k)
        if u.foreign:
            if caps is None:
                caps = sorted({k for ks in side.capitals.values() for k in ks})
            for k in caps:
                if hits.get(k, 0.0) < 0.9 and any(sounds_alike(u.text, w) for w in side.parts[k]):
                    hits[k] = 0.9
                    side.by_sound.setdefault(len(out), set()).add(k)
        for spelling in CANTONESE_SURNAMES.get(u.text, ()):
            # Hong Kong and Macao names keep their Cantonese spelling: 李 = "Lee".
            for k in side.capitals.get(spelling[:2], ()):
                if spelling in side.parts[k] and hits.get(k, 0.0) < 0.9:
                    hits[k] = 0.9
                    side.by_sound.setdefault(len(out), set()).add(k)
        out.append(hits)
    _link_of_china(units, out, side)
    # Per-sentence indexes for render: which units link at all, and for each English
    # token the strong units linking it (to tell words that belong to other Chinese).
    side.units = units
    side.links = out
    # English words that are the sound of a Chinese person's name (a surname first).
    side.person_sounds = {
        k for i, ks in side.by_sound.items() if units[i].text[0] in SURNAMES for k in ks
    }
    if side.person_sounds:
        # A given name written first ("John Lee"): up to two title-case words before
        # the surname that nothing in the Chinese renders are the name's too.
        linked = {k for h in out for k in h}
        for k in sorted(side.person_sounds):
            j = k - 1
            while (
                j >= 0 and k - j <= 2 and side.title[j] and not side.breaks[j]
                and j not in linked
            ):  # fmt: skip
                side.person_sounds.add(j)
                j -= 1
    _link_abbreviations(units, side, out)
    _link_acronyms(side, out)
    # (map rather than a list comprehension per unit: no frame made for each.)
    side.sorted_links = [(ks, list(map(h.__getitem__, ks))) for h in out for ks in (sorted(h),)]
    side.linking = [i for i, h in enumerate(out) if h]
    side.by_start = {}
    side.by_end = {}
    claims: dict[int, tuple[int, int]] = {}
    for i in side.linking:
        u = units[i]
        side.by_start.setdefault(u.start, []).append(i)
        side.by_end.setdefault(u.end, []).append(i)
    # Strong links (a whole word, 0.7 or more; a sub-word's prefix match, 0.63, counts
    # too: 区域 in 区域合作 = "regional") claim English tokens for their unit.
    # (Keyed by the singular: "Technology" in a ministry's name and "technologies"
    # later are one word said twice.)
    strong: dict[str, list[tuple[int, int]]] = {}  # English word -> (unit, token)
    exact: dict[int, list[tuple[int, int]]] = {}  # see EnSide.exact
    for i in side.linking:
        u = units[i]
        if u.weight >= 0.9:
            for k, v in out[i].items():
                if v >= 0.63:
                    strong.setdefault(_singular(side.lows[k]), []).append((i, k))
                    if v >= 1.0 and u.weight >= 1.0:
                        exact.setdefault(k, []).append((u.start, u.end))
    # (Not the tokens whose owner is never known, which _drop_character_links leaves
    # alone: told once here rather than for every candidate.)
    lows = side.lows
    side.exact = {
        k: at for k, at in exact.items()
        if "-" not in lows[k] and lows.count(lows[k]) == 1 and not side.tokens[k].text.isupper()
    }  # fmt: skip
    zh_len = max((u.end for u in units), default=1) or 1
    en_len = len(side.tokens) or 1
    for pairs in strong.values():
        # (Units of one word, 工商界 and its 商界, are one renderer: counted by end.)
        said = len({k for _i, k in pairs})
        if said > 1 and len({units[i].end for i, _k in pairs}) <= said:
            # The English repeats a word (or its plural) more often than the Chinese
            # words that render it: each claims only the occurrence its position points to
            # ("business environment ... business community": 工商 claims the second
            # "business"; the first is the unknown 营商's). As often: each its own
            # (地方 ... 地方 = "local ... local").
            best: dict[int, int] = {}
            for i, k in pairs:
                where = units[i].start / zh_len
                if i not in best or abs(k / en_len - where) < abs(best[i] / en_len - where):
                    best[i] = k
            pairs = list(best.items())
        for i, k in pairs:
            u = units[i]
            first_end, last_start = claims.get(k, (u.end, u.start))
            claims[k] = (min(first_end, u.end), max(last_start, u.start))
    # A person's name claims its sound even through a character (汪 of 汪文斌 = "Wang"):
    # it is no unknown word for a post's title-case chain to take in.
    for i, ks in side.by_sound.items():
        u = units[i]
        if u.text[0] in SURNAMES:
            for k in ks:
                first_end, last_start = claims.get(k, (u.end, u.start))
                claims[k] = (min(first_end, u.end), max(last_start, u.start))
    side.claims = claims
    side.claim_keys = frozenset(claims)
    by_end = sorted((first_end, k) for k, (first_end, _s) in claims.items())
    side.claim_ends = ([e for e, _k in by_end], [k for _e, k in by_end])
    by_start = sorted((last_start, k) for k, (_e, last_start) in claims.items())
    side.claim_starts = ([s for s, _k in by_start], [k for _s, k in by_start])
    _compound_participles(side, units, out)
    # Where a Chinese word that links to nothing starts and ends: a name's unknown
    # last (or first) English word may be that word's rather than the candidate's
    # ("数字贸易|博览会" = "Digital Trade Expo").
    linked_spans = {(units[i].start, units[i].end) for i in side.linking}
    side.silent_starts = set()
    side.silent_ends = set()
    for u in units:
        if (
            u.weight >= 0.9 and (u.start, u.end) not in linked_spans and has_cjk(u.text)
            and u.text not in BREAKERS and u.text not in INNER
        ):  # fmt: skip
            side.silent_starts.add(u.start)
            side.silent_ends.add(u.end)
    return out


def _link_abbreviations(units: list[Unit], side: EnSide, out: list[dict[int, float]]) -> None:
    """A character of a two-character abbreviation links a hyphenated English word when
    the character next to it links one part and a word the character stands for says
    another: 产教 = "industry-education", 教 "education" and 产 for 产业 "industry".
    (As strongly as a prefix match: the partner's link vouches for it.)"""
    side.by_abbreviation = {}
    # (Words of content words only: not "opening-up".)
    hyphenated = [
        k for k, parts in enumerate(side.parts)
        if len(parts) >= 2 and all(len(p) >= 3 and p not in STOPWORDS for p in parts)
    ]  # fmt: skip
    if not hyphenated:
        return
    from glossary.mining.lexicon import stands_for

    # The two characters are two tokens (产|教), or one token the dictionary does not
    # know (校企); not characters of other words (通道|海铁: 道 is 通道's) nor a word
    # (开放).
    chars: dict[int, int] = {}  # start -> unit index, single Chinese characters
    tokens: dict[int, int] = {}  # start -> end, of the tokens (whole units)
    unknown: set[tuple[int, int]] = set()  # tokens the dictionary does not know
    for i, u in enumerate(units):
        if len(u.text) == 1 and has_cjk(u.text):
            chars[u.start] = i
        if u.weight >= 0.9:
            tokens[u.start] = u.end
            if not u.glosses:
                unknown.add((u.start, u.end))
    for k in hyphenated:
        parts = side.parts[k]
        # From each character that says a part, to the character beside it.
        for j in [j for j in chars.values() if out[j].get(k, 0.0) >= 0.4]:
            partner = units[j]
            said = [p for p in parts if not partner.keys.isdisjoint(en_word_keys(p))]
            if not said:
                continue
            for beside in (chars.get(partner.start - 1), chars.get(partner.start + 1)):
                if beside is None or k in out[beside]:
                    continue
                i = beside
                first = min(partner.start, units[i].start)
                apart = tokens.get(first) == first + 1 and tokens.get(first + 1) == first + 2
                if not apart and (first, first + 2) not in unknown:
                    continue
                ch = units[i].text
                if any(p not in said and stands_for(ch, en_word_keys(p)) for p in parts):
                    out[i][k] = 0.7
                    side.by_abbreviation.setdefault(i, set()).add(k)


def _link_acronyms(side: EnSide, out: list[dict[int, float]]) -> None:
    """An acronym the sentence spells out links what its words link: with "traditional
    Chinese medicine" in the English, "TCM" links 中医 as those three words do (the
    dictionary knows the acronym for few words). Only through a run of adjacent words
    the unit links, initial by initial."""
    acronyms = [
        k for k, t in enumerate(side.tokens) if is_acronym(t.text) and t.text.isalpha()
    ]  # fmt: skip
    if not acronyms:
        return
    lows, breaks = side.lows, side.breaks
    for k in acronyms:
        letters = lows[k]
        n = len(letters)
        for h in out:
            if len(h) < n or h.get(k, 0.0) >= 0.7:
                continue
            for j in h:
                run = range(j, j + n)
                if (
                    j + n <= len(lows) and k not in run
                    and all(lows[t][:1] == letters[t - j] and h.get(t, 0.0) >= 0.7 for t in run)
                    and not any(breaks[t] for t in range(j, j + n - 1))
                ):  # fmt: skip
                    h[k] = min(h[t] for t in run)
                    break


@dataclass(slots=True)
class Rendering:
    """The English chosen for a candidate and how well it fits."""

    text: str
    lo: int
    hi: int  # token range [lo, hi]
    fit: float
    zh_cover: float
    en_cover: float


def span_text(side: EnSide, lo: int, hi: int) -> str:
    """The English of tokens [lo, hi] as written, without quote marks, one space apart
    (cached per sentence: candidates share their renderings)."""
    text = side.texts.get((lo, hi))
    if text is None:
        start = side.tokens[lo].start
        if side.tokens[lo].low == "capita" and lo > 0 and side.tokens[lo - 1].low == "per":
            # "per" is a function word, so no span starts with it; but "capita" never
            # stands without it ("per capita disposable income").
            start = side.tokens[lo - 1].start
        end = side.tokens[hi].end
        if side.tokens[hi].low.endswith(("'s", "’s")):
            end -= 2  # a possessive is the sentence's, not the term's: "the AU's | bid"
        if side.text.count("(", start, end) > side.text.count(")", start, end):
            end += side.text[end : end + 1] == ")"  # "... (Negative List)"
        elif side.tokens[hi].text in _LEGAL_FORMS:
            end += side.text[end : end + 1] == "."  # "... Co., Ltd.", "... Inc."
        text = side.text[start:end]
        if _QUOTE_CHAR.search(text):  # (most spans have none: the lookbehinds cost more)
            text = _QUOTE.sub("", text)
        text = side.texts[(lo, hi)] = " ".join(text.split())
    return text


# A company's legal form, written with its full stop: "Co., Ltd.", "Inc.", "Corp.".
_LEGAL_FORMS: Final = frozenset(["Co", "Ltd", "Inc", "Corp"])
_CO_LTD = re.compile(r"\.,\s*")

_MONTHS: Final = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec"]
)  # fmt: skip


def _first_ok(side: EnSide, lo: int, evaluative: bool = False) -> bool:
    """Token ``lo`` may start a span (a span's two edges are judged apart, so en_side
    judges each token once per edge instead of once per span). ``evaluative``: an
    evaluative word (_START_BAD) may, too."""
    first = side.tokens[lo].low
    if (
        first.isdigit() and lo > 0 and not side.breaks[lo - 1]
        and side.tokens[lo - 1].text[:1].isupper() and side.tokens[lo - 1].low not in ARTICLES
        and not (lo + 1 < len(side.tokens) and side.tokens[lo + 1].text[:1].isupper())
    ):  # fmt: skip
        # "Article | 23 of the Basic Law": the number is the noun's (but "UN | 2030
        # Agenda for ...": it names the next one; and "A | 10-year fishing ban" opens a
        # sentence with its article).
        return False
    if _verb_word(first) and not side.title[lo] and not _verb_as_modifier(side, lo):
        return False  # "strengthen the ...", "promote ...": a verb phrase
    if _document_gerund(side, lo):
        return False  # (it belongs to the document's name: "guideline on | developing")
    if first in ("out", "up") and lo > 0 and _verb_form(side.tokens[lo - 1].low):
        return False  # the verb's particle: "carried | out nationwide ...", "set | up
    # (A gerund may open one: "deepening reform and opening up" is a policy's name.)
    if (first in _EDGE_BAD and not _serial_no(side, lo)) or (
        first in _START_BAD and not evaluative and not side.title[lo]
    ):
        return False  # (in title case it opens a name: "Great Hall of the People")
    if _adverb(first):
        # An adverb opens a phrase only before the adjective it grades: "universally
        # beneficial and inclusive economic globalization", "mutually beneficial
        # cooperation" (not "firmly | uphold", "jointly | build").
        # ... or the participle that modifies a noun after it: "centrally administered
        # state-owned enterprises" (中央企业), "newly built | homes".
        nxt = side.tokens[lo + 1].low if lo + 1 < len(side.tokens) else ""
        if (
            nxt.endswith("ed") and lo + 2 < len(side.tokens) and side.content[lo + 2]
            and not side.breaks[lo] and not side.breaks[lo + 1]
        ):  # fmt: skip
            return True
        return (
            not side.breaks[lo] and not _verb_word(nxt)
            and bool(_TITLE_ADJ_END.search(nxt)) and not _known_noun(nxt)
        )  # fmt: skip
    return True


def _verb_as_modifier(side: EnSide, lo: int) -> bool:
    """A word the dictionary uses only as a verb, used as a noun's modifier: after an
    article, a preposition or a possessive, or after a verb form (a second verb would
    not follow it), and before a content word that is no verb ("imposed | export
    controls", "the abuse of | export controls")."""
    n = len(side.tokens)
    if lo == 0 or lo + 1 >= n or side.breaks[lo - 1] or side.breaks[lo]:
        return False
    prev, nxt = side.tokens[lo - 1].low, side.tokens[lo + 1].low
    return (
        (prev in ARTICLES or prev in _MODIFIER_BEFORE or past_form(prev))
        and side.content[lo + 1] and not _verb_word(nxt) and not _ADJ_END.search(nxt)
    )  # fmt: skip


# Words after which a verb-only word is a noun's modifier (see _verb_as_modifier).
_MODIFIER_BEFORE = frozenset(["of", "on", "for", "with", "its", "their", "our", "his", "her"])


# Words in "-ing" that official English uses as nouns ("marketing authorization",
# "housing"), not as a verb opening a clause (unlike "building", "opening").
NOUNS_IN_ING: Final = frozenset(
    ["marketing", "financing", "funding", "banking", "lending", "pricing", "housing",
     "training", "planning", "processing", "manufacturing", "engineering", "shipping",
     "spending", "rating", "ranking"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def _known_noun(low: str) -> bool:
    """A noun that ends like an adjective: one of _NOUN_OK, or a noun made of a verb
    with "-al" ("appraisal" of "appraise", "removal", "withdrawal", "referral",
    "denial"), which ends a term as any noun does ("forensic appraisal")."""
    if low in _NOUN_OK:
        return True
    if not low.endswith("al") or len(low) < 6:
        return False
    verbs = english_verbs()
    stem = low[:-2]
    if low.endswith(("sal", "val")):
        return stem + "e" in verbs or stem in verbs  # appraise, remove; dismiss
    if low.endswith(("wal", "yal")):
        return stem in verbs  # renew, withdraw, betray
    if low.endswith(("rral", "ttal")):
        return low[:-3] in verbs  # refer, rebut
    if low.endswith("ial"):
        return low[:-3] + "y" in verbs  # deny, bury
    return False


def noun_like(low: str) -> bool:
    """A lower-case word that does not end like an adjective or a verb form (or is a
    known noun that does: "potential", "granary")."""
    return _known_noun(low) or not _ADJ_END.search(low)


# Adjectives in "-ly" ("elderly care", "friendly relations"): no adverbs.
_LY_ADJECTIVES = frozenset(["friendly", "elderly", "early", "orderly", "timely", "costly"])


# Adjectives that name people after "the": "the elderly", "the disabled".
_PEOPLE_ADJECTIVES: Final = frozenset(
    ["elderly", "aged", "disabled", "poor", "needy", "young", "unemployed", "vulnerable"]
)


def _adverb(low: str) -> bool:
    """An adverb in "-ly" ("firmly", "jointly"): not a noun ("supply", "family"), an
    adjective ("elderly") or a compound ("birth-friendly", "age-friendly")."""
    return (
        low.endswith("ly") and not _known_noun(low) and low not in _LY_ADJECTIVES
        and "-" not in low
    )  # fmt: skip


# The nouns of a manner adverbial: "in an orderly manner", "in a coordinated way".
_MANNERS: Final = frozenset(["manner", "way", "fashion"])


def _last_ok(side: EnSide, hi: int) -> bool:
    """Token ``hi`` may end a span."""
    last = side.tokens[hi].low
    title_case = side.title[hi]
    if last.isdigit() and hi > 0 and not side.breaks[hi - 1]:
        before = side.tokens[hi - 1]
        # A name numbered after its title-case noun: "Agenda 2063", "Resolution 2758"
        # (not a date: "November 23"); or after "of": "Group of 20" (二十国集团).
        if before.low == "of" and hi > 1 and not side.breaks[hi - 2]:
            return side.title[hi - 2]
        return before.text[:1].isupper() and before.low not in _MONTHS
    if last in _ADJ_WORDS and hi > 0 and (side.tokens[hi - 1].low, last) in _ADJ_NOUNS:
        return True  # "(returned) overseas Chinese": people, not an adjective
    if last in _PEOPLE_ADJECTIVES and hi > 0 and side.tokens[hi - 1].low == "the":
        return True  # "(meal assistance services for) the elderly": people
    if last in ("good", "all") and hi > 0 and side.tokens[hi - 1].low == "for":
        return True  # "AI for good", "(Action Plan for Good and) for All": a set phrase
    if (
        (last in _EDGE_BAD and not _name_plus(side.tokens, hi))
        # (a number, but not one with its capitals: "real-scene 3D", "8K")
        or last[:1].isdigit() and not side.tokens[hi].text[-1:].isupper()
        or last in _ADJ_WORDS
    ):  # fmt: skip
        return False
    if last == "leave" and hi > 0 and side.tokens[hi - 1].low in _KINDS_OF_LEAVE:
        return True  # "maternity leave", "parental leave": time off, a noun
    if last in english_verbs() and hi > 0 and not side.breaks[hi - 1] and not title_case:
        # A bare verb after a word of its clause: "(organizations under) inspection |
        # fulfill (their responsibility)" ends no term.
        return False
    if last == "well" and hi > 0 and side.tokens[hi - 1].low != "as" and (
        hi + 1 >= len(side.tokens) or side.breaks[hi]
        or side.tokens[hi + 1].low in ("in", "on", "and", "to")
    ):  # fmt: skip
        return False  # "(carry out) ... work | well (in the new era)": how it is done
    if last == "accordance":
        return False  # "(govern Xinjiang) in accordance | with the law": cut before its "with"
    if last == "advance" and hi > 0 and side.tokens[hi - 1].low == "in":
        return False  # "(issued a red typhoon alert) in advance": when it is done
    if last in _MANNERS and any(
        side.tokens[j].low == "in" and side.tokens[j + 1].low in ("a", "an")
        for j in range(max(0, hi - 4), hi - 1)
    ):
        return False  # "(province-wide pilots) in an orderly manner": how it is done
    if last in ("up", "down") and (hi == 0 or not _verb_form(side.tokens[hi - 1].low)):
        return False  # "trains | up 18 percent": a change said of it (not "opening up")
    if (
        last in ("worth", "totaling", "totalling") and hi + 1 < len(side.tokens)
        and side.tokens[hi + 1].low[:1].isdigit()
    ):  # fmt: skip
        return False  # "housing loans | worth 1.4 trillion yuan": an amount said of them
    if (
        hi > 0 and not side.breaks[hi - 1] and verb_after_noun(last)
        and hi + 1 < len(side.tokens) and not side.breaks[hi]
        and side.tokens[hi + 1].low not in AUXILIARIES
    ):  # fmt: skip
        # (Before "are" or "have" it is the subject's noun: "People-to-people bonds |
        # are the social foundation". And before a comma or the end, where the verb
        # would have no object: "in violation of WTO rules.")
        before = side.tokens[hi - 1]
        adverb = _adverb(before.low)  # (not "supply")
        if (_title(before) and not side.title[hi] and not before.low.endswith("ing")) or adverb:
            # "China (firmly) supports": a subject and its verb (not a name's last word:
            # "the Confucius Institutes"; nor a noun after the participle opening the
            # sentence: "Guiding cases | released by ...")
            return False
    if last.endswith("ing") and _gerund_head(side, hi):
        return True
    if (
        _TITLE_ADJ_END.search(last) and not _known_noun(last) and side.tokens[hi].text[:1].isupper()
        and hi + 1 < len(side.tokens) and not side.breaks[hi] and side.title[hi + 1]
    ):  # fmt: skip
        return False  # a name goes on after its adjective: "APEC Economic | Leaders' ..."
    if _participle_compound(last) and not side.tokens[hi].text[:1].isupper():
        return False  # "export-oriented", "state-owned": the noun comes after
    return not (
        _ADJ_END.search(last)
        and not _known_noun(last)
        and not side.tokens[hi].text[:1].isupper()
        and "-" not in last
        # (A noun in "-ant" or "-ent" the dictionary counts: "the Planck constant".)
        and not (last.endswith(("ant", "ent")) and last in counted_nouns())
    )


def _suspended_hyphens(text: str, toks: Sequence[EnToken]) -> list[int]:
    """The tokens that end in a suspended hyphen before "and" or "or" ("medium- and
    long-term", "home- and community-based"): the compound's first half."""
    return [
        k for k in range(len(toks) - 2)
        if text.startswith("- ", toks[k].end) and toks[k + 1].low in ("and", "or")
    ]  # fmt: skip


# Words before "leave" that make it time off work (产假 "maternity leave").
_KINDS_OF_LEAVE: Final = frozenset(
    ["maternity", "paternity", "parental", "sick", "annual", "marriage", "childcare",
     "nursing", "paid", "unpaid", "home", "family"]
)  # fmt: skip


def _per_what(low: str) -> bool:
    """What a rate is measured against after "per": a unit, a head or a number."""
    return low[:1].isdigit() or low in _PER_UNITS


# Units of a rate after "per" ("per unit of GDP", "per capita", "per tonne of steel").
_PER_UNITS = frozenset(["unit", "capita", "head", "person", "tonne", "ton", "household"])


def _glued(text: str, toks: Sequence[EnToken]) -> list[int]:
    """The tokens joined to the next one with nothing between them or a hyphen or plus
    sign only: parts of one written word ("COVID-19", "8K", "1+N")."""
    return [
        k for k in range(len(toks) - 1)
        if text[toks[k].end : toks[k + 1].start] in _GLUE
    ]  # fmt: skip


_GLUE = frozenset(["", "-", "+", "‑"])


def _serial_no(side: EnSide, k: int) -> bool:
    """A serial number's "No." before its number: "(the) No. 1 central document"."""
    toks = side.tokens
    return (
        toks[k].text == "No"
        and k + 1 < len(toks)
        and not side.breaks[k]
        and toks[k + 1].text[:1].isdigit()
    )


def _name_plus(toks: Sequence[EnToken], k: int) -> bool:
    """A title-case "Plus" ending a campaign's name: "AI Plus", "Internet Plus"."""
    return toks[k].text == "Plus" and k > 0 and toks[k - 1].text[:1].isupper()


def _participle_compound(low: str) -> bool:
    """A hyphenated adjective ending in a past participle ("export-oriented",
    "market-based", "innovation-driven"): never a term's last word."""
    if "-" not in low:
        return False
    part = low.rsplit("-", 1)[1]
    return (part.endswith("ed") and not part.endswith("eed")) or part in ("driven", "led")


def _gerund_head(side: EnSide, hi: int) -> bool:
    """An "-ing" noun heading a phrase: after a modifier, before a preposition or the
    end of the clause ("off-campus tutoring on students"), not a verb after its
    subject or an auxiliary ("is developing", "keeps growing")."""
    toks = side.tokens
    if hi == 0 or side.breaks[hi - 1]:
        return False
    prev = toks[hi - 1].low
    if prev in ("and", "or") and hi >= 2:
        # Coordinated with a noun before it: "industrial transformation and | upgrading"
        # (产业转型升级), "vocational training and | upgrading".
        before = toks[hi - 2].low
        if (
            side.breaks[hi - 2] or not side.content[hi - 2] or before in english_verbs()
            or _finite_verb(before) or before in AUXILIARIES
        ):  # fmt: skip
            return False
    elif not side.content[hi - 1]:
        return False
    if prev in AUXILIARIES or prev in english_verbs() or _finite_verb(prev) or _title(toks[hi - 1]):
        return False
    if hi + 1 < len(toks) and (toks[hi].low, toks[hi + 1].low) in _SHARE_VERBS:
        return False  # "... zones | accounting for 60 percent": a share said of them
    return (
        hi + 1 >= len(toks) or side.breaks[hi] or toks[hi + 1].low in _PREPOSITIONS
        # (or the clause's verb after it, its subject: "green power trading | has
        # continued to expand")
        or toks[hi + 1].low in AUXILIARIES
        # (or a list's comma that breaks no phrase: "anti-money laundering, counter-
        # terrorist financing and ...")
        or "," in side.text[toks[hi].end : toks[hi + 1].start]
    )  # fmt: skip


# "-ing" verbs of a share or an amount with their preposition: a clause, never a
# term's head ("financial accounting" is one; "accounting for" is not).
_SHARE_VERBS: Final = frozenset(
    [("accounting", "for"), ("amounting", "to"), ("adding", "up"), ("coming", "to")]
)


def render(
    cand: ZhCandidate,
    units: list[Unit],
    links: list[dict[int, float]],
    side: EnSide,
    max_len: int = 16,
    whole: bool = False,
    top: int = 3,
    cores_only: bool = False,
) -> list[Rendering]:
    """The best English spans for ``cand`` in ``side`` (best first; empty if none fits).

    ``whole``: the candidate is the whole Chinese of a short segment (a heading, a
    running head, a glossary-like row), so the whole English is a variant too.
    ``units`` and ``links`` must be the ones :func:`link` was given for ``side`` (the
    side caches what it computes from them).
    """
    start, end = cand.start, cand.end
    key = (start, end, whole)
    if key in side.cands:
        c = side.cands[key]
    else:
        c = side.cands[key] = _candidate(cand, units, links, side, whole)
    if c is None:
        return []
    ks = c.ks
    n = len(side.tokens)
    # Score the cores first; only the best few are extended to phrase boundaries
    # (the extensions are most of the spans, and weak cores never win).
    if cores_only:
        # A first look: only the cores around the densest run of links (where the
        # rendering almost always is), with their sub-windows.
        window = _densest(ks, units, links, c.inside, side.clause, c.start, len(c.mass))
        cores = _sorted_cores(side, tuple(window), max_len, runs=True)
    else:
        cores = _sorted_cores(side, tuple(ks), max_len)
    ranked_cores = _ranked_cores(c, side, cores, whole)
    best = ranked_cores[: 1 if cores_only else 3]
    if not cores_only:
        # ... and the best tight run of links the pairs' extensions do not reach ("the
        # building of | a national integrated computing power network"), besides.
        # (Only one that fits as well as the plain cores taken: most never do.)
        runs = _run_cores(side, tuple(ks), max_len)
        if runs[1]:
            extra = _ranked_cores(c, side, runs, whole)[0]
            if extra not in best and (len(best) < 3 or extra[0] <= best[-1][0]):
                best.append(extra)
    spans: set[tuple[int, int]] = set()
    for _f, lo0, hi0 in best:
        if cores_only:
            spans.add((lo0, hi0))
            # (A core that ends on an adjective ends before its noun: "distributed
            # photovoltaic | power" for 分布式光伏. Without it the first look finds
            # nothing, and the candidate is never rendered in full.)
            hi = hi0
            while not side.last_ok[hi] and hi + 1 < n and not side.breaks[hi] and hi < hi0 + 2:
                hi += 1
                spans.add((lo0, hi))
            continue
        variants = side.variants.get((lo0, hi0))
        if variants is None:
            variants = side.variants[(lo0, hi0)] = _variants(side, lo0, hi0, n)
        spans.update(variants)
    if whole and n and side.clause[0] == side.clause[n - 1]:
        spans.add((0, n - 1))
    # (In the first look too: a word whose gloss stands whole in the English, with
    # function words inside, "building the new before discarding the old" for 先立后破,
    # may have no dense core.)
    spans.update(_whole_gloss_spans(cand, units, c.inside, side))
    # Quoted English ("China Sky Eye") holding a linked word is a variant of its own.
    quotes: set[tuple[int, int]] = set()
    for lo, hi in side.quoted:
        if any(lo <= k <= hi for k in ks):
            spans.add((lo, hi))
            if cand.quoted:
                quotes.add((lo, hi))
                if side.lows[lo] in ARTICLES and lo < hi:
                    quotes.add((lo + 1, hi))  # (scored without its article)
    neighbour = c.neighbour
    breaks = side.breaks
    and_or = side.and_or
    # The spans' scores first. The adjustments below only lower a fit (but for a
    # quoted phrase's 0.03), and only the spans within 0.2 of the best fit are ever
    # kept (see the end; with top=1, only the best): taken best first by their score
    # before adjustment, the spans that cannot reach the best adjusted fit so far by
    # that margin are left unadjusted, and out. (1e-5: a margin over the rounding of
    # the sort key.)
    scored: list[tuple[float, int, _Score, int, int]] = []
    for lo, hi in sorted(spans):
        sc = _span_score(c, side, lo, hi, whole)
        if sc is not None:
            bound = sc[2] + 0.03 if (sc[0], sc[1]) in quotes else sc[2]
            scored.append((-bound, len(scored), sc, lo, hi))
    scored.sort()  # (by bound, then position: distinct, no score is compared)
    kept = (0.2 if top > 1 else 0.0) + 1e-5
    best_fit = -1e9
    # (sort key, scored span); the span's position in sorted(spans) keeps the sort
    # stable.
    found: list[tuple[float, int, int, int, tuple[int, int, float, float, float]]] = []
    for neg_bound, at, sc, lo, hi in scored:
        if -neg_bound < best_fit - kept:
            break
        if (
            hi + 1 in neighbour and not breaks[hi] and not past_form(side.lows[hi + 1])
            and hi + 1 not in c.verbs_after
            and not (side.title[hi] and verb_after_noun(side.lows[hi + 1]))
        ) or (
            lo - 1 in neighbour and lo > 0 and not breaks[lo - 1]
            and not _owner_before(side, lo) and side.lows[lo - 1] not in _STATUS_WORDS
        ) or _own_words_then_neighbour(c, side, sc[1]):  # fmt: skip
            # (A past form after the span is the verb said of it, not more of the term:
            # "Standing Committee of the NPC | deliberated", 常务委员会|审议; so is a
            # present one after a name: "... Information Technology | supports". A
            # name's possessive before it is its owner: "China's | foreign exchange
            # reserves" for 我国|外汇储备.)
            sc = (sc[0], sc[1], sc[2] - 0.15, sc[3], sc[4])
        if (sc[0], sc[1]) in quotes:
            # A quoted Chinese slogan and a whole quoted English phrase: each other's
            # ("爱国者治港" = "patriots administering Hong Kong", not the other
            # quote's "Hong Kong administering Hong Kong").
            sc = (sc[0], sc[1], sc[2] + 0.03, sc[3], sc[4])
        elif quotes and any(qlo <= sc[0] and sc[1] <= qhi for qlo, qhi in quotes):
            # A part of that quoted phrase: the quote cut ("three" of "new three" for
            # “新三样”).
            sc = (sc[0], sc[1], sc[2] - 0.1, sc[3], sc[4])
        elif quotes and any(
            sc[0] < qlo <= sc[1] < qhi or qlo < sc[0] <= qhi < sc[1] for qlo, qhi in quotes
        ):
            # ... or a span across its edge: "principle of | diplomacy" of 'the
            # principle of "diplomacy for the people"' for “外交为民”.
            sc = (sc[0], sc[1], sc[2] - 0.15, sc[3], sc[4])
        j = bisect_right(and_or, sc[0])
        if j < len(and_or) and and_or[j] < sc[1]:
            # (Both need an "and"/"or" strictly inside the span, which most spans lack.)
            if _mirrored(side, cand.text, units, c.inside, links, sc[0], sc[1]):
                sc = (sc[0], sc[1], sc[2] - 0.15, sc[3], sc[4])
            elif _reversed_and(side, cand.text, units, c.inside, links, sc[0], sc[1]):
                sc = (sc[0], sc[1], sc[2] - 0.1, sc[3], sc[4])
        if sc[0] < sc[1] and (
            sc[0] in neighbour and sc[0] not in c.linked
            or sc[1] in neighbour and sc[1] not in c.linked
        ):  # fmt: skip
            # The span's edge word renders the Chinese next door, not this: "break |
            # local protectionism and market" for 地方保护和市场 (分割 = "break").
            sc = (sc[0], sc[1], sc[2] - 0.15, sc[3], sc[4])
        if sc[0] < sc[1] and (
            _said_again(c, cand.text, units, links, side, sc[0], sc[1])
            or _name_then_its_noun(c, side, sc[0], sc[1])
        ):
            sc = (sc[0], sc[1], sc[2] - 0.1, sc[3], sc[4])
        left_out = _own_word_beside(c, side, sc[0], sc[1])
        if sc[3] < 0.9 and left_out >= 0.4:
            sc = (sc[0], sc[1], sc[2] - 0.1, sc[3], sc[4])
        elif left_out >= 0.9:
            # All of the Chinese explained, and yet an exact word of the candidate's
            # stands right next to the span: the span cuts its own rendering ("new" |
            # "quality productive forces" for 新质生产力), worse than touching a
            # neighbour's word.
            sc = (sc[0], sc[1], sc[2] - 0.2, sc[3], sc[4])
        if sc[2] > best_fit:
            best_fit = sc[2]
        # Best fit first; at equal fit the longer span (its extra words are explained
        # too).
        found.append((-round(sc[2], 6), sc[0] - sc[1], sc[0], at, sc))
    # The best few distinct spans: competitive linking may give the best one to a
    # better candidate ("China Import and Export Fair"), and the next one still fits
    # ("Canton Fair").
    found.sort()
    out: list[Rendering] = []
    seen: set[tuple[int, int]] = set()
    for entry in found:
        lo, hi, fit, zh_cover, en_cover = entry[-1]
        if (lo, hi) in seen:
            continue
        if out and (len(out) >= top or fit < out[0].fit - 0.2):
            break
        seen.add((lo, hi))
        # Only the kept ones need their text.
        out.append(Rendering(span_text(side, lo, hi), lo, hi, fit, zh_cover, en_cover))
    return out


# Words of a name's standing said before it, which never belong to it: 原 "the former
# (China Food and Drug Administration)", 时任, 现任.
_STATUS_WORDS: Final = frozenset(["former", "then", "incumbent", "current", "late"])


def _own_words_then_neighbour(c: _Cand, side: EnSide, hi: int) -> bool:
    """After the span, more of the candidate's own words ("and" between them allowed)
    and then the next Chinese word's English, in one phrase: the span stops short of
    its own rendering as well as cutting the longer term ("disaster prevention | and
    mitigation | plans" for 防灾减灾 before 规划), so it takes the same penalty as the
    span that runs up to the neighbour."""
    breaks, linked, lows = side.breaks, c.linked, side.lows
    n = len(lows)
    j = hi + 1
    own = False
    while j < n and not breaks[j - 1] and (j in linked or lows[j] in _AND_OR):
        own = own or j in linked
        j += 1
    return own and j < n and j in c.neighbour and not breaks[j - 1]


def _whole_gloss_spans(
    cand: ZhCandidate, units: list[Unit], inside: list[int], side: EnSide
) -> list[tuple[int, int]]:
    """Where a gloss of three words or more of the candidate's own word stands whole:
    a rendering even if it opens with a verb (守正创新 = "uphold fundamental principles
    and break new ground"), as the dictionary says it is one. (Marked in
    ``side.glossed`` for span_info, and any verdict cached before dropped.)"""
    out: list[tuple[int, int]] = []
    n = len(side.lows)
    for i in inside:
        u = units[i]
        if u.start != cand.start or u.end != cand.end or u.weight < 1.0:
            continue
        for a, b in side.whole_glosses(i, u):
            inside_text = side.text[side.tokens[a].start : side.tokens[b].end]
            if b - a < 2 or True in side.breaks[a:b] or "(" in inside_text:
                continue  # (not over a bracket: "consumer price index (CPI)")
            if (a, b) not in side.glossed:
                side.glossed.add((a, b))
                side.spans.pop((a, b), None)
                side.resolved.pop(a * n + b, None)
                if a > 0:
                    side.resolved.pop((a - 1) * n + b, None)  # (with its article)
            out.append((a, b))
    return out


def _owner_before(side: EnSide, lo: int) -> bool:
    """A name's possessive right before a lower-case span: "China's | foreign exchange
    reserves" (not "People's | Republic of China", a name going on)."""
    before = side.tokens[lo - 1]
    return (
        before.low.endswith(("'s", "’s")) and before.text[:1].isupper()
        and not side.title[lo]
    )  # fmt: skip


def _singular(low: str) -> str:
    """A lower-case English word without its plural ending ("cities" = "city")."""
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _said_again(
    c: _Cand,
    text: str,
    units: list[Unit],
    links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
) -> bool:
    """The span's last word repeats one of its earlier words ("innovation with
    industrial innovation" for 产业创新, "central cities and city" for 中心城市), or its
    first word a later one ("disasters | to comprehensive disaster reduction" for
    综合减灾), and the Chinese says that word once: the span runs into the term next
    door."""
    if not side.singulars:
        side.singulars = [_singular(low) for low in side.lows]
    if _edge_said_again(c, text, units, links, side, hi, range(lo, hi)):
        return True
    if side.title[lo] or not _edge_said_again(
        c, text, units, links, side, lo, range(lo + 1, hi + 1)
    ):
        return False  # (a name's first word may open two: "Shanghai ... and Shanghai ...")
    # (Unless the Chinese says it as often, in other words: "Thousand Villages ... Ten
    # Thousand Villages" for 千村……万村.)
    said = [k for k in range(lo, hi + 1) if side.singulars[k] == side.singulars[lo]]
    places = sorted(
        (units[i].start, units[i].end) for i in c.inside if any(k in links[i] for k in said)
    )
    apart = 0
    reach = -1
    for start, end in places:
        if start >= reach:
            apart += 1
        reach = max(reach, end)
    return apart < len(said)


def _edge_said_again(
    c: _Cand,
    text: str,
    units: list[Unit],
    links: list[dict[int, float]],
    side: EnSide,
    edge: int,
    rest: range,
) -> bool:
    """The span's word at ``edge`` is a content word said again in ``rest`` (the rest of
    the span), and the Chinese that it renders stands once in ``text``."""
    content, singulars = side.content, side.singulars
    if not content[edge]:
        return False
    word = singulars[edge]
    if not any(content[k] and singulars[k] == word for k in rest):
        return False
    words = {units[i].text for i in c.inside if edge in links[i]}
    return bool(words) and all(text.count(w) < 2 for w in words)


def _name_then_its_noun(c: _Cand, side: EnSide, lo: int, hi: int) -> bool:
    """A title-case name, then a common noun that only words already said by the name
    render: "China-Europe Railway Express | trains" for 中欧班列, where 班列 is both the
    "Express" and the "trains" -- the noun is the sentence's, the name is the term."""
    if side.title[hi] or not side.title[hi - 1] or side.breaks[hi - 1]:
        return False
    links = side.links
    sources = [i for i in c.inside if links[i].get(hi, 0.0) >= 0.7]  # (not a character's)
    if not sources:
        return False
    for i in sources:
        if not any(lo <= k < hi and side.title[k] for k in links[i]):
            return False
        for _size, words in side.gloss_positions(i, side.units[i]):
            if any(hi in at for at in words) and any(
                lo <= k < hi and side.title[k] for at in words for k in at
            ):
                return False  # (one gloss says both: 长江流域 "Yangtze River basin")
    return True


_JOINING_CHARS: Final = frozenset("和与及、")


def _reversed_and(
    side: EnSide,
    zh: str,
    units: list[Unit],
    inside: list[int],
    links: list[dict[int, float]],
    lo: int,
    hi: int,
) -> bool:
    """The span joins with "and"/"or" a word rendering a later part of the Chinese to
    one rendering an earlier part, and the Chinese joins nothing: the span starts in
    the list before the term ("employment and new forms" for 新就业形态 in "flexible
    employment and new forms of employment"; "ports and green ports" for 绿色港口)."""
    lows = side.lows
    if "and" not in lows[lo + 1 : hi] and "or" not in lows[lo + 1 : hi]:
        return False
    if not _JOINING_CHARS.isdisjoint(zh):
        return False
    for a in range(lo + 1, hi):
        if lows[a] not in _AND_OR:
            continue
        before = [units[i].start for i in inside if links[i].get(a - 1, 0.0) >= 0.7]
        after = [units[i].start for i in inside if links[i].get(a + 1, 0.0) >= 0.7]
        if before and after and min(before) > max(after):
            return True
    return False


def _mirrored(
    side: EnSide,
    zh: str,
    units: list[Unit],
    inside: list[int],
    links: list[dict[int, float]],
    lo: int,
    hi: int,
) -> bool:
    """The span is two phrases joined by "and"/"or" that each render the candidate:
    two of its words link strongly the same word on both sides ("digital
    industrialization and industrial digitalization" for 产业数字化). (Not "reform and
    opening up", whose words each link one side, nor "science and education" for 科教.)"""
    lows = side.lows
    for a in range(lo + 1, hi):
        if lows[a] not in _AND_OR:
            continue
        both: set[tuple[int, int]] = set()
        for i in inside:
            lk = links[i]
            if len(lk) < 2:
                continue  # (a word on each side takes two links)
            # (One word or one stem: "industrial" and "industrialization", not
            # "transmission" and "transformation".)
            left: set[str] = set()
            right: set[str] = set()
            for k, v in lk.items():
                if v >= _WEAK and lo <= k <= hi and k != a:
                    (left if k < a else right).add(lows[k][:6])
            # (A character the Chinese says twice is rendered twice: 碳达峰碳中和.)
            if (
                left and not left.isdisjoint(right)
                and all(zh.count(ch) == 1 for ch in units[i].text)
            ):  # fmt: skip
                both.add((units[i].start, units[i].end))
        # (Two words apart, not a word and its part: 大市场, 市场.)
        if any(y[0] >= x[1] or x[0] >= y[1] for x in both for y in both):
            return True
    return False


def _own_word_beside(c: _Cand, side: EnSide, lo: int, hi: int) -> float:
    """How strongly the candidate itself links a word right next to the span (0.0:
    none): the span leaves out part of the rendering ("business" | "environment" for
    营商环境). (With all of the Chinese explained, only an exact link counts: "new" |
    "quality productive forces" for 新质生产力.)"""
    breaks, content, linked, neighbour = side.breaks, side.content, c.linked, c.neighbour
    lows, n = side.lows, len(side.tokens)
    best = 0.0
    j = lo - 1
    if (
        j > 0 and lows[j] in _AND_OR and not breaks[j - 1]
        and _lone_modifier(side, j - 1, neighbour)
        and lows[j - 1] not in lows[lo : hi + 1]
    ):  # fmt: skip
        # Across a coordinating word: the span takes the second of two modifiers
        # sharing its head and leaves the first ("people-to-people and | cultural
        # exchanges" for 人文交流, "industrial and | supply chains" for 产业链供应链).
        j -= 1
    if j >= 0 and not breaks[j] and content[j] and j not in neighbour:
        best = linked.get(j, 0.0)
    k = hi + 1
    if (
        k < n and not breaks[hi] and content[k] and k not in neighbour
        and not _name_then_its_noun(c, side, lo, k)
    ):  # fmt: skip
        # (Not the sentence's noun after a name that says it already: "China-Europe
        # Railway Express | trains".)
        v = linked.get(k, 0.0)
        if v > best:
            best = v
    return best


def _lone_modifier(side: EnSide, j: int, neighbour: set[int]) -> bool:
    """Token ``j``, before "and", is a modifier with no head of its own: a lower-case
    word, not a plural noun ("work permits and ...", "equipment upgrades and ..."),
    after a break, a function word or the word of the Chinese right before the
    candidate ("international | people-to-people and cultural exchanges"), not after
    a modifier of its own ("people-to-people diplomacy and public diplomacy")."""
    low = side.lows[j]
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return (
        not plural and side.tokens[j].text.islower()
        and (j == 0 or side.breaks[j - 1] or not side.content[j - 1] or j - 1 in neighbour)
    )  # fmt: skip


@dataclass(slots=True)
class _Cand:
    """What the span search needs of one candidate in one sentence, computed once
    (both rendering stages use it)."""

    start: int
    end: int
    mass: tuple[float, ...]  # per character: 1.0 if it needs covering (connectors do not)
    total: float
    all_mass: bool  # no connector inside: the coverage is a plain sum
    linked: dict[int, float]  # English token -> strongest link from inside
    ks: list[int]  # sorted(linked)
    # English tokens that strong Chinese outside the candidate links at 0.7 or more:
    # they belong to other words of the sentence.
    claimed: frozenset[int]
    neighbour: set[int]
    # Hyphenated words the Chinese next to the candidate renders too: only half the
    # candidate's ("创新|驱动" = "innovation-driven").
    halved: frozenset[int]
    inside: list[int]  # units that link somewhere and lie inside the candidate
    # The same units as (first and last point, index, start and end in the candidate,
    # and the rest of their points as EnSide.points gives them), sorted.
    parts: list[tuple[int, int, int, int, int, list[int], list[int], dict[int, float]]]
    # A Chinese word that links to nothing right before / after the candidate.
    silent_before: bool
    silent_after: bool
    # Span scores: lo * (English tokens) + hi -> (lo, hi, fit, zh_cover, en_cover), None
    # if no rendering; keyed by the span after the article trim (the span really
    # scored: see _span_score).
    scores: dict[int, _Score | None] = field(default_factory=dict)
    # English verbs that a Chinese verb right after the candidate links: what the term
    # does ("laboratories | complete"), no longer term the span cuts.
    verbs_after: frozenset[int] = frozenset()


def _candidate(
    cand: ZhCandidate, units: list[Unit], links: list[dict[int, float]], side: EnSide, whole: bool
) -> _Cand | None:
    """The span-search context of ``cand``; None when no span can render it."""
    # Units that link somewhere and lie inside the candidate (the others add nothing),
    # and those right before / after it.
    start, end = cand.start, cand.end
    by_start = side.by_start
    inside = sorted(
        [i for pos in range(start, end) for i in by_start.get(pos, ()) if units[i].end <= end]
    )
    next_to = side.by_end.get(start, []) + by_start.get(end, [])
    if not inside and not whole:
        return None
    mass, total, all_mass = _char_mass(cand.text, cand.quoted)
    linked: dict[int, float] = {}
    for i in inside:
        for k, s in links[i].items():
            if s > linked.get(k, 0.0):
                linked[k] = s
    if not linked and not whole:
        return None
    # English words linked to the Chinese right before / after the candidate: a span
    # that stops next to them cuts a longer term in two ("配置创新" | "资源").
    neighbour: set[int] = set()
    # (A half of a hyphenated word is linked more loosely: 完全|成本保险 = "full-cost
    # insurance", where 完全 renders the "full" of "full-cost".)
    halves: set[int] = set()
    lows = side.lows
    persons = side.person_sounds  # (a person's name after a post is no more of a term)
    verbs_after: set[int] = set()
    for i in next_to:
        for k, v in links[i].items():
            if v >= 0.7 and k not in persons:
                neighbour.add(k)
                if units[i].start == end and units[i].verbal and _verb_after_plural(side, k):
                    verbs_after.add(k)
            if v >= 0.4 and "-" in lows[k]:
                halves.add(k)
    # (A strong unit lies outside if it ends before the candidate or starts after it:
    # the claimed tokens but those whose strong units all end after the candidate's
    # start and start before its end.)
    ends, end_keys = side.claim_ends
    starts, start_keys = side.claim_starts
    within = set(end_keys[bisect_right(ends, start) :]).intersection(
        start_keys[: bisect_left(starts, end)]
    )
    claimed = side.claim_keys.difference(within)
    if claimed and linked:
        _drop_character_links(linked, claimed, inside, units, links, side, start, end)
    return _Cand(
        start,
        end,
        mass,
        total,
        all_mass,
        linked,
        sorted(linked),
        claimed,
        neighbour,
        frozenset(halves) if halves else _NONE,
        inside,
        sorted(
            [
                (first, last, i, units[i].start - start, units[i].end - start, before, upto, covers)
                for i in inside
                for first, last, before, upto, covers in (side.points(i),)
            ]
        ),
        start in side.silent_ends,
        end in side.silent_starts,
        verbs_after=frozenset(verbs_after) if verbs_after else _NONE,
    )


def _verb_after_plural(side: EnSide, k: int) -> bool:
    """English token ``k`` is a verb said of the plural noun before it ("laboratories
    complete", "enterprises invest"): a word the dictionary uses as a verb, no
    nominalisation."""
    low = side.lows[k]
    if k == 0 or side.breaks[k - 1] or low not in english_verb_senses():
        return False
    before = side.lows[k - 1]
    return before.endswith("s") and not before.endswith("ss") and before not in ("is", "has", "was")


def _drop_character_links(
    linked: dict[int, float],
    claimed: frozenset[int] | set[int],
    inside: list[int],
    units: list[Unit],
    links: list[dict[int, float]],
    side: EnSide,
    start: int,
    end: int,
) -> None:
    """Forget the candidate's links to an English word that only a character of one of
    its known words links (or a word weakly, by a synonym), when a whole word outside
    the candidate says that word exactly: "national key laboratories | complete" for
    全国重点实验室|完成, where 全 of 全国 may mean "complete" and 完成 does."""
    exact = side.exact
    # (The whole word outside is looked for first: most tokens have none.)
    for k in [k for k in linked if k in exact and k in claimed and linked[k] < 1.0]:
        for u_start, u_end in exact[k]:
            if u_end <= start or u_start >= end:
                break
        else:
            continue  # (none outside the candidate)
        # (Nor one whose owner is not known, a hyphenated word, a word said twice or an
        # acronym: link() leaves those out of side.exact.)
        sources = [i for i in inside if k in links[i]]
        if all(
            links[i][k] < 0.5
            or len(units[i].text) == 1 and units[i].weight < 1.0
            and any(
                len(units[j].text) > 1 and units[j].weight >= 1.0 and units[j].glosses
                and units[j].start <= units[i].start < units[j].end
                for j in inside
            )
            for i in sources
        ):  # fmt: skip
            del linked[k]


@lru_cache(maxsize=16_384)  # (an entry holds a value per character: fewer than per word)
def _char_mass(text: str, quoted: bool) -> tuple[tuple[float, ...], float, bool]:
    """Per character of a candidate, 1.0 if it needs covering (connectors do not), the
    sum of that (1.0 if none) and whether every character does (cached: candidates
    recur across sentences)."""
    mass = [0.0 if ch in INNER or ch in DASHES or ch in _ZH_QUOTES else 1.0 for ch in text]
    if quoted and text.startswith("以") and "为" in text:
        # The frame of a formula (以人民为中心的…) needs no rendering either.
        mass[0] = mass[text.index("为")] = 0.0
    if text[:1] == "援" and len(text) > 4:
        # Nor 援 "aid to" opening a name: a preposition says it ("medical team to
        # Malawi").
        mass[0] = 0.0
    return tuple(mass), sum(mass) or 1.0, all(mass)


def _densest(
    ks: list[int],
    units: list[Unit],
    links: list[dict[int, float]],
    inside: list[int],
    clause: list[int],
    start: int,
    size: int,
) -> list[int]:
    """The linked tokens of the clause-bounded windows (at most 16 tokens) that cover
    the most Chinese: per character of the candidate, its best link inside the window
    (one character with many loose glosses, 微 "micro-; tiny; ...", must not outweigh
    the word 讲堂 "lecture hall"). ``inside``: the candidate's units, as indexes into
    ``units`` and ``links``; ``start`` and ``size``: where the candidate starts and
    its number of characters."""
    n = len(ks)
    end = 0
    while end + 1 < n and ks[end + 1] - ks[0] < 16 and clause[ks[end]] == clause[ks[end + 1]]:
        end += 1
    if end == n - 1:
        # One window holds every link (the usual case): the others are parts of it.
        return ks[:]
    # Per English token, the Chinese characters it would cover and how well (per
    # character, not per unit: a word and its characters cover the same Chinese, so
    # "foreign" linked by both 外交 and 外 must not outweigh "Diplomacy" linked by 外交).
    by_token: dict[int, dict[int, float]] = {}
    for i in inside:
        u = units[i]
        for k, v in links[i].items():
            got = by_token.get(k)
            if got is None:
                got = by_token[k] = {}
            for pos in range(u.start - start, u.end - start):  # (in the candidate)
                if v > got.get(pos, 0.0):
                    got[pos] = v
    best: list[list[int]] = []
    best_mass = -1.0
    # The window starting at ks[i] is ks[i : end + 1]; its end never moves back (a
    # later start only loosens the 16-token limit), so it is extended, not rebuilt.
    end = -1
    for i, lo in enumerate(ks):
        prev_end = end
        if end < i:
            end = i
        while end + 1 < n and ks[end + 1] - lo < 16 and clause[ks[end]] == clause[ks[end + 1]]:
            end += 1
        if end == prev_end:
            # The previous window minus its first token: it covers no more Chinese, so
            # it cannot beat the best by the 1e-9 margin (float sums differ by ~1e-15).
            continue
        covered = [0.0] * size  # (per character of the candidate)
        for k in ks[i : end + 1]:
            got = by_token.get(k)
            if got is None:
                continue
            for pos, w in got.items():
                if w > covered[pos]:
                    covered[pos] = w
        mass = sum(covered)
        if mass > best_mass + 1e-9:
            best, best_mass = [ks[i : end + 1]], mass
        elif mass > best_mass - 1e-9:
            best.append(ks[i : end + 1])
    if len(best) == 1:
        return best[0]
    # Windows that cover as much are all looked at: one word of a gloss links the
    # whole of its word ("carbon" covers 碳中和), so "carbon peaking" covers 碳达峰碳中和
    # as well as "peaking carbon emissions and achieving carbon neutrality" does.
    return sorted({k for window in best for k in window})


def _ranked_cores(
    c: _Cand, side: EnSide, cores: _Cores, whole: bool
) -> list[tuple[float, int, int]]:
    """The cores by fit, best first, as (-fit, lo, hi); cores that can render nothing
    rank as a fit of -1.0, like a span with no rendering."""
    unscored, scorable = cores
    ranked = unscored[:]
    memo = c.scores
    for lo0, hi0, key, lo, info in scorable:
        sc = memo.get(key, _UNKNOWN)
        if sc is _UNKNOWN:
            sc = memo[key] = _score_span(c, side, lo, hi0, info, whole)
        ranked.append((-sc[2] if sc else 1.0, lo0, hi0))
    ranked.sort()
    return ranked


def _sorted_cores(side: EnSide, ks: tuple[int, ...], max_len: int, runs: bool = False) -> _Cores:
    """The distinct cores over the linked tokens ``ks``, sorted and resolved (see
    EnSide.resolve; cached per sentence): the sort entries of those that can render
    nothing, and the others with their memo keys and facts. ``runs``: with the tight
    runs of links (see _cores)."""
    key = (ks, max_len, runs)
    cores = side.cores.get(key)
    if cores is None:
        n = len(side.lows)
        raws = _cores(ks, side.clause, max_len, n, runs) | _conjuncts(side, ks)
        cores = side.cores[key] = _resolved_cores(side, raws)
    return cores


def _run_cores(side: EnSide, ks: tuple[int, ...], max_len: int) -> _Cores:
    """The tight runs of three links or more inside a cluster that are not the whole
    cluster (see _tight_runs), resolved like _sorted_cores (cached per sentence)."""
    key = (ks, max_len, None)
    cores = side.cores.get(key)
    if cores is None:
        cores = side.cores[key] = _resolved_cores(side, _tight_runs(side, ks, max_len))
    return cores


def _resolved_cores(side: EnSide, raws: set[int]) -> _Cores:
    """Cores given as ``lo * n + hi``, sorted and resolved: (the sort entries of those
    that can render nothing, the others with their memo keys and facts)."""
    unscored: list[tuple[float, int, int]] = []
    scorable: list[tuple[int, int, int, int, _SpanInfo]] = []
    resolved = side.resolved
    n = len(side.lows)
    for raw in sorted(raws):
        lo0, hi0 = divmod(raw, n)
        got = resolved.get(raw, _UNKNOWN)
        if got is _UNKNOWN:
            got = side.resolve(lo0, hi0)
        if got is None and side.title[hi0] and not side.last_ok[hi0]:
            # A core ending inside a name ("Shanghai Municipal | People's Government")
            # goes on to the name's end.
            hi0 = _name_end(side, hi0)
            got = side.resolve(lo0, hi0) if hi0 >= 0 else None
        if got is None:
            unscored.append((1.0, lo0, hi0))
        else:
            scorable.append((lo0, hi0, *got))
    return unscored, scorable


def _conjuncts(side: EnSide, ks: Sequence[int]) -> set[int]:
    """Each of two names joined by "and", as a core of its own ("Beijing Capital
    International Airport | and | Beijing Daxing International Airport"), where the
    links run through both: the name before the "and" from the first link, the one
    after it to the last (as ``lo * n + hi``, like _cores)."""
    if len(ks) < 2 or not side.title_ands:
        return set()
    n = len(side.lows)
    lo, hi = ks[0], ks[-1]
    out: set[int] = set()
    for k in side.title_ands:
        # (Each side a name the candidate links into, two links or more: not a
        # title-case heading's "... Work and Thoroughly Studying ...".)
        # (ks is sorted: the links before k and after it counted by bisection.)
        if lo < k < hi and bisect_left(ks, k) >= 2 and len(ks) - bisect_right(ks, k) >= 2:
            if side.clause[lo] == side.clause[k - 1]:
                out.add(lo * n + k - 1)
            if side.clause[k + 1] == side.clause[hi]:
                out.add((k + 1) * n + hi)
    return out


def _name_end(side: EnSide, k: int) -> int:
    """The end of the title-case name that token ``k`` is inside (at most four words
    on), or -1 if it ends where no span may end."""
    h = k
    while h + 1 < len(side.tokens) and h - k < 4 and not side.breaks[h] and side.title[h + 1]:
        h += 1
    return h if h > k and side.last_ok[h] else -1


def _cores(
    ks: Sequence[int], clause: list[int], max_len: int, n: int, runs: bool = False
) -> set[int]:
    """Core spans over linked tokens: clusters of links inside one clause (same
    ``clause`` number: no break between),
    split where more than three unlinked tokens separate them, and runs of adjacent
    clusters. A handful per candidate, instead of every pair of linked tokens.

    Each core [lo, hi] is given as ``lo * n + hi`` (``n``: the number of English
    tokens), the int key of EnSide.resolve: ints sort in the order of the pairs, and
    dedupe and sort faster. (Made into a set directly: sub-windows repeat cores.)"""
    clusters = _clusters(ks, clause)
    cores: set[int] = set()
    for i, first in enumerate(clusters):
        lo = first[0]
        base = lo * n
        for j in range(i, len(clusters)):
            hi = clusters[j][-1]
            if hi - lo >= max_len or (j > i and clause[lo] != clause[hi]):
                break
            cores.add(base + hi)
        # Sub-windows of a cluster are cores too (a short term inside a long chain):
        # every single link and pair of neighbours, and for a first look the tight
        # runs of links (at most one unlinked token between them: "foreign affairs
        # work was guided by | Xi Jinping Thought on Diplomacy"), where the full look
        # finds them as extensions of the pairs (or, in a long cluster, as one of
        # _tight_runs).
        if len(first) > 1:
            prev = -1
            for k in first:
                cores.add(k * n + k)  # (k, k)
                if prev >= 0:
                    cores.add(prev * n + k)  # a pair of neighbours
                prev = k
            # The cluster without its first or last links ("strengthen | the
            # country's strategic ... strength": a verb linked by a shared gloss).
            for k in first[1:3]:
                cores.add(k * n + first[-1])
            for k in first[-3:-1]:
                cores.add(base + k)
            if runs:
                run = [first[0]]
                for k in first[1:]:
                    if k - run[-1] > 2:
                        cores.add(run[0] * n + run[-1])
                        run = []
                    run.append(k)
                cores.add(run[0] * n + run[-1])
    return cores


def _clusters(ks: Sequence[int], clause: list[int]) -> list[list[int]]:
    """Links inside one clause, split where more than three unlinked tokens lie
    between them (see _cores)."""
    clusters: list[list[int]] = []
    for k in ks:
        if clusters:
            last = clusters[-1][-1]
            if k - last <= 4 and clause[last] == clause[k]:
                clusters[-1].append(k)
                continue
        clusters.append([k])
    return clusters


def _tight_runs(side: EnSide, ks: Sequence[int], max_len: int) -> set[int]:
    """Runs of three links or more with at most one unlinked token between them, and
    no "and" or "or" joining two things, inside a cluster and not the whole of it: the
    cores a long cluster of scattered links hides ("the building of | a national
    integrated computing power network"; "domestic rule of law and | foreign-related
    rule of law"), as ``lo * n + hi``. (Shorter runs are pairs _cores has.)"""
    lows = side.lows
    n = len(lows)

    def joins(k: int) -> bool:
        """Token k - 1 is an "and" between two words no one Chinese word renders
        both of ("rights and interests" is 权益's). (A word said again after the "and"
        is no such pair: in "unemployment insurance and work injury insurance", the
        first "insurance" is 工伤保险's only as the second one's echo.)"""
        if lows[k - 1] not in ("and", "or"):
            return False
        if lows[k - 2] in lows[k : k + 6]:
            return True
        for lk in side.links:  # noqa: SIM110 (a loop: a generator costs more per unit)
            if k - 2 in lk and k in lk:
                return False
        return True

    out: set[int] = set()
    for first in _clusters(ks, side.clause):
        if len(first) < 4:
            continue
        run = [first[0]]
        for k in first[1:] + [n + 9]:
            if k - run[-1] > 2 or k < n and k - 1 > run[-1] and joins(k):
                if len(run) >= 3 and run != first and run[-1] - run[0] < max_len:
                    out.add(run[0] * n + run[-1])
                run = []
            run.append(k)
    return out


_CALENDAR: Final = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december",
    }
)  # fmt: skip


def _title(tok: EnToken) -> bool:
    """Capitalised, and not merely a day or month name ("on Thursday" is no name part)."""
    return tok.text[:1].isupper() and tok.low not in _CALENDAR


def _title_end(side: EnSide, th: int, limit: int) -> int:
    """Where the title-case chunk going on from token ``th`` ends, at most at ``limit``
    (through lower-case of/and/for/in/on/the between capitalised words)."""
    toks, title, n = side.tokens, side.title, len(side.tokens)
    while th + 1 < n and th < limit and not side.breaks[th]:
        if title[th + 1]:
            th += 1
            continue
        step = th + 1
        while step < n and toks[step].low in _CHAIN and not side.breaks[step - 1]:
            step += 1
        if (
            step < n and step > th + 1 and title[step] and not side.breaks[step - 1]
            and True not in side.inner_bad[th + 1 : step]
        ):  # fmt: skip
            th = step
            continue
        break
    return th


def _variants(side: EnSide, lo: int, hi: int, n: int) -> list[tuple[int, int]]:
    """The core span and its extensions to noun-phrase boundaries."""
    toks = side.tokens
    title = side.title  # (whether each token is title-case: see en_side)
    out = [(lo, hi)]
    # Title-case chunk: extend to its ends ("Five-hundred-meter Aperture ... Telescope",
    # "Communist Party of China"), through lower-case of/and/for/in/on/the.
    tl, th = lo, hi
    # At most four words either way: extracted text runs headings together with no
    # punctuation ("... Municipal Government Forging Ahead on A New Journey ...").
    while tl > max(0, lo - 6) and not side.breaks[tl - 1]:
        if title[tl - 1]:
            tl -= 1
            continue
        # Through "on the", "of": "Law on the Protection of the Rights ...".
        step = tl - 1
        while step > 0 and toks[step].low in _CHAIN and not side.breaks[step]:
            step -= 1
        if (
            step < tl - 1 and title[step] and not side.breaks[step] and tl - step <= 3
            and True not in side.inner_bad[step + 1 : tl]  # (not "Beijing | the Beijing")
        ):  # fmt: skip
            tl = step
            continue
        break
    th = _title_end(side, hi, hi + 4)
    if (tl, th) != (lo, hi) and (title[lo] or title[hi]):
        out.append((tl, th))
        out.append((lo, th))
    if title[hi] and th == hi + 4:
        # A longer name is whole when plain words close it ("The State Flood Control and
        # Drought Relief Headquarters | promptly raised ...", for 国家防总): headings
        # run together go on in title case.
        far = _title_end(side, th, hi + 10)
        if far < hi + 10 and far + 1 < n and not side.breaks[far] and not title[far + 1]:
            out.append((lo, far))
            out.append((tl, far))
    # One or two modifiers on the left ("the country's strategic needs", "new energy").
    for left in (1, 2):
        if lo - left >= 0 and side.clause[lo - left] == side.clause[lo]:
            out.append((lo - left, hi))
    # ... or modifiers joined by "and", with one more before them ("local | small and
    # medium-sized financial institutions").
    if lo >= 3 and "and" in side.lows[lo - 2 : lo]:
        for left in (3, 4):
            if lo - left >= 0 and side.clause[lo - left] == side.clause[lo]:
                out.append((lo - left, hi))
    # A head noun before "of (the)": "guidelines of the 20th National Congress".
    for gap in (["of"], ["of", "the"], ["of", "a"]):
        h = lo - len(gap) - 1
        if h >= 0 and side.lows[h + 1 : lo] == gap and side.clause[h] == side.clause[lo]:
            out.append((h, hi))
            out.append((h, max(hi, th)))
    # An "of / for / in ..." phrase on the right, up to the next break (max 7 tokens).
    if hi + 2 < n and not side.breaks[hi] and toks[hi + 1].low in _PP:
        end = hi + 1
        with_left = lo > 0 and not side.breaks[lo - 1]
        while end + 1 < n and end - hi < 7 and not side.breaks[end]:
            end += 1
            out.append((lo, end))
            if with_left and end - hi <= 5:
                out.append((lo - 1, end))  # a modifier and the phrase: "dual ... of ..."
    # One more word on the right (a head noun the dictionary did not know), also with a
    # modifier on the left ("national | cultural export | bases").
    if hi + 1 < n and not side.breaks[hi]:
        out.append((lo, hi + 1))
        if lo > 0 and side.clause[lo - 1] == side.clause[lo]:
            out.append((lo - 1, hi + 1))
    return out


ARTICLES: Final = frozenset(("the", "a", "an"))  # the leading word _score_span drops
_UNKNOWN: Final[Any] = object()  # not in a cache yet
_NONE: Final[frozenset[int]] = frozenset()
_CHAIN: Final = {"of", "and", "for", "in", "on", "the", "with", "a", "to"}
_ORDINAL_NUMBER: Final = re.compile(r"^\d+(?:st|nd|rd|th)$")
_WEAK: Final = 0.35  # links weaker than this are a character's synonym: structure decides
_PP: Final = {"of", "for", "in", "on", "between", "at", "with", "across"}


# Marks inside a candidate need no rendering (nor does a foreign name's middle dot).
_ZH_QUOTES = frozenset("“”‘’\"'《》「」") | NAME_DOTS
_PARTICLES_AND_ARTICLES: Final = frozenset(
    ["up", "out", "off", "down", "the", "a", "an", "with", "toward", "towards", "together",
     "on", "about", "its", "their", "our"]
)  # fmt: skip
# Irregular past tenses (the dictionary glosses verbs in the base form): "GDP grew
# 5.2 percent" is a clause. Only forms that are no noun or adjective of their own.
_IRREGULAR_PAST: Final = frozenset([
    "grew", "rose", "fell", "made", "held", "took", "gave", "went", "came", "saw", "said",
    "told", "became", "began", "brought", "bought", "chose", "drew", "drove", "fought",
    "flew", "got", "kept", "knew", "lost", "met", "paid", "ran", "sent", "sold", "spent",
    "spoke", "stood", "struck", "taught", "thought", "threw", "won", "wrote", "sought",
    "dealt", "sped", "forgot",
])  # fmt: skip


@lru_cache(maxsize=65_536)  # (a word's own property: words recur)
def _finite_verb(low: str) -> bool:
    """A third-person form of a word the dictionary only uses as a verb ("says",
    "adheres", "decides") or an irregular past tense ("grew"): a clause, never part
    of a term."""
    if low in _IRREGULAR_PAST:
        return True
    if not low.endswith("s") or len(low) < 4:
        return False
    return _third_person_of(low, english_verbs())


@lru_cache(maxsize=65_536)  # (a word's own property: words recur)
def verb_after_noun(low: str) -> bool:
    """ "runs", "offers", "welcomes" right after a noun: more likely the verb of the
    clause than a plural continuing the noun phrase ("railway | runs smoothly")."""
    if not low.endswith("s") or low.endswith("ss") or len(low) < 4:
        return False
    return _third_person_of(low, english_verb_senses())


def _third_person_of(low: str, verbs: frozenset[str]) -> bool:
    """``low`` ("-s") is the third person of one of ``verbs``: "-es" only after a
    sibilant or "o" ("pushes", "goes"; "routes" is no form of "rout", nor "sites" of
    "sit"), "-ies" after a consonant ("specifies")."""
    if low[:-1] in verbs:
        return True
    if low.endswith("ies") and len(low) > 4 and low[-4] not in "aeiou":
        return low[:-3] + "y" in verbs
    return low.endswith(("ses", "xes", "zes", "ches", "shes", "oes")) and low[:-2] in verbs


def _title_list_after_of(toks: list[EnToken], k: int) -> bool:
    """Token ``k`` ends the first item of a title-case list that a name's "of" (or
    "for", "on") opens: "Administration of | Quality Supervision, ..." (up to three
    words in the item)."""
    j = k
    while j > 0 and k - j < 3 and _title(toks[j]):
        j -= 1
    return j < k and j > 0 and toks[j].low in ("of", "for", "on") and _title(toks[j - 1])


def _join_listed_modifiers(text: str, toks: list[EnToken], breaks: list[bool]) -> dict[int, int]:
    """Commas in a list of lower-case modifiers before "and" do not break a phrase:
    "micro, small and medium-sized enterprises" (中小微企业) is one term; nor do those
    of a list of short noun phrases (see _join_serial_lists, whose list ends this
    returns)."""
    n = len(toks)
    list_ends: dict[int, int] = {}
    for k in range(n - 3):
        if not breaks[k] or text[toks[k].end : toks[k + 1].start].strip() != ",":
            continue
        run = [k]
        m = k + 1
        # A, B, C and D: the commas of the list, up to its "and"/"or".
        while m + 1 < n and text[toks[m].end : toks[m + 1].start].strip() == "," and len(run) < 4:
            run.append(m)
            m += 1
        # ... and the list modifies a head noun after its last item ("enterprises").
        words = toks[k : m + 3]
        if (
            m + 3 < n and toks[m + 1].low in _AND_OR
            and not breaks[m] and not breaks[m + 1] and not breaks[m + 2]
            and toks[m + 3].low not in _EDGE_BAD
            and all(t.text.islower() and t.text.replace("-", "").isalpha() for t in words)
            and toks[m + 3].text.replace("-", "").isalpha()
        ):  # fmt: skip
            for j in run:
                breaks[j] = False
                list_ends[j] = m + 3  # (a span holding the comma holds the head)
        elif (
            m + 2 < n and toks[m + 1].low in _AND_OR
            and _title_list_after_of(toks, k)
            and all(_title(t) and t.text.isalpha() for t in (*toks[k : m + 1], toks[m + 2]))
            and not breaks[m] and not breaks[m + 1]
            # (The name ends there: a verb, a preposition or a clause follows, not more
            # of a noun phrase, "... Cooperation, Belt and Road | cooperation".)
            and (
                m + 3 >= n or breaks[m + 2] or toks[m + 3].low in AUXILIARIES
                or toks[m + 3].low in _PREPOSITIONS or past_form(toks[m + 3].low)
            )
        ):  # fmt: skip
            # A title-case list that ends a name: "National Administration of
            # Surveying, Mapping and Geoinformation" (国家测绘地理信息局).
            for j in run:
                breaks[j] = False
    list_ends.update(_join_serial_lists(text, toks, breaks))
    # Two hyphenated modifiers of one shape before a noun: "a multi-tiered, multi-pillar
    # old-age insurance system" (多层次、多支柱).
    for k in range(n - 2):
        one, other = toks[k].text, toks[k + 1].text
        if (
            breaks[k] and not breaks[k + 1] and "-" in one and "-" in other
            and one.islower() and other.islower()
            and one.split("-")[0] == other.split("-")[0]
            and text[toks[k].end : toks[k + 1].start].strip() == ","
        ):  # fmt: skip
            breaks[k] = False
    # Two adjectives after an article, before their noun: "a modern, comprehensive
    # transportation system" (现代化综合交通运输体系).
    for k in range(1, n - 2):
        first, second, head = toks[k], toks[k + 1], toks[k + 2]
        if (
            breaks[k] and not breaks[k + 1] and toks[k - 1].low in ARTICLES
            and not breaks[k - 1] and text[first.end : second.start].strip() == ","
            and first.text.isalpha() and first.text.islower() and _adjective(second.low)
            and (_adjective(first.low) or first.low in _PLAIN_ADJECTIVES)
            and head.text.isalpha() and head.text.islower() and head.low not in _EDGE_BAD
        ):  # fmt: skip
            breaks[k] = False
    return list_ends


# Adjectives with no adjective's ending (see _adjective).
_PLAIN_ADJECTIVES = frozenset(
    ["modern", "green", "open", "fair", "clean", "safe", "secure", "strong", "stable",
     "smart", "just", "free", "new", "sound", "broad", "high", "low", "long", "short"]
)  # fmt: skip


# Words that count the halves of a slogan.
_COUNTS = frozenset(
    ["one", "two", "three", "four", "five", "twin", "dual", "single", "multiple", "many"]
)


def _join_serial_lists(text: str, toks: list[EnToken], breaks: list[bool]) -> dict[int, int]:
    """The commas of a list of three or more short noun phrases ending in "and"/"or"
    do not break a phrase: "carbon capture, utilization and storage" (碳捕集利用与封存)
    and "Shanghai, Jiangsu and Zhejiang" (沪苏浙) are each one term. Items of one to
    three words, none a verb ("cut emissions, reduce pollution and ..." is a list of
    clauses). Returns, for the token before each such comma, the list's last token: a
    span that holds the comma holds the rest of the list ("carbon capture,
    utilization" cuts it)."""
    n = len(toks)
    verbs = english_verbs()
    ends: dict[int, int] = {}

    def item_end(k: int) -> int:
        """The last token of the item starting at ``k`` (-1 if none fits)."""
        for j in range(k, min(n, k + 3)):
            t = toks[j]
            if t.low in verbs or t.low in _EDGE_BAD or not t.text.replace("-", "").isalpha():
                return -1
            if breaks[j] or j + 1 < n and toks[j + 1].low in _AND_OR:
                return j
        return -1

    # A slogan of two counted halves, in title case: "One Country, Two Systems", "Two
    # Countries, Twin Parks".
    for k in range(1, n - 2):
        if (
            breaks[k] and not breaks[k - 1] and not breaks[k + 1]
            and toks[k - 1].low in _COUNTS and toks[k + 1].low in _COUNTS
            and text[toks[k].end : toks[k + 1].start].strip() == ","
            and all(t.text[:1].isupper() and t.text.isalpha() for t in toks[k - 1 : k + 3])
        ):  # fmt: skip
            breaks[k] = False
            ends[k] = k + 2
    k = 0
    while k < n - 1:
        if not breaks[k] or text[toks[k].end : toks[k + 1].start].strip() != ",":
            k += 1
            continue
        commas = [k]
        end = item_end(k + 1)
        while end >= 0 and breaks[end] and end + 1 < n:
            if text[toks[end].end : toks[end + 1].start].strip() != ",":
                break
            commas.append(end)
            if toks[end + 1].low in _AND_OR:
                break  # (an Oxford comma: ", and")
            end = item_end(end + 1)
        last = -1
        if end >= 0 and end + 1 < n and toks[end + 1].low in _AND_OR:
            last = item_end(end + 2) if not breaks[end + 1] else -1
        elif end >= 0 and commas[-1] == end and toks[end + 1].low in _AND_OR:
            last = item_end(end + 2)
        # (Not the end of a longer enumeration whose first items are no short
        # phrases: "the era mark of ..., lofty mission, principles and policies".)
        if last >= 0 and not any(
            breaks[j] and text[toks[j].end : toks[j + 1].start].strip() == ","
            for j in range(max(0, k - 3), k)
        ):
            for j in commas:
                breaks[j] = False
                ends[j] = last
            k = last + 1
        else:
            k += 1
    return ends


@lru_cache(maxsize=65_536)
def _sound_parts(low: str) -> tuple[str, ...]:
    """Parts of a token to match a name's sound: split at hyphens and apostrophes,
    and also joined over pinyin's syllable apostrophe ("chang'e-5" -> chang, e, 5 and
    change = 嫦娥; "xi'an" -> xian = 西安). (Cached: words recur.)"""
    parts = [p for p in re.split(r"[-’']", low) if p]
    joined = [p for p in re.sub(r"['’]", "", low).split("-") if p]
    return (*parts, *(p for p in joined if p not in parts))


def _compound_participles(side: EnSide, units: list[Unit], links: list[dict[int, float]]) -> None:
    """An "-ing" word before a noun is a clause ("train carrying containers") unless
    the two render adjacent Chinese words in the same order: then they are a compound
    ("emissions trading market" = 排放|交易|市场). A past form before a noun is no
    verb when the Chinese that renders it has no verb sense ("comprehensive bonded
    zones": 保税 "bonded"; in "countries signed documents", 签署 is "to sign").

    And a past form after a comma, "and" or an adverb is a verb when it renders a
    Chinese verb right before the noun its next word renders: "(China has ...,)
    developed nuclear power" for 发展|核电 is what was done, not a kind of power."""
    # Only a flagged participle can change (most sentences have none: no index then).
    n = len(side.tokens)
    lows = side.lows
    flagged = [
        k
        for k, verb in enumerate(side.verb_like)
        if verb and k + 1 < n and (_participle(lows[k]) or past_form(lows[k]))
    ]
    predicates = [
        k
        for k in range(1, n - 1)
        if not side.verb_like[k] and side.content[k + 1] and not side.breaks[k]
        and (side.breaks[k - 1] or lows[k - 1] in ("and", "also") or lows[k - 1].endswith("ly"))
        and past_form(lows[k])
    ]  # fmt: skip
    if not flagged and not predicates:
        return
    ends: dict[int, set[int]] = {}  # English token -> ends of the units linking it
    starts: dict[int, set[int]] = {}
    both: set[int] = set()  # tokens k linked, with k + 1, by one unit (交易市场)
    said: dict[int, bool] = {}  # token -> linked by a Chinese word with a verb sense
    for u, lk in zip(units, links, strict=True):
        for k, v in lk.items():
            if v >= 0.5:
                ends.setdefault(k, set()).add(u.end)
                starts.setdefault(k, set()).add(u.start)
                said[k] = said.get(k, False) or u.verbal
                if lk.get(k + 1, 0.0) >= 0.5:
                    both.add(k)
    for k in flagged:
        if not _participle(lows[k]):
            if said.get(k) is False:
                side.verb_like[k] = False
        elif k in both or ends.get(k, set()) & starts.get(k + 1, set()):
            side.verb_like[k] = False
    if predicates:
        verb_ends: dict[int, set[int]] = {}  # English token -> ends of verbs linking it
        noun_starts: dict[int, set[int]] = {}  # ... -> starts of non-verbs linking it
        for u, lk in zip(units, links, strict=True):
            for k, v in lk.items():
                if v >= 0.5:
                    if u.verbal:
                        verb_ends.setdefault(k, set()).add(u.end)
                    else:
                        noun_starts.setdefault(k, set()).add(u.start)
        for k in predicates:
            if verb_ends.get(k, set()) & noun_starts.get(k + 1, set()):
                side.verb_like[k] = True


_PREPOSITIONS: Final = frozenset(["on", "of", "in", "for", "at", "with", "to", "from", "by", "and"])
# Prepositions of position the dictionary counts as content words.
_POSITIONS: Final = frozenset(["above", "below", "under", "over", "beyond", "within", "without"])
# Auxiliaries: a past form after one is a verb ("has signed", "was held").
AUXILIARIES: Final = frozenset(["has", "have", "had", "was", "were", "is", "are", "been", "be"])


@lru_cache(maxsize=65_536)  # (a word's own property: words recur)
def past_form(low: str) -> bool:
    """A past tense or participle of a word the dictionary uses as a verb ("adopted",
    "deliberated", "held")."""
    if low in _IRREGULAR_PAST:
        return True
    if not low.endswith("ed") or len(low) < 5:
        return False
    base = low[:-2]
    verbs = english_verb_senses()
    return (
        base in verbs or base + "e" in verbs or low[:-1] in verbs
        or (base[-1:] == base[-2:-1] and base[:-1] in verbs)
        or (base.endswith("i") and base[:-1] + "y" in verbs)
    )  # fmt: skip


@lru_cache(maxsize=65_536)  # (a word's own property: words recur)
def _participle(low: str) -> bool:
    """A present participle of a word the dictionary uses as a verb ("carrying")."""
    if not low.endswith("ing") or len(low) < 6:
        return False
    base = low[:-3]
    verbs = english_verb_senses()
    return base in verbs or base + "e" in verbs or (base[-1:] == base[-2:-1] and base[:-1] in verbs)


def _verb_form(low: str) -> bool:
    """A participle, a past tense or a finite verb: a word that can be a clause's verb."""
    return _participle(low) or past_form(low) or _finite_verb(low)


def _plural_subject(side: EnSide, k: int) -> bool:
    """The "-s" word ``k`` is a plural noun, not a verb: the clause's verb or another
    noun joined by "and" follows ("imports and exports | continued to grow")."""
    nxt = side.tokens[k + 1].low if k + 1 < len(side.tokens) else ""
    return nxt in _AND_OR or nxt in AUXILIARIES or past_form(nxt) or _finite_verb(nxt)


# Documents whose titles go on with "on/for" and a gerund ("Guideline on Developing
# the Silver Economy", "plan for deepening the reform of ...").
_DOCUMENTS: Final = frozenset(
    [
        "guideline", "guidelines", "opinion", "opinions", "plan", "decision", "resolution",
        "regulations", "measures", "notice", "circular", "provisions", "outline", "program",
        "programme", "proposal", "proposals", "framework", "rules", "law",
        # ... and institutions named by what they are for ("mechanisms for realizing
        # the value of ecological products").
        "mechanism", "mechanisms", "system", "systems", "platform", "platforms", "fund",
        "policy", "policies", "initiative", "campaign",
    ]
)  # fmt: skip


# Strategies and principles named by what they do, with "of" and a gerund ("the
# strategy of invigorating China through science and education").
_AIMS: Final = frozenset(
    ["strategy", "strategies", "principle", "principles", "approach", "policy"]
)


def _among_plural(side: EnSide, k: int) -> bool:
    """ "among" at ``k`` joins a phrase: one plural after it that ends the phrase
    ("mutual learning among civilizations"), or a name's plural inside a title-case name
    ("International Day for Dialogue among Civilizations"); not before another name
    ("among countries of the Global South")."""
    lows, title, n = side.lows, side.title, len(side.lows)
    if k + 1 >= n or not lows[k + 1].endswith("s"):
        return False
    if title[k + 1]:
        return k > 0 and title[k - 1]
    return k + 2 >= n or side.breaks[k + 1] or (lows[k + 2] != "of" and not title[k + 2])


_LEVELS = frozenset(["level", "levels", "grassroots"])


def _at_level(side: EnSide, k: int, breaks: list[bool]) -> bool:
    """ "at" at ``k`` opens a level said after a noun: "at all levels", "at the county
    level", "at the grassroots", "at its core" (within four words, in its clause; not
    "at the level of ...", which names another thing)."""
    lows = side.lows
    if lows[k + 1 : k + 3] == ["its", "core"]:
        return True
    for j in range(k + 1, min(len(lows), k + 5)):
        if lows[j] in _LEVELS:
            return j + 1 >= len(lows) or lows[j + 1] != "of"
        if breaks[j]:
            break
    return False


# What a thing is "under" when the phrase names it: a protection or a control said
# of it ("wild animals under key state protection", "substances under class-wide
# control", "area under special customs supervision").
_UNDER_REGIMES = frozenset(["protection", "control", "management", "supervision"])


def _under_whom(side: EnSide, k: int, breaks: list[bool]) -> bool:
    """ "under" at ``k`` says whose or which regime a named thing belongs to, after
    its noun: a name ("institution directly under the State Council", "project pool
    under the GDI", "registration of trademarks under the Madrid System"), a
    leadership ("... under the leadership of the CPC"), the rule of law, or a
    protection or control within four words ("under Class I state protection"; not
    "under construction" nor "activities under regulation")."""
    lows = side.lows
    nxt = k + 2 if lows[k + 1 : k + 2] == ["the"] else k + 1
    if nxt >= len(lows) or breaks[k]:
        return False
    if side.title[nxt] or lows[nxt : nxt + 2] == ["leadership", "of"]:
        return True
    if lows[k + 1 : k + 5] == _RULE_OF_LAW:
        return True
    for j in range(k + 1, min(len(lows), k + 5)):
        if lows[j] in _UNDER_REGIMES:
            return True
        if breaks[j]:
            break
    return False


def _gerund_before(side: EnSide, k: int) -> bool:
    """An "-ing" word at most three tokens before ``k``, in the same clause."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if side.breaks[j]:
            return False
        if side.lows[j].endswith("ing") and len(side.lows[j]) > 5:
            return True
    return False


def _joint_owner(side: EnSide, k: int) -> bool:
    """The article at ``k`` opens the second of two bodies that own one title ("Opinions
    of the CPC Central Committee and | the State Council on ...") or of two parties
    named "between" them. (Elsewhere "and the" starts a second noun phrase: "Hong Kong
    and | the people".)"""
    toks, title, breaks = side.tokens, side.title, side.breaks
    if k < 3 or k + 1 >= len(toks) or toks[k - 1].low != "and" or not title[k + 1]:
        return False
    # Back over the first party, a title-case name ("of" inside it: "People's Republic
    # of China"), to the word that introduces it.
    j = k - 2
    while j > 0 and not breaks[j] and (
        title[j] or toks[j].low in ARTICLES
        or toks[j].low == "of" and title[j - 1] and title[j + 1]
    ):  # fmt: skip
        j -= 1
    if j == k - 2 or j == 0 or not title[j - 1]:
        return False
    if toks[j].low == "between":
        # "Treaty on Extradition between the People's Republic of China and | the
        # Republic of Kazakhstan".
        return True
    after = k + 1
    while after < len(toks) and title[after]:
        after += 1
    # Two bodies, the second no head of its own: "Tariff Law of the People's Republic of
    # China and | the Customs Law of ..." lists two laws.
    return (
        toks[j].low == "of" and toks[k - 2].low in _BODY_HEADS
        and toks[after - 1].low in _BODY_HEADS
        and (after >= len(toks) or toks[after].low != "of")
    )  # fmt: skip


# The last word of a body that issues documents (jointly: "the CPC Central Committee
# and the State Council"); not "Finance" of "the Ministry of Finance and the MIIT".


def _document_gerund(side: EnSide, k: int) -> bool:
    """Token ``k`` is a gerund opening the subject of a document's title: "guideline on
    | strengthening the ethical governance ...", "action plan for | deepening ..."; or
    what a strategy is: "strategy of | invigorating China ...", "strategy for |
    invigorating China through science and education"."""
    toks = side.tokens
    if k < 2 or not toks[k].low.endswith("ing") or side.breaks[k - 2] or side.breaks[k - 1]:
        return False
    before, head = toks[k - 1].low, toks[k - 2].low
    return (before in ("on", "for") and (head in _DOCUMENTS or head in _AIMS)) or (
        before == "of" and head in _AIMS
    )


def _adjective(low: str) -> bool:
    """A word that modifies a noun rather than governs a verb: "national",
    "integrated", "new" (not a noun that ends like one: "council", "potential")."""
    return low in _ADJ_WORDS or (
        (bool(_TITLE_ADJ_END.search(low)) or low.endswith("ed")) and not _known_noun(low)
    )


def _verb_word(low: str) -> bool:
    """A word of policy prose that is a verb: the dictionary's verbs and _VERB_START."""
    return low in english_verbs() or low in _VERB_START


def _verb_like(side: EnSide, k: int) -> bool:
    """A verb followed by its object ("implemented the guidelines", "facing ASEAN",
    "decided to cut"), a finite verb ("says"), or a reduced relative clause after a
    noun ("train carrying containers")."""
    low = side.tokens[k].low
    if not side.title[k] and _finite_verb(low):
        return not _plural_subject(side, k)
    if (
        k > 0 and side.title[k - 1] and not side.breaks[k - 1]
        and not side.title[k]
        and (
            past_form(low)
            or verb_after_noun(low) and not _plural_subject(side, k)
            and k + 1 < len(side.tokens) and not side.breaks[k]
        )
        and not side.tokens[k - 1].low.endswith(("'s", "’s", "s'"))
        and side.tokens[k - 1].low not in ARTICLES
    ):  # fmt: skip
        # A name and its verb: "the Commission briefed (on ...)", "China supports";
        # not a participle after a possessive ("China's surveyed unemployment rate").
        return True
    if (
        0 < k < len(side.tokens) - 1 and side.content[k - 1] and side.content[k + 1]
        and not side.breaks[k - 1] and not side.breaks[k]
        and not side.title[k] and past_form(low) and not _out_of(side, k + 1)
        and not side.tokens[k - 1].low.endswith(("ly", "'s", "’s", "s'"))
        and not side.tokens[k - 1].low[:1].isdigit()
        and not past_form(side.tokens[k - 1].low)
        and side.tokens[k - 1].low not in _POSITIONS
        and not _adjective(side.tokens[k - 1].low)
        and not (_verb_word(side.tokens[k - 1].low) and not side.tokens[k - 1].low.endswith("s"))
        and not _participle(side.tokens[k - 1].low)
    ):  # fmt: skip
        # A subject, its verb and the object: "countries signed documents" (not a
        # participle after a number: "35,000 centralized resettlement sites"; nor
        # after a preposition: "enterprises above | designated size", nor
        # after an adjective: "national integrated computing power network", nor
        # after a verb, whose object it modifies: "develop | distributed photovoltaic
        # power", "(subsidies for) protecting | cultivated land").
        return True
    if k > 0 and past_form(low):
        before = side.tokens[k - 1].low
        if before in AUXILIARIES or (
            k > 1 and before.endswith("ly") and side.tokens[k - 2].low in AUXILIARIES
        ):
            return True  # "has signed", "was held", "has fully introduced"
    if (
        0 < k < len(side.tokens) - 1 and side.tokens[k - 1].low == "to"
        and low in english_verb_senses()
        and side.tokens[k + 1].low in _PARTICLES_AND_ARTICLES
        and not (k > 1 and side.title[k] and side.title[k - 2])
    ):  # fmt: skip
        # "(a press conference) to brief on ...": an infinitive (not in a title-case
        # name: "Project to Trace the Origins of Chinese Civilization")
        return True
    if (
        k > 0
        and _participle(low)
        and not side.title[k]
        and side.content[k - 1]
        and not side.breaks[k - 1]
        and k + 1 < len(side.tokens)
        and not side.breaks[k]
        and "," not in side.text[side.tokens[k].end : side.tokens[k + 1].start]
        and side.content[k + 1]
        and not _verb_form(side.tokens[k + 1].low)
        and not _adjective(side.tokens[k - 1].low)
        and not _verb_word(side.tokens[k - 1].low)
    ):
        # (Not before a comma, even one of a list that breaks no phrase: "promote
        # nationwide reading, advance ..." and "anti-money laundering, counter-terrorist
        # financing ..." have no object.
        # Not before a verb form: in "high-tech manufacturing | accounting for ..."
        # the "-ing" word is the subject's head and the next word the verb. Not after
        # an adjective, "integrated computing power", or a verb, "support leading tech
        # enterprises".)
        return True
    if (
        k > 0 and _participle(low) and side.tokens[k - 1].low.endswith("ing")
        and side.content[k - 1] and not side.breaks[k - 1] and not side.title[k]
        and k + 1 < len(side.tokens) and side.tokens[k + 1].low in _PREPOSITIONS
    ):  # fmt: skip
        return True  # ... and that verb: "manufacturing | accounting for 16 percent"
    if not low.endswith(("ed", "ing")) or k + 1 >= len(side.tokens) or side.breaks[k]:
        return False
    if low.endswith("ing") and (side.title[k] or _document_gerund(side, k)):
        # "Serving the Overall Development": a heading; "a guideline on strengthening
        # the ...": a document's title.
        return False
    nxt = side.tokens[k + 1]
    toks = side.tokens
    if (
        k > 0 and low.endswith("ed") and side.title[k] and side.title[k - 1]
        and not side.breaks[k - 1]
        and (_title(nxt) or k + 2 < len(toks) and nxt.low in _PREPOSITIONS and side.title[k + 2])
    ):  # fmt: skip
        # A word of a title-case name: "Central Conference on Work Related to
        # Neighboring Countries".
        return False
    if low.endswith("ed") and nxt.low in ("out", "up", "off", "down") and not _out_of(side, k + 1):
        # "the meeting pointed out": a phrasal verb (but "counties lifted out of
        # poverty", 脱贫县: a participle after its noun, no object between).
        return True
    if k > 0 and toks[k - 1].low in ("in", "by") and side.content[k + 1] and _participle(low):
        return True  # "(support enterprises) in forming consortia": what they do
    if (
        nxt.low == "to" and low.endswith("ing") and k > 0 and side.content[k - 1]
        and not side.breaks[k - 1] and not side.title[k - 1]
        and not toks[k - 1].low.endswith("s") and not _verb_word(toks[k - 1].low)
    ):  # fmt: skip
        # A noun in -ing after the noun it is made of, then its purpose: "local currency
        # financing | to support trade" (not "countries working | to build").
        return False
    return nxt.low in ("the", "a", "an", "its", "their", "our", "his", "her", "to") or (
        _title(nxt) and not side.title[k]
    )


def _out_of(side: EnSide, k: int) -> bool:
    """Tokens k and k + 1 are "out of" (a preposition of two words)."""
    return (
        k + 1 < len(side.tokens) and side.tokens[k].low == "out"
        and side.tokens[k + 1].low == "of" and not side.breaks[k]
    )  # fmt: skip


def _unit_cover(
    u: Unit,
    links: tuple[list[int], list[float]],
    lo: int,
    hi: int,
    gloss_at: _GlossAt,
    by_gloss: bool = True,
) -> float:
    """How well a unit is rendered inside [lo, hi], 0.0 if it links nothing there
    (``links``: the tokens it links, in order, and the strengths). ``by_gloss``: the
    links there come from glosses, so the share of a gloss held caps them."""
    ks, vs = links
    x, y = bisect_left(ks, lo), bisect_right(ks, hi)
    if x == y:
        return 0.0
    s = max(vs[x:y])
    if s > 0 and u.glosses and by_gloss:
        # How much of the best gloss the span holds: "trade" alone covers half of
        # 工会 "trade union"; "Beijing" a third of 北京大兴国际机场. (Glosses with no
        # word in the sentence hold nothing: gloss_at leaves them out.)
        # (Written out rather than with min/max: this runs for every unit and span.)
        best_g = 0.0
        for size, words in gloss_at:
            n = 0
            for at in words:
                for k in at:
                    if lo <= k <= hi:
                        n += 1
                        break
            g = n / size if n < size else 1.0
            if g > best_g:
                best_g = g
                if best_g >= s:
                    break  # s caps the result: no later gloss can change it
        cap = best_g if best_g > 0.2 else 0.2
        if cap < s:
            s = cap
    return s


def _boundary_penalty(side: EnSide, lo: int, hi: int) -> float:
    """Quotes inside, and a boundary that cuts a name or a noun phrase short."""
    toks = side.tokens
    title = side.title
    pen = 0.05 * side.quote_after[lo:hi].count(True)
    # A boundary inside a title-case name ("Communist Party" | "of China") is not clean.
    # (After an acronym it may be: "APEC" | "Economic Leaders' Meeting", a name of
    # its own inside a longer one.)
    acronym = hi == lo and is_acronym(toks[hi].text)
    if hi + 1 < len(toks) and not side.breaks[hi] and title[hi] and not acronym:
        nxt = toks[hi + 1]
        # (Also across an article: "Congress" | "of the Communist Party of China".)
        far = hi + 3 if hi + 3 < len(toks) and toks[hi + 2].low in ARTICLES else hi + 2
        if far + 1 < len(toks) and _ORDINAL_NUMBER.match(toks[far].low):
            far += 1  # (and a number: "Context" | "of the 75th Anniversary of ...")
        if (title[hi + 1] and hi + 1 not in side.person_sounds) or (
            nxt.low in _CHAIN and far < len(toks) and title[far]
            and not side.breaks[hi + 1] and not side.breaks[far - 1]
        ) or (
            # (and a year inside the name: "Beijing" | "2022 Paralympic Winter Games")
            nxt.low.isdigit() and hi + 2 < len(toks) and title[hi + 2]
            and not side.breaks[hi + 1]
        ):  # fmt: skip
            # (A person's name after a post is no part of it: "Foreign Ministry
            # Spokesperson" | "Wang Wenbin".)
            pen += 0.12
    if (
        lo > 0 and not side.breaks[lo - 1] and title[lo] and title[lo - 1]
        and toks[lo - 1].low not in ARTICLES
    ):  # fmt: skip
        pen += 0.12  # (a capitalised "The" opening the sentence is no part of the name)
    elif (
        # "Ministry of" | "Commerce": the name goes on to the left.
        lo > 1 and title[lo] and toks[lo - 1].low in ("of", "for")
        and title[lo - 2] and toks[lo - 2].low not in ARTICLES
        and not side.breaks[lo - 1] and not side.breaks[lo - 2]
    ):  # fmt: skip
        pen += 0.12
    # A first word that is the head of the list's item before, cut from the rest by
    # the list's comma, opens no phrase ("meteorological" | "disasters, flood and
    # drought disasters"; not "micro, small and medium-sized enterprises"). (A list's
    # comma is no hard break: the text between the tokens tells.)
    if (
        lo < hi and lo > 0 and not side.breaks[lo - 1] and side.content[lo - 1]
        and _singular(side.lows[lo]) == _singular(side.lows[hi])
        and "," in side.text[toks[lo].end : toks[lo + 1].start]
    ):  # fmt: skip
        pen += 0.15
    # A common noun right after the span continues the noun phrase ("global business"
    # | "community"): the span stops short.
    if hi + 1 < len(toks) and not side.breaks[hi] and not title[hi]:
        after = toks[hi + 1].low
        if (
            side.content[hi + 1]
            and after not in english_verbs()
            and not after.endswith(("ed", "ing", "ly"))
            and not verb_after_noun(after)
            and after not in _IRREGULAR_PAST  # "... consumer goods | rose 4.7 percent"
            and after.isalpha()
        ):
            pen += 0.08
    return pen


def _word_credit(
    c: _Cand, side: EnSide, lo: int, hi: int, k: int, whole: bool, name: bool
) -> float:
    """Credit of content word ``k`` of the span [lo, hi] that the candidate does not
    link and no other Chinese of the sentence claims: unknown to the dictionary, it is
    neutral-ish, more so inside a complete name ("China-Europe Railway Express": the
    name is one unit), unless a silent Chinese word next to the candidate may own it."""
    own = not (k == hi and c.silent_after or k == lo and c.silent_before)
    if whole or (name and side.title[k] and own):
        return 0.7
    # (A common noun at the span's edge beside a silent Chinese word is more likely
    # that word's: "deep-sea | aquaculture" is 深远海|养殖's, not 深远海's.)
    return 0.35 if own else 0.1


def _said_by_first_pair(c: _Cand, side: EnSide, k: int, hi: int) -> bool:
    """English token ``k`` is the one word of [k, hi] linked by the candidate's first
    word, of two characters, whose gloss has more words: a pair of modifiers in one
    word, of which the English before "and" says the other (妇幼 "women and children"
    = "maternal and | child"). (Not "academic degree" for 学位, both said after the
    "and"; nor the word negated, "manned and | unmanned".)"""
    for _first, _last, i, a, b, *_rest in c.parts:
        links = side.links[i]
        if a == 0 and b == 2 and links.get(k, 0.0) >= _WEAK:
            return (
                sum(1 for t in links if k <= t <= hi) == 1
                and any(len(g) >= 2 for g in side.units[i].glosses)
                and side.lows[k - 2] not in side.lows[k]
            )
    return False


def _explained(
    c: _Cand,
    side: EnSide,
    lo: int,
    hi: int,
    content: tuple[int, ...],
    en_best: dict[int, float],
    whole: bool,
    name: bool,
) -> float:
    """How much of the span's content words the candidate explains, summed: a word's
    link (or structural credit; half of it for a word of c.halved), -0.3 for a word
    other Chinese of the sentence claims, and for a word unknown to the dictionary
    see :func:`_word_credit`."""
    claimed, halved = c.claimed, c.halved
    good = 0.0
    for k in content:
        v = en_best.get(k)
        if v is not None:
            good += v * 0.5 if k in halved else v
        elif k in claimed:
            good -= 0.3
        else:
            good += _word_credit(c, side, lo, hi, k, whole, name)
    return good


def _span_score(c: _Cand, side: EnSide, lo: int, hi: int, whole: bool) -> _Score | None:
    """Fit of the English span [lo, hi] to the candidate, cached in ``c.scores``: see
    :func:`_score_span` (this is its entry point; it drops the leading article)."""
    # (An int key rather than the pair: this runs for every span of every candidate.)
    got = side.resolved.get(lo * len(side.lows) + hi, _UNKNOWN)
    if got is _UNKNOWN:
        got = side.resolve(lo, hi)
    if got is None:
        if not side.soft_first[lo] or not _says_evaluative(c, side, lo):
            return None  # no clean phrase, or nothing in it to explain: no rendering
        got = side.resolve_evaluative(lo, hi)
        if got is None:
            return None
    key, lo, info = got
    memo = c.scores
    sc = memo.get(key, _UNKNOWN)
    if sc is _UNKNOWN:
        sc = memo[key] = _score_span(c, side, lo, hi, info, whole)
    return sc


def _says_evaluative(c: _Cand, side: EnSide, lo: int) -> bool:
    """The evaluative word at ``lo`` ("great", "strong") is said by a word of the
    candidate's that is part of its meaning: 大国工匠 = "great craftsmen", 海洋强国 =
    "strong maritime country" -- not by an evaluative word of the Chinese (巨大 "huge"
    in 巨大原子气体系统, a description of the "atomic gas structure")."""
    owners = [side.units[i].text for i in c.inside if side.links[i].get(lo, 0.0) >= 0.7]
    return bool(owners) and not all(text in EVALUATIVE for text in owners)


def _score_span(
    c: _Cand, side: EnSide, lo: int, hi: int, info: _SpanInfo, whole: bool
) -> _Score | None:
    """Fit of the English span [lo, hi] (its leading article dropped) to the candidate:
    (lo, hi, fit, zh_cover, en_cover), or None if the span cannot render it. ``info``:
    the span's facts (see EnSide.span_info), with content words."""
    toks = side.tokens
    content, penalty, name, pp_inside = info
    mass = c.mass
    size = len(mass)
    claimed = c.claimed
    if lo in claimed and lo < hi and lo not in c.linked and toks[lo].text.isupper():
        # Its first word is other Chinese's acronym ("UN" of 联合国 before "2030
        # Agenda ..." for 2030年可持续发展议程): the span starts a word too early.
        penalty += 0.1
    # Chinese coverage: characters of units linked into the span. Only units with a
    # link inside the span can cover anything (the others score 0); the result is a
    # maximum per character and per English token, so their order does not matter.
    covered = [0.0] * size
    for first, last, i, a, b, before, upto, covers in c.parts:
        # All its points on one side of the span: it covers nothing. (The parts are
        # sorted by their first point: none after this one has a point in the span.)
        if first > hi:
            break
        if last < lo:
            continue
        key = before[lo] + upto[hi]
        s = covers.get(key)
        if s is None:
            # (With no point in the span, no link either: 0.0.)
            s = covers[key] = side.cover(i, lo, hi)
        if s <= 0:
            continue
        if b - a == 1:
            # (A single character, the most common unit: no loop.)
            if s > covered[a]:
                covered[a] = s
            continue
        for pos in range(a, b):
            if s > covered[pos]:
                covered[pos] = s
    # English coverage: content words explained by the candidate; words explained
    # only by other Chinese of the sentence weigh against the span. Every unit with a
    # link in the span covers something (links and the gloss cap are positive), so
    # the English explained is the candidate's links there (c.linked).
    # In the same pass, the words open to structural credit (below): neither linked
    # strongly nor claimed. Where there are some, the sum is taken again after it.
    # (An unlinked word leaves ``good`` unfinished: it is summed again below.)
    linked, halved = c.linked, c.halved
    good = 0.0
    unlinked = []
    for k in content:
        v = linked.get(k)
        if v is not None:
            good += v * 0.5 if k in halved else v
            if v < _WEAK and k not in claimed:
                unlinked.append(k)
        elif k in claimed:
            good -= 0.3
        else:
            unlinked.append(k)
    if unlinked:
        ks = c.ks
        # Structural credit: Chinese is head-final, English head-first. An uncovered
        # last word of the Chinese may be the unlinked head before "of" (精神 =
        # "guidelines of ..."); uncovered first words may be an "of ..." phrase after
        # the head (国内国际 = "of home and abroad").
        # Weak links (a character's synonym) count as unlinked here: the structure is
        # the better evidence for them.
        # (The span's links and its strong ones in one loop, no comprehensions: this
        # runs for a fifth of all spans scored.)
        en_best: dict[int, float] = {}
        strong_en: set[int] = set()
        for k in ks[bisect_left(ks, lo) : bisect_right(ks, hi)]:
            v = en_best[k] = linked[k]
            if v >= _WEAK:
                strong_en.add(k)
        # (Not a word another Chinese word renders: "progress of the ... partnership"
        # is 发展's "progress", not the unlinked 关系.)
        # (Nor a head whose own modifier other Chinese renders: "greater progress of
        # the ... partnership" is 更大发展, not 关系.)
        # (Nor the second of two joined nouns the first of which another Chinese word
        # renders: "the occupation and obstruction | of fire truck access lanes", both
        # things done to the term, 占用、堵塞|消防车通道.)
        head_before_of = (
            lo + 1 <= hi and toks[lo + 1].low in ("of", "on", "for")
            and lo in unlinked and lo not in claimed and lo - 1 not in claimed
            and not (lo >= 2 and toks[lo - 1].low in _AND_OR and lo - 2 in claimed)
        )  # fmt: skip
        pp_after = pp_inside and unlinked[-1] > lo
        tail = size - 1
        while tail > 0 and covered[tail] < _WEAK and mass[tail]:
            tail -= 1
        head = 0
        while head < size - 1 and covered[head] < _WEAK and mass[head]:
            head += 1
        if head_before_of and tail < size - 1:
            for pos in range(tail + 1, size):
                covered[pos] = max(covered[pos], 0.6)
            en_best[lo] = max(en_best.get(lo, 0.0), 0.6)
        # Head-final Chinese, head-final English compound: an uncovered last word and
        # an unlinked last English noun are each other's ("需求" = "needs").
        # ("班列" = "Railway Express": up to three unlinked words after the last link).
        last = max(strong_en) if strong_en else lo - 1
        tail_words = range(last + 1, hi + 1)
        if (
            hi in unlinked
            and 0 < len(tail_words) <= 3
            and all(k in unlinked for k in tail_words)
            and tail < size - 1
            and not head_before_of
        ):
            for pos in range(tail + 1, size):
                covered[pos] = max(covered[pos], 0.6)
            for k in tail_words:
                en_best[k] = max(en_best.get(k, 0.0), 0.6)
        # An unlinked first English word right before linked ones and uncovered first
        # Chinese characters: a modifier the dictionary does not know ("双" = "dual").
        # (... also the first of two joined by "and": "adaptive and | equilibrium level"
        # for 合理|均衡水平; and where the first word of the Chinese, two characters,
        # says both: "maternal and | child health care" for 妇幼|保健, "ice and | snow
        # tourism" for 冰雪|旅游.)
        joined = lo + 2 <= hi and toks[lo + 1].low in _AND_OR and lo + 2 in strong_en
        if (
            lo in unlinked and not head_before_of
            and not toks[lo].low.endswith(("'s", "’s"))  # "China's ...": no modifier
            and toks[lo].low not in _PARTICLES_AND_ARTICLES  # "bring down | ...": a verb's
        ):  # fmt: skip
            # (Not a plural before the "and", a noun phrase's head of its own: "large
            # commercial complexes and | crowded places" for 人员|密集|场所.)
            if head > 0 and (
                lo + 1 in strong_en or joined and _singular(toks[lo].low) == toks[lo].low
            ):
                for pos in range(head):
                    covered[pos] = max(covered[pos], 0.5)
                en_best[lo] = max(en_best.get(lo, 0.0), 0.5)
            elif head == 0 and joined and _said_by_first_pair(c, side, lo + 2, hi):
                # (The pair's word says both conjuncts: the first as well as the second.)
                en_best[lo] = max(en_best.get(lo, 0.0), en_best[lo + 2])
        if pp_after and head > 0:
            for pos in range(head):
                covered[pos] = max(covered[pos], 0.5)
            for k in unlinked:
                if k > lo + 1:
                    en_best[k] = max(en_best.get(k, 0.0), 0.5)
        # Gaps in the middle of both sides: an unknown word between linked ones in the
        # Chinese and one between linked ones in the English (保障 = "Protection").
        # (The English gap first: the Chinese one is only looked for when there is one.)
        first_en, last_en = (min(strong_en), max(strong_en)) if strong_en else (hi, lo)
        gap_en: list[int] = []  # (a loop, not a comprehension: no frame of its own)
        for k in unlinked:
            if first_en < k < last_en:
                gap_en.append(k)
        if gap_en and len(gap_en) <= 2:
            # (Positions strictly between the first and the last well-covered
            # character.)
            first_zh = last_zh = -1
            for pos in range(size):
                if covered[pos] >= _WEAK:
                    if first_zh < 0:
                        first_zh = pos
                    last_zh = pos
            gap_zh = [
                pos for pos in range(first_zh + 1, last_zh) if mass[pos] and covered[pos] < _WEAK
            ]
            if gap_zh and len(gap_zh) <= 4:
                for pos in gap_zh:
                    covered[pos] = max(covered[pos], 0.5)
                for k in gap_en:
                    en_best[k] = max(en_best.get(k, 0.0), 0.5)
        elif (
            head == 0 and lo in unlinked and lo + 1 in strong_en and not head_before_of
            and en_best.get(lo, 0.0) < _WEAK
        ):  # fmt: skip
            # An unknown word inside the Chinese and an unknown first English word:
            # English puts the modifier first ("fine | traditional Chinese culture"
            # for 中华|优秀|传统|文化).
            gap_zh = [pos for pos in range(1, tail) if mass[pos] and covered[pos] < _WEAK]
            if gap_zh and gap_zh[-1] - gap_zh[0] == len(gap_zh) - 1 and len(gap_zh) <= 3:
                for pos in gap_zh:
                    covered[pos] = max(covered[pos], 0.4)
                en_best[lo] = 0.4
        good = _explained(c, side, lo, hi, content, en_best, whole, name)
    if whole:
        covered = [max(x, 0.7) for x in covered]
    # Mass is 0 or 1: summing the covered characters with mass is the weighted sum
    # (each times its mass where some have none: adding 0.0 changes no sum, so those
    # are left out; typed float: native arithmetic below).
    covered_sum: float = (
        sum(covered, 0.0)
        if c.all_mass
        else sum([covered[pos] for pos in range(size) if mass[pos]], 0.0)
    )
    zh_cover = covered_sum / c.total
    if zh_cover <= 0:
        return None
    en_cover = good / len(content) if good > 0.0 else 0.0
    fit = 2 * zh_cover * en_cover / (zh_cover + en_cover + 1e-9) - penalty
    if name:
        fit += 0.001  # a complete title-case name beats the name plus a common noun
    return lo, hi, fit, zh_cover, en_cover
