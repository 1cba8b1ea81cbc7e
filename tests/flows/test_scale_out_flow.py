"""The daily flow spread out, run in this process against the session's Prefect server: the crawl in
two shards (each a task running its own Scrapy process), the pages analysed on a Dask LocalCluster of
two worker processes; the warehouse ends up as a plain crawl and process leave it."""

import duckdb

from claimwatch.core.config import load_config
from claimwatch.demo.web_server import DemoWeb
from claimwatch.stages.crawl import crawl
from claimwatch.stages.process import process
from tests.flows.test_flows import _api
from tests.stages.test_crawl_shards import two_host_sources

STATE = {
    "fetches": "SELECT url, role, status, outcome, body_hash FROM fetch_log ORDER BY ALL",
    "versions": "SELECT url, week, content_hash, title, text FROM versions ORDER BY ALL",
    "claims": "SELECT url, week, category, text FROM claims ORDER BY ALL",
    "documents": "SELECT url, kind, title FROM documents ORDER BY ALL",
    # which documents are one story; a cluster is named after its first-fetched member, and shards
    # crawled at the same time fetch the sites in another order
    "clusters": "SELECT list(url ORDER BY url) FROM documents GROUP BY cluster_id ORDER BY 1",
}


def state(db_file) -> dict:
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in STATE.items()}
    finally:
        con.close()


def task_names(flow_state) -> list[str]:
    """The names of a flow run's task runs (one each, none retried), sorted."""
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    runs = _api(lambda client: client.read_task_runs(flow_run_filter=FlowRunFilter(
        id=FlowRunFilterId(any_=[flow_state.state_details.flow_run_id]))))
    assert all(run.run_count == 1 for run in runs)
    return sorted(run.name.rsplit("-", 1)[0] for run in runs)


def test_sharded_crawl_and_dask_executor_in_the_daily_flow(prefect_client, tmp_path):
    from distributed import LocalCluster

    from flows import stage_tasks
    from flows.crawl_process_flow import crawl_process_flow

    for task in (stage_tasks.plan_crawl_task, stage_tasks.crawl_shard_task, stage_tasks.load_crawl_task):
        assert task.retries == 2 and task.retry_condition_fn is stage_tasks.retry_if_transient, task.name
    with DemoWeb() as web:
        sources = two_host_sources(web, tmp_path)
        plain = tmp_path / "plain" / "w.duckdb"
        config = load_config(sources)
        crawl(config, plain, web.week_dates[1], log=lambda m: None)
        process(config, plain, log=lambda m: None)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                          host="127.0.0.1") as cluster:
            db_file = tmp_path / "flow" / "w.duckdb"
            run = crawl_process_flow(sources=str(sources), db=str(db_file), as_of=str(web.week_dates[1]),
                                     crawl_shards=3, executor=cluster.scheduler_address.replace("tcp://", "dask://"),
                                     return_state=True)
    assert run.is_completed(), run.message
    assert task_names(run) == ["crawl-shard", "crawl-shard", "load-crawl", "plan-crawl", "process", "publish-summary",
                               "send-alerts"]
    assert run.result()["process"]["versions"] == 14
    assert state(db_file) == state(plain)


def test_a_bad_executor_parameter_fails_before_any_work(prefect_client, tmp_path):
    from flows.crawl_process_flow import crawl_process_flow

    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "A"\nkind = "page"\nurls = ["https://a.example/"]\n')
    run = crawl_process_flow(sources=str(sources), db=str(tmp_path / "w.duckdb"), executor="dask://nowhere",
                             return_state=True)
    assert run.is_failed()
    assert "the `executor` parameter or CLAIMWATCH_EXECUTOR: 'dask://nowhere': expected `local` or dask://HOST:PORT" \
        in run.message
    assert not (tmp_path / "w-captures").exists()


def test_a_bad_shard_placement_fails_before_any_work(prefect_client, tmp_path):
    from flows.crawl_process_flow import crawl_process_flow

    run = crawl_process_flow(sources=str(tmp_path / "missing.toml"), db=str(tmp_path / "w.duckdb"), crawl_shards=2,
                             shard_placement="cluster", return_state=True)
    assert run.is_failed()
    assert "the `shard_placement` parameter: 'cluster': expected `local` or `pool`" in run.message
    assert not (tmp_path / "w-captures").exists()
