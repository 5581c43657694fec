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
