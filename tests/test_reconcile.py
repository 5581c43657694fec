"""Reconciliation read as the stories it reconciles: who said how many, and what the event says."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.actors import name_actors
from sitrep.link import LinkItem
from sitrep.reconcile import RULE, bounds_text, is_generic_speaker, reconcile
from sitrep.records import (GEO_EXACT, CasualtyClaim, IncidentDate, IncidentReport, PerpetratorClaim, Place,
                            Span, Speaker)


def span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


class Story:
    """An article and its one incident, written claim by claim from the article's own sentences."""

    def __init__(self, article_id: str, outlet: str, pub: str, text: str, event_type: str = "massacre",
                 town: str = "Homs", admin1: str = "Homs", country: str = "Syria"):
        self.text = text
        self.report = IncidentReport(article_id, 0, True, event_type,
                                     place=Place(town, town, admin1, country, precision=GEO_EXACT),
                                     date=IncidentDate(date.fromisoformat(pub), date.fromisoformat(pub), "day"))
        self.item = LinkItem(self.report, outlet, date.fromisoformat(pub), None, text)

    def says(self, phrase: str, low: int | None, high: int | None, speaker: str, kind: str,
             outcome: str = "killed", victims: str = "all", qualifier: str | None = None) -> "Story":
        self.report.casualty_claims.append(CasualtyClaim(
            outcome, low, high, victims, Speaker(speaker, speaker, kind), span(self.text, phrase),
            span(self.text, phrase), qualifier))
        return self

    def blames(self, phrase: str, perpetrator: str, speaker: str, kind: str, stance: str = "accuses") -> "Story":
        claim = PerpetratorClaim(perpetrator, Speaker(speaker, speaker, kind), stance, span(self.text, phrase),
                                 span(self.text, phrase))
        name_actors([claim], self.report.place.country if self.report.place else None)
        self.report.perpetrator_claims.append(claim)
        return self


HOMS_002 = ("Opposition activists said security services killed as many as 53 people, all but six of them "
            "women and children, in the Karm al-Zeitoun district of Homs. The Syrian Arab News Agency said "
            "terrorist armed groups killed scores of civilians. It is not possible to verify the accounts.")
HOMS_003 = ("Activists in Homs said between 47 and 53 people were killed by soldiers and thugs who stormed "
            "Karm al-Zeitoun. The government denied responsibility for the killings.")


def homs_massacre():
    a = (Story("002", "The Guardian", "2012-03-12", HOMS_002)
         .says("killed as many as 53 people", None, 53, "opposition activists", "opposition", qualifier="as many as")
         .says("killed scores of civilians", 40, None, "Syrian Arab News Agency", "state_media",
               victims="civilians", qualifier="scores")
         .blames("security services killed", "security services", "opposition activists", "opposition")
         .blames("terrorist armed groups killed", "terrorist armed groups", "Syrian Arab News Agency", "state_media"))
    b = (Story("003", "The New York Times", "2012-03-12", HOMS_003)
         .says("between 47 and 53 people were killed", 47, 53, "Homs activists", "opposition", qualifier="between")
         .blames("killed by soldiers and thugs", "soldiers and thugs", "Homs activists", "opposition")
         .blames("The government denied responsibility", "Syrian government forces", "Syrian government",
                 "government", stance="denies"))
    return [a.item, b.item]


def test_homs_massacre_bounds_follow_the_rule_and_trace_to_claims():
    summary = reconcile(12, homs_massacre())
    killed = summary.outcomes["killed"]
    assert (killed.low, killed.best, killed.high) == (47, 50, 53)
    assert killed.low_claim.speaker == "Homs activists" and killed.low_claim.evidence == "between 47 and 53 people were killed"
    assert killed.high_claim.article_id == "002" and killed.high_claim.claim_index == 0
    assert killed.best_claim.figure_text == "47-53"
    # "scores" is a convention, not a count: it does not set a bound when others count
    assert all(c.speaker != "Syrian Arab News Agency" for c in killed.latest)
    assert summary.blame_disputed and not summary.figures_disagree and not summary.single_source
    assert summary.event_type == "massacre" and summary.place.town == "Homs"
    assert summary.n_outlets == 2 and summary.n_speakers == 4
    assert summary.outcomes["injured"].best is None


