"""Named past incidents: "the Ghouta Massacre", "the 2017 Khan Sheikhoun attack", "the Houla massacre of 2012".

A statement, an anniversary or a trial recalls an incident by its name, often with its toll: "Aljaafari
on Monday blamed France for the Ghouta Massacre that claimed the lives of over 1127 civilians". The
toll is the named incident's, told again; the day of the statement is not the day of the incident.
Read as news, such a sentence becomes a new chemical attack dated by the statement (2016) with 1,127
dead. Here a named incident is recognised as past when the text says so: a year before the article's,
"since", "the anniversary of", "commemorate", "years after", or a name written as a proper name
("the Ghouta Massacre"). An incident whose figures all sit in the clause about a past named incident
is that incident: it takes the date the text gives it ("in August 2013", "the 2017 ... attack", "of
2012"), else no date at all; never the statement's.

>>> [(r.name, r.year) for r in past_named_incidents("Since the Houla massacre of 2012, the town has been empty.", 2016)]
[('Houla massacre', 2012)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sitrep.extract.dates import _YEAR, MONTHS, _month_range

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_KIND = (r"(?:[Mm]assacres?|[Cc]hemical (?:weapons? )?[Aa]ttack|[Ss]arin (?:gas )?[Aa]ttack|[Gg]as [Aa]ttack|"
         r"[Cc]hlorine [Aa]ttack|[Aa]ttacks?|[Bb]ombings?|[Kk]illings|[Aa]trocity|[Ss]laughter|[Gg]enocide)")
# A name: one to three capitalised words ("Ghouta", "Khan Sheikhoun", "Eastern Ghouta", "al-Houla").
_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+){0,2}"
NAMED_RE = re.compile(
    rf"\b(?:the\s+)?(?:(?P<y1>{_YEAR})\s+|(?P<m1>{_MONTH})\s+(?P<y2>{_YEAR})\s+)?(?P<place>{_NAME})\s+(?P<kind>{_KIND})"
    rf"(?:\s+(?:of|in)\s+(?:(?P<m3>{_MONTH})\s+)?(?P<y3>{_YEAR}))?")
# Words that say a named incident is in the past: "since the", "on the anniversary of the".
PAST_BEFORE_RE = re.compile(
    r"\b(?:since|anniversary of|anniversaries of|commemorat\w*|remember\w*|memorial (?:to|for)|recall\w*|"
    r"years? (?:after|since)|survivors? of|in the wake of|marks?|marking|marked|before)\s+(?:the\s+)?$",
    re.IGNORECASE)
# Capitalised words that are not names of places: actors, demonyms, sentence openers.
NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "last", "latest", "deadly", "recent", "new", "suicide",
                       "terrorist", "terror", "chemical", "regime", "rebel", "government", "army", "syrian",
                       "russian", "israeli", "iranian", "turkish", "american", "us", "u.s.", "coalition", "houthi",
                       "islamic", "isis", "isil", "daesh", "hamas", "rsf", "saudi", "iraqi", "kurdish", "ukrainian",
                       "french", "british", "his", "her", "their", "its", "our", "in", "on", "after", "during"})
# A date told inside the clause about the incident: "which killed 1,400 people in August 2013".
CLAUSE_DATE_RE = re.compile(rf"\b(?:in|on)\s+(?:(?:early|mid-?|late)\s+)?(?:(?P<m>{_MONTH})\s+(?:\d{{1,2}},?\s+)?)?"
                            rf"(?P<y>{_YEAR})\b")
# The clause that tells the recalled incident's toll: "the Ghouta Massacre that claimed ...", ", in which".
CLAUSE_OPEN_RE = re.compile(r"\s*,?\s*(?:that|which|in which|when|where|during which|who)\b", re.IGNORECASE)
CLAUSE_END_RE = re.compile(r"[;.]|\s[-—]\s|,\s+(?:and|but|while)\s")


@dataclass(frozen=True)
class NamedIncident:
    """A past incident named in the text: its name as written, the year and month the text gives it
    (None when it gives none), and the character span of the mention."""

    name: str
    year: int | None
    month: int | None
    start: int
    end: int


def _is_name(place: str) -> bool:
    words = place.split()
    return words[0].lower() not in NOT_NAMES and not any(w.lower() in NOT_NAMES for w in words) and \
        not re.search(r"(?:ian|ish|ese)$", words[-1].lower())


def past_named_incidents(text: str, article_year: int) -> list[NamedIncident]:
    """The named incidents in `text` that the text places in the past (see the module docstring)."""
    found: list[NamedIncident] = []
    names_past: set[str] = set()
    mentions = []
    for m in NAMED_RE.finditer(text):
        if not _is_name(m.group("place")):
            continue
        year = next((int(y) for y in (m.group("y1"), m.group("y2"), m.group("y3")) if y), None)
        month_name = m.group("m1") or m.group("m3")
        key = m.group("place").lower().removeprefix("al-")
        past = year is not None and year < article_year or m.group("kind")[0].isupper() or \
            PAST_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is not None
        if past:
            names_past.add(key)
        mentions.append((m, key, year, MONTHS[month_name.lower()] if month_name else None))
    for m, key, year, month in mentions:
        if key in names_past:
            found.append(NamedIncident(f"{m.group('place')} {m.group('kind')}", year, month,
                                       m.start("place"), m.end()))
    return found


def recalled_figure(text: str, named: list[NamedIncident], fig_start: int) -> NamedIncident | None:
    """The past named incident a figure at `fig_start` (an offset into the article) is told about: the
    figure sits in the clause that follows the name ("the Ghouta Massacre that claimed the lives of over
    1127 civilians") or the name follows the figure in the same clause ("1,400 were killed in the 2013
    Ghouta attack")."""
    for n in named:
        a, b, rel = n.start, n.end, fig_start
        if b <= rel and CLAUSE_OPEN_RE.match(text, b) and not CLAUSE_END_RE.search(text, b, rel):
            return n
        if rel < a and a - rel <= 80 and re.search(r"\b(?:in|during|of|by)\s+(?:the\s+)?$", text[max(0, a - 20):a]) \
                and not CLAUSE_END_RE.search(text, rel, a):
            return n
    return None


def clause_date(text: str, n: NamedIncident, fig_end: int) -> tuple[int | None, int | None]:
    """The year and month of a recalled incident: from its name, else from the clause that tells it."""
    if n.year is not None:
        return n.year, n.month
    b = n.end
    end = CLAUSE_END_RE.search(text, max(b, fig_end))
    m = CLAUSE_DATE_RE.search(text, b, end.start() if end else len(text))
    if m:
        return int(m.group("y")), MONTHS[m.group("m").lower()] if m.group("m") else None
    return None, None


def date_range(year: int | None, month: int | None) -> tuple[date | None, date | None, str]:
    """The first and last day of a recalled incident's month or year, and the precision."""
    if year is None:
        return None, None, "unknown"
    if month is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    first, last = _month_range(year, month)
    return first, last, "month"
