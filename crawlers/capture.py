"""Writing captures: every response into a WARC file, every attempt into a fetch log (JSON lines).

Files are written under a temporary name and renamed when complete, so a killed crawl never
leaves a half-written capture that looks finished.
"""

import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# The crawler process exits with this status when it could not write its captures (a full disk, a
# folder gone read-only): claimwatch.stages.crawl then says so, and loads nothing of the run.
CAPTURE_FAILED = 75

# Scrapy hands us decoded bodies; headers describing the transfer encoding no longer apply.
_DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


class CaptureWriter:
    def __init__(self, run_dir: Path, name: str, run_id: str, clock_offset: dt.timedelta):
        self.run_dir = Path(run_dir)
        self.run_id = run_id
        self.name = name
        self.clock_offset = clock_offset
        self.warc_name = f"{name}.warc.gz"
        self._warc_tmp = self.run_dir / f"{self.warc_name}.part"
        self._log_tmp = self.run_dir / f"fetches-{name}.jsonl.part"
        self._warc_file = open(self._warc_tmp, "wb")
        self._warc = WARCWriter(self._warc_file, gzip=True)
        self._log = open(self._log_tmp, "w", encoding="utf-8")
        self.records = 0

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None) + self.clock_offset

    def record(self, fetch: dict, body: bytes | None = None, headers: list[tuple[str, str]] | None = None,
               protocol_status: str | None = None) -> dict:
        """Store one attempt (and its body, if any). Returns the fetch row."""
        self.records += 1
        row = dict(fetch)
        row["fetch_id"] = f"{self.run_id}-{self.name}-{self.records:06d}"
        row["run_id"] = self.run_id
        row["fetched_at"] = self.now().isoformat(timespec="microseconds")
        if row.get("metadata") is not None:
            row["metadata"] = json.dumps(row["metadata"])
        if body is not None:
            row["bytes"] = len(body)
            row["body_hash"] = hashlib.sha256(body).hexdigest()
            row["warc_file"] = self.warc_name
            row["warc_offset"] = self._write_warc(row["final_url"] or row["url"], body, headers or [],
                                                  protocol_status or f"{row['status']} OK")
        self._log.write(json.dumps(row) + "\n")
        return row

    def _write_warc(self, url: str, body: bytes, headers: list[tuple[str, str]], status_line: str) -> int:
        kept = [(k, v) for k, v in headers if k.lower() not in _DROPPED_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(status_line, kept, protocol="HTTP/1.1")
        record = self._warc.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               http_headers=http_headers)
        offset = self._warc_file.tell()
        self._warc.write_record(record)
        return offset

    def close(self) -> None:
        self._warc_file.close()
        self._log.close()
        self._warc_tmp.rename(self.run_dir / self.warc_name)
        self._log_tmp.rename(self.run_dir / f"fetches-{self.name}.jsonl")


def read_capture(captures_dir: Path | str, warc_file: str, offset: int) -> tuple[bytes, str | None]:
    """(body, content-type header) of the WARC record at `offset`. `captures_dir` is a folder, or an
    fsspec URL of one (s3://bucket/captures, file:///shared/captures) for workers on other machines."""
    from warcio.archiveiterator import ArchiveIterator

    location = str(captures_dir)
    if "://" in location:
        import fsspec

        opened = fsspec.open(f"{location.rstrip('/')}/{warc_file}", "rb")
    else:
        opened = open(Path(location) / warc_file, "rb")
    with opened as f:
        f.seek(offset)
        record = next(iter(ArchiveIterator(f)))
        body = record.content_stream().read()
        content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
    return body, content_type


@dataclass
class StoredResponse:
    """A WARC response record as stored: its HTTP status line and headers, and up to `max_bytes` of its body."""

    status_line: str
    headers: list[tuple[str, str]]
    body: bytes
    truncated: bool  # the body is longer than what was read


def read_response(captures_dir: Path, warc_file: str, offset: int, max_bytes: int,
                  max_headers: int = 200) -> StoredResponse:
    """The record at `offset`, read within bounds (captures are what hostile servers sent). The file
    must lie inside `captures_dir`; ValueError otherwise, or when there is no response record there."""
    from warcio.archiveiterator import ArchiveIterator

    root = Path(captures_dir).resolve()
    path = (root / warc_file).resolve()
    if root not in path.parents:
        raise ValueError(f"capture file {warc_file!r} is outside the captures folder")
    with open(path, "rb") as f:
        f.seek(offset)
        record = next(iter(ArchiveIterator(f)), None)
        if record is None or record.rec_type != "response":
            raise ValueError(f"no response record at {warc_file}:{offset}")
        body = record.content_stream().read(max_bytes + 1)
        http = record.http_headers
        status_line = http.statusline[:200] if http else ""
        headers = [(k[:200], v[:2000]) for k, v in (http.headers if http else [])[:max_headers]]
    return StoredResponse(status_line, headers, body[:max_bytes], len(body) > max_bytes)
