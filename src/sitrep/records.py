"""Typed records that flow between sitrep's stages.

    Article --extract--> ArticleExtraction(IncidentReport[CasualtyClaim, PerpetratorClaim], CumulativeToll)
            --link-->    Event (a set of IncidentReport keys)
            --reconcile--> EventSummary (low / best / high, flags, per-speaker figures)

Every extracted value carries a `Span`: character offsets into `Article.text` and the verbatim
text they cover, so that a figure can always be traced to the sentence that says it. Records are
plain dataclasses; `to_dict`/`from_dict` give their JSON form, used by the store and the exports.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

Outcome = Literal["killed", "injured", "missing", "abducted", "arrested", "displaced"]
Victims = Literal["all", "civilians", "children", "women", "security_forces", "combatants", "protesters", "other"]
Stance = Literal["accuses", "claims_responsibility", "denies"]
EventType = Literal[
    "armed_clash", "shelling", "air_strike", "bombing", "suicide_bombing", "chemical_attack",
    "massacre", "execution", "abduction", "mass_grave", "assault_on_town", "other",
]
SpeakerType = Literal[
    "state_media", "government", "military", "opposition", "monitor", "international",
    "witness", "outlet", "armed_group", "medical", "other",
]
TimePrecision = Literal["day", "week", "month", "year", "unknown"]

OUTCOMES: tuple[str, ...] = get_args(Outcome)
VICTIMS: tuple[str, ...] = get_args(Victims)
STANCES: tuple[str, ...] = get_args(Stance)
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
SPEAKER_TYPES: tuple[str, ...] = get_args(SpeakerType)

# Geo precision, coarse to fine is 5..1. Mapped to ACLED's and UCDP's codes in the exports.
GEO_EXACT, GEO_NEAR, GEO_DISTRICT, GEO_ADMIN1, GEO_COUNTRY = 1, 2, 3, 4, 5


@dataclass(frozen=True)
class Span:
    """A verbatim piece of an article: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


@dataclass
class Article:
    """One news article as ingested. `article_id` is a hash of the normalised text, so the same
    text ingested twice is the same article; `external_id` is the id users know it by (FA-KES
    unit_id, JSON id, or the file name without extension)."""

    article_id: str
    external_id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    pub_date: date | None = None
    url: str | None = None
    source_path: str | None = None
    source_row: int | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Speaker:
    """Who states a figure or a blame. `canonical` groups spellings of one speaker
    ("SOHR", "the Observatory", "the Britain-based monitor" -> "Syrian Observatory for Human Rights").
    `span` is where the speaker is named; None when the outlet speaks in its own voice."""

    name: str
    canonical: str
    kind: SpeakerType = "other"
    span: Span | None = None


@dataclass
class CasualtyClaim:
    outcome: Outcome
    low: int | None
    high: int | None
    victims: Victims
    speaker: Speaker
    evidence: Span          # the shortest piece that holds the number and the outcome
    sentence: Span          # the whole sentence, for readers
    qualifier: str | None = None   # "at least", "as many as", "between", "dozens", ...


@dataclass
class PerpetratorClaim:
    """Who is blamed, by whom. `perpetrator` keeps the words as written ("regime forces"); `actor` is
    the canonical actor they name ("Military Forces of Syria", see `sitrep.actors`) or None when
    the words name nobody in particular ("unidentified gunmen")."""

    perpetrator: str
    speaker: Speaker
    stance: Stance
    evidence: Span
    sentence: Span
    actor: str | None = None


@dataclass
class CumulativeToll:
    """A figure that sums up a war, a year or a campaign: background, never an incident claim."""

    outcome: Outcome
    low: int | None
    high: int | None
    scope: str
    evidence: Span
    speaker: Speaker | None = None


@dataclass
class Place:
    """Where an incident happened, resolved in the gazetteer when possible."""

    name: str                       # most specific place as written in the text
    town: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: int = GEO_COUNTRY    # GEO_EXACT .. GEO_COUNTRY
    evidence: Span | None = None


@dataclass
class IncidentDate:
    """When an incident happened: a day or a range, with a precision. Unknown is honest."""

    start: date | None = None
    end: date | None = None
    precision: TimePrecision = "unknown"
    evidence: Span | None = None


@dataclass
class IncidentReport:
    """One article's account of one incident."""

    article_id: str
    index: int                      # order within the article, 0 = first
    main: bool
    event_type: EventType
    casualty_claims: list[CasualtyClaim] = field(default_factory=list)
    perpetrator_claims: list[PerpetratorClaim] = field(default_factory=list)
    place: Place | None = None
    date: IncidentDate = field(default_factory=IncidentDate)
    anchor: Span | None = None      # the sentence that introduces the incident
    event_type_evidence: Span | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.index)


@dataclass
class ArticleExtraction:
    article_id: str
    incidents: list[IncidentReport] = field(default_factory=list)
    cumulative_tolls: list[CumulativeToll] = field(default_factory=list)


# --- JSON form -------------------------------------------------------------------------------

def to_dict(record: Any) -> Any:
    """A record as JSON-ready data (dates as ISO strings)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, list):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    if isinstance(record, date):
        return record.isoformat()
    return record


def _span(d: dict | None) -> Span | None:
    return Span(d["start"], d["end"], d["text"]) if d else None


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def speaker_from_dict(d: dict) -> Speaker:
    return Speaker(d["name"], d["canonical"], d.get("kind", "other"), _span(d.get("span")))


def casualty_claim_from_dict(d: dict) -> CasualtyClaim:
    return CasualtyClaim(d["outcome"], d["low"], d["high"], d["victims"], speaker_from_dict(d["speaker"]),
                         _span(d["evidence"]), _span(d["sentence"]), d.get("qualifier"))


def perpetrator_claim_from_dict(d: dict) -> PerpetratorClaim:
    return PerpetratorClaim(d["perpetrator"], speaker_from_dict(d["speaker"]), d["stance"],
                            _span(d["evidence"]), _span(d["sentence"]), d.get("actor"))


def place_from_dict(d: dict | None) -> Place | None:
    if not d:
        return None
    return Place(**{**d, "evidence": _span(d.get("evidence"))})


def incident_date_from_dict(d: dict | None) -> IncidentDate:
    if not d:
        return IncidentDate()
    return IncidentDate(_date(d.get("start")), _date(d.get("end")), d.get("precision", "unknown"),
                        _span(d.get("evidence")))


def incident_from_dict(d: dict) -> IncidentReport:
    return IncidentReport(
        article_id=d["article_id"], index=d["index"], main=d["main"], event_type=d["event_type"],
        casualty_claims=[casualty_claim_from_dict(c) for c in d.get("casualty_claims", [])],
        perpetrator_claims=[perpetrator_claim_from_dict(c) for c in d.get("perpetrator_claims", [])],
        place=place_from_dict(d.get("place")), date=incident_date_from_dict(d.get("date")),
        anchor=_span(d.get("anchor")), event_type_evidence=_span(d.get("event_type_evidence")),
    )


def toll_from_dict(d: dict) -> CumulativeToll:
    sp = d.get("speaker")
    return CumulativeToll(d["outcome"], d["low"], d["high"], d["scope"], _span(d["evidence"]),
                          speaker_from_dict(sp) if sp else None)
