"""Sentence alignment of a Chinese and an English sentence list.

Dynamic programming over 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 beads, in a band
around the diagonal. A bead's cost combines

- a length term: English characters against Chinese characters times the ratio
  estimated from the document itself (Gale & Church in spirit);
- lexical anchors: the share of Chinese words whose CC-CEDICT (or glossary) glosses
  meet a word of the English, and of English content words met by a gloss; numbers
  ("二十" / "20th") and Latin tokens ("FAST", "ASEAN") count as anchors too.

A Chinese sentence with no English (photo captions, untranslated passages) costs a
fixed penalty, so the alignment skips it rather than force a bad pair.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from glossary.mining.lexicon import (
    STOPWORDS,
    Lexicon,
    compound_senses,
    root,
    synonyms,
    word_keys,
)
from glossary.mining.tokens import en_number, en_tokens, has_cjk, zh_numbers, zh_tokens

_BEADS = ((1, 1, 0.0), (1, 0, 0.0), (0, 1, 0.0), (2, 1, 0.6), (1, 2, 0.6), (2, 2, 1.2),
          (3, 1, 1.2), (1, 3, 1.2))  # fmt: skip
SKIP_COST = 0.6
_LEX_WEIGHT = 4.0
_LEX_BASE = 0.15
_LEAST_LEX = _LEX_WEIGHT * (_LEX_BASE - 1.0)  # the anchor cost with every anchor met
_LEN_SCALE = 2 * 0.3 * 0.3  # twice the variance of the log length ratio


@dataclass
class _ZhSent:
    length: int
    keys: list[frozenset[str]]  # one key set per anchorable token
    union: frozenset[str]


@dataclass
class _EnSent:
    length: int
    keys: list[frozenset[str]]  # one key set per content word
    union: frozenset[str]


_ONES = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}


def number_words(low: str) -> str | None:
    """Value of a hyphenated English number ("five-hundred-meter" -> "500"), else None."""
    total = current = 0
    seen = False
    for part in low.split("-"):
        if part in _ONES:
            current += _ONES[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part in _SCALES and seen:
            current = max(1, current) * _SCALES[part]
            if _SCALES[part] > 100:
                total += current
                current = 0
        elif seen:
            break
        else:
            return None
        seen = True
    return str(total + current) if seen else None


# Roman numerals of names and phases ("Phase II"); not "i", "v" or "x", which are words.
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}


@lru_cache(maxsize=65_536)
def en_word_keys(low: str) -> frozenset[str]:
    """Match keys of one lower-case English token (stem, ~prefix, #number); cached,
    as words recur (function words, a document's own terms) and stemming is slow."""
    num = en_number(low)
    if num is not None:
        return frozenset({"#" + num})
    keys = set()
    if low in _ROMAN:
        keys.add("#" + _ROMAN[low])  # "Genale Dawa III" = 吉纳勒·达瓦三级
    spelled = number_words(low)
    if spelled is not None and spelled != "1":
        keys.add("#" + spelled)
    for word in _AMPERSAND_WORDS.get(low, ()):
        keys.update(en_word_keys(word))
    parts = low.replace("’", "'").split("-")
    if len(parts) > 1 and parts[0] == "no" and parts[1]:
        # "no-reason returns", "no-fly zone": the prefix negates as "un-" does (无 has
        # "un-" among its glosses; "no" alone is a stop word).
        keys.add("un")
    if _negated(low):
        # "unfair", "unreliable": 不 says the "un-" (it has "un-" among its glosses) and
        # the word after it the rest, 不|公平 = "unfair" (loosely, as a prefix: 公平
        # alone is "fair", not "unfair").
        keys.add("un")
        keys.add("~" + word_keys(low[2:])[1])
    for part in parts:
        part = part.removesuffix("'s").strip("'")
        if part.endswith(".") and "." in part[:-1]:
            keys.add("^" + part.replace(".", ""))  # "U.S.": see acronym_keys
            continue
        if not part or part in STOPWORDS:
            continue
        for form in (part, _IRREGULAR.get(part), *_ADJECTIVE_NOUNS.get(part, ())):
            if form:
                s, p = word_keys(form)
                keys.add(s)
                keys.add("~" + p)
                keys.add("=" + s)
                keys.update(_root_key(s))
        # (As loosely as a prefix: "Chinese economy" is no name of 中国经济.)
        keys.update("~" + word_keys(place)[1] for place in _countries_of(part))
        keys.update(compound_keys(part))
    return frozenset(keys)


def _negated(low: str) -> bool:
    """ "un-" + an English word of four letters or more ("unfair", "unreliable"; not
    "union", "under", "unique", nor the conjunction "unless")."""
    from glossary.mining.lexicon import english_vocabulary

    return (
        low.startswith("un") and len(low) >= 6 and low != "unless"
        and low[2:] in english_vocabulary()
    )  # fmt: skip


def _countries_of(word: str) -> tuple[str, ...]:
    """The place a word of nationality may be formed from: "chinese" -> china, japan's
    "japanese" -> japan, "african" -> africa, "egyptian" -> egypt (the dictionary
    glosses 中华 "China", not "Chinese")."""
    if len(word) < 5:
        return ()
    if word.endswith("ese"):
        return (word[:-3], word[:-3] + "a")
    if word.endswith("ian") and len(word) > 6:
        return (word[:-1], word[:-3])  # "indian" -> india, "egyptian" -> egypt
    if word.endswith("an"):
        return (word[:-1],)
    return ()


# English abbreviations joined by "&", linked by the words they stand for ("R&D" is
# 研发 "research and development").
_AMPERSAND_WORDS = {
    "r&d": ("research", "development"),
    "s&t": ("science", "technology"),
    "m&a": ("mergers", "acquisitions"),
}


# Irregular forms -> the base form the dictionary glosses with ("held" a meeting is
# 举行 "to hold"; a spokesperson "said", 表示 "to say"; "consortia", 联合体 "consortium").
_IRREGULAR = {
    form: base
    for base, forms in (
        ("say", "said"), ("hold", "held"), ("make", "made"), ("take", "took taken"),
        ("give", "gave given"), ("go", "went gone"), ("come", "came"), ("see", "saw seen"),
        ("tell", "told"), ("become", "became"), ("begin", "began begun"),
        ("bring", "brought"), ("buy", "bought"), ("build", "built"),
        ("choose", "chose chosen"), ("draw", "drew drawn"), ("drive", "drove driven"),
        ("fight", "fought"), ("fly", "flew flown"), ("get", "got gotten"), ("keep", "kept"),
        ("know", "knew known"), ("lead", "led"), ("lose", "lost"), ("meet", "met"),
        ("pay", "paid"), ("run", "ran"), ("send", "sent"), ("sell", "sold"),
        ("spend", "spent"), ("speak", "spoke spoken"), ("stand", "stood"),
        ("strike", "struck"), ("teach", "taught"), ("think", "thought"),
        ("throw", "threw thrown"), ("win", "won"), ("write", "wrote written"),
        ("seek", "sought"), ("deal", "dealt"), ("grow", "grew grown"),
        ("rise", "rose risen"), ("fall", "fell fallen"), ("find", "found"),
        ("forget", "forgot forgotten"), ("speed", "sped"), ("lay", "laid"),
        # Irregular plurals: the dictionary glosses 联合体 "consortium", 危机 "crisis".
        ("consortium", "consortia"), ("criterion", "criteria"), ("phenomenon", "phenomena"),
        ("curriculum", "curricula"), ("memorandum", "memoranda"), ("forum", "fora"),
        ("stratum", "strata"), ("crisis", "crises"), ("analysis", "analyses"),
        ("basis", "bases"), ("thesis", "theses"), ("hypothesis", "hypotheses"),
        ("index", "indices"), ("child", "children"), ("woman", "women"), ("man", "men"),
        # Clipped words: 科技领军企业 = "leading tech enterprises", 汽车以旧换新 = "auto
        # trade-ins".
        ("technology", "tech"), ("automobile", "auto"), ("information", "info"),
        ("laboratory", "lab labs"), ("telecommunications", "telecom telecoms"),
        ("examination", "exam exams"),
    )
    for form in forms.split()
}  # fmt: skip


# Adjectives whose noun is another word (Latin adjective, English noun): the
# dictionary glosses 月球 "moon" and 城镇 "town", the translation says "lunar probe"
# and "urban unemployment".
_ADJECTIVE_NOUNS = {
    adjective: tuple(nouns.split())
    for adjective, nouns in (
        ("lunar", "moon"), ("solar", "sun"), ("stellar", "star"), ("terrestrial", "earth land"),
        ("marine", "sea ocean"), ("maritime", "sea ocean"), ("naval", "navy"),
        ("aquatic", "water"), ("urban", "city town"), ("municipal", "city"),
        ("rural", "countryside village"), ("agrarian", "land farming"),
        ("monetary", "money currency"), ("fiscal", "finance treasury"),
        ("judicial", "court justice"), ("juridical", "law"), ("legal", "law"),
        ("legislative", "law legislation"), ("mental", "mind"), ("medical", "medicine"),
        ("dental", "tooth"), ("cardiac", "heart"), ("nuclear", "nucleus atom"),
        ("maternal", "mother"), ("paternal", "father"), ("fraternal", "brother"),
        ("marital", "marriage"), ("juvenile", "youth"), ("senile", "old"),
        ("royal", "king"), ("regal", "king"), ("spiritual", "spirit"),
        ("insular", "island"), ("pastoral", "herdsman grazing"), ("arable", "farming cultivation"),
        ("hydraulic", "water"), ("thermal", "heat"), ("nautical", "sea navigation"),
        ("aerial", "air"), ("civic", "citizen city"), ("civil", "citizen"),
        ("vernal", "spring"), ("autumnal", "autumn"), ("hibernal", "winter"),
        ("diurnal", "day"), ("nocturnal", "night"), ("annual", "year"),
        ("oral", "mouth"), ("visual", "sight vision"), ("verbal", "word speech"),
    )
}  # fmt: skip


# Second elements of English closed compounds ("rail|way", "under|sea", "sea|bed",
# "air|port"): splitting at any dictionary word would find "commiss|ion" and
# "guid|ance".
_HEADS_TEXT = (
    "way ways sea seas bed beds floor floors port ports craft land lands line lines side "
    "road roads house houses water waters work works field fields power powers ware "
    "wide front board room rooms yard town towns shore light book books map maps west "
    "east north south force forces mark marks stream place market markets"
)
_COMPOUND_HEADS = frozenset(_HEADS_TEXT.split())
_LATIN_PREFIXES = ("macro", "micro", "counter", "anti")
# Combining forms and the word whose keys they stand for.
_COMBINING_FORMS = {"geo": "geographic", "eco": "ecological", "bio": "biological", "cyber": "cyber"}


@lru_cache(maxsize=65_536)
def compound_keys(word: str) -> tuple[str, ...]:
    """Loose keys of the two halves of a closed compound ("railway" = rail + way,
    "undersea" = under + sea), so that 高铁 "high speed rail" reaches "railway"."""
    if len(word) < 7 or not word.isalpha():
        return ()
    from glossary.mining.lexicon import english_headwords

    vocab = english_headwords()
    # A Latin prefix on a word: "macroprudential" = macro + prudential, "countercyclical"
    # = counter + cyclical, as 宏观|审慎 and 逆|周期 say them.
    for prefix in _LATIN_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            rest = word[len(prefix) :]
            return ("~" + word_keys(prefix)[1], "~" + word_keys(rest)[1])
    for form, full in _COMBINING_FORMS.items():
        # A Greek combining form on a word: "geoinformation" = geographic information,
        # "cybersecurity" = cyber security (地理|信息, 网络|安全).
        rest = word[len(form) :]
        if word.startswith(form) and len(rest) >= 5 and rest in vocab:
            return ("~" + word_keys(full)[1], "~" + word_keys(rest)[1])
    for i in range(3, len(word) - 2):
        a, b = word[:i], word[i:]
        if b in _COMPOUND_HEADS and a in vocab:
            return ("~" + word_keys(a)[1], "~" + word_keys(b)[1])
    return ()


def zh_token_keys(token: str, lex: Lexicon) -> frozenset[str]:
    """Match keys of one Chinese token: its glosses' stems and ~prefixes (cached in
    the lexicon: alignment and rendering ask for every token)."""
    cache = lex.token_keys
    hit = cache.get(token)
    if hit is None:
        if len(cache) > 200_000:
            cache.clear()
        hit = cache[token] = _token_keys(token, lex)
    return hit


def _token_keys(token: str, lex: Lexicon) -> frozenset[str]:
    if not has_cjk(token):
        low = token.lower()
        if low.isascii() and low.isalpha():
            return frozenset({low, "~" + low[:5]})
        return frozenset()
    stems = lex.stems(token)
    syn = synonyms()
    # Synonyms by dictionary pivot ("=commerce" meets "business"), a weaker link.
    extra = {"=" + x for st in stems for x in syn.get(st, "").split()}
    # Halves of closed compounds on the Chinese side too: 海底 "seabed" meets
    # "undersea" through "sea".
    extra.update(k for st in stems for k in compound_keys(st))
    if len(token) >= 2:
        extra.update(acronym_keys(lex.glosses(token)))
    else:
        # A character's senses in its words, as loosely as a synonym: 铁 "iron" of
        # 海铁联运 = "rail-sea".
        extra.update("=" + s for s in compound_senses().get(token, "").split())
    for st in stems:
        extra.update(_root_key(st))
    return frozenset(stems) | frozenset("~" + p for p in lex.prefixes(token)) | extra


def _root_key(stem_: str) -> tuple[str, ...]:
    """The "%root" key of a stem whose derivational root is long enough to be sure
    of: "ecology" and "ecological" share "ecolog", "compensate" and "compensation"
    "compensat". A surer match than the five-letter prefix, which "compete" shares
    with "compensate" (see render.link for the strengths)."""
    r = root(stem_)
    return ("%" + r,) if len(r) >= 6 else ()


_GLOSS_WORD = re.compile(r"[a-z]+")


def acronym_keys(glosses: list[str]) -> set[str]:
    """ "^" and the initials of each gloss of two to six content words: 人工智能
    "artificial intelligence" meets "AI", 国内生产总值 "gross domestic product" meets
    "GDP" (en_side gives an upper-case English word the same key)."""
    out = set()
    for gloss in glosses[:12]:
        plain = re.sub(r"\(.*?\)", " ", gloss.lower())
        # (A possessive is no word of its own: "Supreme People's Court" is "SPC".)
        plain = re.sub(r"['’]s\b", "", plain)
        # (A gloss may run on after the name: "Belt and Road Initiative, Chinese
        # government plan to ..." is "BRI".)
        # (Nor does a name's "of the ..." tail make its acronym: "Food and Agriculture
        # Organization of the United Nations" is "FAO".)
        for part in {plain, plain.split(",")[0], plain.split(" of the ")[0]}:
            found = _GLOSS_WORD.findall(part)
            if found[:1] == ["prc"] and len(found) > 1:
                # (CC-CEDICT names many state bodies "PRC ...", which their acronyms
                # leave out: "PRC National Development and Reform Commission" is "NDRC".)
                found = found[1:]
            words = [w for w in found if w not in STOPWORDS]
            if 2 <= len(words) <= 6:
                out.add("^" + "".join(w[0] for w in words))
                # (Ministries' acronyms keep the "of": "Ministry of Human Resources and
                # Social Security" is "MOHRSS", "Ministry of Foreign Affairs" "MOFA".)
                if found[0] == "ministry" and len(found) > 1 and found[1] == "of":
                    out.add("^mo" + "".join(w[0] for w in words[1:]))
    return out


def _key_bits(keys: list[frozenset[str]], wanted: frozenset[str]) -> dict[str, int]:
    """For each key of ``wanted``, the bit mask of the key sets (bit b: ``keys[b]``)
    that hold it: the sets a pair of sentences meet on are then found from the few
    keys the two sentences share, not by testing every set."""
    bits: dict[str, int] = {}
    for b, ks in enumerate(keys):
        for k in ks & wanted:
            bits[k] = bits.get(k, 0) | 1 << b
    return bits


def _zh_sent(text: str, lex: Lexicon) -> _ZhSent:
    keys = [k for k in (zh_token_keys(t, lex) for t in zh_tokens(text)) if k]
    keys.extend(frozenset({"#" + n}) for n in zh_numbers(text))
    union = frozenset().union(*keys) if keys else frozenset()
    length = sum(1 for c in text if not c.isspace())
    return _ZhSent(length, keys, union)


def _en_sent(text: str) -> _EnSent:
    keys = [k for k in (en_word_keys(t.low) for t in en_tokens(text)) if k]
    union = frozenset().union(*keys) if keys else frozenset()
    return _EnSent(sum(1 for c in text if not c.isspace()), keys, union)


def align_sentences(
    zh: list[str], en: list[str], lex: Lexicon | None = None
) -> list[tuple[str, str]]:
    """Align two sentence lists; returns (zh, en) pairs in order, one side may be ""."""
    if not zh or not en:
        return [(z, "") for z in zh] + [("", e) for e in en]
    if lex is None:
        from glossary.mining.pipeline import base_lexicon

        lex = base_lexicon()
    zs = [_zh_sent(s, lex) for s in zh]
    es = [_en_sent(s) for s in en]
    ratio = sum(e.length for e in es) / max(1, sum(z.length for z in zs))
    ratio = min(5.0, max(1.2, ratio))
    m, n = len(zs), len(es)
    inf = math.inf
    # Caches below are keyed by ints (cheaper to hash than tuples): a pair (i, j) by
    # i * width + j, a run by its first sentence, length and side on top of that.
    width = max(m, n) + 1
    pair_cache: dict[int, tuple[int, int]] = {}
    # Only keys that both sides of the document hold can make two sentences meet (the
    # Chinese alone holds about four in five): per sentence those keys, and per key
    # the bit mask of the sentence's key sets that hold it.
    shared = frozenset().union(*(z.union for z in zs)) & frozenset().union(*(e.union for e in es))
    zmeet = [(z.union & shared, _key_bits(z.keys, shared)) for z in zs]
    emeet = [(e.union & shared, _key_bits(e.keys, shared)) for e in es]
    # Prefix sums of lengths and anchor counts: a bead's totals by one subtraction.
    zlen, elen, zkeys, ekeys = [0], [0], [0], [0]
    for z in zs:
        zlen.append(zlen[-1] + z.length)
        zkeys.append(zkeys[-1] + len(z.keys))
    for e in es:
        elen.append(elen[-1] + e.length)
        ekeys.append(ekeys[-1] + len(e.keys))

    def masks(i: int, j: int) -> tuple[int, int]:
        """Bit masks: which anchors of zh sentence i meet sentence j, and which content
        words of en sentence j meet sentence i (ints, so beads OR them cheaply)."""
        key = i * width + j
        hit = pair_cache.get(key)
        if hit is None:
            (zu, zbits), (eu, ebits) = zmeet[i], emeet[j]
            # A key set of one side meets the other sentence exactly when it holds
            # one of the keys the two sentences share.
            mz = me = 0
            for k in zu & eu:
                mz |= zbits[k]
                me |= ebits[k]
            hit = pair_cache[key] = (mz, me)
        return hit

    # Anchors of one sentence met by a run of the other side's sentences (beads that
    # share the sentence and the run share the count): (side, sentence, run) -> count,
    # keyed as ((sentence * width + run start) * 4 + run length) * 2 + side.
    met: dict[int, int] = {}

    def anchors_met(side: int, k: int, lo: int, hi: int) -> int:
        """How many anchors of sentence k of one side (0: zh, 1: en) meet sentences
        lo..hi-1 of the other side."""
        key = ((k * width + lo) * 4 + hi - lo) * 2 + side
        n = met.get(key, -1)
        if n < 0:
            acc = 0
            for m in range(lo, hi):
                acc |= (masks(k, m) if side == 0 else masks(m, k))[side]
            n = met[key] = acc.bit_count()
        return n

    def bead_cost(i0: int, i1: int, j0: int, j1: int, len_cost: float) -> float:
        """Cost of aligning zh[i0:i1] with en[j0:j1]: length ratio and anchors."""
        nz = zkeys[i1] - zkeys[i0]
        ne = ekeys[j1] - ekeys[j0]
        # An anchor met by any sentence of the other side counts once. (Loops rather
        # than sum() over generators: this runs for every bead of every cell.) 1-1
        # beads, the commonest, are costed in the grid loop from the pair's masks.
        mz = me = 0
        for i in range(i0, i1):
            mz += anchors_met(0, i, j0, j1)
        for j in range(j0, j1):
            me += anchors_met(1, j, i0, i1)
        # (``x or 1`` is max(1, x) for the counts, which are never negative.)
        sim = 0.5 * (mz / (nz or 1) + me / (ne or 1))
        return len_cost + _LEX_WEIGHT * (_LEX_BASE - sim)

    # The skip cost of each sentence past SKIP_COST (cheaper for short ones: headings,
    # captions), and per bead width and end column the English length term ``el + 20``
    # of the length cost: the grid loop then only looks them up.
    zskip = [min(1.0, 0.25 * (z.length / 40)) for z in zs]
    eskip = [min(1.0, 0.25 * (e.length / (40 * ratio))) for e in es]
    eterm = [[elen[j] - elen[j - dj] + 20 if j >= dj else 0 for j in range(n + 1)]
             for dj in range(4)]  # fmt: skip
    # Costs of the cells, per row a list over the row's band (from column row_lo[i]);
    # inf marks a cell no bead reaches. Lists indexed by column beat a dict keyed by
    # (row, column) tuples in the hot loop.
    row_lo: list[int] = []
    row_cost: list[list[float]] = []
    # Likewise per row the cell each cell is reached from (None: not reached).
    row_back: list[list[tuple[int, int] | None]] = []

    def back(i: int, j: int) -> tuple[int, int] | None:
        """The cell the best path to cell (i, j) comes from (None: not reached)."""
        return row_back[i][j - row_lo[i]]

    def fill(band: int) -> None:
        """Dynamic programming over the cells within ``band`` of the diagonal."""
        row_lo.clear()
        row_cost.clear()
        row_back.clear()
        log = math.log
        for i in range(m + 1):
            centre = i * n / m
            lo = max(0, int(centre) - band)
            hi = min(n, int(centre) + band)
            row = [inf] * (hi - lo + 1)
            row_lo.append(lo)
            row_cost.append(row)
            row_arg: list[tuple[int, int] | None] = [None] * len(row)
            row_back.append(row_arg)
            if i == 0 and lo == 0:
                row[0] = 0.0
            # The Chinese length term ``ratio * zl + 20`` of each bead height.
            zterm = [ratio * (zlen[i] - zlen[i - di]) + 20 if i >= di else 0.0
                     for di in range(4)]  # fmt: skip
            # Per bead: the row it starts in, the column offset into that row's list
            # and its length, and the length terms; beads from above row 0 dropped.
            # The inner loop then makes one bound check per bead.
            sources = []
            for di, dj, extra in _BEADS:
                if i >= di:
                    prow = row_cost[i - di]
                    off = row_lo[i - di] + dj
                    sources.append((di, dj, extra, prow, off, len(prow), zterm[di], eterm[dj]))
            for j in range(lo, hi + 1):
                if i == 0 and j == 0:
                    continue
                best = inf
                arg = None
                for di, dj, extra, prow, off, plen, zt, et in sources:
                    k = j - off
                    if k < 0 or k >= plen:
                        continue
                    prev = prow[k]
                    if prev == inf:
                        continue
                    if di == 0:
                        # A skipped sentence: cheaper for short ones (headings, captions).
                        c = prev + SKIP_COST + eskip[j - 1]
                    elif dj == 0:
                        c = prev + SKIP_COST + zskip[i - 1]
                    else:
                        # Length: English length against Chinese length times the
                        # document's ratio (log of the quotient, squared).
                        d = log(et[j] / zt)
                        len_cost = d * d / _LEN_SCALE
                        # Anchors lower a bead's cost by at most _LEX_WEIGHT *
                        # (_LEX_BASE - 1): a bead that cannot beat the best one even
                        # with every anchor met is not counted (the margin is far
                        # above rounding, so the choice is the one a full look makes).
                        if prev + len_cost + _LEAST_LEX + extra > best + 1e-6:
                            continue
                        if di == 1 and dj == 1:
                            # The commonest bead, without bead_cost's calls (same sums
                            # in the same order): the pair's masks give the counts.
                            hit = pair_cache.get((i - 1) * width + j - 1)
                            bz, be = masks(i - 1, j - 1) if hit is None else hit
                            nz = zkeys[i] - zkeys[i - 1]
                            ne = ekeys[j] - ekeys[j - 1]
                            sim = 0.5 * (bz.bit_count() / (nz or 1) + be.bit_count() / (ne or 1))
                            c = prev + (len_cost + _LEX_WEIGHT * (_LEX_BASE - sim)) + extra
                        else:
                            c = prev + bead_cost(i - di, i, j - dj, j, len_cost) + extra
                    if c < best:
                        best, arg = c, (i - di, j - dj)
                if arg is not None:
                    row[j - lo] = best
                    row_arg[j - lo] = arg

    # Start narrow and widen while the best path runs along the edge of the band (or
    # cannot reach the end): cheap for ordinary documents, exact for odd ones.
    band = 30
    while True:
        fill(band)
        edge = back(m, n) is None  # (m, n) is in the last row's band whatever its width
        if not edge:
            node: tuple[int, int] | None = (m, n)
            while node is not None and node != (0, 0):
                if abs(node[1] - node[0] * n / m) > band - 4:
                    edge = True
                    break
                node = back(*node)
        if not edge or band >= max(m, n):
            break
        band *= 2
    # Walk back from the end (reachable thanks to the 1-0 / 0-1 beads).
    pairs: list[tuple[str, str]] = []
    node = (m, n)
    while node != (0, 0):
        prev = back(*node)
        assert prev is not None  # every cell on the path was reached
        # A space keeps the sentences apart for the miner (jieba makes it a token
        # that ends every candidate): a term never spans two sentences.
        zh_part = " ".join(zh[prev[0] : node[0]])
        en_part = " ".join(en[prev[1] : node[1]])
        pairs.append((zh_part, en_part))
        node = prev
    pairs.reverse()
    return pairs
