"""When an incident happened: date expressions in the incident's sentences, resolved against the
publication date.

Rules (the reference day `pub` is the article's own dateline when its text opens with one,
else the publication date the caller gives):

- weekday ("on Sunday", "Tuesday's strike", "late Monday") -> the latest such day on or before `pub`;
- "today", "tonight", "this morning", "earlier today" -> `pub`;
- "yesterday", "last night", "overnight" -> `pub` - 1: news published in the morning reports the
  night before, and an article written at night says "tonight"; "in the last 24 hours", "the past
  two days" -> `pub` - 1..`pub`; "the past 48 hours" -> `pub` - 2..`pub`; "earlier in the day" -> `pub`;
- "N days ago" -> `pub` - N; "last week" -> Monday..Sunday of the week before (precision week);
  "this week" -> Monday..`pub`; "earlier this month" -> 1st..`pub` (month); "last month" (month);
- explicit dates: "5 April 2017", "April 5, 2017", "on March 5" (the latest March 5 on or before
  `pub`), "April 2016" / "in April" (month), "in 2015" (year), "between 5 and 7 April" (a range);
- spans of weekdays: "late Saturday and early Sunday", "Friday night into Saturday", "Monday to
  Friday" -> the first day..the last (a night over two days is precision day); "the night from Sunday to
  Monday, May 26" -> May 25..May 26, the night's first day however the second day's date is told;
- campaigns: "during the past two weeks" -> `pub` - 14..`pub` (week), "over the past three months"
  (month); "since November 15" / "since January" -> that day (or month's first day)..`pub`, never the
  first day alone (precision week up to a fortnight, month beyond).

Choosing among several expressions (`incident_date`): each is scored by precision (a day before a
week before a month before a year), by position (the lead first) and by what it is attached to in
the parse: a date of violence ("killed ... on Monday", "Tuesday's strike") is preferred; the date of
a statement, a meeting, an arrest, a charge, a funeral, a surrender or a photo caption ("the Observatory said on Sunday", "the Council met
Wednesday", "A man walks past ... on July 10 2016. (AFP)"), of a background clause ("after militia
expelled them last month") or a "since/until" phrase is used only when nothing better is there; a
dateline inside the text ("MOSCOW, October 18 (RIA Novosti) -") is not an incident date. An
incident told over several days ("began on Friday and was continuing on Saturday") is dated by its
first day; "killed 66 since Tuesday" runs from Tuesday to `pub`. "Airstrikes were reported late
Saturday" is the airstrikes' time, not a statement's. A political lead dated by a weekday of no
violence ("France sought to seize the diplomatic initiative on Tuesday") gives way to an explicit
calendar date, up to 60 days earlier, of an attack that kills in its own clause ("an August 21
chemical weapons attack ... which killed more than 1400 people"); a violent lead keeps its day.
A ceasefire, a truce or an initiative is politics, not violence ("seize", "fire"). A weekday named after a dated
statement about it ("On Sunday al-Nusra claimed responsibility for Tuesday's attacks") is the one
before the statement. An incident whose own sentences are dated only by a statement ("..., a rights
group said on Monday") takes a day of violence told in the sentences around it, up to a week before
the statement ("... attacked civilians fleeing the village on Saturday"). An incident whose own sentences give no date takes the nearest date of
violence at most three sentences around it (a roundup's lead "the army continued on Monday its
operations" dates its sections), never across "Meanwhile"/"Elsewhere"/"not the first time".

No reference day: relative expressions keep their evidence but stay unresolved (precision
unknown); nothing is guessed from today's date. No expression: unknown — the publication date is
not the incident date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Iterable

from sitrep.extract.literal_guard import guarded
from sitrep.records import IncidentDate, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

MONTHS = {m: i for i, ms in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for m in ms}
WEEKDAYS = {d: i for i, ds in enumerate((
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"))) for d in ds}

_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_WDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d\d"

# --- publication datelines ---------------------------------------------------------------------
_DATELINES = [
    # "Wed 05 Apr 2017", "Monday 12 March 2012", "12 February 2015", "Date of publication 5 July 2016"
    re.compile(rf"\b(?:{_WDAY},?\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{_MON})\s+(?P<y>{_YEAR})(?!\d)"),
    # "August 21 2013", "Published April 2, 2017", "Last updated at Jul 292016"
    re.compile(rf"\b(?:{_WDAY},?\s+)?(?P<m>{_MON})\s+(?P<d>\d{{1,2}}),?\s*(?P<y>{_YEAR})(?!\d)"),
    # "05.04.2017", "25-12-2014" (day first, as the outlets that write them do)
    re.compile(rf"(?<![\d.-])(?P<d>\d{{1,2}})(?P<sep>[.-])(?P<mn>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})(?!\d)"),
]


# A wire dateline without a year: "Bogotá, Mar 4 (EFE).-", "RAWALPINDI, Oct 8 (APP):", "Port Sudan, Nov. 14 (SUNA) –",
# "BEIJING, Oct. 8 (Xinhua) --". It dates the dispatch, never the incident.
_WIRE_DATELINE = re.compile(rf"^\s*(?:[^\n]{{0,200}}\n\s*)?[A-Z][\w'’.]*+(?:[ -][A-Z][\w'’.]*+){{0,3}},\s+"
                            rf"(?i:(?P<m>{_MON}))\s+(?P<d>\d{{1,2}})\s*\([A-Z][\w.]*+(?:[ /][A-Z][\w.]*+){{0,3}}\)\s*"
                            rf"(?:\.?-+|:|–|—)")


def _mk_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def publication_date_in_text(text: str, window: int = 250) -> tuple[date, Span] | None:
    """The dateline a text opens with ("Wed 05 Apr 2017", "Fri 07 Apr 2017 at 0914",
    "August 21 2013", "Monday 12 March 2012", "Published April 2 2017"), searched in the first
    `window` characters (titles and outlet names often come first). Returns the date and its Span.

    >>> publication_date_in_text("Wed 05 Apr 2017 Syria attack symptoms ...")[0]
    datetime.date(2017, 4, 5)
    """
    head = text[:window]
    best: tuple[int, date, int, int] | None = None
    for rx in _DATELINES:
        for m in rx.finditer(head):
            month = MONTHS.get(m.group("m").lower().rstrip(".")) if "m" in rx.groupindex else int(m.group("mn"))
            if not month:
                continue
            d = _mk_date(int(m.group("y")), month, int(m.group("d")))
            lead = head[:m.start()]
            if "." in lead.replace("U.S.", "") or re.search(r"\b(?:on|in|since|until|by|of|from|before|after|between|and)\s*$", lead, re.I) \
                    or re.search(r"\d\s*(?:-|\u2013|to|and)\s*$", lead) or _CREDIT_AFTER.match(text[m.end():m.end() + 60]):
                continue      # inside a sentence: a date the text talks about, not its dateline
            if d and (best is None or m.start() < best[0]):
                best = (m.start(), d, m.start(), m.end())
                break
    if best is None:
        return None
    return best[1], Span.of(text, best[2], best[3])


# --- incident date expressions -----------------------------------------------------------------
_REL_DAY = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
    "yesterday": 1, "last night": 1, "overnight": 1, "late last night": 1, "the previous day": 1,
    "the day before": 1, "earlier in the day": 0, "later in the day": 0,
}
_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "in the night from Sunday to Monday, May 26", "during the night from Sunday to Monday 13 June" (francophone
    # wires' "dans la nuit de dimanche à lundi"): the night's first day, the day before the date told
    ("night_dated", re.compile(rf"\b(?:(?:in|during|on|over)\s+)?the\s+night\s+(?:from|of|between)\s+(?P<w>{_WDAY_FULL})\s+"
                               rf"(?:to|and|into)\s+(?P<w2>{_WDAY_FULL}),?\s+(?:the\s+)?(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                               rf"(?:of\s+)?(?P<m>{_MON})|(?P<mb>{_MON})\s+(?P<db>\d{{1,2}})(?:st|nd|rd|th)?)\b"
                               rf"(?:,?\s+(?P<y>{_YEAR}))?", re.I)),
    # "between 5 and 7 April", "on the night of 3 to 4 March", "from 12-14 May 2015", "the night of Monday 12 to
    # Tuesday 13 June"
    ("range_dm", re.compile(rf"\b(?:between\s+|from\s+|(?:on\s+|during\s+)?the\s+night\s+of\s+)?(?:{_WDAY_FULL}\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013)\s*"
                            rf"(?:{_WDAY_FULL}\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?(?!\s*(?:people|civilians|killed|dead|%))", re.I)),
    ("range_md", re.compile(rf"\b(?:between|from)\s+(?P<m>{_MON})\s+(?P<d1>\d{{1,2}})\s*(?:and|to|-|\u2013)\s*(?:(?P=m)\s+)?(?P<d2>\d{{1,2}})\b(?:,?\s+(?P<y>{_YEAR}))?", re.I)),
    ("dmy", re.compile(rf"\b(?:on\s+)?(?:{_WDAY_FULL},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b", re.I)),
    ("mdy", re.compile(rf"\b(?:on\s+)?(?:{_WDAY_FULL},?\s+)?(?P<m>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{_YEAR}))?(?!\s*(?:people|civilians|killed|dead|%))", re.I)),
    # "The attack near Damascus on August 21 killed 1400 people": after "on", "21 killed" is still a day
    ("mdy", re.compile(rf"\bon\s+(?:{_WDAY_FULL},?\s+)?(?P<m>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{_YEAR}))?(?=\s+(?:killed|killing)\b)", re.I)),
    ("my", re.compile(rf"\b(?:in\s+|early\s+|late\s+|mid-?)?(?P<m>{_MON})\s+(?P<y>{_YEAR})\b", re.I)),
    ("in_month", re.compile(r"\b(?:(?:in|since|during|early|late)\s+|mid-?\s*)(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)", re.I)),
    ("days_ago", re.compile(r"\b(?P<n>two|three|four|five|six|\d|a)\s+(?P<u>days?|weeks?)\s+ago\b", re.I)),
    ("last24", re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous)\s+(?P<h>24|twenty-four|48|forty-eight|72|seventy-two)\s+hours\b|"
                          r"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous)\s+(?P<nd>two|three|2|3)\s+days\b", re.I)),
    # "late Saturday and early Sunday", "Friday night into Saturday": the span's first day
    ("wd_span", re.compile(r"\b(?:(?:on|late|early|overnight)\s+)?(?:(?:late|early)\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:and|into|to|through)\s+(?:(?:late|early)\s+)?(?:on\s+)?"
                           r"(?P<w2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:morning|afternoon|evening|night))?", re.I)),
    ("weekday", re.compile(r"\b(?:(?:on|late|early|earlier|last|since|by|until|from|before|overnight|through)\s+)?(?:(?:late|early)\s+)?"
                           r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'?s)?\b"
                           r"(?:\s+(?:morning|afternoon|evening|night)(?:['\u2019]s\b)?)?", re.I)),
    ("rel_day", re.compile(r"\b(?:late\s+|earlier\s+|early\s+)?(?P<r>today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|yesterday|"
                           r"last\s+night|overnight|the\s+previous\s+day|the\s+day\s+before|(?:earlier|later)\s+in\s+the\s+day)\b", re.I)),
    # "during the past two weeks", "over the last three months": a campaign, never one day
    ("past_n", re.compile(r"\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous)\s+(?P<n>two|three|four|five|six|several|few|couple\s+of|\d{1,2})\s+(?P<u>weeks|months)\b", re.I)),
    ("last_week", re.compile(r"\b(?:last|earlier\s+this|this|past|(?:over|at|during)\s+the)\s+week(?:end)?\b", re.I)),
    ("month_rel", re.compile(r"\b(?:earlier\s+this|this|last)\s+month\b", re.I)),
    ("year", re.compile(rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<y>{_YEAR})\b", re.I)),
]
_PATTERNS = [(kind, guarded(rx)) for kind, rx in _PATTERNS]   # each skips a text without its words
_NUMWORDS = {"a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SPAN_KINDS = ("range_dm", "range_md", "wd_span")
_REPORTING = re.compile(
    r"\b(?:said|says|say|reported|reports|announced|told|stated|added|claimed|confirmed|quoted|"
    r"according to [^,.;]{0,60}|statement|tweeted|posted|wrote|published)\s*(?:on\s+|late\s+|early\s+)?$", re.I)
# "Airstrikes were reported late Saturday": the airstrikes' time, not a statement's
_PASSIVE_REPORTED = re.compile(r"\b(?:was|were|been)\s+reported\s*(?:on\s+|late\s+|early\s+)?$", re.I)
_REPORTING_AFTER = re.compile(r"^[\s,]*(?:that|,)?\s*(?:said|reported|announced|told)\b", re.I)
_AFTER_NOT_INCIDENT = re.compile(r"^\s*(?:'s\s+)?(?:statement|report|meeting|session|vote|talks)\b", re.I)
_CREDIT_AFTER = re.compile(r"^\s*\.?\s*\((?=[^()]{0,60}\))[^()]*\b(?:AFP|AP|Reuters|EPA|Getty|Agencies|Photo|Images|IHA|AA|Anadolu|"
                           r"SANA|Sputnik|File)\b[^()]*\)")
_DATELINE_BEFORE = re.compile(r"(?:^|[\s.)])[A-Z][A-Z'-]{2,}(?:[ ,]+[A-Z][A-Z'-]{1,})*,?\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\((?:[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*){0,3}\)|[-\u2013\u2014]{1,2}\s)")
_BEFORE_NOT_INCIDENT = re.compile(r"\b(?:since|until|by|before|from)\s+(?:(?:\d{1,2}[:.]?\d{2}|\d{1,2})\s*(?:GMT|UTC|a\.?m\.?|p\.?m\.?|hrs|local\s+time)?\s+)?$|"
                                  r"\b(?:since|until|by|before|from)$", re.I)

_FROM_EVENT_OF = re.compile(r"from\s+(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                            r"(?:\s+(?:morning|afternoon|evening|night))?['\u2019]s",
                            re.I)


def _latest_on_or_before(ref: date, month: int, day: int) -> date | None:
    for y in (ref.year, ref.year - 1):
        d = _mk_date(y, month, day)
        if d and d <= ref + timedelta(days=1):
            return d
    return None


def _month_range(y: int, m: int) -> tuple[date, date]:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date(y, m, 1), nxt - timedelta(days=1)


def resolve_expression(kind: str, m: re.Match, ref: date | None, year_end: date | None = None) -> IncidentDate | None:
    """One matched expression -> an IncidentDate (without evidence); None if it is not a date. `year_end`
    (no `ref` known) dates a day or month told without its year."""
    g = m.groupdict()
    if ref is None and year_end is not None and kind in ("range_dm", "range_md", "dmy", "mdy", "my", "in_month",
                                                         "night_dated"):
        ref = year_end
    if kind == "night_dated":      # the night's second day as told, then back to its first
        g = {**g, "m": g.get("m") or g.get("mb"), "d": g.get("d") or g.get("db")}
    month = MONTHS.get((g.get("m") or "").lower().rstrip(".")) if g.get("m") else None
    year = int(g["y"]) if g.get("y") else None
    if kind in ("range_dm", "range_md"):
        d1, d2 = int(g["d1"]), int(g["d2"])
        if year:
            a, b = _mk_date(year, month, d1), _mk_date(year, month, d2)
        elif ref:
            a, b = _latest_on_or_before(ref, month, d1), _latest_on_or_before(ref, month, d2)
        else:
            return IncidentDate()
        if not (a and b and a <= b):
            return None
        return IncidentDate(a, b, "day" if a == b else "week" if (b - a).days <= 7 else "month")
    if kind in ("dmy", "mdy", "night_dated"):
        day = int(g["d"])
        if not month or not 1 <= day <= 31:
            return None
        d = _mk_date(year, month, day) if year else (_latest_on_or_before(ref, month, day) if ref else None)
        if d and kind == "night_dated":
            first = d - timedelta(days=(WEEKDAYS[g["w2"].lower()] - WEEKDAYS[g["w"].lower()]) % 7)
            return IncidentDate(first, d, "day")
        return IncidentDate(d, d, "day") if d else IncidentDate()
    if kind in ("my", "in_month"):
        if not year:
            if not ref:
                return IncidentDate()
            year = ref.year if month <= ref.month else ref.year - 1
        a, b = _month_range(year, month)
        return IncidentDate(a, b, "month")
    if kind == "year":
        y = int(g["y"])
        return IncidentDate(date(y, 1, 1), date(y, 12, 31), "year")
    if ref is None:
        return IncidentDate()
    if kind == "wd_span":      # "late Saturday and early Sunday" -> Saturday..Sunday
        w1, w2 = WEEKDAYS[g["w"].lower()], WEEKDAYS[g["w2"].lower()]
        b = ref - timedelta(days=(ref.weekday() - w2) % 7)
        a = b - timedelta(days=(w2 - w1) % 7)
        return IncidentDate(a, b, "day" if (b - a).days <= 1 else "week")
    if kind == "past_n":       # "the past two weeks" -> pub-14..pub (week); months -> month
        n = {"several": 3, "few": 3}.get(g["n"].lower()) or _NUMWORDS.get(g["n"].lower()) or \
            (2 if g["n"].lower().startswith("couple") else int(g["n"]))
        months = g["u"].lower().startswith("month")
        return IncidentDate(ref - timedelta(days=(30 if months else 7) * n), ref, "month" if months or n > 4 else "week")
    if kind == "weekday":      # "last Friday" on a Friday is a week ago
        w = WEEKDAYS[g["w"].lower()]
        back = (ref.weekday() - w) % 7
        if back == 0 and m.group(0).lower().startswith("last "):
            back = 7
        d = ref - timedelta(days=back)
        return IncidentDate(d, d, "day")
    if kind == "rel_day":
        r = " ".join(g["r"].lower().split())
        d = ref - timedelta(days=_REL_DAY.get(r, 0))
        return IncidentDate(d, d, "day")
    if kind == "days_ago":      # "two days ago" -> pub-2 (day); "a week ago" -> pub-7 (week)
        n = _NUMWORDS.get(g["n"].lower()) or int(g["n"])
        weeks = g["u"].lower().startswith("week")
        d = ref - timedelta(days=7 * n if weeks else n)
        return IncidentDate(d, d, "week" if weeks else "day")
    if kind == "last24":
        # "in the last 24 hours", "the past two days" -> pub-1..pub; "the past 48 hours" -> pub-2..pub
        h = (g.get("h") or "24").lower()
        n = {"24": 1, "twenty-four": 1, "48": 2, "forty-eight": 2, "72": 3, "seventy-two": 3}.get(h, 1)
        if g.get("nd"):
            n = {"two": 1, "2": 1, "three": 2, "3": 2}[g["nd"].lower()]    # the past two days: yesterday and today
        return IncidentDate(ref - timedelta(days=n), ref, "day" if n == 1 else "week")
    if kind == "last_week":
        text = m.group(0).lower()
        monday = ref - timedelta(days=ref.weekday())
        if text.endswith("weekend") and not (text.startswith("last") or text.startswith("past")):
            # "over the weekend", "this weekend": the Saturday-Sunday just gone (or under way)
            sat = ref - timedelta(days=ref.weekday() - 5) if ref.weekday() >= 5 else monday - timedelta(days=2)
            return IncidentDate(sat, min(sat + timedelta(days=1), ref), "week")
        if text.endswith("the week"):
            return IncidentDate(monday, ref, "week")
        if text.startswith("last") or text.startswith("past"):
            if text.endswith("weekend"):
                sat = monday - timedelta(days=2)
                return IncidentDate(sat, sat + timedelta(days=1), "week")
            return IncidentDate(monday - timedelta(days=7), monday - timedelta(days=1), "week")
        return IncidentDate(monday, ref, "week")
    if kind == "month_rel":
        if m.group(0).lower().startswith("last"):
            prev = ref.replace(day=1) - timedelta(days=1)
            a, b = _month_range(prev.year, prev.month)
            return IncidentDate(a, b, "month")
        return IncidentDate(ref.replace(day=1), ref, "month")
    return None


# preference by precision: a day beats a week beats a month beats a year
_KIND_RANK = {"range_dm": 0, "range_md": 0, "wd_span": 0, "past_n": 7, "dmy": 0, "mdy": 0, "weekday": 0, "rel_day": 0, "last24": 1,
              "night_dated": 0, "days_ago": 0, "last_week": 7, "my": 8, "in_month": 9, "month_rel": 9, "year": 11}
_PRECISION_RANK = {"day": 0, "week": 7, "month": 8, "year": 11}

# --- what a date expression is attached to ------------------------------------------------------
# The verb or noun a date modifies ("killed ... on Monday", "Tuesday's strike", "met Wednesday")
# tells the incident's own date from the date of a statement, a meeting or a photo.
_VIOLENT = frozenset("""
kill killing killer die dead death toll wound injure injury massacre slaughter execute execution behead
attack assault offensive raid strike airstrike airstrikes bomb bombing bombard bombardment blast
explosion explode detonate suicide shell shelling fire gunfire shoot shooting gunman gunmen sniper
fight fighting fighter clash battle skirmish combat ambush storm seize capture take overrun advance
rocket missile mortar barrage artillery drone barrel gas chemical sarin chlorine fume poison
abduct abduction kidnap kidnapping hostage torture hit target destroy burn loot besiege siege
operation onslaught incursion invasion violence crackdown unrest
""".split())
_NON_INCIDENT = frozenset("""
say tell report announce state add claim confirm quote tweet post write publish issue release
meet meeting debate vote session talk talks summit conference speech visit statement interview
renew urge call push ask responsibility demand warn condemn denounce accuse deny blame pledge vow promise
sign agree decide approve adopt discuss plan propose welcome express appeal insist reiterate
walk sell stand sit pose look gather queue watch arrive travel
arrest charge arraign book indict sentence convict plead appear appearance hearing trial court jail funeral vigil bury burial
identify surrender
document monitor record verify
""".split())
_VIOLENT_ENDINGS = ("offensive", "strike", "strikes", "attack", "attacks", "bomb", "bombing", "bombings",
                    "shelling", "fire", "killing", "killings", "fighting", "clash", "clashes", "raid", "raids")
_LETHAL = frozenset({"kill", "killed", "killing", "die", "died", "dead", "death", "massacre", "execute", "executed"})
_POLITICAL = frozenset("""initiative diplomatic diplomacy resolution proposal negotiation negotiations
ceasefire truce sanction sanctions deal agreement inspector inspectors""".split())
# A tally that grows is told on the day it was counted, not the day of the violence it counts.
_TOLL_RISE = frozenset({"rise", "climb", "reach", "increase", "jump", "mount", "grow", "soar", "hit", "surpass", "top"})
_TALLY = frozenset({"toll", "number", "count", "tally", "figure"})
_BACKGROUND_MARK = frozenset({"after", "since", "before", "until", "once", "when"})
# What ends or uncovers an incident: the day a siege ended or bodies were found is not the day of the deed told in
# its "after" clause ("ended the siege on Friday, after militants stormed the hotel on Thursday").
_AFTERMATH = frozenset({"end", "find", "discover", "recover", "retrieve", "unearth", "exhume"})
_START = frozenset({"begin", "launch", "start", "erupt", "open"})
_CONTINUING = frozenset({"continue", "continued", "continuing", "resume", "resumed", "rage", "raged", "raging",
                         "persist", "fresh", "renewed", "still", "again", "ongoing"})
_CAPTION_AFTER = re.compile(r"^\s*\((?:AFP|AP|Reuters|EPA|Getty|[A-Z][\w.]*(?:\s+[\w.]+){0,4}\s+(?:Agencies|Images|Photo))[^)]{0,30}\)")
_CAPTION_IN = re.compile(r"\b(?:photo|picture|image|file)\s*(?:shows|taken|:)|\((?:AFP|Reuters|AP|EPA)(?:\s+Photo)?\)\W*$", re.I)


def _governor(doc: "Doc", start: int, end: int):
    """The token a date expression at doc characters start..end modifies: climb from the expression's
    root through prepositions to the first verb or noun outside it. None when it cannot be found."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(4):
        head = tok.head
        if head is tok:
            return None
        tok = head
        if tok.i < span.start or tok.i >= span.end:
            if tok.pos_ != "ADP" and tok.lemma_.lower() not in _TIME_NOUNS:
                return tok
    return None


