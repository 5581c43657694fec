"""Casualty claims: a figure, what happened to the people it counts, and who they were.

For every quantity in a sentence (`numbers.find_quantities`) we look for the word that says what
happened to them (an *outcome trigger*: "killed", "dead", "bodies", "wounded", "kidnapped"...) by
climbing the dependency tree from the figure, the way a reader connects "53 people were killed",
"killed 53", "the death toll rose to 67", "left 120 officers dead" or "bodies of 35". The counted
noun says who the victims were ("civilians", "children", "regime fighters") or that the figure
is not about people at all ("200 tanks", "12 years").

Figures scoped over a war, a year or a campaign ("since March 2011", "the year-long rebellion")
come back flagged with a scope: `incidents` turns them into cumulative tolls.

>>> # see tests/test_casualties.py for worked sentences
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from sitrep.extract.literal_guard import first_of, guarded
from sitrep.extract.not_counted import counts_nobody
from sitrep.extract.numbers import Quantity, find_quantities, parse_number
from sitrep.extract.perpetrators import doc_text_of

# --- word tables -------------------------------------------------------------------------------

# Outcome triggers by lemma (or lower-cased form).
OUTCOME_WORDS: dict[str, str] = {
    **dict.fromkeys(["kill", "killed", "killing", "die", "died", "dead", "death", "deaths", "body", "bodies",
                     "martyr", "martyred", "execute", "executed", "slay", "slain", "slaughter", "massacre",
                     "fatality", "fatalities", "perish", "behead", "beheaded", "assassinate", "toll",
                     "corpse", "corpses", "life", "lives", "shoot dead", "drown", "gas", "murder",
                     "murdered", "victim", "victims", "eliminate", "eliminated", "neutralise", "neutralised",
                     "neutralize", "neutralized", "succumb", "succumbed", "deceased",
                     # state and army media: "led to the martyrdom of nine soldiers", "the shahadat of ten soldiers"
                     "martyrdom", "shahadat", "lynch", "lynched"], "killed"),
    **dict.fromkeys(["injure", "injured", "wound", "wounded", "hurt", "injury", "injuries", "maim"], "injured"),
    **dict.fromkeys(["missing", "disappear", "disappeared", "unaccounted"], "missing"),
    **dict.fromkeys(["abduct", "abducted", "kidnap", "kidnapped", "hostage", "hostages", "captive",
                     "captives", "abduction", "capture", "captured"], "abducted"),
    **dict.fromkeys(["arrest", "arrested", "detain", "detained", "detention", "detainee", "detainees"],
                    "arrested"),
    **dict.fromkeys(["displace", "displaced", "flee", "fled", "refugee", "refugees", "uproot"], "displaced"),
}
# An army's "neutralised" is a death (`OUTCOME_WORDS`), unless the story says the word also covers the captured or
# those who surrendered, as stories on Turkey's defence ministry do: "Turkish authorities use the term 'neutralize'
# to imply the terrorists in question surrendered or were killed or captured".
NEUTRALISED_RE = re.compile(r"\bneutrali[sz]\w*", re.IGNORECASE)
NEUTRALISED_GLOSS_RE = re.compile(r"\b(?:use|uses|used|using)\s+the\s+(?:term|word|verb)\s+\W?neutrali[sz]\w*\W*"
                                  r"[^.]{0,80}?\b(?:captured|surrendered|wounded|arrested)\b", re.IGNORECASE)


def neutralised_not_killed(text: str) -> bool:
    """Whether the story tells that its "neutralised" counts the captured or surrendered too, not only the dead."""
    return bool(NEUTRALISED_GLOSS_RE.search(text))


# Triggers that only count when something else in the phrase confirms a casualty sense.
WEAK_TRIGGERS = frozenset({"life", "lives", "victim", "victims", "gas", "capture", "captured", "toll"})
# Verbs that take the killer as subject: the subject of "killed" is not a victim.
TRANSITIVE = frozenset({"eliminate", "neutralise", "neutralize", "kill", "wound", "injure", "execute", "abduct", "kidnap", "arrest", "detain", "massacre",
                        "behead", "slaughter", "capture", "murder", "displace", "hurt", "slay", "assassinate",
                        "shoot", "stab", "gun", "lynch"})
# "the death toll rose to 67", "put the toll at 494": a verb whose subject/object is a toll.
TOLL_VERBS = frozenset({"rise", "climb", "reach", "stand", "increase", "jump", "put", "hit", "be", "mount",
                        "surge", "soar", "bring", "raise", "estimate", "exceed", "top", "take", "push", "surpass"})

VICTIM_NOUNS: dict[str, str] = {
    **dict.fromkeys(["civilian", "civilians", "citizen", "citizens", "worshipper", "worshippers",
                     "shopper", "shoppers", "passenger", "passengers", "farmer", "farmers",
                     "pupil", "pupils", "student", "students", "noncombatant", "noncombatants"], "civilians"),
    **dict.fromkeys(["child", "children", "kid", "kids", "boy", "boys", "girl", "girls", "infant", "infants",
                     "baby", "babies", "minor", "minors", "toddler", "toddlers", "schoolchildren", "schoolgirls",
                     "schoolboys", "teenagers", "teens", "orphans"], "children"),
    **dict.fromkeys(["woman", "women", "mother", "mothers"], "women"),
    **dict.fromkeys(["soldier", "soldiers", "officer", "officers", "policeman", "policemen", "police",
                     "troops", "trooper", "troopers", "serviceman", "servicemen", "personnel", "guard",
                     "guards", "conscript", "conscripts", "agent", "agents", "pilot", "pilots",
                     "gendarmes", "marines", "sailors", "airmen", "recruits", "cadets", "security"],
                    "security_forces"),
    **dict.fromkeys(["rebel", "rebels", "fighter", "fighters", "militant", "militants", "jihadist",
                     "jihadists", "militiaman", "militiamen", "militia", "insurgent", "insurgents",
                     "terrorist", "terrorists", "gunman", "gunmen", "commander", "commanders",
                     "combatant", "combatants", "extremist", "extremists", "mercenary", "mercenaries",
                     "member", "members", "leader", "leaders", "jihadi", "jihadis", "bomber", "bombers",
                     "heads", "loyalists", "deserters", "attacker", "attackers"], "combatants"),
    **dict.fromkeys(["protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                     "mourner", "mourners"], "protesters"),
    **dict.fromkeys(["medic", "medics", "doctor", "doctors", "nurse", "nurses", "journalist", "journalists",
                     "paramedic", "paramedics", "rescuer", "rescuers", "volunteer", "volunteers",
                     "crew", "workers", "worker", "staff", "reporters", "reporter", "teacher", "teachers"],
                    "other"),
}
ALL_NOUNS = frozenset({"people", "person", "persons", "others", "other", "individual", "individuals",
                       "resident", "residents", "villager", "villagers", "victim", "victims", "body",
                       "bodies", "dead", "casualties", "family", "man", "men", "inhabitants", "syrians",
                       "townspeople", "those", "corpses", "lives", "life", "refugees", "refugee", "human",
                       "humans", "persons", "ones", "patient", "patients", "wounded", "injured"})
# Modifiers that say which side a fighter is on: "regime fighters" are security forces.
STATE_SIDE = frozenset({"regime", "government", "army", "pro-government", "pro-regime", "state", "police",
                        "security", "loyalist", "military"})
# Counted nouns that are never people: a figure over them is not a casualty figure.
NOT_PEOPLE = frozenset({
    "tank", "tanks", "vehicle", "vehicles", "year", "years", "month", "months", "week", "weeks", "day", "days",
    "hour", "hours", "minute", "minutes", "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile",
    "miles", "metre", "metres", "meter", "meters", "percent", "%", "dollar", "dollars", "euro", "euros",
    "pound", "pounds", "lira", "time", "times", "rocket", "rockets", "shell", "shells", "missile", "missiles",
    "strike", "strikes", "airstrikes", "raid", "raids", "bomb", "bombs", "round", "rounds", "mortar", "mortars",
    "aircraft", "jet", "jets", "plane", "planes", "helicopter", "helicopters", "drone", "drones", "village",
    "villages", "town", "towns", "house", "houses", "home", "homes", "building", "buildings", "point", "points",
    "position", "positions", "sortie", "sorties", "target", "targets", "refinery", "refineries", "attack",
    "attacks", "weapon", "weapons", "unit", "units", "truck", "trucks", "car", "cars", "bus", "buses", "gun",
    "guns", "barrel", "barrels", "ton", "tons", "tonnes", "litre", "litres", "acre", "acres", "hectare",
    "hectares", "page", "pages", "a.m.", "p.m.", "am", "pm", "gmt", "o'clock", "floor", "floors", "occasion",
    "occasions", "resolution", "article", "gas", "site", "sites", "school", "schools", "hospital", "hospitals",
    "case", "cases", "incident", "incidents", "violation", "violations", "massacres", "operation", "operations",
    "checkpoint", "checkpoints", "family", "families", "batallion", "battalion", "battalions", "brigade",
    "brigades", "group", "groups", "faction", "factions", "front", "fronts", "neighborhood", "neighbourhood",
    "neighborhoods", "neighbourhoods", "district", "districts", "province", "provinces", "city", "cities",
    "country", "countries", "nation", "nations", "state", "states", "member-states", "seat", "seats", "vote",
    "votes", "billion", "ballistic", "storey", "story", "stories", "grave", "graves", "camp", "camps",
    "crossing", "crossings", "border", "hand", "hands", "part", "parts", "area", "areas", "locality",
    "localities", "zone", "zones", "base", "bases", "bridge", "bridges", "kg", "feet", "foot", "inch", "inches",
    "page", "line", "lines", "road", "roads", "street", "streets", "generation", "decade", "decades",
    "channel", "channels", "station", "stations", "network", "networks", "newspaper", "newspapers",
    "television", "tv", "radio", "agency", "agencies", "image", "images", "photo", "photos", "video", "videos",
    "minute", "second", "seconds", "km2", "square", "sq", "battleground", "battlegrounds", "location", "locations",
    "place", "places", "spot", "spots", "region", "regions", "direction", "directions", "wave", "waves", "barrage",
    "barrages", "salvo", "salvos", "cemetery", "cemeteries", "mosque", "mosques", "market", "markets",
    # the steps an evacuation or a handover is told in: "evacuated in two stages", "in three phases"
    "stage", "stages", "phase", "phases", "batch", "batches",
    # deeds counted, not people: "wounded in two bomb explosions", "killed in two ambushes"
    "explosion", "explosions", "blast", "blasts", "bombing", "bombings", "ambush", "ambushes",
    "project", "projects", "complex", "complexes", "compound", "compounds", "block", "blocks", "hill", "hills",
    "quarter", "quarters", "apartment", "apartments", "flat", "flats", "charge", "charges", "count", "counts",
    "survivor", "survivors",    # people, but told as unharmed: "pulled 14 bodies and 3 survivors from the rubble"
    # places of other wars' administrations: "Russian attacks on 43 settlements injured three people"
    "settlement", "settlements", "oblast", "oblasts", "raion", "raions", "hromada", "hromadas", "governorate",
    "governorates", "municipality", "municipalities", "township", "townships", "hamlet", "hamlets", "county",
    "counties", "island", "islands", "port", "ports", "airport", "airports", "facility", "facilities",
    # what travellers are taken from: "offloading them from two Karachi-bound coaches", "off two minibuses"
    "minibus", "minibuses", "coaches", "van", "vans", "lorry", "lorries", "boat", "boats", "ship", "ships",
    "vessel", "vessels", "train", "trains", "motorcycle", "motorcycles", "motorbike", "motorbikes", "pickup",
    "pickups", "tanker", "tankers", "convoy", "convoys", "ambulance", "ambulances",
})
# A bare number after these prepositions is a time or a step, not a count: "died in 639",
# "since 1982", "the toll rose by 12".
TIME_PREPOSITIONS = frozenset({"in", "since", "until", "till", "by", "before", "after", "during"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec"})
REPORTING = frozenset({"say", "tell", "report", "announce", "state", "add", "claim", "confirm", "accuse",
                       "allege", "deny", "blame", "warn", "quote", "write"})

# Phrases that scope a figure over a war, a year or a campaign: cumulative tolls, not incidents.
_SCOPE_PATTERNS = [
    r"since (?:the )?(?:start|beginning|outbreak|onset|launch|eruption|breakdown|collapse|end|expiry|signing) of (?:the |its |a )?[\w-]+(?: [\w-]+){0,3}",
    r"since (?:the |its |syria'?s )?(?:[\w-]+ ){0,2}(?:conflict|war|uprising|revolt|revolution|crisis|unrest|protests|"
    r"rebellion|fighting|insurgency|violence|coup|invasion|intervention|offensive|takeover|occupation|ceasefire|"
    r"cease-fire|truce)(?: (?:began|started|erupted|broke out|first erupted))?",
    r"since (?:the |its |a )?(?:[\w-]+ ){1,4}in (?:(?:early|mid-?|late) )?(?:(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december) )?(?:of )?(?:19|20)\d\d",
    r"since (?:the |its |a )?(?:[\w.'’-]+ ){0,3}(?:began|started|erupted|broke out|was launched|launched|kicked off|"
    r"collapsed|broke down|broke off|ended|expired|took effect)",
    r"since (?:it|they|he|she|moscow|russia|washington|the coalition) (?:first )?(?:began|started|erupted|broke out|"
    r"intervened|invaded|entered|arrived|joined|launched|took (?:power|over|control)|seized)",
    r"(?:the |its |this |a )?(?:[\w-]+ )?(?:war|conflict|uprising|rebellion|insurgency|crisis) (?:killing|killed|"
    r"has killed|have killed|displacing|displaced)\b",
    r"fled the (?:[\w-]+ )?(?:war|conflict|fighting|violence)\b",
    r"since then",
    # (not a camp's name: "shelled the Abu Shouk camp for internally displaced persons", "an IDP camp")
    r"(?<!for )(?<!of )internally displaced(?! (?:persons?|people)['’]?s?['’]? (?:camps?|sites?|shelters?))",
    r"(?:conflict|war|uprising|rebellion|insurgency|crisis|violence|fighting) (?:that|which) (?:has|have|had) "
    r"(?:so far |since |already |now )?(?:killed|claimed|left|cost|displaced)",
    # "The war that preceded the ceasefire killed more than 4,000": a war told by what it preceded or followed
    r"\b(?:war|conflict|uprising|rebellion|insurgency) (?:that|which) (?:preceded|followed|began|started|broke out|"
    r"erupted)\b[^.;]{0,40}? (?:killed|claimed|left|cost|displaced)\b",
    # "left at least 80 dead and more than 50,000 displaced over several weeks"
    r"(?<!for )\bover (?:several|many|a few|two|three|four|five|six|\d+) (?:weeks|months|years)\b",   # (not "held for over")
    r"since (?:early |mid-?|late )?(?:(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) ?)?(?:of )?(?:19|20)\d\d",
    r"since (?:early |mid-?|late )(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)",
    r"since (?:last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!['’]s)",
    r"\b(?:the|this|last) (?:week|month|year)['’]s\b",
    r"since (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
    r"apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d{1,2}\b",
    r"since (?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
    r"from (?:\w+day,? )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december) \d{1,2}|\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december))(?:,? (?:19|20)\d\d)? (?:to|until|till) (?:\w+day,? )?(?:[a-z]+ \d{1,2}|\d{1,2} [a-z]+)"
    r"(?:,? (?:19|20)\d\d)?",
    r"since \d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b",
    r"(?:year|years|month|months|decade)-(?:long|old) (?:[\w-]+ )?(?:civil war|war|conflict|rebellion|uprising|"
    r"revolt|crisis|insurgency|revolution|campaign|siege|unrest)",
    r"\b[\w-]+-year(?:-old)? (?:[\w-]+ )?(?:civil war|war|conflict|rebellion|uprising|revolt|crisis|insurgency|"
    r"revolution)",
    r"(?:civil war|(?:the|its|[\w-]+['’]s) (?:[\w-]+ )?(?:war|conflict|uprising|rebellion|insurgency|crisis)|"
    # (", now in its third year," told between the war and its toll)
    r"the fighting|the violence)(?: in (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)?(?:,[^,.;]{1,60},|,)? (?:which |that )?"
    r"(?:has|have|had) "
    r"(?:so far |since |already |now )?(?:killed|claimed|left|cost|displaced|forced|uprooted|driven)",
    r"(?:crackdown|backlash|repression|bombing campaign|air campaign|campaign|siege|escalation|battle|offensive)\b[^.;]{0,80}?\b(?:has|have) "
    r"(?:so far |now |already |since )?(?:killed|claimed|left|cost)",
    r"so far this year|this year|last year|in recent (?:weeks|months|years)|over the (?:past|last) (?:[\w-]+ )?"
    r"(?:years|months|weeks)|(?:in|over|during) the (?:past|last) (?:week|fortnight|month|year)\b|"
    r"(?:in|during) the (?:past|last) (?:[\w-]+ )?(?:years|months|weeks)|"
    r"(?:in|over|during) the (?:past|last) (?:\d+|ten|several|few) days|"
    r"\bfirst (?:[\w-]+ )?(?:days|weeks|months) of\b|"
    # since a war's turn told by who made it ("since Russia's full-scale invasion in February 2022")
    r"since (?:the |[\w-]+['’]s )(?:[\w-]+ ){0,2}?(?:invasion|takeover|coup|war|uprising|revolution|insurgency|"
    r"intervention)\b|"
    r"(?:ongoing|continuing|relentless) (?:[\w-]+ )?(?:campaign|offensive|bombardment|siege)|"
    r"\b(?:weeks|months|years) of (?:[\w-]+ )?(?:fighting|clashes|bombing|bombardment|shelling|air ?strikes|battles?|"
    r"siege)\b|"
    r"between (?:the )?\d{1,2}(?:st|nd|rd|th)? and (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)|"
    r"between (?:january|february|march|april|may|june|july|august|september|october|november|december) "
    r"\d{1,2}(?:st|nd|rd|th)? and \d{1,2}\b|"
    # months, years or a war's turns as a span's ends ("killed in the fighting between January and March", "the
    # offensive in January and February", "between December 2023 and February 2025", "between the Taliban takeover
    # and the end of May 2023"), and a share of a year ("in the first half of the year")
    r"(?:between|in) (?:early |mid-?|late )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(?:,? (?:19|20)\d\d)? and (?:early |mid-?|late |the end of )?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b(?! \d{1,2}\b)|"
    r"between (?:19|20)\d\d and (?:19|20)\d\d|"
    r"between the (?:[\w-]+ )?(?:takeover|invasion|coup|ceasefire|truce|withdrawal|uprising) and\b|"
    r"in the (?:first|second|third|last) (?:half|quarter|(?:two|three|four|five|six) months) of (?:the|this|last) "
    r"year\b|in the (?:first|second|third|last) (?:half|quarter) of (?:19|20)\d\d|"
    # since a side took a place: weeks of its rule ("since it took the city on May 21", "since the militants seized
    # the town in June")
    r"since (?:it|they|the (?:group|militants|jihadists|rebels|army|junta|RSF|militia)) (?:took|seized|captured|"
    r"overran|entered|took over|took control of) (?:the |a )?(?:city|town|area|region|province|village|district)\b|"
    r"(?:from|since) the (?:very )?(?:beginning|start|outset|onset) of (?:the |its |this |their )?(?:[\w-]+ )?"
    r"(?:campaign|offensive|operation|war|conflict|siege|escalation|year|month)\b|"
    r"in the (?:past|last) (?:[\w-]+ )?(?:years|months)|across the country|nationwide|"
    r"to date|throughout the (?:war|conflict)|in (?:[\d/-]+|two|three|four|five|six|seven) (?:1/2 )?years",
    # a habit ("kill hundreds of people every year") and a year of many deeds ("862 civilians killed in sub-national
    # violence in 2023", "killed in air strikes in 2024 alone"); not one deed dated by its year ("a bombing in 2019")
    r"\b(?:every|each) (?:year|month)\b|\bper year\b|\bannually\b",
    r"\b(?:violence|fighting|clashes|attacks|strikes|air ?strikes|airstrikes|raids|incidents|shelling|bombings|"
    r"conflicts?|hostilities)\b[^.;]{0,80}?\b(?:in|during|throughout) (?:19|20)\d\d\b(?! [a-z])",
    # a part of a longer sum told by its own span: "in 2024 alone", "during this week alone", "at the end of
    # January alone"
    r"\b(?:(?:19|20)\d\d|(?:this|that|last|the) (?:week|month|year)|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)) alone\b",
    # a tally of every front: "lost up to 1,230 servicemen over the past day in all areas", "along the entire
    # front line"
    r"\bin all (?:areas|directions|sectors|axes)\b|\balong the (?:entire|whole) front(?:[ -]?line)?\b",
]
SCOPE_RE = first_of(_SCOPE_PATTERNS, re.IGNORECASE)   # = re.compile("|".join(...)), searched sooner
SUPERLATIVE_RE = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|most \w+|single|first|second|third)\b"
                            r"[^,.;]{0,50}$", re.IGNORECASE)
# A superlative that ranks one incident among the war's ("making it one of the deadliest single incidents in the
# 16-month-old war", "the worst single incident in the four-year-old conflict", "the deadliest attack in Plateau state
# in the decade-long conflict"), or places it in a series ("the latest attack on civilians in the four-year conflict",
# "the latest in a string of attacks in the six-year-old war"): the war is the yardstick, the figure the incident's.
# Not a day's ("the bloodiest day of the war": a sum over the country).
# One incident: a singular noun, or one of the plural ones ("the deadliest attacks in recent weeks have killed 150"
# sums them).
_RANKED = r"(?:deadliest|worst|bloodiest|latest|newest|most\s+\w+)\s+(?:single\s+)?(?:[\w-]+\s+){0,2}?"
INCIDENT_RANK_RE = re.compile(r"(?:\bone\s+of\s+the\s+" + _RANKED + r"(?:attacks|incidents|strikes|air\s*strikes|airstrikes|"
                              r"bombings|massacres|assaults|raids|ambushes|blasts|explosions)|\b" + _RANKED +
                              r"(?:attack|incident|strike|air\s*strike|airstrike|bombing|massacre|assault|raid|ambush|blast|"
                              r"explosion)|\blatest\s+in\s+an?\s+(?:[\w-]+\s+)?(?:string|series|spate|wave|spiral)\s+of\s+\w+)"
                              r"\b[^,.;]{0,60}$", re.IGNORECASE)
# The series' own sum told after its span: "the latest in a string of IED explosions since May, in which more than 20
# security officers have been killed" (the twenty are the string's, not this attack's).
SERIES_SUM_RE = re.compile(r",\s*(?:in which|which (?:have|has) (?:so far )?(?:killed|left|claimed))\b", re.IGNORECASE)
# A span of days, not of weeks or a war ("since Monday", "in the past 24 hours", "since dawn"): one attack or one
# battle told over the days it lasted is an incident, not a toll (tolls sum "a whole war, a year, a campaign of
# many weeks", in the guidelines' words)
SHORT_SPAN_RE = re.compile(r"\b(?:since (?:(?:last|early|late) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                           r"yesterday|dawn|morning|last night|the weekend)|(?:24|48|72) hours|two days|three days|"
                           r"overnight|"
                           r"between (?:january|february|march|april|may|june|july|august|september|october|november|"
                           r"december) \d{1,2}(?:st|nd|rd|th)? and \d{1,2})\b",
                           re.IGNORECASE)
# What makes a few days' figure a sum all the same: a campaign, or many places ("killed in the bombing campaign on
# Syria's towns and cities since Tuesday").
WIDE_RE = re.compile(r"\b(?:campaigns?|towns|cities|villages|areas|provinces|regions|governorates|across|nationwide)\b",
                     re.IGNORECASE)
# Where people went, not where the figure was counted: "fled Abu Zabad, most of them towards El Obeid and villages".
DESTINATION_BEFORE_RE = re.compile(r"\b(?:towards?|into|to)\b[^,.;]*$", re.IGNORECASE)


def _widened(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence part names many places or a campaign for its figure (`WIDE_RE`), leaving out the places
    people fled to."""
    return any(not DESTINATION_BEFORE_RE.search(text, max(lo, m.start() - 50), m.start())
               for m in WIDE_RE.finditer(text, lo, hi))


