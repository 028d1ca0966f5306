"""Fuzzy lookup over Chinese, English, pinyin and initials (rapidfuzz).

Searching has two halves:

1. A *term source* finds the terms that may match: :class:`LookupIndex` holds every
   term in memory (the TUI, a long-running process; a few ms a query on 100,000
   entries), while :class:`glossary.store.SqliteTermSource` asks SQLite directly, so
   a one-shot ``glossary lookup`` never loads the whole glossary.
2. :func:`search` scores those terms the same way whatever the source, groups them
   by concept and ranks them.

Match kinds, best first: ``exact``, ``pinyin`` (full pinyin), ``initials``,
``prefix``, ``english`` (whole words of an English term), ``substring``,
``contained`` (the term occurs inside a longer query), ``fuzzy`` (typos).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any, Protocol

from glossary.text import en_key, en_words, has_cjk, pinyin_query_key, stem, zh_key

MATCH_KINDS = (
    "exact",
    "pinyin",
    "initials",
    "prefix",
    "english",
    "substring",
    "contained",
    "fuzzy",
)
TERM_ORDER = {"preferred": 0, "admitted": 1, "deprecated": 2, "superseded": 3}

# One row per term, as the store returns them:
# (term_id, concept_id, concept_status, lang, text, key, pinyin, initials, term_status)
Row = tuple[int, int, str, str, str, str, str, str, str]
T_ID, C_ID, C_STATUS, LANG, TEXT, KEY, PINYIN, INITIALS, T_STATUS = range(9)
MAX_CONTAINED = 40  # longest term looked for inside a long Chinese query
GOOD = 75  # a hit this good counts towards the limit before scanning for substrings
STRONG = 80  # a hit this good (exact, prefix, pinyin, initials) makes typo search pointless
FUZZY_WEIGHT = 0.75  # a typo match ranks below a match of the query as written


@dataclass(frozen=True)
class Query:
    """A query and the keys derived from it once."""

    text: str
    is_zh: bool
    zh: str = ""  # zh_key of a Chinese query
    en: str = ""  # en_key of a Latin query
    pinyin: str = ""  # pinyin_query_key of a Latin query
    spaced: bool = False  # the Latin query has several words

    @classmethod
    def parse(cls, text: str) -> Query:
        """Derive the comparison keys of ``text``."""
        text = text.strip()
        if has_cjk(text):
            return cls(text, True, zh=zh_key(text))
        return cls(text, False, en=en_key(text), pinyin=pinyin_query_key(text), spaced=" " in text)

    def grams(self) -> list[str]:
        """Substrings of a Chinese query that could be whole terms inside it."""
        k, n = self.zh, len(self.zh)
        if n < 3:
            return []
        return list(
            {
                k[a:b]
                for a in range(n)
                for b in range(a + 2, min(n, a + MAX_CONTAINED) + 1)
                if b - a < n
            }
        )


class TermSource(Protocol):
    """Where :func:`search` gets the terms that may match a query."""

    def candidates(self, query: Query, cap: int, scan: bool = False) -> list[Row]:
        """Terms that may match (at most ``cap``).

        Without ``scan``: the cheap kinds, answered from indexes: exact key, prefix,
        pinyin, initials, and terms occurring inside a Chinese query. With ``scan``:
        terms containing the query anywhere, which needs a pass over every key.
        """
        ...

    def fuzzy(self, query: Query, limit: int) -> list[tuple[Row, float]]:
        """Terms similar to the query despite typos, with a rapidfuzz 0-100 similarity."""
        ...

    def concept_terms(self, concept_ids: Sequence[int]) -> dict[int, list[Row]]:
        """Every term of each concept (to show all renderings of a hit)."""
        ...


@dataclass
class LookupHit:
    """One concept found for a query, with the term that matched and how."""

    concept_id: int
    zh: str
    en: str
    matched: str
    lang: str
    status: str  # status of the matched term (preferred, admitted, deprecated, superseded)
    concept_status: str
    score: float  # 0-100
    match: str
    renderings: list[tuple[str, str, str]] = field(default_factory=list)  # (lang, text, status)

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form (the ``--json`` output)."""
        return {
            "id": self.concept_id,
            "zh": self.zh,
            "en": self.en,
            "matched": self.matched,
            "lang": self.lang,
            "status": self.status,
            "concept_status": self.concept_status,
            "score": round(self.score, 1),
            "match": self.match,
            "renderings": [
                {"lang": lang, "text": text, "status": status}
                for lang, text, status in self.renderings
            ],
        }


