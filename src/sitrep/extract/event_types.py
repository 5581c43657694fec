"""Event types from trigger words, kept as data.

An incident's type comes from the words that describe it: "sarin" makes a chemical attack,
"suicide bomber" a suicide bombing, "air strikes" an air strike. Several triggers often share a
sentence ("air strikes and shelling"); the more specific type wins, in the order of
`EVENT_TRIGGERS` (a chemical attack is also an air strike; a massacre may be carried out by
shelling, but the reader calls it a massacre).

The decision an annotator makes is who fired and from where: aircraft and drones make an air strike, and so do a
state's missiles (its air war: "a Russian missile strike on Odesa"); guns, mortars, rockets and an armed group's
missiles fired from afar make shelling; a bomb set off where it lay (planted,
driven, thrown, a mine) a bombing, and one whose bomber dies with it a suicide bombing. With no weapon
from afar, who attacked whom on the ground decides (`GROUND_ATTACKS`): armed men turning on civilians
is a massacre, armed men attacking soldiers or their posts an armed clash, a town changing hands an
assault on it. Policing told in war words ("SWAT officers stormed the house", "shell casings") is none.

>>> event_type_of_text("A suicide car bomb exploded in Qamishli")
('suicide_bombing', 2, 18)
"""
from __future__ import annotations

import functools
import re

from sitrep.actors import NON_STATE_KINDS, default_actors
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
                         r"explosives?[- ](?:belts?|vests?)", r"suicide (?:belts?|vests?)",
                         # a bomber who dies with the bomb, or who can only be one who does
                         r"bombers?,? (?:who )?(?:also )?(?:died|(?:was|were) (?:also )?(?:killed|among the dead))",
                         r"detonat(?:ed|ing) (?:his|her|their) (?:explosives?|vests?|belts?|device)",
                         r"(?:female|woman|girl|teenage|child) (?:suicide )?bombers?",
                         r"suicide (?:car|truck|vehicle|blast|explosion)s?", r"SVBIEDs?", r"martyrdom operations?",
                         r"self-detonat\w*",
                         # explosives worn on the body, or a laden vehicle driven into its target
                         r"explosives? strapped to", r"strapped with explosives?",
                         r"(?:drove|driven|rammed|driving|ramming) (?:an? |his |their |the |two |three |several )?"
                         r"(?:explosives?|bomb)[- ]laden"]),
    ("mass_grave", [r"mass graves?"]),
    ("massacre", [r"massacres?", r"massacred"]),
    ("execution", [r"executed", r"executions?", r"beheaded", r"beheadings?", r"summarily killed",
                   r"firing squad"]),
    ("abduction", [r"kidnapp(?:ed|ing)", r"abduct(?:ed|ion|ions)", r"taken hostage", r"hostages?",
                   # people, not a town, seized and carried off ("gunmen seized 40 villagers")
                   r"(?:seized|snatched|captured|carried off|whisked away) (?:at least |more than |about |some |over )?"
                   r"(?:[\d,]+|dozens of|scores of|hundreds of|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?"
                   r"(?:villagers|passengers|civilians|women|children|pupils|students|schoolgirls|schoolchildren|"
                   r"worshipp?ers|farmers|travell?ers|residents|people|workers|girls|boys)"]),
    ("bombing", [r"car bombs?", r"truck bombs?", r"booby[- ]trapped", r"improvised explosive", r"\bIEDs?\b",
                 r"(?<!barrel )(?<!cluster )(?<!vacuum )(?<!glide )(?<!aerial )bomb attacks?", r"roadside bombs?", r"detonated", r"landmines?", r"planted (?:a |an )?(?:bomb|explosive)s?",
                 r"(?:bomb|explosives?)[- ]laden(?! (?:drones?|UAVs?|aircraft|planes?))", r"sticky bombs?",
                 r"parcel bombs?",
                 r"(?:anti-?personnel|anti-?tank|land|naval) mines?", r"mines? (?:blast|explosion|exploded|went off)",
                 r"(?:stepped on|hit|struck|ran over|drove over) an? (?:\w+ )?mines?"]),
    ("air_strike", [r"air[- ]?strikes?", r"air[- ]raids?", r"(?:aerial|air) (?:bombardments?|attacks?|bombings?)",
                    r"air attacks?", r"(?<!missile )(?<!rocket )(?<!artillery )(?<!hunger )(?<!general )(?<!labor )(?<!labour )"
                    r"(?<!drone )(?<! on )strikes?",
                    r"warplanes?", r"war planes?", r"fighter jets?", r"jets?", r"barrel bombs?",
                    # aircraft of the police, a hospital or the news carry no weapon
                    r"(?<!police )(?<!medical )(?<!news )(?<!rescue )(?<!ambulance )(?<!medevac )(?<!sheriff's )"
                    r"(?:helicopters?|aircraft|airplanes?)",
                    r"drone strikes?", r"drones?", r"bombers?",
                    # drones and bombs of the air by other names (Ukraine's glide bombs, Sudan's and Myanmar's UAVs)
                    r"UAVs?", r"unmanned (?:aerial|combat) vehicles?", r"unmanned aircraft", r"Shaheds?",
                    r"loitering munitions?", r"quadcopters?", r"(?:glide|gliding|guided|aerial|KAB) bombs?",
                    r"(?<!cattle )(?<!livestock )(?<!cattle-)raids?", r"bombed", r"bombing raids?",
                    # Syrian state media's words for a strike from the air ("an Israeli aerial aggression")
                    r"(?:aerial|air) aggressions?",
                    # an air force striking ("The Syrian Arab Air Force destroyed a convoy"), not speaking
                    r"(?-i:Air Force|air force)(?= (?:\w+ )?(?:struck|destroyed|bombed|targeted|hit|killed|pounded|"
                    r"carried out|launched|conducted|shelled|raided|attacked))"]),
    # (a rocket-propelled grenade is a gunman's weapon at close range, no shelling)
    ("shelling", [r"(?<!shotgun )shell(?:ing|ed|s)?(?! casings?)", r"mortars?", r"artillery", r"rockets?(?![- ]propelled)",
                  r"missiles?",
                  r"bombardment", r"bombarded", r"katyusha", r"projectiles?", r"tank (?:fire|shells?|rounds?)",
                  r"(?:fired|launched) (?:[\w\"'“”-]+ ){0,3}(?:bombs?|munitions|(?:gas )?(?:canisters|cylinders))",
                  r"hell cannons?", r"howitzers?", r"MLRS", r"HIMARS"]),
    # what a blast or a "bombing" was is told by the weapon when one is named; alone, a bombing
    # (a bare "bomb" too: "a bomb tore through a bus"; a barrel or cluster bomb is dropped from the air)
    (EXPLOSION, [r"explosions?", r"explosives?", r"blasts?", r"bombings?", r"exploded",
                 r"(?<!barrel )(?<!cluster )(?<!glide )(?<!aerial )(?<!guided )(?<!to )bombs?",
                 # a grenade thrown, not one fired ("rocket-propelled grenades") nor a policeman's ("tear gas")
                 r"(?<!rocket-propelled )(?<!rocket propelled )(?<!stun )(?<!gas )(?<!smoke )(?<!flash )"
                 r"(?<!tear-gas )grenades?(?! launchers?)"]),
    ("assault_on_town", [r"seiz(?:ed|ing) control", r"took control", r"taken control", r"captured", r"recaptured",
                         # a headline's present tense: "Rebels capture Kafr Nabuda", "Army retakes Palmyra"
                         r"(?:re)?captures?", r"retakes?", r"seizes?", r"takes? control", r"overruns?",
                         r"regain(?:ed|ing)?(?! consciousness)", r"retook", r"retaken", r"overran", r"stormed",
                         r"offensive", r"advanced (?:into|on)", r"assault on", r"took over", r"liberat(?:ed|ion)",
                         r"seized", r"fell to", r"encircled", r"push(?:ed)? into",
                         r"launch(?:ed|ing)? an? (?:[\w-]+ )?(?:assault|ground offensive)",
                         r"(?:troops|forces|army|soldiers|rebels|militants|fighters) (?:enter(?:ed|s)?|storm(?:ed|s)?|sweep into|swept into)",
                         # "the army and its allies entered the town of Khan Sheikhoun", "took full control of Afrin"
                         r"entered the (?:[\w-]+ )?(?:town|city|village|district|neighbou?rhood) of",
                         r"t(?:ook|aken|akes?) (?:full|complete|total) control"]),
    ("armed_clash", [r"clash(?:es|ed)?", r"fighting(?! for (?:his|her|their|its) li(?:fe|ves))", r"battl(?:es?|ed|ing)",
                     r"ambush(?:ed)?", r"gunfights?", r"firefights?", r"fierce combat", r"repell?ed",
                     r"combat", r"skirmish(?:es)?", r"exchange of fire", r"fought", r"shoot-?outs?", r"gun ?battles?",
                     r"gunfights?", r"exchanged? (?:gun)?fire", r"exchange of gunfire"]),
    ("other", [r"sniper", r"shot dead", r"gunmen", r"gunfire", r"assassinat(?:ed|ion)", r"stabbed", r"opened fire",
               r"shootings?", r"killed", r"attack(?:ed|s)?", r"violence", r"murder(?:ed|s)?", r"homicides?",
               r"gunned down", r"fatally", r"murder-suicide", r"found dead", r"pronounced dead",
               r"(?:was|were|been) (?:shot(?! (?:down|at)\b)|stabbed)", r"fired (?:\w+ )?shots",
               r"shot (?:him|her|them)sel(?:f|ves)", r"accidentally shot",
               r"(?:struck|hit|grazed) by (?:a |stray )?(?:bullets?|gunfire|gunshots?)"]),
]
_COMPILED = [(etype, guarded(re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.IGNORECASE)))   # skip texts without
             for etype, pats in EVENT_TRIGGERS]                                                    # the type's words
