"""Tokenisers shared by alignment and mining: jieba for Chinese, a regex for English,
and number normalisation on both sides ("二十" = "20th" = "20", "3,000" = "3000").

jieba is imported and initialised on first use, quietly, with its cache in the user
cache dir; glossary terms are added to its dictionary so they stay whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, NamedTuple

from glossary.mining.lexicon import Lexicon
from glossary.text import CJK

_STATE: dict[str, Any] = {}
# (Letters and digits together are one name: "G20", "C919", "5G", "8K", "PM2.5", and
# an acronym with its number, "COVID-19"; so are capitals joined by "&": "R&D". A
# comma inside a
# number separates thousands, "21,691"; after it, it ends the clause: "Agenda 2063,".)
# Accented letters are letters ("communiqué"); "U.S." and "China-U.S." keep their dots.
_EN_TOKEN = re.compile(
    r"[A-Z]+&[A-Z]+|[A-Z]{2,}-\d+\b|(?:[A-Za-z]+-)?(?:[A-Z]\.){2,}|[A-Za-z]+\d+(?:\.\d+)?[A-Za-z]*|\d+[A-Z]+\b|"
    r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*[A-Za-zÀ-ÖØ-öø-ÿ]|[A-Za-z]|"
    r"\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?"
)
_ZH_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_ZH_NUM = re.compile(r"[零〇一二两三四五六七八九十百千]{1,8}")
_ARABIC = re.compile(r"\d[\d,]*(?:\.\d+)?")


class EnToken(NamedTuple):
    """An English token: its text, start and end offsets, and lower-case form."""

    text: str
    start: int
    end: int
    low: str


def has_cjk(text: str) -> bool:
    """True if ``text`` contains at least one CJK ideograph: :func:`glossary.text.has_cjk`
    compiled with the miner, which asks it of every token and candidate (a call into
    the interpreter costs more than the test)."""
    return CJK.search(text) is not None


def _jieba() -> Any:
    jb = _STATE.get("jieba")
    if jb is None:
        import jieba

        jieba.setLogLevel(60)
        try:
            import platformdirs

            cache = platformdirs.user_cache_dir("glossary")
            import os

            os.makedirs(cache, exist_ok=True)
            jieba.dt.tmp_dir = cache
        except Exception:  # no cache dir: jieba uses the system temp dir
            pass
        jieba.initialize()
        _STATE["jieba"] = jb = jieba
    return jb


@contextmanager
def glossary_words(words: list[str]) -> Iterator[None]:
    """Glossary terms in jieba's dictionary for the duration of a mining run.

    jieba's dictionary is process-wide, so the words are taken out again afterwards
    (frequencies and total restored): mining the same input with the same glossary
    gives the same tokens whatever ran before.
    """
    words = sorted({w for w in words if w and len(w) <= 30})
    if not words:
        yield
        return
    jb = _jieba()
    dt = jb.dt
    # add_word also enters every prefix of the word (frequency 0): save those too.
    saved = {w[:i]: dt.FREQ.get(w[:i]) for w in words for i in range(1, len(w) + 1)}
    total = dt.total
    for w in words:
        jb.add_word(w, freq=max(saved[w] or 0, 2000))
    _STATE["glossary"] = ({w for w in words if not saved[w]}, saved)
    zh_tokens.cache_clear()
    try:
        yield
    finally:
        _STATE.pop("glossary", None)
        for w, freq in saved.items():
            if freq is None:
                dt.FREQ.pop(w, None)
            else:
                dt.FREQ[w] = freq
        dt.total = total
        zh_tokens.cache_clear()


def jieba_knows(word: str) -> bool:
    """Is ``word`` in jieba's dictionary (with a frequency: not a mere prefix)?"""
    return bool(_jieba().dt.FREQ.get(word))


@lru_cache(maxsize=20_000)
def zh_tokens(text: str) -> tuple[str, ...]:
    """jieba tokens of a Chinese sentence (cached: alignment and mining share them)."""
    tokens = _jieba().lcut(text, HMM=False)
    added = _STATE.get("glossary")
    if added:
        tokens = _unglue(tokens, *added)
    if "政府" in text:
        tokens = _place_apart(tokens)
    if "建设" in text:
        tokens = _building_apart(tokens)
    if "部将" in text:
        tokens = _ministry_apart(tokens)
    if "第" in text:
        tokens = _edition_joined(tokens)
    if "经" in text or "前" in text:
        tokens = _date_apart(tokens)
    return tuple(tokens)


