"""Event types on news of any war, not only Syrian wire copy.

The weapon says what an attack was wherever in the incident's first sentences it is named: the toll told with a bare
"attack" or "strike", the weapon a sentence or two on; drones and bombs of the air under other names (UAVs, Shaheds,
glide bombs); fire from afar under other names (howitzers, HIMARS, an armed group's ballistic missile); a state's
missiles, its air war, are air strikes however they are told ("a Russian missile strike", "a strike with an Iskander-M
missile", "US missiles hit"), an armed group's are shelling ("a Houthi missile", "Hamas fired rockets"). The
word "massacre" given to a strike is that strike. On the ground, who was attacked where: the people of a village or a
camp killed by armed men are a massacre, a post of armed men stormed is an armed clash, a hotel or a church stormed is
no town taken, and civilians killed in fighting between two sides are that fighting."""
import pytest

from sitrep.extract.event_types import event_type_of

pytestmark = pytest.mark.model

WEAPON_ELSEWHERE = [
    # a strike or an attack in the toll's sentence, the weapon in the next one or the one after (Ukraine, Sudan, Yemen,
    # Gaza, Somalia, Myanmar, Nigeria)
    ("A Russian strike on Dnipro killed 12 people on Friday, regional governor Serhiy Lysak said. The city was hit by two "
     "Iskander-M ballistic missiles, the air force said.", None, "air_strike"),
    ("A HIMARS strike on a barracks in occupied Makiivka killed 63 Russian soldiers, Moscow said.", None, "shelling"),
    ("Two Iskander ballistic missiles hit the centre of Sumy on Sunday, killing 34 people. The strike hit as people "
     "gathered for Palm Sunday.", "Russian strike on Sumy kills 34", "air_strike"),
    ("A Russian attack on Odesa killed four people overnight, officials said. Drones hit a residential building in the "
     "city's Kyivskyi district.", None, "air_strike"),
    ("At least 15 people were killed in an attack on a market in Omdurman on Sunday, the health ministry said. The RSF "
     "fired artillery shells at the crowded market, witnesses said.", None, "shelling"),
    ("Five people were killed and 12 wounded in Marib on Tuesday, a local official said. The Houthis fired a ballistic "
     "missile at a residential neighbourhood.", None, "shelling"),
    ("At least seven people were killed in Mogadishu on Thursday, police said. Mortar shells landed near the "
     "presidential palace and a busy market.", None, "shelling"),
    ("Three people were killed in Kherson on Saturday, the regional governor said. Eleven more were wounded. Russian "
     "artillery hit a bus stop in the city centre.", None, "shelling"),
    ("At least 12 people were killed in Konduga on Sunday night, a local official said. Dozens more were injured. A bomb "
     "hidden in a market stall exploded as traders packed up.", None, "bombing"),
    ("Seven people were killed in El Obeid on Wednesday, medics said. Twenty were wounded. The army said an RSF drone "
     "hit a fuel station.", None, "air_strike"),
    # a strike stays an air strike: a missile alone may be an aircraft's, aircraft named, the first type kept
    ("An Israeli strike on a house in Rafah killed nine people, including six children. \"A missile fell on us while we "
     "slept,\" a neighbour said.", None, "air_strike"),
    ("An Israeli strike on a school in Gaza City killed 22 people, the civil defence said. Witnesses said the strike hit "
     "classrooms where families were sleeping.", None, "air_strike"),
    ("A Russian strike on Kharkiv killed three people on Monday, Mayor Ihor Terekhov said. Officials said the city had "
     "been hit by guided aerial bombs.", None, "air_strike"),
    ("Two soldiers were killed in clashes with militants in Kurram on Monday, the army said. Three militants also died. "
     "Jets later struck militant hideouts in the area.", None, "armed_clash"),
]