# Parts of a day a date names, which say nothing of what happened then: "during the night of Sunday to Monday",
# "in the early hours of Friday" date what the night or the hours belong to.
_TIME_NOUNS = frozenset({"night", "morning", "evening", "afternoon", "hour", "dawn", "dusk", "midnight"})


def _context_words(gov) -> list:
    """The governor with the words that say what it is about: its subject and object (and their
    "of" complements: "a barrage of rockets"), its modifiers, and the noun a relative clause hangs on."""
    words = [gov]
    for c in gov.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "amod", "compound", "acomp", "advmod", "pcomp", "xcomp",
                      "agent"):
            words.append(c)
            words.extend(g for g in c.children if g.dep_ in ("amod", "compound", "pobj", "prep", "dobj"))
            words.extend(gg for g in c.children if g.dep_ == "prep" for gg in g.children if gg.dep_ == "pobj")
    if gov.dep_ in ("relcl", "acl") and gov.head is not gov:
        words.append(gov.head)
        words.extend(c for c in gov.head.children if c.dep_ in ("amod", "compound"))
    return words


def _attachment(doc: "Doc", start: int, end: int) -> tuple[int, bool, bool, bool, bool]:
    """(preference adjustment, starts, continues, statement, lethal) for the expression at doc characters start..end:
    -3 when it dates violence, +8 when it dates a statement, meeting or the like, +12 when it sits in
    a background clause ("after militia expelled them last month")."""
    gov = _governor(doc, start, end)
    if gov is None:
        return 0, False, False, False, False, False
    words = _context_words(gov)
    near = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    span = doc.char_span(start, end, alignment_mode="expand")
    right: list = []
    left: list = []
    if span is not None:      # the words right after it: "continued on Monday their military operations"
        right = list(doc[span.end:min(span.end + 4, span.sent.end)])
        left = list(doc[max(span.start - 3, span.sent.start):span.start])
    lemmas = near | {w.lemma_.lower() for w in right} | {w.lower_ for w in right}
    adj = 0
    statement = gov.lemma_.lower() in _NON_INCIDENT or gov.lower_ in _NON_INCIDENT
    if statement and gov.lemma_.lower() == "report" and any(c.dep_ == "auxpass" for c in gov.children) and \
            any(c.dep_ == "nsubjpass" and (c.lemma_.lower() in _VIOLENT or c.lower_.endswith(_VIOLENT_ENDINGS))
                for c in gov.children):
        statement = False       # "airstrikes were reported late Saturday": when the airstrikes happened
    if not statement and gov.lemma_.lower() in _TOLL_RISE and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _TALLY for c in gov.children):
        statement = True        # "the death toll from Monday's bombings rose to 148 on Wednesday": a count updated
    if statement:
        adj = 8
    elif lemmas & _VIOLENT or any(w.endswith(_VIOLENT_ENDINGS) for w in lemmas):
        adj = -3
    ends = gov.head if gov.dep_ in ("dobj", "nsubjpass") else gov      # "ended a siege ... on Friday"
    if ends.lemma_.lower() in _AFTERMATH and any(c.lower_ == "after" and c.dep_ in ("prep", "mark")
                                                 for w in ends.children for c in [w, *w.children]):
        adj = max(adj, 4)   # "bodies were found on Monday after an incursion ...": the day the deed was found
    starts = gov.lemma_.lower() in _START
    aftermath_of = gov.dep_ == "advcl" and gov.head.lemma_.lower() in _AFTERMATH and \
        any(c.dep_ == "mark" and c.lower_ == "after" for c in gov.children)
    if (not starts and not aftermath_of and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARK
                                                for c in gov.children)) or \
            (gov.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "from" for c in gov.children)):
        adj += 12     # "after militia expelled them last month"; not "since it began on Saturday"
    continues = bool((near | {w.lemma_.lower() for w in left} | {w.lower_ for w in left}) & _CONTINUING)
    lethal = adj < 0 and bool(near & _LETHAL)
    # "an August 21 chemical weapons attack ... which killed more than 1400 people", "the attack near
    # Damascus on August 21 killed 1400": the attack noun's own clause or verb kills
    link = [w for c in gov.children if c.dep_ in ("relcl", "acl") for w in c.subtree]
    if gov.dep_ in ("nsubj", "nsubjpass") and gov.head is not gov:
        link.append(gov.head)
    if not lethal and gov.pos_ in ("NOUN", "PROPN") and (gov.lemma_.lower() in _VIOLENT or gov.lower_.endswith(_VIOLENT_ENDINGS)) \
            and any(w.lemma_.lower() in _LETHAL or w.lower_ in _LETHAL for w in link):
        adj, lethal = min(adj, -3), True
    # "France sought to seize the diplomatic initiative on Tuesday": a political act, not violence
    if adj < 0 and not lethal and near & _POLITICAL:
        adj = 0
    political = statement or bool(near & _POLITICAL)
    return adj, starts, continues, statement, lethal, political


