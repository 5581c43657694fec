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
import json
import os
import re
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


SURROGATES = re.compile("[\ud800-\udfff]")


def display_path(path: Path | str) -> str:
    """A path as text that can be printed and stored: a file name's bytes that are not UTF-8
    (a Latin-1 name on a UTF-8 system) shown as \\xNN escapes instead of lone surrogates.

    >>> display_path(Path(os.fsdecode(b"caf\\xe9.txt")))
    'caf\\\\xe9.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def without_surrogates(value: str) -> tuple[str, int]:
    """`value` with lone surrogates (valid in a JSON string, unstorable as UTF-8) replaced by U+FFFD,
    and how many there were."""
    cleaned, n = SURROGATES.subn("\ufffd", value)
    return cleaned, n


def iter_files(paths: list[str | Path]) -> Iterator[Path | InputError]:
    """Every supported file under the given files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputError(display_path(path), "no such file or folder")
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                yield InputError(display_path(path), "folder holds no .txt, .html, .json, .jsonl or .csv files")
            yield from found
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield InputError(display_path(path), f"unsupported file type {display_path(Path(path.suffix)) or '(none)'!r}; "
                                        "expected .txt, .html, .json, .jsonl or .csv")
        else:
            yield path


@dataclass
class InputNote:
    """Something ingest assumed or repaired in an input that is still stored (an encoding guessed,
    NUL bytes stripped, a lone surrogate replaced): one line naming the file, never a failure."""

    where: str
    note: str

    def __str__(self) -> str:
        return f"{self.where}: {self.note}"


@dataclass
class Decoded:
    """A file's text and how it was read: `encoding` as assumed, `notes` on what was repaired."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
SAMPLE = 8192
BINARY_CONTROL_SHARE = 0.05      # a text file has almost no C0 control bytes besides tab and line ends
MOSTLY_ASCII_SHARE = 0.95        # too few non-ASCII bytes for a detector's statistics to mean anything
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _utf16_without_bom(sample: bytes) -> str | None:
    """utf-16-le or -be when every other byte is NUL (ASCII-range text in UTF-16), else None."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return None
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


# Single-byte code pages for Latin-script text, Western first: news in a Latin script with a few
# accented letters is likelier French, Spanish, Portuguese or German than Polish, Czech or Baltic.
LATIN_CODEPAGES = ("cp1252", "cp1250", "cp1257")
DETECTOR_MIN_BYTES = 64          # fewer non-ASCII bytes than this: a detector's statistics mean nothing
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
_WESTERN_PUNCTUATION = set("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00a0\u00ab\u00bb\u00a1\u00bf"
                           "\u00b7\u2022\u2032\u2033")
_NUMBER_SIGNS = set("\u00a3\u20ac\u00b0\u00bd\u00bc\u00be\u00a7\u00b1\u00d7\u00a9\u00ae\u00ba\u00aa")


def _latin_script(sample: bytes) -> bool:
    """Whether the non-ASCII bytes sit alone or in pairs among ASCII letters (accented letters of a
    Latin script: "d\xe9c\xe8s"), not in runs that spell whole words (Cyrillic, Greek, Arabic or
    CJK in a legacy encoding)."""
    runs = [len(r) for r in _NON_ASCII_RUN.findall(sample)]
    return bool(runs) and sum(1 for n in runs if n <= 2) >= 0.9 * len(runs)


def _implausible_characters(text: str) -> int:
    """Non-ASCII characters a Latin-script text would not hold: not a letter, not common
    punctuation, and not a sign beside a digit (\u00a35, 40\u00b0). '\u00b3o' or '\u00a3odzi' is Polish read
    as Western."""
    count = 0
    for i, ch in enumerate(text):
        if ch < "\x80" or ch.isalpha() or ch in _WESTERN_PUNCTUATION:
            continue
        beside = text[max(0, i - 1):i] + text[i + 1:i + 2]
        if ch in _NUMBER_SIGNS and any(c.isdigit() for c in beside):
            continue
        count += 1
    return count


