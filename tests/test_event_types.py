"""Event types from trigger words."""
import pytest

from sitrep.extract.event_types import event_type_of, event_type_of_text, names_violent_death, tells_gunfire

TYPES = [
    ("Syria gas attack kills dozens in rebel-held Khan Sheikhun", "chemical_attack"),
    ("A suicide car bomb ripped through a wedding in Hasakeh", "suicide_bombing"),
    ("Iraqi forces uncovered a mass grave near Mosul", "mass_grave"),
    ("Activists reported a massacre in Karm al-Zeitoun", "massacre"),
    ("ISIL executed 24 civilians after seizing Buyir", "execution"),
    ("Gunmen kidnapped 287 pupils in Kuriga", "abduction"),
    ("A car bomb exploded near a market in Azaz", "bombing"),
    ("Russian air strikes hit a market in Maaret al-Numan", "air_strike"),
    ("Saudi-led coalition warplanes struck Saada", "air_strike"),
    ("Rebels fired rocket shells on al-Hamadaniyeh", "shelling"),
    ("Russian artillery pounded Kharkiv overnight", "shelling"),
    ("Government forces recaptured Qaryatayn on Saturday", "assault_on_town"),
    ("Clashes between the army and RSF fighters erupted in Khartoum", "armed_clash"),
    ("A sniper shot dead a woman in Hadar", "other"),
]


@pytest.mark.parametrize("text, expected", TYPES)
def test_event_type_of_text(text, expected):
    etype, start, end = event_type_of_text(text)
    assert etype == expected
    assert 0 <= start < end <= len(text)


def test_no_trigger():
    assert event_type_of_text("The Security Council voted on a resolution on Tuesday") is None


@pytest.mark.model
def test_title_breaks_ties(nlp):
    text = "Hours of shelling and air strikes hit Jayrud on Saturday, killing 43 people."
    doc = nlp(text)
    etype, evidence = event_type_of(list(doc.sents), text, title="Syria regime air strikes kill 43")
    assert etype == "air_strike"
    assert evidence.text == text[evidence.start:evidence.end] == "air strikes"


LEAD_TYPES = [
    # a mass grave reported after the fighting does not retype the lead
    ("Government troops stormed the town of Bor on Sunday. State media also reported that a mass grave was "
     "found near the town.", "assault_on_town"),
    # clashes fought as troops launch an assault on a town are that assault
    ("Soldiers fought fierce battles with militants in Konduga on Friday. Residents said troops launched a "
     "two-pronged assault at dawn.", "assault_on_town"),
    ("Rebels clashed with the army near Hpakant. Three soldiers were killed.", "armed_clash"),
    ("A mass grave was found in Izium after Ukrainian forces retook the town.", "mass_grave"),
]




@pytest.mark.model
@pytest.mark.parametrize("text, title", [
    ("A massive bomb blast killed at least 44 people in Qamishli on Wednesday. State media gave a toll of 44 dead. "
     "Kurdish officials said the attack was carried out by a suicide bomber driving an explosives-laden truck.",
     "Massive Daesh bomb attack kills 44 in Syrian Kurdish city"),
    ("A car bomb attack killed at least 44 people in Qamishli. A source said that a suicide bomber carried out "
     "the attack using a car bomb.", None),
    ("A bomb exploded at a checkpoint in Maiduguri, killing 12 people. Police said a female suicide bomber "
     "detonated her explosives.", None),
])
def test_a_later_sentence_names_the_kind_of_bombing(nlp, text, title):
    doc = nlp(text)
    etype, evidence = event_type_of(list(doc.sents), text, title=title)
    assert etype == "suicide_bombing"
    assert evidence is not None and evidence.text == text[evidence.start:evidence.end]


