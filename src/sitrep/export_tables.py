"""More exports for analysts' own tools: events as GeoJSON and Parquet, the claims table (one row
per casualty or perpetrator claim with speaker, actor, evidence and review state), and the audit
log. Every CSV goes through `sitrep.csvcell.SafeDictWriter` (no cell is read as a formula).

The web app's download buttons call `export_bytes` with the events page's filters; the CLI's
`sitrep export --format geojson|parquet|claims-csv|audit-csv` writes everything.
"""
from __future__ import annotations

import io
import json
from typing import Any

from sitrep.csvcell import SafeDictWriter
from sitrep.export import EVENTS_CSV_COLUMNS, event_csv_row, write_articles_jsonl, write_events_csv

CLAIMS_CSV_COLUMNS = [
    "event_id", "article_id", "external_id", "outlet", "pub_date", "incident_index", "claim_kind", "claim",
    "outcome", "low", "high", "victims", "qualifier", "perpetrator", "actor", "stance",
    "speaker", "speaker_as_written", "speaker_type", "evidence", "evidence_start", "evidence_end", "sentence",
    "review_status", "verified_by", "rejected_by", "corrected", "extracted_outcome", "extracted_low",
    "extracted_high", "extracted_speaker",
]
AUDIT_CSV_COLUMNS = ["audit_id", "created_at", "analyst", "action", "target", "event_id", "article_id",
                     "before", "after", "note"]


def _events(store: Any, event_ids: list[int] | None) -> list[dict[str, Any]]:
    return store.events(event_ids=event_ids)