def _is_caption(doc_text: str, sent) -> bool:
    """A photo caption: a sentence followed by a picture credit ("(AFP)", "(TRT World and Agencies)")."""
    return bool(_CAPTION_AFTER.match(doc_text[sent.end_char:sent.end_char + 60]) or _CAPTION_IN.search(sent.text))


def date_expressions(text: str, offset: int = 0, ref: date | None = None, skip: Iterable[tuple[int, int]] = (),
                     year_end: date | None = None) -> list[tuple[int, IncidentDate]]:
    """All date expressions in `text` as (preference, IncidentDate with evidence), unsorted.
    Lower preference is better: 0 explicit day, 1 relative day, ... +10 when tied to a reporting
    verb, +20 for "since"/"until" phrases. `skip`: absolute character ranges to ignore (datelines)."""
    found: list[tuple[int, IncidentDate]] = []
    taken: list[tuple[int, int]] = [(a - offset, b - offset) for a, b in skip]
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < b and a < e for a, b in taken):
                continue
            res = resolve_expression(kind, m, ref, year_end)
            if res is None:
                continue
            taken.append((s, e))
            before, after = text[max(0, s - 80):s], text[e:e + 40]
            pref = _KIND_RANK[kind]
            if kind in ("days_ago", "last24", "past_n"):      # "a week ago", "the past 72 hours" are as vague as a week
                pref = max(pref, _PRECISION_RANK.get(res.precision, 0))
            if (_REPORTING.search(before) and not _PASSIVE_REPORTED.search(before)) or _REPORTING_AFTER.match(after) or \
                    _AFTER_NOT_INCIDENT.match(after):
                pref += 10
            if _FROM_EVENT_OF.fullmatch(m.group(0)):
                pass            # "the death toll from Monday's bombings": the toll's own incident, no range's start
            elif (re.match(r"(?:since|until|by|before|from)\b", m.group(0), re.I) and kind not in _SPAN_KINDS) or \
                    _BEFORE_NOT_INCIDENT.search(before):
                pref += 20
            elif _CREDIT_AFTER.match(text[e:e + 60]):
                pref += 30      # a photo caption's date, never the incident's: "Syria August 6 2016 (TRT World)"
            elif _DATELINE_BEFORE.search(before) and _DATELINE_AFTER.match(after):
                pref += 20      # a dateline inside the text: "MOSCOW, October 18 (RIA Novosti) -"
            res.evidence = Span(offset + s, offset + e, m.group(0))
            found.append((pref, res))
    return found


