"""The mining pipeline: documents -> sentence pairs -> candidates -> renderings ->
scored, linked, glossary-aware pairs with evidence, best first.

Deterministic: every ordering has a total tie-break, no sets are iterated for output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from glossary.mining.candidates import (
    INNER,
    ZhCandidate,
    boundary_strength,
    is_breaker,
    sentence_candidates,
    termhood,
)
from glossary.mining.lexicon import Lexicon, base_tables, load_lexicon
from glossary.mining.model import BilingualDocument, Evidence, MinedPair
from glossary.mining.render import en_side, link, render, zh_units
from glossary.mining.score import Scored, competitive_link, document_logit, local_score, squash
from glossary.mining.tokens import glossary_words, zh_tokens
from glossary.records import MiningSnapshot
from glossary.text import en_key, zh_key

_MIN_FIT = 0.35
_MIN_LOCAL = 0.2
_MIN_TERMHOOD = 0.4
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


@dataclass
class _Agg:
    zh: str
    en: str
    best: float = -99.0
    count: int = 0
    evidence: list[Evidence] = field(default_factory=list)
    seen: set[tuple[str, int]] = field(default_factory=set)


def sentence_pairs(zh: str, en: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Split an aligned segment into aligned sentences (TSV/TMX paragraphs)."""
    from glossary.mining.align import align_sentences
    from glossary.mining.layout import split_en_sentences, split_zh_sentences

    zs = split_zh_sentences(zh)
    es = split_en_sentences(en)
    if len(zs) <= 1 or len(es) <= 1 or len(zs) > 40 or len(es) > 40:
        return [(zh, en)]
    return [(z, e) for z, e in align_sentences(zs, es, lex) if z and e]


def _has_verb_sense(token: str, lex: Lexicon) -> bool:
    return lex.has_verb_sense(token)


def mine_pair(zh: str, en: str, lex: Lexicon, wider: str | None = None) -> list[Scored]:
    """Term pairs of one aligned sentence pair, after competitive linking.

    ``wider`` is the English of the whole paragraph the sentence came from: a strong
    candidate that finds nothing in its own sentence's English (translations reorder
    sentences: "..., according to the General Administration of Customs") is looked
    for there.
    """
    tokens = zh_tokens(zh)
    cands = sentence_candidates(tokens, lex=lex)
    if not cands:
        return []
    units = zh_units(tokens, lex)
    side = en_side(en)
    if not side.tokens:
        return []
    links = link(units, side)
    found: list[Scored] = []
    # A short segment whose Chinese is one candidate is a pair by itself (a heading,
    # a running head "特稿 / Special Article", a glossary-like row).
    core = "".join(t for t in tokens if not is_breaker(t) or t in INNER)
    short = len(side.tokens) <= 8 and len(zh) <= 16
    # Which characters link to anything at all: a candidate with little linkable
    # Chinese cannot reach a useful fit, so it is not rendered (most of the work).
    linkable = [False] * len(zh)
    for u, lk in zip(units, links, strict=True):
        if lk:
            for pos in range(u.start, min(u.end, len(zh))):
                linkable[pos] = True
    ranked: list[tuple[float, int, ZhCandidate, float, bool]] = []
    for i, cand in enumerate(cands):
        whole = short and cand.text == core
        span = linkable[cand.start : cand.end]
        share = sum(span) / max(1, len(span))
        # Half of it linkable, or a linkable head with modifiers the dictionary does
        # not know ("国内国际双循环" = "dual circulation of home and abroad").
        need = 0.3 if span and span[-1] else 0.5
        if not whole and (share < need or not span[0] and not span[-1]):
            continue
        th = termhood(cand, tokens, lex)
        if th < _MIN_TERMHOOD and not whole:
            continue  # a verb phrase, a fragment: it would not win the linking anyway
        # Optimistic promise of the candidate: render only the most promising ones
        # (rendering is where the time goes; the rest would lose the linking anyway).
        promise = th + share + 0.05 * min(10, len(cand.text)) + (2.0 if whole else 0.0)
        ranked.append((-promise, i, cand, th, whole))
    # Two stages: every candidate against its best core span only (cheap), then the
    # most promising ones against all phrase-boundary variants (where the time goes).
    prelim: list[tuple[float, int, ZhCandidate, float, bool]] = []
    for _neg, i, cand, th, whole in ranked:
        rs = render(cand, units, links, side, whole=whole, top=1, cores_only=True)
        fit = rs[0].fit if rs else -1.0
        if fit < _MIN_FIT - 0.25 and not whole:
            continue
        prelim.append((-(3.0 * fit + th + (2.0 if whole else 0.0)), i, cand, th, whole))
    prelim.sort(key=lambda t: (t[0], t[1]))
    ranked = prelim
    budget = 12 + len(tokens) // 3
    rendered: set[tuple[int, int]] = set()
    for _neg, _i, cand, th, whole in ranked[:budget]:
        verbal = _has_verb_sense(tokens[cand.a], lex)
        for r in render(cand, units, links, side, whole=whole):
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
            rendered.add((cand.start, cand.end))
            p = Scored(
                zh=cand.text,
                en=r.text,
                zh_span=(cand.start, cand.end),
                en_span=(r.lo, r.hi),
                fit=r.fit,
                termhood=max(th, 0.8) if whole else th,
                zh_cover=r.zh_cover,
                en_cover=r.en_cover,
                quoted=cand.quoted,
                single=cand.b - cand.a == 1 and not whole and not lex.is_glossary(cand.text),
                strong=boundary_strength(cand, tokens, lex),
                modifiers=tuple(
                    t in lex and not _has_verb_sense(t, lex) for t in tokens[cand.a : cand.b]
                ),
            )
            p.local = local_score(p)
            if p.local >= _MIN_LOCAL:
                found.append(p)
    accepted = competitive_link(found)
    accepted += _from_lists(zh, en, tokens, accepted, lex)
    if wider and wider != en:
        accepted += _from_wider(tokens, units, ranked[:budget], rendered, accepted, wider, lex)
    return accepted


