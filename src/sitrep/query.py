"""Finding events: the filters, sorts and pages of the events page and the JSON API.

Reads the `event_search` / `event_facets` index (`sitrep.store.index`), one flat row per event
with indexes on what the page filters and sorts by, so a page of a 100,000-event database is a
few indexed look-ups, not a scan of JSON summaries. Everything is bound parameters; nothing is
built from strings.

    page = find_events(store, EventQuery(country="Syria", contested=True, sort="killed"))
    page.total, [e["event_id"] for e in page.rows]
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from sitrep.store import schema

S = schema.event_search
F = schema.event_facets

SORTS = {
    "killed": (S.c.killed_sort,), "date": (S.c.date_start,), "reports": (S.c.n_reports,),
    "sources": (S.c.n_sources,), "event": (S.c.event_id,), "place": (S.c.place,), "type": (S.c.event_type,),
    "admin1": (S.c.admin1,),
}
MAX_PER_PAGE = 500
MAP_POINTS = 500


@dataclass
class EventQuery:
    """A filtered, sorted page of events. Empty strings count as no filter (as forms send them)."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    speaker: str | None = None
    actor: str | None = None
    contested: bool = False
    q: str | None = None
    sort: str = "killed"
    desc: bool = True
    page: int = 1
    per_page: int = 50

    def __post_init__(self) -> None:
        for f in fields(self):
            if getattr(self, f.name) == "":
                setattr(self, f.name, None if f.name not in ("sort",) else "killed")
        if self.sort not in SORTS:
            self.sort = "killed"
        self.page = max(1, int(self.page or 1))
        self.per_page = min(MAX_PER_PAGE, max(1, int(self.per_page or 50)))

    def params(self, **changes: Any) -> dict[str, Any]:
        """The query as URL parameters (what a link to another page or sort of it carries)."""
        out = {}
        for f in fields(self):
            value = changes.get(f.name, getattr(self, f.name))
            if value in (None, False, "") or (f.name == "per_page" and value == 50):
                continue
            out[f.name] = value.isoformat() if isinstance(value, date) else ("1" if value is True else value)
        return out


@dataclass
class EventPage:
    rows: list[dict[str, Any]]
    total: int
    query: EventQuery
    pages: int = field(init=False)

    def __post_init__(self) -> None:
        self.pages = max(1, math.ceil(self.total / self.query.per_page))


def _like(text: str) -> str:
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(q: EventQuery) -> list[Any]:
    conds: list[Any] = []
    if q.date_from:
        conds.append(S.c.date_start >= q.date_from)
    if q.date_to:
        conds.append(S.c.date_start <= q.date_to)
    for name in ("country", "admin1", "event_type"):
        if getattr(q, name):
            conds.append(getattr(S.c, name) == getattr(q, name))
    if q.contested:
        conds.append(S.c.contested.is_(True))
    for kind in ("speaker", "actor"):
        value = getattr(q, kind)
        if value:
            conds.append(S.c.event_id.in_(select(F.c.event_id).where(and_(F.c.kind == kind, F.c.value == value))))
    if q.q:
        from sitrep.store.index import search_words

        for word in search_words(q.q)[:8]:   # every word, as the start of a word of the event
            conds.append(S.c.event_id.in_(select(F.c.event_id).where(
                and_(F.c.kind == "word", F.c.value >= word, F.c.value < word + "\uffff"))))
    return conds


def _row(r: Any) -> dict[str, Any]:
    d = dict(r._mapping)
    d.pop("killed_sort", None)
    return d


def find_events(store: Any, q: EventQuery) -> EventPage:
    """One page of the events that match, sorted (ties broken by event id)."""
    conds = _conditions(q)
    where = and_(*conds) if conds else None
    cols = SORTS[q.sort]
    order = [c.desc() if q.desc else c.asc() for c in cols]
    order.append(S.c.event_id.desc() if q.desc else S.c.event_id.asc())
    stmt = select(S).order_by(*order).limit(q.per_page).offset((q.page - 1) * q.per_page)
    count = select(func.count()).select_from(S)
    if where is not None:
        stmt, count = stmt.where(where), count.where(where)
    with store.engine.connect() as conn:
        rows = [_row(r) for r in conn.execute(stmt)]
        total = conn.scalar(count) or 0
    return EventPage(rows, total, q)


def map_points(store: Any, q: EventQuery, limit: int = MAP_POINTS) -> list[dict[str, Any]]:
    """The largest matching events that have coordinates, for the map (at most `limit`)."""
    conds = [*_conditions(q), S.c.lat.is_not(None), S.c.lon.is_not(None)]
    stmt = (select(S.c.event_id, S.c.lat, S.c.lon, S.c.killed_best, S.c.contested, S.c.place, S.c.event_type)
            .where(and_(*conds)).order_by(S.c.killed_sort.desc(), S.c.event_id.desc()).limit(limit))
    with store.engine.connect() as conn:
        return [_row(r) for r in conn.execute(stmt)]


_killed = case((S.c.killed_sort > 0, S.c.killed_sort), else_=0)   # from the index: no table read


