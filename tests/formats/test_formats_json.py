"""JSON: our lossless layout, and the other shapes people hand us."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from formats_helpers import export_bytes, sample_concepts, store_with

from glossary.errors import InputError
from glossary.formats import load_file


def _load(path: Path) -> list:
    with load_file(path) as loaded:
        return list(loaded)


def test_export_is_one_valid_json_document_with_every_field() -> None:
    store = store_with(sample_concepts())
    doc = json.loads(export_bytes(store, "json"))
    assert (doc["format"], doc["version"]) == ("glossary", 1)
    by_id = {c["id"]: c for c in doc["concepts"]}
    assert set(by_id) == {12, 30, 31, 40}
    candidate = by_id[31]
    assert (candidate["status"], candidate["score"], candidate["count"], candidate["check"]) == (
        "candidate",
        0.8312,
        4,
        False,
    )
    assert candidate["evidence"] == [
        {
            "document": "",
            "zh_context": "建设中西部国际交往中心",
            "en_context": "build the Center",
            "position": 3,
        }
    ]
    assert by_id[12]["created_at"] == "2024-05-01T10:22:13Z"
    assert {"lang", "text", "status", "source", "note"} == set(by_id[12]["terms"][0])


def test_other_json_shapes(tmp_path: Path) -> None:
    full = {
        "id": 5,
        "status": "approved",
        "terms": [
            {"lang": "zh", "text": "外交部"},
            {"lang": "en", "text": "Ministry of Foreign Affairs", "status": "preferred"},
        ],
    }
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([full], ensure_ascii=False, indent=2), encoding="utf-8")
    (view,) = _load(listed)
    assert (view.id, view.zh, view.en) == (5, "外交部", "Ministry of Foreign Affairs")

    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        json.dumps(full, ensure_ascii=False)
        + "\n"
        + json.dumps({"zh": "中国", "en": "China", "status": "new", "score": 0.7})
        + "\n",
        encoding="utf-8",
    )
    first, second = _load(lines)
    assert first.id == 5
    assert (second.zh, second.en, second.status, second.score) == (
        "中国",
        "China",
        "candidate",
        0.7,
    )

    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"concepts": [{"zh": "美国", "en": "United States"}]}))
    (third,) = _load(wrapped)
    assert (third.zh, third.status) == ("美国", "approved")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"terms": "x"}]', "'terms' must be a list"),
        ('[{"terms": [], "status": "maybe"}]', "unknown status 'maybe'"),
        ('[{"terms": [{"lang": "fr", "text": "x"}]}]', "term language 'fr'"),
        ('[{"terms": [], "score": "high"}]', "'score' must be a number"),
        ('[{"terms": [], "created_at": "soon"}]', "'soon' is not a date"),
        ('[{"terms": [{"lang": "zh", "text": 5}]}]', "'text' must be a string"),
        ("[1, 2]", "each concept must be a JSON object"),
        ('{"format": "other", "concepts": []}', "not a glossary JSON file"),
        ('[{"zh": "中国",\n "en": "China"},\n]', ":3: not valid JSON"),
        (
            '{"format": "glossary", "version": 1, "concepts": [\n{"zh": "中国", "en": "x"},\n',
            "cut short",
        ),
    ],
)
def test_bad_json_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        _load(path)


def test_json_in_other_encodings(tmp_path: Path) -> None:
    record = '[{"zh": "中国", "en": "China", "note": "line\\u2028separator"}]'
    for encoding in ("utf-16", "gb18030", "utf-8-sig"):
        path = tmp_path / f"{encoding}.json"
        path.write_bytes(record.encode(encoding))
        (view,) = _load(path)
        assert (view.zh, view.en, view.note) == ("中国", "China", "line\u2028separator")
