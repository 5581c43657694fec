"""Exports: the articles-jsonl interchange schema (shared/gold/GUIDELINES.md) and events CSV.

Pure functions from records to rows; the store hands them records, the CLI writes the file.
"""
from __future__ import annotations

from typing import Any

from sitrep.link import fold
from sitrep.records import (Article, ArticleExtraction, CasualtyClaim, CumulativeToll, IncidentReport,
                            PerpetratorClaim, Speaker)


def according_to(speaker: Speaker) -> str:
    """A claim's source for the interchange schema: the canonical speaker, and the words the text names it with,
    in brackets, where they differ ("Syrian Observatory for Human Rights (the Britain-based monitor)", "Gaza Health
    Ministry (the Palestinian Ministry of Health)"). The schema names a source as the text names it; the database
    resolves it to one entity. Both, in the schema's own form for a source's second name, so that a reader (and
    the scorer) can hold either against the article. Names that hold brackets already stay canonical alone."""
    canonical, written = speaker.canonical, speaker.name
    if not written or "(" in canonical + written or _bare(written) == _bare(canonical):
        return canonical
    return f"{canonical} ({written})"


def _bare(name: str) -> str:
    return fold(name).removeprefix("the ")


def casualty_claim_record(claim: CasualtyClaim) -> dict[str, Any]:
    return {
        "outcome": claim.outcome, "low": claim.low, "high": claim.high, "victims": claim.victims,
        "according_to": according_to(claim.speaker), "speaker_as_written": claim.speaker.name,
        "speaker_type": claim.speaker.kind, "qualifier": claim.qualifier,
        "evidence": claim.evidence.text, "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end, "sentence": claim.sentence.text,
    }


def perpetrator_claim_record(claim: PerpetratorClaim) -> dict[str, Any]:
    return {
        "perpetrator": claim.perpetrator, "according_to": according_to(claim.speaker),
        "speaker_as_written": claim.speaker.name, "speaker_type": claim.speaker.kind,
        "stance": claim.stance, "actor": claim.actor, "evidence": claim.evidence.text,
        "evidence_start": claim.evidence.start, "evidence_end": claim.evidence.end,
        "sentence": claim.sentence.text,
    }


def toll_record(toll: CumulativeToll) -> dict[str, Any]:
    return {"outcome": toll.outcome, "low": toll.low, "high": toll.high, "scope": toll.scope,
            "according_to": according_to(toll.speaker) if toll.speaker else None,
            "evidence": toll.evidence.text, "evidence_start": toll.evidence.start,
            "evidence_end": toll.evidence.end}


def incident_record(report: IncidentReport, event_id: int | None) -> dict[str, Any]:
    place, when = report.place, report.date
    return {
        "main": report.main,
        "event_type": report.event_type,
        "date": when.start.isoformat() if when.start else None,
        "date_end": when.end.isoformat() if when.end else None,
        "time_precision": when.precision,
        "date_evidence": when.evidence.text if when.evidence else None,
        "place": place.name if place else None,
        "town": place.town if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "acled_geo_precision": ACLED_GEO_PRECISION.get(place.precision) if place else None,
        "ucdp_where_prec": UCDP_WHERE_PREC.get(place.precision) if place else None,
        "acled_time_precision": ACLED_TIME_PRECISION.get(when.precision),
        "ucdp_date_prec": UCDP_DATE_PREC.get(when.precision),
        "place_evidence": place.evidence.text if place and place.evidence else None,
        "casualty_claims": [casualty_claim_record(c) for c in report.casualty_claims],
        "perpetrator_claims": [perpetrator_claim_record(c) for c in report.perpetrator_claims],
        "event_id": event_id,
    }


def article_record(article: Article, extraction: ArticleExtraction | None,
                   event_of: dict[tuple[str, int], int] | None = None) -> dict[str, Any]:
    """One line of the articles-jsonl export: the gold schema plus provenance fields."""
    event_of = event_of or {}
    incidents = extraction.incidents if extraction else []
    return {
        "unit_id": article.external_id,
        "article_id": article.article_id,
        "outlet": article.outlet,
        "title": article.title,
        "pub_date": article.pub_date.isoformat() if article.pub_date else None,
        "source_path": article.source_path,
        "source_row": article.source_row,
        "incidents": [incident_record(r, event_of.get(r.key)) for r in incidents],
        "cumulative_tolls": [toll_record(t) for t in (extraction.cumulative_tolls if extraction else [])],
    }


# --- writers over a store ---------------------------------------------------------------------

EXPORT_FORMATS = ("articles-jsonl", "events-csv")

