"""The crawl stage: run the Scrapy crawl in its own process, then load its fetch log.

The crawl writes WARC files and fetch logs under the captures directory; the warehouse is
opened only briefly before (validators, known URLs) and after (one batch insert), so
analysts are never locked out for the length of a crawl.
"""

import dataclasses
import datetime as dt
import json
import secrets
import subprocess
import sys
import time
from pathlib import Path

from claimwatch.core import faults
from claimwatch.core.config import Config
from claimwatch.core.errors import ClaimwatchError
from claimwatch.core.faults import checkpoint
from claimwatch.core.paths import captures_dir
from claimwatch.core.progress import progress
from claimwatch.core.weeks import iso_week, run_clock
from claimwatch.stages.crawl_shards import shard_sources
from claimwatch.stages.run_lock import run_lock
from crawlers.capture import CAPTURE_FAILED
from warehouse import db

ANSWERED = ("ok", "not_modified")
# failures that can pass by themselves: the network, a slow or throttling server
PASSING = frozenset({"timeout", "dns_error", "connection_error", "data_loss", "throttled"})


class CrawlFailed(ClaimwatchError):
    """No source produced a successful fetch, or the crawler process died."""

    def __init__(self, message: str, transient: bool = False):
        super().__init__(message)
        self.transient = transient


@dataclasses.dataclass
class CrawlResult:
    run_id: str
    week: str
    run_dir: Path
    outcomes: dict[str, int]
    by_source: dict[str, dict[str, int]] = dataclasses.field(default_factory=dict)  # source -> outcome -> fetches

    @property
    def fetched(self) -> int:
        return sum(self.outcomes.values())

    @property
    def failed_sources(self) -> dict[str, dict[str, int]]:
        """The sources none of whose fetches was answered (200 or 304), with their outcomes."""
        return {name: outcomes for name, outcomes in self.by_source.items()
                if not any(outcomes.get(ok) for ok in ANSWERED)}


def describe_sources(failed: dict[str, dict[str, int]]) -> str:
    """'FDA (dns_error 3), Vendor (http_error 1, timeout 2)': a source and its outcomes."""
    return ", ".join(f"{name} (" + (", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "nothing fetched")
                     + ")" for name, outcomes in failed.items())


@dataclasses.dataclass
class CrawlPlan:
    """A crawl prepared: its run folder, and one job file per shard (each a Scrapy process of its own)."""

    run_id: str
    week: str
    run_dir: Path
    started: dt.datetime
    jobs: list[Path]


def crawl(config: Config, db_file: Path, as_of: dt.date | None = None, log=print,
          crawler_settings: dict | None = None) -> CrawlResult:
    """`crawler_settings`: Scrapy settings for this crawl on top of ours (tests use it to point the
    crawler at a local DNS server or to treat a local address as public); the command line never
    sets it."""
    with run_lock(db_file, log):
        plan = plan_crawl(config, Path(db_file), as_of, log, crawler_settings or {})
        for job in plan.jobs:
            crawl_shard(job, log)
        checkpoint("crawl.before_load")
        return load_crawl(config, Path(db_file), plan, log)


def plan_crawl(config: Config, db_file: Path, as_of: dt.date | None = None, log=print,
               crawler_settings: dict | None = None, shards: int = 1) -> CrawlPlan:
    """Open the warehouse briefly for what the crawlers need to know (validators, pages to revisit)
    and write a job file per shard of the sources (claimwatch.stages.crawl_shards)."""
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    clock = run_clock(as_of)
    week = iso_week(clock.date())
    run_id = clock.strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)
    run_dir = captures_dir(db_file) / run_id
    run_dir.mkdir(parents=True)

    with db.writer(db_file) as con:
        validators = {url: {"etag": etag, "last_modified": lm}
                      for url, etag, lm in con.execute(db.query("crawl_state")).fetchall()}
        revisit: dict[str, list[str]] = {}
        for source, url in con.execute(db.query("revisit")).fetchall():
            revisit.setdefault(source, []).append(url)
    (run_dir / "validators.json").write_text(json.dumps(validators))
    groups = shard_sources(config.sources, shards) if shards > 1 else [list(config.sources)]
    jobs = []
    for number, sources in enumerate(groups, 1):
        shard = f"s{number}" if len(groups) > 1 else None
        names = {s.name for s in sources}
        job = {
            "run_id": run_id,
            "run_dir": str(run_dir),
            "shard": shard,  # names its files: s1-feed.warc.gz, fetches-s1-feed.jsonl, crawl-s1.log
            "clock_offset_seconds": (clock - dt.datetime.now(dt.UTC).replace(tzinfo=None)).total_seconds(),
            "crawl": dataclasses.asdict(config.crawl),
            "sources": _sources_by_kind(sources),
            "revisit": {name: urls for name, urls in revisit.items() if name in names},
            "settings": crawler_settings or {},
            "crash_point": faults.armed(),  # tests only: None in every real run
        }
        jobs.append(run_dir / (f"job-{shard}.json" if shard else "job.json"))
        jobs[-1].write_text(json.dumps(job, indent=1))
    log(f"crawl {week}: {sum(len(s.urls) or 1 for s in config.sources)} start URLs from {len(config.sources)} sources"
        + (f" in {len(jobs)} shards" if len(jobs) > 1 else "") + f" (log: {run_dir / 'crawl.log'})")
    return CrawlPlan(run_id, week, run_dir, started, jobs)


