"""Shop pages for psychoactive products (invented shops, products and people)."""

from edits import (Page, add, chg, dele, ins, merge, move, rem, split, sub,
                   T_7OH, T_AMANITA, T_D8, T_KAVA, T_KRATOM, T_PHENIBUT, T_THCA,
                   T_TIANEPTINE)


def hydra7_tablets():
    p = Page("hydra7-tablets", "shop", T_7OH, "2026-10-05", """
        Home / 7-OH / Tablets
        HYDRA7 Extreme 7-OH Tablets – 30mg (3 ct)
        ★★★★★ 4.7 (1,204 reviews)
        $24.99 $34.99 Save 29%
        🔥 23 people are viewing this right now
        Only 9 left in stock – order soon
        Sale ends in 03:12:44
        Pack size
        | Size | Price | Per tablet |
        | 1 ct | $9.99 | $9.99 |
        | 3 ct | $24.99 | $8.33 |
        | 10 ct | $69.99 | $7.00 |
        | 20 ct | $124.99 | $6.25 |
        Subscribe & save 15% – ships every 30 days, cancel anytime
        Or 4 interest-free payments of $6.25 with Afterpay
        Earn 25 Hydra Points with this purchase
        Description
        HYDRA7 Extreme is our strongest pressed tablet yet. Each scored tablet contains 30mg of 7-hydroxymitragynine, pressed with microcrystalline cellulose and magnesium sterate.
        - Fast onset: most customers feel it within 20 min
        - Smooth, long-lasting effects of 5–7 hours
        - Scored for easy splitting
        - Third-party lab tested, every batch
        - Made in the USA in a cGMP facility
        How to use
        New users: start with ½ tablet (15mg) on an empty stomach. Wait at least 1 hr before taking more. Do not take more than 2 tablets in 24 hours.
        Specs
        | SKU | HY7-XT-30-3 |
        | UPC | 860012345678 |
        | Batch | HX-2609-B |
        | 7-OH per tablet | 30mg |
        | Purity | ≥98% (HPLC) |
        | View COA | HX-2609-B COA (PDF) |
        Shipping
        | Carrier | Time | Cost |
        | USPS Ground Advantage | 3–5 business days | $4.99 |
        | USPS Priority | 2–3 business days | $8.99 |
        | UPS 2nd Day Air | 2 business days | $19.99 |
        Free shipping on orders over $75.
        We do not ship to: AL, AR, IN, RI, VT, WI, or any city or county where 7-OH is restricted.
        You must be 21 or older to purchase. ID verification required at checkout.
        *These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.
        Questions? Text us at (833) 555-0147 · Mon–Fri 10am–6pm ET
        Reviews
        ★★★★★ "Clean energy, no crash." – Marcus T., 10/02/2026
        ★★★★☆ "Works great but the tablets crumble a bit." – Deb R., 09/28/2026
    """)
    p.week(
        sub("furniture", "$24.99 $34.99 Save 29%", "$21.99 $34.99 Save 37%"),
        sub("furniture", "| 3 ct | $24.99 | $8.33 |", "| 3 ct | $21.99 | $7.33 |"),
        sub("furniture", "23 people are viewing", "41 people are viewing"),
        sub("furniture", "Only 9 left", "Only 4 left"),
        sub("furniture", "03:12:44", "11:47:05"),
        sub("furniture", "(1,204 reviews)", "(1,231 reviews)"),
        sub("furniture", "payments of $6.25", "payments of $5.50"),
        ins("furniture", "Reviews", '★★★★★ "Fast shipping, exactly as described." – Jay P., 10/11/2026'),
    )
    p.week(
        chg("number", "dosage", "start with ½ tablet (15mg)", "start with ¼ tablet (about 7.5mg)",
            "start with ¼ tablet (about 7.5mg)", "start with ½ tablet (15mg)"),
        sub("number_format", "within 20 min", "within 20 minutes"),
        move("- Scored for easy splitting", "- Fast onset", before=True),
        sub("furniture", "41 people are viewing", "17 people are viewing"),
        sub("furniture", "11:47:05", "06:02:51"),
    )
    p.week(
        sub("number_format", "Wait at least 1 hr before", "Wait at least 60 minutes before"),
        sub("furniture", "| Batch | HX-2609-B |", "| Batch | HX-2611-A |"),
        sub("furniture", "| View COA | HX-2609-B COA (PDF) |", "| View COA | HX-2611-A COA (PDF) |"),
        sub("reword", "Smooth, long-lasting effects", "Long-lasting, smooth effects"),
        sub("typo", "magnesium sterate", "magnesium stearate"),
        sub("furniture", "Mon–Fri 10am–6pm ET", "Mon–Sat 9am–7pm ET"),
    )
    p.week(
        rem("product", "- Third-party lab tested, every batch", "Third-party lab tested, every batch"),
        sub("furniture", "| 3–5 business days | $4.99 |", "| 3–5 business days | $5.49 |"),
        sub("furniture", "Only 4 left", "Only 12 left"),
        sub("furniture", "(1,231 reviews)", "(1,262 reviews)"),
    )
    p.week(
        sub("furniture", "17 people are viewing", "9 people are viewing"),
        split("Each scored tablet contains"),
        dele("furniture", "Deb R., 09/28/2026"),
        sub("punctuation", '"Clean energy, no crash."', "“Clean energy, no crash.”"),
        sub("furniture", "Earn 25 Hydra Points", "Earn 22 Hydra Points"),
    )
    p.week(
        chg("modified", "legal_status", "We do not ship to: AL, AR, IN, RI, VT, WI,",
            "We do not ship to: AL, AR, FL, IN, OH, RI, VT, WI,",
            "We do not ship to: AL, AR, FL, IN, OH, RI, VT, WI"),
        sub("furniture", "Free shipping on orders over $75.", "Free shipping on orders over $99."),
        sub("furniture", "| 10 ct | $69.99 | $7.00 |", "| 10 ct | $64.99 | $6.50 |"),
    )
    return p


