"""Perpetrator claims: who is blamed for an incident, by whom, and how.

Blame comes in a few grammatical shapes, each a small function below:
- an actor as the subject of a violent verb: "security services killed as many as 53 people";
- an actor after "by": "killed by the armed terrorist groups", "air strikes by Russian jets";
- an actor modifying the attack: "Russian air strikes", "government bombardment";
- explicit blame: "blamed X for", "accused X of", "attributed them to X", "held X responsible";
- a claim of responsibility: "IS claimed the attack", "claimed by the Islamic State group";
- a denial: "Syria immediately denied responsibility".
The speaker comes from `speakers`; an actor blamed by its own side ("the defence ministry said
Russian jets struck...") is a claim of responsibility.
"""
from __future__ import annotations

import re

from sitrep.extract.literal_guard import guarded

# Head nouns (lower-case) that name someone who can be blamed.
ACTOR_HEADS = frozenset({
    "forces", "force", "army", "regime", "government", "jets", "jet", "warplanes", "warplane", "aircraft",
    "planes", "plane", "coalition", "rebels", "rebel", "militants", "militant", "groups", "group", "terrorists",
    "terrorist", "gangs", "gang", "troops", "soldiers", "thugs", "fighters", "services", "militia", "militias",
    "militiamen", "jihadists", "insurgents", "gunmen", "units", "drone", "drones", "helicopters", "helicopter",
    "bombers", "bomber", "police", "shabiha", "loyalists", "brigade", "brigades", "battalion", "front",
    "state", "isis", "isil", "is", "daesh", "daish", "nusra", "hezbollah", "hizballah", "hts", "opposition",
    "russia", "russians", "iran", "turkey", "israel", "syria", "damascus", "moscow", "assad", "pkk", "ypg",
    "sdf", "houthis", "houthi", "rsf", "junta", "tatmadaw", "military", "boko", "haram", "al-shabaab", "navy", "youth",
    "youths",
    "artillery", "snipers", "sniper", "attackers", "attacker", "extremists", "members", "men", "fsa",
    "air force", "qaeda", "al-qaeda", "tahrir", "sham", "ahrar", "jaish", "pilots", "elements", "mercenaries",
    "agents", "regimes", "army's", "authorities", "hizbollah", "kurds", "ypg", "mujahideen", "jabhat",
    "opponents", "paramilitaries", "paramilitary", "separatists", "invaders", "occupiers", "occupier", "invader",
    # other wars: Nigeria's bandits and herdsmen, Sahel and Horn raiders, kidnappers
    "bandits", "herdsmen", "herders", "kidnappers", "assailants", "raiders", "vigilantes", "pirates", "saboteurs",
    # Latin America's guerrillas
    "guerrilla", "guerrillas",
    # how armies' statements name the other side: "the enemy shelled Kharkiv"
    "enemy", "enemies",
    # a body of troops told by its size or task: "an army unit killed 15 terrorists", "a FARDC patrol clashed"
    "unit", "patrol", "patrols", "squad", "squads", "detachment", "detachments",
    # armed men told by their arm or trade: "Turkish commandos neutralized five", "gendarmes opened fire"
    "commandos", "paratroopers", "marines", "gendarmes", "policemen",
})
# How one side's media name the other's aircraft: "the occupation aircraft" (Palestinian and Syrian Kurdish outlets),
# "zionist warplanes" ("enemy drones" needs no entry: "enemy" is an actor head). (Not Houthi media's "the aggression
# warplanes": read as a party, it lowered an unread set's perpetrator F1.)
EPITHET_MODIFIERS = frozenset({"occupation", "zionist"})
ARMED_CRAFT = frozenset({"aircraft", "planes", "plane", "jets", "jet", "warplanes", "warplane", "helicopters",
                         "helicopter", "drone", "drones", "warships", "warship", "gunboats", "gunboat"})
# Adjectives that tell which side armed men fight for, as "rebel" does: "separatist fighters", "insurgent
# fighters", "extremist gunmen".
SIDE_ADJECTIVES = frozenset({"separatist", "secessionist", "insurgent", "extremist", "jihadist", "islamist"})
# Modifiers that say what kind, not whose: "military aircraft", "unidentified gunmen".
GENERIC_MODIFIERS = frozenset({"military", "unidentified", "unknown"})
# "a suicide bomber", "the attackers": the person who did it, not who is blamed, unless a group is named.
BARE_ATTACKERS = frozenset({"vessel", "vessels", "warship", "warships", "gunboat", "gunboats", "frigate",
                            "bomber", "bombers", "attacker", "attackers", "gunmen", "gunman", "men", "members",
                            "fighters", "aircraft", "planes", "jets", "warplanes", "helicopters", "drone", "drones",
                            "groups", "group", "elements", "jet", "plane", "warplane", "helicopter", "assailants",
                            "assailant", "remnants", "organizations", "organisations", "organization",
                            "organisation", "cells", "cell", "faction", "factions"})
# A part of a body that acts for it: "members of the security services", "remnants of the ousted regime".
MEMBERS_OF = frozenset({"members", "member", "elements", "remnants", "units", "ranks", "cells", "loyalists"})
# "armed groups", "an armed group": a label that blames (state media's word for rebels), unlike "armed men".
ARMED_BODIES = frozenset({"group", "groups", "gangs", "gang", "factions", "faction"})
# "Hamas-led fighters", "RSF-aligned militias", "a Turkish-backed faction": the word before names whose they are.
LEADING_WORDS = frozenset({"led", "aligned", "allied", "affiliated", "linked", "run", "commanded", "controlled",
                           "backed", "sponsored", "supported"})
# "fighters loyal to X", "gunmen affiliated with Y": whose they are.
LOYAL_WORDS = frozenset({"loyal", "affiliated", "linked", "allied", "aligned", "belonging"})
PRONOUN_ACTORS = frozenset({"they", "it", "he", "she", "which", "who", "that", "them"})
# Armies' own words for killing: "troops neutralised nine bandits", "units eliminated the terrorists".
ARMY_KILLING_VERBS = frozenset({"neutralize", "neutralise", "eliminate"})
VIOLENT_VERBS = frozenset({
    "kill", "shell", "bomb", "attack", "execute", "target", "storm", "fire", "strike", "ambush", "massacre",
    "shoot", "abduct", "kidnap", "seize", "pound", "hit", "raid", "bombard", "besiege", "capture", "torture",
    "slaughter", "behead", "murder", "assassinate", "gas", "detonate", "destroy", "launch", "wound", "injure",
    "push", "overrun", "encircle", "retake", "recapture", "regain", "repel", "blow", "carry", "round",
    "mutilate", "burn", "use", "advance", "lead", "continue", "take", "release", "unleash", "drop", "give", "deal",
    "open", "perpetrate", "commit", "order", "wage", "wag",     # the small model lemmatises "waged" as "wag"
    "hack", "stab", "lynch", "slay",                            # "ADF rebels hacked to death 22 people"
    "deliver",                          # "Russian forces delivered a strike with an Iskander-M missile system"
}) | ARMY_KILLING_VERBS
# Verbs that tell a deed only by their object: "carried out an air strike", "launched rockets", "opened fire"
# (not "carried out an investigation").
LIGHT_DEED_VERBS = frozenset({"continue", "take", "lead", "use", "carry", "launch", "push", "advance", "round",
                              "release", "unleash", "drop", "give", "deal", "press", "open", "commit", "order",
                              "wage", "wag", "deliver"})
# Verbs an actor tells its own strike with, in its statement: "the Israeli military said it conducted a strike",
# "AFRICOM said it conducted an airstrike". Only a self-claim reads them; "the army conducted strikes" in another's
# voice is too often a campaign (see `_own_strike_told`).
SELF_TOLD_DEED_VERBS = frozenset({"conduct", "mount", "stage"})
# One strike or raid told as a self-claim's object (not "operations", a campaign).
OWN_STRIKE_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack", "attacks",
                              "bombardment", "bombing", "ambush", "assault"})
# What is "neutralised" or "eliminated" without violence: a bomb defused, a threat removed.
DEFUSED_THINGS = frozenset({"threat", "threats", "risk", "danger", "dangers", "poverty", "checkpoint", "checkpoints",
                            "subsidy", "subsidies", "barrier", "barriers"})


def _own_strike_told(verb) -> bool:
    """ "it conducted a strike", "its aircraft conducted airstrikes": a verb of `SELF_TOLD_DEED_VERBS` whose subject
    is the speaker's own ("it", "we", "its forces") and whose object is one strike or raid; only a self-claim reads
    it (`self_claimant`)."""
    if verb.lemma_.lower() not in SELF_TOLD_DEED_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = subj is not None and (subj.lower_ in SELF_PRONOUNS or subj.lower_ in OWN_MEANS and any(
        c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in subj.children))
    return own and any(c.dep_ == "dobj" and c.lower_ in OWN_STRIKE_NOUNS for c in verb.children)


def _made_safe(verb) -> bool:
    """ "Police neutralised an explosive device", "eliminated the threat": no deed of violence, unlike
    "troops neutralised nine bandits"."""
    if verb.lemma_.lower() not in ARMY_KILLING_VERBS:
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    if not things and verb.dep_ == "acl":
        things = [verb.head]            # "a roadside bomb neutralised by soldiers"
    things += [c for c in verb.children if c.dep_ == "nsubjpass"]
    words = [t for c in things for t in [c, *(g for g in c.children if g.dep_ in ("compound", "amod")),
                                         *(x for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                                           for x in g.children)]]
    return any(t.lower_ in MADE_SAFE_WORDS or t.lemma_.lower() in MADE_SAFE_WORDS for t in words)


# "had no role in the attack", "had no hand in it": a part in the deed that is disowned
DISOWNED_PARTS = frozenset({"role", "part", "hand", "involvement", "link"})


def _disowns(tok):
    """A denial in other words: the verb whose subject disowns the deed, found from the word that carries
    the denial: "had nothing to do with the blast", "said it had no role in the attack" (have), "its air
    force was not involved" (involved); None when the word denies nothing."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() == "have":
        if tok.lower_ == "nothing" and any(c.lemma_.lower() == "do" and any(g.lower_ == "with" for g in c.children)
                                           for c in tok.children):
            return head
        if tok.lower_ in DISOWNED_PARTS and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return head
        return None
    if tok.lower_ == "part" and tok.dep_ == "dobj" and head.lemma_.lower() == "take" and \
            any(c.dep_ == "neg" for c in head.children):
        deeds = [g for p in (*tok.children, *head.children) if p.dep_ == "prep" and p.lower_ == "in"
                 for g in p.children if g.dep_ == "pobj"]
        return head if any(_a_deed_word(g) for g in deeds) else None    # "had not taken part in the fighting"
    if tok.lower_ != "involved" or _involved_in_other_things(tok):
        return None
    if any(c.dep_ == "neg" for c in tok.children) and any(c.dep_ == "auxpass" for c in tok.children):
        return tok
    if tok.dep_ in ("acomp", "oprd") and head.lemma_ == "be" and any(c.dep_ == "neg" for c in head.children):
        return head
    return None


# What one takes part in or is involved in that is a deed of violence, besides the attack nouns.
FIGHTING_NOUNS = frozenset({"fighting", "clashes", "violence", "hostilities", "battle", "battles"})


def _a_deed_word(obj) -> bool:
    return obj.lower_ in PRONOUN_ACTORS or obj.lemma_.lower() in ATTACK_NOUNS or obj.lower_ in ATTACK_NOUNS or \
        obj.lemma_.lower() in VIOLENT_VERBS or obj.lower_ in FIGHTING_NOUNS


def _involved_in_other_things(involved) -> bool:
    """ "not involved in the investigation", "in the talks": no deed disowned (but "in the attack", "in it", "in
    the fighting")."""
    for prep in (c for c in involved.children if c.dep_ == "prep" and c.lower_ == "in"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and not _a_deed_word(obj):
            return True
    return False


IDENTIFIED_ATTACKERS = frozenset({"attackers", "assailants", "gunmen", "kidnappers", "abductors", "raiders",
                                  "gang", "bombers", "killers", "perpetrators", "men"})


def _tied_subject(verb) -> tuple[int, int] | None:
    """The attackers of a deed whose tie to a party the parser read as a verb: "Jihadists linked to al-Qaeda
    killed 20 soldiers" makes "linked" the sentence's verb and "killed" its clause, "Insurgents affiliated
    with the Islamic State killed nine villagers" makes the tie the clause's subject. The men and the party
    they are tied to are who did it, as when the parse is right ("fighters loyal to X", `is_actor`)."""
    ties = [c for c in verb.children if c.dep_ in ("csubj", "advcl", "nsubj") and c.i < verb.i]
    if verb.dep_ in ("advcl", "conj", "ccomp") and verb.head.i < verb.i:
        ties.append(verb.head)
    for tie in ties:
        if tie.lower_ not in LOYAL_WORDS:
            continue
        men = next((c for c in tie.children if c.dep_ == "nsubj" and c.i < tie.i), None)
        party = next((g for p in tie.children if p.dep_ == "prep" and p.lower_ in ("to", "with") and p.i > tie.i
                      for g in p.children if g.dep_ == "pobj"), None)
        if men is None or party is None or party.right_edge.i >= verb.i or \
                not (men.lower_ in BARE_ATTACKERS | ACTOR_HEADS or is_actor(men)) or \
                not (is_actor(party) or _names_known_actor(party)):
            continue
        return _phrase(men)[0], _phrase(party)[1]
    return None


def _attackers_identified(verb):
    """(the attackers, the party) when the incident's attackers are said to be part of a party: "the attackers were members of Al-Shabaab",
    "the gunmen were Boko Haram fighters", "the assailants were loyal to X", "the gunmen belonged to the Lakurawa
    group", "the attackers were from the ADF". Only the attackers told before ("the"), never a label of what
    somebody is in general ("members of X are ...")."""
    lemma = verb.lemma_.lower()
    if lemma not in ("be", "belong"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "Those responsible are the occupation's own mercenaries", "the people behind the attack were ...": who did it
    responsible = subj is not None and subj.lower_ in ("those", "people", "ones") and any(
        c.lower_ in ("responsible", "behind") for c in subj.children)
    if subj is None or not responsible and (subj.lower_ not in IDENTIFIED_ATTACKERS or
                                            not any(c.lower_ in ("the", "these", "those") for c in subj.children)):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None                   # "the attackers were not members of X" is a denial told otherwise

    def party_after(head, preps):
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in preps), None)
        return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None

    found = None
    if lemma == "belong":
        found = party_after(verb, ("to",))
    else:
        for c in verb.children:
            if c.dep_ == "attr":
                found = party_after(c, ("of", "from")) if c.lower_ in MEMBERS_OF | BARE_ATTACKERS else None
                if found is None and is_actor(c):
                    found = c           # "the gunmen were Boko Haram fighters"
            elif c.dep_ == "acomp" and c.lower_ in LOYAL_WORDS:
                found = party_after(c, ("to", "with"))
            elif c.dep_ == "prep" and c.lower_ == "from":
                found = next((p for p in c.children if p.dep_ == "pobj"), None)
            if found is not None:
                break
    if found is None or not (is_actor(found) or any(t.pos_ == "PROPN" for t in found.subtree)):
        return None
    if found.is_lower and found.lower_ in HOME_PLACE_NOUNS_WRITTEN or found.ent_type_ in ("GPE", "LOC", "FAC") and \
            not _names_known_actor(found):
        return None         # "the four men ... were from the villages of al-Karama": where they came from
    return subj, found


# Where people come from, never a party they belong to ("the men were from the villages of X", "from Kherson").
HOME_PLACE_NOUNS = frozenset({"village", "town", "city", "area", "region", "province", "district", "countryside",
                              "camp", "neighbourhood", "neighborhood", "state", "county", "suburb", "community"})
# ... as written in lower case, singular or plural (not the "State" of "the Islamic State")
HOME_PLACE_NOUNS_WRITTEN = HOME_PLACE_NOUNS | {w + "s" for w in HOME_PLACE_NOUNS} | {"cities", "communities",
                                                                                   "counties", "countrysides"}


# What a party fires at others, told with where it came from: "artillery fire from X", "shelling from X".
FIRED_FROM_NOUNS = frozenset({"fire", "gunfire", "shelling", "shells", "bombardment", "rockets", "mortars", "barrage"})
# What a place or a unit comes under: "came under fire", "came under attack"
UNDER_NOUNS = FIRED_FROM_NOUNS | {"attack", "attacks", "assault"}
# "rebels set off a bomb", "militants planted explosives": a bomb set, not a verb of attack by itself
EXPLOSIVE_NOUNS = frozenset({"bomb", "bombs", "explosive", "explosives", "ied", "ieds", "device", "devices",
                             "mine", "mines", "landmine", "landmines", "charge", "charges", "vest", "belt"})


# Bombs that are planted or laid: not a "device" (a listening device is planted too) unless an explosive one, nor
# "charges" (brought, not laid).
PLANTED_BOMBS = frozenset({"bomb", "bombs", "explosive", "explosives", "ied", "ieds", "mine", "mines", "landmine",
                           "landmines"})


def _fire_from(pobj):
    """The fire a "from" tells the origin of: "fire from X", "came under attack from X", or a "killed by artillery
    fire from X" or "came under fire from X" whose "from" the parser hangs on the verb."""
    head = pobj.head.head
    if head.lower_ in FIRED_FROM_NOUNS:
        return head
    if _armed(pobj):
        # "the patrol came under fire from X", "came under attack from X" (X armed: not "came under fire from Human
        # Rights Watch", which is criticism), "from" hung on the noun or on the verb
        if head.lower_ in UNDER_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "under":
            return head
        if head.lemma_.lower() == "come":
            return next((f for u in head.children if u.dep_ == "prep" and u.lower_ == "under" for f in u.children
                         if f.dep_ == "pobj" and f.lower_ in UNDER_NOUNS), None)
    return next((f for a in head.children if a.dep_ == "agent" for f in a.children
                 if f.dep_ == "pobj" and f.lower_ in FIRED_FROM_NOUNS), None)


# Actor heads that say the party bears arms (not "group", "members", "men", "state": rights groups speak too).
ARMED_HEADS = ACTOR_HEADS - {"group", "groups", "members", "men", "state"}


def _armed(party) -> bool:
    """Whether a party is told as armed men or a known armed body ("elements of the 3R armed group", "JNIM
    militants", "Russian forces"), not a body that only speaks ("Human Rights Watch", "rights groups")."""
    words = [t for t in party.subtree if t.i <= party.i] + [t for c in party.children if c.dep_ == "prep" and
                                                            c.lower_ == "of" for t in c.subtree]
    return any(t.lower_ in ARMED_HEADS or t.lower_ in ARMED_WORDS for t in words) or _names_known_actor(party)


def _bomb_planted(verb) -> bool:
    """ "a roadside bomb planted by Islamic State militants", "a bomb-laden motorcycle planted by the YPG", "an
    explosive device planted by al-Shabaab", "mines laid by Russian troops", "a landmine left behind by Daesh
    terrorists", "a mine left by Russian forces": what was planted is a bomb, so who planted it did the deed (not
    "trees planted by volunteers", "a listening device planted by Mossad", "the town was left by the army")."""
    if verb.lemma_.lower() not in ("plant", "lay", "leave"):
        return False
    # "The bomb, which was planted by al-Shabaab": the noun the relative clause hangs on
    thing = verb.head if verb.dep_ == "relcl" else _passive_thing(verb)
    return thing is not None and any(t.lower_ in PLANTED_BOMBS for t in thing.subtree if t.i <= verb.i)


def _passive_thing(verb):
    """What a passive verb is done to: the noun it modifies ("chemical weapons used by the regime", "a bomb
    planted by X") or its passive subject ("the weapons were used by ..."). A participle the parser read as
    a clause's verb, its subject before it and its doer after "by", is the same ("a bomb dropped by an army
    warplane hit a market", "two barrels dropped by a regime helicopter killed 12")."""
    if verb.dep_ == "acl":
        return verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    passive = next((c for c in subjects if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    reduced = verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in verb.children)
    return subjects[0] if subjects and reduced and subjects[0].i < verb.i else None


def _sets_off_a_bomb(verb) -> bool:
    """ "rebels set off a bomb in a tunnel", "insurgents set off tonnes of explosives", "al-Shabaab planted an
    IED": the one who sets or plants a bomb did the deed, though "set" and "plant" are no verbs of attack."""
    lemma = verb.lemma_.lower()
    if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return False
    if lemma not in ("set", "plant"):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        # "tonnes of explosives": the measure's "of" names what was set off
        words = {obj.lower_} | {t.lower_ for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                for t in p.children if t.dep_ == "pobj"}
        if words & EXPLOSIVE_NOUNS:
            return True
    return False


ATTACK_NOUNS = frozenset({
    "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "bombardment", "attack",
    "attacks", "fire", "bombing", "bombings", "assault", "offensive", "massacre", "killing", "killings",
    "barrage", "operation", "operations", "campaign", "siege", "crackdown", "shells", "rockets", "rocket",
    "missiles", "missile", "sniper", "gunfire", "ambush", "explosion", "blast", "bombs", "bomb",
    "counterattack", "counterattacks", "counter-attack", "incursion", "onslaught",
})
# Modifiers that are not actors: "air strikes", "heavy shelling".
NON_ACTOR_MODIFIERS = frozenset({"air", "heavy", "fierce", "intense", "deadly", "suspected", "aerial", "artillery",
                                 "mortar", "rocket", "chemical", "gas", "new", "latest", "recent", "overnight",
                                 "several", "the", "a", "an", "its", "their", "his", "her", "suicide", "car",
                                 "truck", "sniper", "renewed", "ground", "missile", "barrel", "cluster",
                                 "indiscriminate", "continued", "further", "more", "two", "three", "other",
                                 "those", "these", "such", "similar", "alleged", "reported", "military",
                                 "ballistic", "cruise", "hypersonic"})
# Nouns for strikes whose modifier names the striker: "Russian air strikes", "government bombardment".
STRIKE_NOUNS = frozenset({"strikes", "airstrikes", "raids", "shelling", "bombardment", "warplanes", "jets", "drone",
                          "aircraft", "planes", "helicopters", "strike", "airstrike", "raid", "missile", "missiles",
                          "rocket", "rockets", "drones"})
# Weapons whose owner is told before them like a strike's ("a Russian glide bomb", "Houthi shells"), and the kind
# words between the owner and a weapon or a strike ("an army air strike", "an Israeli drone strike").
SHOT_WEAPONS = frozenset({"bomb", "bombs", "shell", "shells"})
WEAPON_KINDS = frozenset({"drone", "glide", "guided", "precision", "kamikaze", "ballistic", "cruise", "hypersonic"})
# Denials said in other words: "described the reports as completely untrue", "illogical and fabricated".
# "lies" is a denial as a noun ("the reports are lies"), never as the verb of where a place is ("al-Bab, which
# lies in the northern province of Aleppo", "Kupiansk lies 40 km from the border").
DENIAL_RE = re.compile(r"\b(?:untrue|(?<!to )fabricat\w+|baseless|groundless|illogical|not (?:its|their) doing|"
                       r"lies(?!\s+(?:in|on|at|near|along|about|some|around|just|roughly|approximately|between|"
                       r"close|across|to|within|inside|outside|north|south|east|west|\d))|"
                       r"false(?:hoods?)?|nonsense|denials?|categorically)\b", re.IGNORECASE)
# A denial the speaker dismisses is no denial of the blame he tells: "investigators believed the bomber had been sent
# by the TTP, and that the group's denial was 'meaningless'", "dismissed the army's denials".
DENIAL_DISMISSED_RE = re.compile(r"\bdenials?\W+(?:was|were|is|are)\W+(?:\w+\W+)?(?:meaningless|false|untrue|a lie|"
                                 r"lies|baseless|not credible|absurd|laughable)|\b(?:dismiss|reject|ridicul)\w* "
                                 r"(?:[\w'’]+ ){0,2}denials?\b", re.IGNORECASE)
# Who claims nothing: "No group has claimed responsibility".
NOBODY = frozenset({"no", "none", "nobody", "neither", "not"})
CLAIMED_DEEDS = frozenset({"responsibility", "attack", "attacks", "bombing", "bombings", "strike", "strikes", "blast",
                           "killing", "killings", "assault", "explosion", "operation", "raid", "raids", "ambush",
                           "massacre", "shelling", "airstrike", "airstrikes", "credit"})
ANNOUNCING_LEMMAS = frozenset({"announce", "confirm", "acknowledge", "admit"})   # "claimed by": CLAIMED_BY_RE
# Deeds whose announcement by the doer is a claim: "the capture was announced by the YPG".
ANNOUNCED_DEEDS = CLAIMED_DEEDS - {"responsibility", "credit"} | {"capture", "seizure", "takeover", "execution",
                                                                  "executions", "abduction", "downing"}
# What a party denies when it denies a deed: "denied the strike", "rejected the accusations".
DENIED_DEEDS = ANNOUNCED_DEEDS | {"report", "reports", "accusation", "accusations", "allegation", "allegations",
                                  "charge", "charges", "claim", "claims", "account", "accounts"}
NEITHER_NOR_RE = re.compile(
    r"\b[Nn]either (?:the )?(?P<a>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) nor (?:the )?(?P<b>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    r"(?: (?P<noun>aircraft|jets|planes|warplanes|forces|troops|drones|helicopters|units|army|military))?)")
STATE_WORDS = frozenset({"army", "armed forces", "military", "troops", "air force", "units", "forces", "soldiers"})
# Words by which a state's side names its armed enemy, in any war: "rebel forces", "insurgent forces", "separatist
# fighters", "enemy forces" are never its own.
ENEMY_WORDS = frozenset({"terrorist", "terrorists", "gang", "gangs", "rebel", "rebels", "militant", "militants",
                         "insurgent", "insurgents", "jihadist", "jihadists", "separatist", "separatists", "guerrilla",
                         "guerrillas", "bandit", "bandits", "gunmen", "extremist", "extremists", "militia",
                         "militias", "takfiri", "takfiris", "khawarij", "khwarij", "enemy", "invaders", "occupiers",
                         "mercenaries", "isil", "isis", "daesh", "nusra", "opposition", "armed"})

# (a name's particle may stand apart, as wire copy writes it: "the al Shabaab group claimed responsibility")
# What a claimant says right after its name: "has claimed responsibility", "later claimed the attack".
_CLAIMED = (r"\s+(?:has |had |have |later |swiftly |quickly |immediately |reportedly |also )?"
            r"claimed (?:responsibility|the (?:attack|bombing|blast|strike|killing|assault|explosion|operation)s?|"
            r"credit|it)")
CLAIM_RE = re.compile(
    r"(?P<actor>(?:the )?(?:(?:[A-Z][\w'-]+|al-[\w-]+|of|the|al|el|ad|ar|ash|az)\s){0,4}"
    r"(?:(?:extremist|militant|jihadist|[Ii]slamist|armed|rebel|insurgent|separatist|terrorist)\s)?(?:[A-Z][\w'-]+|group|"
    r"militants|jihadists|"
    r"rebels|militia))" + _CLAIMED)
# A claimant known by the acronym in brackets right before "claimed", its name before it cut by the parser.
ACRONYM_CLAIM_RE = re.compile(r"\((?P<actor>[A-Z][A-Za-z-]{1,9})\)" + _CLAIMED)
# The kind of group told after its name: "the al-Shabab extremist group", "the Boko Haram jihadist group".
KIND_TAIL_RE = re.compile(r"\s+(?:extremist|militant|jihadist|[Ii]slamist|armed|rebel|insurgent|separatist|terrorist)"
                          r"\s+(?:group|movement|organi[sz]ation)$")
# A claimant's ties told before its name: "the al Qaeda-linked", "the Iran-backed", "the Islamic State-affiliated".
TIED_TO_RE = re.compile(r"(?:the )?(?:[\w'-]+ ){0,3}[\w'-]+-(?:linked|affiliated|allied|aligned|backed|inspired) ")
CLAIMED_BY_RE = re.compile(
    r"(?:claimed|responsibility (?:was|has been) claimed)\s+by\s+(?P<actor>(?:the )?(?:[\w'-]+\s){0,4}"
    r"(?:group|State|ISIL|ISIS|Daesh|Daish|IS|militants|jihadists|Front|rebels|al-Sham|Qaeda|Shabaab|Haram|"
    r"Houthis|RSF))\b")
# Attacks counted in a record, told just before "claimed by": "some attacks claimed by", "most of which have been".
SOME_CLAIMED_RE = re.compile(r"\b(?:some|many|most|several|numerous|previous|past|earlier|other|similar|recent)\s+"
                             r"(?:(?:of\s+(?:the|these|those)\s+)?(?:[a-z-]+\s+)?(?:attacks|bombings|killings|raids|"
                             r"ambushes|abductions|kidnappings|incidents|massacres)(?:\s+(?:in|on|across|around)\s+"
                             r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?|of\s+which)\s+"
                             r"(?:have\s+been\s+|were\s+|being\s+|are\s+)?$", re.IGNORECASE)
DENY_RE = re.compile(
    r"(?P<actor>(?:the )?(?:[A-Z][\w'-]+\s){1,3}(?:regime|government|army|military|forces|authorities)|"
    r"(?:the )?(?:[A-Z][\w'-]+\s?){1,4}|[Tt]he (?:government|regime|army|military|ministry)|"
    r"(?:Syrian|Russian|Iranian|Turkish) officials)\s+(?:has |had |have |immediately |swiftly |strongly |"
    r"flatly |quickly |also |repeatedly |persistently )*(?P<verb>denied|denies|deny|rejected|rejects)\s+"
    r"(?:any |all |the )?(?:responsibility|involvement|role|the (?:accusations?|allegations?|charges?|reports?)|"
    r"(?:carrying|targeting|using|that|it|its|they|any))")


# A photo credit closing a caption: "Dawoud Abo Alkas/Anadolu via Getty Images", "[Sébastien Kitsa Musayi/AFP]",
# "(Photo: Reuters)", "[Getty]".
CAPTION_CREDIT_RE = re.compile(
    r"(?:\bvia Getty Images|/(?:AFP|Reuters|AP|EPA|Anadolu|Getty Images|NurPhoto|SOPA Images)|"
    r"[\[(](?:Getty(?: Images)?|AFP|Reuters|AP|EPA|Anadolu|File|Photo[^\])]{0,40}|"
    r"[^\[\]()]{1,40}/(?:AFP|Reuters|AP|EPA|Anadolu|Getty)[^\])]{0,20})[\])])\W*$")


def _credit_follows(sent) -> bool:
    """Whether a photo credit closes the line the sentence ends ("... killing many. Dawoud Abo Alkas/Anadolu via
    Getty Images"): the sentence is a caption."""
    text = doc_text_of(sent.doc)
    end = text.find("\n", sent.end_char)
    rest = text[sent.end_char:end if end >= 0 else len(text)]
    return 0 < len(rest.strip()) <= 80 and bool(CAPTION_CREDIT_RE.search(rest))


# A sentence about another era: "In 1988 ...", "Back in 1982 ...".
HISTORY_RE = re.compile(r"\W*(?:Back )?[Ii]n (?:1[89]\d\d|200\d)\b|.*\b(?:in|of|since) 19\d\d\b")


# Verbs of taking ground: their passive agent ("retaken by government forces", "besieged by insurgents")
# says who holds a place, not who is blamed for violence.
CONTROL_VERBS = frozenset({"take", "capture", "recapture", "retake", "seize", "besiege", "hold", "control",
                           "encircle", "surround", "regain", "overrun", "liberate", "back", "lead", "run"})
# A sentence that says the perpetrator is not known, or that speaks of habits rather than of this
# incident, blames no one for it: "it was unclear if the strikes were carried out by Syrian or
# Russian planes", "Idlib has regularly been targeted by government air strikes".
HEDGE_RE = re.compile(r"\b(?:unclear|not clear|not known|unknown|uncertain|could not (?:be )?(?:confirm|verif)|"
                      r"whether|regularly|routinely|frequently|repeatedly|often|habitually|"
                      r"(?:has|have) been using|apparently|\d+ times|(?:many|several|dozens of) times)\b",
                      re.IGNORECASE)


def name_known_as(tok) -> tuple[int, int] | None:
    """Char offsets of the name a described party goes by, told after "known as" or "called": "The main
    Pakistani Taliban group, known as Tehreek-e-Taliban Pakistan, or TTP, said" (Tehreek-e-Taliban Pakistan),
    "the main Kurdish militia, known as the YPG" (the YPG); None when the phrase names nothing so, or names
    already ("the Tehrik-e Taliban Pakistan group (TTP), also known as the Pakistani Taliban": an alias)."""
    if tok.pos_ == "PROPN" or not tok.is_lower or any(
            c.pos_ == "PROPN" and c.dep_ == "appos" for c in tok.children):
        return None
    for acl in tok.rights:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in ("know", "call") or acl.tag_ != "VBN" or \
                any(c.lower_ == "also" for c in acl.children):
            continue
        heads = [g for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pobj"] if acl.lemma_.lower() == "know" else \
            [c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr")]
        name = next((g for g in heads if g.pos_ == "PROPN"), None)
        if name is None:
            continue
        first = min([name] + [t for t in name.subtree if t.i < name.i and t.dep_ not in ("det", "punct")],
                    key=lambda t: t.i)
        last = max([name] + [t for t in name.rights if t.dep_ in ("compound", "flat")], key=lambda t: t.i)
        return first.idx, last.idx + len(last.text)
    return None


