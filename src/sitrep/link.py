"""Linking: incident reports of the same real-world incident, across articles and outlets, become
one event.

    ids = link_reports(items)                       # a first batch
    ids = link_reports(all_items, previous=ids)     # later: new reports join or open events

How a report finds its event
----------------------------
1. **Blocking** (no all-pairs). Each report is filed under a few keys for every day of its date
   windows: its town and place names (folded: "Khan Sheikhoun" = "Khan Shaykhun"; a town named
   like its governorate, "Idlib", is taken for the governorate), a 0.2-degree grid cell when it has
   town-level coordinates, its governorate (admin1) when the place is coarser than a town, up to
   four rare words of its title and anchor sentence (each in at most max(50, n/2000) reports), and
   (country, event type), read only 2 days either side and at most 10 per day. Date windows: the
   incident date (day or week precision) and the two days before publication, since either may be
   misread. A new report is compared only with reports that share a key within `WINDOW_DAYS`
   days, and at most `MAX_BLOCK` per key and day, so the cost per report is bounded. A report whose
   day is unknown (*timeless*: no incident date and no publication date, or a retold past incident,
   below) is filed under its keys alone and compared on any day, by its place and words only.
2. **Score** of a pair, a weighted sum (`WEIGHTS`, see `pair_score`): date agreement (two stated
   incident dates within `WINDOW_DAYS` decide by their gap, falling fast: 1, 0.85, 0.6, 0.4, 0.25
   for 0..4 days, since distinct incidents in one town are often days apart; otherwise, or when one
   stated date looks misread, the closest of incident dates and publication days, less
   `PUB_DISCOUNT` when a stated date was passed over), event type (same, same family, or a vague
   type: "other", or "massacre", which names an outcome rather than a means), the TF-IDF cosine of title + anchor
   sentence + the first 4000 characters (capitalised words count twice), place (`place_agreement`:
   same town, distance, the same name as written, one article's headline naming the other's town;
   two governorates or two towns more than 60 km apart count against unless a name ties them, and
   a capital's division and the one around it, `data/admin1_enclaves.tsv`, are no mismatch), blamed
   actors and killed figures (a shared number; tolls grow, so different figures weigh little). Place
   weighs less than one would like because extracted places are often wrong; on the dev clusters
   date, type and words separate events better. A timeless report's date agreement is unknown
   (`UNKNOWN`: left out, the score is the weighted mean of the rest), so place, type and words carry it.
3. **Assignment**: lead incidents first, then secondary ones, each in the order they were
   published (as a feed brings them; a misread incident date does not put a report first). A report
   joins the event holding its best-scoring pair if that pair, less the event-span penalty, reaches
   `THRESHOLD`, else it opens a new event. The penalty (`DRIFT_PENALTY` a day beyond `DRIFT_FREE`)
   applies when the report would stretch its event's days (each report's stated incident date or
   the day before publication, whichever fits the event) over more than `DRIFT_FREE` days: it stops
   single-linkage chains of daily bulletins ("rockets on Aleppo kill 3", every day for two weeks)
   from growing into one event. A follow-up ("the death toll rose to 128") states the first day's
   date or is published within days, shares type, words and place, and joins its event.
4. **Bridges**: a report that fits two events, whose reports also agree with each other (a pair
   at `THRESHOLD`), shows them to be one incident (two outlets' first reports, worded apart or never
   blocked together, opened two): they merge into the smaller id, unless they share an article,
   an analyst split them, or together they would span too many days. Two events a few days apart
   that one vague report fits stay apart.

Named past incidents
--------------------
A statement, an anniversary or a trial retells an incident by its name ("136 chemical attacks
since the Ghouta Massacre", with that massacre's toll). Extraction gives such a report the
incident's own year or month, or no date (`extract/recalled.py`); linking (`recalled_place`)
makes it timeless, never dated by the statement, and lets the name tie it: a report at the named
place scores full date agreement if published before the statement (within the named year when
one is given). So it joins that incident's event when the archive holds it, instead of standing
as a new event dated by the statement.

Incremental and stable
----------------------
`previous` holds assignments already made (from the store). Those keys keep their event ids
(unless a bridge merges two stored events: the larger id goes); only
reports not in `previous` are linked, against everything already there; new events get ids from
`next_event_id` (or above the largest id in `previous`). Pass as `items` the new reports plus the
stored reports they may join (e.g. all reports within a few days of the new ones); stored reports
absent from `items` keep their ids but cannot attract new reports.

Analyst corrections
-------------------
`Corrections(must_link, cannot_link)`: `must_link` is a list of sets of report keys that must end
in one event, `cannot_link` a list of key pairs that must never share one. `sitrep merge A B` adds
a must-link set of every report of events A and B (`Corrections.merge`); `sitrep split E R...`
adds a must-link set of the split-off reports and a cannot-link pair between each of them and each
remaining report of E (`Corrections.split`). The store keeps the Corrections and passes them on
every call, so they survive re-linking, from scratch or incrementally:

- before linking, `previous` is made to obey them: events that hold keys of one must-link set
  are merged into the smallest id; when a cannot-link pair (a, b) shares an event, b's must-link
  group moves to a new event;
- while linking, a must-link group is linked as one unit and a report never joins an event
  holding a report it cannot be linked with.

Two reports of one article are never linked to each other (the extractor split them because they
are different incidents) unless a must-link says so. Later corrections override earlier ones
(`Corrections.merge` / `split` drop the constraints they contradict); if raw constraints still
contradict each other, must-link wins.
"""
from __future__ import annotations

import bisect
from array import array
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable

from sitrep.gazetteer import distance_km
from sitrep.records import GEO_DISTRICT, GEO_NEAR, IncidentReport, Place
from sitrep.unionfind import UnionFind

Key = tuple[str, int]

WINDOW_DAYS = 7          # two reports more than this many days apart are never compared
THRESHOLD = 0.66         # a report joins an event when its best pair scores at least this
NEAR_KM = 25.0           # two resolved towns closer than this are neighbours, whatever the border
FAR_KM = 60.0            # two resolved towns further apart than this are different places
FAR_PENALTY = 3.0        # place component for them (negative): with the place weight, a veto
ADMIN1_MISMATCH = 0.5    # place component for two different governorates (negative)
LINKAGE = 1.0            # event score = LINKAGE * best pair + (1 - LINKAGE) * mean pair
MAX_BLOCK = 100          # at most this many (most recent) reports are read from one block-day
MAX_BROAD_BLOCK = 10     # ... and from a (country, event type, day) block,
BROAD_DAYS = 2           # ... within this many days
RARE_DF = 50             # ... each in at most this many reports (or n/2000)
RARE_WORDS = 4           # rare title/anchor words a report is also filed under
GRID_DEGREES = 0.2       # geo blocking cell (~20 km)
LEAD_CHARS = 4000        # the part of the article text used for text similarity
DATE_CLOSENESS = (1.0, 0.85, 0.6, 0.4, 0.25)   # date agreement by gap in days (then -0.1 a day)
DRIFT_FREE = 2           # days an event may span (between its reports' days) without penalty
DRIFT_PENALTY = 0.15     # event score lost per further day
FOLLOW_UP_DAYS = 7       # a toll update ("the death toll rose to 43") may follow its incident by this many days
PUB_DISCOUNT = 0.15      # a match through publication days rather than stated incident dates
TEXT_FULL = 0.4          # a text cosine at or above this counts as full text agreement
UNKNOWN = math.nan       # date agreement of a report whose day is unknown: no evidence, left out of the score

WEIGHTS = {"place": 0.1, "date": 0.3, "type": 0.2, "figures": 0.05, "actors": 0.1, "text": 0.25}


@dataclass
class LinkItem:
    """One incident report with the article facts linking needs."""

    report: IncidentReport
    outlet: str | None = None
    pub_date: date | None = None
    title: str | None = None
    text: str = ""

    @property
    def key(self) -> Key:
        return self.report.key


@dataclass
class Corrections:
    """Analyst constraints that survive re-linking (see the module docstring).

    >>> c = Corrections()
    >>> sorted(c.merge({("a", 0): 1, ("b", 0): 2}, 1, 2).must_link[0])
    [('a', 0), ('b', 0)]
    """

    must_link: list[set[Key]] = field(default_factory=list)
    cannot_link: list[tuple[Key, Key]] = field(default_factory=list)

    def merge(self, assignments: dict[Key, int], *event_ids: int) -> "Corrections":
        """Record `sitrep merge A B ...`: every report of these events must stay together."""
        keys = {k for k, e in assignments.items() if e in set(event_ids)}
        if len(keys) > 1:
            self.cannot_link = [(a, b) for a, b in self.cannot_link if not (a in keys and b in keys)]
            self.must_link.append(keys)
        return self

    def split(self, assignments: dict[Key, int], event_id: int, keys: Iterable[Key]) -> "Corrections":
        """Record `sitrep split E R...`: reports R leave event E and form an event of their own."""
        moved = set(keys)
        remaining = {k for k, e in assignments.items() if e == event_id} - moved
        kept = []
        for group in self.must_link:
            inside, outside = group & moved, group - moved
            kept.extend(g for g in (inside, outside) if len(g) > 1)
        self.must_link = kept
        if len(moved) > 1:
            self.must_link.append(moved)
        self.cannot_link.extend((r, m) for r in sorted(remaining) for m in sorted(moved))
        return self

    def to_dict(self) -> dict:
        return {"must_link": [sorted(map(list, g)) for g in self.must_link],
                "cannot_link": [[list(a), list(b)] for a, b in self.cannot_link]}

    @classmethod
    def from_dict(cls, d: dict) -> "Corrections":
        return cls([{(k[0], int(k[1])) for k in g} for g in d.get("must_link", [])],
                   [((a[0], int(a[1])), (b[0], int(b[1]))) for a, b in d.get("cannot_link", [])])


# --- features ---------------------------------------------------------------------------------

_ARTICLES = {"al", "el", "ash", "as", "ar", "ad", "az", "an", "at", "the", "ath", "adh", "ed", "es", "ez"}
_COARSE_WORDS = {"province", "governorate", "countryside", "rural", "city", "town", "village", "district",
                 "northern", "southern", "eastern", "western", "north", "south", "east", "west", "of"}
_STOP = set("""a an the of in on at to for from by with and or but as is are was were be been being has have
had it its this that these those which who whom whose what when where while after before over under
into onto than then there their they them he she his her we our you your i me my not no nor so such
said says say according also more most other some any all least many much about up down out off
just only very can could would should will may might must did do does done new one two three
reported report reports told tuesday monday wednesday thursday friday saturday sunday yesterday today
syria syrian syrias people killed dead kill kills killing wounded injured death toll""".split())
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_PERP_STOP = {"the", "of", "and", "forces", "force", "group", "groups", "its", "militants", "fighters", "s"}

# "other" says nothing, and "massacre" names an outcome, not a means: a massacre by chemical attack,
# air strike or gunmen is reported under either word
VAGUE_TYPES = {"other", "massacre"}
TYPE_FAMILY = {
    "air_strike": "remote", "shelling": "remote", "chemical_attack": "remote",
    "bombing": "blast", "suicide_bombing": "blast",
    "armed_clash": "ground", "assault_on_town": "ground", "massacre": "ground", "execution": "ground",
    "abduction": "abduction", "mass_grave": "grave",
}


