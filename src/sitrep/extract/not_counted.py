"""Numbers that count nobody: ages, street numbers, dates, counts of charges, picture counters.

Local news is dense with figures beside the word "killed" that are not casualty figures: "Kurt
Myers, 64, was killed" (an age: the largest event of a shooting corpus was once a man's age),
"a 19-year-old", "12- and 10-year-old sons", "shot at 3007 Elm St.", "the 300 block of", "March 13,
2013 - ... left 4 dead" (a date run into the text), "charged with two counts of murder", "Image
20 of 32". Each rule here names a shape that a reader sees at once is not a head count.

`casualties` asks `counts_nobody(q, num_tokens)` before it looks for an outcome; the noun-based
rules (years, tanks, villages) stay in `casualties.NOT_PEOPLE`.

>>> # see tests/test_not_counted.py for worked sentences
"""
from __future__ import annotations

import re

from sitrep.extract.numbers import Quantity
from sitrep.extract.perpetrators import doc_text_of

# People an age is told after: "the victim, 16,", "two females, 28 and 27", "Damon Oswald-Newman,19,".
AGED_NOUNS = frozenset({
    "victim", "man", "woman", "boy", "girl", "male", "males", "female", "females", "suspect", "teen", "teenager",
    "son", "daughter", "father", "mother", "husband", "wife", "brother", "sister", "friend", "driver", "gunman",
    "shooter", "resident", "officer", "deputy", "child", "student", "person", "youth", "juvenile", "grandmother",
    "grandfather",
})
NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
# What may follow an age set off by commas: the sentence goes on ("was killed"), another name or age.
_AGE_AFTER = frozenset({",", ";", "and", "of", ")", "was", "were", "is", "are", "who", "had", "has", "died",
                        "from", "both", "also", "."})
# "12- and 10-year-old sons", "an 8- or 9-year-old boy": the first age of a pair.
# An age told by how young or old, or by an age limit: "some of them as young as ten", "children under the age of 5".
_AGE_BEFORE_RE = re.compile(r"\b(?:as (?:young|old) as|(?:under|over|below|above) the age of|aged between|"
                            r"ages? (?:of|between))\s+$", re.IGNORECASE)
_AGE_PAIR_RE = re.compile(r"-\s*(?:and|or|to)\s+(?:\d+|[a-z]+)[- ]years?[- ]old", re.IGNORECASE)
# A month written just before a day, even run into the previous word: "woundedMarch 13", "Mar. 28".
_MONTH_BEFORE_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$")
# The second day of a span told after a month: "between March 6 and 10", "from May 3 to 5", "June 12-14".
_SPAN_DAY_BEFORE_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                                 r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|"
                                 r"th)?\s*(?:and|to|until|till|through|-|\u2013)\s*$")
# A day (or days) told before a month: "between 3 and 5 May", "on the 3rd of May".
_MONTH_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|"
                             r"September|October|November|December)\b")
# A street address: "at 3007 Elm St.", "1650 S. Hollywood Blvd.", "in the 100 block of".
_STREET_AFTER_RE = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'-]*\s+){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|"
    r"Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Terrace|Ter|Circle|Cir|Trail|Pike|Square|Sq)\b")
_BLOCK_AFTER_RE = re.compile(r"\s+block\b", re.IGNORECASE)
# Words before a number that make it a label, not a count: "Image 20 of 32", "Highway 281", "Suite 100".
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:image|photo|picture|slide|video|gallery|page|item|part|chapter|highway|hwy|interstate|route|suite|"
    r"apartment|apt|unit|room|lot|exit|flight|channel|precinct|district|ward|station|gate|pier|terminal|"
    r"no|number|#)\.?\s+(?:\d+\s+(?:of|/)\s+)?$", re.IGNORECASE)
