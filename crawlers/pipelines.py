"""Item pipeline: hands each fetch to the CaptureWriter (WARC + fetch log)."""

import datetime as dt

from claimwatch.faults import checkpoint
from crawlers.capture import CaptureWriter


class CapturePipeline:
    def __init__(self, run_dir: str, run_id: str, clock_offset_seconds: float):
        self.run_dir = run_dir
        self.run_id = run_id
        self.clock_offset = dt.timedelta(seconds=clock_offset_seconds)
        self.writer = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s.get("CLAIMWATCH_RUN_DIR"), s.get("CLAIMWATCH_RUN_ID"), s.getfloat("CLAIMWATCH_CLOCK_OFFSET"))

    def open_spider(self, spider):
        self.writer = CaptureWriter(self.run_dir, spider.name, self.run_id, self.clock_offset)

    def close_spider(self, spider):
        self.writer.close()

    def process_item(self, item, spider):
        fetch = {k: item.get(k) for k in item.fields if k not in ("body", "headers")}
        self.writer.record(fetch, body=item.get("body"), headers=item.get("headers"))
        checkpoint(f"crawler.item{self.writer._seq}")
        spider.crawler.stats.inc_value(f"claimwatch/outcome/{fetch['outcome']}")
        return None  # the body is stored; nothing to pass on
