"""A guarded pattern answers exactly as the pattern does, only sooner on texts it cannot match."""
import re

import pytest

from sitrep.extract import casualties, dates
from sitrep.extract.literal_guard import IGNORECASE_ASCII, first_of, guarded, top_level_branches

SENTENCES = [
    "At least 15 people were killed in a car bomb blast in Homs on Thursday, an NGO said.",
    "Saudi-led coalition air strikes killed 22 civilians in Saada province between 5 and 7 April.",
    "Two days ago, gunmen attacked a village in Zamfara state, killing 31 people.",
    "Shelling of Kharkiv overnight into Sunday wounded nine, the regional governor said.",
    "The RSF stormed El Geneina late Saturday and early Sunday, witnesses told Reuters.",
    "A drone strike in Lower Shabelle killed four al-Shabaab fighters in the past 48 hours.",
    "Since March 2011 more than 400,000 people have been killed in Syria's war.",
    "Myanmar troops torched homes in Sagaing region last week, residents said.",
    "Israeli strikes on Rafah killed 12 people earlier this month, Gaza's health ministry said.",
    "Nobody was hurt.",
    "",
    "ON MONDAY, JUNE 3, 2019 police in Sudan opened fire on protesters in Khartoum.",
]


@pytest.mark.parametrize("kind,rx", [(k, g.rx) for k, g in dates._PATTERNS])
@pytest.mark.parametrize("text", SENTENCES)
def test_date_patterns_answer_as_unguarded(kind, rx, text):
    g = guarded(rx)
    for pos, end in ((0, len(text)), (3, len(text)), (0, len(text) // 2), (10, 40)):
        assert [m.span() for m in g.finditer(text, pos, end)] == [m.span() for m in rx.finditer(text, pos, end)]
        assert (g.search(text, pos, end) or re.match("", "x")).span() == (rx.search(text, pos, end) or
                                                                           re.match("", "x")).span()


@pytest.mark.parametrize("pattern,flags,words", [
    (r"\b(?P<n>two|three|\d)\s+days?\s+ago\b", re.I, {"day"}),      # the first of two as selective
    (r"\b(?:on\s+)?(?P<w>Monday|Tuesday|Sunday)\b", re.I, {"Monday", "Tuesday", "Sunday"}),
    (r"since (?:the )?(?:start|outbreak) of", re.I, {"since "}),
    (r"(?:the |its )?(?:[\w-]+ )?war (?:killed|killing)\b", 0, {"war kill"}),   # re factors the branches
    (r"(?:shelling){1,3} of", 0, {"shelling"}),
])
def test_words_every_match_needs(pattern, flags, words):
    assert set(guarded(re.compile(pattern, flags)).words) == {w.lower() if flags & re.I else w for w in words}


@pytest.mark.parametrize("pattern", [
    r"\d+ (?:people|civilians)?",        # a figure alone may match: no word is needed
    r"(?:killed|\d+)",                   # one branch needs no literal
    r"(?:the )?\w+",
    r"(?i:kill)ed",                      # a group with its own flags is not looked into: only "ed"
])
def test_unguardable_parts_are_never_used_as_guards(pattern):
    g = guarded(re.compile(pattern))
    assert g.words in (None, ("ed",))
    for text in SENTENCES + ["KILLed 4", "Killed"]:
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.rx.finditer(text)]


def test_case_folding_follows_the_pattern():
    g = guarded(re.compile(r"\bsince (?:the )?war\b", re.I))
    assert g.search("SINCE THE WAR began, Yemen's economy has collapsed").group(0) == "SINCE THE WAR"
    assert g.search("Since then") is None
    assert guarded(re.compile(r"since")).search("SINCE 2011") is None


def test_other_attributes_are_the_patterns():
    rx = re.compile(r"(?P<d>\d+) killed", re.I)
    g = guarded(rx)
    assert g.pattern == rx.pattern and g.flags == rx.flags and g.groupindex == rx.groupindex
    assert g.findall("5 killed in Idlib, 7 killed in Aden") == ["5", "7"]
    assert g.findall("no one was hurt") == []
    assert g.match("12 killed") is not None and g.fullmatch("12 killed") is not None
    assert g.match("nothing") is None and g.fullmatch("killed") is None


@pytest.mark.parametrize("text", [
    "SINCE THE WAR began", "ſince the war began",        # a long s is an s to re.IGNORECASE
    "MİD-APRIL fighting in Kıdal", "Kelvin: \u212aILLED 4",
])
def test_letters_ignorecase_matches_to_ascii_are_never_skipped(text):
    for pattern in (r"since the war", r"mid-april", r"kıdal", r"killed \d", r"k\w+ed"):
        rx = re.compile(pattern, re.I)
        assert [m.span() for m in guarded(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_the_ignorecase_table_is_complete():
    """Every non-ASCII character re.IGNORECASE matches to an ASCII letter is in the table (the
    candidates: characters whose other case holds an ASCII letter)."""
    found = {}
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        if any(x.isascii() and x.isalpha() for x in c.lower() + c.upper() + c.casefold()):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch(letter, c, re.I):
                    found[cp] = letter
    assert found == IGNORECASE_ASCII


SCOPED = SENTENCES + [
    "The war, which has killed more than 380,000 people since 2011, shows no sign of ending.",
    "Over the past three years fighting in Tigray has displaced two million people.",
    "The deadliest attack this year killed 40 in Maiduguri, the army said.",
    "Russia's bombing campaign has killed 1,200 civilians since it began, monitors said.",
    "Across the country, 25 protesters were killed the previous day in Yangon and Mandalay.",
    "In the first six months of the year, 2,000 people were killed in Darfur.",
]


@pytest.mark.parametrize("text", SCOPED)
def test_first_of_answers_as_the_whole_alternation(text):
    whole = re.compile("|".join(f"(?:{p})" for p in casualties._SCOPE_PATTERNS), re.I)
    for pos, end in ((0, len(text)), (4, len(text)), (0, len(text) // 2), (20, 70)):
        a, b = whole.search(text, pos, end), casualties.SCOPE_RE.search(text, pos, end)
        assert (a and (a.span(), a.group(0))) == (b and (b.span(), b.group(0)))


def test_first_of_takes_the_leftmost_then_the_first_branch():
    rx = first_of([r"killed \d+", r"\d+ killed|\d+ dead", r"at least \d+ killed"])
    assert rx.search("At least 12 killed, 3 dead").group(0) == "12 killed"
    assert rx.search("at least 12 killed").group(0) == "at least 12 killed"
    assert rx.search("they killed 12").group(0) == "killed 12"
    assert rx.search("no one was hurt") is None
    assert rx.pattern == r"(?:killed \d+)|(?:\d+ killed|\d+ dead)|(?:at least \d+ killed)"


@pytest.mark.parametrize("pattern,branches", [
    (r"since then|to date", ["since then", "to date"]),
    (r"(?:war|conflict) killed|fled", ["(?:war|conflict) killed", "fled"]),
    (r"[|]x|\|y", ["[|]x", r"\|y"]),
    (r"[]|]a|[^]|]b", ["[]|]a", "[^]|]b"]),
    (r"nationwide", ["nationwide"]),
])
def test_top_level_branches(pattern, branches):
    assert top_level_branches(pattern) == branches
