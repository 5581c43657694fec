"""Linking read as the newsroom reads it: which reports are the same incident, and which are not."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from sitrep.link import Corrections, LinkItem, link_reports, pair_score, toponym_key
from sitrep.records import (GEO_ADMIN1, GEO_EXACT, CasualtyClaim, IncidentDate, IncidentReport, PerpetratorClaim,
                            Place, Span, Speaker)

PLACES = {  # town -> (admin1, country, lat, lon)
    "Karm al-Zeitoun": ("Homs", "Syria", 34.72, 36.73),
    "Qaryatayn": ("Homs", "Syria", 34.23, 37.24),
    "Khan Shaykhun": ("Idlib", "Syria", 35.44, 36.65),
    "Khan Sheikhoun": ("Idlib", "Syria", 35.44, 36.65),
    "Ariha": ("Idlib", "Syria", 35.81, 36.61),
    "Douma": ("Rif Dimashq", "Syria", 33.57, 36.40),
    "Saada": ("Saada", "Yemen", 16.94, 43.76),
    "Kramatorsk": ("Donetsk", "Ukraine", 48.72, 37.56),
    "El Fasher": ("North Darfur", "Sudan", 13.63, 25.35),
    "Konduga": ("Borno", "Nigeria", 11.65, 13.42),
    "Pazigyi": ("Sagaing", "Myanmar", 22.43, 95.58),
    "Hodeidah": ("Al Hudaydah", "Yemen", 14.80, 42.95),
    "Kharkiv": ("Kharkiv", "Ukraine", 49.99, 36.23),
    "Maiduguri": ("Borno", "Nigeria", 11.85, 13.16),
    "Damascus": ("Damascus", "Syria", 33.51, 36.29),
    "Jobar": ("Damascus", "Syria", 33.53, 36.33),
    "Zamalka": ("Rif Dimashq", "Syria", 33.52, 36.36),
    "Aden": ("Aden", "Yemen", 12.78, 45.04),
    "Lahij": ("Lahij", "Yemen", 13.06, 44.88),
    "Homs": ("Homs", "Syria", 34.73, 36.71),
}


def report(article_id: str, pub: str, town: str | None, event_type: str, sentence: str, *, title: str = "",
           killed: tuple[int | None, int | None] | None = None, speaker: str = "activists", blamed: str | None = None,
           index: int = 0, day: str | None = None, admin1: str | None = None, outlet: str = "Reuters") -> LinkItem:
    """One article's account of an incident: its lead sentence is the anchor."""
    text = sentence
    ev = Span(0, len(sentence), sentence)
    if town:
        a1, country, lat, lon = PLACES[town]
        place = Place(town, town, a1, country, lat, lon, precision=GEO_EXACT)
    else:
        place = Place(admin1 or "", None, admin1, "Syria", precision=GEO_ADMIN1)
    when = date.fromisoformat(day or pub)
    r = IncidentReport(article_id, index, index == 0, event_type, place=place,
                       date=IncidentDate(when, when, "day"), anchor=ev)
    if killed:
        r.casualty_claims.append(CasualtyClaim("killed", killed[0], killed[1], "all",
                                               Speaker(speaker, speaker, "opposition"), ev, ev))
    if blamed:
        r.perpetrator_claims.append(PerpetratorClaim(blamed, Speaker(speaker, speaker, "opposition"), "accuses", ev, ev))
    return LinkItem(r, outlet, date.fromisoformat(pub), title, text)


def homs():
    return [
        report("002", "2012-03-12", "Karm al-Zeitoun", "massacre",
               "Opposition activists said security services killed as many as 53 people, all but six of them women "
               "and children, in the Karm al-Zeitoun district of Homs.",
               title="Syria activists report massacre of women and children in Homs", killed=(None, 53),
               blamed="security services", outlet="The Guardian"),
        report("003", "2012-03-12", "Karm al-Zeitoun", "massacre",
               "Activists said between 47 and 53 women and children were killed in Karm al-Zeitoun by soldiers "
               "and thugs.", title="Homs massacre: women and children killed", killed=(47, 53),
               blamed="soldiers and thugs", outlet="The New York Times"),
    ]


def khan_shaykhun():
    return [
        report("ks1", "2017-04-04", "Khan Shaykhun", "chemical_attack",
               "A suspected gas attack on the rebel-held town of Khan Shaykhun in Idlib killed at least 58 people, "
               "the Syrian Observatory for Human Rights said.", title="Suspected gas attack in Syria's Idlib kills 58",
               killed=(58, None), speaker="SOHR", blamed="Syrian government"),
        report("ks2", "2017-04-05", "Khan Sheikhoun", "chemical_attack",
               "The death toll from the suspected chemical attack on Khan Sheikhoun rose to 86, including 30 "
               "children.", title="Death toll in Syria chemical attack rises to 86", killed=(86, 86), speaker="SOHR",
               day="2017-04-04", outlet="AFP"),
        report("ks3", "2017-04-06", "Khan Shaykhun", "air_strike",
               "Turkey said tests on victims of the Khan Shaykhun attack pointed to sarin exposure.",
               title="Turkey says Khan Shaykhun victims were exposed to sarin", day="2017-04-04", outlet="Al Arabiya"),
    ]


