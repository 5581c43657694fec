"""Named past incidents: "the Ghouta Massacre", "the 2017 Khan Sheikhoun attack", "the Houla massacre of 2012".

A statement, an anniversary or a trial recalls an incident by its name, often with its toll: "Aljaafari
on Monday blamed France for the Ghouta Massacre that claimed the lives of over 1127 civilians". The
toll is the named incident's, told again; the day of the statement is not the day of the incident.
Read as news, such a sentence becomes a new chemical attack dated by the statement (2016) with 1,127
dead. Here a named incident is recognised as past when the text says so: a year before the article's,
"since", "the anniversary of", "commemorate", "years after", or a name written as a proper name
("the Ghouta Massacre"). An incident whose figures all sit in the clause about a past named incident
is that incident: it takes the date the text gives it ("in August 2013", "the 2017 ... attack", "of
2012", "ten years since the ...", "the third anniversary of the ..."), else no date at all; never the
statement's. A name led by its year may be lower case ("the 2019 sit-in massacre"), and the toll may follow
in the next sentence when that sentence gives an earlier year ("... in March 2022").

>>> [(r.name, r.year) for r in past_named_incidents("Since the Houla massacre of 2012, the town has been empty.", 2016)]
[('Houla massacre', 2012)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sitrep.extract.dates import _YEAR, MONTHS, _month_range
from sitrep.extract.numbers import parse_number

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_KIND = (r"(?:[Mm]assacres?|[Cc]hemical (?:weapons? )?[Aa]ttack|[Ss]arin (?:gas )?[Aa]ttack|[Gg]as [Aa]ttack|"
         r"[Cc]hlorine [Aa]ttack|[Aa]ttacks?|[Bb]ombings?|[Kk]illings|[Aa]trocity|[Ss]laughter|[Gg]enocide|"
         r"[Kk]idnappings?|[Aa]bductions?|[Aa]mbush|[Ss]iege|[Aa]ir ?[Ss]trikes?)")
# A name: one to three capitalised words ("Ghouta", "Khan Sheikhoun", "Eastern Ghouta", "al-Houla").
_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+){0,2}"
NAMED_RE = re.compile(
    rf"\b(?:the\s+)?(?:(?P<y1>{_YEAR})\s+|(?P<m1>{_MONTH})\s+(?P<y2>{_YEAR})\s+)?(?P<place>{_NAME})\s+(?P<kind>{_KIND})"
    rf"(?:\s+(?:of|in)\s+(?:(?P<m3>{_MONTH})\s+)?(?P<y3>{_YEAR}))?")
# A name led by its year may be written in lower case or with a common noun: "the 2019 sit-in massacre",
# "the 2014 Peshawar school attack".
YEAR_LED_RE = re.compile(rf"\bthe\s+(?P<y1>{_YEAR})\s+(?P<place>[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)\s+(?P<kind>{_KIND})\b")
# How long ago the text says it was: "ten years since the", "the third anniversary of the".
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "thirtieth": 30}
YEARS_AGO_RE = re.compile(r"\b(?:(?P<n>\w+|\d+) years? (?:since|after|on from)|(?:the )?(?P<nth>\w+) anniversary of)"
                          r"\s+(?:the\s+)?$", re.IGNORECASE)
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
    matches = list(NAMED_RE.finditer(text))
    matches += [m for m in YEAR_LED_RE.finditer(text)
                if not any(o.start() < m.end() and m.start() < o.end() for o in matches)]
    for m in matches:
        if not _is_name(m.group("place")):
            continue
        groups = m.groupdict()
        year = next((int(y) for y in (groups.get("y1"), groups.get("y2"), groups.get("y3")) if y), None)
        if year is None:
            year = _years_ago(text, m.start(), article_year)
        month_name = groups.get("m1") or groups.get("m3")
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


def _years_ago(text: str, start: int, article_year: int) -> int | None:
    """The year of a named incident told as "ten years since the ..." or "the third anniversary of the ..."."""
    m = YEARS_AGO_RE.search(text, max(0, start - 40), start)
    if not m:
        return None
    n = _ORDINALS.get(m.group("nth").lower()) if m.group("nth") else parse_number(m.group("n"))
    return article_year - n if n else None


def recalled_figure(text: str, named: list[NamedIncident], fig_start: int,
                    article_year: int | None = None) -> NamedIncident | None:
    """The past named incident a figure at `fig_start` (an offset into the article) is told about: the
    figure sits in the clause that follows the name ("the Ghouta Massacre that claimed the lives of over
    1127 civilians"), the name follows the figure in the same clause ("1,400 were killed in the 2013
    Ghouta attack"), or the sentence right after the name's tells the toll with an earlier year than the
    article's ("... the anniversary of the Bucha massacre. Russian troops killed 400 civilians in the town
    in March 2022")."""
    for n in named:
        a, b, rel = n.start, n.end, fig_start
        if b <= rel and CLAUSE_OPEN_RE.match(text, b) and not CLAUSE_END_RE.search(text, b, rel):
            return n
        if article_year is not None and b <= rel and len(re.findall(r"[.!?](?:\s|$)", text[b:rel])) == 1 and \
                (told_year := _sentence_year(text, rel)) is not None and told_year < article_year:
            return n
        if rel < a and a - rel <= 80 and re.search(r"\b(?:in|during|of|by)\s+(?:the\s+)?$", text[max(0, a - 20):a]) \
                and not CLAUSE_END_RE.search(text, rel, a):
            return n
    return None


def _sentence_year(text: str, offset: int) -> int | None:
    """The year a date in the sentence around `offset` gives ("in March 2022"), if any."""
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    end = CLAUSE_END_RE.search(text, offset)
    m = CLAUSE_DATE_RE.search(text, start, end.start() if end else len(text))
    return int(m.group("y")) if m else None


def clause_date(text: str, n: NamedIncident, fig_end: int) -> tuple[int | None, int | None]:
    """The year and month of a recalled incident: from its name ("the 2013 Ghouta attack", "ten years since
    the ..."), with the month from the clause that tells it when the years agree ("in March 2022")."""
    if n.month is not None:
        return n.year, n.month
    b = n.end
    end = CLAUSE_END_RE.search(text, max(b, fig_end))
    m = CLAUSE_DATE_RE.search(text, b, end.start() if end else len(text))
    if m and n.year in (None, int(m.group("y"))):
        return int(m.group("y")), MONTHS[m.group("m").lower()] if m.group("m") else None
    return n.year, None


def date_range(year: int | None, month: int | None) -> tuple[date | None, date | None, str]:
    """The first and last day of a recalled incident's month or year, and the precision."""
    if year is None:
        return None, None, "unknown"
    if month is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    first, last = _month_range(year, month)
    return first, last, "month"
