"""The process stage on Dask: a LocalCluster of two worker processes, and a scheduler and workers
started as separate processes (`dask scheduler`, `dask worker`), also with a worker killed mid-batch.

Each run starts from a copy of the same warehouse (two demo weeks crawled, nothing processed) and
must leave it identical to a run on this machine alone: every column of the versions, claims,
documents (with their clusters) and claim_changes views, and every extraction's outcome. What may
differ, and is left out: when a row was processed (extractions, claim_extractions) and the runs
table (run ids and times)."""

import datetime as dt
import os
import signal
import threading
import time

import duckdb
import pytest

from claimwatch.core.config import load_config
from claimwatch.demo.runner import SOURCES_TEMPLATE
from claimwatch.demo.web_server import DemoWeb
from claimwatch.stages.crawl import crawl
from claimwatch.stages.process import process
from tests.helpers import claimwatch, copy_warehouse
from tests.helpers.dask_cluster import dask_cluster

WEEKS = {"2026-W46", "2026-W47"}
COMPARED = {
    "versions": "SELECT * FROM versions ORDER BY version_id",
    "claims": "SELECT * FROM claims ORDER BY claim_id",
    "documents": "SELECT * FROM documents ORDER BY url",
    "claim_changes": "SELECT * FROM claim_changes ORDER BY ALL",
    "extractions": "SELECT fetch_id, url, outcome, version_id, error FROM extractions ORDER BY fetch_id",
    "claim_extractions": "SELECT version_id, claims, rules FROM claim_extractions ORDER BY version_id",
}


def state(db_file) -> dict:
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in COMPARED.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A warehouse with both demo weeks crawled and not processed, and its sources file."""
    tmp = tmp_path_factory.mktemp("dask")
    with DemoWeb() as web:
        sources = tmp / "sources.toml"
        sources.write_text(SOURCES_TEMPLATE.read_text().replace("{{BASE}}", web.base))
        for number, as_of in sorted(web.week_dates.items()):
            web.set_week(number)
            crawl(load_config(sources), tmp / "base" / "w.duckdb", as_of, log=lambda m: None)
    return sources, tmp / "base" / "w.duckdb"


@pytest.fixture(scope="module")
def reference(crawled, tmp_path_factory):
    sources, db_file = crawled
    copy = copy_warehouse(db_file, tmp_path_factory.mktemp("local") / "w")
    process(load_config(sources), copy, weeks=WEEKS, log=lambda m: None)
    expected = state(copy)
    assert len(expected["versions"]) >= 20 and len(expected["claim_changes"]) >= 5  # a world worth comparing
    return expected


def test_local_cluster_of_two_processes_gives_the_same_warehouse(crawled, reference, tmp_path):
    from distributed import LocalCluster

    sources, db_file = crawled
    copy = copy_warehouse(db_file, tmp_path / "w")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      host="127.0.0.1") as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        # the workers read the captures through fsspec, as they would from s3://
        result = process(load_config(sources), copy, weeks=WEEKS, log=lambda m: None, executor=address,
                         captures=copy.with_name("w-captures").resolve().as_uri())
    assert result.versions == len(reference["versions"])
    assert state(copy) == reference


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with dask_cluster(2, tmp_path_factory.mktemp("dask-logs")) as address:
        yield address


def test_separate_scheduler_and_workers_give_the_same_warehouse(crawled, reference, cluster, tmp_path):
    sources, db_file = crawled
    copy = copy_warehouse(db_file, tmp_path / "w")
    run = claimwatch("process", "--executor", cluster, "--sources", str(sources), "--db", str(copy),
                     "--as-of", "2026-11-17")
    assert run.returncode == 0, run.stderr
    assert "24 new versions" in run.stdout
    assert state(copy) == reference


def test_a_worker_killed_mid_batch_loses_nothing(crawled, reference, cluster, tmp_path):
    from distributed import Client

    sources, db_file = crawled
    copy = copy_warehouse(db_file, tmp_path / "w")
    outcome: dict = {}

    def run():
        try:  # each page waits 0.2 s first (a test hook), so chunks are in flight for seconds
            outcome["result"] = process(load_config(sources), copy, weeks=WEEKS, log=lambda m: None,
                                        executor=cluster, page_delay=0.2)
        except BaseException as exc:
            outcome["error"] = exc

    with Client(cluster.replace("dask://", "tcp://"), set_as_default=False) as client:
        before = set(client.nthreads())
        driver = threading.Thread(target=run)
        driver.start()
        deadline = time.monotonic() + 60
        while not any(client.processing().values()):
            assert time.monotonic() < deadline and driver.is_alive(), "no task ever started"
            time.sleep(0.05)
        busy = next(address for address, tasks in client.processing().items() if tasks)
        pid = client.run(os.getpid, workers=[busy])[busy]
        time.sleep(0.5)  # well into its chunk: 20 pages of at least 0.2 s each
        assert busy in client.processing() and client.processing()[busy], "the chunk finished before the kill"
        os.kill(pid, signal.SIGKILL)
        driver.join(timeout=120)
        assert not driver.is_alive()
        assert busy not in client.nthreads() and before - set(client.nthreads()) == {busy}
    assert "error" not in outcome, outcome.get("error")
    assert state(copy) == reference


def test_unreachable_or_malformed_executor_is_one_line(crawled, tmp_path):
    sources, db_file = crawled
    copy = copy_warehouse(db_file, tmp_path / "w")
    bad = claimwatch("process", "--executor", "dask://127.0.0.1", "--sources", str(sources), "--db", str(copy))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "dask://HOST:PORT" in bad.stderr, bad.stderr
    from tests.helpers.smtp import free_port

    started = dt.datetime.now()
    gone = claimwatch("process", "--executor", f"dask://127.0.0.1:{free_port()}", "--sources", str(sources),
                      "--db", str(copy))
    assert gone.returncode == 1 and gone.stderr.count("\n") == 1, gone.stderr
    assert "cannot reach the Dask cluster" in gone.stderr and "Traceback" not in gone.stderr
    assert (dt.datetime.now() - started).total_seconds() < 60
    assert state(copy)["extractions"] == []  # nothing was processed