def _latin_reading(data: bytes) -> tuple[str, str] | None:
    """(text, encoding said) of the Latin code page whose reading has the fewest implausible
    characters, Western on a tie; None when none decodes."""
    best: tuple[int, str, str] | None = None
    for codepage in LATIN_CODEPAGES:
        try:
            text = data.decode(codepage)
        except UnicodeDecodeError:
            continue
        score = _implausible_characters(text)
        if best is None or score < best[0]:
            best = (score, text, codepage)
    if best is None:
        return None
    return best[1], (f"{best[2]} (not UTF-8; Latin script with too few accented bytes for a detector, "
                     "read as the Latin code page whose letters fit)")


def _decode_bytes(data: bytes, where: str) -> tuple[str, str]:
    """(text, encoding name as assumed). Order: a byte-order mark; UTF-16 without a mark; UTF-8;
    then, for text that is nearly all ASCII or a short Latin-script text, the Latin code page
    whose reading fits (Western first: English news with a few accented names is far likelier
    Western than Baltic or Central European, and a detector cannot tell from three accented
    letters — charset-normalizer reads "D\xe9c\xe8s \xe0 Alep" as Urdu cp1006); otherwise the
    encoding charset-normalizer finds. Binary files raise InputError naming a control byte."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), f"{codec.replace('-sig', '')} (byte-order mark)"
            except UnicodeDecodeError as exc:
                raise InputError(where, f"not decodable as {codec} despite its byte-order mark "
                                        f"(bad bytes at offset {exc.start})") from None
    sample = data[:SAMPLE]
    wide = _utf16_without_bom(sample)       # before UTF-8: ASCII in UTF-16 is valid UTF-8 full of NULs
    if wide:
        try:
            return data.decode(wide), f"{wide} (no byte-order mark; detected)"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_offset = exc.start
    controls = [i for i, b in enumerate(sample) if b in _CONTROL]
    if len(controls) > BINARY_CONTROL_SHARE * len(sample):
        raise InputError(where, f"binary file (control byte {sample[controls[0]]:#04x} at offset {controls[0]}), "
                                "not text")
    non_ascii = sum(1 for b in sample if b > 127)
    if non_ascii <= (1 - MOSTLY_ASCII_SHARE) * len(sample) or (
            non_ascii < DETECTOR_MIN_BYTES and _latin_script(sample)):
        reading = _latin_reading(data)
        if reading:
            return reading
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(where, f"not decodable as text (invalid UTF-8 at byte {bad_offset}, no other encoding fits)")
    return str(best), f"{best.encoding} (not UTF-8; detected by charset-normalizer)"


def decode(data: bytes, where: str) -> Decoded:
    """Bytes to text, saying which encoding was assumed; NUL characters are stripped wherever they
    are (a stray NUL never costs a file) and the lines they were on are named in a note.

    >>> decode("Shelling killed five people \xe0 Homs.".encode("latin-1"), "x.txt").text
    'Shelling killed five people \xe0 Homs.'
    """
    text, encoding = _decode_bytes(data, where)
    notes = [] if encoding.startswith("utf-8") else [f"decoded as {encoding}"]
    if "\x00" in text:
        lines = [n for n, line in enumerate(text.split("\n"), 1) if "\x00" in line]
        shown = ", ".join(map(str, lines[:20])) + (f" and {len(lines) - 20} more lines" if len(lines) > 20 else "")
        notes.append(f"{text.count(chr(0))} NUL characters stripped, on line{'s' if len(lines) > 1 else ''} {shown}")
        text = text.replace("\x00", "")
    return Decoded(text, encoding, notes)


STREAMED_SUFFIXES = {".jsonl", ".ndjson"}
STREAM_CHUNK = 1 << 20


def _is_plain_utf8(path: Path) -> bool:
    """Whether a file is NUL-free UTF-8 without a byte-order mark, checked a chunk at a time in
    constant memory. Such JSON Lines files are streamed; the others go through `decode`, which
    names the bad byte, finds their encoding and strips NULs with a note."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as fh:
        first = True
        while chunk := fh.read(STREAM_CHUNK):
            if b"\x00" in chunk or (first and chunk.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                                                  codecs.BOM_UTF16_BE))):
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


