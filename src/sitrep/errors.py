"""sitrep's exceptions. The CLI turns each into one line with a remedy and an exit status.

    SitrepError
    ├── InputError          bad input: a missing, unreadable or malformed file, row or record
    ├── StoreError          the database cannot be opened, migrated or written
    ├── NotFoundError       an event, report or article id that does not exist
    └── SetupError          something the project installs is missing (e.g. the spaCy model)

`one_line(exc)` is the edge's translation of anything else that can reach a command (a database
that is read-only, full or corrupted; a file system error) into one line, with any password in a
database URL masked.
"""
from __future__ import annotations

import re


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""


class InputError(SitrepError):
    """One input (file, row, record) cannot be read. `where` names the file and row or byte."""

    def __init__(self, where: str, problem: str):
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")

    @property
    def source(self) -> str:
        """The file part of `where` ("feed.jsonl:3" -> "feed.jsonl")."""
        return self.split_where()[0]

    @property
    def location(self) -> str:
        """The row, line or byte part of `where` ("feed.jsonl:3" -> "3"); "" for a whole file."""
        return self.split_where()[1]

    def split_where(self) -> tuple[str, str]:
        path, sep, tail = self.where.rpartition(":")
        return (path, tail) if sep and tail.isdigit() else (self.where, "")


class StoreError(SitrepError):
    pass


class NotFoundError(SitrepError):
    pass


class SetupError(SitrepError):
    pass


_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*):(?P<password>[^@\s]*)@", re.IGNORECASE)
_KEYWORD_PASSWORD = re.compile(r"(?P<head>password\s*=\s*)(?P<password>'[^']*'|\S+)", re.IGNORECASE)


def mask_secrets(text: str) -> str:
    """`text` with the password of any URL (`postgresql://user:secret@host`) or libpq keyword
    string (`password=secret`) replaced by ***.

    >>> mask_secrets("cannot connect to postgresql://analyst:s3cr3t@db.example.org/sitrep")
    'cannot connect to postgresql://analyst:***@db.example.org/sitrep'
    """
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}:***@", text)
    return _KEYWORD_PASSWORD.sub(lambda m: f"{m['head']}***", text)


# (words in the database driver's message, what it means for the user, the remedy)
_DATABASE_FAULTS = (
    (("readonly database", "read-only", "read only"), "the database is read-only",
     "open it with write permission, or copy it somewhere writable"),
    (("database or disk is full", "no space left", "disk full", "could not extend file"), "the disk is full",
     "free some space and run the command again; nothing committed was lost"),
    (("malformed", "file is not a database", "corrupt"), "the database file is corrupted",
     "restore it from a backup, or re-run `sitrep run` into a new file"),
    (("database is locked",), "the database stayed locked by another sitrep process",
     "run the command again when the other process is done"),
    (("connection refused", "could not connect", "connection failed", "server closed the connection"),
     "the database server cannot be reached", "check that it runs and the URL is right"),
)


def one_line(exc: BaseException) -> str:
    """One line for any error that reaches a command: a SitrepError's own message; a database
    fault (read-only, disk full, corrupted file, locked, server down) named with its remedy;
    otherwise the exception's class and first line. Passwords are masked.

    >>> one_line(OSError(28, "No space left on device"))
    'the disk is full (No space left on device): free some space and run the command again; nothing committed was lost'
    """
    if isinstance(exc, SitrepError):
        return mask_secrets(str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)
    detail = getattr(exc, "orig", None) or exc
    raw = (str(getattr(detail, "strerror", None) or detail) or detail.__class__.__name__).strip()
    first = raw.splitlines()[0] if raw else detail.__class__.__name__
    lowered = raw.lower()
    for words, meaning, remedy in _DATABASE_FAULTS:
        if any(w in lowered for w in words):
            return mask_secrets(f"{meaning} ({first}): {remedy}")
    return mask_secrets(f"{detail.__class__.__name__}: {first}")
