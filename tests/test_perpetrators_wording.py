"""Perpetrator claims outside Syria, judged the way a hand annotation is matched.

Each row is a sentence or a short article written in one outlet's style, with the perpetrator claims an
annotator would record for it: (perpetrator as written, who says so, stance). A predicted claim counts as
one of them when the stance is the same, the perpetrators share enough words (one inside the other: "Houthi"
and "Houthi forces", "RSF" and "the Rapid Support Forces (RSF)"), and the speakers are the same. The row
holds when every expected claim is found and nothing else is predicted: a wording no annotator would accept
("the paramilitary" for "the RSF"), blame taken from background ("has waged an insurgency since 2006"), a
victim or a target taken for the doer, each fails its row. Alternatives are written "A|B"; claims an
annotator might or might not record are listed after the required ones as optional.
"""
from __future__ import annotations

import pytest
from test_eval_gate import _scorer
from test_perpetrators import _perps as perpetrator_claims

pytestmark = pytest.mark.model

SCORE = _scorer()       # the gold scorer's own matching (tests/data/score.py)


def _matches(claim, want) -> bool:
    """A predicted (perpetrator, speaker, stance) counts as a wanted one the way the scorer counts it."""
    perp, speaker, stance = claim
    return stance == want[2] and \
        any(SCORE.similar(SCORE.fold(perp), SCORE.fold(name)) >= 0.5 for name in want[0].split("|")) and \
        any(SCORE.same_source(speaker, name) for name in want[1].split("|"))


def judge(got, required, optional=()):
    """The required claims not found, and the predicted claims that match nothing (one to one)."""
    left = list(got)
    missing = []
    for want in required:
        hit = next((c for c in left if _matches(c, want)), None)
        if hit is None:
            missing.append(want)
        else:
            left.remove(hit)
    extra = [c for c in left if not any(_matches(c, w) for w in optional)]
    return missing, extra


