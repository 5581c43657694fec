"""Blame told with a sum of a war or of weeks is blame for that sum, not for the incident at hand.

"More than 550 civilians have been killed in the last two months because of attacks carried out by
regime forces": the figure is a cumulative toll, and so is its blame. An incident's own figure told with
its blame keeps it."""
import pytest

from sitrep.extract.incidents import find_incidents

pytestmark = pytest.mark.model


def _perps(nlp, make_article, text):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    return [p.perpetrator for d in drafts for p in d.perpetrator_claims]


TOLL_BLAME = [
    ("Russian strikes killed 10 civilians in Aleppo on Tuesday. More than 550 civilians have been killed in the "
     "last two months in Syria because of attacks carried out by forces of the Syrian regime, the Observatory said.",
     "forces of the Syrian regime"),
    ("Shelling killed five people in El Fasher on Monday. The war has killed more than 150,000 people since April "
     "2023, most of them in attacks by the RSF, researchers said.", "RSF"),
    ("A drone struck a market in Kherson on Sunday, killing two. Russian strikes have killed more than 12,000 "
     "civilians in Ukraine since February 2022, the UN said.", "Russian"),
]


@pytest.mark.parametrize("text, background", TOLL_BLAME)
def test_blame_for_a_toll_is_no_claim(nlp, make_article, text, background):
    assert background not in _perps(nlp, make_article, text)


OWN_FIGURE_AND_BLAME = [
    ("Russian strikes killed 10 civilians in Aleppo on Tuesday, the Observatory said.", "Russian"),
    ("RSF fighters killed 15 people in an attack on the Abu Shouk camp on Friday, doctors said.", "RSF fighters"),
    # a toll over a few days of one offensive is no war's sum: its blame still counts
    ("Israeli strikes have killed 40 people in Rafah since Sunday, the health ministry said.", "Israeli strikes"),
    ("Houthi shelling has killed nine civilians in Taiz in the past 48 hours, local officials said.", "Houthi"),
]


@pytest.mark.parametrize("text, actor", OWN_FIGURE_AND_BLAME)
def test_an_incident_figure_keeps_its_blame(nlp, make_article, text, actor):
    assert actor in _perps(nlp, make_article, text)
