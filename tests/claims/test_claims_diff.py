"""The claim diff on edits that real people make: re-split sentences, lists and tables as sets,
numbers written another way, identifiers, claims without the topic's cue words, and the reasons
the diff gives. Every text here is written for these tests."""

import pytest

from claimwatch.claims.claim_sentences import claims_of, read_units
from claimwatch.claims.diff import ClaimRef, diff_claims, diff_versions
from claimwatch.claims.evaluation import score_realworld
from claimwatch.core.topic import DEFAULT_TOPIC, Topic

XYLAZINE = Topic(name="xylazine", aliases=("xylazine", "tranq"))
GRANT = Topic(name="home energy grant", aliases=("energy grant", "the grant"))


def changes(before, after, topic=DEFAULT_TOPIC):
    return diff_versions(before, after, topic).changes


def flagged(before, after, topic=DEFAULT_TOPIC):
    return [(c.category, c.change_type, c.before.text if c.before else None, c.after.text if c.after else None)
            for c in changes(before, after, topic)]


# --- re-segmentation is no change ------------------------------------------------------------------

PAGE = ("Xylazine is a veterinary sedative that is increasingly found in the illicit opioid supply.\n"
        "It is not approved for use in people. Naloxone does not reverse its sedation, so rescue breathing matters.\n"
        "Wounds linked to xylazine can appear far from the injection site.\n"
        "- Tranq slows breathing and heart rate\n"
        "- Tranq can cause deep skin wounds\n"
        "- Tranq withdrawal can be severe\n"
        "| Route | Onset |\n| Injected | 2-5 minutes |\n| Smoked | 5-10 minutes |")


@pytest.mark.parametrize("after", [
    # a run-on sentence fixed
    PAGE.replace("in people. Naloxone", "in people.Naloxone"),
    # one sentence split in two
    PAGE.replace("does not reverse its sedation, so rescue breathing matters.",
                 "does not reverse its sedation. So rescue breathing matters."),
    # two lines merged into one paragraph
    PAGE.replace("opioid supply.\nIt is not", "opioid supply. It is not"),
    # list items and table rows reordered
    PAGE.replace("- Tranq slows breathing and heart rate\n- Tranq can cause deep skin wounds",
                 "- Tranq can cause deep skin wounds\n- Tranq slows breathing and heart rate")
        .replace("| Injected | 2-5 minutes |\n| Smoked | 5-10 minutes |",
                 "| Smoked | 5-10 minutes |\n| Injected | 2-5 minutes |"),
    # numbers and units written another way, typos fixed, quotes and dashes changed
    PAGE.replace("2-5 minutes", "2\u20135 min").replace("5-10 minutes", "five to ten minutes")
        .replace("far from", "far away from").replace("is not", "isn\u2019t"),
])
def test_resegmented_and_reformatted_pages_are_no_change(after):
    assert flagged(PAGE, after, XYLAZINE) == []


def test_a_changed_fact_inside_a_resplit_paragraph_is_reported_on_its_own_sentence():
    after = PAGE.replace("opioid supply.\nIt is not approved for use in people.",
                         "opioid supply. It is now approved for use in horses only.")
    found = changes(PAGE, after, XYLAZINE)
    assert len(found) == 1 and found[0].change_type == "modified"
    assert "approved" in found[0].before.text and "approved" in found[0].after.text
    assert "veterinary sedative" not in found[0].before.text  # the neighbour that only moved is not reported


# --- number formats and identifiers ----------------------------------------------------------------

@pytest.mark.parametrize("before, after", [
    ("Appeals must be lodged within 1 month after the refusal.", "Appeals must be lodged within one month after the refusal."),
    ("Tranq is twice as strong as the older sedatives, vets say.", "Tranq is 2x as strong as the older sedatives, vets say."),
    ("The fund is a billion pound plan for the grant.", "The fund is a \u00a31 billion plan for the grant."),
    ("You can get up to \u00a331k a year from the grant.", "You can get up to \u00a331,000 a year from the grant."),
    ("| Strong | 40-60 |", "| Strong | 40-60mg |"),
    ("| Threshold | 5-10\u00b5g |", "| Threshold | 5-10ug |"),
    ("| Duration | 2-4h |", "| Duration | 2-4 hours |"),
    ("If you took part in Projects 42 or LAMP, you may apply for the grant.",
     "If you took part in Project 42 or Project LAMP, you may apply for the grant."),
    ("For help with the grant, call 1-800-555-0100 between 8:00 a.m. and 6 p.m.",
     "For help with the grant, call 800.555.0100 between 8 am and 6:00 pm."),
    ("Send the grant form to the office at LS1 4AP, Form 12-B attached.",
     "Send the grant form to the office at LS1 4AP, Form 12-C attached."),
    ("Effects of the grant on 2C-B households were studied.", "Effects of the grant on 2C-E households were studied."),
    ("Updated 3 hours ago: the grant is open to all tenants.", "Updated 1 day ago: the grant is open to all tenants."),
    ("Page last reviewed: 10/03/2026. The grant pays \u00a3500.", "Page last reviewed: 11/04/2026. The grant pays \u00a3500."),
])
def test_same_value_in_another_notation_or_an_identifier_is_no_change(before, after):
    assert flagged(before, after, GRANT) == []


