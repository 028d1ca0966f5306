"""Layout repair for bilingual text extracted from PDF magazines.

What such text looks like (see ``examples/chongqing_foreign_affairs_2022.txt``):

- numbered chunks (``12、``) that cut words and sentences anywhere ("promoted t" /
  "he construction"), sometimes with a chunk missing;
- Chinese and English blocks out of step (an English block may follow the next
  Chinese block), because the two columns were extracted one after the other;
- running headers with page numbers ("特稿Special Article 8 The World and Chongqing")
  dropped into the middle of sentences, even of words.

Repair: join the chunks (mending words cut at a join, with the English vocabulary of
the lexicon deciding between "t"+"he" -> "the" and "and"+"unified" -> "and unified"),
remove the running headers, split the stream into Chinese and English runs, join each
language's runs into one continuous text, split that into sentences. Alignment of the
two sentence lists is :mod:`glossary.mining.align`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from glossary.mining.model import AlignedSegment

_CHUNK = re.compile(r"^\s*(\d{1,5})、", re.MULTILINE)
_CJK_CHAR = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_IS_CJK = re.compile(f"[{_CJK_CHAR}]")
# A Latin stretch: starts with a letter, runs over Latin words, digits, spaces and the
# punctuation English uses, until the next CJK character (or CJK punctuation). Letters
# with diacritics are Latin too ("communiqué", "Hammarskjöld", "São Paulo"): left out,
# they were cut from the English with the comma after them and put in the Chinese.
# So are the symbols English prose carries (currencies, degrees, superscripts, per
# mille, ellipses: "€5 billion", "10 km²", "25°C"): left out, they cut the English there
# and put the rest of it in the Chinese.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_SYMBOLS = "\u00a0-\u00bf\u00d7\u00f7\u2010-\u205e\u20a0-\u20cf\u2100-\u218f"
_LATIN_STRETCH = re.compile(rf"[{_LATIN}][{_LATIN}{_SYMBOLS}0-9\s.,;:!?'\"()\[\]\-/&%$#+*@_=~]*")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Chinese units that follow a number: "2022年", "10月", "第132届", "9.9%".
_ZH_UNITS = "年月日号届次个万亿%岁倍米元条项名家所座周期号"
_BREAK = "\n"  # a hard paragraph break inside a language stream


@dataclass
class Layout:
    """The repaired document: one stream per language, split into sentences."""

    zh_sentences: list[str] = field(default_factory=list)
    en_sentences: list[str] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)  # bilingual running heads


# ----------------------------------------------------------------- chunks and joins


def split_chunks(text: str) -> list[list[str]]:
    """Pieces of the text grouped in runs of consecutive chunks.

    A numbered layout gives one group per run of consecutively numbered chunks (a
    missing chunk starts a new group: nothing can be mended across it). Text without
    chunk numbers gives one group per blank-line separated block, one piece per line.
    """
    marks = list(_CHUNK.finditer(text))
    if len(marks) >= 2:
        groups: list[list[str]] = []
        prev = None
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            body = text[m.end() : end].strip("\r\n")
            body = re.sub(r"\s*\n\s*", " ", body)
            num = int(m.group(1))
            if prev is None or num != prev + 1:
                groups.append([])
            groups[-1].append(body)
            prev = num
        head = text[: marks[0].start()].strip()
        if head:
            groups.insert(0, [re.sub(r"\s*\n\s*", " ", head)])
        return groups
    blocks = re.split(r"\n\s*\n", text)
    return [[ln.strip() for ln in b.splitlines() if ln.strip()] for b in blocks if b.strip()]


def _is_word(word: str, vocab: frozenset[str]) -> bool:
    from glossary.text import stem

    w = word.lower()
    if len(w) == 1:
        return w in ("a", "i")
    return w in vocab or stem(w) in vocab


def _one_word_cut(a: str, b: str, vocab: frozenset[str], doc: frozenset[str] = frozenset()) -> bool:
    """``a`` + ``b`` is one word cut in two ("emiss" + "ions"; "Xue" + "long" where the
    document writes "Xuelong" whole elsewhere, see ``doc``), not two words ("a" +
    "part", "well" + "known")."""
    return _merged_word(a, b, vocab, doc) and not (_is_word(a, vocab) and _is_word(b, vocab))


def _merged_word(a: str, b: str, vocab: frozenset[str], doc: frozenset[str]) -> bool:
    """``a`` + ``b`` is a word: the vocabulary's, or one the document writes whole."""
    return _is_word(a + b, vocab) or (a + b).lower() in doc


