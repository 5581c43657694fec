"""Storage behind one narrow interface: `Store`, over SQLAlchemy Core.

SQLite by default (a file path), PostgreSQL by URL (`postgresql://...`): the same code path.
Every write that belongs together happens in one transaction (an article's reports, claims and
tolls; a linking pass's events), so an interrupted run leaves either the old rows or the new
ones, and re-running resumes without duplicates.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, or_, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import InputError, NotFoundError, StoreError, mask_secrets, one_line
from sitrep.ingest import text_hash
from sitrep.records import (Article, ArticleExtraction, IncidentReport, incident_from_dict, to_dict,
                            toll_from_dict)
from sitrep.store import schema
from sitrep.store.index import CONTESTED_FLAGS, write_event_index
from sitrep.store.migrations import migrate
from sitrep.store.workbench import WorkbenchTables, chunked

DEFAULT_DB = "sitrep.db"
SQLITE_BUSY_SECONDS = 300      # how long a writer waits for another process's write to finish
SUPPORTED_SCHEMES = ("sqlite", "postgresql", "postgresql+psycopg", "postgres")
MAX_ID = 2**31 - 1             # event ids are int4 on PostgreSQL


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a path or URL: `sitrep.db` -> `sqlite:///sitrep.db`;
    `postgresql://u@host/db` -> `postgresql+psycopg://u@host/db` (the driver sitrep installs)."""
    db = str(db)
    if "://" not in db:
        return f"sqlite:///{db}"
    scheme = db.split("://", 1)[0].lower()
    if scheme not in SUPPORTED_SCHEMES:
        raise StoreError(f"unsupported database URL {mask_secrets(db)}: sitrep stores in SQLite (a file path "
                         "or sqlite:///path) or PostgreSQL (postgresql://user@host/db)")
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix):]
    return db


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # sitrep issues BEGIN itself (see _sqlite_begin), so the driver must not.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
    cur.execute("PRAGMA foreign_keys=ON")
    _switch_to_wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _switch_to_wal(cur: Any) -> None:
    """Put the file in WAL mode (kept in the file: later connections find it there). Switching
    fails at once with "database is locked" when another process opened the new file at the same
    moment (SQLite calls no busy handler for it), so the switch is retried until it goes through."""
    import sqlite3
    import time

    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")   # a no-op once the other process has switched it
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_begin(conn: Connection) -> None:
    """Writes begin IMMEDIATE: the write lock is taken first, so two processes' writes queue for
    it instead of one failing with "database is locked" when it turns a read into a write."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("sitrep_write") else "BEGIN")


def _sqlite_path(url: str) -> Path | None:
    return Path(url[len("sqlite:///"):]) if url.startswith("sqlite:///") and url != "sqlite:///:memory:" else None


class Store(WorkbenchTables):
    """The sitrep database. Open with `Store.open(path_or_url)`; the schema is migrated on open."""

    def __init__(self, engine: Engine, location: str):
        self.engine = engine
        self.location = location
        # On SQLite, transactions begun through `writer` take the write lock at BEGIN.
        self.writer = engine.execution_options(sitrep_write=True)

    @classmethod
    def open(cls, db: str | Path = DEFAULT_DB, create: bool = True) -> "Store":
        """Open (and migrate) the database. `create=False` is for commands that only read or
        work on what is stored: a SQLite file that does not exist is an error (a mistyped
        --db path), not a new empty database."""
        shown = mask_secrets(str(db))
        url = database_url(db)
        path = _sqlite_path(url)
        if path is not None:
            if not path.parent.exists():
                raise StoreError(f"cannot open database {db}: folder {path.parent} does not exist")
            if not create and not path.exists():
                raise StoreError(f"no database at {db}: check --db or SITREP_DB; `sitrep run` or "
                                 "`sitrep ingest` creates one")
            if path.is_dir():
                raise StoreError(f"cannot open database {db}: it is a folder")
        try:
            engine = create_engine(url)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
                event.listen(engine, "begin", _sqlite_begin)
            with engine.execution_options(sitrep_write=True).begin() as conn:
                migrate(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {shown}: {one_line(exc)}") from None
        except ImportError as exc:
            raise StoreError(f"cannot open database {shown}: its driver is not installed ({exc.name})") from None
        location = str(path.resolve()) if path is not None else engine.url.render_as_string(hide_password=True)
        return cls(engine, location)

    def _write(self) -> AbstractContextManager[Connection]:
        """A write transaction (on SQLite it holds the write lock from its first statement)."""
        return self.writer.begin()

    def _insert_ignoring(self, table, conflict: list[str]):
        """INSERT that does nothing when a row with the same `conflict` key exists (by another
        process too): re-ingest and concurrent ingest store an article once."""
        maker = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        return maker(table).on_conflict_do_nothing(index_elements=conflict)

    def close(self) -> None:
        self.engine.dispose()

    # --- articles ------------------------------------------------------------------------------

    def add_articles(self, batch: Iterable[Article]) -> list[bool]:
        """Insert articles not yet stored; return, per article, whether it was new. One transaction."""
        batch = list(batch)
        results = []
        with self._write() as conn:
            ids = [a.article_id for a in batch]
            present = set(conn.scalars(select(schema.articles.c.article_id)
                                       .where(schema.articles.c.article_id.in_(ids)))) if ids else set()
            for article in batch:
                if article.article_id in present:
                    results.append(False)
                    continue
                inserted = conn.execute(self._insert_ignoring(schema.articles, ["article_id"]).values(
                    article_id=article.article_id, external_id=article.external_id,
                    text_hash=text_hash(article.text), title=article.title, text=article.text,
                    outlet=article.outlet, pub_date=article.pub_date, url=article.url,
                    source_path=article.source_path, source_row=article.source_row, meta=article.meta,
                    ingested_at=_now()).returning(schema.articles.c.article_id))
                present.add(article.article_id)
                results.append(inserted.first() is not None)
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
        with self._write() as conn:
            self._claim_article(conn, aid)
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
        with self._write() as conn:
            self._claim_article(conn, article_id)
            self._mark_extracted(conn, article_id, version, "failed", error)

    def _claim_article(self, conn: Connection, article_id: str) -> None:
        """Lock the article's row for this transaction (PostgreSQL; SQLite's BEGIN IMMEDIATE already
        holds the database), so two processes replacing one article's extraction take turns and
        the second replaces the first's rows instead of colliding with them."""
        if self.engine.dialect.name == "postgresql":
            conn.execute(select(schema.articles.c.article_id)
                         .where(schema.articles.c.article_id == article_id).with_for_update())

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
        # one executemany per table (rows in claim order), not one statement per claim
        casualties = [dict(
            report_id=report_id, article_id=report.article_id, idx=n, outcome=c.outcome, low=c.low,
            high=c.high, victims=c.victims, qualifier=c.qualifier, speaker=c.speaker.name,
            speaker_canonical=c.speaker.canonical, speaker_type=c.speaker.kind,
            evidence_start=c.evidence.start, evidence_end=c.evidence.end, evidence=c.evidence.text)
            for n, c in enumerate(report.casualty_claims)]
        if casualties:
            conn.execute(insert(schema.casualty_claims), casualties)
        perpetrators = [dict(
            report_id=report_id, article_id=report.article_id, idx=n, perpetrator=p.perpetrator,
            stance=p.stance, speaker=p.speaker.name, speaker_canonical=p.speaker.canonical,
            speaker_type=p.speaker.kind, evidence_start=p.evidence.start, evidence_end=p.evidence.end,
            evidence=p.evidence.text) for n, p in enumerate(report.perpetrator_claims)]
        if perpetrators:
            conn.execute(insert(schema.perpetrator_claims), perpetrators)

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

    def reports(self, article_ids: list[str] | None = None) -> list[IncidentReport]:
        """Stored incident reports in article and index order: all, or those of `article_ids`."""
        t = schema.incident_reports
        query = select(t.c.record).order_by(t.c.article_id, t.c.idx)
        with self.engine.connect() as conn:
            if article_ids is None:
                return [incident_from_dict(r) for r in conn.scalars(query)]
            return [incident_from_dict(r) for part in chunked(sorted(set(article_ids)))
                    for r in conn.scalars(query.where(t.c.article_id.in_(part)))]

    # --- events --------------------------------------------------------------------------------

    def event_assignments(self) -> dict[tuple[str, int], int]:
        with self.engine.connect() as conn:
            return {(r.article_id, r.idx): r.event_id for r in conn.execute(select(schema.event_members))}

    def save_events(self, assignments: dict[tuple[str, int], int], rows: list[dict[str, Any]],
                    basis: tuple[set[tuple[str, int]], dict[tuple[str, int], int]] | None = None) -> bool:
        """Replace event membership and event rows in one transaction; True when saved.

        `rows` are dicts with the columns of `events` (summary as JSON-ready data). `basis` is what
        the linking pass read (the report keys and the earlier assignments): if another process
        changed either since, nothing is written and False is returned, so the caller links again
        on fresh data rather than overwrite newer events with older ones."""
        with self._write() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(text("LOCK TABLE event_members, events IN EXCLUSIVE MODE"))
            if basis is not None:
                keys, previous = basis
                now_keys = {(r.article_id, r.idx) for r in conn.execute(
                    select(schema.incident_reports.c.article_id, schema.incident_reports.c.idx))}
                now_previous = {(r.article_id, r.idx): r.event_id for r in conn.execute(select(schema.event_members))}
                if now_keys != keys or now_previous != previous:
                    return False
            conn.execute(delete(schema.event_members))
            if assignments:
                conn.execute(insert(schema.event_members), [
                    {"article_id": aid, "idx": idx, "event_id": eid} for (aid, idx), eid in assignments.items()])
            conn.execute(delete(schema.events))
            now = _now()
            if rows:
                conn.execute(insert(schema.events), [{**row, "updated_at": now} for row in rows])
            write_event_index(conn, rows, replace_all=True)
        return True

    def event(self, event_id: int) -> dict[str, Any]:
        if not 0 <= event_id <= MAX_ID:
            raise NotFoundError(f"no event {event_id}; `sitrep events` lists them")
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.events).where(schema.events.c.event_id == event_id)).first()
        if row is None:
            raise NotFoundError(f"no event {event_id}; `sitrep events` lists them")
        return dict(row._mapping)

    def events(self, contested: bool = False, limit: int | None = None,
               event_ids: list[int] | None = None) -> list[dict[str, Any]]:
        """Events (all, or these), largest first (by best killed, then number of reports).
        Contested: figures disagree or blame is disputed (one source alone is no contradiction)."""
        e = schema.events
        query = select(e).order_by(func.coalesce(e.c.killed_best, -1).desc(), e.c.n_reports.desc(), e.c.event_id)
        if contested:
            query = query.where(or_(*(e.c.flags.contains(flag) for flag in CONTESTED_FLAGS)))
        with self.engine.connect() as conn:
            if event_ids is None:
                return [dict(r._mapping) for r in conn.execute(query.limit(limit) if limit else query)]
            rows = [dict(r._mapping) for part in chunked(sorted(set(event_ids)))
                    for r in conn.execute(query.where(e.c.event_id.in_(part)))]
        rows.sort(key=lambda r: (-(r["killed_best"] if r["killed_best"] is not None else -1), -r["n_reports"],
                                 r["event_id"]))
        return rows[:limit] if limit else rows

    # --- analyst corrections -------------------------------------------------------------------

    def add_correction(self, kind: str, payload: dict[str, Any], analyst: str, note: str | None = None) -> int:
        """Record a merge or split with who made it and when; returns its id."""
        with self._write() as conn:
            return conn.execute(insert(schema.corrections).values(
                kind=kind, payload=payload, analyst=analyst, note=note, created_at=_now())).inserted_primary_key[0]

    def corrections(self) -> list[dict[str, Any]]:
        """Every correction, oldest first (they are replayed in this order)."""
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(schema.corrections).order_by(schema.corrections.c.correction_id))]

    # --- errors met on the way (ingest errors, refused claims) --------------------------------

    def add_input_errors(self, stage: str, errors: Iterable[InputError]) -> None:
        """Keep what went wrong with an input (file, row/line/byte, reason, when), so no bad row
        is known only from a terminal's scrollback. The same error seen again updates its time."""
        rows = []
        for err in errors:
            source, location = err.split_where()
            reason = err.problem[:2000]
            key = hashlib.sha256("\x1f".join((stage, source, location, reason)).encode()).hexdigest()[:32]
            rows.append({"error_key": key, "stage": stage, "source": source, "location": location,
                         "reason": reason, "seen_at": _now()})
        if not rows:
            return
        maker = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        statement = maker(schema.ingest_errors)
        statement = statement.on_conflict_do_update(index_elements=["error_key"],
                                                    set_={"seen_at": statement.excluded.seen_at})
        with self._write() as conn:
            for row in rows:
                conn.execute(statement.values(**row))

    def input_errors(self, stage: str | None = None) -> list[dict[str, Any]]:
        """Every kept input error, in the order first met."""
        e = schema.ingest_errors
        query = select(e).order_by(e.c.error_id)
        if stage:
            query = query.where(e.c.stage == stage)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

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
