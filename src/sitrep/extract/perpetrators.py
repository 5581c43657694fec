"""Perpetrator claims: who is blamed for an incident, by whom, and how.

Blame comes in a few grammatical shapes, each a small function below:
- an actor as the subject of a violent verb: "security services killed as many as 53 people";
- an actor after "by": "killed by the armed terrorist groups", "air strikes by Russian jets";
- an actor modifying the attack: "Russian air strikes", "government bombardment";
- explicit blame: "blamed X for", "accused X of", "attributed them to X", "held X responsible";
- a claim of responsibility: "IS claimed the attack", "claimed by the Islamic State group";
- a denial: "Syria immediately denied responsibility".
The speaker comes from `speakers`; an actor blamed by its own side ("the defence ministry said
Russian jets struck...") is a claim of responsibility.
"""
from __future__ import annotations

import re

# Head nouns (lower-case) that name someone who can be blamed.
ACTOR_HEADS = frozenset({
    "forces", "force", "army", "regime", "government", "jets", "jet", "warplanes", "warplane", "aircraft",
    "planes", "plane", "coalition", "rebels", "rebel", "militants", "militant", "groups", "group", "terrorists",
    "terrorist", "gangs", "gang", "troops", "soldiers", "thugs", "fighters", "services", "militia", "militias",
    "militiamen", "jihadists", "insurgents", "gunmen", "units", "drone", "drones", "helicopters", "helicopter",
    "bombers", "bomber", "police", "shabiha", "loyalists", "brigade", "brigades", "battalion", "front",
    "state", "isis", "isil", "is", "daesh", "daish", "nusra", "hezbollah", "hizballah", "hts", "opposition",
    "russia", "russians", "iran", "turkey", "israel", "syria", "damascus", "moscow", "assad", "pkk", "ypg",
    "sdf", "houthis", "houthi", "rsf", "junta", "tatmadaw", "military", "boko", "haram", "al-shabaab", "navy",
    "artillery", "snipers", "sniper", "attackers", "attacker", "extremists", "members", "men", "fsa",
    "air force", "qaeda", "al-qaeda", "tahrir", "sham", "ahrar", "jaish", "pilots", "elements", "mercenaries",
    "agents", "regimes", "army's", "authorities", "hizbollah", "kurds", "ypg", "mujahideen", "jabhat",
})
# "a suicide bomber", "the attackers": the person who did it, not who is blamed, unless a group is named.
BARE_ATTACKERS = frozenset({"bomber", "bombers", "attacker", "attackers", "gunmen", "gunman", "men", "members",
                            "fighters", "aircraft", "planes", "jets", "warplanes", "helicopters", "drone", "drones",
                            "groups", "group", "elements"})
PRONOUN_ACTORS = frozenset({"they", "it", "he", "she", "which", "who", "that", "them"})
VIOLENT_VERBS = frozenset({
    "kill", "shell", "bomb", "attack", "execute", "target", "storm", "fire", "strike", "ambush", "massacre",
    "shoot", "abduct", "kidnap", "seize", "pound", "hit", "raid", "bombard", "besiege", "capture", "torture",
    "slaughter", "behead", "murder", "assassinate", "gas", "detonate", "destroy", "launch", "wound", "injure",
    "push", "overrun", "encircle", "retake", "recapture", "regain", "repel", "blow", "carry", "round",
    "mutilate", "burn", "use", "advance", "lead", "continue", "take",
})
ATTACK_NOUNS = frozenset({
    "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "bombardment", "attack",
    "attacks", "fire", "bombing", "bombings", "assault", "offensive", "massacre", "killing", "killings",
    "barrage", "operation", "operations", "campaign", "siege", "crackdown", "shells", "rockets", "rocket",
    "missiles", "missile", "sniper", "gunfire", "ambush", "explosion", "blast", "bombs", "bomb",
})
# Modifiers that are not actors: "air strikes", "heavy shelling".
NON_ACTOR_MODIFIERS = frozenset({"air", "heavy", "fierce", "intense", "deadly", "suspected", "aerial", "artillery",
                                 "mortar", "rocket", "chemical", "gas", "new", "latest", "recent", "overnight",
                                 "several", "the", "a", "an", "its", "their", "his", "her", "suicide", "car",
                                 "truck", "sniper", "renewed", "ground", "missile", "barrel", "cluster",
                                 "indiscriminate", "continued", "further", "more", "two", "three", "other",
                                 "those", "these", "such", "similar", "alleged", "reported", "military"})
