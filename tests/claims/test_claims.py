"""Claim extraction and week-over-week diffing, on sentences written like the demo's pages."""

import pytest

from claimwatch.claims.claim_sentences import claims_of
from claimwatch.claims.classify import best_category, scores
from claimwatch.claims.diff import ClaimRef, diff_claims
from claimwatch.claims.facts import extract_facts
from claimwatch.claims.segment import sentences
from claimwatch.core.topic import DEFAULT_TOPIC as TOPIC


def facts(text):
    return extract_facts(TOPIC.mask(text))


def test_segmentation_keeps_abbreviations_and_splits_lists():
    text = ("Dr. Lee said U.S. sales grew approx. 40% in 2025, e.g. in Florida. A second sentence follows.\n"
            "- Each tablet contains 15 mg of 7-OH\n| Strength | 15 mg per tablet |")
    assert sentences(text) == [
        "Dr. Lee said U.S. sales grew approx. 40% in 2025, e.g. in Florida.",
        "A second sentence follows.",
        "Each tablet contains 15 mg of 7-OH",
        "Strength: 15 mg per tablet",
    ]


@pytest.mark.parametrize("sentence, numbers", [
    ("Start with 2–4 mg of 7-OH.", [[2, 4, "mg"]]),
    ("7-OH is roughly 13 times more potent than morphine.", [[13, 13, "times"]]),
    ("Three people were treated at Riverbend General on Nov. 9, 2026.", [[3, 3, "people"]]),
    ("Calls to poison centers rose 40% in 2025.", [[40, 40, "%"]]),
    ("Withdrawal from 7-OH lasts 3 to 5 days.", [[3, 5, "day"]]),
    ("Seven companies received FDA warning letters in July 2025.", [[7, 7, "company"]]),
])
def test_numbers_with_units_and_ranges(sentence, numbers):
    assert facts(sentence)["numbers"] == numbers


def test_other_facts():
    f = facts("DEA has temporarily placed 7-OH in Schedule I in Florida, but it is not banned in Ohio.")
    assert f["schedules"] == ["I"] and f["agencies"] == ["DEA"] and f["places"] == ["florida", "ohio"]
    assert f["negated"] is True
    assert facts("7-OH is about 13 times more potent than morphine.")["comparisons"] == ["more potent than morphine"]


def test_the_shortcut_over_fact_kinds_changes_no_fact(monkeypatch, labelled_texts):
    # every sentence of the labelled pairs, with and without the RE2 pre-check of which kinds occur
    from claimwatch.claims import facts as facts_module

    masked = [TOPIC.mask(s) for t in labelled_texts for s in sentences(t)]
    masked += ["Caf\u00e9s in Texas were not told; the FDA said 2\u20134 mg, twenty-four stores, a quarter tablet."]
    assert len(masked) > 1000
    fast = [extract_facts(s) for s in masked]
    monkeypatch.setattr(facts_module, "_kinds_present", lambda text: set(facts_module._KIND_NAMES))
    assert fast == [extract_facts(s) for s in masked]


def test_the_re2_pre_checks_change_no_claim(monkeypatch, labelled_texts):
    # every labelled text, with the RE2 tests (the set of line patterns, may-abbreviate) and with Python's
    # exact patterns, one search each
    import re

    from claimwatch.claims import claim_sentences as extract_module
    from claimwatch.claims import segment as segment_module

    texts = labelled_texts + [
        "Dr. Lee of the U.S. FDA said 7-OH caused approx. 40% of calls. No. 3 on the list was Gov. Ortiz.",
        "Caf\u00e9 owner J. Ruiz said 7-OH tablets sell well. Related: 7-OH ban in Texas, 20% off with code KRATOM.",
        "- Share this story about 7-OH\n- 4.5 out of 5 stars: 7-OH shots ease pain\nSign up for our 7-OH newsletter.",
        "\u00c9tats-Unis: Sen. Park wants 7-OH scheduled.\nSt. Louis stores removed 7-OH products on Jan. 5.",
        "\u2605\u2605\u2605\u2605 7-OH shots\nOpen Monday\u2013Friday, call 555-201-3344 about 7-OH\nRead all 7-OH news \u203a",
        "29 October\nStores must stop selling 7-OH:\n- tablets over 10 mg\nsee what you can do\nDo you sell 7-OH?",
    ]
    assert len(texts) > 200
    fast = [claims_of(t, TOPIC) for t in texts]
    exact = {name: re.compile(pattern) for name, pattern in extract_module._LINE_PATTERNS.items()}
    monkeypatch.setattr(extract_module, "_line_kinds", lambda lowered: {n for n, rx in exact.items() if rx.search(lowered)})
    monkeypatch.setattr(segment_module, "_MAY_ABBREVIATE", re.compile(""))  # matches every line
    assert fast == [claims_of(t, TOPIC) for t in texts]
    assert sum(map(len, fast)) > 500


