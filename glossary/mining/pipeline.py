"""The mining pipeline: documents -> sentence pairs -> candidates -> renderings ->
scored, linked, glossary-aware pairs with evidence, best first.

Deterministic: every ordering has a total tie-break, no sets are iterated for output.
"""

from __future__ import annotations

import gc
import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from typing import Any, Final

from glossary.mining.align import number_words
from glossary.mining.candidates import (
    DASHES,
    GENERIC_TAILS,
    HEADS,
    HIGH_POSTS,
    INNER,
    NAME_VERBS,
    NAMED_HEADS,
    ORG_HEADS,
    PERSON_TITLES,
    SURNAMES,
    ZhCandidate,
    boundary_strength,
    is_breaker,
    is_occasion,
    is_stance,
    modifier_before_noun,
    person_after_post,
    sentence_candidates,
    termhood,
    token_offsets,
)
from glossary.mining.lexicon import (
    STOPWORDS,
    Lexicon,
    base_tables,
    common_words,
    english_verb_senses,
    english_verbs,
    load_lexicon,
    rare_gloss_word,
    stands_for,
)
from glossary.mining.model import BilingualDocument, Evidence, MinedPair
from glossary.mining.names import (
    CAPACITY,
    POSTS,
    TITLE_WORDS,
    SentenceView,
    bodies_of_capacities,
    bodies_of_posts,
    bodies_of_sessions,
    book_title,
    dated_titles,
    edition_name,
    joint_bodies,
    named_with_acronyms,
    names_of_drafts,
    paired_quotes,
    plain_editions,
    short_law_names,
    state_bodies,
    titled_names,
    whole_titles,
)
from glossary.mining.ranking import (
    PairEvidence,
    RankingModel,
    document_features,
    shipped_ranker,
)
from glossary.mining.render import (
    ARTICLES,
    AUXILIARIES,
    NOUNS_IN_ING,
    EnSide,
    Rendering,
    en_side,
    link,
    name_pinyin,
    noun_like,
    past_form,
    render,
    span_text,
    verb_after_noun,
    zh_units,
)
from glossary.mining.score import (
    Scored,
    capitalised,
    competitive_link,
    document_logit,
    local_score,
    possessive_description,
    title_name,
)
from glossary.mining.sounds import TRANSLIT_CHARS
from glossary.mining.tokens import (
    EnToken,
    en_number,
    en_tokens,
    glossary_words,
    has_cjk,
    in_order,
    is_acronym,
    join_known,
    spelled_from,
    zh_numbers,
    zh_tokens,
)
from glossary.records import MiningSnapshot
from glossary.text import en_key, stem, zh_key

# (The constants the span search and the rules read most are Final: mypyc compiles
# them to C statics or literals instead of a lookup in the module's dict at each use.)
_MIN_FIT: Final = 0.35
# An English noun made from a verb ("compensation", "revitalization", "settlement").
# (In lower case: in a name, "China-Africa | Cooperation" is the name's, see
# _demote_head_of_name.)
_NOMINAL: Final = re.compile(r"^[a-z][a-z-]*(?:tion|sion|ment|ance|ence)s?$")
_VERB_END: Final = re.compile(r"(?:ize|ise|ify)$")  # "revitalize", "modernise", "diversify"
_CONJUNCTIONS: Final = frozenset({"和", "与", "及", "以及", "、"})
_COORDINATED: Final = re.compile("[与和及、]")  # (two things said, not one term: 人权对话与合作)
_VERB_NAMED: Final = 0.15  # the termhood the verb-last rule took (see candidates.termhood)
_MIN_LOCAL: Final = 0.2
_MIN_TERMHOOD: Final = 0.4
# ... under which a candidate is looked at only if this much of it links, at most
# this many per sentence, and kept only with a first look this good.
_UNLIKE_SHARE: Final = 0.8
_UNLIKE_LOOKS: Final = 3
_UNLIKE_FIT: Final = 0.75
_PREFERRED = ("preferred", "admitted")


@lru_cache(maxsize=1)
def base_lexicon() -> Lexicon:
    """CC-CEDICT alone (alignment inside :func:`read_document` uses it)."""
    return load_lexicon()


def glossary_lexicon(snapshot: MiningSnapshot | None) -> Lexicon:
    """CC-CEDICT plus the glossary's approved terms (their English counts as glosses)."""
    if snapshot is None or not snapshot.approved:
        return base_lexicon()
    entries, pinyin = base_tables()
    lex = Lexicon(entries, pinyin)
    for zh, renderings in sorted(snapshot.approved.items()):
        for en, _status in renderings:
            lex.add(zh, en)
    return lex


# A rendering may not open on these (a conjunct or a preposition's object cut off)...
_OPEN_STARTS = frozenset(["of", "and", "or", "nor", "but"])
# ... nor end on these (not "all": "a global community of health for all").
_OPEN_ENDS = _OPEN_STARTS | {"a", "an", "the", "for", "in", "on", "at", "to", "from", "by", "with"}


def _open_ended(en: str) -> bool:
    """English cut inside a phrase: it ends on a function word ("political capacity
    and", derived from "political capacity and ability") or opens on a conjunction or
    "of". No term is recorded so, whatever rule made it."""
    words = en.split()
    if not words:
        return True
    last, first = words[-1], words[0]
    return last.islower() and last in _OPEN_ENDS or first.islower() and first in _OPEN_STARTS


def _noun_adjunct(p: Scored, en: str, toks: list[EnToken]) -> bool:
    """Whether ``p``'s English is followed in ``en`` (its tokens ``toks``) by a
    lower-case content word of the same phrase: its last word modifies that one
    ("friendly city | relationships")."""
    k = p.en_span[1] + 1
    if k >= len(toks) or en[toks[k - 1].end : toks[k].start] != " ":
        return False
    word = toks[k].text
    return word.isalpha() and word.islower() and word not in STOPWORDS


def _plurals(en: str) -> int:
    """How many words of ``en`` are plural nouns ("rights" in "rights to subsistence")."""
    return sum(1 for w in en.lower().split() if w.endswith("s") and stem(w) != w)


@dataclass
class _Agg:
    zh: str
    en: str
    best: float = -99.0
    count: int = 0
    evidence: list[Evidence] = field(default_factory=list)
    seen: set[tuple[str, int]] = field(default_factory=set)
    short_of: str = ""  # the name this is a short form of (进博会: 中国国际进口博览会)
    titled: bool = False  # a post with its holder's name (see titled_names)
    adjunct: bool = False  # ``en`` is a noun before its head ("friendly city | relations")
    best_pair: Scored | None = None  # the occurrence that gave ``best`` (the ranking's)

    def record(
        self, raw: float, where: tuple[str, int], evidence: Evidence, pair: Scored | None = None
    ) -> None:
        """One more occurrence: the best logit so far (and the pair that gave it), and
        the evidence the first time a segment is seen (up to 20)."""
        if raw > self.best:
            self.best = raw
            if pair is not None:
                self.best_pair = pair
        self.count += 1
        if len(self.evidence) < 20 and where not in self.seen:
            self.evidence.append(evidence)
        self.seen.add(where)


