"""The database tables, in SQLAlchemy Core so SQLite and PostgreSQL share one definition.

articles            one row per distinct article (external id + text)
extractions         which articles have been extracted, by which extractor version, and failures
incident_reports    one article's account of one incident (place, date, type; full record as JSON)
casualty_claims     figures with bounds, speaker and evidence offsets (queryable projection of reports)
perpetrator_claims  who is blamed, by whom, with stance and evidence offsets
cumulative_tolls    background aggregates, never incident claims
events              linked real-world incidents with their reconciled summary
event_members       which incident report belongs to which event
corrections         analysts' merges and splits of events: who, when, which reports (an audit trail)
ingest_errors       every bad input met (file, row/line/byte, reason, when) and every refused claim
schema_migrations   applied schema versions
"""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer,
                        MetaData, String, Table, Text, UniqueConstraint)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("article_id", String(32), primary_key=True),
    Column("external_id", String(200), nullable=False, index=True),
    Column("text_hash", String(32), nullable=False, index=True),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("outlet", String(200)),
    Column("pub_date", Date),
    Column("url", Text),
    Column("source_path", Text),
    Column("source_row", Integer),
    Column("meta", JSON),
    Column("ingested_at", DateTime, nullable=False),
)

extractions = Table(
    "extractions", metadata,
    Column("article_id", String(32), ForeignKey("articles.article_id"), primary_key=True),
    Column("extractor_version", String(20), nullable=False),
    Column("status", String(10), nullable=False),  # ok | failed
    Column("error", Text),
    Column("extracted_at", DateTime, nullable=False),
)

