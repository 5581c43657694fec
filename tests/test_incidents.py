"""Incidents vs cumulative tolls, the lead incident, secondary incidents, deduplication and the
seed documents of the project."""
from pathlib import Path

import pytest

from sitrep.extract.incidents import evidence_after_skipped, find_incidents, not_reported_ranges
from sitrep.records import Article

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def _run(nlp, article):
    drafts, tolls = find_incidents(nlp(article.text), article)
    text = article.text
    for d in drafts:
        for c in d.casualty_claims:
            assert c.evidence.text == text[c.evidence.start:c.evidence.end]
        for p in d.perpetrator_claims:
            assert p.evidence.text == text[p.evidence.start:p.evidence.end]
        if d.anchor:
            assert d.anchor.text == text[d.anchor.start:d.anchor.end]
        if d.event_type_evidence:
            assert d.event_type_evidence.text == text[d.event_type_evidence.start:d.event_type_evidence.end]
    for t in tolls:
        assert t.evidence.text == text[t.evidence.start:t.evidence.end]
    if drafts:
        assert sum(d.main for d in drafts) == 1 and drafts[0].main
    return drafts, tolls


def _claims(drafts):
    return [(c.outcome, c.low, c.high, c.speaker.canonical) for d in drafts for c in d.casualty_claims]


def _seed(make_article, stem):
    path = next(SEEDS.glob(f"{stem}_*.txt"))
    return make_article(path.read_text(encoding="utf-8"), external_id=path.stem)


def test_seed_002_homs_massacre(nlp, make_article):
    drafts, tolls = _run(nlp, _seed(make_article, "002"))
    claims = _claims(drafts)
    assert ("killed", None, 53, "activists") in claims
    assert ("killed", 40, None, "SANA") in claims
    assert drafts[0].event_type == "massacre"
    perps = [(p.perpetrator, p.speaker.canonical, p.stance) for d in drafts for p in d.perpetrator_claims]
    assert ("security services", "activists", "accuses") in perps
    # "the almost year-long rebellion, which has left at least 7,500 dead" is background
    assert any((t.outcome, t.low, t.high) == ("killed", 7500, None) for t in tolls)
    assert all((c[1], c[2]) != (7500, None) for c in claims)


def test_seed_003_range(nlp, make_article):
    drafts, _ = _run(nlp, _seed(make_article, "003"))
    assert any(c[:3] == ("killed", 47, 53) for c in _claims(drafts))


def test_seed_004_qaryatayn(nlp, make_article):
    drafts, _ = _run(nlp, _seed(make_article, "004"))
    claims = _claims(drafts)
    assert ("killed", 67, None, "Belfast Telegraph") in claims
    assert ("killed", 128, None, "Syrian Observatory for Human Rights") in claims
    assert ("missing", 13, None, "Talal Barazi") in claims     # "Mr Barazi" is the governor named before


TOLLS = [
    ("More than 330000 people have been killed in Syria since March 2011.", "since March 2011"),
    ("The conflict has killed more than 300000 people since it began in 2011.", "since it began"),
    ("Syria's five-year civil war has killed more than 280000 people.", "five-year civil war"),
    ("Yemen's war has left more than 10,000 dead since the Saudi-led coalition intervened.", "Yemen's war"),
    ("The junta has killed at least 1,500 protesters since the coup began.", "since the coup began"),
    # a habit, a year of many deeds (South Sudan, Nigeria, Myanmar, Yemen)
    ("Revenge attacks between communities in Warrap, Lakes and Unity states kill hundreds of people every year.",
     "every year"),
    ("The UN Mission in South Sudan (UNMISS) documented 862 civilians killed in sub-national violence in 2023.",
     "in 2023"),
    ("Attacks by bandits killed more than 2,600 people in Zamfara in 2021, according to ACLED.", "in 2021"),
    ("Junta air strikes killed 1,200 civilians in 2024 alone, the AAPP said.", "in 2024 alone"),
    ("Landmines kill dozens of children each year in Taiz, the ICRC said.", "each year"),
    # a ceasefire as the start of a sum (Lebanon, Gaza)
    ("Israeli attacks since the ceasefire have killed more than 280 people, according to the health ministry.",
     "since the ceasefire"),
    ("Some 400 Palestinians have been killed in Gaza since the truce took effect, medics said.", "since the truce"),
    # a part of a longer sum told by its own span (Sudan, DR Congo)
    ("The network has documented the killing of more than 120 civilians in the locality during this week alone.",
     "this week alone"),
    ("The fighting for Goma at the end of January alone left some 3,000 dead, according to the UN.",
     "January alone"),
    # many deeds over a span (Myanmar, Ukraine)
    ("Kyauktaw was hit by airstrikes at least 12 times in July, killing more than 40 civilians, the AA said.",
     "12 times in"),
    ("Russian forces shelled Nikopol dozens of times last month, killing 14 residents, the governor said.",
     "dozens of times last"),
    # a tally of every front (Russia's and Ukraine's daily bulletins)
    ("In all, Ukrainian forces lost up to 1,230 servicemen over the past day in all areas, the ministry said.",
     "in all areas"),
    ("Russia lost 1,100 troops along the entire front line over the past day, Ukraine's General Staff said.",
     "along the entire front line"),
]


@pytest.mark.parametrize("text, expected", [
    # counter-cases: a ranked first since a truce, several strikes on one day, one day alone are the incident's
    ("An Israeli strike killed five people in Khan Younis on Tuesday, the first deaths there since the truce took "
     "effect, medics said.", [("killed", 5, 5)]),
    ("Israeli drones struck Aitaroun three times on Monday, killing two people, the NNA said.", [("killed", 2, 2)]),
    ("Russian drones hit Kharkiv five times in one night, killing three people, the mayor said.",
     [("killed", 3, 3)]),
])
def test_spans_of_one_incident_are_not_tolls(nlp, make_article, text, expected):
    drafts, _ = _run(nlp, make_article(text))
    assert [c[:3] for c in _claims(drafts)] == expected


@pytest.mark.parametrize("text, scope_part", TOLLS)
def test_cumulative_tolls_are_not_claims(nlp, make_article, text, scope_part):
    drafts, tolls = _run(nlp, make_article(text))
    assert _claims(drafts) == []
    assert tolls and scope_part.lower() in tolls[0].scope.lower() or scope_part in text


def test_secondary_incident_elsewhere(nlp, make_article):
    text = ("At least 11 civilians were killed on Wednesday in air strikes on Ariha in Idlib province, "
            "the Syrian Observatory for Human Rights said. Meanwhile eight people were killed in shelling "
            "on Rastan in Homs province, the Observatory said.")
    drafts, _ = _run(nlp, make_article(text))
    assert [d.main for d in drafts] == [True, False]
    assert drafts[0].event_type == "air_strike"
    assert drafts[1].event_type == "shelling"
    assert [(c.low, c.high) for c in drafts[1].casualty_claims] == [(8, 8)]


ANOTHER_DAY = [
    # Syria, wire copy: the day's strike, then a figure the monitor gave the day before
    ("A Russian airstrike killed at least 38 civilians on Wednesday near Deir az-Zour, a monitor said. "
     "The coalition is also fighting the militants in Raqqa. "
     "On Tuesday the Observatory said a coalition strike in Raqqa killed at least 18 civilians.", 38, 18),
    # Yemen: a background sentence names the second place before the second incident
    ("Saudi-led coalition jets killed 12 people at a market in Saada on Friday, medics said. "
     "Hodeidah port has been under blockade for months. "
     "On Thursday an air raid on a wedding in Hodeidah killed 20 guests, residents said.", 12, 20),
    # Nigeria, local outlet
    ("Boko Haram fighters killed 9 farmers in Borno state on Sunday, police said. "
     "On Saturday, gunmen killed 4 herders in Yobe state, a community leader said.", 9, 4),
]


@pytest.mark.parametrize("text, main_figure, other_figure", ANOTHER_DAY)
def test_figure_told_for_another_day_is_another_incident(nlp, make_article, text, main_figure, other_figure):
    drafts, _ = _run(nlp, make_article(text))
    assert [d.main for d in drafts] == [True, False]
    assert [c.low for c in drafts[0].casualty_claims] == [main_figure]
    assert [c.low for c in drafts[1].casualty_claims] == [other_figure]


def test_same_day_follow_up_sentence_stays_in_the_incident(nlp, make_article):
    text = ("Shelling killed 7 people in Kharkiv on Monday, the governor said. "
            "On Monday evening rescuers said the toll from the shelling in Kharkiv had risen to 9.")
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 1


@pytest.mark.parametrize("text", [
    "A drone strike on a market in southern Khartoum killed at least 19 civilians on Sunday, a medical group said. "
    "The strike hit the Qoro market in the Mayo district at midday, the committee said, adding that 46 people were "
    "wounded.",
    "An air strike killed 12 people in Idlib province on Monday, the Observatory said. The raid hit a bakery in "
    "the town of Saraqeb, wounding 30 others, rescuers said.",
    "Gunmen killed 30 villagers in Zamfara state on Sunday, police said. The attack took place in Tungar Kwana, "
    "where nine others were wounded, residents said.",
])
def test_the_deed_pointed_back_to_stays_the_incident(nlp, make_article, text):
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 1


