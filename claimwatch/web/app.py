"""The web view as a Starlette application: server-rendered pages (Jinja, autoescaped), the captured
pages behind a sandbox, an Atom feed and a JSON API. Read-only: every request reads the warehouse
through a short read-only connection (claimwatch.web.reads)."""

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from claimwatch.core.errors import UsageError, WarehouseBusy, WarehouseError
from claimwatch.core.paths import captures_dir
from claimwatch.core.topic import Topic
from claimwatch.core.urls import url_problem
from claimwatch.core.weeks import parse_week
from claimwatch.digest.render import highlight
from claimwatch.web import access
from claimwatch.web.chart import trend_chart
from claimwatch.web.diffs import claim_diff, text_diff
from claimwatch.web.reads import CATEGORIES, KINDS, SEVERITIES, Warehouse, claim_refs
from crawlers.capture import StoredResponse, read_response

MAX_CAPTURE_BYTES = 5 * 1024 * 1024  # of a captured body served or shown (crawls may keep up to 100 MB)
MAX_LIMIT = 5000  # rows one API call returns
# A captured page: no script, no request anywhere (inline styles and data: images only), and a sandbox
# (an opaque origin, no forms, popups or top navigation) even when opened outside its frame.
CAPTURE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'"
HTML_MEDIA = ("text/html", "application/xhtml+xml", "")
_PAGE_ID = re.compile(r"^[0-9a-f]{16}$")

_ENV = Environment(loader=PackageLoader("claimwatch.web", "templates"), autoescape=True,
                   trim_blocks=True, lstrip_blocks=True)
_ENV.tests["http_url"] = lambda url: url_problem(url) is None
_ENV.filters["when"] = lambda t: f"{t:%Y-%m-%d %H:%M}" if t else ""
_ENV.filters["label"] = lambda s: (s or "").replace("_", " ")


class BadRequest(Exception):
    """A malformed filter or parameter: 400 with this message."""


class NotFound(Exception):
    """No such page, version or capture: 404 with this message."""


