"""Normalized facts of a claim sentence: what must stay equal for two wordings to say the same.

Similarity cannot see "15 mg" -> "30 mg" or "has not banned" -> "banned" (a sentence-embedding
model scored those pairs 0.968 and 0.871, close to the 0.98-0.997 of harmless rewordings), so
matched sentences are compared on these structured facts instead. The topic's own names are
masked first: the "7" of "7-OH" is not a number.

Numbers are normalised so that a new notation is no new fact: words and digits ("one month",
"1 month", "twenty-four"), thousands separators, units and their spellings ("12 milligrams",
"12mg"; "3-30h", "3-30 hours"; "µg", "ug"), ranges ("3 to 5", "3-5", "3–5"), open ranges
("180mg+"), multiples ("twice", "2x", "two times", "2-fold"), fractions ("½", "1/2", "half a"),
a unit written at both ends of a range ("3 mg to 5 mg") and money ("£3 billion", "three billion
pounds", "£27k", "$2,500"); quantities in units that convert exactly ("36 hours" and "1.5 days", "24
months" and "two years", "2.5 g" and "2,500 mg") compare equal. Identifiers are not quantities:
phone numbers, postcodes, times of day and opening hours ("8-4 ET"), URLs and e-mail addresses,
numbered names ("Project 42", "Form 12-B", "Section 9"), chemical and product codes ("2C-B",
"5-MeO-DMT"), item, batch and document codes ("lot 5521", "SKU: 4410", a long run of digits), "#1".
"""

import re

import re2

_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "single": 1, "half": 0.5, "quarter": 0.25, "double": 2, "triple": 3,
    "thousand": 1e3, "million": 1e6, "billion": 1e9,
}
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_TIMES_WORDS = re.compile(r"\b(twice|thrice)\b")
# Nouns a bare number counts ("12 patients", "one death"); other words after a number are no unit.
COUNT_NOUNS = set("""people person patient death case call visit overdose hospitalization admission exposure report
complaint company firm vendor retailer store shop product state county city adult teen child minor user resident
respondent letter arrest seizure tablet gummy gummie shot capsule bottle serving dose chewable pill study trial mouse
mice rat participant sample batch lab law bill agency""".split())
_UNITS = {
    "%": "%", "percent": "%", "per cent": "%", "percentage points": "pp",
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "g": "g", "gram": "g", "grams": "g",
    "mcg": "mcg", "µg": "mcg", "ug": "mcg", "microgram": "mcg", "micrograms": "mcg", "ml": "ml", "mL": "ml",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "lb": "lb", "lbs": "lb", "oz": "oz",
    "x": "times", "times": "times", "fold": "times", "-fold": "times",
    "s": "", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre", "km": "km", "mile": "mile",
    "miles": "mile", "pound": "gbp", "pounds": "gbp", "dollar": "usd", "dollars": "usd", "euro": "eur",
    "euros": "eur", "usd": "usd", "gbp": "gbp", "eur": "eur", "\u00b0f": "\u00b0f", "\u00b0c": "\u00b0c",
}
UNIT_WORDS = frozenset(_UNITS) | {"per", "cent", "percent", "percentage", "point"}
_CURRENCIES = {"$": "usd", "£": "gbp", "€": "eur"}
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                                  "oct", "nov", "dec"))}
_SEASONS = r"(?:spring|summer|autumn|fall|winter)"
# Dates written with digits only ("2026-11-05", "11/05/2026", "2024-2025", "2024/25"), and a year alone.
_NUMERIC_DATES = (
    r"\b(?P<y4>(?:19|20)\d\d)[-/](?P<m4>\d\d?)[-/](?P<d4>\d\d?)\b"
    r"|\b(?P<m8>\d\d?)/(?P<d8>\d\d?)/(?P<y8>(?:19|20)?\d\d)\b"
    r"|\b(?P<m10>\d\d?)/(?P<y10>(?:19|20)\d\d)\b"
    r"|\b(?P<y9>(?:19|20)\d\d)\s*[\u2013-]\s*(?P<y9b>(?:19|20)\d\d)\b"
    r"|\b(?P<y5>(?:19|20)\d\d)\s*[/\u2013-]\s*(?P<y5b>\d\d)\b(?![\d%])"
)
_YEAR = (  # not a year: the end of a range of quantities ("1000-2000 mg"), a count ("2000 people")
    r"(?<![\d.,][-\u2013])(?<![\d.,]\s[-\u2013]\s)\b(?P<y6>(?:19|20)\d\d)\b"
    r"(?!\s*(?:mg|%|percent|people|cases|calls|deaths)|\s*[-\u2013]\s*\d{1,3}\b(?!\d))"
)
_DATE = re.compile(
    rf"\b(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})\.?(?:,?\s+(?P<y2>(?:19|20)\d\d))?\b"
    rf"|\b(?P<m3>{_MONTHS}|{_SEASONS})\.?\s+(?:of\s+)?(?P<y3>(?:19|20)\d\d)\b"
    rf"|{_NUMERIC_DATES}"
    rf"|\b(?:in|from|by|until|since|before|after|during|each|every|early|late|mid|starting|start|end of)\s+"
    rf"(?P<m7>jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    rf"nov(?:ember)?|dec(?:ember)?|{_SEASONS})\b(?!\.?\s*(?:of\s+)?\d)"
    rf"|{_YEAR}",
)
_MONTH_HINT = re.compile(r"\b(?:jan|feb|march|apr|june|july|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)"
                         r"|\d\s*may\b|\bmay\.?\s*\d")