TRIGGER_RE = dict(_COMPILED)        # one type's trigger pattern
PRECEDENCE = {etype: n for n, (etype, _) in enumerate(EVENT_TRIGGERS)}
# Weapons that say what a blast was: an explosion told beside them is their effect, not a planted bomb.
WEAPON_TYPES = frozenset({"air_strike", "shelling"})
# A raid by men on the ground is no air raid: "attackers ... opened fire on civilians in an overnight raid".
GROUND_RAID_RE = re.compile(r"\b(?:gunmen|attackers|militants|fighters|troops|soldiers|police|assailants|insurgents|"
                            r"rebels|bandits|militiamen|armed (?:men|youths?|herders|groups?)|raiders|jihadists?|"
                            r"terrorists|extremists|gangs?|gang members|herdsmen|"
                            r"stormed|opened fire|open fire|set (?:\w+ )?ablaze|torched|"
                            r"house[- ]to[- ]house|door[- ]to[- ]door|arrested|detained)\b", re.IGNORECASE)
# Men firing guns: a grenade thrown beside them is part of their attack, no bomb set off.
SMALL_ARMS_FIRE_RE = re.compile(r"\b(?:open(?:ed|ing)? fire|machine[- ]?guns?|gunfire|rifles?|kalashnikovs?|"
                                r"AK-47s?|firefight|gunfight|shot dead)\b", re.IGNORECASE)
# Killing face to face, in people's homes: the means of a massacre whoever the victims are called.
CLOSE_RANGE_RE = re.compile(r"\b(?:set (?:\w+ ){0,2}(?:ablaze|on fire|alight)|torched|burn(?:ed|t) (?:\w+ )?(?:alive|homes|houses)|"
                            r"house[- ]to[- ]house|door[- ]to[- ]door|hacked|machetes?|slit|slaughtered)\b", re.IGNORECASE)
GROUND_ASSAULT_RE = re.compile(r"\b(?:stormed|opened fire|open fire)\b|" + CLOSE_RANGE_RE.pattern, re.IGNORECASE)
# A state's bombing is dropped from the air, an insurgent's is set off on the ground.
STATE_BOMBER_RE = re.compile(r"\b(?:Russian|regime|government|coalition|Israeli|Saudi(?:-led)?|U\.?S\.?|American|"
                             r"Turkish|junta|army|military)(?:['’]s)? (?:[\w-]+ )?$", re.IGNORECASE)
# Policing told in war words: police storm a house and capture a suspect, no town changes hands.
POLICING_RE = re.compile(r"\b(?:police\w*|officers?|SWAT|deput(?:y|ies)|sheriff\w*|FBI|troopers?|suspects?|gunman|"
                         r"shooter)\b", re.IGNORECASE)
WAR_PARTY_RE = re.compile(r"\b(?:troops|forces|army|rebels?|militants?|fighters|insurgents?|jihadists?|militias?|"
                          r"militiamen|town|village|city|district|province|territory)\b", re.IGNORECASE)
# A post of armed men stormed or overrun is attacked, no town changes hands ("Al-Shabaab fighters stormed an army
# base", "militants overran a police post"): the verb's object, a few words on.
ARMED_POST_RE = re.compile(r"\s+(?:on\s+)?(?:(?:an?|the|its|their|two|three|several) (?:[\w'’()-]+ ){0,3}?)?"
                           r"(?:(?:military|army|army's|police|security|naval|air) (?:bases?|posts?|stations?|camps?|"
                           r"positions?|headquarters|detachments?)|bases?|outposts?|barracks|checkpoints?|garrisons?|"
                           r"detachments?)\b", re.IGNORECASE)
# Places where people gather: stormed, they are attacked, no town is taken ("gunmen stormed a hotel", "a church").
GATHERING_PLACES = (r"hotels?|schools?|churche?s?|mosques?|hospitals?|markets?|restaurants?|bars?|nightclubs?|malls?|"
                    r"weddings?|funerals?|buse?s?|trains?|universit(?:y|ies)|colleges?|guest ?houses?|shrines?|temples?")
STORMED_GATHERING_RE = re.compile(r"\s+(?:(?:an?|the|its|their) )?(?:[\w'’-]+ ){0,2}?(?:" + GATHERING_PLACES + r")\b",
                                  re.IGNORECASE)
