"""The terminal view of an event: toll histories read per speaker and outcome, article text stays text."""
from io import StringIO

from rich.console import Console

from sitrep.show import render_event, toll_histories


def step(article, outcome, low, high=None, day="2016-04-20"):
    return {"article_id": article, "outcome": outcome, "low": low, "high": high, "pub_date": day,
            "evidence": f"{low} {outcome}", "superseded": False}


def test_a_rising_toll_across_reports_is_a_history():
    evolution = {"Syrian Observatory for Human Rights": [
        step("a1", "killed", 44, day="2016-04-19"), step("a2", "killed", 57, day="2016-04-20"),
        step("a2", "injured", 100, day="2016-04-20")]}
    history = toll_histories(evolution)
    assert list(history) == [("Syrian Observatory for Human Rights", "killed")]
    assert [st["low"] for st in history[("Syrian Observatory for Human Rights", "killed")]] == [44, 57]


def test_outcomes_and_one_articles_breakdown_are_not_a_history():
    evolution = {"AFP": [step("a1", "displaced", 5000), step("a1", "killed", 2)],
                 "Houthi-run Saba news agency": [step("b1", "killed", 12), step("b1", "killed", 3)]}
    assert toll_histories(evolution) == {}


def test_markup_in_article_text_is_printed_verbatim():
    event = {"event_id": 7, "summary": {
        "event_type": "air_strike", "place": {"name": "Saada", "admin1": "Saada", "country": "Yemen"},
        "date_start": "2018-08-09", "outcomes": {"killed": {"low": 29, "best": 29, "high": 29, "latest": [
            {"article_id": "a1", "speaker": "[bold red]ICRC[/]", "low": 29, "high": None,
             "evidence": "<script>alert(1)</script> [link=x]29 children[/link] were killed"}]}},
        "flags": ["single_source"], "speakers": [], "blames": [], "evolution": {}}}
    out = StringIO()
    render_event(event, Console(file=out, width=200, color_system=None))
    text = out.getvalue()
    assert "[bold red]ICRC[/]" in text
    assert "<script>alert(1)</script> [link=x]29 children[/link] were killed" in text


def test_who_blames_whom_by_canonical_actor_with_the_words():
    """The Karm al-Zeitoun seeds: the activists' two wordings are one actor, shown with the words."""
    from sitrep.records import to_dict
    from sitrep.reconcile import reconcile
    from test_reconcile import homs_massacre

    event = {"event_id": 12, "summary": {**to_dict(reconcile(12, homs_massacre())), "flags": []}}
    out = StringIO()
    render_event(event, Console(file=out, width=250, color_system=None))
    text = out.getvalue()
    assert 'Military Forces of Syria ("security services", accuses)' in text
    assert 'Military Forces of Syria ("soldiers and thugs", accuses)' in text
    assert "opposition activists blames Military Forces of Syria" in text
    assert "Homs activists blames Military Forces of Syria" in text
    assert "Syrian Arab News Agency blames terrorist armed groups" in text
