"""Two `sitrep run` processes on one database finish, and leave what a sequential run leaves.

On main, two ingests of one file on SQLite died with `UNIQUE constraint failed: articles.article_id`
and on PostgreSQL even disjoint inputs died with `UniqueViolation` on `uq_report_article_idx`.
Here two real processes run at once on one SQLite file and on the test PostgreSQL server, with
overlapping and with disjoint inputs, and every table is compared with a sequential run row for
row (content only: autoincrement ids and event ids depend on who came first).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store, schema

pytestmark = pytest.mark.model

# Twelve incidents from six wars, one article each, each in its own file.
ARTICLES = [
    ("sy-idlib", "2019-05-12", "IDLIB, Syria (Reuters) - Air strikes killed at least 12 civilians in the town of "
     "Maarat al-Numan on Sunday, the Syrian Observatory for Human Rights said."),
    ("ye-taiz", "2018-02-03", "TAIZ, Yemen (AP) - Houthi shelling hit a crowded market in Taiz on Saturday, killing "
     "five people and wounding 20, residents said."),
    ("ua-kharkiv", "2022-03-07", "KHARKIV (Reuters) - Russian shelling killed four civilians in Kharkiv on Monday, "
     "the regional governor said."),
    ("sd-fasher", "2024-05-11", "EL FASHER, Sudan (AFP) - Fighting between the army and the Rapid Support Forces "
     "killed at least 27 civilians in El Fasher on Friday, a medical source said."),
    ("ng-kaduna", "2021-03-12", "KADUNA, Nigeria (Reuters) - Gunmen abducted 39 students from a forestry college "
     "in Kaduna state on Thursday night, police said."),
    ("mm-sagaing", "2023-04-12", "YANGON (AP) - A military air strike on a village in Sagaing region killed more "
     "than 100 people on Tuesday, witnesses said."),
    ("ps-gaza", "2014-07-20", "GAZA CITY (AFP) - Israeli shelling killed 60 Palestinians in the Shejaiya "
     "neighbourhood of Gaza City on Sunday, the health ministry said."),
    ("so-mogadishu", "2017-10-15", "MOGADISHU (Reuters) - A truck bomb killed at least 230 people in Mogadishu on "
     "Saturday, police said, blaming al Shabaab."),
    ("sy-douma", "2018-04-08", "BEIRUT (Reuters) - A suspected chemical attack killed at least 40 people in Douma "
     "on Saturday, rescue workers said."),
    ("ye-hodeidah", "2018-08-03", "HODEIDAH, Yemen (Reuters) - Air strikes on a fish market and a hospital in "
     "Hodeidah killed 28 people on Thursday, medics said."),
    ("ua-kramatorsk", "2022-04-08", "KRAMATORSK (AFP) - A missile strike on the railway station in Kramatorsk killed "
     "at least 50 people on Friday, the governor said."),
    ("ng-zamfara", "2022-01-06", "GUSAU, Nigeria (AP) - Gunmen killed at least 58 villagers in Zamfara state on "
     "Tuesday, a local official said."),
]


def _write_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for external_id, day, text in ARTICLES:
        path = folder / f"{external_id}.json"
        path.write_text(json.dumps({"id": external_id, "date": day, "text": text}))
        paths.append(path)
    return paths


SPLITS = {"overlapping": (slice(0, 8), slice(4, 12)), "disjoint": (slice(0, 6), slice(6, 12))}


def _content(db: str) -> dict[str, object]:
    """Every table's rows as comparable content: no autoincrement ids, no event ids, no times."""
    store = Store.open(db)
    with store.engine.connect() as conn:
        def rows(table, drop=()):
            keep = [c for c in table.c if c.name not in drop]
            return sorted(json.dumps([r[c.name] for c in keep], default=str, sort_keys=True)
                          for r in conn.execute(select(*keep)).mappings())

        report_key = {r.report_id: (r.article_id, r.idx) for r in conn.execute(select(schema.incident_reports))}

        def claims(table):
            return sorted(json.dumps([report_key[r["report_id"]], *[r[c.name] for c in table.c if c.name not in
                                      ("claim_id", "report_id")]], default=str)
                          for r in conn.execute(select(table)).mappings())

        members: dict[int, set] = {}
        for r in conn.execute(select(schema.event_members)):
            members.setdefault(r.event_id, set()).add((r.article_id, r.idx))
        events = sorted(json.dumps([sorted(members[r.event_id]), r.event_type, r.admin1, r.place, str(r.date_start),
                                    r.killed_low, r.killed_best, r.killed_high, r.n_reports, r.n_sources, r.flags])
                        for r in conn.execute(select(schema.events)))
        content = {
            "articles": rows(schema.articles, ("ingested_at",)),
            "extractions": rows(schema.extractions, ("extracted_at",)),
            "incident_reports": rows(schema.incident_reports, ("report_id",)),
            "casualty_claims": claims(schema.casualty_claims),
            "perpetrator_claims": claims(schema.perpetrator_claims),
            "cumulative_tolls": rows(schema.cumulative_tolls, ("toll_id",)),
            "events": events,
        }
    store.close()
    return content


def _run_two_processes_at_once(db: str, first: list[Path], second: list[Path], tmp_path: Path) -> None:
    env = {**os.environ, "SITREP_PROGRESS": "0"}
    procs = [subprocess.Popen([sys.executable, "-m", "sitrep.cli", "run", *map(str, paths), "--db", db, "--quiet",
                               "--top", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                              cwd=tmp_path)
             for paths in (first, second)]
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, f"exit {proc.returncode}\n{out}\n{err}"
        assert "Traceback" not in err and "extract: " in out and "link: " in out


def _sequential(db: str, first: list[Path], second: list[Path]) -> None:
    runner = CliRunner()
    for paths in (first, second):
        result = runner.invoke(app, ["run", *map(str, paths), "--db", db, "--quiet", "--top", "0"])
        assert result.exit_code == 0, result.output


@pytest.mark.parametrize("split", sorted(SPLITS))
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_processes_equal_a_sequential_run(backend, split, tmp_path, request):
    paths = _write_inputs(tmp_path / "in")
    first, second = (paths[s] for s in SPLITS[split])
    if backend == "sqlite":
        together, alone = str(tmp_path / "together.db"), str(tmp_path / "alone.db")
    else:
        server = request.getfixturevalue("postgres_server")
        together, alone = server.url(), server.url()
    _run_two_processes_at_once(together, first, second, tmp_path)
    _sequential(alone, first, second)
    got, expected = _content(together), _content(alone)
    assert len(expected["articles"]) == len(ARTICLES) and len(expected["casualty_claims"]) >= len(ARTICLES) - 2
    for table in expected:
        assert got[table] == expected[table], table
