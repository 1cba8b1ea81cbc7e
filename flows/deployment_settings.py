"""A scheduled run's settings: its files (the deployment's parameter, else the environment, else the
default; claimwatch.core.config.run_path) and its date parameters, checked before any work.

Errors name the setting to change (a deployment has parameters and environment variables, not
command-line flags).
"""

from collections.abc import Mapping
from pathlib import Path

from claimwatch.core.config import DEFAULT_DB, DEFAULT_DIGESTS, DEFAULT_SOURCES, env, load_config, run_path
from claimwatch.core.errors import ConfigError, UsageError


def _how_to_set(parameter: str, variable: str, environ: Mapping[str, str] | None) -> str:
    home = env("CLAIMWATCH_HOME", environ)
    base = f"CLAIMWATCH_HOME ({home})" if home else "the run's working directory unless CLAIMWATCH_HOME is set"
    return f"set the `{parameter}` parameter or {variable}; relative paths are taken from {base}"


def sources_file(value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """The sources file, checked now: a bad file fails the run at once, naming its line."""
    path = run_path(value, "CLAIMWATCH_SOURCES", DEFAULT_SOURCES, environ)
    if not path.is_file():
        raise ConfigError(f"sources file not found: {path} "
                          f"({_how_to_set('sources', 'CLAIMWATCH_SOURCES', environ)})")
    load_config(path)
    return path


def warehouse_file(value: str | None, must_exist: bool, environ: Mapping[str, str] | None = None) -> Path:
    """The warehouse; `must_exist` for the runs that only read what a crawl stored."""
    path = run_path(value, "CLAIMWATCH_DB", DEFAULT_DB, environ)
    if must_exist and not path.is_file():
        raise UsageError(f"no warehouse at {path} ({_how_to_set('db', 'CLAIMWATCH_DB', environ)}; "
                         "the daily-crawl-process deployment creates it)")
    return path


def output_folder(value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    return run_path(value, None, DEFAULT_DIGESTS, environ)


def executor_parameter(value: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The `executor` parameter, else CLAIMWATCH_EXECUTOR, checked before any work: None (the local pool)
    or dask://HOST:PORT."""
    from claimwatch.stages.executors import check_executor

    value = value or env("CLAIMWATCH_EXECUTOR", environ)
    try:
        check_executor(value)
    except UsageError as exc:
        raise UsageError(f"the `executor` parameter or CLAIMWATCH_EXECUTOR: {str(exc).removeprefix('--executor ')}"
                         ) from None
    return None if value in (None, "local") else value


def parameter(name: str, value: str | None, parse):
    """A date or week parameter, parsed (None stays None); an error names the parameter."""
    try:
        return parse(value) if value else None
    except UsageError as exc:
        raise UsageError(f"the `{name}` parameter: {exc}") from None