# The same without month names, for the many sentences that name no month (a third of the cost).
_DATE_NUMERIC = re.compile(f"{_NUMERIC_DATES}|{_YEAR}")
_YEARISH = re.compile(r"(?:19|20)\d\d|\d/\d")
# A date after these words stamps the page, not its claims ("Updated Nov. 9", "As of October 2026").
_TIMESTAMP_BEFORE = re.compile(
    r"(?:\u00a9|\(c\)|\b(?:updated|reviewed|published|posted|revised|modified|edited|accessed|retrieved|as of|current to|"
    r"current through|up to date (?:to|through)|"
    r"correct (?:at|as of)|last checked|dated|date|copyright|expiry|expiration|exp|best before|use by|lot|"
    r"mfg|manufactured|packed|tested))\W*(?:on\s+|at\s+)?(?:\w+\W+){0,2}$",
)
_DECADE = re.compile(r"\b(?:19|20)\d0'?s\b|(?<![\w.,])'?\d0'?s\b")
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_WORDNUM = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_MULT = r"(?:(?P<{0}>k|m|mn|bn)\b|\s?(?P<{0}w>thousand|million|billion)\b)?"
_QUANTITY = re.compile(
    rf"(?<![\w.])(?P<cur>[$\u00a3\u20ac])?\s?(?P<a>{_NUM}|(?:{_WORDNUM})\b)" + _MULT.format("mult")
    + rf"(?:\s*(?:-|\u2013|\u2014|to|and|or)\s*(?:(?P=cur))?(?P<b>{_NUM}|(?:{_WORDNUM})\b)" + _MULT.format("multb")
    + r")?(?:\s*-?(?P<unit>%|per ?cent\b|percentage points|-?fold\b|x\b|\u00b0\s?[cf]\b|[a-z\u00b5]+))?(?P<plus>\+)?",
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|zero|unable|no longer)\b|n't\b|"
    r"\bfree of\b|\black of\b",
)
_SCHEDULE = re.compile(r"\bschedule\s+(i{1,3}|iv|v|[1-5])\b")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}
_LEVEL_BEFORE = re.compile(r"\b(very high|high|medium|moderate|low|very low|critical|severe)['\u2019\"]?\s+(?:[\w-]+\s+){0,3}"
                           r"(level|tier)\b")
# Levels of a status ("Level 3", "tier 2", "phase two"): compared, never read as quantities.
_LEVEL = re.compile(r"\b(level|tier|stage|phase|step|category|class|grade)(?::\s*|\s+)"
                    r"(\d+|[ivx]{1,4}\b|one|two|three|four|five|very high|high|medium|moderate|low|very low|critical|severe)\b")
_COMPARISON = re.compile(
    r"\b(?P<comp>(?:more|less|fewer|greater|higher|lower|stronger|weaker|safer|riskier|as)"
    r"(?:\s+(?:potent|dangerous|addictive|effective|powerful|toxic|harmful|risky|strong))?)"
    r"\s+(?:than|as)\s+(?P<target>[a-z][\w-]*)",
)
_PRONOUNS = {"it", "this", "that", "them", "those", "these", "others", "other", "before", "usual", "ever",
             "normal", "expected", "needed", "necessary", "possible", "previously", "average",
             "once", "twice", "thrice"}  # "more than twice a week" compares a count, read as a number
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
# Kinds of substance a claim compares with or warns about ("do not mix it with opioids" -> "with
# stimulants"); singular forms, matched with an optional plural.
_SUBSTANCE_WORDS = (
    "opioid opiate sedative stimulant depressant benzodiazepine benzo barbiturate alcohol cannabis marijuana "
    "thc cbd nicotine caffeine tobacco ssri snri maoi antidepressant antipsychotic psychedelic dissociative "
    "deliriant amphetamine methamphetamine cocaine heroin morphine fentanyl oxycodone hydrocodone codeine "
    "tramadol methadone buprenorphine naloxone kratom mitragynine ketamine mdma lsd psilocybin dxm ghb gbl "
    "antihistamine lithium stimulant serotonin dopamine"
).split()
_SUBSTANCES = re.compile(r"\b(" + "|".join(sorted(set(_SUBSTANCE_WORDS), key=len, reverse=True)) + r")s?\b")
# Status words: what state the subject is in ("closed" -> "reopened in May", "withdrawn", "suspended").
_STATUS_WORDS = {
    "closed": "closed", "closes": "closed", "closure": "closed", "closures": "closed",
    "reopen": "open", "reopens": "open", "reopened": "open", "reopening": "open",
    "suspended": "suspended", "paused": "suspended", "cancelled": "cancelled", "canceled": "cancelled",
    "postponed": "postponed", "withdrawn": "withdrawn", "discontinued": "withdrawn", "recalled": "withdrawn",
    "expired": "expired", "expires": "expired", "approved": "approved", "authorized": "approved",
    "authorised": "approved", "licensed": "approved", "extended": "extended", "lifted": "lifted", "ended": "ended",
}
_STATUS = re.compile(r"\b(" + "|".join(sorted(_STATUS_WORDS, key=len, reverse=True)) + r")\b")
# How much of a group a claim speaks of ("most users", "almost all of the shops", "at least one of
# the rules"), each wording read as its degree.
_QUANTIFIER_WORDS = {
    "nearly all": "nearly all", "almost all": "nearly all", "virtually all": "nearly all", "most": "most",
    "the majority of": "most", "a majority of": "most", "many": "many", "a lot of": "many", "lots of": "many",
    "numerous": "many", "several": "several", "a few": "a few", "few": "few", "at least one": "at least one",
    "some": "some", "a minority of": "a minority", "all": "all", "every": "all", "each": "all",
}
# How grave a harm is said to be ("withdrawal can be severe" -> "is usually mild").
_SEVERITY_WORDS = {"mild": "mild", "moderate": "moderate", "severe": "severe", "serious": "severe",
                   "life-threatening": "life-threatening", "deadly": "life-threatening", "fatal": "life-threatening",
                   "lethal": "life-threatening"}