def sentence_pairs(zh: str, en: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Split an aligned segment into aligned sentences (TSV/TMX paragraphs)."""
    from glossary.mining.align import align_sentences
    from glossary.mining.layout import split_en_sentences, split_zh_sentences

    zs = split_zh_sentences(zh)
    es = split_en_sentences(en)
    if len(zs) <= 1 or len(es) <= 1 or len(zs) > 40 or len(es) > 40:
        return [(zh, en)]
    return [(z, e) for z, e in align_sentences(zs, es, lex) if z and e]


def mine_pair(zh: str, en: str, lex: Lexicon, wider: str | None = None) -> list[Scored]:
    """Term pairs of one aligned sentence pair, after competitive linking.

    ``wider`` is the English of the whole paragraph the sentence came from: a strong
    candidate that finds nothing in its own sentence's English (translations reorder
    sentences: "..., according to the General Administration of Customs") is looked
    for there.
    """
    tokens = join_known(zh_tokens(zh), lex)
    cands = sentence_candidates(tokens, lex=lex)
    if not cands:
        return []
    units = zh_units(tokens, lex)
    side = en_side(en)
    if not side.tokens:
        return []
    links = link(units, side)
    token_links = _token_links(tokens, units, links)
    modified = _modifying_verbs(tokens, cands, token_links, side, lex)
    if modified:
        spans = {(c.a, c.b) for c in modified}
        cands = [c for c in cands if (c.a, c.b) not in spans] + modified
    found: list[Scored] = []
    # A short segment whose Chinese is one candidate is a pair by itself (a heading,
    # a running head "特稿 / Special Article", a glossary-like row).
    # (Only punctuation and spaces around it: "我们要健全…" is a sentence with a subject.)
    core = "".join([t for t in tokens if has_cjk(t) or t.isalnum()])
    # (Not a sentence: "The marine economy is developing rapidly." and "China actively
    # participates in ..." have a verb.)
    short = (
        len(side.tokens) <= 8 and len(zh) <= 16
        and not any(side.verb_like) and not any(t.low in _BE_HAVE for t in side.tokens)
        and not any(verb_after_noun(t.low) for t in side.tokens[1:])
    )  # fmt: skip
    # Which characters link to anything at all: a candidate with little linkable
    # Chinese cannot reach a useful fit, so it is not rendered (most of the work).
    linkable = [False] * len(zh)
    for u, lk in zip(units, links, strict=True):
        if lk:
            for pos in range(u.start, min(u.end, len(zh))):
                linkable[pos] = True
    ranked: list[tuple[float, int, ZhCandidate, float, bool]] = []
    unlikely: list[tuple[float, int, ZhCandidate, float, bool]] = []
    for i, cand in enumerate(cands):
        whole = short and cand.text == core
        span = linkable[cand.start : cand.end]
        share = sum(span) / max(1, len(span))
        # Half of it linkable, or a linkable head with modifiers the dictionary does
        # not know ("国内国际双循环" = "dual circulation of home and abroad").
        need = 0.3 if span and span[-1] else 0.5
        if not whole and share < need:
            continue
        th = termhood(cand, tokens, lex)
        # A verb phrase or a fragment by its form (termhood under the gate) is looked
        # at only when nearly all of it links: its English must be all but exact, and
        # it is linked after the others, into what they leave free (重点排放单位 = "key
        # emitting entities": 重点 first is mostly a description). Not a person after
        # a post (发言人|毛宁: the post and the name are offered together, see
        # names.titled_names), nor an anniversary.
        # (Nor one that only its last word, a verb, puts under the gate, if that word
        # links: the English may name the verb by its noun, which gives the termhood
        # back, see verb_named below: 本币|结算 = "settlement in local currencies".)
        unlike = (
            th < _MIN_TERMHOOD and not whole and not _compound_word(cand, lex)
            and not (
                th + _VERB_NAMED >= _MIN_TERMHOOD and span[-1] and _verb_last(cand, tokens, lex)
            )
        )  # fmt: skip
        if unlike and (share < _UNLIKE_SHARE or _after_post(cand, tokens) or is_occasion(cand)):
            continue
        if (
            _synonyms_paired(cand, tokens, lex) and not whole
            and not _said_apart(cand, token_links, side)
        ):  # fmt: skip
            continue
        # Optimistic promise of the candidate: render only the most promising ones
        # (rendering is where the time goes; the rest would lose the linking anyway).
        promise = th + share + 0.05 * min(10, len(cand.text)) + (2.0 if whole else 0.0)
        if unlike:
            # (A maximal phrase first, not by length: a long unlikely one is mostly a
            # clause.)
            strong = boundary_strength(cand, tokens, lex)
            unlikely.append((-(strong + th + share), i, cand, th, whole))
        else:
            ranked.append((-promise, i, cand, th, whole))
    # (The most promising few: each costs a look, and few are terms.)
    unlikely.sort(key=lambda t: (t[0], t[1]))
    ranked += unlikely[:_UNLIKE_LOOKS]
    unlikely_ids = {id(t[2]) for t in unlikely[:_UNLIKE_LOOKS]}
    # Two stages: every candidate against its best core span only (cheap), then the
    # most promising ones against all phrase-boundary variants (where the time goes).
    prelim: list[tuple[float, int, ZhCandidate, float, bool]] = []
    blocking: list[tuple[ZhCandidate, float, Rendering]] = []
    weak: list[tuple[float, int, ZhCandidate, float, bool]] = []
    for _neg, i, cand, th, whole in ranked:
        unlike = id(cand) in unlikely_ids
        if book_title(cand, tokens):
            # A title's English may run long and in another order ("Guiding Opinions
            # on ..." for 关于……的指导意见): all its spans, not the densest window's.
            rs = render(cand, units, links, side, whole=whole, top=1, max_len=TITLE_WORDS)
        else:
            rs = render(cand, units, links, side, whole=whole, top=1, cores_only=True)
        fit = rs[0].fit if rs else -1.0
        if fit < _MIN_FIT - 0.25 and not whole or unlike and fit < _UNLIKE_FIT:
            continue
        if (
            cand.b - cand.a == 1 and len(cand.text) <= 2 and not whole
            and not cand.quoted and not lex.is_glossary(cand.text)
        ) and (
            fit < (0.75 if th < _MIN_TERMHOOD else 0.85)
            or len(rs[0].text.split()) < 2 and not is_acronym(_after_dash(rs[0], cand, tokens, lex))
            and not (fit >= 0.85 and rare_gloss_word(rs[0].text))
            or _synonym_beside(cand, tokens, lex)
        ):  # fmt: skip
            # A short word is vocabulary ("格局" = "pattern") unless its English is a
            # compound, an acronym or a specialist's word that renders it exactly (工会 =
            # "trade unions", 东盟 = "ASEAN", 公证 = "notarization"). Not proposed,
            # and not worth the rendering budget of longer candidates; but an exact
            # dictionary match still holds its English in the linking (主任 keeps
            # "Director-General" from the 党组书记 before it). (A compound word let
            # through under the termhood gate, 风电 before 装机容量, needs less: the
            # span it renders is cut by the longer term's English after it.)
            if fit >= 0.85 and not unlike:
                blocking.append((cand, th, rs[0]))
            continue
        (weak if unlike else prelim).append(
            (-(3.0 * fit + th + (2.0 if whole else 0.0)), i, cand, th, whole)
        )
    prelim.sort(key=lambda t: (t[0], t[1]))
    weak.sort(key=lambda t: (t[0], t[1]))
    # (Half the sentence's words: a long sentence lists many terms, and the last of
    # them, 老旧小区改造 below a dozen stronger ones, is still worth its rendering.)
    budget = 15 + len(tokens) // 2
    ranked = prelim[:budget] + weak
    fillers: list[Scored] = []
    rendered: set[tuple[int, int]] = set()
    for _neg, _i, cand, th, whole in ranked:
        verbal = lex.has_verb_sense(tokens[cand.a])
        stance = cand.quoted and is_stance(tokens[cand.a : cand.b])
        # (Not a character jieba left loose in a quoted name: in “三权分置”, 分|置 "to
        # place" is a part of the name's "three rights separation".)
        last_verb = _verb_last(cand, tokens, lex) and not (
            cand.quoted and len(tokens[cand.b - 1]) == 1 == len(tokens[cand.b - 2])
        )
        first_verb = (
            cand.b - cand.a > 1 and not cand.quoted and tokens[cand.a] not in NAME_VERBS
            and _mostly_verb(tokens[cand.a], lex) and not modifier_before_noun(tokens, cand.a, lex)
        )  # fmt: skip
        # A word with a verb sense first that the English says nowhere: a verb the
        # translation put another way ("facilitate" for 联通|国内国际双循环), acting on
        # the term rather than part of it.
        unsaid_verb = (
            not first_verb and cand.b - cand.a > 1 and not cand.quoted and verbal
            and not token_links[cand.a] and tokens[cand.a] not in NAME_VERBS
            and not modifier_before_noun(tokens, cand.a, lex)
        )  # fmt: skip
        # Facts of the candidate every rendering of it shares: computed once, for the
        # first rendering that is kept.
        shared: tuple[bool, int, tuple[bool, ...]] | None = None
        longest = TITLE_WORDS if book_title(cand, tokens) else 16
        inner_verbs = tuple([t for t in range(cand.a + 1, cand.b - 1) if lex.is_verb(tokens[t])])
        recorded = _recorded_words(cand, lex)
        counted = _counted(cand.text)
        counts = _counts(cand.text)
        # (An unlikely one against its core spans only: it is kept for an exact English.)
        unlike = id(cand) in unlikely_ids
        for r in render(cand, units, links, side, whole=whole, max_len=longest, cores_only=unlike):
            if recorded and _cut_of_recorded(_words_of(r.text), recorded):
                continue
            if cand.clause and title_name(r.text):
                continue  # a part of a title (see candidates._quoted_clauses)
            if stance:
                _with_stance(r, cand, tokens, token_links, side)
            if not whole:
                r.fit -= _edge_elsewhere(cand, token_links, r.lo, r.hi, inner_verbs)
                if _predicate_head(cand, token_links, side, r.lo, r.hi) and not _glossed_as_is(
                    tokens[cand.b - 1], side.lows[r.lo], lex
                ):
                    r.fit -= 0.3
                if _clause_inside(cand, tokens, token_links, side, r.lo, lex):
                    r.fit -= 0.3
                if (
                    _coordination_unsaid(cand, tokens, side, r.lo, r.hi)
                    or _terms_listed(cand, tokens, side, r.lo, r.hi)
                    or _first_conjunct_unsaid(cand, tokens, token_links, r.lo, r.hi)
                    or _opens_on_another_conjunct(cand, tokens, token_links, side, r.lo, r.hi)
                    or _name_and_common_noun(cand, tokens, side, r.lo, r.hi)
                ):
                    r.fit -= 0.3
                if _parallel_names(side, r.lo, r.hi):
                    r.fit -= 0.3
                if _of_chain_cut(cand, tokens, token_links, side, r.lo, r.hi):
                    r.fit -= 0.2
                if _head_after_preposition(cand, tokens, token_links, side, r.hi, lex):
                    r.fit -= 0.2
                if _related_with(cand, tokens, token_links, side, r.lo, r.hi) or _inverted_de(
                    cand, tokens, token_links, side, r.lo, r.hi
                ):
                    r.fit -= 0.3
                if _last_word_repeated(cand, tokens, token_links, r.lo, r.hi):
                    continue
                if tokens[cand.a] == "全国" and r.text.lower().endswith(_NATIONWIDE):
                    continue
                if _purpose_inside(cand, tokens, token_links, side, r.lo, r.hi, lex):
                    r.fit -= 0.3
                if _object_said_elsewhere(cand, tokens, token_links, r.lo, r.hi):
                    r.fit -= 0.3
                if inner_verbs and _name_does_unsaid(
                    cand, tokens, token_links, side, r.lo, r.hi, inner_verbs, lex
                ):
                    r.fit -= 0.3
                if _neighbour_inside(cand, tokens, token_links, side, r.lo, r.hi):
                    r.fit -= 0.2
                if _cuts_outside_rendering(cand, tokens, token_links, side, r.lo, r.hi):
                    r.fit -= 0.3
                if _post_left_out(cand, tokens, token_links, side, r.lo):
                    r.fit -= 0.2
                if (
                    r.lo < r.hi
                    and (side.lows[r.lo] in english_verbs() or _VERB_END.search(side.lows[r.lo]))
                    and any(
                        r.lo in token_links[t] and lex.has_verb_sense(tokens[t])
                        for t in range(cand.a + 1, cand.b)
                    )
                ):  # fmt: skip
                    # A verb after its object rendered by a verb first: "revitalize
                    # traditional Chinese medicine" for 中医药|振兴 is what is done, not
                    # a name.
                    r.fit -= 0.2
                if (
                    last_verb and not _renders_own(cand, cand.b - 1, token_links, r.lo, r.hi)
                    and not _silent_head(cand, token_links, side, r.hi)
                ):  # fmt: skip
                    # A verb last that the English does not render: "博览会|成功举办"
                    # (successfully held) is said of the name, not part of it. (Nor
                    # through a word another word of it renders: in "developing
                    # countries", "developing" is 发展中国家's, not 开展's "to develop".)
                    r.fit -= 0.2
                if _finite_verb_inside(cand, tokens, token_links, side, r.lo, r.hi, lex):
                    # A verb of it the English says as the clause's verb, after its
                    # subject: 中央文件|聚焦|乡村振兴 = "central document | focuses on |
                    # rural revitalization" is a sentence, no name.
                    r.fit -= 0.3
                if unsaid_verb:
                    r.fit -= 0.1
                if (
                    first_verb and 0 < r.lo < r.hi and side.breaks[r.lo - 1]
                    and r.lo in token_links[cand.a] and past_form(side.lows[r.lo])
                ):  # fmt: skip
                    # A verb first that the English says as a past form opening a
                    # clause: "..., | abused export control measures" for
                    # 滥用|出口管制措施 is what was done, no name.
                    continue
                if first_verb and not any(r.lo <= k <= r.hi for k in token_links[cand.a]):
                    # A verb first that the English does not render: "落实|党中央…领导"
                    # (upheld the ... leadership) acts on the term, it is not part of it.
                    r.fit -= 0.2
                elif (
                    first_verb and r.lo < r.hi and r.lo in token_links[cand.a]
                    and not noun_like(side.lows[r.lo])
                    and (side.lows[r.lo].endswith("ing") or side.lows[r.lo] in english_verbs())
                ):  # fmt: skip
                    # ... and one the English says as a verb first is a verb phrase:
                    # 促进|民心相通 = "promoting | people-to-people connectivity".
                    r.fit -= 0.2
                elif (
                    verbal and 0 < r.lo < r.hi and side.lows[r.lo - 1] == "to"
                    and r.lo in token_links[cand.a]
                    and _verb_gloss(tokens[cand.a], side.lows[r.lo], lex)
                ):  # fmt: skip
                    # ... and so is a word with a verb sense among others that the
                    # English says as an infinitive: "to | guide flood control and
                    # rescue work" for 指导|防汛抢险工作.
                    r.fit -= 0.2
            if (
                _number_missing(counts, r.text) or _number_extra(cand.text, r.text)
                or _numbers_differ(counted, r.text)
            ):  # fmt: skip
                r.fit -= 0.3
            if _QUANTITY_OF.match(r.text) and not _ZH_QUANTITY.search(cand.text):
                # "(the) number of rail-sea intermodal trains" for 铁海联运班列: how many
                # is said of the term (开行量), it is no part of it.
                r.fit -= 0.3
            elif _EXTENT_OF.match(r.text) and not cand.text.endswith(_ZH_EXTENT):
                # ... and so is how far it reaches, said by a word outside: for
                # 人民币跨境支付系统 (覆盖范围), "the coverage of the Cross-Border
                # Interbank Payment System" says more than the term.
                r.fit -= 0.3
            if (
                verbal
                and r.hi > r.lo + 1
                and side.tokens[r.lo + 1].low == "of"
                and any(
                    r.lo in lk for u, lk in zip(units, links, strict=True)
                    if u.start == cand.start and u.end <= cand.start + len(tokens[cand.a])
                )
            ):  # fmt: skip
                # "配置创新资源" = "allocation of innovation resources": an action on a
                # term, not a term; the object (创新资源) is the term.
                r.fit -= 0.2
            if r.fit < _MIN_FIT:
                continue
            if _ROLE_FORMULA.match(cand.text):
                _with_role(r, side)
            r.text = _after_dash(r, cand, tokens, lex)
            rendered.add((cand.start, cand.end))
            joined = not whole and _joined_words(cand, tokens, token_links, side, r.lo, r.hi, lex)
            if shared is None:
                shared = (
                    cand.b - cand.a == 1 and not whole and not lex.is_glossary(cand.text),
                    boundary_strength(cand, tokens, lex),
                    tuple(
                        [
                            tokens[t] in NAME_VERBS
                            or not lex.has_verb_sense(tokens[t])
                            or modifier_before_noun(tokens, t, lex)
                            for t in range(cand.a, cand.b)
                        ]
                    ),
                )
            single, strong, modifiers = shared
            verb_named = (
                last_verb and r.hi in token_links[cand.b - 1] and not _COORDINATED.search(cand.text)
                and _NOMINAL.search(side.tokens[r.hi].text) is not None
            )  # fmt: skip
            p = Scored(
                zh=cand.text,
                en=r.text,
                zh_span=(cand.start, cand.end),
                en_span=(r.lo, r.hi),
                fit=r.fit,
                # (A verb last that the English names by its noun is a term's head:
                # 生态补偿 = "ecological compensation", 乡村振兴 = "rural revitalization".)
                termhood=max(th, 0.8)
                if whole
                else th - (0.3 if joined else 0.0) + (_VERB_NAMED if verb_named else 0.0),
                zh_cover=r.zh_cover,
                en_cover=r.en_cover,
                quoted=cand.quoted,
                single=single,
                strong=strong,
                modifiers=modifiers,
            )
            p.local = local_score(p)
            if p.local >= _MIN_LOCAL:
                (fillers if unlike else found).append(p)
    _prefer_full_names(found, side)
    _promote_silent_heads(found, tokens, token_links, side, lex)
    _prefer_posts(found, tokens, token_links)
    _prefer_parallel_modifiers(found)
    sentence = SentenceView(tokens, cands, token_links, side, lex)
    found += whole_titles(sentence, found)
    found += named_with_acronyms(sentence)
    found += paired_quotes(sentence, found)
    if side.all_quotes:
        _mark_whole_quotes(found, cands, token_links, side)
    found += _recorded_first(found, _glossary_pairs(cands, tokens, side, lex))
    blockers = _blockers(blocking, side)
    accepted = [p for p in competitive_link(found + blockers, fillers) if not p.blocker]
    accepted += _from_lists(zh, en, tokens, accepted, lex)
    accepted += titled_names(tokens, accepted, side, lex)
    accepted += short_law_names(accepted)
    accepted += bodies_of_posts(accepted, side)
    accepted += bodies_of_capacities(accepted, side)
    accepted = joint_bodies(accepted, side)
    accepted = state_bodies(accepted, side, tokens, lex)
    accepted += plain_editions(accepted, side, zh)
    accepted += bodies_of_sessions(accepted, side)
    names_of_drafts(accepted)
    accepted = dated_titles(accepted, side, zh)
    accepted += _modifier_said_before(accepted, tokens, token_links, side, lex)
    accepted += _joined_terms(accepted, cands, side)
    if wider and wider != en:
        accepted += _from_wider(tokens, units, prelim[:budget], rendered, accepted, wider, lex)
    # (Whatever found it: a pair whose numbers are not the same on both sides is a cut,
    # 第七届…|第十七次会议 with "... of the Seventh National People's Congress".)
    return [p for p in accepted if not _numbers_differ(_counted(p.zh), p.en)]


def _joined_terms(accepted: list[Scored], cands: list[ZhCandidate], side: EnSide) -> list[Scored]:
    """Two terms side by side in Chinese, each rendered closely, whose English spans
    join as a head and its "of" phrase or side by side: the candidate they make
    together is a term too, rendered by both spans (立德树人|根本任务 = "fundamental
    task | of | fostering virtue through education"), which no rendering of the whole
    reached when its termhood was low. Ranked below the weaker part."""
    spans = {(c.start, c.end): c for c in cands}
    have = {p.zh_span: p for p in accepted}
    out: list[Scored] = []
    for a in accepted:
        if a.fit < 0.85:
            continue
        for b in accepted:
            if b is a or b.fit < 0.85 or b.zh_span[0] != a.zh_span[1]:
                continue
            whole = (a.zh_span[0], b.zh_span[1])
            cand = spans.get(whole)
            taken = have.get(whole)
            if cand is None or taken is not None and taken.en not in (a.en, b.en):
                continue
            gap = side.lows[b.en_span[1] + 1 : a.en_span[0]]
            if 1 <= len(gap) <= 3 and gap[0] in _HEAD_JOINS and set(gap) <= _JOIN_GAP:
                # ("system of leniency | for those who | plead guilty and accept
                # punishment" for 认罪认罚|从宽制度.)
                lo, hi = b.en_span[0], a.en_span[1]
            elif a.en_span[1] + 1 == b.en_span[0]:
                lo, hi = a.en_span[0], b.en_span[1]
            else:
                continue
            en = span_text(side, lo, hi)
            if "," in en or en.count("(") != en.count(")"):
                continue  # (two clauses: "Xi Jinping, general secretary"; a bracket cut)
            if taken is not None:
                # The whole had only one part's English: it takes both.
                taken.en, taken.en_span = en, (lo, hi)
                continue
            weaker = a if a.fit < b.fit else b
            q = replace(weaker, zh=cand.text, en=en, zh_span=whole, en_span=(lo, hi))
            q.local = local_score(q)
            q.raw = min(a.raw, b.raw) - 0.5
            out.append(q)
            have[whole] = q
    return out


# What joins a head to the phrase after it that says its modifier, and the words that
# may follow in that gap.
_HEAD_JOINS = frozenset(["of", "for", "on"])
_JOIN_GAP = _HEAD_JOINS | {"the", "those", "who", "that", "which"}


def _after_post(cand: ZhCandidate, tokens: tuple[str, ...]) -> bool:
    """A person (发言人|毛宁, 部长|黄润秋, see candidates.person_after_post), also after
    the post of a head of government (行政长官|李家超)."""
    return person_after_post(cand, tokens) or (cand.a > 0 and tokens[cand.a - 1] in HIGH_POSTS)


def _compound_word(cand: ZhCandidate, lex: Lexicon) -> bool:
    """One dictionary word of two characters or more that English says with a compound
    (风电 "wind power", 外贸 "foreign trade"): a term of its own even where it only
    modifies the noun after it (风电|装机容量). (Not a name: 习近平 "Xi Jinping".)"""
    return (
        cand.b - cand.a == 1 and len(cand.text) >= 2
        and any(
            " " in g and not g.startswith("to ") and not title_name(g)
            for g in lex.glosses(cand.text)
        )
    )  # fmt: skip


def _mark_whole_quotes(
    found: list[Scored], cands: list[ZhCandidate], token_links: list[dict[int, float]], side: EnSide
) -> None:
    """Flag the pairs of a quoted Chinese passage rendered by a whole English quote
    that its words say most of (see ``Scored.whole_quote``; “老虎” is not "cracking
    down on both tigers and flies")."""
    quotes = set(side.all_quotes)
    tokens_of = {(c.start, c.end): (c.a, c.b) for c in cands if c.quoted}
    for p in found:
        ab = tokens_of.get(p.zh_span)
        if ab is None or p.en_span not in quotes:
            continue
        lo, hi = p.en_span
        said = {k for t in range(*ab) for k in token_links[t] if lo <= k <= hi}
        p.whole_quote = 2 * len(said) > hi - lo


# An edition, an ordinal or a count: 第二届, 首届, 三项, 十件.
_EDITION_OR_COUNT = re.compile(
    r"^(?:第|首届)|[\d零〇一二两三四五六七八九十百千万][届次个项件家批]?$"
)


def _finite_verb_inside(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
    lex: Lexicon,
) -> bool:
    """A Chinese verb inside the candidate links, inside [lo, hi] and with more of the
    span after it, an English third-person verb right after a word of the span
    ("focuses", "runs"). (Not at the span's end: "no-reason returns", "equipment
    upgrades" are plurals.)"""
    for t in range(cand.a + 1, cand.b - 1):
        if not lex.is_verb(tokens[t]):
            continue
        for k in token_links[t]:
            if lo < k < hi and not side.title[k] and verb_after_noun(side.lows[k]):
                return True
    return False


def _modifier_said_before(
    accepted: list[Scored],
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: Any,
    lex: Lexicon,
) -> list[Scored]:
    """A word right before a proposed term whose English stands right before the
    term's English is a modifier of it, whatever the Chinese candidates allowed (a verb
    sense, a single character): 节水|灌溉技术 = "water-saving | irrigation techniques"
    gives 节水灌溉技术 = "water-saving irrigation techniques"; 近|北极国家 = "Near-Arctic
    State" (one hyphenated word) gives 近北极国家. Offered beside the term, at its rank."""
    offs = token_offsets(tokens)
    start_of = {o: t for t, o in enumerate(offs)}
    have = {p.zh_span for p in accepted}
    out: list[Scored] = []
    for p in accepted:
        a = start_of.get(p.zh_span[0])
        lo, hi = p.en_span
        if (
            p.blocker or p.quoted or not a or lo > hi or hi >= len(side.lows)
            or span_text(side, lo, hi) != p.en
        ):  # fmt: skip
            continue  # (also a pair whose English is not a span of this sentence's)
        before = tokens[a - 1]
        if not has_cjk(before) or before in INNER or _EDITION_OR_COUNT.search(before):
            continue  # (an edition or a count is no modifier: see plain_editions)
        said = token_links[a - 1]
        own = {k for t in range(a, a + 8) if t < len(tokens) and offs[t] < p.zh_span[1]
               for k in token_links[t]}  # fmt: skip
        if "-" in side.lows[lo] and lo in own and _says_first_part(before, side.parts[lo], lex):
            # (Both halves of one hyphenated word: "Near-Arctic". The English is sure
            # enough for a word that is mostly an adverb, 近 "recently".)
            new_lo = lo
        elif (
            not is_breaker(before)
            and lo > 0 and not side.breaks[lo - 1] and said.get(lo - 1, 0.0) >= 0.7
            and lo - 1 not in own and side.first_ok[lo - 1] and not side.verb_like[lo - 1]
            and (
                not lex.has_verb_sense(before)
                or "-" in side.lows[lo - 1] or side.lows[lo - 1].endswith("ing")
            )
        ):  # fmt: skip
            # (A verb only as a modifier, "water-saving", "planting (income insurance)":
            # "opposes | unilateralism" is what is done to the term.)
            new_lo = lo - 1
        else:
            continue
        zh_span = (p.zh_span[0] - len(before), p.zh_span[1])
        if zh_span in have:
            continue  # (proposed already, maybe with a longer English: "Shanghai ...")
        out.append(
            replace(
                p, zh=before + p.zh, en=span_text(side, new_lo, hi), zh_span=zh_span,
                en_span=(new_lo, hi),
            )
        )  # fmt: skip
        if new_lo == lo:
            # (The term's English says the modifier too: it is the longer one's.)
            p.raw -= 1.0
            p.local = 1.0 / (1.0 + math.exp(-p.raw))
    return out


def _says_first_part(word: str, parts: tuple[str, ...], lex: Lexicon) -> bool:
    """``word`` has a gloss that is the first part of a hyphenated English word (近
    "near" of "Near-Arctic")."""
    first = parts[0] if parts else ""
    return bool(first) and any(g.lower() == first for g in lex.glosses(word))


def _blockers(blocking: list[tuple[ZhCandidate, float, Rendering]], side: EnSide) -> list[Scored]:
    """Short words that hold their exact English in the competitive linking without
    being proposed (主任 keeps "Director-General" from the 党组书记 before it).

    A word said as often as its English holds a different occurrence of it each time,
    in order, and is sure of it: "市委外办主任，市政府外办党组书记、主任" = "Director-
    General of ..., Secretary of the Leading Party Members Group and Director-General"
    (the second 主任 holds the second "Director-General" against 党组书记's longer
    span)."""
    out: list[Scored] = []
    said: dict[str, list[ZhCandidate]] = {}
    for cand, _th, _r in blocking:
        said.setdefault(cand.text, []).append(cand)
    places: dict[str, list[int]] = {}
    for cand, th, r in blocking:
        same = said[cand.text]
        lo, hi = r.lo, r.hi
        sure = False
        if len(same) > 1:
            at = places.get(cand.text)
            if at is None:
                # Where the English of the word's first rendering stands, in order.
                words = side.lows[lo : hi + 1]
                size = len(words)
                at = places[cand.text] = [
                    k for k in range(len(side.lows) - size + 1) if side.lows[k : k + size] == words
                ]
            if len(at) == len(same):
                lo = at[same.index(cand)]
                hi, sure = lo + (r.hi - r.lo), True
        b = Scored(cand.text, r.text, (cand.start, cand.end), (lo, hi), r.fit,
                   th, r.zh_cover, r.en_cover, single=True, blocker=True)  # fmt: skip
        b.local = local_score(b)
        if sure:
            b.raw += 1.0
        out.append(b)
    return out


_PERSON = 3.0  # logit demotion of a person's name (see linked_pairs)
# A second Chinese for one English is kept when one sentence linked it this surely (a
# sentence's raw logit; 2.5 is a local score of 0.92): see _linked_surely.
_SYNONYM_LOGIT = 2.5
_SYNONYM_FIT = 0.8  # ... with an English its words explain and that says them
_PLACE_IN_PLACE = 3.0  # ... of a place named with its province (see is_place_in_place)


# Nouns of measure that translations leave out ("加大金融支持|力度" = "increase
# financial support", "外汇储备|规模" = "foreign exchange reserves"): no head of a name.
# So are generic nouns of activity ("耕地保护|工作" = "protection of arable land").
_MEASURES = frozenset(
    ["规模", "力度", "水平", "程度", "范围", "数量", "总量", "幅度", "速度", "比重", "步伐",
     "工作", *GENERIC_TAILS]
)  # fmt: skip


def _promote_silent_heads(
    found: list[Scored],
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lex: Lexicon,
) -> None:
    """The same English for a phrase and for the phrase plus nouns after it that link to
    nothing: those nouns are the head of the name, rendered by English words the
    dictionary does not connect (中国载人航天工程|办公室 = "China Manned Space Agency")
    or folded into the English (伙伴|关系 = "partnership"; Chinese is head-final), so
    the maximal phrase takes the rank of the shorter one. Not a word the dictionary
    knows when every word of the English is another's: nothing there says it
    (习近平外交思想|图片, a picture's caption the layout ran into the text)."""
    offs = token_offsets(tokens)
    text = "".join(tokens)
    by_key: dict[tuple[int, tuple[int, int]], list[Scored]] = {}
    for p in found:
        by_key.setdefault((p.zh_span[0], p.en_span), []).append(p)
    for group in by_key.values():
        if len(group) < 2:
            continue
        for p in group:
            if p.strong == 2:
                continue
            for q in group:
                if q.zh_span[1] <= p.zh_span[1] or q.strong < 2 or q.raw >= p.raw:
                    continue
                extra = [j for j, o in enumerate(offs) if p.zh_span[1] <= o < q.zh_span[1]]
                after = text[q.zh_span[1] : q.zh_span[1] + 1]
                if extra and after == "的" and lex.has_verb_sense(tokens[extra[-1]]):
                    continue  # "党代会|确定|的路径": a relative clause, not a head
                if (
                    extra and q.fit >= p.fit - 0.3
                    and not any(
                        token_links[j] or lex.is_verb(tokens[j]) or tokens[j] in _MEASURES
                        for j in extra
                    )
                    and not (
                        all(tokens[j] in lex for j in extra)
                        and _all_linked(side, q.en_span[0], q.en_span[1])
                    )
                ):  # fmt: skip
                    q.raw = p.raw + 0.01


def _all_linked(side: EnSide, lo: int, hi: int) -> bool:
    """Every content word of the English span [lo, hi] is linked by some Chinese."""
    linked = {k for lk in side.links for k in lk}
    return all(k in linked for k in range(lo, hi + 1) if side.content[k])


def _prefer_posts(
    found: list[Scored], tokens: tuple[str, ...], token_links: list[dict[int, float]]
) -> None:
    """The same English for a body and for the body with a post after it, where the
    post renders the English exactly: 生态环境部|部长 = "Minister of Ecology and
    Environment" is the post, not the ministry (部 reaches "Minister" only by its
    prefix). The post takes the body's rank, so the linking gives it the English."""
    offs = token_offsets(tokens)
    ending = {o + len(t): i for i, (o, t) in enumerate(zip(offs, tokens, strict=True))}
    by_span: dict[tuple[tuple[int, int], tuple[int, int]], Scored] = {}
    for p in found:
        key = (p.zh_span, p.en_span)
        if key not in by_span or p.raw > by_span[key].raw:
            by_span[key] = p
    for q in found:
        last = ending.get(q.zh_span[1])
        if last is None or tokens[last] not in PERSON_TITLES or offs[last] <= q.zh_span[0]:
            continue
        with_post = by_span.get(((q.zh_span[0], offs[last]), q.en_span))
        lo, hi = q.en_span
        if with_post is None or with_post.raw <= q.raw:
            continue
        if any(lo <= k <= hi and v >= 0.9 for k, v in token_links[last].items()):
            q.fit = max(q.fit, with_post.fit)
            q.raw = with_post.raw + 0.01
            q.local = 1.0 / (1.0 + math.exp(-q.raw))


def _prefer_parallel_modifiers(found: list[Scored]) -> None:
    """Two modifiers listed with 、 and their head (多层次、多支柱养老保险体系), and the
    English of both ("multi-tiered, multi-pillar ... system"): the whole phrase takes
    the rank of its part after the 、, which has the same English."""
    for p in [p for p in found if p.quoted and "、" in p.zh]:
        cut = p.zh_span[0] + p.zh.index("、") + 1
        for q in found:
            if q.zh_span == (cut, p.zh_span[1]) and q.en_span == p.en_span and q.raw >= p.raw:
                p.raw = q.raw + 0.01
                p.local = 1.0 / (1.0 + math.exp(-p.raw))


def _prefer_full_names(found: list[Scored], side: Any) -> None:
    """A name's acronym in brackets after its full form ("Asia-Pacific Economic
    Cooperation (APEC)"): the full form is the rendering to record, even when the
    dictionary only knows the acronym (亚太经合组织 = "APEC")."""
    toks = side.tokens
    text = side.text
    by_zh: dict[tuple[int, int], list[Scored]] = {}
    for p in found:
        by_zh.setdefault(p.zh_span, []).append(p)
    for group in by_zh.values():
        best = max(group, key=lambda q: q.raw)
        k = best.en_span[0]
        if best.en_span[1] != k or k == 0 or not toks[k].text.isupper():
            continue
        before = text[toks[k - 1].end : toks[k].start]
        after = text[toks[k].end : toks[k + 1].start] if k + 1 < len(toks) else text[toks[k].end :]
        if "(" not in before or ")" not in after:
            continue
        full = [q for q in group if q.en_span[1] == k - 1 and q.fit >= 0.6]
        if full:
            # The acronym's fit vouches for the full form it abbreviates.
            name = max(full, key=lambda q: q.raw)
            name.fit = max(name.fit, best.fit)
            name.raw = best.raw + 0.01
            name.local = 1.0 / (1.0 + math.exp(-name.raw))


def _en_norm(low: str) -> str:
    """A token for matching a glossary rendering: no possessive, no plural, straight
    apostrophes ("Jinpings" / "Jinping's" / "Jinping" are one word here)."""
    low = low.replace("’", "'").removesuffix("'s").strip("'")
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"  # "laboratories" / "laboratory"
    if len(low) > 4 and low.endswith(("sses", "xes", "ches", "shes")):
        return low[:-2]  # "businesses", "taxes", "approaches"
    return low[:-1] if len(low) > 3 and low.endswith("s") and not low.endswith("ss") else low


def _glossary_pairs(
    cands: list[ZhCandidate], tokens: tuple[str, ...], side: Any, lex: Lexicon
) -> list[Scored]:
    """Glossary terms whose recorded rendering stands in the English, as it stands:
    the whole rendering is the span, not the part the dictionary happens to explain
    ("Xi Jinpings Thought on Socialism ..." for 习近平新时代中国特色社会主义思想). A
    rendering may differ by a word or two ("Office of Foreign Affairs Work Commission
    of the CPC Chongqing Municipal Committee"); the more of it is matched, the stronger
    the pair (a short admitted form like "Foreign Affairs Office" is weak evidence)."""
    from collections import Counter

    out: list[Scored] = []
    words = [_en_norm(t.low) for t in side.tokens]
    for cand in cands:
        best: tuple[float, int, int, int, int] | None = None  # score, matched, lo, hi, of
        best_target: list[str] = []
        for en in lex.glossary_english(cand.text):
            target = [w for w in (_en_norm(t.low) for t in en_tokens(en)) if w not in ARTICLES]
            if not target:
                continue
            want = Counter(target)
            size = len(target)
            for lo in range(len(words)):
                if words[lo] not in want:
                    continue  # a span starts and ends on a word of the rendering
                for hi in range(lo, min(len(words), lo + size + 3)):
                    if hi > lo and side.breaks[hi - 1]:
                        break  # (no rendering across a comma: "Initiative, the Global")
                    if words[hi] not in want:
                        continue
                    got = Counter(w for w in words[lo : hi + 1] if w not in ARTICLES)
                    common = sum((got & want).values())
                    f1 = 2 * common / (sum(got.values()) + size)
                    if f1 < 0.75:
                        continue
                    key = (f1 + 0.02 * common, common, lo, hi, size)
                    if best is None or key[:2] > best[:2]:
                        best, best_target = key, target
        if best is None:
            continue
        score, common, lo, hi, size = best
        if common == size - 1:
            lo, hi = _substituted_edge(words, side, lo, hi, best_target)
        p = Scored(
            zh=cand.text, en=span_text(side, lo, hi),
            zh_span=(cand.start, cand.end), en_span=(lo, hi),
            fit=min(1.0, score - 0.02 * common), termhood=max(0.8, termhood(cand, tokens, lex)),
            zh_cover=1.0, en_cover=1.0, quoted=cand.quoted,
            strong=boundary_strength(cand, tokens, lex),
            # A two-character word ranks as vocabulary even when the glossary has it
            # (外办, 东盟): what the document adds is its longer terms.
            single=len(cand.text) <= 2, recorded=common == size,
        )  # fmt: skip
        p.local = local_score(p)
        p.raw += 0.05 * common  # the recorded rendering: the more of it, the surer
        out.append(p)
    return out


def _substituted_edge(
    words: list[str], side: Any, lo: int, hi: int, target: list[str]
) -> tuple[int, int]:
    """The span of a glossary rendering whose first or last word the document
    replaced: "new development | paradigm" for the recorded "new development pattern".
    Without it the span stops short and the truncated English ("new development")
    would be proposed as the document's variant."""

    def replaceable(k: int) -> bool:
        return (
            0 <= k < len(words)
            and side.tokens[k].text.isalpha()
            and words[k] not in _FUNCTION_WORDS
            and words[k] not in target
        )

    if words[hi] == target[-2] and words[lo] == target[0] and replaceable(hi + 1):
        return lo, hi + 1
    if words[lo] == target[1] and words[hi] == target[-1] and replaceable(lo - 1):
        return lo - 1, hi
    return lo, hi


_FUNCTION_WORDS = frozenset(
    ["of", "for", "and", "in", "on", "the", "a", "an", "with", "to", "by", "at", "as", "or"]
)


def _recorded_first(found: list[Scored], recorded: list[Scored]) -> list[Scored]:
    """Where the glossary's rendering of a candidate stands whole in the sentence, another
    span for the same Chinese ranks below it: the dictionary's best cover may be a
    part of the name ("CPC Chongqing Municipal Committee" for 市委外办) when a nested
    glossary word has taken the rest. Returns ``recorded``."""
    best = {g.zh_span: g for g in sorted(recorded, key=lambda g: g.raw)}
    for p in found:
        g = best.get(p.zh_span)
        if g is not None and g.recorded and p.en_span != g.en_span and p.raw >= g.raw:
            p.raw = g.raw - 0.1
            p.local = 1.0 / (1.0 + math.exp(-p.raw))
    return recorded


def _silent_head(
    cand: ZhCandidate, token_links: list[dict[int, float]], side: EnSide, hi: int
) -> bool:
    """The candidate's last word links to nothing in the English, and neither does the
    noun that ends the span: the dictionary knows neither sense, and each is the
    other's (深远海|养殖 "to breed" = "deep-sea aquaculture")."""
    return (
        not token_links[cand.b - 1] and not side.title[hi]
        and all(hi not in lk for lk in side.links)
        and side.lows[hi] not in english_verb_senses() and noun_like(side.lows[hi])
    )  # fmt: skip


def _modifying_verbs(
    tokens: tuple[str, ...],
    cands: list[ZhCandidate],
    token_links: list[dict[int, float]],
    side: EnSide,
    lex: Lexicon,
) -> list[ZhCandidate]:
    """Candidates that start with a verb the English renders as their modifier, right
    before the word of the term: 液化|天然气 = "liquefied natural gas", 育儿|补贴 =
    "childcare subsidies". The Chinese alone cannot tell them from a verb and its
    object (推动|绿色发展 = "to promote green development"): the English decides."""
    by_first: dict[int, list[ZhCandidate]] = {}
    for c in cands:
        if not c.quoted:
            by_first.setdefault(c.a, []).append(c)
    out: list[ZhCandidate] = []
    for i in range(len(tokens) - 1):
        word = tokens[i]
        if (
            i + 1 not in by_first or len(word) < 2 or word in NAME_VERBS
            or not lex.is_verb(word)
        ):  # fmt: skip
            # (Mainly a verb: one with an adjective sense too, 集中 "to concentrate;
            # centralized", starts 集中|带量采购 "centralized volume-based procurement".)
            continue
        after = token_links[i + 1]
        if any(
            v >= 0.7 and after.get(k + 1, 0.0) >= 0.63 and _modifier_word(side, k)
            for k, v in token_links[i].items()
        ):
            out += [
                ZhCandidate(
                    i, c.b, c.start - len(word), c.end, word + c.text, c.quoted, c.penalty, True
                )
                for c in by_first[i + 1]
            ]
    return out


# Words before a verb that make it one (a subject, "to", a modal).
_VERB_BEFORE = AUXILIARIES | {
    "to", "will", "would", "shall", "should", "can", "could", "may", "must",
    "we", "they", "it", "he", "she", "i", "you", "which", "that", "who",
}  # fmt: skip


def _modifier_word(side: EnSide, k: int) -> bool:
    """English token ``k`` modifies the noun after it: a participle after an article or
    a preposition ("of liquefied natural gas"), or a noun ("childcare subsidies"); not
    a verb with its object ("to promote green development", "we upgraded ports")."""
    low = side.lows[k]
    prev = side.lows[k - 1] if k > 0 and not side.breaks[k - 1] else ""
    if (
        side.verb_like[k] or side.breaks[k] or prev in _VERB_BEFORE or prev.endswith("ly")
        or low.endswith("ing") or side.title[k] and prev and side.title[k - 1]
    ):  # fmt: skip
        # (Nor a word inside a name that starts before it: "New | Development Bank".)
        return False
    if past_form(low):
        # (Not "..., abused export controls"; but after a verb, "has continued
        # centralized procurement", the participle is the noun's.)
        return prev in ARTICLES or prev in _OF_LIKE or (bool(prev) and past_form(prev))
    verbs = english_verb_senses()
    return low not in verbs and not (low.endswith("s") and (low[:-1] in verbs or low[:-2] in verbs))


_OF_LIKE = frozenset(["of", "for", "on", "in", "with", "and", "or", "by", "from"])


def _token_links(
    tokens: tuple[str, ...], units: list[Any], links: list[dict[int, float]]
) -> list[dict[int, float]]:
    """Per Chinese token, the English tokens its word (or a lexicon sub-word) links to."""
    offs = token_offsets(tokens)
    out: list[dict[int, float]] = [{} for _ in tokens]
    t = 0
    for u, lk in sorted(zip(units, links, strict=True), key=lambda x: x[0].start):
        if not lk or u.weight < 0.9:
            continue
        while t + 1 < len(tokens) and offs[t + 1] <= u.start:
            t += 1
        if u.end > offs[t] + len(tokens[t]):
            continue  # a word made of several tokens: no single token's own
        merged = out[t]
        for k, v in lk.items():
            if v > merged.get(k, 0.0):
                merged[k] = v
    return out


def _verb_last(cand: ZhCandidate, tokens: tuple[str, ...], lex: Lexicon) -> bool:
    """A candidate of two words or more whose last word is a verb."""
    return cand.b - cand.a > 1 and lex.is_verb(tokens[cand.b - 1])


def _with_stance(
    r: Rendering,
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: Any,
) -> None:
    """A policy formula's rendering widened to the left over its stance: "more
    proactive" | "fiscal policy" (更加积极的财政政策), "appropriately accommodative" |
    "monetary policy" (适度宽松的货币政策). A span never starts on "more" or an "-ly"
    adverb, so the words the stance links to are added here, with at most one unlinked
    word between them ("accommodative")."""
    linked: set[int] = set()
    for i in range(cand.a, cand.b):
        if tokens[i] == "的":
            break
        linked.update(token_links[i])
    lo, gap, k = r.lo, 0, r.lo - 1
    while k >= 0 and not side.breaks[k] and gap <= 1:
        if k in linked:
            lo, gap = k, 0
        elif side.lows[k] in ARTICLES:
            break
        else:
            gap += 1
        k -= 1
    if lo < r.lo:
        # The fit was measured without the stance: add the share of the Chinese that
        # the added words explain (half weight, like one side of the fit).
        added = sum(
            len(tokens[i]) for i in range(cand.a, cand.b)
            if any(lo <= k < r.lo for k in token_links[i])
        )  # fmt: skip
        r.fit = min(0.95, r.fit + 0.5 * added / len(cand.text))
        r.text = span_text(side, lo, r.hi)
        r.lo = lo


_AND_MARKS = frozenset(["和", "与", "及", "、"])


def _joined_words(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: Any,
    lo: int,
    hi: int,
    lex: Lexicon,
) -> bool:
    """The English joins with "and" two words that render two separate Chinese words
    set side by side ("世界|经济|贸易" = "world economy and trade"): a phrase made for
    the sentence. One Chinese word rendered by a pair is lexical (科技 = "science and
    technology", 权益 = "rights and interests"), and so is a Chinese 和/与/及, and so
    are two modifiers before the head in the Chinese order."""
    if not _AND_MARKS.isdisjoint(tokens[cand.a : cand.b]):
        return False
    toks = side.tokens

    def owners(j: int) -> set[int]:
        """The candidate's words (two characters or more) that render English token j."""
        return {
            t for t in range(cand.a, cand.b)
            if len(tokens[t]) >= 2 and token_links[t].get(j, 0.0) >= 0.7
        }  # fmt: skip

    for k in range(lo + 1, hi):
        if toks[k].low not in ("and", "or"):
            continue
        before, after = owners(k - 1), owners(k + 1)
        if before and after and not before & after:
            if max(before) < min(after) and max(after) < cand.b - 1:
                # Two modifiers compounded before their head, in the Chinese order
                # (灾害|监测|预警|体系 = "disaster monitoring and early warning system"):
                # one modifier, not two words set side by side for the sentence.
                continue
            last = token_links[cand.b - 1]
            if (
                max(before) < min(after) and max(after) == cand.b - 1
                and any(k + 1 < j <= hi and last[j] >= 0.7 for j in last)
            ):  # fmt: skip
                # The same, with jieba's word gluing the second modifier to the head:
                # 关键|核心技术 = "key and core technologies" (核心技术 says "core" and
                # "technologies").
                continue
            if any(owners(j) & before and owners(j) & after for j in range(lo, k - 1)):
                # Both words say the word the English puts before them once: 防灾|减灾 =
                # "disaster prevention and mitigation", a compound of two that share
                # 灾, not two words set side by side.
                continue
            if (
                max(before) < min(after) and max(after) == cand.b - 1
                and all(lex.is_verb(tokens[t]) for t in before | after)
            ):  # fmt: skip
                # Two activities named together as the head, in the Chinese order: a
                # campaign's name (党纪|学习|教育 = "Party discipline learning and
                # education"), not two things set side by side.
                continue
            return True
    return False


# Auxiliaries and copulas: an English segment holding one is a sentence, not a heading.
_BE_HAVE: Final = AUXILIARIES | {"remains", "remained", "keeps"}
# A quantity said of a term in English, and the Chinese words that say one.
_QUANTITY_OF: Final = re.compile(
    r"^(?:the |a |an )?(?:total )?(?:number|amount|volume|value|proportion|share)s? of ", re.I
)
_ZH_QUANTITY: Final = re.compile("[量数额值率]|比重|规模|占比")
_EXTENT_OF: Final = re.compile(r"^(?:the )?(?:coverage|scope|scale|size|reach) of ", re.I)
_ZH_EXTENT: Final = ("覆盖范围", "覆盖面", "范围", "规模")
# A number in the Chinese: digits, or numerals that count or order something (第三十七次,
# 十三届, 二十大); numerals inside words (统一, 一带一路) are not numbers.
_NUMERALS = "零〇一二两三四五六七八九十百千"
_ZH_NUMBER: Final = re.compile(rf"\d|第[{_NUMERALS}]|[{_NUMERALS}]+[届次大号]")
_EN_NUMBER: Final = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third"
    r"|fifth|\w+th|single|double|dual|twin)\b",
    re.IGNORECASE,
)


def _number_missing(counts: bool, en: str) -> bool:
    """The Chinese counts or orders something (``counts``, see :func:`_counts`) and
    the English has no number: the span left the number out ("第三十七次会议" =
    "session"), so it is not this term's rendering."""
    return counts and not _EN_NUMBER.search(en)


def _counts(zh: str) -> bool:
    """The Chinese counts or orders something: digits, or numerals that do (see
    _ZH_NUMBER)."""
    return _ZH_NUMBER.search(zh) is not None


_EN_COUNT_WORDS: Final = {
    w: str(i)
    for i, words in enumerate(
        [
            (), ("one", "first"), ("two", "second"), ("three", "third"), ("four", "fourth"),
            ("five", "fifth"), ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"),
            ("nine", "ninth"), ("ten", "tenth"), ("eleven", "eleventh"), ("twelve", "twelfth"),
            ("thirteen", "thirteenth"), ("fourteen", "fourteenth"), ("fifteen", "fifteenth"),
            ("sixteen", "sixteenth"), ("seventeen", "seventeenth"), ("eighteen", "eighteenth"),
            ("nineteen", "nineteenth"), ("twenty", "twentieth"),
        ]
    )
    for w in words
}  # fmt: skip


_FIGURE: Final = re.compile(r"\d[\d.,\-]*\d")


def _counted(zh: str) -> frozenset[str]:
    """The numbers the Chinese counts or orders something with, by their digits (none
    for numerals inside words: 统一, 一带一路)."""
    if not _counts(zh):
        return frozenset()
    return frozenset(_digits(v) for v in zh_numbers(zh))


def _numbers_differ(counted: frozenset[str], en: str) -> bool:
    """The Chinese counts or orders something (``counted``, see :func:`_counted`), the
    English says a number too, and no number is the same: "Meeting of the Standing
    Committee of the Seventh National People's Congress" is not
    全国人民代表大会常务委员会第十七次会议 (17th), a part cut from 第七届...第十七次会议."""
    if not counted:
        return False
    said: set[str] = set()
    for t in en_tokens(en):
        value = en_number(t.low) or number_words(t.low)
        if value:
            said.add(_digits(value))
        for part in t.low.split("-"):  # ("fourth-generation")
            if part in _EN_COUNT_WORDS:
                said.add(_EN_COUNT_WORDS[part])
    # (And figures written with dashes, which tokens split: "1-2-3" is 123.)
    said.update(_digits(m.group()) for m in _FIGURE.finditer(en))
    return bool(said) and said.isdisjoint(counted)


def _digits(value: str) -> str:
    """A number's digits alone, the same however it is written: "3.0" and "3.0" (a
    version), "1-2-3" and "123", "5g" and 5."""
    return "".join(ch for ch in value if ch.isdigit()) or value


_DIGIT: Final = re.compile(r"\d")
_ZH_ANY_NUMBER: Final = re.compile(rf"[\d{_NUMERALS}万亿]")


def _number_extra(zh: str, en: str) -> bool:
    """The English has a figure the Chinese lacks ("耕地红线" = "red line of 1.8 billion
    mu of farmland"): the span took in a quantity from around the term."""
    return bool(_DIGIT.search(en)) and not _ZH_ANY_NUMBER.search(zh)


def _predicate_head(
    cand: ZhCandidate, token_links: list[dict[int, float]], side: Any, lo: int, hi: int
) -> bool:
    """The Chinese head (its last word) is rendered by a past-tense verb that opens
    the English ("线上开幕" = "opened online"): a predicate, not a name. A noun phrase
    keeps its head last in English too ("Serving the Overall Development")."""
    first = side.tokens[lo]
    if hi == lo or not first.low.endswith("ed") or first.text[:1].isupper():
        return False
    inside = [k for k, v in token_links[cand.b - 1].items() if lo <= k <= hi and v >= 0.5]
    return inside == [lo]


def _glossed_as_is(head: str, low: str, lex: Lexicon) -> bool:
    """The head word (or its first or last two characters) has the English word ``low``
    in a gloss as it stands, alone or before a noun: an adjective in "-ed", not a verb's
    past (一体化 "integrated"; 专业 "specialized field" in 水域救援|专业队 = "specialized
    water rescue teams"; not 开幕 "to open" in "opened online")."""
    before_noun = low + " "
    return any(
        g == low or g.startswith(before_noun)
        for word in {head, head[:2], head[-2:]}
        if word in lex
        for g in map(str.lower, lex.glosses(word))
    )


# Words in "-ing" that English uses as plain adjectives: they open a term's name
# ("leading tech enterprises" for 科技领军企业, "emerging industries") rather than a
# clause.
_ING_ADJECTIVES: Final = frozenset(
    ["leading", "emerging", "developing", "existing", "ongoing", "upcoming", "outstanding",
     "pressing", "booming", "thriving", "rising", "growing", "prevailing", "remaining",
     "neighboring", "neighbouring", "surrounding", "corresponding", "underlying"]
)  # fmt: skip


def _clause_inside(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: Any,
    lo: int,
    lex: Lexicon,
) -> bool:
    """The English opens with a verb in "-ing" that renders a verb of the Chinese
    other than its first word: a subject, its verb and object ("中国与新加坡|深化|合作" =
    "deepening cooperation between China and Singapore"), not a name. (A slogan that
    opens with its verb is one: 全面深化改革 "deepening reform comprehensively".)"""
    first = side.tokens[lo]
    if (
        not first.low.endswith("ing") or first.text[:1].isupper() or len(first.low) < 6
        or first.low in _ING_ADJECTIVES or first.low in NOUNS_IN_ING
    ):  # fmt: skip
        return False
    # (The head said as "building of ..." is the term's building, another rule's.)
    last = cand.b - 1 if lo + 1 < len(side.tokens) and side.tokens[lo + 1].low == "of" else cand.b
    return any(
        token_links[t].get(lo, 0.0) >= 0.7 and lex.has_verb_sense(tokens[t])
        for t in range(cand.a + 1, last)
    ) and not token_links[cand.a].get(lo)


# Words that join two terms in one Chinese name ("全面禁止|和|彻底销毁").
_ZH_AND: Final = frozenset(["和", "与", "及", "以及", "同"])
# English that says a joining: "and", "between ... and", "R&D" (and "China-ASEAN").
_EN_AND: Final = frozenset(["and", "&", "with", "between", "or", "plus", "as", "versus"])


def _coordination_unsaid(
    cand: ZhCandidate, tokens: tuple[str, ...], side: Any, lo: int, hi: int
) -> bool:
    """The Chinese joins two words with "和" (or "与", "及") and the English span joins
    nothing: it renders one of them, and the candidate is a cut coordination
    ("战略自信和战略" = "strategic self-confidence", before 定力; "倡议和全球安全倡议" =
    "Global Security Initiative"). (Between single characters "和" is no joining:
    天和 "Tianhe", 碳中和.)"""
    if _ZH_AND.isdisjoint(tokens[cand.a + 1 : cand.b - 1]) or not any(
        tokens[t] in _ZH_AND and len(tokens[t - 1]) > 1 and len(tokens[t + 1]) > 1
        for t in range(cand.a + 1, cand.b - 1)
    ):
        return False  # (most candidates join nothing: told without a generator)
    return not any(
        side.lows[k] in _EN_AND or "/" in side.lows[k] or _names_joined(side.tokens[k].text)
        or (k < hi and side.breaks[k])
        for k in range(lo, hi + 1)
    )  # fmt: skip


def _name_and_common_noun(
    cand: ZhCandidate, tokens: tuple[str, ...], side: Any, lo: int, hi: int
) -> bool:
    """The span ends on a name, "and" and common nouns ("Civil Code and laws" of "the
    Civil Code and laws and regulations" for 民法典), and the Chinese joins nothing: the
    common nouns are the next conjunct's, not the name's. (A name going on after its
    "and" is one name: "Belt and Road", "Hong Kong and Macao affairs".)"""
    if not side.and_or or any(ch in cand.text for ch in "和与及、"):
        return False
    title, content = side.title, side.content
    for k in side.and_or:
        if not lo + 1 < k < hi or any(title[k + 1 : hi + 1]):
            continue
        # (A name of two words or more before it: a capital alone may open the
        # sentence, or be an adjective of a people, "overseas Chinese and ...".)
        words = [j for j in range(lo, k) if content[j]]
        if len(words) >= 2 and all(title[j] for j in words):
            return True
    return False


def _first_conjunct_unsaid(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    lo: int,
    hi: int,
) -> bool:
    """Every English word the first conjunct links in the span is the second one's
    too: the span says the second alone ("returned overseas Chinese and their
    relatives" for 海外侨胞|和|归侨侨眷, where 侨胞's "overseas Chinese" is 归侨's
    too; the document says "overseas Chinese," before it)."""
    for t in range(cand.a + 1, cand.b - 1):
        if tokens[t] not in _ZH_AND:
            continue
        first = {k for u in range(cand.a, t) for k in token_links[u] if lo <= k <= hi}
        second = {k for u in range(t + 1, cand.b) for k in token_links[u] if lo <= k <= hi}
        return bool(first) and first <= second
    return False


def _opens_on_another_conjunct(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: Any,
    lo: int,
    hi: int,
) -> bool:
    """The span opens on a word none of the candidate says, then "and" or "or", and
    the candidate joins nothing: the span starts in the phrase before ("warehouses and
    supporting enterprises" for 支持企业, after "overseas warehouses")."""
    if hi - lo < 2 or side.lows[lo + 1] not in ("and", "or"):
        return False
    if any(tokens[t] in _ZH_AND or tokens[t] == "、" for t in range(cand.a, cand.b)):
        return False
    if any(lo in token_links[t] for t in range(cand.a, cand.b)):
        return False
    if not token_links[cand.a] and cand.b - cand.a > 1:
        # (Its first word links nothing at all: the dictionary does not know it, and
        # it may be that first word, 合理|均衡水平 = "adaptive and equilibrium level".)
        return False
    # (Nor a coordination inside one word: 党和国家 "Party and state", 河湖 "river and
    # lake", whose first word one character of the candidate says.)
    return not any(stands_for(ch, side.keys[lo]) for ch in cand.text if has_cjk(ch))


def _terms_listed(cand: ZhCandidate, tokens: tuple[str, ...], side: Any, lo: int, hi: int) -> bool:
    """Two terms joined by "和" (崇高使命|和|方针政策) rendered by a list of three or more
    ("lofty mission, principles and policies"): a coordination of terms, no term. (A
    list of processes under one noun is one: 碳捕集利用与封存 "carbon capture,
    utilization and storage", its last conjunct one word.)"""
    if not side.list_ends or not any(k in side.list_ends for k in range(lo, hi)):
        return False
    at = next((t for t in range(cand.a + 1, cand.b - 1) if tokens[t] in _ZH_AND), -1)
    if at < 0:
        return False
    # (Its last conjunct a term of two words or more: the list is of terms, not of the
    # processes one noun names.)
    return len("".join(tokens[cand.a : at])) >= 2 and len("".join(tokens[at + 1 : cand.b])) >= 4


# Small words inside a title-case name: "Search and Rescue Team".
_NAME_JOINS = frozenset(["and", "of", "for", "the", "on", "in"])


def _name_does_unsaid(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
    inner_verbs: tuple[int, ...],
    lex: Lexicon,
) -> bool:
    """A name, a verb inside the candidate that the span leaves unsaid, and a common
    noun phrase after it: what the named body does ("China International Search and
    Rescue Team | to | international rescue operations" for 中国国际救援队|参与|
    国际救援行动). (A verb inside a name's own words is said by them: "Cross-Border
    Interbank Payment System" says 支付.)"""
    title = side.title
    # The span: a title-case run, then lower case to its end.
    cut = lo
    while cut <= hi and (
        title[cut] or cut < hi and title[cut + 1] and side.lows[cut] in _NAME_JOINS
    ):
        cut += 1
    if cut == lo or cut > hi or any(title[k] for k in range(cut, hi + 1)):
        return False
    for t in inner_verbs:
        if not lex.is_pure_verb(tokens[t]) or any(lo <= k <= hi for k in token_links[t]):
            continue
        named = any(lo <= k < cut for u in range(cand.a, t) for k in token_links[u])
        done = all(
            any(cut <= k <= hi for k in token_links[u])
            for u in range(t + 1, cand.b) if token_links[u]
        )  # fmt: skip
        if named and done:
            return True
    return False


def _purpose_inside(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
    lex: Lexicon,
) -> bool:
    """A verb inside the candidate that the span says as an infinitive after words
    the Chinese before that verb renders: "(affected) areas | to guide | earthquake
    relief work" for 灾区|指导|抗震救灾工作 is who went where to do what, a clause.
    (Not a head said first, the verb and its object after it: 提振|消费|专项行动 =
    "special initiatives | to boost consumption" names the initiatives.)"""
    lows = side.lows
    for k in range(lo + 2, hi + 1):
        if lows[k - 1] != "to":
            continue
        for t in range(cand.a + 1, cand.b):
            if k not in token_links[t] or not _verb_gloss(tokens[t], lows[k], lex):
                continue
            said = {j for u in range(cand.a, cand.b) for j in token_links[u] if lo <= j < k - 1}
            before = {j for u in range(cand.a, t) for j in token_links[u] if lo <= j < k - 1}
            return bool(before) and before == said
    return False


def _object_said_elsewhere(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    lo: int,
    hi: int,
) -> bool:
    """A 对 inside the candidate with one side the English says only outside the span:
    "improved seed varieties (contributed ... of the increase in) grain (output)" for
    良种|对|粮食 renders 良种 and leaves what it acts on, 粮食, to the sentence; "increase
    in wheat output" for 良种|对|小麦增产 leaves what acts on it."""
    for t in range(cand.a + 1, cand.b - 1):
        if tokens[t] != "对":
            continue
        for side_links in (token_links[cand.a : t], token_links[t + 1 : cand.b]):
            if any(side_links) and not any(lo <= k <= hi for lk in side_links for k in lk):
                return True
    return False


def _verb_gloss(word: str, low: str, lex: Lexicon) -> bool:
    """Whether the dictionary glosses ``word`` as the verb ``low`` ("to guide")."""
    return any(g == "to " + low or g.startswith("to " + low + " ") for g in lex.glosses(word))


def _mostly_verb(word: str, lex: Lexicon) -> bool:
    """Whether most senses of ``word`` are verbs (落实 "practical; to implement; to carry
    out"), unlike a noun that has a verb sense too (存款 "to deposit money; bank
    savings", which 存款准备金率 "reserve requirement ratio" may leave unsaid)."""
    glosses = lex.glosses(word)
    return sum(g.startswith("to ") for g in glosses) * 2 > len(glosses)


# "以世界贸易组织为核心的多边贸易体制": a formula naming what is at the core (the
# centre, the mainstay) of a system; its English says the role after the name.
_ROLE_FORMULA: Final = re.compile(r"^以.+为(?:核心|中心|主体|主导|基础|重点|引领|支撑)的")
_ROLE_WORDS = frozenset(
    ["core", "centre", "center", "mainstay", "main body", "cornerstone", "foundation", "pillar"]
)


def _with_role(r: Rendering, side: Any) -> None:
    """Extend ``r`` over the role its name plays, when the English says it right after
    the span ("... the World Trade Organization (WTO) | at its core") or says the name
    after it with a participle ("international order | underpinned by international
    law"); a rendering of the formula without it is cut."""
    lows = side.lows
    k = r.hi + 1
    if (
        k + 2 < len(lows) and not side.breaks[r.hi] and lows[k + 1] in ("by", "on", "upon")
        and (lows[k].endswith("ed") or lows[k] == "built")
    ):  # fmt: skip
        # ... or after it with a participle: "international order | underpinned by
        # international law", "based on the UN Charter": to the clause's end.
        end = k + 2
        while end + 1 < len(lows) and not side.breaks[end] and end - k < 8:
            end += 1
        if side.breaks[end] or end + 1 == len(lows):
            r.text = f"{r.text} {span_text(side, k, end)}"
            r.hi = end
        return
    if k < len(lows) and is_acronym(side.tokens[k].text):
        k += 1  # the name's acronym in brackets, left out: "(WTO)"
    if k + 2 < len(lows) and lows[k] in ("at", "as") and lows[k + 1] in ("its", "the"):
        for width in (1, 2):
            end = k + 1 + width
            if end < len(lows) and " ".join(lows[k + 2 : end + 1]) in _ROLE_WORDS:
                r.text = f"{r.text} {span_text(side, k, end)}"
                r.hi = end
                return


def _plain_sense(gloss: str) -> str:
    """A gloss lower-cased, without a leading "to " or "the " ("the people": "people")."""
    return gloss.lower().removeprefix("to ").removeprefix("the ")


# Last words of names: a near-synonym pair that starts a name is part of it.
_NAME_ENDS = tuple(sorted({*NAMED_HEADS, *ORG_HEADS}))


def _synonyms_paired(cand: ZhCandidate, tokens: tuple[str, ...], lex: Lexicon) -> bool:
    """Two words with a sense in common, alone or before words that end no name:
    near-synonyms paired for rhythm (外交外事 "foreign affairs", 方针政策 "policies",
    外交外事|工作), which the English says once. Either word alone is the term, if any.
    (Inside a name such a pair is part of it: 国家卫生健康委员会 "National Health
    Commission", 卫生健康|委员会.)"""
    if (
        cand.b - cand.a < 2
        or cand.b - cand.a > 2
        and (cand.text.endswith(_NAME_ENDS) or cand.quoted)
    ):
        # (Nor in a name in quotes: “全民|国家|安全教育日” is the National Security
        # Education Day, 全民 said by no word of it.)
        return False
    return _synonyms(tokens[cand.a], tokens[cand.a + 1], lex)


def _said_apart(cand: ZhCandidate, token_links: list[dict[int, float]], side: EnSide) -> bool:
    """The English says the first two words of ``cand`` as two words joined by "and"
    ("certification and accreditation" for 认证|认可, "inspection and testing" for
    检验|检测): a pair of terms in the field, not near-synonyms said once."""
    first, second = token_links[cand.a], token_links[cand.a + 1]
    for k in first:
        for j in second:
            lo, hi = min(k, j), max(k, j)
            if 1 < hi - lo <= 4 and "and" in side.lows[lo + 1 : hi]:
                return True
    return False


def _synonym_beside(cand: ZhCandidate, tokens: tuple[str, ...], lex: Lexicon) -> bool:
    """A word next to a near-synonym of it (外交|外事 "foreign affairs"): the pair is
    said once in English, so the English is the pair's, not this word's."""
    a, b = cand.a, cand.b
    return (a > 0 and _synonyms(tokens[a - 1], tokens[a], lex)) or (
        b < len(tokens) and _synonyms(tokens[a], tokens[b], lex)
    )


def _synonyms(one: str, other: str, lex: Lexicon) -> bool:
    """Two words of two characters or more with a sense in common."""
    if len(one) < 2 or len(other) < 2:
        return False
    got = lex.synonym_pairs.get((one, other))
    if got is None:
        # (Glosses compared as written, lower-cased: en_key's cache would keep every
        # gloss of every pair of words met.)
        first = {_plain_sense(g) for g in lex.glosses(one)}
        got = any(_plain_sense(g) in first for g in lex.glosses(other))
        if len(lex.synonym_pairs) > 200_000:
            lex.synonym_pairs.clear()
        lex.synonym_pairs[(one, other)] = got
    return got


_ORDINAL_TOKEN: Final = re.compile(r"^(?:第?[\d零〇一二两三四五六七八九十百]+|首)?[届次期]?$")


_QUOTE_MARKS: Final = frozenset("“”‘’「」『』")


def _neighbour_inside(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
) -> bool:
    """A word inside the span that the Chinese word right before or after the
    candidate renders exactly, and nothing in the candidate does: the span renders
    more than the candidate ("high-quality development of follow-up projects" for
    后续|工程高质量发展, where "follow-up" is 后续's). Past a conjunction, the word
    on its other side: "rail transit networks in city clusters and metropolitan
    areas" says 城市群 of 城市群|和|都市圈轨道交通网络化, not only 都市圈…."""
    own: set[int] = set()
    loose: set[int] = set()  # (words the candidate links only loosely)
    for t in range(cand.a, cand.b):
        for k, v in token_links[t].items():
            (own if v >= 0.9 else loose).add(k)
    loose -= own
    before, after = cand.a - 1, cand.b
    # (Past the quote mark of a quoted name beside it: in “九章”|光量子计算原型机 =
    # "the photonic quantum computing prototype Jiuzhang", "Jiuzhang" is the name's.
    # Not out of the candidate's own quotes: a quoted name's words are its own,
    # "High-Level" of “双高计划”, though 国家级 "national level" before it links it.)
    if not cand.quoted:
        if before >= 1 and tokens[before] in _QUOTE_MARKS:
            before -= 1
        if after < len(tokens) - 1 and tokens[after] in _QUOTE_MARKS:
            after += 1
    for t in (before, after):
        if not 0 <= t < len(tokens) or _ORDINAL_TOKEN.match(tokens[t]):
            continue  # (an edition's ordinal: see plain_editions)
        # (Nor loosely: "interference" is 干涉's in 干涉|别国内政, though 内政's gloss
        # "internal affairs (of another country)" reaches it.)
        for k, v in token_links[t].items():
            if v >= 0.9 and lo <= k <= hi and k not in own and (k not in loose or v == 1.0):
                return True
    # (Past a conjunction, only a word said once: in "Shanghai Pudong International
    # Airport and Shanghai Hongqiao International Airport" each name has its own.)
    for t, conj in ((cand.a - 2, cand.a - 1), (cand.b + 1, cand.b)):
        if not 0 <= t < len(tokens) or tokens[conj] not in _CONJUNCTIONS:
            continue
        lk = token_links[t]
        said = [k for k, v in lk.items() if v >= 0.9]
        for k in said:
            if (
                lo <= k <= hi
                and k not in own
                and not any(side.lows[j] == side.lows[k] for j in said if not lo <= j <= hi)
            ):
                return True
    return False


def _cuts_outside_rendering(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
) -> bool:
    """An edge of the span falls inside the exact English of a Chinese word outside
    the candidate: "rail transit networks in city" for 都市圈轨道交通网络化 keeps
    "city" of "city clusters" (城市群) and leaves "clusters". (Not across a break: the
    "(AIIB)" after a name is its acronym's, and in "drugs, medical devices" a loose
    link of 药品 to "medical" is no phrase.)"""
    toks = side.tokens

    def joined(k: int) -> bool:  # tokens k and k + 1 with only a space between
        return 0 <= k < len(toks) - 1 and side.text[toks[k].end : toks[k + 1].start] in (" ", "-")

    right, left = joined(hi), joined(lo - 1)
    if not (right or left):
        return False
    # (Only a word near the candidate: the same words said again elsewhere are another
    # use of them, "traditional Chinese medicine" for 中医药 as well as for 中西医.)
    for t in range(max(0, cand.a - 3), min(len(token_links), cand.b + 3)):
        lk = token_links[t]
        if cand.a <= t < cand.b or len(lk) < 2:
            continue
        if right and lk.get(hi, 0.0) >= 0.9 and lk.get(hi + 1, 0.0) >= 0.9:
            return True
        if left and lk.get(lo, 0.0) >= 0.9 and lk.get(lo - 1, 0.0) >= 0.9:
            return True
    # ... or of two Chinese words side by side outside it, said in the same order:
    # "insurance and work injury insurance systems" for 工伤保险制度 keeps "insurance"
    # of "unemployment insurance" (失业|保险) and leaves "unemployment".
    # (Not words the candidate says itself: 免签|政策 before 单方面|免签 is the same
    # "visa-free" said of another policy.)
    own = tokens[cand.a : cand.b]
    for t in range(max(1, cand.a - 3), min(len(token_links), cand.b + 3)):
        if cand.a <= t < cand.b or cand.a <= t - 1 < cand.b:
            continue
        before, here = token_links[t - 1], token_links[t]
        if not before or not here or tokens[t - 1] in own or tokens[t] in own:
            continue
        if left and here.get(lo, 0.0) >= 0.9 and before.get(lo - 1, 0.0) >= 0.9:
            return True
        if right and before.get(hi, 0.0) >= 0.9 and here.get(hi + 1, 0.0) >= 0.9:
            return True
    return False


# 全国 said after the thing as an adverb ("patent and trademark pledge financing
# nationwide") is how far it reaches, not part of its name (全国碳市场 "national carbon
# market"): the pair is the rest (专利商标质押融资).
_NATIONWIDE: Final = ("nationwide", "across the country", "throughout the country", "across china")


def _last_word_repeated(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    lo: int,
    hi: int,
) -> bool:
    """The candidate's last word is said earlier in it too, and the English between
    ``lo`` and ``hi`` says it once: the second is the next phrase's first word
    (双流国际机场|国际（地区）客运航线, "Shuangliu International Airport"). Not in a
    slogan of parallel parts, whose English says their shared word once: 人民至上、
    生命至上 = "put the people and their lives first"."""
    last = tokens[cand.b - 1]
    inner = tokens[cand.a : cand.b - 1]
    if cand.b - cand.a < 3 or len(last) < 2 or last not in inner or "、" in inner:
        return False
    said = {
        k
        for t in range(cand.a, cand.b)
        if tokens[t] == last
        for k in token_links[t]
        if lo <= k <= hi
    }
    return len(said) < 2


def _related_with(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
) -> bool:
    """A 与 or 和 inside that the English says as "with" right after the word before
    it: a relation between two things ("integration of AI technologies with all
    sectors of the economy and society" for 人工智能技术|与|经济社会), not a name
    coordinating them ("international peace and security")."""
    for t in range(cand.a + 1, cand.b - 1):
        if tokens[t] not in ("与", "和", "同"):
            continue
        said = [k for k in token_links[t - 1] if lo <= k < hi]
        if said and side.lows[max(said) + 1] == "with":
            return True
    return False


_LINKING_PREPOSITIONS: Final = frozenset(["of", "for", "with", "on", "in", "to"])


def _inverted_de(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
) -> bool:
    """The candidate is "A的B", whose head is B, and the span is "X for Y" whose head X
    renders A and whose Y renders B: heads and modifiers swapped, the span renders
    other Chinese ("reserve requirement ratio for financial institutions" is
    金融机构|存款准备金率, not 存款准备金率|的|金融机构, institutions with an RRR)."""
    if "的" not in tokens[cand.a + 1 : cand.b - 1]:
        return False
    d = tokens.index("的", cand.a + 1, cand.b - 1)
    at = next((k for k in range(lo + 1, hi) if side.lows[k] in _LINKING_PREPOSITIONS), None)
    if at is None:
        return False

    def said(first: int, last: int) -> set[int]:
        return {k for t in range(first, last) for k in token_links[t] if lo <= k <= hi}

    # (X's head, its last word, must be A's: in "people-centered philosophy of
    # development" for 以人民为中心的|发展思想 it is 思想's, unknown to the dictionary.)
    before, after = said(cand.a, d), said(d + 1, cand.b)
    return (
        at - 1 in before and bool(after) and max(before) < at < min(after)
        and before.isdisjoint(after)
    )  # fmt: skip


def _head_after_preposition(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    hi: int,
    lex: Lexicon,
) -> bool:
    """The Chinese word right after the candidate is said right after the span,
    behind a preposition: the candidate stops before its head ("high-standard
    Sino-foreign cooperation | in running schools" for 高水平中外合作|办学, where
    中外合作办学 is the term)."""
    t = cand.b
    if t >= len(tokens) or not has_cjk(tokens[t]) or is_breaker(tokens[t]):
        return False
    lows = side.lows
    k = hi + 2
    if k >= len(lows) or lows[hi + 1] not in ("of", "in", "for", "on") or side.breaks[hi]:
        return False
    if lows[k] in ARTICLES and k + 1 < len(lows):
        k += 1
    # (A verb after it is done to the term unless the English names it by its
    # gerund: 新能源汽车|下乡 = "new energy vehicles | in rural areas".)
    # (A word the dictionary lacks is judged by its first word or character: 放|在首位.)
    tok = tokens[t]
    word = next((w for w in (tok, tok[:2], tok[:1]) if lex.glosses(w)), tok)
    verbal = lex.has_verb_sense(word) and not lows[k].endswith("ing")
    return not verbal and token_links[t].get(k, 0.0) >= 0.9


def _of_chain_cut(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
    hi: int,
) -> bool:
    """The span has an "of" phrase and a second "of" phrase, inside it or right after
    it, renders the Chinese word just before the candidate: the candidate cut a chain
    of modifiers the English says in reverse ("high-quality development of follow-up
    projects | of the South-to-North Water Diversion Project" for 南水北调|后续工程
    高质量发展)."""
    if cand.a == 0:
        return False
    lows = side.lows
    n = len(lows)
    if lows[lo + 1 : min(hi + 2, n - 1)].count("of") < 2:
        return False  # (most spans: told with no comprehension)
    ofs = [
        j for j in range(lo + 1, min(hi + 2, n - 1)) if lows[j] == "of" and not side.breaks[j - 1]
    ]
    if len(ofs) < 2:
        return False
    before = cand.start - len(tokens[cand.a - 1])
    # (Or through its characters: 南|北 of 南水北调 = "South-to-North". The units with
    # links that lie inside that word, by their ends.)
    units, links = side.units, side.links
    parts = [
        i
        for end in range(before + 1, cand.start + 1)
        for i in side.by_end.get(end, ())
        if units[i].start >= before
    ]
    for j in ofs[1:]:
        k = j + 1 + (lows[j + 1] in ARTICLES)
        if k >= n:
            continue
        if token_links[cand.a - 1].get(k, 0.0) >= 0.6:
            return True
        for i in parts:
            if links[i].get(k, 0.0) >= 0.6:
                return True
    return False


def _parallel_names(side: Any, lo: int, hi: int) -> bool:
    """The English span is two names of one kind joined by "and" ("Beijing Capital
    International Airport and Beijing Daxing International Airport", "Ministry of
    Commerce and Ministry of Finance"): each is a term, the pair is none. (Not one
    name with an "and" inside: "Ministry of Industry and Information Technology".)"""
    lows = side.lows
    return bool(side.title_ands) and any(
        lo < k < hi and (lows[k - 1] == lows[hi] or lows[lo] == lows[k + 1] not in _COUNTED)
        for k in side.title_ands
    )


# A numbered formula repeats its number, and is one term: "Three Deliveries, Three
# Solutions and Three Optimizations".
_COUNTED: Final = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)