WEAPONS_BY_OTHER_NAMES = [
    # of the air (Ukraine, Sudan, Myanmar)
    ("Russian glide bombs hit Kharkiv on Sunday, killing six people, the governor said.", "air_strike"),
    ("A guided aerial bomb struck a residential building in Zaporizhzhia, killing three.", "air_strike"),
    ("An RSF UAV hit a fuel depot in Port Sudan on Tuesday, killing two workers.", "air_strike"),
    ("A military unmanned aerial vehicle dropped explosives on a village in Magway, killing five.", "air_strike"),
    ("Shaheds hit an energy facility in Odesa overnight, killing two workers.", "air_strike"),
    ("A Russian drone dropped a grenade on a car in Kherson, killing the driver.", "air_strike"),
    ("An explosive-laden drone hit a market in Port Sudan, killing four traders.", "air_strike"),
    # spelt with a hyphen (South Asian and African papers), or told as an air bombardment (Sudan, Pakistan, Ethiopia)
    ("An air-strike on a village in Tirah valley killed eight civilians, residents said.", "air_strike"),
    ("Army air bombardment of Nyala killed 15 people on Sunday, medics said.", "air_strike"),
    ("The air-raid on Mekelle's market left 51 dead, health officials said.", "air_strike"),
    # laden vehicles driven into their target die with their drivers (Pakistan); one set off stays a bombing (Somalia)
    ("Five soldiers were killed when militants rammed two explosive-laden vehicles into the wall of the Bannu "
     "cantonment.", "suicide_bombing"),
    ("An explosives-laden car parked outside a hotel in Baidoa went off, killing six.", "bombing"),
    # from afar on the ground (Ukraine)
    ("Russian forces fired cluster munitions at Kostiantynivka market, killing 16 people.", "shelling"),
    ("Ukrainian howitzers pounded Russian positions near Robotyne, killing nine soldiers.", "shelling"),
    # thrown (Burundi, Kenya); a grenade fired or a policeman's is none
    ("Unknown attackers threw a grenade into a crowded bar in Bujumbura, killing three people.", "bombing"),
    ("A grenade attack on a church in Garissa wounded 12 worshippers.", "bombing"),
    ("Police fired tear gas grenades at protesters in Nairobi.", "other"),
]

WHOSE_MISSILES = [
    # a state's missiles are its air war, told by its people's word or its forces before them (Ukraine, Yemen, Iraq,
    # Gaza, Syria, Pakistan)
    ("A Russian missile strike on Chernihiv killed 14 people on Wednesday, the interior minister said.", "air_strike"),
    ("The Russian army launched a missile strike on Zaporizhzhia, hitting a five-storey building and killing four.",
     "air_strike"),
    ("Russian forces delivered a strike with an Iskander-M missile on a building in Odesa, killing 30 servicemen, a "
     "source told TASS.", "air_strike"),
    ("US missiles struck a Houthi radar site near Hodeidah on Thursday, killing four fighters.", "air_strike"),
    ("Iran fired ballistic missiles at a villa in Erbil, killing four civilians, Kurdish officials said.", "air_strike"),
    ("Israeli missiles hit a car on the Bint Jbeil road, killing two men.", "air_strike"),
    # an armed group's missile or rocket, and a missile fired at men and machines, are fire from the ground
    ("Five people were killed by a Houthi missile fired on Marib city, medical sources said.", "shelling"),
    ("Yemeni army officials said a Houthi ballistic missile hit a camp for the displaced, killing two children.",
     "shelling"),
    ("Hamas fired rockets and missiles at Ashkelon, killing two people.", "shelling"),
    ("YPG fighters fired an anti-tank missile at a Turkish tank near Afrin, killing two soldiers.", "shelling"),
    ("Regime forces fired surface-to-surface missiles at Maarat al-Numan, killing nine civilians.", "shelling"),
]

THE_WORD_MASSACRE = [
    # given to a strike, a shelling (Gaza, Sudan, Syria)
    ("An Israeli air strike on a school in Deir al-Balah killed 30 people, in what the Gaza government media office "
     "called a massacre.", "air_strike"),
    ("RSF shelling of a market in El Fasher killed 25 people, a massacre according to the resistance committees.",
     "shelling"),
    ("Activists said a regime air raid on a bakery in Halfaya was a massacre that killed 60 people.", "air_strike"),
    # people killed face to face are a massacre whatever else was fired (Nigeria, Syria)
    ("Gunmen massacred 40 villagers in Zamfara state, burning them in their homes.", "massacre"),
    ("Activists said pro-regime militiamen massacred 108 people in Houla after tanks shelled the town, some of them "
     "killed with knives.", "massacre"),
]