@pytest.mark.parametrize("before, after", [
    ("| Heavy | 40mg+ |", "| Heavy | 40-60mg |"),                                  # an open range closed
    ("| Onset | 2-5 minutes |", "| Onset | 2-5 hours |"),                             # the unit changed
    ("You can get up to \u00a3795.21 a year from the grant.", "You can get up to \u00a3817.48 a year from the grant."),
    ("The code expires in 30 days.", "The code expires in 21 days."),
    ("Applications for the grant close on 16 September 2026.", "Applications for the grant close on 30 September 2026."),
    ("Tranq is twice as strong as the older sedatives.", "Tranq is three times as strong as the older sedatives."),
])
def test_a_changed_value_is_flagged_on_its_sentence(before, after):
    found = changes(before, after, GRANT if "grant" in before or "code" in before else XYLAZINE)
    assert [c.change_type for c in found] == ["modified"]


@pytest.mark.parametrize("before, after", [
    # fractions: vulgar, with a slash, in words, mixed
    ("| Light | 1/4 - 1/2 lozenge |", "| Light | \u00bc\u2013\u00bd lozenge |"),
    ("Start with half a lozenge of tranq and wait 20 minutes.", "Start with 1/2 lozenge of tranq and wait 20 min."),
    ("Some users of tranq need 1 1/2 doses of naloxone.", "Some users of tranq need 1\u00bd doses of naloxone."),
    # the same amount in another unit
    ("Decisions on the grant are sent within 72 hours.", "Decisions on the grant are sent within 3 days."),
    ("You must have lived here for 24 months to get the grant.", "You must have lived here for two years to get the grant."),
    ("A tranq wound dressing needs 2.5 g of gel.", "A tranq wound dressing needs 2,500 mg of gel."),
    # a unit at both ends of a range, or once
    ("Keep tranq test strips between 41\u00b0F and 86\u00b0F.", "Keep tranq test strips between 41 and 86 \u00b0F."),
    ("Tranq wounds take 3 weeks to 6 weeks to heal.", "Tranq wounds take 3 to 6 weeks to heal."),
    # a count of times, in words or digits
    ("Do not inject tranq more than 3 times per day.", "Do not inject tranq more than thrice a day."),
])
def test_the_same_quantity_written_another_way_is_no_change(before, after):
    topic = XYLAZINE if "tranq" in before.lower() or "lozenge" in before else GRANT
    assert flagged(before, after, topic) == []


@pytest.mark.parametrize("before, after", [
    ("| Light | 1/4 - 1/2 lozenge |", "| Light | \u00bd\u20131 lozenge |"),
    ("Decisions on the grant are sent within 72 hours.", "Decisions on the grant are sent within 4 days."),
    ("You must have lived here for 24 months to get the grant.", "You must have lived here for three years to get the grant."),
    ("Keep tranq test strips between 41\u00b0F and 86\u00b0F.", "Keep tranq test strips between 41 and 77 \u00b0F."),
    ("Do not inject tranq more than 3 times per day.", "Do not inject tranq more than twice a day."),
    # a range of amounts is no price, even after "from"
    ("Grants range from \u00a3200 to \u00a3900 a year.", "Grants range from \u00a3200 to \u00a31,100 a year."),
    # a date with a time of day is still a date of effect when something happens then
    ("The grant closes on 2 March 2027 at 5pm.", "The grant closes on 9 March 2027 at 5pm."),
])
def test_a_quantity_that_changes_in_another_notation_is_still_flagged(before, after):
    topic = XYLAZINE if "tranq" in before.lower() or "lozenge" in before else GRANT
    assert [c.change_type for c in changes(before, after, topic)] == ["modified"]


@pytest.mark.parametrize("before, after", [
    ("Tranq test strips, lot 5521, pack of 20 strips.", "Tranq test strips, lot 5790, pack of 20 strips."),
    ("Each tranq test kit holds 20 strips (UPC 012345678905).", "Each tranq test kit holds 20 strips (UPC 012345678912)."),
    ("Grant advisers answer 8\u20134 ET on weekdays, or email grants@council.example.",
     "Grant advisers answer 9\u20135 ET on weekdays, or email grants@council.example."),
    ("Sent to grant applicants: 2 March 2026, 3:15 PM GMT.", "Sent to grant applicants: 4 March 2026, 10:05 AM GMT."),
    ("You can buy tranq test strips at most pharmacies for about $2 each.",
     "You can buy tranq test strips at most pharmacies for about $3 each."),
    ("\u00a9 2025 Northfield Council. The grant is run by the council.",
     "\u00a9 2026 Northfield Council. The grant is run by the council."),
])
def test_codes_hours_send_stamps_and_retail_prices_are_no_facts(before, after):
    assert flagged(before, after, XYLAZINE if "tranq" in before.lower() else GRANT) == []


