"""The document-level ranking: features, the model's file, and its place in mining."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from helpers import write_aligned_tsv

from glossary.mining import mine_documents, read_document
from glossary.mining.pipeline import gather_documents, linked_pairs, ranked_pairs
from glossary.mining.ranking import (
    FEATURES,
    PairEvidence,
    Ranker,
    Tree,
    TreeRanker,
    document_features,
    ranking_model_from_json,
    shipped_ranker,
)


def _pair(zh: str, en: str, logit: float = 2.0) -> PairEvidence:
    return PairEvidence(zh, en, logit, count=1, zh_freq=1, best=None)


def _feature(x: list[float], name: str) -> float:
    return x[FEATURES.index(name)]


def test_features_see_how_terms_nest_among_the_proposals() -> None:
    pairs = [
        _pair("数字经济", "digital economy"),
        _pair("数字经济高质量发展", "high-quality development of the digital economy"),
        _pair("数字经济发展规划", "Plan for the Development of the Digital Economy"),
    ]
    term, phrase, plan = document_features(pairs)
    assert len(term) == len(FEATURES)
    assert _feature(term, "inside_others") == 2 and _feature(term, "holds_others") == 0
    assert _feature(phrase, "inside_others") == 0 and _feature(phrase, "holds_others") == 1
    # "... of the digital economy" says something of a term proposed on its own.
    assert _feature(phrase, "said_of_held") == 1 and _feature(term, "said_of_held") == 0
    assert _feature(plan, "title_case") == 1 and _feature(phrase, "title_case") == 0
    assert _feature(phrase, "of_phrase") == 1 and _feature(term, "of_phrase") == 0


def test_features_of_form() -> None:
    (x,) = document_features([_pair("“一带一路”倡议", "Belt and Road Initiative (BRI)")])
    assert _feature(x, "quoted") == 1 and _feature(x, "acronym") == 1
    assert _feature(x, "and_phrase") == 1 and _feature(x, "zh_len") == 8
    assert _feature(x, "log_count") == 0.0
    (y,) = document_features([_pair("第二届", "2nd")])
    assert _feature(y, "digit") == 0 and _feature(y, "one_word") == 1


def test_a_ranker_is_its_weighted_standardised_sum_and_round_trips_through_json() -> None:
    n = len(FEATURES)
    ranker = Ranker(FEATURES, (1.0,) * n, (2.0,) * n, (0.5,) + (0.0,) * (n - 1), -1.0)
    x = [5.0] + [9.0] * (n - 1)
    assert ranker.logit(x) == pytest.approx(-1.0 + 0.5 * (5.0 - 1.0) / 2.0)
    again = Ranker.from_json(json.loads(json.dumps(ranker.to_json())))
    assert again == ranker


def test_weights_fitted_for_other_features_are_refused() -> None:
    n = len(FEATURES)
    logistic = Ranker(FEATURES, (0.0,) * n, (1.0,) * n, (1.0,) * n, 0.0).to_json()
    for data in (shipped_ranker().to_json(), logistic):
        data["features"] = data["features"][:-1]  # type: ignore[index]
        with pytest.raises(ValueError, match="other features"):
            ranking_model_from_json(data)


# A tree on two features: x[0] <= 0.5 ? (x[1] <= 2.0 ? 1.0 : 2.0) : -3.0
SMALL_TREE = [[0, 0.5, 1, 4], [1, 2.0, 2, 3], [1.0], [2.0], [-3.0]]


def test_a_tree_sends_features_down_to_a_leaf() -> None:
    tree = Tree.from_json(SMALL_TREE, len(FEATURES))
    rest = [0.0] * (len(FEATURES) - 2)
    assert tree.leaf_value([0.5, 2.0, *rest]) == 1.0  # (<= goes left, at the threshold too)
    assert tree.leaf_value([0.0, 2.5, *rest]) == 2.0
    assert tree.leaf_value([0.7, 0.0, *rest]) == -3.0
    assert tree.to_json() == SMALL_TREE


def test_tree_rankers_sum_their_leaves_blend_a_logistic_and_round_trip_through_json() -> None:
    n = len(FEATURES)
    tree = Tree.from_json(SMALL_TREE, n)
    trees = TreeRanker(FEATURES, 0.25, (tree, tree))
    x = [0.0, 3.0] + [1.0] * (n - 2)
    assert trees.logit(x) == pytest.approx(0.25 + 2.0 + 2.0)
    linear = Ranker(FEATURES, (0.0,) * n, (1.0,) * n, (1.0,) + (0.0,) * (n - 1), 1.0)
    blend = TreeRanker(FEATURES, 0.25, (tree, tree), linear, 0.5)
    assert blend.logit(x) == pytest.approx(0.5 * (1.0 + 0.0) + 0.5 * 4.25)
    for model in (trees, blend):
        assert ranking_model_from_json(json.loads(json.dumps(model.to_json()))) == model


@pytest.mark.parametrize(
    "nodes",
    [
        [],  # no root
        [[0, 0.5, 0, 1], [1.0]],  # a node that sends x back to itself: no end
        [[0, 0.5, 1, 5], [1.0], [2.0]],  # a child past the end
        [[len(FEATURES), 0.5, 1, 2], [1.0], [2.0]],  # a feature the model has not
    ],
)
def test_malformed_trees_are_refused(nodes: list[list[float]]) -> None:
    data = TreeRanker(FEATURES, 0.0, ()).to_json()
    data["trees"] = [nodes]
    with pytest.raises(ValueError, match="malformed"):
        ranking_model_from_json(data)


def test_the_shipped_model_prefers_a_name_to_its_fragment_at_equal_evidence() -> None:
    ranker = shipped_ranker()
    name = _pair(
        "中西部国际交往中心", "Center for International Exchanges in Central and Western China"
    )
    part = _pair("国际交往", "international exchanges")
    x_name, x_part = document_features([name, part])
    assert ranker.logit(x_name) > ranker.logit(x_part)
    # ... and more of the hand-set logit is better, all else equal.
    (weaker,) = document_features([_pair("国际交往", "international exchanges", logit=0.0)])
    assert ranker.logit(weaker) < ranker.logit(x_part)


ROWS = [
    ("重庆加快建设中西部国际交往中心。",
     "Chongqing accelerated the building of the Center for International Exchanges in "
     "Central and Western China."),
    ("中西部国际交往中心建设取得新进展。",
     "New progress was made in building the Center for International Exchanges in "
     "Central and Western China."),
    ("我们要推动数字经济高质量发展。",
     "We will promote the high-quality development of the digital economy."),
]  # fmt: skip


def test_mining_orders_by_the_model_and_scores_are_its_probabilities(tmp_path: Path) -> None:
    doc = read_document(write_aligned_tsv(tmp_path / "d.tsv", ROWS, header=False))
    found = mine_documents([doc])
    ranked = ranked_pairs(gather_documents([doc]), shipped_ranker())
    assert [p.zh for p in found] == [a.zh for _logit, a, _key in ranked]
    for p, (logit, _a, _key) in zip(found, ranked, strict=True):
        assert p.score == round(1.0 / (1.0 + math.exp(-logit)), 4)
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    assert found[0].zh == "中西部国际交往中心"
    assert found[0].en == "Center for International Exchanges in Central and Western China"


def test_the_ranking_reorders_but_never_drops_or_changes_a_pair(tmp_path: Path) -> None:
    gathered = gather_documents(
        [read_document(write_aligned_tsv(tmp_path / "d.tsv", ROWS, header=False))]
    )
    linked = {(a.zh, a.en) for _ev, a, _key in linked_pairs(gathered)}
    n = len(FEATURES)
    for weights in ((1.0,) + (0.0,) * (n - 1), (0.0,) * (n - 1) + (1.0,)):
        ranker = Ranker(FEATURES, (0.0,) * n, (1.0,) * n, weights, 0.0)
        assert {(a.zh, a.en) for _l, a, _k in ranked_pairs(gathered, ranker)} == linked


def test_the_shipped_weights_were_fitted_on_every_written_set() -> None:
    # (A set added to bench/mining/written without running bench/fit_ranker.py --write
    # would leave the shipped model and its reported numbers behind.)
    root = Path(__file__).resolve().parents[2]
    written = root / "bench" / "mining" / "written"
    if not written.is_dir():
        pytest.skip("no written sets beside the package (installed elsewhere)")
    record = json.loads((root / "glossary" / "mining" / "ranking_weights.json").read_text("utf-8"))
    sets = sorted(p.name for p in written.glob("set_*.tsv") if not p.name.endswith(".gold.tsv"))
    assert record["fitted_on"] == sets
    assert record["cross_validated"]["strict p@30"] > record["hand_set"]["strict p@30"]
