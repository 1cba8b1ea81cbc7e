"""Pages and their weekly edits, for build.py (standard library only).

A page is its week-1 text (one paragraph, list item or table row per line, the
extractor's layout) plus a list of weekly edits. Each edit is a list of
operations; every operation is either noise (it carries its noise kind) or a
claim change (it carries its change kinds, its category and its evidence
phrases). A pair's labels are the union of its operations' labels, so the
labels cannot drift from the texts.

Every operation names the text it touches by a substring that must occur
exactly once on the page, so an edit cannot silently land on the wrong line.
"""

import datetime
import textwrap

NOISE_KINDS = ("reorder", "reword", "typo", "punctuation", "date", "furniture",
               "non_claim_sentence", "number_format", "paragraph_split")
CATEGORIES = ("legal_status", "potency", "safety", "dosage", "efficacy",
              "statistics", "product")
CHANGE_KINDS = ("number", "status", "negation", "quantifier", "modified",
                "added", "removed")
FAMILIES = ("shop", "news", "care", "regulator", "other")


class BuildError(Exception):
    pass


def _unique_line(lines, needle, page):
    text = "\n".join(lines)
    if text.count(needle) != 1:
        raise BuildError(f"{page}: {needle!r} occurs {text.count(needle)} times")
    for i, line in enumerate(lines):
        if needle in line:
            return i
    raise BuildError(f"{page}: {needle!r} spans lines")


def _short(s, n=90):
    s = s.strip()
    return s if len(s) <= n else s[: n - 1] + "…"


class Op:
    """One edit. noise: a noise kind, or None for a claim change."""

    noise = None
    kinds = ()
    category = None
    evidence = ()

    def __init__(self):
        self.touched_before = []   # lines as they were, for the evidence check
        self.touched_after = []

    @property
    def is_claim(self):
        return self.noise is None


class Sub(Op):
    def __init__(self, old, new):
        super().__init__()
        self.old, self.new = old, new

    def apply(self, lines, page):
        i = _unique_line(lines, self.old, page)
        line = lines[i].replace(self.old, self.new)
        if not line.strip():
            raise BuildError(f"{page}: substitution empties a line")
        self.touched_before, self.touched_after = [lines[i]], [line]
        return lines[:i] + [line] + lines[i + 1:]

    def describe(self):
        if not self.new:
            return f"'{_short(self.old)}' deleted"
        if not self.old.strip():
            return f"'{_short(self.new)}' inserted"
        return f"'{_short(self.old)}' -> '{_short(self.new)}'"


class Ins(Op):
    """Insert a line after (or before) the line holding anchor; anchor None appends."""

    def __init__(self, anchor, text, before=False):
        super().__init__()
        self.anchor, self.text, self.before = anchor, text.strip(), before

    def apply(self, lines, page):
        if "\n".join(lines).count(self.text):
            raise BuildError(f"{page}: inserted line already present: {self.text!r}")
        if self.anchor is None:
            i = len(lines)
        else:
            i = _unique_line(lines, self.anchor, page) + (0 if self.before else 1)
        self.touched_after = [self.text]
        return lines[:i] + [self.text] + lines[i:]

    def describe(self):
        return f"line added: '{_short(self.text)}'"


class Del(Op):
    def __init__(self, anchor):
        super().__init__()
        self.anchor = anchor

    def apply(self, lines, page):
        i = _unique_line(lines, self.anchor, page)
        self.touched_before = [lines[i]]
        return lines[:i] + lines[i + 1:]

    def describe(self):
        return f"line deleted: '{_short(self.touched_before[0] if self.touched_before else self.anchor)}'"


class Move(Op):
    noise = "reorder"

    def __init__(self, anchor, dest, before=False):
        super().__init__()
        self.anchor, self.dest, self.before = anchor, dest, before

    def apply(self, lines, page):
        i = _unique_line(lines, self.anchor, page)
        line = lines[i]
        rest = lines[:i] + lines[i + 1:]
        j = _unique_line(rest, self.dest, page) + (0 if self.before else 1)
        return rest[:j] + [line] + rest[j:]

    def describe(self):
        where = "before" if self.before else "after"
        return f"'{_short(self.anchor, 50)}' moved {where} '{_short(self.dest, 50)}'"


