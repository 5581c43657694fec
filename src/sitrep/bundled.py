"""The tables that ship inside the package (`src/sitrep/data/`): word lists, actors, places.

One helper so that every module finds them the same way, whether sitrep runs from a checkout or an installed
wheel; a user's own tables live under `$SITREP_HOME` instead (see `gazetteer.sitrep_home`).
"""
from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(name: str) -> Path:
    """The path of a bundled table, e.g. `data_path("actors.tsv")`."""
    return DATA_DIR / name
