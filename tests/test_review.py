"""Analysts' reviews: corrections, verifications, rejections and added claims are laid over the
extraction, audited, and survive re-linking and re-extraction."""
from __future__ import annotations

import dataclasses

import pytest

from sitrep import pipeline
from sitrep.errors import NotFoundError
from sitrep.records import Span
from sitrep.review import (ReviewError, add_claim, apply_reviews, claim_key, claim_views, merge_events,
                           parse_key, review_claim, review_states, split_event)
from workbench_data import build_store, corpus, event_of


@pytest.fixture
def store(tmp_path):
    return build_store(str(tmp_path / "r.db"))


def taiz_claim_key(store, external_id="taiz-reuters"):
    aid = store.article_ids_for(external_id)[0]
    claim = store.extraction(aid).incidents[0].casualty_claims[0]
    return claim_key(aid, claim)


def killed(store, external_id="taiz-reuters"):
    e = store.event(event_of(store, external_id))
    return e["killed_low"], e["killed_best"], e["killed_high"]


def test_a_correction_changes_the_event_figures_and_is_audited(store):
    assert killed(store) == (12, 12, 19)
    key = taiz_claim_key(store)
    view = review_claim(store, key, "correct", "rana", {"low": "21", "high": "21"}, "the health office said 21")
    assert (view.claim.low, view.claim.high, view.state.status) == (21, 21, "corrected")
    assert (view.extracted.low, view.extracted.high) == (19, 19)          # what extraction said stays visible
    assert killed(store) == (12, 12, 21)
    [entry] = store.audit_entries(article_ids=[key[0]])
    assert (entry["analyst"], entry["action"], entry["note"]) == ("rana", "claim.correct", "the health office said 21")
    assert entry["before"]["values"]["low"] == 19 and entry["after"] == {"low": 21, "high": 21}


def test_reviews_survive_a_rerun_and_a_reextraction(store):
    key = taiz_claim_key(store)
    review_claim(store, key, "correct", "rana", {"low": 21, "high": 21})
    pipeline.link(store)                                                 # `sitrep run` again
    assert killed(store) == (12, 12, 21)
    a, x = corpus()[0]
    store.save_extraction(x, "test-v2")                                  # a new extractor version re-extracts
    pipeline.link(store)
    assert killed(store) == (12, 12, 21)
    # a later extractor widens the evidence span: the review follows the overlapping claim
    moved = dataclasses.replace(x.incidents[0].casualty_claims[0], evidence=Span(key[2] - 3, key[3], "x"))
    x.incidents[0].casualty_claims[0] = moved
    store.save_extraction(x, "test-v3")
    pipeline.link(store)
    assert killed(store) == (12, 12, 21)


def test_two_reviewers_verify_and_a_later_correction_lapses_their_verification(store):
    key = taiz_claim_key(store)
    review_claim(store, key, "verify", "rana")
    view = review_claim(store, key, "verify", "tomas")
    assert (view.state.status, view.state.verified_by) == ("verified", ["rana", "tomas"])
    view = review_claim(store, key, "correct", "tomas", {"speaker": "Taiz health office"})
    assert (view.state.status, view.state.verified_by, view.claim.speaker.canonical) == \
        ("corrected", [], "Taiz health office")


def test_a_rejected_claim_stops_counting_and_can_be_reopened(store):
    key = taiz_claim_key(store)
    view = review_claim(store, key, "reject", "rana", note="the 19 are from an earlier strike")
    assert view.state.status == "rejected" and killed(store) == (12, 12, 12)
    review_claim(store, key, "reopen", "rana")
    assert killed(store) == (12, 12, 19)


def test_an_added_claim_counts_and_shows_who_added_it(store):
    aid = store.article_ids_for("kharkiv-kyivindependent")[0]
    text = store.article(aid).text
    start = text.index("killed four people")
    view = add_claim(store, aid, 0, start, start + len("killed four people"),
                     {"outcome": "injured", "low": "9", "speaker": "regional governor",
                      "speaker_type": "government"}, "oksana", "wounded figure given on air")
    assert (view.state.status, view.claim.outcome, view.claim.low, view.extracted) == ("added", "injured", 9, None)
    assert store.event(event_of(store, "kharkiv-kyivindependent"))["summary"]["outcomes"]["injured"]["low"] == 9
    pipeline.link(store)
    assert store.event(event_of(store, "kharkiv-kyivindependent"))["summary"]["outcomes"]["injured"]["low"] == 9


@pytest.mark.parametrize("action, fields, message", [
    ("correct", {"low": "many"}, "whole number"),
    ("correct", {"low": -3}, "negative"),
    ("correct", {"outcome": "vanished"}, "outcome must be"),
    ("correct", {"speaker_type": "oracle"}, "speaker type"),
    ("correct", {"low": 30, "high": 20}, "above high"),
    ("correct", {"victims": "all"}, "changes nothing"),
    ("correct", {"evidence": "x"}, "cannot be corrected"),
    ("undo", {}, "unknown review action"),
])
def test_bad_reviews_are_refused_with_a_reason(store, action, fields, message):
    with pytest.raises(ReviewError, match=message):
        review_claim(store, taiz_claim_key(store), action, "rana", fields)
    assert store.claim_reviews() == [] and store.audit_entries() == []


def test_unknown_claims_and_spans_outside_the_text(store):
    aid = store.article_ids_for("taiz-reuters")[0]
    with pytest.raises(NotFoundError):
        review_claim(store, (aid, "killed", 0, 3), "verify", "rana")
    with pytest.raises(ReviewError, match="outside the article"):
        add_claim(store, aid, 0, 10, 10_000, {"outcome": "killed", "low": 3}, "rana")
    with pytest.raises(ReviewError):
        parse_key("no-colons")


def test_apply_reviews_leaves_unreviewed_reports_alone():
    (a, x), (b, y) = corpus()[:2]
    key = claim_key(a.article_id, x.incidents[0].casualty_claims[0])
    reviews = [{"article_id": key[0], "outcome": key[1], "evidence_start": key[2], "evidence_end": key[3],
                "action": "correct", "fields": {"low": 20, "high": 20}, "incident_index": None, "analyst": "rana"}]
    reports = [x.incidents[0], y.incidents[0]]
    out = apply_reviews(reports, reviews)
    assert out[1] is reports[1] and out[0].casualty_claims[0].low == 20
    assert reports[0].casualty_claims[0].low == 19                      # input untouched
    assert review_states(reviews)[key].status == "corrected"
    assert [v.state.status for v in claim_views(reports, reviews)] == ["corrected", "unreviewed"]


def test_merge_and_split_from_the_workbench_are_audited(store):
    taiz, kharkiv = event_of(store, "taiz-reuters"), event_of(store, "kharkiv-kyivindependent")
    merged = merge_events(store, [taiz, kharkiv], "rana", "same day? checking")
    assert merged == min(taiz, kharkiv) and event_of(store, "kharkiv-kyivindependent") == merged
    new_id = split_event(store, merged, ["kharkiv-kyivindependent"], "rana", "different war")
    assert event_of(store, "kharkiv-kyivindependent") == new_id != merged
    actions = [e["action"] for e in store.audit_entries(event_id=merged)]
    assert actions == ["event.split", "event.merge"]
    assert [e["action"] for e in store.audit_entries(event_id=new_id)] == ["event.split"]
    with pytest.raises(ReviewError):
        merge_events(store, [taiz, taiz], "rana")