_DATE_UNITS = frozenset("年月日")
# (And 前 "before": 2030|年前|碳达峰 is 2030|年|前, the date's end and "before".)
_DATE_UNIT_VIA = frozenset(u + after for u in _DATE_UNITS for after in "经前")


def _ends_in_number(token: str) -> bool:
    """``token`` ends in a digit or a Chinese numeral (a date's number)."""
    return token[-1:].isdigit() or token[-1:] in _DATE_NUMERALS


def _date_apart(tokens: list[str]) -> list[str]:
    """A date's unit and the 经 "upon (approval by)" after it, which jieba joins into
    a word (6|月经|全国人大常委会 "menstruation", 3|日经 "Nikkei"): 6|月|经|全国人大常委会,
    so no candidate opens on the date's last character."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        if t in _DATE_UNIT_VIA and prev and _ends_in_number(prev):
            out += [t[0], t[1]]
        else:
            out.append(t)
    return out


# An ordinal with a counter after it: 第|19|届 (jieba keeps 第十九届 whole).
_COUNTERS = frozenset("届次")


def _edition_joined(tokens: list[str]) -> list[str]:
    """An edition's ordinal in Arabic digits as one token, as jieba has it in Chinese
    numerals (第十九届): 第|19|届|亚运会 = 第19届|亚运会, so the edition is a term's
    start ("19th Asian Games") the same way in both scripts."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (
            tokens[i] == "第" and i + 2 < len(tokens) and tokens[i + 1].isascii()
            and tokens[i + 1].isdigit() and tokens[i + 2] in _COUNTERS
        ):  # fmt: skip
            out.append("".join(tokens[i : i + 3]))
            i += 3
            continue
        if (
            i + 1 < len(tokens) and _ORDINAL_HEAD.match(tokens[i])
            and _ORDINAL_TAIL.match(tokens[i + 1])
        ):  # fmt: skip
            # jieba's cut inside a long ordinal: 第七|十六届 = 第七十六届 (76th).
            out.append(tokens[i] + tokens[i + 1])
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


_ORDINAL_HEAD = re.compile(r"^第[一二三四五六七八九十百]+$")
_ORDINAL_TAIL = re.compile(r"^[一二三四五六七八九十百]+[届次]$")


