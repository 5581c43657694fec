"""End to end through the CLI: the seed documents in, linked events and exports out, idempotent."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store

from conftest import DATA

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The five seed documents run through `sitrep run` once for the module."""
    db = tmp_path_factory.mktemp("db") / "seeds.db"
    result = runner.invoke(app, ["run", str(DATA / "seeds"), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db, result.output


def test_run_prints_summary_lines_database_and_events(seeded):
    db, output = seeded
    assert "ingest: 5 new, 0 already present, 0 failed" in output
    assert "extract: 5 articles extracted" in output
    assert "link: " in output
    assert f"database: {db.resolve()}" in output
    assert "largest events" in output


def test_running_twice_changes_no_row_count(seeded):
    db, _ = seeded
    before = Store.open(db).counts()
    result = runner.invoke(app, ["run", str(DATA / "seeds"), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "ingest: 0 new, 5 already present, 0 failed" in result.output
    assert "extract: 0 articles extracted" in result.output
    assert Store.open(db).counts() == before


def test_articles_export_has_one_object_per_article_with_evidence(seeded, tmp_path):
    db, _ = seeded
    out = tmp_path / "articles.jsonl"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "articles-jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["unit_id"] for r in rows) == sorted(p.stem for p in (DATA / "seeds").glob("*.txt"))
    texts = {p.stem: p.read_text() for p in (DATA / "seeds").glob("*.txt")}
    n_claims = 0
    for row in rows:
        for incident in row["incidents"]:
            assert incident["event_id"] is not None
            for claim in incident["casualty_claims"] + incident["perpetrator_claims"]:
                assert claim["evidence"] and claim["evidence"] in texts[row["unit_id"]]
                n_claims += 1
    assert n_claims >= 5
    assert sum(1 for r in rows for i in r["incidents"] if i["main"]) == sum(1 for r in rows if r["incidents"])


def test_seed_figures_are_extracted_with_their_speakers(seeded, tmp_path):
    db, _ = seeded
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "articles-jsonl"])
    rows = {json.loads(line)["unit_id"]: json.loads(line) for line in result.output.splitlines()}
    qaryatayn = [c for i in rows["004_72324802d476542d"]["incidents"] for c in i["casualty_claims"]]
    assert ("killed", 128, None) in {(c["outcome"], c["low"], c["high"]) for c in qaryatayn}
    homs = [c for i in rows["002_8b4779a41e1d2705"]["incidents"] for c in i["casualty_claims"]]
    assert ("killed", None, 53) in {(c["outcome"], c["low"], c["high"]) for c in homs}


def test_events_and_show(seeded):
    db, _ = seeded
    listing = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"])
    assert listing.exit_code == 0, listing.output
    rows = list(csv.DictReader(io.StringIO(listing.output)))
    assert rows and {"event_id", "killed_low", "killed_best", "killed_high", "flags"} <= set(rows[0])
    shown = runner.invoke(app, ["show", rows[0]["event_id"], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert f"Event {rows[0]['event_id']}" in shown.output and "rule:" in shown.output and "evidence:" in shown.output
    missing = runner.invoke(app, ["show", "999999", "--db", str(db)])
    assert missing.exit_code == 1 and "no event 999999" in missing.output


def test_bad_inputs_fail_the_exit_status_but_keep_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DATA / "seeds" / "004_72324802d476542d.txt", folder)
    (folder / "broken.jsonl").write_text('{"id": "ng-1", "text": "Gunmen killed 12 villagers in Zamfara."}\n{oops\n')
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    assert "broken.jsonl:2: invalid JSON" in result.output
    assert "ingest: 2 new, 0 already present, 1 failed" in result.output
    assert Store.open(db).counts()["articles"] == 2


def test_help_does_not_load_spacy():
    import subprocess
    import sys

    code = ("import sys; from typer.testing import CliRunner; from sitrep.cli import app; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0; "
            "print(sorted(m for m in ('spacy', 'sqlalchemy', 'torch', 'trafilatura') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_merge_and_split_are_recorded_and_survive_relinking(tmp_path):
    db = tmp_path / "review.db"
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("002_8b4779a41e1d2705.txt", "004_72324802d476542d.txt"):
        shutil.copy(DATA / "seeds" / name, folder)
    assert runner.invoke(app, ["run", str(folder), "--db", str(db), "--quiet"]).exit_code == 0
    store = Store.open(db)
    assignments = store.event_assignments()
    first, second = sorted(assignments)[:2]
    a, b = assignments[first], assignments[second]
    if a == b:
        second = next(k for k in sorted(assignments) if assignments[k] != a)
        b = assignments[second]
    merged = runner.invoke(app, ["merge", str(a), str(b), "--db", str(db), "--analyst", "omar"])
    assert merged.exit_code == 0, merged.output
    after_merge = Store.open(db).event_assignments()
    assert after_merge[first] == after_merge[second] == min(a, b)
    assert runner.invoke(app, ["link", "--db", str(db)]).exit_code == 0
    assert Store.open(db).event_assignments() == after_merge          # the merge holds on re-link

    external = store.article(second[0]).external_id
    split = runner.invoke(app, ["split", str(min(a, b)), f"{external}:{second[1]}", "--db", str(db),
                                "--analyst", "rana", "--note", "different day"])
    assert split.exit_code == 0, split.output
    runner.invoke(app, ["link", "--db", str(db)])
    final = Store.open(db).event_assignments()
    assert final[first] != final[second]                              # the split holds on re-link
    audit = Store.open(db).corrections()
    assert [(c["kind"], c["analyst"], c["note"]) for c in audit] == [("merge", "omar", None),
                                                                    ("split", "rana", "different day")]
    assert all(c["created_at"] for c in audit)


def test_corrections_name_what_is_wrong(seeded):
    db, _ = seeded
    assert runner.invoke(app, ["merge", "1", "--db", str(db)]).exit_code == 2
    missing = runner.invoke(app, ["merge", "1", "999999", "--db", str(db)])
    assert missing.exit_code == 1 and "no event 999999" in missing.output
    bad = runner.invoke(app, ["split", "1", "no-such-article", "--db", str(db)])
    assert bad.exit_code == 1 and "no incident report 'no-such-article'" in bad.output


def test_the_whole_pipeline_runs_on_postgresql_too(postgres_server):
    url = postgres_server.url()
    first = runner.invoke(app, ["run", str(DATA / "seeds"), "--db", url, "--quiet", "--top", "3"])
    assert first.exit_code == 0, first.output
    before = Store.open(url).counts()
    again = runner.invoke(app, ["run", str(DATA / "seeds"), "--db", url, "--quiet"])
    assert again.exit_code == 0 and "ingest: 0 new, 5 already present" in again.output
    assert Store.open(url).counts() == before and before["articles"] == 5 and before["events"] >= 1
    exported = runner.invoke(app, ["export", "--db", url, "--format", "articles-jsonl"])
    assert len(exported.output.splitlines()) == 5
