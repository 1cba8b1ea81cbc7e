"""Regulator and law pages (invented boards, bills, cities and dockets)."""

from edits import (Page, add, chg, ins, move, split, sub,
                   T_7OH, T_D8, T_N2O, T_NITAZENES, T_TIANEPTINE, T_XYLAZINE)


def pharmacy_board_7oh_rule():
    p = Page("pharmacy-board-7oh-rule", "regulator", T_7OH, "2026-09-30", """
        State Board of Pharmacy
        Home › Rules & Regulations › Emergency Rules
        Emergency Rule 21-ER26-3: Scheduling of 7-Hydroxymitragynine
        Status: Adopted · Filed with the Secretary of State: September 29, 2026
        Effective date: October 1, 2026
        Expiration: This emergency rule expires 180 days after its effective date unless superseded by a permanent rule.
        Summary
        This emergency rule adds 7-hydroxymitragynine (7-OH), including its salts, isomers and salts of isomers, to Schedule I of the state Controlled Substances Act.
        Findings of immediate danger
        (1) The Board finds that 7-hydroxymitragynine has a high potential for abuse and no currently accepted medical use in treatment in the United States.
        (2) The Department of Health has received reports of at least 8 deaths in this state since January 2025 in which 7-OH was identified.
        (3) Products containing concentrated 7-OH are widely available at retail outlets, including convenience stores and smoke shops, without age restrictions.
        Scope
        (a) This rule applies to any product that contains 7-hydroxymitragynine in a concentration greater than 400 parts per million, or in which 7-OH has been added or concentrated by any means.
        (b) This rule does not apply to kratom leaf or kratom leaf powder in which 7-OH is present only at naturally occurring levels.
        Penalties
        Possession of a Schedule I controlled substance is a felony of the third degree. Sale, manufacture or delivery is a felony of the second degree.
        Retailers
        Retailers must remove all products subject to this rule from sale by the effective date. Products may be surrendered to local law enforcement without penalty until October 15, 2026.
        Documents
        - Notice of Emergency Rule (PDF, 212 KB)
        - Statement of Estimated Regulatory Costs (PDF, 88 KB)
        - Board meeting minutes, September 26, 2026 (PDF)
        Contact
        Office of the Executive Director, Board of Pharmacy · 4052 Capitol Circle · (850) 555-0114 · Mon–Fri 8:00 a.m.–5:00 p.m.
        Page last modified: 09/30/2026
        Subscribe to rulemaking notices by email
    """)
    p.week(
        sub("date", "Page last modified: 09/30/2026", "Page last modified: 10/06/2026"),
        ins("furniture", "- Board meeting minutes", "- Public comments received through October 5, 2026 (PDF, 1.4 MB)"),
        sub("furniture", "Mon–Fri 8:00 a.m.–5:00 p.m.", "Mon–Fri 7:30 a.m.–4:30 p.m."),
    )
    p.week(
        chg("number", "legal_status", "greater than 400 parts per million", "greater than 1,000 parts per million",
            "greater than 1,000 parts per million", "greater than 400 parts per million"),
        sub("date", "Page last modified: 10/06/2026", "Page last modified: 10/13/2026"),
    )
    p.week(
        sub("number_format", "Filed with the Secretary of State: September 29, 2026",
            "Filed with the Secretary of State: Sept. 29, 2026"),
        move("- Statement of Estimated Regulatory Costs", "- Board meeting minutes"),
        split("Sale, manufacture or delivery"),
        sub("number_format", "Possession of a Schedule I controlled substance", "Possession of a Schedule 1 controlled substance"),
    )
    p.week(
        chg("number", "legal_status", "without penalty until October 15, 2026", "without penalty until October 31, 2026",
            "without penalty until October 31, 2026", "without penalty until October 15, 2026"),
        chg("number", "safety", "reports of at least 8 deaths", "reports of at least 11 deaths",
            "at least 11 deaths in this state", "at least 8 deaths in this state"),
        sub("date", "Page last modified: 10/13/2026", "Page last modified: 10/20/2026"),
    )
    p.week(
        ins("non_claim_sentence", "Subscribe to rulemaking notices",
            "Questions about this rule may be directed to the Office of the Executive Director.", before=True),
        sub("reword", "Retailers must remove all products subject to this rule from sale by the effective date.",
            "By the effective date, retailers must remove from sale all products subject to this rule."),
        sub("date", "Page last modified: 10/20/2026", "Page last modified: 10/27/2026"),
        sub("furniture", "- Notice of Emergency Rule (PDF, 212 KB)", "- Notice of Emergency Rule, as amended (PDF, 236 KB)"),
    )
    return p


