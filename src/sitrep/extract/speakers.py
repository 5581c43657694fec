"""Who states a figure: the speaker a claim is *according to*.

News attributes a figure with a reporting verb ("the Observatory said", "told AFP", "reported"),
with "according to X", or not at all, in which case the outlet speaks in its own voice. One speaker
goes by many names ("SOHR", "the Britain-based monitor", "Rami Abdel Rahman"); `canonical_speaker`
folds them with the table `CANONICAL_SPEAKERS`, kept as data (`data/speakers.tsv`) so that other
wars are a matter of adding rows (Yemen's Saba, Myanmar's MRTV, Sudan Doctors Network, Airwars, ACLED,
OCHA, MSF...).

>>> canonical_speaker("the Britain-based monitor")
('Syrian Observatory for Human Rights', 'monitor')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.extract.casualties import SOURCE_NOUNS, sent_end, sent_start, standing_dash
from sitrep.extract.perpetrators import CONDEMNED_DEEDS, dateline_end, doc_text_of, group_read_as_auxiliary, name_known_as
from sitrep.extract.literal_guard import guarded
from sitrep.nlp import RANK_ABBREVIATIONS
from sitrep.records import Article, Span, Speaker

def load_speaker_table(path: Path | None = None, countries: dict[str, str] | None = None
                       ) -> list[tuple[str, str | None, str]]:
    """(pattern over the lower-cased name, canonical name or None = keep the name as written, kind) for
    each row of `data/speakers.tsv`; first match wins, so specific rows come before generic ones. A row's
    optional fourth column, the state a state outlet speaks for, goes into `countries` (canonical -> country)."""
    path = path or Path(__file__).resolve().parent.parent / "data" / "speakers.tsv"
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            pattern, canon, kind, *country = line.rstrip("\n").split("\t")
            rows.append((pattern, canon or None, kind))
            if country and country[0] and canon and countries is not None:
                countries[canon] = country[0]
    return rows


# The state a state outlet speaks for ("SANA" -> Syria): its "Syrian Arab Army units" are its own side's.
SPEAKER_COUNTRIES: dict[str, str] = {}
CANONICAL_SPEAKERS: list[tuple[str, str | None, str]] = load_speaker_table(countries=SPEAKER_COUNTRIES)
_COMPILED = [(re.compile(p), canon, kind) for p, canon, kind in CANONICAL_SPEAKERS]

# FA-KES outlet codes and common outlet spellings -> the outlet's own name.
OUTLET_NAMES = {
    "reuters": "Reuters", "sana": "SANA", "alaraby": "The New Arab", "etilaf": "Syrian National Coalition",
    "nna": "National News Agency", "ahram": "Ahram Online", "manar": "Al-Manar", "alalam": "Al-Alam",
    "dailysabah": "Daily Sabah", "sputnik": "Sputnik", "trt": "TRT World", "jordantimes": "Jordan Times",
    "arabiya": "Al Arabiya", "asharqalawsat": "Asharq Al-Awsat", "tass": "TASS", "afp": "AFP",
    "ap": "The Associated Press",
}
OUTLET_KINDS = {"SANA": "state_media", "Syrian National Coalition": "opposition"}

# Wire-service credits in the text itself: "DAMASCUS (AFP) -", "- REUTERS", "--Reuters".
_CREDIT_RE = re.compile(r"\((AFP|Reuters|AP|SANA|Anadolu|Xinhua)\)|[-—]{1,2}\s?(REUTERS|Reuters|AFP)\b")
# A masthead first line, as on a saved web page: "Belfast Telegraph".
_MASTHEAD_RE = re.compile(r"^\s*((?:The )?(?:[A-Z][\w'-]+ ){0,3}(?:Telegraph|Times|Post|News|Herald|Guardian|"
                          r"Journal|Gazette|Tribune|Independent|Observer|Chronicle|Express|Standard))\s*$")

REPORTING_LEMMAS = frozenset({
    "say", "report", "tell", "state", "announce", "add", "confirm", "document", "estimate", "quote",
    "record", "count", "write", "post", "insist", "allege", "warn", "claim", "accuse", "put", "note",
    "explain", "declare", "publish", "reveal", "describe", "blame", "deny", "indicate",
    "inform", "broadcast", "attribute", "believe", "suspect",
})
MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                         "sept", "oct", "nov", "dec"})
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
# Verbs that attribute a figure; blame/deny verbs name a speaker only when they have a subject.
SAYING_LEMMAS = frozenset({"say", "report", "tell", "state", "announce", "add", "confirm", "document", "estimate",
                           "write", "post", "insist", "note", "explain", "declare", "publish", "reveal", "inform",
                           "broadcast", "quote", "record", "count"})
# Common nouns that can speak: "sources said", "the ministry announced", "a statement said".
SPEAKER_NOUNS = frozenset({
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "activist",
    "activists", "resident", "residents", "witness", "witnesses", "agency", "ministry", "monitor", "observatory",
    "group", "organisation", "organization", "committee", "committees", "commission", "council", "coalition",
    "army", "military", "police", "governor", "minister", "doctor", "doctors", "medic", "medics", "hospital",
    "statement", "media", "television", "tv", "channel", "newspaper", "daily", "correspondent", "reporter",
    "network", "office", "room", "authorities", "government", "regime", "command", "commander", "colonel", "general",
    "head", "chief", "director", "president", "leader", "envoy", "diplomat", "ambassador", "mayor", "officer",
    "coordinator", "coordinators", "opposition", "rebels", "militants", "state", "watchdog", "ngo", "charity",
    "report", "reports", "advocates", "groups", "campaigners", "journalist", "journalists", "survivors",
    "survivor", "relatives", "villagers", "locals", "man", "woman", "father", "mother", "nurse", "paramedic",
    "paramedics", "rescuers", "volunteers", "figures", "data", "tally", "count", "ministries", "department",
    "agencies", "services", "forces", "troops", "insurgents", "jihadists", "fighters", "members", "member",
    "expert", "experts", "analyst", "analysts", "investigators", "inspectors", "prosecutor", "secretary",
    "representative", "delegation", "mission", "staff", "personnel", "worker", "workers", "clerics", "cleric",
    # a service of the armed forces speaks as the army does: "Ukraine's air force said", "the navy said"
    "force", "navy", "marines", "gendarmerie", "presidency", "service",
    # posts and offices that speak for a place or a body: "the administrator of Djugu territory accused",
    # "the county sheriff said", "a local lawmaker told", "the Kherson regional administration said"
    "administrator", "administration", "authority", "commissioner", "chairman", "chairperson", "chairwoman",
    "sheriff", "superintendent", "prefect", "lawmaker", "lawmakers", "legislator", "senator", "councillor",
    "councilor", "elder", "elders", "priest", "imam", "pastor", "bishop", "lawyer", "lawyers",
    "society",      # "according to the civil society of the Bapere sector" (Congo's local civil society)
    # bodies of people that speak for their members: "The association accused armed Fulani herdsmen"
    "association", "union", "federation", "conference", "foundation", "assembly", "parliament", "institute",
    # a medical or aid body told again by its kind: "The centre said in a statement" after "the Emergency Medicine
    # Centre", "the directorate said" after "the Idlib Health Directorate"
    "centre", "center", "directorate",
    # more who tell what they saw or fought: "the militia said", "separatists said", "observers said", "rescue teams
    # said", "mourners said", "the coroner said"
    "militia", "militias", "separatist", "separatists", "observer", "observers", "trader", "traders", "team", "teams",
    "teacher", "teachers", "parent", "parents", "mourner", "mourners", "coroner", "guerrilla", "guerrillas",
    "faction", "factions",     # "Turkish-backed factions rushed to accuse the SDF"
    # a victim's kin and neighbours: "his family said", "her brother told AFP", "a neighbour said"
    "family", "families", "relative", "brother", "sister", "son", "daughter", "wife", "husband", "cousin", "uncle",
    "neighbour", "neighbor", "neighbours", "neighbors", "friend", "friends",
})


@lru_cache(maxsize=8192)
def canonical_speaker(name: str) -> tuple[str, str]:
    """(canonical name, speaker kind) for a speaker as written; unknown names stay as written,
    without a leading "the". Cached: a pure function of the name, asked for every speaker of
    every sentence, and each answer walks the whole table.

    >>> canonical_speaker("SANA")
    ('SANA', 'state_media')
    >>> canonical_speaker("a hospital source in Taiz")
    ('a hospital source in Taiz', 'medical')
    """
    low = name.lower().strip()
    for rx, canon, kind in _COMPILED:
        if _row_matches(rx, low, name.strip()):
            if canon == "state media" and (named := STATE_OUTLET_NAMED_RE.search(name)):
                return named.group(1), kind     # "state broadcaster RTB", "the state-run news agency WAFA"
            return (canon or strip_the(name)), kind
    return strip_the(name), _party_kind(name)


# A state outlet described, then named: "state broadcaster RTB", "Russian state news agency TASS", "the state-run
# news agency WAFA", "state television channel Al-Ikhbariya". Its name is who speaks; "state media" is its kind.
STATE_OUTLET_NAMED_RE = re.compile(
    r"\b(?:broadcaster|agency|television|TV|radio|channel|newspaper|daily|outlet|media)\s+"
    r"((?:[A-Z][\w'.-]*|al-[\w'-]+)(?:\s+(?:[A-Z][\w'.-]*|al-[\w'-]+)){0,3})\s*$")


# The last words of a body's name that the actor table may know whole: "the Qassam Brigades", "the Arakan Army".
BODY_HEADS = frozenset({"forces", "force", "army", "brigades", "brigade", "front", "movement", "group", "militia",
                        "militias", "command", "guard", "corps", "battalion", "battalions"})


def _party_kind(name: str) -> str:
    """A party the actor table names whole, by one name or a body's name ("the IDF", "FARDC", "the Tatmadaw", "the
    Qassam Brigades"), speaks as a state's forces or an armed group; a leader's full name or a weapon the table lists
    among a party's aliases ("Bashar al-Assad", "US aircraft") is no such body, and any other name stays "other"."""
    from sitrep.actors import party_speaker_kind
    words = strip_the(name).split()
    if not words or not (len(words) == 1 and words[0][:1].isupper() or words[-1].lower() in BODY_HEADS):
        return "other"
    return party_speaker_kind(name) or "other"


# Acronyms the table knows that are also English words: they count only in capitals.
WORD_ACRONYMS = frozenset({"who", "us", "it", "is", "its", "am", "as", "an"})


def _row_matches(rx, low: str, name: str) -> bool:
    """Whether a table row matches a name; an acronym that is also an English word counts only in capitals
    ("WHO"), so that "a doctor who asked not to be named" is no World Health Organization."""
    return any(m.group(0) not in WORD_ACRONYMS or name[m.start():m.end()].isupper() for m in rx.finditer(low))


@lru_cache(maxsize=8192)
def _has_named_row(name: str) -> bool:
    """Whether the table names this speaker (rather than keeping the name as written)."""
    low = name.lower().strip()
    for rx, canon, _kind in _COMPILED:
        if _row_matches(rx, low, name.strip()):
            return canon is not None
    return False


def strip_the(name: str) -> str:
    """A name without its leading article: "The Islamic State group" and "Islamic State group" are one name."""
    return re.sub(r"^(the|The)\s+", "", name.strip())


def outlet_speaker(article: Article, text: str | None = None) -> Speaker:
    """The outlet's own voice: the article's outlet (FA-KES codes canonicalised), else a wire credit
    in the text ("(AFP)", "- REUTERS"), else a masthead first line, else "the outlet"."""
    text = article.text if text is None else text
    if article.outlet:
        code = article.outlet.lower().strip()
        name = OUTLET_NAMES.get(code, article.outlet)
        canon, kind = canonical_speaker(name)
        if kind in ("outlet", "state_media") and _has_named_row(name) and "(" not in name:
            name = canon                    # "Radio Free Europe/Radio Liberty" -> "... (RFE/RL)"
        return Speaker(name, name, OUTLET_KINDS.get(name, "outlet"))  # type: ignore[arg-type]
    m = _CREDIT_RE.search(text[:600]) or _CREDIT_RE.search(text[-300:])
    if m:
        raw = m.group(1) or m.group(2)
        name = OUTLET_NAMES.get(raw.lower(), raw)
        return Speaker(name, name, OUTLET_KINDS.get(name, "outlet"))  # type: ignore[arg-type]
    first = next((line for line in text.splitlines() if line.strip()), "")
    m = _MASTHEAD_RE.match(first)
    if m:
        return Speaker(m.group(1), m.group(1), "outlet")
    return Speaker("the outlet", "the outlet", "outlet")


@dataclass
class Attribution:
    """A speaker named in a sentence and the tokens it covers: `verb` is the reporting verb (or
    "according"), the claim tokens in its subtree are attributed to the speaker."""

    speaker: Speaker
    verb_i: int
    scope: frozenset[int]
    # a judge of a deed ("condemned the attack") or a blamer in a relative clause speaks only for its scope,
    # never as the sentence's nearest speaker
    narrow: bool = False
    # "according to X": a source the outlet relays, farther from a claim than a speaker it then quotes
    relayed: bool = False


# Capitalised last words of outlets' names that the parser reads as adverbs or apart from the name.
OUTLET_TAIL_WORDS = frozenset({"Now", "Today", "Online", "Daily", "Weekly"})


def _name_tokens(head) -> list:
    """The tokens naming a speaker: the head with its left modifiers and an "of"/"for"/"at" phrase
    ("head of the Observatory", "Observatory for Human Rights"), without appositions or clauses."""
    toks = [t for t in head.lefts if t.dep_ not in ("punct", "cc", "appos", "relcl", "advmod", "preconj")]
    start = min([head.i] + [t.left_edge.i for t in toks])
    end = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in", "from", "on") and child.i == end + 1:
            if child.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in MEDIA_WORDS for g in child.children):
                break        # "the regional administration on Telegram": where it spoke, not who
            end = child.right_edge.i
            # not an apposition told of the place after a comma: "Residents of Kouakourou, a village in the Djenne
            # circle, accuse" are the residents of Kouakourou
            told = next((t for t in child.subtree if t.dep_ == "appos" and t.left_edge.i > child.i + 1 and
                         t.pos_ == "NOUN" and t.left_edge.lower_ in ("a", "an", "one") and
                         _text_at(t.doc, t.left_edge.i - 1) == ","), None)
            if told is not None:
                end = told.left_edge.i - 2
                break
        elif child.dep_ in ("compound", "flat", "nummod") and child.i == end + 1:
            end = child.i
        else:
            break
    doc = head.doc
    # a relative clause on the phrase's last noun is no part of the name: "a doctor from the hospital in El Fasher,
    # who spoke on condition of anonymity, said" (an apposition is: "the head of the administration, Serhiy Lysak")
    clause = next((t for t in doc[head.i + 1:end + 1] if t.dep_ == "relcl"), None)
    if clause is not None:
        end = max(head.i, clause.left_edge.i - 1)
        while end > head.i and doc[end].is_punct:
            end -= 1
    if end + 1 < len(doc) and doc[end + 1].text == ")" and \
            sum(t.text == "(" for t in doc[start:end + 1]) > sum(t.text == ")" for t in doc[start:end + 1]):
        end += 1             # "The UN Mission in South Sudan (UNMISS) said": the bracket the parser hangs elsewhere
    if end + 1 < len(doc) and doc[end + 1].text in OUTLET_TAIL_WORDS:
        end += 1             # "Myanmar Now reported", "Hiiraan Online said": the parser cuts the masthead's last word off
    named = _person_named_after_post(head, end)
    if named is not None:
        end = named         # "The head of the regional administration, Oleksandr Prokudin, said": the post and the name
    while start < end and doc[start].dep_ == "punct":
        start += 1
    return [doc[i] for i in range(start, end + 1)]