# Scopes over space only: with one day named they do not make a toll.
PLACE_ONLY_SCOPES = frozenset({"across the country", "nationwide"})
ONE_DAY_RE = re.compile(r"\b(?:on |last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|"
                        r"\btoday\b|\bovernight\b|\bthe (?:previous|same) day\b|\bthe day before\b", re.IGNORECASE)


@dataclass
class FoundClaim:
    """A casualty figure found in a sentence, before attribution: the Quantity, the outcome, the
    victims, the evidence char offsets, the number token index and the scope if it is a toll."""

    quantity: Quantity
    outcome: str
    victims: str
    evidence_start: int
    evidence_end: int
    token_i: int
    scope: str | None = None
    parent: "FoundClaim | None" = None
    anaphoric: bool = False     # "she was pronounced dead": someone a figure may already count


def sent_end(tok) -> int:
    """Index after the last token of `tok`'s sentence (cheaper than `tok.sent`, which rescans the doc)."""
    doc, i = tok.doc, tok.i + 1
    while i < len(doc) and not doc[i].is_sent_start:
        i += 1
    return i


def sent_start(tok) -> int:
    """Index of the first token of `tok`'s sentence."""
    doc, i = tok.doc, tok.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    return i


# Verbs of giving shelter, and what shelters: their displaced people are the ones who lived there.
SHELTER_VERBS = frozenset({"house", "shelter", "host", "accommodate", "harbour", "harbor", "hold"})
DWELL_VERBS = frozenset({"live", "stay", "shelter", "reside", "sleep", "camp", "crowd", "take"})
SHELTER_NOUNS = frozenset({"shelter", "shelters", "camp", "camps", "school", "schools", "tent", "tents", "home",
                           "homes", "centre", "center", "centres", "centers", "site", "sites"})


def _sheltered(noun) -> bool:
    """People a place houses: "a school sheltering 700 displaced people", "the camp hosts 40,000 displaced
    people", "home to 1.5 million displaced people", "a shelter for 300 displaced families", "where 500
    displaced people were staying"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in SHELTER_VERBS:
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in DWELL_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ in ("to", "for") and head.head.lower_ in SHELTER_NOUNS:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in DWELL_VERBS for c in noun.children)


def outcome_word_end(sent, after_char: int, outcome: str, window: int = 12) -> int | None:
    """Where the first word within `window` words after character `after_char` of the sentence that tells
    `outcome` ends ("At least 11 civilians among them three children were killed": "killed"); None if none."""
    words = [t for t in sent if t.idx >= after_char][:window]
    return next((t.idx + len(t.text) for t in words if _trigger_outcome(t) == outcome), None)


def _trigger_outcome(tok) -> str | None:
    if tok.pos_ in ("VERB", "AUX", "ADJ") and _violent_death(tok):
        return "killed"
    if tok.lemma_.lower() == "survive" and any(c.dep_ == "neg" for c in tok.children):
        return "killed"     # "two did not survive"
    if tok.lower_ == "shot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return None         # "140 drones, of which 95 were shot down": aircraft, drones and missiles, not people
    if tok.lower_ == "shot" and tok.pos_ == "VERB" and not any(c.dep_ == "prep" and c.lower_ == "at" and not (
            _passive(tok) and any(g.dep_ == "pobj" for g in c.children)) for c in tok.children):
        # "gunmen shot at the convoy" fired at it; "seven people were shot at a house party" were hit there
        if any(c.lemma_.lower() in ("kill", "murder") for c in tok.conjuncts):
            return "killed"     # "shot and killed"
        return "injured"    # "four people were shot outside a catering hall": hit, and not said to have died
    if tok.lemma_.lower() == "stab" and tok.pos_ == "VERB":
        # "an assailant stabbed three people at a bus stop": hurt, unless stabbed to death (`_violent_death`) or killed
        return "killed" if any(c.lemma_.lower() in ("kill", "murder") for c in tok.conjuncts) else "injured"
    if tok.lemma_.lower() == "evacuate" and tok.pos_ == "VERB":
        # "forcing at least 50 people to evacuate", "with 50 residents evacuated" (not the wounded
        # "evacuated to hospital", who are counted as wounded)
        cared = any(t.lower_ in CARE_WORDS for t in tok.subtree) or any(
            t.lower_ in CARE_WORDS for t in tok.head.subtree
            if t.i < tok.i and tok.head.i != tok.i and tok.dep_ in ("acl", "amod", "relcl"))
        return None if cared else "displaced"
    if tok.lemma_.lower() in ("leave", "abandon") and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in HOMES and any(p.dep_ == "poss" for p in c.children) for c in tok.children):
        return "displaced"  # "forced about 400 people to leave their homes" (not "left the houses in ruins")
    if _treated(tok) or _hospitalised(tok):
        return "injured"    # "doctors were still treating 12 people", "nine others were hospitalised"
    if _taken_away(tok):
        return "abducted"   # "47 people were taken away", "the gunmen took away at least seven people"
    if tok.lemma_.lower() in SEARCH_VERBS and _passive(tok) and any(c.lower_ == "still" for c in tok.children) and \
            not any(c.dep_ == "nsubjpass" and c.lower_ in WANTED for c in tok.children):
        return "missing"    # "around ten soldiers are still being sought" (not "two suspects are still sought")
    if tok.lower_ == "remains" and tok.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of"
                                                             for c in tok.children):
        return "killed"     # a grave's "remains of at least 21 people" (not "the toll remains at 12")
    return OUTCOME_WORDS.get(tok.lower_) or OUTCOME_WORDS.get(tok.lemma_.lower())


SEARCH_VERBS = frozenset({"seek", "search", "look"})
HOMES = frozenset({"home", "homes", "house", "houses", "village", "villages", "town", "towns"})


def _taken_away(verb) -> bool:
    """Whether `verb` is "take away" told of people seized: "47 people were taken away, among them 21 women",
    "gunmen took away at least seven people"; not the wounded or the dead carried off ("taken away in
    ambulances", "the bodies were taken away")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "take":
        return False
    if _passive(verb) and any(g.dep_ == "pobj" and g.lower_ in WANTED | SEIZERS for a in verb.children
                              if a.dep_ == "agent" for g in a.children):
        return True     # "two shepherds were taken by the attackers", "taken by bandits"
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children):
        return False
    return not any(t.lower_ in CARE_WORDS or t.lemma_.lower() in ("ambulance", "body", "corpse", "remains")
                   for t in verb.subtree)


# Herds raided, rustled or killed are no casualties ("stole 300 cattle", "killed 40 camels").
ANIMALS = frozenset({"cow", "cows", "cattle", "sheep", "goat", "goats", "camel", "camels", "livestock", "donkey",
                     "donkeys", "horse", "horses", "animal", "animals", "herd", "herds", "chicken", "chickens",
                     "ox", "oxen", "bull", "bulls", "pig", "pigs"})
CARE_WORDS = frozenset({"hospital", "hospitals", "clinic", "treatment", "medical", "medically", "wounded", "injured",
                        "casualties", "bodies"})
WANTED = frozenset({"suspect", "suspects", "gunman", "gunmen", "shooter", "shooters", "attacker", "attackers",
                    "assailant", "assailants", "killer", "killers", "perpetrator", "perpetrators"})
# Armed men who seize people: "taken by bandits", "taken by the militants" (with `WANTED`'s attackers).
SEIZERS = frozenset({"bandits", "kidnappers", "militants", "fighters", "rebels", "insurgents", "jihadists",
                     "militiamen", "militia", "abductors", "captors", "terrorists", "pirates"})


# How people are treated that is no care for a wound: "treated with respect", "with contempt".
MANNER_OF_TREATMENT = frozenset({"respect", "dignity", "contempt", "suspicion", "disdain", "kindness", "fairness",
                                 "humanity", "impunity"})


def _treated(verb) -> bool:
    """Whether `verb` is "treat" told of people cared for: "were treated in hospital", "still treating 12
    people", "treated with minor injuries", "treated for shock"; not "treated as terrorists", "treated like
    animals", "treated to a meal", "treated with respect"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "treat":
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("as", "like", "to"):
            return False
        if c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in MANNER_OF_TREATMENT
                                                            for g in c.children if g.dep_ == "pobj"):
            return False
    return True


# Verbs that bring the hurt to care when told with a hospital: "taken to hospital", "rushed to a clinic".
CARRIED_TO_CARE = frozenset({"take", "rush", "transport", "admit", "carry", "ferry", "bring", "airlift", "fly"})
CARE_PLACES = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary", "icu"})
THE_DEAD = frozenset({"body", "bodies", "corpse", "corpses", "remains", "dead", "morgue", "mortuary"})


def _spliced_clause(c) -> bool:
    """A clause the parser hangs under the next one's verb though a comma (or a semicolon) alone joins them, with
    its own subject: "Three people died on the spot, four were hospitalized" ("died" a ccomp of "hospitalized")."""
    return c.dep_ in ("ccomp", "parataxis") and c.i < c.head.i and \
        any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)


def _own_clause(verb):
    """The words of `verb`'s own clause: its subtree without a comma-spliced clause told before it."""
    skip = {t.i for c in verb.children if _spliced_clause(c) for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skip]


