"""Incident dates: expressions in the incident's sentences resolved against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.dates import incident_date, publication_date_in_text

WED = "2017-04-05"   # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use.", date(2017, 4, 5)),
    ("Fri 07 Apr 2017 at 0914 Homs governor says U.S. attack caused deaths.", date(2017, 4, 7)),
    ("August 21 2013 Saudi Arabia calls for a Security Council meeting.", date(2013, 8, 21)),
    ("Monday 12 March 2012 Activists say dozens were killed in Homs.", date(2012, 3, 12)),
    ("Motorbike bomber kills 16 outside bakery in Hasakeh AFP Tuesday 5 Jul 2016 A bomber ...", date(2016, 7, 5)),
    ("18.10.2014Get short URL 0 13 The coalition's airstrikes killed 10 civilians.", date(2014, 10, 18)),
])
def test_publication_dateline(text, expected):
    found = publication_date_in_text(text)
    assert found is not None
    assert found[0] == expected
    assert text[found[1].start:found[1].end] == found[1].text


def test_no_dateline():
    assert publication_date_in_text("Ten people were killed in Taiz on Sunday.") is None


@pytest.mark.model
@pytest.mark.parametrize("sentence, pub, start, precision, evidence", [
    ("Saudi-led air strikes killed 12 people in Hodeidah on Sunday.", WED, date(2017, 4, 2), "day", "on Sunday"),
    ("Shelling killed four civilians in Kharkiv on Wednesday, officials said.", WED, date(2017, 4, 5), "day", "on Wednesday"),
    ("Gunmen killed nine villagers near Maiduguri overnight, residents said.", WED, date(2017, 4, 4), "day", "overnight"),
    ("A drone strike hit a market in El Fasher yesterday.", WED, date(2017, 4, 4), "day", "yesterday"),
    ("At least 40 people were killed in Sagaing last week.", WED, date(2017, 3, 27), "week", "last week"),
    ("The massacre happened in Bakhmut earlier this month.", WED, date(2017, 4, 1), "month", "earlier this month"),
    ("Troops shelled Taiz on March 5, killing three children.", WED, date(2017, 3, 5), "day", "on March 5"),
    ("An air strike on 5 April 2016 killed 11 people in Idlib.", WED, date(2016, 4, 5), "day", "5 April 2016"),
    ("Fighting in Aleppo in April 2016 killed hundreds.", WED, date(2016, 4, 1), "month", "April 2016"),
    ("Tuesdays strike on Khan Sheikhoun killed 86 people.", WED, date(2017, 4, 4), "day", "Tuesdays"),
    ("At least 20 people were killed in Deir ez-Zor in the last 24 hours.", WED, date(2017, 4, 4), "day",
     "in the last 24 hours"),
])
def test_incident_date_resolves(nlp, sentence, pub, start, precision, evidence):
    doc = nlp(sentence)
    got = incident_date(doc, list(doc.sents), date.fromisoformat(pub))
    assert got.start == start
    assert got.precision == precision
    assert evidence in got.evidence.text
    assert doc.text[got.evidence.start:got.evidence.end] == got.evidence.text


@pytest.mark.model
def test_event_date_beats_reporting_date(nlp):
    doc = nlp("Eleven civilians were killed in Ariha on Tuesday, the Observatory said on Wednesday.")
    got = incident_date(doc, list(doc.sents), date(2017, 4, 5))
    assert got.start == date(2017, 4, 4)


@pytest.mark.model
def test_without_publication_date_relative_stays_unknown(nlp):
    doc = nlp("Syrian soldiers stormed Jisr al-Shughour on Sunday.")
    got = incident_date(doc, list(doc.sents), None)
    assert got.start is None and got.precision == "unknown"
    assert got.evidence.text == "on Sunday"


@pytest.mark.model
def test_no_expression_is_unknown_not_the_publication_date(nlp):
    doc = nlp("Government forces shelled Taiz, killing five people.")
    got = incident_date(doc, list(doc.sents), date(2017, 4, 5))
    assert got.start is None and got.precision == "unknown"


@pytest.mark.model
def test_dateline_is_not_an_incident_date(nlp):
    doc = nlp("Wed 05 Apr 2017 Air strikes killed 12 people in Idlib on Tuesday.")
    got = incident_date(doc, list(doc.sents), None)
    assert got.start == date(2017, 4, 4)