# Function words that begin no longer word of four letters or more after them which
# the vocabulary lacks (it has "thematic", "offshore", "formulation", "together").
_GLUE_FREE = frozenset(["the", "of", "and", "to", "for", "with", "by"])


# One syllable of pinyin (toneless); and the ones English uses as words, which may
# stand after a capitalised word ("He | ran").
_PINYIN_SYLLABLE = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong"
    r"|u|ua|uo|uai|ui|uan|un|uang|ue|v)"
)
_SYLLABLES_ENGLISH_USES = (
    "a e o an he she you men ten hen pen den ran can man fan pan ban tan long bang hang "
    "gang sang rang sun gun bin pin tin ping ding die lie tie pie ken la ma pa ha ya ta "
    "da na wan wen bo lo ye yo zen gen sen ben fen ren"
)
_ENGLISH_SYLLABLES = frozenset(_SYLLABLES_ENGLISH_USES.split())


def _cut_pinyin_name(lw: str, rw: str) -> bool:
    """``lw`` + ``rw`` is a pinyin name the layout cut ("Wu | zhen", "Chong | qing"):
    a capitalised syllable, then a lower-case one that is no English word."""
    return (
        lw[:1].isupper() and rw.islower() and rw not in _ENGLISH_SYLLABLES
        and bool(_PINYIN_SYLLABLE.fullmatch(lw.lower()))
        and bool(_PINYIN_SYLLABLE.fullmatch(rw))
    )  # fmt: skip


def mend(
    left: str,
    right: str,
    vocab: frozenset[str],
    soft: bool = False,
    spaced: bool = False,
    doc: frozenset[str] = frozenset(),
) -> str:
    """Join two pieces cut by the layout, deciding whether a space was lost.

    Only letter+letter joins are in doubt: "promoted t" + "he" makes "the" (a word, "t"
    is not), "and" + "unified" keeps a space (both words, "andunified" is not).
    ``soft`` marks a line break of unnumbered text: a sentence end there is a paragraph
    break. ``spaced``: a space stood between them, which only a word cut in two
    outweighs ("China" + "International", but "emiss" + "ions"). ``doc``: words the
    document writes whole more than once (see :func:`document_words`).
    """
    if not left:
        return right
    if not right:
        return left
    a, b = left[-1], right[0]
    if spaced and a.isascii() and b.isascii() and a.isalnum() and b.isalnum():
        lw = re.search(r"[A-Za-z]*$", left[-64:]).group(0)  # type: ignore[union-attr]
        rw = re.match(r"[A-Za-z]*", right).group(0)  # type: ignore[union-attr]
        if lw and rw and _one_word_cut(lw, rw, vocab, doc):
            return left + right
        return left + " " + right
    if soft and left[-8:].rstrip()[-1:] in "。！？!?.;；:：":
        return left + _BREAK + right
    if a.isascii() and a.isalpha() and b.isascii() and b.isalpha():
        lw = re.search(r"[A-Za-z]+$", left[-64:]).group(0)  # type: ignore[union-attr]
        rw = re.match(r"[A-Za-z]+", right).group(0)  # type: ignore[union-attr]
        merged = _merged_word(lw, rw, vocab, doc)
        both = _is_word(lw, vocab) and _is_word(rw, vocab) and not _cut_pinyin_name(lw, rw)
        if not merged and (both or lw.lower() in _GLUE_FREE and len(rw) >= 4):
            # (A function word before a word the vocabulary lacks: "the" +
            # "digitalization of industries" is no "thedigitalization".)
            return left + " " + right
        if soft and both:
            return left + " " + right
        return left + right
    if soft and a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
        return left + " " + right
    return left + right


# ------------------------------------------------------------------ running headers