def test_side_by_side_rows_show_each_speakers_words():
    rows = {r.speaker: r for r in reconcile(12, homs_massacre()).speakers}
    assert rows["opposition activists"].figures["killed"] == "up to 53"
    assert rows["Homs activists"].figures["killed"] == "47-53"
    assert rows["Syrian Arab News Agency"].figures == {"killed": "\"scores\""}   # words, beside counts, set no bound
    assert rows["Syrian Arab News Agency"].blames == [("terrorist armed groups", "accuses")]
    assert rows["Syrian government"].blames == [("Syrian government forces", "denies")]
    assert rows["Homs activists"].articles == ["003"]


def test_words_of_quantity_count_when_nobody_counts():
    text = "Dozens of villagers were killed when jets bombed Pazigyi, residents said."
    item = (Story("mm1", "Irrawaddy", "2023-04-11", text, event_type="air_strike", town="Pazigyi",
                  admin1="Sagaing", country="Myanmar")
            .says("Dozens of villagers were killed", 24, None, "residents", "witness", qualifier="dozens")).item
    killed = reconcile(3, [item]).outcomes["killed"]
    assert (killed.low, killed.best, killed.high) == (24, 24, 24)


QARYATAYN_1 = "The governor of Homs said at least 67 bodies had been found in Qaryatayn."
QARYATAYN_2 = "The Syrian Observatory for Human Rights said Islamic State killed at least 128 people in Qaryatayn."


def test_governor_and_observatory_disagree():
    gov = Story("q1", "Reuters", "2017-10-23", QARYATAYN_1, town="Qaryatayn").says(
        "at least 67 bodies", 67, None, "Homs governor", "government", qualifier="at least")
    sohr = Story("q2", "AFP", "2017-10-23", QARYATAYN_2, town="Qaryatayn").says(
        "killed at least 128 people", 128, None, "Syrian Observatory for Human Rights", "monitor",
        qualifier="at least").blames("Islamic State killed", "Islamic State", "Syrian Observatory for Human Rights",
                                     "monitor")
    summary = reconcile(7, [gov.item, sohr.item])
    killed = summary.outcomes["killed"]
    assert (killed.low, killed.best, killed.high) == (67, 67, 128)
    assert killed.high_claim.speaker == "Syrian Observatory for Human Rights"
    assert summary.figures_disagree and "figures_disagree" in summary.flags
    assert not summary.blame_disputed


def test_a_rising_toll_supersedes_the_same_speakers_earlier_figure():
    first = Story("q1", "Reuters", "2017-10-21", "The Observatory said at least 67 people were killed in Qaryatayn.",
                  town="Qaryatayn").says("at least 67 people were killed", 67, None, "Syrian Observatory for Human Rights", "monitor")
    later = Story("q3", "AFP", "2017-10-23", "The death toll rose to 128, the Syrian Observatory said.",
                  town="Qaryatayn").says("The death toll rose to 128", 128, 128, "Syrian Observatory for Human Rights", "monitor")
    summary = reconcile(7, [later.item, first.item])
    killed = summary.outcomes["killed"]
    assert (killed.low, killed.best, killed.high) == (128, 128, 128)
    assert [c.low for c in killed.superseded] == [67]
    assert not summary.figures_disagree
    steps = summary.evolution["Syrian Observatory for Human Rights"]
    assert [(s.low, s.superseded) for s in steps] == [(67, True), (128, False)]
    # two outlets carry it, yet one speaker gives every figure: a single source
    assert summary.n_outlets == 2 and summary.single_source


KONDUGA = ("MAIDUGURI, Nigeria (AFP) - Boko Haram gunmen killed at least 30 people in Konduga, a local official "
           "told AFP on Sunday. Dozens more were injured.")


def test_an_afp_story_reprinted_by_two_outlets_counts_once():
    def copy(aid: str, outlet: str) -> LinkItem:
        return (Story(aid, outlet, "2019-06-17", KONDUGA, event_type="suicide_bombing", town="Konduga",
                      admin1="Borno", country="Nigeria")
                .says("killed at least 30 people", 30, None, "local official", "government")
                .says("Dozens more were injured", 24, None, "local official", "government", outcome="injured")
                .blames("Boko Haram gunmen killed", "Boko Haram", "local official", "government")).item

    items = [copy("ng-ahram", "Ahram Online"), copy("ng-sabah", "Daily Sabah")]
    summary = reconcile(4, items, copy_group_of={"ng-ahram": "ng-ahram", "ng-sabah": "ng-ahram"})
    assert summary.n_outlets == 1 and summary.single_source
    assert len(summary.outcomes["killed"].latest) == 1 and summary.outcomes["injured"].low == 24
    assert len(summary.evolution["local official"]) == 2   # killed and injured, copies counted once
    alone = reconcile(4, items)
    # without the copy grouping, two stories each quote "a local official": two speakers, side by side
    assert alone.n_outlets == 2
    assert {k: len(v) for k, v in alone.evolution.items()} == {"local official (Ahram Online)": 2,
                                                              "local official (Daily Sabah)": 2}


