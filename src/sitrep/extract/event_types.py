"""Event types from trigger words, kept as data.

An incident's type comes from the words that describe it: "sarin" makes a chemical attack,
"suicide bomber" a suicide bombing, "air strikes" an air strike. Several triggers often share a
sentence ("air strikes and shelling"); the more specific type wins, in the order of
`EVENT_TRIGGERS` (a chemical attack is also an air strike; a massacre may be carried out by
shelling, but the reader calls it a massacre).

>>> event_type_of_text("A suicide car bomb exploded in Qamishli")
('suicide_bombing', 2, 18)
"""
from __future__ import annotations

import functools
import re

from sitrep.extract.literal_guard import guarded
from sitrep.records import Span

# A blast, an explosion or a "bombing" with no weapon named: a bombing unless a weapon is named nearby.
EXPLOSION = "explosion"
# (event type, trigger patterns) in order of precedence.
EVENT_TRIGGERS: list[tuple[str, list[str]]] = [
    ("chemical_attack", [r"chemical (?:weapons? )?attacks?", r"chemical weapons?", r"sarin", r"nerve (?:gas|agent)",
                         r"toxic gas", r"chlorine", r"poison(?:ous)? gas", r"gas attack", r"gassing", r"gassed",
                         r"mustard gas"]),
    ("suicide_bombing", [r"suicide (?:car |truck )?bomb(?:ing|er|ers|s)?", r"suicide attacks?(?:ers?)?",
                         r"suicide (?:attacker|bomber)s?", r"blew (?:himself|herself|themselves) up",
                         r"explosive belts?", r"suicide vests?"]),
    ("mass_grave", [r"mass graves?"]),
    ("massacre", [r"massacres?", r"massacred"]),
    ("execution", [r"executed", r"executions?", r"beheaded", r"beheadings?", r"summarily killed",
                   r"firing squad"]),
    ("abduction", [r"kidnapp(?:ed|ing)", r"abduct(?:ed|ion|ions)", r"taken hostage", r"hostages?"]),
    ("bombing", [r"car bombs?", r"truck bombs?", r"booby[- ]trapped", r"improvised explosive", r"\bIEDs?\b",
                 r"bomb attacks?", r"roadside bombs?", r"detonated", r"landmines?", r"planted (?:a |an )?(?:bomb|explosive)s?",
                 r"(?:bomb|explosive)[- ]laden", r"sticky bombs?", r"parcel bombs?", r"mines?"]),
    ("air_strike", [r"air ?strikes?", r"airstrikes?", r"air raids?", r"aerial (?:bombardment|attacks?|bombing)",
                    r"air attacks?", r"(?<!missile )(?<!rocket )(?<!artillery )(?<!hunger )(?<!general )(?<!labor )(?<!labour )"
                    r"(?<!drone )(?<! on )strikes?",
                    r"warplanes?", r"war planes?", r"fighter jets?", r"jets?", r"helicopters?", r"barrel bombs?",
                    r"drone strikes?", r"drones?", r"air force", r"bombers?", r"airplanes?", r"aircraft",
                    r"raids?", r"bombed", r"bombing raids?"]),
    ("shelling", [r"shell(?:ing|ed|s)?", r"mortars?", r"artillery", r"rockets?", r"missiles?", r"bombardment",
                  r"bombarded", r"katyusha", r"projectiles?", r"grad"]),
    # what a blast or a "bombing" was is told by the weapon when one is named; alone, a bombing
    (EXPLOSION, [r"explosions?", r"explosives?", r"blasts?", r"bombings?", r"exploded"]),
    ("assault_on_town", [r"seiz(?:ed|ing) control", r"took control", r"taken control", r"captured", r"recaptured",
                         r"regain(?:ed|ing)?", r"retook", r"retaken", r"overran", r"stormed", r"storm",
                         r"offensive", r"advanced (?:into|on)", r"assault on", r"took over", r"liberat(?:ed|ion)",
                         r"seized", r"fell to", r"encircled", r"push(?:ed)? into",
                         r"launch(?:ed|ing)? an? (?:[\w-]+ )?(?:assault|ground offensive)",
                         r"(?:troops|forces|army|soldiers) (?:entered|stormed|swept into)"]),
    ("armed_clash", [r"clash(?:es|ed)?", r"fighting", r"battles?", r"ambush(?:ed)?", r"gunfights?",
                     r"firefights?", r"fierce combat", r"repell?ed", r"attack(?:ed|s)? on (?:its|army|their) posts",
                     r"combat", r"skirmish(?:es)?", r"exchange of fire", r"fought", r"shoot-?outs?", r"gun ?battles?",
                     r"gunfights?", r"exchanged? (?:gun)?fire", r"exchange of gunfire"]),
    ("other", [r"sniper", r"shot dead", r"gunmen", r"gunfire", r"assassinat(?:ed|ion)", r"stabbed", r"opened fire",
               r"shootings?", r"killed", r"attack(?:ed|s)?", r"violence", r"murder(?:ed|s)?", r"homicides?",
               r"gunned down", r"fatally", r"murder-suicide", r"found dead", r"pronounced dead"]),
]
_COMPILED = [(etype, guarded(re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.IGNORECASE)))   # skip texts without
             for etype, pats in EVENT_TRIGGERS]                                                    # the type's words