# ---------------------------------------------------------------- scoring


def classify(row: Sequence[Any], q: Query) -> tuple[float, str] | None:
    """How ``row`` matches ``q`` (score 0-100 and kind), or None. Fuzzy is scored apart."""
    key = row[KEY]
    if q.is_zh:
        if row[LANG] != "zh" or not key:
            return None
        k = q.zh
        if key == k:
            return 100.0, "exact"
        if key.startswith(k):
            return 80 + 15 * len(k) / len(key), "prefix"
        if k in key:
            return 60 + 20 * len(k) / len(key), "substring"
        if len(key) >= 2 and key in k:
            return 50 + 25 * len(key) / len(k), "contained"
        return None
    best: tuple[float, str] | None = None
    if row[LANG] == "en" and q.en and key:
        ek = q.en
        if key == ek:
            return 100.0, "exact"
        if key.startswith(ek):
            best = (78 + 15 * len(ek) / len(key), "prefix")
        elif f" {ek} " in f" {key} ":
            best = (65 + 25 * len(ek) / len(key), "english")
        elif len(ek) >= 3 and ek in key:
            best = (50 + 20 * len(ek) / len(key), "substring")
    elif row[LANG] == "zh" and len(q.pinyin) >= 2:
        pk = q.pinyin
        if row[PINYIN] == pk:
            best = (97.0, "pinyin")
        elif not q.spaced and row[INITIALS] == pk:
            best = (90.0, "initials")
        elif len(pk) >= 4 and row[PINYIN].startswith(pk):
            best = (70 + 20 * len(pk) / len(row[PINYIN]), "pinyin")
    return best


def search(
    source: TermSource,
    query: str,
    limit: int = 10,
    status: str | None = None,
    cap: int = 500,
) -> list[LookupHit]:
    """Hits for ``query`` from ``source``, best first, at most one per concept.

    ``status`` keeps only hits whose matched term has that status. Fuzzy matching
    runs only when the exact, prefix, substring and pinyin kinds found fewer than
    ``limit`` good hits.
    """
    q = Query.parse(query)
    if not q.text or not (q.zh or q.en or q.pinyin):
        return []
    scored: dict[int, tuple[float, str, Row]] = {}

    def consider(row: Row, score: float, kind: str) -> None:
        if status and row[T_STATUS] != status:
            return
        old = scored.get(row[T_ID])
        if old is None or score > old[0]:
            scored[row[T_ID]] = (score, kind, row)

    def classify_all(rows: list[Row]) -> None:
        for row in rows:
            found = classify(row, q)
            if found:
                consider(row, *found)

    def good() -> int:
        return sum(1 for s, _k, _r in scored.values() if s >= GOOD)

    def best() -> float:
        return max((s for s, _k, _r in scored.values()), default=0.0)

    classify_all(source.candidates(q, cap))
    # Substrings need a pass over every key: only when the query is not a term itself.
    if good() < limit and best() < 100:
        classify_all(source.candidates(q, cap, scan=True))
    # Typo tolerance only when nothing matched the query as written, and only for
    # queries long enough to have a typo worth correcting (one character has none).
    long_enough = len(q.zh) >= 2 if q.is_zh else len(q.en or q.pinyin) >= 3
    if best() < STRONG and long_enough:
        for row, similarity in source.fuzzy(q, limit):
            consider(row, FUZZY_WEIGHT * similarity, "fuzzy")

    best: dict[int, tuple[float, int, str, Row]] = {}
    for score, kind, row in scored.values():
        rank = TERM_ORDER.get(row[T_STATUS], 9)
        cur = best.get(row[C_ID])
        # A preferred term beats a deprecated one with the same score.
        if cur is None or (score, -rank) > (cur[0], -cur[1]):
            best[row[C_ID]] = (score, rank, kind, row)
    ordered = sorted(best.values(), key=lambda v: (-v[0], v[1], len(v[3][TEXT]), v[3][C_ID]))[
        :limit
    ]
    terms = source.concept_terms([v[3][C_ID] for v in ordered])
    return [_hit(row, score, kind, terms.get(row[C_ID], [row])) for score, _r, kind, row in ordered]