def test_outlet_voice_reprints_are_one_speaker():
    text = "An air strike on a market in El Fasher killed 14 people on Tuesday."

    def copy(aid: str, outlet: str) -> LinkItem:
        return Story(aid, outlet, "2024-05-14", text, event_type="air_strike", town="El Fasher",
                     admin1="North Darfur", country="Sudan").says("killed 14 people", 14, 14, outlet, "outlet").item

    summary = reconcile(9, [copy("sd1", "AFP"), copy("sd2", "France 24")], {"sd1": "sd1", "sd2": "sd1"})
    assert summary.n_speakers == 1 and summary.single_source
    independent = reconcile(9, [copy("sd1", "AFP"), copy("sd2", "France 24")])
    assert independent.n_speakers == 2 and not independent.single_source


def test_a_denial_disputes_the_blame():
    text = ("Ukrainian officials said a Russian missile killed at least 50 people at Kramatorsk station. "
            "Russia's defence ministry denied carrying out the strike.")
    item = (Story("ua1", "Reuters", "2022-04-08", text, event_type="air_strike", town="Kramatorsk",
                  admin1="Donetsk", country="Ukraine")
            .says("killed at least 50 people", 50, None, "Ukrainian officials", "government")
            .blames("a Russian missile killed", "Russian forces", "Ukrainian officials", "government")
            .blames("Russia's defence ministry denied", "Russian forces", "Russian defence ministry", "military",
                    stance="denies")).item
    summary = reconcile(5, [item])
    assert summary.blame_disputed and summary.single_source is False  # two speakers


def test_one_side_blamed_in_two_wordings_is_not_a_dispute():
    text = "Saudi-led coalition air strikes hit a prison in Saada; the Saudi-led coalition air strike killed 70."
    item = (Story("ye1", "AP", "2022-01-21", text, event_type="air_strike", town="Saada", admin1="Saada",
                  country="Yemen")
            .says("killed 70", 70, 70, "Médecins Sans Frontières", "international")
            .blames("Saudi-led coalition air strikes", "Saudi-led coalition", "Houthi health ministry", "government")
            .blames("the Saudi-led coalition air strike", "the Saudi-led coalition", "Médecins Sans Frontières",
                    "international")).item
    assert not reconcile(6, [item]).blame_disputed


@pytest.mark.parametrize("war,blames,disputed", [
    # Syria: a monitor and activists spell the Syrian state's forces two ways; no dispute
    ("Syria", [("Assad regime", "Syrian Observatory for Human Rights", "monitor", "accuses"),
               ("government forces", "activists", "opposition", "accuses")], False),
    ("Syria", [("regime warplanes", "civil defense", "medical", "accuses"),
               ("the Syrian army", "Syrian Observatory for Human Rights", "monitor", "accuses")], False),
    # ... but Russian jets are another actor, and a denial is a dispute whatever the spelling
    ("Syria", [("Assad regime", "Syrian Observatory for Human Rights", "monitor", "accuses"),
               ("Russian jets", "activists", "opposition", "accuses")], True),
    ("Syria", [("Syrian government forces", "activists", "opposition", "accuses"),
               ("the regime", "Syrian government", "government", "denies")], True),
    # Sudan: "the army" and "SAF" are one; the RSF another
    ("Sudan", [("the army", "Sudan Doctors Network", "medical", "accuses"),
               ("SAF", "Emergency Lawyers", "opposition", "accuses")], False),
    ("Sudan", [("the army", "Sudan Doctors Network", "medical", "accuses"),
               ("Rapid Support Forces", "Sudanese army", "military", "accuses")], True),
    # Nigeria: two spellings of Boko Haram
    ("Nigeria", [("Boko Haram", "police", "government", "accuses"),
                 ("Boko Haram insurgents", "residents", "witness", "accuses")], False),
])
def test_blames_compare_canonical_actors(war, blames, disputed):
    text = " ".join(f"{speaker} said {words} did it." for words, speaker, _, _ in blames)
    story = Story("x1", "AFP", "2024-05-14", text, event_type="air_strike", town="Somewhere", admin1="", country=war)
    for words, speaker, kind, stance in blames:
        story.blames(f"{speaker} said {words} did it", words, speaker, kind, stance)
    summary = reconcile(1, [story.item])
    assert summary.blame_disputed is disputed
    assert all(b.actor is not None for b in summary.blames)


