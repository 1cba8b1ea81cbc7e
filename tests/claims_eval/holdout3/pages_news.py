"""News pages and treatment / harm-reduction pages (invented outlets, places and people)."""

from edits import (Page, add, chg, dele, ins, merge, move, split, sub,
                   T_7OH, T_KRATOM)


def marlow_coroner_deaths():
    p = Page("marlow-coroner-deaths", "news", T_7OH, "2026-10-14", """
        Coroner links 3 deaths in Marlow County to 7-OH, a kratom-derived product sold at gas stations
        By Dana Whitfield
        Published: Oct. 14, 2026 at 5:12 PM EDT | Updated: Oct. 14, 2026 at 9:40 PM EDT
        MARLOW COUNTY, Ohio (WKRV) — Three people who died in Marlow County since July had 7-hydroxymitragynine, a potent compound sold in tablets and shots at gas stations and smoke shops, in their systems, the county coroner said Tuesday.
        Coroner Linda Abernathy said all three were men between the ages of 24 and 51. Two of the deaths were ruled accidental overdoses; the third remains under investigation.
        "These are not people who thought they were taking something dangerous," Abernathy said. "They bought it at the same counter where you buy a soda."
        7-OH is found naturally in the kratom leaf in very small amounts. The products sold in stores are made by concentrating it, and researchers say it acts on the same brain receptors as opioids.
        Ohio does not currently ban 7-OH. A bill that would add it to the state's list of Schedule I drugs was introduced in the Ohio House in September and has not had a hearing.
        The Marlow County Health Department said it has received 11 reports of people seeking emergency care after using 7-OH products since June.
        Health officials urge anyone who uses 7-OH and develops slowed breathing, extreme drowsiness or blue lips to call 911. Naloxone can reverse an overdose involving 7-OH, they said.
        RELATED: What is 7-OH? What parents should know about the gas station 'kratom' pills
        RELATED: Marlow County sheriff warns of fentanyl-laced pills after string of overdoses
        Copyright 2026 WKRV. All rights reserved.
        Sign up for our Morning Rundown newsletter
        Download the WKRV News app for breaking news alerts
        Trending
        - Lane closures on I-71 this weekend: what to know
        - High school football scores: Week 8
        - Marlow County fair board names new director
    """)
    p.week(
        sub("date", "Updated: Oct. 14, 2026 at 9:40 PM EDT", "Updated: Oct. 15, 2026 at 11:02 AM EDT"),
        sub("reword", "Coroner links 3 deaths in Marlow County to 7-OH, a kratom-derived product",
            "Marlow County coroner ties 3 deaths to 7-OH, a kratom-derived product"),
        dele("furniture", "- High school football scores: Week 8"),
        ins("furniture", "Trending", "- Pumpkin patch guide: 12 farms to visit this fall"),
    )
    p.week(
        chg("number", "statistics", "has received 11 reports", "has received 14 reports",
            "has received 14 reports of people seeking emergency care",
            "has received 11 reports of people seeking emergency care"),
        sub("date", "Updated: Oct. 15, 2026 at 11:02 AM EDT", "Updated: Oct. 16, 2026 at 4:55 PM EDT"),
    )
    p.week(
        chg("number", "safety", "Two of the deaths were ruled accidental overdoses; the third remains under investigation.",
            "All three deaths have now been ruled accidental overdoses.",
            "All three deaths have now been ruled accidental overdoses.", "the third remains under investigation"),
        sub("date", "Updated: Oct. 16, 2026 at 4:55 PM EDT", "Updated: Oct. 21, 2026 at 6:30 PM EDT"),
    )
    p.week(
        ins("non_claim_sentence", "They bought it at the same counter",
            '"We are asking every store owner in this county to think hard about what they put on that shelf," Abernathy said.'),
        sub("reword", '"These are not people who thought', '"These aren\'t people who thought'),
        sub("furniture", "RELATED: Marlow County sheriff warns of fentanyl-laced pills after string of overdoses",
            "RELATED: Ohio lawmakers weigh 7-OH ban as gas station sales grow"),
        sub("date", "Updated: Oct. 21, 2026 at 6:30 PM EDT", "Updated: Oct. 22, 2026 at 8:15 AM EDT"),
    )
    p.week(
        split("The products sold in stores are made"),
        sub("furniture", "Sign up for our Morning Rundown newsletter", "Get the Morning Rundown in your inbox every weekday"),
        sub("furniture", "- Lane closures on I-71 this weekend: what to know", "- Winter weather advisory issued for northern counties"),
    )
    return p


