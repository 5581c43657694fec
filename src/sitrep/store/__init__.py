"""Storage behind one narrow interface: `Store`, over SQLAlchemy Core.

SQLite by default (a file path), PostgreSQL by URL (`postgresql://...`): the same code path.
Every write that belongs together happens in one transaction (an article's reports, claims and
tolls; a linking pass's events), so an interrupted run leaves either the old rows or the new
ones, and re-running resumes without duplicates.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import NotFoundError, StoreError
from sitrep.ingest import text_hash
from sitrep.records import (Article, ArticleExtraction, IncidentReport, incident_from_dict, to_dict,
                            toll_from_dict)
from sitrep.store import schema
from sitrep.store.index import CONTESTED_FLAGS, write_event_index
from sitrep.store.migrations import migrate
from sitrep.store.workbench import WorkbenchTables

DEFAULT_DB = "sitrep.db"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a path or URL: `sitrep.db` -> `sqlite:///sitrep.db`;
    `postgresql://u@host/db` -> `postgresql+psycopg://u@host/db` (the driver sitrep installs)."""
    db = str(db)
    if "://" not in db:
        return f"sqlite:///{db}"
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix):]
    return db


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store(WorkbenchTables):
    """The sitrep database. Open with `Store.open(path_or_url)`; the schema is migrated on open."""

    def __init__(self, engine: Engine, location: str):
        self.engine = engine
        self.location = location

    @classmethod
    def open(cls, db: str | Path = DEFAULT_DB) -> "Store":
        url = database_url(db)
        if url.startswith("sqlite:///"):
            parent = Path(url[len("sqlite:///"):]).parent
            if not parent.exists():
                raise StoreError(f"cannot open database {db}: folder {parent} does not exist")
        try:
            engine = create_engine(url)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            with engine.begin() as conn:
                migrate(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {db}: {exc.__class__.__name__}: {exc.args[0] if exc.args else exc}")
        location = str(Path(url[len("sqlite:///"):]).resolve()) if engine.dialect.name == "sqlite" else \
            engine.url.render_as_string(hide_password=True)
        return cls(engine, location)

    def close(self) -> None:
        self.engine.dispose()

    # --- articles ------------------------------------------------------------------------------

    def add_articles(self, batch: Iterable[Article]) -> list[bool]:
        """Insert articles not yet stored; return, per article, whether it was new. One transaction."""
        batch = list(batch)
        results = []
        with self.engine.begin() as conn:
            ids = [a.article_id for a in batch]
            present = set(conn.scalars(select(schema.articles.c.article_id)
                                       .where(schema.articles.c.article_id.in_(ids)))) if ids else set()
            for article in batch:
                if article.article_id in present:
                    results.append(False)
                    continue
                conn.execute(insert(schema.articles).values(
                    article_id=article.article_id, external_id=article.external_id,
                    text_hash=text_hash(article.text), title=article.title, text=article.text,
                    outlet=article.outlet, pub_date=article.pub_date, url=article.url,
                    source_path=article.source_path, source_row=article.source_row, meta=article.meta,
                    ingested_at=_now()))
                present.add(article.article_id)
                results.append(True)
        return results

    @staticmethod
    def _article(row: Any) -> Article:
        return Article(article_id=row.article_id, external_id=row.external_id, text=row.text, title=row.title,
                       outlet=row.outlet, pub_date=row.pub_date, url=row.url, source_path=row.source_path,
                       source_row=row.source_row, meta=row.meta or {})

    def articles(self, article_ids: Iterable[str] | None = None) -> Iterator[Article]:
        query = select(schema.articles).order_by(schema.articles.c.source_path, schema.articles.c.source_row,
                                                 schema.articles.c.article_id)
        if article_ids is not None:
            query = query.where(schema.articles.c.article_id.in_(list(article_ids)))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield self._article(row)

    def article(self, article_id: str) -> Article:
        found = list(self.articles([article_id]))
        if not found:
            raise NotFoundError(f"no article {article_id}")
        return found[0]

    def article_ids_for(self, external_id: str) -> list[str]:
        """Ids of the articles stored under an external id (FA-KES repeats a few)."""
        with self.engine.connect() as conn:
            return list(conn.scalars(select(schema.articles.c.article_id)
                                     .where(schema.articles.c.external_id == external_id)))

    def copies_by_text(self) -> dict[str, list[str]]:
        """text hash -> article ids, for texts stored under more than one external id."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.articles.c.text_hash, schema.articles.c.article_id))
            groups: dict[str, list[str]] = {}
            for h, aid in rows:
                groups.setdefault(h, []).append(aid)
        return {h: ids for h, ids in groups.items() if len(ids) > 1}

    # --- extraction ----------------------------------------------------------------------------

    def pending_extraction(self, version: str) -> list[str]:
        """Ids of articles with no successful extraction by this extractor version."""
        ex = schema.extractions
        query = (select(schema.articles.c.article_id)
                 .outerjoin(ex, ex.c.article_id == schema.articles.c.article_id)
                 .where((ex.c.article_id.is_(None)) | (ex.c.extractor_version != version) | (ex.c.status != "ok"))
                 .order_by(schema.articles.c.source_path, schema.articles.c.source_row, schema.articles.c.article_id))
        with self.engine.connect() as conn:
            return list(conn.scalars(query))

    def save_extraction(self, extraction: ArticleExtraction, version: str) -> None:
        """Replace an article's reports, claims and tolls with this extraction, in one transaction."""
        aid = extraction.article_id
        with self.engine.begin() as conn:
            self._delete_extraction(conn, aid)
            for report in extraction.incidents:
                self._insert_report(conn, report)
            for n, toll in enumerate(extraction.cumulative_tolls):
                conn.execute(insert(schema.cumulative_tolls).values(
                    article_id=aid, idx=n, outcome=toll.outcome, low=toll.low, high=toll.high, scope=toll.scope,
                    record=to_dict(toll), evidence_start=toll.evidence.start, evidence_end=toll.evidence.end,
                    evidence=toll.evidence.text))
            self._mark_extracted(conn, aid, version, "ok", None)

    def save_extraction_failure(self, article_id: str, version: str, error: str) -> None:
        with self.engine.begin() as conn:
            self._mark_extracted(conn, article_id, version, "failed", error)

    @staticmethod
    def _mark_extracted(conn, article_id: str, version: str, status: str, error: str | None) -> None:
        conn.execute(delete(schema.extractions).where(schema.extractions.c.article_id == article_id))
        conn.execute(insert(schema.extractions).values(article_id=article_id, extractor_version=version,
                                                       status=status, error=error, extracted_at=_now()))

    @staticmethod
    def _delete_extraction(conn, article_id: str) -> None:
        for table in (schema.casualty_claims, schema.perpetrator_claims, schema.cumulative_tolls):
            conn.execute(delete(table).where(table.c.article_id == article_id))
        conn.execute(delete(schema.incident_reports).where(schema.incident_reports.c.article_id == article_id))

    @staticmethod
    def _insert_report(conn, report: IncidentReport) -> None:
        place, when = report.place, report.date
        report_id = conn.execute(insert(schema.incident_reports).values(
            article_id=report.article_id, idx=report.index, main=report.main, event_type=report.event_type,
            place=place.name if place else None, town=place.town if place else None,
            admin1=place.admin1 if place else None, country=place.country if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None,
            geo_precision=place.precision if place else None, date_start=when.start, date_end=when.end,
            time_precision=when.precision, record=to_dict(report),
        )).inserted_primary_key[0]
        for n, c in enumerate(report.casualty_claims):
            conn.execute(insert(schema.casualty_claims).values(
                report_id=report_id, article_id=report.article_id, idx=n, outcome=c.outcome, low=c.low,
                high=c.high, victims=c.victims, qualifier=c.qualifier, speaker=c.speaker.name,
                speaker_canonical=c.speaker.canonical, speaker_type=c.speaker.kind,
                evidence_start=c.evidence.start, evidence_end=c.evidence.end, evidence=c.evidence.text))
        for n, p in enumerate(report.perpetrator_claims):
            conn.execute(insert(schema.perpetrator_claims).values(
                report_id=report_id, article_id=report.article_id, idx=n, perpetrator=p.perpetrator,
                stance=p.stance, speaker=p.speaker.name, speaker_canonical=p.speaker.canonical,
                speaker_type=p.speaker.kind, evidence_start=p.evidence.start, evidence_end=p.evidence.end,
                evidence=p.evidence.text))

    def extraction_failures(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            return [(r.article_id, r.error) for r in conn.execute(
                select(schema.extractions).where(schema.extractions.c.status == "failed"))]

    def extraction(self, article_id: str) -> ArticleExtraction | None:
        """The stored extraction of one article, or None if it was never extracted."""
        with self.engine.connect() as conn:
            done = conn.scalar(select(schema.extractions.c.status).where(
                schema.extractions.c.article_id == article_id))
            if done != "ok":
                return None
            reports = [incident_from_dict(r) for r in conn.scalars(
                select(schema.incident_reports.c.record).where(schema.incident_reports.c.article_id == article_id)
                .order_by(schema.incident_reports.c.idx))]
            tolls = [toll_from_dict(r) for r in conn.scalars(
                select(schema.cumulative_tolls.c.record).where(schema.cumulative_tolls.c.article_id == article_id)
                .order_by(schema.cumulative_tolls.c.idx))]
        return ArticleExtraction(article_id, reports, tolls)

    def reports(self) -> list[IncidentReport]:
        with self.engine.connect() as conn:
            return [incident_from_dict(r) for r in conn.scalars(
                select(schema.incident_reports.c.record).order_by(schema.incident_reports.c.article_id,
                                                                  schema.incident_reports.c.idx))]

    # --- events --------------------------------------------------------------------------------

    def event_assignments(self) -> dict[tuple[str, int], int]:
        with self.engine.connect() as conn:
            return {(r.article_id, r.idx): r.event_id for r in conn.execute(select(schema.event_members))}

    def save_events(self, assignments: dict[tuple[str, int], int], rows: list[dict[str, Any]]) -> None:
        """Replace event membership and event rows in one transaction.

        `rows` are dicts with the columns of `events` (summary as JSON-ready data)."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.event_members))
            if assignments:
                conn.execute(insert(schema.event_members), [
                    {"article_id": aid, "idx": idx, "event_id": eid} for (aid, idx), eid in assignments.items()])
            conn.execute(delete(schema.events))
            now = _now()
            if rows:
                conn.execute(insert(schema.events), [{**row, "updated_at": now} for row in rows])
            write_event_index(conn, rows, replace_all=True)

    def event(self, event_id: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.events).where(schema.events.c.event_id == event_id)).first()
        if row is None:
            raise NotFoundError(f"no event {event_id}; `sitrep events` lists them")
        return dict(row._mapping)

    def events(self, contested: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
        """Events, largest first (by best killed, then number of reports). Contested: figures
        disagree or blame is disputed (one source alone is no contradiction)."""
        e = schema.events
        query = select(e).order_by(func.coalesce(e.c.killed_best, -1).desc(), e.c.n_reports.desc(), e.c.event_id)
        if contested:
            query = query.where(or_(*(e.c.flags.contains(flag) for flag in CONTESTED_FLAGS)))
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # --- analyst corrections -------------------------------------------------------------------

    def add_correction(self, kind: str, payload: dict[str, Any], analyst: str, note: str | None = None) -> int:
        """Record a merge or split with who made it and when; returns its id."""
        with self.engine.begin() as conn:
            return conn.execute(insert(schema.corrections).values(
                kind=kind, payload=payload, analyst=analyst, note=note, created_at=_now())).inserted_primary_key[0]

    def corrections(self) -> list[dict[str, Any]]:
        """Every correction, oldest first (they are replayed in this order)."""
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(schema.corrections).order_by(schema.corrections.c.correction_id))]

    # --- bookkeeping ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row count of every table, for summaries and idempotency checks."""
        with self.engine.connect() as conn:
            return {t.name: conn.scalar(select(func.count()).select_from(t)) for t in schema.metadata.sorted_tables
                    if t.name != "schema_migrations"}

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.max(schema.schema_migrations.c.version))) or 0


__all__ = ["Store", "DEFAULT_DB", "database_url"]
