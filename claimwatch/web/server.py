"""`claimwatch web`: the web view served by uvicorn. On a loopback address it answers only requests
addressed to that host (no DNS rebinding); on any other it needs CLAIMWATCH_WEB_TOKEN."""

import ipaddress
import socket
import sys
from pathlib import Path

from claimwatch.core.errors import UsageError
from claimwatch.core.topic import Topic
from warehouse import db

LOOPBACK_NAMES = ("localhost",)
MIN_TOKEN = 16


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_token(host: str, token: str | None) -> None:
    """A server other machines can reach must have a token, and one hard to guess."""
    if token is None and not is_loopback(host):
        raise UsageError(f"--host {host} makes the web view reachable from other machines: set CLAIMWATCH_WEB_TOKEN "
                         f"(at least {MIN_TOKEN} characters) in the environment, or bind 127.0.0.1")
    if token is not None and len(token) < MIN_TOKEN:
        raise UsageError(f"CLAIMWATCH_WEB_TOKEN is too short: use at least {MIN_TOKEN} characters")


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, or a one-line UsageError (a port in use, an address not on this machine)."""
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(info[0], socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(info[4])
        sock.listen(128)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def serve(db_file: Path, host: str, port: int, token: str | None, topic: Topic, wait_seconds: float = 10.0,
          log=print) -> None:
    """Serve until Ctrl-C or SIGTERM."""
    import uvicorn

    from claimwatch.web.app import create_app

    db_file = db.require(db_file)
    check_token(host, token)
    with db.analyst_reader(db_file, wait_seconds=wait_seconds):
        pass  # opens now: a damaged or too new warehouse is told at once, not on the first request
    sock = listen(host, port)
    bound_port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    allowed = [host, "localhost", "127.0.0.1", "[::1]"] if is_loopback(host) else None
    app = create_app(db_file, topic, token=token, allowed_hosts=allowed, wait_seconds=wait_seconds,
                     log=lambda line: print(line, file=sys.stderr, flush=True))
    log(f"claimwatch web: serving {db_file} at http://{shown}:{bound_port}/ (Ctrl-C to stop)"
        + ("; requests need CLAIMWATCH_WEB_TOKEN" if token else ""))
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False, timeout_graceful_shutdown=2)
    uvicorn.Server(config).run(sockets=[sock])
