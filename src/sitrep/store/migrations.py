"""Numbered schema migrations, applied in order and recorded in `schema_migrations`.

A migration is a function of a connection; once released it never changes: a schema change is a
new, higher-numbered migration. `migrate()` is idempotent and runs inside one transaction.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, select, text

from sitrep.store import schema

Migration = tuple[int, str, Callable[[Connection], None]]


def _initial_schema(conn: Connection) -> None:
    tables = [schema.articles, schema.extractions, schema.incident_reports, schema.casualty_claims,
              schema.perpetrator_claims, schema.cumulative_tolls, schema.events, schema.event_members]
    schema.metadata.create_all(conn, tables=tables)


def _corrections(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.corrections])


def _bigint_figures(conn: Connection) -> None:
    """PostgreSQL's INTEGER is 4 bytes: figures of 2^31 and more ("2,500,000,000 displaced") did
    not fit. SQLite's INTEGER is already 8 bytes."""
    if conn.dialect.name != "postgresql":
        return
    for table, columns in schema.FIGURE_COLUMNS.items():
        for column in columns:
            conn.execute(text(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE BIGINT"))


def _ingest_errors(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.ingest_errors])


def _users(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.users, schema.web_secrets])


def _claim_reviews(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.claim_reviews])


def _audit_log(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.audit_log])


def _event_index(conn: Connection) -> None:
    from sitrep.store.index import rebuild_event_index

    schema.metadata.create_all(conn, tables=[schema.event_search, schema.event_facets])
    rebuild_event_index(conn)


MIGRATIONS: list[Migration] = [
    (1, "initial schema: articles, extractions, reports, claims, tolls, events", _initial_schema),
    (2, "corrections: analysts' merges and splits, with who and when", _corrections),
    (3, "figures as BIGINT on PostgreSQL", _bigint_figures),
    (4, "ingest_errors: every bad input and refused claim, kept", _ingest_errors),
    (10, "users and the session signing key of the web app", _users),
    (11, "claim_reviews: analysts' corrections, verifications and added claims", _claim_reviews),
    (12, "audit_log: every analyst action with who, when, before and after", _audit_log),
    (13, "event_search and event_facets: the events page's filters, sorts and search", _event_index),
]


def applied_versions(conn: Connection) -> set[int]:
    schema.metadata.create_all(conn, tables=[schema.schema_migrations])
    return set(conn.scalars(select(schema.schema_migrations.c.version)))


def migrate(conn: Connection) -> list[int]:
    """Apply every migration not yet applied; return the versions applied now. Two processes
    opening a new database at once take turns (an advisory lock on PostgreSQL; on SQLite the
    caller's transaction holds the write lock)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(7406319)"))
    done = applied_versions(conn)
    applied = []
    for version, name, apply in sorted(MIGRATIONS, key=lambda m: m[0]):
        if version in done:
            continue
        apply(conn)
        conn.execute(schema.schema_migrations.insert().values(
            version=version, name=name, applied_at=datetime.now(timezone.utc).replace(tzinfo=None)))
        applied.append(version)
    return applied