def hb1142_tianeptine():
    p = Page("hb1142-tianeptine", "regulator", T_TIANEPTINE, "2027-02-22", """
        HB 1142 — Controlled Substances; Tianeptine
        2027 Regular Session
        Bill status: Passed House 88-9 · In Senate Health & Human Services Committee
        Sponsor: Rep. Carla Denning (R-District 41) · Co-sponsors: 12
        Caption: An Act relating to the classification of tianeptine as a Schedule II controlled substance; providing penalties; providing an effective date.
        Bill summary (prepared by nonpartisan staff; not part of the bill)
        The bill adds tianeptine, including its salts, isomers and esters, to Schedule II of the Controlled Substances Act.
        Under current law, tianeptine is not a controlled substance in this state and may be sold as a dietary supplement or "research chemical." The bill would make possession of tianeptine without a prescription a Class A misdemeanor for a first offense.
        Sale or delivery of tianeptine would be a Level 5 felony.
        The bill takes effect July 1, 2027.
        Fiscal note: The Department of Corrections estimates the bill will result in fewer than 10 additional prison admissions per year. Cost: indeterminate, likely minimal.
        Actions
        | Date | Chamber | Action |
        | 01/12/2027 | House | Filed |
        | 01/14/2027 | House | Referred to Judiciary Committee |
        | 02/03/2027 | House | Reported favorably with amendment, 11-2 |
        | 02/18/2027 | House | Passed, 88-9 |
        | 02/19/2027 | Senate | Received; referred to Health & Human Services |
        Documents: Introduced version · Committee substitute · Engrossed version · Fiscal note (PDF)
        Track this bill · Email alerts · Print
    """)
    p.week(
        chg("status", "legal_status", "In Senate Health & Human Services Committee", "Passed Senate 30-6 · Sent to Governor",
            "Passed Senate 30-6 · Sent to Governor"),
        add("legal_status", "| 02/19/2027 | Senate |", "| 03/02/2027 | Senate | Reported favorably by Health & Human Services, 7-2 |",
            "Reported favorably by Health & Human Services, 7-2"),
        add("legal_status", "| 03/02/2027 | Senate |", "| 03/09/2027 | Senate | Passed, 30-6 |", "| 03/09/2027 | Senate | Passed, 30-6 |"),
        add("legal_status", "| 03/09/2027 | Senate |", "| 03/10/2027 | House | Enrolled and presented to Governor |",
            "Enrolled and presented to Governor"),
    )
    p.week(
        sub("furniture", "Co-sponsors: 12", "Co-sponsors: 14"),
        sub("furniture", "Track this bill · Email alerts · Print", "Track this bill · Email alerts · Print · Share"),
        sub("number_format", "fewer than 10 additional prison admissions", "fewer than ten additional prison admissions"),
    )
    p.week(
        chg("status", "legal_status", "Sent to Governor", "Signed by Governor 03/24/2027 · Act 2027-58",
            "Signed by Governor 03/24/2027"),
        add("legal_status", "| 03/10/2027 | House |", "| 03/24/2027 | Governor | Signed; Act 2027-58 |",
            "| 03/24/2027 | Governor | Signed; Act 2027-58 |"),
        chg("status", "legal_status", "a Class A misdemeanor for a first offense", "a Level 6 felony",
            "without a prescription a Level 6 felony", "a Class A misdemeanor for a first offense"),
    )
    return p


