"""Benchmarks: the whole pipeline against a plain spaCy parse (`sitrep bench`), and linking at scale.

`sitrep bench [--articles N] [--workers N] [--json]` ingests the bundled corpus (the seed documents
and FA-KES, repeated under fresh ids or cut to N articles) into a temporary SQLite store, runs
extract and link, and then runs the baseline: the same spaCy pipeline in full (`nlp.pipe`, every
component, every sentence) over the same texts, in the same process. It prints both rates in
articles per second and their ratio (`speedup`; `cpu_speedup` compares articles per CPU second,
steadier on a shared machine), the peak resident memory of the run, and the seconds per stage
(ingest, parse, rules, place, store, link; with workers, parse/rules/place add up the workers').

The web pages' benchmark, `python -m sitrep.bench --only pages [--pages 100000]`, builds a database
of that many synthetic events (below) and times the events page (with filters), the event page and
the events API through the web app; the target is < 100 ms each.

The linking benchmark, `python -m sitrep.bench [--sizes 10000 30000 100000] [--seed 7]`, generates
synthetic incident reports (seeded): events in random towns of six countries over six
years, each reported by one to six articles with their own wording, figures and a day or two of
date noise, plus unrelated events on the same days nearby. Times `link_reports` at each size,
prints the growth ratio largest/smallest (10x the reports should cost ~10x the time when
blocking works) and the B-cubed F1 against the generated truth, then an incremental case: link
the oldest 90% of the largest set (by publication day, as a feed arrives), then add the newest 10%
with `previous`.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitrep.errors import SetupError

from sitrep.link import LinkItem, link_reports
from sitrep.records import (GEO_ADMIN1, GEO_EXACT, Article, CasualtyClaim, IncidentDate, IncidentReport, PerpetratorClaim,
                            Place, Span, Speaker)

COUNTRIES = {  # name: (lat0, lat1, lon0, lon1)
    "Syria": (32.5, 37.0, 35.8, 42.0), "Yemen": (13.0, 17.5, 43.0, 52.0), "Ukraine": (45.5, 52.0, 23.0, 40.0),
    "Sudan": (9.0, 22.0, 22.0, 37.0), "Nigeria": (4.5, 13.5, 3.0, 14.5), "Myanmar": (10.0, 28.0, 92.5, 101.0),
}
TYPES = ["air_strike", "shelling", "bombing", "suicide_bombing", "armed_clash", "massacre", "abduction"]
TYPE_WORDS = {"air_strike": "air strikes hit", "shelling": "shelling struck", "bombing": "a car bomb exploded in",
              "suicide_bombing": "a suicide bomber attacked", "armed_clash": "fighting raged in",
              "massacre": "gunmen massacred villagers in", "abduction": "gunmen abducted residents of"}
SPEAKERS = [("activists", "opposition"), ("state media", "state_media"), ("monitor", "monitor"),
            ("local official", "government"), ("witnesses", "witness"), ("the army", "military")]
ACTORS = ["government forces", "rebels", "Islamic State", "militia", "unknown gunmen", "coalition"]
START = date(2012, 1, 1)
DAYS = 6 * 365


def _syllable_name(rng: random.Random) -> str:
    parts = ["al", "kar", "mis", "rin", "tal", "has", "dar", "ban", "kafr", "um", "zur", "bek", "lo", "na", "ri"]
    return "".join(rng.choice(parts) for _ in range(rng.randint(2, 3))).capitalize()


def _gazetteer(rng: random.Random, towns_per_country: int = 600) -> list[tuple[str, str, str, float, float]]:
    out = []
    for country, (la0, la1, lo0, lo1) in COUNTRIES.items():
        for i in range(towns_per_country):
            name = f"{_syllable_name(rng)}{i}"
            out.append((name, f"{country}-A{i % 12}", country, rng.uniform(la0, la1), rng.uniform(lo0, lo1)))
    return out


def synthetic_items(n: int, seed: int = 7) -> tuple[list[LinkItem], dict[tuple[str, int], int]]:
    """n LinkItems and the true event of each report key."""
    rng = random.Random(seed)
    towns = _gazetteer(rng)
    vocab = [f"{_syllable_name(rng).lower()}{k}" for k in range(8000)]
    items: list[LinkItem] = []
    truth: dict[tuple[str, int], int] = {}
    event = 0
    while len(items) < n:
        event += 1
        town, admin1, country, lat, lon = rng.choice(towns)
        day = START + timedelta(days=rng.randrange(DAYS))
        etype = rng.choice(TYPES)
        killed = rng.choice([1, 2, 3, 4, 5, 7, 8, 11, 12, 15, 18, 22, 27, 30, 35, 42, 53, 67, 128])
        actor = rng.choice(ACTORS)
        topic = rng.sample(vocab, 8)
        for _ in range(min(rng.choice([1, 1, 2, 2, 3, 4, 6]), n - len(items))):
            aid = f"s{len(items):07d}"
            speaker, kind = rng.choice(SPEAKERS)
            figure = max(1, killed + rng.choice([0, 0, 0, -1, 2, killed // 2]))
            coarse = rng.random() < 0.15
            words = " ".join(rng.sample(topic, 5) + rng.sample(vocab, 6))
            place_text = f"{admin1} province" if coarse else town
            sentence = f"{TYPE_WORDS[etype]} {place_text}, killing {figure} people, {speaker} said, blaming {actor}."
            text = f"{sentence} {words}."
            ev = Span(0, len(sentence), sentence)
            place = (Place(admin1, None, admin1, country, precision=GEO_ADMIN1) if coarse else
                     Place(town, town, admin1, country, lat, lon, precision=GEO_EXACT))
            when = day + timedelta(days=rng.choice([0, 0, 0, 1, -1]))
            pub = day + timedelta(days=rng.choice([0, 1, 1, 2, 3]))
            known = rng.random() < 0.8
            sp = Speaker(speaker, speaker, kind)  # type: ignore[arg-type]
            report = IncidentReport(
                aid, 0, True, etype if rng.random() < 0.85 else rng.choice(TYPES),  # type: ignore[arg-type]
                casualty_claims=[CasualtyClaim("killed", figure, figure, "all", sp, ev, ev)],
                perpetrator_claims=[PerpetratorClaim(actor, sp, "accuses", ev, ev)],
                place=place, date=IncidentDate(when, when, "day") if known else IncidentDate(), anchor=ev)
            title = f"{figure} killed as {TYPE_WORDS[etype]} {place_text}"
            items.append(LinkItem(report, rng.choice(["AFP", "Reuters", "AP", "Al Jazeera", "BBC"]), pub, title, text))
            truth[report.key] = event
    return items, truth


def bcubed_f1(truth: dict, pred: dict) -> float:
    g, p = defaultdict(set), defaultdict(set)
    for k in truth:
        g[truth[k]].add(k)
        p[pred[k]].add(k)
    prec = sum(len(g[truth[k]] & p[pred[k]]) / len(p[pred[k]]) for k in truth) / len(truth)
    rec = sum(len(g[truth[k]] & p[pred[k]]) / len(g[truth[k]]) for k in truth) / len(truth)
    return 2 * prec * rec / (prec + rec)


# --- the workbench's pages on a large database ---------------------------------------------------

def synthetic_store(path: str, n_events: int, seed: int = 7) -> "object":
    """A SQLite store of `n_events` events (the synthetic reports above, grouped by their true
    event, each reconciled), written with bulk inserts: articles, extractions, reports, claims,
    members, events and the events page's index."""
    import os

    from sqlalchemy import insert

    from sitrep.pipeline import event_row
    from sitrep.reconcile import reconcile
    from sitrep.records import to_dict
    from sitrep.store import Store, schema

    if os.path.exists(path):
        os.remove(path)
    store = Store.open(path)
    items, truth = synthetic_items(int(n_events * 2.8), seed)
    groups: dict[int, list[LinkItem]] = defaultdict(list)
    for item in items:
        groups[truth[item.report.key]].append(item)
    chosen = sorted(groups)[:n_events]
    now = __import__("datetime").datetime(2026, 1, 1)
    articles, extractions, reports, members, rows = [], [], [], [], []
    for eid in chosen:
        for item in groups[eid]:
            r = item.report
            articles.append({"article_id": r.article_id, "external_id": r.article_id, "text_hash": r.article_id,
                             "title": item.title, "text": item.text, "outlet": item.outlet, "pub_date": item.pub_date,
                             "ingested_at": now})
            extractions.append({"article_id": r.article_id, "extractor_version": "bench", "status": "ok",
                                "extracted_at": now})
            p = r.place
            reports.append({"article_id": r.article_id, "idx": 0, "main": True, "event_type": r.event_type,
                            "place": p.name if p else None, "admin1": p.admin1 if p else None,
                            "country": p.country if p else None, "lat": p.lat if p else None,
                            "lon": p.lon if p else None, "geo_precision": p.precision if p else None,
                            "date_start": r.date.start, "date_end": r.date.end,
                            "time_precision": r.date.precision, "record": to_dict(r)})
            members.append({"article_id": r.article_id, "idx": 0, "event_id": eid})
        rows.append(event_row(eid, reconcile(eid, groups[eid]), len(groups[eid])))
    with store.engine.begin() as conn:
        for table, data in ((schema.articles, articles), (schema.extractions, extractions),
                            (schema.incident_reports, reports)):
            for start in range(0, len(data), 20_000):
                conn.execute(insert(table), data[start:start + 20_000])
    store.save_events({(m["article_id"], m["idx"]): m["event_id"] for m in members}, rows)
    return store


