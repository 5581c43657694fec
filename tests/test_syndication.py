"""Copy groups: a wire story reprinted by several outlets is one source, not three."""
from __future__ import annotations

import random

from sitrep.syndication import CopyGrouper, copy_groups

AFP_IDLIB = (
    "At least 11 civilians including two children were killed on Sunday in air strikes on a market in the "
    "town of Maaret al-Numan in Syria's Idlib province, a monitor said. The Syrian Observatory for Human Rights "
    "said the strikes were carried out by Russian warplanes, while Moscow denied any involvement. Rescue workers "
    "searched the rubble of shops and stalls for survivors as the wounded were taken to nearby clinics. Idlib is "
    "part of a so-called de-escalation zone agreed by Russia, Iran and Turkey, but violence has continued."
)
AHRAM = "At least 11 dead in Syria market air strike: Monitor\nAFP, Sunday 8 Oct 2017\n" + AFP_IDLIB
SABAH = ("Published October 8 2017. " + AFP_IDLIB.replace("Syria's Idlib province", "Syria's northwestern Idlib province")
         .replace(" Idlib is part of a so-called de-escalation zone agreed by Russia, Iran and Turkey, but violence "
                  "has continued.", "") + " Photo: AFP")
ALARABY = (
    "Syrian regime airstrikes on a market in Idlib province killed at least 11 civilians on Sunday, two of them "
    "children, according to local activists who blamed government jets for the raid on Maaret al-Numan. The "
    "White Helmets said several of the wounded were in critical condition and the toll could rise."
)
KONDUGA = (
    "MAIDUGURI, Nigeria (AFP) - Three suicide bombers killed at least 30 people watching a football match on "
    "television in Konduga, Borno state, a local official said on Monday. Dozens more were injured in the "
    "attack, which bore the hallmarks of Boko Haram, the jihadist group that has waged an insurgency since 2009."
)


def test_an_afp_story_reprinted_by_two_outlets_is_one_group():
    groups = copy_groups({"ahram-1923848257": AHRAM, "sabah-1924058": SABAH, "araby-1923102968": ALARABY,
                          "ng-1": KONDUGA})
    assert groups["ahram-1923848257"] == groups["sabah-1924058"] == "ahram-1923848257"
    assert groups["araby-1923102968"] == "araby-1923102968"   # same incident, own words: independent
    assert groups["ng-1"] == "ng-1"


def test_exact_duplicates_group_under_the_smallest_id():
    assert copy_groups({"b": KONDUGA, "a": KONDUGA, "c": KONDUGA}) == {"a": "a", "b": "a", "c": "a"}


def test_incremental_grouping_matches_the_batch():
    g = CopyGrouper()
    assert g.add("sabah", SABAH) == "sabah"
    assert g.add("araby", ALARABY) == "araby"
    assert g.add("ahram", AHRAM) == "ahram"
    assert g.group_of("sabah") == "ahram"
    assert g.groups() == copy_groups({"sabah": SABAH, "araby": ALARABY, "ahram": AHRAM})


def test_empty_and_tiny_texts_stay_alone():
    groups = copy_groups({"e1": "", "e2": "", "t1": "Blast in Homs", "t2": "Blast in Homs"})
    assert groups["e1"] == "e1" and groups["e2"] == "e2"
    assert groups["t2"] == "t1"


def test_many_unrelated_articles_form_no_groups():
    rng = random.Random(7)
    vocab = [f"w{n}" for n in range(20000)]
    texts = {f"a{i:04d}": " ".join(rng.choices(vocab, k=120)) for i in range(300)}
    groups = copy_groups(texts)
    assert all(k == v for k, v in groups.items())
