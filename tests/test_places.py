"""Incident places: the place tied to the event, resolved with admin1, town and precision."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.extract.places import incident_place
from sitrep.records import GEO_ADMIN1, GEO_EXACT, GEO_NEAR

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def _place(nlp, gazetteer, text, n_sents=1):
    doc = nlp(text)
    sents = list(doc.sents)[:n_sents]
    return doc, incident_place(doc, sents, gazetteer)


@pytest.mark.model
@pytest.mark.parametrize("text, name, admin1, country", [
    ("Syrian soldiers launched an assault on the northwestern town of Jisr al-Shughour on Sunday.",
     "Jisr al-Shughour", "Idlib", "Syria"),
    ("BEIRUT -- At least 11 civilians were killed in air strikes on Ariha in Syria's Idlib province.",
     "Ariha", "Idlib", "Syria"),
    ("DAMASCUS (AFP) - Shelling killed five people in the Syrian town of Rastan, a monitor said.",
     "Rastan", "Homs", "Syria"),
    ("Damascus blames rebels for a car bomb that killed eight people in Qamishli.",
     "Qamishli", "Hasakah", "Syria"),
    ("Saudi-led air strikes killed 12 civilians in the Yemeni city of Taiz on Sunday.",
     "Taiz", None, "Yemen"),
    ("Coalition warplanes hit a fish market in Hodeidah, killing 20 people, Yemeni officials said.",
     "Hodeidah", None, "Yemen"),
    ("Russian shelling killed three civilians in Kharkiv overnight, Ukrainian officials said.",
     "Kharkiv", None, "Ukraine"),
    ("Fighting raged on the outskirts of Bakhmut, where two Ukrainian soldiers were killed.",
     "Bakhmut", None, "Ukraine"),
    ("Paramilitary fighters shelled a hospital in El Fasher, Sudanese doctors said.",
     "El Fasher", None, "Sudan"),
    ("Boko Haram gunmen killed 15 farmers near Maiduguri, Nigerian officials said.",
     "Maiduguri", None, "Nigeria"),
    ("Myanmar military jets bombed a village school in Sagaing region, killing 11 children.",
     "Sagaing", None, "Myanmar"),
])
def test_incident_place(nlp, gazetteer, text, name, admin1, country):
    doc, place = _place(nlp, gazetteer, text)
    assert place is not None
    assert place.name == name
    assert place.country == country
    if admin1:
        assert place.admin1 == admin1
    assert doc.text[place.evidence.start:place.evidence.end] == place.evidence.text


@pytest.mark.model
def test_near_is_precision_two(nlp, gazetteer):
    _, place = _place(nlp, gazetteer, "Gunmen killed nine villagers near Maiduguri on Tuesday.")
    assert place.name == "Maiduguri" and place.precision == GEO_NEAR


@pytest.mark.model
def test_unknown_neighbourhood_keeps_its_name_and_town(nlp, gazetteer):
    _, place = _place(nlp, gazetteer, "Most of the dead were from the Homs neighborhood of Karm al-Zeitoun, activists said.")
    assert (place.name, place.town, place.admin1, place.precision) == ("Karm al-Zeitoun", "Homs", "Homs", GEO_NEAR)


@pytest.mark.model
def test_province_is_admin1_precision(nlp, gazetteer):
    _, place = _place(nlp, gazetteer, "Air strikes killed 14 people in Idlib province on Monday.")
    assert place.admin1 == "Idlib" and place.precision == GEO_ADMIN1 and place.town is None


@pytest.mark.model
def test_near_damascus_is_rif_dimashq(nlp, gazetteer):
    _, place = _place(nlp, gazetteer, "Rockets killed six people in districts east of Damascus.")
    assert place.admin1 == "Rif Dimashq"


@pytest.mark.model
def test_falls_back_to_the_title(nlp, gazetteer):
    doc = nlp("Car bomb kills 18 in Qamishli.\nA car bomb exploded near a market on Tuesday. Eighteen people died.")
    sents = [s for s in doc.sents if "exploded" in s.text]
    place = incident_place(doc, sents, gazetteer)
    assert place is not None and place.name == "Qamishli" and place.admin1 == "Hasakah"


@pytest.mark.model
def test_no_place_at_all(nlp, gazetteer):
    _, place = _place(nlp, gazetteer, "Eighteen people died when a car bomb exploded on Tuesday.")
    assert place is None


@pytest.mark.model
@pytest.mark.parametrize("seed, admin1, town", [
    ("000", "Idlib", None), ("001", "Idlib", None), ("002", "Homs", "Homs"), ("003", "Homs", "Homs"),
    ("004", "Homs", None),
])
def test_seed_articles(nlp, gazetteer, make_article, seed, admin1, town):
    from sitrep.extract.incidents import find_incidents
    path = next(SEEDS.glob(f"{seed}_*.txt"))
    article = make_article(path.read_text(encoding="utf-8"))
    doc = nlp(article.text)
    drafts, _ = find_incidents(doc, article)
    main = next(d for d in drafts if d.main)
    place = incident_place(doc, main.sentences, gazetteer)
    assert place.admin1 == admin1
    if town:
        assert place.town == town


@pytest.mark.model
@pytest.mark.parametrize("text, name, admin1", [
    # "in Syria's Idlib": the cue belongs to the place after the country's possessive
    ("Air strikes killed 11 people in Syria's Idlib province on Monday.", "Idlib", "Idlib"),
    # a reporting clause names where it was said, not where it happened
    ("Air strikes killed 30 fighters near Palmyra, the defence ministry in Moscow said.", "Palmyra", "Homs"),
    # "the east Aleppo district of X": the bigger place is the town, X the part of it
    ("At least 12 civilians were killed in the rebel-held east Aleppo district of Marjeh on Monday.",
     "Marjeh", "Aleppo"),
    # the incident sentence names only the country: the governorate the article names most
    ("Bombs in Aleppo kill 13 fighters.\nThirteen pro-government fighters were killed in Syria on "
     "Sunday, the monitor said. Aleppo has been divided since 2012.", None, "Aleppo"),
])
def test_incident_place_rules(nlp, gazetteer, text, name, admin1):
    doc = nlp(text)
    sents = [s for s in doc.sents if "killed" in s.text][:1]
    place = incident_place(doc, sents, gazetteer)
    assert place is not None and place.admin1 == admin1
    if name:
        assert place.name == name
    assert doc.text[place.evidence.start:place.evidence.end] == place.evidence.text


@pytest.mark.model
@pytest.mark.parametrize("text, admin1, country", [
    ("Houthi shelling killed four civilians in Taiz on Sunday.", "Taiz", "Yemen"),
    ("Russian missiles struck Kharkiv overnight, killing three people.", "Kharkiv", "Ukraine"),
    ("Gunmen killed nine villagers near Maiduguri on Tuesday.", "Borno", "Nigeria"),
    ("A car bomb killed 12 people in Mosul, Iraqi police said.", "Nineveh", "Iraq"),
    ("Paramilitary fighters shelled a hospital in El Fasher, killing six.", "North Darfur", "Sudan"),
])
def test_admin1_of_other_wars(nlp, gazetteer, text, admin1, country):
    doc = nlp(text)
    place = incident_place(doc, list(doc.sents), gazetteer)
    assert (place.admin1, place.country) == (admin1, country)