O = "the outlet"
# Each row: text, required claims, optional claims.
ROWS = [
    # ---- Sudan
    ("Drone strikes by the paramilitary Rapid Support Forces killed at least 13 people in El Obeid on Sunday, "
     "a medical source said.",
     [("Rapid Support Forces", "a medical source", "accuses")], []),
    ("An RSF drone struck a displacement camp near El Fasher on Friday, killing eight civilians, the Sudan "
     "Doctors Network said.",
     [("RSF", "Sudan Doctors Network", "accuses")], []),
    ("Gunmen on motorbikes stormed the village of Wad al-Nourah in Gezira state on Wednesday, killing more than "
     "100 people. Residents blamed the Rapid Support Forces.",
     [("Rapid Support Forces", "Residents", "accuses")], []),
    ("An army air strike on a market in Kabkabiya killed 15 people on Monday, residents said. The RSF has been "
     "accused of widespread atrocities since the war began in April 2023.",
     [("army", "residents", "accuses")], []),
    ("Sudanese army warplanes bombed a market in Nyala on Monday, killing 30 people, according to the Emergency "
     "Lawyers group.",
     [("Sudanese army warplanes", "Emergency Lawyers", "accuses")], []),
    ("Shelling killed 11 people in the Abu Shouk camp on Thursday, local volunteers said. The RSF denied "
     "targeting civilians and blamed the army for the shelling.",
     [("RSF", "RSF", "denies"), ("army", "RSF", "accuses")], []),
    ("Army troops killed 12 RSF fighters near Bara, the Sudanese army said in a statement on Saturday.",
     [("Army troops", "Sudanese army", "claims_responsibility")], []),
    ("KHARTOUM, Sudan (AP) - Fighters loyal to the Rapid Support Forces killed at least 25 people in a village "
     "in North Kordofan, activists said.",
     [("Fighters loyal to the Rapid Support Forces", "activists", "accuses")], []),
    ("The Rapid Support Forces, which has been at war with the army since April 2023, shelled the city of "
     "El Fasher on Tuesday, killing nine people, the Sudan Doctors Network said.",
     [("Rapid Support Forces", "Sudan Doctors Network", "accuses")], []),
    # ---- Myanmar
    ("Junta airstrikes killed at least 17 people in a village in Sagaing region on Tuesday, a local resistance "
     "group said.",
     [("Junta", "a local resistance group", "accuses")], []),
    ("The military council's jets bombed a monastery in Lin Ta Lu village, killing 23 people, residents said.",
     [("military council", "residents", "accuses")], []),
    ("A landmine blast killed four villagers in Kani township on Tuesday, residents said. The junta seized "
     "power in a coup in February 2021, sparking nationwide armed resistance.",
     [], []),
    ("The Arakan Army accused the military of shelling Sittwe on Sunday, killing five civilians.",
     [("military", "Arakan Army", "accuses")], []),
    ("Fighters from the People's Defence Force ambushed a junta convoy in Magway, killing 10 soldiers, the PDF "
     "said in a statement.",
     [("People's Defence Force", "PDF|People's Defence Force", "claims_responsibility")], []),
    ("An air strike on a school in Let Yet Kone village killed 11 children, aid workers said. Junta spokesman "
     "Zaw Min Tun denied that the military had bombed the school.",
     [("military", "Zaw Min Tun", "denies")], []),
    ("Myanmar's military has been accused of war crimes since it seized power, and is fighting ethnic armed "
     "groups on several fronts. Three people were killed when artillery shells hit a market in Lashio, "
     "residents said.",
     [], []),
    # ---- Sahel, Nigeria
    ("Suspected jihadists killed at least 20 civilians in an attack on the village of Solhan, security sources "
     "said.",
     [("Suspected jihadists", "security sources", "accuses")], []),
    ("JNIM, al-Qaeda's affiliate in the Sahel, claimed the attack on the military post in Djibo in a statement "
     "on Sunday.",
     [("JNIM", "JNIM", "claims_responsibility")], []),
    ("Militants attacked an army base in Malam-Fatori on Friday, killing 12 soldiers. The Islamic State West "
     "Africa Province (ISWAP) claimed responsibility for the attack via its Amaq news agency.",
     [("Islamic State West Africa Province (ISWAP)", "Islamic State West Africa Province (ISWAP)|ISWAP",
       "claims_responsibility")],
     [("Militants", O, "accuses")]),
    ("Bandits killed 15 villagers in Zamfara State on Sunday, police spokesman Yazid Abubakar said.",
     [("Bandits", "Yazid Abubakar", "accuses")], []),
    ("Gunmen believed to be Fulani herders killed 30 people in Yelwata, Benue State, police said on Saturday.",
     [("Fulani herders|gunmen believed to be Fulani herders", "police", "accuses")], []),
    ("Armed men attacked the village of Mahou on Thursday, killing 12 civilians, local sources said.",
     [], []),
    ("At least 30 soldiers were killed in an ambush in Bam province, the army said. Burkina Faso has been "
     "battling jihadists linked to al-Qaeda and the Islamic State group since 2015.",
     [], []),
    ("Boko Haram insurgents killed 37 people in Darul Jamal village, Borno State Governor Babagana Zulum said.",
     [("Boko Haram insurgents", "Babagana Zulum", "accuses")], []),
    ("The attack in Mafa was carried out by Boko Haram, an official of the Civilian Joint Task Force told AFP.",
     [("Boko Haram", "an official of the Civilian Joint Task Force", "accuses")], []),
    ("Nigerian troops killed 20 terrorists in Sambisa forest, the Defence Headquarters said on Thursday.",
     [("Nigerian troops", "Defence Headquarters", "claims_responsibility")], []),
    # a body known by its acronym is named by both ("UN human rights office (OHCHR)"), as annotators copy either
    ("Malian troops and foreign military personnel killed at least 500 people in Moura, the UN human rights "
     "office said in a report on Friday.",
     [("Malian troops", "UN human rights office", "accuses")],
     [("foreign military personnel", "UN human rights office", "accuses")]),
    # ---- Somalia
    ("Al-Shabaab claimed responsibility for the bombing, which killed 20 people at a hotel in Mogadishu.",
     [("Al-Shabaab", "Al-Shabaab", "claims_responsibility")], []),
    ("A car bomb killed nine people outside a restaurant in Mogadishu on Saturday, police said. Al-Shabaab, "
     "which has waged an insurgency against the government since 2006, has carried out many such attacks in "
     "the capital.",
     [], []),
    ("A suicide bomber killed 13 people at a tea shop in Beledweyne on Sunday. Police blamed al-Shabaab for "
     "the blast.",
     [("al-Shabaab", "Police", "accuses")], []),
    ("The Somali National Army said its forces killed 30 al-Shabaab fighters in an operation in Middle "
     "Shabelle.",
     [("its forces|Somali National Army", "Somali National Army", "claims_responsibility")], []),
    ("The militant group said in a statement on its Andalus radio that its fighters killed 17 soldiers in the "
     "attack on the base in Lower Shabelle.",
     [("The militant group|its fighters", "The militant group", "claims_responsibility")], []),
    # ---- DR Congo
    ("M23 rebels shelled the outskirts of Goma on Tuesday, killing six civilians, the army said.",
     [("M23 rebels", "army", "accuses")], []),
    ("ADF militants killed at least 40 people in an overnight attack on a church in Komanda, Ituri province, "
     "a civil society leader said.",
     [("ADF militants", "a civil society leader", "accuses")], []),
    ("At least 18 people were killed in Oicha on Monday night. The attack was blamed on the Allied Democratic "
     "Forces (ADF), a Ugandan armed group that pledged allegiance to the Islamic State in 2019.",
     [("Allied Democratic Forces (ADF)", O, "accuses")], []),
    ("Dozens of villagers were killed in Ntoyo on Monday. The Islamic State group claimed the attack on its "
     "Amaq news agency.",
     [("The Islamic State group", "The Islamic State group", "claims_responsibility")], []),
    ("Fifteen civilians were killed in Rutshuru territory, local officials said. M23 spokesman Lawrence "
     "Kanyuka denied the group was behind the killings and blamed the Congolese army.",
     [("M23|the group", "Lawrence Kanyuka", "denies"), ("Congolese army", "Lawrence Kanyuka", "accuses")], []),
    ("M23 fighters attacked a FARDC position in Masisi on Sunday, killing seven soldiers, the army said.",
     [("M23 fighters", "army", "accuses")], []),
    # "the group", "the militia" point back at the body named with that kind in apposition (Iraq, DR Congo)
    ("A Turkish drone strike targeted a vehicle near Sinune, killing two fighters, a local official told Rudaw. The "
     "YBS, a Yazidi armed group, put the death toll at three. The group blamed \"the Turkish occupation state\" "
     "for the attack.", [("Turkish occupation state", "YBS", "accuses")], [("Turkish drone", "a local official",
                                                                            "accuses")]),
    ("Gunmen killed nine people in Djugu, a local official said. CODECO, a militia of Lendu farmers, denied "
     "involvement in a statement. The militia blamed the army for the killings.",
     [("CODECO", "CODECO", "denies"), ("army", "CODECO", "accuses")], []),
    # state media's "carried out an air aggression" is a deed (Syria, Lebanon)
    ('Two civilians were killed in Damascus, a military source said. "At about 10:40 pm, the Israeli enemy carried '
     'out an air aggression from the direction of the occupied Syrian Golan," the source said.',
     [("Israeli enemy", "military source", "accuses")], []),
    ("The Israeli enemy carried out an air aggression on the town of Khiam, killing two people, the National News "
     "Agency reported.", [("Israeli enemy", "National News Agency", "accuses")], []),
    # a denial that a party's craft struck clears the party, though the craft read alone names its owner (Yemen,
    # Ukraine)
    ("Seven civilians were killed on Monday when warplanes struck a market in Saada, al-Masirah TV reported. A "
     "spokesman for the coalition denied that coalition aircraft had targeted any market in Saada.",
     [("coalition aircraft", "spokesman for the coalition", "denies")], []),
    ("A glide bomb killed four people in Kharkiv, the governor said. Russia's defence ministry denied that Russian "
     "jets had struck residential areas.",
     [("Russian jets", "Russia's defence ministry", "denies")], [("Russia", "Russia's defence ministry", "denies")]),
    # blame for a run of earlier attacks is background, yet the denial told beside it answers it (Syria, Sudan)
    ("A car bomb killed 40 people in Afrin on Tuesday, the Turkish Defense Ministry said, blaming the attack on the "
     "YPG. Ankara frequently blames the YPG for the attacks, while the militia says it does not target civilians.",
     [("YPG", "Turkish Defense Ministry", "accuses"), ("YPG", "militia", "denies")], []),
    ("Shelling killed 12 people in Zamzam camp on Sunday, medics said. The army has repeatedly blamed the RSF for "
     "the attacks on the camp, while the paramilitary group says it does not target civilians.",
     [("RSF", "paramilitary group", "denies")], []),
    # a killing told with a knife or a machete (DR Congo, Nigeria)
    ("ADF rebels hacked to death at least 22 people in Beni territory overnight, civil society leaders said.",
     [("ADF rebels", "civil society leaders", "accuses")], []),
    ("Bandits stabbed to death five farmers in Guma, Benue state, police said.",
     [("Bandits", "police", "accuses")], []),
    # ---- Ukraine, Russia
    ("Russian forces shelled Kherson overnight, killing three civilians, regional governor Oleksandr Prokudin "
     "said.",
     [("Russian forces", "Oleksandr Prokudin", "accuses")], []),
    ("The occupiers struck a residential building in Zaporizhzhia with guided aerial bombs, killing two women, "
     "the regional military administration said.",
     [("The occupiers", "regional military administration", "accuses")], []),
    ("Ukrainian drones attacked the Belgorod region overnight, killing one person, governor Vyacheslav "
     "Gladkov said.",
     [("Ukrainian drones", "Vyacheslav Gladkov", "accuses")], []),
    ("Two people were killed when a Russian missile hit a hotel in Kramatorsk, police said. Russia launched its "
     "full-scale invasion of Ukraine in February 2022.",
     [("Russian", "police", "accuses")], []),
    ("A Russian glide bomb killed four people in Kharkiv on Sunday, Mayor Ihor Terekhov said. Moscow denies "
     "targeting civilians.",
     # a standing denial of a practice is background, no denial of this strike (see the rows on "has repeatedly
     # denied targeting civilians" below); "the militia says it does not target civilians" still denies
     [("Russian", "Ihor Terekhov", "accuses")], []),
    ("Russia's defence ministry said its air defences downed 40 Ukrainian drones over the Kursk region "
     "overnight.",
     [], []),
    ("Ukraine's military said its forces struck a Russian command post in the Kursk region, killing 20 "
     "soldiers.",
     [("its forces|Ukraine's military", "Ukraine's military", "claims_responsibility")], []),
    ("Kyiv's forces shelled the centre of Donetsk, killing four people, the Russian-installed mayor Alexei "
     "Kulemzin said.",
     [("Kyiv's forces", "Alexei Kulemzin", "accuses")], []),
    # ---- Israel, Gaza, Lebanon
    ("Israeli warplanes struck a house in Rafah overnight, killing 12 members of one family, the Gaza health "
     "ministry said.",
     [("Israeli warplanes", "Gaza health ministry", "accuses")], []),
    ("An Israeli strike killed 20 people at a school sheltering displaced families in Gaza City, the civil "
     "defence agency said. The Israeli military said it had struck a Hamas command centre inside the school.",
     [("Israeli", "civil defence agency", "accuses"),
      ("Israeli military", "Israeli military", "claims_responsibility")], []),
    ("Five Palestinians were killed by Israeli fire near an aid distribution site in Rafah, medics said. The "
     "IDF said it was reviewing the reports.",
     [("Israeli", "medics", "accuses")], []),
    ("Hamas's armed wing said its fighters ambushed an Israeli patrol in Khan Younis, killing three soldiers.",
     [("Hamas's armed wing|its fighters", "Hamas's armed wing", "claims_responsibility")], []),
    ("An Israeli drone strike on a car in southern Lebanon killed two Hezbollah members, Lebanon's health "
     "ministry said.",
     [("Israeli", "Lebanon's health ministry", "accuses")], []),
    # ---- Yemen
    ("A Houthi missile hit a market in Marib on Tuesday, killing five civilians, medical sources said.",
     [("Houthi", "medical sources", "accuses")], []),
    ("Air strikes by the Saudi-led coalition killed 14 people at a wedding in Hajjah, Houthi-run Al Masirah TV "
     "said.",
     [("Saudi-led coalition", "Al Masirah TV", "accuses")], []),
    ("Coalition spokesman Turki al-Maliki denied that its jets had targeted the prison in Saada.",
     [("coalition|its jets", "Turki al-Maliki", "denies")], []),
    ("Three children were killed by a landmine in Taiz, which local officials blamed on the Houthis.",
     [("Houthis", "local officials", "accuses")], []),
    ("The Houthis, who control Sanaa and much of the north, have fought the Saudi-led coalition since 2015. "
     "Shelling killed four people in Taiz on Saturday, medics said.",
     [], []),
    # ---- Pakistan, Afghanistan
    ("The Pakistani Taliban (TTP) claimed responsibility for the suicide attack on the police station in "
     "Bannu, which killed six officers.",
     [("Pakistani Taliban (TTP)", "Pakistani Taliban (TTP)|TTP", "claims_responsibility")], []),
    ("Militants attacked a police checkpost in Lakki Marwat overnight, killing three policemen, police said. "
     "No group claimed responsibility.",
     [], [("Militants", "police", "accuses")]),
    ("The TTP, which has stepped up attacks since the Afghan Taliban returned to power in 2021, denied "
     "involvement in the bombing of the mosque in Peshawar.",
     [("TTP", "TTP", "denies")], []),
    ("Security forces killed eight militants in a raid in North Waziristan, the military's media wing ISPR "
     "said.",
     [("Security forces", "ISPR", "claims_responsibility")], []),
    # ---- Haiti
    ("Gang members killed at least 70 people in Pont-Sonde, the UN human rights office said. The Gran Grif "
     "gang claimed the attack in a video posted on social media.",
     [("Gran Grif gang|Gran Grif", "Gran Grif gang|Gran Grif", "claims_responsibility")],
     [("Gang members", "OHCHR", "accuses")]),
    ("The Viv Ansanm gang coalition attacked the town of Mirebalais, killing at least 10 people, local "
     "officials said.",
     [("Viv Ansanm gang coalition|Viv Ansanm", "local officials", "accuses")], []),
    ("Police killed 12 gang members in a shootout in Port-au-Prince, the Haitian National Police said.",
     [("Police", "Haitian National Police", "claims_responsibility")], []),
    # ---- armies' own words for killing: "neutralised", "eliminated" (Nigeria, Russia, Syria, the Sahel)
    ("Troops of Operation Hadin Kai neutralised nine bandits in an ambush near Tsafe on Sunday, the Defence "
     "Headquarters said.",
     [("Troops of Operation Hadin Kai", "Defence Headquarters", "claims_responsibility")], []),
    ("Russian forces eliminated up to 30 Ukrainian servicemen near Pokrovsk, the Russian Defence Ministry said.",
     [("Russian forces", "Russian Defence Ministry", "claims_responsibility")], []),
    ("Army units eliminated a number of terrorists in the countryside of Hama, killing 12 of them, SANA reported.",
     [("Army units", "SANA", "claims_responsibility")], []),
    # a state outlet names its own state's army by name (Syria, Myanmar); another state's is accused
    ("Syrian Arab Army units targeted the positions of terrorist organizations in Jobar, killing 12 terrorists, "
     "SANA reported.", [("Syrian Arab Army units", "SANA", "claims_responsibility")], []),
    ("Tatmadaw troops attacked a terrorist camp near Kani, killing 12 terrorists, MRTV reported.",
     [("Tatmadaw troops", "MRTV", "claims_responsibility")], []),
    ("Turkish army units shelled the village of Um al-Kaif, killing three civilians, SANA reported.",
     [("Turkish army units", "SANA", "accuses")], []),
    ("Jihadists neutralised three soldiers in an attack on a post in Djibo, residents said.",
     [("Jihadists", "residents", "accuses")], []),
    ("Soldiers neutralised a roadside bomb near Kidal on Monday, the army said. Two soldiers were wounded when a "
     "second device exploded.",
     [], []),
    ("The government pledged to eliminate poverty in the region after 12 people were killed in clashes, officials "
     "said.",
     [], []),
    # ---- "fighters of" a group the actor table knows, however the parser cut the name (Nigeria, Sudan, Somalia)
    ("Fighters of the Islamic State West Africa Province (ISWAP) on Monday attacked a military base in Malam "
     "Fatori, killing six soldiers, military sources said.",
     [("Fighters of the Islamic State West Africa Province (ISWAP)", "military sources", "accuses")], []),
    ("Fighters of the paramilitary Rapid Support Forces (RSF) killed at least 43 people in Tamboul, the resistance "
     "committees said.",
     [("Fighters of the paramilitary Rapid Support Forces (RSF)", "resistance committees", "accuses")], []),
    ("Gunmen from al-Shabaab stormed a hotel in Kismayo, killing nine people, police said.",
     [("Gunmen from al-Shabaab", "police", "accuses")], []),
    ("Islamic State sleeper cells attacked a checkpoint in Deir ez-Zor on Tuesday, killing four fighters, a "
     "spokesperson for the Internal Security Forces said.",
     [("Islamic State sleeper cells", "a spokesperson for the Internal Security Forces", "accuses")], []),
    ("Al-Shabaab cells detonated a car bomb at a checkpoint in Mogadishu, killing five soldiers, police said.",
     [("Al-Shabaab cells", "police", "accuses")], []),
    ("Sleeper cells attacked a checkpoint in Hasakah, killing two guards, a local source said.",
     [], [("Sleeper cells", "a local source", "accuses")]),
    ("Fighters from the village fled when soldiers shelled the area, killing four people, residents said.",
     [("soldiers", "residents", "accuses")], []),
    # ---- a bomb planted by someone: who planted it did the deed (Iraq, Syria, Somalia, Myanmar)
    ("A roadside bomb planted by Islamic State militants killed four soldiers near Tikrit, Iraqi military "
     "officials said.",
     [("Islamic State militants", "Iraqi military officials", "accuses")], []),
    ("Seven civilians were killed when a bomb-laden motorcycle planted by the YPG exploded in Tal Abyad, the "
     "ministry said.",
     [("YPG", "ministry", "accuses")], []),
    ("Five people were killed when an explosive device planted by al-Shabaab went off near a market in "
     "Mogadishu, police said.",
     [("al-Shabaab", "police", "accuses")], []),
    ("Residents accuse regime forces of having planted the mines before withdrawing from the village, where three "
     "children were killed on Friday.",
     [("regime forces", "Residents", "accuses")], []),
    ("The bomb, which was planted by al-Shabaab, killed five people in Mogadishu, police said.",
     [("al-Shabaab", "police", "accuses")], []),
    # mines laid or left behind by a party (Ukraine, Syria); not a town "left by the army"
    ("A tractor driver was killed by a mine laid by Russian troops near Izium, police said.",
     [("Russian troops", "police", "accuses")], []),
    ("Two children were killed when a landmine left behind by Daesh terrorists exploded in Deir Ezzor countryside, "
     "SANA reported.",
     [("Daesh terrorists", "SANA", "accuses")], []),
    ("Shelling killed three people in Bakhmut, which was left by the army in May, the governor said.", [], []),
    # ---- fire told with the party it came from (Yemen, Syria, Myanmar); not a place or a machine it came from
    ("A woman was killed by artillery fire from the mercenaries of the aggression in Hays district, Saba reported.",
     [("mercenaries of the aggression", "Saba", "accuses")], []),
    ("Two people were killed by shelling from the Syrian army in Idlib, the civil defence said.",
     [("Syrian army", "civil defence", "accuses")], []),
    ("Four civilians were killed by mortar fire from Tatmadaw troops in Hpakant, residents said.",
     [("Tatmadaw troops", "residents", "accuses")], []),
    ("Two people were killed by fire from a helicopter in Sagaing, residents said.", [], []),
    ("Rockets fired from Gaza killed a man in Sderot, police said.", [], []),
    ("Israeli troops returned fire from Syria after a soldier was killed on the Golan, the army said.", [], []),
    # ---- where the people came from is no party (Syria); the attackers' group still is (Nigeria, DR Congo)
    ("Our correspondent said the four men, the youngest of whom was 17 years old, were from the villages of "
     "al-Karama and al-Sabkha, and had been executed by ISIS.", [("ISIS", "Our correspondent", "accuses")], []),
    ("Gunmen killed 12 people in Bokkos. Police said the attackers were from the Fulani militia.",
     [("Fulani militia", "Police", "accuses")], []),
    ("The gunmen killed six worshippers in Beni. The men were from the ADF, the army said.",
     [("ADF", "army", "accuses")], []),
    # ---- armed men told by their community are a side (Syria, Nigeria, South Sudan); unidentified ones are not
    ("Clashes killed eight people in Walgha on Sunday. A spokesman for the Druze factions accused tribal fighters "
     "backed by government forces of attacking Walgha with mortars.",
     [("tribal fighters backed by government forces", "A spokesman for the Druze factions", "accuses")], []),
    ("Clashes killed eight people in Walgha on Sunday. A tribal leader said Druze fighters had opened fire first "
     "on Bedouin families.", [("Druze fighters", "A tribal leader", "accuses")], []),
    ("Fulani gunmen killed 12 farmers in Bokkos, police said.", [("Fulani gunmen", "police", "accuses")], []),
    ("Clan militiamen attacked a village near Galkayo, killing 30 people, elders said.",
     [("Clan militiamen", "elders", "accuses")], []),
    ("Tribal fighters stormed a village near Beledweyne, killing nine people, elders said.",
     [("Tribal fighters", "elders", "accuses")], []),
    ("Dinka gunmen killed 14 people in Tonj, officials said.", [("Dinka gunmen", "officials", "accuses")], []),
    ("Unidentified gunmen killed 12 farmers in Bokkos, police said.", [], []),
    # ---- a part in the fighting disowned (Syria, Sudan); not a part in talks
    ("Clashes killed eight people in Walgha on Sunday. The militia said it had not taken part in the attack.",
     [("militia", "militia", "denies")], []),
    ("Clashes killed eight people in Walgha on Sunday. The army said its forces were not involved in the fighting.",
     [("army", "army", "denies")], []),
    ("Clashes killed eight people in Walgha on Sunday. The army said it had not taken part in the talks.", [], []),
    ("Herders attacked Yelwata on Friday, killing 100 people. The Miyetti Allah group said its members had not "
     "taken part in the attack.",
     [("Herders", "the outlet|AFP", "accuses"), ("Miyetti Allah group", "Miyetti Allah group", "denies")], []),
    ("The RSF said its forces were not involved in the fighting in El Fasher that killed 20 people.",
     [("RSF", "RSF", "denies")], []),
    # ---- a label given to the attackers: "believed to belong to" (Libya, Nigeria)
    ("The gunmen, believed to belong to a local armed group, killed four people in Zawiya, a source said.",
     [("local armed group", "a source", "accuses")], []),
    ("Gunmen believed to belong to the Lakurawa group killed 15 villagers in Kebbi, police said.",
     [("Lakurawa group", "police", "accuses")], []),
    # ---- the party named in apposition after a description (Syria); a body told by its party's possessive
    # denies for the party (Syria); a spokesman's body denies (Syria, Iraq)
    ("A car bomb attack by the PKK's Syrian offshoot, the People's Protection Units (YPG), killed eight people in "
     "Tal Abyad, the ministry said.", [("People's Protection Units", "ministry", "accuses")], []),
    ("A car bomb killed 11 people in Tal Abyad. Turkey accused the SDF, while the SDF's General Command denied any "
     "link to it.", [("SDF", "Turkey", "accuses"), ("SDF", "SDF's General Command", "denies")], []),
    ("A car bomb killed 20 people in Baghdad. Police blamed the militia. A spokesman for the militia denied the "
     "group was behind the blast.",
     [("militia", "Police", "accuses"), ("militia", "A spokesman for the militia", "denies")], []),
    # ---- "the group's fighters" in the group's own statement claim (Mali, Yemen); in the army's, they are another's
    ("Gunmen killed 12 soldiers in Boulkessi. JNIM said in a statement that the group's fighters had attacked the "
     "base.", [("JNIM", "JNIM", "claims_responsibility")], []),
    ("A missile hit the camp in al-Khokha, killing 13 people. The Houthi military spokesman said in a televised "
     "speech that the group's missile force had launched a ballistic missile at the camp.",
     [("Houthi|the group's missile force", "Houthi military spokesman", "claims_responsibility")], []),
    ("Gunmen killed 12 soldiers in Boulkessi. The army said the group's fighters had attacked the base.", [],
     [("the group's fighters", "army", "accuses")]),
    # ---- a siege holds ground, it is no deed of the incident (Syria, Sudan); a siege that kills is
    ("A car bomb killed nine people in Manbij on Tuesday. The Syrian Democratic Forces launched on May 31 a "
     "campaign to liberate the city of Manbij, and have besieged the city.", [], []),
    ("A drone hit a market in El Fasher, killing nine people. The paramilitaries have besieged the city since "
     "May.", [], []),
    ("The RSF besieged El Fasher and shelled its last hospital, killing nine people, medics said.",
     [("RSF", "medics", "accuses")], []),
    # ---- a deed a party says it "only" does is its practice (Russia, Myanmar)
    ("An air strike killed 12 people in Idlib. The Russian Ministry of Defence says its aircraft only hit "
     "terrorist positions.", [], []),
    ("An air strike killed 20 people in Sagaing. The junta says its jets only strike terrorist targets.", [], []),
    # ---- where they came from is no part of the party's name (Iraq); a group they came from is (Syria)
    ("Nine people were abducted by the terrorist gangs from the villages south of Mosul, a source said.",
     [("the terrorist gangs", "a source", "accuses")], []),
    ("Militants from the Islamic State attacked a checkpoint in Deir ez-Zor, killing four soldiers.",
     [("Militants from the Islamic State", "the outlet|AFP", "accuses")], []),
    # ---- held responsible for no deed (Syria, Yemen)
    ("Shelling killed two people in Tal Tamr. The council held the international coalition and Russia responsible "
     "for their silence.", [], []),
    ("An air strike killed nine people in Saada. The rebels held the United Nations responsible for its inaction.",
     [], []),
    ("Shelling killed two people in Tal Tamr. The council held the Turkish army responsible for the attack.",
     [("Turkish army", "council", "accuses")], []),
    ("Clashes killed 12 people in Jos. The governor held the herders responsible for the violence.",
     [("herders", "governor", "accuses")], []),
    # ---- a group's full name before its attack (Sudan, Syria)
    ("The death toll from the Rapid Support Forces (RSF) attack on the town of Tambul has risen to 63 people, local "
     "resistance committees said on Sunday.",
     [("Rapid Support Forces (RSF)", "local resistance committees", "accuses")], []),
    ("A listening device planted by Mossad was found after a strike killed three people in Beirut.", [], []),
    ("The rebels accused the army of fabricating charges against their commander after clashes killed 12 people.",
     [], []),
    ("A roadside bomb was neutralised by soldiers near Kidal, after a blast killed two people.", [], []),
    ("The rebels accused the government of eliminating fuel subsidies after clashes killed 12 people.", [], []),
    ("Gunmen from the village near the RSF camp attacked farmers, killing three, residents said.", [], []),
    ("Trees planted by volunteers were burned when shelling killed three people in Kherson, officials said.",
     [], []),
    # ---- background and records, earlier incidents, targets and victims
    ("A shell hit a market in El Fasher on Friday, killing 12 people. The RSF, which has besieged the city since "
     "May 2024, was blamed for the attack by local activists.",
     [("RSF", "local activists", "accuses")], []),
    ("A car bomb killed seven people near a checkpoint in Mogadishu on Sunday, police said. Al-Shabaab has carried "
     "out numerous attacks in the capital in recent years.",
     [], []),
    ("Gunmen killed 11 people in a village near Beni on Tuesday, local officials said. The ADF has killed "
     "thousands of civilians in eastern Congo over the past decade.",
     [], []),
    ("A missile struck a port in Hodeidah on Monday, killing three workers, the port authority said. The Houthis "
     "have launched hundreds of missiles and drones at Israel since November 2023.",
     [], []),
    ("Four civilians were killed by shelling in Sake, a local official said. The M23, which seized Goma in "
     "January, is backed by Rwanda, according to UN experts.",
     [], []),
    ("Al-Shabaab fighters attacked an army base in Lower Shabelle on Friday, killing 12 soldiers, a military "
     "officer said.",
     [("Al-Shabaab fighters", "a military officer", "accuses")], []),
    ("Twelve soldiers were killed when suspected ISWAP fighters attacked their base in Borno, military sources "
     "said.",
     [("suspected ISWAP fighters", "military sources", "accuses")], []),
    ("An air strike killed 30 people in Nuseirat on Tuesday, the civil defence agency said. The Israeli military "
     "said it had killed a Hamas commander in the strike.",
     [("Israeli military", "Israeli military", "claims_responsibility")], []),
    ("Two people were killed in Sanaa by falling debris, medics said. Houthi forces said they had shot down a US "
     "drone over the city.",
     [], []),
    ("A drone strike killed 10 people at a market in El Obeid on Sunday, medics said. Neither the army nor the RSF "
     "commented on the strike.",
     [], []),
    ("An RSF drone attack on a mosque in El Fasher killed 75 worshippers, the Sudan Doctors Network said. Last "
     "month, RSF fighters killed more than 200 people in the Zamzam camp.",
     [("RSF", "Sudan Doctors Network", "accuses")],
     [("RSF fighters", "Sudan Doctors Network|the outlet", "accuses")]),
    ("Gunmen killed nine villagers in Tillaberi on Sunday, officials said. The attack came two weeks after JNIM "
     "fighters killed 50 soldiers in Djibo.",
     [], [("JNIM fighters", O, "accuses")]),
    # a denier is no accuser of the blame told just before, in the outlet's voice
    ("At least 30 civilians were killed in the bombing of a camp near Laiza. The rebels oppose the military "
     "council, and the military council bombed their headquarters in Chin State in January. Junta spokesperson "
     "Zaw Min Tun has denied the attack on the camp, saying the blast was at a rebel bomb store.",
     [("military council", O, "accuses"), ("military council", "Zaw Min Tun", "denies")], []),
    # nor is one who tells its own deed in the next sentence (Syria, Gaza)
    ("Turkish shelling wounded three civilians near Ain Issa on Friday. A Turkish-backed faction said it had "
     "targeted SDF positions in the area.",
     [("Turkish", O, "accuses"), ("Turkish-backed faction", "A Turkish-backed faction", "claims_responsibility")], []),
    ("Israeli strikes killed 12 people in Rafah on Monday. The Israeli military said it had struck Hamas militants "
     "in the area.",
     [("Israeli strikes", O, "accuses"), ("Israeli military", "Israeli military", "claims_responsibility")], []),
    # forces fighting back during an attack are no perpetrators of it; fire on others still is
    ("A suicide bomber killed 12 people at a market in Maiduguri. Soldiers shot dead two other attackers before "
     "they could detonate their explosives, the army said.",
     [], []),
    ("Gunmen stormed a hotel in Mogadishu, killing nine people. Security forces killed all five assailants after a "
     "six-hour siege, police said.",
     [], []),
    ("Two suicide bombers attacked a police station in Bannu, killing four officers. One of the bombers blew "
     "himself up when police opened fire, a police spokesman said.",
     [], []),
    ("Police opened fire on protesters in Nairobi, killing five people, witnesses said.",
     [("Police", "witnesses", "accuses")], []),
    # ---- Ethiopia, Mozambique, Colombia
    ("An Ethiopian drone struck a bus in Amhara region, killing 30 passengers, witnesses said.",
     [("Ethiopian drone", "witnesses", "accuses")], []),
    ("Residents blamed Fano militiamen for the killing of 12 people in Oromia.",
     [("Fano militiamen", "Residents", "accuses")], []),
    ("ELN guerrillas attacked a military base in Puerto Jordan, killing three soldiers, the army said. The "
     "rebel group has fought the state since 1964.",
     [("ELN guerrillas", "army", "accuses")], []),
    # ---- a bomb set off or planted: the one who set it did the deed
    ("Activists said rebels set off a bomb in a tunnel beneath a checkpoint in Idlib, killing 12 soldiers.",
     [("rebels", "Activists", "accuses")], []),
    ("Insurgents from the Islamic Front set off tonnes of explosives under the hospital in Aleppo, killing 20 "
     "soldiers, the Observatory said.",
     [("Insurgents from the Islamic Front", "Syrian Observatory for Human Rights", "accuses")], []),
    ("Al-Shabaab militants planted an IED on the road near Afgooye, killing five soldiers, a military officer said.",
     [("Al-Shabaab militants", "a military officer", "accuses")], []),
    ("Police set off a bomb disposal operation after the blast in Quetta killed 8 people.", [], []),
    # ---- the incident's attackers said to be a party's: members of, fighters of, loyal to, belonging to, from
    ("Gunmen killed 30 villagers in Zurmi, Zamfara state, residents said. A resident said the attackers were "
     "loyal to the bandit leader Ado Aleru.",
     [("bandit leader Ado Aleru|Ado Aleru", "A resident", "accuses")], []),
    ("Insurgents beheaded four civilians near Mocimboa da Praia on Sunday. A local official said the attackers "
     "were members of Al-Shabaab.",
     [("Al-Shabaab", "A local official", "accuses")], [("Insurgents", "A local official|the outlet", "accuses")]),
    ("Gunmen killed 9 people at a market in Kebbi state, police said. Residents said the gunmen belonged to the "
     "Lakurawa group.", [("Lakurawa group", "Residents", "accuses")], []),
    ("Gunmen killed 12 farmers near Maiduguri, police said. The army said the gunmen were Boko Haram fighters.",
     [("Boko Haram fighters", "army", "accuses")], []),
    ("Assailants killed 40 people in Beni territory on Tuesday. Local officials said the assailants were from "
     "the ADF.", [("ADF", "Local officials", "accuses")], []),
    ("Gunmen killed 12 farmers near Maiduguri, police said. The men were farmers from the nearby village.", [], []),
    # ---- a deed disowned in other words: not involved, no role
    ("A drone strike killed 15 people at a wedding in Amhara, residents said. The federal government said the "
     "army was not involved in the attack.", [("army", "federal government", "denies")], []),
    ("A blast killed 7 people in a market in Quetta. The Baloch Liberation Army said it had no role in the "
     "attack.", [("Baloch Liberation Army", "Baloch Liberation Army", "denies")], []),
    ("Shelling killed 9 people in Khartoum. The RSF said its fighters were not involved in the shelling.",
     [("RSF", "RSF", "denies")], []),
    ("A blast killed 7 people in Quetta. Police said they were not involved in the investigation.", [], []),
    # ---- accused of the fighting or of a kidnapping (Libya, Nigeria, Colombia); of lies, no blame
    ("Clashes killed eight people in Zawiya on Friday. Residents accused the Radaa militia of starting the "
     "fighting.",
     [("Radaa militia", "Residents", "accuses")], []),
    ("Forty farmers were abducted in Zamfara on Sunday. The governor accused bandits of the kidnapping.",
     [("bandits", "governor", "accuses")], []),
    ("Six soldiers were seized in Arauca on Monday. The army accused the ELN of the abduction.",
     [("ELN", "army", "accuses")], []),
    ("A blast killed 7 people in Quetta on Monday. The minister accused the opposition of spreading lies.", [], []),
    ("Fighting killed 11 people in Goma on Friday. The army accused the rebels of the clashes in the city.",
     [("the rebels", "army", "accuses")], []),
    # ---- a body of troops told by its size or task: a unit, a patrol, a squad
    ("State news agency SANA said an army unit killed 15 terrorists in the countryside of Idlib on Monday.",
     [("army unit", "SANA", "claims_responsibility")], []),
    ("An army patrol killed five bandits in Zamfara State on Sunday, the army said.",
     [("army patrol", "army", "claims_responsibility")], []),
    ("The Nigerian Army said a special forces unit killed nine bandits in Katsina State on Friday.",
     [("special forces unit", "Nigerian Army", "claims_responsibility")], []),
    # ---- bearing responsibility: blame by the one who says it, not a claim ("bears" is no "takes")
    ("Twelve people were killed in Kherson on Monday. Ukraine's foreign ministry said Russia bears full "
     "responsibility for the attack.", [("Russia", "foreign ministry", "accuses")], []),
    ("An explosion killed 30 people in Gaza City on Tuesday. The Israeli military said Hamas bears responsibility "
     "for the deaths.", [("Hamas", "Israeli military", "accuses")], []),
    ("A bomb killed nine people in Quetta on Monday. The minister said the Pakistani Taliban bear full "
     "responsibility for the blast.",
     [("Pakistani Taliban", "minister", "accuses")], []),
    # ---- a deed told as not done by its object ("carried out no strikes", "fired no shots"): a denial
    ("An air strike killed 12 people at a market in Kafr Ruma on Monday, activists said. The Russian defence "
     "ministry said its aircraft carried out no strikes in the area.",
     [("Russian defence ministry|its aircraft", "defence ministry", "denies")], []),
    ("Shelling killed 7 people in Kumba on Friday, residents said. The army said its soldiers fired no shots in "
     "the town.", [("army|its soldiers", "army", "denies")], []),
    ("A drone strike killed 9 people in Tigray on Friday, aid workers said. The Ethiopian government said its "
     "forces had carried out no air strikes in the region.",
     [("Ethiopian government|its forces", "Ethiopian government", "denies")], []),
    ("Israeli jets carried out no fewer than 30 strikes on Gaza City overnight, killing 12 people, the ministry "
     "said.", [("Israeli jets", "ministry", "accuses")], []),
    # ---- a party telling what it does, in the simple present, claims no deed; "does not target civilians"
    # still denies, and "said it killed" still claims
    ("Shelling killed 7 people in Kharkiv on Monday, officials said. Russia says it only targets military "
     "infrastructure.", [], []),
    ("A drone strike killed 9 people in Beledweyne on Friday, residents said. The US military says its drones "
     "strike only al-Shabaab fighters.", [], []),
    ("A missile hit a tanker off Hodeidah on Sunday, killing 3 sailors, the shipping company said. The Houthis say "
     "their forces target ships linked to Israel.", [], []),
    ("Shelling killed 7 people in Kharkiv on Monday, officials said. Russia says it does not target civilians.",
     [("Russia", "Russia", "denies")], []),
    # ---- a deed prevented is not done: "foiled a plot to bomb", "thwarted a plan to attack"
    ("Gunmen killed 5 worshippers at a church in Kaduna on Sunday, police said. Police said they foiled a plot to "
     "bomb another church in the city.", [], []),
    ("A drone strike killed 4 people in Kyiv on Monday, officials said. Ukraine's SBU said it foiled a plot to "
     "assassinate President Zelensky.", [], []),
    ("Militants killed 6 soldiers in Bannu on Monday, the ISPR said. Security forces thwarted a plan to attack a "
     "school in Peshawar, it said.", [("Militants", "ISPR", "accuses")], []),
    # ---- a web page's date line run into the lede is no part of the actor
    ("Published July 5 2015 U.S.-led coalition aircraft unleashed a series of airstrikes targeting Raqqa, "
     "killing 10 militants, activists said.",
     [("U.S.-led coalition aircraft", "activists", "accuses")], []),
    ("Updated: 12 March 2024 14:05 GMT Russian forces shelled Kherson on Tuesday, killing three civilians, the "
     "governor said.",
     [("Russian forces", "governor", "accuses")], []),
    # ---- a name the tagger does not know, said in an apposition to be an armed body, can be blamed (Nigeria,
    # DR Congo); an aid group so described stays none
    ("Gunmen killed seven members of a vigilance group near Sabon Birni on Saturday, police said. The police "
     "blamed the attack on Lakurawa, an armed group that has expanded its operations in Sokoto.",
     [("Lakurawa", "police", "accuses")], [("Gunmen", "police", "accuses")]),
    ("Gunmen killed 12 civilians in Fizi on Sunday. Local officials blamed the killings on the Mai-Mai Yakutumba, a "
     "militia active in South Kivu.", [("Mai-Mai Yakutumba", "Local officials", "accuses")],
     [("Gunmen", "the outlet", "accuses")]),
    # ---- a claimant's name with its particle apart, and its ties told before it (Somalia, Yemen, Afghanistan)
    ("A car bomb killed 20 people at a checkpoint in Beledweyne on Saturday. The al Qaeda-linked al Shabaab group "
     "claimed responsibility in a statement on its Andalus radio station.",
     [("al Shabaab", "al Shabaab", "claims_responsibility")], []),
    ("A bomb killed 12 worshippers at a mosque in Jalalabad on Friday. The al Qaeda-allied al Nusra group claimed "
     "responsibility.", [("al Nusra", "al Nusra", "claims_responsibility")], []),
    # ---- a commander speaking of "his fighters" speaks for the body he commands (Ethiopia, Myanmar)
    ("Fano fighters attacked the town of Debre Tabor on Monday, killing 12 soldiers. A Fano commander said his "
     "fighters had killed 40 soldiers.",
     [("Fano", "Fano commander", "claims_responsibility")], [("Fano fighters", "the outlet", "accuses")]),
    ("Resistance fighters attacked a junta base near Bhamo on Sunday, killing 20 soldiers. A KIA commander told "
     "Reuters his troops had killed 30 junta soldiers and seized the base.",
     [("KIA", "KIA commander", "claims_responsibility")], []),
    # ---- blamed for words, not deeds: no blame for the incident (Sudan, Ukraine)
    ("The RSF seized Abu Zabad on Thursday, killing 47 civilians, a local group said. The RSF in a statement blamed "
     "\"the remnants of the former regime\" for spreading \"fabricated\" reports.",
     [("RSF", "local group", "accuses")], []),
    ("A missile struck a railway station in Kramatorsk on Friday, killing 52 people, Ukrainian officials said. The "
     "Kremlin blamed Western media for spreading lies about the strike.", [], []),
    # ---- parties held responsible together are each blamed, by whoever holds them so (Syria, Nigeria)
    ("A car bomb exploded in al-Bab on Saturday, killing six people. The local council held the Syrian Democratic "
     "Forces (SDF) and the Syrian regime responsible for the explosion.",
     [("Syrian Democratic Forces", "local council", "accuses"), ("Syrian regime", "local council", "accuses")], []),
    ("A suicide bomber killed 14 people at a market in Konduga on Friday. The governor held Boko Haram and ISWAP "
     "responsible for the attack.", [("Boko Haram", "governor", "accuses"), ("ISWAP", "governor", "accuses")], []),
    # ---- accused "of being behind" or "responsible for" the deed, or of the deed named by a noun; the blamer
    # of "rushed to accuse", "was quick to blame" (Syria, Pakistan, Ukraine, Nigeria)
    ("A car bomb exploded in Afrin on Tuesday, killing five civilians. Turkish-backed factions rushed to accuse the "
     "Syrian Democratic Forces (SDF) of being behind the explosion.",
     [("Syrian Democratic Forces", "Turkish-backed factions", "accuses")], []),
    ("A bomb exploded at a checkpoint in Quetta on Sunday, killing seven policemen. The provincial government "
     "accused the BLA of being behind the blast.", [("BLA", "provincial government", "accuses")], []),
    ("A drone struck a bus in Kherson on Monday, killing three people. Kyiv accused Moscow of being responsible for "
     "the attack.", [("Moscow", "Kyiv", "accuses")], [("drone", "the outlet", "accuses")]),
    ("A bomb killed nine people in Kaduna on Monday. The state government was quick to blame Ansaru for the "
     "attack.", [("Ansaru", "state government", "accuses")], []),
    # ---- a state's warships shell as its aircraft strike (Myanmar, Yemen); a warlord's men are a party (Nigeria)
    ("Four villagers were killed when a junta naval vessel shelled Kyauk Ta Lone village on Monday night, according "
     "to local residents.", [("junta naval vessel", "local residents", "accuses")], []),
    ("Three fishermen were killed off Hodeidah on Friday when a Saudi warship shelled their boats, the Houthi-run "
     "Saba agency said.", [("Saudi warship", "Saba", "accuses")], []),
    ("Bandits killed 12 people in Kucheri on Sunday. Residents said the attackers were fighters loyal to a notorious "
     "bandit leader, Dan Kwalba.", [("fighters loyal to a notorious bandit leader, Dan Kwalba", "Residents",
                                     "accuses")], [("Bandits", "Residents", "accuses")]),
    ("Nine villagers were killed in Kalehe on Friday. Local officials said the attackers were gunmen loyal to a "
     "local commander, Juma Kalema.", [("gunmen loyal to a local commander, Juma Kalema", "Local officials",
                                         "accuses")], []),
    # ---- a body's "military" or "council" shares no side with the militias it names (Syria, Sudan, DR Congo)
    ("In a statement on Wednesday, the Deir ez-Zor Military Council said its fighters repelled an attack by Iranian "
     "militias on Thiban, killing four of the attackers.",
     [("Iranian militias", "Deir ez-Zor Military Council", "accuses")], []),
    ("Gunmen killed 14 villagers near Tawila on Sunday. A military spokesman for the Sudan Liberation Movement said "
     "Janjaweed militias attacked the village at dawn.",
     [("Janjaweed militias", "military spokesman for the Sudan Liberation Movement", "accuses")], []),
    ("Gunmen killed 9 people in Kalehe on Monday. The Kalehe Territory Council said Raia Mutomboki militias carried "
     "out the attack.", [("Raia Mutomboki militias", "Kalehe Territory Council", "accuses")], []),
    # ---- a region of a country struck is a place, not a party (Syria, Israel)
    ("Air strikes killed 12 civilians in Maarat al-Numan on Monday, the White Helmets said, condemning the continued "
     "bombing of north-west Syria.", [], [("Air strikes", "White Helmets", "accuses")]),
    ("Rockets killed two people in Metula on Sunday, Israeli officials said, amid the heavy shelling of northern "
     "Israel.", [], []),
    # ---- a party tells its own strike with "conducted" (Somalia, Gaza, Yemen, Iraq)
    ("Five people were killed in an air strike near Jilib on Tuesday, residents said. The U.S. Africa Command said it "
     "conducted an airstrike against al-Shabaab near Jilib.",
     [("U.S. Africa Command", "U.S. Africa Command", "claims_responsibility")], []),
    ("At least 12 people were killed in a strike on a school in Gaza City on Saturday, the civil defence agency said. "
     "The Israeli military said it conducted a \"precise strike\" on Hamas militants inside the school.",
     [("Israeli military", "Israeli military", "claims_responsibility")], []),
    ("Four people were killed in Hodeidah on Friday, the Houthi-run health ministry said. The U.S. military said it "
     "had conducted strikes on Houthi radar sites.",
     [("U.S. military", "U.S. military", "claims_responsibility")], []),
    # ---- a titled man's "his forces" are his party's (Sudan, Myanmar, Yemen)
    ("At least 20 people were killed in Abu Zabad on Monday, medics said. An RSF field commander said his forces had "
     "killed \"more than 120\" army soldiers.",
     [("RSF", "An RSF field commander", "claims_responsibility")], []),
    ("Nine soldiers were killed near Hpapun on Tuesday, residents said. KNLA commander Saw Kler said his troops had "
     "ambushed a junta column near the town.",
     [("KNLA", "KNLA commander Saw Kler", "claims_responsibility")], []),
    ("Two sailors were killed aboard the ship on Wednesday, the shipping company said. Houthi military spokesman "
     "Yahya Saree said his forces had targeted the vessel with missiles.",
     [("Houthi", "Houthi military spokesman Yahya Saree", "claims_responsibility")], []),
    # ---- a standing denial of a practice is background, a denial of the deed is not (Syria, Yemen, Sudan)
    ("Air strikes killed 11 civilians in Maarat al-Numan on Tuesday, the Syrian Observatory for Human Rights said. "
     "Moscow has repeatedly denied targeting civilians.", [], [("Air strikes", O, "accuses")]),
    ("Barrel bombs killed nine people in Daraya on Friday, activists said. Syria's government has consistently denied "
     "using barrel bombs.", [], []),
    ("An air strike killed 22 people in Nyala on Sunday, the Emergency Lawyers said. The Sudanese army routinely "
     "denies targeting civilians.", [], []),
    ("RSF fighters stormed villages in Gezira, killing 40 people, activists said. The paramilitary group has in the "
     "past denied targeting civilians.", [("RSF fighters", "activists", "accuses")], []),
    ("Russian missiles hit Kharkiv, killing six people, the governor said. Moscow has in the past denied targeting "
     "civilians.", [("Russian missiles", "governor", "accuses")], []),
    ("A coalition air strike killed 14 people at a market in Saada on Monday, Houthi-run media said. The Saudi-led "
     "coalition denied carrying out the strike.",
     [("coalition", "Houthi-run media", "accuses"), ("Saudi-led coalition", "Saudi-led coalition", "denies")], []),
    ("Russian jets killed nine people in Kafr Nabl on Sunday, rescuers said. Russia, which has backed Assad's forces "
     "since 2015, has previously denied targeting civilians.",
     [("Russian jets", "rescuers", "accuses")], []),
    # ---- what a party "has since carried out" after the incident is its record, no blame for it (Syria, Somalia,
    # Ukraine)
    ("A car bomb killed six people in Ras al-Ain on Monday. The YPG/PKK has since carried out repeated car and "
     "motorcycle bomb attacks against civilians in the area.", [], []),
    ("A suicide bomber killed nine soldiers at a base near Baidoa in March. Al-Shabaab has since carried out repeated "
     "mortar and grenade attacks on the base, officials said.", [], []),
    ("A missile killed seven people in Kharkiv on Monday, the governor said. Russian forces have since carried out "
     "repeated drone and missile attacks on the city.", [], []),
    # ---- "did not carry out any combat missions" denies the strike (Syria, Sudan)
    ("An air strike killed 18 people at a market in Maarrat Misrin on Monday, the civil defence said. The Russian "
     "Defense Ministry said the Russian Aerospace Forces \"did not carry out any combat missions\" in the area.",
     [("Russian Aerospace Forces", "Russian Defense Ministry", "denies")], []),
    ("An air strike killed 20 people in Nyala on Sunday, residents said. The army said its air force did not carry "
     "out any combat missions over Nyala that day.", [("its air force|army", "army", "denies")], []),
    # ---- how one side's media name the other's aircraft (Gaza, Syria's Kurdish outlets)
    ("The occupation aircraft fired at least two missiles at a house in Khan Younis on Tuesday, killing three people, "
     "local sources told WAFA.", [("occupation aircraft", "local sources", "accuses")], []),
    ("On Friday the occupation drones struck a car near Qamishli, killing two fighters, the SDF media centre said.",
     [("occupation drones", "SDF media centre", "accuses")], []),
    # ---- "waged" an attack or an assault is the deed, "waged a war" a campaign (Yemen, Ukraine)
    ("Five fishermen were killed off Hodeidah on Friday. Coalition warships waged an attack on their boats, a local "
     "official said.", [("Coalition warships", "a local official", "accuses")], []),
    ("Three soldiers were killed near Robotyne on Monday. Russian forces waged an assault on the village overnight, "
     "the Ukrainian military said.", [("Russian forces", "Ukrainian military", "accuses")], []),
    ("The Houthis have waged a war against the government since 2014. A drone hit Marib on Monday, killing two "
     "people, officials said.", [], []),
    ("Air strikes killed 12 people in Raqqa. A second campaign is being waged against Islamic State in northwest Syria "
     "by Turkey and Syrian rebel groups allied to Ankara.", [], [("Air strikes", O, "accuses")]),
    # ---- "outlaw groups" are an armed party (Libya, Colombia)
    ("Clashes in Zawiya killed nine people on Thursday. The Zawiya Municipal Council blamed \"outlaw groups\" for "
     "\"terrorising the city's residents\".", [("outlaw groups", "Zawiya Municipal Council", "accuses")], []),
    ("Fighting killed 11 people in Tibu on Monday. The governor of Norte de Santander blamed outlaw groups for the "
     "violence.", [("outlaw groups", "governor of Norte de Santander", "accuses")], []),
    # ---- an accuser's blame told in passing inside a denial stays its accusation (Syria, Ukraine)
    ("A car bomb killed 12 people in Afrin on Monday, a local source said. SDF media office head Farhad Shami said "
     "the accusations made by Turkey's defence ministry, which blamed the SDF for the attack, were \"baseless\".",
     [("SDF", "Turkey's defence ministry", "accuses"), ("SDF", "Farhad Shami", "denies")], []),
    ("Shelling hit the Zaporizhzhia nuclear plant on Sunday, killing two workers, the plant's management said. Kyiv "
     "said the claims by Moscow, which blamed Ukrainian forces for the shelling, were false.",
     [("Ukrainian forces", "Moscow", "accuses"), ("Ukrainian forces", "Kyiv", "denies")], []),
    # ---- "those responsible are X" names who did it (Syria, Nigeria)
    ("A car bomb killed 12 people in Afrin on Monday. \"Those responsible are the occupation's own mercenaries,\" "
     "Farhad Shami said.", [("the occupation's own mercenaries", "Farhad Shami", "accuses")], []),
    ("A suicide bomber killed nine people in Maiduguri on Monday. The police commissioner said those responsible were "
     "Boko Haram fighters.", [("Boko Haram fighters", "police commissioner", "accuses")], []),
    # ---- a rebel group's spokesman names his own side "rebels" (Syria, Myanmar)
    ("At least 11 soldiers were killed near Rastan on Monday. A spokesman for the rebel Free Syrian Army said rebels "
     "had destroyed four tanks and killed \"more than 40\" soldiers.",
     [("rebels", "Free Syrian Army", "claims_responsibility")], []),
    ("At least 11 soldiers were killed near Rastan on Monday. The Syrian Observatory for Human Rights said rebels "
     "had ambushed a column.", [("rebels", "Syrian Observatory for Human Rights", "accuses")], []),
    ("Nine soldiers were killed near Myawaddy on Monday. A spokesman for the Karen National Liberation Army said "
     "rebels had attacked two junta outposts.",
     [("rebels", "Karen National Liberation Army", "claims_responsibility")], []),
    ("Fighting killed 12 soldiers near Sake. A spokesman for the M23 said rebel fighters had ambushed an army convoy.",
     [("rebel fighters", "M23", "claims_responsibility")], []),
    # ---- "came under fire from X", "an attack from X": the fire comes from a party (CAR, Burkina Faso, Ukraine);
    # not from a place or a direction
    ("A MINUSCA patrol came under fire from elements of the 3R armed group near Bocaranga, killing two peacekeepers, "
     "the mission said.", [("elements of the 3R armed group", "mission", "accuses")], []),
    ("An army post near Djibo came under attack from JNIM militants on Sunday, leaving 12 soldiers dead, security "
     "sources said.", [("JNIM militants", "security sources", "accuses")], []),
    ("Kupiansk came under attack from Russian forces overnight, killing four civilians, the governor said.",
     [("Russian forces", "governor", "accuses")], []),
    ("The convoy came under fire from Syria on Tuesday, killing two Turkish soldiers.", [], []),
    ("The US-led coalition came under fire from Human Rights Watch over a strike in northern Syria in which 12 "
     "people were killed.", [], []),
    ("The town came under attack from several fronts on Monday, and 12 people were killed.", [], []),
    ("Villagers fled an attack from the north on Sunday that left 12 dead in Kafr Nabl.", [], []),
    # ---- blame argued as "the work of", "the fingerprints of" a party, named or described (Syria, Afghanistan,
    # Nigeria); no side calls itself "the enemies of Islam"
    ("A car bomb killed eight people in Afrin on Monday. Farhad Shami said this explosion is the work of one of the "
     "mercenary factions.", [("one of the mercenary factions", "Farhad Shami", "accuses")], []),
    ("A blast killed 12 at a mosque in Kabul on Friday. The Islamic Emirate's spokesman condemned the attack, calling "
     "it the work of the enemies of Islam.", [("the enemies of Islam", "Islamic Emirate's spokesman", "accuses")], []),
    ("A car bomb killed six people in Azaz. The local council said the attack bore the fingerprints of the YPG.",
     [("YPG", "local council", "accuses")], []),
    ("A bomb killed nine people in Maiduguri. The governor said the attack was the work of Boko Haram.",
     [("Boko Haram", "governor", "accuses")], []),
    # ---- "the occupier" names the other side as "the occupiers" does (Ukraine, Syria)
    ("Two civilians were killed in Kherson on Monday when the Russian occupier shelled the city, the governor said.",
     [("Russian occupier", "governor", "accuses")], []),
    ("A raid killed 11 civilians in Ariha on Monday. The National Front for Liberation said the Russian occupier had "
     "carried out the raid.", [("Russian occupier", "National Front for Liberation", "accuses")], []),
    # ---- attacks in the plural as the doers of a day's toll (Ukraine, Sudan, Nigeria, Yemen); a campaign's
    # attacks and their running count blame no one for this incident
    ("Russian attacks killed two people and injured seven in Donetsk Oblast over the past day, Governor Vadym "
     "Filashkin said.", [("Russian", "Vadym Filashkin", "accuses")], []),
    ("RSF attacks killed 15 civilians in El Fasher on Friday, the resistance committees said.",
     [("RSF", "resistance committees", "accuses")], []),
    ("Boko Haram attacks killed 12 people in two villages of Borno on Sunday, officials said.",
     [("Boko Haram", "officials", "accuses")], []),
    ("Houthi attacks wounded four soldiers in Taiz on Sunday, the army said.", [("Houthi", "army", "accuses")], []),
    ("A drone hit a house in Kherson on Monday, killing two people, officials said. Russian attacks on the energy "
     "grid have caused blackouts across Ukraine.", [], []),
    ("A bomb exploded in a market in Maiduguri on Monday, killing five people, police said. Boko Haram attacks "
     "have killed more than 35,000 people since 2009.", [], []),
    # ---- a mine left (behind) by a party is its deed (Syria, Ukraine, Iraq); a town left by an army is no deed
    ("Four people were killed when a landmine left behind by IS exploded near Al-Sukhnah on Monday, the "
     "Observatory said.", [("IS", "Syrian Observatory for Human Rights", "accuses")], []),
    ("Two farmers were killed in Kharkiv region on Monday by a mine left by Russian forces, the governor said.",
     [("Russian forces", "governor", "accuses")], []),
    ("A shepherd was killed by an explosive device left by Daesh terrorists near Tal Afar, the police said.",
     [("Daesh terrorists", "police", "accuses")], []),
    ("The town was left by the army on Monday, hours before shelling killed three people, residents said.", [], []),
    # ---- "the occupation" as the doer, the way Palestinian and Syrian Kurdish outlets name the other side; an
    # occupation told with what it holds is no doer
    ("The Israeli occupation bombed a house in Jabalia on Monday, killing seven people, WAFA said.",
     [("Israeli occupation", "WAFA", "accuses")], []),
    ("The occupation targeted a house in Khan Younis on Tuesday, killing five people, medical sources told WAFA.",
     [("occupation", "medical sources", "accuses")], []),
    ("The Turkish occupation shelled the village of Um al-Kef on Monday, wounding two civilians, ANHA said.",
     [("Turkish occupation", "ANHA", "accuses")], []),
    ("Three people were killed by the occupation in Tulkarm on Monday, the health ministry said.",
     [("occupation", "health ministry", "accuses")], []),
    ("The occupation of Afrin in 2018 displaced 137,000 people. A car bomb killed five people in Afrin on Monday, "
     "police said.", [], []),
    # ---- the doers told with where they were posted, the participle read as the clause's verb (Syria, Yemen,
    # Ukraine, South Sudan)
    ("Local sources told SANA reporter that terrorists positioned in Binnish and Maaret Masrin towns targeted "
     "al-Fouaa and Kafraya towns with rocket shells, injuring five citizens.",
     [("terrorists", "Local sources", "accuses")], []),
    ("Terrorists positioned in Aleppo's western countryside on Monday targeted al-Hamdaniya neighborhood with rocket "
     "shells, killing two civilians, a source at Aleppo Police Command told SANA.",
     [("Terrorists", "a source at Aleppo Police Command", "accuses")], []),
    ("Houthi fighters positioned in the mountains east of Taiz shelled the city on Monday, killing three children, "
     "a medic said.", [("Houthi fighters", "a medic", "accuses")], []),
    ("Russian troops stationed in Enerhodar shelled Nikopol on Monday, wounding two people, the governor said.",
     [("Russian troops", "governor", "accuses")], []),
    ("Militants stationed in the hills above Pibor fired rockets at the town on Sunday, killing four people, "
     "officials said.", [("Militants", "officials", "accuses")], []),
    ("Insurgents positioned near Mocimboa da Praia on Sunday targeted a convoy, killing four soldiers, sources "
     "said.", [("Insurgents", "sources", "accuses")], []),
    ("The army deployed in Idlib on Monday. Shelling killed three people in Saraqeb, activists said.", [], []),
    # ---- a label alone names no party: the deed described, or the attacker himself (Syria, Iraq, Burkina Faso);
    # the plural, a group and a named party stay
    ("A terrorist attack killed five people in Hama on Monday, SANA said.", [], []),
    ("A terrorist wearing an explosive belt blew himself up in Baghdad on Monday, killing nine people, the Interior "
     "Ministry said.", [], []),
    ("Twelve soldiers were killed in a terrorist attack near Djibo on Sunday, the army general staff said.", [], []),
    ("Terrorists fired rocket shells on Aleppo on Monday, killing two civilians, a police source told SANA.",
     [("Terrorists", "a police source", "accuses")], []),
    ("A terrorist group attacked a checkpoint in North Sinai on Monday, killing four soldiers, the army said.",
     [("terrorist group", "army", "accuses")], []),
    ("The terrorist Rapid Support militia shelled El Fasher on Monday, killing six people, the army said.",
     [("terrorist Rapid Support militia", "army", "accuses")], []),
    # ---- who fought off an attack is not whom it is blamed on, killing or not (Sudan, Nigeria, Syria, Somalia): the
    # attackers are, by their attack
    ("The army said it repelled an RSF attack on El Fasher on Monday, killing 20 of the assailants.",
     [("RSF", "army", "accuses")], []),
    ("Troops repulsed a Boko Haram attack on Monguno on Sunday, killing 15 insurgents, the army said.",
     [("Boko Haram", "army", "accuses")], []),
    ("The Syrian Democratic Forces said their fighters repelled an attack by Turkish-backed factions near Ain Issa, "
     "killing eight of the attackers.", [("Turkish-backed factions", "Syrian Democratic Forces", "accuses")], []),
    ("Somali forces repelled an al-Shabaab assault on a base near Awdheegle, killing 30 militants, the information "
     "ministry said.", [("al-Shabaab", "information ministry", "accuses")], []),
    # ---- a group the actor table knows, tagged as a place by the parser (DR Congo); a place stays no party
    ("The M23 fired mortars at Wazalendo positions near Sake on Monday, killing five civilians, a local official "
     "said.", [("M23", "a local official", "accuses")], []),
    ("Goma shelled: five civilians were killed in Sake on Monday, a local official said.", [], []),
    # ---- groups of the Central African Republic, Cameroon, Nigeria and Ethiopia the parser does not know as names
    ("3R fighters attacked the village of Bohong on Sunday, killing 12 civilians, MINUSCA said.",
     [("3R fighters", "MINUSCA", "accuses")], []),
    ("Lakurawa attacked the village of Mera in Kebbi State on Sunday, killing 13 people, police said.",
     [("Lakurawa", "police", "accuses")], []),
    ("The ONLF attacked a police post in Degehabur on Monday, killing four officers, the regional government said.",
     [("ONLF", "regional government", "accuses")], []),
    # ---- an accusation in the passive, of this incident's deed (Sudan, Myanmar, Ukraine, Ethiopia); not of a
    # record, of other things, or by a pronoun
    ("The Rapid Support Forces were accused of killing at least 40 people in Wad al-Noura, according to the "
     "Sudan Doctors Network.", [("Rapid Support Forces", "Sudan Doctors Network", "accuses")], []),
    ("Tatmadaw troops are accused of burning the village of Let Yet Kone and killing 13 people, the local "
     "administration said.", [("Tatmadaw troops", "local administration", "accuses")], []),
    ("Russian forces were accused by Ukrainian officials of shelling the market in Kostiantynivka, where 16 people "
     "died.", [("Russian forces", "Ukrainian officials", "accuses")], []),
    ("Fano militiamen were accused by the regional government of the attack on the bus near Gondar that killed "
     "nine passengers.", [("Fano militiamen", "regional government", "accuses")], []),
    ("The RSF has been accused of killing thousands of people since 2023, and on Sunday 12 people died in "
     "El Fasher.", [], []),
    ("Israel is often accused of killing civilians, and on Monday a strike killed four people in Khan Younis.",
     [], []),
    ("Hezbollah was accused of helping the government in Qusayr, where 20 people died in clashes.", [], []),
    # deeds told in the plural are a record, not this incident (Syria, Mali, Ethiopia)
    ("Six people died in a strike on Maarat al-Numan. Russia and the Syrian government have been accused by rights "
     "groups of repeatedly targeting hospitals and markets in the province.", [], []),
    ("Nine soldiers died in Boni on Sunday. JNIM has also been accused by rights groups of massacres of civilians in "
     "the centre of the country.", [], []),
    ("A drone strike killed 12 people in Gondar on Monday. Ethiopian forces were accused by rights groups of using "
     "drone strikes against civilians during that war.", [], []),
    ("The RSF, which has been accused of genocide in Darfur, shelled Babanusa on Monday, killing six people.",
     [("RSF", O, "accuses")], []),
    # an accusation of a deed the parser reads as the victims' adjective ("of massacring civilians") (Yemen, Niger,
    # Ethiopia)
    ("A rocket hit a market in Saada on Monday, killing nine people. The Houthis accused the coalition of massacring "
     "civilians at the market.", [("coalition", "Houthis", "accuses")], []),
    ("Gunmen killed 22 people in Tillaberi on Friday. Local leaders accused the army of massacring villagers.",
     [("army", "Local leaders", "accuses")], []),
    ("An air strike on a market in Togoga killed 51 people on Tuesday. Getachew Reda, a TPLF spokesperson, accused "
     "the Ethiopian air force of \"deliberately massacring civilians on a market day\".",
     [("Ethiopian air force", "Getachew Reda", "accuses")], []),
    # doers the parser took for the object of "said" when a relative clause stands between them and the deed; the
    # party's name without that clause (DRC, Myanmar, Burkina Faso, Sudan)
    ("Twelve people were killed on Monday. Ruphin Mapela said attackers from the CODECO militia, which says it "
     "defends the Lendu, raided the Ngazba camp.", [("attackers from the CODECO militia", "Ruphin Mapela", "accuses")],
     []),
    ("Nine villagers were killed on Sunday. A witness said fighters from the Arakan Army, which now controls most of "
     "the township, burned houses in Let Yet Kone.", [("fighters from the Arakan Army", "A witness", "accuses")], []),
    ("Thirty people were killed on Friday. The mayor said militants from the JNIM group, which is linked to al-Qaeda, "
     "attacked the market in Djibo.", [("militants from the JNIM group", "mayor", "accuses")], []),
    ("At least 40 people were killed on Wednesday. A local official said fighters from the RSF, who arrived in dozens "
     "of vehicles, stormed Wad al-Noura.", [("fighters from the RSF", "A local official", "accuses")], []),
    # a person's post the parser reads as a second subject (a relative clause after it) is not who speaks: the person
    # is (Ethiopia; Somalia and Mali parse as apposition and stay)
    ("An air strike on a market in Samre killed at least 30 people.\n\nGetachew Reda, a spokesperson for the Tigray "
     "People's Liberation Front (TPLF), which controls most of the region, accused the Ethiopian air force of "
     "massacring civilians.", [("Ethiopian air force", "Getachew Reda", "accuses")], []),
    ("Five people were killed.\n\nAbdullahi Hassan, a police officer, told Reuters that al-Shabaab fighters "
     "attacked the camp.", [("al-Shabaab fighters", "Abdullahi Hassan", "accuses")], []),
    ("Six soldiers were killed in Kidal.\n\nMoussa Ag Acharatoumane, a leader of the MSA armed group, said the army "
     "had shelled the camp.", [("army", "Moussa Ag Acharatoumane", "accuses")], []),
    # an officer named with his rank in short speaks for his side: its troops' deed is claimed (Nigeria, Myanmar)
    ("Troops laid an ambush along the Bama-Banki road and killed five terrorists, Col. Usman Abdulkadir said.",
     [("Troops", "Col. Usman Abdulkadir", "claims_responsibility")], []),
    ("Troops killed 12 fighters of the PDF near Kalay on Monday, Maj-Gen Zaw Min Tun said.",
     [("Troops", "Maj-Gen Zaw Min Tun", "claims_responsibility")], []),
    # a party claiming that civilians were killed accuses, it claims no deed; fighters killed it claims (Ukraine, Gaza,
    # Somalia, Afghanistan)
    ("A missile hit Chernihiv on Wednesday. The Kiev regime claimed that 13 civilians had been killed in the strike.",
     [], [(None, None, "accuses")]),
    ("An air strike hit a school in Gaza City on Saturday. Hamas claimed that 40 people had been killed in the "
     "strike.", [], [(None, None, "accuses")]),
    ("A base in Lower Shabelle was attacked on Sunday. Al-Shabaab claimed that 23 soldiers had been killed.",
     [("Al-Shabaab", "Al-Shabaab", "claims_responsibility")], []),
    ("Fighting broke out in Kunar on Monday. The Taliban claimed that dozens of militants were killed.",
     [("Taliban", "Taliban", "claims_responsibility")], []),
    # words "carried by" an outlet are no deed ("carried out by" is) (Somalia, Iran)
    ("In a statement carried by its Radio Andalus, al-Shabaab said its fighters killed 30 soldiers in Jowhar.",
     [("al-Shabaab fighters", "al-Shabaab", "claims_responsibility")], []),
    ("A report carried by the official IRNA news agency said 12 border guards were killed in Saravan by Jaish "
     "al-Adl.", [("Jaish al-Adl", "IRNA", "accuses")], []),
    # Colombia's "dissidents" are the FARC's, a party
    ("On Saturday, dissidents attacked a police station in Suarez, killing two officers, the army said.",
     [("dissidents", "army", "accuses")], []),
    # a name written with its particle in lower case ("al-Shabab", "al-Qaeda") is a name, not a description: its claim
    # under the headline's stays (Somalia, Syria)
    ("Al-Shabab claims Mogadishu restaurant bombing\n\nThe al-Shabab militant group has claimed responsibility for a "
     "car bomb in Mogadishu on Sunday night, killing at least 14 people, officials said.",
     [("al-Shabab", "al-Shabab", "claims_responsibility")], []),
    ("Nusra claims Idlib bombing\n\nThe al-Nusra Front has claimed responsibility for a car bomb at an army "
     "checkpoint in Idlib that killed 12 soldiers, a monitor said.",
     [("al-Nusra Front", "al-Nusra Front", "claims_responsibility")], []),
]


