"""Ingest: files and folders in, `Article` records out.

    readers   files -> RawRecord (txt, html, json, jsonl, csv; encoding detected)
    clean     boilerplate lines out
    metadata  outlet and publication date from the text when the source gives none

An article's id is a hash of its external id and its cleaned text: the same article ingested
twice gets the same id (so re-ingesting adds nothing), while two different texts under one
external id (FA-KES repeats a few unit_ids) are two articles and neither is lost.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.clean import clean_text
from sitrep.ingest.metadata import outlet_in_text, publication_date
from sitrep.ingest.readers import InputNote, RawRecord, iter_files, read_file
from sitrep.records import Article

DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%B %d %Y",
                "%d %b %Y", "%b %d, %Y", "%a, %d %b %Y %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ",
                "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S")


def article_id_for(external_id: str, text: str) -> str:
    """A stable id from the external id and the whitespace-normalised text."""
    norm = " ".join(text.split())
    return hashlib.sha256(f"{external_id}\n{norm}".encode()).hexdigest()[:16]


def text_hash(text: str) -> str:
    """Hash of the text alone: equal for exact copies under different ids."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


def parse_date(value: str | None) -> date | None:
    """A metadata date in the usual formats ("4/5/2017", "2017-04-05", "5 April 2017"), else None."""
    if not value:
        return None
    value = value.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def html_to_text(html: str, where: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata (title, date, sitename, url) out of an HTML page, via trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise InputError(where, "no article text found in the HTML")
    meta: dict[str, str] = {}
    doc = trafilatura.extract_metadata(html)
    if doc is not None:
        for key in ("title", "date", "sitename", "url"):
            value = getattr(doc, key, None)
            if value:
                meta[key] = str(value)
    return text, meta


def article_from_record(raw: RawRecord) -> Article:
    """Clean one raw record into an Article, filling outlet and date from the text when missing."""
    where = raw.source_path + (f":{raw.source_row}" if raw.source_row else "")
    title, outlet, url, meta_date = raw.title, raw.outlet, raw.url, raw.date
    body = raw.text
    if raw.html:
        body, page_meta = html_to_text(body, where)
        title = title or page_meta.get("title")
        outlet = outlet or page_meta.get("sitename")
        url = url or page_meta.get("url")
        meta_date = meta_date or page_meta.get("date")
    text = clean_text(body)
    if not text:
        raise InputError(where, "empty article: no text left after removing boilerplate")
    meta = dict(raw.meta)
    if meta_date:
        meta["metadata_date"] = meta_date
    # The text's own dateline wins over metadata: catalogue dates are often the crawl date.
    pub_date, meta["pub_date_source"] = publication_date(text, meta_date, url)
    outlet = outlet or outlet_in_text(text)
    return Article(
        article_id=article_id_for(raw.external_id, text),
        external_id=raw.external_id,
        text=text,
        title=title or _first_line_title(text, outlet),
        outlet=outlet,
        pub_date=pub_date,
        url=url,
        source_path=raw.source_path,
        source_row=raw.source_row,
        meta=meta,
    )


def _first_line_title(text: str, outlet: str | None) -> str | None:
    """The first short line of a multi-line text, skipping a masthead that names the outlet."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if outlet and lines and lines[0].lower() == outlet.lower():
        lines = lines[1:]
    if len(lines) < 2 or len(lines[0]) > 200:
        return None
    return lines[0]


def read_articles(paths: list[str | Path]) -> Iterator[Article | InputError | InputNote]:
    """Every article under the given paths, an InputError for each input that cannot be read, and
    an InputNote for each repair or assumption made on one that could (an encoding, NULs stripped)."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
            continue
        for raw in read_file(item):
            if isinstance(raw, (InputError, InputNote)):
                yield raw
                continue
            try:
                yield article_from_record(raw)
            except InputError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001 - one record a library chokes on must not stop the batch
                where = raw.source_path + (f":{raw.source_row}" if raw.source_row else "")
                yield InputError(where, f"cannot be read: {exc.__class__.__name__}: {str(exc)[:160]}")
