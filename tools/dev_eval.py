"""Developer tool: extract the dev-set articles straight from the bundled corpus and score them.

    .venv/bin/python tools/dev_eval.py [--gold ../shared/gold/dev.jsonl] [--out /tmp/dev-pred.jsonl] [--show-errors 30]

Reads FA-KES rows and seed files directly (no store), runs `extract_article`, writes
articles-jsonl and runs shared/eval/score.py. For quick iteration on extraction rules; the real
measurement is `make eval` over the whole pipeline.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from sitrep.export import article_record
from sitrep.extract import extract_article
from sitrep.ingest import read_articles
from sitrep.records import Article

ROOT = Path(__file__).resolve().parent.parent


def dev_articles(unit_ids: set[str]) -> list[Article]:
    """The dev articles exactly as `sitrep ingest` reads them (same decoding, cleaning, dateline)."""
    out, seen = [], set()
    for item in read_articles([ROOT / "data/seeds", ROOT / "data/fakes/FA-KES-Dataset.csv"]):
        if isinstance(item, Article) and item.external_id in unit_ids and item.external_id not in seen:
            seen.add(item.external_id)
            out.append(item)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT.parent / "shared/gold/dev.jsonl"))
    ap.add_argument("--out", default=f"/tmp/dev-pred-{os.getpid()}.jsonl")
    ap.add_argument("--show-errors", default="30")
    args = ap.parse_args()
    gold_ids = {json.loads(line)["unit_id"] for line in open(args.gold) if line.strip()}
    with open(args.out, "w") as fh:
        for article in dev_articles(gold_ids):
            extraction = extract_article(article)
            event_of = {r.key: hash(r.key) % 100000 for r in extraction.incidents}
            fh.write(json.dumps(article_record(article, extraction, event_of)) + "\n")
    return subprocess.call([sys.executable, str(Path(args.gold).parent.parent / "eval/score.py"), args.gold,
                            args.out, "--show-errors", args.show_errors])


if __name__ == "__main__":
    sys.exit(main())
