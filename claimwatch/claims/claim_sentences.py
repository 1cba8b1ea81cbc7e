"""Claims of a version: sentences that assert something checkable about the topic.

Every sentence, list item and table row of a text is a `Unit` (`read_units`): it tells its facts,
its category and whether it is a claim, with the reason. `claims_of` keeps the claims; the diff
reads the other units too, because a claim may be re-split or merged into sentences that are not
claims on their own.
"""

import hashlib
import json
import re
from dataclasses import dataclass

import re2

from claimwatch.claims.align import tokens
from claimwatch.claims.classify import best_category, fallback_category, scores
from claimwatch.claims.facts import extract_facts, has_checkable_fact, names
from claimwatch.claims.segment import units
from claimwatch.core.topic import Topic

# The version of these rules. Claims stored by older rules are read again from the stored texts
# (claimwatch.stages.process.extract_missing_claims); raise it when the rules change what a claim is.
RULES = 4
MIN_WORDS = 4
_HEADLINE_WORDS = 12  # a line without a full stop and this short is a heading or a link, unless...

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}"
# Line patterns, matched against the lower-cased sentence in one pass of an RE2 set (one search a
# pattern cost 5-10 us each through the wrapper). The words are ASCII.
_LINE_PATTERNS = {
    # Page furniture that leaks into extracted text: captions, link blocks, promotions, shop widgets,
    # ratings, return policies, opening hours, addresses, citations.
    "furniture": (
        r"^(?:related|photo|image|caption|trending|most read|advertisement|sponsored|read more|see also|share|"
        r"sign up|subscribe|sale ends|black friday|cyber monday|call (?:us|our|now|today|\(?\d)|"
        r"recently viewed|customers (?:also|who)|you may also like|in stock|only \d+ left|sold out|out of stock|"
        r"add to|buy now|shop now|order now|questions\?|join our|follow us|pinned by|posted in|filed under|tags:|"
        r"keywords:|categories:|by [a-z]+ [a-z]+ \||back to|skip to|next:|previous:|print this|email this|"
        r"copyright|all rights reserved|change your cookie|sale\b|limited time|join\b|media contact|press contact|"
        r"contact:|office hours|opening hours|hours:|rated \d|in person (?:at|by)|by (?:phone|mail|email|fax)\b|"
        r"(?:sale |regular |our )?price\b|msrp\b|was \$|now \$|you save|save \$|total:|shipping:)"
        r"|\bget in touch\b|\blocated (?:in|at|on|next)\b|\bnext door to\b|\baddress:\s*$"
        r"|\b(?:write|send|mail|post|email|reach)\b.*\b(?:to|at):\s*$"
        r"|%\s*off\b|\bpromo code\b|\bwith code\b|\bfree shipping\b|\bout of 5 stars\b|"
        r"\b\d[\d,]* (?:reviews|ratings|comments|views|likes|shares|sold)\b|\bleft in stock\b|\bships (?:today|within)\b|"
        r"\border (?:soon|today)\b|\badd to (?:cart|bag|basket)\b|\b(?:sale|regular|our) price\b|\bsubtotal\b|"
        r"\buse (?:the )?code\b|\bcoupon\b|\bverified (?:buyer|purchase|customer|review)|\bwas this (?:review )?helpful\b|"
        r"\b(?:happy|satisfied|loyal) customers\b|\bcustomers served\b|\borders shipped\b|\bcookies?\b|"
        r"\b\d+ min(?:ute)? read\b|"
        # the stamp of a comment or a forum post: "u/name · 2d ago · ▲ 48", "3h ago"
        r"\b\d+\s?(?:m|h|d|w|mo|y|mins?|hrs?|wks?|yrs?) ago\b|[▲▼]\s?\d|"
        r"\bmailing list\b|\bnewsletter\b|https?://|\bwww\.|[★☆⭐✩✪✫✬✭✮✯🌟]|©|^\(c\) \d|\bbuy \d+,? get \d+\b|"
        r"^[\"“‘'].{3,}[\"”’'][.!]?\s*[–—-]\s*[a-z][\w.]*(?:\s[a-z][\w.]*){0,2}\.?(?:,.*)?$|"  # a testimonial
        r"\b\d(?:\.\d)?\s?/\s?5\b|\bout of 5\b|"
        r"^(?:customer |product )?(?:ratings?|reviews?)\b[^.]*\d|\bfree returns\b|\breturn policy\b|\bmoney[- ]back\b|"
        r"\b(?:mon(?:day)?|tue(?:sday)?|sat(?:urday)?|sun(?:day)?)\.?\s?(?:through|to|thru|-|–)\s?"
        r"(?:fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|[>›»]\s*$"
    ),
    # Calls to action and link lines: "Find out what the scheme covers", "Learn what to bring", "To
    # see whether you qualify, use the checker". A link says where to read a claim; it does not make one.
    "link": (
        r"^[-*• ]*(?:find out|find (?:a|an|your|support|help|somewhere|resources|courses)|"
        r"learn (?:more|about|how|what|whether|why)|read (?:more|all|the|our|about|how)|"
        r"see (?:all|our|the|more|answers|specific|how|what|if)|"
        r"get (?:help|support|answers|more|advice|in touch|the latest)|explore|discover|watch|listen|hear from|"
        r"download|view|browse|search|visit|go to|contact|check (?:if|how|what|whether|your|the status)|"
        r"sign in|log in|register (?:for|with|your)|"
        # the publisher's own tools offered to the reader: "Use our checker", "Take our free 2-minute quiz"
        r"(?:use|take|try) (?:the|our|this) (?:free |short |quick |online )?(?:[\w-]+ )?"
        r"(?:tool|form|service|filter|search|checker|quiz|assessment|self-assessment|survey|questionnaire|calculator))\b"
        r"|^to (?:apply|find|check|learn|get|see|search|contact|speak|talk|request|start)\b.*,\s*"
        r"(?:you can|you'll need to|you will need to|visit|go to|use|call|contact|check|see|read|find|sign in)\b"
        # a link to a document: "Guidance for landlords (PDF)", "Annual report [PDF, 2 MB]"
        r"|[(\[](?:pdf|docx?|xlsx?|csv|pptx?|odt|ods|rtf|epub)\b[^)\]]*[)\]]\W*$"
    ),
    # A sentence that gives a phone number to call: contact details, unless it also states a fact.
    # An e-mail address makes a sentence contact details too ("Write to us at help@... or chat 9-5 ET").
    "contact": r"\b(?:call|phone|contact|text|dial|fax|reach)\b.*(?:\d{3}[-. )]+\d{3}[-. ]\d{4}|\d{4}\s\d{3}\s\d{3,4})"
               r"|[\w.+-]+@[\w-]+\.[a-z]",
    # A sentence with no checkable fact in it may still state a rule, a warning or a status.
    "rule": (
        r"\b(?:must|cannot|can't|should not|shouldn't|do not|don't|never|avoid|caution|warning|dangerous|required|"
        r"eligible|ineligible|entitled|qualify|allowed|permitted|prohibited|banned|illegal|unsafe|risk|"
        r"no longer|only if|unless|except|should|may not|need to|have to|has to|recommended|not recommend)\b"
    ),
    # A line without a full stop is still a sentence when it speaks to the reader or states a rule.
    "addressed": r"\b(?:you|your|you're|you'll|you've|must|cannot|do not|don't|never|only)\b",
    # A line holding only a date: it heads the line after it (a timeline).
    "date": (
        r"^\W*(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
        r"(?:,?\s+\d{4})?\W*$"
    ),
}
_LINE_NAMES = list(_LINE_PATTERNS)
_LINE_SET = re2.Set.SearchSet(re2.Options())
for _pattern in _LINE_PATTERNS.values():
    _LINE_SET.Add(_pattern)
