"""The `sitrep` command: a thin door over `sitrep.pipeline`, `sitrep.store` and `sitrep.export`.

Each command parses its options, calls one library function, prints the result. Library errors
become one line on stderr; exit status 1 when some input or step failed, 2 for wrong usage.
Heavy modules (spaCy, SQLAlchemy) are imported inside commands, so `sitrep --help` stays light.
"""
from __future__ import annotations

import atexit
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperGroup


class _OneLineErrors(TyperGroup):
    """Whatever escapes a command (a read-only, full or corrupted database, a file system error)
    becomes one line on stderr and exit status 1, never a traceback. Exceptions of click and typer
    themselves (usage errors: exit status 2; typer.Exit) pass through untouched."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _err("interrupted; every finished step is kept, run the command again to resume")
            raise typer.Exit(130)
        except Exception as exc:  # noqa: BLE001 - the edge: one line, not a traceback
            if type(exc).__module__.split(".")[0] in ("click", "typer"):
                raise
            from sitrep.errors import one_line

            _err(one_line(exc))
            raise typer.Exit(1)


app = typer.Typer(help="sitrep: conflict news in, an evidence-linked incident database out.", cls=_OneLineErrors,
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
gazetteer_app = typer.Typer(help="Grow the gazetteer with GeoNames dumps or your own places.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
actors_app = typer.Typer(help="Grow the table of canonical actors with your own.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
user_app = typer.Typer(help="Analysts who may review in the web app.", no_args_is_help=True)
app.add_typer(user_app, name="user")

DbOption = typer.Option(None, "--db", envvar="SITREP_DB",
                        help="Database: a SQLite file path or a SQLAlchemy URL. Default ./sitrep.db.")
QuietOption = typer.Option(False, "--quiet", "-q", help="No progress bars; summary lines only.")
WorkersOption = typer.Option(None, "--workers", "--jobs", "-j", min=1,
                             help="Extraction processes (local) or cluster workers (dask). Default: every core.")
EngineOption = typer.Option("local", "--engine", help="Where extraction runs: local (this machine's cores) or dask.")
SchedulerOption = typer.Option(None, "--scheduler", help="A Dask scheduler address (tcp://host:8786); "
                               "with --engine dask and none given, a LocalCluster on 127.0.0.1.")


class EventsFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    articles_jsonl = "articles-jsonl"
    events_csv = "events-csv"
    claims_csv = "claims-csv"
    audit_csv = "audit-csv"
    geojson = "geojson"
    parquet = "parquet"


def _err(message: str) -> None:
    from sitrep.errors import mask_secrets

    typer.echo(f"sitrep: {mask_secrets(message)}", err=True)


def _open_store(db: Optional[str], create: bool = False):
    """The database; only commands that bring articles in (`ingest`, `run`) create a new one, so
    a mistyped --db path on any other command is an error, not an empty database."""
    from sitrep.store import DEFAULT_DB, Store

    store = Store.open(db or DEFAULT_DB, create=create)
    # Close when the command ends, so SQLite checkpoints its WAL and PostgreSQL connections go.
    atexit.register(store.close)
    return store


class _Bars:
    """Rich progress bars keyed by stage, fed by the pipeline's progress callback."""

    def __init__(self, quiet: bool):
        self.quiet = quiet or not sys.stderr.isatty() and os.environ.get("SITREP_PROGRESS") != "1"
        self.progress = None
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        if not self.quiet:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self.progress.__enter__()
        return self

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.progress is None:
            return
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total or None)
        self.progress.update(self.tasks[stage], completed=done, total=total or None)

    def __exit__(self, *exc):
        if self.progress is not None:
            self.progress.__exit__(*exc)


def _engine(engine: str, workers: Optional[int], scheduler: Optional[str]):
    """The engine options from the command line; a wrong combination is a usage error (exit 2)."""
    from sitrep.engine import EngineOptions
    from sitrep.errors import SetupError

    try:
        return EngineOptions(engine=engine, workers=workers, scheduler=scheduler)
    except SetupError as exc:
        _err(str(exc))
        raise typer.Exit(2)