def geojson(store: Any, event_ids: list[int] | None = None) -> dict[str, Any]:
    """Events as a GeoJSON FeatureCollection: a Point where the place has coordinates (null
    geometry otherwise, as GeoJSON allows), the events-CSV columns as properties."""
    outlets = store.outlets()
    features = []
    for event in _events(store, event_ids):
        row = event_csv_row(event, outlets)
        lat, lon = row.get("latitude"), row.get("longitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        features.append({"type": "Feature", "id": event["event_id"], "geometry": geometry, "properties": row})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(store: Any, fh: Any, event_ids: list[int] | None = None) -> int:
    data = geojson(store, event_ids)
    json.dump(data, fh, ensure_ascii=False, default=str)
    return len(data["features"])


def write_parquet(store: Any, fh: Any, event_ids: list[int] | None = None) -> int:
    """Events as a Parquet table, the events-CSV columns with their types (numbers stay numbers)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    outlets = store.outlets()
    rows = [event_csv_row(e, outlets) for e in _events(store, event_ids)]
    ints = {"event_id", "time_precision", "geo_precision", "fatalities", "date_prec", "where_prec", "low", "best",
            "high", "number_of_sources", "acled_time_precision", "ucdp_date_prec", "sitrep_geo_precision",
            "acled_geo_precision", "ucdp_where_prec", "n_reports", "n_articles", "n_outlets", "n_speakers",
            *(f"{o}_{b}" for o in ("killed", "injured") for b in ("low", "best", "high"))}
    floats = {"latitude", "longitude"}
    fields = [pa.field(c, pa.int64() if c in ints else pa.float64() if c in floats else
                       pa.bool_() if c == "contested" else pa.string()) for c in EVENTS_CSV_COLUMNS]
    columns = {c: [r.get(c) if c in ints or c in floats or c == "contested" or r.get(c) is None else str(r.get(c))
                   for r in rows] for c in EVENTS_CSV_COLUMNS}
    table = pa.table(columns, schema=pa.schema(fields))
    pq.write_table(table, fh)
    return len(rows)


def claim_rows(store: Any, event_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """One row per claim of the stored reports (of these events, or all): casualty claims with
    their review state and the values extraction gave, perpetrator claims with stance and actor."""
    from sitrep.review import claim_views

    if event_ids is None:
        assignments, reports = store.event_assignments(), store.reports()
    else:   # only the matching events' reports are read, not the whole table
        assignments = store.members_of_events(event_ids)
        reports = [r for r in store.reports(sorted({a for a, _ in assignments})) if r.key in assignments]
    facts = store.article_facts(sorted({r.article_id for r in reports}))
    rows = []
    for view in claim_views(reports, store.claim_reviews(sorted({r.article_id for r in reports}))):
        c, x, st = view.claim, view.extracted, view.state
        rows.append({
            "event_id": assignments.get((view.key[0], view.report_index)), "incident_index": view.report_index,
            "claim_kind": "casualty", "claim": view.key_text, "outcome": c.outcome, "low": c.low, "high": c.high,
            "victims": c.victims, "qualifier": c.qualifier, "speaker": c.speaker.canonical,
            "speaker_as_written": c.speaker.name, "speaker_type": c.speaker.kind, "evidence": c.evidence.text,
            "evidence_start": c.evidence.start, "evidence_end": c.evidence.end, "sentence": c.sentence.text,
            "review_status": st.status, "verified_by": "; ".join(st.verified_by), "rejected_by": st.rejected_by,
            "corrected": json.dumps(st.corrected, ensure_ascii=False) if st.corrected else "",
            "extracted_outcome": x.outcome if x else None, "extracted_low": x.low if x else None,
            "extracted_high": x.high if x else None, "extracted_speaker": x.speaker.canonical if x else None,
            **_article_columns(facts, view.key[0]),
        })
    for r in reports:
        for p in r.perpetrator_claims:
            rows.append({
                "event_id": assignments.get(r.key), "incident_index": r.index, "claim_kind": "perpetrator",
                "perpetrator": p.perpetrator, "actor": getattr(p, "actor", None), "stance": p.stance,
                "speaker": p.speaker.canonical, "speaker_as_written": p.speaker.name, "speaker_type": p.speaker.kind,
                "evidence": p.evidence.text, "evidence_start": p.evidence.start, "evidence_end": p.evidence.end,
                "sentence": p.sentence.text, "review_status": "unreviewed", **_article_columns(facts, r.article_id),
            })
    rows.sort(key=lambda row: (row["event_id"] or 0, row["article_id"], row["incident_index"], row["claim_kind"],
                               row["evidence_start"]))
    return rows


def _article_columns(facts: dict[str, dict[str, Any]], article_id: str) -> dict[str, Any]:
    f = facts.get(article_id) or {}
    return {"article_id": article_id, "external_id": f.get("external_id"), "outlet": f.get("outlet"),
            "pub_date": f.get("pub_date")}


def write_claims_csv(store: Any, fh: Any, event_ids: list[int] | None = None) -> int:
    rows = claim_rows(store, event_ids)
    writer = SafeDictWriter(fh, fieldnames=CLAIMS_CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)


def write_audit_csv(store: Any, fh: Any) -> int:
    """The whole audit log, oldest first: who did what, when, the values before and after, the note."""
    entries = list(reversed(store.audit_entries()))
    writer = SafeDictWriter(fh, fieldnames=AUDIT_CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for e in entries:
        writer.writerow({**e, "before": json.dumps(e["before"], ensure_ascii=False, default=str),
                         "after": json.dumps(e["after"], ensure_ascii=False, default=str)})
    return len(entries)


# download name -> media type
DOWNLOADS = {
    "events.csv": "text/csv; charset=utf-8",
    "claims.csv": "text/csv; charset=utf-8",
    "audit.csv": "text/csv; charset=utf-8",
    "events.geojson": "application/geo+json",
    "events.parquet": "application/vnd.apache.parquet",
    "articles.jsonl": "application/x-ndjson",
}


def export_bytes(store: Any, name: str, q: Any = None) -> tuple[str, bytes]:
    """One download of the web app, limited to the events matching the query `q` (all pages)."""
    from sitrep.query import matching_event_ids

    ids = matching_event_ids(store, q) if q is not None else None
    if name == "events.parquet":
        buf = io.BytesIO()
        write_parquet(store, buf, ids)
        return DOWNLOADS[name], buf.getvalue()
    text = io.StringIO()
    if name == "events.csv":
        write_events_csv(store, text, _events(store, ids))
    elif name == "claims.csv":
        write_claims_csv(store, text, ids)
    elif name == "audit.csv":
        write_audit_csv(store, text)
    elif name == "events.geojson":
        write_geojson(store, text, ids)
    elif name == "articles.jsonl":
        write_articles_jsonl(store, text)
    else:
        raise KeyError(name)
    return DOWNLOADS[name], text.getvalue().encode("utf-8")