def _candidates(doc: "Doc", doc_text: str, sent, ref: date | None, skip: list[tuple[int, int]],
                year_end: date | None = None):
    """(preference, starts, continues, violent, IncidentDate) for each date expression in one sentence.

    An incident named by its weekday after a dated statement about it ("On Sunday al-Nusra claimed
    responsibility for Tuesday's attacks") is the weekday before that statement."""
    out = []
    said: list[tuple[int, date]] = []
    caption = None
    for pref, res in date_expressions(sent.text, sent.start_char, ref, skip, year_end):
        adj, starts, continues, statement, lethal, political = _attachment(doc, res.evidence.start, res.evidence.end)
        if statement and pref >= 10:
            adj = 0         # "said Thursday": already counted as a reporting date
        if caption is None:
            caption = _is_caption(doc_text, sent)
        since = pref >= 20 and res.start and ref and res.start <= ref and res.precision in ("day", "month") and \
            (re.match(r"since\b", res.evidence.text, re.I) or
             re.search(r"\bsince\s+$", doc_text[max(0, res.evidence.start - 7):res.evidence.start], re.I))
        if since:       # "since November 15" runs to publication: a range, never its first day alone
            days = (ref - res.start).days
            res.end = ref
            lead = re.search(r"\bsince\s+$", doc_text[max(0, res.evidence.start - 7):res.evidence.start], re.I)
            if lead:        # the evidence says it is a range: "since November 15"
                at = res.evidence.start - len(lead.group(0))
                res.evidence = Span(at, res.evidence.end, doc_text[at:res.evidence.end])
            res.precision = "day" if days == 0 else "week" if days <= 14 else "month" if days <= 366 else "year"
            if adj < 0 and days <= 14:
                pref -= 18      # "killed 66 civilians since Tuesday": the incident runs from Tuesday
        violent = 2 if lethal else 1 if adj < 0 else 0
        out.append((pref + adj + (10 if caption else 0), starts, continues, violent, res, political, statement))
        if statement and res.precision == "day" and res.start:
            said.append((res.evidence.start, res.start))
    for c in out:
        res = c[4]
        if c[3] and res.precision == "day" and res.start and _WEEKDAY_OF.fullmatch(res.evidence.text.strip()) and \
                any(at < res.evidence.start and res.start > day for at, day in said):
            res.start = res.end = res.start - timedelta(days=7)
    return out