@pytest.mark.parametrize("before, after, changed", [
    ("Most tranq wounds heal without surgery.", "Nearly all tranq wounds heal without surgery.", True),
    ("Many tranq users need wound care.", "A few tranq users need wound care.", True),
    ("The grant is paid to households that satisfy the conditions below.",
     "The grant is paid to households that satisfy at least one of the conditions below.", True),
    ("All grant payments are made by bank transfer.", "Grant payments are made by bank transfer.", False),
    ("Every applicant for the grant gets a letter.", "Each applicant for the grant gets a letter.", False),
    ("Most tranq wounds heal without surgery.", "The majority of tranq wounds heal without surgery.", False),
    # a superlative is no quantifier
    ("Our most effective tranq wound gel is sold in clinics.", "Our best tranq wound gel is sold in clinics.", False),
])
def test_a_quantifier_that_changes_degree_is_a_change(before, after, changed):
    topic = XYLAZINE if "tranq" in before.lower() else GRANT
    assert bool(changes(before, after, topic)) is changed


@pytest.mark.parametrize("before, after, changed", [
    ("Tranq withdrawal is often severe and lasts a week.", "Tranq withdrawal is often mild and lasts a week.", True),
    ("Tranq wounds can become life-threatening.", "Tranq wounds can become serious.", True),
    ("Tranq wounds can become serious.", "Tranq wounds can become severe.", False),
    ("Tranq can cause a severe rash on the arms.", "Tranq can cause a rash on the arms.", False),
])
def test_a_harm_said_to_be_graver_or_milder_is_a_change(before, after, changed):
    assert bool(changes(before, after, XYLAZINE)) is changed


def test_a_malformed_number_made_whole_is_a_typo_fixed():
    before = "Dose\n| Light | 5-10mg |\n| Strong | 20.35.5mg |"
    assert flagged(before, before.replace("20.35.5mg", "20-35.5mg"), XYLAZINE) == []
    assert [c.change_type for c in changes(before, before.replace("20.35.5mg", "20-40mg"), XYLAZINE)] == ["modified"]


@pytest.mark.parametrize("before, after", [
    ("The council first offered the grant in March 2024.", "The council first offered the grant in March of 2024."),
    ("Grant notice No. 2026-07: payments resume in May.", "Grant notice No. 2026-08: payments resume in May."),
])
def test_a_month_of_a_year_and_a_numbered_notice_are_read_whole(before, after):
    assert flagged(before, after, GRANT) == []


def test_prices_in_a_shop_sentence_are_not_facts_about_the_subject():
    before = "Our 15mg 7-OH tablets are now only $24.99 for a pack of 10."
    assert flagged(before, before.replace("$24.99", "$19.99")) == []
    assert [c.change_type for c in changes(before, before.replace("15mg", "20mg"))] == ["modified"]


# --- claims beyond the cue words -------------------------------------------------------------------

def test_table_rows_and_value_lines_are_claims():
    before = "Dose\n| Oral | |\n| Light | 10-20mg |\n| Heavy | 40mg+ |\nAverage wait for a grant decision\n96 days"
    assert [u.text for u in read_units(before, XYLAZINE) if u.is_claim] == [
        "Light: 10-20mg", "Heavy: 40mg+", "Average wait for a grant decision: 96 days"]
    assert flagged(before, before.replace("96 days", "81 days"), XYLAZINE)[0][2:] == (
        "Average wait for a grant decision: 96 days", "Average wait for a grant decision: 81 days")


def test_items_of_a_rule_are_claims_and_an_added_item_is_flagged():
    before = "You must not claim the grant if you:\n- already get a council heating payment\n- rent from a relative"
    after = before + "\n- moved in after 1 April 2026"
    assert flagged(before, after, GRANT) == [("legal_status", "added", None, "moved in after 1 April 2026")]


def test_a_removed_warning_without_numbers_is_flagged():
    before = "Tranq is often mixed into fentanyl.\nNever use tranq alone. Someone should be with you.\nKeep naloxone nearby."
    after = before.replace("Never use tranq alone. ", "")
    assert [(c.change_type, c.before.text) for c in changes(before, after, XYLAZINE)] == [
        ("removed", "Never use tranq alone.")]


def test_a_status_without_cue_words_is_compared():
    before = "The grant scheme was suspended in March 2026 while funding is reviewed."
    after = "The grant scheme reopened in May 2026 after funding was agreed."
    found = changes(before, after, GRANT)
    assert len(found) == 1 and found[0].category == "legal_status"


@pytest.mark.parametrize("line, why", [
    ("Find out more about the energy grant", "a link or call to action"),
    ("Read our guide to heating costs.", "a link or call to action"),
    ("Can I get the energy grant?", "a question"),
    ("Minister announces \u00a3300 million for home insulation", "a heading or link line"),
    ("\u2605\u2605\u2605\u2605\u2606 4.1 (88 reviews)", "page furniture"),
    ("Only 3 left in stock \u2013 order soon", "page furniture"),
    ("Open Monday to Friday, 9am to 5pm.", "page furniture"),
    ("For questions, call our helpline on 0800 123 4567.", "contact details"),
])
def test_furniture_links_headlines_and_questions_are_not_claims(line, why):
    [unit] = read_units(line, GRANT)
    assert (unit.category, unit.why) == (None, why)


