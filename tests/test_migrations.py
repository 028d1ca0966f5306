"""Schema migrations: fresh creation, upgrade of an older database, refusal of a newer one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

from glossary import migrations
from glossary.errors import DatabaseError
from glossary.lookup import search
from glossary.store import GlossaryStore, SqliteTermSource


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    import glossary.models  # noqa: F401  (registers the tables)

    migrated = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    migrations.upgrade(migrated)
    declared = create_engine(f"sqlite:///{tmp_path / 'declared.db'}")
    SQLModel.metadata.create_all(declared)
    a, b = inspect(migrated), inspect(declared)
    for table in ("concept", "term", "document", "evidence", "event"):
        assert {c["name"] for c in a.get_columns(table)} == {
            c["name"] for c in b.get_columns(table)
        }, table
        assert {i["name"] for i in a.get_indexes(table)} >= {
            i["name"] for i in b.get_indexes(table) if i["name"]
        }, table


def test_database_from_the_first_schema_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    assert migrations.upgrade(engine, target="0001_initial") == ["0001_initial"]
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO concept (id, status, subject, definition, note, score, count, version, "
        "created_at, created_by, updated_at, updated_by) VALUES (1, 'approved', 'economy', '', "
        "'', NULL, 0, 1, '2022-01-01 00:00:00', 'old', '2022-01-01 00:00:00', 'old')"
    )
    conn.execute(
        "INSERT INTO term (concept_id, lang, text, key, pinyin, initials, status, source, note) "
        "VALUES (1, 'zh', '中欧班列', '中欧班列', 'zhongoubanlie', 'zobl', 'preferred', '', ''), "
        "(1, 'en', 'China-Europe Railway Express', 'china europe railway express', '', '', "
        "'preferred', '', '')"
    )
    conn.commit()
    conn.close()
    engine.dispose()

    store = GlossaryStore.open(str(path), seed=False)
    view = store.get(1)
    assert view.en == "China-Europe Railway Express" and view.check is True
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM glossary_migrations ORDER BY name")]
    conn.close()
    assert names == [name for name, _ in migrations.MIGRATIONS]
    store.update_concept(1, check=False)
    assert store.get(1).check is False


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    GlossaryStore.open(str(path), seed=False).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO glossary_migrations (name, applied_at) VALUES ('9999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="newer version of glossary"):
        GlossaryStore.open(str(path), seed=False)


def test_upgrade_is_idempotent(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'g.db'}")
    assert len(migrations.upgrade(engine)) == len(migrations.MIGRATIONS)
    assert migrations.upgrade(engine) == []


@pytest.mark.parametrize(
    ("before", "zh", "en", "old_key", "new_key"),
    [
        # "warnings" stayed "warning": a noun in -ing and its plural did not meet.
        ("0003_term_pinyin_indexes", "预警", "early warnings", "early warning", "early warn"),
        # "clinics" kept its -s like "economics": a plural in -ics met no singular.
        (
            "0004_english_keys_restemmed",
            "村卫生室",
            "village clinics",
            "village clinics",
            "village clinic",
        ),
    ],
)
def test_english_keys_made_by_an_older_stemmer_are_made_again(
    tmp_path: Path, before: str, zh: str, en: str, old_key: str, new_key: str
) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, target=before)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO concept (id, status, subject, definition, note, score, count, version, "
        "created_at, created_by, updated_at, updated_by, check_enabled) VALUES (1, 'approved', "
        "'', '', '', NULL, 0, 1, '2022-01-01 00:00:00', 'old', '2022-01-01 00:00:00', 'old', 1)"
    )
    conn.execute(
        "INSERT INTO term (concept_id, lang, text, key, pinyin, initials, status, source, note) "
        "VALUES (1, 'zh', ?, ?, '', '', 'preferred', '', ''), "
        "(1, 'en', ?, ?, '', '', 'preferred', '', '')",
        (zh, zh, en, old_key),
    )
    conn.commit()
    conn.close()
    engine.dispose()

    GlossaryStore.open(str(path), seed=False).close()
    conn = sqlite3.connect(path)
    keys = dict(conn.execute("SELECT lang, key FROM term").fetchall())
    conn.close()
    assert keys == {"zh": zh, "en": new_key}
    source = SqliteTermSource.open(str(path))
    assert source is not None
    hits = search(source, en.rsplit("s", 1)[0], limit=5)  # (the singular)
    source.close()
    assert [(h.zh, h.match) for h in hits[:1]] == [(zh, "exact")]