def _hospitalised(verb) -> bool:
    """Whether `verb` tells people brought to hospital after an attack, which counts them hurt: "Nineteen
    people were hospitalised", "three victims were rushed to hospital", "12 were admitted to Al-Shifa
    hospital"; not the dead carried there ("22 bodies were taken to hospitals"), nor "admitted to
    shooting"."""
    if verb.pos_ != "VERB":
        return False
    if not verb.lower_.startswith("hospitali") and not (verb.lemma_.lower() in CARRIED_TO_CARE and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") and any(t.lower_ in CARE_PLACES for t in c.subtree)
            for c in verb.children)):
        return False        # neither "hospitalised" nor "taken to hospital" (asked first: this runs for every word)
    clause = _own_clause(verb)
    if any(t.lemma_.lower() in THE_DEAD or t.lower_ in THE_DEAD for t in clause):
        return False
    if verb.head.lower_ == "of" and verb.head.head.lower_ in THE_DEAD:
        return False        # "saw the bodies of at least 10 soldiers being taken to the hospital": the dead
    told = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(t.like_num and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("-", "–"))
               for c in told for t in c.subtree):
        return False        # "They were taken to hospital; two of them are in serious condition": not the figure's verb
    if any(t.lemma_.lower() in ("die", "succumb") for t in clause):
        return False        # "a nine-year-old boy, was taken to al-Thawra hospital but died of his injuries"
    return not any(t.lower_ in ("wounded", "injured", "casualties") or t.dep_ == "prep" and t.lower_ == "of"
                   for c in told for t in c.subtree)   # "11 of the injured were hospitalised": counted already


# Violence told outside the war vocabulary: "fatally shot", "mortally wounded", "shot dead", "shot to death",
# "gunned down", "beaten to death": the verb says the victim died.
FATAL_ADVERBS = frozenset({"fatally", "mortally"})
HARM_VERBS = frozenset({"shoot", "stab", "wound", "injure", "hurt", "beat", "strike", "hit", "burn", "hack", "gun",
                        "club", "maul", "crush", "strangle", "slash"})


# "burned alive", "buried alive": the victims died.
BURIED_OR_BURNED = frozenset({"burn", "bury"})


def _violent_death(tok) -> bool:
    """ "was fatally shot", "shot dead", "shot to death", "gunned down": a harm verb told as a killing."""
    if tok.lemma_.lower() in BURIED_OR_BURNED and tok.pos_ == "VERB" and (
            any(c.lower_ == "alive" for c in tok.children) or
            any(t.lower_ == "alive" and (t.head.i == tok.i or t.head.head.i == tok.i)
                for t in tok.doc[tok.i + 1:tok.i + 6])):
        return True     # "burned alive eight herders", "eight herders were burned alive", "buried them alive"
    if tok.lemma_.lower() not in HARM_VERBS and tok.lower_ not in ("shot", "gunned"):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "dead" and tok.doc[tok.i + 1].head.i != tok.i and \
            tok.pos_ == "VERB":
        return True     # "shot dead two policemen", "shot dead 11 men taken off a bus": "dead" hung on the object
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in FATAL_ADVERBS:
            return True
        if c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "dobj", "advcl", "ccomp") and c.lower_ == "dead":
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
        if c.dep_ == "prt" and c.lower_ == "down" and tok.lower_.startswith("gun"):
            return True
        if c.dep_ == "conj" and c.lemma_.lower() == "kill" and _passive(tok) and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and \
                not any(g.dep_ == "cc" and g.lower_ == "or" for g in tok.children):   # not "hurt or killed"
            return True     # "was shot and killed"
    return False


def counted_noun(num_tokens):
    """The noun a figure counts: "53 people" -> people, "dozens of civilians" -> civilians,
    "Five of them" -> them, "killed 53" -> None (the figure stands alone)."""
    last = num_tokens[-1]
    inside = {t.i for t in num_tokens}
    for t in reversed(num_tokens):
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i not in inside:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "amod", "compound") and head.i not in inside and \
            head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
        return head
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.i <= sent_end(last) - 1:
        return nxt
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.i + 1 < sent_end(last) and last.doc[nxt.i + 1].pos_ == "NOUN":
        return last.doc[nxt.i + 1]
    return None


def victims_of(noun) -> str:
    """The victims category of a counted noun, its modifiers deciding for fighters of the state."""
    if noun is None:
        return "all"
    if noun.lower_ in ("bodies", "body", "corpses", "remains", "lives", "life"):
        # "the bodies of Syrian soldiers": the victims are who the bodies were
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
            return victims_of(pobj)
    word = noun.lower_
    category = VICTIM_NOUNS.get(word) or VICTIM_NOUNS.get(noun.lemma_.lower())
    mods = {c.lower_ for c in noun.lefts} | {c.lemma_.lower() for c in noun.lefts}
    if word in ("child", "girl") and "girl" in mods:
        return "children"
    if word in ("member", "members") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in ("family", "household", "clan")
                                                          for g in c.children) for c in noun.children):
        return "all"            # "five members of one family"
    if category is None and word in ("men", "man", "persons", "people", "individuals") and mods & {"armed"}:
        return "combatants"     # "two armed men were killed"
    left_words = {t.lower_ for c in noun.lefts for t in c.subtree}
    if category == "combatants" and mods & STATE_SIDE and not left_words & {"islamic", "rebel", "opposition"}:
        return "security_forces"
    if category == "security_forces" and mods & {"rebel", "opposition", "kurdish"}:
        return "combatants"
    if category is None and mods & {"security"} and word in ("forces", "force", "services", "members"):
        return "security_forces"
    if category is None and word in ("forces",):
        return "security_forces" if mods & STATE_SIDE else "combatants"
    return category or "all"


def _more_of_things_before(num_tokens) -> bool:
    """Whether a bare figure followed by "more" or "others" counts the things counted just before it in the
    sentence: "Air defence shot down 38 drones, while 14 more were lost", "destroyed five tanks and 3 others"."""
    doc = num_tokens[0].doc
    last = num_tokens[-1]
    if last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in ("more", "others", "other"):
        return False
    for t in reversed(doc[sent_start(num_tokens[0]):num_tokens[0].i]):
        if t.like_num and t.head.i > t.i and t.head.pos_ == "NOUN":
            return t.head.lower_ in NOT_PEOPLE or t.head.lemma_.lower() in NOT_PEOPLE
    return False


def _is_not_a_count(q: Quantity, num_tokens, noun) -> bool:
    """Figures that are not counts of people: ages, years, dates, times, money, measures, animals."""
    if counts_nobody(q, num_tokens):
        return True
    if noun is not None and (noun.lemma_.lower() in ANIMALS or noun.lower_ in ANIMALS):
        return True     # "killed 200 cows", "shot dead 15 herders and 60 goats": herds, not victims
    if noun is not None and noun.lower_ == "head" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ANIMALS for g in c.subtree) for c in noun.children):
        return True     # "More than 300 head of cattle, camels and sheep were also killed"
    if noun is None and _more_of_things_before(num_tokens):
        return True     # "shot down 38 drones, while 14 more were lost": more drones
    doc = num_tokens[0].doc
    first, last = num_tokens[0], num_tokens[-1]
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    before = [t.lower_ for t in doc[max(0, first.i - 3):first.i]]
    if before[-1:] == ["of"] and len(before) >= 2 and doc[first.i - 2].like_num or \
            before[-2:] == ["of", "the"] and len(before) == 3 and doc[first.i - 3].like_num:
        return True   # "One of the four was pronounced dead", "five of the 12 passengers": the whole, not the part
    if re.search(r"\b(?:aged|ages)\s+$", doc_text_of(doc)[max(0, q.start - 8):q.start], re.IGNORECASE):
        return True   # "the victims, aged between 20 and 70"
    if prev is not None and prev.lower_ in ("not", "aged", "age", "ages", "$", "£", "€", "us$", "no", "no.", "number",
                                            "resolution", "article", "chapter", "page", "route", "highway"):
        return True
    if prev is not None and prev.lower_ in MONTHS or nxt is not None and nxt.lower_ in MONTHS:
        return True
    year_like = q.low is not None and q.low == q.high and 1900 <= q.low <= 2100 and "," not in q.text
    if year_like and nxt is not None and nxt.like_num and not nxt.is_punct and q.qualifier is None:
        return True   # "September 24 2016 Ninety-two civilians": a date's year before the figure
    if year_like and prev is not None and prev.like_num and first.i >= 2 and \
            doc[first.i - 2].lower_.rstrip(".") in MONTHS:
        return True   # "Sept. 19 2016"
    if nxt is not None and nxt.lower_ in ("a.m.", "p.m.", "am", "pm", "gmt", "o'clock", "percent", "%", "per",
                                          "km", "miles", "year-old", "years-old", "-year", "dollars", "euros"):
        return True
    if nxt is not None and nxt.text == "-" and last.i + 2 < len(doc) and doc[last.i + 2].lower_ in ("year", "years"):
        return True
    if first.lower_ == "one" and last.i + 3 < len(doc) and doc[last.i + 1].lower_ == "of" and \
            doc[last.i + 3].tag_ == "JJS":
        return True   # "one of the worst atrocities"
    people_after = noun is not None and noun.i > last.i and (
        noun.lower_ in VICTIM_NOUNS or noun.lower_ in ALL_NOUNS or noun.lower_ in SINGULAR_VICTIMS)
    if prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ not in ("GPE", "LOC", "FAC", "DATE") and \
            (last.head.i == prev.i or prev.head.i == last.i) and q.qualifier is None and not people_after:
        return True   # a name with a number in it: "Rossiya 24", "Resolution 2118" (not "Monitor One woman")
    if noun is not None and noun.i < first.i and noun.pos_ == "PROPN" and q.qualifier is None:
        return True   # the number is part of a name: "Rossiya 24", "Channel 4", "Brigade 47"
    value = q.low if q.low is not None else q.high
    if value is not None and 1900 <= value <= 2100 and q.qualifier is None and not q.text.count(","):
        if noun is None or noun.lower_ not in VICTIM_NOUNS and noun.lower_ not in ALL_NOUNS:
            return True
    if q.low is not None and q.high is not None and 1900 <= q.low < q.high <= 2100 and not q.text.count(",") and \
            (noun is None or noun.lower_ not in VICTIM_NOUNS and noun.lower_ not in ALL_NOUNS):
        return True   # "killed in the conflict between 1985 and 2018", "from 2014 to 2017": a span of years
    if noun is not None and (noun.lower_ in NOT_PEOPLE or noun.lemma_.lower() in NOT_PEOPLE):
        return True
    if noun is not None and is_telling_source(noun):
        return True     # "killing 50 soldiers, two security sources and a resident said": who tells, not who fell
    if noun is None and last.dep_ == "pobj" and last.head.lower_ in TIME_PREPOSITIONS and first.i == last.i and \
            not (prev is not None and prev.lower_ == "to" and prev.head.i == last.i):
        return True   # "he died of the plague in 639" (not the new level of "the toll rose by 12 to 57")
    return False


def _a_parts_participle(trigger, num_tokens) -> bool:
    """ "700 people including 47 wounded had crossed the border": the participle right after a part's
    figure ("including 47", "among them 12") is the part's outcome, not the whole's."""
    doc = trigger.doc
    prev = doc[trigger.i - 1] if trigger.i > 0 else None
    return prev is not None and prev.i > num_tokens[-1].i and prev.like_num and \
        prev.head.lower_ in ("including", "among")


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN" and \
        not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)


def _toll_verb_outcome(verb, exclude: set[int]) -> str | None:
    """ "the death toll rose to 67", "put the toll at 494", "the number of dead reached 40" """
    if verb.lemma_.lower() not in TOLL_VERBS:
        return None
    for c in verb.children:
        if c.i in exclude or c.dep_ not in ("nsubj", "dobj", "nsubjpass", "attr"):
            continue
        words = {t.lower_ for t in c.subtree} | {t.lemma_.lower() for t in c.subtree}
        if "number" in words and words & {"injured", "wounded", "injuries"} and not words & {"dead", "death", "deaths",
                                                                                              "killed", "toll"}:
            return "injured"    # "the number of injured at 28"
        if "toll" in words or "number" in words and words & {"dead", "death", "deaths", "killed", "victims"} or \
                "losses" in words and verb.lemma_.lower() == "put":     # "the SDF put its own losses at seven"
            if words & {"injured", "wounded", "injury", "injuries"} and not words & {"death", "dead"}:
                return "injured"
            return "killed"
    return None


# People not yet found after a strike: "are believed to be trapped", "believed to be under the rubble" (not "buried
# under the rubble", often told of the dead; nor "trapped in Raqqa", a siege).
TRAPPED_RE = re.compile(
    r"[ \t]+(?:(?:are|were|is|was|still)[ \t]+){0,2}(?:believed|thought|feared)[ \t]+to[ \t]+be[ \t]+(?:still[ \t]+)?"
    r"(?:trapped(?![ \t]+(?:in|inside|within)[ \t]+(?!the[ \t]+(?:rubble|debris|ruins)))|under[ \t]+(?:the[ \t]+)?"
    r"(?:rubble|debris|ruins))\b", re.IGNORECASE)


# "documented the rise in the number of people who were killed by the airstrikes ... on the town of Hamouriyeh to 31
# people" (the Observatory's English): the figure after "to" is what the number rose to, however far the parser
# hangs it from the rise.
RISE_IN_NUMBER_RE = re.compile(r"\b(?:rise|increase|jump)\s+in\s+the\s+(?:death\s+toll\b|number\s+of\s+"
                               r"(?:[\w-]+\s+){0,3}?(?:who\s+(?:were|have\s+been|had\s+been)\s+)?"
                               r"(?P<word>killed|dead|wounded|injured)\b)[^.;]*?\bto\s+$", re.IGNORECASE)


def _risen_to(num_tokens):
    """(outcome, trigger) for a figure the number of the dead or wounded rose "to" (`RISE_IN_NUMBER_RE`), or None."""
    first = num_tokens[0]
    sent = first.sent
    text = doc_text_of(first.doc)
    m = RISE_IN_NUMBER_RE.search(text, sent.start_char, first.idx)
    if m is None:
        return None
    word = m.group("word")
    at = m.start("word") if word else m.start()
    trigger = first.doc.char_span(at, at + len(word), alignment_mode="expand") if word else None
    outcome = "injured" if word and word.lower() in ("wounded", "injured") else "killed"
    return outcome, trigger[0] if trigger is not None and len(trigger) else first