_TITLE_TOKEN = re.compile(r"[A-Z][A-Za-z'’\-]*|and|of|the|in|for|on|&")
_ORDINAL_END = re.compile(r"(?:st|nd|rd|th)\b")
_PAGE = re.compile(r"(?<![\d.,$])(\d{1,3})(?![\d%]|[.,]\d)")


def _title_run_left(text: str, end: int) -> str:
    """The title-case words (with an attached CJK prefix) that end at ``end``."""
    tokens: list[str] = []
    pos = end
    while len(tokens) < 6:
        # Only a short window before pos: searching the whole prefix is quadratic.
        window_start = max(0, pos - 80)
        m = re.search(r"([A-Za-z'’\-&]+)\s*$", text[window_start:pos])
        if not m:
            break
        word = m.group(1)
        # "hydroForeign": a lower->upper switch inside a token marks the header start.
        inner = re.search(r"[a-z]([A-Z][A-Za-z'’\-]*)$", word)
        if inner:
            tokens.append(inner.group(1))
            break
        if not _TITLE_TOKEN.fullmatch(word):
            break
        tokens.append(word)
        pos = window_start + m.start(1)
    if tokens and not tokens[0][:1].isupper():
        # A head ends with a capitalised word: "MOFCOM and | 16 other departments" is
        # the text's own count after a name.
        return ""
    while tokens and not tokens[-1][:1].isupper():
        tokens.pop()
    return " ".join(reversed(tokens))


def _title_run_right(text: str, start: int) -> str:
    """The title-case words that start at ``start``."""
    tokens: list[str] = []
    pos = start
    while len(tokens) < 6:
        m = re.match(r"\s*([A-Za-z'’\-&]+)", text[pos:])
        if not m:
            break
        word = m.group(1)
        camel = re.match(r"([A-Z][a-z'’\-]+)[A-Z][a-z]", word)
        if camel and not tokens:
            break
        if not _TITLE_TOKEN.fullmatch(word):
            break
        if not tokens and not word[:1].isupper():
            # A head starts with a capital: "19on Army" is a page number glued to the
            # rest of a word the head cut ("Liberati | on Army").
            break
        tokens.append(word)
        pos += m.end()
    while tokens and not tokens[-1][:1].isupper():
        tokens.pop()
    return " ".join(tokens)


# Function words, which are no one-word running head ("The | 10-year").
_NO_HEAD_WORDS = _GLUE_FREE | {"a", "an", "in"}