_LINE_SET.Compile()
# A page that sells things: its amounts of money are prices, whatever sentence they are in.
_SHOP = re2.compile(r"\badd to (?:cart|bag|basket)\b|\byou save [$£€]?\d|\bcompare at [$£€]|"
                    r"\b(?:in|out of) stock\b|\bcheckout\b|\bfree shipping\b|"
                    r"\bshopping (?:cart|bag)\b|\bbuy now\b|\bshop now\b|\b\d[\d,]* (?:reviews|ratings)\b|"
                    r"\bsubscribe (?:&|and) save\b|\bsale price\b|\bregular price\b|\bpromo code\b")
# On a shop's page, what the shop offers its buyers is a sale, not a claim about what it sells: deals,
# discounts, loyalty points ("5% off with crypto", "earn 2 points per $1", "buy any 2, get a 3rd free").
_PROMOTION = re2.compile(r"\d\s*%\s*(?:off|discount)\b|\bdiscounts?\b|\b(?:rewards?|loyalty|bonus) (?:points?|program\w*)\b|"
                         r"\bearn \d+x? (?:[\w-]+ ){0,2}points?\b|\bpoints? per [$£€]|\bbuy (?:any )?\d+\b.*\bget\b|"
                         r"\b(?:flash|daily|holiday) (?:deal|sale)s?\b|\bbogo\b")