def ohm_shot():
    p = Page("ohm-shot", "shop", T_7OH, "2026-10-12", """
        OHM SHOT™ 7-OH Liquid Extract Shot — 45MG
        ⚡️⚡️ BACK IN STOCK!!! ⚡️⚡️ Limited drop — when it's gone, it's GONE
        ⭐⭐⭐⭐⭐ 4.9/5 from 880+ happy customers
        $19.99 (was $29.99)
        🎉 BOGO 50% OFF all shots this weekend only! Use code OHMYES 🎉
        Meet the shot that changed EVERYTHING. 🙌
        OHM SHOT is a fast-acting 7-OH liquid extract in a 10 mL vial you can take anywhere. No pills to swallow, no gritty powder, no bitter tea. Just shake, sip and get on with your day!!
        Each 10 mL shot delivers 45mg of premium 7-hydroxymitragynine plus a splash of natural mango flavor to keep it smooth.
        WHY PEOPLE ARE OBSESSED:
        - 🚀 Kicks in FAST — most people feel it in 10-15 min
        - 💪 Up to 3x stronger than our 15mg tablets
        - 😌 Calm, focused, unstoppable
        - 🌿 Plant-based, vegan, gluten free
        - 🧪 Lab tested for purity & heavy metals
        HOW TO OHM:
        Shake well. First time? Drink one-third of the vial and wait 45 min. Experienced users can take the full shot. Never take more than 1 shot in a 24 hour period!!
        ⚠️ WARNING: Keep out of reach of children and pets. Not for use if pregnant or nursing. Do not drive or operate machinery after use.
        WHAT'S INSIDE:
        | 7-OH | 45mg |
        | Volume | 10 mL |
        | Flavor | Mango |
        | Shelf life | 12 months unopened |
        | Lot | OS-0926-14 |
        Shipping & Returns
        🚚 FREE shipping on 2+ shots! Orders placed before 2pm EST ship same day.
        Returns accepted on unopened product within 30 days.
        Must be 21+ to purchase. We ship to most states — see our Shipping Policy for the full list.
        FDA Disclaimer: These statements have not been evaluated by the FDA. This product is not intended to diagnose, treat, cure or prevent any disease.
        Follow us @ohmshot on IG & TikTok for drops and giveaways!!
        What customers are saying 💬
        "I've tried a dozen brands, nothing hits like this." — Tyler, Ohio
        "Mango flavor is legit, no bitter aftertaste." — Jess, Nevada
    """)
    p.week(
        sub("furniture", "⚡️⚡️ BACK IN STOCK!!! ⚡️⚡️ Limited drop — when it's gone, it's GONE",
            "🔥🔥 SELLING FAST 🔥🔥 Over 2,000 shots sold this month"),
        sub("furniture", "🎉 BOGO 50% OFF all shots this weekend only! Use code OHMYES 🎉",
            "🎃 SPOOKY SALE: 20% off sitewide with code BOO20 🎃"),
        sub("furniture", "880+ happy", "900+ happy"),
        sub("number_format", "in 10-15 min", "in 10–15 minutes"),
    )
    p.week(
        chg("number", "dosage", "Drink one-third of the vial", "Drink half the vial",
            "Drink half the vial", "Drink one-third of the vial"),
        sub("punctuation", "Calm, focused, unstoppable", "Calm. Focused. Unstoppable."),
        sub("furniture", "$19.99 (was $29.99)", "$17.99 (was $29.99)"),
    )
    p.week(
        sub("number_format", "Up to 3x stronger", "Up to three times stronger"),
        sub("number_format", "12 months unopened", "1 year unopened"),
        sub("punctuation", "24 hour period", "24-hour period"),
        sub("furniture", "| Lot | OS-0926-14 |", "| Lot | OS-1019-02 |"),
        ins("furniture", "What customers are saying", '"Ordered Monday, had it Wednesday. Solid." — Marco, Georgia'),
    )
    p.week(
        add("safety", "- 🌿 Plant-based", "- 🛡️ Non-habit forming when used as directed",
            "Non-habit forming when used as directed"),
        sub("furniture", "Follow us @ohmshot on IG & TikTok for drops and giveaways!!",
            "Follow @ohmshot on IG, TikTok & X for drops, giveaways and restock alerts!!"),
        sub("furniture", "🎃 SPOOKY SALE: 20% off sitewide with code BOO20 🎃",
            "🦃 EARLY BLACK FRIDAY: 25% off 3+ shots, code GOBBLE25 🦃"),
    )
    p.week(
        chg("modified", "potency", "stronger than our 15mg tablets", "stronger than traditional kratom leaf",
            "stronger than traditional kratom leaf", "stronger than our 15mg tablets"),
        sub("furniture", "900+ happy", "950+ happy"),
    )
    return p


def seven_bliss_gummies():
    p = Page("seven-bliss-gummies", "shop", T_7OH, "2026-10-05", """
        Seven Bliss 7-OH Gummies | Watermelon | 10 ct
        4.6 out of 5 stars · 327 ratings
        $39.00
        Compare at $52.00
        Subscribe and get 20% off every order + free shipping
        In stock, ready to ship
        Say hello to your new favorite unwind ritual 🍉
        Our watermelon gummies are made in small batches with 7-hydroxymitragynine extract, real fruit pectin and a light sour sugar coat. Every gummy is dosed at 8mg of 7-OH, so you always know exactly what you're getting.
        Perfect for winding down after a long shift, a rough workout or a long day with the kids.
        Why you'll love them
        - Precisely dosed: 8 mg in every gummy
        - Vegan pectin, no gelatin
        - Gentle, mellow lift that lasts 3–4 hours
        - Independently tested by a third-party ISO 17025 lab
        How to enjoy
        Start with one gummy. Give it 45 minutes to an hour before deciding whether you want another. Do not exceed 4 gummies a day.
        Good to know
        - Not for use by anyone under 21
        - Do not use if pregnant or breastfeeding
        - Store somewhere cool and dry, out of direct sunlight
        - Keep away from kids and pets — they look like candy!
        Ingredients
        Cane sugar, tapioca syrup, water, pectin, citric acid, natural watermelon flavor, 7-hydroxymitragynine extract, fruit and vegetable juice (color), sunflower oil.
        | Gummies per jar | 10 |
        | 7-OH per gummy | 8 mg |
        | 7-OH per jar | 80 mg |
        | Batch | SB-WM-1009 |
        Lab results (COA) – batch SB-WM-1009
        Shipping
        Orders ship within 1 business day from our Austin, Texas warehouse. Standard shipping (3–6 days) is $5.95, free over $60.
        We are unable to ship to Alabama, Arkansas, Indiana, Rhode Island, Vermont or Wisconsin.
        Pay in 4 interest-free installments of $9.75 with Afterpay
        Got questions? hello@sevenbliss.example · 9am–5pm CT
        Reviews (327)
        Kayla M. · Oct 3, 2026 · ★★★★★ — "Tastes like an actual jolly rancher. Super chill."
        Dan K. · Sep 30, 2026 · ★★★★ — "Good but I wish the jar was bigger."
    """)
    p.week(
        chg("number", "product", "Every gummy is dosed at 8mg of 7-OH", "Every gummy is dosed at 10mg of 7-OH",
            "Every gummy is dosed at 10mg of 7-OH", "Every gummy is dosed at 8mg of 7-OH"),
        chg("number", "product", "Precisely dosed: 8 mg in every gummy", "Precisely dosed: 10 mg in every gummy",
            "Precisely dosed: 10 mg in every gummy"),
        chg("number", "product", "| 7-OH per gummy | 8 mg |", "| 7-OH per gummy | 10 mg |",
            "| 7-OH per gummy | 10 mg |"),
        chg("number", "product", "| 7-OH per jar | 80 mg |", "| 7-OH per jar | 100 mg |",
            "| 7-OH per jar | 100 mg |"),
        sub("furniture", "$39.00", "$44.00"),
        sub("furniture", "Compare at $52.00", "Compare at $58.00"),
        sub("furniture", "installments of $9.75", "installments of $11.00"),
    )
    p.week(
        sub("reword", "Perfect for winding down after a long shift, a rough workout or a long day with the kids.",
            "Perfect after a long shift, a tough workout, or a long day with the kids."),
        move("- Store somewhere cool and dry", "- Not for use by anyone under 21", before=True),
        sub("furniture", "327 ratings", "341 ratings"),
        sub("furniture", "Reviews (327)", "Reviews (341)"),
        ins("furniture", "Reviews (341)",
            'Priya S. · Oct 18, 2026 · ★★★★★ — "Perfect little nightcap. Jar was gone in a week lol."'),
    )
    p.week(
        add("safety", "- Do not use if pregnant or breastfeeding",
            "- May cause drowsiness. Do not drive or operate machinery after use.",
            "May cause drowsiness."),
        sub("number_format", "Give it 45 minutes to an hour", "Give it 45–60 minutes"),
    )
    p.week(
        sub("reword", "Independently tested by a third-party ISO 17025 lab",
            "Tested by an independent, ISO 17025-accredited third-party lab"),
        sub("furniture", "| Batch | SB-WM-1009 |", "| Batch | SB-WM-1102 |"),
        sub("furniture", "(COA) – batch SB-WM-1009", "(COA) – batch SB-WM-1102"),
        sub("furniture", "is $5.95, free over $60", "is $6.95, free over $60"),
    )
    return p