def brookhaven_nitrous_ordinance():
    p = Page("brookhaven-nitrous-ordinance", "regulator", T_N2O, "2026-11-23", """
        City of Brookhaven — Code of Ordinances
        Chapter 9.42 — Sale of Nitrous Oxide
        Ordinance No. 2026-117 · Adopted November 4, 2026 · Effective January 1, 2027
        9.42.010 Purpose
        The City Council finds that the sale of flavored nitrous oxide products, marketed under names such as "galaxy gas," to young people has led to injuries and emergency room visits in the City, and that regulation of retail sale is necessary to protect public health.
        9.42.020 Definitions
        "Nitrous oxide product" means any canister, cartridge, tank or charger containing nitrous oxide (N2O) that is sold or offered for sale at retail.
        "Retailer" means any person who sells or offers for sale nitrous oxide products within the City, including smoke shops, convenience stores and vape shops.
        9.42.030 Prohibited sales
        (a) No retailer shall sell a nitrous oxide product to any person under 21 years of age.
        (b) No retailer shall sell a flavored nitrous oxide product.
        (c) No retailer shall sell a nitrous oxide product in a container larger than 8 grams, except to a licensed food service establishment.
        9.42.040 Display
        Nitrous oxide products shall be kept behind the counter and out of public reach.
        9.42.050 Penalties
        A first violation is punishable by a fine of $500. A second violation within 12 months is punishable by a fine of $1,000. A third or subsequent violation within 12 months may result in suspension of the retailer's business license for up to 30 days.
        9.42.060 Enforcement
        The Department of Code Enforcement and the Police Department may enforce this chapter.
        Disclaimer: This Code of Ordinances is current through Ordinance 2026-121, passed November 18, 2026. The official version is on file with the City Clerk.
        Print · Download PDF · Share · Compare versions
    """)
    p.week(
        sub("date", "current through Ordinance 2026-121, passed November 18, 2026",
            "current through Ordinance 2026-125, passed December 2, 2026"),
        sub("number_format", "A second violation within 12 months", "A second violation within twelve months"),
    )
    p.week(
        chg("number", "legal_status", "A first violation is punishable by a fine of $500.",
            "A first violation is punishable by a fine of $1,000.",
            "A first violation is punishable by a fine of $1,000.", "A first violation is punishable by a fine of $500."),
        chg("number", "legal_status", "within twelve months is punishable by a fine of $1,000.",
            "within twelve months is punishable by a fine of $2,500.",
            "within twelve months is punishable by a fine of $2,500."),
        sub("date", "current through Ordinance 2026-125, passed December 2, 2026",
            "current through Ordinance 2026-131, passed December 16, 2026"),
    )
    p.week(
        add("legal_status", "(c) No retailer shall sell",
            "(d) No retailer shall sell or give away a nitrous oxide product together with a balloon, cracker or dispenser.",
            "together with a balloon, cracker or dispenser"),
        sub("furniture", "Print · Download PDF · Share · Compare versions", "Print · Download PDF · Share · Compare versions · Email"),
    )
    return p


