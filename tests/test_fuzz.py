"""Property-based fuzzing (Hypothesis) of the readers and of `extract_article`.

Properties: a reader never raises, it yields records, errors and notes; `extract_article` never
raises on random or mutated news text, and every span it emits equals its slice of the text.
Example counts are modest so the suite stays fast (SITREP_FUZZ_EXAMPLES=600 for a longer hunt); a
failure prints the shrunk example.
"""
from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.ingest import read_articles
from sitrep.ingest.readers import InputNote, RawRecord, decode, read_csv, read_json, read_jsonl
from sitrep.records import Article, Span

READER_SETTINGS = settings(max_examples=int(os.environ.get("SITREP_FUZZ_EXAMPLES", 150)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTRACT_SETTINGS = settings(max_examples=int(os.environ.get("SITREP_FUZZ_EXAMPLES", 40)), deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCES = [
    "DAMASCUS (AFP) - Air strikes killed at least 12 civilians in Maarat al-Numan on Sunday, the Syrian "
    "Observatory for Human Rights said.",
    "Opposition activists said security services killed as many as 53 people, all but six of them women and "
    "children.",
    "SANAA, Yemen (AP) - Houthi shelling hit a market in Taiz, killing between 47 and 53 people, residents said.",
    "KYIV (Reuters) - Russian missiles struck Kharkiv overnight, killing four civilians and wounding dozens, "
    "the governor said.",
    "Gunmen abducted 39 students from a college in Kaduna state on Thursday night, police said.",
    "The state news agency blamed \u201cterrorist armed groups\u201d for the massacre, which the government denied.",
    "More than 400,000 people have been killed since the war began in 2011, according to the United Nations.",
    "A truck bomb killed at least 230 people in Mogadishu on Saturday; al Shabaab denied responsibility.",
    "EL FASHER, Sudan - The Rapid Support Forces killed scores of civilians in El Fasher last week, medics said.",
    "Israeli shelling killed 60 Palestinians in Shejaiya on Sunday, the health ministry in Gaza said.",
]
INSERTS = ["99999999999999999999", "2,147,483,648", "1,000,000,000,000", " dozens of ", " at least ", "\n\n",
           "\u200b", "\ufffd", "\t", " - ", "\u201c", "(Reuters)", " killed ", " 0 ", "-5", "Ⅻ", "\U0001f4a5"]


@st.composite
def mutated_news(draw) -> str:
    """Real-looking news text, then cut, spliced, repeated and salted with odd characters."""
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "random", "repeat", "case"]))
        if op == "insert":
            text = text[:at] + draw(st.sampled_from(INSERTS)) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        elif op == "random":
            text = text[:at] + draw(st.text(max_size=12)) + text[at:]
        elif op == "repeat":
            text = text[:at] + text[at:at + draw(st.integers(1, 60))] * 2 + text[at:]
        else:
            text = text.upper() if draw(st.booleans()) else text.lower()
    return text


def spans_in(value):
    """Every Span inside a record, list or tuple."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from spans_in(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from spans_in(getattr(value, f.name))


def assert_reader_items(items):
    for item in items:
        assert isinstance(item, (RawRecord, InputError, InputNote)), item
        assert "\n" not in str(item) if not isinstance(item, RawRecord) else item.text.strip()


@READER_SETTINGS
@given(st.binary(max_size=3000))
def test_decode_reads_or_refuses_any_bytes(data):
    try:
        decoded = decode(data, "x.txt")
    except InputError as exc:
        assert str(exc).startswith("x.txt: ")
        return
    assert "\x00" not in decoded.text and decoded.encoding
    decoded.text.encode("utf-8", "surrogatepass")


csv_cells = st.lists(st.sampled_from(list('ab ,"\n\r\x00;é\u2028') + ["Homs", "12", "killed"]),
                     max_size=25).map("".join)


@READER_SETTINGS
@given(st.lists(csv_cells, max_size=8))
def test_read_csv_never_raises(lines):
    text = "id,title,text\n" + "\n".join(lines)
    assert_reader_items(read_csv(text, Path("fuzz.csv")))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda children: st.lists(children, max_size=3)
                           | st.dictionaries(st.sampled_from(["id", "text", "title", "date", "source", "x"]), children,
                                             max_size=4), max_leaves=12)


@READER_SETTINGS
@given(st.lists(json_values, max_size=5), st.lists(st.text(max_size=40), max_size=3))
def test_read_json_and_jsonl_never_raise(values, junk):
    import json

    lines = [json.dumps(v) for v in values] + junk
    assert_reader_items(read_jsonl("\n".join(lines).splitlines(), Path("fuzz.jsonl")))
    assert_reader_items(read_json(json.dumps(values), Path("fuzz.json")))
    assert_reader_items(read_json("\n".join(lines), Path("fuzz.json")))


@READER_SETTINGS
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".csv", ".json", ".jsonl"]))
def test_read_articles_on_random_bytes_never_raises(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "fuzz" + suffix)
        with open(path, "wb") as fh:
            fh.write(data)
        items = list(read_articles([path]))
    for item in items:
        if isinstance(item, Article):
            assert item.text and "\x00" not in item.text
            item.text.encode("utf-8")
        else:
            assert isinstance(item, (InputError, InputNote)) and "\n" not in str(item)


@pytest.mark.model
@EXTRACT_SETTINGS
@given(mutated_news())
def test_extract_article_never_raises_and_every_span_is_its_slice(nlp, gazetteer, text):
    from sitrep.extract import extract_article

    article = Article("fuzz", "fuzz", text)
    result = extract_article(article, nlp, gazetteer)
    for span in spans_in(result):
        assert 0 <= span.start <= span.end <= len(text) and text[span.start:span.end] == span.text, span
    assert [r.index for r in result.incidents] == list(range(len(result.incidents)))


@pytest.mark.model
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_news(), st.integers(60, 400))
def test_extraction_in_pieces_keeps_every_span_its_slice(nlp, gazetteer, text, limit):
    from sitrep.extract.guard import extract_in_pieces

    text = (text + "\n\n") * 3
    result = extract_in_pieces(Article("fuzz", "fuzz", text), nlp, gazetteer, limit)
    for span in spans_in(result):
        assert text[span.start:span.end] == span.text, span