STRIKES_AND_BLASTS = [
    # a strike with no weapon word is an air strike (Gaza, Yemen, Syria), and a state's missile strike is one too
    ("An Israeli strike on a school sheltering displaced people in Gaza City killed at least 22 people.", "air_strike"),
    ("Coalition strikes on Hodeidah port killed six dock workers on Sunday.", "air_strike"),
    ("A Russian missile strike on Kramatorsk station killed 52 people.", "air_strike"),
    ("Dockers went on strike in Aden on Monday.", None),
    ("The junta carried out an air attack on the camp at midnight.", "air_strike"),
    # a blast or a bombing alone is a bombing; planted and laden bombs too
    ("A blast tore through a market in Maiduguri, killing 12.", "bombing"),
    ("Militants planted a bomb under a bus in Quetta.", "bombing"),
    # a trigger inside a name is no trigger
    ("Fighters of the National Liberation Army attacked a base in Arauca.", "other"),
    ("The Free Syrian Army Offensive Brigade said its men were safe.", None),
    # the words of a shootout
    ("Two suspects died in a shootout with police in Houston.", "armed_clash"),
    ("Gunmen exchanged fire with soldiers near Zamfara's border.", "armed_clash"),
]


@pytest.mark.parametrize("text, expected", STRIKES_AND_BLASTS)
def test_strikes_blasts_and_names(text, expected):
    hit = event_type_of_text(text)
    assert (hit[0] if hit else None) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, title, expected", [
    # a blast in the headline, the weapon in the lead: the weapon says what it was (Syria, Ukraine)
    ("At least 14 people were killed in a rocket attack on a market in Al-Bab on Friday. The blast also wounded 50.",
     "14 killed in market blast in north Syria", "shelling"),
    ("Shelling hit a bus stop in Donetsk on Monday, killing six. Witnesses said the explosion shattered windows.",
     None, "shelling"),
    # the bombing of a camp told as an air attack a sentence later (Myanmar, Sudan)
    ("At least 30 civilians were killed in the bombing of the camp near Laiza. Monitors said the army carried out a "
     "deliberate air attack on the camp at midnight.", None, "air_strike"),
    # a bombing with no weapon named stays a bombing (Iraq, Somalia)
    ("A bombing at a market in Baghdad killed 20 people. Police said the explosion happened at noon.", None, "bombing"),
    # a raid by men on the ground is no air raid (DRC, Nigeria): houses set ablaze, civilians fired on, a massacre
    ("At least 10 people were killed in an overnight raid on Beni. Attackers set houses ablaze and opened fire on "
     "civilians.", None, "massacre"),
    ("Russian raids on Maarat al-Numan killed 12 civilians on Monday.", None, "air_strike"),
    # ... whoever the raiders are called: jihadists, terrorists, gangs (Cameroon, Haiti)
    ("Suspected jihadists killed nine civilians and abducted four others in an overnight raid on a village in "
     "Cameroon's Far North region.", None, "massacre"),
    ("Gang members killed 12 residents in a raid on the Solino neighbourhood of Port-au-Prince.", None, "massacre"),
])
def test_what_a_blast_or_a_raid_was(nlp, text, title, expected):
    doc = nlp(text)
    assert event_type_of(list(doc.sents), text, title=title)[0] == expected


ONE_SIDED = [
    # armed men on the ground turned on civilians: a massacre though the word is never written
    ("Paramilitary fighters killed at least 23 civilians fleeing the camp near Zamzam on Sunday.", "massacre"),
    ("At least 40 villagers were killed when gunmen stormed Yelwata overnight, local officials said.", "massacre"),
    ("Junta troops killed 11 villagers in Done Taw and burned their bodies, residents said.", "massacre"),
    ("Al-Shabaab militants attacked passengers on a bus near Mandera. Nine civilians were shot dead.", "massacre"),
    ("At least 12 people have been killed in a night attack on Mukondi. Attackers went house to house with "
     "machetes.", "massacre"),
    # a weapon from afar says what killed them
    ("Israeli forces killed 19 civilians in an air strike on a house in Nuseirat.", "air_strike"),
    ("Russian forces killed seven civilians when a missile hit a cafe in Hroza.", "air_strike"),
    ("Houthi fighters killed four civilians with a roadside bomb in Taiz.", "bombing"),
    # crowds fired on stay "other"; so do people killed with no armed men named
    ("Security forces opened fire on protesters in Mandalay, killing 18 civilians.", "other"),
    ("A gunman opened fire at a bar in Tulsa, killing three people.", "other"),
    ("Israeli troops opened fire on crowds waiting for aid in Gaza City, killing 104 people.", "other"),
    ("Fighters from the RSF rampaged through the town, killing more than 100 people, witnesses said. They went "
     "house to house.", "massacre"),
    # residents who speak are not the victims; victims of another verb are not killed
    ("Militants killed two soldiers at a checkpoint in Kunar, residents said.", "armed_clash"),
    ("ISIL fighters attacked the town, killing 17 and sending residents pouring across the border.", "other"),
]