@pytest.mark.parametrize("line, why", [
    ("\u2b50\u2b50\u2b50\u2b50 (317): From $21.50", "page furniture"),
    ("\u00a9 2026 Northfield Council, publisher of the grant pages", "page furniture"),
    ("Grant guidance for landlords (PDF)", "a link or call to action"),
    ("Grant rules in Welsh [PDF, 310 KB]", "a link or call to action"),
    ("For help with the grant rules, email grants@council.example.", "contact details"),
])
def test_ratings_copyright_document_links_and_mail_addresses_are_not_claims(line, why):
    [unit] = read_units(line, GRANT)
    assert (unit.category, unit.why) == (None, why)


def test_sections_of_references_about_us_and_shipping_terms_make_no_claims():
    page = ("Tranq wounds need medical care within 3 days.\n"
            "Sources\n"
            "- Okafor R, et al. Tranq wounds in Ohio clinics. 2024.\n"
            "- State Health Office. Tranq alert 12: Wound care guidance.\n"
            "About Lakeside Clinic\n"
            "Lakeside Clinic runs four hospitals and 19 walk-in centres across the valley.\n"
            "Shipping and delivery\n"
            "| Method | Cost |\n"
            "| Standard | $4.50 |\n"
            "| Express | $11.00 |")
    units = {u.text: u for u in read_units(page, XYLAZINE)}
    assert units["Tranq wounds need medical care within 3 days."].is_claim
    assert units["Okafor R, et al. Tranq wounds in Ohio clinics."].why == "a reference or link under its heading"
    assert units["Tranq alert 12: Wound care guidance."].why == "a reference or link under its heading"
    assert units["Lakeside Clinic runs four hospitals and 19 walk-in centres across the valley."].why == (
        "about the publisher, not the topic")
    edited = (page.replace("19 walk-in", "23 walk-in").replace("$11.00", "$12.50")
              .replace("Wound care guidance.", "Wound care guidance.\n- Tranq test strip guide. 2025."))
    assert flagged(page, edited, XYLAZINE) == []
    # the sections end at the next heading; a heading about a value ("About 6 weeks") is no "About us"
    after = page + "\nHealing time\nAbout 6 weeks\nMost tranq wounds close in about 6 weeks with dressing changes."
    assert flagged(after, after.replace("close in about 6 weeks", "close in about 9 weeks"), XYLAZINE)
    assert flagged(page, page.replace("within 3 days", "within 5 days"), XYLAZINE)


def test_brand_boilerplate_testimonials_and_related_products_are_no_claims():
    page = ("Tranq test strips detect xylazine in 2 minutes.\n"
            "\u201cSaved my friend, works in 90 seconds!\u201d \u2013 Priya S., Verified Buyer\n"
            "You may also like\n"
            "- Fentanyl test strips 10 pack\n"
            "About Harbor Testing\n"
            "Harbor Testing is a small harm-reduction supplier founded in 2020 with 2 offices.")
    edited = (page.replace("works in 90 seconds", "gave a result in 3 minutes").replace("10 pack", "25 pack")
              .replace("2 offices", "3 offices"))
    assert flagged(page, edited, XYLAZINE) == []
    assert flagged(page, page.replace("in 2 minutes", "in 5 minutes"), XYLAZINE)


def test_a_short_list_item_with_a_quantity_is_a_claim():
    page = "Tranq effects\n- Lasts 3-5 hrs\n- Sold as powder"
    assert [c.change_type for c in changes(page, page.replace("3-5 hrs", "6-8 hrs"), XYLAZINE)] == ["modified"]


def test_an_about_heading_that_names_no_publisher_keeps_its_claims():
    page = "About Veterinary Sedatives\nTranq wounds need medical care within 3 days."
    assert flagged(page, page.replace("3 days", "5 days"), XYLAZINE)
    assert [u.why for u in read_units("About Lakeside Health\nLakeside runs 4 clinics.", XYLAZINE)][1] == (
        "about the publisher, not the topic")


def test_a_label_and_value_on_a_line_of_its_own_is_a_row():
    before = "Tranq test strips\nSensitivity: 92% (tested in March)\nWhere to get them"
    after = before.replace("92%", "85%")
    assert [u.text for u in read_units(before, XYLAZINE) if u.is_claim] == ["Sensitivity: 92% (tested in March)"]
    assert [c.change_type for c in changes(before, after, XYLAZINE)] == ["modified"]
    # a rating under a label is no row
    rating = "Tranq test strips\nReviews: 4.6 (212)\nWhere to get them"
    assert flagged(rating, rating.replace("4.6 (212)", "4.7 (230)"), XYLAZINE) == []


