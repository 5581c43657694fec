"""Perpetrator claims: who is blamed, by whom, with which stance."""
import pytest

from sitrep.extract.incidents import find_incidents

pytestmark = pytest.mark.model

BLAME = [
    ("Opposition advocates said security services killed as many as 53 people in Homs.",
     [("security services", "activists", "accuses")]),
    ("Activists said 53 people were killed in Homs. The government attributed them to terrorist armed groups.",
     [("terrorist armed groups", "government", "accuses")]),
    ("Syria immediately denied responsibility for the massacre in Homs.",
     [("Syria", "Syria", "denies")]),
    ("IS claimed the attack, which killed 11 people in Qamishli.",
     [("IS", "IS", "claims_responsibility")]),
    ("The attack on the police station in Midan was claimed by the Islamic State group.",
     [("the Islamic State group", "the Islamic State group", "claims_responsibility")]),
    ("The state news agency said soldiers were killed by the armed terrorist groups in Jisr al-Shughour.",
     [("armed terrorist groups", "state media", "accuses")]),
    ("Activists said 14 civilians died in air strikes by Russian jets on Maarat al-Numan.",
     [("Russian jets", "activists", "accuses")]),
    ("Local officials blamed the Houthis for the shelling of Taiz that killed six children.",
     [("Houthis", "Local officials", "accuses")]),
    ("Russia's defence ministry said Russian jets struck 12 militant positions in Idlib.",
     [("Russian jets", "Russia's defence ministry", "claims_responsibility")]),
    ("Witnesses said RSF fighters attacked the camp in El Fasher.",
     [("RSF fighters", "Witnesses", "accuses")]),
]


@pytest.mark.parametrize("text, expected", BLAME)
def test_perpetrator_claims(nlp, make_article, text, expected):
    article = make_article(text)
    drafts, _ = find_incidents(nlp(text), article)
    got = []
    for d in drafts:
        for p in d.perpetrator_claims:
            assert p.evidence.text == text[p.evidence.start:p.evidence.end]
            got.append((p.perpetrator, p.speaker.canonical, p.stance))
    for item in expected:
        assert item in got