def _names_joined(word: str) -> bool:
    """Names joined by a hyphen: "China-ASEAN", "South-South" (not "self-confidence")."""
    parts = word.split("-")
    return len(parts) > 1 and all(part[:1].isupper() for part in parts)


def _renders_own(
    cand: ZhCandidate, t: int, token_links: list[dict[int, float]], lo: int, hi: int
) -> bool:
    """Token ``t`` of the candidate links an English word in [lo, hi] that no other
    token of the candidate links."""
    for k in token_links[t]:
        if lo <= k <= hi and not any(k in token_links[o] for o in range(cand.a, cand.b) if o != t):
            return True
    return False


_POSTS_OF: Final = frozenset([*PERSON_TITLES, "委员"])


def _post_left_out(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: EnSide,
    lo: int,
) -> bool:
    """The candidate ends in a post whose English stands before the span with "of"
    ("a member of | the Political Bureau of the CPC Central Committee" for
    中共中央政治局委员): the span names the body, not the post. (The post's word in
    the body's name, "Committee", says the post no more than 委员 says 中央.)"""
    if cand.b - cand.a < 2 or tokens[cand.b - 1] not in _POSTS_OF:
        return False
    k = lo - 1
    while k >= 0 and side.lows[k] in ARTICLES:
        k -= 1
    if k < 1 or side.lows[k] != "of":
        return False
    return token_links[cand.b - 1].get(k - 1, 0.0) >= 0.9