# ACLED's column names (https://acleddata.com codebook) and UCDP GED's, then sitrep's own. Where a
# name is ACLED's (event_type, time_precision, geo_precision) it holds ACLED's value; sitrep's
# own value of the same thing is in sitrep_event_type, date_precision, sitrep_geo_precision.
ACLED_COLUMNS = ["event_date", "time_precision", "event_type", "sub_event_type", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "source", "notes", "fatalities"]
UCDP_COLUMNS = ["date_start", "date_end", "date_prec", "where_prec", "low", "best", "high", "number_of_sources"]
EVENTS_CSV_COLUMNS = [
    "event_id", *ACLED_COLUMNS, *UCDP_COLUMNS,
    "sitrep_event_type", "date_precision", "acled_time_precision", "ucdp_date_prec",
    "place", "town", "country", "sitrep_geo_precision", "acled_geo_precision",
    "ucdp_where_prec", "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
    "n_reports", "n_articles", "n_outlets", "n_speakers", "flags", "contested", "speakers", "perpetrators",
    "actor1", "assoc_actor_1", "inter1", "actor2", "inter2", "article_ids",
]

# sitrep's geo precision (1 exact place .. 5 country) in ACLED's codes (1 town, 2 near a town or part
# of a region, 3 larger region) and UCDP GED's where_prec (1 exact, 2 within 25 km, 3 admin2,
# 4 admin1, 6 country).
ACLED_GEO_PRECISION = {1: 1, 2: 2, 3: 3, 4: 3, 5: 3}
UCDP_WHERE_PREC = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6}
# Time precision in ACLED's codes (1 day, 2 week, 3 month or coarser) and UCDP's date_prec
# (1 day, 2 two to six days, 3 week, 4 month, 5 year).
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
UCDP_DATE_PREC = {"day": 1, "week": 3, "month": 4, "year": 5}


def precision_of_range(start: str | None, end: str | None) -> str:
    """The time precision an event's date range implies: one day, up to a week, a month, or more."""
    from datetime import date

    if not start:
        return "unknown"
    days = (date.fromisoformat(end or start) - date.fromisoformat(start)).days
    return "day" if days == 0 else "week" if days <= 7 else "month" if days <= 31 else "year"


def event_csv_row(event: dict[str, Any], outlets: dict[str, str | None] | None = None) -> dict[str, Any]:
    """One events-CSV row from a stored event and its reconciled summary (`outlets`: article id ->
    outlet, for ACLED's source column)."""
    s = event["summary"] or {}
    place = s.get("place") or {}
    outcomes = s.get("outcomes") or {}
    time_precision = precision_of_range(s.get("date_start"), s.get("date_end"))
    row: dict[str, Any] = {
        "event_id": event["event_id"], "event_type": s.get("event_type"),
        "date_start": s.get("date_start"), "date_end": s.get("date_end"), "time_precision": time_precision,
        "acled_time_precision": ACLED_TIME_PRECISION.get(time_precision),
        "ucdp_date_prec": UCDP_DATE_PREC.get(time_precision),
        "place": place.get("name"), "town": place.get("town"), "admin1": place.get("admin1"),
        "country": place.get("country"), "latitude": place.get("lat"), "longitude": place.get("lon"),
        "geo_precision": place.get("precision"),
        "acled_geo_precision": ACLED_GEO_PRECISION.get(place.get("precision")),
        "ucdp_where_prec": UCDP_WHERE_PREC.get(place.get("precision")),
        "n_reports": event.get("n_reports"), "n_articles": s.get("n_articles"), "n_outlets": s.get("n_outlets"),
        "n_speakers": s.get("n_speakers"), "flags": event.get("flags") or "",
        "speakers": "; ".join(r.get("speaker", "") for r in s.get("speakers") or []),
        "perpetrators": "; ".join(sorted({f"{b['perpetrator']} ({b['stance']}, {b['speaker']})"
                                          for b in s.get("blames") or []})),
        "article_ids": "; ".join(s.get("articles") or []),
    }
    for outcome in ("killed", "injured"):
        bounds = outcomes.get(outcome) or {}
        for b in ("low", "best", "high"):
            row[f"{outcome}_{b}"] = bounds.get(b)
    row.update(acled_actors(s))
    row.update(acled_ucdp_fields(event, row, outlets or {}))
    return row


CIVILIAN_VICTIMS = ("civilians", "children", "women")


