"""Find known terms in running text with Aho-Corasick automata (pyahocorasick).

Two recognisers share one result type, :class:`Match`, whose offsets are always
character offsets into the ORIGINAL text the caller passed in:

- :class:`ChineseRecognizer` folds the text before matching: NFKC (full width ->
  half width), straight quotes and ASCII dashes, lower case, traditional ->
  simplified (OpenCC ``t2s``), whitespace, quotation marks, book-title marks and
  middle dots dropped (so a term broken across a line, or written 《一带一路》, still
  matches). Folding keeps a map from every folded character back to the original
  one. OpenCC converts the whole text at once (its phrase tables see context); when
  that changes the length, the text is converted piece by piece between punctuation
  marks, and a piece whose length still changes is converted character by character.
  A second pass converts, one to one, the characters t2s leaves alone but OpenCC's
  hk2s or tw2s simplify on their own (Hong Kong 衞 in 國家衞生, 枱 in 總枱).
  A term that begins or ends with a Latin letter or digit must not continue a Latin
  word of the text ("G20峰会" does not match inside "AG20峰会").
- :class:`EnglishRecognizer` works on word sequences: words are case-folded and
  lightly stemmed with :func:`glossary.text.stem` ("corridors" = "corridor"; stemmed
  until stable, and a final silent e dropped: "promote" = "promoted" = "promoting"),
  hyphens split words ("land-sea" = "land sea"; a hyphenated term also matches its
  closed-up form "landsea"), punctuation between words is ignored except that a
  sentence end (``. ! ? ; :`` before a space) or a blank line stops a match, "&"
  reads as "and", possessive "'s" is dropped, and a leading article of a term is
  optional. Every distinct word becomes one code point, so the automaton matches
  whole words only.

``find`` returns non-overlapping matches: the longest wins, ties go to the leftmost.
``find_all`` returns every occurrence, overlapping or not, for callers that resolve
overlaps themselves (``glossary check`` does it per concept).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from typing import Any, Generic, TypeVar

from glossary.text import normalize, stem

T = TypeVar("T")

__all__ = [
    "ChineseRecognizer",
    "EnglishRecognizer",
    "Match",
    "fold_zh",
    "en_token_keys",
    "select_longest",
]


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """One occurrence of a known term: ``text[start:end]`` of the original text.

    ``values`` are the payloads of every term that folds to the matched key (usually
    one; several when two entries share a rendering).
    """

    start: int
    end: int
    text: str
    values: tuple[T, ...]


# ---------------------------------------------------------------------------- helpers


def select_longest(spans: Iterable[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Non-overlapping ``(start, end, value)`` spans: longest first, then leftmost.

    Returned in text order. Empty spans are ignored.
    """
    ordered = sorted((s for s in spans if s[1] > s[0]), key=lambda s: (s[0] - s[1], s[0]))
    if not ordered:
        return []
    size = max(s[1] for s in ordered)
    taken = bytearray(size)
    chosen: list[tuple[int, int, Any]] = []
    for span in ordered:
        start, end = span[0], span[1]
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(span)
    chosen.sort(key=lambda s: s[0])
    return chosen


def _new_automaton() -> Any:
    import ahocorasick

    return ahocorasick.Automaton()


# ---------------------------------------------------------------------------- Chinese

# Dropped from the folded Chinese stream (after NFKC and quote folding): whitespace is
# handled separately; these marks wrap or decorate terms without changing them.
_ZH_DROP = frozenset("\"'「」『』《》〈〉【】〖〗·・\u00b7\u30fb\u200b\u200c\u200d\ufeff")
# Where the piecewise OpenCC fallback may cut: punctuation that ends a phrase.
_ZH_PIECE = re.compile(r"[，。！？；：、,.!?;:()（）\-]")
_ZH_TABLE: dict[str, str] = {}


def _fold_zh_char(ch: str) -> str:
    """One character of the Chinese stream, folded (may be empty or several characters)."""
    if ch.isspace():
        return ""
    folded = normalize(ch).lower()
    if not folded:  # normalize() strips spaces such as U+3000
        return ""
    return "".join(c for c in folded if c not in _ZH_DROP and not c.isspace())


@lru_cache(maxsize=1)
def _opencc() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