def find_outcome(num_tokens, noun, first_prev=None):
    """(outcome, trigger token) for a figure, or None: climb from the figure through its noun
    to the verb or noun that says what happened, at most four steps, never past a reporting verb.
    The subject of an active "killed" is the killer, not a victim; "killed by 3 gunmen" likewise."""
    doc = num_tokens[0].doc
    inside = {t.i for t in num_tokens}
    if noun is not None:
        inside.add(noun.i)
    start = noun if noun is not None else num_tokens[-1]
    singular = num_tokens[0].lower_ in ("a", "an", "another")
    after_i = (noun.i if noun is not None and noun.i > num_tokens[-1].i else num_tokens[-1].i) + 1
    own_participle = after_i < len(doc) and after_i < sent_end(start) and doc[after_i].tag_ in ("VBN", "JJ", "VBD") \
        and doc[after_i].lower_ not in WEAK_TRIGGERS and _trigger_outcome(doc[after_i]) is not None \
        and not (after_i + 1 < len(doc) and (doc[after_i + 1].like_num or doc[after_i + 1].lower_ in QUANTITY_OPENERS))
    if trapped := TRAPPED_RE.match(doc_text_of(doc), start.idx + len(start.text)):
        # "Two people are believed to be trapped", "ten people believed to be under the rubble"
        last = doc.char_span(trapped.end() - 1, trapped.end(), alignment_mode="expand")
        return "missing", last[0] if last is not None and len(last) else start
    # a trigger verb right before the figure governs it, whatever the parse of a comma-less text says:
    # "has killed two patients injured eight others", "killed at least 26 displaced people"; not when the
    # figure has its own participle ("were injured at least three killed") or the verb is another
    # figure's ("Among at least 25 injured eight were in critical condition")
    if first_prev is not None and first_prev.tag_ in ("VBD", "VBG", "VBN", "VBZ", "VBP", "VB") and \
            first_prev.lower_ not in WEAK_TRIGGERS and _trigger_outcome(first_prev) and \
            not (noun is not None and noun.i < num_tokens[0].i) and not own_participle and \
            not (first_prev.i > 0 and doc[first_prev.i - 1].like_num):
        return _trigger_outcome(first_prev), first_prev
    if first_prev is not None and first_prev.lower_ == "away" and first_prev.head.i < first_prev.i and \
            _taken_away(first_prev.head) and not own_participle:
        return "abducted", first_prev.head    # "took away at least seven people", however the rest is parsed
    # "injured dozens" parsed as an adjective on the figure
    for c in num_tokens[-1].lefts:
        if c.dep_ == "amod" and c.i == num_tokens[0].i - 1 and c.tag_ in ("VBN", "VBD") and \
                not (c.i > 0 and doc[c.i - 1].like_num) and \
                c.lower_ not in WEAK_TRIGGERS and _trigger_outcome(c):
            return _trigger_outcome(c), c
    # an outcome adjective on the counted noun: "140 injured people", "three missing fishermen" (not a
    # single victim described: "an injured child waits after receiving treatment")
    subject = noun if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") else num_tokens[-1]
    if noun is not None and not singular and not (   # "two wounded officers succumbed": they died
            subject.dep_ in ("nsubj", "nsubjpass") and OUTCOME_WORDS.get(subject.head.lemma_.lower()) == "killed"):
        for c in noun.lefts:
            if c.lower_ == "shot" and c.i < num_tokens[0].i and any(g.lower_ == "dead" for g in c.children):
                return "killed", c    # "gunmen on a motorcycle shot dead two brothers", "shot" read as a noun
            if c.dep_ == "amod" and c.i > num_tokens[-1].i and c.lower_ not in WEAK_TRIGGERS and \
                    c.tag_ in ("JJ", "VBN") and _trigger_outcome(c):
                if _trigger_outcome(c) == "displaced" and _sheltered(noun):
                    return None   # "a school sheltering 700 displaced people": who it housed, no one new uprooted
                return _trigger_outcome(c), c
    # the figure's own noun can be the trigger: "67 bodies", "53 dead", "bodies of 35"; not the noun of the
    # figure it is coordinated with: "46 bodies and 143 wounded" are wounded (the parse hangs 143 on "bodies"),
    # nor "14 bodies and 3 survivors": a figure with a noun of its own is not counted by its conjunct's noun
    # nor "20 people dead and 15 injured": a figure with its own participle, whatever its conjunct's word
    own_head = [] if num_tokens[-1].dep_ == "conj" and (own_participle or num_tokens[-1].head.pos_ == "NOUN" and (
        noun is not None and noun.i > num_tokens[-1].i)) else [num_tokens[-1].head]
    for cand in ([noun] if noun is not None else []) + own_head:
        out = _trigger_outcome(cand) if cand is not None else None
        if cand is not None and cand.lower_ == "victims" and not _deaths_told(
                cand, num_tokens[-1].text if num_tokens[-1].head.i == cand.i else None):
            continue
        # ("dozens of wounded": the counted word the tagger reads as a participle after a vague count's "of"; not
        # "five of the wounded had died", a part of those told before)
        # ("Twenty-two of the wounded were children": a part of the wounded told by who they were)
        of_counted = cand is noun and cand.dep_ == "pobj" and cand.head.lower_ == "of" and cand.tag_ == "VBN" and (
            num_tokens[-1].lower_ in ("dozens", "scores", "hundreds", "thousands", "tens") or
            num_tokens[-1].dep_ == "nsubj" and num_tokens[-1].head.lemma_ == "be" and
            any(c.dep_ == "attr" for c in num_tokens[-1].head.children))
        if out and cand.lower_ not in ("life", "gas", "toll", "capture", "captured", "victim") and \
                (cand.pos_ in ("NOUN", "ADJ", "PROPN") or of_counted) and cand.i not in {t.i for t in num_tokens}:
            if out == "displaced" and cand is noun and _sheltered(noun):
                return None   # "the camp hosts 40,000 refugees"
            if out in ("abducted", "missing") and cand is noun and noun.dep_ in ("nsubj", "nsubjpass") and \
                    _trigger_outcome(noun.head) == "killed" and noun.head.lower_ not in WEAK_TRIGGERS and \
                    not _negated(noun.head):
                return "killed", noun.head      # "26 hostages were killed": what befell the captives
            return out, cand
    # "359 civilians have been killed and 1407 injured": a coordinated figure's own participle
    if num_tokens[-1].dep_ == "conj" or (noun is not None and noun.dep_ == "conj"):
        after = (noun.i if noun is not None and noun.i > num_tokens[-1].i else num_tokens[-1].i) + 1
        if after < len(doc) and after < sent_end(start) and doc[after].tag_ in ("VBN", "JJ", "VBD") and \
                doc[after].lower_ not in WEAK_TRIGGERS and _trigger_outcome(doc[after]):
            return _trigger_outcome(doc[after]), doc[after]
    # one step up: "killed 30 people", "30 people were killed"
    up = start.head
    out = _trigger_outcome(up) if up.i != start.i else None
    if out and up.lower_ not in WEAK_TRIGGERS and up.pos_ == "VERB" and not _is_agent_subject(start, up) and \
            not _a_parts_participle(up, num_tokens):
        return out, up
    # "140 injured", "20 wounded": a participle right after the figure or its noun
    after = (noun.i if noun is not None and noun.i > num_tokens[-1].i else num_tokens[-1].i) + 1
    if after < len(doc) and after < sent_end(start):
        out = _trigger_outcome(doc[after])
        # ("searching for 9 people missing under the rubble": "missing" tagged as the verb's gerund)
        if out and (doc[after].tag_ in ("VBN", "JJ", "VBD") or doc[after].lower_ == "missing") and \
                doc[after].lower_ not in WEAK_TRIGGERS and \
                not (start.head.i == after and _is_agent_subject(start, doc[after])):   # "a boy shot and killed"
            return out, doc[after]
    # "150 civilians who were captured", "40 people found shot": a clause on a people noun
    if noun is not None and not singular and (noun.lower_ in VICTIM_NOUNS or noun.lower_ in ALL_NOUNS):
        for c in noun.rights:
            if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and _passive(c):
                out = _trigger_outcome(c)
                if out and c.lower_ not in ("life", "lives", "gas", "toll", "victim", "victims"):
                    return out, c
            if c.dep_ == "relcl" and c.lemma_.lower() in ("say", "claim"):
                # "the names of 12 militants it said had been killed in the raid": what the teller says befell them
                told = next((g for g in c.children if g.dep_ == "ccomp" and g.pos_ == "VERB" and _passive(g)), None)
                out = _trigger_outcome(told) if told is not None else None
                if out and told.lower_ not in WEAK_TRIGGERS:
                    return out, told
    # "20 women among the dead"
    out = _among_dead(start)
    if out:
        return out
    risen = _risen_to(num_tokens)
    if risen is not None:
        return risen
    x, child = start, None
    for _ in range(5):
        if x.dep_ == "pobj" and x.head.lower_ == "by" and \
                not any(c.dep_ == "quantmod" and c.lower_ == "to" for c in x.children):
            return None   # "killed by 3 gunmen" (not "the toll rose by 12 to 57")
        if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") and child is not None:
            break   # "killed 87 civilians and left hundreds suffering": "hundreds" is not of "killed"
        child, x = x, x.head
        if x.i == child.i:
            break
        if x.lemma_.lower() in REPORTING and x.pos_ == "VERB":
            # "two more people were reported killed"
            for c in x.children:
                if c.dep_ in ("xcomp", "oprd", "acomp") and _trigger_outcome(c) and c.lower_ not in WEAK_TRIGGERS:
                    return _trigger_outcome(c), c
            break
        if x.lemma_.lower() in ("number", "tally", "count") and x.pos_ == "NOUN":
            # "the number of injured at 28", "the number of dead reached 40"
            of = next((c for c in x.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            of_word = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if of_word is not None and _trigger_outcome(of_word) and of_word.lower_ not in WEAK_TRIGGERS:
                return _trigger_outcome(of_word), of_word
        out = _trigger_outcome(x)
        if out and x.lower_ in ("victims", "victim") and not _deaths_told(x):
            out = None
        if out and x.lower_ not in ("gas",) and not _a_parts_participle(x, num_tokens):
            if _is_agent_subject(child, x):
                return None
            if x.lower_ in ("lives", "life") and x.head.lemma_.lower() not in ("claim", "lose", "take", "cost"):
                continue
            return out, x
        if x.pos_ in ("VERB", "AUX"):
            for c in x.children:
                # (not a clause spliced on before with a subject of its own: "Three people died on the spot, four
                # were ...": the four are not dead)
                if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "attr") and c.i != child.i and not _spliced_clause(c):
                    if x.lemma_.lower() == "find" and c.lower_ in FOUND_DEAD:
                        return "killed", c     # "35 of them were found shot"
                    out = _trigger_outcome(c)
                    if out and c.lower_ not in WEAK_TRIGGERS:
                        return out, c
            dealt = _hurt_dealt(x, child)
            if dealt is not None:
                return dealt    # "inflicting injuries on over 100 others", "forcing 50 people to evacuate"
            if x.lemma_.lower() == "lose" and child.dep_ == "nsubj" and \
                    any(c.dep_ == "dobj" and c.lower_ in ("life", "lives") for c in x.children):
                return "killed", x      # "12 people lost their lives"
            idiom = _death_idiom(x, child)
            if idiom is not None:
                return "killed", idiom  # "two soldiers embraced shahadat", "eight terrorists were sent to hell"
            refuge = next((c for c in x.children if c.dep_ == "dobj" and c.lower_ in ("refuge", "shelter")), None) \
                if x.lemma_.lower() in ("take", "seek", "find") and child.dep_ == "nsubj" else None
            if refuge is not None:
                return "displaced", refuge   # "Some 300 residents took refuge in the town hall", "sought shelter"
            if x.lemma_.lower() == "lose" and child.dep_ == "dobj" and _people_lost(child):
                return "killed", x      # "We lost six of our men", "the army lost 12 soldiers"
            if x.lemma_.lower() == "bury" and child.dep_ == "dobj" and \
                    not any(c.dep_ == "auxpass" for c in x.children):
                return "killed", x      # "We buried 23 people this morning" (not "buried under the rubble")
            if x.lemma_.lower() == "bury" and child.dep_ == "nsubjpass" and any(
                    c.dep_ == "auxpass" and c.lower_ in ("were", "was", "been") for c in x.children) and not any(
                    c.lower_ == "alive" or c.dep_ == "prep" and (c.lower_ in ("under", "beneath") or any(
                        g.lower_ in ("rubble", "debris", "ruins") for g in c.children)) for c in x.children):
                return "killed", x      # "between 52 and 60 people had been buried" (not "buried under the rubble")
            if x.lemma_.lower() in SUSTAIN_VERBS and child.dep_ in ("nsubj", "nsubjpass"):
                # "4 others sustained serious injuries", "20 people suffered wounds"
                for c in x.children:   # ... "Nine others are receiving treatment" (not "suffered degrading
                    #                        treatment", "received harsh treatment")
                    if c.dep_ == "dobj" and (_trigger_outcome(c) == "injured" or c.lower_ == "treatment" and
                                             x.lemma_.lower() == "receive" and
                                             not any(m.dep_ == "amod" for m in c.children)):
                        return "injured", c
            if x.lemma_.lower() in ("remain", "be", "stay") and child.dep_ == "nsubj":
                care = next((g for c in x.children if c.dep_ == "prep" and c.lower_ == "under"
                             for g in c.children if g.dep_ == "pobj" and g.lower_ in ("treatment", "care")), None)
                if care is not None:
                    return "injured", care   # "19 people remained under treatment", "are under medical care"
            out = _toll_verb_outcome(x, {child.i})
            if out:
                toll = next(t for t in x.children if t.dep_ in ("nsubj", "dobj", "nsubjpass", "attr")
                            and t.i != child.i)
                if child.dep_ == "nsubj" and toll.dep_ == "dobj":
                    return None   # who puts the toll at a figure tells it: "a local resident put the toll at 200"
                return out, toll
            # "Ten children were among at least 48 people killed", "made up the rest of the dead"
            if x.lemma_.lower() in MEMBERSHIP_VERBS:
                for c in x.children:
                    if c.i != child.i and c.dep_ == "nsubj" and child.dep_ in ("dobj", "attr") and \
                            x.lemma_.lower() == "include" and not singular and victims_of(noun) != "all":
                        found = _dead_including(c)
                        if found is not None:
                            return found   # "the dead included 4 soldiers", "the victims included 17 women"
                    if c.i == child.i or c.dep_ not in ("prep", "dobj", "attr", "acomp"):
                        continue
                    if c.dep_ == "prep" and c.lower_ != "among":
                        continue
                    for t in c.subtree:
                        out = _trigger_outcome(t)
                        if out and (t.lower_ not in WEAK_TRIGGERS or t.lower_ == "victims" and c.lower_ == "among") \
                                and t.pos_ in ("NOUN", "ADJ", "VERB"):
                            return out, t   # "12 children were among the victims of the attack"
            if child.dep_ == "nsubj" and x.lemma_.lower() in STATE_VERBS:
                after = _after_harm(x)
                if after is not None:
                    return after    # "a teenager is in critical condition after being shot in the head"
                if x.dep_ in ("advcl", "conj") and _toll_verb_outcome(x, {child.i}) is None:
                    break   # a clause of its own on where they are: "the toll has risen to 15, while 53 people are
                    #         still in captivity" (the 53 are not dead)
            if child.dep_ == "nsubj" and x.pos_ == "VERB" and x.lemma_.lower() not in MEMBERSHIP_VERBS | TOLL_VERBS:
                break   # the subject of a verb that says nothing happened to it: "8000 people remain trapped"
            if x.pos_ == "VERB" and x.lemma_.lower() not in MEMBERSHIP_VERBS | TOLL_VERBS and (
                    child.dep_ == "dobj" or x.dep_ in ("relcl", "acl") and not _trigger_outcome(x.head)):
                break   # "opened fire, shooting five people", "the home they share with their three children"
        if x.lower_ == "according":
            return None     # "according to two family members": who says, not who died
    return None


# Words that open a figure: a participle followed by one is that figure's ("injured eight", "wounded at least 30").
QUANTITY_OPENERS = frozenset({"at", "more", "about", "nearly", "some", "over", "up", "around", "almost", "dozens",
                              "scores", "hundreds", "thousands", "a", "an", "another", "as", "between", "several"})
LOST_PEOPLE = frozenset({"men", "soldiers", "troops", "fighters", "officers", "policemen", "comrades", "members",
                         "colleagues", "people", "personnel", "servicemen", "sons", "relatives", "civilians",
                         "villagers", "residents", "children", "women"})


def _people_lost(obj) -> bool:
    """Whether what a side "lost" is its people ("six of our men", "12 soldiers"), not ground or arms."""
    if obj.lower_ in LOST_PEOPLE:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in LOST_PEOPLE for g in p.children)
               for p in obj.children)


# Deaths told as an idiom by the side that counts them: soldiers who "embraced martyrdom" (Pakistani, Iranian,
# Palestinian and Kashmiri usage) and enemies "sent to hell" (Pakistan's military press releases).
# Verbs that deal a hurt named by their object to the people after a preposition ("inflicting injuries on
# over 100 others", "caused injuries to 40 others"), or leave people with it ("left 15 others with
# injuries"); verbs that drive people to do what uproots them ("forced some 30,000 people to evacuate").
DEALING_VERBS = frozenset({"cause", "inflict"})
DEALT_TO = frozenset({"to", "on", "upon", "among"})
FORCING_VERBS = frozenset({"force", "compel", "drive", "oblige", "push", "prompt"})


def _hurt_dealt(verb, child):
    """(outcome, trigger) when `verb` deals its object's hurt to `child`, the figure's way up, or None.

    The parse hangs the hurt on the verb, beside the people, so neither is the other's head: the
    climb from the figure would pass the verb by and reach a killing told before ("killed 20 people,
    inflicting injuries on over 100 others" are wounded, not dead). An infinitive the parse hangs on
    the people ("forcing at least 50 people to evacuate") is what the verb drove them to."""
    lemma = verb.lemma_.lower()
    if lemma in DEALING_VERBS and child.dep_ == "prep" and child.lower_ in DEALT_TO:
        hurt = next((c for c in verb.children if c.dep_ == "dobj" and _trigger_outcome(c) == "injured"), None)
        return ("injured", hurt) if hurt is not None else None
    if lemma == "leave" and child.dep_ == "dobj":
        for with_ in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            hurt = next((o for o in with_.children if o.dep_ == "pobj" and _trigger_outcome(o) == "injured"), None)
            if hurt is not None:
                return "injured", hurt
    if lemma in FORCING_VERBS and child.dep_ == "dobj":
        for c in child.rights:
            if c.dep_ == "relcl" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.lefts) and \
                    _trigger_outcome(c) == "displaced":
                return "displaced", c
    return None


MARTYRDOM_WORDS = frozenset({"martyrdom", "shahadat", "shahadah"})
EMBRACE_VERBS = frozenset({"embrace", "attain", "achieve"})