def _edge_elsewhere(
    cand: ZhCandidate,
    token_links: list[dict[int, float]],
    lo: int,
    hi: int,
    verbs: tuple[int, ...] = (),
) -> float:
    """Fit penalty when a first or last word of the candidate is translated outside
    the English span: the word is not part of this term ("发展|航天事业" = "develop |
    the space industry", "联合|工会" = "work with | trade unions"). Likewise a verb
    inside (``verbs``, token positions): "重庆|共建|成渝" = "Chongqing ... jointly
    building | the Chengdu-Chongqing ..." is a clause around the span."""
    pen = 0.0
    for t in {cand.a, cand.b - 1, *verbs}:
        inside = 0.0
        near: list[int] = []
        for k, v in token_links[t].items():
            # (Comparisons rather than max(): this runs for every rendering kept.)
            if lo <= k <= hi:
                if v > inside:
                    inside = v
            elif lo - 3 <= k <= hi + 3 and v >= 0.7:
                # Right next to the span: a distant match is as likely another use of
                # the same word ("China" ... "Chinese characteristics").
                near.append(k)
        if (
            near and inside == 0.0
            and not all(_said_by_another(cand, token_links, t, k) for k in near)
        ):  # fmt: skip
            pen += 0.3
    return pen


def _said_by_another(
    cand: ZhCandidate, token_links: list[dict[int, float]], t: int, k: int
) -> bool:
    """English token ``k``, which the candidate's word ``t`` links, is linked more
    strongly by a word outside the candidate: that word's English, which the
    candidate's word says only in part (拍 "shoot" of 合拍片 beside 拍摄 "to shoot":
    "Sino-foreign co-productions | to shoot on location"; 整合 "to integrate" beside
    一体化 "integration")."""
    v = token_links[t][k]
    return any(
        links.get(k, 0.0) > v for u, links in enumerate(token_links) if u < cand.a or u >= cand.b
    )