def daily_ritual_bundle():
    p = Page("daily-ritual-bundle", "shop", T_7OH, "2026-10-19", """
        The Daily Ritual Bundle — Kratom + 7-OH Wellness Kit
        Rated 4.8 ★ by 2,113 members
        Bundle price $89 (you save $31 vs. buying separately)
        ⏰ Holiday pre-sale ends Sunday at midnight
        What's in the kit
        - 1 × Golden Leaf kratom capsules (60 ct, 500mg each)
        - 1 × Ritual 7-OH extract dropper (30 mL, 5mg 7-OH per mL)
        - 1 × Frosted glass travel case
        - 1 × Ritual journal (digital download)
        Our story
        We built the Daily Ritual for people who want to take their wellness into their own hands without relying on pharmaceuticals, every ingredient is sourced from small farms and extracted using clean CO2 methods so you get the plant the way nature intended.
        The Ritual extract is a full-spectrum kratom extract standardized to 5mg 7-OH per mL with a trace of mitragynine, the alkaloid profile our members say feels the most balanced.
        How members use it
        Mornings: 2 Golden Leaf capsules with breakfast. Evenings: 1 mL of Ritual extract under the tongue. Many members find 0.5 mL is plenty to start. Never take more than 3 mL of extract in a day.
        What members tell us
        Members tell us the Ritual helps them take the edge off everyday aches and stay focused through the afternoon.
        Membership pricing
        | Plan | Price | Savings |
        | One-time | $89 | — |
        | Every 4 weeks | $75.65 | 15% |
        | Every 8 weeks | $80.10 | 10% |
        Members earn 2x Ritual Rewards points on every subscription order.
        Lab tested
        Every lot of Ritual extract is tested by Front Range Analytical for alkaloid content, heavy metals, pesticides and microbials. Search your lot number on our Lab Results page.
        Shipping
        Ships from Denver, CO in discreet packaging. Not available in AL, AR, IN, RI, VT, WI, or San Diego County, CA.
        Age 21+ only. Adult signature may be required.
        These statements have not been evaluated by the FDA. Our products are not intended to diagnose, treat, cure or prevent any disease. Consult your physician before use.
        Member Support: 1-877-555-0182, Mon–Fri 8–4 MT
    """)
    p.week(
        sub("punctuation", "without relying on pharmaceuticals, every ingredient",
            "without relying on pharmaceuticals. Every ingredient"),
        sub("furniture", "2,113 members", "2,170 members"),
        sub("furniture", "⏰ Holiday pre-sale ends Sunday at midnight", "⏰ Black Friday pricing is LIVE — ends Monday"),
        sub("furniture", "Bundle price $89 (you save $31", "Bundle price $79 (you save $41"),
        sub("furniture", "| One-time | $89 | — |", "| One-time | $79 | — |"),
    )
    p.week(
        chg("modified", "efficacy", "take the edge off everyday aches and stay focused",
            "take the edge off everyday aches, sleep through the night and stay focused",
            "sleep through the night"),
        sub("furniture", "| Every 4 weeks | $75.65 | 15% |", "| Every 4 weeks | $67.15 | 15% |"),
        sub("furniture", "| Every 8 weeks | $80.10 | 10% |", "| Every 8 weeks | $71.10 | 10% |"),
    )
    p.week(
        sub("number_format", "Many members find 0.5 mL is plenty", "Many members find ½ mL is plenty"),
        sub("number_format", "Mornings: 2 Golden Leaf", "Mornings: two Golden Leaf"),
        sub("furniture", "Members earn 2x Ritual Rewards points", "Members earn double Ritual Rewards points"),
        move("- 1 × Ritual journal", "- 1 × Frosted glass", before=True),
    )
    p.week(
        chg("number", "product", "(30 mL, 5mg 7-OH per mL)", "(30 mL, 10mg 7-OH per mL)",
            "Ritual 7-OH extract dropper (30 mL, 10mg 7-OH per mL)"),
        chg("number", "product", "standardized to 5mg 7-OH per mL", "standardized to 10mg 7-OH per mL",
            "standardized to 10mg 7-OH per mL", "standardized to 5mg 7-OH per mL"),
        chg("number", "dosage", "Never take more than 3 mL of extract in a day.",
            "Never take more than 1.5 mL of extract in a day.",
            "Never take more than 1.5 mL of extract in a day.", "Never take more than 3 mL of extract in a day."),
        sub("furniture", "Mon–Fri 8–4 MT", "Mon–Sat 8–5 MT"),
    )
    return p