def _text_at(doc, i: int) -> str:
    """The text of the doc's word `i`, or "" past its ends."""
    return doc[i].text if 0 <= i < len(doc) else ""


def _person_named_after_post(head, end: int) -> int | None:
    """Where the name of the person holding a post ends, when the post is told first and the name follows it
    between commas ("the Police Public Relations Officer in the state, DSP Sani Abubakar, confirmed", "The head of
    the regional administration, Oleksandr Prokudin, said"): the name is who speaks, the post what they are.
    None when no person's name follows the post."""
    if head.lower_ not in POSTS and head.lemma_.lower() not in POSTS:
        return None
    doc = head.doc
    for c in head.children:
        if c.dep_ == "appos" and c.i > end and doc[end + 1].text == "," and c.pos_ == "PROPN" and \
                c.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME") and \
                all(t.pos_ == "PROPN" or t.is_punct and t.text in ".-'" for t in doc[end + 2:c.i + 1]):
            return c.i
    return None


OBSERVATORY_NAMED_RE = re.compile(r"(?i)observatory|\bsohr\b|britain-based|uk-based|rami abd|abdurrahman")
OBSERVATORY_NAMED_RE = guarded(OBSERVATORY_NAMED_RE)   # skips a text without the words it needs
# Titles a dateline may run into when punctuation is lost: "Damascus British Foreign Secretary William Hague".
NATIONALITY_LABELS = ("NORP",)


# Nouns that describe a monitoring or relief body without naming it: "a rights group", "a Sudanese watchdog".
DESCRIBED_BODIES = frozenset({"group", "organization", "organisation", "watchdog", "monitor", "network",
                              "association", "body", "ngo", "charity", "observatory"})
BODY_KINDS = ("monitor", "medical", "international")


# A described body's own words saying its kind: "a medical group" is no monitor named elsewhere (ACLED).
DESCRIBED_KINDS = {"medical": "medical", "doctors": "medical", "health": "medical", "medics": "medical",
                   "monitoring": "monitor", "monitor": "monitor", "watchdog": "monitor"}


def _described_kind(name: str) -> str | None:
    return next((DESCRIBED_KINDS[w] for w in re.findall(r"[a-z]+", name.lower()) if w in DESCRIBED_KINDS), None)


@lru_cache(maxsize=32)     # asked once per described speaker; the answer is the article's
def _the_one_body_named(text: str, wanted: str | None = None) -> tuple[str, str] | None:
    """The one monitoring, medical or international body the article names (a row of the table with a
    canonical name), or None when it names none or several: a body first described ("a rights group
    said") is the one named elsewhere ("according to the Emergency Lawyers"). A description that says
    its kind ("a medical group") is only a body of that kind."""
    low = text.lower()
    found = set()
    for rx, canon, kind in _COMPILED:
        if canon is None or kind not in BODY_KINDS or wanted is not None and kind != wanted:
            continue
        if canon == "Syrian Observatory for Human Rights" and not OBSERVATORY_NAMED_RE.search(text):
            continue                        # its row also holds descriptions ("a monitoring group")
        if rx.pattern.startswith("^"):
            continue
        # a short name counts only in capitals: "WHO", not "who"
        if any(len(m.group(0)) > 5 or text[m.start():m.end()].isupper() for m in rx.finditer(low)):
            found.add((canon, kind))
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=16)     # asked for each speaker of the article
def _about_another_war(text: str) -> bool:
    """Whether an article names another country (or its people) and never Syria: there "the monitor" and
    "a watchdog" are no Syrian Observatory."""
    from sitrep.actors import default_actors, fold

    words = set(fold(text).split())
    demonyms = default_actors().demonyms
    if any(demonyms.get(w) == "Syria" for w in words):
        return False
    return any(c != "Syria" for w in words if (c := demonyms.get(w)) and len(w) > 3)


def _dateline_dash(subj) -> int | None:
    """The index of the dash closing a dateline that the parser made the subject ("Addis Abeba –", "Bamako, 6 March
    2024 (Studio Tamani) –"), or None when the subject is no dateline."""
    doc = subj.doc
    if subj.i + 1 < len(doc) and standing_dash(doc[subj.i + 1]):
        return subj.i + 1
    end = dateline_end(subj.sent)
    if subj.idx >= end:
        return None
    return next((t.i for t in doc[subj.i + 1:subj.sent.end] if t.idx >= end - 3 and standing_dash(t)), None)


def _without_dateline(toks: list) -> list:
    """A place or an all-capitals dateline run into a speaker's name is no part of it: "Damascus British
    Foreign Secretary William Hague" -> "British Foreign Secretary William Hague", "BEIRUT Activists" ->
    "Activists"; "Homs Governor Talal al-Barazi" keeps its place (no nationality follows)."""
    k = 0
    while k < len(toks) - 1 and toks[k].ent_type_ in ("GPE", "LOC") and toks[k + 1].ent_type_ in ("GPE", "LOC") and \
            toks[k + 1].ent_iob_ == "I":
        k += 1
    if len(toks) > k + 2 and toks[0].ent_type_ in ("GPE", "LOC") and toks[k + 1].ent_type_ in NATIONALITY_LABELS and \
            toks[k + 1].ent_iob_ == "B" and not any(t.lower_ in ("'s", "’s") for t in toks[:k + 2]):
        return toks[k + 1:]
    if len(toks) > 1 and toks[0].is_upper and toks[0].is_alpha and len(toks[0].text) >= 4 and \
            toks[0].ent_type_ in ("GPE", "LOC", "") and toks[1].is_title:
        return toks[1:]
    return toks


def speaker_of_tokens(head, article: Article) -> Speaker | None:
    """A Speaker for the noun `head` (subject of a reporting verb or object of "according to")."""
    toks = _name_tokens(head)
    while len(toks) > 1 and toks[0].i < head.i and (toks[0].ent_type_ in ("DATE", "TIME", "CARDINAL") or
                                                   toks[0].like_num or toks[0].lower_.rstrip(".") in MONTH_WORDS):
        toks = toks[1:]     # "on April 15 UN Special Envoy ... said": the date is not the speaker
    # comma-less copy runs the words before into the name: "near the group's bastion Raqqa a monitor said",
    # "left scores wounded reports say"
    inner = [k for k, t in enumerate(toks) if 0 < k and t.i < head.i and t.lower_ in ("a", "an", "the")]
    if inner:
        toks = toks[inner[-1]:]
    # "within the area of explosion NNA correspondent added": a named outlet after common words starts the name
    org = [k for k, t in enumerate(toks) if 0 < k < len(toks) - 1 and t.ent_iob_ == "B" and
           t.ent_type_ == "ORG" and toks[k - 1].pos_ == "NOUN" and toks[k - 1].is_lower]
    if org:
        toks = toks[org[-1]:]
    while len(toks) > 1 and toks[0].i < head.i and toks[0].lower_ in ("wounded", "injured", "dead", "killed"):
        toks = toks[1:]
    # a subheading run into the sentence: "SLEEPING DEAD Opposition activists cited ..."
    k = 0
    while k < len(toks) - 1 and toks[k].is_upper and toks[k].is_alpha and len(toks[k].text) >= 3:
        k += 1
    if k >= 2 and toks[k].i <= head.i:
        toks = toks[k:]
    toks = _without_dateline(toks) if head.i > toks[0].i else toks
    close = [k for k, t in enumerate(toks) if t.text == ")" and t.i < head.i and
             not any(u.text == "(" for u in toks[:k])]
    if close:
        toks = toks[close[-1] + 1:]     # "(TRT World and Agencies) International leaders": a credit, then the name
    dash = [k for k, t in enumerate(toks) if 0 < k and t.i < head.i and standing_dash(t)]
    if dash:
        toks = toks[dash[-1] + 1:]      # "NASHVILLE, Tenn. (WKRN) – Authorities": a dateline, a dash, the name
    toks = _without_loose_ends(toks)
    if not any(ch.isalpha() for t in toks for ch in t.text):
        return None     # (a name with a dot or a digit still names: "Actualite.cd", "7sur7.cd", "M23")
    doc = head.doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    name = article.text[start:end]
    canon, kind = canonical_speaker(name)
    if head.ent_type_ == "PERSON" and _has_named_row(name):
        # "National Coalition leader Ahmed al-Jarba": the person named speaks, not the body he leads
        # (unless the person is himself a row: "Observatory head Rami Abdurrahman")
        person = [t for t in toks if t.ent_type_ == "PERSON" and t.i <= head.i]
        if person and person[0].i > toks[0].i:
            pname = article.text[person[0].idx:end]
            if not _has_named_row(pname) or canonical_speaker(pname)[0] != canon:
                canon = strip_the(name)
    if canon == "Syrian Observatory for Human Rights" and not OBSERVATORY_NAMED_RE.search(name) and \
            not OBSERVATORY_NAMED_RE.search(article.text) and (re.match(r"(?i)an?\s", name) or
                                                              _about_another_war(article.text)):
        # "an opposition monitoring group" in an article that never names the Observatory, "a watchdog" in
        # a story of another war: a description, kept as written
        canon = strip_the(name)
    if re.match(r"(?i)an?\s", name) and head.lower_ in DESCRIBED_BODIES and \
            canon == strip_the(name):
        body = _the_one_body_named(article.text, _described_kind(name))
        if body is not None:                # "a rights group said" ... "according to the Emergency Lawyers"
            canon, kind = body
    person = None
    if (head.lower_ in POSTS or head.lemma_.lower() in POSTS) and head.ent_type_ != "PERSON" and \
            canon == strip_the(name) and head.dep_ != "appos":
        # "the commander of the armed forces, Admiral Francisco Cubides": the person named after the post speaks
        # (the parser may hang the name on the post's "of" phrase, or anywhere)
        person = _person_after_post(head, end)
        if person is not None:
            canon = article.text[person[0]:person[1]]
    # an apposition may say who the speaker is: "Talal Barazi, the governor of Homs province",
    # "Myanmar's state broadcaster MRTV"
    for child in ([] if person else head.children):
        if child.dep_ == "appos" and child.left_edge.i == head.i + 1 and head.is_lower and not head.ent_type_ and \
                child.pos_ == "PROPN" and (child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
                                           head.lower_ in DESCRIBED_BODIES and child.is_title):
            # ("the charity World Central Kitchen", "the monitoring group Airwars": a body's kind, then its name)
            # "Syria's southern neighbour Israel", "the army chief Abdel Fattah al-Burhan": a description, then
            # the name of who it describes
            appos = article.text[child.left_edge.idx:child.right_edge.idx + len(child.right_edge.text)]
            c2, k2 = canonical_speaker(appos)
            canon, kind = c2, (k2 if k2 != "other" else kind)
            break
        if child.dep_ == "appos" and head.is_lower and not head.ent_type_ and child.pos_ == "PROPN" and \
                child.ent_type_ in ("ORG", "") and child.idx > end and doc[head.i + 1].text == "," and \
                canon == strip_the(name) and re.fullmatch(r"(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}",
                                                           _appos_text(child, article).strip(" ,")):
            # "Ukraine's military intelligence agency, the HUR, said": a body described, then its name; both kept,
            # the name in brackets as a body's other name is
            canon = f"{canon} ({strip_the(_appos_text(child, article).strip(' ,'))})"
            break
        if child.dep_ == "appos":
            appos = _appos_text(child, article)
            if child.ent_type_ == "PERSON" and head.ent_type_ != "PERSON" and not _has_named_row(name) and \
                    (re.match(r"(?i)an?\s", name) or head.lower_ in POSTS or head.lemma_.lower() in POSTS):
                # "An activist in Homs, Wael al-Homsi, said", "the Director General of the State Emergency
                # Management Agency, Dr. Barkindo Saidu, said": the person is who speaks
                canon = strip_the(appos.strip(" ,"))
                break
            c2, k2 = canonical_speaker(appos)
            if k2 == "other":
                continue
            if kind == "other":
                kind = k2
            if head.ent_type_ == "PERSON" and not _has_named_row(name) and k2 not in ("monitor", "state_media"):
                # "Ayman al-Aasmi, a member of the FSA southern front command": the person speaks, the body
                # he belongs to only says what kind of speaker he is
                kind = k2
                break
            if _has_named_row(appos) and (kind == k2 or k2 in ("monitor", "state_media")):
                canon, kind = c2, k2
            break
    if kind == "other" and head.ent_type_ == "PERSON":
        kind = _kind_of_description(head, article) or kind
    known = name_known_as(head) if canon == strip_the(name) else None
    if known is not None:
        # "The main Pakistani Taliban group, known as Tehreek-e-Taliban Pakistan, said": the body described, then
        # the name it goes by, in brackets as a body's other name is
        c2, k2 = canonical_speaker(article.text[known[0]:known[1]])
        canon, kind = f"{canon} ({c2})", (k2 if k2 != "other" else kind)
    if canon == strip_the(name) and ACRONYM_RE.fullmatch(canon):
        full = _spelled_out(canon, article.text)
        if full is not None:
            canon = f"{full} ({canon})"     # "the DBA said", after "the Darfur Bar Association (DBA) said": one body
    if canon == strip_the(name):
        # "Local security forces (Asayish) said": a body's other name in brackets is part of its name
        other = OTHER_NAME_RE.match(article.text, end)
        if other and not _has_named_row(other.group(1)) or other and canonical_speaker(other.group(1))[0] == canon:
            canon = f"{canon} ({other.group(1)})"
    if canon == "Syrian Observatory for Human Rights" and not OBSERVATORY_NAMED_RE.search(article.text) and \
            _about_another_war(article.text):
        canon = strip_the(name)            # "the Kivu Security Tracker, a monitor": described, in another war
    return Speaker(name, canon.strip(LOOSE_ENDS), kind, Span.of(article.text, start, end))  # type: ignore[arg-type]


