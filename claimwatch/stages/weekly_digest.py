"""A week's digest: its rows read from the warehouse, rendered into files (claimwatch.digest), recorded
in `digests`, and, when asked, mailed once per week."""

import datetime as dt
from email import message_from_bytes, policy
from pathlib import Path

from claimwatch.core.config import SmtpSettings, smtp_settings
from claimwatch.core.topic import Topic
from claimwatch.core.weeks import previous_week
from claimwatch.digest.render import Digest, build_digest, write_files
from claimwatch.digest.send import SendError, deliver
from warehouse import db


def write_digest(db_file: Path, week: str, out_dir: Path, topic: Topic, sender: str = "claimwatch@localhost",
                 recipients: list[str] | None = None) -> tuple[Digest, dict[str, Path]]:
    """Render the week's digest into out_dir (html, txt, eml) and record it in `digests`."""
    with db.writer(db_file) as con:
        rows = {name: db.dicts(con.execute(db.query(f"digest_{name}"), params)) for name, params in (
            ("changes", {"week": week}), ("new_documents", {"week": week}),
            ("trends", {"week": week, "previous": previous_week(week)}), ("health", {"week": week}))}
    digest = build_digest(week, topic, **rows)
    paths = write_files(digest, out_dir, sender, recipients or ["analysts@localhost"])
    with db.writer(db_file) as con:
        con.execute(
            "INSERT INTO digest_log (week, created_at, subject, html_path) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (week) DO UPDATE SET created_at = excluded.created_at, subject = excluded.subject, "
            "html_path = excluded.html_path",
            [week, _now(), digest.subject, str(paths["html"])])
    return digest, paths


def send_digest(db_file: Path, week: str, out_dir: Path, topic: Topic, resend: bool = False, log=print,
                smtp: SmtpSettings | None = None) -> bool:
    """Render and send the week's digest (SMTP settings from the environment unless given). False when it
    was already sent and `resend` is not set."""
    settings = smtp or smtp_settings()
    with db.reader(db_file, quiet=True) as con:
        sent = con.execute("SELECT sent_at, recipients FROM digests WHERE week = ? AND sent_at IS NOT NULL",
                           [week]).fetchone()
    if sent and not resend:
        log(f"the {week} digest was already sent on {sent[0]:%Y-%m-%d %H:%M} UTC to {sent[1]}; nothing sent")
        return False
    digest, paths = write_digest(db_file, week, out_dir, topic, sender=settings.sender,
                                 recipients=list(settings.recipients))
    message = message_from_bytes(paths["eml"].read_bytes(), policy=policy.default)
    try:
        deliver(message, settings)
    except SendError as exc:
        raise SendError(f"sending the {week} digest failed ({exc}); it is saved in {paths['eml']}") from None
    with db.writer(db_file) as con:
        con.execute("UPDATE digest_log SET sent_at = ?, recipients = ? WHERE week = ?",
                    [_now(), ", ".join(settings.recipients), week])
    log(f"sent: {digest.subject}")
    log(f"  to {', '.join(settings.recipients)} via {settings.host}:{settings.port} ({settings.security})")
    return True


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