def test_evidence_quoted_as_a_table_row_is_read_as_the_claim_step_reads_it():
    record = {"id": "t", "topic": {"name": "home energy grant", "aliases": ["energy grant"]}, "flagged": True,
              "kinds": ["number"], "before": "| Single person | $300 |", "after": "| Single person | $350 |",
              "evidence": ["| Single person | $350 |"]}
    score = score_realworld([record])
    assert (score.true_positives, score.strict_hits) == (1, 1)


def test_a_timeline_date_heads_its_entry():
    before = "Recent changes\n12 May\nLeeds moves to alert level 3\n3 May\nYork moves to alert level 2"
    after = before.replace("12 May\nLeeds", "13 May\nLeeds")
    [(category, kind, old, new)] = flagged(before, after, GRANT)
    assert (kind, old, new) == ("modified", "12 May: Leeds moves to alert level 3", "13 May: Leeds moves to alert level 3")


# --- what is compared beyond numbers --------------------------------------------------------------

def test_a_place_added_to_a_list_of_names_is_a_change_and_a_case_fix_is_not():
    before = "The grant applies in Leeds, Bradford, Wakefield and York from 1 June 2026."
    assert [c.change_type for c in changes(before, before.replace("Bradford, ", "Bradford, Halifax, "), GRANT)] == ["modified"]
    assert changes("Tranq is common in northern italy and the UK.", "Tranq is common in northern Italy and the UK.",
                   XYLAZINE) == []


def test_a_clause_removed_outright_is_a_change_and_a_hedge_is_not():
    before = "Tranq lowers blood pressure, and combined with opioids it can stop breathing entirely."
    after = "Tranq lowers blood pressure."
    assert [c.change_type for c in changes(before, after, XYLAZINE)] == ["modified"]
    assert changes(before, before.replace("it can", "it is reported that it can"), XYLAZINE) == []


def test_a_substance_swapped_in_a_warning_is_a_change():
    before = "Mixing tranq with opioids raises the risk of an overdose."
    assert [c.change_type for c in changes(before, before.replace("opioids", "benzodiazepines"), XYLAZINE)] == ["modified"]


def test_a_negation_flip_is_a_high_severity_change():
    before = "Naloxone does not reverse the sedation caused by tranq."
    [change] = changes(before, before.replace("does not reverse", "reverses"), XYLAZINE)
    assert (change.change_type, change.severity) == ("modified", "high")


# --- the diff explains itself ---------------------------------------------------------------------

def test_every_unit_is_in_one_group_and_each_group_says_why():
    before = "Tranq is a sedative.\nThe grant pays \u00a3500 a year.\nCall 0800 123 4567 for help.\nSign up for news"
    after = "Tranq is a sedative.\nThe grant pays \u00a3600 a year.\nCall 0800 765 4321 for help.\nSign up for our news"
    result = diff_versions(before, after, GRANT)
    assert sorted(i for v in result.verdicts for i in v.group.before) == list(range(len(result.before)))
    assert sorted(j for v in result.verdicts for j in v.group.after) == list(range(len(result.after)))
    why = {v.group.how: v.reasons for v in result.verdicts}
    assert why["same"] == ["same wording"]
    flagged_reasons = [v.reasons for v in result.verdicts if v.change]
    assert flagged_reasons == [["numbers differ: [500 gbp] -> [600 gbp]"]]
    assert any(r.startswith("not a claim") for v in result.verdicts if not v.change for r in v.reasons)


def test_stored_claims_lend_their_ids_and_their_old_facts_are_not_trusted():
    before, after = "The grant pays \u00a3500 a year.", "The grant pays \u00a3600 a year."
    # facts as an older extractor stored them (no negation count, the number read wrongly)
    stale = [ClaimRef("c-old", "product", before, {"numbers": [[600.0, 600.0, ""]], "negated": False})]
    [change] = diff_claims(stale, [], before, after, GRANT)
    assert change.before.claim_id == "c-old" and change.after.claim_id is None
    assert change.before.facts["numbers"] == [[500.0, 500.0, "gbp"]]


def test_claims_of_another_topic_need_no_7oh_words():
    text = "Xylazine is not approved for human use.\nThe fee is \u00a345.\nWe love our readers."
    assert [c.text for c in claims_of(text, XYLAZINE)] == ["Xylazine is not approved for human use.", "The fee is \u00a345."]


# --- bounded cost ---------------------------------------------------------------------------------

def test_a_page_of_identical_rows_aligns_row_for_row():
    # every row shares every word: candidates come from the rows nearest in order, not from all pairs
    before = "\n".join(f"| Batch strength | {n % 40 + 1} mg |" for n in range(3000))
    after = before.replace("| 17 mg |", "| 99 mg |", 1)
    found = changes(before, after, XYLAZINE)
    assert [(c.change_type, c.before.text, c.after.text) for c in found] == [
        ("modified", "Batch strength: 17 mg", "Batch strength: 99 mg")]


# --- the real-world scoring -----------------------------------------------------------------------

