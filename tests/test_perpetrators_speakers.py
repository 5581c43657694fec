"""Who says the blame, and with what stance: statements in an actor's own words, denials pointing back to the
accused, pronoun and described speakers, a party's spokesperson, blame and speaker in different shapes.

Each row: text, expected claims and claims that must not appear, as (perpetrator words, speaker words, stance);
words are matched as lower-case substrings of the perpetrator and of the speaker as written or canonical, None
matches anything. Sentences from Sudan, Pakistan, Ukraine, Lebanon, Yemen, Syria, Nigeria, Myanmar, Ethiopia,
Somalia, Mali, Gaza, Burkina Faso, with counter-cases.
"""
import pytest

from sitrep.extract.incidents import find_incidents

pytestmark = pytest.mark.model

# Statements in an actor's own words: the speaker is the issuing body, the other side's epithet kept as written.
OWN_WORDS = [
    ('In a statement, the Sudanese army said the terrorist militia shelled the Abu Shouk camp in El '
     'Fasher, killing 12 civilians.',
     [('terrorist militia', 'army', 'accuses')],
     []),
    ('The Sudanese foreign ministry said the rebel militia killed 40 civilians in a drone attack on a '
     'market in Al-Nahud.',
     [('rebel militia', 'ministry', 'accuses')],
     []),
    ('The ISPR said khwarij attacked a check post in Bannu, martyring five soldiers.',
     [('khwarij', 'ispr', 'accuses')],
     []),
    ('According to the ISPR, terrorists of Fitna al-Khawarij attacked a convoy in Lakki Marwat, killing '
     'three soldiers.',
     [('khawarij', 'ispr', 'accuses')],
     []),
    ('The Russian occupiers shelled Kherson overnight, killing two civilians, regional governor Oleksandr '
     'Prokudin said.',
     [('occupiers', 'prokudin', 'accuses')],
     []),
    ('The occupiers struck a residential building in Zaporizhzhia, killing three people, Ivan Fedorov said'
     ' on Telegram.',
     [('occupiers', 'fedorov', 'accuses')],
     []),
    ('Hezbollah said in a statement that the Zionist enemy bombed a house in the town of Aitaroun, killing'
     ' five civilians.',
     [('zionist enemy', 'hezbollah', 'accuses')],
     []),
    ('The Houthi-run Saba news agency said the US-Saudi aggression launched 12 air strikes on Saada, '
     'killing seven people.',
     [('aggression', 'saba', 'accuses')],
     []),
    ('SANA said terrorist organizations fired rocket shells at the Aleppo neighbourhood of al-Hamdaniya, '
     'killing four civilians.',
     [('terrorist organizations', '', 'accuses')],
     []),
    ('The army said Boko Haram Terrorists attacked troops in Damboa, killing two soldiers.',
     [('boko haram', 'army', 'accuses')],
     []),
    ('ISWAP terrorists killed 11 farmers in Kukawa, the Nigerian army said in a statement.',
     [('iswap', 'army', 'accuses')],
     []),
    ('State media said PDF terrorists killed four civilians in Sagaing Region.',
     [('pdf', '', 'accuses')],
     []),
    ('The Ethiopian government said the extremist Fano group killed 20 civilians in Amhara.',
     [('fano', 'government', 'accuses')],
     []),
    ('The army said its troops killed 30 terrorists in Borno.',
     [(None, 'army', 'claims_responsibility')],
     [(None, 'army', 'accuses')]),
    ('The RSF said army drones struck a market in Nyala, killing 10 people.',
     [('army', 'rsf', 'accuses')],
     [(None, None, 'claims_responsibility')]),
]
# Denials whose accused was named before: the denying party is the one accused, said by itself.
DENIALS_POINTING_BACK = [
    ('The army accused the RSF of the attack on the market in Omdurman, which killed 19 people. The '
     'paramilitary group denied any involvement.',
     [('rsf', 'army', 'accuses'), ('', 'paramilitary', 'denies')],
     []),
    ("Ukraine blamed Russia for the missile strike on the hospital in Kyiv that killed 4 people. Russia's "
     'defence ministry denied it.',
     [('russia', 'ukraine', 'accuses'), ('russia', 'defence ministry', 'denies')],
     []),
    ('Local officials blamed the Houthis for the strike on the market in Taiz that killed six people. The '
     'group denied the accusation.',
     [('houthis', 'officials', 'accuses'), ('', '', 'denies')],
     []),
    ('Residents said the military bombed the village in Sagaing, killing 11 people. The junta denied '
     'targeting civilians.',
     [('military', 'residents', 'accuses'), ('junta', 'junta', 'denies')],
     []),
    ('Israel said Hamas fired the rocket that hit the hospital, killing dozens. Hamas rejected the claim.',
     [('hamas', 'israel', 'accuses'), ('hamas', 'hamas', 'denies')],
     []),
    ('The army said the RSF shelled El Obeid, killing eight people. The ministry denied that the toll had '
     'risen.',
     [('rsf', 'army', 'accuses')],
     [(None, None, 'denies')]),
]
# Pronoun and described speakers: "he said", "the official", "the spokesman" are the person named before.
PRONOUN_SPEAKERS = [
    ('Mohamed Hassan, a farmer in Baidoa, said a pickup truck carrying soldiers arrived at dawn. Seven '
     'villagers were killed, he said, blaming the federal army.',
     [('federal army', 'hassan', 'accuses')],
     [(None, 'truck', None)]),
    ('Kyiv mayor Vitali Klitschko said two people were killed in the attack on the city. The official '
     'blamed Russian forces for the strike.',
     [('russian forces', 'klitschko', 'accuses')],
     []),
    ('Army spokesman Musa Ahmed spoke to reporters in Maiduguri on Monday. The spokesman said Boko Haram '
     'fighters had killed 15 fishermen near Lake Chad.',
     [('boko haram', 'ahmed', 'accuses')],
     []),
    ('The village of Kadia was attacked on Sunday and 14 people were killed, according to local chief '
     'Amadou Diallo. He blamed jihadists linked to al-Qaeda.',
     [('jihadists', 'diallo', 'accuses')],
     []),
    ('A minibus hit a landmine near Dori, killing 14 passengers, he said, blaming jihadists.',
     [],
     [(None, 'minibus', None), (None, 'dori', None)]),
    ('Fatima Bello said gunmen stormed the village of Zurmi at night, killing nine people. She blamed '
     'bandits loyal to Bello Turji.',
     [('bandits', 'fatima bello', 'accuses')],
     []),
]
# Blame and speaker in other shapes: "X said the attack was carried out by Y", "which X blamed on Y",
# "Y was blamed by X", "which Y later claimed".
BLAME_SHAPES = [
    ('The Sudan Doctors Network said the attack on the hospital in El Fasher, which killed nine, was '
     'carried out by the RSF.',
     [('rsf', 'doctors network', 'accuses')],
     []),
    ('The strike, which Ukrainian officials blamed on Russia, killed 14 people in Dnipro.',
     [('russia', 'ukrainian officials', 'accuses')],
     []),
    ('The Houthis were blamed by the Saudi-led coalition for the missile attack on Jizan that killed two '
     'people.',
     [('houthis', 'coalition', 'accuses')],
     []),
    ('Nigerian police said the attack on the church in Owo, which killed 40 people, was carried out by '
     'ISWAP.',
     [('iswap', 'police', 'accuses')],
     []),
    ('The bombing, which the Pakistani Taliban later claimed, killed 22 people in Peshawar.',
     [('taliban', 'taliban', 'claims_responsibility')],
     []),
    ('The shelling of the market, which Kyiv blamed on Russian troops, killed 16 people in Kostiantynivka.',
     [('russian troops', 'kyiv', 'accuses')],
     []),
    ('Officials said the strike, which hit a school in Gaza City, killed 30 people.',
     [],
     [(None, None, None)]),
]
# A party's spokesperson denying: the party in his title denies, said by him; a title naming no party denies
# nothing.
SPOKESPEOPLE_DENY = [
    ('Residents said the military council bombed the camp in Laiza, killing 29. Junta spokesperson Major '
     'General Zaw Min Tun denied the attack.',
     [('military council', 'residents', 'accuses'), ('military council', 'zaw min tun', 'denies')],
     []),
    ('Israeli army spokesman Daniel Hagari denied the strike on the school in Gaza City, which killed 30 '
     'people.',
     [('israeli army', 'hagari', 'denies')],
     []),
    ('Witnesses said RSF fighters killed 40 men in Ardamata. RSF adviser Mustafa Tambour rejected the '
     'accusations.',
     [('rsf', 'witnesses', 'accuses'), ('rsf', 'tambour', 'denies')],
     []),
    ('Ukrainian officials blamed Russia for the strike on Kharkiv, which killed 7. Kremlin spokesman '
     'Dmitry Peskov denied the accusations.',
     [('russia', 'ukrainian officials', 'accuses'), ('russia', 'peskov', 'denies')],
     []),
    ('Gunmen killed 12 aid workers in Gaza. UN spokesman Stephane Dujarric rejected the reports that aid '
     'had stopped.',
     [],
     [(None, None, 'denies')]),
    ("Human Rights Watch researcher Belkis Wille rejected the army's account of the strike in Mosul that "
     'killed 20.',
     [],
     [(None, 'wille', 'denies')]),
]
# Speakers of blame in the outlet's voice, in the next sentence, after the figure; a bare "the group" after the
# named group blamed is that group claiming its deed (not a state's forces, not "the monitoring group").
OTHER_PLACES_OF_SPEAKERS = [
    ('RSF shelling killed 12 people at a market in El Fasher on Sunday. The Sudan Doctors Network said the'
     ' shells hit the crowded market at noon.',
     [('rsf', 'doctors network', 'accuses')],
     []),
    ("Israeli strikes killed 20 people in Khan Younis overnight. Gaza's civil defence agency said the "
     'strikes hit two homes.',
     [('israeli', 'civil defence', 'accuses')],
     []),
    ('Twelve soldiers were killed when militants attacked a base in Tillaberi, the defence ministry said, '
     'blaming the Islamic State Sahel Province.',
     [('islamic state', 'defence ministry', 'accuses')],
     []),
    ('Houthi drones struck a school in Taiz, killing four children, local officials told Reuters.',
     [('houthi', 'officials', 'accuses')],
     []),
    ('The Russian strike on the hospital in Kharkiv killed three people, Governor Oleh Syniehubov wrote on'
     ' Telegram.',
     [('russian', 'syniehubov', 'accuses')],
     []),
    ('At least 30 people died in the attack on the village, which residents blamed on Fulani herdsmen.',
     [('herdsmen', 'residents', 'accuses')],
     []),
    ('Fighters from the Arakan Army stormed the town, killing 15 junta soldiers, the group said in a '
     'statement.',
     [('arakan army', None, 'claims_responsibility')],
     []),
    ('The attack, which killed nine people, was carried out by al-Shabaab militants, said police officer '
     'Ahmed Mohamed.',
     [('al-shabaab', 'ahmed mohamed', 'accuses')],
     []),
    ('Eight people were killed in a blast in Mogadishu. Police said they were still investigating.',
     [],
     [(None, None, None)]),
    ('Government troops shelled the village of Kurmuk, killing 11 people, the group said.',
     [('government troops', 'group', 'accuses')],
     [(None, None, 'claims_responsibility')]),
    ('Al-Shabaab fighters attacked a base in Lower Shabelle, killing 20 soldiers, according to the '
     'monitoring group.',
     [('al-shabaab', 'monitoring group', 'accuses')],
     [(None, None, 'claims_responsibility')]),
]
# Blame for a span of the war, not for this incident ("in the past month alone", "almost daily since they withdrew
# in November 2022"), after a lede telling the incident; a few days of one offensive still blame.
SPANS_NOT_INCIDENTS = [
    ('A strike killed 12 people at a school in Gaza City on Sunday, medics said. Since the start of the '
     'war, Israeli forces have struck dozens of schools used as shelters.',
     [],
     [('israeli forces', None, None)]),
    ('A missile hit a ship off Hodeidah on Monday, killing three sailors, the operator said. Over the past'
     ' year, Houthi forces have fired hundreds of missiles at ships in the Red Sea.',
     [],
     [('houthi forces', None, None)]),
    ('Gunmen killed 20 farmers in Borno on Sunday, officials said. Boko Haram has killed more than 35,000 '
     'people since 2009.',
     [],
     [('boko haram', None, None)]),
    ('Shelling killed 9 people in El Fasher on Sunday, medics said. In the past month alone, RSF fighters '
     'have attacked more than 30 villages in North Darfur.',
     [],
     [('rsf', None, None)]),
    ('A drone strike killed four people in Kherson on Monday, officials said. Russian forces have shelled '
     'the city almost daily since they withdrew in November 2022.',
     [],
     [('russian forces', None, None)]),
    ('Since Monday, Israeli strikes have killed 40 people in Rafah, the health ministry said.',
     [('israeli', 'health ministry', 'accuses')],
     []),
    ('Israeli forces struck a school in Gaza City on Saturday, killing 30 people, the civil defence agency'
     ' said.',
     [('israeli forces', 'civil defence', 'accuses')],
     []),
]
# A group's kind written before its name: the name is in the actor's words ("the paramilitary Rapid Support Forces
# (RSF)", "the militant group al-Shabaab"); "the rebel M23 group" fighting the army blames nobody.
KIND_THEN_NAME = [
    ('At least 14 civilians were killed by the paramilitary Rapid Support Forces (RSF) in El Fasher, a '
     'rights group said.',
     [('rapid support forces', None, 'accuses')],
     []),
    ('The paramilitary Rapid Support Forces shelled the Abu Shouk camp on Sunday, killing 11 people, '
     'medics said.',
     [('rapid support forces', 'medics', 'accuses')],
     []),
    ('Nine soldiers were killed in an attack by the militant group al-Shabaab in Lower Shabelle, officials'
     ' said.',
     [('al-shabaab', 'officials', 'accuses')],
     []),
    ('Twenty farmers were killed by the jihadist group Boko Haram near Maiduguri, residents said.',
     [('boko haram', 'residents', 'accuses')],
     []),
    ('Fighting between the army and the rebel M23 group killed 13 civilians in Sake, the UN said.',
     [],
     [('army', None, 'accuses')]),
]
# Wire ledes of several wars: a rebel army's statement on junta jets accuses; "Russia launched 40 drones" blames;
# "was claimed by JNIM" claims; a state's own jets are claimed; "launched an investigation after the attack" blames
# nobody (the last two written after the rules).
WIRE_LEDES = [
    ('KHARTOUM (Reuters) - A drone strike by the Rapid Support Forces on a mosque in El Fasher killed 75 '
     'people during dawn prayers, a local official said on Friday.',
     [('rapid support forces', 'official', 'accuses')],
     []),
    ("Pakistani security forces killed 12 militants in a raid in North Waziristan, the military's media "
     'wing said on Saturday.',
     [('security forces', 'media wing', 'claims_responsibility')],
     []),
    ("Gunmen suspected to be Islamic State militants killed 15 villagers in Tillaberi, Niger's defence "
     'ministry said.',
     [('islamic state', 'defence ministry', 'accuses')],
     []),
    ('The Kachin Independence Army said junta jets bombed a village in Kachin State, killing 9 civilians.',
     [('junta jets', 'kachin independence army', 'accuses')],
     []),
    ("Ukraine's air force said Russia launched 40 drones overnight, killing three people in Odesa.",
     [('russia', 'air force', 'accuses')],
     []),
    ("Israel's military said it struck a Hamas command centre in a former school in Gaza City, where 22 "
     'people were killed, according to the Civil Defence.',
     [('israel', 'military', 'claims_responsibility')],
     []),
    ('Al-Shabaab claimed responsibility for the car bomb that killed 20 people in Mogadishu, saying it '
     'targeted government officials.',
     [('al-shabaab', 'al-shabaab', 'claims_responsibility')],
     []),
    ('Syrian state media said Israeli strikes hit military sites near Damascus, killing two soldiers.',
     [('israeli', 'state media', 'accuses')],
     []),
    ("The attack in Mali's Mopti region, which killed 40 civilians, was claimed by JNIM, an al-Qaeda "
     'affiliate.',
     [('jnim', 'jnim', 'claims_responsibility')],
     []),
    ('Somali officials blamed al-Shabaab for the blast, which killed eight soldiers in Baidoa.',
     [('al-shabaab', 'officials', 'accuses')],
     []),
    ('Houthi-run Al-Masirah TV said U.S. airstrikes killed 38 people at the Ras Isa fuel port.',
     [('u.s.', 'masirah', 'accuses')],
     []),
    ('The M23 rebels, whom Kinshasa accuses Rwanda of backing, shelled Goma, killing 7 people, according '
     'to local authorities.',
     [('m23', 'authorities', 'accuses')],
     []),
    ("Myanmar's military said its jets struck rebel positions near Laukkai, killing 30 fighters.",
     [(None, 'military', 'claims_responsibility')],
     [(None, None, 'accuses')]),
    ('Police launched an investigation after the attack in Kano that killed five people.',
     [],
     [('police', None, None)]),
]
COUNTER_CASES = [
    ('Israel blamed Hamas for the blast at the hospital in Gaza City, which killed hundreds. Islamic Jihad'
     ' denied any involvement.',
     [('hamas', 'israel', 'accuses'), ('islamic jihad', 'islamic jihad', 'denies')],
     [('hamas', None, 'denies')]),
    ('The bombing, which no group has claimed, killed 22 people in Quetta.',
     [],
     [(None, None, 'claims_responsibility')]),
    ('Gunmen killed village head Musa Ahmed in Zamfara on Monday. The spokesman for the state police said '
     'bandits killed 12 others.',
     [('bandits', 'police', 'accuses')],
     [(None, 'ahmed', None)]),
    ('Police blamed bandits for the attack on the village in Zamfara, which killed 30. The group denied '
     'the reports.',
     [('bandits', 'police', 'accuses')],
     [('bandits', None, 'denies')]),
    ('Ukrainian officials said Russian troops shelled Kherson, killing two. The Kremlin denied that the '
     'Nord Stream talks had stalled.',
     [('russian troops', 'ukrainian officials', 'accuses')],
     [(None, None, 'denies')]),
]