def pages_bench(n_events: int = 100_000, seed: int = 7, repeat: int = 15) -> dict[str, float]:
    """Median milliseconds the events page, the event page and the events API take to answer
    (rendered, through the app in-process) on a database of `n_events` events."""
    import statistics
    import tempfile

    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = synthetic_store(f"{tmp}/pages.db", n_events, seed)
        print(f"pages: built a {n_events}-event database in {time.perf_counter() - t0:.0f} s", flush=True)
        client = TestClient(create_app(store))
        rng = random.Random(seed)
        ids = [e["event_id"] for e in client.get("/api/events", params={"per_page": 500}).json()["events"]]
        cases = {
            "events page (largest first)": lambda: "/events",
            "events page, contested, page 40": lambda: "/events?contested=1&page=40",
            "events page, contested, sorted by date": lambda: "/events?contested=1&sort=date",
            "events page, country + sort by date": lambda: "/events?country=Syria&sort=date",
            "events page, admin1 + type + dates": lambda: "/events?admin1=Syria-A3&event_type=shelling"
                                                          "&date_from=2014-01-01&date_to=2015-12-31",
            "events page, actor": lambda: "/events?actor=rebels",
            "events page, free text": lambda: "/events?q=militia",
            "event page": lambda: f"/events/{rng.choice(ids)}",
            "events API": lambda: "/api/events?contested=true&sort=killed",
        }
        out = {}
        for name, url in cases.items():
            t = time.perf_counter()
            client.get(url())   # the first answer for this filter: nothing cached
            first = (time.perf_counter() - t) * 1000
            times = []
            for _ in range(repeat):
                u = url()
                t = time.perf_counter()
                r = client.get(u)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (u, r.status_code)
            out[name] = statistics.median(times)
            print(f"pages: {name:<40} {out[name]:6.1f} ms median of {repeat}, first {first:6.1f} ms "
                  f"({'ok' if max(out[name], first) < 100 else 'OVER'} the 100 ms target)", flush=True)
        store.close()
    return out


