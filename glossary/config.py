"""Where the database is and who is acting.

Precedence: ``--db`` on the command line, then ``GLOSSARY_DB``, then
``glossary.db`` in the user data directory (platformdirs). A plain path means
SQLite; anything with ``://`` is passed to SQLAlchemy as it is (PostgreSQL for a
team server, ``sqlite://`` for an in-memory database).
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

ENV_DB = "GLOSSARY_DB"
ENV_USER = "GLOSSARY_USER"


def default_db_path() -> Path:
    """``glossary.db`` in the platform's user data directory."""
    from platformdirs import user_data_path

    return user_data_path("glossary", appauthor=False) / "glossary.db"


def cache_dir() -> Path:
    """The user cache directory for derived data (lookup index, parsed lexicon)."""
    from platformdirs import user_cache_path

    return user_cache_path("glossary", appauthor=False)


def resolve_db(db: str | None = None) -> str:
    """The database URL or path to use, following the precedence above."""
    value = db or os.environ.get(ENV_DB)
    if value:
        return value
    default = default_db_path()
    # Only the default folder is created for the user; a --db folder must exist.
    default.parent.mkdir(parents=True, exist_ok=True)
    return str(default)


def is_url(value: str) -> bool:
    """True for an SQLAlchemy URL, False for a filesystem path."""
    return "://" in value


def sqlite_path(value: str) -> Path | None:
    """The file behind a SQLite path or ``sqlite:///`` URL; None for memory or other servers."""
    if not is_url(value):
        return Path(value).expanduser()
    if value.startswith("sqlite:///") and not value.startswith("sqlite:///:memory:"):
        rest = value[len("sqlite:///") :].split("?", 1)[0]
        return Path(rest) if rest else None
    return None


def actor_name(user: str | None = None) -> str:
    """Who is acting: ``--user``, else ``GLOSSARY_USER``, else the login name."""
    if user:
        return user
    env = os.environ.get(ENV_USER)
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"