# Posts and offices that speak for a place or a body, not only "officials" and "spokesmen".
POSTS_THAT_SPEAK = [
    ('Gunmen killed nine villagers in Ituri province on Tuesday. The administrator of Djugu territory accused the '
     'CODECO militia of the killings.',
     [('codeco', 'administrator of djugu territory', 'accuses')],
     []),
    ('Bandits killed 23 villagers in Zamfara state, the commissioner of police said, blaming armed bandits.',
     [('armed bandits', 'commissioner of police', 'accuses')],
     []),
    # a body of people speaks for its members; a name the tagger does not know speaks when it blames (Nigeria,
    # Syria, Sudan)
    ('Gunmen killed 52 people in Mbar on Monday. The association accused armed Fulani herdsmen of the attack.',
     [('armed fulani herdsmen', 'association', 'accuses')],
     []),
    ('A car bomb killed 12 people in Afrin on Sunday. Hiso accused the Ahrar al-Sham and Jaish al-Islam groups of '
     'the attack.',
     [('ahrar al-sham', 'hiso', 'accuses')],
     []),
    ('The RSF killed 25 civilians in Tamboul on Friday, the farmers union said.',
     [('rsf', 'union', 'accuses')],
     []),
    # more who tell what they saw or fought (Cameroon, Ukraine, Libya)
    ('Separatists said they ambushed an army convoy near Bamenda, killing six soldiers.',
     [(None, 'separatists', None)],
     [(None, 'Reuters', None)]),
    ('Russian shelling killed four people in Kherson, rescue teams said.',
     [('russian', 'rescue teams', 'accuses')],
     []),
    ('Observers said militia fighters shelled the port of Tripoli, killing three people.',
     [('militia fighters', 'observers', 'accuses')],
     []),
]

