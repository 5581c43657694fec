"""Armed sides on the ground: an armed clash whoever struck first.

Armed men attacking the state's guards and militias ("killing 30 pro-regime gunmen and security guards"),
and soldiers killing armed men ("175 members of ISIS were killed in the army's offensives", "troops killed
40 Boko Haram insurgents") are an armed clash, not "other". A weapon from afar still says what killed them,
and police who kill an attacker stay police news."""
import pytest

from sitrep.extract.event_types import event_type_of

pytestmark = pytest.mark.model

ARMED_SIDES = [
    ("Islamic State group jihadists have attacked an oil and gas field in Syria killing at least 30 pro-regime "
     "gunmen and security guards, a monitoring group said.", "armed_clash"),
    ("Al-Shabaab fighters attacked a camp near Kismayo, killing nine militiamen and two security guards.",
     "armed_clash"),
    ("Military sources said at least 175 members of the ISIS were killed in the Syrian Army troops' "
     "offensives east of Homs.", "armed_clash"),
    ("Nigerian troops killed 40 Boko Haram insurgents in Borno, the army said.", "armed_clash"),
    ("Ukrainian soldiers killed 12 Russian fighters near Bakhmut, the general staff said.", "armed_clash"),
    ("Iraqi security forces killed 15 militants in a raid near Kirkuk.", "armed_clash"),
    # a group told by its name attacks as "militants" do (Iraq, Burkina Faso, Nigeria); soldiers told as personnel
    ("Four Iraqi army soldiers, including an officer, were killed in an ISIS attack on a military post southwest of "
     "Kirkuk, a security source said.", "armed_clash"),
    ("Five soldiers were killed when JNIM attacked an army post near Djibo on Friday.", "armed_clash"),
    ("ISWAP killed six soldiers in an attack on a base in Wajiroko on Monday.", "armed_clash"),
    ("Nine military personnel were martyred when a terrorist group attacked a bus in the Palmyra desert.",
     "armed_clash"),
    # "IS" and "ADF" count only in capitals: "is" is a word
    ("Four soldiers were killed in a road accident near Beni, which is far from the front, the army said.", "other"),
    # an assault on a post of armed men, however told, is a fight, not a town taken (Nigeria, Syria, Burkina
    # Faso); a town assaulted or overrun is taken
    ("ISWAP overruns military base in Borno, killing soldiers", "armed_clash"),
    ("ISIS launched a massive assault on the army's positions around the Deir Ezzor airport on Saturday.",
     "armed_clash"),
    ("JNIM fighters overran a military detachment near Djibo on Monday, killing 17 soldiers.", "armed_clash"),
    ("Rebels overran the town of Kyaukme on Sunday after days of fighting.", "assault_on_town"),
    ("Al-Shabaab launched an assault on Mahas town on Friday, killing 12 people.", "assault_on_town"),
    # an aside between victims and verb is a closed one, not another clause ("residents fled" are not the killed)
    ("Gunmen attacked a base near the village, residents fled, two soldiers were killed.", "armed_clash"),
    ("The opposition said three soldiers were killed near Daraa on Monday.", "other"),
    # a weapon from afar says what killed them; civilians among the dead make it one-sided
    ("Russian air strikes killed 40 militants in Idlib, the defence ministry said.", "air_strike"),
    ("Army artillery shelled rebel positions near Taiz, killing 20 fighters.", "shelling"),
    ("Junta troops killed 11 villagers in Done Taw and burned their bodies, residents said.", "massacre"),
    # police who kill an attacker stay police news
    ("Police killed two gunmen after a shooting at a mall in Dallas.", "other"),
]


@pytest.mark.parametrize("text, expected", ARMED_SIDES)
def test_armed_sides_on_the_ground(nlp, text, expected):
    doc = nlp(text)
    etype, evidence = event_type_of(list(doc.sents), text)
    assert etype == expected
    if expected != "other":
        assert evidence is not None and evidence.text == text[evidence.start:evidence.end]
