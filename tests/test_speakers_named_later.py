"""Who said each figure, in shapes the first speaker tables missed (sentences written for these tests, from
several wars and outlet styles):

- a speaker first described ("a monitoring group says", "activists say", "a rights group said", "local
  officials said") and named in the next sentence ("The Syrian Observatory for Human Rights said ...",
  "Human Rights Watch said ...", "Borno's police spokesman ... said the attackers ...") is the body named;
  a next sentence naming a body of another kind (state television after activists, the junta after a rights
  group), or saying something new, leaves the description as it was;
- verbs that give a figure besides "say": "raised the death toll to", "updated its toll", "put the toll at",
  "documented", "recorded", "counted", "confirmed": their subject speaks;
- a speaker closing a sentence whose comma was lost ("... in Hama the army said.");
- a figure told in the outlet's voice after a quoted person ('"..." he said. Another civilian was killed in
  shelling on X') is the outlet's, unless it counts on from what that person said;
- a nationality or a country kept in the speaker's name ("the Turkish army statement", "Nigeria's army").

Each row: text, [(low, a word group the speaker's canonical name must hold)]; "=" before the name asks for
the name exactly.
"""
import pytest

from sitrep.extract.incidents import find_incidents

NAMED_NEXT = [
    # Syria: described, then named
    ("Airstrikes have killed at least 21 civilians in Idlib province, a monitoring group says. The Syrian "
     "Observatory for Human Rights said Monday that the raids hit a crowded market.",
     [(21, "Syrian Observatory")]),
    ("Syrian activists say Islamic State militants have killed 33 men in Deir Ezzor province. The Britain-based "
     "Observatory says the men were shot in a village square.", [(33, "Syrian Observatory")]),
    ("Opposition activists said 14 people were killed in barrel bomb attacks on Aleppo on Sunday. The Syrian "
     "Observatory for Human Rights said the bombs fell on two eastern neighbourhoods.",
     [(14, "Syrian Observatory")]),
    ("A war monitor on Tuesday raised the death toll from the chemical attack in Khan Sheikhoun to 86. According "
     "to the Britain-based Observatory, the dead included 30 children.",
     [(86, "Syrian Observatory"), (30, "Syrian Observatory")]),
    # Yemen
    ("Saudi-led air strikes killed 12 civilians at a wedding in Hajjah province, a rights group said. Human Rights "
     "Watch said the bombs struck a tent where the guests had gathered.", [(12, "Human Rights Watch")]),
    # Nigeria
    ("Suspected Boko Haram gunmen killed 18 villagers in Borno state on Sunday, local officials said. Borno's police "
     "spokesman Edet Okon said the attackers arrived on motorcycles.", [(18, "Edet Okon")]),
    # Sudan
    ("Shelling killed at least 30 people in El Fasher on Friday, a medical group said. The Sudan Doctors Network "
     "said the shells hit a camp for displaced people.", [(30, "Sudan Doctors Network")]),
    # Ukraine
    ("Russian missiles killed seven people in Kharkiv overnight, officials said. Regional governor Oleh Synehubov "
     "said the missiles hit an apartment block.", [(7, "Synehubov")]),
    # Afghanistan
    ("A roadside bomb killed nine civilians in Helmand province on Monday, provincial officials said. Provincial "
     "spokesman Omar Zwak said the victims were travelling to a wedding.", [(9, "Omar Zwak")]),
    # Gaza
    ("An Israeli strike killed 22 people in Rafah on Tuesday, health officials said. The Gaza Health Ministry "
     "said most of the dead were women and children.", [(22, "Gaza Health Ministry")]),
    # DR Congo
    ("ADF rebels killed 26 civilians in Beni territory overnight, a rights group said. The Kivu Security Tracker "
     "said the attackers used machetes and guns.", [(26, "Kivu Security Tracker")]),
    # Iraq
    ("A car bomb killed 23 people in Baghdad's Sadr City on Thursday, officials said. Police Colonel Ahmed Jassim "
     "said the bomb went off near a busy market.", [(23, "Ahmed Jassim")]),
    # Mali
    ("Jihadists killed 17 villagers in central Mali, a human rights group said on Wednesday. Human Rights Watch "
     "said the gunmen went from house to house.", [(17, "Human Rights Watch")]),
    ("Activists said 19 people were killed in air raids on Kafr Zita. On Tuesday, the Syrian Network for Human "
     "Rights said the dead included women and children.", [(19, "Syrian Network for Human Rights")]),
    ("Militants killed 8 soldiers in an ambush in Tillaberi, officials said. In a statement, Niger's defence "
     "ministry said the attackers fled towards Mali.", [(8, "defence ministry")]),
    ("Gunmen killed 12 farmers near Maiduguri, local officials said. The Nigerian army said the attackers were "
     "Boko Haram fighters.", [(12, "Nigerian army")]),
    # counter-cases: a next sentence naming a body of another kind, or saying something new
    ("Syrian activists said 20 people were killed in shelling on Douma. State television said the army had killed "
     "dozens of terrorists in the area.", [(20, "=activists"), (24, "state media")]),
    ("Activists said at least 9 people were killed in air raids on Saraqeb on Friday.", [(9, "=activists")]),
    ("A rights group said 40 protesters had been shot dead in Yangon. The junta said the security forces had "
     "shown restraint.", [(40, "rights group")]),
    ("Russian shelling killed three civilians in Kherson, officials said. Foreign Minister Dmytro Kuleba said "
     "Moscow must be held accountable for its crimes.", [(3, "=officials")]),
    ("Gunmen killed 7 people in a village in Zamfara state, residents said. The governor said he would visit "
     "the area on Monday.", [(7, "=residents")]),
    ("Gunmen killed 12 people in a village in Ituri, a rights group said. Human Rights Watch and Amnesty "
     "International both condemned the attack.", [(12, "rights group")]),
    # a description of the Observatory is not its name; a nationality is no name
    ("Syrian opposition activists say 15 civilians were killed when a missile hit a school in Deir el-Zour. The "
     "DeirEzzor 24 monitoring group said the missile hit near a school. The Syrian Observatory for Human Rights "
     "also reported the strike.", [(15, "=activists")]),
    ("A suicide bomber killed 16 people at a market in Maiduguri, an official said. A Nigerian police source "
     "confirmed the toll and said the bomber was a teenage girl.", [(16, "official")]),
    ("The Observatory said the shelling hit Zamalka. It quoted activists as saying that rockets hit the town in "
     "the attack that killed 30 people. Rami Abdel Rahman, the Observatory chief, said the activists saw rockets "
     "fall on the town.", [(30, "=activists")]),
    ("Activists said 11 people were killed in air strikes on Maaret al-Numan. The Syrian Observatory for Human "
     "Rights also reported heavy fighting in Hama province, where 6 soldiers died.",
     [(11, "=activists"), (6, "Syrian Observatory")]),
]