# A state's forces told by the forces themselves, named by the actor table's acronym or name, are their own claim.
FORCES_NAMED_BY_TABLE = [
    ('At least 16 people were killed in Gaza City on Monday. The IDF said troops had killed some 20 gunmen in '
     'the Shejaiya neighbourhood.',
     [('troops', 'idf', 'claims_responsibility')],
     [('troops', 'idf', 'accuses')]),
    ('The FARDC said soldiers shelled rebel positions near Rutshuru on Tuesday, killing eight fighters.',
     [('soldiers', 'fardc', 'claims_responsibility')],
     [('soldiers', 'fardc', 'accuses')]),
    ('The Tatmadaw said troops killed 12 members of the Arakan Army near Kyauktaw on Sunday.',
     [('troops', 'tatmadaw', 'claims_responsibility')],
     [('troops', 'tatmadaw', 'accuses')]),
]
# Who speaks when the blame comes from "the statement" a body issued before.
STATEMENTS_ISSUED_BEFORE = [
    ('Two people were killed in a drone strike near Tal Tamr. The General Command of the Internal Security Forces '
     'mourned the two men in a statement. The statement held the Turkish state fully responsible for the attack.',
     [('turkish state', 'general command', 'accuses')],
     [('turkish state', 'statement', None)]),
    ('Gunmen attacked the village on Sunday. The Nigerian Army issued a statement on Monday. The statement said '
     'troops killed 12 bandits near Birnin Gwari.',
     [('troops', 'nigerian army', 'claims_responsibility')],
     [('troops', 'statement', None)]),
    # counter-case: the statement of the speaker just named stays his
    ('Ten people were killed in Gaza City. The ministry said in a statement that the strike hit a school. The '
     'statement blamed Israeli forces for the deaths.',
     [('israeli forces', 'ministry', 'accuses')],
     []),
]