def by_event(ids: dict) -> list[set[str]]:
    groups: dict[int, set[str]] = {}
    for (aid, _), e in ids.items():
        groups.setdefault(e, set()).add(aid)
    return sorted(groups.values(), key=min)


def test_two_outlets_on_the_homs_massacre_are_one_event():
    ids = link_reports(homs())
    assert by_event(ids) == [{"002", "003"}]
    assert set(ids.values()) == {1}


def test_follow_ups_with_a_rising_toll_join_the_first_report():
    ids = link_reports(khan_shaykhun())
    assert by_event(ids) == [{"ks1", "ks2", "ks3"}]


def test_the_same_kind_of_attack_in_another_town_or_week_is_another_event():
    a = report("y1", "2022-01-21", "Saada", "air_strike",
               "Coalition air strikes on a prison in Saada killed at least 70 people.",
               title="Air strike on Yemen prison kills 70", killed=(70, None))
    elsewhere = report("y2", "2022-01-21", "Kramatorsk", "air_strike",
                       "A missile strike on Kramatorsk killed at least 70 people.",
                       title="Missile strike kills 70", killed=(70, None))
    later = report("y3", "2022-02-10", "Saada", "air_strike",
                   "Coalition air strikes on Saada killed at least 70 people.",
                   title="Air strike in Yemen's Saada kills 70", killed=(70, None))
    assert len(set(link_reports([a, elsewhere, later]).values())) == 3


def test_the_same_day_in_another_governorate_is_another_event():
    ariha = report("i1", "2015-08-03", "Ariha", "air_strike",
                   "A Syrian military aircraft crashed into a busy market in Ariha during a bombing run, killing at "
                   "least 27 people.", title="Syria army plane crashes in rebel-held town", killed=(27, None))
    douma = report("d1", "2015-08-03", "Douma", "air_strike",
                   "Government air raids on the Eastern Ghouta town of Douma killed 12 people, rescuers said.",
                   title="Raids on Douma kill 12", killed=(12, None))
    assert len(set(link_reports([ariha, douma]).values())) == 2


def test_a_province_level_report_can_join_a_town_level_one():
    town = report("i1", "2016-10-26", "Khan Shaykhun", "air_strike",
                  "Air strikes on a school complex in Idlib killed 22 children and six teachers, UNICEF said.",
                  title="Air strikes on Idlib school kill 22 children", killed=(22, 22))
    province = report("i2", "2016-10-26", None, "air_strike",
                      "Air strikes hit a school complex in Idlib province, killing 22 children and six teachers.",
                      title="UNICEF says 22 schoolchildren killed in Idlib school raid", killed=(22, 22), admin1="Idlib")
    assert by_event(link_reports([town, province])) == [{"i1", "i2"}]


def test_two_incidents_of_one_article_stay_apart():
    lead = report("n1", "2019-06-17", "Konduga", "suicide_bombing",
                  "Three suicide bombers killed 30 people watching football in Konduga.", killed=(30, None))
    second = report("n1", "2019-06-17", "Konduga", "suicide_bombing",
                    "Earlier, a suicide bomber killed two people in Konduga market.", killed=(2, 2), index=1)
    ids = link_reports([lead, second])
    assert ids[("n1", 0)] != ids[("n1", 1)]


def test_incremental_linking_keeps_ids_and_joins_existing_events():
    first = homs() + khan_shaykhun()[:1]
    ids = link_reports(first)
    followup = khan_shaykhun()[1:]
    new_event = report("ms1", "2024-05-14", "El Fasher", "shelling",
                       "RSF shelling of El Fasher killed 14 people.", killed=(14, 14))
    again = link_reports(first + followup + [new_event], previous=ids)
    assert all(again[k] == v for k, v in ids.items())
    assert again[("ks2", 0)] == again[("ks3", 0)] == ids[("ks1", 0)]
    assert again[("ms1", 0)] == max(ids.values()) + 1


def test_incremental_linking_does_not_need_every_stored_report():
    ids = link_reports(homs())
    later = link_reports(khan_shaykhun(), previous=ids)
    assert later[("002", 0)] == ids[("002", 0)]
    assert len({later[k] for k in later if k[0].startswith("ks")}) == 1
    assert min(later[k] for k in later if k[0].startswith("ks")) > max(ids.values())


def test_next_event_id_numbers_new_events():
    ids = link_reports(homs(), next_event_id=40)
    assert set(ids.values()) == {40}


def test_input_order_does_not_change_the_events():
    items = homs() + khan_shaykhun()
    assert link_reports(items) == link_reports(list(reversed(items)))


