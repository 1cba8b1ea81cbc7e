"""What the web view reads from the warehouse: each call opens a short read-only connection (external
access off, as for `claimwatch sql`) that waits a bounded time while a run writes, and closes it, so
the scheduled runs are never kept waiting on the web view."""

import contextlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path

from claimwatch.claims.diff import ClaimRef
from claimwatch.core.config import CLAIM_CATEGORIES as CATEGORIES
from claimwatch.core.config import DOCUMENT_KINDS as KINDS
from claimwatch.core.config import SEVERITIES
from warehouse import db

__all__ = ["CATEGORIES", "KINDS", "SEVERITIES", "Warehouse", "claim_refs"]


# One connection at a time: DuckDB shares one database instance among the connections of a process,
# and the lockdown of an analyst's connection (external access off, configuration locked) is the
# instance's, so a second connection opened meanwhile could not apply it. Reads take milliseconds.
_ONE_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class Warehouse:
    path: Path
    wait_seconds: float = 10.0

    @contextlib.contextmanager
    def connect(self):
        with _ONE_AT_A_TIME, db.analyst_reader(self.path, wait_seconds=self.wait_seconds, quiet=True) as con:
            yield con

    def rows(self, name: str, **params) -> list[dict]:
        """The rows of warehouse/queries/<name>.sql."""
        with self.connect() as con:
            return db.dicts(con.execute(db.query(name), params))

    def changes(self, week=None, severity=None, category=None, site=None, kind=None, url=None, limit=500) -> list[dict]:
        return self.rows("web_changes", week=week, severity=severity, category=category, site=site, kind=kind,
                         url=url, limit=limit)

    def facets(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {"week": [], "site": []}
        for row in self.rows("web_facets"):
            found[row["facet"]].append(row["value"])
        found["week"].sort(reverse=True)
        return found

    def pages(self, page_id=None, site=None, kind=None, limit=1000) -> list[dict]:
        return self.rows("web_pages", page_id=page_id, site=site, kind=kind, limit=limit)

    def page(self, page_id: str) -> dict | None:
        found = self.pages(page_id=page_id, limit=1)
        return found[0] if found else None

    def versions(self, url: str) -> list[dict]:
        return self.rows("web_page_versions", url=url)

    def claims(self, url: str | None = None, version_id: str | None = None) -> list[dict]:
        rows = self.rows("web_claims", url=url, version_id=version_id)
        for row in rows:
            row["facts"] = json.loads(row["facts"]) if row["facts"] else {}
        return rows

    def version(self, version_id: str) -> dict | None:
        found = self.rows("web_version", version_id=version_id)
        return found[0] if found else None

    def capture(self, fetch_id: str) -> dict | None:
        found = self.rows("web_capture", fetch_id=fetch_id)
        return found[0] if found else None

    def sources(self) -> tuple[list[dict], list[dict]]:
        """Per-source health (28 days) and the newest week's fetches per source."""
        with self.connect() as con:
            health = db.dicts(con.execute(db.query("status_sources")))
            week = con.execute("SELECT max(week) FROM fetch_log").fetchone()[0]
            latest = db.dicts(con.execute(db.query("digest_health"), {"week": week})) if week else []
        return health, latest

    def notices(self) -> list[dict]:
        return self.rows("web_notices")

    def trends(self) -> list[dict]:
        return self.rows("web_trends")


def claim_refs(claims: list[dict]) -> list[ClaimRef]:
    """Stored claims as the claim diff takes them."""
    return [ClaimRef(c["claim_id"], c["category"], c["text"], c["facts"]) for c in claims]
