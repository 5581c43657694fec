"""Analysts' reviews of casualty claims: correct, verify, reject, reopen, add a missed claim.

A review never edits what extraction stored. It is kept in `claim_reviews`, keyed by what
survives a re-extraction: the article, the claim's outcome as extracted, and its evidence
offsets. Every linking pass reads the stored reports through `apply_reviews`, so `sitrep run`
again, or a re-extraction after an extractor-version bump, keeps the analysts' decisions: the
raw claim comes back, and the review is laid over it again. When a new extractor moves the
evidence span a little, a review follows the claim of the same article and outcome whose
evidence overlaps the reviewed span.

Actions (replayed oldest first into one `ClaimState` per claim):

    correct  new values for any of low, high, outcome, victims, speaker, speaker_type; earlier
             verifications lapse (they vouched for the old values)
    verify   this analyst vouches for the claim as it now stands (two reviewers show as two names)
    reject   the claim is wrong: it stays visible, marked, and no longer counts in the figures
    reopen   back to unreviewed (corrections stay)
    add      a claim extraction missed, from a span the analyst selected in the article

Each action writes an audit entry (who, when, before, after, note) in the same transaction, and
the events holding the article are reconciled again, so pages and exports show the reviewed
figures at once.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitrep.errors import NotFoundError, SitrepError
from sitrep.records import (OUTCOMES, SPEAKER_TYPES, VICTIMS, CasualtyClaim, IncidentReport, Span, Speaker)

REVIEW_ACTIONS = ("correct", "verify", "reject", "reopen")   # on an extracted claim; "add" makes a new one
CORRECTABLE = ("low", "high", "outcome", "victims", "speaker", "speaker_type")

ClaimKey = tuple[str, str, int, int]   # article_id, outcome as extracted, evidence start, evidence end


class ReviewError(SitrepError):
    """A review that cannot be applied: unknown action, a value out of range, a span outside the text."""


def claim_key(article_id: str, claim: CasualtyClaim) -> ClaimKey:
    return (article_id, claim.outcome, claim.evidence.start, claim.evidence.end)


def key_text(key: ClaimKey) -> str:
    """A claim key as one token for URLs and forms: `ARTICLE:OUTCOME:START-END`.

    >>> key_text(("002_8b47", "killed", 120, 151))
    '002_8b47:killed:120-151'
    """
    return f"{key[0]}:{key[1]}:{key[2]}-{key[3]}"


def parse_key(text: str) -> ClaimKey:
    """The claim key a form or URL carries.

    >>> parse_key('002_8b47:killed:120-151')
    ('002_8b47', 'killed', 120, 151)
    """
    try:
        article_id, outcome, span = text.rsplit(":", 2)
        start, end = span.split("-")
        return (article_id, outcome, int(start), int(end))
    except ValueError:
        raise ReviewError(f"bad claim reference {text!r}: expected ARTICLE:OUTCOME:START-END") from None


@dataclass
class ClaimState:
    """What analysts decided about one claim, after replaying its reviews."""

    corrected: dict[str, Any] = field(default_factory=dict)   # field -> value now in force
    verified_by: list[str] = field(default_factory=list)
    rejected_by: str | None = None
    added: dict[str, Any] | None = None                       # the fields of an analyst-added claim
    incident_index: int | None = None
    reviews: list[dict[str, Any]] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.rejected_by:
            return "rejected"
        if self.verified_by:
            return "verified"
        if self.corrected:
            return "corrected"
        if self.added is not None:
            return "added"
        return "unreviewed"


def review_states(reviews: Iterable[dict[str, Any]]) -> dict[ClaimKey, ClaimState]:
    """Replay reviews (oldest first) into one state per claim key."""
    states: dict[ClaimKey, ClaimState] = {}
    for r in reviews:
        key = (r["article_id"], r["outcome"], r["evidence_start"], r["evidence_end"])
        state = states.setdefault(key, ClaimState())
        state.reviews.append(r)
        action, fields = r["action"], r.get("fields") or {}
        if action == "add":
            state.added = dict(fields)
            state.incident_index = r.get("incident_index")
        elif action == "correct":
            state.corrected.update({k: v for k, v in fields.items() if k in CORRECTABLE})
            state.verified_by = []
        elif action == "verify":
            state.rejected_by = None
            if r["analyst"] not in state.verified_by:
                state.verified_by.append(r["analyst"])
        elif action == "reject":
            state.rejected_by = r["analyst"]
            state.verified_by = []
        elif action == "reopen":
            state.rejected_by = None
            state.verified_by = []
    return states


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_states(article_id: str, claims: list[CasualtyClaim],
                 states: dict[ClaimKey, ClaimState]) -> dict[int, tuple[ClaimKey, ClaimState]]:
    """claim position -> (review key, state) for the extracted claims of one report: the exact key
    first, then a claim of the same outcome whose evidence overlaps a reviewed span that no longer
    matches exactly (a re-extraction moved it)."""
    found: dict[int, tuple[ClaimKey, ClaimState]] = {}
    exact = {claim_key(article_id, c): i for i, c in enumerate(claims)}
    for key, state in states.items():
        if key[0] != article_id or state.added is not None:
            continue
        if key in exact:
            found[exact[key]] = (key, state)
    for key, state in states.items():
        if key[0] != article_id or state.added is not None or key in exact:
            continue
        for i, c in enumerate(claims):
            if i not in found and c.outcome == key[1] and _overlaps((c.evidence.start, c.evidence.end), key[2:]):
                found[i] = (key, state)
                break
    return found


def corrected_claim(claim: CasualtyClaim, corrected: dict[str, Any]) -> CasualtyClaim:
    """A copy of the claim with the analysts' values in force."""
    c = copy.deepcopy(claim)
    for name in ("low", "high", "outcome", "victims"):
        if name in corrected:
            setattr(c, name, corrected[name])
    if "speaker" in corrected or "speaker_type" in corrected:
        name = corrected.get("speaker", c.speaker.canonical)
        c.speaker = Speaker(name, name, corrected.get("speaker_type", c.speaker.kind), None)
    return c


