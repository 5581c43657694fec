"""The gazetteer: transliteration-robust lookups, admin1 names, growth by import."""
from __future__ import annotations

import pytest

from sitrep.gazetteer import Gazetteer, name_key, skeleton_key


@pytest.mark.parametrize("a, b", [
    ("Jisr al-Shughour", "Jisr al-Shughur"),
    ("Jisr al-Shughour", "Jisr ash Shughur"),
    ("Jisr al- Shughour", "Jisr esh-Shughour"),
    ("Qaryatayn", "Al Qaryatayn"),
    ("Deir Ezzor", "Deir ez-Zor"),
    ("Hasakeh", "Hasakah"),
])
def test_name_key_folds_transliterations(a, b):
    assert name_key(a) == name_key(b)


def test_skeleton_key_joins_vowel_variants():
    assert skeleton_key(name_key("Qaryatain")) == skeleton_key(name_key("Qaryatayn"))
    assert skeleton_key(name_key("Idleb")) == skeleton_key(name_key("Idlib"))


@pytest.mark.parametrize("written, country, admin1", [
    ("Jisr al-Shughour", "SY", "Idlib"),
    ("Jisr ash Shughur", "SY", "Idlib"),
    ("Qaryatain", "SY", "Homs"),
    ("Al Qaryatayn", "SY", "Homs"),
    ("Deir Ezzor", "SY", "Deir ez-Zor"),
    ("Idleb", "SY", "Idlib"),
    ("Khan Sheikhoun", "SY", "Idlib"),
    ("Douma", "SY", "Rif Dimashq"),
    ("Sweida", "SY", "Suwayda"),
    ("Eastern Ghouta", "SY", "Rif Dimashq"),
    ("Rojava", "SY", None),         # the Kurdish name of north-east Syria, not the Iraqi village
    ("Darfur", "SD", None),         # regions of several divisions, of no one division
    ("Donbass", "UA", None),        # (not Donbass in Massachusetts)
    ("Kordofan", "SD", None),
    ("Taiz", "YE", None),
    ("Hodeidah", "YE", None),
    ("Bakhmut", "UA", None),
    ("Artemivsk", "UA", None),
    ("Kharkiv", "UA", None),
    ("El Fasher", "SD", None),
    ("Maiduguri", "NG", None),
    ("Sagaing", "MM", None),
])
def test_lookup_resolves_places_of_several_wars(gazetteer, written, country, admin1):
    entry = gazetteer.best(written, [country])
    assert entry is not None and entry.country_code == country
    if admin1:
        assert entry.admin1 == admin1


def test_country_context_disambiguates(gazetteer):
    # Ariha is a town in Idlib and the Arabic name of Jericho
    assert gazetteer.best("Ariha", ["SY"]).country_code == "SY"
    assert gazetteer.best("Douma", ["SY"]).admin1 == "Rif Dimashq"


def test_countries_and_demonyms(gazetteer):
    assert gazetteer.country_of("Syria") == "SY"
    assert gazetteer.country_of("Yemeni") == "YE"
    assert gazetteer.country_of("Ukrainian") == "UA"
    assert gazetteer.best("Syria").kind == "country"
    # a country told by its short name, never a town abroad spelt alike (Burqin, Xinjiang)
    assert gazetteer.country_of("Burkina") == "BF"
    assert gazetteer.country_of("Ivory Coast") == "CI"


def test_import_csv_persists_to_the_user_file(tmp_path, gazetteer):
    csv_file = tmp_path / "villages.csv"
    csv_file.write_text("name,lat,lon,admin1,country,alternate_names\n"
                        "Deir al-Adas,33.11,36.12,Daraa,Syria,Dayr al Adas|Deir el-Adas\n", encoding="utf-8")
    user_file = tmp_path / "gazetteer.tsv"
    gaz = Gazetteer()
    gaz.countries, gaz.admin1_names = dict(gazetteer.countries), dict(gazetteer.admin1_names)
    assert gaz.import_file(csv_file, user_path=user_file) == 1
    assert gaz.best("Deir el-Adas", ["SY"]).admin1 == "Daraa"
    again = Gazetteer()
    again.countries, again.admin1_names = gaz.countries, gaz.admin1_names
    again._load_user_file(user_file)
    assert again.best("Dayr al Adas").lat == pytest.approx(33.11)


