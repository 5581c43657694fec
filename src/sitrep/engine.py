"""Where extraction runs: in this process, on the local cores, or on a Dask cluster.

Every engine runs the same pure function, `extract_batch` (a list of articles in, their
extractions out, plus the seconds per stage), on batches of articles, and hands the results back
in the order the batches went in: the driver alone writes to the store, so the database and its
exports are the same byte for byte whichever engine and however many workers ran.

- `local`, one worker: `extract_batch` in this process.
- `local`, N workers: a process pool started once per run (the model loads once per worker, not
  once per batch). Workers die with the driver: on Linux the kernel kills them when the driver
  dies (`PR_SET_PDEATHSIG`), and each worker also watches its parent's pid, so a driver killed
  with `kill -9` leaves no ~500 MB orphan behind.
- `dask`: `Client(scheduler)`, or a `LocalCluster` on 127.0.0.1 when no scheduler is given.

At most `window` batches are in flight, so memory stays flat however large the corpus.

    for article, result in extract_stream(batches, EngineOptions(workers=2)):
        ...   # result: ArticleExtraction, or the exception that one article raised
"""
from __future__ import annotations

import os
import pickle
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sitrep.errors import SetupError, SitrepError
from sitrep.records import Article, ArticleExtraction
from sitrep.stages import NO_CLOCK, StageClock

ENGINES = ("local", "dask")
BATCH_ARTICLES = 32         # articles per task: enough to amortise a task, small enough to stream
BatchResult = tuple[list[Any], dict[str, float]]


def available_cores() -> int:
    """The cores this process may run on (the CPU affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:      # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class EngineOptions:
    """How extraction runs; one object for the library and the CLI (`--engine --workers --scheduler`).

    `workers=None` means every available core (local) or the cluster's default (dask)."""

    engine: str = "local"
    workers: int | None = None
    scheduler: str | None = None
    batch_articles: int = BATCH_ARTICLES

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise SetupError(f"unknown engine {self.engine!r}: use one of {', '.join(ENGINES)}")
        if self.workers is not None and self.workers < 1:
            raise SetupError(f"--workers must be at least 1, got {self.workers}")
        if self.scheduler and self.engine != "dask":
            raise SetupError("--scheduler needs --engine dask")


def extract_batch(articles: list[Article]) -> BatchResult:
    """The pure extraction function every engine runs: each article's `ArticleExtraction` (or the
    exception it raised), in order, and the seconds this batch spent per stage. The model and the
    gazetteer load once per process and stay loaded."""
    from sitrep.extract.guard import extract_guarded

    clock = StageClock()
    results = [_portable(result) for _, result in extract_guarded(articles, clock=clock)]
    return results, clock.seconds


def _portable(result: ArticleExtraction | Exception) -> ArticleExtraction | Exception:
    """An exception that cannot cross a process boundary travels as its class name and message."""
    if isinstance(result, Exception):
        try:
            pickle.dumps(result)
        except Exception:  # noqa: BLE001 - any pickling failure
            return RuntimeError(f"{result.__class__.__name__}: {result}")
    return result


def batches_of(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_stream(batches: Iterable[list[Article]], options: EngineOptions = EngineOptions(),
                   clock: StageClock = NO_CLOCK, expected: int | None = None
                   ) -> Iterator[tuple[Article, ArticleExtraction | Exception]]:
    """(article, extraction or exception) for every article of every batch, in input order.

    `expected` (the number of batches, when known) keeps a small job in this process: a pool or
    a cluster for one batch costs more than it saves."""
    for batch, (results, seconds) in _run(batches, options, expected):
        clock.merge(seconds)
        yield from zip(batch, results)


def _run(batches: Iterable[list[Article]], options: EngineOptions, expected: int | None
         ) -> Iterator[tuple[list[Article], BatchResult]]:
    if options.engine == "dask":
        yield from _dask(batches, options)
        return
    workers = options.workers or available_cores()
    if expected is not None:
        workers = min(workers, expected)
    if workers <= 1:
        for batch in batches:
            yield batch, extract_batch(batch)
        return
    yield from _pool(batches, workers)


def _in_order(batches: Iterable[list[Article]], submit: Callable[[list[Article]], Callable[[], BatchResult]],
              window: int) -> Iterator[tuple[list[Article], BatchResult]]:
    """Keep `window` batches in flight; yield results in submission order."""
    flight: deque[tuple[list[Article], Callable[[], BatchResult]]] = deque()
    for batch in batches:
        flight.append((batch, submit(batch)))
        if len(flight) >= window:
            done, result = flight.popleft()
            yield done, result()
    while flight:
        done, result = flight.popleft()
        yield done, result()


# --- local cores ---------------------------------------------------------------------------------

PR_SET_PDEATHSIG = 1
PARENT_POLL_SECONDS = 1.0


def _die_with_parent(parent: int) -> None:
    """Make this worker end when `parent` does: the kernel's parent-death signal where there is
    one, and a thread that polls the parent's pid everywhere (also covers a parent that died
    before the signal was armed)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL))
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="sitrep-parent-watch", daemon=True).start()


def _worker_start(parent: int) -> None:
    """Pool worker set-up: die with the driver, load the model and gazetteer once."""
    _die_with_parent(parent)
    from sitrep.gazetteer import default_gazetteer
    from sitrep.nlp import load_nlp

    load_nlp()
    default_gazetteer()


def _pool(batches: Iterable[list[Article]], workers: int) -> Iterator[tuple[list[Article], BatchResult]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                             initializer=_worker_start, initargs=(os.getpid(),)) as pool:
        try:
            yield from _in_order(batches, lambda b: pool.submit(extract_batch, b).result, window=2 * workers)
        except BrokenProcessPool as exc:
            raise SitrepError(f"an extraction worker died ({exc}); the articles already extracted are "
                              "saved: run the command again to go on") from exc


# --- Dask ------------------------------------------------------------------------------------------

SCHEDULER_TIMEOUT = "10s"


def _dask(batches: Iterable[list[Article]], options: EngineOptions) -> Iterator[tuple[list[Article], BatchResult]]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise SetupError("--engine dask needs dask and distributed: pip install 'dask[distributed]'") from exc
    cluster = None
    if options.scheduler:
        try:
            client = Client(options.scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise SitrepError(f"cannot reach the Dask scheduler at {options.scheduler}: {exc}") from exc
    else:
        cluster = LocalCluster(n_workers=options.workers or available_cores(), threads_per_worker=1,
                               processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
        yield from _in_order(batches, lambda b: client.submit(extract_batch, b, pure=False).result, window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