def added_claim(fields: dict[str, Any], key: ClaimKey) -> CasualtyClaim:
    span = Span(key[2], key[3], fields.get("evidence", ""))
    speaker = fields.get("speaker") or "the outlet"
    return CasualtyClaim(fields.get("outcome", key[1]), fields.get("low"), fields.get("high"),
                         fields.get("victims", "all"), Speaker(speaker, speaker, fields.get("speaker_type", "outlet")),
                         span, span, None)


def apply_reviews(reports: list[IncidentReport], reviews: Iterable[dict[str, Any]]) -> list[IncidentReport]:
    """Reports as the analysts left them: corrections in force, rejected claims out, added claims
    in (in the report they were added to, or the article's main report). The input is not changed."""
    states = review_states(reviews)
    if not states:
        return reports
    by_article: dict[str, list[IncidentReport]] = {}
    for r in reports:
        by_article.setdefault(r.article_id, []).append(r)
    reviewed_articles = {k[0] for k in states}
    out = []
    for report in reports:
        if report.article_id not in reviewed_articles:
            out.append(report)
            continue
        report = copy.copy(report)
        matched = match_states(report.article_id, report.casualty_claims, states)
        claims = []
        for i, c in enumerate(report.casualty_claims):
            state = matched.get(i, (None, None))[1]
            if state is None:
                claims.append(c)
            elif not state.rejected_by:
                claims.append(corrected_claim(c, state.corrected))
        siblings = by_article[report.article_id]
        home = {r.index for r in siblings}
        main = next((r.index for r in siblings if r.main), siblings[0].index)
        for key, state in states.items():
            if key[0] == report.article_id and state.added is not None and not state.rejected_by:
                target = state.incident_index if state.incident_index in home else main
                if target == report.index:
                    claims.append(corrected_claim(added_claim(state.added, key), state.corrected))
        report.casualty_claims = claims
        out.append(report)
    return out


# --- recording reviews ------------------------------------------------------------------------

@dataclass
class ClaimView:
    """One claim as a page shows it: values in force, the values extraction gave, the review state."""

    key: ClaimKey
    report_index: int
    claim: CasualtyClaim          # values in force
    extracted: CasualtyClaim | None   # None for an analyst-added claim
    state: ClaimState

    @property
    def key_text(self) -> str:
        return key_text(self.key)

    @property
    def anchor(self) -> str:
        """The id of the claim's row on a page (letters, digits and dashes)."""
        return "claim-" + "".join(ch if ch.isalnum() else "-" for ch in self.key_text)

    def values(self) -> dict[str, Any]:
        c = self.claim
        return {"outcome": c.outcome, "low": c.low, "high": c.high, "victims": c.victims,
                "speaker": c.speaker.canonical, "speaker_type": c.speaker.kind}