def test_real_world_scoring_counts_flags_strict_hits_noise_and_misses():
    records = [
        {"id": "a", "topic": {"name": "tranq", "aliases": ["tranq"]}, "flagged": True, "kinds": ["number"],
         "before": "Tranq wounds heal in 2 weeks.", "after": "Tranq wounds heal in 6 weeks.", "evidence": ["6 weeks"]},
        {"id": "b", "topic": {"name": "tranq", "aliases": ["tranq"]}, "flagged": True, "kinds": ["removed"],
         "before": "Tranq is a sedative.", "after": "Tranq is a sedative!", "evidence": ["sedative"]},
        {"id": "c", "topic": {"name": "tranq", "aliases": ["tranq"]}, "flagged": False, "noise": ["furniture"],
         "before": "The fee is \u00a345.", "after": "The fee is \u00a350."},
    ]
    score = score_realworld(records)
    assert (score.true_positives, score.false_positives, score.strict_hits) == (1, 1, 1)
    assert (score.precision, score.recall, score.strict_recall) == (0.5, 0.5, 0.5)
    assert score.false_alarms_by_noise() == {"furniture": 1} and score.misses_by_kind() == {"removed": 1}


# --- a shop page: prices, stock, reviews and promotions churn; its claims do not ---------------------

SHOP = """Zenith 7-OH Tablets \u2013 Blue Razz
Austin's #1 source for premium kratom and 7-OH products
\u2605\u2605\u2605\u2605\u2605 4.8 (212 reviews)
$34.99
Was $39.99 \u2013 now only $34.99 for a pack of 10.
Only 7 left in stock \u2013 order within 3 hrs for same-day shipping!
Subscribe & save 15% on every order.
Each tablet contains 15 mg of 7-hydroxymitragynine.
Suggested use: start with half a tablet. Do not take more than 3 tablets in 24 hours.
- Lab tested by a third party
- Vegan and gluten free
| Strength | 15 mg per tablet |
| Count | 10 tablets |
| SKU | ZEN-7OH-15-10 |
| Price | $34.99 |
We cannot ship to Alabama, Arkansas, Indiana or Vermont.
Questions? Call us at (512) 555-0134 or email help@zenith.example."""


def test_shop_churn_is_no_change():
    after = (SHOP.replace("Austin's #1", "Texas's #1").replace("4.8 (212", "4.9 (240").replace("$34.99", "$29.99")
             .replace("Only 7 left", "Only 2 left").replace("3 hrs", "5 hrs").replace("save 15%", "save 20%")
             .replace("15 mg of", "15mg of").replace("tablet. Do not take more than 3", "tablet.Do not take more than three")
             .replace("- Lab tested by a third party\n- Vegan and gluten free",
                      "- Vegan and gluten free\n- Lab tested by a third party")
             .replace("ZEN-7OH-15-10", "ZEN-7OH-15-10B").replace("(512) 555-0134", "512-555-0199"))
    assert flagged(SHOP, after) == []


def test_shop_claims_that_change_are_flagged_each_on_its_sentence():
    after = (SHOP.replace("Each tablet contains 15 mg", "Each tablet contains 20 mg")
             .replace("- Lab tested by a third party\n", "")
             .replace("Indiana or Vermont", "Indiana, Ohio or Vermont"))
    assert sorted((c.category, c.change_type) for c in changes(SHOP, after)) == [
        ("legal_status", "modified"), ("product", "modified"), ("product", "removed")]


def test_on_a_shop_page_prices_in_a_product_grid_are_not_claims():
    grid = SHOP + "\n- Zenith 7-OH Shots 20mg \u2013 $19.99\n- Zenith 7-OH Gummies 10mg \u2013 $24.99"
    cheaper = grid.replace("$19.99", "$17.99").replace("$24.99", "$21.99")
    assert flagged(grid, cheaper) == []
    stronger = grid.replace("Gummies 10mg", "Gummies 12mg")
    assert [c.change_type for c in changes(grid, stronger)] == ["modified"]
    # off a shop's pages an amount is a claim: a fine, an allowance
    assert [c.change_type for c in changes("The county fines sellers $500.", "The county fines sellers $900.")] == [
        "modified"]


def test_a_lead_in_that_is_no_claim_makes_no_claims_of_its_lines():
    text = ("You must not claim the grant if you:\n- already get a heating payment\n"
            "You can write to the grant office at:\nEnergy Grant Team\nPO Box 4410\nLeeds")
    assert [u.text for u in read_units(text, GRANT) if u.is_claim] == [
        "You must not claim the grant if you:", "already get a heating payment"]


@pytest.mark.parametrize("before, after", [
    ("Lab results for this batch: best before 03/2027, tested 10/12/2026.",
     "Lab results for this batch: best before 09/2027, tested 11/02/2026."),
    ("Trusted by over 10,000 happy customers across Texas.", "Trusted by over 12,000 happy customers across Texas."),
    ("We use cookies to remember your cart for 30 days.", "We use cookies to remember your cart for 14 days."),
])
def test_shop_stamps_and_boasts_are_no_claims(before, after):
    assert flagged(before, after) == []


