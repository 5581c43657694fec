"""The store: migrations, idempotent writes, transactional replacement of an article's extraction."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect

from sitrep.errors import NotFoundError, StoreError
from sitrep.records import (Article, ArticleExtraction, CasualtyClaim, CumulativeToll, IncidentDate,
                            IncidentReport, PerpetratorClaim, Place, Span, Speaker)
from sitrep.store import Store, database_url
from sitrep.store.migrations import MIGRATIONS

TEXT = ("ADEN (Reuters) - Saudi-led coalition air strikes killed at least 12 civilians in Taiz on Sunday, "
        "residents said. The Houthis blamed the coalition. More than 10,000 people have been killed since 2015.")


def span(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle), needle)


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    yield s
    s.close()


def article(external_id="ye-1", text=TEXT) -> Article:
    from sitrep.ingest import article_id_for
    return Article(article_id_for(external_id, text), external_id, text, title="Strikes on Taiz", outlet="Reuters",
                   pub_date=date(2016, 8, 15), source_path="batch.jsonl", source_row=3)


def extraction(a: Article) -> ArticleExtraction:
    residents = Speaker("residents", "residents", "witness", span("residents"))
    houthis = Speaker("The Houthis", "Houthis", "armed_group", span("The Houthis"))
    report = IncidentReport(
        a.article_id, 0, True, "air_strike",
        casualty_claims=[CasualtyClaim("killed", 12, None, "civilians", residents,
                                       span("killed at least 12 civilians"), span(TEXT[16:TEXT.index(" The")]),
                                       "at least")],
        perpetrator_claims=[PerpetratorClaim("the coalition", houthis, "accuses",
                                             span("The Houthis blamed the coalition"),
                                             span("The Houthis blamed the coalition."))],
        place=Place("Taiz", "Taiz", "Ta'izz", "Yemen", 13.58, 44.02, 71137, 1, span("Taiz")),
        date=IncidentDate(date(2016, 8, 14), date(2016, 8, 14), "day", span("on Sunday")),
        anchor=span("Saudi-led coalition air strikes"))
    toll = CumulativeToll("killed", 10000, None, "Yemen since 2015", span("More than 10,000 people have been killed"))
    return ArticleExtraction(a.article_id, [report], [toll])


def test_schema_is_migrated_once_and_recorded(db_url):
    path = db_url
    first = Store.open(path)
    assert first.schema_version() == MIGRATIONS[-1][0]
    first.close()
    again = Store.open(path)
    tables = set(inspect(again.engine).get_table_names())
    assert {"articles", "incident_reports", "casualty_claims", "perpetrator_claims", "cumulative_tolls",
            "events", "event_members", "extractions", "schema_migrations"} <= tables
    assert again.schema_version() == MIGRATIONS[-1][0]


def test_adding_the_same_article_twice_stores_it_once(store):
    a = article()
    assert store.add_articles([a, a]) == [True, False]
    assert store.add_articles([a]) == [False]
    assert store.counts()["articles"] == 1
    stored = store.article(a.article_id)
    assert (stored.external_id, stored.outlet, stored.pub_date, stored.source_row) == ("ye-1", "Reuters",
                                                                                        date(2016, 8, 15), 3)


def test_extraction_roundtrip_keeps_every_span(store):
    a = article()
    store.add_articles([a])
    assert store.pending_extraction("1") == [a.article_id]
    store.save_extraction(extraction(a), "1")
    assert store.pending_extraction("1") == []
    assert store.pending_extraction("2") == [a.article_id]     # a new extractor version re-extracts
    got = store.extraction(a.article_id)
    assert got == extraction(a)
    claim = got.incidents[0].casualty_claims[0]
    assert TEXT[claim.evidence.start:claim.evidence.end] == claim.evidence.text == "killed at least 12 civilians"


def test_re_extraction_replaces_rows_without_duplicates(store):
    a = article()
    store.add_articles([a])
    store.save_extraction(extraction(a), "1")
    before = store.counts()
    store.save_extraction(extraction(a), "1")
    assert store.counts() == before
    assert before["casualty_claims"] == 1 and before["perpetrator_claims"] == 1 and before["cumulative_tolls"] == 1


def test_a_failed_extraction_is_recorded_and_retried(store):
    a = article()
    store.add_articles([a])
    store.save_extraction_failure(a.article_id, "1", "batch.jsonl:3 (ye-1): extraction failed: ValueError")
    assert store.extraction_failures() == [(a.article_id, "batch.jsonl:3 (ye-1): extraction failed: ValueError")]
    assert store.pending_extraction("1") == [a.article_id]
    assert store.extraction(a.article_id) is None


def test_a_write_that_fails_midway_leaves_the_old_rows(store, monkeypatch):
    a = article()
    store.add_articles([a])
    store.save_extraction(extraction(a), "1")
    before = store.counts()
    broken = extraction(a)
    broken.cumulative_tolls[0].evidence = None   # writing the toll fails after the reports were replaced
    with pytest.raises(AttributeError):
        store.save_extraction(broken, "1")
    assert store.counts() == before
    assert store.extraction(a.article_id) == extraction(a)


def test_events_are_saved_and_listed_largest_first(store):
    rows = [
        {"event_id": 1, "event_type": "air_strike", "admin1": "Ta'izz", "place": "Taiz", "date_start": date(2016, 8, 14),
         "killed_low": 12, "killed_best": 12, "killed_high": 12, "n_reports": 1, "n_sources": 1,
         "flags": "single_source", "summary": {"event_id": 1}},
        {"event_id": 2, "event_type": "shelling", "admin1": "Kharkiv", "place": "Kharkiv",
         "date_start": date(2022, 3, 7), "killed_low": 4, "killed_best": 30, "killed_high": 40, "n_reports": 2,
         "n_sources": 2, "flags": "figures_disagree", "summary": {"event_id": 2}},
    ]
    store.save_events({("a", 0): 1, ("b", 0): 2, ("c", 0): 2}, rows)
    assert [e["event_id"] for e in store.events()] == [2, 1]
    # contested = figures disagree or blame disputed; one source alone is no contradiction
    assert [e["event_id"] for e in store.events(contested=True)] == [2]
    assert store.event_assignments() == {("a", 0): 1, ("b", 0): 2, ("c", 0): 2}
    assert store.event(2)["killed_best"] == 30
    with pytest.raises(NotFoundError):
        store.event(99)


def test_database_urls():
    assert database_url("sitrep.db") == "sqlite:///sitrep.db"
    assert database_url("postgresql://u@127.0.0.1/sitrep") == "postgresql+psycopg://u@127.0.0.1/sitrep"
    assert database_url("postgresql+psycopg://u@127.0.0.1/s") == "postgresql+psycopg://u@127.0.0.1/s"


def test_an_unopenable_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no" / "such" / "folder" / "x.db")