def test_new_place_with_own_figures(nlp, make_article):
    text = ("Russian missiles struck an apartment block in Dnipro on Saturday, killing 40 people, regional "
            "officials said. In Kharkiv, shelling wounded 12 people, the governor said.")
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 2 and drafts[1].casualty_claims[0].outcome == "injured"


def test_no_violence_no_incident(nlp, make_article):
    text = ("The UN Security Council voted on Tuesday on a resolution calling for a ceasefire in Sudan. "
            "Diplomats said the vote was 14 to 0 with one abstention.")
    drafts, tolls = _run(nlp, make_article(text))
    assert drafts == [] and tolls == []


def test_repeated_figure_is_one_claim(nlp, make_article):
    text = ("A car bomb killed 17 people in Azaz on Sunday, the Observatory said. The Observatory said the "
            "bombing killed 17 people near a market.")
    drafts, _ = _run(nlp, make_article(text))
    claims = _claims(drafts)
    assert claims == [("killed", 17, 17, "Syrian Observatory for Human Rights")]
    assert drafts[0].casualty_claims[0].evidence.start < 40


def test_headline_figures_are_not_reports(make_article):
    text = "Air strikes kill 11 in Idlib monitor AFP Wednesday At least 11 civilians were killed."
    article = make_article(text)
    article.title = "Air strikes kill 11 in Idlib monitor"
    assert not_reported_ranges(article) == [(0, len(article.title))]


# A last line whose sentence is followed by wire copy's credits is no headline-like line: its figures are reported
# (Reuters from Burkina Faso and Nigeria).
@pytest.mark.parametrize("text, expected", [
    ("Unidentified assailants on Monday killed 31 soldiers in an ambush in the Bam province, Burkina Faso's army "
     "said.\nIt added that more than 40 assailants were killed. (Reporting by Thiam Ndiaga; Editing by Jonathan "
     "Oatis)", [("killed", 31, 31), ("killed", 40, None)]),
    ("Gunmen killed 12 villagers in Tsafe on Sunday, police said.\nPolice said nine others were wounded. "
     "(Additional reporting by Ahmed Kingimi; Editing by Alex Richardson)", [("killed", 12, 12), ("injured", 9, 9)]),
    # counter-cases: a headline-like line, abbreviations and all, and a caption with its credit stay out
    ("U.S. Strikes Kill 5 In Somalia\nA U.S. air strike killed two al-Shabaab fighters near Jilib, AFRICOM said.",
     [("killed", 2, 2)]),
    ("A gunman killed two people at a club in Mount Vernon on Sunday, police said.\nThree men were wounded in the "
     "club shooting. (Photo: Courtesy photo)", [("killed", 2, 2)]),
])
def test_a_sentence_before_wire_credits_is_reported(nlp, make_article, text, expected):
    drafts, _ = _run(nlp, make_article(text))
    assert sorted(c[:3] for c in _claims(drafts)) == sorted(expected)


# Scraped copy runs the headline into the lede with no full stop, and the parse may lend the headline's
# verb to the lede's figure: the figure and its evidence are the lede's, from the lede's first word (past
# the agency and date between them) to the lede's own word for the outcome.
HEADLINE_RUN_IN = [
    ("Barrel bombs kill 11 civilians in IS town in Syria",
     "Barrel bombs kill 11 civilians in IS town in Syria AFP Thursday 16 Jul 2015 At least 11 civilians among "
     "them three children were killed in regime barrel bomb attacks on a town held by the Islamic State group a "
     "monitor said.", "At least 11 civilians among them three children were killed"),
    ("Air strikes kill 9 civilians in Shabaab town in Somalia",
     "Air strikes kill 9 civilians in Shabaab town in Somalia AFP Thursday 16 Jul 2015 At least 9 civilians among "
     "them two children were killed in air strikes on a town held by the Shabaab group a lawmaker said.",
     "At least 9 civilians among them two children were killed"),
    # the lede's evidence was the lede's already
    ("Drone strikes kill 10 civilians in RSF town in Sudan",
     "Drone strikes kill 10 civilians in RSF town in Sudan AFP Monday 3 Jun 2024 At least 10 civilians among them "
     "four women were killed in drone strikes on a town held by the RSF activists said.",
     "At least 10 civilians among them four women were killed"),
]


@pytest.mark.parametrize("title, text, evidence", HEADLINE_RUN_IN)
def test_a_figure_of_the_lede_has_the_ledes_evidence(nlp, make_article, title, text, evidence):
    article = make_article(text)
    article.title = title
    drafts, _ = _run(nlp, article)
    assert {c.evidence.text for d in drafts for c in d.casualty_claims} == {evidence}


# A headline set on its own line with one line break, as scraped pages often do: the parser would run it into the
# lede ("Borno Boko Haram fighters"), and the blame that starts in the headline would be dropped with it. A line
# cut mid-phrase (hard-wrapped text) runs on.
HEADLINE_LINE = [
    ("Gunmen kill 15 in Borno\nBoko Haram fighters killed 15 farmers in Zabarmari on Saturday, a militia leader said.",
     "Boko Haram fighters"),
    ("Strike on Idlib market\nRussian jets struck a market in Ariha on Monday, killing 11 people, the Observatory "
     "said.",
     "Russian jets"),
    ("Mogadishu\nAl-Shabaab fighters stormed a hotel in Mogadishu on Friday, killing nine people, police said.",
     "Al-Shabaab fighters"),
    ("Mali army drone kills five at wedding\n\"A drone fired on the guests,\" a local official told AFP. Five "
     "civilians were killed in Tinzaouaten.", None),
]


@pytest.mark.parametrize("text, party", HEADLINE_LINE)
def test_a_headline_on_its_own_line_ends_before_the_lede(nlp, make_article, text, party):
    drafts, _ = _run(nlp, make_article(text))
    assert [p.perpetrator for d in drafts for p in d.perpetrator_claims] == ([party] if party else [])
    lede = text.split("\n")[1]
    assert any(sent.text.startswith(lede[:20]) for sent in nlp(text).sents)


@pytest.mark.parametrize("text", [
    "Ukrainian officials said the strike was carried out by\nRussian forces on Monday in Kharkiv.",
    "Witnesses said the camp was shelled by the\nRapid Support Forces on Friday.",
    "The Observatory said the dead included fighters of\nHayat Tahrir al-Sham and civilians.",
])
def test_a_line_cut_mid_phrase_runs_on(nlp, text):
    assert len(list(nlp(text).sents)) == 1


# (text, skipped stretch, evidence start, figure) -> where the evidence starts
EVIDENCE_STARTS = [
    # headline, then agency and date: the lede's first word
    ("Suicide bomber kills 14 in Kabul AFP Monday 5 Sep 2022 At least 14 people were killed",
     (0, 32), 23, "At least 14", "At least"),
    ("Strike kills 12 in Saada Reuters Tuesday 14 Nov 2017 The death toll has risen to 12",
     (0, 24), 14, "12", "The death"),
    # headline with no byline: right after it
    ("Gunmen kill 20 in Zamfara Twenty villagers were killed", (0, 25), 7, "Twenty", "Twenty"),
    # evidence that starts after the skipped stretch, or a figure inside it, is left alone
    ("Shelling kills five in Donetsk Five civilians were killed", (0, 30), 31, "Five civilians", "Five civilians"),
    ("Shelling kills five in Donetsk Five civilians were killed", (0, 30), 0, "five", "Shelling"),
]


@pytest.mark.parametrize("text, skipped, start, figure, expected", EVIDENCE_STARTS)
def test_evidence_starts_after_the_skipped_headline(text, skipped, start, figure, expected):
    at = evidence_after_skipped(text, start, text.rindex(figure), [skipped])
    assert text[at:].startswith(expected)


# A figure the next sentences break down into separate incidents is their same-day total: a toll.
AGGREGATES = [
    ("The Observatory said at least eight people were killed on Wednesday in Rastan. Five of them died in air "
     "strikes on the market. Another three were killed in shelling earlier Wednesday.",
     (8, "killed"), [5, 3]),
    ("Eleven civilians were killed in rocket attacks on Aleppo on Friday. A police source said eight civilians "
     "were killed by a rocket on the public park. Terrorists also fired shells on al-Khaldiyeh killing three "
     "civilians.", (11, "killed"), [8, 3]),
    ("Nine people were killed in Borno on Sunday. Six died when gunmen raided Konduga. In a separate attack "
     "three farmers were killed near Bama.", (9, "killed"), [6, 3]),
]


@pytest.mark.parametrize("text, total, parts", AGGREGATES)
def test_same_day_aggregates_are_tolls(nlp, make_article, text, total, parts):
    drafts, tolls = _run(nlp, make_article(text))
    claims = [c.low for d in drafts for c in d.casualty_claims if c.outcome == total[1]]
    assert total[0] not in claims
    assert all(p in claims for p in parts)
    assert (total[0], total[1]) in [(t.low, t.outcome) for t in tolls]