def _from_lists(
    zh: str, en: str, tokens: tuple[str, ...], accepted: list[Scored], lex: Lexicon
) -> list[Scored]:
    """Items of matching enumerations that got no pair of their own. (An item whose
    pair renders it by the English item's last words only, the dictionary knowing
    nothing of its modifier, takes the whole English item instead: 普惠金融 is
    "inclusive finance" in "technology finance, green finance, inclusive finance ...",
    not "finance"; so does one whose pair runs over the list. That pair is replaced in
    ``accepted``.)"""
    from glossary.mining.candidates import BREAKERS
    from glossary.mining.lists import list_pairs

    out: list[Scored] = []
    for i, (z, e, at, fit) in enumerate(list_pairs(zh, en, tokens, BREAKERS, lex)):
        span = (at, at + len(z))
        cut = next((a for a in accepted if a.zh_span == span and _cut_of_item(a, e)), None)
        if cut is not None:
            accepted.remove(cut)
        elif any(a.zh_span[0] < span[1] and span[0] < a.zh_span[1] for a in accepted):
            continue
        p = Scored(
            zh=z,
            en=e,
            zh_span=span,
            en_span=(2_000_000 + i, 2_000_000 + i),  # spans of their own: no conflicts
            fit=fit,
            termhood=0.6 if cut is None else max(0.6, cut.termhood),
            zh_cover=fit,
            en_cover=fit,
        )
        p.local = local_score(p)
        out.append(p)
    return out


