"""Scoring: the hand-set confidence per pair, and competitive linking.

The local confidence is a logistic function of the evidence for a pair in one
sentence: how well the English span fits the Chinese (coverage both ways), the Chinese
termhood and the shape of the English (several words, title case); the document logit
adds how often the pair was seen. Competitive linking keeps one English per Chinese
term in a sentence. The order and the 0-1 score a user sees come from
:mod:`glossary.mining.ranking`, a model fitted on gold lists that weighs this logit
with other features of the pair.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass


@dataclass(slots=True)
class Scored:
    """A pair seen in one sentence: spans on both sides and its local score."""

    zh: str
    en: str
    zh_span: tuple[int, int]
    en_span: tuple[int, int]
    fit: float
    termhood: float
    zh_cover: float
    en_cover: float
    quoted: bool = False
    local: float = 0.0
    raw: float = 0.0  # the logit behind ``local``: ranks pairs where the sigmoid saturates
    single: bool = False  # the Chinese is one jieba token
    strong: int = 0  # strong boundaries (0-2) around the Chinese: a maximal phrase
    # Per Chinese token: may it modify a noun (no verb sense in the dictionary)?
    modifiers: tuple[bool, ...] = ()
    # Takes part in the linking (holds its English) but is never proposed.
    blocker: bool = False
    # The glossary's own rendering, found whole in the sentence (all of its words).
    recorded: bool = False
    # A post with the name of the person holding it ("国家主席习近平" = "President Xi
    # Jinping"): a person, but one that official glossaries record.
    titled: bool = False
    # A quoted Chinese passage rendered by a whole quoted English one: the quotation
    # marks bound both sides, so no part of the English fits it better (“净网” =
    # "Clean Internet", not "Clean").
    whole_quote: bool = False


_FUNCTION = frozenset(
    ["of", "for", "and", "in", "on", "the", "a", "an", "with", "to", "between", "at", "by"]
)


# Two names, or two common words or phrases of up to two words each.
_PHRASE = r"[a-z][\w-]*(?: [a-z][\w-]*)?"
_PAIR_LIST = re.compile(rf"^(?:[A-Z][\w'-]* and [A-Z][\w'-]*|{_PHRASE} and {_PHRASE})$")
# Two names of up to three words each ("the United States and Taiwan"): for two
# one-character short names side by side (美台, 中美), which need no 和 to be a list.
_NAME = r"(?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}"
_NAME_PAIR = re.compile(rf"^{_NAME} and {_NAME}$")


_DEVELOPMENT_OF = re.compile(r"^(?:[a-z][\w-]* (?:and [a-z][\w-]* )?)?development of ")


def local_score(p: Scored) -> float:
    """Confidence of one occurrence, before document-level evidence (sets ``p.raw``)."""
    split = p.en.split()
    words = len(split)
    shape = 0.0
    # (One loop, no comprehensions: this runs for every rendering kept.)
    content: list[str] = []
    caps = 0
    for w in split:
        if w.lower() not in _FUNCTION:
            content.append(w)
            caps += w[:1].isupper()
    if words >= 2:
        shape += 0.4
    if words >= 3:
        shape += 0.2
    if len(content) >= 2 and caps >= len(content) - 1:
        shape += 0.3  # a title-case name: "Standing Committee of the National ..."
    if words == 1 and not (p.en.isupper() or "-" in p.en):
        shape -= 1.0
    if p.single and caps < 2:
        # One dictionary word with a common-noun rendering is vocabulary, unless the
        # English is a compound that renders it exactly (工会 = "trade union").
        shape -= 0.3 if len(content) >= 2 and p.fit >= 0.85 else 0.8
    if possessive_description(p.zh, p.en) and not p.quoted:
        shape -= 1.5
    if p.zh.endswith("发展") and _DEVELOPMENT_OF.match(p.en) and not p.quoted:
        # "X|(高质量)发展" = "(high-quality) development of X": a phrase about the
        # term X, made for the sentence ("balanced development of trade").
        shape -= 1.0
    if (("和" in p.zh or "与" in p.zh) and _PAIR_LIST.match(p.en)) or (
        len(p.zh) == 2 and _NAME_PAIR.match(p.en)
    ):
        # Two words side by side are a list, not a term: "China and Brazil" (two
        # names, never), "openness and confidence", "unilateralism and protectionism"
        # (each may be a term alone, and ranks above the list).
        shape -= 3.0 if p.en[:1].isupper() else 2.5
    zh_len = len(p.zh)
    # Longer names win over their parts, but only when the longer one fits as well.
    shape += 0.2 * min(12, max(0, zh_len - 3)) * max(0.0, min(1.0, (p.fit - 0.7) / 0.25))
    x = (
        6.0 * (p.fit - 0.6)
        + 2.5 * (p.termhood - 0.5)
        + 1.5 * (p.zh_cover - 0.6)
        + shape
        + (0.4 if p.quoted else 0.0)
    )
    p.raw = x
    return 1.0 / (1.0 + math.exp(-x))


def possessive_description(zh: str, en: str) -> bool:
    """ "China's modernization", "Chongqings foreign affairs system" (the PDF lost the
    apostrophe): a name's possessive and common nouns describe something of that
    place; the term, if any, is the part after the name."""
    words = en.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    # (A person's name is two words, "Xi Jinping's Thought on ...": its first word
    # is no possessive. Titles in 《》 are quoted and exempt: "China's Green ...".)
    first = words[0]
    if first.endswith(("'s", "’s")):
        return True
    if not first.endswith("s") or not first[:-1].isalpha():
        return False
    from glossary.mining.render import name_pinyin

    sound = first[:-1].lower()
    return any(name_pinyin(zh[:k]) == sound for k in (2, 3, 4))


def document_logit(raw: float, count: int, zh_freq: int) -> float:
    """Combine the best local logit with repetition (seen again = more credible)."""
    return raw + 0.35 * math.log(max(1, count)) + 0.15 * math.log(max(1, zh_freq))


_EXACT = 0.98  # a fit that explains every word both ways
_NAMING_FIT = 0.85  # a longer name's fit that says which place a repeated term has
_NAMING_TERMHOOD = 0.8  # ... and its termhood
_NESTED = 2.0  # logit demotion of a pair seen only inside a longer accepted pair
_NESTED_FIT = 0.6  # ... offered only when it fits well and reads as a term
# (0.4, one strong boundary's worth: a part with no strong boundary inside its longer
# term, 贸易救济 in 贸易救济措施, is still offered; recall on the written sets rose 0.853
# -> 0.859, held-out sets 0.62 -> 0.64 and 0.68 -> 0.70, P@30 0.676 -> 0.675.)
_NESTED_TERMHOOD = 0.4


def _offer_nested(p: Scored, nested: list[Scored], longer: bool = False) -> None:
    """Keep ``p`` as a demoted offer if it fits well and reads as a term. ``longer``:
    ``p`` holds the accepted pair on both sides (领事保护与协助 "consular protection
    and assistance" around 领事保护), a term grown from it more often than a part of
    one, so it needs less termhood."""
    reads_as_term = (
        p.termhood >= (_NESTED_TERMHOOD - 0.1 if longer else _NESTED_TERMHOOD)
        or (
            # One long dictionary word rendered exactly by a compound (长江流域 = "Yangtze
            # River basin", 义务教育 = "compulsory education"): a term inside a longer one.
            p.single
            and len(p.zh) >= 2
            and len(p.en.split()) >= 2
            and p.fit >= (0.95 if title_name(p.en) else 0.75)
        )
        or (
            # One word rendered by a title-case name, with the longer term's next word
            # beside it (南海 "South China Sea" in 南海地区 "South China Sea region").
            p.single and p.fit >= 0.85 and len(p.en.split()) >= 2 and title_name(p.en)
        )
        or (
            # A complete name, (almost) exactly rendered, inside a longer term: the
            # office in a post (国家发展改革委 in 国家发展改革委主任 = "Director of the
            # ..."), the forum of a summit (中非合作论坛 in 中非合作论坛北京峰会).
            p.fit >= 0.9 and title_name(p.en)
        )
    )
    if p.fit >= _NESTED_FIT and reads_as_term and all(p is not x for x in nested):
        p.raw -= _NESTED
        p.local = 1.0 / (1.0 + math.exp(-p.raw))
        nested.append(p)


def title_name(en: str) -> bool:
    """Two or more content words, all capitalised: "National Development and Reform
    Commission"."""
    content = [w for w in en.split() if w.lower() not in _FUNCTION]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def capitalised(en: str) -> bool:
    """Every content word capitalised, as in a name or a heading ("Green Bond",
    "Expressway"): :func:`title_name` of any length."""
    return all(w[:1].isupper() for w in en.split() if w.lower() not in _FUNCTION)


def _nested(a: tuple[int, int], b: tuple[int, int]) -> int:
    """1 if a contains b, -1 if b contains a, 0 if disjoint, None-like 2 if crossing."""
    if a[1] <= b[0] or b[1] <= a[0]:
        return 0
    if a[0] <= b[0] and b[1] <= a[1]:
        return 1
    if b[0] <= a[0] and a[1] <= b[1]:
        return -1
    return 2


def _renders_more(q: Scored, part: Scored) -> bool:
    """``q``'s English holds ``part``'s and renders q's extra Chinese: the same English
    that covers the extra as well (健全 "sound" is not in "improve the national security
    system"), or more English on the right ("across the board", "of the Shanghai
    Cooperation Organization") or in lower case on the left ("rural"), not a place's
    possessive ("Chongqings foreign affairs")."""
    (lo, hi), (plo, phi) = q.en_span, part.en_span
    if (lo, hi) == (plo, phi):
        # ... or has words the part leaves unexplained, which the extra Chinese may
        # render ("surveyed urban unemployment rate": 城镇 "urban").
        return q.zh_cover >= part.zh_cover - 0.05 or part.en_cover < 0.95
    if not (lo <= plo and phi <= hi):
        return False
    words = q.en.split()
    return lo == plo or words[0][:1].islower()


# English spans from here on are no positions in the sentence but spans of their own
# (pairs from enumerations, see pipeline._from_lists).
_OWN_SPANS = 1_000_000


_LINK_WORDS = frozenset(["of", "the", "a", "an", "for", "in", "on"])


def _same_words(en: str) -> frozenset[str]:
    """The English's words, plural "-s" and linking words dropped, in any order: the
    same rendering twice ("computing power network(s)"; "local government debt" and
    "debt of local governments")."""
    return frozenset([w.removesuffix("s") for w in en.lower().split() if w not in _LINK_WORDS])


def _promote_names_of_repeated(pairs: list[Scored]) -> None:
    """A term said several times in the sentence, and its English as often, links to
    each English about as well from each place: which is its own, its place cannot
    tell. A longer name around one of its places, whose English holds one of those
    renderings, says which, and takes the term's rank there (稀土产品 four times with
    "rare earth product(s)" four times; 稀土产品追溯系统 = "rare earth product tracing
    system" holds the last).
    """
    by_zh: dict[tuple[int, int], list[Scored]] = {}
    for p in pairs:
        if p.en_span[1] < _OWN_SPANS:
            by_zh.setdefault(p.zh_span, []).append(p)
    for span, group in by_zh.items():
        if len(group) < 2:
            continue  # (one rendering: no two places to tell apart)
        top = max(q.raw for q in group)
        level = round(top, 6)
        best = [q for q in group if round(q.raw, 6) == level]
        if len({q.en_span for q in best}) < 2 or len({_same_words(q.en) for q in best}) > 1:
            continue
        words = _same_words(best[0].en)
        ens = [q.en_span for q in group if _same_words(q.en) == words]
        for q in pairs:
            if (
                q.zh_span != span and q.zh_span[0] <= span[0] and span[1] <= q.zh_span[1]
                and q.fit >= _NAMING_FIT and q.raw < top and q.strong == 2
                and q.termhood >= _NAMING_TERMHOOD
                # (Its English says more than the term's: a name, not the term with
                # words the English leaves out, 中国—中亚峰会|西安.)
                and any(
                    q.en_span[0] <= lo and hi <= q.en_span[1] and (lo, hi) != q.en_span
                    for lo, hi in ens
                )
            ):  # fmt: skip
                q.raw = top + 0.01


def _apart(p: Scored, q: Scored) -> bool:
    """Neither side of ``p`` touches ``q``'s (what the linking accepts side by side)."""
    en_p, en_q = (p.en_span[0], p.en_span[1] + 1), (q.en_span[0], q.en_span[1] + 1)
    return _nested(p.zh_span, q.zh_span) == 0 and _nested(en_p, en_q) == 0


def _swap_for_losers(ranked: list[Scored], accepted: list[Scored]) -> list[Scored]:
    """Greedy linking's one mistake worth mending: a pair took the English of another
    Chinese while a rendering of its own almost as good was free. 新型能源体系 took
    "new-type power system" (its 能源 reaches "power") from 新型电力系统, and had "new
    energy system" nearly as good: it moves there, and the loser gets its English.
    Returns the pairs that move (``accepted`` is updated as the swaps are found, so
    that each sees the ones before it)."""
    moved: list[Scored] = []
    held = {a.zh_span for a in accepted}
    for p in ranked:
        # (A swap must gain a logit, and the moved pair is no better than the one it
        # replaces: the loser needs a raw above 1.)
        if p.raw <= 1.0 or p.blocker or p.zh_span in held:
            continue
        rivals = [a for a in accepted if not _apart(p, a)]
        if len(rivals) != 1:
            continue
        q = rivals[0]
        if q.blocker or q.recorded or _nested(p.zh_span, q.zh_span) != 0:
            continue
        others = [a for a in accepted if a is not q]
        moves = [
            r for r in ranked
            if r.zh_span == q.zh_span and r is not q and r.fit >= q.fit - 0.05
            and _apart(r, p) and all(_apart(r, a) for a in others)
        ]  # fmt: skip
        if moves and moves[0].raw + p.raw > q.raw + 1.0:
            accepted[accepted.index(q)] = moves[0]
            accepted.append(p)
            held.add(p.zh_span)
            moved.append(q)
    return moved


def competitive_link(pairs: list[Scored], fillers: list[Scored] | None = None) -> list[Scored]:
    """Greedy one-to-one linking inside a sentence, best first.

    A pair is dropped if its English span is the same as, or crosses, an accepted
    pair's span, or if its Chinese crosses an accepted one. Nesting is allowed when it
    is consistent on both sides (党的二十大 inside 党的二十大精神, and its English
    inside the longer English). ``fillers`` (unlikely candidates with a near-exact
    English) are linked after all of ``pairs``, into what those leave free.
    """
    fillers = fillers or []
    everyone = pairs + fillers if fillers else pairs
    # Chinese spans with the same head: the maximal Chinese phrase (strong boundaries
    # on both sides) takes the rank of a part of it when its English holds the part's
    # and renders the extra modifier (中等收入群体 "middle-income group", not 收入群体;
    # 乡村振兴战略 "rural revitalization strategy"; 全面深化改革开放 "deepening reform
    # and opening up across the board").
    by_end: dict[int, list[Scored]] = {}
    for p in pairs:
        by_end.setdefault(p.zh_span[1], []).append(p)
    for group in by_end.values():
        best = max(group, key=lambda q: q.raw)
        for q in group:
            extra = len(q.modifiers) - len(best.modifiers)
            if (
                q is not best
                and q.strong == 2
                and best.strong < 2
                and q.zh_span[0] < best.zh_span[0]
                and _renders_more(q, best)
                and q.fit >= best.fit - 0.15
                and extra > 0
                and q.modifiers[0]
            ):
                # Only modifiers on the left (Chinese is head-final), never a verb first
                # (配置|创新资源 is "allocate | innovation resources").
                q.raw = best.raw + 0.01
    # A promotion is for the Chinese phrase, not for one of its renderings: if the same
    # Chinese has a better-fitting English, that one takes the rank.
    by_zh: dict[tuple[int, int], list[Scored]] = {}
    for p in pairs:
        by_zh.setdefault(p.zh_span, []).append(p)
    for group in by_zh.values():
        top = max(group, key=lambda q: (q.raw, -q.en_span[0], -q.en_span[1]))
        fittest = max(
            group, key=lambda q: (round(q.fit, 6), q.en_span[1] - q.en_span[0], -q.en_span[0])
        )
        if (
            fittest is not top and fittest.fit > top.fit + 0.02 and not top.recorded
            and not top.whole_quote and fittest.zh_cover >= top.zh_cover - 0.1
        ):  # fmt: skip
            # (The glossary's rendering, where it stands, keeps its rank: the dictionary
            # may fit a part of the name better, "CPC Chongqing Municipal Committee".)
            # (Nor does a rendering of half the Chinese take it: "integration" for
            # 产教融合 beside "industry-education integration".)
            fittest.raw = top.raw + 0.005
    # One English for a phrase and for the phrase with more words on its right, which
    # the shorter one explains in full: the extra words are not rendered (基本养老保险
    # |参保 = "basic old-age insurance", where 参保 "insured" repeats 保险), so the
    # exact phrase takes the rank.
    by_en: dict[tuple[int, int], list[Scored]] = {}
    for p in pairs:
        if p.fit >= _EXACT:
            by_en.setdefault(p.en_span, []).append(p)
    for p in pairs:
        for q in by_en.get(p.en_span, ()):
            if (
                q.zh_span[0] == p.zh_span[0] and q.zh_span[1] < p.zh_span[1]
                and p.raw > q.raw and p.fit < q.fit - 0.02 and not p.recorded
            ):  # fmt: skip
                q.raw = p.raw + 0.01
    # ... and the other way round: an exact phrase around a part that explains the same
    # English less well (内卷式 reaches "competition" only through a loose gloss,
    # “内卷式”竞争 = "involution-style competition" says it), the exact one takes the
    # rank.
    by_span: dict[tuple[int, int], list[Scored]] = {}
    for p in pairs:
        by_span.setdefault(p.en_span, []).append(p)
    for q in pairs:
        if q.fit < _EXACT:
            continue
        for p in by_span[q.en_span]:
            if (
                _nested(q.zh_span, p.zh_span) == 1 and q.zh_span != p.zh_span
                and p.raw > q.raw and p.fit < q.fit - 0.05 and not p.recorded
            ):  # fmt: skip
                q.raw = p.raw + 0.01
    _promote_names_of_repeated(pairs)
    accepted: list[Scored] = []
    nested: list[Scored] = []
    # Ties: the same English twice (特别国债 ... 特别国债 = "special treasury bonds" ...
    # "special treasury bonds"; or nearly the same, "computing power network(s)", "local
    # government debt ... debt of local governments"), the one in the same part of the
    # sentence; then the longer English (all of it explained) before its parts.
    zh_len = max((q.zh_span[1] for q in pairs), default=1) or 1
    en_len = max((q.en_span[1] + 1 for q in pairs if q.en_span[1] < _OWN_SPANS), default=1)
    words = {en: _same_words(en) for en in {q.en for q in everyone}}
    # (Keyed by the Chinese text, not its place: the same word said twice in the
    # sentence, 一带一路 ... 一带一路, each takes the English in its own part of it.)
    spans: dict[tuple[str, frozenset[str]], set[tuple[tuple[int, int], tuple[int, int]]]] = {}
    for q in everyone:
        spans.setdefault((q.zh, words[q.en]), set()).add((q.zh_span, q.en_span))

    def order(q: Scored) -> tuple[float, float, tuple[int, int], int, tuple[int, int]]:
        """Sort key of the linking: best first, then see above."""
        off = 0.0
        if len(spans[(q.zh, words[q.en])]) > 1 and q.en_span[1] < _OWN_SPANS:
            off = round(abs(q.zh_span[0] / zh_len - q.en_span[0] / en_len), 6)
        return (-round(q.raw, 6), off, q.zh_span, q.en_span[0] - q.en_span[1], q.en_span)

    def link_greedily(todo: list[Scored]) -> None:
        """Accept the pairs of ``todo`` in order that fit with those accepted."""
        for p in todo:
            ok = True
            en_span = (p.en_span[0], p.en_span[1] + 1)
            (z0, z1), (e0, e1) = p.zh_span, en_span
            # (Pairs apart on both sides, the usual case, are told first with no call;
            # spans that are not empty and apart are unequal too.)
            non_empty = z0 < z1 and e0 < e1
            for q in accepted:
                (qz0, qz1), (qe0, qe1) = q.zh_span, q.en_span
                qe1 += 1
                if non_empty and (z1 <= qz0 or qz1 <= z0) and (e1 <= qe0 or qe1 <= e0):
                    continue  # (zn == en == 0 below)
                q_en = (qe0, qe1)
                zn = _nested(p.zh_span, q.zh_span)
                en = _nested(en_span, q_en)
                if q.blocker and zn == 1 and en == 1:
                    # A word that only holds its English is part of a longer term that
                    # renders it too (市场 "market" in 市场分割 "market segmentation", 党内
                    # "intra-Party" in 党内监督 "intra-Party oversight").
                    continue
                if en_span == q_en and zn in (1, -1):
                    # One English for a phrase and the term inside it ("湛江湾海底隧道|
                    # 工程" and "湛江湾海底隧道" = "Zhanjiang Bay undersea tunnel"): the
                    # loser is offered well below, in case the boundary was wrong -- a
                    # longer Chinese only if it has no longer English of its own
                    # ("妇女权益保障法" = "Law on the Protection of the Rights and ...").
                    # (An English of its own that fits worse and explains less of
                    # itself is no reason: "anniversary of the Belt and Road
                    # Initiative" says a word of the sentence's, none of 共建.)
                    if zn == -1 or not any(
                        r.zh_span == p.zh_span and r.en_span != p.en_span
                        and _nested((r.en_span[0], r.en_span[1] + 1), q_en) == 1
                        and (r.fit >= p.fit or r.en_cover >= p.en_cover - 0.05)
                        for r in pairs
                    ):  # fmt: skip
                        _offer_nested(p, nested)
                    ok = False
                    break
                if en_span == q_en or p.zh_span == q.zh_span or zn == 2 or en == 2:
                    # The same Chinese already has its English (one per sentence), or the
                    # English span is taken, or the spans cross.
                    ok = False
                    break
                if zn == 0 and en == 0:
                    continue
                # Nested pairs belong to the sentences where the shorter term stands
                # alone (C-value's intuition: a term only ever seen inside a longer one
                # is part of that term); seen only nested, a pair nested the same way on
                # both sides is still offered, well below the longer one ("多双边合作"
                # in "地区多双边合作").
                if zn == en and p.zh_span != q.zh_span:
                    _offer_nested(p, nested, longer=zn == 1)
                ok = False
                break
            if ok:
                accepted.append(p)

    ranked = sorted(pairs, key=order)
    link_greedily(ranked)
    moved = _swap_for_losers(ranked, accepted)
    if moved:
        # The link again without the moved pairs' old English: what they held is free
        # for the pairs they had kept out (人类卫生健康共同体 had lost "global community
        # of health for all" to a pair whose English ran over it and then moved), and
        # the parts offered below the old English go with it.
        dropped = {id(old) for old in moved}
        accepted.clear()
        nested.clear()
        link_greedily([p for p in ranked if id(p) not in dropped])
    if fillers:
        link_greedily(sorted(fillers, key=order))
    taken = {(a.zh_span, a.en_span) for a in accepted}
    seen: set[tuple[int, int]] = set()
    for p in nested:
        # One English per nested Chinese, and none already accepted.
        if p.zh_span in seen or (p.zh_span, p.en_span) in taken:
            continue
        seen.add(p.zh_span)
        accepted.append(p)
    return accepted