def test_a_merge_survives_relinking_from_scratch():
    quneitra = [
        report("q1", "2015-07-29", "Konduga", "air_strike", "An Israeli strike on a village killed five soldiers.",
               killed=(5, 5)),
        report("q2", "2015-07-29", "Konduga", "shelling", "Three fighters of the popular committees were martyred.",
               killed=(3, 3), outlet="Al Manar"),
    ]
    ids = link_reports(quneitra)
    if ids[("q1", 0)] != ids[("q2", 0)]:
        fixes = Corrections().merge(ids, ids[("q1", 0)], ids[("q2", 0)])
    else:
        fixes = Corrections(must_link=[{("q1", 0), ("q2", 0)}])
    assert len(set(link_reports(quneitra, corrections=fixes).values())) == 1
    # and on stored assignments that still hold the two events apart
    apart = {("q1", 0): 1, ("q2", 0): 2}
    assert set(link_reports(quneitra, previous=apart, corrections=fixes).values()) == {1}


def test_a_split_survives_relinking_and_new_reports_still_join():
    items = khan_shaykhun()
    ids = link_reports(items)
    event = ids[("ks1", 0)]
    fixes = Corrections().split(ids, event, [("ks3", 0)])
    # stored assignments are corrected...
    stored = link_reports(items, previous=ids, corrections=fixes)
    assert stored[("ks1", 0)] == stored[("ks2", 0)] == event and stored[("ks3", 0)] != event
    # ...and a re-link from scratch honours the split too
    fresh = link_reports(items, corrections=fixes)
    assert fresh[("ks1", 0)] == fresh[("ks2", 0)] != fresh[("ks3", 0)]
    # a later report on the attack still joins the original event
    more = report("ks4", "2017-04-05", "Khan Shaykhun", "chemical_attack",
                  "Rescuers in Khan Shaykhun said the suspected chemical attack killed at least 86 people.",
                  title="Syria gas attack toll rises to 86", killed=(86, None), day="2017-04-04")
    after = link_reports(items + [more], previous=stored, corrections=fixes)
    assert after[("ks4", 0)] == event


def test_corrections_round_trip_as_json():
    fixes = Corrections([{("a", 0), ("b", 1)}], [(("a", 0), ("c", 0))])
    assert Corrections.from_dict(fixes.to_dict()) == fixes


def test_place_names_fold_spelling_variants():
    assert toponym_key("Khan Sheikhoun") == toponym_key("Khan Shaykhun") == toponym_key("khan sheikhun")
    assert toponym_key("Maarat al-Numan") == toponym_key("Maaret al-Numan")
    assert toponym_key("Ariha") != toponym_key("Douma")


def test_blocking_keeps_far_apart_dates_out_of_the_comparison():
    a, b = homs()
    b.report.date = IncidentDate(a.report.date.start + timedelta(days=30), None, "day")
    b.pub_date = b.report.date.start
    assert len(set(link_reports([a, b]).values())) == 2


def test_another_governorate_weighs_against_a_pair():
    from sitrep.link import THRESHOLD, _features
    a, b = homs()
    same = pair_score(_features(a, {}, 1.0), _features(b, {}, 1.0))
    douma = report("004", "2012-03-12", "Douma", "massacre",
                   "Activists said between 47 and 53 women and children were killed in Douma by soldiers and thugs.",
                   title="Douma massacre: women and children killed", killed=(47, 53), blamed="soldiers and thugs")
    elsewhere = pair_score(_features(a, {}, 1.0), _features(douma, {}, 1.0))
    assert elsewhere < same - 0.15 and same >= THRESHOLD


# --- one incident, one event: tables of reports in, grouping out --------------------------------

def _story(line: tuple) -> LinkItem:
    """(article, published, incident day or None, town, type, killed, outlet, title, lead sentence)."""
    aid, pub, day, town, kind, killed, outlet, title, lead = line
    item = report(aid, pub, town, kind, lead, title=title, killed=killed, day=day, outlet=outlet)
    if day is None:                       # the article does not say when: no stated incident date
        item.report.date = IncidentDate()
    return item


