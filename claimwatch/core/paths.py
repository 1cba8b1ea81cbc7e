"""Where things are kept beside the warehouse, and folders the user names (--db, --out, --parquet): made
when missing, or one clear error."""

from pathlib import Path

from claimwatch.core.errors import UsageError


def make_folder(path: Path, what: str) -> Path:
    """`path` as an existing folder (created if missing); UsageError naming `what` when it cannot be."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise UsageError(f"{what} {path} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {what} {path}: {exc.strerror or exc}") from None
    return path


def captures_dir(db_file: Path) -> Path:
    """Captures live beside the warehouse: data/claimwatch.duckdb -> data/claimwatch-captures/."""
    db_file = Path(db_file)
    return db_file.with_name(db_file.stem + "-captures")