ACRONYM_RE = re.compile(r"[A-Z]{2,6}")


def _spelled_out(acronym: str, text: str) -> str | None:
    """The name an acronym was introduced with in brackets ("the Darfur Bar Association (DBA)", "the Kivu Security
    Tracker (KST)"), its capitalised words matching the acronym's letters; None if the text spells it nowhere."""
    for m in re.finditer(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on|in)\s+)*){1,8})\(\s*" + acronym + r"\s*\)", text):
        words = m.group(1).split()
        caps = [k for k, w in enumerate(words) if w[0].isupper()]
        for n, k in enumerate(caps):
            if "".join(words[c][0] for c in caps[n:]) == acronym:
                return " ".join(words[k:])
    return None


# Characters no name starts or ends with: the commas of an apposition ("A resident, Ibrahim Musa, said"),
# a dash, a line break.
LOOSE_ENDS = " \t\n,;:-–—"


def _without_loose_ends(toks: list) -> list:
    """The name's tokens without the commas, dashes and line breaks the parse hangs at either end of it."""
    while toks and not toks[0].text.strip(LOOSE_ENDS):
        toks = toks[1:]
    while toks and not toks[-1].text.strip(LOOSE_ENDS):
        toks = toks[:-1]
    return toks


# A body's other name in brackets right after its name: "the Internal Security Forces (Asayish)".
OTHER_NAME_RE = re.compile(r"\s*\(((?:al-|el-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})\)")


def _person_after_post(head, end: int) -> tuple[int, int] | None:
    """The character span of a person named in apposition right after a post ("the commander of the
    armed forces, Admiral X, said"; the parser may hang the name anywhere, even make it the root), or None.
    The name runs from the comma to the next comma or the end of the sentence, and ends in a person."""
    doc = head.doc
    # the comma after the post's name, or inside it when the parser ran the person into its "of" phrase
    # ("the governor of Borno, Babagana Zulum," read as "Borno and Babagana Zulum")
    i = next((t.i for t in doc[head.i:] if t.idx >= end or t.text == ","), None)
    if i is not None and doc[i].i == head.i + 1 and doc[i].text != ",":
        return _name_closing_sentence(doc, i)
    if i is None or doc[i].text != ",":
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title:
        j += 1
    last = doc[j - 1] if j - 1 > i else None
    if last is None or not _a_persons_name(doc[i + 1:j]) or j < len(doc) and doc[j].text not in (",", ".", "said"):
        return None
    return doc[i + 1].idx, last.idx + len(last.text)


def _a_persons_name(words) -> bool:
    """Whether capitalised words after a post name its holder: a person to the tagger, or two to four words the
    tagger took for a body ("the head of Ndalya locality, Faustin Ngabu,": ORG) that no body's word is in."""
    if any(w.lower_ in NOT_IN_A_PERSONS_NAME for w in words):
        return False
    return words[-1].ent_type_ == "PERSON" or 2 <= len(words) <= 4 and \
        all(w.ent_type_ in ("ORG", "") for w in words) and not _has_named_row(words.text)


# Words of a body's name, never of a person's: "the spokesman of the army, Operation Hadin Kai," is no person.
NOT_IN_A_PERSONS_NAME = frozenset({
    "forces", "force", "army", "council", "ministry", "group", "front", "brigade", "brigades", "command", "police",
    "agency", "committee", "movement", "party", "union", "network", "office", "department", "operation", "news",
    "tv", "radio", "media", "state", "republic", "province", "region", "county", "city", "district", "hospital",
    "university", "centre", "center", "commission", "authority", "administration", "service", "services",
})


def _name_closing_sentence(doc, i: int) -> tuple[int, int] | None:
    """A person's name of two to five capitalised words right after a post that end the sentence ("said the
    KNU spokesperson Pado Saw Kalei Say."): the parser may read such names as verbs, so no tag is asked."""
    j = i
    while j < len(doc) and doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ not in NOT_NAMES:
        j += 1
    if not 2 <= j - i <= 5 or j < len(doc) and doc[j].text not in (".", ","):
        return None
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)


NOT_NAMES = ("DATE", "TIME", "GPE", "LOC", "ORG", "NORP", "FAC")


# Posts a person holds, named before the person in apposition: "the governor of Borno, Babagana Zulum".
POSTS = frozenset({"general", "director", "governor", "spokesman", "spokeswoman", "spokesperson", "minister",
                   "commissioner", "chief", "head", "commander", "mayor", "chairman", "president", "secretary",
                   "coordinator", "officer", "official", "administrator", "sheriff", "superintendent"})


def _kind_of_description(head, article: Article) -> str | None:
    """The kind of a person named after a description of his post: "Pentagon spokesman Rear Admiral John
    Kirby" (military), "Sudan's army chief Abdel Fattah al-Burhan" (military; the parser may make the
    description a second subject). The name stays the person's."""
    doc = head.doc
    start = head.left_edge.i
    sib = [c for c in head.head.children if c.dep_ == head.dep_ and c.i < head.i and c.right_edge.i + 1 >= start]
    if sib and head.head.i != head.i:
        start = min(start, sib[-1].left_edge.i)
    if start >= head.i:
        return None
    desc = article.text[doc[start].idx:head.idx]
    k = canonical_speaker(desc)[1]
    return k if k != "other" else None


def _appos_text(child, article: Article) -> str:
    """An apposition as written, without the relative clause that may follow it ("an opposition activist
    who drove the road": "who" is no World Health Organization)."""
    cut = [d.i for d in child.subtree if d.dep_ in ("relcl", "acl") and d.i > child.i]
    last = child.right_edge
    if cut:
        clause = child.doc[min(cut)]
        last = child.doc[max(child.i, min(clause.left_edge.i, min(cut)) - 1)]
    return article.text[child.left_edge.idx:last.idx + len(last.text)]


def _after_verb(verb):
    """The verb's children, and the subjects of a participle hanging on it: in "... killed 12 people
    said the Observatory adding that ..." the parser makes the Observatory the subject of "adding"."""
    for c in verb.children:
        yield c
        if c.tag_ == "VBG" and c.i > verb.i:
            yield from (g for g in c.children if g.dep_ == "nsubj" and g.i < c.i)


def _relayed_scope(tok, sent) -> frozenset[int]:
    """What "according to X" or "per X" covers: the clause of the verb it hangs on, else the whole sentence."""
    head = tok.head if tok.head.i != tok.i else tok
    return frozenset(t.i for t in head.subtree) if head.pos_ in ("VERB", "AUX") else frozenset(t.i for t in sent)


def sentence_attributions(sent, article: Article, last_named: Speaker | None) -> list[Attribution]:
    """The speakers a sentence names, each with the tokens it covers. Pronoun subjects
    ("it said", "he told AFP") resolve to `last_named`, the most recent named speaker."""
    out: list[Attribution] = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                sp = _resolve(pobj, article, last_named)
                if sp:
                    out.append(Attribution(sp, tok.i, _relayed_scope(tok, sent), relayed=True))
            continue
        if tok.lower_ == "per" and tok.dep_ == "prep":
            # "Twelve people died, per the health ministry", "per police": "according to" in a word; "per day",
            # "per cent" name no one who can speak
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            sp = _resolve(pobj, article, last_named) if pobj is not None and pobj.lower_ not in PRONOUNS else None
            if sp is not None and can_speak(pobj, sp):
                out.append(Attribution(sp, tok.i, _relayed_scope(tok, sent), relayed=True))
            continue
        noun_att = _noun_attribution(tok, sent, article, last_named)
        if noun_att is not None:
            out.append(noun_att)
            continue
        quoted = _quoted_as(tok, article, last_named)
        if quoted is not None:
            out.append(quoted)
            continue
        if is_reporting_verb(tok) and not _belief_told_by_another(tok) and not _victims_accused(tok):
            subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
            subj = max(subjects, key=lambda c: c.i) if subjects else None
            if subj is not None and subj.lower_ in HARM_TOLD and tok.lower_ == "reported":
                continue        # a headline's "heavy casualties reported", "deaths reported": reported by no one named
            if subj is not None and _apposition_read_as_subject(subj, subjects):
                # "Getachew Reda, a spokesperson for the TPLF, ..., accused": the person, not his post
                subj = max((c for c in subjects if c.i < subj.i), key=lambda c: c.i)
            if subj is None:
                subj = group_read_as_auxiliary(tok)     # "IS said ...": the group read as the verb "is"
            if subj is not None and subj.lower_ in ("it", "they") and tok.dep_ == "relcl":
                # "The army released the names of 12 militants it said had been killed": the clause's teller is the
                # subject of the sentence it hangs in
                above = tok.head
                while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
                    above = above.head
                main = next((c for c in above.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS), None)
                if main is not None and _resolve(main, article, last_named) is not None:
                    subj = main
            if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" and \
                    tok.lemma_.lower() != "claim":     # "the battle which claimed several persons" is no speech
                subj = tok.head     # "the envoy Bashar Jaafari, who on Monday blamed France", "Kyiv, which accused"
            if subj is None and tok.tag_ == "VBG":
                # "with an AFP photographer reporting ...": the noun right before the participle, when it speaks;
                # else the subject of the clause it hangs on: "confirmed the toll, saying ...", "backed up X by
                # saying ..." (never a deed: "the air strikes brought chaos, ... reporting")
                before = _noun_before(tok)
                own_noun = before is not None and before.dep_ == "pobj" and before.head.lower_ == "with"
                if own_noun and _resolve(before, article, last_named) is not None:
                    subj = before
                else:
                    subj = _governing_subject(tok)
                    if subj is not None and (subj.lemma_.lower() in DEED_NOUNS or subj.lower_ in DEED_NOUNS):
                        subj = None
            # ", reported local news agency SABA": after a comma, the object of a saying verb is who says
            after_comma = tok.i > sent.start and tok.doc[tok.i - 1].text == "," and \
                tok.lemma_.lower() in ("report", "state", "confirm", "announce")
            # '..." added the senior military official': after a closing quote, a longer description
            after_quote = tok.i > sent.start and tok.doc[tok.i - 1].text in CLOSE_QUOTES + "''"
            dash = _dateline_dash(subj) if subj is not None else None
            if dash is not None:
                # "Addis Abeba – Residents of Bure town said", "Bamako, 6 March 2024 (Studio Tamani) – Residents of
                # Kouakourou ... accuse": a dateline, then who speaks in apposition
                subj = next((c for c in subj.children if c.dep_ == "appos" and c.i > dash), subj)
            # a subject before the verb that can speak is the speaker: in "the Managil Resistance Committees said
            # RSF fighters riding in 40 vehicles surrounded the village" the fighters are told of, not telling
            own_sp = _resolve(subj, article, last_named) if subj is not None and subj.lower_ not in PRONOUNS else None
            own_subject = subj if own_sp is not None else None
            inverted = None if own_subject is not None else next((c for c in _after_verb(tok) if c.i > tok.i and
                             c.i - tok.i <= (5 if after_quote else 6 if after_comma else 3)
                             and c.lower_ not in PRONOUNS and (c.dep_ == "nsubj" or c.dep_ == "dobj" and (
                                 tok.lemma_.lower() in ("say", "add") or after_comma) or
                                 after_comma and c.dep_ == "ccomp" and c.pos_ == "PROPN")),
                            None) if tok.lemma_.lower() in SAYING_LEMMAS else None
            if inverted is not None:
                sp_inv = _resolve(inverted, article, last_named)
                # ", reported the Sudan Tribune.", ", reported the official WAFA news agency.": a named object closing
                # the sentence after a comma is who reports
                closing = after_comma and inverted.dep_ == "dobj" and inverted.pos_ in ("NOUN", "PROPN") and \
                    any(t.pos_ == "PROPN" for t in inverted.subtree) and \
                    all(t.is_punct for t in tok.doc[inverted.right_edge.i + 1:sent.end])
                if sp_inv is not None and (sp_inv.kind != "other" or inverted.ent_type_ in ("PERSON", "ORG")
                                           or inverted.dep_ == "nsubj" and inverted.pos_ in ("NOUN", "PROPN")
                                           or closing):
                    subj = inverted     # "... killed at least 10 civilians said the Syrian Observatory"
            if subj is None and tok.lemma_.lower() in SAYING_LEMMAS:
                # inverted after a quotation: '"We have counted 62 bodies," said Dr Ahmed Hassan'
                subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i
                             and c.lower_ not in PRONOUNS), None)
            if subj is None:
                subj = _subject_before_citing(tok)  # "SANA, citing a military source, said": "SANA" misparsed
            if subj is None and tok.lemma_.lower() in SAYING_LEMMAS:
                subj = _first_of_speakers(_noun_before(tok))
            if subj is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and \
                    tok.head.lemma_.lower() in SAYING_LEMMAS:
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ == "xcomp" and tok.lemma_.lower() in BLAMING_LEMMAS:
                # "Turkish-backed factions rushed to accuse the SDF", "the army was quick to blame the RSF"
                above = tok.head.head if tok.head.dep_ == "acomp" else tok.head
                subj = above.head if above.dep_ == "acl" and above.head.pos_ in ("NOUN", "PROPN") else next(
                    (c for c in above.children if c.dep_ == "nsubj"), None)   # (the verb read as the noun's clause)
            if subj is None:
                # "..., the Observatory said" parsed with the speaker as a passive agent or attr
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                if agent is not None and (tok.lemma_ in ("report", "quote") or _figure_given(tok)):
                    subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if subj is None:
                continue
            subj = _partitive_whole(subj)   # "one of the officers said": the officers' kind speaks
            sp = own_sp if subj is own_subject else _resolve(subj, article, last_named)
            if sp is None and tok.lemma_.lower() in SAYING_LEMMAS:
                sp = _speaker_left_of(tok, article)
            if sp:
                scope = frozenset(t.i for t in tok.subtree)
                narrow = tok.dep_ == "relcl" and subj.i == tok.head.i or \
                    tok.lemma_.lower() in JUDGING_LEMMAS | MOURNING_LEMMAS
                if narrow:
                    # "Bashar Jaafari, who on Monday blamed France for the Ghouta Massacre that claimed over 1127
                    # lives", "leaders condemned the attacks which killed 58": the blamer told in a relative
                    # clause, or the judge of a deed, speaks for the blame, not for what the sentence's own
                    # voice says of the deed
                    # (its "committed by X" is the judge's blame: "condemned the massacre committed by the RSF")
                    scope -= {t.i for d in tok.subtree if d.i != tok.i and d.dep_ in ("relcl", "acl") and
                              not (d.dep_ == "acl" and any(c.dep_ == "agent" for c in d.children))
                              for t in d.subtree}
                out.append(Attribution(sp, tok.i, scope, narrow))
                if subj.lower_ not in PRONOUNS:
                    last_named = sp   # "The Observatory said it had documented..."
    quoted_text = _quoted_as_text(sent, article, out)
    if quoted_text is not None:
        out.append(quoted_text)
    out.extend(_circumstances_told_by_outlet(sent, out, article))
    if not out:
        tail = _trailing_speaker(sent, article)
        if tail is not None:
            out.append(tail)
    named = recent_speakers(sent.doc)
    for a in out:
        if a.speaker.span is not None and sent.start_char <= a.speaker.span.start < sent.end_char and \
                (not named or named[-1].span != a.speaker.span):
            named.append(a.speaker)
    return out