GROUPINGS = {
    "a rising toll on later days joins the first report (Yemen)": ([
        ("h1", "2018-08-09", "2018-08-09", "Saada", "air_strike", (29, None), "Reuters",
         "Coalition air strike on bus kills 29 children in Yemen's Saada",
         "A Saudi-led coalition air strike hit a school bus at a market in Dahyan, Saada, killing at least 29 "
         "children, the Red Cross said."),
        ("h2", "2018-08-10", "2018-08-09", "Saada", "air_strike", (43, None), "AFP",
         "Death toll from Saada bus strike rises to 43",
         "The death toll from Thursday's coalition air strike on a school bus in Saada rose to 43, health "
         "officials said."),
        ("h3", "2018-08-12", None, "Saada", "air_strike", (51, 51), "Al Jazeera",
         "Yemen bus attack: 51 dead, 40 of them children",
         "Funerals were held in Saada for the children killed when a coalition air strike hit their school bus; "
         "the toll now stands at 51."),
    ], [{"h1", "h2", "h3"}]),
    "daily shelling of one city is one event a day, not one chain (Ukraine)": ([
        ("k1", "2022-03-01", "2022-03-01", "Kharkiv", "shelling", (10, None), "Reuters",
         "Shelling of Kharkiv's Freedom Square kills 10",
         "Russian shelling hit the regional administration building on Freedom Square in Kharkiv, killing at "
         "least 10 people, the governor said."),
        ("k2", "2022-03-01", "2022-03-01", "Kharkiv", "shelling", (10, None), "AP",
         "Russian strike on Kharkiv administration building kills 10",
         "At least 10 people were killed when Russian shelling hit the administration building on Freedom "
         "Square in Kharkiv, officials said."),
        ("k3", "2022-03-04", "2022-03-04", "Kharkiv", "shelling", (4, 4), "Reuters",
         "Shelling kills four in Kharkiv's Saltivka district",
         "Shelling of apartment blocks in the Saltivka district of Kharkiv killed four people, emergency "
         "services said."),
        ("k4", "2022-03-07", "2022-03-07", "Kharkiv", "shelling", (2, 2), "AFP",
         "Kharkiv physics institute hit by shelling",
         "Shelling damaged a nuclear research institute in Kharkiv and killed two guards, Ukrainian officials "
         "said."),
    ], [{"k1", "k2"}, {"k3"}, {"k4"}]),
    "a massacre and an attack by shelling on the same day and town are one event (Sudan)": ([
        ("f1", "2024-05-12", "2024-05-12", "El Fasher", "massacre", (27, None), "Reuters",
         "Activists accuse RSF of massacre in El Fasher",
         "Activists said the Rapid Support Forces killed at least 27 civilians in El Fasher in what they called "
         "a massacre."),
        ("f2", "2024-05-12", "2024-05-12", "El Fasher", "shelling", (27, 27), "Sudan Tribune",
         "RSF shelling of El Fasher kills 27 civilians",
         "Rapid Support Forces shelling of residential areas of El Fasher killed 27 civilians, the local "
         "resistance committee said."),
    ], [{"f1", "f2"}]),
    "a wrongly read incident date does not split a story from its copies (Nigeria)": ([
        ("n1", "2019-06-17", "2019-05-20", "Konduga", "suicide_bombing", (30, None), "Premium Times",
         "Triple suicide bombing kills 30 football fans in Konduga",
         "Three suicide bombers killed at least 30 people watching a football match in Konduga, Borno state, "
         "emergency officials said."),
        ("n2", "2019-06-17", "2019-06-16", "Konduga", "suicide_bombing", (30, None), "Reuters",
         "Suicide bombers kill 30 in Nigeria's Borno state",
         "Three suicide bombers killed at least 30 people watching football in Konduga, Borno state, on "
         "Sunday night."),
        ("n3", "2019-06-18", "2019-06-16", "Konduga", "suicide_bombing", (30, None), "AFP",
         "Nigeria: toll in Konduga suicide attack at least 30",
         "The toll from Sunday's triple suicide bombing at a football viewing centre in Konduga stood at 30."),
    ], [{"n1", "n2", "n3"}]),
    "a toll update five days later joins its incident; a new strike five days later does not (Ukraine)": ([
        ("u1", "2022-04-08", "2022-04-08", "Kramatorsk", "air_strike", (39, None), "Reuters",
         "Missile strike on Kramatorsk railway station kills 39",
         "A Russian missile struck the railway station in Kramatorsk where civilians were waiting to be "
         "evacuated, killing at least 39 people, Ukrainian officials said."),
        ("u2", "2022-04-13", None, "Kramatorsk", "air_strike", (57, 57), "AFP",
         "Kramatorsk railway station strike: death toll rises to 57",
         "The death toll from the missile strike on the railway station in Kramatorsk rose to 57, the regional "
         "governor said."),
        ("u3", "2022-04-13", None, "Kramatorsk", "air_strike", (2, 2), "AFP",
         "Missile strike on Kramatorsk kills two",
         "A Russian missile struck an industrial area of Kramatorsk, killing two people, the regional governor said."),
    ], [{"u1", "u2"}, {"u3"}]),
    "the same kind of attack two towns and two days apart is two events (Nigeria)": ([
        ("m1", "2019-06-17", "2019-06-16", "Konduga", "suicide_bombing", (30, None), "Reuters",
         "Suicide bombers kill 30 in Nigeria's Borno state",
         "Three suicide bombers killed at least 30 people watching football in Konduga, Borno state."),
        ("m2", "2019-06-19", "2019-06-18", "Maiduguri", "suicide_bombing", (8, 8), "Reuters",
         "Suicide bomber kills 8 at Maiduguri mosque",
         "A suicide bomber killed eight worshippers at a mosque in Maiduguri, Borno state."),
    ], [{"m1"}, {"m2"}]),
}


