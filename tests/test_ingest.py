"""Ingest: files in, articles out; bad inputs named with their file and row; nothing lost."""
from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.errors import InputError
from sitrep.ingest import article_id_for, parse_date, read_articles
from sitrep.ingest.clean import clean_text, is_boilerplate
from sitrep.ingest.metadata import outlet_in_text, publication_date, publication_date_in_url

from conftest import DATA


def articles_and_errors(paths):
    items = list(read_articles(paths))
    return ([i for i in items if not isinstance(i, InputError)], [i for i in items if isinstance(i, InputError)])


@pytest.mark.parametrize("line", [
    "Advertisement", "Share", "(photo credit: REUTERS/Osman Orsal)",
    "Get Today's Headlines in your inbox:", "The day's top stories delivered every morning.",
    "Daily News Headlines Newsletter", "Today's news headlines, directly to your inbox.",
    "This article was originally on a blog post platform and may be missing photos, graphics or links.",
    "Thank you for signing up! Sign up for more newsletters here", "ALSO:",
])
def test_boilerplate_lines_are_recognised(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Opposition advocates said security services killed as many as 53 people.",
    "Share prices fell in Kyiv as air raid sirens sounded across the capital on Monday.",
    "ADEN (Reuters) - Saudi-led coalition air strikes killed 12 people in Yemen's Taiz, residents said.",
])
def test_news_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_clean_text_drops_caption_blocks_and_keeps_sentences():
    raw = ("Syrian troops storm northwestern town\n\nSyrian refugees in Turkish camp 311 (R)\n"
           "(photo credit: REUTERS/Osman Orsal)\nAdvertisement\nSoldiers launched an assault on Sunday.\n")
    assert clean_text(raw) == "Syrian troops storm northwestern town\n\nSoldiers launched an assault on Sunday."


@pytest.mark.parametrize("text, outlet", [
    ("DAMASCUS (AFP) - Syrian troops on Sunday fought violent battles", "AFP"),
    ("SANAA, Yemen (AP) — Houthi rebels fired a missile", "AP"),
    ("KYIV, March 3 (Reuters) - Russian shelling killed four civilians", "Reuters"),
    ("... had been sent. - REUTERS", "Reuters"),
    ("... the army said.--Reuters", "Reuters"),
    ("Residents fled.\n\nFrom Belfast Telegraph", "Belfast Telegraph"),
    ("BEIRUT -- A massacre has claimed the lives of dozens of civilians", None),
])
def test_outlet_is_read_from_datelines_and_signatures(text, outlet):
    assert outlet_in_text(text) == outlet


@pytest.mark.parametrize("value, expected", [
    ("4/5/2017", date(2017, 4, 5)), ("2016-07-13", date(2016, 7, 13)), ("5 April 2017", date(2017, 4, 5)),
    ("2023-02-24T06:30:00Z", date(2023, 2, 24)), ("not a date", None), (None, None),
])
def test_metadata_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://www.aljazeera.com/news/2019/12/28/somalia-truck-bomb-kills-dozens", date(2019, 12, 28)),
    ("https://www.theguardian.com/world/2023/oct/09/gaza-strikes-jabalia-market", date(2023, 10, 9)),
    ("http://wreg.com/2013/05/19/4-shot-2-killed-in-south-memphis-apartment-complex/", date(2013, 5, 19)),
    ("https://news.example.org/africa/20240618/attack-in-borno", date(2024, 6, 18)),
    ("https://example.com/ukraine/kharkiv-strike-2022-03-01.html", date(2022, 3, 1)),
    ("https://example.com/2019/12/", None),                           # a month dates nothing to the day
    ("https://allafrica.com/stories/202407010089.html", None),        # digits of a story id
    ("https://example.com/story/26361366/man-shot-in-head", None),
    ("https://example.com/read?date=2019/12/28", None),               # the query is not the path
    (None, None),
])
def test_publication_date_in_url(url, expected):
    assert publication_date_in_url(url) == expected


def test_publication_date_source_is_recorded():
    text = "Gunmen killed nine people in a village in Borno state on Tuesday, residents said."
    assert publication_date(text, None, "https://example.com/2019/12/26/borno") == (date(2019, 12, 26), "url")
    assert publication_date(text, "2019-12-27", "https://example.com/2019/12/26/borno") == (date(2019, 12, 27), "metadata")
    assert publication_date("Wed 25 Dec 2019\n" + text, "2019-12-27", None) == (date(2019, 12, 25), "text")
    assert publication_date(text, None, None) == (None, "none")


def test_seed_documents_ingest_with_ids_from_file_names():
    articles, errors = articles_and_errors([DATA / "seeds"])
    assert not errors
    assert [a.external_id for a in articles] == ["000_aba9e2339562ba7c", "001_bb88e5b5bb533b33",
                                                 "002_8b4779a41e1d2705", "003_0570ba57403574dd",
                                                 "004_72324802d476542d"]
    by_id = {a.external_id: a for a in articles}
    assert by_id["001_bb88e5b5bb533b33"].outlet == "AFP"
    assert by_id["004_72324802d476542d"].outlet == "Belfast Telegraph"
    assert "Advertisement" not in by_id["002_8b4779a41e1d2705"].text
    assert "Get Today's Headlines" not in by_id["003_0570ba57403574dd"].text
    assert "as many as 53 people" in by_id["002_8b4779a41e1d2705"].text