# Conjunctions opening what went on around a statement: "..., rescue workers said, as government forces pounded
# the enclave", "..., the ministry said, while the army pressed on".
CIRCUMSTANCE_MARKS = frozenset({"as", "while"})


def _circumstance_clause(verb):
    """The clause with which a sentence-closing "X said" goes on to what went on around it, after a comma
    ("..., rescue workers said, as government forces pounded the last rebel enclave"), or None. The parser may hang
    the clause on the deed the speaker's words interrupt ("killed nine people, a medical source said, while ...")."""
    around = list(verb.children) + (list(verb.head.children) if verb.dep_ == "parataxis" else [])
    return next((c for c in around if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in CIRCUMSTANCE_MARKS and m.i > 0 and m.doc[m.i - 1].text == ","
        for m in c.children)), None)


def _circumstances_told_by_outlet(sent, atts: list[Attribution], article: Article) -> list[Attribution]:
    """The wire's own voice for the background it tells after a speaker's figures: in "Air strikes killed 27
    people in Hamouriyeh, rescue workers said, as government forces pounded the enclave" the rescuers gave the
    toll; the pounding is the outlet's telling (Syria, Sudan, Ukraine). A speaker named within the clause
    speaks for it ("..., the ministry said, while local sources put the toll above 50")."""
    out = []
    for a in atts:
        verb = sent.doc[a.verb_i]
        if a.narrow or a.relayed or a.speaker.span is None or verb.lemma_.lower() not in SAYING_LEMMAS:
            continue
        clause = _circumstance_clause(verb)
        if clause is None or any(c.dep_ == "ccomp" and verb.i < c.i < clause.i for c in verb.children):
            continue        # the speaker's own words run on: "told Xinhua that he saw ..., while 15 wounded ..."
        scope = frozenset(t.i for t in clause.subtree)
        if any(b.verb_i in scope for b in atts):
            continue
        out.append(Attribution(outlet_speaker(article), clause.i, scope, narrow=True))
    return out


TRAILING_VERBS = frozenset({"reports", "reported", "says", "said", "added", "adds", "reporting", "announced",
                            "announces", "stated", "confirmed"})


def _trailing_speaker(sent, article: Article) -> Attribution | None:
    """ "... on Friday the Syrian Observatory for Human Rights reports.": with the commas lost the parser
    may read a sentence-final "X reports" as a noun phrase; a named organisation or person right
    before a final reporting word speaks for the sentence."""
    toks = [t for t in sent if not t.is_punct and not t.is_space]
    if len(toks) < 4 or toks[-1].lower_ not in TRAILING_VERBS:
        return None
    last = toks[-1]
    doc = last.doc
    j = last.i - 1
    while j > sent.start and doc[j].lower_ in ("has", "have", "had", "was", "were"):
        j -= 1          # "... the Qatar Red Crescent Society (QRCS) has announced."
    if doc[j].text == ")" and j - 2 > sent.start and doc[j - 2].text == "(":
        j -= 3
    prev = doc[j]
    ent = next((e for e in sent.ents if e.end == j + 1 and e.label_ in ("ORG", "PERSON", "NORP")), None)
    if ent is None and prev.ent_type_ in ("ORG", "PERSON") and prev.ent_iob_ == "I":
        ent = next((e for e in sent.ents if e.start <= prev.i < e.end), None)
    if ent is None:
        return None
    start = ent.start
    if start > sent.start and last.doc[start - 1].lower_ == "the":
        start -= 1
    a, b = last.doc[start].idx, prev.idx + len(prev.text)
    name = article.text[a:b]
    canon, kind = canonical_speaker(name)
    return Attribution(Speaker(name, canon, kind, Span.of(article.text, a, b)),  # type: ignore[arg-type]
                       last.i, frozenset(t.i for t in sent))


# "SANA quoted a source in Hasaka as saying", "state television cited the defence ministry as saying"
QUOTING_LEMMAS = frozenset({"quote", "cite"})


def _victims_accused(verb) -> bool:
    """ "ISIS fighters abducted five young men, after accusing them of smoking": the captors' charge against their
    victims, told as the deed's circumstance, is no statement of the figures."""
    return verb.lemma_.lower() in ("accuse", "charge") and verb.tag_ == "VBG" and \
        verb.head.lower_ in ("after", "before", "for") and \
        any(c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in verb.children)


def _subject_before_citing(verb):
    """The subject of a reporting verb set apart by "citing"/"quoting" ("SANA, citing a military source, said ...",
    "Reuters, quoting two security sources, reported ..."), which the parser hangs on the verb as a clause of its
    own: the noun before the participle. Who cites is who says (the source cited is theirs)."""
    doc, start = verb.doc, sent_start(verb)
    if verb.i - start < 5 or doc[verb.i - 1].text != ",":
        return None
    # read from the words, not the parse: the small model takes "SANA" for a verb as often as for a noun
    citing = next((t for t in doc[start + 2:verb.i - 2] if t.lower_ in ("citing", "quoting") and
                   doc[t.i - 1].text == ","), None)
    if citing is None or "," in {t.text for t in doc[citing.i + 1:verb.i - 1]}:
        return None
    name = doc[citing.i - 2]
    return name if name.pos_ in ("PROPN", "NOUN") or name.text[:1].isupper() else None


def _quoted_as(tok, article: Article, last_named: Speaker | None) -> Attribution | None:
    """ "SANA ... quoting Homs Governor Talal al-Barazi as putting the death toll at six": the one quoted
    speaks for what follows "as"."""
    if tok.lemma_.lower() not in QUOTING_LEMMAS or tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    window = tok.doc[obj.i + 1:min(sent_end(tok), obj.i + 10)]
    if not any(t.lower_ == "as" and t.i + 1 < len(tok.doc) and tok.doc[t.i + 1].tag_ == "VBG" for t in window):
        return None
    sp = _resolve(obj, article, last_named)
    if sp is None:
        return None
    doc = tok.doc
    nxt = obj.right_edge.i + 1
    if sp.span is not None and nxt < len(doc) and doc[nxt].dep_ == "prep" and doc[nxt].head.i == tok.i and \
            doc[nxt].lower_ in ("in", "at", "from", "of") and doc[nxt].right_edge.i + 1 < len(doc) and \
            doc[doc[nxt].right_edge.i + 1].lower_ == "as" and sp.span.end == obj.right_edge.idx + len(obj.right_edge):
        # "quoted a source in Hasaka as saying": the parser hangs "in Hasaka" on the verb; it is the source's
        last = doc[nxt].right_edge
        name = article.text[sp.span.start:last.idx + len(last)]
        canon, kind = canonical_speaker(name)
        if sp.canonical != sp.name.removeprefix("the ").removeprefix("The "):
            canon = sp.canonical            # a named row keeps its name
        kind = sp.kind if kind == "other" else kind
        sp = Speaker(name, canon, kind, Span.of(article.text, sp.span.start, last.idx + len(last)))  # type: ignore[arg-type]
    end = sent_end(tok)
    return Attribution(sp, tok.i, frozenset(range(obj.i, end)))


QUOTED_AS_RE = re.compile(r"\b(?:quot|cit)(?:ed|ing) (?P<who>(?:[\w'’.-]+ ){0,7}?[\w'’.-]+) as "
                          r"(?:saying|putting|stating|telling|reporting|confirming|adding)\b")


def _quoted_as_text(sent, article: Article, found: list[Attribution]) -> Attribution | None:
    """ "SANA quoted Homs Governor Talal al-Barazi as saying ..." when the parser misreads the verb: the words
    between the quoting verb and "as saying" name who speaks for the rest of the sentence."""
    m = QUOTED_AS_RE.search(sent.text)
    if m is None:
        return None
    a = sent.start_char + m.start("who")
    b = sent.start_char + m.end("who")
    if any(x.speaker.span is not None and x.speaker.span.start <= a < x.speaker.span.end for x in found):
        return None                         # the parse found the one quoted
    first = next((t for t in sent if t.idx >= a), None)
    if first is None:
        return None
    name = article.text[a:b]
    canon, kind = canonical_speaker(name)
    if kind == "other" and not any(t.ent_type_ in ("PERSON", "ORG") or t.lower_ in SPEAKER_NOUNS
                                   for t in sent if a <= t.idx < b):
        return None
    return Attribution(Speaker(name, canon, kind, Span.of(article.text, a, b)),  # type: ignore[arg-type]
                       first.i, frozenset(range(first.i, sent.end)))


def _belief_told_by_another(verb) -> bool:
    """ "A local police official said investigators believed the bomber had been sent by the TTP": what others
    believe, told by a speaker, is that speaker's word; the believers are no source of their own."""
    return verb.lemma_.lower() in ("believe", "suspect", "think") and verb.dep_ == "ccomp" and \
        verb.head.lemma_.lower() in SAYING_LEMMAS


def _figure_given(verb) -> list:
    """The figure a passive verb of giving or confirming has as its subject: "The provisional toll was given to
    ACTUALITE.CD by ...", "The figures were provided by the governor", "The toll was confirmed by police"."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or \
            verb.lemma_.lower() not in FIGURE_GIVING_LEMMAS | {"confirm", "announce", "report"}:
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in FIGURE_NOUNS]


def is_reporting_verb(tok) -> bool:
    """Whether a verb attributes what it governs: "said", "reported", and "gave a toll of 44"; not
    "claimed the attack" (a claim of responsibility) nor "adding new urgency" (no speech)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in FIGURE_GIVING_LEMMAS:       # "gave a toll of 44", "the toll was given to AFP by the governor"
        return any(o.lemma_.lower() in FIGURE_NOUNS for o in objects + _figure_given(tok))
    if lemma == "hold" and any(c.lower_ in ("responsible", "accountable", "culpable") for c in tok.subtree):
        return True                         # "the governor held Boko Haram responsible for the attack"
    if lemma == "defend" and any(o.lower_ in DEFENDED_PARTIES or o.ent_type_ in ("GPE", "ORG", "NORP")
                                 for o in objects):
        return True                         # "Moscow defended its Damascus ally saying ..."
    if lemma in MOURNING_LEMMAS:
        # the figure in what is mourned or listed: "the ministry deplores 10 soldiers killed", "the army mourned 15
        # soldiers", "the health office listed 9 dead and 14 wounded"
        return any(t.like_num or t.lower_ in ("dozens", "scores", "hundreds") for o in objects for t in o.subtree)
    if lemma in JUDGING_LEMMAS:
        # "Syrian officials have called allegations against their forces fabricated", "the envoy condemned
        # the army's bombardment": who judges an allegation or an attack speaks for the blame in it
        # (what it is called: "called it a heinous act by the terrorists")
        judged = objects + [c for c in tok.children if c.dep_ == "oprd"]
        return any(o.lemma_.lower() in ALLEGATION_NOUNS | ATTACKS_JUDGED or o.lower_ in ALLEGATION_NOUNS
                   for o in judged)
    if lemma == "speak" and any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in tok.children):
        # "Local sources speak of more than 30 people killed"; not inside what another says ("Witnesses spoke of
        # bodies in the streets ..., MSF said")
        return not any(t.lemma_.lower() in SAYING_LEMMAS and t.pos_ == "VERB" for t in tok.sent if t.i != tok.i)
    if lemma in ("show", "suggest") and any(c.dep_ == "nsubj" and (c.lemma_.lower() in SHOWING_SUBJECTS or
                                                           c.lower_ in SHOWING_SUBJECTS) for c in tok.children):
        return True                         # "figures from the health ministry showed", "a Reuters count showed"
    if lemma in ("see", "witness") and any(o.lemma_.lower() in SEEN_DEAD for o in objects):
        return True                         # "An AFP correspondent saw 10 bodies": the witness is the source
    if lemma in CLAUSE_REPORTING_LEMMAS:
        # translated and agency copy's verbs of saying ("the administrator specified that the toll remains
        # provisional", "the spokesman affirmed that"): speech only with a that-clause, not "stressed the need"; or
        # pointing back at what was just told, as Nigerian and South Asian copy names its source ("Col. Usman
        # Abdulkadir disclosed this in a statement"): he speaks, and "he said" next is his
        return any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or \
            any(o.lower_ in ("this", "these") for o in objects)
    if lemma not in REPORTING_LEMMAS:
        return False
    if lemma == "claim" and any(o.lemma_.lower() in CLAIMED_THINGS for o in objects):
        return False
    if lemma == "add" and objects and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
        return False
    return True


# Verbs that tell the dead by mourning or listing them (francophone and army copy: "the ministry deplores 10 soldiers
# killed"); like a judge's verbs, they speak only for the figure they govern, not for a relative clause in it ("the
# UN deplored the attack which killed 12" gives the UN no figure).
MOURNING_LEMMAS = frozenset({"mourn", "deplore", "lament", "list"})
# What a witness sees that is a toll: "saw 10 bodies", "saw the bodies of seven men".
SEEN_DEAD = frozenset({"body", "corpse", "remains"})
# Verbs that say only with a that-clause, common in copy translated from French or Arabic and in agency wires.
CLAUSE_REPORTING_LEMMAS = frozenset({"specify", "affirm", "assert", "stress", "emphasise", "emphasize", "disclose",
                                     "clarify", "underline", "recount", "testify", "assure", "maintain"})
DEFENDED_PARTIES = frozenset({"ally", "allies", "government", "regime", "army", "military", "forces", "troops",
                              "partner", "partners", "president", "leader"})
JUDGING_LEMMAS = frozenset({"call", "dismiss", "brand", "label", "term", "condemn", "denounce", "decry"})
ALLEGATION_NOUNS = frozenset({"allegation", "allegations", "accusation", "accusations", "claim", "claims", "charge",
                              "charges", "report", "reports"})
