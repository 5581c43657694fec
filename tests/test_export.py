"""The events CSV's ACLED-style actor columns, read from reconciled events of several wars."""
from __future__ import annotations

import pytest

from sitrep.export import EVENTS_CSV_COLUMNS, event_csv_row, perpetrator_claim_record
from sitrep.records import to_dict
from sitrep.reconcile import reconcile
from test_reconcile import Story, homs_massacre


def row_of(items) -> dict:
    summary = to_dict(reconcile(1, items))
    return event_csv_row({"event_id": 1, "summary": summary, "n_reports": len(items), "flags": ""})


def test_karm_al_zeitoun_actor_columns():
    row = row_of(homs_massacre())
    assert row["actor1"] == "Military Forces of Syria" and row["inter1"] == 1
    assert row["actor2"] == "Civilians (Syria)" and row["inter2"] == 7   # SANA counts civilians
    assert {"actor1", "assoc_actor_1", "actor2", "inter1", "inter2"} <= set(EVENTS_CSV_COLUMNS)


@pytest.mark.parametrize("country,blames,victims,expected", [
    # Syria: the monitor blames Russian and regime jets; Russia's forces abroad are external (8)
    ("Syria", [("Russian warplanes", "Syrian Observatory for Human Rights", "accuses"),
               ("Russian jets", "activists", "accuses"),
               ("regime helicopters", "Syrian Observatory for Human Rights", "accuses")], "civilians",
     ("Military Forces of Russia", "Military Forces of Syria", 8, "Civilians (Syria)", 7)),
    # Nigeria: a claim of responsibility outweighs one accusation of someone else
    ("Nigeria", [("ISWAP", "ISWAP", "claims_responsibility"), ("Boko Haram", "police", "accuses")], "security_forces",
     ("Islamic State", None, 2, "Military Forces of Nigeria", 1)),
    # Sudan: a denial counts for nobody; gunmen name nobody
    ("Sudan", [("Rapid Support Forces", "Sudan Doctors Network", "accuses"), ("RSF", "RSF", "denies"),
               ("gunmen", "residents", "accuses")], "all",
     ("Rapid Support Forces", None, 3, None, None)),
    ("Somalia", [("gunmen", "police", "accuses")], "civilians", (None, None, None, "Civilians (Somalia)", 7)),
])
def test_actor_columns(country, blames, victims, expected):
    text = " ".join(f"{speaker} said {words} did it." for words, speaker, _ in blames) + " Ten were killed."
    story = Story("x", "AFP", "2020-01-01", text, event_type="air_strike", town="T", admin1="", country=country)
    story.says("Ten were killed", 10, 10, "AFP", "outlet", victims=victims)
    for words, speaker, stance in blames:
        story.blames(f"{speaker} said {words} did it", words, speaker, "other", stance)
    row = row_of([story.item])
    assert (row["actor1"], row["assoc_actor_1"], row["inter1"], row["actor2"], row["inter2"]) == expected


def test_articles_jsonl_claims_carry_the_actor():
    claim = homs_massacre()[0].report.perpetrator_claims[0]
    record = perpetrator_claim_record(claim)
    assert record["perpetrator"] == "security services" and record["actor"] == "Military Forces of Syria"


@pytest.mark.parametrize("name, canonical, expected", [
    # the interchange schema names a source as the text does; the database by its entity: both, the written name in
    # brackets, where they differ (Syria, Gaza, Sudan)
    ("the Britain-based monitor", "Syrian Observatory for Human Rights",
     "Syrian Observatory for Human Rights (the Britain-based monitor)"),
    ("the Palestinian Ministry of Health", "Gaza Health Ministry",
     "Gaza Health Ministry (the Palestinian Ministry of Health)"),
    # the same words, or a name with brackets of its own: the canonical name alone
    ("the Sudan Doctors Network", "Sudan Doctors Network", "Sudan Doctors Network"),
    ("Reuters", "Reuters", "Reuters"),
    ("the Syrian Democratic Forces (SDF)", "Syrian Democratic Forces", "Syrian Democratic Forces"),
])
def test_according_to_keeps_the_words_as_written(name, canonical, expected):
    from sitrep.export import according_to
    from sitrep.records import Speaker
    assert according_to(Speaker(name, canonical)) == expected