def find_headers(text: str) -> list[str]:
    """Running headers: title-case runs next to a page number that recur in the text."""
    found: Counter[str] = Counter()
    sides: list[tuple[str, str]] = []
    for m in _PAGE.finditer(text):
        before = text[max(0, m.start() - 1) : m.start()]
        after = text[m.end() : m.end() + 1]
        if before not in (" ", "") and not before.isalpha():
            continue
        left = _title_run_left(text, m.start())
        right = _title_run_right(text, m.end())
        if not left and not right:
            continue
        after_ok = after in ("", " ", "\n") or bool(_IS_CJK.match(after)) or bool(right)
        # A head dropped inside a word leaves the word's rest glued to its page number
        # ("with th | Review of the Year 39 | e European"); an ordinal is no page ("21st").
        after_ok = (
            after_ok or bool(left) and after.islower() and not _ORDINAL_END.match(text, m.end())
        )
        before_ok = bool(left) or before in ("", "\n") or bool(_IS_CJK.match(before))
        if not (after_ok and before_ok):
            continue
        found[left] += 1
        found[right] += 1
        sides.append((left, right))
    # A head recurs, and stands by a page number more than once (or, in a short text,
    # as often as not): a name the text says often ("State Council") is no head for
    # being cut once by one ("Commission of the | Foreign Affairs Review 29 | State
    # Council").
    runs = {run for run in found if run and len(run.split()) >= 2 and text.count(run) >= 2}
    # Once by a page number counts in a short text, unless the run ends a longer name
    # where the text says it again: that is the text going on after a head ("Chengdu
    # Tianfu International Airport and Shuangliu | Foreign Affairs Review 17 |
    # International Airport restored"). (Not two heads side by side, "Special Report
    # World Economy Review 7".)

    def ends_a_name(run: str) -> bool:
        return any(
            not any(m.group(0) in other for other in found)
            for m in re.finditer(rf"[A-Z][\w'’-]* {re.escape(run)}", text)
        )

    # (Nor is a run seen once after the page number of a head that recurs: the text
    # going on after an odd page's head, "Review of the Year 21 | Communist Party of
    # China and ...".)
    recurring = {h for h in runs if found[h] >= 2}
    # (Also where the run before the page number is longer, the text before the head
    # being title case too: "the Yangtze River Delta and the | Foreign Affairs Review 13
    # | Fenwei Plain".)
    after_a_head = {
        right for left, right in sides
        if left in recurring or any(left.endswith(" " + h) for h in recurring)
    }  # fmt: skip
    headers = recurring | {
        h for h in runs
        if text.count(h) <= 2 and not ends_a_name(h) and h not in after_a_head
    }  # fmt: skip
    # A bilingual head seen once counts when it stands by a page number before a head
    # and its Chinese is an island inside an English word, where no sentence ends
    # ("malicious trademar | 专题Special Report 40 Review of the Year | k registration").
    for left, right in sides:
        if right in headers and left and _island_prefix(text, left):
            headers.add(left)
    # A one-word head ("Feature") counts when it stands by a page number next to a
    # longer head that recurs, and does so more than once: once is the first word after
    # a head that cut a sentence ("... Belt and | Foreign Affairs Review 13 | Road").
    for left, right in sides:
        for one, other in ((left, right), (right, left)):
            if (
                one and len(one.split()) == 1 and other in headers and found[one] >= 2
                and text.count(one) >= 2 and one.lower() not in _NO_HEAD_WORDS
            ):  # fmt: skip
                # (Never "The": a sentence's first word before a number, "The 10-year
                # fishing ban", and again after a head.)
                headers.add(one)
    return sorted(headers, key=lambda h: (-len(h), h))


def _island_prefix(text: str, head: str) -> str:
    """The Chinese glued before ``head`` where the text says it once: between a Latin
    letter (or a word and a space) and the head ("trademar专题Special Report",
    "Administration 专题Special Report"), or the last word of Chinese before it; ""
    otherwise."""
    if text.count(head) != 1:
        return ""
    m = re.search(rf"[A-Za-z] ?([{_CJK_CHAR}]{{1,4}}){re.escape(head)}", text)
    if m:
        return m.group(1)
    # Inside Chinese, the section name is the last word of the Chinese glued before
    # the head ("中非合作论坛达喀尔|专题Special Report 22 | 会议").
    m = re.search(rf"([{_CJK_CHAR}]{{2,8}}){re.escape(head)}", text)
    if not m:
        return ""
    from glossary.mining.tokens import zh_tokens

    last = zh_tokens(m.group(1))[-1]
    return last if 2 <= len(last) <= 4 else ""


def glued_prefixes(text: str, headers: list[str]) -> dict[str, str]:
    """The CJK section name glued before a header ("特稿" in "特稿Special Article").

    Only a prefix seen glued to the header at least twice counts, or once as an island
    inside an English word: other one-off Chinese before a header is the end of a
    sentence the header interrupted.
    """
    out: dict[str, str] = {}
    for h in headers:
        island = _island_prefix(text, h)
        if island:
            out[h] = island
            continue
        runs = [m.group(1) for m in re.finditer(rf"([{_CJK_CHAR}]{{1,4}}){re.escape(h)}", text)]
        best = ""
        for n in range(4, 0, -1):
            tails = Counter(r[-n:] for r in runs if len(r) >= n)
            if tails:
                tail, count = tails.most_common(1)[0]
                # Before most of the head's glued occurrences: the ends of two Chinese
                # words the head cut (机关|专题, 封关|专题) are no part of it.
                if count >= 2 and 2 * count > len(runs):
                    best = tail
                    break
        if best:
            out[h] = best
    return out


_SPACE_AFTER_PAGE = re.compile(r"\d\s$")
_LONG_DIGITS = re.compile(r"\d{4,}")