# (and the deed by the word a condemnation gives it: "condemned the cowardly act of al-Shabaab")
ATTACKS_JUDGED = frozenset({"attack", "bombardment", "shelling", "bombing", "strike", "airstrike", "massacre",
                            "killing", "raid", "assault"}) | CONDEMNED_DEEDS
# "Syrian state media gave a toll of 44 dead", "the ministry provided figures of...": a figure given is said.
FIGURE_GIVING_LEMMAS = frozenset({"give", "provide", "cite", "release", "issue", "publish"})
FIGURE_NOUNS = frozenset({"toll", "figure", "tally", "count", "estimate", "number", "death", "casualty",
                          "statistic", "data"})
# Nouns that carry a statement: "the claim by activists that 640 were killed", "activists' reports".
STATEMENT_NOUNS = frozenset({"claim", "report", "statement", "allegation", "account", "estimate", "figure",
                             "tally", "count", "assertion", "testimony", "communique", "announcement", "post",
                             "bulletin"})
# What "shows" a toll and so says it: figures, counts, reports, data.
SHOWING_SUBJECTS = FIGURE_NOUNS | STATEMENT_NOUNS | {"data", "statistics", "records"}


def _given_by(noun):
    """Who gave a toll told with its giver in a participle: "The toll, provided by the local civil society, stands at
    15 dead", "a toll given by the health ministry"; the giver's token, or None."""
    if noun.lemma_.lower() not in FIGURE_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in FIGURE_GIVING_LEMMAS | {"confirm", "announce"}:
            by = next((a for a in c.children if a.dep_ == "agent"), None)
            who = next((p for p in by.children if p.dep_ == "pobj"), None) if by is not None else None
            if who is not None:
                return who
    return None


def _noun_attribution(tok, sent, article: Article, last_named: Speaker | None) -> Attribution | None:
    """A statement noun with its author: "the claim by activists in the General Commission that at
    least 640 people were killed", "Activists' reports of killings". The figures the noun governs
    are the author's; when the noun is the subject of the sentence, so is the whole sentence."""
    given_by = _given_by(tok)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STATEMENT_NOUNS and given_by is None:
        return None
    if tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return None     # "according to a report by X" is handled as an "according to"
    author = given_by or next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if author is None:
        by = next((c for c in tok.children if c.lower_ == "by" and c.dep_ in ("prep", "agent")), None)
        if by is None and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "by":
            by = tok.doc[tok.i + 1]     # the parser often hangs "by X" on the verb
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if author is None:
        return None
    sp = _resolve(author, article, last_named)
    if sp is None:
        return None
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
        scope = frozenset(t.i for t in sent)
    else:   # the noun and what follows it: "the claim by activists that at least 640 were killed"
        scope = frozenset(t.i for t in tok.subtree) | frozenset(range(tok.i, sent.end))
    return Attribution(sp, tok.i, scope)


# Generic nouns that point back to the speaker just named when that speaker is of these kinds.
GENERIC_BACKREF = {
    "group": ("monitor", "international", "opposition", "medical", "armed_group"),
    "monitor": ("monitor",), "watchdog": ("monitor", "international"),
    "organisation": ("monitor", "international", "medical"), "organization": ("monitor", "international", "medical"),
    "agency": ("state_media", "outlet", "international", "medical"),   # (Gaza's civil defence, "the agency")
    "network": ("opposition", "outlet", "monitor", "medical"),
    "ministry": ("government", "military"), "charity": ("medical", "international"),
    # "reported on Telegram by the head of the Zaporizhzhia Regional Military Administration ... the official said"
    "official": ("government", "military"),
}
# "the story", "the version": a definite account is the account of the speaker just named.
ANAPHORIC_ACCOUNTS = frozenset({"story", "version", "narrative", "accounts", "reports"})

CLAIMED_THINGS = frozenset({"responsibility", "attack", "bombing", "credit", "blast", "strike", "killing",
                            "control", "victory", "life", "lives"})


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# What a headline says was "reported", told in the passive without its verb ("..., heavy casualties reported").
HARM_TOLD = frozenset({"casualties", "deaths", "losses", "injuries", "dead", "killed", "wounded", "injured",
                       "clashes", "fighting", "explosions", "blasts", "gunfire", "shelling", "strikes", "airstrikes"})
# Deeds and things, never speakers, even when the parse makes them a subject.
DEED_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "attack", "attacks",
                        "bombardment", "bombing", "bombings", "explosion", "blast", "bomb", "bombs", "fire", "clashes",
                        "fighting", "violence", "offensive", "assault", "war", "conflict", "toll", "rocket", "rockets",
                        "missile", "missiles", "shell", "shells"})


PARTITIVE_WORDS = frozenset({"one", "some", "many", "several", "two", "three", "another", "most", "few", "none"})


def _partitive_whole(subj):
    """ "one of the officers", "some of the residents": the group named after "of" is who speaks."""
    if subj.lower_ not in PARTITIVE_WORDS:
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.lower_ not in PRONOUNS | {"them", "us"} else subj


def _governing_subject(verb):
    """The subject a participle of saying borrows from the clause it hangs on: "Mustafa Sultan, a local
    activist, confirmed the death toll saying that ..." (saying -> toll -> confirmed -> Mustafa Sultan),
    "Russia backed up its ally by saying ..." (saying -> by -> backed -> Russia)."""
    x = verb
    for _ in range(4):
        if x.dep_ not in ("acl", "advcl", "xcomp", "pcomp", "prep", "dobj", "conj") or x.head.i == x.i:
            return None
        if x.lower_ == "as":
            return None                     # "quoted a source as saying": the one quoted speaks (_quoted_as)
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            if x.dep_ == "ccomp" and x.head.pos_ in ("VERB", "AUX") and is_reporting_verb(x.head) and \
                    not is_reporting_verb(x):
                # "Rami Abdel Rahman said aircraft had targeted the market, blaming the regime": the one who
                # reports the deed blames, not the doer
                x = x.head
            subj = next((c for c in x.children if c.dep_ == "nsubj"), None) or group_read_as_auxiliary(x)
            if subj is not None:        # ("IS claimed responsibility ..., saying": "IS" read as an auxiliary)
                if subj.lower_ in RELATIVE_PRONOUNS and x.dep_ == "relcl":
                    return x.head
                return subj
            if x.dep_ not in ("advcl", "conj", "xcomp"):
                return None
    return None


def _first_of_speakers(noun):
    """The first of the speakers listed before a verb that lost its subject to the parser: in "killing 50
    soldiers, two security sources and a resident said" the resident is the last of the list run into the
    dead, and the sources who head it are the speaker. Only sources are climbed to: in "activists and state
    media reported" or "the Federation of Red Cross and Red Crescent Societies said" the name before the verb
    stays the speaker."""
    tok = noun
    while tok is not None and tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
        if tok.lower_ in SOURCE_NOUNS:
            return tok
    return noun


def _name_set_off(last) -> bool:
    """Whether `last` ends a name set off by commas, as an apposition ("the regional governor, Serhiy Lysak,")
    or a person's name the parser hangs elsewhere ("the head of the emergency room, Adam Rijal,")."""
    if last.pos_ != "PROPN" or not (last.dep_ == "appos" or last.ent_type_ == "PERSON"):
        return False
    first = last.i
    while first - 1 > 0 and last.doc[first - 1].pos_ == "PROPN" and last.doc[first - 1].ent_type_ == last.ent_type_:
        first -= 1
    while first - 1 > 0 and last.doc[first - 1].text.rstrip(".") in RANK_ABBREVIATIONS:
        first -= 1             # "a military spokesperson, Lt Col. Serge Ebanga, said": the rank opens the name
    return last.doc[first - 1].text == ","


def _noun_before(verb):
    """ "... a suburb of Damascus civil defense sources told Anadolu": with commas lost the parser
    may not give the reporting verb a subject; the noun phrase right before the verb is it."""
    if verb.i == sent_start(verb):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.text == "," and verb.i - 2 > sent_start(verb) and _name_set_off(verb.doc[verb.i - 2]):
        prev = verb.doc[verb.i - 2]     # "..., the head of the regional administration, Serhiy Lysak, said": the
                                        # apposition that names the speaker closes with a comma before the verb
    if prev.text == ")" and verb.i >= 4 and verb.doc[verb.i - 3].text == "(" and verb.doc[verb.i - 2].is_upper:
        prev = verb.doc[verb.i - 4]     # "... of Aleppo Syria Live Network (SLN) reported": the name before its acronym
    if prev.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    x = prev
    reached = _reached_through(x)
    if reached is not None:
        return reached
    for _ in range(3):
        if x.dep_ in ("pobj",) and x.head.dep_ == "prep" and x.head.lower_ in ("for", "of", "in", "at", "from") and \
                x.head.head.pos_ in ("NOUN", "PROPN") and not (
                    prev.pos_ == "PROPN" and x.head.head.pos_ == "NOUN" and not _speaker_noun(x.head.head)):
            # "the head of the Observatory said" is the head; "the Bab al-Maqam neighborhood of Aleppo Syria
            # Live Network reported" (commas lost) is the network, not the neighbourhood
            x = x.head.head
        elif x.dep_ in ("compound",) and x.head.i > x.i and x.head.i < verb.i:
            x = x.head
        else:
            break
    return x


# Channels a speaker speaks through, no part of its name: "the Kherson administration on Telegram".
MEDIA_WORDS = frozenset({"telegram", "facebook", "twitter", "whatsapp", "instagram", "youtube", "tiktok",
                         "skype", "signal", "messenger", "television", "tv", "radio", "phone", "telephone"})
# "an activist reached via Skype said", "a resident contacted by phone said": the medium is no speaker.
CONTACT_LEMMAS = frozenset({"reach", "contact", "speak", "talk", "interview", "call"})


def _reached_through(medium):
    """The person reached when `medium` is how ("via Skype", "by telephone", "over WhatsApp"), else None."""
    if medium.dep_ != "pobj" or medium.head.lower_ not in ("via", "by", "over", "on", "through"):
        return None
    verb = medium.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONTACT_LEMMAS:
        return None         # "talks via Zoom" is no one reached
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head    # "a resident, who was reached by phone, said"
    if subj is not None:
        return subj
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") else None


def _speaker_left_of(verb, article: Article) -> Speaker | None:
    """When the parse gives a reporting verb a subject that cannot speak ("Advertisement The
    official Syrian Arab News Agency in turn reported"), the nearest noun on its left that can; never the
    object of another verb told before a comma: in "killing four policemen, the information team said" the
    policemen are the dead (with the commas lost, "dropped barrel bombs on Aleppo the Syrian Observatory
    for Human Rights said", the parser's object is the speaker)."""
    comma = False
    for j in range(verb.i - 1, max(sent_start(verb), verb.i - 12) - 1, -1):
        tok = verb.doc[j]
        comma = comma or tok.text == ","
        if comma and tok.dep_ in ("dobj", "dative") and tok.head.i != verb.i:
            continue
        # a speaker closing the sentence after a comma that the parser hangs as an apposition on the
        # deed's subject ("Two shells fired by terrorists hit X, killing a child, a source at Aleppo police
        # command said") is the speaker; an apposition inside the words before (", a suburb of Y,") is not
        closing_appos = tok.dep_ == "appos" and tok.head.i < j and \
            verb.doc[tok.left_edge.i - 1].text == "," and tok.right_edge.i == verb.i - 1
        if tok.pos_ in ("NOUN", "PROPN") and (tok.dep_ not in ("compound", "amod", "poss", "appos") or closing_appos) \
                and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "on", "at")) \
                and not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "VERB"):
            # (nor what one died of: "died of his wounds in hospital, his family said")
            sp = _resolve(tok, article, None)
            if sp is not None and sp.kind != "other":
                return sp
    return None


def _closing_apposition(head):
    """The speaker closing a sentence that the parser hangs as an apposition on the place told before it:
    "exploded in northern Syria's Ras al-Ayn, Turkey's National Defense Ministry said" makes "Ayn" the subject
    of "said" and the ministry its apposition; so may a noun for the people counted before it. None when the
    subject is neither."""
    # the subject is a place, or the name the parser split off a preposition's object ("in Ras al-Ayn": "al"
    # the object of "in", "Ayn" the subject)
    doc = head.doc
    placed = head.ent_type_ in ("GPE", "LOC", "FAC") or \
        head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].dep_ == "pobj"
    # or the figure's people: "At least five people were killed and several others injured in clashes ..., a
    # local source told North Press" makes "others" the subject and the source its apposition
    counted = head.pos_ == "NOUN" and not _speaker_noun(head) and head.ent_type_ not in ("PERSON", "ORG", "NORP")
    if not placed and not counted:
        return None
    for c in head.children:
        if c.dep_ == "appos" and c.i > head.i and c.right_edge.i == head.head.i - 1 and \
                (c.ent_type_ in ("ORG", "PERSON") or c.lower_ in SPEAKER_NOUNS):
            return c
    return None


# Verbs by which a body issues a statement: "the army issued a statement", "X released a communique".
ISSUING_LEMMAS = frozenset({"issue", "release", "publish", "put", "send", "post"})


