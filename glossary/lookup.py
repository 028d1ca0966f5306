"""Fuzzy lookup over Chinese, English, pinyin and initials (rapidfuzz).

The index is built once from the store's rows and answers a query in a few
milliseconds on 100,000 entries: exact keys are dict look-ups; prefix and substring
matches search one joined string with ``str.find`` (C speed); fuzzy matches use
rapidfuzz's ``process.extract`` and run only when the cheap kinds found too little.

Match kinds, best first: ``exact``, ``pinyin`` (full pinyin), ``initials``,
``prefix``, ``english`` (whole words of an English term), ``substring``,
``contained`` (the term occurs inside a longer query), ``fuzzy`` (typos).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

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

# One row per term: (concept_id, concept_status, lang, text, key, pinyin, initials, term_status)
Row = tuple[int, str, str, str, str, str, str, str]


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


class _KeyColumn:
    """Keys of one kind (zh, en or pinyin) with exact, prefix and substring search."""

    def __init__(self, keys: list[str], owners: list[int]) -> None:
        self.keys = keys
        self.owners = owners  # term index for each key
        self.exact: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            if k:
                self.exact.setdefault(k, []).append(i)
        self.joined = "\x00" + "\x00".join(keys) + "\x00"
        self.starts: list[int] = []
        pos = 1
        for k in keys:
            self.starts.append(pos)
            pos += len(k) + 1

    def _which(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def find(self, needle: str, prefix: bool, cap: int = 2000) -> list[int]:
        """Positions (in ``keys``) whose key starts with / contains ``needle``."""
        if not needle:
            return []
        pattern = "\x00" + needle if prefix else needle
        found: list[int] = []
        seen: set[int] = set()
        start = 0
        joined = self.joined
        while len(found) < cap:
            at = joined.find(pattern, start)
            if at < 0:
                break
            i = self._which(at + 1 if prefix else at)
            if (
                i not in seen
                and "\x00" not in joined[at + (1 if prefix else 0) : at + len(pattern)]
            ):
                seen.add(i)
                found.append(i)
            start = at + 1
        return found


class _Scores:
    """The best (score, kind) found so far for each term index."""

    def __init__(self) -> None:
        self.best: dict[int, tuple[float, str]] = {}

    def __call__(self, term_index: int, score: float, kind: str) -> None:
        old = self.best.get(term_index)
        if old is None or score > old[0]:
            self.best[term_index] = (score, kind)

    def weak(self, limit: int) -> bool:
        """True when the cheap match kinds found fewer than ``limit`` good hits."""
        return sum(1 for s, _k in self.best.values() if s >= 75) < limit


class LookupIndex:
    """An in-memory index of the glossary's terms for fast, forgiving look-ups."""

    def __init__(self, rows: Iterable[Sequence[Any]]) -> None:
        self.rows: list[Row] = [tuple(r) for r in rows]  # type: ignore[misc]
        self.by_concept: dict[int, list[int]] = {}
        zh_keys: list[str] = []
        zh_owner: list[int] = []
        en_keys: list[str] = []
        en_owner: list[int] = []
        py_keys: list[str] = []
        py_owner: list[int] = []
        initials: dict[str, list[int]] = {}
        vocab: set[str] = set()
        for i, (cid, _cs, lang, _text, key, pinyin, inits, _st) in enumerate(self.rows):
            self.by_concept.setdefault(cid, []).append(i)
            if lang == "zh":
                zh_keys.append(key)
                zh_owner.append(i)
                if pinyin:
                    py_keys.append(pinyin)
                    py_owner.append(i)
                if inits:
                    initials.setdefault(inits, []).append(i)
            else:
                en_keys.append(key)
                en_owner.append(i)
                vocab.update(key.split())
        self.zh = _KeyColumn(zh_keys, zh_owner)
        self.en = _KeyColumn(en_keys, en_owner)
        self.pinyin = _KeyColumn(py_keys, py_owner)
        self.initials = initials
        self.vocab = sorted(vocab)
        self.en_padded = _KeyColumn([f" {k} " for k in en_keys], en_owner)

    @classmethod
    def from_store(cls, store: Any, status: str | None = "approved") -> LookupIndex:
        """Build the index from a :class:`~glossary.store.GlossaryStore`."""
        return cls(store.lookup_rows(status))

    def __len__(self) -> int:
        return len(self.by_concept)

    # ------------------------------------------------------------------ search

    def search(self, query: str, limit: int = 10, status: str | None = None) -> list[LookupHit]:
        """Hits for ``query``, best first, at most one per concept.

        ``status`` keeps only hits whose matched term has that status.
        """
        query = query.strip()
        if not query:
            return []
        found = _Scores()
        if has_cjk(query):
            self._search_zh(zh_key(query), found, limit)
        else:
            self._search_latin(query, found, limit)
        return self._hits(found.best, limit, status)

    def _search_zh(self, key: str, add: _Scores, limit: int) -> None:
        if not key:
            return
        col = self.zh
        for i in col.exact.get(key, []):
            add(col.owners[i], 100.0, "exact")
        for i in col.find(key, prefix=True):
            add(col.owners[i], 80 + 15 * len(key) / max(len(col.keys[i]), 1), "prefix")
        for i in col.find(key, prefix=False):
            add(col.owners[i], 60 + 20 * len(key) / max(len(col.keys[i]), 1), "substring")
        # The query may be a phrase or sentence containing known terms.
        if len(key) >= 3:
            n = len(key)
            for a in range(n):
                for b in range(a + 2, min(n, a + 40) + 1):
                    if b - a == n:
                        continue
                    for i in col.exact.get(key[a:b], []):
                        add(col.owners[i], 50 + 25 * (b - a) / n, "contained")
        if add.weak(limit):
            from rapidfuzz import fuzz, process

            for _k, score, i in process.extract(
                key, col.keys, scorer=fuzz.ratio, score_cutoff=60, limit=limit * 3
            ):
                add(col.owners[i], 0.75 * score, "fuzzy")

    def _search_latin(self, query: str, add: _Scores, limit: int) -> None:
        ekey = en_key(query)
        col = self.en
        if ekey:
            for i in col.exact.get(ekey, []):
                add(col.owners[i], 100.0, "exact")
            for i in col.find(ekey, prefix=True):
                add(col.owners[i], 78 + 15 * len(ekey) / max(len(col.keys[i]), 1), "prefix")
            for i in self.en_padded.find(f" {ekey} ", prefix=False):
                add(col.owners[i], 62 + 25 * len(ekey) / max(len(col.keys[i]), 1), "english")
            if len(ekey) >= 3:
                for i in col.find(ekey, prefix=False):
                    add(col.owners[i], 50 + 20 * len(ekey) / max(len(col.keys[i]), 1), "substring")
        pkey = pinyin_query_key(query)
        if len(pkey) >= 2:
            py = self.pinyin
            for i in py.exact.get(pkey, []):
                add(py.owners[i], 97.0, "pinyin")
            if " " not in query.strip() and len(pkey) <= 12:
                for t in self.initials.get(pkey, []):
                    add(t, 90.0, "initials")
            if len(pkey) >= 4:
                for i in py.find(pkey, prefix=True):
                    add(py.owners[i], 70 + 20 * len(pkey) / max(len(py.keys[i]), 1), "pinyin")
        if add.weak(limit):
            self._fuzzy_latin(query, ekey, pkey, add, limit)

    def _fuzzy_latin(self, query: str, ekey: str, pkey: str, add: _Scores, limit: int) -> None:
        from rapidfuzz import fuzz, process

        if ekey:
            for _k, score, i in process.extract(
                ekey, self.en.keys, scorer=fuzz.ratio, score_cutoff=75, limit=limit * 3
            ):
                add(self.en.owners[i], 0.8 * score, "fuzzy")
            # Correct each unknown word against the vocabulary, then search by words.
            words = [stem(w) for w in en_words(query)]
            fixed = []
            for w in words:
                if len(w) < 4 or w in self._vocab_set:
                    fixed.append(w)
                    continue
                best = process.extractOne(w, self.vocab, scorer=fuzz.ratio, score_cutoff=75)
                fixed.append(best[0] if best else w)
            corrected = " ".join(fixed)
            if corrected != ekey:
                for i in self.en_padded.find(f" {corrected} ", prefix=False):
                    add(
                        self.en.owners[i],
                        0.8 * (55 + 25 * len(corrected) / max(len(self.en.keys[i]), 1)),
                        "fuzzy",
                    )
        if len(pkey) >= 6:
            for _k, score, i in process.extract(
                pkey, self.pinyin.keys, scorer=fuzz.ratio, score_cutoff=85, limit=limit
            ):
                add(self.pinyin.owners[i], 0.75 * score, "fuzzy")

    @property
    def _vocab_set(self) -> set[str]:
        cached = getattr(self, "_vocab_cache", None)
        if cached is None:
            cached = set(self.vocab)
            self._vocab_cache = cached
        return cached

    def _hits(
        self, scores: dict[int, tuple[float, str]], limit: int, status: str | None
    ) -> list[LookupHit]:
        best: dict[int, tuple[float, int, int, str]] = {}
        for ti, (score, kind) in scores.items():
            row = self.rows[ti]
            if status and row[7] != status:
                continue
            # A preferred term beats a deprecated one with the same score.
            rank = 0 if row[7] == "preferred" else 1
            cur = best.get(row[0])
            if cur is None or (score, -rank) > (cur[0], -cur[1]):
                best[row[0]] = (score, rank, ti, kind)
        ordered = sorted(
            best.items(),
            key=lambda kv: (-kv[1][0], kv[1][1], len(self.rows[kv[1][2]][3]), kv[0]),
        )
        return [self._hit(cid, *vals) for cid, vals in ordered[:limit]]

    def _hit(self, cid: int, score: float, _rank: int, ti: int, kind: str) -> LookupHit:
        order = {"preferred": 0, "admitted": 1, "deprecated": 2, "superseded": 3}
        terms = sorted(
            (self.rows[i] for i in self.by_concept[cid]),
            key=lambda r: (r[2] != "zh", order.get(r[7], 9)),
        )
        zh = next((r[3] for r in terms if r[2] == "zh"), "")
        en = next((r[3] for r in terms if r[2] == "en"), "")
        row = self.rows[ti]
        return LookupHit(
            concept_id=cid,
            zh=zh,
            en=en,
            matched=row[3],
            lang=row[2],
            status=row[7],
            concept_status=row[1],
            score=min(score, 100.0),
            match=kind,
            renderings=[(r[2], r[3], r[7]) for r in terms],
        )