def xylazine_notice():
    p = Page("xylazine-scheduling-notice", "regulator", T_XYLAZINE, "2026-10-30", """
        Department of Health — Xylazine Scheduling Notice
        Notice of Scheduling Action: Xylazine
        Published in the State Register, Vol. 51, No. 44 · October 30, 2026
        The Commissioner of Health, pursuant to the authority in Section 12-401 of the Public Health Law, hereby gives notice of the addition of xylazine to Schedule III of the state controlled substances schedules.
        Background
        Xylazine is a non-opioid sedative approved by the FDA for veterinary use only. It is increasingly found mixed with illicit fentanyl, where it is known on the street as "tranq."
        In 2025, xylazine was detected in 412 overdose deaths in the state, up from 188 in 2023.
        Xylazine does not respond to naloxone. However, because it is usually combined with fentanyl, naloxone should still be given in any suspected overdose.
        Repeated use of xylazine is associated with severe wounds that can lead to amputation.
        Veterinary exemption
        Xylazine products approved by the FDA for veterinary use remain available to licensed veterinarians and to persons acting under a veterinarian's order. Registrants must keep records of xylazine receipt and dispensing for 2 years.
        Effective date
        This scheduling action takes effect December 1, 2026.
        Public comment
        Written comments may be submitted until November 29, 2026, to regulations@health.state.example. Please include "Xylazine" in the subject line.
        Related
        - Xylazine fact sheet for providers (PDF)
        - Wound care resources
        - Find naloxone near you
        For accessibility assistance, call 711.
        Last reviewed: 10/30/2026
    """)
    p.week(
        sub("date", "Last reviewed: 10/30/2026", "Last reviewed: 11/06/2026"),
        sub("number_format", "dispensing for 2 years", "dispensing for two years"),
        ins("furniture", "- Find naloxone near you", "- Test strip distribution sites"),
    )
    p.week(
        sub("reword", "Xylazine does not respond to naloxone.", "Naloxone does not reverse the effects of xylazine."),
        split("Registrants must keep records"),
    )
    p.week(
        chg("number", "legal_status", "This scheduling action takes effect December 1, 2026.",
            "This scheduling action takes effect January 1, 2027.",
            "takes effect January 1, 2027", "takes effect December 1, 2026"),
        chg("number", "legal_status", "may be submitted until November 29, 2026", "may be submitted until December 20, 2026",
            "may be submitted until December 20, 2026", "may be submitted until November 29, 2026"),
        sub("date", "Last reviewed: 11/06/2026", "Last reviewed: 11/13/2026"),
    )
    return p


def dea_nitazenes_order():
    p = Page("dea-nitazenes-order", "regulator", T_NITAZENES, "2026-11-12", """
        DEA Diversion Control Division — Federal Register Notices
        Schedules of Controlled Substances: Temporary Placement of Nitazene-Type Substances in Schedule I
        Action: Temporary amendment; temporary scheduling order.
        Agency: Drug Enforcement Administration, Department of Justice.
        Docket No. DEA-1402
        Summary: The Administrator of the Drug Enforcement Administration is issuing this temporary scheduling order to schedule six benzimidazole-opioid substances, commonly called nitazenes, and their isomers, esters, ethers, salts and salts of isomers, esters and ethers in Schedule I. This action is based on a finding that the placement of these substances in Schedule I is necessary to avoid an imminent hazard to the public safety.
        Dates: This temporary scheduling order is effective November 12, 2026, and will remain in effect until November 12, 2028. If this order is extended or made permanent, DEA will publish a document in the Federal Register.
        Substances covered
        - N-desethyl isotonitazene
        - N-pyrrolidino protonitazene
        - N-pyrrolidino metonitazene
        - N-piperidinyl etonitazene
        - ethyleneoxynitazene
        - 5-methyl etodesnitazene
        Background
        Nitazenes are synthetic opioids that were first synthesized in the 1950s but never approved for medical use. Several nitazenes are many times more potent than fentanyl.
        According to the National Forensic Laboratory Information System, the substances covered by this order were identified in 1,143 drug reports between 2022 and 2025. DEA is aware of at least 47 deaths associated with these substances.
        Regulatory requirements
        Any person who handles these substances must be registered with DEA to conduct such activities, and must comply with the security, labeling, inventory and recordkeeping requirements for Schedule I substances.
        For further information contact: Diversion Regulatory Drafting and Policy Support Section, (571) 555-0150.
        Printer-friendly version · Back to Federal Register Notices
    """)
    p.week(
        move("- ethyleneoxynitazene", "- N-desethyl isotonitazene", before=True),
        move("- 5-methyl etodesnitazene", "- ethyleneoxynitazene", before=True),
        sub("number_format", "identified in 1,143 drug reports", "identified in 1143 drug reports"),
    )
    p.week(
        chg("modified", "potency", "Several nitazenes are many times more potent than fentanyl.",
            "Several nitazenes are as much as 40 times more potent than fentanyl.",
            "as much as 40 times more potent than fentanyl", "many times more potent than fentanyl"),
    )
    p.week(
        sub("furniture", "Printer-friendly version · Back to Federal Register Notices",
            "Printer-friendly version · Back to Federal Register Notices · Subscribe to updates"),
        sub("furniture", "(571) 555-0150", "(571) 555-0162"),
        sub("punctuation", "in the 1950s", "in the 1950's"),
    )
    return p