# the outlet's toll, then a speaker pointing back to it after the day of his statement
OUTLET_THEN_NAMED = [
    ("Air strikes killed 18 people in Ariha on Sunday. The Syrian Observatory for Human Rights said on Monday that "
     "the strikes hit a market.", [(18, "Syrian Observatory")]),
    ("Russian shelling killed four people in Nikopol. Governor Serhiy Lysak said Tuesday that the shells hit a bus "
     "stop.", [(4, "Serhiy Lysak")]),
    ("Gunmen killed 9 people in Kaduna state. Police spokesman Mohammed Jalige said in a statement that the "
     "attackers fled into the forest.", [(9, "Mohammed Jalige")]),
    ("Shelling killed 11 civilians in Kramatorsk on Saturday. In a statement, regional governor Pavlo Kyrylenko "
     "said the shells hit a bus station.", [(11, "Pavlo Kyrylenko")]),
    # counter-case: a statement about something else
    ("Air strikes killed 18 people in Ariha on Sunday. The Syrian Observatory for Human Rights said on Monday that "
     "rebels had shot down a helicopter.", [(18, "=Reuters")]),
]

OTHER_VERBS = [
    ("The Syrian Observatory for Human Rights raised the death toll from the strikes on Ariha to 31.",
     [(31, "Syrian Observatory")]),
    ("The Observatory later updated its toll to 48 dead in the raids on Douma.", [(48, "Syrian Observatory")]),
    ("Sudan's health ministry put the death toll from the attack on the market at 64 on Sunday.",
     [(64, "health ministry")]),
    ("UN monitors have documented 12 civilian deaths in the shelling of Avdiivka this week.", [(12, "UN monitors")]),
    ("The Kivu Security Tracker recorded 43 civilians killed in the attack on a camp in Ituri.",
     [(43, "Kivu Security Tracker")]),
    ("Airwars counted at least 60 civilians killed by coalition air strikes on Raqqa on Monday.",
     [(60, "Airwars")]),
    ("Human Rights Watch confirmed that 19 villagers were killed in the attack in Mopti region.",
     [(19, "Human Rights Watch")]),
    ("Nigeria's army confirmed that 11 soldiers were killed in the ambush near Damboa.", [(11, "Nigeria's army")]),
    ("The Houthi-run health ministry raised the toll from the strike on the Saada prison to 87.",
     [(87, "health ministry")]),
    ("Hospital officials in Khan Younis raised the toll from the strike to 35 on Wednesday.",
     [(35, "Hospital officials")]),
    ("Ukraine's prosecutor's office raised the death toll from the Russian strike on Uman to 23.",
     [(23, "prosecutor")]),
    ("The Myanmar junta put the number of dead in the clashes in Lashio at 25.", [(25, "junta")]),
    # counter-case: a deed raising a toll speaks for nobody
    ("The second blast raised the death toll from the attacks in Kabul to 95, the Interior Ministry said.",
     [(95, "Interior Ministry")]),
]