def _phrase(tok) -> tuple[int, int]:
    """Char offsets of a noun phrase without relative clauses or appositions; of the name a described party
    goes by when one is told ("the main Kurdish militia, known as the YPG": the YPG)."""
    known = name_known_as(tok)
    if known is not None:
        return known
    toks = [tok]
    owner = None                            # the body named after "of": "Militants of Al-Qaeda ..."
    for c in tok.lefts:
        if c.ent_type_ in ("DATE", "TIME") or c.lower_ in TIME_WORDS | MONTH_WORDS | DISCOURSE_WORDS:
            continue                        # "late September government troops", "meantime other ISIL terrorists"
        if c.dep_ == "prep":
            continue                        # "On Thursday, IS fighters killed ...", "IS" read as a verb: no name
        if c.dep_ not in ("punct", "cc", "relcl", "appos", "det", "predet", "poss") or c.dep_ == "poss":
            toks.extend(t for t in c.subtree if t.ent_type_ not in ("DATE", "TIME") and
                        t.lower_ not in MONTH_WORDS | DISCOURSE_WORDS)
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "of" and (any(
                g.dep_ == "pobj" and g.lemma_.lower() in ACCUSED_DEEDS | WEAPON_WORDS | ATTACK_NOUNS
                for g in c.children) or _of_a_deed(c)):
            continue                        # "accused government forces of toxic gas attacks", "... of massacring"
        if c.dep_ == "prep" and c.lower_ == "of" and (tok.lower_ not in STRIKE_NOUNS or tok.lower_ in ARMED_CRAFT) \
                and not any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children):
            # "aircrafts of the US-led coalition on tents": the owner, not where it struck
            toks.append(c)
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    # (nor a deed the parser hangs on the name: "warplanes of the coalition killed 25 civilians")
                    # nor the deed an accusation's "of" names after the party's own ("accused fighters of the
                    # CODECO militia of the massacre")
                    cut = min([a.i for a in pobj.rights if a.dep_ == "prep" and a.lower_ not in ("of", "from") and
                               not _completes_name(pobj, a) or a.dep_ in ("acl", "relcl") and (
                                   a.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "dobj" for g in a.children))]
                              + [a.i for a in pobj.subtree if a.i > pobj.i and _of_a_deed(a)]
                              + [pobj.right_edge.i + 1])
                    toks.extend(t for t in pobj.subtree if t.i < cut)
                    owner = pobj
            continue
        if c.dep_ == "prep" and c.lower_ == "in" and owner is not None and _completes_name(owner, c):
            toks.extend(c.subtree)          # "Militants of Al-Qaeda in the Arabian Peninsula", "in" hung on the men
            continue
        if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ in ("from", "backed") and
                                              not any(g.dep_ == "pcomp" or g.tag_ == "VBG" or
                                                      g.is_lower and g.lower_ in HOME_PLACE_NOUNS_WRITTEN or
                                                      g.ent_type_ in ("GPE", "LOC", "FAC") and not is_actor(g) and
                                                      not _names_known_actor(g) for g in c.children)) or \
                (c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "cooperation" for g in c.children)) or \
                c.dep_ == "acl" and c.lower_ in ("backed", "affiliated", "linked", "allied"):
            # (not the deed the parser hangs inside: "fighters backed by government forces of attacking Walgha")
            # nor a relative clause told of the party ("attackers from the CODECO militia, which says it ...")
            deed = min([g.i for g in c.subtree if g.dep_ == "prep" and g.lower_ == "of" and any(
                x.dep_ == "pcomp" or x.tag_ == "VBG" for x in g.children)] +
                       [g.left_edge.i for g in c.subtree if g.dep_ == "relcl"] + [c.right_edge.i + 1])
            toks.extend(t for t in c.subtree if t.i < deed)
        elif c.dep_ in ("amod", "acl") and c.lower_ in LOYAL_WORDS:
            # "forces loyal to President Bashar al-Assad", "militiamen allied with the GNA", without what hangs
            # after the name
            toks.append(c)
            for to in c.children:
                if to.dep_ == "prep" and to.lower_ in ("to", "with"):
                    toks.append(to)
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            toks.extend(t for t in pobj.subtree if not any(
                                a.dep_ == "prep" and a.lower_ not in ("of",) and a.head.i == pobj.i and
                                a.i <= t.i for a in pobj.children) or t.i <= pobj.i)
        elif c.dep_ == "conj" and is_actor(c) and c.head.i == tok.i and tok.dep_ in ("nsubj", "nsubjpass"):
            toks.extend(c.subtree)          # "soldiers and pro-government thugs had rounded up"
        elif c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1 and \
                tok.lower_ in DESCRIBED_PARTIES | {"terrorist"}:
            # the group's kind, then its name: "the paramilitary Rapid Support Forces (RSF)", "the militant group
            # al-Shabaab", "the jihadist group Boko Haram" (not "the group, Boko Haram", an apposition)
            toks.extend(t for t in c.subtree if t.i <= c.i or t.head.i == c.i and t.dep_ == "appos" or
                        t.text in "()" and t.head.i == c.i)
    toks = [t for t in toks if t.dep_ != "punct" or t.text in ("-", "'s", "’s")]
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    doc = tok.doc
    while first.i < tok.i and first.ent_type_ in ("GPE", "LOC", "FAC") and _place_not_actor(first) and \
            not _names_known_actor(first) and \
            doc[first.i + 1].text not in ("'s", "’s", "-") and (
                doc[first.i + 1].ent_type_ not in ("GPE", "LOC", "FAC") or _names_known_actor(doc[first.i + 1])):
        first = doc[first.i + 1]            # "the city of Hassakeh ISIS suicide bombers": the place run into the name
    while last.i + 1 < len(doc) and doc[last.i + 1].head.i == tok.head.i and doc[last.i + 1].dep_ == tok.dep_ and \
            doc[last.i + 1].pos_ == "PROPN" and tok.pos_ == "PROPN" and doc[last.i + 1].i != tok.head.i:
        last = doc[last.i + 1]              # a name split into sibling subjects: "Jaish" "al" "-" "Islam"
    while first.i > 1 and doc[first.i - 1].text == "-" and doc[first.i - 1].head.i == tok.head.i and \
            doc[first.i - 2].head.i == tok.head.i and doc[first.i - 2].dep_ == tok.dep_ and tok.pos_ == "PROPN" and \
            tok.dep_ in ("nsubj", "nsubjpass"):
        first = doc[first.i - 2]            # ... and before it, across its hyphen: "al" "-" "Shabaab"
    while last.i > tok.i and (last.dep_ in ("cc", "punct", "prep", "det") or last.pos_ in ("CCONJ", "ADP", "DET")):
        last = last.doc[last.i - 1]        # "troops backed by helicopter gunships and" -> "... gunships"
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ")" and doc[last.i - 1].text == "(" and last.i - 1 > first.i:
        last = doc[last.i + 1]              # "Rapid Support Forces (RSF)": the bracket closed
    last = _name_going_on_with_for(last)
    if tok.pos_ in ("AUX", "VERB") and tok.text in ("IS", "ISIS", "ISIL") and last.i == tok.i and \
            tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ACTOR_HEADS and doc[tok.i + 1].head.i == tok.i:
        last = doc[tok.i + 1]               # "IS fighters killed ...", the group read as the verb "is"
    end = last.idx + len(last.text)
    if tok.lower_ in BARE_ATTACKERS:
        end = max(end, _group_named_after(tok) or 0)   # "Fighters of the paramilitary Rapid Support Forces"
    return first.idx, end


def _name_going_on_with_for(last):
    """The last word of a capitalised name that goes on with "for", however the parser hangs it: "Group for the
    Support of Islam and Muslims" (Mali), "National Front for the Liberation of Syria", "Coordination of Movements
    for Azawad"; `last` itself when no capitalised words follow a "for" after it."""
    doc = last.doc
    if not last.text[:1].isupper() or last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "for" or \
            doc[last.i + 1].head.pos_ in ("VERB", "AUX"):
        return last                         # "blamed Hamas for Saturday's attack": what for, not a name
    end, k = last, last.i + 2
    while k < last.sent.end and (doc[k].text[:1].isupper() and doc[k].is_alpha and
                                 doc[k].ent_type_ not in ("DATE", "TIME") or
                                 doc[k].lower_ in ("of", "and", "the", "for") and k + 1 < len(doc)):
        if doc[k].text[:1].isupper():
            end = doc[k]
        k += 1
    if end.i + 3 < len(doc) and doc[end.i + 1].text == "(" and doc[end.i + 3].text == ")" and doc[end.i + 2].is_upper:
        end = doc[end.i + 3]                # "... of Islam and Muslims (JNIM)": the acronym with it
    return end


def _completes_name(head, prep) -> bool:
    """Whether a preposition's phrase is part of the name it hangs on: "Al-Qaeda in the Arabian Peninsula",
    "the Islamic State in Iraq and Syria" (the actor table knows the whole name)."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return prep.lower_ == "in" and pobj is not None and \
        _names_actor_words(head.doc[head.left_edge.i:pobj.i + 1].text)


def _names_actor_words(words: str) -> bool:
    from sitrep.actors import default_actors
    return default_actors().names_actor(words)


def _name_after_kind(kind):
    """The last word of a group's name told right after its kind word when the parser ends the phrase at the kind
    ("by the paramilitary | Rapid Support Forces killed"), or None."""
    doc = kind.doc
    if kind.lower_ not in DESCRIBED_PARTIES | {"jihadist", "militant", "rebel", "terrorist"} or \
            kind.i + 1 >= kind.sent.end or doc[kind.i + 1].pos_ != "PROPN":
        return None
    end = kind.i + 1
    while end + 1 < kind.sent.end and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].lower_ in NAME_PARTICLES or
                                       doc[end + 1].text == "(" or doc[end].text == "(" or
                                       doc[end + 1].text == ")" and doc[end].text != "("):
        end += 1
    name = doc[kind.i + 1:end + 1].text
    # "the paramilitary Rapid Support Forces (RSF)": the name, with or without its acronym told in brackets
    return doc[end] if _names_actor_words(name.replace("(", " ").replace(")", " ")) or \
        _names_actor_words(re.sub(r"\s*\([^()]*\)\s*", " ", name).strip()) else None


# Words that make armed men a community's side: "tribal fighters", "clan militiamen" (and the peoples and faiths of
# data/demonyms.tsv: "Druze gunmen", "Bedouin fighters", "Fulani militiamen").
COMMUNITY_WORDS = frozenset({"tribal", "tribe", "clan", "ethnic"})


def _community_word(tok) -> bool:
    from sitrep.extract.places import people_words
    return tok.lower_ in COMMUNITY_WORDS or tok.lower_ in people_words()


def is_actor(tok) -> bool:
    """Whether a noun names someone who can be blamed (not an instrument, a place or a victim)."""
    if tok.lower_ in PRONOUN_ACTORS:
        return False
    if tok.lower_ in ("squad", "squads") and any(c.lower_ == "firing" for c in tok.lefts):
        return False                        # "shot by a firing squad": how, not who
    if tok.lower_ in MEMBERS_OF and any(g.dep_ == "pobj" and g.lower_ not in MEMBERS_OF and is_actor(g)
                                        for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
                                        for g in c.children):
        return True
    if tok.lower_ in BARE_ATTACKERS and any(
            g.dep_ == "pobj" and (g.ent_type_ in ("ORG", "NORP") or _names_known_actor(g)) and is_actor(g)
            for c in tok.rights if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "of" and (
                tok.lower_ not in STRIKE_NOUNS or tok.lower_ in ARMED_CRAFT)) for g in c.children):
        # "Fighters from the Arakan Army", "gunmen of the ADF", "drones of the RSF", "warplanes of the coalition"
        # (not "strikes of ...", whose "of" may be what they hit)
        return True
    if tok.lower_ in BARE_ATTACKERS and tok.lower_ not in STRIKE_NOUNS and _group_named_after(tok) is not None:
        return True                         # "Fighters of the Islamic State West Africa Province (ISWAP)"
    if tok.lower_ in BARE_ATTACKERS and any(
            c.dep_ in ("amod", "acl") and c.lower_ in LOYAL_WORDS and any(
                g.dep_ == "pobj" and (is_actor(g) or g.lower_ in WARLORDS or g.ent_type_ == "PERSON")
                for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                for g in p.children) for c in tok.rights):
        # "Fighters loyal to the Rapid Support Forces", "gunmen allied with M23", "fighters loyal to a notorious
        # bandit leader, Dan Kwalba", "militiamen loyal to Ali Darassa": a warlord's men are a party
        return True
    if tok.lower_ in BARE_ATTACKERS and any(c.dep_ == "poss" and c.lower_ not in PRONOUN_ACTORS | SELF_PRONOUNS and
                                            (is_actor(c) or _names_known_actor(c)) for c in tok.lefts):
        return True                         # "the military council's jets", "Russia's drones", "the RSF's fighters"
    if tok.lower_ in BARE_ATTACKERS:
        return any(c.dep_ in ("compound", "amod", "nmod") and (
            any((t.lower_ in ACTOR_HEADS | SIDE_ADJECTIVES and t.lower_ not in GENERIC_MODIFIERS) or
                t.ent_type_ in ("ORG", "NORP") for t in (c.subtree if c.dep_ == "compound" else [c])) or
            (c.pos_ == "PROPN" and any(ch.isdigit() for ch in c.text)) or
            (c.lower_ in EPITHET_MODIFIERS and tok.lower_ in ARMED_CRAFT) or             # "the occupation aircraft"
            (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(ch.isdigit() for ch in c.text))
             and _names_known_actor(c)) or   # "ISWAP fighters", "3R fighters" ("3R" read as a common noun)
            _known_name_before(tok) is not None or           # "Asaib Ahl al-Haq gunmen"
            (c.lower_ in ("armed", "outlaw") and tok.lower_ in ARMED_BODIES) or   # Libya's "outlaw groups"
            (c.dep_ in ("amod", "compound") and _community_word(c)) or   # "Druze gunmen", "tribal fighters"
            (c.lower_ in LEADING_WORDS and any(g.ent_type_ in ("ORG", "NORP") or g.lower_ in ACTOR_HEADS
                                               for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod"))))
            for c in tok.lefts)
    if tok.lower_ in ACTOR_HEADS or tok.lemma_.lower() in ACTOR_HEADS:
        return True
    if tok.lower_ == "occupation":
        # how Palestinian, Lebanese and Syrian Kurdish outlets name the other side when it acts: "The occupation
        # bombed a classroom", "the Turkish occupation shelled Um al-Kef", "killed by the occupation" (not "the
        # occupation of the Golan", "life under occupation")
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and (
            tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.lower_ == "by")
    if tok.pos_ == "PROPN" and _said_to_be_armed_body(tok):
        return True                         # "blamed the attack on Lakurawa, an armed group that ..."
    if tok.ent_type_ in ("ORG", "NORP", "PERSON") and tok.pos_ == "PROPN":
        if tok.ent_type_ in ("ORG", "NORP") and not any(c.dep_ == "compound" for c in tok.lefts) and \
                not _demonym(tok.lower_) and _place_not_actor(tok) and not _names_known_actor(tok):
            return False                    # "Mariupol" tagged ORG, "Raqqa" tagged NORP: a place
        # a group the tagger takes for a person ("al-Shabaab") is one when the actor table knows it
        return tok.ent_type_ != "PERSON" or any(c.lower_ in ("regime", "forces") for c in tok.head.children) or \
            _names_known_actor(tok)
    if tok.pos_ == "PROPN" and tok.ent_type_ == "GPE" and _names_actor_words(tok.text) and not _known_place(tok.text):
        return True                         # "The M23 fired mortars": a group's own name the tagger took for a place
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME") and \
        _names_known_actor(tok)


# The leaders whose men are a party when named by them: "fighters loyal to a bandit leader".
WARLORDS = frozenset({"leader", "commander", "warlord", "kingpin", "chief", "chieftain", "emir"})


# What an apposition calls a name the tagger does not know, to make it a party: "Lakurawa, an armed group". A
# militia or a gang is armed by name; a group, a movement or an affiliate only when said to be armed or fighting.
ARMED_BY_NAME = frozenset({"militia", "gang", "insurgency", "faction"})
BODY_WORDS = frozenset({"group", "movement", "organisation", "organization", "outfit", "offshoot", "affiliate",
                        "franchise", "coalition", "alliance", "network", "wing"})
ARMED_WORDS = frozenset({"armed", "militant", "jihadist", "islamist", "rebel", "insurgent", "separatist",
                         "extremist", "terrorist", "criminal", "paramilitary", "guerrilla", "qaeda", "state"})


def _said_to_be_armed_body(tok) -> bool:
    """Whether a name is told, in an apposition, to be an armed body: "Lakurawa, an armed group that has
    expanded", "the Mai-Mai Yakutumba, a militia", "JNIM, al Qaeda's affiliate in the Sahel". The name alone may
    look like a place to the tagger; the apposition says what it is. A place or an aid group told as such
    stays one ("Ituri, a province", "MSF, a medical charity group")."""
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        head = c.lemma_.lower()
        if head in ARMED_BY_NAME or head in BODY_WORDS and any(
                t.lower_.removesuffix("'s") in ARMED_WORDS or t.lemma_.lower() in ARMED_WORDS
                for t in c.subtree if t.i < c.i):
            return True
    return False


PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "on", "around", "inside", "outside", "across", "from", "into",
                                "along", "between", "north", "south", "east", "west"})


def _group_named_after(tok) -> int | None:
    """Where the words after "of"/"from" on a bare attacker's right end, when they name an actor of the table,
    however the parser cut them: "Fighters of the Islamic State West Africa Province" (a province to the
    tagger), "Fighters of the paramilitary Rapid Support Forces (RSF)" (the name made the verb's subject)."""
    from sitrep.actors import default_actors
    if tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ not in ("of", "from"):
        return None
    cache = tok.doc.user_data.setdefault("sitrep_group_named_after", {})   # asked by `is_actor` and `_phrase`
    if tok.i in cache:
        return cache[tok.i]
    words = []
    for t in tok.doc[tok.i + 2:min(tok.i + 10, tok.sent.end)]:
        if t.pos_ in ("VERB", "AUX", "CCONJ") or t.text in (",", ";", ":", ".", "!", "?") or \
                t.ent_type_ in ("DATE", "TIME") or t.lower_ in PLACE_PREPOSITIONS or _of_a_deed(t):
            break           # "Fighters of the RSF in El Fasher", "gunmen from the village near the RSF camp",
                            # "accused fighters of the CODECO militia of the massacre"
        words.append(t)
    if not words:
        return None
    found = default_actors().resolve(tok.doc[words[0].i:words[-1].i + 1].text)
    cache[tok.i] = words[-1].idx + len(words[-1].text) if found is not None and found.kind != "generic" else None
    return cache[tok.i]


# Particles inside a group's name: "al-Shabaab", "Asaib Ahl al-Haq", "Tehrik-e-Taliban", "wal-Muslimin".
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "wal", "ul", "e", "i", "bin", "ibn",
                            "abu", "ahl", "-", "'", "’"})