# A line that ends with a photo credit is a caption, every sentence of it: "... in Tampa, March 3. (AP
# Photo/Jane Roe)", "(Photo: City of Leeds)", "(Getty Images)".
_CAPTION = re2.compile(r"(?i)[(\[](?:[\w.&' -]+ )?(?:photo|photograph|image|illustration|video)s?\s*(?:/|:|by\b|courtesy\b)"
                       r"[^)\]]*[)\]]\W*$|[(\[](?:getty images|shutterstock|istock|alamy|reuters|ap)\b[^)\]]*[)\]]\W*$")
# What is left of a broken link in extracted text: "](/government/publications/...)", "[Clinically".
_LINK_DEBRIS = re2.compile(r"\]?\((?:/|https?:)[^)\s]*\)?|[\[\]]")


_DATE_LINE = re2.compile("(?i)" + _LINE_PATTERNS["date"])


def _line_kinds(lowered: str) -> set[str]:
    return {_LINE_NAMES[i] for i in _LINE_SET.Match(lowered) or ()}


@dataclass(frozen=True)
class Claim:
    position: int
    category: str
    text: str
    facts: dict


class Unit:
    """A sentence, list item or table row of a text, as the claim step reads it. Whether it is a
    claim, and its facts, are worked out when first asked for: the diff of two versions never asks
    about most of their sentences, which are the same in both."""

    __slots__ = ("position", "line", "kind", "text", "masked", "shop", "_category", "_why", "_facts", "_words",
                 "_names", "_memo", "_context")

    def __init__(self, position: int, line: int, kind: str, text: str, masked: str, shop: bool = False,
                 memo: dict | None = None, context: tuple = (False, True, None, None, None)):
        self.position, self.line, self.kind, self.text, self.masked = position, line, kind, text, masked
        self.shop = shop      # on a shop's page, where amounts of money are prices
        self._memo = memo     # facts already read from the same words (the other version of the page)
        # (names the topic, alone on its line, category it is an item of, its label, its section's kind)
        self._context = context
        self._category: str | None = None
        self._why: str | None = None
        self._facts: dict | None = None
        self._words: list[str] | None = None
        self._names: list[str] | None = None

    @property
    def category(self) -> str | None:
        """Its category when it is a claim, else None."""
        if self._why is None:
            self._category, self._why = _judge_unit(self)
        return self._category

    @property
    def why(self) -> str:
        """Why it is or is not a claim."""
        if self._why is None:
            self._category, self._why = _judge_unit(self)
        return self._why

    @property
    def words(self) -> list[str]:
        """Its content words, stemmed, numbers as "#" (what alignment compares)."""
        if self._words is None:
            self._words = tokens(self.masked)
        return self._words

    @property
    def names(self) -> list[str]:
        """The places and bodies it names in a list or after a preposition of place (claimwatch.claims.facts.names)."""
        if self._names is None:
            self._names = names(self.masked)
        return self._names

    @property
    def facts(self) -> dict:
        if self._facts is None:
            key = (self.masked, self.shop)
            if self._memo is None:
                self._facts = extract_facts(*key)
            else:
                self._facts = self._memo.get(key) or self._memo.setdefault(key, extract_facts(*key))
        return self._facts

    @property
    def is_claim(self) -> bool:
        return self.category is not None

    def __repr__(self) -> str:
        return f"Unit({self.position}, {self.kind}, {self.category}, {self.text!r})"