def read_file(path: Path) -> Iterator[RawRecord | InputError | InputNote]:
    """Records from one file, by its suffix; notes first on how the file was decoded. JSON Lines in
    plain UTF-8 are read a line at a time, so a file of any length is never held in memory whole."""
    where = display_path(path)
    suffix = path.suffix.lower()
    if suffix in STREAMED_SUFFIXES:
        try:
            streamable = _is_plain_utf8(path)
        except OSError as exc:
            yield InputError(where, f"cannot read: {exc.strerror or exc}")
            return
        if streamable:
            with open(path, encoding="utf-8", newline=None) as fh:
                yield from read_jsonl(fh, path)
            return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(where, f"cannot read: {exc.strerror or exc}")
        return
    try:
        decoded = decode(data, where)
    except InputError as exc:
        yield exc
        return
    for note in decoded.notes:
        yield InputNote(where, note)
    text = decoded.text
    if suffix in {".csv"}:
        records: Iterator[RawRecord | InputError | InputNote] = read_csv(text, path)
    elif suffix in {".json"}:
        records = read_json(text, path)
    elif suffix in STREAMED_SUFFIXES:
        records = read_jsonl(text.splitlines(), path)
    else:
        records = iter([RawRecord(text=text, external_id=display_path(path.stem), source_path=where,
                                  html=suffix in {".html", ".htm"})])
    for record in records:
        if isinstance(record, RawRecord) and decoded.encoding != "utf-8":
            record.meta.setdefault("encoding", decoded.encoding)
        yield record


def _pick(record: dict, key: str) -> str | None:
    for name in FIELD_NAMES[key]:
        value = record.get(name)
        if value not in (None, ""):
            return str(value)
    return None


def record_from_mapping(record: dict, path: Path, row: int, default_id: str) -> Iterator[RawRecord | InputError | InputNote]:
    """One JSON object or CSV row as a RawRecord; an error if it has no article text. Lone
    surrogates (a JSON string may hold "\\ud800"; no database can store it) become U+FFFD, with a
    note naming the row."""
    where = f"{display_path(path)}:{row}"
    if not isinstance(record, dict):
        yield InputError(where, f"expected a JSON object, got {type(record).__name__}")
        return
    try:
        lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
        fields = {key: _pick(lowered, key) for key in FIELD_NAMES}
        meta = {k: str(v) for k, v in lowered.items() if k not in _KNOWN and v not in (None, "")}
    except (RecursionError, ValueError) as exc:
        yield InputError(where, f"a field cannot be read as text: {exc.__class__.__name__}: {str(exc)[:120]}")
        return
    replaced = 0
    for key, value in fields.items():
        if value is not None:
            fields[key], n = without_surrogates(value)
            replaced += n
    for key in list(meta):
        value, n = without_surrogates(meta.pop(key))
        meta[without_surrogates(key)[0]] = value
        replaced += n
    text = fields["text"]
    if text is None or not text.strip():
        yield InputError(where, "empty article: no text, content or article_content field")
        return
    if replaced:
        yield InputNote(where, f"{replaced} lone surrogate code point(s) replaced by U+FFFD")
        meta["repaired"] = f"{replaced} lone surrogates replaced by U+FFFD"
    html_like = text.lstrip().startswith("<") and "</" in text
    yield RawRecord(text=text, external_id=fields["external_id"] or default_id, source_path=display_path(path),
                    source_row=row, title=fields["title"], outlet=fields["outlet"], date=fields["date"],
                    url=fields["url"], meta=meta, html=html_like)


