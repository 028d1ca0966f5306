"""The document-level ranking of mined pairs: a model over a pair's evidence.

The hand-set logit (:func:`glossary.mining.score.document_logit` and the document's
demotions) says how sure the miner is that a Chinese term and its English go together;
it says less of which pairs a terminologist records. Gold term lists record names,
whole official phrases and the English the text gives them, and leave out the phrase
made for the sentence ("structure of foreign trade") and the part of a longer term. The
model weighs the logit against features of that kind, from the pair and from the
document around it (how many other proposals hold it or are held by it).

Two kinds of model read the same features: a logistic model (:class:`Ranker`, a
weighted sum) and gradient-boosted regression trees (:class:`TreeRanker`, a sum of
small trees' leaves), which can say "a long Chinese term is good unless its English is
an of-phrase" where a weighted sum cannot. ``ranking_weights.json`` holds the one
``bench/fit_ranker.py`` fitted on the written evaluation sets (never on the development
documents), with the held-out numbers it reports. Evaluating either is plain
arithmetic: this module needs no numerical library.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from glossary.mining.candidates import GENERIC_TAILS, NAMED_HEADS, ORG_HEADS
from glossary.mining.score import Scored

# The names of the features, in the order of :func:`pair_features`'s output.
FEATURES: tuple[str, ...] = (
    "logit",  # the hand-set document logit (fit, termhood, repetition, demotions)
    "fit",  # the best occurrence's fit of the English to the Chinese
    "termhood",
    "zh_cover",
    "en_cover",
    "log_count",  # occurrences of the pair
    "log_zh_freq",  # occurrences of the Chinese in the document
    "zh_len",
    "log_zh_len",
    "en_words",
    "caps_share",  # content words in capitals
    "title_case",  # every content word in capitals: a name
    "lower_case",
    "digit",  # a number in the Chinese: an edition, a year
    "quoted",  # the Chinese in quotation marks or 《》
    "of_phrase",  # "X of Y": often a phrase made for the sentence
    "and_phrase",
    "plural_end",
    "ing_start",  # "promoting ...": an action rather than a name
    "hyphen",
    "acronym",
    "one_word",
    "zh_per_word",  # Chinese characters per English word
    "coordinated",  # 和/与/及 inside the Chinese
    "inside_others",  # other proposed Chinese terms that hold this one
    "holds_others",  # other proposed Chinese terms inside this one
    "person",
    "short_form",  # an abbreviation of a name in the document (进博会)
    "log_words_per_char",  # English words per Chinese character (log)
    "log_words_per_char_sq",  # ... squared: far from the usual either way
    "long_title",  # a title-case English far longer than its Chinese
    "said_of_held",  # "... of (the) X" where X renders a proposed term inside the Chinese
    "named_head",  # the Chinese ends on the head of a name (委员会, 论坛, 规划 ...)
    "org_head",  # ... of a body or an instrument (部, 局, 法, 机制 ...)
    "generic_tail",  # ... on a generic tail (建设, 工作中, 问题 ...)
    "single",  # the Chinese is one dictionary word
    "strong_edges",  # strong boundaries (0-2) around the Chinese in its sentence
    "sentence_case",  # only the English's first word in capitals
)

_SMALL = frozenset(["of", "and", "the", "for", "in", "on", "a", "an", "to", "with", "at", "by"])
_CAPITALS = re.compile(r"[A-Z]{2,}")
_DIGIT = re.compile(r"\d")
_QUOTES = '“”"《》「」‘’'
_COORDINATION = re.compile("[和与及]")


@dataclass(frozen=True, slots=True)
class PairEvidence:
    """What the document says of one proposed pair, as the ranking sees it."""

    zh: str
    en: str
    logit: float
    count: int
    zh_freq: int
    best: Scored | None  # the pair's best occurrence (None for a short form)
    person: bool = False
    short_form: bool = False


def pair_features(
    p: PairEvidence, inside_others: int, holds_others: int, said_of_held: bool = False
) -> list[float]:
    """The features of ``p`` in the order of :data:`FEATURES`; ``inside_others``,
    ``holds_others`` and ``said_of_held`` say how it stands among the document's other
    proposals (see :func:`document_features`)."""
    words = p.en.split()
    content = [w for w in words if w.lower() not in _SMALL]
    caps = sum(1 for w in content if w[:1].isupper()) / max(1, len(content))
    best = p.best
    # (About 0.6 English words per character in these texts; log 0.6 = -0.5.)
    ratio = math.log((len(words) + 0.5) / (len(p.zh) + 0.5)) + 0.5
    return [
        p.logit,
        best.fit if best else 0.8,
        best.termhood if best else 0.8,
        best.zh_cover if best else 0.8,
        best.en_cover if best else 0.8,
        math.log(max(1, p.count)),
        math.log(max(1, p.zh_freq)),
        float(len(p.zh)),
        math.log(max(1, len(p.zh))),
        float(len(words)),
        caps,
        float(caps == 1.0),
        float(caps == 0.0),
        float(bool(_DIGIT.search(p.zh))),
        float(any(ch in _QUOTES for ch in p.zh)),
        float(" of " in p.en),
        float(" and " in p.en),
        float(p.en.endswith("s")),
        float(bool(words) and words[0].lower().endswith("ing")),
        float("-" in p.en),
        float(bool(_CAPITALS.search(p.en))),
        float(len(words) == 1),
        len(p.zh) / max(1, len(words)),
        float(bool(_COORDINATION.search(p.zh))),
        float(min(3, inside_others)),
        float(min(3, holds_others)),
        float(p.person),
        float(p.short_form),
        ratio,
        ratio * ratio,
        float(caps == 1.0 and len(words) > len(p.zh)),
        float(said_of_held),
        float(p.zh.endswith(NAMED_HEADS)),
        float(p.zh.endswith(ORG_HEADS)),
        float(p.zh.endswith(GENERIC_TAILS)),
        float(best.single) if best else 0.0,
        float(best.strong) if best else 1.0,
        float(len(content) > 1 and content[0][:1].isupper() and caps * len(content) == 1),
    ]


def document_features(pairs: list[PairEvidence]) -> list[list[float]]:
    """The features of each of a document's proposed pairs (one per Chinese term).

    Nesting is found by looking each term's substrings up (terms are short), not by
    comparing every two terms, so a document of thousands of proposals costs little."""
    english = {p.zh: p.en.lower() for p in pairs}
    inside: dict[str, int] = dict.fromkeys(english, 0)
    held: dict[str, list[str]] = {zh: [] for zh in english}
    for zh in english:
        parts = {zh[i:j] for i in range(len(zh)) for j in range(i + 1, min(len(zh), i + 40) + 1)}
        parts.discard(zh)
        for part in parts.intersection(english):
            held[zh].append(part)
            inside[part] += 1
    out = []
    for p in pairs:
        low = english[p.zh]
        # "high-quality development of the digital economy" (数字经济高质量发展) says
        # something of the term 数字经济, proposed on its own.
        said_of = any(
            low.endswith((" of " + english[part], " of the " + english[part]))
            for part in held[p.zh]
        )
        out.append(pair_features(p, inside[p.zh], len(held[p.zh]), said_of))
    return out


@dataclass(frozen=True, slots=True)
class Ranker:
    """A fitted logistic model: standardised features, weights and a bias."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def logit(self, x: list[float]) -> float:
        """The ranking logit of a feature vector (its sigmoid is the score)."""
        total = self.bias
        for v, m, s, w in zip(x, self.mean, self.scale, self.weights, strict=True):
            total += w * (v - m) / s
        return total

    def to_json(self) -> dict[str, object]:
        """The model as ``ranking_weights.json`` stores it: one record per feature."""
        return {
            "kind": "logistic",
            "bias": self.bias,
            "features": [
                {"name": n, "mean": m, "scale": s, "weight": w}
                for n, m, s, w in zip(
                    self.features, self.mean, self.scale, self.weights, strict=True
                )
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Ranker:
        """A model from its JSON form; its features must be :data:`FEATURES`, in order."""
        records = data["features"]
        names = tuple(str(r["name"]) for r in records)
        if names != FEATURES:
            raise ValueError("the ranking weights were fitted for other features")
        return cls(
            names,
            tuple(float(r["mean"]) for r in records),
            tuple(float(r["scale"]) for r in records),
            tuple(float(r["weight"]) for r in records),
            float(data["bias"]),
        )


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree as flat arrays, node 0 its root: an inner node sends ``x``
    to ``left`` when ``x[feature] <= threshold``, else to ``right``; a leaf
    (``feature`` -1) holds its ``value``."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def leaf_value(self, x: list[float]) -> float:
        """The value of the leaf ``x`` falls in."""
        node = 0
        feature, threshold, left, right = self.feature, self.threshold, self.left, self.right
        while feature[node] >= 0:
            node = left[node] if x[feature[node]] <= threshold[node] else right[node]
        return self.value[node]

    def to_json(self) -> list[list[float]]:
        """The tree as a list of nodes: ``[feature, threshold, left, right]`` for an
        inner node, ``[value]`` for a leaf."""
        return [
            [f, t, lo, hi] if f >= 0 else [v]
            for f, t, lo, hi, v in zip(
                self.feature, self.threshold, self.left, self.right, self.value, strict=True
            )
        ]

    @classmethod
    def from_json(cls, nodes: list[list[float]], n_features: int) -> Tree:
        """A tree from :meth:`to_json`'s form, checked: every inner node names a feature
        and sends ``x`` to later nodes (so evaluation always ends at a leaf)."""
        if not nodes:
            raise ValueError("the ranking trees are malformed (an empty tree)")
        feature, threshold, left, right, value = [], [], [], [], []
        for i, node in enumerate(nodes):
            if len(node) == 1:
                feature.append(-1)
                threshold.append(0.0)
                left.append(-1)
                right.append(-1)
                value.append(float(node[0]))
                continue
            f, t, lo, hi = int(node[0]), float(node[1]), int(node[2]), int(node[3])
            if not (0 <= f < n_features and i < lo < len(nodes) and i < hi < len(nodes)):
                raise ValueError(f"the ranking trees are malformed (node {i})")
            feature.append(f)
            threshold.append(t)
            left.append(lo)
            right.append(hi)
            value.append(0.0)
        return cls(tuple(feature), tuple(threshold), tuple(left), tuple(right), tuple(value))


@dataclass(frozen=True, slots=True)
class TreeRanker:
    """Fitted gradient-boosted trees, alone or blended with a logistic model.

    The trees' logit is ``base`` plus the value of the leaf each tree sends the
    features to (the learning rate is in the values). With ``linear``, the ranking
    logit is ``linear_share`` of the logistic model's logit plus the rest of the
    trees': two models that err differently, averaged."""

    features: tuple[str, ...]
    base: float
    trees: tuple[Tree, ...]
    linear: Ranker | None = None
    linear_share: float = 0.0

    def logit(self, x: list[float]) -> float:
        """The ranking logit of a feature vector (its sigmoid is the score)."""
        total = self.base
        for tree in self.trees:
            total += tree.leaf_value(x)
        if self.linear is None:
            return total
        share = self.linear_share
        return share * self.linear.logit(x) + (1.0 - share) * total

    def to_json(self) -> dict[str, object]:
        """The model as ``ranking_weights.json`` stores it."""
        out: dict[str, object] = {"kind": "trees"}
        if self.linear is not None:
            out["linear_share"] = self.linear_share
            out["linear"] = self.linear.to_json()
        out["base"] = self.base
        out["features"] = list(self.features)
        out["trees"] = [tree.to_json() for tree in self.trees]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TreeRanker:
        """A model from its JSON form; its features must be :data:`FEATURES`, in order."""
        names = tuple(str(n) for n in data["features"])
        if names != FEATURES:
            raise ValueError("the ranking trees were fitted for other features")
        trees = tuple(Tree.from_json(t, len(names)) for t in data["trees"])
        linear = Ranker.from_json(data["linear"]) if "linear" in data else None
        share = float(data.get("linear_share", 0.0)) if linear is not None else 0.0
        if not 0.0 <= share <= 1.0:
            raise ValueError("the ranking's linear share is not between 0 and 1")
        return cls(names, float(data["base"]), trees, linear, share)


# What orders a document's pairs: either kind of fitted model.
RankingModel = Ranker | TreeRanker


def ranking_model_from_json(data: dict[str, Any]) -> RankingModel:
    """The model ``data`` describes: trees when its ``kind`` says so, else logistic."""
    if data.get("kind") == "trees":
        return TreeRanker.from_json(data)
    return Ranker.from_json(data)


@lru_cache(maxsize=1)
def shipped_ranker() -> RankingModel:
    """The model shipped with the package (``ranking_weights.json``)."""
    text = resources.files("glossary.mining").joinpath("ranking_weights.json").read_text("utf-8")
    return ranking_model_from_json(json.loads(text)["model"])