ON_THE_GROUND = [
    # armed men shooting the people of a village (Nigeria, Burkina Faso) or policemen (Pakistan) attack them face to
    # face; protesters shot stay "other", and shooting down or shooting at counts nobody shot
    ("Gunmen invaded Hurti and two neighbouring villages at about 10 p.m., shooting residents and setting houses "
     "ablaze, the council chairman said.", "massacre"),
    ("Armed men on motorbikes raided the hamlet of Kouri, shooting farmers in their fields, local officials said.",
     "massacre"),
    ("Gunmen shot two policemen at a checkpoint in Bannu, killing both.", "armed_clash"),
    ("Soldiers shot protesters in the square.", "other"),
    ("Gunmen shot at a bus on the highway, police said.", "other"),
    # armed men told by their group's name, not by a word for armed men (Nigeria, Sudan, DRC, Burkina Faso, Kenya);
    # two named sides fighting stay a clash
    ("Boko Haram killed 30 villagers in an attack in Borno state on Sunday.", "massacre"),
    ("The RSF attacked civilians trying to flee the village on Saturday, leaving 14 civilians dead.", "massacre"),
    ("CODECO killed 12 civilians in Djugu territory on Monday, local officials said.", "massacre"),
    ("JNIM killed 40 civilians near Djibo, residents said.", "massacre"),
    ("Al-Shabaab killed nine passengers on a bus near Mandera.", "massacre"),
    ("Fighting between the SAF and the RSF killed 30 civilians in Omdurman.", "armed_clash"),
    # a rocket-propelled grenade is fired at close range by men on the ground: no shelling (Yemen, Afghanistan)
    ("At least five soldiers were killed when al-Qaida militants attacked a checkpoint in Shabwa with "
     "rocket-propelled grenades and machine guns, sparking heavy clashes.", "armed_clash"),
    ("Taliban fighters attacked a police checkpoint in Kunduz with rocket propelled grenades, killing six "
     "policemen.", "armed_clash"),
    # a raid by a named armed group is on the ground (Somalia, DR Congo); a state's or a coalition's raids are from the air
    ("The Somali army repelled an Al-Shabaab raid on its base in Sabiid on Saturday, killing 23.", "armed_clash"),
    ("An ADF raid on Otomabere village in Irumu territory killed 22 people on Sunday night.", "massacre"),
    ("Saudi-led coalition raids killed 12 people in Saada on Monday.", "air_strike"),
    ("Sudan's paramilitary Rapid Support Forces killed at least 80 people in a raid on a village in Gezira state.",
     "massacre"),
    ("Israeli raids targeted Hamas positions in Gaza, killing 20.", "air_strike"),
    # a hand grenade thrown by men firing guns is part of their attack, no bomb (Syria, Kashmir, Nigeria); a grenade
    # alone is a bombing (Kenya)
    ("Four SDF fighters were killed when ISIS cells attacked a checkpoint at the entrance of Thiban. The attackers "
     "opened fire with machine guns and threw hand grenades at the checkpoint at dawn.", "armed_clash"),
    ("Militants opened fire and hurled grenades at a police post in Pulwama, killing two policemen.", "armed_clash"),
    ("Gunmen opened fire and threw grenades at worshippers in a church in Owo, killing 40 people.", "massacre"),
    ("Gunmen threw a grenade into a crowded bar in Garissa, killing three people.", "bombing"),
    # counter-case: rockets fired from afar
    ("Rockets fired from Gaza hit the town of Sderot on Monday, wounding three people.", "shelling"),
    # a cattle raid, a raid by armed youths: men on the ground, no air raid (South Sudan, Kenya); jets' raids are
    ("23 killed in cattle raid in Tonj East. Armed youth raided a cattle camp and exchanged fire with cattle keepers "
     "for several hours.", "armed_clash"),
    ("Armed youths killed 12 people in a raid on a village in Pibor, officials said.", "massacre"),
    ("Raiders killed 11 herders in a cattle raid near Baragoi on Sunday, police said.", "massacre"),
    # state media's "citizens" are civilians, and "mercenaries" armed men on the ground (Syria, Yemen)
    ("Twelve citizens were martyred on Thursday in a terrorist attack carried out by Daesh terrorists against a group "
     "of citizens gathering truffles in Kabajeb desert.", "massacre"),
    ("The mercenaries attacked a group of citizens in Razih district on Monday, killing five citizens, a local source "
     "told Saba.", "massacre"),
    ("ISIS remnants attacked shepherds near Tuz Khurmatu on Friday, killing four of them, police said.", "massacre"),
    # truffle hunters and labourers are civilians (Syria, Pakistan)
    ("Islamic State group jihadists killed at least 15 people, most of them truffle hunters, in the desert of eastern "
     "Syria, a war monitor said Friday.", "massacre"),
    ("Gunmen shot dead seven labourers in Kalat district on Saturday after checking their identity cards, officials "
     "said.", "massacre"),
    ("Government jets killed 12 people in a raid on a village near Idlib, activists said.", "air_strike"),
    ("Gunmen killed at least 30 people in an attack on Zike village in Plateau state, local officials said.", "massacre"),
    ("ADF rebels killed at least 18 people in an overnight attack on Ntoyo village in North Kivu, a local official "
     "said.", "massacre"),
    ("Armed men killed 21 people in an attack on the villages of Diallassagou, the government said.", "massacre"),
    ("Jihadists killed dozens of people in the village of Solhan overnight, the government said.", "massacre"),
    ("Junta soldiers killed at least 17 people in a raid on Taung Myint village, residents said.", "massacre"),
    ("At least 40 people have been killed after gunmen invaded Zike community in Plateau State. The attackers stormed "
     "the community at about 1 a.m. and shot at residents as they slept.", "massacre"),
    ("Al-Shabaab militants stormed a hotel in Mogadishu late on Friday, killing at least 21 people, police said.",
     "massacre"),
    ("Jihadists stormed a school in the north, killing four teachers and two pupils, the government said.", "massacre"),
    ("Gunmen stormed a church in Owo during Sunday mass, killing at least 40 worshippers.", "massacre"),
    # the people killed are told as civilians in the same sentence (Pakistan, Nigeria)
    ("Gunmen in southwest Pakistan stopped vehicles on a highway, checked passengers' identity cards and shot dead 23 "
     "people, officials said.", "massacre"),
    ("Gunmen killed 12 people, including three children, in Kauru, Kaduna state, on Sunday.", "massacre"),
    # no village named, armed men among the dead, or two sides fighting: no massacre (Syria, Nigeria, Libya, Sudan,
    # Myanmar, US)
    ("Regime forces killed 12 people in Daraa on Friday, activists said.", "other"),
    ("A gunman killed three people at a bar in Tulsa on Saturday, police said.", "other"),
    ("Gunmen attacked a police checkpoint near a village in Zamfara, killing seven people.", "armed_clash"),
    ("Fighting between rival militias in a village near Tripoli killed 20 people.", "armed_clash"),
    ("ISIS fighters attacked two villages in Hama, killing 42 people, among them 27 pro-government fighters.", "other"),
    ("Fighting between the army and the RSF in El Fasher killed 30 civilians on Thursday, medics said.", "armed_clash"),
    ("Heavy clashes between junta troops and resistance fighters in Kalay killed 12 civilians, residents said.",
     "armed_clash"),
    # a post of armed men stormed or overrun is attacked (Somalia, Niger, Nigeria); a town stormed, or a base captured,
    # changes hands (DRC, Ukraine, Syria)
    ("Al-Shabaab fighters stormed an army base in Lower Shabelle, killing 17 soldiers.", "armed_clash"),
    ("Militants overran an army post near Tillaberi, killing 29 soldiers, the defence ministry said.", "armed_clash"),
    ("ISWAP fighters stormed a military base in Borno state, killing at least 20 soldiers.", "armed_clash"),
    # armed men captured in a fight are no town taken; civilians captured are abducted (DRC, Nigeria, Ukraine)
    ("M23 rebels captured 40 Congolese soldiers near Sake on Tuesday, the army said.", "armed_clash"),
    ("Nigerian troops captured 12 Boko Haram fighters in Sambisa forest, the army said.", "armed_clash"),
    ("Ukrainian forces captured 30 Russian soldiers during the Kursk incursion, Kyiv said.", "armed_clash"),
    ("Gunmen captured 25 passengers from a bus on the Abuja-Kaduna highway.", "abduction"),
    ("Houthi fighters captured three towns in Marib province.", "assault_on_town"),
    ("M23 rebels stormed the town of Bunagana on Monday.", "assault_on_town"),
    ("Russian troops stormed the town of Avdiivka after months of fighting.", "assault_on_town"),
    ("Islamic State militants stormed an air base in northeast Syria on Sunday, capturing it from government forces.",
     "assault_on_town"),
]


