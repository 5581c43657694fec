"""Numbers that count nobody, and violence told outside the war vocabulary: sentence in, casualty
claims (outcome, low, high, victims) out. Sentences written for these tests, in the styles of US local
news, wire copy and regional outlets from several wars."""
import pytest

from sitrep.extract.incidents import find_incidents

pytestmark = pytest.mark.model


def _claims(nlp, make_article, text):
    article = make_article(text)
    drafts, _ = find_incidents(nlp(text), article)
    return sorted(((c.outcome, c.low, c.high, c.victims) for d in drafts for c in d.casualty_claims), key=str)


NOT_COUNTS = [
    # ages: after a name, after a word for a person, as a pair, in brackets
    ("Kurt Myers, 64, was killed in a shootout with police on Thursday morning.", [("killed", 1, 1, "all")]),
    ("Police said Daniel Okafor, 27, was shot dead by gunmen in Jos on Sunday.", [("killed", 1, 1, "all")]),
    ("The victim, 16, was pronounced dead at the scene.", [("killed", 1, 1, "all")]),
    ("Two females, 28 and 27, and one male, 24, were taken to hospital after the shooting.",    # the wounded,
     [("injured", 1, 1, "all"), ("injured", 2, 2, "all")]),                                      # not their ages
    ("A father shot and killed his 12- and 10-year-old sons before turning the gun on himself.", []),
    ("Yusuf Ibrahim (35) was killed when gunmen stormed the market in Zamfara, police said.", [("killed", 1, 1, "all")]),
    # ages told as a list after "aged": every one of them an age (Ukraine, Myanmar, Gaza, US local news)
    ("Among the dead were two children aged 7 and 11, the governor of Dnipropetrovsk said.",
     [("killed", 2, 2, "children")]),
    ("The shell killed a family of five in Myingyan, including three children aged 2, 6 and 9, a resident said.",
     [("killed", 3, 3, "children"), ("killed", 5, 5, "all")]),
    ("Five people, aged 19, 23, and 41, were shot dead at a checkpoint near Jenin.", [("killed", 5, 5, "all")]),
    ("The victims, aged between 4 and 70, were buried in Khan Younis on Friday.", []),
    # an age told by how young or old, or by an age limit (Nigeria, Gaza)
    ("A community leader said more than 30 children were taken away by the group, some of them as young as ten.",
     [("abducted", 30, None, "children")]),
    ("The ministry said 14 children under the age of 5 were among the 40 people killed in Jabalia.",
     [("killed", 14, 14, "children"), ("killed", 40, 40, "all")]),
    # an age, then a count of its own
    ("A man aged 60, and 12 others were wounded when the mortar hit the market in Mogadishu.",
     [("injured", 1, 1, "all"), ("injured", 12, 12, "all")]),
    # addresses and labels
    ("Three people were wounded in a shooting in the 300 block of East Reed Street on Saturday.",
     [("injured", 3, 3, "all")]),
    ("A man was killed in a shooting at 3007 Elmwood Avenue late Friday.", [("killed", 1, 1, "all")]),
    ("Image 20 of 32: a woman mourns relatives killed in the strike on Kharkiv.", []),
    # dates run into the text, counts of charges
    ("March 13, 2013 - Upstate shooting leaves 4 dead, 2 injured, police say.",
     [("injured", 2, 2, "all"), ("killed", 4, 4, "all")]),
    ("The suspect was charged with two counts of murder and seven counts of assault with intent to murder.", []),
    ("Witnesses said the gunman fired 30 shots at the crowd before police arrived.", []),
    ("The man could face murder and five attempted murder charges, police said.", []),
    # the whole a part is taken from, a figure denied, who says, who else lives in the house
    ("One of the four was pronounced dead on the scene; the other three were taken to a hospital.",
     [("killed", 1, 1, "all"), ("injured", 3, 3, "all")]),       # (the three hospitalised are the wounded)
    ("The strike killed five of the 12 passengers on the bus near Hodeidah, Houthi media said.",
     [("killed", 5, 5, "civilians")]),
    ("One person died in the shooting, not two, the sheriff's office said.", [("killed", 1, 1, "all")]),
    ("The victim succumbed to her injuries, according to two family members who asked not to be named.",
     [("killed", 1, 1, "all")]),
    ("Investigators said Cardona killed Martinez in the home they share with their three children.",
     [("killed", 1, 1, "all")]),
    ("Police say one person is dead after a gunman opened fire on Monday, shooting five people in Feltonville.",
     [("killed", 1, 1, "all")]),
    ("Eight have been hurt or killed by gunfire in the city this month.", []),
    # "victims" with no word of death are not the dead (taken to hospital, they are the wounded)
    ("All three victims were taken to the hospital and are in stable condition.", [("injured", 3, 3, "all")]),
    ("Two of the victims were security guards at the club, police said.", []),
    # but the toll of a massacre is counted however it is told
    ("Activists said the 40 victims of the massacre in Tremseh were buried on Friday.",
     [("killed", 40, 40, "all")]),
    ("Three of the victims were transported to the hospital in unknown condition.", []),
    # "the 23 victims" told after a massacre of 23 are its dead; after another toll they are not
    ("Gunmen killed 23 villagers in Kuru Karama. The massacre shocked the state. Police compiled a list of the "
     "23 victims.", [("killed", 23, 23, "all")]),
    ("One man was killed in the shooting on Elm Street. Police said the four victims were all in their 20s.",
     [("killed", 1, 1, "all")]),
    # the vehicles the victims were taken from (Pakistan, Kenya, Nigeria, Libya): counted, but not people
    ("Armed men shot dead seven passengers after offloading them from two Karachi-bound coaches in Kalat, "
     "officials said.", [("killed", 7, 7, "civilians")]),
    ("Gunmen shot dead nine passengers after forcing them off two minibuses near Mach, officials said.",
     [("killed", 9, 9, "civilians")]),
    ("Al-Shabaab fighters killed 14 travellers after stopping three lorries near Mandera, police said.",
     [("killed", 14, 14, "all")]),
    ("Bandits abducted 20 passengers from two vans on the Kaduna-Abuja road on Sunday, police said.",
     [("abducted", 20, 20, "civilians")]),
    ("At least 20 migrants drowned after two boats capsized off Tobruk on Friday, the IOM said.",
     [("killed", 20, None, "all")]),
    # herds counted by the head, things counted before "N more" (Sudan, Ukraine, Nigeria); people before "N others"
    ("More than 300 head of cattle, camels and sheep were also killed in the strike on Kabkabiya, a herder said.", []),
    ("Bandits rustled 150 head of cattle and killed two herders near Zurmi, police said.", [("killed", 2, 2, "all")]),
    ("Air defence forces shot down 38 drones, while 14 more were lost in location. Two people were wounded in Nikopol.",
     [("injured", 2, 2, "all")]),
    ("The strike killed 12 soldiers in Marib and 5 others were wounded, the army said.",
     [("injured", 5, 5, "all"), ("killed", 12, 12, "security_forces")]),
    # "shot dead" kills however the parser hangs "dead" (Pakistan, Kenya)
    ("Fighters shot dead 11 men taken off a bus near Quetta on Sunday, officials said.",
     [("killed", 11, 11, "all")]),
    ("Militants shot dead six quarry workers taken from their camp near Mandera, police said.",
     [("killed", 6, 6, "other")]),
    # a toll put "at" a figure is not an address
    ("The governor put the death toll at 494 after the floods of fighters into Aleppo.", [("killed", 494, 494, "all")]),
]


