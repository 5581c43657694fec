"""The JSON API under /api/ (read-only; its OpenAPI schema is /api/openapi.json): events with
filters and paging, one event with its claims and review states, one article with its
extraction, claims, the analysts' corrections and reviews, and search."""
from __future__ import annotations

from typing import Any, Callable

from fastapi import APIRouter, Depends, HTTPException, Query

from sitrep import query, views
from sitrep.query import EventQuery
from sitrep.records import to_dict
from sitrep.review import ClaimView, claim_views
from sitrep.store import Store


def claim_json(view: ClaimView) -> dict[str, Any]:
    """One claim for the API and the claims export: values in force, as extracted, review state."""
    c = view.claim
    return {
        "claim": view.key_text, "article_id": view.key[0], "incident_index": view.report_index,
        "outcome": c.outcome, "low": c.low, "high": c.high, "victims": c.victims,
        "speaker": c.speaker.canonical, "speaker_as_written": c.speaker.name, "speaker_type": c.speaker.kind,
        "qualifier": c.qualifier, "evidence": c.evidence.text, "evidence_start": c.evidence.start,
        "evidence_end": c.evidence.end, "sentence": c.sentence.text,
        "review_status": view.state.status, "verified_by": view.state.verified_by,
        "rejected_by": view.state.rejected_by, "corrected": view.state.corrected,
        "extracted": None if view.extracted is None else {
            "outcome": view.extracted.outcome, "low": view.extracted.low, "high": view.extracted.high,
            "speaker": view.extracted.speaker.canonical, "speaker_type": view.extracted.speaker.kind},
    }


def api_router(store: Store, event_query: Callable[..., EventQuery]) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["api"])

    @router.get("/events", summary="Events matching the filters, one page, sorted")
    def events(q: EventQuery = Depends(event_query)) -> dict[str, Any]:
        found = query.find_events(store, q)
        return {"total": found.total, "page": q.page, "pages": found.pages, "per_page": q.per_page,
                "events": found.rows}

    @router.get("/events/{event_id}", summary="One event: reconciled summary, claims with review state, audit")
    def event(event_id: int) -> dict[str, Any]:
        v = views.event_view(store, event_id)
        return {"event_id": event_id, "flags": (v.event.get("flags") or "").split(",") if v.event.get("flags") else [],
                "contested": v.contested, "summary": v.summary,
                "reports": [list(k) for k in v.report_keys], "claims": [claim_json(c) for c in v.claims],
                "nearby": v.nearby, "audit": v.audit}

    @router.get("/articles/{article_id}", summary="One article: text, incident reports, claims, cumulative tolls")
    def article(article_id: str) -> dict[str, Any]:
        a = views.article_view(store, article_id)
        return {**to_dict(a.article), "extracted": a.extracted,
                "incidents": [{**to_dict(r), "event_id": a.event_of.get(r.index)} for r in a.reports],
                "claims": [claim_json(c) for c in a.claims], "cumulative_tolls": to_dict(a.tolls), "audit": a.audit}

    @router.get("/claims", summary="Casualty claims of an event or an article, with their review state")
    def claims(event_id: int | None = None, article_id: str | None = None) -> dict[str, Any]:
        if (event_id is None) == (article_id is None):
            raise HTTPException(400, "give exactly one of event_id or article_id")
        if event_id is not None:
            return {"claims": [claim_json(c) for c in views.event_view(store, event_id).claims]}
        assert article_id is not None
        extraction = store.extraction(store.article(article_id).article_id)
        reports = extraction.incidents if extraction else []
        return {"claims": [claim_json(c) for c in claim_views(reports, store.claim_reviews([article_id]))]}

    @router.get("/corrections", summary="Analysts' merges and splits, claim reviews, and the audit log")
    def corrections(limit: int = Query(500, ge=1, le=10000)) -> dict[str, Any]:
        return {"corrections": store.corrections(), "reviews": store.claim_reviews(),
                "audit": store.audit_entries(limit=limit)}

    @router.get("/search", summary="Events and articles matching words")
    def search(q: str = Query(..., min_length=1), limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        return query.search(store, q, limit)

    return router
