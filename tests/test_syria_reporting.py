"""The main incident's type, place and date on Syrian war news in the styles its outlets write in.

Mini-articles of our own (a headline, two to five sentences, a publication date) in the voices of SANA ("terrorist
organizations targeted ... with rocket shells", "army units"), SOHR wire copy via AFP and Reuters ("the Observatory
said", "barrel bombs dropped by helicopters", "Russian jets"), Al-Masdar, Enab Baladi, North Press ("a Turkish drone",
"Turkish-backed factions"), Rudaw and Kurdistan 24, Anadolu and TRT ("YPG/PKK terrorists"), from 2011 to 2025. Each row
says what an annotator following the gold guidelines writes: the type (who fired and from where), the most specific
place of the incident (a village "in Idlib's southern countryside", a neighbourhood of Aleppo; where the gold's town
would be the city, either name is accepted, as the scorer accepts the place or the town), and the day it happened
("on Tuesday" = the Tuesday on or before publication, "yesterday"/"overnight"/"late Monday" relative to it).
Counter-cases: the place guns fired from, a statement's day, the capital a statement came from."""
from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from datetime import date

import pytest

from sitrep.extract import extract_article
from sitrep.records import Article

pytestmark = pytest.mark.model

_PREFIXES = {"al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "ath", "adh", "the"}


def _key(text: str | None) -> str:
    """A place name folded as a scorer folds it: accents, case, Arabic article prefixes, vowel spellings."""
    if not text:
        return ""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = [w for w in re.sub(r"[^a-z0-9]+", " ", text.lower()).split() if w not in _PREFIXES]
    key = " ".join(words)
    for a, b in (("ou", "u"), ("ee", "i"), ("oo", "u"), ("ei", "ay"), ("ey", "ay")):
        key = key.replace(a, b)
    return re.sub(r"(.)\1", r"\1", key)


def _similar(a: str, b: str) -> float:
    """The scorer's likeness of two folded names: shared words, one inside the other, or close spelling."""
    if a == b:
        return 1.0
    ta, tb = set(a.split()), set(b.split())
    return max(len(ta & tb) / len(ta | tb), 0.9 * (a in b or b in a),
               difflib.SequenceMatcher(None, a, b).ratio() * 0.95)


def _same_place(pred: tuple[str | None, str | None], accepted: tuple[str, ...]) -> bool:
    return any(p and g and _similar(p, g) >= 0.8 for p in map(_key, pred) for g in map(_key, accepted))


def _main(title: str, body: str, pub: str):
    text = f"{title}\n\n{body}"
    article = Article(hashlib.sha1(text.encode()).hexdigest()[:16], "t", text, title=title,
                      pub_date=date.fromisoformat(pub))
    extraction = extract_article(article)
    main = next((r for r in extraction.incidents if r.main), None)
    assert main is not None, "no main incident"
    return main


# (publication date, headline, body, event type, accepted places, date)
ROWS = [
    # --- SANA: terrorists' shells on neighbourhoods, army units, the Israeli enemy's aggression ---
    ("2018-03-20", "Terrorists target residential neighborhoods in Damascus with mortar shells",
     "Damascus, SANA - Terrorist organizations positioned in Eastern Ghouta targeted on Monday residential "
     "neighborhoods in Damascus city with mortar shells, killing 3 civilians and injuring 11 others. A source at "
     "Damascus Police Command told SANA that the shells landed in Bab Touma and al-Qassaa neighborhoods.",
     "shelling", ("Bab Touma", "Damascus"), "2018-03-19"),
    ("2016-08-02", "Three civilians killed as terrorists fire rocket shells on Aleppo neighborhoods",
     "Aleppo, SANA - Three civilians were killed and 15 others were injured on Tuesday when terrorist organizations "
     "targeted al-Midan and Suleiman al-Halabi neighborhoods in Aleppo city with rocket shells, a source at Aleppo "
     "Police Command said.", "shelling", ("al-Midan", "Aleppo"), "2016-08-02"),
    ("2017-09-25", "Army units kill scores of ISIS terrorists in Hama countryside",
     "Hama, SANA - Army units on Sunday killed scores of ISIS terrorists in clashes near the village of Aqarib "
     "al-Safiya in the eastern countryside of Hama province, a military source told SANA.",
     "armed_clash", ("Aqarib al-Safiya",), "2017-09-24"),
    ("2019-01-21", "Air defenses confront Israeli aggression south of Damascus",
     "Damascus, SANA - Our air defenses confronted at dawn on Monday an Israeli aerial aggression which targeted the "
     "area of al-Kiswah south of Damascus with missiles, a military source said. The source added that most of the "
     "hostile missiles were downed before reaching their targets.", "air_strike", ("al-Kiswah",), "2019-01-21"),
    ("2015-10-12", "Terrorists' rocket shells claim lives of two children in Mhardeh",
     "Hama, SANA - Two children were killed and five other civilians were injured yesterday when terrorist "
     "organizations targeted the town of Mhardeh in Hama northern countryside with rocket shells, a source in the "
     "province told SANA.", "shelling", ("Mhardeh",), "2015-10-11"),
    ("2018-07-21", "Syrian Arab Army liberates Masharah in Quneitra countryside",
     "Quneitra, SANA - Units of the Syrian Arab Army on Saturday liberated the town of Masharah in Quneitra "
     "countryside after eliminating the last terrorist gatherings of Jabhat al-Nusra there, a military source said.",
     "assault_on_town", ("Masharah",), "2018-07-21"),
    ("2013-11-26", "Car bomb explodes at checkpoint in Homs, eight martyrs",
     "Homs, SANA - A car bomb planted by terrorists exploded on Tuesday at a checkpoint at the entrance of Karm "
     "al-Loz neighborhood in Homs city, claiming the lives of eight citizens and injuring 20 others.",
     "bombing", ("Karm al-Loz", "Homs"), "2013-11-26"),
    # --- SOHR wire copy (AFP, Reuters, AP): regime warplanes, barrel bombs, Russian jets, the coalition ---
    ("2014-02-03", "Syria barrel bombs kill 20 in Aleppo: monitor",
     "Barrel bombs dropped by regime helicopters killed at least 20 people, including five children, in the "
     "rebel-held Tariq al-Bab district of Aleppo on Sunday, a monitor said. The Syrian Observatory for Human Rights "
     "said the toll was likely to rise.", "air_strike", ("Tariq al-Bab", "Aleppo"), "2014-02-02"),
    ("2016-02-16", "Russian strikes hit hospital in Idlib province",
     "Russian jets struck a hospital supported by Doctors Without Borders in the town of Maarat al-Numan in Idlib "
     "province on Monday, killing at least nine people, the Observatory said.",
     "air_strike", ("Maarat al-Numan",), "2016-02-15"),
    ("2019-05-14", "Regime air strikes kill 12 civilians in Idlib",
     "Regime warplanes killed at least 12 civilians including three children in strikes on the village of Kafr "
     "Oweid in Idlib's southern countryside late Monday, the Syrian Observatory for Human Rights said.",
     "air_strike", ("Kafr Oweid",), "2019-05-13"),
    ("2021-06-10", "Regime shelling kills family in Jabal al-Zawiya",
     "Regime artillery shelling killed five members of one family, including three children, in the village of "
     "Iblin in Idlib province's Jabal al-Zawiya on Thursday, the White Helmets said.",
     "shelling", ("Iblin",), "2021-06-10"),
    ("2015-08-03", "Air strike hits market in Kafranbel",
     "At least 14 people were killed on Sunday when a regime air strike hit the vegetable market in Kafr Nabl, a "
     "rebel-held town in Idlib province, activists said.", "air_strike", ("Kafr Nabl", "Kafranbel"), "2015-08-02"),
    ("2016-05-23", "Suicide bombers kill dozens in Jableh",
     "A series of suicide bombings killed at least 78 people in the coastal city of Jableh on Monday, the "
     "Observatory said. The Islamic State group claimed the attacks.", "suicide_bombing", ("Jableh",), "2016-05-23"),
    ("2017-03-01", "IS fighters attack army positions in eastern Homs",
     "Islamic State fighters attacked Syrian army positions near the town of al-Qaryatain in the eastern Homs "
     "countryside overnight, sparking clashes that killed 14 soldiers, the Observatory said.",
     "armed_clash", ("al-Qaryatain",), "2017-02-28"),
    ("2022-06-10", "Israeli strikes put Damascus airport out of service",
     "Israeli missile strikes hit Damascus International Airport early on Friday, damaging a runway and putting the "
     "airport out of service, the Syrian army said.", "air_strike", ("Damascus",), "2022-06-10"),
    ("2017-03-22", "Coalition strike kills 33 near Raqqa: monitor",
     "An air strike by the US-led coalition killed at least 33 people sheltering in a school in the village of "
     "al-Mansoura west of Raqqa, the Observatory said on Wednesday. The strike hit the school late on Monday.",
     "air_strike", ("al-Mansoura",), "2017-03-20"),
    ("2019-01-03", "Jihadists and rebels clash in western Aleppo",
     "Fighting between Hayat Tahrir al-Sham and the Nour al-Din al-Zenki movement killed at least 30 fighters in the "
     "town of Darat Izza in the western countryside of Aleppo on Wednesday, the Observatory said.",
     "armed_clash", ("Darat Izza",), "2019-01-02"),
    ("2024-11-30", "Rebels storm Aleppo in lightning offensive",
     "Rebel fighters led by Hayat Tahrir al-Sham swept into Aleppo on Friday, seizing control of several "
     "neighbourhoods of Syria's second city for the first time since 2016, the Observatory said.",
     "assault_on_town", ("Aleppo",), "2024-11-29"),
    ("2025-03-08", "Hundreds of Alawite civilians killed in coastal massacres, monitor says",
     "Security forces and allied gunmen killed 340 Alawite civilians in the town of Baniyas on Friday, the Syrian "
     "Observatory for Human Rights said, calling the killings massacres.", "massacre", ("Baniyas",), "2025-03-07"),
    ("2025-07-14", "Clashes between Druze fighters and Bedouin tribes kill 30 in Sweida",
     "At least 30 people were killed in clashes between Druze gunmen and Bedouin tribal fighters in the city of "
     "Sweida on Sunday, the interior ministry said.", "armed_clash", ("Sweida",), "2025-07-13"),
    ("2011-04-23", "Syrian forces fire on protesters, killing dozens",
     "Syrian security forces opened fire on protesters in the town of Izraa in Daraa province on Friday, killing at "
     "least 20 people, human rights activists said.", "other", ("Izraa",), "2011-04-22"),
    ("2012-06-07", "Activists report new massacre in Hama province",
     "Pro-regime militiamen killed at least 25 villagers in the village of al-Qubeir in Hama province on Wednesday, "
     "activists said.", "massacre", ("al-Qubeir",), "2012-06-06"),
    ("2015-05-28", "IS executes 20 men in Palmyra amphitheatre: monitor",
     "Islamic State militants executed 20 men in the ancient amphitheatre of Palmyra on Wednesday, the Observatory "
     "said.", "execution", ("Palmyra",), "2015-05-27"),
    ("2017-04-04", "Suspected gas attack kills dozens in Idlib",
     "A suspected chemical attack killed at least 58 people in the town of Khan Sheikhoun in Idlib province on "
     "Tuesday, the Observatory said.", "chemical_attack", ("Khan Sheikhoun",), "2017-04-04"),
    ("2016-04-28", "Air strike destroys hospital in Aleppo",
     "An air strike destroyed the al-Quds hospital in the rebel-held Sukkari district of Aleppo yesterday, killing "
     "at least 27 people including one of the city's last paediatricians, Doctors Without Borders said.",
     "air_strike", ("Sukkari", "Aleppo"), "2016-04-27"),
    ("2019-07-22", "Air strikes on market in Maarat al-Numan kill 31",
     "Regime and Russian warplanes struck a crowded vegetable market in Maarrat al-Nu'man this morning, killing at "
     "least 31 civilians, the Syrian Observatory said.", "air_strike", ("Maarrat al-Nu'man",), "2019-07-22"),
    ("2014-09-24", "US-led strikes kill 70 IS fighters in Syria: monitor",
     "The Syrian Observatory for Human Rights said on Wednesday that US-led coalition strikes had killed at least 70 "
     "Islamic State fighters in the town of Tabqa in Raqqa province on Tuesday.",
     "air_strike", ("Tabqa",), "2014-09-23"),
    ("2018-02-20", "Regime bombardment kills dozens in Eastern Ghouta",
     "Regime air strikes killed at least 44 civilians in the town of Hamouria in Eastern Ghouta overnight, the "
     "Observatory said on Tuesday. Dozens more were wounded.", "air_strike", ("Hamouria",), "2018-02-19"),
    # --- North Press, Rudaw, Kurdistan 24: Turkish drones, Turkish-backed factions, the SDF ---
    ("2022-08-18", "Turkish drone kills four SDF members in Qamishli countryside",
     "QAMISHLI, Syria (North Press) - A Turkish drone targeted a military vehicle of the Syrian Democratic Forces "
     "(SDF) near the village of Tal Hamis in Qamishli countryside on Wednesday, killing four fighters.",
     "air_strike", ("Tal Hamis",), "2022-08-17"),
    ("2021-10-12", "Turkish-backed factions shell villages in Tel Tamr",
     "HASAKAH, Syria (North Press) - Turkish forces and their affiliated Syrian factions shelled on Tuesday the "
     "village of Um al-Kaif in Tel Tamr countryside, north of Hasakah, injuring two civilians, a local source said.",
     "shelling", ("Um al-Kaif",), "2021-10-12"),
    ("2019-10-13", "Turkish airstrike hits civilian convoy near Serekaniye",
     "A Turkish airstrike hit a civilian convoy in Ras al-Ain on Sunday, killing at least 11 people including a "
     "journalist, the Kurdish Red Crescent said.", "air_strike", ("Ras al-Ain",), "2019-10-13"),
    ("2023-10-06", "Turkish drone strikes kill nine in Hasakah countryside, SDF says",
     "Turkish drone strikes hit an oil facility near the town of Qahtaniyah in Hasakah countryside on Thursday, "
     "killing nine members of the Asayish, the SDF said in a statement on Friday.",
     "air_strike", ("Qahtaniyah",), "2023-10-05"),
    ("2019-10-15", "Clashes between SDF and Turkish-backed factions rage in Ras al-Ain",
     "Heavy clashes broke out between the SDF and Turkish-backed factions on the outskirts of Ras al-Ain on Monday, "
     "Kurdistan 24 correspondents reported, killing 12 fighters on both sides.",
     "armed_clash", ("Ras al-Ain",), "2019-10-14"),
    # --- Anadolu, TRT: YPG/PKK terrorists ---
    ("2019-11-02", "YPG/PKK terrorists kill 13 civilians in car bomb attack in Tal Abyad",
     "A car bomb attack by YPG/PKK terrorists killed 13 civilians in the town of Tal Abyad in northern Syria on "
     "Saturday, the Turkish National Defense Ministry said.", "bombing", ("Tal Abyad",), "2019-11-02"),
    ("2019-10-11", "Rockets fired by YPG/PKK kill 4 civilians in Azaz",
     "Rockets fired by YPG/PKK terrorists from Tal Rifaat hit a market in the town of Azaz on Thursday, killing four "
     "civilians, according to local sources.", "shelling", ("Azaz",), "2019-10-10"),
    ("2020-11-24", "Bomb-laden vehicle kills 5 in Syria's Afrin",
     "A bomb-laden vehicle planted by YPG/PKK terrorists exploded in a crowded street in the city of Afrin on "
     "Tuesday, killing five civilians, a local official told Anadolu Agency.", "bombing", ("Afrin",), "2020-11-24"),
    # --- Enab Baladi, Al-Masdar ---
    ("2020-02-11", "Regime forces advance in western Aleppo countryside",
     "Regime forces took control of the town of Khan al-Asal in the western countryside of Aleppo on Monday after "
     "clashes with opposition factions, Enab Baladi's correspondent reported.",
     "assault_on_town", ("Khan al-Asal",), "2020-02-10"),
    ("2018-08-09", "Syrian Army repels jihadist attack in northern Hama",
     "The Syrian Arab Army repelled a large attack by Hay'at Tahrir al-Sham on its positions near the town of "
     "Suqaylabiyah in northern Hama on Wednesday, killing at least 15 militants, a military source told Al-Masdar.",
     "armed_clash", ("Suqaylabiyah",), "2018-08-08"),
    # --- types: who fired and from where ---
    ("2013-02-16", "Regime helicopters drop barrel bombs on rural Hama town",
     "Regime helicopters dropped barrel bombs on the town of Kafr Zita in rural Hama on Friday, killing seven people, "
     "the Observatory said.", "air_strike", ("Kafr Zita",), "2013-02-15"),
    ("2016-10-03", "Rebel shelling kills six in government-held Aleppo",
     "Rebel shelling killed six civilians, including two children, in the government-held Hamdaniyeh district of "
     "Aleppo on Sunday, state media said.", "shelling", ("Hamdaniyeh", "Aleppo"), "2016-10-02"),
    ("2015-12-01", "Suicide bomber kills 12 at checkpoint in Azaz",
     "A suicide bomber blew himself up at a rebel checkpoint in the town of Azaz near the Turkish border on Monday, "
     "killing 12 people, the Observatory said.", "suicide_bombing", ("Azaz",), "2015-11-30"),
    ("2017-01-08", "Car bomb kills 43 in Azaz",
     "A car bomb exploded outside a courthouse in the town of Azaz on Saturday, killing at least 43 people, most of "
     "them civilians, the Observatory said.", "bombing", ("Azaz",), "2017-01-07"),
    ("2012-07-13", "Activists say 150 killed in Tremseh massacre",
     "Pro-government militiamen stormed the village of Tremseh in Hama province on Thursday after heavy shelling, "
     "killing more than 150 people, activists said.", "massacre", ("Tremseh",), "2012-07-12"),
    ("2018-06-28", "Regime bombardment hits Daraa al-Balad",
     "Regime forces fired surface-to-surface missiles and artillery at the opposition-held district of Daraa "
     "al-Balad on Wednesday, killing six civilians, activists said.", "shelling", ("Daraa al-Balad",), "2018-06-27"),
    ("2023-07-25", "IS landmine kills five truffle hunters in Hama desert",
     "A landmine left by the Islamic State group exploded near the town of Uqayrabat in the eastern Hama desert on "
     "Monday, killing five truffle hunters, the Observatory said.", "bombing", ("Uqayrabat",), "2023-07-24"),
    ("2020-09-20", "Motorbike bomb kills four in al-Bab",
     "An explosive device planted in a motorbike went off in the city of al-Bab in the northern Aleppo countryside on "
     "Saturday, killing four civilians, the civil defence said.", "bombing", ("al-Bab",), "2020-09-19"),
    ("2023-08-11", "IS cells ambush army bus near Mayadin",
     "Islamic State cells ambushed a bus carrying soldiers near the city of Mayadin in Deir ez-Zor province on "
     "Thursday, killing 23 soldiers, the Observatory said.", "armed_clash", ("Mayadin",), "2023-08-10"),
    ("2020-05-13", "Israeli drone strikes car near Quneitra",
     "An Israeli drone struck a car near the town of Hadar in Quneitra countryside on Tuesday, killing the driver, "
     "state news agency SANA reported.", "air_strike", ("Hadar",), "2020-05-12"),
    ("2014-01-31", "Regime shelling kills 9 in Darayya",
     "Regime tanks shelled the besieged town of Darayya southwest of Damascus on Thursday, killing nine people, "
     "activists said.", "shelling", ("Darayya",), "2014-01-30"),
    ("2013-08-22", "Activists say hundreds killed in gas attack in Eastern Ghouta",
     "Opposition activists accused government forces of firing rockets with poisonous gas at the town of Zamalka in "
     "Eastern Ghouta on Wednesday, killing hundreds of people.", "chemical_attack", ("Zamalka",), "2013-08-21"),
    ("2013-06-03", "Rebels abduct dozens of villagers in Idlib",
     "Rebels abducted dozens of women and children from the Alawite village of Ishtabraq in Idlib province on "
     "Sunday, the Observatory said.", "abduction", ("Ishtabraq",), "2013-06-02"),
    # --- places: the village, the town near it, the headline's place and the body's ---
    ("2019-06-04", "Russian air strike kills eight near Maarat al-Numan",
     "A Russian air strike hit the village of Maar Shurin near Maarat al-Numan on Monday, killing eight civilians "
     "including four children, the Observatory said.", "air_strike", ("Maar Shurin",), "2019-06-03"),
    ("2016-09-20", "Car bomb kills 10 in Azaz",
     "A car bomb exploded near a crowded market in the northern Syrian town on Saturday, killing 10 people, a war "
     "monitor said. The town, near the Turkish border, is held by Turkish-backed rebels.",
     "bombing", ("Azaz",), "2016-09-17"),
    ("2016-11-21", "Regime forces fire rockets on villages of al-Ghab plain",
     "Regime forces positioned in Jurin fired rockets at the village of Qastun in the al-Ghab plain on Sunday, "
     "killing three civilians, the Observatory said.", "shelling", ("Qastun",), "2016-11-20"),
    ("2017-01-16", "IS attacks army near Deir ez-Zor airport",
     "Islamic State fighters killed 12 soldiers in an attack on army positions near Deir ez-Zor airport on Sunday, "
     "the Observatory said. The state news agency in Damascus said the army repelled the attack.",
     "armed_clash", ("Deir ez-Zor",), "2017-01-15"),
    ("2015-11-02", "Rebel mortars hit central Damascus",
     "Mortar rounds fired by rebels from Douma landed on the Abbasiyyin area of Damascus on Sunday, killing four "
     "people, state television said.", "shelling", ("Abbasiyyin", "Damascus"), "2015-11-01"),
    ("2016-02-21", "Car bomb in Damascus district kills 9",
     "A car bomb went off in the Mezzeh 86 district of Damascus on Saturday, killing nine people, state media said.",
     "bombing", ("Mezzeh 86", "Damascus"), "2016-02-20"),
    ("2017-11-14", "Air strikes kill 53 in Atareb market",
     "Air strikes hit a busy market in the town of Atareb in the western Aleppo countryside on Monday, killing at "
     "least 53 civilians, the Observatory said. Atareb lies in a de-escalation zone agreed by Russia and Turkey.",
     "air_strike", ("Atareb",), "2017-11-13"),
    ("2024-12-02", "Air strikes hit Idlib city as rebels hold Aleppo",
     "Russian and Syrian warplanes struck the city of Idlib on Monday, killing at least 11 civilians, rescuers said. "
     "Rebels captured Aleppo last week in a surprise offensive.", "air_strike", ("Idlib",), "2024-12-02"),
    ("2018-04-09", "Israeli missiles strike T-4 airbase in Homs",
     "Israeli warplanes fired missiles at the T-4 military airport near Tiyas in Homs province early on Monday, "
     "killing 14 people including Iranians, the Observatory said.", "air_strike", ("T-4", "Tiyas"), "2018-04-09"),
    # --- longer copy: a roundup's lead, a secondary incident, background, datelines of another town ---
    ("2019-12-24", "Syria regime strikes kill 20 civilians in Idlib: monitor",
     "BEIRUT: Syrian regime air strikes killed 20 civilians including five children in the northwestern province of "
     "Idlib on Monday, a war monitor said.\n\nThe raids hit the town of Saraqeb and nearby villages, the Syrian "
     "Observatory for Human Rights said.\n\nMeanwhile, rebel rocket fire on the government-held city of Aleppo killed "
     "three people, state news agency SANA reported.\n\nSyria's war has killed more than 370,000 people since it "
     "started in 2011.", "air_strike", ("Saraqeb",), "2019-12-23"),
    ("2016-02-26", "Terrorist suicide bomber kills 4 citizens in Homs",
     "Homs, SANA - A terrorist blew himself up with an explosive belt near a checkpoint in al-Zahraa neighborhood in "
     "Homs city on Thursday, killing 4 citizens and injuring 9 others.\n\nIn Hama countryside, army units destroyed "
     "vehicles of terrorists near Kafr Zita, a military source said.", "suicide_bombing", ("al-Zahraa", "Homs"),
     "2016-02-25"),
    ("2019-01-14", "Israel strikes targets near Damascus airport",
     "AMMAN, Jan 13 (Reuters) - Israeli jets struck an area near Damascus International Airport on Sunday, Syrian "
     "state media said, adding that the army's air defences intercepted most of the missiles.\n\nThe strikes hit "
     "warehouses used by Iranian forces, a regional intelligence source said.", "air_strike", ("Damascus",),
     "2019-01-13"),
    ("2016-09-26", "Car bomb kills 19 in northern Syrian town",
     "BEIRUT (AP) - A car bomb exploded Sunday in a rebel-held town in northern Syria near the Turkish border, killing "
     "at least 19 people, activists said.\n\nThe blast in the town of Azaz struck near a mosque as worshippers were "
     "leaving evening prayers, the Syrian Observatory for Human Rights said.", "bombing", ("Azaz",), "2016-09-25"),
    ("2021-10-06", "Two civilians killed in Russian air strikes on Ariha",
     "Two civilians were killed and others injured in Russian air strikes on the outskirts of the city of Ariha, in "
     "the southern countryside of Idlib, on Tuesday, October 5.\n\nThe Syria Civil Defense (White Helmets) said its "
     "teams recovered the bodies. Russian warplanes also targeted the vicinity of the villages of Kafr Shalaya and "
     "Bara in Jabal al-Zawiya.", "air_strike", ("Ariha",), "2021-10-05"),
    ("2022-11-23", "Turkish drone strike kills two SDF fighters in Kobani",
     "ERBIL (Kurdistan 24) - A Turkish drone strike on Tuesday targeted a car in Kobani, killing two members of the "
     "Syrian Democratic Forces (SDF), the SDF media center said.", "air_strike", ("Kobani",), "2022-11-22"),
    ("2020-06-09", "YPG/PKK terrorists attack SNA position in Azaz",
     "ANKARA - YPG/PKK terrorists attacked a Syrian National Army position in the Azaz region of northern Syria on "
     "Monday, killing two soldiers, according to the Turkish Defense Ministry.", "armed_clash", ("Azaz",),
     "2020-06-08"),
    ("2019-07-03", "YPG/PKK rocket attack kills 7 civilians in Al Bab",
     "At least seven civilians were killed when YPG/PKK terrorists fired rockets at a residential area in Al Bab, "
     "local sources said. The terror group fired the rockets from Tal Rifaat, the sources added.",
     "shelling", ("Al Bab",), None),
    ("2021-09-13", "Turkish drone kills security member in Derik countryside",
     "DERIK, Syria (North Press) - A Turkish drone struck on Sunday a car in the village of Girke Lege (al-Maabada) in "
     "the countryside of Derik (al-Malikiyah), northeast Syria, killing a member of the Internal Security Forces.",
     "air_strike", ("Girke Lege", "al-Maabada"), "2021-09-12"),
    ("2020-07-12", "Car bomb kills three in Qamishli",
     "ERBIL, Kurdistan Region - A car bomb exploded in the northeast Syrian city of Qamishli on Saturday, killing "
     "three people, Rojava's Asayish said in a statement.", "bombing", ("Qamishli",), "2020-07-11"),
    # --- dates: weekdays, the day before, a statement the day after, a dateline ---
    ("2014-05-05", "Shelling kills 15 in Aleppo's Sheikh Maqsoud",
     "ALEPPO, Syria, May 4 (Reuters) - Shelling killed 15 people in the Kurdish-held Sheikh Maqsoud district of "
     "Aleppo on Sunday, a monitoring group said.", "shelling", ("Sheikh Maqsoud", "Aleppo"), "2014-05-04"),
    ("2012-12-24", "Air strike on bakery kills dozens in Halfaya",
     "A Syrian air strike hit a bakery in the town of Halfaya in Hama province on Sunday, killing dozens of people "
     "queuing for bread, activists said on Monday.", "air_strike", ("Halfaya",), "2012-12-23"),
    ("2020-02-26", "Shelling kills nine at schools in Idlib",
     "Regime shelling hit two schools in Idlib city on Tuesday, killing nine civilians including children, the "
     "White Helmets said on Wednesday.", "shelling", ("Idlib",), "2020-02-25"),
    ("2019-09-01", "Dozens killed in strike on jihadist meeting in Idlib",
     "A US strike on a meeting of jihadist leaders north of Idlib city killed more than 40 militants late Saturday, "
     "the Observatory said on Sunday.", "air_strike", ("Idlib",), "2019-08-31"),
    ("2016-12-14", "Regime forces kill 82 civilians in eastern Aleppo, UN says",
     "Pro-government forces killed at least 82 civilians, including women and children, in their homes in four "
     "neighbourhoods of eastern Aleppo, the UN human rights office said on Tuesday.",
     "massacre", ("Aleppo",), None),
    ("2016-05-25", "Death toll from Jableh bombings rises to 148",
     "The death toll from Monday's bombings in the coastal city of Jableh rose to 148 on Wednesday, the Syrian "
     "Observatory for Human Rights said. Islamic State claimed the suicide attacks.",
     "suicide_bombing", ("Jableh",), "2016-05-23"),
    ("2018-01-09", "Terrorists target Damascus with shells",
     "Damascus, SANA - Terrorists positioned in Eastern Ghouta today targeted al-Qassaa neighborhood in Damascus with "
     "several mortar shells, causing the martyrdom of a woman and injuring 6 civilians, a source at Damascus Police "
     "Command said.", "shelling", ("al-Qassaa", "Damascus"), "2018-01-09"),
    ("2019-04-15", "Regime shelling kills five in northern Hama",
     "Regime shelling killed five civilians in the town of Kafr Nabuda in the northern countryside of Hama in the "
     "early hours of Sunday, the Syrian Observatory said on Monday.", "shelling", ("Kafr Nabuda",), "2019-04-14"),
    ("2020-01-20", "Car bomb kills four in Azaz",
     "A car bomb went off last Friday near a bakery in the town of Azaz, killing four civilians, the civil defence "
     "said in a statement on Monday.", "bombing", ("Azaz",), "2020-01-17"),
    ("2013-04-23", "Activists: dozens killed in Jdeidet al-Fadl",
     "Syrian troops killed at least 85 people, many of them in summary executions, in the Damascus suburb of Jdeidet "
     "al-Fadl over the past five days, activists said on Tuesday. The Observatory said the troops stormed the town "
     "on Sunday after days of shelling.", "massacre", ("Jdeidet al-Fadl",), None),
    # --- counter-cases: the region stays where several towns or a refuge are named ---
    ("2019-05-21", "Regime air strikes kill 12 in Idlib province",
     "Regime air strikes killed 12 civilians in Idlib province on Monday, the Observatory said. Thousands of families "
     "have fled to the town of Atmeh near the Turkish border.", "air_strike", ("Idlib",), "2019-05-20"),
    ("2018-02-07", "Air strikes kill 30 in Eastern Ghouta",
     "Syrian air strikes hit Eastern Ghouta on Tuesday, killing 30 people in the towns of Arbin, Zamalka and Douma, the "
     "Observatory said.", "air_strike", ("Eastern Ghouta",), "2018-02-06"),
    # --- a ground fight backed by strikes from the air is the fight; strikes that killed civilians are strikes ---
    ("2019-05-28", "Regime forces capture Kafr Nabuda after fierce clashes",
     "Syrian regime forces backed by Russian air strikes captured the town of Kafr Nabuda in northern Hama on Sunday "
     "after fierce clashes with jihadists that killed 40 fighters on both sides, the Observatory said.",
     "assault_on_town", ("Kafr Nabuda",), "2019-05-26"),
    ("2020-01-30", "Dozens killed in clashes south of Idlib",
     "Fierce clashes between Syrian government forces and rebels, under cover of heavy Russian air strikes, killed 52 "
     "fighters on both sides near the town of Maarat al-Numan on Wednesday, the Syrian Observatory said.",
     "armed_clash", ("Maarat al-Numan",), "2020-01-29"),
    ("2020-01-16", "Russian air strikes kill 18 civilians in Idlib city",
     "Russian air strikes killed 18 civilians in Idlib city in Syria on Wednesday as clashes raged south of the city, "
     "the Observatory said.", "air_strike", ("Idlib",), "2020-01-15"),
    ("2021-03-02", "IED targets military bus in Daraa",
     "An improvised explosive device targeted a bus carrying Syrian soldiers near the town of Muzayrib in the western "
     "Daraa countryside on Monday, killing four soldiers, the Observatory said.", "bombing", ("Muzayrib",),
     "2021-03-01"),
    ("2021-06-07", "Former rebel commander shot dead in Daraa",
     "Unknown gunmen shot dead a former rebel commander in the town of Tafas in the western countryside of Syria's "
     "Daraa province on Sunday, the Observatory said.", "other", ("Tafas",), "2021-06-06"),
    ("2022-10-17", "Blast kills six in Jarablus market",
     "An explosion of unknown origin ripped through a vegetable market in the city of Jarablus in northern Syria on "
     "Sunday, killing six people, the Observatory said.", "bombing", ("Jarablus",), "2022-10-16"),
    ("2017-06-20", "Coalition strikes reportedly kill 14 civilians in Raqqa",
     "Coalition strikes reportedly killed at least 14 civilians in Raqqa city's al-Badu neighbourhood in Syria on June "
     "5, according to local sources cited by Airwars.", "air_strike", ("al-Badu", "Raqqa"), "2017-06-05"),
    ("2020-02-24", "Flash update: shelling hits Ariha",
     "On 20 February, shelling reportedly hit the town of Ariha in Idlib governorate, Syria, killing three civilians, "
     "according to local sources. Hostilities continue across north-west Syria.", "shelling", ("Ariha",),
     "2020-02-20"),
    # --- more of the day: evening and night, dawn, a day told twice ---
    ("2018-09-08", "Russian strikes hit Idlib countryside",
     "Russian warplanes carried out dozens of strikes on the southern countryside of Syria's Idlib province on Friday "
     "evening, killing four civilians in the town of Khan Sheikhoun, the Observatory said on Saturday.",
     "air_strike", ("Khan Sheikhoun",), "2018-09-07"),
    ("2017-05-10", "Terrorists target Jaramana with shells",
     "Damascus Countryside, SANA - Two civilians were killed and 7 others were injured Tuesday night when terrorist "
     "organizations fired rocket shells on residential areas in Jaramana city in Damascus Countryside, a source at "
     "the Police Command told SANA on Wednesday.", "shelling", ("Jaramana",), "2017-05-09"),
    ("2016-07-25", "Car bomb kills 44 in Qamishli",
     "A truck bomb exploded in the Kurdish-controlled Syrian city of Qamishli on Wednesday, killing 44 people. The "
     "blast on Wednesday morning was claimed by the Islamic State group, which said it targeted Kurdish security "
     "forces.", "bombing", ("Qamishli",), "2016-07-20"),
    ("2021-11-10", "Shelling kills children on way to school in Ariha",
     "Syrian regime artillery shells hit the city of Ariha in Idlib province at around 8 am on Wednesday, killing "
     "four children and a teacher on their way to school, the White Helmets said. It was the deadliest attack on "
     "Ariha since October 20, when shelling killed 13 people there.", "shelling", ("Ariha",), "2021-11-10"),
    ("2019-05-23", "Regime air strikes kill 12 civilians in Idlib",
     "Twelve civilians were killed in regime airstrikes in Syria's northwestern de-escalation zone on Wednesday, the "
     "White Helmets said. The attacks targeted the towns of Kafr Nabl and Hass in Idlib province.",
     "air_strike", ("Kafr Nabl",), "2019-05-22"),
    # --- an air force as the actor, barrel bombs told as "attacks", a headline more specific than the body ---
    ("2016-07-20", "Syrian Airstrikes Kill Over 100 Daesh Fighters in Hama Province",
     "BEIRUT (Sputnik) - The Syrian Arab Air Force destroyed a convoy of vehicles near the city of Salamiyah in Syria's "
     "Hama province on Wednesday and killed about a hundred militants, SANA news agency reported.",
     "air_strike", ("Salamiyah",), "2016-07-20"),
    ("2016-07-26", "Dozens killed in bombardment on rebel-held Aleppo",
     "At least 16 people were killed in airstrikes and barrel bomb attacks on rebel-held parts of Syria's Aleppo "
     "province on Monday. Early on Monday morning air raids believed to be Russian killed 10 civilians in the town "
     "of Atareb, the Syrian Observatory said.", "air_strike", ("Atareb",), "2016-07-25"),
    ("2015-07-04", "Suicide bomb attack in Idlib mosque kills 25 Nusra Front members",
     "An explosion at a mosque in Syria's Idlib province on Friday killed at least 25 members of the Nusra Front, the "
     "Syrian Observatory for Human Rights said. The blast in the town of Ariha went off as fighters gathered for "
     "iftar.", "suicide_bombing", ("Ariha",), "2015-07-03"),
]


def _id(row) -> str:
    return row[1][:50]


# Rows left failing, each a phenomenon not yet ruled on: a story naming no country at all (no Syria, no Syrian: a
# town of 50,000 is not taken without a country around it; one of 100,000 told after "in", as Al Bab, is: the
# story's country, `places`' single-country towns), and troops' killings told "many of them in summary
# executions" (a massacre to the reader; the word "executions" still types it an execution).
KNOWN = {("test_place", "IS executes 20 men in Palmyra amphitheatre: monitor"): "a story naming no country",
         ("test_type", "Activists: dozens killed in Jdeidet al-Fadl"): "summary executions within a massacre"}


def _rows(test: str, rows=ROWS):
    return [pytest.param(*r, id=_id(r), marks=pytest.mark.xfail(reason=KNOWN[(test, r[1])], strict=True))
            if (test, r[1]) in KNOWN else pytest.param(*r, id=_id(r)) for r in rows]


@pytest.mark.parametrize("pub, title, body, etype, places, day", _rows("test_type"))
def test_type(pub, title, body, etype, places, day):
    assert _main(title, body, pub).event_type == etype


@pytest.mark.parametrize("pub, title, body, etype, places, day", _rows("test_place"))
def test_place(pub, title, body, etype, places, day):
    place = _main(title, body, pub).place
    assert place is not None and _same_place((place.name, place.town), places), place


@pytest.mark.parametrize("pub, title, body, etype, places, day", _rows("test_date", [r for r in ROWS if r[5]]))
def test_date(pub, title, body, etype, places, day):
    when = _main(title, body, pub).date
    assert when.start == date.fromisoformat(day), when