@pytest.mark.parametrize("text, partner", [
    # a party accused together with another of something that is no violence is not blamed with it (Syria, Ukraine)
    ("Airstrikes killed 12 people in Aleppo on Sunday. The Russian defence ministry accused \"terrorists and the "
     "opposition\" of using the ceasefire to \"boost their forces\".", "opposition"),
    ("Shelling killed four people in Kherson on Monday. Kyiv accused Moscow and its proxies of using the truce to "
     "regroup.", "proxies"),
])
def test_a_partner_accused_of_no_violence_is_not_blamed(nlp, make_article, text, partner):
    assert not any(partner in perp for perp, _, _ in perpetrator_claims(nlp, make_article, text))


@pytest.mark.parametrize("text, evidence", [
    # the evidence of a deed runs to its object's own word when what hangs on the object is long (Syria, Yemen)
    ("A source said the army carried out an air strike on the village of Kafr Nabl in the south of Idlib province, "
     "killing 5 people.", "army carried out an air strike"),
    ("Saba said the coalition carried out three raids on the port of Ras Isa in Hodeidah province on Thursday, "
     "killing 14 workers.", "coalition carried out three raids"),
])
def test_the_evidence_of_a_deed_holds_its_object(nlp, text, evidence):
    from sitrep.extract.perpetrators import sentence_perpetrators
    found = sentence_perpetrators(next(iter(nlp(text).sents)))
    assert evidence in [text[s:e] for _, _, s, e, _ in found]