@pytest.mark.parametrize("name", list(GROUPINGS))
def test_reports_are_grouped_as_the_newsroom_would(name):
    lines, expected = GROUPINGS[name]
    assert by_event(link_reports([_story(line) for line in lines])) == sorted(expected, key=min)


@pytest.mark.parametrize("name", list(GROUPINGS))
def test_the_grouping_is_the_same_when_the_reports_arrive_one_by_one(name):
    lines, expected = GROUPINGS[name]
    items = [_story(line) for line in lines]
    ids: dict = {}
    for n in range(1, len(items) + 1):
        ids = link_reports(items[:n], previous=ids)
    assert by_event(ids) == sorted(expected, key=min)


DATE_GAPS = [  # (days between the stated incident dates, expected date agreement)
    (0, 1.0), (1, 0.85), (2, 0.6), (3, 0.4), (7, 0.0),
]


@pytest.mark.parametrize("gap, agreement", DATE_GAPS)
def test_date_agreement_falls_fast_with_the_gap_between_stated_dates(gap, agreement):
    from sitrep.link import _features, date_agreement
    a, b = homs()
    b.report.date = IncidentDate(a.report.date.start + timedelta(days=gap), None, "day")
    b.pub_date = b.report.date.start
    assert date_agreement(_features(a, {}, 1.0), _features(b, {}, 1.0)) == pytest.approx(agreement, abs=0.01)


def test_a_match_through_publication_days_counts_less_than_a_stated_date():
    from sitrep.link import PUB_DISCOUNT, _features, date_agreement
    a, b = homs()
    b.report.date = IncidentDate(a.report.date.start - timedelta(days=40), None, "day")   # misread
    assert date_agreement(_features(a, {}, 1.0), _features(b, {}, 1.0)) == pytest.approx(1.0 - PUB_DISCOUNT)


def test_a_string_of_daily_reports_does_not_grow_into_one_event():
    """SANA-style daily bulletins: rockets on one city, every day for two weeks."""
    items = [report(f"d{n:02d}", (date(2016, 10, 13) + timedelta(days=n)).isoformat(), "Ariha", "shelling",
                    f"Terrorist rocket attacks on residential neighbourhoods of Ariha killed {n % 4 + 2} citizens, "
                    "a source told SANA.", title="Citizens killed in terrorist rocket attacks on Ariha",
                    killed=(n % 4 + 2, n % 4 + 2), outlet="SANA") for n in range(14)]
    ids = link_reports(items)
    days = {}
    for (aid, _), e in ids.items():
        days.setdefault(e, []).append(int(aid[1:]))
    assert max(max(d) - min(d) for d in days.values()) <= 4
    assert len(days) >= 3


@pytest.mark.parametrize("title, follow_up", [
    ("Death toll from Saada bus strike rises to 43", True),
    ("Kramatorsk toll climbs to 57 as rescuers search rubble", True),
    ("Death toll in bomb attack on Syria evacuees hits 126", True),
    ("Toll from Maiduguri mosque bombing now stands at 20", True),
    ("Missile strike on Kramatorsk kills two", False),
    ("Rising tensions in El Fasher as RSF shells market", False),
])
def test_toll_updates_are_recognised_by_their_wording(title, follow_up):
    from sitrep.link import is_follow_up
    assert is_follow_up(LinkItem(IncidentReport("a", 0, True, "air_strike"), title=title)) is follow_up


@pytest.mark.parametrize("first, second", [
    # the 2013 Ghouta attack: Damascus city and the countryside town a few km east, two governorates
    (("Jobar", "chemical_attack", "Rockets loaded with poison gas hit Jobar in eastern Damascus, the opposition said."),
     ("Zamalka", "chemical_attack", "Medics said a chemical attack on Zamalka in the Ghouta killed 300 people.")),
])
def test_neighbouring_towns_across_a_governorate_line_can_be_one_incident(first, second):
    a = report("a", "2013-08-21", first[0], first[1], first[2], killed=(322, None))
    b = report("b", "2013-08-21", second[0], second[1], second[2], killed=(300, None), outlet="AFP")
    assignments = link_reports([a, b])
    assert assignments[a.key] == assignments[b.key]


def test_towns_far_apart_in_two_governorates_stay_apart():
    a = report("a", "2013-08-21", "Damascus", "chemical_attack", "A gas attack near Damascus killed hundreds.",
               killed=(300, None))
    b = report("b", "2013-08-21", "Homs", "chemical_attack", "A gas attack in Homs killed hundreds.",
               killed=(300, None), outlet="AFP")
    assignments = link_reports([a, b])
    assert assignments[a.key] != assignments[b.key]