WHO_FIRED_AND_FROM_WHERE = [
    # from the air: aircraft and drones, whoever flies them
    ("A drone struck a wedding party in al-Bayda, killing 12 guests, tribal sources said.", "air_strike"),
    ("A Shahed drone slammed into an apartment block in Odesa, killing five.", "air_strike"),
    ("Regime helicopters dropped barrel bombs on Daraya, killing 9.", "air_strike"),
    ("The Sudanese air force bombed a market in Nyala, killing 30.", "air_strike"),
    ("Myanmar military jets bombed a village school in Sagaing, killing 11 children.", "air_strike"),
    # a state's bombing is dropped from the air (Syria, Myanmar); a bombing at a bus station is not
    ("Russian bombing of Idlib killed 12 civilians on Monday.", "air_strike"),
    ("The junta's bombing of a monastery in Sagaing killed 20.", "air_strike"),
    ("A bombing at a bus station in Kano killed 8.", "bombing"),
    # from the ground, from afar: guns, mortars, rockets and an armed group's missiles
    ("Mortar rounds fell on a market in Mogadishu, killing five.", "shelling"),
    ("A Houthi ballistic missile hit a residential area of Marib, killing five people.", "shelling"),
    ("RSF fighters fired artillery shells at the Abu Shouk camp, killing 40.", "shelling"),
    # set off where it lay: a bomb planted, driven or thrown, a mine stepped on
    ("A bomb planted on a motorcycle exploded in Quetta, killing six.", "bombing"),
    ("Militants bombed a mosque in Peshawar during Friday prayers, killing 60.", "bombing"),
    ("A herder's boy stepped on a landmine near Hodeidah.", "bombing"),
    # a bomber who dies with the bomb
    ("A female bomber detonated her explosives at a market in Konduga, killing 9.", "suicide_bombing"),
    ("An attacker wearing an explosive vest struck a mosque in Kunduz, killing 46.", "suicide_bombing"),
    ("The bomber, who died in the blast, drove a car packed with explosives into the base.", "suicide_bombing"),
    ("An SVBIED struck a checkpoint near Raqqa, killing 9 SDF fighters.", "suicide_bombing"),
    ("A bomb blast killed 12 people in Jalalabad. The bomber was among the dead, officials said.", "suicide_bombing"),
    ("Twin blasts hit a mosque in Maiduguri, killing 20. Witnesses said two women had walked into the crowd "
     "before detonating their explosives.", "suicide_bombing"),
    ("An explosion at a market in Idlib killed 15 people. Activists said Russian jets had bombed the market.",
     "air_strike"),
    ("The group said its martyrdom operation killed 20 soldiers in Diffa.", "suicide_bombing"),
    # armed men against armed men; a town changing hands
    ("Jihadists attacked an army post near Djibo, killing 15 soldiers.", "armed_clash"),
    ("Taliban fighters ambushed a police convoy in Ghazni, killing 8 officers.", "armed_clash"),
    ("M23 rebels captured Goma on Monday.", "assault_on_town"),
    ("Syrian troops storm northwestern town", "assault_on_town"),
]