def _report_errors(errors: list[str], notes: list[str] = (), limit: int = 50) -> None:
    """Bad inputs and notes, one line each; past `limit` the rest are counted here and kept in the
    database (`sitrep errors` lists every one)."""
    for line in errors[:limit]:
        _err(line)
    if len(errors) > limit:
        _err(f"... and {len(errors) - limit} more errors: `sitrep errors` lists them all")
    for line in notes[:limit]:
        _err(f"note: {line}")
    if len(notes) > limit:
        _err(f"... and {len(notes) - limit} more notes")


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files and folders: .txt .html .json .jsonl .csv"),
           db: Optional[str] = DbOption, quiet: bool = QuietOption) -> None:
    """Read articles into the database (idempotent: the same article twice is stored once)."""
    from sitrep import pipeline

    store = _open_store(db, create=True)
    with _Bars(quiet) as bars:
        summary = pipeline.ingest(store, list(paths), bars)
    _report_errors(summary.errors, summary.notes)
    typer.echo(summary.line())
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def extract(db: Optional[str] = DbOption, quiet: bool = QuietOption, workers: Optional[int] = WorkersOption,
            engine: str = EngineOption, scheduler: Optional[str] = SchedulerOption) -> None:
    """Extract incidents, claims, places and dates from every article not yet extracted."""
    from sitrep import pipeline

    options = _engine(engine, workers, scheduler)
    store = _open_store(db)
    with _Bars(quiet) as bars:
        summary = pipeline.extract(store, bars, options)
    _report_errors(summary.errors, summary.notes)
    typer.echo(summary.line())
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def link(db: Optional[str] = DbOption, quiet: bool = QuietOption) -> None:
    """Link incident reports across articles into events and reconcile their claims."""
    from sitrep import pipeline

    store = _open_store(db)
    with _Bars(quiet) as bars:
        summary = pipeline.link(store, bars)
    typer.echo(summary.line())


@app.command()
def run(paths: list[Path] = typer.Argument(..., help="Files and folders: .txt .html .json .jsonl .csv"),
        db: Optional[str] = DbOption, quiet: bool = QuietOption, workers: Optional[int] = WorkersOption,
        engine: str = EngineOption, scheduler: Optional[str] = SchedulerOption,
        top: int = typer.Option(10, help="How many of the largest events to list at the end.")) -> None:
    """Ingest, extract and link in one go, then list the largest events."""
    from sitrep import pipeline

    options = _engine(engine, workers, scheduler)
    store = _open_store(db, create=True)
    with _Bars(quiet) as bars:
        summary = pipeline.run(store, list(paths), bars, options)
    _report_errors(summary.ingest.errors + summary.extract.errors, summary.ingest.notes + summary.extract.notes)
    for part in (summary.ingest, summary.extract, summary.link):
        typer.echo(part.line())
    typer.echo(f"database: {store.location}")
    if top:
        _print_events_table(store.events(limit=top), f"The {top} largest events")
    raise typer.Exit(1 if summary.ingest.failed or summary.extract.failed else 0)


