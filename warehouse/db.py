"""Opening the DuckDB warehouse: migrations, views, batched writes, a bounded wait when busy.

DuckDB lets one process hold the file for writing and then refuses every other open, even
read-only ones. So writers open, write one batch and close; readers retry for a bounded time.
"""

import contextlib
import hashlib
import re
import sys
import time
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from claimwatch.core.errors import ClaimwatchError, WarehouseBusy, WarehouseError, WarehouseMissing
from claimwatch.core.paths import make_folder

WRITER_MEMORY = "192MB"
ALLOCATOR_FLUSH = "8MB"
ROW_GROUP_SIZE = 4096
_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w]+\.sql$")


def query(name: str) -> str:
    """The text of warehouse/queries/<name>.sql."""
    return resources.files("warehouse").joinpath("queries", f"{name}.sql").read_text()


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("warehouse").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m[1]), entry.name, entry.read_text()))
    return sorted(found)


def _views() -> list[str]:
    folder = resources.files("warehouse").joinpath("views")
    # documents reads document_clusters etc.; order does not matter for views over tables only
    return [e.read_text() for e in sorted(folder.iterdir(), key=lambda e: e.name) if e.name.endswith(".sql")]


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    # Writers attach the file with small row groups. DuckDB puts each batch appended after a
    # checkpoint into a row group of its own and, at later checkpoints, merges them up to the row
    # group size, holding what it merges in memory: with the default (122,880 rows of page text)
    # the stage's memory grew with the corpus (README, "Memory"; benchmarks/process_throughput.py).
    con = duckdb.connect()
    try:
        name = path.stem.replace('"', '""')
        con.execute(f"""ATTACH '{str(path).replace("'", "''")}' AS "{name}" (ROW_GROUP_SIZE {ROW_GROUP_SIZE})""")
        con.execute(f'USE "{name}"')
    except Exception:
        con.close()
        raise
    return con


def _open(path: Path, read_only: bool, wait_seconds: float, quiet: bool) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            return _connect(path, read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                raise WarehouseError(f"cannot open warehouse {path}: {_first_line(exc)}") from None
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"warehouse {path} is busy: another claimwatch process is writing to it; "
                    f"gave up after {wait_seconds:.0f} s, try again shortly"
                ) from None
            if not told and not quiet:
                print(f"warehouse {path} is busy (a run is writing); retrying for up to {wait_seconds:.0f} s ...",
                      file=sys.stderr)
                told = True
            time.sleep(0.2)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations, each in one transaction with the row recording it; refresh views."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    con.execute("CREATE TABLE IF NOT EXISTS warehouse_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    done = {v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()}
    known = _migrations()
    newest_known = known[-1][0] if known else 0
    if done and max(done) > newest_known:
        raise WarehouseError(
            f"warehouse schema version {max(done)} is newer than this claimwatch knows ({newest_known}); "
            "upgrade claimwatch; the warehouse was not changed"
        )
    applied = []
    for version, name, sql in known:
        if version in done:
            continue
        con.execute("BEGIN")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    views = _views()
    digest = hashlib.sha256("\n".join(views).encode()).hexdigest()
    current = next(iter(con.execute("SELECT value FROM warehouse_meta WHERE key = 'views'").fetchall()), None)
    if applied or not current or current[0] != digest:
        con.execute("BEGIN")
        for sql in views:
            con.execute(sql)
        con.execute("INSERT OR REPLACE INTO warehouse_meta VALUES ('views', ?)", [digest])
        con.execute("COMMIT")
    return applied


@contextlib.contextmanager
def writer(path: Path, wait_seconds: float = 120.0):
    """A short-lived read-write connection with the schema up to date. Keep the block short."""
    path = Path(path)
    make_folder(path.parent, "the warehouse folder")
    con = _open(path, read_only=False, wait_seconds=wait_seconds, quiet=False)
    try:
        # ZSTD instead of DICT_FSST: checkpoints of long texts were ~9x faster (README, "Memory")
        con.execute("SET disabled_compression_methods='dict_fsst'")
        # the pipeline's big sorts (duplicate buckets) spill to disk instead of growing with the corpus
        con.execute(f"SET memory_limit='{WRITER_MEMORY}'")
        con.execute("SET preserve_insertion_order=false")  # lets big scans stream; queries ORDER BY when it matters
        # DuckDB's allocator (jemalloc) keeps what a closed database freed until later allocations
        # reuse it; writers attach and detach once a batch, and the stage's memory crept up with
        # the corpus. These purge freed memory in the background and after every sizeable task.
        con.execute("SET allocator_background_threads=true")
        con.execute(f"SET allocator_flush_threshold='{ALLOCATOR_FLUSH}'")
        migrate(con)
        yield con
    except (duckdb.IOException, duckdb.FatalException, duckdb.TransactionException) as exc:
        # a full disk or a file gone read-only (DuckDB reports a WAL it cannot write as a failed commit)
        raise ClaimwatchError(f"writing to warehouse {path} failed: {_first_line(exc)}") from None
    finally:
        con.close()


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def require(path: Path) -> Path:
    """The path of an existing warehouse, or WarehouseMissing (reading must not create an empty one)."""
    path = Path(path)
    if not path.is_file():
        raise WarehouseMissing(f"no warehouse at {path}")
    return path


@contextlib.contextmanager
def reader(path: Path, wait_seconds: float = 30.0, quiet: bool = False):
    """A read-only connection; waits a bounded time while a writer holds the file."""
    path = require(path)
    con = _open(path, read_only=True, wait_seconds=wait_seconds, quiet=quiet)
    try:
        yield con
    finally:
        con.close()


# For analysts' queries (`claimwatch sql`): the warehouse and nothing else. No files read or written,
# no network, no extensions installed or loaded, and a configuration the query cannot change back.
_ANALYST_LOCKDOWN = (
    "SET enable_external_access = false",
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    "SET allow_community_extensions = false",
    "SET lock_configuration = true",
)


@contextlib.contextmanager
def analyst_reader(path: Path, wait_seconds: float = 30.0, quiet: bool = False):
    """A read-only connection that reads the warehouse and nothing else."""
    with reader(path, wait_seconds, quiet=quiet) as con:
        for statement in _ANALYST_LOCKDOWN:
            con.execute(statement)
        yield con


@contextlib.contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, pa.Array | list]):
    """An Arrow table of these columns, visible to SQL as `name` for the block."""
    con.register(name, pa.table(columns))
    try:
        yield
    except BaseException:
        with contextlib.suppress(duckdb.Error):  # an aborted transaction refuses this; its error is the one to tell
            con.unregister(name)
        raise
    con.unregister(name)


def append_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> int:
    """Insert many rows at once through Arrow (row-by-row inserts are 100x slower in DuckDB); the
    rows' keys are column names, and columns that no row names take their defaults."""
    if not rows:
        return 0
    names = dict.fromkeys(key for row in rows for key in row)
    with registered(con, "_batch", {c: [r.get(c) for r in rows] for c in names}):
        # BY NAME: asking information_schema for the table's columns cost 12 ms a call
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
    return len(rows)


def dicts(cursor) -> list[dict]:
    """The rows of an executed query as dicts keyed by column name."""
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def record_run(con, run_id: str, command: str, week: str | None, started_at, summary: dict) -> None:
    """One row per finished stage run, for `claimwatch status` (call inside the stage's last transaction)."""
    import datetime as dt
    import json

    con.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?)",
                [run_id, command, week, started_at, dt.datetime.now(dt.UTC).replace(tzinfo=None),
                 json.dumps(summary)])
