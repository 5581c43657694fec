"""Reconciliation: one event's contradictory reports become low / best / high figures by a rule
anyone can read, with every bound traced to the claim that sets it and contradictions flagged,
never averaged away.

The rule (UCDP-style; `RULE` is the line `sitrep show` prints)
--------------------------------------------------------------
For each outcome (killed, injured, ...):

1. **One figure per speaker, the latest.** A speaker is a canonical claimant ("Syrian Observatory
   for Human Rights", "activists", "state media"); an outlet speaking in its own voice is keyed by
   its copy group, so an AFP story reprinted by two outlets is one speaker. Tolls grow, so a
   speaker's earlier figures are superseded by its figure in the latest publication (within one
   article, the largest) and kept in the toll history. A speaker's total is its claim on all
   victims; failing that, its largest figure on a victim group ("25 civilians").
2. **Counts before words.** "Dozens", "scores", "hundreds" are conventions (24, 40, 200 by the
   annotation guidelines), not counts: they set bounds only when no speaker gives a number.
3. **low** = the smallest of the speakers' lower bounds (the most conservative credible figure,
   ACLED's single number); an open-bottom figure ("as many as 53") has no lower bound. When no
   speaker states a lower bound, low is the smallest upper bound.
   **high** = the largest of the speakers' upper-or-lower bounds ("at least 128" counts as 128).
   **best** = the lower median of the speakers' point figures, where a point figure is the stated
   number ("at least 67" -> 67, "as many as 53" -> 53) or the floor of the midpoint of a range
   ("between 47 and 53" -> 50). The median resists one outlying speaker, the lower median is
   conservative when speakers split evenly, and it is always one speaker's own figure, so best is
   traceable to a claim like low and high.
4. **Independent sources**: distinct speakers, and distinct outlets after collapsing copy groups.

Flags: `figures_disagree` when two speakers' ranges do not overlap, an open end being closed at
25% beyond the stated bound ("at least 67" = 67..83, "as many as 53" = 42..53), so "at least 67"
vs "at least 128" disagree while "at least 10" vs "11" agree; `blame_disputed` when speakers blame
different perpetrators or someone denies (perpetrators compared as canonical actors, so "Assad regime"
and "government forces" are one; `blame_matrix` files who blames whom the same way); `single_source` when every figure and blame comes from
one speaker (two outlets relaying the Observatory are still one source), or, with no attributed
claim at all, when one independent outlet carries the event.

    summary = reconcile(12, members)
    summary.outcomes["killed"].low, summary.outcomes["killed"].low_claim.speaker
    (47, 'activists')
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from sitrep.link import LinkItem, fold
from sitrep.records import CasualtyClaim, Place

RULE = ("per speaker its latest figure; low = smallest lower bound, high = largest upper-or-lower bound, "
        "best = lower median of the speakers' point figures; words like 'dozens' only when no one counts; "
        "copies of one wire story count once")

MAIN_OUTCOMES = ("killed", "injured")
OPEN_END_MARGIN = 0.25
VAGUE_WORDS = re.compile(r"\b(dozens|scores|hundreds|thousands|tens)\b", re.I)
_TOTAL_VICTIMS = ("all",)


@dataclass
class ClaimRef:
    """One casualty claim, traceable to its article, incident and position."""

    article_id: str
    incident_index: int
    claim_index: int
    speaker: str                 # canonical speaker (outlet-voice claims: the outlet's name)
    speaker_type: str
    outcome: str
    low: int | None
    high: int | None
    victims: str
    evidence: str
    qualifier: str | None = None
    outlet: str | None = None
    pub_date: date | None = None
    vague: bool = False          # "dozens", "scores": a convention, not a count

    @property
    def figure_text(self) -> str:
        return bounds_text(self.low, self.high)

    @property
    def point(self) -> int:
        if self.low is not None and self.high is not None:
            return (self.low + self.high) // 2
        return self.low if self.low is not None else (self.high or 0)


@dataclass
class Bounds:
    """low / best / high for one outcome, each traced to the claim that sets it."""

    outcome: str
    low: int | None = None
    best: int | None = None
    high: int | None = None
    low_claim: ClaimRef | None = None
    best_claim: ClaimRef | None = None
    high_claim: ClaimRef | None = None
    latest: list[ClaimRef] = field(default_factory=list)      # one per speaker, used for the bounds
    superseded: list[ClaimRef] = field(default_factory=list)  # earlier figures of the same speakers
    disagree: bool = False

    @property
    def text(self) -> str:
        if self.best is None and self.low is None and self.high is None:
            return "-"
        return f"low {self.low if self.low is not None else '?'} · best {self.best} · high {self.high}"


@dataclass
class Blame:
    perpetrator: str                # the words as written
    speaker: str
    speaker_type: str
    stance: str
    evidence: str
    article_id: str
    incident_index: int
    actor: str | None = None        # the canonical actor the words name (`sitrep.actors`), None if nobody known


@dataclass
class TollStep:
    """One figure in a speaker's toll history, in publication order."""

    pub_date: date | None
    article_id: str
    outcome: str
    low: int | None
    high: int | None
    evidence: str
    superseded: bool