def header_pages(text: str, headers: list[str]) -> frozenset[int]:
    """The page numbers that stand after the headers in ``text``."""
    if not headers:
        return frozenset()
    alternation = "|".join(re.escape(h) for h in sorted(headers, key=len, reverse=True))
    pattern = re.compile(rf"(?:{alternation})\s*([1-9]\d{{0,2}})(?!\d)")
    found = {int(m.group(1)) for m in pattern.finditer(text)}
    # Pages run in order, a few apart: a number far from all others is a page number
    # and the text's digits run together ("Review of the Year 21" + "0, which": 210).
    return frozenset(p for p in found if any(0 < abs(p - q) <= 3 for q in found))


def _glued_page(digits: str, pages: frozenset[int]) -> int:
    """How many of ``digits`` (a run too long for a page number, right after a head)
    are the head's page number: the one between two pages seen elsewhere ("Foreign
    Affairs Review 21" + "23" between pages 20 and 22); 0 if none is."""
    for n in (1, 2, 3):
        page = int(digits[:n])
        if page and page not in pages and (page - 1 in pages or page + 1 in pages):
            return n
    return 0


@dataclass(frozen=True)
class RunningHeads:
    """A document's running heads, found once, and the pattern that cuts them out."""

    names: list[str]
    prefixes: dict[str, str]  # the Chinese section name glued before a head
    pages: frozenset[int]  # the page numbers seen after the heads
    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, text: str) -> RunningHeads:
        """The running heads of ``text`` (the whole document, chunks joined)."""
        names = find_headers(text)
        if not names:
            return cls(names, {}, frozenset(), None)
        prefixes = glued_prefixes(text, names)
        forms = sorted({prefixes.get(h, "") + h for h in names} | set(names), key=len)
        alternation = "|".join(re.escape(h) for h in reversed(forms))
        # One or more headers in a row with at most one page number among them, which
        # never starts with 0: the digits after a second head are the text's, cut by it
        # ("联合国2 | 特稿Feature 22 Foreign Affairs Review | 030年").
        heads = rf"(?:(?:{alternation})\s?)+"
        pattern = re.compile(
            rf"{heads}(?:\s*(?P<page>[1-9]\d{{0,2}})(?![\d%]|[.,]\d)\s?(?:{heads})?)?"
        )
        return cls(names, prefixes, header_pages(text, names), pattern)

    def cut(self, piece: str) -> tuple[list[tuple[str, bool]], list[tuple[str, str]]]:
        """Cut the heads (and their page numbers) out of a piece.

        Returns the remaining sub-pieces (to be mended like chunk joins), each with
        whether a space after a page number came before it, and the bilingual heads
        found, e.g. ``("特稿", "Special Article")``. The pages seen elsewhere tell a
        page number glued to the text's own digits ("蓝色突击-20 | Foreign Affairs
        Review 21 | 23").
        """
        bilingual: list[tuple[str, str]] = []
        if self.pattern is None:
            return [(piece, False)], bilingual
        pages = self.pages
        parts: list[tuple[str, bool]] = []
        pos = 0
        spaced = False
        for m in self.pattern.finditer(piece):
            for h, zh in self.prefixes.items():
                if zh + h in m.group(0) and (zh, h) not in bilingual:
                    bilingual.append((zh, h))
            parts.append((piece[pos : m.start()], spaced))
            pos = m.end()
            # A space after a page number may be the text's ("2024 China | Review of the
            # Year 41 | International") or the head's ("emiss | Review 7 | ions").
            spaced = bool(_SPACE_AFTER_PAGE.search(m.group(0)))
            page = m.group("page")
            if page and pages and int(page) not in pages and m.end() == m.end("page"):
                # The page number ran into the text's digits: only its own part goes.
                own = _glued_page(page, pages)
                if own:
                    pos, spaced = m.start("page") + own, False
            glued = _LONG_DIGITS.match(piece, pos)
            if glued and not page:
                pos += _glued_page(glued.group(0), pages)
        parts.append((piece[pos:], spaced))
        return [p for p in parts if p[0]], bilingual


# ------------------------------------------------------------------- language runs


