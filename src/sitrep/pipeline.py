"""The pipeline over a store: ingest -> extract -> link (with reconcile), each stage resumable.

These are the functions the CLI (and a Python user) calls. Each reads what the store holds, does
only the work not yet done, writes in transactions, and returns a summary record. A `progress`
callback `(stage, done, total)` lets a caller draw progress bars without this module knowing how.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.records import Article, to_dict
from sitrep.store import Store

Progress = Callable[[str, int, int], None]
INGEST_BATCH = 200
LINK_ATTEMPTS = 20


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


@dataclass
class IngestSummary:
    new: int = 0
    present: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)               # repairs and assumptions (encodings, NULs)
    repeated_ids: dict[str, int] = field(default_factory=dict)   # external id -> distinct texts under it
    shared_texts: int = 0                                        # texts stored under more than one id

    def line(self) -> str:
        """The one-line summary every ingest ends with."""
        out = f"ingest: {self.new} new, {self.present} already present, {self.failed} failed"
        if self.repeated_ids:
            out += (f"; {len(self.repeated_ids)} external ids carry more than one distinct text "
                    f"({', '.join(sorted(self.repeated_ids)[:5])}{'...' if len(self.repeated_ids) > 5 else ''}), "
                    "all kept")
        if self.shared_texts:
            out += f"; {self.shared_texts} texts appear under more than one id, all kept"
        return out


@dataclass
class ExtractSummary:
    extracted: int = 0
    failed: int = 0
    already: int = 0
    incidents: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)               # figures refused as claims

    def line(self) -> str:
        return (f"extract: {self.extracted} articles extracted ({self.incidents} incident reports), "
                f"{self.already} already done, {self.failed} failed")


@dataclass
class LinkSummary:
    reports: int = 0
    events: int = 0
    multi_report_events: int = 0
    new_events: int = 0

    def line(self) -> str:
        return (f"link: {self.reports} incident reports in {self.events} events "
                f"({self.multi_report_events} reported by two or more articles, {self.new_events} new)")


def ingest(store: Store, paths: list[str | Path], progress: Progress = _no_progress) -> IngestSummary:
    """Read articles from files and folders into the store; bad inputs are listed, the rest go on."""
    from sitrep.ingest import read_articles
    from sitrep.ingest.readers import InputNote

    summary = IngestSummary()
    batch: list[Article] = []
    seen_texts: dict[str, set[str]] = {}
    failures: list[InputError] = []

    def fail(error: InputError) -> None:
        summary.failed += 1
        summary.errors.append(str(error))
        failures.append(error)

    def flush() -> None:
        for article, was_new in add_articles_safely(store, batch, fail):
            if was_new:
                summary.new += 1
            else:
                summary.present += 1
        progress("ingest", summary.new + summary.present + summary.failed, 0)
        batch.clear()
        store.add_input_errors("ingest", failures)
        failures.clear()

    try:
        for item in read_articles(paths):
            if isinstance(item, InputError):
                fail(item)
                continue
            if isinstance(item, InputNote):
                summary.notes.append(str(item))
                continue
            seen_texts.setdefault(item.external_id, set()).add(item.article_id)
            batch.append(item)
            if len(batch) >= INGEST_BATCH:
                flush()
    finally:
        flush()     # articles read before an interruption or an unforeseen fault are kept
    summary.repeated_ids = {eid: len(ids) for eid, ids in seen_texts.items() if len(ids) > 1}
    summary.shared_texts = len(store.copies_by_text())
    return summary


def add_articles_safely(store: Store, batch: list[Article],
                        fail: Callable[[InputError], None]) -> list[tuple[Article, bool]]:
    """Store a batch; if the database refuses it for one article's data (not for a fault of its
    own, like a full disk, which propagates), store the batch one article at a time so only that
    article is reported, by file and row, and the rest are kept."""
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    try:
        return list(zip(batch, store.add_articles(batch)))
    except OperationalError:
        raise
    except (SQLAlchemyError, ValueError, OverflowError) as exc:
        if len(batch) == 1:
            article = batch[0]
            where = f"{article.source_path}:{article.source_row}" if article.source_row else str(article.source_path)
            fail(InputError(where, f"cannot be stored: {exc.__class__.__name__}: {str(exc).splitlines()[0][:160]}"))
            return []
    return [pair for article in batch for pair in add_articles_safely(store, [article], fail)]


def extract(store: Store, progress: Progress = _no_progress, engine: Any = None,
            clock: Any = None) -> ExtractSummary:
    """Extract every article not yet extracted by this extractor version. Resumable: each article's
    results are committed as it finishes, so an interrupted run picks up where it stopped.
    `engine` (`sitrep.engine.EngineOptions`) says where extraction runs: this process, local
    cores (the default: all of them) or a Dask cluster; the results are the same."""
    from sitrep.engine import EngineOptions, extract_stream
    from sitrep.extract import EXTRACTOR_VERSION
    from sitrep.stages import NO_CLOCK

    options, clock = engine or EngineOptions(), clock or NO_CLOCK
    summary = ExtractSummary()
    pending = store.pending_extraction(EXTRACTOR_VERSION)
    summary.already = store.counts()["articles"] - len(pending)
    total = len(pending)
    progress("extract", 0, total)
    size = options.batch_articles
    batches = (list(store.articles(pending[start:start + size])) for start in range(0, total, size))
    for article, result in extract_stream(batches, options, clock, expected=-(-total // size)):
        with clock("store"):
            store_extraction_safely(store, article, result, EXTRACTOR_VERSION, summary)
        progress("extract", summary.extracted + summary.failed, total)
    return summary


def store_extraction_safely(store: Store, article: Article, result: Any, version: str,
                            summary: ExtractSummary) -> None:
    """Store one article's extraction, or record it as failed with its reason.

    Absurd figures are refused as claims first (kept in `ingest_errors`, listed by `sitrep
    errors`). A row the database refuses for its data fails this article only; a fault of the
    database itself (full disk, read-only file) propagates, since every later article would fail
    the same way."""
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    from sitrep.extract.sanity import refuse_absurd_figures

    if not isinstance(result, Exception):
        result, refused = refuse_absurd_figures(result, article)
        if refused:
            store.add_input_errors("extract", refused)
            summary.notes.extend(str(r) for r in refused)
        try:
            store.save_extraction(result, version)
            summary.extracted += 1
            summary.incidents += len(result.incidents)
            return
        except OperationalError:
            raise
        except (SQLAlchemyError, ValueError, OverflowError, TypeError) as exc:
            result = exc
    summary.failed += 1
    detail = str(result).splitlines()[0][:300] if str(result) else ""
    message = f"{article.source_path}:{article.source_row or ''} ({article.external_id}): " \
              f"extraction failed: {result.__class__.__name__}: {detail}"
    summary.errors.append(message)
    store.save_extraction_failure(article.article_id, version, message)


def link_items(store: Store) -> list[Any]:
    """Every stored incident report with what linking needs from its article (the lead of its
    text), with the analysts' claim reviews laid over it (so a re-run or a re-extraction never
    undoes a review)."""
    return [item for chunk in link_item_chunks(store) for item in chunk]


LINK_CHUNK = 500   # articles (or reports) read at a time by the link stage


def _link_items_of(store: Store, facts: dict[str, tuple]) -> list[Any]:
    """LinkItems of these articles' reports, reviews laid over them; `facts` maps an article id
    to its (outlet, publication date, title, text lead)."""
    from sitrep.link import LinkItem
    from sitrep.review import apply_reviews

    ids = list(facts)
    return [LinkItem(report=r, outlet=facts[r.article_id][0], pub_date=facts[r.article_id][1],
                     title=facts[r.article_id][2], text=facts[r.article_id][3])
            for r in apply_reviews(store.reports(ids), store.claim_reviews(ids))]


def link_item_chunks(store: Store) -> Iterator[list[Any]]:
    """`link_items` a few hundred articles at a time, so the link stage never holds the
    archive's texts and reports at once."""
    from sitrep.link import LEAD_CHARS

    batch: dict[str, tuple] = {}
    for a in store.articles():
        batch[a.article_id] = (a.outlet, a.pub_date, a.title, a.text[:LEAD_CHARS])
        if len(batch) >= LINK_CHUNK:
            yield _link_items_of(store, batch)
            batch = {}
    if batch:
        yield _link_items_of(store, batch)


