"""Extraction that no single article can stop: long articles in pieces, spaCy errors per article.

Two things used to kill a whole extraction run (and every re-run, at the same article):

- an article longer than spaCy's `nlp.max_length` (E088) raises while `nlp.pipe` is iterated,
  outside any per-article handling; and a parse of a long text grows faster than its length.
  `extract_in_pieces` cuts such an article at paragraph, line, sentence or word boundaries into
  pieces of at most `PIECE_CHARS` characters, extracts each piece as an article of its own and
  shifts every span back by the piece's offset, so each evidence span still equals
  `article.text[start:end]` and the cost grows linearly with the length;
- any other exception raised inside `nlp.pipe` (a component failing on one text) ends the pipe's
  generator for the whole batch. `extract_guarded` then goes on one article at a time for the rest
  of the batch, so only the article that fails is recorded as failed.

    extract_guarded(articles) -> (article, ArticleExtraction | Exception) for every article
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from sitrep.records import Article, ArticleExtraction, Span
from sitrep.stages import NO_CLOCK, StageClock

PIECE_CHARS = 50_000
# Where to cut, best first: a paragraph break, a line break, a sentence end, a space.
BOUNDARIES = ("\n\n", "\n", ". ", "? ", "! ", " ")


def piece_bounds(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces covering `text` exactly, each at most `limit` characters,
    cut at the best boundary in the second half of each window (a hard cut only in a text with
    no space at all). Linear in the length of the text.

    >>> text = "Shelling hit Homs today.\\n\\nTen were killed. Two were hurt in Hama."
    >>> [text[start:end] for start, end in piece_bounds(text, 30)]
    ['Shelling hit Homs today.\\n\\n', 'Ten were killed. ', 'Two were hurt in Hama.']
    """
    bounds = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for mark in BOUNDARIES:
            at = window.rfind(mark, limit // 2)
            if at >= 0:
                cut = at + len(mark)
                break
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def shifted(value: Any, offset: int) -> Any:
    """`value` (a record, list or span) with every Span moved `offset` characters to the right."""
    if isinstance(value, Span):
        return Span(value.start + offset, value.end + offset, value.text)
    if isinstance(value, list):
        return [shifted(v, offset) for v in value]
    if isinstance(value, tuple):
        return tuple(shifted(v, offset) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: shifted(getattr(value, f.name), offset) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def extract_in_pieces(article: Article, nlp: Any = None, gazetteer: Any = None,
                      limit: int = PIECE_CHARS, clock: StageClock = NO_CLOCK) -> ArticleExtraction:
    """Extract a long article piece by piece (each as `extract_many` does one article alone);
    reports are numbered in text order and only the first piece's main incident stays the
    article's main incident."""
    from sitrep.extract import _extract_alone
    from sitrep.gazetteer import default_gazetteer
    from sitrep.nlp import load_nlp

    nlp, gazetteer = nlp or load_nlp(), gazetteer or default_gazetteer()
    reports, tolls = [], []
    has_main = False
    for start, end in piece_bounds(article.text, limit):
        piece = dataclasses.replace(article, text=article.text[start:end])
        result = _extract_alone(piece, nlp, gazetteer, clock)
        if isinstance(result, Exception):
            raise result
        result = shifted(result, start)
        for report in result.incidents:
            main = report.main and not has_main
            has_main = has_main or main
            reports.append(dataclasses.replace(report, index=len(reports), main=main))
        tolls.extend(result.cumulative_tolls)
    return ArticleExtraction(article.article_id, reports, tolls)


def extract_guarded(articles: list[Article], nlp: Any = None, gazetteer: Any = None,
                    clock: StageClock = NO_CLOCK) -> Iterator[tuple[Article, ArticleExtraction | Exception]]:
    """(article, extraction or the exception that stopped it) for every article, in input order
    (engines pair results with their batch by position), whatever fails. Runs of ordinary articles
    go through `extract_many` (batched `nlp.pipe`, which goes on one at a time after a failure);
    a long article is extracted in pieces where it stands."""
    from sitrep.extract import extract_many
    from sitrep.gazetteer import default_gazetteer
    from sitrep.nlp import load_nlp

    nlp = nlp or load_nlp()
    gazetteer = gazetteer or default_gazetteer()
    limit = min(PIECE_CHARS, nlp.max_length)
    run: list[Article] = []
    for article in articles:
        if len(article.text) <= limit:
            run.append(article)
            continue
        yield from extract_many(run, nlp, gazetteer, clock=clock)
        run = []
        try:
            yield article, extract_in_pieces(article, nlp, gazetteer, limit, clock)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            yield article, exc
    yield from extract_many(run, nlp, gazetteer, clock=clock)