def _cut_of_item(p: Scored, item: str) -> bool:
    """``p`` renders less of its Chinese than the list's English item, whose last words
    its English is; or its English runs from the item over the list's commas
    ("regulation, penetrating regulation and continuous regulation" for 穿透式监管; an
    "and" alone may be the item's own: "integration of culture and tourism")."""
    low, whole = p.en.lower(), item.lower()
    if low == whole:
        return False
    if whole in low:
        return "," in low.replace(whole, " ", 1)
    return p.zh_cover < 0.9 and whole.endswith(" " + low)


def _from_wider(
    tokens: tuple[str, ...],
    units: list[Any],
    ranked: list[tuple[float, int, ZhCandidate, float, bool]],
    rendered: set[tuple[int, int]],
    accepted: list[Scored],
    wider: str,
    lex: Lexicon,
) -> list[Scored]:
    """Strong candidates with no rendering in their sentence, rendered in the paragraph."""
    todo = [
        (cand, th) for _n, _i, cand, th, _w in ranked
        if th >= 0.6 and (cand.start, cand.end) not in rendered
        and not any(a.zh_span[0] < cand.end and cand.start < a.zh_span[1] for a in accepted)
    ]  # fmt: skip
    if not todo:
        return []
    side = en_side(wider)
    links = link(units, side)
    found: list[Scored] = []
    for cand, th in todo:
        recorded = _recorded_words(cand, lex)
        for r in render(cand, units, links, side, top=1):
            if r.fit < 0.75 or recorded and _cut_of_recorded(_words_of(r.text), recorded):
                continue
            p = Scored(
                zh=cand.text,
                en=r.text,
                # Spans of another text: kept apart from the sentence's own spans.
                zh_span=(cand.start, cand.end),
                en_span=(r.lo + 1_000_000, r.hi + 1_000_000),
                fit=r.fit,
                termhood=th,
                zh_cover=r.zh_cover,
                en_cover=r.en_cover,
                quoted=cand.quoted,
                single=cand.b - cand.a == 1,
                strong=boundary_strength(cand, tokens, lex),
            )
            p.local = local_score(p)
            if p.local >= _MIN_LOCAL:
                found.append(p)
    return competitive_link(found)


def _mine_simplified(zh: str, en: str, lex: Lexicon, wider: str) -> list[Scored]:
    """Mine traditional Chinese through its simplified form (the lexicon and jieba are
    simplified), reporting the terms as the document writes them."""
    from glossary.text import to_simplified

    simple = to_simplified(zh)
    if simple == zh or len(simple) != len(zh):
        return mine_pair(zh, en, lex, wider=wider)
    pairs = mine_pair(simple, en, lex, wider=wider)
    for p in pairs:
        p.zh = zh[p.zh_span[0] : p.zh_span[1]]
    return pairs


_FIRST_WORD = re.compile(r"^([A-Z][a-z]+)(?=[\s-])")


def sentence_cased(en: str, text: str) -> str:
    """A rendering taken from the start of a sentence, in the case it has inside one:
    "High-risk institutions" -> "high-risk institutions". Only a common word is
    lowered (see :func:`common_words`: "Chinese companies", "Fengqiao experience"
    keep theirs), and not in a name ("Belt and Road Initiative" has capitals after
    it), nor where the document itself capitalises it inside a sentence ("Party
    building", after "the Party's")."""
    m = _FIRST_WORD.match(en)
    if m is None:
        return en
    word = m.group(1)
    rest = en[m.end() :]
    if any(c.isupper() for c in rest) or word.lower() not in common_words():
        return en
    if re.search(rf"[a-z,;] {word}\b", text):
        return en
    return word.lower() + rest


def branching(corpus: str, term: str) -> float:
    """Branching entropy of a repeated Chinese term in the document, as a logit bonus.

    A term seen several times with varied neighbours is a unit of its own (bonus); one
    always followed (or preceded) by the same character is a piece of something longer
    (penalty). A term seen once says nothing.
    """
    import math
    from collections import Counter

    if len(term) < 2:
        return 0.0
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    start = corpus.find(term)
    n = 0
    while start >= 0 and n < 200:
        n += 1
        left[corpus[start - 1] if start > 0 else "^"] += 1
        end = start + len(term)
        right[corpus[end] if end < len(corpus) else "$"] += 1
        start = corpus.find(term, start + 1)
    if n < 2:
        return 0.0

    def entropy(c: Counter[str]) -> float:
        """Shannon entropy (bits) of the neighbour counts."""
        return -sum(v / n * math.log2(v / n) for v in c.values())

    h = min(entropy(left), entropy(right))
    if h == 0.0:
        return -0.3 if n >= 3 else 0.0
    return min(0.3, 0.2 * h)


# A five-year plan by its number: 十五五 = 第十五个五年规划 (the 15th Five-Year Plan).
_PLAN_BY_NUMBER = re.compile("^([一二三四五六七八九十]+)五$")


def _one_word_apart(a: str, b: str) -> bool:
    """Two terms of four characters or more the same but for one or two characters
    side by side: variants of one term that share its English (跨境资本流动 and
    跨境资金流动, "cross-border capital flows")."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return 0 < len(diff) <= 2 and diff[-1] - diff[0] < 2


def _bracketed_after(a: str, b: str, corpus: str) -> bool:
    """The text gives one of two Chinese terms in brackets right after the other, as its
    short form: 跨境电子商务（跨境电商）, cross-border e-commerce, whose short form need
    not end as the name does."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return in_order(short, long) and any(
        f"{long}{o}{short}{c}" in corpus for o, c in (("（", "）"), ("(", ")"))
    )


_HEADS_SAID_BY_FIRST = ("办公室", "委员会")


def _short_form(a: str, b: str) -> bool:
    """One of two Chinese terms is a short form of the other: three or more of its
    characters, in order, ending as it ends (三北工程 of 三北防护林体系建设工程, the
    Three-North Shelterbelt Forest Program; 进博会 of 中国国际进口博览会), or a five-year
    plan by its number (十五五 of 第十五个五年规划)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    plan = _PLAN_BY_NUMBER.match(short)
    if plan and f"第{plan.group(1)}个五年" in long:
        return True
    # (Ending as it ends, or on the first character of a head said by it: 全国老龄办 of
    # 全国老龄工作委员会办公室, 办 for 办公室; 国家监委, 委 for 委员会.)
    # (Or on the first character of its last word of two, 低保 of 最低生活保障 and 医保 of
    # 医疗保险: 保 for 保障, 保险.)
    ends_as_it_ends = short[-1] == long[-1] and len(short) >= 3
    head_said_by_first = (
        long.endswith(_HEADS_SAID_BY_FIRST) and short[-1] == long[-3] and len(short) >= 3
    )
    last_word_by_first = short[-1] == long[-2] and len(short) >= 2 and len(long) >= 4
    if not (ends_as_it_ends or head_said_by_first or last_word_by_first):
        return False
    it = iter(long)
    return all(ch in it for ch in short)


def _demote_fragments(
    scored: list[tuple[float, str, str, _Agg]], corpus: str, lex: Lexicon | None = None
) -> list[tuple[float, str, str, _Agg]]:
    """C-value's rule at document level: a Chinese term that never occurs outside a
    longer proposed term (外交思想 only ever in 习近平外交思想) is a fragment of it, not
    a term of its own, when the longer one is about as credible. Not a name the
    dictionary renders exactly as here: 金砖国家 "BRICS" inside 金砖国家领导人第十六次
    会晤 "16th BRICS Summit" is a term nested in a longer one.

    A part given the very English of the longer term is a fragment however credible it
    looks, and the longer term takes its rank: 成渝地区 = "Chengdu-Chongqing Twin-Hub
    Mega-Region" only ever inside 成渝地区双城经济圈, the name that English renders."""
    best: dict[str, float] = {}
    best_en: dict[str, str] = {}
    english: dict[str, str] = {}
    named: set[str] = set()
    for logit, _zk, ek, a in scored:
        if logit > best.get(a.zh, -99.0):
            best[a.zh] = logit
            best_en[a.zh] = ek
            english[a.zh] = a.en
        if lex is not None and any(en_key(g) == ek for g in lex.glosses(a.zh)):
            named.add(a.zh)
    counts: dict[str, int] = {}

    def count(text: str) -> int:
        """Occurrences of ``text`` in the document (memoised: str.count scans it all)."""
        n = counts.get(text)
        if n is None:
            n = counts[text] = corpus.count(text)
        return n

    def named_whole(part: str, longer: str) -> bool:
        """Whether what ``longer`` adds to ``part`` is more of the name its English
        renders: words the dictionary does not know or whose gloss that English says
        (成渝地区|双城经济圈 "... Twin-Hub Mega-Region"). Not a verb, a conjunct or a
        known word the English leaves out (市第六次党代会|确定, 战略自信|和战略,
        粤港澳大湾区|国际科技)."""
        if lex is None:
            return False
        at = longer.find(part)
        added = longer[:at] + " " + longer[at + len(part) :]
        if any(c in INNER or not (c == " " or has_cjk(c)) for c in added):
            return False  # (nor a quotation mark: 共建|“冰上丝绸之路”)
        # (Plurals meet: en_key keeps "-ics", so "characteristics" is not 特色's
        # "characteristic" without this.)
        said = {_en_norm(w) for w in best_en[longer].split()}
        # The words of a name in the English that the part's own words do not explain
        # ("Twin-Hub", "Mega-"): an unknown added word needs some (妇女联合会|约谈用人
        # 单位 = "women federations", 神舟十六号航天员乘组|顺利完成 = "Shenzhou-16 crew").
        unsaid: list[str] | None = None  # (worked out when first needed)
        for side in added.split():
            for tok in zh_tokens(side):
                if lex.has_verb_sense(tok):
                    return False
                known = [g for g in lex.glosses(tok) if not g[:1].isupper()]
                if known and not any(
                    said.intersection(map(_en_norm, en_key(g).split())) for g in known
                ):
                    return False
                if not known:
                    if unsaid is None:
                        unsaid = unexplained(part, longer)
                    if not unsaid:
                        return False
        return True

    explanations: dict[str, set[str]] = {}

    def unexplained(part: str, longer: str) -> list[str]:
        """The title-case words of ``longer``'s English that no gloss of ``part``'s
        words explains."""
        assert lex is not None  # (named_whole asks only with a dictionary)
        explained = explanations.get(part)
        if explained is None:
            explained = explanations[part] = set().union(
                *(en_key(g).split() for w in (*zh_tokens(part), *part) for g in lex.glosses(w))
            )  # fmt: skip
        return [
            w for w in re.findall(r"[A-Z][\w]*", english[longer])
            if not explained.issuperset(en_key(w).split())
        ]  # fmt: skip

    def said_within(part: str, longer: str) -> bool:
        """Whether the longer term's English is the part's, or, when the part is the
        longer term's head (Chinese heads come last), says the part's words in one run
        (大国外交 "diplomacy of a major country" in 中国特色大国外交 "diplomacy of a
        major country with Chinese characteristics"; not 市委外办 in 市委外办主任
        "Director-General of the Office ...", a post of that body)."""
        part_en, longer_en = best_en[part], best_en[longer]
        if part_en == longer_en:
            return True
        # (Not an edition: 第五届中国国际进口博览会 "fifth China International Import
        # Expo" is one holding of the event 中国国际进口博览会 names.)
        return (
            longer.endswith(part) and not _ZH_NUMBER.search(longer[: -len(part)])
            and f" {part_en} " in f" {longer_en} "
        )  # fmt: skip

    # Each proposed term inside a longer one, once per place it stands there: the
    # substrings of every term are walked once, for both passes below.
    pairs: list[tuple[str, str, int]] = []
    for longer in best:
        if "、" in longer:
            continue  # (the items of a listed slogan are no fragments of it)
        n = len(longer)
        for i in range(n):
            for j in range(i + 2, n + 1 if i else n):
                part = longer[i:j]
                if part in best and part not in named:
                    pairs.append((part, longer, i))
    starts: dict[str, list[int]] = {}

    def places(text: str) -> list[int]:
        """Where ``text`` starts in the document (memoised)."""
        found = starts.get(text)
        if found is None:
            found = starts[text] = []
            at = corpus.find(text)
            while at >= 0:
                found.append(at)
                at = corpus.find(text, at + 1)
        return found

    def named_parts() -> tuple[dict[str, int], dict[str, str]]:
        """Places of each proposed term inside longer names that say its English
        (each place once however many of the names nest there: 新能源高质量发展 in
        新时代新能源高质量发展), and the longest such name."""
        said = [(part, longer, at) for part, longer, at in pairs if said_within(part, longer)]
        # Only a part that never stands outside such names can be a fragment: that is
        # checked before the slower test of what the names add.
        spots = [[p + at for p in places(longer)] for _part, longer, at in said]
        reach: dict[str, set[int]] = {}
        for (part, _longer, _at), here in zip(said, spots, strict=True):
            reach.setdefault(part, set()).update(here)
        inside: dict[str, set[int]] = {}
        longest: dict[str, str] = {}
        for (part, longer, _at), here in zip(said, spots, strict=True):
            if len(reach[part]) < count(part) or not named_whole(part, longer):
                continue
            inside.setdefault(part, set()).update(here)
            if len(longer) > len(longest.get(part, "")):
                longest[part] = longer
        return {part: len(at) for part, at in inside.items()}, longest

    def credible_parts() -> dict[str, int]:
        """Occurrences of each proposed term inside longer proposed terms about as
        credible (summed over them: 高质量 in 高质量发展 and in 高质量共建)."""
        within: dict[str, int] = {}
        for part, longer, _at in pairs:
            if best[part] <= best[longer] + 0.5:
                within[part] = within.get(part, 0) + count(longer)
        return within

    fragment: set[str] = set()
    within, longest = named_parts()
    lifted: dict[str, float] = {}
    for part, n in within.items():
        if count(part) <= n:
            fragment.add(part)
            whole = longest[part]
            lifted[whole] = best[whole] = max(best[whole], best[part], lifted.get(whole, -99.0))
    within = credible_parts()
    fragment.update(part for part, n in within.items() if count(part) <= n)
    if not fragment and not lifted:
        return scored
    out = []
    for logit, zk, ek, a in scored:
        if a.zh in fragment:
            logit -= 1.5
        elif a.zh in lifted and ek == best_en[a.zh]:
            logit = lifted[a.zh]
        out.append((logit, zk, ek, a))
    return out


