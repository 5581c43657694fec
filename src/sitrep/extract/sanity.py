"""Figures no incident can have, refused as claims before they are stored.

"Shelling killed 99999999999999999999 people" is a typo, a test or an attack, never a claim an
analyst should see reconciled: a figure above `MAX_INCIDENT_FIGURE` people is refused as an
incident's casualty claim, a cumulative toll above `MAX_TOLL_FIGURE` (of the displaced: more than
the world's displaced; `MAX_TOLL_FIGURE_OTHER` for the killed, wounded, missing...) likewise. A refused figure is not lost silently: `refuse_absurd_figures` returns one
`InputError` per refusal, naming the article's file and row, the figure and its evidence; the
pipeline keeps them in the `ingest_errors` table (stage "extract"), where `sitrep errors` lists
them. The rest of the article's extraction is stored as usual.
"""
from __future__ import annotations

import dataclasses

from sitrep.errors import InputError
from sitrep.records import Article, ArticleExtraction

MAX_INCIDENT_FIGURE = 10_000_000        # people in one incident: above this it is not a report
MAX_TOLL_FIGURE = 1_000_000_000         # people displaced, in a cumulative toll
MAX_TOLL_FIGURE_OTHER = 100_000_000     # people killed, wounded, missing... in a cumulative toll


def _too_large(low: int | None, high: int | None, limit: int) -> int | None:
    for value in (low, high):
        if value is not None and abs(value) > limit:
            return value
    return None


def _where(article: Article) -> str:
    return f"{article.source_path or article.external_id}:{article.source_row or ''}".rstrip(":")


def refuse_absurd_figures(extraction: ArticleExtraction, article: Article) -> tuple[ArticleExtraction,
                                                                                    list[InputError]]:
    """The extraction without claims whose figure is absurd, and one error per refused figure.

    Each error's problem names the article's external id, the figure, the limit and the evidence.
    """
    refused: list[InputError] = []

    def refuse(value: int, limit: int, kind: str, evidence: str) -> None:
        shown = str(value) if len(str(value)) <= 40 else f"{str(value)[:20]}... ({len(str(value))} digits)"
        refused.append(InputError(_where(article), f"({article.external_id}) {kind} figure {shown} refused: above "
                                                   f"{limit:,} people; evidence {evidence[:120]!r}"))

    reports = []
    for report in extraction.incidents:
        kept = []
        for claim in report.casualty_claims:
            value = _too_large(claim.low, claim.high, MAX_INCIDENT_FIGURE)
            if value is None:
                kept.append(claim)
            else:
                refuse(value, MAX_INCIDENT_FIGURE, f"{claim.outcome} claim", claim.evidence.text)
        reports.append(dataclasses.replace(report, casualty_claims=kept))
    tolls = []
    for toll in extraction.cumulative_tolls:
        limit = MAX_TOLL_FIGURE if toll.outcome == "displaced" else MAX_TOLL_FIGURE_OTHER
        value = _too_large(toll.low, toll.high, limit)
        if value is None:
            tolls.append(toll)
        else:
            refuse(value, limit, f"cumulative {toll.outcome} toll", toll.evidence.text)
    if not refused:
        return extraction, []
    return ArticleExtraction(extraction.article_id, reports, tolls), refused