def split_runs(text: str) -> tuple[list[str], list[str]]:
    """Split mixed text into Chinese runs and English runs (in order, per language).

    Short Latin stretches inside Chinese (FAST, G20, a name in brackets) stay in the
    Chinese run; a stretch of three or more Latin words is an English run. Digits at
    the end of an English run that belong to the following Chinese ("2022年") move.
    """
    zh_runs: list[str] = []
    en_runs: list[str] = []
    pos = 0
    zh_buf: list[str] = []
    for m in _LATIN_STRETCH.finditer(text):
        stretch = m.group(0)
        words = _LATIN_WORD.findall(stretch)
        prev_ch = text[m.start() - 1 : m.start()]
        next_ch = text[m.end() : m.end() + 1]
        bracketed = prev_ch in "（(" or stretch.rstrip().endswith((")", "）")) and prev_ch in "（("
        if len(words) < 3 or bracketed:
            continue
        # Digits at the end that the next Chinese character measures ("2022年") move over.
        start, end = m.start(), m.end()
        # An opening quote before the first letter opens the English ("...犯罪。|"One
        # country, two systems" is ..."): a straight one when the stretch holds its pair.
        while start > pos and (
            text[start - 1] in "“‘" or text[start - 1] == '"' and stretch.count('"') % 2
        ):
            start -= 1
        tail = re.search(r"(\d+)\s*$", stretch)
        if tail and next_ch and next_ch in _ZH_UNITS or tail and _IS_CJK.match(next_ch or " "):
            digits = tail.group(1)
            if len(digits) == 8 and next_ch == "年":
                end = m.start() + tail.start(1) + 4
            elif next_ch in _ZH_UNITS:
                end = m.start() + tail.start(1)
        if _IS_CJK.match(text[end : end + 1]):
            # An opening quote or bracket at the end opens the Chinese after it:
            # "... exchanges.|“金砖+”合作模式".
            while end > start and text[end - 1] in "“‘(（":
                end -= 1
        zh_buf.append(text[pos:start])
        if "".join(zh_buf).strip():
            zh_runs.append("".join(zh_buf))
        zh_buf = []
        en_runs.append(text[start:end])
        pos = end
    zh_buf.append(text[pos:])
    if "".join(zh_buf).strip():
        zh_runs.append("".join(zh_buf))
    return zh_runs, en_runs


# ----------------------------------------------------------------------- sentences

_ZH_SENT = re.compile(r"[^。！？!?；\n]*(?:[。！？!?；]+[”’」』）)]*|\n|$)")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corp", "co", "inc", "ltd",
    "gov", "gen", "col", "lt", "sen", "rep", "fig", "u.s", "u.k", "jr", "sr",
}  # fmt: skip
_EN_END = re.compile(r"[.!?]+[\"”’')]*(?=\s*[\"“‘(]?[A-Z])|[.!?]+(?=\s+\d)|\n")


def split_zh_sentences(text: str) -> list[str]:
    """Chinese sentences: cut after 。！？； (closing quotes stay with the sentence).

    Spaces between Chinese characters in extracted text are line breaks of titles
    and headings, so they end a sentence too.
    """
    text = re.sub(rf"(?<=[{_CJK_CHAR}])[ \t]+(?=[{_CJK_CHAR}])", "\n", text)
    out = []
    for m in _ZH_SENT.finditer(text):
        s = m.group(0).strip()
        if s and _IS_CJK.search(s):
            out.append(s)
        elif s and out:
            out[-1] += s
    return out


def split_en_sentences(text: str) -> list[str]:
    """English sentences: cut after . ! ? before a capital (even with no space:
    "work.Adhering"), not after abbreviations such as "Oct." or "etc."."""
    out: list[str] = []
    start = 0
    for m in _EN_END.finditer(text):
        if m.group(0) != "\n":
            word = re.search(r"([A-Za-z.]+)$", text[max(start, m.start() - 40) : m.start()])
            if word and word.group(1).lower().rstrip(".") in _ABBREV:
                continue
            if word and len(word.group(1)) == 1 and word.group(1).isupper():
                continue  # an initial: "Xi J. Ping"
        piece = text[start : m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if _LATIN_WORD.search(s)]


# ------------------------------------------------------------------------ pipeline