def without_accents(text: str) -> str:
    """The text with its accents taken off ("Pétionville" -> "Petionville")."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str | None) -> str:
    """Lowercase, accents and punctuation away, spaces collapsed."""
    if not text:
        return ""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", without_accents(text).lower()).split())


def toponym_key(name: str | None) -> str:
    """A place name with Arabic articles, generic words and spelling variants folded away.

    >>> toponym_key("Khan Sheikhoun") == toponym_key("Khan Shaykhun")
    True
    """
    words = [w for w in fold(name).split() if w not in _ARTICLES and w not in _COARSE_WORDS]
    key = "".join(words)
    for a, b in (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ay"), ("ey", "ay"), ("ai", "ay"),
                 ("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("q", "k"), ("e", "a"),
                 ("o", "u"), ("y", "i"), ("w", "u"), ("h", "")):
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


@dataclass
class _Features:
    key: Key
    article_id: str
    lo: int                      # incident date window (day ordinals), else the days before publication
    hi: int
    pub: tuple[int, int] | None  # the days before publication, a second chance when the date is misread
    towns: frozenset[str]
    admin1: str
    country: str
    coarse: bool                 # no town: the place is a district, governorate or country
    latlon: tuple[float, float] | None
    event_type: str
    killed: frozenset[int]
    actors: frozenset[str]
    vec: "_Words"
    rare: tuple[str, ...] = ()
    stated: bool = False         # lo..hi is a stated incident date (day or week), not publication days
    arrival: int = 0             # publication day (else the incident day): the order reports come in
    follow_up: bool = False      # a toll update: its incident may lie up to FOLLOW_UP_DAYS before publication
    undated: bool = False        # neither an incident date nor a publication date: any day may be its day
    recalled: str = ""           # a named past incident the report retells ("since the Ghouta Massacre"): its place key
    names: frozenset[str] = frozenset()   # the place as written (name and town, toponym keys): "Damascus" is "Damascus"
    spelled: tuple[str, ...] = ()         # the same, folded as words, to find in another article's headline
    head: str = ""               # title and anchor sentence, folded: where an article names its place
    main: bool = True

    @property
    def timeless(self) -> bool:
        """A report whose day is unknown (undated, or a retold past incident): compared on any day."""
        return self.undated or bool(self.recalled)


FOLLOW_UP = re.compile(
    r"\b(?:death\s+)?toll\b[^.;]{0,80}?\b(?:rose|rises|risen|rising|climbs?|climbed|climbing|mounts?|mounted|"
    r"mounting|jump(?:s|ed)?|hits?|reach(?:es|ed)?|increased|stands?\s+at|now\s+at)\b"
    r"|\b(?:rises|rose|climbs|climbed)\s+to\s+\d", re.I)


def is_follow_up(item: LinkItem) -> bool:
    """A toll update ("Death toll from Saada bus strike rises to 43"): the report is about an
    incident of the days before, not of its own day.

    >>> is_follow_up(LinkItem(IncidentReport("a", 0, True, "air_strike"), title="Kramatorsk toll rises to 57"))
    True
    """
    anchor = item.report.anchor.text if item.report.anchor else ""
    head = " ".join(filter(None, [item.title, anchor]))
    low = head.lower()
    return ("toll" in low or " to " in low) and bool(FOLLOW_UP.search(head))


def _pub_window(item: LinkItem, follow_up: bool | None = None) -> tuple[int, int] | None:
    """The days before publication the incident may lie on: two, or `FOLLOW_UP_DAYS` for a toll update."""
    if item.pub_date:
        p = item.pub_date.toordinal()
        if follow_up is None:
            follow_up = is_follow_up(item)
        return p - (FOLLOW_UP_DAYS if follow_up else 2), p
    return None


def _date_window(item: LinkItem, follow_up: bool | None = None) -> tuple[int, int] | None:
    d = item.report.date
    if d.start and d.precision in ("day", "week"):
        end = d.end or d.start
        return d.start.toordinal(), max(end, d.start).toordinal()
    pub = _pub_window(item, follow_up)
    if pub:
        return pub
    if d.start:
        end = d.end or (d.start + timedelta(days=30))
        return d.start.toordinal(), min(end.toordinal(), d.start.toordinal() + 31)
    return None


def _tokens(text: str) -> list[str]:
    """Content words, lower-cased; a capitalised word (a place, a group, a person) counts twice."""
    out = []
    for t in _TOKEN.findall(text):
        low = t.lower()
        if low in _STOP or len(low) < 2:
            continue
        out.append(low)
        if t[0].isupper():
            out.append(low)
    return out


def _item_text(item: LinkItem) -> str:
    anchor = item.report.anchor.text if item.report.anchor else ""
    return " ".join(filter(None, [item.title, anchor, item.text[:LEAD_CHARS]]))


def recalled_place(item: LinkItem) -> str:
    """The place key of a named past incident an undated report retells ("Assad used chemical
    weapons 136 times since the Ghouta Massacre"), when the report's place is that incident's: such
    a report is about that incident, whatever the day of the statement. "" otherwise.

    >>> recalled_place(LinkItem(IncidentReport("a", 0, True, "chemical_attack", place=Place("Ghouta", None, "Rif Dimashq", "Syria")),
    ...                         pub_date=date(2016, 8, 24), title="Assad used chemical weapons 136 times since Ghouta Massacre"))
    'guta'
    """
    r = item.report
    if r.date.precision in ("day", "week") or r.place is None:
        return ""
    from sitrep.extract.recalled import past_named_incidents

    head = " ".join(filter(None, [item.title, r.anchor.text if r.anchor else ""]))
    year = item.pub_date.year if item.pub_date else 9999
    own = {toponym_key(r.place.name), toponym_key(r.place.town)} - {""}
    for named in past_named_incidents(head, year):
        if named.year is not None and named.year >= year:
            continue
        words = named.name.split()
        key = toponym_key(" ".join(words[:-1]))
        if key and (key in own or any(key.endswith(o) or o.endswith(key) for o in own)):
            return key
    return ""


def _features(item: LinkItem, idf: dict[str, float], default_idf: float, rare_idf: float = 0.0) -> _Features | None:
    r = item.report
    follow_up = is_follow_up(item)
    recalled = recalled_place(item)
    dated = _date_window(item, follow_up)
    if recalled:                      # a retold incident: its own year or month, never the statement's days
        d = r.date
        dated = (d.start.toordinal(), (d.end or d.start).toordinal()) if d.start else None
    window = dated or (0, 0)
    pub = _pub_window(item, follow_up)
    if pub == window or recalled:
        pub = None
    p = r.place
    towns: set[str] = set()
    admin1, country, coarse, latlon = "", "", True, None
    if p is not None:
        admin1, country = fold(p.admin1), fold(p.country)
        if p.town:
            towns.add(toponym_key(p.town))
        if p.name and p.precision <= GEO_DISTRICT and toponym_key(p.name) != toponym_key(p.admin1):
            towns.add(toponym_key(p.name))
        towns.discard("")
        # a provincial capital named like its province ("Idlib", "Hama") is too often the province
        towns.discard(toponym_key(p.admin1))
        coarse = not towns
        if p.lat is not None and p.lon is not None and p.precision <= GEO_NEAR:
            latlon = (p.lat, p.lon)
    killed = frozenset(v for c in r.casualty_claims if c.outcome == "killed" for v in (c.low, c.high) if v)
    actors = frozenset(w for c in r.perpetrator_claims if c.stance != "denies"
                       for w in fold(c.perpetrator).split() if w not in _PERP_STOP)
    counts = Counter(_tokens(_item_text(item)))
    vec = {t: (1.0 + math.log(n)) * idf.get(t, default_idf) for t, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    terms = sorted(vec)
    words = _Words(tuple(sys.intern(t) for t in terms), array("d", (vec[t] / norm for t in terms)))
    head = " ".join(filter(None, [item.title, r.anchor.text if r.anchor else ""]))
    shared = {t for t in _tokens(head) if not t.isdigit() and rare_idf <= idf.get(t, default_idf) < default_idf}
    rare = tuple(sorted(shared, key=lambda t: (-idf.get(t, default_idf), t))[:RARE_WORDS])
    stated = bool(r.date.start and r.date.precision in ("day", "week"))
    names = frozenset(k for k in (toponym_key(p.name), toponym_key(p.town)) if k) if p is not None else frozenset()
    return _Features(r.key, r.article_id, window[0], window[1], pub, frozenset(towns), admin1, country, coarse, latlon,
                     r.event_type, killed, actors, words, rare, stated,
                     item.pub_date.toordinal() if item.pub_date else window[0], follow_up,
                     undated=dated is None, recalled=recalled, names=names,
                     head=" " + fold(head) + " ", main=r.main, spelled=_spelled(p))


def _spelled(p: Place | None) -> tuple[str, ...]:
    """A place's names as written, folded, when specific enough to look for in a headline: not the
    governorate or country ("Idlib" in a headline may be the province), at least four letters."""
    if p is None:
        return ()
    broad = {fold(p.admin1), fold(p.country)}
    return tuple(sorted({n for n in (fold(p.town), fold(p.name)) if len(n) >= 4 and n not in broad}))


@dataclass(frozen=True)
class _Words:
    """A report's TF-IDF vector, compact: its words (interned, sorted) and their weights (doubles).
    A dict per report costs ten times the memory; the report being placed gets one (`lookup`),
    each candidate is read against it."""

    terms: tuple[str, ...]
    weights: array

    def __len__(self) -> int:
        return len(self.terms)

    def lookup(self) -> dict[str, float]:
        global _LOOKUP
        if _LOOKUP[0] is not self:
            _LOOKUP = (self, dict(zip(self.terms, self.weights)))
        return _LOOKUP[1]


_LOOKUP: tuple[_Words | None, dict[str, float]] = (None, {})


def _cosine(a: _Words, b: _Words) -> float:
    """Cosine of two unit vectors; `a` is the one read many times (the report being placed)."""
    table = a.lookup()
    return sum(w * table.get(t, 0.0) for t, w in zip(b.terms, b.weights))


def _windows(f: _Features) -> list[tuple[int, int]]:
    return [(f.lo, f.hi), f.pub] if f.pub else [(f.lo, f.hi)]


def _gap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, x[0] - y[1], y[0] - x[1])


def date_closeness(gap: int) -> float:
    """1 on the same day, falling fast: distinct incidents of one town are often days apart.

    >>> [round(date_closeness(g), 2) for g in range(5)]
    [1.0, 0.85, 0.6, 0.4, 0.25]
    """
    return DATE_CLOSENESS[gap] if gap < len(DATE_CLOSENESS) else max(0.0, 0.25 - 0.1 * (gap - 4))


def date_agreement(a: _Features, b: _Features) -> float | None:
    """How well two reports' dates agree, in [0, 1]; None when they are too far apart to compare.

    Two stated incident dates within `WINDOW_DAYS`: their gap decides. Otherwise (no stated date,
    or stated dates so far apart that one is likely misread) the closest of incident dates and
    publication days count, less `PUB_DISCOUNT` when a stated date had to be passed over.
    """
    if a.timeless or b.timeless:
        return _timeless_agreement(a, b)
    gaps = [_gap(x, y) for x in _windows(a) for y in _windows(b)]
    if min(gaps) > WINDOW_DAYS:
        return None
    if a.stated and b.stated and gaps[0] <= WINDOW_DAYS:
        return date_closeness(gaps[0])       # two plausible stated dates: they decide
    discount = PUB_DISCOUNT if a.stated or b.stated else 0.0
    return max(0.0, date_closeness(min(gaps)) - discount)


def _named_in(a: _Features, b: _Features) -> bool:
    """b's title or anchor sentence names a's place ("2 dead after 4 shot in West Palm Beach"):
    whatever the extraction made of b's place, b's article says it is a's."""
    return any(f" {n} " in b.head for n in a.spelled)


def place_agreement(a: _Features, b: _Features) -> float:
    """How well two reports' places agree, in [-FAR_PENALTY, 1].

    For: the same town (spelling folded), two towns a few km apart (whatever the border), the same
    place name as written, or one article's headline or lead naming the other's place (extraction
    misplaces some reports; two articles that name one town in their headlines are about one town).
    Against: towns resolved more than `FAR_KM` apart (all but a veto) and two different governorates
    (a penalty), unless names say one place; a capital's division and the one around it
    (`admin1_enclaves.tsv`: Damascus and Rif Dimashq) are not two regions. A governorate-level
    report and a town in that governorate agree a little: the town lies inside it.
    """
    km = distance_km(a.latlon, b.latlon) if a.latlon and b.latlon else None
    named = bool(a.names & b.names) or _named_in(a, b) or _named_in(b, a)
    if km is not None and km > FAR_KM and not named:
        return -FAR_PENALTY          # two towns resolved far apart: all but a veto
    if a.towns & b.towns:
        return 1.0
    if km is not None and km < NEAR_KM and not (a.coarse or b.coarse) and a.country == b.country:
        # two towns a few km apart across a governorate line (Damascus city and Douma in its
        # countryside, Aden and Lahij): the distance says more than the border
        return 0.9 if km < 5 else 0.6
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        if named:
            return 0.6
        if frozenset((a.admin1, b.admin1)) in _enclaves():
            return 0.2
        return -ADMIN1_MISMATCH      # extraction misplaces some reports: a penalty, not a veto
    if km is not None:
        return max(0.9 if km < 5 else 0.6 if km < 25 else 0.0, 0.6 if named else 0.0)
    if named:
        return 0.8 if not (a.coarse and b.coarse) else 0.6
    if a.admin1 and a.admin1 == b.admin1:
        return 0.2 if not (a.coarse or b.coarse) else 0.6
    return 0.4


_ENCLAVES: set[frozenset[str]] = set()


def _enclaves() -> set[frozenset[str]]:
    """Pairs of folded admin1 names from `data/admin1_enclaves.tsv`, read once."""
    if not _ENCLAVES:
        from importlib.resources import files

        for line in files("sitrep.data").joinpath("admin1_enclaves.tsv").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            inner, outer = line.split("\t")[:2]
            _ENCLAVES.update(frozenset((fold(x), fold(y))) for x in inner.split(",") for y in outer.split(","))
        _ENCLAVES.add(frozenset())
    return _ENCLAVES


def _timeless_agreement(a: _Features, b: _Features) -> float | None:
    """Date agreement when one report's day is unknown: no evidence (`UNKNOWN`: the score is the
    weighted mean of the other components), so place, type, figures and words decide. A retold past incident ("since the Ghouta Massacre")
    lies before the statement that recalls it: a report published after that statement is another
    incident."""
    for old, other in ((a, b), (b, a)):
        if not old.recalled or other.timeless:
            continue
        if other.arrival > old.arrival:
            return None
        if old.lo and min(_gap((old.lo, old.hi), w) for w in _windows(other)) > 0:
            return None               # "the 2017 Khan Sheikhoun attack": not an incident of 2014
        if old.recalled in other.names or old.recalled in other.towns:
            return 1.0                # the name ties them: "the Ghouta Massacre" is the Ghouta attack
    return UNKNOWN


def pair_score(a: _Features, b: _Features) -> float:
    """How likely two reports describe one incident, in [0, 1] (a different governorate scores ~0)."""
    parts = pair_parts(a, b)
    if parts is None:
        return 0.0
    return sum(WEIGHTS[name] * value for name, value in parts.items()) / sum(WEIGHTS[name] for name in parts)


def pair_parts(a: _Features, b: _Features) -> dict[str, float] | None:
    """The components of `pair_score` (each in [0, 1], place may be negative; no date when one
    report's day is unknown); None when the dates are too far apart to compare."""
    place = place_agreement(a, b)
    # date: the stated incident dates first; publication days are a second chance (a date may be
    # misread), weaker evidence since they span several days and a follow-up is published later
    when = date_agreement(a, b)
    if when is None:
        return None
    # type
    if a.event_type == b.event_type:
        kind = 1.0
    elif VAGUE_TYPES & {a.event_type, b.event_type}:
        kind = 0.5
    elif TYPE_FAMILY.get(a.event_type) == TYPE_FAMILY.get(b.event_type):
        kind = 0.6
    else:
        kind = 0.1
    # killed figures (tolls grow: different figures weigh little)
    if not a.killed or not b.killed:
        figures = 0.5
    elif a.killed & b.killed:
        figures = 1.0
    else:
        ratio = max(min(x, y) / max(x, y) for x in a.killed for y in b.killed)
        figures = 0.7 if ratio >= 0.75 else 0.3
    # blamed actors
    if not a.actors or not b.actors:
        actors = 0.5
    else:
        actors = 0.2 + 0.8 * len(a.actors & b.actors) / len(a.actors | b.actors)
    text = min(1.0, _cosine(a.vec, b.vec) / TEXT_FULL)
    parts = {"place": place, "date": when, "type": kind, "figures": figures, "actors": actors, "text": text}
    if math.isnan(when):
        del parts["date"]
    return parts


class WordWeights:
    """Word weights (IDF) over a batch of reports, counted a chunk at a time, so a caller can stream
    an archive through twice (count, then `features`) without holding its texts: a word in many
    reports says little; words shared by at most max(50, n/2000) reports file a report in a block
    that stays small as the data grows."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0
        self._idf: tuple[dict[str, float], float, float] | None = None

    def count(self, items: Iterable[LinkItem]) -> None:
        for it in items:
            self.df.update(set(_tokens(_item_text(it))))
            self.n += 1
        self._idf = None

    def features(self, items: Iterable[LinkItem]) -> dict[Key, _Features]:
        if self._idf is None:
            n = self.n + 1
            idf = {sys.intern(t): math.log(n / (c + 0.5)) + 1.0 for t, c in self.df.items()}
            rare = math.log(n / (max(RARE_DF, self.n // 2000) + 0.5)) + 1.0
            self._idf = (idf, math.log(n / 0.5) + 1.0, rare)
        idf, default_idf, rare_idf = self._idf
        feats: dict[Key, _Features] = {}
        for it in items:
            f = _features(it, idf, default_idf, rare_idf)
            if f is not None:
                feats[f.key] = f
        return feats


def features_of(items: list[LinkItem]) -> dict[Key, _Features]:
    """Every report's linking features, with word weights from this batch."""
    weights = WordWeights()
    weights.count(items)
    return weights.features(items)


# --- blocking ---------------------------------------------------------------------------------

def _insert_keys(f: _Features) -> list[tuple]:
    keys: list[tuple] = [("t", t) for t in f.towns]
    if f.latlon:
        keys.append(("g", int(math.floor(f.latlon[0] / GRID_DEGREES)), int(math.floor(f.latlon[1] / GRID_DEGREES))))
    if f.admin1:
        keys.append(("a", f.admin1))
        if f.coarse:
            keys.append(("ac", f.admin1))
    elif f.coarse:
        keys.append(("n",))
    keys.extend(("w", t) for t in f.rare)
    keys.append(("k", f.country, f.event_type))
    return keys


def _query_keys(f: _Features) -> list[tuple]:
    keys: list[tuple] = [("t", t) for t in f.towns]
    if f.latlon:
        cx, cy = int(math.floor(f.latlon[0] / GRID_DEGREES)), int(math.floor(f.latlon[1] / GRID_DEGREES))
        keys.extend(("g", cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
    if f.admin1:
        keys.append(("a", f.admin1) if f.coarse else ("ac", f.admin1))
    elif f.coarse:
        keys.append(("n",))
    keys.extend(("w", t) for t in f.rare)
    keys.append(("k", f.country, f.event_type))
    return keys


class _Index:
    """(block key, day) -> reports filed there; reports whose day is unknown are filed under day
    None and, with every report, under their keys alone (`by_key`), where they are looked up."""

    def __init__(self) -> None:
        self.cells: dict[tuple, list[_Features]] = defaultdict(list)
        self.by_key: dict[tuple, list[_Features]] = defaultdict(list)

    def add(self, f: _Features) -> None:
        keys = _insert_keys(f)
        for k in keys:
            if k[0] != "k":
                self.by_key[k].append(f)
        if f.timeless:
            for k in keys:
                self.cells[(k, None)].append(f)
            return
        days = {d for lo, hi in _windows(f) for d in range(lo, min(hi, lo + 40) + 1)}
        for k in keys:
            for d in days:
                self.cells[(k, d)].append(f)

    def candidates(self, f: _Features) -> dict[Key, _Features]:
        out: dict[Key, _Features] = {}
        keys = _query_keys(f)
        if f.timeless:       # any day: the report's own place and words, never the broad blocks
            for k in keys:
                if k[0] != "k":
                    for g in self.by_key.get(k, ())[-MAX_BLOCK:]:
                        out[g.key] = g
            return out
        days = {d for lo, hi in _windows(f) for d in range(lo - WINDOW_DAYS, min(hi, lo + 40) + WINDOW_DAYS + 1)}
        near = {d for lo, hi in _windows(f) for d in range(lo - BROAD_DAYS, min(hi, lo + 40) + BROAD_DAYS + 1)}
        for k in keys:
            broad = k[0] == "k"
            for d in near if broad else days:
                cell = self.cells.get((k, d))
                if cell:
                    for g in cell[-(MAX_BROAD_BLOCK if broad else MAX_BLOCK):]:
                        out[g.key] = g
            if not broad:
                for g in self.cells.get((k, None), ())[-MAX_BLOCK:]:
                    out[g.key] = g
        return out


# --- corrections on stored assignments --------------------------------------------------------

def _groups(must_link: list[set[Key]]) -> tuple[UnionFind[Key], dict[Key, set[Key]]]:
    uf: UnionFind[Key] = UnionFind()
    for group in must_link:
        first, *rest = sorted(group)
        uf.find(first)
        for k in rest:
            uf.union(first, k)
    members: dict[Key, set[Key]] = defaultdict(set)
    for k in list(uf.parent):
        members[uf.find(k)].add(k)
    return uf, members


def apply_corrections(assignments: dict[Key, int], corrections: Corrections, next_event_id: int) -> tuple[dict[Key, int], int]:
    """Make stored assignments obey the corrections; returns (assignments, next free event id)."""
    out = dict(assignments)
    uf, members = _groups(corrections.must_link)
    events: dict[int, set[Key]] = defaultdict(set)
    for k, e in out.items():
        events[e].add(k)
    for root, group in members.items():
        ids = sorted({out[k] for k in group if k in out})
        for e in ids[1:]:
            for k in events.pop(e, set()):
                out[k] = ids[0]
                events[ids[0]].add(k)
    for a, b in corrections.cannot_link:
        if a in out and b in out and out[a] == out[b] and uf.find(a) != uf.find(b):
            moving = [k for k in members.get(uf.find(b), {b}) if out.get(k) == out[a]]
            for k in moving:
                events[out[k]].discard(k)
                out[k] = next_event_id
                events[next_event_id].add(k)
            next_event_id += 1
    return out, next_event_id


# --- linking ----------------------------------------------------------------------------------

def link_reports(items: list[LinkItem], previous: dict[Key, int] | None = None, *, next_event_id: int = 1,
                 corrections: Corrections | None = None) -> dict[Key, int]:
    """Assign every report an event id; returns {(article_id, index): event_id} for `items` and
    every key of `previous`.

    Keys in `previous` keep their ids (unless `corrections` move them); new reports join the best
    scoring event among their blocking candidates or open a new event numbered from
    `next_event_id` (never below 1 + the largest id in `previous`).
    """
    previous = previous or {}
    corrections = corrections or Corrections()
    next_id = max([next_event_id, *(e + 1 for e in previous.values())])
    assign, _ = apply_corrections(previous, corrections, next_id)
    return link_features(features_of(reports_in_reach(items, assign)), previous, next_event_id=next_event_id,
                         corrections=corrections)


def link_features(feats: dict[Key, _Features], previous: dict[Key, int] | None = None, *, next_event_id: int = 1,
                  corrections: Corrections | None = None) -> dict[Key, int]:
    """`link_reports` over reports' features (`WordWeights.features`), so a caller that streams an
    archive holds compact features, not reports and texts. Returns the same assignments."""
    previous = previous or {}
    corrections = corrections or Corrections()
    next_id = max([next_event_id, *(e + 1 for e in previous.values())])
    assign, next_id = apply_corrections(previous, corrections, next_id)
    feats = features_in_reach(feats, assign)

    uf, members = _groups(corrections.must_link)
    cannot: dict[Key, set[Key]] = defaultdict(set)
    for a, b in corrections.cannot_link:
        if uf.find(a) != uf.find(b):
            cannot[a].add(b)
            cannot[b].add(a)

    index = _Index()
    event_keys: dict[int, set[Key]] = defaultdict(set)
    event_articles: dict[int, set[str]] = defaultdict(set)
    event_days: dict[int, list[int]] = defaultdict(list)   # sorted report days (see `report_day`)
    for k, e in assign.items():
        event_keys[e].add(k)
        event_articles[e].add(k[0])
        if k in feats:
            _add_day(event_days[e], report_day(feats[k], event_days[e]))
    for k in assign:
        if k in feats:
            index.add(feats[k])

    # new reports, lead incidents first, in date order; a must-link group is one unit placed at its
    # earliest member
    new = sorted((f for k, f in feats.items() if k not in assign),
                 key=lambda f: (not f.main, f.arrival, f.lo, f.hi, f.key))
    done: set[Key] = set()
    for f in new:
        if f.key in done:
            continue
        unit = sorted(members.get(uf.find(f.key), {f.key}))
        done.update(unit)
        stored = sorted({assign[k] for k in unit if k in assign})
        if stored:
            target = stored[0]
        else:
            fits = _fitting_events(unit, feats, index, assign, event_keys, event_articles, cannot, event_days)
            if fits:
                target = fits[0][0]
                for other, _ in fits[1:]:
                    target = _bridge(target, other, fits, unit, feats, assign, event_keys, event_articles,
                                     event_days, cannot)
            else:
                target, next_id = next_id, next_id + 1
        for k in unit:
            if k in assign:
                continue
            assign[k] = target
            event_keys[target].add(k)
            event_articles[target].add(k[0])
            if k in feats:
                index.add(feats[k])
                _add_day(event_days[target], report_day(feats[k], event_days[target]))
    return assign


def _cross_score(a: set[Key], b: set[Key], feats: dict[Key, _Features], limit: int = 40) -> float:
    """The best pair score between two events' reports (at most `limit` of each, in key order)."""
    fa = [feats[k] for k in sorted(a)[:limit] if k in feats]
    fb = [feats[k] for k in sorted(b)[:limit] if k in feats]
    return max((pair_score(x, y) for x in fa for y in fb), default=0.0)


def _add_day(days: list[int], day: int | None) -> None:
    if day is not None:
        bisect.insort(days, day)


def _bridge(target: int, other: int, fits: list[tuple[int, float]], unit: list[Key], feats: dict[Key, _Features],
            assign: dict[Key, int], event_keys: dict[int, set[Key]], event_articles: dict[int, set[str]],
            event_days: dict[int, list[int]], cannot: dict[Key, set[Key]]) -> int:
    """A report that fits two events is evidence they are one incident (two outlets' early reports
    opened two events; a third names both their details): they merge into the smaller id, unless
    they share an article, an analyst kept them apart, or together they would span too many days.
    Returns the event the unit joins."""
    if event_articles[target] & event_articles[other]:
        return target
    if any(p in event_keys[target] for k in event_keys[other] for p in cannot.get(k, ())):
        return target
    if _cross_score(event_keys[target], event_keys[other], feats) < THRESHOLD:
        return target                 # the two events must agree on their own: no chain through one report
    score = dict(fits)
    days = [d for k in unit if k in feats for d in [report_day(feats[k], event_days[target])] if d is not None]
    merged = sorted(event_days[target] + event_days[other])
    for e in (target, other):
        raw = score[e] + _drift(days, event_days[e])
        if raw - _drift(days or merged[:1], merged) < THRESHOLD:
            return target
    keep, gone = min(target, other), max(target, other)
    for k in event_keys.pop(gone):
        assign[k] = keep
        event_keys[keep].add(k)
    event_articles[keep] |= event_articles.pop(gone)
    event_days[keep] = sorted(event_days[keep] + event_days.pop(gone, []))
    return keep


REACH_DAYS = 40 + WINDOW_DAYS + BROAD_DAYS + 14   # beyond a new report's window, no stored report matters


def reports_in_reach(items: list[LinkItem], assigned: dict[Key, int]) -> list[LinkItem]:
    """The reports a linking pass must read: the unassigned ones, and the assigned ones whose dates
    lie within reach of them (blocking compares reports at most a few weeks apart).

    This is what keeps linking incremental: a day's new articles are read against the weeks around
    them, not against the whole archive, and an archive with nothing new costs almost nothing.
    """
    if not assigned:
        return items
    fresh = [it for it in items if it.key not in assigned]
    windows = [_date_window(it) for it in fresh]
    if any(w is None for w in windows):
        return items                  # an undated report without a publication date: read everything
    if not windows:
        return []
    lo = min(w[0] for w in windows) - REACH_DAYS
    hi = max(w[1] for w in windows) + REACH_DAYS
    out = []
    for it in items:
        if it.key not in assigned:
            out.append(it)
            continue
        w = _date_window(it)
        if w is None or (w[0] <= hi and w[1] >= lo):
            out.append(it)
    return out


def features_in_reach(feats: dict[Key, _Features], assigned: dict[Key, int]) -> dict[Key, _Features]:
    """`reports_in_reach` over features: the new reports and the assigned ones within reach of them."""
    fresh = [f for k, f in feats.items() if k not in assigned]
    if not assigned or any(f.timeless for f in fresh):
        return feats
    if not fresh:
        return {}
    lo = min(f.lo for f in fresh) - REACH_DAYS
    hi = max(w[1] for f in fresh for w in _windows(f)) + REACH_DAYS
    return {k: f for k, f in feats.items()
            if k not in assigned or f.timeless or any(w[0] <= hi and w[1] >= lo for w in _windows(f))}


def report_day(f: _Features, event_days: list[int] | None = None) -> int | None:
    """The day a report puts its incident on: its stated incident date or the day before publication
    (either may be misread), whichever stretches the event's days least; alone, the stated date unless
    it lies more than `WINDOW_DAYS` before publication. None when its day is unknown."""
    if f.timeless:
        return None
    pub = f.pub or ((f.lo, f.hi) if not f.stated else None)   # an undated report's window is its pub window
    if pub is None:
        return f.lo
    if not event_days:
        return f.lo if f.stated and pub[1] - f.lo <= WINDOW_DAYS else pub[1] - 1
    lo, hi = event_days[0], event_days[-1]
    # the stated date, the day before publication, or for a toll update the day of its window (a
    # week back) nearest the event: whichever stretches the event least
    days = [pub[1] - 1]
    if f.follow_up:
        days += [min(max(lo, pub[0]), pub[1] - 1), min(max(hi, pub[0]), pub[1] - 1)]
    if f.stated:
        days.insert(0, f.lo)
    return min(days, key=lambda d: (max(hi, d) - min(lo, d), d != days[0]))


def _drift(days: list[int], event_days: list[int] | None) -> float:
    """Penalty for a unit that would stretch its event over more than `DRIFT_FREE` days (against
    chaining: a string of daily reports, each a day after the last, must not become one event).
    Days are reports' days (`report_day`)."""
    if not days or not event_days:
        return 0.0
    span = max(event_days[-1], *days) - min(event_days[0], *days)
    return DRIFT_PENALTY * max(0, span - DRIFT_FREE)


def _event_score(pair_scores: list[float]) -> float:
    """A report's fit with an event: its best pair, tempered by its mean pair (against chaining)."""
    return LINKAGE * max(pair_scores) + (1 - LINKAGE) * sum(pair_scores) / len(pair_scores)


def _fitting_events(unit: list[Key], feats: dict[Key, _Features], index: _Index, assign: dict[Key, int],
                    event_keys: dict[int, set[Key]], event_articles: dict[int, set[str]],
                    cannot: dict[Key, set[Key]], event_days: dict[int, list[int]] | None = None
                    ) -> list[tuple[int, float]]:
    """Events the unit may join, best first, with their scores (all at least THRESHOLD)."""
    scores: dict[int, list[float]] = defaultdict(list)
    unit_articles = {k[0] for k in unit}
    for k in unit:
        f = feats.get(k)
        if f is None:
            continue
        for g in index.candidates(f).values():
            e = assign.get(g.key)
            if e is not None:
                scores[e].append(pair_score(f, g))
    event_days = event_days or {}
    best = {e: _event_score(s) - _drift([d for k in unit if k in feats
                                         for d in [report_day(feats[k], event_days.get(e))] if d is not None],
                                        event_days.get(e)) for e, s in scores.items()}
    out = []
    for e, s in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
        if s < THRESHOLD:
            break
        if event_articles[e] & unit_articles:
            continue
        if any(p in event_keys[e] for k in unit for p in cannot.get(k, ())):
            continue
        out.append((e, s))
    return out