@pytest.mark.parametrize("text, required, optional", ROWS)
def test_perpetrator_wording(nlp, make_article, text, required, optional):
    got = perpetrator_claims(nlp, make_article, text)
    missing, extra = judge(got, required, optional)
    assert not missing and not extra, f"missing {missing}, extra {extra}, got {got}"


@pytest.mark.parametrize("text, actor", [
    ("Published July 5 2015 U.S.-led coalition aircraft unleashed a series of airstrikes targeting Raqqa, "
     "killing 10 militants, activists said.", "U.S.-led coalition aircraft"),
    ("Updated: 12 March 2024 14:05 GMT Russian forces shelled Kherson on Tuesday, killing three civilians, the "
     "governor said.", "Russian forces"),
    ("Posted on Monday, June 3, 2019 Boko Haram fighters attacked Gwoza, killing 9 people, residents said.",
     "Boko Haram fighters"),
    # a capitals dateline opening the body under the headline (Somalia, Nigeria)
    ("Al-Shabaab executes five men in Jilib\n\nJILIB - Al-Shabaab militants on Saturday publicly executed five men "
     "accused of spying, residents said.", "Al-Shabaab militants"),
    ("Bandits kill 12 in Zamfara village\n\nGUSAU - Bandits killed 12 villagers in Maru on Sunday, police said.",
     "Bandits"),
    # a town and an agency's initials before a dash (Syria, Palestine)
    ("Israeli aggression on Damascus countryside\n\nDamascus, SANA – The Israeli enemy carried out an aerial "
     "aggression on Sunday targeting a site in Kisweh, killing two soldiers.", "Israeli enemy"),
    ("Five citizens killed in Jabalia\n\nGaza, WAFA — Occupation aircraft targeted a house in Jabalia, killing five "
     "citizens.", "Occupation aircraft"),
    ("Car bomb in Da'el\n\nDamascus Countryside, (SANA)- An armed terrorist group on Thursday detonated a car bomb in "
     "Da'el town, killing five people.", "An armed terrorist group"),
    ("Raid on Saada\n\nSaada, (SABA)- Houthi gunmen on Monday attacked a checkpoint in Haydan, killing four "
     "soldiers.", "Houthi gunmen"),
    # a place run into the name, with the commas of the copy lost
    ("In the remote northeastern city of Hassakeh ISIS suicide bombers detonated an explosives-laden truck near a "
     "power plant, killing 12 people.", "ISIS suicide bombers"),
])
def test_a_date_line_is_no_part_of_the_actor(nlp, make_article, text, actor):
    assert [p for p, _, _ in perpetrator_claims(nlp, make_article, text)] == [actor]


