"""Ingest: files in, articles out; bad inputs named with their file and row; nothing lost."""
from __future__ import annotations

import json
import os
from datetime import date

import pytest

from sitrep.errors import InputError
from sitrep.ingest import article_id_for, parse_date, read_articles
from sitrep.ingest.clean import clean_text, is_boilerplate
from sitrep.ingest.metadata import outlet_in_text, publication_date, publication_date_in_url
from sitrep.ingest.readers import InputNote

from conftest import DATA


def articles_and_errors(paths):
    items = list(read_articles(paths))
    return ([i for i in items if not isinstance(i, (InputError, InputNote))],
            [i for i in items if isinstance(i, InputError)])


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
    ("https://english.alaraby.co.uk/english/news/2020/2/10/gunmen-abduct-two-activists", date(2020, 2, 10)),
    ("http://www.xinhuanet.com/english/2021-03/14/c_139808123.htm", date(2021, 3, 14)),
    ("https://example.com/2019-13-01/not-a-month", None),
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


# --- inputs that crashed ingest on main (issue 12): one line naming the file and line, the rest kept ---

def _read(tmp_path, name: str | bytes, content: bytes):
    path = os.path.join(os.fsencode(tmp_path), name if isinstance(name, bytes) else name.encode())
    with open(path, "wb") as fh:
        fh.write(content)
    items = list(read_articles([tmp_path]))
    return ([i for i in items if not isinstance(i, (InputError, InputNote))],
            [str(i) for i in items if isinstance(i, InputError)], [str(i) for i in items if isinstance(i, InputNote)])


GOOD_LINE = '{"id": "ye-1", "text": "Air strikes killed 9 people in Saada on Monday, medics said."}\n'