def test_a_new_report_is_read_against_the_weeks_around_it_not_the_archive():
    from sitrep.link import reports_in_reach
    old = report("old", "2016-01-10", "Douma", "shelling", "Shelling on Douma killed 9 people.", killed=(9, 9))
    recent = report("recent", "2016-06-01", "Douma", "shelling", "Shelling on Douma killed 12 people.", killed=(12, 12))
    new = report("new", "2016-06-02", "Douma", "shelling", "The toll from shelling on Douma rose to 14.",
                 killed=(14, 14), outlet="AFP")
    previous = link_reports([old, recent])
    assert [it.key for it in reports_in_reach([old, recent, new], previous)] == [recent.key, new.key]
    assert reports_in_reach([old, recent], previous) == []          # nothing new: nothing to read
    both = link_reports([old, recent, new], previous)
    assert both[new.key] == both[recent.key] != both[old.key]
    assert {k: both[k] for k in previous} == previous


# --- what an analyst links: pairs of reports from several wars ------------------------------------

MORE_PLACES = {  # name -> (admin1, country, lat, lon); two Hamiltons: one name, two geocodes
    "Marib": ("Marib", "Yemen", 15.46, 45.32),
    "Gaza City": ("Gaza", "Palestine", 31.50, 34.47),
    "Khan Younis": ("Khan Younis", "Palestine", 31.34, 34.31),
    "Peshawar": ("Khyber Pakhtunkhwa", "Pakistan", 34.01, 71.58),
    "West Palm Beach": ("Florida", "United States", 26.72, -80.05),
    "Davis": ("California", "United States", 38.54, -121.74),
    "Fort Washington": ("Maryland", "United States", 38.71, -77.02),
    "Bradbury": ("California", "United States", 34.15, -117.97),
    "Kyiv": ("Kyiv City", "Ukraine", 50.45, 30.52),
    "Bucha": ("Kyiv Oblast", "Ukraine", 50.54, 30.21),
    "Ghouta": ("Rif Dimashq", "Syria", 33.55, 36.45),
    "Damascus": ("Damascus", "Syria", 33.51, 36.29),
    "Hamilton, Ontario": ("Ontario", "Canada", 43.26, -79.87),
    "Hamilton, Ohio": ("Ohio", "United States", 39.40, -84.56),
    "Kabul": ("Kabul", "Afghanistan", 34.53, 69.17),
    "Mogadishu": ("Banadir", "Somalia", 2.04, 45.34),
    "Maiduguri": ("Borno", "Nigeria", 11.85, 13.16),
    "Khan Sheikhoun": ("Idlib", "Syria", 35.44, 36.65),
}


def account(aid: str, pub: str | None, day: str | None, where: str | None, kind: str, killed: int | None,
            title: str, lead: str, outlet: str = "Reuters") -> LinkItem:
    """One article: publication day (None: the article carries none), incident day (None: unstated),
    place (None: not found), type, killed, headline and lead sentence."""
    when = date.fromisoformat(day) if day else None
    place = None
    if where:
        a1, country, lat, lon = MORE_PLACES[where]
        name = where.split(",")[0]
        place = Place(name, name, a1, country, lat, lon, precision=GEO_EXACT)
    r = IncidentReport(aid, 0, True, kind, place=place, date=IncidentDate(when, when, "day" if when else "unknown"),
                       anchor=Span(0, len(lead), lead))
    if killed:
        ev = Span(0, len(lead), lead)
        r.casualty_claims.append(CasualtyClaim("killed", killed, None, "all", Speaker("officials", "officials", "government"),
                                               ev, ev))
    return LinkItem(r, outlet, date.fromisoformat(pub) if pub else None, title, lead)


