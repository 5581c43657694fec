"""Readers: files and folders in, raw article records out.

Each reader yields `RawRecord`s or `InputError`s (never raises for one bad row), so one malformed
CSV row or JSON line is reported with its file and row and the rest of the batch goes on.

Field names are data: FA-KES columns (unit_id, article_title, article_content, source, date,
location, labels) and the usual JSON/CSV names (id, title, text or content, source or outlet,
date or published, url) map onto one record shape.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import InputError

SUPPORTED_SUFFIXES = {".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".csv"}

FIELD_NAMES = {
    "external_id": ["unit_id", "id", "article_id", "doc_id", "guid"],
    "title": ["title", "article_title", "headline"],
    "text": ["text", "content", "article_content", "body", "article_text", "maintext"],
    "outlet": ["source", "outlet", "publisher", "source_name", "sitename"],
    "date": ["date", "published", "pub_date", "publication_date", "date_publish", "published_at"],
    "url": ["url", "link", "source_url"],
}
_KNOWN = {name for names in FIELD_NAMES.values() for name in names}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass
class RawRecord:
    """One article as found in a file, before cleaning and hashing."""

    text: str
    external_id: str
    source_path: str
    source_row: int | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    html: bool = False


def iter_files(paths: list[str | Path]) -> Iterator[Path | InputError]:
    """Every supported file under the given files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputError(str(path), "no such file or folder")
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                yield InputError(str(path), "folder holds no .txt, .html, .json, .jsonl or .csv files")
            yield from found
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                        "expected .txt, .html, .json, .jsonl or .csv")
        else:
            yield path


STREAMED_SUFFIXES = {".jsonl", ".ndjson"}
STREAM_CHUNK = 1 << 20


def _is_utf8_text(path: Path) -> bool:
    """Whether a file is NUL-free UTF-8 (checked a chunk at a time, in constant memory); the other
    files go through `decode`, which names the bad byte or finds their encoding."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as fh:
        first = True
        while chunk := fh.read(STREAM_CHUNK):
            if first and b"\x00" in chunk[:8192]:
                return False
            first = False
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, where: str) -> str:
    """Bytes to text: UTF-8 when valid, else the encoding charset-normalizer detects (FA-KES is latin-1).

    Binary files (NUL bytes, or no plausible encoding) raise InputError naming the byte offset.
    """
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise InputError(where, f"binary file (NUL byte at offset {nul}), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_offset = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(where, f"not decodable as text (invalid UTF-8 at byte {bad_offset}, no other encoding fits)")
    return str(best)


def read_file(path: Path) -> Iterator[RawRecord | InputError]:
    """Records from one file, by its suffix. JSON Lines in UTF-8 are read a line at a time, so a
    file of any length is never held in memory whole."""
    suffix = path.suffix.lower()
    if suffix in STREAMED_SUFFIXES:
        try:
            streamable = _is_utf8_text(path)
        except OSError as exc:
            yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
            return
        if streamable:
            with open(path, encoding="utf-8-sig", newline=None) as fh:
                yield from read_jsonl(fh, path)
            return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = decode(data, str(path))
    except InputError as exc:
        yield exc
        return
    if suffix in {".csv"}:
        yield from read_csv(text, path)
    elif suffix in {".json"}:
        yield from read_json(text, path)
    elif suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl(text.splitlines(), path)
    else:
        yield RawRecord(text=text, external_id=path.stem, source_path=str(path),
                        html=suffix in {".html", ".htm"})


def _pick(record: dict, key: str) -> str | None:
    for name in FIELD_NAMES[key]:
        value = record.get(name)
        if value not in (None, ""):
            return str(value)
    return None


def record_from_mapping(record: dict, path: Path, row: int, default_id: str) -> RawRecord | InputError:
    """One JSON object or CSV row as a RawRecord; an error if it has no article text."""
    where = f"{path}:{row}"
    if not isinstance(record, dict):
        return InputError(where, f"expected a JSON object, got {type(record).__name__}")
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    text = _pick(lowered, "text")
    if text is None or not text.strip():
        return InputError(where, "empty article: no text, content or article_content field")
    meta = {k: str(v) for k, v in lowered.items() if k not in _KNOWN and v not in (None, "")}
    html_like = text.lstrip().startswith("<") and "</" in text
    return RawRecord(text=text, external_id=_pick(lowered, "external_id") or default_id, source_path=str(path),
                     source_row=row, title=_pick(lowered, "title"), outlet=_pick(lowered, "outlet"),
                     date=_pick(lowered, "date"), url=_pick(lowered, "url"), meta=meta, html=html_like)


def read_csv(text: str, path: Path) -> Iterator[RawRecord | InputError]:
    """CSV with a header row. Row numbers are the data rows' line numbers in the file (header = 1)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        yield InputError(str(path), "empty CSV file")
        return
    except csv.Error as exc:
        yield InputError(f"{path}:1", f"malformed CSV header: {exc}")
        return
    header = [h.strip() for h in header]
    if not {h.lower() for h in header} & set(FIELD_NAMES["text"]):
        yield InputError(f"{path}:1", f"no text column (expected one of {', '.join(FIELD_NAMES['text'])})")
        return
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"{path}:{line}", f"malformed CSV row: {exc}")
            # csv cannot resynchronise after a broken quote; stop rather than misread the rest
            return
        if not values or all(not v.strip() for v in values):
            continue
        if len(values) != len(header):
            yield InputError(f"{path}:{line}", f"malformed CSV row: {len(values)} fields, header has {len(header)}")
            continue
        yield record_from_mapping(dict(zip(header, values)), path, line, f"{path.stem}-{line}")


def read_json(text: str, path: Path) -> Iterator[RawRecord | InputError]:
    """A JSON file: one article object, or a list of them (or {"articles": [...]})."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"{path}:{exc.lineno}", f"invalid JSON at byte {exc.pos}: {exc.msg}")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        yield record_from_mapping(data, path, 1, path.stem)
        return
    if not isinstance(data, list):
        yield InputError(str(path), "JSON holds neither an article object nor a list of them")
        return
    for n, item in enumerate(data, 1):
        yield record_from_mapping(item, path, n, f"{path.stem}-{n}")


def read_jsonl(lines: Iterable[str], path: Path) -> Iterator[RawRecord | InputError]:
    """JSON Lines: one article object per line; a bad line is reported and skipped."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{path}:{n}", f"invalid JSON at column {exc.colno}: {exc.msg}")
            continue
        yield record_from_mapping(item, path, n, f"{path.stem}-{n}")
