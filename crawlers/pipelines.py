"""Item pipeline: hands each fetch to the CaptureWriter (WARC + fetch log)."""

import datetime as dt

from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import deferred_from_coro

from claimwatch.core.faults import checkpoint
from crawlers.capture import CaptureWriter


class CapturePipeline:
    def __init__(self, run_dir: str, run_id: str, clock_offset_seconds: float):
        self.run_dir = run_dir
        self.run_id = run_id
        self.clock_offset = dt.timedelta(seconds=clock_offset_seconds)
        self.writer = None
        self.crawler = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        pipeline = cls(s.get("CLAIMWATCH_RUN_DIR"), s.get("CLAIMWATCH_RUN_ID"), s.getfloat("CLAIMWATCH_CLOCK_OFFSET"))
        pipeline.crawler = crawler
        return pipeline

    def open_spider(self):
        self.writer = CaptureWriter(self.run_dir, self.crawler.spider.name, self.run_id, self.clock_offset)

    def close_spider(self):
        try:
            self.writer.close()
        except OSError as exc:
            self._failed(exc)

    def process_item(self, item):
        if self.crawler.stats.get_value("claimwatch/capture_error"):
            return None  # the crawl is stopping: nothing more can be stored
        fetch = {k: item.get(k) for k in item.fields if k not in ("body", "headers")}
        try:
            self.writer.record(fetch, body=item.get("body"), headers=item.get("headers"))
        except OSError as exc:
            self._failed(exc)
            return None
        checkpoint(f"crawler.item{self.writer._seq}")
        self.crawler.stats.inc_value(f"claimwatch/outcome/{fetch['outcome']}")
        return None  # the body is stored; nothing to pass on

    def _failed(self, exc: OSError) -> None:
        """Stop the crawl: a capture that cannot be written makes the run fail, not shrink quietly."""
        if not self.crawler.stats.get_value("claimwatch/capture_error"):
            self.crawler.stats.set_value("claimwatch/capture_error", f"{exc.strerror or exc}: {exc.filename}")
            call_later(0, lambda: deferred_from_coro(self.crawler.engine.close_spider_async(reason="capture_failed")))