def courier_poison_center():
    p = Page("courier-poison-center", "news", T_7OH, "2026-11-02", """
        Calls to state poison center about 7-OH have tripled this year
        Health | By Marcus Ellery, Staff Writer
        Nov. 2, 2026
        Save · Share · 42 comments
        The Riverside Regional Poison Center has taken 126 calls about 7-hydroxymitragynine so far this year, up from 41 in all of 2025, according to figures the center released Monday.
        Most of the calls came from emergency departments treating adults who had taken tablets or liquid shots bought at convenience stores, said Dr. Priya Natarajan, the center's medical director. About one in five involved a child or teenager.
        "The numbers are going in one direction," Natarajan said.
        Symptoms reported to the center included vomiting, agitation, a racing heart and, in the most serious cases, breathing that slowed enough to need a ventilator. Nine patients were placed on a ventilator this year, the center said.
        The center's figures include calls from hospitals, from the public and from pharmacies. They do not include deaths, which are tracked by county medical examiners.
        7-OH is a compound present in trace amounts in the leaves of the kratom tree. Manufacturers concentrate it and sell it in products labeled as "extracts" or "alkaloids." The U.S. Food and Drug Administration recommended in July 2025 that it be placed under federal control.
        The state Legislature is considering House Bill 318, which would ban the sale of 7-OH products to anyone under 21 and require them to be kept behind the counter.
        Natarajan said people who use 7-OH should not mix it with alcohol or sedatives and should keep naloxone on hand.
        Poison center specialists can be reached 24 hours a day at 1-800-222-1222.
        Marcus Ellery covers health for the Courier. Reach him at mellery@courier.example.
        More from Health
        - Flu shots: where to get one free this month
        - Hospital system announces new cancer center
        - Ask the doctor: Is it safe to take melatonin every night?
        Subscribe now: 99 cents for the first 6 months
    """)
    p.week(
        chg("number", "statistics", "About one in five involved a child or teenager.",
            "About one in eight involved a child or teenager.",
            "About one in eight involved a child or teenager.", "About one in five involved a child or teenager."),
        ins("non_claim_sentence", "Marcus Ellery covers health",
            "Correction: An earlier version of this story misstated the share of calls that involved children and teenagers.",
            before=True),
        sub("furniture", "Save · Share · 42 comments", "Save · Share · 57 comments"),
    )
    p.week(
        sub("reword", '"The numbers are going in one direction," Natarajan said.',
            '"The numbers are only going one way," Natarajan said.'),
        sub("furniture", "Subscribe now: 99 cents for the first 6 months", "Subscribe now: $1 a week for your first year"),
        sub("date", "Nov. 2, 2026", "Updated Nov. 4, 2026"),
        sub("furniture", "- Hospital system announces new cancer center", "- Five tips for a healthier holiday season"),
    )
    p.week(
        add("safety", "Nine patients were placed on a ventilator",
            '"We have now had two deaths in the state where 7-OH was the only substance found," Natarajan said.',
            "two deaths in the state where 7-OH was the only substance found"),
        sub("furniture", "Save · Share · 57 comments", "Save · Share · 88 comments"),
    )
    p.week(
        merge("Natarajan said people who use 7-OH should not mix"),
        sub("furniture", "By Marcus Ellery, Staff Writer", "By Marcus Ellery, Health Reporter"),
        sub("furniture", "Save · Share · 88 comments", "Save · Share · 93 comments"),
    )
    return p


