"""The events page's index: one `event_search` row and a few `event_facets` rows per event.

The `events` table keeps the reconciled summary as JSON, which no database can filter fast. Every
time events are written (a linking pass, a re-reconciled event after a review), this module
projects each summary into flat, indexed columns (country, admin1, type, dates, killed, whether it
is contested, coordinates) and, in `event_facets`, the speakers and blamed actors the filters
offer and the words free-text search matches by prefix. "Contested" means figures_disagree or
blame_disputed: one source alone is no contradiction.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from sitrep.store import schema

CONTESTED_FLAGS = ("figures_disagree", "blame_disputed")


def is_contested(flags: Iterable[str] | str | None) -> bool:
    """Figures disagree or blame is disputed; one source alone is no contradiction.

    >>> is_contested("blame_disputed,single_source"), is_contested("single_source"), is_contested(None)
    (True, False, False)
    """
    if isinstance(flags, str):
        flags = flags.split(",")
    return any(f in CONTESTED_FLAGS for f in flags or ())


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def blame_actors(blame: dict[str, Any]) -> list[str]:
    """The names a blame goes by: the words as written, and the canonical actor when one is known."""
    names = [blame.get("perpetrator")]
    if blame.get("actor"):
        names.append(blame["actor"])
    return [n for n in names if n]


def search_text(event: dict[str, Any]) -> str:
    """What free-text search looks in: the place, the type, the speakers and the blamed actors."""
    s = event["summary"] or {}
    place = s.get("place") or {}
    words = [place.get("name"), place.get("town"), place.get("admin1"), place.get("country"),
             event.get("event_type"), *(r.get("speaker") for r in s.get("speakers") or [])]
    for b in s.get("blames") or []:
        words.extend(blame_actors(b))
    return " ".join(w for w in words if w)


def search_row(event: dict[str, Any]) -> dict[str, Any]:
    """The `event_search` row of one `events` row (with its summary): narrow, so that scans of
    the rows a filter selects stay fast."""
    s = event["summary"] or {}
    place = s.get("place") or {}
    start = _date(event.get("date_start") or s.get("date_start"))
    return {
        "event_id": event["event_id"], "event_type": event.get("event_type"), "place": place.get("name"),
        "admin1": place.get("admin1"), "country": place.get("country"), "date_start": start,
        "date_end": _date(s.get("date_end")), "month": start.isoformat()[:7] if start else None,
        "killed_low": event.get("killed_low"), "killed_best": event.get("killed_best"),
        "killed_high": event.get("killed_high"),
        "killed_sort": event["killed_best"] if event.get("killed_best") is not None else -1,
        "n_reports": event.get("n_reports") or 0, "n_sources": event.get("n_sources"),
        "flags": event.get("flags") or "", "contested": is_contested(event.get("flags")),
        "lat": place.get("lat"), "lon": place.get("lon"),
    }


def search_words(text: str) -> list[str]:
    """The folded words free-text search matches by prefix.

    >>> search_words("Karm al-Zeitoun, Homs (Syria) SOHR")
    ['al', 'homs', 'karm', 'sohr', 'syria', 'zeitoun']
    """
    import re

    return sorted({w for w in re.findall(r"\w+", text.casefold()) if len(w) > 1})


def facet_rows(event: dict[str, Any]) -> list[dict[str, Any]]:
    """An event's speakers and blamed actors (words as written and canonical), and the words of its
    places, speakers and actors, one row each."""
    s = event["summary"] or {}
    seen: set[tuple[str, str]] = {("word", w[:300]) for w in search_words(search_text(event))}
    for r in s.get("speakers") or []:
        seen.add(("speaker", (r.get("speaker") or "")[:300]))
    for b in s.get("blames") or []:
        for name in blame_actors(b):
            seen.add(("actor", name[:300]))
    return [{"kind": k, "value": v, "event_id": event["event_id"]} for k, v in sorted(seen) if v]


def write_event_index(conn: Connection, events: list[dict[str, Any]], replace_all: bool) -> None:
    """Write the index rows of these events; `replace_all` clears the index first (a linking pass
    rewrites every event), otherwise only these events' rows are replaced."""
    ids = [e["event_id"] for e in events]
    if replace_all:
        conn.execute(delete(schema.event_facets))
        conn.execute(delete(schema.event_search))
    else:
        conn.execute(delete(schema.event_facets).where(schema.event_facets.c.event_id.in_(ids)))
        conn.execute(delete(schema.event_search).where(schema.event_search.c.event_id.in_(ids)))
    if events:
        conn.execute(insert(schema.event_search), [search_row(e) for e in events])
        facets = [f for e in events for f in facet_rows(e)]
        if facets:
            conn.execute(insert(schema.event_facets), facets)


def rebuild_event_index(conn: Connection) -> None:
    """Index every stored event (the migration that adds the index runs this once)."""
    events = [dict(r._mapping) for r in conn.execute(select(schema.events))]
    write_event_index(conn, events, replace_all=True)
