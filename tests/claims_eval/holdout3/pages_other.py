"""Non-drug pages with their own configured topic (invented county, city and agencies)."""

from edits import (Page, add, chg, ins, move, rem, split, sub,
                   T_FISHING, T_HEAP, T_MELATONIN, T_PARKING, T_SUNBUCKS)


def lakeshore_heap():
    p = Page("lakeshore-heap", "other", T_HEAP, "2026-10-27", """
        Lakeshore County Home Energy Assistance Program (HEAP)
        Home › Services › Financial Help › Energy Assistance
        The Home Energy Assistance Program helps eligible households pay heating bills during the winter months. Benefits are paid directly to your utility company or fuel vendor.
        Who can apply
        You may be eligible if:
        - you live in Lakeshore County and pay for heating, either directly or as part of your rent
        - your household's gross monthly income is at or below the limit in the table below
        - at least one household member is a U.S. citizen or qualified non-citizen
        Income limits (2026–2027 season)
        | Household size | Maximum gross monthly income |
        | 1 | $2,820 |
        | 2 | $3,688 |
        | 3 | $4,556 |
        | 4 | $5,424 |
        | 5 | $6,292 |
        | Each additional person | add $868 |
        Benefit amounts
        Regular HEAP benefits range from $350 to $976 depending on income, household size and primary heating fuel. Households with a member aged 60 or older, under 6, or with a disability receive an additional $50.
        Emergency HEAP can pay up to $900 to restore heat if your utility has been shut off or you have less than a 10-day supply of fuel.
        When to apply
        Regular benefit applications are accepted November 3, 2026 through March 13, 2027, or until funds run out. Emergency benefit applications open January 5, 2027.
        How to apply
        Apply online through myBenefits, in person at any Department of Social Services office, or by mail. Bring proof of income for the last 30 days, a recent heating bill and ID for all adults in the household.
        Office hours: Monday–Friday, 8:30 a.m. to 4:30 p.m. Closed on county holidays.
        Need help? Call the HEAP line at (716) 555-0160. TTY users dial 711.
        Page last updated: 10/27/2026
        Was this page helpful? Yes · No
    """)
    p.week(
        sub("date", "Page last updated: 10/27/2026", "Page last updated: 11/03/2026"),
        sub("number_format", "| 1 | $2,820 |", "| 1 | $2820 |"),
        sub("furniture", "Monday–Friday, 8:30 a.m. to 4:30 p.m.", "Monday–Friday, 8 a.m. to 4:30 p.m."),
    )
    p.week(
        chg("number", "legal_status", "Emergency HEAP can pay up to $900", "Emergency HEAP can pay up to $1,100",
            "Emergency HEAP can pay up to $1,100", "Emergency HEAP can pay up to $900"),
        sub("date", "Page last updated: 11/03/2026", "Page last updated: 11/10/2026"),
    )
    p.week(
        split("Households with a member aged 60"),
        sub("number_format", "proof of income for the last 30 days", "proof of income for the last thirty days"),
        sub("furniture", "HEAP line at (716) 555-0160.", "HEAP line at (716) 555-0168."),
    )
    p.week(
        chg("number", "legal_status", "through March 13, 2027", "through March 31, 2027",
            "through March 31, 2027", "through March 13, 2027"),
        sub("date", "Page last updated: 11/10/2026", "Page last updated: 11/24/2026"),
    )
    return p


