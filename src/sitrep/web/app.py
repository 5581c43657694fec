"""The web app: pages for reading and reviewing events, and the JSON API, over the library.

Handlers parse a request, call one library function (`sitrep.query`, `sitrep.views`,
`sitrep.review`, `sitrep.export`), and render a template or JSON. Security lives here:
Jinja2 autoescaping on every template (article text is untrusted and never marked safe), a
Content-Security-Policy that allows only this site's scripts, signed HttpOnly SameSite session
cookies, a CSRF token on every form, and writes refused to anonymous requests (401) or without
the token (403).

    app = create_app("sitrep.db")          # uvicorn.run(app) — `sitrep serve` does this
"""
from __future__ import annotations

import os
import secrets
import time
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Depends, FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from sitrep import query, review, views
from sitrep.errors import NotFoundError, SitrepError
from sitrep.query import EventQuery
from sitrep.records import OUTCOMES, SPEAKER_TYPES, VICTIMS
from sitrep.store import Store
from sitrep.web import assets

TEMPLATES = Path(__file__).parent / "templates"
SESSION_COOKIE = "sitrep_session"
SESSION_DAYS = 7
CACHE_TTL = 60.0
FACETS_TTL = 600.0   # the filters' choices: new speakers and actors appear within ten minutes
CACHE_ENTRIES = 500


def template_env() -> jinja2.Environment:
    """The Jinja2 environment of the pages and the report: autoescape on for everything."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined if os.environ.get("SITREP_STRICT_TEMPLATES") else
                             jinja2.Undefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(OUTCOMES=OUTCOMES, SPEAKER_TYPES=SPEAKER_TYPES, VICTIMS=VICTIMS)
    env.tests["http_url"] = lambda v: isinstance(v, str) and v.lower().startswith(("http://", "https://"))
    env.filters["figure"] = _figure
    env.filters["num"] = lambda v: "?" if v is None else f"{v:,}"
    return env


def _figure(low: int | None, high: int | None = None) -> str:
    from sitrep.reconcile import bounds_text

    return bounds_text(low, high)


def _parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name}: {value!r} is not a date (YYYY-MM-DD)")


def event_query(date_from: str | None = None, date_to: str | None = None, country: str | None = None,
                admin1: str | None = None, event_type: str | None = None, speaker: str | None = None,
                actor: str | None = None, contested: bool = False,
                q: str | None = Query(None, description="words that must all occur in place, speakers or actors"),
                sort: str = Query("killed", description=f"one of {', '.join(query.SORTS)}"),
                desc: bool = True, page: int = Query(1, ge=1), per_page: int = Query(50, ge=1, le=query.MAX_PER_PAGE),
                ) -> EventQuery:
    """The event filters of the events page and of `/api/events` (empty values mean no filter)."""
    return EventQuery(_parse_date(date_from, "date_from"), _parse_date(date_to, "date_to"), country, admin1,
                      event_type, speaker, actor, contested, q, sort, desc, page, per_page)


# --- sessions, users, CSRF ------------------------------------------------------------------------

def current_user(request: Request) -> str | None:
    return request.session.get("user")


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def require_analyst(request: Request, csrf: str = Form("")) -> str:
    """Every write: an analyst logged in (else 401) and the form's CSRF token (else 403)."""
    user = current_user(request)
    if not user:
        raise HTTPException(401, "log in to review: readers need no account, every change does")
    expected = request.session.get("csrf")
    if not expected or not secrets.compare_digest(expected, csrf):
        raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page and try again")
    return user


def _local(next_url: str | None, default: str) -> str:
    """Only same-site paths are redirect targets."""
    if next_url and next_url.startswith("/") and not next_url.startswith("//") and "\\" not in next_url:
        return next_url
    return default


# --- the app ---------------------------------------------------------------------------------------

