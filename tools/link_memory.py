"""Developer tool: peak memory and time of the link stage alone, at several corpus sizes.

    .venv/bin/python tools/link_memory.py SOURCE.db [--sizes 1000 10000] [--work /tmp/link-memory]

`sitrep bench --articles N` measures the whole pipeline, whose peak is set by spaCy during
extraction; extracting 10,000 articles takes most of an hour on this machine. This tool measures
the link stage alone in seconds: it copies the articles and the stored extraction of SOURCE (a
database `sitrep run` filled, e.g. eval-runs/dev.db) N times over under fresh ids (`ID~2`, as the
bench repeats the corpus), then runs `pipeline.link` in a fresh process without spaCy and prints
that process's peak resident memory before and during linking.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from sitrep.extract import EXTRACTOR_VERSION
from sitrep.records import ArticleExtraction
from sitrep.store import Store


def build(source: Path, target: Path, n: int) -> None:
    """A store of n articles: SOURCE's extracted articles repeated under fresh ids."""
    target.unlink(missing_ok=True)
    src = Store.open(source, create=False)
    dst = Store.open(target)
    try:
        articles = [a for a in src.articles()]
        extractions = {a.article_id: src.extraction(a.article_id) for a in articles}
        articles = [a for a in articles if extractions[a.article_id] is not None]
        batch = []
        for k in range(n):
            a = articles[k % len(articles)]
            copy = k // len(articles)
            suffix = f"~{copy + 1}" if copy else ""
            clone = replace(a, article_id=a.article_id[:24] + suffix, external_id=a.external_id + suffix)
            batch.append((clone, extractions[a.article_id]))
            if len(batch) == 500 or k == n - 1:
                dst.add_articles([c for c, _ in batch])
                for c, ex in batch:
                    reports = [replace(r, article_id=c.article_id) for r in ex.incidents]
                    dst.save_extraction(ArticleExtraction(c.article_id, reports, ex.cumulative_tolls),
                                        EXTRACTOR_VERSION)
                batch = []
    finally:
        src.close()
        dst.close()


CHILD = """
import json, resource, sys, time
from sitrep import pipeline
from sitrep.store import Store
store = Store.open(sys.argv[1], create=False)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
summary = pipeline.link(store)
seconds = time.perf_counter() - t
store.close()
print(json.dumps({"rss_before_mb": round(before), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                  "seconds": round(seconds, 1), "reports": summary.reports, "events": summary.events}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--work", default="/tmp/link-memory")
    ap.add_argument("--reuse", action="store_true", help="keep databases built by an earlier run")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        db = work / f"link-{n}.db"
        if not (args.reuse and db.exists()):
            t = time.perf_counter()
            build(Path(args.source), db, n)
            print(f"built {db} ({n} articles) in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        out = subprocess.run([sys.executable, "-c", CHILD, str(db)], check=True, capture_output=True, text=True)
        row = json.loads(out.stdout)
        print(f"{n:>6} articles: {row['reports']} reports, {row['events']} events; link {row['seconds']} s; "
              f"peak RSS {row['peak_rss_mb']} MB (before linking {row['rss_before_mb']} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