def red_bali_capsules():
    p = Page("red-bali-capsules", "shop", T_KRATOM, "2026-09-28", """
        Red Bali Kratom Capsules
        SKU: RB-CAP-100 | Category: Red Vein
        4.5 ★★★★½ (642)
        $27.99 – $189.99
        | Count | Price | Price per capsule |
        | 50 caps | $27.99 | $0.56 |
        | 100 caps | $44.99 | $0.45 |
        | 250 caps | $94.99 | $0.38 |
        | 500 caps | $169.99 | $0.34 |
        | 1000 caps | $189.99 | $0.19 |
        In stock (ships today if ordered before 3pm ET)
        Free USPS Priority on orders $49+
        Red Bali is our best-selling red vein. Relaxing, even, and easy on the stomach.
        - 500mg per capsule, size 00 vegetable capsules
        - 100% pure leaf powder, no fillers
        - Mitragynine content: 1.4% (batch RB-1024)
        - Sourced from West Kalimantan, Indonesia
        - Lab tested for salmonella, E. coli and heavy metals
        Suggested serving: 4–6 capsules. Start low.
        Do not exceed 12 capsules in 24 hours. Kratom may be habit forming. Do not combine with alcohol, benzodiazepines, opioids or other sedatives.
        KVA Member Vendor — GMP Qualified
        Not for sale to persons under 21. Not for sale in: Alabama, Arkansas, Indiana, Rhode Island, Vermont, Wisconsin, Sarasota County FL, Union County NC, San Diego CA, Denver CO.
        FDA: Kratom is not approved for human consumption by the FDA. These statements have not been evaluated by the FDA.
        Customer reviews
        Jim B. – 5/5 – "Consistent every order. Been with you guys 2 years."
        Angela W. – 4/5 – "Good for evenings, a bit too sleepy for daytime."
        Tom R. – 5/5 – "fast shipping, fair price"
    """)
    p.week(
        sub("furniture", "| 50 caps | $27.99 | $0.56 |", "| 50 caps | $24.99 | $0.50 |"),
        sub("furniture", "$27.99 – $189.99", "$24.99 – $189.99"),
        sub("furniture", "4.5 ★★★★½ (642)", "4.5 ★★★★½ (655)"),
        sub("furniture", "ordered before 3pm ET", "ordered before 2pm ET"),
    )
    p.week(
        chg("number", "product", "Mitragynine content: 1.4% (batch RB-1024)", "Mitragynine content: 1.7% (batch RB-1107)",
            "Mitragynine content: 1.7%", "Mitragynine content: 1.4%"),
        sub("reword", "Relaxing, even, and easy on the stomach.", "Even, relaxing and easy on the stomach."),
    )
    p.week(
        sub("number_format", "- 500mg per capsule", "- 500 mg per capsule"),
        sub("reword", "Do not exceed 12 capsules in 24 hours.", "Do not exceed 12 capsules in a 24-hour period."),
        ins("furniture", "Customer reviews",
            'Ray D. – 5/5 – "Helps my back more than anything the pharmacy ever gave me."'),
        dele("furniture", "Tom R. – 5/5"),
    )
    p.week(
        sub("number_format", "Suggested serving: 4–6 capsules.", "Suggested serving: 4 to 6 capsules."),
        merge("Suggested serving:"),
        sub("furniture", "| 1000 caps | $189.99 | $0.19 |", "| 1,000 caps | $179.99 | $0.18 |"),
        sub("furniture", "$24.99 – $189.99", "$24.99 – $179.99"),
    )
    p.week(
        chg("removed", "safety", "Kratom may be habit forming. ", "", "Kratom may be habit forming."),
        sub("furniture", "4.5 ★★★★½ (655)", "4.5 ★★★★½ (671)"),
    )
    return p


def green_maeng_da_powder():
    p = Page("green-maeng-da-powder", "shop", T_KRATOM, "2026-10-12", """
        Green Maeng Da Kratom Powder
        Home › Kratom Powder › Green Vein
        ★★★★★ 4.9 | 318 verified reviews | 96% would buy again
        | Size | Price |
        | 1 oz (28g) | $12 |
        | 4 oz (112g) | $32 |
        | 8 oz (224g) | $55 |
        | 1 kilo | $175 |
        ⚡ Flash deal: Buy any 2 bags, get a 3rd FREE (mix and match)
        Green Maeng Da is the strain that built this company. Our partner farmers in Kapuas Hulu harvest the mature leaves by hand, dry them indoors on racks for 7 days and mill them to a fine, cocoa-like powder.
        Expect a bright, clean, motivating lift — most of our customers take it in the morning instead of a second cup of coffee.
        Each batch is tested by an independent lab before it goes on the shelf. Our most recent lot, GMD-2610, came back at 1.62% mitragynine.
        Frequently asked questions
        Q: How much should I take?
        A: Most people start with 2 grams (about 1 level teaspoon) and wait 30 minutes. Regular customers usually settle between 3 and 5 grams. We recommend no more than 15 grams in a day.
        Q: How long does it last?
        A: For most people the lift lasts around 4–5 hours.
        Q: Will it show up on a drug test?
        A: Standard 5- and 10-panel tests don't screen for kratom, but some employers use expanded panels that do. If you're tested at work, assume it can be detected.
        Q: Is kratom addictive?
        A: Daily, heavy use can lead to dependence and withdrawal symptoms such as irritability, runny nose and trouble sleeping. Take breaks and keep your use moderate.
        Q: Is it legal where I live?
        A: Kratom is legal at the federal level but banned in six states and a handful of cities and counties. Check our Shipping page before ordering.
        Q: How should I store it?
        A: In an airtight container, away from heat and light. Properly stored powder keeps for 12 months.
        Shipping is free on orders over $50. Most orders arrive in 2–4 business days.
        Have a question we didn't answer? Chat with us 7 days a week, 9am–9pm ET.
        You must be at least 18 years old to purchase from this site (21 in states that require it).
        ⚠ Kratom is not approved by the FDA for any use. Keep out of reach of children.
    """)
    p.week(
        move("Q: How should I store it?", "A: Most people start with"),
        move("A: In an airtight container", "Q: How should I store it?"),
        sub("number_format", "keeps for 12 months", "keeps for 1 year"),
        sub("furniture", "318 verified reviews", "324 verified reviews"),
    )
    p.week(
        chg("number", "efficacy", "the lift lasts around 4–5 hours", "the lift lasts around 5–6 hours",
            "the lift lasts around 5–6 hours", "the lift lasts around 4–5 hours"),
        sub("number_format", "racks for 7 days", "racks for seven days"),
    )
    p.week(
        sub("reword", "A: Daily, heavy use can lead to dependence and withdrawal symptoms such as irritability, runny nose and trouble sleeping.",
            "A: Heavy daily use can lead to dependence, and stopping can bring withdrawal symptoms such as irritability, a runny nose and trouble sleeping."),
        sub("furniture", "⚡ Flash deal: Buy any 2 bags, get a 3rd FREE (mix and match)",
            "⚡ Cyber Week: 30% off all 8 oz and kilo bags"),
        sub("number_format", "start with 2 grams (about 1 level teaspoon)", "start with 2g (about one level teaspoon)"),
    )
    p.week(
        chg("number", "legal_status", "banned in six states", "banned in seven states", "banned in seven states",
            "banned in six states"),
        chg("number", "product", "Our most recent lot, GMD-2610, came back at 1.62% mitragynine.",
            "Our most recent lot, GMD-2702, came back at 1.48% mitragynine.",
            "came back at 1.48% mitragynine", "came back at 1.62% mitragynine"),
        sub("furniture", "| 1 kilo | $175 |", "| 1 kilo | $165 |"),
    )
    p.week(
        ins("non_claim_sentence", "Have a question we didn't answer?",
            "We're a family business, and every email gets read by one of us (usually Dale).", before=True),
        move("Q: Is kratom addictive?", "Frequently asked questions"),
        move("A: Heavy daily use can lead to dependence", "Q: Is kratom addictive?"),
        sub("furniture", "324 verified reviews", "339 verified reviews"),
    )
    return p