def test_import_geonames_dump(tmp_path, gazetteer):
    row = ["170000", "Tall Shihab", "Tall Shihab", "Tell Shehab,Tal Shihab", "32.69", "35.97", "P", "PPL", "SY",
           "", "06", "", "", "", "3000", "", "400", "Asia/Damascus", "2020-01-01"]
    dump = tmp_path / "SY.txt"
    dump.write_text("\t".join(row) + "\n", encoding="utf-8")
    gaz = Gazetteer()
    gaz.countries, gaz.admin1_names = dict(gazetteer.countries), dict(gazetteer.admin1_names)
    assert gaz.import_file(dump, user_path=tmp_path / "g.tsv") == 1
    assert gaz.best("Tal Shehab", ["SY"]).admin1 == "Daraa"


def test_import_rejects_a_csv_without_coordinates(tmp_path):
    from sitrep.errors import InputError
    bad = tmp_path / "bad.csv"
    bad.write_text("name,admin1\nX,Y\n", encoding="utf-8")
    with pytest.raises(InputError):
        Gazetteer().import_file(bad, user_path=tmp_path / "g.tsv")


@pytest.mark.parametrize("written, country, admin1", [
    ("Taiz", "YE", "Taiz"),
    ("Hodeidah", "YE", "Hodeidah"),
    ("Kharkiv", "UA", "Kharkiv"),
    ("Bakhmut", "UA", "Donetsk"),
    ("El Fasher", "SD", "North Darfur"),
    ("Maiduguri", "NG", "Borno"),
    ("Mosul", "IQ", "Nineveh"),
    ("Kandahar", "AF", "Kandahar"),
    ("Misrata", "LY", "Misrata"),
    ("Gao", "ML", "Gao"),
    ("Baidoa", "SO", "Bay"),
    ("Tyre", "LB", "South Lebanon"),
])
def test_admin1_names_for_other_wars(gazetteer, written, country, admin1):
    entry = gazetteer.best(written, [country])
    assert entry is not None and entry.country_code == country
    assert entry.admin1 == admin1


@pytest.mark.parametrize("written, country", [("Idlib", "SY"), ("Sagaing", "MM"), ("Borno", "NG"), ("Nineveh", "IQ")])
def test_admin1_divisions_are_entries(gazetteer, written, country):
    assert any(m.entry.kind == "admin1" and m.entry.country_code == country
               for m in gazetteer.lookup(written, [country], limit=8))


def test_import_is_idempotent(tmp_path, gazetteer):
    csv_file = tmp_path / "villages.csv"
    csv_file.write_text("name,lat,lon,admin1,country\nDeir al-Adas,33.11,36.12,Daraa,Syria\n", encoding="utf-8")
    user_file = tmp_path / "gazetteer.tsv"
    gaz = Gazetteer()
    gaz.countries, gaz.admin1_names = dict(gazetteer.countries), dict(gazetteer.admin1_names)
    assert gaz.import_file(csv_file, user_path=user_file) == 1
    assert gaz.import_file(csv_file, user_path=user_file) == 0
    assert len(user_file.read_text(encoding="utf-8").splitlines()) == 1
    assert len([m for m in gaz.lookup("Deir al-Adas", ["SY"]) if m.score == 100]) == 1
    again = Gazetteer()                    # a later process loading the file then re-importing
    again.countries, again.admin1_names = gaz.countries, gaz.admin1_names
    again._load_user_file(user_file)
    assert again.import_file(csv_file, user_path=user_file) == 0
    assert len(again) == 1


def test_fuzzy_lookup_is_blocked_and_memoised(gazetteer):
    first = gazetteer.lookup("Jisr al-Shugour", ["SY"])          # a misspelling: fuzzy tier
    assert first and first[0].entry.admin1 == "Idlib"
    assert gazetteer.lookup("Jisr al-Shugour", ["SY"]) == first


