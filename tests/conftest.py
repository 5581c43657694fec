"""Shared fixtures. The spaCy model and the gazetteer load once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    from sitrep.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def gazetteer():
    from sitrep.gazetteer import default_gazetteer
    return default_gazetteer()


@pytest.fixture
def make_article():
    """Build an Article from text, the way ingest would (id from the text's hash)."""
    from datetime import date

    from sitrep.records import Article

    def make(text: str, pub_date: str | None = None, outlet: str | None = None, external_id: str = "t1"):
        import hashlib
        aid = hashlib.sha1(text.encode()).hexdigest()[:16]
        return Article(aid, external_id, text, outlet=outlet,
                       pub_date=date.fromisoformat(pub_date) if pub_date else None)
    return make


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the session. With CI=true it must start (the project installs it);
    elsewhere a missing server skips the PostgreSQL tests with the reason."""
    import os

    from pgserver import PostgresServer, PostgresUnavailable

    try:
        server = PostgresServer.start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL must run in CI: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The same tests against each store backend: a SQLite file, and a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("postgres_server").url()
