"""Every failure a command can meet is one line on stderr with exit status 1 (2 for wrong usage).

On main each of these was a 50-70-line traceback, or worse: a mistyped --db path on a read command
created an empty database and printed an empty table with exit status 0, and a PostgreSQL URL's
password was printed when the server was down.
"""
from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.export import EVENTS_CSV_COLUMNS
from sitrep.store import Store

runner = CliRunner()

ARTICLE = ("MAIDUGURI, Nigeria (Reuters) - Suicide bombers killed at least 18 people at a market in "
           "Konduga on Sunday, a militia leader said.")


def one_line_failure(result, status: int = 1) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == status, result.output
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return lines[0]


@pytest.fixture
def stored_db(tmp_path):
    """A database with one article ingested (no model needed)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "konduga.txt").write_text(ARTICLE)
    db = tmp_path / "one.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"]).exit_code == 0
    return db


@pytest.mark.parametrize("command", [["events"], ["show", "1"], ["export", "--format", "events-csv"], ["errors"],
                                     ["link"], ["extract"], ["merge", "1", "2"], ["split", "1", "x"]])
def test_a_command_on_a_mistyped_db_path_refuses_the_missing_database(command, tmp_path):
    db = tmp_path / "sitrpe.db"
    line = one_line_failure(runner.invoke(app, [*command, "--db", str(db)]))
    assert f"no database at {db}" in line
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_ingest_still_creates_a_new_database(stored_db):
    assert Store.open(stored_db, create=False).counts()["articles"] == 1


@pytest.mark.parametrize("event_id", ["99999999999999999999", "2147483648", "9223372036854775808"])
def test_an_absurd_event_id_is_not_found(stored_db, event_id):
    assert f"no event {event_id}" in one_line_failure(runner.invoke(app, ["show", event_id, "--db", str(stored_db)]))


def test_a_non_number_event_id_is_wrong_usage(stored_db):
    result = runner.invoke(app, ["show", "twelve", "--db", str(stored_db)])
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("target", [".", "..", "{tmp}"])
def test_export_to_a_folder_says_so(stored_db, tmp_path, target, monkeypatch):
    monkeypatch.chdir(tmp_path)
    output = target.format(tmp=tmp_path)
    line = one_line_failure(runner.invoke(app, ["export", "--db", str(stored_db), "--format", "events-csv",
                                                "-o", output]))
    assert "is a folder" in line


@pytest.mark.parametrize("url, scheme", [("mysql://analyst:hunter2@db.example.org/sitrep", "mysql"),
                                         ("oracle://analyst:hunter2@db/x", "oracle"),
                                         ("mongodb://analyst:hunter2@db/x", "mongodb")])
def test_an_unsupported_database_url_is_named_with_its_password_masked(url, scheme):
    line = one_line_failure(runner.invoke(app, ["events", "--db", url]))
    assert f"unsupported database URL {scheme}://analyst:***@" in line and "hunter2" not in line


def test_a_postgresql_password_is_masked_when_the_server_is_down():
    import socket

    with socket.socket() as s:          # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    line = one_line_failure(runner.invoke(app, ["events", "--db", f"postgresql://analyst:hunter2@127.0.0.1:{port}/x"]))
    assert "hunter2" not in line and "analyst:***@" in line and "cannot be reached" in line


def test_the_database_line_masks_the_password(postgres_server):
    url = postgres_server.url().replace("sitrep@", "sitrep:hunter2@")   # trust auth: any password is accepted
    store = Store.open(url)
    assert "hunter2" not in store.location and "***" in store.location
    store.close()


def _with_pragma(monkeypatch, pragma: str) -> None:
    """Every SQLite connection sitrep opens runs `pragma` after its own: the fault is the driver's."""
    import sitrep.store as store_module

    original = store_module._sqlite_pragmas

    def with_fault(dbapi_conn, record):
        original(dbapi_conn, record)
        dbapi_conn.execute(pragma)
    monkeypatch.setattr(store_module, "_sqlite_pragmas", with_fault)