incident_reports = Table(
    "incident_reports", metadata,
    Column("report_id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.article_id"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("main", Boolean, nullable=False),
    Column("event_type", String(40), nullable=False),
    Column("place", Text),
    Column("town", Text),
    Column("admin1", String(100)),
    Column("country", String(100)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("time_precision", String(10)),
    Column("record", JSON, nullable=False),
    UniqueConstraint("article_id", "idx", name="uq_report_article_idx"),
)

_evidence = lambda: [Column("evidence_start", Integer, nullable=False),  # noqa: E731
                     Column("evidence_end", Integer, nullable=False),
                     Column("evidence", Text, nullable=False)]

casualty_claims = Table(
    "casualty_claims", metadata,
    Column("claim_id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", Integer, ForeignKey("incident_reports.report_id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("article_id", String(32), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("low", BigInteger),
    Column("high", BigInteger),
    Column("victims", String(30), nullable=False),
    Column("qualifier", String(40)),
    Column("speaker", Text, nullable=False),
    Column("speaker_canonical", Text, nullable=False),
    Column("speaker_type", String(30), nullable=False),
    *_evidence(),
)

perpetrator_claims = Table(
    "perpetrator_claims", metadata,
    Column("claim_id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", Integer, ForeignKey("incident_reports.report_id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("article_id", String(32), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("perpetrator", Text, nullable=False),
    Column("stance", String(30), nullable=False),
    Column("speaker", Text, nullable=False),
    Column("speaker_canonical", Text, nullable=False),
    Column("speaker_type", String(30), nullable=False),
    *_evidence(),
)

cumulative_tolls = Table(
    "cumulative_tolls", metadata,
    Column("toll_id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.article_id"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("low", BigInteger),
    Column("high", BigInteger),
    Column("scope", Text),
    Column("record", JSON, nullable=False),
    *_evidence(),
)

events = Table(
    "events", metadata,
    Column("event_id", Integer, primary_key=True, autoincrement=False),
    Column("event_type", String(40)),
    Column("admin1", String(100)),
    Column("place", Text),
    Column("date_start", Date),
    Column("killed_low", BigInteger),
    Column("killed_best", BigInteger),
    Column("killed_high", BigInteger),
    Column("n_reports", Integer, nullable=False),
    Column("n_sources", Integer),
    Column("flags", Text),
    Column("summary", JSON, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

event_members = Table(
    "event_members", metadata,
    Column("article_id", String(32), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("event_id", Integer, nullable=False, index=True),
)

corrections = Table(
    "corrections", metadata,
    Column("correction_id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),        # merge | split
    Column("payload", JSON, nullable=False),           # the report keys the correction binds
    Column("analyst", String(200), nullable=False),
    Column("note", Text),
    Column("created_at", DateTime, nullable=False),
)

ingest_errors = Table(
    "ingest_errors", metadata,
    Column("error_id", Integer, primary_key=True, autoincrement=True),
    Column("error_key", String(32), nullable=False, unique=True),   # hash of the four columns below
    Column("stage", String(20), nullable=False),                     # ingest | extract
    Column("source", Text, nullable=False),                          # the file
    Column("location", String(100), nullable=False),                 # row, line or byte; "" for a file
    Column("reason", Text, nullable=False),
    Column("seen_at", DateTime, nullable=False),                     # the last time it was met
)

# Figures are BIGINT: a figure that fits no int4 ("99999999999999999999") is refused before storing
# (sitrep.extract.sanity), and every figure that passes fits.
FIGURE_COLUMNS = {"casualty_claims": ("low", "high"), "cumulative_tolls": ("low", "high"),
                  "events": ("killed_low", "killed_best", "killed_high")}

Index("ix_reports_admin1_date", incident_reports.c.admin1, incident_reports.c.date_start)

# --- the analyst workbench (migrations 10-14) --------------------------------------------------
# users             analysts who may review (argon2 password hashes)
# web_secrets       the key that signs session cookies, kept so a restart keeps analysts logged in
# claim_reviews     analysts' decisions on casualty claims, keyed by what survives re-extraction
#                   (article, outcome as extracted, evidence offsets), re-applied on every linking pass
# audit_log         every analyst action: who, when, what, before, after, note
# event_search      one row per event with the columns the events page filters and sorts on
# event_facets      an event's speakers, blamed actors and words, for the filters and free-text search

users = Table(
    "users", metadata,
    Column("username", String(100), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

web_secrets = Table(
    "web_secrets", metadata,
    Column("name", String(50), primary_key=True),
    Column("value", Text, nullable=False),
)

claim_reviews = Table(
    "claim_reviews", metadata,
    Column("review_id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), nullable=False, index=True),
    Column("outcome", String(20), nullable=False),       # as extracted: part of the claim's key
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("action", String(10), nullable=False),        # correct | verify | reject | reopen | add
    Column("fields", JSON),                              # corrected values, or the whole added claim
    Column("incident_index", Integer),                   # add: the incident report it belongs to
    Column("analyst", String(100), nullable=False),
    Column("note", Text),
    Column("created_at", DateTime, nullable=False),
)

audit_log = Table(
    "audit_log", metadata,
    Column("audit_id", Integer, primary_key=True, autoincrement=True),
    Column("analyst", String(100), nullable=False),
    Column("action", String(30), nullable=False),
    Column("target", Text, nullable=False),
    Column("event_id", Integer, index=True),
    Column("article_id", String(32), index=True),
    Column("before", JSON),
    Column("after", JSON),
    Column("note", Text),
    Column("created_at", DateTime, nullable=False),
)

event_search = Table(
    "event_search", metadata,
    Column("event_id", Integer, primary_key=True, autoincrement=False),
    Column("event_type", String(40)),
    Column("place", Text),
    Column("admin1", String(100)),
    Column("country", String(100)),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("month", String(7)),                          # YYYY-MM, for the timeline
    Column("killed_low", BigInteger),                    # figures can pass 2^31 ("2,500,000,000 displaced")
    Column("killed_best", BigInteger),
    Column("killed_high", BigInteger),
    Column("killed_sort", BigInteger, nullable=False),   # killed_best, -1 when unknown (sorts alike everywhere)
    Column("n_reports", Integer, nullable=False),
    Column("n_sources", Integer),
    Column("flags", Text),
    Column("contested", Boolean, nullable=False),        # figures_disagree or blame_disputed
    Column("lat", Float),
    Column("lon", Float),
)

event_facets = Table(
    "event_facets", metadata,
    Column("kind", String(10), primary_key=True),        # speaker | actor | word (for free-text search)
    Column("value", String(300), primary_key=True),
    Column("event_id", Integer, primary_key=True, autoincrement=False),
)

Index("ix_event_search_killed", event_search.c.killed_sort, event_search.c.event_id)
Index("ix_event_search_contested", event_search.c.contested, event_search.c.killed_sort)
Index("ix_event_search_date", event_search.c.date_start)
Index("ix_event_search_contested_date", event_search.c.contested, event_search.c.date_start)
# a filter on one column, then sorted by killed or date, or grouped by month, reads an index alone
for _col in (event_search.c.country, event_search.c.admin1, event_search.c.event_type):
    Index(f"ix_event_search_{_col.name}_killed", _col, event_search.c.killed_sort, event_search.c.event_id)
    Index(f"ix_event_search_{_col.name}_date", _col, event_search.c.date_start)
    Index(f"ix_event_search_{_col.name}_month", _col, event_search.c.month, event_search.c.killed_sort)
del _col
Index("ix_event_search_month", event_search.c.month, event_search.c.killed_sort, event_search.c.contested)
Index("ix_event_facets_event", event_facets.c.event_id)
Index("ix_claim_reviews_key", claim_reviews.c.article_id, claim_reviews.c.outcome, claim_reviews.c.evidence_start)