def _from_lists(
    zh: str, en: str, tokens: tuple[str, ...], accepted: list[Scored], lex: Lexicon
) -> list[Scored]:
    """Items of matching enumerations that got no pair of their own."""
    from glossary.mining.candidates import BREAKERS
    from glossary.mining.lists import list_pairs

    out: list[Scored] = []
    for i, (z, e, at, fit) in enumerate(list_pairs(zh, en, tokens, BREAKERS, lex)):
        span = (at, at + len(z))
        if any(a.zh_span[0] < span[1] and span[0] < a.zh_span[1] for a in accepted):
            continue
        p = Scored(
            zh=z,
            en=e,
            zh_span=span,
            en_span=(2_000_000 + i, 2_000_000 + i),  # spans of their own: no conflicts
            fit=fit,
            termhood=0.6,
            zh_cover=fit,
            en_cover=fit,
        )
        p.local = local_score(p)
        out.append(p)
    return out


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
        for r in render(cand, units, links, side, top=1):
            if r.fit < 0.75:
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
    words = sorted(snapshot.approved) if snapshot else []
    with glossary_words(words):
        return _mine(documents, snapshot, min_score, limit, progress)


def _mine(
    documents: list[BilingualDocument],
    snapshot: MiningSnapshot | None = None,
    min_score: float = 0.0,
    limit: int | None = None,
    progress: Callable[[int, int], Any] | None = None,
) -> list[MinedPair]:
    """See :func:`glossary.mining.mine_documents`."""
    lex = glossary_lexicon(snapshot)
    done_docs = snapshot.documents if snapshot else set()
    todo = [d for d in documents if d.sha256 not in done_docs]
    total = sum(len(d.segments) for d in todo)
    agg: dict[tuple[str, str], _Agg] = {}
    zh_text: list[str] = []
    done = 0
    for doc in todo:
        for seg in doc.segments:
            done += 1
            if progress is not None:
                progress(done, total)
            if not seg.zh or not seg.en:
                continue
            zh_text.append(seg.zh)
            for zs, es in sentence_pairs(seg.zh, seg.en, lex):
                for p in _mine_simplified(zs, es, lex, seg.en):
                    key = (zh_key(p.zh), en_key(p.en))
                    if not key[0] or not key[1]:
                        continue
                    a = agg.get(key)
                    if a is None:
                        a = agg[key] = _Agg(p.zh, p.en)
                    a.best = max(a.best, p.raw)
                    where = (doc.name, seg.index)
                    a.count += 1
                    if len(a.evidence) < 20 and where not in a.seen:
                        a.evidence.append(Evidence(doc.name, zs, es, seg.index))
                    a.seen.add(where)
    rejected = snapshot.rejected if snapshot else set()
    corpus = "\n".join(zh_text)
    scored: list[tuple[float, str, str, _Agg]] = []
    for (zk, ek), a in agg.items():
        if (zk, ek) in rejected:
            continue
        logit = document_logit(a.best, a.count, corpus.count(a.zh))
        logit += branching(corpus, a.zh)
        scored.append((logit, zk, ek, a))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    # Document-level competitive linking: one English per Chinese term and one Chinese
    # per English rendering, best first.
    out: list[MinedPair] = []
    used_zh: set[str] = set()
    used_en: set[str] = set()
    for logit, zk, ek, a in scored:
        if zk in used_zh or ek in used_en:
            continue
        score = squash(logit)
        used_zh.add(zk)
        used_en.add(ek)
        if score < min_score:
            continue
        status = _status(zk, ek, snapshot)
        out.append(MinedPair(a.zh, a.en, round(score, 4), a.count, status, list(a.evidence)))
    if limit is not None:
        out = out[: max(0, limit)]
    return out
