"""Who states a figure: canonical speakers as data, reporting verbs, pronouns, the outlet's voice."""
import pytest

from sitrep.extract.incidents import find_incidents
from sitrep.extract.speakers import canonical_speaker, outlet_speaker

CANONICAL = [
    # an officer named with his rank in short is the military's word (Nigeria, Myanmar, Rwanda); a first name is not
    ("Col. Usman Abdulkadir", "Col. Usman Abdulkadir", "military"),
    ("Maj-Gen Zaw Min Tun", "Maj-Gen Zaw Min Tun", "military"),
    ("Brig. Gen. Tukur Gusau", "Brig. Gen. Tukur Gusau", "military"),
    ("Colin Powell", "Colin Powell", "other"),
    ("the Observatory", "Syrian Observatory for Human Rights", "monitor"),
    ("SOHR", "Syrian Observatory for Human Rights", "monitor"),
    ("the Britain-based monitor", "Syrian Observatory for Human Rights", "monitor"),
    ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "monitor"),
    ("Rami Abdel Rahman", "Syrian Observatory for Human Rights", "monitor"),
    ("Abdel Rahman", "Syrian Observatory for Human Rights", "monitor"),
    ("SANA", "SANA", "state_media"),
    ("the official Syrian Arab News Agency", "SANA", "state_media"),
    ("state news agency", "state media", "state_media"),
    ("state television", "state media", "state_media"),
    ("official media", "state media", "state_media"),
    ("Houthi-run Saba news agency", "Saba", "state_media"),
    ("Myanmar junta's MRTV", "MRTV", "state_media"),
    ("OCHA", "Office for the Coordination of Humanitarian Affairs (OCHA)", "international"),
    ("the World Health Organization", "World Health Organization (WHO)", "international"),
    ("Doctors Without Borders", "Doctors Without Borders (MSF)", "medical"),
    ("Amnesty International", "Amnesty International", "international"),
    ("Ukraine's General Staff", "Ukraine's General Staff", "military"),
    ("the RSF", "RSF", "armed_group"),
    ("police spokesman Muhammed Jalige", "police spokesman Muhammed Jalige", "government"),
    ("a hospital source in Taiz", "a hospital source in Taiz", "medical"),
    ("opposition activists", "activists", "opposition"),
    ("Opposition advocates", "activists", "opposition"),
    ("local residents", "local residents", "witness"),
    ("the governor of Homs province", "governor of Homs province", "government"),
    # an acronym that is also an English word counts only in capitals
    ("WHO", "World Health Organization (WHO)", "international"),
    ("a community leader in Mucojo, who asked not to be named", "a community leader in Mucojo, who asked not to be "
     "named", "other"),
    ("A doctor at a field hospital in Saraqib, who asked not to be named", "A doctor at a field hospital in Saraqib, "
     "who asked not to be named", "medical"),
    # a body the actor table names whole, by one name or a body's name, speaks as the party it is
    ("the IDF", "IDF", "military"),
    ("FARDC", "FARDC", "military"),
    ("the Tatmadaw", "Tatmadaw", "military"),
    ("the PKK", "PKK", "armed_group"),
    ("CODECO", "CODECO", "armed_group"),
    ("the Qassam Brigades", "Qassam Brigades", "armed_group"),
    # a leader or a weapon the table lists among a party's aliases is no body that speaks
    ("Bashar al-Assad", "Bashar al-Assad", "other"),
    ("US aircraft", "US aircraft", "other"),
    # a state outlet described, then named, is its name; its kind stays state media (Burkina Faso, Palestine,
    # Russia, Syria); described only, it is "state media"
    ("state broadcaster RTB", "RTB", "state_media"),
    ("the state-run news agency WAFA", "WAFA", "state_media"),
    ("Russian state news agency TASS", "TASS", "state_media"),
    ("state TV channel Al-Ikhbariya", "Al-Ikhbariya", "state_media"),
    ("Syrian state television", "state media", "state_media"),
    ("state-run media", "state media", "state_media"),
]


@pytest.mark.parametrize("name, canonical, kind", CANONICAL)
def test_canonical_speaker(name, canonical, kind):
    assert canonical_speaker(name) == (canonical, kind)


@pytest.mark.parametrize("outlet, text, expected", [
    ("reuters", "Ten people were killed.", "Reuters"),
    ("sana", "Ten people were killed.", "SANA"),
    ("alaraby", "Ten people were killed.", "The New Arab"),
    ("etilaf", "Ten people were killed.", "Syrian National Coalition"),
    ("nna", "Ten people were killed.", "National News Agency"),
    (None, "BEIRUT (Reuters) - Ten people were killed.", "Reuters"),
    (None, "Ten people were killed in Aden. - AFP", "AFP"),
    (None, "Belfast Telegraph\n\nTen people were killed in Homs.", "Belfast Telegraph"),
    (None, "Ten people were killed.", "the outlet"),
])
def test_outlet_voice(make_article, outlet, text, expected):
    assert outlet_speaker(make_article(text, outlet=outlet)).canonical == expected