# Nouns for strikes whose modifier names the striker: "Russian air strikes", "government bombardment".
STRIKE_NOUNS = frozenset({"strikes", "airstrikes", "raids", "shelling", "bombardment", "warplanes", "jets", "drone",
                          "aircraft", "planes", "helicopters", "strike", "airstrike", "raid"})
# Denials said in other words: "described the reports as completely untrue", "illogical and fabricated".
DENIAL_RE = re.compile(r"\b(?:untrue|fabricat\w+|baseless|groundless|lies|illogical|not (?:its|their) doing|"
                       r"false(?:hoods?)?|nonsense|denials?|categorically)\b", re.IGNORECASE)
STATE_WORDS = frozenset({"army", "armed forces", "military", "troops", "air force", "units", "forces", "soldiers"})
ENEMY_WORDS = frozenset({"terrorist", "terrorists", "gangs", "rebels", "militants", "isil", "isis", "daesh",
                         "nusra", "opposition", "armed"})

CLAIM_RE = re.compile(
    r"(?P<actor>(?:the )?(?:(?:[A-Z][\w'-]+|al-[\w-]+|of|the)\s){0,4}(?:[A-Z][\w'-]+|group|militants|jihadists|"
    r"rebels|militia))\s+(?:has |had |have |later |swiftly |quickly |immediately |reportedly |also )?"
    r"claimed (?:responsibility|the (?:attack|bombing|blast|strike|killing|assault|explosion|operation)s?|"
    r"credit|it)")
CLAIMED_BY_RE = re.compile(
    r"(?:claimed|responsibility (?:was|has been) claimed)\s+by\s+(?P<actor>(?:the )?(?:[\w'-]+\s){0,4}"
    r"(?:group|State|ISIL|ISIS|Daesh|Daish|IS|militants|jihadists|Front|rebels|al-Sham|Qaeda|Shabaab|Haram|"
    r"Houthis|RSF))\b")
DENY_RE = re.compile(
    r"(?P<actor>(?:the )?(?:[A-Z][\w'-]+\s){1,3}(?:regime|government|army|military|forces|authorities)|"
    r"(?:the )?(?:[A-Z][\w'-]+\s?){1,4}|[Tt]he (?:government|regime|army|military|ministry)|"
    r"(?:Syrian|Russian|Iranian|Turkish) officials)\s+(?:has |had |have |immediately |swiftly |strongly |"
    r"flatly |quickly |also |repeatedly |persistently )*(?P<verb>denied|denies|deny|rejected|rejects)\s+"
    r"(?:any |all |the )?(?:responsibility|involvement|role|the (?:accusations?|allegations?|charges?|reports?)|"
    r"(?:carrying|targeting|using|that|it|its|they|any))")


# Verbs of taking ground: their passive agent ("retaken by government forces", "besieged by insurgents")
# says who holds a place, not who is blamed for violence.
CONTROL_VERBS = frozenset({"take", "capture", "recapture", "retake", "seize", "besiege", "hold", "control",
                           "encircle", "surround", "regain", "overrun", "liberate", "back", "lead", "run"})
# A sentence that says the perpetrator is not known, or that speaks of habits rather than of this
# incident, blames no one for it: "it was unclear if the strikes were carried out by Syrian or
# Russian planes", "Idlib has regularly been targeted by government air strikes".
HEDGE_RE = re.compile(r"\b(?:unclear|not clear|not known|unknown|uncertain|could not (?:be )?(?:confirm|verif)|"
                      r"whether|regularly|routinely|frequently|repeatedly|often|habitually|"
                      r"(?:has|have) been using)\b", re.IGNORECASE)