def marlow_parking_permits():
    p = Page("marlow-parking-permits", "other", T_PARKING, "2026-11-02", """
        Residential Parking Permits
        City of Marlow · Department of Transportation · Parking Services
        Residents of designated Residential Permit Parking (RPP) zones can buy a permit that exempts their vehicle from the 2-hour time limit on their block.
        Permit types and fees
        | Permit | Fee | Valid for |
        | Annual resident permit (1st vehicle) | $35 | 12 months |
        | Annual resident permit (2nd vehicle) | $60 | 12 months |
        | Annual resident permit (3rd vehicle) | $120 | 12 months |
        | Visitor permit (daily) | $3 per day | 1 day |
        | Contractor permit | $25 per week | 7 days |
        Eligibility
        - Your address must be in an RPP zone. Check the zone map.
        - The vehicle must be registered at that address, or you must show a lease or company car letter.
        - There are no outstanding parking tickets on the vehicle.
        - Limit of 3 resident permits per household.
        How to apply
        Apply online 24/7 through the Parking Portal. You'll need your license plate, vehicle registration and proof of residency dated within the last 60 days. Permits are mailed within 5 business days; you may print a temporary permit valid for 14 days.
        Low-income discount
        Residents enrolled in SNAP, Medicaid or the city's Utility Assistance Program pay 50% of the resident permit fee.
        Enforcement
        Vehicles without a valid permit parked longer than 2 hours in an RPP zone between 8 a.m. and 6 p.m., Monday to Saturday, may receive a $45 citation.
        Questions? Parking Services, 300 Civic Center Plaza, Room 112 · (608) 555-0135 · parking@marlow.example
        News: Parking Services will be closed Thursday and Friday for the Thanksgiving holiday.
        Translate this page · Report a problem
    """)
    p.week(
        sub("furniture", "News: Parking Services will be closed Thursday and Friday for the Thanksgiving holiday.",
            "News: Parking Services lobby hours are changing in December. See details."),
        sub("number_format", "Permits are mailed within 5 business days", "Permits are mailed within five business days"),
        move("- Limit of 3 resident permits", "- Your address must be in an RPP zone.", before=True),
    )
    p.week(
        chg("number", "legal_status", "| Annual resident permit (1st vehicle) | $35 |", "| Annual resident permit (1st vehicle) | $45 |",
            "Annual resident permit (1st vehicle) | $45", "Annual resident permit (1st vehicle) | $35"),
    )
    p.week(
        sub("number_format", "| $45 | 12 months |", "| $45 | 1 year |"),
        sub("number_format", "| $60 | 12 months |", "| $60 | 1 year |"),
        sub("number_format", "| $120 | 12 months |", "| $120 | 1 year |"),
        sub("furniture", "Room 112", "Room 118"),
        ins("non_claim_sentence", "Translate this page", "Thank you for helping keep our neighborhoods easy to park in.", before=True),
    )
    p.week(
        chg("number", "legal_status", "- Limit of 3 resident permits per household.", "- Limit of 2 resident permits per household.",
            "Limit of 2 resident permits per household", "Limit of 3 resident permits per household"),
        rem("legal_status", "| Annual resident permit (3rd vehicle)", "Annual resident permit (3rd vehicle)"),
    )
    return p


def melatonin_leaflet():
    p = Page("melatonin-leaflet", "other", T_MELATONIN, "2026-09-14", """
        Melatonin: patient information leaflet
        Community Pharmacy Services · Medicines information
        What melatonin is
        Melatonin is a hormone your body makes naturally to help control your sleep–wake cycle. Melatonin tablets are used for short-term treatment of insomnia in adults aged 55 and over, and for jet lag.
        How to take it
        - Adults with insomnia: take 2 mg once a day, 1 to 2 hours before bedtime and after food.
        - Swallow the tablet whole with a glass of water. Do not crush or chew modified-release tablets.
        - Keep taking it for up to 13 weeks, or for as long as your doctor advises.
        - For jet lag: take 3 mg at bedtime at your destination for up to 5 days.
        If you forget to take it
        If you forget a dose, skip it and take the next dose at the usual time. Do not take 2 doses together.
        Side effects
        Common side effects (affect up to 1 in 10 people): headache, feeling sleepy during the day, dizziness, stomach pain.
        Serious side effects are rare. Stop taking melatonin and get medical help straight away if you have a rash, swelling of the face or lips, or trouble breathing.
        Who should not take it
        - anyone who has had an allergic reaction to melatonin
        - people with an autoimmune disease
        - women who are pregnant or breastfeeding
        Driving
        Melatonin can make you sleepy. Do not drive or use machines until you know how it affects you.
        Alcohol
        Avoid alcohol while taking melatonin, as it can make melatonin less effective.
        Storage
        Store below 25°C in the original package. Keep out of the sight and reach of children.
        This leaflet was last reviewed in September 2026. Next review due September 2029.
        Questions about your medicines? Speak to your pharmacist or call our medicines helpline on 0300 555 0188 (Mon–Fri 9am to 5pm).
    """)
    p.week(
        sub("number_format", "Do not take 2 doses together.", "Do not take two doses together."),
        sub("furniture", "(Mon–Fri 9am to 5pm)", "(Mon–Fri 9am to 6pm)"),
    )
    p.week(
        chg("modified", "efficacy", "in adults aged 55 and over, and for jet lag.", "in adults aged 55 and over.",
            "Melatonin tablets are used for short-term treatment of insomnia"),
        rem("dosage", "- For jet lag: take 3 mg", "For jet lag: take 3 mg at bedtime"),
    )
    p.week(
        sub("reword", "(affect up to 1 in 10 people)", "(may affect up to 1 in 10 people)"),
        split("Stop taking melatonin and get medical help"),
        sub("number_format", "Store below 25°C", "Store below 25 °C"),
    )
    p.week(
        add("safety", "- people with an autoimmune disease", "- people with epilepsy or a history of seizures",
            "people with epilepsy or a history of seizures"),
        sub("date", "This leaflet was last reviewed in September 2026. Next review due September 2029.",
            "This leaflet was last reviewed in November 2026. Next review due November 2029."),
    )
    return p