def _subject_of_the_clause_above(pronoun):
    """The subject a pronoun speaking in a clause of its own sentence points back to: "The governor, Minni Minawi,
    condemned what he called a new massacre", "the regional administration condemned what it called the cowardly
    act of the Khawarij" (he, it: the one who condemns, not the speaker last named). None when the pronoun's verb
    hangs on no verb with a subject of its own that is a name or a noun."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.lemma_.lower() not in JUDGING_LEMMAS:
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lower_ not in PRONOUNS and subj.pos_ in ("NOUN", "PROPN") else None


def _subject_told_before(pronoun, article: Article, last_named: Speaker | None) -> Speaker | None:
    """The subject of the sentence before, when a sentence opens on "they" (or "he"/"she") and that subject
    agrees with it and can speak: "The activists had no word on the agent. They said Russian jets struck",
    "Residents fled to Monguno. They said Boko Haram burned 40 houses". The pronoun points back at whom the
    text was just about, not at the last speaker named further up. Only a plural takes "they", only a person
    "he"/"she" and only a body "it" ("The Security Media Cell issued a statement on the attack. It said eight
    citizens were killed"); a pronoun inside its sentence ("the Observatory said it had") and a pronoun after a
    subject that spoke ("Head of the media centre Abu Yazan said ... He added") keep the speaker last named."""
    sent = pronoun.sent
    if pronoun.lower_ not in ("they", "he", "she", "it") or sent.start == 0 or any(
            t.dep_ in ("nsubj", "nsubjpass") for t in pronoun.doc[sent.start:pronoun.i]):
        return None
    before = pronoun.doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == pronoun.lower_:
        return _subject_told_before(subj, article, last_named)     # "They said ... They added ...": the same antecedent
    if subj is None or subj.lower_ in PRONOUNS or before.root.lemma_.lower() in REPORTING_LEMMAS:
        return None     # a subject that spoke is the speaker last named already, by its fullest name
    if pronoun.lower_ == "it":
        # (and only after a sentence where nobody spoke: "The army also took villages ..., said the Observatory.
        # It added ..." is the Observatory)
        agrees = subj.tag_ in ("NN", "NNP") and subj.ent_type_ != "PERSON" and subj.lower_ not in POSTS and (
            subj.ent_type_ == "ORG" or subj.lower_ in BODY_NAME_HEADS | SPEAKER_BODIES) and \
            not any(t.lemma_.lower() in SAYING_LEMMAS for t in before)
    else:
        agrees = subj.tag_ in ("NNS", "NNPS") if pronoun.lower_ == "they" else \
            subj.tag_ in ("NN", "NNP") and (subj.ent_type_ == "PERSON" or subj.lower_ in POSTS)
    if not agrees:
        return None
    sp = _resolve(subj, article, last_named)
    if sp is None and pronoun.lower_ == "it":
        sp = speaker_of_tokens(subj, article)  # a body's name the tagger does not know ("The Security Media Cell")
    return sp


def _issuer_told_before(head, article: Article) -> Speaker | None:
    """Who issued the statement that "the statement" points back to: the subject of the nearest verb before it
    that issued one ("The Nigerian Army issued a statement") or did something "in a statement" ("The General
    Command ... mourned the two men in a statement"); None when no earlier sentence tells one."""
    doc = head.doc
    noun = head.lemma_.lower()
    for tok in reversed(doc[max(0, head.sent.start - 200):head.sent.start]):
        if tok.lemma_.lower() != noun:
            continue
        verb = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUING_LEMMAS else \
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB" else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is None or subj.lower_ in PRONOUNS:
            return None
        # the issuer as its own sentence named it ("the civil group" there is the El Gezira Conference)
        said = next((a.speaker for a in _issuer_attributions(verb, article) if a.verb_i == verb.i), None)
        if said is not None:
            return said
        sp = speaker_of_tokens(subj, article)
        return sp if sp is not None and can_speak(subj, sp) else None
    return None


def _issuer_attributions(verb, article: Article) -> list[Attribution]:
    """The attributions of the sentence where a statement was issued, read as that sentence reads them (the
    speakers told so far are left as they were: that sentence was read already)."""
    told = recent_speakers(verb.doc)
    saved = list(told)
    try:
        return sentence_attributions(verb.sent, article, None)
    finally:
        told[:] = saved


# Pronouns that point back at the speaker last named from an "according to": "According to him, four people
# were killed", "according to them".
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _owner_told_before(head, article: Article, last_named: Speaker | None) -> Speaker | None:
    """The body named before that a possessive points back to: "The network's medical teams confirmed" after
    "The Sudan Doctors Network condemned", "the ministry's spokesman said" after "the Gaza health ministry"."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in GENERIC_BACKREF and
                  any(g.lower_ == "the" for g in c.children)), None)
    if owner is None or head.lower_ in GENERIC_BACKREF:
        return None
    body = _resolve(owner, article, last_named)
    return body if body is not None and body.span is not None and body.span.start < owner.left_edge.idx else None


def _resolve(head, article: Article, last_named: Speaker | None) -> Speaker | None:
    if head.lower_ in PRONOUNS or head.lower_ in OBJECT_PRONOUNS and head.dep_ == "pobj":
        above = _subject_of_the_clause_above(head)
        if above is not None:
            return _resolve(above, article, last_named) or last_named
        return _subject_told_before(head, article, last_named) or last_named
    closing = _closing_apposition(head)
    if closing is not None:
        head = closing
    if head.pos_ not in ("NOUN", "PROPN") and head.lower_ not in ("sana",) and not (
            head.dep_ in ("nsubj", "pobj") and head.lower_ in SPEAKER_NOUNS) and \
            group_read_as_auxiliary(head.head) != head:
        return None                         # ("Ukraine's military accused": "military" tagged as an adjective)
    if head.lower_ in ("source", "sources") and not list(head.lefts) and not list(head.rights):
        return Speaker(head.text, "sources", "other", Span.of(article.text, head.idx, head.idx + len(head)))
    if head.lemma_.lower() in STATEMENT_NOUNS or head.lower_ in ("communiqué", "figures", "data"):
        # "a statement released Saturday by the Syrian Revolution General Commission",
        # "latest figures given on Sunday by Turkey's Anatolia news agency"
        author = None
        for t in head.subtree:   # "a statement by the Commission", "a statement from the sheriff's office"
            if t.dep_ in ("agent", "prep") and (t.lower_ == "by" or t.lower_ == "from" and t.head.i == head.i):
                author = next((c for c in t.children if c.dep_ == "pobj"), None)
                if author is not None:
                    break
        if author is not None:
            head = author
            if head.lower_ in ("source", "sources") and any(c.lower_ == "same" for c in head.lefts) and \
                    last_named is not None:
                return last_named   # "a previous report from the same source"
        elif any(c.lower_ == "the" for c in head.lefts):
            # "the statement held X responsible" after "the General Command mourned the two men in a statement":
            # the body that issued the statement told before; else the report of the speaker just named
            issuer = _issuer_told_before(head, article)
            if issuer is not None:
                return issuer
            if last_named is not None:
                return last_named
    if head.lower_ in ANAPHORIC_ACCOUNTS and any(c.lower_ == "the" for c in head.lefts) and last_named is not None:
        return last_named       # "according to the opposition story": the account just quoted
    sp = speaker_of_tokens(head, article)
    if sp is None or not can_speak(head, sp):
        return None
    if last_named is not None and _post_of_person_named(head, sp, last_named):
        return last_named       # "Hayat said ... the police chief added": the post of the person just named
    body = _owner_told_before(head, article, last_named)
    if body is not None:        # "the network's medical teams", "the ministry's spokesman": that body's word
        return Speaker(sp.name, body.canonical, body.kind, sp.span)
    introduced = _person_introduced_with_post(head, sp, article)
    if introduced is not None:
        return introduced       # "Army spokesman Musa Ahmed spoke to reporters ... The spokesman said"
    holder = _person_named_later_with_post(head, sp, article)
    if holder is not None:
        return holder           # "..., the regional governor said. Governor Ivan Fedorov said on Telegram ..."
    told = recent_speakers(head.doc)
    if (last_named is not None or told) and any(c.lower_ == "the" for c in head.lefts) and \
            not _has_named_row(sp.name) and (last_named is None or sp.canonical != last_named.canonical):
        # "the TV network said" after "the opposition Cham TV network": the same speaker; "the group said" after
        # "the Syrian Observatory for Human Rights". Only a bare noun points back: "the Gaza health ministry"
        # names its own speaker. A speaker named with the noun ("the Gaza Health Ministry ... the ministry") is
        # found before a speaker of the right kind named since ("... while the Israeli army said").
        mods = [t for c in head.lefts if c.dep_ not in ("det", "predet") for t in c.subtree]
        ties = [t for t in mods if t.lower_ in TIE_WORDS]    # "al-Qaeda-linked", "Britain-based": a description
        mods = [t for t in mods if not any(t.i <= tie.i and "-" in t.doc[t.i:tie.i + 1].text for tie in ties)]
        # nor one whose "of" phrase names it: "the Ministry of Health in Gezira State" after "Government"
        mods += [t for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for", "in") for t in c.subtree]
        if not any((t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")) and not t.is_lower
                   for t in mods):          # ("the jihadist group": a lower-case word describes, names nothing)
            nouns = {t.lower_ for t in mods if t.pos_ == "NOUN" and t.dep_ == "compound"} | {head.lower_}
            for earlier in reversed(told[-RECENT_SPEAKERS:] or [last_named]):
                if nouns <= _name_words(earlier.name) | _apposed_kind(earlier, head.doc) and \
                        not _person_of_the_body(earlier.name, head.lower_):
                    return earlier          # "the ministry", "the TV network": the one named with these words;
                                            # "the group" after "The YBS, a Yazidi armed group, said"
            if len(nouns) == 1 and last_named is not None and last_named.kind in GENERIC_BACKREF.get(head.lower_, ()):
                return last_named           # "the hard-line militant group" after DAESH
            if len(nouns) == 1 and "armed_group" in GENERIC_BACKREF.get(head.lower_, ()):
                party = next((e for e in reversed(told[-RECENT_SPEAKERS:]) if e.kind == "armed_group"), None)
                if party is not None:
                    return party            # "Al-Shabaab claimed the attack. The militant group said ..."
            if len(nouns) == 1 and head.lower_ == "official":
                post = next((e for e in reversed(told[-RECENT_SPEAKERS:]) if e.kind in GENERIC_BACKREF["official"]),
                            None)
                if post is not None:
                    return post             # "reported by the head of the regional administration, Ukrinform
                                            # reports. ... the official said": the head, not the outlet
            described = [t for t in mods if t.is_lower and t.pos_ in ("ADJ", "NOUN")]
            if len(nouns) == 1 and head.lower_ in DESCRIBED_BODIES and described:
                body = next((e for e in reversed(told[-RECENT_SPEAKERS:]) if e.kind == "other" and
                             _a_body_named(e, head.doc)), None)
                if body is not None:
                    return body             # "according to the El Gezira Conference. ... the civil group said"
    surname = _surname_told_again(head, sp)
    if surname:
        # "Mr Umar said" after "The spokesperson ..., Abubakar Umar, confirmed", "Zulum said" after "Governor
        # Babagana Zulum": news names a person in full once, then by the surname; one source, not two
        earlier = next((e for e in reversed(recent_speakers(head.doc)) if e.canonical != sp.canonical and
                        len(e.canonical.split()) > 1 and e.canonical.split()[-1:] == [surname]), None)
        if earlier is not None:
            return Speaker(sp.name, earlier.canonical, earlier.kind, sp.span)
    if sp.canonical.lower() in OWN_REPORTERS:
        # "The reporter added that ...", "our correspondent said": the outlet's own reporter (no other named)
        outlet = outlet_speaker(article)
        if outlet.canonical != "the outlet":
            return Speaker(sp.name, outlet.canonical, outlet.kind, sp.span)
    return sp


# A surname told again with an honorific: "Mr Umar", "Dr. Hamdo"; or alone: "Saidu".
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr")
HONORIFIC_SURNAME_RE = re.compile(rf"(?:{'|'.join(HONORIFICS)})\.? ([A-Z][\w'’-]+)")
# Or with the post the person was named with: "Commissioner Bol" after "Commissioner Bol Deng Bol", "Governor Zulum".
POST_TITLES = ("Commissioner", "Governor", "Gov", "General", "Gen", "Colonel", "Col", "Major", "Maj", "Captain", "Capt",
               "Lieutenant", "Lt", "Minister", "President", "Mayor", "Chairman", "Chairperson", "Sheriff", "Brigadier",
               "Senator", "Sen", "Administrator", "Chief", "Commander", "Spokesman", "Spokesperson")
TITLE_SURNAME_RE = re.compile(rf"(?:{'|'.join(POST_TITLES)})\.? ([A-Z][\w'’-]+)")
BARE_SURNAME_RE = re.compile(r"[A-Z][a-z][\w'’-]*")


def _surname_told_again(head, sp: Speaker) -> str | None:
    """The surname a speaker is told by, with an honorific ("Mr Umar") or alone ("Saidu": a proper noun, not a
    place or a people, not a name of the speaker table), to be matched to a person named in full before."""
    honoured = HONORIFIC_SURNAME_RE.fullmatch(sp.name) or TITLE_SURNAME_RE.fullmatch(sp.name)
    if honoured:
        return honoured.group(1)
    if head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "NORP", "LOC") and \
            BARE_SURNAME_RE.fullmatch(sp.name) and not _has_named_row(sp.name):
        return sp.name
    return None


# A bare reporter in the outlet's story is the outlet's own: "the reporter", "our correspondent".
OWN_REPORTERS = frozenset({"reporter", "correspondent", "our reporter", "our correspondent"})


def _post_of_person_named(head, sp: Speaker, last_named: Speaker) -> bool:
    """Whether a speaker is only a post ("the police chief", "the senior military official") right after a
    person was named as a speaker: news names a person once, then calls him by his post."""
    if not _bare_post(head, sp) or last_named.span is None or last_named.kind == "outlet":
        return False            # (an outlet named as it carries a statement is no person: "..., Radio Dabanga reports")
    named = head.doc.char_span(last_named.span.start, last_named.span.end, alignment_mode="expand")
    if named is None or named[-1].i >= head.i:
        return False
    # a surname alone may go untagged ("Cubides said"): a person when the text names him in full elsewhere
    return named[-1].ent_type_ == "PERSON" or named[-1].pos_ in ("PROPN", "NOUN") and named[-1].is_title and any(
        e.label_ == "PERSON" and named[-1].text in e.text.split() for e in head.doc.ents)


POST_LOOKBACK = 4       # sentences back in which "the spokesman" may have been introduced by name


def _person_introduced_with_post(head, sp: Speaker, article: Article) -> Speaker | None:
    """The person a bare post points back to when he was introduced with that post but did not speak then:
    "Army spokesman Musa Ahmed spoke to reporters in Maiduguri. The spokesman said ..."; "Amina Yusuf, a local
    official, ... The official said". None for a post that says whose ("the Borno governor") or when no person
    was introduced with it in the few sentences before."""
    if not _bare_post(head, sp):
        return None
    doc = head.doc
    sents = [s for s in doc.sents if s.end <= head.sent.start][-POST_LOOKBACK:]
    if not sents:
        return None
    post = head.lemma_.lower()
    for ent in reversed([e for e in doc.ents if e.label_ == "PERSON" and sents[0].start <= e.start and
                         e.end <= head.sent.start]):
        if _titled_by(ent, post):
            return speaker_of_tokens(ent.root, article)
    return None


POST_LOOKAHEAD = 2      # sentences on in which a post told first may be given its holder's name


def _person_named_later_with_post(head, sp: Speaker, article: Article) -> Speaker | None:
    """The person a bare post is named as in the next sentences: wire copy gives the post in its lead and the name
    after it ("... killed eight people, the regional governor said. Governor Ivan Fedorov said on Telegram";
    "the district commissioner said ... Commissioner Gai Chol Kuol told Radio Tamazuj"). The person speaks, under
    the post's words. None for a post that says whose ("the Borno governor") or with no such person named."""
    if not _bare_post(head, sp):
        return None
    doc = head.doc
    later = [s for s in doc.sents if s.start >= head.sent.end][:POST_LOOKAHEAD]
    if not later:
        return None
    post = head.lemma_.lower()
    for ent in (e for e in doc.ents if e.label_ == "PERSON" and later[0].start <= e.start and e.end <= later[-1].end):
        if _titled_by(ent, post):
            person = speaker_of_tokens(ent.root, article)
            if person is not None:
                return Speaker(sp.name, person.canonical, person.kind, sp.span)
    return None


def _bare_post(head, sp: Speaker) -> bool:
    """Whether a speaker is only a post told with "the" ("the spokesman", "the regional governor"), not one that
    says whose ("the Borno governor", "the head of the Observatory") nor a name the speaker table knows."""
    return (head.lower_ in POSTS or head.lemma_.lower() in POSTS) and not head.ent_type_ and \
        any(c.lower_ == "the" for c in head.lefts) and not _has_named_row(sp.name) and \
        not any(t.pos_ == "PROPN" or t.ent_type_ for t in _name_tokens(head))


def _titled_by(ent, post: str) -> bool:
    """Whether a person's name is told with a post as its title or apposition, a few words either side and no
    clause between ("Army spokesman Musa Ahmed", "Ivan Fedorov, the governor,")."""
    doc = ent.doc
    window = doc[max(ent.sent.start, ent.start - 4):min(ent.sent.end, ent.end + 6)]
    return any(t.lemma_.lower() == post and not _clause_between(ent, t)
               for t in window if not ent.start <= t.i < ent.end)


def _clause_between(ent, post) -> bool:
    """Whether a preposition or a verb stands between a name and a post, so the post is not the name's title: "in
    Kryvyi Rih on Monday, the regional governor said" (not "Musa Ahmed, the army spokesman")."""
    doc = ent.doc
    gap = doc[ent.end:post.i] if post.i >= ent.end else doc[post.i + 1:ent.start]
    return any(t.pos_ in ("ADP", "VERB", "AUX") for t in gap)


RECENT_SPEAKERS = 6     # named speakers a bare "the ministry" may point back to
TIE_WORDS = frozenset({"linked", "backed", "based", "affiliated", "allied", "aligned", "led", "run", "funded"})


def _apposed_kind(sp: Speaker, doc) -> set[str]:
    """The kind a speaker was named with in apposition: {"group"} for "The YBS, a Yazidi armed group,", {"militia"}
    for "CODECO, a militia of Lendu farmers,"; a later "the group", "the militia" points back at it."""
    toks = _speaker_tokens(sp, doc)
    return {c.lower_ for t in toks for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and
            c.i > toks[-1].i and doc[c.left_edge.i - 1].text == "," and
            any(d.lower_ in ("a", "an") for d in c.lefts)}     # set off by a comma after the name


def _name_words(name: str) -> set[str]:
    words = set(re.findall(r"[\w-]+", name.lower()))
    return words | {w.removesuffix("s") for w in words}


# The posts of people who speak for a body: "a police officer" is not "the police", nor "an army spokesman" the army.
PERSON_POSTS = frozenset({"officer", "officers", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
                          "source", "sources", "commander", "member", "members", "employee", "worker", "workers"})


def _apposition_read_as_subject(subj, subjects: list) -> bool:
    """Whether the parser read a named person's post as a second subject of the verb ("Getachew Reda, a spokesperson
    for the TPLF, which controls most of the region, accused ..."): a common noun with its article right after a
    comma that follows a person's name, itself a subject."""
    doc = subj.doc
    first = subj.left_edge
    return subj.pos_ == "NOUN" and first.lower_ in ("a", "an", "the") and first.i > 0 and \
        doc[first.i - 1].text == "," and any(c.i < first.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                                             for c in subjects)


def _person_of_the_body(name: str, noun: str) -> bool:
    """Whether `name` is a person holding a post in the body `noun` names ("an Iraqi police officer" for "the
    police"): the statement of the body is not that person's word."""
    words = name.lower().split()
    return bool(words) and words[-1] in PERSON_POSTS and noun not in PERSON_POSTS   # ("the source": "sources")


def recent_speakers(doc) -> list[Speaker]:
    """The speakers named so far in the document, in order (kept on the Doc as sentences are read)."""
    return doc.user_data.setdefault("sitrep_named_speakers", [])


def can_speak(head, speaker: Speaker) -> bool:
    """Whether the subject of a reporting verb is a speaker: a known one, a named person,
    organisation or country, or a noun for people or bodies that speak ("sources", "the ministry").
    Rules out "a bomb blast killed 44, leaving..." style misparses and "the toll" as a speaker."""
    if head.lower_ in DEED_NOUNS or head.lemma_.lower() in DEED_NOUNS:
        return False    # "killed by a Houthi missile fired at Marib, reported SABA": a weapon never speaks
    if _measure_of_deeds(head):
        return False    # "A barrage of rocket fire from Syrian rebels killed 14 ... state media said"
    if speaker.kind != "other":
        return True
    if head.ent_type_ in ("PERSON", "ORG", "NORP") or head.ent_type_ == "GPE" and head.dep_ != "pobj":
        return True
    if head.pos_ == "PROPN" and any(c.dep_ == "appos" and (c.lower_ in SPEAKER_NOUNS | DESCRIBED_BODIES or
                                                           c.lemma_.lower() in SPEAKER_NOUNS) for c in head.children):
        return True     # a name the tagger does not know, said what it is: "The Gezira Conference, a civil society group"
    if head.pos_ == "PROPN" and not head.ent_type_ and head.dep_ == "nsubj" and head.i == head.head.i - 1 and \
            head.head.lemma_.lower() in SAYING_LEMMAS and head.i > 0 and (
                head.doc[head.i - 1].pos_ == "PROPN" or head.doc[head.i - 1].text == ","):
        # a name the tagger does not know, right before "said": "..., Ihor Terekhov said", "..., Rudaw reported"
        # (a one-word name after the comma is a masthead or a person named before)
        return True
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in BLAMING_LEMMAS and head.text[:1].isupper() and \
            head.pos_ in ("PROPN", "NOUN") and not head.ent_type_:
        return True     # a name the tagger does not know, blaming: "Hiso accused the Ahrar al-Sham"
    return _speaker_noun(head)


def _measure_of_deeds(head) -> bool:
    """Whether a noun only measures deeds ("a barrage of rocket fire", "a wave of air strikes", "a series
    of attacks"): it speaks no more than the deeds do, though a party is named inside it."""
    if head.pos_ != "NOUN" or _speaker_noun(head) or head.ent_type_ in ("PERSON", "ORG"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.lower_ in DEED_NOUNS or g.lemma_.lower() in DEED_NOUNS) for g in c.children)
        for c in head.children)