def test_facts_do_not_read_common_words_as_names():
    # the pronoun "who" is no World Health Organization, "New" alone no state, "West" no West Virginia
    f = facts("New users who took 7-OH tablets on the west side were treated in New Mexico, WHO said.")
    assert f["agencies"] == ["WHO"] and f["places"] == ["new mexico"]
    assert facts("Patients who took it were treated; the food and drug administration was told.")["agencies"] == ["FDA"]
    # dates are compared as year-month-day, whatever their notation; spelled-out numbers count as digits
    assert facts("Since Nov. 5, 2026, twenty-four stores stopped selling 7-OH.")["dates"] == ["2026-11-05"]
    assert facts("From 5 November 2026 it is sold in twenty-four stores.")["dates"] == ["2026-11-05"]
    assert facts("Twenty-four stores stopped selling 7-OH.")["numbers"] == [[24.0, 24.0, "store"]]


@pytest.mark.parametrize("sentence, category", [
    ("7-OH is not currently a controlled substance under federal law.", "legal_status"),
    ("Florida banned 7-OH products by emergency rule in August 2025.", "legal_status"),
    ("In mice, 7-OH was roughly 13 times more potent than morphine.", "potency"),
    ("No deaths linked to 7-OH have been reported in the county.", "safety"),
    ("One death linked to 7-OH has been reported in the county.", "safety"),
    ("Since September, 12 patients have been treated at the emergency department for 7-OH symptoms.", "statistics"),
    ("Start with a dose of 2–4 mg of 7-OH and wait an hour.", "dosage"),
    ("Each tablet contains 15 mg of 7-OH.", "product"),
    ("Calls to poison centers about 7-OH rose 40% last year.", "statistics"),
    ("Users say 7-OH relieves chronic back pain.", "efficacy"),
    ("The council meets on Tuesday at the library.", None),
    ("Our shots are not habit-forming, the maker says.", "safety"),
    ("The gummy eased her knee pain within an hour.", "efficacy"),
    ("Tranq was found in 31 of the 50 samples tested.", "statistics"),
])
def test_categories(sentence, category):
    assert best_category(scores(TOPIC.mask(sentence))) == category


def test_claims_skip_headlines_and_chrome():
    text = "Pharmacists warn about 7-OH tablets\n14 comments\nShare this story\nNo deaths have been reported from 7-OH use."
    assert [c.text for c in claims_of(text, TOPIC)] == ["No deaths have been reported from 7-OH use."]


def refs(text):
    return [ClaimRef(None, c.category, c.text, c.facts) for c in claims_of(text, TOPIC)]


BEFORE = ("Three people were treated at Riverbend General after taking 7-OH tablets.\n"
          "No deaths have been reported from 7-OH in the county.\n"
          "7-OH is not currently a controlled substance under federal law.\n"
          "Each tablet contains 15 mg of 7-OH.")


def diff(before, after):
    return diff_claims(refs(before), refs(after), before, after, TOPIC)


def test_noise_only_edits_are_no_change():
    reordered = "\n".join(reversed(BEFORE.splitlines()))
    reworded = (BEFORE.replace("Three people were treated at Riverbend General after taking 7-OH tablets.",
                               "After taking 7-OH tablets, three people were treated at Riverbend General.")
                .replace("in the county", "in our county"))
    typo_fixed_quotes = BEFORE.replace("currently", "curently").replace("15 mg", "15 mg")
    for after in (reordered, reworded, typo_fixed_quotes, BEFORE):
        assert diff(BEFORE, after) == [], after


def test_number_change_is_modified():
    changes = diff(BEFORE, BEFORE.replace("Three people", "Five people"))
    assert [(c.category, c.change_type, c.severity) for c in changes] == [("statistics", "modified", "medium")]
    assert changes[0].before.text.startswith("Three") and changes[0].after.text.startswith("Five")


def test_polarity_flip_and_schedule_are_modified():
    after = BEFORE.replace("7-OH is not currently a controlled substance under federal law.",
                           "DEA has temporarily placed 7-OH in Schedule I of the Controlled Substances Act.")
    changes = diff(BEFORE, after)
    assert [(c.category, c.change_type, c.severity) for c in changes] == [("legal_status", "modified", "high")]