ATTRIBUTED = [
    # verbs of saying of translated and agency copy, with a that-clause (Burkina Faso, Yemen, DR Congo)
    ("The army spokesman affirmed that 12 soldiers were killed in the attack on the Koumbri detachment.",
     [(12, "army spokesman")]),
    ("The official stressed that 14 civilians were killed in the shelling of Taiz.", [(14, "official")]),
    ("The administrator of Beni territory specified that 22 civilians were killed in Ndimo.",
     [(22, "administrator of Beni territory")]),
    # figures that show a toll are their compiler's word (Gaza, Ukraine); footage that shows bodies is no speaker
    ("The death toll from the strike on Jabalia stood at 12, figures from the health ministry showed.",
     [(12, "health ministry")]),
    ("The death toll from the shelling of Kherson rose to nine, figures from the regional administration showed.",
     [(9, "regional administration")]),
    # "per X" is "according to X" in a word (Gaza, US crime copy); "per day" names no one
    ("Twelve people died in the strike on Nuseirat, per the health ministry.", [(12, "health ministry")]),
    ("Two people were shot dead on Main Street on Friday night, per police.", [(2, "police")]),
    ("About 30 people per day are killed in the fighting in El Fasher, the UN said.", [(30, "UN")]),
    ("The Observatory said 12 people were killed in Idlib. It said three children were among the dead.",
     [(12, "Syrian Observatory for Human Rights"), (3, "Syrian Observatory for Human Rights")]),
    ("Air strikes killed 9 civilians in Arbin, civil defense sources told Anadolu Agency.",
     [(9, "civil defense")]),
    ("Nine people were killed in Aden according to a medical source.", [(9, "a medical source")]),
    ("Russian shelling killed five people in Kherson, Ukraine's General Staff said.",
     [(5, "Ukraine's General Staff")]),
    ("Myanmar's state broadcaster MRTV said 20 insurgents were killed in clashes in Sagaing.", [(20, "MRTV")]),
    ('Governor Ahmed Saleh said 13 residents were wounded in the attack. "Four others were killed," he added.',
     [(13, "Governor Ahmed Saleh"), (4, "Governor Ahmed Saleh")]),
    ("Gunmen killed 11 villagers in Zamfara on Sunday.", [(11, "the outlet")]),
    # a sentence-final "X reports" with the commas lost (FA-KES copy)
    ("Air raids on Aleppos Marjeh district killed at least 10 people on Friday the Syrian Observatory for Human "
     "Rights reports.", [(10, "Syrian Observatory for Human Rights")]),
    # ... and its name closed by its acronym, after a place's "of" (Syria, Afghanistan); counter-cases: known names
    ("Regime airstrikes killed 20 civilians on Monday in the Bab al-Maqam neighborhood of Aleppo Syria Live Network "
     "(SLN) reported.", [(20, "Aleppo Syria Live Network (SLN)")]),
    ("A drone strike killed 6 people in the Kunduz province of Afghanistan the UN mission (UNAMA) said.",
     [(6, "UN Assistance Mission in Afghanistan (UNAMA)")]),
    ("Houthi shelling killed 4 people in the al-Hawban area of Taiz Yemen Data Project (YDP) reported.",
     [(4, "Yemen Data Project")]),
    ("Two people were killed in Idlib the head of the Observatory said.",
     [(2, "Syrian Observatory for Human Rights")]),
    # inverted after a quotation
    ('"We have counted 62 bodies," said Dr Ahmed Hassan, director of the hospital in El Fasher.',
     [(62, "Dr Ahmed Hassan")]),
    # the person in an apposition speaks: "An activist in Homs, Wael al-Homsi, said"
    ("An activist in Homs, Wael al-Homsi, said in a telephone interview that he had counted 30 bodies.",
     [(30, "Wael al-Homsi")]),
    # a subheading run into the sentence is not part of the speaker
    ("SLEEPING DEAD Opposition activists cited a death toll of 500 after rockets fell on Wednesday.",
     [(500, "activists")]),
    # comma-less copy runs the words before into the speaker
    ("At least 15 civilians were killed in an air strike on Saturday near the groups Syrian bastion Raqqa a "
     "monitor said.", [(15, "a monitor")]),
    ("An ammunition depot explosion in Homs has claimed the lives of at least 40 people and left scores wounded "
     "reports say.", [(40, "reports"), (40, "reports")]),
    ("An attack on a clinic in Aleppo has left two patients dead and eight others injured the Qatar Red Crescent "
     "Society (QRCS) has announced.", [(2, "Qatar Red Crescent Society"), (8, "Qatar Red Crescent Society")]),
    ("On April 15 UN Special Envoy for Syria Staffan de Mistura said over 130 people were killed near Aleppo.",
     [(130, "UN Special Envoy for Syria Staffan de Mistura")]),
    # "quoting X as putting the toll at": the one quoted speaks
    ("SANA news agency reported the attack quoting Homs Governor Talal al-Barazi as puting the death toll at six "
     "and the number of injured at 28.",
     [(6, "Homs Governor Talal al-Barazi"), (28, "Homs Governor Talal al-Barazi")]),
    ("Monday 31 Oct 2016 Syrias army said in a statement on Monday that the Nusra Front had killed 84 people.",
     [(84, "Syrias army")]),
    # "the group said" after the Observatory; "the Britain-based group"
    ("The Syrian Observatory for Human Rights said 10 people were killed. The group said 4 of them were children.",
     [(10, "Syrian Observatory for Human Rights"), (4, "Syrian Observatory for Human Rights")]),
    ("Air raids killed 17 civilians in Deir Ezzor, the Britain-based group said.",
     [(17, "Syrian Observatory for Human Rights")]),
    ("6 September 2016 SANA reporter in Aleppo said that 6 civilians were killed.", [(6, "SANA")]),
    ("The rocket led to the killing of one person and the injury of 40 others causing damages within the area of "
     "explosion NNA correspondent added.", [(1, "NNA correspondent"), (40, "NNA correspondent")]),
    # Ukraine's officials
    ("At least 13 people were killed in Russian strikes on Kherson on Tuesday, regional governor Oleksandr "
     "Prokudin said on Telegram.", [(13, "regional governor Oleksandr Prokudin")]),
    # the dead are never who reports them, though their word names a speaker's kind ("police"): with a
    # speaker the tables do not know, the outlet carries the figure
    ("Gunmen attacked a checkpoint in Bannu, killing four policemen, the press cell said.", [(4, "the outlet")]),
    ("Militants ambushed a convoy near Gao, killing six soldiers, the local committee said.", [(6, "local committee")]),
    # posts and offices that speak, in any war: an administrator, a sheriff, a lawmaker, a regional administration
    ("Gunmen killed nine villagers in Djugu, the administrator of Djugu territory said.",
     [(9, "administrator of Djugu territory")]),
    ("Two people were shot dead outside a bar in Tulsa, the county sheriff said.", [(2, "county sheriff")]),
    ("A local lawmaker told Reuters that 30 people were killed in the raid on Kuchi.", [(30, "A local lawmaker")]),
    ("A Russian missile killed five people in Kherson, the Kherson regional administration said.",
     [(5, "Kherson regional administration")]),
    # a body told after a person holding a post in it is the body, not that person (Iraq, South Sudan)
    ("A police officer said mortar fire killed three people in Mosul. The federal police said in a statement its "
     "forces had killed 45 ISIS militants.", [(3, "A police officer"), (45, "federal police")]),
    ("An army spokesman said rebels shelled Bentiu, killing six people. The army later said in a statement that its "
     "forces had killed 30 rebels near the town.", [(6, "An army spokesman"), (30, "army")]),
    # a person named in full with a post, then by the post and the surname, is one speaker (South Sudan, Nigeria)
    ('Commissioner Bol Deng Bol told Radio Tamazuj that attackers stormed the cattle camp. "Twenty-three people were '
     'killed," Commissioner Bol said.', [(23, "Commissioner Bol Deng Bol")]),
    ("Governor Babagana Zulum said on Sunday that the attackers came on motorbikes. Nine farmers were killed in the "
     "attack, Governor Zulum said.", [(9, "Governor Babagana Zulum")]),
    # counter-case: with the commas lost, the parser's object of the verb before is the speaker
    ("Seventy-six people were killed on Sunday when Syrian army helicopters dropped barrel bombs on the northern "
     "city of Aleppo the Syrian Observatory for Human Rights said on Monday.",
     [(76, "Syrian Observatory for Human Rights")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", ATTRIBUTED)
def test_speaker_of_claims(nlp, make_article, text, expected):
    article = make_article(text)
    drafts, _ = find_incidents(nlp(text), article)
    got = [(c.low, c.speaker.canonical) for d in drafts for c in d.casualty_claims]
    assert got == expected
    for d in drafts:
        for c in d.casualty_claims:
            if c.speaker.span is not None:
                assert c.speaker.span.text == text[c.speaker.span.start:c.speaker.span.end]


# Attribution phenomena: figures given (not said), statement nouns with an author, "the report said",
# speakers carried only over sentences that go on counting the same dead, not over a change of subject.
ATTRIBUTION_PHENOMENA = [
    # "gave a toll of": a figure given is a figure said
    ("A car bomb hit Qamishli on Wednesday. Syrian state media gave a toll of 44 dead and 140 injured.",
     [(44, "state media"), (140, "state media")]),
    ("Saba news agency gave a toll of 12 dead in the strike on Hodeidah.", [(12, "Saba")]),
    # a statement noun with its author: "the claim by X that", "X's reports"
    ("Leaders reacted to the claim by activists that at least 640 people were killed in a gas attack.",
     [(640, "activists")]),
    ("Residents' accounts of the raid on Kyaukpyu put the toll at 30 dead.", [(30, "Residents")]),
    ("More than 5,000 people fled across the border, according to latest figures given by Anatolia news agency.",
     [(5000, "Anadolu Agency")]),
    # "the report said" speaks for the speaker just named
    ('State television said troops entered the town. "Two armed men were killed," the report said.',
     [(2, "state media")]),
    # "adding new urgency" names no speaker
    ("On Saturday a blast killed at least 100 people at an evacuation point, adding new urgency to the deal "
     "that opposition fighters had accepted.", [(100, "the outlet")]),
    # a carried speaker runs on while the sentences go on counting the same dead
    ("Police said eight people were killed in Maiduguri on Friday. Five of them died in the market. "
     "Another three were killed at a checkpoint.",
     [(8, "Police"), (5, "Police"), (3, "Police")]),
    # ... and stops at a shift in time or topic
    ("A police source told SANA that a woman was killed in Aleppo. Later two more people were reported killed "
     "in a similar rocket attack.", [(1, "A police source"), (2, "the outlet")]),
    ("The interior ministry said one person was killed in Damascus. It was the second attack this month, after "
     "17 people were killed in Midan.", [(1, "interior ministry"), (17, "the outlet")]),
    # a definite back-reference is the speaker just named: "the TV network", "the opposition story"
    ('The army killed about 40 militants in Rahibeh, according to the opposition "Cham" TV network. '
     '"Artillery was used in the battle and left nearly 40 militants killed," the TV network said.',
     [(40, 'opposition "Cham" TV network')]),
    # an unnamed monitoring group stays unnamed when the article never names the Observatory
    ("An opposition monitoring group citing figures from clinics put the death toll at 494.",
     [(494, "An opposition monitoring group")]),
    ("A monitoring group said 48 people were killed. The Syrian Observatory for Human Rights said the bodies "
     "were found on Tuesday.", [(48, "Syrian Observatory for Human Rights")]),
    # comma-less copy: "said X adding that ...", where the parser hangs X on "adding"
    ("Meanwhile rebel fire on regime-held areas killed 12 people said the Observatory adding that 4 of them "
     "were children.", [(12, "Syrian Observatory for Human Rights")]),
    ("Houthi shelling on Taiz killed 6 civilians said the health office adding that 3 of them were women.",
     [(6, "health office")]),
    # a body described by its kind is only a named body of that kind: "a medical group" is no ACLED
    ("A drone strike on a market in Khartoum killed at least 19 civilians on Sunday, a medical group said. "
     "Since the war broke out, more than 7,500 people have been killed, according to ACLED.",
     [(19, "a medical group")]),
    ("A drone strike on a market in Khartoum killed at least 19 civilians on Sunday, a medical group said. "
     "The strike hit the Qoro market, the Sudan Doctors' Committee said. Since the war broke out, more than 7,500 "
     "people have been killed, according to ACLED.", [(19, "Central Committee of Sudan Doctors")]),
    # "one of the officers said": the group after "of" speaks
    ('"We lost six of our men," one of the officers said.', [(6, "officers")]),
    ("Nine villagers were killed near Kidal, some of the residents told AFP.", [(9, "residents")]),
    # a subject that speaks before "said" is the speaker, not the doers told after it
    ("In a statement on Sunday, the Managil Resistance Committees said RSF fighters riding in about 40 combat "
     "vehicles surrounded the village of Wad al-Tayeb. \"They opened fire on residents,\" the statement said, "
     "adding that 24 women were among the dead.", [(24, "Managil Resistance Committees")]),
    ("Police in Borno said Boko Haram fighters riding on motorcycles stormed Gajiram, killing 12 people.",
     [(12, "Police in Borno")]),
    # a speaker closing the sentence after a comma, which the parser hangs on the deed's subject
    ("Two shells fired by terrorists hit al-Ramouseh in Aleppo, killing a child, a source at Aleppo police "
     "command said.", [(1, "a source at Aleppo police command")]),
    ("Two rockets fired by the Houthis hit a market in Marib, killing a woman, a source at the local hospital "
     "said.", [(1, "a source at the local hospital")]),
    # how a source was reached is no source: "via Skype", "by telephone"
    ("A local activist reached via Skype said regime forces shelled the village, killing 12 people.",
     [(12, "A local activist")]),
    # a relative clause on the speaker's last noun is no part of its name (Sudan, Ukraine)
    ("A doctor from the hospital in El Fasher, who spoke on condition of anonymity, said the RSF shelled the "
     "market, killing 12 people.", [(12, "A doctor from the hospital in El Fasher")]),
    ("A resident of Kherson, who gave only her first name, said Russian drones struck the bus, killing two people.",
     [(2, "A resident of Kherson")]),
    ("Russian drones hit Kherson, killing two people, the regional military administration on Telegram said.",
     [(2, "regional military administration")]),
    ("A resident, who was reached via WhatsApp, said regime forces shelled the village, killing 12 people.",
     [(12, "A resident")]),
    ("A nurse contacted through WhatsApp said RSF drones struck the hospital in El Obeid, killing nine patients.",
     [(9, "A nurse")]),
    # a sentence opening on "they"/"he" points back at the subject just told, not at the speaker named further up
    # (Syria, Nigeria, Ukraine, Myanmar), nor does "it" after a body that did not speak (Iraq, Ukraine); a pronoun
    # inside its sentence, and "it" after a thing, keep the speaker last named
    ("Dozens were killed in Khan Sheikhoun, the Observatory said. The activists had no word on the agent. They said "
     "Russian warplanes carried out the attack, killing 58 people.", [(58, "activists")]),
    ("At least 30 villagers were killed in Kukawa, a military spokesman said. Residents of the town fled to Monguno. "
     "They said Boko Haram fighters killed 12 people at the market.", [(12, "Residents of the town")]),
    ("Twelve people died in the strike on Sumy, the regional governor said. Local volunteers searched the rubble. "
     "They worked until dawn. They said three children were among the dead.", [(3, "Local volunteers")]),
    ("The junta said 20 rebels were killed in Sagaing. U Aung Naing, a farmer from Budalin, lost two sons in the "
     "raid. He said soldiers shot 11 villagers.", [(11, "U Aung Naing")]),
    ("The Syrian Observatory for Human Rights said 20 people were killed in Douma. It said eight children were "
     "among the dead.", [(8, "Syrian Observatory for Human Rights")]),
    ("A medical source said the hospital in Baqubah had received twelve bodies. The Security Media Cell issued a "
     "statement on the attack. It said eight citizens were killed.", [(12, "A medical source"),
                                                                      (8, "Security Media Cell")]),
    ("A doctor said three children were among the dead in Kherson. The regional prosecutor's office opened an "
     "investigation. It said the shelling killed ten people.", [(3, "A doctor"), (10, "regional prosecutor's office")]),
    ("Nine people were killed in Kherson, the governor said. The strike hit a school. It said the shelling killed "
     "ten people.", [(9, "governor"), (10, "governor")]),
    ("The army also took the villages of Bashkuwi and Sifat while battles raged in Hardatain, said the Observatory. "
     "It added that at least 16 insurgents were killed.", [(16, "Syrian Observatory for Human Rights")]),
    ("Medics in Gaza said 17 people were killed in Rafah. Hospital staff said they had counted 40 wounded.",
     [(40, "Hospital staff")]),
    # a post told first, the holder's name after it between commas: the name is part of who speaks (Nigeria,
    # Ukraine, Myanmar); a known body's head still speaks for the body
    ("Militants attacked Mairuwa on Sunday. When contacted, the Police Public Relations Officer in the state, DSP "
     "Sani Abubakar, confirmed the attack, saying 16 persons were killed.",
     [(16, "Police Public Relations Officer in the state, DSP Sani Abubakar")]),
    ("The Deputy Governor of Sagaing Region, U Myint Oo, said 9 villagers were killed in the air strike on Monday.",
     [(9, "U Myint Oo")]),
    # the speakers closing a sentence, run by the parser into the list of the dead: those who head the list speak
    # (Burkina Faso, Sudan)
    ("Al Qaeda-linked fighters attacked the town of Gorom-Gorom in northern Burkina Faso on Sunday, killing more "
     "than 50 soldiers and auxiliary fighters, two security sources and a resident said.",
     [(50, "security sources")]),
    ("RSF drones struck the market in Kabkabiya on Monday, killing at least 18 civilians and three traders, two "
     "medical sources and a witness said.", [(18, "medical sources")]),
    # the source closing a sentence that the parser hangs as an apposition on the people counted (Syria, Sudan)
    ("At least five people were killed and several others injured in clashes that broke out late on Tuesday in the "
     "town of Thiban, east of Deir ez-Zor, a local source told North Press.", [(5, "a local source")]),
    ("Nine people were killed and several others wounded in fighting between the army and the RSF in Bahri, north of "
     "Khartoum, a medical source told AFP.", [(9, "a medical source")]),
    ("Russian drones hit Kherson on Monday. The head of the regional administration, Oleksandr Prokudin, said three "
     "people were killed.", [(3, "Oleksandr Prokudin")]),
    ("Resistance fighters attacked Budalin on Friday. The junta's spokesman, Major General Zaw Min Tun, said 14 "
     "soldiers were killed.", [(14, "Major General Zaw Min Tun")]),
    ("Rebels attacked Kafr Nabuda on Monday. The head of the Observatory, Rami Abdel Rahman, said 29 soldiers were "
     "killed.", [(29, "Syrian Observatory for Human Rights")]),
    # "the agency" after a civil defence or a health body is that body; after a news agency, the news agency (Gaza,
    # West Bank)
    ("An Israeli strike killed 12 people in Rafah, the civil defence said. Among the dead were five children, the "
     "agency said.", [(12, "civil defense"), (5, "civil defense")]),
    ("Israeli forces killed three people in Nablus, WAFA news agency said. Two of them were teenagers, the agency "
     "said.", [(3, "WAFA news agency"), (2, "WAFA news agency")]),
    # a toll told with its giver in a participle is the giver's (DR Congo, Ukraine)
    ("Attackers raided Oicha overnight. The toll, provided by the local civil society, stands at 15 dead.",
     [(15, "local civil society")]),
    ("Missiles hit Kharkiv on Monday. The toll, confirmed by the regional governor, rose to 11 dead.",
     [(11, "regional governor")]),
    # who mourns, deplores or lists the dead tells the figure, and no more (Burkina Faso, Niger, Yemen, Syria)
    ("Jihadists attacked a convoy near Djibo. The army mourned 15 soldiers killed in the ambush.", [(15, "army")]),
    ("Jihadists attacked a patrol near Tera. The ministry deplored the death of 12 soldiers.", [(12, "ministry")]),
    ("Shelling hit Taiz on Monday. The health office listed 9 dead and 14 wounded.",
     [(9, "health office"), (14, "health office")]),
    # who cites a source says the figure, however the parser reads the agency's name (Syria, Libya)
    ("Israeli strikes hit positions near al-Kiswah on Tuesday, the Syrian Observatory for Human Rights said. SANA, "
     "citing a military source, said two soldiers were killed.", [(2, "SANA")]),
    ("Israeli strikes hit positions near al-Kiswah on Tuesday, the Syrian Observatory for Human Rights said. Syria's "
     "state news agency SANA, citing a military source, said two soldiers were killed.", [(2, "SANA")]),
    ("Jihadists attacked truffle hunters near Palmyra on Friday, a monitor said. State news agency SANA, citing a "
     "police source, gave a toll of 12 dead.", [(12, "SANA")]),
    ("Fighting broke out near Ras Lanuf on Monday, residents said. The Libya Observer, quoting a field commander, "
     "said 15 fighters had been killed.", [(15, "Libya Observer")]),
    # the captors' charge against their victims is no statement of the figure (Syria, Nigeria)
    ("Separately, on Thursday ISIS fighters abducted five young men from the village of Suluk, after accusing them "
     "of smoking, a local source who requested anonymity told ARA News.", [(5, "a local source")]),
    ("Gunmen abducted 20 traders near Gwoza on Sunday after accusing them of spying for the army, residents told "
     "AFP.", [(20, "residents")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", ATTRIBUTION_PHENOMENA)
def test_attribution_phenomena(nlp, make_article, text, expected):
    drafts, tolls = find_incidents(nlp(text), make_article(text))
    got = [(c.low, c.speaker.canonical) for d in drafts for c in d.casualty_claims] + \
        [(t.low, t.speaker.canonical) for t in tolls if t.speaker]
    for item in expected:
        assert item in got


# Speakers named through a description, a citation, or a capital.
NAMED_THROUGH = [
    ("Syria's southern neighbour Israel said a strike killed 12 people in Quneitra.", [(12, "Israel")]),
    ("A Russian air strike killed 49 militants in Idlib, Rossiya 24 television cited the Russian defence ministry "
     "as saying on Thursday.", [(49, "Russian defence ministry")]),
    ("Kyiv said Russian missiles killed 14 people in Dnipro.", [(14, "Kyiv")]),
    ("Shelling killed 9 people in El Fasher, said Adam Rijal, a spokesman for the camps.", [(9, "Adam Rijal")]),
]


@pytest.mark.parametrize("text, expected", NAMED_THROUGH)
def test_speakers_named_through(nlp, make_article, text, expected):
    article = make_article(text)
    drafts, _ = find_incidents(nlp(text), article)
    assert [(c.low, c.speaker.canonical) for d in drafts for c in d.casualty_claims] == expected


@pytest.mark.parametrize("name, canonical, kind", [
    ("Kyiv", "Kyiv", "government"),
    ("Khartoum", "Khartoum", "government"),
    ("the United States", "United States", "government"),
    ("Kyiv Independent", "Kyiv Independent", "outlet"),    # an outlet named after a capital is no government
])
def test_capitals_speak_for_governments(name, canonical, kind):
    assert canonical_speaker(name) == (canonical, kind)


# A judge of a deed ("condemned the attacks which killed 58") and a blamer in a relative clause speak for
# the blame only: the figures the sentence tells in its own voice stay the outlet's. A participle's own
# noun speaks before the clause's subject; a deed never speaks.
NARROW_SPEAKERS = [
    ("International leaders have condemned the alleged chemical attacks which killed at least 58 people in Idlib "
     "on Tuesday.", [(58, "the outlet")]),
    ("Syria's UN envoy Bashar Jaafari, who on Monday blamed France for the massacre in Ghouta that killed 300 "
     "people, spoke to reporters.", [(300, "the outlet")]),
    ("In Douma the government air strikes brought chaos, with an AFP photographer reporting that 20 civilians were "
     "killed.", [(20, "AFP")]),
    ("(TRT World and Agencies) Rescuers said 12 people were killed in Idlib.", [(12, "Rescuers")]),
]


@pytest.mark.parametrize("text, expected", NARROW_SPEAKERS)
def test_narrow_speakers(nlp, make_article, text, expected):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [(c.low, c.speaker.canonical) for d in drafts for c in d.casualty_claims] == expected


def test_an_acronym_in_brackets_stays_in_the_name(nlp, make_article):
    text = "A former Syrian Revolutionary Front (SRF) commander said 6 people were killed in Idlib."
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [c.speaker.canonical for d in drafts for c in d.casualty_claims] != ["commander"]


# A person named after a description of his post keeps his name and takes the post's kind.
@pytest.mark.parametrize("text, name, kind", [
    ("Sudan's army chief Abdel Fattah al-Burhan said the RSF killed 40 civilians in Wad Madani.",
     "Abdel Fattah al-Burhan", "military"),
    ("Pentagon spokesman Rear Admiral John Kirby said the raids killed 12 militants.",
     "Rear Admiral John Kirby", "military"),
    ("John Smith said 3 people died in Kharkiv.", "John Smith", "other"),
])
def test_kind_of_a_described_person(nlp, make_article, text, name, kind):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [(c.speaker.canonical, c.speaker.kind) for d in drafts for c in d.casualty_claims] == [(name, kind)]


# An apposition says who a named person is; the person still speaks, unless he speaks for a monitor or an
# outlet (a correspondent's report is the outlet's).
@pytest.mark.parametrize("text, name, kind", [
    ("Ayman al-Aasmi, a member of the FSA southern front command, said 12 people were killed in Daraa.",
     "Ayman al-Aasmi", "armed_group"),
    ("Mustafa Sultan, a local activist, said 48 people were killed in Hardatnin.", "Mustafa Sultan", "opposition"),
    ("Russian warplanes killed 12 people on the Castello road, said Mohamad Adeeb, an opposition activist who drove "
     "the road on Friday.", "Mohamad Adeeb", "opposition"),
    ("Rami Abdel Rahman, head of the Observatory, said 20 people were killed in Idlib.",
     "Syrian Observatory for Human Rights", "monitor"),
])
def test_apposition_describes_the_person(nlp, make_article, text, name, kind):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [(c.speaker.canonical, c.speaker.kind) for d in drafts for c in d.casualty_claims] == [(name, kind)]


# Speakers of other wars as data: monitors, UN bodies, outlets with their abbreviations.
@pytest.mark.parametrize("name, canonical, kind", [
    ("Sudan Doctors Network", "Sudan Doctors Network", "medical"),
    ("the Sudanese Doctors' Network", "Sudan Doctors Network", "medical"),
    ("the Emergency Lawyers", "Emergency Lawyers", "monitor"),
    ("Airwars", "Airwars", "monitor"),
    ("ACLED", "Armed Conflict Location & Event Data Project (ACLED)", "monitor"),
    ("the Yemen Data Project", "Yemen Data Project", "monitor"),
    ("the Hamas-run health ministry", "Gaza Health Ministry", "medical"),
    ("Gaza's Health Ministry", "Gaza Health Ministry", "medical"),
    ("the U.N. human rights office", "UN human rights office (OHCHR)", "international"),
    ("UNAMA", "UN Assistance Mission in Afghanistan (UNAMA)", "international"),
    ("RFE/RL", "Radio Free Europe/Radio Liberty (RFE/RL)", "outlet"),
    ("Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty (RFE/RL)", "outlet"),
    ("the Syrian Network for Human Rights", "Syrian Network for Human Rights", "monitor"),
    ("a Taliban spokesman", "a Taliban spokesman", "armed_group"),
    ("Ukraine's air force", "Ukraine's air force", "military"),
    ("the US Navy", "US Navy", "military"),
    ("the Nigerian Air Force", "Nigerian Air Force", "military"),
])
def test_canonical_speakers_of_other_wars(name, canonical, kind):
    assert canonical_speaker(name) == (canonical, kind)


# Error class 1: the speaker of a figure. A named speaker that opens the next sentence and points back
# ("the strikes", "the victims") speaks for the figure before; a speaker of one paragraph does not carry
# into the next; a dateline run into a name is no part of it; a bare "the ministry" is the ministry named.
SPEAKER_PHENOMENA = [
    # the next sentence gives the toll just told, in the passive, to its source (DR Congo, Nigeria); a sentence
    # opening on "However" tells another account (Nigeria, Ukraine); "this week" points at nothing told
    ("At least 12 villagers were killed overnight in an attack on the village of Lumbishi.\n\nThe provisional toll "
     "was given to AFP by the local administrator, Donat Kibwana.", [(12, "Donat Kibwana")]),
    ("At least 16 people were killed in the bombing of a market in Konduga.\n\nThe toll was confirmed by Borno "
     "police spokesman Nahum Daso.", [(16, "Borno police spokesman Nahum Daso")]),
    ("Seven people were killed in Kharkiv on Monday.\n\nThe governor said this week would be difficult.",
     [(7, "AFP")]),
    ("Eighteen deaths have been confirmed in Gwoza. However, Nigeria's Vanguard News reported that the death toll "
     "could be higher.", [(18, "AFP")]),
    ("Four people were killed in Kherson on Monday. However, Russian-installed officials said the strikes hit a "
     "military depot.", [(4, "AFP")]),
    # a body told again by its kind of office: "the centre", "the directorate" (Libya, Syria)
    ("Clashes in Zawiya have left nine people dead, the Emergency Medicine Centre said on Friday.\n\nThe centre "
     "said in a statement on its Facebook page that among the dead were two children.",
     [(9, "Emergency Medicine Centre"), (2, "Emergency Medicine Centre")]),
    ("Russian strikes killed 14 people in Ariha on Monday, the Idlib Health Directorate said.\n\nThe directorate "
     "said 30 others were wounded.", [(14, "Idlib Health Directorate"), (30, "Idlib Health Directorate")]),
    ("At least 12 people were killed in air strikes on a market in Maarat al-Numan on Monday. The Syrian "
     "Observatory for Human Rights said the strikes were carried out by Russian jets.",
     [(12, "Syrian Observatory for Human Rights")]),
    ("Seven civilians were killed when a drone hit a bus near Kherson on Sunday. The regional governor said "
     "the victims included two children.", [(7, "regional governor"), (2, "regional governor")]),
    ("Nine people were killed in an attack on a market in Maiduguri. Police said they had found the "
     "bomber's car.", [(9, "Police")]),
    # a speaker who tells something new lends no name backwards
    ("Ten people were killed in Idlib on Monday. The Observatory said 20 others were killed in Aleppo.",
     [(10, "AFP"), (20, "Syrian Observatory for Human Rights")]),
    # a headline's speaker does not carry into the story's own voice
    ("Islamic State claims suicide car bomb that kills more than 100 in Iraq\n\nMore than 100 people have "
     "been killed in a suicide car bombing at a busy market in Iraq on Friday.", [(100, "AFP")]),
    ("Houthis say Saudi-led coalition strike killed 20\n\nTwenty people were killed in an air strike on a "
     "wedding in Hajjah on Sunday.", [(20, "AFP")]),
    # "reported X" after a comma: X speaks
    ("Five civilians were killed and 22 injured by a Houthi missile fired at the Yemeni city of Marib on "
     "Tuesday, reported local news agency SABA.", [(5, "Saba"), (22, "Saba")]),
    ("Three soldiers were killed in an ambush near Maiduguri, reported the state broadcaster NTA.",
     [(3, "NTA")]),
    # a bare "the ministry" points back to the ministry named, not to the army named since
    ("An Israeli strike on a school killed at least 22 people, according to the Gaza Health Ministry, while the "
     "Israeli army said it targeted a command center. Another 30 were wounded in the strike, the ministry said.",
     [(22, "Gaza Health Ministry"), (30, "Gaza Health Ministry")]),
    ("The army said it had repelled the attack. The strike injured another 30, the Gaza health ministry said.",
     [(30, "Gaza Health Ministry")]),
    ("Colombia's army said the attack was carried out with explosives. The defense ministry said that two "
     "soldiers died and five others were injured.", [(2, "defense ministry"), (5, "defense ministry")]),
    # a described group points back to the group named before it
    ("Al-Shabaab said it killed 30 soldiers at the base. In a statement the al-Qaeda-linked militant group said it "
     "also killed 12 policemen.", [(30, "Al-Shabaab"), (12, "Al-Shabaab")]),
    # a body first described and named elsewhere in the article is the one named; two named bodies leave it as written
    ("At least 14 civilians were killed by the RSF in El Fasher, a rights group said on Monday.\n\nAccording to "
     "the Emergency Lawyers, an independent human rights watchdog, the RSF committed a massacre.",
     [(14, "Emergency Lawyers")]),
    ("Twelve children were killed in the air strike in Saada, a watchdog said. The Yemen Data Project, which "
     "tracks air strikes, said the strike hit a bus.", [(12, "Yemen Data Project")]),
    ("Nine civilians were killed in a strike on Idlib, a monitoring group said. Airwars and the Syrian Network "
     "for Human Rights both recorded the strike.", [(9, "a monitoring group")]),
    # a quotation that runs on over paragraphs (each opening with a quote mark) is the quoted speaker's
    ('Suicide bombers attacked a wedding in Gwoza on Saturday.\n\nConfirming the attacks, the head of the '
     'emergency agency, Barkindo Saidu, said: "The first bomb was detonated at the wedding.\n\n"So far, 18 deaths '
     'have been recorded.\n\n"Nineteen were seriously injured."\n\nFive more people died in hospital.',
     [(18, "Barkindo Saidu"), (19, "Barkindo Saidu"), (5, "AFP")]),
    ('Shelling hit a market in Kharkiv on Monday.\n\nThe mayor, Ihor Terekhov, said: "Two rockets struck the '
     'market.\n\n"Seven people were killed."\n\nRescuers searched the rubble on Tuesday.',
     [(7, "Ihor Terekhov")]),
    # a post, then the person who holds it: the person speaks
    ("The governor of Borno state, Babagana Zulum, said 12 farmers were killed in the attack on Zabarmari.",
     [(12, "Babagana Zulum")]),
    ("The army spokesman, Brigadier General Yahya Saree, said 12 soldiers were killed near Marib.",
     [(12, "Brigadier General Yahya Saree")]),
    # a statement from a body is the body's
    ("Two people were killed and four wounded in Phoenix, according to a statement from the sheriff's office.",
     [(2, "sheriff's office"), (4, "sheriff's office")]),
    # "the post", "the bulletin": the statement of the speaker just named
    ("The regional prosecutor's office said on Telegram that five people were killed in Kharkiv. Three people were "
     "hurt elsewhere, the Telegram post added.",
     [(5, "regional prosecutor's office"), (3, "regional prosecutor's office")]),
    # an outlet whose masthead ends in a word the parser cuts off ("Now", "Online", "Today")
    ("Junta troops killed 11 villagers in Done Taw, Myanmar Now reported, citing residents.", [(11, "Myanmar Now")]),
    ("Al-Shabaab fighters killed seven soldiers near Jowhar, Hiiraan Online reported.", [(7, "Hiiraan Online")]),
    ("Two people were shot dead in Chicago on Sunday, USA Today reported.", [(2, "USA Today")]),
    ("Five soldiers were killed in Kachin, the army said. Now the junta says it will retaliate.", [(5, "army")]),
    # a body's kind, then its name: the name speaks ("the charity World Central Kitchen", "the monitoring group
    # Airwars"); a body described, then named after a comma: both kept, the name as its other name
    ("The charity World Central Kitchen said seven aid workers were killed in Deir al-Balah.",
     [(7, "World Central Kitchen")]),
    ("The monitoring group Airwars said 20 civilians were killed in the strike on Raqqa.", [(20, "Airwars")]),
    ("Ukraine's military intelligence agency, the HUR, said two Russian officers were killed in Melitopol.",
     [(2, "Ukraine's military intelligence agency (HUR)")]),
    ("A local rights group, the Darfur Bar Association, said 20 people were killed in Geneina.",
     [(20, "A local rights group (Darfur Bar Association)")]),
    # "the jihadist group", "the militant group" told after a party claimed or spoke is that party (Niger, Somalia)
    ("The Islamic State group on Sunday claimed an attack on the army near Banibangou. In a statement released on "
     "its Telegram channels, the jihadist group said its fighters had killed 34 soldiers.",
     [(34, "Islamic State group")]),
    ("Al-Shabaab claimed the attack on the base near Jowhar. The militant group said its fighters had killed 30 "
     "soldiers.", [(30, "Al-Shabaab")]),
    # a body's acronym in brackets closes with its bracket, however the parser hangs it (South Sudan)
    ("The UN Mission in South Sudan (UNMISS) said 14 civilians were killed in Tonj on Sunday.",
     [(14, "UN Mission in South Sudan (UNMISS)")]),
    # an acronym told after the name it was introduced with is that body (Sudan, DR Congo)
    ("The toll in Kabkabiya has risen to 57, the Darfur Bar Association (DBA) said on Tuesday. In an updated "
     "statement, the DBA said 96 others were wounded.",
     [(57, "Darfur Bar Association (DBA)"), (96, "Darfur Bar Association (DBA)")]),
    ("ADF rebels killed 23 civilians in Mamove, the Kivu Security Tracker (KST) said. The KST said 10 were missing.",
     [(23, "Kivu Security Tracker (KST)"), (10, "Kivu Security Tracker (KST)")]),
    # a body described, then named by the next sentence's first speaker (Sudan, Myanmar, Nigeria); a person or a
    # body the tables know is another source
    ("At least 28 people were killed Sunday when the RSF stormed a town in Al Jazirah state, a local activist group "
     "said. The Wad Madani Resistance Committees said in a statement that the fighters attacked Abu Usher.",
     [(28, "Wad Madani Resistance Committees")]),
    ("Junta jets killed 11 villagers in Hpruso township on Friday, a local rights group said. The Karenni Human "
     "Rights Group said the jets struck a school.", [(11, "Karenni Human Rights Group")]),
    ("Gunmen killed 17 people in Kauru on Sunday, a community group said. The Southern Kaduna Peoples Union said "
     "the attackers came at night.", [(17, "Southern Kaduna Peoples Union")]),
    # "X disclosed this": the source of what was just told named after it (Nigeria, Pakistan, South Sudan), whom
    # "he said" and his surname then point back to
    ("The Nigerian Army says troops have repelled an attack by ISWAP terrorists on a base at Wajiroko in Borno. "
     "Col. Usman Abdulkadir, the Acting Deputy Director, Army Public Relations, disclosed this in a statement on "
     "Tuesday. \"Three soldiers were killed,\" he said.", [(3, "Col. Usman Abdulkadir")]),
    ("Police said gunmen attacked a checkpoint in Bannu overnight. District Police Officer Ziaud Din disclosed this "
     "while talking to reporters. \"Four policemen were killed,\" he said.",
     [(4, "District Police Officer Ziaud Din")]),
    ("The military said troops repelled an attack on the camp in Tonj. Maj. Gen. Lul Ruai Koang disclosed this in "
     "a statement on Sunday. Koang said 11 attackers were killed.", [(11, "Maj. Gen. Lul Ruai Koang")]),
    # a sentence that gives the figures just told, with none of its own, names their source (Nigeria, Pakistan),
    # also after a judge's sentence, whose words do not cover the deed judged
    ("Zamfara State Governor Dauda Lawal has condemned the attack on Kucheri community, where bandits killed 21 "
     "residents and abducted 45 others. The Chairman of Tsafe Local Government, Alhaji Bello Ahmad, who visited the "
     "community on Wednesday, gave the figures while briefing journalists.",
     [(21, "Alhaji Bello Ahmad"), (45, "Alhaji Bello Ahmad")]),
    ("Twelve soldiers were killed when militants stormed a checkpost in Bannu. The ISPR disclosed this in a statement "
     "on Sunday.", [(12, "Inter-Services Public Relations (ISPR)")]),
    # ... or "reported this", as the Ukrainian and Russian agencies tell officials' posts (Ukraine, Russian-held
    # Donetsk), also with the agency's "Ukrinform saw"; a report of something else is no source of the toll
    ("Russian troops shelled a bus stop in Kherson this morning, killing three people and injuring seven others. "
     "Oleksandr Prokudin, head of the Kherson Regional Military Administration, reported this on Telegram, Ukrinform "
     "saw.", [(3, "Oleksandr Prokudin"), (7, "Oleksandr Prokudin")]),
    ("Ukrainian shelling killed two civilians in Horlivka on Monday. Mayor Ivan Prikhodko wrote this on his "
     "Telegram channel.", [(2, "Mayor Ivan Prikhodko")]),
    ("Three people were killed in Kharkiv on Monday. The governor reported heavy shelling overnight.",
     [(3, "AFP")]),
    # ... or says so in a clause on the speaker's name, whatever the sentence then tells (DR Congo, Mali)
    ("At least 23 displaced people were killed on Monday night in an attack on the Ndjala site in Djugu. The "
     "president of the civil society of Bahema Nord, Jean-Pierre Lokana, who gives this toll, indicates that the "
     "assailants burned at least 60 shelters.",
     [(23, "president of the civil society of Bahema Nord, Jean-Pierre Lokana")]),
    ("Eleven soldiers were killed on Sunday in an attack near Boni. The mayor of the commune, Hamadoun Dicko, who "
     "provided these figures, added that the assailants burned the market.", [(11, "Hamadoun Dicko")]),
    ("Twelve soldiers were killed when militants stormed a checkpost in Bannu. The governor gave a toll of 15.",
     [(12, "AFP"), (15, "governor")]),
    # ... even when the article names, further on, a body the tables know (Sudan, Myanmar): that guess yields
    ("The RSF killed more than 120 civilians in Wad Ushaib on Friday, a local activist group said. The Wad Madani "
     "Resistance Committees said the fighters stormed the village at dawn. The Sudan Doctors Network said 104 "
     "bodies had been counted.", [(120, "Wad Madani Resistance Committees"), (104, "Sudan Doctors Network")]),
    ("Junta jets killed 11 villagers in Hpruso township on Friday, a local rights group said. The Karenni Human "
     "Rights Group said the jets struck a school. Human Rights Watch said four children were among the dead.",
     [(11, "Karenni Human Rights Group"), (4, "Human Rights Watch")]),
    ("Air strikes killed 14 people in Maarat al-Numan on Monday, a rights group said. The United Nations said it "
     "was alarmed.", [(14, "a rights group")]),
    ("Gunmen killed 17 people in Kauru on Sunday, a community group said. Police spokesman Mansir Hassan said the "
     "attackers came at night.", [(17, "a community group")]),
    ("Another activist group, the Britain-based Syrian Observatory for Human Rights, said 14 children were among "
     "those killed in Hass. The activist-operated Idlib News network said the strikes hit a school.",
     [(14, "Syrian Observatory for Human Rights")]),
    # "according to" a post, then its holder: the holder speaks, even when the tagger takes the name for a body
    # (DR Congo, Ethiopia, Nigeria); a body's words after the post are no person
    ("According to the head of Ndalya locality, Faustin Ngabu, at least seven people were killed in the raid.",
     [(7, "Faustin Ngabu")]),
    ("According to the spokesman of the Amhara regional government, Gizachew Muluneh, 12 people were killed in "
     "Bahir Dar.", [(12, "Gizachew Muluneh")]),
    ("According to the spokesman of the military operation, Operation Hadin Kai, 20 fighters were killed near Bama.",
     [(20, "spokesman of the military operation")]),
    # a witness who saw the dead is the source (DR Congo, Ukraine, Gaza), an agency's man his agency, "our reporter"
    # the outlet (AFP here); who saw anything else is not
    ("An AFP correspondent saw 10 bodies at the hospital in Beni.", [(10, "AFP")]),
    ("Our reporter saw the bodies of seven men in the street in Bucha.", [(7, "AFP")]),
    ("A Reuters photographer saw at least 15 bodies at the morgue of Nasser hospital in Khan Younis.",
     [(15, "Reuters")]),
    ("Residents saw two drones over the market in Kabkabiya before 12 people were killed, a monitor said.",
     [(12, "a monitor")]),
    # a body described, then the name it is "known as" (Pakistan, Syria, Ethiopia): both kept, as above
    ("The main Kurdish militia, known as the YPG, said five civilians were killed in Tal Tamr.",
     [(5, "main Kurdish militia (YPG)")]),
    ("The armed group, known as the Tigray Defence Forces, said 12 fighters were killed near Alamata.",
     [(12, "armed group (Tigray Defence Forces)")]),
    # counter-cases: a table's body keeps its name; a post, then its holder
    ("The monitor, the Syrian Observatory for Human Rights, said 10 people were killed in Ariha.",
     [(10, "Syrian Observatory for Human Rights")]),
    # a speaker described first and named in the next sentences by the same head noun is one source
    ("At least 25 civilians were killed on Tuesday when the RSF attacked the town of Tamboul, a local activist "
     "group said. The Gezira Conference, a civil society group that documents violations in the state, said the "
     "fighters looted homes.", [(25, "Gezira Conference")]),
    ("Militia fighters killed 51 people in an attack on a displacement camp in Ituri province on Monday, a local "
     "civil society leader said. The attack targeted the Lala site. Jean Bosco Ndjaza, a civil society leader "
     "in Djugu, said the attackers came from the hills.", [(51, "Jean Bosco Ndjaza")]),
    ("Gunmen killed six farmers in Bokkos on Sunday, a community leader said. Community leader Daniel Dem said "
     "the attackers came at night.", [(6, "Community leader Daniel Dem")]),
    # workers told by their work are the service named next with that work (Syria, Ukraine, Gaza)
    ("Air strikes hit a market in Maarat Misrin on Monday, killing at least 18 people, rescue workers said. The "
     "Syrian Civil Defence, a rescue service in opposition-held areas, said its teams pulled bodies from the "
     "wreckage.", [(18, "civil defense")]),
    ("A Russian missile hit an apartment block in Dnipro, killing nine people, rescue workers said. The State "
     "Emergency Service, Ukraine's main rescue service, said the dead included two children.",
     [(9, "State Emergency Service"), (2, "State Emergency Service")]),
    # a body named by its own name, then told again as "the civil group", "the ethnic group", and its statement
    # after that (Sudan, Nigeria)
    ("At least 43 people were killed when RSF fighters stormed villages east of El Gurashi on Saturday, according "
     "to the El Gezira Conference. In a statement on Sunday, the civil group said the fighters looted homes. The "
     "statement said 17 women and girls were abducted.", [(43, "El Gezira Conference"), (17, "El Gezira Conference")]),
    ("Gunmen killed 12 villagers in Bokkos, according to the Mwaghavul Development Association. In a statement, the "
     "ethnic group said the attackers came at night. The statement said 20 people were missing.",
     [(12, "Mwaghavul Development Association"), (20, "Mwaghavul Development Association")]),
    # or by the people its apposition gathers (Syria, Sudan)
    ("Syrian troops stormed parts of Rastan on Wednesday, killing at least 27 people, activists said. The Local "
     "Coordination Committees, a network of activists inside Syria, said the army shelled Rastan from dawn.",
     [(27, "Local Coordination Committees")]),
    ("RSF shelling killed 19 people at a market in El Fasher on Friday, medics said. The Sudan Doctors Network, a "
     "group of medics tracking the war's toll, said the shells hit the market at noon.",
     [(19, "Sudan Doctors Network")]),
    ("RSF drones struck a shelter in El Fasher on Friday, killing 19 people, activists said. Save the Children, a "
     "charity, said the strike hit a school.", [(19, "activists")]),
    # counter-cases: another of the same kind, or a source of another kind, keeps the first its own words
    ("Gunmen killed 12 villagers in Kuchi on Sunday, a resident said. Another resident, Musa Ali, said the "
     "gunmen arrived on motorcycles.", [(12, "a resident")]),
    ("Air strikes killed 14 people in Maarat al-Numan on Monday, a rights group said. Dr Ahmed Hamdo, a "
     "surgeon at the hospital, said most of the dead were women.", [(14, "a rights group")]),
    # a body named by its "of" phrase is no back-reference to the body named before
    ("Government condemns massacre in Tamboul\n\nThe government said the militia stormed the town. The Ministry of "
     "Health in Gezira State said the hospital had received 38 bodies.", [(38, "Ministry of Health in Gezira State")]),
    ("The Health Ministry in Gaza said 20 people were killed. The ministry said five of them were children.",
     [(20, "Gaza Health Ministry"), (5, "Gaza Health Ministry")]),
    # a surname told again with an honorific is the person named in full before it
    ("Bandits killed eight people in Kucheri, police said. The spokesperson of the Zamfara State Police Command, "
     "Abubakar Umar, confirmed the attack. \"Three suspected informants have also been arrested,\" Mr Umar said.",
     [(8, "police"), (3, "Abubakar Umar")]),
    # a person named in full, then by the surname alone, is one source (Nigeria, Russia)
    ("Suicide bombers killed 18 people in Gwoza, said Barkindo Saidu, head of the state emergency agency. Saidu "
     "said 42 others were wounded.", [(18, "Barkindo Saidu"), (42, "Barkindo Saidu")]),
    ("Defence ministry spokesman Igor Konashenkov said 30 militants were killed near Palmyra. Konashenkov said 4 "
     "fighters were captured.", [(30, "Defence ministry spokesman Igor Konashenkov"),
                                 (4, "Defence ministry spokesman Igor Konashenkov")]),
    # "speak of" reports, unless it is inside what another says
    ("Eighteen bodies were found in Manguredjipa, the administrator said. Local sources speak of more than 30 "
     "people killed.", [(18, "administrator"), (30, "Local sources")]),
    ("Witnesses spoke of bodies in the streets of El Geneina after the attack that killed 40 people, MSF said.",
     [(40, "Doctors Without Borders (MSF)")]),
    # a speaker the parser hangs on the place before it, or that the tagger does not know
    ("At least seven civilians were killed in northern Syria's Ras al-Ayn, Turkey's National Defense Ministry "
     "said.", [(7, "Turkey's National Defense Ministry")]),
    ("Four people were killed when a rocket hit a market in Kharkiv, Ukraine's emergency service said.",
     [(4, "Ukraine's emergency service")]),
    ("Nine people were killed in Kharkiv, Ihor Terekhov said.", [(9, "Ihor Terekhov")]),
    ("Three Peshmerga fighters were killed in an attack near Kirkuk, Rudaw reported.", [(3, "Rudaw")]),
    ("Two civilians were killed in shelling on Kherson, Ukrinform reported on Monday.", [(2, "Ukrinform")]),
    # a claimant "saying" what its fighters did speaks, though the parser reads "IS" as an auxiliary (Syria,
    # Mozambique)
    ('Gunmen attacked a bus near Al-Shoula. IS claimed responsibility in a statement carried by its Amaq agency on '
     'Telegram, saying its fighters had killed "more than 20 apostate soldiers".', [(20, "IS")]),
    ("Insurgents raided a village in Macomia. IS claimed the attack in a statement on Telegram, saying its fighters "
     "had killed 11 Christians.", [(11, "IS")]),
    # a town's dateline, a dash, then who speaks in apposition (Sudan, Ukraine)
    ("Drone strike kills 12 in El Fasher\n\nEl Fasher – Residents of the Abu Shouk camp said an RSF drone killed 12 "
     "civilians on Saturday.", [(12, "Residents of the Abu Shouk camp")]),
    ("Shelling kills six in Kherson\n\nKherson – Residents of the Dniprovskyi district said Russian shelling killed "
     "six people on Saturday.", [(6, "Residents of the Dniprovskyi district")]),
    # a victim's kin speak; what one died of never does (Syria, Nigeria)
    ("Jamal Hussein died of his wounds in hospital on Monday, his family said.", [(1, "his family")]),
    ("Two farmers died of their injuries in Makurdi on Sunday, their families said.", [(2, "their families")]),
    # a speaker's name set off by commas right before the verb, which the parser leaves without a subject
    # (Ukraine, Sudan, Yemen)
    ("Russian shelling killed three people in Nikopol, the head of the Dnipropetrovsk regional administration, "
     "Serhiy Lysak, said on Telegram.", [(3, "Serhiy Lysak")]),
    ("An RSF drone struck a market in Kabkabiya, killing 11 people, the head of the local emergency room, Adam "
     "Rijal, said on Monday.", [(11, "Adam Rijal")]),
    ("A Houthi drone hit a fuel station in Marib, killing four people, a local official, Ahmed Saleh, told AFP.",
     [(4, "Ahmed Saleh")]),
    # a noun that only measures deeds ("a barrage of rocket fire") speaks no more than the deeds, though a
    # party is named inside it: with the commas lost, the speaker closes the sentence (Syria, Somalia, Yemen)
    ("A barrage of rocket fire from Syrian rebels killed at least 14 people in government-held neighbourhoods "
     "of divided Aleppo city state media said.", [(14, "state media")]),
    ("A hail of mortar fire from al-Shabaab fighters killed at least six people and left dozens wounded on "
     "Friday in a market of the town of Baidoa local officials said.",
     [(6, "Baidoa local officials"), (24, "Baidoa local officials")]),
    ("A barrage of rockets from Houthi fighters killed at least five people and left dozens wounded Sunday in "
     "residential districts of the city of Marib local authorities said.",
     [(5, "Marib local authorities"), (24, "Marib local authorities")]),
    ("Survivors of the attack said gunmen killed 30 villagers in Zamfara.", [(30, "Survivors of the attack")]),
    # the apposition's commas and a dateline's dash are no part of a name (Nigeria, United States)
    ("A resident, Ibrahim Musa, said bandits killed 12 people in Kucheri.", [(12, "Ibrahim Musa")]),
    ("NASHVILLE, Tenn. (WKRN) – Authorities said two people were killed in a shooting on Sunday.",
     [(2, "Authorities")]),
    # "according to him" points back at the speaker last named, in a new paragraph too (Nigeria, Sudan, Ukraine)
    ("Gunmen attacked Tasswit village on Sunday, a local official, Musa Ali, told AFP.\n\nAccording to him, 12 "
     "villagers were killed.", [(12, "Musa Ali")]),
    ("The Sudan Doctors Network said the RSF shelled the market in El Fasher.\n\nAccording to them, nine "
     "civilians died.", [(9, "Sudan Doctors Network")]),
    ('"The enemy dropped two bombs on the city," the head of the regional administration wrote on Telegram.\n\n'
     "According to him, four people were killed.", [(4, "head of the regional administration")]),
    # a possessive pointing back at a body named before speaks as that body (Sudan, Gaza); with none named, as
    # written
    ("The Sudan Doctors Network condemned the massacre in Tambul.\n\nThe network's medical teams in the area "
     "confirmed that the militia stormed the town, killing 47 civilians.", [(47, "Sudan Doctors Network")]),
    ("The Gaza health ministry condemned the strike.\n\nThe ministry's spokesman said 20 people were killed in "
     "Nuseirat.", [(20, "Gaza Health Ministry")]),
    ("The ministry's spokesman said 20 people were killed in Nuseirat.", [(20, "ministry's spokesman")]),
    # an outlet named by its web address speaks (DR Congo, Nigeria); the doers told before it never do
    ("ADF rebels killed six farmers near Beni on Sunday, Actualite.cd reported.", [(6, "Actualite.cd")]),
    ("Bandits killed 12 people in Zamfara on Sunday, Dailytrust.com reported.", [(12, "Dailytrust.com")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, written", [
    ("The spokesperson of the Zamfara State Police Command, Abubakar Umar, said 8 people were killed.",
     "The spokesperson of the Zamfara State Police Command, Abubakar Umar"),
    ("A spokesman for the Congolese army in Ituri, Lt. Col. Gaston Mbuyi, said 14 civilians were killed.",
     "A spokesman for the Congolese army in Ituri, Lt. Col. Gaston Mbuyi"),
    ("NASHVILLE, Tenn. (WKRN) – Authorities said two people were killed in a shooting on Sunday.", "Authorities"),
])
def test_a_speaker_as_written_has_no_loose_ends(nlp, make_article, text, written):
    drafts, _ = find_incidents(nlp(text), make_article(text, outlet="AFP"))
    assert [c.speaker.span.text for d in drafts for c in d.casualty_claims] == [written]


# Who "gives this toll" in a clause on the name, or "reported this", gives the figures only: the blame told with them
# stays the outlet's (DR Congo, Mali, Ukraine).
@pytest.mark.model
@pytest.mark.parametrize("text, figures_by, blame_by", [
    ("At least 23 displaced people were killed on Monday night during an attack by CODECO militiamen on the Ndjala "
     "site. The president of the civil society of Bahema Nord, Jean-Pierre Lokana, who gives this toll, indicates "
     "that the assailants burned at least 60 shelters.",
     "president of the civil society of Bahema Nord, Jean-Pierre Lokana", "AFP"),
    ("Eleven soldiers were killed on Sunday when jihadists attacked an army post near Boni. The mayor of the commune, "
     "Hamadoun Dicko, who provided these figures, added that the army had sent reinforcements.", "Hamadoun Dicko", "AFP"),
    ("Russian troops shelled a bus stop in Kherson this morning, killing three people. Oleksandr Prokudin, head of the "
     "Kherson Regional Military Administration, reported this on Telegram, Ukrinform saw.", "Oleksandr Prokudin", "AFP"),
])
def test_who_gives_the_toll_gives_no_blame(nlp, make_article, text, figures_by, blame_by):
    drafts, _ = find_incidents(nlp(text), make_article(text, outlet="AFP"))
    assert {c.speaker.canonical for d in drafts for c in d.casualty_claims} == {figures_by}
    assert {p.speaker.canonical for d in drafts for p in d.perpetrator_claims} == {blame_by}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", SPEAKER_PHENOMENA)
def test_speaker_phenomena(nlp, make_article, text, expected):
    article = make_article(text, outlet="AFP")
    drafts, _ = find_incidents(nlp(text), article)
    assert [(c.low, c.speaker.canonical) for d in drafts for c in d.casualty_claims] == expected


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Damascus British Foreign Secretary William Hague said 20 people were killed in the shelling.",
     "British Foreign Secretary William Hague"),
    ("KYIV Ukrainian President Volodymyr Zelensky said seven people were killed in the strike.",
     "Ukrainian President Volodymyr Zelensky"),
    ("BEIRUT Activists said 20 people were killed in the shelling of Homs.", "Activists"),
])
def test_a_dateline_run_into_a_name_is_cleaned(nlp, make_article, text, name):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [c.speaker.name for d in drafts for c in d.casualty_claims] == [name]


# A dateline with its day and its agency that the parser makes the subject is no speaker: who speaks is told after
# its dash (Mali, Nigeria, Ethiopia); a place's description after a comma is no part of its residents' name.
@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Bamako, 6 March 2024 (Studio Tamani) – Residents of Kouakourou, a village in the Djenné circle (Mopti region), "
     "accuse soldiers of having executed at least 30 men on Sunday.", "Residents of Kouakourou"),
    ("GUSAU, June 5 (Reuters) - Residents of Maru, a town in Zamfara state, said gunmen killed 12 people on Sunday.",
     "Residents of Maru"),
    ("Addis Abeba, 3 August 2023 (Addis Standard) – Residents of Bure, a town in West Gojjam zone, said Fano "
     "fighters killed 12 people on Sunday.", "Residents of Bure"),
])
def test_who_speaks_after_a_dateline(nlp, make_article, text, name):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [c.speaker.name for d in drafts for c in d.casualty_claims] == [name]


@pytest.mark.model
@pytest.mark.parametrize("text, canonical", [
    # another war: "a watchdog", "the monitor" are no Syrian Observatory
    ("At least 14 civilians were killed in El Fasher in Sudan, a watchdog said.", "a watchdog"),
    ("Twelve people were killed in a drone strike in Sudan's Kordofan, the monitor said.", "monitor"),
    ("Thirty-six people were killed in an attack in Beni in Congo on Sunday, the Kivu Security Tracker, a "
     "monitoring group, said.", "Kivu Security Tracker"),
    # Syria: the war monitor is the Observatory
    ("Twelve people were killed in air strikes on Idlib in Syria, the war monitor said.",
     "Syrian Observatory for Human Rights"),
])
def test_described_monitor_depends_on_the_war(nlp, make_article, text, canonical):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [c.speaker.canonical for d in drafts for c in d.casualty_claims] == [canonical]


@pytest.mark.parametrize("outlet, expected", [
    ("Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty (RFE/RL)"),
    ("Xinhua", "Xinhua"),
    ("Japan Today (AP copy)", "Japan Today (AP copy)"),     # a copy keeps the name of who printed it
])
def test_outlet_names_are_canonical(make_article, outlet, expected):
    assert outlet_speaker(make_article("Ten people were killed.", outlet=outlet)).canonical == expected


# The next sentence's speaker sources the toll told before it when its statement points back to the
# incident, by the weapon or the attackers too ("the shells hit a market", "the Russian missiles", "the gunmen
# fled"); a statement about something new lends nothing.
POINTING_BACK = [
    ("The Syrian Observatory for Human Rights said the strikes were carried out by Russian jets.", True),
    ("Governor Oleksandr Prokudin spoke to reporters, saying the victims included two children.", True),
    ("The Sudan Doctors Network said the shells hit a crowded market.", True),                       # Sudan
    ("Regional governor Ivan Fedorov said the Russian missiles struck a residential area.", True),   # Ukraine
    ("Police spokesman Abdullahi Haruna said the gunmen fled into the forest.", True),               # Nigeria
    ("The Syrian Observatory said the Israeli strike targeted an arms depot.", True),                # Syria
    # the figure itself confirmed (Nigeria, Ukraine); "the number of people without power" is something new
    ("An official of the Borno State Emergency Management Agency, who was not authorised to speak to the press, "
     "confirmed the figure to PREMIUM TIMES.", True),
    ("Regional governor Oleh Syniehubov confirmed the figure on Telegram.", True),
    ("The Sudan Doctors Network said aid convoys had not reached the city for weeks.", False),
    ("Governor Fedorov said schools would reopen on Monday.", False),
    ("Regional governor Oleh Syniehubov said the number of people without power had risen.", False),
]


@pytest.mark.model
@pytest.mark.parametrize("text, lends", POINTING_BACK)
def test_next_speaker_lends_backwards(nlp, make_article, text, lends):
    from sitrep.extract.speakers import sentence_attributions, speaker_named_next
    doc = nlp(text)
    sent = next(iter(doc.sents))
    atts = sentence_attributions(sent, make_article(text), None)
    assert (speaker_named_next(sent, atts) is not None) == lends


@pytest.mark.parametrize("a, b, same", [
    ("sources", "a local source", True),                                        # Syria
    ("army", "a Burkina Faso army statement", True),                            # Sahel
    ("Synegubov", "Kharkiv region Governor Oleg Synegubov", True),              # Ukraine
    ("Asayish", "Kurdish-led Internal Security Forces (Asayish)", True),        # Syria, an alias in brackets
    ("SDF-linked Internal Security Forces in northeast Syria", "Internal Security Forces", True),
    ("Turkey's Defense Ministry", "Turkish Defense Ministry", True),            # a demonym for a possessive
    ("Saudi-led coalition", "the coalition", True),                             # Yemen
    # counter-cases: two speakers that share a word
    ("a military source", "a medical source", False),
    ("Syrian army", "Syrian Observatory for Human Rights", False),
    ("Houthi health ministry", "Saudi-led coalition", False),
    ("government", "governor Oleg Synegubov", False),
    ("Gaza health ministry", "Israeli military", False),
])
def test_same_speaker_however_spelt(a, b, same):
    from sitrep.extract.speakers import same_speaker
    assert same_speaker(a, b) is same and same_speaker(b, a) is same


# A rank written short before a name ("Brig. Gen.", "Lt Col.", "Supt.", "Maj.") ends no sentence and opens the name
# set off by commas, so the figures stay the officer's (Nigeria, Cameroon, Pakistan); the words that run on in a
# speaker's own clause (", while ...") stay his (Somalia), while a background clause after a closing "X said" is
# the outlet's (Syria).
@pytest.mark.parametrize("text, expected", [
    ("Army spokesman Brig. Gen. Onyema Nwachukwu said troops killed 12 insurgents near Damboa.",
     [(12, "Army spokesman Brig. Gen. Onyema Nwachukwu")]),
    ("Contacted by MMI, a military spokesperson, Lt Col. Serge Ebanga, said troops neutralized four terrorists in "
     "Bamunka.", [(4, "Serge Ebanga")]),
    ("Police spokesman Supt. Ali Khan said nine passengers were shot dead near Mastung.",
     [(9, "Police spokesman Supt. Ali Khan")]),
    ("A local elder, Hassan Abdi Farah, told Xinhua by phone that he saw the bodies of at least 10 soldiers being "
     "taken to the district hospital in Adale, while 15 wounded soldiers were airlifted to Mogadishu.",
     [(10, "Hassan Abdi Farah"), (15, "Hassan Abdi Farah")]),
    ("Air strikes killed 27 people in Hamouriyeh, rescue workers said, as government forces pounded the enclave and "
     "killed 5 more.", [(27, "rescue workers"), (5, "the outlet")]),
])
def test_ranks_and_clauses_of_a_speaker(nlp, make_article, text, expected):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [(c.low, c.speaker.canonical) for d in drafts for c in d.casualty_claims] == expected


# "the official said" after a wire names an official and then itself ("... by the head of the regional
# administration, Ukrinform reports") points back to the official, not to the outlet (Ukraine, Sudan); after no
# official it stays as written.
@pytest.mark.parametrize("text, expected", [
    ("Russian troops launched a missile strike on Zaporizhzhia on May 11. This was reported on Telegram by the head of "
     "the Zaporizhzhia Regional Military Administration, Ukrinform reports. \"As of now, three people have been "
     "killed,\" the official said.", [(3, "head of the Zaporizhzhia Regional Military Administration")]),
    ("Shells hit the market in El Fasher on Monday. This was reported by the governor of North Darfur, Radio Dabanga "
     "reports. \"Seven people were killed,\" the official said.", [(7, "governor of North Darfur")]),
    ("Activists said an air strike hit Douma on Monday. \"Twelve people were killed,\" the official said.",
     [(12, "official")]),
])
def test_the_official_points_back_past_the_outlet(nlp, make_article, text, expected):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    assert [(c.low, c.speaker.canonical) for d in drafts for c in d.casualty_claims] == expected