def link(store: Store, progress: Progress = _no_progress) -> LinkSummary:
    """Link incident reports into events (incrementally: earlier assignments keep their ids),
    reconcile each event's claims, and store events with their summaries."""
    from sitrep.link import WordWeights, link_features
    for _attempt in range(LINK_ATTEMPTS):
        # two passes over the archive a chunk at a time (word weights, then compact features), so
        # memory holds features and assignments, never every text and report at once
        weights = WordWeights()
        known: set = set()
        for chunk in link_item_chunks(store):
            weights.count(chunk)
            known.update(item.report.key for item in chunk)
        feats: dict = {}
        for chunk in link_item_chunks(store):
            feats.update(weights.features(chunk))
        del weights
        stored = store.event_assignments()
        previous = {key: eid for key, eid in stored.items() if key in known}
        next_id = max(previous.values(), default=0) + 1
        progress("link", 0, len(known))
        assignments = link_features(feats, previous, next_event_id=next_id, corrections=stored_corrections(store))
        del feats
        rows = event_rows(store, assignments)
        # Saved only if no other process changed the reports or the events meanwhile; else again.
        if store.save_events(assignments, rows, basis=(known, stored)):
            break
    else:
        from sitrep.errors import StoreError
        raise StoreError(f"other processes kept changing the database during {LINK_ATTEMPTS} linking passes; "
                         "run `sitrep link` again when they are done")
    progress("link", len(known), len(known))
    members: dict[int, set[str]] = {}
    for (article_id, _), event_id in assignments.items():
        members.setdefault(event_id, set()).add(article_id)
    sizes = Counter(len(articles) for articles in members.values())
    return LinkSummary(reports=len(known), events=len(members),
                       multi_report_events=sum(n for size, n in sizes.items() if size > 1),
                       new_events=len({eid for eid in assignments.values() if eid >= next_id}))