_T2S_CHAR: dict[str, str] = {}


@lru_cache(maxsize=1)
def _variant_converters() -> tuple[Any, ...]:
    import opencc

    return (opencc.OpenCC("hk2s"), opencc.OpenCC("tw2s"))


def _t2s_char(ch: str) -> str:
    """Simplified form of one character (OpenCC t2s, else hk2s, else tw2s), one to one."""
    out = _T2S_CHAR.get(ch)
    if out is None:
        out = ch
        if not ch.isascii():
            for converter in (_opencc(), *_variant_converters()):
                conv = converter.convert(ch)
                if len(conv) == 1 and conv != ch:
                    out = conv
                    break
        _T2S_CHAR[ch] = out
    return out


_T2S_TABLE: dict[int, str] = {}
_T2S_SEEN: set[str] = set()


def _t2s_chars(text: str) -> str:
    """Convert every character that has a one-to-one simplified form (:func:`_t2s_char`).

    Runs after the phrase-aware t2s pass, which leaves Hong Kong and Taiwan variant
    characters alone (衞 in 國家衞生, 枱 in 總枱); text and terms both go through
    this pass, so they meet either way.
    """
    for ch in set(text).difference(_T2S_SEEN):
        conv = _t2s_char(ch)
        if conv != ch:
            _T2S_TABLE[ord(ch)] = conv
        _T2S_SEEN.add(ch)
    return text.translate(_T2S_TABLE)


def _t2s_same_length(text: str) -> str:
    """OpenCC t2s with the length of ``text`` guaranteed (so offsets stay valid)."""
    if not text:
        return text
    return _t2s_chars(_t2s_phrases(text))


def _t2s_phrases(text: str) -> str:
    """The phrase-aware OpenCC pass, piece by piece where it changes the length."""
    conv = _opencc().convert(text)
    if len(conv) == len(text):
        return conv
    out: list[str] = []
    pos = 0
    for m in chain(_ZH_PIECE.finditer(text), (None,)):
        end = m.end() if m is not None else len(text)
        piece = text[pos:end]
        if piece:
            conv = _opencc().convert(piece)
            if len(conv) != len(piece):
                conv = "".join(map(_t2s_char, piece))
            out.append(conv)
        pos = end
    return "".join(out)


def fold_zh(text: str) -> tuple[str, list[int] | None]:
    """Fold Chinese text for matching; returns ``(folded, origin)``.

    ``origin[i]`` is the index in ``text`` of the character that produced folded
    character ``i``; ``origin`` is ``None`` when folding kept every position (the
    common case for clean text), i.e. folded index == original index.
    """
    table = _ZH_TABLE
    for ch in set(text).difference(table):
        table[ch] = _fold_zh_char(ch)
    pieces = list(map(table.__getitem__, text))
    folded = "".join(pieces)
    origin: list[int] | None = None
    lengths = list(map(len, pieces))
    if lengths.count(1) != len(lengths):
        origin = list(chain.from_iterable(map(repeat, range(len(text)), lengths)))
    return _t2s_same_length(folded), origin


def _latin_edge(ch: str) -> bool:
    """True for a character that is (or folds to) an ASCII letter or digit."""
    if ch.isascii():
        return ch.isalnum()
    folded = unicodedata.normalize("NFKC", ch)
    return len(folded) == 1 and folded.isascii() and folded.isalnum()