# A date on a line of its own, or after "Published"/"Updated": the page's byline, never the incident's
# ("Reuters\nAugust 4, 2025", "Updated: Tuesday, 17 September 2024 10:42").
_BYLINE_DATE = re.compile(
    rf"^[ \t]*(?:(?:Published|Updated|Posted|Last\s+updated)(?:\s+on)?[ \t:]*)?((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?:{_MON}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_MON},?[ \t]+\d{{4}}|\d{{4}}-\d\d-\d\d))"
    rf"(?:[ \t]*(?:at[ \t]+)?\d{{1,2}}[:.]\d\d[^\n]{{0,16}})?[ \t]*$", re.M | re.I)
_WEEKDAY_OF = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?'?s", re.I)   # "Tuesday's attack"


OLD_NEWS_DAYS = 14


def incident_date(doc: "Doc", sentences: "list[SpacySpan]", pub_date: date | None,
                  lead_in: bool = False) -> IncidentDate:
    """The date of the incident the `sentences` describe (the first is the lead), resolved against
    the article's own dateline or `pub_date`. With `lead_in`, the first sentence is the one told before the lead
    without a figure (`incidents._prelude`): its day of a deed counts, a statement's day it tells does not ("in a
    Monday afternoon press conference").

    See the module docstring for how one expression is chosen among several.

    >>> # "Ten people were killed in Idlib on Sunday." published Tue 2017-04-04 -> 2017-04-02 (day)
    """
    cache = doc.user_data.setdefault("sitrep_dates", {})
    if "dateline" not in cache:        # once per doc: spaCy rebuilds doc.text on every access
        from sitrep.extract.perpetrators import doc_text_of

        cache["text"] = doc_text_of(doc)
        cache["dateline"] = publication_date_in_text(cache["text"])
    doc_text = cache["text"]
    ref = pub_date
    skip: list[tuple[int, int]] = []
    dl = cache["dateline"]
    if dl:
        ref = dl[0]
        skip.append((dl[1].start, dl[1].end))
    if "bylines" not in cache:
        cache["bylines"] = [(m.start(1), m.end(1)) for m in _BYLINE_DATE.finditer(doc_text)]
        wire = _WIRE_DATELINE.match(doc_text)
        if wire:
            cache["bylines"].append((wire.start("m"), wire.end("d")))
    skip.extend(cache["bylines"])
    year_end = _stated_year_end(doc_text) if ref is None else None
    scored: list[tuple[int, int, bool, bool, IncidentDate]] = []
    for order, sent in enumerate(sentences):
        for pref, starts, continues, violent, res, political, statement in _candidates(doc, doc_text, sent, ref, skip,
                                                                                       year_end):
            if lead_in and order == 0 and statement and not violent:
                continue
            if order >= 2 and ref and res.start and (ref - res.start).days > OLD_NEWS_DAYS and violent < 2:
                pref += 10      # weeks before publication, deep in the story: background history
                #                 (unless people were killed then: "the attack that killed 1400 on August 21")
            scored.append((pref + (2 * order if pref < 10 else 5 * order), pref, starts, continues, res, violent, political,
                           statement))
    if not any(k < 30 for k, *_ in scored) and sentences:
        scored = _nearby_candidates(doc, doc_text, sentences, ref, skip, year_end)
    best = _choose(scored)
    if best is not None and sentences and _statement_day(scored, best):
        earlier = _violent_day_before(best, _nearby_candidates(doc, doc_text, sentences, ref, skip, year_end))
        if earlier is not None:       # "..., a rights group said on Monday. ... attacked on Saturday": the attack's day
            return earlier
    return best if best is not None else IncidentDate()