# What PDF text extraction leaves in words: typographic ligatures ("ﬁnancial",
# "eﬃcient"), soft hyphens ("develop\u00adment"), zero-width spaces, and Kangxi
# radicals for the characters they look like ("⼯作" for 工作). A ligature is no Latin
# letter to split_runs, so it cut the English there and sent the rest to the Chinese;
# a radical is no CJK character to the miner.
_PDF_LETTERS = str.maketrans(
    {
        # (Both by their compatibility forms: ⼯ -> 工, ﬁ -> fi.)
        **{
            chr(c): unicodedata.normalize("NFKC", chr(c))
            for c in (*range(0x2F00, 0x2FD6), *range(0xFB00, 0xFB07))
        },
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad"),
    }
)


# A word hyphenated at the end of a line: "interna-" / "tional".
_LINE_HYPHEN = re.compile(r"([A-Za-z]+)-[ \t]*\n[ \t]*([a-z]+)")


def _dehyphenate(text: str, vocab: frozenset[str]) -> str:
    """Words hyphenated at a line end made whole ("interna-|tional"), compounds kept
    with their hyphen ("well-|known" is "well-known", "wellknown" being no word)."""

    def join(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        return a + b if _one_word_cut(a, b, vocab) else f"{a}-{b}"

    return _LINE_HYPHEN.sub(join, text)


_LONG_WORD = re.compile(r"[A-Za-z]{5,}")
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])")


def document_words(text: str) -> frozenset[str]:
    """Words of five letters or more that ``text`` writes whole at least twice, and
    acronyms it writes whole once (lower case): a name the dictionary lacks
    ("Xuelong", "PTA") that a chunk cuts once is joined again; a cut's halves stand
    only once each."""
    seen: set[str] = set()
    twice: set[str] = set()
    for w in _LONG_WORD.findall(text):
        low = w.lower()
        (twice if low in seen else seen).add(low)
    twice.update(w.lower() for w in _ACRONYM.findall(text))
    return frozenset(twice)


def repair(text: str) -> Layout:
    """Repair a PDF-extracted bilingual text into per-language sentence lists."""
    from glossary.mining.lexicon import english_vocabulary

    vocab = english_vocabulary()
    doc = document_words(text)
    groups = split_chunks(_dehyphenate(text.translate(_PDF_LETTERS), vocab))
    chunked = len(_CHUNK.findall(text)) >= 2
    flat = "".join(p for g in groups for p in g)
    running = RunningHeads.of(flat)
    heads: list[tuple[str, str]] = []
    zh_stream: list[str] = []
    en_stream: list[str] = []
    for group in groups:
        cut: list[tuple[str, bool, bool]] = []  # (piece, soft, spaced) of each join
        for piece in group:
            subs, found = running.cut(piece)
            heads.extend(found)
            cut.extend(
                (sub, not chunked and i == 0, spaced) for i, (sub, spaced) in enumerate(subs)
            )
        # Joined from the end: a join then sees the whole word after it when a head and
        # a chunk cut the same word ("Shanghai Co | head | opera | tion").
        joined = cut[-1][0] if cut else ""
        for k in range(len(cut) - 2, -1, -1):
            _, soft, spaced = cut[k + 1]
            joined = mend(cut[k][0], joined, vocab, soft=soft, spaced=spaced, doc=doc)
        zh_runs, en_runs = split_runs(joined)
        zh_stream.append("".join(zh_runs))
        en_joined = ""
        for run in en_runs:
            en_joined = mend(en_joined, run, vocab, soft=True, doc=doc)
        en_stream.append(en_joined)
    layout = Layout()
    for block in zh_stream:
        layout.zh_sentences.extend(split_zh_sentences(block))
    for block in en_stream:
        layout.en_sentences.extend(split_en_sentences(block))
    layout.headers = list(dict.fromkeys(heads))
    return layout


def segments_from_text(text: str) -> list[AlignedSegment]:
    """Aligned segments of a PDF-extracted (or plain interleaved) bilingual text."""
    from glossary.mining.align import align_sentences

    layout = repair(text)
    pairs: list[tuple[str, str]] = list(layout.headers)
    pairs.extend(align_sentences(layout.zh_sentences, layout.en_sentences))
    return [AlignedSegment(zh=zh, en=en, index=i) for i, (zh, en) in enumerate(pairs, start=1)]
