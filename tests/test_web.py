"""The web app in-process (FastAPI TestClient): every page and API endpoint, the review flow,
the security rules (escaping, CSRF, sessions, anonymous writes refused), the downloads."""
from __future__ import annotations

import csv
import io
import re

import pytest
from fastapi.testclient import TestClient

from sitrep.users import add_user
from sitrep.web.app import create_app
from workbench_data import XSS, build_store, event_of

PASSWORD = "olive grove at dawn"


@pytest.fixture
def store(tmp_path):
    s = build_store(str(tmp_path / "w.db"))
    add_user(s, "rana", PASSWORD)
    add_user(s, "tomas", PASSWORD + "!")
    return s


@pytest.fixture
def client(store):
    return TestClient(create_app(store))


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def login(client, user="rana", password=PASSWORD):
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": user, "password": password, "csrf": token, "next": "/events"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/events").text)


def claim_of(client, event_id, speaker):
    return next(c for c in client.get(f"/api/events/{event_id}").json()["claims"] if c["speaker"] == speaker)


def every_page(client, store):
    eids = [e["event_id"] for e in store.events()]
    aids = [a.article_id for a in store.articles()]
    return ["/events", "/events?contested=1", "/events?q=maiduguri", "/audit", "/login",
            *(f"/events/{e}" for e in eids), *(f"/articles/{a}" for a in aids)]


def test_events_page_filters_and_marks_contested_rows(client, store):
    html = client.get("/events?country=Yemen").text
    assert ">Taiz</a>" in html and ">Kharkiv</a>" not in html and 'class="contested"' in html
    html = client.get("/events?contested=1&sort=date&desc=false").text
    assert html.index(">Taiz</a>") < html.index(">Kharkiv</a>") and ">El Geneina</a>" not in html
    assert 'id="map"' in html and "/assets/leaflet.js" in html and "<svg class=\"chart\"" in html
    assert client.get("/events?date_from=yesterday").status_code == 400


def test_event_page_shows_claims_side_by_side_with_blame_dispute(client, store):
    html = client.get(f"/events/{event_of(store, 'taiz-reuters')}").text
    for text in ("health office", "monitoring group", "at least 12", "19", "denies", "Saudi-led coalition",
                 "Reuters", "Al Jazeera", 'class="flag blame_disputed"', "Rule:", "Air strike on Taiz market"):
        assert text in html, text
    assert 'class="num disagree"' in html                         # the disagreeing figures are marked
    assert 'class="mark casualty"' in html                        # evidence highlighted in the member texts


def test_article_page_links_each_value_to_its_claim(client, store):
    aid = store.article_ids_for("kharkiv-kyivindependent")[0]
    html = client.get(f"/articles/{aid}").text
    claim = claim_of(client, event_of(store, "kharkiv-kyivindependent"), "regional governor")
    anchor = "claim-" + re.sub(r"[^0-9A-Za-z]", "-", claim["claim"])
    assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html
    assert 'class="mark place"' in html
    assert client.get("/articles/nope").status_code == 404


def test_untrusted_text_is_inert_on_every_page_and_answer(client, store):
    login(client)
    pages = every_page(client, store)
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<script>alert" not in r.text and "<img src=x" not in r.text, url
        assert "script-src 'self'" in r.headers["content-security-policy"]
    html = client.get(f"/events/{event_of(store, 'maiduguri-xss')}").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=" in html   # shown, as text
    data = client.get(f"/api/events/{event_of(store, 'maiduguri-xss')}").json()
    assert [c["speaker"] for c in data["claims"]] == [f"police {XSS}"]                       # data intact in JSON


@pytest.mark.parametrize("path, data", [
    ("/claims/review", {"claim": "a:killed:1-2", "action": "verify"}),
    ("/claims/add", {"article_id": "a", "start": 1, "end": 2, "outcome": "killed", "low": 3}),
    ("/events/merge", {"event_ids": "1 2"}),
    ("/events/1/split", {"reports": "a:0"}),
    ("/logout", {}),
])
def test_anonymous_writes_are_refused(client, store, path, data):
    before = store.counts()
    r = client.post(path, data=data, follow_redirects=False)
    assert r.status_code == 401
    assert store.counts() == before


def test_writes_without_the_csrf_token_are_refused(client, store):
    login(client)
    claim = claim_of(client, event_of(store, "taiz-reuters"), "health office")["claim"]
    for token in ("", "forged"):
        r = client.post("/claims/review", data={"claim": claim, "action": "verify", "csrf": token})
        assert r.status_code == 403
    assert store.claim_reviews() == []