def _hit(row: Row, score: float, kind: str, terms: list[Row]) -> LookupHit:
    terms = sorted(terms, key=lambda r: (r[LANG] != "zh", TERM_ORDER.get(r[T_STATUS], 9), r[T_ID]))
    return LookupHit(
        concept_id=row[C_ID],
        zh=next((r[TEXT] for r in terms if r[LANG] == "zh"), ""),
        en=next((r[TEXT] for r in terms if r[LANG] == "en"), ""),
        matched=row[TEXT],
        lang=row[LANG],
        status=row[T_STATUS],
        concept_status=row[C_STATUS],
        score=min(score, 100.0),
        match=kind,
        renderings=[(r[LANG], r[TEXT], r[T_STATUS]) for r in terms],
    )


def correct_words(words: Sequence[str], vocabulary: Sequence[str], known: set[str]) -> str:
    """Replace each unknown word (4+ letters) by its closest vocabulary word, if close."""
    from rapidfuzz import fuzz, process

    fixed = []
    for w in words:
        if len(w) < 4 or w in known:
            fixed.append(w)
            continue
        best = process.extractOne(w, vocabulary, scorer=fuzz.ratio, score_cutoff=75)
        fixed.append(best[0] if best else w)
    return " ".join(fixed)


# ------------------------------------------------------------ in memory


class _Column:
    """One kind of key (zh, en, pinyin, initials) joined into a string for fast find()."""

    def __init__(self, keys: list[str], owners: list[int]) -> None:
        self.keys = keys
        self.owners = owners  # row index for each key
        self.joined = "\x00" + "\x00".join(keys) + "\x00"
        # starts[i]: offset in ``joined`` where keys[i] begins
        self.starts = list(accumulate((len(k) + 1 for k in keys), initial=1))[:-1]

    def find(self, needle: str, cap: int, whole: bool = False, prefix: bool = False) -> list[int]:
        """Row indexes whose key equals / starts with / contains ``needle``."""
        if not needle:
            return []
        pattern = needle
        if whole or prefix:
            pattern = "\x00" + pattern
        if whole:
            pattern += "\x00"
        lead = 1 if (whole or prefix) else 0
        joined, found, seen, start = self.joined, [], set(), 0
        while len(found) < cap:
            at = joined.find(pattern, start)
            if at < 0:
                break
            begin = at + lead
            i = bisect.bisect_right(self.starts, begin) - 1
            if i not in seen and "\x00" not in joined[begin : at + len(needle) + lead]:
                seen.add(i)
                found.append(self.owners[i])
            start = at + 1
        return found


