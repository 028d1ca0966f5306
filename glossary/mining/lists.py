"""Enumerations: "宣讲会、微讲堂、专刊专栏等" = "teach-in, the micro-lecture hall, and the
special column etc." Items of a Chinese list (、-separated, closed by 等 or
punctuation) and of an English list (comma-separated, "and" before the last) with the
same number of items are paired in order, when at least one pair is anchored by the
dictionary and no anchor points elsewhere. Items the dictionary knows nothing about
(new coinages, which are what a terminologist wants) get their rendering this way.
"""

from __future__ import annotations

import re
from typing import Any

# (A short bracketed part stays inside its item: 因公临时出国（境） "overseas trips".)
_ZH_CLAUSE = re.compile(r"(?:[^，。；：！？（）,;:!?()“”《》]|（[\u4e00-\u9fff]{1,4}）)+")
# What joins a list's last item to the one before it: 初任培训、任职培训和在职培训.
_ZH_LAST_AND = re.compile(r"(?<=.{2})(?:以及|和|及|与)(?=.{2})")
_ZH_CLOSE = ("等等", "等")
_EN_CLAUSE = re.compile(r"[^.;:!?()]+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_MAX_WORDS = 6
# Comparatives: a list of qualities ("more livable, resilient and smart"), not of terms.
_DEGREE = frozenset(["more", "most", "less", "better"])
# Phrases that introduce a list's first item without being part of it.
_FRAMES = ("in terms of", "such as", "in the form of", "ranging from")
# Words that open a list after a comma: "five major tasks, namely A, B and C".
_OPENER = re.compile(r"^(?:namely|including|such as|i\.e\.)\s+", re.IGNORECASE)
_AND_WORD = re.compile(r"^and\s+([A-Za-z]+)\s+")


def zh_lists(text: str, breakers: frozenset[str], tokens: tuple[str, ...]) -> list[list[str]]:
    """Lists in a Chinese sentence: 2+ items separated by 、 (items of 2-10 characters)."""
    out: list[list[str]] = []
    for clause in _ZH_CLAUSE.findall(text):
        if clause.count("、") < 1:
            continue
        parts = clause.split("、")
        joined = _ZH_LAST_AND.split(parts[-1], maxsplit=1)
        if len(joined) == 2 and len(joined[0]) <= 10 and "等" not in joined[0]:
            parts[-1:] = joined
        last = parts[-1]
        for close in _ZH_CLOSE:
            if close in last:
                last = last[: last.index(close)]
                break
        else:
            if len(last) > 6:
                # No 等 and a long tail: the last item ends where the others' shared
                # head does ("科技金融、绿色金融、…、数字金融|五篇大文章"), else unknown.
                last = _up_to_shared_head(parts[1:-1], last)
                if not last:
                    continue
        first = _tail_item(parts[0], breakers, tokens)
        items = [first, *parts[1:-1], last]
        if all(2 <= len(i) <= 10 for i in items):
            out.append(items)
    return out


def _shared_head(items: list[str]) -> str:
    """The longest ending all ``items`` share (their head: 金融 of 科技金融、绿色金融)."""
    head = items[0]
    for item in items[1:]:
        while head and not item.endswith(head):
            head = head[1:]
    return head


def _up_to_shared_head(middle: list[str], tail: str) -> str:
    """The start of ``tail`` up to the first end of the head the middle items share
    (two characters, or one shared by two items or more); "" if there is none."""
    if not middle:
        return ""
    head = _shared_head(middle)
    if len(head) > 2:
        head = head[-2:]
    if not head or len(head) == 1 and len(middle) < 2:
        return ""
    at = tail.find(head, 1)
    end = at + len(head)
    return tail[:end] if at >= 0 and 2 <= end <= 10 else ""


def _tail_item(part: str, breakers: frozenset[str], tokens: tuple[str, ...]) -> str:
    """The end of the text before the first 、 that belongs to the first item."""
    from glossary.mining.candidates import OBJECT_PREPOSITIONS

    # Walk the sentence's tokens that make up the end of ``part``, stopping at a
    # function word ("通过宣讲会" -> "宣讲会") or a preposition ("对|经费管理").
    item = ""
    for tok in reversed(_suffix_tokens(part, tokens)):
        if tok in breakers or tok in OBJECT_PREPOSITIONS or not tok.strip():
            break
        item = tok + item
        if len(item) >= 6:
            break
    return item


def _suffix_tokens(part: str, tokens: tuple[str, ...]) -> list[str]:
    joined = ""
    picked: list[str] = []
    for tok in tokens:
        joined += tok
        picked.append(tok)
        if joined.endswith(part) and len(joined) >= len(part):
            break
    # Keep only the tokens inside ``part`` (from its end).
    out: list[str] = []
    size = 0
    for tok in reversed(picked):
        if size + len(tok) > len(part):
            break
        out.insert(0, tok)
        size += len(tok)
    return out


def _and_verb(part: str) -> re.Match[str] | None:
    """ "and strengthens ...", "and promote ...": a new clause's verb, after which a
    list may start, not the last item of a list."""
    from glossary.mining.lexicon import english_verbs
    from glossary.mining.render import verb_after_noun

    m = _AND_WORD.match(part)
    if m is None:
        return None
    word = m.group(1).lower()
    return m if word in english_verbs() or verb_after_noun(word) else None


def en_lists(text: str) -> list[list[str]]:
    """Lists in an English sentence: "A, B, and C", "A, B and C" (short items)."""
    out: list[list[str]] = []
    for clause in _EN_CLAUSE.findall(text):
        parts = [p.strip() for p in re.split(r",", clause)]
        if len(parts) < 2:
            continue
        # The last item of a list comes after "and": "and C", or "B and C" — also in
        # the middle of a sentence, where the clause goes on after the list ("develop
        # A, B, C and D, increase ..."). (Not in the first part: "A and B, C" is one
        # item before a list.)
        items: list[tuple[str, bool]] = []  # (item, the list ends with it)
        for at, p in enumerate(parts):
            opening = _OPENER.match(p) or _and_verb(p)
            if opening:
                # "..., namely A, B and C": the list starts here, whatever came before
                # (an empty item ends the run before it).
                items.append(("", False))
                p = p[opening.end() :]
            if re.match(r"^and\s+", p):
                items.append((re.sub(r"^and\s+", "", p), True))
            elif (
                " and " in p and at > 0 and len(p.split()) <= 2 * _MAX_WORDS
                and not (at + 1 < len(parts) and _last_item(parts[at + 1]))
            ):  # fmt: skip
                # (Not before ", and <item>": the list's last item comes after that
                # comma, and this "and" is inside an item, "meetings and events".)
                a, b = p.rsplit(" and ", 1)
                items.extend([(a, False), (b, True)])
            else:
                items.append((p, False))
        # Runs of short items, each ending where an "and" joined its last one.
        run: list[str] = []
        for item, last in items:
            words = item.split()
            if 1 <= len(words) <= _MAX_WORDS:
                run.append(item)
                if last:
                    if len(run) >= 2:
                        out.append(run)
                    run = []
            else:
                if len(run) >= 2:
                    out.append(run)
                run = [_last_words(_np_tail(item), 3)] if words else []
        if len(run) >= 2:
            out.append(run)
    return [[_clean(_np_tail(lst[0]))] + [_clean(i) for i in lst[1:]] for lst in out]


def _last_item(part: str) -> bool:
    """``part`` is ", and <a list's last item>" ("and office buildings"), not a new
    clause after the list (", and increase support ...": a verb first, or long)."""
    from glossary.mining.lexicon import english_verb_senses

    words = part.split()
    return (
        len(words) >= 2 and words[0] == "and" and len(words) <= _MAX_WORDS + 1
        and words[1].lower() not in english_verb_senses()
    )  # fmt: skip


def _last_words(item: str, k: int) -> str:
    """The last ``k`` words of a long part before a list's comma, the first item's
    candidates, from a content word on ("management | of office buildings" -> "office
    buildings")."""
    from glossary.mining.render import _EDGE_BAD

    words = item.split()[-k:]
    while len(words) > 1 and words[0].lower() in _EDGE_BAD:
        words = words[1:]
    return " ".join(words)


def _head_factored(zh_items: list[str], en_items: list[str]) -> bool:
    """The Chinese repeats a head the English says once, after its last modifier:
    "基础学科、新兴学科、交叉学科" = "basic, emerging and interdisciplinary disciplines".
    Its items are modifiers, not the terms."""
    # (The last Chinese item may run on past the head: 交叉学科|建设.)
    head = _shared_head(zh_items[:-1])
    return (
        len(head) >= 2 and all(len(i) > len(head) for i in zh_items) and head in zh_items[-1]
        and len(en_items) >= 3 and len(en_items[-1].split()) >= 2
        and all(len(e.split()) == 1 for e in en_items[1:-1])
    )  # fmt: skip


def _without_verb(item: str, en_keys: set[str], lex: Any) -> str:
    """A first item without the verb that acts on the list, when the English item does
    not render it ("扩大|规则、规制" = "rules, regulations"; but 碳排放权交易 = "carbon
    emissions trading" keeps its 排放)."""
    from glossary.mining.align import zh_token_keys
    from glossary.mining.tokens import zh_tokens

    toks = zh_tokens(item)
    while len(toks) > 1 and zh_token_keys(toks[0], lex).isdisjoint(en_keys):
        first = toks[0]
        # (An adverb jieba glued to its verb is a verb too: "大力发展".)
        if not (
            lex.is_pure_verb(first)
            or first not in lex
            and len(first) >= 4
            and lex.has_verb_sense(first[-2:])
        ):
            break
        toks = toks[1:]
    return "".join(toks)


def _np_tail(item: str) -> str:
    """The noun phrase at the end of a first item ("discussed carbon emissions
    trading" -> "carbon emissions trading"): the words after the last verb or
    function word."""
    from glossary.mining.lexicon import english_verbs
    from glossary.mining.render import _EDGE_BAD

    words = item.split()
    cut = 0
    low_item = item.lower()
    for frame in _FRAMES:
        at = low_item.rfind(frame + " ")
        if at >= 0:
            # A prepositional frame ends before the item: "in terms of | rules".
            cut = max(cut, len(low_item[: at + len(frame)].split()))
    for i, w in enumerate(words[:-1]):
        low = w.lower().strip(",")
        if (
            (low in _EDGE_BAD and low not in ("of", "and"))
            or low in english_verbs()
            or (low.endswith("ed") and len(low) > 4)
        ):
            cut = max(cut, i + 1)
    return " ".join(words[cut:])


def _noun_phrase(item: str) -> bool:
    from glossary.mining.render import _EDGE_BAD, _INNER_OK

    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", item)]
    return (
        bool(words)
        and not any(w in _EDGE_BAD and w not in _INNER_OK or w in _DEGREE for w in words)
        and (words[0] not in _EDGE_BAD and words[-1] not in _EDGE_BAD)
    )


def _clean(item: str) -> str:
    item = re.sub(r"\s+etc\.?$", "", item.strip())
    item = re.sub(r"^(?:such as|including|like)\s+", "", item)
    return _ARTICLE.sub("", item).strip(" .")


def list_pairs(
    zh: str, en: str, tokens: tuple[str, ...], breakers: frozenset[str], lex: object
) -> list[tuple[str, str, int, float]]:
    """Item pairs of matching lists: (zh item, en item, zh offset, fit)."""
    from glossary.mining.align import en_word_keys, zh_token_keys
    from glossary.mining.tokens import en_tokens, zh_tokens

    out: list[tuple[str, str, int, float]] = []
    en_found = en_lists(en)
    if not en_found:
        return out
    for items in zh_lists(zh, breakers, tokens):
        k = len(items)
        zkeys = []
        for item in items:
            keys: set[str] = set()
            for t in zh_tokens(item):
                keys |= zh_token_keys(t, lex)  # type: ignore[arg-type]
            zkeys.append(keys)
        for en_items in en_found:
            if len(en_items) != k:
                continue
            ekeys = [
                set().union(*(en_word_keys(t.low) for t in en_tokens(e))) if e else set()
                for e in en_items
            ]
            same = [not zkeys[i].isdisjoint(ekeys[i]) for i in range(k)]
            cross = any(
                not zkeys[i].isdisjoint(ekeys[j]) and not same[i]
                for i in range(k) for j in range(k) if i != j
            )  # fmt: skip
            # Most items anchored, none pointing elsewhere, and every English item a
            # noun phrase (no verb or clause words: "has great resilience").
            if 2 * sum(same) < k or cross or not all(_noun_phrase(e) for e in en_items):
                continue
            if _head_factored(items, en_items):
                continue
            # (The first item without the verb that acts on the list, if the English
            # leaves it out.)
            trimmed = [_without_verb(items[0], ekeys[0], lex), *items[1:]]
            pos = 0
            for i, (z, e) in enumerate(zip(trimmed, en_items, strict=True)):
                at = zh.find(z, pos)
                if at < 0 or not e:
                    continue
                pos = at + len(z)
                if zh_tokens(z)[0] in breakers:
                    continue  # a degree, not a term: "更宜居、更韧性" = "more livable, resilient"
                if len(z) <= 2 and " " not in e:
                    continue  # a short word is vocabulary (规则 = "rules"), as elsewhere
                out.append((z, e, at, 0.8 if same[i] else 0.65))
            break
    return out