STATEMENT_LAG_DAYS = 7

# A full date the text states, whose year dates a "March 7" told without one when no publication date is known.
_FULL_DATE = re.compile(rf"\b{_MON}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+((?:19|20)\d\d)\b|"
                        rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MON},?[ \t]+((?:19|20)\d\d)\b")


def _stated_year_end(doc_text: str) -> date | None:
    """The last day of the year of the latest full date an article states ("the committee formed on March 9,
    2025"): with no publication date, a day or month told without its year ("On the morning of March 7") is
    that year's; never a weekday or "yesterday", which need the day of publication."""
    years = [int(m.group(1) or m.group(2)) for m in _FULL_DATE.finditer(doc_text)]
    return date(max(years), 12, 31) if years else None
    end_of_year = date(max(years), 12, 31)
    for _, res in date_expressions(best.evidence.text, best.evidence.start, end_of_year):
        if res.start is not None and res.start.year == end_of_year.year and res.precision in ("day", "week", "month"):
            return res
    return best


def _statement_day(scored: list, best: IncidentDate) -> bool:
    """Whether the chosen date is only a statement's day ("a rights group said on Monday")."""
    return any(c[4] is best and len(c) > 7 and c[7] and not c[5] for c in scored)


def _violent_day_before(said: IncidentDate, nearby: list) -> IncidentDate | None:
    """A day of violence told in the sentences around the incident, up to a week before the statement."""
    days = [c for c in nearby if c[5] and c[4].precision == "day" and c[4].start and said.start and
            0 < (said.start - c[4].start).days <= STATEMENT_LAG_DAYS]
    return min(days, key=lambda c: c[0])[4] if days else None