@pytest.mark.parametrize("bad_line, expected", [
    ('{"id": "x", "text": "Shelling in Idlib", "n": ' + "7" * 4301 + "}\n", "digits"),
    ('{"id": "x", "text": ' + "[" * 50_000 + "]" * 50_000 + "}\n", "nested more than"),
    ('{"id": "x", "text": "Shelling in Idlib", "tags": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}\n", "nested"),
])
def test_a_json_line_python_cannot_read_is_named_and_the_rest_kept(tmp_path, bad_line, expected):
    articles, errors, _ = _read(tmp_path, "feed.jsonl", (GOOD_LINE + bad_line + GOOD_LINE.replace("ye-1", "ye-2"))
                                .encode())
    assert [a.external_id for a in articles] == ["ye-1", "ye-2"]
    assert len(errors) == 1 and "feed.jsonl:2: " in errors[0] and expected in errors[0]


@pytest.mark.parametrize("content, line", [
    ('[{"id": "a", "text": "Ten killed in Homs."},\n {"id": "b", "n": ' + "1" * 5000 + "}]", 2),
    ('{"articles": [\n\n' + "[" * 30_000 + "]" * 30_000 + "]}", 3),
])
def test_a_json_file_python_cannot_read_is_named_with_its_line(tmp_path, content, line):
    articles, errors, _ = _read(tmp_path, "batch.json", content.encode())
    assert articles == [] and len(errors) == 1 and f"batch.json:{line}: " in errors[0]


def test_lone_surrogates_are_replaced_and_the_article_kept_with_a_note(tmp_path):
    line = '{"id": "ng-1", "title": "Maiduguri \\ud800", "text": "Suicide bombers killed 18 people \\udc00in Konduga."}\n'
    articles, errors, notes = _read(tmp_path, "feed.jsonl", (line + GOOD_LINE).encode())
    assert not errors and [a.external_id for a in articles] == ["ng-1", "ye-1"]
    assert articles[0].text == "Suicide bombers killed 18 people \ufffdin Konduga." and articles[0].title.endswith("\ufffd")
    assert len(notes) == 1 and "feed.jsonl:1: 2 lone surrogate" in notes[0]
    assert articles[0].text.encode("utf-8")           # storable


def test_a_file_name_that_is_not_utf8_is_read_and_named_with_escapes(tmp_path):
    articles, errors, _ = _read(tmp_path, b"Alep-r\xe9sum\xe9.txt", b"Barrel bombs killed 14 people in Aleppo.")
    assert not errors and articles[0].external_id == "Alep-r\\xe9sum\\xe9"
    assert articles[0].source_path.endswith("Alep-r\\xe9sum\\xe9.txt") and articles[0].source_path.encode("utf-8")


# --- text corruption: encodings said, UTF-16 accepted, NULs stripped where they are, broken quotes named ---

@pytest.mark.parametrize("text", [
    "DAMASCUS (AFP) - Shelling killed seven people \xe0 Homs on Monday, activists said.",
    "M\xe9decins Sans Fronti\xe8res said mortar fire on the caf\xe9 district of Deir ez-Zor killed six people.",
    "SANAA (Reuters) - Air strikes hit Sa\xf1a's old city; Jos\xe9 Ant\xf3nio Guterres condemned them.",
])
def test_latin1_is_decoded_as_written_and_the_encoding_said(tmp_path, text):
    articles, errors, notes = _read(tmp_path, "wire.txt", text.encode("latin-1"))
    assert not errors and articles[0].text == text
    assert articles[0].meta["encoding"].startswith("cp1252") and notes == [f"{tmp_path}/wire.txt: decoded as "
                                                                           f"{articles[0].meta['encoding']}"]


@pytest.mark.parametrize("text, codec, said", [
    ("D\xe9c\xe8s \xe0 Alep", "latin-1", "cp1252"),                       # a detector says Urdu cp1006
    ("Tu\xe9s \xe0 Gaza: douze morts", "latin-1", "cp1252"),
    ("Ni\xf1os muertos en Jart\xfam, se\xf1al\xf3 la ONU", "latin-1", "cp1252"),   # a detector says cp1250
    ("S\xe3o Tom\xe9: a\xe7\xe3o militar", "latin-1", "cp1252"),
    ("K\xe4mpfe in Charkiw: f\xfcnf Tote", "latin-1", "cp1252"),
    ("Harkiv: 5 killed, \xa33m of damage, 40\xb0 heat", "cp1252", "cp1252"),  # signs beside digits are Western
    ("Zgin\u0119\u0142o 12 os\xf3b w \u0141odzi", "cp1250", "cp1250"),   # read as Western: 'Zgin\xea\xb3o', '\xa3odzi'
    ("\u0412 \u0425\u0430\u0440\u044c\u043a\u043e\u0432\u0435 \u043f\u043e\u0433\u0438\u0431\u043b\u0438 \u043f\u044f\u0442\u044c "
     "\u0447\u0435\u043b\u043e\u0432\u0435\u043a, \u0441\u043e\u043e\u0431\u0449\u0438\u043b \u0433\u0443\u0431\u0435\u0440\u043d\u0430\u0442\u043e\u0440. "
     "\u041e\u0431\u0441\u0442\u0440\u0435\u043b \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u043b\u0441\u044f \u0432\u0441\u044e \u043d\u043e\u0447\u044c.",
     "cp1251", "cp1251"),                                                # whole words of non-ASCII: a detector's job
])
def test_short_legacy_texts_are_read_in_the_code_page_whose_letters_fit(tmp_path, text, codec, said):
    """A few accented bytes are too few for a detector's statistics: Latin-script text (accented
    letters alone among ASCII ones) is read in the Latin code page with no stray signs, Western
    first; text whose non-ASCII bytes spell whole words still goes to the detector."""
    articles, errors, _ = _read(tmp_path, "short.txt", text.encode(codec))
    assert not errors and articles[0].text == text and articles[0].meta["encoding"].startswith(said)


@pytest.mark.parametrize("codec, said", [("utf-16", "utf-16 (byte-order mark)"), ("utf-16-le", "utf-16-le (no"),
                                         ("utf-16-be", "utf-16-be (no"), ("utf-8-sig", None)])
def test_utf16_with_or_without_a_bom_is_text(tmp_path, codec, said):
    text = "KYIV (Reuters) - Russian drones struck Odesa overnight, killing three people, officials said \u2014 \u0406."
    articles, errors, notes = _read(tmp_path, "odesa.txt", text.encode(codec))
    assert not errors and articles[0].text == text
    assert (articles[0].meta.get("encoding") or "").startswith(said or "") and bool(notes) == bool(said)


def test_nul_bytes_in_a_csv_are_stripped_and_their_lines_named(tmp_path):
    content = (b"id,text\n1,Gunmen killed 12 villagers\x00 in Zamfara.\n2,Shelling killed 3 in Hama.\n"
               b"3,Clashes\x00 killed 11 fighters\x00 near Raqqa.\n")
    articles, errors, notes = _read(tmp_path, "rows.csv", content)
    assert not errors and [a.text for a in articles] == ["Gunmen killed 12 villagers in Zamfara.",
                                                         "Shelling killed 3 in Hama.",
                                                         "Clashes killed 11 fighters near Raqqa."]
    assert notes == [f"{tmp_path}/rows.csv: 3 NUL characters stripped, on lines 2, 4"]


def test_a_nul_in_the_first_bytes_does_not_reject_the_file(tmp_path):
    articles, errors, notes = _read(tmp_path, "brief.txt", b"\x00MOGADISHU - A car bomb killed 9 soldiers.")
    assert not errors and articles[0].text == "MOGADISHU - A car bomb killed 9 soldiers." and "line 1" in notes[0]


@pytest.mark.parametrize("content, kept, named", [
    # a quote left open to the end of the file: the row is named, the rows after it are read
    ('id,title,text\n1,Aleppo,"Barrel bombs killed 14 people in Aleppo."\n'
     '2,Hama,"Shelling hit Hama and killed 3\n'
     '3,Deir ez-Zor,A suicide bomber killed 8 soldiers in Deir ez-Zor.\n'
     '4,Raqqa,"Clashes killed 11 fighters near Raqqa, a monitor said."\n', ["1", "3", "4"], ("rows.csv:3: ", "lines 3-5")),
    # a quote that swallows rows until another quote closes it: named with the lines it ran over
    ('id,title,text\n1,Gaza,"Shelling killed 60 in Shejaiya\n'
     '2,Rafah,Air strikes killed 20 in Rafah.\n'
     '3,Khan Younis,"Tank fire killed 4, medics said."\n'
     '4,Jabalia,A strike killed 9 in Jabalia.\n', ["2", "4"], ("rows.csv:2: ", "lines 2-4")),
])
def test_a_broken_quote_names_its_rows_and_the_rows_after_it_are_read(tmp_path, content, kept, named):
    articles, errors, _ = _read(tmp_path, "rows.csv", content.encode())
    assert set(kept) <= {a.external_id for a in articles}
    assert any(named[0] in e and named[1] in e for e in errors)
    assert all("\n" not in e and "broken quote" in e for e in errors)
