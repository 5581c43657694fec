"""Front-end files from the npm registry (Leaflet, a TopoJSON reader, Natural Earth country
outlines), installed by `make install` into the venv, never committed, served from a fixed list
of names (no path from a request ever reaches the file system) and inlined into the report.

Looked up in `$SITREP_ASSETS` or `<venv>/share/sitrep-assets/node_modules`.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from sitrep.errors import SitrepError

ASSET_FILES = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "topojson-client.js": "topojson-client/dist/topojson-client.min.js",
    "countries.json": "world-atlas/countries-50m.json",
}
MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json"}
STATIC = Path(__file__).parent / "static"


class AssetsMissing(SitrepError):
    """The front-end files are not installed."""


def assets_root() -> Path:
    return Path(os.environ.get("SITREP_ASSETS") or Path(sys.prefix) / "share" / "sitrep-assets" / "node_modules")


def asset_path(name: str) -> Path:
    """The file behind one of `ASSET_FILES`; AssetsMissing (with the remedy) when not installed."""
    rel = ASSET_FILES.get(name)
    if rel is None:
        raise AssetsMissing(f"no front-end asset {name!r}")
    path = assets_root() / rel
    if not path.is_file():
        raise AssetsMissing(f"front-end file {path} is missing: run `make install` (npm packages "
                            "leaflet, topojson-client, world-atlas) or set SITREP_ASSETS")
    return path


def assets_installed() -> bool:
    return all((assets_root() / rel).is_file() for rel in ASSET_FILES.values())


def inline_text(name: str) -> str:
    """An asset's text, safe to place inside a <script> or <style> element."""
    text = asset_path(name).read_text(encoding="utf-8") if name in ASSET_FILES else \
        (STATIC / name).read_text(encoding="utf-8")
    return text.replace("</", "<\\/")
