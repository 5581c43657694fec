"""Canonical actors: blame words as written, in an article about a country, to one named actor."""
from __future__ import annotations

import pytest

from sitrep.actors import ActorTable, fold, party_speaker_kind, resolve_actor
from sitrep.errors import InputError

# (words as written, the country the article is about, canonical actor or None)
RESOLVED = [
    # Syria: one state, many spellings
    ("Assad regime", "Syria", "Military Forces of Syria"),
    ("regime forces", "Syria", "Military Forces of Syria"),
    ("the Syrian government", None, "Military Forces of Syria"),
    ("government forces", "Syria", "Military Forces of Syria"),
    ("Syrian army", None, "Military Forces of Syria"),
    ("the Syrian army's", "Syria", "Military Forces of Syria"),
    ("security services", "Syria", "Military Forces of Syria"),
    ("soldiers and thugs", "Syria", "Military Forces of Syria"),
    ("forces loyal to President Bashar al-Assad", "Syria", "Military Forces of Syria"),
    ("Assad regime forces", "Lebanon", "Military Forces of Syria"),   # the name says whose, not the article
    ("government of Syria", None, "Military Forces of Syria"),
    ("Free Syrian Army", "Syria", "Free Syrian Army"),                # longest name wins over "Syrian Army"
    ("Syrian rebels", None, "Rebel Forces (Syria)"),
    ("US-backed rebels", "Syria", "Rebel Forces (Syria)"),           # the backer is not the actor
    ("regime forces and Iran-back terrorist group", "Syria", "Military Forces of Syria"),   # Iran is another conjunct
    ("the Sudanese army", "Chad", "Military Forces of Sudan"),
    ("Daesh terrorists", None, "Islamic State"),
    ("the Islamic State group", "Iraq", "Islamic State"),
    ("IS", "Iraq", "Islamic State"),
    ("Jabhat al-Nusra terrorists", "Syria", "Hay'at Tahrir al-Sham"),
    ("Russian", "Syria", "Military Forces of Russia"),
    ("Russian warplanes", "Syria", "Military Forces of Russia"),
    ("the U.S.-led coalition", "Syria", "International Coalition against the Islamic State"),
    ("Kurdish-led Syrian Democratic Forces", "Syria", "Syrian Democratic Forces"),
    # other wars
    ("the army", "Sudan", "Military Forces of Sudan"),
    ("the paramilitary Rapid Support Forces", "Sudan", "Rapid Support Forces"),
    ("RSF fighters", "Sudan", "Rapid Support Forces"),
    ("Houthi rebels", "Yemen", "Houthis"),
    ("Saudi-led coalition", "Yemen", "Saudi-led Coalition"),
    ("the junta", "Myanmar", "Military Forces of Myanmar"),
    ("Tatmadaw", None, "Military Forces of Myanmar"),
    ("Boko Haram gunmen", "Nigeria", "Boko Haram"),
    ("ISWAP", "Nigeria", "Islamic State"),
    ("al-Shabab militants", "Somalia", "Al-Shabaab"),
    ("Israeli forces", "Palestine", "Military Forces of Israel"),
    ("Hamas", "Israel", "Hamas"),
    ("Ukrainian forces", "Russia", "Military Forces of Ukraine"),
    ("the Taliban", "Afghanistan", "Taliban"),
    ("M23 rebels", "Democratic Republic of the Congo", "M23"),
    ("troops loyal to Khalifa Haftar", "Libya", "Libyan National Army"),
    # a country's word with what it fights with, the backed actor, family names, a country's own rebels
    ("Syrian aircraft", None, "Military Forces of Syria"),
    ("an Ethiopian drone", "Ethiopia", "Military Forces of Ethiopia"),
    ("Russian jets", "Ukraine", "Military Forces of Russia"),
    ("Syrian soldiers, backed by tanks and helicopters", "Syria", "Military Forces of Syria"),
    ("troops backed by helicopter gunships", "Sudan", "Military Forces of Sudan"),
    ("the Assads' forces", None, "Military Forces of Syria"),
    ("Assads forces", "Syria", "Military Forces of Syria"),
    ("rebels", "Yemen", "Houthis"),
    ("the rebels", "Yemen", "Houthis"),
    ("rebels", "Syria", "Rebel Forces (Syria)"),
    ("Hamas-led fighters", "Israel", "Hamas"),
    ("left-wing National Liberation Army guerrillas", "Colombia", "National Liberation Army (Colombia)"),
    # generic words: nobody in particular, or a country that cannot be known
    ("aircraft", "Syria", None),
    ("unidentified gunmen", "Nigeria", None),
    ("armed terrorist groups", "Syria", None),
    ("drones", "Ukraine", None),
    ("government forces", None, None),
    ("the group that is", None, None),          # "is" in lower case is a verb, not the Islamic State
    ("us", "Syria", None),
    # an alias of common words written as the end of another proper name is not that actor (Syria); a country's
    # or the article's own word before it still is (Russia, Myanmar)
    ("the Deir ez-Zor Military Council", None, None),
    ("Manbij Military Council", None, None),
    ("the Military Council", "Myanmar", "Military Forces of Myanmar"),
    ("Russian Military Police", "Syria", "Military Forces of Russia"),
    # those "anti" a party are not that party (Syria, Sudan)
    ("Anti-Damascus militants", None, None),
    ("anti-RSF fighters", None, None),
]