def create_app(db: str | Path | Store, https_only: bool = False) -> FastAPI:
    """The web app over one database (a path, a URL or an open Store)."""
    store = db if isinstance(db, Store) else Store.open(db)
    app = FastAPI(title="sitrep", version="1", description="Events, claims and analysts' corrections.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.store = store
    app.add_middleware(SessionMiddleware, secret_key=store.secret("session"), session_cookie=SESSION_COOKIE,
                       max_age=SESSION_DAYS * 86400, same_site="strict", https_only=https_only)
    tiles = os.environ.get("SITREP_TILES")   # an optional tile URL template, e.g. a local tile server
    csp_img = "'self' data:" + (f" {tiles.split('/{')[0]}" if tiles else "")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = (
            f"default-src 'self'; script-src 'self'; style-src 'self'; img-src {csp_img}; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    templates = Jinja2Templates(env=template_env())
    cache: dict[Any, tuple[float, Any]] = {}

    def cached(key: Any, compute: Any, ttl: float = CACHE_TTL) -> Any:
        """Aggregates over a whole filtered set (the filters' choices, the timeline, the map)
        change only when events are written, not from one page or sort of a table to the next:
        kept for a minute, and dropped at once after any write made through this app."""
        hit = cache.get(key)
        if hit is None or hit[0] < time.monotonic():
            if len(cache) > CACHE_ENTRIES:
                cache.clear()
            hit = cache[key] = (time.monotonic() + ttl, compute())
        return hit[1]

    @app.middleware("http")
    async def forget_aggregates_after_writes(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        if request.method == "POST":
            cache.clear()
        return response

    def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context.update(user=current_user(request), csrf=csrf_token(request), path=request.url.path,
                       full_path=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
                       tiles=tiles or "")
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", exc.status_code, message=exc.detail, status=exc.status_code)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return await http_error(request, HTTPException(404, str(exc)))

    @app.exception_handler(SitrepError)
    async def bad_request(request: Request, exc: SitrepError) -> Response:
        return await http_error(request, HTTPException(400, str(exc)))

    # --- reading -------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/events", status_code=303)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, q: EventQuery = Depends(event_query)) -> HTMLResponse:
        from sitrep import charts

        found = query.find_events(store, q)
        whole = tuple(sorted(q.params(page=1, sort="killed", desc=True).items()))
        hist = charts.by_month([(m["month"], m["events"]) for m in cached(("timeline", whole),
                                                                           lambda: query.timeline(store, q))])
        return page(request, "events.html", found=found, q=q, facets=cached("facets", lambda: query.facets(store), FACETS_TTL),
                    points=cached(("map", whole), lambda: query.map_points(store, q)),
                    timeline=charts.bar_chart(hist) if hist else None,
                    sort_url=lambda col: "/events?" + urlencode(q.params(sort=col, desc=not q.desc if q.sort == col else True, page=1)),
                    page_url=lambda n: "/events?" + urlencode(q.params(page=n)),
                    export_url=lambda name: f"/export/{name}?" + urlencode(q.params(page=1)),
                    assets_ok=assets.assets_installed())

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: int) -> HTMLResponse:
        view = views.event_view(store, event_id)
        points = [] if view.summary.get("place") is None or (view.summary["place"].get("lat") is None) else [{
            "event_id": event_id, "lat": view.summary["place"]["lat"], "lon": view.summary["place"]["lon"],
            "killed_best": view.event.get("killed_best"), "contested": view.contested,
            "place": view.place_text, "event_type": view.summary.get("event_type")}]
        points += [{k: n[k] for k in ("event_id", "lat", "lon", "killed_best", "contested", "place", "event_type")}
                   for n in view.nearby if n.get("lat") is not None]
        return page(request, "event.html", v=view, points=points, assets_ok=assets.assets_installed())

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        return page(request, "article.html", a=views.article_view(store, article_id))

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(request: Request) -> HTMLResponse:
        return page(request, "audit.html", entries=store.audit_entries(limit=500))

    @app.get("/assets/{name}", include_in_schema=False)
    def asset(name: str) -> FileResponse:
        try:
            path = assets.asset_path(name)
        except assets.AssetsMissing as exc:
            raise HTTPException(404, str(exc))
        return FileResponse(path, media_type=assets.MEDIA_TYPES[path.suffix],
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        path = assets.STATIC / name
        if name not in {p.name for p in assets.STATIC.iterdir()}:
            raise HTTPException(404, f"no static file {name!r}")
        return FileResponse(path, media_type=assets.MEDIA_TYPES.get(path.suffix, "application/octet-stream"))

    # --- login ---------------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request, next: str | None = None) -> HTMLResponse:
        return page(request, "login.html", next=_local(next, "/events"), error=None)

    @app.post("/login", include_in_schema=False)
    def login(request: Request, username: str = Form(...), password: str = Form(...), csrf: str = Form(""),
              next: str | None = Form(None)) -> Response:
        from sitrep.users import authenticate

        expected = request.session.get("csrf")
        if not expected or not secrets.compare_digest(expected, csrf):
            raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page and try again")
        if not authenticate(store, username, password):
            return page(request, "login.html", 401, next=_local(next, "/events"), error="wrong name or password")
        request.session.clear()
        request.session["user"] = username
        request.session["csrf"] = secrets.token_urlsafe(32)
        return RedirectResponse(_local(next, "/events"), status_code=303)

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request, user: str = Depends(require_analyst)) -> RedirectResponse:
        request.session.clear()
        return RedirectResponse("/events", status_code=303)

    # --- reviewing -----------------------------------------------------------------------------

    def _clean(**fields: str | None) -> dict[str, Any]:
        return {k: v for k, v in fields.items() if v not in (None, "")}

    @app.post("/claims/review", include_in_schema=False)
    def review_claim(request: Request, user: str = Depends(require_analyst), claim: str = Form(...),
                     action: str = Form(...), outcome: str | None = Form(None), low: str | None = Form(None),
                     high: str | None = Form(None), victims: str | None = Form(None),
                     speaker: str | None = Form(None), speaker_type: str | None = Form(None),
                     note: str | None = Form(None), next: str | None = Form(None)) -> RedirectResponse:
        fields = _clean(outcome=outcome, victims=victims, speaker=speaker, speaker_type=speaker_type)
        if action == "correct":   # an emptied figure field means "no such bound"
            fields.update({k: v for k, v in (("low", low), ("high", high)) if v is not None})
        review.review_claim(store, review.parse_key(claim), action, user, fields, note or None)
        return RedirectResponse(_local(next, "/events"), status_code=303)

    @app.post("/claims/add", include_in_schema=False)
    def add_claim(request: Request, user: str = Depends(require_analyst), article_id: str = Form(...),
                  incident_index: int = Form(0), start: int = Form(...), end: int = Form(...),
                  outcome: str = Form(...), low: str | None = Form(None), high: str | None = Form(None),
                  victims: str = Form("all"), speaker: str | None = Form(None), speaker_type: str = Form("outlet"),
                  note: str | None = Form(None)) -> RedirectResponse:
        fields = _clean(outcome=outcome, low=low, high=high, victims=victims, speaker=speaker or "the outlet",
                        speaker_type=speaker_type)
        review.add_claim(store, article_id, incident_index, start, end, fields, user, note or None)
        return RedirectResponse(f"/articles/{article_id}", status_code=303)

    @app.post("/events/merge", include_in_schema=False)
    def merge(request: Request, user: str = Depends(require_analyst), event_ids: str = Form(...),
              note: str | None = Form(None)) -> RedirectResponse:
        try:
            ids = [int(x) for x in event_ids.replace(",", " ").split()]
        except ValueError:
            raise HTTPException(400, f"event ids must be numbers: {event_ids!r}")
        merged = review.merge_events(store, ids, user, note or None)
        return RedirectResponse(f"/events/{merged}", status_code=303)

    @app.post("/events/{event_id}/split", include_in_schema=False)
    def split(request: Request, event_id: int, user: str = Depends(require_analyst),
              reports: list[str] = Form([]), note: str | None = Form(None)) -> RedirectResponse:
        if not reports:
            raise HTTPException(400, "tick the reports to move out of the event")
        new_id = review.split_event(store, event_id, reports, user, note or None)
        return RedirectResponse(f"/events/{new_id}", status_code=303)

    # --- downloads -----------------------------------------------------------------------------

    @app.get("/export/{name}", include_in_schema=False)
    def download(name: str, q: EventQuery = Depends(event_query)) -> Response:
        from sitrep.export_tables import DOWNLOADS, export_bytes

        if name not in DOWNLOADS:
            raise HTTPException(404, f"no export {name!r}; one of {', '.join(DOWNLOADS)}")
        media_type, data = export_bytes(store, name, q)
        return Response(data, media_type=media_type,
                        headers={"Content-Disposition": f'attachment; filename="sitrep-{name}"'})

    from sitrep.web.api import api_router

    app.include_router(api_router(store, event_query))
    return app
