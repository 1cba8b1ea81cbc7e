"""Named errors. Library code raises them; the CLI turns them into one-line messages.

Each says whether retrying later can help (`transient`): the scheduled runs retry only those.
"""

import socket


class ClaimwatchError(Exception):
    """Base class: a failure with a message meant for the user."""

    exit_code = 1
    transient = False  # True when the same run may succeed later (network, a busy warehouse)


class UsageError(ClaimwatchError):
    """Bad input from the user (option, file, date): exit status 2, retrying cannot help."""

    exit_code = 2


class ConfigError(UsageError):
    """The sources file is missing or invalid."""


class WarehouseError(ClaimwatchError):
    """The warehouse cannot be opened or used as it is (a schema newer than this code, a damaged file)."""

    exit_code = 2


class WarehouseMissing(UsageError):
    """No warehouse at the path given; the caller says how to make one or point at it."""


class WarehouseBusy(ClaimwatchError):
    """Another process holds the DuckDB file for writing; retrying later can help."""

    exit_code = 3
    transient = True


def is_transient(exc: BaseException | None) -> bool:
    """Whether a failed run may succeed if retried later: our errors say so; of the others, only
    network trouble (a refused or timed-out connection, a failed name look-up) can pass."""
    if isinstance(exc, ClaimwatchError):
        return exc.transient
    return isinstance(exc, (ConnectionError, TimeoutError, socket.gaierror))