def event_rows(store: Store, assignments: dict[tuple[str, int], int]) -> list[dict[str, Any]]:
    """Every event reconciled, its reports and articles read from the store (once) about
    `LINK_CHUNK` at a time. Wire copies are grouped among the articles of those events (copies count once within an
    event, so no other article can change an event's sources)."""
    from sitrep.reconcile import reconcile
    from sitrep.syndication import copy_groups

    keys_of: dict[int, list[tuple[str, int]]] = {}
    for key, event_id in sorted(assignments.items()):
        keys_of.setdefault(event_id, []).append(key)
    chunks: list[list[int]] = [[]]
    size = 0
    for event_id in sorted(keys_of):
        if size >= LINK_CHUNK:
            chunks.append([])
            size = 0
        chunks[-1].append(event_id)
        size += len(keys_of[event_id])
    rows = []
    for chunk in chunks:
        articles = list(store.articles(sorted({key[0] for e in chunk for key in keys_of[e]})))
        groups = copy_groups({a.article_id: a.text for a in articles})
        items = {item.report.key: item for item in _link_items_of(
            store, {a.article_id: (a.outlet, a.pub_date, a.title, "") for a in articles})}
        for event_id in chunk:
            members = [items[key] for key in keys_of[event_id] if key in items]
            rows.append(event_row(event_id, reconcile(event_id, members, groups), len(members)))
    return rows