# An organisation named with its acronym keeps the words the parser cuts at the first preposition (Mali, DR Congo,
# Nigeria), and blame "attributed" keeps its party when the parser hangs "to X" on the attack (Colombia).
@pytest.mark.parametrize("text, actor", [
    ("The Group for the Support of Islam and Muslims (JNIM) claimed responsibility for the attack that killed 30 "
     "soldiers in Djibo.", "Group for the Support of Islam and Muslims (JNIM)"),
    ("Militiamen killed 14 people in Djugu on Sunday. The Union of Revolutionaries for the Defense of the Congolese "
     "People (URDPC) denied any involvement.", "Union of Revolutionaries for the Defense of the Congolese People (URDPC)"),
    ("The Movement for the Emancipation of the Niger Delta (MEND) claimed the attack that killed seven oil workers "
     "in Bayelsa.", "Movement for the Emancipation of the Niger Delta (MEND)"),
    ("Twelve soldiers were killed in Arauca on Monday. The Second Division commander attributed the attack to the "
     "ELN's Northeastern War Front.", "the ELN's Northeastern War Front"),
    # men tied to a party ("linked to", "affiliated with", "allied with"), which the parser may read as the
    # sentence's verb (Burkina Faso, Mozambique, Niger, Libya, Nigeria)
    ("Jihadists linked to al-Qaeda killed at least 20 soldiers in an attack on an army post near Djibo, security "
     "sources said.", "Jihadists linked to al-Qaeda"),
    ("Insurgents affiliated with the Islamic State killed nine villagers in Macomia district, local sources said.",
     "Insurgents affiliated with the Islamic State"),
    ("Fighters linked to the Islamic State group killed 12 soldiers near Tillaberi, the defence ministry said.",
     "Fighters linked to the Islamic State group"),
    ("Militiamen allied with the Government of National Accord shelled the airport on Tuesday, the LNA said.",
     "Militiamen allied with the Government of National Accord"),
    ("Bandits linked to Bello Turji killed 14 villagers in Zamfara on Sunday, police said.",
     "Bandits linked to Bello Turji"),
    # craft owned by a party (Sudan, Yemen, Syria)
    ("At least 27 people were killed when drones of the Rapid Support Forces (RSF) struck a market in El Fasher, "
     "the health ministry said.", "drones of the Rapid Support Forces (RSF)"),
    ("Seven civilians were killed when warplanes of the Saudi-led coalition struck a market in Saada, al-Masirah TV "
     "reported.", "warplanes of the Saudi-led coalition"),
    ("Helicopters of the Syrian army dropped barrel bombs on Daraya, killing ten people, activists said.",
     "Helicopters of the Syrian army"),
    # ... and no deed the parser hangs on the owner's name (Syria, Sudan)
    ("Separate air raids in northern Syria by regime aircraft and warplanes of the US-led coalition killed at least "
     "25 civilians on Friday, a monitoring group said.", "regime aircraft and warplanes of the US-led coalition"),
    ("Air strikes by the jets of the Sudanese army killed at least 12 people in Nyala on Monday, medics said.",
     "jets of the Sudanese army"),
    # a name the parser splits into sibling subjects (Somalia, Syria)
    ("Residents said al-Shabaab publicly executed three men in Jilib on Friday.", "al-Shabaab"),
    ("Attack\n\nResidents said al-Nusra publicly executed two men in Saraqeb on Friday.", "al-Nusra"),
    # a body whose name runs on with "in" (Yemen, Mali); a claimant named before its kind (Somalia, Nigeria);
    # a clause's "that" is no part of the name (Iraq, Pakistan)
    ("Militants of Al-Qaeda in the Arabian Peninsula (AQAP) attacked a military position in Shabwa on Sunday, "
     "killing five soldiers, military sources said.", "Militants of Al-Qaeda in the Arabian Peninsula (AQAP)"),
    ("Fighters of al-Qaeda in the Islamic Maghreb attacked an army post near Timbuktu, killing eight soldiers, "
     "officials said.", "Fighters of al-Qaeda in the Islamic Maghreb"),
    ("A suicide bomber killed nine people at a tea shop in Mogadishu on Saturday, police said. The al-Shabab "
     "extremist group claimed responsibility.", "al-Shabab"),
    ("A bomb killed six soldiers near Maiduguri on Monday. The Boko Haram jihadist group claimed the attack.",
     "Boko Haram"),
    ("A security source in Diyala said that militants armed with rifles infiltrated the village and opened fire "
     "on residents, killing 11 people.", "militants"),
    # a name after its kind word, however the parser cuts it, with its acronym in brackets (Sudan, Mali)
    ("Shells fired by the paramilitary Rapid Support Forces (RSF) struck Abu Shouk camp on Monday, killing 12 "
     "people.", "paramilitary Rapid Support Forces (RSF)"),
    ("Twelve soldiers were killed near Menaka in an attack by the jihadist Islamic State Sahel Province (ISSP), the "
     "army said.", "jihadist Islamic State Sahel Province (ISSP)"),
])
def test_a_name_is_taken_whole(nlp, make_article, text, actor):
    assert actor in [p for p, _, _ in perpetrator_claims(nlp, make_article, text)]