def test_added_and_removed():
    after = BEFORE.replace("Each tablet contains 15 mg of 7-OH.", "") + "\nA 2025 survey found 24% of users took 7-OH daily."
    kinds = sorted((c.change_type, c.category) for c in diff(BEFORE, after))
    assert kinds == [("added", "statistics"), ("removed", "product")]


@pytest.mark.parametrize("sentence, numbers", [
    ("The shot is twice as strong as a tablet.", [[2, 2, "times"]]),
    ("The shot is 2x as strong as a tablet.", [[2, 2, "times"]]),
    ("A \u00a31 billion fund and a billion pound plan.", [[1e9, 1e9, "gbp"], [1e9, 1e9, "gbp"]]),
    ("Grants of up to \u00a331k or $2,500.50 a year.", [[2500.5, 2500.5, "usd"], [31000, 31000, "gbp"]]),
    ("| Heavy | 180mg+ |", [[180, 180, "mg+"]]),
    ("Onset 3-30h, threshold 5-10\u00b5g.", [[3, 30, "hour"], [5, 10, "mcg"]]),
    ("Call 1-800-555-0100 or +44 800 123 4567, TTY: 4040, between 8:00 a.m. and 6pm.", []),
    ("Write to SW1A 2AA or TX 75201 about Form 12-034EZ, Section 41 and Public Law 104-88.", []),
    ("It is sold as 2C-B, 5-MeO-DMT and 4-AcO-DiPT; this is our #1 seller.", []),
    ("First made in the 1950s and again in the '70s, it was banned in mid-2025.", []),
    ("Two 16-year-olds bought a 24-hour supply.", [[2, 2, ""], [16, 16, "year"], [24, 24, "hour"]]),
])
def test_quantities_are_normalised_and_identifiers_are_not_quantities(sentence, numbers):
    assert facts(sentence)["numbers"] == numbers


@pytest.mark.parametrize("sentence, dates", [
    ("Applications close on 16 September 2026 at 6pm.", ["2026-09-16"]),
    ("Applications close on September 16, 2026.", ["2026-09-16"]),
    ("The rule applies from 10/01/2026.", ["2026-10-01"]),
    ("Amounts shown apply to the 2027/28 school year.", ["2027/28"]),
    ("Places open in spring 2027 and in September.", ["--09", "2027-spring"]),
    ("Updated 9 November 2026: the rule applies.", []),
    ("As of October 2026, it is not scheduled.", []),
    ("Strong doses are 1000-2000 mg.", []),
    ("You may take it in May 2026 but it may not help.", ["2026-05"]),
])
def test_dates_of_effect_are_facts_and_page_timestamps_are_not(sentence, dates):
    assert facts(sentence)["dates"] == dates


def test_levels_statuses_substances_and_names():
    f = facts("Leeds moves to Local Alert Level: High; the scheme was suspended, so mixing it with Benzos "
              "or alcohol is risky, Dr Khan's team at NHS England said.")
    assert f["levels"] == ["level high"] and f["statuses"] == ["suspended"]
    assert f["substances"] == ["alcohol", "benzo"]

    # names: in a list or after a preposition of place; not a first word, not a title like "Dr"
    from claimwatch.claims.facts import names

    assert names("Leeds moves to Local Alert Level: High; mixing it with Benzos or alcohol is risky, "
                 "Dr Khan's team at NHS England said.") == ["alert", "benzos", "england", "khan", "local", "nhs"]
    assert names("Including SSRIs, MAOIs and DXM.") == ["dxm", "maois", "ssris"]
    assert names("Each Blue Razz tablet holds 15 mg.") == []  # a product's name is no list of places


@pytest.mark.parametrize("sentence, category", [
    ("We do not deliver to Oregon, Utah or Maine.", "legal_status"),           # a jurisdiction
    ("The allowance is \u00a3120 a month.", "legal_status"),                   # an amount of money
    ("Applications close on 3 March 2027.", "legal_status"),                   # a date of effect
    ("Most users take 10-20mg.", "dosage"),                                    # an amount of a substance
    ("About 40% of the samples were mislabelled.", "statistics"),              # a share
])
def test_claims_without_cue_words_get_a_category_from_their_facts(sentence, category):
    [claim] = claims_of(sentence, TOPIC)
    assert claim.category == category
