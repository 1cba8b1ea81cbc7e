"""Sending the digest over SMTP, once per week, with settings from the environment.

CLAIMWATCH_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM, _TO (comma-separated) and
_SECURITY (starttls, the default; ssl; none). The password is never printed or logged.
"""

import base64
import binascii
import datetime as dt
import os
import re
import smtplib
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from claimwatch.core.errors import ClaimwatchError, UsageError
from claimwatch.core.topic import Topic
from claimwatch.digest.render import write_digest
from warehouse import db

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
_WHOSE = " (for scheduled runs, the Prefect worker's)"
TIMEOUT = 30


class SendError(ClaimwatchError):
    """The SMTP server could not be reached or refused the message; retrying later may help."""

    transient = True


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str
    sender: str
    recipients: tuple[str, ...]
    user: str | None = None
    password: str | None = field(default=None, repr=False)  # never in a repr, log or message


def smtp_settings(env=os.environ) -> SmtpSettings:
    def get(name: str) -> str | None:
        value = env.get(f"CLAIMWATCH_SMTP_{name}", "").strip()
        return value or None

    security = (get("SECURITY") or "starttls").lower()
    if security not in DEFAULT_PORTS:
        raise UsageError(f"CLAIMWATCH_SMTP_SECURITY must be starttls, ssl or none, not {security!r}")
    host = get("HOST")
    recipients = tuple(r.strip() for r in (get("TO") or "").split(",") if r.strip())
    if not host:
        raise UsageError("sending the digest needs CLAIMWATCH_SMTP_HOST (and CLAIMWATCH_SMTP_TO) in the environment"
                         f"{_WHOSE}")
    if not recipients:
        raise UsageError("sending the digest needs CLAIMWATCH_SMTP_TO (comma-separated recipients) in the environment"
                         f"{_WHOSE}")
    port_text = get("PORT") or str(DEFAULT_PORTS[security])
    if not port_text.isdigit():
        raise UsageError(f"CLAIMWATCH_SMTP_PORT must be a number, not {port_text!r}")
    return SmtpSettings(host=host, port=int(port_text), security=security,
                        sender=get("FROM") or f"claimwatch@{host}", recipients=recipients,
                        user=get("USER"), password=env.get("CLAIMWATCH_SMTP_PASSWORD") or None)


def deliver(message, settings: SmtpSettings) -> None:
    context = ssl.create_default_context()
    credentials_sent = False
    try:
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT, context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT)
        with client:
            if settings.security == "starttls":
                client.starttls(context=context)
            if settings.user:
                credentials_sent = True
                client.login(settings.user, settings.password or "")
            client.send_message(message, from_addr=settings.sender, to_addrs=list(settings.recipients))
    except (OSError, smtplib.SMTPException) as exc:
        raise SendError(failure_reason(exc, settings, credentials_sent)) from None


def failure_reason(exc: Exception, settings: SmtpSettings, credentials_sent: bool) -> str:
    """One line saying why sending failed, with no secret in it.

    Once the login has gone out, the server's own words are not repeated: a server can echo what it
    was sent (the base64 of AUTH PLAIN or LOGIN carries the password) in its refusal. Its reply
    code is kept. Everything else is redacted too, for the forms a secret could take.
    """
    if credentials_sent and isinstance(exc, smtplib.SMTPException):
        what = "refused the login" if isinstance(exc, smtplib.SMTPAuthenticationError) else "refused the message"
        code = getattr(exc, "smtp_code", None) or _first_code(exc)
        return (f"{type(exc).__name__}: the server {what}" + (f" (SMTP {code})" if code else "")
                + "; its reply is not shown, as it may repeat the credentials")
    return redact(f"{type(exc).__name__}: {exc}".splitlines()[0], [settings.password, settings.user])


def _first_code(exc: Exception) -> int | None:
    for answer in (getattr(exc, "recipients", None) or {}).values():  # SMTPRecipientsRefused
        return answer[0]
    return None


_BASE64ISH = re.compile(r"[A-Za-z0-9+/_-]{6,}={0,2}")


def redact(text: str, secrets: list[str | None]) -> str:
    """`text` without the secrets: as they are, percent-encoded, or inside any base64 token."""
    secrets = [s for s in secrets if s and len(s) >= 3]
    if not secrets:
        return text

    def hides_secret(token: str) -> bool:
        for start in range(4):  # a token cut out of a longer base64 text may start mid-group
            part = token[start:].rstrip("=")
            for decode in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    decoded = decode(part + "=" * (-len(part) % 4))
                except (ValueError, binascii.Error):
                    continue
                if any(s.encode() in decoded for s in secrets):
                    return True
        return False

    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***").replace(quote(secret, safe=""), "***")
    return _BASE64ISH.sub(lambda m: "***" if hides_secret(m.group()) else m.group(), text)


def send_digest(db_file: Path, week: str, out_dir: Path, topic: Topic, resend: bool = False, log=print,
                env=os.environ) -> bool:
    """Render and send the week's digest. False when it was already sent (and not resent)."""
    settings = smtp_settings(env)
    with db.reader(db_file, quiet=True) as con:
        sent = con.execute("SELECT sent_at, recipients FROM digests WHERE week = ? AND sent_at IS NOT NULL",
                           [week]).fetchone()
    if sent and not resend:
        log(f"the {week} digest was already sent on {sent[0]:%Y-%m-%d %H:%M} UTC to {sent[1]}; "
            "nothing sent (use --resend to send it again)")
        return False
    digest, paths = write_digest(db_file, week, out_dir, topic, sender=settings.sender,
                                 recipients=list(settings.recipients))
    from email import message_from_bytes, policy

    message = message_from_bytes(paths["eml"].read_bytes(), policy=policy.default)
    try:
        deliver(message, settings)
    except SendError as exc:
        raise SendError(f"sending the {week} digest failed ({exc}); it is saved in {paths['eml']}") from None
    with db.writer(db_file) as con:
        con.execute("UPDATE digest_log SET sent_at = ?, recipients = ? WHERE week = ?",
                    [dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), ", ".join(settings.recipients), week])
    log(f"sent: {digest.subject}")
    log(f"  to {', '.join(settings.recipients)} via {settings.host}:{settings.port} ({settings.security})")
    return True