def _death_idiom(verb, counted):
    """The idiom's last word when `verb` tells the death of `counted` (the counted noun, its subject or
    object) in an idiom, so the evidence runs to it: "two soldiers embraced shahadat", "attained martyrdom";
    "eight khwarij were sent to hell", "troops sent six terrorists to hell". None for "embraced the plan" or
    "sent to hospital"."""
    lemma = verb.lemma_.lower()
    if _negated(verb) or _unrealised(verb):
        return None         # "did not embrace martyrdom", "threatened to send 50 terrorists to hell"
    if lemma in EMBRACE_VERBS and counted.dep_ == "nsubj":
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in MARTYRDOM_WORDS and c.is_lower and
                     not any(g.dep_ == "compound" for g in c.children)), None)
    if lemma == "send" and counted.dep_ in ("nsubjpass", "dobj"):
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                     for g in c.children if g.lower_ == "hell"), None)
    if lemma in ("pay", "make") and counted.dep_ == "nsubj":
        # "three soldiers paid the supreme price", "two officers made the ultimate sacrifice"
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("price", "sacrifice") and
                     any(a.lower_ in ("supreme", "ultimate") for a in c.children if a.dep_ == "amod")), None)
    if lemma == "fall" and counted.dep_ == "nsubj":
        # the Sahel armies' communiqués: "seven soldiers fell with arms in hand", "fell on the field of honour"
        return next((t for t in verb.subtree if t.i > verb.i and t.lower_ in ("hand", "honour", "honor") and
                     t.head.head.lower_ in ("arms", "weapons", "field")), None)
    return None

SUSTAIN_VERBS = frozenset({"sustain", "suffer", "receive", "incur"})
# "found shot", "found beheaded": the people found so are dead.
FOUND_DEAD = frozenset({"shot", "stabbed", "strangled", "hanged", "beheaded", "executed", "slaughtered",
                        "decapitated", "burned", "burnt"})
MEMBERSHIP_VERBS = frozenset({"be", "make", "include", "number", "comprise", "account"})


def _deaths_told(victims, whole: str | None = None) -> bool:
    """ "the six victims of the massacre" are dead; "three victims were rushed to hospital", "all seven
    shooting victims are expected to survive" are not: "victims" counts the dead only beside a word of death
    in its sentence, or, for a toll told again ("the 48 victims", `whole` its figure), when a sentence
    shortly before gave that figure as a death toll ("... killed 48 civilians. ... a list of the 48
    victims"; not "one man was killed ... the four victims"). Never in a sentence that tells of survivors;
    a part ("two of the victims were guards") needs its own word of death."""
    doc = victims.doc
    lo, hi = sent_start(victims), sent_end(victims)
    if SURVIVAL_RE.search(doc[lo:hi].text):
        return False
    for t in doc[lo:hi]:
        if t.i != victims.i and t.lower_ not in WEAK_TRIGGERS and _trigger_outcome(t) == "killed":
            return True
    start = lo
    for _ in range(VICTIMS_CONTEXT if whole else 0):
        if start > 0:
            start = sent_start(doc[start - 1])
    for t in doc[start:lo]:
        if t.text == whole and any(u.lower_ not in WEAK_TRIGGERS and _trigger_outcome(u) == "killed"
                                   for u in doc[max(start, t.i - 2):min(lo, t.i + 5)]):
            return True     # "killed 48 civilians", "48 people were killed"
    return False


VICTIMS_CONTEXT = 4   # sentences before "the N victims" in which a death toll of N makes them the dead
SURVIVAL_RE = re.compile(r"\b(?:hospitali[sz]ed|(?:to|in|at) (?:the |an? |area |local )*hospitals?|treated|survive[ds]?|surviving|condition|released|"
                         r"transported|rushed|taken to|injur\w*|wound\w*|graze[ds]?|recover\w*|stable)\b", re.IGNORECASE)


def _is_agent_subject(child, verb) -> bool:
    """The subject of an active transitive "killed" with an object is the killer. The parser sometimes
    hangs a long subject on the verb as a clause ("about 500 athletically built armed men, in civilian
    clothes, had killed members of nine families": "500" under "built", an advcl of "killed"); a
    clause before the verb counts as its subject too."""
    return (child.dep_ == "nsubj" or child.dep_ == "advcl" and child.i < verb.i) and verb.lemma_.lower() in TRANSITIVE and not _passive(verb) and \
        any(c.dep_ == "dobj" for v in (verb, *[v for v in verb.conjuncts if v.i > verb.i]) for c in v.children)   # "shot and killed an 11-year-old"


def _one_named_by_article(q, num_tokens) -> bool:
    """ "killed four civilians, including a child", "11 dead, among them a woman": one person of a counted
    group told by an article names who was among them; the text states no figure for that part, so the
    guidelines record none ("including one child" and "two of them women" state one)."""
    return q.low == 1 and q.high == 1 and num_tokens[0].lower_ in ("a", "an")


def _dead_including(subject):
    """(outcome, trigger) when the subject of "include" names the harmed: "the dead", "those killed", "the
    wounded"; "the victims" when the sentence before told deaths and this one tells no survivors."""
    doc = subject.doc
    if subject.lemma_.lower() == "toll" and not any(c.lower_ in ("injury", "casualty") for c in subject.lefts) or \
            subject.lower_ == "it" and TOLL_BEFORE_RE.search(doc[sent_start(subject):subject.i].text):
        return "killed", subject    # "the toll included 35 children", "put the death toll at 21 and said it included"
    for t in subject.subtree:
        out = _trigger_outcome(t)
        if out is None or t.pos_ not in ("NOUN", "ADJ", "VERB"):
            continue
        if t.lower_ not in WEAK_TRIGGERS:
            return out, t
        if t.lower_ == "victims":
            lo = sent_start(t)
            if _deaths_told(t) or lo > 0 and not SURVIVAL_RE.search(doc[lo:sent_end(t)].text) and any(
                    u.lower_ not in WEAK_TRIGGERS and _trigger_outcome(u) == "killed"
                    for u in doc[sent_start(doc[lo - 1]):lo]):
                return "killed", t
    return None


TOLL_BEFORE_RE = re.compile(r"\b(?:death|the) toll\b", re.IGNORECASE)


def _among_dead(noun):
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            for t in c.subtree:
                out = _trigger_outcome(t)
                if out and t.lower_ not in WEAK_TRIGGERS:
                    return out, t
    return None


# (", raising the number killed since April 30 to 1,409" sums in its own part, as ", bringing the toll" does)
PART_CUT_RE = re.compile(r";|,\s+(?:while|whereas|but|as|and|bringing|raising|pushing|taking|lifting|calling|saying|"
                         r"adding|describing|noting|warning|urging)\s|\s-\s|\s—\s")
MONTH_PART_CUT_RE = re.compile(r";|,\s+(?:while|whereas|but)\s|\s-\s|\s—\s")
_DASH_RE = re.compile(r"\s[-—]\s")


def sentence_part(text: str, rel: int, cut_re: re.Pattern) -> tuple[int, int]:
    """The part of a sentence around offset `rel`, cut by `cut_re`; a short aside between two dashes
    ("400 people - mainly women and children - have been injured") does not cut."""
    dashes = [m for m in _DASH_RE.finditer(text)]
    aside = set()
    for a, b in zip(dashes, dashes[1:]):
        if b.start() - a.end() <= 80 and not (a.start() in aside):
            aside |= {a.start(), b.start()}
    cuts = [0] + [m.end() for m in cut_re.finditer(text) if m.start() not in aside] + [len(text)]
    lo = max(c for c in cuts if c <= rel)
    hi = min((c for c in cuts if c > rel), default=len(text))
    return lo, hi


def toll_scope(sent, token_i: int, vague: bool = False) -> str | None:
    """The scope phrase that makes a figure a cumulative toll, if one governs it: a scope cue in
    the same sentence part (sentences are cut at ';' and at ', while/but/as')."""
    text = sent.text
    rel = sent.doc[token_i].idx - sent.start_char
    lo, hi = sentence_part(text, rel, PART_CUT_RE)
    pos = lo
    while True:
        m = SCOPE_RE.search(text, pos, hi)
        if not m:
            break
        if (m.group(0).lower() in ("this year", "last year", "so far this year") or
                m.group(0).lower().startswith("since")) and \
                SUPERLATIVE_RE.search(text, max(lo, m.start() - 60), m.start()):
            pos = m.end()       # "the deadliest attack this year" ranks the incident, it does not sum
            continue
        if INCIDENT_RANK_RE.search(text, max(lo, m.start() - 90), m.start()) and \
                not SERIES_SUM_RE.search(text, m.end(), rel):
            pos = m.end()       # "one of the deadliest single incidents in the 16-month-old war": a rank, no sum
            continue
        if SHORT_SPAN_RE.search(m.group(0)) and not _widened(text, lo, hi):
            pos = m.end()       # "The fighting since Monday has killed 29", "had fled the town since Wednesday"
            continue
        if _aside_of_another(sent, sent.start_char + m.start(), token_i):
            pos = m.end()       # "The RSF, which has been at war with the army since April 2023, shelled the city,
            continue            # killing nine": the span tells who the RSF are, it does not sum the nine
        if m.group(0).lower() in PLACE_ONLY_SCOPES and not vague and ONE_DAY_RE.search(text, lo, hi):
            # "killed at least 25 protesters across the country the previous day": one day's
            # crackdown, counted, is an incident however wide ("killing scores of them across the
            # country on Wednesday" stays a sweep, not an incident)
            pos = m.end()
            continue
        return m.group(0)
    # "bringing the toll since ... to" joins a later part: look right after "bringing"
    return campaign_scope(text, lo, hi, vague)


# Clauses that describe a party or a place in passing: "X, which has fought since 2015,", "Y, a group active
# since 2009,". A span told there belongs to that description.
ASIDE_DEPS = frozenset({"relcl", "appos", "acl"})


def _aside_of_another(sent, char: int, token_i: int) -> bool:
    """Whether the words at `char` sit in a relative clause or an apposition that describes a party (not the
    figure's own noun), the figure at `token_i` lying outside it."""
    doc = sent.doc
    tok = next((t for t in sent if t.idx <= char < t.idx + len(t.text)), None)
    while tok is not None and tok.i != tok.head.i:
        if tok.dep_ in ASIDE_DEPS and tok.head.pos_ in ("NOUN", "PROPN") and (tok.dep_ != "acl" or tok.tag_ == "VBN"):
            if tok.head.i in (token_i, doc[token_i].head.i):
                return False    # "455 civilians, who have lost their lives since April 25": the counted ones
            from sitrep.extract.perpetrators import is_actor
            # only a party is described in passing; a campaign's or a captive's clause ("the assault on Aleppo
            # since it was launched", "hostages taken in the past week") still spans the figure
            return is_actor(tok.head) and not tok.left_edge.i <= token_i <= tok.right_edge.i
        tok = tok.head
    return False


_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december)")
_ORDINAL_10_UP = (r"(?:\w+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|\w+(?:teenth|tieth)|tenth|"
                  r"eleventh|twelfth|\d{2,}(?:st|nd|rd|th))")
# Spans of a campaign told around a figure: "during this bombing campaign", "in less than one month",
# "on the forty-fifth consecutive day". A day named in the same part makes it that day's incident.
CAMPAIGN_SPAN_RE = re.compile(
    r"\bduring (?:this|the|its|their|that|a) (?:[\w-]+ ){0,2}(?:campaign|offensive|operations|siege)\b|"
    r"\bin (?:less than |more than |under |just over |over |about |nearly )?(?:a|one|two|three|four|five|six|\d+) "
    r"(?:months?|weeks)(?![\w-])(?! ago)|"
    rf"\b{_ORDINAL_10_UP} (?:consecutive|straight) (?:day|week)\b|"
    r"\b(?:a|one|two|three|four|several) (?:weeks?|months?) of (?:[\w-]+ ){0,2}(?:fighting|clashes|bombing|bombardment|"
    r"shelling|air ?strikes|airstrikes|raids|attacks|battles?|siege|violence)\b|"
    r"\b(?:offensive|campaign|operation|assault|push) (?:which|that) (?:began|started|was launched|kicked off)\b|"
    # many deeds over a span: "hit by airstrikes at least 12 times in July", "shelled dozens of times since March"
    r"\b(?:\d{1,3}|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|scores of|hundreds of|several|"
    r"many|multiple) times (?:in(?! (?:one|a|an|a single|the same|less than an?|under an?) )|since|during|over|this|"
    r"last|between)\b",     # (not "five times in one night")
    re.IGNORECASE)
CAMPAIGN_SPAN_RE = guarded(CAMPAIGN_SPAN_RE)   # skips a text without the words it needs
# Spans that sum only when the verb sums too ("have been killed on this front", "has reported hundreds killed
# in operations against IS"): a front or a series of operations.
FRONT_SPAN_RE = re.compile(
    r"\bon (?:this|that|all|every|several|various|other|multiple|both|these|those|many) (?:[\w-]+ )?fronts?\b|"
    r"\bin (?:the |its |their |military |security |its military |the military )?operations (?:against|on|in)\b|"
    r"\bin the (?:fight|battle|fighting) for\b|"
    r"\b(?:as a result of|because of|due to|during|throughout) (?:the|its|their|this|an?) (?:[\w-]+ ){0,3}?"
    r"(?:offensive|campaign|operations|siege)\b|\bin (?:the|its|their|this) (?:[\w-]+ ){0,3}?"
    r"(?:offensive|campaign|operations|siege)\b",
    re.IGNORECASE)
PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?:killed|died|executed|wounded|injured|reported|"
                        r"documented|recorded|lost|claimed|left|killing|displaced|fled|forced|abducted|kidnapped|"
                        r"arrested|detained)\b", re.IGNORECASE)


# The day a figure was told, not the day it happened: "local authorities told reporters on Saturday".
TOLD_ON_RE = re.compile(r"\b(?:said|says|told|reported|announced|added|stated|claimed|confirmed)(?: \w+)?\s+$", re.IGNORECASE)


def day_named(text: str, lo: int, hi: int) -> bool:
    """Whether a part of a sentence names the day something happened (not the day it was said)."""
    return any(not TOLD_ON_RE.search(text, max(0, m.start() - 30), m.start())
               for m in ONE_DAY_RE.finditer(text, lo, hi))


def campaign_scope(text: str, lo: int, hi: int, vague: bool = False) -> str | None:
    """The campaign a figure sums, if its sentence part spans one and names no single day."""
    if day_named(text, lo, hi):
        return None
    m = CAMPAIGN_SPAN_RE.search(text, lo, hi)
    if m:
        return m.group(0)
    m = FRONT_SPAN_RE.search(text, lo, hi)
    if m and (vague or PERFECT_RE.search(text, lo, hi)):
        return m.group(0)
    return None


# A month as the span of a total: "Last month nearly 1200 civilians were killed, the Syrian Network for
# Human Rights said", "in its monthly report", "700 injured in August shelling", "has killed 120 this month".
MONTH_SPAN_RE = re.compile(
    rf"\b(?:last|this|past|previous) month\b|\bmonthly\b|\bthe month of {_MONTH}\b|"
    rf"\b(?:in|during|throughout) {_MONTH}\b(?!\s+\d{{1,2}}\b)|\b{_MONTH} (?:shelling|bombing|bombardment|air ?strikes|"
    r"attacks|fighting|violence|clashes|raids)\b", re.IGNORECASE)
MONTH_SPAN_RE = guarded(MONTH_SPAN_RE)   # skips a text without the words it needs
# A single event told as the cause ("Last month an air strike on a market killed 30"): an incident, dated.
SINGLE_EVENT_RE = re.compile(
    r"\b(?:an?|the|one|that|this|another|single|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:attack|strike|air ?strike|"
    r"airstrike|raid|bombing|blast|explosion|massacre|ambush|assault|incident|car bomb|bomb|bomber|attacker|gunman|"
    r"shell|rocket|missile|landmine|mine)\b|"
    r"\b(?:two|three|four|five|twin|double|triple|\d) (?:[\w-]+ )?(?:blasts|explosions|bombings|car bombs|suicide "
    r"bombings|attacks|air ?strikes|airstrikes|raids)\b|"
    # a single place hit: "fired 28 shells on al-Mushrefeh village", "attacks on an ISIL-held village"
    r"\b(?:on|in|at)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}(?:village|hamlet|market(?:place)?|hospital|school|"
    r"mosque|camp|checkpoint|bakery|neighbou?rhood)\b", re.IGNORECASE)
MONITOR_REPORT_RE = re.compile(r"\b(?:report|documented|recorded|tally|count|monthly)\b", re.IGNORECASE)


