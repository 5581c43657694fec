"""Event types from trigger words."""
import pytest

from sitrep.extract.event_types import event_type_of, event_type_of_text

TYPES = [
    ("Syria gas attack kills dozens in rebel-held Khan Sheikhun", "chemical_attack"),
    ("A suicide car bomb ripped through a wedding in Hasakeh", "suicide_bombing"),
    ("Iraqi forces uncovered a mass grave near Mosul", "mass_grave"),
    ("Activists reported a massacre in Karm al-Zeitoun", "massacre"),
    ("ISIL executed 24 civilians after seizing Buyir", "execution"),
    ("Gunmen kidnapped 287 pupils in Kuriga", "abduction"),
    ("A car bomb exploded near a market in Azaz", "bombing"),
    ("Russian air strikes hit a market in Maaret al-Numan", "air_strike"),
    ("Saudi-led coalition warplanes struck Saada", "air_strike"),
    ("Rebels fired rocket shells on al-Hamadaniyeh", "shelling"),
    ("Russian artillery pounded Kharkiv overnight", "shelling"),
    ("Government forces recaptured Qaryatayn on Saturday", "assault_on_town"),
    ("Clashes between the army and RSF fighters erupted in Khartoum", "armed_clash"),
    ("A sniper shot dead a woman in Hadar", "other"),
]


@pytest.mark.parametrize("text, expected", TYPES)
def test_event_type_of_text(text, expected):
    etype, start, end = event_type_of_text(text)
    assert etype == expected
    assert 0 <= start < end <= len(text)


def test_no_trigger():
    assert event_type_of_text("The Security Council voted on a resolution on Tuesday") is None


@pytest.mark.model
def test_title_breaks_ties(nlp):
    text = "Hours of shelling and air strikes hit Jayrud on Saturday, killing 43 people."
    doc = nlp(text)
    etype, evidence = event_type_of(list(doc.sents), text, title="Syria regime air strikes kill 43")
    assert etype == "air_strike"
    assert evidence.text == text[evidence.start:evidence.end] == "air strikes"


LEAD_TYPES = [
    # a mass grave reported after the fighting does not retype the lead
    ("Government troops stormed the town of Bor on Sunday. State media also reported that a mass grave was "
     "found near the town.", "assault_on_town"),
    # clashes fought as troops launch an assault on a town are that assault
    ("Soldiers fought fierce battles with militants in Konduga on Friday. Residents said troops launched a "
     "two-pronged assault at dawn.", "assault_on_town"),
    ("Rebels clashed with the army near Hpakant. Three soldiers were killed.", "armed_clash"),
    ("A mass grave was found in Izium after Ukrainian forces retook the town.", "mass_grave"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", LEAD_TYPES)
def test_lead_event_type(nlp, text, expected):
    from sitrep.extract.event_types import event_type_of
    doc = nlp(text)
    assert event_type_of(list(doc.sents), text)[0] == expected


@pytest.mark.model
@pytest.mark.parametrize("text, title", [
    ("A massive bomb blast killed at least 44 people in Qamishli on Wednesday. State media gave a toll of 44 dead. "
     "Kurdish officials said the attack was carried out by a suicide bomber driving an explosives-laden truck.",
     "Massive Daesh bomb attack kills 44 in Syrian Kurdish city"),
    ("A car bomb attack killed at least 44 people in Qamishli. A source said that a suicide bomber carried out "
     "the attack using a car bomb.", None),
    ("A bomb exploded at a checkpoint in Maiduguri, killing 12 people. Police said a female suicide bomber "
     "detonated her explosives.", None),
])
def test_a_later_sentence_names_the_kind_of_bombing(nlp, text, title):
    doc = nlp(text)
    etype, evidence = event_type_of(list(doc.sents), text, title=title)
    assert etype == "suicide_bombing"
    assert evidence is not None and evidence.text == text[evidence.start:evidence.end]
