"""Named past incidents: a statement, an anniversary or a trial that recalls an incident by its name
and toll does not make a new incident dated by the statement."""
from datetime import date

import pytest

from sitrep.extract import extract_article
from sitrep.extract.recalled import past_named_incidents

NAMED = [
    ("Since the Houla massacre of 2012, the town has stood empty.", 2016, [("Houla massacre", 2012)]),
    ("Activists marked the anniversary of the Ghouta chemical attack on Friday.", 2015,
     [("Ghouta chemical attack", None)]),
    ("The 2017 Khan Sheikhoun attack was carried out with sarin, the OPCW said.", 2018,
     [("Khan Sheikhoun attack", 2017)]),
    ("Survivors of the Bucha massacre testified in Kyiv on Tuesday.", 2023, [("Bucha massacre", None)]),
    ("The court heard evidence about the Srebrenica Massacre.", 2021, [("Srebrenica Massacre", None)]),
    ("Families marked ten years since the Chibok kidnapping on Sunday.", 2024, [("Chibok kidnapping", 2014)]),
    ("Kyiv marked the third anniversary of the Bucha massacre.", 2025, [("Bucha massacre", 2022)]),
    ("A court sentenced three men over the 2019 sit-in massacre.", 2025, [("sit-in massacre", 2019)]),
    ("Parents of the victims of the 2014 Peshawar school attack met on Monday.", 2024,
     [("Peshawar school attack", 2014)]),
    # news of this year, or an actor's attack, is not a past named incident
    ("The Tremseh massacre on Thursday killed more than 150 people, activists said.", 2012, []),
    ("The Russian attack on Kharkiv killed seven people.", 2024, []),
    ("A Houthi attack on a tanker in the Red Sea was repelled.", 2024, []),
]


@pytest.mark.parametrize("text, year, expected", NAMED)
def test_past_named_incidents(text, year, expected):
    assert [(n.name, n.year) for n in past_named_incidents(text, year)] == expected


RECALLED = [
    # a 2016 statement recalling the 2013 Ghouta attack: no date is stated for it, so none
    ("The Syrian Coalition said the regime used chemical weapons 136 times since the Ghouta Massacre. The Coalition "
     "denounced claims made on Monday by the regime's envoy, who blamed France for the Ghouta Massacre that claimed the "
     "lives of over 1127 civilians.", "2016-08-24", None, "unknown"),
    # a date stated in the clause about the named incident is its date
    ("On Wednesday, relatives gathered to commemorate the Houla massacre, in which 108 people were killed in May 2012.",
     "2014-05-28", date(2012, 5, 1), "month"),
    ("Kenyan police said on Sunday that survivors of the Westgate attack of 2013, which killed 67 people, met in "
     "Nairobi.", "2016-09-21", date(2013, 1, 1), "year"),
    # the year in the name, from an anniversary, or from the next sentence's date
    ("A court in Khartoum sentenced three men on Wednesday over the 2019 sit-in massacre, in which security forces "
     "killed at least 128 protesters.", "2025-04-02", date(2019, 1, 1), "year"),
    ("Ukraine marked the third anniversary of the Bucha massacre on Monday. Russian troops killed more than 400 "
     "civilians in the town in March 2022, prosecutors say.", "2025-04-01", date(2022, 3, 1), "month"),
    ("Pakistan remembered the victims of the 2014 Peshawar school attack, in which Taliban gunmen killed 147 people, "
     "at a ceremony on Sunday.", "2024-12-16", date(2014, 1, 1), "year"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, pub, start, precision", RECALLED)
def test_a_recalled_incident_keeps_its_own_date(nlp, make_article, text, pub, start, precision):
    article = make_article(text, pub_date=pub)
    incidents = extract_article(article, nlp).incidents
    recalled = [i for i in incidents if i.casualty_claims]
    assert recalled, incidents
    assert (recalled[0].date.start, recalled[0].date.precision) == (start, precision)


@pytest.mark.model
@pytest.mark.parametrize("text, pub, start", [
    # a toll in the next sentence with no earlier year is today's news, not the named incident's
    ("Residents recalled the 2015 Kunduz hospital air strike. A drone strike killed four people in the "
     "city on Friday, officials said.", "2019-10-05", date(2019, 10, 4)),
    ("Survivors of the Ghouta Massacre spoke in Geneva. Shelling killed six people in Douma on Thursday, the "
     "civil defence said.", "2016-08-26", date(2016, 8, 25)),
])
def test_a_new_incident_after_a_recalled_one_is_dated_as_news(nlp, make_article, text, pub, start):
    incidents = extract_article(make_article(text, pub_date=pub), nlp).incidents
    assert [i.date.start for i in incidents if i.casualty_claims] == [start]


@pytest.mark.model
def test_news_of_a_massacre_is_dated_as_news(nlp, make_article):
    text = "The Houla massacre on Friday killed 108 people, including 49 children, the UN said on Sunday."
    incident = extract_article(make_article(text, pub_date="2012-05-27"), nlp).incidents[0]
    assert incident.date.start == date(2012, 5, 25)