def _phrase(tok) -> tuple[int, int]:
    """Char offsets of a noun phrase without relative clauses or appositions."""
    toks = [tok]
    for c in tok.lefts:
        if c.dep_ not in ("punct", "cc", "relcl", "appos", "det", "predet", "poss") or c.dep_ == "poss":
            toks.extend(c.subtree)
    for c in tok.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "backed")) or \
                c.dep_ == "acl" and c.lower_ in ("backed", "loyal", "affiliated", "linked"):
            toks.extend(c.subtree)
    toks = [t for t in toks if t.dep_ != "punct" or t.text in ("-", "'s", "’s")]
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def is_actor(tok) -> bool:
    """Whether a noun names someone who can be blamed (not an instrument, a place or a victim)."""
    if tok.lower_ in PRONOUN_ACTORS:
        return False
    if tok.lower_ in BARE_ATTACKERS:
        return any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in ACTOR_HEADS or c.ent_type_ in
                                                                ("ORG", "NORP")) for c in tok.lefts)
    if tok.lower_ in ACTOR_HEADS or tok.lemma_.lower() in ACTOR_HEADS:
        return True
    if tok.ent_type_ in ("ORG", "NORP", "PERSON") and tok.pos_ == "PROPN":
        return tok.ent_type_ != "PERSON" or any(c.lower_ in ("regime", "forces") for c in tok.head.children)
    return False


def _stance_for(perp_text: str, speaker) -> str:
    """An actor blamed by its own side claims responsibility: the military or a government
    naming the army, or a speaker sharing a word with the actor ("Russia" / "Russian jets")."""
    p = perp_text.lower()
    words = set(re.findall(r"[a-z]+", p))
    if speaker is None:
        return "accuses"
    if speaker.kind in ("military", "government") and (words & {"army", "armed", "military", "troops", "units",
                                                                   "air", "soldiers", "forces"}) \
            and not words & ENEMY_WORDS:
        return "claims_responsibility"
    sp_words = set(re.findall(r"[a-z]+", speaker.canonical.lower()))
    stems = {w[:5] for w in sp_words if len(w) >= 4} - NOT_SIDE_STEMS
    if stems and any(w[:5] in stems for w in words if len(w) >= 4):
        return "claims_responsibility"
    return "accuses"


NOT_SIDE_STEMS = frozenset({"syria", "state", "news", "agenc", "minis", "defen", "sourc", "offic", "human",
                            "right", "obser", "syrian", "unite", "natio", "local", "medic", "group", "front"})