# Phrasings of the same decisions in other words (Nigeria, Somalia, Iraq, Gaza, Myanmar, Sudan, DRC, Yemen)
OTHER_PHRASINGS = [
    # explosives on the body, or a laden vehicle driven into the target, die with the bomber
    ("At least 12 were killed when a woman detonated explosives strapped to her body at a market in Maiduguri.",
     "suicide_bombing"),
    ("A teenager strapped with explosives blew up a checkpoint in Kabul, killing four.", "suicide_bombing"),
    ("An attacker drove an explosives-laden vehicle into a base in Mogadishu, killing nine soldiers.",
     "suicide_bombing"),
    ("An explosives-laden car parked outside a hotel in Baidoa went off, killing six.", "bombing"),
    # a bare bomb is set off where it lay, unless it was dropped
    ("A bomb tore through a bus carrying pilgrims in Karbala, killing 11.", "bombing"),
    ("A bomb hidden in a cart exploded at a cattle market in Gamboru, killing 15.", "bombing"),
    ("Regime aircraft dropped cluster bombs on Maarat al-Numan, killing seven.", "air_strike"),
    ("Syrian regime bombs Kurdish fighters for second day", "air_strike"),
    # a tank's fire, or a bomb fired, comes from afar
    ("Rebels fired gas cylinder bombs at government-held districts of Aleppo, killing eight.", "shelling"),
    ("Houthi fighters launched locally made bombs at a displacement camp in Marib, killing two.", "shelling"),
    ("Israeli tank fire killed five people near an aid point in Rafah.", "shelling"),
    ("Tank shells hit a shelter in Khan Younis, killing 11.", "shelling"),
    ("Hezbollah and regime forces battled rebels in Qusayr, where 20 rebels were killed.", "armed_clash"),
    ("Soldiers were battling Ansar al-Sunna fighters in Mocimboa da Praia, leaving 12 dead.", "armed_clash"),
    # armed men named by what they carry
    ("Armed herders attacked villages in Bokkos, killing 140 residents.", "massacre"),
    ("Armed men raided a camp for displaced people in Ituri and killed 22 civilians.", "massacre"),
    # people seized and carried off, not a town
    ("Armed men seized 40 villagers and took them into the forest.", "abduction"),
    ("Bandits snatched dozens of schoolchildren from a school in Kebbi.", "abduction"),
    ("Rebels seized the town of Bunagana on the border with Uganda.", "assault_on_town"),
    # victims gathered first, then some of them killed
    ("Soldiers rounded up villagers in Let Yet Kone and killed 13 of them.", "massacre"),
    ("Militiamen lined up passengers from two buses and shot seven of them.", "massacre"),
    ("Police detained protesters in Nairobi and shot two of them.", "other"),
]

