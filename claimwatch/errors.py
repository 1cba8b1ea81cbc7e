"""Named errors. Library code raises them; the CLI turns them into one-line messages."""


class ClaimwatchError(Exception):
    """Base class: a failure with a message meant for the user."""

    exit_code = 1


class UsageError(ClaimwatchError):
    """Bad input from the user (option, file, date): exit status 2, retrying cannot help."""

    exit_code = 2


class ConfigError(UsageError):
    """The sources file is missing or invalid."""


class WarehouseBusy(ClaimwatchError):
    """Another process holds the DuckDB file for writing; retrying later can help."""

    exit_code = 3
