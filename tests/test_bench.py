"""`sitrep bench`: the pipeline and the plain full parse timed on the same texts, in one run."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.bench import bundled_corpus, write_bench_corpus
from sitrep.cli import app
from sitrep.ingest import read_articles

runner = CliRunner()


def test_the_bench_corpus_repeats_the_bundled_articles_under_fresh_ids(tmp_path):
    corpus = bundled_corpus()
    n = len(corpus) + 3
    path = write_bench_corpus(tmp_path / "bench.jsonl", n, corpus)
    articles = list(read_articles([path]))
    assert len(articles) == n
    assert len({a.article_id for a in articles}) == n                  # every copy is its own article
    first, copy = articles[0], articles[len(corpus)]
    assert copy.external_id == f"{first.external_id}~2" and copy.text == first.text
    assert copy.pub_date == first.pub_date and copy.outlet == first.outlet


@pytest.mark.model
def test_bench_json_has_the_rates_their_ratio_memory_and_the_stage_split():
    result = runner.invoke(app, ["bench", "--articles", "6", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["articles"] == 6 and figures["extract_failed"] == 0
    assert figures["articles_per_s"] > 0 and figures["baseline_articles_per_s"] > 0
    assert figures["speedup"] == pytest.approx(figures["articles_per_s"] / figures["baseline_articles_per_s"],
                                               rel=0.01)
    assert set(figures["stages"]) == {"ingest", "parse", "rules", "place", "store", "link"}
    assert figures["stages"]["parse"] > 0 and figures["stages"]["rules"] > 0
    assert figures["peak_rss_mb"] > 100                                  # the model alone is larger


@pytest.mark.model
def test_bench_prints_a_readable_summary_with_the_linking_benchmark():
    result = runner.invoke(app, ["bench", "--articles", "3", "--no-baseline", "--link-size", "300",
                                 "--link-size", "600"])
    assert result.exit_code == 0, result.output
    assert "sitrep extraction:" in result.output and "baseline" not in result.output
    assert "stages: ingest" in result.output
    assert "link     300 reports:" in result.output and "link     600 reports:" in result.output
