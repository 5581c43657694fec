"""Canonical actors: the words that blame someone, resolved to one named actor.

News spells one actor many ways: "Assad regime", "regime forces", "the Syrian government",
"government forces" and "Syrian army" are all the Syrian state's forces; "Daesh", "ISIL" and
"the Islamic State group" are one group. Comparing blames by their words flags disputes that are
only spelling, and an ACLED-style export needs `actor1` / `inter1` codes. The actors are data
(`data/actors.tsv`, plus a team's own rows in `$SITREP_HOME/actors.tsv` through `sitrep actors
import`), one row per actor: name, kind, country, ACLED inter code, aliases.

Resolution, for the words as written and the country the article is about:
1. the words are folded (lower case, no accents, no punctuation) and every alias found in them as
   a run of whole words is a candidate; the longest wins ("Free Syrian Army" over "Syrian army");
2. an alias just before "backed", "led by"... names a backer, not the actor ("US-backed rebels");
3. generic words ("government forces", "the army", "rebels") are templates: they name the forces of
   the country their own words give ("Syrian rebels"), else of a state actor named with them ("Assad
   regime forces"), else of the article's country; without a country they stay unknown;
4. descriptive agents and bare labels ("unidentified gunmen", "terrorists", "drones") resolve to
   None: nobody can tell from them whose they are.

>>> resolve_actor("regime forces", "Syria").name
'Military Forces of Syria'
>>> resolve_actor("Daesh terrorists", None).name
'Islamic State'
>>> resolve_actor("unidentified gunmen", "Nigeria") is None
True
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.bundled import data_path as _data_path
from sitrep.errors import InputError
from sitrep.link import fold, without_accents  # one folding for names everywhere: "Assad's forces" -> "assad s forces"

KINDS = ("state forces", "police", "rebel", "jihadist", "militia", "identity militia", "coalition", "mercenary",
         "peacekeepers", "civilians", "generic")
COLUMNS = ("name", "kind", "country", "inter", "aliases")
TEMPLATE = "{country}"
# ACLED's inter code for state forces acting outside their own country: external forces.
INTER_EXTERNAL = 8
STATE_KINDS = ("state forces", "police")
# Words after an alias that make it the backer or leader of the actor, not the actor.
BACKING_WORDS = frozenset({"backed", "supported", "sponsored", "aligned", "allied", "affiliated", "linked", "funded",
                           "armed", "trained", "friendly"})
# What a state fights with: said with a country's word ("Syrian aircraft", "an Ethiopian drone") it is that
# state's forces; alone it names nobody.
MEANS_OF_WAR = frozenset({"aircraft", "planes", "jets", "warplanes", "helicopters", "drones", "drone"})
# Short aliases that are also English words ("IS", "US", "AA"): they count only when written in capitals.
SHORT_ALIAS_LEN = 3
# Armed men outside a state's forces: who attacks soldiers and their posts in an armed clash.
NON_STATE_KINDS = frozenset({"rebel", "jihadist", "militia", "identity militia"})
# Aliases of those rows that are common words, not names: "the opposition", "rebels", "herders".
COMMON_WORD_ALIASES = frozenset({"opposition", "opponents", "rebels", "insurgents", "herders", "herdsmen", "settler",
                                 "settlers", "vigilantes", "militants", "fighters", "jihadists", "fulani",
                                 "dissidents"})


@dataclass(frozen=True)
class Actor:
    """One canonical actor. `inter` is ACLED's actor-type code (1 state forces ... 8 external forces)."""

    name: str
    kind: str
    country: str | None
    inter: int

    def inter_in(self, country: str | None) -> int:
        """The inter code in an event in `country`: a state's forces abroad are external forces (8)."""
        if self.kind in STATE_KINDS and country and self.country and fold(country) != fold(self.country):
            return INTER_EXTERNAL
        return self.inter


@dataclass(frozen=True)
class _Row:
    actor: Actor
    template: bool


def user_actors_path() -> Path:
    """Where imported actors are kept: `$SITREP_HOME/actors.tsv` (default `~/.sitrep/actors.tsv`)."""
    from sitrep.gazetteer import sitrep_home
    return sitrep_home() / "actors.tsv"