def bula_calm_kava():
    p = Page("bula-calm-kava-shot", "shop", T_KAVA, "2026-10-26", """
        Bula Calm Kava Shot — 2 fl oz
        Home / Kava / Shots
        ★★★★☆ 4.4 (96)
        $6.49 each · 12-pack $64.99 (save 17%)
        Chill, the island way 🌺
        Bula Calm is a ready-to-drink kava shot made from noble Fijian waka root, water-extracted the tradtional way and blended with pineapple and ginger to tame the earthy taste.
        - 250 mg kavalactones per shot
        - 100% noble kava, never tudei
        - No alcohol, no caffeine, no added sugar
        - Relaxing without the fog
        Directions: shake well and sip 1 shot, chilled. Wait 30 min before having a second. Do not exceed 3 shots per day.
        Kava can affect the liver in rare cases. Do not use if you have liver problems, drink alcohol daily or take medication that affects the liver.
        Not for use by those under 18 or pregnant/nursing women.
        | Kavalactones | 250 mg |
        | Serving | 2 fl oz (59 mL) |
        | Origin | Fiji (Vanua Levu) |
        | Lot | BC-0412 |
        🚚 Ships cold-packed Mon–Wed only, so your shots never sit in a hot warehouse over the weekend.
        Free shipping on 2 or more 12-packs.
        Questions? Our kava crew is online Mon–Fri, 10–6 HST. Call (808) 555-0119.
        Join the Bula Club and get 10% off your first order.
        These statements have not been evaluated by the Food and Drug Administration.
    """)
    p.week(
        sub("furniture", "$6.49 each · 12-pack $64.99 (save 17%)", "$5.99 each · 12-pack $59.99 (save 17%)"),
        sub("furniture", "4.4 (96)", "4.4 (101)"),
        sub("number_format", "Wait 30 min before", "Wait 30 minutes before"),
        sub("punctuation", "Relaxing without the fog", "Relaxing, without the fog"),
    )
    p.week(
        move("- No alcohol, no caffeine", "- 250 mg kavalactones", before=True),
        sub("furniture", "get 10% off your first order", "get 15% off your first order"),
        sub("reword", "Not for use by those under 18 or pregnant/nursing women.",
            "Not for use by anyone under 18, or by pregnant or nursing women."),
    )
    p.week(
        chg("negation,modified", "safety", "Kava can affect the liver in rare cases.",
            "Noble kava has not been shown to harm the liver.",
            "Noble kava has not been shown to harm the liver.", "Kava can affect the liver in rare cases."),
        sub("furniture", "Mon–Fri, 10–6 HST", "Mon–Sat, 9–5 HST"),
    )
    p.week(
        chg("number", "legal_status", "Not for use by anyone under 18,", "Not for use by anyone under 21,",
            "Not for use by anyone under 21", "Not for use by anyone under 18"),
        sub("typo", "the tradtional way", "the traditional way"),
        sub("furniture", "| Lot | BC-0412 |", "| Lot | BC-0419 |"),
        sub("number_format", "- 250 mg kavalactones per shot", "- 250mg kavalactones per shot"),
    )
    return p


def cloud_nine_d8_cart():
    p = Page("cloud-nine-d8-cart", "shop", T_D8, "2026-10-05", """
        Cloud Nine Delta-8 Vape Cartridge – 1g – Blue Dream
        Delta-8 / Vape Carts
        $24.95 | Mix & match: any 3 carts for $60
        ★★★★★ 4.8 · 1,517 reviews
        🔥 128 sold in the last 24 hours
        Strain type: Sativa-dominant hybrid
        Flavor notes: blueberry, sweet pine, a hint of vanilla
        1 gram of 95% pure delta-8 THC distillate blended with strain-specific botanical terpenes. No vitamin E acetate, no PG/VG, no MCT — just distillate and terps.
        - 900mg+ delta-8 THC per cartridge
        - Less than 0.3% delta-9 THC (Farm Bill compliant)
        - Ceramic coil, 510 thread
        - Third-party lab tested: potency, pesticides, residual solvents, heavy metals
        Effects: uplifting, creative, clear-headed. Delta-8 is about half as potent as delta-9 THC, so many users find it gentler.
        How to use: take 1–2 short puffs and wait 10–15 minutes before taking more. Effects typically last 2–4 hours.
        | SKU | C9-D8-BD-1G |
        | Batch | 24K-0915 |
        | Total delta-8 | 92.6% |
        | Total delta-9 | 0.12% |
        | COA | View lab report |
        Warning: Contains THC. May cause impairment. Do not drive or operate machinery. Will cause a positive drug test. Keep out of reach of children and pets.
        Age restriction: 21+. Adult signature required on delivery.
        We currently cannot ship delta-8 products to: AK, AZ, CA, CO, CT, DE, HI, ID, IA, MA, MI, MN, MT, NV, NY, ND, OR, RI, UT, VT, WA.
        Shipping: $5 flat rate via USPS First Class, free on orders over $50. Orders ship within 1–2 business days.
        Rewards: earn 1 point per $1 spent. 100 points = $10 off.
        The statements made regarding these products have not been evaluated by the FDA. Products contain less than 0.3% delta-9 THC on a dry weight basis.
    """)
    p.week(
        sub("furniture", "$24.95 | Mix & match", "$19.95 | Mix & match"),
        sub("furniture", "🔥 128 sold", "🔥 211 sold"),
        sub("furniture", "4.8 · 1,517 reviews", "4.8 · 1,540 reviews"),
        sub("reword", "Flavor notes: blueberry, sweet pine, a hint of vanilla",
            "Flavor notes: sweet pine, blueberry and a hint of vanilla"),
    )
    p.week(
        chg("modified", "legal_status",
            "HI, ID, IA, MA, MI, MN, MT, NV, NY,", "HI, ID, IA, MA, MD, MI, MN, MS, MT, NV, NY,",
            "We currently cannot ship delta-8 products to:"),
        sub("furniture", "Rewards: earn 1 point per $1 spent.", "Rewards: earn 2 points per $1 spent this month."),
    )
    p.week(
        sub("number_format", "1 gram of 95% pure delta-8", "1g of 95% pure delta-8"),
        sub("number_format", "take 1–2 short puffs", "take one or two short puffs"),
        sub("reword", "- Ceramic coil, 510 thread", "- 510-thread, ceramic coil"),
        sub("furniture", "| Batch | 24K-0915 |", "| Batch | 24K-1027 |"),
    )
    p.week(
        chg("number", "potency", "Delta-8 is about half as potent as delta-9 THC",
            "Delta-8 is about two-thirds as potent as delta-9 THC",
            "about two-thirds as potent as delta-9 THC", "about half as potent as delta-9 THC"),
        sub("furniture", "🔥 211 sold", "🔥 96 sold"),
        sub("furniture", "Shipping: $5 flat rate", "Shipping: $6 flat rate"),
    )
    p.week(
        split("Delta-8 is about two-thirds"),
        sub("number_format", "Age restriction: 21+.", "Age restriction: 21 and over."),
        sub("furniture", "4.8 · 1,540 reviews", "4.8 · 1,566 reviews"),
    )
    return p


