"""Casualty claims from real-news-style sentences: sentence in, (outcome, low, high, victims,
speaker) out. Speakers are canonical names; "the outlet" is the outlet's own voice."""
import pytest

from sitrep.extract.incidents import find_incidents

pytestmark = pytest.mark.model

CLAIMS = [
    # Syria, wire copy
    ("Opposition advocates said security services killed as many as 53 people, all but six of them women "
     "and children.", [("killed", None, 53, "all", "activists")]),
    ("At least 11 civilians including three children were killed on Wednesday in air strikes on Ariha, "
     "the Syrian Observatory for Human Rights said.",
     [("killed", 11, None, "civilians", "Syrian Observatory for Human Rights"),
      ("killed", 3, 3, "children", "Syrian Observatory for Human Rights")]),
    ("Ten children and 13 rebels were among 48 people killed in Rityan, the monitor said.",
     [("killed", 10, 10, "children", "Syrian Observatory for Human Rights"),
      ("killed", 13, 13, "combatants", "Syrian Observatory for Human Rights"),
      ("killed", 48, 48, "all", "Syrian Observatory for Human Rights")]),
    ("The death toll from the chemical attack in Khan Sheikhun has risen to 86, the Observatory said.",
     [("killed", 86, 86, "all", "Syrian Observatory for Human Rights")]),
    ("The fighting left 120 state security officers dead last week, state television said.",
     [("killed", 120, 120, "security_forces", "state media")]),
    ("Rescuers recovered the bodies of 35 people from a shaft in Qaryatayn.",
     [("killed", 35, 35, "all", "the outlet")]),
    ("A massacre has claimed the lives of 20 civilians in Homs, activists said.",
     [("killed", 20, 20, "civilians", "activists")]),
    # FA-KES style: commas and apostrophes lost
    ("A suicide bomber killed 30 people and injured 90 on Monday in an attack on a wedding in Hasakeh.",
     [("killed", 30, 30, "all", "the outlet"), ("injured", 90, 90, "all", "the outlet")]),
    ("Regime air strikes on Douma killed 19 regime fighters and wounded 32 others the Britain-based monitor said.",
     [("killed", 19, 19, "security_forces", "Syrian Observatory for Human Rights"),
      ("injured", 32, 32, "all", "Syrian Observatory for Human Rights")]),
    ("The war has killed more than 230000 people since March 2011 according to the Observatory.", []),
    # Yemen
    ("Saudi-led coalition air strikes killed at least 14 civilians in Saada province, Houthi-run Saba news "
     "agency reported.", [("killed", 14, None, "civilians", "Saba")]),
    # Ukraine
    ("Russian shelling of Kharkiv killed four people and wounded 17, regional governor Oleh Synehubov said.",
     [("killed", 4, 4, "all", "regional governor Oleh Synehubov"),
      ("injured", 17, 17, "all", "regional governor Oleh Synehubov")]),
    # Sudan
    ("The RSF attack on El Fasher displaced more than 2,000 families, OCHA said.", []),
    ("Doctors said dozens of people were wounded in the RSF shelling of El Fasher.",
     [("injured", 24, None, "all", "Doctors")]),
    # Nigeria
    ("Gunmen abducted 287 pupils from a school in Kuriga, police spokesman Muhammed Jalige said.",
     [("abducted", 287, 287, "civilians", "police spokesman Muhammed Jalige")]),
    ("Police arrested 40 protesters in Lagos on Tuesday.", [("arrested", 40, 40, "protesters", "the outlet")]),
    # Myanmar
    ("Junta troops killed at least 17 villagers in Sagaing region, local residents told Reuters.",
     [("killed", 17, None, "all", "local residents")]),
    # not casualties
    ("The army deployed 200 tanks near the border.", []),
    ("A 12-year-old boy and his father watched as 3 helicopters flew over the town in 2012.", []),
    ("Turkish forces fired seven mortar rounds across the border into Syria on Sunday.", []),
]


def _claims(nlp, make_article, text):
    article = make_article(text)
    drafts, _ = find_incidents(nlp(text), article)
    out = []
    for draft in drafts:
        for c in draft.casualty_claims:
            assert c.evidence.text == text[c.evidence.start:c.evidence.end]
            assert c.sentence.text == text[c.sentence.start:c.sentence.end]
            out.append((c.outcome, c.low, c.high, c.victims, c.speaker.canonical))
    return out


@pytest.mark.parametrize("text, expected", CLAIMS)
def test_casualty_claims(nlp, make_article, text, expected):
    assert sorted(_claims(nlp, make_article, text), key=str) == sorted(expected, key=str)


def test_evidence_is_short(nlp, make_article):
    text = ("Syrian regime forces killed 48 alleged rebels in Hardatnin village in Aleppo in northern Syria "
            "according to a statement released Saturday.")
    article = make_article(text)
    drafts, _ = find_incidents(nlp(text), article)
    claim = drafts[0].casualty_claims[0]
    assert claim.evidence.text == "killed 48 alleged rebels"


def test_single_victim_without_digits(nlp, make_article):
    text = "A woman was killed when terrorists fired rocket shells at al-Midan neighborhood, a police source said."
    assert _claims(nlp, make_article, text) == [("killed", 1, 1, "women", "a police source")]


KILLERS_COUNTED = [
    "He said residents had told him that about 500 athletically built armed men, in civilian clothes, had killed members of nine families.",
    "Witnesses said some 300 heavily armed fighters, on motorbikes, had killed villagers in Zamfara.",
]


@pytest.mark.parametrize("text", KILLERS_COUNTED)
def test_counted_killers_are_not_victims(nlp, make_article, text):
    assert all(c[1] not in (300, 500) for c in _claims(nlp, make_article, text))
