"""The situation report: one self-contained HTML file (styles, scripts, country outlines and data
inlined) that opens offline in any browser and can be mailed as it is.

It holds a map of the events (circles sized by best killed, red when contested), casualties over
time in the governorates with most killed, the most contested events with each speaker's figures
and blame side by side, and the method: the reconciliation rule and what analysts reviewed.

    write_report(store, "report.html", ReportOptions(country="Syria"))
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sitrep import charts, query
from sitrep.query import EventQuery
from sitrep.reconcile import RULE

CONTESTED_SHOWN = 10
MAP_POINTS = 5000


@dataclass
class ReportOptions:
    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    admin1: str | None = None

    def query(self, **more: Any) -> EventQuery:
        return EventQuery(date_from=self.date_from, date_to=self.date_to, country=self.country, admin1=self.admin1,
                          **more)

    @property
    def scope(self) -> str:
        where = ", ".join(v for v in (self.admin1, self.country) if v) or "all places"
        when = f"{self.date_from or 'the first event'} to {self.date_to or 'the last event'}"
        return f"{where}; {when}"


def review_summary(store: Any) -> dict[str, Any]:
    """What analysts did: claims by review status, merges and splits, audit entries."""
    from collections import Counter

    from sitrep.review import review_states

    states = review_states(store.claim_reviews())
    corrections = Counter(c["kind"] for c in store.corrections())
    return {"claims": dict(Counter(s.status for s in states.values())), "reviewed_claims": len(states),
            "verified_by_two": sum(1 for s in states.values() if len(s.verified_by) >= 2),
            "merges": corrections.get("merge", 0), "splits": corrections.get("split", 0),
            "audit_entries": store.counts()["audit_log"]}


def report_context(store: Any, options: ReportOptions) -> dict[str, Any]:
    """Everything the report shows, for the template."""
    from sitrep.views import event_view

    all_events = query.find_events(store, options.query(per_page=1))
    contested = query.find_events(store, options.query(contested=True, per_page=CONTESTED_SHOWN))
    by_admin1 = query.killed_by_admin1(store, options.query())
    months = charts.by_month([(m["month"], m["events"]) for m in query.timeline(store, options.query())])
    series = {a: charts.by_month([(p["month"], p["killed"]) for p in pts], [m for m, _ in months])
              for a, pts in by_admin1.items() if pts}
    shown = []
    for row in contested.rows:
        v = event_view(store, row["event_id"])
        shown.append({"row": row, "view": v, "matrix": v.matrix})
    return {
        "options": options, "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "n_events": all_events.total, "n_contested": contested.total,
        "points": query.map_points(store, options.query(), MAP_POINTS),
        "by_admin1": charts.line_chart(series) if series else None,
        "timeline": charts.bar_chart(months) if months else None,
        "contested": shown, "rule": RULE, "reviews": review_summary(store),
    }


def render_report(store: Any, options: ReportOptions) -> str:
    """The report as one HTML document with every asset inlined."""
    from sitrep.web.app import template_env
    from sitrep.web.assets import inline_text

    ctx = report_context(store, options)
    ctx["inline"] = {name: inline_text(name) for name in ("leaflet.js", "leaflet.css", "topojson-client.js",
                                                          "countries.json", "map.js", "style.css")}
    return template_env().get_template("report.html").render(**ctx)


def write_report(store: Any, path: str | Path, options: ReportOptions | None = None) -> int:
    """Write the report (atomically: a partial file never replaces a good one); returns the
    number of events it covers."""
    options = options or ReportOptions()
    html = render_report(store, options)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return query.find_events(store, options.query(per_page=1)).total