def _speaker_noun(tok) -> bool:
    """Whether a word is a common noun that can speak ("sources", "the ministry", "officials")."""
    return tok.lower_ in SPEAKER_NOUNS or tok.lemma_.lower() in SPEAKER_NOUNS


# Verbs whose subject speaks the blame it lays: only a speaker accuses.
BLAMING_LEMMAS = frozenset({"accuse", "blame"})


def speaker_for(token_i: int, attributions: list[Attribution], exclude: set[int] | None = None) -> Speaker | None:
    """The speaker of the claim at token `token_i`: the attribution whose reporting clause holds
    the token, else the nearest attribution in the sentence, else None (the caller decides)."""
    if not attributions:
        return None
    holding = [a for a in attributions if token_i in a.scope]
    if holding:
        # of two holding the same words ("According to the reports, Inspector General Akhtar Hayat confirmed
        # that ..."), the one whose verb comes last before the claim is the nearer source
        return min(holding, key=lambda a: (len(a.scope), a.relayed and
                                           any(a.verb_i < b.verb_i < token_i for b in holding))).speaker
    broad = [a for a in attributions if not a.narrow]
    if not broad:
        return None
    return min(broad, key=lambda a: abs(a.verb_i - token_i)).speaker


# What a speaker's next sentence says about the figures just told: "The Observatory said the strikes ...",
# "Activists said they were ...", "The ministry said most of the dead were children".
NEXT_BACKREF_RE = re.compile(
    r"^\W*(?:that )?(?:the (?:[\w-]+ )?(?:(?:air ?)?strikes?|airstrikes?|attacks?|raids?|bombings?|blasts?|explosions?|"
    r"shelling|shells|mortars?|rounds|dead|victims|toll|death toll|killings?|assault|bombardment|massacre|casualties|"
    r"wounded|injured|bodies|missiles?|drones?|rockets?|gunmen|attackers|assailants|fighting|clashes|ambush|"
    r"figures?|tally)|"
    r"they|those|it|most of|all of|many of|some of|among (?:them|the dead|the victims))\b",
    re.IGNORECASE)


# A sentence opening on these tells another account, never the source of the figures before it.
CONTRAST_OPENERS = frozenset({"however", "but", "yet", "meanwhile", "separately", "elsewhere", "still"})


POINTING_BACK_LEMMAS = FIGURE_GIVING_LEMMAS | {"disclose", "confirm", "reveal", "announce"}
# Verbs of a post or a statement that point back to the figures only: "Oleh Kiper ... reported this on Telegram"
# (Ukrainian and Russian officials' posts as the agencies tell them), "who gives this toll".
TOLL_BACK_LEMMAS = POINTING_BACK_LEMMAS | {"report", "state", "write"}


def _points_back(verb, lemmas: frozenset[str] = POINTING_BACK_LEMMAS, clause: str = "ROOT") -> bool:
    """Whether a sentence's main verb (or a relative clause's, `clause="relcl"`) gives the figures just told
    without a figure of its own: "The chairman ... gave the figures while briefing journalists" (Nigeria), "Col.
    Usman Abdulkadir disclosed this in a statement", "The provincial police chief confirmed the toll"."""
    seen = clause == "ROOT" and verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() == "see"
    if not (verb.dep_ == clause or seen) or verb.lemma_.lower() not in lemmas:
        return False        # (the agency's "X reported this on Telegram, Ukrinform saw" is X's sentence)
    return any(o.dep_ == "dobj" and (o.lower_ in ("this", "these") or o.lemma_.lower() in FIGURE_NOUNS and any(
        d.lower_ in ("the", "this", "these") for d in o.lefts) and not any(t.like_num for t in o.subtree))
        for o in verb.children)


def speaker_named_next(next_sent, next_atts: list[Attribution]) -> Speaker | None:
    """The speaker a sentence names for the figures of the sentence before it: news often tells a
    toll first and its source after ("Ten people were killed on Monday. The Observatory said the strikes
    hit a market"). It holds when the next sentence opens with a named speaker whose statement points
    back to what was just told (the strikes, the dead, they); a speaker who tells something new does
    not lend his name backwards."""
    doc = next_sent.doc
    for a in next_atts:
        sp = a.speaker
        if sp.span is None or a.narrow or sp.kind == "outlet" or sp.canonical == "sources":
            continue
        opening = [t for t in next_sent if not t.is_punct and not t.is_space][:3]
        if opening and opening[0].lower_ in CONTRAST_OPENERS:
            return None                     # "However, Vanguard News reported that the death toll could be higher"
        verb = doc[a.verb_i]
        given = _figure_given(verb)
        if given and opening and given[0].left_edge.i <= opening[0].i and \
                any(c.lower_ in ("the", "this", "these") for c in given[0].lefts):
            return sp       # "The provisional toll was given to ACTUALITE.CD by ..., Jean-Paul Kasereka"
        if _points_back(verb):
            return sp       # "Alhaji Bello Ahmad, who visited the community, gave the figures", "X disclosed this"
        if not opening or sp.span.start > opening[-1].idx:
            continue                        # the sentence does not open with the speaker
        if verb.lemma_.lower() not in SAYING_LEMMAS:
            continue
        said = verb.idx + len(verb.text)
        rest = doc_text_of(doc)
        if NEXT_BACKREF_RE.match(rest[said:next_sent.end_char]):
            return sp
    return None


def toll_giver_named_next(next_sent, next_atts: list[Attribution]) -> Speaker | None:
    """The speaker a sentence names as the one who gives or reports the toll just told, in a clause on the name or
    in its main verb: "The president of the civil society of Bahema Nord, Jean-Pierre Lokana, who gives this toll,
    indicates that the assailants burned 60 shelters" (the francophone wires' and Radio Okapi's way), "Oleksandr
    Prokudin ... reported this on Telegram, Ukrinform saw". The words are about the figures only: the blame told
    before stays whose it was."""
    doc = next_sent.doc
    for a in next_atts:
        sp = a.speaker
        if sp.span is None or a.narrow or sp.kind == "outlet":
            continue
        if _points_back(doc[a.verb_i], TOLL_BACK_LEMMAS) or any(
                _points_back(t, TOLL_BACK_LEMMAS, "relcl") and sp.span.start <= t.head.idx < sp.span.end
                for t in next_sent):
            return sp
    return None


def _lend_figures(s, sp: Speaker, outlet: Speaker) -> None:
    """Give a sentence's figures told in the outlet's own voice (not those a speaker of its own covers) to `sp`."""
    s.claims[:] = [(f, sp if id(f) in s.weak and speaker is outlet else speaker) for f, speaker in s.claims]


def lend_next_speakers(sentences: list, outlet: Speaker) -> None:
    """Give an outlet-voice sentence's figures and blames the speaker the next sentence names for them
    (`speaker_named_next`). `sentences` are the incident reader's per-sentence records (with `sent`,
    `atts`, `claims`, `perps`, `weak`); only figures that no attribution covers change."""
    for s, nxt in zip(sentences, sentences[1:]):
        # (a judge's words do not cover the deed they judge: "The governor condemned the attack on Kucheri, where
        # bandits killed 21 residents" leaves the figures in the outlet's voice)
        if any(not a.narrow for a in s.atts) or not (s.claims or s.perps) or not nxt.atts:
            continue
        between = doc_text_of(s.sent.doc)
        if between[s.sent.end_char:nxt.sent.start_char].count("\n") > 2:
            continue
        quoted = _quotation_closed_by(s.sent, nxt.sent, nxt.atts)
        if quoted is not None:
            # '"There was an attack by ADF rebels. We lost ten civilians," a lieutenant told AFP': a
            # quotation opened in one sentence belongs to who is named where it closes, whoever spoke before
            s.claims[:] = [(f, quoted if id(f) in s.weak else speaker) for f, speaker in s.claims]
            for p in s.perps:
                if p.stance == "accuses":
                    p.speaker = quoted
            continue
        sp = speaker_named_next(nxt.sent, nxt.atts)
        if sp is None:
            giver = toll_giver_named_next(nxt.sent, nxt.atts)
            if giver is not None:
                _lend_figures(s, giver, outlet)
            continue
        # one who tells its own deed in the next sentence ("The Israeli military said it had struck Hamas
        # militants", "A Turkish-backed faction said it had targeted SDF positions") is the source of neither the
        # figures nor the blame told before it in the outlet's voice
        if any(q.stance == "claims_responsibility" and q.speaker.canonical == sp.canonical for q in nxt.perps):
            continue
        _lend_figures(s, sp, outlet)
        # one who denies in the next sentence ("Junta spokesperson Zaw Min Tun has denied the attack") is no
        # accuser of the blame told before it in the outlet's voice
        if any(q.stance == "denies" and q.speaker.canonical == sp.canonical for q in nxt.perps):
            continue
        for p in s.perps:
            if p.speaker is outlet and p.stance == "accuses":
                p.speaker = sp