def harlan_smoke_shop_raid():
    p = Page("harlan-smoke-shop-raid", "news", T_7OH, "2026-10-22", """
        Deputies raid 4 smoke shops, seize 7-OH tablets in Harlan Parish sweep
        Posted 6:02 a.m. Oct 22, 2026 · Updated 11:15 a.m.
        By Staff report
        HARLAN PARISH, La. — Sheriff's deputies seized more than 3,000 packages of 7-hydroxymitragynine products and arrested two store clerks Tuesday in a sweep of four smoke shops, the Harlan Parish Sheriff's Office said.
        The two clerks, ages 27 and 33, were booked on counts of possession with intent to distribute a Schedule I controlled substance. Both were released on bond Wednesday.
        Louisiana added 7-OH to its list of Schedule I controlled substances effective Aug. 1, 2026. Possession with intent to distribute a Schedule I substance is a felony punishable by up to 10 years in prison.
        Sheriff Ray Thibodeaux said his office sent letters to every store in the parish in July warning that the products would be illegal to sell after the law took effect.
        "We gave them fair warning," Thibodeaux said. "We're not going to let anybody sell this stuff to our kids."
        Deputies also seized $14,600 in cash and several vape cartridges that are being tested, the sheriff's office said.
        The shops' names were not released. The investigation is continuing.
        Anyone with information about the sale of 7-OH products can call the sheriff's tip line at 985-555-0133 or submit a tip anonymously online.
        Photo: Packages of tablets seized by Harlan Parish deputies. (Harlan Parish Sheriff's Office)
        Copyright 2026 KHAR. All rights reserved.
        Recommended
        - Parish council approves new drainage project
        - Man arrested after high-speed chase on LA 1
        - Weekend forecast: cooler temps, rain chances
        - School board votes to extend superintendent's contract
    """)
    p.week(
        chg("number", "statistics", "arrested two store clerks", "arrested three store clerks",
            "arrested three store clerks", "arrested two store clerks"),
        chg("number", "statistics", "The two clerks, ages 27 and 33, were booked",
            "The three clerks, ages 27, 33 and 41, were booked", "The three clerks, ages 27, 33 and 41"),
        chg("number", "statistics", "Both were released on bond Wednesday.", "All three were released on bond Wednesday.",
            "All three were released on bond Wednesday."),
        sub("date", "· Updated 11:15 a.m.", "· Updated Oct 23, 2026, 8:40 a.m."),
    )
    p.week(
        sub("furniture", "Photo: Packages of tablets seized by Harlan Parish deputies.",
            "Photo: Some of the packages seized Tuesday, laid out at the sheriff's office."),
        sub("number_format", "effective Aug. 1, 2026", "effective August 1, 2026"),
        sub("furniture", "- Weekend forecast: cooler temps, rain chances", "- Friday night football: Week 9 scores"),
    )
    p.week(
        chg("number", "legal_status", "punishable by up to 10 years in prison", "punishable by up to 20 years in prison",
            "punishable by up to 20 years in prison", "punishable by up to 10 years in prison"),
        ins("non_claim_sentence", "Anyone with information",
            "Correction: A previous version of this story understated the maximum prison sentence under state law.",
            before=True),
    )
    p.week(
        sub("number_format", "more than 3,000 packages of", "more than 3000 packages of"),
        sub("furniture", "- Parish council approves new drainage project", "- Holiday light show returns to City Park"),
        sub("furniture", "tip line at 985-555-0133", "tip line at 985-555-0177"),
    )
    return p