@pytest.mark.parametrize("text, expected", NOT_COUNTS)
def test_numbers_that_count_nobody(nlp, make_article, text, expected):
    assert _claims(nlp, make_article, text) == sorted(expected, key=str)


VIOLENT_DEATHS = [
    # US local news
    ("A 14-year-old boy was fatally shot on the reservation this evening, the sheriff's office said.",
     [("killed", 1, 1, "children")]),
    ("A man was gunned down outside a bar on Main Street early Sunday.", [("killed", 1, 1, "all")]),
    ("Illya Benson, 23, was pronounced dead upon arrival at the hospital.", [("killed", 1, 1, "all")]),
    ("Isabella Heffernan, 10, was found dead in a field behind her home.", [("killed", 1, 1, "all")]),
    ("Mere Contreras, 31, Damon Newman,19, and 25-year-old Shelly Bird were found dead in a home on Saturday.",
     [("killed", 3, 3, "all")]),
    ("A woman and toddler died after they were shot on Palmer Road.", [("killed", 2, 2, "all")]),
    ("Jeremy Hatch, 34, was shot and killed during a gunfight with police.", [("killed", 1, 1, "all")]),
    # "shot" after a figure is what happened to them, not a count of rounds ("fired 30 shots")
    ("Three shot dead at a party in Chicago's South Side, police say.", [("killed", 3, 3, "all")]),
    ("Two shot dead as gunmen storm a bar in Kaduna, police said.", [("killed", 2, 2, "all")]),
    # wire copy from wars: the same words
    ("Gunmen shot dead a policeman at a checkpoint in Peshawar on Monday, officials said.",
     [("killed", 1, 1, "security_forces")]),
    ("A woman and her two children were killed when a shell hit their home in Taiz on Sunday.",
     [("killed", 2, 2, "children"), ("killed", 3, 3, "all")]),
    ("Two more wounded police officers succumbed to their injuries in Bara on Thursday.",
     [("killed", 2, 2, "security_forces")]),
    ("A soldier was fatally wounded by sniper fire near Bakhmut, the brigade said.",
     [("killed", 1, 1, "security_forces")]),
    # burned or buried alive, lynched: the victims died (Mali, Iraq, Nigeria, DR Congo)
    ("Militiamen burned alive eight herders in the Mopti region, a Fulani association said.",
     [("killed", 8, 8, "all")]),
    ("Militiamen burned eight herders alive in the Mopti region, a Fulani association said.",
     [("killed", 8, 8, "all")]),
    ("Islamic State fighters buried alive 12 Yazidi men near Sinjar, a Kurdish official said.",
     [("killed", 12, 12, "all")]),
    ("Three men accused of theft were lynched by a mob in Kano, police said.", [("killed", 3, 3, "all")]),
    ("Twelve houses were burned in the village, but the family escaped alive, officials said.", []),
    # a person told by an age alone, a named person killed, so many dead in one word
    ("Authorities said a 12-year-old boy shot and killed an 11-year-old last Friday.", [("killed", 1, 1, "all")]),
    ("Israeli strikes killed Hamas commander Mohammed Deif in Khan Younis, the army said.", [("killed", 1, 1, "all")]),
    ("Police are investigating a triple homicide on the west side.", [("killed", 3, 3, "all")]),
    ("Gunmen carried out a double murder in Mogadishu's Hodan district on Tuesday.", [("killed", 2, 2, "all")]),
    # a named place or a person merely targeted is no victim
    ("Two civilians were killed when terrorists targeted Jaramana with mortar shells, SANA reported.",
     [("killed", 2, 2, "civilians")]),
]