# --- The shipped table of Syrian neighbourhoods, villages and bases (data/places_sy.tsv) ---------
@pytest.mark.parametrize("written, admin1, kind", [
    ("Karm al-Zeitoun", "Homs", "part"), ("Karm el-Zeitoun", "Homs", "part"), ("Baba Amr", "Homs", "part"),
    ("Jobar", "Damascus", "part"), ("al-Qaboun", "Damascus", "part"), ("al-Mazzeh", "Damascus", "part"),
    ("Sakhur", "Aleppo", "part"), ("al-Sakhour", "Aleppo", "part"), ("Sheikh Maqsoud", "Aleppo", "part"),
    ("Tareeq al-Bab", "Aleppo", "part"), ("al-Jura", "Deir ez-Zor", "part"),
    ("Zamalka", "Rif Dimashq", "place"), ("Erbin", "Rif Dimashq", "place"), ("Rahibeh", "Rif Dimashq", "place"),
    ("Deir al-Adas", "Daraa", "place"), ("Dabiq", "Aleppo", "place"),
    ("Shayrat airbase", "Homs", "area"), ("Hmeimim", "Latakia", "area"),
])
def test_shipped_syrian_places(gazetteer, written, admin1, kind):
    e = gazetteer.best(written, ["SY"])
    assert e is not None and (e.admin1, e.kind, e.country_code) == (admin1, kind, "SY")


def test_shipped_table_rows_are_well_formed():
    from pathlib import Path
    import sitrep
    path = Path(sitrep.__file__).parent / "data" / "places_sy.tsv"
    codes = {f"SY.{i:02d}" for i in range(1, 15)}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        assert len(row) == 10, line
        assert row[4] == "SY" and row[5] in codes and row[9] in ("place", "area", "part"), line
        lat, lon = float(row[2]), float(row[3])
        assert 32.0 < lat < 37.5 and 35.5 < lon < 42.5, line       # inside Syria's bounding box


@pytest.mark.parametrize("written, countries, admin1, country", [
    # a place called by its own name ranks above a bigger one called by an old alternate name
    ("Adra", ["SY"], "Rif Dimashq", "SY"),
    # the context decides between namesakes in different countries
    ("Salah al-Din", ["SY"], "Aleppo", "SY"),
    ("Salah al-Din", ["IQ"], "Salahuddin", "IQ"),
    # without context, the big namesake
    ("Palmyra", [], "Homs", "SY"),
])
def test_ranking_of_namesakes(gazetteer, written, countries, admin1, country):
    e = gazetteer.best(written, countries)
    assert (e.admin1, e.country_code) == (admin1, country)


@pytest.mark.parametrize("name, country, admin1", [
    ("Houston", "US", "Texas"), ("Maiduguri", "NG", "Borno"), ("Peshawar", "PK", "Khyber Pakhtunkhwa"),
    ("Mekele", "ET", "Tigray"), ("Kaya", "BF", "Centre-Nord"), ("Goma", "CD", "North Kivu"),
    ("Bunia", "CD", "Ituri"), ("Khan Yunis", "PS", "Khan Yunis"), ("Jabalia", "PS", "North Gaza"),
    ("Jenin", "PS", "Jenin"), ("Arauca", "CO", "Arauca"), ("Kharkiv", "UA", "Kharkiv"),
])
def test_first_level_division_of_a_town_in_any_country(gazetteer, name, country, admin1):
    found = [m.entry for m in gazetteer.lookup(name, [country]) if m.entry.kind == "place"]
    assert found and found[0].country_code == country and found[0].admin1 == admin1


def test_every_country_with_places_has_division_names(gazetteer):
    codes = {code.split(".")[0] for code in gazetteer.admin1_names}
    assert len(codes) > 200 and {"US", "NG", "PK", "ET", "BF", "CO", "PS", "MM", "SO"} <= codes


@pytest.mark.parametrize("generic", ["Centre", "Est", "Northern", "Capital"])
def test_generic_division_names_are_not_matched_alone(gazetteer, generic):
    assert not [m for m in gazetteer.lookup(generic, fuzzy=False) if m.entry.kind == "admin1" and m.score == 100]


# ... but in a story of their own country they are that country's division (Nigeria's Plateau and Rivers states,
# South Sudan's Lakes), and the division's entry is found by its code whatever words name it
@pytest.mark.parametrize("name, country, code", [("Plateau", "NG", "NG.49"), ("Rivers", "NG", "NG.50"),
                                                 ("Lakes", "SS", "SS.04")])
def test_generic_division_names_in_their_countrys_story(gazetteer, name, country, code):
    best = gazetteer.lookup(name, [country], fuzzy=False)[0].entry
    assert (best.kind, best.admin1_code) == ("admin1", code)
    assert gazetteer.admin1_entry(country, code).admin1_code == code