def acled_actors(summary: dict[str, Any]) -> dict[str, Any]:
    """ACLED-style actor columns from a reconciled summary, where they can be known.

    actor1: the canonical actor most often blamed or claiming the event (a claim of responsibility
    counts before an accusation; a denial counts for nobody); assoc_actor_1: the other actors the same
    speakers blame with it ("Russian and regime strikes"); actor2: the victims' side, civilians
    ("Civilians (Syria)", inter 7) when a figure counts civilians, the state's forces when one counts
    security forces killed by someone else; inter1/inter2: ACLED's actor-type codes, a state's forces
    abroad being external forces (8). Blames whose words name nobody ("gunmen") leave actor1 empty.
    """
    from collections import Counter

    from sitrep.actors import default_actors

    table = default_actors()
    country = (summary.get("place") or {}).get("country")
    blames = [b for b in summary.get("blames") or [] if b.get("actor") and b.get("stance") != "denies"]
    votes = Counter()
    for b in blames:
        votes[b["actor"]] += 2 if b["stance"] == "claims_responsibility" else 1
    out: dict[str, Any] = {"actor1": None, "assoc_actor_1": None, "inter1": None, "actor2": None, "inter2": None}
    actor1 = table.by_canonical_name(min(votes, key=lambda a: (-votes[a], a))) if votes else None
    if actor1 is not None:
        out["actor1"], out["inter1"] = actor1.name, actor1.inter_in(country)
        speakers = {b["speaker"] for b in blames if b["actor"] == actor1.name}
        assoc = sorted({b["actor"] for b in blames if b["speaker"] in speakers and b["actor"] != actor1.name})
        out["assoc_actor_1"] = "; ".join(assoc) or None
    victims = set(summary.get("victim_groups") or [])
    side = None
    if victims & set(CIVILIAN_VICTIMS):
        side = table.civilians(country)
    elif "security_forces" in victims:
        state = table.state_forces(country)
        side = state if state is not None and (actor1 is None or state.name != actor1.name) else None
    if side is not None:
        out["actor2"], out["inter2"] = side.name, side.inter_in(country)
    return out


# sitrep's event types as ACLED's (event_type, sub_event_type)
ACLED_TYPES = {
    "armed_clash": ("Battles", "Armed clash"),
    "assault_on_town": ("Battles", "Armed clash"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "air_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide_bombing": ("Explosions/Remote violence", "Suicide bomb"),
    "chemical_attack": ("Explosions/Remote violence", "Chemical weapon"),
    "massacre": ("Violence against civilians", "Attack"),
    "execution": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "mass_grave": ("Strategic developments", "Other"),
    "other": ("Strategic developments", "Other"),
}


def event_notes(s: dict[str, Any]) -> str:
    """ACLED-style notes: what, where, each speaker's killed figure, who blames whom, the flags."""
    place = (s.get("place") or {}).get("name") or "an unknown place"
    parts = [f"{(s.get('event_type') or 'event').replace('_', ' ')} at {place}."]
    figures = [f"{r['speaker']}: {r['figures']['killed']}" for r in s.get("speakers") or []
               if (r.get("figures") or {}).get("killed")]
    if figures:
        parts.append("Killed according to " + "; ".join(figures) + ".")
    blames = [f"{b['speaker']} {b['stance'].replace('_', ' ')} {b['perpetrator']}" for b in s.get("blames") or []]
    if blames:
        parts.append("; ".join(blames) + ".")
    if s.get("flags"):
        parts.append("Flags: " + ", ".join(s["flags"]) + ".")
    return " ".join(parts)


def acled_ucdp_fields(event: dict[str, Any], row: dict[str, Any], outlets: dict[str, str | None]) -> dict[str, Any]:
    """The ACLED- and UCDP-named columns of one event, from its sitrep columns and summary.
    fatalities is the low figure (ACLED codes a conservative count); low / best / high are UCDP's."""
    from sitrep.store.index import is_contested

    s = event["summary"] or {}
    acled_type, acled_sub = ACLED_TYPES.get(row.get("event_type") or "other", ACLED_TYPES["other"])
    sources = sorted({o for o in (outlets.get(a) for a in s.get("articles") or []) if o})
    return {
        "sitrep_event_type": row.get("event_type"), "date_precision": row.get("time_precision"),
        "sitrep_geo_precision": row.get("geo_precision"),
        "event_date": row.get("date_start"), "time_precision": row.get("acled_time_precision"),
        "event_type": acled_type, "sub_event_type": acled_sub, "location": row.get("place"),
        "geo_precision": row.get("acled_geo_precision"), "source": "; ".join(sources),
        "notes": event_notes(s), "fatalities": row.get("killed_low"),
        "date_prec": row.get("ucdp_date_prec"), "where_prec": row.get("ucdp_where_prec"),
        "low": row.get("killed_low"), "best": row.get("killed_best"), "high": row.get("killed_high"),
        "number_of_sources": row.get("n_outlets"), "contested": is_contested(event.get("flags")),
    }


def write_articles_jsonl(store: Any, fh: Any) -> int:
    """One JSON object per stored article, in the gold interchange schema; returns the count."""
    import json

    event_of = store.event_assignments()
    n = 0
    for article in store.articles():
        fh.write(json.dumps(article_record(article, store.extraction(article.article_id), event_of),
                            ensure_ascii=False) + "\n")
        n += 1
    return n


def write_events_csv(store: Any, fh: Any, events: list[dict[str, Any]] | None = None) -> int:
    """Events (all, or these) as CSV with ACLED- and UCDP-compatible columns, then sitrep's own."""
    from sitrep.csvcell import SafeDictWriter

    writer = SafeDictWriter(fh, fieldnames=EVENTS_CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    outlets = store.outlets()
    for event in store.events() if events is None else events:
        writer.writerow(event_csv_row(event, outlets))
        n += 1
    return n
