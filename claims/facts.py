"""Normalized facts of a claim sentence: what must stay equal for two wordings to say the same.

Similarity cannot see "15 mg" -> "30 mg" or "has not banned" -> "banned" (DESIGN.md), so
matched sentences are compared on these structured facts instead. The topic's own names are
masked first: the "7" of "7-OH" is not a number.
"""

import re

import re2

_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "single": 1, "half": 0.5, "quarter": 0.25, "double": 2, "triple": 3,
}
# Nouns a bare number counts ("12 patients", "one death"); other words after a number are no unit.
COUNT_NOUNS = set("""people person patient death case call visit overdose hospitalization admission exposure report
complaint company firm vendor retailer store shop product state county city adult teen child minor user resident
respondent letter arrest seizure tablet gummy gummie shot capsule bottle serving dose chewable pill study trial mouse
mice rat participant sample batch lab law bill agency""".split())
_UNITS = {
    "%": "%", "percent": "%", "per cent": "%", "percentage points": "pp",
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "g": "g", "gram": "g", "grams": "g",
    "mcg": "mcg", "µg": "mcg", "microgram": "mcg", "micrograms": "mcg", "ml": "ml", "mL": "ml",
    "x": "times", "times": "times", "fold": "times", "-fold": "times",
    "minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
}
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = re.compile(
    rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?\b"
    rf"|\b\d{{1,2}}\s+{_MONTHS}\.?(?:\s+(?:19|20)\d\d)?\b"
    rf"|\b{_MONTHS}\.?\s+(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b"
    r"|\b(?:in|since|by|until|of|from|during|before|after)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d\b(?!\s*(?:mg|%|percent|people|cases|calls|deaths))",
)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)"
_WORDNUM = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?<![\w.])(?P<cur>\$)?(?P<a>{_NUM}|{_WORDNUM})"
    rf"(?:\s*(?:-|\u2013|\u2014|to|and|or)\s*(?P<b>{_NUM}|{_WORDNUM}))?"
    rf"(?:\s*(?P<unit>%|per ?cent\b|percentage points|-?fold\b|x\b|[a-zµ]+))?",
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|zero)\b|n't\b|\bfree of\b|\black of\b",
)
_SCHEDULE = re.compile(r"\bschedule\s+(i{1,3}|iv|v|[1-5])\b")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}
_COMPARISON = re.compile(
    r"\b(?P<comp>(?:more|less|fewer|greater|higher|lower|stronger|weaker|safer|riskier|as)"
    r"(?:\s+(?:potent|dangerous|addictive|effective|powerful|toxic|harmful|risky|strong))?)"
    r"\s+(?:than|as)\s+(?P<target>[a-z][\w-]*)",
)
# Acronyms only in capitals: "patients who took it" names no World Health Organization.
_AGENCY_ACRONYMS = re.compile(r"\b(FDA|DEA|CDC|NIDA|HHS|SAMHSA|WHO|FTC|DOJ)\b")
_AGENCIES = re.compile(
    r"\b(food and drug administration|drug enforcement administration|centers for disease control|"
    r"board of pharmacy|attorney general|legislature|governor)\b"
)
_AGENCY_NAMES = {"food and drug administration": "FDA", "drug enforcement administration": "DEA",
                 "centers for disease control": "CDC"}
US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
    "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
    "Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York "
    "North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota "
    "Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming"
).split()  # two-word names keep their "_" until the pattern is built: "New" alone is no state
_PLACES = re.compile(
    r"\b(" + "|".join(sorted((s.replace(" ", r"\s+") for s in
                               [x.replace("_", " ") for x in US_STATES] + ["federal", "nationwide", "all 50 states"]),
                              key=len, reverse=True)).lower() + r")\b",
)
_PENALTY = re.compile(
    r"\b(?:(?:first|second|third|1st|2nd|3rd)[- ]degree\s+)?(?:misdemeanou?r|felony|civil (?:penalty|infraction)|"
    r"infraction|class [a-e] (?:misdemeanou?r|felony))\b",
)
_CONDITIONS = re.compile(
    r"\b(?:(?:(?:chronic|back|joint|nerve|muscle|everyday)\s+)?(?:pain|aches?|discomfort)|anxiety|depression|"
    r"insomnia|sleep|fatigue|energy|focus|mood|stress|ptsd|migraines?|"
    r"arthritis|fibromyalgia|(?:opioid\s+)?withdrawal|cravings?|inflammation)\b",
)
# Words after a number that are not its unit.
_NOT_UNITS = {"the", "a", "an", "of", "in", "and", "or", "to", "for", "with", "by", "on", "at", "as", "is",
              "are", "was", "were", "than", "more", "less", "other", "new", "additional", "such"}


def _number(text: str) -> float:
    word = text.lower()
    if word in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[word])
    return float(text.replace(",", ""))


def _unit(raw: str | None) -> str:
    if not raw:
        return ""
    unit = raw.strip().lower().replace(" ", "")
    unit = {"percent": "%", "percent.": "%", "percentagepoints": "pp"}.get(unit, unit)
    if raw.strip() in _UNITS:
        return _UNITS[raw.strip()]
    if unit in _UNITS:
        return _UNITS[unit]
    if unit in _NOT_UNITS:
        return ""
    # a counted noun: "three people", "seven companies" -> singular form
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", ""), ("", "")):
        if unit.endswith(suffix):
            singular = unit[: len(unit) - len(suffix)] + repl
            if singular in COUNT_NOUNS:
                return singular
    return ""


# Numbers that are not quantities: phone numbers, "24/7", schedule levels (compared on their own).
_NOT_QUANTITIES = re.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}-\d{4}\b|\b24/7\b|\bschedule\s+(?:[1-5]|i{1,3}|iv|v)\b")