def _judge_unit(unit: Unit) -> tuple[str | None, str]:
    mentioned, alone, item_of, label, section = unit._context
    if section == "reference" and (unit.kind == "list" or _CITATION.search(unit.text)):
        return None, "a reference or link under its heading"
    if section == "caption":
        return None, "a photo caption"
    if section == "about" and not mentioned:
        return None, "about the publisher, not the topic"
    lowered = unit.text.lower()
    category, why = _judge(unit, lowered, _line_kinds(lowered), mentioned, alone, item_of)
    if label and category and _money_only(unit.facts) and not _AMOUNT_WORDS.search(label.lower()):
        return None, "a price"
    return category, why


def read_units(text: str, topic: Topic, memo: dict | None = None) -> list[Unit]:
    """Every unit of the text; each says whether it is a claim (and why) and gives its facts.

    Some lines are read with their neighbours, as a reader reads them:
    - a line that is only a date heads the line after it (a timeline: "14 March" / "Harbourside
      moves to ...");
    - a line that is only a value ("96 days", "Up to 3 months") is the value of the label line
      before it, as a table row would be ("Average wait for a decision: 96 days");
    - the items after a claim that ends with a colon are parts of it ("You cannot claim the grant
      if you:" / "- rent from a relative");
    - a short "Label: value" line with a number in it is a row ("Purity: 98.5% (tested in May)");
    - the lines under a heading of sources, references or downloads, of "About <a name>" (unless it
      names the topic) or of shipping and delivery are furniture, not claims about the topic.

    `memo` (a dict) lets two versions of a page share the facts of their common sentences."""
    segmented = units(text)
    captions = {n for n, line in enumerate(text.splitlines()) if line.rstrip().endswith((")", "]")) and _CAPTION.search(line)}
    shop = bool(_SHOP.search(text.lower()))
    sentences_on_line: dict[int, int] = {}
    for _, _, line in segmented:
        sentences_on_line[line] = sentences_on_line.get(line, 0) + 1
    out = []
    lead_in = None       # category of the claim whose items follow
    previous = None      # (text, line, single-sentence stop-less paragraph) of the previous unit
    date_heading = None  # (text, line) of a line holding only a date
    section = None       # what the section under the last heading holds: "reference", "about", "shipping"
    last_line = -1
    for position, (sentence, kind, line) in enumerate(segmented):
        new_line = line != last_line
        last_line = line
        alone = sentences_on_line[line] == 1
        label = None
        if new_line and date_heading is not None and line == date_heading[1] + 1:
            sentence = f"{date_heading[0]}: {sentence}"
        elif (new_line and alone and kind == "paragraph" and previous and previous[2] and previous[1] == line - 1
              and _VALUE_ONLY.match(sentence) and not _DATE_LINE.match(sentence)):
            label = previous[0]
            sentence, kind = f"{label}: {sentence}", "table"
        date_heading = None
        raw = _LINK_DEBRIS.sub(" ", sentence) if ("[" in sentence or "](" in sentence) else sentence
        masked = topic.mask(raw)
        heading = new_line and alone and kind == "paragraph" and _is_heading(sentence)
        if heading:
            section = _section_of(sentence, masked != raw)
        elif section == "about?":
            section = "about" if _ORGANISATION.search(sentence) else None
        item = new_line and lead_in is not None and (
            kind == "list" or sentence[:1].islower() or alone and len(sentence.split()) <= _HEADLINE_WORDS)
        unit = Unit(position, line, kind, sentence, masked, shop or (section == "shipping" and kind == "table"), memo,
                    (masked != raw, alone, lead_in if item else None, label,
                     "caption" if line in captions else None if heading else section))
        if new_line and alone and kind == "paragraph" and label is None and _label_value(sentence) and \
                any(q[2] for q in unit.facts["numbers"]):
            unit.kind = kind = "table"  # "Purity: 98.5% (tested in May)" is a row of a table without its bars
        if alone and len(sentence) <= 40 and _DATE_LINE.match(sentence) and unit.facts["dates"]:
            date_heading = (sentence, line)
        if new_line and not item:
            lead_in = None
        if sentence.rstrip().endswith(":"):  # a new lead-in; its items follow only if it is a claim
            lead_in = unit.category
        previous = (sentence, line, alone and kind == "paragraph" and not sentence.rstrip().endswith((".", "!", "?", ":")))
        out.append(unit)
    return out