POLICE_NEWS_IS_NOT_WAR = [
    # the words of war in crime and local news (US, UK, South Africa)
    ("The gunman was captured after a standoff with police.", "other"),
    ("Police found 9mm shell casings at the scene of the shooting.", "other"),
    ("A police helicopter circled as officers searched for the suspect who shot two men.", "other"),
    ("The victim, an Air Force veteran, was shot and killed at his home.", "other"),
    ("The boy regained consciousness in hospital after being shot.", "other"),
    ("SWAT officers stormed the house where the suspect had killed his wife.", "other"),
    ("The man is fighting for his life after being shot in the head in Soweto.", "other"),
    ("Illegal gold mines near Bor were raided by gunmen who killed five miners.", "massacre"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", LEAD_TYPES + ONE_SIDED + WHO_FIRED_AND_FROM_WHERE + OTHER_PHRASINGS +
                         POLICE_NEWS_IS_NOT_WAR)
def test_lead_event_type(nlp, text, expected):
    """The type of an incident told in these sentences, its evidence a span of them."""
    doc = nlp(text)
    etype, evidence = event_type_of(list(doc.sents), text)
    assert etype == expected
    if expected != "other":
        assert evidence is not None and evidence.text == text[evidence.start:evidence.end]


@pytest.mark.parametrize("text", [
    "Multiple people were injured early Tuesday when someone opened fire inside a home in West Park.",
    "Two teenagers were wounded after a man fired shots into a crowd in Leeds.",
    "A 19-year-old man was shot outside a convenience store in Flint on Tuesday night.",
    "A taxi driver was stabbed at a rank in Durban, police said.",
    "A 9-year-old boy accidentally shot himself after finding a gun in his mother's purse, Detroit police said.",
    "A soldier shot himself with his service rifle at a checkpoint in Kaduna, the army said.",
    "A child and two women were grazed and struck by bullets after a gun went off in a home.",
    "A shepherd was hit by stray gunfire near the line of contact outside Avdiivka.",
    "A boy is recovering after what police believe was an accidental shooting at a motel.",
    "A teenager remains in critical condition after the shooting at a bus stop in Karachi.",
    "Police are investigating an officer-involved shooting at a barricade scene on Ellis Street.",
])
def test_woundings_told_with_no_figure_are_violence(text):
    assert names_violent_death(text)
    assert event_type_of_text(text)[0] == "other"


@pytest.mark.parametrize("text", [
    "The pilot said his jet was shot down over Idlib in 2016.",
    "Reporters were shot at but nobody was hurt.",
    "Protesters marched through Khartoum on Thursday.",
    "The minister is recovering after surgery in Lagos, his office said.",
    "The convoy was hit by a sandstorm on the road to Marib.",
])
def test_no_one_hurt_is_no_violent_harm(text):
    assert not names_violent_death(text)


@pytest.mark.parametrize("text", [
    "FRESNO, Calif. -- A man opened fire on seven people in a car on Tuesday night, hitting a 3-year-old girl.",
    "Someone in a dark sedan shot and wounded the driver of a pickup truck on Interstate 94 early Sunday.",
    "A gunman fired into a crowd outside a nightclub on Beale Street, striking two men, Memphis police said.",
    "Two people were hit when shots rang out near a bus stop on the Hilltop on Friday.",
    "A Phoenix police officer was hit in the shoulder by a bullet during a traffic stop late Tuesday.",
    "A man is in stable condition after gunfire erupted at a gas station on the east side Monday, IMPD said.",
    "A man walked into a hospital with a gunshot wound early Saturday, Shreveport police said.",
    "A woman was injured after someone fired several rounds into her apartment in southeast Atlanta.",
    "Three charged in shooting of 3-year-old girl in Detroit",
    "Gunmen fired into a crowd at a market in Zamfara state on Sunday, striking several traders.",
    "Soldiers opened fire on protesters in Mandalay, hitting a teenager in the head, witnesses said.",
    "A shepherd near Avdiivka suffered bullet wounds to both legs, the regional governor said.",
    "The boy got shot walking home from school on the South Side, his mother told WGN.",
    "Hubbard said he was sitting on a couch when the revolver went off while he was looking at it.",
    "Carter County man shoots own leg while handling revolver",
    "Shootout at Tulsa bar leaves one dead",
    "A soldier's rifle accidentally discharged at a checkpoint in Kaduna, wounding a trader.",
])
def test_guns_fired_at_people_are_gunfire(text):
    assert tells_gunfire(text)


@pytest.mark.parametrize("text", [
    "The Dallas Cowboys fired their head coach on Monday after a 4-13 season.",
    "The director shot the film in Savannah over six weeks last spring.",
    "Williams will get another shot at the title when she faces Osaka on Saturday.",
    "The city struck a deal with the firefighters' union on Tuesday.",
    "A pedestrian was hit by a car on Dale Mabry Highway on Friday night.",
    "Free flu shots will be available at the county health department on Saturday.",
    "The shooting guard scored 31 points as Memphis beat Denver.",
    "The shooting of the film in Atlanta wrapped up in May.",
    "Israeli forces warned they would open fire on anyone approaching the fence.",
    "A ceasefire took hold in El Fasher on Thursday, the Sudanese army said.",
    "The series is being shot entirely in Georgia, the studio said.",
    "The fire alarm went off at 3 a.m. and the dorm was evacuated, Clemson police said.",
    "The striker shoots with his own left foot more often this season.",
])
def test_no_gun_fired_at_people_is_no_gunfire(text):
    assert not tells_gunfire(text)