def create_app(db_file: Path, topic: Topic, token: str | None = None, allowed_hosts: list[str] | None = None,
               wait_seconds: float = 10.0, log=None) -> Starlette:
    """The web view of the warehouse at `db_file`. With `token`, every request must carry it;
    `allowed_hosts` (Host header values) guards a loopback server against DNS rebinding."""
    warehouse = Warehouse(Path(db_file), wait_seconds)
    captures = captures_dir(db_file)
    middleware = [Middleware(access.Guard, token=token, log=log)]
    if allowed_hosts:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))

    def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
        html = _ENV.get_template(template).render(request=request, path=request.url.path, **context)
        return HTMLResponse(html, status_code=status)

    def changes(request: Request):
        filters, weeks, sites = _change_filters(request, warehouse)
        rows = warehouse.changes(limit=501, **filters)
        _mark_words(rows)
        return page(request, "changes.html.j2", rows=rows[:500], more=len(rows) > 500, filters=filters, weeks=weeks,
                    sites=sites, categories=CATEGORIES, severities=SEVERITIES, kinds=KINDS,
                    feed=f"/changes.atom?{_query(filters)}")

    def changes_atom(request: Request):
        filters, _, _ = _change_filters(request, warehouse)
        rows = warehouse.changes(limit=200, **filters)
        for row in rows:  # the same change keeps its id from one fetch of the feed to the next
            key = "\n".join(str(row[k]) for k in ("week", "url", "category", "change_type", "before_text", "after_text"))
            row["entry_id"] = hashlib.sha1(key.encode()).hexdigest()
        updated = max((r["captured_at"] for r in rows if r["captured_at"]), default=dt.datetime(2000, 1, 1))
        base = str(request.base_url).rstrip("/")
        xml = _ENV.get_template("changes.atom.j2").render(rows=rows, base=base, updated=updated, topic=topic.name,
                                                          filters=filters, query=_query(filters))
        return Response(xml, media_type="application/atom+xml; charset=utf-8")

    def pages(request: Request):
        site, kind = _choice(request, "site"), _choice(request, "kind", KINDS)
        rows = warehouse.pages(site=site, kind=kind, limit=1001)
        return page(request, "pages.html.j2", rows=rows[:1000], more=len(rows) > 1000, site=site, kind=kind,
                    sites=warehouse.facets()["site"], kinds=KINDS)

    def history(request: Request):
        doc = _page_or_404(warehouse, request.path_params["page_id"])
        versions = warehouse.versions(doc["url"])
        claims: dict[str, list[dict]] = {}
        for claim in warehouse.claims(url=doc["url"]):
            claims.setdefault(claim["version_id"], []).append(claim)
        changes = warehouse.changes(url=doc["url"], limit=MAX_LIMIT)
        _mark_words(changes)
        return page(request, "page.html.j2", doc=doc, versions=versions, claims=claims, changes=changes)

    def diff(request: Request):
        doc = _page_or_404(warehouse, request.path_params["page_id"])
        versions = warehouse.versions(doc["url"])
        ids = [v["version_id"] for v in versions]
        a = request.query_params.get("a") or (ids[-2] if len(ids) > 1 else ids[0])
        b = request.query_params.get("b") or ids[-1]
        if a not in ids or b not in ids:
            raise BadRequest("a and b must be versions of this page")
        before, after = warehouse.version(a), warehouse.version(b)
        if before is None or after is None:  # replaced by a run since the versions were listed
            raise NotFound("no such version")
        claims = {vid: claim_refs(warehouse.claims(version_id=vid)) for vid in (a, b)}
        return page(request, "diff.html.j2", doc=doc, versions=versions, before=before, after=after, a=a, b=b,
                    claim_groups=claim_diff(before["text"], after["text"], claims[a], claims[b], topic),
                    text_blocks=text_diff(before["text"], after["text"]))

    def capture(request: Request):
        fetch = _capture_or_404(warehouse, request.path_params["fetch_id"])
        stored = _stored(captures, fetch)
        return page(request, "capture.html.j2", fetch=fetch, stored=stored, media=_media(stored.headers, fetch),
                    limit=MAX_CAPTURE_BYTES)

    def capture_raw(request: Request):
        fetch = _capture_or_404(warehouse, request.path_params["fetch_id"])
        stored = _stored(captures, fetch)
        media = _media(stored.headers, fetch)
        headers = {"Content-Security-Policy": CAPTURE_CSP, "Cache-Control": "private, max-age=3600"}
        if media == "application/pdf":
            headers["Content-Disposition"] = "attachment; filename=capture.pdf"
            return Response(stored.body, media_type="application/octet-stream", headers=headers)
        from claimwatch.extraction.main_text import decode_body  # trafilatura: imported when a capture is shown

        text = decode_body(stored.body, _header(stored.headers, "content-type") or fetch["content_type"])
        kind = "text/html" if media in HTML_MEDIA else "text/plain"  # XML, JSON, feeds: shown as text, never run
        return Response(text, media_type=f"{kind}; charset=utf-8", headers=headers)

    def sources(request: Request):
        health, latest = warehouse.sources()
        return page(request, "sources.html.j2", health=health, latest=latest)

    def notices(request: Request):
        return page(request, "notices.html.j2", rows=warehouse.notices())

    def trends(request: Request):
        rows = warehouse.trends()
        return page(request, "trends.html.j2", chart=trend_chart(rows), rows=rows, categories=CATEGORIES)

    def api_changes(request: Request):
        filters, _, _ = _change_filters(request, warehouse)
        return _json(warehouse.changes(limit=_limit(request), **filters))

    def api_pages(request: Request):
        return _json(warehouse.pages(site=_choice(request, "site"), kind=_choice(request, "kind", KINDS),
                                     limit=_limit(request)))

    def api_page(request: Request):
        return _json(_page_or_404(warehouse, request.path_params["page_id"]))

    def api_versions(request: Request):
        doc = _page_or_404(warehouse, request.path_params["page_id"])
        return _json(warehouse.versions(doc["url"]))

    def api_claims(request: Request):
        version = warehouse.version(request.path_params["version_id"])
        if version is None:
            raise NotFound("no such version")
        return _json(warehouse.claims(version_id=version["version_id"]))

    def failed(request: Request, exc: Exception):
        status = {BadRequest: 400, NotFound: 404, WarehouseBusy: 503}.get(type(exc), 500)
        message = str(exc)
        headers = {"Retry-After": "10"} if status == 503 else {}
        if request.url.path.startswith("/api/"):
            return _json({"error": message}, status, headers)
        response = page(request, "error.html.j2", status=status, status_code=status, message=message)
        response.headers.update(headers)
        return response

    routes = [
        Route("/", lambda request: RedirectResponse("/changes", status_code=302)),
        Route("/changes", changes), Route("/changes.atom", changes_atom),
        Route("/pages", pages), Route("/pages/{page_id}", history), Route("/pages/{page_id}/diff", diff),
        Route("/captures/{fetch_id}", capture), Route("/captures/{fetch_id}/raw", capture_raw),
        Route("/sources", sources), Route("/notices", notices), Route("/trends", trends),
        Route("/api/changes", api_changes), Route("/api/pages", api_pages), Route("/api/pages/{page_id}", api_page),
        Route("/api/pages/{page_id}/versions", api_versions), Route("/api/versions/{version_id}/claims", api_claims),
        Mount("/static", StaticFiles(packages=[("claimwatch.web", "static")]), name="static"),
    ]
    handlers = {BadRequest: failed, NotFound: failed, WarehouseBusy: failed, WarehouseError: failed}
    return Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)