# A body that is no party, whose name holds a party's or a place's words ("the Syrian Coalition", the opposition's
# political body; "activists in Khartoum", "residents of Kyiv"), accuses the forces it names; a coalition speaking
# of its own jets, a party named whole, or a party's spokesman still claims.
SPEAKERS_NAMED_LIKE_PARTIES = [
    ('The Syrian Coalition said US-led coalition strikes killed 12 civilians in Raqqa on Tuesday.',
     [('coalition', 'syrian coalition', 'accuses')],
     [(None, None, 'claims_responsibility')]),
    ('Activists in Damascus said Assad regime and Russian jets struck Douma, killing 20 people.',
     [('assad regime', 'activists', 'accuses')],
     [(None, None, 'claims_responsibility')]),
    ('Activists in Khartoum said Sudanese army jets bombed the market in Omdurman, killing 19 people.',
     [('army jets', 'activists', 'accuses')],
     [(None, None, 'claims_responsibility')]),
    ('Activists in Naypyidaw said Myanmar military jets bombed a village in Sagaing, killing 11 people.',
     [('military jets', 'activists', 'accuses')],
     [(None, None, 'claims_responsibility')]),
    ('Residents of Kyiv said Ukrainian troops shelled the village, killing 3 people.',
     [('ukrainian troops', 'residents', 'accuses')],
     [(None, None, 'claims_responsibility')]),
    # counter-cases
    ('The Saudi-led coalition said coalition jets struck a Houthi weapons depot in Saada, killing 15 fighters.',
     [('coalition jets', 'saudi-led coalition', 'claims_responsibility')],
     []),
    ('The Karen National Union said KNU fighters killed 12 junta soldiers in Hpapun on Sunday.',
     [('knu', 'karen national union', 'claims_responsibility')],
     []),
    ('Russian Konashenkov said a Russian Sukhoi Su-34 jet destroyed a command post in Idlib, killing 30 militants.',
     [('russian sukhoi', 'konashenkov', 'claims_responsibility')],
     []),
]