# A wire dateline opening the lede: "KHARTOUM (Reuters) -", "MOGADISHU, Somalia (AP) —", "Kyiv (AFP) -",
# with its day too: "KHARTOUM, June 5 (Reuters) -", "NAY PYI TAW, 18 Feb -", "Sweida, Aug. 3 (SANA) -".
_DATELINE_DAY = r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?)?"
DATELINE_RE = re.compile(r"\s*(?:[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?" + _DATELINE_DAY +
                         r"\s*(?:\([^)\n]{1,40}\))?|"
                         r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?" + _DATELINE_DAY +
                         r"\s*\([^)\n]{1,40}\))\s*(?:--?|[–—:])\s+")


# A town and a news agency's initials before a dash: "Damascus, SANA – ", "Sanaa, SABA - ", "Gaza, WAFA — ",
# "Damascus Countryside, (SANA)- ".
AGENCY_DATELINE_RE = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s*(?:[A-Z]{2,6}|\([A-Z]{2,6}\))\s*"
                                r"(?:--?|[–—:])\s+")
# A news agency's dateline glued to the first word: "Aleppo, SANA-Terrorist organizations", "Sanaa, SABA-".
AGENCY_DASH_RE = re.compile(r"\b(?:SANA|SABA|Saba|AFP|IRNA|TASS|WAFA|NNA|KUNA|QNA|SPA|MENA|Xinhua|ANHA|ANF|IINA)"
                            r"\s?[-–—]\s?(?=[A-Z])")


# A web page's date line run into the lede when the page's line breaks are lost: "Published July 5 2015",
# "Updated: 12 March 2024 14:05".
PUBLISHED_LINE_RE = re.compile(r"(?:Published|Updated|Posted|Last updated)(?: on)?:?\s+(?:[A-Z][a-z]+day,?\s+)?"
                               r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
                               r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*")


def dateline_end(sent) -> int:
    """The character where a sentence's words start after a wire dateline, or the sentence's start."""
    agency = AGENCY_DATELINE_RE.match(sent.text)
    if agency:                          # "Damascus, SANA – The Israeli enemy carried out ...", anywhere
        return sent.start_char + agency.end()
    m = DATELINE_RE.match(sent.text)
    # a capitals dateline opening the body under the headline: "JILIB - Al-Shabaab militants on Saturday ..."
    body_dateline = m is not None and sent.start_char > 0 and sent.doc.text[sent.start_char - 1] == "\n" and \
        re.match(r"\s*[A-Z]{3,}[A-Z .'’-]*(?:,|\s+(?:--?|[–—:])\s)", sent.text) is not None
    return sent.start_char + m.end() if m and (sent.start == 0 or "(" in m.group(0) or body_dateline) \
        else sent.start_char


def _known_name_before(noun) -> tuple[int, int] | None:
    """Token range of a known group's name written right before a noun, however many words and hyphens it
    has ("the al-Shabaab attack", "Asaib Ahl al-Haq gunmen", "Jama'at Nusrat al-Islam wal-Muslimin fighters",
    "the Tehrik-e-Taliban attack"), which the small parser tags as no entity or cuts at a hyphen; None when
    the words just before name no actor the table knows ("the Kafr Nabl shelling")."""
    from sitrep.actors import default_actors
    doc = noun.doc
    start = noun.i
    while start - 1 >= noun.left_edge.i and start - 1 >= noun.sent.start and (
            doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in NAME_PARTICLES or
            doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("ADJ", "NOUN")) and \
            doc[start - 1].ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        start -= 1
    while start < noun.i and doc[start].lower_ in NAME_PARTICLES - {"al", "el", "abu", "ahl"}:
        start += 1
    if noun.i - start < 1:
        return None
    table = default_actors()
    for first in range(start, noun.i):     # the whole run, else its ending ("Tehrik-e-Taliban")
        if doc[first].lower_ in NAME_PARTICLES - {"al", "el", "abu", "ahl"}:
            continue
        if table.names_actor(doc[first:noun.i].text):
            return start, noun.i
    return None


def _names_known_actor(tok) -> bool:
    """A word the actor table knows as one actor's name ("ELN", "Tatmadaw", "the military council"), alone or
    with the words compounded before it; demonyms and country names are no actor on their own here."""
    first = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ in ("compound", "amod")])
    return _names_actor_words(tok.doc[first:tok.i + 1].text) or _names_actor_words(tok.text)


def _stance_for(perp_text: str, speaker) -> str:
    """An actor blamed by its own side claims responsibility: the military or a government
    naming the army, or a speaker sharing a word with the actor ("Russia" / "Russian jets")."""
    # the side is the actor's, not its backers': "Syrian rebels backed by Turkish tanks" named by the Turkish military
    perp_text = re.split(r"\b(?:backed|supported|aided|assisted|helped|accompanied) by\b", perp_text)[0]
    p = perp_text.lower()
    words = set(re.findall(r"[a-z]+", p))
    # "armed terrorist groups" are the enemy; "units of the armed forces" are not
    enemy = bool(set(re.findall(r"[a-z]+", re.sub(r"\barmed forces\b", "forces", p))) & ENEMY_WORDS)
    if speaker is None or words & {"enemy", "enemies"}:
        return "accuses"                    # no side calls itself the enemy: "the enemies of Islam" to the Taliban
    kind = _side_kind(speaker)
    sp_words = set(re.findall(r"[a-z]+", speaker.canonical.lower()))
    stems = {w[:5] for w in sp_words if len(w) >= 4} - NOT_SIDE_STEMS
    if _led_by_speaker(perp_text, speaker):
        return "claims_responsibility"      # "the Pentagon said a strike by the U.S.-led coalition killed 12"
    if _named_other_side(perp_text, words, sp_words, speaker):
        return "accuses"
    # a government speaks for its own forces only: Israel's "Syrian forces", Britain's "forces loyal to
    # Syrian President Bashar al-Assad" are someone else's
    foreign = kind == "government" and any(
        w[:5].lower() not in {x[:5] for x in sp_words} for w in re.findall(r"\b[A-Z][\w'’-]+", perp_text)
        if w.lower() not in UNNAMED_FORCE_WORDS)
    foreign = foreign or _other_actor_than_speaker(perp_text, speaker)
    if kind == "military" and not foreign:
        # "Islam Army's leader Mohammed Alloush" speaking of "the Syrian military" is not its side; "military
        # sources" speaking of "the Syrian army" may be
        named = [w for w in re.findall(r"\b[A-Z][\w'’-]+", speaker.canonical)
                 if w.lower() not in GENERIC_SPEAKER_WORDS]
        foreign = bool(named) and any(
            w[:5].lower() not in {x[:5] for x in sp_words} for w in re.findall(r"\b[A-Z][\w'’-]+", perp_text)
            if w.lower() not in UNNAMED_FORCE_WORDS and not any(ch.isdigit() for ch in w))
    if kind in ("military", "government") and (words & OWN_FORCE_WORDS) and not enemy and not foreign:
        return "claims_responsibility"
    if kind in ("military", "government", "state_media") and not enemy and _own_nations_forces(words, speaker):
        return "claims_responsibility"      # Iraq's Security Media Cell on "Iraqi F-16 fighter jets"
    if kind == "state_media" and words & OWN_FORCE_WORDS and not enemy and (all(
            w.lower() in UNNAMED_FORCE_WORDS for w in re.findall(r"\b[A-Z][\w'’-]*", perp_text)) or
            _state_outlets_own_forces(perp_text, speaker)):
        return "claims_responsibility"      # state media on "the army units", "Army units", unnamed: the state's own
    if kind == "military" and words & AIRCRAFT_WORDS and not words & ENEMY_WORDS and not foreign and not (
            any(_demonym(w) for w in re.findall(r"[a-z]+", perp_text.lower()))):
        return "claims_responsibility"      # "Russia's military said six long-range Tu-22M3 bombers carried out strikes"
    if kind not in SIDE_KINDS:
        # "a Sudanese rights organization" on "the Sudanese Rapid Support Forces": a nationality shared with
        # the actor makes a monitor, a medic or a witness no party to the deed; nor does a kind of body ("the
        # Syrian Coalition", the opposition's political body, on "US-led coalition strikes")
        stems -= {w[:5] for w in sp_words if _demonym(w)} | BODY_KIND_STEMS
    # nor its leader or patron: "bandits loyal to Bello Turji" named by "Fatima Bello" share no side with her
    own_words = set(re.findall(r"[a-z]+", re.split(r"\b(?:(?:led|commanded) by|(?:loyal|linked|affiliated|allied) "
                                                  r"(?:to|with))\b", p)[0]))
    if stems and any(w[:5] in stems for w in own_words if len(w) >= 4):
        return "claims_responsibility"
    if _same_actor_as_speaker(perp_text, speaker):
        return "claims_responsibility"      # "the Pentagon confirmed eight US strikes"
    if words and words <= REBEL_SELF_WORDS and _rebel_speaker(speaker):
        return "claims_responsibility"      # "a spokesman for the rebel Free Syrian Army said rebels had destroyed"
    return "accuses"


# How a rebel group's spokesman names its own side: "rebels", "opposition fighters", "the revolutionaries".
REBEL_SELF_WORDS = frozenset({"the", "rebels", "rebel", "fighters", "opposition", "revolutionaries", "our"})


def _rebel_speaker(speaker) -> bool:
    """Whether the speaker is a rebel group the actor table knows ("Free Syrian Army", "KNLA", "M23")."""
    from sitrep.actors import default_actors
    found = default_actors().resolve(speaker.canonical)
    return found is not None and found.kind == "rebel"


LED_BY_RE = re.compile(r"\b([\w.]+)[-–]led\b")


def _led_by_speaker(perp_text: str, speaker) -> bool:
    """Whether the blamed coalition is led by the speaker's own state: the Pentagon or CENTCOM on "the U.S.-led
    coalition" speak for the coalition they lead (a monitor, the other side or a rival state do not)."""
    from sitrep.actors import default_actors
    m = LED_BY_RE.search(perp_text)
    said_by = _speaker_actor(speaker) if m else None
    if said_by is None:
        return False
    leader = default_actors().resolve(m.group(1))
    return leader is not None and leader.name == said_by.name


def _state_outlets_own_forces(perp_text: str, speaker) -> bool:
    """Whether a state outlet names its own state's forces: SANA on "Syrian Arab Army units" (speakers.tsv gives
    SANA's state; the actor table resolves the words to that state's forces), not on "Turkish army units"."""
    from sitrep.actors import default_actors
    from sitrep.extract.speakers import SPEAKER_COUNTRIES
    country = SPEAKER_COUNTRIES.get(speaker.canonical)
    blamed = default_actors().resolve(perp_text, country) if country else None
    return blamed is not None and blamed.kind == "state forces" and blamed.country == country


def _own_nations_forces(words: set[str], speaker) -> bool:
    """Whether the blamed are forces or aircraft told by the people's word of the state the speaker speaks for
    (`data/speakers.tsv`): Iraq's Joint Operations Command on "Iraqi F-16 jets", the ISPR on "Pakistani troops"."""
    from sitrep.actors import default_actors
    from sitrep.extract.speakers import SPEAKER_COUNTRIES
    country = SPEAKER_COUNTRIES.get(speaker.canonical)
    if not country or not words & (OWN_FORCE_WORDS | AIRCRAFT_WORDS):
        return False
    demonyms = default_actors().demonyms
    return any(demonyms.get(w) == country for w in words)


def _side_kind(speaker) -> str:
    """The speaker's kind, or, for a speaker the speaker table leaves "other", the kind of party the actor table
    names it ("The Tatmadaw said troops killed 12": the army's own claim)."""
    if speaker.kind != "other":
        return speaker.kind
    from sitrep.actors import party_speaker_kind
    return party_speaker_kind(speaker.canonical) or speaker.kind


# Capitalised words that name no side, only a kind of force ("Security forces killed eight militants, the ISPR said",
# "Troops repelled the attack, the army said": the sentence's first word, not a foreign party).
UNNAMED_FORCE_WORDS = frozenset({"the", "units", "forces", "army", "armed", "security", "troops", "soldiers",
                                 "military", "police", "navy", "air"})
# Words for a state's forces, which its government, military or state media speak of as their own.
OWN_FORCE_WORDS = frozenset({"army", "armed", "military", "troops", "units", "air", "soldiers", "forces"})
# Speakers that can be a party to a deed; monitors, medics, witnesses and outlets cannot.
SIDE_KINDS = frozenset({"government", "military", "armed_group", "state_media"})


def _named_other_side(perp_text: str, words: set[str], sp_words: set[str], speaker) -> bool:
    """Whether the blamed words name a known non-state actor that shares no name with the speaker: "the army"
    blaming "National Liberation Army guerrillas" accuses them, though both say "army"."""
    from sitrep.actors import STATE_KINDS, default_actors
    blamed = default_actors().resolve(perp_text)
    if blamed is None or blamed.kind in STATE_KINDS:
        return False
    named = {w[:5] for w in sp_words if len(w) >= 4 and w not in GENERIC_SPEAKER_WORDS} - NOT_SIDE_STEMS
    return not any(w[:5] in named for w in words if len(w) >= 4) and not _same_actor_as_speaker(perp_text, speaker)


# Nationalities ("Israeli jets" named by someone's military are not its own unless the speaker shares the stem)
# are the actor table's country words (data/country_words.tsv).
def _demonym(word: str) -> bool:
    from sitrep.actors import default_actors
    return word in default_actors().demonyms


def _other_actor_than_speaker(perp_text: str, speaker) -> bool:
    """Whether the speaker is a known actor other than the one blamed: a KNU spokesperson speaking of "the
    military council", the Pentagon of "Syrian forces"."""
    from sitrep.actors import default_actors
    table = default_actors()
    said_by = _speaker_actor(speaker) or _speaker_actor(speaker, speaker.name)
    blamed = table.resolve(perp_text, said_by.country if said_by else None)
    return said_by is not None and blamed is not None and said_by.name != blamed.name


def _same_actor_as_speaker(perp_text: str, speaker) -> bool:
    """Whether the speaker's name and the blamed words name one canonical actor: "the Pentagon" and "US
    strikes", "the Tatmadaw" and "junta troops" (named, not generic: a speaker's words give no country)."""
    from sitrep.actors import default_actors
    said_by = _speaker_actor(speaker)
    blamed = default_actors().resolve(perp_text)
    return said_by is not None and blamed is not None and said_by.name == blamed.name


# Speaker kinds that the speaker table gives bodies that are no party to a deed.
NON_PARTY_KINDS = frozenset({"opposition", "monitor", "international", "witness", "outlet", "medical"})


def _speaker_actor(speaker, name: str | None = None):
    """The canonical actor a speaker is, or None. A body the speaker table knows as no party (a monitor, an outlet,
    witnesses, the opposition's political body) is none, though its name holds a party's or a place's words: "the
    Syrian National Coalition" is not the US-led coalition, "activists in Khartoum" are not Sudan's army."""
    from sitrep.actors import default_actors
    if speaker.kind in NON_PARTY_KINDS:
        return None
    return default_actors().resolve(name or speaker.canonical)


GENERIC_SPEAKER_WORDS = frozenset({"military", "army", "defence", "defense", "ministry", "source", "sources",
                                   "general", "command", "staff", "spokesman", "spokeswoman", "official", "officials",
                                   "a", "an", "the", "armed", "forces", "media", "office", "centre", "center"})
AIRCRAFT_WORDS = frozenset({"jets", "jet", "bombers", "warplanes", "aircraft", "planes", "pilots", "helicopters",
                            "drones", "navy", "warships"})
# Kinds of body, shared by parties and by bodies that are no party: a coalition, a council, a union.
BODY_KIND_STEMS = frozenset({"coali", "counc", "commi", "union", "netwo", "movem", "organ", "allia", "assoc"})
# ("milit" and "counc": "the Deir ez-Zor Military Council" shares no side with "Iranian militias"; "armed" and "force":
# "the Armed Forces General Staff" none with "armed terrorist groups", the ENDF none with "extremist forces")
NOT_SIDE_STEMS = frozenset({"syria", "state", "news", "agenc", "minis", "defen", "sourc", "offic", "human",
                            "right", "obser", "syrian", "unite", "natio", "local", "medic", "group", "front",
                            "milit", "counc", "armed", "gener", "staff", "force"})


def _owns_announced_deed(agent: str, lemma: str, deed) -> bool:
    """Whether "the attack was announced / confirmed by X" is X's own claim. A body that is no party (the UN, the
    White Helmets, a monitor) owns no deed. To announce a capture or an execution is to claim it; to confirm an
    attack is to say it happened: the army that confirms "the attack on the checkpoint" was its target, the
    Pentagon that confirms "the US strikes" owns them, so a confirmation claims only a deed named as the agent's."""
    from sitrep.actors import default_actors
    from sitrep.extract.speakers import canonical_speaker
    if canonical_speaker(agent)[1] in NON_PARTY_KINDS:
        return False
    if lemma not in ("confirm", "acknowledge"):
        return True
    actors = default_actors()
    owner = actors.resolve(agent)
    named = [actors.resolve(t.text) for t in deed.lefts if t.dep_ in ("amod", "compound", "poss", "nmod")]
    return owner is not None and any(a is not None and a.name == owner.name for a in named)


# A clause's opening word the parser may leave inside the subject's phrase.
LEADING_CONJUNCTION_RE = re.compile(r"(?:that|which|whereas|while|as)\s+(?=\S)", re.IGNORECASE)


# The small words inside a long name, where the parser or a pattern cuts it: "the Islamic State of Iraq and the
# Levant", "the Group to Support Islam and Muslims", "the Movement for Oneness and Jihad in West Africa".
NAME_JOIN_WORDS = frozenset({"and", "of", "in", "to", "for", "the"})
NAME_WORD_RE = re.compile(r"[\w'\u2019-]+")
NAME_JOIN_RE = re.compile(r"\b(?:and|of|in|to|for)\b")
LONG_NAME_WORDS = 8


def _known_name_around(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int]:
    """The span (s, e) widened, within [lo, hi), to the longest name holding it that the actor table knows whole,
    when a small word of such names touches it: a name of several parts joined by "and" is one party, not its
    last part ("The Islamic State of Iraq and Syria claimed responsibility" is not Syria's claim). Names the table
    does not know stay as cut: "the Syrian Observatory for Human Rights and the Civil Defence" are two."""
    before = list(NAME_WORD_RE.finditer(text, lo, s))[-LONG_NAME_WORDS:]
    after = list(NAME_WORD_RE.finditer(text, e, hi))[:LONG_NAME_WORDS]
    if not (before and before[-1].group(0).lower() in NAME_JOIN_WORDS or
            after and after[0].group(0).lower() in NAME_JOIN_WORDS):
        return s, e
    best = (s, e)
    for a in [s] + [m.start() for m in reversed(before)]:
        for b in [e] + [m.end() for m in after]:
            if b - a > best[1] - best[0] and text[a].isupper() and not text.startswith("The ", a) and \
                    NAME_JOIN_RE.search(text[a:s] + " " + text[e:b]) and _names_actor_words(text[a:b]):
                best = (a, b)
    return best