def month_scope(sent, token_i: int, trigger) -> str | None:
    """The month a figure totals, if it is a month's total rather than one incident dated to that month:
    the month spans the figure's sentence part, no single attack or day is named there, and the figure is
    a report's count, a present perfect sum, or victims counted with no one doing the killing."""
    text = sent.text
    rel = sent.doc[token_i].idx - sent.start_char
    lo, hi = sentence_part(text, rel, MONTH_PART_CUT_RE)
    m = MONTH_SPAN_RE.search(text, lo, hi)
    if m is None or SINGLE_EVENT_RE.search(text, lo, hi) or day_named(text, lo, hi):
        return None
    if MONITOR_REPORT_RE.search(text) or PERFECT_RE.search(text, lo, hi):
        return m.group(0)
    verb = trigger
    if verb is not None and verb.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "agent", "csubj", "dobj") for c in verb.children) and (
            any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN"):
        return m.group(0)   # "nearly 1200 civilians were killed": counted, with no one doing one killing
    if verb is not None and any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lower_ in DEEDS_OF_A_MONTH
                                for c in verb.children):
        return m.group(0)   # "militant attacks in Balochistan killed 87 people ... in August": a month's deeds
    return None


# Deeds in the plural that add up over a month: "militant attacks killed 87 people in August".
DEEDS_OF_A_MONTH = frozenset({"attacks", "strikes", "airstrikes", "bombings", "raids", "clashes", "incidents",
                              "killings", "assaults"})


def sentence_casualties(sent, prev_outcome: str | None = None) -> list[FoundClaim]:
    """All casualty figures in one spaCy sentence, in text order.

    Each figure keeps the shortest evidence span that holds the figure and its outcome word.
    Sub-group figures ("including seven children", "Ten children were among") are separate claims.
    `prev_outcome` is the outcome of the previous sentence's last figure: "Six of them were children"
    counts a part of those.
    """
    doc = sent.doc
    found: list[FoundClaim] = []
    pending: list[tuple[Quantity, list, object]] = []
    covered_extra: set[int] = set()
    hints: dict[int, FoundClaim] = {}
    for q in find_quantities(sent.text, sent.start_char):
        span = doc.char_span(q.num_start, q.num_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        num_tokens = list(span)
        if num_tokens[0].lower_ in ("no", "none") or _is_no_one(num_tokens):
            continue
        noun = counted_noun(num_tokens)
        if _is_not_a_count(q, num_tokens, noun):
            continue
        fatal = _fatal_part(num_tokens, noun)
        if fatal is not None:     # "11 people shot, one fatally": the part died, whatever befell the whole
            found.append(_claim(q, num_tokens, noun, "killed", fatal, sent))
            continue
        group = _after_group_marker(doc[doc.char_span(q.start, q.num_end, alignment_mode="expand").start], found, noun)
        if group is not None:
            hints[id(q)] = group
            pending.append((q, num_tokens, noun))   # "killed among them two women": a part of that figure
            continue
        before = doc.char_span(q.start, q.num_start, alignment_mode="expand") if q.start < q.num_start else None
        at = before.start if before is not None and len(before) else num_tokens[0].i
        res = find_outcome(num_tokens, noun, doc[at - 1] if at > sent.start else None)
        if res is None and q.low is not None and q.high is not None and q.low != q.high and len(num_tokens) > 2:
            # "tolls ranging from about 500 to - by one account - some 1300": the parse may hang the
            # second figure elsewhere; the first one's head says what is counted
            res = find_outcome(num_tokens[:1], counted_noun(num_tokens[:1]))
        if res is None:
            pending.append((q, num_tokens, noun))
            continue
        outcome, trigger = res
        if _unrealised(trigger):
            covered_extra.update(range(q.start, q.end))
            continue    # "threatened to kill 50 hostages", "could have killed hundreds": no one was
        if _mixed_outcomes(trigger, outcome) or _in_footage(num_tokens[-1]) or \
                _names_one_victim(q, num_tokens, noun) or found and (_placed_part(noun) or _severity_part(noun)):
            covered_extra.update(range(q.start, q.end))
            continue
        claim = _claim(q, num_tokens, noun, outcome, trigger, sent)
        _victims_from_predicate(claim, num_tokens, noun)
        appos = _appositive_victim(num_tokens, noun)
        if appos is not None:   # "injuring two people, one of them a woman"
            claim.victims = victims_of(appos)
            claim.evidence_end = max(claim.evidence_end, appos.idx + len(appos.text))
            covered_extra.update(t.idx for t in appos.subtree)
        found.append(claim)
    covered = {i for f in found for i in range(f.quantity.start, f.quantity.end)} | \
        {i for q, _, _ in pending for i in range(q.start, q.end)} | covered_extra
    told_one: set[int] = set()
    for det, noun in _singular_victims(sent):
        if det.idx in covered or _retold_by_apposition(noun, covered, told_one):
            continue
        told_one.add(noun.i)
        group = _after_group_marker(det, found, noun)
        # "a woman and her toddler were killed": two victims told one by one (within a larger figure, each
        # part keeps its own claim: "22 people, including a woman and her three children")
        n, end = (1, det.idx + len(det.text)) if group is not None else _coordinated_count(noun)
        q = Quantity(n, n, None, det.idx, end, det.idx, end, doc_text_of(sent.doc)[det.idx:end])
        if group is not None:
            hints[id(q)] = group
        res = None if group is not None else find_outcome([det], noun)
        if res is not None and _unrealised(res[1]):
            continue    # "threatened to kill a journalist"
        if res is None:
            pending.append((q, [det], noun))
        else:
            claim = _claim(q, [det], noun, res[0], res[1], sent)
            if n > 1:
                claim.victims = "all"     # "a woman and her two children": a family, not women
            # "A 67-year-old man was among the dead", "Among those killed were a woman and her son", "wounding
            # a 39-year-old driver": one of those a figure counts, told again by who they were or by age (a
            # claim only where no figure of that outcome counts as many); one told as of a group is a part of
            # it ("Among the civilians killed was a child": children 1); "another man", "also" one more
            among = res[0] == "killed" and any(a.lower_ == "among" for a in (res[1], *res[1].ancestors))
            aged = _aged(noun) and det.lower_ != "another" and not _also_told(res[1])
            claim.anaphoric = claim.victims == "all" and (among or aged) or \
                _listed_one_by_one(noun) and det.lower_ != "another" and not _also_told(res[1])
            # a family told one by one, with no figure ("a 66-year-old man and his 65-year-old wife were
            # killed"): people a figure of the dead counts already, counted only where none does
            told = doc.char_span(det.idx, end, alignment_mode="expand")
            if res[0] == "killed" and n > 1 and told is not None and not any(
                    t.like_num and not (t.i + 2 < len(doc) and doc[t.i + 2].lower_ in ("year", "years"))
                    for t in told):
                claim.anaphoric = True
            found.append(claim)
    covered |= {i for f in found for i in range(f.evidence_start, f.evidence_end)}
    for subj, n, anaphoric in _told_dead(sent):   # "He was pronounced dead", "the victim died", "both died"
        if subj.idx in covered:
            continue
        if subj.dep_ == "dobj" and _left_dead(subj.head):
            res = ("killed", next(c for c in subj.head.children if c.lower_ == "dead"))
        else:
            res = find_outcome([subj], None) or _conjoined_death(subj)
        # (one more told by an ordinal is new whatever befell them: "Two civilians were killed and a third was
        # wounded"; a wounding told of "he" may be a victim counted already)
        wanted = ("killed", "injured") if subj.lower_ in ORDINAL_VICTIMS else ("killed",)
        if res is None or res[0] not in wanted or _is_agent_subject(subj, res[1]) or _negated(res[1]) or \
                _unrealised(res[1]):
            continue
        end = subj.idx + len(subj.text)
        q = Quantity(n, n, None, subj.left_edge.idx, end, subj.left_edge.idx, end,
                     sent.doc.text[subj.left_edge.idx:end])
        found.append(_claim(q, [subj], subj if subj.pos_ == "NOUN" else None, res[0], res[1], sent))
        found[-1].anaphoric = anaphoric
        covered.update(range(subj.left_edge.idx, end))
    for person, death in _death_of(sent):   # "the fatal shooting of 1-year-old Braylon Robinson"
        start, end = death.left_edge.idx, person.idx + len(person.text)
        if person.idx in covered or start in covered:
            continue
        q = Quantity(1, 1, None, start, end, start, end, sent.doc.text[start:end])
        found.append(_claim(q, [person], person if person.pos_ == "NOUN" else None, "killed", death, sent))
        found[-1].anaphoric = True
        covered.update(range(start, end))
    for first, root, n, last in _named_victims(sent):
        if first.idx in covered or root.idx in covered:
            continue
        res = find_outcome([root], None)
        if res is None or res[0] not in ("killed", "injured") or _negated(res[1]) or _unrealised(res[1]):
            continue
        if root.dep_ == "nsubj" and res[1].lemma_.lower() in TRANSITIVE and not _passive(res[1]):
            continue   # who kills, or vows to: 'President Hassan Sheikh Mohamud has vowed to "eliminate" the group'
        end = last.idx + len(last.text)
        q = Quantity(n, n, None, first.idx, end, first.idx, end, doc_text_of(sent.doc)[first.idx:end])
        found.append(_claim(q, [root], None, res[0], res[1], sent))
    for m in MULTIPLE_KILLING_RE.finditer(sent.text):   # "a triple homicide": three dead
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if start not in covered:
            n = MULTIPLES[m.group(1).lower()]
            tok = doc.char_span(start, end, alignment_mode="expand")
            if tok is not None and len(tok):
                q = Quantity(n, n, None, start, end, start, end, m.group(0))
                found.append(_claim(q, [tok[-1]], None, "killed", tok[-1], sent))
    # sub-groups that inherit the outcome of the group they belong to ("including three children")
    for q, num_tokens, noun in pending:
        parent = hints.get(id(q)) or _group_of(num_tokens, noun, found)
        if parent is not None and hints.get(id(q)) is None and _own_state(num_tokens, noun):
            continue    # "leaving one dead and 11 others shot": the part says what befell it
        if parent is not None and _placed_part(noun):
            continue    # "killed 15 civilians, 12 of them in a market": where a part fell, not who they were
        if parent is not None and _severity_part(noun):
            continue    # "injured nine, two of them critically": how badly a part was hurt, not who they were
        if parent is not None:
            if _one_named_by_article(q, num_tokens):
                continue    # "killed four civilians, including a child": who was among them, not a figure
            claim = _claim(q, num_tokens, noun, parent.outcome, None, sent)
            claim.evidence_start = min(claim.evidence_start, parent.evidence_start)
            claim.evidence_end = max(claim.evidence_end, parent.evidence_end)
            claim.scope = parent.scope
            claim.parent = parent
            appos = _appositive_victim(num_tokens, noun)
            if appos is not None:     # "has risen to 86, 30 of them children"
                claim.victims = victims_of(appos)
                claim.evidence_end = max(claim.evidence_end, appos.idx + len(appos.text))
            found.append(claim)
    # "More than 5,000 refugees have crossed into Turkey, and another 10,000 are taking shelter near the
    # border"; "almost 6,000 additional civilians were waiting to enter Turkey": more of the same outcome
    for q, num_tokens, noun in pending:
        if any(f.quantity is q for f in found) or not _adds_to_previous(q, num_tokens, noun) or \
                _cared_for(num_tokens, noun):
            continue
        earlier = [f for f in found if f.quantity.start < q.start and f.parent is None]
        outcome = earlier[-1].outcome if earlier else prev_outcome
        if outcome is None:
            continue
        claim = _claim(q, num_tokens, noun, outcome, None, sent)
        m = re.search(r"(?:another|a further|an additional)\s+$", doc_text_of(doc)[max(0, q.start - 20):q.start])
        if m:
            claim.evidence_start = q.start - (len(doc_text_of(doc)[max(0, q.start - 20):q.start]) - m.start())
        found.append(claim)
    # "Six of them were children": a part of the figure of the sentence before, told by who they were
    if prev_outcome is not None:
        for q, num_tokens, noun in pending:
            if noun is None or noun.lower_ not in ("them", "those") or noun.i < num_tokens[-1].i or \
                    any(f.quantity is q for f in found):
                continue
            verb = num_tokens[-1].head
            if num_tokens[-1].dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() != "be":
                continue
            claim = _claim(q, num_tokens, noun, prev_outcome, verb, sent)
            _victims_from_predicate(claim, num_tokens, noun)
            if claim.victims == "all":
                continue    # "Eleven of them are in hospital": the same people told by where they are, no kind
            found.append(claim)
    found = [f for f in found if f.parent is not None or f.victims != "all" or
             not some_of_the_counted(doc[f.token_i], DEAD_NOUNS)]
    if TOLL_RISE_RE.search(sent.text):
        found = [f for f in found if not _how_the_toll_grew(f, found, doc)]
    found.sort(key=lambda c: c.quantity.start)
    return found


# A toll told as risen, and the wounded who died to raise it: "the toll has risen to seven, after three of the
# wounded succumbed", "Three of the wounded later died, bringing the toll to seven".
TOLL_RISE_RE = re.compile(r"\b(?:toll|number of (?:the )?(?:dead|deaths|those killed))\b[^.;]{0,80}?\b(?:rose|risen|"
                          r"rises|climbed|reached|increased|jumped)\b|\bbringing the (?:death )?toll\b", re.IGNORECASE)
DIED_OF_THE_WOUNDED_RE = re.compile(r"\bof (?:the (?:wounded|injured)|them|whom)\b[^.;]{0,40}?\b(?:died|succumbed|"
                                    r"passed away)\b", re.IGNORECASE)


def _how_the_toll_grew(f: FoundClaim, found: list[FoundClaim], doc) -> bool:
    """Whether `f` counts the wounded who died to raise a larger toll told in the same sentence: those deaths are in
    the toll, no claim of their own."""
    text = doc_text_of(doc)[f.evidence_start:f.evidence_end]
    return f.outcome == "killed" and f.parent is None and bool(DIED_OF_THE_WOUNDED_RE.search(text)) and any(
        g is not f and g.outcome == "killed" and claim_count(g) > claim_count(f) for g in found)


def claim_count(found: FoundClaim) -> int:
    """How many people a claim counts at least: "at least 24" 24, "up to 30" 30."""
    q = found.quantity
    return q.low if q.low is not None else q.high or 0


# The counted, as a partitive names them: "two of the victims", "one of the dead", "three of the wounded". Some of
# the dead are never more dead; some of the victims or of the wounded who died may be ("Two people were shot; one
# of the victims died in hospital").
COUNTED_NOUNS = frozenset({"victims", "dead", "wounded", "injured", "casualties", "killed", "deceased"})
DEAD_NOUNS = frozenset({"dead", "killed", "deceased"})


def some_of_the_counted(number, nouns=COUNTED_NOUNS) -> bool:
    """Whether a figure is some of those a figure before counts ("One of the dead had not been identified", "two
    of the victims died of their wounds on Tuesday"): who they were or when they died."""
    head = number.head if number.dep_ == "nummod" else number
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in nouns and any(d.lower_ in ("the", "those") for d in g.lefts)
        for g in c.children) for c in head.children)


# Verbs and nouns of a harm meant, not done: "threatened to kill", "a plot to kill", "tried to abduct".
INTENT_VERBS = frozenset({"threaten", "plan", "plot", "try", "attempt", "seek", "aim", "vow", "intend", "want",
                          "conspire", "prepare", "fail", "pledge", "promise"})
INTENT_NOUNS = frozenset({"plot", "plan", "attempt", "bid", "threat", "threats", "conspiracy", "scheme", "plots",
                          "plans", "attempts"})
UNREAL_MODALS = frozenset({"could", "would", "might", "may", "will", "can", "should", "'d", "wo", "ca"})