COMMA_LOST = [
    ("Barrel bombs killed 12 people in Daraya a monitoring group says.", [(12, "monitoring group")]),
    ("Shelling killed 12 people in the town of Morek the army said.", [(12, "army")]),
    ("A car bomb killed nine people in Azaz the Syrian Observatory for Human Rights said.",
     [(9, "Syrian Observatory")]),
    ("Gunmen killed 14 worshippers in a mosque in Katsina the police said.", [(14, "police")]),
    ("An air strike killed 8 civilians in Sanaa the Houthi-run Saba news agency reported.", [(8, "Saba")]),
    ("Two soldiers were killed in an ambush near Kidal the Malian army said on Friday.", [(2, "Malian army")]),
    ("At least 20 civilians were killed in the shelling of Kadugli local activists said.", [(20, "activists")]),
    ("Terrorists killed 6 policemen in an attack on a post in Rathedaung state media reported.",
     [(6, "state media")]),
    # the speakers read as the object of the phrase before them
    ("At least 15 soldiers died in the attack on a checkpoint in Sinai security sources said.",
     [(15, "=Sinai security sources")]),
    ("Shelling killed 6 people in the town of Kafr Batna residents said.", [(6, "=Kafr Batna residents")]),
    ("A bomb killed 4 people at a market in Kirkuk police officials said.", [(4, "=Kirkuk police officials")]),
    ("Two rockets killed 5 people near a school in Kandahar hospital officials said.",
     [(5, "=Kandahar hospital officials")]),
    # counter-case: a speaker's post before "of" or "for" is the speaker
    ("A spokesman for the Syrian Observatory for Human Rights said 12 people died in Douma.",
     [(12, "Syrian Observatory")]),
]