def crawl_shard(job_file: Path, log=print) -> None:
    """Run one shard's crawler process. A shard run again (a retry) first drops what its last attempt
    left, so its captures are loaded once."""
    job_file = Path(job_file)
    shard = json.loads(job_file.read_text()).get("shard")
    if shard:
        for old in job_file.parent.glob(f"*{shard}-*"):
            if old.name.startswith((f"{shard}-", f"fetches-{shard}-")):
                old.unlink()
    _run_crawler(job_file, job_file.parent, log, shard)


def load_crawl(config: Config, db_file: Path, plan: CrawlPlan, log=print) -> CrawlResult:
    """Load every shard's fetch log in one transaction; loading a run again replaces it."""
    run_id, week, run_dir = plan.run_id, plan.week, plan.run_dir
    outcomes: dict[str, int] = {}
    by_source: dict[str, dict[str, int]] = {source.name: {} for source in config.sources}
    with db.writer(db_file) as con:
        con.execute("BEGIN")
        con.execute("DELETE FROM fetch_log WHERE run_id = ?", [run_id])  # re-loading a run replaces it
        for rows in _read_fetch_logs(run_dir, week):
            for row in rows:
                outcomes[row["outcome"]] = outcomes.get(row["outcome"], 0) + 1
                counts = by_source.setdefault(row["source"], {})
                counts[row["outcome"]] = counts.get(row["outcome"], 0) + 1
            db.append_rows(con, "fetch_log", rows)
        checkpoint("crawl.in_load")
        db.record_run(con, run_id, "crawl", week, plan.started, {"outcomes": outcomes})
        con.execute("COMMIT")
    result = CrawlResult(run_id, week, run_dir, outcomes, by_source)
    line = f"crawl {week}: {result.fetched} fetches: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
    failed = result.failed_sources
    if failed and len(failed) == len(by_source):
        log(line)
        raise CrawlFailed(f"crawl {week} failed: no source produced a successful fetch: {describe_sources(failed)}",
                          transient=any(k in PASSING for counts in failed.values() for k in counts))
    log(line + (f"; {len(failed)} of {len(by_source)} sources failed: {describe_sources(failed)}" if failed else ""))
    return result


def _sources_by_kind(sources) -> dict[str, list[dict]]:
    kinds: dict[str, list[dict]] = {}
    for source in sources:
        kinds.setdefault(source.kind, []).append(dataclasses.asdict(source))
    return kinds


def _run_crawler(job_file: Path, run_dir: Path, log, shard: str | None = None) -> None:
    """Start `python -m crawlers.job`, report progress from its growing fetch logs."""
    prefix = f"{shard}-" if shard else ""
    with open(run_dir / f"crawler{'-' + shard if shard else ''}.stderr", "wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "crawlers.job", str(job_file)],
                                stdout=subprocess.DEVNULL, stderr=stderr, preexec_fn=_die_with_parent)
        with progress("crawl: fetches", log=log) as update:
            while proc.poll() is None:
                time.sleep(0.25)
                update(sum(_count_lines(p) for p in run_dir.glob(f"fetches-{prefix}*.jsonl*")))
    if proc.returncode != 0:
        # never loaded; and a full disk wants the space back
        for part in run_dir.glob(f"*{prefix}*.part" if prefix else "*.part"):
            part.unlink(missing_ok=True)
    if proc.returncode == CAPTURE_FAILED:
        raise ClaimwatchError(f"the crawler could not write its captures in {run_dir}{_disk_note(run_dir)}; "
                              "nothing of this crawl was loaded")
    if proc.returncode != 0:  # killed (out of memory, a restart) or crashed: another go may succeed
        raise CrawlFailed(f"the crawler process failed (exit {proc.returncode}){_disk_note(run_dir)}; "
                          f"see {run_dir / (f'crawl-{shard}.log' if shard else 'crawl.log')} and {stderr.name}",
                          transient=True)


def _disk_note(folder: Path) -> str:
    import shutil

    free = shutil.disk_usage(folder).free
    return f" (the disk is full: {free // 1024} KB free)" if free < 1024 * 1024 else ""


def _die_with_parent() -> None:
    """Linux: the crawler gets SIGKILL if this process dies, so a killed run leaves no orphan crawling."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return sum(1 for _ in f)
    except FileNotFoundError:  # a finished log renamed from .part since the glob: counted next time
        return 0


def _read_fetch_logs(run_dir: Path, week: str, chunk: int = 10_000):
    """The crawl's fetch rows, in lists of at most `chunk` (a big crawl is not held whole)."""
    rows = []
    for path in sorted(run_dir.glob("fetches-*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                row["fetched_at"] = dt.datetime.fromisoformat(row["fetched_at"])
                row["week"] = week
                if row.get("warc_file"):
                    row["warc_file"] = f"{run_dir.name}/{row['warc_file']}"
                rows.append(row)
                if len(rows) >= chunk:
                    yield rows
                    rows = []
    if rows:
        yield rows