def claims_of(text: str, topic: Topic) -> list[Claim]:
    """A sentence is a claim when it states something checkable about the subject: it has a category
    cue and names the topic or states a checkable fact, or it states a fact of its own (an amount, a
    date of effect, a status, a level) or a rule or warning about the subject (see `_judge`)."""
    return [Claim(u.position, u.category, u.text, u.facts) for u in read_units(text, topic) if u.category is not None]


# Headings that open a section of page furniture: sources and citations, links to more reading,
# the publisher's "About us", a shop's shipping terms (its prices are the shop's, not the subject's).
_SECTIONS = (
    ("reference", re.compile(
        r"^(?:sources?|references?|citations?|bibliography|footnotes|notes and references|further reading|"
        r"(?:related|useful|helpful|more|other|similar|recommended|featured|popular) (?:links|articles|stories|"
        r"reading|resources|content|products|items)|you (?:may|might) also like|customers also (?:bought|viewed)|"
        r"frequently bought together|recently viewed|"
        # the link blocks of news sites and blogs: "Trending", "Most read", "More from Health", "Related posts"
        r"trending(?: now| stories| topics)?|most (?:read|popular|viewed|shared|emailed|watched)(?: stories| articles)?|"
        r"(?:recommended|suggested)(?: for you| stories| reading| articles| posts)?|related(?: [a-z]+){0,2}|"
        r"more (?:from|in) (?:[\w'&-]+ ?){1,4}|more (?:news|stories|headlines|posts|articles)|read next|up next|"
        r"editor'?s'? picks|top stories|popular (?:posts|stories|articles|now)|you (?:may|might) have missed|"
        r"(?:related |useful |helpful |more |other )?(?:resources|downloads|documents)(?: (?:for|on|about) .*)?)$")),
    # "About us", "About Northfield Council": the publisher, not "About 6 weeks" (a value), "About the
    # rule" or "About kava" (the subject); another "About <Name>" is the publisher's when the line
    # under it describes an organisation ("about?", settled by `_ORGANISATION`)
    ("about", re.compile(r"^About (?:us\b|me\b|our\b|the authors?\b|this (?:site|website|page)\b|"
                          r"(?:the )?[A-Z].*\b(?:[Ii]nc|LLC|Ltd|Co|Company|Corporation|Group|Council|Department|Agency|"
                          r"Office|Board|Commission|Authority|Ministry|Foundation|Trust|Association|Society|Institute|"
                          r"University|College|School|Hospital|Clinic|Health|System|Network|Center|Centre|Services|"
                          r"Partners|News|Times|Post|Press|Radio|Media|Magazine|Journal)\.?$)")),
    ("about?", re.compile(r"^About (?:the )?[A-Z]")),
    ("shipping", re.compile(r"\b(?:shipping|delivery|postage)\b")),
)
_HEADING_WORDS = 8
_SECTION_HINT = re.compile(r"^about|sourc|referen|citation|bibliograph|note|reading|resource|download|document|link|"
                           r"articles|stories|content|products|items|also|together|viewed|shipping|delivery|postage|"
                           r"trending|most|recommended|suggested|related|more|next|picks|popular|missed")