# Who attacked told first, the toll of civilians in the next sentence: the ground attack all the same.
WHO_ATTACKED_FIRST = [
    # (Burkina Faso, Nigeria, Kenya, Syria)
    ("Suspected jihadists attacked the village of Seytenga in northern Burkina Faso on Saturday night. At least 79 "
     "civilians were killed, officials said.", "massacre"),
    ("Gunmen raided the village of Kukawa on Tuesday. Residents said 17 farmers were killed.", "massacre"),
    ("Al-Shabaab fighters attacked a bus near Mandera on Monday. Eleven passengers were killed, police said.",
     "massacre"),
    ("Pro-government militiamen entered the village of al-Bayda on Thursday. The Observatory said 50 civilians, "
     "including women and children, were killed.", "massacre"),
    # armed men who attack soldiers fight them; a weapon from afar says what killed the civilians (DR Congo, Ukraine)
    ("ADF rebels attacked an army post near Beni on Monday. Five soldiers were killed, the army said.", "armed_clash"),
    ("Russian forces attacked Ukrainian positions near Bakhmut. Six civilians were killed in Kherson by shelling, "
     "the governor said.", "shelling"),
]


def _assert_type(nlp, text, expected, title=None, with_evidence=True):
    """The incident's type is `expected`, its evidence (when asked for) a span of the text."""
    doc = nlp(text)
    etype, evidence = event_type_of(list(doc.sents), text, title=title)
    assert etype == expected
    if with_evidence:
        assert evidence is not None and evidence.text == text[evidence.start:evidence.end]