def timeline(store: Any, q: EventQuery) -> list[dict[str, Any]]:
    """Events and best-killed per month of the matching events: [{month, events, killed}]."""
    conds = [*_conditions(q), S.c.month.is_not(None)]
    stmt = (select(S.c.month, func.count().label("events"), func.sum(_killed).label("killed"))
            .where(and_(*conds)).group_by(S.c.month).order_by(S.c.month))
    with store.engine.connect() as conn:
        return [{"month": r.month, "events": r.events, "killed": int(r.killed or 0)} for r in conn.execute(stmt)]


def killed_by_admin1(store: Any, q: EventQuery, top: int = 6) -> dict[str, list[dict[str, Any]]]:
    """Best killed per month for the `top` governorates with most killed: {admin1: [{month, killed}]}."""
    conds = [*_conditions(q), S.c.month.is_not(None), S.c.admin1.is_not(None)]
    with store.engine.connect() as conn:
        leaders = [r.admin1 for r in conn.execute(
            select(S.c.admin1, func.sum(func.coalesce(S.c.killed_best, 0)).label("k")).where(and_(*conds))
            .group_by(S.c.admin1).order_by(func.sum(func.coalesce(S.c.killed_best, 0)).desc(), S.c.admin1)
            .limit(top))]
        out: dict[str, list[dict[str, Any]]] = {a: [] for a in leaders}
        if leaders:
            for r in conn.execute(
                    select(S.c.admin1, S.c.month, func.sum(func.coalesce(S.c.killed_best, 0)).label("k"))
                    .where(and_(*conds, S.c.admin1.in_(leaders))).group_by(S.c.admin1, S.c.month)
                    .order_by(S.c.month)):
                out[r.admin1].append({"month": r.month, "killed": int(r.k or 0)})
    return out


def facets(store: Any, top: int = 300) -> dict[str, list[str]]:
    """The values the filters offer: countries, admin1s, event types, and the most frequent
    speakers and blamed actors (at most `top` of each)."""
    out: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for name in ("country", "admin1", "event_type"):
            col = getattr(S.c, name)
            out[name] = [v for v in conn.scalars(select(col).where(col.is_not(None)).distinct().order_by(col))]
        for kind in ("speaker", "actor"):
            out[kind] = list(conn.scalars(
                select(F.c.value).where(F.c.kind == kind).group_by(F.c.value)
                .order_by(func.count().desc(), F.c.value).limit(top)))
    return out


def nearby_events(store: Any, event_id: int, days: int = 14, limit: int = 10) -> list[dict[str, Any]]:
    """Candidate events near one event: same governorate (or, without one, same country) within
    `days` of its start, closest in time first, then largest. What an analyst checks before a merge.

    The `limit` closest on each side of the date (on or after, before) hold the `limit` closest
    overall, so two small ordered queries replace reading every event of a busy fortnight."""
    from datetime import timedelta

    with store.engine.connect() as conn:
        me = conn.execute(select(S).where(S.c.event_id == event_id)).first()
        if me is None or me.date_start is None:
            return []
        place = []
        if me.admin1:
            place.append(S.c.admin1 == me.admin1)
        elif me.country:
            place.append(S.c.country == me.country)
        larger = func.coalesce(S.c.killed_best, 0).desc()
        after = select(S).where(and_(S.c.event_id != event_id, S.c.date_start >= me.date_start,
                                     S.c.date_start <= me.date_start + timedelta(days=days), *place))
        before = select(S).where(and_(S.c.date_start < me.date_start,
                                      S.c.date_start >= me.date_start - timedelta(days=days), *place))
        rows = [_row(r) for stmt in (after.order_by(S.c.date_start, larger, S.c.event_id),
                                     before.order_by(S.c.date_start.desc(), larger, S.c.event_id))
                for r in conn.execute(stmt.limit(limit))]
    rows.sort(key=lambda r: (abs((r["date_start"] - me.date_start).days), -(r["killed_best"] or 0), r["event_id"]))
    return rows[:limit]


def search(store: Any, text: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Events whose place, speakers or actors hold every word, and articles whose title or text
    holds the phrase."""
    a = schema.articles
    events = find_events(store, EventQuery(q=text, per_page=limit)).rows if text.strip() else []
    articles: list[dict[str, Any]] = []
    if text.strip():
        pattern = _like(text.strip())
        stmt = (select(a.c.article_id, a.c.external_id, a.c.title, a.c.outlet, a.c.pub_date)
                .where(or_(func.lower(a.c.title).like(pattern, escape="\\"),
                           func.lower(a.c.text).like(pattern, escape="\\")))
                .order_by(a.c.pub_date.desc(), a.c.article_id).limit(limit))
        with store.engine.connect() as conn:
            articles = [dict(r._mapping) for r in conn.execute(stmt)]
    return {"events": events, "articles": articles}


def matching_event_ids(store: Any, q: EventQuery) -> list[int]:
    """Every matching event id (no paging), for downloads of the filtered set."""
    conds = _conditions(q)
    stmt = select(S.c.event_id).order_by(S.c.event_id)
    if conds:
        stmt = stmt.where(and_(*conds))
    with store.engine.connect() as conn:
        return list(conn.scalars(stmt))
