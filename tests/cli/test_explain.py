"""`claimwatch explain`: run as users run it, on a real warehouse file, read-only."""

import datetime as dt

import pytest

from tests.helpers import assert_one_line_error, claimwatch

URL = "https://news.example/tranq-advisory"
WEEK_1 = ("Tranq is a veterinary sedative found in the street drug supply.\n"
          "Naloxone does not reverse the sedation it causes.\n"
          "The county reported 14 overdoses involving tranq in October.\n"
          "Share this story")
WEEK_2 = ("Tranq is a veterinary sedative found in the street drug supply.\n"
          "Naloxone doesn't reverse the sedation it causes.\n"
          "The county reported 23 overdoses involving tranq in October.\n"
          "Share this article")


@pytest.fixture
def warehouse(tmp_path):
    from claimwatch.claims.claim_sentences import claim_row, claims_of
    from claimwatch.core.topic import Topic
    from warehouse import db

    topic = Topic("xylazine", ("xylazine", "tranq"))
    path = tmp_path / "w.duckdb"
    versions = [("v1", "2026-11-10", "2026-W46", WEEK_1), ("v2", "2026-11-17", "2026-W47", WEEK_2)]
    with db.writer(path) as con:
        db.append_rows(con, "page_versions", [
            {"version_id": vid, "url": URL, "fetch_id": f"f-{vid}", "fetched_at": dt.datetime.fromisoformat(day),
             "week": week, "content_hash": vid, "kind": "article", "text": text} for vid, day, week, text in versions])
        db.append_rows(con, "claim_rows", [claim_row(c, vid, URL, week)
                                           for vid, _, week, text in versions for c in claims_of(text, topic)])
    sources = tmp_path / "sources.toml"
    sources.write_text('[topic]\nname = "xylazine"\naliases = ["xylazine", "tranq"]\n\n'
                       '[[source]]\nname = "x"\nkind = "page"\nurls = ["https://news.example/"]\n')
    return path, sources


def test_explain_shows_claims_alignment_and_reasons(warehouse):
    path, sources = warehouse
    result = claimwatch("explain", URL, "--db", str(path), "--sources", str(sources))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "week 2026-W47: version v2 of 2026-11-17 compared with version v1 of 2026-11-10" in out
    assert "claims before (" in out and "claims after (" in out
    flagged = out.split("- FLAGGED", 1)[1].split("\n- ", 1)[0]
    assert "statistics modified" in flagged or "safety modified" in flagged
    assert "14 overdoses" in flagged and "23 overdoses" in flagged
    assert "why: numbers differ: [14 overdose] -> [23 overdose]" in flagged
    # the contraction is judged noise, the share line is no claim: both are listed with the reason
    assert "why: same facts, reworded" in out
    assert "not a claim (page furniture)" in out
    assert out.count("- FLAGGED") == 1


def test_explain_a_first_version_and_a_chosen_week(warehouse):
    path, sources = warehouse
    result = claimwatch("explain", URL, "--week", "2026-W46", "--db", str(path), "--sources", str(sources))
    assert result.returncode == 0, result.stderr
    assert "its first version: nothing to compare with" in result.stdout
    assert "FLAGGED" not in result.stdout


@pytest.mark.parametrize("args, fragment", [
    (["https://news.example/unknown"], "no page with URL https://news.example/unknown"),
    ([URL, "--week", "2026-W50"], "has no new version in 2026-W50; it has versions in 2026-W46, 2026-W47"),
    ([URL, "--week", "2026-50"], "invalid week '2026-50'"),
])
def test_explain_bad_input_is_one_line_and_exit_2(warehouse, args, fragment):
    path, sources = warehouse
    assert_one_line_error(claimwatch("explain", *args, "--db", str(path), "--sources", str(sources)), fragment)


def test_explain_without_a_warehouse(tmp_path):
    assert_one_line_error(claimwatch("explain", URL, "--db", str(tmp_path / "none.duckdb")), "no warehouse at")
