"""Accuracy floors on the hand-annotated dev set: a drop fails CI; floors are raised deliberately.

The dev annotations (tests/data/gold-dev.jsonl, gold-clusters-dev.jsonl) and the scorer
(tests/data/score.py) are copies of shared/gold and shared/eval, so the suite runs anywhere.
The articles come from the bundled corpus through the real pipeline (ingest, extract, link).
Floors live in tests/data/eval_floors.json; quote `make eval` for the current figures.
"""
from __future__ import annotations

import csv
import importlib.util
import json

import pytest

from sitrep import pipeline
from sitrep.export import write_articles_jsonl
from sitrep.store import Store

from conftest import DATA, TEST_DATA

pytestmark = pytest.mark.model


def _scorer():
    spec = importlib.util.spec_from_file_location("gold_score", TEST_DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read_jsonl(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory):
    """Run the dev-set articles (and the clustered ones) through the pipeline and score them."""
    gold = _read_jsonl(TEST_DATA / "gold-dev.jsonl")
    clusters = _read_jsonl(TEST_DATA / "gold-clusters-dev.jsonl")
    wanted = {g["unit_id"] for g in gold} | {u for c in clusters for u in c["unit_ids"]}
    tmp = tmp_path_factory.mktemp("eval")
    with open(DATA / "fakes" / "FA-KES-Dataset.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for r in reader if r["unit_id"] in wanted]
    subset = tmp / "dev-subset.csv"
    with open(subset, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    store = Store.open(tmp / "eval.db")
    pipeline.run(store, [subset, DATA / "seeds"])
    pred = tmp / "pred.jsonl"
    with open(pred, "w") as fh:
        write_articles_jsonl(store, fh)
    return _scorer().score(gold, _read_jsonl(pred), clusters)


FLOORS = json.loads((TEST_DATA / "eval_floors.json").read_text())


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_set_score_does_not_drop_below_its_floor(dev_scores, metric):
    value = dev_scores
    for part in metric.split("."):
        value = value[part]
    floor = FLOORS[metric]
    if metric == "cumulative_tolls_leaked_as_incident_claims":
        assert value <= floor, f"{metric}: {value} leaked, ceiling {floor}"
    else:
        assert value >= floor, f"{metric}: {value} below floor {floor}"