def test_a_read_only_database_is_one_line(stored_db, tmp_path, monkeypatch):
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "aleppo.txt").write_text("Barrel bombs killed 14 people in Aleppo on Tuesday.")
    _with_pragma(monkeypatch, "PRAGMA query_only=ON")     # SQLITE_READONLY, as on a read-only mount
    line = one_line_failure(runner.invoke(app, ["ingest", str(tmp_path / "more"), "--db", str(stored_db), "-q"]))
    assert "the database is read-only (" in line


def test_a_full_disk_is_one_line_and_keeps_what_was_stored(stored_db, tmp_path, monkeypatch):
    (tmp_path / "more").mkdir()
    for n in range(40):
        (tmp_path / "more" / f"a{n}.txt").write_text(f"Shelling killed {n + 2} people in Kharkiv. " + "x " * 4000)
    pages = sqlite3.connect(stored_db).execute("PRAGMA page_count").fetchone()[0]
    _with_pragma(monkeypatch, f"PRAGMA max_page_count={pages + 3}")        # SQLITE_FULL after three pages
    line = one_line_failure(runner.invoke(app, ["ingest", str(tmp_path / "more"), "--db", str(stored_db), "-q"]))
    assert "the disk is full (" in line
    monkeypatch.undo()
    assert Store.open(stored_db).counts()["articles"] == 1


def test_a_corrupted_page_is_one_line(tmp_path):
    (tmp_path / "in").mkdir()
    for n in range(60):
        (tmp_path / "in" / f"a{n}.txt").write_text(f"Shelling killed {n + 2} people in Kharkiv. " + "Kyiv " * 400)
    db = tmp_path / "many.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "-q"]).exit_code == 0
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    data = bytearray(db.read_bytes())
    page = 4096
    middle = len(data) // page // 2 * page                # an article page, not the schema on page 1
    data[middle:middle + 2 * page] = b"\xde\xad\xbe\xef" * (page // 2)
    db.write_bytes(bytes(data))
    line = one_line_failure(runner.invoke(app, ["export", "--db", str(db), "--format", "articles-jsonl"]))
    assert "the database file is corrupted (" in line and "restore it from a backup" in line


def test_a_file_that_is_not_a_database_is_one_line(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 200)
    assert "the database file is corrupted (" in one_line_failure(runner.invoke(app, ["events", "--db", str(db)]))


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, bytes(range(256)) * 8,
                                     b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(500)])
def test_gazetteer_import_of_a_binary_file_is_one_line(tmp_path, content, monkeypatch):
    monkeypatch.setenv("SITREP_HOME", str(tmp_path / "home"))
    (tmp_path / "places.bin").write_bytes(content)
    line = one_line_failure(runner.invoke(app, ["gazetteer", "import", str(tmp_path / "places.bin")]))
    assert "places.bin" in line


def test_bad_rows_beyond_fifty_are_kept_and_listed_by_sitrep_errors(tmp_path):
    rows = ["id,text"] + [f"{n},Gunmen killed {n} people in Zamfara." if n % 2 else f"{n}" for n in range(1, 141)]
    (tmp_path / "feed.csv").write_text("\n".join(rows) + "\n")
    db = tmp_path / "rows.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "feed.csv"), "--db", str(db), "-q"])
    assert result.exit_code == 1 and "ingest: 70 new, 0 already present, 70 failed" in result.output
    assert "... and 20 more errors: `sitrep errors` lists them all" in result.output
    listed = runner.invoke(app, ["errors", "--db", str(db)])
    assert listed.exit_code == 0 and "errors: 70 kept" in listed.output
    assert all(f"feed.csv:{n + 1}: malformed CSV row: 1 fields" in listed.output for n in range(2, 141, 2))
    again = runner.invoke(app, ["ingest", str(tmp_path / "feed.csv"), "--db", str(db), "-q"])
    assert again.exit_code == 1
    assert "errors: 70 kept" in runner.invoke(app, ["errors", "--db", str(db)]).output     # kept once


def test_export_to_a_dash_writes_stdout_and_no_file_named_dash(stored_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "--db", str(stored_db), "--format", "events-csv", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == ",".join(EVENTS_CSV_COLUMNS)
    assert not (tmp_path / "-").exists()