def wire_fda_7oh():
    p = Page("wire-fda-7oh", "news", T_7OH, "2026-11-12", """
        FDA moves to restrict 7-OH as states crack down on 'gas station heroin'
        By JORDAN PIKE Associated Newswire
        Updated 2:05 PM EST, November 12, 2026
        WASHINGTON (AN) — The Food and Drug Administration on Thursday sent warning letters to nine companies selling 7-hydroxymitragynine products online, saying the products are unapproved drugs and adulterated foods.
        The letters are the agency's latest step against 7-OH, a compound found in small amounts in kratom that is concentrated and sold as tablets, gummies and drink shots. In July 2025 the FDA recommended that the Drug Enforcement Administration place 7-OH in Schedule I, the most restrictive category.
        The DEA has not yet acted on that recommendation. A DEA spokesperson declined to comment on the timing.
        At least 14 states have banned or restricted 7-OH products, according to an Associated Newswire review of state laws.
        Industry groups say the crackdown lumps 7-OH products in with traditional kratom leaf, which they say is far milder. "Kratom leaf and concentrated 7-OH are two very different things," said Wes Carrow of the Botanical Freedom Coalition, a trade group. "We support age limits and labeling, not bans."
        Addiction specialists say 7-OH's potency puts it closer to prescription opioids than to kratom leaf, and that some patients who use it daily develop dependence within weeks.
        The FDA said consumers who experience adverse effects should report them to MedWatch.
        ___
        Associated Newswire writer Kim Osei in Tallahassee, Florida, contributed to this report.
        Copyright 2026 Associated Newswire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
        Most read
        - Stocks slip as investors weigh jobs data
        - Hurricane season ends quietly in the Atlantic
        - 5 takeaways from Tuesday's debate
    """)
    p.week(
        sub("date", "Updated 2:05 PM EST, November 12, 2026", "Updated 4:17 PM EST, November 12, 2026"),
        ins("furniture", "By JORDAN PIKE",
            "Packages of 7-OH tablets on a shelf at a smoke shop in Tampa, Fla., Aug. 14, 2025. (AN Photo/Chris Vale, File)",
            before=True),
        sub("furniture", "- Hurricane season ends quietly in the Atlantic", "- Holiday travel expected to break records"),
    )
    p.week(
        chg("number", "legal_status", "At least 14 states have banned or restricted", "At least 16 states have banned or restricted",
            "At least 16 states have banned or restricted", "At least 14 states have banned or restricted"),
        sub("furniture", "Associated Newswire writer Kim Osei in Tallahassee, Florida, contributed to this report.",
            "Associated Newswire writers Kim Osei in Tallahassee, Florida, and Ben Alder in Columbus, Ohio, contributed to this report."),
        sub("date", "Updated 4:17 PM EST, November 12, 2026", "Updated 10:48 AM EST, November 13, 2026"),
    )
    p.week(
        sub("reword", '"We support age limits and labeling, not bans."', '"What we support is age limits and labeling — not bans."'),
        sub("number_format", "warning letters to nine companies", "warning letters to 9 companies"),
    )
    p.week(
        sub("reword", "FDA moves to restrict 7-OH as states crack down on 'gas station heroin'",
            "FDA targets 7-OH sellers as states crack down on 'gas station heroin'"),
        sub("punctuation", "Schedule I, the most restrictive category", "Schedule I — the most restrictive category"),
        sub("furniture", "- 5 takeaways from Tuesday's debate", "- What's open and closed on Thanksgiving"),
    )
    p.week(
        chg("modified", "potency", "puts it closer to prescription opioids than to kratom leaf",
            "puts it closer to heroin than to kratom leaf",
            "puts it closer to heroin than to kratom leaf", "puts it closer to prescription opioids than to kratom leaf"),
        sub("furniture", "- Stocks slip as investors weigh jobs data", "- Black Friday deals: what's actually worth buying"),
        sub("date", "Updated 10:48 AM EST, November 13, 2026", "Updated 9:02 AM EST, November 20, 2026"),
    )
    return p