# Armed men counted as taken ("captured 40 Congolese soldiers", "seized 12 Boko Haram fighters"), not a town.
CAPTIVES_RE = re.compile(r"\s+(?:at least |more than |about |some |over )?(?:[\d,]+|dozens of|scores of|hundreds of|two|"
                         r"three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w'’-]+ ){0,2}?(?:soldiers|troops|"
                         r"fighters|militants|insurgents|rebels|jihadists|servicemen|policemen|officers|gunmen|"
                         r"militiamen|members|combatants)\b", re.IGNORECASE)
# A post kept once stormed changes hands as a town does ("stormed an air base ..., capturing it").
TAKEN_RE = re.compile(r"\b(?:captur\w+|seiz\w+|took (?:full )?control|taken control|fell to|overrun)\b", re.IGNORECASE)
# A bare "strike" is an air strike when it struck: "an Israeli strike on a school killed 22".
STRIKE_HIT_RE = re.compile(r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|hit|hits|struck|destroy\w*|levell?ed|"
                           r"targeted|flattened|damag\w*|carried out|launched)\b", re.IGNORECASE)
# Missiles and rockets an air force fires: Israel's strikes on Syria, Lebanon or Gaza come from jets and drones
# ("Israeli missile strikes hit Damascus airport", "Israel fired missiles at al-Kiswah"); its guns are named as guns
# ("Israeli tank shells", "artillery").
AIR_FORCE_MISSILE_RE = re.compile(r"missiles?|rockets?", re.IGNORECASE)
AIR_FORCE_BEFORE_RE = re.compile(r"\bIsrael(?:i|'s|’s)?\b(?:\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|with))?\s+"
                                 r"(?:(?!(?:anti-?tank|tank|ground|surface-to-surface|artillery|interceptor|defen[cs]e)\s)"
                                 r"[\w-]+\s+)?$")