def sentence_perpetrators(sent) -> list[tuple[str, str, int, int, int]]:
    """(perpetrator, stance, evidence start, evidence end, anchor token index) for one sentence.

    The stance here is what the grammar says (accuses / claims_responsibility / denies); the
    caller re-checks accusations against the speaker (`_stance_for`)."""
    out: list[tuple[str, str, int, int, int]] = []
    if HISTORY_RE.match(sent.text):       # "In 1988 ... Kurds were gassed by Saddam Hussein's forces"
        return out
    if CAPTION_CREDIT_RE.search(sent.text) or _credit_follows(sent):
        return out                          # a photo's caption: "... after the Israeli army attacked X. Y/Anadolu via
                                            # Getty Images" describes a picture, told again in the story
    doc = sent.doc
    doc_text = doc_text_of(doc)
    seen: set[tuple[int, int]] = set()

    dateline = dateline_end(sent)

    def add(s: int, e: int, stance: str, ev_s: int, ev_e: int, anchor: int) -> None:
        if s < dateline:                   # "KHARTOUM (Reuters) - Paramilitary Rapid Support Forces": no actor
            s = dateline
            ev_s = max(ev_s, s)
        for m in PUBLISHED_LINE_RE.finditer(doc_text, sent.start_char, e):
            if m.start() <= s < m.end():   # "Published July 5 2015 U.S.-led coalition aircraft": a page's date line
                s = m.end()
                ev_s = max(ev_s, s)
        if m := AGENCY_DASH_RE.search(doc_text, s, e):
            s = m.end()                    # "Aleppo, SANA-Terrorist organizations fired": the agency's dateline
            ev_s = max(ev_s, s)
        if doc_text[s:s + 1].isupper() and (m := NAME_TO_ACRONYM_RE.match(doc_text, e)) and m.end() <= sent.end_char:
            e = m.end()                    # "The Group for the Support of Islam and Muslims (JNIM)": the whole name
            ev_e = max(ev_e, e)
        if m := LEADING_CONJUNCTION_RE.match(doc_text, s, e):
            s = m.end()                    # "a source said that militants ... opened fire": "that" is no name's
            ev_s = max(ev_s, s)
        s, e = _known_name_around(doc_text, sent.start_char, sent.end_char, s, e)
        ev_s, ev_e = min(ev_s, s), max(ev_e, e)
        if (s, e) in seen and stance == "denies":
            # "denied that coalition aircraft had targeted any market": the craft read first as a strike's owner
            # is the party the denial clears
            told = next((k for k, o in enumerate(out) if o[1] == "accuses" and
                         (o[2], o[2] + len(o[0])) == (s, e)), None)
            if told is not None:
                out[told] = (doc_text[s:e], stance, min(ev_s, s), max(ev_e, e), anchor)
            return
        if (s, e) in seen or e <= s:
            return
        seen.add((s, e))
        out.append((doc_text[s:e], stance, min(ev_s, s), max(ev_e, e), anchor))

    cleared_at: set[int] = set()           # denials that clear the party accusations were made against
    for tok in sent:
        lemma = tok.lemma_.lower()
        # 1. actor as the subject of a violent verb, active voice
        if tok.pos_ == "VERB" and (lemma in VIOLENT_VERBS or _sets_off_a_bomb(tok) or _own_strike_told(tok)) and \
                not any(c.dep_ == "auxpass" for c in tok.children) and \
                not _takes_responsibility(tok) and not _made_safe(tok):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            subj = subjects[0] if subjects else None
            if subj is not None and not is_actor(subj):
                # a name the parser splits at its hyphen into sibling subjects ("al" "-" "Shabaab"): its last part
                subj = next((c for c in subjects if c.i == subj.i + 2 and c.doc[subj.i + 1].text == "-" and
                             is_actor(c)), subj)
            tied = _tied_subject(tok) if subj is None or not is_actor(subj) else None
            if tied is not None:
                if not (_not_this_incident(tok) or _taking_ground(tok) or _downing(tok) or _habitual(tok)):
                    add(tied[0], tied[1], "denies" if _negated(tok) else "accuses", tied[0], _verb_object_end(tok),
                        tok.i)
                continue
            if subj is None and tok.dep_ in ("conj", "xcomp") and tok.head.pos_ == "VERB":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if subj is None and tok.dep_ == "xcomp" and tok.head.dep_ == "conj" and \
                        tok.head.lemma_.lower() in ("deny", "reject"):
                    # "the RSF said its forces had repelled an attack and denied targeting civilians"
                    subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "after") and \
                    tok.head.head.pos_ == "VERB":
                # "a junta jet circled the village before dropping two bombs": the doer of the clause it closes
                subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                subj = _posted_subject(tok)       # "terrorists positioned in Binnish targeted al-Fouaa"
            if subj is None:
                subj = _said_object_subject(tok)  # "said attackers from the CODECO militia, which ..., raided the camp"
            if subj is None and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.i < tok.i and \
                    tok.head.dep_ in ("ROOT", "nsubj", "appos") and tok.head.pos_ in ("NOUN", "PROPN") and any(
                        c.dep_ == "dobj" and c.lower_ not in PRONOUN_ACTORS for c in tok.children):
                subj = tok.head                   # misparsed "ADF militants killed at least 40 people ...": a past
                                                  # participle has no object of its own, the verb is the clause's
            if subj is None and tok.dep_ == "xcomp" and tok.head.lower_ == "able":
                subj = able_subject(tok.head)     # "the army was able to kill about 40 militants"
            if subj is None or (not is_actor(subj) and subj.i < tok.i):
                # "IS" read as the verb "is": 'a town resident says IS "monsters" killed more than 100 people'
                start = subj.i if subj is not None else tok.i
                subj = next((doc[i] for i in range(max(sent.start, start - 4), start)
                             if doc[i].text in ("IS", "ISIS", "ISIL") and doc[i].pos_ in ("AUX", "VERB")), subj)
            if subj is None and tok.i > sent.start and doc[tok.i - 1].pos_ == "NOUN" and \
                    doc[tok.i - 1].lower_ in ACTOR_HEADS and tok.dep_ == "ROOT":
                subj = doc[tok.i - 1]              # misparsed "Elsewhere in Syria rebels attacked ..."
                while subj.dep_ == "pobj" and subj.head.lower_ == "of" and is_actor(subj.head.head):
                    subj = subj.head.head          # "... of Quneitra units of the armed forces killed"
            if subj is not None and subj.idx < dateline:
                # the parser makes the dateline the subject and the actor after the dash its apposition
                subj = next((c for c in subj.rights if c.dep_ == "appos" and c.idx >= dateline), None) or next(
                    (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= dateline), None)
            if any(c.dep_ == "aux" and c.lemma_.lower() in ("deny", "reject") for c in tok.children):
                continue                           # "Moscow and Damascus deny targeting civilians", "deny" read as an
                                                   # auxiliary: a denial, never the deed told
            if subj is not None and any(t.lower_ == "neither" for t in subj.subtree if t.i < subj.i):
                continue                           # "neither Russian nor Syrian warplanes had carried out": denials
            if subj is not None and (_not_this_incident(tok) or _taking_ground(tok) or _downing(tok) or
                                      _habitual(tok) or _answering_the_attackers(tok, subj)):
                continue
            if subj is not None and subj.lower_ in PARTITIVES:
                owner_of = _partitive_owner(subj)  # "one of its fighters had fired", "three of its fighters"
                if owner_of is not None:
                    subj = owner_of
            if subj is not None and (subj.lower_ in SELF_PRONOUNS | OWN_MEANS or
                                     any(c.dep_ == "poss" and _the_group(c) for c in subj.children)):
                owner = self_claimant(tok, subj)  # "IS said its fighters attacked...", "the group's fighters"
                if owner is not None:
                    s, e = _phrase(owner)
                    # ("it had repelled an attack and denied targeting civilians": denied, not claimed)
                    negated = _negated(tok) or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("deny", "reject")
                    if not negated and _told_as_practice(tok):
                        continue                 # "Russia says it only targets military infrastructure"
                    add(s, e, "denies" if negated else "claims_responsibility", s, _verb_object_end(tok),
                        _verb_above(owner))
                    continue
            denier = tok.head if tok.dep_ in ("xcomp", "ccomp", "pcomp") and \
                tok.head.lemma_.lower() in ("deny", "reject") else None
            if subj is not None and denier is not None and (subj.lower_ in SELF_PRONOUNS or any(
                    c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in subj.children)):
                owner = _self_denier(denier)     # "Russia's defence ministry denied it had carried out any strikes"
                practice = tok.tag_ in ("VB", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass")
                                                                        for c in tok.children)
                if owner is not None and not practice:   # not "deny their forces target civilians": what they do
                    s, e = _phrase(owner)
                    add(s, e, "denies", s, _verb_object_end(tok), denier.i)
                continue                         # "X and Y denied that their forces had killed": X and Y deny (3g)
            if subj is not None and denier is not None and is_actor(subj):
                s, e = _phrase(subj)             # "the government of President Assad denied using chemical weapons"
                add(s, e, "denies", s, _verb_object_end(tok), denier.i)
                continue
            if subj is not None and lemma not in SELF_TOLD_DEED_VERBS and (
                    is_actor(subj) or lemma == "order" and subj.ent_type_ == "PERSON") and (
                    lemma not in LIGHT_DEED_VERBS
                                                         or _violent_object(tok) or _rounded_up(tok)):
                s, e = _phrase(subj)
                ev_end = _verb_object_end(tok)
                # "Opposition fighters unleashed a barrage of rockets ... as they announced a major offensive":
                # the actor tells of its own deed
                own = next((c for c in tok.subtree if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in
                            ("announce", "claim", "declare", "vow") and any(
                                g.dep_ == "nsubj" and g.lower_ in ("they", "it", "we") for g in c.children) and any(
                                g.dep_ == "dobj" and g.lower_ in ATTACK_NOUNS | CAMPAIGN_NOUNS | {"responsibility"}
                                for g in c.children)), None)
                negated = _negated(tok)             # "the army did not shell the town"
                # "the coalition acknowledged carrying out the strike": the subject owns up to its own deed
                owned = tok.dep_ == "xcomp" and subj.head.i == tok.head.i and \
                    tok.head.lemma_.lower() in ANNOUNCING_LEMMAS | {"claim"}
                stance = "denies" if negated else "claims_responsibility" if own is not None or owned else "accuses"
                add(s, e, stance, s,
                    max(ev_end, own.idx + len(own.text)) if own is not None else ev_end,
                    tok.head.i if owned else tok.i)
        # 2. "killed by X", "air strikes by Russian jets", "an attack by IS"
        by_head = _by_head(tok) if tok.lower_ == "by" else None
        if by_head is not None and (by_head.lemma_.lower() in BY_DEEDS or _bomb_planted(by_head) or
                                    _attacker_sent(by_head)) and \
                by_head.lemma_.lower() not in BY_NO_DEEDS and not _carried_word(by_head) and \
                not _backing(by_head) and by_head.lemma_.lower() not in ("release", "give", "deal") and \
                (by_head.lemma_.lower() != "commit" or _one_deed_committed(by_head)) and \
                not _made_safe(by_head) and \
                (by_head.lemma_.lower() not in ("use", "drop", "unleash") or _used_weapon(by_head)):
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None and tok.i + 1 < len(doc) and doc[tok.i + 1].text in GROUP_ACRONYMS_READ_AS_IS and \
                    doc[tok.i + 1].dep_ in ("aux", "auxpass"):
                pobj = doc[tok.i + 1]            # "a landmine left behind by IS exploded": "IS" read as "is"
            if by_head.pos_ == "VERB" and _not_this_incident(by_head) or by_head.pos_ == "NOUN" and \
                    _background_of(by_head):
                pobj = None                      # "launched in November 2016 by the SDF", "an earlier attack by IS"
            if pobj is not None and not is_actor(pobj):
                pobj = next((c for c in (*pobj.children, *by_head.children) if c.dep_ == "appos" and
                             c.i > pobj.i and c.left_edge.i - pobj.right_edge.i <= 2 and is_actor(c)), pobj)
                # "an attack by the PKK's Syrian offshoot, the People's Protection Units (YPG)": the body named
            name = _name_after_kind(pobj) if pobj is not None else None
            if pobj is not None and (is_actor(pobj) or name is not None) and by_head.lemma_.lower() != "back":
                s, e = _phrase(pobj)
                if name is not None:             # "by the paramilitary Rapid Support Forces", the name misparsed
                    e = name.idx + len(name.text)    # ("by the jihadist | Islamic State Sahel Province (ISSP)")
                add(s, e, "accuses", min(by_head.idx, tok.idx), e, tok.i)
        # 2a. "the shells came from the positions of the Syrian regime forces", "fired from Houthi positions"
        if tok.lower_ in ("positions", "position", "posts") and tok.dep_ == "pobj" and tok.head.lower_ == "from" and \
                tok.head.head.lemma_.lower() in ("come", "fire", "launch", "originate", "shoot"):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else next(
                (c for c in tok.lefts if c.dep_ in ("compound", "amod", "poss", "nmod") and
                 (c.lower_ in ACTOR_MODIFIERS or c.ent_type_ in ("NORP", "ORG"))), None)
            if owner is not None and (is_actor(owner) or owner.lower_ in ACTOR_MODIFIERS) and \
                    not _held_by(owner) and not _place_not_actor(owner):
                s, e = _phrase(owner) if of is not None else (owner.idx, owner.idx + len(owner.text))
                add(s, e, "accuses", tok.head.head.idx, max(e, tok.idx + len(tok.text)), tok.i)
        # 2b. "artillery fire from the mercenaries of the aggression", "shelling from Russian forces": the fire
        # comes from a party (not "rockets from Gaza", "fire from Syria", "fire from a helicopter": no party)
        fired = _fire_from(tok) if tok.dep_ == "pobj" and tok.head.lower_ == "from" else None
        if fired is not None and is_actor(tok) and tok.ent_type_ not in ("GPE", "LOC", "FAC") and \
                not _place_not_actor(tok) and not _held_by(tok):
            s, e = _phrase(tok)
            add(s, e, "accuses", fired.idx, e, tok.i)
        # 2c. "killed at the hands of pro-government troops"; the dead told as "victims of Daesh terrorist gangs"
        at_the_hands = tok.lower_ == "hands" and tok.i >= 2 and doc[tok.i - 2].lower_ == "at" and \
            doc[tok.i - 1].lower_ == "the"
        if at_the_hands or tok.lemma_.lower() == "victim" and tok.pos_ == "NOUN":
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None and is_actor(pobj) and (at_the_hands or pobj.lower_ not in STRIKE_NOUNS | ATTACK_NOUNS):
                s, e = _phrase(pobj)   # ("victims of the coalition strikes": the strikes' owner, rule 3)
                add(s, e, "accuses", doc[tok.i - 2].idx if at_the_hands else tok.idx, e, tok.i)
        # 3. "Russian air strikes", "government bombardment", "Israeli drone", "regime warplanes"
        if (tok.pos_ == "NOUN" or tok.dep_ in ("nsubj", "dobj", "pobj")) and \
                tok.lower_ in STRIKE_NOUNS | SHOT_WEAPONS and \
                not _backing(tok) and not _background_of(tok) and not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in DOWNED):
            # "an army air strike", "a Russian glide bomb": the owner may modify the weapon's kind word
            # (not across a headline run in: "... relations with Syria Iraq Air strikes killed 12")
            lefts = list(tok.lefts) + [g for c in tok.lefts if c.dep_ == "compound" and
                                       c.lower_ in NON_ACTOR_MODIFIERS | WEAPON_KINDS and c.text.islower()
                                       for g in c.lefts
                                       if g.ent_type_ not in ("GPE", "LOC") and (
                                           g.lower_ in ACTOR_HEADS | ACTOR_MODIFIERS or g.ent_type_ == "NORP" or
                                           g.pos_ == "PROPN" and _names_known_actor(g))]
            mods = [c for c in lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
                    and c.lower_ not in NON_ACTOR_MODIFIERS and not _held_by(c) and not _place_not_actor(c)
                    and not _weapon_model(c)
                    and (c.lower_ not in BARE_ATTACKERS or is_actor(c)) and (c.ent_type_ in ("NORP", "ORG", "GPE")
                                                                 or (c.ent_type_ == "PERSON" and c.dep_ == "poss")
                                                                 or c.lower_ in ACTOR_HEADS)]
            mods += [c for m in mods for c in m.children if c.dep_ == "conj" and (
                c.ent_type_ in ("NORP", "ORG", "GPE") or c.lower_ in ACTOR_HEADS)]
            if mods and tok.lower_ != "forces" and not any(t.lower_ in ("neither", "nor") for t in tok.lefts) and \
                    not any(t.lower_ in ("neither", "nor") for m in mods for t in m.subtree):
                first = min(min(m.left_edge.i for m in mods), tok.i)
                while doc[first].lower_ in NON_ACTOR_MODIFIERS or doc[first].dep_ in ("det", "punct") or (
                        doc[first].ent_type_ == "GPE" and first + 1 < tok.i and doc[first + 1].ent_type_ == "NORP"):
                    first += 1
                while first > sent.start and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ in (
                        "ADJ", "PROPN") and _names_actor_words(doc[first - 1:first + 1].text):
                    first -= 1                       # "Islamic State (IS) car bomb": the name's first word kept
                while first - 3 >= sent.start and doc[first - 1].lower_ in ("led", "backed") and \
                        doc[first - 2].text == "-":
                    first -= 3                       # "Saudi-led coalition air strikes"
                if first < tok.i:
                    last_mod = max(m.i for m in mods)
                    while last_mod + 1 < tok.i and doc[last_mod + 1].lower_ not in NON_ACTOR_MODIFIERS | \
                            WEAPON_KINDS - {"drone"} | CAMPAIGN_NOUNS and \
                            doc[last_mod + 1].pos_ in ("NOUN", "PROPN"):
                        last_mod += 1                # "Syrian government air strikes" -> "Syrian government"
                    end_tok = tok if tok.lower_ in ("warplanes", "jets", "drone", "aircraft", "planes", "helicopters") \
                        else doc[last_mod]
                    s, e = doc[first].idx, end_tok.idx + len(end_tok.text)
                    if doc_text.count("(", s, e) > doc_text.count(")", s, e) and doc_text[e:e + 1] == ")":
                        e += 1                       # "Islamic State (IS) car bomb": the name's bracket closed
                    add(s, e, "accuses", s, tok.idx + len(tok.text), tok.i)
        # 3b. "a similar terrorist rocket attack", "the Syrian army's bombardment", "sniper fire of Nusra"
        if tok.pos_ == "NOUN" and (tok.lower_ in DEED_NOUNS or _attacks_that_killed(tok)) and \
                not _backing(tok) and not _background_of(tok):
            span = attack_modifier_actor(tok)
            if span is not None:
                add(span[0], span[1], "accuses", min(span[0], tok.idx), max(span[1], tok.idx + len(tok.text)), tok.i)
        # 3j. "killed in Houthi shelling", "died in RSF shelling of El Fasher", "killed in Syrian regime airstrikes":
        # the parser hangs the actor on the preposition and reads the attack noun as a verb or as a second object;
        # the words just before the attack noun still name who fired
        if tok.lower_ in MISPARSED_ATTACKS and tok.i > sent.start and (tok.pos_ == "VERB" or tok.dep_ == "pobj"):
            prev = doc[tok.i - 1]
            if prev.dep_ == "pobj" and prev.head.lower_ in ("in", "by", "during", "from") and prev.head.i < prev.i \
                    and prev.head is not tok and prev.lower_ not in NON_ACTOR_MODIFIERS | TIME_WORDS and \
                    prev.ent_type_ not in ("DATE", "TIME") and (is_actor(prev) or prev.ent_type_ == "NORP") and \
                    not _place_not_actor(prev) and not _held_by(prev) and not _background_of(tok):
                first = prev.left_edge.i
                while first < prev.i and (doc[first].lower_ in NON_ACTOR_MODIFIERS or doc[first].dep_ in ("det", "punct")):
                    first += 1
                s_, e_ = doc[first].idx, prev.idx + len(prev.text)
                add(s_, e_, "accuses", s_, tok.idx + len(tok.text), tok.i)
        # 3c. "they were responsible for a suicide bombing" said by IS: a claim of responsibility; "JNIM said it
        # was behind the ambush" the same in other words; "police said al-Shabaab was responsible", "the
        # army said the RSF was behind the shelling": an accusation (the speaker's side turns it into a claim)
        if tok.dep_ == "acomp" and tok.lower_ == "responsible" and _for_this_deed(tok) or \
                tok.dep_ == "prep" and tok.lower_ == "behind" and tok.head.lemma_ == "be" and _for_this_deed(tok):
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            negated = any(c.dep_ == "neg" for c in tok.head.children)
            denier = tok.head.head if tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in ("deny", "reject") \
                else None
            dsubj = next((c for c in denier.children if c.dep_ == "nsubj"), None) if denier is not None else None
            if subj is not None and dsubj is not None and dsubj.lower_ not in PRONOUN_ACTORS and (
                    subj.lower_ in SELF_PRONOUNS or subj.lower_ in DESCRIBED_PARTIES and
                    any(c.lower_ == "the" for c in subj.lefts) and
                    not any(c.pos_ == "PROPN" for c in subj.lefts)):   # (not "the Islamic State group": named)
                # "M23 spokesman Lawrence Kanyuka denied the group was behind the killings": the denier's party;
                # "a spokesman for Jaish al-Islam denied the group was behind": the body he speaks for
                body = _body_of(dsubj) if dsubj.lower_ in SPOKESPEOPLE else None
                s, e = _phrase(body if body is not None and (is_actor(body) or body.ent_type_ in ("ORG", "NORP"))
                               else dsubj)
                add(s, e, "denies", s, tok.idx + len(tok.text), denier.i)
                subj = None
            owner = self_claimant(tok.head, subj) if subj is not None else None
            if owner is not None:
                s, e = _phrase(owner)
                add(s, e, "denies" if negated else "claims_responsibility", s, tok.idx + len(tok.text),
                    _verb_above(owner))
            elif subj is not None and not negated and subj.lower_ not in PRONOUN_ACTORS and is_actor(subj) and \
                    tok.head.dep_ in ("ccomp", "ROOT") and not any(   # "has been responsible for 6,000 deaths": a record
                        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in tok.head.children):
                s, e = _phrase(subj)
                if denier is not None:      # "the minister denied that youth from the area were behind the raid"
                    add(s, e, "denies", s, tok.idx + len(tok.text), denier.i)
                else:
                    add(s, e, "accuses", s, tok.idx + len(tok.text), tok.head.i)
        # 3d. "Moscow defended its Damascus ally": a government standing up for another party denies its doing
        if lemma == "defend" and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if obj is not None and subj is not None and _defended_party(obj) and not any(
                    c.dep_ == "prep" and c.lower_ in ("against", "from") for c in tok.children):
                name = next((c for c in obj.lefts if c.dep_ in ("compound", "nmod") and
                             (c.ent_type_ in ("GPE", "ORG", "NORP") or c.lower_ in COUNTRY_ACTORS)), None)
                s_, e_ = (name.idx, name.idx + len(name.text)) if name is not None else _phrase(obj)
                add(s_, e_, "denies", tok.idx, obj.idx + len(obj.text), tok.i)
        # 3e. "the TTP, also known as the Pakistani Taliban, claimed responsibility": the claimant is the subject
        # of "claim", however far from it
        # ("Al-Shabaab took responsibility for the bombing": the same claim said with another verb)
        if (lemma == "claim" or lemma in TAKING_LEMMAS) and tok.pos_ == "VERB" and \
                not any(c.dep_ == "neg" for c in tok.children) and \
                not CLAIM_RE.search(sent.text):     # the claimant right before "claimed" is read by CLAIM_RE
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
                subj = tok.head     # "Al-Shabaab, which claimed the attack through its radio, said ...": the party
            if obj is not None and (obj.lemma_.lower() in CLAIMED_DEEDS if lemma == "claim" else
                                    _takes_responsibility(tok)) and subj is not None and \
                    subj.lower_ not in PRONOUN_ACTORS | NOBODY and (is_actor(subj) or subj.pos_ == "PROPN" or any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.lefts)) and \
                    not any(c.lower_ in NOBODY for c in subj.lefts):
                s_, e_ = _phrase(subj)
                # "Russia bears full responsibility for the attack", said by Kyiv: blame, unless Russia says it
                add(s_, e_, "accuses" if lemma == "bear" else "claims_responsibility", s_, obj.idx + len(obj.text),
                    tok.i)
            # "The bombing, which the Pakistani Taliban later claimed, killed 22": the deed is what the relative
            # clause hangs on
            if lemma == "claim" and tok.dep_ == "relcl" and tok.head.lemma_.lower() in CLAIMED_DEEDS and \
                    obj is not None and obj.lower_ in ("which", "that") and subj is not None and \
                    subj.lower_ not in PRONOUN_ACTORS | NOBODY and (is_actor(subj) or subj.pos_ == "PROPN"):
                s_, e_ = _phrase(subj)
                add(s_, e_, "claims_responsibility", tok.head.idx, tok.idx + len(tok.text), tok.i)
        # 3e'. "Al-Shabaab, in a statement, claimed that 23 'apostate soldiers' had been killed", "the Houthis claimed
        # that 20 Saudi soldiers were killed": a party claiming deaths it tells with no one doing them claims them
        if lemma == "claim" and tok.pos_ == "VERB" and not _negated(tok):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            told = [c for c in tok.children if c.dep_ == "ccomp" and _claimed_deaths(c, fighters_only=True)]
            if subj is not None and told and subj.lower_ not in PRONOUN_ACTORS | NOBODY and is_actor(subj) and \
                    not _national_ministry(subj):
                s_, e_ = _phrase(subj)
                add(s_, e_, "claims_responsibility", s_, told[0].idx + len(told[0].text), tok.i)
        # 3e''. "An RSF adviser denied that civilians had been targeted", "the army denied that any civilians were
        # killed": a party denying a deed it tells with no one doing it denies it for itself
        if lemma in ("deny", "reject") and tok.pos_ == "VERB" and not _negated(tok):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in SPOKESPEOPLE:
                subj = _body_of(subj)
            told = [c for c in tok.children if c.dep_ == "ccomp" and _claimed_deaths(c, DENIED_PASSIVE_DEEDS)]
            if subj is not None and told and not subj.conjuncts and subj.lower_ not in PRONOUN_ACTORS | NOBODY and \
                    is_actor(subj):
                s_, e_ = _phrase(subj)
                add(s_, e_, "denies", s_, told[0].idx + len(told[0].text), tok.i)
        # 3f. "the attack was announced by the YPG", "the strikes were confirmed by the Pentagon", "the attack ... was
        # claimed by JNIM, an al-Qaeda affiliate" (a name CLAIMED_BY_RE does not know)
        if tok.lower_ == "by" and tok.dep_ == "agent" and (tok.head.lemma_.lower() in ANNOUNCING_LEMMAS or
                                                            tok.head.lemma_.lower() == "claim" and
                                                            not CLAIMED_BY_RE.search(sent.text)):
            deed = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if deed is not None and pobj is not None and deed.lemma_.lower() in ANNOUNCED_DEEDS and is_actor(pobj):
                s_, e_ = _phrase(pobj)
                if _owns_announced_deed(doc.text[s_:e_], tok.head.lemma_.lower(), deed):
                    add(s_, e_, "claims_responsibility", deed.idx, e_, tok.head.i)
        # 3g. "Russia and Syria denied involvement": every party of the subject denies for itself
        if lemma in ("deny", "reject") and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            for party in ([subj, *subj.conjuncts] if subj is not None and subj.conjuncts else []):
                if is_actor(party) or party.ent_type_ in ("GPE", "NORP"):
                    first = min([party.i] + [c.i for c in party.lefts if c.dep_ in ("compound", "amod")])
                    s_, e_ = doc[first].idx, party.idx + len(party.text)
                    add(s_, e_, "denies", s_, tok.idx + len(tok.text), tok.i)
        # 3g'0. "rejected the accusations against the armed forces", "dismissed what he called 'unfounded
        # accusations' against the army": the party the accusations were made against is cleared
        cleared = _accused_party_cleared(tok) if lemma in ("deny", "reject", "dismiss") and tok.pos_ == "VERB" \
            else None
        against = cleared[0] if cleared is not None else None
        if cleared is not None:
            s_, e_ = _phrase(against)
            told_end = cleared[1].idx + len(cleared[1].text)
            add(s_, e_, "denies", min(s_, tok.idx), max(e_, told_end), tok.i)
            cleared_at.add(tok.i)
        # 3g'. "Russia denied the strike", "the army rejected the reports": a denial whose object is the deed or
        # the account of it, said by one party of itself
        if against is None and lemma in ("deny", "reject", "dismiss") and tok.pos_ == "VERB" and not any(
                c.dep_ == "neg" for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if subj is not None and not subj.conjuncts and obj is not None and \
                    obj.lemma_.lower() in DENIED_DEEDS and subj.lower_ not in PRONOUN_ACTORS and \
                    (is_actor(subj) or subj.ent_type_ in ("GPE", "NORP")):
                s_, e_ = _phrase(subj)
                add(s_, e_, "denies", s_, obj.idx + len(obj.text), tok.i)
        # 3g''. "The paramilitary group denied any involvement", "Russia's defence ministry denied it", "the junta
        # denied targeting civilians": a party denying the blame told before (who it is: `denied_party`)
        if against is None and lemma in ("deny", "reject", "dismiss") and tok.pos_ == "VERB" and \
                not any(c.dep_ == "neg" for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)   # "denied targeting": rule 1
            body = None if subj is None or subj.lower_ not in SPOKESPEOPLE else _body_of(subj) or next(
                (c for c in subj.children if c.dep_ == "poss"), None)
            if body is not None and is_actor(body) and body.lower_ not in PRONOUN_ACTORS:
                subj = body         # "The army's spokesman rejected the accusations": the army denies
            if subj is not None and not subj.conjuncts and obj is not None and subj.lower_ not in PRONOUN_ACTORS and \
                    (obj.lower_ in DENIED_BLAME or obj.lemma_.lower() in DENIED_DEEDS) and \
                    (is_actor(subj) or subj.ent_type_ in ("GPE", "NORP", "ORG") or _national_ministry(subj) or
                     getattr(title_holder(doc, subj.idx), "i", -1) == subj.i and any(
                         t.lower_ in PARTY_POSTS for c in subj.lefts for t in c.subtree) or
                     subj.lower_ in DESCRIBED_PARTIES and any(c.lower_ == "the" for c in subj.lefts)):
                s_, e_ = _phrase(subj)
                if subj.lower_ not in DESCRIBED_PARTIES or is_actor(subj) or \
                        _accused_before(subj, doc_text[s_:e_]) is not None:
                    add(s_, e_, "denies", s_, obj.idx + len(obj.text), tok.i)   # "the group": only one told before
        # 3g'''. "MACBAN denied that Fulani herders were involved", "the RSF said its fighters were not involved":
        # a party cleared of taking part, by the one who denies it
        if lemma == "involve" and tok.tag_ == "VBN" and tok.dep_ == "ccomp" and \
                any(c.dep_ == "auxpass" for c in tok.children):
            party = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if any(c.dep_ == "prep" and c.lower_ == "in" and not any(
                    g.lower_ in ATTACK_NOUNS or g.lemma_.lower() in BY_DEEDS or g.lower_ in ("it", "this", "that")
                    for g in c.children) for c in tok.children):
                party = None    # "Police said they were not involved in the investigation": no deed
            above = tok.head
            none_of = party is not None and party.lower_ == "none"
            if none_of:     # "said none of its members was involved in the killings": its members, cleared
                party = next((g for c in party.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"), None)
            cleared = above.lemma_.lower() in ("deny", "reject") and not _negated(above) or \
                (_negated(tok) or none_of) and above.lemma_.lower() in ("say", "tell", "insist", "state", "stress",
                                                                       "maintain")
            if party is not None and cleared:
                own = party.lower_ in SELF_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS
                                                          for c in party.children)
                owner = (self_claimant(tok, party) or _self_denier(above)) if own else party if is_actor(party) and \
                    party.lower_ not in PRONOUN_ACTORS else None
                if party.lower_ in DESCRIBED_PARTIES and any(c.lower_ == "the" for c in party.lefts) and \
                        not any(c.pos_ == "PROPN" for c in party.lefts):
                    # "A CODECO spokesman, Basa Zukpa, denied the group was involved": the body he speaks for
                    dsubj = next((c for c in above.children if c.dep_ == "nsubj"), None)
                    body = _body_of(dsubj) if dsubj is not None and dsubj.lower_ in SPOKESPEOPLE else None
                    owner = body if body is not None and (is_actor(body) or body.ent_type_ in ("ORG", "NORP")) \
                        else owner
                if owner is not None:
                    s_, e_ = _phrase(owner)
                    add(s_, e_, "denies", min(s_, party.idx, above.idx), tok.idx + len(tok.text),
                        _verb_above(owner) if owner is not party else above.i)
        # 3h. "Hamas said it had nothing to do with the blast", "the army has nothing to do with the killings":
        # a denial in other words, by the subject or by the body that speaks of itself
        disowning = _disowns(tok)
        if disowning is not None:
            subj = next((c for c in disowning.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            owner = None if subj is None else self_claimant(disowning, subj) if subj.lower_ in SELF_PRONOUNS or any(
                c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in subj.children) else subj if is_actor(subj) \
                else None
            if owner is not None:
                s_, e_ = _phrase(owner)
                add(s_, e_, "denies", s_, tok.idx + len(tok.text),
                    _verb_above(owner) if owner is not subj else disowning.i)
        # 3i. "gunmen believed to be bandits", "attackers suspected to be Boko Haram members", "believed to belong to
        # a local armed group": a label given
        said_of = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if lemma in ("believe", "suspect", "think", "say") and said_of is not None and \
                said_of.lower_ in BARE_ATTACKERS | {"gunman", "kidnappers", "abductors"}:
            be = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_ in ("be", "belong")), None)
            attr = None if be is None else next((c for c in be.children if c.dep_ == "attr"), None) if \
                be.lemma_ == "be" else next((g for p in be.children if p.dep_ == "prep" and p.lower_ == "to"
                                             for g in p.children if g.dep_ == "pobj"), None)
            if attr is not None and is_actor(attr):     # ("believed to belong to a local armed group")
                s_, e_ = _phrase(attr)
                add(s_, e_, "accuses", said_of.idx, e_, tok.i)
        # 3k. "the attackers were members of Al-Shabaab", "the gunmen belonged to the Lakurawa group", "the
        # attackers were loyal to the bandit leader Ado Aleru": the incident's attackers said to be a party's
        identified = _attackers_identified(tok)
        if identified is not None:
            attackers, named = identified
            s_, e_ = _phrase(named)
            appos = next((c for c in named.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if appos is not None:       # "the bandit leader Ado Aleru": the leader's name with his title
                e_ = max(e_, appos.right_edge.idx + len(appos.right_edge.text))
            add(s_, e_, "accuses", attackers.left_edge.idx, e_, tok.i)
        # 4a. "the ADF was suspected", "Boko Haram were blamed for the attack": blame in the passive
        if lemma in ("suspect", "blame") and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children) \
                and not any(c.dep_ == "neg" for c in tok.children) and not _record(tok):
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.lower_ not in PRONOUN_ACTORS and is_actor(subj):
                s_, e_ = _phrase(subj)
                add(s_, e_, "accuses", s_, tok.idx + len(tok.text), tok.i)
        # 4b. "The RSF were accused of killing at least 40 people in Wad al-Noura", "Tatmadaw troops are accused of
        # burning the village": an accusation in the passive, of this incident's deed
        accused = _accused_in_passive(tok)
        if accused is not None:
            s_, e_ = _phrase(accused)
            add(s_, e_, "accuses", s_, tok.idx + len(tok.text), tok.i)
        # 4. explicit blame: "blamed X for", "accused X of", "attributed them to X", "held X responsible"
        if lemma in ("blame", "accuse", "hold") and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if lemma == "blame":
                on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"), None)
                on_obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
                if on is None and obj is not None and obj.lower_ in ATTACK_NOUNS:
                    # "blamed the attack on the ADF", the parser hanging "on the ADF" on the attack
                    on = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "on"), None)
                    on_obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
                    if on_obj is not None and not is_actor(on_obj):
                        on_obj = None
                if on_obj is not None and on_obj.ent_type_ not in ("DATE", "TIME") and \
                        on_obj.lower_ not in TIME_WORDS:
                    obj = on_obj
            if obj is None and lemma == "hold":
                # "The government held al-Shabaab and its backers responsible": the parser makes the party the
                # subject of "responsible"
                obj = next((g for c in tok.children if c.dep_ == "ccomp" and c.lower_ == "responsible"
                            for g in c.children if g.dep_ == "nsubj"), None)
            if obj is not None and can_be_blamed(obj) and (lemma != "hold" or any(
                    c.lower_ == "responsible" for c in tok.subtree)) and \
                    not (lemma == "accuse" and _accused_of_other_things(tok, obj)) and \
                    not (lemma == "blame" and (_blamed_for_no_incident(tok) or _record(tok))) and \
                    not (lemma == "hold" and _held_responsible_for_no_deed(tok)):
                s, e = _phrase(obj)
                # blame told as others' motive is the speaker's denial: "staged the attack in order to accuse the army"
                stance = "denies" if _blame_as_motive(tok) else "accuses"
                add(s, e, stance, tok.idx, e, tok.i)
                for other in _blamed_with(obj):     # "held the SDF and the Syrian regime responsible": both
                    s2, e2 = _phrase(other)
                    add(s2, e2, stance, tok.idx, e2, tok.i)
            elif obj is not None and lemma == "blame" and is_actor(obj):
                # blame for earlier attacks is no claim, yet a denial next to it answers it: "Ankara frequently
                # blames the YPG for the attacks, while the militia says it does not target civilians"
                s, e = _phrase(obj)
                doc.user_data.setdefault("sitrep_background_blame", {})[s] = doc_text[s:e]
        if lemma == "attribute" and tok.pos_ == "VERB":
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if to is None and obj is not None and obj.lemma_.lower() in BY_DEEDS:
                # "attributed the attack to the ELN's Northeastern War Front", "to" hung on the attack
                to = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None and (to.head is tok or can_be_blamed(pobj)):
                s, e = _phrase(pobj)
                if e < len(doc_text) and doc_text[e:e + 1] in "”\"’'":
                    e += 1
                add(s, e, "accuses", tok.idx, e, tok.i)
    text = sent.text
    base = sent.start_char
    hedged = bool(HEDGE_RE.search(text))
    if (denial := DENIAL_RE.search(text)) and not DENIAL_DISMISSED_RE.search(text):
        denied_at = _tok_at(sent, base + denial.start())
        denied_at = next((t.i for t in doc[denied_at].ancestors if t.lemma_.lower() in STATEMENT_VERBS), denied_at)
        # "the accusations made by Turkey's defence ministry, which blamed the SDF for the attack, were baseless":
        # the accuser's blame told in passing stays its accusation, and the denier clears the party it names; a
        # denier that blames another ("dismissed the accusations as baseless and blamed the RSF") accuses it
        out = [o for p, st, s, e, a in out for o in (
            [(p, st, s, e, a), (p, "denies", s, e, denied_at)] if st == "accuses" and _blame_in_passing(doc[a]) else
            [(p, st, s, e, a)] if st == "accuses" and _counter_blame(doc[a]) else
            [(p, "denies" if st == "accuses" else st, s, e, a)])]
        for m in AGAINST_RE.finditer(text):   # "called allegations against their forces illogical and fabricated"
            if any(o[1] == "denies" and o[2] <= base + m.start() < o[3] for o in out):
                continue                      # told by the denial's own words ("rejected the allegations against")
            s = base + m.start("actor")
            add(s, base + m.end("actor"), "denies", base + m.start(), base + m.end(), _tok_at(sent, base + m.start()))
    for m in CLAIM_RE.finditer(text):
        actor = m.group("actor")
        if actor.split()[0].lower() in ("it", "they", "he", "she", "which", "who", "and", "that", "no", "none",
                                        "nobody", "neither") or NOBODY_BEFORE_RE.search(text, 0, m.start("actor")):
            continue                        # "No group has claimed responsibility", "neither the army nor the RSF"
        s = base + m.start("actor")
        tie = TIED_TO_RE.match(text, m.start("actor"))
        if tie is not None and tie.end() < m.end("actor"):
            s = base + tie.end()            # "the al Qaeda-linked al Shabaab group": the claimant, not its ally
        e = base + m.end("actor")
        kind = KIND_TAIL_RE.search(text, s - base, e - base)
        if kind is not None and re.search(r"[A-Z]", text[s - base:kind.start()].removeprefix("The ")):
            s += 4 if text.startswith("The ", s - base) else 0
            e = base + kind.start()         # "The al-Shabab extremist group claimed": the group's name
        add(s, e, "claims_responsibility", s, base + m.end(), _tok_at(sent, s))
    if not any(o[1] == "claims_responsibility" for o in out):
        for m in ACRONYM_CLAIM_RE.finditer(text):
            # "The Al-Qaeda-linked Group to Support Islam and Muslims (JNIM) claimed the attack": a name the parser
            # cut (at "to Support") is known by its acronym
            s = base + m.start("actor")
            add(s, base + m.end("actor"), "claims_responsibility", base + m.start(), base + m.end(), _tok_at(sent, s))
    for m in CLAIMED_BY_RE.finditer(text):
        if SOME_CLAIMED_RE.search(text, 0, m.start()):
            continue    # "with some attacks claimed by the Islamic State group": a record, not this incident's claim
        s = base + m.start("actor")
        add(s, base + m.end("actor"), "claims_responsibility", base + m.start(), base + m.end(), _tok_at(sent, s))
    if hedged:
        out = [o for o in out if doc[o[4]].lemma_.lower() in EXPLICIT_BLAME or o[1] == "denies"]
    for rx in ARGUED_BLAME_RES:
        for m in rx.finditer(text):
            actor = re.sub(r"(?:'s|’s)$", "", m.group("actor").strip())
            if actor.split()[0].lower() in PRONOUN_ACTORS | {"and", "but"}:
                continue
            s = base + m.start("actor")
            add(s, s + len(actor), "accuses", base + m.start(), base + m.end(), _tok_at(sent, base + m.start()))
    for m in NEITHER_NOR_RE.finditer(text):
        # "neither Russian nor Syrian aircraft were flying there": both parties denied by the one who says so;
        # "neither the Houthis nor the coalition have acknowledged the strike" denies nothing: nobody claimed it
        if NOT_CLAIMED_RE.match(text, m.end()):
            continue
        noun = f" {m.group('noun')}" if m.group("noun") else ""
        for actor in (m.group("a") + noun, m.group("b")):
            out.append((actor, "denies", base + m.start(), base + m.end(), _tok_at(sent, base + m.start())))
    for m in DENY_RE.finditer(text):
        actor = m.group("actor").strip()
        if actor.split()[0].lower() in ("it", "they", "he", "she", "which", "who", "but", "and"):
            continue
        verb_i = _tok_at(sent, base + m.start("verb"))
        if verb_i in cleared_at:
            continue    # "rejected the accusations against the armed forces": the party cleared is told
        if text[m.end() - 4:m.end()] == "that" and (not DENIED_DEED_RE.search(text, m.end()) or any(
                o[1] == "denies" and (o[4] == verb_i or doc[o[4]].head.i == verb_i and doc[o[4]].dep_ == "ccomp")
                for o in out)):
            # "the ministry denied that the toll had risen": no blame denied; "MACBAN denied that Fulani herders were
            # involved": the party cleared, not the denier
            continue
        s = base + m.start("actor")
        add(s, s + len(actor), "denies", s, base + m.end(), _tok_at(sent, base + m.start("verb")))
    if DENIAL_RE.search(text) and not any(o[1] == "denies" for o in out) and \
            (m := THE_ALLEGATIONS_RE.search(text)):
        # "Information Minister Omran Zoabi said the allegations were illogical and fabricated": the
        # allegations are the last accusation of a state actor told before
        accused = _last_state_accused(sent)
        if accused is not None:
            out.append((accused, "denies", base + m.start(), base + m.end(), _tok_at(sent, base + m.start())))
    # "the fumes which the government insists were not its doing"; "..., the army said, an accusation the rebels
    # denied": the accused answers in a relative clause
    blamed_here = any(o[1] == "accuses" for o in out)
    for answered, m in ((rx is ACCUSATION_DENIED_RE, m) for rx in (ACCUSATION_DENIED_RE, NOT_ITS_DOING_RE)
                        for m in rx.finditer(text)):
        actor = m.group("actor").strip()
        if actor.split()[0].lower() in PRONOUN_ACTORS | {"but", "and"}:
            continue
        if answered and not blamed_here:
            continue                        # "they say it cooperates with Damascus, an accusation the YPG has denied"
        s = base + m.start("actor")
        add(s, s + len(actor), "denies", s, base + m.end(), _tok_at(sent, base + m.start("verb")))
    out = _split_joint_denials(out, doc_text)
    by_title = [(o, _party_of_person(o, doc)) for o in out]
    # "Junta spokesman Zaw Min Tun denied that the military had bombed the school": the party the denial names
    # is the one cleared; the party of the spokesman's title is the same one told again
    named_denials = {o[4] for o, d in by_title if d is o and o[1] == "denies"}
    out = [d for o, d in by_title if d is not None and not (d is not o and d[1] == "denies" and d[4] in named_denials)]
    out = [o for o in out if not (o[1] == "denies" and _practice_denied(doc[o[4]]))]
    out = _tidy(out, doc_text)
    out = [o for o in out if o[0].lower() not in LONE_LABELS]
    if any(st == "claims_responsibility" and not _named(p) for p, st, *_ in out) and _earlier_named_claim(sent):
        # "the hard-line militant group said it killed 50 fighters" after "DAESH said that it killed at least
        # 50": the same claim told again under a description
        out = [o for o in out if o[1] != "claims_responsibility" or _named(o[0])]
    return out


# Adverbs of a deed done again and again: "ISWAP has repeatedly attacked the town" (`_habitual`).
# A label alone names no party: "a terrorist attack", "the terrorist bombing" describe the deed, and "a terrorist
# wearing an explosive belt" is the attacker himself, as "a gunman" is ("terrorists", "terrorist groups" are parties).
LONE_LABELS = frozenset({"terrorist"})
REPEATED_ADVERBS = frozenset({"repeatedly", "frequently", "regularly", "routinely", "often"})
# Adverbs that make a denial a standing one: "has repeatedly denied", "routinely denies", "has long denied".
HABIT_ADVERBS = REPEATED_ADVERBS | {"consistently", "persistently", "always", "long", "invariably", "previously"}


def _blame_in_passing(verb) -> bool:
    """A blaming verb in a relative clause on its accuser: "Turkey's defence ministry, which blamed the SDF", "the
    claims by Moscow, which accused Ukrainian forces of the shelling"."""
    return verb.lemma_.lower() in EXPLICIT_BLAME and verb.dep_ == "relcl"


def _counter_blame(blame) -> bool:
    """Whether a denier blames another in a clause of its own: "The army dismissed the accusations as baseless and
    blamed the RSF for the shelling", "Moscow called the claims fabricated and blamed Ukrainian air defences"."""
    return blame.lemma_.lower() in EXPLICIT_BLAME and blame.pos_ == "VERB" and \
        blame.dep_ in ("ROOT", "conj", "ccomp", "xcomp")


def _practice_denied(verb) -> bool:
    """Whether a denial is a party's standing answer about a practice, background to any one deed: "Moscow has
    repeatedly denied targeting civilians", "Syria's government has consistently denied using barrel bombs", "the
    army routinely denies targeting civilians". A deed told as one stays a denial: "denied carrying out the strike",
    "has persistently denied responsibility for the Ghouta Massacre", "denies targeting civilians in Saada"."""
    if verb.lemma_.lower() not in ("deny", "reject"):
        return False
    adverb = any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "past" for g in c.children) and c.i < verb.i
        for c in verb.children)             # "has in the past denied targeting civilians"
    if not adverb and not (verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)):
        return False
    deed = next((c for c in verb.children if c.dep_ in ("xcomp", "pcomp", "dobj", "ccomp") and c.tag_ == "VBG"),
                None)
    obj = next((c for c in deed.children if c.dep_ == "dobj"), None) if deed is not None else None
    if obj is None or obj.tag_ != "NNS" or any(d.dep_ in ("det", "poss", "nummod") for d in obj.children):
        return False
    # a present tense with a place or a time is this deed's denial: "Russia denies striking hospitals in Idlib"
    return adverb or not any(c.dep_ == "prep" for x in (deed, obj) for c in x.children)


