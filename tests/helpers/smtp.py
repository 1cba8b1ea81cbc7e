"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the tests, optionally with STARTTLS."""

import socket

from aiosmtpd.controller import Controller


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:  # aiosmtpd's start-up check needs the real port, not 0
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_smtp(tls_context=None) -> tuple[Inbox, Controller, int]:
    inbox = Inbox()
    port = free_port()
    kwargs = {"tls_context": tls_context, "require_starttls": True} if tls_context else {}
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    return inbox, controller, port


def smtp_env(port, **extra):
    return {"CLAIMWATCH_SMTP_HOST": "127.0.0.1", "CLAIMWATCH_SMTP_PORT": str(port), "CLAIMWATCH_SMTP_SECURITY": "none",
            "CLAIMWATCH_SMTP_FROM": "claimwatch@example.org", "CLAIMWATCH_SMTP_TO": "a@example.org, b@example.org",
            **extra}


def self_signed_cert(folder) -> tuple[str, str]:
    """(cert path, key path) for 127.0.0.1, made with `cryptography` (no network, no openssl CLI)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def echoing_authenticator(server, session, envelope, mechanism, auth_data):
    """Refuses every login, and echoes what it was sent in the refusal, as a hostile or careless
    server may: the user and password as they are, base64 each, and the AUTH PLAIN blob."""
    from base64 import b64encode

    from aiosmtpd.smtp import AuthResult

    login, password = auth_data.login, auth_data.password
    blob = b64encode(b"\0" + login + b"\0" + password).decode()
    echoed = f"{login.decode()} {password.decode()} {b64encode(login).decode()} {b64encode(password).decode()} {blob}"
    return AuthResult(success=False, handled=False, message=f"535 5.7.8 refused: {mechanism} {echoed}")


def start_echoing_smtp(mechanism: str) -> tuple[Controller, int]:
    """A server that offers only `mechanism` (PLAIN or LOGIN) and refuses it, echoing the credentials."""
    port = free_port()
    other = {"PLAIN": "LOGIN", "LOGIN": "PLAIN"}[mechanism]
    controller = Controller(Inbox(), hostname="127.0.0.1", port=port, authenticator=echoing_authenticator,
                            auth_require_tls=False, auth_exclude_mechanism=[other])
    controller.start()
    return controller, port
