"""Quantities and their bounds, per the number rules of shared/gold/GUIDELINES.md."""
import pytest

from sitrep.extract.numbers import find_quantities, parse_number

BOUNDS = [
    # (text, expected (low, high, qualifier) of the first quantity)
    ("Opposition advocates said security services killed as many as 53 people", (None, 53, "as many as")),
    ("at least 67 bodies were found in Qaryatayn", (67, None, "at least")),
    ("more than 1,200 civilians", (1200, None, "more than")),
    ("The war has killed more than 230000 people", (230000, None, "more than")),
    ("tolls estimated at between 47 and 53", (47, 53, "between")),
    ("killed from 500 to well over 1000 people", (500, None, "between")),
    ("Houthi shelling wounded 10-15 people in Taiz", (10, 15, "range")),
    ("including five to six children, Airwars said", (5, 6, "range")),
    ("two or three soldiers were wounded near Bakhmut", (2, 3, "range")),
    ("seventy-two people died", (72, 72, None)),
    ("twenty-eight heads of the group were killed", (28, 28, None)),
    ("one hundred and twenty soldiers", (120, 120, None)),
    ("about 40 militants", (40, 40, "about")),
    ("nearly 40 militants", (40, 40, "nearly")),
    ("some 1300 people", (1300, 1300, "some")),
    ("up to 40 villagers were abducted by gunmen in Zamfara", (None, 40, "up to")),
    ("upwards of 300 were detained in Yangon", (300, None, "upwards of")),
    # a toll put "above" a figure is more than it (Niger, Gaza)
    ("local sources put the toll above 50", (50, None, "above")),
    ("the death toll in Jabalia rose to well above 100", (100, None, "well above")),
    # a toll feared to grow bounds it from above (Syria, Ukraine, Somalia)
    ("a council member said the toll could reach 20", (None, 20, "could reach")),
    ("the governor warned that the death toll could rise to 15", (None, 15, "could rise to")),
    ("police said the number of dead may rise to 20", (None, 20, "may rise to")),
    ("dozens of civilians", (24, None, "dozens")),
    ("scores of civilians", (40, None, "scores")),
    ("hundreds of people", (200, None, "hundreds")),
    ("thousands fled across the border", (2000, None, "thousands")),
    ("tens of thousands of Syrians displaced", (20000, None, "tens of thousands")),
    ("hundreds of thousands of people have been killed", (200000, None, "hundreds of thousands")),
    ("a dozen people", (12, 12, "a dozen")),
    ("more than a dozen soldiers", (12, None, "more than")),
    ("killed more than a 100 people", (100, None, "more than")),
    ("more than 10 million displaced", (10_000_000, None, "more than")),
    ("40 or more bodies", (40, None, "or more")),
    ("several dozen dead", (24, None, "several")),
    ("death tolls ranging from about 500 to - by one account - some 1300", (500, 1300, "between")),
    ("killed from about 20 to 30 people", (20, 30, "between")),
    ("between forty-seven and fifty-three bodies", (47, 53, "between")),
    ("Houthi fire killed 17 to 20 people", (17, 20, "range")),
    ("no fewer than 30 villagers", (30, None, "no fewer than")),
    ("fewer than 10 soldiers", (None, 10, "fewer than")),
    ("almost 6,000 additional Syrian civilians", (6000, 6000, "almost")),
    ("an estimated 2,500 displaced", (2500, 2500, "an estimated")),
    ("in excess of 1,000 detained", (1000, None, "in excess of")),
    ("Eighty-five people were killed", (85, 85, None)),
    ("two thousand families", (2000, 2000, None)),
    ("about a dozen fighters", (12, 12, "about")),
    ("a hundred and twenty protesters", (120, 120, None)),
    ("two dozen people", (24, 24, None)),
    ("nearly two dozen civilians", (24, 24, "nearly")),
    ("half a dozen soldiers", (6, 6, "half a dozen")),
    ("a few dozen fighters", (24, None, "a few dozen")),
    ("tens of civilians were killed", (20, None, "tens of")),
    ("some 40-50 people", (40, 50, "range")),
]


@pytest.mark.parametrize("text, expected", BOUNDS)
def test_bounds(text, expected):
    q = find_quantities(text)[0]
    assert (q.low, q.high, q.qualifier) == expected
    assert text[q.start:q.end] == q.text


NOT_QUANTITIES = [
    "Several people were hurt in the blast",
    "A number of residents fled",
    "a two-pronged attack on the city",
    "a 12-year-old boy",
    "turnout was 40% in the vote",
    "at 12:30 local time",
    "troops pushed into the district",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_no_quantity(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, value", [("1,200", 1200), ("230000", 230000), ("seventy-two", 72),
                                         ("two hundred and fifty", 250), ("1.5 million", 1_500_000),
                                         ("a dozen", 12), ("a hundred", 100), ("ten", 10)])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_offsets_are_shifted():
    sentence = "Yemen's health ministry said 12 people died."
    q = find_quantities(sentence, offset=100)[0]
    assert (q.start, q.num_start) == (100 + sentence.index("12"),) * 2


# A running figure told with its step or its old level: the figure is the new level.
NEW_LEVELS = [
    ("The death toll rose by 12 to 57", [(57, 57, None)]),
    ("the toll had risen by five to 27", [(27, 27, None)]),
    ("the toll has risen from 45 to at least 57", [(57, None, "at least")]),
    ("the number of dead climbed from 10 to 14", [(14, 14, None)]),
    # not a change: real ranges stay ranges
    ("death tolls ranging from 500 to 1300", [(500, 1300, "between")]),
    ("killed 12 to 15 people", [(12, 15, "range")]),
    ("between 47 and 53 dead", [(47, 53, "between")]),
]


@pytest.mark.parametrize("text, expected", NEW_LEVELS)
def test_new_level_of_a_running_figure(text, expected):
    got = find_quantities(text)
    assert [(q.low, q.high, q.qualifier) for q in got] == expected
    assert all(text[q.start:q.end] == q.text for q in got)
