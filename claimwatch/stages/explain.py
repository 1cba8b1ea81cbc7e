"""`claimwatch explain URL [--week W]`: why a page's claims were or were not flagged.

The diff itself (`claimwatch.claims.diff.diff_versions`) returns every unit of both versions, how they were
aligned and the reasons for each verdict; this module reads the two versions from the warehouse
(read-only) and lays that out as text.
"""

from claimwatch.claims.diff import DiffResult, Verdict, diff_versions
from claimwatch.core.errors import UsageError
from claimwatch.core.topic import Topic
from claimwatch.stages.claim_changes import stored_claims
from warehouse import db

WIDTH = 160  # characters of a sentence shown (the whole of it is in the claims view)


def explain_url(db_file, url: str, week: str | None, topic: Topic, wait_seconds: float = 30.0) -> str:
    with db.reader(db_file, wait_seconds=wait_seconds) as con:
        weeks = [w for (w,) in con.execute("SELECT DISTINCT week FROM page_versions WHERE url = ? ORDER BY week",
                                           [url]).fetchall()]
        if not weeks:
            raise UsageError(f"no page with URL {url} in the warehouse {db_file} (see: claimwatch sql "
                             "\"SELECT url FROM documents\")")
        week = week or weeks[-1]
        pairs = db.dicts(con.execute(db.query("explain_pair"), {"url": url, "week": week}))
        if not pairs:
            raise UsageError(f"{url} has no new version in {week}; it has versions in {', '.join(weeks)}")
        pair = pairs[0]
        claims = {vid: stored_claims(con, vid) for vid in (pair["before_version_id"], pair["after_version_id"]) if vid}
        stored = con.execute("SELECT count(*) FROM claim_change_rows WHERE url = ? AND week = ?", [url, week]).fetchone()[0]
    head = [url, f"week {week}: version {pair['after_version_id']} of {pair['after_fetched_at']:%Y-%m-%d}"]
    if pair["before_version_id"] is None:
        head.append("its first version: nothing to compare with, so nothing is flagged")
        result = diff_versions("", pair["after_text"], topic, [], claims[pair["after_version_id"]])
        return "\n".join(head) + "\n\n" + format_result(result, compared=False) + "\n"
    head[-1] += f" compared with version {pair['before_version_id']} of {pair['before_fetched_at']:%Y-%m-%d}"
    result = diff_versions(pair["before_text"], pair["after_text"], topic, claims[pair["before_version_id"]],
                           claims[pair["after_version_id"]])
    head.append(f"{len(result.changes)} claim change(s) with the current rules; {stored} stored for this week "
                "(stored flags keep the rules of the run that made them)")
    return "\n".join(head) + "\n\n" + format_result(result) + "\n"


def format_result(result: DiffResult, compared: bool = True) -> str:
    """Both versions' claims, then every aligned group that is not word-for-word the same, with its verdict."""
    lines = []
    sides = (("claims before", result.before), ("claims after", result.after)) if compared else \
        (("claims", result.after),)
    for title, units in sides:
        claims = [u for u in units if u.is_claim]
        lines.append(f"{title} ({len(claims)} of {len(units)} sentences)")
        lines += [f"  [{u.position:>3}] {u.category:<12} {_cut(u.text)}" for u in claims]
        lines.append("")
    if not compared:
        return "\n".join(lines).rstrip()
    same = [v for v in result.verdicts if v.group.how == "same"]
    lines.append(f"alignment ({len(same)} sentence(s) word for word the same are not listed)")
    for verdict in result.verdicts:
        if verdict.group.how != "same":
            lines += _verdict(verdict, result)
    return "\n".join(lines)


def _verdict(verdict: Verdict, result: DiffResult) -> list[str]:
    group, change = verdict.group, verdict.change
    if change:
        title = f"FLAGGED {change.category} {change.change_type} ({change.severity})"
    else:
        title = "not flagged"
    how = group.how + (f", similarity {group.similarity:.2f}" if group.before and group.after else "")
    out = [f"- {title} [{how}]"]
    out += [f"    before [{i:>3}] {_cut(result.before[i].text)}" for i in group.before]
    out += [f"    after  [{j:>3}] {_cut(result.after[j].text)}" for j in group.after]
    out += [f"    why: {reason}" for reason in verdict.reasons]
    return out


def _cut(text: str) -> str:
    return text if len(text) <= WIDTH else text[:WIDTH - 1] + "\u2026"
