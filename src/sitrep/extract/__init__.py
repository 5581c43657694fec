"""Extraction: one article in, its incident reports and cumulative tolls out.

The article is parsed once by spaCy; then each component reads the parsed `Doc`:

- `incidents.find_incidents(doc, article)` finds the incidents the article reports as news and
  the cumulative tolls, with their casualty claims (`casualties`, `numbers`, `speakers`),
  perpetrator claims (`perpetrators`) and event type (`event_types`);
- `places.incident_place(doc, sentences, gazetteer)` resolves where each incident happened;
- `dates.incident_date(doc, sentences, pub_date)` resolves when.

`extract_article` only combines them; it is a pure function of the article (plus the loaded
model and gazetteer), so extraction can run in any order, in parallel, and be re-run.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.records import Article, ArticleExtraction, IncidentReport

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from sitrep.gazetteer import Gazetteer

EXTRACTOR_VERSION = "2"


def extract_article(article: Article, nlp: "Language | None" = None, gazetteer: "Gazetteer | None" = None,
                    doc: "Doc | None" = None) -> ArticleExtraction:
    """Extract incidents from one article.

    extract_article(Article("a1", "a1", "Ten people were killed in Idlib on Sunday."))
    """
    from sitrep.extract import dates, incidents, places
    from sitrep.gazetteer import default_gazetteer
    from sitrep.nlp import load_nlp

    if doc is None:
        doc = (nlp or load_nlp())(article.text)
    gazetteer = gazetteer or default_gazetteer()
    drafts, tolls = incidents.find_incidents(doc, article)
    reports = []
    for index, draft in enumerate(drafts):
        reports.append(IncidentReport(
            article_id=article.article_id,
            index=index,
            main=draft.main,
            event_type=draft.event_type,
            casualty_claims=draft.casualty_claims,
            perpetrator_claims=draft.perpetrator_claims,
            place=places.incident_place(doc, draft.sentences, gazetteer, outlet=article.outlet),
            date=draft.recalled or dates.incident_date(doc, draft.sentences, article.pub_date),
            anchor=draft.anchor,
            event_type_evidence=draft.event_type_evidence,
        ))
    return ArticleExtraction(article.article_id, reports, tolls)


def extract_many(articles: list[Article], nlp: Any = None, gazetteer: Any = None, n_process: int = 1):
    """Yield (article, extraction or exception) for each article, parsing in batches with nlp.pipe.

    One bad article yields its exception and the batch goes on.
    """
    from sitrep.gazetteer import default_gazetteer
    from sitrep.nlp import load_nlp

    nlp = nlp or load_nlp()
    gazetteer = gazetteer or default_gazetteer()
    docs = nlp.pipe((a.text for a in articles), batch_size=16, n_process=n_process)
    for article, doc in zip(articles, docs):
        try:
            yield article, extract_article(article, nlp, gazetteer, doc=doc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            yield article, exc
