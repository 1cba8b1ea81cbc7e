"""Claim trends as an SVG line chart, drawn on the server (no script, no style attribute: the page's
Content-Security-Policy allows neither)."""

from dataclasses import dataclass

# one colour per category, distinguishable in print and for common colour blindness (Okabe-Ito)
COLOURS = {"legal_status": "#0072B2", "potency": "#D55E00", "safety": "#CC79A7", "dosage": "#009E73",
           "efficacy": "#E69F00", "statistics": "#56B4E9", "product": "#666666"}
WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 48, 130, 16, 40


@dataclass
class Chart:
    width: int
    height: int
    weeks: list[dict]       # {"x", "label"}
    ticks: list[dict]       # {"y", "label"}
    lines: list[dict]       # {"category", "colour", "points", "dots": [{"x", "y", "value", "week"}], "label_y"}
    plot: dict              # left, right, top, bottom


def trend_chart(rows: list[dict]) -> Chart | None:
    """rows: week, category, claims (the web_trends query). None when there is nothing to draw."""
    weeks = sorted({r["week"] for r in rows})
    if not weeks:
        return None
    top = max(r["claims"] for r in rows) or 1
    step = _nice_step(top)
    top = step * -(-top // step)
    x0, x1, y0, y1 = LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, TOP

    def x(i: int) -> float:
        return round(x0 + (x1 - x0) * (i / (len(weeks) - 1) if len(weeks) > 1 else 0.5), 1)

    def y(v: int) -> float:
        return round(y0 - (y0 - y1) * v / top, 1)

    by_category: dict[str, dict[str, int]] = {}
    for r in rows:
        by_category.setdefault(r["category"], {})[r["week"]] = r["claims"]
    lines = []
    for category in sorted(by_category, key=lambda c: list(COLOURS).index(c) if c in COLOURS else 99):
        counts = by_category[category]
        dots = [{"x": x(i), "y": y(counts.get(w, 0)), "value": counts.get(w, 0), "week": w} for i, w in enumerate(weeks)]
        lines.append({"category": category, "colour": COLOURS.get(category, "#000000"),
                      "points": " ".join(f"{d['x']},{d['y']}" for d in dots), "dots": dots, "label_y": dots[-1]["y"]})
    _spread_labels(lines)
    return Chart(WIDTH, HEIGHT, [{"x": x(i), "label": w} for i, w in enumerate(weeks)],
                 [{"y": y(v), "label": v} for v in range(0, top + 1, step)], lines,
                 {"left": x0, "right": x1, "top": y1, "bottom": y0})


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10 ** len(str(top))


def _spread_labels(lines: list[dict], gap: float = 13) -> None:
    """Labels at the right end of each line, moved apart so they do not overlap."""
    ordered = sorted(lines, key=lambda line: line["label_y"])
    for above, below in zip(ordered, ordered[1:], strict=False):
        if below["label_y"] - above["label_y"] < gap:
            below["label_y"] = above["label_y"] + gap