class Split(Op):
    """Split the line holding `at` so that `at` starts a new paragraph."""

    noise = "paragraph_split"

    def __init__(self, at):
        super().__init__()
        self.at = at

    def apply(self, lines, page):
        i = _unique_line(lines, self.at, page)
        head, tail = lines[i].split(self.at, 1)
        if not head.strip():
            raise BuildError(f"{page}: split at the start of a line")
        return lines[:i] + [head.rstrip(), self.at + tail] + lines[i + 1:]

    def describe(self):
        return f"paragraph split before '{_short(self.at, 50)}'"


class Merge(Op):
    """Merge the line holding anchor with the line after it."""

    noise = "paragraph_split"

    def __init__(self, anchor):
        super().__init__()
        self.anchor = anchor

    def apply(self, lines, page):
        i = _unique_line(lines, self.anchor, page)
        if i + 1 >= len(lines):
            raise BuildError(f"{page}: nothing to merge after {self.anchor!r}")
        return lines[:i] + [lines[i] + " " + lines[i + 1]] + lines[i + 2:]

    def describe(self):
        return f"paragraph merged with the next after '{_short(self.anchor, 50)}'"


def _noise(op, kind):
    if kind not in NOISE_KINDS:
        raise BuildError(f"unknown noise kind {kind!r}")
    op.noise = kind
    return op


def _claim(op, kinds, category, evidence):
    kinds = tuple(k.strip() for k in kinds.split(","))
    if not set(kinds) <= set(CHANGE_KINDS) or category not in CATEGORIES:
        raise BuildError(f"bad claim label {kinds} {category}")
    if not evidence:
        raise BuildError("a claim change needs evidence")
    op.noise, op.kinds, op.category, op.evidence = None, kinds, category, tuple(evidence)
    return op


# ---- noise operations -------------------------------------------------------

def sub(kind, old, new):
    return _noise(Sub(old, new), kind)


def ins(kind, anchor, text, before=False):
    return _noise(Ins(anchor, text, before), kind)


def dele(kind, anchor):
    return _noise(Del(anchor), kind)


def move(anchor, dest, before=False):
    return Move(anchor, dest, before)


def split(at):
    return Split(at)


def merge(anchor):
    return Merge(anchor)


# ---- claim changes ----------------------------------------------------------

def chg(kinds, category, old, new, *evidence):
    """A claim sentence changed in place (or a sentence added/removed inside a paragraph)."""
    return _claim(Sub(old, new), kinds, category, evidence)


def add(category, anchor, text, *evidence, before=False, kinds="added"):
    return _claim(Ins(anchor, text, before), kinds, category, evidence)


def rem(category, anchor, *evidence, kinds="removed"):
    return _claim(Del(anchor), kinds, category, evidence)


# ---- pages ------------------------------------------------------------------

def _lines(text):
    return [ln.strip() for ln in textwrap.dedent(text).strip().splitlines() if ln.strip()]