_SEVERITY = re.compile(r"\b(" + "|".join(sorted(_SEVERITY_WORDS, key=len, reverse=True)) + r")\b")
_QUANTIFIER_HINT = re.compile(r"\b(" + "|".join(sorted(_QUANTIFIER_WORDS, key=len, reverse=True)) + r")\b")
# not a share of a group but a frequency ("all day", "most of the time", "every week"), nor a
# superlative ("the most common", "our most potent")
_QUANTIFIER = re.compile(r"(?<!\bthe )(?<!\bour )(?<!\bits )(?<!\btheir )(?<!\byour )(?<!\bhis )(?<!\bher )"
                         + _QUANTIFIER_HINT.pattern
                         + r"(?!\s+(?:of\s+)?(?:the\s+)?(?:time|day|week|month|year|morning|night)s?\b)")
# Words after a number that are not its unit.
_NOT_UNITS = {"the", "a", "an", "of", "in", "and", "or", "to", "for", "with", "by", "on", "at", "as", "is",
              "are", "was", "were", "than", "more", "less", "other", "new", "additional", "such"}

# (not "ct", "mt", "pt": a count, a mount, a pint are commoner than the bare zone)
_CODE_WORDS = ("lot", "batch", "sku", "upc", "ean", "isbn", "serial", "model", "item", "part", "ref", "docket",
               "invoice", "ticket", "tracking", "id")
_DIGIT_RUN = re.compile(r"\d{7}")
_ZONES = r"(?:et|est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|bst|utc|cet|cest)"
_TIME_ZONE = re.compile(r"\d\s?(?:[ap]\.?m\.?\s?)?" + _ZONES + r"\b")

# --- identifiers: numbers that name something instead of counting it ------------------------------
# Each kind is searched for only when a cheap test says it may be there (most sentences hold none).
# Patterns run on the lower-cased text (IGNORECASE makes Python's engine several times slower).
_IDENTIFIER_KINDS = [
    (lambda lo: "@" in lo, re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),                          # e-mail
    (lambda lo: "http" in lo or "www." in lo, re.compile(r"https?://\S+|\bwww\.\S+")),
    (lambda lo: True, re.compile(                                                              # phone
        r"(?P<phone>(?<![\w.])(?<!\d,)(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,5}\)\s?|\d{1,5}[\s.\-])(?:\d{2,4}[\s.\-]){0,2}"
        r"\d{3,4}(?!\w|,\d))")),
    (lambda lo: any(w in lo for w in ("tty", "dial", "fax", "tel", "phone", "zip", "postal", "call ", "call:", "text ")),
     re.compile(r"\b(?:tty|dial|text|fax|tel|phone|call)\b:?\s*\+?\d[\d\s().\-]{1,16}\d\b"   # "TTY: 4040"
                r"|\b(?:zip|postal)(?:\s+code)?:?\s*\d{5}(?:-\d{4})?\b")),
    (lambda lo: ":" in lo or "am" in lo or "pm" in lo or "a.m" in lo or "p.m" in lo, re.compile(  # times, "2:1"
        r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|\b\d{1,2}:\d\d?\b")),
    # "24/7" and "24 hours a day" say when, not how much: always
    (lambda lo: "24/7" in lo or "#" in lo or "no." in lo or " ago" in lo or "hours a day" in lo, re.compile(
        r"\b24/7\b|\b24 hours a day(?:,? (?:and )?7 days a week)?\b|#\s?\d[\w-]*|\bno\.\s?\d[\w-]*"
        r"|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b")),
    (lambda lo: any(w in lo for w in ("building", "bldg", "suite", "room", "floor", "apt", "dsn", "box")), re.compile(
        r"\b(?:building|bldg|suite|room|floor|box|apt|dsn)\.?\s*\d[\w-]*")),                 # addresses
    # codes that label an item, a batch or a document: "lot 2611", "SKU: 40417", "ref. 88-1", and a
    # long run of digits with no separators (a barcode, an account number: no count is written so)
    (lambda lo: any(w in lo for w in _CODE_WORDS) or _DIGIT_RUN.search(lo) is not None, re.compile(
        r"\b(?:lot|batch|sku|upc|ean|isbn|serial|model|item|part|ref|reference|docket|invoice|ticket|tracking|id)"
        r"(?:\s?(?:no\.?|number|#|code))?[.:#]?\s?\d[\w-]*"
        r"|(?P<digits>(?<![\d.,])\d{7,}(?![\d.,]?\d))")),
    # opening hours with a time zone: "9-5 ET", "8 to 6 pm PT", "until 7 ET"
    (lambda lo: _TIME_ZONE.search(lo) is not None, re.compile(
        r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)?(?:\s?(?:-|\u2013|to)\s?\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)?)?\s?"
        + _ZONES + r"\b")),
]
_STREET = re.compile(r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|"
                     r"Ln|Way)\b")