_DIGIT = re.compile(r"\d")
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "thirds": 2 / 3, "quarters": 0.75}
_FRACTION = re.compile(r"\b(?P<n>one|a|two|three)[- ](?P<f>half|third|quarter|thirds|quarters)\b")


def quantities(masked: str) -> list[list]:
    """[[low, high, unit], ...] sorted; a single value has low == high. Dates are not quantities."""
    text = masked
    if _DIGIT.search(text):  # dates and phone numbers have digits; most sentences have none
        text = _NOT_QUANTITIES.sub(" ", _DATE.sub(" ", text))
    found = []
    for m in _FRACTION.finditer(text):  # "one quarter of the bottle", "two-thirds of a tablet"
        value = round(_FRACTIONS[m["f"].lower()], 3)
        found.append([value, value, "fraction"])
    text = _FRACTION.sub(" ", text)
    for m in _QUANTITY.finditer(text):
        a = m["a"]
        if a.lower() in ("one", "single") and not m["unit"] and not m["b"]:
            continue  # a lone "one" is a pronoun more often than a number
        try:
            low = _number(a)
            high = _number(m["b"]) if m["b"] else low
        except ValueError:
            continue
        unit = "usd" if m["cur"] else _unit(m["unit"])
        if a.lower() in ("one", "single") and unit == "":
            continue
        found.append([low, high, unit])
    return sorted(found)


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_COMPOUND = re.compile(r"\b(" + "|".join(_TENS) + r")[- ](one|two|three|four|five|six|seven|eight|nine)\b")


def _spell_out_compounds(text: str) -> str:
    """"twenty-four" -> "24", so it compares equal to the digits (text lower-cased)."""
    return _COMPOUND.sub(lambda m: str(_TENS[m[1]] + _WORD_NUMBERS[m[2]]), text)


def _dates(original: str, lowered: str) -> list[str]:
    """Dates as written (found in the lower-cased text; its spans are the original's unless
    lower-casing changed the length, which a few non-ASCII letters do)."""
    if not _DIGIT.search(lowered):
        return []
    spans = [m.span() for m in _DATE.finditer(lowered)]
    source = original if len(original) == len(lowered) else lowered
    return [source[a:b] for a, b in spans]


# Which kinds of fact a sentence may hold, found in one pass of an RE2 set (most sentences hold one
# or two kinds, and each Python regex costs a pass of its own). For ASCII text the set's \b, \w
# and \s mean what Python's do; other text skips this shortcut.
_NUMBER_HINT = re.compile(r"\d|" + "|".join(_WORD_NUMBERS) + "|third")  # what quantities() can start from
_KINDS = {"numbers": _NUMBER_HINT, "negated": _NEGATION, "schedules": _SCHEDULE, "places": _PLACES,
          "agencies": _AGENCIES, "comparisons": _COMPARISON, "penalties": _PENALTY, "conditions": _CONDITIONS}
_KIND_NAMES = list(_KINDS)
_KIND_SET = re2.Set.SearchSet(re2.Options())
for _rx in _KINDS.values():
    _KIND_SET.Add(_rx.pattern)
_KIND_SET.Compile()


def _kinds_present(text: str) -> set[str]:
    """The kinds of fact whose pattern occurs in the text (all of them, to be safe, for non-ASCII text)."""
    if not text.isascii():
        return set(_KIND_NAMES)
    return {_KIND_NAMES[i] for i in _KIND_SET.Match(text) or ()}


def extract_facts(masked: str) -> dict:
    """Facts of a sentence whose topic names are already masked."""
    original = masked.translate(_APOSTROPHES)
    # matched lower-cased: IGNORECASE makes Python's regex engine several times slower
    lowered = original.lower()
    text = _spell_out_compounds(lowered)
    kinds = _kinds_present(text)
    agencies = set(_AGENCY_ACRONYMS.findall(original))
    if "agencies" in kinds:
        agencies |= {_AGENCY_NAMES.get(name, name) for name in _AGENCIES.findall(text)}
    def found(kind: str, values) -> list:
        return sorted(values()) if kind in kinds else []

    return {
        "numbers": quantities(text) if "numbers" in kinds else [],
        "negated": "negated" in kinds and bool(_NEGATION.search(text)),
        "schedules": found("schedules", lambda: {_ROMAN.get(s.upper(), s.upper()) for s in _SCHEDULE.findall(text)}),
        "places": found("places", lambda: {re.sub(r"\s+", " ", p) for p in _PLACES.findall(text)}),
        "agencies": sorted(agencies),
        "comparisons": found("comparisons", lambda: {f"{m['comp']} than {m['target']}"
                                                     for m in _COMPARISON.finditer(text)}),
        "penalties": found("penalties", lambda: {re.sub(r"\s+", " ", p) for p in _PENALTY.findall(text)}),
        "conditions": found("conditions", lambda: {re.sub(r"\s+", " ", c) for c in _CONDITIONS.findall(text)}),
        "dates": sorted({re.sub(r"\s+", " ", d) for d in _dates(original, lowered)}),
    }


# Facts whose difference makes a claim change; dates alone never do (date-only edits are noise).
COMPARED_FACTS = ("numbers", "negated", "schedules", "places", "agencies", "comparisons", "penalties", "conditions")


def differing_facts(before: dict, after: dict) -> list[str]:
    return [key for key in COMPARED_FACTS if before.get(key) != after.get(key)]


def has_checkable_fact(facts: dict) -> bool:
    return any(facts[k] for k in ("numbers", "schedules", "places", "agencies", "comparisons", "penalties",
                                  "conditions")) or facts["negated"]