PAIRS = {
    # an undated copy (no publication date, no incident date) of a dated story
    "undated copy of a missile strike (Yemen)": (True,
        account("y1", "2018-05-22", "2018-05-22", "Marib", "shelling", 5, "Houthi missile hits crowded market in Marib",
                "A ballistic missile fired by Houthi rebels hit a crowded market in the city of Marib, killing five people."),
        account("y2", None, None, "Marib", "shelling", 5, "Five people killed by Houthi missile in Marib",
                "Five civilians were killed when a Houthi missile struck a market in Marib city, officials said.",
                outlet="Saba")),
    "undated report of a school strike (Gaza)": (True,
        account("g1", "2024-09-22", "2024-09-21", "Gaza City", "air_strike", 22, "Israeli strike on Gaza City school kills 22",
                "An Israeli strike on a school sheltering displaced families in Gaza City killed at least 22 people."),
        account("g2", None, None, "Gaza City", "air_strike", 22, "Strike on school shelter in Gaza City kills 22",
                "At least 22 people were killed when an Israeli strike hit a school used as a shelter in Gaza City.",
                outlet="WAFA")),
    "undated report of another town's strike stays apart (Gaza)": (False,
        account("g1", "2024-09-22", "2024-09-21", "Gaza City", "air_strike", 22, "Israeli strike on Gaza City school kills 22",
                "An Israeli strike on a school sheltering displaced families in Gaza City killed at least 22 people."),
        account("g3", None, None, "Khan Younis", "shelling", 4, "Tank fire kills four in Khan Younis",
                "Israeli tank shelling killed four people east of Khan Younis, medics said.", outlet="WAFA")),
    # extraction misplaced one report; both headlines name the same town
    "the headline names the town extraction missed (US shooting)": (True,
        account("w1", "2015-08-26", None, "West Palm Beach", "other", 2, "Police: 2 dead, 2 injured in West Palm Beach shooting",
                "Two people were killed and two injured in a shooting in West Palm Beach on Tuesday night, police said."),
        account("w2", "2015-08-26", None, "Davis", "other", 2, "2 dead after 4 shot in West Palm Beach",
                "Police spokesman Davis said two men died after four people were shot outside an apartment complex.",
                outlet="WPTV")),
    "two towns far apart, neither named by the other, stay apart (US shooting)": (False,
        account("f1", "2016-02-02", "2016-02-02", "Fort Washington", "other", 2, "Double homicide in Fort Washington",
                "A woman and her toddler were shot dead in a home in Fort Washington, police said."),
        account("f2", "2016-02-02", "2016-02-02", "Bradbury", "other", 2, "Two killed in Bradbury shooting",
                "Two men were shot dead outside a house in Bradbury, deputies said.", outlet="KTLA")),
    "one town name geocoded in two countries (US shooting)": (True,
        account("h1", "2016-07-24", "2016-07-24", "Hamilton, Ontario", "other", 1, "Man fatally shot in Hamilton bar",
                "A man was fatally shot inside a bar in Hamilton early Sunday, the police chief said."),
        account("h2", "2016-07-25", "2016-07-24", "Hamilton, Ohio", "other", 1, "Hamilton bar shooting: man shot dead",
                "A man was shot dead inside a bar in Hamilton on Sunday, the police chief said.", outlet="WLWT")),
    # a capital's division and the one around it
    "Damascus and Rif Dimashq on the day of the gas attack (Syria)": (True,
        account("d1", "2013-08-21", "2013-08-21", "Damascus", "chemical_attack", 1300, "Gas attack near Damascus kills 1,300",
                "The opposition said a chemical attack on the suburbs of Damascus killed 1,300 people."),
        account("d2", "2013-08-21", "2013-08-21", "Ghouta", "chemical_attack", 1300, "Opposition: 1300 killed in Ghouta gas attack",
                "Opposition activists said 1,300 people were killed in a poison gas attack in the Ghouta.", outlet="AFP")),
    "Kyiv City and Kyiv Oblast on one night of missile strikes (Ukraine)": (True,
        account("k1", "2023-06-01", "2023-06-01", "Kyiv", "air_strike", 3, "Russian missile attack on Kyiv kills three",
                "Three people, including a child, were killed in a Russian missile attack on Kyiv overnight."),
        account("k2", "2023-06-01", "2023-06-01", "Bucha", "air_strike", 3, "Kyiv missile attack kills three, debris falls in region",
                "Three people were killed in the overnight Russian missile attack on Kyiv, officials of the region said.",
                outlet="Ukrinform")),
    # different incidents in one city on one day
    "a mosque bombing and a checkpoint shooting in one city on one day (Afghanistan)": (False,
        account("a1", "2022-04-29", "2022-04-29", "Kabul", "suicide_bombing", 50, "Blast at Kabul mosque kills 50",
                "A suicide bomber blew himself up at a mosque in western Kabul during Friday prayers, killing 50 worshippers."),
        account("a2", "2022-04-29", "2022-04-29", "Kabul", "armed_clash", 2, "Two Taliban guards killed at Kabul checkpoint",
                "Gunmen opened fire on a Taliban checkpoint in northern Kabul, killing two guards, police said.",
                outlet="Tolo")),
    "a market car bomb and a hotel siege in one city two days apart (Somalia)": (False,
        account("m1", "2022-08-19", "2022-08-19", "Mogadishu", "armed_clash", 21, "Al-Shabaab storms Mogadishu hotel",
                "Al-Shabaab gunmen stormed the Hayat hotel in Mogadishu, killing 21 people in a siege that lasted a day."),
        account("m2", "2022-08-21", "2022-08-21", "Mogadishu", "bombing", 5, "Car bomb kills five at Mogadishu market",
                "A car bomb exploded at the Bakara market in Mogadishu, killing five traders.", outlet="Garowe Online")),
}


@pytest.mark.parametrize("name", list(PAIRS))
def test_an_analyst_links_these_reports_or_keeps_them_apart(name):
    linked, a, b = PAIRS[name]
    ids = link_reports([a, b])
    assert (ids[a.key] == ids[b.key]) is linked
    again = link_reports([b, a])      # and whichever arrives first
    assert (again[a.key] == again[b.key]) is linked


