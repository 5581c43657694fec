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


STRIKES_AND_BLASTS = [
    # a strike with no weapon word is an air strike (Gaza, Yemen, Syria); a missile strike is not
    ("An Israeli strike on a school sheltering displaced people in Gaza City killed at least 22 people.", "air_strike"),
    ("Coalition strikes on Hodeidah port killed six dock workers on Sunday.", "air_strike"),
    ("A Russian missile strike on Kramatorsk station killed 52 people.", "shelling"),
    ("Dockers went on strike in Aden on Monday.", None),
    ("The junta carried out an air attack on the camp at midnight.", "air_strike"),
    # a blast or a bombing alone is a bombing; planted and laden bombs too
    ("A blast tore through a market in Maiduguri, killing 12.", "bombing"),
    ("Militants planted a bomb under a bus in Quetta.", "bombing"),
    # a trigger inside a name is no trigger
    ("Fighters of the National Liberation Army attacked a base in Arauca.", "other"),
    ("The Free Syrian Army Offensive Brigade said its men were safe.", None),
    # the words of a shootout
    ("Two suspects died in a shootout with police in Houston.", "armed_clash"),
    ("Gunmen exchanged fire with soldiers near Zamfara's border.", "armed_clash"),
]


@pytest.mark.parametrize("text, expected", STRIKES_AND_BLASTS)
def test_strikes_blasts_and_names(text, expected):
    hit = event_type_of_text(text)
    assert (hit[0] if hit else None) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, title, expected", [
    # a blast in the headline, the weapon in the lead: the weapon says what it was (Syria, Ukraine)
    ("At least 14 people were killed in a rocket attack on a market in Al-Bab on Friday. The blast also wounded 50.",
     "14 killed in market blast in north Syria", "shelling"),
    ("Shelling hit a bus stop in Donetsk on Monday, killing six. Witnesses said the explosion shattered windows.",
     None, "shelling"),
    # the bombing of a camp told as an air attack a sentence later (Myanmar, Sudan)
    ("At least 30 civilians were killed in the bombing of the camp near Laiza. Monitors said the army carried out a "
     "deliberate air attack on the camp at midnight.", None, "air_strike"),
    # a bombing with no weapon named stays a bombing (Iraq, Somalia)
    ("A bombing at a market in Baghdad killed 20 people. Police said the explosion happened at noon.", None, "bombing"),
    # a raid by men on the ground is no air raid (DRC, Nigeria)
    ("At least 10 people were killed in an overnight raid on Beni. Attackers set houses ablaze and opened fire on "
     "civilians.", None, "other"),
    ("Russian raids on Maarat al-Numan killed 12 civilians on Monday.", None, "air_strike"),
])
def test_what_a_blast_or_a_raid_was(nlp, text, title, expected):
    doc = nlp(text)
    assert event_type_of(list(doc.sents), text, title=title)[0] == expected