def claim_views(reports: list[IncidentReport], reviews: Iterable[dict[str, Any]]) -> list[ClaimView]:
    """Every claim of these reports (one article's or one event's), rejected and added ones included."""
    states = review_states(reviews)
    views = []
    for report in reports:
        matched = match_states(report.article_id, report.casualty_claims, states)
        for i, c in enumerate(report.casualty_claims):
            key, state = matched.get(i, (claim_key(report.article_id, c), ClaimState()))
            views.append(ClaimView(key, report.index, corrected_claim(c, state.corrected), c, state))
    articles = {r.article_id: r for r in reports}
    indexes = {(r.article_id, r.index) for r in reports}
    for key, state in states.items():
        if state.added is None or key[0] not in articles:
            continue
        siblings = [r for r in reports if r.article_id == key[0]]
        main = next((r.index for r in siblings if r.main), siblings[0].index)
        index = state.incident_index if (key[0], state.incident_index) in indexes else main
        views.append(ClaimView(key, index, corrected_claim(added_claim(state.added, key), state.corrected),
                               None, state))
    return views


def validate_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise corrected values; unknown names, bad outcomes and inverted bounds are errors."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in CORRECTABLE:
            raise ReviewError(f"{name!r} cannot be corrected (one of {', '.join(CORRECTABLE)})")
        if name in ("low", "high"):
            if value in (None, ""):
                out[name] = None
                continue
            try:
                out[name] = int(value)
            except (TypeError, ValueError):
                raise ReviewError(f"{name} must be a whole number, not {value!r}") from None
            if out[name] < 0:
                raise ReviewError(f"{name} cannot be negative")
        elif name == "outcome" and value not in OUTCOMES:
            raise ReviewError(f"outcome must be one of {', '.join(OUTCOMES)}")
        elif name == "victims" and value not in VICTIMS:
            raise ReviewError(f"victims must be one of {', '.join(VICTIMS)}")
        elif name == "speaker_type" and value not in SPEAKER_TYPES:
            raise ReviewError(f"speaker type must be one of {', '.join(SPEAKER_TYPES)}")
        elif name == "speaker":
            value = " ".join(str(value).split())
            if not value:
                raise ReviewError("speaker cannot be empty")
            out[name] = value[:200]
        else:
            out[name] = value
    return out


def _article_reports(store: Any, article_id: str) -> list[IncidentReport]:
    extraction = store.extraction(article_id)
    if extraction is None:
        raise NotFoundError(f"article {article_id} has no extraction")
    return extraction.incidents


def _find_view(store: Any, key: ClaimKey) -> ClaimView:
    reports = _article_reports(store, key[0])
    for view in claim_views(reports, store.claim_reviews([key[0]])):
        if view.key == key:
            return view
    raise NotFoundError(f"no claim {key_text(key)}")


def review_claim(store: Any, key: ClaimKey, action: str, analyst: str, fields: dict[str, Any] | None = None,
                 note: str | None = None) -> ClaimView:
    """Correct, verify, reject or reopen one claim; audited; the events holding it are reconciled again."""
    if action not in REVIEW_ACTIONS:
        raise ReviewError(f"unknown review action {action!r}")
    view = _find_view(store, key)
    fields = validate_fields(fields or {}) if action == "correct" else {}
    if action == "correct":
        fields = {k: v for k, v in fields.items() if view.values().get(k) != v}
        if not fields:
            raise ReviewError("the correction changes nothing")
        low, high = fields.get("low", view.claim.low), fields.get("high", view.claim.high)
        if low is not None and high is not None and low > high:
            raise ReviewError(f"low {low} is above high {high}")
    before = {"values": view.values(), "status": view.state.status}
    store.add_review(
        {"article_id": key[0], "outcome": key[1], "evidence_start": key[2], "evidence_end": key[3],
         "action": action, "fields": fields or None, "incident_index": None, "analyst": analyst, "note": note},
        _audit(analyst, f"claim.{action}", key, before, fields or {"status": action}, note))
    reconcile_articles(store, [key[0]])
    return _find_view(store, key)


def add_claim(store: Any, article_id: str, incident_index: int, start: int, end: int, fields: dict[str, Any],
              analyst: str, note: str | None = None) -> ClaimView:
    """Add a claim extraction missed, from a span of the article the analyst selected."""
    article = store.article(article_id)
    if not (0 <= start < end <= len(article.text)):
        raise ReviewError(f"span {start}-{end} lies outside the article ({len(article.text)} characters)")
    fields = validate_fields(fields)
    if "outcome" not in fields:
        raise ReviewError("an added claim needs an outcome")
    if fields.get("low") is None and fields.get("high") is None:
        raise ReviewError("an added claim needs a low or a high figure")
    if fields.get("low") is not None and fields.get("high") is not None and fields["low"] > fields["high"]:
        raise ReviewError(f"low {fields['low']} is above high {fields['high']}")
    fields["evidence"] = article.text[start:end]
    key = (article_id, fields["outcome"], start, end)
    store.add_review(
        {"article_id": article_id, "outcome": fields["outcome"], "evidence_start": start, "evidence_end": end,
         "action": "add", "fields": fields, "incident_index": incident_index, "analyst": analyst, "note": note},
        _audit(analyst, "claim.add", key, None, fields, note))
    reconcile_articles(store, [article_id])
    return _find_view(store, key)