class ChineseRecognizer(Generic[T]):
    """An Aho-Corasick automaton over folded Chinese terms.

    ``terms`` are ``(term_text, payload)`` pairs; terms that fold to the same key
    share one automaton entry whose match carries all their payloads.
    """

    def __init__(self, terms: Iterable[tuple[str, T]]) -> None:
        by_key: dict[str, list[T]] = {}
        pairs = list(terms)
        keys = _fold_many([text for text, _ in pairs])
        for key, (_text, payload) in zip(keys, pairs, strict=True):
            if key:
                values = by_key.setdefault(key, [])
                if payload not in values:
                    values.append(payload)
        self._values: list[tuple[T, ...]] = []
        self._edges: list[tuple[bool, bool]] = []
        self._automaton = _new_automaton()
        for key, values in by_key.items():
            self._automaton.add_word(key, (len(key), len(self._values)))
            self._values.append(tuple(values))
            self._edges.append((_latin_edge(key[0]), _latin_edge(key[-1])))
        if self._values:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        """Number of distinct folded terms."""
        return len(self._values)

    def _spans(self, text: str) -> tuple[list[tuple[int, int, int]], list[int] | None]:
        """Every match as ``(folded_start, folded_end, value_index)``, edges checked."""
        if not self._values or not text:
            return [], None
        folded, origin = fold_zh(text)
        spans: list[tuple[int, int, int]] = []
        edges = self._edges
        n = len(text)
        for end, (length, idx) in self._automaton.iter(folded):
            start = end - length + 1
            left, right = edges[idx]
            if left or right:
                o_start = origin[start] if origin is not None else start
                o_end = (origin[end] if origin is not None else end) + 1
                if left and o_start > 0 and _latin_edge(text[o_start - 1]):
                    continue
                if right and o_end < n and _latin_edge(text[o_end]):
                    continue
            spans.append((start, end + 1, idx))
        return spans, origin

    def _matches(
        self, text: str, spans: Sequence[tuple[int, int, int]], origin: list[int] | None
    ) -> list[Match[T]]:
        out: list[Match[T]] = []
        for start, end, idx in spans:
            if origin is not None:
                start, end = origin[start], origin[end - 1] + 1
            out.append(Match(start, end, text[start:end], self._values[idx]))
        return out

    def find(self, text: str) -> list[Match[T]]:
        """Known terms in ``text``, non-overlapping (longest wins), in text order."""
        spans, origin = self._spans(text)
        return self._matches(text, select_longest(spans), origin)

    def find_all(self, text: str) -> list[Match[T]]:
        """Every occurrence of every known term in ``text`` (overlaps kept)."""
        spans, origin = self._spans(text)
        spans.sort()
        return self._matches(text, spans, origin)


def _fold_many(texts: Sequence[str]) -> list[str]:
    """Fold many short terms; OpenCC runs once over all of them when it can."""
    table = _ZH_TABLE
    plain: list[str] = []
    for text in texts:
        for ch in set(text).difference(table):
            table[ch] = _fold_zh_char(ch)
        plain.append("".join(map(table.__getitem__, text)))
    if not plain:
        return []
    joined = "\n".join(plain)
    conv = _opencc().convert(joined)
    parts = conv.split("\n")
    if len(parts) == len(plain):
        pairs = zip(parts, plain, strict=True)
        phrases = [c if len(c) == len(p) else _t2s_phrases(p) for c, p in pairs]
        return _t2s_chars("\n".join(phrases)).split("\n")
    return [_t2s_same_length(p) for p in plain]


# ---------------------------------------------------------------------------- English

_EN_TOKEN = re.compile(
    r"(?P<word>[^\W_]+(?:['’‘`´][^\W_]+)*)"
    r"|(?P<amp>&)"
    r"|(?P<stop>[.!?;:]+(?=\s|$)|\n[ \t\r\f\v]*\n)"
)
_APOSTROPHES = re.compile(r"['’‘`´]")
_HYPHENATED = re.compile(r"[^\W_]+(?:\s*[-\u2010-\u2015\u2212]\s*[^\W_]+)+")
_HAS_DASH = re.compile(r"[-\u2010-\u2015\u2212]")
_DASH = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_ARTICLES = frozenset({"the", "a", "an"})
_STOP = "\x02"  # a sentence end: no match runs across it
_OTHER = "\x01"  # a word that no term contains


@lru_cache(maxsize=131072)
def _word_key(word: str) -> str:
    """The comparison key of one English word: case-folded, no possessive, stemmed."""
    w = unicodedata.normalize("NFKC", word).casefold()
    w = _APOSTROPHES.sub("'", w)
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    # stem() strips one suffix; repeat until stable so that "jinpings" -> "jinping"
    # and "jinping" meet, then drop a final silent e so "promote" meets "promoted".
    for _ in range(3):
        s = stem(w)
        if s == w:
            break
        w = s
    if len(w) > 4 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


