"""Query results and reports as the command line prints them: an aligned table (cells wrapped to fit a
width), CSV, JSON or a Markdown table."""

import csv
import json
import textwrap

MIN_COLUMN = 8  # a column is not squeezed below this (or its header, if shorter)


def write_rows(columns: list[str], rows: list[tuple], fmt: str, out, width: int = 100,
               max_width: int | None = None, json_columns: frozenset[str] = frozenset()) -> None:
    """`rows` in format `fmt`. Values of `json_columns` (DuckDB JSON text) and of list and struct columns
    come out as JSON: parsed into the JSON document, as JSON text in the other formats. A table fits
    `width` characters, or, with `max_width`, wraps each cell at that many."""
    rows = [tuple(_as_json(v) if c in json_columns else v for c, v in zip(columns, r, strict=True)) for r in rows]
    if fmt == "json":
        json.dump([dict(zip(columns, r, strict=True)) for r in rows], out, default=str, indent=1, ensure_ascii=False)
        out.write("\n")
        return
    cells = [[_text(v) for v in r] for r in rows]
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(cells)
    elif fmt == "markdown":
        out.write(format_markdown(columns, cells))
    else:
        out.write(format_wrapped_table(columns, cells, width, max_width))


def _as_json(value):
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:  # not JSON after all: kept as text
        return value


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, default=str, ensure_ascii=False)
    return str(value)


def format_markdown(columns: list[str], cells: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table: `|` escaped, line breaks as <br>."""
    def cell(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>") or " "

    lines = ["| " + " | ".join(cell(c) for c in columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in cells]
    return "\n".join(lines) + "\n"


def column_widths(columns: list[str], cells: list[list[str]], width: int, max_width: int | None) -> list[int]:
    """Each column's width: its longest line, capped at `max_width`; or else the widest columns narrowed to
    one common cap, the largest with which the table (two spaces between columns) fits `width`."""
    natural = [max([len(c)] + [len(line) for row in cells for line in row[i].splitlines() or [""]])
               for i, c in enumerate(columns)]
    if max_width:
        return [max(1, min(w, max_width)) for w in natural]
    floors = [min(w, max(MIN_COLUMN, min(len(c), 20))) for w, c in zip(natural, columns, strict=True)]
    room = width - 2 * (len(columns) - 1)

    def capped(cap: int) -> list[int]:
        return [min(w, max(floor, cap)) for w, floor in zip(natural, floors, strict=True)]

    low, high = 1, max(natural)  # the largest cap that fits; at 1 every column is at its floor
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if sum(capped(middle)) <= room else (low, middle - 1)
    return capped(low)


def _wrap(text: str, width: int) -> list[str]:
    lines = []
    for paragraph in text.splitlines() or [""]:
        lines += textwrap.wrap(paragraph, width, break_long_words=True, replace_whitespace=False,
                               drop_whitespace=True) or [""]
    return lines


def format_wrapped_table(columns: list[str], cells: list[list[str]], width: int = 100,
                         max_width: int | None = None) -> str:
    """An aligned table whose long cells wrap (never cut) to fit `width` characters, or at `max_width`
    characters a cell. Rows of more than one line are set apart by an empty line."""
    widths = column_widths(columns, cells, width, max_width)
    wrapped = [[_wrap(v.expandtabs(4), w) for v, w in zip(row, widths, strict=True)] for row in cells]
    tall = any(len(lines) > 1 for row in wrapped for lines in row)

    def line(parts: list[str]) -> str:
        return "  ".join(p.ljust(w) for p, w in zip(parts, widths, strict=True)).rstrip()

    header = [_wrap(c, w) for c, w in zip(columns, widths, strict=True)]
    out = [line([h[i] if i < len(h) else "" for h in header]) for i in range(max(len(h) for h in header))]
    out.append("  ".join("-" * w for w in widths))
    for number, row in enumerate(wrapped):
        if tall and number:
            out.append("")
        out += [line([c[i] if i < len(c) else "" for c in row]) for i in range(max(len(c) for c in row))]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_table(columns: list[str], rows: list[tuple], width: int = 60) -> str:
    """A plain aligned table; long cells are cut at `width` characters (use csv/json for full text)."""
    def cell(value) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def file_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")