_ORGANISATION = re2.compile(
    r"(?i)\b(?:is|are) (?:an?|the) (?:[\w'-]+ ){0,4}(?:company|business|brand|organi[sz]ation|nonprofit|non-profit|"
    r"charity|shop|store|retailer|vendor|manufacturer|maker|publisher|newspaper|newsroom|station|agency|firm|"
    r"provider|network|cooperative|co-op|team)\b|\b(?:founded|established) in (?:19|20)\d\d\b")
# A line shaped like a citation: authors "et al.", or ending in its year ("... Guidance. 2024.").
_CITATION = re2.compile(r"\bet al\b|\b(?:19|20)\d\d\)?\.?$")


def _is_heading(sentence: str) -> bool:
    """A short line of its own that ends without a stop and starts with a capital: a heading."""
    stripped = sentence.rstrip()
    return (stripped[:1].isupper() and not stripped.endswith((".", "!", "?", ":", ";", ","))
            and len(stripped.split()) <= _HEADING_WORDS)


def _section_of(heading: str, names_topic: bool) -> str | None:
    heading = heading.strip(" #*:")
    if not _SECTION_HINT.search(heading.lower()):
        return None
    for name, pattern in _SECTIONS:
        # "About ..." is told by the capital of the name after it; the others in lower case
        about = name.startswith("about")
        if pattern.search(heading if about else heading.lower()) and not (about and names_topic):
            return name
    return None


# "Label: value" on a line of its own: a short label, a colon, a value with a number in it (with its
# unit, checked by the caller: "Reviews: 4.8 (1,203)" is no row).
_LABEL_VALUE = re.compile(r"[A-Z][^:.!?]{1,40}:\s+[^:]*\d")  # Python's engine: anchored, it fails at once


def _label_value(sentence: str) -> bool:
    stripped = sentence.rstrip()
    if ":" not in stripped or stripped.endswith((".", "!", "?")):
        return False
    label = stripped.split(":", 1)[0]
    return len(label.split()) <= 5 and _LABEL_VALUE.match(stripped) is not None and not _DATE_LINE.match(label)


# A line holding only a quantity: "96 days", "Up to 3 months", "$412 a week".
_VALUE_ONLY = re2.compile(r"^(?i:(?:up to|at least|about|around|over|under|less than|more than|from)\s+)?"
                          r"[$£€]?\d[\d,.]*(?:\s*[-–]\s*[$£€]?\d[\d,.]*)?\s*[%+]?(?:\s+[a-z]+){0,2}\.?$")
# Labels of amounts that are claims (an allowance, a fee), not prices of things for sale.
_AMOUNT_WORDS = re2.compile(r"\b(?:allowance|grant|fee|rate|salary|pay|pension|payment|cost|loan|bursary|scholarship|"
                            r"benefit|tax|fine|penalty|limit|threshold|income|maximum|minimum|award|compensation)")


_MONEY = ("usd", "gbp", "eur")


def _money_only(facts: dict) -> bool:
    return bool(facts["numbers"]) and all(q[2] in _MONEY for q in facts["numbers"])


def _grave_fact(unit: Unit) -> bool:
    cue_scores = scores(unit.masked)
    return (cue_scores["safety"] >= 2 or cue_scores["legal_status"] >= 2) and bool(
        unit.facts["numbers"] or unit.facts["negated"] or unit.facts["statuses"])


def _hard_fact(facts: dict) -> bool:
    """A fact that is checkable on its own, whatever the words around it."""
    return bool(facts["dates"] or facts["statuses"] or facts["levels"] or facts["schedules"] or facts["penalties"]
                or any(q[2] for q in facts["numbers"]))


