"""Source of the held-out claim-change set (holdout/pairs.jsonl).

Written without looking at the claim detector (claims/*.py) or the tuning set
(tests/claims_eval/pairs.jsonl, build_pairs.py).  Each page is its week-1 text plus a
list of edits that produce week 2; labelled changes come from the edits themselves.

    python tests/claims_eval/holdout/build.py    # rewrite holdout/pairs.jsonl
    python tests/claims_eval/holdout/check.py    # validate + counts

Edits:
    ("sub", old, new, noise_kind)            noise replacement (old must occur once)
    ("mod", category, old_sentence, new_sentence)
    ("add", category, sentence, anchor, mode)   mode: "line" | "item" | "inline"
    ("rem", category, sentence)
    ("move", line_substring, anchor_substring_or_TOP, noise_kind)
    ("ins", new_line, anchor_substring, noise_kind)
    ("del", line_substring, noise_kind)
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS: list[dict] = []


def _one_line(lines: list[str], sub: str) -> int:
    hits = [i for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, f"{sub!r} matched lines {hits}"
    return hits[0]


def _apply(text: str, op: tuple, changes: list, noise: list) -> str:
    kind = op[0]
    if kind == "sub":
        _, old, new, nk = op
        assert text.count(old) == 1, f"sub: {old!r} occurs {text.count(old)}x"
        noise.append(nk)
        return text.replace(old, new)
    if kind == "mod":
        _, cat, old, new = op
        assert text.count(old) == 1, f"mod: {old!r} occurs {text.count(old)}x"
        changes.append({"category": cat, "change_type": "modified", "before": old, "after": new})
        return text.replace(old, new)
    if kind == "add":
        _, cat, sent, anchor, mode = op
        lines = text.split("\n")
        if mode == "inline":
            assert text.count(anchor) == 1, f"add anchor {anchor!r}"
            text = text.replace(anchor, anchor + " " + sent)
        else:
            i = _one_line(lines, anchor)
            lines.insert(i + 1, ("- " + sent) if mode == "item" else sent)
            text = "\n".join(lines)
        changes.append({"category": cat, "change_type": "added", "before": None, "after": sent})
        return text
    if kind == "rem":
        _, cat, sent = op
        assert text.count(sent) == 1, f"rem: {sent!r}"
        lines = text.split("\n")
        i = _one_line(lines, sent)
        if lines[i] in (sent, "- " + sent):
            del lines[i]
        elif (sent + " ") in lines[i]:
            lines[i] = lines[i].replace(sent + " ", "")
        else:
            lines[i] = lines[i].replace(" " + sent, "")
        changes.append({"category": cat, "change_type": "removed", "before": sent, "after": None})
        return "\n".join(lines)
    if kind == "move":
        _, sub, anchor, nk = op
        lines = text.split("\n")
        line = lines.pop(_one_line(lines, sub))
        if anchor == "TOP":
            lines.insert(0, line)
        else:
            lines.insert(_one_line(lines, anchor) + 1, line)
        noise.append(nk)
        return "\n".join(lines)
    if kind == "ins":
        _, new_line, anchor, nk = op
        lines = text.split("\n")
        lines.insert(_one_line(lines, anchor) + 1, new_line)
        noise.append(nk)
        return "\n".join(lines)
    if kind == "del":
        _, sub, nk = op
        lines = text.split("\n")
        del lines[_one_line(lines, sub)]
        noise.append(nk)
        return "\n".join(lines)
    raise ValueError(op)


def pair(pid: str, kind: str, lines: list[str], ops: list[tuple], note: str) -> None:
    before = "\n".join(lines)
    text = before
    changes: list[dict] = []
    noise: list[str] = []
    for op in ops:
        text = _apply(text, op, changes, noise)
    PAIRS.append({
        "id": pid, "kind": kind, "before": before, "after": text,
        "flagged": bool(changes), "changes": changes, "note": note,
        "noise": sorted(set(noise)),
    })


# ============================================================================
# FLAGGED PAIRS
# ============================================================================

pair("ho-localnews-penalty-level-01", "article", [
    "Calloway County moves to stiffen penalty for selling 7-OH",
    "By Dana Whitcomb | Staff Writer",
    "PORT ELLISON — County commissioners on Tuesday advanced an ordinance aimed at the concentrated kratom products that have crowded onto convenience-store counters over the past two years.",
    "The products contain 7-hydroxymitragynine, or 7-OH, an alkaloid that makes up less than 2% of the alkaloids in the natural kratom leaf but is sold in semi-synthetic tablets, gummies and shots at far higher concentrations.",
    "Under the draft ordinance, selling these products anywhere in unincorporated Calloway County would be a second-degree misdemeanor.",
    "Florida placed 7-OH in Schedule I through an emergency rule in August 2025, but commissioners said enforcement by the state has lagged.",
    "Sheriff Ray Tolliver told the board his deputies had found the tablets in most of the gas stations they checked along State Road 60.",
    "“We’re seeing young people buy these next to the energy drinks,” Tolliver said.",
    "A final vote is scheduled for Dec. 8.",
    "14 comments",
    "Share this article",
], [
    ("mod", "legal_status",
     "Under the draft ordinance, selling these products anywhere in unincorporated Calloway County would be a second-degree misdemeanor.",
     "Under the draft ordinance, selling these products anywhere in unincorporated Calloway County would be a first-degree misdemeanor."),
    ("sub", "14 comments", "31 comments", "furniture"),
], "penalty level raised from second-degree to first-degree misdemeanor; comment count changes")

pair("ho-wire-warning-letters-01", "article", [
    "FDA widens crackdown on concentrated 7-OH products",
    "Updated 11:40 a.m. EST",
    "WASHINGTON (Newswire) — The Food and Drug Administration is stepping up its campaign against concentrated 7-hydroxymitragynine products, the agency said Thursday.",
    "The agency said it had sent warning letters to five more companies that market tablets, gummies and drink shots containing the compound.",
    "The FDA recommended in July 2025 that 7-OH be scheduled under the Controlled Substances Act, a decision that rests with the Drug Enforcement Administration.",
    "7-OH occurs naturally in kratom leaves only in trace amounts, but manufacturers make it in bulk by chemically converting mitragynine, the leaf's main alkaloid.",
    "Public health officials say the products are often sold in gas stations and smoke shops with little labeling about strength.",
    "The DEA has not announced a final scheduling decision.",
    "Copyright 2026 Newswire. All rights reserved.",
], [
    ("mod", "legal_status",
     "The agency said it had sent warning letters to five more companies that market tablets, gummies and drink shots containing the compound.",
     "The agency said it had sent warning letters to eight more companies that market tablets, gummies and drink shots containing the compound."),
    ("sub", "Updated 11:40 a.m. EST", "Updated 3:05 p.m. EST", "date"),
    ("sub", "Public health officials say the products are often sold in gas stations and smoke shops with little labeling about strength.",
     "The products are often sold in gas stations and smoke shops with little labeling about strength, public health officials say.", "reword"),
], "warning letters to five -> eight more companies; timestamp and clause-order reword")

pair("ho-advisory-deaths-01", "notice", [
    "Health Advisory: Severe Illness Associated with Concentrated 7-OH Products",
    "Department of Health | Office of Communications",
    "Updated November 6, 2026",
    "The Department of Health is alerting clinicians and the public to serious adverse events linked to products containing 7-hydroxymitragynine (7-OH).",
    "Since June, the department has received reports of two deaths in which 7-OH was detected and judged to be a contributing factor.",
    "The compound acts on the same mu-opioid receptors as morphine, and high doses can slow or stop breathing.",
    "Naloxone has reversed 7-OH overdoses in several reported cases.",
    "Recommendations for clinicians:",
    "- Ask patients about kratom and 7-OH use when evaluating unexplained sedation or respiratory depression.",
    "- Report suspected cases to the regional poison center at 1-800-222-1222.",
    "- Counsel patients who use these products daily about the risk of withdrawal.",
    "Media inquiries: 555-0148",
], [
    ("mod", "safety",
     "Since June, the department has received reports of two deaths in which 7-OH was detected and judged to be a contributing factor.",
     "Since June, the department has received reports of four deaths in which 7-OH was detected and judged to be a contributing factor."),
    ("sub", "Updated November 6, 2026", "Updated November 13, 2026", "date"),
], "deaths reported two -> four; update date")

pair("ho-federal-summary-scheduled-01", "notice", [
    "Summary: Scheduling of 7-Hydroxymitragynine (7-OH)",
    "Agency: Drug Enforcement Administration, Department of Justice",
    "Document type: Notice",
    "This summary describes a federal notice concerning 7-hydroxymitragynine (7-OH), an alkaloid found in small amounts in the kratom plant and sold in concentrated form.",
    "As of this notice, 7-OH is not controlled under the federal Controlled Substances Act.",
    "The FDA's July 2025 recommendation found that 7-OH has a high potential for abuse and no currently accepted medical use in the United States.",
    "Manufacturers, distributors and retailers would be required to register with the DEA to handle the substance.",
    "Comments may be submitted electronically through the federal rulemaking portal.",
    "Printer-friendly version | Email this page",
], [
    ("mod", "legal_status",
     "As of this notice, 7-OH is not controlled under the federal Controlled Substances Act.",
     "As of this notice, 7-OH is temporarily controlled in Schedule I of the federal Controlled Substances Act."),
    ("sub", "Printer-friendly version | Email this page", "Print | Email | Share", "furniture"),
], "not controlled -> temporarily in Schedule I (negation + schedule); share bar changes")

pair("ho-poison-bulletin-calls-intubation-01", "notice", [
    "Regional Poison Center Bulletin: 7-OH Exposures, Third Quarter 2026",
    "Prepared by the Tri-River Poison Control Center",
    "Calls about 7-hydroxymitragynine products continued to climb this quarter.",
    "Specialists handled 37 exposure calls involving 7-OH between July 1 and September 30.",
    "Most callers were adults between 18 and 34 who had taken tablets bought at convenience stores.",
    "Symptoms reported included drowsiness, vomiting, a slow heart rate and, in the most serious cases, slowed breathing.",
    "Several callers said they had used the product to manage withdrawal from other opioids.",
    "Poison specialists are available 24 hours a day at 1-800-222-1222.",
    "Subscribe to bulletins",
], [
    ("mod", "statistics",
     "Specialists handled 37 exposure calls involving 7-OH between July 1 and September 30.",
     "Specialists handled 52 exposure calls involving 7-OH between July 1 and September 30."),
    ("add", "safety", "Three callers required intubation in an emergency department.",
     "Symptoms reported included drowsiness", "line"),
], "revised call count 37 -> 52; intubation sentence added")

pair("ho-vendor-spec-strength-01", "product", [
    "Ascend 7-OH Tablets",
    "★★★★☆ 4.3 (212 reviews)",
    "FREE SHIPPING ON ORDERS OVER $49",
    "Our flagship tablet, pressed for consistency and a fast onset.",
    "| Specification | Detail |",
    "| 7-OH per tablet | 15 mg |",
    "| Tablets per pack | 3 |",
    "| Purity | ≥98% by HPLC |",
    "| Flavor | Mint |",
    "| Batch tested | Yes, third-party lab |",
    "Must be 21+ to purchase. Not for sale to residents of states where prohibited.",
    "Add to cart",
], [
    ("mod", "product", "| 7-OH per tablet | 15 mg |", "| 7-OH per tablet | 20 mg |"),
    ("sub", "(212 reviews)", "(219 reviews)", "furniture"),
    ("sub", "FREE SHIPPING ON ORDERS OVER $49", "BLACK FRIDAY: 30% OFF SITEWIDE", "furniture"),
], "spec-table strength 15 mg -> 20 mg per tablet; reviews and promo banner change")

pair("ho-vendor-gummy-start-dose-01", "product", [
    "Ember Botanicals 7-OH Gummies – Watermelon",
    "Each gummy contains 8 mg of 7-hydroxymitragynine.",
    "Suggested use: Start with one-quarter of a gummy, about 2 mg, and wait at least an hour before taking more.",
    "Effects are usually felt within 20 to 40 minutes.",
    "Ingredients: tapioca syrup, cane sugar, pectin, citric acid, natural watermelon flavor, 7-OH isolate.",
    "Keep out of reach of children and pets.",
    "These statements have not been evaluated by the Food and Drug Administration.",
    "Questions? Our team is availible Monday to Friday.",
], [
    ("mod", "dosage",
     "Suggested use: Start with one-quarter of a gummy, about 2 mg, and wait at least an hour before taking more.",
     "Suggested use: Start with one-half of a gummy, about 4 mg, and wait at least an hour before taking more."),
    ("sub", "availible", "available", "typo"),
], "starting dose a quarter gummy (2 mg) -> half gummy (4 mg); typo fix in contact line")

pair("ho-vendor-faq-ship-states-01", "product", [
    "Frequently Asked Questions",
    "Q: Is 7-OH legal?",
    "A: It is not scheduled under federal law, but several states restrict it.",
    "Q: Where do you ship?",
    "A: We ship to most US states. We cannot ship to Alabama, Arkansas, Indiana, Rhode Island, Vermont or Wisconsin.",
    "Q: How long does shipping take?",
    "A: Orders placed before 2 p.m. ship the same business day and usually arrive in 3 to 5 days.",
    "Q: Do you offer refunds?",
    "A: Unopened products may be returned within 30 days.",
    "Q: Are your products lab tested?",
    "A: Every batch is tested by an independent lab for potency and heavy metals.",
], [
    ("mod", "legal_status",
     "We cannot ship to Alabama, Arkansas, Indiana, Rhode Island, Vermont or Wisconsin.",
     "We cannot ship to Alabama, Arkansas, Florida, Indiana, Ohio, Rhode Island, Vermont or Wisconsin."),
    ("move", "Q: Do you offer refunds?", "A: We ship to most US states.", "reorder"),
    ("move", "A: Unopened products", "Q: Do you offer refunds?", "reorder"),
], "shipping ban list gains Florida and Ohio; refunds Q&A block moved")

pair("ho-vendor-faq-habit-removed-01", "product", [
    "Kova Labs – Common Questions",
    "4.8 out of 5 from 1,204 customers",
    "What is 7-OH?",
    "7-hydroxymitragynine is an alkaloid found in trace amounts in kratom leaves. Our tablets contain a concentrated, semi-synthetic form.",
    "Is it addictive?",
    "Our tablets are not habit-forming when used as directed. As with caffeine, some customers notice mild tiredness if they stop suddenly.",
    "How should I store them?",
    "Store in a cool, dry place away from direct sunlight.",
    "Can I drive after taking it?",
    "Do not drive or operate machinery until you know how the product affects you.",
    "Still have questions? Chat with us — we reply within an hour.",
], [
    ("rem", "safety", "Our tablets are not habit-forming when used as directed."),
    ("sub", "from 1,204 customers", "from 1,233 customers", "furniture"),
], "'not habit-forming' claim deleted; rating count changes")

pair("ho-rehab-potency-target-01", "article", [
    "What Is 7-OH? A Guide for Families",
    "Harbor Ridge Recovery | Clinically reviewed",
    "7-OH is short for 7-hydroxymitragynine, a compound in the kratom plant that is chemically concentrated and sold as tablets, gummies and shots.",
    "Because it activates the brain’s mu-opioid receptors, it behaves much more like a prescription painkiller than like the kratom leaf.",
    "In animal studies, it has been found to be about 13 times more potent than morphine.",
    "People who take it every day can develop physical dependence within weeks.",
    "Withdrawal often includes muscle aches, sweating, insomnia and intense cravings.",
    "Our detox program offers medically supervised withdrawal management, including buprenorphine when appropriate.",
    "Call (555) 014-2288 to speak with an admissions coordinator today.",
    "Related: Kratom vs. 7-OH: What’s the Difference?",
], [
    ("mod", "potency",
     "In animal studies, it has been found to be about 13 times more potent than morphine.",
     "In animal studies, it has been found to be about 13 times more potent than oxycodone."),
    ("sub", "(555) 014-2288", "(555) 014-9000", "furniture"),
    ("sub", "Related: Kratom vs. 7-OH: What’s the Difference?", "Related: Signs a Loved One Is Using 7-OH", "furniture"),
], "comparison target morphine -> oxycodone; phone number and related link change")

pair("ho-rehab-admissions-count-01", "article", [
    "7-OH Addiction Treatment",
    "Blue Pine Behavioral Health",
    "7-OH addiction has become one of the most common reasons people call our admissions line.",
    "So far this year, Blue Pine has admitted 61 patients whose primary substance was 7-OH.",
    "Many of them started with kratom powder and moved to the concentrated tablets because they were stronger and easier to find.",
    "Withdrawal from 7-OH can begin within 12 to 24 hours of the last dose.",
    "Our team combines medication, counseling and family therapy.",
    "Insurance accepted. Verify your coverage in minutes.",
], [
    ("mod", "statistics",
     "So far this year, Blue Pine has admitted 61 patients whose primary substance was 7-OH.",
     "So far this year, Blue Pine has admitted 84 patients whose primary substance was 7-OH."),
    ("sub", "Many of them started with kratom powder and moved to the concentrated tablets because they were stronger and easier to find.",
     "Many started out on kratom powder and switched to the concentrated tablets, which were stronger and easier to find.", "reword"),
], "patients admitted 61 -> 84; neighbouring sentence reworded")

pair("ho-advocacy-benefit-scope-01", "article", [
    "Why Adults Choose 7-OH",
    "Botanical Freedom Coalition",
    "Home › Issues › 7-OH",
    "Millions of Americans use kratom products, and a growing number prefer concentrated 7-OH for its consistency.",
    "Members tell us that it helps them manage chronic back pain without the side effects of prescription opioids.",
    "We believe adults should be able to buy properly labeled, age-restricted products.",
    "In our view, bans push consumers toward unregulated online sellers.",
    "The coalition supports a consumer protection act that would require lab testing and a minimum purchase age of 21.",
    "Sign up for our newsletter to get action alerts.",
    "Donate",
], [
    ("mod", "efficacy",
     "Members tell us that it helps them manage chronic back pain without the side effects of prescription opioids.",
     "Members tell us that it helps them manage chronic back pain, anxiety and low energy without the side effects of prescription opioids."),
    ("sub", "Sign up for our newsletter to get action alerts.", "Join 12,000 advocates: get our weekly action alerts.", "furniture"),
], "benefit scope widened from back pain to back pain, anxiety and low energy; newsletter prompt changes")

pair("ho-advocacy-florida-added-01", "article", [
    "Where Things Stand: 7-OH and State Law",
    "Posted by the policy team · 6 min read",
    "Kratom itself remains legal in most of the country, but concentrated 7-OH products have drawn separate attention from regulators.",
    "The FDA recommended federal scheduling in July 2025, but the DEA has not yet acted.",
    "We oppose blanket bans and support age limits and labeling rules instead.",
    "Several state legislatures are expected to take up 7-OH bills when they convene in January.",
    "What you can do: contact your state representative and ask them to support sensible regulation.",
    "Last updated: October 30, 2026",
], [
    ("add", "legal_status", "Florida placed 7-OH in Schedule I through an emergency rule in August 2025.",
     "The FDA recommended federal scheduling in July 2025", "line"),
    ("sub", "Last updated: October 30, 2026", "Last updated: November 12, 2026", "date"),
], "sentence on Florida's Schedule I emergency rule added; last-updated date")

pair("ho-forum-daily-limit-01", "article", [
    "r/kratomfaq · Posted by u/mod_team · pinned",
    "7-OH FAQ (read before posting)",
    "This is a community FAQ, not medical advice. Mods are not doctors.",
    "What is it? 7-OH (7-hydroxymitragynine) is a minor alkaloid in kratom, normally well under 2% of the leaf's alkaloids. The stuff sold in tablets is made from mitragynine in a lab.",
    "How much should I take? Most people here say start low, around 5 mg, and wait an hour.",
    "Hard limit most of us agree on: don't go above 30 mg in a day.",
    "Is it addictive? Yes. Daily use builds tolerance fast and people report withdrawal that feels like a mild opioid withdrawal.",
    "Can I mix it with alcohol or benzos? No. That combination is how people end up in the ER.",
    "412 upvotes · 88 comments",
], [
    ("mod", "dosage",
     "Hard limit most of us agree on: don't go above 30 mg in a day.",
     "Hard limit most of us agree on: don't go above 20 mg in a day."),
    ("sub", "around 5 mg,", "around 5mg,", "number_format"),
    ("sub", "412 upvotes · 88 comments", "436 upvotes · 91 comments", "furniture"),
], "daily limit 30 mg -> 20 mg next to a same-value reformat (5 mg -> 5mg); vote counts")

pair("ho-forum-withdrawal-duration-01", "article", [
    "Quitting 7-OH: community wiki",
    "Community wiki · last edited by u/tapering_til_done",
    "How long does withdrawal last? For most people the worst of it lasts 3 to 5 days, with sleep problems that can hang on for a couple of weeks.",
    "When does it start? Usually 12 to 24 hours after the last dose, sometimes sooner if you were redosing every few hours.",
    "Tapering: a lot of folks cut their daily amount by about 10% every few days instead of quitting cold.",
    "What helps? Hydration, electrolytes, hot showers, walking. Talk to a doctor about medications -- buprenorphine is used for 7-OH dependence too.",
    "You're not alone: r/QuittingKratom has a daily check-in thread.",
], [
    ("mod", "safety",
     "For most people the worst of it lasts 3 to 5 days, with sleep problems that can hang on for a couple of weeks.",
     "For most people the worst of it lasts 5 to 10 days, with sleep problems that can hang on for a couple of weeks."),
    ("sub", "medications -- buprenorphine", "medications — buprenorphine", "punctuation"),
    ("sub", "You're not alone", "You’re not alone", "punctuation"),
], "acute withdrawal 3-5 days -> 5-10 days; dash and apostrophe changes")

pair("ho-abstract-fold-duration-01", "paper", [
    "Antinociceptive potency and duration of 7-hydroxymitragynine in mice: a dose-response study",
    "Moreau L, Adeyemi K, Sato T",
    "Journal of Preclinical Pharmacology · Preprint v1",
    "Background: 7-Hydroxymitragynine (7-OH) is a minor alkaloid of Mitragyna speciosa and a mu-opioid receptor agonist.",
    "Methods: Male CD-1 mice (n=48) received subcutaneous 7-OH, morphine or vehicle, and antinociception was assessed by tail-flick and hot-plate tests.",
    "Results: 7-OH was approximately 13-fold more potent than morphine in the tail-flick test. Antinociception after the highest dose lasted up to 90 minutes. Naloxone pretreatment blocked the effect of 7-OH.",
    "Conclusions: 7-OH is a potent, short-acting opioid agonist in mice, supporting concern about concentrated products sold to consumers.",
    "Keywords: kratom; 7-hydroxymitragynine; opioid; antinociception",
], [
    ("mod", "potency",
     "Results: 7-OH was approximately 13-fold more potent than morphine in the tail-flick test.",
     "Results: 7-OH was approximately 10-fold more potent than morphine in the tail-flick test."),
    ("mod", "efficacy",
     "Antinociception after the highest dose lasted up to 90 minutes.",
     "Antinociception after the highest dose lasted up to 2 hours."),
    ("sub", "Preprint v1", "Preprint v2", "furniture"),
], "revised preprint: 13-fold -> 10-fold vs morphine; pain-relief duration 90 min -> 2 h")

pair("ho-abstract-survey-share-01", "paper", [
    "Patterns of concentrated 7-OH product use among adults who use kratom: a cross-sectional online survey",
    "Background: Semi-synthetic 7-hydroxymitragynine products have appeared in retail outlets since about 2023, but little is know about who uses them.",
    "Methods: We recruited adults reporting past-year kratom use through social media advertisements in 2026.",
    "Results: Of 412 respondents, 38% reported using a concentrated 7-OH product in the past month.",
    "Among those, most reported buying them at gas stations or smoke shops.",
    "Respondents who used 7-OH were more likely than leaf-only users to report withdrawal symptoms when they stopped.",
    "Conclusions: Concentrated 7-OH products are widely used by people who use kratom, and their dependence risk warrants monitoring.",
    "Cite this article | Download PDF",
], [
    ("mod", "statistics",
     "Results: Of 412 respondents, 38% reported using a concentrated 7-OH product in the past month.",
     "Results: Of 412 respondents, 41% reported using a concentrated 7-OH product in the past month."),
    ("sub", "little is know about", "little is known about", "typo"),
], "survey share 38% -> 41%; typo fix in background")

pair("ho-board-minutes-schedule-level-01", "notice", [
    "Board of Pharmacy — Minutes of the Regular Meeting, October 14, 2026",
    "DRAFT — subject to approval by the Board",
    "Members present: R. Okafor (Chair), J. Lindqvist, M. Duarte, S. Patel, A. Kim",
    "1. Call to order. The meeting was called to order at 9:02 a.m.",
    "2. Approval of minutes. The minutes of the September meeting were approved unanimously.",
    "3. Rulemaking: 7-hydroxymitragynine. Staff presented a draft rule on 7-hydroxymitragynine (7-OH) products.",
    "Staff recommended that the board place 7-OH in Schedule II of the state controlled substances list.",
    "The executive director noted that the FDA recommended federal scheduling in July 2025 and that Florida acted by emergency rule in August 2025.",
    "Public comment was received from two retailers and one advocacy group opposing the rule.",
    "Motion to publish the draft rule for comment: Lindqvist. Second: Duarte. Motion carried 5–0.",
    "4. Adjournment. The meeting adjourned at 11:47 a.m.",
], [
    ("mod", "legal_status",
     "Staff recommended that the board place 7-OH in Schedule II of the state controlled substances list.",
     "Staff recommended that the board place 7-OH in Schedule I of the state controlled substances list."),
    ("sub", "DRAFT — subject to approval by the Board", "Approved by the Board on November 11, 2026", "furniture"),
], "corrected minutes: recommended schedule II -> I; draft banner replaced by approval line")

pair("ho-board-committee-inspections-added-01", "notice", [
    "State Board of Pharmacy — Compliance Committee Minutes, November 3, 2026",
    "Committee members present: Chair D. Romero; T. Nguyen; B. Castillo",
    "Inspections update. Compliance staff reported on unannounced retail inspections focused on kratom and 7-OH products.",
    "Staff noted that several products did not state the amount of 7-OH per unit.",
    "Under current state law, 7-OH is not a controlled substance, so inspectors may only cite labeling violations.",
    "The committee directed staff to prepare a summary for the full board.",
    "Next meeting: December 1, 2026, 10:00 a.m.",
], [
    ("add", "statistics",
     "Inspectors found 7-OH products for sale in 23 of the 40 convenience stores and smoke shops they visited.",
     "Inspections update. Compliance staff reported", "line"),
    ("ins", "Committee member Nguyen thanked staff for their work on the inspections.",
     "The committee directed staff", "non_claim_sentence"),
], "inspection result (23 of 40 stores) added; thank-you sentence added")

pair("ho-vendor-gummies-list-swap-01", "product", [
    "Halcyon 7-OH Gummies — Mixed Berry",
    "4.6 ★ | 389 reviews",
    "Each gummy delivers 10 mg of 7-hydroxymitragynine in a vegan, gelatin-free base.",
    "Why customers love them:",
    "- Great taste with no bitter aftertaste",
    "- Supports energy and focus throughout the day",
    "- Vegan and gluten-free",
    "- 20 gummies per jar",
    "Suggested use: Start with half a gummy. Do not take more than three gummies in 24 hours.",
    "Ships in discreet packaging.",
    "You may also like: Halcyon 7-OH Shots | Halcyon Kratom Capsules",
], [
    ("rem", "efficacy", "Supports energy and focus throughout the day"),
    ("add", "product", "Third-party lab tested for purity and heavy metals", "- 20 gummies per jar", "item"),
    ("sub", "4.6 ★ | 389 reviews", "4.6 ★ | 402 reviews", "furniture"),
], "energy/focus benefit item removed; lab-testing item added; review count")

pair("ho-vendor-shot-max-removed-01", "product", [
    "Vortex 7-OH Extract Shot (2 fl oz)",
    "SALE: Buy 2, get 1 free",
    "Vortex shots combine 7-hydroxymitragynine with natural citrus flavor in a fast-acting liquid.",
    "Each 2 fl oz bottle contains 25 mg of 7-OH.",
    "Shake well. Drink one-third of the bottle and wait 45 minutes before drinking more.",
    "Do not exceed two bottles in 24 hours.",
    "Not for use by persons under 21, pregnant or nursing women, or anyone taking prescription medication.",
    "Warning: May be habit-forming.",
    "In stock — ships today",
], [
    ("rem", "dosage", "Do not exceed two bottles in 24 hours."),
    ("sub", "SALE: Buy 2, get 1 free", "SALE ENDS SUNDAY: Buy 2, get 1 free", "furniture"),
], "daily maximum sentence removed; promo banner changes")

pair("ho-wire-potency-and-calls-removed-01", "article", [
    "Gas-station ‘legal opioid’ draws scrutiny from states",
    "By Priya Raman, National Wire Service",
    "Nov. 10, 2026",
    "ATLANTA — Public health officials across the South are warning about 7-OH, a concentrated kratom derivative sold next to energy drinks and vape pens.",
    "Researchers have found that the compound is roughly 13 times as potent as morphine in mice.",
    "Poison centers nationwide logged more than 1,500 calls involving 7-OH in the first nine months of 2026, according to an industry tally.",
    "Vendors say their products are safe for adults when used responsibly and that bans would push buyers to the internet.",
    "The FDA recommended last year that the substance be scheduled, but federal action is still pending.",
    "“This is not your grandfather’s kratom,” said one emergency physician in Georgia.",
    "Related coverage: Florida’s 7-OH ban, one year later",
], [
    ("rem", "potency", "Researchers have found that the compound is roughly 13 times as potent as morphine in mice."),
    ("rem", "statistics", "Poison centers nationwide logged more than 1,500 calls involving 7-OH in the first nine months of 2026, according to an industry tally."),
    ("sub", "Vendors say their products are safe for adults when used responsibly and that bans would push buyers to the internet.",
     "Their products are safe for adults when used responsibly, vendors say, adding that bans would push buyers to the internet.", "reword"),
    ("sub", "Related coverage: Florida’s 7-OH ban, one year later", "Related coverage: What parents should know about kratom", "furniture"),
], "potency sentence and poison-center call count removed; vendor sentence reworded; related link")

pair("ho-localnews-pain-relief-added-01", "article", [
    "Northside clinic reports more patients hooked on 7-OH tablets",
    "Posted 6:15 PM, Nov 11, 2026 | By Tessa Moreno",
    "GREENFIELD — A family medicine clinic on the city’s north side says it has started seeing patients who cannot stop using 7-OH, a concentrated product made from a kratom alkaloid.",
    "Dr. Alana Brooks said the clinic has diagnosed opioid use disorder linked to the tablets in 19 patients since spring.",
    "Kevin Davis, 34, said he started buying the tablets at a gas station after a back injury.",
    "“By the end I was taking them every two hours just to feel normal,” he said.",
    "Brooks said withdrawal from the tablets can be as severe as withdrawal from oxycodone.",
    "The clinic now offers buprenorphine treatment for 7-OH dependence.",
    "Trending: Road closures for holiday parade | School board race recount",
], [
    ("add", "efficacy", "The tablets eased his back pain at first, Davis said, for about four hours at a time.",
     "Kevin Davis, 34, said", "line"),
    ("sub", "Posted 6:15 PM, Nov 11, 2026", "Updated 9:02 AM, Nov 12, 2026", "date"),
    ("sub", "Trending: Road closures for holiday parade | School board race recount",
     "Trending: Holiday parade photos | Water main break on Elm St.", "furniture"),
], "pain-relief sentence added to an otherwise unchanged story; timestamp and trending links")

pair("ho-vendor-origin-removed-dose-added-01", "product", [
    "NovaLeaf 7-OH Tablets (10 ct)",
    "Our alkaloid is naturally derived from Mitragyna speciosa leaf grown in Southeast Asia.",
    "Each tablet contains 12 mg of 7-OH and is scored for easy splitting.",
    "| Count | 10 tablets |",
    "| Flavor | Unflavored |",
    "| Form | Scored tablet |",
    "Store below 77°F.",
    "Reviews (58)",
    "This product is not intended to diagnose, treat, cure or prevent any disease.",
], [
    ("rem", "product", "Our alkaloid is naturally derived from Mitragyna speciosa leaf grown in Southeast Asia."),
    ("add", "dosage", "Take no more than one tablet every 6 hours.", "Each tablet contains 12 mg", "line"),
    ("sub", "Reviews (58)", "Reviews (61)", "furniture"),
], "'naturally derived' origin claim removed; dosing-interval sentence added; review count")

pair("ho-localnews-death-negation-01", "article", [
    "County medical examiner to test overdose cases for 7-OH",
    "By Sam Ortiz, The Valley Courier",
    "Updated Nov 14, 2026",
    "The Hollis County medical examiner’s office has begun testing for 7-hydroxymitragynine in all suspected overdose deaths, a spokesperson said.",
    "So far no deaths in the county have been attributed to 7-OH.",
    "The compound, sold in tablets and gummies at convenience stores, is a mu-opioid agonist that researchers say can depress breathing at high doses.",
    "Because Florida placed 7-OH in Schedule I by emergency rule in August 2025, possessing it is illegal in the state.",
    "The spokesperson declined to say how many cases were under review.",
    "Have a news tip? Email newsroom@valleycourier.example",
], [
    ("mod", "safety",
     "So far no deaths in the county have been attributed to 7-OH.",
     "So far one death in the county has been attributed to 7-OH."),
    ("sub", "Updated Nov 14, 2026", "Updated Nov 20, 2026", "date"),
], "no deaths -> one death attributed (negation flip); update date")


# ============================================================================
# NOISE-ONLY PAIRS
# ============================================================================

pair("ho-noise-localnews-reorder-01", "article", [
    "Smoke shop owners push back on proposed 7-OH ban",
    "By Eli Navarro | The Lakeside Ledger",
    "LAKESIDE — A half-dozen smoke shop owners packed a city council workshop Monday to oppose a proposed ban on 7-OH products inside city limits.",
    "The proposal would prohibit the sale of any product containing 7-hydroxymitragynine, a kratom alkaloid sold in concentrated form as tablets and shots.",
    "Owners said the products make up as much as a third of their sales.",
    "Council member Rita Gaines, who proposed the ban, cited a state health department report of two deaths linked to the compound.",
    "“I don’t want to be the one explaining to a parent why we waited,” Gaines said.",
    "The council will vote on a first reading Dec. 2.",
    "23 comments",
], [
    ("move", "Owners said the products make up", "“I don’t want to be the one", "reorder"),
    ("move", "Council member Rita Gaines", "The proposal would prohibit", "reorder"),
    ("sub", "23 comments", "41 comments", "furniture"),
], "paragraphs reordered, comment count changes")

pair("ho-noise-wire-passive-01", "article", [
    "FDA warns seven companies over 7-OH marketing",
    "WASHINGTON (Newswire) — Federal regulators have sent warning letters to companies selling concentrated 7-OH products, the Food and Drug Administration said Tuesday.",
    "The FDA sent warning letters to seven companies that marketed tablets and drinks containing 7-hydroxymitragynine as dietary supplements.",
    "The agency said 7-OH is not lawful in dietary supplements or as a food additive.",
    "In animal studies the compound has been found to be about 13 times more potent than morphine.",
    "The companies have 15 working days to respond.",
    "Copyright 2026 Newswire.",
], [
    ("sub", "The FDA sent warning letters to seven companies that marketed",
     "Warning letters were sent by the FDA to seven companies that marketed", "reword"),
    ("sub", "The agency said 7-OH is not lawful in dietary supplements or as a food additive.",
     "According to the agency, 7-OH is not lawful in dietary supplements or as a food additive.", "reword"),
], "active -> passive voice and attribution moved; same facts")

pair("ho-noise-advisory-as-of-date-01", "notice", [
    "Public Health Alert: Kratom and 7-OH Products",
    "State Department of Health Services",
    "Posted: November 4, 2026 | Updated: November 4, 2026",
    "As of November 1, 2026, the department has confirmed 11 hospitalizations associated with concentrated 7-OH products.",
    "7-OH is a semi-synthetic derivative of a kratom alkaloid and acts on opioid receptors in the brain.",
    "Products are commonly sold as tablets, gummies and liquid shots in convenience stores, smoke shops and online.",
    "What you should know:",
    "- These products are not approved by the FDA for any medical use.",
    "- Mixing 7-OH with alcohol, benzodiazepines or other opioids increases the risk of overdose.",
    "- Naloxone can reverse an opioid overdose, including one involving 7-OH.",
    "If you or someone you know needs help, call the state helpline at 1-800-555-0199.",
], [
    ("sub", "Updated: November 4, 2026", "Updated: November 11, 2026", "date"),
    ("sub", "As of November 1, 2026,", "As of November 8, 2026,", "date"),
], "as-of date moves inside the hospitalization sentence, count unchanged; update date")

pair("ho-noise-vendor-table-reorder-01", "product", [
    "Summit 7-OH Chewable Tablets",
    "4.7 ★★★★★ (1,052 reviews)",
    "Product details",
    "| Strength | 18 mg 7-OH per tablet |",
    "| Count | 5 tablets |",
    "| Form | Chewable tablet |",
    "| Flavor | Wild cherry |",
    "| Lab tested | Yes — COA available |",
    "| Shipping restrictions | Not available in FL, AL, AR, IN, RI, VT, WI |",
    "Summit tablets are made with 7-hydroxymitragynine produced from mitragynine in a licensed facility.",
    "Recently viewed: Summit Gummies, Summit Shots",
], [
    ("move", "| Flavor | Wild cherry |", "Product details", "reorder"),
    ("move", "| Lab tested |", "| Count | 5 tablets |", "reorder"),
    ("sub", "(1,052 reviews)", "(1,078 reviews)", "furniture"),
    ("sub", "Recently viewed: Summit Gummies, Summit Shots", "Recently viewed: Summit Shots", "furniture"),
], "table rows reordered; review count and recently-viewed furniture")

pair("ho-noise-vendor-faq-typos-01", "product", [
    "Frequently Asked Questions — PureSeven",
    "What will I recieve?",
    "Each order includes a sealed pouch of tablets and a printed certificate of analysis.",
    "How strong are the tablets?",
    "Each tablet contains 9 mg of 7-hydroxymitragynine, verified by an independant lab.",
    "How should I use them?",
    "New customers should begin with half a tablet. Do not exceed 36 mg in a 24-hour peroid.",
    "Does it build tolerence?",
    "Yes. Regular daily use can lead to tolerance and dependence.",
    "Still need help? Email support@pureseven.example",
], [
    ("sub", "recieve", "receive", "typo"),
    ("sub", "independant", "independent", "typo"),
    ("sub", "peroid", "period", "typo"),
    ("sub", "tolerence", "tolerance", "typo"),
], "spelling fixes, two inside claim sentences")

pair("ho-noise-forum-punctuation-01", "article", [
    "r/7OHsupport — Beginner questions megathread",
    "Pinned by moderators · Read the rules before posting",
    "Q: What's the difference between kratom and 7-OH?",
    "A: Kratom leaf is mostly mitragynine; 7-OH is usually less than 2% of the alkaloids. The \"7-OH\" tablets you see at gas stations are concentrated and much stronger.",
    "Q: How long does one dose last?",
    "A: Most people say 3-4 hours of pain relief.",
    "Q: Is it an opioid?",
    "A: It's a mu-opioid agonist, so yes - functionally it acts like one.",
    "Q: Can I get addicted?",
    "A: Yes. Withdrawal from daily use is real and usually starts within a day of stopping.",
    "Mods' note: this is peer advice, not medical advice.",
], [
    ("sub", "What's the difference", "What’s the difference", "punctuation"),
    ("sub", "The \"7-OH\" tablets", "The “7-OH” tablets", "punctuation"),
    ("sub", "3-4 hours", "3–4 hours", "punctuation"),
    ("sub", "It's a mu-opioid agonist, so yes - functionally", "It’s a mu-opioid agonist, so yes — functionally", "punctuation"),
    ("sub", "Mods' note", "Mods’ note", "punctuation"),
], "straight -> curly quotes/apostrophes, hyphen -> en/em dash, including in the 3-4 hour range")

pair("ho-noise-rehab-number-format-01", "article", [
    "Understanding 7-OH Dependence",
    "Lakeview Recovery Center | Medically reviewed by our clinical team",
    "7-hydroxymitragynine, sold as 7-OH, is a concentrated opioid made from a kratom alkaloid.",
    "Since opening our kratom and 7-OH track, we have treated more than 1,500 people for dependence on these products.",
    "Most patients report taking ten or more tablets a day by the time they seek help.",
    "Symptoms of withdrawal can include restlessness, diarrhea, chills, anxiety and insomnia.",
    "Our medical detox lasts five to seven days on average, followed by residential or outpatient care.",
    "Take the first step: call 1-888-555-0142.",
], [
    ("sub", "more than 1,500 people", "more than 1500 people", "number_format"),
    ("sub", "taking ten or more tablets", "taking 10 or more tablets", "number_format"),
    ("sub", "lasts five to seven days", "lasts 5 to 7 days", "number_format"),
], "1,500 -> 1500, ten -> 10, five to seven -> 5 to 7")

pair("ho-noise-poison-paragraph-split-01", "notice", [
    "Poison Control Update: Concentrated Kratom Products (7-OH)",
    "Great Lakes Poison Center · Clinical bulletin",
    "Exposure calls involving 7-hydroxymitragynine products rose in October, with 44 calls compared with 29 in September. Most involved adults who took tablets purchased at convenience stores, and nine were unintentional ingestions by children under 6.",
    "Reported effects included sedation, vomiting, pinpoint pupils and slowed breathing. Two patients required admission to an intensive care unit.",
    "Naloxone was effective in reversing respiratory depression in the cases where it was given.",
    "Clinicians should consider 7-OH in any patient with an opioid toxidrome and a negative opioid screen, because routine urine drug screens do not detect it.",
    "Consult a poison specialist 24/7: 1-800-222-1222.",
], [
    ("sub", "29 in September. Most involved", "29 in September.\nMost involved", "paragraph_split"),
], "first paragraph split in two")

pair("ho-noise-advocacy-furniture-01", "article", [
    "Facts About 7-OH",
    "Home | About | Take Action | Donate",
    "Adults deserve accurate information about 7-hydroxymitragynine, not scare headlines.",
    "7-OH occurs naturally in kratom, although the amounts in the leaf are small.",
    "Many consumers report that 7-OH products help with pain and fatigue.",
    "We support testing standards, clear labels and a minimum age of 21 for all kratom and 7-OH products.",
    "Sign up for our newsletter to stay informed.",
    "Questions? Call us at (555) 201-3344.",
    "Related: Why a 7-OH ban would backfire",
], [
    ("sub", "Sign up for our newsletter to stay informed.", "Don’t miss an update — join our mailing list.", "furniture"),
    ("sub", "(555) 201-3344", "(555) 201-7788", "furniture"),
    ("sub", "Related: Why a 7-OH ban would backfire", "Related: Our testimony to the state senate", "furniture"),
], "newsletter prompt, phone number and related link change")

pair("ho-noise-abstract-clause-order-01", "paper", [
    "Respiratory effects of 7-hydroxymitragynine compared with morphine in rats",
    "Abstract",
    "Background: Concentrated 7-hydroxymitragynine products are sold to consumers, but their respiratory risk is poorly characterized.",
    "Methods: In male Sprague-Dawley rats (n=24), we measured minute ventilation by whole-body plethysmography after intravenous 7-OH or morphine.",
    "Results: At equianalgesic doses, 7-OH reduced minute ventilation by 32%, compared with 41% for morphine.",
    "The respiratory depression produced by 7-OH was reversed by naloxone.",
    "Conclusions: 7-OH depresses breathing in rats, though less than morphine at equianalgesic doses.",
    "Funding: National Institute on Drug Abuse.",
], [
    ("sub", "Methods: In male Sprague-Dawley rats (n=24), we measured minute ventilation by whole-body plethysmography after intravenous 7-OH or morphine.",
     "Methods: We measured minute ventilation by whole-body plethysmography in male Sprague-Dawley rats (n=24) after intravenous 7-OH or morphine.", "reword"),
    ("sub", "(n=24)", "(n = 24)", "number_format"),
    ("sub", "The respiratory depression produced by 7-OH was reversed by naloxone.",
     "Naloxone reversed the respiratory depression produced by 7-OH.", "reword"),
], "clause order moved, n=24 -> n = 24, passive -> active")

pair("ho-noise-board-minutes-nonclaim-01", "notice", [
    "Board of Pharmacy – Regular Session Minutes, September 9, 2026",
    "Call to order: The meeting was called to order by President L. Haddad at 9:00 a.m.",
    "Roll call: Five members present; quorum established.",
    "Discussion of 7-hydroxymitragynine: Board counsel reported that the FDA recommended in July 2025 that 7-OH be placed under federal control.",
    "Counsel advised that the board may add a substance to the state schedules by emergency rule if it finds an imminent hazard to public safety.",
    "Inspector Vance reported that 7-OH tablets were sold at 14 of the 20 retail stores inspected in August.",
    "The board took no action on this item and asked staff to return with a draft rule.",
    "Adjournment at 10:35 a.m.",
], [
    ("ins", "Member Ortiz asked that future reports list the counties where inspections took place.",
     "Inspector Vance reported", "non_claim_sentence"),
    ("ins", "Board members thanked Inspector Vance for the report.",
     "Member Ortiz asked", "non_claim_sentence"),
], "two procedural sentences added to the minutes")

pair("ho-noise-federal-summary-synonyms-01", "notice", [
    "Federal Register Summary: FDA Statement on 7-Hydroxymitragynine Products",
    "Summary prepared by the Regulatory Watch staff",
    "The FDA has recommended that 7-hydroxymitragynine be scheduled under the Controlled Substances Act.",
    "According to the agency, concentrated 7-OH products are being sold in gas stations, vape shops and online.",
    "The agency stated that 7-OH binds to mu-opioid receptors and can cause respiratory depression.",
    "The recommendation does not apply to natural kratom leaf, which contains only trace amounts of 7-OH.",
    "The DEA must complete its own review before any scheduling action takes effect.",
    "Source documents: FDA press release; HHS letter to DEA",
], [
    ("sub", "are being sold in gas stations, vape shops and online", "are being marketed in gas stations, vape stores and online", "reword"),
    ("sub", "The agency stated that 7-OH binds", "The agency said that 7-OH binds", "reword"),
    ("sub", "contains only trace amounts of 7-OH", "contains only tiny amounts of 7-OH", "reword"),
], "synonyms: sold -> marketed, shops -> stores, stated -> said, trace -> tiny")

pair("ho-noise-localnews-headline-caption-01", "article", [
    "Gas station clerk charged with selling 7-OH to teen",
    "Photo: Police say the tablets were sold at this station on Route 9. (Staff photo)",
    "MILLBROOK — Police on Friday charged a gas station clerk with selling 7-OH tablets to a 16-year-old, the first such case since the county banned sales to minors.",
    "The county ordinance makes it a misdemeanor to sell kratom or 7-OH products to anyone under 21.",
    "The teen was treated at a local hospital for vomiting and extreme drowsiness and released the same day.",
    "The clerk, 24, was released on bond.",
    "Police Chief Ann Devlin said officers will conduct compliance checks at all 31 gas stations in town this month.",
], [
    ("sub", "Gas station clerk charged with selling 7-OH to teen",
     "Clerk accused of selling 7-OH tablets to a teenager at gas station", "reword"),
    ("sub", "Photo: Police say the tablets were sold at this station on Route 9. (Staff photo)",
     "Photo: The Route 9 station where police say the sale took place. (Staff photo / J. Park)", "furniture"),
    ("ins", "The station's owner did not return a call seeking comment.", "The clerk, 24,", "non_claim_sentence"),
], "headline rephrased, photo caption changed, no-comment sentence added")

pair("ho-noise-vendor-banner-stock-01", "product", [
    "Drift 7-OH Gummies – Sour Peach",
    "🎉 Free shipping on orders over $50",
    "Only 14 left in stock",
    "$34.99",
    "Drift gummies contain 7-hydroxymitragynine, a potent alkaloid related to kratom.",
    "- 12 mg 7-OH per gummy",
    "- 10 gummies per pouch",
    "- Made in a cGMP facility",
    "- Lab tested for potency and purity",
    "Directions: Start with half a gummy. Wait 60 minutes before taking more.",
    "Warning: This product may be habit-forming. Keep out of reach of children.",
], [
    ("sub", "🎉 Free shipping on orders over $50", "🎉 20% off all gummies this weekend only", "furniture"),
    ("sub", "Only 14 left in stock", "Only 6 left in stock", "furniture"),
    ("sub", "$34.99", "$27.99", "furniture"),
], "promo banner with a percentage, stock count and price change")

pair("ho-noise-vendor-shot-units-01", "product", [
    "Tidal 7-OH Liquid Shot – Lemon Lime",
    "Each bottle contains 12 milligrams of 7-hydroxymitragynine.",
    "Serving: drink half the bottle, then wait two hours before finishing it.",
    "Do not consume more than two bottles in one day.",
    "Packed in cases of twenty-four bottles.",
    "Tidal shots are tested by an ISO 17025-accredited lab.",
    "Keep refrigerated after opening.",
    "Questions? Text us at 555-0123.",
], [
    ("sub", "12 milligrams", "12 mg", "number_format"),
    ("sub", "wait two hours", "wait 2 hours", "number_format"),
    ("sub", "more than two bottles", "more than 2 bottles", "number_format"),
    ("sub", "twenty-four bottles", "24 bottles", "number_format"),
], "milligrams -> mg and number words -> digits in product and dosage sentences")

pair("ho-noise-rehab-nonclaim-removed-01", "article", [
    "Is 7-OH Addictive? What Families Should Know",
    "Riverside Recovery Blog · 5 min read",
    "Recovery is possible, and it often starts with one honest conversation.",
    "7-OH is a concentrated form of a kratom alkaloid that activates the same brain receptors as opioid painkillers.",
    "Yes, 7-OH is addictive: regular users can become physically dependent within a few weeks.",
    "Withdrawal symptoms often begin within 24 hours and can include body aches, anxiety, sweating and insomnia.",
    "We have helped 230 people detox from 7-OH since 2024.",
    "Every family's journey is different, and there is no shame in asking for help.",
    "Call 24/7: (555) 330-1200",
], [
    ("del", "Recovery is possible, and it often starts", "non_claim_sentence"),
    ("sub", "Every family's journey is different, and there is no shame in asking for help.",
     "Every journey is different. There is no shame in asking for help.", "non_claim_sentence"),
], "opening encouragement removed, closing non-claim sentence edited")

pair("ho-noise-wire-republished-01", "article", [
    "States scramble to regulate ‘gas station heroin’ as 7-OH spreads",
    "By Jordan Kelley | National Wire",
    "Published Nov. 12, 2026, 6:00 a.m. ET",
    "At least 12 states have moved to restrict 7-OH products since Florida placed the compound in Schedule I by emergency rule in August 2025.",
    "The compound is a semi-synthetic derivative made by concentrating an alkaloid that forms less than 2% of kratom leaf alkaloids.",
    "In mouse studies, it was about 13 times as potent as morphine.",
    "Retailers say it sells steadily, particularly to workers on late shifts.",
    "The FDA sent warning letters to several sellers in 2025 and recommended that the DEA schedule the compound.",
    "This story was originally published by National Wire.",
], [
    ("sub", "Published Nov. 12, 2026, 6:00 a.m. ET", "Updated Nov. 13, 2026, 10:24 a.m. ET", "date"),
    ("sub", "This story was originally published by National Wire.",
     "This story was originally published by National Wire and is republished here with permission.", "furniture"),
], "timestamp changes and syndication credit extended")

pair("ho-noise-advisory-contractions-01", "notice", [
    "Health Alert: 7-OH (7-hydroxymitragynine) Products",
    "Department of Public Health - Division of Substance Use Prevention",
    "7-OH products are not kratom leaf. They are concentrated, and they do not contain the mix of alkaloids found in the natural plant.",
    "These products have not been approved by the FDA for any use.",
    "Using 7-OH every day can lead to dependence, and stopping suddenly can cause withdrawal.",
    "People who use opioids should not use 7-OH as a substitute for treatment.",
    "The department does not recommend using 7-OH to manage pain.",
    "Free, confidential help is available 24/7 - call the state helpline at 1-800-555-0102.",
], [
    ("sub", "they do not contain the mix", "they don’t contain the mix", "reword"),
    ("sub", "These products have not been approved", "These products haven’t been approved", "reword"),
    ("sub", "should not use 7-OH as a substitute", "shouldn’t use 7-OH as a substitute", "reword"),
    ("sub", "Department of Public Health - Division", "Department of Public Health — Division", "punctuation"),
    ("sub", "available 24/7 - call", "available 24/7 — call", "punctuation"),
], "negations contracted (do not -> don't etc., negation kept); hyphens -> em dashes")

pair("ho-noise-forum-qa-reorder-01", "article", [
    "r/kratom — 7-OH questions, answered (wiki)",
    "Wiki page · 1,243 views",
    "Q: Is it legal where I live?",
    "A: Depends on your state. Florida put 7-OH in Schedule I in 2025 and a few other states have banned it.",
    "Q: How much is a normal dose?",
    "A: People here usually start at 5 to 10 mg, and experienced users rarely go past 30 mg a day.",
    "Q: Does it show up on a drug test?",
    "A: Not on a standard 5-panel; specialized tests can detect it.",
    "Q: Is it stronger than kratom?",
    "A: Much. It binds opioid receptors more strongly than mitragynine, the main kratom alkaloid.",
], [
    ("move", "Q: Does it show up on a drug test?", "A: Much. It binds", "reorder"),
    ("move", "A: Not on a standard 5-panel", "Q: Does it show up on a drug test?", "reorder"),
    ("move", "Q: Is it stronger than kratom?", "Wiki page ·", "reorder"),
    ("move", "A: Much. It binds", "Q: Is it stronger than kratom?", "reorder"),
    ("sub", "1,243 views", "1,391 views", "furniture"),
], "Q&A blocks reordered; view count")

pair("ho-noise-abstract-typo-merge-01", "paper", [
    "Emergency department visits associated with 7-hydroxymitragynine products: a retrospective case series",
    "Background: Reports of toxicity from concentrated 7-hydroxymitragynine (7-OH) products are increasing, but clincal descriptions remain scarce.",
    "Methods: We reviewed records of patients presenting to three urban emergency departments between January 2025 and June 2026 with documented 7-OH use.",
    "Results: We identified 57 patients.",
    "The median age was 31 years, and 40 patients were male.",
    "Nine patients required naloxone and four were admitted to intensive care; there were no deaths.",
    "Conclusions: Concentrated 7-OH products can cause clinically significant opioid toxicity, and clinicans should ask about their use.",
    "Keywords: kratom; mitragynine; opioid toxicity; emergency medicine",
], [
    ("sub", "clincal descriptions", "clinical descriptions", "typo"),
    ("sub", "and clinicans should", "and clinicians should", "typo"),
    ("sub", "We identified 57 patients.\nThe median age", "We identified 57 patients. The median age", "paragraph_split"),
], "typo fixes; two result paragraphs merged")

pair("ho-noise-poison-brief-formats-01", "notice", [
    "Statewide Poison Network — Monthly Data Brief: 7-OH",
    "Data through October 31, 2026",
    "Calls involving 7-hydroxymitragynine made up 61 percent of all kratom-related calls this year, up from 38 percent in 2025.",
    "Twenty-two callers were treated in a hospital.",
    "Florida lists 7-OH in Schedule 1, and possession is a felony there.",
    "In animal studies it is roughly 13 times more potent than morphine.",
    "Most exposures involved tablets, followed by gummies and liquid shots.",
    "Need help now? Call 1-800-222-1222.",
], [
    ("sub", "61 percent of all", "61% of all", "number_format"),
    ("sub", "from 38 percent in 2025", "from 38% in 2025", "number_format"),
    ("sub", "Twenty-two callers", "22 callers", "number_format"),
    ("sub", "Schedule 1,", "Schedule I,", "number_format"),
    ("sub", "roughly 13 times more potent", "roughly 13-fold more potent", "number_format"),
], "percent -> %, Twenty-two -> 22, Schedule 1 -> Schedule I, 13 times -> 13-fold")

pair("ho-noise-advocacy-list-reword-01", "article", [
    "Our Position on 7-OH",
    "Kratom Freedom Project · Policy",
    "Responsible adults use 7-OH products for many reasons.",
    "Our members report that the products:",
    "- ease everyday aches and pains",
    "- improve focus during long work shifts",
    "- help them cut down on alcohol",
    "We oppose criminal penalties for adults who possess 7-OH for personal use.",
    "While the FDA recommended scheduling in July 2025, no federal ban has taken effect.",
    "Join us: sign the petition",
], [
    ("move", "- help them cut down on alcohol", "Our members report that the products:", "reorder"),
    ("move", "- ease everyday aches and pains", "- improve focus during long work shifts", "reorder"),
    ("sub", "While the FDA recommended scheduling in July 2025, no federal ban has taken effect.",
     "No federal ban has taken effect, even though the FDA recommended scheduling in July 2025.", "reword"),
], "benefit list items reordered; legal sentence clause order swapped")

pair("ho-noise-board-minutes-date-typo-01", "notice", [
    "Pharmacy Board Meeting Minutes – Agenda Item 7: Kratom-Derived Products",
    "Meeting date: October 21, 2026 · Minutes posted November 2, 2026",
    "Staff summarized the proposed rule, which would classify 7-hydroxymitragynine as a Schedule I controlled substance in the state.",
    "The proposed rule would not affect kratom leaf products in which 7-OH makes up less than 2% of the alkaloid content.",
    "Staff reported that the state crime laboratory identified 7-OH in 36 submitted samples this year.",
    "Public comment: A representative of a retailers' assocation stated that the rule would eliminate hundreds of jobs.",
    "Board member Wu asked whether the rule would apply to online sales shipped into the state; staff answered that it would.",
    "The board voted to hold a public hearing on the proposed rule in Janaury.",
], [
    ("sub", "Minutes posted November 2, 2026", "Minutes posted November 9, 2026", "date"),
    ("sub", "assocation", "association", "typo"),
    ("sub", "in Janaury.", "in January.", "typo"),
], "posting date changes; two typo fixes")

pair("ho-noise-vendor-helpcenter-reword-01", "product", [
    "Help Center: Dosing and Strength — Crestline 7-OH",
    "How strong is 7-OH?",
    "Research in mice found 7-OH to be roughly 13 times more potent than morphine, so we label every product clearly.",
    "How much should I take?",
    "We recommend that first-time users take no more than 5 mg.",
    "How many milligrams are in each tablet?",
    "Every Crestline tablet is pressed to 15 mg, and each tablet is scored into three 5 mg sections.",
    "Do you ship to Florida?",
    "No. Because Florida has placed 7-OH in Schedule I, we cannot ship there.",
    "Was this article helpful? Yes / No",
], [
    ("sub", "roughly 13 times more potent than morphine", "roughly 13-fold more potent than morphine", "number_format"),
    ("sub", "We recommend that first-time users take no more than 5 mg.",
     "Our recommendation for first-time users is no more than 5 mg.", "reword"),
    ("sub", "Every Crestline tablet is pressed to 15 mg, and each tablet is scored into three 5 mg sections.",
     "Each Crestline tablet contains 15 mg and is scored into three sections of 5 mg each.", "reword"),
    ("sub", "No. Because Florida has placed 7-OH in Schedule I, we cannot ship there.",
     "No. We cannot ship there, because Florida has placed 7-OH in Schedule I.", "reword"),
], "dose, strength and shipping answers reworded; 13 times -> 13-fold")

pair("ho-noise-localnews-combo-01", "article", [
    "Sheriff: Overdoses tied to 7-OH tablets in Beaumont County",
    "By Lena Ortiz | The Beaumont Gazette | 9 comments",
    "BEAUMONT — Deputies responded to three overdoses in October that involved 7-OH tablets bought at local convenience stores, Sheriff Carl Dobbs said Wednesday.",
    "All three people survived after deputies gave them naloxone.",
    "Dobbs said the tablets are sold openly despite Florida’s emergency rule placing 7-OH in Schedule I.",
    "The sheriff’s office plans to send letters to retailers reminding them of the law.",
    "“Parents need to know what’s being sold at the corner store,” Dobbs said.",
    "Advertisement",
], [
    ("sub", "| 9 comments", "| 17 comments", "furniture"),
    ("sub", "Dobbs said the tablets are sold openly despite Florida’s emergency rule placing 7-OH in Schedule I.",
     "Despite Florida's emergency rule placing 7-OH in Schedule I, the tablets are sold openly, Dobbs said.", "reword"),
    ("sub", "The sheriff’s office plans", "The sheriff's office plans", "punctuation"),
    ("move", "The sheriff's office plans", "“Parents need to know", "reorder"),
], "clause order swapped (with ’ -> '), apostrophe change, paragraph moved, comment count")


def main() -> None:
    out = HERE / "pairs.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for p in PAIRS:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"wrote {len(PAIRS)} pairs to {out}")


if __name__ == "__main__":
    main()