# Heads of a described speaker too vague to be matched with one named after: anyone is a source.
VAGUE_DESCRIBED_HEADS = frozenset({"source", "sources", "media", "reports", "report", "officials", "residents",
                                   "witnesses", "people"})
# People a body gathers, who the tables name as a kind of speaker but the next sentence may name as that body
# ("activists said" ... "The Local Coordination Committees, a network of activists, said").
GATHERED_PEOPLE = frozenset({"activists", "medics", "doctors", "lawyers", "rescuers", "volunteers"})
DESCRIBED_SPEAKER_LOOKAHEAD = 2     # sentences after a described speaker in which it may be named


def _speaker_tokens(sp: Speaker, doc) -> list:
    """The tokens where a speaker is named (none for the outlet's own voice)."""
    if sp.span is None or sp.kind == "outlet":
        return []
    span = doc.char_span(sp.span.start, sp.span.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _names_someone(toks) -> bool:
    """Whether words hold a person's or a body's proper name (a nationality or a place is no name)."""
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in toks)


def _described(sp: Speaker, doc) -> str | None:
    """The head noun of a speaker described, not named ("a local activist group", "a local civil society
    leader", "the military's media wing"): no person's or body's proper name in its words; None otherwise."""
    toks = [t for t in _speaker_tokens(sp, doc) if not t.is_punct]
    if not toks or _names_someone(toks):
        return None
    head = toks[-1].lower_
    if _has_named_row(sp.name) and head not in GATHERED_PEOPLE:
        return None                         # "the Observatory" is a name the tables know
    return None if head in VAGUE_DESCRIBED_HEADS else head


def _described_kind_words(canonical: str) -> frozenset[str]:
    """The words before a described speaker's head noun that say what they do: "rescue" in "rescue workers",
    "aid" in "aid workers" (none for a vague word such as "local")."""
    words = re.findall(r"[a-z]+", canonical.lower())[:-1]
    return frozenset(w for w in words if w not in ("a", "an", "the", "local", "some", "several", "two", "three"))


# Members told of by their work, and the bodies the work is done in: "rescue workers" are the rescue service's.
MEMBERS_BY_WORK = frozenset({"workers", "volunteers", "teams", "team", "crews", "staff", "personnel"})
BODIES_OF_WORK = frozenset({"service", "services", "group", "organisation", "organization", "agency", "society"})


def _named_as(sp: Speaker, doc, head: str, kind_words: frozenset[str] = frozenset()) -> bool:
    """Whether a named speaker is described by the same head noun where it is named: "The Gezira
    Conference, a civil society group that documents ...", "Jean Bosco Ndjaza, a civil society leader in
    Djugu", "civil society leader Jean Bosco Ndjaza"; not "Another resident, Musa Ali"."""
    toks = _speaker_tokens(sp, doc)
    if not _names_someone(toks):
        return False
    if any(t.lower_ in ("another", "other") for t in toks):
        return False
    # the noun heading its title ("civil society leader Jean Bosco Ndjaza") or its apposition ("Jean Bosco
    # Ndjaza, a civil society leader in Djugu"); not a modifier ("Akhtar Hayat, police chief" is no "police")
    heads = {t.lower_ for t in toks if t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.pos_ == "PROPN"}
    appos = [c for t in toks for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    heads |= {c.lower_ for c in appos}
    # or the people its apposition gathers: "activists said" ... "The Local Coordination Committees, a network of
    # activists inside Syria, said"; "lawyers said" ... "the Emergency Lawyers, a group of lawyers tracking abuses"
    heads |= {g.lower_ for c in appos if c.lower_ in BODY_NAME_HEADS for p in c.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
    if head in MEMBERS_BY_WORK and kind_words and any(
            c.lower_ in BODIES_OF_WORK and {m.lower_ for m in c.lefts} & kind_words for c in appos):
        return True     # "rescue workers said" ... "The Syrian Civil Defence, a rescue service ..., said"
    return head in heads


def _a_body_named(sp: Speaker, doc) -> bool:
    """Whether a speaker is a body by its own name that no table holds, its last word a collective noun: "The Wad
    Madani Resistance Committees said" right after "... a local activist group said" is that group named (Sudan,
    Myanmar, Nigeria); a person, or a body the tables know (the UN, a state broadcaster), is another source."""
    toks = [t for t in _speaker_tokens(sp, doc) if not t.is_punct]
    return bool(toks) and _names_someone(toks) and toks[-1].lower_ in BODY_NAME_HEADS and \
        not any(t.ent_type_ == "PERSON" for t in toks) and not _has_named_row(sp.name)


# Bodies that speak, for "it" to point back at: "The prosecutor's office opened an inquiry. It said ...".
SPEAKER_BODIES = frozenset({"ministry", "office", "cell", "agency", "army", "military", "police", "command",
                            "directorate", "department", "administration", "authority", "service", "government"})
# The last word of a body's own name: "Resistance Committees", "Peoples Union", "Human Rights Group".
BODY_NAME_HEADS = frozenset({"committee", "committees", "network", "conference", "lawyers", "group", "association",
                             "union", "council", "observatory", "centre", "center", "organisation", "organization",
                             "coalition", "initiative", "commission", "tracker", "monitor", "forum", "league",
                             "alliance", "movement", "society", "foundation", "institute", "project"})


def name_described_speakers(sentences: list) -> None:
    """Give the figures and blames of a speaker first described ("... a local activist group said") the
    name the next sentences give it ("The Gezira Conference, a civil society group that documents
    violations, said ..."): one source told twice, the second time by name. The named speaker must be
    described with the same head noun, so that a different source named next keeps its own words."""
    for n, s in enumerate(sentences):
        doc = s.sent.doc
        described = {(sp.canonical, sp.name, head) for _, sp in s.claims if (head := _described(sp, doc))}
        described |= {(p.speaker.canonical, p.speaker.name, head) for p in s.perps
                      if (head := _described(p.speaker, doc))}
        for canonical, written, head in described:
            named = next((a.speaker for nxt in sentences[n + 1:n + 1 + DESCRIBED_SPEAKER_LOOKAHEAD]
                          for a in nxt.atts if _named_as(a.speaker, doc, head, _described_kind_words(canonical))),
                         None)
            # the body named next is this one, unless the tables know the words as written ("the Britain-based
            # monitor"): a guess from the one body the article names elsewhere yields to it
            if named is None and head in DESCRIBED_BODIES and n + 1 < len(sentences) and \
                    not _has_named_row(written) and not re.match(r"(?i)(?:an)?other\b", written):
                named = next((a.speaker for a in sentences[n + 1].atts[:1] if _a_body_named(a.speaker, doc)), None)
            if named is None:
                continue
            # the described speaker's words; a guessed body's own name, told later, stays its own
            guessed = _has_named_row(canonical)

            def told_so(sp: Speaker) -> bool:
                return sp.canonical == canonical and (not guessed or sp.name == written)
            for later in sentences[n:n + 1 + DESCRIBED_SPEAKER_LOOKAHEAD]:
                later.claims[:] = [(f, named if told_so(sp) else sp) for f, sp in later.claims]
                for p in later.perps:
                    if told_so(p.speaker):
                        p.speaker = named


def _quotation_closed_by(sent, next_sent, next_atts: list[Attribution]) -> Speaker | None:
    """The speaker named right after the close of a quotation that `sent` opens and `next_sent` closes."""
    text = sent.text.strip()
    if not text or text[0] not in OPEN_QUOTES or any(c in CLOSE_QUOTES for c in text[1:]) or \
            text.count('"') > 1:
        return None
    nxt = next_sent.text
    close = next((k for k, c in enumerate(nxt) if c in CLOSE_QUOTES), None)
    if close is None:
        return None
    after = next_sent.start_char + close
    named = [a.speaker for a in next_atts if a.speaker.span is not None and not a.narrow and
             after < a.speaker.span.start <= after + 80]
    return named[0] if named else None


def new_paragraph(text: str, prev_end: int, start: int) -> bool:
    """Whether a line break parts a sentence from the one before: a speaker named in one paragraph does
    not speak for the next, which is in the outlet's voice unless it quotes on or counts on ("Five of
    them ...") — the caller decides those. The line break may end the sentence before (spaCy keeps
    trailing whitespace in a sentence): the gap is measured from its last visible character."""
    end = prev_end
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return "\n" in text[end:start]


OPEN_QUOTES = "“\""
SAID_COLON_RE = re.compile(r"(?:^|,\s)(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Gen|Col|Maj|Capt)\.?\s)?(?:[A-Z][\w'’.-]+\s){0,3}"
                           r"[A-Z][\w'’.-]+),?\s(?:said|added|explained|stated|told\s[\w ]{2,40}?)\s?:\s*[“\"]")
CLOSE_QUOTES = "”\""


class QuoteTracker:
    """Who speaks inside a quotation that runs over several sentences and paragraphs: 'Saidu said: "In
    my presence ... It affected more than 30 persons.' then a paragraph opening '"Some minutes later ...'.
    By the news convention a quotation that goes on into the next paragraph is not closed at the end of
    the first and opens again at the start of the next; its sentences are the quoted speaker's.

    quotes = QuoteTracker(); quotes.read(sentence_text, new_paragraph, attributions) -> Speaker | None
    """

    def __init__(self) -> None:
        self.speaker: Speaker | None = None
        self.open = False
        self.introduced: Speaker | None = None   # who the sentence before, ending in a colon, introduced

    def read(self, sent, article: Article, new_paragraph: bool, atts: list[Attribution]) -> Speaker | None:
        """The speaker of the quotation this sentence is in (None outside one), then update the state."""
        text = sent.text
        if not atts and (m := SAID_COLON_RE.search(text)):
            # "..., Dr. Barkindo Saidu, said: \"...": the parse found no speaker; the name before "said:" is one
            a = sent.start_char + m.start("who")
            name = m.group("who")
            canon, kind = canonical_speaker(name)
            atts = [Attribution(Speaker(name, canon, kind, Span.of(article.text, a, a + len(name))),  # type: ignore[arg-type]
                                sent.start, frozenset())]
        stripped = text.lstrip()
        if new_paragraph and self.open and not (stripped[:1] in OPEN_QUOTES):
            self.open = False               # a paragraph that does not open with a quote mark ends the quotation
        current = self.speaker if self.open and not atts else None
        named = [a for a in atts if a.speaker.span is not None and not a.narrow]
        marks = [c for c in text if c in OPEN_QUOTES + CLOSE_QUOTES]
        # continuing paragraphs reopen the quotation: their first mark is no closing
        if new_paragraph and self.open and stripped[:1] in OPEN_QUOTES:
            marks = marks[1:]
        for c in marks:
            if c == "“":
                self.open = True
            elif c == "”":
                self.open = False
            else:
                self.open = not self.open
        if not self.open:
            self.speaker = None
        elif named:
            self.speaker = named[-1].speaker
        elif self.speaker is None and self.introduced is not None:
            self.speaker = self.introduced  # 'Saidu said:' then the quotation as a sentence of its own
        self.introduced = named[-1].speaker if named and text.rstrip().endswith(":") else None
        return current


# Words that do not tell one speaker from another: "a Burkina Faso army statement" is the army,
# "the Kharkiv region governor Oleg Synegubov" is Synegubov, "a local source" is a source.
# (and the honorifics news puts before a surname told again: "Mr Gogwim" is "Sati Gogwim")
_SPEAKER_FILLER = frozenset("a an the of in its their local statement statements region s".split()) | \
    {h.lower() for h in HONORIFICS}


@lru_cache(maxsize=4096)
def _speaker_words(name: str) -> frozenset[str]:
    """A speaker's telling words, filler out, plurals and demonyms folded. Memoised: `same_speaker` asks
    it of every pair of speakers giving one figure."""
    words = set()
    name = re.sub(r"\s+in\s+.*$", "", name)     # "Internal Security Forces in northeast Syria"
    name = re.sub(r"\b[\w']+-(?:led|linked|backed|based|run|affiliated)\b", "", name)   # "SDF-linked"
    for w in re.sub(r"[^a-z0-9]+", " ", name.lower()).split():
        if w in _SPEAKER_FILLER:
            continue
        if len(w) > 4:      # "sources" / "source", "Turkey's" / "Turkish", "Syria" / "Syrian"
            w = re.sub(r"(?:ish|ian|ia|ese|ey|es|e|s|y|a|n)$", "", w)
        words.add(w)
    return frozenset(words)


def _speaker_aliases(name: str) -> list[frozenset[str]]:
    """A name's words, and those of the name in parentheses and before it: 'Internal Security
    Forces (Asayish)' -> the whole, 'Internal Security Forces', 'Asayish'."""
    names = [name]
    m = re.match(r"^(.*?)\s*\((.+)\)\s*$", name or "")
    if m:
        names += [m.group(1), m.group(2)]
    return [w for w in map(_speaker_words, names) if w]


def same_speaker(a: str, b: str) -> bool:
    """Whether two speakers as written are one speaker told twice: one name's words (filler out,
    plurals and demonyms folded) are all in the other's ("sources" / "a local source", "army" / "a
    Burkina Faso army statement", "Synegubov" / "Kharkiv region Governor Oleg Synegubov", "Asayish" /
    "Kurdish-led Internal Security Forces (Asayish)"). "a military source" and "a medical source" are
    two speakers, as are "Syrian army" and "Syrian Observatory".

    >>> same_speaker("sources", "a local source")
    True
    >>> same_speaker("a military source", "a medical source")
    False
    >>> same_speaker("Mr Gogwim", "Sati Gogwim")
    True
    """
    if a.lower() == b.lower():
        return True
    return any(x and y and (x <= y or y <= x) for x in _speaker_aliases(a) for y in _speaker_aliases(b))