@pytest.mark.parametrize("text, title, expected", WEAPON_ELSEWHERE)
def test_the_weapon_named_near_the_toll(nlp, text, title, expected):
    _assert_type(nlp, text, expected, title=title)


@pytest.mark.parametrize("text, expected", WEAPONS_BY_OTHER_NAMES + WHOSE_MISSILES + THE_WORD_MASSACRE + ON_THE_GROUND +
                         WHO_ATTACKED_FIRST)
def test_weapons_and_ground_attacks_of_other_wars(nlp, text, expected):
    _assert_type(nlp, text, expected, with_evidence=expected != "other")


@pytest.mark.parametrize("text", [
    # soldiers counted among the people killed in a village (Nigeria, Burkina Faso)
    "Militants killed 12 people, including nine soldiers, in an attack on a village near Bama.",
    "Jihadists killed 30 people in the village of Barsalogho, among them 18 volunteer fighters and 12 soldiers.",
    # civilians told of in the next sentence do not make the people killed before them civilians (Yemen)
    "The agency said five people were killed and 22 wounded, accusing the rebels of having shot at a market. An army "
    "official said 25 civilians were injured.",
])
def test_armed_men_among_the_dead_are_no_massacre(nlp, text):
    doc = nlp(text)
    assert event_type_of(list(doc.sents), text)[0] != "massacre"


