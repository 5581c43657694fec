"""Quantities in news text, with the bounds their wording implies.

News states casualty figures in many shapes: digits with or without thousands separators
("1,200", "230000"), number words ("seventy-two", "a dozen"), vague plurals ("dozens", "scores")
and hedged figures ("at least 67", "as many as 53", "between 47 and 53"). The annotation
guidelines (shared/gold/GUIDELINES.md) turn each shape into a low / high pair; this module applies
those rules and nothing else: whether a quantity counts casualties is `casualties`' business.

>>> [(q.low, q.high, q.qualifier) for q in find_quantities("as many as 53 people and at least 7,500 dead")]
[(None, 53, 'as many as'), (7500, None, 'at least')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# --- word tables -------------------------------------------------------------------------------

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}

# Vague plurals: (low, high) per the guidelines; the open high bound says "at least this many".
VAGUE = {
    "tens of thousands": (20_000, None),
    "hundreds of thousands": (200_000, None),
    "millions": (2_000_000, None),
    "thousands": (2000, None),
    "hundreds": (200, None),
    "scores": (40, None),
    "dozens": (24, None),
    "a few dozen": (24, None),
    "a few hundred": (200, None),
    "a few thousand": (2000, None),
    "tens of": (20, None),
    "half a dozen": (6, 6),
    "a dozen": (12, 12),
    "dozen": (12, 12),
}

# Hedges before a figure, and which bound they leave open.
LOWER_BOUND = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
               "no less than", "not less than", "well over", "a minimum of", "at minimum",
               # a toll that "exceeded 15", "surpassed 100", "topped 50": more than the figure
               "exceeded", "exceeding", "surpassed", "topped",
               # "local sources put the toll above 50", "the toll rose to well above 100"
               "well above", "above")
UPPER_BOUND = ("as many as", "up to", "no more than", "fewer than", "less than", "at most", "a maximum of",
               # a toll that "could reach 20", "may rise to 30": no more than the figure is feared
               "could reach", "could rise to", "could climb to", "may reach", "may rise to", "may climb to",
               "might reach", "might rise to", "might climb to")
APPROXIMATE = ("about", "nearly", "around", "some", "approximately", "almost", "roughly", "close to",
               "an estimated", "estimated", "approx.", "at around", "just over", "just under", "nearly all")

# --- the grammar, as regular expressions --------------------------------------------------------

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_WORDNUM = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_MULT = r"(?:dozen|hundred|thousand|million)"
# "two hundred and fifty", "1.5 million", "a hundred", "a 100"
_SIMPLE = rf"(?:(?:{_DIGITS}|{_WORDNUM})(?:[\s-]{_MULT}(?:(?:\sand)?\s{_WORDNUM})?)*|an?\s(?:{_MULT}(?:(?:\sand)?\s{_WORDNUM}(?![\w-]))?|{_DIGITS}))"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_QUAL = "|".join(re.escape(q) for q in sorted(LOWER_BOUND + UPPER_BOUND + APPROXIMATE, key=len, reverse=True))

QUANTITY_RE = re.compile(
    rf"""(?<![\w$£€.,:/-])
    (?:(?P<qual>{_QUAL})\s+(?:a\s+(?=\d))?)?
    (?:
        (?:between|(?:ranging\s+)?from)\s+(?:(?:{_QUAL})\s+)?(?P<r1>{_SIMPLE})\s+(?:and|to)\s+
        (?:[-–—]\s+[^-–—\d]{{1,40}}?\s+[-–—]\s+)?(?:(?P<rq>{_QUAL})\s+)?(?P<r2>{_SIMPLE})
      | (?P<a1>{_DIGITS})\s?(?:-|–|to)\s?(?P<a2>{_DIGITS})(?![\w-])
      | (?P<w1>{_WORDNUM})\s+(?:to|or)\s+(?P<w2>{_WORDNUM})(?![\w-])
      | several\s+(?P<several>dozen|hundred|thousand)s?
      | (?P<vague>{_VAGUE})
      | (?P<num>{_SIMPLE})
    )
    (?P<ormore>\s+or\s+more)?
    (?:(?<=\d)(?=people\b)|(?![\w%]|-\w|\s?%|:\d))""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Quantity:
    """A figure found in text. `start`/`end` cover the whole phrase with its hedge
    ("at least 67"); `num_start`/`num_end` cover the figure itself ("67")."""

    low: int | None
    high: int | None
    qualifier: str | None
    start: int
    end: int
    num_start: int
    num_end: int
    text: str
    vague: bool = False


def parse_number(text: str) -> int | None:
    """The value of a single figure written in digits or words; None if it is not one.

    >>> parse_number("1,200"), parse_number("seventy-two"), parse_number("two hundred and fifty")
    (1200, 72, 250)
    >>> parse_number("1.5 million"), parse_number("a dozen"), parse_number("a 100")
    (1500000, 12, 100)
    """
    t = text.lower().strip().replace("–", "-")
    if t in VAGUE and VAGUE[t][1] is not None:
        return VAGUE[t][0]
    words = re.split(r"[\s-]+", t)
    if words and words[0] in ("a", "an"):
        words = words[1:] or []
        if not words:
            return None
        if words[0] in MULTIPLIERS:
            words = ["one"] + words
    total, current, seen = 0, 0.0, False
    for w in words:
        if w == "and":
            continue
        if re.fullmatch(_DIGITS, w):
            current += float(w.replace(",", ""))
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in MULTIPLIERS:
            m = MULTIPLIERS[w]
            current = (current or 1) * m
            if m >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return int(round(total + current)) if seen else None