# A missile's kind ("ballistic", "cruise", "hypersonic") is no party and no part of the party that fired it
# (Ukraine, Yemen).
@pytest.mark.parametrize("text, expected", [
    ("Ukraine's air force said Russia fired two Iskander-M ballistic missiles and 43 Shahed-type drones at Ukraine "
     "overnight and in the morning, and that air defenses shot down 38 of the drones.", ["Russia"]),
    ("Israeli cruise missiles struck the port of Hodeidah on Sunday, killing three workers, the Houthis said.",
     ["Israeli"]),
    ("A Russian hypersonic missile hit a hotel in Kharkiv, wounding 12 people, the governor said.", ["Russian"]),
])
def test_a_missiles_kind_is_no_party(nlp, make_article, text, expected):
    assert [p for p, _, _ in perpetrator_claims(nlp, make_article, text)] == expected


# A long name joined by "and" that the actor table knows is one party, not its last part, however the parser or the
# claim pattern cuts it (Syria, Iraq, Mali, Niger, DR Congo); two bodies named side by side stay two.
@pytest.mark.parametrize("text, expected", [
    ("A car bomb killed nine people in Baghdad on Sunday. The Islamic State of Iraq and Syria claimed "
     "responsibility for the bombing.", ("Islamic State of Iraq and Syria", "claims_responsibility")),
    ("A car bomb killed 30 people in Raqqa, activists said. They blamed the Islamic State of Iraq and the Levant for "
     "the bombing.", ("Islamic State of Iraq and the Levant", "accuses")),
    ("Activists said the bombing in Tabqa, which killed 14 people, was carried out by the Islamic State in Iraq and "
     "Levant.", ("Islamic State in Iraq and Levant", "accuses")),
    ("Gunmen killed 12 soldiers in Boni on Sunday, the army said. The Group to Support Islam and Muslims claimed "
     "responsibility on Monday.", ("Group to Support Islam and Muslims", "claims_responsibility")),
    ("Gunmen killed seven civilians near Ouallam on Sunday. The Movement for Oneness and Jihad in West Africa "
     "claimed the attack.", ("Movement for Oneness and Jihad in West Africa", "claims_responsibility")),
    ("Gunmen killed nine villagers in Rutshuru on Sunday. The army blamed the Democratic Forces for the Liberation "
     "of Rwanda.", ("Democratic Forces for the Liberation of Rwanda", "accuses")),
])
def test_a_long_name_joined_by_and_is_one_party(nlp, make_article, text, expected):
    assert expected in [(p, st) for p, _, st in perpetrator_claims(nlp, make_article, text)]