OUTLET_AFTER_QUOTE = [
    # Syria: the surgeon's quotation, then a new incident in the outlet's voice
    ('Dr Ahmed Hassan, a surgeon in Idlib, described the wards. "The hospital is short of medicine," he said. '
     'Another civilian was killed and one wounded in shelling on the town of Kafr Nabl.',
     [(1, "=Reuters"), (1, "=Reuters")]),
    # Ukraine
    ('Mayor Ihor Terekhov visited the shelters. "We are running out of generators," Terekhov said. Two people were '
     'killed in shelling on Kupiansk on Sunday.', [(2, "=Reuters")]),
    # Sudan
    ('"The situation is catastrophic," said Dr. Hiba Omer of the Sudan Doctors Network. Five people were killed '
     'when a drone struck a fuel depot in Port Sudan.', [(5, "=Reuters")]),
    # Gaza
    ('"There is no safe place," said Ahmad Khalil, a resident of Deir al-Balah. An Israeli strike on a school in '
     'Nuseirat killed 16 people.', [(16, "=Reuters")]),
    # Nigeria
    ('"We buried them this morning," said Ibrahim Musa, a community leader in Zamfara. Bandits also killed four '
     'people in neighbouring Sokoto state.', [(4, "=Reuters")]),
    # counter-cases: who counts on from his own figure keeps it
    ("The Observatory said eight people were killed in Douma. Five of them were children.",
     [(8, "Syrian Observatory"), (5, "Syrian Observatory")]),
    ('"We counted 40 bodies in the square," said Dr. Samir Haddad in Douma. Five of them were children.',
     [(40, "Samir Haddad"), (5, "Samir Haddad")]),
    ('"Twelve people were killed in the market," Mayor Vadym Boichenko said. Another three died in hospital.',
     [(12, "Vadym Boichenko"), (3, "Vadym Boichenko")]),
    ('"They came at night and burned everything," said village chief Moussa Traore. He said 31 people were killed.',
     [(31, "Moussa Traore")]),
]

NATIONALITY_KEPT = [
    ("Four soldiers were killed in an attack by Kurdish militants in northern Iraq, the Turkish army statement "
     "added.", [(4, "Turkish army")]),
    ("The Turkish military has said four of its soldiers were killed in northern Syria.", [(4, "Turkish military")]),
    ("Ukraine's General Staff said 14 Russian soldiers were killed near Bakhmut.", [(14, "Ukraine")]),
    ("Nigeria's army said its troops killed 30 insurgents in Sambisa forest.", [(30, "Nigeria's army")]),
    ("The Sudanese army spokesman said 40 RSF fighters were killed in Omdurman.", [(40, "Sudanese army")]),
    ("Pakistan's military said 12 militants were killed in a raid in North Waziristan.", [(12, "Pakistan")]),
    ("The Israeli military said 3 soldiers were killed in southern Gaza.", [(3, "Israeli military")]),
    ("The Malian army said 15 jihadists were killed in air strikes near Boulkessi.", [(15, "Malian army")]),
]

ROWS = NAMED_NEXT + OUTLET_THEN_NAMED + OTHER_VERBS + COMMA_LOST + OUTLET_AFTER_QUOTE + NATIONALITY_KEPT


def _matches(got: str, want: str) -> bool:
    if want.startswith("="):
        return got.lower() == want[1:].lower()
    return want.lower() in got.lower()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", ROWS)
def test_speaker_named_later(nlp, make_article, text, expected):
    article = make_article(text, outlet="Reuters")
    drafts, _ = find_incidents(nlp(text), article)
    got = [(c.low, c.speaker.canonical) for d in drafts for c in d.casualty_claims]
    assert [g[0] for g in got] == [e[0] for e in expected], got
    assert all(_matches(g[1], e[1]) for g, e in zip(got, expected)), got


# A blame told with the figures goes with them to the speaker named next; a blame told alone stays its own.
BLAME_NAMED_NEXT = [
    ("Russian air strikes killed 34 civilians in a village in Deir Ezzor, an activist group said. The Britain-based "
     "Syrian Observatory for Human Rights said the strikes hit the village at dawn.", "Syrian Observatory"),
    ("Suspected Boko Haram gunmen killed 18 villagers in Borno state, local officials said. Police spokesman Edet "
     "Okon said the attackers arrived on motorcycles.", "Edet Okon"),
    # counter-case: no figure with the blame
    ("Opposition activists have blamed Russian warplanes for the strikes on Aleppo. The Syrian Observatory for "
     "Human Rights said the airstrikes hit the Marjeh neighbourhood.", "=activists"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", BLAME_NAMED_NEXT)
def test_blame_goes_with_its_figures(nlp, make_article, text, expected):
    drafts, _ = find_incidents(nlp(text), make_article(text, outlet="Reuters"))
    got = [p.speaker.canonical for d in drafts for p in d.perpetrator_claims if p.stance == "accuses"]
    assert got and all(_matches(g, expected) for g in got), got
