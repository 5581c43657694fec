"""Developer tool: measure cross-article event linking through the real pipeline, over the whole corpus.

    PYTHONPATH=src .venv/bin/python tools/cluster_eval.py [--cache /tmp/sitrep-cluster-eval.db]
        [--clusters ../shared/gold/clusters-dev.jsonl] [--errors 20] [--incremental] [--show-seeds]

1. Extraction is cached: the first run ingests data/seeds and data/fakes/FA-KES-Dataset.csv (all 804
   FA-KES articles, so non-gold articles can wrongly merge in, as they would in real use) and
   extracts them into the cache database with `sitrep.pipeline.ingest` / `extract` (minutes). Later
   runs reuse it while the extractor version is unchanged (`pipeline.extract` only extracts what is
   pending, so a new extractor version re-extracts by itself).
2. Linking runs from scratch on a throw-away copy of the cache: event membership and analyst
   corrections are cleared and `sitrep.pipeline.link` (link + reconcile + store) runs as
   `sitrep link` does (seconds). With --incremental, the corpus is linked in two passes (articles
   published before the last 10% of dates first, then the rest with the stored assignments as
   `previous`), the way a daily feed is linked.
3. The store is exported with `sitrep.export.write_articles_jsonl` (what `sitrep export --format
   articles-jsonl` writes) and scored by shared/eval/score.py --clusters (B-cubed and pairwise F1
   on the main incident's event id).
4. Linking errors are listed by kind (split: a gold event over several predicted events; merge: a
   predicted event holding several gold events or an article outside the gold set), with each
   article's date, place, type and title, to read before changing a feature.
5. Seed checks: 000+001 one event (Jisr al-Shughour); 002+003 one event (Karm al-Zeitoun) with
   figures_disagree or blame_disputed and both outlets' figures side by side; 004 an event of its
   own with the governor's and the Observatory's figures.

Exit status 0 when every seed check passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import delete, select

from sitrep import pipeline
from sitrep.export import write_articles_jsonl
from sitrep.extract import EXTRACTOR_VERSION
from sitrep.store import Store, schema

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = [ROOT / "data/seeds", ROOT / "data/fakes/FA-KES-Dataset.csv"]


def ensure_extracted(cache: Path) -> None:
    store = Store.open(cache)
    try:
        with store.engine.connect() as conn:   # failed extractions are not retried here
            done = set(conn.scalars(select(schema.extractions.c.article_id)
                                    .where(schema.extractions.c.extractor_version == EXTRACTOR_VERSION)))
        if not store.counts()["articles"] or set(store.pending_extraction(EXTRACTOR_VERSION)) - done:
            t = time.time()
            print(f"cache {cache}: ingesting and extracting (extractor {EXTRACTOR_VERSION}); this takes minutes",
                  file=sys.stderr)
            print(pipeline.ingest(store, CORPUS).line(), file=sys.stderr)
            print(pipeline.extract(store).line(), f"({time.time() - t:.0f} s)", file=sys.stderr)
    finally:
        store.close()


def clear_events(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(schema.event_members))
        conn.execute(delete(schema.events))
        conn.execute(delete(schema.corrections))


def link_incrementally(store: Store) -> None:
    """Link the earlier 90% of articles (by publication date), then the rest against them."""
    articles = list(store.articles())
    dates = sorted(a.pub_date.toordinal() for a in articles if a.pub_date)
    cut = dates[int(len(dates) * 0.9)] if dates else 0
    late = {a.article_id for a in articles if a.pub_date and a.pub_date.toordinal() >= cut}
    real_chunks = pipeline.link_item_chunks

    def early_chunks(s: Store, *args, **kwargs):
        for chunk in real_chunks(s, *args, **kwargs):
            yield [it for it in chunk if it.report.article_id not in late]

    pipeline.link_item_chunks = early_chunks
    try:
        pipeline.link(store)
    finally:
        pipeline.link_item_chunks = real_chunks
    pipeline.link(store)


def load_jsonl(path: Path | str) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main_incident(row: dict) -> dict | None:
    incidents = row.get("incidents") or []
    return next((i for i in incidents if i.get("main")), incidents[0] if incidents else None)


def describe(row: dict) -> str:
    m = main_incident(row) or {}
    place = m.get("town") or m.get("place") or "-"
    return (f"{row['unit_id']:<12} pub {row.get('pub_date') or '-':<10} inc {m.get('date') or '-':<10} "
            f"{(m.get('event_type') or '-'):<15} {place[:18]:<18} {str(m.get('admin1') or '-')[:11]:<11} "
            f"| {(row.get('title') or '')[:70]}")


def chaining(rows: list[dict]) -> None:
    """Over the whole corpus (gold or not): multi-article events, and those that look chained."""
    from datetime import date

    members: dict = defaultdict(list)
    for r in rows:
        m = main_incident(r)
        if m and m.get("event_id") is not None:
            members[m["event_id"]].append((r, m))
    multi = {e: ms for e, ms in members.items() if len(ms) > 1}
    spread = sum(1 for ms in multi.values()
                 if len({r["pub_date"] for r, _ in ms if r.get("pub_date")}) > 1 and
                 (max(date.fromisoformat(r["pub_date"]) for r, _ in ms if r.get("pub_date")) -
                  min(date.fromisoformat(r["pub_date"]) for r, _ in ms if r.get("pub_date"))).days > 3)
    regions = sum(1 for ms in multi.values() if len({m.get("admin1") for _, m in ms if m.get("admin1")}) > 1)
    print(f"whole corpus: {len(multi)} events with 2+ articles (by main incident), largest "
          f"{max((len(ms) for ms in multi.values()), default=0)}; published over more than 3 days: {spread}; "
          f"over several governorates: {regions}")


def linking_errors(rows: list[dict], clusters: list[dict], limit: int) -> None:
    by_unit = {r["unit_id"]: r for r in rows}
    gold_of = {str(u): c["cluster_id"] for c in clusters for u in c["unit_ids"]}
    pred_of = {}
    for r in rows:
        m = main_incident(r)
        pred_of[r["unit_id"]] = m.get("event_id") if m and m.get("event_id") is not None else f"solo:{r['unit_id']}"
    pred_members: dict = defaultdict(set)
    for u, e in pred_of.items():
        pred_members[e].add(u)
    splits, merges = [], []
    for c in clusters:
        units = [str(u) for u in c["unit_ids"]]
        events = {pred_of.get(u) for u in units}
        if len(events) > 1:
            splits.append((c, units))
    for e, units in pred_members.items():
        golds = {gold_of.get(u) for u in units if u in gold_of}
        if len(golds) > 1 or (golds and len(units) > len([u for u in units if u in gold_of])):
            merges.append((e, sorted(units, key=lambda u: (u not in gold_of, u))))
    print(f"\nsplit gold events: {len(splits)}  (gold event spread over several predicted events)")
    for c, units in splits[:limit]:
        print(f"  {c['cluster_id']} {c.get('date')} {c.get('place')}: {c.get('incident', '')[:90]}")
        for u in units:
            print(f"     ev {str(pred_of.get(u)):>6}  {describe(by_unit[u])}")
    print(f"\nmerged predicted events: {len(merges)}  (several gold events, or non-gold articles, in one event)")
    for e, units in merges[:limit]:
        print(f"  event {e}")
        for u in units:
            print(f"     {gold_of.get(u, 'non-gold'):>8}  {describe(by_unit[u])}")


def seed_checks(store: Store, rows: list[dict], show: bool) -> bool:
    seeds = {r["unit_id"][:3]: r for r in rows if r["unit_id"][:3].isdigit() and "_" in r["unit_id"]}
    events = {}
    for k, r in seeds.items():
        m = main_incident(r)
        events[k] = m.get("event_id") if m else None
    ok = True

    def check(name: str, cond: bool, detail: str = "") -> None:
        nonlocal ok
        ok &= bool(cond)
        print(f"  [{'ok' if cond else 'FAIL'}] {name}{(': ' + detail) if detail else ''}")

    def summary(eid):
        return store.event(eid)["summary"] if eid is not None else {}

    print("\nseed checks")
    check("000 and 001 one event (Jisr al-Shughour)", events.get("000") is not None and
          events.get("000") == events.get("001"), f"events {events.get('000')} / {events.get('001')}")
    same = events.get("002") is not None and events.get("002") == events.get("003")
    check("002 and 003 one event (Karm al-Zeitoun)", same, f"events {events.get('002')} / {events.get('003')}")
    if same:
        s = summary(events["002"])
        flags = set(s.get("flags") or [])
        check("  ... figures_disagree or blame_disputed", flags & {"figures_disagree", "blame_disputed"},
              ",".join(sorted(flags)) or "no flags")
        ids = {a.article_id: a.external_id[:3] for a in store.articles(s.get("articles") or [])}
        # each outlet's killed figure is a current speaker figure (a row of the table), not superseded
        latest = (s.get("outcomes") or {}).get("killed", {}).get("latest") or []
        shown = {ids.get(c["article_id"]) for c in latest}
        check("  ... both outlets' figures side by side", {"002", "003"} <= shown,
              "; ".join(f"{c['speaker']}: {c['low']}-{c['high']} ({ids.get(c['article_id'])})" for c in latest))
    alone = events.get("004") is not None and all(events.get("004") != events.get(k) for k in events if k != "004")
    check("004 its own event (Qaryatayn)", alone, f"event {events.get('004')}")
    if events.get("004") is not None:
        s = summary(events["004"])
        rows_ = [row for row in s.get("speakers") or [] if row.get("figures", {}).get("killed")]
        # the governor (Talal Barazi, "a Syrian official") says "more than 60"; the Observatory "at least 128"
        gov = [r for r in rows_ if r.get("speaker_type") == "government" and "60" in r["figures"]["killed"]]
        obs = [r for r in rows_ if "observatory" in r["speaker"].lower() and "128" in r["figures"]["killed"]]
        check("  ... governor's and Observatory's figures", gov and obs,
              "; ".join(f"{r['speaker']} ({r.get('speaker_type')}): {r['figures']['killed']}" for r in rows_))
    if show:
        from rich.console import Console

        from sitrep.show import render_event
        for eid in sorted({e for e in events.values() if e is not None}):
            event = store.event(eid)
            external = {a.article_id: a.external_id for a in store.articles(event["summary"].get("articles") or [])}
            reports = sorted(k for k, e in store.event_assignments().items() if e == eid)
            render_event(event, Console(width=160), external, reports)
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default="/tmp/sitrep-cluster-eval.db", help="extraction cache (SQLite)")
    ap.add_argument("--clusters", default=str(SHARED / "gold/clusters-dev.jsonl"))
    ap.add_argument("--gold", default=str(SHARED / "gold/dev.jsonl"))
    ap.add_argument("--errors", type=int, default=15, help="list up to N linking errors of each kind")
    ap.add_argument("--incremental", action="store_true", help="link 90%% of the corpus, then the last 10%%")
    ap.add_argument("--show-seeds", action="store_true", help="print `sitrep show` for the seed events")
    ap.add_argument("--out", default="/tmp/cluster-eval-pred.jsonl")
    args = ap.parse_args()

    cache = Path(args.cache)
    ensure_extracted(cache)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "link.db"
        src = Store.open(cache)   # checkpoints the WAL into the main file before the copy
        src.close()
        shutil.copy(cache, db)
        store = Store.open(db)
        clear_events(store)
        t = time.time()
        if args.incremental:
            link_incrementally(store)
        else:
            summary = pipeline.link(store)
            print(summary.line())
        print(f"link (+reconcile, store): {time.time() - t:.2f} s")
        buf = io.StringIO()
        write_articles_jsonl(store, buf)
        Path(args.out).write_text(buf.getvalue(), encoding="utf-8")
        rows = load_jsonl(args.out)
        res = subprocess.run([sys.executable, str(SHARED / "eval/score.py"), args.gold, args.out,
                              "--clusters", args.clusters, "--json"], capture_output=True, text=True, check=True)
        result = json.loads(res.stdout)
        b, p = result["linking_bcubed"], result["linking_pairwise"]
        print(f"B-cubed  P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f}  ({b['items']} articles)")
        print(f"pairwise P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f}")
        chaining(rows)
        if args.errors:
            linking_errors(rows, load_jsonl(args.clusters), args.errors)
        ok = seed_checks(store, rows, args.show_seeds)
        store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