# An accusation's deed may follow the party's own "of" ("soldiers of the BIR of the killings"), hang inside it,
# or be "standing behind" the attack (DR Congo, Cameroon, Mali, Syria); the party ends before the deed.
@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 11 villagers in Djugu on Sunday. Local officials accused fighters of the CODECO militia of the "
     "massacre.", [("fighters of the CODECO militia", "Local officials", "accuses")]),
    ("Gunmen killed 11 villagers in Bambui on Sunday. A community leader said they shot anybody, accusing soldiers "
     "of the Rapid Intervention Battalion (BIR) of carrying out a reprisal.",
     [("soldiers of the Rapid Intervention Battalion (BIR)", "A community leader", "accuses")]),
    ("Gunmen killed 30 villagers in Kouakourou on Sunday. Residents accuse soldiers of the Malian army of having "
     "executed the men.", [("soldiers of the Malian army", "Residents", "accuses")]),
    ("Clashes killed nine people in Tafas on Thursday. The ministry accused remnants of the former regime of "
     "standing behind the attack.", [("remnants of the former regime", "ministry", "accuses")]),
    ("Shelling killed 11 villagers in Idlib on Sunday. The opposition accused the allies of the regime of looking "
     "the other way.", []),
])
def test_the_deed_after_the_partys_own_of(nlp, make_article, text, expected):
    assert perpetrator_claims(nlp, make_article, text) == expected


