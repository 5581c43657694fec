"""sitrep's exceptions. The CLI turns each into one line with a remedy and an exit status.

    SitrepError
    ├── InputError          bad input: a missing, unreadable or malformed file, row or record
    ├── StoreError          the database cannot be opened, migrated or written
    ├── NotFoundError       an event, report or article id that does not exist
    └── SetupError          something the project installs is missing (e.g. the spaCy model)
"""
from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""


class InputError(SitrepError):
    """One input (file, row, record) cannot be read. `where` names the file and row or byte."""

    def __init__(self, where: str, problem: str):
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class StoreError(SitrepError):
    pass


class NotFoundError(SitrepError):
    pass


class SetupError(SitrepError):
    pass