@pytest.mark.parametrize("text, expected", [
    # shelled first, then entered and fired on: the killing of civilians on the ground (Sudan, Burkina Faso)
    ("Sudan's paramilitary Rapid Support Forces killed at least 40 people in an attack on the Abu Shouk camp for "
     "displaced people on Friday. The RSF shelled the camp before fighters on motorbikes entered it and opened fire.",
     "massacre"),
    ("Jihadists killed at least 25 villagers in Zincko on Sunday. Mortar rounds hit the village before gunmen went "
     "house to house.", "massacre"),
    # the toll told with the weapon stays the weapon's, whatever followed (Myanmar, Ukraine)
    ("A junta airstrike on a school in Let Yet Kone killed 11 people, including seven children. A helicopter fired "
     "rockets at the school while troops landed and opened fire on villagers.", "air_strike"),
    ("Russian shelling of Kherson killed four civilians on Monday. Russian soldiers also opened fire on a boat "
     "crossing the Dnipro, the governor said.", "shelling"),
])
def test_a_weapon_from_afar_then_men_on_the_ground(nlp, text, expected):
    _assert_type(nlp, text, expected)


@pytest.mark.parametrize("text, expected", [
    # across a border, a state's missiles are its air war (Syria struck by the US, Ukraine by Russia, Yemen by the US)
    ("US cruise missiles struck the Shayrat airbase in Homs province early on Friday, killing six people, the "
     "governor of Homs said.", "air_strike"),
    ("Russian missiles struck an apartment block in Dnipro on Saturday, killing 40 people, regional officials said.",
     "air_strike"),
    ("US missiles hit a radar site near Hodeidah in Yemen on Thursday, killing four people, Houthi media said.",
     "air_strike"),
    ("Israeli missiles hit a car in the Israeli-annexed Golan Heights near Majdal Shams, killing two men.",
     "air_strike"),
    # at home, its army's missiles are fire from the ground (Syria, Ukraine, Sudan)
    ("Syrian army missiles killed 23 people, including eight children, in the town of Maarat al-Numan in Idlib "
     "province, activists said.", "shelling"),
    ("Ukrainian forces fired missiles at Russian positions near Robotyne in Zaporizhzhia region, killing nine "
     "soldiers, the Ukrainian general staff said.", "shelling"),
])
def test_a_states_missiles_at_home_and_across_a_border(nlp, gazetteer, text, expected):
    assert _main_event_type(nlp, gazetteer, text) == expected


def _main_event_type(nlp, gazetteer, text: str) -> str:
    """The main incident's type as the whole pipeline gives it (the incident's country known, its lead-in read)."""
    return _main_incident(nlp, gazetteer, text).event_type


def _main_incident(nlp, gazetteer, text: str, title: str | None = None):
    """The main incident the whole pipeline gives an article of that text (and headline)."""
    from sitrep.extract import extract_article
    from sitrep.records import Article

    extraction = extract_article(Article("m-" + str(abs(hash(text))), "m", text, title=title), nlp, gazetteer)
    return next(r for r in extraction.incidents if r.main)


@pytest.mark.parametrize("title, body, expected", [
    # a headline of two stories, split by ";" or "|": its second story's weapon types no part of the first (Iraq,
    # Syria); a first part that names no deed leaves the whole headline
    ("Two soldiers killed in ISIS attack in Salahuddin; PMF fighters wounded in Anbar blast",
     "Two Iraqi soldiers were killed and three others injured in an attack by ISIS remnants on an army post in "
     "eastern Salahuddin late on Monday, a security source said.", "armed_clash"),
    ("ISIS cells ambush regime forces in Deir Ezzor desert, killing 18 members | Landmine kills three truffle hunters",
     "The Syrian Observatory for Human Rights has documented the death of 18 members of regime forces in an ambush "
     "by ISIS cells in the Deir Ezzor desert on Friday.", "armed_clash"),
    ("Turkey | Syria: Turkish air strikes kill 12 in Afrin",
     "Twelve civilians were killed in the attack on the district on Monday, local officials said.", "air_strike"),
])
def test_a_headline_of_two_stories(nlp, title, body, expected):
    text = f"{title}\n\n{body}"
    _assert_type(nlp, text, expected, title=title, with_evidence=False)