def _choose(scored: list[tuple[int, int, bool, bool, IncidentDate]]) -> IncidentDate | None:
    """The best-scored date; a continuing day ("was continuing on Saturday", "fresh fighting on
    Saturday") gives way to the incident's first day when the sentences tie violence to one up to a
    week earlier."""
    usable = [c for c in scored if c[0] < 30]
    if not usable:
        return None

    def first_day_of(c) -> bool:
        return any(o[4].precision == "day" and o[4].start and c[4].start and o[1] < 10 and
                   0 < (c[4].start - o[4].start).days <= 7 for o in usable)

    def key(c):
        key0 = c[0] + (6 if c[3] and c[4].precision == "day" and first_day_of(c) else 0)
        return key0, c[4].evidence.start if c[4].evidence else 0

    best = min(usable, key=key)
    return (_attack_date_over_politics(best, usable) or best)[4]


_EXPLICIT_DAY = re.compile(rf"{_MON}\s+\d|\d\s+(?:of\s+)?{_MON}", re.I)
ATTACK_BEFORE_REACTION_DAYS = 60


def _attack_date_over_politics(best, usable):
    """A political lead ("France sought to seize the diplomatic initiative on Tuesday") dated by a
    weekday of no violence gives way to an explicit calendar date tied to a killing in the same
    incident ("an August 21 chemical weapons attack ... which killed more than 1400 people")."""
    if len(best) < 7 or not best[6] or best[5] or best[4].precision != "day" or not best[4].start or \
            _EXPLICIT_DAY.search(best[4].evidence.text if best[4].evidence else ""):
        return None
    attacks = [c for c in usable if len(c) >= 7 and c[5] == 2 and c[1] < 10 and c[4].precision == "day" and c[4].start and
               c[4].evidence and _EXPLICIT_DAY.search(c[4].evidence.text) and
               0 < (best[4].start - c[4].start).days <= ATTACK_BEFORE_REACTION_DAYS]
    return min(attacks, key=lambda c: (c[0], c[4].evidence.start)) if attacks else None