# Words after a number that make it a measure, a count of things or of charges, or money.
MEASURE_AFTER = frozenset({
    "count", "counts", "charge", "charges", "felony", "felonies", "misdemeanor", "misdemeanors", "shots",
    "bullet", "bullets", "round", "rounds", "casing", "casings", "yard", "yards", "caliber", "calibre", "mm",
    "gauge", "mph", "cents", "grand", "k", "degrees", "degree", "grade", "inches", "lbs", "pounds", "ounces",
    "grams", "kilograms", "kilos",
})


def counts_nobody(q: Quantity, num_tokens) -> bool:
    """Whether a figure is an age, an address, a date, a label or a measure rather than a head count.

    Only bare figures are judged: "at least 64" is never an age.
    """
    doc = num_tokens[0].doc
    text = doc_text_of(doc)
    after = text[q.num_end:q.num_end + 60]
    if q.qualifier in (None, "between") and (q.high or q.low or 0) <= 31 and _MONTH_AFTER_RE.match(after):
        return True     # "killed in the fighting between 3 and 5 May": days, not people
    if q.qualifier is not None:
        return False
    first, last = num_tokens[0], num_tokens[-1]
    before = text[max(0, q.start - 40):q.start]
    if _MONTH_BEFORE_RE.search(before) or _SPAN_DAY_BEFORE_RE.search(before) or _LABEL_BEFORE_RE.search(before):
        return True
    if _AGE_PAIR_RE.match(after) or _AGE_BEFORE_RE.search(before):
        return True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in MEASURE_AFTER:
        return True
    value = q.low if q.low is not None else q.high
    if value is not None and value >= 100 and (_STREET_AFTER_RE.match(after) or _BLOCK_AFTER_RE.match(after)):
        return True
    if value is not None and value >= 100 and first.i > 0 and doc[first.i - 1].lower_ == "at" and \
            nxt is not None and nxt.is_title and nxt.ent_type_ not in ("DATE", "TIME"):
        return True   # "shot at 3007 Elmwood" (not "put the toll at 494 on Monday")
    return value is not None and value <= 120 and (is_age(first, last) or aged_list(first))


# Words a list of ages is told after: "two children aged 7 and 11", "three sons, ages 4, 9 and 12".
AGE_OPENERS = frozenset({"aged", "ages", "age"})


def aged_list(first) -> bool:
    """A number in a list that follows "aged": "two children, aged 2, 6 and 9" (each one an age, not only
    the first), "killed a man and his sons aged 12 and 15"."""
    doc = first.doc
    nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
        return False     # "aged 60, and 12 others were hurt": a count of its own
    for i in range(first.i - 1, max(-1, first.i - 12), -1):
        tok = doc[i]
        if tok.lower_ in AGE_OPENERS:
            return True
        if not (tok.lower_ in (",", "and", "or", "&", "between", "to") or tok.like_num and tok.pos_ == "NUM"):
            return False
    return False


def is_age(first, last, depth: int = 0) -> bool:
    """A bare number set off by commas (or brackets) after a person's name or a word for a person:
    "Kurt Myers, 64, was killed", "the victim, 16,", "two females, 28 and 27, and one male, 24"."""
    doc = first.doc
    if first.i < 2:
        return False
    prev, prev2 = doc[first.i - 1], doc[first.i - 2]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ not in _AGE_AFTER and not nxt.is_punct:
        return False
    if prev.text in (",", "(") or prev.text.endswith(","):
        if prev2.ent_type_ == "PERSON" or prev2.lower_ in AGED_NOUNS:
            return True
        # a name spaCy did not type: the number is its apposition, or tagged as a DATE (as ages are)
        return prev2.pos_ == "PROPN" and prev2.ent_type_ not in NOT_PERSON_ENTS - {"ORG"} and (
            first.dep_ == "appos" or first.ent_type_ == "DATE")
    if prev.lower_ in ("and", "or") and depth == 0 and prev2.like_num:
        return is_age(prev2, prev2, depth + 1)   # "28 and 27": the second age of a pair
    return False