def sentence_perpetrators(sent) -> list[tuple[str, str, int, int, int]]:
    """(perpetrator, stance, evidence start, evidence end, anchor token index) for one sentence.

    The stance here is what the grammar says (accuses / claims_responsibility / denies); the
    caller re-checks accusations against the speaker (`_stance_for`)."""
    out: list[tuple[str, str, int, int, int]] = []
    doc = sent.doc
    doc_text = doc_text_of(doc)
    seen: set[tuple[int, int]] = set()

    def add(s: int, e: int, stance: str, ev_s: int, ev_e: int, anchor: int) -> None:
        if (s, e) in seen or e <= s:
            return
        seen.add((s, e))
        out.append((doc_text[s:e], stance, min(ev_s, s), max(ev_e, e), anchor))

    for tok in sent:
        lemma = tok.lemma_.lower()
        # 1. actor as the subject of a violent verb, active voice
        if tok.pos_ == "VERB" and lemma in VIOLENT_VERBS and not any(c.dep_ == "auxpass" for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ in ("conj", "xcomp") and tok.head.pos_ == "VERB":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ == "xcomp" and tok.head.lower_ == "able":
                subj = able_subject(tok.head)     # "the army was able to kill about 40 militants"
            if subj is not None and subj.lower_ in SELF_PRONOUNS | {"fighters", "forces", "jets", "aircraft"}:
                owner = self_claimant(tok, subj)  # "IS said its fighters attacked..."
                if owner is not None:
                    s, e = _phrase(owner)
                    add(s, e, "claims_responsibility", s, _verb_object_end(tok), owner.head.i)
                    continue
            if subj is not None and is_actor(subj) and (lemma not in ("continue", "take", "lead", "use", "carry",
                                                                         "launch", "push", "advance", "round")
                                                         or _violent_object(tok)):
                s, e = _phrase(subj)
                ev_end = _verb_object_end(tok)
                add(s, e, "accuses", s, ev_end, tok.i)
        # 2. "killed by X", "air strikes by Russian jets", "an attack by IS"
        if tok.lower_ == "by" and tok.head.lemma_.lower() in VIOLENT_VERBS | ATTACK_NOUNS | {"carry", "back"} | \
                {w.rstrip("s") for w in ATTACK_NOUNS} and tok.head.lemma_.lower() not in CONTROL_VERBS:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_actor(pobj) and tok.head.lemma_.lower() != "back":
                s, e = _phrase(pobj)
                add(s, e, "accuses", tok.head.idx, e, tok.i)
        # 3. "Russian air strikes", "government bombardment", "Israeli drone", "regime warplanes"
        if tok.pos_ == "NOUN" and tok.lower_ in STRIKE_NOUNS:
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
                    and c.lower_ not in NON_ACTOR_MODIFIERS and (c.ent_type_ in ("NORP", "ORG", "GPE", "PERSON")
                                                                 or c.lower_ in ACTOR_HEADS)]
            if mods and tok.lower_ != "forces":
                first = min(min(m.left_edge.i for m in mods), tok.i)
                while doc[first].lower_ in NON_ACTOR_MODIFIERS or doc[first].dep_ in ("det", "punct"):
                    first += 1
                if first < tok.i:
                    last_mod = max(m.i for m in mods)
                    end_tok = tok if tok.lower_ in ("warplanes", "jets", "drone", "aircraft", "planes", "helicopters") \
                        else doc[last_mod]
                    s, e = doc[first].idx, end_tok.idx + len(end_tok.text)
                    add(s, e, "accuses", s, tok.idx + len(tok.text), tok.i)
        # 3b. "a similar terrorist rocket attack", "the Syrian army's bombardment", "sniper fire of Nusra"
        if tok.pos_ == "NOUN" and tok.lower_ in INCIDENT_ATTACK_NOUNS:
            span = attack_modifier_actor(tok)
            if span is not None:
                add(span[0], span[1], "accuses", span[0], tok.idx + len(tok.text), tok.i)
        # 3c. "they were responsible for a suicide bombing" said by IS: a claim of responsibility
        if tok.lower_ == "responsible" and tok.dep_ == "acomp":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            owner = self_claimant(tok.head, subj) if subj is not None else None
            if owner is not None:
                s, e = _phrase(owner)
                add(s, e, "claims_responsibility", s, tok.idx + len(tok.text), owner.head.i)
        # 4. explicit blame: "blamed X for", "accused X of", "attributed them to X", "held X responsible"
        if lemma in ("blame", "accuse", "hold") and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if lemma == "blame":
                on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"), None)
                if on is not None:
                    obj = next((c for c in on.children if c.dep_ == "pobj"), obj)
            if obj is not None and can_be_blamed(obj) and (lemma != "hold" or any(
                    c.lower_ == "responsible" for c in tok.subtree)):
                s, e = _phrase(obj)
                add(s, e, "accuses", tok.idx, e, tok.i)
        if lemma == "attribute" and tok.pos_ == "VERB":
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                s, e = _phrase(pobj)
                if e < len(doc_text) and doc_text[e:e + 1] in "”\"’'":
                    e += 1
                add(s, e, "accuses", tok.idx, e, tok.i)
    text = sent.text
    base = sent.start_char
    if HEDGE_RE.search(text):
        out = [o for o in out if doc[o[4]].lemma_.lower() in EXPLICIT_BLAME]
    if DENIAL_RE.search(text):
        out = [(p, "denies" if st == "accuses" else st, s, e, a) for p, st, s, e, a in out]
    for m in CLAIM_RE.finditer(text):
        actor = m.group("actor")
        if actor.split()[0].lower() in ("it", "they", "he", "she", "which", "who", "and", "that"):
            continue
        s = base + m.start("actor")
        add(s, base + m.end("actor"), "claims_responsibility", s, base + m.end(), _tok_at(sent, s))
    for m in CLAIMED_BY_RE.finditer(text):
        s = base + m.start("actor")
        add(s, base + m.end("actor"), "claims_responsibility", base + m.start(), base + m.end(), _tok_at(sent, s))
    for rx in ARGUED_BLAME_RES:
        for m in rx.finditer(text):
            actor = re.sub(r"(?:'s|’s)$", "", m.group("actor").strip())
            if actor.split()[0].lower() in PRONOUN_ACTORS | {"and", "but"}:
                continue
            s = base + m.start("actor")
            add(s, s + len(actor), "accuses", base + m.start(), base + m.end(), _tok_at(sent, base + m.start()))
    for m in DENY_RE.finditer(text):
        actor = m.group("actor").strip()
        if actor.split()[0].lower() in ("it", "they", "he", "she", "which", "who", "but", "and"):
            continue
        s = base + m.start("actor")
        add(s, s + len(actor), "denies", s, base + m.end(), _tok_at(sent, base + m.start("verb")))
    return out