def event_row(event_id: int, summary: Any, n_reports: int) -> dict[str, Any]:
    """The `events` table row for one reconciled event: key columns plus the whole summary."""
    data = to_dict(summary)
    data["flags"] = list(summary.flags)
    killed = data["outcomes"].get("killed") or {}
    place = data.get("place") or {}
    return {
        "event_id": event_id,
        "event_type": summary.event_type,
        "admin1": place.get("admin1"),
        "place": place.get("name"),
        "date_start": summary.date_start,
        "killed_low": killed.get("low"),
        "killed_best": killed.get("best"),
        "killed_high": killed.get("high"),
        "n_reports": n_reports,
        "n_sources": summary.n_outlets,
        "flags": ",".join(summary.flags),
        "summary": data,
    }


def stored_corrections(store: Store) -> Any:
    """The analysts' merges and splits, replayed in order into one `link.Corrections`."""
    from sitrep.link import Corrections

    corrections = Corrections()
    for row in store.corrections():
        payload = row["payload"]
        if row["kind"] == "merge":
            keys = [tuple(k) for k in payload["keys"]]
            corrections.merge({(k[0], int(k[1])): 0 for k in keys}, 0)
        elif row["kind"] == "split":
            moved = [(k[0], int(k[1])) for k in payload["moved"]]
            remaining = [(k[0], int(k[1])) for k in payload["remaining"]]
            corrections.split({k: 0 for k in moved + remaining}, 0, moved)
    return corrections


def resolve_report_ref(store: Store, ref: str) -> list[tuple[str, int]]:
    """Report keys named by `EXTERNAL_ID`, `EXTERNAL_ID:INDEX`, `ARTICLE_ID` or `ARTICLE_ID:INDEX`."""
    from sitrep.errors import NotFoundError

    name, _, index = ref.rpartition(":") if ":" in ref else (ref, "", "")
    article_ids = {name, *store.article_ids_for(name)}
    keys = [key for key in store.event_assignments() if key[0] in article_ids]
    if index:
        if not index.isdigit():
            raise NotFoundError(f"bad report reference {ref!r}: expected ARTICLE or ARTICLE:INDEX")
        keys = [key for key in keys if key[1] == int(index)]
    if not keys:
        raise NotFoundError(f"no incident report {ref!r}; `sitrep show EVENT` lists an event's reports")
    return sorted(set(keys))


def merge_events(store: Store, event_ids: list[int], analyst: str, note: str | None = None) -> LinkSummary:
    """Merge events into one (the smallest id), record who did it, and re-link so it holds."""
    from sitrep.errors import NotFoundError

    assignments = store.event_assignments()
    for eid in event_ids:
        if eid not in set(assignments.values()):
            raise NotFoundError(f"no event {eid}; `sitrep events` lists them")
    keys = sorted(k for k, e in assignments.items() if e in set(event_ids))
    store.add_correction("merge", {"event_ids": event_ids, "keys": [list(k) for k in keys]}, analyst, note)
    return link(store)


def split_event(store: Store, event_id: int, report_refs: list[str], analyst: str,
                note: str | None = None) -> LinkSummary:
    """Move the named reports out of an event into one of their own; recorded and kept on re-link."""
    from sitrep.errors import NotFoundError

    assignments = store.event_assignments()
    members = sorted(k for k, e in assignments.items() if e == event_id)
    if not members:
        raise NotFoundError(f"no event {event_id}; `sitrep events` lists them")
    moved = sorted({k for ref in report_refs for k in resolve_report_ref(store, ref)} & set(members))
    if not moved:
        raise NotFoundError(f"none of {', '.join(report_refs)} is a report of event {event_id}")
    remaining = [k for k in members if k not in moved]
    if not remaining:
        raise NotFoundError(f"splitting every report out of event {event_id} changes nothing")
    store.add_correction("split", {"event_id": event_id, "moved": [list(k) for k in moved],
                                   "remaining": [list(k) for k in remaining]}, analyst, note)
    return link(store)


@dataclass
class RunSummary:
    ingest: IngestSummary
    extract: ExtractSummary
    link: LinkSummary


def run(store: Store, paths: list[str | Path], progress: Progress = _no_progress, engine: Any = None) -> RunSummary:
    """ingest + extract + link in one go (`engine`: see `extract`)."""
    return RunSummary(ingest(store, paths, progress), extract(store, progress, engine), link(store, progress))
