"""Which of the seven categories a sentence asserts something in (or none)."""

import re2

from claimwatch.core.config import CLAIM_CATEGORIES as CATEGORIES

# (pattern, weight). Strong, specific cues weigh 2; weak, generic ones 1.
_CUES = {
    "legal_status": [
        (r"\bschedul\w*|\bcontrolled substances?\b|\bemergency (?:rule|order|scheduling)\b|\bwarning letters?\b", 2),
        (r"\b(?:ban|bans|banned|banning|prohibit\w*|illegal\w*|legal(?:ly|ity)?|lawful|unlawful|outlaw\w*|criminali[sz]\w*)\b", 2),
        (r"\b(?:misdemeanou?r|felony|civil penalty|penalt(?:y|ies)|fined?|citations?|arrest\w*|charged)\b", 2),
        (r"\b(?:regulat\w+|legislat\w+|lawmakers?|bill|statute|ordinance|enforcement|seiz\w+|recall\w*|DEA|FDA)\b", 1),
    ],
    "potency": [
        (r"\bpoten(?:t|cy)\b|\btimes (?:more|less|as|stronger)\b|\b\d+[- ]?fold\b", 2),
        (r"\b(?:stronger|weaker|morphine|fentanyl|oxycodone|heroin|mu[- ]opioid|receptors?|affinity|agonist)\b", 1),
    ],
    "safety": [
        (r"\b(?:deaths?|died|fatal\w*)\b", 2),
        (r"\b(?:overdos\w+|hospitali[sz]\w+|poison (?:control|cent(?:er|re)s?)|adverse events?)\b", 2),
        (r"\b(?:addict\w*|dependen\w+|habit[- ]forming|withdrawals?|seizures?|respiratory depression|toxic\w*|side effects?)\b", 2),
        (r"\b(?:breathing tube|intubat\w+|ventilator|intensive care|ICU|naloxone|narcan|cardiac arrest|coma)\b", 2),
        (r"\b(?:interactions?|interacts?|synerg\w*|potentiat\w*|serotonin syndrome|caution)\b", 2),
        (r"\b(?:emergency (?:room|department)s?|ER visits?|harm\w*|danger\w*|unsafe|safe(?:ty|ly)?|risks?|abuse|sickened)\b", 1),
    ],
    "dosage": [
        (r"\b(?:doses?|dosage|dosing|servings?|serving size|start(?:ing)? (?:with|low|at))\b", 2),
        (r"\btake (?:one|two|half|a|an|up to|no more|\d)\b|\bper (?:day|dose)\b|\bdaily\b|\bevery \d+ hours\b", 2),
        (r"\b(?:a|per) day\b|\bin 24 hours\b|\bdo not (?:take|exceed|use more)\b|\bmaximum\b|\bdirections\b|"
         r"\bsuggested use\b|\b(?:drink|chew|swallow|dissolve)\b", 2),
        (r"\b\d+(?:\.\d+)?\s*(?:-|–|to)?\s*\d*\s*mg\b", 1),
    ],
    "efficacy": [
        (r"\b(?:reliev\w+|relief|effective\w*|efficacy|benefits?|therapeutic|eases?|eased|easing|soothes?|soothed)\b", 2),
        # easing withdrawal is a benefit claim, not a harm
        (r"\b(?:eas\w*|reliev\w*|treat\w*|manag\w*|help\w*)\s+(?:\w+\s+){0,4}?(?:opioid\s+)?withdrawal\b", 3),
        (r"\b(?:helps?|improv\w+|manag\w+|energy|focus|mood|sleep|anxiety|pain|aches?)\b", 1),
    ],
    "statistics": [
        (r"\d\s*(?:%|percent\b|per cent\b)", 2),
        (r"\b(?:surveyed|survey|respondents|per capita|rate of|median|average|poll)\b", 2),
        # a count of people or events: "12 patients", "three people", "1,200 calls" (a count of the
        # treated is a statistic, even though treatment is a safety word)
        (r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+"
         r"(?:\w+\s+)?(?:patients|people|persons|cases|calls|visits|admissions|adults|teens|users|residents|exposures|reports|complaints)\b", 3),
        (r"\b(?:rose|risen|rising|increased?|decreased?|fell|doubled|tripled|surged?|jumped|calls|cases|reports|admissions|visits)\b", 1),
        # a share of a count: "in 23 of the 40 stores", "one in five adults"
        (r"\b\d[\d,]* (?:out )?of (?:the |all )?\d[\d,]*\b|\b(?:one|\d+) in (?:every )?(?:\d+|two|three|four|five|ten)\b", 3),
    ],
    "product": [
        (r"\b(?:each|per) (?:tablet|gummy|shot|capsule|serving|bottle)\b|\bcontains?\b|\bpurity\b|\bingredients?\b", 2),
        (r"\b(?:lab[- ]tested|third[- ]party|certificate of analysis|COA|batch|formula\w*)\b", 2),
        (r"\b(?:tablets?|gummies|gummy|shots?|capsules?|pills?|products?|packag\w+|labels?|labell?ed|vendors?|brands?|flavou?rs?)\b", 1),
    ],
}
# All cues in one RE2 set: one linear pass over a sentence tells which of them occur (Python's
# re took 26 searches, a third of the time of the whole claim step). RE2's \b and \w are
# ASCII-only; the cues are English words. Matched against the lower-cased sentence.
_CUE_LIST = [(cat, weight) for cat, cues in _CUES.items() for _, weight in cues]
_CUE_SET = re2.Set.SearchSet(re2.Options())
for _pattern in (p.lower() for cues in _CUES.values() for p, _ in cues):
    _CUE_SET.Add(_pattern)
