"""The analyst workbench's tables behind the `Store` interface: users, the session key, claim
reviews, the audit log, and single-event updates (a review re-reconciles one event, not all)."""
from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Engine, delete, false, insert, or_, select, update

from sitrep.store import schema
from sitrep.store.index import write_event_index


IN_CHUNK = 500   # values per IN (...) list: far below SQLite's and PostgreSQL's bound-parameter limits


def chunked(values: list[Any]) -> list[list[Any]]:
    """`values` in slices of IN_CHUNK, so a filter on thousands of ids stays within the
    driver's limit on bound parameters (SQLite: 32766, or 999 on old builds)."""
    return [values[i:i + IN_CHUNK] for i in range(0, len(values), IN_CHUNK)]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class WorkbenchTables:
    engine: Engine

    def _write(self) -> Any:   # provided by Store: a write transaction (BEGIN IMMEDIATE on SQLite)
        raise NotImplementedError

    # --- users and the session key ---------------------------------------------------------------

    def set_user(self, username: str, password_hash: str) -> bool:
        """Create a user or replace its password hash; True when the user is new."""
        with self._write() as conn:
            exists = conn.scalar(select(schema.users.c.username).where(schema.users.c.username == username))
            if exists:
                conn.execute(update(schema.users).where(schema.users.c.username == username)
                             .values(password_hash=password_hash))
            else:
                conn.execute(insert(schema.users).values(username=username, password_hash=password_hash,
                                                         created_at=_now()))
        return not exists

    def password_hash(self, username: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(schema.users.c.password_hash).where(schema.users.c.username == username))

    def secret(self, name: str) -> str:
        """A random secret kept in the database (created on first use), e.g. the cookie signing key."""
        with self._write() as conn:
            value = conn.scalar(select(schema.web_secrets.c.value).where(schema.web_secrets.c.name == name))
            if value is None:
                value = secrets.token_urlsafe(48)
                conn.execute(insert(schema.web_secrets).values(name=name, value=value))
        return value

    # --- reviews and the audit log -----------------------------------------------------------------

    def add_review(self, review: dict[str, Any], audit: dict[str, Any]) -> int:
        """Record one claim review and its audit entry in one transaction; returns the review id."""
        with self._write() as conn:
            review_id = conn.execute(insert(schema.claim_reviews).values(**review, created_at=_now())
                                     ).inserted_primary_key[0]
            conn.execute(insert(schema.audit_log).values(**audit, created_at=_now()))
        return review_id

    def claim_reviews(self, article_ids: list[str] | None = None) -> list[dict[str, Any]]:
        """Reviews, oldest first (they are applied in this order), of some articles or all."""
        t = schema.claim_reviews
        with self.engine.connect() as conn:
            if article_ids is None:
                return [dict(r._mapping) for r in conn.execute(select(t).order_by(t.c.review_id))]
            rows = [dict(r._mapping) for part in chunked(sorted(set(article_ids)))
                    for r in conn.execute(select(t).where(t.c.article_id.in_(part)))]
        return sorted(rows, key=lambda r: r["review_id"])

    def add_audit(self, audit: dict[str, Any]) -> None:
        with self._write() as conn:
            conn.execute(insert(schema.audit_log).values(**audit, created_at=_now()))

    def audit_entries(self, event_id: int | None = None, article_ids: list[str] | None = None,
                      limit: int | None = None) -> list[dict[str, Any]]:
        """Audit entries, newest first: of an event (or touching its articles), or all."""
        a = schema.audit_log
        query = select(a).order_by(a.c.audit_id.desc())
        conds = []
        if event_id is not None:
            conds.append(a.c.event_id == event_id)
        if article_ids:
            conds.append(a.c.article_id.in_(article_ids))
        if event_id is not None or article_ids is not None:
            query = query.where(or_(*conds) if conds else false())
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def outlets(self) -> dict[str, str | None]:
        """article id -> outlet, for every article (without loading texts)."""
        a = schema.articles
        with self.engine.connect() as conn:
            return {r.article_id: r.outlet for r in conn.execute(select(a.c.article_id, a.c.outlet))}

    def article_facts(self, article_ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
        """article id -> external id, outlet, publication date (without loading texts), of
        these articles or all."""
        a = schema.articles
        query = select(a.c.article_id, a.c.external_id, a.c.outlet, a.c.pub_date)
        with self.engine.connect() as conn:
            if article_ids is None:
                return {r.article_id: dict(r._mapping) for r in conn.execute(query)}
            return {r.article_id: dict(r._mapping) for part in chunked(sorted(set(article_ids)))
                    for r in conn.execute(query.where(a.c.article_id.in_(part)))}

    # --- one event at a time -----------------------------------------------------------------------

    def event_member_keys(self, event_id: int) -> list[tuple[str, int]]:
        with self.engine.connect() as conn:
            return sorted((r.article_id, r.idx) for r in conn.execute(
                select(schema.event_members).where(schema.event_members.c.event_id == event_id)))

    def events_of_articles(self, article_ids: list[str]) -> dict[tuple[str, int], int]:
        """Report key -> event id, for the reports of these articles."""
        m = schema.event_members
        with self.engine.connect() as conn:
            return {(r.article_id, r.idx): r.event_id for part in chunked(sorted(set(article_ids)))
                    for r in conn.execute(select(m).where(m.c.article_id.in_(part)))}

    def members_of_events(self, event_ids: list[int]) -> dict[tuple[str, int], int]:
        """Report key -> event id, for the reports of these events (a filtered download)."""
        m = schema.event_members
        with self.engine.connect() as conn:
            return {(r.article_id, r.idx): r.event_id for part in chunked(sorted(set(event_ids)))
                    for r in conn.execute(select(m).where(m.c.event_id.in_(part)))}

    def replace_event(self, row: dict[str, Any]) -> None:
        """Rewrite one event row (a re-reconciled summary) and its index rows, in one transaction."""
        e = schema.events
        with self._write() as conn:
            conn.execute(delete(e).where(e.c.event_id == row["event_id"]))
            conn.execute(insert(e).values(**row, updated_at=_now()))
            write_event_index(conn, [row], replace_all=False)
