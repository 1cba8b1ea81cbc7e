"""Sending: why it failed, in one line, with no secret in it."""

import base64

from claimwatch.digest.send import redact


def test_redact_finds_secrets_in_any_base64_alignment():
    blob = base64.b64encode(b"\0bot@example.org\0s3cret pw!").decode()
    for cut in range(4):
        text = redact(f"535 no x{blob[cut:]} and s3cret pw! and s3cret%20pw%21?", ["s3cret pw!", "bot@example.org"])
        assert "s3cret" not in text and "***" in text
    assert redact("421 Service not available", ["s3cret pw!"]) == "421 Service not available"