@pytest.mark.parametrize("text, expected", [
    # a lead telling the attack and the attackers with no figure, the toll after it (DR Congo, Cameroon, Sudan,
    # Syria)
    ("I am appalled by the attack carried out by armed men against the Plaine Savo site for displaced persons in "
     "Djugu territory. At least 20 civilians, including 8 children, were killed and 11 others wounded.", "massacre"),
    ("The UN condemned the attack by armed men on Ngarbuh in the North-West region on Friday. Twenty-two civilians, "
     "among them 14 children, were killed, it said.", "massacre"),
    ("The attack on the Zamzam camp was carried out by RSF fighters, witnesses said. Medics said 40 displaced people "
     "were killed.", "massacre"),
    ("The Observatory said the attack was carried out by pro-government militiamen from nearby villages. It said 32 "
     "civilians, including women, were killed in Tal Dhahab.", "massacre"),
    # a lead that tells no attack says nothing of who killed (Sudan, Myanmar)
    ("The UN envoy arrived in Port Sudan on Monday to meet army leaders. At least 12 civilians were killed in El "
     "Fasher on Sunday, medics said.", "other"),
    ("Junta troops have been deployed around Hpakant since March. Nine miners were killed in a landslide on Tuesday, "
     "officials said.", "other"),
])
def test_the_attackers_told_in_a_lead_without_figures(nlp, gazetteer, text, expected):
    assert _main_event_type(nlp, gazetteer, text) == expected



# A headline telling two stories in two clauses joined by a comma, each with its own subject (state media's habit:
# SANA, Saba, military bulletins): the first is the lead's, the second a secondary incident's, whose weapon and
# place are none of the lead's, when the lead tells the first (Syria, Yemen, Ukraine, Nigeria). One subject doing two
# things, a source's clause after the comma, or a lead telling the second story leaves the headline whole
# (counter-rows, Syria, Sudan and Gaza).
@pytest.mark.parametrize("title, body, expected, place", [
    ("Army destroys terrorists' positions in Idlib countryside, terrorists' rockets claim lives of children in Mhardeh",
     "Army units on Tuesday carried out air strikes against the positions of Jabhat al-Nusra terrorists in Kafranbel "
     "in the southern countryside of Idlib, killing scores of terrorists.\n\nMeanwhile, terrorists fired rocket shells "
     "at Mhardeh town in the northern countryside of Hama, claiming the lives of two children.", "air_strike",
     "Kafranbel"),
    ("Aggression warplanes launch raids on Saada, mercenaries' shelling kills child in Taiz",
     "US-Saudi aggression warplanes launched 12 raids on Sahar district of Saada province, killing three citizens, a "
     "security official said.\n\nMeanwhile, a child was killed by mercenaries' artillery shelling on a residential "
     "neighbourhood in Taiz.", "air_strike", "Sahar"),
    ("Ukrainian forces repel assaults near Pokrovsk, Russian drones kill two in Sumy",
     "Ukrainian forces repelled 30 Russian assaults near Pokrovsk on Monday, killing dozens of Russian soldiers, the "
     "General Staff said.\n\nSeparately, Russian drones killed two people in Sumy, the regional governor said.",
     "armed_clash", "Pokrovsk"),
    ("Troops neutralise 20 terrorists in Borno, bandits kill five in Zamfara",
     "Troops on Sunday killed 20 Boko Haram terrorists in an ambush near Bama in Borno State, the army said.\n\nIn a "
     "separate incident, bandits killed five villagers in Zamfara State.", "armed_clash", "Bama"),
    ("Air strikes kill 14 civilians in Idlib, monitor says",
     "Air strikes on a market killed 14 civilians on Tuesday, a war monitor said.", "air_strike", "Idlib"),
    ("Truce collapses, shelling kills 12 in Omdurman",
     "Artillery shelling killed 12 civilians in Omdurman on Sunday, hours after a truce collapsed, medics said.",
     "shelling", "Omdurman"),
    ("Israeli strikes kill 4, wound 10 in Gaza",
     "Israeli strikes on a house killed four people and wounded 10 on Tuesday, medics said.", "air_strike", "Gaza"),
])
def test_a_headline_telling_two_stories_with_a_comma(nlp, gazetteer, title, body, expected, place):
    incident = _main_incident(nlp, gazetteer, f"{title}\n\n{body}", title=title)
    assert (incident.event_type, incident.place and incident.place.name) == (expected, place)