_HEAD_OF = re.compile(r"^(?:the )?(?:[a-z][\w-]* )?[a-z][\w-]* (of|for|on) (?:the |an? )?(.+)$")


# How far below the shorter English the fuller one may be and still take its place.
_FULLER_MARGIN = 0.5


def _same_term_groups(scored: list[tuple[float, str, str, _Agg]]) -> list[list[int]]:
    """The positions in ``scored`` of each Chinese term with two renderings or more."""
    by_zh: dict[str, list[int]] = {}
    for i, (_logit, zk, _ek, _a) in enumerate(scored):
        by_zh.setdefault(zk, []).append(i)
    return [group for group in by_zh.values() if len(group) >= 2]


def _prefer_fuller_english(
    scored: list[tuple[float, str, str, _Agg]],
) -> list[tuple[float, str, str, _Agg]]:
    """Two renderings of one Chinese term, one the other with more words at an end
    ("NPC Standing Committee" and "Standing Committee" for 全国人大常委会), seen more
    often and nearly as sure: the fuller one is the term's, the shorter a later
    mention that leaves part of it unsaid ("the Standing Committee"). (Not one seen
    as often: "Belt and Road Initiative" once beside "Belt and Road" once, where
    "Initiative" may be 倡议's.)"""
    out = list(scored)
    for group in _same_term_groups(scored):
        for i in group:
            short = out[i][3].en.lower().split()
            for j in group:
                full = out[j][3].en.lower().split()
                extra = len(full) - len(short)
                if (
                    extra > 0 and (full[extra:] == short or full[: len(short)] == short)
                    and out[j][3].count > out[i][3].count
                    and out[i][0] - _FULLER_MARGIN <= out[j][0] < out[i][0]
                ):  # fmt: skip
                    out[j] = (out[i][0] + 0.01, *out[j][1:])
    return out


def _prefer_said_english(
    scored: list[tuple[float, str, str, _Agg]],
) -> list[tuple[float, str, str, _Agg]]:
    """Two renderings of one Chinese term, one the text says as written and one made
    from a longer name ("Law on Promoting Rural Revitalization", cut from "Law of the
    People's Republic of China on Promoting Rural Revitalization", beside "the Rural
    Revitalization Promotion Law" said of 乡村振兴促进法 itself), nearly as sure: the
    one the text says is the term's."""
    out = list(scored)
    for group in _same_term_groups(scored):
        top = max(group, key=lambda i: out[i][0])
        if _said(out[top][3]):
            continue
        # (Not a part of the top one's English: "National People's Congress" is said
        # wherever "Standing Committee of the National People's Congress" is.)
        top_en = out[top][3].en.lower()
        said = [
            j for j in group
            if j != top and _said(out[j][3]) and out[j][3].en.lower() not in top_en
        ]  # fmt: skip
        best = max(said, key=lambda j: out[j][0], default=-1)
        if best >= 0 and out[best][0] >= out[top][0] - _SAID_MARGIN:
            out[best] = (out[top][0] + 0.01, *out[best][1:])
    return out


_SAID_MARGIN = 2.0


def _prefer_one_conjunct(
    scored: list[tuple[float, str, str, _Agg]],
) -> list[tuple[float, str, str, _Agg]]:
    """Two renderings of one Chinese term with no conjunction in it, the first two
    conjuncts and the other one of them ("servicemen and veterans" and "veterans" for
    退役军人, from 军属和退役军人 "families of servicemen and veterans"): the conjunct is
    the term's, the list took in a neighbour's word, when the text says it alone more
    often ("disaster prevention and mitigation" for 防灾减灾 says two words of it)."""
    out = list(scored)
    for group in _same_term_groups(scored):
        top = max(group, key=lambda i: out[i][0])
        a = out[top][3]
        words = a.en.lower().split()
        if "and" not in words or any(c in a.zh for c in _CONJUNCTIONS):
            continue
        at = words.index("and")
        if at < len(words) - 1 - at:
            continue  # (a modifier sharing the head: "urban and rural community governance")
        conjuncts = (" ".join(words[:at]), " ".join(words[at + 1 :]))
        one = [
            j for j in group
            if j != top and out[j][3].en.lower() in conjuncts and out[j][3].count > a.count
        ]  # fmt: skip
        if one:
            best = max(one, key=lambda j: out[j][0])
            out[best] = (out[top][0] + 0.01, *out[best][1:])
    return out


def _said(a: _Agg) -> bool:
    """The English of ``a`` stands as written in one of its sentences."""
    low = a.en.lower()
    return any(low in ev.en_context.lower() for ev in a.evidence)


def _demote_head_of_name(
    scored: list[tuple[float, str, str, _Agg]],
) -> list[tuple[float, str, str, _Agg]]:
    """ "development of the Yangtze River Economic Belt" (长江经济带发展) when the name
    is proposed on its own (长江经济带): a common noun said of a name is a phrase
    about the term, not a term (the name's own pair is the one to record). Likewise a
    place's possessive description when what it owns is proposed on its own."""
    by_en: dict[str, list[int]] = {}
    for i, (_logit, _zk, ek, _a) in enumerate(scored):
        by_en.setdefault(ek, []).append(i)
    out = list(scored)
    for j, (logit, _zk, _ek, a) in enumerate(scored):
        if possessive_description(a.zh, a.en) and a.zh[:1] not in "“《":
            # "Chongqings foreign affairs system" (重庆外事系统) where the thing owned is
            # proposed on its own (外事系统 = "foreign affairs system"): a description of
            # the place's, below the term.
            owned = en_key(a.en.split(" ", 1)[1])
            if any(out[i][3].zh != a.zh and out[i][3].zh in a.zh for i in by_en.get(owned, ())):
                out[j] = (out[j][0] - 1.5, *out[j][1:])
            continue
        m = _HEAD_OF.match(a.en)
        if not m:
            continue
        name = m.group(2)
        words = [w for w in name.split() if w.lower() not in _NAME_GLUE]
        # A name, or any term when the Chinese adds only a generic noun of activity
        # ("全国统一电力市场体系|建设" = "building of a unified national ... system",
        # "海洋经济|高质量发展" = "high-quality development of the marine economy").
        generic = a.zh.endswith((*GENERIC_TAILS, CAPACITY, "发展"))
        # (Or a common noun said "of" a term, lower case, where the Chinese head makes
        # no term: "achievements of poverty alleviation" = 脱贫攻坚|成果. A noun "for"
        # a term is often a term of its own: "negative list for ...".)
        common = a.en[:1].islower() and not a.zh.endswith(HEADS) and m.group(1) == "of"
        if len(words) < 2 or not (generic or common or all(w[:1].isupper() for w in words)):
            continue
        for i in by_en.get(en_key(name), ()):
            n_logit, n_zk, n_ek, n = out[i]
            if n.zh != a.zh and n.zh in a.zh:
                # The name takes the phrase's rank; the phrase goes below it.
                out[i] = (max(n_logit, logit), n_zk, n_ek, n)
                out[j] = (out[j][0] - 1.5, *out[j][1:])
                break
    return out


_NAME_GLUE = frozenset(["of", "for", "and", "the", "in", "on", "with", "a", "an", "to"])


def is_person_name(zh: str, en: str) -> bool:
    """A person's name transliterated ("王雯" = "Wang Wen"), alone, after a title
    ("外交部发言人王文斌(表示)" = "Foreign Ministry spokesperson Wang Wenbin (said)") or
    before a post ("习近平主席" = "President Xi Jinping"): not a term to record. A name
    first is otherwise an eponym and may be one ("习近平外交思想" = "Xi Jinping Thought
    on Diplomacy")."""

    words = [w for w in en.replace("-", " ").split() if w.isalpha()]
    sounds = {
        (words[i] + words[i + 1]).lower()
        for i in range(len(words) - 1)
        if words[i][:1].isupper() and words[i + 1][:1].isupper() and words[i].isascii()
    }
    if not sounds:
        return False
    for size in (2, 3):
        for at in range(len(zh) - size + 1):
            name = zh[at : at + size]
            if (
                name[0] in SURNAMES
                and name_pinyin(name) in sounds
                and (at or len(zh) == size or zh[size:] in POSTS)
            ):
                return True
    return False


_PLACE_IN = re.compile(
    r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)?)(?: in | of |, )([A-Z][\w'-]*(?: [A-Z][\w'-]*)?)"
)


def is_place_in_place(zh: str, en: str, lex: Lexicon) -> bool:
    """A place named with the province or country it is in (广西东兴 = "Dongxing in
    Guangxi", 河北秦皇岛 = "Qinhuangdao of Hebei", 匈牙利德布勒森 = "Debrecen,
    Hungary"): where something happens, not a term; the place alone is the name to
    record. (Not a body or event in a place, 天津峰会 = "Summit in Tianjin": its head
    is no name said by its sound.)"""
    m = _PLACE_IN.fullmatch(en)
    if not m:
        return False
    place = m.group(1).replace(" ", "").replace("-", "").lower()
    region = m.group(2).lower()
    for cut in range(2, len(zh) - 1):
        head, tail = zh[:cut], zh[cut:]
        said = name_pinyin(tail) == place or (len(tail) >= 3 and TRANSLIT_CHARS.issuperset(tail))
        if said and (
            name_pinyin(head) == region.replace(" ", "")
            or any(g.lower() == region for g in lex.glosses(head))
        ):
            return True
    return False


_WORDS = re.compile(r"[^\W_]+")


def _recorded_words(cand: ZhCandidate, lex: Lexicon) -> list[set[str]]:
    """The words of each rendering the glossary records for the candidate (none if it
    is no glossary term)."""
    return [_words_of(en) for en in lex.glossary_english(cand.text)]


def _cut_of_recorded(words: set[str], recorded: list[set[str]]) -> bool:
    """``words`` are some of the words of a recorded rendering and nothing else. A
    glossary term links every word of its recorded renderings, so some of them fit it
    in full: "high level" of "high-level opening up" for 高水平对外开放, where the
    document says "open up ... at a high level". A cut, not a variant."""
    return bool(words) and any(words < r for r in recorded)


def _words_of(en: str) -> set[str]:
    """The words of an English rendering, lower case, a possessive's "s" left out."""
    return set(_WORDS.findall(en.lower())) - {"s"}


_EDITION_OF_KNOWN = 2.0  # logit demotion of an edition of a glossary's name


def _status(zk: str, ek: str, snapshot: MiningSnapshot | None) -> str:
    if snapshot is None:
        return "new"
    renderings = snapshot.approved.get(zk)
    if not renderings:
        return "new"
    if any(en_key(en) == ek for en, status in renderings if status in _PREFERRED):
        return "known"
    return "variant"


def mine(
    documents: list[BilingualDocument],
    snapshot: MiningSnapshot | None = None,
    min_score: float = 0.0,
    limit: int | None = None,
    progress: Callable[[int, int], Any] | None = None,
) -> list[MinedPair]:
    """See :func:`glossary.mining.mine_documents`."""
    done_docs = snapshot.documents if snapshot else set()
    todo = [d for d in documents if d.sha256 not in done_docs]
    gathered = gather_documents(todo, snapshot, progress)
    return rank(gathered, shipped_ranker(), snapshot, min_score, limit)


def gather_documents(
    documents: list[BilingualDocument],
    snapshot: MiningSnapshot | None = None,
    progress: Callable[[int, int], Any] | None = None,
) -> Gathered:
    """The pooled pairs of ``documents`` (see :func:`gather`), mined with the
    glossary's terms in the lexicon and in jieba's dictionary."""
    words = sorted(snapshot.approved) if snapshot else []
    with glossary_words(words), _no_cycle_collection():
        return gather(documents, glossary_lexicon(snapshot), progress)


def _after_dash(r: Rendering, cand: ZhCandidate, tokens: tuple[str, ...], lex: Lexicon) -> str:
    """The rendering's text; but after a dash in the Chinese, the part of a hyphenated
    English word that is the candidate's: "ASEAN" of "China-ASEAN" for 东盟 in 中国—东盟."""
    if not (cand.a and tokens[cand.a - 1] in DASHES and r.lo == r.hi and "-" in r.text):
        return r.text
    glosses = {g.lower() for g in lex.glosses(cand.text)}
    return next((part for part in r.text.split("-") if part.lower() in glosses), r.text)


