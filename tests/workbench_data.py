"""A small store for the workbench tests, built from records (no spaCy): stories from Yemen,
Ukraine, Sudan and Nigeria, written for these tests, with the claims an extractor would give.

- Taiz air strike (Yemen, 2016-08-14): two outlets; the Houthi-run health office says 19 killed
  and blames the coalition, the coalition "denies targeting civilians" and a monitor says
  "at least 12": figures agree enough, blame is disputed -> contested.
- Kharkiv shelling (Ukraine, 2022-03-07): the regional governor says 4 killed, an outlet says
  "as many as 30": figures disagree -> contested.
- Geneina attack (Sudan, 2023-06-15): one monitor only -> single_source, NOT contested.
- Maiduguri bombing (Nigeria, 2021-02-23): an article whose text, title, outlet, speaker and
  perpetrator carry `<script>` and `<img onerror>` (the XSS probe).
"""
from __future__ import annotations

import hashlib
from datetime import date

from sitrep.records import (GEO_EXACT, GEO_NEAR, Article, ArticleExtraction, CasualtyClaim, IncidentDate,
                            IncidentReport, PerpetratorClaim, Place, Span, Speaker)

XSS = '<script>alert("x")</script><img src=x onerror="alert(1)">'


def span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def sentence_of(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    a = text.rfind(".", 0, start) + 1
    b = text.find(".", start)
    b = len(text) if b < 0 else b + 1
    while a < start and text[a] == " ":
        a += 1
    return Span(a, b, text[a:b])


def article(external_id: str, text: str, title: str, outlet: str, pub: str) -> Article:
    aid = hashlib.sha1((external_id + text).encode()).hexdigest()[:16]
    return Article(aid, external_id, text, title=title, outlet=outlet, pub_date=date.fromisoformat(pub))


def casualty(text: str, phrase: str, low: int | None, high: int | None, speaker: str, kind: str,
             outcome: str = "killed", victims: str = "all", qualifier: str | None = None) -> CasualtyClaim:
    return CasualtyClaim(outcome, low, high, victims, Speaker(speaker, speaker, kind), span(text, phrase),
                         sentence_of(text, phrase), qualifier)


def blame(text: str, phrase: str, perpetrator: str, speaker: str, kind: str, stance: str = "accuses") -> PerpetratorClaim:
    return PerpetratorClaim(perpetrator, Speaker(speaker, speaker, kind), stance, span(text, phrase),
                            sentence_of(text, phrase))


def report(a: Article, event_type: str, place: Place, day: str, claims: list, blames: list,
           index: int = 0) -> IncidentReport:
    d = date.fromisoformat(day)
    return IncidentReport(a.article_id, index, index == 0, event_type, claims, blames, place,
                          IncidentDate(d, d, "day", None), None, None)


TAIZ = Place("Taiz", "Taiz", "Ta'izz", "Yemen", 13.58, 44.02, None, GEO_EXACT)
KHARKIV = Place("Kharkiv", "Kharkiv", "Kharkiv", "Ukraine", 49.99, 36.23, None, GEO_EXACT)
GENEINA = Place("El Geneina", "El Geneina", "West Darfur", "Sudan", 13.45, 22.45, None, GEO_NEAR)
MAIDUGURI = Place("Maiduguri", "Maiduguri", "Borno", "Nigeria", 11.85, 13.16, None, GEO_EXACT)


def corpus() -> list[tuple[Article, ArticleExtraction]]:
    out = []
    t1 = ("SANAA (Reuters) - An air strike on a market in Taiz killed 19 people on Sunday, the health office in "
          "the Houthi-run city said, blaming the Saudi-led coalition. The coalition denies targeting civilians.")
    a1 = article("taiz-reuters", t1, "Air strike on Taiz market kills 19", "Reuters", "2016-08-15")
    out.append((a1, ArticleExtraction(a1.article_id, [report(a1, "air_strike", TAIZ, "2016-08-14", [
        casualty(t1, "killed 19 people", 19, 19, "health office", "government")], [
        blame(t1, "blaming the Saudi-led coalition", "Saudi-led coalition", "health office", "government"),
        blame(t1, "The coalition denies targeting civilians", "Saudi-led coalition", "coalition", "military", "denies")])])))
    t2 = ("At least 12 civilians were killed when warplanes struck a crowded market in Taiz on Sunday, a "
          "monitoring group said. Residents said the jets belonged to the coalition.")
    a2 = article("taiz-aljazeera", t2, "Warplanes hit Taiz market", "Al Jazeera", "2016-08-15")
    out.append((a2, ArticleExtraction(a2.article_id, [report(a2, "air_strike", TAIZ, "2016-08-14", [
        casualty(t2, "At least 12 civilians were killed", 12, None, "monitoring group", "monitor",
                 victims="civilians", qualifier="at least")], [
        blame(t2, "the jets belonged to the coalition", "coalition", "residents", "witness")])])))
    t3 = ("Russian shelling of a residential district in Kharkiv killed four people on Monday, the regional "
          "governor said. Local media said as many as 30 people may have died.")
    a3 = article("kharkiv-kyivindependent", t3, "Shelling kills four in Kharkiv", "Kyiv Independent", "2022-03-08")
    out.append((a3, ArticleExtraction(a3.article_id, [report(a3, "shelling", KHARKIV, "2022-03-07", [
        casualty(t3, "killed four people", 4, 4, "regional governor", "government"),
        casualty(t3, "as many as 30 people may have died", None, 30, "local media", "outlet", qualifier="as many as")], [
        blame(t3, "Russian shelling", "Russian forces", "regional governor", "government")])])))
    t4 = ("Gunmen killed 40 people in El Geneina on Thursday, the Darfur Bar Association said, accusing the "
          "Rapid Support Forces.")
    a4 = article("geneina-dba", t4, "Dozens killed in El Geneina", "Sudan Tribune", "2023-06-16")
    out.append((a4, ArticleExtraction(a4.article_id, [report(a4, "massacre", GENEINA, "2023-06-15", [
        casualty(t4, "killed 40 people", 40, 40, "Darfur Bar Association", "monitor")], [
        blame(t4, "accusing the Rapid Support Forces", "Rapid Support Forces", "Darfur Bar Association", "monitor")])])))
    t5 = (f"A bomb killed 7 people in Maiduguri on Tuesday, police said. {XSS} Officials blamed {XSS} for the blast.")
    a5 = article("maiduguri-xss", t5, f"Bomb in Maiduguri {XSS}", f"Outlet {XSS}", "2021-02-24")
    out.append((a5, ArticleExtraction(a5.article_id, [report(a5, "bombing", MAIDUGURI, "2021-02-23", [
        casualty(t5, "A bomb killed 7 people", 7, 7, f"police {XSS}", "government")], [
        blame(t5, f"Officials blamed {XSS}", XSS, "officials", "government")])])))
    return out


def build_store(path_or_url: str):
    """A store with the corpus saved and linked (events reconciled)."""
    from sitrep import pipeline
    from sitrep.store import Store

    store = Store.open(path_or_url)
    for a, x in corpus():
        store.add_articles([a])
        store.save_extraction(x, "test")
    pipeline.link(store)
    return store


def event_of(store, external_id: str) -> int:
    aid = store.article_ids_for(external_id)[0]
    return store.events_of_articles([aid])[(aid, 0)]
