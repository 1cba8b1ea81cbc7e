"""The command line as users run it: real processes, one-line errors, exit status 2."""

import json
import subprocess
import sys

import duckdb
import pytest

from tests.helpers import assert_one_line_error, claimwatch, write_sources


def test_missing_sources_file(tmp_path):
    result = claimwatch("run", "--sources", str(tmp_path / "nope.toml"), "--db", str(tmp_path / "w.duckdb"))
    assert_one_line_error(result, "sources file not found", "nope.toml")
    assert not (tmp_path / "w.duckdb").exists()


def test_sources_from_environment(tmp_path):
    result = claimwatch("crawl", env={"CLAIMWATCH_SOURCES": str(tmp_path / "env.toml"),
                                      "CLAIMWATCH_DB": str(tmp_path / "w.duckdb")})
    assert_one_line_error(result, "env.toml")


def test_unknown_source_kind(tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text('[[source]]\nname = "x"\nkind = "rss"\nurl = "https://example.org/feed"\n')
    result = claimwatch("run", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb"))
    assert_one_line_error(result, f"{sources}:3:", "unknown source kind 'rss'")


def test_invalid_toml(tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text('[[source]\nname = "x"\n')
    assert_one_line_error(claimwatch("process", "--sources", str(sources)), "invalid TOML")


@pytest.mark.parametrize("args, fragment", [
    (["run", "--as-of", "2026-02-30"], "invalid date '2026-02-30'"),
    (["digest", "--week", "2026-47"], "invalid week '2026-47'"),
    (["sql", "SELECT 1", "--format", "xml"], "invalid choice: 'xml'"),
    (["run", "--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["launch"], "invalid choice: 'launch'"),
])
def test_bad_options(tmp_path, args, fragment):
    assert_one_line_error(claimwatch(*args, cwd=tmp_path), fragment)


def test_sql_without_warehouse(tmp_path):
    assert_one_line_error(claimwatch("sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")), "no warehouse at")


@pytest.fixture
def small_warehouse(tmp_path):
    from warehouse import db

    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO digest_log (week, created_at, subject) VALUES "
                    "('2026-W46', '2026-11-16 07:00', 'first'), ('2026-W47', '2026-11-23 07:00', 'second, with comma')")
    return path


def test_sql_formats(small_warehouse):
    query = "SELECT week, subject FROM digests ORDER BY week"
    table = claimwatch("sql", query, "--db", str(small_warehouse))
    assert table.returncode == 0 and "2026-W47  second, with comma" in table.stdout and "(2 rows)" in table.stdout
    csv_out = claimwatch("sql", query, "--db", str(small_warehouse), "--format", "csv").stdout
    assert csv_out.splitlines() == ["week,subject", "2026-W46,first", '2026-W47,"second, with comma"']
    data = json.loads(claimwatch("sql", query, "--db", str(small_warehouse), "--format", "json").stdout)
    assert data == [{"week": "2026-W46", "subject": "first"}, {"week": "2026-W47", "subject": "second, with comma"}]


def test_sql_is_read_only(small_warehouse):
    result = claimwatch("sql", "DELETE FROM digest_log", "--db", str(small_warehouse))
    assert_one_line_error(result, "query failed", "read-only")
    con = duckdb.connect(str(small_warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM digests").fetchone()[0] == 2


def test_sql_bad_query_is_one_line(small_warehouse):
    assert_one_line_error(claimwatch("sql", "SELEC nonsense", "--db", str(small_warehouse)), "query failed")


def test_sql_waits_then_says_busy(small_warehouse):
    holder = subprocess.Popen([sys.executable, "-c",
                               f"import duckdb,sys,time; c=duckdb.connect({str(small_warehouse)!r}); "
                               "print('locked', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = claimwatch("sql", "SELECT 1", "--db", str(small_warehouse), "--wait", "1")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 3
    assert "retrying for up to 1 s" in result.stderr and "is busy" in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr


def test_demo_refuses_to_replace_a_real_warehouse(small_warehouse, tmp_path):
    result = claimwatch("demo", "--db", str(small_warehouse), "--out", str(tmp_path / "out"))
    assert_one_line_error(result, "is not a demo warehouse")
    assert small_warehouse.exists()


def test_digest_send_failure_is_one_line_and_keeps_files(small_warehouse, tmp_path):
    env = {"CLAIMWATCH_SMTP_HOST": "127.0.0.1", "CLAIMWATCH_SMTP_PORT": "9", "CLAIMWATCH_SMTP_SECURITY": "none",
           "CLAIMWATCH_SMTP_TO": "a@example.org", "CLAIMWATCH_SMTP_PASSWORD": "s3cret"}
    result = claimwatch("digest", "--week", "2026-W47", "--send", "--db", str(small_warehouse),
                        "--out", str(tmp_path / "out"), env=env)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "sending the 2026-W47 digest failed" in result.stderr
    assert "s3cret" not in result.stderr + result.stdout
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "claimwatch-2026-W47.eml", "claimwatch-2026-W47.html", "claimwatch-2026-W47.txt"]


def test_digest_render(small_warehouse, tmp_path):
    result = claimwatch("digest", "--week", "2026-W47", "--db", str(small_warehouse), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "2026-W47: 0 claim changes, 0 new notices" in result.stdout


@pytest.mark.parametrize("query", [
    "COPY (SELECT 1) TO '{out}'",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')",
    "INSTALL httpfs",
    "LOAD httpfs",
    "ATTACH '{out}' AS other",
    "EXPORT DATABASE '{out_dir}'",
    "SET enable_external_access = true",
    "SELECT 1; SET lock_configuration = false; COPY (SELECT 1) TO '{out}'",
])
def test_sql_reads_the_warehouse_and_nothing_else(small_warehouse, tmp_path, query):
    out, out_dir = tmp_path / "leak.csv", tmp_path / "leak"
    result = claimwatch("sql", query.format(out=out, out_dir=out_dir), "--db", str(small_warehouse))
    assert_one_line_error(result, "query failed")
    assert not out.exists() and not out_dir.exists()


@pytest.mark.parametrize("query", ["", "   ", "\n"])
def test_empty_sql_is_one_line(small_warehouse, query):
    assert_one_line_error(claimwatch("sql", query, "--db", str(small_warehouse)), "empty SQL")


def test_sql_with_only_a_comment_prints_nothing(small_warehouse):
    result = claimwatch("sql", "-- nothing here", "--db", str(small_warehouse))
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""


@pytest.mark.parametrize("args, fragment", [
    (["status", "--runs", "-1"], "--runs: expected a whole number of at least 1, not '-1'"),
    (["status", "--runs", "0"], "--runs: expected a whole number"),
    (["sql", "SELECT 1", "--wait", "nan"], "--wait: expected seconds from 0 to 86400, not 'nan'"),
    (["export", "--parquet", "x", "--wait", "-3"], "--wait: expected seconds"),
])
def test_bad_numbers_are_one_line(small_warehouse, args, fragment):
    assert_one_line_error(claimwatch(*args, "--db", str(small_warehouse)), fragment)


def test_export_to_a_path_with_a_quote(small_warehouse, tmp_path):
    out = tmp_path / "it's here"
    result = claimwatch("export", "--parquet", str(out), "--db", str(small_warehouse))
    assert result.returncode == 0, result.stderr
    assert (out / "digests.parquet").is_file()
    rows = duckdb.sql(f"SELECT count(*) FROM '{str(out / 'digests.parquet').replace(chr(39), chr(39) * 2)}'").fetchall()
    assert rows == [(2,)]


@pytest.mark.parametrize("command", [
    ["export", "--parquet", "{file}"],
    ["digest", "--week", "2026-W47", "--out", "{file}"],
    ["demo", "--out", "{file}", "--db", "{tmp}/demo.duckdb"],
])
def test_an_output_folder_that_is_a_file(small_warehouse, tmp_path, command):
    file = tmp_path / "a-file"
    file.write_text("keep me")
    args = [a.format(file=file, tmp=tmp_path) for a in command]
    if "--db" not in args:
        args += ["--db", str(small_warehouse)]
    assert_one_line_error(claimwatch(*args), f"{file} is a file, not a folder")
    assert file.read_text() == "keep me"


# `process` needs an existing warehouse: test_commands_that_read_need_an_existing_warehouse
@pytest.mark.parametrize("command", ["run", "crawl"])
def test_a_db_folder_that_cannot_be_created(tmp_path, command):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder would go")
    sources = tmp_path / "s.toml"
    sources.write_text('[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x.example/feed"\n')
    result = claimwatch(command, "--sources", str(sources), "--db", str(blocker / "sub" / "w.duckdb"))
    assert_one_line_error(result, "the warehouse folder", str(blocker))


def test_config_that_switches_safety_off_is_exit_2(tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text('[crawl]\nmax_bytes = 0\n\n[[source]]\nname = "x"\nkind = "feed"\nurl = "https://x.example/f"\n')
    assert_one_line_error(claimwatch("crawl", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb")),
                          f"{sources}:2: [crawl] max_bytes = 0 is out of range")
    sources.write_bytes(b'[[source]]\nname = "Caf\xe9"\nkind = "feed"\nurl = "https://x.example/f"\n')
    assert_one_line_error(claimwatch("crawl", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb")),
                          f"{sources}:2: not UTF-8 text")
    assert not (tmp_path / "w.duckdb").exists()


@pytest.mark.parametrize("args", [["process"], ["digest", "--week", "2026-W47"], ["status"], ["sql", "SELECT 1"],
                                  ["export", "--parquet", "pq"]])
def test_commands_that_read_need_an_existing_warehouse(tmp_path, args):
    sources = write_sources(tmp_path / "s.toml", "http://127.0.0.1:9", '[[source]]\nname = "x"\nkind = "feed"\n'
                            'url = "{{BASE}}/feed.xml"\n')
    missing = tmp_path / "typo.duckdb"
    result = claimwatch(*args, "--db", str(missing), *(["--sources", str(sources)] if args[0] == "process" else []),
                        cwd=tmp_path)
    assert_one_line_error(result, f"no warehouse at {missing}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.toml"]  # nothing created


@pytest.mark.parametrize("command", ["crawl", "run"])
def test_a_crawl_in_which_no_source_answered_exits_1(tmp_path, command):
    body = ('[[source]]\nname = "Feed A"\nkind = "feed"\nurl = "{{BASE}}/a.xml"\n\n'
            '[[source]]\nname = "Pages B"\nkind = "page"\nurls = ["{{BASE}}/b1", "{{BASE}}/b2"]\n')
    sources = write_sources(tmp_path / "s.toml", "http://127.0.0.1:9", body, allow_private=False)
    result = claimwatch(command, "--sources", str(sources), "--db", str(tmp_path / "w.duckdb"), "--as-of", "2026-11-17")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.strip() == ("claimwatch: error: crawl 2026-W47 failed: no source produced a successful fetch: "
                                     "Feed A (private_address_refused 1), Pages B (private_address_refused 2)")


def test_run_names_the_failed_sources_in_its_last_line(tmp_path, smallweb):
    body = ('[[source]]\nname = "Dead"\nkind = "feed"\nurl = "http://127.0.0.1:9/feed.xml"\n\n'
            '[[source]]\nname = "Smallweb"\nkind = "feed"\nurl = "{{BASE}}/feed.xml"\n')
    sources = write_sources(tmp_path / "s.toml", smallweb.base, body)
    result = claimwatch("run", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb"), "--as-of", "2026-11-17")
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("process: ") and last.endswith("; 1 of 2 sources failed: Dead (connection_error 1)")


def test_serve_checks_the_sources_file_first(tmp_path):
    assert_one_line_error(claimwatch("serve", "--sources", str(tmp_path / "nope.toml"), cwd=tmp_path),
                          "sources file not found")
