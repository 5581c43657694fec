"""Incidents an article reports as news, and the cumulative tolls it gives as background.

One pass over the sentences collects, per sentence, its casualty figures (`casualties`), who says
them (`speakers`), who is blamed (`perpetrators`), its event-type trigger (`event_types`) and the
places spaCy's NER sees in it. Then:

- figures scoped over a war, a year or a campaign become `CumulativeToll`s, never claims;
- the first sentence that reports violence opens the lead (main) incident;
- a later sentence opens a secondary incident when it says so ("Meanwhile", "Elsewhere", "In a
  separate attack") or when it names a place the current incident has not mentioned and carries
  its own figures or a violent event, or names such a place with its own figures and a cue that
  another incident is told ("a child was also among those killed in Douma", "hours after", "also hit");
- the incident whose figures or place the headline names is the lead when it is not the first told;
- a title-only item whose headline reports violence is read from its headline;
- the same figure, outcome and speaker said twice is one claim (the first evidence is kept).

    drafts, tolls = find_incidents(nlp(article.text), article)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from sitrep.extract.casualties import (CAMPAIGN_SPAN_RE, SCOPE_RE, SHORT_SPAN_RE, SINGLE_EVENT_RE, FoundClaim,
                                       NEUTRALISED_RE, claim_count, describes_footage, neutralised_not_killed,
                                       outcome_word_end, sentence_casualties, some_of_the_counted)
from sitrep.extract.numbers import find_quantities
from sitrep.extract.event_types import event_type_of, event_type_of_text, names_violent_death, tells_gunfire, \
    tells_an_attack
from sitrep.extract.perpetrators import (OWN_FIGHTING_MEANS, claimant_named_before, denied_party, described_self,
                                         doc_text_of, is_actor, own_means_named, sentence_perpetrators,
                                         speaks_for_itself, stance_for, title_holder)
from sitrep.extract.speakers import (Attribution, QuoteTracker, can_speak, canonical_speaker, lend_next_speakers,
                                     name_described_speakers, new_paragraph, outlet_speaker, recent_speakers,
                                     same_speaker, sentence_attributions, speaker_for, speaker_of_tokens, strip_the)
from sitrep.extract.recalled import NamedIncident, clause_date, date_range, past_named_incidents, recalled_figure
from sitrep.records import Article, CasualtyClaim, CumulativeToll, IncidentDate, PerpetratorClaim, Span, Speaker

# Sentence openings that introduce another incident.
NEW_INCIDENT_RE = re.compile(
    r"^\W*(?:meanwhile|elsewhere|separately|in (?:a |an )?(?:separate|another|other|related) "
    r"(?:attack|incident|development|news|strike|raid|bombing)s?|in the meantime|also on \w+day|"
    r"in other (?:developments|news)|further (?:north|south|east|west)|earlier(?: on)? \w+day|"
    r"on the other hand|in a separate)\b", re.IGNORECASE)
# Cues inside a sentence that it tells another incident alongside the current one: "a child was also
# among those killed in Douma", "the strike came hours after a car bomb killed 12 in Azaz".
SECONDARY_CUE_RE = re.compile(
    r"\b(?:also among|(?:came|comes|coming) (?:as|after|a day after|hours after|days after)|(?:hours|a day|days) "
    r"after|meanwhile|also (?:hit|struck|targeted|shelled|bombed))\b", re.IGNORECASE)
# A sentence opening on the deed the lead told, pointed back to: "The strike hit the Qoro market", "The attack took
# place in the village of X" goes on about the same incident, however finer the place it names.
SAME_DEED_RE = re.compile(r"^\W*(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:strike|air\s*strike|airstrike|attack|blast|"
                          r"bombing|shelling|raid|explosion|massacre|assault|ambush|bombardment)\b(?!\s+(?:came|follows|followed))",
                          re.IGNORECASE)
RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Place names too broad to tell incidents apart.
BROAD_PLACES = frozenset({"syria", "syrian", "the country", "damascus", "the north", "the south", "russia",
                          "turkey", "iran", "israel", "lebanon", "iraq", "the united states", "us", "u.s.",
                          "washington", "moscow", "yemen", "ukraine", "sudan", "nigeria", "myanmar", "geneva",
                          "united nations", "the middle east", "europe", "the region", "beirut", "ankara",
                          "tehran", "jordan", "france", "britain", "london", "paris", "new york"})
QUOTE_START_RE = re.compile(r'^\s*["“]')
# Site furniture after the story: everything from here on is not the article.
TRAILER_RE = re.compile(r"\b(?:Related News|Related Articles|Read more|READ MORE|More on this|Recommended|Tags)\b")
SINCE_FIGURE_RE = re.compile(r"\bsince\s+(?:the\s+|some\s+)?$", re.IGNORECASE)
# An earlier incident told as a yardstick for this one: "the deadliest attack since March, when a car bomb
# killed 40", "two weeks after gunmen killed 12 soldiers", "a previous attack on the same village killed 30".
EARLIER_INCIDENT_RE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|largest|biggest|most \w+)\b[^.;]{0,80}?\bsince\b(?:[^.;]{0,40}?,? when\b|"
    r" (?:an?|the) (?:[\w-]+ ){0,2}(?:attack|strike|air ?strike|bombing|raid|ambush|assault|massacre|shooting|blast))|"
    r"\b(?:\w+|\d+) (?:weeks|months|years) (?:after|since)\b|"
    r"\b(?:an? |the )?(?:similar|previous|earlier|prior|last) (?:deadly )?(?:attack|strike|air ?strike|bombing|raid|ambush|"
    r"assault|massacre|shooting|blast|explosion)\b", re.IGNORECASE)
PAST_YEAR_RE = re.compile(r"\bin (?:(?:early|mid-?|late) )?(?:(?:january|february|march|april|may|june|july|august|"
                          r"september|october|november|december) )?((?:19|20)\d\d)\b", re.IGNORECASE)
BACK_REFERENCE_RE = re.compile(r"\b(?:that|the same|the (?:19|20)\d\d) (?:attack|massacre|strike|bombing|"
                               r"incident|assault|chemical attack|gas attack)\b", re.IGNORECASE)
# "Two years ago, a similar attack killed 80 people": a past incident recalled, not news.
AGO_RE = re.compile(r"^\W*(?:(?:some|about|nearly|almost|more than|over) )?(?:\w+|\d+) (?:years|decades) ago\b",
                    re.IGNORECASE)
HISTORIC_RE = re.compile(r"^\W*(?:In|in|Back in|During) (?:\w+ )?((?:19|20)\d\d)\b")
# A timeline entry: "August 21 2013 Washington accuses the regime of killing more than 1400 people".
TIMELINE_RE = re.compile(r"^\W*(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)(?: \d{1,2}(?:st|nd|rd|th)?)?,? ((?:19|20)\d\d)\b")
# A rival count of a sum just told, in the same sentence: ", while the Observatory puts the toll at", ", whereas the
# UN's tally is" (the count's own span is the first one's).
RIVAL_TOLL_RE = re.compile(r",\s*(?:while|whereas|but)\b[^.;]*?\b(?:puts?|putting|places?|estimates?|gives?|gave|"
                           r"says?|said)\s+(?:the|its|a|their)\s+(?:own\s+)?(?:death\s+)?(?:toll|tally|figure|count)\b",
                           re.IGNORECASE)
TOLL_FOLLOW_RE = re.compile(
    r"\b(?:have|has) (?:since |also |now )?(?:been )?(?:killed|died|executed|kidnapped|abducted|detained|arrested|"
    r"gone missing|disappeared)|^\W*(?:another|the (?:death )?toll|the deaths|"
    r"the dead|the victims|they|these|those|of them|it (?:also )?reported|according to (?:the|its|this|that) "
    r"(?:report|tally|count|figures))\b|\binclud(?:e|es|ing)\b", re.IGNORECASE)
# A monitor going through its totals ("The Observatory has documented 5812 civilians killed ... over the
# past year. Meanwhile rebel fire killed 1102 people, said the Observatory"): the same speaker's next
# figure, told with no day and no single attack of its own, sums over the same span.
OWN_DAY_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\btoday\b|\byesterday\b|\bovernight\b|"
                        r"\btonight\b|\bthis (?:morning|afternoon|evening)\b|\blast night\b|"
                        r"\b(?:on|since) (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? [A-Z][a-z]+\b|"
                        r"\bon [A-Z][a-z]+ \d{1,2}\b", re.IGNORECASE)
WEEKDAY_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\btoday\b|\byesterday\b|\bovernight\b",
                        re.IGNORECASE)
# A sentence that goes on counting the same dead keeps the speaker of the sentence before it:
# "The Observatory said eight were killed. Five of them died in air strikes. Another three were killed..."
CONTINUATION_RE = re.compile(
    r"^\W*(?:another|the other|others|of (?:them|those|the dead)|[\w-]+ of (?:them|those|the (?:dead|victims|"
    r"casualties|wounded|injured))|among (?:them|the dead|the victims|those)|the (?:dead|victims|wounded|injured)|"
    r"they|the toll|the death toll)\b", re.IGNORECASE)
# A sentence that moves on in time or topic speaks for itself (or for the outlet), not for the speaker
# of the sentence before: "Later two more people were reported killed", "Moreover the army...".
SHIFT_RE = re.compile(
    r"^\W*(?:later|earlier|meanwhile|moreover|elsewhere|in addition|additionally|separately|furthermore|"
    r"it was|this was|that was|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:a |an )?(?:separate|another))\b",
    re.IGNORECASE)
# A short line without final punctuation is a headline, a caption or site furniture, not a report.
HEADLINE_LINE_RE = re.compile(r"^[^\n]{1,200}$")


@dataclass
class IncidentDraft:
    """An incident before place and date resolution: the orchestrator adds those."""

    main: bool
    event_type: str
    event_type_evidence: Span | None
    casualty_claims: list[CasualtyClaim] = field(default_factory=list)
    perpetrator_claims: list[PerpetratorClaim] = field(default_factory=list)
    sentences: list = field(default_factory=list)   # spaCy sentence Spans describing this incident, in order
    anchor: Span | None = None                       # the sentence that introduces the incident
    recalled: IncidentDate | None = None             # a named past incident told again: its own date, never today's
    lead_in: bool = False                            # the first of `sentences` is told before the lead (`_prelude`)


@dataclass
class _Sentence:
    sent: object
    claims: list[tuple[FoundClaim, Speaker]]
    tolls: list[tuple[FoundClaim, Speaker]]
    perps: list[PerpetratorClaim]
    trigger: str | None
    places: set[str]
    weak: set[int] = field(default_factory=set)     # ids of claims whose speaker is carried or the outlet
    historic: bool = False
    atts: list = field(default_factory=list)        # the sentence's own attributions


def _places(sent) -> set[str]:
    """The places a sentence names, less those the wounded were taken to for care ("transported to hospitals in
    Billings", "the wounded were transferred to Turkey"): a new place there opens no other incident."""
    text = doc_text_of(sent.doc)
    return {e.text.lower().removeprefix("the ") for e in _ents_of(sent)
            if e.label_ in PLACE_LABELS and e.text.lower() not in BROAD_PLACES and
            not _care_place(text, sent.doc[e.start].idx)}


def _care_place(text: str, at: int) -> bool:
    """Whether the place at `at` is where the wounded or the dead were taken, not where a hospital was hit
    ("shelling hit the Saudi hospital in El Fasher" names the incident's place)."""
    window = text[max(0, at - 60):at]
    return CARE_PLACE_RE.search(window) is not None and HOSPITAL_HIT_RE.search(window) is None


# Where the wounded or the dead were taken: "to hospitals in", "transferred to", "a clinic in".
CARE_PLACE_RE = re.compile(r"(?:\bhospitals?|\bclinics?|\bmedical cent(?:er|re)s?|\bmorgue)\s+(?:in|at)\s+(?:the\s+)?$|"
                           r"\b(?:taken|transported|rushed|airlifted|flown|evacuated|transferred|driven)\s+"
                           r"(?:(?:back|away)\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
# A hospital as the target: "hit the Saudi hospital in", "an air strike on a clinic in".
HOSPITAL_HIT_RE = re.compile(r"\b(?:hit|hits|struck|strikes?|shell(?:ed|ing)|bomb(?:ed|ing)|target(?:ed|ing)|attack(?:ed|s)?|"
                             r"raid(?:ed)?|storm(?:ed)?|on)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}(?:hospitals?|"
                             r"clinics?|medical cent(?:er|re)s?)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


class _Ent(NamedTuple):
    start: int
    end: int
    label_: str
    text: str


def _ents_of(sent) -> list[_Ent]:
    """`sent.ents` (the entities wholly inside the sentence, the same walk) over the doc's entities
    listed once per doc: `Span.ents` builds every entity of the doc again on each call. Plain
    tuples, not spaCy spans, so the doc's `user_data` holds no reference back to the doc."""
    doc = sent.doc
    ents = doc.user_data.get("sitrep_ents")
    if ents is None:
        text = doc_text_of(doc)
        ents = doc.user_data["sitrep_ents"] = [_Ent(e.start, e.end, e.label_, text[e.start_char:e.end_char])
                                               for e in doc.ents]
    out = []
    for ent in ents:
        if ent.start >= sent.start:
            if ent.end > sent.end:
                break
            out.append(ent)
    return out


def _denies_among_others(perp: str, at: int, verb_at: int, own: list[Attribution]) -> bool:
    """"Both the army and the RSF denied ...": a party named (at `at`) before the verb of denial, after
    every speaker the verb has or inside a joint one ("The Congolese army and M23 rebels"), denies for
    itself, not the first party for both."""
    if not 0 <= at < verb_at:
        return False
    after_every_speaker = all(
        a.speaker.span is not None and a.speaker.span.start < at
        and not (a.speaker.span.start < at + len(perp) and at < a.speaker.span.end) for a in own)
    in_a_joint_speaker = any(" and " in a.speaker.name and perp in a.speaker.name and a.speaker.name != perp
                             for a in own)
    return after_every_speaker or in_a_joint_speaker


def _sentence_speaker(sent, token_i: int, atts: list[Attribution], carried: Speaker | None,
                      outlet: Speaker) -> Speaker:
    return speaker_for(token_i, atts) or carried or outlet


def _denier_of_another(verb, perp_at: int):
    """The subject of a denial that clears another party ("Burkina Faso's government spokesman rejected the
    accusations against the armed forces"): he speaks, not the armed forces; None when the subject is the party."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or verb.lemma_.lower() not in ("deny", "reject", "dismiss") or \
            subj.left_edge.idx <= perp_at <= subj.right_edge.idx:
        return None
    return subj


def _passive_blame(verb) -> bool:
    """Whether a verb is "blamed"/"accused" told in the passive, the one form whose agent is who blames: with a
    passive auxiliary ("were blamed by the coalition") or as a participle hung on a noun ("accused by the army")."""
    return verb.lemma_.lower() in ("blame", "accuse") and (
        any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl")


def _blamer(verb, article: Article) -> Speaker | None:
    """Who blames in the passive: "The Houthis were blamed by the Saudi-led coalition for the attack", "accused
    by the army of shelling the market": the agent of "blamed"/"accused" is the speaker of that blame."""
    if not _passive_blame(verb):
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if who is None:
        # "was blamed for the attack by local activists": the parser hangs the agent on the deed
        who = next((w for f in verb.children if f.dep_ == "prep" and f.lower_ == "for" for d in f.children
                    if d.dep_ == "pobj" for b in d.children if b.dep_ == "prep" and b.lower_ == "by"
                    for w in b.children if w.dep_ == "pobj" and not is_actor(w)), None)
    if who is None:
        return None
    speaker = speaker_of_tokens(who, article)
    if speaker is None or not can_speak(who, speaker):
        return None
    deed = next((c for c in who.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    if deed is not None and speaker.span is not None and speaker.span.end > deed.idx:
        # "blamed by the Saudi-led coalition for the missile attack": the deed hung on the blamer is no name
        start = speaker.span.start
        end = len(article.text[start:deed.idx].rstrip()) + start
        name = article.text[start:end]
        canon, kind = canonical_speaker(name)
        speaker = Speaker(name, canon, kind, Span.of(article.text, start, end))
    return speaker


def paragraph_sentences(doc):
    """spaCy's sentences, cut again at blank lines: a paragraph break always ends a sentence,
    even when the parser ran a headline or an "Advertisement" line into the next paragraph."""
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.i > start and tok.is_space and "\n\n" in tok.text:
                yield doc[start:tok.i]
                start = tok.i + 1
        if start < sent.end:
            yield doc[start:sent.end]


def not_reported_ranges(article: Article, headline: bool = True) -> list[tuple[int, int]]:
    """Stretches of the text whose figures are not reports: the headline repeated at the top of the
    text (its figures come again in the story, in full), headline-like lines (short, without final
    punctuation) and the site's trailer ("Related News" and what follows). With `headline` False,
    only the trailer and the site's furniture."""
    text = article.text
    out: list[tuple[int, int]] = []
    # a "title" that ends as a sentence ends is the lead itself (a text with no headline), not a headline
    if article.title and headline and not SENTENCE_END_RE.search(article.title):
        title = re.split(r"\s+-\s+", article.title.strip())[0]
        key = title[:30].lower()
        pos = text[:500].lower().find(key) if key else -1
        if pos >= 0:
            n = 0
            while n < len(title) and pos + n < len(text) and text[pos + n].lower() == title[n].lower():
                n += 1
            out.append((pos, pos + n))
    if "\n" in text and headline:
        offset = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped and len(stripped.split()) <= 25 and not re.search(r"[.!?:][\"”’']*\s*$", stripped) and \
                    not (_SENTENCE_INSIDE_RE.search(stripped) and not _CAPTION_CREDIT_RE.search(stripped)):
                out.append((offset, offset + len(line)))
            offset += len(line) + 1
    m = TRAILER_RE.search(text)
    if m and m.start() > len(text) // 3:
        out.append((m.start(), len(text)))
    out.extend((m.start(), m.end()) for m in FURNITURE_RE.finditer(text))
    return out


def evidence_after_skipped(text: str, start: int, figure: int, skip: list[tuple[int, int]]) -> int:
    """Where a figure's evidence starts when it would start in a skipped stretch before the figure: after
    that stretch and the byline that follows it. Scraped copy runs the headline into the lede with no full
    stop ("Syria rebel rocket kills five children AFP Sunday 26 Jul 2015 Rebel rocket fire ... killed five
    children, four of them"), and the parse lends the headline's verb to the lede's figure; the figure is
    the lede's, so is its evidence."""
    for a, b in skip:
        if a <= start < b <= figure:
            byline = BYLINE_DATELINE_RE.match(text, b)
            end = byline.end() if byline and byline.end() <= figure else b
            start = end + len(text[end:figure]) - len(text[end:figure].lstrip())
    return start


# The agency and date a scraped page sets between headline and lede: "AFP Wednesday 29 Oct 2014",
# "Reuters Tuesday 14 Nov 2017", "AP Monday 9 Jun 2014".
BYLINE_DATELINE_RE = re.compile(
    r"\s*(?:[A-Z][\w.-]*\s+){0,3}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b")


SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s*$")
# A line holding a whole sentence before what ends it is no headline, however it ends: "It added that more than 40
# assailants were killed. (Reporting by Thiam Ndiaga; Editing by Jonathan Oatis)" (wire copy's credits); but a
# caption stays one, its credit closing it: "... was arraigned in the club shooting. (Photo: Courtesy photo)".
_SENTENCE_INSIDE_RE = re.compile(r"[a-z]{2}[.!?][\"”’']?\s+[\"“(A-Z]")
_CAPTION_CREDIT_RE = re.compile(r"\((?:photo|picture|image|video|published|posted|updated|file|credit)\b[^)]*\)?\s*$|"
                                r"\b(?:image|photo|picture)\s+(?:source|credit)\b", re.IGNORECASE)
# Site furniture inside the text: "Get short URL 2440", "(updated 2139 21.05.2017)", "2159 18.05.2017".
FURNITURE_RE = re.compile(r"Get short URL(?:\s+\d+)*|\bViews \d+\b|\b\d+(?= Related\b)|\(?updated \d{3,4} \d{2}\.\d{2}\.\d{4}\)?|"
                          r"\b\d{3,4} \d{2}\.\d{2}\.\d{4}\b|\b\d{2}\.\d{2}\.\d{4}(?:\(updated[^)]*\))?")


def standfirst_range(article: Article) -> tuple[int, int] | None:
    """The summary above a 'Tags' line ("Date of publication 5 August 2016 <summary>. Tags ..."): its
    figures count only where the story does not tell them again."""
    m = STANDFIRST_RE.match(article.text)
    return (m.start(1), m.end(1)) if m else None


# "Date of publication 5 August 2016 <summary>. Tags Aleppo siege Syria ... <story>": the summary
# above the tags line is told again, in full, by the story.
STANDFIRST_RE = re.compile(r"\s*Date of publication [\w ]{6,30}?\d{4}\s+(.{20,600}?)\s+Tags\s")


def _latest_year(article: Article) -> int:
    if article.pub_date:
        return article.pub_date.year
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", article.text)]
    return max(years) if years else 9999


def _read_sentences(doc, article: Article, headline_skipped: bool = True) -> list[_Sentence]:
    """Per sentence: figures with their speakers, tolls, blame, trigger and places.

    Speakers: the sentence's own attribution; else a quotation running on from an attributed
    sentence, or a sentence right after an attributed one, keeps that speaker (news paragraphs
    attribute once: "the Observatory said at least eight were killed. Five of them died in air
    strikes..."); else the outlet speaks."""
    outlet = outlet_speaker(article)
    last_named: Speaker | None = None
    prev_atts: list[Attribution] = []
    prev_scope: str | None = None
    prev_footage = False
    prev_outcome: str | None = None
    prev_past = False
    prev_toll_speakers: set[str] = set()   # named speakers of the previous sentence's tolls
    prev_end = 0
    quotes = QuoteTracker()
    historic_words: list[set[str]] = []     # the words of sentences set in the past
    recent: list[tuple[set[str], set[tuple]]] = []   # recent sentences' words and the figures taken from them
    out: list[_Sentence] = []
    text = article.text
    skip = not_reported_ranges(article, headline_skipped)
    year = _latest_year(article)
    not_killed = neutralised_not_killed(text)
    for sent in paragraph_sentences(doc):
        sent_text = sent.text        # spaCy joins a span's tokens again on every `.text`
        atts = sentence_attributions(sent, article, last_named)
        carried = None
        broad_prev = [a for a in prev_atts if not a.narrow]   # a judge of a deed speaks only for his clause
        quoted = quotes.read(sent, article, new_paragraph(text, prev_end, sent.start_char), atts)
        if quoted is not None:
            carried = quoted                # inside a quotation that runs on
        elif not atts and broad_prev and not SHIFT_RE.match(sent_text) and (
                not new_paragraph(text, prev_end, sent.start_char) or QUOTE_START_RE.match(sent_text) or
                CONTINUATION_RE.match(sent_text)):
            carried = _source_before_carrier(broad_prev)
        historic = HISTORIC_RE.match(sent_text) or TIMELINE_RE.match(sent_text)
        is_historic = bool(historic) and int(historic.group(1)) < year or bool(AGO_RE.match(sent_text)) or \
            (prev_past and bool(BACK_REFERENCE_RE.search(sent_text)))
        # "sarin was used in Eastern Ghouta in 2013. The United States ... of that attack which it estimates
        # killed 1429 people": a sentence set in an earlier year, then one pointing back to it
        past_year = PAST_YEAR_RE.search(sent_text)
        prev_past = is_historic or bool(past_year) and int(past_year.group(1)) < year
        claims, tolls = [], []
        weak: set[int] = set()
        # "...have intensified since opposition fighters launched a campaign on July 31. The strikes have
        # killed 122 civilians": a figure that continues a scoped sentence is part of the same toll
        toll_follow = prev_scope is not None and TOLL_FOLLOW_RE.search(sent_text) and \
            not WEEKDAY_RE.search(sent_text)
        words = set(re.findall(r"[a-z0-9]+", sent_text.lower()))
        # a timeline told twice, the second time without its dates: a copy of a past entry is past too
        if not is_historic and len(words) >= 8 and any(
                len(words & w) >= REPEAT_OVERLAP * min(len(words), len(w)) for w in historic_words):
            is_historic = True
        if is_historic:
            historic_words.append(words)
        # a lede told twice ("According to media reports X killed 17 ... MOSCOW (Sputnik) X killed 17 ...")
        repeated = set()
        if len(words) >= 8:
            for w, keys in recent:
                if len(words & w) >= REPEAT_OVERLAP * min(len(words), len(w)):
                    repeated |= keys
        sent_scope = None       # the first scoped figure of the sentence: (its scope, where its figure ends)
        for found in sentence_casualties(sent, prev_outcome):
            if any(a <= found.quantity.start < b for a, b in skip):
                continue
            clipped = evidence_after_skipped(text, found.evidence_start, found.quantity.start, skip)
            if clipped != found.evidence_start:
                # the lede's own word for what befell them, when the parse took the headline's
                told = outcome_word_end(sent, found.evidence_end, found.outcome)
                found.evidence_start, found.evidence_end = clipped, max(found.evidence_end, told or 0)
            if (found.outcome, found.quantity.low, found.quantity.high) in repeated:
                continue    # told by the sentence this one repeats
            if not_killed and found.outcome == "killed" and \
                    NEUTRALISED_RE.search(text, found.evidence_start, found.evidence_end):
                continue    # "neutralized 18 terrorists", in a story saying the word also means captured
            before_figure = max(0, found.quantity.start - sent.start_char)   # the sentence up to the figure
            if SINCE_FIGURE_RE.search(sent_text, 0, before_figure):
                continue    # "a tragedy not seen since thousands of Iraqi Kurds were gassed": a past reference
            if EARLIER_INCIDENT_RE.search(sent_text, 0, before_figure) and \
                    not found.scope and not WEEKDAY_RE.search(sent_text):
                continue    # "the deadliest since March, when a car bomb killed 40": an earlier incident as yardstick
            old = PAST_YEAR_RE.search(sent_text, 0, before_figure)
            if old and int(old.group(1)) <= year - 2 and not found.scope and not WEEKDAY_RE.search(sent_text):
                continue    # "an uprising in 1982 which was suppressed ... with as many as 40000 dying"
            if prev_footage and not atts and BODIES_RE.search(text, found.evidence_start, found.evidence_end):
                continue    # "One video showed the bodies of a dozen people. In a corridor lay another five bodies."
            if is_historic and not found.scope:
                continue
            if toll_follow and not found.scope:
                found.scope = prev_scope
            if not found.scope and sent_scope is not None and \
                    RIVAL_TOLL_RE.search(text, sent_scope[1], found.quantity.start):
                found.scope = sent_scope[0]     # "... since the uprising erupted, while the Observatory puts the
                #                                 toll at more than 7,000": a rival count of the same sum
            if found.scope and sent_scope is None:
                sent_scope = (found.scope, found.quantity.end)
            own = speaker_for(found.token_i, atts)
            if not found.scope and prev_scope is not None and prev_toll_speakers & {
                    a.speaker.canonical.lower() for a in atts} and not OWN_DAY_RE.search(sent_text) and \
                    not SINGLE_EVENT_RE.search(sent_text):
                found.scope = prev_scope    # the same monitor's next total over the same span
            speaker = own or carried or outlet
            if own is None:
                weak.add(id(found))
            (tolls if found.scope else claims).append((found, speaker))
        perps = []
        # a sentence whose every figure sums up a war or a span of weeks blames someone for that sum, not for
        # this incident: "550 civilians have been killed in the last two months because of attacks carried out
        # by regime forces", "the war has killed 150,000 people, most of them by the RSF"
        # ("since Monday" is a few days of one offensive: its blame still counts)
        toll_blame = bool(tolls) and not claims and not any(SHORT_SPAN_RE.search(t.scope or "") for t, _ in tolls)
        for perp, stance, s, e, anchor_i in ([] if is_historic or toll_blame else sentence_perpetrators(sent)):
            if any(a < e and s < b for a, b in skip):   # a headline, a caption, the site's trailer
                continue
            if EARLIER_INCIDENT_RE.search(sent_text, 0, max(0, s - sent.start_char)) and \
                    not WEEKDAY_RE.search(sent_text):
                continue    # "two weeks after JNIM fighters killed 50 soldiers": the yardstick's blame, as its toll
            speaker = _blamer(doc[anchor_i], article) or _sentence_speaker(sent, anchor_i, atts, carried, outlet)
            if stance == "accuses" and described_self(perp, speaker, e):
                at = text.find(perp, s)     # "..., the group said": the group blamed speaks of its own deed
                speaker, stance = Speaker(perp, perp, "armed_group", Span.of(text, at, at + len(perp))), \
                    "claims_responsibility"
            if speaks_for_itself(doc, stance, anchor_i):
                at = text.find(perp, s)
                own = [a for a in atts if a.verb_i == anchor_i]
                if not own or stance == "denies" and _denies_among_others(perp, at, doc[anchor_i].idx, own):
                    speaker = Speaker(perp, perp, "armed_group" if stance == "claims_responsibility" else "other",
                                      Span.of(text, at, at + len(perp)))
                    person = title_holder(doc, s) if stance in ("denies", "claims_responsibility") else None
                    if person is None and stance == "denies":
                        person = _denier_of_another(doc[anchor_i], at)
                    said = speaker_of_tokens(person, article) if person is not None else None
                    if said is not None:
                        speaker = said      # "Junta spokesperson Zaw Min Tun denied the attack": he speaks
                if stance == "denies":
                    perp = denied_party(doc, s, perp)
                named = claimant_named_before(doc, s, perp) if stance == "claims_responsibility" else None
                if named is not None and strip_the(speaker.name) == strip_the(perp):
                    at = text.find(named)       # "The militant group claimed ...": the party named before claims
                    speaker, perp = Speaker(named, named, "armed_group", Span.of(text, at, at + len(named))), named
                perp = own_means_named(doc, anchor_i, perp)
            # one who accuses or blames in so many words never speaks of its own side ("Saba ... accusing government
            # forces of shelling": the Houthis' agency, not the government's)
            if doc[anchor_i].lemma_.lower() not in ("accuse", "blame"):
                stance = stance_for(perp, stance, speaker)
            perps.append(PerpetratorClaim(perp, speaker, stance,  # type: ignore[arg-type]
                                          Span.of(text, s, e),
                                          Span.of(text, sent.start_char, sent.end_char)))
        # a party claiming or denying speaks, and is the one "the jihadist group said" points back to later
        recent_speakers(doc).extend(p.speaker for p in perps if p.stance != "accuses" and p.speaker.span is not None
                                    and p.speaker.name == p.perpetrator)
        hit = event_type_of_text(sent_text)
        out.append(_Sentence(sent, claims, tolls, perps, hit[0] if hit else None, _places(sent), weak,
                             is_historic, atts))
        named = [a for a in atts if a.speaker.span is not None and a.speaker.canonical != "sources"]
        if named:
            last_named = _source_before_carrier(named)
        # a quotation runs on for several sentences; a plain sentence passes its speaker on once
        prev_atts = atts or (prev_atts if carried and (QUOTE_START_RE.match(sent_text) or
                                                       CONTINUATION_RE.match(sent_text)) else [])
        prev_footage = describes_footage(sent) or (prev_footage and not claims and not tolls)
        prev_end = sent.end_char
        if claims or tolls:     # only a sentence whose figures were taken makes a later copy redundant
            keys = {(f.outcome, f.quantity.low, f.quantity.high) for f, _ in claims + tolls}
            recent = (recent + [(words, keys)])[-3:]
        prev_outcome = claims[-1][0].outcome if claims else None
        prev_toll_speakers = {sp.canonical.lower() for _, sp in tolls if sp.span is not None} if not claims else set()
        if claims:
            prev_scope = None
        elif tolls:
            prev_scope = tolls[-1][0].scope
        else:
            cue = SCOPE_RE.search(sent_text) or CAMPAIGN_SPAN_RE.search(sent_text)
            prev_scope = cue.group(0) if cue else None
    lend_next_speakers(out, outlet)
    name_described_speakers(out)
    return out


REPEAT_OVERLAP = 0.85     # share of the shorter sentence's words that makes it a repetition
BODIES_RE = re.compile(r"\b(?:bodies|corpses|body)\b", re.IGNORECASE)
AGGREGATE_WINDOW = 6          # sentences after a figure in which its parts may be told
# (not "the other two dead were civilians": the rest of one toll)
SEPARATE_CUE_RE = re.compile(r"\b(?:also|another|separate|(?<!the )other|second|meanwhile|elsewhere)\b", re.IGNORECASE)


def _exact(found: FoundClaim) -> int | None:
    q = found.quantity
    return q.low if q.low is not None and q.low == q.high and not q.vague else None


def _separate_incidents(a: _Sentence, b: _Sentence) -> bool:
    """Whether two sentences tell different incidents: other event types, other places, or a cue."""
    if a.trigger and b.trigger and a.trigger != b.trigger:
        return True
    if a.places and b.places and not a.places & b.places:
        return True
    return a is not b and bool(SEPARATE_CUE_RE.search(b.sent.text))


def _other_victims(a: str, b: str) -> bool:
    """Whether two victims' kinds are both told and differ ("soldiers" and "attackers")."""
    return a != b and "all" not in (a, b)


def move_same_day_aggregates(sentences: list[_Sentence]) -> None:
    """A figure that the next sentences break down into separate incidents is their sum, not an
    incident: "the Observatory said at least eight people were killed in Rastan. Five of them died in
    air strikes on the market... Another three were killed in shelling". The figure, and the figures
    told with it in its sentence, become tolls; the parts stay incident claims."""
    for n, s in enumerate(sentences):
        # (nor some of those a figure counts: "two of the victims died of their wounds on Tuesday")
        later = [(m, f) for m in range(n + 1, min(len(sentences), n + 1 + AGGREGATE_WINDOW))
                 for f, _ in sentences[m].claims if f.parent is None and
                 not some_of_the_counted(sentences[m].sent.doc[f.token_i])]
        moved = False
        for found, _ in s.claims:
            q = found.quantity   # "at least eight" may be the sum of five and three
            total = q.low if found.parent is None and not q.vague and q.high in (None, q.low) else None
            if total is None or total < 2:
                continue
            # single victims ("one of those killed was the head of the medical centre") are too common
            # to add up to anything
            # (nor other victims: "six soldiers were killed" is no sum of "five attackers" and a bomb's two dead)
            parts = [(m, f) for m, f in later if f.outcome == found.outcome and (_exact(f) or 0) >= 2 and
                     not _other_victims(found.victims, f.victims)]
            for i in range(len(parts)):
                acc = 0
                for j in range(i, len(parts)):
                    acc += _exact(parts[j][1]) or 0
                    if acc >= total:
                        break
                # each part its own incident: in a sentence of its own, told apart from the part before it
                if acc == total and j > i and all(
                        parts[k][0] != parts[k + 1][0] and
                        _separate_incidents(sentences[parts[k][0]], sentences[parts[k + 1][0]]) for k in range(i, j)):
                    moved = True
                    break
            if moved:
                break
        if moved:
            for found, speaker in s.claims:
                found.scope = "same-day total of incidents told separately"
            s.tolls.extend(s.claims)
            s.claims = []


# Words that make a figure the sum of figures told before it: "A total of 8 people were killed in the two
# attacks", "In all, four policemen died", "in both attacks".
TOTAL_CUE_RE = re.compile(
    r"\b(?:a total of|in total|in all|altogether|all told|combined|(?:in|from|during) (?:the|both|these|those) "
    r"(?:(?:two|three|four|five|separate|several) )?(?:attacks|strikes|incidents|blasts|bombings|raids|"
    r"explosions|assaults|ambushes))\b", re.IGNORECASE)


def move_totals_of_told_parts(sentences: list[_Sentence]) -> None:
    """A figure told as the total of figures told before it ("In the first attack, 3 people died; in the
    second, 5 were killed. A total of 8 people were killed in the two attacks") sums several incidents: a
    toll, not a claim. Only with a word of totalling, so that a toll that rises ("3 killed ... 5 more bodies
    found ... the toll rose to 8") stays the incident's figure."""
    for n, s in enumerate(sentences):
        if not s.claims or not TOTAL_CUE_RE.search(s.sent.text):
            continue
        moved = []
        for found, speaker in s.claims:
            q = found.quantity
            total = q.low if found.parent is None and not q.vague and q.high in (None, q.low) else None
            if total is None or total < 2:
                continue
            parts = [_exact(f) or 0 for m in range(max(0, n - AGGREGATE_WINDOW), n + 1)
                     for f, _ in sentences[m].claims
                     if f.parent is None and f.outcome == found.outcome and f.quantity.start < q.start]
            if any(sum(parts[i:j]) == total for i in range(len(parts)) for j in range(i + 2, len(parts) + 1)):
                found.scope = "total of incidents told separately"
                moved.append((found, speaker))
        if moved:
            s.claims = [c for c in s.claims if c not in moved]
            s.tolls.extend(moved)


def _figure(found: FoundClaim) -> tuple:
    """The figure a claim states, whatever its hedge: "at least 24" and "24" state the same figure."""
    q = found.quantity
    if q.low is not None and q.high is not None and q.low != q.high:
        return (q.low, q.high)
    return (q.low if q.low is not None else q.high, q.vague)


def _speaker_names(speaker: Speaker) -> set[str]:
    """A speaker's canonical name and, for a joint speaker ("the Syrian government and opposition
    activists"), each of its parts'."""
    names = {speaker.canonical.lower()}
    parts = re.split(r"\s+and\s+|\s*,\s*", speaker.name)
    if len(parts) > 1:
        names |= {canonical_speaker(p)[0].lower() for p in parts if p.strip()}
    return names


# Victims that are a part of a larger group rather than another account of the same people.
SUBGROUP_VICTIMS = frozenset({"children", "women"})


_LOCALITY_RE = re.compile(r"\b(?:in|on|at) (?:the )?((?:al-)?[A-Z][\w-]+) (?:neighbou?rhood|village|town|district|city|"
                          r"area|camp|suburb|street|market)", re.IGNORECASE)


def _localities(s: _Sentence) -> set[str]:
    return s.places | {m.group(1).lower() for m in _LOCALITY_RE.finditer(s.sent.text)}


def _elsewhere(s: _Sentence, s2: _Sentence) -> bool:
    """Whether two sentences with the same figure tell different incidents: other places named, or the
    later one says it is another ("also", "another", "meanwhile")."""
    if s is s2:
        return False
    a, b = _localities(s), _localities(s2)
    if a and b and not a & b:
        return True
    later = s if s.sent.start > s2.sent.start else s2
    return bool(ANOTHER_INCIDENT_RE.search(later.sent.text))


ANOTHER_INCIDENT_RE = re.compile(r"\b(?:another (?:attack|strike|raid|blast|explosion|shell|incident)|separate(?:ly)?|"
                                 r"meanwhile|elsewhere|in a different)\b", re.IGNORECASE)


MORE_OF_THEM_RE = re.compile(r"\b(?:another|a second|a further|also|other)\W*$", re.IGNORECASE)


def _more_of_them(found: FoundClaim, s: _Sentence) -> bool:
    """ "One police officer was buried under the rubble ... Another police officer was killed": a figure
    told as more people, not as the same ones told again."""
    text = s.sent.doc.text
    q = found.quantity
    return bool(MORE_OF_THEM_RE.search(text, max(0, q.start - 20), q.start)) or \
        q.text.lower().startswith(("another", "a second"))


def _more_specific(sp: Speaker, sp2: Speaker) -> bool:
    """ "a local source" names more than "sources"; an outlet's own voice names nobody more."""
    return sp.kind != "outlet" and len(sp.canonical.split()) > len(sp2.canonical.split())


def _post_then_holder(doc, a: Speaker, b: Speaker) -> bool:
    """Whether one speaker is a post and the other the person the article names in it: "the chairman of
    the council has said ... The chairman, Sati Gogwim, told ... Mr Gogwim said" is one speaker."""
    for post, person in ((a, b), (b, a)):
        post_words = re.findall(r"[A-Za-z]+", post.canonical)
        person_words = re.findall(r"[A-Za-z]+", person.canonical)
        if not post_words or not person_words or post.canonical[:1].isupper() or not person.canonical[-1:].isalpha():
            continue
        head = next((w for w in post_words if w.lower() in POST_HEADS), None)
        surname = person_words[-1]
        if head is None or not surname[:1].isupper():
            continue
        if re.search(rf"\b{re.escape(head)},?\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{re.escape(surname)}\b", doc_text_of(doc)):
            return True
    return False


POST_HEADS = frozenset({"chairman", "chairperson", "chairwoman", "governor", "spokesman", "spokeswoman",
                        "spokesperson", "mayor", "commissioner", "commander", "chief", "administrator",
                        "president", "director", "head", "leader", "official", "minister", "sheriff"})


# Sentences after a figure in the outlet's voice within which a named source giving it makes it the source's
# ("Five civilians were killed ... A source at Aleppo Police Command told SANA that the shells fell ... The source
# added that the attacks killed five people").
RELAY_WINDOW = 3


def dedupe_claims(items: list, seen: dict, order: list) -> list:
    """One claim per figure per source, in text order. `items` are (FoundClaim, Speaker, _Sentence).

    - the same outcome, figure, victims and speaker twice in the article is one claim, the speaker
      however it is spelt (`same_speaker`: "sources" ... "a local source", "army" ... "an army statement");
    - the same speaker giving the same figure in another sentence ("executed at least 24 civilians" ...
      "executed 24 civilians"; "48 alleged rebels" ... "48 civilians") is one claim, unless one of them
      is a sub-group of a larger figure (the dev gold records a figure told again with another hedge
      once: keeping "at least 24" and "24" apart cost its blind part two points of casualty F1);
    - a figure in the outlet's voice (or on a speaker carried from the sentence before) that one of the next
      sentences (`RELAY_WINDOW`) attributes to a named source ("A girl was killed ... A source told SANA that
      ... claiming the life of a girl") is the source's claim;
    - "another soldier was killed" after "a soldier was killed" is more people, not the same told again;
    - a death told of someone told before ("she was pronounced dead") counts only when no figure does;
    - a vague figure ("dozens") is superseded by an exact figure of the same outcome from the same
      speaker ("killed dozens of them" ... "estimated at between 47 and 53").
    """
    position = {id(s): n for n, s in enumerate(order)}
    told: dict[str, int] = {}
    for f, _, _ in items:
        if not f.anaphoric:
            told[f.outcome] = max(told.get(f.outcome, 0), claim_count(f))
    # "A woman was killed ... the woman succumbed": one told again is no claim of its own; but "both died"
    # after "killed her child" counts more people than any figure did
    items = [(f, sp, s) for f, sp, s in items
             if not f.anaphoric or f.outcome not in told or claim_count(f) > told[f.outcome]]
    out = []
    for f, sp, s in items:
        key = (f.outcome, f.quantity.low, f.quantity.high, f.victims)
        doc = s.sent.doc
        told = [(sp2, s2) for sp2, s2 in seen.get(key, [])
                if (same_speaker(sp.canonical, sp2.canonical) or _post_then_holder(doc, sp, sp2))
                and not _elsewhere(s, s2)]
        if told and not _more_of_them(f, s):
            # a lead's "sources said" told again by "a local source" is the named source's claim, a post's
            # ("the chairman of the council") the person named holding it ("Mr Gogwim")
            for n, (g, sp2, s2) in enumerate(out):
                if (g.outcome, g.quantity.low, g.quantity.high, g.victims) == key and (sp2, s2) in told and \
                        (_more_specific(sp, sp2) or _post_then_holder(doc, sp2, sp) and sp.canonical[:1].isupper()):
                    out[n] = (g, sp, s2)
            continue
        seen.setdefault(key, []).append((sp, s))
        out.append((f, sp, s))
    kept: list = []
    for f, sp, s in out:
        if any(g.outcome == f.outcome and _figure(g) == _figure(f) and sp2.canonical.lower() == sp.canonical.lower()
               and s2 is not s and (f.victims == g.victims or f.parent is None and g.parent is None and
                                    not {f.victims, g.victims} & SUBGROUP_VICTIMS)
               and not _elsewhere(s, s2) and not _more_of_them(f, s)   # another place, attack or victim
               for g, sp2, s2 in kept):
            continue
        kept.append((f, sp, s))
    relayed: list = []
    for f, sp, s in kept:
        if id(f) in s.weak and any(
                id(g) not in s2.weak and g.outcome == f.outcome and
                (g.quantity.low, g.quantity.high) == (f.quantity.low, f.quantity.high) and
                0 < position.get(id(s2), -9) - position.get(id(s), -9) <= RELAY_WINDOW and
                not _more_of_them(g, s2) and
                (g.victims == f.victims or "all" in (g.victims, f.victims))
                for g, sp2, s2 in kept):
            continue
        relayed.append((f, sp, s))
    final = []
    for f, sp, s in relayed:
        if f.quantity.vague and f.parent is None:
            names = _speaker_names(sp)
            if f.victims not in SUBGROUP_VICTIMS and any(
                    not g.quantity.vague and g.outcome == f.outcome and sp2.canonical.lower() in names and
                    g.parent is None and id(g) not in s2.weak and g.victims not in SUBGROUP_VICTIMS
                    for g, sp2, s2 in relayed):
                continue
        final.append((f, sp, s))
    return final


# "150 bodies were counted in Hammouriya 100 in Kfar Batna ...", "one was killed in each of the towns of":
# a figure placed in a named place by a list of such figures.
_PLACED_RE = re.compile(r"\s+(?:[a-z]+\s+){0,4}?in\s+(?:each\s+of\s+)?(?:the\s+)?(?:(?:city|town|village|"
                        r"cities|towns|villages|province|district|neighbou?rhood|area|suburb)s?\s+of\s+)?[A-Z]")
BREAKDOWN_WINDOW = 4


def _breakdown_sum(s: _Sentence) -> int | None:
    """The sum of a sentence's per-place list of figures ("X in A, Y in B, one in each of C and D"),
    or None if the sentence does not distribute a toll over places."""
    text, base = s.sent.text, s.sent.start_char
    placed, total, each = 0, 0, False
    quantities = find_quantities(text, base)
    for q in quantities:
        m = _PLACED_RE.match(text, q.end - base)
        value = q.low if q.low is not None else q.high
        if m is None or value is None or any(q.end <= q2.start < m.end() + base for q2 in quantities):
            continue    # ("killed two civilians and wounded five in the village of Murom": the place is the five's)
        placed += 1
        total += value
        each = each or "each of" in m.group(0)
    return total if placed >= 2 or (placed == 1 and each) else None


def drop_told_again(sentences: list[_Sentence], summary: tuple[int, int] | None) -> None:
    """A summary's figures that the story tells again are the story's; the others stay (a standfirst
    may be the only place that says "including nine children")."""
    if summary is None:
        return
    a, b = summary

    def told(found: FoundClaim) -> bool:
        return a <= found.quantity.start < b

    later = {(f.outcome, _figure(f)) for s in sentences for f, _ in s.claims + s.tolls if not told(f)}
    for s in sentences:
        s.claims = [(f, sp) for f, sp in s.claims if not (told(f) and (f.outcome, _figure(f)) in later)]
        s.tolls = [(f, sp) for f, sp in s.tolls if not (told(f) and (f.outcome, _figure(f)) in later)]


def drop_place_breakdowns(sentences: list[_Sentence]) -> None:
    """A toll already given, then distributed over places by the same account ("At least nine civilians
    were killed ... At least four civilians were killed in Arbin and one in each of Harasta and
    Douma"): the parts are a breakdown of the claim, not claims of their own."""
    for n, s in enumerate(sentences):
        if not s.claims:
            continue
        total = _breakdown_sum(s)
        if total is None:
            continue
        outcomes = {f.outcome for f, _ in s.claims}
        earlier = [f for m in range(max(0, n - BREAKDOWN_WINDOW), n) for f, _ in sentences[m].claims
                   if f.outcome in outcomes]
        if any((f.quantity.high or f.quantity.low or 0) >= total for f in earlier):
            s.claims = []


# An earlier, distinct incident told in a clause of a sentence about another one: "shelling the town that
# had been the site of fighting that ... left 120 state security officers dead last week", "following
# what the authorities said was the massacre of 120 policemen ... on Monday".
EARLIER_RE = re.compile(r"\blast (?:week|month)\b|\bearlier this (?:week|month)\b|\b(?:a|one|two|three|four|five|six|"
                        r"several|few|\d+) (?:days|weeks|months) (?:ago|earlier|before)\b|\ba week (?:ago|earlier)\b|"
                        r"\bthe (?:previous|preceding) (?:week|month)\b|\blast (?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                        re.IGNORECASE)
WEEKDAY_CUE_RE = re.compile(r"\bon ((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
DATED_EVENT_RE = re.compile(r"\b(?:attack|strike|air ?strike|bombing|massacre|raid|assault|shelling|explosion|blast|"
                            r"fighting|clashes|ambush)s? (?:on|last) ((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s*$",
                            re.IGNORECASE)
ANY_WEEKDAY_RE = re.compile(r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
CLAUSE_MARKER_RE = re.compile(r"\b(?:that|which|where|when|following|after)\b", re.IGNORECASE)


def earlier_clause(found: FoundClaim, s: _Sentence, lead_weekday: str | None) -> int | None:
    """Where the clause telling an earlier incident starts (a char offset into the sentence), if the
    figure sits in one: a relative clause or a "following ..." phrase, after the sentence's main clause,
    whose time is last week, days ago, or another weekday than the lead incident's."""
    sent = s.sent
    text, base = sent.text, sent.start_char
    fig = found.quantity.start - base
    doc = sent.doc
    for m in CLAUSE_MARKER_RE.finditer(text, 0, max(0, fig)):
        if m.start() == 0:
            continue
        word = m.group(0).lower()
        if word in ("that", "which", "where", "when"):
            tok = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
            if tok is None or tok.start == 0 or doc[tok.start - 1].pos_ not in ("NOUN", "PROPN"):
                continue   # "said that ...": a complement, not a clause about something else
        rest = text[m.end():]
        cue = EARLIER_RE.search(rest)
        if cue is None and lead_weekday:
            day = WEEKDAY_CUE_RE.search(rest)
            if day and day.group(1).lower() != lead_weekday and m.end() + day.start() > fig:
                cue = day
        if cue is not None and (word in ("following", "after") or WEEKDAY_CUE_RE.search(text, 0, m.start())):
            return m.start()
        # "since a suspected chemical attack on Tuesday that killed 87 civilians": the clause's antecedent
        # is an event dated to another day than the lead's
        dated = DATED_EVENT_RE.search(text, max(0, m.start() - 60), m.start())
        if dated and word in ("that", "which") and lead_weekday and dated.group(1).lower() != lead_weekday:
            return m.start()
    return None


def weekday_named(text: str) -> str | None:
    """The first weekday a sentence names, lower-cased ("tuesday"), or None."""
    day = ANY_WEEKDAY_RE.search(text)
    return day.group(1).lower() if day else None


def split_earlier_incidents(sentences: list[_Sentence], lead: int) -> list[_Sentence]:
    """Take the figures of earlier incidents told in passing out of their sentences; return one
    pseudo-sentence per such incident (its figures, its event type from the clause)."""
    lead_weekday = weekday_named(sentences[lead].sent.text)
    out = []
    for s in sentences:
        moved, clause_at = [], None
        for item in s.claims:
            at = earlier_clause(item[0], s, lead_weekday)
            if at is not None:
                moved.append(item)
                clause_at = at if clause_at is None else min(clause_at, at)
        if not moved:
            continue
        s.claims = [c for c in s.claims if c not in moved]
        hit = event_type_of_text(s.sent.text[clause_at:])
        out.append(_Sentence(s.sent, moved, [], [], hit[0] if hit else "other", set(s.places),
                             {id(f) for f, _ in moved if id(f) in s.weak}, s.historic))
    return out


def _casualty_claim(found: FoundClaim, speaker: Speaker, sent, text: str) -> CasualtyClaim:
    q = found.quantity
    return CasualtyClaim(found.outcome, q.low, q.high, found.victims, speaker,  # type: ignore[arg-type]
                         Span.of(text, found.evidence_start, found.evidence_end),
                         Span.of(text, sent.start_char, sent.end_char), q.qualifier)


def _reports_violence(s: _Sentence) -> bool:
    """A sentence reports a violent incident when it gives casualty figures, names a specific kind
    of violence, or blames someone for a generic attack or killing."""
    return bool(s.claims) or s.trigger not in (None, "other") or (s.trigger == "other" and bool(s.perps)) or \
        (s.trigger == "other" and names_violent_death(s.sent.text))


OPENING_WEEKDAY_RE = re.compile(r"^\W*(?:(?:on|late|early|last) )?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                                re.IGNORECASE)


def _opens_incident(s: _Sentence, current_places: set[str], lead_weekday: str | None = None,
                    told: set[int | None] | None = None) -> bool:
    """Whether a sentence after the lead starts a different incident: a "Meanwhile"-style opener, a
    figure told for another day than the lead's ("On Tuesday the Observatory said a strike in Raqqa
    killed 18", after Wednesday's strike), or a new place with none of the incident's places."""
    has_own = bool(s.claims) or (s.trigger not in (None, "other") and bool(s.perps))
    if not has_own:
        return False
    if NEW_INCIDENT_RE.match(s.sent.text):
        return True
    if current_places and SAME_DEED_RE.match(s.sent.text) and not SECONDARY_CUE_RE.search(s.sent.text):
        return False    # "The strike hit the Qoro market in the Mayo district": the lead's strike, told closer
    # a cue that another incident is told, with its own figures and a place the incident has not named
    # (after a lead told without a place, only with a whole toll of its own: "a child was also among at
    # least eight people killed in Douma" opens, "four children were also among the dead in Arbin" joins)
    cue = SECONDARY_CUE_RE.search(s.sent.text)
    # "the raids that also hit several neighbourhoods": a relative clause goes on about the same attack
    if cue and RELATIVE_BEFORE_RE.search(s.sent.text, 0, cue.start()):
        cue = None
    if s.claims and s.places - current_places and cue and (
            current_places or any(f.victims not in SUBGROUP_VICTIMS and f.quantity.low not in (told or set())
                                  for f, _ in s.claims)):
        return True
    day = OPENING_WEEKDAY_RE.match(s.sent.text)
    if day and lead_weekday and s.claims and day.group(1).lower() != lead_weekday:
        return True
    # a place is only "new" against an incident that has named one: a lead told without a place
    # ("Massacre reported in Syrian city") is continued, not replaced, by the sentence that names it
    if not current_places:
        return False
    new_places = s.places - current_places
    return bool(new_places) and not (s.places & current_places)


def distinct_perpetrator_claims(found: list[PerpetratorClaim]) -> list[PerpetratorClaim]:
    """One claim per (perpetrator, stance, speaker) within an incident, the first told kept.

    Names compare without articles and possessives ("the Houthis" = "Houthis"), and a party is one with its
    own means ("Islamic State" = "Islamic State fighters", `_one_party`). A shorter name is
    not folded into a longer one otherwise: "Syrian Army" ends "Free Syrian Army", its enemy. A speaker told
    again by the surname alone is the same speaker ("Colonel Turki al-Maliki accused the Houthis ... Maliki
    said ... by the Houthis" is one blame); bodies named two ways stay apart, each name as told. Each
    incident keeps its own claims, so a blame repeated for a second incident stays there.
    """
    kept: list[PerpetratorClaim] = []
    for p in found:
        name = _actor_key(p.perpetrator)
        if any(q.stance == p.stance and _one_speaker(q.speaker.canonical, p.speaker.canonical)
               and _one_party(name, _actor_key(q.perpetrator)) for q in kept):
            continue
        kept.append(p)
    return kept


def _one_party(a: str, b: str) -> bool:
    """Whether two actor keys name one party: the same words, one word and its plural ("rebel rocket fire" and
    "rebels fired mortars", "Houthi shelling" and "the Houthis shelled"), or a party and its means ("regime" and
    "regime forces", "russian" and "russian jets"; "islamic state" and "islamic state fighters": "claimed by
    Islamic State ... said one of its fighters had targeted")."""
    short, full = sorted((a, b), key=len)
    return a == b or full == short + "s" or \
        (full.startswith(short + " ") and full[len(short) + 1:] in OWN_FIGHTING_MEANS)


def _one_speaker(a: str, b: str) -> bool:
    """Whether two speakers' names are one person's: the same name, or a full name and its last word told
    again ("Colonel Turki al-Maliki" and "Maliki", "Governor Oleg Synegubov" and "Synegubov"), with or without an
    article ("The Islamic State group" claiming, then "Islamic State group ... saying one of its fighters")."""
    a, b = strip_the(a), strip_the(b)
    if a.lower() == b.lower():
        return True
    short, full = sorted((a, b), key=len)
    bare = lambda word: NAME_PARTICLE_RE.sub("", word.lower())     # noqa: E731  ("al-Maliki" -> "maliki")
    return len(short.split()) == 1 and short[:1].isupper() and len(full.split()) > 1 and \
        bare(short) == bare(full.split()[-1])


NAME_PARTICLE_RE = re.compile(r"^(?:al|el|ad|as|ash|ar)-")


def _actor_key(name: str) -> str:
    words = name.lower().replace("'s", "").split()
    return " ".join(w for w in words if w not in {"the", "a", "an"})


TITLE_VIOLENCE_RE = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|dies|died|deaths?|martyr(?:s|ed)?|wound(?:s|ed)?|injur(?:es|ed)|"
                               r"massacre|strikes?|raids?|attacks?|shell(?:s|ed|ing)|bomb(?:s|ed|ing)?|blast|"
                               r"explosion|clash(?:es)?|pound(?:s|ed|ing)?|bombard(?:s|ed|ment)?|execut(?:es|ed))\b",
                               re.IGNORECASE)
# The headline's lead clause: "Warplanes pound Idlib as battles rage in Aleppo" is about Idlib.
TITLE_CLAUSE_END_RE = re.compile(r"\s+(?:as|after|while|amid|despite)\s+|\s*[|:]\s*|\s+-\s+", re.IGNORECASE)
TITLE_PLACE_RE = re.compile(r"\b(?i:in|at|near|on|outside)\s+(?:(?i:syrias?|syrian|yemens?|sudans?|nigerias?|ukraines?|"
                            r"myanmars?|the)\s+)?((?:al-)?[A-Z][\w'-]{2,})((?:\s*(?:,|\band\b)\s*(?:al-)?[A-Z][\w'-]{2,})*)")
TITLE_STOP = frozenset({"syria", "syrias", "syrian", "the", "a", "an", "northern", "southern", "eastern", "western",
                        "central", "north", "south", "east", "west", "various", "several", "many"})


# "kills 3, injures 9": a headline figure is of the wounded when a wound word follows it before a kill word
INJURED_AFTER_RE = re.compile(r"(?:(?!kill|dead|die|death|martyr)[^.;\d]){0,30}?\b(?:injur|wound|hurt)", re.IGNORECASE)

INJURED_BEFORE_RE = re.compile(r"\b(?:injur|wound|hurt)\w*\s+(?:at least\s+|over\s+|more than\s+)?$", re.IGNORECASE)

KILLED_BEFORE_RE = re.compile(r"\b(?:kill|massacre|execute)\w*\s+(?:at least\s+|over\s+|more than\s+)?$", re.IGNORECASE)


def _title_outcome(title: str, start: int, end: int) -> str:
    """Whether a headline figure counts the dead or the wounded: the verb before it ("kills 3, wounds
    12"), else a wound word after it before any kill word ("25 others injured")."""
    if KILLED_BEFORE_RE.search(title[:start]):
        return "killed"
    if INJURED_BEFORE_RE.search(title[:start]) or INJURED_AFTER_RE.match(title, end):
        return "injured"
    return "killed"


def _in_headline(s: _Sentence, article: Article) -> bool:
    """Whether a sentence is the headline repeated at the top of the text (or a headline-like line)."""
    return any(a <= s.sent.start_char and s.sent.end_char <= b + 1 for a, b in not_reported_ranges(article))


def _title_text(article: Article) -> str | None:
    """The headline: `Article.title`, else a short first line without final punctuation."""
    if article.title:
        return article.title
    first = article.text.strip().split("\n", 1)[0].strip()
    if "\n" in article.text.strip() and 0 < len(first.split()) <= 20 and not re.search(r"[.!?:]\W*$", first):
        return first
    return None


def _skeleton(word: str) -> str:
    """A spelling-tolerant key for a place name: "Idleb" = "Idlib", "Hamah" = "Hama"."""
    w = re.sub(r"[^a-z]", "", word.lower().removeprefix("al-"))
    return (w[:1] + re.sub(r"[aeiouy]", "", w[1:])).removesuffix("h") if len(w) > 2 else ""


def title_cues(title: str | None) -> tuple[set[tuple], set[str]]:
    """The figures and place keys a headline that reports violence names ("28 Terrorists Killed in
    Idleb": {28}, {"idlb"}); nothing for a headline that reports none, no place for one that names several
    ("in Hasaka and Aleppo", "kill 28 in Idleb, regains towns in Hamah")."""
    title = TITLE_CLAUSE_END_RE.split(title or "", maxsplit=1)[0]
    if not title or not TITLE_VIOLENCE_RE.search(title):
        return set(), set()
    # (a vague word's conventional number names no figure: "Scores of civilians killed" is no "more than 40")
    figures = {(q.low, _title_outcome(title, q.start, q.end)) for q in find_quantities(title)
               if not (q.low and 1900 <= q.low <= 2100 and q.low == q.high) and not q.vague}
    names = [n for m in TITLE_PLACE_RE.finditer(title)
             for n in [m.group(1), *re.findall(r"(?:al-)?[A-Z][\w'-]{2,}", m.group(2))]]   # "in Hasaka and Aleppo"
    places = {_skeleton(n) for n in names if n.lower().removeprefix("al-") not in TITLE_STOP}
    places = {k for k in places if len(k) >= 2}
    return figures, places if len(places) == 1 else set()   # a headline over several places picks none


def _title_match(group: list[_Sentence], figures: set[tuple], places: set[str]) -> tuple[int, int]:
    """How well a group of sentences matches the headline's cues: (figures matched, places matched)."""
    told = {(f.quantity.low, "injured" if f.outcome == "injured" else "killed") for s in group for f, _ in s.claims}
    keys = {_skeleton(w) for s in group if _reports_violence(s) for p in s.places for w in [p, *p.split()]}
    return len(figures & told), len(places & keys)


def lead_by_title(groups: list[list[_Sentence]], article: Article) -> int:
    """The group the headline names: when a later group matches the headline's figures or places
    better than the first one does (figures first), that group is the lead story. A headline of two stories
    names the lead by its first (`_first_story`)."""
    figures, places = title_cues(_headline_first_story(groups, article))
    if not figures and not places or len(groups) < 2:
        return 0
    scores = [_title_match(g, figures, places) for g in groups]
    best = max(range(len(groups)), key=lambda n: (scores[n], -n))
    return best if scores[best] > scores[0] else 0


def _headline_first_story(groups: list[list[_Sentence]], article: Article) -> str | None:
    """The headline's text, cut to its first story when the parsed headline tells two (`_first_story`)."""
    title = _title_text(article)
    line = next((s for g in groups for s in g if _in_headline(s, article) and title and s.sent.text.strip() == title.strip()),
                None)
    if line is None:
        return title
    lead = next((s.sent.text for g in groups for s in g if s.sent.start_char > line.sent.end_char
                 and not _in_headline(s, article)), "")
    return _first_story(line.sent, lead).text


SHORT_BODY_WORDS = 40   # an article with fewer words outside its headline lines is a headline item


def headline_only(article: Article) -> bool:
    """Whether an article is little more than its headline: few words outside the headline ranges."""
    ranges = sorted(not_reported_ranges(article))
    skipped = not_reported_ranges(article, headline=False)
    body, pos = [], 0
    for a, b in ranges:
        if (a, b) in skipped:
            continue
        body.append(article.text[pos:a])
        pos = max(pos, b)
    body.append(article.text[pos:])
    words = re.findall(r"[A-Za-z]{2,}", " ".join(body))
    return len(words) < SHORT_BODY_WORDS


def gunfire_lead(sentences: list[_Sentence], article: Article) -> int | None:
    """With nothing else reporting violence, the first sentence telling of guns fired at people ("a gunman fired
    into a crowd, striking two men", "was struck by gunfire"); else, when the headline does ("Three charged in
    shooting of 3-year-old girl") and the body tells only what followed, the body's first sentence."""
    told = [n for n, s in enumerate(sentences) if not s.historic]
    lead = next((n for n in told if tells_gunfire(sentences[n].sent.text)), None)
    if lead is None and told and tells_gunfire(_title_text(article) or ""):
        lead = told[0]
    return lead


def _source_before_carrier(atts: list) -> Speaker:
    """The speaker a sentence passes on: its last, unless that is an outlet carrying a source named before it
    ("Ivan Fedorov ... reported this on Telegram, an Ukrinform correspondent reports", "the health ministry said,
    Xinhua reported"): the next sentences go on with the source, not with the outlet that carries it."""
    sources = [a.speaker for a in atts if a.speaker.kind != "outlet"]
    return sources[-1] if sources and atts[-1].speaker.kind == "outlet" else atts[-1].speaker


def find_incidents(doc, article: Article) -> tuple[list[IncidentDraft], list[CumulativeToll]]:
    """The incidents an article reports (the lead one `main`) and its cumulative tolls.

    >>> from sitrep.nlp import load_nlp
    >>> text = ("A massacre in Homs killed as many as 53 people on Sunday, activists said. "
    ...         "The war has killed more than 7,500 people since March 2011.")
    >>> drafts, tolls = find_incidents(load_nlp()(text), Article("a1", "a1", text))
    >>> [(d.main, d.event_type, [(c.outcome, c.low, c.high) for c in d.casualty_claims]) for d in drafts]
    [(True, 'massacre', [('killed', None, 53)])]
    >>> [(t.outcome, t.low, t.high) for t in tolls]
    [('killed', 7500, None)]
    """
    text = article.text
    sentences = _read_sentences(doc, article)
    if not any(s.claims for s in sentences) and headline_only(article):
        # a title-only item ("Russian strikes kill 34 civilians in Deir Ezzor"): the headline is the report
        sentences = _read_sentences(doc, article, headline_skipped=False)
    drop_told_again(sentences, standfirst_range(article))
    move_same_day_aggregates(sentences)
    move_totals_of_told_parts(sentences)
    drop_place_breakdowns(sentences)
    tolls: list[CumulativeToll] = []
    seen_tolls: set[tuple] = set()
    for s in sentences:
        for found, speaker in s.tolls:
            key = (found.outcome, found.quantity.low, found.quantity.high)
            if key in seen_tolls:
                continue
            seen_tolls.add(key)
            tolls.append(CumulativeToll(found.outcome, found.quantity.low, found.quantity.high,  # type: ignore[arg-type]
                                        found.scope or "", Span.of(text, found.evidence_start, found.evidence_end),
                                        speaker))

    lead = next((n for n, s in enumerate(sentences) if _reports_violence(s)), None)
    if lead is None:
        lead = gunfire_lead(sentences, article)
    if lead is None:
        return [], tolls

    earlier = split_earlier_incidents(sentences, lead)
    groups: list[list[_Sentence]] = [[sentences[lead]]]
    places = set(sentences[lead].places)
    # "Shelling in South Kordofan" / "Artillery shelling killed eight civilians in Kadugli": a headline told without
    # figures names the broad place of the incident its body's first sentence tells, not another incident
    headline_lead = not sentences[lead].claims and _in_headline(sentences[lead], article)
    before = sentences[:lead]
    lead_weekday = weekday_named(sentences[lead].sent.text)
    told = {f.quantity.low for f, _ in sentences[lead].claims}
    for s in sentences[lead + 1:]:
        if headline_lead and not s.historic and not NEW_INCIDENT_RE.match(s.sent.text):
            groups[-1].append(s)       # the body's first sentence telling a figure or violence goes on with it
            told |= {f.quantity.low for f, _ in s.claims}
            violent = _reports_violence(s)
            if violent:
                places |= s.places
            headline_lead = not (s.claims or violent)
            continue
        headline_lead = False
        if not s.historic and _opens_incident(s, places, lead_weekday if len(groups) == 1 else None, told):
            groups.append([s])
            places = set(s.places)
            told = {f.quantity.low for f, _ in s.claims}
        else:
            groups[-1].append(s)
            told |= {f.quantity.low for f, _ in s.claims}
            if _reports_violence(s):   # background sentences name places for context, not for the incident
                places |= s.places
    chosen = lead_by_title(groups, article)     # incidents recalled in passing are never the lead
    if chosen:
        groups.insert(0, groups.pop(chosen))
    groups.extend([e] for e in earlier)
    told_in_passing = {id(e) for e in earlier}

    drafts: list[IncidentDraft] = []
    seen_claims: dict[tuple, list] = {}
    named = past_named_incidents(text, _latest_year(article))
    for n, group in enumerate(groups):
        members = (before + group) if n == 0 else group
        claims: list[CasualtyClaim] = []
        perps: list[PerpetratorClaim] = []
        items = [(found, speaker, s) for s in members for found, speaker in s.claims]
        for found, speaker, s in dedupe_claims(items, seen_claims, members):
            claims.append(_casualty_claim(found, speaker, s.sent, text))
        perps = distinct_perpetrator_claims([p for s in members for p in s.perps])
        sents = [s.sent for s in group]
        title = article.title if n == 0 else None
        if n == 0 and title and _in_headline(group[0], article):
            story = _first_story(sents[0], next((x.sent.text for x in group[1:] if not _in_headline(x, article)), ""))
            if story is not sents[0]:      # the headline's second story is a secondary incident's
                sents[0] = story
                title = story.text
        prelude = _prelude(before, article) if n == 0 and group[0] is sentences[lead] else None
        etype, evidence = event_type_of(sents, text, title, prelude)
        if id(group[0]) in told_in_passing:
            etype, evidence = group[0].trigger or "other", None
        first = group[0].sent
        drafts.append(IncidentDraft(n == 0, etype, evidence, claims, perps, ([prelude] if prelude else []) + sents,
                                    Span.of(text, first.start_char, first.end_char),
                                    recalled_date(claims, text, named, _latest_year(article)), prelude is not None))
    return drafts, tolls


# the verbs of a source's clause after a headline's comma ("..., monitor says"): no second story
_SPEECH_LEMMAS = frozenset({"say", "report", "tell", "announce", "add", "state", "confirm", "allege", "warn"})


def _names(tokens) -> set[str]:
    """The capitalised words of some tokens, lowercased, but nationalities ("Russian drones"): the names a clause
    tells."""
    return {t.text.lower() for t in tokens if t.text[:1].isupper() and len(t.text) > 2 and t.pos_ != "ADJ"}


def _first_story(sent, lead: str):
    """The first of two stories a headline tells in two clauses joined by a comma, each with its own subject ("Army
    destroys terrorists' positions in Idlib countryside, terrorists' rockets claim lives of children in Mhardeh",
    "Ukrainian forces repel assaults near Pokrovsk, Russian drones kill two in Sumy"), when the lead tells that one (it
    names a name of the first and none of the second only): the second is a secondary incident's, whose weapon and
    place are none of the lead's. Else the headline whole: one subject doing two things ("Israeli strikes kill 4,
    wound 10 in Gaza"), a source's clause ("..., monitor says"), or a lead telling the second story."""
    lead_words = {w.lower() for w in re.findall(r"[\w'-]+", lead)}
    for comma in sent:
        if comma.text != ",":
            continue
        subject_before = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i < comma.i for t in sent if t.i < comma.i)
        subjects_after = [t for t in sent if t.i > comma.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.i > comma.i]
        if not (subject_before and subjects_after) or any(t.head.lemma_.lower() in _SPEECH_LEMMAS for t in subjects_after):
            continue
        first = _names(t for t in sent if t.i < comma.i)
        second = _names(t for t in sent if t.i > comma.i)
        if first & lead_words and not second & lead_words:
            return sent.doc[sent.start:comma.i]
    return sent


def _prelude(before: list[_Sentence], article: Article):
    """The sentence right before the lead that tells the attack without a figure, or None: its day, its place and
    its attackers are the lead's ("Government troops swept through the Druze town of Mazraa on Tuesday, killing
    civilians in their homes. ... 27 civilians were killed in Mazraa"). Not a sentence of history or of a war's
    whole toll, nor the headline (read as the title: "Five wounded in Austin shooting" names a Chicago
    neighbourhood as a Texan city would be named)."""
    if not before or before[-1].historic or before[-1].tolls or not tells_an_attack(before[-1].sent):
        return None
    title, told = _title_text(article), before[-1].sent.text.strip()
    if _in_headline(before[-1], article) or (title and (told in title or title.strip() in told)):
        return None       # (the headline run into the text after a date: "04-09-2014 Syrian Army Kills 18 ...")
    return before[-1].sent


def recalled_date(claims: list[CasualtyClaim], text: str, named: list[NamedIncident],
                  article_year: int | None = None) -> IncidentDate | None:
    """The date of a named past incident when every figure of an incident is told about it ("blamed France
    for the Ghouta Massacre that claimed the lives of over 1127 civilians"): the year or month the text
    gives it, else unknown; None when the incident is not one recalled by name."""
    if not claims or not named:
        return None
    told = [recalled_figure(text, named, c.evidence.start, article_year) for c in claims]
    if any(n is None for n in told):
        return None
    first = told[0]
    assert first is not None
    year, month = clause_date(text, first, claims[0].evidence.end)
    start, end, precision = date_range(year, month)
    evidence = Span.of(text, first.start, first.end) if start else None
    return IncidentDate(start, end, precision, evidence)  # type: ignore[arg-type]