PRECEDENCE = {etype: n for n, (etype, _) in enumerate(EVENT_TRIGGERS)}
# Weapons that say what a blast was: an explosion told beside them is their effect, not a planted bomb.
WEAPON_TYPES = frozenset({"air_strike", "shelling"})
# A raid by men on the ground is no air raid: "attackers ... opened fire on civilians in an overnight raid".
GROUND_RAID_RE = re.compile(r"\b(?:gunmen|attackers|militants|fighters|troops|soldiers|police|assailants|insurgents|"
                            r"rebels|bandits|militiamen|stormed|opened fire|open fire|set (?:\w+ )?ablaze|torched|"
                            r"house[- ]to[- ]house|door[- ]to[- ]door|arrested|detained)\b", re.IGNORECASE)
GROUND_ASSAULT_RE = re.compile(r"\b(?:stormed|opened fire|open fire|set (?:\w+ ){0,2}ablaze|torched|"
                               r"house[- ]to[- ]house|door[- ]to[- ]door|hacked|machetes?)\b", re.IGNORECASE)
# A bare "strike" is an air strike when it struck: "an Israeli strike on a school killed 22".
STRIKE_HIT_RE = re.compile(r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|hit|hits|struck|destroy\w*|levell?ed|"
                           r"targeted|flattened|damag\w*|carried out|launched)\b", re.IGNORECASE)