def _unrealised(trigger) -> bool:
    """A harm told as meant, feared or threatened, not done: "the militants threatened to kill 50 hostages",
    "foiled a plot to kill 30 worshippers", "the bomb could have killed hundreds", "a strike that could kill
    dozens" (not "managed to kill 20 militants", "killed 12 in an attempt to seize the town", nor a hedge on a
    harm done: "may have killed 40 fighters", "could have been killed")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & UNREAL_MODALS:
        if "have" in words:
            return bool(words & {"could", "would", "'d"}) and not any(c.dep_ == "auxpass" for c in aux)
        return True
    to = next((c for c in aux if c.lower_ == "to" and c.i == trigger.i - 1), None)
    if to is None or to.i == 0:
        return False
    before = trigger.doc[to.i - 1]
    return before.lemma_.lower() in INTENT_VERBS and before.pos_ in ("VERB", "AUX") or \
        before.lower_ in INTENT_NOUNS and before.pos_ == "NOUN"


def _fatal_part(num_tokens, noun):
    """ "Five people were shot, two fatally", "shot 12 protesters, three of them fatally": the adverb right
    after a figure (or after its "of them") says that part died. Returns the adverb token, or None."""
    doc = num_tokens[0].doc
    i = max(num_tokens[-1].i, noun.i if noun is not None and noun.lower_ in PART_PRONOUNS else -1) + 1
    if i < len(doc) and doc[i].lower_ in FATAL_ADVERBS and i < sent_end(num_tokens[-1]) and \
            (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("VERB", "AUX", "ADJ")):   # not "two fatally shot men"
        return doc[i]
    return None


PART_PRONOUNS = frozenset({"them", "those", "whom"})


def _part_then(noun, words: frozenset[str]) -> bool:
    """Whether a part of a figure ("12 of them", "two of whom") is followed, in its sentence, by one of `words`."""
    if noun is None or noun.lower_ not in PART_PRONOUNS:
        return False
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.lower_ in words and nxt.i < sent_end(noun)


PLACING_WORDS = frozenset({"in", "at", "inside", "near"})


def _placed_part(noun) -> bool:
    """ "12 of them in a market", "eight of them at the hospital": a part of a figure told only by a place,
    a breakdown of the same victims (its figure counts no other kind of people)."""
    return _part_then(noun, PLACING_WORDS)


# How badly the wounded are hurt: "two of them critically", "three of them seriously".
SEVERITY_WORDS = frozenset({"critically", "seriously", "severely", "gravely", "badly", "lightly", "slightly",
                            "moderately", "mildly"})


def _severity_part(noun) -> bool:
    """ "injured nine, two of them critically", "wounded 12 people, three of them seriously": a part of a figure
    told only by how badly they were hurt, the same victims counted again (like "five of them in critical
    condition"); beside its total it would read as a rival figure."""
    return _part_then(noun, SEVERITY_WORDS)


def _own_state(num_tokens, noun) -> bool:
    """A figure followed by its own participle that is no outcome word ("11 others shot", "two others
    hospitalized"): not a part of the figure before it."""
    doc = num_tokens[0].doc
    i = max(num_tokens[-1].i, noun.i if noun is not None else -1) + 1
    return i < len(doc) and doc[i].tag_ in ("VBN", "VBD") and doc[i].pos_ == "VERB" and _trigger_outcome(doc[i]) is None


def _cared_for(num_tokens, noun) -> bool:
    """ "another two, including a baby, were hospitalized", "another 20 were taken to hospital": more people,
    but their own verb tells they lived to be treated, not the outcome of the figure before."""
    subj = noun if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") else num_tokens[-1]
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subj.head
    clause = doc_text_of(verb.doc)[verb.idx:verb.right_edge.idx + len(verb.right_edge.text)] \
        if verb.i > subj.i else verb.text
    return bool(SURVIVAL_RE.match(clause)) and _trigger_outcome(verb) is None


def _adds_to_previous(q: Quantity, num_tokens, noun) -> bool:
    """ "another 10,000", "a further 20", "6,000 additional civilians", "20 more people" (of people)."""
    doc = num_tokens[0].doc
    start = doc.char_span(q.start, q.num_end, alignment_mode="expand")
    first = start[0] if start is not None and len(start) else num_tokens[0]
    prev = [t.lower_ for t in doc[max(0, first.i - 2):first.i]]
    if noun is not None and not (noun.lower_ in ALL_NOUNS or noun.lower_ in VICTIM_NOUNS or
                                 noun.lemma_.lower() in VICTIM_NOUNS):
        return False
    if prev[-1:] == ["another"] or prev[-2:] in (["a", "further"], ["an", "additional"]):
        return True
    after = doc[num_tokens[-1].i + 1] if num_tokens[-1].i + 1 < len(doc) else None
    return after is not None and after.lower_ in ("additional", "more", "further")


def _victims_from_predicate(claim: FoundClaim, num_tokens, noun) -> None:
    """ "Five of the dead were children": the victims of a part are told by the predicate."""
    if claim.victims != "all" or noun is None or noun.lower_ not in (
            "dead", "victims", "those", "them", "killed", "casualties", "bodies", "wounded", "injured"):
        return
    head = num_tokens[-1]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_.lower() != "be":
        return
    attr = next((c for c in head.head.children if c.dep_ in ("attr", "acomp")), None)
    if attr is not None and (attr.lower_ in VICTIM_NOUNS or attr.lemma_.lower() in VICTIM_NOUNS):
        claim.victims = victims_of(attr)
        claim.evidence_end = max(claim.evidence_end, attr.idx + len(attr.text))


# Subjects of "show" that make a figure a description of pictures, not a count anyone vouches for:
# "Images ... showed scores of bodies", "One video showed the bodies of a dozen people".
FOOTAGE_NOUNS = frozenset({"video", "videos", "footage", "image", "images", "photo", "photos", "photograph",
                           "photographs", "picture", "pictures", "clip", "clips", "film", "recording"})
SHOW_VERBS = frozenset({"show", "depict", "feature", "capture", "appear", "purport", "reveal"})


def _shows_footage(verb) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in SHOW_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":     # "A video purportedly shot in ... showed a room"
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (subj.lower_ in FOOTAGE_NOUNS or subj.lemma_.lower() in FOOTAGE_NOUNS):
        return True
    return verb.dep_ == "acl" and (verb.head.lower_ in FOOTAGE_NOUNS or verb.head.lemma_.lower() in FOOTAGE_NOUNS)


def _in_footage(tok) -> bool:
    """Whether a figure is what a video or a picture shows."""
    return any(_shows_footage(anc) for anc in tok.ancestors)


def describes_footage(sent) -> bool:
    """Whether a sentence describes what a video or pictures show (its next sentence may go on)."""
    return any(_shows_footage(t) for t in sent)


# Casualties of both kinds in one figure: "killed and wounded". ("kidnapped and killed" counts the dead.)
MIXABLE = frozenset({"killed", "injured"})


def _mixed_outcomes(trigger, outcome: str) -> bool:
    """One figure for two outcomes: "scores of people were killed and injured", "several dozen dead and
    wounded" counts casualties of both kinds, so it is neither a killed nor an injured figure. A
    coordinated trigger with its own figure ("killed 44 and injured 140 others") is not mixed."""
    if trigger is None or outcome not in MIXABLE:
        return False
    doc = trigger.doc
    for a, b in ((trigger.i + 1, trigger.i + 2), (trigger.i - 1, trigger.i - 2)):
        # the surface order, which survives misparses: "several dozen dead and wounded"
        if 0 <= b < len(doc) and 0 <= a < len(doc) and doc[a].lower_ in ("and", "or", "&", "and/or") and \
                _trigger_outcome(doc[b]) in MIXABLE - {outcome} and doc[b].lower_ not in WEAK_TRIGGERS:
            nxt = doc[b + 1] if b + 1 < len(doc) and b > trigger.i else None
            if nxt is None or not (nxt.like_num or nxt.pos_ == "NUM"):
                return True
    for other in list(trigger.conjuncts):
        out = _trigger_outcome(other)
        if out not in MIXABLE or out == outcome or other.lower_ in WEAK_TRIGGERS:
            continue
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "npadvmod") for c in other.children):
            continue
        if any(c.dep_ == "nummod" for c in other.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.like_num for c in trigger.children):
            continue    # "reported six dead and 17 injured": each with its own figure
        if other.i < trigger.i and trigger.i - other.i > 3 or other.i > trigger.i and other.i - trigger.i > 3:
            continue
        return True
    return False


def _names_one_victim(q: Quantity, num_tokens, noun) -> bool:
    """ "One of those killed was Amjad al-Danaf": a single victim singled out of a toll already told,
    not a figure."""
    if (q.low, q.high) != (1, 1) or noun is None:
        return False
    if noun.lower_ in ("those", "dead", "victims", "killed", "casualties", "wounded", "injured", "them") and \
            noun.i > num_tokens[-1].i and num_tokens[-1].head.lemma_.lower() == "be":
        after = num_tokens[-1].doc[noun.i + 1: min(noun.i + 6, sent_end(noun))]
        return not any(t.lower_ in SINGULAR_VICTIMS or t.lower_ in VICTIM_NOUNS for t in after)
    return False


def _appositive_victim(num_tokens, noun):
    """ "one of them a woman", "two of whom were children": the victims of a sub-group told by an apposition
    after "of them", or by the predicate after "of whom"."""
    if noun is None or noun.lower_ not in ("them", "those", "whom"):
        return None
    doc = noun.doc
    i = noun.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ in ("were", "are"):
        i += 1          # "two of whom were children" (one "was a woman" is told by `_singular_victims`)
    if i + 1 < len(doc) and doc[i].lower_ in ("a", "an") and doc[i + 1].lower_ in SINGULAR_VICTIMS:
        return doc[i + 1]
    if i < len(doc) and doc[i].lower_ in VICTIM_NOUNS and doc[i].lower_ not in SINGULAR_VICTIMS:
        return doc[i]
    return None


SINGULAR_VICTIMS = frozenset({"woman", "child", "man", "person", "civilian", "citizen", "soldier", "officer",
                              "policeman", "boy", "girl", "baby", "infant", "leader", "commander", "pilot",
                              "fighter", "journalist", "medic", "doctor", "resident", "militant", "member",
                              "teenager", "toddler", "paramedic", "nurse", "rebel", "jihadist", "gunman",
                              "teen", "student", "driver", "motorist", "passenger", "pedestrian", "bystander",
                              "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister",
                              "youth", "juvenile", "deputy", "trooper", "guard", "worker", "farmer", "villager",
                              "shopkeeper", "patron", "customer", "clerk", "employee", "male", "female", "victim",
                              "grandmother", "grandfather", "boyfriend", "girlfriend", "neighbor", "neighbour",
                              "hunter", "shepherd", "herder", "fisherman", "homeowner", "bartender", "cashier",
                              "cyclist", "motorcyclist", "trader", "vendor", "imam", "priest"})


def _aged(noun) -> bool:
    """ "a 54-year-old man", "an 11-year-old": a person told by age."""
    return noun.lower_ == "old" or any(c.lower_ == "old" or c.dep_ == "amod" and c.lower_.endswith("-old")
                                       for t in noun.children for c in (t, *t.children))


def _also_told(trigger) -> bool:
    """ "A man was also killed", "a woman was killed too": one more than those counted, not one of them."""
    return any(c.lower_ in ("also", "too", "as well") for c in trigger.children) or \
        any(c.lower_ in ("also", "too") for a in trigger.ancestors for c in a.children if c.dep_ == "advmod")


def _coordinated_count(noun) -> tuple[int, int]:
    """How many people a singular victim and the victims coordinated with it count, and where the last
    ends: "a woman and toddler" 2, "a man and his wife" 2, "a woman and her two children" 3 ("a woman and a
    child" are two victims told one by one: 1 here, the child its own)."""
    n, last = 1, noun
    for c in noun.conjuncts:
        if c.i < noun.i:
            continue
        num = next((t for t in c.children if t.dep_ == "nummod"), None)
        if any(t.dep_ == "det" and t.lower_ in ("a", "an", "another") for t in c.children):
            continue      # "a woman and a child": each is told as a victim of its own
        if num is not None and c.lower_ in VICTIM_NOUNS:
            value = parse_number(num.text)
            if value is None:
                return 1, noun.idx + len(noun.text)
            n += value
        elif c.tag_ == "NN" and c.lower_ in SINGULAR_VICTIMS:
            n += 1
        else:
            return 1, noun.idx + len(noun.text)     # "a man and a car": not all people
        last = max(last, c, key=lambda t: t.i)
    return n, last.idx + len(last.text)


def _listed_one_by_one(noun) -> bool:
    """ "A man and a woman died", "a woman and a child were wounded": people listed one by one, each with its article,
    are those a figure of that outcome counts when one does ("Two civilians were killed ... A man and a woman died
    at the scene"), and count themselves where none does."""
    def single(t) -> bool:
        return t.lower_ in SINGULAR_VICTIMS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    return single(noun) and any(single(c) for c in noun.conjuncts)


def _named_victims(sent):
    """ "Kurt Myers, 64, was killed", "Isabella Heffernan was found dead", "A, 31, B, 19, and C were found
    dead": named people who are the subject of a death or a wounding, with how many are named. A name
    the NER missed counts when an age stands beside it."""
    dateline = _dateline_end(sent)
    for root in sent:
        if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or not _is_named_person(root, strict=True) or \
                root.i < dateline:
            continue
        if root.dep_ == "dobj" and _trigger_outcome(root.head) != "killed":
            continue   # the object of a killing itself: "shot and killed Kalif Goens" (not "targeted Jaramana")
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > root.i and any(g.dep_ == "nummod" for g in c.children)
               for c in root.head.children):
            continue   # the verb's subject is a figure after the name: "According to the spokesman, Gizachew
            #            Muluneh, 12 people were killed" (the parser hangs the speaker's name on the verb too)
        names = [root] + [c for c in root.children if c.dep_ == "appos" and _is_named_person(c)] + \
            [c for c in root.conjuncts if c.i > root.i and _is_named_person(c)]
        first = root
        while first.i > sent.start and first.doc[first.i - 1].dep_ == "compound" and \
                first.doc[first.i - 1].pos_ == "PROPN":
            first = first.doc[first.i - 1]
        yield first, root, len(names), max(names, key=lambda t: t.i)


DATELINE_DASHES = frozenset({"-", "—", "–", "--"})


def standing_dash(tok) -> bool:
    """A dash standing alone between spaces, as one ends a dateline ("Sanaa, Saba - Six citizens", "NASHVILLE,
    Tenn. (WKRN) – Authorities"); not the hyphen inside a name ("al-Assad")."""
    return tok.text in DATELINE_DASHES and tok.i > 0 and bool(tok.whitespace_) and bool(tok.doc[tok.i - 1].whitespace_)


def _dateline_end(sent) -> int:
    """Where a dateline opening the sentence ends ("Sanaa, Saba - Six citizens were killed", "GAZA CITY,
    Nov 3 (AFP) — ..."): the token after a spaced dash among the first eight tokens with no verb before it;
    else the sentence's start. A name there is the place or the agency, never a victim."""
    doc = sent.doc
    for tok in doc[sent.start:min(sent.end, sent.start + 8)]:
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.i > sent.start and standing_dash(tok):
            return tok.i + 1
    return sent.start


def _is_named_person(tok, strict: bool = False) -> bool:
    """A person's name: typed PERSON, or (the NER missing it) a name with an age beside it; in a list after
    such a name, any name ("Damon Newman,19" typed an organisation)."""
    if tok.pos_ == "PROPN" and _names_an_agency(tok):
        return False        # "... execute 10 children of alleged rebels Monitor AFP Saturday": a credit, no victim
    if tok.pos_ == "PROPN" and _names_a_division(tok):
        return False        # "Zamfara is one of the states worst hit, where thousands have been killed": a state
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON", "ORG" if not strict else ""):
        return False
    ages = [c for c in tok.children if c.dep_ == "appos" and c.like_num]
    return bool(ages) or not strict and (tok.ent_type_ == "PERSON" or re.search(r",\s*\d+$", tok.text) is not None)


def _names_a_division(tok) -> bool:
    """Whether a one-word name is a country or a first-level division the gazetteer knows exactly ("Zamfara",
    "Borno", "Idlib"), standing alone (no first name before it): the tagger may take it for a person."""
    if any(c.dep_ == "compound" for c in tok.lefts) or any(c.dep_ in ("compound", "flat") for c in tok.rights):
        return False
    return _division_name(tok.text)


@lru_cache(maxsize=4096)
def _division_name(name: str) -> bool:
    """Whether the gazetteer knows a name exactly as a country or a first-level division. Cached: asked of
    every proper-noun subject of every sentence."""
    from sitrep.gazetteer import KIND_ADMIN1, KIND_COUNTRY, default_gazetteer
    return any(c.score == 100 and c.entry.kind in (KIND_ADMIN1, KIND_COUNTRY)
               for c in default_gazetteer().lookup(name, fuzzy=False, limit=3))


def _names_an_agency(tok) -> bool:
    """Whether a name is a news agency's or an outlet's ("AFP", "Reuters", "SANA"): a credit scraped copy runs
    into the text after the headline, which the tagger may read as a person."""
    from sitrep.extract.speakers import canonical_speaker     # speakers reads this module
    return canonical_speaker(tok.text)[1] in ("outlet", "state_media")


# Nouns for those who tell news and never are its casualties: "two security sources said".
SOURCE_NOUNS = frozenset({"source", "sources"})


def is_telling_source(noun) -> bool:
    """Whether a noun names sources of the news, or those listed with them: the parser may run the speakers
    closing a sentence into the list of the dead ("killing more than 50 soldiers and auxiliary fighters, two
    security sources and a resident said"), yet sources tell of a toll and are never in it; so is whoever is
    listed after them ("a resident")."""
    tok = noun
    while True:
        if tok.lower_ in SOURCE_NOUNS:
            return True
        if tok.dep_ != "conj" or tok.head.i >= tok.i:
            return False
        tok = tok.head


def _retold_by_apposition(noun, covered: set[int], told_one: set[int]) -> bool:
    """ "One of the injured, a 14-year-old boy, died", "a fourth person, a worker at a chemical plant, was
    killed", "Two people, a farmer and his nephew, were shot dead": an apposition names again those a figure
    or a victim word before it counts already."""
    head = noun.head
    counted = head.idx in covered or head.i in told_one or \
        any(c.dep_ == "nummod" and c.idx in covered for c in head.children)
    return noun.dep_ == "appos" and head.i < noun.i and counted