def _judge(unit: Unit, lowered: str, hits: set[str], mentioned: bool, alone: bool,
           item_of: str | None = None) -> tuple[str | None, str]:
    sentence, kind = unit.text, unit.kind
    words = len(sentence.split())
    if "furniture" in hits:
        return None, "page furniture"
    if "link" in hits:
        return None, "a link or call to action"
    if unit.shop and _PROMOTION.search(lowered):
        return None, "a promotion"
    if "contact" in hits and not _hard_fact(unit.facts):
        return None, "contact details"
    stripped = sentence.rstrip("\"')\u201d ")
    if stripped.endswith("?"):
        return None, "a question"
    if item_of is not None and words >= 2:
        return item_of, "an item of the claim before it"
    table_value = kind == "table" and ":" in sentence and (bool(unit.facts["numbers"]) or _hard_fact(unit.facts))
    # a line that is only a quantity with its unit ("96 days", "Up to 3 months") states a value;
    # a price alone does not
    value = (kind == "paragraph" and _VALUE_ONLY.match(sentence) is not None
             and any(q[2] and q[2] not in _MONEY for q in unit.facts["numbers"]))
    if value:
        return fallback_category(unit.masked, unit.facts), "a value"
    # a short item with a quantity and its unit is a claim: "- Lasts 4-6 hrs"
    short_item = kind == "list" and words >= 2 and any(q[2] and q[2] not in _MONEY for q in unit.facts["numbers"])
    # a short sentence is a claim when it states a harm or a legal point with a fact: "No patients died."
    grave_short = (words == MIN_WORDS - 1 and stripped.endswith(".") and _grave_fact(unit))
    if words < MIN_WORDS and not table_value and not short_item and not grave_short:
        return None, "too short"
    ends_as_sentence = stripped.endswith((".", "!", ":"))
    dated = ": " in sentence and bool(_DATE_LINE.match(sentence.split(": ", 1)[0])) and bool(unit.facts["dates"])
    if kind == "paragraph" and not ends_as_sentence:
        # a line of its own without a full stop is a headline, a heading or a link, unless it speaks to
        # the reader, states a rule, carries on a list (lower-case start) or is an entry of a timeline
        if alone and not (words > _HEADLINE_WORDS or "addressed" in hits or sentence[:1].islower() or dated):
            return None, "a heading or link line"
        ends_as_sentence = True
    facts = unit.facts
    cue_scores = scores(unit.masked)
    category = best_category(cue_scores)
    hard = _hard_fact(facts) or bool(facts["numbers"])
    if category is not None:
        # on a page about the topic, a warning or a legal point (a strong cue of those) is about the
        # topic, and so is a bullet with any strong cue ("- Eases everyday aches")
        warning = cue_scores["safety"] >= 2 or cue_scores["legal_status"] >= 2
        strong_bullet = kind == "list" and max(cue_scores.values()) >= 2
        if mentioned or warning or strong_bullet or hard or has_checkable_fact(facts):
            return category, "category cue"
    if table_value:
        return fallback_category(unit.masked, facts), "table row with a value"
    if hard or facts["levels"] or facts["substances"]:
        return fallback_category(unit.masked, facts), "states a checkable fact"
    if "rule" in hits and (ends_as_sentence or kind == "list"):
        return fallback_category(unit.masked, facts), "states a rule, warning or status"
    if mentioned and (ends_as_sentence or words >= 8):
        return fallback_category(unit.masked, facts), "a statement about the topic"
    return None, "nothing checkable"


def claim_row(claim: Claim, version_id: str, url: str, week: str) -> dict:
    """The warehouse row of a claim of a version (claim ids are stable: version and position)."""
    return {
        "claim_id": hashlib.sha1(f"{version_id}:{claim.position}".encode()).hexdigest()[:16],
        "version_id": version_id, "url": url, "week": week, "position": claim.position,
        "category": claim.category, "text": claim.text, "facts": json.dumps(claim.facts),
    }