def _print_events_table(events: list[dict], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from sitrep.show import bounds_text, event_place_text

    table = Table(title=title)
    for col, justify in (("event", "right"), ("type", "left"), ("place", "left"), ("date", "left"),
                         ("killed low/best/high", "right"), ("reports", "right"), ("sources", "right"),
                         ("flags", "left")):
        table.add_column(col, justify=justify)
    for e in events:
        table.add_row(str(e["event_id"]), e["event_type"] or "", event_place_text(e["summary"]),
                      str(e["date_start"] or "?"), bounds_text(e["killed_low"], e["killed_best"], e["killed_high"]),
                      str(e["n_reports"]), str(e["n_sources"] or ""), e["flags"] or "")
    Console(width=140).print(table)


@app.command()
def events(db: Optional[str] = DbOption,
           format: EventsFormat = typer.Option(EventsFormat.table, "--format", "-f"),
           contested: bool = typer.Option(False, "--contested", help="Only contested events: figures disagree or blame is disputed."),
           limit: Optional[int] = typer.Option(None, help="At most this many events.")) -> None:
    """List events, largest first."""
    store = _open_store(db)
    rows = store.events(contested=contested, limit=limit)
    if format is EventsFormat.table:
        _print_events_table(rows, f"{len(rows)} events" + (" contested" if contested else ""))
    elif format is EventsFormat.json:
        for row in rows:
            typer.echo(json.dumps(row, default=str, ensure_ascii=False))
    else:
        from sitrep.export import write_events_csv

        write_events_csv(store, sys.stdout, events=rows)


@app.command()
def show(event_id: int = typer.Argument(..., help="An event id from `sitrep events`."),
         db: Optional[str] = DbOption) -> None:
    """One event: each speaker's figures and blame side by side, with the evidence sentences."""
    from rich.console import Console

    from sitrep.errors import NotFoundError
    from sitrep.show import render_event

    store = _open_store(db)
    try:
        event = store.event(event_id)
    except NotFoundError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    article_ids = event["summary"].get("articles") or []
    external_ids = {a.article_id: a.external_id for a in store.articles(article_ids)}
    reports = sorted(k for k, e in store.event_assignments().items() if e == event_id)
    render_event(event, Console(width=160), external_ids, reports)


def _analyst(analyst: Optional[str]) -> str:
    import getpass

    return analyst or os.environ.get("SITREP_ANALYST") or getpass.getuser()


AnalystOption = typer.Option(None, "--analyst", help="Who makes the correction (env SITREP_ANALYST; "
                                                     "default the login name). Recorded with the time.")
NoteOption = typer.Option(None, "--note", help="Why: kept in the audit trail.")


@app.command()
def merge(event_ids: list[int] = typer.Argument(..., help="Two or more event ids."), db: Optional[str] = DbOption,
          analyst: Optional[str] = AnalystOption, note: Optional[str] = NoteOption) -> None:
    """Merge events that are one real-world incident; the correction survives re-linking."""
    from sitrep import pipeline

    if len(set(event_ids)) < 2:
        _err("merge needs two or more different event ids")
        raise typer.Exit(2)
    store = _open_store(db)
    summary = pipeline.merge_events(store, event_ids, _analyst(analyst), note)
    typer.echo(f"merged events {', '.join(map(str, event_ids))} into {min(event_ids)}")
    typer.echo(summary.line())


@app.command()
def split(event_id: int = typer.Argument(..., help="The event to split."),
          reports: list[str] = typer.Argument(..., help="Reports to move out: ARTICLE or ARTICLE:INDEX "
                                                        "(as `sitrep show` lists them)."),
          db: Optional[str] = DbOption, analyst: Optional[str] = AnalystOption,
          note: Optional[str] = NoteOption) -> None:
    """Move reports out of an event into an event of their own; the correction survives re-linking."""
    from sitrep import pipeline

    store = _open_store(db)
    summary = pipeline.split_event(store, event_id, reports, _analyst(analyst), note)
    typer.echo(f"split {len(reports)} report reference(s) out of event {event_id}")
    typer.echo(summary.line())


@app.command()
def export(db: Optional[str] = DbOption,
           format: ExportFormat = typer.Option(..., "--format", "-f"),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write; default (or -) stdout.")) -> None:
    """Export articles (gold interchange schema, JSON Lines), events (CSV with ACLED- and
    UCDP-compatible columns, GeoJSON, Parquet), the claims table or the audit log (CSV).
    `-o -` is stdout, as in every Unix tool: a file named "-" is never what was meant."""
    from sitrep.export import write_articles_jsonl, write_events_csv
    from sitrep.export_tables import write_audit_csv, write_claims_csv, write_geojson, write_parquet

    if output is not None and str(output) == "-":
        output = None
    if output is not None and (output.is_dir() or not output.name or output.name in (".", "..")):
        _err(f"cannot write {output}: it is a folder; give a file name, e.g. -o events.csv")
        raise typer.Exit(1)
    store = _open_store(db)
    writer, noun = {
        ExportFormat.articles_jsonl: (write_articles_jsonl, "articles"), ExportFormat.events_csv: (write_events_csv, "events"),
        ExportFormat.claims_csv: (write_claims_csv, "claims"), ExportFormat.audit_csv: (write_audit_csv, "audit entries"),
        ExportFormat.geojson: (write_geojson, "events"), ExportFormat.parquet: (write_parquet, "events"),
    }[format]
    binary = format is ExportFormat.parquet
    if output is None:
        writer(store, sys.stdout.buffer if binary else sys.stdout)
        return
    tmp = output.with_name(output.name + ".part")
    try:
        with (open(tmp, "wb") if binary else open(tmp, "w", encoding="utf-8", newline="")) as fh:
            n = writer(store, fh)
        tmp.replace(output)
    except OSError as exc:
        _err(f"cannot write {output}: {exc.strerror or exc}")
        raise typer.Exit(1)
    typer.echo(f"export: {n} {noun} -> {output}")


@app.command()
def serve(db: Optional[str] = DbOption, host: str = typer.Option("127.0.0.1", help="Address to listen on."),
          port: int = typer.Option(8000, help="Port to listen on."),
          https_only: bool = typer.Option(False, "--https-only", help="Session cookies only over HTTPS "
                                                                      "(behind a TLS proxy).")) -> None:
    """The web workbench: events, their claims side by side, review, exports, and the JSON API."""
    import uvicorn

    from sitrep.web.app import create_app

    store = _open_store(db)
    typer.echo(f"sitrep: serving {store.location} on http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(store, https_only=https_only), host=host, port=port, log_level="warning")


@user_app.command("add")
def user_add(name: str = typer.Argument(..., help="The analyst's login name."), db: Optional[str] = DbOption,
             password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin "
                                                                                "(one line) instead of prompting.")) -> None:
    """Create an analyst (or set a new password); the password is stored as an argon2 hash."""
    from sitrep.users import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    store = _open_store(db)
    new = add_user(store, name, password)
    typer.echo(f"user {name} {'added' if new else 'password changed'}")


@app.command()
def report(db: Optional[str] = DbOption,
           output: Path = typer.Option(Path("report.html"), "--output", "-o", help="The HTML file to write."),
           date_from: Optional[str] = typer.Option(None, "--from", help="First day, YYYY-MM-DD."),
           date_to: Optional[str] = typer.Option(None, "--to", help="Last day, YYYY-MM-DD."),
           country: Optional[str] = typer.Option(None, help="Only this country."),
           admin1: Optional[str] = typer.Option(None, help="Only this governorate / first-level division.")) -> None:
    """A situation report: one self-contained HTML file (map, casualties over time by admin1, the
    most contested events side by side, the method); opens offline."""
    from datetime import date

    from sitrep.errors import SitrepError
    from sitrep.report import ReportOptions, write_report

    try:
        options = ReportOptions(date.fromisoformat(date_from) if date_from else None,
                                date.fromisoformat(date_to) if date_to else None, country, admin1)
    except ValueError as exc:
        _err(f"--from/--to: {exc} (expected YYYY-MM-DD)")
        raise typer.Exit(2)
    store = _open_store(db)
    try:
        n = write_report(store, output, options)
    except (SitrepError, OSError) as exc:
        _err(f"cannot write {output}: {exc}")
        raise typer.Exit(1)
    typer.echo(f"report: {n} events -> {output}")


@app.command()
def errors(db: Optional[str] = DbOption,
           stage: Optional[str] = typer.Option(None, help="Only `ingest` (bad files and rows) or `extract` "
                                                          "(refused figures).")) -> None:
    """List every bad input met and every figure refused: file, row/line/byte, reason, when."""
    store = _open_store(db)
    rows = store.input_errors(stage)
    for row in rows:
        where = row["source"] + (f":{row['location']}" if row["location"] else "")
        typer.echo(f"{row['seen_at']:%Y-%m-%d %H:%M:%S}  {row['stage']:<7}  {where}: {row['reason']}")
    typer.echo(f"errors: {len(rows)} kept" + (f" ({stage})" if stage else ""))


@app.command()
def bench(articles: int = typer.Option(2000, "--articles", "-n", min=1,
                                       help="Articles to run: the bundled corpus repeated or cut to this size."),
          workers: int = typer.Option(1, "--workers", "-j", min=1, help="Extraction processes for sitrep's run."),
          as_json: bool = typer.Option(False, "--json", help="One JSON object instead of the table."),
          baseline: bool = typer.Option(True, "--baseline/--no-baseline",
                                        help="Also time the plain full spaCy parse of the same texts."),
          link_sizes: list[int] = typer.Option([], "--link-size",
                                               help="Also run the linking benchmark at these sizes.")) -> None:
    """Time the whole pipeline on the bundled corpus against a plain full spaCy parse of the same texts."""
    from sitrep import bench as benchmark

    result = benchmark.pipeline_bench(articles, workers, baseline, link_sizes)
    typer.echo(json.dumps(result) if as_json else benchmark.format_result(result))


@gazetteer_app.command("import")
def gazetteer_import(file: Path = typer.Argument(..., help="A GeoNames dump (e.g. SY.txt) or a CSV of places.")) -> None:
    """Add places to the user gazetteer ($SITREP_HOME/gazetteer.tsv) without code changes."""
    from sitrep.gazetteer import Gazetteer, user_gazetteer_path

    added = Gazetteer.load().import_file(file)
    typer.echo(f"gazetteer: {added} places imported from {file} into {user_gazetteer_path()}")


@actors_app.command("import")
def actors_import(file: Path = typer.Argument(..., help="A TSV or CSV of actors: name, kind, country, inter, aliases.")) -> None:
    """Add canonical actors ($SITREP_HOME/actors.tsv) that blames in new text resolve to."""
    from sitrep.actors import default_actors, user_actors_path

    added = default_actors().import_file(file)
    typer.echo(f"actors: {added} actors imported from {file} into {user_actors_path()}")


# One BLAS thread per process: sitrep parallelises by processes (`--workers`), and spaCy's small
# matrices gain nothing from more; extra BLAS threads only spin (they doubled the CPU seconds of
# an extraction on a busy 2-core machine for the same wall time). Set before numpy loads.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def main() -> None:
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    app()


if __name__ == "__main__":
    main()
