"""Headlines run into the text.

A headline in title case run into the body ("Civilians Die in US-Led Coalitions Strikes
Near Raqqa", "Strikes near Raqqa At least 16 civilians") names no place with its words of war, its
prepositions or an actor's "-Led"."""
from __future__ import annotations

import pytest

from sitrep.extract.places import incident_place

pytestmark = pytest.mark.model


def _place(nlp, gazetteer, text, n_sents=3):
    doc = nlp(text)
    return incident_place(doc, list(doc.sents)[:n_sents], gazetteer)


HEADLINES_RUN_IN = [
    ("Flickr At Least 10 Civilians Die in US-Led Coalitions Strikes Near Raqqa - Reports DAMASCUS (Sputnik) "
     "Earlier in the day the coalition bombed the province of Raqqa.", "Raqqa"),
    ("May 24 2017 16 Civilians Dead in Coalition Strikes near Raqqa At least 16 civilians were killed in "
     "bombing raids by the US-led coalition near Raqqa.", "Raqqa"),
    ("Five Killed in Russian Strikes On Kharkiv At least five people were killed overnight.", "Kharkiv"),
    ("Saudi-Led Coalition Raids Kill 12 in Hodeidah Twelve people were killed in the raids, medics said.",
     "Hodeidah"),
]


@pytest.mark.parametrize("text, name", HEADLINES_RUN_IN)
def test_headline_words_are_no_part_of_a_place(nlp, gazetteer, text, name):
    place = _place(nlp, gazetteer, text)
    assert place is not None and place.name == name


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed four people in Fort Worth on Sunday, police said.", "Fort Worth"),
    ("Two were shot dead in Salt Lake City late on Friday.", "Salt Lake City"),
])
def test_names_of_places_stay_whole(nlp, gazetteer, text, name):
    place = _place(nlp, gazetteer, text)
    assert place is not None and place.name.startswith(name)