_CUE_SET.Compile()
# On a tie the earlier category wins: legal and safety matter most to our readers.
_PRIORITY = ("legal_status", "safety", "potency", "dosage", "statistics", "product", "efficacy")


def scores(sentence: str) -> dict[str, int]:
    """Category -> the summed weight of its cues that occur in the sentence."""
    found = dict.fromkeys(CATEGORIES, 0)
    for index in _CUE_SET.Match(sentence.lower()) or ():
        category, weight = _CUE_LIST[index]
        found[category] += weight
    return found


def best_category(found: dict[str, int]) -> str | None:
    best = max(found.values())
    if best == 0:
        return None
    return next(cat for cat in _PRIORITY if found[cat] == best)


# A claim without a category cue still belongs somewhere. Rules, fees, eligibility, dates of effect
# and anything said of a jurisdiction or an agency read as legal status; counts and shares as statistics; amounts of a substance as dosage;
# what the subject is or contains as product.
_RULE_WORDS = re2.compile(
    r"\b(?:must|required?|eligib\w*|entitled|qualif\w*|apply|applications?|deadlines?|expir\w*|closes?|closed|"
    r"open\w*|allowed|permitted|prohibit\w*|rules?|law|laws|guidance|fees?|grants?|allowances?|bursar\w*|"
    r"scholarships?|loans?|pay|paid|payments?|salar\w*|benefits?|pensions?|rates?|tax\w*|fines?|"
    r"restrictions?|self-isolat\w*|lockdown|reopen\w*|withdrawn|discontinued|approved|licen[cs]\w*)\b",
)
_DOSE_UNITS = {"mg", "g", "mcg", "ml", "kg"}
_COUNT_UNITS = {"%", "pp"}


def fallback_category(masked: str, facts: dict) -> str:
    units = {q[2].rstrip("+") for q in facts.get("numbers", [])}
    if units & _DOSE_UNITS:
        return "dosage"
    if _RULE_WORDS.search(masked.lower()) or facts.get("statuses") or facts.get("dates") or facts.get("levels") \
            or facts.get("places") or facts.get("agencies") or units & {"usd", "gbp", "eur"}:
        return "legal_status"
    if units & _COUNT_UNITS or any(u and u not in ("hour", "minute", "day", "week", "month", "year", "times", "\u00b0f",
                                                   "\u00b0c") for u in units):
        return "statistics"
    if units & {"hour", "minute", "day", "week", "month", "year", "second"}:
        return "dosage"
    return "product"