_OTHER_INCIDENT = re.compile(r"^\W*(?:meanwhile|elsewhere|separately|in\s+other|in\s+a\s+separate|earlier|last\s+(?:week|month|year))\b|"
                             r"\b(?:not\s+the\s+first\s+time|previously|in\s+the\s+past|in\s+a\s+similar)\b", re.I)
NEARBY = 3     # sentences around an undated incident searched for its date


def _nearby_candidates(doc, doc_text, sentences, ref, skip, year_end=None):
    """Dates from the sentences around an incident that gives none itself, nearest first: only dates
    tied to violence, at most NEARBY sentences away, never across a sentence that opens another
    incident ("Meanwhile ...", "Elsewhere ...")."""
    first, last = sentences[0].start_char, sentences[-1].end_char
    before = [] if _OTHER_INCIDENT.search(sentences[0].text) else [s for s in doc.sents if s.start_char < first]
    after = [] if any(_OTHER_INCIDENT.search(s.text) for s in sentences[1:]) else \
        [s for s in doc.sents if s.end_char > last]
    ordered: list[tuple[int, object]] = []
    for n, sent in enumerate(reversed(before[-NEARBY:]), 1):
        ordered.append((n, sent))
        if _OTHER_INCIDENT.search(sent.text):
            break         # it opens the incident this one continues; what precedes it is another
    for n, sent in enumerate(after[:NEARBY], 1):
        if _OTHER_INCIDENT.search(sent.text):
            break
        ordered.append((n, sent))
    out = []
    for dist, sent in ordered:
        for pref, starts, continues, violent, res, political, statement in _candidates(doc, doc_text, sent, ref, skip,
                                                                                       year_end):
            if pref < 10 and violent and not first <= res.evidence.start < last:
                out.append((pref + 2 * dist, pref, starts, continues, res, violent, political, statement))
    return out
