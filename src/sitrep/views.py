"""Read models of the workbench: an event or an article assembled for a page, an API answer or the
report. They gather what the store holds (the reconciled summary, the reports with the analysts'
reviews laid over them, the articles, the audit trail) and lay it out for display: the claims
matrix with disagreements marked, each article's text cut into plain and highlighted pieces.
No markup is made here: templates escape every piece of text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitrep import charts
from sitrep.export import precision_of_range
from sitrep.records import Article, IncidentReport
from sitrep.review import ClaimView, claim_views, event_reports
from sitrep.show import OUTCOME_ORDER, event_date_text, event_place_text

GEO_PRECISION_WORDS = {1: "exact place", 2: "neighbourhood or village", 3: "district", 4: "governorate",
                       5: "country"}


@dataclass
class Mark:
    """A highlighted span of an article: what was extracted there and where its claim is listed."""

    start: int
    end: int
    kind: str        # casualty | rejected | perpetrator | place | date | event_type | toll
    label: str
    anchor: str | None = None


@dataclass
class Piece:
    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def kinds(self) -> str:
        return " ".join(sorted({m.kind for m in self.marks}))

    @property
    def title(self) -> str:
        return "; ".join(m.label for m in self.marks)

    @property
    def anchor(self) -> str | None:
        return next((m.anchor for m in self.marks if m.anchor), None)


def highlight(text: str, marks: list[Mark]) -> list[Piece]:
    """The text cut at every mark boundary; each piece carries the marks that cover it.

    >>> [(p.text, p.kinds) for p in highlight("as many as 53 people", [Mark(11, 13, "casualty", "53")])]
    [('as many as ', ''), ('53', 'casualty'), (' people', '')]
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        pieces.append(Piece(text[a:b], [m for m in marks if m.start <= a and b <= m.end]))
    return pieces


def claim_label(view: ClaimView) -> str:
    from sitrep.reconcile import bounds_text

    c = view.claim
    return f"{c.outcome} {bounds_text(c.low, c.high)} ({c.victims}) according to {c.speaker.canonical} [{view.state.status}]"


def report_marks(reports: list[IncidentReport], views: list[ClaimView], claims_only: bool = False) -> list[Mark]:
    """Marks for every extracted value of these reports; `claims_only` keeps figures and blames."""
    marks = [Mark(v.key[2], v.key[3], "rejected" if v.state.status == "rejected" else "casualty",
                  claim_label(v), v.anchor) for v in views]
    for r in reports:
        for p in r.perpetrator_claims:
            actor = getattr(p, "actor", None)
            who = f"{p.perpetrator}" + (f" = {actor}" if actor else "")
            marks.append(Mark(p.evidence.start, p.evidence.end, "perpetrator",
                              f"{p.speaker.canonical} {p.stance.replace('_', ' ')} {who}", f"report-{r.index}"))
        if claims_only:
            continue
        if r.place and r.place.evidence:
            marks.append(Mark(r.place.evidence.start, r.place.evidence.end, "place",
                              f"place: {r.place.name} ({r.place.admin1 or '?'}, {r.place.country or '?'})",
                              f"report-{r.index}"))
        if r.date.evidence:
            marks.append(Mark(r.date.evidence.start, r.date.evidence.end, "date",
                              f"date: {r.date.start or '?'} ({r.date.precision})", f"report-{r.index}"))
        if r.event_type_evidence:
            marks.append(Mark(r.event_type_evidence.start, r.event_type_evidence.end, "event_type",
                              f"event type: {r.event_type}", f"report-{r.index}"))
    return marks


@dataclass
class MatrixRow:
    speaker: str
    speaker_type: str
    cells: dict[str, str]                 # outcome -> figure text
    disagree: set[str]                    # outcomes whose cell sets a disagreeing bound
    blames: list[dict[str, Any]]          # perpetrator, actor, stance, evidence
    articles: list[str]


@dataclass
class MemberArticle:
    article: Article
    reports: list[IncidentReport]
    pieces: list[Piece]


@dataclass
class EventView:
    event: dict[str, Any]
    summary: dict[str, Any]
    place_text: str
    geo_precision: str
    date_text: str
    time_precision: str
    outcomes: list[str]
    bounds: dict[str, dict[str, Any]]
    matrix: list[MatrixRow]
    claims: list[ClaimView]
    members: list[MemberArticle]
    report_keys: list[tuple[str, int]]
    evolution: charts.LineChart | None
    nearby: list[dict[str, Any]]
    audit: list[dict[str, Any]]
    contested: bool

    @property
    def event_id(self) -> int:
        return int(self.event["event_id"])