MONTH_WORDS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                         "january", "february", "march", "april", "june", "july", "august", "september", "october",
                         "november", "december"})
# What is done to an aircraft that is then no attacker: "Jaish al-Islam said it had shot down a regime drone".
DOWNED = frozenset({"shoot", "down", "intercept", "destroy", "downed", "crash", "lose", "capture"})
DISCOURSE_WORDS = frozenset({"meantime", "meanwhile", "part", "late", "early", "mid", "also", "then", "now"})
# Places are no actors, countries may be: "Idlib strikes" vs "US strikes", "Israel's strikes".
COUNTRY_ACTORS = frozenset({"us", "u.s.", "usa", "america", "russia", "israel", "turkey", "iran", "britain", "uk",
                            "france", "jordan", "iraq", "egypt", "ukraine", "sudan", "saudi", "uae", "qatar", "china",
                            "nato", "syria", "damascus", "moscow", "washington", "ankara", "tehran", "kyiv", "kiev",
                            "riyadh", "ethiopia", "eritrea", "chad", "nigeria", "myanmar", "yemen", "lebanon",
                            "hezbollah", "germany", "australia", "canada", "belgium", "netherlands", "denmark"})
# Words of photo captions and site furniture run into a sentence: "Reuters Photo) Airstrikes".
CAPTION_WORDS = frozenset({"photo", "photos", "handout", "related", "file", "getty", "afp", "reuters", "ap",
                           "caption", "image", "images", "video"})


# What follows "neither X nor Y" when the sentence says nobody claimed the deed, not that both deny it.
NOT_CLAIMED_RE = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:(?:has|have|had)\s+)?(?:yet\s+|publicly\s+)?(?:acknowledged|claimed|"
                            r"admitted|commented|confirmed|responded|taken responsibility|accepted responsibility)\b")
JOINT_RE = re.compile(r"^(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>[^,]+)$")


def _split_joint_denials(out, doc_text):
    """"The Congolese army and M23 rebels each denied carrying out the bombing": a denial by two parties is
    two denials, each said by its party; parts that are no actor on their own stay joined ("Russian and
    Syrian jets")."""
    split = []
    for p, st, s, e, a in out:
        m = JOINT_RE.match(p) if st == "denies" else None
        if m and all(_actor_words(m.group(k)) for k in ("a", "b")):
            split.append((m.group("a"), st, s, e, a))
            b = s + m.start("b")
            split.append((m.group("b"), st, b, max(e, b + len(m.group("b"))), a))
        else:
            split.append((p, st, s, e, a))
    return split


def _actor_words(words: str) -> bool:
    """Whether words as written name a party on their own: a known actor, or a head noun that can act."""
    from sitrep.actors import default_actors
    last = re.findall(r"[\w'’-]+", words.lower())
    return bool(last) and (last[-1] in ACTOR_HEADS and last[-1] not in GENERIC_MODIFIERS or
                           default_actors().names_actor(words) or last[-1] in COUNTRY_ACTORS)


def _tidy(out, doc_text):
    """Drop headline residue ("Tags Syria Damascus bombing ... bombers"), strip a leading date from an actor
    ("29-07-2016 ISIL Terrorists"), and keep one actor per anchor when one phrase holds the other
    ("Syrian" inside "Syrian armys")."""
    tidy = []
    for p, st, s, e, a in out:
        if p.startswith("Tags ") or "\n" in p or set(re.findall(r"[a-z]+", p.lower())) & CAPTION_WORDS:
            continue
        if set(re.findall(r"[a-z]+", p.lower())) <= TIME_WORDS | MONTH_WORDS:
            continue                        # "Oct 2016 Air strikes": a date, no actor
        lead = re.match(r"(?:(?:[\d][\d./-]*|of|[Ff]urther|east|west|north|south|[Mm]eanwhile|[Aa]lso|"
                        r"[Ee]lsewhere|[Ll]ater|[Ee]arlier|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|"
                        r"[Ss]aturday|[Ss]unday|[Yy]esterday|[Tt]oday)\s+)+(?=\S)", p)
        if lead:
            p, s = p[lead.end():], s + lead.end()
        if st == "claims_responsibility":
            # "the Daesh terror group", "the Islamic State group": the group's name, so that the claim told
            # twice ("claimed by the Daesh terror group" ... "Daesh claimed the attack") is one claim
            m = CLAIMANT_NAME_RE.fullmatch(p)
            if m and _named(m.group("name")):
                p, s = m.group("name"), s + m.start("name")
        if p:
            tidy.append((p, st, s, e, a))
    # one blame told by two shapes of one phrase ("killed by coalition air strikes" and "coalition air strikes";
    # "regime forces and Russian warplanes pounded" and "Russian warplanes"): the longer, whole one
    # and one actor read twice from one name ("by the paramilitary Rapid Support Forces killed": "paramilitary Rapid
    # Support Forces" after "by", "Rapid Support Forces" as the subject): the whole name
    words_at = {}      # where each phrase's own words stand in the text
    for o in tidy:
        at = doc_text.find(o[0], o[2])
        words_at[id(o)] = (at, at + len(o[0])) if at >= 0 else (-1, -1)

    def told_again_by(q, o) -> bool:
        (qs, qe), (os_, oe) = words_at[id(q)], words_at[id(o)]
        return q is not o and q[1] == o[1] and len(q[0]) > len(o[0]) and o[0] in q[0] and (
            q[2] <= o[2] and o[3] <= q[3] or qs <= os_ >= 0 and oe <= qe and re.sub(r"^[Tt]he ", "", q[0]) != o[0])
    return [o for o in tidy if not any(told_again_by(q, o) for q in tidy)]


DENY_LEMMAS = frozenset({"deny", "reject", "insist", "maintain"})


def speaks_for_itself(doc, stance: str, anchor_i: int) -> bool:
    """Whether the blamed actor is also the speaker: it claims the deed ("IS claimed the attack") or
    denies it in its own words ("Syria denied responsibility"). A denial read from the sentence's
    wording ("Syria described the reports its army had used chemical weapons as untrue") is said by
    the sentence's speaker about someone else; one the actor says of itself ("the militia says it does not
    target civilians", anchored on its "says") is its own."""
    verb = doc[anchor_i]
    if stance == "denies" and verb.lemma_.lower() in STATEMENT_VERBS:
        # a state saying so ("Moscow says it has not bombed Aleppo") is already its own speaker
        return not any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in verb.children)
    return stance == "claims_responsibility" or (stance == "denies" and verb.lemma_.lower() in DENY_LEMMAS)


def _non_state_name(actor: str) -> bool:
    """Whether words the tagger may take for a place name a known armed group ("M23")."""
    from sitrep.actors import STATE_KINDS, default_actors
    found = default_actors().resolve(actor)
    return found is not None and found.kind not in STATE_KINDS


def denied_party(doc, start: int, actor: str) -> str:
    """Who a denial clears: the party accused just before when the denier points back to it ("The army accused
    the RSF ... The paramilitary group denied any involvement": the RSF; "Residents said the military council
    bombed the camp ... Junta spokesperson Zaw Min Tun denied the attack": the military council); a state that
    denies ("Syria denied responsibility", "Damascus rejected the accusations") speaks for its government, which
    is the party accused; any other actor ("the Assad regime", "the army") denies its own doing."""
    tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    earlier = _accused_before(tok, actor) if tok is not None else None
    if earlier is not None:
        return earlier
    if tok is not None and tok.ent_type_ == "GPE" and len(actor.split()) <= 2 and \
            not set(actor.lower().split()) & ACTOR_HEADS - STATE_NAMES and not _non_state_name(actor):
        return f"government of {actor.removeprefix('the ').removeprefix('The ')}"
    owned = OWNED_BODY_RE.match(actor) or STATE_MINISTRY_RE.match(actor)
    # "the SDF's General Command denied any link": the SDF; "Russia's Defence Ministry denied any involvement":
    # Russia (a denial naming its means, "that its aircraft had flown", is then named so: `own_means_named`)
    return owned.group(1) if owned else actor


# What a party fights with, named as its own in its claim or denial: "its aircraft", "their forces", "our fighters".
OWN_FIGHTING_MEANS = ARMED_CRAFT | frozenset({"forces", "troops", "army", "soldiers", "fighters", "units", "men",
                                              "militiamen", "artillery", "navy"})
OWNING_PRONOUNS = frozenset({"its", "their", "our"})
# A state's armed body, which fights with its own means (unlike its ministry or government).
ARMED_BODY_WORDS = frozenset({"military", "army", "forces", "navy"})


def own_means_named(doc, anchor_i: int, party: str) -> str:
    """The doer a party's own claim or denial names by what it fights with, told with the party's name, since
    that is whom the words clear or credit: "the RSF said its fighters had taken the town" -> "RSF fighters"; "the
    Sudanese army denied its warplanes had bombed the market" -> "Sudanese army warplanes"; a state's ministry or
    government by its people's word: "Russia's defence ministry denied that its aircraft had carried out any
    strikes" -> "Russian aircraft". The party stays as it is when the words name no such means, or when it names
    neither a country nor a known group ("the army said its forces ..."). The means are looked for in what the
    party's verb (`anchor_i`: "denied", "said") governs."""
    means = next((t for t in doc[anchor_i].subtree if t.lower_ in OWN_FIGHTING_MEANS and any(
        c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in t.children)), None)
    if means is None:
        return party
    kind_words = [t for t in means.lefts if t.dep_ in ("compound", "amod") and t.i == means.i - 1 and
                  t.lower_ != "own"]
    what = doc[kind_words[0].i:means.i + 1].text if kind_words else means.text      # "its fighter jets" (not "own")
    from sitrep.actors import STATE_KINDS, default_actors
    table = default_actors()
    found = table.resolve(party)
    name = re.sub(r"^[Tt]he\s+", "", party)
    name = BODY_PART_OF_RE.sub("", name)    # "the media office of the RSF said its forces": "RSF forces"
    if name.lower().endswith(" " + what.lower()):
        return party                        # "the Rapid Support Forces said its forces": no "Forces forces"
    if found is not None and found.kind not in STATE_KINDS:
        return f"{_as_modifier(name)} {what}"      # "the Houthis" -> "Houthi forces"
    adjective = _people_adjective(name, table)
    if adjective is None:
        return party
    if set(name.lower().split()) & ARMED_BODY_WORDS or "air force" in name.lower():     # "Nigerian Air Force"
        return f"{name} {what}"             # the armed body itself: "Israeli military" -> "Israeli military aircraft"
    return f"{adjective} {what}"            # a state, its ministry or government: "Russia's defence ministry" ->
                                            # "Russian aircraft"