def test_login_sets_a_signed_httponly_samesite_cookie_and_rejects_wrong_passwords(client):
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "rana", "password": "wrong", "csrf": token})
    assert r.status_code == 401 and "wrong name or password" in r.text
    r = client.post("/login", data={"username": "rana", "password": PASSWORD, "csrf": token, "next": "//evil.example"},
                    follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert r.headers["location"] == "/events"                 # no open redirect
    assert "httponly" in cookie and "samesite=strict" in cookie and "rana" not in cookie.split(";")[0][:5]


def test_review_flow_two_reviewers_and_the_audit_on_the_page(client, store):
    eid = event_of(store, "taiz-reuters")
    token = login(client)
    claim = claim_of(client, eid, "health office")["claim"]
    r = client.post("/claims/review", data={"claim": claim, "action": "correct", "low": "21", "high": "21",
                                            "outcome": "killed", "victims": "all", "speaker": "health office",
                                            "speaker_type": "government", "note": "recount", "csrf": token,
                                            "next": f"/events/{eid}"}, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, f"/events/{eid}")
    client.post("/claims/review", data={"claim": claim, "action": "verify", "csrf": token})
    client.post("/logout", data={"csrf": token})
    token = login(client, "tomas", PASSWORD + "!")
    client.post("/claims/review", data={"claim": claim, "action": "verify", "csrf": token})
    html = client.get(f"/events/{eid}").text
    assert "verified by rana, tomas (2 reviewers)" in html and "recount" in html and "claim.correct" in html
    assert store.event(eid)["killed_high"] == 21
    bad = client.post("/claims/review", data={"claim": claim, "action": "correct", "low": "x", "csrf": token})
    assert bad.status_code == 400 and "whole number" in bad.text


def test_add_merge_and_split_through_forms(client, store):
    token = login(client)
    aid = store.article_ids_for("maiduguri-xss")[0]
    text = store.article(aid).text
    start = text.index("A bomb killed 7 people")
    r = client.post("/claims/add", data={"article_id": aid, "incident_index": 0, "start": start, "end": start + 22,
                                         "outcome": "injured", "low": "15", "csrf": token}, follow_redirects=False)
    assert r.status_code == 303
    assert claim_of(client, event_of(store, "maiduguri-xss"), "the outlet")["review_status"] == "added"
    taiz, kharkiv = event_of(store, "taiz-reuters"), event_of(store, "kharkiv-kyivindependent")
    r = client.post("/events/merge", data={"event_ids": f"{taiz}, {kharkiv}", "csrf": token}, follow_redirects=False)
    assert r.headers["location"] == f"/events/{min(taiz, kharkiv)}"
    kaid = store.article_ids_for("kharkiv-kyivindependent")[0]
    r = client.post(f"/events/{min(taiz, kharkiv)}/split", data={"reports": f"{kaid}:0", "csrf": token},
                    follow_redirects=False)
    assert r.status_code == 303 and event_of(store, "kharkiv-kyivindependent") != min(taiz, kharkiv)
    assert client.post("/events/merge", data={"event_ids": "one two", "csrf": token}).status_code == 400


def test_api_endpoints(client, store):
    eid = event_of(store, "taiz-reuters")
    page = client.get("/api/events", params={"contested": "true", "per_page": 1}).json()
    assert (page["total"], page["pages"], len(page["events"])) == (2, 2, 1)
    event = client.get(f"/api/events/{eid}").json()
    assert event["contested"] and {"figures_disagree", "blame_disputed"} <= set(event["flags"])
    assert {c["speaker"] for c in event["claims"]} == {"health office", "monitoring group"}
    aid = store.article_ids_for("taiz-reuters")[0]
    article = client.get(f"/api/articles/{aid}").json()
    assert article["outlet"] == "Reuters" and article["incidents"][0]["event_id"] == eid
    assert len(client.get("/api/claims", params={"article_id": aid}).json()["claims"]) == 1
    assert len(client.get("/api/claims", params={"event_id": eid}).json()["claims"]) == 2
    assert client.get("/api/claims").status_code == 400
    assert client.get("/api/corrections").json() == {"corrections": [], "reviews": [], "audit": []}
    assert [e["place"] for e in client.get("/api/search", params={"q": "taiz"}).json()["events"]] == ["Taiz"]
    assert client.get("/api/events/999").status_code == 404 and "detail" in client.get("/api/events/999").json()
    schema = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/claims",
            "/api/corrections", "/api/search"} <= set(schema["paths"])


def test_downloads_follow_the_filters(client, store):
    rows = list(csv.DictReader(io.StringIO(client.get("/export/events.csv?country=Ukraine").text)))
    assert [r["location"] for r in rows] == ["Kharkiv"]
    geo = client.get("/export/events.geojson?contested=1").json()
    assert {f["properties"]["location"] for f in geo["features"]} == {"Taiz", "Kharkiv"}
    claims = list(csv.DictReader(io.StringIO(client.get("/export/claims.csv").text)))
    assert {r["claim_kind"] for r in claims} == {"casualty", "perpetrator"}
    assert client.get("/export/events.parquet").content[:4] == b"PAR1"
    assert client.get("/export/secrets.txt").status_code == 404


def test_assets_are_served_from_a_fixed_list_only(client):
    assert client.get("/assets/leaflet.js").status_code == 200
    assert client.get("/assets/..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/..%2Fapp.py").status_code == 404