class Page:
    def __init__(self, slug, family, topic, start, text):
        if family not in FAMILIES:
            raise BuildError(f"{slug}: unknown family {family}")
        self.slug, self.family, self.topic = slug, family, topic
        self.start = datetime.date.fromisoformat(start)
        self.weeks = [_lines(text)]
        self.edits = []

    def week(self, *ops, note=None):
        lines = list(self.weeks[-1])
        for op in ops:
            lines = op.apply(lines, self.slug)
        for op in ops:
            if op.is_claim:
                touched = op.touched_before + op.touched_after
                for ev in op.evidence:
                    if not any(ev in t for t in touched):
                        raise BuildError(f"{self.slug} week {len(self.weeks) + 1}: "
                                         f"evidence {ev!r} not in the changed line")
        self.weeks.append(lines)
        self.edits.append((ops, note))
        return self

    def records(self):
        out = []
        for k, (ops, note) in enumerate(self.edits, start=1):
            claims = [op for op in ops if op.is_claim]
            kinds, cats, evidence, noise = [], [], [], []
            for op in claims:
                kinds += [x for x in op.kinds if x not in kinds]
                if op.category not in cats:
                    cats.append(op.category)
                evidence += [e for e in op.evidence if e not in evidence]
            for op in ops:
                if not op.is_claim and op.noise not in noise:
                    noise.append(op.noise)
            words = [f"CHANGE {op.category}/{','.join(op.kinds)}: {op.describe()}" for op in claims]
            words += [f"{op.noise}: {op.describe()}" for op in ops if not op.is_claim]
            auto = "; ".join(words)
            out.append({
                "id": f"h3-{self.slug}-w{k}-w{k + 1}",
                "source": "holdout3",
                "family": self.family,
                "page": self.slug,
                "date_before": (self.start + datetime.timedelta(weeks=k - 1)).isoformat(),
                "date_after": (self.start + datetime.timedelta(weeks=k)).isoformat(),
                "topic": self.topic,
                "before": "\n".join(self.weeks[k - 1]),
                "after": "\n".join(self.weeks[k]),
                "flagged": bool(claims),
                "kinds": kinds,
                "categories": cats,
                "noise": sorted(noise),
                "evidence": evidence,
                "note": (note + " | " + auto) if note else auto,
            })
        return out


# ---- topics (as the sources file's [topic] would give them) ------------------

T_7OH = {"name": "7-hydroxymitragynine",
         "aliases": ["7-hydroxymitragynine", "7-OH", "7OH", "7-OHM", "7 hydroxy"]}
T_KRATOM = {"name": "kratom", "aliases": ["kratom", "Mitragyna speciosa", "mitragynine"]}
T_KAVA = {"name": "kava", "aliases": ["kava", "kavalactones", "Piper methysticum"]}
T_D8 = {"name": "delta-8 THC", "aliases": ["delta-8", "delta 8", "delta-8 THC", "Δ8-THC", "D8"]}
T_THCA = {"name": "THCa", "aliases": ["THCa", "THC-A", "THCA", "tetrahydrocannabinolic acid"]}
T_AMANITA = {"name": "Amanita muscaria",
             "aliases": ["Amanita muscaria", "amanita", "fly agaric", "muscimol"]}
T_TIANEPTINE = {"name": "tianeptine", "aliases": ["tianeptine", "tianeptine sodium", "tianeptine sulfate"]}
T_PHENIBUT = {"name": "phenibut", "aliases": ["phenibut", "phenibut HCl", "β-phenyl-γ-aminobutyric acid"]}
T_N2O = {"name": "nitrous oxide", "aliases": ["nitrous oxide", "N2O", "galaxy gas", "whippets"]}
T_XYLAZINE = {"name": "xylazine", "aliases": ["xylazine", "tranq"]}
T_NITAZENES = {"name": "nitazenes", "aliases": ["nitazene", "nitazenes", "isotonitazene",
                                                "metonitazene", "protonitazene", "etonitazene"]}
T_HEAP = {"name": "Home Energy Assistance Program",
          "aliases": ["HEAP", "Home Energy Assistance Program", "energy assistance", "heating assistance"]}
T_PARKING = {"name": "residential parking permit",
             "aliases": ["residential parking permit", "RPP", "Residential Permit Parking", "parking permit"]}
T_MELATONIN = {"name": "melatonin", "aliases": ["melatonin"]}
T_SUNBUCKS = {"name": "SUN Bucks", "aliases": ["SUN Bucks", "Summer EBT", "summer EBT"]}
T_FISHING = {"name": "fishing license", "aliases": ["fishing license", "fishing licence", "trout stamp"]}