@dataclass
class SpeakerRow:
    """One row of the side-by-side table: who says what."""

    speaker: str
    speaker_type: str
    figures: dict[str, str]                     # outcome -> "up to 53", "at least 67", "47-53"
    blames: list[tuple[str, str]]               # (perpetrator, stance)
    articles: list[str]
    history: list[TollStep] = field(default_factory=list)


@dataclass
class EventSummary:
    event_id: int
    event_type: str
    place: Place | None
    date_start: date | None
    date_end: date | None
    outcomes: dict[str, Bounds]
    figures_disagree: bool
    blame_disputed: bool
    single_source: bool
    n_reports: int
    n_articles: int
    n_outlets: int                  # independent outlets (copy groups collapsed)
    n_speakers: int
    speakers: list[SpeakerRow]
    blames: list[Blame]
    evolution: dict[str, list[TollStep]]   # speaker -> figures in publication order
    articles: list[str]
    rule: str = RULE
    # speaker -> blamed party (canonical actor, else the words) -> stances: who blames whom
    blame_matrix: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    victim_groups: list[str] = field(default_factory=list)   # every victim group a claim counts ("civilians")

    @property
    def flags(self) -> list[str]:
        return [name for name in ("figures_disagree", "blame_disputed", "single_source") if getattr(self, name)]


def bounds_text(low: int | None, high: int | None) -> str:
    """The wording of a figure: "53", "at least 67", "up to 53", "47-53".

    >>> bounds_text(67, None), bounds_text(None, 53), bounds_text(47, 53), bounds_text(4, 4)
    ('at least 67', 'up to 53', '47-53', '4')
    """
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}-{high}"
    if low is not None:
        return f"at least {low}"
    if high is not None:
        return f"up to {high}"
    return "-"


def _is_vague(claim: CasualtyClaim) -> bool:
    q = claim.qualifier or ""
    if VAGUE_WORDS.search(q):
        return True
    return bool(VAGUE_WORDS.search(claim.evidence.text)) and not re.search(r"\d", claim.evidence.text)


# Words of an unnamed, collective source: "activists", "local officials", "a resident", "medical sources"
GENERIC_SPEAKER_WORDS = set("""
a an the one two some several many other local opposition anti government pro regime rebel rebels
activist activists campaigner campaigners resident residents witness witnesses eyewitness eyewitnesses
source sources official officials medic medics doctor doctors rescuer rescuers villager villagers
security military medical hospital health rights human group groups people person man woman member members
spokesman spokeswoman spokesperson observer observers monitor monitors survivor survivors relative relatives
""".split())


def is_generic_speaker(name: str | None) -> bool:
    """An unnamed collective source ("activists", "a local official"): two stories quoting one are not
    one identifiable speaker.

    >>> is_generic_speaker("activists"), is_generic_speaker("opposition activists"), is_generic_speaker("SOHR")
    (True, True, False)
    """
    words = fold(name).split()
    return bool(words) and all(w in GENERIC_SPEAKER_WORDS for w in words)