def _change_filters(request: Request, warehouse: Warehouse) -> tuple[dict, list[str], list[str]]:
    """The filters of a changes request; the week defaults to the newest one with changes ("all": every week)."""
    facets = warehouse.facets()
    asked = request.query_params.get("week", "").strip()
    week: str | None = None
    if asked and asked != "all":
        try:
            week = parse_week(asked)
        except UsageError as exc:
            raise BadRequest(str(exc)) from None
    elif not asked and facets["week"]:
        week = facets["week"][0]
    filters = {"week": week, "severity": _choice(request, "severity", SEVERITIES),
               "category": _choice(request, "category", CATEGORIES), "site": _choice(request, "site"),
               "kind": _choice(request, "kind", KINDS)}
    return filters, facets["week"], facets["site"]


def _choice(request: Request, name: str, allowed: tuple[str, ...] | None = None) -> str | None:
    value = request.query_params.get(name, "").strip()
    if not value:
        return None
    if len(value) > 500 or (allowed and value not in allowed):
        allowed_text = f": one of {', '.join(allowed)}" if allowed else ""
        raise BadRequest(f"bad {name} {value[:60]!r}{allowed_text}")
    return value


def _limit(request: Request) -> int:
    text = request.query_params.get("limit", "500")
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise BadRequest(f"limit must be a whole number from 1 to {MAX_LIMIT}")
    return int(text)


def _query(filters: dict) -> str:
    return urlencode({k: ("all" if k == "week" and v is None else v) for k, v in filters.items()
                      if v is not None or k == "week"})


def _page_or_404(warehouse: Warehouse, page_id: str) -> dict:
    doc = warehouse.page(page_id) if _PAGE_ID.match(page_id) else None
    if doc is None:
        raise NotFound("no such page")
    return doc


def _capture_or_404(warehouse: Warehouse, fetch_id: str) -> dict:
    fetch = warehouse.capture(fetch_id) if len(fetch_id) <= 200 else None
    if fetch is None or not fetch["warc_file"]:
        raise NotFound("no capture with that id (a 304 or a failed fetch keeps no body)")
    return fetch


def _stored(captures: Path, fetch: dict) -> StoredResponse:
    try:
        return read_response(captures, fetch["warc_file"], fetch["warc_offset"], MAX_CAPTURE_BYTES)
    except (OSError, ValueError) as exc:  # captures deleted or moved, a damaged file
        raise NotFound(f"the capture of this fetch cannot be read: {exc}") from None


def _mark_words(rows: list[dict]) -> None:
    for row in rows:
        row["before_parts"], row["after_parts"] = highlight(row["before_text"], row["after_text"])


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name), None)


def _media(headers: list[tuple[str, str]], fetch: dict) -> str:
    value = _header(headers, "content-type") or fetch["content_type"] or ""
    return value.split(";")[0].strip().lower()


def _json(value, status: int = 200, headers: dict | None = None) -> Response:
    def plain(obj):
        if isinstance(obj, dt.datetime | dt.date):
            return obj.isoformat()
        raise TypeError(type(obj).__name__)

    return Response(json.dumps(value, default=plain, ensure_ascii=False), status_code=status,
                    media_type="application/json", headers=headers)