def _audit(analyst: str, action: str, key: ClaimKey, before: Any, after: Any, note: str | None,
           event_id: int | None = None) -> dict[str, Any]:
    return {"analyst": analyst, "action": action, "target": key_text(key), "event_id": event_id,
            "article_id": key[0], "before": before, "after": after, "note": note}


def event_reports(store: Any, event_id: int) -> tuple[list[tuple[str, int]], list[str], list[IncidentReport]]:
    """One event's member keys and articles (sorted) and its stored reports, read in one query."""
    keys = store.event_member_keys(event_id)
    wanted = set(keys)
    article_ids = sorted({k[0] for k in keys})
    return keys, article_ids, [r for r in store.reports(article_ids) if r.key in wanted]


def event_items(store: Any, event_id: int) -> list[Any]:
    """The LinkItems of one event's reports, reviews applied (what reconcile reads)."""
    from sitrep.link import LinkItem

    _, article_ids, reports = event_reports(store, event_id)
    articles = {a.article_id: a for a in store.articles(article_ids)}
    reports = apply_reviews(reports, store.claim_reviews(article_ids))
    return [LinkItem(report=r, outlet=articles[r.article_id].outlet, pub_date=articles[r.article_id].pub_date,
                     title=articles[r.article_id].title, text=articles[r.article_id].text) for r in reports]


def reconcile_event(store: Any, event_id: int) -> None:
    """Reconcile one event again from its stored reports and reviews, and store it."""
    from sitrep.pipeline import event_row
    from sitrep.reconcile import reconcile
    from sitrep.syndication import copy_groups

    items = event_items(store, event_id)
    if not items:
        return
    groups = copy_groups({i.report.article_id: i.text for i in items})
    store.replace_event(event_row(event_id, reconcile(event_id, items, groups), len(items)))


def reconcile_articles(store: Any, article_ids: list[str]) -> list[int]:
    """Reconcile again every event holding a report of these articles; returns their ids."""
    event_ids = sorted(set(store.events_of_articles(article_ids).values()))
    for event_id in event_ids:
        reconcile_event(store, event_id)
    return event_ids


# --- merges and splits, audited ----------------------------------------------------------------

def merge_events(store: Any, event_ids: list[int], analyst: str, note: str | None = None) -> int:
    """Merge events (pipeline.merge_events, kept on re-link) and audit it; returns the merged id."""
    from sitrep import pipeline

    if len(set(event_ids)) < 2:
        raise ReviewError("a merge needs two or more different events")
    before = {str(e): [list(k) for k in store.event_member_keys(e)] for e in event_ids}
    pipeline.merge_events(store, sorted(set(event_ids)), analyst, note)
    merged = min(event_ids)
    store.add_audit({"analyst": analyst, "action": "event.merge", "target": f"events {', '.join(map(str, event_ids))}",
                     "event_id": merged, "article_id": None, "before": before,
                     "after": {str(merged): [list(k) for k in store.event_member_keys(merged)]}, "note": note})
    for e in event_ids:
        if e != merged:
            store.add_audit({"analyst": analyst, "action": "event.merge", "target": f"event {e} -> {merged}",
                             "event_id": e, "article_id": None, "before": before, "after": {"merged_into": merged},
                             "note": note})
    return merged


def split_event(store: Any, event_id: int, report_refs: list[str], analyst: str, note: str | None = None) -> int:
    """Split reports out of an event (pipeline.split_event) and audit it; returns the new event's id."""
    from sitrep import pipeline

    before = [list(k) for k in store.event_member_keys(event_id)]
    pipeline.split_event(store, event_id, report_refs, analyst, note)
    moved = pipeline.resolve_report_ref(store, report_refs[0])[0]
    new_id = store.event_assignments()[moved]
    store.add_audit({"analyst": analyst, "action": "event.split", "target": f"event {event_id}: {', '.join(report_refs)}",
                     "event_id": event_id, "article_id": None, "before": {str(event_id): before},
                     "after": {str(event_id): [list(k) for k in store.event_member_keys(event_id)],
                               str(new_id): [list(k) for k in store.event_member_keys(new_id)]}, "note": note})
    store.add_audit({"analyst": analyst, "action": "event.split", "target": f"split out of event {event_id}",
                     "event_id": new_id, "article_id": None, "before": None,
                     "after": {str(new_id): [list(k) for k in store.event_member_keys(new_id)]}, "note": note})
    return new_id
