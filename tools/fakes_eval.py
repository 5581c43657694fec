"""Developer tool: extract every bundled FA-KES article and score main-incident admin1 against labels.

    .venv/bin/python tools/fakes_eval.py [--out /tmp/fakes-pred.jsonl] [--disagreements 40]

Parsed spaCy docs are cached in a DocBin (/tmp/sitrep-fakes-docs.spacy, keyed by the texts), so
after the first run only the extraction rules run again. Prints the score from
shared/eval/fakes_admin1.py and, with --disagreements N, N disagreements with the label and the
evidence sentence, to read before changing a rule (some labels are wrong).
"""
from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from spacy.tokens import DocBin

from sitrep.export import article_record
from sitrep.extract import extract_article
from sitrep.gazetteer import default_gazetteer
from sitrep.ingest import read_articles
from sitrep.nlp import load_nlp
from sitrep.records import Article

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "data/fakes/FA-KES-Dataset.csv"
CACHE = Path("/tmp/sitrep-fakes-docs.spacy")


def fakes_articles() -> list[Article]:
    return [a for a in read_articles([CSV]) if isinstance(a, Article)]


def parsed_docs(nlp, articles: list[Article]):
    key = hashlib.sha256("\x00".join([*nlp.pipe_names, *(a.text for a in articles)]).encode()).hexdigest()[:16]
    cache = CACHE.with_suffix(f".{key}.spacy")
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=f"/tmp/fakes-pred-{os.getpid()}.jsonl")
    ap.add_argument("--disagreements", type=int, default=0)
    args = ap.parse_args()
    nlp, gazetteer = load_nlp(), default_gazetteer()
    articles = fakes_articles()
    docs = parsed_docs(nlp, articles)
    records = []
    with open(args.out, "w") as fh:
        for article, doc in zip(articles, docs):
            extraction = extract_article(article, nlp, gazetteer, doc=doc)
            record = article_record(article, extraction, {r.key: 0 for r in extraction.incidents})
            records.append(record)
            fh.write(json.dumps(record) + "\n")
    status = subprocess.call([sys.executable, str(ROOT.parent / "shared/eval/fakes_admin1.py"), str(CSV), args.out])
    if args.disagreements:
        show_disagreements(records, args.disagreements)
    return status


@functools.lru_cache(maxsize=1)
def _admin1_key():
    """shared/eval/score.py's admin1 key, imported once."""
    sys.path.insert(0, str(ROOT.parent / "shared/eval"))
    from score import admin1_key
    return admin1_key


def fakes_key(name: str) -> str:
    """The scorer's admin1 key; FA-KES labels Rif Dimashq as damascus."""
    key = _admin1_key()(name)
    return "damascus" if key == "rif dimashq" else key


def show_disagreements(records: list[dict], limit: int) -> None:
    labels = {}
    with open(CSV, encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            labels.setdefault(row["unit_id"], row["location"].strip().lower())
    shown = 0
    for record in records:
        main = next((i for i in record.get("incidents", []) if i.get("main")), None)
        got = (main or {}).get("admin1") or ""
        label = labels.get(str(record["unit_id"]), "")
        if got and fakes_key(got) == fakes_key(label):
            continue
        main = main or {}
        print(f"{record['unit_id']}\tlabel={label}\tgot={got}\tplace={main.get('place')!r}"
              f"\tevidence={main.get('place_evidence')!r}")
        shown += 1
        if shown >= limit:
            break


if __name__ == "__main__":
    sys.exit(main())