def claims_matrix(summary: dict[str, Any], outcomes: list[str]) -> list[MatrixRow]:
    """One row per speaker: its figure per outcome and whom it blames. Where an outcome's figures
    disagree, the cells of the speakers whose figures set the low and high bounds are marked; where
    blame is disputed, every blame is shown with its stance so the dispute reads across rows."""
    bounds = summary.get("outcomes") or {}
    extremes: dict[str, set[str]] = {}
    for outcome in outcomes:
        b = bounds.get(outcome) or {}
        if b.get("disagree"):
            extremes[outcome] = {(b.get(k) or {}).get("speaker") for k in ("low_claim", "high_claim")}
    blames_of: dict[str, list[dict[str, Any]]] = {}
    for b in summary.get("blames") or []:
        blames_of.setdefault(b.get("speaker"), []).append(b)
    rows = []
    for r in summary.get("speakers") or []:
        name = r.get("speaker")
        rows.append(MatrixRow(name, r.get("speaker_type"), dict(r.get("figures") or {}),
                              {o for o, who in extremes.items() if name in who},
                              blames_of.get(name, []), list(r.get("articles") or [])))
    return rows


def evolution_chart(summary: dict[str, Any], outcome: str = "killed") -> charts.LineChart | None:
    """Each speaker's figures for one outcome in publication order (a step per publication day)."""
    series: dict[str, list[tuple[str, int]]] = {}
    for speaker, steps in (summary.get("evolution") or {}).items():
        pts: dict[str, int] = {}
        for s in steps:
            if s.get("outcome") != outcome or not s.get("pub_date"):
                continue
            value = s["low"] if s.get("low") is not None else s.get("high")
            if value is not None:
                pts[s["pub_date"]] = max(pts.get(s["pub_date"], 0), value)
        if pts:
            series[speaker] = sorted(pts.items())
    if not series or len({x for pts in series.values() for x, _ in pts}) < 2:
        return None
    return charts.line_chart(series)


def event_view(store: Any, event_id: int) -> EventView:
    """Everything the event page shows. Raises NotFoundError for an unknown event."""
    from sitrep.query import nearby_events
    from sitrep.store.index import is_contested

    event = store.event(event_id)
    s = event["summary"] or {}
    place = s.get("place") or {}
    keys, article_ids, member_reports = event_reports(store, event_id)
    articles = {a.article_id: a for a in store.articles(article_ids)}
    reviews = store.claim_reviews(article_ids)
    members, all_views, all_reports = [], [], []
    for aid in article_ids:
        reports = [r for r in member_reports if r.article_id == aid]
        views = claim_views(reports, reviews)
        all_views.extend(views)
        all_reports.extend(reports)
        members.append(MemberArticle(articles[aid], reports,
                                     highlight(articles[aid].text, report_marks(reports, views, claims_only=True))))
    members.sort(key=lambda m: (str(m.article.pub_date or ""), m.article.external_id))
    outcomes_data = s.get("outcomes") or {}
    outcomes = [o for o in OUTCOME_ORDER if o == "killed" or
                (outcomes_data.get(o) or {}).get("best") is not None or
                any(o in (r.get("figures") or {}) for r in s.get("speakers") or [])]
    return EventView(
        event=event, summary=s, place_text=event_place_text(s),
        geo_precision=GEO_PRECISION_WORDS.get(place.get("precision"), "unknown"),
        date_text=event_date_text(s), time_precision=precision_of_range(s.get("date_start"), s.get("date_end")),
        outcomes=outcomes, bounds={o: outcomes_data.get(o) or {} for o in outcomes},
        matrix=claims_matrix(s, outcomes), claims=all_views, members=members, report_keys=keys,
        evolution=evolution_chart(s), nearby=nearby_events(store, event_id),
        audit=store.audit_entries(event_id=event_id, article_ids=article_ids, limit=100),
        contested=is_contested(event.get("flags")),
    )


@dataclass
class ArticleView:
    article: Article
    reports: list[IncidentReport]
    claims: list[ClaimView]
    pieces: list[Piece]
    event_of: dict[int, int]          # report index -> event id
    tolls: list[Any]
    audit: list[dict[str, Any]]
    extracted: bool


def article_view(store: Any, article_id: str) -> ArticleView:
    """The article page: its text with every extracted value marked and linked to its claim."""
    article = store.article(article_id)
    extraction = store.extraction(article_id)
    reports = extraction.incidents if extraction else []
    views = claim_views(reports, store.claim_reviews([article_id]))
    marks = report_marks(reports, views)
    tolls = extraction.cumulative_tolls if extraction else []
    marks += [Mark(t.evidence.start, t.evidence.end, "toll", f"cumulative toll: {t.outcome} {t.low or ''}-{t.high or ''} ({t.scope})")
              for t in tolls]
    return ArticleView(article, reports, views, highlight(article.text, marks),
                       {k[1]: e for k, e in store.events_of_articles([article_id]).items()}, tolls,
                       store.audit_entries(article_ids=[article_id], limit=100), extraction is not None)

