"""Text rendering of events for the terminal: `sitrep show` and the events table.

Works on the stored event (its reconciled summary as JSON data), so it needs no model and no
recomputation. Article text is printed through Rich `Text` objects, never as markup, so
brackets or markup-like strings inside a quoted article cannot restyle the output.
"""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sitrep.reconcile import bounds_text as figure_text

OUTCOME_ORDER = ("killed", "injured", "missing", "abducted", "arrested", "displaced")


def bounds_text(low: int | None, best: int | None, high: int | None) -> str:
    """"47 · 50 · 53" for a low/best/high triple, "-" when nothing is known."""
    if low is None and best is None and high is None:
        return "-"
    return " · ".join("?" if v is None else str(v) for v in (low, best, high))


def event_place_text(summary: dict[str, Any]) -> str:
    """"Karm al-Zeitoun, Homs (Homs, Syria)" from an event summary's place."""
    place = summary.get("place") or {}
    if not place:
        return "place unknown"
    name, town, admin1, country = (place.get(k) for k in ("name", "town", "admin1", "country"))
    head = name if not town or town == name else f"{name}, {town}"
    tail = ", ".join(v for v in (admin1, country) if v and v != head)
    return f"{head} ({tail})" if tail else str(head)


def event_date_text(summary: dict[str, Any]) -> str:
    """The event's date or date range as shown in the terminal and on the web pages."""
    start, end = summary.get("date_start"), summary.get("date_end")
    if not start:
        return "date unknown"
    return start if not end or end == start else f"{start} to {end}"


def render_event(event: dict[str, Any], console: Console, external_ids: dict[str, str] | None = None,
                 reports: list[tuple[str, int]] | None = None) -> None:
    """Print one event: header, bounds with the rule, speakers side by side, evidence, toll history,
    and the reports it links (as `sitrep split` takes them)."""
    s = event["summary"]
    ext = external_ids or {}
    place = s.get("place") or {}
    header = Text(f"Event {event['event_id']} · {s.get('event_type')} · {event_place_text(s)} · {event_date_text(s)}")
    if place.get("precision"):
        header.append(f" · geo precision {place['precision']}")
    console.print(header, style="bold")
    for outcome in OUTCOME_ORDER:
        b = (s.get("outcomes") or {}).get(outcome)
        if not b or (b.get("low") is None and b.get("high") is None):
            continue
        line = Text(f"{outcome:<8} low {b.get('low')} · best {b.get('best')} · high {b.get('high')}")
        console.print(line)
    flags = ", ".join(s.get("flags") or []) or "none"
    console.print(Text(f"flags: {flags}   {s.get('n_articles')} articles, {s.get('n_outlets')} independent outlets, "
                       f"{s.get('n_speakers')} speakers"))
    console.print(Text(f"rule: {s.get('rule')}", style="dim"))

    table = Table(show_lines=False)
    for col in ("speaker", "type", *[o for o in OUTCOME_ORDER if _any_figure(s, o)], "blames / stance", "in"):
        table.add_column(col)
    for row in s.get("speakers") or []:
        figures = row.get("figures") or {}
        blames = "; ".join(blame_text(p, stance, _actor_of(s, row.get("speaker"), p, stance))
                           for p, stance in row.get("blames") or []) or "-"
        cells = [Text(row.get("speaker") or "?"), Text(row.get("speaker_type") or "")]
        cells += [Text(figures.get(o, "-")) for o in OUTCOME_ORDER if _any_figure(s, o)]
        cells += [Text(blames), Text(", ".join(ext.get(a, a) for a in row.get("articles") or []))]
        table.add_row(*cells)
    console.print(table)

    console.print(Text("evidence:", style="bold"))
    for outcome in OUTCOME_ORDER:
        b = (s.get("outcomes") or {}).get(outcome) or {}
        for ref in b.get("latest") or []:
            console.print(Text(f"  {ext.get(ref['article_id'], ref['article_id'])} {ref['speaker']}: "
                               f"{outcome} {figure_text(ref.get('low'), ref.get('high'))} \"{ref['evidence']}\""))
    for blame in s.get("blames") or []:
        console.print(Text(f"  {ext.get(blame['article_id'], blame['article_id'])} {blame['speaker']} "
                           f"{blame_text(blame['perpetrator'], blame['stance'], blame.get('actor'))}: "
                           f"\"{blame['evidence']}\""))
    matrix = s.get("blame_matrix") or {}
    if matrix:
        console.print(Text("who blames whom:", style="bold"))
        for speaker, parties in matrix.items():
            for party, stances in parties.items():
                console.print(Text(f"  {speaker} {' and '.join(STANCE_VERBS.get(x, x) for x in stances)} {party}"))
    if reports:
        console.print(Text("reports: " + " ".join(f"{ext.get(aid, aid)}:{idx}" for aid, idx in reports)))
    history = toll_histories(s.get("evolution") or {})
    if history:
        console.print(Text("toll evolution:", style="bold"))
        for (speaker, outcome), steps in history.items():
            seq = " -> ".join(f"{figure_text(st.get('low'), st.get('high'))} ({st.get('pub_date') or '?'})"
                              for st in steps)
            console.print(Text(f"  {speaker}, {outcome}: {seq}"))


STANCE_VERBS = {"accuses": "blames", "claims_responsibility": "claims the attack for", "denies": "rejects the blame on"}


def blame_text(words: str, stance: str, actor: str | None) -> str:
    """A blame by canonical actor with the words as written: 'Military Forces of Syria ("security
    services", accuses)'; the words alone when they name no known actor."""
    if actor and actor != words:
        return f'{actor} ("{words}", {stance})'
    return f"{words} ({stance})"


def _actor_of(summary: dict[str, Any], speaker: str | None, words: str, stance: str) -> str | None:
    return next((b.get("actor") for b in summary.get("blames") or []
                 if b.get("speaker") == speaker and b.get("perpetrator") == words and b.get("stance") == stance), None)


def toll_histories(evolution: dict[str, list[dict[str, Any]]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Each speaker's figures per outcome, kept only where they span several articles.

    A toll evolves between reports; figures of different outcomes, or several figures within one
    article (a breakdown, a repeat), are not a change over time and would read as one.
    """
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for speaker, steps in evolution.items():
        for outcome in OUTCOME_ORDER:
            mine = [st for st in steps if st.get("outcome") == outcome]
            if len({st.get("article_id") for st in mine}) > 1:
                out[(speaker, outcome)] = mine
    return out


def _any_figure(summary: dict[str, Any], outcome: str) -> bool:
    return any(outcome in (row.get("figures") or {}) for row in summary.get("speakers") or [])
