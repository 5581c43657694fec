"""Seconds spent per pipeline stage, summed over a run: what `sitrep bench` prints as the split.

A `StageClock` is passed down to the code that does the work, so the split measures the real
pipeline rather than a copy of it; with no clock the stages time nothing (`NO_CLOCK`).

    clock = StageClock()
    with clock("parse"):
        docs = list(nlp.pipe(texts))
    clock.seconds   # {"parse": 1.93}
"""
from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

STAGES = ("ingest", "parse", "rules", "place", "store", "link")


class StageClock:
    """Accumulates wall-clock seconds per stage name; `merge` adds a worker's own split."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - start)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def merge(self, seconds: Mapping[str, float]) -> None:
        for stage, value in seconds.items():
            self.add(stage, value)


class _NoClock(StageClock):
    """Times nothing: the default, so the pipeline pays nothing for the benchmark's hooks."""

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        yield

    def add(self, stage: str, seconds: float) -> None:
        return None


NO_CLOCK: StageClock = _NoClock()
