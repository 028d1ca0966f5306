"""Names found whole by their form rather than by the spans render scores.

:func:`glossary.mining.pipeline.mine_pair` scores spans of the English for each
candidate; some names are better found by what they look like, and are added here:

- before competitive linking: a book title by its title-case run however long
  (:func:`whole_titles`), a slogan by the quote it pairs with in order
  (:func:`paired_quotes`), a name by the acronym after it (:func:`named_with_acronyms`);
- after it, from the pairs already linked: a post's body (:func:`bodies_of_posts`), a
  capacity's object (:func:`bodies_of_capacities`), a title-case name inside a longer
  pair (:func:`titled_names`), a law's short name (:func:`short_law_names`), a plain
  edition (:func:`plain_editions`) and a dated title (:func:`dated_titles`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from glossary.mining.candidates import (
    HEADS,
    HIGH_POSTS,
    ORG_HEADS,
    PERSON_TITLES,
    SURNAMES,
    ZhCandidate,
    boundary_strength,
    is_breaker,
    termhood,
    token_offsets,
)
from glossary.mining.lexicon import Lexicon, english_headwords
from glossary.mining.render import (
    ARTICLES,
    CANTONESE_SURNAMES,
    EnSide,
    name_pinyin,
    span_text,
)
from glossary.mining.score import Scored, local_score, title_name
from glossary.mining.tokens import has_cjk, in_order, is_acronym, spelled_from, zh_numbers


@dataclass(frozen=True)
class SentenceView:
    """One aligned sentence pair as the name finders see it: its tokens and candidates,
    the English each token links to, the English side and the lexicon."""

    tokens: tuple[str, ...]
    cands: list[ZhCandidate]
    token_links: list[dict[int, float]]
    side: EnSide
    lex: Lexicon


# The most English words a book title's rendering may have: "Overall Plan for Fully
# Aligning with ... of the China (Shanghai) Pilot Free Trade Zone" has 26.
TITLE_WORDS = 40


def book_title(cand: ZhCandidate, tokens: tuple[str, ...]) -> bool:
    """Whether ``cand`` is the whole of a 《》 title."""
    return cand.quoted and cand.a > 0 and tokens[cand.a - 1] == "《"


_TITLE_GLUE = frozenset(
    [
        "of",
        "and",
        "on",
        "for",
        "in",
        "with",
        "to",
        "the",
        "a",
        "an",
        "at",
        "as",
        "by",
        "into",
        "from",
    ]
)


def _title_runs(side: EnSide) -> list[tuple[int, int]]:
    """The title-case runs of the English: capitalised words, with lower-case
    function words and commas between them ("Guiding Opinions on Advancing the
    Green, Low-Carbon and High-Quality Development of the City Clusters")."""
    runs: list[tuple[int, int]] = []
    n = len(side.tokens)
    k = 0
    while k < n:
        if not side.title[k] or side.tokens[k].low in _TITLE_GLUE:
            k += 1
            continue
        lo = hi = k
        j = k + 1
        while j < n:
            low = side.tokens[j].low
            if side.title[j] and low not in _TITLE_GLUE:
                hi = j  # (a comma before it is inside the title)
            elif (
                low[:1].isdigit()
                and j == hi + 1
                and (not side.breaks[j - 1] or _subtitle_after(side, j))
            ):
                # A year right after a title word: "Through the Year 2035"; a figure
                # opening a subtitle: "Equality, Participation and Sharing: 70 Years of
                # ...".
                hi = j
            elif (
                low not in _TITLE_GLUE or side.breaks[j - 1]
                or low in ARTICLES and j == hi + 1 and not _title_verb(side, lo, hi)
            ):  # fmt: skip
                # (An article right after a title word starts another name: "signed in
                # Beijing | the Beijing Declaration"; not after a verb: "on Advancing
                # the Coordinated Protection", "to Form a New Pattern".)
                break
            j += 1
        end = hi
        while hi > lo and side.tokens[hi].low.endswith(("'s", "’s")):
            # (A possessive ends no title: "..., China's" is the next clause's owner.)
            hi = max(
                [
                    h
                    for h in range(lo, hi)
                    if side.title[h] and side.tokens[h].low not in _TITLE_GLUE
                ],
                default=lo,
            )
        runs.append((lo, hi))
        k = end + 1
    return runs


def _subtitle_after(side: EnSide, j: int) -> bool:
    """A colon before token ``j`` and a title-case word after it: a title's subtitle
    opening on a figure ("...: 70 Years of ...")."""
    gap = side.text[side.tokens[j - 1].end : side.tokens[j].start].strip()
    return gap == ":" and j + 1 < len(side.tokens) and side.title[j + 1]


def _title_verb(side: EnSide, lo: int, hi: int) -> bool:
    """Token ``hi`` of a title-case run is a verb: an "-ing" form ("on Advancing", not
    "in Beijing") or an infinitive ("to Form")."""
    return _ing_form(side.tokens[hi].low) or hi > lo and side.tokens[hi - 1].low == "to"


def _ing_form(word: str) -> bool:
    """An English "-ing" form of a word the dictionary knows ("advancing", "building",
    "opening"); a name that ends so, "Beijing" or "Chongqing", is none."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    known = english_headwords()
    return stem in known or stem + "e" in known or stem[-1:] == stem[-2:-1] and stem[:-1] in known


def _sentence_ends(side: EnSide, k: int) -> bool:
    """A sentence ends after token ``k`` (". It has ...": a capital after it starts the
    next sentence, no title)."""
    between = side.text[side.tokens[k].end : side.tokens[k + 1].start]
    return any(mark in between for mark in ".!?;")


def _and_the(side: EnSide, lo: int, hi: int) -> list[int]:
    """Where "and the" joins two names inside the title-case run [lo, hi] (the place of
    "and"): "Master Plan of ... in Hengqin | and the | Plan for ..."."""
    return [
        k for k in range(lo + 1, hi - 1)
        if side.tokens[k].low == "and" and side.tokens[k + 1].low in ARTICLES
    ]  # fmt: skip


_AND = frozenset(["和", "与", "及", "以及"])
_TITLE_JOINS = _AND | {"》", "《", "、"}


def _titles_in_order(
    cands: list[ZhCandidate], tokens: tuple[str, ...], side: EnSide, runs: list[tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """Where the sentence lists two or more 《》 titles (《A》和《B》) and one title-case
    run of the English lists as many names joined by "and the" ("the Law on the
    Protection of Minors and the Law on the Prevention of Juvenile Delinquency"), each
    title's part of the run, in order: title's first token -> (lo, hi)."""
    ends: dict[int, int] = {}
    for c in cands:
        if book_title(c, tokens):  # (a dated title is offered by its name too: the longest)
            ends[c.a] = max(c.b, ends.get(c.a, 0))
    titles = sorted(ends.items())
    # (Listed: only a conjunction or 、 between one title's 》 and the next one's 《. A
    # title given again in brackets, 《A》（以下简称《B》）, is no second item: "the A and
    # the B" there is one title naming two things.)
    listed = [
        (a, b) for (a, b), (c, _d) in zip(titles, titles[1:], strict=False)
        if all(t in _TITLE_JOINS for t in tokens[b:c])
    ]  # fmt: skip
    if len(listed) != len(titles) - 1 or not listed:
        return {}
    starts = [a for a, _b in titles]
    for lo, hi in runs:
        cuts = _and_the(side, lo, hi)
        if len(cuts) == len(starts) - 1:
            firsts = [lo] + [k + 2 for k in cuts]
            lasts = [k - 1 for k in cuts] + [hi]
            return dict(zip(starts, zip(firsts, lasts, strict=True), strict=True))
    return {}


def whole_titles(s: SentenceView, found: list[Scored]) -> list[Scored]:
    """A book title (in 《》) rendered by a title-case run of the English that holds
    the English of nearly all its words, however long the run and wherever its
    commas: "Guiding Opinions on Advancing the ... Green, Low-Carbon and
    High-Quality Development of the City Clusters in the Yangtze River Economic Belt"
    for 《关于推进长江经济带城市群……绿色低碳高质量发展的指导意见》. Spans stop at
    commas and reach 16 words; titles do neither."""
    cands, tokens, token_links, side, lex = s.cands, s.tokens, s.token_links, s.side, s.lex
    # (Where a span already renders the title well, only that span, if no longer
    # span renders it well too: the run's fit vouches for it.)
    rendered: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for p in found:
        if p.fit >= 0.8:
            rendered.setdefault(p.zh_span, set()).add(p.en_span)
    titles = [c for c in cands if len(c.text) >= 8 and book_title(c, tokens)]
    if not titles:
        return []
    runs = [(lo, hi) for lo, hi in _title_runs(side) if hi - lo >= 3]
    ordered = _titles_in_order(cands, tokens, side, runs)
    # Two titles may share a run ("Master Plan of ... in Hengqin and the Plan for
    # ..."): the parts between "and the" are runs too, and of two that say as much of
    # a title, the shorter one is its English.
    parts: set[tuple[int, int]] = set()
    for lo, hi in list(runs):
        cuts = [lo - 2, *_and_the(side, lo, hi), hi + 1]
        for i in range(len(cuts) - 1):
            for j in range(i + 1, len(cuts)):
                part = (cuts[i] + 2, cuts[j] - 1)
                if part != (lo, hi) and part[1] - part[0] >= 3:
                    runs.append(part)
                    parts.add(part)
    out: list[Scored] = []
    for cand in titles:
        words = [token_links[t] for t in range(cand.a, cand.b) if token_links[t]]
        if len(words) < 3:
            continue
        # (A part says each "and" of the title's own: 集成电路产业和软件产业 is "the
        # Integrated Circuit Industry and the Software Industry", not the part before.)
        joins = sum(1 for t in range(cand.a, cand.b) if tokens[t] in _AND)
        best: tuple[float, int, int, int] | None = None
        for lo, hi in runs:
            if joins and (lo, hi) in parts and side.lows[lo : hi + 1].count("and") < joins:
                continue
            said = sum(any(lo <= k <= hi for k in lk) for lk in words) / len(words)
            if said >= 0.8 and (best is None or (said, lo - hi) > best[:2]):
                best = (said, lo - hi, lo, hi)
        listed = ordered.get(cand.a)
        if listed is not None:
            # (Its own part of a run that lists the sentence's titles in order, if it
            # says half of the title's words there.)
            lo, hi = listed
            said = sum(any(lo <= k <= hi for k in lk) for lk in words) / len(words)
            best = (said, lo - hi, lo, hi) if said >= 0.5 else None
        if best is None:
            continue
        said, _size, lo, hi = best
        well = rendered.get((cand.start, cand.end))
        # The run from the first to the last word the title's words render, and the
        # rest of the names those words are in ("... Yangtze River | Economic Belt").
        inside = [k for lk in words for k in lk if lo <= k <= hi]
        first, last = min(inside), max(inside)
        # (Not over a word that Chinese outside the title renders: "(under) the G20 |
        # Common Framework ..." for 二十国集团《……共同框架》.)
        others = {
            k for t, lk in enumerate(token_links) if not cand.a <= t < cand.b
            for k, v in lk.items() if v >= 0.9 and k < first
        }  # fmt: skip
        while (
            first > lo and side.title[first - 1] and side.tokens[first - 1].low not in _TITLE_GLUE
            and first - 1 not in others
        ):  # fmt: skip
            first -= 1
        # (Nor on to a word said again that Chinese outside the title renders: "China's
        # Proposal on WTO Reform | to the WTO" for 向世贸组织提交《…世贸组织改革…》.)
        outside = {
            k for t, lk in enumerate(token_links) if not cand.a <= t < cand.b
            for k, v in lk.items() if v >= 0.9
        }  # fmt: skip
        if last in outside and side.lows[last] in side.lows[first:last]:
            while last > first and last in outside:
                last -= 1
            while last > first and not side.title[last]:
                last -= 1
        while last < hi and not _sentence_ends(side, last) and (
            side.title[last + 1] and side.tokens[last + 1].low not in _TITLE_GLUE
            or side.tokens[last + 1].low[:1].isdigit()  # "... Through the Year 2035"
        ):  # fmt: skip
            last += 1
        if listed is not None:
            first, last = lo, hi  # (the whole of its part: the list says where it ends)
        # (Not a part of a longer good span: "[Law of the] People's Republic ...".)
        longer = well and any(a <= first and last <= b and (a, b) != (first, last) for a, b in well)
        if well is None or ((first, last) in well and not longer):
            out.append(_name_pair(cand, tokens, side, (first, last), lex, 0.6 + 0.4 * said, said))
    return out


def _name_pair(
    cand: ZhCandidate,
    tokens: tuple[str, ...],
    side: EnSide,
    span: tuple[int, int],
    lex: Lexicon,
    fit: float,
    zh_cover: float,
) -> Scored:
    """The pair of a name found whole by its form (a book title's title-case run, the
    words an acronym spells) rather than by the spans render scores, with its local
    score."""
    lo, hi = span
    p = Scored(
        zh=cand.text, en=span_text(side, lo, hi),
        zh_span=(cand.start, cand.end), en_span=(lo, hi),
        fit=fit, termhood=max(0.8, termhood(cand, tokens, lex)),
        zh_cover=zh_cover, en_cover=1.0, quoted=cand.quoted,
        strong=boundary_strength(cand, tokens, lex),
    )  # fmt: skip
    p.local = local_score(p)
    return p


def paired_quotes(s: SentenceView, found: list[Scored]) -> list[Scored]:
    """Quotes paired in order: where a sentence has as many quoted passages in its
    Chinese as in its English, the n-th Chinese slogan is rendered by the n-th English
    one, however freely and at whatever length (“非禁即入” = "market access for all
    unless prohibited"; “两个毫不动摇” = "unswervingly consolidating ... the non-public
    sector"). Not where the dictionary's links say the order differs."""
    cands, tokens, token_links, side, lex = s.cands, s.tokens, s.token_links, s.side, s.lex
    zh_quotes: list[tuple[int, int]] = []
    opened: int | None = None
    for t, tok in enumerate(tokens):
        if tok == "“":
            opened = t
        elif tok == "”" and opened is not None:
            zh_quotes.append((opened + 1, t))
            opened = None
    en_quotes = side.all_quotes
    if not zh_quotes or not en_quotes:
        return []
    pairs = _quotes_in_order(zh_quotes, en_quotes, token_links)
    if pairs and len(zh_quotes) == len(en_quotes):
        _demote_other_quotes(cands, pairs, found)
    have = {(p.zh_span, p.en_span): p for p in found}
    out: list[Scored] = []
    for cand in cands:
        if not cand.quoted or (cand.a, cand.b) not in pairs:
            continue
        a, b = cand.a, cand.b
        lo, hi = pairs[(a, b)]
        hi = _quote_end(a, b, lo, hi, tokens, token_links, side)
        linked = [lk for lk in token_links[a:b] if lk]
        said = sum(any(lo <= k <= hi for k in lk) for lk in linked) / len(linked) if linked else 0.0
        fit = 0.7 + 0.2 * said
        rendered = have.get(((cand.start, cand.end), (lo, hi)))
        if rendered is not None:
            # (Rendered there already: it keeps its own fit unless the pairing's is
            # higher, “中国天眼” = "China Sky Eye", whose 天眼 the dictionary lacks.)
            if rendered.fit < fit:
                rendered.fit = fit
                rendered.local = local_score(rendered)
            continue
        out.append(_name_pair(cand, tokens, side, (lo, hi), lex, fit, said))
    return out


def _quote_end(
    a: int,
    b: int,
    lo: int,
    hi: int,
    tokens: tuple[str, ...],
    token_links: list[dict[int, float]],
    side: Any,
) -> int:
    """The last English token of the rendering of the Chinese quote of tokens [a, b)
    (b: its closing mark) in the English quote [lo, hi]: the quote's last part after a
    comma belongs to the Chinese right after the closing mark when that Chinese links
    into more of its words than the quote does (“中华民族一家亲”同心共筑中国梦 = "The
    Chinese Nation Is One Family, Building the Chinese Dream Together")."""
    after: set[int] = set()
    t = b + 1
    while t < len(tokens) and not is_breaker(tokens[t]):
        after.update(k for k, v in token_links[t].items() if v >= 0.5)
        t += 1
    if not after:
        return hi
    inside = {k for t in range(a, b) for k in token_links[t]}
    toks = side.tokens
    for k in range(hi - 1, lo - 1, -1):
        if "," in side.text[toks[k].end : toks[k + 1].start]:
            tail = range(k + 1, hi + 1)
            if sum(j in after for j in tail) > sum(j in inside for j in tail):
                return k
            break
    return hi


def _demote_other_quotes(
    cands: list[ZhCandidate],
    pairs: dict[tuple[int, int], tuple[int, int]],
    found: list[Scored],
) -> None:
    """With every quote paired in order, a quoted slogan rendered inside another
    slogan's English quote is a worse pair than its own quote: “好小区” is the "good
    residential compounds" of "good residential compounds", "good communities", not the
    "good communities" its dictionary word 小区 (community) links to. So is one that
    runs on past its own quote."""
    quote_of = {(c.start, c.end): pairs[(c.a, c.b)] for c in cands if (c.a, c.b) in pairs}
    for p in found:
        own = quote_of.get(p.zh_span)
        if own is None:
            continue
        lo, hi = p.en_span
        if own[0] <= lo and hi <= own[1]:
            continue
        if (
            lo <= own[0]
            and own[1] <= hi
            or any(q != own and q[0] <= lo and hi <= q[1] for q in quote_of.values())
        ):
            # (... nor its own quote and more: "building | good houses" for “好房子”.)
            p.fit -= 0.3
            p.local = local_score(p)


def _quotes_in_order(
    zh_quotes: list[tuple[int, int]],
    en_quotes: list[tuple[int, int]],
    token_links: list[dict[int, float]],
) -> dict[tuple[int, int], tuple[int, int]]:
    """The English quote of each Chinese one: the n-th for the n-th where both sides
    have as many and no strong link falls only in another quote; otherwise only a
    Chinese quote whose strong links all fall in one English quote that no other
    Chinese quote links to (“净网” = "Clean Internet" where the English leaves another
    name unquoted)."""
    inside: list[set[int]] = []
    strong: list[set[int]] = []
    for a, b in zh_quotes:
        ks = {k for t in range(a, b) for k, v in token_links[t].items() if v >= 0.9}
        strong.append(ks)
        inside.append({j for j, (lo, hi) in enumerate(en_quotes) if any(lo <= k <= hi for k in ks)})
    if len(zh_quotes) == len(en_quotes):
        if all(not linked or i in linked for i, linked in enumerate(inside)) and not _swapped(
            strong, en_quotes
        ):
            return dict(zip(zh_quotes, en_quotes, strict=True))
        return {}
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for i, linked in enumerate(inside):
        if len(linked) != 1:
            continue
        j = next(iter(linked))
        lo, hi = en_quotes[j]
        others = any(j in inside[o] for o in range(len(zh_quotes)) if o != i)
        a, b = zh_quotes[i]
        said = {k for t in range(a, b) for k in token_links[t] if lo <= k <= hi}
        # (And the Chinese says most of the quote: “老虎” is not "cracking down on
        # both tigers and flies".)
        if not others and all(lo <= k <= hi for k in strong[i]) and 2 * len(said) > hi - lo:
            out[zh_quotes[i]] = en_quotes[j]
    return out


def _swapped(strong: list[set[int]], en_quotes: list[tuple[int, int]]) -> bool:
    """Two Chinese quotes whose English is in the other order: the first says more
    words of the second's quote than of its own, and the second no fewer of the first's
    than of its own (“公平竞争” … “不公平竞争” = "unfair competition" … "fair
    competition"). (Only one of them pulled elsewhere is a shared gloss: 小区 and 社区
    are both "community".)"""

    def said(ks: set[int], quote: tuple[int, int]) -> int:
        lo, hi = quote
        return sum(lo <= k <= hi for k in ks)

    n = len(en_quotes)
    return any(
        said(strong[i], en_quotes[j]) > said(strong[i], en_quotes[i])
        and said(strong[j], en_quotes[i]) >= said(strong[j], en_quotes[j])
        for i in range(n) for j in range(n) if i != j
    )  # fmt: skip


def named_with_acronyms(s: SentenceView) -> list[Scored]:
    """A name followed by the same acronym in brackets on both sides: the English
    words before "(AEO)" that spell it are the name's English, however little of it
    the dictionary links (“经认证的经营者”（AEO） = "Authorized Economic Operator
    (AEO)"; 国家核证自愿减排量（CCER） = "Chinese Certified Emission Reductions")."""
    cands, tokens, token_links, side, lex = s.cands, s.tokens, s.token_links, s.side, s.lex
    out: list[Scored] = []
    offsets: list[int] = []
    unexplained: list[str] | None = None  # (found on the first Chinese short form)
    for i in range(1, len(tokens) - 2):
        if tokens[i] not in "（(":
            continue
        acronym = tokens[i + 1]
        short = ""
        # (The acronym may take the name's head word with it: 强制性产品认证（CCC认证）.)
        head_after = (
            i + 3 < len(tokens) and tokens[i + 3] in "）)" and has_cjk(tokens[i + 2])
            and "".join(tokens[max(0, i - 3) : i]).endswith(tokens[i + 2])
        )  # fmt: skip
        if (tokens[i + 2] not in "）)" and not head_after) or not is_acronym(acronym):
            # Or a Chinese short form in brackets, where the English has one acronym in
            # brackets that the Chinese does not write: 国家标准化管理委员会（国家标准委）
            # = "Standardization Administration of China (SAC)".
            short = _bracketed_cjk(tokens, i)
            if not short:
                continue
            if unexplained is None:
                unexplained = _unexplained_acronyms(side, "".join(tokens))
            if not unexplained:
                continue
            # (With more than one, the one whose name the Chinese name renders:
            # "... Commission of the State Council (SASAC)", not "... (SOEs)".)
            acronym = unexplained[0] if len(unexplained) == 1 else ""
            for other in unexplained if not acronym else ():
                name_en = _spelled_name(side, other)
                if name_en and any(
                    name_en[0] <= e <= name_en[1]
                    for t in range(max(0, i - 8), i) for e in token_links[t]
                ):  # fmt: skip
                    acronym = other
                    break
            if not acronym:
                continue
        for k, tok in enumerate(side.tokens):
            # (The English may make it plural: "Chinese Certified Emission Reductions
            # (CCERs)".)
            if (
                tok.text not in (acronym, acronym + "s")
                or side.text[tok.start - 1 : tok.start] != "("
            ):
                continue
            spelled = _name_before(side, k, acronym)
            if spelled is None:
                continue
            lo, hi = spelled
            quoted = [c for c in cands if c.quoted and c.b == i - 1 and tokens[i - 1] in "”》"]
            if quoted:
                name = quoted[0]
            else:
                # The Chinese words before the bracket back to punctuation or to a
                # word whose English is outside the name ("签署|国家核证…").
                a = i
                # (Or just after the bracket: 协定 = "(RCEP) agreement". Links outside
                # the name's clause are another use of the word: 自愿 "voluntary" in
                # the sentence before is not said in "Chinese Certified Emission ...".)
                while a > 0 and has_cjk(tokens[a - 1]) and i - a < 8:
                    word = tokens[a - 1]
                    near = [e for e in token_links[a - 1] if side.clause[e] == side.clause[lo]]
                    if is_breaker(word) or (
                        not any(lo <= e <= k + 2 for e in near) and (near or lex.is_pure_verb(word))
                    ):
                        break
                    a -= 1
                if short:
                    # (The short form vouches for the words it is made from, though
                    # they link outside the name: 国家 "national" elsewhere in the
                    # clause, 国家标准化管理委员会（国家标准委）.)
                    while (
                        a > 0 and has_cjk(tokens[a - 1]) and i - a < 8
                        and not in_order(short, "".join(tokens[a:i]))
                    ):  # fmt: skip
                        a -= 1
                    # (A name coordinated before it is not in its short form: 丝路基金|和|
                    # 亚洲基础设施投资银行（亚投行）; 住房和城乡建设部（住建部） is one name.)
                    for c in range(a, i - 1):
                        if tokens[c] in _AND and short[0] not in "".join(tokens[a:c]):
                            a = c + 1
                    if not in_order(short, "".join(tokens[a:i])):
                        break
                while a < i and (tokens[a] in _AND or tokens[a] in _PARTICLES):
                    # (A conjunction opens no name, ）|和|国际电信联盟（ITU）, nor does a
                    # particle: 贸促会下设|的|中国国际经济贸易仲裁委员会（贸仲委）.)
                    a += 1
                if a == i or len("".join(tokens[a:i])) < 3:
                    break
                offsets = offsets or token_offsets(tokens)
                text = "".join(tokens[a:i])
                name = ZhCandidate(a, i, offsets[a], offsets[a] + len(text), text)
            p = _name_pair(name, tokens, side, (lo, hi), lex, 0.95, 1.0)
            p.raw += 0.5  # (over a span that runs on past the acronym)
            out.append(p)
            if short:  # (and the short form is the acronym's, one step below the name)
                offsets = offsets or token_offsets(tokens)
                at = offsets[i + 1]
                out.append(
                    _derived(p, short, span_text(side, k, k), (at, at + len(short)), (k, k),
                             p.raw - 1.0)
                )  # fmt: skip
            break
    return out


_AND = frozenset("和与及同")
_PARTICLES = frozenset("的之地")


def _spelled(acronym: str, words: list[str]) -> int:
    """How many of the last ``words`` are the name ``acronym`` stands for (0 if none):
    spelled by their initials, in lower case too, or before the owner the name ends
    with ("State-owned Assets Supervision and Administration Commission | of the State
    Council (SASAC)")."""
    used = spelled_from(acronym, words) or _spelled_in_lower_case(acronym, words)
    if used or "of" not in words[1:]:
        return used
    at = len(words) - 1 - words[::-1].index("of")
    owner = words[at + 1 :]
    if not owner or not all(w[:1].isupper() or w in ("the", "and") for w in owner):
        return 0
    used = spelled_from(acronym, words[:at])
    return used + len(owner) + 1 if used else 0


def _spelled_in_lower_case(acronym: str, words: list[str]) -> int:
    """How many of the last ``words``, all in lower case, spell ``acronym`` by their
    initials, one word a letter ("liquefied natural gas (LNG)"), or 0."""
    n = len(acronym)
    last = words[-n:]
    if n < 2 or len(last) < n or not all(w[:1].islower() and w.isalpha() for w in last):
        return 0
    return n if "".join(w[0] for w in last).upper() == acronym.upper() else 0


def _bracketed_cjk(tokens: tuple[str, ...], i: int) -> str:
    """The Chinese written in the brackets opened at token ``i`` (2-8 characters, no
    punctuation), or ""."""
    for j in range(i + 1, min(i + 6, len(tokens))):
        if tokens[j] in "）)":
            inside = tokens[i + 1 : j]
            text = "".join(inside)
            return text if 2 <= len(text) <= 8 and all(has_cjk(t) for t in inside) else ""
    return ""


def _unexplained_acronyms(side: EnSide, zh: str) -> list[str]:
    """The acronyms in brackets in the English that the Chinese does not write, in
    order."""
    found: list[str] = []
    for tok in side.tokens:
        if (
            is_acronym(tok.text) and side.text[tok.start - 1 : tok.start] == "("
            and tok.text not in zh and tok.text not in found
        ):  # fmt: skip
            found.append(tok.text)
    return found


def _spelled_name(side: EnSide, acronym: str) -> tuple[int, int] | None:
    """The English words right before "(ACRONYM)" that spell it, as a token span."""
    for k, tok in enumerate(side.tokens):
        if tok.text == acronym and side.text[tok.start - 1 : tok.start] == "(":
            spelled = _name_before(side, k, acronym)
            if spelled is not None:
                return spelled
    return None


def _name_before(side: EnSide, k: int, acronym: str) -> tuple[int, int] | None:
    """The words of the clause right before the bracketed acronym at token ``k`` that
    spell it (see :func:`_spelled`), as a token span; None if they do not."""
    lo = k - 1  # (the bracket breaks the clause right before the acronym)
    while lo > 0 and k - lo < 12 and not side.breaks[lo - 1]:
        lo -= 1
    used = _spelled(acronym, [t.text for t in side.tokens[lo:k]])
    return (k - used, k - 1) if used else None


def _derived(
    p: Scored,
    zh: str,
    en: str,
    zh_span: tuple[int, int],
    en_span: tuple[int, int],
    raw: float,
    quoted: bool = False,
    titled: bool = False,
) -> Scored:
    """A pair derived from the proposed pair ``p`` (a part or an extension of it, on
    both sides): ``p``'s fit and termhood, its own spans, ranked at ``raw``."""
    q = Scored(zh, en, zh_span, en_span, p.fit, p.termhood, p.zh_cover, p.en_cover)
    q.quoted, q.titled = quoted, titled
    q.local = local_score(q)
    q.raw = raw
    return q


# Posts a person's name follows ("国务委员兼外长王毅", "行政长官李家超").
POSTS = (*PERSON_TITLES, *HIGH_POSTS, "国王", "国务委员", "总书记", "副总理", "委员长", "副总统")


# The same, longest first (a post's own suffix: 副主任 before 主任).
_POST_SUFFIXES = tuple(sorted(POSTS, key=len, reverse=True))


def titled_names(
    tokens: tuple[str, ...], accepted: list[Scored], side: Any, lex: Lexicon
) -> list[Scored]:
    """A proposed post followed by the name of the person holding it, on both sides:
    "外交部发言人汪文斌" = "Foreign Ministry spokesperson Wang Wenbin". Offered below
    the post itself, as foreign-affairs glossaries record leaders by post and name.
    The name must be the sound of a Chinese name (汪文斌 = "Wang Wenbin"), a Hong Kong
    one (李家超 = "John Lee") or one the dictionary gives (马克龙 = "Emmanuel
    Macron")."""
    starts = set(token_offsets(tokens))
    zh = "".join(tokens)
    taken = {k for p in accepted for k in range(p.en_span[0], p.en_span[1] + 1)}
    out: list[Scored] = []
    for p in accepted:
        if not p.zh.endswith(POSTS) or p.blocker:
            continue
        # The English name: title-case words right after the post's English.
        names: list[str] = []
        k = p.en_span[1] + 1
        while (
            k < len(side.tokens) and len(names) < 3 and side.title[k] and not side.breaks[k - 1]
            and side.tokens[k].text.isalpha() and k not in taken
        ):  # fmt: skip
            names.append(side.tokens[k].text)
            k += 1
        if not names:
            continue
        sound = "".join(names).lower()
        end = p.zh_span[1]
        for size in (3, 2, 4):
            name = zh[end : end + size]
            if end + size not in starts and end + size != len(zh):
                continue  # (a name ends where a word starts: 李强|出席)
            gloss = " ".join(lex.glosses(name)).split(",")[0] if name in lex else ""
            if (
                (name[:1] in SURNAMES and name_pinyin(name) == sound)
                or (gloss and names[-1] in gloss.split())
                # (A Hong Kong name: an English given name and the Cantonese surname,
                # 李家超 = "John Lee".)
                or names[-1].lower() in CANTONESE_SURNAMES.get(name[:1], ())
            ):
                en = f"{p.en} {' '.join(names)}"
                out.append(
                    _derived(
                        p, p.zh + name, en, (p.zh_span[0], end + size), (p.en_span[0], k - 1),
                        p.raw - _DERIVED,  # (not every glossary records people)
                        titled=True,
                    )
                )  # fmt: skip
                break
    return out


# Logit demotion of a pair derived from a proposed one (a post with its holder's name,
# a law's short name): offered well below the pair seen in the text.
_DERIVED = 2.0


# An edition's number before an event's name: 第二十届|中国西部国际博览会 = "20th" |
# "Western China International Fair".
_ORDINAL_MARK = r"第[零〇一二两三四五六七八九十百\d]+"
_EDITION_MARK = rf"(?:{_ORDINAL_MARK}[届次]|首届)"
_EDITION = re.compile("^" + _EDITION_MARK)


def edition_name(zh: str) -> str:
    """The name after an edition's number (第134届|中国进出口商品交易会); "" if none."""
    m = _EDITION.match(zh)
    return zh[m.end() :] if m else ""


# An edition right before a name (第三届|“一带一路”国际合作高峰论坛: the quote keeps
# them apart as candidates).
_EDITION_BEFORE = re.compile(_EDITION_MARK + "$")


# The ordinal of a day or festival held every year: 第九个|全民国家安全教育日 = "ninth
# National Security Education Day". (Only before a day: 第十四个|五年规划 keeps its
# number, the name is the "14th Five-Year Plan".)
_DAY_EDITION = re.compile(rf"^{_ORDINAL_MARK}个(?=.*[日节]$)")
# What an edition numbers: an event or a body (HEADS), a day or festival (第26届|上海国
# 际电影节 = "26th Shanghai International Film Festival"), or an award (第37届|中国电影金鸡
# 奖 = "37th China Golden Rooster Awards").
_EDITION_HEADS = (*HEADS, "日", "节", "奖")

_ORDINAL_WORD = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)$"
)


# The word an edition's ordinal may count before the event's name: "132nd session of
# the China Import and Export Fair".
_EDITION_WORDS = frozenset(["session", "edition"])


def _after_edition_word(side: Any, lo: int, hi: int) -> int:
    """Where the event's name starts after the ordinal at ``lo``: right after it, or
    after "session of (the)" / "edition of (the)"."""
    k = lo + 1
    if k + 2 <= hi and side.lows[k] in _EDITION_WORDS and side.lows[k + 1] == "of":
        k += 2
        if k < hi and side.lows[k] == "the":
            k += 1
    return k


def plain_editions(accepted: list[Scored], side: Any, zh: str) -> list[Scored]:
    """The event an edition belongs to: "第二十届中国西部国际博览会" = "20th Western China
    International Fair" gives 中国西部国际博览会 = "Western China International Fair",
    the name a glossary records; it takes the edition's rank and the edition goes
    below it. A name right after its edition in ``zh`` that took the edition's ordinal
    ("Third Belt and Road Forum ...") gives it back."""
    out = []
    have = {(p.zh, p.en): p for p in accepted}
    for p in accepted:
        lo, hi = p.en_span
        before = zh[: p.zh_span[0]].rstrip('“‘"')
        if (
            _EDITION_BEFORE.search(before) and not p.blocker and hi > lo
            and _ORDINAL_WORD.match(side.lows[lo]) and side.title[lo + 1]
        ):  # fmt: skip
            p.en, p.en_span = span_text(side, lo + 1, hi), (lo + 1, hi)
            continue
        m = _EDITION.match(p.zh) or _DAY_EDITION.match(p.zh)
        if not m or p.blocker or hi <= lo or not _ORDINAL_WORD.match(side.lows[lo]):
            continue
        start = _after_edition_word(side, lo, hi)
        if any(q.en_span == p.en_span and q.zh.startswith(p.zh) and q.zh != p.zh for q in accepted):
            # A cut of the edition that takes its whole English (第二次中新高层合作, without
            # 会议, = "second ... Cooperation Meeting"): its name would be cut too.
            continue
        name, en = p.zh[m.end() :], span_text(side, start, hi)
        if len(name) < 3 or not name.endswith(_EDITION_HEADS) or not side.title[start]:
            continue
        q = have.get((name, en))
        if q is None:
            out.append(
                _derived(p, name, en, (p.zh_span[0] + m.end(), p.zh_span[1]), (start, hi), p.raw)
            )
        else:
            q.raw = max(q.raw, p.raw)
        # (An edition said as "132nd session of the ..." is a description, below one
        # said as a name, "77th World Health Assembly".)
        p.raw -= _DERIVED if start > lo + 1 else _DERIVED / 2
    return out


# A title's status after its name: 《……法（草案）》 = "the draft ... Law", 《……（试行）》.
_STATUS = re.compile(r"[（(](?:修订草案|修正草案|草案|征求意见稿|送审稿|试行)[）)]$")


def names_of_drafts(accepted: list[Scored]) -> None:
    """A draft's name takes the draft's rank: 中华人民共和国金融稳定法 = "Financial
    Stability Law of the People's Republic of China" is the term a glossary records,
    not 《中华人民共和国金融稳定法（草案）》 = "draft Financial Stability Law of ...",
    which goes below it."""
    for p in accepted:
        status = _STATUS.search(p.zh)
        if status is None or p.blocker:
            continue
        name = p.zh[: status.start()]
        named = [q for q in accepted if q.zh == name and q.en.lower() in p.en.lower()]
        if named:
            best = max(named, key=lambda q: q.raw)
            best.raw = max(best.raw, p.raw + 0.01)
            p.raw -= _DERIVED / 2


# A session of a body: 十四届全国人大常委会|第十三次会议 = "13th session of | the
# Standing Committee of the 14th National People's Congress"; 全会 is a plenary one.
_SESSION = re.compile(r"^(.{3,}?)第?[零〇一二两三四五六七八九十百\d]+次(?:全体会议|会议|全会)$")
# The body's own term, before it: 十四届|全国人大常委会 = "14th".
_TERM_OF_BODY = re.compile(r"^第?([零〇一二两三四五六七八九十百\d]+)届")
_SESSION_WORDS = frozenset(["session", "meeting"])


def bodies_of_sessions(accepted: list[Scored], side: Any) -> list[Scored]:
    """The body a session belongs to, the name a glossary records: from
    "十四届全国人大常委会第十三次会议" = "13th session of the Standing Committee of the
    14th National People's Congress", 全国人大常委会 = "Standing Committee of the
    National People's Congress" (the body's term left out on both sides; at the
    session's rank) and 十四届全国人大常委会 = "Standing Committee of the 14th National
    People's Congress" (below it)."""
    have = {(p.zh, p.en) for p in accepted}
    out: list[Scored] = []
    for p in accepted:
        m = _SESSION.match(p.zh)
        lo, hi = p.en_span
        if m is None or p.blocker or hi >= len(side.lows) or not _ORDINAL_WORD.match(side.lows[lo]):
            continue
        k = lo + 1 + (side.lows[lo + 1 : lo + 2] == ["plenary"])
        if k + 2 > hi or side.lows[k] not in _SESSION_WORDS or side.lows[k + 1] != "of":
            continue
        k += 2 + (side.lows[k + 2] == "the")
        opens_name = side.title[k] or (
            k < hi and _ORDINAL_WORD.match(side.lows[k]) is not None and side.title[k + 1]
        )
        if k > hi or not opens_name:
            continue
        body, en = m.group(1), span_text(side, k, hi)
        start = p.zh_span[0]
        term = _TERM_OF_BODY.match(body)
        ordinals = [t for t in range(k, hi + 1) if _ORDINAL_WORD.match(side.lows[t])]
        if "届" not in body and ordinals:
            continue  # (the English says the body's term, the Chinese cut it off)
        if (body, en) not in have:
            # (A body with its term is below the body itself, when that can be had.)
            raw = p.raw + 0.01 if term is None else p.raw - _DERIVED / 2
            out.append(_derived(p, body, en, (start, start + len(body)), (k, hi), raw))
        if term is None:
            continue
        digits = zh_numbers(term.group(1))
        if len(ordinals) != 1 or side.lows[ordinals[0]].rstrip("stndrh") not in digits:
            continue
        o = ordinals[0]
        plain = body[term.end() :]
        before = span_text(side, k, o - 1) + " " if o > k else ""
        plain_en = before + span_text(side, o + 1, hi) if o < hi else ""
        # (Not with an acronym left: "Standing Committee of the NPC" is made up, where
        # the text's own "NPC Standing Committee" may stand elsewhere.)
        if (
            len(plain) >= 3 and plain_en and (plain, plain_en) not in have
            and not any(is_acronym(w) for w in plain_en.split())
        ):  # fmt: skip
            out.append(
                _derived(
                    p, plain, plain_en, (start + term.end(), start + len(body)), (k, hi),
                    p.raw + 0.01,
                )
            )  # fmt: skip
    return out


# The years a plan covers, in brackets after its name: 《……行动计划（2025—2027）》 =
# "... Action Plan (2025-2027)".
_ZH_YEARS = re.compile(r"[（(]((?:19|20)\d\d)年?\s*[—–－-]+\s*((?:19|20)\d\d)年?[）)]》")


_EN_YEARS = re.compile(r"\s*\(((?:19|20)\d\d)\s*[-–—]+\s*((?:19|20)\d\d)\)")


# ... or that ends in its trial status: 《科技伦理审查办法（试行）》 = "Measures for
# Ethical Review of Science and Technology Activities (Trial)".
_ZH_TRIAL = re.compile(r"[（(](?:试行|暂行)[）)]》")
_EN_TRIAL = re.compile(
    r"\s*\((?:for )?(?:trial(?: implementation)?|provisional|interim)\)", re.IGNORECASE
)


def dated_titles(accepted: list[Scored], side: Any, zh: str) -> list[Scored]:
    """A book title that ends in the years it covers, rendered up to its years (the
    English spans stop at brackets): the whole title, years and all, is a term
    (《国家人权行动计划（2021—2025年）》 = "National Human Rights Action Plan
    (2021-2025)"). Two cuts of one title that become it are kept once. Where the
    title's name was rendered whole, that name (the one the plan goes by) keeps its
    rank and the dated title is offered below it."""
    dated = False
    undated: list[Scored] = []
    for p in accepted:
        lo, hi = p.en_span
        if p.blocker:
            continue
        zh_years = _ZH_YEARS.match(zh, p.zh_span[1])
        if zh_years:
            en_years = _EN_YEARS.match(side.text, side.tokens[hi].end)
        else:
            zh_years = _ZH_TRIAL.match(zh, p.zh_span[1])
            en_years = zh_years and _EN_TRIAL.match(side.text, side.tokens[hi].end)
        opening = zh.rfind("《", 0, p.zh_span[0] + 1)
        if (
            not zh_years or not en_years or en_years.groups() != zh_years.groups()
            or opening < 0 or "》" in zh[opening : p.zh_span[0]]
        ):  # fmt: skip
            continue
        if p.zh_span[0] == opening + 1:
            # (The name first, the dated title below it: what glossaries record is
            # the name, 3 to 1 in the gold lists written for this project.)
            undated.append(_derived(p, p.zh, p.en, p.zh_span, p.en_span, p.raw, quoted=p.quoted))
            p.raw -= _DERIVED
        p.zh_span = (opening + 1, zh_years.end() - 1)
        p.zh = zh[p.zh_span[0] : p.zh_span[1]]
        p.en = " ".join(side.text[side.tokens[lo].start : en_years.end()].split())
        dated = True
    if not dated:
        return accepted
    accepted = accepted + undated
    # (The whole title rendered up to its bracket, "Measures for ..." without "(Trial)",
    # is the dated title's cut: dropped.)
    full = {p.zh: p.en for p in accepted if p.en.endswith(")")}
    accepted = [
        p for p in accepted
        if p.zh not in full or p.en == full[p.zh] or not full[p.zh].startswith(p.en + " (")
    ]  # fmt: skip
    best: dict[tuple[str, str], Scored] = {}
    for p in accepted:
        q = best.setdefault((p.zh, p.en), p)
        if p.raw > q.raw:
            best[(p.zh, p.en)] = p
    return [p for p in accepted if best[(p.zh, p.en)] is p]


_PRC = "中华人民共和国"


_OF_PRC = re.compile(r"\s*\b(?:of )?the People['’]s Republic of China\b\s*")


def short_law_names(accepted: list[Scored]) -> list[Scored]:
    """The short name of a law named with the state's name ("中华人民共和国外商投资法"
    = "Foreign Investment Law of the People's Republic of China"): "外商投资法" =
    "Foreign Investment Law", the name the law goes by. Offered below the full name."""
    out = []
    for p in accepted:
        short_zh = p.zh.removeprefix(_PRC)
        if short_zh == p.zh or len(short_zh) < 3 or not short_zh.endswith(("法", "条例")):
            continue
        short_en = " ".join(_OF_PRC.sub(" ", p.en).split())
        if short_en == p.en or len(short_en.split()) < 2:
            continue
        q = _derived(
            p, short_zh, short_en, (p.zh_span[0] + len(_PRC), p.zh_span[1]), p.en_span,
            p.raw - _DERIVED, quoted=p.quoted,
        )  # fmt: skip
        out.append(q)
    return out


_OFFICE = "办公室"


def bodies_of_posts(accepted: list[Scored], side: Any) -> list[Scored]:
    """The body a proposed post belongs to, where the English names it after "for" or
    "of": 全国人大常委会法制工作委员会发言人 = "spokesman for the NPC Standing
    Committee's Legislative Affairs Commission" gives 全国人大常委会法制工作委员会 = "NPC
    Standing Committee's Legislative Affairs Commission". Offered below the post."""
    out = []
    have = {p.zh for p in accepted}
    for p in accepted:
        lo, hi = p.en_span
        # (Or an office's: 国家禁毒委员会办公室 = "Office of the National Narcotics
        # Control Commission".)
        office = p.zh.endswith(_OFFICE) and side.lows[lo] == "office" and lo + 1 < hi
        post = _OFFICE if office else next((t for t in _POST_SUFFIXES if p.zh.endswith(t)), "")
        body = p.zh[: len(p.zh) - len(post)]
        if not post or len(body) < 3 or body in have or p.blocker or p.titled:
            continue
        at = next((k for k in range(lo + 1, hi) if side.lows[k] in ("for", "of")), -1)
        if at < 0 or (side.title[lo] and not (office and at == lo + 1)):
            continue  # ("Director of ..." in title case is the post's own name)
        start = at + 2 if side.lows[at + 1] == "the" else at + 1
        if start > hi:
            continue
        en = span_text(side, start, hi)
        if not title_name(en):
            continue
        span = (p.zh_span[0], p.zh_span[1] - len(post))
        out.append(_derived(p, body, en, span, (start, hi), p.raw - _DERIVED / 4))
    return out


# "Capacity for ..." said of a term: 防灾减灾救灾|能力 = "capacity for disaster
# prevention, mitigation and relief" (or "... capacity" after it).
CAPACITY = "能力"


_CAPACITY_WORDS = frozenset(["capacity", "capacities", "capability", "capabilities", "ability"])


def bodies_of_capacities(accepted: list[Scored], side: Any) -> list[Scored]:
    """The term a proposed capacity is of: 防灾减灾救灾能力 = "capacity for disaster
    prevention, mitigation and relief" gives 防灾减灾救灾 = "disaster prevention,
    mitigation and relief" (the document's ranking then puts the capacity below it,
    see _demote_head_of_name)."""
    out = []
    have = {p.zh for p in accepted}
    for p in accepted:
        body = p.zh.removesuffix(CAPACITY)
        if body == p.zh or len(body) < 2 or body in have or p.blocker or p.titled:
            continue
        lo, hi = p.en_span
        lows = side.lows
        if hi - lo >= 2 and lows[lo] in _CAPACITY_WORDS and lows[lo + 1] in ("for", "of"):
            start = lo + 3 if lows[lo + 2] == "the" else lo + 2
            span = (start, hi)
        elif hi - lo >= 1 and lows[hi] in _CAPACITY_WORDS and not side.title[hi]:
            span = (lo, hi - 1)
        else:
            continue
        if span[0] > span[1]:
            continue
        en = span_text(side, *span)
        zh_span = (p.zh_span[0], p.zh_span[1] - len(CAPACITY))
        out.append(_derived(p, body, en, zh_span, span, p.raw))
    return out


# The last characters of a body's Chinese name (中央纪委, 国家监委, 最高人民法院).
_BODY_ENDS = (*ORG_HEADS, "委", "院", "会", "办", "行", "政府")


def joint_bodies(accepted: list[Scored], side: Any) -> list[Scored]:
    """Two bodies named side by side in the Chinese with nothing between them, and
    joined by "and" in the English, are one body under two names:
    中央纪委国家监委 = "Central Commission for Discipline Inspection and the National
    Commission of Supervision" (they work as one). The pair replaces any rendering of
    the whole that names only one of them."""
    names = [
        p for p in accepted if not p.blocker and title_name(p.en) and p.zh.endswith(_BODY_ENDS)
    ]
    starting: dict[int, list[Scored]] = {}
    for p in names:
        starting.setdefault(p.zh_span[0], []).append(p)
    out: list[Scored] = []
    for p in names:
        for q in starting.get(p.zh_span[1], ()):
            if side.lows[p.en_span[1] + 1 : q.en_span[0]] not in (["and"], ["and", "the"]):
                continue
            zh_span, en_span = (p.zh_span[0], q.zh_span[1]), (p.en_span[0], q.en_span[1])
            en = span_text(side, *en_span)
            out.append(_derived(p, p.zh + q.zh, en, zh_span, en_span, min(p.raw, q.raw)))
    # (A rendering of the whole that already says both names stays: "Development and
    # Reform Commission" is one name's own "and".)
    said = {p.zh for p in accepted if any(q.zh == p.zh and q.en in p.en for q in out)}
    out = [p for p in out if p.zh not in said]
    joint = {p.zh for p in out}
    return [p for p in accepted if p.zh not in joint] + out


# Words of the English for a leading 国家 ("State Administration for ...").
_STATE_WORDS = frozenset(["state", "national", "china", "china's", "chinese", "nation's"])


def state_bodies(
    accepted: list[Scored], side: Any, tokens: tuple[str, ...], lex: Lexicon
) -> list[Scored]:
    """A body's name the English gives without its leading 国家 is still named in
    full: 国家质量监督检验检疫总局 = "General Administration of Quality Supervision,
    Inspection and Quarantine" (the official English has no "State"), not
    质量监督检验检疫总局, a name nobody writes. The pair of the shorter name gives the
    full one its fit and rank and is dropped; where the English says 国家 ("State
    Administration for Market Regulation") the full name links by itself."""
    # (国家 opening the name: at the start, after a mark, a function word, 原 "former"
    # or a verb (组建|国家…); not the end of a word before it: 金砖|国家|新开发银行
    # is the "BRICS New Development Bank".)
    offsets = token_offsets(tokens)
    state_at = {
        offsets[t] + 2
        for t, tok in enumerate(tokens)
        if tok == "国家"
        and (
            t == 0
            or is_breaker(tokens[t - 1])
            or tokens[t - 1] == "原"
            or (lex.is_verb(tokens[t - 1]) and not lex.glosses(tokens[t - 1] + tok))
        )
    }
    full_of = {(p.zh, p.en): p for p in accepted if p.zh.startswith("国家")}
    out: list[Scored] = []
    for p in accepted:
        at = p.zh_span[0]
        if (
            at not in state_at
            or p.blocker
            or not p.zh.endswith(_BODY_ENDS)
            or not title_name(p.en)
            # (Nor where the English says it a little before: "National Exhibition
            # and Convention Center" for 国家会展中心, rendered "Convention Center".)
            or any(w in _STATE_WORDS for w in side.lows[max(0, p.en_span[0] - 4) : p.en_span[0]])
            or any(w.lower() in _STATE_WORDS for w in p.en.split())
        ):
            out.append(p)
            continue
        full = full_of.get(("国家" + p.zh, p.en))
        if full is None:
            out.append(_derived(p, "国家" + p.zh, p.en, (at - 2, p.zh_span[1]), p.en_span, p.raw))
            continue
        full.fit = max(full.fit, p.fit)
        full.local = local_score(full)
        full.raw = max(full.raw, p.raw)
    return out