# A party's own claim or denial naming the doer by what it fights with ("its aircraft", "their forces"): the doer is
# named with the armed body's or the group's name, or, for a state, its ministry or government, with its people's
# word, since that is whom the words clear or credit.
OWN_MEANS_NAMED = [
    ("Russia's defence ministry denied that its aircraft had carried out any strikes near Ariha, where 12 "
     "people were killed on Monday.",
     [('russian aircraft', 'defence ministry', 'denies')],
     [('ministry', None, 'denies')]),
    ('Ethiopia\'s military denied that its drones had struck the market in Tigray where 19 people were killed.',
     [("ethiopia's military drones", 'military', 'denies')],
     [("military", None, 'claims_responsibility')]),
    ('The Sudanese army denied its warplanes had bombed the market in Nyala, where 23 people were killed.',
     [('sudanese army warplanes', 'army', 'denies')],
     [('sudanese army', None, 'accuses')]),
    ('The Israeli military said its aircraft struck a Hamas command centre in Gaza City, killing nine people.',
     [('israeli military aircraft', 'military', 'claims_responsibility')],
     []),
    ('The Russian Defence Ministry said its forces had carried out a group strike on Kryvyi Rih, where 14 '
     'civilians were killed.',
     [('russian forces', 'defence ministry', 'claims_responsibility')],
     [('ministry', None, 'claims_responsibility')]),
    ('The RSF said its fighters had taken the town of Al-Nahud, killing 30 soldiers.',
     [('rsf fighters', 'rsf', 'claims_responsibility')],
     []),
    ('The Houthis denied that their forces had fired on the ship off Hodeidah, where three sailors were killed.',
     [('houthi forces', 'houthis', 'denies')],
     []),
    ('Hamas denied that its fighters had used the school in Beit Lahiya, where 12 people were killed.',
     [('hamas fighters', 'hamas', 'denies')],
     []),
    ("Pakistan's foreign ministry denied that its jets had bombed villages in Paktika, where 46 people were killed.",
     [('pakistani jets', 'foreign ministry', 'denies')],
     []),
    ('Twelve people were killed in Marib. The Saudi-led coalition denied that its own jets had struck the market.',
     [('saudi-led coalition jets', 'coalition', 'denies')],
     [('own', None, None)]),
    # counter-cases: no means told as the party's own, or a party that names neither a country nor a group
    ('The Sudanese army denied responsibility for the strike on the market in Nyala that killed 23 people.',
     [('sudanese army', 'army', 'denies')],
     []),
    ('The army said its forces struck an insurgent camp in Borno, killing 12 insurgents.',
     [('army', 'army', 'claims_responsibility')],
     [('forces', None, None)]),
]


