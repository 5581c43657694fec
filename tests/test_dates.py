"""Incident dates: expressions in the incident's sentences resolved against the publication date.

Each case is a short document (the incident's sentences, sometimes with the lines around them), a
publication date, and the date a reader would give the incident: its first day, the end of the
range, the precision and the words that fix it.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.dates import incident_date, publication_date_in_text

WED = "2017-04-05"   # a Wednesday


def d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def resolve(nlp, text: str, pub: str | None, incident: slice | None = None):
    """The incident date of `text` (all its sentences, or the `incident` slice of them)."""
    doc = nlp(text)
    sents = list(doc.sents)
    got = incident_date(doc, sents[incident] if incident else sents, d(pub))
    if got.evidence is not None:
        assert doc.text[got.evidence.start:got.evidence.end] == got.evidence.text
    return got


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


@pytest.mark.parametrize("text", [
    "Ten people were killed in Taiz on Sunday.",
    "A civil defence member runs near an ambulance in Idlib Syria August 6 2016 (TRT World and Agencies) A bomber ...",
    "Clashes in Geneina from 12-14 May 2023 left dozens dead.",
])
def test_no_dateline(text):
    assert publication_date_in_text(text) is None


# --- one expression, resolved against the publication date ---------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, pub, start, end, precision, evidence", [
    # wire copy: weekdays are the latest such day on or before publication
    ("Saudi-led air strikes killed 12 people in Hodeidah on Sunday.", WED, "2017-04-02", "2017-04-02", "day", "on Sunday"),
    ("Shelling killed four civilians in Kharkiv on Wednesday, officials said.", WED, "2017-04-05", "2017-04-05", "day", "on Wednesday"),
    ("Coalition jets hit a school bus in Dahyan on Thursday, killing 29 children.", "2018-08-10", "2018-08-09", "2018-08-09", "day", "on Thursday"),
    ("An air strike hit a market in Hodeidah late Sunday.", WED, "2017-04-02", "2017-04-02", "day", "late Sunday"),
    ("Tuesdays strike on Khan Sheikhoun killed 86 people.", WED, "2017-04-04", "2017-04-04", "day", "Tuesdays"),
    ("Tuesday's attack on the market in Maiduguri killed 18 people.", WED, "2017-04-04", "2017-04-04", "day", "Tuesday's"),
    ("Security forces opened fire on protesters in Mandalay on Saturday, killing at least 27.", "2021-03-29", "2021-03-27", "2021-03-27", "day", "on Saturday"),
    ("A missile struck a residential block in Kyiv early on Monday, killing two people.", "2022-03-14", "2022-03-14", "2022-03-14", "day", "on Monday"),
    # local outlets: relative days
    ("Gunmen killed nine villagers near Maiduguri overnight, residents said.", WED, "2017-04-04", "2017-04-04", "day", "overnight"),
    ("A drone strike hit a market in El Fasher yesterday.", WED, "2017-04-04", "2017-04-04", "day", "yesterday"),
    ("Bandits stormed Kankara village yesterday evening and abducted 42 people.", "2021-02-27", "2021-02-26", "2021-02-26", "day", "yesterday"),
    ("A car bomb exploded near the port of Mogadishu last night.", WED, "2017-04-04", "2017-04-04", "day", "last night"),
    ("Explosions shook Kyiv tonight as air raid sirens sounded across the city.", "2022-02-25", "2022-02-25", "2022-02-25", "day", "tonight"),
    ("Two mortar shells landed on a school in Aden earlier today.", WED, "2017-04-05", "2017-04-05", "day", "earlier today"),
    ("Militiamen burned the village of Misterei two days ago, survivors said.", "2023-06-10", "2023-06-08", "2023-06-08", "day", "two days ago"),
    ("At least 20 people were killed in Deir ez-Zor in the last 24 hours.", WED, "2017-04-04", "2017-04-05", "day", "in the last 24 hours"),
    ("Air strikes killed 79 civilians in Deir Ezzor over the last 48 hours.", WED, "2017-04-03", "2017-04-05", "week", "over the last 48 hours"),
    ("Rebel infighting has killed 45 fighters over the past two days.", WED, "2017-04-04", "2017-04-05", "day", "over the past two days"),
    # weeks and months
    ("At least 40 people were killed in Sagaing last week.", WED, "2017-03-27", "2017-04-02", "week", "last week"),
    ("Soldiers razed the village of Inn Din last week, villagers said.", "2017-09-20", "2017-09-11", "2017-09-17", "week", "last week"),
    ("A hospital in Millis was destroyed by airstrikes over the weekend, killing 13 people.", "2016-08-09", "2016-08-06", "2016-08-07", "week", "over the weekend"),
    ("Gunmen killed 12 worshippers in Kaduna at the weekend.", "2021-03-07", "2021-03-06", "2021-03-07", "week", "at the weekend"),
    ("Clashes in Tigray this week have killed dozens of people.", WED, "2017-04-03", "2017-04-05", "week", "this week"),
    ("The massacre happened in Bakhmut earlier this month.", WED, "2017-04-01", "2017-04-05", "month", "earlier this month"),
    ("Houthi missiles struck Marib earlier this month, killing 12.", "2021-02-20", "2021-02-01", "2021-02-20", "month", "earlier this month"),
    ("Russian troops killed hundreds of civilians in Bucha last month.", "2022-04-20", "2022-03-01", "2022-03-31", "month", "last month"),
    # explicit dates
    ("Troops shelled Taiz on March 5, killing three children.", WED, "2017-03-05", "2017-03-05", "day", "on March 5"),
    ("An air strike on 5 April 2016 killed 11 people in Idlib.", WED, "2016-04-05", "2016-04-05", "day", "5 April 2016"),
    ("On 15 April 2023 clashes erupted in Khartoum between the army and the RSF.", "2023-05-02", "2023-04-15", "2023-04-15", "day", "15 April 2023"),
    ("Boko Haram fighters attacked the town of Dikwa on March 1, the UN said.", "2021-03-03", "2021-03-01", "2021-03-01", "day", "on March 1"),
    ("The attack on the checkpoint took place on December 30.", "2017-01-04", "2016-12-30", "2016-12-30", "day", "on December 30"),
    ("Between 5 and 7 April air strikes killed 40 people in Idlib.", "2017-04-10", "2017-04-05", "2017-04-07", "week", "Between 5 and 7 April"),
    ("Government aircraft bombed Douma on the night of 3 to 4 March, killing 14.", WED, "2017-03-03", "2017-03-04", "week", "3 to 4 March"),
    ("Clashes in Geneina from 12-14 May 2023 left dozens dead.", "2023-05-20", "2023-05-12", "2023-05-14", "week", "12-14 May 2023"),
    ("Gunmen killed 12 people in the night of 8 to 9 March in Ogossagou, officials said.", "2019-03-10",
     "2019-03-08", "2019-03-09", "week", "the night of 8 to 9 March"),
    # a night told with its weekdays (DRC, Sahel and Haitian copy translated from French)
    ("At least 26 civilians were killed during the night of Monday 12 to Tuesday 13 June 2023 in Kasinga.",
     "2023-06-14", "2023-06-12", "2023-06-13", "week", "Monday 12 to Tuesday 13 June 2023"),
    ("Gunmen killed 30 villagers in the night of Saturday 4 to Sunday 5 March in Mali's Mopti region.",
     "2023-03-06", "2023-03-04", "2023-03-05", "week", "Saturday 4 to Sunday 5 March"),
    # the day a siege ended or bodies were found is not the day of the deed its "after" clause tells
    ("Eighteen bodies were found on Monday 21 April in Manguredjipa after an incursion by ADF rebels during the "
     "night of Sunday to Monday, the administrator said.", "2025-04-22", "2025-04-20", "2025-04-21", "day",
     "Sunday to Monday"),
    ("Security forces ended the siege of a hotel in Mogadishu on Friday morning, after militants stormed it on "
     "Thursday evening, leaving 17 people dead.", "2024-03-15", "2024-03-14", "2024-03-14", "day",
     "Thursday evening"),
    ("Police recovered 14 bodies on Wednesday after gunmen attacked the village of Kuru on Monday night, a "
     "spokesman said.", "2024-05-16", "2024-05-13", "2024-05-13", "day", "Monday night"),
    ("Ten people were killed in Idlib on Sunday after a week of heavy fighting, activists said.", WED,
     "2017-04-02", "2017-04-02", "day", "on Sunday"),
    # a wire dateline without a year dates the dispatch, not the incident (EFE, APP, SUNA, Xinhua)
    ("Bogotá, Mar 4 (EFE).- Two police officers were killed in an attack launched on Monday by dissidents on the "
     "police station in Morales.", "2025-03-04", "2025-03-03", "2025-03-03", "day", "on Monday"),
    ("RAWALPINDI, Oct 8 (APP): Security forces killed eight militants on Monday in Lakki Marwat, the ISPR said.",
     "2024-10-08", "2024-10-07", "2024-10-07", "day", "on Monday"),
    ("Port Sudan, Nov. 14 (SUNA) – The ministry condemned the massacre in Tamboul on Tuesday, in which more than 60 "
     "citizens were killed.", "2024-11-14", "2024-11-12", "2024-11-12", "day", "on Tuesday"),
    ("BEIJING, Oct. 8 (Xinhua) -- A bomb blast killed five people in a market in Quetta on Sunday, police said.",
     "2024-10-08", "2024-10-06", "2024-10-06", "day", "on Sunday"),
    ("Gunmen killed 12 people in Tillaberi on Mar 4, officials said.", "2025-03-10", "2025-03-04", "2025-03-04",
     "day", "Mar 4"),
    # a possessive part of a day names the deed's own day: "the toll from Sunday night's attack"
    ("The death toll from Sunday night's attack by bandits on Kucheri has risen to 15, community leaders said on "
     "Tuesday.", "2024-05-21", "2024-05-19", "2024-05-19", "day", "Sunday night's"),
    ("The toll from Friday morning's shelling of Kharkiv rose to nine on Saturday, the governor said.", "2024-05-26",
     "2024-05-24", "2024-05-24", "day", "Friday morning's"),
    ("On Monday al-Nusra claimed responsibility for Tuesday night's attacks in Idlib.", WED, "2017-03-28",
     "2017-03-28", "day", "Tuesday night's"),
    ("Jets struck Ariha between March 30 and 31, killing nine.", WED, "2017-03-30", "2017-03-31", "week", "between March 30 and 31"),
    ("Soldiers torched homes in Kyauk Ni Maw a week ago.", WED, "2017-03-29", "2017-03-29", "week", "a week ago"),
    ("Gunmen attacked a church in Owo last Friday, killing 40 worshippers.", "2022-06-10", "2022-06-03", "2022-06-03", "day", "last Friday"),
    ("Gunmen attacked a mosque in Katsina last Friday.", WED, "2017-03-31", "2017-03-31", "day", "last Friday"),
    ("Heavy fighting around Mariupol in mid-March killed thousands.", "2022-04-20", "2022-03-01", "2022-03-31", "month", "mid-March"),
    ("Fighting in Aleppo in April 2016 killed hundreds.", WED, "2016-04-01", "2016-04-30", "month", "April 2016"),
    ("In March 2021 soldiers killed dozens of protesters in Mandalay.", WED, "2021-03-01", "2021-03-31", "month", "March 2021"),
])
def test_incident_date_resolves(nlp, text, pub, start, end, precision, evidence):
    got = resolve(nlp, text, pub)
    assert (got.start, got.end, got.precision) == (d(start), d(end), precision)
    assert evidence in got.evidence.text


# --- several dates: the incident's own ------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, pub, start", [
    # the date of a statement is not the date of the incident
    ("Eleven civilians were killed in Ariha on Tuesday, the Observatory said on Wednesday.", WED, "2017-04-04"),
    ("Russian shelling killed 20 civilians in Kharkiv on Sunday, the regional governor said on Monday.", "2022-03-14", "2022-03-13"),
    ("The army said on Monday that militants had attacked a base in Borno on Saturday, killing seven soldiers.", "2021-03-01", "2021-02-27"),
    ("Islamic State claimed responsibility on Sunday for Friday's bombing in Kabul.", "2017-04-03", "2017-03-31"),
    ("Jihadists killed 12 soldiers in Djibo on Saturday, two weeks after gunmen killed 30 in Solhan on March 5.",
     "2021-03-20", "2021-03-20"),
    ("The Observatory said on Wednesday that the toll had risen to 86. "
     "The strike on Khan Sheikhoun happened on Tuesday morning.", WED, "2017-04-04"),
    # a weekday told with the statement about it is the one before the statement
    ("On Sunday al-Nusra claimed responsibility for Tuesdays attacks in which 30 villagers were shot dead.", WED, "2017-03-28"),
    # a meeting, a photo caption, a background clause
    ("The UN Security Council met on Wednesday to discuss the attack. The air strike on Tuesday killed 86 people.", WED, "2017-04-04"),
    ("A man walks past a destroyed building in Aleppo on July 10 2016. (AFP) "
     "Rebel forces attacked the regime-held Castello Road on Monday.", "2016-07-12", "2016-07-11"),
    ("After government forces recaptured the town last month, rebels attacked it on Friday, killing 12 soldiers.", "2017-04-08", "2017-04-07"),
    ("Russian and Syrian jets halted airstrikes on Aleppo from 0700 GMT Tuesday. "
     "Barrel bombs killed 12 people in Aleppo on Monday.", WED, "2017-04-03"),
    ("U.N. chief Ban Ki-moon on Friday renewed his push for inspectors to visit the site. "
     "Rescuers were still finding bodies after Wednesdays poison gas attack on the suburbs.", "2013-08-23", "2013-08-21"),
    # an arrest, a charge, a surrender or an identification is not the day of the killing
    ("A man was arrested on Monday in the fatal shooting of a teenager outside a bar, police said. "
     "The teenager was shot on Saturday night.", "2016-05-24", "2016-05-21"),
    ("A man charged Tuesday with murder in the shooting death of his neighbour was ordered held without bond. "
     "Police said he shot the man on Sunday.", "2015-01-07", "2015-01-04"),
    ("The soldier surrendered on Friday after a standoff near Kharkiv. He had shot dead three comrades on Thursday.",
     "2023-01-28", "2023-01-26"),
    ("Police in Kano identified on Tuesday the man shot dead by soldiers. The shooting happened on Sunday night.",
     "2023-01-28", "2023-01-22"),
    # an incident told over several days is dated by its first day
    ("The offensive on Ras al-Ain began on Friday and was continuing on Saturday, the Observatory said.", "2017-04-08", "2017-04-07"),
    ("Fresh fighting shook Aleppo on Saturday. Rebels unleashed a barrage of rockets on the western districts "
     "on Friday, killing 21 civilians.", "2017-04-08", "2017-04-07"),
    ("The air strikes which began Saturday and continued Sunday killed 45 civilians in Idlib.", "2017-04-10", "2017-04-08"),
    ("Fighting raged in Khartoum on Monday, with at least 185 people killed since it began on Saturday.", "2023-04-17", "2023-04-15"),
    # a day beats a vaguer period told alongside it
    ("Kurdish militia expelled the jihadists from Ras al-Ain last month. "
     "The new offensive on the town began on Friday, killing 17 people.", "2017-04-08", "2017-04-07"),
    # "continued on Monday" alone is the day
    ("The Syrian army continued on Monday its operations against militants in Aleppo, killing 30.", "2016-03-21", "2016-03-21"),
])
def test_the_incidents_own_date(nlp, text, pub, start):
    assert resolve(nlp, text, pub).start == d(start)


# --- no publication date: nothing relative is guessed ---------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, evidence", [
    ("Syrian soldiers stormed Jisr al-Shughour on Sunday.", "on Sunday"),
    ("A drone strike hit a wedding in Saada yesterday.", "yesterday"),
    ("At least 40 people were killed in Sagaing last week.", "last week"),
    ("Troops shelled Taiz on March 5, killing three children.", "on March 5"),
    ("Shelling killed four civilians in Kharkiv earlier this month.", "earlier this month"),
])
def test_without_publication_date_relative_stays_unknown(nlp, text, evidence):
    got = resolve(nlp, text, None)
    assert got.start is None and got.precision == "unknown"
    assert evidence in got.evidence.text


@pytest.mark.model
def test_without_publication_date_absolute_dates_still_resolve(nlp):
    got = resolve(nlp, "An air strike on 5 April 2016 killed 11 people in Idlib.", None)
    assert (got.start, got.precision) == (date(2016, 4, 5), "day")


@pytest.mark.model
@pytest.mark.parametrize("text, start", [
    # no publication date: a day told without its year takes the year of a full date the article states (Syria,
    # Yemen); a weekday still needs the day of publication (Nigeria)
    ("Gunmen killed 42 people in Ain al-Sharqiya on March 7, residents said. The national committee formed on "
     "March 9, 2025 is investigating.", date(2025, 3, 7)),
    ("Troops shelled Taiz on 5 March, killing three children. The truce of 2 April 2022 had held for months.",
     date(2022, 3, 5)),
    ("On Sunday, gunmen killed 12 people in Zamfara. The state was created on October 1, 1996.", None),
])
def test_without_publication_date_a_stated_year_dates_a_day(nlp, text, start):
    assert resolve(nlp, text, None).start == start


@pytest.mark.model
def test_no_expression_is_unknown_not_the_publication_date(nlp):
    got = resolve(nlp, "Government forces shelled Taiz, killing five people.", WED)
    assert got.start is None and got.precision == "unknown"


@pytest.mark.model
def test_dateline_is_not_an_incident_date(nlp):
    got = resolve(nlp, "Wed 05 Apr 2017 Air strikes killed 12 people in Idlib on Tuesday.", None)
    assert got.start == date(2017, 4, 4)


# --- an incident without a date of its own --------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, pub, incident, start", [
    # a roundup's lead dates its sections
    ("The Syrian army continued on Monday its military operations against terrorists across the country. "
     "In Aleppo the army repelled an attack on its posts in Kfar Saghir, killing more than 30 terrorists.",
     "2016-03-21", slice(1, 2), "2016-03-21"),
    ("Gunmen attacked the village of Kadisau overnight. "
     "Residents said the attackers killed 18 people and burned houses.", WED, slice(1, 2), "2017-04-04"),
    # not across a sentence that opens another incident
    ("Air strikes killed 12 people in Idlib on Tuesday. Meanwhile eight people were killed in Aleppo.",
     WED, slice(1, 2), None),
    # not from a statement
    ("Rebels shelled the city, killing five. The ministry said on Monday that it would respond.",
     WED, slice(0, 1), None),
])
def test_undated_incident_takes_the_nearby_date(nlp, text, pub, incident, start):
    got = resolve(nlp, text, pub, incident)
    assert got.start == d(start)


@pytest.mark.model
@pytest.mark.parametrize("text, pub, start, end, precision", [
    # a toll "since Tuesday" runs from Tuesday to publication
    ("Since Tuesday heavy artillery fire and air strikes on Eastern Ghouta have killed at least 66 civilians.",
     "2017-11-20", "2017-11-14", "2017-11-20", "week"),
    ("At least 132 militants have been killed since Saturday in fighting with Kurdish forces in Hasaka.",
     "2015-02-25", "2015-02-21", "2015-02-25", "week"),
    ("Earlier in the day a blast hit a bus convoy carrying evacuees near Aleppo.", "2017-04-15", "2017-04-15", "2017-04-15", "day"),
])
def test_ranges_from_a_day_to_publication(nlp, text, pub, start, end, precision):
    got = resolve(nlp, text, pub)
    assert (got.start, got.end, got.precision) == (d(start), d(end), precision)


@pytest.mark.model
def test_a_since_clause_far_back_stays_background(nlp):
    got = resolve(nlp, "Air strikes killed 12 people in Idlib on Tuesday, the worst toll since March 2015.", WED)
    assert got.start == date(2017, 4, 4)


@pytest.mark.model
@pytest.mark.parametrize("text, incident, start", [
    ("Air strikes killed 12 people in Idlib on Tuesday. Meanwhile eight people were killed in Aleppo. "
     "Residents said the shelling destroyed dozens of homes.", slice(2, 3), None),
    ("At least 10 civilians were killed in coalition strikes near Raqqa. This is not the first time the "
     "coalition has caused civilian casualties. On March 17 an airstrike in Mosul killed 200 people.", slice(0, 1), None),
])
def test_undated_incident_does_not_borrow_another_incidents_date(nlp, text, incident, start):
    assert resolve(nlp, text, WED, incident).start == d(start)


@pytest.mark.model
@pytest.mark.parametrize("text, pub, start", [
    ("MOSCOW, October 18 (RIA Novosti) - The Observatory said airstrikes killed 10 civilians near Kabiba on Friday.",
     "2014-10-18", "2014-10-17"),
    ("SANAA, Aug 10 (Reuters) - A Saudi-led coalition air strike hit a bus in Dahyan on Thursday, killing 29 children.",
     "2018-08-10", "2018-08-09"),
    ("KYIV, March 14 - Russian shelling killed four civilians in Kharkiv overnight.", "2022-03-14", "2022-03-13"),
])
def test_dateline_inside_the_text_is_not_the_incident_date(nlp, text, pub, start):
    assert resolve(nlp, text, pub).start == d(start)


@pytest.mark.model
def test_a_statement_date_is_the_last_resort(nlp):
    text = ("The YPG killed 17 Turkish servicemen and wounded three others, Kurdish media reported. "
            "The YPG also destroyed an armoured personnel carrier near Afrin, Firat news agency said Thursday.")
    assert resolve(nlp, text, "2017-04-28").start == date(2017, 4, 27)


@pytest.mark.model
@pytest.mark.parametrize("text, pub, start", [
    ("A civil defence member runs near an ambulance in Meles, Idlib province, Syria August 6 2016 (TRT World and Agencies) "
     "A suicide bomber detonated an explosive vest on a bus near the Atmeh crossing on Sunday, killing 15 people.",
     "2016-08-15", "2016-08-14"),
    ("People inspect the damage at a market in Syria hit by air strikes on June 5 2016. (TRT World and Agencies) "
     "Air strikes killed at least 17 people in a market in Ashara on Monday.", "2016-06-07", "2016-06-06"),
    ("Rescuers search the rubble in Kharkiv, Ukraine, March 1, 2022. (Reuters Photo) "
     "A missile hit the regional administration building on Tuesday, killing 10 people.", "2022-03-02", "2022-03-01"),
])
def test_a_photo_captions_date_is_not_the_incident_date(nlp, text, pub, start):
    assert resolve(nlp, text, pub).start == d(start)


@pytest.mark.model
def test_a_photo_captions_date_never_dates_an_undated_incident(nlp):
    text = ("15 Aug 2016 A civil defence member runs near an ambulance in Meles, Idlib province, Syria August 6 2016 "
            "(TRT World and Agencies) A suicide bomber detonated an explosive vest on a bus near the Atmeh crossing, "
            "killing 15 people.")
    got = resolve(nlp, text, "2016-08-15")
    assert got.start is None and got.precision == "unknown"


@pytest.mark.model
def test_weeks_old_dates_deep_in_the_story_are_background(nlp):
    text = ("Air strikes killed 20 people in the town of Maarat al-Numan, the Observatory said on Monday. "
            "Rescuers were still searching the rubble. The town lies on the main highway. "
            "Rebels captured it from government forces on March 2 after weeks of fighting.")
    assert resolve(nlp, text, "2017-04-10").start == date(2017, 4, 10)


@pytest.mark.model
def test_an_old_killing_is_still_the_incident_of_a_reaction_story(nlp):
    text = ("President Obama said on Thursday he is shifting his focus to domestic priorities. "
            "He hopes talks in Geneva will result in action. Congress has been asked to authorize strikes. "
            "Washington says a chemical weapons attack by the government killed more than 1400 people on August 21.")
    assert resolve(nlp, text, "2013-09-12").start == date(2013, 8, 21)


# --- held-out phenomena: a document and its publication date in, the incident's date out ----------
# (text, pub, start, end, precision, evidence); start None = unresolved
SPANS_CAMPAIGNS_AND_REACTIONS = [
    # a political lead dated by a weekday; the attack it is about has its own explicit, lethal date
    ("france-un-ghouta",
     "France sought to seize the diplomatic initiative on Syria on Tuesday, saying it would push for a U.N. resolution. "
     "The draft would include an explicit condemnation of an August 21 chemical weapons attack on the outskirts of "
     "Damascus which the United States says killed more than 1400 people.",
     "2013-09-10", "2013-08-21", "2013-08-21", "day", "August 21"),
    ("hrw-report-ghouta",
     "Government forces were responsible for a poison gas attack that killed more than 1400 people, Human Rights Watch "
     "said on Tuesday. The chemical weapons attack near Damascus on August 21 killed more than 1400 people.",
     "2013-09-10", "2013-08-21", "2013-08-21", "day", "on August 21"),
    ("yemen-envoy-dahyan",
     "The UN envoy pushed for a ceasefire in Hodeidah on Monday. The Security Council will discuss the 9 August air "
     "strike on a school bus in Dahyan, which killed 40 children.",
     "2018-08-20", "2018-08-09", "2018-08-09", "day", "9 August"),
    # negative: a violent lead keeps its own day over an older lethal date
    ("ukraine-violent-lead",
     "Russian missiles struck Kyiv on Monday, killing five people. The barrage came weeks after a March 14 strike on "
     "Kharkiv which killed 20 people.",
     "2022-04-11", "2022-04-11", "2022-04-11", "day", "on Monday"),
    # negative: a political lead keeps its day when the older explicit date, deep in the story, kills no one
    ("sudan-talks-no-killing",
     "Army and RSF delegates agreed on Saturday to a ceasefire in Jeddah. Mediators said the deal was fragile. "
     "The talks follow the 15 April outbreak of fighting in Khartoum.",
     "2023-05-21", "2023-05-20", "2023-05-20", "day", "on Saturday"),
    # a night told over two days: its first day
    ("syria-reported-late-saturday",
     "Airstrikes were reported late Saturday and early Sunday on the town of Saraqeb, activists said.",
     "2017-04-10", "2017-04-08", "2017-04-09", "day", "late Saturday and early Sunday"),
    ("raqqa-reported-beside-a-statement-day",
     "Coalition aircraft pounded Raqqa in what the coalition said Sunday was one of its most sustained operations. "
     "At least 16 airstrikes were reported late Saturday and early Sunday, activists said.",
     "2015-07-05", "2015-07-04", "2015-07-05", "day", "late Saturday and early Sunday"),
    ("sudan-friday-night-into-saturday",
     "Clashes erupted in Omdurman on Friday night into Saturday, killing 12 civilians.",
     "2023-05-01", "2023-04-28", "2023-04-29", "day", "Friday night into Saturday"),
    # the night told from one day to the next, with the second day's date (francophone wires in the DR Congo and
    # Burkina Faso, a Russian agency): the night's first day
    ("drc-night-from-sunday-to-monday",
     "ADF rebels killed 25 civilians in Kalunguta in the night from Sunday to Monday, May 26, local sources said.",
     "2025-05-27", "2025-05-25", "2025-05-26", "day", "the night from Sunday to Monday, May 26"),
    ("burkina-night-from-sunday-to-monday",
     "Armed men attacked the village of Seytenga during the night from Sunday to Monday 13 June, killing dozens.",
     "2022-06-14", "2022-06-12", "2022-06-13", "day", "during the night from Sunday to Monday 13 June"),
    ("ukraine-night-of-friday-to-saturday",
     "Drones struck Belgorod on the night of Friday to Saturday, 12 October, wounding four people.",
     "2024-10-14", "2024-10-11", "2024-10-12", "day", "on the night of Friday to Saturday, 12 October"),
    ("ukraine-overnight-tuesday",
     "Shelling hit Kherson overnight Tuesday and early Wednesday, killing two residents.",
     "2022-11-23", "2022-11-22", "2022-11-23", "day", "Tuesday and early Wednesday"),
    ("myanmar-passive-reported",
     "Heavy clashes were reported on Sunday in Maungdaw township, the junta said on Monday.",
     "2024-02-06", "2024-02-04", "2024-02-04", "day", "on Sunday"),
    ("nigeria-monday-to-friday",
     "Troops bombarded Boko Haram camps in the Sambisa forest from Monday to Friday, killing dozens of fighters.",
     "2021-03-06", "2021-03-01", "2021-03-05", "week", "Monday to Friday"),
    ("syria-two-strike-days",
     "Government jets struck Khan Sheikhoun on Monday and Thursday, killing 20 people.",
     "2017-04-07", "2017-04-03", "2017-04-06", "week", "on Monday and Thursday"),
    # negative: a truce named beside violence does not make the day political
    ("douma-truce-violated",
     "Rebels violated the truce on Monday, shelling Douma and killing five people.",
     WED, "2017-04-03", "2017-04-03", "day", "on Monday"),
    # multi-week campaigns: a range to publication, never one day
    ("ghouta-since-november-15",
     "Government forces have killed more than 300 people in Eastern Ghouta since November 15, the Observatory said.",
     "2017-12-03", "2017-11-15", "2017-12-03", "month", "since November 15"),
    ("myanmar-past-two-weeks",
     "The army's air strikes in Sagaing during the past two weeks have killed at least 60 civilians.",
     "2023-04-20", "2023-04-06", "2023-04-20", "week", "during the past two weeks"),
    ("nigeria-past-three-months",
     "Bandits have abducted more than 200 people in Zamfara over the past three months.",
     "2021-06-30", "2021-04-01", "2021-06-30", "month", "over the past three months"),
    ("yemen-since-january",
     "Houthi shelling has killed 40 civilians in Taiz since January, the UN said.",
     "2019-03-20", "2019-01-01", "2019-03-20", "month", "since January"),
    ("ukraine-since-february-24",
     "Russian shelling has killed more than 400 civilians in Kharkiv region since February 24, the governor said.",
     "2022-04-20", "2022-02-24", "2022-04-20", "month", "since February 24"),
    # negative: the lead's day wins over the campaign it adds to
    ("douma-day-in-a-campaign",
     "Air strikes killed 14 people in Douma on Monday, bringing the toll since November 15 to more than 300.",
     "2017-12-05", "2017-12-04", "2017-12-04", "day", "on Monday"),
    # negative: a short "since" toll keeps its day-to-publication range
    ("sudan-since-saturday",
     "At least 56 civilians have been killed in Khartoum since Saturday, doctors said.",
     "2023-04-17", "2023-04-15", "2023-04-17", "week", "since Saturday"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, pub, start, end, precision, evidence",
                         [c[1:] for c in SPANS_CAMPAIGNS_AND_REACTIONS], ids=[c[0] for c in SPANS_CAMPAIGNS_AND_REACTIONS])
def test_spans_campaigns_and_reactions(nlp, text, pub, start, end, precision, evidence):
    got = resolve(nlp, text, pub)
    assert (got.start, got.end, got.precision) == (d(start), d(end), precision)
    if evidence is None:
        assert got.evidence is None
    else:
        assert got.evidence is not None and evidence in got.evidence.text


@pytest.mark.model
def test_a_ceasefire_is_not_fire_so_an_undated_incident_does_not_borrow_its_date(nlp):
    text = ("The Syrian army has killed 60 militants while defending the city of Deir ez-Zor. "
            "Syria has been in a state of civil war since 2011. "
            "On February 27 a ceasefire brokered by Russia and the United States took effect in the country.")
    got = resolve(nlp, text, "2016-08-03", slice(0, 1))
    assert got.start is None and got.precision == "unknown"


@pytest.mark.parametrize("text, pub, start", [
    # a lead dated only by its statement takes the attack's day told right after it
    ("Fifteen civilians were killed by paramilitary fighters in El-Fasher, a rights group said on Monday. "
     "The fighters attacked civilians fleeing a village northwest of the city on Saturday, leaving 14 dead.",
     "2025-08-05", "2025-08-02"),
    ("Russian missiles killed at least seven people in Zaporizhzhia, Ukrainian officials said on Thursday. "
     "The strike hit an apartment block on Tuesday night.", "2023-03-03", "2023-02-28"),
    ("Twelve soldiers were killed in an ambush near Djibo, the army said on Wednesday. "
     "Jihadists attacked the convoy on Monday afternoon.", "2024-06-13", "2024-06-10"),
    # the statement's day stays when no earlier day of violence is told
    ("Fifteen civilians were killed by paramilitary fighters in El-Fasher, a rights group said on Monday. "
     "The group called for an inquiry.", "2025-08-05", "2025-08-04"),
    # never across a sentence opening another incident
    ("Eight people were killed in Idlib, a monitor said on Wednesday. "
     "Meanwhile, on Monday, gunmen killed three traders in Daraa.", "2017-04-06", "2017-04-05"),
])
def test_a_strikes_day_is_not_lost_to_the_statements(nlp, text, pub, start):
    assert resolve(nlp, text, pub, slice(0, 1)).start == d(start)


@pytest.mark.parametrize("text, pub, start", [
    # a byline's date on a line of its own is the page's, never the incident's
    ("Sudan war: rights group accuses RSF of a massacre in North Darfur\nReuters\nAugust 4, 2025\n"
     "Fifteen civilians were killed by paramilitary fighters in El-Fasher on Saturday, a rights group said.",
     "2025-08-05", "2025-08-02"),
    ("Updated: Tuesday, 17 September 2024 10:42\nThirteen soldiers were killed in an attack on a base in Arauca.",
     "2024-09-18", None),
    ("Posted on March 3, 2023\nRussian missiles killed seven people in Zaporizhzhia on Thursday night.",
     "2023-03-03", "2023-03-02"),
])
def test_a_byline_date_is_not_the_incident_date(nlp, text, pub, start):
    assert resolve(nlp, text, pub).start == d(start)


# The lead tells the deed, its day and its place with no figure; the toll follows, and a later day of the same
# incident is told after it: the lead's day is the incident's (Syria, Nigeria, Ukraine, Sudan).
@pytest.mark.parametrize("published, text, day", [
    ("2025-07-16", "Government troops swept through the town of Mazraa in Suwayda province on Tuesday, killing "
                   "civilians in their homes, residents said.\n\nThe Syrian Observatory for Human Rights said 27 "
                   "civilians were killed in Mazraa. On Wednesday, gunmen shot dead three more people in the town, "
                   "residents said.", "2025-07-15"),
    ("2024-03-08", "Gunmen descended on the village of Kuriga in Kaduna State on Thursday morning, shooting at "
                   "residents as they fled.\n\nResidents said 15 people were killed in Kuriga. On Friday, gunmen shot "
                   "dead three more people in the village, residents said.", "2024-03-07"),
    ("2022-04-02", "Russian soldiers went from house to house in the village of Motyzhyn on Thursday, shooting "
                   "residents, officials said.\n\nProsecutors said 11 civilians were killed in Motyzhyn. On Saturday, "
                   "soldiers shot dead three more people in the village, residents said.", "2022-03-31"),
    ("2023-06-16", "Militiamen swept through the town of Misterei in West Darfur on Wednesday, killing civilians as "
                   "they fled, witnesses said.\n\nThe Sudan Doctors Network said 28 people were killed in Misterei. On "
                   "Friday, gunmen shot dead three more people in the town, it said.", "2023-06-14"),
    # counter-rows: a statement's day told before the lead is no day of the deed (US, Iraq)
    ("2016-07-25", "A feud could be behind a deadly Sunday night shooting at a bar in Hamilton, police said.\n\nThe "
                   "police chief described the aftermath of the shooting in a Monday afternoon press conference.\n\nAt "
                   "the scene, one man was arrested in connection with the shooting that left his brother dead and "
                   "seven others wounded.", "2016-07-24"),
    ("2019-05-12", "Officials said militants were likely behind a Friday night bombing at a market in Kirkuk.\n\nThe "
                   "governor described the aftermath of the bombing at a Saturday news conference.\n\nNine people were "
                   "killed and 20 wounded in the blast, police said.", "2019-05-10"),
    # counter-row: a lead of a war's whole toll says nothing of the incident's day
    ("2025-07-16", "The war has killed more than 500,000 people since it began in 2011, on a Tuesday in March.\n\n"
                   "The Syrian Observatory for Human Rights said 27 civilians were killed in Mazraa on Wednesday.",
     "2025-07-16"),
])
def test_the_day_of_a_lead_told_without_figures(nlp, gazetteer, published, text, day):
    from sitrep.extract import extract_article
    from sitrep.records import Article

    extraction = extract_article(Article("l1", "l1", text, pub_date=d(published)), nlp, gazetteer)
    main = next(r for r in extraction.incidents if r.main)
    assert main.date.start == d(day)
    assert main.date.evidence is not None and main.date.evidence.text in text