DENY_LEMMAS = frozenset({"deny", "reject"})


def speaks_for_itself(doc, stance: str, anchor_i: int) -> bool:
    """Whether the blamed actor is also the speaker: it claims the deed ("IS claimed the attack") or
    denies it in its own words ("Syria denied responsibility"). A denial read from the sentence's
    wording ("Syria described the reports its army had used chemical weapons as untrue") is said by
    the sentence's speaker about someone else."""
    return stance == "claims_responsibility" or (stance == "denies" and doc[anchor_i].lemma_.lower() in DENY_LEMMAS)


def denied_party(doc, start: int, actor: str) -> str:
    """Who a denial clears: a state that denies ("Syria denied responsibility", "Damascus rejected the
    accusations") speaks for its government, which is the party accused; any other actor ("the Assad
    regime", "the army") denies its own doing."""
    tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    if tok is not None and tok.ent_type_ == "GPE" and len(actor.split()) <= 2 and \
            not set(actor.lower().split()) & ACTOR_HEADS - STATE_NAMES:
        return f"government of {actor.removeprefix('the ').removeprefix('The ')}"
    return actor


# Actor heads that are also the names of states or capitals: these still stand for a government.
STATE_NAMES = frozenset({"russia", "iran", "turkey", "israel", "syria", "damascus", "moscow"})


# Blame argued rather than stated: "appeared to be the work of the Assad government", "it looked like a
# rebel provocation", "pointing to the Assad regime's direct responsibility for the chemical attack".
_ACTOR = r"(?:the )?(?:[A-Z][\w'’-]+ ){0,3}(?:regime|government|army|military|forces|coalitions?|rebels|militants|[A-Z][\w'’-]+)"
_INCIDENT_WORDS = r"(?:attacks?|massacres?|killings?|bombings?|strikes?|shelling|bombardment|deaths|explosion|blast)"
ARGUED_BLAME_RES = [
    re.compile(r"\b(?:the )?(?:work|handiwork|doing) of (?P<actor>" + _ACTOR + r")"),
    re.compile(r"\b(?:looked|looks|seemed|seems|appeared|appears) (?:to be )?(?:like )?an? "
               r"(?P<actor>rebel|opposition|terrorist|jihadist|militant|government|regime|army|[A-Z][\w-]+) "
               r"(?:provocation|plot|set-?up|false[- ]flag|ploy|fabrication)"),
    re.compile(r"(?P<actor>" + _ACTOR + r")(?:'s|’s)? (?:direct |full |sole |clear )?responsibility for "
               r"(?:\S+ ){0,4}?" + _INCIDENT_WORDS + r"\b"),
]


# Attack nouns that name one incident; "siege", "crackdown", "offensive", "operations", "attacks" name
# campaigns, whose modifier ("government siege", "the regime's crackdown") is background, not blame.
INCIDENT_ATTACK_NOUNS = frozenset({"attack", "bombardment", "fire", "shelling", "bombing", "ambush", "massacre",
                                   "barrage", "gunfire", "explosion", "blast", "killing"})
SELF_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our"})
# Modifier words that name an actor before an attack noun: "terrorist rocket attack", "regime shelling".
ACTOR_MODIFIERS = frozenset({"terrorist", "terrorists", "regime", "government", "army", "rebel", "rebels",
                             "insurgent", "militant", "jihadist", "militia", "coalition", "israeli", "russian",
                             "syrian", "turkish", "iranian", "american", "houthi", "ukrainian", "army's", "regime's",
                             "armys", "regimes", "forces"})