def harbor_pines_withdrawal():
    p = Page("harbor-pines-7oh-withdrawal", "care", T_7OH, "2026-10-09", """
        7-OH Addiction and Withdrawal: Symptoms, Timeline and Treatment
        Medically reviewed by Sarah Lindqvist, MD, FASAM · Written by the Harbor Pines Recovery editorial team
        Last updated: October 9, 2026
        Call 24/7: (866) 555-0192 · Insurance accepted · Verify your coverage in 2 minutes
        7-hydroxymitragynine (7-OH) is an alkaloid found in small quantities in the kratom plant. Products sold as "7-OH" are concentrated far beyond the levels found in the leaf, and because 7-OH binds strongly to mu-opioid receptors, regular use can lead to physical dependence similar to that seen with prescription opioids.
        Signs of 7-OH addiction
        - Needing larger or more frequent doses to feel the same effect
        - Spending significant money on 7-OH products
        - Feeling sick when a dose is missed
        - Continuing to use despite problems at work, school or home
        - Failed attempts to cut back
        7-OH withdrawal timeline
        Because 7-OH is short-acting, withdrawal symptoms typically begin 6 to 12 hours after the last dose.
        | Phase | Timing | Common symptoms |
        | Early | 6–24 hours | anxiety, yawning, runny nose, sweating, muscle aches |
        | Peak | days 2–4 | nausea, diarrhea, chills, restless legs, insomnia, intense cravings |
        | Late | days 5–10 | fatigue, low mood, trouble sleeping |
        | Protracted | weeks to months | cravings, anxiety, poor sleep |
        Symptoms are rarely life-threatening but can be severe enough that most people relapse when they try to stop on their own.
        How 7-OH addiction is treated
        At Harbor Pines, treatment begins with medically supervised detox. Our physicians may use buprenorphine, clonidine and non-opioid comfort medications to ease withdrawal. After detox, patients continue with residential or outpatient care, including individual therapy, group therapy and relapse-prevention planning.
        In our 2025 program data, 78% of patients who completed detox for 7-OH went on to enter residential or outpatient treatment.
        Why choose Harbor Pines
        - Joint Commission accredited
        - On-site medical staff 24/7
        - Private and semi-private rooms
        - Family program every weekend
        We work with most major insurance plans, including Aetna, Cigna, BlueCross BlueShield and UnitedHealthcare.
        Sources
        1. Kruegel AC, Grundmann O. The medicinal chemistry and neuropharmacology of kratom. Neuropharmacology. 2018.
        2. U.S. Food and Drug Administration. FDA takes steps to restrict 7-OH opioid products. July 2025.
        Take the first step today. Call (866) 555-0192 to speak with an admissions counselor.
    """)
    p.week(
        sub("date", "Last updated: October 9, 2026", "Last updated: October 16, 2026"),
        move("- Failed attempts to cut back", "- Spending significant money", before=True),
        sub("non_claim_sentence", "BlueCross BlueShield and UnitedHealthcare.", "BlueCross BlueShield, Humana and UnitedHealthcare."),
    )
    p.week(
        chg("number", "safety", "withdrawal symptoms typically begin 6 to 12 hours", "withdrawal symptoms typically begin 12 to 24 hours",
            "withdrawal symptoms typically begin 12 to 24 hours", "withdrawal symptoms typically begin 6 to 12 hours"),
        chg("number", "safety", "| Early | 6–24 hours |", "| Early | 12–48 hours |", "| Early | 12–48 hours |", "| Early | 6–24 hours |"),
        sub("furniture", "Medically reviewed by Sarah Lindqvist, MD, FASAM", "Medically reviewed by Tomás Reyes, DO"),
    )
    p.week(
        sub("reword", "Symptoms are rarely life-threatening but can be severe enough that most people relapse when they try to stop on their own.",
            "Symptoms are rarely life-threatening. They can, however, be severe enough that most people relapse when trying to stop on their own."),
        sub("furniture", "Verify your coverage in 2 minutes", "Verify your coverage in 60 seconds"),
    )
    p.week(
        chg("number", "statistics", "78% of patients who completed detox", "71% of patients who completed detox",
            "71% of patients who completed detox for 7-OH", "78% of patients who completed detox for 7-OH"),
        sub("date", "Last updated: October 16, 2026", "Last updated: November 6, 2026"),
    )
    p.week(
        chg("added", "potency", 'Products sold as "7-OH" are concentrated',
            'In animal studies, 7-OH has been several times more potent than morphine. Products sold as "7-OH" are concentrated',
            "In animal studies, 7-OH has been several times more potent than morphine."),
        sub("date", "Last updated: November 6, 2026", "Last updated: November 13, 2026"),
        sub("furniture", "- Family program every weekend", "- Family program every Saturday"),
    )
    return p