def link_bench(sizes: list[int], seed: int = 7, echo: Any = print) -> dict[str, Any]:
    """Time `link_reports` on synthetic reports at each size, then the incremental feed case."""
    times: dict[int, float] = {}
    rows = []
    largest = max(sizes)
    items, truth = synthetic_items(largest, seed)
    for n in sorted(sizes):
        sub = items[:n]
        t0, c0 = time.perf_counter(), time.process_time()
        ids = link_reports(sub)
        times[n] = time.perf_counter() - t0
        cpu = time.process_time() - c0
        f1 = bcubed_f1({k: truth[k] for k in ids}, ids)
        rows.append({"reports": n, "seconds": round(times[n], 2), "cpu_seconds": round(cpu, 2),
                     "events": len(set(ids.values())), "bcubed_f1": round(f1, 3)})
        # CPU seconds too: on a shared machine the wall clock also measures the neighbours
        echo(f"link {n:>7} reports: {times[n]:7.1f} s ({cpu:.1f} s CPU)  {len(set(ids.values())):>7} events  "
             f"B-cubed F1 {f1:.3f}")
    lo, hi = min(times), max(times)
    echo(f"growth {hi // lo}x reports -> {times[hi] / times[lo]:.1f}x time")

    # a feed: the archive is linked, then the newest tenth (by publication day) arrives
    feed = sorted(items, key=lambda it: (it.pub_date, it.key))
    cut = largest * 9 // 10
    t0 = time.perf_counter()
    first = link_reports(feed[:cut])
    t1 = time.perf_counter()
    both = link_reports(feed, previous=first)
    t2 = time.perf_counter()
    stable = all(both[k] == v for k, v in first.items())
    echo(f"incremental (newest tenth of a feed): link {cut} in {t1 - t0:.1f} s, then add {largest - cut} with "
         f"previous in {t2 - t1:.1f} s = {(t2 - t1) / (t1 - t0):.2f}x the archive pass "
         f"(ids stable: {stable}, B-cubed F1 {bcubed_f1(truth, both):.3f})")
    return {"sizes": rows, "growth_time_ratio": round(times[hi] / times[lo], 2),
            "incremental_ratio": round((t2 - t1) / (t1 - t0), 3), "ids_stable": stable}