# ... nor of the other side's dead and another incident's (Yemen, Nigeria).
@pytest.mark.parametrize("text, figure", [
    ("Six soldiers were killed at dawn on Tuesday when militants attacked a military position in Shabwa, military "
     "sources said. A spokesman said five attackers were killed in the fighting, \"including two foreigners\", "
     "and that the bodies of two of them were still at the scene. Meanwhile in neighboring Abyan, two soldiers were "
     "killed when a roadside bomb went off.", 6),
    ("Eight soldiers were killed when al-Shabaab fighters stormed a base in Lower Shabelle on Friday, officials "
     "said. A spokesman said six attackers were killed in the fighting, \"including three foreign fighters\", and "
     "that the bodies of three of them were still at the scene. Separately, two civilians died in a roadside blast "
     "in Afgoye.", 8),
    # "the other two dead" is the rest of one toll, not another incident (Syria, Gaza)
    ("An Israeli airstrike hit a residential building in Damascus late Thursday, killing at least four people, an "
     "opposition war monitor said. Syrian state media said two civilians were killed. The Observatory said the "
     "strike targeted an apartment used by an Iraqi group. It said the other two dead were civilians.", 4),
    ("An Israeli strike on a house in Deir al-Balah killed at least six people, a hospital official said. The "
     "health ministry said three women were killed. It said the other three dead were children.", 6),
    # some of those the figure counts, told by when they died, are no part of a sum (Syria, Sudan)
    ("Warplanes struck the market in Ariha on Monday, killing 21 civilians, SNHR said. Its researcher said the "
     "warplanes carried out four strikes, and that two of the victims died of their wounds on Tuesday morning. Civil "
     "defence teams recovered 19 bodies on the day of the attack.", 21),
    ("Drones struck the Abu Shouk camp on Friday, killing 12 people, medics said. They said three of the victims "
     "died in hospital on Saturday. Volunteers buried nine bodies on the day of the attack.", 12),
])
def test_another_sides_dead_do_not_make_an_aggregate(nlp, make_article, text, figure):
    drafts, _ = _run(nlp, make_article(text))
    assert figure in [c.low for d in drafts for c in d.casualty_claims]


# ... but a figure with one victim named afterwards is not a sum.
def test_named_single_victims_do_not_make_an_aggregate(nlp, make_article):
    text = ("Shelling killed 43 people in Jayrud on Saturday. Two medics were among the dead. One of those "
            "killed was the head of the medical centre. In Latakia a pilot was killed.")
    drafts, _ = _run(nlp, make_article(text))
    assert 43 in [c.low for d in drafts for c in d.casualty_claims]