def northside_hrc_kratom():
    p = Page("northside-hrc-kratom", "care", T_KRATOM, "2026-10-20", """
        kratom: harm reduction basics
        from the Northside Harm Reduction Collective · no judgement, just info
        what is it
        kratom (Mitragyna speciosa) is a tree in the coffee family from southeast asia. the leaves contain mitragynine and a tiny amount of 7-hydroxymitragynine (7-OH). at low doses people describe it as stimulating; at higher doses it's more sedating and opioid-like.
        heads up: 7-OH "extract" tablets and shots are NOT the same as kratom leaf. they are way more concentrated and much easier to overdo. if you're switching from leaf to 7-OH products, start over at the bottom.
        dosing (leaf powder)
        - low: 1–3 g — usually stimulating
        - moderate: 3–5 g — mixed
        - high: 5–8 g — sedating, more side effects
        - above 8 g: not recommended, nausea and vomiting get a lot more likely
        common side effects
        nausea, constipaton, itching, sweating, dry mouth, loss of appetite, peeing a lot.
        dependence
        daily use for more than a few weeks can lead to dependence. withdrawal usually starts 12–48 hours after your last dose and lasts about a week: runny nose, aches, irritability, bad sleep, diarrhea.
        don't mix
        - alcohol
        - benzos (xanax, klonopin etc)
        - other opioids
        - gabapentin / pregabalin
        - modafinil? ask a pharmacist
        mixing kratom with other depressants raises the risk of passing out and of your breathing slowing down.
        overdose
        deaths where kratom is the only substance are rare. most deaths involving kratom also involve other drugs, especially fentanyl and benzos.
        if someone won't wake up or is breathing slowly, call 911 and give naloxone. it works on 7-OH and kratom too, though you might need more than one dose.
        free naloxone + fentanyl test strips: drop-in center, 415 Alder St, tues–sat 11–7. no ID needed.
        our 2026 community survey: 112 of the 340 people who answered said they use kratom, and 29 of them said they had tried 7-OH products.
        this page was last reviewed oct 2026. tell us what we got wrong: info@northsidehrc.example
    """)
    p.week(
        sub("furniture", "tues–sat 11–7", "tues–sun 11–7"),
        move("- other opioids", "- alcohol", before=True),
        sub("typo", "constipaton", "constipation"),
    )
    p.week(
        chg("number", "dosage", "- high: 5–8 g", "- high: 5–7 g", "high: 5–7 g", "high: 5–8 g"),
        chg("number", "dosage", "- above 8 g: not recommended", "- above 7 g: not recommended",
            "above 7 g: not recommended", "above 8 g: not recommended"),
        sub("furniture", "drop-in center, 415 Alder St,", "drop-in center, 415 Alder St (side door),"),
    )
    p.week(
        sub("date", "last reviewed oct 2026", "last reviewed nov 2026"),
        merge("deaths where kratom is the only substance are rare."),
        sub("number_format", "usually starts 12–48 hours after", "usually starts 12 to 48 hours after"),
    )
    p.week(
        chg("number", "statistics", "and 29 of them said they had tried 7-OH products",
            "and 41 of them said they had tried 7-OH products",
            "41 of them said they had tried 7-OH products", "29 of them said they had tried 7-OH products"),
        sub("furniture", "no ID needed.", "no ID, no questions."),
    )
    p.week(
        chg("quantifier", "safety", "most deaths involving kratom also involve other drugs",
            "nearly all deaths involving kratom also involve other drugs",
            "nearly all deaths involving kratom also involve other drugs",
            "most deaths involving kratom also involve other drugs"),
        sub("date", "last reviewed nov 2026", "last reviewed dec 2026"),
    )
    return p