# One victim told without a figure: a pronoun, a definite noun, "both", an ordinal, the object of a killing.
TOLD_WITHOUT_A_FIGURE = [
    # US local news
    ("The male patron died at the scene, police said.", [("killed", 1, 1, "all")]),
    ("She was pronounced dead at the scene shortly after 2 a.m.", [("killed", 1, 1, "all")]),
    ("He was rushed to the hospital but died.", [("killed", 1, 1, "all")]),
    ("The suspect was pronounced dead on the scene from an apparent gunshot wound.", [("killed", 1, 1, "all")]),
    ("One of the victims was pronounced deceased at the scene.", [("killed", 1, 1, "all")]),
    ("Both were pronounced dead at the scene around 10:20 p.m.", [("killed", 2, 2, "all")]),
    ("Four people were shot inside an apartment on Tuesday, and two did not survive.",
     [("injured", 4, 4, "all"), ("killed", 2, 2, "all")]),
    ("Investigators said the man killed his wife in the home they shared.", [("killed", 1, 1, "all")]),
    ("A block party erupted in violence, leaving one dead and 11 others shot.",
     [("injured", 11, 11, "all"), ("killed", 1, 1, "all")]),
    # wars
    ("A third was killed when the shell hit the mosque in Maarat al-Numan, the Observatory said.",
     [("killed", 1, 1, "all")]),
    # (one more told by an ordinal, whatever befell them: Syria, Ukraine)
    ("Two civilians were killed and a third was wounded when a Turkish drone targeted a car near Qamishli.",
     [("injured", 1, 1, "all"), ("killed", 2, 2, "civilians")]),
    ("Two men were killed and a third was injured when a Russian drone hit their car in Kherson, the governor said.",
     [("injured", 1, 1, "all"), ("killed", 2, 2, "all")]),
    ("The commander was killed in a drone strike near Marib on Sunday, the Houthis said.",
     [("killed", 1, 1, "combatants")]),
    ("She died of her wounds in a hospital in Khan Younis, the health ministry said.", [("killed", 1, 1, "all")]),
    # one person's death told by a noun
    ("Two adults were indicted for the fatal shooting of 1-year-old Braylon Robinson in Cleveland.",
     [("killed", 1, 1, "all")]),
    ("A Florida teen has been charged with the murder of his 10-year-old sister, police said.", [("killed", 1, 1, "all")]),
    ("Police in Kaduna arrested two men over the killing of a farmer in Kajuru.",
     [("arrested", 2, 2, "all"), ("killed", 1, 1, "civilians")]),
    ("The UN condemned the killing of protesters in Khartoum.", []),
    # no death: a wounding, a killer, a survivor
    ("He was wounded in the leg and taken to a hospital in Kharkiv.", []),
    ("He killed two soldiers before he was arrested.", [("killed", 2, 2, "security_forces")]),
    ("She survived the attack on the bus near Maiduguri.", []),
]


@pytest.mark.parametrize("text, expected", TOLD_WITHOUT_A_FIGURE)
def test_one_victim_told_without_a_figure(nlp, make_article, text, expected):
    assert _claims(nlp, make_article, text) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", VIOLENT_DEATHS)
def test_violence_outside_the_war_vocabulary(nlp, make_article, text, expected):
    assert _claims(nlp, make_article, text) == sorted(expected, key=str)


@pytest.mark.parametrize("text", [
    "A 14-year-old boy was fatally shot on the Skokomish Reservation this evening.",
    "Deputies found the man dead in his car; the coroner ruled it a homicide after he was gunned down.",
    "Police are investigating an apparent murder-suicide in Roundup.",
])
def test_a_violent_death_with_no_figure_is_an_incident(nlp, make_article, text):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [d.main for d in drafts] == [True]