# Blame in so many words ("accused", "blamed") is an accusation even of the speaker's own side's forces, which it
# would otherwise claim for them (Yemen, where Saba is the Houthis'; Syria; Mali). A party that denies by its own
# name denies under it, not under the longer name it was blamed by (Sudan).
@pytest.mark.parametrize("text, expected", [
    ("A shell killed nine people in Taiz on Monday. Saba accused government forces of shelling the neighbourhood.",
     [("government forces", "Saba", "accuses")]),
    ("Gunmen killed 14 civilians in Baniyas on Friday. The Interior Ministry accused members of the security forces "
     "of carrying out the killings.", [("members of the security forces", "Interior Ministry", "accuses")]),
    ("Troops killed 12 villagers in Kouakourou on Sunday, residents said. Mali's defence ministry blamed army "
     "soldiers acting without orders for the killings.",
     [("Troops", "residents", "accuses"), ("army soldiers", "Mali's defence ministry", "accuses")]),
    ("Shelling on the Abu Shouk camp killed at least 14 people on Tuesday, a medical group said, blaming Sudan's "
     "paramilitary Rapid Support Forces (RSF). The RSF denied targeting civilians.",
     [("Sudan's paramilitary Rapid Support Forces", "a medical group", "accuses"),
      ("RSF", "Rapid Support Forces (RSF)", "denies")]),
])
def test_blame_in_so_many_words_and_a_denial_by_name(nlp, make_article, text, expected):
    assert perpetrator_claims(nlp, make_article, text) == expected


def test_two_bodies_named_side_by_side_stay_two(nlp, make_article):
    text = ("Shelling killed nine civilians in Aleppo on Sunday, the Syrian Observatory for Human Rights and the "
            "Civil Defence said. They blamed regime forces.")
    assert [p for p, _, _ in perpetrator_claims(nlp, make_article, text)] == ["regime forces"]


def test_a_cause_attributed_is_no_party(nlp, make_article):
    text = "Officials attributed the attack to the region's difficult terrain after 12 soldiers were killed in Kunar."
    assert perpetrator_claims(nlp, make_article, text) == []


def test_two_parties_are_not_one_name(nlp, make_article):
    text = ("Over the weekend advances by the Turkish Army and Free Syria Army (FSA) fighters expelled DAESH from the "
            "border, killing 20 militants, TRT World said.")
    assert not [p for p, _, _ in perpetrator_claims(nlp, make_article, text) if "Turkish Army and" in p]


@pytest.mark.parametrize("text", [
    # a town the small model tags as a people, made subject of a participle by lost commas
    "In a statement issued early Sunday the coalition said it had conducted 16 airstrikes throughout Raqqa "
    "destroying vital ISIS-controlled structures, killing 10 militants.",
])
def test_a_town_is_no_actor(nlp, make_article, text):
    assert not [p for p, _, _ in perpetrator_claims(nlp, make_article, text) if "Raqqa" in p]


def test_an_attack_foiled_by_killing_the_attackers_is_a_deed(nlp):
    """Only the deed in a prevented infinitive is undone ("foiled a plot to bomb"): an army that "foiled an attack
    ..., killing large number of them" (comma-less agency copy) still did the killing."""
    from sitrep.extract.perpetrators import sentence_perpetrators
    doc = nlp("The Syrian army foiled on Saturday an attack by terrorist organizations on many military posts in Hama "
              "countryside killing large number of them.")
    assert "Syrian army" in [p for sent in doc.sents for p, *_ in sentence_perpetrators(sent)]
    doc = nlp("Police foiled a plot to bomb a church in Kaduna.")
    assert [p for sent in doc.sents for p, *_ in sentence_perpetrators(sent)] == []


# A party's spokesman speaks for the party his title names, so "the group's" forces in his words are its own
# (Yemen, Somalia), also when the words hang on his claim by "saying"; a state's spokesman on "the group's
# fighters" tells of another party.
@pytest.mark.parametrize("text, expected", [
    ("A missile hit a merchant vessel off Hodeidah on Saturday. Houthi military spokesman Yahya Saree said in a "
     "televised statement that the group's naval forces had targeted the ship with missiles.",
     [("Houthi military", "Houthi military spokesman Yahya Saree", "claims_responsibility")]),
    ("Al-Shabaab spokesman Ali Dhere said the group's fighters had killed 30 soldiers in the raid on the base.",
     [("Al-Shabaab", "Al-Shabaab spokesman Ali Dhere", "claims_responsibility")]),
    ("A missile hit a merchant vessel off Hodeidah on Saturday. Houthi military spokesman Yahya Sarea claimed "
     "responsibility in a televised speech, saying the group's naval forces had targeted a British ship.",
     [("Houthi military", "Houthi military spokesman Yahya Sarea", "claims_responsibility")]),
])
def test_a_spokesmans_group_is_the_party_of_his_title(nlp, make_article, text, expected):
    assert sorted(set(perpetrator_claims(nlp, make_article, text))) == expected


# A described claimant ("the militant group", "the group") is the non-state party named before it, told by the
# group's name (Somalia, Burkina Faso); a party named as it claims stays as written.
@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab militants stormed an army base in Ceel Dhiinle on Monday, killing seven soldiers, officials said. "
     "The militant group, through its Radio Andalus, claimed that its fighters had killed 41 soldiers.",
     [("Al-Shabaab militants", "officials", "accuses"),
      ("Al-Shabaab fighters", "Al-Shabaab", "claims_responsibility")]),
    ("JNIM fighters ambushed a convoy near Djibo, killing 20 soldiers, security sources said. The group claimed the "
     "attack on its Telegram channel.",
     [("JNIM fighters", "security sources", "accuses"), ("JNIM", "JNIM", "claims_responsibility")]),
    ("JNIM fighters ambushed a convoy near Djibo, killing 20 soldiers, security sources said. Ansarul Islam claimed "
     "the attack on its Telegram channel.",
     [("JNIM fighters", "security sources", "accuses"), ("Ansarul Islam", "Ansarul Islam", "claims_responsibility")]),
])
def test_a_described_claimant_is_the_group_named_before(nlp, make_article, text, expected):
    assert perpetrator_claims(nlp, make_article, text) == expected


# Blame told as others' motive ("staged the attack in order to accuse the army") is no accusation: the one who
# tells it denies the deed of the party named (Syria, Libya, Ukraine); a subject who rushes to blame still blames.
@pytest.mark.parametrize("text, expected", [
    ("An explosion killed 12 people in the market on Monday. A military source said the terrorist organizations "
     "rushed to film staged scenes in order to accuse the Syrian Arab Army.",
     [("Syrian Arab Army", "A military source", "denies")]),
    ("Rockets killed four civilians in Abu Salim on Thursday. The LNA spokesman said militias shelled the district "
     "themselves in order to blame the army.",
     [("militias", "LNA spokesman", "accuses"), ("army", "LNA spokesman", "denies")]),
    ("A strike on the hospital killed 11 people on Monday. Russia's defence ministry said Kyiv staged the attack so "
     "as to accuse Russian forces.", [("Russian forces", "Russia's defence ministry", "denies")]),
    ("A bomb killed nine people in Afrin on Sunday. Turkish-backed factions rushed to accuse the SDF of the bombing.",
     [("SDF", "Turkish-backed factions", "accuses")]),
])
def test_blame_told_as_a_motive_is_a_denial(nlp, make_article, text, expected):
    assert perpetrator_claims(nlp, make_article, text) == expected


# A deed a party is said to do "only" so, in the present, is its rule of conduct, no claim about this incident
# (Libya, Yemen); its past deed stays a claim.
@pytest.mark.parametrize("text, expected", [
    ('Rockets killed four civilians in Abu Salim on Thursday. Its spokesman said LNA units "only target the '
     'positions of the terrorist militias".', []),
    ("A missile hit a tanker off Aden on Monday, killing two sailors. The Houthis said they only target ships "
     "linked to Israel.", []),
    ("A strike killed 12 fighters near Idlib on Monday. The army said it struck militant positions near the town.",
     [("army", "army", "claims_responsibility")]),
    # in a denial the rule is what the denial clears (Syria)
    ("Air strikes killed 23 people in Kafr Nabel on Monday. A military source said claims that civilians were "
     "targeted are fabricated, adding that the army only targets terrorists.",
     [("army", "A military source", "denies")]),
])
def test_a_deed_done_only_so_is_a_practice(nlp, make_article, text, expected):
    assert perpetrator_claims(nlp, make_article, text) == expected


def test_a_headlines_casualties_reported_name_no_speaker(nlp, make_article):
    """ "..., heavy casualties reported" in a headline is the passive without its verb: the headline's words are
    nobody who speaks, so "the militant group" later points back to the group named in the story."""
    text = ("Al-Shabaab storms army base in Middle Shabelle, heavy casualties reported\n\nAl-Shabaab militants "
            "stormed an army base in Ceel Dhiinle on Monday, killing seven soldiers, officials said. The militant "
            "group claimed that its fighters had killed 41 soldiers.")
    claims = perpetrator_claims(nlp, make_article, text)
    assert ("Al-Shabaab fighters", "Al-Shabaab", "claims_responsibility") in claims
    assert not [c for c in claims if "storms" in c[1]]


# The doer of a clause closed by "before"/"after" and a deed ("a junta jet circled the village before dropping two
# bombs on the market") did that deed too (Myanmar, Sudan); a clause with its own doer keeps it.
@pytest.mark.parametrize("text, expected", [
    ("Eleven people were killed in Let Yet Kone on Friday. Residents said a junta jet circled the village before "
     "dropping two bombs on the market.", [("junta jet", "Residents", "accuses")]),
    ("Twelve people were killed in El Fasher on Monday. Witnesses said an RSF drone circled over the camp before "
     "dropping shells on the clinic.", [("RSF drone", "Witnesses", "accuses")]),
    ("Twelve people were killed in Gwoza on Monday. The villagers fled before Boko Haram fighters attacked the "
     "market.", [("Boko Haram fighters", "the outlet", "accuses")]),
])
def test_the_doer_before_dropping_its_bombs(nlp, make_article, text, expected):
    assert perpetrator_claims(nlp, make_article, text) == expected


# "Armed" is no side's own word: the Armed Forces' staff or command blaming "armed terrorist groups" accuses them
# (Burkina Faso, Syria), while its own "armed forces" stay its claim.
@pytest.mark.parametrize("text, expected", [
    ("Soldiers repelled an attack on Sebba on Sunday. Eleven soldiers were killed in an attack by armed terrorist "
     "groups, the Armed Forces General Staff said.",
     [("armed terrorist groups", "Armed Forces General Staff", "accuses")]),
    ("Eight soldiers were killed in an attack by armed terrorist groups near Hama, the General Command of the Army "
     "and the Armed Forces said.",
     [("armed terrorist groups", "General Command of the Army", "accuses")]),
    ("Fighting killed 20 people in Debre Markos on Monday. The Ethiopian National Defense Force said it repelled an "
     "attack by \"extremist forces\" on the town.",
     [("extremist forces", "Ethiopian National Defense Force", "accuses")]),
])
def test_armed_is_no_sides_own_word(nlp, make_article, text, expected):
    assert perpetrator_claims(nlp, make_article, text) == expected


# A state's military body speaks of its own nation's forces and aircraft ("Iraqi F-16 jets" to Iraq's Joint
# Operations Command, "Pakistani troops" to the ISPR: `data/speakers.tsv` gives the state), not of another's
# ("Turkish jets"); a capital denying "its jets" clears its state's jets (Russia, Syria).
@pytest.mark.parametrize("text, expected", [
    ("Twelve militants were killed in Hamrin on Monday. The Joint Operations Command said Iraqi F-16 jets struck ISIS "
     "hideouts, killing eight militants.", [("Iraqi F-16 jets", "Joint Operations Command", "claims_responsibility")]),
    ("Two villagers were killed in Duhok on Monday. The Security Media Cell said Turkish jets struck a village in "
     "Duhok.", [("Turkish jets", "Security Media Cell", "accuses")]),
    ("Four militants were killed in Khyber on Monday. The ISPR said Pakistani jets struck a militant hideout.",
     [("Pakistani jets", "Inter-Services Public Relations (ISPR)", "claims_responsibility")]),
    ("An air strike killed 12 people in Idlib on Monday. Moscow, Assad's main ally, has denied its jets are involved.",
     [("Russian jets", "Moscow", "denies")]),
    ("A strike killed 20 people in Maarat al-Numan on Monday. Damascus denied that its aircraft had carried out the "
     "strike.", [("Syrian aircraft", "Damascus", "denies")]),
])
def test_a_states_own_nations_forces(nlp, make_article, text, expected):
    assert perpetrator_claims(nlp, make_article, text) == expected