# --- the whole pipeline against a plain parse -------------------------------------------------------

BUNDLED = ("seeds", "fakes/FA-KES-Dataset.csv")


def bundled_corpus(data: Path | None = None) -> list[Article]:
    """The distinct articles of the bundled corpus (data/seeds and FA-KES), as ingest reads them
    (FA-KES repeats a few rows; a repeat would be skipped by ingest and distort the count)."""
    from sitrep.ingest import read_articles

    data = data or Path(__file__).resolve().parents[2] / "data"
    paths = [data / name for name in BUNDLED]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise SetupError(f"the bundled corpus is not here ({', '.join(missing)}): run the benchmark in a checkout")
    distinct = {a.article_id: a for a in read_articles(paths) if isinstance(a, Article)}
    return list(distinct.values())


def write_bench_corpus(path: Path, n: int, corpus: list[Article]) -> Path:
    """A JSONL file of n articles: the corpus repeated under fresh ids (`UNIT~2`), so every copy
    is a distinct article that ingest stores and extraction parses again."""
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(n):
            article = corpus[k % len(corpus)]
            copy = k // len(corpus)
            fh.write(json.dumps({"id": article.external_id + (f"~{copy + 1}" if copy else ""),
                                 "title": article.title, "text": article.text, "outlet": article.outlet,
                                 "date": article.pub_date.isoformat() if article.pub_date else None}) + "\n")
    return path


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB (Linux: KB units)."""
    import resource

    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale)


def cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (the extraction workers). On a shared
    machine the wall clock also measures the neighbours; CPU time measures the work."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def baseline_rates(texts: list[str]) -> tuple[float, float]:
    """Articles per wall-clock and per CPU second of the full spaCy pipeline over the texts: every
    component, every sentence, spaCy's own batching."""
    from sitrep.nlp import load_nlp

    nlp = load_nlp()
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts):
        pass
    return len(texts) / (time.perf_counter() - start), len(texts) / (cpu_seconds() - cpu)