BACKGROUND = [
    # vague displacement figures are population movements, not an incident's toll
    "Tens of thousands of Syrians displaced from Aleppo have found refuge in Idlib.",
    "Thousands fled the fighting in El Geneina on Monday.",
    # a crackdown or a campaign that "has killed" sums many incidents
    "The regime's backlash on protests that erupted in mid-March has killed more than 1,200 civilians.",
    "The army's crackdown in Sagaing has killed at least 300 villagers, rights groups say.",
    # a war or a coup told with two words before it (Myanmar, Cameroon)
    "The junta has killed at least 5,600 civilians since the February 2021 coup, a rights group said.",
    "Government troops have killed at least 300 protesters since the Anglophone separatist uprising, a rights group "
    "says.",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_background_figures_are_not_claims(nlp, make_article, text):
    drafts, tolls = _run(nlp, make_article(text))
    assert _claims(drafts) == []
    assert tolls


def test_seed_003_claims_attach_to_the_main_incident(nlp, make_article):
    """A lead told by a placeless headline is continued, not replaced, by the sentence naming the place."""
    drafts, _ = _run(nlp, _seed(make_article, "003"))
    main = drafts[0]
    assert main.event_type == "massacre"
    assert any((c.outcome, c.low, c.high) == ("killed", 47, 53) for c in main.casualty_claims)
    # "about 500 athletically built armed men ... had killed members of nine families" counts killers
    assert all(c.low != 500 for d in drafts for c in d.casualty_claims)


@pytest.mark.parametrize("stem", ["000", "001"])
def test_seed_jisr_al_shughour_assault_is_main(nlp, make_article, stem):
    drafts, _ = _run(nlp, _seed(make_article, stem))
    assert drafts[0].event_type == "assault_on_town"


PLACELESS_LEADS = [
    "Massacre reported in Sudanese town\n\nWitnesses said RSF fighters killed at least 40 people in Geneina on Monday.",
    "Strike hits village in Myanmar\n\nResidents said a military air strike killed 17 people in Pa Zi Gyi.",
]


@pytest.mark.parametrize("text", PLACELESS_LEADS)
def test_place_after_a_placeless_lead_does_not_open_an_incident(nlp, make_article, text):
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 1 and drafts[0].casualty_claims


# --- one claim per figure per source ---------------------------------------------------------------
ONE_PER_FIGURE = [
    # a post told first, its holder named later and quoted by his surname: one speaker, named
    ("Thirty-eight people were killed when gunmen attacked Mbar village in Plateau State on Monday night, the "
     "chairman of the council has said. The chairman, Sati Gogwim, told PREMIUM TIMES that the attackers came at "
     "10 p.m. \"As I speak to you, we have recovered 38 corpses,\" Mr Gogwim said.",
     [("killed", 38, 38, "Mr Gogwim")]),
    # ... but a figure told again with another hedge is another figure (the guidelines: one per figure per source)
    ("At least 38 people were killed when gunmen attacked Mbar village in Plateau State on Monday night, the "
     "chairman of the council has said. The chairman, Sati Gogwim, told PREMIUM TIMES that the attackers came at "
     "10 p.m. \"As I speak to you, we have recovered 38 corpses,\" Mr Gogwim said.",
     [("killed", 38, None, "chairman of the council"), ("killed", 38, 38, "Mr Gogwim")]),
    # the same source repeats its figure with another hedge, or with other words for the victims
    ("The Takfiri group has executed at least 24 civilians after seizing a village, a monitor said Friday. "
     "The Syrian Observatory for Human Rights said the group executed 24 civilians in the last 24 hours.",
     [("killed", 24, None, "Syrian Observatory for Human Rights")]),
    ("At least 14 people were killed in a drone strike on a market in Sennar, the health ministry said. "
     "The ministry later said 14 people were killed, among them three children.",
     [("killed", 14, None, "health ministry"), ("killed", 3, 3, "health ministry")]),
    # the outlet's lead, then the source it relays
    ("A girl was killed and two others were injured on Sunday by rocket shells fired by terrorists on al-Furqan "
     "neighborhood in Aleppo. A source at Aleppo Police Command told SANA that terrorists fired rocket shells at "
     "al-Furqan, claiming the life of a girl and injuring two people.",
     [("killed", 1, 1, "A source at Aleppo Police Command"), ("injured", 2, 2, "A source at Aleppo Police Command")]),
    # a vague figure, then the same source's exact one
    ("Activists said soldiers killed dozens of civilians in Homs overnight. Activists' reports put the death "
     "toll at between 47 and 53.", [("killed", 47, 53, "activists")]),
    # "another" victim is another claim, whoever tells it
    ("A soldier was killed by a sniper near Bakhmut on Monday, the army said. Another soldier was killed by "
     "shelling near the town.", [("killed", 1, 1, "army"), ("killed", 1, 1, "army")]),
    ("Gunmen killed a farmer in Kajuru on Sunday, police said. A second farmer was killed in Kauru on Monday, "
     "police said.", [("killed", 1, 1, "police"), ("killed", 1, 1, "police")]),
    # a death told again of someone already counted is no claim of its own
    ("A woman was killed when a rocket hit her home in Aleppo, SANA said. The woman succumbed to her wounds, a "
     "police source told the agency.", [("killed", 1, 1, "SANA")]),
    ("One man was killed in a shooting on Elm Street on Saturday, police said. He was pronounced dead at the "
     "hospital.", [("killed", 1, 1, "police")]),
    # one speaker spelt two ways gives one claim ("sources" ... "a local source", "army" ... "an army
    # statement"), under the name that names it best
    ("Three people were killed when a drone hit a car near Qamishli, sources said. A local source said three "
     "people were killed in the strike.", [("killed", 3, 3, "A local source")]),
    ("Twelve soldiers were killed in an ambush near Djibo, the army said. An army statement said twelve "
     "soldiers were killed in the attack.", [("killed", 12, 12, "An army statement")]),
    # but the outlet's own voice never takes a figure from a named speaker
    ("Twelve people were killed in a strike on Kharkiv, Reuters reported. Twelve people were killed, the regional "
     "governor Oleg Synegubov said.",
     [("killed", 12, 12, "Reuters"), ("killed", 12, 12, "regional governor Oleg Synegubov")]),
    # counter-case: two sources that share a word are two speakers
    ("Five soldiers were killed in shelling in Idlib, the Syrian army said. The Syrian Observatory for Human "
     "Rights also said five soldiers were killed.",
     [("killed", 5, 5, "Syrian army"), ("killed", 5, 5, "Syrian Observatory for Human Rights")]),
    ("Six people were killed in a strike on Kramatorsk, the regional governor said. The Ukrainian military also "
     "said six people were killed.", [("killed", 6, 6, "regional governor"), ("killed", 6, 6, "Ukrainian military")]),
    # the same figure from two sources is two claims
    ("Air strikes killed 12 people in Douma, the Observatory said. Civil defence workers also said 12 people "
     "were killed.", [("killed", 12, 12, "Syrian Observatory for Human Rights"), ("killed", 12, 12, "civil defense")]),
]


# A bare post told again ("the governor said") is the post, not a place the tagger took for a person and told
# before the post's first mention with a clause between them ("in Kryvyi Rih on Monday, the regional governor said")
# (Ukraine, Nigeria).
@pytest.mark.parametrize("text, speakers", [
    ("A Russian missile killed nine people in Kryvyi Rih on Monday, the regional governor said. Twelve others were "
     "wounded, the governor said.", {"regional governor", "governor"}),
    ("Gunmen killed nine people in Bokkos on Sunday night, the council chairman said. Eight others were wounded, the "
     "chairman said.", {"council chairman", "chairman"}),
])
def test_a_post_told_again_is_no_place_before_it(nlp, make_article, text, speakers):
    drafts, _ = _run(nlp, make_article(text))
    assert {c[3] for c in _claims(drafts)} <= speakers


# Who speaks for the sentences after a lead (Ukraine, South Sudan, Nigeria, Sudan):
# - a post told in the lead is the person the next sentences name with it ("the regional governor said. Governor
#   Ivan Fedorov said"); another post named there is someone else;
# - an outlet that carries a source named before it ("..., Oleh Kiper reported on Telegram, Ukrinform reports") is no
#   speaker of the sentences after it: they go on with the source.
@pytest.mark.parametrize("text, speaker", [
    ("A Russian missile strike on Zaporizhzhia killed eight people on Saturday, the regional governor said. Governor "
     "Ivan Fedorov said on Telegram that the search had ended.", "Ivan Fedorov"),
    ("At least 17 people were killed when armed youth attacked a village in Duk County, the county commissioner said. "
     "Commissioner Gai Chol Kuol told Radio Tamazuj the attackers came from Pibor.", "Gai Chol Kuol"),
    ("Gunmen killed 12 villagers in Bokkos on Sunday night, the state police spokesman said. The spokesman, Alfred "
     "Alabo, told reporters that 40 houses were burnt.", "Alfred Alabo"),
    ("Bandits killed 21 residents of Kucheri on Tuesday, the local government chairman said. Chairman Bello Ahmad "
     "said 30 people were abducted.", "Bello Ahmad"),
    ("A Russian drone strike on Kharkiv killed three people, the regional governor said. Mayor Ihor Terekhov said "
     "power was cut in two districts.", "regional governor"),
    ("Russian troops struck Odesa overnight, Oleh Kiper, head of the regional administration, reported on Telegram, "
     "Ukrinform reports. Five people were killed and 14 were injured.", "Oleh Kiper"),
    ("The RSF shelled a market in El Fasher on Sunday, the Sudan Doctors Network said, Xinhua reported. Twenty-three "
     "people were killed and 40 were injured.", "Sudan Doctors Network"),
])
def test_who_speaks_after_the_lead(nlp, make_article, text, speaker):
    drafts, _ = _run(nlp, make_article(text))
    assert [c[3] for c in _claims(drafts)] and all(speaker in c[3] for c in _claims(drafts))


@pytest.mark.parametrize("text, expected", ONE_PER_FIGURE)
def test_one_claim_per_figure_per_source(nlp, make_article, text, expected):
    drafts, _ = _run(nlp, make_article(text))
    assert sorted(_claims(drafts), key=str) == sorted(expected, key=str)


def test_breakdown_by_place_is_not_claims(nlp, make_article):
    text = ("At least nine civilians were killed Thursday in airstrikes on Eastern Ghouta, civil defense sources "
            "said. At least four civilians were killed in the city of Arbin and one was killed in each of the "
            "cities of Harasta and Douma, the sources said.")
    drafts, _ = _run(nlp, make_article(text))
    assert _claims(drafts) == [("killed", 9, None, "civil defense")]
    text = ("An opposition monitoring group put the death toll at 494. The Damascus Media Office said 150 bodies "
            "were counted in Hammouriya 100 in Kfar Batna 67 in Saqba 61 in Douma 76 in Mouadamiya and 40 in Erbin.")
    drafts, _ = _run(nlp, make_article(text))
    assert [c[1] for c in _claims(drafts)] == [494]


@pytest.mark.parametrize("text, kept", [
    # two outcomes told of one place are no list of places (Russia-Ukraine, Sudan): the figures stay
    ("A drone attack on Kyiv killed three people and wounded 16, officials said. In Belgorod, Governor Vyacheslav "
     "Gladkov said Ukrainian shelling killed two civilians and wounded five in the village of Murom.",
     {("killed", 2), ("injured", 5)}),
    ("Shelling killed 20 people and wounded 60 in El Fasher, medics said. Separately, activists said a drone "
     "killed four people and wounded nine in the town of Tawila.", {("killed", 4), ("injured", 9)}),
])
def test_two_outcomes_of_one_place_are_no_breakdown(nlp, make_article, text, kept):
    drafts, _ = _run(nlp, make_article(text))
    assert kept <= {(c[0], c[1]) for c in _claims(drafts)}


def test_earlier_incident_in_a_clause_is_secondary(nlp, make_article):
    text = ("Syrian soldiers launched an assault on the town of Jisr al-Shughour on Sunday, shelling the town that "
            "had been the site of fighting that the regime has said left 120 state security officers dead last "
            "week. More than 5,000 refugees have crossed into Turkey, Reuters reported.")
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 2
    main, earlier = drafts
    assert ("killed", 120, 120) not in [(c.outcome, c.low, c.high) for c in main.casualty_claims]
    assert [(c.outcome, c.low, c.high) for c in earlier.casualty_claims] == [("killed", 120, 120)]
    assert not earlier.main
    # the lead's own "last week" is the lead's date, not an earlier incident
    text = ("Ten children were among at least 48 people killed in a Syrian village last week when regime forces "
            "executed six families, a monitoring group said on Saturday.")
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 1 and len(drafts[0].casualty_claims) == 2


SINGLED_OUT = [
    # one victim named out of a toll already told
    ("Government bombardment of Jayrud killed 43 people, the Observatory said. One of those killed was Amjad "
     "al-Danaf, head of the medical centre.", [("killed", 43, 43, "all")]),
    # "one of them a woman": a part with its victims
    ("Terrorists fired rocket shells at al-Furqan, injuring two people, one of them a woman, a police source said.",
     [("injured", 2, 2, "all"), ("injured", 1, 1, "women")]),
    # a part told in the next sentence
    ("The Observatory said 12 people were killed in Raqa. Six of them were children.",
     [("killed", 12, 12, "all"), ("killed", 6, 6, "children")]),
]


@pytest.mark.parametrize("text, expected", SINGLED_OUT)
def test_parts_of_a_toll(nlp, make_article, text, expected):
    drafts, _ = _run(nlp, make_article(text))
    got = [(c.outcome, c.low, c.high, c.victims) for d in drafts for c in d.casualty_claims]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_footage_over_several_sentences(nlp, make_article):
    text = ("Activists said 494 people were killed in the gas attack. One video showed the bodies of a dozen "
            "people lying on the floor of a clinic. A voice-over said they were members of a single family. In a "
            "corridor outside lay another five bodies.")
    drafts, _ = _run(nlp, make_article(text))
    assert [c[1] for c in _claims(drafts)] == [494]


def test_historic_comparison_opens_no_incident(nlp, make_article):
    text = ("Opposition activists said 500 people were killed in a gas attack on Ghouta on Wednesday. In 1988 3000 "
            "to 5000 Iraqi Kurds were gassed by Saddam Hussein's forces at Halabja. The Syrian National Coalition "
            "said 650 people died.", )[0]
    drafts, _ = _run(nlp, make_article(text, pub_date="2013-08-21"))
    assert len(drafts) == 1
    assert [c[1] for c in _claims(drafts)] == [500, 650]


def test_one_day_nationwide_figure_is_an_incident(nlp, make_article):
    text = ("Washington called on Syria to let medics in, after reports that Syrian forces had the previous day "
            "killed at least 25 protesters across the country.")
    drafts, tolls = _run(nlp, make_article(text))
    assert ("killed", 25, None) in [c[:3] for c in _claims(drafts)]
    text = "The army killed scores of terrorists across the country on Wednesday."
    drafts, tolls = _run(nlp, make_article(text))
    assert not _claims(drafts) and [(t.low, t.high) for t in tolls] == [(40, None)]


def test_back_reference_to_an_earlier_year(nlp, make_article):
    text = ("At least four people died when gas was dropped on Aleppo on Wednesday, a hospital said. UN "
            "investigators established that sarin gas was used in Eastern Ghouta in 2013. The United States "
            "accused Damascus of that attack which it estimates killed 1429 people.")
    drafts, _ = _run(nlp, make_article(text, pub_date="2016-08-11"))
    assert [c[1] for c in _claims(drafts)] == [4]


def test_standfirst_before_tags_is_not_counted_twice(nlp, make_article):
    text = ("Date of publication 29 August 2016 Airstrikes kill seven and wound dozens more in Homs. Tags Syria "
            "Homs Siege Jets struck the besieged Al-Waer neighborhood in Homs on Sunday. According to Reuters "
            "airstrikes on the residential area killed at least seven people and injured dozens more civilians.")
    drafts, _ = _run(nlp, make_article(text))
    assert sorted(c[:3] for c in _claims(drafts)) == [("injured", 24, None), ("killed", 7, None)]


def test_a_lede_told_twice_is_counted_once(nlp, make_article):
    text = ("According to media reports the Peoples Protection Units killed 17 Turkish servicemen and left three "
            "others wounded Kurdish media reported citing a source in the YPG. MOSCOW (Sputnik) The Peoples "
            "Protection Units (YPG) killed 17 Turkish servicemen and left three others wounded Kurdish media "
            "reported citing a source in the YPG.")
    drafts, _ = _run(nlp, make_article(text))
    assert sorted(c[:3] for c in _claims(drafts)) == [("injured", 3, 3), ("killed", 17, 17)]
    # the copy after a headline that was not counted is the one that counts
    text = ("Syria Dozens Martyred Injured in Qamishli ISIL Terrorist Attack\nA car bomb attack killed at least 44 "
            "and injured 140 others on Wednesday in Qamishli.")
    drafts, _ = _run(nlp, make_article(text))
    assert sorted(c[:3] for c in _claims(drafts)) == [("injured", 140, 140), ("killed", 44, None)]


def test_an_old_year_before_the_figure_is_background(nlp, make_article):
    text = ("Government shelling killed 12 people in Hama on Sunday, activists said. The city was also the centre of "
            "an uprising in 1982 which was suppressed by the army with as many as 4000 people dying.")
    drafts, _ = _run(nlp, make_article(text, pub_date="2016-05-02"))
    assert [c[1:3] for c in _claims(drafts)] == [(12, 12)]


def test_a_standfirst_figure_told_only_there_stays(nlp, make_article):
    text = ("Date of publication 4 April 2017 At least 72 people including nine children were killed in an airstrike "
            "on Khan Sheikhun on Tuesday a monitor said. Tags Syria Khan Sheikhun The Syrian Observatory for Human "
            "Rights said at least 72 people were killed in the attack on Tuesday.")
    drafts, _ = _run(nlp, make_article(text))
    assert sorted(c[:3] for c in _claims(drafts)) == [("killed", 9, 9), ("killed", 72, None)]


def test_a_repeated_sentence_keeps_its_new_figures(nlp, make_article):
    text = ("24-08-2014 Syrian Army Kills 50 Al-Nusra Front Terrorists in Daraa. The Syrian army had successfully "
            "killed at least 50 Al-Qaeda-linked terrorists in Daraa countryside in Southern Syria The Syrian army had "
            "successfully killed at least 50 Al-Qaeda-linked terrorists in Daraa countryside in Southern Syria as "
            "army units made major advances in the town of Arabeen in Eastern Ghouta killing at least 35 terrorists "
            "in fierce clashes.")
    drafts, _ = _run(nlp, make_article(text))
    assert sorted(c[:3] for c in _claims(drafts)) == [("killed", 35, None), ("killed", 50, None)]


def test_site_furniture_numbers_are_not_figures(nlp, make_article):
    text = ("21.05.2017(updated 2139 21.05.2017) Get short URL 2440 67 At least 45 people were killed and 30 wounded "
            "by a suicide bombing in Idlib province.")
    drafts, _ = _run(nlp, make_article(text))
    assert sorted(c[:3] for c in _claims(drafts)) == [("injured", 30, 30), ("killed", 45, None)]


def test_the_same_figure_for_another_place_is_another_claim(nlp, make_article):
    text = ("A source at Aleppo Police Command said terrorists fired shells on al-Midan neighborhood killing 2 "
            "civilians. The source added that shells on al-Sukkari neighborhood also killed 2 civilians.")
    drafts, _ = _run(nlp, make_article(text))
    assert [c[:3] for c in _claims(drafts)] == [("killed", 2, 2), ("killed", 2, 2)]


def _blame(perpetrator, speaker="Syrian Observatory for Human Rights", stance="accuses"):
    from sitrep.records import PerpetratorClaim, Span, Speaker
    return PerpetratorClaim(perpetrator, Speaker(speaker, speaker, "monitor"), stance, Span(0, 1, "x"), Span(0, 1, "x"))


@pytest.mark.parametrize("names, kept", [
    (["the Houthis", "Houthis"], ["the Houthis"]),
    (["Russia's air force", "Russia air force"], ["Russia's air force"]),
    (["Free Syrian Army", "Syrian Army"], ["Free Syrian Army", "Syrian Army"]),   # enemies, not one actor
    (["RSF", "SAF"], ["RSF", "SAF"]),
    # a party told with and without its means (Syria, Ukraine, the Sahel): one blame
    (["regime", "regime forces"], ["regime"]),
    (["Russian jets", "Russian"], ["Russian jets"]),
    (["Islamic State Sahel Province", "Islamic State Sahel Province fighters"], ["Islamic State Sahel Province"]),
    # one word and its plural (Syria's state media, Yemen): one blame
    (["rebel", "rebels"], ["rebel"]),
    (["Houthis", "Houthi"], ["Houthis"]),
    # counter-cases: other words after the name are another party or no means
    (["Syrian", "Syrian Observatory"], ["Syrian", "Syrian Observatory"]),
    (["rebel", "rebel groups"], ["rebel", "rebel groups"]),
    (["army", "army units and allied militias"], ["army", "army units and allied militias"]),
])
def test_one_blame_per_actor_speaker_and_stance(names, kept):
    from sitrep.extract.incidents import distinct_perpetrator_claims
    assert [p.perpetrator for p in distinct_perpetrator_claims([_blame(n) for n in names])] == kept


def test_the_same_blame_by_another_speaker_or_stance_is_kept():
    from sitrep.extract.incidents import distinct_perpetrator_claims
    claims = [_blame("Boko Haram"), _blame("Boko Haram", speaker="Nigerian army"),
              _blame("Boko Haram", speaker="Boko Haram", stance="claims_responsibility")]
    assert len(distinct_perpetrator_claims(claims)) == 3


@pytest.mark.parametrize("speakers, kept", [
    # one speaker told again by a shorter name (Yemen, Ukraine): one blame
    (["Colonel Turki al-Maliki", "Maliki"], ["Colonel Turki al-Maliki"]),
    (["Kharkiv region Governor Oleg Synegubov", "Synegubov"], ["Kharkiv region Governor Oleg Synegubov"]),
    # one party claiming, told with and without its article (Iraq, Somalia): one claim
    (["The Islamic State group", "Islamic State group"], ["The Islamic State group"]),
    (["the al-Shabaab militant group", "al-Shabaab militant group"], ["the al-Shabaab militant group"]),
    # two speakers: two blames
    (["a military source", "a medical source"], ["a military source", "a medical source"]),
    # one body named two ways keeps each name as told (Syria): the gold names either
    (["SDF-linked Internal Security Forces", "Kurdish-led Internal Security Forces (Asayish)"],
     ["SDF-linked Internal Security Forces", "Kurdish-led Internal Security Forces (Asayish)"]),
])
def test_a_speaker_told_again_by_a_shorter_name_blames_once(speakers, kept):
    from sitrep.extract.incidents import distinct_perpetrator_claims
    claims = [_blame("the Houthis", speaker=s) for s in speakers]
    assert [p.speaker.name for p in distinct_perpetrator_claims(claims)] == kept


# Period and campaign totals (a month, a front, a campaign, operations) are tolls; an incident dated to
# such a period is an incident. Several wars, outlets' and monitors' styles.
PERIOD_TOTALS = [
    # a monitor's monthly count (Syria, Yemen, Ukraine)
    ("Last month nearly 1200 Syrian civilians were killed, the Syrian Network for Human Rights claimed, "
     "including 192 children.", "last month"),
    ("In September at least 430 civilians were killed across Yemen, the Yemen Data Project said in its "
     "monthly report.", "september"),
    ("In its monthly report, the UN monitoring mission said 320 civilians were killed in Ukraine in March.",
     "monthly"),
    # a ministry's running total for the month, present perfect (Nigeria)
    ("Boko Haram has killed at least 120 people in Borno this month, the state government said.", "this month"),
    # a month used as the span of a bombardment (Syria, wire copy)
    ("More than 100 civilians have been killed and 700 injured in August shelling of Aleppo, local "
     "authorities said.", "august"),
    # fronts, operations, campaigns (Iraq/Syria, Sudan, Myanmar)
    ("He claimed that at least 6000 ISIS militants have been killed on this front.", "front"),
    ("The group has reported hundreds of civilians killed in operations against IS in Deir az-Zour.",
     "operations"),
    ("At least 400 people have been injured during this bombing campaign, according to the monitoring office.",
     "campaign"),
    ("Clashes among rebel groups in Eastern Ghouta in less than one month have killed over 350 militants.",
     "month"),
    ("The RSF have killed more than 2,000 people on several fronts in Darfur, the doctors' union said.", "front"),
    ("The military has killed at least 600 civilians during its air campaign in Sagaing, the AAPP said.",
     "campaign"),
    ("OCHA said last week that 20000 people have already been displaced as a result of the Kurdish-led "
     "offensive.", "offensive"),
    # a campaign's running count whose span is an aside's neighbour ("- mainly women and children -")
    ("At least 400 people - mainly women and children - have been injured during this bombing campaign, "
     "according to the monitoring office.", "campaign"),
    # the day the figure was told is not the day it happened
    ("More than 100 civilians have been killed in August shelling of Aleppo, local authorities told reporters "
     "on Saturday.", "august"),
    # "since <month>", a date range, a battle's running count (Syria: AFP, SNHR, Observatory)
    ("More than 300 civilians have been killed in Aleppo since April, the Observatory said.", "since april"),
    ("According to SNHR the number of victims from Friday March 27 2015 to Friday April 10 2015 has reached 236 "
     "individuals.", "april 10 2015"),
    ("The battle in Latakia has killed some 300 fighters on both sides, the Observatory said.", "battle"),
    ("At least 287 IS fighters had been killed in the fight for Hasakeh, he said.", "fight for"),
    # flight driven by fighting that goes on (Syria, Sudan)
    ("Meanwhile fighting between Islamic State militants and a Kurdish-Arab alliance has forced 13000 residents "
     "to flee the city of Manbij.", "fighting"),
    ("Clashes between the army and the RSF in El Fasher have forced 20,000 people to flee, the IOM said.",
     "clashes"),
    # a span opened by a ceasefire's collapse or talks breaking off; a week of bombing; an offensive begun earlier
    ("The Observatory said 213 civilians have been killed in and around Aleppo since a U.S.-Russian brokered "
     "cease-fire collapsed Monday evening.", "collapsed"),
    ("Hundreds of people have been killed there since peace talks broke off.", "broke off"),
    ("Hundreds of civilians have been killed in Idlib since the breakdown of a ceasefire last month.", "breakdown"),
    ("The regime scaled down air raids on Aleppo after hundreds were killed in a week of intense bombing.",
     "week of"),
    ("Kurdish forces killed at least 175 militants in an offensive which began last weekend, the Observatory "
     "said.", "offensive which began"),
    # a vague running count in the present perfect, with no day or single attack (Syria, Yemen)
    ("But activists say coalition strikes in support of the operation have killed hundreds of civilians.",
     "running count"),
    ("Saudi-led air strikes have claimed hundreds of civilian lives in Saada, rights groups say.", "running count"),
    # vague war-scale figures with no day
    ("Hariri said Assad's warplanes have killed thousands of children and women.", "war-scale"),
]


@pytest.mark.parametrize("text, scope_part", PERIOD_TOTALS)
def test_period_and_campaign_totals_are_tolls(nlp, make_article, text, scope_part):
    drafts, tolls = _run(nlp, make_article(text))
    assert _claims(drafts) == []
    assert tolls and all(scope_part in t.scope.lower() for t in tolls)


DATED_INCIDENTS = [
    # a single attack dated to a month is an incident, not the month's total
    ("Last month an air strike on a market in Maarat al-Numan killed 30 people, activists said.", 30),
    ("In September a car bomb in Aden killed 15 soldiers, officials said.", 15),
    ("Last month, soldiers killed 17 villagers in Sagaing, residents said.", 17),
    ("Last month the RSF assault on Zamzam camp killed more than 400 people, aid workers said.", 400),
    # a day inside the month or the front makes it that day's incident
    ("Five soldiers were killed on the front near Bakhmut on Tuesday, the ministry said.", 5),
    ("Gunmen killed 12 people in Zamfara this month on Sunday, police said.", 12),
    ("Ten soldiers were killed on the front line near Bakhmut, the general staff said.", 10),
    ("Thousands were killed on Wednesday when the dam burst, officials said.", 2000),
    # found in FA-KES: incidents told with a month, a plural attack or an offensive, which stay incidents
    ("Also in July over 25 civilians were killed and at least 100 more were wounded in US air attacks on an "
     "ISIL-held village near the town of Manbij.", 25),
    ("In March two blasts near Bab al-Saghir cemetery in Damascus killed at least 40 people and injured 120 "
     "others.", 120),
    ("Suspected regime strikes killed at least 37 civilians in Maaret al-Numan in April, sparking "
     "condemnation.", 37),
    ("Last month two people were injured as gunmen fired 28 shells on al-Mushrefeh village.", 2),
    ("Nearly 30 militants have been killed in an offensive they had unsuccessfully launched to reopen a supply "
     "route into Aleppo.", 30),
    ("In May twin car bombs in Maiduguri killed 18 people, the police said.", 18),
    ("The deadliest attack since April killed 40 people in Aden on Sunday.", 40),
    ("Hundreds of people have been killed in airstrikes and a chemical weapons attack on rebel-held areas near "
     "Damascus, Hague said.", 200),
    ("Hundreds of people have been killed as jets continued on Monday to pound rebel-held Aleppo.", 200),
    ("Fighting in Sennar on Tuesday forced 3,000 people to flee their homes, the IOM said.", 3000),
    ("At least 12 soldiers were killed in the battle for Marawi on Sunday, the army said.", 12),
    ("At least 20 people have been killed in an air strike on a market in Sanaa, medics said.", 20),
]


@pytest.mark.parametrize("text, figure", DATED_INCIDENTS)
def test_incidents_dated_to_a_month_stay_incidents(nlp, make_article, text, figure):
    drafts, _ = _run(nlp, make_article(text))
    assert figure in [c.low for d in drafts for c in d.casualty_claims]


CARRIED_SCOPES = [
    # a monitor going through its year's totals (Syria, AFP style)
    ("The Observatory has documented the killing of 5812 civilians in air raids over the past year. "
     "Meanwhile rebel fire on regime-held areas killed 1102 people, said the Observatory, adding that 234 of "
     "them were children.", 1102),
    # a report's running total after "since <day month year>" (Syria, SNHR)
    ("The Syrian Network for Human Rights said ISIS had forced 33000 residents out of their homes in Abu Hamam "
     "since 10 August 2014. According to the report ISIS has executed around 367 people in the town while 240 "
     "more have gone missing.", 367),
]


@pytest.mark.parametrize("text, figure", CARRIED_SCOPES)
def test_a_monitors_next_total_keeps_the_span(nlp, make_article, text, figure):
    drafts, tolls = _run(nlp, make_article(text))
    assert figure not in [c.low for d in drafts for c in d.casualty_claims]
    assert figure in [t.low for t in tolls]


def test_a_weeks_long_offensive_before_a_monitors_figure_is_no_span_for_it(nlp, make_article):
    text = ("The villages are near Manbij, a town the SDF have been trying to capture in a weeks-long offensive. "
            "The Observatory said at least 56 civilians including 11 children were killed in the strikes on the "
            "villages.")
    drafts, _ = _run(nlp, make_article(text))
    assert 56 in [c.low for d in drafts for c in d.casualty_claims]


def test_a_monitors_figure_for_a_named_days_fighting_is_an_incident(nlp, make_article):
    text = ("The Observatory said 20000 people had fled over the last few days. Five civilians were killed in "
            "Mondays fighting in al-Sabha, the Observatory said.")
    drafts, _ = _run(nlp, make_article(text))
    assert 5 in [c.low for d in drafts for c in d.casualty_claims]


def test_wounded_after_a_nationwide_figure_stay_the_strikes_wounded(nlp, make_article):
    text = ("Earlier it was reported that air strikes have killed at least 24 people nationwide. The Syrian "
            "Observatory for Human Rights also said that more than 90 people might have been wounded in the air "
            "strikes which hit a market place in Idlib.")
    drafts, _ = _run(nlp, make_article(text))
    assert ("injured", 90, None) in [c[:3] for c in _claims(drafts)]


def test_the_same_monitors_figure_for_a_day_is_an_incident(nlp, make_article):
    text = ("The Observatory said 5812 civilians were killed over the past year. Meanwhile on Sunday an air "
            "strike on Douma killed 12 people, the Observatory said.")
    drafts, tolls = _run(nlp, make_article(text))
    assert 12 in [c.low for d in drafts for c in d.casualty_claims]
    assert [t.low for t in tolls] == [5812]


def test_a_timeline_entry_is_not_news(nlp, make_article):
    text = ("Russian jets struck a hospital in Idlib on Monday, killing nine people, the Observatory said. "
            "August 21 2013 Washington accuses the regime of killing more than 1400 people with chemical weapons.")
    drafts, _ = _run(nlp, make_article(text, pub_date="2016-05-02"))
    lows = [c.low for d in drafts for c in d.casualty_claims]
    assert 9 in lows and 1400 not in lows


def test_a_timeline_told_again_without_dates_is_not_news(nlp, make_article):
    text = ("Russian jets struck a hospital in Idlib on Monday, killing nine people, the Observatory said. "
            "August 21 2013 Washington accuses the regime of killing more than 1400 people with chemical weapons "
            "in rebel-held districts near Damascus. Washington accuses the regime of killing more than 1400 people "
            "with chemical weapons in rebel-held districts near Damascus.")
    drafts, _ = _run(nlp, make_article(text, pub_date="2016-05-02"))
    lows = [c.low for d in drafts for c in d.casualty_claims]
    assert 9 in lows and 1400 not in lows


RUNNING_TOLLS = [
    ("The death toll rose by 12 to 57, the health ministry said.", ("killed", 57, 57)),
    ("The ministry said the toll from Sunday's shelling of Donetsk had risen by five to 27.", ("killed", 27, 27)),
    ("The death toll from the bombing in Maiduguri has risen from 45 to 57, police said.", ("killed", 57, 57)),
]


@pytest.mark.parametrize("text, expected", RUNNING_TOLLS)
def test_a_toll_risen_by_a_step_is_the_new_level(nlp, make_article, text, expected):
    drafts, _ = _run(nlp, make_article(text))
    assert [c[:3] for c in _claims(drafts)] == [expected]


@pytest.mark.parametrize("text", [
    "Car bomb attack in Homs AFP Tuesday 29 Apr 2014 Print Tweet Views 371 Related Syrian refugees arrive in "
    "new Jordan camp. A car bomb in Homs killed at least 45 people.",
    "A car bomb in Homs killed at least 45 people. 319 Related Russian MoD Releases Footage of Strikes Targeting "
    "Militants Fleeing Raqqa",
])
def test_view_counts_are_not_figures(nlp, make_article, text):
    drafts, _ = _run(nlp, make_article(text))
    assert [c[:3] for c in _claims(drafts)] == [("killed", 45, None)]


@pytest.mark.parametrize("text, figure", [
    ("International leaders have condemned the attacks which killed 58 people in Khan Sheikhoun. "
     "Syrian regime jets pounded Douma on Monday, killing 12 people.", 12),
    ("The African Union condemned the massacre that left 40 villagers dead in Darfur. "
     "RSF fighters stormed the market in El Fasher on Tuesday, killing 9 traders.", 9),
])
def test_a_judge_of_one_deed_does_not_speak_for_the_next_sentence(nlp, make_article, text, figure):
    drafts, _ = _run(nlp, make_article(text))
    speakers = {c.low: c.speaker.kind for d in drafts for c in d.casualty_claims}
    assert speakers[figure] == "outlet"


# The headline names the lead story: the incident with the headline's figure or place is main,
# even when the article tells another one first.
HEADLINED = [
    # Syria: a roundup whose Hama section comes before the Idlib blast the headline is about
    ("30 Militants Killed in Idleb Army Advances in Hama",
     "Syrian troops regained the town of Khattab in Hama province on Monday after clashes that killed 6 "
     "soldiers, a military source said. "
     "In Idlib thirty militants were killed in an explosion at a meeting of their commanders, the Observatory "
     "said.", 30),
    # Yemen: the headline's place spelled otherwise than in the story
    ("Air raid kills 14 in Hodeida",
     "Clashes in Taiz wounded 6 fighters on Monday, a military source said. "
     "An air raid on a fish market in Hodeidah killed 14 people, medics said.", 14),
    # Nigeria
    ("Gunmen kill 12 villagers in Zamfara",
     "Bandits abducted 5 travellers on the Kaduna highway on Tuesday, police said. "
     "Meanwhile gunmen killed 12 villagers in an attack on a market in Zamfara, a local official said.", 12),
    # a vague word's number is no figure: "Scores" does not point at a later "more than 40"
    ("Scores of civilians killed in airstrikes on Raqqa",
     "Overnight airstrikes on Raqqa killed 25 civilians, a monitoring group said on Wednesday. Meanwhile in Deir "
     "ez-Zor, government forces lost more than 40 troops in a militant counter-attack, the Observatory said.", 25),
]


@pytest.mark.parametrize("title, text, figure", HEADLINED)
def test_the_incident_the_headline_names_is_main(nlp, make_article, title, text, figure):
    article = make_article(text)
    article.title = title
    drafts, _ = _run(nlp, article)
    assert len(drafts) == 2
    assert [c.low for c in drafts[0].casualty_claims] == [figure]


def test_a_headline_naming_the_first_incident_keeps_it(nlp, make_article):
    # Ukraine: the headline's figure is the first incident's
    article = make_article("Shelling killed 7 people in Kherson on Monday, the governor said. "
                           "Meanwhile a drone strike wounded 3 people in Kharkiv, the mayor said.")
    article.title = "Shelling kills 7 in Kherson"
    drafts, _ = _run(nlp, article)
    assert [c.low for c in drafts[0].casualty_claims] == [7]


# Another incident told in the same sentence as a cue, with its own figures and a new place.
SECONDARY_CUES = [
    # Syria
    ("Air strikes killed 15 people in Arbin on Tuesday, the Observatory said. "
     "A monitoring group said two children were also among 9 people killed in Douma.", 15, 9),
    # Sudan
    ("RSF shelling killed 20 civilians in El Fasher on Sunday, a medical group said. "
     "The shelling came hours after a drone strike killed 8 people in Khartoum, residents said.", 20, 8),
    # Myanmar
    ("A military air strike killed 11 villagers in Sagaing on Friday, a local group said. "
     "Jets also hit a school in Magway, killing 4 students, teachers said.", 11, 4),
]


@pytest.mark.parametrize("text, main_figure, other_figure", SECONDARY_CUES)
def test_a_cued_incident_elsewhere_is_secondary(nlp, make_article, text, main_figure, other_figure):
    drafts, _ = _run(nlp, make_article(text))
    assert [d.main for d in drafts] == [True, False]
    assert [c.low for c in drafts[0].casualty_claims] == [main_figure]
    assert other_figure in [c.low for c in drafts[1].casualty_claims]


def test_also_among_the_dead_in_the_same_place_stays(nlp, make_article):
    text = ("Air strikes killed 15 people in Arbin on Tuesday, the Observatory said. "
            "Four children were also among the dead in Arbin, it said.")
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 1


# A title-only item: the headline is all the text there is, and it reports violence.
HEADLINE_ONLY = [
    ("Russian strikes kill 34 civilians in Deir Ezzor monitor AFP Sunday 26 Nov 2017",
     "Russian strikes kill 34 civilians in Deir Ezzor monitor", 34),
    ("12 April 2019 Suicide bomber kills 9 worshippers in Maiduguri mosque",
     "Suicide bomber kills 9 worshippers in Maiduguri mosque", 9),
]


@pytest.mark.parametrize("text, title, figure", HEADLINE_ONLY)
def test_a_headline_only_item_is_an_incident(nlp, make_article, text, title, figure):
    article = make_article(text)
    article.title = title
    drafts, _ = _run(nlp, article)
    assert len(drafts) == 1 and [c.low for c in drafts[0].casualty_claims] == [figure]


def test_a_headline_over_a_long_story_is_still_not_a_report(nlp, make_article):
    text = ("Shelling kills 5 in Idlib\n\nThe UN envoy met officials in Geneva on Monday to discuss the "
            "constitutional committee. Diplomats said the talks would resume next month after a pause that "
            "both sides blamed on the other, and that the envoy would brief the Security Council on the "
            "humanitarian situation and the detainees file later this week in New York.")
    drafts, _ = _run(nlp, make_article(text))
    assert _claims(drafts) == []


def test_a_cued_toll_after_a_placeless_lead_is_secondary(nlp, make_article):
    # Syria: the lead names no place NER sees; the monitor's Douma toll is another incident
    text = ("At least three children were killed and 14 injured in a rebel rocket attack on a school on Thursday, "
            "state media said. A monitoring group said a child was also among at least eight people killed in "
            "government shelling on the town of Douma.")
    drafts, _ = _run(nlp, make_article(text))
    assert [d.main for d in drafts] == [True, False]
    assert {c.low for c in drafts[0].casualty_claims} == {3, 14}
    assert 8 in [c.low for c in drafts[1].casualty_claims]


def test_a_subgroup_also_among_the_dead_after_a_placeless_lead_stays(nlp, make_article):
    # Yemen
    text = ("Air strikes killed 15 people on Tuesday, medics said. "
            "Four children were also among the dead in Saada, a local official said.")
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 1


def test_a_roundup_headline_over_several_places_keeps_the_first_incident(nlp, make_article):
    # Sudan: "in Darfur and Kordofan" names no single place, and its total is no incident's figure
    article = make_article("A drone strike killed 5 people in Nyala on Monday, residents said. "
                           "Meanwhile shelling killed 4 civilians in El Obeid, a medical group said.")
    article.title = "Attacks kill 9 in Darfur and Kordofan"
    drafts, _ = _run(nlp, article)
    assert [c.low for c in drafts[0].casualty_claims] == [5]


@pytest.mark.parametrize("title, figures, places", [
    ("28 Terrorists Killed in Idleb Syrian Army Regains Several Towns in Hamah", {28}, set()),
    ("Air raid kills 14 in Hodeida", {14}, {"hdd"}),
    ("24 killed in raids on Syrias Idlib Monitor", {24}, {"idlb"}),
    ("Attacks kill 9 in Darfur and Kordofan", {9}, set()),
    ("UN Security Council votes on Myanmar resolution", set(), set()),
    # the lead clause only: the place after "as"/"after" is background
    ("Air strikes kill 12 in Hodeidah after talks collapse in Geneva", {12}, {"hdd"}),
    ("Army kills 6 militants in Sagaing as fighting rages in Mandalay", {6}, {"sgng"}),
    ("Syrian Army Kills over 80 Terrorists in Various Provinces", {80}, set()),
])
def test_title_cues_of_headlines(title, figures, places):
    from sitrep.extract.incidents import title_cues
    found_figures, found_places = title_cues(title)
    assert {low for low, _ in found_figures} == figures and found_places == places


@pytest.mark.parametrize("title, expected", [
    ("Shelling kills 3 wounds 12 in Kharkiv", {(3, "killed"), (12, "injured")}),
    ("Four people killed including child 25 others injured in attacks in Aleppo", {(4, "killed"), (25, "injured")}),
    ("Bandits kill a farmer injure 9 in Katsina", {(9, "injured")}),
    ("Gunmen kill 12 in Zamfara", {(12, "killed")}),
])
def test_title_figures_keep_their_outcome(title, expected):
    from sitrep.extract.incidents import title_cues
    assert title_cues(title)[0] == expected


@pytest.mark.parametrize("title, figures, places", [
    ("Suicide bomber kills 9 worshippers in Maiduguri mosque", {9}, {"mdgr"}),
])
def test_title_cues(title, figures, places):
    from sitrep.extract.incidents import title_cues
    found_figures, found_places = title_cues(title)
    assert {low for low, _ in found_figures} == figures and found_places == places


def test_a_headline_figure_counts_only_for_its_own_outcome(nlp, make_article):
    # Ukraine: the headline's 7 are dead; a later incident's 7 wounded do not make it the lead
    article = make_article("Shelling killed 7 people in Kherson on Monday, the governor said. "
                           "Meanwhile a drone strike wounded 7 people in Sumy, the mayor said.")
    article.title = "Russian shelling kills 7 in Kherson region"
    drafts, _ = _run(nlp, article)
    assert [(c.outcome, c.low) for c in drafts[0].casualty_claims] == [("killed", 7)]


def test_a_relative_clause_about_the_same_raids_is_no_new_incident(nlp, make_article):
    # Syria: "the raids that also hit ..." goes on about the lead's raids
    text = ("Air strikes on a market in the rebel-held city killed 24 people on Saturday, the Observatory said. "
            "It was not clear who carried out the raids that also hit several neighbourhoods in Idlib and "
            "wounded at least 90 people.")
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 1


@pytest.mark.parametrize("text, killed", [
    # US local news: the hospital town is where they died, not another shooting
    ("A sheriff in central Montana says a Colorado woman shot her son and then herself in a murder-suicide. The "
     "sheriff says the shooting happened at a residence in Roundup on Sunday night. The woman and her child were "
     "taken to the hospital in Roundup and then transported to hospitals in Billings where they died early Monday.",
     [2]),
    # Syria: the wounded carried across the border
    ("A barrel bomb hit a market in Saraqeb on Monday, killing nine people, activists said. Another 14 wounded "
     "people were transferred to hospitals in Antakya.", [9]),
])
def test_a_place_of_care_opens_no_incident(nlp, make_article, text, killed):
    drafts, _ = _run(nlp, make_article(text))
    assert len(drafts) == 1
    assert [c.low for c in drafts[0].casualty_claims if c.outcome == "killed"] == killed


@pytest.mark.parametrize("text, killed", [
    # Sudan: the hospital shelled is the incident's place; a fight in another city last week is another incident
    ("Shelling by the Rapid Support Forces hit the Saudi hospital in El Fasher on Friday, killing nine patients, a "
     "medical source said. The RSF has besieged the city since May. Last week, fighting in Khartoum killed 20 "
     "people, activists said.", [[9], [20]]),
    # Gaza: an air strike on a clinic in one town, shelling in another
    ("An Israeli air strike on a clinic in Jabalia killed 12 people on Tuesday, the civil defence said. Separately, "
     "tank fire killed three people in Rafah, medics said.", [[12], [3]]),
])
def test_a_hospital_hit_names_the_incidents_place(nlp, make_article, text, killed):
    drafts, _ = _run(nlp, make_article(text))
    assert [[c.low for c in d.casualty_claims if c.outcome == "killed"] for d in drafts] == killed


@pytest.mark.parametrize("text, claims, toll", [
    # Nigeria, Pakistan, Syria: a total told after its parts sums several incidents: a toll
    ("Gunmen attacked two villages in Zamfara on Sunday. In the first attack, 3 people died; in the second, 5 were "
     "killed. A total of 8 people were killed in the two attacks, police said.", [3, 5], [8]),
    ("Two policemen were killed in a suicide attack in Bara on Thursday. In a separate attack in Peshawar, two more "
     "officers died. In all, four policemen were killed in the two attacks.", [2, 2], [4]),
    ("Shelling killed 4 civilians in Douma on Monday. Air strikes killed 6 in Arbin. In total, 10 civilians were "
     "killed in Eastern Ghouta on Monday, the Observatory said.", [4, 6], [10]),
    # counter-cases: a toll that rises, a total with no parts told, a total of another outcome
    ("Three people were killed in Kherson on Monday. The toll rose to 8 on Tuesday after 5 more bodies were found.",
     [3, 5, 8], []),
    ("A total of 20 people were killed in the attack on the market in Mopti, police said.", [20], []),
    ("Two people were killed in the first blast in Maiduguri and 3 in the second, police said. A total of 12 people "
     "were wounded in the attacks.", [2, 3, 12], []),
])
def test_a_total_of_parts_told_before_is_a_toll(nlp, make_article, text, claims, toll):
    drafts, tolls = _run(nlp, make_article(text))
    assert sorted(c[1] for c in _claims(drafts)) == sorted(claims)
    assert [t.low for t in tolls] == toll


@pytest.mark.parametrize("title, body, expected", [
    ("Toddler hurt in Fresno drive-by", "FRESNO, Calif. (KFSN) -- A man opened fire on seven people in a car on "
     "Tuesday night, hitting a 3-year-old girl, police said. The girl was taken to Valley Children's Hospital.", True),
    ("Driver wounded on I-94", "MILWAUKEE (WISN) -- Someone in a dark sedan shot and wounded the driver of a "
     "pickup truck on Interstate 94 early Sunday, the sheriff's office said.", True),
    ("Three charged in shooting of 3-year-old girl in Detroit", "DETROIT (WDIV) -- Three men have been charged in "
     "connection with the incident on the city's east side, the prosecutor announced Friday. They are due in court "
     "next week.", True),
    ("Shots fired in Columbus", "COLUMBUS, Ohio -- Two people were hit when shots rang out near a bus stop on the "
     "Hilltop on Friday, Columbus police said.", True),
    ("Gunfire injures man in Indianapolis", "INDIANAPOLIS -- A man is in stable condition after gunfire erupted at "
     "a gas station on the east side Monday, IMPD said.", True),
    ("Gunmen fire on market in Zamfara", "GUSAU -- Gunmen fired into a crowd at a market in Zamfara state on Sunday, "
     "striking several traders, police said.", True),
    ("Cowboys fire coach", "DALLAS -- The Dallas Cowboys fired their head coach on Monday after a 4-13 season, the "
     "team said.", False),
    ("Director shot film in Savannah", "SAVANNAH, Ga. -- The director shot the film in Savannah over six weeks last "
     "spring, the studio said.", False),
    ("Pedestrian hit by car in Tampa", "TAMPA, Fla. -- A pedestrian was hit by a car on Dale Mabry Highway on Friday "
     "night and taken to a hospital, police said.", False),
    ("Army warns protesters", "KHARTOUM -- The army warned it would open fire on anyone who blocked the bridges, a "
     "spokesman said.", False),
])
def test_gunfire_with_nothing_else_opens_the_incident(nlp, title, body, expected):
    drafts, _ = _run(nlp, Article("g1", "g1", body, title=title))
    assert bool(drafts) is expected


# A headline naming the broad place ("Shelling in South Kordofan", "Blast in Helmand", "Village raid in Borno") with
# no figure is continued by the body's first sentence with figures, however finer its place: one incident, not a
# headline-only lead and a secondary one.
@pytest.mark.parametrize("title, text, figure", [
    ("Shelling in South Kordofan",
     "Artillery shelling killed eight civilians in Kadugli, the capital of South Kordofan State, a rights group said.", 8),
    ("Blast in Helmand",
     "A roadside bomb killed six members of a family in Nad Ali district of Helmand province, police said.", 6),
    ("Village raid in Borno",
     "Boko Haram fighters killed 37 farmers when they raided Kwatandashi community, the local council said.", 37),
])
def test_a_headline_without_figures_is_continued_by_the_body(nlp, make_article, title, text, figure):
    article = make_article(f"{title}\n\n{text}")
    article.title = title
    drafts, _ = _run(nlp, article)
    assert len(drafts) == 1 and [c.low for c in drafts[0].casualty_claims] == [figure]


def test_a_headline_with_figures_still_names_its_incident(nlp, make_article):
    # counter-case: the headline tells its incident's figure; the body's other incident stays apart
    article = make_article("Shelling kills 7 in Kherson\n\nShelling killed 7 people in Kherson on Monday, the governor "
                           "said. Meanwhile a drone strike wounded 3 people in Kharkiv, the mayor said.")
    article.title = "Shelling kills 7 in Kherson"
    drafts, _ = _run(nlp, article)
    assert len(drafts) == 2 and [c.low for c in drafts[0].casualty_claims] == [7]


def test_a_headline_continues_only_the_bodys_first_sentence(nlp, make_article):
    # counter-case (a roundup): the body's first sentence tells the headline's shelling; a later figure told of
    # another city is another incident
    title = "Shelling in Kharkiv"
    article = make_article(f"{title}\n\nRussian shelling hit Kharkiv on Monday, damaging dozens of homes, the governor "
                           "said. In Odesa, a drone strike killed 3 people on Tuesday, officials said.")
    article.title = title
    drafts, _ = _run(nlp, article)
    assert len(drafts) == 2 and [c.low for c in drafts[1].casualty_claims] == [3]