def _matches(want, got) -> bool:
    perp, speaker, stance = want
    return (perp is None or perp.lower() in got[0].lower()) and \
        (speaker is None or speaker.lower() in got[1].lower() or speaker.lower() in got[2].lower()) and \
        (stance is None or stance == got[3])


# Denials in other shapes: a party cleared by name after "accusations against" (Burkina Faso, Syria, Sudan); a denial
# joined to another verb of its subject (Sudan, Myanmar); "the group" a spokesman clears is his own (DRC, Uganda);
# "none of its members" (Nigeria, Gaza); another party named as "behind" the deed is the one cleared (South Sudan,
# Afghanistan).
DENIALS_IN_OTHER_SHAPES = [
    ('Forty people were killed in the village. On May 14, the government spokesman rejected what he called '
     '"unfounded accusations" against the armed forces.',
     [('armed forces', 'government spokesman', 'denies')], [(None, None, 'accuses')]),
    ('Nine people were killed in Douma. Damascus rejected the accusations against the Syrian army.',
     [('syrian army', 'damascus', 'denies')], [('damascus', None, 'denies')]),
    ('Forty people were killed in the village. The RSF dismissed the allegations against its fighters as lies.',
     [('rsf', 'rsf', 'denies')], [('its fighters', None, None)]),
    ('Forty people were killed in the village. The RSF said it had repelled an attack and denied targeting '
     'civilians.', [('rsf', 'rsf', 'denies')], [(None, None, 'claims_responsibility')]),
    ('Six people died in the bombing of the monastery. The junta said it had repelled a rebel attack and denied '
     'targeting civilians.', [('junta', 'junta', 'denies')], [(None, None, 'claims_responsibility')]),
    # a party whose name ends in its means is not named twice over ("Rapid Support Forces forces")
    ("Forty people were killed in the village. Sudan's paramilitary Rapid Support Forces said its forces had repelled "
     "an attack and denied targeting civilians.", [('rapid support forces', 'rapid support forces', 'denies')],
     [('forces forces', None, None)]),
    ('Forty people were killed in the camp. A CODECO spokesman, Basa Zukpa, denied the group was involved.',
     [('codeco', 'basa zukpa', 'denies')], []),
    ('Forty people were killed in the camp. An ADF spokesman said the group was not involved in the attack.',
     [('adf', 'adf spokesman', 'denies')], []),
    ('Forty people were killed in the village. The Miyetti Allah Cattle Breeders Association said none of its '
     'members was involved in the killings.', [('miyetti allah', 'miyetti allah', 'denies')], []),
    ('Six people died in the blast. Hamas said none of its fighters was involved in the attack.',
     [('hamas', 'hamas', 'denies')], []),
    ('Forty people were killed in the camp. Officials denied that youth from the area were behind the raid.',
     [('youth', 'officials', 'denies')], [(None, None, 'accuses')]),
    ('Nine people died in the blast. The Taliban denied that the Islamic State group was behind the bombing.',
     [('islamic state', 'taliban', 'denies')], [('taliban', None, None)]),
    # the accusations told with what they say (Syria 2025, Syria 2018, Ukraine); not accusations of no deed
    ('Forty people were killed in Jableh. A Defence Ministry spokesman rejected accusations that army units had taken '
     'part in the killings.', [('army units', 'defence ministry spokesman', 'denies')], [('ministry', None, None)]),
    ('Nine people were killed in Douma. Moscow has rejected accusations that Russian aircraft were involved.',
     [('russian aircraft', 'moscow', 'denies')], [('moscow', None, None)]),
    ('Nine people were killed in Kharkiv. Kyiv rejected claims that its air defences had hit the building.',
     [('kyiv', 'kyiv', 'denies')], []),
    ('Nine people were killed in Douma. The ministry rejected accusations that the toll had been inflated.',
     [], [(None, None, 'denies')]),
]


@pytest.mark.parametrize("text, expected, forbidden", OWN_WORDS + DENIALS_POINTING_BACK + PRONOUN_SPEAKERS +
                         BLAME_SHAPES + SPOKESPEOPLE_DENY + OTHER_PLACES_OF_SPEAKERS + SPANS_NOT_INCIDENTS +
                         KIND_THEN_NAME + WIRE_LEDES + COUNTER_CASES + POSTS_THAT_SPEAK +
                         FORCES_NAMED_BY_TABLE + STATEMENTS_ISSUED_BEFORE +
                         SPEAKERS_NAMED_LIKE_PARTIES + OWN_MEANS_NAMED + DENIALS_IN_OTHER_SHAPES)
def test_speaker_and_stance_of_blame(nlp, make_article, text, expected, forbidden):
    drafts, _ = find_incidents(nlp(text), make_article(text))
    got = []
    for d in drafts:
        for p in d.perpetrator_claims:
            assert p.evidence.text == text[p.evidence.start:p.evidence.end]
            got.append((p.perpetrator, p.speaker.name, p.speaker.canonical, p.stance))
    for want in expected:
        assert any(_matches(want, g) for g in got), (want, got)
    for never in forbidden:
        assert not any(_matches(never, g) for g in got), (never, got)