def gelato_thca_flower():
    p = Page("gelato-thca-flower", "shop", T_THCA, "2026-10-19", """
        THCa Flower — Gelato 41 (Indoor)
        ★ 4.7 (203 reviews)
        | Weight | Price |
        | 3.5g | $34.99 |
        | 7g | $59.99 |
        | 14g | $99.99 |
        | 28g | $169.99 |
        Only 6 left at this price!
        Grown indoors in Tennessee under LED, hand-trimmed and slow-cured for 14 days. Dense, frosty nugs with a sweet, creamy, gassy nose.
        Total THCa: 27.4%
        Total cannabinoids: 31.2%
        Delta-9 THC: 0.21% (compliant with the 2018 Farm Bill)
        Dominant terpenes
        | Terpene | % |
        | Limonene | 0.61 |
        | Caryophyllene | 0.48 |
        | Linalool | 0.22 |
        Harvested 08/2026 · Batch GL41-0826 · Tested by Riverbend Analytical
        THCa is non-intoxicating in its raw form. When heated (smoked or vaped), THCa converts to delta-9 THC and will produce psychoactive effects.
        Effects reported by customers: relaxing, euphoric, sleepy. Best for evenings.
        Adults 21+ only. Do not use if pregnant or breastfeeding. Will cause a positive drug test.
        We ship THCa flower to all states where hemp is legal. We do not ship to ID, KS, NE, OR, RI, or any address where local law prohibits it.
        Shipping: discreet, smell-proof packaging. Standard (3–5 days) $5.99 · Express (1–2 days) $14.99.
        Please note: due to carrier rules, we cannot ship to P.O. boxes.
        Loyalty: Earn 3 points per dollar. Refer a friend, get $15.
        Disclaimer: Hemp-derived products have not been evaluated by the FDA. Consult your doctor before use.
    """)
    p.week(
        sub("furniture", "| 3.5g | $34.99 |", "| 3.5g | $29.99 |"),
        sub("furniture", "| 28g | $169.99 |", "| 28g | $149.99 |"),
        sub("furniture", "Only 6 left", "Only 2 left"),
        sub("furniture", "(203 reviews)", "(211 reviews)"),
        move("| Linalool | 0.22 |", "| Caryophyllene | 0.48 |", before=True),
    )
    p.week(
        chg("number", "product", "Total THCa: 27.4%", "Total THCa: 24.9%", "Total THCa: 24.9%", "Total THCa: 27.4%"),
        chg("number", "product", "Total cannabinoids: 31.2%", "Total cannabinoids: 28.8%",
            "Total cannabinoids: 28.8%", "Total cannabinoids: 31.2%"),
        sub("furniture", "Harvested 08/2026 · Batch GL41-0826", "Harvested 09/2026 · Batch GL41-0919"),
    )
    p.week(
        sub("number_format", "slow-cured for 14 days", "slow-cured for two weeks"),
        sub("reword", "with a sweet, creamy, gassy nose", "with a gassy, sweet, creamy nose"),
        sub("furniture", "Standard (3–5 days) $5.99", "Standard (3–5 days) $6.99"),
    )
    p.week(
        chg("modified", "efficacy", "Effects reported by customers: relaxing, euphoric, sleepy.",
            "Effects reported by customers: relaxing, euphoric, sleepy, with relief from everyday aches and pains.",
            "with relief from everyday aches and pains"),
        sub("furniture", "Refer a friend, get $15.", "Refer a friend, get $20."),
    )
    return p


def myco_dreams_amanita():
    p = Page("myco-dreams-amanita", "shop", T_AMANITA, "2026-10-12", """
        MYCO DREAMS Amanita Muscaria Gummies — Berry Blast
        100% LEGAL* · Feel the magic without the trip to Oregon 🍄
        $29.99 / 10 gummies
        4.3 ★ (58 reviews)
        👀 14 people have this in their cart
        What is it?
        Myco Dreams gummies are made with a water extract of Amanita muscaria (fly agaric) caps, carefully decarboxylated to convert ibotenic acid into muscimol. Looking for a legal alternative to psilocybin? This is the one people keep coming back to.
        Each gummy contains 350mg of Amanita muscaria extract standardized to 7mg muscimol.
        - Dreamy, floaty, introspective
        - Lucid dreams & deep sleep
        - Less than 0.1% ibotenic acid
        - Lab verified, every batch
        Serving: ½ gummy to start. Effects can take 1–2 hours to appear — be patient and do not redose. Do not take more than 2 gummies in a 24-hour period.
        Effects can last 6–8 hours.
        *Amanita muscaria is not a controlled substance under federal law. It is illegal in Louisiana. Check your local laws before ordering.
        Do not mix with alcohol or other depressants. Not for use by anyone under 21 or during pregnancy.
        Shipping
        | Method | Time | Price |
        | Standard | 4–7 days | $4.99 |
        | Expedited | 2–3 days | $11.99 |
        | Overnight | 1 day | $29.99 |
        Sign up for texts and get 15% off your first order! Msg & data rates may apply.
        FDA Disclaimer: These statements have not been evaluated by the Food and Drug Administration.
    """)
    p.week(
        sub("furniture", "👀 14 people", "👀 31 people"),
        sub("furniture", "4.3 ★ (58 reviews)", "4.3 ★ (63 reviews)"),
        sub("number_format", "Serving: ½ gummy to start.", "Serving: 1/2 gummy to start."),
    )
    p.week(
        add("safety", "Do not mix with alcohol or other depressants.",
            "Amanita muscaria can cause nausea, vomiting, confusion and muscle twitching. Seek medical care if symptoms are severe.",
            "can cause nausea, vomiting, confusion and muscle twitching", before=True),
        sub("furniture", "| Expedited | 2–3 days | $11.99 |", "| Expedited | 2–3 days | $12.99 |"),
    )
    p.week(
        split("Looking for a legal alternative"),
        sub("number_format", "Effects can last 6–8 hours.", "Effects can last 6 to 8 hours."),
        sub("reword", "- Dreamy, floaty, introspective", "- Dreamy, introspective, floaty"),
    )
    p.week(
        chg("modified", "legal_status", "It is illegal in Louisiana.", "It is illegal in Louisiana and Florida.",
            "It is illegal in Louisiana and Florida.", "It is illegal in Louisiana."),
        sub("furniture", "get 15% off your first order!", "get 20% off your first order!"),
    )
    p.week(
        sub("furniture", "👀 31 people", "👀 8 people"),
        sub("furniture", "4.3 ★ (63 reviews)", "4.3 ★ (70 reviews)"),
        sub("punctuation", "- Lab verified, every batch", "- Lab-verified, every batch"),
    )
    return p


