"""Source of the second blind held-out set (holdout2/pairs.jsonl).

Written without reading the claim detector (claims/), its benchmarks (benchmarks/), its
tests (tests/test_claims*.py) or their history, and without running the claim diff on
these pairs.  The records follow the format of /work/shared/realworld/ (topic, before,
after, flagged, kinds, categories, noise, evidence, note).

Each page family is a week-1 text plus a list of revisions; each revision is a list of
edits that turns the current text into next week's text, so a family of N revisions
gives N consecutive before/after pairs.  Labels come from the edits themselves, so they
cannot drift from the texts.

    python tests/claims_eval/holdout2/build.py    # rewrite holdout2/pairs.jsonl
    python tests/claims_eval/holdout2/check.py    # validate + counts

Edits (noise kinds may be one kind or a tuple of kinds):
    ("sub", old, new, noise)                     noise replacement (old occurs once)
    ("move", line_sub, anchor_sub | "TOP", noise)  move a line after the anchor line
    ("ins", new_line, anchor_sub, noise)         insert a noise line after the anchor line
    ("del", line_sub, noise)                     delete a noise line
    ("split", at_sub)                            split a line before at_sub (paragraph_split)
    ("merge", line_sub)                          join a line with the next (paragraph_split)
    ("fix", category, kinds, sentence, old, new, evidence[, noise])
                                                 claim change inside one sentence (noise:
                                                 the same sentence is also reworded)
    ("add", category, sentence, anchor_sub, mode, evidence)
                                                 mode: "line" | "item" | "inline"
    ("rem", category, sentence, evidence)        claim sentence (or list item/row) removed

A "sentence" in fix/add/rem is a whole sentence as it stands in its line, a list item
without its "- " marker, or a whole table row.  Every evidence phrase must lie inside
the changed sentence(s) and nowhere else in the page, so a flag on another sentence
never counts as on target.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS: list[dict] = []

NOISE_KINDS = {"reorder", "reword", "typo", "punctuation", "date", "furniture",
               "non_claim_sentence", "number_format", "paragraph_split"}
CHANGE_KINDS = {"number", "status", "negation", "quantifier", "modified", "added", "removed"}
CATEGORIES = {"legal_status", "potency", "safety", "dosage", "efficacy", "statistics", "product"}


def _one_line(lines: list[str], sub: str) -> int:
    hits = [i for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, f"{sub!r} matched lines {hits}"
    return hits[0]


def _noise(noise: list[str], nk) -> None:
    kinds = (nk,) if isinstance(nk, str) else tuple(nk)
    for k in kinds:
        assert k in NOISE_KINDS, k
    noise.extend(kinds)


def _check_sentence(text: str, s: str) -> None:
    """s must be a whole line, list item, or a sentence bounded by sentence ends."""
    lines = text.split("\n")
    line = lines[_one_line(lines, s)]
    i = line.index(s)
    left, right = line[:i], line[i + len(s):]
    left_ok = left in ("", "- ") or re.search(r"[.!?:;)\"”]\s$", left)
    right_ok = right == "" or (s[-1] in ".!?\"”" and right.startswith(" "))
    assert left_ok and right_ok, f"not a whole sentence: {s!r} in {line!r}"


def _apply(text: str, op: tuple, changes: list, noise: list) -> str:
    kind = op[0]
    lines = text.split("\n")
    if kind == "sub":
        _, old, new, nk = op
        assert text.count(old) == 1, f"sub: {old!r} occurs {text.count(old)}x"
        _noise(noise, nk)
        return text.replace(old, new)
    if kind == "move":
        _, sub, anchor, nk = op
        line = lines.pop(_one_line(lines, sub))
        lines.insert(0 if anchor == "TOP" else _one_line(lines, anchor) + 1, line)
        _noise(noise, nk)
        return "\n".join(lines)
    if kind == "ins":
        _, new_line, anchor, nk = op
        lines.insert(_one_line(lines, anchor) + 1, new_line)
        _noise(noise, nk)
        return "\n".join(lines)
    if kind == "del":
        _, sub, nk = op
        del lines[_one_line(lines, sub)]
        _noise(noise, nk)
        return "\n".join(lines)
    if kind == "split":
        _, at = op
        i = _one_line(lines, at)
        head, sep, tail = lines[i].partition(" " + at)
        assert sep and head, f"split: {at!r} is not mid-line"
        lines[i:i + 1] = [head, at + tail]
        noise.append("paragraph_split")
        return "\n".join(lines)
    if kind == "merge":
        _, sub = op
        i = _one_line(lines, sub)
        lines[i:i + 2] = [lines[i] + " " + lines[i + 1]]
        noise.append("paragraph_split")
        return "\n".join(lines)
    if kind == "fix":
        _, cat, kinds, sent, old, new, ev, *also = op
        for nk in also:
            _noise(noise, nk)
        assert text.count(sent) == 1, f"fix: {sent!r} occurs {text.count(sent)}x"
        assert sent.count(old) == 1, f"fix: {old!r} not once in {sent!r}"
        _check_sentence(text, sent)
        after = sent.replace(old, new)
        changes.append({"category": cat, "kinds": list(kinds), "before": sent, "after": after,
                        "evidence": list(ev)})
        return text.replace(sent, after)
    if kind == "add":
        _, cat, sent, anchor, mode, ev = op
        assert sent not in text, f"add: {sent!r} already there"
        if mode == "inline":
            assert text.count(anchor) == 1, f"add anchor {anchor!r}"
            text = text.replace(anchor, anchor + " " + sent)
        else:
            lines.insert(_one_line(lines, anchor) + 1, ("- " + sent) if mode == "item" else sent)
            text = "\n".join(lines)
        _check_sentence(text, sent)
        changes.append({"category": cat, "kinds": ["added"], "before": None, "after": sent,
                        "evidence": list(ev)})
        return text
    if kind == "rem":
        _, cat, sent, ev = op
        assert text.count(sent) == 1, f"rem: {sent!r}"
        _check_sentence(text, sent)
        i = _one_line(lines, sent)
        if lines[i] in (sent, "- " + sent):
            del lines[i]
        elif lines[i].endswith(" " + sent):
            lines[i] = lines[i][: -len(sent) - 1]
        else:
            lines[i] = lines[i].replace(sent + " ", "", 1)
        changes.append({"category": cat, "kinds": ["removed"], "before": sent, "after": None,
                        "evidence": list(ev)})
        return "\n".join(lines)
    raise ValueError(op)


def _check_evidence(pid: str, before: str, after: str, changes: list) -> list[str]:
    """Evidence phrases sit in a changed sentence and nowhere else on the page."""
    olds = [c["before"] for c in changes if c["before"] is not None]
    news = [c["after"] for c in changes if c["after"] is not None]
    phrases: list[str] = []
    for c in changes:
        assert c["evidence"], f"{pid}: change without evidence"
        for p in c["evidence"]:
            assert p in (c["before"] or "") or p in (c["after"] or ""), \
                f"{pid}: evidence {p!r} is not in its changed sentence"
            for side, sents in ((before, olds), (after, news)):
                inside = sum(s.count(p) for s in sents if s in side)
                assert side.count(p) == inside, f"{pid}: evidence {p!r} also outside the change"
            if p not in phrases:
                phrases.append(p)
    return phrases


def family(fid: str, group: str, kind: str, topic: dict, start: str,
           lines: list[str], revs: list[tuple[list[tuple], str]]) -> None:
    """One page and its weekly revisions; each revision gives one before/after pair."""
    assert 15 <= len(lines) <= 60, f"{fid}: {len(lines)} lines"
    text = "\n".join(lines)
    d0 = date.fromisoformat(start)
    for k, (ops, note) in enumerate(revs, 1):
        pid = f"h2-{fid}-r{k}"
        changes: list[dict] = []
        noise: list[str] = []
        after = text
        for op in ops:
            after = _apply(after, op, changes, noise)
        assert after != text, f"{pid}: no edit"
        assert changes or noise, f"{pid}: no label"
        kinds: list[str] = []
        for c in changes:
            assert c["category"] in CATEGORIES, c["category"]
            for kd in c["kinds"]:
                assert kd in CHANGE_KINDS, kd
                if kd not in kinds:
                    kinds.append(kd)
        cats: list[str] = []
        for c in changes:
            if c["category"] not in cats:
                cats.append(c["category"])
        PAIRS.append({
            "id": pid,
            "source": "holdout2",
            "family": group,
            "page": fid,
            "kind": kind,
            "date_before": (d0 + timedelta(weeks=k - 1)).isoformat(),
            "date_after": (d0 + timedelta(weeks=k)).isoformat(),
            "topic": topic,
            "before": text,
            "after": after,
            "flagged": bool(changes),
            "kinds": kinds,
            "categories": cats,
            "noise": sorted(set(noise)),
            "evidence": _check_evidence(pid, text, after, changes),
            "changes": [{"category": c["category"], "kinds": c["kinds"],
                         "before": c["before"], "after": c["after"]} for c in changes],
            "note": note,
        })
        text = after


# ----------------------------------------------------------------------------
# topics (as a sources file's [topic] would give them)
# ----------------------------------------------------------------------------

T_7OH = {"name": "7-hydroxymitragynine",
         "aliases": ["7-hydroxymitragynine", "7-OH", "7OH", "7-OHM", "7-hydroxy"]}
T_KRATOM = {"name": "kratom", "aliases": ["kratom", "Mitragyna speciosa", "kratom powder"]}
T_KAVA = {"name": "kava", "aliases": ["kava", "kava kava", "Piper methysticum", "kavalactones"]}
T_D8 = {"name": "delta-8 THC",
        "aliases": ["delta-8 THC", "delta-8", "Delta 8", "Δ8-THC", "delta-8-tetrahydrocannabinol"]}
T_CBD = {"name": "cannabidiol", "aliases": ["CBD", "cannabidiol", "hemp extract", "CBD oil"]}
T_TIAN = {"name": "tianeptine",
          "aliases": ["tianeptine", "tianeptine sulfate", "tianeptine sodium", "Tianaa", "Zaza"]}
T_PHEN = {"name": "phenibut", "aliases": ["phenibut", "phenibut HCl", "β-phenyl-GABA"]}
T_NEURO = {"name": "NeuroLift Focus", "aliases": ["NeuroLift", "NeuroLift Focus"]}
T_XYL = {"name": "xylazine", "aliases": ["xylazine", "tranq", "tranq dope"]}
T_NITAZ = {"name": "nitazenes",
           "aliases": ["nitazene", "nitazenes", "isotonitazene", "metonitazene", "protonitazene",
                       "etonitazene"]}
T_WEAP = {"name": "Winter Energy Assistance Program",
          "aliases": ["Winter Energy Assistance Program", "WEAP", "heating assistance",
                      "energy assistance"]}
T_PARK = {"name": "residential parking permit",
          "aliases": ["residential parking permit", "parking permit", "resident permit",
                      "visitor permit"]}
T_NALOX = {"name": "naloxone", "aliases": ["naloxone", "Narcan", "naloxone nasal spray"]}
T_TAG = {"name": "Tuition Assistance Grant", "aliases": ["Tuition Assistance Grant", "TAG"]}
T_REBATE = {"name": "Homestead Property Tax Rebate",
            "aliases": ["Homestead Property Tax Rebate", "homestead rebate", "property tax rebate",
                        "Form HR-40"]}


# ============================================================================
# VENDOR / SHOP PRODUCT PAGES
# ============================================================================

family("apex-7oh-tablets", "vendor", "product", T_7OH, "2026-09-07", [
    "Home / 7-OH / Tablets",
    "Apex 7-OH Tablets – 15mg (3 ct)",
    "★★★★★ 4.8 (1,126 reviews)",
    "$24.99 $19.99 Sale",
    "Only 14 left in stock – order soon",
    "Pack size: 3 ct | 6 ct | 12 ct",
    "Add to cart",
    "Free shipping on orders over $75",
    "Apex 7-OH tablets are pressed from high-purity 7-hydroxymitragynine for a clean, consistent experience every time.",
    "Each tablet contains 15mg of 7-OH and is scored down the middle so you can split it easily.",
    "Our tablets are roughly 3x stronger than a standard kratom capsule dose, so please respect the product.",
    "Why Apex?",
    "- 98%+ pure 7-OH isolate",
    "- Third-party lab tested, every batch",
    "- Made in a cGMP facility in the USA",
    "- Fast acting, most customers feel it in 20-30 minutes",
    "Suggested Use",
    "| Experience | Amount |",
    "| Beginner | 1/2 tablet (7.5mg) |",
    "| Regular | 1 tablet (15mg) |",
    "| Experienced | 1.5 tablets (22.5mg) |",
    "Do not take more than 2 tablets in a 24 hour period.",
    "Do not combine with alcohol, benzodiazepines, opioids or other depressants.",
    "Not for use by persons under 21, pregnant or nursing women.",
    "Lab Results",
    "SKU: APX-7OH-15-3",
    "Batch: 2609-A14 | COA available on request",
    "FAQ",
    "How long does it last?",
    "Most customers report effects lasting 4–6 hours.",
    "Can I take it on an empty stomach?",
    "Yes, and many people find it kicks in faster that way.",
    "Will it show up on a drug test?",
    "Standard 5-panel tests do not screen for 7-OH, but specialised panels may.",
    "*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.",
    "You Might Also Like",
    "Apex 7-OH Gummies – 10mg",
    "Apex Mitragynine Capsules – 60 ct",
    "Reviews",
    "\"Smooth and strong, exactly what I needed after work\" – Mike T., verified buyer",
], [
    ([
        ("sub", "$24.99 $19.99 Sale", "$24.99 $17.99 Sale", "furniture"),
        ("sub", "(1,126 reviews)", "(1,139 reviews)", "furniture"),
        ("sub", "Only 14 left in stock", "Only 9 left in stock", "furniture"),
        ("sub", "Free shipping on orders over $75", "Free shipping on orders over $75 | Use code FALL15 for 15% off", "furniture"),
    ], "sale price, review count, stock count and a coupon banner change"),
    ([
        ("fix", "potency", ["number"],
         "Our tablets are roughly 3x stronger than a standard kratom capsule dose, so please respect the product.",
         "3x stronger", "5x stronger", ["3x stronger", "5x stronger"]),
        ("sub", "★★★★★ 4.8 (1,139 reviews)", "★★★★★ 4.7 (1,151 reviews)", "furniture"),
    ], "strength claim 3x -> 5x a standard kratom capsule dose; star rating and review count"),
    ([
        ("sub", "Tablets – 15mg (3 ct)", "Tablets – 15 mg (3 ct)", "number_format"),
        ("sub", "contains 15mg of 7-OH", "contains 15 mg of 7-OH", "number_format"),
        ("sub", "(7.5mg)", "(7.5 mg)", "number_format"),
        ("sub", "1 tablet (15mg)", "1 tablet (15 mg)", "number_format"),
        ("sub", "(22.5mg)", "(22.5 mg)", "number_format"),
        ("sub", "in a 24 hour period", "in a 24-hour period", "punctuation"),
        ("sub", "Batch: 2609-A14", "Batch: 2610-C03", "furniture"),
        ("sub", "SKU: APX-7OH-15-3", "SKU: APX7OH-0153", "furniture"),
    ], "15mg -> 15 mg everywhere, 24 hour -> 24-hour, new batch and SKU identifiers (same facts)"),
    ([
        ("fix", "dosage", ["number"],
         "Do not take more than 2 tablets in a 24-hour period.",
         "2 tablets", "3 tablets", ["more than 2 tablets", "more than 3 tablets"]),
        ("move", "Standard 5-panel tests", "FAQ", "reorder"),
        ("move", "Will it show up on a drug test?", "FAQ", "reorder"),
    ], "daily maximum 2 -> 3 tablets; drug-test Q&A moved to the top of the FAQ"),
    ([
        ("rem", "safety", "Do not combine with alcohol, benzodiazepines, opioids or other depressants.",
         ["Do not combine with alcohol"]),
        ("sub", "$24.99 $17.99 Sale", "$24.99 $19.99 Sale", "furniture"),
        ("sub", "Only 9 left in stock – order soon", "In stock", "furniture"),
    ], "warning against combining with alcohol/benzodiazepines/opioids removed; price and stock line"),
    ([
        ("rem", "product", "Third-party lab tested, every batch", ["Third-party lab tested"]),
        ("sub", "Apex Mitragynine Capsules – 60 ct", "Apex 7-OH Shot – Blue Raspberry", "furniture"),
    ], "'Third-party lab tested, every batch' bullet removed; related-product link swapped"),
    ([
        ("merge", "Apex 7-OH tablets are pressed from"),
        ("sub", "specialised panels", "specialized panels", "typo"),
        ("sub", "\"Smooth and strong, exactly what I needed after work\" – Mike T., verified buyer",
         "\"Fast shipping and the packaging was discreet\" – Dana K., verified buyer", "furniture"),
    ], "intro and strength paragraphs merged, spelling, rotated review quote"),
    ([
        ("sub", "| Beginner | 1/2 tablet (7.5 mg) |", "| Beginner | ½ tablet (7.5 mg) |", "number_format"),
        ("sub", "You Might Also Like", "Customers Also Viewed", "furniture"),
        ("sub", "★★★★★ 4.7 (1,151 reviews)", "★★★★★ 4.7 (1,184 reviews)", "furniture"),
        ("sub", "Free shipping on orders over $75 | Use code FALL15 for 15% off",
         "Free shipping on orders over $75 | Use code GIVETHANKS for 20% off", "furniture"),
    ], "'1/2' -> '½' in the dose table, section heading, reviews, coupon"),
])

family("cloudleaf-7oh-gummies", "vendor", "product", T_7OH, "2026-09-14", [
    "CLOUDLEAF",
    "Shop All | Tablets | Gummies | Shots | Wholesale",
    "7OH Gummies - Tropical Mango - 10 Count",
    "4.6 out of 5 stars | 388 reviews",
    "Regular price $34.00 Sale price $29.00",
    "SAVE 15% WITH CODE: LEAF15",
    "In stock, ready to ship",
    "Quantity",
    "Add to cart",
    "Each gummy has 12mg of 7-hydroxymitragynine infused in a vegan pectin base, no gelatin, no corn syrup.",
    "our gummies taste great and kick in smooth, perfect for unwinding at the end of a long day or taking the edge off sore muscles after the gym",
    "Ingredients: pectin, cane sugar, citric acid, natural mango flavor, 7-OH extract, vegetable oil.",
    "How many should I take?",
    "Start with half a gummy and wait at least 45 minutes before taking more. Most people find 1 gummy is plenty.",
    "Is it safe?",
    "7OH is a potent compound and can be habit forming with daily use. Take days off in between and never mix with alcohol.",
    "Does it help with pain?",
    "Many customers tell us it helps with back pain and joint stiffness.",
    "Where do you ship?",
    "We ship to most US states. Because of local laws we cannot ship to Florida, Alabama, Arkansas, Indiana, Rhode Island, Vermont or Wisconsin.",
    "| Serving size | 1 gummy |",
    "| 7-OH per gummy | 12 mg |",
    "| Gummies per jar | 10 |",
    "| Flavor | Tropical Mango |",
    "Lab tested for potency and heavy metals. Scan the QR code on the jar for the full report.",
    "Must be 21+ to purchase. Keep out of reach of children and pets.",
    "These statements have not been evaluated by the FDA.",
    "Customer Reviews",
    "Based on 388 reviews",
    "Write a review",
    "Questions? Call us at (512) 555-0147, Mon–Fri 9am–5pm CT.",
], [
    ([
        ("sub", "our gummies taste great", "Our gummies taste great", "typo"),
        ("sub", "kick in smooth, perfect for", "kick in smoothly. They're perfect for", "reword"),
        ("sub", "after the gym", "after the gym.", "punctuation"),
        ("sub", "stars | 388 reviews", "stars | 401 reviews", "furniture"),
        ("sub", "Based on 388 reviews", "Based on 401 reviews", "furniture"),
    ], "run-on marketing sentence split and capitalised (same claims); review counts"),
    ([
        ("fix", "product", ["number"],
         "Each gummy has 12mg of 7-hydroxymitragynine infused in a vegan pectin base, no gelatin, no corn syrup.",
         "12mg", "15mg", ["has 12mg of", "has 15mg of"]),
        ("fix", "product", ["number"], "| 7-OH per gummy | 12 mg |", "12 mg", "15 mg",
         ["| 7-OH per gummy | 12 mg |", "| 7-OH per gummy | 15 mg |"]),
        ("sub", "Regular price $34.00 Sale price $29.00", "Regular price $39.00 Sale price $34.00", "furniture"),
    ], "strength per gummy 12 mg -> 15 mg (copy and spec table); prices"),
    ([
        ("fix", "legal_status", ["modified"],
         "Because of local laws we cannot ship to Florida, Alabama, Arkansas, Indiana, Rhode Island, Vermont or Wisconsin.",
         "Indiana, Rhode Island", "Indiana, Ohio, Rhode Island",
         ["Indiana, Rhode Island", "Indiana, Ohio, Rhode Island"]),
        ("sub", "(512) 555-0147", "(512) 555-0193", "furniture"),
        ("sub", "SAVE 15% WITH CODE: LEAF15", "SAVE 20% WITH CODE: SPOOKY20", "furniture"),
    ], "Ohio added to the states the shop cannot ship to; phone number and coupon code"),
    ([
        ("move", "We ship to most US states.", "Ingredients:", "reorder"),
        ("move", "Where do you ship?", "Ingredients:", "reorder"),
        ("sub", "Take days off in between and never mix with alcohol.",
         "Take breaks between days of use, and never mix it with alcohol.", "reword"),
    ], "shipping Q&A moved to the top of the FAQ; safety tip reworded"),
    ([
        ("fix", "efficacy", ["modified"],
         "Many customers tell us it helps with back pain and joint stiffness.",
         "back pain and joint stiffness", "back pain, joint stiffness, anxiety and opiate withdrawal",
         ["back pain and joint stiffness", "anxiety and opiate withdrawal"]),
        ("fix", "safety", ["negation"],
         "7OH is a potent compound and can be habit forming with daily use.",
         "and can be habit forming with daily use", "but is not habit forming when used as directed",
         ["can be habit forming with daily use", "not habit forming when used as directed"]),
        ("sub", "In stock, ready to ship", "Low stock – only 6 left", "furniture"),
    ], "benefits widened to anxiety and opiate withdrawal; 'can be habit forming' -> 'is not habit forming'; stock line"),
    ([
        ("sub", "Start with half a gummy and wait at least 45 minutes",
         "Start with 1/2 gummy and wait at least 45 min", "number_format"),
        ("sub", "stars | 401 reviews", "stars | 415 reviews", "furniture"),
        ("sub", "Based on 401 reviews", "Based on 415 reviews", "furniture"),
        ("sub", "Shop All | Tablets", "Shop All | Sale | Tablets", "furniture"),
    ], "'half a gummy' -> '1/2 gummy', '45 minutes' -> '45 min'; reviews; nav menu"),
    ([
        ("sub", "Lab tested for potency and heavy metals. Scan the QR code on the jar for the full report.",
         "Scan the QR code on the jar for the full report. Lab tested for potency and heavy metals.", "reorder"),
        ("sub", "Must be 21+ to purchase.", "You must be 21 or older to purchase.", "reword"),
        ("sub", "Regular price $39.00 Sale price $34.00", "Regular price $39.00 Sale price $27.30", "furniture"),
        ("ins", "BLACK FRIDAY: 30% OFF EVERYTHING – ENDS SUNDAY", "CLOUDLEAF", "furniture"),
    ], "lab-test sentences swapped, age line reworded, Black Friday banner and price"),
])

family("hydroxyrush-7oh-shot", "vendor", "product", T_7OH, "2026-09-21", [
    "Products › Shots › Hydroxy Rush Extra Strength Shot",
    "Hydroxy Rush 7-OH Extra Strength Shot 15mL",
    "SKU HR-XS-15 | UPC 860012345671",
    "Wholesale price: log in to view",
    "MSRP $14.99",
    "12 shots per display box | Case pack: 8 boxes",
    "Hydroxy Rush Extra Strength delivers 30mg of 7-hydroxymitragynine in a single 15mL shot, with a citrus berry flavour that hides the bitterness.",
    "Drink half the bottle, wait 1 hour, and only then consider the rest. Do not drink more than one bottle in 24 hours.",
    "Contains alcohol (12% ABV) as a preservative.",
    "Product details",
    "| Strength | 30 mg 7-OH per bottle |",
    "| Volume | 15 mL |",
    "| Flavour | Citrus Berry |",
    "| Shelf life | 18 months unopened |",
    "| Testing | Third-party tested for potency, microbes and heavy metals |",
    "| Legal status | Federally legal – not a scheduled substance |",
    "Highlights",
    "- Up to 8 hours of relief",
    "- No crash, no jitters",
    "- Made with naturally derived 7-OH from Mitragyna speciosa leaf",
    "WARNING: This product may be habit forming. Stop use and ask a doctor if you experience nausea, dizziness, or difficulty breathing.",
    "Not for sale to persons under 21. Retailers are responsible for checking local regulations before stocking this product.",
    "Not available for shipment to: AL, AR, FL, IN, RI, VT, WI, and the District of Columbia.",
    "Retailer resources",
    "- Download sell sheet (PDF)",
    "- Request a counter display",
    "Questions about wholesale? Email sales@hydroxyrush.example or call 1-800-555-0199.",
], [
    ([
        ("fix", "efficacy", ["number"], "Up to 8 hours of relief", "8 hours", "12 hours",
         ["Up to 8 hours of relief", "Up to 12 hours of relief"]),
        ("sub", "MSRP $14.99", "MSRP $12.99", "furniture"),
    ], "relief duration 'up to 8 hours' -> 'up to 12 hours' (list item); MSRP"),
    ([
        ("sub", "citrus berry flavour", "citrus berry flavor", "typo"),
        ("sub", "| Flavour |", "| Flavor |", "typo"),
        ("sub", "UPC 860012345671", "UPC 860012345688", "furniture"),
        ("sub", "call 1-800-555-0199", "call (800) 555-0199", "furniture"),
    ], "British -> American spelling, new UPC, phone number reformatted"),
    ([
        ("fix", "dosage", ["number"],
         "Drink half the bottle, wait 1 hour, and only then consider the rest.",
         "Drink half the bottle", "Start with one-third of the bottle",
         ["Drink half the bottle", "Start with one-third of the bottle"]),
        ("sub", "12 shots per display box", "24 shots per display box", "furniture"),
    ], "first serving half -> one-third of the bottle; display-box count"),
    ([
        ("rem", "safety", "This product may be habit forming.", ["may be habit forming"]),
        ("sub", "Not available for shipment to: AL, AR, FL, IN, RI, VT, WI, and the District of Columbia.",
         "Not available for shipment to: AL, AR, DC, FL, IN, RI, VT, WI.", ("reorder", "reword")),
    ], "'This product may be habit forming.' removed from the warning; no-ship list re-sorted with DC (same places)"),
    ([
        ("sub", "Retailers are responsible for checking local regulations before stocking this product.",
         "Retailers must check local regulations before stocking this product.", "non_claim_sentence"),
        ("sub", "Wholesale price: log in to view", "Wholesale pricing available after login", "furniture"),
        ("sub", "- Request a counter display", "- Request a free counter display", "furniture"),
    ], "retailer-duty sentence reworded, wholesale and retailer-resource links"),
    ([
        ("fix", "legal_status", ["status"], "| Legal status | Federally legal – not a scheduled substance |",
         "Federally legal – not a scheduled substance", "Pending DEA scheduling – check local laws",
         ["Federally legal – not a scheduled substance", "Pending DEA scheduling"]),
        ("sub", "MSRP $12.99", "MSRP $13.49", "furniture"),
    ], "spec-table status row: 'Federally legal – not a scheduled substance' -> 'Pending DEA scheduling'; MSRP"),
])

family("kratom-red-maeng-da", "vendor", "product", T_KRATOM, "2026-08-31", [
    "Kratom Powder",
    "Red Maeng Da Kratom Powder",
    "⭐⭐⭐⭐⭐ (2,341)",
    "From $12.99",
    "Size: 50g / 100g / 250g / 500g / 1kg",
    "ADD TO CART",
    "🚚 FREE SHIPPING ON ALL ORDERS OVER $49",
    "Our Red Maeng Da is sourced from mature trees in West Kalimantan, Indonesia and dried indoors to protect the alkaloid profile.",
    "Red Maeng Da is our strongest red vein, known for deep relaxation and long-lasting comfort.",
    "Every batch is tested by an independent ISO-accredited lab for mitragynine content, salmonella, E. coli, yeast and mold, and heavy metals.",
    "Mitragynine content: 1.6% (Batch RMD-1024)",
    "This kratom is a whole-leaf product with no added extracts or 7-OH.",
    "Serving Suggestions",
    "| Level | Amount | Approx. teaspoons |",
    "| Beginner | 1-2 g | 1/2 tsp |",
    "| Moderate | 2-4 g | 1 tsp |",
    "| Experienced | 4-6 g | 1 1/2 tsp |",
    "Do not exceed 8 grams in a single serving or 3 servings per day.",
    "We are a proud AKA GMP Qualified vendor.",
    "Kratom is not approved by the FDA for human consumption. We sell it as a botanical for research and aromatic purposes only.",
    "Shipping restrictions: we cannot ship to Alabama, Arkansas, Indiana, Rhode Island, Vermont, Wisconsin, Sarasota County FL, San Diego CA, Denver CO, or Jerseyville IL.",
    "You must be 21 or older to order. ID verification is required at checkout.",
    "Frequently Asked Questions",
    "How should I store my kratom?",
    "Keep it in a cool, dry, dark place in an airtight container. Properly stored powder stays fresh for up to 2 years.",
    "How fast do you ship?",
    "Orders placed before 2pm EST ship the same day, Monday to Friday.",
    "Is kratom addictive?",
    "Regular daily use can lead to dependence, and stopping suddenly may cause withdrawal symptoms such as irritability, runny nose and muscle aches.",
    "Related products",
    "Green Malay Kratom Powder",
    "White Borneo Kratom Capsules",
], [
    ([
        ("fix", "product", ["number"], "Mitragynine content: 1.6% (Batch RMD-1024)",
         "1.6% (Batch RMD-1024)", "1.9% (Batch RMD-1107)",
         ["Mitragynine content: 1.6%", "Mitragynine content: 1.9%"]),
        ("sub", "(2,341)", "(2,366)", "furniture"),
    ], "mitragynine content 1.6% -> 1.9% with the new batch; review count"),
    ([
        ("sub", "| 1-2 g |", "| 1–2 g |", "punctuation"),
        ("sub", "| 2-4 g |", "| 2–4 g |", "punctuation"),
        ("sub", "| 4-6 g |", "| 4–6 g |", "punctuation"),
        ("sub", "Do not exceed 8 grams", "Do not exceed 8g", "number_format"),
        ("sub", "🚚 FREE SHIPPING ON ALL ORDERS OVER $49",
         "🚚 FREE SHIPPING ON ALL ORDERS OVER $59 | 🎃 20% OFF CAPSULES THIS WEEK", "furniture"),
    ], "hyphens -> en dashes in the serving table, '8 grams' -> '8g', shipping/promo banner"),
    ([
        ("fix", "legal_status", ["modified"],
         "Shipping restrictions: we cannot ship to Alabama, Arkansas, Indiana, Rhode Island, Vermont, Wisconsin, Sarasota County FL, San Diego CA, Denver CO, or Jerseyville IL.",
         "San Diego CA, Denver CO, or", "San Diego CA, or", ["Denver CO", "San Diego CA, or Jerseyville IL"]),
        ("sub", "Orders placed before 2pm EST", "Orders placed before 1pm EST", "furniture"),
    ], "Denver CO dropped from the ship-restriction list; same-day shipping cutoff"),
    ([
        ("move", "Regular daily use can lead", "Frequently Asked Questions", "reorder"),
        ("move", "Is kratom addictive?", "Frequently Asked Questions", "reorder"),
        ("sub", "Properly stored powder stays fresh for up to 2 years.",
         "Stored properly, powder stays fresh for up to two years.", ("reword", "number_format")),
    ], "addiction Q&A moved to the top of the FAQ; storage sentence reworded with 'two'"),
    ([
        ("fix", "safety", ["negation"],
         "Regular daily use can lead to dependence, and stopping suddenly may cause withdrawal symptoms such as irritability, runny nose and muscle aches.",
         "Regular daily use can lead to dependence, and stopping suddenly may cause withdrawal symptoms such as irritability, runny nose and muscle aches.",
         "Kratom is not considered addictive when used responsibly, and most of our customers enjoy it daily without any issues.",
         ["can lead to dependence", "not considered addictive"]),
        ("sub", "From $12.99", "From $11.99", "furniture"),
    ], "FAQ answer on addiction: 'can lead to dependence ... withdrawal' -> 'not considered addictive'; price"),
    ([
        ("sub", "Red Maeng Da is our strongest red vein, known for deep relaxation and long-lasting comfort.",
         "Known for deep relaxation and long-lasting comfort, Red Maeng Da is our strongest red vein.", "reword"),
        ("sub", "White Borneo Kratom Capsules", "Red Bali Kratom Powder", "furniture"),
        ("sub", "(2,366)", "(2,390)", "furniture"),
    ], "clause order reworded; related product swapped; review count"),
    ([
        ("sub", "Size: 50g / 100g / 250g / 500g / 1kg", "Size: 50 g / 100 g / 250 g / 500 g / 1 kg", "furniture"),
        ("sub", "Keep it in a cool, dry, dark place in an airtight container.",
         "Keep it in an airtight container in a cool, dry, dark place.", "reword"),
        ("ins", "Use code REDVEIN10 for 10% off your first order.", "ADD TO CART", "furniture"),
    ], "size selector reformatted, storage advice reworded, coupon line"),
])

family("islandroot-kava-borogu", "vendor", "product", T_KAVA, "2026-10-19", [
    "Shop › Kava › Traditional Grind",
    "Kava Root Powder – Vanuatu Noble Borogu",
    "by Island Root Co.",
    "4.9 ★ | 612 reviews | 38 questions answered",
    "$39.95 / 1 lb",
    "Subscribe & save 10%",
    "Add to Cart",
    "Ships in 1–2 business days",
    "Grown on the island of Pentecost, Vanuatu, Borogu is a noble kava cultivar traditionally prepared by kneading the root in water.",
    "Kavalactone content: 6.8% (tested October 2026)",
    "Only noble varieties, never tudei or wild kava, are used in our products.",
    "How to prepare",
    "- Add 2–3 tablespoons of kava to a strainer bag.",
    "- Place the bag in 8 oz of warm (not hot) water.",
    "- Knead and squeeze for 10 minutes, then drink.",
    "Borogu has a heady, euphoric effect that many drinkers describe as relaxed but clear-minded, and it is a favourite at social gatherings.",
    "Kava can help with occasional stress and sleeplessness.",
    "Do not exceed 250 mg of kavalactones per day, and do not use kava for more than 4 weeks in a row without talking to your doctor.",
    "Kava has been linked to rare cases of liver injury. Do not drink kava if you have liver problems, drink alcohol frequently, or take medication that affects the liver.",
    "Not recommended for pregnant or breastfeeding women. Do not drive or operate machinery after drinking kava.",
    "Shipping & Returns",
    "Free U.S. shipping on orders of $50 or more. Unopened bags can be returned within 30 days.",
    "International orders: kava cannot be shipped to Poland or Switzerland.",
    "Reviews",
    "\"Best Borogu I've had outside of a nakamal\" – Tevita, Honolulu",
    "\"Strong effect, earthy taste, fast shipping\" – Jen R.",
], [
    ([
        ("sub", "612 reviews", "619 reviews", "furniture"),
        ("sub", "Subscribe & save 10%", "Subscribe & save 15%", "furniture"),
        ("sub", "a favourite at social gatherings", "a favorite at social gatherings", "typo"),
    ], "review count, subscription discount, spelling"),
    ([
        ("rem", "safety", "Kava has been linked to rare cases of liver injury.", ["rare cases of liver injury"]),
        ("sub", "Ships in 1–2 business days", "Ships in 2–3 business days", "furniture"),
    ], "liver-injury warning sentence removed (the advice after it stays); dispatch time"),
    ([
        ("fix", "product", ["number"], "Kavalactone content: 6.8% (tested October 2026)",
         "6.8% (tested October 2026)", "5.4% (tested November 2026)",
         ["Kavalactone content: 6.8%", "Kavalactone content: 5.4%"]),
        ("sub", "$39.95 / 1 lb", "$36.95 / 1 lb", "furniture"),
    ], "kavalactone content 6.8% -> 5.4% (new test); price"),
    ([
        ("move", "Strong effect, earthy taste", "Reviews", "reorder"),
        ("sub", "- Add 2–3 tablespoons of kava", "- Add 2-3 tbsp of kava", ("number_format", "punctuation")),
        ("sub", "8 oz of warm", "8 oz. of warm", "punctuation"),
    ], "reviews reordered, 'tablespoons' -> 'tbsp', en dash -> hyphen, 'oz' -> 'oz.'"),
    ([
        ("sub", "Do not exceed 250 mg of kavalactones per day", "Do not exceed 250mg of kavalactones per day", "number_format"),
        ("sub", "4.9 ★ | 619 reviews | 38 questions answered", "4.9 ★ | 627 reviews | 41 questions answered", "furniture"),
        ("sub", "Only noble varieties, never tudei or wild kava, are used in our products.",
         "We use only noble varieties in our products, never tudei or wild kava.", "reword"),
    ], "'250 mg' -> '250mg', review/question counts, noble-variety sentence reworded"),
])

family("moonbeam-delta8-gummies", "vendor", "product", T_D8, "2026-10-05", [
    "Home › Hemp › Delta 8 Gummies",
    "Moonbeam Delta 8 Gummies – Blue Razz (25mg)",
    "Rated 4.7 out of 5 based on 2,904 customer ratings",
    "$29.99 – $49.99",
    "BUY 2 GET 1 FREE – automatically applied at checkout",
    "Count: 20 ct / 40 ct",
    "Add to cart",
    "Moonbeam Delta 8 gummies are made with hemp-derived Δ8-THC and contain less than 0.3% delta-9 THC on a dry weight basis, in compliance with the 2018 Farm Bill.",
    "Each gummy contains 25mg of delta-8 THC.",
    "Expect a mellow, uplifting buzz that's about half as strong as traditional delta-9 THC.",
    "Great for winding down, easing everyday stress and getting a good night's sleep.",
    "Dosing guide",
    "| New to THC | 1/4 – 1/2 gummy |",
    "| Occasional user | 1/2 – 1 gummy |",
    "| Regular user | 1 – 2 gummies |",
    "Wait 2 hours before taking more. Effects can last 6–8 hours.",
    "Delta 8 may cause a positive result on a drug test.",
    "Do not drive or operate heavy machinery after use.",
    "Third-party lab tested. View the Certificate of Analysis for batch MB-2609.",
    "Shipping",
    "We ship delta-8 products to most states. We do not ship to AK, AZ, AR, CA, CO, CT, DE, HI, ID, IA, KY, MD, MI, MN, MS, MT, NV, NY, ND, OR, RI, UT, VT or WA.",
    "Orders over $60 ship free. All orders ship discretely in unmarked packaging.",
    "You must be 21+ to purchase hemp-derived THC products.",
    "FDA Disclaimer: These products have not been evaluated by the FDA and are not intended to diagnose, treat, cure or prevent any disease.",
    "Customers also bought",
    "Moonbeam Delta 9 Seltzer",
    "Moonbeam THCA Pre-Rolls",
    "Reviews (2,904)",
], [
    ([
        ("fix", "potency", ["number"],
         "Expect a mellow, uplifting buzz that's about half as strong as traditional delta-9 THC.",
         "about half as strong", "about two-thirds as strong",
         ["about half as strong", "about two-thirds as strong"]),
        ("sub", "based on 2,904 customer ratings", "based on 2,951 customer ratings", "furniture"),
        ("sub", "Reviews (2,904)", "Reviews (2,951)", "furniture"),
    ], "strength relative to delta-9 THC: half -> two-thirds; rating counts"),
    ([
        ("sub", "Blue Razz (25mg)", "Blue Razz (25 mg)", "number_format"),
        ("sub", "contains 25mg of delta-8", "contains 25 mg of delta-8", "number_format"),
        ("sub", "BUY 2 GET 1 FREE – automatically applied at checkout",
         "HOLIDAY SALE: 30% OFF SITEWIDE – no code needed", "furniture"),
    ], "25mg -> 25 mg, promo banner"),
    ([
        ("fix", "legal_status", ["modified"],
         "We do not ship to AK, AZ, AR, CA, CO, CT, DE, HI, ID, IA, KY, MD, MI, MN, MS, MT, NV, NY, ND, OR, RI, UT, VT or WA.",
         "RI, UT, VT", "RI, TX, UT, VT", ["RI, UT, VT", "RI, TX, UT, VT"]),
        ("sub", "Orders over $60 ship free.", "Orders over $75 ship free.", "furniture"),
        ("sub", "ship discretely in", "ship discreetly in", "typo"),
    ], "TX added to the no-ship list; free-shipping threshold; 'discretely' -> 'discreetly'"),
    ([
        ("move", "| Regular user |", "Dosing guide", "reorder"),
        ("move", "| Occasional user |", "| Regular user |", "reorder"),
        ("sub", "Wait 2 hours before taking more. Effects can last 6–8 hours.",
         "Effects can last 6–8 hours, so wait 2 hours before taking more.", "reword"),
    ], "dosing table rows reversed; two timing sentences merged into one (same facts)"),
    ([
        ("add", "efficacy", "Many customers also reach for them to ease chronic pain and anxiety.",
         "Great for winding down", "line", ["ease chronic pain and anxiety"]),
        ("sub", "Moonbeam THCA Pre-Rolls", "Moonbeam Delta 8 Vape – Maui Wowie", "furniture"),
    ], "new benefit sentence (chronic pain and anxiety); cross-sell link"),
    ([
        ("sub", "batch MB-2609.", "batch MB-2611.", "furniture"),
        ("sub", "Rated 4.7 out of 5", "Rated 4.6 out of 5", "furniture"),
        ("sub", "Delta 8 may cause a positive result", "Delta-8 may cause a positive result", "punctuation"),
    ], "new COA batch number, star rating, 'Delta 8' -> 'Delta-8'"),
    ([
        ("sub", "HOLIDAY SALE: 30% OFF SITEWIDE – no code needed",
         "CYBER MONDAY: 35% OFF + FREE SHIPPING", "furniture"),
        ("sub", "$29.99 – $49.99", "$19.49 – $32.49", "furniture"),
        ("sub", "Great for winding down, easing everyday stress and getting a good night's sleep.",
         "Great for winding down, easing everyday stress and getting a good night’s sleep.", "punctuation"),
    ], "sale banner and prices; straight -> curly apostrophe"),
    ([
        ("sub", "| New to THC | 1/4 – 1/2 gummy |", "| New to THC | ¼–½ gummy |", ("number_format", "punctuation")),
        ("sub", "| Occasional user | 1/2 – 1 gummy |", "| Occasional user | ½–1 gummy |", ("number_format", "punctuation")),
        ("sub", "| Regular user | 1 – 2 gummies |", "| Regular user | 1–2 gummies |", "punctuation"),
        ("sub", "CYBER MONDAY: 35% OFF + FREE SHIPPING", "Holiday shipping cutoff: order by Dec. 18 for delivery by Dec. 24", "furniture"),
    ], "dose table fractions and dashes reformatted (same amounts); banner"),
])

family("verdant-cbd-oil", "vendor", "product", T_CBD, "2026-09-07", [
    "Full Spectrum CBD Oil 1500mg – Natural Mint",
    "Verdant Valley Hemp Co.",
    "★★★★☆ 4.4 · 517 reviews",
    "$59.00",
    "Save 20% when you subscribe",
    "Add to Cart",
    "Our full spectrum CBD oil is extracted from organically grown Oregon hemp using CO2, keeping the full range of cannabinoids and terpenes.",
    "Each 30 mL bottle contains 1500mg of CBD, or about 50mg per 1 mL dropper.",
    "Contains less than 0.3% THC.",
    "Suggested use: Place 1/2 dropper (about 25mg CBD) under the tongue and hold for 60 seconds before swallowing. Use once or twice daily.",
    "What customers use it for",
    "- Everyday stress",
    "- Post-workout recovery",
    "- Better sleep",
    "Ingredients: Organic MCT oil, full spectrum hemp extract, natural peppermint oil.",
    "Third-party lab tested for potency, pesticides, residual solvents and heavy metals. Scan the QR code on the box to see the lab report.",
    "CBD can interact with some prescription medications, including blood thinners. Talk to your doctor before use if you take any medication.",
    "This product contains trace amounts of THC and may cause a positive drug test.",
    "FREE SHIPPING ON ORDERS $40+",
    "30-day money-back guarantee",
    "The statements made regarding these products have not been evaluated by the Food and Drug Administration. The efficacy of these products has not been confirmed by FDA-approved research.",
    "Questions? Chat with us 9–5 ET or email help@verdantvalley.example.",
], [
    ([
        ("sub", "CBD Oil 1500mg – Natural Mint", "CBD Oil 1,500 mg – Natural Mint", "number_format"),
        ("sub", "contains 1500mg of CBD", "contains 1,500 mg of CBD", "number_format"),
        ("sub", "4.4 · 517 reviews", "4.4 · 530 reviews", "furniture"),
    ], "1500mg -> 1,500 mg (title and copy); review count"),
    ([
        ("fix", "product", ["modified"],
         "Our full spectrum CBD oil is extracted from organically grown Oregon hemp using CO2, keeping the full range of cannabinoids and terpenes.",
         "organically grown Oregon hemp", "hemp grown in Colorado",
         ["organically grown Oregon hemp", "hemp grown in Colorado"]),
        ("sub", "FREE SHIPPING ON ORDERS $40+", "FREE SHIPPING ON ORDERS $50+", "furniture"),
    ], "origin of the hemp: organically grown Oregon -> grown in Colorado; free-shipping banner"),
    ([
        ("add", "efficacy", "Relief from chronic pain and arthritis", "- Better sleep", "item",
         ["chronic pain and arthritis"]),
        ("sub", "30-day money-back guarantee", "60-day money-back guarantee", "furniture"),
    ], "new use listed: relief from chronic pain and arthritis; guarantee period"),
    ([
        ("move", "- Better sleep", "What customers use it for", "reorder"),
        ("sub", "Place 1/2 dropper (about 25mg CBD) under the tongue and hold for 60 seconds before swallowing.",
         "Hold 1/2 dropper (about 25mg CBD) under your tongue for 60 seconds, then swallow.", "reword"),
        ("sub", "Chat with us 9–5 ET", "Chat with us 9–6 ET", "furniture"),
    ], "use list reordered, suggested-use sentence reworded (same amount), chat hours"),
])

family("neurochem-tianeptine", "vendor", "product", T_TIAN, "2026-08-24", [
    "Tianeptine Sulfate Capsules – 12.5mg x 60",
    "NeuroChem Supply",
    "FOR RESEARCH USE ONLY",
    "$44.95",
    "(73 reviews)",
    "In stock: ships within 24 hours",
    "Add to cart",
    "Our tianeptine sulfate capsules contain 12.5mg of pharmaceutical-grade tianeptine sulfate, 99.7% purity by HPLC.",
    "Tianeptine sulfate has a longer half-life than tianeptine sodium, providing a smoother and more sustained experience.",
    "Studies in Europe have looked at tianeptine for mood support, where it has been prescribed under the brand names Stablon and Coaxil.",
    "Product Specifications",
    "| Compound | Tianeptine Sulfate |",
    "| Strength | 12.5mg per capsule |",
    "| Count | 60 capsules |",
    "| Purity | ≥99.7% (HPLC) |",
    "| CAS | 1224690-84-9 |",
    "This product is sold for laboratory research purposes only and is not for human consumption.",
    "Tianeptine is not approved by the FDA for any medical use in the United States. The FDA has warned consumers about serious harms, including seizures and death.",
    "We are unable to ship tianeptine to Alabama, Michigan, Minnesota, Tennessee, Georgia, Kentucky, Mississippi or Ohio.",
    "Reviews",
    "Average 4.5 / 5",
    "\"Fast shipping, good packaging.\" – verified customer",
], [
    ([
        ("fix", "legal_status", ["modified"],
         "We are unable to ship tianeptine to Alabama, Michigan, Minnesota, Tennessee, Georgia, Kentucky, Mississippi or Ohio.",
         "Mississippi or Ohio", "Mississippi, Ohio or Florida", ["Mississippi or Ohio", "Ohio or Florida"]),
        ("sub", "(73 reviews)", "(79 reviews)", "furniture"),
    ], "Florida added to the states the shop will not ship to; review count"),
    ([
        ("sub", "Capsules – 12.5mg x 60", "Capsules – 12.5 mg x 60", "number_format"),
        ("sub", "contain 12.5mg of", "contain 12.5 mg of", "number_format"),
        ("sub", "| Strength | 12.5mg per capsule |", "| Strength | 12.5 mg per capsule |", "number_format"),
        ("sub", "In stock: ships within 24 hours", "In stock: ships next business day", "furniture"),
    ], "12.5mg -> 12.5 mg in three places; shipping-time line"),
    ([
        ("fix", "product", ["number"],
         "Our tianeptine sulfate capsules contain 12.5 mg of pharmaceutical-grade tianeptine sulfate, 99.7% purity by HPLC.",
         "99.7% purity", "98%+ purity", ["99.7% purity", "98%+ purity"]),
        ("fix", "product", ["number"], "| Purity | ≥99.7% (HPLC) |", "≥99.7%", "≥98%",
         ["| Purity | ≥99.7% (HPLC) |", "| Purity | ≥98% (HPLC) |"]),
        ("sub", "$44.95", "$39.95", "furniture"),
    ], "stated purity 99.7% -> 98% (copy and spec table); price"),
    ([
        ("sub", "Tianeptine sulfate has a longer half-life than tianeptine sodium, providing a smoother and more sustained experience.",
         "Compared with tianeptine sodium, tianeptine sulfate has a longer half-life, for a smoother, more sustained experience.", "reword"),
        ("sub", "Average 4.5 / 5", "Average 4.4 / 5", "furniture"),
    ], "half-life sentence reworded; average rating"),
    ([
        ("move", "| CAS | 1224690-84-9 |", "| Compound | Tianeptine Sulfate |", "reorder"),
        ("sub", "(79 reviews)", "(86 reviews)", "furniture"),
        ("sub", "$39.95", "$42.95", "furniture"),
        ("sub", "\"Fast shipping, good packaging.\" – verified customer",
         "\"Arrived in 3 days, well sealed.\" – verified customer", "furniture"),
    ], "CAS row moved up the spec table; reviews, price, rotated review quote"),
])

family("apogee-phenibut", "vendor", "product", T_PHEN, "2026-09-14", [
    "Sold by Apogee Nootropics",
    "Phenibut HCl Powder",
    "★★★★★ 4.7 (219)",
    "25 g – $19.99 | 50 g – $34.99 | 100 g – $59.99",
    "Add to cart",
    "Phenibut (β-phenyl-γ-aminobutyric acid) is a GABA analogue developed in the Soviet Union in the 1960s.",
    "Our phenibut HCl is 99%+ pure and third-party tested for identity and purity.",
    "Users report reduced social anxiety and improved sleep, with effects that can last up to 24 hours.",
    "Dosage",
    "| Starting dose | 250–500 mg |",
    "| Typical dose | 500–1000 mg |",
    "| Maximum | 2 g per day |",
    "Effects take 2–4 hours to appear. Do not re-dose on the same day.",
    "Do not use phenibut more than 2 times per week. Phenibut can cause tolerance and dependence, and withdrawal after regular use can be severe.",
    "Never combine phenibut with alcohol, benzodiazepines, opioids, gabapentin or other depressants.",
    "A 1 g scoop is included. Use a milligram scale for accurate measurement.",
    "Not approved by the FDA as a dietary supplement. Sold as a research chemical. Not for human consumption.",
    "Free shipping on orders over $50.",
    "Customer Q&A",
    "Q: Does it come with a scoop?",
    "A: Yes, every bag includes a small 1 g scoop.",
    "Q: Is this the HCl or FAA form?",
    "A: This is the HCl form. Our FAA form is listed separately.",
], [
    ([
        ("fix", "dosage", ["number"], "| Maximum | 2 g per day |", "2 g", "3 g",
         ["| Maximum | 2 g per day |", "| Maximum | 3 g per day |"]),
        ("sub", "4.7 (219)", "4.7 (224)", "furniture"),
    ], "dose table: maximum 2 g -> 3 g per day; review count"),
    ([
        ("sub", "Do not use phenibut more than 2 times per week.",
         "Do not use phenibut more than twice a week.", ("number_format", "reword")),
        ("move", "A: This is the HCl form.", "Customer Q&A", "reorder"),
        ("move", "Q: Is this the HCl or FAA form?", "Customer Q&A", "reorder"),
    ], "'2 times per week' -> 'twice a week'; Q&A order swapped"),
    ([
        ("sub", "25 g – $19.99 | 50 g – $34.99 | 100 g – $59.99",
         "25 g – $17.99 | 50 g – $32.99 | 100 g – $54.99", "furniture"),
        ("sub", "Free shipping on orders over $50.",
         "Free shipping on orders over $50 — use code CALM10 for 10% off.", "furniture"),
        ("sub", "GABA analogue", "GABA analog", "typo"),
    ], "prices, coupon, spelling"),
    ([
        ("fix", "safety", ["modified"],
         "Phenibut can cause tolerance and dependence, and withdrawal after regular use can be severe.",
         "can be severe", "is usually mild", ["withdrawal after regular use can be severe", "withdrawal after regular use is usually mild"]),
        ("sub", "4.7 (224)", "4.8 (231)", "furniture"),
        ("sub", "Effects take 2–4 hours to appear.", "Effects take 2 to 4 hours to appear.", "number_format"),
    ], "withdrawal 'can be severe' -> 'is usually mild'; rating; '2–4' -> '2 to 4'"),
])

family("neurolift-focus", "vendor", "product", T_NEURO, "2026-10-12", [
    "NeuroLift Focus – Nootropic Stack",
    "60 capsules | 30 servings",
    "4.6/5 (1,882 reviews)",
    "$49.00 USD",
    "Subscribe and save 25%",
    "Add to cart",
    "NeuroLift is a clinically inspired blend of six nootropics designed to support focus, memory and mental energy without the crash of coffee.",
    "Each 2-capsule serving contains:",
    "| Citicoline (as Cognizin®) | 250 mg |",
    "| L-Theanine | 200 mg |",
    "| Natural caffeine (from green coffee bean) | 100 mg |",
    "| Bacopa monnieri extract (45% bacosides) | 300 mg |",
    "| Lion's mane mushroom extract | 500 mg |",
    "| Rhodiola rosea extract | 150 mg |",
    "Take 2 capsules in the morning with water. Do not take more than 4 capsules in a day.",
    "In an 8-week customer survey, 82% of NeuroLift users said they felt more focused at work.",
    "Benefits may include:",
    "- Sharper focus and attention",
    "- Better working memory",
    "- Calm energy without jitters",
    "Contains caffeine. Not recommended for children, pregnant or nursing women, or people sensitive to caffeine.",
    "Manufactured in an FDA-registered, GMP-certified facility in Utah.",
    "Free shipping on all US orders. 60-day money-back guarantee.",
    "*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.",
    "Frequently bought together",
    "NeuroLift Sleep",
    "NeuroLift Energy Gummies",
], [
    ([
        ("fix", "statistics", ["number"],
         "In an 8-week customer survey, 82% of NeuroLift users said they felt more focused at work.",
         "82%", "87%", ["82% of NeuroLift users", "87% of NeuroLift users"]),
        ("sub", "4.6/5 (1,882 reviews)", "4.6/5 (1,907 reviews)", "furniture"),
    ], "survey share 82% -> 87% of users more focused; review count"),
    ([
        ("move", "| Lion's mane mushroom extract |", "Each 2-capsule serving contains:", "reorder"),
        ("sub", "Subscribe and save 25%", "Subscribe and save 20%", "furniture"),
    ], "ingredient table row moved; subscription discount"),
    ([
        ("fix", "product", ["number"], "| Natural caffeine (from green coffee bean) | 100 mg |",
         "100 mg", "150 mg",
         ["| Natural caffeine (from green coffee bean) | 100 mg |",
          "| Natural caffeine (from green coffee bean) | 150 mg |"]),
        ("sub", "$49.00 USD", "$54.00 USD", "furniture"),
    ], "caffeine per serving 100 mg -> 150 mg (table row); price"),
    ([
        ("sub", "NeuroLift is a clinically inspired blend of six nootropics designed to support focus, memory and mental energy without the crash of coffee.",
         "NeuroLift is a clinically inspired blend of six nootropics that supports focus, memory and mental energy – without the coffee crash.", "reword"),
        ("sub", "NeuroLift Energy Gummies", "NeuroLift Mood Drops", "furniture"),
    ], "intro reworded; cross-sell item"),
    ([
        ("sub", "Take 2 capsules in the morning with water. Do not take more than 4 capsules in a day.",
         "Take two capsules in the morning with water. Do not take more than four capsules in a day.", "number_format"),
        ("sub", "60-day money-back guarantee", "90-day money-back guarantee", "furniture"),
        ("sub", "4.6/5 (1,907 reviews)", "4.7/5 (1,926 reviews)", "furniture"),
    ], "'2'/'4' -> 'two'/'four'; guarantee period; rating"),
])

family("hydroxhouse-shipping-faq", "vendor", "product", T_7OH, "2026-11-02", [
    "Shipping Policy & FAQ",
    "Last updated: October 28, 2026",
    "Processing time",
    "All orders placed before 1 PM Eastern ship the same business day. Orders placed on weekends ship Monday.",
    "Shipping rates",
    "| Method | Cost | Delivery |",
    "| USPS Ground Advantage | $5.95 (free over $75) | 3–5 business days |",
    "| USPS Priority | $9.95 | 2–3 business days |",
    "| UPS 2nd Day Air | $24.95 | 2 business days |",
    "Where we can't ship",
    "State and local laws on 7-OH change quickly. We currently do not ship 7-OH products to the following states: Alabama, Arkansas, Florida, Indiana, Rhode Island, Vermont and Wisconsin.",
    "We also cannot ship to Sarasota County (FL), Union County (NC) or the city of San Diego (CA).",
    "If your state passes a ban after you order, we will cancel and refund your order.",
    "Age requirement",
    "You must be at least 21 years old to buy from us. We verify age on every order and an adult signature is required on delivery.",
    "Frequently asked questions",
    "Is 7-OH legal?",
    "7-OH is not a controlled substance under federal law. It is, however, banned or restricted in several states and cities, listed above.",
    "Is 7-OH the same as kratom?",
    "No. 7-hydroxymitragynine is a compound found in trace amounts in kratom leaves (less than 2% of the alkaloids). Our products contain concentrated 7-OH, not plain leaf.",
    "How strong is 7-OH?",
    "7-OH binds to the same receptors as opioids and is much stronger than kratom leaf. Start low and go slow.",
    "Can I return an opened product?",
    "For safety reasons we cannot accept returns on opened products.",
    "Contact",
    "Email support@hydroxhouse.example or call (844) 555-0123. We answer within one business day.",
    "HydroxHouse LLC, 4120 Commerce Park Dr, Suite 210, Austin, TX 78744",
], [
    ([
        ("sub", "Last updated: October 28, 2026", "Last updated: November 4, 2026", "date"),
        ("sub", "(844) 555-0123", "(844) 555-0161", "furniture"),
        ("sub", "| UPS 2nd Day Air | $24.95 |", "| UPS 2nd Day Air | $26.95 |", "furniture"),
    ], "update stamp, phone number, UPS rate"),
    ([
        ("fix", "legal_status", ["modified"],
         "7-OH is not a controlled substance under federal law.",
         "under federal law.", "under federal law, but the FDA has recommended placing it in Schedule I.",
         ["recommended placing it in Schedule I"]),
        ("sub", "Last updated: November 4, 2026", "Last updated: November 10, 2026", "date"),
    ], "federal-status answer gains the FDA's Schedule I recommendation; update stamp"),
    ([
        ("move", "For safety reasons we cannot accept returns", "Frequently asked questions", "reorder"),
        ("move", "Can I return an opened product?", "Frequently asked questions", "reorder"),
        ("sub", "Start low and go slow.", "Start low, go slow.", "reword"),
        ("sub", "Last updated: November 10, 2026", "Last updated: November 17, 2026", "date"),
    ], "returns Q&A moved first; 'Start low and go slow' -> 'Start low, go slow'; update stamp"),
    ([
        ("fix", "potency", ["number", "modified"],
         "7-OH binds to the same receptors as opioids and is much stronger than kratom leaf.",
         "much stronger than kratom leaf", "about 13 times stronger than morphine",
         ["much stronger than kratom leaf", "13 times stronger than morphine"]),
    ], "strength comparison: 'much stronger than kratom leaf' -> 'about 13 times stronger than morphine'"),
    ([
        ("sub", "HydroxHouse LLC, 4120 Commerce Park Dr, Suite 210, Austin, TX 78744",
         "HydroxHouse LLC, 980 Industrial Blvd, Unit 5, Round Rock, TX 78664", "furniture"),
        ("sub", "All orders placed before 1 PM Eastern ship the same business day.",
         "Place your order by 1 PM ET and it ships the same business day.", "non_claim_sentence"),
    ], "company address moved; processing-time sentence reworded"),
    ([
        ("sub", "We answer within one business day.", "We reply within 1 business day.", "non_claim_sentence"),
        ("sub", "(less than 2% of the alkaloids)", "(under 2 percent of the alkaloids)", "number_format"),
        ("sub", "You must be at least 21 years old to buy from us.", "You must be 21 or older to buy from us.", "reword"),
        ("sub", "Last updated: November 17, 2026", "Last updated: November 24, 2026", "date"),
    ], "'less than 2%' -> 'under 2 percent', age line reworded, reply-time line, update stamp"),
])


# ============================================================================
# NEWS / TREATMENT-CENTER / HARM-REDUCTION PAGES
# ============================================================================

family("hv-courier-deaths", "news", "article", T_7OH, "2026-10-12", [
    "Medical examiner links 4 deaths to 7-OH products in Harlan Valley",
    "By Renee Okafor, Staff Writer",
    "Published Oct. 14, 2026 | Updated Oct. 15, 2026 at 9:12 a.m.",
    "Share on Facebook | Share on X | Email",
    "HARLAN VALLEY — Four people who died in Harlan Valley County since June had 7-hydroxymitragynine in their systems, according to a report released Monday by the county medical examiner's office.",
    "The compound, known as 7-OH, is sold in tablets, gummies and drink shots at gas stations and smoke shops, often marketed as a stronger alternative to kratom.",
    "In two of the four cases, 7-OH was the only substance detected, Dr. Alan Pruett, the county's chief medical examiner, said in an interview.",
    "\"We are not used to seeing a product sold next to the energy drinks show up on our toxicology reports like this,\" Pruett said.",
    "The other two people also had alcohol or prescription sedatives in their blood.",
    "7-OH acts on the same mu-opioid receptors as morphine, and in mouse studies it was roughly 13 times more potent than morphine.",
    "Harlan Valley Memorial Hospital has treated 19 people for 7-OH overdose or withdrawal since January, a hospital spokesperson said.",
    "ADVERTISEMENT",
    "State lawmakers have not acted on 7-OH, though a bill that would add it to the state's list of Schedule I substances is expected to be filed when the legislature convenes in January.",
    "Retailers contacted by the Courier said sales have been steady.",
    "\"People come in for it every day,\" said the manager of a store on Route 9, who asked not to be named.",
    "Health officials said naloxone can reverse an overdose from opioid-like substances. The county health department hands out free naloxone kits at its office on Main Street.",
    "If you or someone you know is struggling with substance use, call or text 988 or the SAMHSA helpline at 1-800-662-4357.",
    "Related: County commissioners weigh limits on smoke shop hours",
    "Related: What is kratom? A guide for parents",
    "Renee Okafor covers health for the Courier. Reach her at rokafor@hvcourier.example.",
    "47 comments",
], [
    ([
        ("sub", "Updated Oct. 15, 2026 at 9:12 a.m.", "Updated Oct. 15, 2026 at 4:40 p.m.", "date"),
        ("sub", "47 comments", "112 comments", "furniture"),
        ("sub", "Related: County commissioners weigh limits on smoke shop hours",
         "Related: Harlan Valley schools add naloxone to nurse's offices", "furniture"),
    ], "update timestamp, comment count, related link"),
    ([
        ("fix", "safety", ["number"], "Medical examiner links 4 deaths to 7-OH products in Harlan Valley",
         "4 deaths", "5 deaths", ["links 4 deaths", "links 5 deaths"]),
        ("fix", "safety", ["number"],
         "HARLAN VALLEY — Four people who died in Harlan Valley County since June had 7-hydroxymitragynine in their systems, according to a report released Monday by the county medical examiner's office.",
         "Four people", "Five people", ["Four people who died", "Five people who died"]),
        ("fix", "safety", ["number"],
         "In two of the four cases, 7-OH was the only substance detected, Dr. Alan Pruett, the county's chief medical examiner, said in an interview.",
         "two of the four cases", "two of the five cases", ["two of the four cases", "two of the five cases"]),
        ("fix", "safety", ["number"], "The other two people also had alcohol or prescription sedatives in their blood.",
         "other two people", "other three people", ["other two people", "other three people"]),
        ("sub", "Updated Oct. 15, 2026 at 4:40 p.m.", "Updated Oct. 16, 2026 at 11:05 a.m.", "date"),
        ("sub", "112 comments", "140 comments", "furniture"),
    ], "story updated: deaths linked to 7-OH 4 -> 5 (headline, lede, and the two follow-up sentences); timestamp, comments"),
    ([
        ("sub", "said the manager of a store on Route 9, who asked not to be named.",
         "said a manager at a Route 9 convenience store who asked not to be named.", "non_claim_sentence"),
        ("del", "ADVERTISEMENT", "furniture"),
        ("sub", "140 comments", "151 comments", "furniture"),
    ], "store-manager attribution reworded; ad slot gone; comments"),
    ([
        ("split", "The county health department hands out free naloxone kits"),
        ("sub", "and in mouse studies it was roughly 13 times more potent than morphine.",
         "and mouse studies found it roughly 13 times more potent than morphine.", "reword"),
    ], "naloxone paragraph split in two; potency sentence reworded (same figure)"),
    ([
        ("fix", "legal_status", ["status"],
         "State lawmakers have not acted on 7-OH, though a bill that would add it to the state's list of Schedule I substances is expected to be filed when the legislature convenes in January.",
         "State lawmakers have not acted on 7-OH, though a bill that would add it to the state's list of Schedule I substances is expected to be filed when",
         "The state health secretary on Thursday signed an emergency order placing 7-OH in Schedule I, effective Nov. 1, ahead of a bill expected when",
         ["State lawmakers have not acted on 7-OH", "emergency order placing 7-OH in Schedule I"]),
        ("sub", "Updated Oct. 16, 2026 at 11:05 a.m.", "Updated Oct. 23, 2026 at 8:30 a.m.", "date"),
    ], "state status: 'lawmakers have not acted' -> emergency order placing 7-OH in Schedule I; timestamp"),
])

family("midstate-radio-poison-calls", "news", "article", T_7OH, "2026-10-26", [
    "Calls to poison center about 7-OH products have tripled this year",
    "Midstate Public Radio | By Tom Reyes",
    "November 2, 2026",
    "Listen · 4:12",
    "The Midstate Poison Center received 212 calls about 7-hydroxymitragynine, or 7-OH, in the first nine months of 2026, up from 68 calls in all of 2025, according to data the center shared with Midstate Public Radio.",
    "Most of the calls came from hospitals and emergency departments treating patients who had taken concentrated 7-OH tablets or shots, said Dr. Priya Natarajan, the center's medical director.",
    "\"The symptoms look a lot like an opioid overdose: pinpoint pupils, extreme drowsiness, slowed breathing,\" Natarajan said.",
    "About one in five of the patients were admitted to a hospital, and 9 needed a breathing tube.",
    "Children under 6 accounted for 14 of the calls, most after finding gummies at home.",
    "Kratom, the plant 7-OH comes from, has been sold in the U.S. for decades. Natural kratom leaf contains only small amounts of 7-OH, but manufacturers now concentrate it in products that are many times stronger.",
    "Calls about plain kratom powder held steady at about 90 a year.",
    "The poison center can be reached 24 hours a day at 1-800-222-1222.",
    "Natarajan said the center is also seeing more people calling about withdrawal, which can start within 12 to 24 hours of the last dose and include sweating, anxiety, diarrhea and muscle aches.",
    "Sponsored",
    "Support local journalism. Donate to Midstate Public Radio today.",
    "The FDA recommended in July 2025 that 7-OH be placed in Schedule I of the Controlled Substances Act. The DEA has not yet acted on that recommendation.",
    "Tom Reyes is a health reporter for Midstate Public Radio.",
    "Copyright 2026 Midstate Public Radio",
], [
    ([
        ("sub", "Listen · 4:12", "Listen · 4:15", "furniture"),
        ("sub", "Calls to poison center about 7-OH products have tripled this year",
         "Poison center calls about 7-OH products have tripled this year", "reword"),
        ("del", "Sponsored", "furniture"),
        ("sub", "Support local journalism. Donate to Midstate Public Radio today.",
         "Become a sustaining member of Midstate Public Radio.", "furniture"),
    ], "headline reworded (same claim), audio length, sponsor and donation lines"),
    ([
        ("fix", "safety", ["number"],
         "About one in five of the patients were admitted to a hospital, and 9 needed a breathing tube.",
         "and 9 needed", "and 11 needed", ["9 needed a breathing tube", "11 needed a breathing tube"]),
    ], "patients needing a breathing tube 9 -> 11 (only edit)"),
    ([
        ("sub", "About one in five of the patients", "About 1 in 5 of the patients", "number_format"),
        ("sub", "within 12 to 24 hours of the last dose", "within 12–24 hours of the last dose", "number_format"),
        ("sub", "at 1-800-222-1222", "at (800) 222-1222", "furniture"),
    ], "'one in five' -> '1 in 5', '12 to 24' -> '12–24', hotline number reformatted"),
    ([
        ("fix", "statistics", ["number"],
         "The Midstate Poison Center received 212 calls about 7-hydroxymitragynine, or 7-OH, in the first nine months of 2026, up from 68 calls in all of 2025, according to data the center shared with Midstate Public Radio.",
         "212 calls about 7-hydroxymitragynine, or 7-OH, in the first nine months",
         "247 calls about 7-hydroxymitragynine, or 7-OH, in the first ten months",
         ["received 212 calls", "received 247 calls"]),
        ("sub", "November 2, 2026", "November 9, 2026", "date"),
        ("sub", "Calls about plain kratom powder held steady at about 90 a year.",
         "Calls about plain kratom powder have held steady, at about 90 a year.", "reword"),
    ], "poison-center calls 212 in nine months -> 247 in ten months; dateline; kratom-powder sentence reworded"),
    ([
        ("sub", "Copyright 2026 Midstate Public Radio", "© 2026 Midstate Public Radio. All rights reserved.", "furniture"),
        ("sub", "Tom Reyes is a health reporter for Midstate Public Radio.",
         "Tom Reyes covers health and science for Midstate Public Radio.", "non_claim_sentence"),
        ("sub", "The DEA has not yet acted on that recommendation.",
         "The DEA hasn't yet acted on that recommendation.", "reword"),
    ], "'has not' -> 'hasn't' (negation kept), reporter bio, copyright line"),
    ([
        ("fix", "statistics", ["quantifier"],
         "Most of the calls came from hospitals and emergency departments treating patients who had taken concentrated 7-OH tablets or shots, said Dr. Priya Natarajan, the center's medical director.",
         "Most of the calls", "Nearly all of the calls", ["Most of the calls came from", "Nearly all of the calls came from"]),
        ("sub", "Listen · 4:15", "Listen · 4:21", "furniture"),
    ], "share of calls from hospitals: 'most' -> 'nearly all'; audio length"),
])

family("ridgeview-7oh-withdrawal", "news", "article", T_7OH, "2026-10-05", [
    "7-OH Withdrawal: Symptoms, Timeline and Detox",
    "Medically reviewed by Dr. Karen Liu, MD, FASAM | Last updated September 30, 2026",
    "Call now (888) 555-0144 – Admissions available 24/7",
    "7-hydroxymitragynine (7-OH) is a potent opioid-like compound made from kratom. It is sold as tablets, gummies and shots under names like \"7-OHMZ\" and \"Pseudo.\"",
    "Because 7-OH acts on the brain's mu-opioid receptors, daily use can lead to physical dependence in as little as two to three weeks.",
    "What does 7-OH withdrawal feel like?",
    "Withdrawal symptoms are similar to opioid withdrawal and can include:",
    "- Restlessness and insomnia",
    "- Muscle and bone aches",
    "- Sweating and chills",
    "- Nausea, vomiting and diarrhea",
    "- Anxiety and irritability",
    "- Strong cravings",
    "7-OH withdrawal timeline",
    "| Time since last dose | What to expect |",
    "| 6–12 hours | Anxiety, yawning, runny nose, cravings |",
    "| 1–3 days | Symptoms peak: aches, sweating, stomach upset |",
    "| 4–7 days | Physical symptoms begin to ease |",
    "| 1–4 weeks | Low mood, poor sleep and cravings may linger |",
    "Is 7-OH withdrawal dangerous?",
    "7-OH withdrawal is rarely life-threatening, but dehydration from vomiting and diarrhea can become serious, and the risk of relapse and overdose is high.",
    "How we treat 7-OH dependence",
    "At Ridgeview Recovery, patients detox under 24-hour medical supervision. Buprenorphine, the same medicine used for opioid use disorder, can ease symptoms and cravings.",
    "In 2025, Ridgeview treated 112 patients whose primary substance was 7-OH or kratom, up from 31 in 2023.",
    "Most insurance accepted. Verify your insurance in 2 minutes.",
    "Sources",
    "- U.S. Food and Drug Administration. FDA takes steps to restrict 7-OH opioid products. July 2025.",
    "- Smith KE, et al. Kratom use and withdrawal. Drug Alcohol Depend. 2023.",
    "Take the first step today. Call (888) 555-0144.",
], [
    ([
        ("sub", "Last updated September 30, 2026", "Last updated October 21, 2026", "date"),
        ("move", "- Strong cravings", "Withdrawal symptoms are similar", "reorder"),
        ("sub", "Call now (888) 555-0144", "Call now (888) 555-0172", "furniture"),
        ("sub", "Call (888) 555-0144.", "Call (888) 555-0172.", "furniture"),
    ], "review date, symptom list reordered, admissions phone number"),
    ([
        ("fix", "safety", ["number"],
         "Because 7-OH acts on the brain's mu-opioid receptors, daily use can lead to physical dependence in as little as two to three weeks.",
         "daily use can lead to physical dependence in as little as two to three weeks.",
         "physical dependence can develop after as little as one to two weeks of daily use.",
         ["as little as two to three weeks", "one to two weeks of daily use"], "reword"),
    ], "onset of dependence 'two to three weeks' -> 'one to two weeks', in a reworded sentence"),
    ([
        ("sub", "is a potent opioid-like compound made from kratom.",
         "is a potent, opioid-like compound derived from kratom.", "reword"),
        ("sub", "Most insurance accepted. Verify your insurance in 2 minutes.",
         "We accept most major insurance plans. Verify your coverage in 2 minutes.", "furniture"),
    ], "'made from' -> 'derived from'; insurance call-to-action reworded"),
    ([
        ("sub", "| 6–12 hours |", "| 6-12 hours |", "punctuation"),
        ("sub", "| 1–3 days |", "| 1-3 days |", "punctuation"),
        ("sub", "| 4–7 days |", "| 4-7 days |", "punctuation"),
        ("sub", "| 1–4 weeks |", "| 1-4 weeks |", "punctuation"),
        ("ins", "- Substance Abuse and Mental Health Services Administration. TIP 63: Medications for Opioid Use Disorder. 2021.",
         "- Smith KE, et al.", "non_claim_sentence"),
    ], "en dashes -> hyphens in the timeline table; a reference added to Sources"),
    ([
        ("fix", "statistics", ["number"],
         "In 2025, Ridgeview treated 112 patients whose primary substance was 7-OH or kratom, up from 31 in 2023.",
         "112 patients", "118 patients", ["treated 112 patients", "treated 118 patients"]),
        ("sub", "Last updated October 21, 2026", "Last updated November 4, 2026", "date"),
    ], "patients treated in 2025 112 -> 118; review date"),
])

family("hrcm-7oh-safer-use", "news", "article", T_7OH, "2026-09-14", [
    "7-OH (7-hydroxymitragynine): Safer Use Guide",
    "Harm Reduction Collective of the Midwest",
    "This page is for people who use 7-OH and the people who care about them. We don't judge. We just want you to stay alive.",
    "What is it?",
    "7-OH is an alkaloid found in tiny amounts in kratom leaf. The products sold in shops (tablets, gummies, shots, \"kratom extract\") are concentrated or chemically converted from mitragynine and are much stronger than leaf.",
    "How strong is it?",
    "In animal studies 7-OH was about 13 times stronger than morphine. Strength varies a lot between brands and even between batches, and the label is not always right.",
    "Safer use tips",
    "- Start with a quarter or half of a tablet, especially with a new brand.",
    "- Wait at least an hour before taking more.",
    "- Don't mix with alcohol, benzos, pills or other opioids. Mixing is how most overdoses happen.",
    "- Don't use alone. If you have to, call the Never Use Alone line at 800-484-3731.",
    "- Carry naloxone (Narcan). It works on 7-OH overdoses.",
    "Signs of an overdose",
    "- Can't be woken up or won't respond",
    "- Slow, shallow or stopped breathing",
    "- Blue or gray lips and fingertips",
    "- Tiny, pinpoint pupils",
    "Call 911, give naloxone, and put the person in the recovery position. You may need more than one dose of naloxone.",
    "Dependence",
    "Using every day for a few weeks can make your body depend on it. Cutting down slowly is easier than stopping all at once.",
    "Free naloxone and fentanyl test strips",
    "Pick up free supplies at our drop-in center, 1450 W. Lake St., Tuesday to Saturday, 11 a.m.–6 p.m., or order by mail.",
    "Page last reviewed: August 2026",
    "Donate | Volunteer | Newsletter",
], [
    ([
        ("sub", "- Don't mix with alcohol", "- Do not mix with alcohol", "reword"),
        ("sub", "Page last reviewed: August 2026", "Page last reviewed: September 2026", "date"),
        ("sub", "Tuesday to Saturday, 11 a.m.–6 p.m.", "Tuesday to Saturday, noon–7 p.m.", "furniture"),
    ], "contraction expanded (negation kept), review month, drop-in hours"),
    ([
        ("fix", "dosage", ["number"], "Wait at least an hour before taking more.",
         "an hour", "two hours", ["Wait at least an hour", "Wait at least two hours"]),
    ], "wait before re-dosing: at least an hour -> at least two hours (list item)"),
    ([
        ("fix", "potency", ["modified"], "In animal studies 7-OH was about 13 times stronger than morphine.",
         "than morphine.", "than morphine and more than 40 times stronger than mitragynine, the main alkaloid in kratom leaf.",
         ["40 times stronger than mitragynine"]),
    ], "potency sentence gains a second comparison (40x mitragynine)"),
    ([
        ("split", "The products sold in shops"),
        ("move", "- Slow, shallow or stopped breathing", "Signs of an overdose", "reorder"),
    ], "'What is it?' paragraph split; overdose signs reordered"),
    ([
        ("add", "safety", "Withdrawal can feel like a bad flu and usually peaks on day 2 or 3.",
         "Using every day for a few weeks can make your body depend on it.", "inline",
         ["usually peaks on day 2 or 3"]),
        ("sub", "Page last reviewed: September 2026", "Page last reviewed: October 2026", "date"),
    ], "withdrawal sentence added to the Dependence paragraph; review month"),
    ([
        ("fix", "safety", ["quantifier"], "Mixing is how most overdoses happen.",
         "most overdoses", "many overdoses", ["how most overdoses happen", "how many overdoses happen"]),
        ("sub", "Donate | Volunteer | Newsletter", "Donate | Volunteer | Newsletter | Events", "furniture"),
    ], "'how most overdoses happen' -> 'how many overdoses happen'; footer links"),
])

family("stbrennan-7oh-ed-visits", "news", "article", T_7OH, "2026-10-05", [
    "News Release",
    "St. Brennan Health System sees rise in 7-OH-related emergency visits",
    "FOR IMMEDIATE RELEASE | October 6, 2026",
    "Media contact: Lauren Diaz, 555-0188, ldiaz@stbrennan.example",
    "COLTON — Emergency physicians at St. Brennan Health System's three hospitals treated 64 patients for problems related to 7-OH products between January and August 2026, compared with 11 during the same months of 2025.",
    "Of those 64 patients, 41 came in with signs of overdose, such as extreme sleepiness or slowed breathing, and 23 were seeking help with withdrawal.",
    "Six patients were admitted to intensive care. No deaths were recorded among these patients.",
    "\"Many of our patients believed these products were a safe, natural alternative to opioids because they are sold legally in stores,\" said Dr. Marcus Webb, chief of emergency medicine.",
    "7-hydroxymitragynine, or 7-OH, is an opioid-like compound made from kratom. The U.S. Food and Drug Administration has warned that 7-OH products can be addictive and has sent warning letters to companies selling them.",
    "St. Brennan is now screening emergency patients for 7-OH use when they show signs of opioid toxicity and a standard drug screen is negative.",
    "The health system is also offering a free \"Ask a Pharmacist\" phone line for families at 555-0199, weekdays from 8 a.m. to 6 p.m.",
    "Tips for families",
    "- Store all 7-OH products out of reach of children.",
    "- Do not assume a product sold at a gas station is safe.",
    "- Call 911 if someone cannot be woken or is breathing slowly.",
    "About St. Brennan Health System",
    "St. Brennan Health System is a nonprofit health system with three hospitals and 28 outpatient clinics serving the Colton region. Learn more at stbrennan.example.",
    "###",
], [
    ([
        ("sub", "Media contact: Lauren Diaz, 555-0188, ldiaz@stbrennan.example",
         "Media contact: Marcus Hill, 555-0192, mhill@stbrennan.example", "furniture"),
        ("sub", "three hospitals and 28 outpatient clinics", "three hospitals and 31 outpatient clinics", "non_claim_sentence"),
    ], "media contact; boilerplate clinic count 28 -> 31 (not about the compound)"),
    ([
        ("fix", "safety", ["negation"], "No deaths were recorded among these patients.",
         "No deaths were recorded among these patients.", "Two of these patients died.",
         ["No deaths were recorded", "Two of these patients died"]),
    ], "'No deaths were recorded' -> 'Two of these patients died'"),
    ([
        ("sub", "COLTON — Emergency physicians at St. Brennan Health System's three hospitals treated 64 patients for problems related to 7-OH products between January and August 2026, compared with 11 during the same months of 2025.",
         "COLTON — Between January and August 2026, emergency physicians at St. Brennan Health System's three hospitals treated 64 patients for problems related to 7-OH products, compared with 11 during the same months of 2025.", "reword"),
        ("move", "- Call 911 if someone", "Tips for families", "reorder"),
    ], "lede clause order changed (same figures); tips reordered"),
    ([
        ("fix", "statistics", ["number"],
         "COLTON — Between January and August 2026, emergency physicians at St. Brennan Health System's three hospitals treated 64 patients for problems related to 7-OH products, compared with 11 during the same months of 2025.",
         "compared with 11", "compared with 14", ["compared with 11", "compared with 14"]),
        ("sub", "said Dr. Marcus Webb, chief of emergency medicine.",
         "said Dr. Marcus Webb, St. Brennan's chief of emergency medicine.", "non_claim_sentence"),
    ], "comparison figure for 2025 corrected 11 -> 14 inside the long lede sentence; quote attribution"),
])


# ============================================================================
# REGULATOR / GOVERNMENT PAGES
# ============================================================================

family("doh-7oh-emergency-rule", "regulator", "notice", T_7OH, "2026-10-19", [
    "Department of Health",
    "Home › Public Health › Drug Control › 7-OH Emergency Rule",
    "Emergency Rule 64ER26-3: 7-Hydroxymitragynine (7-OH)",
    "Updated: October 20, 2026",
    "On October 1, 2026, the Secretary of Health filed an emergency rule adding 7-hydroxymitragynine (7-OH) to Schedule I of the state's controlled substances list.",
    "The rule takes effect on November 1, 2026 and will remain in effect for 90 days while a permanent rule is considered.",
    "What the rule means",
    "- It is illegal to sell, manufacture, deliver or possess with intent to sell any product containing 7-OH.",
    "- Possession of any amount of 7-OH is a first-degree misdemeanor.",
    "- The rule does not apply to natural kratom leaf or powder in which 7-OH makes up no more than 2% of total alkaloids.",
    "- Retailers must remove 7-OH products from their shelves by the effective date.",
    "Penalties for retailers",
    "| Violation | Penalty |",
    "| First violation | Fine of up to $1,000 |",
    "| Second violation | Fine of up to $5,000 and suspension of license for 30 days |",
    "| Third or subsequent violation | Revocation of retail license |",
    "Why is the Department taking this action?",
    "The Department has received reports of 7-OH-related overdoses and at least 3 deaths in the state since January 2026. The U.S. Food and Drug Administration recommended in July 2025 that 7-OH be federally scheduled.",
    "Public comment",
    "Written comments on the permanent rule may be submitted until December 15, 2026 to rulescomments@health.state.example.",
    "A public hearing will be held on December 3, 2026 at 10:00 a.m. in Room 214 of the Capitol Annex.",
    "Resources for retailers",
    "- Frequently asked questions for retailers (PDF)",
    "- Emergency rule text (PDF)",
    "- How to dispose of 7-OH products",
    "Questions? Call the Drug Control Unit at 850-555-0110.",
    "Page last modified 10/20/2026",
], [
    ([
        ("sub", "Updated: October 20, 2026", "Updated: October 27, 2026", "date"),
        ("sub", "Page last modified 10/20/2026", "Page last modified 10/27/2026", "date"),
        ("ins", "- Emergency rule fact sheet in Spanish (PDF)", "- Emergency rule text (PDF)", "furniture"),
    ], "update stamps; a Spanish fact-sheet link added"),
    ([
        ("fix", "legal_status", ["status"], "Possession of any amount of 7-OH is a first-degree misdemeanor.",
         "a first-degree misdemeanor", "a third-degree felony", ["first-degree misdemeanor", "third-degree felony"]),
    ], "possession penalty: first-degree misdemeanor -> third-degree felony (list item)"),
    ([
        ("fix", "legal_status", ["number"],
         "The rule takes effect on November 1, 2026 and will remain in effect for 90 days while a permanent rule is considered.",
         "November 1, 2026", "November 15, 2026",
         ["takes effect on November 1, 2026", "takes effect on November 15, 2026"]),
        ("sub", "Updated: October 27, 2026", "Updated: November 3, 2026", "date"),
        ("sub", "Page last modified 10/27/2026", "Page last modified 11/03/2026", "date"),
    ], "effective date November 1 -> November 15, 2026; update stamps"),
    ([
        ("move", "- Retailers must remove 7-OH products", "What the rule means", "reorder"),
        ("sub", "Fine of up to $1,000 |", "Fine of up to $1000 |", "number_format"),
        ("sub", "in Room 214 of the Capitol Annex", "in Room 118 of the Capitol Annex", "non_claim_sentence"),
    ], "list item moved, '$1,000' -> '$1000', hearing room changed"),
    ([
        ("fix", "safety", ["number"],
         "The Department has received reports of 7-OH-related overdoses and at least 3 deaths in the state since January 2026.",
         "at least 3 deaths", "at least 5 deaths", ["at least 3 deaths", "at least 5 deaths"]),
        ("fix", "legal_status", ["number"],
         "| Second violation | Fine of up to $5,000 and suspension of license for 30 days |",
         "$5,000", "$10,000", ["Fine of up to $5,000", "Fine of up to $10,000"]),
        ("sub", "Updated: November 3, 2026", "Updated: November 10, 2026", "date"),
    ], "deaths in the state 3 -> 5; second-violation fine $5,000 -> $10,000; update stamp"),
    ([
        ("sub", "to rulescomments@health.state.example", "to drugcontrol.rules@health.state.example", "furniture"),
        ("sub", "850-555-0110", "850-555-0133", "furniture"),
        ("sub", "Why is the Department taking this action?", "Why is the Department doing this?", "reword"),
    ], "comment e-mail and phone number, heading reworded"),
])

family("fda-7oh-kratom-consumer", "regulator", "notice", T_7OH, "2026-10-12", [
    "U.S. Food and Drug Administration",
    "7-OH and Kratom: What You Need to Know",
    "Content current as of: 10/09/2026",
    "Regulated Product(s): Drugs, Dietary Supplements, Food & Beverages",
    "FDA is warning consumers not to use products containing concentrated 7-hydroxymitragynine (7-OH), a substance found in small amounts in the kratom plant.",
    "7-OH binds to opioid receptors in the brain and can be more potent than morphine. 7-OH products can cause serious harm, including addiction, overdose and death.",
    "In July 2025, FDA recommended that the Drug Enforcement Administration (DEA) place certain 7-OH products in Schedule I of the Controlled Substances Act.",
    "Since then, FDA has issued warning letters to 14 companies illegally marketing 7-OH products as dietary supplements or food.",
    "7-OH is not lawful in dietary supplements or as an ingredient in food, and FDA has not approved any drug containing 7-OH.",
    "What consumers should know",
    "- Do not buy products labeled as containing 7-OH, \"7-hydroxy\" or \"7OH.\"",
    "- Products sold as \"kratom extract\" or \"enhanced kratom\" may contain concentrated 7-OH even when it is not on the label.",
    "- If you take 7-OH products and want to stop, talk to a health care provider. Stopping suddenly can cause withdrawal.",
    "- Call 911 right away if someone is not breathing or cannot be woken.",
    "What FDA is doing",
    "FDA continues to monitor adverse event reports. From January 2024 through June 2026, FDA received 378 adverse event reports involving 7-OH products, including 42 reports of death.",
    "FDA is working with states and with U.S. Customs and Border Protection to stop shipments of 7-OH products at the border.",
    "Report a problem",
    "Health care professionals and consumers can report adverse events to FDA's MedWatch program online or by calling 1-800-FDA-1088.",
    "Related Information",
    "- FDA Warning Letters: 7-OH",
    "- Kratom (Mitragyna speciosa) Q&A",
    "Back to Top",
], [
    ([
        ("fix", "legal_status", ["number"],
         "Since then, FDA has issued warning letters to 14 companies illegally marketing 7-OH products as dietary supplements or food.",
         "14 companies", "19 companies", ["warning letters to 14 companies", "warning letters to 19 companies"]),
        ("sub", "Content current as of: 10/09/2026", "Content current as of: 10/16/2026", "date"),
    ], "warning letters to 14 -> 19 companies; content date"),
    ([
        ("sub", "Content current as of: 10/16/2026", "Content current as of: 10/23/2026", "date"),
        ("sub", "not to use products containing concentrated", "not to use products that contain concentrated", "reword"),
    ], "content date; 'containing' -> 'that contain'"),
    ([
        ("fix", "statistics", ["number"],
         "From January 2024 through June 2026, FDA received 378 adverse event reports involving 7-OH products, including 42 reports of death.",
         "through June 2026, FDA received 378", "through September 2026, FDA received 455",
         ["received 378 adverse event reports", "received 455 adverse event reports"]),
        ("sub", "Content current as of: 10/23/2026", "Content current as of: 10/30/2026", "date"),
        ("move", "- Kratom (Mitragyna speciosa) Q&A", "Related Information", "reorder"),
    ], "adverse event reports 378 (to June) -> 455 (to September); death reports unchanged at 42; content date"),
    ([
        ("move", "- Call 911 right away", "What consumers should know", "reorder"),
        ("del", "Back to Top", "furniture"),
        ("sub", "Content current as of: 10/30/2026", "Content current as of: 11/06/2026", "date"),
    ], "consumer advice reordered, 'Back to Top' gone, content date"),
    ([
        ("add", "legal_status",
         "On September 30, 2026, DEA published a notice of intent to temporarily place 7-OH in Schedule I.",
         "In July 2025, FDA recommended that the Drug Enforcement Administration", "line",
         ["notice of intent to temporarily place 7-OH in Schedule I"]),
        ("sub", "Content current as of: 11/06/2026", "Content current as of: 11/13/2026", "date"),
    ], "new paragraph: DEA notice of intent to temporarily schedule 7-OH; content date"),
    ([
        ("sub", "by calling 1-800-FDA-1088", "by calling 1-800-332-1088", "number_format"),
        ("sub", "Regulated Product(s): Drugs, Dietary Supplements, Food & Beverages",
         "Regulated Product(s): Drugs, Dietary Supplements, Food & Beverages, Cosmetics", "furniture"),
        ("sub", "Content current as of: 11/13/2026", "Content current as of: 11/20/2026", "date"),
    ], "MedWatch number spelled in digits (1-800-FDA-1088 = 1-800-332-1088), metadata line, content date"),
])

family("ag-xylazine", "regulator", "notice", T_XYL, "2026-11-02", [
    "Office of the Attorney General",
    "Xylazine (\"Tranq\"): Scheduling and Enforcement",
    "Last reviewed November 2, 2026",
    "Xylazine is a veterinary sedative approved by the FDA for use in animals such as horses and cattle. It is not approved for human use.",
    "Xylazine is increasingly found mixed with fentanyl in the illicit drug supply, where it is known as \"tranq\" or \"tranq dope.\"",
    "State law",
    "Effective July 1, 2024, xylazine is a Schedule III controlled substance in this state, except when it is used for legitimate veterinary purposes.",
    "Possession of xylazine without a valid veterinary prescription is a Class A misdemeanor. Distribution of xylazine for human consumption is a Class C felony.",
    "Veterinarians, pharmacies and distributors that handle xylazine must keep records and store it securely, and must report any theft or loss within 7 days.",
    "Health risks",
    "- Xylazine is not an opioid, so naloxone does not reverse its effects. Naloxone should still be given in a suspected overdose because fentanyl is usually also present.",
    "- People who inject drugs mixed with xylazine can develop severe wounds that may lead to amputation.",
    "- Xylazine can cause deep sedation, slowed breathing and dangerously low blood pressure.",
    "In 2025, xylazine was detected in 31% of fentanyl-involved overdose deaths in the state, up from 19% in 2023.",
    "Federal status",
    "Xylazine is not currently controlled under the federal Controlled Substances Act. In 2023, the White House designated fentanyl combined with xylazine as an emerging threat to the United States.",
    "Test strips",
    "Xylazine test strips are legal to possess and distribute in this state under the 2024 drug paraphernalia law amendment.",
    "Report illegal sales to our Consumer Protection Division at 1-866-555-0177 or online.",
    "Get help: call or text 988, or visit findtreatment.gov.",
], [
    ([
        ("sub", "Last reviewed November 2, 2026", "Last reviewed November 9, 2026", "date"),
        ("sub", "Xylazine is increasingly found mixed with fentanyl in the illicit drug supply, where",
         "In the illicit drug supply, xylazine is increasingly found mixed with fentanyl, where", "reword"),
        ("sub", "1-866-555-0177", "1-866-555-0190", "furniture"),
    ], "review date, clause order reworded, phone number"),
    ([
        ("fix", "legal_status", ["status", "negation"],
         "Xylazine is not currently controlled under the federal Controlled Substances Act.",
         "Xylazine is not currently controlled under",
         "Since October 2026, xylazine has been a Schedule III controlled substance under",
         ["not currently controlled under the federal", "Schedule III controlled substance under the federal"]),
    ], "federal status: not controlled -> Schedule III since October 2026"),
    ([
        ("sub", "detected in 31% of fentanyl-involved", "detected in 31 percent of fentanyl-involved", "number_format"),
        ("sub", "up from 19% in 2023", "up from 19 percent in 2023", "number_format"),
        ("move", "- Xylazine can cause deep sedation", "Health risks", "reorder"),
    ], "'31%' -> '31 percent', '19%' -> '19 percent'; health-risk list reordered"),
    ([
        ("fix", "legal_status", ["number"],
         "Veterinarians, pharmacies and distributors that handle xylazine must keep records and store it securely, and must report any theft or loss within 7 days.",
         "within 7 days", "within 1 business day", ["within 7 days", "within 1 business day"]),
    ], "theft/loss reporting deadline 7 days -> 1 business day"),
    ([
        ("sub", "Last reviewed November 9, 2026", "Last reviewed November 30, 2026", "date"),
        ("sub", "Get help: call or text 988, or visit findtreatment.gov.",
         "Need help? Call or text 988 or visit findtreatment.gov.", "furniture"),
        ("sub", "approved by the FDA for use in animals such as horses and cattle",
         "approved by the FDA for use in animals, such as horses and cattle", "punctuation"),
    ], "review date, help line reworded, comma added"),
])

family("han-nitazenes", "regulator", "notice", T_NITAZ, "2026-10-19", [
    "Health Alert Network",
    "HEALTH ADVISORY: Nitazene Opioids Detected in Counterfeit Pills",
    "Distributed via the Health Alert Network | October 24, 2026, 3:15 PM ET | HAN-2026-0412",
    "Summary",
    "The Department of Public Health is alerting clinicians and the public to the detection of nitazene opioids in counterfeit oxycodone (M30) pills and powders sold as heroin or fentanyl in the state.",
    "Nitazenes are a class of synthetic opioids first developed in the 1950s but never approved for medical use. Some nitazenes, such as etonitazene and isotonitazene, are more potent than fentanyl.",
    "Between August 1 and October 15, 2026, the state toxicology laboratory confirmed metonitazene or protonitazene in 17 overdose deaths in 6 counties.",
    "Recommendations for clinicians",
    "- Nitazene overdoses respond to naloxone, but patients may need repeated or higher doses.",
    "- Standard urine drug screens do not detect nitazenes. Send samples for confirmatory testing when an overdose does not match the history.",
    "- Observe patients for at least 4 hours after the last naloxone dose, because nitazene effects can outlast naloxone.",
    "- Report suspected nitazene overdoses to the Division of Epidemiology within 24 hours.",
    "Recommendations for the public",
    "- Pills bought outside a pharmacy may contain nitazenes or fentanyl, even if they look real.",
    "- Carry naloxone and never use alone.",
    "Legal status",
    "Isotonitazene, metonitazene, protonitazene and several other nitazenes are Schedule I controlled substances under federal law.",
    "For more information",
    "Division of Epidemiology: 617-555-0140 (24/7)",
    "Categories of Health Alert Network messages: Health Alert, Health Advisory, Health Update, Info Service Message.",
    "##This message was distributed to local health departments, hospitals, emergency departments and EMS agencies.##",
], [
    ([
        ("fix", "safety", ["number"],
         "Between August 1 and October 15, 2026, the state toxicology laboratory confirmed metonitazene or protonitazene in 17 overdose deaths in 6 counties.",
         "October 15, 2026, the state toxicology laboratory confirmed metonitazene or protonitazene in 17 overdose deaths in 6 counties",
         "October 29, 2026, the state toxicology laboratory confirmed metonitazene or protonitazene in 23 overdose deaths in 8 counties",
         ["17 overdose deaths", "23 overdose deaths"]),
        ("sub", "October 24, 2026, 3:15 PM ET | HAN-2026-0412", "November 2, 2026, 11:00 AM ET | HAN-2026-0431",
         ("date", "furniture")),
        ("sub", "HEALTH ADVISORY: Nitazene", "HEALTH UPDATE: Nitazene", "furniture"),
    ], "HAN update: confirmed nitazene deaths 17 in 6 counties -> 23 in 8 counties; message header"),
    ([
        ("sub", "Standard urine drug screens do not detect nitazenes.",
         "Nitazenes aren't detected by standard urine drug screens.", "reword"),
        ("sub", "November 2, 2026, 11:00 AM ET | HAN-2026-0431", "November 3, 2026, 9:40 AM ET | HAN-2026-0431",
         "date"),
    ], "passive reword with contraction (negation kept); timestamp"),
    ([
        ("fix", "potency", ["number"],
         "Some nitazenes, such as etonitazene and isotonitazene, are more potent than fentanyl.",
         "are more potent", "are up to 10 times more potent",
         ["are more potent than fentanyl", "up to 10 times more potent than fentanyl"]),
    ], "potency vs fentanyl gains a figure: 'more potent' -> 'up to 10 times more potent'"),
    ([
        ("move", "- Report suspected nitazene overdoses", "Recommendations for clinicians", "reorder"),
        ("split", "Some nitazenes, such as etonitazene"),
        ("sub", "Division of Epidemiology: 617-555-0140 (24/7)", "Division of Epidemiology (24/7): 617-555-0140", "furniture"),
    ], "clinician list reordered, background paragraph split in two, contact line reformatted"),
])

family("pharmacy-board-tianeptine", "regulator", "notice", T_TIAN, "2026-09-14", [
    "Consumer Alert",
    "State Board of Pharmacy warns against \"gas station heroin\" tianeptine products",
    "Posted: September 12, 2026",
    "The State Board of Pharmacy is warning residents not to buy or use products containing tianeptine, sometimes sold as \"Tianaa,\" \"Zaza\" or \"Pegasus\" in gas stations, vape shops and online.",
    "Tianeptine is an antidepressant approved in some European, Asian and Latin American countries. It is not approved for any medical use in the United States, and it is not a legal dietary supplement.",
    "At high doses tianeptine acts like an opioid. People who use it regularly can become dependent and have severe withdrawal when they stop.",
    "Poison centers in the state received 58 calls involving tianeptine in 2025, compared with 12 in 2020.",
    "Tianeptine has been linked to seizures, loss of consciousness, and deaths, especially when combined with other substances.",
    "Tianeptine is a Schedule II controlled substance in this state under a law that took effect on January 1, 2025.",
    "Selling tianeptine is a felony punishable by up to 5 years in prison and a fine of up to $10,000.",
    "What to do",
    "- If you or someone you know is using tianeptine and wants to stop, talk to a doctor. Do not stop suddenly without medical help.",
    "- If someone is unresponsive or not breathing, call 911. Naloxone may help reverse an overdose.",
    "- Report retailers selling tianeptine to the Board at 1-800-555-0165 or through our online complaint form.",
    "Media inquiries: press@pharmacy.state.example",
    "Share this page",
], [
    ([
        ("sub", "Posted: September 12, 2026", "Posted: September 12, 2026 | Updated: October 3, 2026", "date"),
        ("sub", "sometimes sold as \"Tianaa,\" \"Zaza\" or \"Pegasus\"", "sometimes sold as \"Zaza,\" \"Tianaa\" or \"Pegasus\"", "reorder"),
    ], "update stamp; brand names reordered"),
    ([
        ("fix", "legal_status", ["status"],
         "Tianeptine is a Schedule II controlled substance in this state under a law that took effect on January 1, 2025.",
         "Schedule II", "Schedule I", ["Schedule II controlled substance", "Schedule I controlled substance"]),
    ], "state schedule II -> I"),
    ([
        ("fix", "statistics", ["number"],
         "Poison centers in the state received 58 calls involving tianeptine in 2025, compared with 12 in 2020.",
         "58 calls", "64 calls", ["received 58 calls", "received 64 calls"]),
        ("sub", "Updated: October 3, 2026", "Updated: October 24, 2026", "date"),
    ], "poison-center calls in 2025 58 -> 64; update stamp"),
    ([
        ("sub", "up to 5 years in prison", "up to five years in prison", "number_format"),
        ("sub", "Share this page", "Share this page: Facebook | X | Email", "furniture"),
    ], "'5 years' -> 'five years', share bar"),
])

family("agriculture-hemp-delta8", "regulator", "notice", T_D8, "2026-10-05", [
    "Department of Agriculture – Hemp Program",
    "Hemp-Derived Cannabinoid Products (Delta-8 THC and similar)",
    "Last updated: 10/01/2026",
    "This page explains the rules for selling hemp-derived intoxicating cannabinoid products, such as delta-8 THC, delta-10 THC and THC-O, in the state.",
    "Who can sell",
    "Retailers must hold a Hemp-Derived Cannabinoid Retail License from the Department. The annual license fee is $500 per location.",
    "Age limit",
    "Delta-8 THC and other hemp-derived intoxicating products may only be sold to people 21 years of age or older.",
    "Product requirements",
    "- Each serving may contain no more than 10 mg of total THC, including delta-8 and delta-9.",
    "- Each package may contain no more than 100 mg of total THC.",
    "- Products must be tested by a licensed laboratory and carry a QR code linking to the certificate of analysis.",
    "- Products may not be shaped like animals, fruit or cartoon characters or packaged to appeal to children.",
    "Synthetic delta-8",
    "Delta-8 THC made by chemically converting CBD is allowed when it meets the testing and labeling requirements above.",
    "Enforcement",
    "The Department conducted 412 retail inspections in fiscal year 2026 and issued 37 stop-sale orders.",
    "Selling to anyone under 21 can result in a fine of up to $2,500 per violation and suspension of the retail license.",
    "Contact the Hemp Program at hemp@agriculture.state.example or 555-0173.",
    "Related links",
    "- Apply for a retail license",
    "- Hemp Program FAQ",
], [
    ([
        ("sub", "Last updated: 10/01/2026", "Last updated: 10/08/2026", "date"),
        ("sub", "This page explains the rules for selling", "Here you will find the rules for selling", "reword"),
        ("ins", "- Retailer license lookup", "- Apply for a retail license", "furniture"),
    ], "update date, intro reworded, related link added"),
    ([
        ("fix", "legal_status", ["negation"],
         "Delta-8 THC made by chemically converting CBD is allowed when it meets the testing and labeling requirements above.",
         "is allowed when it meets the testing and labeling requirements above", "is not allowed and may not be sold in the state",
         ["is allowed when it meets", "is not allowed and may not be sold"]),
    ], "synthetic (converted-from-CBD) delta-8: allowed -> not allowed"),
    ([
        ("fix", "legal_status", ["number"],
         "Each serving may contain no more than 10 mg of total THC, including delta-8 and delta-9.",
         "10 mg", "5 mg", ["no more than 10 mg of total THC", "no more than 5 mg of total THC"]),
        ("sub", "Last updated: 10/08/2026", "Last updated: 10/22/2026", "date"),
    ], "legal per-serving THC cap 10 mg -> 5 mg; update date"),
    ([
        ("sub", "The annual license fee is $500 per location.", "The annual license fee is $500.00 per location.", "number_format"),
        ("move", "- Products must be tested by a licensed laboratory", "Product requirements", "reorder"),
    ], "'$500' -> '$500.00'; product-requirement list reordered"),
])


# ============================================================================
# OTHER SUBJECTS (benefit, fee, medication factsheet, grant, tax rebate)
# ============================================================================

family("weap-heating-benefit", "other", "notice", T_WEAP, "2026-10-05", [
    "Winter Energy Assistance Program (WEAP)",
    "Help paying your heating bills this winter",
    "The Winter Energy Assistance Program (WEAP) helps eligible households pay for heat between November 1 and March 31.",
    "Who can apply",
    "You may qualify for WEAP if:",
    "- you live in the state and pay for heating, either directly to a utility or as part of your rent, and",
    "- your household's gross income is at or below 60% of the state median income.",
    "Income limits (2026–2027 season)",
    "| Household size | Maximum gross monthly income |",
    "| 1 | $3,126 |",
    "| 2 | $4,088 |",
    "| 3 | $5,050 |",
    "| 4 | $6,012 |",
    "| Each additional person | add $962 |",
    "How much you can get",
    "WEAP benefits range from $250 to $1,200 per season, depending on your income, household size and fuel type. The benefit is paid directly to your utility or fuel dealer.",
    "Households with a member aged 60 or older, a child under 6, or a person with a disability may receive a higher benefit.",
    "Crisis assistance",
    "If you have a shut-off notice or have less than 7 days of fuel left, you may be able to get emergency help within 48 hours.",
    "How to apply",
    "Apply online, by mail, or in person at your local community action agency. Applications for the 2026–2027 season open October 1, 2026 and close April 30, 2027, or when funds run out.",
    "Documents you'll need",
    "- Proof of income for everyone in the household for the last 30 days",
    "- A recent heating bill or fuel delivery receipt",
    "- Social Security numbers for all household members",
    "Need help? Call the WEAP hotline at 1-877-555-0150, Monday to Friday, 8 a.m. to 5 p.m.",
    "Was this page helpful? Yes / No",
], [
    ([
        ("sub", "The Winter Energy Assistance Program (WEAP) helps eligible households pay for heat between November 1 and March 31.",
         "Between November 1 and March 31, the Winter Energy Assistance Program (WEAP) helps eligible households pay their heating costs.", "reword"),
        ("sub", "Monday to Friday, 8 a.m. to 5 p.m.", "Monday to Friday, 8 a.m. to 6 p.m.", "furniture"),
    ], "intro reworded; hotline hours"),
    ([
        ("fix", "legal_status", ["number"],
         "WEAP benefits range from $250 to $1,200 per season, depending on your income, household size and fuel type.",
         "$1,200", "$1,500", ["$250 to $1,200", "$250 to $1,500"]),
    ], "maximum seasonal benefit $1,200 -> $1,500"),
    ([
        ("sub", "at or below 60% of the state median income", "at or below 60 percent of the state median income", "number_format"),
        ("move", "- Social Security numbers for all household members", "Documents you'll need", "reorder"),
    ], "'60%' -> '60 percent'; documents list reordered"),
    ([
        ("fix", "legal_status", ["number"],
         "Applications for the 2026–2027 season open October 1, 2026 and close April 30, 2027, or when funds run out.",
         "close April 30, 2027", "close March 31, 2027", ["close April 30, 2027", "close March 31, 2027"]),
        ("split", "Applications for the 2026–2027 season open"),
    ], "application deadline April 30 -> March 31, 2027; its paragraph split in two"),
    ([
        ("split", "The benefit is paid directly to your utility"),
        ("sub", "Was this page helpful? Yes / No", "Was this page helpful? 👍 👎", "furniture"),
        ("sub", "emergency help within 48 hours", "emergency help within 2 days", "number_format"),
    ], "benefit paragraph split, feedback widget, '48 hours' -> '2 days'"),
])

family("brookhaven-parking-permits", "other", "notice", T_PARK, "2026-11-09", [
    "City of Brookhaven",
    "Residential Parking Permits",
    "Residential parking permits let residents of permit zones park on their street longer than the posted time limit.",
    "Who is eligible",
    "You are eligible for a residential parking permit if you live at an address inside a permit zone and your vehicle is registered at that address.",
    "Each household may have up to 3 resident permits and 1 visitor permit.",
    "Fees",
    "| Permit type | Annual fee |",
    "| First resident permit | $35 |",
    "| Second resident permit | $50 |",
    "| Third resident permit | $75 |",
    "| Visitor permit | $25 |",
    "| Replacement permit (lost or stolen) | $15 |",
    "Residents aged 65 or older and residents with a disabled parking placard pay half the fee for their first permit.",
    "Permits are valid from January 1 to December 31. Permits for 2027 go on sale November 15, 2026.",
    "How to apply",
    "- Apply online through the Parking Portal, or in person at City Hall, 200 Main Street, Room 105.",
    "- Bring your vehicle registration and a utility bill or lease dated within the last 60 days.",
    "- Pay by credit card, debit card or check. Cash is accepted in person only.",
    "Enforcement",
    "Vehicles without a valid permit parked longer than the posted limit may receive a $45 citation.",
    "Office hours: Monday to Friday, 8:30 a.m. to 4:30 p.m. Phone: 404-555-0138.",
    "Last updated November 4, 2026",
], [
    ([
        ("fix", "legal_status", ["number"], "| Second resident permit | $50 |", "$50", "$60",
         ["| Second resident permit | $50 |", "| Second resident permit | $60 |"]),
        ("sub", "Last updated November 4, 2026", "Last updated November 12, 2026", "date"),
    ], "second resident permit fee $50 -> $60 (table row); update date"),
    ([
        ("sub", "Phone: 404-555-0138.", "Phone: 404-555-0145.", "furniture"),
        ("sub", "City Hall, 200 Main Street, Room 105.", "City Hall, 200 Main Street, Room 110.", "furniture"),
        ("sub", "Residential parking permits let residents of permit zones park on their street longer than the posted time limit.",
         "With a residential parking permit, residents of permit zones can park on their street longer than the posted time limit.", "reword"),
    ], "phone, office room number, intro reworded"),
    ([
        ("fix", "legal_status", ["number"], "Each household may have up to 3 resident permits and 1 visitor permit.",
         "up to 3 resident", "up to 2 resident", ["up to 3 resident permits", "up to 2 resident permits"]),
        ("rem", "legal_status", "| Third resident permit | $75 |", ["| Third resident permit | $75 |"]),
    ], "resident permits per household 3 -> 2; third-permit fee row removed"),
    ([
        ("sub", "Permits are valid from January 1 to December 31.", "Permits are valid Jan. 1 – Dec. 31.", "number_format"),
        ("sub", "Last updated November 12, 2026", "Last updated November 19, 2026", "date"),
    ], "validity dates abbreviated; update date"),
    ([
        ("sub", "Vehicles without a valid permit parked longer than the posted limit may receive a $45 citation.",
         "Vehicles parked longer than the posted limit without a valid permit may receive a $45 citation.", "reword"),
        ("sub", "- Pay by credit card, debit card or check.", "- We accept credit cards, debit cards and checks.", "reword"),
    ], "citation sentence and payment line reworded (same facts)"),
])

family("county-naloxone-factsheet", "other", "notice", T_NALOX, "2026-10-12", [
    "Naloxone Nasal Spray (Narcan) – Patient Fact Sheet",
    "County Public Health | Reviewed October 2026",
    "What is naloxone?",
    "Naloxone is a medicine that rapidly reverses an opioid overdose. It attaches to opioid receptors and blocks the effects of opioids such as fentanyl, heroin, oxycodone and 7-OH.",
    "Naloxone nasal spray is available without a prescription at most pharmacies.",
    "How to use naloxone nasal spray",
    "- Lay the person on their back.",
    "- Insert the tip of the nozzle into one nostril and press the plunger firmly to give the dose.",
    "- If the person does not respond within 2 to 3 minutes, give a second dose in the other nostril using a new device.",
    "- Put the person in the recovery position and stay with them until help arrives.",
    "Each device contains a single 4 mg dose. Do not test or prime the device.",
    "Naloxone works within 2 to 3 minutes and its effects last 30 to 90 minutes. Because many opioids last longer than this, the person can stop breathing again after naloxone wears off.",
    "Side effects",
    "Naloxone is safe and has no effect on someone who has not taken opioids.",
    "In people who are dependent on opioids, naloxone can cause sudden withdrawal symptoms, such as vomiting, sweating, body aches and agitation.",
    "Storage",
    "Store at room temperature, between 59°F and 77°F. Do not freeze. Keep it away from light.",
    "Naloxone has a shelf life of 3 years from the date of manufacture. Check the expiration date on the box.",
    "Where to get it",
    "Free naloxone is available at all County Public Health clinics and through our mail program. You can also buy it at pharmacies for about $45 for a two-pack.",
    "Good Samaritan law",
    "State law protects people who call 911 for an overdose from arrest for drug possession.",
    "Questions? Call the County Public Health line at 555-0191.",
], [
    ([
        ("sub", "Reviewed October 2026", "Reviewed November 2026", "date"),
        ("sub", "about $45 for a two-pack", "about $40 for a two-pack", "furniture"),
        ("sub", "Naloxone nasal spray is available without a prescription at most pharmacies.",
         "You can buy naloxone nasal spray without a prescription at most pharmacies.", "reword"),
    ], "review month, retail price, availability sentence reworded"),
    ([
        ("fix", "dosage", ["number"],
         "If the person does not respond within 2 to 3 minutes, give a second dose in the other nostril using a new device.",
         "within 2 to 3 minutes", "within 3 to 5 minutes",
         ["respond within 2 to 3 minutes", "respond within 3 to 5 minutes"]),
    ], "wait before a second dose 2–3 -> 3–5 minutes (list item)"),
    ([
        ("sub", "between 59°F and 77°F", "between 59 and 77 °F", "number_format"),
        ("sub", "- Lay the person on their back.", "- Lay the person down on their back.", "reword"),
    ], "temperature range reformatted; first step reworded"),
    ([
        ("fix", "efficacy", ["number"],
         "Naloxone works within 2 to 3 minutes and its effects last 30 to 90 minutes.",
         "last 30 to 90 minutes", "last 30 to 60 minutes", ["last 30 to 90 minutes", "last 30 to 60 minutes"]),
        ("sub", "Reviewed November 2026", "Reviewed December 2026", "date"),
    ], "duration of naloxone's effect 30–90 -> 30–60 minutes; review month"),
    ([
        ("fix", "product", ["number"], "Naloxone has a shelf life of 3 years from the date of manufacture.",
         "3 years", "4 years", ["shelf life of 3 years", "shelf life of 4 years"]),
        ("sub", "Questions? Call the County Public Health line at 555-0191.",
         "Questions? Call County Public Health at 555-0191 or chat with us online.", "furniture"),
    ], "shelf life 3 -> 4 years; contact line"),
])

family("tag-tuition-grant", "other", "notice", T_TAG, "2026-09-21", [
    "Tuition Assistance Grant (TAG)",
    "Office of Student Financial Aid",
    "The Tuition Assistance Grant helps state residents pay for college at eligible private, nonprofit colleges and universities in the state.",
    "Award amounts for 2026–27",
    "| Enrollment | Annual award |",
    "| Full-time undergraduate | $4,000 |",
    "| Full-time graduate (health professions only) | $2,000 |",
    "| Part-time undergraduate (6–11 credits) | $2,000 |",
    "Awards are split evenly between the fall and spring terms.",
    "Eligibility",
    "To receive TAG, you must:",
    "- be a legal resident of the state for at least 12 months before the first day of classes,",
    "- be enrolled in a degree program at an eligible institution,",
    "- not be enrolled in a theology or divinity program, and",
    "- maintain satisfactory academic progress.",
    "TAG is not based on financial need. You do not need to file the FAFSA to receive it.",
    "Deadlines",
    "The priority deadline for the 2026–27 academic year is July 31, 2026. Applications received after that date may be reduced or denied if funds are limited.",
    "Final deadline for spring-only students: December 1, 2026.",
    "How to apply",
    "Complete the TAG application and return it to the financial aid office at your college, not to our office.",
    "In 2025–26, about 22,000 students received TAG awards.",
    "Contact us: tag@studentaid.state.example | 804-555-0126",
    "Last updated: 09/15/2026",
], [
    ([
        ("sub", "Last updated: 09/15/2026", "Last updated: 09/22/2026", "date"),
        ("sub", "804-555-0126", "804-555-0181", "furniture"),
        ("sub", "Complete the TAG application and return it to the financial aid office at your college, not to our office.",
         "Return your completed TAG application to your college's financial aid office, not to us.", "reword"),
    ], "update date, phone, how-to-apply sentence reworded"),
    ([
        ("fix", "legal_status", ["number"], "| Full-time undergraduate | $4,000 |", "$4,000", "$4,500",
         ["| Full-time undergraduate | $4,000 |", "| Full-time undergraduate | $4,500 |"]),
    ], "full-time undergraduate award $4,000 -> $4,500 (table row)"),
    ([
        ("sub", "for at least 12 months before", "for at least one year before", "number_format"),
        ("sub", "In 2025–26, about 22,000 students received TAG awards.",
         "About 22,000 students received TAG awards in 2025–26.", "reword"),
    ], "'12 months' -> 'one year'; statistic sentence reworded (same figure)"),
    ([
        ("fix", "legal_status", ["negation"], "You do not need to file the FAFSA to receive it.",
         "You do not need to file", "You must file",
         ["You do not need to file the FAFSA", "You must file the FAFSA"]),
    ], "FAFSA no longer optional: 'do not need to file' -> 'must file'"),
    ([
        ("sub", "Final deadline for spring-only students: December 1, 2026.",
         "Final deadline for spring-only students: Dec. 1, 2026.", "number_format"),
        ("sub", "Last updated: 09/22/2026", "Last updated: 10/13/2026", "date"),
    ], "'December 1' -> 'Dec. 1'; update date"),
])

family("homestead-tax-rebate", "other", "notice", T_REBATE, "2026-06-08", [
    "Department of Revenue",
    "Homestead Property Tax Rebate",
    "The Homestead Property Tax Rebate returns part of the property taxes paid on your primary home. Renters may qualify for a rebate based on rent paid.",
    "Who qualifies",
    "- Homeowners and renters who lived in the state for all of 2025.",
    "- Household income of $45,000 or less in 2025.",
    "- Age 65 or older, a surviving spouse aged 50 or older, or a person with a disability aged 18 or older.",
    "Rebate amounts",
    "| 2025 household income | Maximum rebate |",
    "| $0 – $8,000 | $975 |",
    "| $8,001 – $15,000 | $650 |",
    "| $15,001 – $18,000 | $500 |",
    "| $18,001 – $45,000 | $300 |",
    "Half of Social Security income is excluded when figuring household income.",
    "How to apply",
    "File Form HR-40 online through myRevenue or by mail. The deadline to apply is June 30, 2026.",
    "Rebates are paid starting July 1. Most direct deposits arrive within 6 to 8 weeks.",
    "Free help is available at senior centers and through the AARP Tax-Aide program.",
    "In 2025, 412,000 households received rebates averaging $497.",
    "Questions? 1-888-555-0122 (TTY 711)",
    "Updated June 2, 2026",
], [
    ([
        ("fix", "legal_status", ["number"], "Household income of $45,000 or less in 2025.",
         "$45,000", "$48,000", ["$45,000 or less", "$48,000 or less"]),
        ("fix", "legal_status", ["number"], "| $18,001 – $45,000 | $300 |", "$45,000", "$48,000",
         ["$18,001 – $45,000", "$18,001 – $48,000"]),
        ("sub", "Updated June 2, 2026", "Updated June 9, 2026", "date"),
    ], "income limit $45,000 -> $48,000 (eligibility item and last table row); update date"),
    ([
        ("sub", "Updated June 9, 2026", "Updated June 16, 2026", "date"),
        ("sub", "within 6 to 8 weeks", "within six to eight weeks", "number_format"),
        ("sub", "Free help is available at senior centers and through the AARP Tax-Aide program.",
         "Senior centers and the AARP Tax-Aide program offer free help.", "reword"),
    ], "update date, digits -> words, help sentence reworded"),
    ([
        ("fix", "legal_status", ["number"], "The deadline to apply is June 30, 2026.",
         "The deadline to apply is June 30, 2026.", "Applications must be filed by December 31, 2026.",
         ["deadline to apply is June 30, 2026", "filed by December 31, 2026"], "reword"),
    ], "application deadline June 30 -> December 31, 2026, sentence reworded too"),
    ([
        ("sub", "Questions? 1-888-555-0122 (TTY 711)", "Questions? 1-888-555-0148 (TTY 711)", "furniture"),
        ("sub", "Half of Social Security income is excluded when figuring household income.",
         "When figuring household income, half of Social Security income is excluded.", "reword"),
    ], "phone number; clause order reworded"),
    ([
        ("sub", "| $0 – $8,000 | $975 |", "| $0–$8,000 | $975 |", "punctuation"),
        ("sub", "| $8,001 – $15,000 | $650 |", "| $8,001–$15,000 | $650 |", "punctuation"),
        ("sub", "| $15,001 – $18,000 | $500 |", "| $15,001–$18,000 | $500 |", "punctuation"),
        ("sub", "| $18,001 – $48,000 | $300 |", "| $18,001–$48,000 | $300 |", "punctuation"),
        ("ins", "Check the status of your rebate with Where's My Rebate?", "How to apply", "furniture"),
    ], "spaces around en dashes removed in the table; a status-check link"),
])


def main() -> None:
    out = HERE / "pairs.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for p in PAIRS:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"wrote {len(PAIRS)} pairs to {out}")


if __name__ == "__main__":
    main()