def willow_creek_kratom_blog():
    p = Page("willow-creek-kratom-blog", "care", T_KRATOM, "2026-09-30", """
        Is Kratom Addictive? What You Need to Know in 2026
        Blog › Substance Use › Kratom
        By The Willow Creek Team | Clinically reviewed by James Okafor, LCSW | 7 min read
        Kratom is often marketed as a natural, safe alternative to opioids. You can buy it in smoke shops, gas stations and online, usually as capsules, powders or concentrated "extract" shots. But is kratom addictive? The short answer is yes — for some people, it can be.
        What is kratom?
        Kratom comes from the leaves of Mitragyna speciosa, a tropical tree native to Thailand, Indonesia, Malaysia and Papua New Guinea. Its main active compounds, mitragynine and 7-hydroxymitragynine, act on opioid receptors in the brain.
        How does kratom affect the brain?
        At low doses, kratom acts as a stimulant. At higher doses, it produces sedation and pain relief similar to opioids. Over time, the brain adapts to regular kratom use, and people may need more to get the same effect.
        Signs you might be addicted to kratom
        - You take more kratom than you intended
        - You've tried to quit but couldn't
        - You feel sick (sweats, aches, anxiety) when you stop
        - You hide your use from friends or family
        How common is kratom addiction?
        According to the 2024 National Survey on Drug Use and Health, an estimated 1.7 million Americans age 12 and older used kratom in the past year. Researchers estimate that around 1 in 10 regular users will develop a kratom use disorder.
        Kratom withdrawal
        Withdrawl symptoms can include muscle aches, irritability, runny nose, hot and cold flashes, insomnia and cravings. For most people they peak within 3 days and fade within a week.
        Treatment for kratom addiction at Willow Creek
        Our Florida treatment center offers medical detox, residential treatment, partial hospitalization (PHP) and intensive outpatient (IOP) programs. We accept most major insurance plans.
        Ready to talk? Call (561) 555-0148 or fill out our confidential form. Our admissions team is available 24 hours a day, 7 days a week.
        Related posts
        - How Long Does Kratom Stay in Your System?
        - Kratom vs. Suboxone: What's the Difference?
        - 5 Signs a Loved One Is Struggling with Addiction
        FAQs
        Is kratom legal? As of September 2026, kratom is legal at the federal level, but several states and cities have banned it.
        Can you overdose on kratom? Kratom overdose is possible, especially when combined with other substances.
    """)
    p.week(
        sub("furniture", "| 7 min read", "| 8 min read"),
        sub("furniture", "- 5 Signs a Loved One Is Struggling with Addiction", "- What to Expect on Your First Day of Detox"),
        sub("typo", "Withdrawl symptoms", "Withdrawal symptoms"),
    )
    p.week(
        sub("reword", "At low doses, kratom acts as a stimulant.", "Kratom acts as a stimulant at low doses."),
        ins("non_claim_sentence", "Ready to talk?", "Worried about a loved one? Take our free 2-minute quiz."),
    )
    p.week(
        chg("number", "statistics", "According to the 2024 National Survey on Drug Use and Health, an estimated 1.7 million Americans",
            "According to the 2025 National Survey on Drug Use and Health, an estimated 2.0 million Americans",
            "an estimated 2.0 million Americans", "an estimated 1.7 million Americans"),
    )
    p.week(
        sub("number_format", "peak within 3 days", "peak within three days"),
        split("But is kratom addictive?"),
        sub("furniture", "Clinically reviewed by James Okafor, LCSW", "Clinically reviewed by Dana Whitcomb, LPC"),
        sub("date", "As of September 2026, kratom is legal", "As of October 2026, kratom is legal"),
    )
    return p