def sun_bucks_faq():
    p = Page("sun-bucks-faq", "other", T_SUNBUCKS, "2027-01-15", """
        SUN Bucks (Summer EBT) 2027 – Frequently Asked Questions
        State Department of Human Services · Food Assistance Division
        What is SUN Bucks?
        SUN Bucks, also called Summer EBT, gives families $120 per eligible school-aged child to buy groceries during the summer months when school meals are not available.
        Who is eligible?
        Children are eligible if they:
        - get SNAP, TANF or Food Distribution Program on Indian Reservations (FDPIR) benefits, or
        - are enrolled in a school that offers the National School Lunch Program and are approved for free or reduced-price meals, or
        - live in a household with income at or below 185% of the federal poverty level and apply.
        Do I need to apply?
        Most families do not need to apply. Children who get SNAP, TANF or FDPIR, or who were approved for free or reduced-price school meals, will get SUN Bucks automatically.
        When will I get my benefits?
        Benefits will be loaded onto cards starting in June 2027. Families that already have an EBT card will get the benefits on that card. Other families will get a new SUN Bucks card in the mail.
        How long do I have to use the benefits?
        Benefits expire 122 days after they are issued. Unused benefits will be removed from the card.
        What can I buy?
        You can buy the same foods you can buy with SNAP: fruits and vegetables, meat, fish and poultry, dairy, bread and cereals, and seeds and plants that produce food. You cannot buy hot foods, alcohol, tobacco or non-food items.
        How do I apply?
        Apply online at the ACCESS portal from March 1 to August 31, 2027. You will need your child's school name and your household income.
        Is SUN Bucks a public charge?
        No. SUN Bucks is not considered in a public charge determination.
        Need help? Call the SUN Bucks hotline at 1-833-555-0172 (Monday–Friday, 7 a.m.–7 p.m.). Hablamos español.
        Share this page: Facebook · X · Email
        Last updated 01/15/2027
    """)
    p.week(
        sub("date", "Last updated 01/15/2027", "Last updated 01/22/2027"),
        sub("furniture", "(Monday–Friday, 7 a.m.–7 p.m.)", "(Monday–Saturday, 7 a.m.–7 p.m.)"),
        sub("number_format", "185% of the federal poverty level", "185 percent of the federal poverty level"),
    )
    p.week(
        move("What can I buy?", "Most families do not need to apply."),
        move("You can buy the same foods", "What can I buy?"),
        sub("reword", "Most families do not need to apply.", "Most families don't need to apply."),
    )
    p.week(
        chg("number", "legal_status", "Benefits expire 122 days after they are issued.", "Benefits expire 90 days after they are issued.",
            "Benefits expire 90 days after they are issued.", "Benefits expire 122 days after they are issued."),
    )
    p.week(
        sub("reword", "Benefits will be loaded onto cards starting in June 2027.",
            "Benefits will be loaded onto cards beginning in June 2027."),
        sub("furniture", "Share this page: Facebook · X · Email", "Share this page: Facebook · X · Email · Print"),
    )
    return p


def fishing_licenses():
    p = Page("fishing-licenses", "other", T_FISHING, "2027-02-01", """
        Fishing Licenses and Fees
        Division of Fish and Wildlife · Licensing
        Who needs a fishing license?
        Anyone 16 years of age or older must have a valid fishing license to fish in the public waters of the state. Residents aged 70 and older may fish without a license.
        Resident licenses
        | License | Fee |
        | Annual resident fishing | $27.00 |
        | 3-day resident fishing | $12.00 |
        | Senior resident (65–69) | $9.00 |
        | Lifetime resident fishing | $540.00 |
        Nonresident licenses
        | Annual nonresident fishing | $55.00 |
        | 7-day nonresident fishing | $32.00 |
        | 1-day nonresident fishing | $15.00 |
        Trout stamp: required to keep trout in addition to a fishing license. $10.00 per year.
        Annual licenses are valid from the date of purchase through March 31 of the following year.
        Free Fishing Days: On June 6–7, 2027, anyone may fish without a license. All other regulations apply.
        Buy online, by phone at 1-800-555-0123, or from any of our 600+ license agents. A $2.50 convenience fee applies to online and phone purchases.
        Lost your license? Print a duplicate free from your online account.
        Report a violation: call the TIP line, 1-800-555-0190, 24 hours a day.
    """)
    p.week(
        sub("furniture", "600+ license agents", "650+ license agents"),
        sub("reword", "Print a duplicate free from your online account.", "You can print a free duplicate from your online account."),
    )
    p.week(
        chg("number", "legal_status", "| Annual resident fishing | $27.00 |", "| Annual resident fishing | $32.00 |",
            "Annual resident fishing | $32.00", "Annual resident fishing | $27.00"),
    )
    p.week(
        sub("number_format", "| 3-day resident fishing | $12.00 |", "| 3-day resident fishing | $12 |"),
        move("| 1-day nonresident fishing", "| Annual nonresident fishing", before=True),
        sub("number_format", "24 hours a day.", "24/7."),
    )
    return p


def pages():
    return [lakeshore_heap(), marlow_parking_permits(), melatonin_leaflet(), sun_bucks_faq(), fishing_licenses()]