def _add_abbreviations(
    documents: list[BilingualDocument], agg: dict[tuple[str, str], _Agg], lex: Lexicon
) -> None:
    """Short forms of the document's names: 进博会 for 中国国际进口博览会, found where the
    short form's own sentence pair spells the name out in English ("The China
    International Import Expo has become ..."), which the dictionary cannot link.

    A short form is 3-4 characters of a name, in the name's order, ending on one of its
    last three characters, that is neither a part of the name as written nor a
    dictionary word; it takes the name's English, one step below the name.
    """
    names = [
        a for a in agg.values()
        if len(a.zh) >= 6 and a.best >= 2.0 and title_name(a.en) and has_cjk(a.zh)
    ]  # fmt: skip
    if not names:
        return
    lows = {id(name): name.en.lower() for name in names}
    # Acronyms the document gives in brackets after a name's English ("... Commission of
    # the State Council (SASAC)"), which its initials need not spell, first.
    given_acronyms = [
        (seg.en[: m.start()].rstrip().lower(), m.group(1))
        for doc in documents for seg in doc.segments if seg.en and "(" in seg.en
        for m in _BRACKETED_ACRONYM.finditer(seg.en)
    ]  # fmt: skip
    acronyms = {
        id(name): tuple(dict.fromkeys((
            *(acr for before, acr in given_acronyms if before.endswith(lows[id(name)])),
            *_acronyms(name.en),
        )))
        for name in names
    }  # fmt: skip
    # The short forms the document gives in brackets after a name ("国家药品监督管理局
    # （国家药监局）"), by name, and all of them (their parts are no short forms).
    bracketing = [seg.zh for doc in documents for seg in doc.segments if _BRACKETED.search(seg.zh)]
    given = {
        id(name): [g for t in bracketing if (g := _bracketed_short_form(t, name.zh))]
        for name in names
    }
    given_forms = frozenset(g for t in bracketing for g in _BRACKETED.findall(t) if len(g) > 2)
    memo: dict[tuple[str, int], bool] = {}

    def spells(word: str, name: _Agg) -> bool:
        """``word`` is an acronym of all of ``name``'s English (memoised: the same
        acronyms come back in sentence after sentence)."""
        got = memo.get((word, id(name)))
        if got is None:
            full = name.en.split()
            got = memo[(word, id(name))] = spelled_from(word, full) == len(full)
        return got

    for doc in documents:
        for seg in doc.segments:
            if not seg.zh or not seg.en:
                continue
            en_low = seg.en.lower()
            in_order = _WORD.findall(seg.en)
            # (Once per segment, not per name: most segments have no acronym at all,
            # and then only a name said in full can be there.)
            capitals = {w for w in in_order if w.isupper()}
            spelled = [w for w in in_order if is_acronym(w)]
            for name in names:
                if name.zh not in seg.zh and lows[id(name)] in en_low:
                    en = name.en
                elif not capitals:
                    continue
                else:  # (or its acronym, also beside the name: 进博会 = "CIIE")
                    en = next((w for w in acronyms[id(name)] if w in capitals), "")
                    if not en:
                        # (An acronym with some of the small words: 服贸会 = "CIFTIS",
                        # China International Fair for Trade in Services.)
                        en = next(
                            (w for w in spelled  # (in order: the same output every run)
                             if spells(w, name)),
                            "",
                        )  # fmt: skip
                    if not en:
                        continue
                for short in _short_forms(
                    seg.zh, name.zh, lex, given[id(name)], given_forms, name.en
                ):
                    key = (zh_key(short), en_key(en))
                    a = agg.get(key)
                    if a is None:
                        a = agg[key] = _Agg(short, en, short_of=zh_key(name.zh))
                    where = (doc.name, seg.index)
                    if where not in a.seen:  # (once per segment: the name's sentence)
                        seen_in = Evidence(doc.name, seg.zh, seg.en, seg.index)
                        a.record(name.best - 1.0, where, seen_in)
                    else:  # (found weakly in the sentence already: the name vouches)
                        a.best = max(a.best, name.best - 1.0)


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]*")
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]*[A-Z])\)")


def _acronyms(en: str) -> tuple[str, ...]:
    """The acronyms a name's English may be shortened to: the initials of its
    capitalised words ("China International Import Expo" = "CIIE"), or of all its words
    ("Forum on China-Africa Cooperation" = "FOCAC")."""
    words = [w for w in re.split(r"[\s\-]+", en) if w[:1].isalpha()]
    caps = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words).upper()
    return tuple(a for a in dict.fromkeys((caps, every)) if len(a) >= 2)


def _short_forms(
    text: str,
    name: str,
    lex: Lexicon,
    own: list[str],
    given_forms: frozenset[str],
    name_en: str = "",
) -> list[str]:
    """Runs of 3-4 characters of ``text`` that abbreviate ``name`` (see
    :func:`_add_abbreviations`). ``own``: the short forms the document gives the name
    in brackets, which are its own whatever their length (国家市场监督管理总局
    （市场监管总局）); ``given_forms``: all the document's bracketed short forms, whose
    parts are none (市场监管, 家网信办 in 国家网信办)."""
    found = [g for g in own if g in text]
    kept_forms = found[:]
    ends = set(accumulate(len(t) for t in zh_tokens(text)))
    tail = set(name[-3:])
    # The name's first word, which its short form may keep: 国务院|国资委 of
    # 国务院国有资产监督管理委员会 (no short form starts inside it: 院国资委).
    opening = next((name[:k] for k in (3, 2) if name[:k] in lex), "")
    inside: set[int] = set()
    kept: dict[int, int] = {}  # where a short form starts -> where it starts with that word
    at = text.find(opening) if opening else -1
    while at >= 0:
        inside.update(range(at + 1, at + len(opening)))
        kept[at + len(opening)] = at
        at = text.find(opening, at + 1)
    for size in (4, 3):  # (two characters are too ambiguous: 博会 in 进博会)
        for i in range(len(text) - size + 1):
            run = text[i : i + size]
            if run[-1] not in tail or not has_cjk(run) or run in name or i in inside:
                continue
            if (run[-1] != name[-1] and text[i + size - 1 : i + size + 1] in lex) or (
                i + size not in ends
            ):
                # It cuts a word: 国际交|往 is no short form of 中国国际…交易会, nor
                # 协商议|政 of 中国人民政治协商会议 (jieba's word, not the dictionary's).
                continue
            if any(run in g and run != g for g in given_forms):
                continue  # a part of a short form the document gives in brackets
            if not in_order(run, name) or any(run in longer for longer in found):
                continue
            found.append(run)
            if run not in lex or _abbreviates(lex, run, name_en):
                kept_forms.append(text[kept[i] : i] + run if i in kept else run)
    # (A short form the dictionary knows is mined on its own, and its parts are none:
    # 上合组 in 上合组织; unless the dictionary's English for it is the name's.)
    return kept_forms


def _abbreviates(lex: Lexicon, word: str, name_en: str) -> bool:
    """The dictionary's English for ``word`` is the name's ("State-owned Assets
    Supervision and Administration Commission" for 国资委): the word is its short form,
    not a word of its own."""
    if not name_en:
        return False
    words = set(en_key(name_en).split())
    return any(
        len(gloss.split()) >= 3 and set(en_key(gloss).split()) <= words
        for gloss in lex.glosses(word)
    )


_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")


def _bracketed_short_form(text: str, name: str) -> str:
    """The short form in brackets right after ``name`` in ``text``, made of the name's
    characters in order (国家药品监督管理局（国家药监局）), or ""."""
    at = text.find(name)
    while at >= 0:
        m = _BRACKETED.match(text, at + len(name))
        if m and in_order(m.group(1), name) and m.group(1) != name:
            return m.group(1)
        at = text.find(name, at + 1)
    return ""


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused while mining (and restored after).

    Mining allocates many containers that live for a sentence (span caches, scores)
    and makes no reference cycles (after a document, ``gc.collect()`` finds nothing to
    free), so the collector's passes, which those allocations trigger, free nothing
    and cost about 5% of the time. Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class Gathered:
    """Every pair the sentences of some documents gave, before the document's ranking."""

    agg: dict[tuple[str, str], _Agg]
    corpus: str  # the documents' Chinese, one segment per line
    en_corpus: str  # ... and their English
    lex: Lexicon  # the lexicon they were mined with


def gather(
    documents: list[BilingualDocument],
    lex: Lexicon,
    progress: Callable[[int, int], Any] | None = None,
) -> Gathered:
    """Mine every aligned sentence of ``documents`` and pool the pairs by their keys
    (the slow part of mining; :func:`rank` orders what it returns)."""
    total = sum(len(d.segments) for d in documents)
    agg: dict[tuple[str, str], _Agg] = {}
    zh_text: list[str] = []
    en_text: list[str] = []
    done = 0
    for doc in documents:
        segments = doc.segments
        for at, seg in enumerate(segments):
            done += 1
            if progress is not None:
                progress(done, total)
            if not seg.zh or not seg.en:
                continue
            zh_text.append(seg.zh)
            en_text.append(seg.en)
            wider = seg.en
            if doc.format == "text":
                # Sentences aligned across a PDF layout can be off by one: a term
                # with no rendering in its own sentence is looked for next door.
                near = segments[max(0, at - 1) : at + 2]
                wider = " ".join(s.en for s in near if s.en)
            for zs, es in sentence_pairs(seg.zh, seg.en, lex):
                # (Tokenised when a pair first needs it: most pairs of a sentence are
                # seen before and decide without it.)
                es_tokens: list[EnToken] | None = None
                for p in _mine_simplified(zs, es, lex, wider):
                    key = (zh_key(p.zh), en_key(p.en))
                    if not key[0] or not key[1] or _open_ended(p.en):
                        continue
                    a = agg.get(key)
                    if a is None:
                        if es_tokens is None:
                            es_tokens = en_tokens(es)
                        a = agg[key] = _Agg(p.zh, p.en, adjunct=_noun_adjunct(p, es, es_tokens))
                    elif p.en != a.en and (
                        # (The term said in running text, "green bonds", not in a
                        # heading's capitals, "Green Bond".)
                        capitalised(a.en)
                        and not capitalised(p.en)
                        or capitalised(a.en) == capitalised(p.en)
                        and (
                            _plurals(p.en) < _plurals(a.en)
                            or a.adjunct
                            and p.en.lower() != a.en.lower()
                        )
                    ):
                        if es_tokens is None:
                            es_tokens = en_tokens(es)
                        if not _noun_adjunct(p, es, es_tokens):
                            # A term is recorded in its base form where the text gives
                            # it: "right to subsistence" rather than "rights to
                            # subsistence and development" cut down. (Not a noun before
                            # its head: the "international friendly city" of "... city
                            # relationships", which gives way to the term where it heads
                            # its phrase.)
                            a.en, a.adjunct = p.en, False
                    a.record(p.raw, (doc.name, seg.index), Evidence(doc.name, zs, es, seg.index), p)
                    a.titled = a.titled or p.titled
    _add_abbreviations(documents, agg, lex)
    return Gathered(agg, "\n".join(zh_text), "\n".join(en_text), lex)


def linked_pairs(
    gathered: Gathered, snapshot: MiningSnapshot | None = None
) -> list[tuple[PairEvidence, _Agg, tuple[str, str]]]:
    """The pooled pairs that survive the document-level competitive linking (one
    English per Chinese term, one Chinese per English rendering), each with what the
    ranking weighs. Which English a term keeps is the hand-set logit's choice (how
    surely the English renders the Chinese); the ranking only orders the survivors."""
    rejected = snapshot.rejected if snapshot else set()
    corpus = gathered.corpus
    scored: list[tuple[float, str, str, _Agg]] = []
    persons: set[tuple[str, str]] = set()
    freq: dict[str, int] = {}  # occurrences of each Chinese term in the documents
    entropy: dict[str, float] = {}  # ... and its branching (once per term, not per English)
    for (zk, ek), a in gathered.agg.items():
        if (zk, ek) in rejected:
            continue
        if a.zh not in freq:
            freq[a.zh] = corpus.count(a.zh)
            entropy[a.zh] = branching(corpus, a.zh)
        logit = document_logit(a.best, a.count, freq[a.zh]) + entropy[a.zh]
        edition_of = edition_name(a.zh)
        if snapshot and edition_of and zh_key(edition_of) in snapshot.approved:
            # An edition of a name the glossary has (第134届|中国进出口商品交易会): the
            # name is recorded, and its editions add nothing to it.
            logit -= _EDITION_OF_KNOWN
        if is_person_name(a.zh, a.en) and not a.titled:
            # A person is no term, but officials' names are checked and recorded in
            # foreign-affairs glossaries: offered well below the terms.
            logit -= _PERSON
            persons.add((zk, ek))
        elif is_place_in_place(a.zh, a.en, gathered.lex):
            logit -= _PLACE_IN_PLACE
        scored.append((logit, zk, ek, a))
    scored = _demote_fragments(scored, corpus, gathered.lex)
    scored = _demote_head_of_name(scored)
    scored = _prefer_fuller_english(scored)
    scored = _prefer_said_english(scored)
    scored = _prefer_one_conjunct(scored)
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    out: list[tuple[PairEvidence, _Agg, tuple[str, str]]] = []
    used_zh: set[str] = set()
    used_en: dict[str, list[str]] = {}
    # The English each term kept first, until a second English abbreviates it (or
    # spells out its abbreviation): 商务部 "Ministry of Commerce" and "MOFCOM" are both
    # its renderings, and a glossary records both (an admitted abbreviation).
    kept: dict[str, str] = {}
    for logit, zk, ek, a in scored:
        if kept.get(zk) and ek not in used_en and _abbreviation_pair(kept[zk], a.en):
            kept[zk] = ""  # (one abbreviation at most: no third English)
            used_zh.discard(zk)
        # The same English for a phrase and the term inside it: both are offered
        # (the sentence-level linking has already put the weaker one far below).
        if zk in used_zh or (
            not _linked_surely(a)
            and any(
                zk not in z and z not in zk and z != a.short_of and not _short_form(zk, z)
                and not _one_word_apart(zk, z) and not _bracketed_after(zk, z, corpus)
                for z in used_en.get(ek, ())
            )
        ):  # fmt: skip
            continue  # (a short form shares its name's English: 进博会)
        kept.setdefault(zk, a.en)
        used_zh.add(zk)
        person = (zk, ek) in persons
        if not person:  # (a person holds no English from a term)
            used_en.setdefault(ek, []).append(zk)
        evidence = PairEvidence(
            a.zh, a.en, logit, a.count, freq[a.zh], a.best_pair,
            person=person, short_form=bool(a.short_of),
        )  # fmt: skip
        out.append((evidence, a, (zk, ek)))
    return out


def _linked_surely(a: _Agg) -> bool:
    """A pair one of its sentences linked surely, with an English that explains and
    says its Chinese: a second Chinese for the same English is a synonym to record
    (中共中央 beside 党中央, both "CPC Central Committee"), not a fragment."""
    return (
        a.best >= _SYNONYM_LOGIT and a.best_pair is not None and a.best_pair.fit >= _SYNONYM_FIT
        and a.best_pair.zh_cover >= _SYNONYM_FIT
    )  # fmt: skip


def _abbreviation_pair(first: str, other: str) -> bool:
    """One English is an acronym and the other a title-case name of several words it
    abbreviates: the initials of the name's words are among its letters, in order ("NDRC" and
    "National Development and Reform Commission", "MOFCOM" and "Ministry of
    Commerce"; not "MOJ" and "ministry", nor "BRI" and a longer name holding it)."""
    short, name = (first, other) if is_acronym(first) else (other, first)
    if not is_acronym(short) or any(is_acronym(w.strip("'’s")) for w in name.split()):
        return False
    words = [w for w in name.replace("-", " ").split() if w.lower() not in STOPWORDS]
    if not 2 <= len(words) <= len(short) + 1 or words[0][:1] != short[:1]:
        return False
    if not all(w[:1].isupper() for w in words):
        return False  # (a name in title case: not "state asset supervision" for SASAC)
    letters = iter(short.upper())
    return all(w[:1].upper() in letters for w in words)


def ranked_pairs(
    gathered: Gathered, ranker: RankingModel, snapshot: MiningSnapshot | None = None
) -> list[tuple[float, _Agg, tuple[str, str]]]:
    """:func:`linked_pairs` ordered by ``ranker``'s logit, best first (with their
    keys)."""
    linked = linked_pairs(gathered, snapshot)
    features = document_features([ev for ev, _a, _key in linked])
    ranked = [(ranker.logit(x), a, key) for x, (_ev, a, key) in zip(features, linked, strict=True)]
    # A short form (进博会) has no evidence of its own but its name's: it stays a step
    # below the name, as in the hand-set logit.
    by_zh = {key[0]: logit for logit, _a, key in ranked}
    ranked = [
        (min(logit, by_zh[a.short_of] - 1.0) if a.short_of in by_zh else logit, a, key)
        for logit, a, key in ranked
    ]
    # (Stable on the linking's order at equal logits: the same output every run.)
    ranked.sort(key=lambda t: -t[0])
    return ranked


def rank(
    gathered: Gathered,
    ranker: RankingModel,
    snapshot: MiningSnapshot | None = None,
    min_score: float = 0.0,
    limit: int | None = None,
) -> list[MinedPair]:
    """The pooled pairs that survive the linking, ordered by ``ranker``, with their
    calibrated scores (the model's probability) and status against the glossary."""
    out: list[MinedPair] = []
    for logit, a, (zk, ek) in ranked_pairs(gathered, ranker, snapshot):
        # (Bounded: weights fitted elsewhere may give a logit past exp's range.)
        score = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))
        if score < min_score:
            continue
        status = _status(zk, ek, snapshot)
        en = sentence_cased(a.en, gathered.en_corpus)
        out.append(MinedPair(a.zh, en, round(score, 4), a.count, status, list(a.evidence)))
    if limit is not None:
        out = out[: max(0, limit)]
    return out