def _as_modifier(name: str) -> str:
    """A people's plural as the word before a noun: "Houthis" -> "Houthi" (not "Hamas", not "Forces")."""
    from sitrep.extract.places import people_words
    from sitrep.link import fold
    if " " not in name and name.endswith("s") and fold(name[:-1]) in people_words():
        return name[:-1]
    return name


def _people_adjective(name: str, table) -> str | None:
    """The word for a country's people in, or for, the country a state party's words name: "Israeli military" ->
    "Israeli", "Russia" -> "Russian", "government of Ethiopia" -> "Ethiopian"; None when they name no country."""
    from sitrep.extract.places import people_words
    from sitrep.link import fold
    for word in re.findall(r"[\w\u00C0-\u024F-]+", name):
        country = table.demonyms.get(fold(word))
        if country is None:
            continue
        if fold(word) in people_words() and not fold(word).endswith("s"):
            return word                                        # as written: "Israeli", "Sudanese"
        return _people_word(country, table)
    found = table.resolve(name)             # a capital for its state: "Moscow ... denied its jets" -> "Russian"
    if found is not None and found.kind == "state forces" and found.country:
        return _people_word(found.country, table)
    return None


def _people_word(country: str, table) -> str | None:
    """The word for a country's people before a noun: "Russia" -> "Russian"; None when the tables hold none."""
    from sitrep.extract.places import people_words
    spoken = [w for w, c in table.demonyms.items() if c == country and w in people_words() and not w.endswith("s")]
    return spoken[0].title() if spoken else None


# The rest of an organisation's name up to its acronym, which the parser cuts at its first preposition: "Group| for the
# Support of Islam and Muslims (JNIM)", "Movement| for the Emancipation of the Niger Delta (MEND)", "Union of
# Revolutionaries| for the Defense of the Congolese People (URDPC)", "Group| to Support Islam and Muslims (JNIM)"
# (not "the Turkish Army| and Free Syria Army (FSA)": two parties).
NAME_TO_ACRONYM_RE = re.compile(r"[ \t]+(?:for|of|to)(?:[ \t]+(?:for|of|and|the|in|to|al-[\w'\u2019-]+|[A-Z][\w'\u2019-]*)){1,9}[ \t]*"
                                r"\([A-Z][A-Za-z-]{1,9}\)")
# What a denial "that ..." must tell for it to deny a deed: "denied that its forces had shelled the market".
DENIED_DEED_RE = re.compile(r"\b(?:kill\w*|attack\w*|strik\w*|struck|shell\w*|bomb\w*|target\w*|fir(?:ed|ing)|"
                            r"shot|shoot\w*|responsib\w*|involve\w*|behind|carr(?:ied|y)|us(?:ed|ing)|massacr\w*|"
                            r"raid\w*|drones?|missiles?|rockets?|forces|troops|fighters|jets|aircraft|planes)\b",
                            re.IGNORECASE)
# Posts through which a person speaks for a party: "Junta spokesperson Zaw Min Tun", "RSF adviser Mustafa Tambour".
PARTY_POSTS = frozenset({"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "commander",
                         "official", "representative", "leader", "chief", "minister", "secretary"})


def title_holder(doc, start: int):
    """The person whose title holds the words at char `start` ("Junta" in "Junta spokesperson Major General Zaw
    Min Tun"), or the person named there; None when no person is named there."""
    tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    for _ in range(4):
        if tok is None:
            return None
        if tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "flat") and (tok.ent_type_ == "PERSON" or any(
                c.dep_ == "compound" and c.lower_ in PARTY_POSTS for c in tok.lefts)):
            return tok                      # the tagger may miss the name ("Major General Zaw Min Tun")
        if tok.dep_ not in ("compound", "flat", "amod", "nmod", "poss"):
            return None
        tok = tok.head
    return None


def _party_of_person(claim, doc):
    """A denial read with a person as the party ("RSF adviser Mustafa Tambour rejected the accusations") clears
    the party in his title ("RSF"); one whose title names no party ("UN spokesman Stephane Dujarric rejected the
    reports") denies no blame: None. A claim of responsibility by a party's spokesman ("Al-Shabaab spokesman
    Abdiaziz Abu Musab claimed the attack", "Houthi military spokesman Yahya Sarea claimed responsibility") claims
    for the party (Somalia, Yemen). Other claims are kept as they are."""
    perp, stance, s, e, anchor = claim
    person = title_holder(doc, s) if stance in ("denies", "claims_responsibility") else None
    if person is None:
        return claim
    title = [t for t in person.lefts if t.dep_ in ("compound", "amod", "nmod", "poss") for t in t.subtree]
    post = next((t for t in title if t.lower_ in PARTY_POSTS), None)
    if post is None:
        return claim                        # a person named alone keeps the words as written
    body = [t for t in title if t.i < post.i and t.dep_ != "punct" and t.lower_ not in ("the", "a", "an")]
    if not body:
        return None if stance == "denies" else claim
    from sitrep.actors import default_actors
    words = doc[body[0].i:body[-1].i + 1].text
    if not (any(t.lower_ in ACTOR_HEADS for t in body) or default_actors().resolve(words) is not None or
            words.lower() in COUNTRY_ACTORS or words.lower() in ("junta", "regime", "government")):
        return None if stance == "denies" else claim
    return (words, stance, body[0].idx, e, anchor)


# What a party denies when it denies the blame itself: "denied any involvement", "denied it", "rejected any role".
DENIED_BLAME = frozenset({"involvement", "responsibility", "role", "it", "part", "link", "links", "hand", "this"})
# A party described, not named, that points back to one named before: "the group", "the paramilitary group",
# "the militia", "the movement".
DESCRIBED_PARTIES = frozenset({"group", "militia", "movement", "paramilitaries", "paramilitary", "rebels",
                               "organisation", "organization", "faction", "insurgents", "militants", "jihadists"})
DENIAL_LOOKBACK = 3     # sentences before a denial in which the accused may be named
CLAIM_LOOKBACK = 6      # and before a described claimant's claim: a wire story tells the officials' toll first


def described_self(perp: str, speaker, perp_end: int) -> bool:
    """Whether a bare described speaker after the blame is the named group blamed, telling of its own deed:
    "Fighters from the Arakan Army stormed the town, killing 15 soldiers, the group said" (not "the monitoring
    group", not a state's forces: "Government troops shelled the town, the militia said" accuses)."""
    from sitrep.actors import default_actors
    if speaker is None or speaker.span is None or speaker.span.start < perp_end:
        return False
    words = speaker.name.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in DESCRIBED_PARTIES or not _named(perp):
        return False
    return not _state_forces(perp, default_actors())


def _state_forces(perp: str, table) -> bool:
    """Whether an actor is a state's forces ("Government troops", "the Sudanese army"), which "the group" or
    "the militia" never points back to: its row in the actors table says so, or, with no row, a state's word."""
    from sitrep.actors import STATE_KINDS
    found = table.resolve(perp)
    return bool(found.kind in STATE_KINDS if found is not None else set(perp.lower().split()) & STATE_ACTOR_WORDS)


def _accused_before(tok, actor: str, lookback: int = DENIAL_LOOKBACK) -> str | None:
    """The actor accused in the sentence of a denial, before it, or in the few sentences before, to whom the
    denier points back: a described party ("the group", "the paramilitary group", "the militia") to the last
    named non-state party accused; a named body to the party it belongs to ("Russia's defence ministry" to
    "Russia", "Hamas's political bureau" to "Hamas"). None when the denier names itself or nobody fits."""
    from sitrep.actors import default_actors
    words = [w for w in re.findall(r"[\w'’-]+", actor) if w.lower() not in ("the", "a", "an")]
    described = bool(words) and all(w.islower() for w in words) and words[-1].lower() in DESCRIBED_PARTIES
    # a party's one word in a spokesman's title ("Junta spokesperson ...", "Kremlin spokesman ..."); a state named
    # as the denier ("The Syrian government denied") denies as written
    # ("The RSF denied targeting civilians": the party itself, named as it names itself)
    title_word = len(words) == 1 and words[0][:1].isupper() and tok.ent_type_ != "GPE" and \
        not _denies_as_subject(tok.head if tok.dep_ == "det" else tok)
    if not described and not title_word:
        return None
    doc = tok.doc
    cache = doc.user_data.setdefault("sitrep_perp_sents", {})
    sents = [s for s in doc.sents if s.end <= tok.sent.start][-lookback:] + [tok.sent]
    table = default_actors()
    for prev in reversed(sents):
        key = (prev.start, prev.end)
        if key not in cache:
            cache[key] = []                 # asked again while it is read (the denial's own sentence): nothing yet
            cache[key] = sentence_perpetrators(prev)
        for perp, stance, ev_s, _, _ in reversed(cache[key]):
            if stance != "accuses" or ev_s >= tok.idx or perp == actor:
                continue
            if described:
                if not _named(perp):
                    continue
                if _state_forces(perp, table):
                    continue            # "the group" is no state's forces
                return perp
            found = table.resolve(perp)
            same = table.resolve(actor, found.country) if found is not None else None
            if same is not None and same.name == found.name:
                return perp             # "the military council" accused, "Junta" denies
    if described:                       # a blame for earlier attacks told in the denial's own sentence
        told = doc.user_data.get("sitrep_background_blame", {})
        earlier = [told[s] for s in sorted(told) if tok.sent.start_char <= s < tok.idx and _named(told[s])]
        if earlier:
            return earlier[-1]
    return None


# What is done to put the blame on another: "fabricated the video to blame the army", "staged the attack to accuse".
FABRICATING_LEMMAS = frozenset({"fabricate", "stage", "fake", "invent", "film", "spread", "orchestrate", "forge"})


def _blame_as_motive(verb) -> bool:
    """Whether a blame is told as the motive of others' deed, not made by anyone: "rushed to film staged scenes in
    order to accuse the Syrian Arab Army", "shelling the district themselves in order to blame the army" (Libya),
    "Kyiv staged the attack so as to accuse Russian forces", "fabricated the video to blame the army". The one who
    tells it says the blame is false. Not "rushed to accuse the SDF": the subject accuses."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    before = verb.doc[max(0, to.i - 2):to.i].text.lower()
    if before in ("in order", "so as"):
        return True
    done = verb.head.head if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" else verb.head
    # ("fabricated the video to blame the army": the parser may hang the purpose on the video)
    return verb.dep_ in ("advcl", "acl", "relcl", "xcomp") and done.lemma_.lower() in FABRICATING_LEMMAS


def claimant_named_before(doc, start: int, actor: str) -> str | None:
    """The named party a described claimant points back to: "Al-Shabaab militants stormed a base ... The militant
    group claimed that its fighters had killed 41 soldiers" -> "Al-Shabaab militants" (so also "the jihadist group",
    "the group"); None for a party named as it claims, or when no non-state party was named before."""
    tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    words = [w for w in re.findall(r"[\w'’-]+", actor) if w.lower() not in ("the", "a", "an")]
    if tok is None or not words or not all(w.islower() for w in words):
        return None
    named = _accused_before(tok, actor, CLAIM_LOOKBACK)
    if named is None:
        return None
    from sitrep.actors import default_actors
    bare = re.sub(r"\s+(?:fighters|militants|gunmen|members|militiamen|insurgents|jihadists|rebels)$", "", named)
    return bare if bare != named and default_actors().names_armed_group(bare) else named    # the group, not its men


def _denies_as_subject(tok) -> bool:
    """Whether the word is the subject of a denial: "The RSF denied targeting civilians"."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ("deny", "reject")


# Actor heads that are also the names of states or capitals: these still stand for a government.
STATE_NAMES = frozenset({"russia", "iran", "turkey", "israel", "syria", "damascus", "moscow"})


# Blame argued rather than stated: "appeared to be the work of the Assad government", "the work of one of the
# mercenary factions", "bore the fingerprints of the YPG", "it looked like a rebel provocation", "pointing to the
# Assad regime's direct responsibility for the chemical attack".
_ACTOR_HEAD = r"regime|government|army|military|forces|coalitions?|rebels|militants"
_ACTOR = r"(?:the )?(?:[A-Z][\w'’-]+ ){0,3}(?:" + _ACTOR_HEAD + r"|[A-Z][\w'’-]+)"
# ... and after "the work of", where the words before the head may be described ("one of the mercenary factions")
_ACTOR_OF = (r"(?:one of )?(?:the )?(?:[A-Z][\w'’-]+ |[a-z]+ ){0,3}(?:" + _ACTOR_HEAD + r"|factions|mercenaries|"
             r"enemies|terrorists|gangs|militias|jihadists|insurgents|extremists|separatists|bandits|saboteurs|"
             r"[A-Z][\w'’-]+)")
_INCIDENT_WORDS = r"(?:attacks?|massacres?|killings?|bombings?|strikes?|shelling|bombardment|deaths|explosion|blast)"
ARGUED_BLAME_RES = [
    re.compile(r"\b(?:the )?(?:work|handiwork|doing|(?:hall)?marks|signature|fingerprints) of [\"“]?(?P<actor>" +
               _ACTOR_OF + r")"),
    re.compile(r"\b(?:looked|looks|seemed|seems|appeared|appears) (?:to be )?(?:like )?an? "
               r"(?P<actor>rebel|opposition|terrorist|jihadist|militant|government|regime|army|[A-Z][\w-]+) "
               r"(?:provocation|plot|set-?up|false[- ]flag|ploy|fabrication)"),
    re.compile(r"(?P<actor>" + _ACTOR + r")(?:'s|’s)? (?:direct |full |sole |clear )?responsibility for "
               r"(?:\S+ ){0,4}?" + _INCIDENT_WORDS + r"\b"),
    # "described the attackers as \"terrorists\"", "branded the gunmen as Boko Haram militants"
    re.compile(r"\b(?:described|labell?ed|called|branded|termed|identified) (?:them|the (?:\w+ )?(?:attackers|"
               r"assailants|gunmen|perpetrators|bombers|killers|kidnappers|abductors|shooters)) as (?:an? )?[\"“‘']?"
               r"(?P<actor>(?:[\w'’-]+ ){0,3}?(?:terrorists?|mercenaries|gangs|extremists|militants|rebels|"
               r"jihadists|insurgents|bandits|(?:[A-Z][\w'’-]+ ?)+))"),
]


# Attack nouns that name one incident; "siege", "crackdown", "offensive", "operations", "attacks" name
# campaigns, whose modifier ("government siege", "the regime's crackdown") is background, not blame.
INCIDENT_ATTACK_NOUNS = frozenset({"attack", "bombardment", "fire", "shelling", "bombing", "ambush", "massacre",
                                   "barrage", "gunfire", "explosion", "blast", "killing", "assault", "counterattack",
                                   "incursion"})
# Attacks told in the plural name a campaign ("Russian attacks on the energy grid"), except as the doers of a
# toll: "Russian attacks killed two people and injured seven in Donetsk Oblast over the past day".
PLURAL_ATTACK_NOUNS = frozenset({"attacks", "bombings", "ambushes", "assaults"})
TOLL_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "maim"})


def _attacks_that_killed(noun) -> bool:
    """Whether plural attacks are the subject of a killing or wounding verb: a day's attacks told with their
    toll, whose owner is blamed for it ("RSF attacks killed 15 civilians in El Fasher on Friday")."""
    return noun.lower_ in PLURAL_ATTACK_NOUNS and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in TOLL_LEMMAS


SELF_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our"})
# Modifier words that name an actor before an attack noun: "terrorist rocket attack", "regime shelling".
ACTOR_MODIFIERS = frozenset({"terrorist", "terrorists", "regime", "government", "army", "rebel", "rebels",
                             "insurgent", "militant", "jihadist", "militia", "coalition", "israeli", "russian",
                             "syrian", "turkish", "iranian", "american", "houthi", "ukrainian", "army's", "regime's",
                             "armys", "regimes", "forces", "opposition", "jihadists", "insurgents", "militants"})


DEFENDED_PARTIES = frozenset({"ally", "allies", "government", "regime", "army", "military", "forces", "troops",
                              "partner", "partners"})


def _defended_party(obj) -> bool:
    """The object of "defended" is a party ("its ally", "the Syrian government", "Damascus"), not a place
    held against an attack ("defended the town", "defended Aleppo")."""
    if obj.lower_ in DEFENDED_PARTIES:
        return True
    return obj.lower_ in COUNTRY_ACTORS and obj.lower_ not in ("us", "america")


def able_subject(able):
    """The subject of "was able to": "the Syrian army was able to give a heavy blow"."""
    return next((c for c in able.head.children if c.dep_ == "nsubj"), None) if able.dep_ == "acomp" else None


STATEMENT_NOUNS = frozenset({"statement", "statements", "communique", "message", "video", "post", "posting",
                             "announcement", "claim"})


STATEMENT_VERBS = ("say", "announce", "claim", "state", "confirm", "admit", "boast", "acknowledge", "tell")


# What an actor calls its own when it tells of its deed: "its fighters", "its strikes", "our troops".
OWN_MEANS = frozenset({"fighters", "forces", "jets", "aircraft", "strikes", "airstrikes", "raids", "troops",
                       "soldiers", "units", "warplanes", "planes", "drones", "men", "operation", "operations",
                       # its own bombers and attackers: "one of its suicide bombers blew himself up"
                       "bombers", "attackers", "militants", "members", "mujahideen",
                       # one deed told as its own: "the coalition acknowledged that its strike killed 100 civilians"
                       "strike", "airstrike", "raid", "drone", "attack", "attacks"})
# Who speaks for a body: "a spokesman for the coalition", "an official of the group".
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "commander", "adviser",
                          "advisor",
                          "representative", "leader", "source", "sources", "director", "head", "chief"})


def _verb_above(tok) -> int:
    """The index of the verb a claimant speaks through: "IS said" -> "said"; "a spokesman for the coalition
    said" -> "said", so the claim keeps the spokesman as its speaker."""
    x = tok
    for _ in range(4):
        if x.head.i == x.i or x.pos_ in ("VERB", "AUX"):
            break
        x = x.head
    return x.i if x.pos_ in ("VERB", "AUX") else tok.head.i


GROUP_ACRONYMS_READ_AS_IS = frozenset({"IS", "ISIS", "ISIL"})


def group_read_as_auxiliary(verb):
    """The group named "IS" the parser read as the auxiliary of the verb it is the subject of: in "IS said one
    of its bombers blew himself up" or "IS claimed the attack", "IS" hangs on the verb as aux/auxpass; the token,
    or None."""
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.text in GROUP_ACRONYMS_READ_AS_IS
                 and c.i < verb.i and not any(n.dep_ in ("nsubj", "nsubjpass") for n in verb.children)), None)


# A state's ministry, denying for the state: "Russia's Defence Ministry", "Turkey's National Defense Ministry".
STATE_MINISTRY_RE = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['\u2019]s\s+(?:[\w-]+\s+){0,3}(?i:ministry)$")
# Parts of a body that speak for it: "Hamas's armed wing", "the group's media arm", "the RSF's media office".
BODY_PARTS = frozenset({"wing", "arm", "office", "command", "leadership", "bureau", "unit", "units"})
# A body's part before the body's name: "the media office of the RSF", "the armed wing of Hamas".
BODY_PART_OF_RE = re.compile(rf"^(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(BODY_PARTS))})\s+of\s+(?:the\s+)?", re.I)
# A body told by its party's possessive: "the SDF's General Command", "Hamas's armed wing", "the RSF's media office".
OWNED_BODY_RE = re.compile(rf"^(?:[Tt]he\s+)?(.+?)['\u2019]s?\s+(?:[\w-]+\s+){{0,2}}(?i:{'|'.join(sorted(BODY_PARTS))})$")


def _statement_owner(verb):
    """The actor who says "we did it": the named subject of a statement verb, or the body a spokesman
    speaks for ("a spokesman for the coalition said its strikes..."), or None."""
    owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is None and verb.dep_ == "conj" and verb.head.lemma_.lower() in STATEMENT_VERBS:
        # "an RSF field commander announced the liberation of the town and said his forces had killed ...": the
        # subject of the first verb says the second
        owner = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if owner is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in STATEMENT_VERBS:
        return _statement_owner(verb.head)  # "X claimed responsibility, saying the group's naval forces had ..."
    if owner is None:
        owner = group_read_as_auxiliary(verb)      # "IS said its fighters ...", "IS" read as a verb
        if owner is not None:
            return owner
    if owner is not None and not is_actor(owner) and owner.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON") and \
            owner.lower_ not in SPOKESPEOPLE and owner.pos_ == "NOUN":
        # "Hamas's armed wing, the Qassam Brigades, said", "Ukraine's intelligence agency, the HUR, said": the
        # body named in apposition speaks
        named = next((c for c in owner.rights if c.dep_ == "appos" and
                      (is_actor(c) or c.pos_ == "PROPN" and c.ent_type_ != "PERSON")), None)
        if named is not None:
            return named
    if owner is not None and owner.pos_ == "NOUN" and owner.lower_ in BODY_PARTS and (any(
            c.dep_ == "poss" and (is_actor(c) or _names_known_actor(c)) for c in owner.lefts) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and (is_actor(g) or _names_known_actor(g))
                                                         for g in c.children) for c in owner.rights)):
        return owner                        # "Hamas's armed wing said its fighters ...", "the media office of the RSF"
    if owner is not None and owner.lower_ in SPOKESPEOPLE:
        body = _body_of(owner)
        if body is not None and (is_actor(body) or body.ent_type_ in ("ORG", "NORP")):
            return body
    if owner is not None and owner.lower_ not in PRONOUN_ACTORS and (
            is_actor(owner) or owner.ent_type_ in ("GPE", "ORG", "NORP") or _national_ministry(owner)):
        return owner
    if owner is not None and owner.ent_type_ == "PERSON":
        return _party_in_title(owner)       # "Houthi military spokesman Yahya Saree said the group's naval forces"
    return None


def _national_ministry(tok) -> bool:
    """A state's ministry speaks of the state's own aircraft and troops: "the Russian defence ministry said its
    aircraft had not carried out any strikes" (a ministry with no nationality may be anyone's)."""
    return tok.lower_ in ("ministry", "ministries") and any(
        c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("GPE", "NORP") or _demonym(c.lower_))
        for c in tok.lefts)


def _body_of(person):
    """The body a spokesperson speaks for: "a spokesman for the coalition" -> "coalition"; through an office to
    the actor it belongs to: "the Director of the Media Center of the Syrian Democratic Forces" -> "Forces"."""
    body = next((g for c in person.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                 for g in c.children if g.dep_ == "pobj"), None)
    if body is None:        # "a coalition spokesman", "an army spokesperson": the body named before the post
        body = next((c for c in person.lefts if c.dep_ == "compound" and is_actor(c)), None)
    for _ in range(3):
        inner = None if body is None else next((g for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
                                                for g in c.children if g.dep_ == "pobj"), None)
        if inner is None or not _names_known_actor(inner) or _names_known_actor(body):
            break
        body = inner
    return body


# Words for a kind of aircraft, which name no side: "fighter jets", "combat drones".
CRAFT_KIND_WORDS = frozenset({"fighter", "attack", "combat", "kamikaze", "armed", "unmanned", "military"})


def _bare_craft(subj) -> bool:
    """Aircraft told with no side, owner or article: "fighter jets struck", "warplanes pounded"."""
    return subj.lower_ in ARMED_CRAFT and not any(
        c.dep_ in ("poss", "det", "nmod") or c.dep_ in ("compound", "amod") and c.lower_ not in CRAFT_KIND_WORDS
        for c in subj.children)


def _state_forces_named(tok) -> bool:
    """Whether a statement's owner is a state's forces by name ("the IDF", "the Israeli army", "the Tatmadaw")."""
    from sitrep.actors import default_actors
    s, e = _phrase(tok)
    found = default_actors().resolve(tok.doc.text[s:e])
    return found is not None and found.kind == "state forces"


def self_claimant(verb, subj):
    """The actor that speaks of its own deed: the subject of the reporting verb above `verb` when the
    deed's subject is "it"/"they"/"its fighters" ("Daish said in a statement that one of its fighters...",
    "Russia said it had critically injured a leader"). None when the speaker is no actor."""
    personal = subj.lower_ in OWN_MEANS and any(c.lower_ in ("his", "her") and c.dep_ == "poss"
                                                for c in subj.children)
    if _bare_craft(subj):
        # "The IDF said fighter jets struck Hezbollah weapons depots": a state's forces telling of aircraft they do
        # not name tell of their own (a monitor's or a ministry's "warplanes struck" names no one)
        owner = _claimant_above(verb)
        return owner if owner is not None and _state_forces_named(owner) else None
    if subj.lower_ not in SELF_PRONOUNS and not personal and not any(
            c.dep_ == "poss" and (c.lower_ in SELF_PRONOUNS or _the_group(c)) for c in subj.children):
        return None
    if any(c.dep_ == "poss" and _the_group(c) for c in subj.children):
        owner = _claimant_above(verb)       # "the group's fighters", told by the group, not by "the army"
        return owner if owner is not None and not _state_side(owner) else None
    if personal:    # "an RSF field commander said his forces had killed 120 soldiers": the body he commands
        owner = _claimant_above(verb)
        if owner is not None and owner.dep_ != "nsubj":
            return owner
        above = _statement_verb_above(verb)  # a body, not the man himself: the party in his title
        speaker = next((c for c in above.children if c.dep_ == "nsubj"), None) if above is not None else None
        return _party_in_title(speaker) if speaker is not None else None
    return _claimant_above(verb)


