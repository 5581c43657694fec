"""Numbered schema migrations, applied in order and recorded in `schema_migrations`.

A migration is a function of a connection; once released it never changes: a schema change is a
new, higher-numbered migration. `migrate()` is idempotent and runs inside one transaction.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, select

from sitrep.store import schema

Migration = tuple[int, str, Callable[[Connection], None]]


def _initial_schema(conn: Connection) -> None:
    tables = [schema.articles, schema.extractions, schema.incident_reports, schema.casualty_claims,
              schema.perpetrator_claims, schema.cumulative_tolls, schema.events, schema.event_members]
    schema.metadata.create_all(conn, tables=tables)


def _corrections(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.corrections])


MIGRATIONS: list[Migration] = [
    (1, "initial schema: articles, extractions, reports, claims, tolls, events", _initial_schema),
    (2, "corrections: analysts' merges and splits, with who and when", _corrections),
]


def applied_versions(conn: Connection) -> set[int]:
    schema.metadata.create_all(conn, tables=[schema.schema_migrations])
    return set(conn.scalars(select(schema.schema_migrations.c.version)))


def migrate(conn: Connection) -> list[int]:
    """Apply every migration not yet applied; return the versions applied now."""
    done = applied_versions(conn)
    applied = []
    for version, name, apply in MIGRATIONS:
        if version in done:
            continue
        apply(conn)
        conn.execute(schema.schema_migrations.insert().values(
            version=version, name=name, applied_at=datetime.now(timezone.utc).replace(tzinfo=None)))
        applied.append(version)
    return applied
