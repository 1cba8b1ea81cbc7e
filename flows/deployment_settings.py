"""A scheduled run's settings: its files (the deployment's parameter, else the environment, else the
default) and its date parameters, checked before any work.

A worker starts each run in the folder `prefect deploy` ran in, which need not be where the data is:
relative paths are taken from CLAIMWATCH_HOME when it is set. Errors name the setting to change
(a deployment has parameters and environment variables, not command-line flags).
"""

import os
from pathlib import Path

from claimwatch.core.errors import ConfigError, UsageError
from claimwatch.core.config import DEFAULT_SOURCES, load_config
from warehouse.db import DEFAULT_DB


def resolve(value: str | None, env_var: str | None, default: str, env=os.environ) -> Path:
    path = Path(value or (env.get(env_var) if env_var else None) or default).expanduser()
    home = env.get("CLAIMWATCH_HOME")
    return path if path.is_absolute() or not home else Path(home).expanduser() / path


def _how_to_set(parameter: str, env_var: str, env) -> str:
    home = env.get("CLAIMWATCH_HOME")
    base = f"CLAIMWATCH_HOME ({home})" if home else "the run's working directory unless CLAIMWATCH_HOME is set"
    return f"set the `{parameter}` parameter or {env_var}; relative paths are taken from {base}"


def sources_file(value: str | None, env=os.environ) -> Path:
    """The sources file, checked now: a bad file fails the run at once, naming its line."""
    path = resolve(value, "CLAIMWATCH_SOURCES", DEFAULT_SOURCES, env)
    if not path.is_file():
        raise ConfigError(f"sources file not found: {path} ({_how_to_set('sources', 'CLAIMWATCH_SOURCES', env)})")
    load_config(path)
    return path


def warehouse_file(value: str | None, must_exist: bool, env=os.environ) -> Path:
    """The warehouse; `must_exist` for the runs that only read what a crawl stored."""
    path = resolve(value, "CLAIMWATCH_DB", DEFAULT_DB, env)
    if must_exist and not path.is_file():
        raise UsageError(f"no warehouse at {path} ({_how_to_set('db', 'CLAIMWATCH_DB', env)}; "
                         "the daily-crawl-process deployment creates it)")
    return path


def output_folder(value: str | None, env=os.environ) -> Path:
    return resolve(value, None, "digests", env)


def parameter(name: str, value: str | None, parse):
    """A date or week parameter, parsed (None stays None); an error names the parameter."""
    try:
        return parse(value) if value else None
    except UsageError as exc:
        raise UsageError(f"the `{name}` parameter: {exc}") from None