def test_a_value_on_a_line_of_its_own_is_a_claim_and_a_price_is_not():
    before = "How long does a grant decision take?\n96 days\nThe average wait in May\n$34.99\n4 min read"
    units = {u.text: u.why for u in read_units(before, GRANT)}
    # a value under a label line is read with it, as a table row; a price is no claim either way
    assert units["96 days"] == "a value" and units["The average wait in May: $34.99"] == "a price"
    assert units["4 min read"] == "page furniture"
    assert flagged(before, before.replace("96 days", "81 days"), GRANT)[0][1:] == ("modified", "96 days", "81 days")


# --- the same number in another notation (second precision round) ----------------------------------

@pytest.mark.parametrize("before, after", [
    # a number joined to its word by a hyphen is the same number as written apart
    ("Each pod has a 650 puff capacity and a quartz heating core.",
     "Each pod has a 650-puff capacity and a quartz heating core."),
    ("Our xylazine test strips are checked by a 9001 certified lab.",
     "Our xylazine test strips are checked by a lab that is 9001-certified."),
    # "a third-party lab" names no fraction; "one or two" is the range "1-2"
    ("Tranq samples are screened by a third-party lab before release.",
     "Tranq samples are screened by an outside lab before release."),
    ("Mix the xylazine reagent with one or two drops of the sample.",
     "Mix the xylazine reagent with 1-2 drops of the sample."),
    # "24/7" and "24 hours a day" both say always
    ("The xylazine overdose helpline answers 24 hours a day.", "The xylazine overdose helpline answers 24/7."),
])
def test_the_same_number_in_another_notation_is_no_change(before, after):
    assert flagged(before, after, XYLAZINE) == []


@pytest.mark.parametrize("before, after", [
    ("Each pod has a 650-puff capacity and a quartz heating core.",
     "Each pod has an 800-puff capacity and a quartz heating core."),
    ("Mix the xylazine reagent with one or two drops of the sample.",
     "Mix the xylazine reagent with three or four drops of the sample."),
    ("Tranq samples are screened by a third-party lab before release.",
     "A third of tranq samples are screened by a lab before release."),
])
def test_a_number_in_those_notations_that_changes_is_still_a_change(before, after):
    assert [c[1] for c in flagged(before, after, XYLAZINE)] == ["modified"]


# --- the link blocks of news sites and blogs ---------------------------------------------------------

NEWS = ("State lab finds xylazine in 40% of seized heroin samples\n"
        "The state crime lab found xylazine in 40% of heroin samples seized this year, up from 22% last year.\n"
        "{heading}\n- {link}\n- Three new restaurants open downtown\n- School bus routes change for 2027")


@pytest.mark.parametrize("heading", ["Trending", "Most read", "More from Metro", "Related stories", "Recommended",
                                     "Top stories", "Read next"])
def test_a_headline_swapped_in_a_news_link_block_is_no_change(heading):
    before = NEWS.format(heading=heading, link="Five fixes for a leaky roof")
    after = NEWS.format(heading=heading, link="Arrests up 12% after bridge closures")
    assert flagged(before, after, XYLAZINE) == []
    # the article's own claims are still read, and still flagged when they change
    assert flagged(before, before.replace("in 40% of heroin", "in 45% of heroin"), XYLAZINE)[0][1] == "modified"


def test_a_list_under_an_ordinary_heading_is_still_read():
    before = NEWS.format(heading="What the lab found", link="Xylazine in 40% of samples")
    assert flagged(before, before.replace("- Xylazine in 40%", "- Xylazine in 52%"), XYLAZINE)[0][1] == "modified"


# --- what a shop offers its buyers, and the stamps of comments ---------------------------------------

STRIPS = ("Tranq Test Strips, 10 pack\n$14.99 · Add to cart\n{promo}\n"
        "Each strip detects xylazine at 1 microgram per mL in under 5 minutes.")


@pytest.mark.parametrize("before, after", [
    ("Pay with crypto for a 5% discount.", "Pay with crypto for a 12% discount."),
    ("Rewards: earn 1 point per $1 spent.", "Rewards: earn 3 points per $1 spent this week."),
    ("Buy any 2 packs, get a 3rd pack at half price.", "Buy any 3 packs, get a 4th pack free."),
])
def test_a_shops_promotions_are_no_claims(before, after):
    assert flagged(STRIPS.format(promo=before), STRIPS.format(promo=after), XYLAZINE) == []


def test_a_shop_told_by_its_savings_sells_at_prices_not_claims():
    page = ("Tranq Test Kit\nKit price $40 (you save $9 vs. buying separately)\n"
            "| Plan | Price |\n| One kit | {price} |\n| Monthly | $34 |\nEach kit holds 20 xylazine test strips.")
    assert flagged(page.format(price="$40"), page.format(price="$36"), XYLAZINE) == []
    # off a shop's pages a discount is a claim: a fee reduced
    assert [c[1] for c in flagged("Seniors get a 50% discount on tranq disposal fees.",
                                  "Seniors get a 25% discount on tranq disposal fees.", XYLAZINE)] == ["modified"]