def physical_lines(text: str) -> list[str]:
    """The file's lines with their endings (\\n, \\r\\n or a lone \\r), so line i of the list is
    line i + 1 of the file whatever its quoting."""
    lines = re.split(r"(?<=\n)|(?<=\r)(?!\n)", text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def read_csv(text: str, path: Path) -> Iterator[RawRecord | InputError | InputNote]:
    """CSV with a header row. Row numbers are the data rows' line numbers in the file (header = 1).

    A broken quote makes the csv module read on to the next quote or the end of the file. Such a
    row is named with the lines it ran over, and reading starts again on the line after the row's
    first line, so the rows it swallowed are read (or named) one by one instead of lost.
    """
    where = display_path(path)
    lines = physical_lines(text)
    header: list[str] | None = None
    start = 0
    while start < len(lines):
        reader = csv.reader((lines[i] for i in range(start, len(lines))), strict=True)
        while True:
            first = start + reader.line_num + 1            # the record's first line, 1-based
            try:
                values = next(reader)
            except StopIteration:
                start = len(lines)
                break
            except csv.Error as exc:
                last = start + reader.line_num
                yield InputError(f"{where}:{first}", f"malformed CSV row (a broken quote?): {exc}; the row runs "
                                                     f"over lines {first}-{last}, is skipped, and reading resumes at "
                                                     f"line {first + 1}")
                start = first
                break
            last = start + reader.line_num
            if header is None:
                header = [h.strip() for h in values]
                if not {h.lower() for h in header} & set(FIELD_NAMES["text"]):
                    yield InputError(f"{where}:{first}", "no text column "
                                                         f"(expected one of {', '.join(FIELD_NAMES['text'])})")
                    return
                continue
            if not values or all(not v.strip() for v in values):
                continue
            if len(values) != len(header):
                if last > first:
                    yield InputError(f"{where}:{first}", f"malformed CSV row (a broken quote?): a quoted field runs "
                                                         f"over lines {first}-{last}, giving {len(values)} fields where "
                                                         f"the header has {len(header)}; the row is skipped and lines "
                                                         f"{first + 1}-{last} are read again as rows")
                    start = first
                    break
                yield InputError(f"{where}:{first}",
                                 f"malformed CSV row: {len(values)} fields, header has {len(header)}")
                continue
            yield from record_from_mapping(dict(zip(header, values)), path, first, f"{display_path(path.stem)}-{first}")
    if header is None:
        yield InputError(where, "empty CSV file")


MAX_JSON_DEPTH = 100


def _json_problem(text: str, exc: Exception) -> tuple[int, str]:
    """(line, message) for a JSON text json.loads refused: a syntax error, nesting deeper than
    Python's recursion allows, or an integer longer than Python converts (4,300 digits)."""
    if isinstance(exc, json.JSONDecodeError):
        return exc.lineno, f"invalid JSON at line {exc.lineno} column {exc.colno} (byte {exc.pos}): {exc.msg}"
    if isinstance(exc, RecursionError):
        depth, in_string, escaped = 0, False, False
        for pos, ch in enumerate(text):
            if in_string:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch in "[{":
                depth += 1
                if depth > MAX_JSON_DEPTH:
                    return text.count("\n", 0, pos) + 1, f"JSON nested more than {MAX_JSON_DEPTH} levels deep"
            elif ch in "]}":
                depth -= 1
        return 1, "JSON nested too deeply to read"
    digits = re.search(r"\d{4000,}", text)
    line = text.count("\n", 0, digits.start()) + 1 if digits else 1
    return line, f"JSON value cannot be read: {str(exc)[:160]}"


def _loads(text: str) -> tuple[object, None] | tuple[None, tuple[int, str]]:
    try:
        return json.loads(text), None
    except (ValueError, RecursionError) as exc:        # JSONDecodeError is a ValueError
        return None, _json_problem(text, exc)


def read_json(text: str, path: Path) -> Iterator[RawRecord | InputError | InputNote]:
    """A JSON file: one article object, or a list of them (or {"articles": [...]})."""
    where = display_path(path)
    data, problem = _loads(text)
    if problem:
        yield InputError(f"{where}:{problem[0]}", problem[1])
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        yield from record_from_mapping(data, path, 1, display_path(path.stem))
        return
    if not isinstance(data, list):
        yield InputError(where, "JSON holds neither an article object nor a list of them")
        return
    for n, item in enumerate(data, 1):
        yield from record_from_mapping(item, path, n, f"{display_path(path.stem)}-{n}")


def read_jsonl(lines: Iterable[str], path: Path) -> Iterator[RawRecord | InputError | InputNote]:
    """JSON Lines: one article object per line; a bad line is reported and skipped."""
    where = display_path(path)
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item, problem = _loads(line)
        if problem:
            message = problem[1].replace(" at line 1 column", " at column")
            yield InputError(f"{where}:{n}", message)
            continue
        yield from record_from_mapping(item, path, n, f"{display_path(path.stem)}-{n}")