@pytest.mark.parametrize("words,country,expected", RESOLVED)
def test_resolve_actor(words, country, expected):
    actor = resolve_actor(words, country)
    assert (actor.name if actor else None) == expected


@pytest.mark.parametrize("words,country,inter", [
    ("regime forces", "Syria", 1),
    ("Russian jets", "Syria", 8),           # a state's forces abroad are external forces
    ("Israeli army", "Palestine", 8),
    ("the Houthis", "Yemen", 2),
    ("RSF", "Sudan", 3),
    ("Fulani herdsmen", "Nigeria", 4),
])
def test_inter_codes(words, country, inter):
    assert resolve_actor(words, country).inter_in(country) == inter


@pytest.mark.parametrize("named, generic", [("FARDC", "the army"), ("Tatmadaw", "troops"), ("IDF", "soldiers"),
                                            ("SAF", "the army"), ("Syrian Arab Army", "government forces")])
def test_a_state_named_and_its_army_unnamed_are_one_actor(named, generic):
    """"The FARDC" and "the army" in a Congo story are one actor: the table's row for a state's forces and its
    generic words read for that state's country give one canonical name, or a claims matrix splits them."""
    actor = resolve_actor(named, None)
    assert resolve_actor(generic, actor.country) == actor


@pytest.mark.parametrize("name, kind", [
    ("the IDF", "military"), ("FARDC", "military"), ("the Tatmadaw", "military"), ("CENTCOM", "military"),
    ("the Qassam Brigades", "armed_group"), ("the PKK", "armed_group"), ("CODECO", "armed_group"),
    # no party named whole: a person, a kind of force, a country's people
    ("Abu Omar", None), ("troops", None), ("Syrians", None),
])
def test_a_party_named_whole_speaks_as_what_it_is(name, kind):
    assert party_speaker_kind(name) == kind


def test_fold_joins_spellings():
    assert fold("Assad’s forces") == fold("Assad's  forces") == "assad s forces"


def test_import_adds_rows_once_and_takes_precedence(tmp_path):
    own = tmp_path / "ours.tsv"
    own.write_text("name\tkind\tcountry\tinter\taliases\n"
                   "Wagner Group\tmercenary\tRussia\t8\tmusicians|the orchestra\n"
                   "Zamfara Bandits\tmilitia\tNigeria\t3\tzamfara bandits|bandits in zamfara\n", encoding="utf-8")
    user = tmp_path / "home" / "actors.tsv"
    table = ActorTable.load(user_path=user)
    assert table.resolve("the musicians", "Mali") is None
    assert table.import_file(own, user_path=user) == 2
    assert table.import_file(own, user_path=user) == 0            # idempotent
    assert table.resolve("the musicians", "Mali").name == "Wagner Group"
    again = ActorTable.load(user_path=user)                         # a later process has them
    assert again.resolve("Zamfara bandits", "Nigeria").name == "Zamfara Bandits"


@pytest.mark.parametrize("row,problem", [
    ("Some Group\trebel\tSyria\n", "expected 5 columns"),
    ("Some Group\tcult\tSyria\t2\tsome group\n", "unknown kind"),
    ("Some Group\trebel\tSyria\tnine\tsome group\n", "inter must be"),
    ("\trebel\tSyria\t2\tsome group\n", "needs a name"),
])
def test_bad_rows_name_file_and_row(tmp_path, row, problem):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# our actors\n" + row, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        ActorTable.load(user_path=tmp_path / "none.tsv").import_file(bad, user_path=tmp_path / "u.tsv")
    assert f"{bad}:2" in str(exc.value) and problem in str(exc.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ActorTable.load(user_path=tmp_path / "none.tsv").import_file(tmp_path / "nope.tsv", user_path=tmp_path / "u.tsv")


def test_cli_actors_import(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from sitrep import actors
    from sitrep.cli import app

    monkeypatch.setenv("SITREP_HOME", str(tmp_path / "home"))
    actors.default_actors.cache_clear()
    own = tmp_path / "ours.csv"
    own.write_text("name,kind,country,inter,aliases\nAnsaru,jihadist,Nigeria,2,ansaru|ansarul muslimina\n")
    try:
        result = CliRunner().invoke(app, ["actors", "import", str(own)])
        assert result.exit_code == 0, result.output
        assert "1 actors imported" in result.output
        assert (tmp_path / "home" / "actors.tsv").read_text().startswith("Ansaru\tjihadist\tNigeria\t2\t")
        bad = CliRunner().invoke(app, ["actors", "import", str(tmp_path / "missing.csv")])
        assert bad.exit_code == 1 and "no such file" in bad.output
    finally:
        actors.default_actors.cache_clear()


@pytest.mark.parametrize("text, homes", [
    ("HTS fighters attacked regime positions near Kabani.", ["Syria"]),
    ("ADF rebels killed 25 civilians; the RSF denied the attack.", ["Democratic Republic of the Congo", "Sudan"]),
    # a group of no one country, and common words for armed men, name no home
    ("Islamic State fighters and unknown gunmen attacked the village; rebels fled.", []),
])
def test_an_armed_groups_home_country(text, homes):
    from sitrep.actors import default_actors

    assert default_actors().home_countries(text) == homes