AIR_WORDS_RE = re.compile(r"\b(?:air|aerial|warplanes?|jets?|aircraft|helicopters?|drones?|planes?)\b", re.IGNORECASE)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A trigger written with a capital inside a run of capitalised words is part of a name ("the National
    Liberation Army", "Operation Decisive Storm"), unless the whole text is a headline in title case."""
    if not text[start:start + 1].isupper() or _title_case(text):
        return False
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+([A-Z][\w'’-]*)", text[end:end + 30])
    at_start = not text[:start].strip() or re.search(r"[.!?:\n]\W*$", text[:start]) is not None
    return bool(after) or bool(before) and not at_start


def _title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


@functools.lru_cache(maxsize=4096)
def _trigger_hit(text: str) -> tuple[str, int, int] | None:
    """The most specific trigger key (EXPLOSION included) with its offsets. Cached: a pure function
    of the text, asked again of each incident's sentences after the sentence pass."""
    for etype, rx in _COMPILED:
        for m in rx.finditer(text):
            if _in_a_name(text, m.start(), m.end()):
                continue
            if etype == "air_strike" and re.fullmatch(r"strikes?", m.group(0), re.IGNORECASE) and \
                    not STRIKE_HIT_RE.search(text):
                continue      # "Congress debates Obama's plan for Syria strikes": strikes not (yet) carried out
            if etype == "air_strike" and re.fullmatch(r"raids?", m.group(0), re.IGNORECASE) and \
                    GROUND_RAID_RE.search(text) and not AIR_WORDS_RE.search(text):
                continue
            return etype, m.start(), m.end()
    return None


def event_type_of_text(text: str) -> tuple[str, int, int] | None:
    """The most specific event type a text's trigger words name, with the trigger's offsets."""
    hit = _trigger_hit(text)
    if hit and hit[0] == EXPLOSION:
        return ("bombing", *hit[1:])
    return hit


def event_type_of(sentences, article_text: str, title: str | None = None) -> tuple[str, Span | None]:
    """Event type of an incident (see `_event_type_of`), made more specific by a later sentence of the
    incident: "a massive bomb blast killed 44 ... officials said the attack was carried out by a
    suicide bomber" is a suicide bombing."""
    etype, span = _event_type_of(sentences, article_text, title)
    if etype in REFINED_BY:
        finer, rx = REFINED_BY[etype]
        for sent in sentences[:REFINE_WINDOW]:
            m = rx.search(sent.text)
            if m:
                return finer, Span.of(article_text, sent.start_char + m.start(), sent.start_char + m.end())
    return etype, span


def _event_type_of(sentences, article_text: str, title: str | None = None) -> tuple[str, Span | None]:
    """Event type of an incident, a blast or a "bombing" told with no weapon read as a bombing."""
    etype, span = _trigger_type_of(sentences, article_text, title)
    return ("bombing" if etype == EXPLOSION else etype), span


def _trigger_type_of(sentences, article_text: str, title: str | None = None) -> tuple[str, Span | None]:
    """Event type of an incident from its sentences (spaCy spans, in order) and the title.

    The first sentence that names a type decides unless a more specific trigger follows in the
    next sentence; a title trigger ("Syria market air strike") breaks ties in favour of the lead,
    since headlines name the event in the fewest words. A blast or a "bombing" is what the weapon
    named near it says ("a rocket attack on a market ... the blast", "the bombing of the camp ... a
    deliberate air attack"). Evidence is a span of the article text.
    """
    found = []
    for n, sent in enumerate(sentences):
        hit = _trigger_hit(sent.text)
        if hit:
            etype, s, e = hit
            found.append((n, etype, Span.of(article_text, sent.start_char + s, sent.start_char + e)))
    ground = [n for n, sent in enumerate(sentences[:EXPLOSION_WINDOW + 1]) if GROUND_ASSAULT_RE.search(sent.text)]
    if ground and not any(AIR_WORDS_RE.search(sent.text) for sent in sentences[:EXPLOSION_WINDOW + 1]):
        # "killed in an overnight raid ... Attackers set houses ablaze and opened fire": men on the ground
        found = [f for f in found if not (f[1] == "air_strike" and re.fullmatch(r"raids?", f[2].text, re.I))]
    title_hit = _trigger_hit(title) if title else None
    if title_hit and title_hit[0] == EXPLOSION and any(f[1] in WEAPON_TYPES for f in found[:EXPLOSION_WINDOW]):
        title_hit = None      # "market blast" over "a rocket attack on a market": the rocket says what it was
    if title_hit and title_hit[0] != "other":
        for n, etype, span in found:
            if etype == title_hit[0]:
                return etype, span
        # the title's trigger may sit further in the incident's sentences under a more specific one
        for sent in sentences:
            m = dict(_COMPILED)[title_hit[0]].search(sent.text)
            if m:
                return title_hit[0], Span.of(article_text, sent.start_char + m.start(), sent.start_char + m.end())
    if not found:
        return (title_hit[0], None) if title_hit else ("other", None)
    first = found[0]
    # a discovery reported after the fighting ("state media also reported a mass grave was found")
    # does not name the event of the lead sentence; it only types an incident that opens with it
    specific = [f for f in found[:3] if f[0] <= first[0] + 1 and (f is first or f[1] not in AFTERMATH_TYPES)]
    best = min(specific, key=lambda f: PRECEDENCE[f[1]])
    if best[1] == EXPLOSION:
        weapon = next((f for f in found if f[0] < first[0] + EXPLOSION_WINDOW and f[1] in WEAPON_TYPES), None)
        if weapon is not None:
            return weapon[1], weapon[2]
    if best[1] == "armed_clash":
        # battles fought while troops storm a town are the assault on it ("fought battles in Jisr
        # al-Shughur ... after troops launched a two-pronged assault")
        for sent in sentences[first[0]:first[0] + ASSAULT_WINDOW]:
            m = dict(_COMPILED)["assault_on_town"].search(sent.text)
            if m:
                return "assault_on_town", Span.of(article_text, sent.start_char + m.start(), sent.start_char + m.end())
    return best[1], best[2]


# Sentences from the lead in which a named weapon says what a blast was.
EXPLOSION_WINDOW = 3
# A type that a later sentence of the incident may make more specific, and the words that do.
REFINED_BY = {"bombing": ("suicide_bombing", dict(_COMPILED)["suicide_bombing"])}
REFINE_WINDOW = 8
# Types that name what was found after an event, not the event itself.
AFTERMATH_TYPES = frozenset({"mass_grave"})
# Sentences from the lead in which an assault on a town turns reported clashes into that assault.
ASSAULT_WINDOW = 3


# A death by violence told in the words of crime reporting: with no figure and no war word, these still
# report an incident ("A 14-year-old boy was fatally shot", "the fatal shooting of ...", "found dead").
VIOLENT_DEATH_RE = re.compile(
    r"\b(?:fatal(?:ly)? (?:shot|shooting|stabb(?:ed|ing)|wounded|injured)|shot (?:and killed|dead|to death)|"
    r"(?:stabbed|beaten|hacked|burned) to death|gunned down|murder-suicide|shooting deaths?|found dead|"
    r"pronounced dead|(?:was|were) (?:killed|murdered|slain)|died (?:at the scene|of (?:a )?gunshot)|"
    r"succumbed to (?:his|her|their) (?:wounds|injuries))\b", re.IGNORECASE)


def names_violent_death(text: str) -> bool:
    """Whether a text tells of a violent death in words that need no figure (see `VIOLENT_DEATH_RE`)."""
    return VIOLENT_DEATH_RE.search(text) is not None


def has_violence(text: str) -> bool:
    """Whether a text names any violent event type (other than the generic 'attack'/'killed')."""
    hit = event_type_of_text(text)
    return hit is not None
