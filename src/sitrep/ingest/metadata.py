"""Article metadata read from the text itself when the source gives none.

- outlet: a wire dateline "DAMASCUS (AFP) -", a trailing "- REUTERS" or "--Reuters", a masthead
  line ("Belfast Telegraph" at the top, "From Belfast Telegraph" at the end);
- publication date: a leading "Wed 05 Apr 2017" / "August 21 2013" (sitrep.extract.dates).
"""
from __future__ import annotations

import re
from datetime import date

# Wire agencies and how they sign: the key is the canonical outlet name.
WIRE_AGENCIES = {
    "AFP": ["AFP", "Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Reuters"],
    "AP": ["AP", "Associated Press"],
    "SANA": ["SANA"],
    "Xinhua": ["Xinhua"],
    "Anadolu": ["Anadolu", "AA"],
    "DPA": ["DPA", "dpa"],
    "UPI": ["UPI"],
    "TASS": ["TASS"],
    "Sputnik": ["Sputnik"],
}
_ALIAS = {alias.lower(): canon for canon, aliases in WIRE_AGENCIES.items() for alias in aliases}
_AGENCY = "(?i:" + "|".join(sorted((re.escape(a) for a in _ALIAS), key=len, reverse=True)) + ")"

# "DAMASCUS (AFP) -", "BEIRUT, March 12 (Reuters) -", "ADEN, Yemen (AP) —"
DATELINE_AGENCY = re.compile(r"^[A-Z][A-Za-z0-9 .,'-]{1,60}?\s*\((" + _AGENCY + r")\)\s*[-–—:]", re.MULTILINE)
# "... the WHO statement. - REUTERS" / "--Reuters" / "(Reuters)" closing the text
TRAILING_AGENCY = re.compile(r"(?:^|[\s.])(?:-{1,2}|–|—)\s*(" + _AGENCY + r")\s*\.?\s*$", re.IGNORECASE)
# A masthead closing the page: "From Belfast Telegraph"
MASTHEAD_FOOTER = re.compile(r"^\s*From (?:the )?([A-Z][\w.&' -]{2,60})\s*$", re.MULTILINE)


def _canonical_agency(name: str) -> str:
    return _ALIAS.get(name.lower(), name)


def outlet_in_text(text: str) -> str | None:
    """The outlet a text names as its own: dateline agency, trailing wire signature, masthead.

    >>> outlet_in_text("DAMASCUS (AFP) - Syrian troops on Sunday fought ...")
    'AFP'
    >>> outlet_in_text("... in the WHO statement. - REUTERS")
    'Reuters'
    """
    head = text[:300]
    m = DATELINE_AGENCY.search(head)
    if m:
        return _canonical_agency(m.group(1))
    m = TRAILING_AGENCY.search(text[-80:])
    if m:
        return _canonical_agency(m.group(1))
    footers = MASTHEAD_FOOTER.findall(text[-300:])
    if footers:
        return footers[-1].strip()
    return None


def publication_date_in_text(text: str) -> date | None:
    """A leading dateline ("Wed 05 Apr 2017 ...") as the publication date, else None."""
    from sitrep.extract.dates import publication_date_in_text as find

    found = find(text)
    return found[0] if found else None