def test_fakes_csv_keeps_every_distinct_text_and_reads_latin1():
    articles, errors = articles_and_errors([DATA / "fakes" / "FA-KES-Dataset.csv"])
    assert not errors
    distinct = {(a.external_id, a.article_id) for a in articles}
    assert len({a.external_id for a in articles}) == 792
    assert len({a.article_id for a in articles}) == 793      # one unit_id carries two different texts
    assert len(distinct) == 793
    first = next(a for a in articles if a.external_id == "1914947530")
    assert first.outlet == "nna" and first.pub_date == date(2017, 4, 5)
    assert first.meta["location"] == "idlib"


def test_json_and_jsonl_records_use_the_usual_field_names(tmp_path):
    (tmp_path / "batch.json").write_text(json.dumps([
        {"id": "ye-1", "title": "Strike on Taiz market", "content": "TAIZ, Yemen (AP) — An air strike killed 9.",
         "outlet": "AP", "published": "2019-01-04", "url": "https://example.org/a"},
    ]))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"unit_id": "ua-7", "text": "Shelling killed four civilians in Kharkiv on Monday.",
                    "source": "Ukrinform", "date": "2022-03-07"}) + "\n")
    articles, errors = articles_and_errors([tmp_path])
    assert not errors
    by_id = {a.external_id: a for a in articles}
    assert by_id["ye-1"].title == "Strike on Taiz market" and by_id["ye-1"].outlet == "AP"
    assert by_id["ye-1"].pub_date == date(2019, 1, 4) and by_id["ye-1"].url == "https://example.org/a"
    assert by_id["ua-7"].outlet == "Ukrinform" and by_id["ua-7"].pub_date == date(2022, 3, 7)


def test_html_goes_through_trafilatura(tmp_path):
    page = ("<html><head><title>Clashes in El Fasher</title></head><body><nav>Home | World</nav>"
            "<article><h1>Clashes in El Fasher</h1><p>EL FASHER, Sudan (Reuters) - Fighting between the army and "
            "the Rapid Support Forces killed at least 27 civilians in El Fasher on Friday, a medical source said."
            "</p><p>The Sudan Doctors Network said hospitals were overwhelmed and that dozens more were wounded."
            "</p></article><footer>Subscribe to our newsletter</footer></body></html>")
    (tmp_path / "elfasher.html").write_text(page)
    articles, errors = articles_and_errors([tmp_path / "elfasher.html"])
    assert not errors
    (article,) = articles
    assert "killed at least 27 civilians" in article.text
    assert "<p>" not in article.text and "Home | World" not in article.text
    assert article.external_id == "elfasher"


def test_bad_inputs_each_get_one_line_with_file_and_row(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (tmp_path / "bad.json").write_text('{"id": "x", "text": "unterminated')
    (tmp_path / "lines.jsonl").write_text('{"id": "ok", "text": "Gunmen abducted 40 pupils in Kaduna."}\n'
                                          'not json\n{"id": "empty", "text": "  "}\n')
    (tmp_path / "rows.csv").write_text("id,title,text\n1,ok,Troops killed 5 in Sagaing.\n2,short\n3,empty,\n")
    (tmp_path / "empty.txt").write_text("Advertisement\n\n")
    articles, errors = articles_and_errors([tmp_path, tmp_path / "missing.txt"])
    messages = sorted(str(e) for e in errors)
    assert sorted(a.external_id for a in articles) == ["1", "ok"]
    assert any("bin.txt" in m and "binary" in m for m in messages)
    assert any("bad.json:1" in m and "invalid JSON" in m for m in messages)
    assert any("lines.jsonl:2" in m and "invalid JSON" in m for m in messages)
    assert any("lines.jsonl:3" in m and "empty article" in m for m in messages)
    assert any("rows.csv:3" in m and "2 fields" in m for m in messages)
    assert any("rows.csv:4" in m and "empty article" in m for m in messages)
    assert any("empty.txt" in m and "empty article" in m for m in messages)
    assert any("missing.txt" in m and "no such file" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_article_id_depends_on_external_id_and_text_not_whitespace():
    assert article_id_for("a", "Ten killed in Maiduguri.") == article_id_for("a", "Ten  killed in\nMaiduguri. ")
    assert article_id_for("a", "Ten killed in Maiduguri.") != article_id_for("b", "Ten killed in Maiduguri.")


def test_latin1_csv_is_detected(tmp_path):
    text = ("unit_id,article_title,article_content,source,date,location,labels\n"
            "7,Raid,\"Mortar fire hit the caf\xe9 district of Deir ez-Zor killing 6 people the ministry said\","
            "sana,3/14/2016,deir ezzor,1\n")
    (tmp_path / "latin1.csv").write_bytes(text.encode("latin-1"))
    articles, errors = articles_and_errors([tmp_path / "latin1.csv"])
    assert not errors
    assert "caf\xe9 district" in articles[0].text
    assert articles[0].pub_date == date(2016, 3, 14) and articles[0].meta["location"] == "deir ezzor"
