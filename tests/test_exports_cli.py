"""Exports for analysts' tools (ACLED/UCDP-compatible events CSV, GeoJSON, Parquet, claims and
audit CSVs), the `sitrep export`, `user add`, `report` commands, and a light `sitrep --help`."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.export import ACLED_COLUMNS, EVENTS_CSV_COLUMNS, UCDP_COLUMNS
from sitrep.review import claim_key, review_claim
from sitrep.store import Store
from sitrep.users import UserError, add_user, authenticate
from workbench_data import XSS, build_store

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "x.db"
    store = build_store(str(path))
    aid = store.article_ids_for("taiz-reuters")[0]
    review_claim(store, claim_key(aid, store.extraction(aid).incidents[0].casualty_claims[0]), "verify", "rana")
    store.close()
    return path


def export(db, fmt, tmp_path, name):
    out = tmp_path / name
    result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_events_csv_has_acled_and_ucdp_columns(db, tmp_path):
    rows = {r["location"]: r for r in csv.DictReader(open(export(db, "events-csv", tmp_path, "e.csv"), newline=""))}
    assert set(ACLED_COLUMNS) | set(UCDP_COLUMNS) <= set(next(iter(rows.values())))
    taiz = rows["Taiz"]
    assert (taiz["event_date"], taiz["time_precision"], taiz["event_type"], taiz["sub_event_type"]) == \
        ("2016-08-14", "1", "Explosions/Remote violence", "Air/drone strike")
    assert (taiz["fatalities"], taiz["low"], taiz["best"], taiz["high"], taiz["number_of_sources"]) == \
        ("12", "12", "12", "19", "2")
    assert (taiz["date_start"], taiz["date_end"], taiz["date_prec"], taiz["where_prec"], taiz["geo_precision"]) == \
        ("2016-08-14", "2016-08-14", "1", "1", "1")
    assert taiz["source"] == "Al Jazeera; Reuters" and taiz["sitrep_event_type"] == "air_strike"
    assert "coalition denies Saudi-led coalition" in taiz["notes"] and taiz["contested"] == "True"
    assert rows["El Geneina"]["sub_event_type"] == "Attack" and rows["El Geneina"]["contested"] == "False"


def test_events_command_csv_names_the_outlets_like_the_export(db):
    """`sitrep events -f csv` prints the same ACLED source column as `sitrep export` (it was empty)."""
    result = runner.invoke(app, ["events", "--db", str(db), "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = {r["location"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["Taiz"]["source"] == "Al Jazeera; Reuters"


def test_claims_csv_has_speaker_actor_evidence_review_state_and_no_formulas(db, tmp_path):
    path = export(db, "claims-csv", tmp_path, "c.csv")
    rows = list(csv.DictReader(open(path, newline="")))
    verified = [r for r in rows if r["review_status"] == "verified"]
    assert [(r["speaker"], r["verified_by"], r["evidence"]) for r in verified] == \
        [("health office", "rana", "killed 19 people")]
    denial = next(r for r in rows if r["stance"] == "denies")
    assert (denial["claim_kind"], denial["perpetrator"], denial["speaker"]) == \
        ("perpetrator", "Saudi-led coalition", "coalition")
    store = Store.open(str(db))
    aid = store.article_ids_for("kharkiv-kyivindependent")[0]
    review_claim(store, claim_key(aid, store.extraction(aid).incidents[0].casualty_claims[0]), "correct", "rana",
                 {"speaker": "=HYPERLINK(\"http://x\")"})
    text = export(db, "claims-csv", tmp_path, "c2.csv").read_text()
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


def test_geojson_and_parquet(db, tmp_path):
    import pyarrow.parquet as pq

    geo = json.loads(export(db, "geojson", tmp_path, "e.geojson").read_text())
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 4
    kharkiv = next(f for f in geo["features"] if f["properties"]["location"] == "Kharkiv")
    assert kharkiv["geometry"] == {"type": "Point", "coordinates": [36.23, 49.99]}
    table = pq.read_table(export(db, "parquet", tmp_path, "e.parquet"))
    assert table.column_names == EVENTS_CSV_COLUMNS and table.num_rows == 4
    assert str(table.schema.field("best").type) == "int64" and str(table.schema.field("latitude").type) == "double"
    assert sorted(table.column("best").to_pylist()) == [4, 7, 12, 40]


def test_audit_csv(db, tmp_path):
    rows = list(csv.DictReader(open(export(db, "audit-csv", tmp_path, "a.csv"), newline="")))
    assert [(r["analyst"], r["action"]) for r in rows] == [("rana", "claim.verify")]
    assert json.loads(rows[0]["before"])["status"] == "unreviewed"


def test_events_contested_lists_disagreement_not_single_sources(db):
    out = runner.invoke(app, ["events", "--db", str(db), "--contested", "--format", "csv"])
    assert sorted(r["location"] for r in csv.DictReader(io.StringIO(out.output))) == ["Kharkiv", "Taiz"]


def test_user_add_reads_the_password_from_stdin_and_hashes_it(db):
    result = runner.invoke(app, ["user", "add", "amina", "--db", str(db), "--password-stdin"],
                           input="a long passphrase\n")
    assert result.exit_code == 0 and "user amina added" in result.output
    store = Store.open(str(db))
    assert store.password_hash("amina").startswith("$argon2")
    assert authenticate(store, "amina", "a long passphrase") and not authenticate(store, "amina", "wrong")
    assert not authenticate(store, "nobody", "a long passphrase")
    again = runner.invoke(app, ["user", "add", "amina", "--db", str(db), "--password-stdin"], input="short\n")
    assert again.exit_code == 1 and "too short" in again.output
    with pytest.raises(UserError, match="bad user name"):
        add_user(store, "amina; drop", "a long passphrase")


def test_report_is_one_self_contained_file(db, tmp_path):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "--db", str(db), "-o", str(out), "--from", "2016-01-01"])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "<script src=" not in html and "<link" not in html         # everything inlined
    assert "Taiz" in html and "health office" in html and "Reconciliation rule" in html
    assert re.search(r"1 claims\s*\(1 verified\)", html)
    assert XSS not in html and "Maiduguri" in html                    # untrusted text escaped
    assert runner.invoke(app, ["report", "--db", str(db), "--from", "Monday"]).exit_code == 2


def test_help_does_not_load_the_web_stack():
    code = ("import sys; from typer.testing import CliRunner; from sitrep.cli import app; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0 and 'serve' in r.output; "
            "print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'jinja2', 'pyarrow', 'argon2') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("chunk", [1, 2, 500])
def test_filtered_downloads_read_only_the_matching_events_in_chunks(db, monkeypatch, chunk):
    """A download of a filter holds exactly the matching events' rows, the same whether the ids
    are sent in one IN list or in many (thousands of ids stay within the driver's limits)."""
    from sitrep.export_tables import claim_rows, export_bytes
    from sitrep.query import EventQuery, matching_event_ids
    from sitrep.store import workbench

    store = Store.open(str(db))
    everything = claim_rows(store)
    monkeypatch.setattr(workbench, "IN_CHUNK", chunk)
    q = EventQuery(contested=True)
    ids = matching_event_ids(store, q)
    assert len(ids) == 2
    assert claim_rows(store, ids) == [r for r in everything if r["event_id"] in ids]
    events = list(csv.DictReader(io.StringIO(export_bytes(store, "events.csv", q)[1].decode())))
    assert [int(r["event_id"]) for r in events] == [e["event_id"] for e in store.events() if e["event_id"] in ids]
    assert store.events(event_ids=ids, limit=1) == store.events(contested=True, limit=1)
    store.close()