def _self_denier(deny):
    """The party that denies a deed of its own, "it" or "its fighters" in the clause under `deny`: "Russia's
    defence ministry denied it had carried out any strikes", "the ADF denied that its fighters were involved".
    None when several parties deny together (each denies for itself, 3g) or when a person, not a body, denies."""
    if deny is None or deny.lemma_.lower() not in ("deny", "reject") or _negated(deny):
        return None
    if any(c.dep_ == "nsubj" and c.conjuncts for c in deny.children):
        return None
    owner = _statement_owner(deny)
    return owner if owner is not None and owner.ent_type_ != "PERSON" else None


def _state_side(tok) -> bool:
    """Whether a party is a state's forces or government ("the army", "Damascus", "the Tatmadaw")."""
    from sitrep.actors import STATE_KINDS, default_actors
    s, e = _phrase(tok)
    actor = default_actors().resolve(tok.doc.text[s:e])
    return actor is not None and actor.kind in STATE_KINDS or tok.ent_type_ == "GPE" or \
        tok.lower_ in STATE_WORDS | OWN_FORCE_WORDS | {"government", "regime", "junta", "ministry", "police"}


def _the_group(tok) -> bool:
    """ "the group's missile force" in its spokesman's statement: the group speaking of itself, as "its" does."""
    return tok.lower_ in ("group", "movement", "organisation", "organization") and \
        any(c.lower_ == "the" for c in tok.children)


def _party_in_title(person):
    """The party a titled person speaks for: "RSF" in "RSF commander Abdel Rahim Juma" or in "an RSF field
    commander"; None for an untitled man ("Abdel Rahim Juma") or a post of no party ("a local commander")."""
    title = [t for c in person.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    if person.lower_ not in SPOKESPEOPLE and not any(t.lower_ in SPOKESPEOPLE | PARTY_POSTS for t in title):
        return None
    return next((t for t in title if t.lower_ not in SPOKESPEOPLE | PARTY_POSTS and
                 (_names_known_actor(t) or is_actor(t) and t.ent_type_ in ("ORG", "NORP"))), None)


def _claimant_above(verb):
    """The owner of the statement whose that-clause holds `verb` (see `self_claimant`), or None."""
    x = verb
    if x.dep_ == "acl" and x.head.lower_ in STATEMENT_NOUNS and x.head.dep_ == "pobj" and x.head.head.dep_ == "prep":
        x = x.head.head                     # "Daish said in a statement that one of its fighters had fired"
        if x.head.i != x.i and x.head.lemma_.lower() in STATEMENT_VERBS:
            return _statement_owner(x.head)
        return None
    above = _statement_verb_above(x)
    return _statement_owner(above) if above is not None else None


def _statement_verb_above(verb):
    """The statement verb ("said", "claimed") whose that-clause holds `verb`, at most three clauses up, or None."""
    x = verb
    for _ in range(3):
        if x.dep_ not in ("ccomp", "conj", "xcomp") or x.head.i == x.i:
            return None
        x = x.head
        if x.lemma_.lower() in STATEMENT_VERBS:
            return x
    return None


def attack_modifier_actor(noun) -> tuple[int, int] | None:
    """Char offsets of the actor named inside an attack noun phrase, if any: "similar terrorist rocket
    attack" -> "terrorist"; "the Syrian army's bombardment" -> "Syrian army"; "An ISIL terrorist car bomb
    attack" -> "ISIL terrorist"; "sniper fire of Jabhat al-Nusra terrorists" -> "Jabhat al-Nusra terrorists"."""
    doc = noun.doc
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    has_owner = any((c.dep_ == "poss" and is_actor(c)) or c.lower_ in ACTOR_MODIFIERS for c in noun.lefts) or \
        noun.lower_ in ("killing", "killings", "massacre", "execution", "executions", "wounding", "abduction")
    # "sniper fire of Jabhat al-Nusra terrorists" names who fired; "the bombing of Aleppo" names the target
    # ("the cowardly act of al-Shabaab": a condemned deed's "of" names its doer by any name)
    if pobj is not None and is_actor(pobj) and not has_owner and (
            pobj.lower_ in ACTOR_HEADS or pobj.lemma_.lower() in ACTOR_HEADS or noun.lower_ in CONDEMNED_DEEDS) and \
            not _region_of(pobj):
        return _phrase(pobj)
    run = _known_name_before(noun)        # "the Hayat Tahrir al-Sham attack", "the al-Shabaab attack"
    if run is not None and not any((c.dep_ == "poss" and is_actor(c)) for c in noun.lefts):
        return doc[run[0]].idx, doc[run[1] - 1].idx + len(doc[run[1] - 1].text)
    led = next((c for c in noun.lefts if c.dep_ == "amod" and c.lower_ == "led"), None)
    leader = None if led is None else next((c for c in led.children if c.dep_ in ("npadvmod", "compound", "nmod") and (
        is_actor(c) or c.ent_type_ in ("ORG", "NORP") or _names_known_actor(c))), None)
    if leader is not None:                # "a Hamas-led attack", "an ISIS-led assault": who led it did it
        return _phrase(leader)
    actor = [t for t in doc[noun.left_edge.i:noun.i]
             if not _held_by(t) and not _place_not_actor(t) and (t.lower_ in ACTOR_MODIFIERS or (t.ent_type_ in ("ORG", "NORP") and t.pos_ == "PROPN") or
                 # a state's forces by its nationality word: "Saudi artillery fire", "Ethiopian drone strikes"
                 (t.dep_ == "amod" and t.ent_type_ == "NORP" and _demonym(t.lower_)) or
                 (t.dep_ == "poss" and is_actor(t))) and t.lower_ not in NON_ACTOR_MODIFIERS]
    if not actor:
        return None
    owner = next((t for t in actor if t.dep_ == "poss" and t.lower_ not in ACTOR_MODIFIERS), None)
    if owner is not None:                  # "the military council's terrorist attack": the owner, not the label
        return _phrase(owner)
    first, last = actor[0], actor[-1]
    if last.dep_ == "case":
        last = doc[last.i - 1]
    while first.i > noun.left_edge.i and doc[first.i - 1].text[:1].isupper() and \
            doc[first.i - 1].pos_ in ("ADJ", "PROPN") and _names_actor_words(doc[first.i - 1:last.i + 1].text):
        first = doc[first.i - 1]          # "the Rapid Support Forces (RSF) attack": the name's first word kept
    if doc[last.i + 1].lower_ in ("'s", "’s") if last.i + 1 < len(doc) else False:
        pass
    return first.idx, last.idx + len(last.text)


# A part of a country told by its bearing: "north-west Syria", "southern Ukraine", "the east of Sudan".
BEARINGS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "north-west", "northwest", "north-east", "northeast", "south-west", "southwest", "south-east",
                      "southeast", "northwestern", "northeastern", "southwestern", "southeastern"})


def _region_of(noun) -> bool:
    """Whether a country's name is told as a region of it ("the bombing of north-west Syria"): a place struck,
    not the state that struck."""
    before = noun.doc[noun.left_edge.i:noun.i].text.lower()
    # the words, and the hyphened ones the tokenizer splits ("north-west" into "north", "-", "west")
    return bool((set(re.findall(r"[a-z]+", before)) | set(re.findall(r"[a-z]+(?:-[a-z]+)+", before))) & BEARINGS)


EXPLICIT_BLAME = frozenset({"blame", "accuse", "hold", "attribute"})


def can_be_blamed(obj) -> bool:
    """The object of "blamed"/"accused" is an actor ("blamed the Houthis", "accused Damascus"), not a
    thing or an event ("blames the unrest on", "blamed the loss of Qaryatayn on", "blamed the other")."""
    if obj.lower_ in PRONOUN_ACTORS or obj.lower_ in ("other", "others", "each", "world", "side", "sides"):
        return False
    # a name however the tagger types it ("blamed the Khawarij", tagged a place), a party told by its nation ("held
    # the Israeli occupation responsible", "blamed the Russian invaders")
    return is_actor(obj) or obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or obj.pos_ == "PROPN" or \
        any(is_actor(c) for c in obj.children if c.dep_ in ("conj", "compound")) or \
        any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in obj.children)


def doc_text_of(doc) -> str:
    """`doc.text`, built once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return text


# What "waged" tells as one deed: "coalition warships waged an attack on their boats" (not a war or a campaign).
WAGED_STRIKES = frozenset({"raid", "strike", "airstrike", "air-strike", "attack", "assault"})


def _violent_object(verb) -> bool:
    if verb.lemma_.lower() == "order":                # "ordered the strikes", not "ordered the parks closed"
        return any(c.dep_ == "dobj" and c.lower_ in ATTACK_NOUNS | {"killing", "killings", "execution", "executions"}
                   for c in verb.children)
    # "launched an investigation after the attack": a deed's time is not its object
    words = {t.lower_ for c in verb.children if c.dep_ in ("dobj", "prep", "xcomp") and
             c.lower_ not in ("after", "before", "following", "since", "despite") for t in c.subtree}
    if verb.lemma_.lower() in ("give", "deal"):      # "was able to give a heavy blow to the Islam Brigade"
        return bool(words & {"blow", "blows"})
    if _negated(verb) and words & {"sorties", "sortie", "missions", "flights"} and words & {"combat", "any", "no"}:
        return True         # "the Russian Aerospace Forces did not carry out any combat missions in the area": denied
    if verb.lemma_.lower() in ("wage", "wag"):       # "waged five raids on a market", not "has waged a war"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in WAGED_STRIKES for c in verb.children)
    if verb.lemma_.lower() == "open":                # "opened fire on protesters", not "opened an investigation"
        # nor one fighter firing back ("where a rebel opened fire at troops before being executed")
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        lone = subj is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
        return not lone and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ("operation", "mission", "campaign") and any(
            m.lower_ in UNARMED_OPERATIONS for m in c.lefts) for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.lower_ == "aggression" and any(d.lower_ in ("a", "an") for d in c.lefts)
           for c in verb.children):
        return True         # state media's "carried out an air aggression", "launched an aggression" (not "the
                            # aggression", a whole war in Sanaa's and Damascus's words)
    return bool(words & (ATTACK_NOUNS | WEAPON_WORDS | LAUNCHED_WEAPONS))


# What is launched or fired as an attack besides missiles and rockets: "Russia launched 40 drones overnight".
LAUNCHED_WEAPONS = frozenset({"drone", "drones", "mortar", "mortars", "shell", "shells", "grenade", "grenades",
                              "projectile", "projectiles", "munitions"})


def _told_as_practice(verb) -> bool:
    """Whether a party tells its own deed in the simple present, as what it does rather than what it did: "Russia
    says it only targets military infrastructure", "the army says its jets strike only militant positions"."""
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children) and verb.tag_ in ("VBZ", "VBP", "VBD") \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
            any(a.lemma_.lower() in ("say", "insist", "maintain", "stress") and a.tag_ in ("VBZ", "VBP")
                for a in verb.ancestors):
        return True     # "the ministry says its aircraft only hit 'terrorist' positions": "hit" read as a past
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# Deeds done to people that a party denies with no one named doing them: "civilians had been targeted".
DENIED_PASSIVE_DEEDS = frozenset({"kill", "target", "attack", "harm", "shell", "bomb", "strike", "hit", "execute",
                                  "massacre", "shoot"})


def _claimed_deaths(verb, lemmas=frozenset({"kill", "eliminate", "neutralize", "neutralise"}),
                    fighters_only: bool = False) -> bool:
    """Whether a clause tells deaths with no one doing them: "23 soldiers had been killed" (not "killed in
    Israeli strikes", "killed by the army": another's deed; not "its fighters were killed": its own dead). With
    `fighters_only`, the dead must be fighters or forces: a party claiming that "13 civilians had been killed"
    accuses, it claims no deed of its own."""
    if verb.lemma_.lower() not in lemmas or \
            not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    victims = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if victims is None or any(t.dep_ == "poss" and t.lower_ in SELF_PRONOUNS for t in victims.subtree):
        return False
    if fighters_only:
        from sitrep.extract.casualties import victims_of
        counted = next((g for c in victims.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), victims) if victims.lower_ in RECORD_COUNTS | {"dozens"} else victims
        if victims_of(counted) not in ("security_forces", "combatants"):
            return False                # ("dozens of militants": the militants)
    # (what a joined clause tells is its own: "... had been killed and that the bomber had targeted the army's unit")
    return not any(t is not victims and is_actor(t) for c in verb.children if c.i > verb.i and c.dep_ != "conj"
                   for t in c.subtree)


def _negated(verb) -> bool:
    """Whether the deed is told as not done: "did not shell the town", or by its object: "its aircraft carried out
    no strikes in the area", "its soldiers fired no shots"."""
    return any(c.dep_ == "neg" or c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in verb.children)


def _verb_object_end(verb) -> int:
    """Where the evidence of a deed ends: after its object with what hangs on it when short, else after the
    object's own word ("the army carried out an air strike", not "the army carried")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj",)), None)
    last = obj.right_edge if obj is not None and obj.right_edge.i - verb.i <= 8 else \
        obj if obj is not None and obj.i - verb.i <= 8 else verb
    return last.idx + len(last.text)


def _tok_at(sent, char: int) -> int:
    for t in sent:
        if t.idx <= char < t.idx + len(t.text) + 1:
            return t.i
    return sent.start


def stance_for(perp_text: str, stance: str, speaker) -> str:
    """Final stance: an accusation by the actor's own side becomes a claim of responsibility."""
    if stance != "accuses":
        return stance
    return _stance_for(perp_text, speaker)


# Words that tell a time, never a party: "blamed France on Monday" is no "blamed X on Y".
TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "tonight", "night", "morning", "evening", "afternoon", "friday's"})
# What a deed done "since"/"after" names as background, or a whole campaign: "since the regime launched a
# violent crackdown", "regime forces led a crackdown", "opposition fighters launched a campaign".
CAMPAIGN_NOUNS = frozenset({"crackdown", "campaign", "war", "uprising", "revolt", "rebellion", "insurgency",
                            "offensive", "counteroffensive", "counter-offensive", "siege", "blockade"})
# A deed told by the word a condemnation gives it: "a cowardly act by terrorists", "the heinous act of al-Shabaab",
# "a barbaric act by the RSF militia" ("an act of terrorism" names no doer).
CONDEMNED_DEEDS = frozenset({"act", "acts", "crime", "crimes", "atrocity", "atrocities"})
# The nouns whose modifier or "of" may name the doer (rule 3b of `sentence_perpetrators`): built once, not per token.
DEED_NOUNS = INCIDENT_ATTACK_NOUNS | CONDEMNED_DEEDS
# What "by" an actor can be a deed ("killed by", "an attack by", "a strike by"), and what not ("captured by", "the
# campaign by"): built once, not for every "by".
BY_DEEDS = VIOLENT_VERBS - {"wage", "wag"} | ATTACK_NOUNS | {"carry", "back"} | {w.rstrip("s") for w in ATTACK_NOUNS} | \
    CONDEMNED_DEEDS
# (not "waged by": "a second campaign being waged against it by Turkey" is a campaign)
BY_NO_DEEDS = CONTROL_VERBS | CAMPAIGN_NOUNS - {"offensive"}
# Verbs that make a deed possible or intended, not done: "allowing the militants to attack".
ENABLING_LEMMAS = frozenset({"allow", "let", "enable", "permit", "want", "plan", "threaten", "prepare", "intend", "mean",
                             "urge", "encourage", "aim", "seek", "vow", "expect", "agree", "promise", "pledge",
                             "decide", "refuse", "fail", "ask", "call", "stop", "cease", "halt", "suspend", "avoid",
                             "refrain"})
# Verbs that prevent the deed told in their infinitive: "Police foiled a plot to bomb a church" (but "the army foiled
# an attack, killing 125 of the attackers" is a deed).
PREVENTING_LEMMAS = frozenset({"foil", "thwart", "prevent", "avert", "frustrate"})
# What is blamed when it is no incident: "the crisis, which she blamed directly on Assad".
NON_INCIDENTS = frozenset({"crisis", "unrest", "conflict", "war", "chaos", "situation", "instability", "uprising",
                           "rebellion", "turmoil", "stalemate", "collapse", "failure", "loss", "tension", "tensions",
                           "silence", "inaction", "indifference", "negligence", "complicity", "inertia"})
# Numbers and quantifiers that stand for some of a group: "one of its fighters", "three of its fighters".
PARTITIVES = frozenset({"one", "two", "three", "four", "five", "six", "some", "several", "many", "dozens",
                        "members", "number", "most", "all"})
# Verbs whose "by" is help, not blame: "government forces backed by Russian airstrikes".
BACKING_LEMMAS = frozenset({"back", "support", "assist", "aid", "cover", "help", "accompany", "escort"})
# Investigating an allegation blames no one: "a U.N. team investigating allegations that both rebels and
# government forces have used chemical weapons".
INVESTIGATION_LEMMAS = frozenset({"investigate", "probe", "examine", "verify", "inspect", "investigation",
                                  "inquiry", "allegation", "check"})
WEAPON_WORDS = frozenset({"chemical", "chemicals", "gas", "sarin", "chlorine", "weapon", "weapons", "bomb", "bombs",
                          "barrel", "barrels", "missile", "missiles", "rocket", "rockets", "toxic", "munitions",
                          "napalm", "ammunition", "bullets"})
# What is "neutralised" or "eliminated" and made safe, no one killed (`_made_safe`).
MADE_SAFE_WORDS = EXPLOSIVE_NOUNS | WEAPON_WORDS | LAUNCHED_WEAPONS | DEFUSED_THINGS
# Deeds that an accusation can be about: "accused X of gassing", "of killing", "of the massacre".
ACCUSED_DEEDS = VIOLENT_VERBS - {"take", "lead", "continue", "round", "advance", "push", "back", "hold", "carry",
                                 "use", "launch", "regain", "open"} - ARMY_KILLING_VERBS | {
    "commit", "gas", "bomb", "starve", "massacre", "killing", "killings", "massacres", "attack", "attacks",
    "bombing", "bombings", "strike", "strikes", "shelling", "atrocities", "atrocity", "gassing",
    # "accused Bahroun's fighters of starting the fighting", "accused bandits of the kidnapping of 40 farmers"
    "fighting", "clash", "clashes", "violence", "kidnapping", "kidnappings", "abduction", "abductions",
    # "of carrying out a reprisal", "of the executions"
    "reprisal", "reprisals", "execution", "executions"}

AGAINST_RE = re.compile(r"\b(?:allegations?|accusations?|charges?|claims?)\s+against\s+"
                        r"(?P<actor>(?:the |their |its )?(?:[A-Z][\w'’-]+ ){0,3}(?:[A-Z][\w'’-]+|forces|army|"
                        r"troops|government|regime|military|soldiers|militia|fighters))")
# "an accusation the rebels denied", "a charge Moscow rejects", "claims that Hamas has dismissed"
ACCUSATION_DENIED_RE = re.compile(
    r"\b(?:an?|the) (?:accusations?|allegations?|charges?|claims?) (?:that |which )?"
    r"(?P<actor>(?:the )?(?:[A-Z][\w'’-]+ ){0,3}(?:[A-Z][\w'’-]+|rebels|group|militia|army|military|government|"
    r"regime|forces|movement|militants|paramilitaries))\s+(?:has |have |had |also |strongly |flatly )*"
    r"(?P<verb>denied|denies|deny|rejected|rejects|reject|dismissed|dismisses)\b")
# "the killer fumes which the Syrian government insists were not its doing"
NOT_ITS_DOING_RE = re.compile(
    r"(?P<actor>(?:the |The )?(?:[A-Z][\w'’-]+ ){0,3}(?:regime|government|army|military|forces|authorities|"
    r"[A-Z][\w'’-]+))\s+(?P<verb>insists?|insisted|says?|said|maintains?|maintained|claims?|claimed)\s+"
    r"(?:that )?(?:[\w'’-]+ ){0,6}?(?:was|were|is|are|had been|has been) not (?:its|their) "
    r"(?:doing|work|fault|responsibility)")


def _not_this_incident(verb) -> bool:
    """A deed told as the background of another ("since the regime launched a violent crackdown"), a
    campaign rather than an incident, an allegation under investigation, or an act of taking ground."""
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "support" for g in c.children)
           for c in verb.children):
        return True                        # "after Russia launched air strikes in support of Assad's forces"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ENABLING_LEMMAS:
        return True                        # "allowing the militants to attack Qaryatayn"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PREVENTING_LEMMAS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True                        # "Police foiled a plot to bomb a church"
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would") for c in verb.children) and not any(
            c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) and not any(
            c.dep_ == "neg" for c in verb.children):
        return True                        # "Moscow says it will continue its strikes": an intent, not a deed
    if any(c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in verb.children):
        return True                        # "the regime would not have used banned weapons had it not been for"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in CAMPAIGN_NOUNS:
        return True
    if verb.lemma_.lower() in CAMPAIGN_START_LEMMAS and any(YEAR_RE.fullmatch(t.text) for t in verb.subtree):
        return True                        # "Russia began strikes in Syria in 2015": how the war went, long ago
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAMPAIGN_START_LEMMAS and \
            any(YEAR_RE.fullmatch(t.text) for t in verb.head.subtree):
        return True                        # "Russia began carrying out strikes in Syria in September 2015"
    x = verb
    for _ in range(6):
        if x.head.i == x.i or x.lemma_.lower() in ("say", "claim", "announce", "tell", "state", "report"):
            break       # "Fano said they had killed 15 soldiers; the claim could not be verified": the claim is
        x = x.head      # what could not be verified, not a deed under investigation
        if x.lemma_.lower() in INVESTIGATION_LEMMAS:
            return True
    return False


# Verbs that start a campaign: with a year they tell the war's history ("Russia began its air campaign in 2015").
CAMPAIGN_START_LEMMAS = frozenset({"begin", "start", "launch", "join", "enter", "intervene", "initiate"})
YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Prepositions that set an attack as the backdrop of the news: "amid Russian and regime strikes".
BACKDROP_PREPS = frozenset({"amid", "amidst", "despite"})


def _background_of(noun) -> bool:
    """An attack noun told as the backdrop ("fled amid Russian and regime strikes", "despite Turkish shelling"),
    or as a campaign that began in another year, blames no one for this incident."""
    x = noun
    for _ in range(3):
        if x.dep_ in ("conj", "compound", "amod", "appos"):
            x = x.head
            continue
        break
    if x.dep_ == "pobj" and x.head.lower_ in BACKDROP_PREPS:
        return True
    head = x.head
    if x.dep_ == "nsubj" and head.pos_ == "VERB" and (_not_this_incident(head) or _habitual(head)):
        return True                        # "Russian warplanes have been carrying out an air war since 2015"
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in CAMPAIGN_START_LEMMAS and \
        any(YEAR_RE.fullmatch(t.text) for t in head.subtree)


# Attack nouns the parser reads as a verb ("Houthi shelling" as "Houthi" + the verb "shelling").
MISPARSED_ATTACKS = frozenset({"shelling", "bombardment", "bombing", "strikes", "airstrikes", "raids", "gunfire",
                               "fire", "attack", "attacks", "missiles", "rockets"})


# Participles that tell where the doers were: "terrorists positioned in Binnish", "militants stationed in the hills".
POSTED_LEMMAS = frozenset({"position", "station", "deploy", "base", "entrench", "hole", "locate", "hide"})


def _posted_subject(verb):
    """The doers of a deed the parser left with no subject because it read the participle telling where they were
    as the clause's verb: in "terrorists positioned in Binnish and Maaret Masrin targeted al-Fouaa" or "militants
    stationed in the hills fired rockets at Pibor", "positioned" and "stationed" take the subject and the deed hangs
    on them, or beside them, with none. The participle's subject is the deed's, if no verb stands between them."""
    doc = verb.doc
    for posted in (verb.head, *(c for c in verb.head.children if c.dep_ == verb.dep_)):
        if posted.i >= verb.i or posted.lemma_.lower() not in POSTED_LEMMAS or posted.tag_ not in ("VBD", "VBN"):
            continue
        subj = next((c for c in posted.children if c.dep_ == "nsubj"), None)
        if subj is not None and is_actor(subj) and not any(t.pos_ in ("VERB", "AUX") for t in doc[posted.i + 1:verb.i]):
            return subj
    return None


def _said_object_subject(verb):
    """The doers of a deed told in reported speech whose subject the parser took for the object of the reporting
    verb: in "Mapela said attackers from the CODECO militia, which says it defends the Lendu, raided the camp" a
    relative clause between them makes "attackers" the object of "said" and leaves "raided" with no subject. The
    reporting verb's object before the deed is its subject, if it can act."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in ("say", "tell", "report", "add") or head.i > verb.i:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
    return obj if obj is not None and is_actor(obj) else None


def _partitive_owner(subj):
    """"one of its fighters" -> "fighters"; None when the partitive is not of a group that can act."""
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None:
        return None
    if any(c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in pobj.children) or is_actor(pobj):
        return pobj
    return None


def _weapon_model(tok) -> bool:
    """"Shahed drones", "Grad rockets", "Kalibr missiles": a name before a weapon that the actor table does not
    know is the weapon's make, not who fired it (a nationality, a known group or a country still is)."""
    if tok.ent_type_ == "GPE" or not tok.text[:1].isupper() or tok.lower_ in ACTOR_HEADS | COUNTRY_ACTORS | \
            ACTOR_MODIFIERS or _demonym(tok.lower_) or _names_known_actor(tok):
        return False
    # a people's word the table does not list still reads as one ("Azerbaijani", "Kurdish", "Chinese")
    return not (tok.ent_type_ == "NORP" and tok.lower_.endswith(NATIONALITY_ENDINGS))


NATIONALITY_ENDINGS = ("ian", "ish", "ese", "i", "an", "ic", "ch")


