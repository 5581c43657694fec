"""Developer tool: linking errors of the READ parts of the dev sets, with the pair scores behind them.

    .venv/bin/python tools/link_errors.py [--sets more,semeval,dev] [--work eval-runs] [--limit 40]

Reads the databases and exports `tools/eval_sets.py` left in --work (run it first, or with
--relink after a linking change). For every gold incident of a read part (the blind thirds are
never shown, by the same `is_blind` split):

- split: its articles fell into several predicted events; the best cross pair is printed with
  its score components (`link.pair_parts`), so one sees which feature kept them apart;
- merge: a predicted event holds articles of several read gold incidents (their best pair too).

Articles outside the read part (blind, or not in the gold set) are left out of the listing.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_sets import load_jsonl, part_of  # noqa: E402

from sitrep import pipeline  # noqa: E402
from sitrep.link import THRESHOLD, WEIGHTS, features_of, pair_parts, pair_score  # noqa: E402
from sitrep.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def gold_clusters(shared: Path, name: str) -> dict[str, str]:
    """unit id -> gold incident id, read part only."""
    if name == "semeval":
        docs = load_jsonl(shared / "external/semeval/semeval-gold-docs.jsonl")
        return {d["id"]: d["incident_id"] for d in docs if part_of(str(d["incident_id"])) == "read"}
    path = shared / ("gold/more/clusters.jsonl" if name == "more" else "gold/clusters-dev.jsonl")
    return {str(u): c["cluster_id"] for c in load_jsonl(path) if part_of(str(c["cluster_id"])) == "read"
            for u in c["unit_ids"]}


def main_incident(row: dict) -> tuple[int, dict] | None:
    incidents = row.get("incidents") or []
    for n, inc in enumerate(incidents):
        if inc.get("main"):
            return n, inc
    return (0, incidents[0]) if incidents else None


def describe(row: dict) -> str:
    m = main_incident(row)
    inc = m[1] if m else {}
    killed = sorted({c.get("low") or c.get("high") for c in inc.get("casualty_claims", [])
                     if c.get("outcome") == "killed" and (c.get("low") or c.get("high"))})
    place = inc.get("town") or inc.get("place") or "-"
    return (f"{row['unit_id'][:10]:<10} pub {row.get('pub_date') or '-':<10} inc {inc.get('date') or '-':<10}"
            f"({inc.get('time_precision') or '-':<7}) {inc.get('event_type') or '-':<15} "
            f"{place[:20]:<20} {str(inc.get('admin1') or '-')[:12]:<12} k{killed[:3]} | {(row.get('title') or '')[:60]}")


def parts_text(parts: dict[str, float] | None) -> str:
    if parts is None:
        return "dates too far apart"
    total = sum(WEIGHTS[k] * v for k, v in parts.items()) / sum(WEIGHTS[k] for k in parts)
    return f"{total:.2f} (" + " ".join(f"{k} {v:.2f}" for k, v in parts.items()) + ")"


def best_pair(units_a: list[str], units_b: list[str], key_of: dict[str, tuple], feats: dict) -> str:
    best = None
    for a in units_a:
        for b in units_b:
            fa, fb = feats.get(key_of.get(a)), feats.get(key_of.get(b))
            if fa is None or fb is None:
                continue
            parts = pair_parts(fa, fb)
            score = -1.0 if parts is None else pair_score(fa, fb)
            if best is None or score > best[0]:
                best = (score, a, b, parts)
    if best is None:
        return "no comparable pair"
    return f"best pair {best[1][:10]}~{best[2][:10]}: {parts_text(best[3])} vs threshold {THRESHOLD}"


def report_set(name: str, shared: Path, work: Path, limit: int) -> None:
    gold = gold_clusters(shared, name)
    rows = {str(r["unit_id"]): r for r in load_jsonl(work / f"{name}-pred.jsonl")}
    store = Store.open(work / f"{name}.db", create=False)
    try:
        items = pipeline.link_items(store)
    finally:
        store.close()
    feats = features_of(items)
    key_of = {}
    for u, r in rows.items():
        m = main_incident(r)
        if m:
            key_of[u] = (r["article_id"], m[0])
    pred = {}
    for u in gold:
        m = main_incident(rows.get(u, {}))
        pred[u] = m[1].get("event_id") if m and m[1].get("event_id") is not None else f"solo:{u}"
    by_gold, by_pred = defaultdict(list), defaultdict(list)
    for u, g in gold.items():
        by_gold[g].append(u)
        by_pred[pred[u]].append(u)
    print(f"\n===== {name}: {len(by_gold)} read incidents, {len(set(pred.values()))} predicted events")
    listings = [("SPLIT gold", g, units, pred, "ev") for g, units in sorted(by_gold.items())]
    listings += [("MERGE event", e, units, gold, "gold") for e, units in sorted(by_pred.items(), key=lambda kv: str(kv[0]))]
    shown = 0
    for kind, name_, units, other_of, tag in listings:
        parts = defaultdict(list)
        for u in units:
            parts[other_of[u]].append(u)
        if len(parts) < 2 or shown >= limit:
            continue
        shown += 1
        print(f"\n{kind} {name_}: {len(units)} articles over {len(parts)}")
        for other, us in parts.items():
            for u in us:
                print(f"   {tag} {str(other)[:12]:<12} {describe(rows[u])}")
        groups = list(parts.values())
        print("   " + best_pair(groups[0], [u for grp in groups[1:] for u in grp], key_of, feats))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--work", default=str(ROOT / "eval-runs"))
    ap.add_argument("--sets", default="more,semeval")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    for name in args.sets.split(","):
        report_set(name, Path(args.shared), Path(args.work), args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