def pipeline_bench(articles: int = 2000, workers: int = 1, baseline: bool = True,
                   link_sizes: list[int] | None = None) -> dict[str, Any]:
    """Run the pipeline on `articles` articles of the bundled corpus and the baseline on the same
    texts; return the figures `sitrep bench --json` prints."""
    from sitrep import pipeline
    from sitrep.engine import EngineOptions
    from sitrep.extract import EXTRACTOR_VERSION
    from sitrep.gazetteer import default_gazetteer
    from sitrep.nlp import load_nlp
    from sitrep.stages import STAGES, StageClock
    from sitrep.store import Store

    corpus = bundled_corpus()
    load_nlp(), default_gazetteer()      # model loading is set-up, not throughput
    clock = StageClock()
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        source = write_bench_corpus(Path(tmp) / "bench.jsonl", articles, corpus)
        del corpus
        store = Store.open(Path(tmp) / "bench.db")
        start = time.perf_counter()
        with clock("ingest"):
            ingested = pipeline.ingest(store, [source])
        extract_start, extract_cpu = time.perf_counter(), cpu_seconds()
        extracted = pipeline.extract(store, engine=EngineOptions(workers=workers), clock=clock)
        extract_seconds, extract_cpu = time.perf_counter() - extract_start, cpu_seconds() - extract_cpu
        with clock("link"):
            linked = pipeline.link(store)
        total_seconds = time.perf_counter() - start
        rss, rss_workers = peak_rss_mb()
        texts = [a.text for a in store.articles()] if baseline else []
        store.close()
    done = extracted.extracted + extracted.failed
    result: dict[str, Any] = {
        "articles": done,
        "workers": workers,
        "extractor_version": EXTRACTOR_VERSION,
        "articles_per_s": round(done / extract_seconds, 2),
        "cpu_articles_per_s": round(done / extract_cpu, 2),
        "pipeline_articles_per_s": round(done / total_seconds, 2),
        "incident_reports": extracted.incidents,
        "events": linked.events,
        "ingest_failed": ingested.failed,
        "extract_failed": extracted.failed,
        "peak_rss_mb": round(rss, 1),
        "peak_rss_worker_mb": round(rss_workers, 1),
        "stages": {stage: round(clock.seconds.get(stage, 0.0), 2) for stage in STAGES},
    }
    if baseline:
        rate, cpu_rate = baseline_rates(texts)
        result["baseline_articles_per_s"] = round(rate, 2)
        result["baseline_cpu_articles_per_s"] = round(cpu_rate, 2)
        result["speedup"] = round(result["articles_per_s"] / rate, 3)
        result["cpu_speedup"] = round(result["cpu_articles_per_s"] / cpu_rate, 3)
    if link_sizes:
        result["link"] = link_bench(link_sizes, echo=lambda line: None)
    return result


def format_result(result: dict[str, Any]) -> str:
    """The benchmark as a few lines for a terminal."""
    lines = [f"articles: {result['articles']} (workers: {result['workers']}; "
             f"{result['incident_reports']} incident reports, {result['events']} events)",
             f"sitrep extraction: {result['articles_per_s']:.2f} articles/s "
             f"(whole pipeline with ingest and link: {result['pipeline_articles_per_s']:.2f} articles/s)"]
    if "baseline_articles_per_s" in result:
        lines.append(f"baseline (full spaCy pipeline, every sentence): {result['baseline_articles_per_s']:.2f} "
                     f"articles/s; speedup {result['speedup']:.2f}x")
        lines.append(f"per CPU second: sitrep {result['cpu_articles_per_s']:.2f}, baseline "
                     f"{result['baseline_cpu_articles_per_s']:.2f} articles; speedup {result['cpu_speedup']:.2f}x")
    lines.append(f"peak RSS: {result['peak_rss_mb']:.0f} MB (largest worker {result['peak_rss_worker_mb']:.0f} MB)")
    total = sum(result["stages"].values()) or 1.0
    lines.append("stages: " + ", ".join(f"{name} {secs:.1f} s ({100 * secs / total:.0f}%)"
                                        for name, secs in result["stages"].items()))
    for row in result.get("link", {}).get("sizes", []):
        lines.append(f"link {row['reports']:>7} reports: {row['seconds']:7.1f} s ({row['cpu_seconds']:.1f} s CPU) "
                     f"{row['events']:>7} events  B-cubed F1 {row['bcubed_f1']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pages", type=int, default=100_000, help="events in the web pages' benchmark (0: skip)")
    ap.add_argument("--only", choices=["link", "pages"], help="run one benchmark")
    args = ap.parse_args(argv)
    if args.only != "link" and args.pages:
        pages_bench(args.pages, args.seed)
    if args.only != "pages":
        link_bench(args.sizes, args.seed, echo=lambda line: print(line, flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