def valley_health_ed_visits():
    p = Page("valley-health-ed-visits", "care", T_7OH, "2026-10-20", """
        News Release: Valley Health emergency departments see rise in 7-OH-related visits
        FOR IMMEDIATE RELEASE
        Contact: Media Relations, Valley Health System · media@valleyhealth.example · 555-0100 ext. 4
        Oct. 20, 2026 — Emergency physicians at Valley Health System's five hospitals treated 87 patients for illness related to 7-hydroxymitragynine (7-OH) between January and September 2026, compared with 23 patients during the same period in 2025.
        The patients ranged in age from 16 to 67. Most had taken 7-OH tablets or shots purchased at gas stations or smoke shops, often alongside alcohol or other drugs.
        "We're seeing people come in who had no idea they were taking an opioid," said Dr. Elena Marquez, chief of emergency medicine at Valley Regional Medical Center. "They thought it was an herbal supplement."
        Of the 87 patients, 12 required admission to an intensive care unit and 5 required a breathing tube. No patients died.
        Valley Health is urging primary care doctors to ask patients about kratom and 7-OH use, and it has added 7-OH screening questions to its emergency department intake forms.
        Patients who are dependent on 7-OH can be referred to Valley Health's Bridge Clinic, which offers same-day appointments for medication for opioid use disorder.
        About Valley Health System
        Valley Health System is a nonprofit health system with five hospitals, 40 outpatient clinics and more than 9,000 employees serving the tri-county region.
        ###
        Media inquiries: Please contact Media Relations at 555-0100 ext. 4. Photos and B-roll available on request.
        Share: Facebook · X · LinkedIn · Email
        Recent news
        - Valley Health opens new urgent care in Millbrook
        - Valley Health named a top employer for nurses
        - Flu vaccine clinics open to the public
    """)
    p.week(
        sub("reword", "The patients ranged in age from 16 to 67.", "Patients ranged from 16 to 67 years old."),
        sub("furniture", "- Valley Health named a top employer for nurses", "- Valley Health breaks ground on new heart center"),
        sub("furniture", "Share: Facebook · X · LinkedIn · Email", "Share: Facebook · X · LinkedIn · Email · Print"),
    )
    p.week(
        chg("negation", "safety", "No patients died.", "One patient died.", "One patient died.", "No patients died."),
        ins("date", "FOR IMMEDIATE RELEASE", "Updated Oct. 27, 2026"),
    )
    p.week(
        sub("number_format", "and 5 required a breathing tube", "and five required a breathing tube"),
        sub("number_format", "more than 9,000 employees", "more than 9000 employees"),
        sub("furniture", "media@valleyhealth.example · 555-0100 ext. 4", "media@valleyhealth.example · 555-0100 ext. 7"),
        sub("furniture", "Media Relations at 555-0100 ext. 4.", "Media Relations at 555-0100 ext. 7."),
    )
    p.week(
        chg("number", "statistics", "treated 87 patients for illness related to 7-hydroxymitragynine (7-OH) between January and September 2026",
            "treated 104 patients for illness related to 7-hydroxymitragynine (7-OH) between January and October 2026",
            "treated 104 patients for illness", "treated 87 patients for illness"),
        chg("number", "statistics", "Of the 87 patients, 12 required", "Of the 104 patients, 12 required",
            "Of the 104 patients, 12 required admission", "Of the 87 patients, 12 required admission"),
        sub("date", "Updated Oct. 27, 2026", "Updated Nov. 10, 2026"),
    )
    return p


def pages():
    return [marlow_coroner_deaths(), courier_poison_center(), harlan_smoke_shop_raid(), wire_fda_7oh(),
            harbor_pines_withdrawal(), northside_hrc_kratom(), willow_creek_kratom_blog(),
            valley_health_ed_visits()]
