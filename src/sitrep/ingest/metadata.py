"""Article metadata read from the text itself when the source gives none.

- outlet: a wire dateline "DAMASCUS (AFP) -", a trailing "- REUTERS" or "--Reuters", a masthead
  line ("Belfast Telegraph" at the top, "From Belfast Telegraph" at the end);
- publication date: a leading "Wed 05 Apr 2017" / "August 21 2013" (sitrep.extract.dates); when
  neither the text nor the page's metadata has one, the date in the URL's path ("/2019/12/28/",
  "/20191228/", "/2019-12-28-slug"), which news sites write at publication.
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


# "/2019/12/28/", "/2019/dec/28/", "/2019-12-28/", "/20191228/", "-2019-12-28.html", "/2020/2/10/" (no leading
# zeros), "/2021-03/14/" (Xinhua's two separators): a full date in the path
_URL_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d\d)(?:[/_-](?P<m>0?[1-9]|1[0-2]|[a-z]{3})[/_-](?P<d>0?[1-9]|[12]\d|3[01])|"
    r"(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01]))(?![0-9])", re.I)
_MONTH_ABBR = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def publication_date_in_url(url: str | None) -> date | None:
    """The publication date a news URL's path carries, else None. Only a full year-month-day counts
    (a "/2019/12/" month alone dates nothing to the day); query strings are ignored.

    >>> publication_date_in_url("https://www.example.com/news/2019/12/28/sudan-attack")
    datetime.date(2019, 12, 28)
    >>> publication_date_in_url("https://example.org/world/2023/oct/09/gaza-strikes") is None
    False
    """
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]+", "", url.strip(), flags=re.I).split("?")[0].split("#")[0]
    for m in _URL_DATE.finditer(path):
        month, day = m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
        mon = int(month) if month.isdigit() else _MONTH_ABBR.get(month.lower())
        if mon is None:
            continue
        try:
            return date(int(m.group("y")), mon, int(day))
        except ValueError:
            continue
    return None


def publication_date(text: str, metadata_date: str | None, url: str | None) -> tuple[date | None, str]:
    """The publication date and where it came from: the text's own dateline ("text"), else the
    source's or the page's metadata ("metadata"), else the URL's path ("url"), else (None, "none")."""
    from sitrep.ingest import parse_date

    for source, found in (("text", lambda: publication_date_in_text(text)), ("metadata", lambda: parse_date(metadata_date)),
                          ("url", lambda: publication_date_in_url(url))):
        value = found()
        if value is not None:
            return value, source
    return None, "none"
