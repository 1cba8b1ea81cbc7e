"""`claimwatch sql` for people, as they run it: queries from standard input and files, tables that wrap
instead of cutting, Markdown, JSON columns as JSON, DuckDB's hints in errors, and a prompt with history
on a real pseudo-terminal."""

import json
import os
import subprocess
import sys

import duckdb
import pexpect
import pytest

from tests.helpers import ROOT, assert_one_line_error, claimwatch

LONG = ("At the federal level, 7-OH is now temporarily controlled as a Schedule I substance under the "
        "Controlled Substances Act, and the order takes effect thirty days after publication.")


@pytest.fixture
def warehouse(tmp_path):
    from warehouse import db

    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO digest_log (week, created_at, subject) VALUES "
                    "('2026-W46', '2026-11-16 07:00', 'first'), ('2026-W47', '2026-11-23 07:00', ?)", [LONG])
    return path


def sql(*args, stdin: str | None = None, env=None):
    """The command line with `stdin` piped in (none: an empty, non-terminal standard input)."""
    return subprocess.run([sys.executable, "-m", "claimwatch.cli", "sql", *args], input=stdin or "", text=True,
                          capture_output=True, cwd=ROOT, env={**os.environ, **(env or {})}, timeout=120)


def test_the_query_from_standard_input_or_a_file(warehouse, tmp_path):
    query = "SELECT week FROM digests ORDER BY week;\n"
    for result in (sql("-", "--db", str(warehouse), "--format", "csv", stdin=query),
                   sql("--db", str(warehouse), "--format", "csv", stdin=query)):  # piped in, no query given
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == ["week", "2026-W46", "2026-W47"]
    script = tmp_path / "weeks.sql"
    script.write_text("-- a saved query\nSELECT count(*) AS n\nFROM digests;\n")
    result = sql("--file", str(script), "--db", str(warehouse), "--format", "csv")
    assert result.returncode == 0 and result.stdout.splitlines() == ["n", "2"], result.stderr


@pytest.mark.parametrize("args, fragment", [
    (["--file", "{tmp}/missing.sql"], "cannot read --file {tmp}/missing.sql: No such file or directory"),
    (["SELECT 1", "--file", "{tmp}/q.sql"], "give the query or --file, not both"),
    (["--max-width", "0", "SELECT 1"], "--max-width: expected a whole number of at least 1"),
    ([], "empty SQL"),  # standard input empty, not a terminal
])
def test_bad_query_sources_are_one_line(warehouse, tmp_path, args, fragment):
    result = sql(*[a.format(tmp=tmp_path) for a in args], "--db", str(warehouse))
    assert_one_line_error(result, fragment.format(tmp=tmp_path))


def test_long_cells_wrap_to_the_terminal_and_are_never_cut(warehouse):
    query = "SELECT week, subject FROM digests ORDER BY week"
    for width in (40, 72):
        result = sql(query, "--db", str(warehouse), env={"COLUMNS": str(width)})
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= width and "…" not in result.stdout
        assert " ".join(" ".join(line[10:].split()) for line in lines[3:-1] if line).endswith(LONG)  # all of it
    narrow = sql(query, "--db", str(warehouse), "--max-width", "12", env={"COLUMNS": "200"}).stdout.splitlines()
    assert all(len(part) <= 12 for line in narrow[:-1] for part in line.split("  ") if part)
    assert narrow[-1] == "(2 rows)"


def test_markdown(warehouse):
    result = sql("SELECT week, 'a|b' AS piped, NULL AS nothing FROM digests ORDER BY week", "--db", str(warehouse),
                 "--format", "markdown")
    assert result.stdout.splitlines() == ["| week | piped | nothing |", "|---|---|---|",
                                          "| 2026-W46 | a\\|b |   |", "| 2026-W47 | a\\|b |   |"]


def test_json_columns_come_out_as_json(warehouse):
    query = """SELECT '{"numbers": [15, 30], "negated": false}'::JSON AS facts, ['a', 'b'] AS sites, 'plain' AS t"""
    data = json.loads(sql(query, "--db", str(warehouse), "--format", "json").stdout)
    assert data == [{"facts": {"numbers": [15, 30], "negated": False}, "sites": ["a", "b"], "t": "plain"}]
    csv_lines = sql(query, "--db", str(warehouse), "--format", "csv").stdout.splitlines()
    assert csv_lines[1] == '"{""numbers"": [15, 30], ""negated"": false}","[""a"", ""b""]",plain'
    table = sql(query, "--db", str(warehouse), env={"COLUMNS": "200"}).stdout
    assert '{"numbers": [15, 30], "negated": false}  ["a", "b"]' in table


def test_duckdb_hints_are_kept_on_the_one_line(warehouse):
    assert_one_line_error(claimwatch("sql", "SELECT * FROM digest", "--db", str(warehouse)),
                          "Catalog Error: Table with name digest does not exist!", 'Did you mean "digests"')
    assert_one_line_error(claimwatch("sql", "SELECT weeek FROM digests", "--db", str(warehouse)),
                          'Candidate bindings: "week"')


def spawn_prompt(warehouse, home):
    child = pexpect.spawn(sys.executable, ["-m", "claimwatch.cli", "sql", "--db", str(warehouse)], cwd=str(ROOT),
                          env={**os.environ, "HOME": str(home), "COLUMNS": "100"}, encoding="utf-8", timeout=60)
    child.expect("claimwatch> ")
    return child


def test_prompt_with_history_on_a_terminal(warehouse, tmp_path):
    child = spawn_prompt(warehouse, tmp_path)
    child.sendline("SELECT count(*) AS n")  # a statement over two lines
    child.expect(r"\.\.\.> ")
    child.sendline("FROM digests;")
    child.expect(r"n\s+-+\s+2\s+\(1 row\)")
    child.expect("claimwatch> ")
    child.sendline("SELECT * FROM digest;")  # an error: one line, and the prompt stays
    child.expect('Did you mean "digests"')
    child.expect("claimwatch> ")
    child.sendline(f"COPY (SELECT 1) TO '{tmp_path / 'leak.csv'}';")  # still the warehouse and nothing else
    child.expect("query failed")
    child.expect("claimwatch> ")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and "Traceback" not in child.before
    assert not (tmp_path / "leak.csv").exists()
    history = tmp_path / ".claimwatch_history"
    assert "SELECT count(*) AS n FROM digests;" in history.read_text().splitlines()
    assert history.stat().st_mode & 0o777 == 0o600

    child = spawn_prompt(warehouse, tmp_path)  # a new session: the arrow keys bring the last statements back
    child.send("\x1b[A\x1b[A\x1b[A\r")  # up three: the COPY, the bad SELECT, the statement of two lines, whole
    child.expect(r"\(1 row\)")
    child.expect("claimwatch> ")
    child.sendline(".quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_an_open_prompt_does_not_keep_a_run_from_writing(warehouse, tmp_path):
    from warehouse import db

    child = spawn_prompt(warehouse, tmp_path)
    child.sendline("SELECT count(*) FROM digests;")
    child.expect(r"\(1 row\)")
    child.expect("claimwatch> ")
    with db.writer(warehouse, wait_seconds=0) as con:  # would raise WarehouseBusy if the prompt held the file
        con.execute("INSERT INTO digest_log (week, created_at, subject) VALUES ('2026-W48', '2026-11-30', 'third')")
    child.sendline("SELECT count(*) AS n FROM digests;")
    child.expect(r"n\s+-+\s+3\s+\(1 row\)")
    child.sendline(".exit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert duckdb.connect(str(warehouse), read_only=True).execute("SELECT count(*) FROM digests").fetchone() == (3,)
