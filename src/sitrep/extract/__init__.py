"""Extraction: one article in, its incident reports and cumulative tolls out.

The article is parsed once by spaCy; then each component reads the parsed `Doc`:

- `incidents.find_incidents(doc, article)` finds the incidents the article reports as news and
  the cumulative tolls, with their casualty claims (`casualties`, `numbers`, `speakers`),
  perpetrator claims (`perpetrators`) and event type (`event_types`);
- `places.incident_place(doc, sentences, gazetteer)` resolves where each incident happened;
- `dates.incident_date(doc, sentences, pub_date)` resolves when;
- `actors.name_actors(claims, country)` names the canonical actor each blame's words point to, in
  the country where the incident happened ("government forces" in Sudan are Sudan's army).

`extract_article` only combines them; it is a pure function of the article (plus the loaded
model and gazetteer), so extraction can run in any order, in parallel, and be re-run.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from sitrep.records import Article, ArticleExtraction, IncidentReport
from sitrep.stages import NO_CLOCK, StageClock

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from sitrep.gazetteer import Gazetteer

EXTRACTOR_VERSION = "3"   # 3: perpetrator claims carry their canonical `actor`
PIPE_BATCH = 16     # texts per `nlp.pipe` batch


def extract_article(article: Article, nlp: "Language | None" = None, gazetteer: "Gazetteer | None" = None,
                    doc: "Doc | None" = None, clock: "StageClock" = NO_CLOCK) -> ArticleExtraction:
    """Extract incidents from one article. `clock` (`sitrep.stages`) collects the seconds spent
    parsing, in the rules (incidents, claims, dates) and resolving places, for `sitrep bench`.

    extract_article(Article("a1", "a1", "Ten people were killed in Idlib on Sunday."))
    """
    from sitrep.actors import name_actors
    from sitrep.extract import dates, event_types, incidents, places
    from sitrep.gazetteer import default_gazetteer
    from sitrep.nlp import load_nlp

    if doc is None:
        with clock("parse"):
            doc = (nlp or load_nlp())(article.text)
    gazetteer = gazetteer or default_gazetteer()
    with clock("rules"):
        drafts, tolls = incidents.find_incidents(doc, article)
    reports = []
    for index, draft in enumerate(drafts):
        with clock("place"):
            place = places.incident_place(doc, draft.sentences, gazetteer, outlet=article.outlet,
                                          title=article.title, url=article.url)
        with clock("rules"):
            name_actors(draft.perpetrator_claims, place.country if place else None)
            when = draft.recalled or dates.incident_date(doc, draft.sentences, article.pub_date, draft.lead_in)
        reports.append(IncidentReport(
            article_id=article.article_id,
            index=index,
            main=draft.main,
            event_type=event_types.fired_at_home(draft.event_type, draft.event_type_evidence, article.text,
                                                 place.country if place else None),
            casualty_claims=draft.casualty_claims,
            perpetrator_claims=draft.perpetrator_claims,
            place=place,
            date=when,
            anchor=draft.anchor,
            event_type_evidence=draft.event_type_evidence,
        ))
    return ArticleExtraction(article.article_id, reports, tolls)


def remember_sentences(doc: "Doc") -> "Doc":
    """Make `doc.sents` a list computed once: the rules ask for a document's sentences many times
    per article, and spaCy walks every token to find them on each call (a `user_hooks` entry is
    spaCy's own way to supply sentences; the spans are the same)."""
    sentences = list(doc.sents)
    doc.user_hooks["sents"] = lambda _doc: iter(sentences)
    return doc


def forget_sentences(doc: "Doc") -> None:
    """Drop the hook again: it holds the document's own spans, a reference cycle that would keep
    every parsed document alive until the next full garbage collection (memory grew by batch)."""
    doc.user_hooks.pop("sents", None)


def extract_many(articles: Iterable[Article], nlp: Any = None, gazetteer: Any = None,
                 clock: "StageClock" = NO_CLOCK) -> Iterator[tuple[Article, ArticleExtraction | Exception]]:
    """Yield (article, extraction or exception) for each article, in order, parsing in batches
    with `nlp.pipe` in this process (`sitrep.engine` spreads batches over cores or a cluster).

    One bad article yields its exception and the batch goes on.
    """
    from sitrep.gazetteer import default_gazetteer
    from sitrep.nlp import load_nlp

    nlp = nlp or load_nlp()
    gazetteer = gazetteer or default_gazetteer()
    articles = list(articles)
    docs = iter(nlp.pipe((a.text for a in articles), batch_size=PIPE_BATCH))
    for n, article in enumerate(articles):
        try:
            with clock("parse"):
                doc = remember_sentences(next(docs))
        except Exception:  # noqa: BLE001 - nlp.pipe stops at an article it cannot parse (E088: too long)
            # which article of the pipe's batch failed is unknown: the rest go one at a time
            for rest in articles[n:]:
                yield rest, _extract_alone(rest, nlp, gazetteer, clock)
            return
        try:
            result: ArticleExtraction | Exception = extract_article(article, nlp, gazetteer, doc=doc, clock=clock)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            result = exc
        forget_sentences(doc)
        yield article, result


def _extract_alone(article: Article, nlp: Any, gazetteer: Any, clock: StageClock) -> ArticleExtraction | Exception:
    try:
        with clock("parse"):
            doc = remember_sentences(nlp(article.text))
    except Exception as exc:  # noqa: BLE001 - recorded as this article's failure
        return exc
    try:
        return extract_article(article, nlp, gazetteer, doc=doc, clock=clock)
    except Exception as exc:  # noqa: BLE001 - recorded as this article's failure
        return exc
    finally:
        forget_sentences(doc)
