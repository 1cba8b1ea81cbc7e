"""Item pipeline: hands each fetch to the CaptureWriter (WARC + fetch log)."""

import datetime as dt
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import deferred_from_coro

from claimwatch.core.faults import checkpoint
from crawlers.capture import CaptureWriter


class CapturePipeline:
    def __init__(self, crawler: Crawler, run_dir: Path, run_id: str, clock_offset_seconds: float, prefix: str = ""):
        self.crawler = crawler
        self.prefix = prefix  # a crawl's shard: its files (and fetch ids) are told apart from the other shards'
        self.run_dir = run_dir
        self.run_id = run_id
        self.clock_offset = dt.timedelta(seconds=clock_offset_seconds)
        self.writer: CaptureWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        """From a crawl job, its run folder; from `scrapy crawl`, a new folder under scrapy-captures/."""
        s = crawler.settings
        run_id = s.get("CLAIMWATCH_RUN_ID") or dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        run_dir = Path(s.get("CLAIMWATCH_RUN_DIR") or Path("scrapy-captures") / run_id)
        if not run_dir.is_dir():  # a crawl job's folder exists; `scrapy crawl` may name a new one
            run_dir.mkdir(parents=True)
        return cls(crawler, run_dir, run_id, s.getfloat("CLAIMWATCH_CLOCK_OFFSET"), s.get("CLAIMWATCH_CAPTURE_PREFIX", ""))

    def open_spider(self):
        assert self.crawler.spider is not None
        self.writer = CaptureWriter(self.run_dir, self.prefix + self.crawler.spider.name, self.run_id, self.clock_offset)

    def close_spider(self):
        assert self.writer is not None
        try:
            self.writer.close()
        except OSError as exc:
            self._failed(exc)

    def process_item(self, item):
        assert self.writer is not None and self.crawler.stats is not None
        if self.crawler.stats.get_value("claimwatch/capture_error"):
            return None  # the crawl is stopping: nothing more can be stored
        fetch = {k: item.get(k) for k in item.fields if k not in ("body", "headers")}
        try:
            self.writer.record(fetch, body=item.get("body"), headers=item.get("headers"))
        except OSError as exc:
            self._failed(exc)
            return None
        checkpoint(f"crawler.item{self.writer.records}")
        self.crawler.stats.inc_value(f"claimwatch/outcome/{fetch['outcome']}")
        return None  # the body is stored; nothing to pass on

    def _failed(self, exc: OSError) -> None:
        """Stop the crawl: a capture that cannot be written makes the run fail, not shrink quietly."""
        stats, engine = self.crawler.stats, self.crawler.engine
        assert stats is not None and engine is not None
        if not stats.get_value("claimwatch/capture_error"):
            stats.set_value("claimwatch/capture_error", f"{exc.strerror or exc}: {exc.filename}")
            call_later(0, lambda: deferred_from_coro(engine.close_spider_async(reason="capture_failed")))