def ghouta_2013() -> list[LinkItem]:
    return [
        account("gh1", "2013-08-21", "2013-08-21", "Ghouta", "chemical_attack", 1300, "Poison gas attack in Ghouta kills 1,300",
                "Opposition activists said a poison gas attack on the Ghouta killed 1,300 people."),
        account("gh2", "2013-08-22", "2013-08-21", "Ghouta", "chemical_attack", 1300, "World condemns Ghouta gas attack",
                "World leaders condemned the chemical attack on the Ghouta that the opposition says killed 1,300.", outlet="AFP"),
    ]


RECALLED = [  # (headline, lead, published, place, joins the 2013 Ghouta event)
    ("Syrian Coalition: Assad used chemical weapons 136 times since Ghouta Massacre",
     "The Syrian Coalition said the regime had used chemical weapons 136 times since the Ghouta Massacre, which "
     "claimed the lives of over 1,127 civilians.", "2016-08-24", "Ghouta", True),
    ("Survivors mark the anniversary of the Ghouta attack",
     "Survivors marked the anniversary of the Ghouta attack, in which more than 1,400 people were killed.",
     "2018-08-21", "Ghouta", True),
    ("Since the Houla massacre, the town has been empty",
     "Since the Houla massacre, in which 108 people were killed, the town has been empty.", "2016-05-25", None, False),
]


@pytest.mark.parametrize("title, lead, pub, where, joins", RECALLED)
def test_a_statement_recalling_a_named_incident_joins_that_incident_never_a_new_day(title, lead, pub, where, joins):
    recall = account("st", pub, None, where, "chemical_attack", 1127, title, lead, outlet="Syrian Coalition")
    ids = link_reports(ghouta_2013() + [recall])
    assert (ids[recall.key] == ids[("gh1", 0)]) is joins
    assert ids[("gh1", 0)] == ids[("gh2", 0)]


def test_a_recalled_incident_is_never_one_reported_after_the_statement():
    recall = account("st", "2016-08-24", None, "Ghouta", "chemical_attack", 1127,
                     "Assad used chemical weapons 136 times since Ghouta Massacre",
                     "The regime has used chemical weapons 136 times since the Ghouta Massacre.", outlet="Syrian Coalition")
    later = account("gh9", "2018-02-25", "2018-02-25", "Ghouta", "chemical_attack", 6, "Chlorine attack on Ghouta",
                    "Medics said a chlorine attack on the Ghouta killed six people.")
    ids = link_reports([recall, later])
    assert ids[recall.key] != ids[later.key]


def borno_bombing() -> list[LinkItem]:
    return [
        account("b1", "2019-06-17", "2019-06-16", "Maiduguri", "suicide_bombing", 30, "Suicide bombers kill 30 in Borno",
                "Three suicide bombers killed 30 football fans at a viewing centre in Borno state."),
        account("b2", "2019-06-17", "2019-06-16", "Maiduguri", "suicide_bombing", 30,
                "Nigeria: 30 football fans killed at viewing centre",
                "Emergency officials counted 30 football fans dead at a viewing centre in Borno state.",
                outlet="Premium Times"),
    ]


def test_stored_events_that_a_new_report_shows_to_be_one_merge():
    """Two outlets' first reports were stored as two events; a report that fits both, and the two
    agree with each other, makes them one (the smaller id)."""
    first, second = borno_bombing()
    bridge = account("b3", "2019-06-18", "2019-06-16", "Maiduguri", "suicide_bombing", 30,
                     "Suicide bombers kill 30 football fans at Borno viewing centre",
                     "Three suicide bombers killed 30 football fans at a viewing centre in Borno state, emergency "
                     "officials said.", outlet="AFP")
    ids = link_reports([first, second, bridge], previous={first.key: 4, second.key: 7})
    assert ids[first.key] == ids[second.key] == ids[bridge.key] == 4


def test_a_report_between_two_days_of_strikes_does_not_chain_them():
    """Strikes on one province two days apart are two events, even when a report fits both."""
    monday = account("i1", "2016-10-24", "2016-10-24", "Khan Sheikhoun", "air_strike", 16,
                     "Heavy bombing of Idlib kills 16", "Government bombardment of towns in Idlib killed 16 people.")
    wednesday = account("i2", "2016-10-26", "2016-10-26", "Khan Sheikhoun", "air_strike", 22,
                        "Air strikes on school complex kill 22 children",
                        "Air strikes on a school complex killed 22 children and six teachers.", outlet="AFP")
    tuesday = account("i3", "2016-10-25", "2016-10-25", "Khan Sheikhoun", "air_strike", 20,
                      "Air strikes on Idlib kill 20 as bombing of school complex feared",
                      "Air strikes and bombing of towns in Idlib killed 20 people near a school complex.",
                      outlet="Al Jazeera")
    ids = link_reports([monday, wednesday, tuesday], previous={monday.key: 1, wednesday.key: 2})
    assert ids[monday.key] == 1 and ids[wednesday.key] == 2
