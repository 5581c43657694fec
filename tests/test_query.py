"""Finding events: filters, sorts, pages, facets, the timeline and nearby candidates."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.query import EventQuery, facets, find_events, killed_by_admin1, map_points, matching_event_ids, \
    nearby_events, search, timeline
from sitrep.store.index import is_contested
from workbench_data import XSS, build_store, event_of


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(str(tmp_path_factory.mktemp("q") / "q.db"))


def places(page):
    return [r["place"] for r in page.rows]


@pytest.mark.parametrize("flags, contested", [
    ("figures_disagree", True), ("blame_disputed,single_source", True), ("single_source", False), ("", False),
])
def test_contested_means_disagreeing_figures_or_disputed_blame_not_one_source(flags, contested):
    assert is_contested(flags) is contested


@pytest.mark.parametrize("query, expected", [
    (EventQuery(), ["El Geneina", "Taiz", "Maiduguri", "Kharkiv"]),          # largest best killed first
    (EventQuery(contested=True), ["Taiz", "Kharkiv"]),                       # Geneina is single-source only
    (EventQuery(country="Ukraine"), ["Kharkiv"]),
    (EventQuery(admin1="Ta'izz"), ["Taiz"]),
    (EventQuery(event_type="massacre"), ["El Geneina"]),
    (EventQuery(speaker="regional governor"), ["Kharkiv"]),
    (EventQuery(actor="Rapid Support Forces"), ["El Geneina"]),
    (EventQuery(actor="Saudi-led coalition"), ["Taiz"]),
    (EventQuery(q="darfur bar"), ["El Geneina"]),                           # every word, any order
    (EventQuery(q="coalition taiz"), ["Taiz"]),
    (EventQuery(q="100%_"), []),                                             # LIKE wildcards are literal
    (EventQuery(date_from=date(2021, 1, 1), date_to=date(2022, 12, 31)), ["Maiduguri", "Kharkiv"]),
    (EventQuery(sort="date", desc=False), ["Taiz", "Maiduguri", "Kharkiv", "El Geneina"]),
    (EventQuery(sort="place", desc=False), ["El Geneina", "Kharkiv", "Maiduguri", "Taiz"]),
])
def test_filters_and_sorts(store, query, expected):
    assert places(find_events(store, query)) == expected


def test_pages_and_totals(store):
    first = find_events(store, EventQuery(per_page=3))
    second = find_events(store, EventQuery(per_page=3, page=2))
    assert (first.total, first.pages, len(first.rows), len(second.rows)) == (4, 2, 3, 1)
    assert set(places(first)) | set(places(second)) == {"El Geneina", "Taiz", "Maiduguri", "Kharkiv"}
    assert matching_event_ids(store, EventQuery(contested=True)) == sorted(
        [event_of(store, "taiz-reuters"), event_of(store, "kharkiv-kyivindependent")])


def test_form_values_are_lenient():
    q = EventQuery(country="", sort="nonsense", page=0, per_page=10_000)
    assert (q.country, q.sort, q.page, q.per_page) == (None, "killed", 1, 500)
    assert EventQuery(country="Yemen", contested=True, page=2).params() == {"country": "Yemen", "contested": "1",
                                                                            "page": 2, "sort": "killed", "desc": "1"}


def test_facets_timeline_map_and_nearby(store):
    f = facets(store)
    assert f["country"] == ["Nigeria", "Sudan", "Ukraine", "Yemen"]
    assert "monitoring group" in f["speaker"] and "Rapid Support Forces" in f["actor"] and XSS in f["actor"]
    assert timeline(store, EventQuery(country="Yemen")) == [{"month": "2016-08", "events": 1, "killed": 12}]
    assert killed_by_admin1(store, EventQuery()) ["West Darfur"] == [{"month": "2023-06", "killed": 40}]
    points = map_points(store, EventQuery(contested=True))
    assert {(p["place"], p["contested"]) for p in points} == {("Taiz", True), ("Kharkiv", True)}
    assert nearby_events(store, event_of(store, "taiz-reuters")) == []


def test_search_finds_events_and_articles(store):
    found = search(store, "Kharkiv")
    assert [e["place"] for e in found["events"]] == ["Kharkiv"]
    assert [a["external_id"] for a in found["articles"]] == ["kharkiv-kyivindependent"]
    assert search(store, "   ") == {"events": [], "articles": []}


def test_the_same_queries_on_each_backend(db_url):
    store = build_store(db_url)
    assert places(find_events(store, EventQuery(contested=True))) == ["Taiz", "Kharkiv"]
    assert places(find_events(store, EventQuery(q="darf", sort="date"))) == ["El Geneina"]   # a word's start
    assert places(find_events(store, EventQuery(actor="Rapid Support Forces"))) == ["El Geneina"]
    assert timeline(store, EventQuery(country="Ukraine")) == [{"month": "2022-03", "events": 1, "killed": 4}]
    assert facets(store)["country"] == ["Nigeria", "Sudan", "Ukraine", "Yemen"]
    store.close()


def test_nearby_events_are_the_closest_in_time_then_the_largest_even_in_a_busy_fortnight(tmp_path):
    """Hundreds of events in one governorate within the window: the closest days come first, the
    larger toll first within a day, whichever order the events were stored in."""
    from datetime import timedelta

    from sitrep.store import Store, schema

    store = Store.open(str(tmp_path / "busy.db"))
    pivot = date(2024, 5, 15)
    # a busy early week (more events than any fixed read-ahead), then the days around the pivot
    offsets = [-14 + i % 11 for i in range(220)] + [-3 + i % 7 for i in range(40)] + [4 + i % 11 for i in range(40)]
    rows = [{"event_id": i + 2, "event_type": "shelling", "place": f"village {i}", "admin1": "Kharkiv",
             "country": "Ukraine", "date_start": pivot + timedelta(days=d), "date_end": None,
             "month": "2024-05", "killed_low": i, "killed_best": i, "killed_high": i, "killed_sort": i,
             "n_reports": 1, "n_sources": 1, "flags": "", "contested": False, "lat": None, "lon": None}
            for i, d in enumerate(offsets)]
    rows.append({**rows[0], "event_id": 1, "date_start": pivot, "killed_best": 3, "place": "Kupiansk"})
    rows.append({**rows[0], "event_id": 999, "date_start": pivot, "admin1": "Donetsk", "place": "elsewhere"})
    with store.engine.begin() as conn:
        conn.execute(schema.event_search.insert(), rows)
    near = nearby_events(store, 1, days=14, limit=12)
    same_day = sorted((r for r in rows[:300] if r["date_start"] == pivot), key=lambda r: -r["killed_best"])
    assert [r["event_id"] for r in near[:len(same_day)]] == [r["event_id"] for r in same_day]
    assert [abs((r["date_start"] - pivot).days) for r in near] == sorted(abs((r["date_start"] - pivot).days) for r in near)
    assert {r["admin1"] for r in near} == {"Kharkiv"} and 1 not in {r["event_id"] for r in near}
    store.close()