def test_the_stamp_of_a_comment_is_no_claim():
    before = "Top replies\n> u/harbor_nurse · 3d ago · ▲ 41 — tranq wounds need a doctor, not a bandage"
    after = "Top replies\n> u/harbor_nurse · 9d ago · ▲ 57 — tranq wounds need a doctor, not a bandage"
    assert flagged(before, after, XYLAZINE) == []


# --- photo captions and "current through" stamps ------------------------------------------------------

ARTICLE = ("Harbor County bans tranq sales at corner stores\n{caption}\n"
           "The county board voted 5-2 to ban xylazine sales at corner stores from March 1, 2027.")


@pytest.mark.parametrize("caption", [
    "Test strips on a counter at a clinic in Dover, Del., May 3, 2026. (NW Photo/Ana Ruiz, File)",
    "A tranq test kit sold at a market in Salem. 40 kits were seized. (Photo: Harbor County Sheriff)",
    "County board members vote on the tranq ban, Nov. 8, 2026. (Getty Images)",
])
def test_a_photo_caption_added_is_no_claim(caption):
    before = ARTICLE.format(caption="")
    assert flagged(before, ARTICLE.format(caption=caption), XYLAZINE) == []
    # a sentence in the article with the same words is a claim
    assert [c[1] for c in flagged(before, before + "\nForty tranq test kits were seized at a market in Salem.",
                                  XYLAZINE)] == ["added"]


def test_a_code_current_through_a_later_date_is_no_change():
    page = ("Sec. 9-14. Sale of xylazine to anyone under 21 is a misdemeanor.\n"
            "This code is current through Ordinance 2026-88, passed {date}, and includes all amendments.")
    assert flagged(page.format(date="October 7, 2026"), page.format(date="December 9, 2026"), XYLAZINE) == []
    rule = "The xylazine rule takes effect {date}, when sales to minors become a misdemeanor."
    assert [c[1] for c in flagged(rule.format(date="October 7, 2026"), rule.format(date="December 9, 2026"),
                                  XYLAZINE)] == ["modified"]


# --- a condition or substance word misspelt on one side --------------------------------------------------

@pytest.mark.parametrize("before, after", [
    ("Tranq can worsen insomina and leave deep wounds.", "Tranq can worsen insomnia and leave deep wounds."),
    ("Never mix xylazine with alchohol or sleeping pills.", "Never mix xylazine with alcohol or sleeping pills."),
])
def test_a_misspelt_condition_or_substance_fixed_is_no_change(before, after):
    assert flagged(before, after, XYLAZINE) == []


def test_a_condition_or_substance_swapped_is_still_a_change():
    assert [c[1] for c in flagged("Tranq can worsen insomnia and leave deep wounds.",
                                  "Tranq can worsen anxiety and leave deep wounds.", XYLAZINE)] == ["modified"]
    assert [c[1] for c in flagged("Never mix xylazine with alcohol or sleeping pills.",
                                  "Never mix xylazine with cannabis or sleeping pills.", XYLAZINE)] == ["modified"]


# --- a short sentence that states a harm or a legal point with a fact ----------------------------------

REPORT = ("Harbor County EMS treated 31 people for tranq exposure in October, up from 19 in September. {short}\n"
          "Crews carried naloxone on every call.")


def test_a_short_sentence_of_harm_with_a_fact_is_a_claim():
    before, after = REPORT.format(short="Nobody was hospitalized."), REPORT.format(short="Two were hospitalized.")
    assert [c[1] for c in flagged(before, after, XYLAZINE)] == ["modified"]
    # three words with no harm or law in them are still too short to be a claim
    units = {u.text: u.why for u in read_units(REPORT.format(short="Two crews responded."), XYLAZINE)}
    assert units["Two crews responded."] == "too short"


def test_a_two_letter_code_added_to_a_list_is_a_change():
    page = "We do not ship tranq test kits to: AL, {codes}, TX.\nOrders for most kits arrive in 3 days and are made to order."
    assert [c[1] for c in flagged(page.format(codes="GA"), page.format(codes="GA, MO"), XYLAZINE)] == ["modified"]


@pytest.mark.parametrize("offer", ["Take our free 3-minute quiz.", "Try our online dosing calculator.",
                                   "Take the short self-assessment."])
def test_an_offer_of_the_publishers_own_tool_is_no_claim(offer):
    page = "Tranq wounds need care within 48 hours. {offer}\nClinics treat tranq wounds for free."
    assert flagged(page.format(offer="Worried?"), page.format(offer=f"Worried? {offer}"), XYLAZINE) == []


@pytest.mark.parametrize("before, after", [
    ("Tranq sedation lasts 45 minutes to an hour.", "Tranq sedation lasts 45-60 minutes."),
    ("Tranq wounds should be checked every 12 hours to a day.", "Tranq wounds should be checked every 12–24 hours."),
])
def test_a_range_ending_at_one_of_the_next_unit_up_is_that_range(before, after):
    assert flagged(before, after, XYLAZINE) == []
    assert [c[1] for c in flagged(before, after.replace("45-60", "45-90").replace("12–24", "12–36"),
                                  XYLAZINE)] == ["modified"]