def bounds_for(value: int, qualifier: str | None) -> tuple[int | None, int | None]:
    """Low and high for a hedged figure: "at least 67" -> (67, None); "as many as 53" -> (None, 53);
    "about 50" -> (50, 50)."""
    q = (qualifier or "").lower()
    if q in LOWER_BOUND:
        return value, None
    if q in UPPER_BOUND:
        return None, value
    return value, value


def _quantity(m: re.Match, offset: int) -> Quantity | None:
    qual = m.group("qual")
    qual_l = qual.lower() if qual else None
    if m.group("r1"):
        lo, hi = parse_number(m.group("r1")), parse_number(m.group("r2"))
        if lo is None or hi is None:
            return None
        rq = (m.group("rq") or "").lower()
        if rq in LOWER_BOUND:   # "from 500 to well over 1000"
            hi = None
        return Quantity(lo, hi, qual_l or "between", m.start() + offset, m.end() + offset,
                        m.start("r1") + offset, m.end("r2") + offset, m.group(0))
    for g1, g2 in (("a1", "a2"), ("w1", "w2")):   # "47-53", "five to six children", "two or three"
        if not m.group(g1):
            continue
        lo, hi = parse_number(m.group(g1)), parse_number(m.group(g2))
        if lo is None or hi is None or not lo < hi:
            return None
        return Quantity(lo, hi, "range", m.start() + offset, m.end() + offset,
                        m.start(g1) + offset, m.end(g2) + offset, m.group(0))
    if m.group("several"):   # "several dozen" reads as "dozens"
        lo, hi = VAGUE[m.group("several").lower() + "s"]
        return Quantity(lo, hi, "several", m.start() + offset, m.end() + offset, m.start() + offset,
                        m.end() + offset, m.group(0), vague=True)
    if m.group("vague"):
        vague = m.group("vague").lower()
        lo, hi = VAGUE[vague]
        if hi is not None and qual_l:    # "more than a dozen", "about a dozen"
            lo, hi = bounds_for(lo, qual_l)
        return Quantity(lo, hi, qual_l or vague, m.start() + offset, m.end() + offset,
                        m.start("vague") + offset, m.end("vague") + offset, m.group(0), vague=hi is None)
    value = parse_number(m.group("num"))
    if value is None:
        return None
    lo, hi = bounds_for(value, qual_l)
    if m.group("ormore"):
        hi = None
    return Quantity(lo, hi, qual_l or ("or more" if m.group("ormore") else None), m.start() + offset,
                    m.end() + offset, m.start("num") + offset, m.end("num") + offset, m.group(0))


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every figure in `text`, left to right, with bounds per the number rules. "several" and
    "a number of" give no figure. Offsets are shifted by `offset` (a sentence's start in its article).

    >>> [(q.low, q.high) for q in find_quantities("between 47 and 53 dead, dozens wounded")]
    [(47, 53), (24, None)]
    """
    out = []
    for m in QUANTITY_RE.finditer(text):
        q = _quantity(m, offset)
        if q is not None:
            out.append(_new_level(m, q, text, offset))
    # "risen by five to 27": the step is not a figure of its own
    return [q for n, q in enumerate(out) if not (
        n + 1 < len(out) and _STEP_BEFORE_RE.search(text[max(0, q.start - offset - 10):q.start - offset]) and
        re.fullmatch(r"\s+to\s+", text[q.end - offset:out[n + 1].start - offset]))]


# "the death toll rose by 12 to 57", "has risen from 45 to 57": a change of a running figure, whose
# new level is the figure; the step or the old level is not a second bound.
_STEP_BEFORE_RE = re.compile(r"\bby\s+$", re.IGNORECASE)
_RISE_BEFORE_RE = re.compile(r"\b(?:rose|risen|rise|rises|rising|climbed|climbs|climbing|increased|increases|jumped|"
                             r"grew|gone up|went up|soared|mounted)\s+$", re.IGNORECASE)


def _new_level(m: re.Match, q: Quantity, text: str, offset: int) -> Quantity:
    """The new level of a running figure told with its step or its old level, else `q` unchanged."""
    before = text[max(0, m.start() - 30):m.start()]
    if m.group("a1") and re.search(r"\sto\s", m.group(0)) and _STEP_BEFORE_RE.search(before):
        group = "a2"
    elif m.group("r1") and m.group(0).lower().startswith("from") and _RISE_BEFORE_RE.search(before):
        group = "r2"
    else:
        return q
    value = parse_number(m.group(group))
    if value is None:
        return q
    qual = (m.group("rq") or "").lower() or None if group == "r2" else None
    lo, hi = bounds_for(value, qual)
    start = m.start("rq") if group == "r2" and m.group("rq") else m.start(group)
    return Quantity(lo, hi, qual, start + offset, m.end(group) + offset, m.start(group) + offset,
                    m.end(group) + offset, text[start:m.end(group)])