# In a contact line every group of digits shaped like a phone number is one: "DSN 312-4410".
_CONTACT = re.compile(r"\b(?:call|phone|telephone|tel|hotline|helpline|fax|text|dial|contact|reach(?:ed)? us)\b")
_LOCAL_PHONE = re.compile(r"(?<![\w.,-])\d{2,4}[-.]\d{3,4}(?:[-.]\d{3,4})?(?![\w-])")
_COMMERCE = re.compile(
    r"\b(?:price[ds]?|pricing|on sale|sale price|add to cart|checkout|pack of|per pack|bundle|coupon|discount|msrp|"
    r"retail price|free shipping|shipping|orders? over|your order|subtotal)\b"
    r"|\b(?:only|just|now|was|from)\s[$\u00a3\u20ac]\d(?![\d,.]*\s*(?:to|-|\u2013|and)\s*[$\u00a3\u20ac]?\d)"
    # what a thing sells for: "you can buy one for about $40"
    r"|\b(?:buy|purchase)\b.{0,40}\bfor\s(?:about\s|around\s|under\s|only\s|just\s|as little as\s)?[$\u00a3\u20ac]\d")
_PRICE = re.compile(r"[$\u00a3\u20ac]\s?\d[\d,]*(?:\.\d\d)?")
# Postcodes are told by their capitals: "SW1A 2AA", "OH 43215".
_POSTCODES = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
# A number right after a capitalised name inside a sentence is part of the name: "Project 42",
# "Form 12-034EZ", "Public Law 104-88", "Title 9", "Route 66" (not a month, a level, a unit or a
# word that starts a count, and not when a unit follows: "Harbor Haze 10 mg" is a strength).
_NAMED_NUMBER = re.compile(r"\b(?P<name>[A-Z][a-z]*\.?)\s(?P<num>\d[\w\-/.]*\d|\d)\b(?!\s*(?:%|percent))")
_NOT_NAMES = set("""a an the at about above after all almost among and any around as before below between but by
during each every for from in including into just least less more most nearly of on only or over per plus some
than to top under until up with within without approximately approx roughly estimated est
is are was were be been has have had will would could should may might must can we you they it he she our your
their his her its this that these those there here then so if when where while since because though although
also not no nor yes vs via level tier stage phase step category class grade schedule year years
age ages aged day days week weeks month months hour hours minute minutes""".split())
_MONTH_NAMES = set("""january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())
# A word made of letters and digits names something ("2C-B", "5-MeO-DMT", "H1N1", "B12"), unless it
# is a number with its unit glued on ("15mg", "2-36h", "24-hour", "13-fold", "1950s", "3rd").
_ALNUM_TOKEN = re.compile(r"(?<![\w$\u00a3\u20ac.-])[\w-]*?(?:\d[^\W\d_]|[^\W\d_]\d|\d-[^\W\d_]|[^\W\d_]-\d)[\w-]*")
_NUMBER_WITH_UNIT = re.compile(
    rf"^{_NUM}(?:[\-\u2013]{_NUM})?(?:[\-\u2013]?(?:[a-z\u00b5]+|%))?(?:[\-\u2013][a-z]+)*$", re.IGNORECASE)
_GLUED_UNITS = set(_UNITS) | set(COUNT_NOUNS) | {"st", "nd", "rd", "th", "s", "fold", "year", "old", "yr", "yrs",
                                                 "k", "m", "bn", "mn", "point", "week", "day", "hour", "month",
                                                 "degree", "time", "person", "member", "strong", "pack", "count"}
# A number joined to a word in lower case is the number of that word, as when written apart ("510-thread"
# and "510 thread", "17025-accredited"); a code has capitals or letters glued to its digits ("2C-B", "5-MeO").
_NUMBER_COMPOUND = re.compile(r"^\d[\d,.]*(?:-(?=[a-z]{3})[a-z]*[aeiouy][a-z]*){1,2}$")
_DATE_PREFIX = re.compile(r"^(?:mid|pre|post|early|late)-\d", re.IGNORECASE)


_CAPITAL_DIGITS = re.compile(r"[A-Z]\d|[A-Z]{2}\s+\d|\d\s+[A-Z]")
_CAPITAL_SPACE_DIGIT = re.compile(r"[A-Z][a-z]*\.?\s\d")
_LETTER_DIGIT = re.compile(r"\d-?[A-Za-z\u00b5]|[A-Za-z\u00b5]-?\d")


def _blank(text: str, span: tuple[int, int]) -> str:
    a, b = span
    return text[:a] + " " * (b - a) + text[b:]


def strip_identifiers(text: str, shop: bool = False) -> str:
    """The text with identifier spans blanked (same length, so spans stay valid); in a sentence about
    buying, its prices too ("now only $29.99 for a pack of 10"): a price is no claim about the subject."""
    if not _DIGIT.search(text):
        return text
    spans = []
    lowered = text.lower()
    if ("$" in text or "\u00a3" in text or "\u20ac" in text) and (shop or _COMMERCE.search(lowered)):
        spans += [m.span() for m in _PRICE.finditer(text)]
    same_length = len(lowered) == len(text)
    for may_hold, pattern in _IDENTIFIER_KINDS:
        if same_length and may_hold(lowered):
            for m in pattern.finditer(lowered):
                # a bare group of digits is a phone number only when it is long enough ("100 200" is none)
                if m.groupdict().get("phone") and not m[0].startswith(("(", "+")) and \
                        sum(c.isdigit() for c in m[0]) < 9:
                    continue
                if m.groupdict().get("digits") and _unit(_next_word(lowered, m.end())):
                    continue  # "1200000 people" is a count

                spans.append(m.span())
    if _CAPITAL_DIGITS.search(text):
        spans += [m.span() for m in _POSTCODES.finditer(text)]
        spans += [m.span() for m in _STREET.finditer(text)]
    if _CONTACT.search(lowered):
        spans += [m.span() for m in _LOCAL_PHONE.finditer(text)]
    for m in _NAMED_NUMBER.finditer(text) if _CAPITAL_SPACE_DIGIT.search(text) else ():
        name = m["name"].rstrip(".").lower()
        if name in _NOT_NAMES or name in _MONTH_NAMES or name in _UNITS:
            continue
        before = text[:m.start()].rstrip()
        if not before or before[-1] in ".!?:;|\u2022-\u2013\u2014(\"\u201c":
            continue  # the first word of a sentence or cell: "Wait 2 hours", "Take 2 tablets"
        after = re.match(r"\s*([a-z\u00b5%]+)", text[m.end():])
        if after and (_unit(after[1]) or after[1] in _UNITS):
            continue
        spans.append(m.span("num"))
    for m in _ALNUM_TOKEN.finditer(text) if _LETTER_DIGIT.search(text) else ():
        token = m[0].strip("-")
        if not _is_number_with_unit(token) and not _DATE_PREFIX.match(token) and not _NUMBER_COMPOUND.match(token):
            spans.append(m.span())
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _next_word(text: str, at: int) -> str:
    m = _WORD_AFTER.match(text, at)
    return m[1] if m else ""


_WORD_AFTER = re.compile(r"\s*([a-z\u00b5%]+)")


def _is_number_with_unit(token: str) -> bool:
    if not _NUMBER_WITH_UNIT.match(token):
        return False
    words = re.findall(r"[a-zµ]+", token.lower())
    return all(w in _GLUED_UNITS or w.rstrip("s") in _GLUED_UNITS for w in words)


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


_DIGIT = re.compile(r"\d")
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "thirds": 2 / 3, "quarters": 0.75}
# not the first half of a compound word: "a third-party lab", "a half-life", "a quarter-final"
_FRACTION = re.compile(r"\b(?P<n>one|a|two|three)[- ](?P<f>half|third|quarter|thirds|quarters)\b(?!-[a-z])")


def quantities(text: str) -> list[list]:
    """[[low, high, unit], ...] sorted; a single value has low == high, an open range ("175mg+")
    has unit "mg+". `text` is lower-cased with identifiers and dates blanked."""
    found = []
    for m in _FRACTION.finditer(text):  # "one quarter of the bottle", "two-thirds of a tablet"
        value = round(_FRACTIONS[m["f"].lower()], 3)
        found.append([value, value, "fraction"])
    text = _FRACTION.sub(" ", text)
    for m in _TIMES_WORDS.finditer(text):  # "twice as strong" is "2x as strong"
        value = 2.0 if m[1] == "twice" else 3.0
        found.append([value, value, "times"])
    for m in _QUANTITY.finditer(text):
        a = m["a"]
        if a.lower() in ("one", "single") and not m["unit"] and not m["b"]:
            continue  # a lone "one" is a pronoun more often than a number
        try:
            # "1-2 million": a multiplier written once counts for both ends of the range
            mult_a = m["mult"] or m["multw"]
            mult_b = m["multb"] or m["multbw"]
            low = _number(a) * _multiplier(m, "mult" if mult_a or not mult_b else "multb")
            high = _number(m["b"]) * _multiplier(m, "multb" if mult_b else "mult") if m["b"] else low
        except ValueError:
            continue
        unit = _CURRENCIES[m["cur"]] if m["cur"] else _unit(m["unit"])
        if m["cur"] and m["unit"] and _unit(m["unit"]) in ("gbp", "usd", "eur"):
            unit = _unit(m["unit"])
        if a.lower() in ("one", "single") and unit == "" and not m["b"]:
            continue  # but "one or two puffs" is a range, as "1-2 puffs"
        if m["plus"]:
            unit += "+"
        found.append([_round(low), _round(high), unit])
    return sorted(found)


def _multiplier(m: re.Match, group: str) -> float:
    word = m[group] or m[group + "w"]
    if word == "m" and not m["cur"]:
        return 1.0  # "5m" without a currency is five metres, not five million
    return _MULTIPLIERS.get(word or "", 1.0)


def _round(value: float) -> float:
    return float(round(value, 6))


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2011": "-", "\u2010": "-"})
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_COMPOUND = re.compile(r"\b(" + "|".join(_TENS) + r")[- ](one|two|three|four|five|six|seven|eight|nine)\b")


def _spell_out_compounds(text: str) -> str:
    """"twenty-four" -> "24", so it compares equal to the digits (text lower-cased)."""
    return _COMPOUND.sub(lambda m: str(_TENS[m[1]] + _WORD_NUMBERS[m[2]]), text)


_VULGAR = {"\u00bd": 1 / 2, "\u00bc": 1 / 4, "\u00be": 3 / 4, "\u2153": 1 / 3, "\u2154": 2 / 3, "\u215b": 1 / 8,
           "\u215c": 3 / 8, "\u215d": 5 / 8, "\u215e": 7 / 8, "\u2155": 1 / 5}
_VULGAR_FRACTION = re.compile(r"(?<![\d.])(\d+)?\s?([" + "".join(_VULGAR) + "])")
# "1/2", "3/4", "1 1/2": a small fraction, not a date (those carry a year) nor a ratio of identifiers
_SLASH_FRACTION = re.compile(r"(?<![\w./-])(?:(\d{1,2})\s)?([1-9])\s?/\s?([2-9]|10|12|16)(?![\d/])")
# "between 59\u00b0F and 77\u00b0F", "3 mg to 5 mg": a range whose unit is written at both ends
_UNIT_TWICE = re.compile(r"(?<![\d.,])(\d[\d.,]*) ?(\u00b0 ?[cf]|%|[a-z\u00b5]+) *(-|\u2013|\u2014|to|and|or) *"
                         r"(\d[\d.,]*) ?\2(?![a-z\u00b5])")


# "45 minutes to an hour", "12 to 24 hours or a day": a range that ends at one of the next unit up, in
# the smaller unit ("45-60 minutes")
_TO_ONE_LARGER_UNIT = re.compile(r"(?<![\d.,])(\d+) ?(minutes?|mins?|hours?|hrs?) *(-|\u2013|to|or) *(?:an?|one|1) "
                                 r"(hour|day)\b")
_IN_SMALLER_UNIT = {("minute", "hour"): 60, ("hour", "day"): 24}


def _to_one_larger_unit(m: re.Match) -> str:
    smaller = _UNITS[m[2]]
    size = _IN_SMALLER_UNIT.get((smaller, m[4]))
    return f"{m[1]} {m[3]} {size} {m[2]}" if size else m[0]


def _decimal(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _slash_fraction(m: re.Match) -> str:
    whole, top, bottom = int(m[1] or 0), int(m[2]), int(m[3])
    if top >= bottom:
        return m[0]  # "5/2", "3/3": a score or a ratio, not a part of one
    return _decimal(whole + top / bottom)


def normalise_notation(text: str) -> str:
    """One notation for quantities written several ways (text lower-cased): fractions as decimals
    ("\u00bd", "1/2" and "0.5"; "1\u00bd" and "1 1/2"), a unit written at both ends of a range
    once ("3 mg to 5 mg" as "3 to 5 mg"), and a range that ends at one of the next unit up in the
    smaller unit ("45 minutes to an hour" as "45 to 60 minutes")."""
    if not text.isascii():
        text = _VULGAR_FRACTION.sub(lambda m: " " + _decimal(int(m[1] or 0) + _VULGAR[m[2]]), text)
    if "/" in text:
        text = _SLASH_FRACTION.sub(_slash_fraction, text)
    if _DIGIT.search(text):
        text = _UNIT_TWICE.sub(lambda m: f"{m[1]} {m[3]} {m[4]} {m[2]}", text)
        if " an hour" in text or " a day" in text:
            text = _TO_ONE_LARGER_UNIT.sub(_to_one_larger_unit, text)
    return text


def _date_key(m: re.Match) -> str:
    """A date as year-month-day, as far as it is given ("2026-11", "2026", "--11-05" without a year)."""
    g = dict.fromkeys(("y1", "y2", "y3", "y4", "y5", "y6", "y8", "y9", "y10", "m1", "m2", "m3", "m4", "m7", "m8",
                       "m10", "d1", "d2", "d4", "d8"))
    g.update(m.groupdict())
    if g["y5"]:
        return f"{g['y5']}/{g['y5b']}"  # an academic or financial year: "2024/25"
    if g["y9"]:
        return f"{g['y9']}..{g['y9b']}"
    year = g["y1"] or g["y2"] or g["y3"] or g["y4"] or g["y6"] or g["y8"] or g["y10"] or ""
    if len(year) == 2:
        year = "20" + year
    month_word = g["m1"] or g["m2"] or g["m3"] or g["m7"]
    if month_word and month_word[:3] in _MONTH_NUMBERS:
        month = f"{_MONTH_NUMBERS[month_word[:3]]:02d}"
    elif month_word:
        month = month_word  # a season: "spring 2027"
    else:
        numeric = g["m4"] or g["m8"] or g["m10"]
        month = f"{int(numeric):02d}" if numeric else ""
    day = g["d1"] or g["d2"] or g["d4"] or g["d8"] or ""
    return "-".join(p for p in (year or "-", month, f"{int(day):02d}" if day else "") if p)


# A date stamped to the minute ("November 2, 2026, 11:00 AM ET") marks when a page or a message went
# out, unless the sentence says something takes effect, ends or will happen then.
_TIME_AFTER = re.compile(r"\W{0,3}(?:at\s+)?\d{1,2}(?::\d\d\s?(?:[ap]\.?m\b\.?)?|\s?[ap]\.?m\b\.?)")
_EFFECT = re.compile(r"\b(?:will|shall|effect\w*|begin\w*|start\w*|until|deadline|due|clos\w*|open\w*|expir\w*|by|"
                     r"before|after|from|end\w*|held|hold|takes?|comes?|goes|go)\b")


def _dates(lowered: str, unblanked: str = "") -> tuple[list[str], list[tuple[int, int]]]:
    """Dates of effect (normalised) and the spans of every date, timestamps included. `unblanked` is
    the sentence before identifiers (times of day among them) were blanked, of the same length."""
    keys: list[str] = []
    spans: list[tuple[int, int]] = []
    if _MONTH_HINT.search(lowered):
        pattern = _DATE
    elif _YEARISH.search(lowered):
        pattern = _DATE_NUMERIC
    else:
        return keys, spans
    timed = len(unblanked) == len(lowered)
    for m in pattern.finditer(lowered):
        spans.append(m.span())
        if _TIMESTAMP_BEFORE.search(lowered[max(0, m.start() - 60):m.start()]):
            continue
        if timed and _TIME_AFTER.match(unblanked, m.end()) and not _EFFECT.search(unblanked):
            continue
        keys.append(_date_key(m))
    return keys, spans


# Which kinds of fact a sentence may hold, found in one pass of an RE2 set (most sentences hold one
# or two kinds, and each Python regex costs a pass of its own). For ASCII text the set's \b, \w
# and \s mean what Python's do; other text skips this shortcut.
_NUMBER_HINT = re.compile(r"\d|" + "|".join(_WORD_NUMBERS) + r"|third|twice|thrice")
_KINDS = {"numbers": _NUMBER_HINT, "negated": _NEGATION, "schedules": _SCHEDULE, "places": _PLACES,
          "agencies": _AGENCIES, "comparisons": _COMPARISON, "penalties": _PENALTY, "conditions": _CONDITIONS,
          "substances": _SUBSTANCES, "statuses": _STATUS, "quantifiers": _QUANTIFIER_HINT, "severities": _SEVERITY,
          "levels": re.compile(r"\b(?:level|tier|stage|phase|step|category|class|grade)\b")}
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


def extract_facts(masked: str, shop: bool = False) -> dict:
    """Facts of a sentence whose topic names are already masked. On a shop's page (`shop`) every
    amount of money is a price, not a claim about the subject."""
    original = masked.translate(_APOSTROPHES)
    cleaned = strip_identifiers(original, shop)
    # matched lower-cased: IGNORECASE makes Python's regex engine several times slower
    lowered = cleaned.lower()
    if "0s" in lowered or "0's" in lowered:  # "in the 1950s", "the '70s": history, not a quantity or date
        lowered = _DECADE.sub(lambda m: " " * len(m[0]), lowered)
    dates, spans = _dates(lowered, original.lower())
    for span in spans:
        lowered = _blank(lowered, span)
    text = normalise_notation(_spell_out_compounds(lowered))
    kinds = _kinds_present(text)
    agencies = set(_AGENCY_ACRONYMS.findall(original))
    if "agencies" in kinds:
        agencies |= {_AGENCY_NAMES.get(name, name) for name in _AGENCIES.findall(text)}
    schedules = []
    if "schedules" in kinds:
        schedules = sorted({_ROMAN.get(s.upper(), s.upper()) for s in _SCHEDULE.findall(text)})
        text = _SCHEDULE.sub(" ", text)  # "Schedule 1" is a level, not the number one
    levels = []
    if "levels" in kinds:
        levels = sorted({f"{m[1]} {_level_value(m[2])}" for m in _LEVEL.finditer(text)}
                        | {f"{m[2]} {m[1]}" for m in _LEVEL_BEFORE.finditer(text)})
        text = _LEVEL.sub(" ", text)

    def found(kind: str, values) -> list:
        return sorted(values()) if kind in kinds else []

    negations = len(_NEGATION.findall(text)) if "negated" in kinds else 0
    return {
        "numbers": quantities(text) if "numbers" in kinds else [],
        "negated": negations > 0,
        "negations": negations,
        "schedules": schedules,
        "levels": levels,
        "places": found("places", lambda: {re.sub(r"\s+", " ", p) for p in _PLACES.findall(text)}),
        "agencies": sorted(agencies),
        "comparisons": found("comparisons", lambda: {f"{m['comp']} than {m['target']}" for m in _COMPARISON.finditer(text)
                                                     if m["target"] not in _WORD_NUMBERS and m["target"] not in _PRONOUNS}),
        "penalties": found("penalties", lambda: {re.sub(r"\s+", " ", p) for p in _PENALTY.findall(text)}),
        "conditions": found("conditions", lambda: {re.sub(r"\s+", " ", c) for c in _CONDITIONS.findall(text)}),
        "substances": found("substances", lambda: _SUBSTANCES.findall(text)),
        "statuses": found("statuses", lambda: {_STATUS_WORDS[s] for s in _STATUS.findall(text)}),
        "quantifiers": found("quantifiers", lambda: {_QUANTIFIER_WORDS[q] for q in _QUANTIFIER.findall(text)}),
        "severities": found("severities", lambda: {_SEVERITY_WORDS[w] for w in _SEVERITY.findall(text)}),
        "dates": sorted(dates),
    }


_NAME = re.compile(r"(?<![\w'-])([A-Z][\w'-]*)")
_NOT_NAME_WORDS = _NOT_NAMES | _MONTH_NAMES | {"topic", "i", "ok", "faq", "q", "note", "notes", "yes", "no", "dr", "mr",
                                                "mrs", "ms", "prof", "st", "sen", "rep", "gov"}


def names(masked: str) -> list[str]:
    """Places, bodies and substances a sentence names in a list or after a preposition of place,
    lower-cased: "in Leeds, Bradford and York", "visitors from New Zealand", "such as SSRIs, MAOIs".
    A capitalised word elsewhere (a product's name, a word capitalised for emphasis) is not counted,
    nor the first word of a sentence, cell or bracket, nor an acronym being defined: "(CSU)"."""
    original = masked.translate(_APOSTROPHES)
    found: set[str] = set()
    phrase: list[str] = []
    start = end = 0
    for m in _NAME.finditer(original):
        if phrase and original[end:m.start()] == " ":  # the next word of a name: "Hong Kong"
            phrase.append(m[1])
            end = m.end()
            continue
        _add_phrase(found, phrase, original, start, end)
        phrase, start, end = [m[1]], m.start(), m.end()
    _add_phrase(found, phrase, original, start, end)
    return sorted(found)


_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor|&|/|\b(?:in|to|from|at|across|throughout|outside|within|including|"
                            r"except|such as|like|between)(?:\s+the)?)\s*$")
_LISTED_AFTER = re.compile(r"^\s*(?:,|and\b|or\b|&|/)")


def _add_phrase(found: set, phrase: list[str], original: str, start: int, end: int) -> None:
    if not phrase:
        return
    before = original[:start].rstrip()
    if not before or before[-1] in ".!?:;|\"(\u201c\u2022-\u2013\u2014":
        # the first word of a sentence is capitalised anyway: the name, if any, starts after it
        if len(phrase) == 1:
            return
        start += len(phrase[0]) + 1
        phrase = phrase[1:]
    if not (_LISTED_BEFORE.search(original[max(0, start - 30):start]) or _LISTED_AFTER.match(original[end:end + 6])):
        return
    for word in phrase:
        word = word.strip("'-").removesuffix("'s").removesuffix("'")
        lowered = word.lower()
        if len(word) >= 2 and lowered not in _NOT_NAME_WORDS and any(c.isalpha() for c in lowered):
            found.add(lowered)


def _level_value(value: str) -> str:
    roman = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8"}
    return str(_WORD_NUMBERS.get(value, roman.get(value, value))).removesuffix(".0")


# Facts whose difference makes a claim change. Dates of effect count ("applications close on 16
# September"); dates that stamp the page ("Updated Nov. 9") are not facts at all.
COMPARED_FACTS = ("numbers", "negations", "schedules", "levels", "places", "agencies", "comparisons", "penalties",
                  "conditions", "substances", "statuses", "quantifiers", "severities", "dates")


# Units that convert exactly into one another: each -> (the unit compared, its size in that unit).
# Months and years convert into each other, not into days ("30 days" is no month).
_CONVERSIONS = {
    "second": ("second", 1), "minute": ("second", 60), "hour": ("second", 3600), "day": ("second", 86400),
    "week": ("second", 604800), "month": ("month", 1), "year": ("month", 12),
    "mcg": ("mg", 0.001), "mg": ("mg", 1), "g": ("mg", 1000), "kg": ("mg", 1e6),
}


def _converted(q: tuple) -> tuple:
    """A quantity in the unit it is compared in ("36 hours" and "1.5 days" alike, "24 months" and "two
    years", "2,500 mg" and "2.5 g"), keeping an open range's "+"."""
    low, high, unit = q[:3]
    open_range = unit.endswith("+")
    base = unit.rstrip("+")
    if base not in _CONVERSIONS:
        return (low, high, unit)
    to, size = _CONVERSIONS[base]
    return (float(f"{low * size:.6g}"), float(f"{high * size:.6g}"), to + ("+" if open_range else ""))


def same_numbers(before: list, after: list) -> bool:
    """Multisets of quantities equal, where a number written without its unit ("500-1000") equals the
    same number with one ("500-1000mg"): adding a missing unit is a format edit; and a quantity
    equals the same quantity in another unit ("36 hours", "1.5 days")."""
    if before == after:
        return True
    rest = [(_converted(tuple(q)), tuple(q)) for q in after]
    unmatched = []
    for original in map(tuple, before):
        q = _converted(original)
        partner = next((r for r in rest if r[0] == q), None)
        if partner is not None:
            rest.remove(partner)
        else:
            unmatched.append(original)
    for q in unmatched:
        partner = next((r for r in rest if r[1][:2] == q[:2] and (not r[1][2] or not q[2])), None)
        if partner is not None:
            rest.remove(partner)
        elif q[:2] != (1.0, 1.0):
            return False
    # "one month", "a single trial", "1 of these options": a one on one side only is a way of speaking
    return all(r[1][:2] == (1.0, 1.0) for r in rest)


_MONTH_ONLY = re.compile(r"^--?-?(?:\d\d|[a-z]+)$")


def differing_facts(before: dict, after: dict) -> list[str]:
    out = []
    for key in COMPARED_FACTS:
        b, a = before.get(key), after.get(key)
        if key == "negations" and b is None and a is None:  # facts stored before negations were counted
            b, a = before.get("negated"), after.get("negated")
        if key == "numbers" and same_numbers(b or [], a or []):
            continue
        if key == "substances" and sorted(b or []) == sorted(a or []):
            continue
        if key == "quantifiers" and _same_quantifiers(set(b or []), set(a or [])):
            continue
        if key == "severities" and (not b or not a):
            continue  # a degree said on one side only is a wording ("a severe rash", "a rash"); a swap is a change
        if key == "dates":  # a month alone ("in January") marks a claim but is too loose to compare
            b, a = [d for d in b or [] if not _MONTH_ONLY.match(d)], [d for d in a or [] if not _MONTH_ONLY.match(d)]
        if (b or []) != (a or []) if key != "negations" else (b or 0) != (a or 0):
            out.append(key)
    return out


# Quantifiers that come and go in rewording without changing how much is claimed ("all products",
# "the products"; "some users report", "users report").
_LOOSE_QUANTIFIERS = {"all", "some"}


def _same_quantifiers(before: set[str], after: set[str]) -> bool:
    if before == after:
        return True
    if before and after:
        return False  # "most" -> "almost all", "many" -> "a few"
    return (before or after) <= _LOOSE_QUANTIFIERS


def has_checkable_fact(facts: dict) -> bool:
    return any(facts.get(k) for k in ("numbers", "schedules", "levels", "places", "agencies", "comparisons",
                                      "penalties", "conditions")) or facts["negated"]