def able_subject(able):
    """The subject of "was able to": "the Syrian army was able to give a heavy blow"."""
    return next((c for c in able.head.children if c.dep_ == "nsubj"), None) if able.dep_ == "acomp" else None


def self_claimant(verb, subj):
    """The actor that speaks of its own deed: the subject of the reporting verb above `verb` when the
    deed's subject is "it"/"they"/"its fighters" ("Daish said in a statement that one of its fighters...",
    "Russia said it had critically injured a leader"). None when the speaker is no actor."""
    if subj.lower_ not in SELF_PRONOUNS and not any(c.lower_ in SELF_PRONOUNS and c.dep_ == "poss"
                                                   for c in subj.children):
        return None
    x = verb
    for _ in range(3):
        if x.dep_ in ("ccomp", "conj", "xcomp") and x.head.i != x.i:
            x = x.head
            if x.lemma_.lower() in ("say", "announce", "claim", "state", "confirm", "admit", "boast"):
                owner = next((c for c in x.children if c.dep_ == "nsubj"), None)
                if owner is not None and owner.lower_ not in PRONOUN_ACTORS and (
                        is_actor(owner) or owner.ent_type_ in ("GPE", "ORG", "NORP")):
                    return owner
                return None
        else:
            break
    return None


def attack_modifier_actor(noun) -> tuple[int, int] | None:
    """Char offsets of the actor named inside an attack noun phrase, if any: "similar terrorist rocket
    attack" -> "terrorist"; "the Syrian army's bombardment" -> "Syrian army"; "An ISIL terrorist car bomb
    attack" -> "ISIL terrorist"; "sniper fire of Jabhat al-Nusra terrorists" -> "Jabhat al-Nusra terrorists"."""
    doc = noun.doc
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None and is_actor(pobj):
        return _phrase(pobj)
    actor = [t for t in doc[noun.left_edge.i:noun.i]
             if (t.lower_ in ACTOR_MODIFIERS or (t.ent_type_ in ("ORG", "NORP") and t.pos_ == "PROPN") or
                 (t.dep_ == "poss" and is_actor(t))) and t.lower_ not in NON_ACTOR_MODIFIERS]
    if not actor:
        return None
    first, last = actor[0], actor[-1]
    if last.dep_ == "case":
        last = doc[last.i - 1]
    if doc[last.i + 1].lower_ in ("'s", "’s") if last.i + 1 < len(doc) else False:
        pass
    return first.idx, last.idx + len(last.text)


EXPLICIT_BLAME = frozenset({"blame", "accuse", "hold", "attribute"})


def can_be_blamed(obj) -> bool:
    """The object of "blamed"/"accused" is an actor ("blamed the Houthis", "accused Damascus"), not a
    thing or an event ("blames the unrest on", "blamed the loss of Qaryatayn on", "blamed the other")."""
    if obj.lower_ in PRONOUN_ACTORS or obj.lower_ in ("other", "others", "each", "world", "side", "sides"):
        return False
    return is_actor(obj) or obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or \
        any(is_actor(c) for c in obj.children if c.dep_ in ("conj", "compound"))


def doc_text_of(doc) -> str:
    """`doc.text`, built once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return text


def _violent_object(verb) -> bool:
    words = {t.lower_ for c in verb.children if c.dep_ in ("dobj", "prep", "xcomp") for t in c.subtree}
    return bool(words & (ATTACK_NOUNS | {"chemical", "weapons", "gas", "sarin"}))


def _verb_object_end(verb) -> int:
    obj = next((c for c in verb.children if c.dep_ in ("dobj",)), None)
    last = obj.right_edge if obj is not None and obj.right_edge.i - verb.i <= 8 else verb
    return last.idx + len(last.text)


def _tok_at(sent, char: int) -> int:
    for t in sent:
        if t.idx <= char < t.idx + len(t.text) + 1:
            return t.i
    return sent.start


def stance_for(perp_text: str, stance: str, speaker) -> str:
    """Final stance: an accusation by the actor's own side becomes a claim of responsibility."""
    if stance != "accuses":
        return stance
    return _stance_for(perp_text, speaker)