def en_token_keys(text: str) -> list[tuple[int, int, str]]:
    """English ``text`` as ``(start, end, key)`` tokens; ``key`` is ``"\\x02"`` at a stop.

    Word keys are :func:`_word_key` of the word (case-folded, stemmed); ``&`` gives
    ``"and"``. Offsets are into ``text``.
    """
    out: list[tuple[int, int, str]] = []
    for m in _EN_TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            key = _word_key(m.group())
        elif kind == "amp":
            key = "and"
        else:
            key = _STOP
        if key:
            out.append((m.start(), m.end(), key))
    return out


def _pattern_variants(term: str) -> list[list[str]]:
    """Key sequences a term matches: as written, and with its hyphens closed up."""
    variants: list[list[str]] = []
    forms = [term]
    if _HAS_DASH.search(term):
        forms.append(_HYPHENATED.sub(lambda m: _DASH.sub("", m.group()), term))
    for form in forms:
        keys = [k for _s, _e, k in en_token_keys(form)]
        while keys and keys[0] == _STOP:
            keys.pop(0)
        while keys and keys[-1] == _STOP:
            keys.pop()
        if len(keys) > 1 and keys[0] in _ARTICLES:
            keys = keys[1:]
        if keys and keys not in variants:
            variants.append(keys)
    return variants


class EnglishRecognizer(Generic[T]):
    """An Aho-Corasick automaton over English terms as word sequences (see module doc)."""

    def __init__(self, terms: Iterable[tuple[str, T]]) -> None:
        self._codes: dict[str, str] = {_STOP: _STOP}
        by_key: dict[str, list[T]] = {}
        for text, payload in terms:
            for keys in _pattern_variants(text):
                key = "".join(self._code(k, create=True) for k in keys)
                values = by_key.setdefault(key, [])
                if payload not in values:
                    values.append(payload)
        self._values: list[tuple[T, ...]] = []
        self._automaton = _new_automaton()
        for key, values in by_key.items():
            self._automaton.add_word(key, (len(key), len(self._values)))
            self._values.append(tuple(values))
        if self._values:
            self._automaton.make_automaton()
        self._token_cache: dict[str, str] = {}

    def __len__(self) -> int:
        """Number of distinct word sequences (term variants) in the automaton."""
        return len(self._values)

    def _code(self, key: str, create: bool = False) -> str:
        code = self._codes.get(key)
        if code is None:
            if not create:
                return _OTHER
            n = len(self._codes) + 0x100
            if n >= 0xD800:  # skip the surrogate range
                n += 0x800
            code = chr(n)
            self._codes[key] = code
        return code

    def _encode(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """The text as one code point per token, and each token's character span."""
        cache = self._token_cache
        codes: list[str] = []
        spans: list[tuple[int, int]] = []
        lookup: Callable[[str], str] = self._codes.get  # type: ignore[assignment]
        for m in _EN_TOKEN.finditer(text):
            raw = m.group()
            code = cache.get(raw)
            if code is None:
                kind = m.lastgroup
                if kind == "word":
                    code = lookup(_word_key(raw)) or _OTHER
                elif kind == "amp":
                    code = lookup("and") or _OTHER
                else:
                    code = _STOP
                if len(cache) < 200_000:
                    cache[raw] = code
            codes.append(code)
            spans.append(m.span())
        return "".join(codes), spans

    def _spans(self, text: str) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
        if not self._values or not text:
            return [], []
        encoded, tokens = self._encode(text)
        spans = [
            (end - length + 1, end + 1, idx) for end, (length, idx) in self._automaton.iter(encoded)
        ]
        return spans, tokens

    def _matches(
        self, text: str, spans: Sequence[tuple[int, int, int]], tokens: list[tuple[int, int]]
    ) -> list[Match[T]]:
        out: list[Match[T]] = []
        for first, last, idx in spans:
            start, end = tokens[first][0], tokens[last - 1][1]
            out.append(Match(start, end, text[start:end], self._values[idx]))
        return out

    def find(self, text: str) -> list[Match[T]]:
        """Known terms in ``text``, non-overlapping (longest wins), in text order."""
        spans, tokens = self._spans(text)
        return self._matches(text, select_longest(spans), tokens)

    def find_all(self, text: str) -> list[Match[T]]:
        """Every occurrence of every known term in ``text`` (overlaps kept)."""
        spans, tokens = self._spans(text)
        spans.sort()
        return self._matches(text, spans, tokens)
