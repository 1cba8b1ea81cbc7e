"""Who may read, and what every answer carries: the token check (when the server is reachable from
other machines), security headers, and an access log that never shows a query string (a `?token=`
may be in it)."""

import hmac
import time
from urllib.parse import urlencode

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

COOKIE = "claimwatch_token"
# The view's own pages: its stylesheet, no script at all, frames only of its own captures.
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                    "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Resource-Policy": "same-origin"}


class Guard(BaseHTTPMiddleware):
    def __init__(self, app, token: str | None = None, log=None):
        super().__init__(app)
        self.token = token
        self.log = log

    async def dispatch(self, request: Request, call_next) -> Response:
        started = time.perf_counter()
        response = self._refused(request)
        if response is None:
            response = await call_next(request)
            if self.token and request.query_params.get("token"):
                # the token came in the address: keep it in a cookie for the pages' links and forms
                response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if "content-security-policy" not in response.headers:
            response.headers["Content-Security-Policy"] = PAGE_CSP
        if self.log:
            self.log(f"{request.method} {request.url.path} {response.status_code} "
                     f"{(time.perf_counter() - started) * 1000:.0f} ms")
        return response

    def _refused(self, request: Request) -> Response | None:
        """None when the request may go on; else the answer it gets."""
        if not self.token:
            return None
        header = request.headers.get("authorization", "")
        given = [header[7:].strip() if header.lower().startswith("bearer ") else "",
                 request.cookies.get(COOKIE, ""), request.query_params.get("token", "")]
        if not any(value and hmac.compare_digest(value.encode(), self.token.encode()) for value in given):
            return PlainTextResponse("claimwatch web: a token is needed (Authorization: Bearer TOKEN, or ?token=TOKEN "
                                     "once in a browser)\n", status_code=401, headers={"WWW-Authenticate": "Bearer"})
        if given[2] and request.method == "GET" and _is_page(request.url.path):
            # a browser: the token goes into a cookie and out of the address bar (and its history)
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
            return response
        return None


def _is_page(path: str) -> bool:
    """Pages a browser shows (the API and the feed keep taking ?token= on each request)."""
    return not (path.startswith("/api/") or path.endswith(".atom") or path.startswith("/static/"))