class _Grams:
    """Character n-gram postings, to shortlist keys worth a full fuzzy comparison."""

    def __init__(self, keys: list[str], n: int) -> None:
        self.n = n
        postings: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            for gram in {key[j : j + n] for j in range(max(1, len(key) - n + 1))}:
                postings.setdefault(gram, []).append(i)
        self.postings = postings
        # n-grams in more than 1 key in 20 say little and cost much: ignored.
        self.common = max(64, len(keys) // 20)

    def shortlist(self, query: str, size: int = 400) -> list[int]:
        """Indexes of the keys sharing the most n-grams with ``query``."""
        from collections import Counter

        counts: Counter[int] = Counter()
        n = self.n
        for gram in {query[j : j + n] for j in range(max(1, len(query) - n + 1))}:
            found = self.postings.get(gram)
            if found and len(found) <= self.common:
                counts.update(found)
        return [i for i, _c in counts.most_common(size)]


class LookupIndex:
    """Every term in memory: the :class:`TermSource` for long-running processes (the TUI).

    Building it is a few list comprehensions and string joins, so 200,000 terms are
    ready in a fraction of a second; each query then costs a few milliseconds.
    """

    def __init__(self, rows: Iterable[Sequence[Any]]) -> None:
        # Grouped by concept, so a concept's terms are neighbours (see concept_terms).
        self.rows: list[Row] = sorted((tuple(r) for r in rows), key=lambda r: (r[C_ID], r[T_ID]))  # type: ignore[misc]
        zh = [i for i, r in enumerate(self.rows) if r[LANG] == "zh"]
        en = [i for i, r in enumerate(self.rows) if r[LANG] == "en"]
        self.zh = _Column([self.rows[i][KEY] for i in zh], zh)
        self.en = _Column([self.rows[i][KEY] for i in en], en)
        self.pinyin = _Column([self.rows[i][PINYIN] for i in zh], zh)
        self.initials = _Column([self.rows[i][INITIALS] for i in zh], zh)
        self.zh_exact: dict[str, list[int]] = {}
        for i in zh:
            self.zh_exact.setdefault(self.rows[i][KEY], []).append(i)

    @classmethod
    def from_store(cls, store: Any, status: str | None = "approved") -> LookupIndex:
        """Build the index from a :class:`~glossary.store.GlossaryStore`."""
        return cls(store.lookup_rows(status))

    def __len__(self) -> int:
        return len({r[C_ID] for r in self.rows})

    def search(self, query: str, limit: int = 10, status: str | None = None) -> list[LookupHit]:
        """Shorthand for :func:`search` on this index."""
        return search(self, query, limit, status)

    # TermSource ----------------------------------------------------------

    def candidates(self, query: Query, cap: int, scan: bool = False) -> list[Row]:
        """See :meth:`TermSource.candidates`."""
        idx: list[int] = []
        if query.is_zh:
            if scan:
                idx += self.zh.find(query.zh, cap)
            else:
                idx += self.zh_exact.get(query.zh, [])
                idx += self.zh.find(query.zh, cap, prefix=True)
                for gram in query.grams():
                    idx += self.zh_exact.get(gram, [])
        elif scan:
            idx += self.en.find(query.en, cap)
        else:
            idx += self.en.find(query.en, cap, whole=True)
            idx += self.en.find(query.en, cap, prefix=True)
            if len(query.pinyin) >= 2:
                idx += self.pinyin.find(query.pinyin, cap, prefix=True)
                idx += self.initials.find(query.pinyin, cap, whole=True)
        return [self.rows[i] for i in idx]

    def fuzzy(self, query: Query, limit: int) -> list[tuple[Row, float]]:
        """See :meth:`TermSource.fuzzy`.

        Comparing the query with all 100,000 keys costs tens of milliseconds, so the
        keys compared are shortlisted first: Chinese and pinyin by shared character
        n-grams; English by correcting each word against the glossary's vocabulary.
        """
        from rapidfuzz import fuzz, process

        out: list[tuple[Row, float]] = []

        def compare(needle: str, column: _Column, grams: _Grams, cutoff: float, n: int) -> None:
            short = grams.shortlist(needle)
            for _k, score, j in process.extract(
                needle,
                [column.keys[i] for i in short],
                scorer=fuzz.ratio,
                score_cutoff=cutoff,
                limit=n,
            ):
                out.append((self.rows[column.owners[short[j]]], score))

        if query.is_zh:
            compare(query.zh, self.zh, self._zh_grams, 60, limit * 3)
            return out
        if query.en:
            corrected = correct_words(
                [stem(w) for w in en_words(query.text)], self._vocabulary, self._known_words
            )
            if corrected != query.en:
                fixed = Query.parse(corrected)
                for found in (
                    self.candidates(fixed, limit * 3),
                    self.candidates(fixed, limit * 3, scan=True),
                ):
                    for row in found:
                        match = classify(row, fixed)
                        if match and row[LANG] == "en":
                            out.append((row, match[0]))
        if len(query.pinyin) >= 6 and not out:  # pinyin typos when English found none
            compare(query.pinyin, self.pinyin, self._pinyin_grams, 85, limit)
        return out

    def warm(self) -> None:
        """Build the structures typo search builds on first use (about 0.3 s on 100,000
        entries), e.g. in a background thread of a long-running app."""
        _ = self._zh_grams, self._pinyin_grams, self._vocabulary

    @cached_property
    def _zh_grams(self) -> _Grams:
        return _Grams(self.zh.keys, 2)

    @cached_property
    def _pinyin_grams(self) -> _Grams:
        return _Grams(self.pinyin.keys, 3)

    def concept_terms(self, concept_ids: Sequence[int]) -> dict[int, list[Row]]:
        """See :meth:`TermSource.concept_terms`."""
        out: dict[int, list[Row]] = {}
        for cid in concept_ids:
            i = bisect.bisect_left(self.rows, cid, key=lambda r: r[C_ID])
            terms = []
            while i < len(self.rows) and self.rows[i][C_ID] == cid:
                terms.append(self.rows[i])
                i += 1
            out[cid] = terms
        return out

    @cached_property
    def _known_words(self) -> set[str]:
        return {w for k in self.en.keys for w in k.split()}

    @cached_property
    def _vocabulary(self) -> list[str]:
        return sorted(self._known_words)