def _speaker_key(claim_speaker_canonical: str, kind: str, outlet: str | None, group: str) -> str:
    """Outlet-voice claims are keyed by copy group: reprints of one story are one speaker. So are
    unnamed collective sources ("activists" in one story and "activists" in another outlet's story
    may be different people, and one's figure must not supersede the other's); named speakers (the
    Observatory, SANA, a governor) are one speaker across stories, so their later tolls supersede."""
    if kind == "outlet":
        return f"outlet:{group}"
    key = fold(claim_speaker_canonical) or "unknown"
    return f"{key}@{group}" if key == "unknown" or is_generic_speaker(claim_speaker_canonical) else key


def _disambiguate(names: dict[str, tuple[str, str]], outlet_of_key: dict[str, str | None]) -> None:
    """Two keys with one display name (activists quoted by two outlets): name each by its outlet."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for key, (name, _) in names.items():
        by_name[name].append(key)
    for name, keys in by_name.items():
        if len(keys) > 1:
            taken: set[str] = set()
            for n, key in enumerate(sorted(keys), start=1):
                if "@" not in key:
                    continue
                outlet = outlet_of_key.get(key)
                # without a known outlet (a bare file), number them: two speakers must never share a row
                label = f"{name} ({outlet})" if outlet and outlet not in taken else f"{name} ({n})"
                taken.add(outlet or "")
                names[key] = (label, names[key][1])


def _range(c: ClaimRef) -> tuple[float, float]:
    lo, hi = c.low, c.high
    if lo is not None and hi is not None:
        return float(lo), float(hi)
    if lo is not None:
        return float(lo), lo * (1 + OPEN_END_MARGIN)
    assert hi is not None
    return hi / (1 + OPEN_END_MARGIN), float(hi)


def _disagree(claims: list[ClaimRef]) -> bool:
    ranges = [_range(c) for c in claims]
    return max(r[0] for r in ranges) > min(r[1] for r in ranges) if ranges else False


def _bounds(outcome: str, latest: list[ClaimRef], superseded: list[ClaimRef]) -> Bounds:
    b = Bounds(outcome, latest=latest, superseded=superseded)
    if not latest:
        return b
    lows = [c for c in latest if c.low is not None]
    if lows:
        b.low_claim = min(lows, key=lambda c: (c.low, c.article_id, c.claim_index))
        b.low = b.low_claim.low
    else:
        b.low_claim = min(latest, key=lambda c: (c.high, c.article_id, c.claim_index))
        b.low = b.low_claim.high
    def top(c: ClaimRef) -> int:
        return c.high if c.high is not None else (c.low or 0)
    b.high = max(top(c) for c in latest)
    b.high_claim = min((c for c in latest if top(c) == b.high), key=lambda c: (c.pub_date or date.min, c.article_id))
    ordered = sorted(latest, key=lambda c: (c.point, c.article_id, c.claim_index))
    b.best_claim = ordered[(len(ordered) - 1) // 2]
    b.best = b.best_claim.point
    b.disagree = _disagree(latest)
    return b


def _same_words(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or fuzz.token_set_ratio(fa, fb) >= 80


def same_actor(a: "Blame", b: "Blame") -> bool:
    """Whether two blames name one party: by canonical actor when both words name one ("Assad regime" =
    "government forces" in Syria), else by the words ("armed terrorist groups" = "terrorist groups")."""
    if a.actor and b.actor:
        return a.actor == b.actor
    return _same_words(a.perpetrator, b.perpetrator)


def blamed_party(b: "Blame") -> str:
    """The name a blame is filed under: its canonical actor, else its words."""
    return b.actor or b.perpetrator


def blame_matrix(blames: list["Blame"]) -> dict[str, dict[str, list[str]]]:
    """speaker -> blamed party -> stances, parties compared as `same_actor` does; the first party's
    name files the others."""
    matrix: dict[str, dict[str, list[str]]] = {}
    filed: list[Blame] = []
    for b in blames:
        first = next((x for x in filed if same_actor(x, b)), None)
        if first is None:
            filed.append(b)
            first = b
        stances = matrix.setdefault(b.speaker, {}).setdefault(blamed_party(first), [])
        if b.stance not in stances:
            stances.append(b.stance)
    return matrix


def reconcile(event_id: int, members: list[LinkItem], copy_group_of: dict[str, str] | None = None) -> EventSummary:
    """Summarise one event's reports: bounds per outcome, flags, speakers side by side, toll history.

    `copy_group_of` maps article_id -> copy-group id (`sitrep.syndication.copy_groups`); articles
    absent from it are their own group.
    """
    copy_group_of = copy_group_of or {}
    group = {m.report.article_id: copy_group_of.get(m.report.article_id, m.report.article_id) for m in members}
    outlet_of = {m.report.article_id: m.outlet for m in members}
    order = sorted(members, key=lambda m: (m.pub_date or date.min, m.report.article_id, m.report.index))

    # every claim, with copies of one story reduced to the first copy published
    seen_copy: set[tuple] = set()
    claims: list[tuple[str, ClaimRef]] = []
    names: dict[str, tuple[str, str]] = {}
    outlet_of_key: dict[str, str | None] = {}
    for m in order:   # every speaker's display name first, so that namesakes can be told apart
        for x in [*m.report.casualty_claims, *m.report.perpetrator_claims]:
            key = _speaker_key(x.speaker.canonical, x.speaker.kind, m.outlet, group[m.report.article_id])
            name = (m.outlet or x.speaker.canonical) if x.speaker.kind == "outlet" else x.speaker.canonical
            names.setdefault(key, (name or x.speaker.name, x.speaker.kind))
            outlet_of_key.setdefault(key, m.outlet)
    _disambiguate(names, outlet_of_key)
    for m in order:
        r = m.report
        for i, c in enumerate(r.casualty_claims):
            key = _speaker_key(c.speaker.canonical, c.speaker.kind, m.outlet, group[r.article_id])
            dedup = (group[r.article_id], key, c.outcome, c.low, c.high, c.victims)
            if dedup in seen_copy:
                continue
            seen_copy.add(dedup)
            name = (m.outlet or c.speaker.canonical) if c.speaker.kind == "outlet" else c.speaker.canonical
            names.setdefault(key, (name or c.speaker.name, c.speaker.kind))
            if c.low is None and c.high is None:
                continue
            claims.append((key, ClaimRef(r.article_id, r.index, i, names[key][0], c.speaker.kind, c.outcome,
                                         c.low, c.high, c.victims, c.evidence.text, c.qualifier, m.outlet,
                                         m.pub_date, _is_vague(c))))

    outcomes: dict[str, Bounds] = {}
    evolution: dict[str, list[TollStep]] = defaultdict(list)
    latest_by_speaker: dict[tuple[str, str], ClaimRef] = {}
    worded: dict[tuple[str, str], ClaimRef] = {}
    for outcome in sorted({c.outcome for _, c in claims} | set(MAIN_OUTCOMES)):
        mine = [(k, c) for k, c in claims if c.outcome == outcome]
        usable = [(k, c) for k, c in mine if not c.vague] or mine
        counted = {k for k, _ in usable}
        for k, c in mine:   # words set no bound beside counts, but the speaker's words still show in its row
            if k not in counted:
                worded.setdefault((k, outcome), c)
        by_speaker: dict[str, list[ClaimRef]] = defaultdict(list)
        for k, c in usable:
            by_speaker[k].append(c)
        latest, superseded = [], []
        for k, cs in by_speaker.items():
            totals = [c for c in cs if c.victims in _TOTAL_VICTIMS] or cs
            last_pub = max((c.pub_date or date.min) for c in totals)
            last = [c for c in totals if (c.pub_date or date.min) == last_pub]
            pick = max(last, key=lambda c: (c.point, -c.claim_index))
            latest.append(pick)
            latest_by_speaker[(k, outcome)] = pick
            superseded.extend(c for c in totals if c is not pick)
        latest.sort(key=lambda c: (c.point, c.speaker))
        outcomes[outcome] = _bounds(outcome, latest, superseded)
        super_ids = {id(c) for c in superseded}
        for k, c in mine:
            evolution[names[k][0]].append(TollStep(c.pub_date, c.article_id, outcome, c.low, c.high, c.evidence,
                                                   id(c) in super_ids))

    # blames
    blames: list[Blame] = []
    blame_keys: list[str] = []
    seen_blame: set[tuple] = set()
    for m in order:
        r = m.report
        for p in r.perpetrator_claims:
            key = _speaker_key(p.speaker.canonical, p.speaker.kind, m.outlet, group[r.article_id])
            dedup = (group[r.article_id], key, fold(p.perpetrator), p.stance)
            if dedup in seen_blame:
                continue
            seen_blame.add(dedup)
            name = (m.outlet or p.speaker.canonical) if p.speaker.kind == "outlet" else p.speaker.canonical
            names.setdefault(key, (name or p.speaker.name, p.speaker.kind))
            blames.append(Blame(p.perpetrator, names[key][0], p.speaker.kind, p.stance, p.evidence.text,
                                r.article_id, r.index, p.actor))
            blame_keys.append(key)
    blamed: list[Blame] = []
    for b in blames:
        if b.stance != "denies" and not any(same_actor(b, x) for x in blamed):
            blamed.append(b)
    blame_disputed = len(blamed) > 1 or any(b.stance == "denies" for b in blames)

    # speakers side by side
    rows: dict[str, SpeakerRow] = {}
    for key, (name, kind) in names.items():
        rows[key] = SpeakerRow(name, kind, {}, [], [], [])
    for (key, outcome), c in latest_by_speaker.items():
        rows[key].figures[outcome] = c.figure_text
    for (key, outcome), c in worded.items():
        word = VAGUE_WORDS.search(c.evidence)
        rows[key].figures[outcome] = f'"{word.group(0).lower()}"' if word else c.figure_text
    for key, c in claims:
        if c.article_id not in rows[key].articles:
            rows[key].articles.append(c.article_id)
    for key, b in zip(blame_keys, blames):
        if (b.perpetrator, b.stance) not in rows[key].blames:
            rows[key].blames.append((b.perpetrator, b.stance))
        if b.article_id not in rows[key].articles:
            rows[key].articles.append(b.article_id)
    for key, row in rows.items():
        row.history = evolution.get(row.speaker, [])
    speakers = sorted(rows.values(), key=lambda r: (r.speaker_type, r.speaker))

    # where, when, what
    reports = [m.report for m in members]
    mains = [r for r in reports if r.main] or reports
    types = Counter(r.event_type for r in mains)
    specific = [t for t, _ in types.most_common() if t != "other"]
    event_type = max(specific, key=lambda t: (types[t], -sorted(types).index(t))) if specific else "other"
    places = [r.place for r in reports if r.place is not None]
    town_votes = Counter(fold(p.town or p.name) for p in places)
    place = min(places, key=lambda p: (p.precision, -town_votes[fold(p.town or p.name)], p.name)) if places else None
    # the date range of the reports that agree with the median date: one misread date is left out
    dated = [r.date for r in reports if r.date.start and r.date.precision == "day"] or \
            [r.date for r in reports if r.date.start]
    middle = sorted(d.start for d in dated)[(len(dated) - 1) // 2] if dated else None
    close = [d for d in dated if middle and abs((d.start - middle).days) <= 7]
    starts = [d.start for d in close]
    ends = [d.end or d.start for d in close]
    articles = sorted({r.article_id for r in reports})
    outlets_of_group: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        outlets_of_group[group[a]].add(fold(outlet_of.get(a)) or f"article:{a}")
    n_outlets = len({min(o) for o in outlets_of_group.values()})
    n_speakers = len(names)
    figures_disagree = any(b.disagree for b in outcomes.values())
    return EventSummary(
        event_id=event_id, event_type=event_type, place=place,
        date_start=min(starts) if starts else None, date_end=max(ends) if ends else None,
        outcomes=outcomes, figures_disagree=figures_disagree, blame_disputed=blame_disputed,
        single_source=(n_speakers or n_outlets) <= 1,
        n_reports=len(reports), n_articles=len(articles), n_outlets=n_outlets, n_speakers=n_speakers,
        speakers=speakers, blames=blames, evolution=dict(evolution), articles=articles,
        blame_matrix=blame_matrix(blames),
        victim_groups=sorted({c.victims for _, c in claims}),
    )