def parse_rows(path: Path) -> list[tuple[Actor, list[str], bool]]:
    """(actor, folded aliases, is-template) for each row of an actors file (tab- or comma-separated,
    `#` comments; a header row naming the columns is allowed). Raises InputError naming the file and
    the row when a row is malformed."""
    out = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = fh.read().splitlines()
    delimiter = "\t" if any("\t" in line for line in lines[:20]) else ","
    for n, row in enumerate(csv.reader(lines, delimiter=delimiter), 1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if n == 1 and [c.strip().lower() for c in row[:2]] == ["name", "kind"]:
            continue
        if len(row) < 5:
            raise InputError(f"{path}:{n}", f"expected 5 columns ({', '.join(COLUMNS)}), found {len(row)}")
        name, kind, country, inter, aliases = (c.strip() for c in row[:5])
        if kind not in KINDS:
            raise InputError(f"{path}:{n}", f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
        if not inter.isdigit() or not 0 <= int(inter) <= 8:
            raise InputError(f"{path}:{n}", f"inter must be ACLED's code 0-8, not {inter!r}")
        if not name and kind != "generic":
            raise InputError(f"{path}:{n}", "an actor needs a name (only kind 'generic' rows may leave it empty)")
        folded = [fold(a) for a in [name, *aliases.split("|")] if fold(a) and TEMPLATE not in a]
        if not folded:
            raise InputError(f"{path}:{n}", "no aliases")
        template = TEMPLATE in name
        out.append((Actor(name, kind, country or None, int(inter)), folded, template))
    return out


class ActorTable:
    """The shipped actors plus the user's own, with an alias index over folded words.

    table = ActorTable.load()
    table.resolve("Syrian government forces", "Syria").name   # 'Military Forces of Syria'
    """

    def __init__(self) -> None:
        self.by_alias: dict[str, list[_Row]] = {}
        self.by_name: dict[str, Actor] = {}
        self.demonyms: dict[str, str] = {}
        self.max_words = 1

    @classmethod
    def load(cls, user_path: Path | None = None) -> "ActorTable":
        table = cls()
        table.add_rows(parse_rows(_data_path("actors.tsv")))
        with open(_data_path("country_words.tsv"), encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and not line.startswith("#"):
                    country, words = line.rstrip("\n").split("\t")
                    for w in words.split("|"):
                        table.demonyms[fold(w)] = country
        user = user_path or user_actors_path()
        if user.exists():
            table.add_rows(parse_rows(user), first=True)
        return table

    def add_rows(self, rows: list[tuple[Actor, list[str], bool]], first: bool = False) -> None:
        """Index rows; with `first`, their aliases take precedence (a team's own table over the shipped one)."""
        for actor, aliases, template in rows:
            row = _Row(actor, template)
            if actor.name and not template:
                self.by_name.setdefault(fold(actor.name), actor)
            for alias in aliases:
                rows_ = self.by_alias.setdefault(alias, [])
                if first:
                    rows_.insert(0, row)
                else:
                    rows_.append(row)
                self.max_words = max(self.max_words, len(alias.split()))

    def import_file(self, path: str | Path, user_path: Path | None = None) -> int:
        """Append a team's actors (same columns as data/actors.tsv) to the user table, so every later
        process has them. Idempotent: a row already there (same name, kind, country) is not written again.
        Returns the number of rows newly written; raises InputError on a file or row it cannot read."""
        path = Path(path)
        if not path.exists():
            raise InputError(str(path), "no such file")
        rows = parse_rows(path)
        out = user_path or user_actors_path()
        out.parent.mkdir(parents=True, exist_ok=True)
        on_file = {(fold(a.name), a.kind, fold(a.country)) for a, _, _ in parse_rows(out)} if out.exists() else set()
        new = 0
        with open(out, "a", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
            for actor, aliases, template in rows:
                key = (fold(actor.name), actor.kind, fold(actor.country))
                if key in on_file:
                    continue
                writer.writerow([actor.name, actor.kind, actor.country or "", actor.inter, "|".join(aliases)])
                on_file.add(key)
                new += 1
        self.add_rows(rows, first=True)
        return new

    # --- resolution ----------------------------------------------------------------------------
    def _candidates(self, text: str) -> list[tuple[int, int, _Row]]:
        """(start word, end word, row) for every alias found in the words as a run of whole words."""
        words = fold(text).split()
        cased = _cased_words(text)
        # capitals, with a group's digits too ("M23", "G9")
        upper = {fold(t) for t in re.findall(r"\b[A-Z][A-Z0-9.]*[A-Z0-9]\b\.?|\b[A-Z]\b", text)}
        found = []
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + self.max_words) + 1):
                alias = " ".join(words[i:j])
                rows = self.by_alias.get(alias)
                if not rows:
                    continue
                if self._inside_another_name(cased, words, i, j):
                    continue                # "the Deir ez-Zor Military Council" is no "military council" (the junta)
                if i > 0 and words[i - 1] == "anti":
                    continue                # "Anti-Damascus militants" fight Damascus; they are not it
                if len(alias.replace(" ", "")) <= SHORT_ALIAS_LEN and alias not in upper:
                    continue                # "is", "us", "aa" as words, not the Islamic State, the US, the Arakan Army
                if j < len(words) and words[j] in BACKING_WORDS and words[j + 1:j + 2] != ["by"]:
                    continue                # "US-backed rebels": the backer ("soldiers, backed by tanks" stay)
                found.extend((i, j, r) for r in rows)
        return found

    def _inside_another_name(self, cased: list[str], words: list[str], i: int, j: int) -> bool:
        """Whether an alias of common words ("military council", "military police") is written as the end of
        another proper name, a capitalised word before it that names no country or people: "Deir ez-Zor
        Military Council" (an SDF body), not "the Military Council" nor "Russian Military Police"."""
        if j - i < 2 or i == 0 or len(cased) != len(words) or not all(w[:1].isupper() for w in cased[i:j]):
            return False
        before = cased[i - 1]
        return before[:1].isupper() and words[i - 1] not in ("the", "a", "an") and \
            words[i - 1] not in self.demonyms and not self.by_alias.get(words[i - 1])

    def names_armed_group(self, text: str) -> bool:
        """Whether the words name a non-state armed group ("al-Shabaab", "JNIM", "the RSF"; short acronyms only in
        capitals, as `resolve` reads them), not a common word for one ("rebels")."""
        words = fold(text).split()
        return any(not row.template and row.actor.kind in NON_STATE_KINDS and
                   " ".join(words[i:j]) not in COMMON_WORD_ALIASES for i, j, row in self._candidates(text))

    def home_countries(self, text: str) -> list[str]:
        """The countries of the non-state armed groups the words name, each time named ("HTS" Syria, "the RSF"
        Sudan, "ADF rebels" the DR Congo; not a group of no one country, the Islamic State, nor a common word)."""
        words = fold(text).split()
        named = [(i, j, row.actor) for i, j, row in self._candidates(text)
                 if not row.template and row.actor.kind in NON_STATE_KINDS and row.actor.country
                 and " ".join(words[i:j]) not in COMMON_WORD_ALIASES]
        return [actor.country for i, j, actor in named     # "ADF rebels" once, not again as "ADF"
                if not any(a <= i and j <= b and (a, b) != (i, j) and other == actor for a, b, other in named)]

    def _country_named(self, text: str, before: int | None = None) -> str | None:
        """The country the words name: a demonym or country name ("Syrian rebels"), among the two words
        before word `before` when given (in "regime forces and Iran-backed groups" Iran is not whose forces)."""
        words = fold(text).split()
        if before is not None:
            words = words[max(0, before - 2):before]
        for k in (2, 1):
            for i in range(len(words) - k + 1):
                if i + k < len(words) and words[i + k] in BACKING_WORDS:
                    continue
                country = self.demonyms.get(" ".join(words[i:i + k]))
                if country:
                    return country
        return None

    def resolve(self, text: str, country: str | None = None) -> Actor | None:
        """The canonical actor the words name, in an article about `country`; None when the words
        name nobody in particular ("gunmen") or a generic class whose country cannot be known."""
        found = self._candidates(text)
        if not found:
            return None
        named = [(i, j, r) for i, j, r in found if not r.template and r.actor.kind != "generic"]
        templates = [(i, j, r) for i, j, r in found if r.template]
        generic = [(i, j, r) for i, j, r in found if r.actor.kind == "generic"]
        best_named = max(named, key=lambda f: f[1] - f[0], default=None)
        best_template = max(templates, key=lambda f: f[1] - f[0], default=None)
        best_generic = max(generic, key=lambda f: f[1] - f[0], default=None)
        length = (lambda f: f[1] - f[0] if f else 0)
        if best_named and length(best_named) >= max(length(best_template), length(best_generic)):
            return best_named[2].actor
        if best_template and length(best_template) >= length(best_generic):
            start = best_template[0]         # a state named right before: "Assad regime forces"
            state = [r.actor for _, j, r in named if r.actor.kind in STATE_KINDS and start - 1 <= j <= start]
            where = self._country_named(text, best_template[0]) or (state[0].country if state else None) or country
            if where:
                return self._instance(best_template[2].actor, where)
            if best_named:
                return best_named[2].actor
            return None
        if best_named and not best_generic:
            return best_named[2].actor
        if best_generic and " ".join(fold(text).split()[best_generic[0]:best_generic[1]]) in MEANS_OF_WAR:
            where = self._country_named(text, best_generic[0])     # "Syrian aircraft", "an Ethiopian drone"
            if where:
                return self.state_forces(where)
        return None

    def _instance(self, template: Actor, country: str) -> Actor:
        """A template row for one country; the table's own row when it names the same actor
        ("Military Forces of {country}" for the United States is "Military Forces of the United States"), or
        when a row lists the instance among its aliases (the Houthis are Yemen's "rebels")."""
        name = template.name.replace(TEMPLATE, country)
        for candidate in (name, template.name.replace(TEMPLATE, f"the {country}")):
            known = self.by_name.get(fold(candidate))
            if known is not None:
                return known
            rows = [r for r in self.by_alias.get(fold(candidate), []) if not r.template]
            if rows:
                return rows[0].actor
        return Actor(name, template.kind, country, template.inter)

    def by_canonical_name(self, name: str | None) -> Actor | None:
        """The actor a canonical name stands for, template instances included ("Rebel Forces (Syria)")."""
        if not name:
            return None
        known = self.by_name.get(fold(name))
        if known is not None:
            return known
        for rows in self.by_alias.values():
            for row in rows:
                if not row.template:
                    continue
                head, _, tail = row.actor.name.partition(TEMPLATE)
                if name.startswith(head) and name.endswith(tail) and len(name) > len(head) + len(tail):
                    return self._instance(row.actor, name[len(head):len(name) - len(tail)])
        return None

    def nearest_named(self, text: str) -> Actor | None:
        """The actor named last in the words, by its own name or its country's ("the Russian army launched a" ->
        Russia's forces; "Yemeni officials said a Houthi" -> the Houthis): whose a weapon told next is. Generic
        words ("government forces", "gunmen") name nobody without the article's country and are skipped."""
        named = [(j, j - i, r) for i, j, r in self._candidates(text) if not r.template and r.actor.kind != "generic"]
        return max(named, key=lambda f: (f[0], f[1]))[2].actor if named else None

    def names_actor(self, text: str) -> bool:
        """Whether the words are, whole, the name of one known actor ("ELN", "Tatmadaw", "military council"),
        not a generic word, a country or its people ("Syrian", "Moscow" say whose, not who)."""
        key = fold(text)
        key = key[4:] if key.startswith("the ") else key
        if not key or key in self.demonyms:
            return False
        rows = self.by_alias.get(key, [])
        if len(key.replace(" ", "")) <= SHORT_ALIAS_LEN and not any(t.isupper() for t in text.split()):
            return False
        return any(not r.template and r.actor.kind != "generic" for r in rows)

    def civilians(self, country: str | None) -> Actor:
        """ACLED's victims' side for civilians: "Civilians (Syria)", inter 7."""
        return Actor(f"Civilians ({country})" if country else "Civilians", "civilians", country, 7)

    def state_forces(self, country: str | None) -> Actor | None:
        """The state forces of a country ("Military Forces of Sudan"), or None without a country."""
        return self.resolve("government forces", country) if country else None


def _cased_words(text: str) -> list[str]:
    """The words `fold` makes of a text, with their capitals kept (one word for each folded word)."""
    return re.sub(r"[^A-Za-z0-9]+", " ", without_accents(text)).split()


@lru_cache(maxsize=1)
def default_actors() -> ActorTable:
    """The shipped table plus `$SITREP_HOME/actors.tsv`, loaded once per process."""
    return ActorTable.load()


# What a party named whole by the table is when it speaks of a deed: "the IDF", "FARDC", "the Tatmadaw" speak for a
# state's forces, "the Qassam Brigades", "the PKK" for an armed group.
SPEAKER_KINDS = {"state forces": "military", "police": "military", "coalition": "military", "rebel": "armed_group",
                 "jihadist": "armed_group", "militia": "armed_group", "identity militia": "armed_group",
                 "mercenary": "armed_group"}


def party_speaker_kind(name: str) -> str | None:
    """The speaker kind of a name the table knows whole as one party ("IDF" -> "military"); None for any other
    name. Whether a party speaks of its own deed turns on it; whether words can speak at all does not."""
    table = default_actors()
    if not table.names_actor(name):
        return None
    actor = table.resolve(name)
    return SPEAKER_KINDS.get(actor.kind) if actor is not None else None


def resolve_actor(text: str, country: str | None = None) -> Actor | None:
    """The canonical actor for blame words as written; see the module docstring."""
    return default_actors().resolve(text, country)


def name_actors(claims: list, country: str | None) -> None:
    """Set `actor` on each perpetrator claim from its words, in an incident in `country`.

    A denial said by a state for itself ("government of Syria") names that state's forces; the words
    as written stay in `perpetrator`."""
    table = default_actors()
    for claim in claims:
        actor = table.resolve(claim.perpetrator, country)
        claim.actor = actor.name if actor else None