def delta8_hemp_faq():
    p = Page("delta8-hemp-retail-faq", "regulator", T_D8, "2026-10-08", """
        Department of Agriculture — Consumable Hemp Program
        Frequently asked questions for retailers: delta-8 THC and other hemp-derived cannabinoids
        Updated October 2026
        Do I need a license to sell delta-8 products?
        Yes. Any retailer that sells consumable hemp products containing delta-8 THC, delta-10 THC, THC-O or other hemp-derived intoxicating cannabinoids must hold a Consumable Hemp Retail License for each location.
        How much does the license cost?
        The annual license fee is $250 per location. Licenses expire on June 30 of each year.
        Is there an age limit?
        Yes. Retailers may not sell consumable hemp products containing delta-8 THC to anyone under 21. Retailers must check a government-issued photo ID for every customer who appears to be under 30.
        Are there limits on how much THC a product can contain?
        Yes. Edible products may contain no more than 10 mg of total THC per serving and no more than 100 mg per package.
        Can I sell delta-8 vapes?
        Yes, if the product has passed testing and is labeled as required below.
        What testing is required?
        Every batch must be tested by an ISO 17025-accredited laboratory for cannabinoid potency, residual solvents, heavy metals, pesticides and microbial contaminants. The certificate of analysis must be available to customers by QR code.
        What must the label include?
        - the total THC per serving and per package
        - a QR code linking to the certificate of analysis
        - the statement "Keep out of reach of children. For adults 21 and older."
        - the batch number and the name of the manufacturer
        What are the penalties?
        Selling without a license is a Class B misdemeanor. Selling to a person under 21 may result in a civil penalty of up to $1,000 per violation and suspension of the retail license.
        Need help? Contact the Consumable Hemp Program at hemp@agriculture.state.example or (512) 555-0177, Monday–Friday, 8 a.m. to 5 p.m.
        This FAQ is provided for guidance only and does not have the force of law. See Chapter 443 of the Health and Safety Code and 4 Admin. Code §7.51.
    """)
    p.week(
        sub("date", "Updated October 2026", "Updated November 2026"),
        move("- the batch number and the name", "- the total THC per serving", before=True),
        sub("furniture", "Monday–Friday, 8 a.m. to 5 p.m.", "Monday–Friday, 7:30 a.m. to 4:30 p.m."),
    )
    p.week(
        chg("number", "legal_status", "The annual license fee is $250 per location.", "The annual license fee is $500 per location.",
            "The annual license fee is $500 per location.", "The annual license fee is $250 per location."),
    )
    p.week(
        sub("number_format", "no more than 10 mg of total THC per serving", "no more than 10 milligrams of total THC per serving"),
        sub("reword", "Every batch must be tested by an ISO 17025-accredited laboratory for",
            "An ISO 17025-accredited laboratory must test every batch for"),
    )
    p.week(
        chg("negation,status", "legal_status", "Yes, if the product has passed testing and is labeled as required below.",
            "No. Beginning January 1, 2027, retailers may not sell inhalable consumable hemp products, including delta-8 vapes.",
            "retailers may not sell inhalable consumable hemp products", "Yes, if the product has passed testing"),
        sub("date", "Updated November 2026", "Updated December 2026"),
    )
    return p


def pages():
    return [pharmacy_board_7oh_rule(), hb1142_tianeptine(), brookhaven_nitrous_ordinance(),
            xylazine_notice(), dea_nitazenes_order(), delta8_hemp_faq()]