def tianeptine_powder():
    p = Page("tianeptine-powder", "shop", T_TIANEPTINE, "2026-09-21", """
        Tianeptine Sodium Powder 99%+ | 5g / 10g / 25g
        Sold for laboratory research purposes ONLY. Not for human consumption.
        $34.00 – $119.00
        | 5g | $34.00 |
        | 10g | $59.00 |
        | 25g | $119.00 |
        In stock. Ships in 24h from our US warehouse.
        Product info
        Tianeptine sodium is a tricyclic compound first developed in France in the 1960s. Our material is a fine white crystalline powder, purity 99.3% by HPLC.
        - CAS: 30123-17-2
        - Molecular formula: C21H24ClN2NaO4S
        - Purity: ≥99% (HPLC)
        - Appearance: white to off-white powder
        - Solubility: freely soluble in water
        Research notes
        In published literature tianeptine acts as a full agonist at the mu-opioid receptor, with weaker activity at the delta-opioid receptor.
        Researchers commonly measure out 12.5 mg samples using a 0.001g precision scale. This amount is very small, roughly the size of a grain of rice.
        Tianeptine has a short half-life of about 2.5 hours.
        Safety
        Tianeptine is not approved by the FDA. Dependence and severe withdrawal have been reported with repeated high-dose use. Keep away from minors.
        Legal: As of September 2026, tianeptine is banned or scheduled in Alabama, Michigan, Tennessee, Kentucky, Ohio, Minnesota, Florida and Georgia. We do not ship to these states. Buyers must be 21+.
        | SKU | TNP-NA-99 |
        | Lot | T-2609-03 |
        | COA | Download |
        Shipping: USPS Priority, $7. Free over $100. International shipping not available.
        Payment: we accept Zelle, Cash App and crypto (BTC, LTC, USDT). 5% discount for crypto.
        Contact: support@researchpowders.example (reply within 24h)
    """)
    p.week(
        sub("furniture", "$34.00 – $119.00", "$29.00 – $119.00"),
        sub("furniture", "| 5g | $34.00 |", "| 5g | $29.00 |"),
        sub("furniture", "5% discount for crypto", "10% discount for crypto"),
        sub("number_format", "Ships in 24h", "Ships within 24 hours"),
    )
    p.week(
        chg("number", "dosage", "commonly measure out 12.5 mg samples", "commonly measure out 25 mg samples",
            "commonly measure out 25 mg samples", "commonly measure out 12.5 mg samples"),
        sub("reword", "This amount is very small, roughly the size of a grain of rice.",
            "That is a very small amount, about the size of a grain of rice."),
    )
    p.week(
        sub("furniture", "| Lot | T-2609-03 |", "| Lot | T-2611-01 |"),
        sub("punctuation", "in the 1960s", "in the 1960's"),
        sub("number_format", "about 2.5 hours", "about 2½ hours"),
        sub("date", "As of September 2026, tianeptine", "As of October 2026, tianeptine"),
    )
    p.week(
        chg("modified", "legal_status", "Minnesota, Florida and Georgia.",
            "Minnesota, Florida, Georgia, Indiana and Mississippi.",
            "Florida, Georgia, Indiana and Mississippi"),
        sub("furniture", "Shipping: USPS Priority, $7.", "Shipping: USPS Priority, $9."),
    )
    return p


def phenibut_capsules():
    p = Page("phenibut-capsules", "shop", T_PHENIBUT, "2026-10-05", """
        Phenibut HCl Capsules (500mg × 60)
        BrainForge Labs · Nootropics › GABA support
        4.6/5 — 712 reviews
        $21.95
        Subscribe & Save 10% — delivered every 30, 45 or 60 days
        Bundle & save: 2 bottles $39.90 · 3 bottles $56.85
        Phenibut (β-phenyl-γ-aminobutyric acid) is a GABA analogue developed in the Soviet Union in the 1960s. Our phenibut is 99% pure HCl form, encapsulated in the USA.
        Benefits users report*:
        - Reduced social anxiety
        - Sociability and talkativness
        - Deeper, more restful sleep
        - Calm focus
        Suggested use: take 1 capsule (500 mg) on an empty stomach. Effects may take 2–3 hours to begin. Do not take more than 2 capsules per day and do not use more than 2 times per week.
        Warning: Phenibut can cause tolerance and dependence with frequent use. Abrupt discontinuation after daily use can cause serious withdrawal, including rebound anxiety, insomnia and, rarely, psychosis. Do not combine with alcohol or other depressants.
        Supplement facts
        | Serving size | 1 capsule |
        | Servings per container | 60 |
        | Phenibut HCl | 500 mg |
        | Other ingredients | hypromellose (capsule), rice flour |
        Lot #PB-3318 · Best by 03/2028 · Made in a cGMP-certified facility
        Why BrainForge? Every lot is third-party tested for identity, purity and heavy metals. COAs available on request.
        Free shipping on US orders over $35 · 30-day money-back guarantee
        Not for sale to persons under 18.
        *These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.
        Customer questions
        Q: Can I take it daily? A: We don't recommend daily use. See the warning above.
        Q: Is it vegan? A: Yes, the capsules are plant-based.
    """)
    p.week(
        chg("number", "dosage", "do not use more than 2 times per week", "do not use more than 3 times per week",
            "do not use more than 3 times per week", "do not use more than 2 times per week"),
        sub("furniture", "712 reviews", "730 reviews"),
    )
    p.week(
        move("- Calm focus", "- Reduced social anxiety", before=True),
        sub("number_format", "Effects may take 2–3 hours to begin.", "Effects may take 2 to 3 hours to begin."),
        sub("furniture", "2 bottles $39.90 · 3 bottles $56.85", "2 bottles $37.90 · 3 bottles $53.85"),
        sub("typo", "talkativness", "talkativeness"),
    )
    p.week(
        rem("efficacy", "- Reduced social anxiety", "Reduced social anxiety"),
        sub("furniture", "Lot #PB-3318 · Best by 03/2028", "Lot #PB-3402 · Best by 05/2028"),
    )
    p.week(
        sub("reword", "Warning: Phenibut can cause tolerance and dependence with frequent use.",
            "Warning: Frequent use of phenibut can cause tolerance and dependence."),
        sub("reword", "A: We don't recommend daily use.", "A: We do not recommend daily use."),
        sub("number_format", "(500mg × 60)", "(500 mg x 60)"),
    )
    return p


