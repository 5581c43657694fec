"""Where extraction runs: one process, local worker processes, a Dask cluster, SQLite or PostgreSQL.
Whichever runs it, the seed documents give the same articles export byte for byte."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep import engine as engine_module
from sitrep.cli import app
from sitrep.engine import EngineOptions, batches_of, extract_stream
from sitrep.errors import SetupError
from sitrep.records import Article

from conftest import DATA

runner = CliRunner()
SEEDS = str(DATA / "seeds")


def _export(db: str) -> str:
    result = runner.invoke(app, ["export", "--db", db, "--format", "articles-jsonl"])
    assert result.exit_code == 0, result.output
    return result.output


def _run(db: str, *options: str) -> str:
    result = runner.invoke(app, ["run", SEEDS, "--db", db, "--quiet", "--top", "0", *options])
    assert result.exit_code == 0, result.output
    assert "extract: 5 articles extracted" in result.output
    return _export(db)


@pytest.fixture(scope="module")
def one_process_export(tmp_path_factory):
    """The seeds run in this process: the export every other engine must reproduce."""
    return _run(str(tmp_path_factory.mktemp("one") / "one.db"), "--workers", "1")


@pytest.mark.model
def test_two_local_workers_write_the_same_export(one_process_export, tmp_path):
    from sitrep import pipeline
    from sitrep.store import Store

    db = str(tmp_path / "two.db")
    # one article per task, so five tasks go through the pool and come back in order
    summary = pipeline.run(Store.open(db), [SEEDS], engine=EngineOptions(workers=2, batch_articles=1))
    assert (summary.extract.extracted, summary.extract.failed) == (5, 0)
    export = _export(db)
    assert export == one_process_export
    assert export.count("\n") == 5


@pytest.mark.model
def test_jobs_is_kept_as_the_old_name_of_workers(one_process_export, tmp_path):
    assert _run(str(tmp_path / "jobs.db"), "--jobs", "1") == one_process_export


@pytest.mark.model
def test_dask_local_cluster_writes_the_same_export(one_process_export, tmp_path):
    assert _run(str(tmp_path / "dask.db"), "--engine", "dask", "--workers", "1") == one_process_export


@pytest.mark.model
def test_dask_scheduler_address_is_used_as_given(one_process_export, tmp_path):
    from dask.distributed import LocalCluster

    # a cluster started elsewhere (here: threads in this process); sitrep only gets its address
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        export = _run(str(tmp_path / "sched.db"), "--engine", "dask", "--scheduler", cluster.scheduler_address)
        assert export == one_process_export


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    result = runner.invoke(app, ["run", SEEDS, "--db", str(tmp_path / "x.db"), "--quiet", "--engine", "dask",
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


@pytest.mark.model
def test_postgresql_store_writes_the_same_export_as_sqlite(one_process_export, postgres_server):
    assert _run(postgres_server.url(), "--workers", "1") == one_process_export


# --- the pool itself, with a stand-in extraction (fork hands the stand-in to the workers) ----------

def _pids_of_batch(articles: list[Article]):
    return [(a.article_id, os.getpid()) for a in articles], {"parse": 0.5}


def _articles(n: int) -> list[Article]:
    return [Article(f"a{k:03d}", f"u{k}", f"Shelling killed {k} people in Aleppo.") for k in range(n)]


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(),
                    reason="the stand-in reaches the workers only by fork")
def test_pool_returns_batches_in_order_from_workers_started_once(monkeypatch):
    from sitrep.stages import StageClock

    monkeypatch.setattr(engine_module, "extract_batch", _pids_of_batch)
    monkeypatch.setattr(engine_module, "_worker_start", lambda parent: engine_module._die_with_parent(parent))
    clock = StageClock()
    out = list(extract_stream(batches_of(_articles(40), 2), EngineOptions(workers=2), clock, expected=20))
    assert [a.article_id for a, _ in out] == [f"a{k:03d}" for k in range(40)]
    assert all(a.article_id == result[0] for a, result in out)
    pids = {result[1] for _, result in out}
    assert os.getpid() not in pids and len(pids) <= 2      # 20 tasks, two workers, never restarted
    assert clock.seconds == {"parse": 10.0}                # each task's split is added up


def test_a_small_job_stays_in_this_process(monkeypatch):
    monkeypatch.setattr(engine_module, "extract_batch", _pids_of_batch)
    out = list(extract_stream(batches_of(_articles(3), 32), EngineOptions(workers=4), expected=1))
    assert {result[1] for _, result in out} == {os.getpid()}


@pytest.mark.parametrize("options, message", [
    (dict(engine="spark"), "unknown engine 'spark'"),
    (dict(workers=0), "--workers must be at least 1"),
    (dict(scheduler="tcp://10.0.0.5:8786"), "--scheduler needs --engine dask"),
])
def test_wrong_engine_options_are_named(options, message):
    with pytest.raises(SetupError, match=message):
        EngineOptions(**options)


def test_wrong_engine_on_the_command_line_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", "--db", str(tmp_path / "x.db"), "--engine", "spark"])
    assert result.exit_code == 2 and "unknown engine 'spark'" in result.output


def test_unpicklable_exceptions_travel_as_their_name_and_message():
    class LocalError(Exception):   # defined in a function: pickle cannot find it by name
        pass

    portable = engine_module._portable(LocalError("no sentence for span 12-40"))
    assert isinstance(portable, RuntimeError) and str(portable) == "LocalError: no sentence for span 12-40"
    kept = ValueError("bad date")
    assert engine_module._portable(kept) is kept


# --- a killed driver takes its workers with it ---------------------------------------------------------

def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from /proc (Linux)")
def test_workers_die_when_the_driver_is_killed(tmp_path):
    driver = (
        "import sys, time\n"
        "from sitrep import engine\n"
        "from sitrep.records import Article\n"
        "def slow(batch):\n"
        "    time.sleep(60)\n"
        "    return [], {}\n"
        "engine.extract_batch = slow\n"
        "engine._worker_start = lambda parent: engine._die_with_parent(parent)\n"
        "batches = [[Article(str(k), str(k), 'Text.')] for k in range(8)]\n"
        "print('started', flush=True)\n"
        "list(engine.extract_stream(iter(batches), engine.EngineOptions(workers=2)))\n")
    proc = subprocess.Popen([sys.executable, "-c", driver], stdout=subprocess.PIPE, text=True)
    workers: set[int] = set()
    try:
        assert proc.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(workers) < 2:
            workers = _children(proc.pid)
            time.sleep(0.1)
        assert len(workers) == 2, "the pool did not start two workers"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)], "workers outlived their killed driver"
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in workers:     # a failed run must not leave its orphans behind either
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.model
def test_an_article_spacy_cannot_parse_fails_alone_and_its_batch_goes_on(nlp, gazetteer):
    from sitrep.extract import extract_article, extract_many

    good = [Article("sd1", "sd1", "RSF shelling killed 14 people in El Fasher on Sunday, medics said."),
            Article("mm1", "mm1", "An air strike on a village in Sagaing killed 17 civilians, residents said.")]
    huge = Article("big", "big", "Shelling hit Aleppo. " * (nlp.max_length // 20 + 1))
    out = list(extract_many([good[0], huge, good[1]], nlp, gazetteer))
    assert [a.article_id for a, _ in out] == ["sd1", "big", "mm1"]
    assert isinstance(out[1][1], Exception) and "E088" in str(out[1][1])
    for article, result in (out[0], out[2]):
        assert result == extract_article(article, nlp, gazetteer)
        assert result.incidents[0].casualty_claims[0].low in (14, 17)


@pytest.mark.model
def test_parsed_documents_are_not_kept_alive_by_their_sentence_cache(nlp, gazetteer):
    import gc

    from spacy.tokens import Doc

    from sitrep.extract import extract_many

    articles = [Article(f"so{k}", f"so{k}", f"A car bomb killed {k + 3} people in Mogadishu on Friday, police said. "
                        "Al-Shabaab claimed the attack.") for k in range(6)]
    gc.collect()
    before = sum(1 for o in gc.get_objects() if isinstance(o, Doc))
    gc.disable()        # what a worker between two full collections sees
    try:
        results = [result for _, result in extract_many(articles, nlp, gazetteer)]
        alive = sum(1 for o in gc.get_objects() if isinstance(o, Doc))
    finally:
        gc.enable()
    assert all(r.incidents for r in results)
    assert alive <= before + 1      # each document freed as soon as its article is done