def test_karm_al_zeitoun_blames_by_canonical_actor():
    """The activists' "security services" and "soldiers and thugs" are one actor in the matrix; SANA blames
    others with a label that names nobody in particular, and the government denies."""
    summary = reconcile(12, homs_massacre())
    actors = {b.perpetrator: b.actor for b in summary.blames}
    assert actors["security services"] == actors["soldiers and thugs"] == "Military Forces of Syria"
    assert actors["terrorist armed groups"] is None
    matrix = summary.blame_matrix
    assert matrix["opposition activists"] == {"Military Forces of Syria": ["accuses"]}
    assert list(matrix["Homs activists"]) == ["Military Forces of Syria"]
    assert matrix["Syrian Arab News Agency"] == {"terrorist armed groups": ["accuses"]}
    assert summary.blame_disputed     # a real dispute: SANA blames others, and a denial


def test_the_rule_and_the_wording_of_bounds():
    assert "latest" in RULE and "median" in RULE and "\n" not in RULE
    assert [bounds_text(*b) for b in ((None, 53), (67, None), (47, 53), (4, 4))] == \
        ["up to 53", "at least 67", "47-53", "4"]


def test_a_misread_date_does_not_stretch_the_event():
    def story(aid: str, day: str) -> LinkItem:
        return Story(aid, "AFP", day, "Air strikes hit Khan Shaykhun.", event_type="chemical_attack",
                     town="Khan Shaykhun", admin1="Idlib").item
    items = [story("k1", "2017-04-04"), story("k2", "2017-04-05"), story("k3", "2017-02-23")]
    summary = reconcile(1, items)
    assert (summary.date_start, summary.date_end) == (date(2017, 4, 4), date(2017, 4, 5))


def test_activists_quoted_by_two_outlets_keep_their_own_figures_side_by_side():
    """Seeds 002 and 003: each outlet quotes unnamed "activists"; neither figure supersedes the other."""
    la = Story("002", "Los Angeles Times", "2012-03-12", HOMS_002).says(
        "killed as many as 53 people", None, 53, "activists", "opposition", qualifier="as many as")
    ny = Story("003", "The New York Times", "2012-03-12", HOMS_003).says(
        "between 47 and 53 people were killed", 47, 53, "activists", "opposition", qualifier="between")
    summary = reconcile(2, [la.item, ny.item])
    rows = {r.speaker: r.figures.get("killed") for r in summary.speakers}
    assert rows == {"activists (Los Angeles Times)": "up to 53", "activists (The New York Times)": "47-53"}
    killed = summary.outcomes["killed"]
    assert (killed.low, killed.best, killed.high) == (47, 50, 53) and killed.superseded == []


@pytest.mark.parametrize("speaker, generic", [
    ("activists", True), ("opposition activists", True), ("a local official", True), ("residents", True),
    ("medical sources", True), ("Syrian Observatory for Human Rights", False), ("SANA", False),
    ("Homs governor Talal Barazi", False), ("Red Cross", False), ("Ukrainian officials", False),
])
def test_unnamed_collective_sources_are_generic(speaker, generic):
    assert is_generic_speaker(speaker) is generic


def test_a_named_monitor_quoted_by_two_outlets_is_still_one_speaker_across_days():
    """Sudan: the Emergency Lawyers' toll, relayed by two outlets on two days, rises; residents differ."""
    text_1 = "Residents said 40 people were killed. Emergency Lawyers said at least 45 people were killed in Wad al-Nourah."
    text_2 = "Residents said 100 people were killed. The toll rose to 104, Emergency Lawyers said."
    day_1 = (Story("sd1", "Reuters", "2024-06-05", text_1, event_type="massacre", town="Wad al-Nourah",
                   admin1="Al Jazirah", country="Sudan")
             .says("40 people were killed", 40, 40, "residents", "witness")
             .says("at least 45 people were killed", 45, None, "Emergency Lawyers", "monitor"))
    day_2 = (Story("sd2", "Al Jazeera", "2024-06-06", text_2, event_type="massacre", town="Wad al-Nourah",
                   admin1="Al Jazirah", country="Sudan")
             .says("100 people were killed", 100, 100, "residents", "witness")
             .says("The toll rose to 104", 104, 104, "Emergency Lawyers", "monitor"))
    summary = reconcile(8, [day_1.item, day_2.item])
    killed = summary.outcomes["killed"]
    assert [c.low for c in killed.superseded] == [45]                # the monitor's earlier figure
    assert sorted(c.low for c in killed.latest) == [40, 100, 104]     # each outlet's residents stay