# A span of years or months that a present perfect runs over: an actor's record ("has killed more than 35,000
# people since 2009", "have killed hundreds over the past year"), not this incident ("since Monday" stays).
RECORD_SPAN_RE = re.compile(r"\b(?:since (?:(?:early|late|mid|the start of|the beginning of) )?(?:(?:January|February|"
                            r"March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d|"
                            # "since they withdrew in November 2022"
                            r"since (?:\w+ ){1,4}in (?:(?:January|February|March|April|May|June|July|August|September|"
                            r"October|November|December) )?(?:19|20)\d\d|"
                            # "shelled the city almost daily", "day after day"
                            r"(?:almost|nearly|virtually) (?:daily|every day|every night|nightly)|on a daily basis|"
                            r"day after day|"
                            r"(?:over|in|during|throughout) the (?:past|last) (?:\w+ )?"
                            r"(?:years?|decades?|months?|weeks)|"
                            r"in recent (?:years|months|weeks)|so far this year|"
                            r"since the (?:outbreak|start|beginning) of the (?:\w+[- ])*(?:war|conflict|uprising|"
                            r"revolution|fighting|invasion)|since the (?:war|conflict|fighting) (?:began|broke out|started))\b",
                            re.IGNORECASE)
# Counts that make blame a record: "is blamed for thousands of deaths", "blamed for hundreds of killings".
RECORD_COUNTS = frozenset({"thousands", "hundreds", "tens", "countless", "numerous", "many", "scores"})


def _record(verb) -> bool:
    """Blame for an actor's record rather than an incident: "is blamed for thousands of deaths in eastern
    Congo", "blamed for hundreds of killings since 2014" ("blamed for the attack" stays)."""
    for_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if for_ is None:
        return False
    words = [t for t in for_.subtree]
    return any(t.lower_ in RECORD_COUNTS for t in words[:4]) or bool(RECORD_SPAN_RE.search(
        " ".join(t.text for t in words)))


ONGOING_WORDS = frozenset({"currently", "still", "constantly", "continuously", "continually"})


# What makes deeds a practice: "regular airstrikes", "frequent raids", "routine patrols".
PRACTICE_WORDS = frozenset({"regular", "frequent", "periodic", "routine", "repeated", "occasional", "sporadic"})


def _told_as_a_practice(verb) -> bool:
    """A present-tense deed done again and again: "carries out regular airstrikes", "often shells"; or done only so,
    as a rule: 'said LNA units "only target the positions of the terrorist militias"' (in a denial, "the claims are
    fabricated, adding that the army only targets terrorists", the rule is what the denial clears)."""
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if adverbs & REPEATED_ADVERBS or "only" in adverbs and not DENIAL_RE.search(verb.sent.text):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.tag_ == "NNS" and obj.lower_ in ATTACK_NOUNS and \
        any(c.lower_ in PRACTICE_WORDS for c in obj.children)


def _habitual(verb) -> bool:
    """"ISIS sleeper cells have carried out bombing attacks in areas under SDF control", "Boko Haram has
    launched raids across the northeast": a present perfect over bare plural attacks tells a habit, not this
    incident ("had carried out", "carried out two attacks" and "the attacks" stay); so does one over a span
    of years ("Boko Haram has killed more than 35,000 people since 2009"), and a campaign told as under way
    ("the coalition is currently carrying out airstrikes near Raqqa"), and one told in the present as a practice
    ("AFRICOM carries out regular airstrikes against the group", "the army frequently shells the villages")."""
    bare_present = verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # misparsed
    if (verb.tag_ in ("VBZ", "VBP") or bare_present) and _told_as_a_practice(verb):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children) and not (
            verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in verb.children) and
            any(c.dep_ == "advmod" and c.lower_ in ONGOING_WORDS for c in verb.children)):
        return False
    if RECORD_SPAN_RE.search(" ".join(t.text for t in verb.subtree)):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if adverbs & REPEATED_ADVERBS:
        return True                         # "ISWAP has repeatedly attacked the town"
    if "since" in adverbs and obj is not None and any(
            t.tag_ == "NNS" and t.lower_ in ATTACK_NOUNS for t in [obj, *obj.conjuncts]):
        return True                         # "The YPG/PKK has since carried out repeated car and bomb attacks"
    if obj is not None and obj.lower_ in ("hundreds", "thousands", "dozens", "scores") and any(
            g.dep_ == "pobj" and g.tag_ == "NNS" and g.lower_ in ATTACK_NOUNS | LAUNCHED_WEAPONS
            for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        return True                         # "Israel has carried out hundreds of air strikes in Syria"
    return obj is not None and obj.tag_ == "NNS" and obj.lower_ in ATTACK_NOUNS and not any(
        c.dep_ in ("det", "nummod", "poss") and c.lower_ not in ("many", "numerous", "several", "frequent")
        for c in obj.children)


# Verbs that claim a deed with "responsibility" or "credit": "took responsibility", "accepted responsibility".
TAKING_LEMMAS = frozenset({"take", "accept", "assume", "bear"})
NOBODY_BEFORE_RE = re.compile(r"\b(?:[Nn]either|nor|[Nn]o|not)\s+(?:[\w'’-]+\s+){0,4}$")


def _takes_responsibility(verb) -> bool:
    """"took responsibility for the bombing": a claim (read as such above), not a violent deed of taking;
    "the Council takes responsibility for protecting civilians" claims no deed."""
    if verb.lemma_.lower() not in TAKING_LEMMAS:
        return False
    taken = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("responsibility", "credit")]
    if not taken:
        return False
    # "for the attack" on the noun, or on the verb ("bear full responsibility for the massacre")
    fors = [p for x in [*taken, verb] for p in x.children if p.dep_ == "prep" and p.lower_ == "for"]
    return any(g.lemma_.lower() in CLAIMED_DEEDS | ATTACK_NOUNS | {"death"} for p in fors for g in p.children)


# Who attacked, named by the role they had in this attack: the forces that fought them back are not blamed.
ATTACKER_ROLES = frozenset({"attacker", "attackers", "assailant", "assailants", "gunman", "gunmen", "bomber", "bombers",
                            "raiders", "hostage-takers", "infiltrators"})
TOLD_BEFORE = frozenset({"the", "all", "other", "both", "remaining", "those", "these", "its", "their"})
RESPONDERS = frozenset({"police", "policemen", "officers", "guards", "security", "forces", "troops", "soldiers",
                        "army", "commandos", "personnel"})


def _answering_the_attackers(verb, subj) -> bool:
    """Whether forces fighting back during an attack are told ("Security forces killed all five assailants after a
    siege", "soldiers shot dead two other attackers", "one bomber blew himself up when guards opened fire"): the
    attackers are the ones blamed, not the guards, police or troops who answered them."""
    if subj.lower_ not in RESPONDERS and not any(c.lower_ in RESPONDERS for c in subj.lefts if c.dep_ == "compound"):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children
             if g.dep_ == "pobj"]
    # the attackers told before ("the gunman", "two other attackers", "all five assailants", "one of the bombers"),
    # not a count of fighters killed in a clash ("killed 12 attackers")
    if any(o.lower_ in ATTACKER_ROLES and any(c.lower_ in TOLD_BEFORE or c.dep_ == "poss" for c in o.subtree
                                              if c.i < o.i) or
           o.lower_ in ("one", "two", "three", "four", "five", "all", "both") and any(
               g.lower_ in ATTACKER_ROLES for p in o.children if p.dep_ == "prep" for g in p.children) for o in objs):
        return True
    # "when police opened fire": fire with no target, told beside the attackers
    return verb.lemma_.lower() == "open" and not any(o.lower_ not in ("fire",) for o in objs if o.dep_ == "dobj") and \
        not any(c.dep_ == "prep" and c.lower_ in ("on", "at") for c in verb.children) and \
        any(t.lower_ in ATTACKER_ROLES for t in verb.sent)


def _downing(verb) -> bool:
    """"the air force said it shot down 40 drones": bringing down what flies is defence, not a deed to blame."""
    return verb.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


# Operations that are no attack: "launched a search operation", "a rescue operation".
UNARMED_OPERATIONS = frozenset({"search", "rescue", "relief", "evacuation", "humanitarian", "recovery", "manhunt",
                                "investigation", "aid"})


def _rounded_up(verb) -> bool:
    """"soldiers had rounded up scores of civilians": rounding up people is abduction."""
    return verb.lemma_.lower() == "round" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _one_deed_committed(verb) -> bool:
    """ "the massacre committed by the Syrian regime", "The attack ... was committed by the TTP": one deed
    committed, not the crimes or abuses of a war ("abuses committed by both sides")."""
    deed = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return deed is not None and deed.tag_ == "NN" and deed.lower_ in ATTACK_NOUNS


# Who is sent to attack: "the bomber had been sent by the TTP", "the gunmen were dispatched by a bandit leader".
SENT_ATTACKERS = frozenset({"bomber", "bombers", "attacker", "attackers", "gunman", "gunmen", "assailant",
                            "assailants", "militants", "fighters"})


def _attacker_sent(verb) -> bool:
    return verb.lemma_.lower() in ("send", "dispatch") and any(
        c.dep_ == "nsubjpass" and c.lower_ in SENT_ATTACKERS for c in verb.children)


def _by_head(by):
    """What "by" completes: its head, or an attack noun just before it when the parser hung "by" elsewhere
    ("a series of strikes in Syria overnight by a US-led coalition", "would raise a reported chemical
    weapons attack by forces loyal to ...")."""
    head = by.head
    if head.lemma_.lower() in VIOLENT_VERBS | ATTACK_NOUNS or head.lower_ in ATTACK_NOUNS:
        return head
    doc = by.doc
    for i in range(by.i - 1, max(by.sent.start, by.i - 5) - 1, -1):
        t = doc[i]
        if t.lower_ in ATTACK_NOUNS and t.pos_ == "NOUN":
            return t
        if t.is_punct or t.pos_ == "VERB":
            break
    return head


def _backing(tok) -> bool:
    """Whether an attack noun or verb helps another actor: "backed by Russian airstrikes", "backed by air
    strikes launched by the US-led coalition", "with the support of Russian jets"."""
    x = tok
    for _ in range(4):
        if x.dep_ == "acl" or x.dep_ in ("conj", "compound", "amod"):
            x = x.head
            continue
        if x.dep_ == "pobj" and x.head.lower_ in ("by", "with", "from") and \
                x.head.head.lemma_.lower() in BACKING_LEMMAS:
            return True
        if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lemma_.lower() in ("support", "cover", "help"):
            return True
        break
    return False


def _used_weapon(used) -> bool:
    """"chemical weapons used by the regime": a weapon; "crossings used by terrorists": no weapon."""
    if used.pos_ == "NOUN":               # "the brutal use of toxic gas by the criminal regime"
        of = next((c for c in used.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return of is not None and any(t.lower_ in WEAPON_WORDS for t in of.subtree)
    thing = _passive_thing(used)
    return thing is not None and any(t.lower_ in WEAPON_WORDS for t in thing.subtree if t.i <= used.i)


def _accused_in_passive(verb):
    """The party accused in the passive of one deed ("were accused of killing 40 people", "is accused of the
    attack on the camp"), or None: not of other things ("accused of helping the rebels"), nor of a record
    ("has been accused of killing thousands since 2023", "is often accused of abuses"), nor a party told only
    by a pronoun ("which has been accused of ...")."""
    if verb.lemma_.lower() != "accuse" or verb.pos_ != "VERB" or \
            not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in PRONOUN_ACTORS or not is_actor(subj):
        return None
    # "accused by activists of killing": the parser hangs the deed's "of" on the accuser
    by = [w for c in verb.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
    of = next((c for h in [verb, *by] for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = None if of is None else next((c for c in of.children if c.dep_ in ("pcomp", "pobj")), None)
    if what is None or not _names_accused_deed(what):
        return None
    words = list(of.subtree)
    told = " ".join(t.text for t in verb.subtree)
    if any(t.lower_ in RECORD_COUNTS for t in words) or RECORD_SPAN_RE.search(told) or \
            any(c.dep_ == "advmod" and c.lower_ in ONGOING_WORDS | REPEATED_ADVERBS | {"often", "long", "widely"}
                for c in [*verb.children, *words]) or not _one_deed(what):
        return None
    return subj


def _one_deed(what) -> bool:
    """Whether an accusation's deed is one deed, this incident's: told with a figure ("of killing at least 40
    people"), or done to one thing named definitely ("of burning the village", "of the attack on the bus"); not deeds
    told in the plural ("of massacres of civilians", "of targeting hospitals and markets", "of using drone strikes
    against civilians during that war")."""
    if any(t.like_num for t in what.subtree):
        return True
    done_to = next((c for c in what.children if c.dep_ == "dobj"), None) if what.pos_ in ("VERB", "AUX") else what
    return done_to is not None and done_to.tag_ in ("NN", "NNP") and not done_to.conjuncts and \
        any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in done_to.children)


ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "report"})


def _carried_word(verb) -> bool:
    """ "a statement carried by its Radio Andalus", "a report carried by the state news agency": words carried, no
    deed ("carried out by" is one)."""
    return verb.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _accused_party_cleared(verb):
    """The party named after "against" in the accusations a denial rejects ("rejected the accusations against the
    armed forces", "dismissed what he called 'unfounded accusations' against the army"; "against its fighters": the
    denier), with the words that name it, or None."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    for t in verb.subtree:
        if t.lemma_.lower() in ACCUSATION_NOUNS and t.tag_ == "NNS" and t.i > verb.i:
            party = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "against"
                          for g in c.children if g.dep_ == "pobj"), None)
            if party is None:   # "rejected accusations that army units had taken part in the killings"
                party = next((g for c in t.children if c.dep_ in ("acl", "ccomp") and _a_deed_told(c)
                              for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if party is not None and any(c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in party.children):
                own = next((c for c in verb.children if c.dep_ == "nsubj" and is_actor(c)), None)   # "its fighters"
                return (own, party) if own is not None else None
            if party is not None and is_actor(party) and party.lower_ not in PRONOUN_ACTORS:
                return party, party
    return None


def _a_deed_told(verb) -> bool:
    """Whether a clause tells a violent deed or a part in one: "had taken part in the killings", "were involved",
    "carried out the strike", "had shelled the market"."""
    return verb.lemma_.lower() in ACCUSED_DEEDS or verb.lower_ == "involved" or any(
        t.lower_ in ATTACK_NOUNS | FIGHTING_NOUNS or t.lemma_.lower() in ACCUSED_DEEDS | {"involve"}
        for t in verb.subtree)


def _accused_of_other_things(verb, obj) -> bool:
    """"accused Iran of helping Syria", "accuse Damascus of having a stockpile", "accused the United States
    of looking the other way": an accusation, but not of violence."""
    of = next((c for c in list(verb.children) + list(obj.children) if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = None if of is None else next((c for c in of.children if c.dep_ in ("pcomp", "pobj")), None)
    if what is None or _names_accused_deed(what):
        return False
    # the deed's "of" may hang past the party's own "of", inside it: "fighters of the CODECO militia of the massacre"
    return not any(_of_a_deed(c) for c in obj.subtree if c.i != of.i)


def _of_a_deed(prep) -> bool:
    """Whether the word is an "of" whose object is a violent deed ("of the massacre", "of carrying out a reprisal")."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        g.dep_ in ("pobj", "pcomp") and _names_accused_deed(g) for g in prep.children)


def _names_accused_deed(what) -> bool:
    """Whether the object of an accusation's "of" is a violent deed: "of having planted the mines", "of the
    explosion", "of being behind the attack"."""
    if what.lemma_ in ("be", "stand"):   # "of being behind the explosion", "of being responsible for it", "of
        what = _deed_of_being(what)       # standing behind the attack"
        if what is None:
            return False
        if what.lower_ in ("it", "this", "that"):
            return True                   # "of being behind it": the deed told before
    words = {what.lemma_.lower(), what.lower_} | {t.lemma_.lower() for t in what.children if t.dep_ in ("dobj",)}
    # "of massacring civilians", the parser reading the deed as the victims' adjective
    words |= {t.lemma_.lower() for t in what.children if t.dep_ == "amod" and t.tag_ == "VBG"}
    return bool(words & (ACCUSED_DEEDS | WEAPON_WORDS | PLANTED_BOMBS | ATTACK_NOUNS))


def _deed_of_being(be):
    """The deed in "being behind the explosion" or "being responsible for the attack", or None."""
    for c in be.children:
        if c.dep_ == "prep" and c.lower_ == "behind":
            heads = [c]
        elif c.dep_ == "acomp" and c.lower_ == "responsible":
            heads = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
        else:
            continue
        deed = next((g for h in heads for g in h.children if g.dep_ == "pobj"), None)
        if deed is not None:
            return deed
    return None


REPELLING_LEMMAS = frozenset({"repel", "repulse"})
GROUND_VERBS = frozenset({"take", "capture", "recapture", "retake", "seize", "regain", "overrun", "encircle",
                          "surround", "liberate", "enter", "control", "besiege"})


def _taking_ground(verb) -> bool:
    """"Government forces regained control of Qaryatayn", "rebels seized ground", "the army had retaken the
    town", "the SDF have besieged the city": who holds a place, not who is blamed, unless the same clause kills
    ("took the town, killing 30 civilians"). Who repelled an attack answered it, killing or not ("the army said it
    repelled an RSF attack, killing 20 of the assailants": the RSF is blamed, by "an RSF attack")."""
    if verb.lemma_.lower() in REPELLING_LEMMAS:
        return True                        # who fought off an attack is not whom it is blamed on, whoever died
    if verb.lemma_.lower() not in GROUND_VERBS:
        return False
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in ("kill", "die", "execute", "massacre", "wound", "injure"):
        return False                       # "135 people were killed as the armed group captured the suburb"
    return not any(t.lemma_.lower() in ("kill", "execute", "massacre", "wound", "injure") for t in verb.subtree)


def _blamed_with(obj) -> list:
    """The other parties blamed together with `obj`, joined by "and": "accused the RSF and its allied militias",
    "held the SDF and the Syrian regime responsible". Each is blamed whole; "or" names one party of two, and is
    left as written."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in obj.children):
        return []
    verb = obj.head
    # ("accused terrorists and the opposition of using the ceasefire": "of" hung on the last party tells what)
    return [c for c in obj.children if c.dep_ == "conj" and c.i > obj.i and can_be_blamed(c) and is_actor(c) and
            not (verb.lemma_.lower() == "accuse" and _accused_of_other_things(verb, c))]


def _held_responsible_for_no_deed(verb) -> bool:
    """ "held the international coalition and Russia responsible for their silence", "held the government
    responsible for the crisis": what a party answers for is no incident."""
    fors = [c for t in verb.subtree if t.lower_ == "responsible" or t.i == verb.i
            for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(g.lemma_.lower() in NON_INCIDENTS for f in fors for g in f.children if g.dep_ == "pobj")


def _blamed_for_no_incident(verb) -> bool:
    """"the crisis, which she blamed directly on Assad"; "blamed terrorists for killings in Homs and elsewhere
    during the almost year-long rebellion": blame for a whole conflict, not for an incident."""
    thing = None
    if verb.dep_ == "relcl":
        thing = verb.head
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is not None and dobj is not None and dobj.lower_ not in ("which", "that"):
        thing = dobj
    if thing is not None and thing.lemma_.lower() in NON_INCIDENTS:
        return True
    for_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if for_ is not None:
        words = {t.lemma_.lower() for t in for_.subtree}
        if words & (NON_INCIDENTS | CAMPAIGN_NOUNS) or {"elsewhere", "since"} & words:
            return True
    fors = [for_] if for_ is not None else []
    fors += [c for c in (dobj.children if dobj is not None else ()) if c.dep_ == "prep" and c.lower_ == "for"]
    # "blamed the remnants of the former regime for spreading fabricated reports", however "for" is hung
    if any({t.lower_ for t in f.subtree} & TOLD_NOT_DONE for f in fors):
        return True
    return _blamed_for_a_series(verb, thing)


# A sentence telling of attacks over a span: "has been hit several times in the past years", "several bombings
# in recent months".
RECURRENCE_RE = re.compile(r"\b(?:(?:several|many|numerous|multiple|repeated)\s+times|repeatedly|frequently|regularly|"
                           r"(?:in|over)\s+(?:the\s+)?(?:past|recent|last|previous)\s+(?:few\s+)?(?:years|months|weeks)|"
                           r"a\s+(?:series|string|spate|wave)\s+of|(?:several|numerous|multiple|repeated|frequent)\s+"
                           r"(?:attacks|bombings|explosions|blasts|strikes|raids))\b", re.IGNORECASE)


def _blamed_for_a_series(verb, thing) -> bool:
    """"Al-Raqw market has been hit several times in the past years, with the Houthis blaming Saudi border guards
    for the attacks", "the town has seen several bombings in recent months, which Turkey has blamed on the YPG":
    blame for a run of earlier attacks, told as the place's record, not for this incident."""
    if not RECURRENCE_RE.search(verb.sent.text):
        return False
    blamed = [thing] if thing is not None else []
    blamed += [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "for"]
    if any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        blamed += [t for t in verb.sent if t.i < verb.i]    # ", which Turkey has blamed on the YPG": told before
    return any(t.tag_ == "NNS" and t.lower_ in ATTACK_NOUNS for t in blamed)


# What a party is blamed for when it is blamed for words, not deeds: "for spreading fabricated reports".
TOLD_NOT_DONE = frozenset({"spreading", "reports", "rumours", "rumors", "lies", "propaganda", "disinformation",
                           "misinformation", "fabrications", "allegations", "fake", "narrative", "narratives"})


THE_ALLEGATIONS_RE = re.compile(r"\b[Tt]he (?:allegations?|accusations?|charges?|claims)\b(?! (?:against|that)\b)")
STATE_ACTOR_WORDS = frozenset({"government", "regime", "army", "forces", "troops", "military", "soldiers",
                               "authorities", "police"})
LOOKBACK_SENTENCES = 6


def _last_state_accused(sent) -> str | None:
    """The state actor accused in the nearest of the few sentences before `sent`, as written."""
    doc = sent.doc
    cache = doc.user_data.setdefault("sitrep_perp_sents", {})
    before = [s for s in doc.sents if s.end <= sent.start][-LOOKBACK_SENTENCES:]
    for prev in reversed(before):
        key = (prev.start, prev.end)
        if key not in cache:
            cache[key] = sentence_perpetrators(prev)
        for perp, stance, *_ in reversed(cache[key]):
            if stance == "accuses" and set(perp.lower().split()) & STATE_ACTOR_WORDS and \
                    not set(perp.lower().split()) & ENEMY_WORDS:
                return perp
    return None


CLAIMANT_NAME_RE = re.compile(r"(?:[Tt]he )?(?P<name>.+?) (?:terror|terrorist|militant|jihadist|extremist|"
                              r"armed|insurgent|rebel) (?:group|organi[sz]ation|network)")


def _named(actor: str) -> bool:
    """Whether an actor is named ("DAESH", "the Islamic State group", "the al-Shabab militant group") rather than
    described ("the group")."""
    return any(w[:1].isupper() or PARTICLE_NAME_RE.match(w) for w in actor.split()
               if w.lower() not in ("the", "a", "an"))


PARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")     # "al-Shabab", "al-Qaeda", "ad-Dawla"


def _earlier_named_claim(sent) -> bool:
    doc = sent.doc
    cache = doc.user_data.setdefault("sitrep_perp_sents", {})
    for prev in [s for s in doc.sents if s.end <= sent.start]:
        key = (prev.start, prev.end)
        if key not in cache:
            cache[key] = sentence_perpetrators(prev)
        if any(st == "claims_responsibility" and _named(p) for p, st, *_ in cache[key]):
            return True
    return False



def _held_by(tok) -> bool:
    """"government-held", "rebel-controlled", "Kurdish-majority": the word says who holds or lives in a place,
    not who attacked ("Saudi-led", "Iranian-backed" stay: they are part of an actor's name)."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in (
        "held", "controlled", "run", "dominated", "besieged", "occupied", "populated", "majority",
        "made", "built", "supplied", "designed", "manufactured")    # "Russian-made missiles": whose make, not who fired


def _place_not_actor(tok) -> bool:
    """A city or region named before an attack noun says where, not who: "Idlib strikes", "Aleppo shelling".
    The small model often tags such names ORG; the gazetteer knows them."""
    low = tok.lower_
    if low in COUNTRY_ACTORS or low.rstrip("'s") in COUNTRY_ACTORS or low in ACTOR_HEADS or low in ACTOR_MODIFIERS:
        return False
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if tok.ent_type_ == "NORP" and _demonym(low):
        return False                        # "Syrian", "Houthi": a people, the small model's NORP
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "PERSON", "", "NORP") and _known_place(tok.text)


def _known_place(name: str) -> bool:
    try:
        from sitrep.gazetteer import default_gazetteer, name_key
        return name_key(name) in default_gazetteer().names
    except Exception:                      # no gazetteer data: keep the actor
        return False


# each skips a sentence without the words it needs (extract/literal_guard.py); the same matches
DENY_RE, HEDGE_RE, NOT_ITS_DOING_RE, CLAIM_RE, DENIAL_RE, AGAINST_RE, CLAIMED_BY_RE, NEITHER_NOR_RE, THE_ALLEGATIONS_RE = (
    guarded(rx) for rx in (DENY_RE, HEDGE_RE, NOT_ITS_DOING_RE, CLAIM_RE, DENIAL_RE, AGAINST_RE, CLAIMED_BY_RE,
                           NEITHER_NOR_RE, THE_ALLEGATIONS_RE))
ACRONYM_CLAIM_RE = guarded(ACRONYM_CLAIM_RE)
ACCUSATION_DENIED_RE = guarded(ACCUSATION_DENIED_RE)
ARGUED_BLAME_RES = [guarded(rx) for rx in ARGUED_BLAME_RES]


def _for_this_deed(tok) -> bool:
    """"responsible", "responsible for the killings", "behind the ambush": a deed, told as one ("the attack"),
    not a record ("responsible for many crimes") or a duty ("responsible for the funerals")."""
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
            if g.dep_ == "pobj"] if tok.lower_ == "responsible" else [c for c in tok.children if c.dep_ == "pobj"]
    if tok.lower_ == "responsible" and not objs:
        return not any(c.dep_ == "prep" for c in tok.children)
    return any((g.lower_ in CLAIMED_DEEDS or g.lower_ in ATTACK_NOUNS or g.lower_ in ("deaths", "death")) and
               not any(c.dep_ in ("amod", "nummod") and c.lower_ in ("many", "several", "numerous", "countless",
                                                                      "other", "previous", "past")
                       for c in g.children) for g in objs)

