"""Sending a message over SMTP with the CLAIMWATCH_SMTP_* settings (claimwatch.core.config), saying
why it failed without a secret in the message. The password is never printed or logged."""

import base64
import binascii
import re
import smtplib
import ssl
from urllib.parse import quote

from claimwatch.core.config import SmtpSettings
from claimwatch.core.errors import ClaimwatchError

TIMEOUT = 30


class SendError(ClaimwatchError):
    """The SMTP server could not be reached or refused the message; retrying later may help."""

    transient = True


def deliver(message, settings: SmtpSettings) -> None:
    context = ssl.create_default_context()
    credentials_sent = False
    try:
        client: smtplib.SMTP
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
    found = [s for s in secrets if s and len(s) >= 3]
    if not found:
        return text

    def hides_secret(token: str) -> bool:
        for start in range(4):  # a token cut out of a longer base64 text may start mid-group
            part = token[start:].rstrip("=")
            for decode in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    decoded = decode(part + "=" * (-len(part) % 4))
                except (ValueError, binascii.Error):
                    continue
                if any(s.encode() in decoded for s in found):
                    return True
        return False

    for secret in sorted(found, key=len, reverse=True):
        text = text.replace(secret, "***").replace(quote(secret, safe=""), "***")
    return _BASE64ISH.sub(lambda m: "***" if hides_secret(m.group()) else m.group(), text)