def _ministry_apart(tokens: list[str]) -> list[str]:
    """A ministry and the 将 "will" after it, which jieba's dictionary has as one word
    (部将, a general's officer): 工业和信息化|部|将, so the ministry's name ends on 部."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok == "部将" and i > 0 and _cjk_word(tokens[i - 1]):
            out += ["部", "将"]
        else:
            out.append(tok)
    return out


# Heads that jieba's dictionary glues to 建设 "construction" (工程建设, 项目建设).
_BUILT_HEADS = frozenset(["工程", "项目", "体系", "制度", "平台", "基地", "设施", "机制", "园区"])


def _building_apart(tokens: list[str]) -> list[str]:
    """A term's head and the 建设 after it, which jieba has as one word (城市生命线安全|
    工程建设), as two: the term ends on its head (城市生命线安全工程, the urban lifeline
    safety project), and 建设 is what is done to it."""
    out: list[str] = []
    for tok in tokens:
        if len(tok) == 4 and tok.endswith("建设") and tok[:2] in _BUILT_HEADS:
            out += [tok[:2], "建设"]
        else:
            out.append(tok)
    return out


_GOVERNMENTS = ("人民政府", "政府")
_ADMIN_ENDS = tuple("省市县区州")


def _place_apart(tokens: list[str]) -> list[str]:
    """A place and its government, which jieba's dictionary has as one word (广东省政府),
    as two: the government's own terms start there (政府|工作|报告, the government work
    report)."""
    out: list[str] = []
    for tok in tokens:
        body = next((g for g in _GOVERNMENTS if tok.endswith(g) and len(tok) > len(g) + 1), "")
        place = tok[: -len(body)] if body else ""
        if place.endswith(_ADMIN_ENDS):
            out += [place, body]
        else:
            out.append(tok)
    return out


_COMMON = 1000  # jieba frequency of a word common enough to outweigh a glossary match


def _unglue(tokens: list[str], added: set[str], saved: dict[str, int | None]) -> list[str]:
    """Undo a glossary word that took the first character of a common word: the
    ministry 人力资源和社会保障部 + 门 is 人力资源和社会保障 + 部门 (departments). Only
    words jieba knew before the glossary, and common ones (its dictionary also has
    rare junk such as 想为), count."""
    freq = _jieba().dt.FREQ
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        word = tok[-1:] + nxt
        if (
            tok in added and len(nxt) == 1 and len(tok) >= 3
            and (freq.get(word) or 0) >= _COMMON and word not in saved
        ):  # fmt: skip
            out.extend(_jieba().lcut(tok[:-1], HMM=False))
            out.append(word)
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


_FORMULA_NUMERALS = frozenset("一两二三四五六七八九十")
_DATE_NUMERALS = _FORMULA_NUMERALS | {"〇", "零"}  # (a date's: 二〇二三年)


_VERSION = re.compile(r"^\d+\.\d+版$")


def is_version(token: str) -> bool:
    """A version joined into one token by :func:`join_known` (3.0版, "version 3.0")."""
    return bool(_VERSION.match(token))


def is_acronym(word: str) -> bool:
    """An all-capitals name of three letters or more ("ASEAN", "BRICS", "G20")."""
    return len(word) >= 3 and word.isupper() and word.isalnum()


def in_order(short: str, name: str) -> bool:
    """Every character of ``short`` is in ``name``, in the same order (a Chinese short
    form: 国家药监局 of 国家药品监督管理局)."""
    at = 0
    for ch in short:
        at = name.find(ch, at) + 1
        if at == 0:
            return False
    return True


def spelled_from(acronym: str, words: list[str]) -> int:
    """How many of the last ``words`` spell ``acronym`` by their initials (0 if none
    do): "China International Fair for Trade in Services" = "CIFTIS" (a lower-case
    word may give its initial or not), "Authorized Economic Operator" = "AEO". A
    hyphenated word gives the initials of its parts or its own ("Trans-Pacific" = "TP"
    or "T"); each capitalised word must give one. The fewest words that do, starting
    on a capitalised word."""
    letters = acronym.upper()
    parts = [[w[0] for w in word.split("-") if w[:1].isalpha()] or [""] for word in words]
    for start in range(len(words) - 1, -1, -1):
        if words[start][:1].isupper() and _spelled_exactly(letters, words[start:], parts[start:]):
            return len(words) - start
    return 0


def _spelled_exactly(letters: str, words: list[str], parts: list[list[str]]) -> bool:
    """Whether ``words`` spell ``letters`` with every capitalised word giving initials
    and lower-case words giving theirs or none (see :func:`spelled_from`)."""
    if not words:
        return not letters
    word, inits = words[0], parts[0]
    options = ["".join(inits).upper()]
    if len(inits) > 1:
        options.append(inits[0].upper())
    for got in options:
        if (
            got
            and letters.startswith(got)
            and _spelled_exactly(letters[len(got) :], words[1:], parts[1:])
        ):
            return True
    return not word[:1].isupper() and _spelled_exactly(letters, words[1:], parts[1:])


def _single_cjk(token: str) -> bool:
    """One Chinese character."""
    return len(token) == 1 and _cjk_word(token)


def _known_run(tokens: tuple[str, ...], i: int, known: Any) -> int:
    """End of the longest run of two to four tokens from ``i`` that is a known word of
    four characters or more (0 if none)."""
    for end in range(min(len(tokens), i + 4), i + 1, -1):
        word = "".join(tokens[i:end])
        if len(word) >= 4 and word in known:
            return end
    return 0


# Words of position and quantity that end a phrase alone but make a term with the
# word before them (see join_known).
_BOUND_AFTER = frozenset(["以上", "以下", "以外", "以内"])


def _superlative_of(word: str, after: str, known: Any) -> bool:
    """最 + ``word`` is a superlative before a noun (``after``): ``word`` an adjective of
    one or two characters (its first gloss no verb: not 最|需要 "need most")."""
    glosses = getattr(known, "glosses", None)
    if (
        glosses is None or len(word) > 2 or word in ("多", "少")
        or not _cjk_word(word) or not _cjk_word(after)
    ):  # fmt: skip
        return False
    first = next(iter(glosses(word)), "")
    return first[:1].islower() and not first.startswith("to ")


def _noun_before(word: str, known: Any) -> bool:
    """``word`` is a noun a superlative after it says something of: 机构|最|多 ("the
    most consulates"), not a name's kind (实行|最|严格 ...)."""
    verbal = getattr(known, "has_verb_sense", None)
    return verbal is not None and len(word) >= 2 and _cjk_word(word) and not verbal(word)


_NEGATING = re.compile(r"^(?:un|in|im|ir|il|dis|non-?)[a-z]{3,}$")


def _negated_word(word: str, known: Any) -> bool:
    """``word`` (不 + a word) is one the lexicon glosses by a single English word
    negated by its prefix ("unreliable", "improper")."""
    if not isinstance(known, Lexicon) or word not in known:
        return False
    return any(_NEGATING.match(g) for g in known.glosses(word))


def join_known(tokens: tuple[str, ...], known: Any) -> tuple[str, ...]:
    """Join runs of single characters that jieba left apart when together they are a
    word of ``known`` (a container of words, here the lexicon) three characters or
    longer: 碳|中|和 is 碳中和 (carbon neutrality), a word newer than jieba's
    dictionary. Likewise a single character jieba cut off the front of a known word of
    four characters or more (非|物质|文化遗产 is 非物质文化遗产, 探|月|工程 is 探月工程
    "lunar exploration program"), a word with a bound word of position after it
    (规模|以上 is 规模以上 "above designated size"), and, where ``known`` is the lexicon,
    a noun it has that jieba cut after a first word that is only a verb (巡回|法庭 is
    巡回法庭 "circuit court", 仿制|药 is 仿制药 "generic drug") and a word 不 negates
    that it glosses by a negated English word (不|可靠 is 不可靠 "unreliable")."""
    if "委会同" in "".join(tokens):
        tokens = _commission_apart(tokens, known)
    if any(len(t) >= 8 for t in tokens):
        tokens = _long_names_apart(tokens, known)
    if "会" in tokens or "博会" in tokens:
        tokens = _fair_short_forms(tokens)
    if any(len(t) >= 3 and t[0] in _CONJUNCTIONS for t in tokens):
        tokens = _conjunction_apart(tokens, known)
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        first = tokens[i]
        end = _saying_end(tokens, i, known) if len(first) >= 2 else 0
        if end:
            # A set saying with a function word inside, which no candidate may hold:
            # 绿水青山|就是|金山银山 "lucid waters and lush mountains are invaluable
            # assets".
            out.append("".join(tokens[i:end]))
            i = end
            continue
        if (
            i + 1 < n and tokens[i + 1] == "会" and len(first) >= 2 and _cjk_word(first)
            and not _function_char(first)
            and (i + 2 >= n or not _cjk_word(tokens[i + 2]) or tokens[i + 2] in _AFTER_MEETING)
        ):  # fmt: skip
            # A meeting named by who meets, at the end of a phrase: 外长|会 is 外长会
            # (foreign ministers' meeting), not "foreign ministers will" (the
            # auxiliary 会 has a verb after it).
            out.append(first + "会")
            i += 2
            continue
        if (
            first.isdigit() and i + 3 < n and tokens[i + 1] == "." and tokens[i + 2].isdigit()
            and tokens[i + 3] == "版"
        ):  # fmt: skip
            # A version, one word: 自贸区|3.0版 "Free Trade Area 3.0" (the point would
            # end every candidate).
            out.append("".join(tokens[i : i + 4]))
            i += 4
            continue
        if first == "不" and i + 1 < n and _negated_word(first + tokens[i + 1], known):
            # A word whose English is negated by its prefix: 不|可靠 is 不可靠
            # "unreliable" (不可靠实体清单, the Unreliable Entity List), where 不 alone is
            # the "not" of a clause.
            out.append(first + tokens[i + 1])
            i += 2
            continue
        if (
            first == "可" and i + 2 < n and len(tokens[i + 1]) == 2 and _cjk_word(tokens[i + 2])
            and first + tokens[i + 1] in known
        ):  # fmt: skip
            # An adjective in "-able" the dictionary knows, before what it describes:
            # 可|持续|航空燃料 is 可持续 "sustainable" aviation fuel, where 可 alone is
            # "may" before a verb.
            out.append(first + tokens[i + 1])
            i += 2
            continue
        if (
            first == "最" and i + 2 < n and _superlative_of(tokens[i + 1], tokens[i + 2], known)
            and (i == 0 or not _noun_before(tokens[i - 1], known))
        ):  # fmt: skip
            # A superlative names a thing's kind: 最|严格|水资源管理制度 is "the strictest
            # water resources management system", where 最 alone ends a phrase.
            out.append(first + tokens[i + 1])
            i += 2
            continue
        if (
            i + 1 < n and len(first) == 2 and _cjk_word(first) and _cjk_word(tokens[i + 1])
            and (
                len(tokens[i + 1]) == 2
                # (Or one character, not a function word, that no other follows:
                # 仿制|药 is 仿制药 "generic drug".)
                or len(tokens[i + 1]) == 1 and not _function_char(tokens[i + 1])
                and (i + 2 >= n or not _single_cjk(tokens[i + 2]))
            )
            and isinstance(known, Lexicon) and known.is_pure_verb(first)
            and known.is_noun_word(first + tokens[i + 1])
        ):  # fmt: skip
            # A noun the dictionary knows that jieba cut after a first word that is
            # only a verb: 巡回|法庭 is 巡回法庭 "circuit court", not "to tour" + a court
            # (and no candidate may start on a pure verb).
            out.append(first + tokens[i + 1])
            i += 2
            continue
        if i + 1 < n and tokens[i + 1] in _BOUND_AFTER and first + tokens[i + 1] in known:
            # A word and a bound word of position that together are a term:
            # 规模|以上 is 规模以上 "above designated size" (以上 alone ends a phrase).
            out.append(first + tokens[i + 1])
            i += 2
            continue
        if (
            i + 2 < n and len(tokens[i + 1]) == 2 and _single_cjk(tokens[i + 2])
            and _middle_split(first, tokens[i + 1], tokens[i + 2], known)
        ):  # fmt: skip
            # A word that took the first character of a name: 共|建成|渝 is 共建|成渝
            # (jointly build | Chengdu and Chongqing), not "to complete" + 渝; or the
            # last character of a word the lexicon knows: 高级|别人|文 is 高级别|人文
            # (high-level | people-to-people), not "other people".
            middle = tokens[i + 1]
            out += [first + middle[0], middle[1] + tokens[i + 2]]
            i += 3
            continue
        # A character jieba cut off a longer word the dictionary has (非|物质|文化遗产
        # is 非物质文化遗产, intangible cultural heritage, not "not" + a term); a
        # numbered formula cut after its numeral word (一个|中国|原则 is 一个中国原则
        # "one-China principle"; 两个|维护).
        cut_off = _single_cjk(first)
        if (
            cut_off and first in _DATE_UNITS and out and _ends_in_number(out[-1])
            and i + 1 < n and tokens[i + 1] == "经"
        ):  # fmt: skip
            # A date's unit ends the date (6|月|经 stays apart: not 月经).
            out.append(first)
            i += 1
            continue
        numbered = len(first) > 1 and first[0] in _FORMULA_NUMERALS
        if (cut_off or numbered) and i + 1 < n:
            end = _known_run(tokens, i, known)
            if end:
                out.append("".join(tokens[i:end]))
                i = end
                continue
        if len(first) == 2:
            end = _set_phrase_end(tokens, i, known) or _second_half_cut(tokens, i, known)
        else:
            end = 0
        if end:
            # A set phrase jieba cut after its verb: 立德|树|人 is 立德树人 "fostering
            # virtue through education", a name, where 立德 alone is "to establish
            # virtue" (and no candidate starts with a verb); or a word whose second
            # half jieba left in characters (减税|降|费).
            out.append("".join(tokens[i:end]))
            i = end
            continue
        if cut_off and i + 1 < n and len(tokens[i + 1]) >= 4:
            split = _front_taken(first, tokens[i + 1], known)
            if split:
                # A word that took the end of the character's word: 可|再生能源 is
                # 可再生|能源 (renewable | energy), not "can" + 再生能源.
                out += [first + tokens[i + 1][:split], tokens[i + 1][split:]]
                i += 2
                continue
        j = i
        while j < n and _single_cjk(tokens[j]):
            j += 1
        # (Two characters alone between words too: 非|盟 is 非盟, African Union; not
        # the end of a longer run, 在|中|和.)
        pair = j - i == 2 and (i == 0 or not _single_cjk(tokens[i - 1]))
        # (Or two at the start of a longer run when neither is a function word: 算|力|网
        # is 算力|网, computing power network.)
        pair = pair or (
            j - i >= 3 and (i == 0 or not _single_cjk(tokens[i - 1]))
            and not _function_char(first) and not _function_char(tokens[i + 1])
            # (Not a character doubled, nor the unit of a number before it:
            # 2024|年|年|会 is the 2024 annual meeting.)
            and first != tokens[i + 1] and not (i and tokens[i - 1][-1:].isdigit())
        )  # fmt: skip
        for end in range(j, i + 1 if pair else i + 2, -1):
            word = "".join(tokens[i:end])
            if word in known:
                out.append(word)
                i = end
                break
        else:
            rest = "".join(tokens[i + 1 : j])
            if j - i >= 3 and rest in known and not _function_char(tokens[i]):
                # A character that ends the word before it, then a word: 铁路|港|获|批
                # is 铁路港 (railway port) "to be approved", 港|获批. (Not after a
                # function word: 在|中|和 is no 在|中和 "to neutralize".)
                out += [tokens[i], rest]
                i = j
            else:
                out.append(tokens[i])
                i += 1
    return tuple(out)


def _commission_apart(tokens: tuple[str, ...], known: Any) -> tuple[str, ...]:
    """A commission's short name and the verb 会同 "jointly with" after it, which jieba
    cuts 国家发展|改|革委会|同 (革委会, a revolutionary committee): cut again on either
    side of the name's last character 委 when a known word ends there (国家发展改革委)
    and 同 starts no common word with the next character (not 常委会|同意 "agrees";
    jieba's dictionary has rare junk such as 同有)."""
    text = "".join(tokens)
    at = text.find("委会同")
    while at >= 0:
        after = text[at + 2 : at + 4]
        name = any(text[j : at + 1] in known for j in range(max(0, at - 8), at - 1))
        if name and (_jieba().dt.FREQ.get(after) or 0) < 100:
            return zh_tokens(text[: at + 1]) + join_known(zh_tokens(text[at + 1 :]), known)
        at = text.find("委会同", at + 1)
    return tokens


_CONJUNCTIONS = frozenset("和与及或")


def _conjunction_apart(tokens: tuple[str, ...], known: Any) -> tuple[str, ...]:
    """Cut "and" off the word after it where jieba's dictionary has the two glued as
    rare junk (合格证|和适航|管理 "operating certificates and airworthiness management";
    also 和世卫, 和亚欧, 或硬件): a word of three characters or more that starts with a
    conjunction, whose rest is a word and whose first two characters are none, and
    that ``known`` lacks (和颜悦色 and 和稀泥 stay)."""
    freq = _jieba().dt.FREQ
    out: list[str] = []
    for tok in tokens:
        if (
            len(tok) >= 3 and tok[0] in _CONJUNCTIONS and freq.get(tok[1:])
            and not freq.get(tok[:2]) and tok not in known
        ):  # fmt: skip
            out += [tok[0], tok[1:]]
        else:
            out.append(tok)
    return tuple(out)


def _set_phrase_end(tokens: tuple[str, ...], i: int, known: Any) -> int:
    """End of the tokens from ``i`` that make a four-character word the lexicon knows
    and that is no verb (or one of six or eight of verbs of two characters), of two
    halves that are only verbs (立德 "to establish virtue"
    + 树|人 "to prepare children ...": 立德树人 "fostering virtue through education", a
    set phrase; not 呼叫|中心 "call center", a verb and its noun); 0 if none."""
    pure_verb = getattr(known, "is_pure_verb", None)
    if pure_verb is None or not pure_verb(tokens[i]):
        return 0
    word = tokens[i]
    for end in range(i + 1, min(len(tokens), i + 3)):
        word += tokens[end]
        if len(word) >= 4:
            found = len(word) == 4 and word in known and not pure_verb(word)
            if found and pure_verb(word[2:]):
                return end + 1
            break
    # A slogan of three or four verbs of two characters each: 共商|共建|共享 is
    # 共商共建共享 "extensive consultation, joint contribution and shared benefits".
    # (After the first, a word the dictionary lacks may be one: 共建 "to build jointly".)
    is_verb = getattr(known, "is_verb", pure_verb)
    word = tokens[i]
    for end in range(i + 1, min(len(tokens), i + 4)):
        tok = tokens[end]
        if len(tok) != 2 or not (is_verb(tok) or _cjk_word(tok) and tok not in known):
            return 0
        word += tokens[end]
        if len(word) >= 6 and word in known and not pure_verb(word):
            return end + 1
    return 0


def _second_half_cut(tokens: tuple[str, ...], i: int, known: Any) -> int:
    """End of a four-character word the lexicon knows whose second half jieba left in
    characters (减税|降|费 is 减税降费 "tax and fee cuts": 降费 is no word of its own);
    0 if none. (Only two characters standing alone, neither a function word.)"""
    if i + 2 >= len(tokens) or not (_single_cjk(tokens[i + 1]) and _single_cjk(tokens[i + 2])):
        return 0
    if i + 3 < len(tokens) and _single_cjk(tokens[i + 3]):
        return 0  # (a longer run of characters is read as it stands)
    if _function_char(tokens[i + 1]) or _function_char(tokens[i + 2]):
        return 0
    return i + 3 if tokens[i] + tokens[i + 1] + tokens[i + 2] in known else 0


def _front_taken(first: str, word: str, known: Any) -> int:
    """Where ``word`` splits so that ``first`` and its front are a word of three or more
    characters the lexicon knows and the rest a word of two or more (可|再生能源 at 2:
    可再生 "renewable", 能源 "energy"); 0 if it does not, or if ``first`` and all of
    ``word`` are a word already."""
    if first + word in known:
        return 0
    for k in range(len(word) - 2, 1, -1):
        if first + word[:k] in known and word[k:] in known:
            return k
    return 0


def _middle_split(first: str, middle: str, last: str, known: Any) -> bool:
    """``middle`` of two characters belongs half to ``first``, half to ``last`` (a single
    character): see :func:`_name_taken` and :func:`_middle_taken`."""
    if _single_cjk(first):
        return _name_taken(first, middle, last, known)
    return (
        len(first) == 2 and _cjk_word(first) and not _function_char(last)
        and _middle_taken(first, middle, last, known)
    )  # fmt: skip


def _middle_taken(first: str, middle: str, last: str, known: Any) -> bool:
    """``first`` + ``middle[0]`` and ``middle[1]`` + ``last`` are both words the lexicon
    knows, the first of three characters, and ``first`` + ``middle`` is none."""
    return (
        first + middle[0] in known and middle[1] + last in known
        and first + middle not in known and not _function_char(first)
    )  # fmt: skip


def _name_taken(first: str, middle: str, last: str, known: Any) -> bool:
    """``first`` + ``middle[0]`` is a word and ``middle[1]`` + ``last`` a name the
    lexicon knows (its gloss capitalised: 成渝 "Chengdu and Chongqing"), and ``first`` is
    no function word (从|中国|人 stays)."""
    name = middle[1] + last
    glosses = getattr(known, "glosses", None)
    if glosses is None or name not in known or _function_char(first):
        return False
    head = first + middle[0]
    if head not in known and not jieba_knows(head):
        return False
    return any(g[:1].isupper() for g in glosses(name))


# What follows a meeting's name but never the auxiliary 会 ("will"): a conjunction,
# a time ("外长会|日前|举行", held recently), a locative ("外长会|上", at the meeting).
_AFTER_MEETING = frozenset(
    [
        "和", "与", "及", "、", "日前", "近日", "昨天", "今天", "昨日", "今日", "当天",
        "期间", "上", "于",
    ]
)  # fmt: skip


def _cjk_word(token: str) -> bool:
    """All Chinese characters."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in token)


def _fair_short_forms(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A fair's or an expo's short form that jieba cut into characters: 消|博会 is 消博会,
    服|贸|会 is 服贸会 (a character or two, then 博会; or two, the second naming a fair,
    then 会 before punctuation or 等)."""
    out: list[str] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        loose = 0
        while loose < 2 and len(out) > loose and _short_char(out[-1 - loose]):
            loose += 1
        after = tokens[i + 1] if i + 1 < n else "。"
        if loose and (
            t == "博会"
            or t == "会" and loose == 2 and out[-1] in _FAIR_KINDS
            and (not _cjk_word(after) or after == "等" or after in _AFTER_MEETING)
        ):  # fmt: skip
            joined = "".join(out[len(out) - loose :]) + t
            del out[len(out) - loose :]
            out.append(joined)
        else:
            out.append(t)
    return tuple(out)


# The character before 会 in a fair's short form: 服贸会, 厦洽会, 广交会.
_FAIR_KINDS = frozenset("贸洽交")


def _short_char(token: str) -> bool:
    """One Chinese character that is no function word."""
    return _single_cjk(token) and not _function_char(token)


def _long_names_apart(tokens: tuple[str, ...], known: Any) -> tuple[str, ...]:
    """A word of eight characters or more that is two words ``known`` has, the first of
    four characters or more: two tokens (全国人民代表大会常务委员会 is 全国人民代表大会|
    常务委员会), so the first name is a candidate of its own, and the two together
    still are."""
    out: list[str] = []
    for t in tokens:
        if len(t) >= 8 and _cjk_word(t):
            cut = next(
                (k for k in range(len(t) - 3, 3, -1) if t[:k] in known and t[k:] in known), 0
            )
            if cut:
                out += [t[:cut], t[cut:]]
                continue
        out.append(t)
    return tuple(out)


def _saying_end(tokens: tuple[str, ...], i: int, known: Any) -> int:
    """End of the tokens from ``i`` that make a word of eight characters or more the
    lexicon knows with a function word inside (就是, 的, 和); 0 if none."""
    inner = next(
        (k for k in range(i + 1, min(len(tokens) - 1, i + 4)) if _function_word(tokens[k])), 0
    )
    if not inner:
        return 0
    word = tokens[i]
    for end in range(i + 1, min(len(tokens), i + 6)):
        word += tokens[end]
        if len(word) > 16:
            break
        if end > inner and len(word) >= 8 and word in known:
            return end + 1
    return 0


@lru_cache(maxsize=20_000)
def _function_word(token: str) -> bool:
    """Every character of ``token`` is a function word (就是, 的)."""
    return len(token) <= 2 and all(_function_char(c) for c in token)


def _function_char(char: str) -> bool:
    """A function word or connector (在, 和, 的 ...; 他们, 已经): the candidates'
    breakers."""
    from glossary.mining.candidates import BREAKERS, INNER

    return char in BREAKERS or char in INNER


def en_tokens(text: str) -> list[EnToken]:
    """English word and number tokens with their offsets."""
    # (Each match asked for its text and offsets once: every sentence is tokenised.)
    out: list[EnToken] = []
    for m in _EN_TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        out.append(EnToken(word, start, end, word.lower()))
    return out


def zh_number(text: str) -> int | None:
    """Value of a Chinese numeral ("二十" -> 20, "十三" -> 13, "三十七" -> 37)."""
    total = 0
    current = 0
    for ch in text:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            unit = _ZH_UNITS[ch]
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return total + current


def zh_numbers(text: str) -> set[str]:
    """Numbers written in a Chinese text, Arabic or Chinese, as digit strings."""
    out = {n.replace(",", "") for n in _ARABIC.findall(text)}
    for m in _ZH_NUM.finditer(text):
        s = m.group(0)
        if len(s) == 1 and s in "一两" and not text.startswith("号", m.end()):
            # 一 is everywhere ("一域", "统一"): not a number worth anchoring on. (But a
            # serial number is: 天问一号 = "Tianwen-1", 华龙一号 = "Hualong One".)
            continue
        out.update(str(v) for v in _zh_number_parts(s))
    return out


def _zh_number_parts(text: str) -> list[int]:
    """The numbers a run of Chinese numerals says: one numeral ("三十七" -> 37), a
    year digit by digit ("二〇三五" -> 2035), or numerals side by side ("十四五", the
    14th five-year plan -> 14, 5)."""
    if len(text) >= 3 and all(ch in _ZH_DIGITS for ch in text):
        return [int("".join(str(_ZH_DIGITS[ch]) for ch in text))]
    if (
        len(text) == 2 and all(ch in _ZH_DIGITS for ch in text) and text[0] not in "零〇两"
        and text[0] != text[1]
    ):  # fmt: skip
        # Two digits said one by one are a year's last two: 九二共识 is the "1992
        # Consensus" (and 92 itself). (Not a digit doubled: 八八战略, "Double Eight".)
        short = 10 * _ZH_DIGITS[text[0]] + _ZH_DIGITS[text[1]]
        return [short, 1900 + short, 2000 + short]
    parts: list[str] = []
    begin = 0
    for i in range(1, len(text)):
        if (
            text[i] in _ZH_DIGITS and text[i - 1] in _ZH_DIGITS and text[i - 1] not in "零〇"
            and _ZH_UNITS.keys() & set(text)
        ):  # fmt: skip
            # A digit right after a digit, in numerals with units: a new number (but
            # 一百零五 is 105: 零 holds a place).
            parts.append(text[begin:i])
            begin = i
    parts.append(text[begin:])
    values = [zh_number(part) for part in parts]
    return [v for v in values if v is not None]


# A year said digit by digit: 二〇三五年 ("2035").
ZH_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")


def zh_year(text: str) -> str:
    """The year a Chinese year said digit by digit gives ("二〇三五" -> "2035")."""
    return "".join(str(_ZH_DIGITS[ch]) for ch in text)


def en_number(token: str) -> str | None:
    """Digit string of an English number token ("7,000th" -> "7000"), else None."""
    if not token[:1].isdigit():
        return None
    return re.sub(r"(st|nd|rd|th)$", "", token).replace(",", "")