def seven_oh_faq_forum():
    p = Page("seven-oh-faq-forum", "shop", T_7OH, "2026-10-07", """
        7-OH FAQ: straight answers, no hype
        Posted by staff_mike · last edited 10/07/2026 · 14,220 views · 212 replies
        Pinned thread. Read this before you post "how much should I take" for the 50th time lol.
        Q: What even is 7-OH?
        A: 7-hydroxymitragynine. It's one of the alkaloids in kratom leaf, but in the leaf it's tiny, way under 2% of the total alkaloids. What you buy in tablets is made from mitragynine in a lab and concentraded way up. So no, it's not "just kratom."
        Q: How strong is it?
        A: Strong. Mouse studies put it around 13x morphine at the mu-opioid receptor. People who've used kratom for years get surprised by it all the time. Respect it.
        Q: How much should a first-timer take?
        A: Honestly? 5mg or less. Half of a 10mg tab. Wait a full 60 minutes before you even think about more.
        Q: How long does it last?
        A: Usually 4–6 hrs for most people, shorter if you've built tolerance.
        Q: Is it addictive?
        A: Yes. Tolerance builds fast. Daily users report withdrawal that feels a lot like opioid withdrawal: sweats, restless legs, yawning, no sleep. Most of the guys here who went daily hit that wall within a few weeks.
        Q: Can I mix it with alcohol / benzos / gabapentin?
        A: NO. Stacking depressants is how people stop breathing. Don't.
        Q: Is it legal?
        A: Depends where you are. It's not federally scheduled (yet) but a bunch of states have banned it and more are coming. If you're in Florida, it's Schedule I there now.
        Q: Does it help with opioid withdrawal?
        A: Some members say it took the edge off when they came off pills, but it's an opioid itself, so you're trading one for the other. Talk to a doctor about buprenorphine or methadone instead.
        Top replies
        > u/kratomkat · 2d ago · ▲ 48 — this should be required reading before checkout tbh
        > u/dave_in_tampa · 5d ago · ▲ 31 — the 60 min wait thing saved me from a rough night
        > u/quietstorm · 1w ago · ▲ 19 — can we get a section on tapering?
        Related threads: Tapering off 7-OH: share your plan · Which tabs are actually lab tested? · Gas station 7-OH vs online
        Community rules · Report post · Share
    """)
    p.week(
        sub("furniture", "14,220 views · 212 replies", "15,871 views · 229 replies"),
        sub("date", "last edited 10/07/2026", "last edited 10/13/2026"),
        sub("furniture", "u/kratomkat · 2d ago · ▲ 48", "u/kratomkat · 8d ago · ▲ 63"),
        ins("furniture", "> u/kratomkat", "> u/slowtaper · 1d ago · ▲ 52 — bookmarking this for my brother", before=True),
        sub("number_format", "Usually 4–6 hrs for most people", "Usually 4–6 hours for most people"),
    )
    p.week(
        chg("number", "dosage", "Honestly? 5mg or less. Half of a 10mg tab.",
            "Honestly? 2.5mg or less. A quarter of a 10mg tab.",
            "A quarter of a 10mg tab", "Half of a 10mg tab"),
        sub("furniture", "u/dave_in_tampa · 5d ago · ▲ 31", "u/dave_in_tampa · 11d ago · ▲ 40"),
    )
    p.week(
        chg("quantifier", "safety", "Most of the guys here who went daily", "Some of the guys here who went daily",
            "Some of the guys here who went daily", "Most of the guys here who went daily"),
        sub("furniture", "15,871 views · 229 replies", "17,302 views · 241 replies"),
    )
    p.week(
        sub("number_format", "Mouse studies put it around 13x morphine",
            "Mouse studies put it at roughly thirteen times morphine"),
        sub("furniture", "Related threads: Tapering off 7-OH: share your plan · Which tabs are actually lab tested? · Gas station 7-OH vs online",
            "Related threads: Tapering off 7-OH: share your plan · Gas station 7-OH vs online · Your first week off: what helped?"),
        sub("date", "last edited 10/13/2026", "last edited 10/27/2026"),
        sub("typo", "concentraded way up", "concentrated way up"),
    )
    return p


def cloud_city_listing():
    p = Page("cloud-city-7oh-listing", "shop", T_7OH, "2026-10-12", """
        7-OH Products | Cloud City Smoke & Vape
        Showing 1–8 of 8 results · Sort by: Popularity
        Filter: Tablets (4) · Shots (2) · Gummies (2)
        IN-STORE PICKUP AVAILABLE at all 3 Cloud City locations
        - 7Tabz 7-OH Tablets 15mg – 3ct · $14.99 · ★4.6 (212)
        - 7Tabz 7-OH Tablets 15mg – 12ct · $44.99 · ★4.7 (98)
        - Pseudo Extreme 7-OH 25mg – 3ct · $21.99 · ★4.5 (167) · SALE
        - Pseudo Extreme 7-OH 25mg – 10ct · $59.99 · ★4.8 (54)
        - OHM SHOT 7-OH Shot 45mg · $19.99 · ★4.9 (301)
        - Hush 7-OH Shot 30mg · $16.99 · ★4.2 (44)
        - Seven Bliss 7-OH Gummies 8mg – 10ct · $39.00 · ★4.6 (89)
        - Nightcap 7-OH + Kava Gummies 5mg – 5ct · $18.99 · ★4.1 (23)
        Buy any 2 tablet packs, get 10% off. Mix and match!
        About 7-OH
        7-hydroxymitragynine (7-OH) is a naturally occurring alkaloid found in the kratom leaf. Our 7-OH products are lab tested and sourced from trusted brands.
        7-OH is a concentrated product and is much stronger than regular kratom. New customers should start with the lowest strength and not redose within 2 hours.
        Important
        - You must be 21+ to purchase 7-OH products. Valid ID required for pickup and delivery.
        - We cannot ship 7-OH to Florida, Alabama, Arkansas, Indiana, Rhode Island, Vermont or Wisconsin.
        - 7-OH may be habit forming. Not for use by pregnant or nursing women.
        Store locations
        | Cloud City Eastside | 2214 E 7th St, Austin | 10am–10pm daily |
        | Cloud City Midtown | 88 W 38th St, Austin | 10am–11pm daily |
        | Cloud City North | 6417 N Lamar Blvd, Austin | 9am–9pm daily |
        Sign up for our newsletter and get a free lighter with your next order!
        FDA disclaimer: These products are not intended to diagnose, treat, cure or prevent any disease.
    """)
    p.week(
        sub("furniture", "$14.99 · ★4.6 (212)", "$12.99 · ★4.6 (219)"),
        sub("furniture", "$21.99 · ★4.5 (167) · SALE", "$21.99 · ★4.5 (171)"),
        sub("furniture", "$59.99 · ★4.8 (54)", "$54.99 · ★4.8 (54) · SALE"),
    )
    p.week(
        ins("furniture", "- Pseudo Extreme 7-OH 25mg – 10ct",
            "- Pseudo Extreme 7-OH 25mg – 20ct · $99.99 · ★4.9 (12) · NEW"),
        sub("furniture", "Showing 1–8 of 8 results", "Showing 1–9 of 9 results"),
        sub("furniture", "Filter: Tablets (4)", "Filter: Tablets (5)"),
    )
    p.week(
        sub("furniture", "| 10am–11pm daily |", "| 10am–midnight Fri–Sat, 10am–11pm Sun–Thu |"),
        move("- Hush 7-OH Shot", "- 7Tabz 7-OH Tablets 15mg – 3ct", before=True),
        sub("furniture", "get a free lighter with your next order!", "get $5 off your next order!"),
    )
    p.week(
        chg("modified", "product", "is a naturally occurring alkaloid found in the kratom leaf.",
            "is a semi-synthetic alkaloid made from compounds in the kratom leaf.",
            "is a semi-synthetic alkaloid made from compounds in the kratom leaf",
            "is a naturally occurring alkaloid found in the kratom leaf"),
        sub("furniture", "Buy any 2 tablet packs, get 10% off.", "Buy any 2 tablet packs, get 15% off."),
    )
    p.week(
        add("safety", "7-OH is a concentrated product and is much stronger",
            "When used responsibly, our 7-OH products have no known side effects.",
            "have no known side effects"),
        sub("number_format", "- You must be 21+ to purchase", "- You must be 21 or older to purchase"),
    )
    return p


def pages():
    return [hydra7_tablets(), ohm_shot(), seven_bliss_gummies(), daily_ritual_bundle(),
            red_bali_capsules(), green_maeng_da_powder(), bula_calm_kava(), cloud_nine_d8_cart(),
            gelato_thca_flower(), myco_dreams_amanita(), tianeptine_powder(), phenibut_capsules(),
            seven_oh_faq_forum(), cloud_city_listing()]