def _singular_victims(sent):
    """ "a woman was killed", "injuring a citizen", "Another woman was killed": one victim, no digit."""
    for tok in sent:
        if tok.tag_ != "NN" or tok.lower_ not in SINGULAR_VICTIMS or tok.dep_ in ("compound", "amod") or \
                tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("-", "–"):
            continue   # "a rebel-held town", "a child protection officer"
        if is_telling_source(tok):
            continue   # "killing 50 soldiers, two security sources and a resident said"
        if any(c.dep_ == "nummod" for c in tok.children):
            continue
        det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("a", "an", "another")), None)
        if det is None and tok.i > sent.start and tok.doc[tok.i - 1].lower_ in ("a", "an", "another"):
            det = tok.doc[tok.i - 1]     # a comma-less run-in the parser hung elsewhere: "al-Latamineh A woman"
        if det is None or det.i != tok.left_edge.i and det.i != tok.i - 1:
            continue
        yield det, tok
    for tok in sent:   # "shot and killed an 11-year-old": a person told by an age alone
        if tok.lower_ == "old" and tok.i >= sent.start + 5 and [t.lower_ for t in tok.doc[tok.i - 3:tok.i]] == \
                ["-", "year", "-"] and tok.doc[tok.i - 5].lower_ in ("a", "an", "another") and \
                not (tok.i + 1 < sent.end and tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
            yield tok.doc[tok.i - 5], tok


# Subjects that tell of one person already introduced: "He was pronounced dead", "the victim died".
DEAD_PRONOUNS = {"he": 1, "she": 1, "both": 2}
ORDINAL_VICTIMS = frozenset({"second", "third", "fourth", "fifth"})
# People a story names by a definite noun once told: the victims and the one who did it.
TOLD_PEOPLE = SINGULAR_VICTIMS | {"suspect", "homeowner", "tenant", "shooter"}
DEFINITE = frozenset({"the", "this", "that", "his", "her", "their"})


def _told_dead(sent):
    """Subjects of a death that count people without a figure: a pronoun ("She was pronounced dead at
    the scene"), a person named by a definite noun ("The male patron died", "the suspect was pronounced
    dead"; the object of a killing: "killed his wife"), "both", or an ordinal ("A third was killed").
    Yields (token, how many, whether it points back to people told before: a pronoun, "both", "the
    woman"); the caller keeps only a death (a wounding told of "he" may be a victim counted already)."""
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        low = tok.lower_
        if tok.dep_ == "dobj" and low not in TOLD_PEOPLE:
            continue
        if low in DEAD_PRONOUNS and tok.pos_ in ("PRON", "DET", "NOUN"):
            yield tok, DEAD_PRONOUNS[low], True
        elif low == "they" and any(t.lower_ == "both" and t.dep_ in ("appos", "dep", "advmod", "det", "preconj")
                                   for t in [*tok.children, *tok.head.children]):
            yield tok, 2, True     # "they were both pronounced dead", "They both died" 
        elif low == "they" and (pair := _pair_before(tok)) > 1:
            yield tok, pair, True   # "The woman and her child were taken ... where they died" 
        elif low in ORDINAL_VICTIMS and any(c.lower_ in ("a", "the") for c in tok.lefts):
            yield tok, 1, False
        elif tok.dep_ == "dobj" and _left_dead(tok.head) and not any(c.dep_ == "nummod" for c in tok.children) and (
                tok.tag_ == "NN" and low in TOLD_PEOPLE or _is_named_person(tok, strict=True) or
                any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)):
            yield tok, 1, False   # "left his brother Kalif Goens, 22, dead", "left commander Abu Omar dead"
        elif tok.tag_ == "NN" and low in TOLD_PEOPLE and not any(c.dep_ == "nummod" for c in tok.children) \
                and (tok.dep_ != "dobj" or tok.head.lemma_.lower() in ("kill", "murder")) \
                and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.lefts):
            yield tok, 1, tok.dep_ != "dobj"


def _pair_before(they) -> int:
    """How many people "they" stands for when the same sentence made them one subject before it: "The woman
    and her child were taken to hospital, where they died" 2, "A man and his wife ... but they died" 2; else 0."""
    sent_i = sent_start(they)
    for tok in they.doc[sent_i:they.i]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN" and tok.lower_ in TOLD_PEOPLE and tok.conjuncts:
            n = 1 + sum(1 for c in tok.conjuncts if c.i > tok.i and c.tag_ == "NN" and c.lower_ in TOLD_PEOPLE)
            if n == 1 + len([c for c in tok.conjuncts if c.i > tok.i]):
                return n
    return 0


def _left_dead(verb) -> bool:
    """ "left X dead": a verb of leaving whose object's state is death."""
    return verb.lemma_.lower() == "leave" and any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.lower_ == "dead" for c in verb.children)


# Nouns of one person's violent death, and those that say so only when called fatal: "the murder of",
# "the shooting death of", "the fatal shooting of".
DEATH_NOUNS = frozenset({"death", "murder", "killing", "slaying", "homicide", "assassination"})
FATAL_WHEN_CALLED = frozenset({"shooting", "stabbing", "beating"})


def _death_of(sent):
    """ "the fatal shooting of a woman", "the shooting death of 15-year-old Antonio Newsom", "the murder of
    his 10-year-old sister": one person's death told by a noun. Yields (the person, the death noun); the
    person may be counted by a figure elsewhere, so these count only where no figure does."""
    for of in sent:
        if of.lower_ != "of" or of.dep_ != "prep":
            continue
        noun = of.head
        fatal = noun.lower_ in DEATH_NOUNS or noun.lower_ in FATAL_WHEN_CALLED and any(
            c.lower_ in ("fatal", "deadly") for c in noun.lefts)
        if not fatal or noun.pos_ != "NOUN":
            continue
        person = next((c for c in of.children if c.dep_ == "pobj"), None)
        if person is None or any(c.dep_ == "nummod" for c in person.children):
            continue
        if person.tag_ == "NN" and person.lower_ in TOLD_PEOPLE or person.ent_type_ == "PERSON" or \
                person.lower_ == "old" and person.tag_ == "JJ":    # "the killing of an 11-year-old"
            yield person, noun


# Verbs of a state the harm left someone in: "is in critical condition", "remain in hospital".
STATE_VERBS = frozenset({"be", "remain", "lie", "stay"})


def _after_harm(verb):
    """ "is in critical condition after being shot", "remain in hospital after being wounded by shrapnel": the
    harm told by "after" + a passive participle. Returns (outcome, participle) or None."""
    after = [t for c in verb.children if c.lower_ == "after" and c.dep_ in ("prep", "mark") for t in c.subtree]
    hung = [c for c in verb.children   # "after being shot" hung as an adverbial clause of the verb
            if c.dep_ == "advcl" and any(g.lower_ == "after" for g in c.children)]
    for t in after + hung:
        if t.tag_ == "VBN" and any(g.lower_ == "being" for g in t.children):
            out = _trigger_outcome(t)
            if out in ("killed", "injured", "abducted"):
                return out, t
    return None


def _negated(verb) -> bool:
    """ "won't succumb to this violence", "was not killed": a death or wounding denied is none."""
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _conjoined_death(subj):
    """ "He was rushed to the hospital but died": a death told by a verb joined to the subject's own."""
    for verb in subj.head.conjuncts:
        if verb.i > subj.head.i and verb.pos_ == "VERB" and _trigger_outcome(verb) == "killed" and \
                verb.lower_ not in WEAK_TRIGGERS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return "killed", verb
    return None


# "a double homicide", "a triple murder": so many dead, told in one word.
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}
MULTIPLE_KILLING_RE = re.compile(r"\b(double|triple|quadruple)[- ](?:homicides?|murders?|killings?|slayings?)\b",
                                 re.IGNORECASE)


GROUP_MARKERS = (("among", "them"), ("among", "whom"), ("among", "those"), ("of", "whom"), ("including",))


def _after_group_marker(first, found: list[FoundClaim], noun=None, depth: int = 0) -> FoundClaim | None:
    """The figure just before a figure that opens a part of it: "seven civilians were killed among
    them a child and two women", "killed 7 including 2 children". "nine others" is another group."""
    doc = first.doc
    if noun is not None and noun.lower_ in ("others", "other"):
        return None
    for marker in GROUP_MARKERS:
        n = len(marker)
        if first.i - n < 0 or tuple(t.lower_ for t in doc[first.i - n:first.i]) != marker:
            continue
        near = [f for f in found if 0 < first.i - f.token_i <= 8]
        return near[-1] if near else None
    # "a child and two women": the second of a coordinated part
    if depth == 0 and first.i >= 2 and doc[first.i - 1].lower_ == "and":
        j = first.i - 2
        while j > 0 and doc[j].pos_ in ("NOUN", "ADJ", "DET", "NUM"):
            j -= 1
        if j + 1 < first.i - 1:
            return _after_group_marker(doc[j + 1], found, None, depth + 1)
    return None


def _is_no_one(num_tokens) -> bool:
    doc = num_tokens[0].doc
    first = num_tokens[0]
    return first.lower_ == "one" and first.i > 0 and doc[first.i - 1].lower_ in ("no", "any", "every", "each")


def _group_of(num_tokens, noun, found: list[FoundClaim]) -> FoundClaim | None:
    """The claim a sub-group figure belongs to: its noun hangs off "including"/"among" under the
    group's noun, or is coordinated with it."""
    if not found:
        return None
    x = noun if noun is not None else num_tokens[-1]
    for _ in range(4):
        if x.head.i == x.i:
            break
        if x.head.lower_ in ("including", "among", "includes", "include") or x.dep_ == "conj":
            for f in found:
                start_tok = x.doc[f.token_i]
                group_noun = start_tok.head if start_tok.dep_ == "nummod" else start_tok
                if group_noun.i in {a.i for a in x.ancestors} or f.token_i in {a.i for a in x.ancestors}:
                    return f
        x = x.head
    # "... including X" anywhere right after a group figure in the same clause
    first, doc = num_tokens[0], num_tokens[0].doc
    for f in found:
        between = doc[f.token_i:first.i]
        if 0 < first.i - f.token_i <= 6 and any(t.lower_ in ("including", "among") for t in between):
            return f
        # "killing six civilians and five militiamen": a coordinated figure
        if 0 < first.i - f.token_i <= 4 and [t.lower_ for t in between[1:]][-1:] == ["and"] and \
                all(t.pos_ in ("NOUN", "ADJ", "PROPN", "CCONJ", "PUNCT") for t in between[1:]):
            return f
    # "Another 17 people were wounded, three of them children": a part told right after the figure, however the
    # parser hangs the verbless "three of them children"
    if noun is not None and noun.lower_ in ("them", "whom") and first.i > 0 and doc[first.i - 1].text == "," and \
            _appositive_victim(num_tokens, noun) is not None:
        near = [f for f in found if 0 < first.i - f.token_i <= 15]
        if near:
            return near[-1]
    # "Ten children were among at least 48 people killed": the sub-group comes first
    last = (noun or num_tokens[-1])
    for f in found:
        between = doc[last.i + 1:f.token_i]
        if 0 < f.token_i - last.i <= 5 and any(t.lower_ == "among" for t in between):
            return f
    return None


# Men who take people with no state's warrant: "gunmen", "bandits", "militants" (the actor table names the groups).
ARMED_MEN_WORDS = frozenset({"gunmen", "bandits", "militants", "jihadists", "insurgents", "rebels", "militiamen",
                             "militia", "militias", "fighters", "kidnappers", "attackers", "assailants", "terrorists"})


def _held_by_armed_group(verb) -> bool:
    """Whether the ones who "detained" or "arrested" people are a non-state armed group: its doer, the active
    subject ("RSF fighters detained 30 young men", "al-Shabaab militants arrested 12 elders") or the passive agent
    ("detained by Houthi gunmen"), is armed men or a group the actor table knows as no state's."""
    from sitrep.actors import default_actors
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + \
        [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for doer in doers:
        words = verb.doc[doer.left_edge.i:doer.i + 1].text
        if doer.lower_ in ARMED_MEN_WORDS or default_actors().names_armed_group(words):
            return True
    return False


def _claim(q: Quantity, num_tokens, noun, outcome: str, trigger, sent) -> FoundClaim:
    pieces = [(q.start, q.end)]
    if noun is not None and abs(noun.i - num_tokens[-1].i) <= 8:
        pieces.append((noun.idx, noun.idx + len(noun.text)))
    if trigger is not None:
        pieces.append((trigger.idx, trigger.idx + len(trigger.text)))
    start = min(p[0] for p in pieces)
    end = max(p[1] for p in pieces)
    scope = toll_scope(sent, num_tokens[-1].i, q.vague) or month_scope(sent, num_tokens[-1].i, trigger)
    text = doc_text_of(sent.doc)
    if scope is None and (SHARE_BEFORE_RE.search(text, max(0, q.start - 20), q.start) or
                          SHARE_AFTER_RE.match(text, q.end)):
        scope = "share of a tally"   # "Of the civilian casualties, 45% (1,027) were reported killed"
    if outcome == "arrested" and trigger is not None and _held_by_armed_group(trigger):
        outcome = "abducted"     # "RSF fighters detained at least 30 young men": no state's arrest, a seizure
    if scope is None and outcome == "abducted" and (noun or num_tokens[-1]).head.lemma_.lower() in HOLD_VERBS:
        scope = "captives still held"   # "still holding around 100 hostages": those left, not those taken
    if scope is None and outcome == "displaced" and q.vague:
        scope = VAGUE_DISPLACEMENT
    if scope is None and outcome in ("killed", "injured", "missing", "arrested") and (q.low or 0) >= WAR_SCALE:
        scope = "war-scale figure"
    if scope is None and outcome in ("killed", "injured") and q.vague and (q.low or 0) >= VAGUE_WAR_SCALE:
        text, rel = sent.text, num_tokens[-1].idx - sent.start_char
        if not day_named(text, *sentence_part(text, rel, PART_CUT_RE)):
            scope = "war-scale vague figure"   # "Assad's warplanes have killed thousands of children"
    if scope is None and outcome in ("killed", "injured") and q.vague and (q.low or 0) >= VAGUE_RUNNING:
        # "coalition strikes have killed hundreds of civilians": a running count, told with no day or attack
        text, rel = sent.text, num_tokens[-1].idx - sent.start_char
        lo, hi = sentence_part(text, rel, PART_CUT_RE)
        if PERFECT_RE.search(text, lo, hi) and not day_named(text, lo, hi) and not SINGLE_EVENT_RE.search(text):
            scope = "running count (vague figure, present perfect)"
    if scope is None and outcome == "displaced":
        m = ONGOING_DISPLACEMENT_RE.search(sent.text)
        if m and not day_named(sent.text, 0, len(sent.text)):
            scope = m.group(0)     # "fighting ... has forced 13000 residents to flee": weeks of flight
    if scope is None and outcome == "displaced" and (q.low or q.high or 0) >= WAR_SCALE_DISPLACED:
        scope = "war-scale displacement"
    return FoundClaim(q, outcome, victims_of(noun), start, end, num_tokens[-1].i, scope)


HOLD_VERBS = frozenset({"hold", "keep", "remain"})
# A figure told beside its percentage is a share of a tally (a monitor's statistics), not one attack's toll.
SHARE_BEFORE_RE = re.compile(r"\d(?:[\d.]*)\s*(?:%|per ?cent)\s*\(\s*$", re.IGNORECASE)
SHARE_AFTER_RE = re.compile(r"\s*\(\s*\d[\d.]*\s*(?:%|per ?cent)", re.IGNORECASE)
# No single incident of these wars killed or wounded this many: "More than 300000 people have been killed"
# with its scope left to the sentence before is the war's toll.
WAR_SCALE = 10_000
WAR_SCALE_DISPLACED = 100_000
# Flight driven by fighting that goes on: "fighting between IS and the SDF has forced 13000 residents to flee".
ONGOING_DISPLACEMENT_RE = re.compile(
    r"\b(?:fighting|clashes|battles?|offensive|violence|bombardment|campaign|war)\b[^.;]{0,80}?\b(?:has|have) "
    r"(?:\w+ )?(?:forced|driven|displaced|uprooted|prompted|caused)\b", re.IGNORECASE)
# "thousands killed" with no day named is a war's or a campaign's count, not one incident's.
VAGUE_WAR_SCALE = 2000
VAGUE_RUNNING = 200



# "thousands fled", "tens of thousands of Syrians displaced from Aleppo": flight counted in round
# vague figures describes a population movement over days or weeks, not one incident's toll.
VAGUE_DISPLACEMENT = "displacement (vague figure)"
