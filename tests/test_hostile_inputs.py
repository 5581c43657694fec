"""No input costs an analyst data: the whole zoo of hostile and unlucky inputs in one batch.

Each class below crashed the pipeline or lost data on main (issue 12): a traceback for the batch,
up to 200 pending articles lost, every re-run dying at the same article. Here every good article
is stored and extracted, every bad one is named once (file and row or line), and link runs.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.extract.guard import extract_guarded, extract_in_pieces, piece_bounds
from sitrep.records import Article
from sitrep.store import Store

pytestmark = pytest.mark.model
runner = CliRunner()

MARKER = "\u2063"          # an invisible separator: the poisoned pipeline below fails on any text holding it
LONG_LIMIT = 20_000         # the poisoned pipeline's nlp.max_length, so a 45,000-character article is "too long"

PARAGRAPHS = [
    "Air strikes killed at least 12 civilians in Maarat al-Numan on Sunday, the Syrian Observatory said.",
    "Houthi shelling hit a market in Taiz on Saturday, killing five people and wounding 20, residents said.",
    "Gunmen abducted 40 pupils from a school in Kaduna state on Friday, police said.",
    "Russian missiles struck Kharkiv overnight, killing four civilians, the regional governor said.",
    "A car bomb killed nine soldiers at a checkpoint near Mogadishu, a police officer told Reuters.",
]


def long_text(n_chars: int) -> str:
    parts, i = [], 0
    while sum(map(len, parts)) < n_chars:
        parts.append(PARAGRAPHS[i % len(PARAGRAPHS)] + ("\n\n" if i % 3 == 2 else " "))
        i += 1
    return "".join(parts).strip()


@Language.component("fails_on_marked_text")
def _fails_on_marked_text(doc):
    if MARKER in doc.text:
        raise ValueError("component failed on this text")
    return doc


@pytest.fixture(scope="module")
def poisoned_nlp():
    """A private copy of the English pipeline with a short max_length and a component that raises
    on one text: spaCy errors raised while `nlp.pipe` is iterated, as E088 is."""
    from sitrep.nlp import load_nlp

    nlp = load_nlp.__wrapped__()
    nlp.add_pipe("fails_on_marked_text", first=True)
    nlp.max_length = LONG_LIMIT
    return nlp


@pytest.fixture
def use_poisoned_nlp(poisoned_nlp, monkeypatch):
    monkeypatch.setattr("sitrep.nlp.load_nlp", lambda: poisoned_nlp)
    return poisoned_nlp


GOOD = {
    "ye-taiz": "TAIZ, Yemen (AP) - Houthi shelling hit a crowded market in Taiz on Saturday, killing five people.",
    "ua-1": "KHARKIV (Reuters) - Russian shelling killed four civilians in Kharkiv on Monday, the governor said.",
    "ng-1": "KADUNA, Nigeria (Reuters) - Gunmen abducted 39 students in Kaduna state on Thursday, police said.",
    "mm-1": "YANGON (AP) - A military air strike on a village in Sagaing region killed 100 people, witnesses said.",
    "so-1": "MOGADISHU (Reuters) - A truck bomb killed at least 20 people in Mogadishu on Saturday, police said.",
    "sd-1": "EL FASHER, Sudan (AFP) - Shelling killed at least 27 civilians in El Fasher on Friday, medics said.",
    "sd-2": "KHARTOUM (Reuters) - Air strikes killed 22 people in Omdurman on Saturday, the health ministry said.",
    "ps-1": "GAZA CITY (AFP) - Israeli shelling killed 60 Palestinians in Shejaiya on Sunday, the ministry said.",
}


def build_zoo(folder: Path) -> tuple[set[str], dict[str, str]]:
    """Write the zoo; return the external ids that must be stored and, per bad input, the text
    its one line must hold."""
    folder.mkdir()
    (folder / "ye-taiz.txt").write_text(GOOD["ye-taiz"])
    # JSON Lines: a good line, a lone surrogate (stored, noted), a 5,000-digit integer (named).
    (folder / "feed.jsonl").write_text(
        f'{{"id": "ua-1", "text": "{GOOD["ua-1"]}"}}\n'
        f'{{"id": "ng-1", "title": "Kaduna \\ud800", "text": "{GOOD["ng-1"]} \\udfff"}}\n'
        f'{{"id": "big", "text": "Ten killed in Idlib.", "count": {"9" * 5000}}}\n')
    # A file name that is not UTF-8 (a Latin-1 name on a UTF-8 system).
    with open(os.path.join(os.fsencode(folder), b"r\xe9sum\xe9-mm.txt"), "wb") as fh:
        fh.write(GOOD["mm-1"].encode())
    (folder / "deep.json").write_text('{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    (folder / "utf16-bom.txt").write_bytes(GOOD["so-1"].encode("utf-16"))
    (folder / "utf16-bare.txt").write_bytes(GOOD["sd-1"].encode("utf-16-le"))
    (folder / "latin1.txt").write_bytes("DAMASCUS (AFP) - Shelling killed seven people \xe0 Homs on Monday, "
                                        "activists said.".encode("latin-1"))
    (folder / "nul.csv").write_bytes(f'id,text\nsd-2,"{GOOD["sd-2"]}"\nps-1,"{GOOD["ps-1"][:20]}'.encode()
                                     + b"\x00" + f'{GOOD["ps-1"][20:]}"\n'.encode())
    (folder / "broken.csv").write_text(
        "id,text\nsy-1,Barrel bombs killed 14 people in Aleppo on Tuesday.\n"
        'sy-2,"Shelling hit Hama and killed 3\n'
        "sy-3,A suicide bomber killed 8 soldiers in Deir ez-Zor on Friday.\n"
        "sy-4,Clashes killed 11 fighters near Raqqa on Sunday.\n")
    (folder / "long.txt").write_text(long_text(45_000))
    (folder / "absurd.txt").write_text("Shelling killed 99999999999999999999 people in Homs on Sunday, activists said.")
    (folder / "poison.txt").write_text(f"Gunmen killed 12 people{MARKER} in Zamfara on Tuesday, police said.")
    stored = {"ye-taiz", "ua-1", "ng-1", "r\\xe9sum\\xe9-mm", "utf16-bom", "utf16-bare", "latin1", "sd-2", "ps-1",
              "sy-1", "sy-3", "sy-4", "long", "absurd", "poison"}
    named = {"feed.jsonl:3": "digits", "deep.json:1": "nested", "binary.txt": "binary", "broken.csv:3": "quote",
             "poison.txt": "extraction failed", "feed.jsonl:2": "surrogate", "latin1.txt": "cp1252",
             "nul.csv": "NUL", "absurd.txt": "refused", "utf16-bare.txt": "utf-16-le",
             "utf16-bom.txt": "utf-16"}
    return stored, named


def test_the_whole_zoo_in_one_batch(tmp_path, use_poisoned_nlp):
    stored, named = build_zoo(tmp_path / "zoo")
    db = tmp_path / "zoo.db"
    result = runner.invoke(app, ["run", str(tmp_path / "zoo"), "--db", str(db), "--quiet", "--top", "0"])
    lines = result.output.splitlines()
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for where, words in named.items():
        mentions = [line for line in lines if re.search(rf"{re.escape(where)}(:|\s|$)", line)]
        assert len(mentions) == 1 and words in mentions[0], (where, mentions)
    assert any(line.startswith("link: ") for line in lines)

    store = Store.open(db)
    articles = {a.external_id: a for a in store.articles()}
    assert set(articles) == stored
    assert "\xe0 Homs" in articles["latin1"].text and articles["latin1"].meta["encoding"].startswith("cp1252")
    assert "\x00" not in articles["ps-1"].text and "Israeli shelling killed 60" in articles["ps-1"].text
    assert "\ufffd" in articles["ng-1"].text and articles["r\\xe9sum\\xe9-mm"].source_path.endswith("r\\xe9sum\\xe9-mm.txt")
    failures = dict(store.extraction_failures())
    assert list(failures) == [articles["poison"].article_id] and "component failed" in failures[articles["poison"].article_id]
    for external_id, article in articles.items():
        if external_id != "poison":
            assert store.extraction(article.article_id) is not None, external_id
    long = store.extraction(articles["long"].article_id)
    text = articles["long"].text
    assert len(long.incidents) > 10 and sum(r.main for r in long.incidents) == 1
    for report in long.incidents:
        for claim in report.casualty_claims + report.perpetrator_claims:
            assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    assert not [c for r in store.extraction(articles["absurd"].article_id).incidents for c in r.casualty_claims]
    kept = {(e["stage"], e["source"].rsplit("/", 1)[-1], e["location"]) for e in store.input_errors()}
    assert {("ingest", "feed.jsonl", "3"), ("ingest", "deep.json", "1"), ("ingest", "binary.txt", ""),
            ("ingest", "broken.csv", "3"), ("extract", "absurd.txt", "")} <= kept

    again = runner.invoke(app, ["run", str(tmp_path / "zoo"), "--db", str(db), "--quiet", "--top", "0"])
    assert "ingest: 0 new, 15 already present, 4 failed" in again.output
    assert "extract: 0 articles extracted" in again.output and "1 failed" in again.output


# --- class 1: poison articles ------------------------------------------------------------------

def test_an_article_over_max_length_is_extracted_in_pieces_with_exact_spans(poisoned_nlp, gazetteer):
    text = long_text(3 * LONG_LIMIT)
    article = Article("long-1", "long-1", text)
    [(got, result)] = list(extract_guarded([article], poisoned_nlp, gazetteer))
    assert not isinstance(result, Exception)
    assert [r.index for r in result.incidents] == list(range(len(result.incidents)))
    spans = [s for r in result.incidents for c in r.casualty_claims for s in (c.evidence, c.sentence)]
    assert len(spans) > 20 and all(text[s.start:s.end] == s.text for s in spans)
    assert max(s.end for s in spans) > 2 * LONG_LIMIT          # the last piece's claims point into the end


@pytest.mark.parametrize("text, limit", [
    (long_text(200_000), 50_000), ("Shelling.\n\n" * 3000, 1000), ("x" * 25_000, 10_000),
    ("Kyiv " * 9000, 7000),
])
def test_pieces_cover_the_text_exactly_within_the_limit(text, limit):
    bounds = piece_bounds(text, limit)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= limit for s, e in bounds) and bounds[0][0] == 0 and bounds[-1][1] == len(text)


def test_a_piece_cut_falls_on_a_paragraph_when_there_is_one():
    text = long_text(30_000)
    for start, end in piece_bounds(text, 10_000)[:-1]:
        assert text[start:end].endswith("\n\n")


def test_a_spacy_error_while_the_pipe_is_iterated_fails_that_article_only(poisoned_nlp, gazetteer, make_article):
    articles = [make_article(f"Air strikes killed {n} civilians in Idlib on Sunday, activists said.", external_id=str(n))
                for n in range(3, 9)]
    articles.insert(2, make_article(f"Gunmen killed 12{MARKER} villagers in Zamfara.", external_id="bad"))
    results = dict((a.external_id, r) for a, r in extract_guarded(articles, poisoned_nlp, gazetteer))
    assert isinstance(results.pop("bad"), ValueError)
    assert sorted(results) == sorted(str(n) for n in range(3, 9))
    assert all(r.incidents[0].casualty_claims for r in results.values())


def test_a_figure_beyond_int64_is_refused_with_its_reason_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Shelling killed 99999999999999999999 people in Homs on Sunday, activists said.")
    (folder / "b.txt").write_text("Shelling killed 3000000000 civilians in Aleppo on Sunday, the monitor said.")
    (folder / "c.txt").write_text("Air strikes killed 14 civilians in Idlib on Sunday, the monitor said.")
    db = tmp_path / "f.db"
    result = runner.invoke(app, ["run", str(folder), "--db", str(db), "--quiet", "--top", "0"])
    assert result.exit_code == 0, result.output
    assert "extract: 3 articles extracted" in result.output and "link: " in result.output
    store = Store.open(db)
    refused = store.input_errors("extract")
    assert [(Path(e["source"]).name, "refused" in e["reason"]) for e in refused] == [("a.txt", True), ("b.txt", True)]
    listed = runner.invoke(app, ["errors", "--db", str(db), "--stage", "extract"])
    assert listed.exit_code == 0 and "a.txt" in listed.output and "3000000000" in listed.output
    c = next(a for a in store.articles() if a.external_id == "c")
    assert [cl.low for r in store.extraction(c.article_id).incidents for cl in r.casualty_claims] == [14]


@pytest.mark.parametrize("low, high, refused", [
    (12, None, False), (9_000_000, None, False), (None, 10_000_000, False), (10_000_001, None, True),
    (None, 2**63, True), (40, 99999999999999999999, True),
])
def test_incident_figures_above_ten_million_people_are_refused(low, high, refused):
    from sitrep.extract.sanity import refuse_absurd_figures
    from sitrep.records import ArticleExtraction, CasualtyClaim, IncidentReport, Span, Speaker

    text = "Air strikes killed many civilians in Raqqa, the monitor said."
    evidence = Span.of(text, 0, 33)
    claim = CasualtyClaim("killed", low, high, "civilians", Speaker("the monitor", "monitor", "monitor"), evidence,
                          Span.of(text, 0, len(text)))
    article = Article("r1", "raqqa-1", text, source_path="feed.jsonl", source_row=4)
    kept, errors = refuse_absurd_figures(ArticleExtraction("r1", [IncidentReport("r1", 0, True, "air_strike",
                                                                                 [claim])], []), article)
    assert (kept.incidents[0].casualty_claims == []) is refused and len(errors) == int(refused)
    if refused:
        assert errors[0].where == "feed.jsonl:4" and "raqqa-1" in errors[0].problem
        assert "'Air strikes killed many civilians'" in errors[0].problem and "refused" in errors[0].problem


def test_figures_are_bigint_in_the_store(db_url):
    from datetime import date

    from sitrep.records import ArticleExtraction, CumulativeToll, Span
    from sqlalchemy import inspect

    store = Store.open(db_url)
    text = "Some 2,500,000,000 people live in countries at war, the agency said."
    article = Article("big-1", "big-1", text, pub_date=date(2023, 1, 1))
    store.add_articles([article])
    toll = CumulativeToll("displaced", 2_500_000_000, None, "world", Span.of(text, 5, 18))
    store.save_extraction(ArticleExtraction("big-1", [], [toll]), "t")
    assert store.extraction("big-1").cumulative_tolls[0].low == 2_500_000_000
    columns = {c["name"]: str(c["type"]) for c in inspect(store.engine).get_columns("casualty_claims")}
    assert columns["low"] == columns["high"] == "BIGINT"
    store.close()