# A state's missiles are its air and missile war, whatever launched them: "a Russian missile strike on Odesa", "US
# missiles hit a radar site", "an Iranian missile barrage" are air strikes, as a state's drones are; an armed group's
# missile or rocket is fire from the ground ("a Houthi missile hit a market in Marib", "Hamas fired rockets"), and so
# is a missile fired at men and machines on the ground ("an anti-tank missile", "surface-to-surface missiles").
MISSILE_RE = re.compile(r"missiles?", re.IGNORECASE)
GROUND_MISSILE_BEFORE_RE = re.compile(r"\b(?:anti-?tank|anti-?armou?r|surface-to-surface|ground-to-ground|"
                                      r"anti-?aircraft|air[- ]defen[cs]e|interceptor|anti-?ship|artillery|tank|"
                                      r"ATGMs?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
MISSILE_STATE_KINDS = frozenset({"state forces", "coalition"})
# How far before a missile its owner is looked for: the clause that fires it ("Russian forces delivered a strike with
# an Iskander-M missile").
MISSILE_OWNER_REACH = 80
# Fire in support of men on the ground: "forces backed by Russian air strikes captured the town", "clashes, under cover
# of heavy air strikes", "with the support of artillery". The fight is the event when one is told beside it.
SUPPORT_BEFORE_RE = re.compile(r"\b(?:(?:backed|supported|covered|aided|assisted|helped|accompanied)\s+by|"
                               r"under\s+(?:the\s+)?cover\s+of|with\s+(?:the\s+)?(?:support|backing|help|cover)\s+of|"
                               r"with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:air|artillery|aerial)\s+(?:support|cover)\s+(?:of|from))\s+"
                               r"(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)
GROUND_FIGHT_TYPES = frozenset({"assault_on_town", "armed_clash"})
# An earlier attack answered: "in response to a chemical attack", "in retaliation for Tuesday's suicide bombing".
RESPONSE_BEFORE_RE = re.compile(r"\b(?:in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|to\s+(?:punish|avenge)|"
                                r"in\s+the\s+wake\s+of)\s+(?:[\w'\u2019-]+\s+){0,4}$", re.IGNORECASE)
# A response not carried out, only sought, planned or vowed: "Obama is seeking backing for the strikes in response to
# an alleged chemical weapons attack", "the government vowed a firm response to the suicide bombing".
RESPONSE_SOUGHT_RE = re.compile(r"\b(?:seek(?:s|ing)?|sought|plan(?:s|ned|ning)?|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|"
                                r"consider(?:s|ed|ing)?|debat(?:es|ed|ing)|authori[sz](?:e|es|ed|ing|ation)|"
                                r"propos(?:es|ed|ing)|weigh(?:s|ed|ing)?|promis(?:es|ed|ing))\b", re.IGNORECASE)


def _answered(text: str, start: int) -> bool:
    """Whether the trigger at `start` names an earlier attack being answered ("in response to a chemical attack")."""
    return RESPONSE_BEFORE_RE.search(text[max(0, start - 50):start]) is not None


# A bombardment is from the air or the ground: a headline's word yields to the weapon the lead names.
BOMBARDMENT_RE = re.compile(r"bombard(?:ment|ments|ed)", re.IGNORECASE)
AIR_WORDS_RE = re.compile(r"\b(?:air|aerial|warplanes?|jets?|aircraft|helicopters?|drones?|planes?)\b", re.IGNORECASE)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A trigger written with a capital inside a run of capitalised words is part of a name ("the National
    Liberation Army", "Operation Decisive Storm"), unless the whole text is a headline in title case."""
    if not text[start:start + 1].isupper() or text[start:end].rstrip("s").isupper() or _title_case(text):
        return False      # an acronym ("an IED", "an SVBIED") is the weapon's own name
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+([A-Z][\w'’-]*)", text[end:end + 30])
    at_start = not text[:start].strip() or re.search(r"[.!?:\n]\W*$", text[:start]) is not None
    return bool(after) or bool(before) and not at_start


def _title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _storms_a_post(text: str, m: re.Match) -> bool:
    """Whether an assault trigger storms or overruns a post of armed men rather than a town (`ARMED_POST_RE`)."""
    # ("stormed an army base", "overruns military base", "launched a massive assault on the army's positions")
    return bool(re.fullmatch(r"(?:\w+ )?(?:storm(?:ed|s)?|overr(?:an|uns?)|assault on)|launch(?:ed|ing)? an? (?:[\w-]+ )?"
                             r"assault", m.group(0), re.IGNORECASE)) and \
        ARMED_POST_RE.match(text, m.end()) is not None and not TAKEN_RE.search(text)


def _taken_instead(text: str, m: re.Match) -> str | None:
    """What an assault trigger takes when it is no town: men captured in a fight ("captured 40 soldiers") or a post
    stormed (`_storms_a_post`), an armed clash; a place where people gather stormed ("stormed a hotel"), no type
    of its own (""); None for a town."""
    verb = m.group(0).lower()
    if re.fullmatch(r"captur(?:ed|es?)|seiz(?:ed|es?)", verb) and CAPTIVES_RE.match(text, m.end()) or _storms_a_post(text, m):
        return "armed_clash"
    if re.fullmatch(r"(?:\w+ )?storm(?:ed|s)?", verb) and STORMED_GATHERING_RE.match(text, m.end()):
        return ""
    return None


@functools.lru_cache(maxsize=4096)
def _trigger_hit(text: str) -> tuple[str, int, int] | None:
    """The most specific trigger key (EXPLOSION included) with its offsets. Cached: a pure function
    of the text, asked again of each incident's sentences after the sentence pass."""
    support = None
    for etype, rx in _COMPILED:
        for m in rx.finditer(text):
            if _in_a_name(text, m.start(), m.end()) and m.group(0).lower() != "air force":
                continue      # "the National Liberation Army"; an air force is named and still strikes
            if etype in WEAPON_TYPES and SUPPORT_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
                support = support or (etype, m.start(), m.end())
                continue      # "forces backed by Russian air strikes captured the town": the fight on the ground
            if _answered(text, m.start()):
                if RESPONSE_SOUGHT_RE.search(text[:m.start()]):
                    return etype, m.start(), m.end()    # a response sought, vowed, debated: the attack is the deed
                continue      # "fired 59 missiles at Shayrat in response to a chemical attack": the earlier one
            if etype == "air_strike" and re.fullmatch(r"strikes?", m.group(0), re.IGNORECASE) and \
                    not STRIKE_HIT_RE.search(text):
                continue      # "Congress debates Obama's plan for Syria strikes": strikes not (yet) carried out
            if etype == EXPLOSION and re.fullmatch(r"grenades?", m.group(0), re.IGNORECASE) and \
                    SMALL_ARMS_FIRE_RE.search(text):
                continue      # "opened fire with machine guns and threw hand grenades at the checkpoint": a gun attack
            if etype == "air_strike" and re.fullmatch(r"raids?", m.group(0), re.IGNORECASE) and (
                    GROUND_RAID_RE.search(text) or _armed_group_raids(text[:m.start()])) and \
                    not AIR_WORDS_RE.search(text):
                continue      # "gunmen killed 12 in a raid", "army repelled Al-Shabaab raid on base": men on the ground
            if etype == "air_strike" and re.fullmatch(r"bomb(?:ed|ers?)", m.group(0), re.IGNORECASE) and \
                    GROUND_RAID_RE.search(text) and not AIR_WORDS_RE.search(text):
                return EXPLOSION, m.start(), m.end()    # "militants bombed a mosque": set off, not dropped
            if etype == EXPLOSION and re.fullmatch(r"bomb(?:ing)?s?", m.group(0), re.IGNORECASE) and \
                    STATE_BOMBER_RE.search(text[max(0, m.start() - 40):m.start()]):
                return "air_strike", m.start(), m.end()    # "Russian bombing of Idlib": a state bombs from the air
            if etype == "shelling" and AIR_FORCE_MISSILE_RE.fullmatch(m.group(0)) and \
                    AIR_FORCE_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
                return "air_strike", m.start(), m.end()    # "Israeli missile strikes hit Damascus airport": from jets
            if etype == "shelling" and MISSILE_RE.fullmatch(m.group(0)) and _state_fired(text[:m.start()]):
                return "air_strike", m.start(), m.end()    # "the Russian army launched a missile strike on Odesa"
            if etype == "assault_on_town" and POLICING_RE.search(text) and not WAR_PARTY_RE.search(text):
                continue      # "SWAT officers stormed the house", "the gunman was captured": policing, not war
            instead = _taken_instead(text, m) if etype == "assault_on_town" else None
            if instead == "":
                continue      # "gunmen stormed a hotel": the people in it attacked, no town taken
            if instead:
                return instead, m.start(), m.end()    # "captured 40 soldiers", "stormed an army base": no town taken
            if support and etype not in GROUND_FIGHT_TYPES:
                return support      # "backed by air strikes, regime forces killed 18 civilians": no fight, the strikes
            return etype, m.start(), m.end()
    return support


def _armed_group_raids(before: str) -> bool:
    """Whether the party named last before a "raid" is a non-state armed group ("Al-Shabaab raid on base", "the
    Rapid Support Forces killed 80 people in a raid on a village"): such groups raid on the ground, with no aircraft
    (a state's raids, "Israeli raids", "coalition raids", are the air force's)."""
    actor = default_actors().nearest_named(before[-MISSILE_OWNER_REACH:])
    return actor is not None and actor.kind in NON_STATE_KINDS


def _state_fired(before: str, reach: int | None = MISSILE_OWNER_REACH) -> bool:
    """Whether the missile told after these words is a state's: the party named last before it (within `reach`
    characters, the clause that fires it by default; all the words with None) is a state's forces or a coalition
    of states, and no ground-launched kind is named ("Russian forces fired anti-tank missiles")."""
    before = before[-reach:] if reach else before
    if GROUND_MISSILE_BEFORE_RE.search(before):
        return False
    actor = default_actors().nearest_named(before)
    return actor is not None and actor.kind in MISSILE_STATE_KINDS


def fired_at_home(etype: str, evidence: Span | None, article_text: str, country: str | None) -> str:
    """The type once the incident's country is known: a state's missiles fired inside its own country are its
    army's fire from the ground ("Syrian army missiles kill 23 in Idlib", "regime forces fired missiles at Maarat
    al-Numan"), not an air war waged across a border ("US missiles hit a Syrian airbase", "Russian missiles hit
    Kyiv")."""
    if etype != "air_strike" or evidence is None or country is None or not MISSILE_RE.fullmatch(evidence.text):
        return etype
    before = article_text[max(0, evidence.start - MISSILE_OWNER_REACH):evidence.start]
    if AIR_FORCE_BEFORE_RE.search(before[-40:]):
        return etype      # Israel's missiles come from its jets wherever they fall (the Golan's Majdal Shams)
    owner = default_actors().nearest_named(before)
    if owner is not None and owner.country and owner.country.casefold() == country.casefold():
        return "shelling"
    return etype


def event_type_of_text(text: str) -> tuple[str, int, int] | None:
    """The most specific event type a text's trigger words name, with the trigger's offsets."""
    hit = _trigger_hit(text)
    if hit and hit[0] == EXPLOSION:
        return ("bombing", *hit[1:])
    return hit


def event_type_of(sentences, article_text: str, title: str | None = None,
                  prelude=None) -> tuple[str, Span | None]:
    """Event type of an incident (see `_event_type_of`), made more specific by a later sentence of the
    incident: "a massive bomb blast killed 44 ... officials said the attack was carried out by a
    suicide bomber" is a suicide bombing. `prelude` is the sentence told just before the incident's first, with
    no figure and no weapon, that tells an attack (`tells_an_attack`): it may say who attacked ("The UN condemned the attack by armed men on Ngarbuh. Twenty-two
    civilians were killed")."""
    etype, span = _event_type_of(sentences, article_text, title, prelude)
    if etype in REFINED_BY:
        finer, rx = REFINED_BY[etype]
        for sent in sentences[:REFINE_WINDOW]:
            m = rx.search(sent.text)
            if m:
                return finer, Span.of(article_text, sent.start_char + m.start(), sent.start_char + m.end())
        m = rx.search(title) if title else None
        if m:       # "Suicide bomb attack in Idlib mosque kills 25" over the body's "an explosion at a mosque"
            at = article_text.find(title)
            return finer, (Span.of(article_text, at + m.start(), at + m.end()) if at >= 0 else None)
    return etype, span


def _event_type_of(sentences, article_text: str, title: str | None = None,
                   prelude=None) -> tuple[str, Span | None]:
    """Event type of an incident, a blast or a "bombing" told with no weapon read as a bombing."""
    etype, span = _told_by_weapon(*_trigger_type_of(sentences, article_text, title, prelude), sentences, article_text,
                                  title)
    return ("bombing" if etype == EXPLOSION else etype), span


# Sentences from the incident's first in which the weapon says what a massacre or a bare strike was.
WEAPON_WINDOW = 3
MASSACRE_WORD_RE = re.compile(r"massacre[sd]?", re.IGNORECASE)
# Killing face to face: a massacre's own means, whatever else was fired ("militiamen ... with knives after tanks
# shelled the town").
FACE_TO_FACE_RE = re.compile(CLOSE_RANGE_RE.pattern + r"|\b(?:execut\w+|shot dead|stabb\w+|knives|knife|beheaded|"
                             r"opened fire|gunmen|militiamen|bullets|lined up|rounded up)\b", re.IGNORECASE)
# Fire from the ground from afar, named beside a bare "strike" ("a Russian strike on Dnipro ... two Iskander-M ballistic
# missiles", "a HIMARS strike"); a missile or a rocket alone may be an aircraft's ("an Israeli strike ... a missile
# fell on us") and says nothing.
GROUND_FIRE_RE = re.compile(r"\b(?:(?i:artillery|shell(?:s|ing|ed)|mortars?|howitzers?|tank (?:fire|shells?|rounds?)|"
                            r"(?:ballistic|cruise|surface-to-surface|anti-ship) missiles?|multiple[- ]rocket launchers?)|"
                            r"Iskander(?:-M)?|Kalibr|Kinzhal|Tochka(?:-U)?|S-300|HIMARS|MLRS|Grad)\b")
# Of those, the missiles: a state's are its air war (`MISSILE_RE`), "a Russian strike ... ballistic missiles" stays one.
MISSILE_KIND_RE = re.compile(r"(?i:(?:ballistic|cruise|anti-ship) missiles?)|Iskander(?:-M)?|Kalibr|Kinzhal|"
                             r"Tochka(?:-U)?|S-300")
# What flies: a strike told beside it stays an air strike ("the air force said" does not fly).
AIRCRAFT_RE = re.compile(r"\b(?:air[- ]?strikes?|air[- ]?raids?|aerial|warplanes?|war planes?|jets?|aircraft|helicopters?|"
                         r"drones?|UAVs?|planes?|Shaheds?|(?:glide|guided) bombs?)\b", re.IGNORECASE)


def _told_by_weapon(etype: str, span: Span | None, sentences, article_text: str,
                    title: str | None) -> tuple[str, Span | None]:
    """What the weapon named in the incident's first sentences says a massacre or a bare strike was:
    - the word "massacre" given to a strike, a shelling or a bombing ("an Israeli air strike on a school killed 30, in
      what the media office called a massacre") is that strike, unless people were killed face to face too;
    - a bare "strike" said beside fire from the ground ("a HIMARS strike", "a Houthi strike ... a ballistic
      missile") is shelling, unless aircraft or drones are named or the missiles are a state's ("a Russian strike on
      Dnipro ... ballistic missiles")."""
    if span is None:
        return etype, span
    window = list(sentences[:WEAPON_WINDOW])
    if etype == "massacre" and MASSACRE_WORD_RE.fullmatch(span.text) and \
            not any(FACE_TO_FACE_RE.search(sent.text) for sent in window):
        for sent in window:
            blanked = MASSACRE_WORD_RE.sub(lambda m: " " * len(m.group(0)), sent.text)
            hit = _trigger_hit(blanked)
            if hit and hit[0] in REMOTE_TYPES:
                return hit[0], Span.of(article_text, sent.start_char + hit[1], sent.start_char + hit[2])
    if etype == "air_strike" and re.fullmatch(r"strikes?", span.text, re.IGNORECASE) and \
            not any(AIRCRAFT_RE.search(sent.text) for sent in window) and not (title and AIRCRAFT_RE.search(title)):
        told = title or ""
        for sent in window:
            m = GROUND_FIRE_RE.search(sent.text)
            if m and MISSILE_KIND_RE.fullmatch(m.group(0)) and \
                    _state_fired(told + " " + sent.text[:m.start()], reach=None):
                m = None      # "a Russian strike on Dnipro ... two Iskander-M ballistic missiles": a state's missiles
            if m:
                return "shelling", Span.of(article_text, sent.start_char + m.start(), sent.start_char + m.end())
            told += " " + sent.text
    return etype, span


# Harm done, told after a weapon: "Air strikes killed 25 civilians ... as government forces pressed their assault".
KILLED_RE = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|died|wound(?:ed|ing)|injur(?:ed|ing))\b", re.IGNORECASE)


def _lead_weapon_kills(sentences, title: str) -> bool:
    """Whether the body's first sentence naming a type opens with a weapon from afar that kills before any fight it
    names ("Air strikes killed 25 civilians in Douma as government forces pressed their assault")."""
    for sent in sentences:
        if sent.text.strip() in title:
            continue      # the headline, or a piece of it the parser cut off ("Syria:")
        own = _trigger_hit(sent.text)
        if own is None:
            continue
        fight = [m.start() for etype in GROUND_FIGHT_TYPES for m in TRIGGER_RE[etype].finditer(sent.text)]
        fight_at = min(fight, default=len(sent.text))
        return own[0] in REMOTE_TYPES and own[2] <= fight_at and \
            KILLED_RE.search(sent.text, own[2], fight_at) is not None
    return False


# Where a headline of two stories splits: "Two soldiers killed in ISIS attack in Salahuddin; PMF fighters wounded in
# Anbar blast", "ISIS cells ambush regime forces ... | Landmine kills three truffle hunters".
HEADLINE_SPLIT_RE = re.compile(r";\s+|\s+\|\s+")


def _headline_hit(title: str) -> tuple[str, int, int] | None:
    """The headline's trigger: that of its first story when it tells two, split by ";" or "|" (the second is
    a secondary incident's); the whole headline's when its first part names no deed ("Turkey | Syria: Flash
    Update")."""
    first = HEADLINE_SPLIT_RE.split(title, maxsplit=1)[0]
    return (_trigger_hit(first) if first != title else None) or _trigger_hit(title)


def _trigger_type_of(sentences, article_text: str, title: str | None = None,
                     prelude=None) -> tuple[str, Span | None]:
    """Event type of an incident from its sentences (spaCy spans, in order) and the title.

    The first sentence that names a type decides unless a more specific trigger follows in the
    next sentence; a title trigger ("Syria market air strike") breaks ties in favour of the lead,
    since headlines name the event in the fewest words. A blast or a "bombing" is what the weapon
    named near it says ("a rocket attack on a market ... the blast", "the bombing of the camp ... a
    deliberate air attack"). Evidence is a span of the article text.
    """
    found = []
    for n, sent in enumerate(sentences):
        hit = _headline_hit(sent.text) if title and sent.text.strip() == title.strip() else _trigger_hit(sent.text)
        if hit:
            etype, s, e = hit
            found.append((n, etype, Span.of(article_text, sent.start_char + s, sent.start_char + e)))
    ground = [n for n, sent in enumerate(sentences[:EXPLOSION_WINDOW + 1]) if GROUND_ASSAULT_RE.search(sent.text)]
    if ground and not any(AIR_WORDS_RE.search(sent.text) for sent in sentences[:EXPLOSION_WINDOW + 1]):
        # "killed in an overnight raid ... Attackers set houses ablaze and opened fire": men on the ground
        found = [f for f in found if not (f[1] == "air_strike" and re.fullmatch(r"raids?", f[2].text, re.I))]
    found = _ground_attacks(sentences, article_text, found, prelude)
    title_hit = _headline_hit(title) if title else None
    if title_hit and title_hit[0] == EXPLOSION and any(f[1] in WEAPON_TYPES for f in found[:EXPLOSION_WINDOW]):
        title_hit = None      # "market blast" over "a rocket attack on a market": the rocket says what it was
    if title_hit and BOMBARDMENT_RE.fullmatch(title[title_hit[1]:title_hit[2]]) and \
            any(f[1] == "air_strike" for f in found[:EXPLOSION_WINDOW]):
        title_hit = None      # "Regime bombardment kills dozens" over "regime air strikes killed": the aircraft say it
    if title_hit and title_hit[0] in GROUND_FIGHT_TYPES and _lead_weapon_kills(sentences, title):
        title_hit = None      # "Regime offensive in Daraa kills 11" over "warplanes pounded ..., killing 11 civilians,
        #                       as ground forces advanced": the toll is the weapon's
    if title_hit and title_hit[0] != "other":
        for n, etype, span in found:
            if etype == title_hit[0]:
                return etype, span
        # the title's trigger may sit further in the incident's sentences under a more specific one
        for sent in sentences:
            m = next((m for m in TRIGGER_RE[title_hit[0]].finditer(sent.text)
                      if not _answered(sent.text, m.start())), None)
            if m and title_hit[0] == "shelling" and AIR_FORCE_MISSILE_RE.fullmatch(m.group(0)) and \
                    AIRCRAFT_RE.search(sent.text):
                continue      # "Israeli missiles strike T-4" over "Israeli warplanes fired missiles": the jets' missiles
            if m:
                return title_hit[0], Span.of(article_text, sent.start_char + m.start(), sent.start_char + m.end())
    if not found:
        return (title_hit[0], None) if title_hit else ("other", None)
    first = found[0]
    # a discovery reported after the fighting ("state media also reported a mass grave was found")
    # does not name the event of the lead sentence; it only types an incident that opens with it
    specific = [f for f in found[:3] if f[0] <= first[0] + 1 and (f is first or f[1] not in AFTERMATH_TYPES)]
    best = min(specific, key=lambda f: PRECEDENCE[f[1]])
    if best[1] == "other":
        # a toll told with no weapon, its figures then the weapon ("Three people were killed in Kherson. Eleven more
        # were wounded. Russian artillery hit a bus stop"): the weapon a sentence further on still says what it was
        # (in war news; crime news tells shootouts, police storming a house, the charges' words: "shooting a missile
        # into a dwelling")
        lead_text = " ".join(sent.text for sent in sentences[first[0]:first[0] + 3])
        war = WAR_PARTY_RE.search(lead_text) and not POLICING_RE.search(lead_text)
        later = [f for f in found[:3] if first[0] + 1 < f[0] <= first[0] + 2 and f[1] not in AFTERMATH_TYPES and
                 (war or f[1] in REMOTE_TYPES) and not CHARGES_RE.search(sentences[f[0]].text)]
        best = min(specific + later, key=lambda f: PRECEDENCE[f[1]])
    if best[1] == EXPLOSION:
        weapon = next((f for f in found if f[0] < first[0] + EXPLOSION_WINDOW and f[1] in WEAPON_TYPES), None)
        if weapon is not None:
            return weapon[1], weapon[2]
    if best[1] == "armed_clash":
        # battles fought while troops storm a town are the assault on it ("fought battles in Jisr
        # al-Shughur ... after troops launched a two-pronged assault")
        for sent in sentences[first[0]:first[0] + ASSAULT_WINDOW]:
            m = next((m for m in TRIGGER_RE["assault_on_town"].finditer(sent.text)
                      if _taken_instead(sent.text, m) is None), None)
            if m:
                return "assault_on_town", Span.of(article_text, sent.start_char + m.start(), sent.start_char + m.end())
    return best[1], best[2]


# A court's words: the acts charged are no report of a weapon used.
CHARGES_RE = re.compile(r"\b(?:charged|charges?|convicted|sentenced|indicted|pleaded)\b", re.IGNORECASE)
# Sentences from the lead in which a named weapon says what a blast was.
EXPLOSION_WINDOW = 3

# Who was attacked on the ground, by whom, says the type when no weapon from afar is named in the lead:
# - armed men turning on civilians is a massacre whether or not the text says the word ("the RSF killed at
#   least 14 civilians fleeing El-Fasher", "attackers set houses ablaze and opened fire on civilians");
#   shootings of protesters stay "other" (the annotators' convention for crowd fire);
# - armed men attacking soldiers, police or their posts is an armed clash ("jihadists attacked an army post
#   near Djibo, killing 15 soldiers"), two armed sides whether or not the text tells the return fire.
CIVILIANS_RE = re.compile(r"\b(?:civilians|citizens|villagers|residents|shepherds|labou?rers|(?:truffle )?(?:hunters|"
                          r"gatherers|collectors)|worshipp?ers|farmers|displaced (?:people|persons|families)|"
                          r"families|women and children|children|passengers|pupils|students|herders|miners|traders|"
                          r"fishermen|travell?ers|mourners|pilgrims|refugees|(?:wedding )?guests|teachers|patients|"
                          r"aid workers|members of (?:a|one|the same|an? [\w-]+) famil(?:y|ies)|family members)\b"
                          r"(?! (?:\w+ ){0,3}(?:said|say|says|told|reported|described|recounted)\b)", re.IGNORECASE)
SECURITY_TARGETS_RE = re.compile(r"\b(?:soldiers|troops|policemen|police officers|officers|gendarmes|servicemen|"
                                 r"(?:military|army) personnel|"
                                 r"(?:security )?guards|militiamen|pro-(?:regime|government|Assad|Kyiv|Russian) "
                                 r"(?:gunmen|fighters|forces|militias?)|"
                                 r"security (?:forces|personnel)|(?:army|military|police|security) (?:posts?|bases?|"
                                 r"positions?|camps?|checkpoints?|convoys?|stations?|patrols?)|checkpoints?|barracks|"
                                 r"outposts?)\b", re.IGNORECASE)
ATTACK_VERB_RE = re.compile(r"\b(?:kill(?:ed|ing|s)?|slaughter(?:ed|ing)?|murder(?:ed|ing)?|shot dead|gunned down|"
                            r"shooting|shot(?! (?:down|at)\b)|"
                            r"hacked|burn(?:ed|t) alive|open(?:ed)? fire (?:on|at)|fir(?:ed|ing) (?:up)?on|raid(?:ed|ing)?|"
                            r"attack(?:ed|ing|s)?(?: on| against)?|(?:deaths|lives) of|lost|martyred)\b", re.IGNORECASE)
# Armed men who are not the state's (they attack it), and those who may be either.
HOSTILE_AGENT = (r"militants|gunmen|attackers|assailants|militia\w*|rebels|insurgents|jihadists?|bandits|extremists|"
                 r"mercenaries|terrorists|guerrill?as|fighters|raid|"
                 r"armed (?:men|herders|youths?|groups?|gangs?|assailants)")
GROUND_AGENT_RE = re.compile(r"\b(?:(?i:" + HOSTILE_AGENT + r"|forces|troops|soldiers|paramilitar(?:y|ies)|army|"
                             r"at the hands of)|by (?:the )?[A-Z]\w+)\b")
HOSTILE_AGENT_RE = re.compile(r"\b(?:" + HOSTILE_AGENT + r"|terrorist (?:groups?|organi[sz]ations?|cells?))\b",
                              re.IGNORECASE)


def _hostile_agent(text: str) -> bool:
    """Armed men who attack the state's: told by what they are ("militants", "a terrorist group") or by the
    name of a non-state group the actor table knows ("JNIM attacked an army post", "an ISIS attack")."""
    return bool(HOSTILE_AGENT_RE.search(text)) or default_actors().names_armed_group(text)


PROTEST_RE = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|marchers|sit-in)\b", re.IGNORECASE)
# The victims or targets of the verb: its object ("killed at least 14 civilians") or its passive subject
# ("civilians have been killed", never the active one: "troops opened fire"), a few words apart and not
# across "and" ("killing 17 and sending residents") nor into the agent's or another clause ("killed after gunmen").
VICTIM_CLAUSE = (r"(?:{verb})(?: (?!(?:and|by|after|when|while|as|before|during)\b)[\w'’-]+){{0,4}} (?:{victims})|"
                 r"(?:{victims})(?:,? (?:including|among them) [^,.;]{{1,40}},)?(?: (?!and\b)[\w'’-]+){{0,3}} "
                 r"(?:was|were|are|is|have been|had been|being)"
                 r"(?: \w+)? (?:{verb})|"
                 # victims gathered first, then some of them killed ("rounded up villagers and shot 13 of them")
                 r"(?:{victims})(?: [\w'’-]+){{0,6}},? (?:and|then|before) (?:\w+ )?(?:{verb}|shot) (?:[\w,]+ ){{0,2}}of them")
# A village, a hamlet or a camp of the displaced attacked: those killed there are its people ("gunmen killed 30
# people in an attack on Zike village", "jihadists killed dozens of people in the village of Solhan").
# So are those of a place where people gather that armed men stormed ("stormed a hotel in Mogadishu, killing 21
# people").
SETTLEMENT_RE = re.compile(r"\b(?:villages?|hamlets?|communit(?:y|ies)|settlements?|(?:displacement|IDP|refugee) camps?|"
                           r"camps? for (?:the )?(?:displaced|refugees)|(?:storm(?:ed|ing)|raid(?:ed|ing)) (?:an?|the) "
                           r"(?:[\w'’-]+ ){0,2}?(?:" + GATHERING_PLACES + r"))\b", re.IGNORECASE)
# Soldiers or guards counted among the dead ("killing 42 people, among them 27 pro-government fighters"): armed men
# fought.
COUNTED_GUARDS_RE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|"
                               r"scores of) (?:[\w-]+ ){0,2}?(?:" + SECURITY_TARGETS_RE.pattern + ")", re.IGNORECASE)
# Men on the ground firing on people, told beside a weapon from afar.
OPENED_FIRE_ON_RE = re.compile(r"\b(?:open(?:ed|ing)? fire|fir(?:ed|ing) (?:up)?on|shot (?:at )?(?:residents|villagers|"
                               r"civilians|people|families|those))\b", re.IGNORECASE)
# Types named by a weapon fired, dropped or set off: their victims were not killed face to face.
REMOTE_TYPES = frozenset({"chemical_attack", "suicide_bombing", "bombing", "air_strike", "shelling", EXPLOSION})
# Sentences from the incident's first in which a ground attack is told.
GROUND_ATTACK_WINDOW = 3
# (type, its victims, who attacks them); the agent may be named in the next sentence.
# - soldiers killing armed men is an armed clash too ("the army killed at least 175 militants in an offensive",
#   "troops killed 40 insurgents"): the state's men on the ground against the armed.
ARMED_TARGETS_RE = re.compile(r"\b(?:militants|terrorists|jihadists|insurgents|rebels|fighters|gunmen|extremists|"
                              r"militiamen|members of (?:the )?(?:ISIS|ISIL|IS|Daesh|Islamic State|al-Shabaab|Boko Haram))\b",
                              re.IGNORECASE)
STATE_AGENT_RE = re.compile(r"\b(?:army|troops|soldiers|military|armed forces|(?:government|regime|security) forces)\b",
                            re.IGNORECASE)


def _ground_agent(text: str) -> bool:
    """Men on the ground who can kill face to face: told by what they are ("gunmen", "troops", "militia") or by the
    name of an armed group the actor table knows ("Boko Haram killed 30 villagers", "CODECO", "the RSF")."""
    return bool(GROUND_AGENT_RE.search(text)) or default_actors().names_armed_group(text)


# (type, its victims, whether a sentence tells who attacks them)
GROUND_ATTACKS = [("massacre", CIVILIANS_RE, _ground_agent),
                  ("armed_clash", SECURITY_TARGETS_RE, _hostile_agent),
                  ("armed_clash", ARMED_TARGETS_RE, STATE_AGENT_RE.search)]


def _armed_side_hit(window, clash_at: set[int]) -> bool:
    """Whether the lead tells armed men fighting or hit: a clash read in its first sentences (`clash_at`: their
    numbers), soldiers or fighters as a verb's victims, or counted among the dead ("killing 42 people, among them 27
    pro-government fighters"). Then "people" killed in a village or beside civilians are not taken for civilians."""
    armed_victims = VICTIM_CLAUSE.format(verb=ATTACK_VERB_RE.pattern,
                                         victims=SECURITY_TARGETS_RE.pattern + "|" + ARMED_TARGETS_RE.pattern)
    return any(n < GROUND_ATTACK_WINDOW for n in clash_at) or any(
        re.search(armed_victims, sent.text, re.IGNORECASE) or COUNTED_GUARDS_RE.search(sent.text) for sent in window)


def tells_an_attack(sentence) -> bool:
    """Whether a sentence says an attack was made, and so may say by whom ("I am appalled by the attack carried out
    by armed men against the site", "Suspected jihadists attacked the village of Seytenga on Saturday night")."""
    return bool(ATTACK_VERB_RE.search(sentence.text) or GROUND_ASSAULT_RE.search(sentence.text))


def _ground_attacks(sentences, article_text: str, found: list, prelude=None) -> list:
    """`found` (sentence number, type, span) with the ground attacks of `GROUND_ATTACKS` added, each where a
    lead sentence tells the attack; none if a weapon from afar is named in the lead (a strike that killed
    civilians is a strike) or the victims were protesters. Who attacked may be told in the sentence before the
    lead's (`prelude`), the attack first, its toll after."""
    window = sentences[:GROUND_ATTACK_WINDOW]
    attacker = prelude.text if prelude is not None else ""
    remote_at = {n for n, etype, _ in found if n < GROUND_ATTACK_WINDOW and etype in REMOTE_TYPES}
    remote = bool(remote_at)
    if remote and not any(CLOSE_RANGE_RE.search(sent.text) or OPENED_FIRE_ON_RE.search(sent.text) for sent in window):
        return found
    if any(PROTEST_RE.search(sent.text) for sent in window):
        return found
    close = [bool(CLOSE_RANGE_RE.search(sent.text)) for sent in window]
    # the people of a village or a camp attacked, where no armed side is said to fight or be hit
    settled = [bool(SETTLEMENT_RE.search(sent.text)) for sent in window]
    # or told as civilians in the same sentence ("checked passengers' identity cards and shot dead 23 people")
    civil = [bool(CIVILIANS_RE.search(sent.text)) for sent in window]
    clash_at = {n for n, etype, _ in found if etype == "armed_clash"}
    fought = _armed_side_hit(window, clash_at)
    added = []
    # shelled first, then stormed and fired on face to face ("the RSF shelled the camp before fighters entered it and
    # opened fire"): only the killing of civilians by men on the ground outranks the weapon from afar
    for etype, victims_re, tells_agent in (GROUND_ATTACKS[:1] if remote else GROUND_ATTACKS):
        agents = [bool(GROUND_ASSAULT_RE.search(sent.text) or tells_agent(sent.text)) for sent in window]
        told_before = bool(attacker) and bool(GROUND_ASSAULT_RE.search(attacker) or tells_agent(attacker))
        for n, sent in enumerate(window):
            if not (any(agents[max(0, n - 1):n + 2]) or (n == 0 and told_before)):
                continue
            if etype == "massacre" and n in clash_at:
                continue      # "fighting between the army and the RSF killed 30 civilians": caught between two sides
            if n in remote_at:
                continue      # "a junta airstrike on a school killed 11 people": the toll is the weapon's
            victims = victims_re.pattern
            if etype == "massacre" and (any(close[n:n + 2]) or (any(settled[n:n + 2]) or civil[n]) and not fought):
                victims += r"|\bpeople\b"         # "10 people killed ... attackers set houses ablaze"
            m = re.search(VICTIM_CLAUSE.format(verb=ATTACK_VERB_RE.pattern, victims=victims), sent.text, re.IGNORECASE)
            if m:
                added.append((n, etype, Span.of(article_text, sent.start_char + m.start(), sent.start_char + m.end())))
    return sorted(found + added, key=lambda f: f[0]) if added else found

# A type that a later sentence of the incident may make more specific, and the words that do.
REFINED_BY = {"bombing": ("suicide_bombing", TRIGGER_RE["suicide_bombing"])}
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
    r"succumbed to (?:his|her|their) (?:wounds|injuries)|"
    # people hurt by gunfire told with no figure: "multiple people were injured when someone opened fire"
    r"(?:was|were) (?:shot|stabbed|wounded|injured)(?: \w+){0,3} (?:when|after|as|while) (?:\w+ ){0,3}"
    r"(?:opened fire|fired|shot|stabbed|attacked)|(?:was|were|been) (?:shot(?! (?:down|at)\b)|stabbed)|"
    # one person hurt by a gun, told with no figure: "a boy accidentally shot himself", "were grazed by bullets",
    # "is recovering after being shot", "an officer-involved shooting"
    r"shot (?:him|her|them)sel(?:f|ves)|accidentally shot|(?:struck|hit|grazed) by (?:a |stray )?(?:bullets?|gunfire|"
    r"gunshots?)|(?:officer|police)-involved shooting|(?:recovering|in (?:critical|serious|stable|fair) condition)\b"
    r"[^.]{0,40}\bafter\b[^.]{0,40}\b(?:shot|shooting|stabbed|stabbing))\b",
    re.IGNORECASE)


def names_violent_death(text: str) -> bool:
    """Whether a text tells of a violent death in words that need no figure (see `VIOLENT_DEATH_RE`)."""
    return VIOLENT_DEATH_RE.search(text) is not None


# Guns fired at people, told in crime reporting's words with no figure, no named shooter and no death:
# "opened fire on seven people in a car", "shot and wounded the driver", "was struck by gunfire",
# "sustained gunshot wounds", "two people were hit when shots rang out", "hit in the shoulder by a bullet",
# "Three charged in shooting of 3-year-old girl", "the gun went off while he was looking at it". Only where
# nothing else in an article reports violence (`incidents.find_incidents`); a gun fired at nobody ("threatened to open fire", "a shot at the title",
# "shot the film", "fired the coach", "flu shots", "a shooting guard", "the alarm went off") is none.
GUNFIRE_RE = re.compile(
    r"\b(?:opened fire|opening fire|fired (?:[\w-]+ ){0,3}(?:shots?|rounds?|bullets?)|fired (?:into|upon)|"
    r"shots? (?:rang out|(?:was |were )?fired)|gunfire|gunshots?|bullet wounds?|"
    r"shoot-?outs?|(?:gun|rifle|pistol|revolver|handgun|shotgun|firearm|weapon) (?:went off|(?:accidentally )?discharged)|"
    r"shoots? (?:(?:him|her|them)sel(?:f|ves)|(?:his |her |their )?own (?:leg|foot|hand|arm))|"
    r"shot and (?:wounded|injured|killed|critically wounded)|(?:after being|got|gets) shot(?! (?:down|at)\b)|"
    r"(?:hit|struck|wounded|injured) (?:[\w-]+ ){0,4}by (?:a |an )?(?:stray )?(?:bullets?|rounds?|gunfire|gunshots?)|"
    r"(?<!photo )(?<!photo-)shootings?(?! (?:guard|range|star|script|schedule|location|day|of (?:the |a |an )?"
    r"(?:film|movie|video|scene|episode|series|show|commercial)))|shooting (?:victim|suspect|death))\b",
    re.IGNORECASE)


def tells_gunfire(text: str) -> bool:
    """Whether a text tells of guns fired at people in words that need no figure (see `GUNFIRE_RE`)."""
    return GUNFIRE_RE.search(text) is not None


def has_violence(text: str) -> bool:
    """Whether a text names any violent event type (other than the generic 'attack'/'killed')."""
    hit = event_type_of_text(text)
    return hit is not None
