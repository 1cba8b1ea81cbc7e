"""Source of tests/claims_eval/pairs.jsonl: run `python tests/claims_eval/build_pairs.py`.

Each pair is its week-1 text plus the edits that make week 2. Labelled claim changes
(mod/add/rem) become the pair's "changes"; noise edits (sub/ins/dele/move) only record their
kind in "noise". See README.md for the labelling rules.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ops import T, add, apply, dele, ins, mod, move, rem, sub  # noqa: E402

PAIRS = []


def pair(id, kind, before, edits, note):
    after, changes, noise = apply(before, edits)
    PAIRS.append({
        "id": id, "kind": kind, "before": before, "after": after,
        "flagged": bool(changes), "changes": changes, "note": note, "noise": noise,
    })


# =========================================================================================
# Flagged pairs
# =========================================================================================

pair("vendor-dose-01", "product", T("""
    Home / Shop / 7-OH Tablets
    Cloudline 7-OH Tablets – Mango (20 ct)
    4.6 out of 5 stars (212 reviews)
    Cloudline tablets are pressed from a concentrated 7-hydroxymitragynine extract and packed in a child-resistant bottle.
    - Strength: 15 mg 7-OH per tablet
    - Count: 20 tablets per bottle
    - Flavor: mango
    - Third-party lab tested; certificate of analysis available on request
    Suggested use: new customers should start with 2–4 mg, which is a quarter of a tablet or less.
    Do not take more than two tablets in 24 hours.
    Not for sale to persons under 21. Keep out of reach of children and pets.
    These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease.
    Customers also viewed: Cloudline 7-OH Shots, Cloudline 7-OH Gummies
    """), [
    mod("dosage",
        "Suggested use: new customers should start with 2–4 mg, which is a quarter of a tablet or less.",
        "Suggested use: new customers should start with 5–10 mg, which is up to two-thirds of a tablet."),
    sub("(212 reviews)", "(219 reviews)", "furniture"),
], "starting dose raised from 2–4 mg to 5–10 mg; review count ticks up")

pair("vendor-strength-01", "product", T("""
    7-OH Gummies | Blue Raspberry | 10-Pack
    Sale ends Sunday: 15% off with code FALL15
    Our best-selling gummies deliver a consistent, measured serving of 7-hydroxymitragynine in a soft, vegan pectin base.
    Each gummy contains 10 mg of 7-OH.
    Product details
    | Serving size | 1 gummy |
    | Gummies per pack | 10 |
    | Flavor | Blue raspberry |
    | Ingredients | Pectin, cane sugar, citric acid, natural flavors, 7-hydroxymitragynine |
    Begin with half a gummy and wait at least 45 minutes before taking more.
    Made in a GMP-certified facility in the USA.
    Must be 21+ to purchase. Void where prohibited.
    """), [
    mod("product", "Each gummy contains 10 mg of 7-OH.", "Each gummy contains 20 mg of 7-OH."),
    sub("Sale ends Sunday: 15% off with code FALL15", "Holiday sale: free shipping on orders over $60", "furniture"),
], "strength per gummy doubled (10 mg -> 20 mg); promo banner replaced")

pair("vendor-shipping-legal-01", "product", T("""
    Shipping & Legal
    Greenbridge Botanicals
    We ship 7-OH tablets, shots and gummies to most U.S. addresses within two business days.
    Orders placed before 2 p.m. Eastern ship the same day.
    7-OH products are banned in Florida, so we cannot ship there.
    Local laws change quickly. It is the customer's responsibility to know the law where they live.
    All packages require an adult signature (21+) on delivery.
    Questions? Email support@greenbridge-botanicals.example or call us Monday to Friday.
    """), [
    mod("legal_status",
        "7-OH products are banned in Florida, so we cannot ship there.",
        "7-OH products are banned in Florida and Ohio, so we cannot ship to either state."),
    sub("or call us Monday to Friday.", "or use the chat button in the corner of this page.", "non_claim_sentence"),
], "ban jurisdiction extended from Florida to Florida and Ohio; contact line edited")

pair("news-er-deaths-01", "article", T("""
    Doctors at Cedar Valley hospitals report rise in 7-OH cases
    By Marisa Okafor | Cedar Valley Courier
    Published Nov. 6, 2026
    Emergency physicians at the two hospitals in Cedar Valley say they are seeing more patients who took 7-OH, a concentrated product derived from the kratom alkaloid 7-hydroxymitragynine.
    "Most of them bought it at a gas station and had no idea it acts on the same receptors as opioids," said Dr. Alan Reyes, who directs emergency medicine at Cedar Valley Regional.
    Reyes said 27 patients have come to the hospital's emergency department with symptoms tied to 7-OH since June.
    No deaths linked to 7-OH have been confirmed in Cedar County, according to the county medical examiner's office.
    The tablets, gummies and shots are sold openly at convenience stores and smoke shops across the county.
    The Food and Drug Administration recommended in July 2025 that 7-OH be placed under federal control, but the process is not finished.
    County commissioners are expected to discuss a local sales ordinance at their December meeting.
    Share this article
    18 comments
    """), [
    mod("safety",
        "No deaths linked to 7-OH have been confirmed in Cedar County, according to the county medical examiner's office.",
        "Two deaths linked to 7-OH have been confirmed in Cedar County, according to the county medical examiner's office."),
    sub("18 comments", "31 comments", "furniture"),
], "'no deaths' becomes 'two deaths'; comment count changes")

pair("news-survey-01", "article", T("""
    Survey: Harlan County smoke shops sell 7-OH to buyers under 21
    Harlan Daily Record staff
    Inspectors from the Harlan County Health Department visited 84 tobacco and vape retailers in September to check whether they sold concentrated 7-OH products.
    Inspectors found 7-OH tablets or gummies on the shelves of 57 of the stores.
    Underage volunteers working with the department were able to buy 7-OH at 24% of the stores they visited.
    "These products are marketed like candy," health director Paula Meeks said.
    7-OH, short for 7-hydroxymitragynine, makes up less than 2% of the alkaloids in kratom leaf, but the products sold locally are concentrated and often made in a lab.
    The department plans a second round of inspections in the spring.
    Advertisement
    Trending: High school football playoff bracket | Road closures this weekend
    """), [
    mod("statistics",
        "Underage volunteers working with the department were able to buy 7-OH at 24% of the stores they visited.",
        "Underage volunteers working with the department were able to buy 7-OH at 31% of the stores they visited."),
    sub("Trending: High school football playoff bracket | Road closures this weekend",
        "Trending: Thanksgiving food drive | New bakery opens downtown", "furniture"),
], "underage-sale rate 24% -> 31%; trending links change")

pair("council-ban-01", "article", T("""
    Marlow City Council weighs 7-OH rules
    By Devin Hart, Marlow Gazette
    Updated Nov. 10, 2026
    Marlow City has not banned the sale of 7-OH products, though several council members say they want to.
    At Monday's meeting, Council Member Rosa Dill presented photos of 7-hydroxymitragynine tablets displayed next to the register at a downtown gas station.
    The state legislature has not acted on 7-OH, leaving cities to decide for themselves.
    Dill's draft ordinance would fine retailers $500 for each sale.
    Shop owners who spoke at the meeting said the products are popular with customers who use them for pain.
    "We would like clear rules rather than a patchwork," said Amir Saleh, who owns two convenience stores in the city.
    The council meets again on Nov. 24.
    """), [
    mod("legal_status",
        "Marlow City has not banned the sale of 7-OH products, though several council members say they want to.",
        "Marlow City has banned the sale of 7-OH products, as several council members said they wanted to."),
    sub("Updated Nov. 10, 2026", "Updated Nov. 17, 2026", "date"),
], "negation flip: 'has not banned' -> 'has banned'; updated date changes")

pair("explainer-potency-target-01", "article", T("""
    What is 7-OH? A plain-language guide
    Health Desk | Northfield Post
    7-OH is short for 7-hydroxymitragynine, a compound found in small amounts in the leaves of the kratom tree, Mitragyna speciosa.
    In the leaf it makes up less than 2% of the alkaloid content. Most products sold today are made by converting mitragynine, kratom's main alkaloid, into 7-OH in a lab.
    7-OH binds to mu-opioid receptors, the same targets as prescription painkillers.
    In mouse studies, 7-OH given by mouth was more potent than morphine.
    Products come as tablets, gummies, liquid shots and powders, and are sold in gas stations, smoke shops and online.
    The FDA recommended in July 2025 that 7-OH be scheduled under the Controlled Substances Act and sent warning letters to companies selling it.
    If you or someone you know is struggling with substance use, call the SAMHSA National Helpline at 1-800-662-4357.
    Related: What is kratom? | How naloxone works
    """), [
    mod("potency",
        "In mouse studies, 7-OH given by mouth was more potent than morphine.",
        "In mouse studies, 7-OH given by mouth was more potent than oxycodone."),
    sub("Related: What is kratom? | How naloxone works", "Related: Kratom vs. 7-OH | Where to get naloxone", "furniture"),
], "comparison target morphine -> oxycodone; related links change")

pair("paper-antinociception-01", "paper", T("""
    Antinociceptive potency of orally administered 7-hydroxymitragynine in mice
    Abstract
    Background: 7-Hydroxymitragynine (7-OH) is a minor alkaloid of Mitragyna speciosa (kratom) that acts as a partial agonist at the mu-opioid receptor. Concentrated semi-synthetic 7-OH products are now widely sold in the United States.
    Methods: Male ICR mice (n = 64) received oral 7-OH (0.5–10 mg/kg) or morphine (5–40 mg/kg), and antinociception was measured with the tail-flick and hot-plate tests.
    Results: Oral 7-OH produced dose-dependent antinociception in both tests. In the tail-flick test, 7-OH was approximately 13 times more potent than morphine.
    The effect of 7-OH peaked at 30 minutes and was blocked by naloxone pretreatment.
    Conclusions: 7-OH is a potent orally active opioid agonist in mice. These results support monitoring of concentrated 7-OH products.
    Keywords: kratom; 7-hydroxymitragynine; opioid; antinociception
    Received 12 August 2026; accepted 30 October 2026
    """), [
    mod("potency",
        "In the tail-flick test, 7-OH was approximately 13 times more potent than morphine.",
        "In the tail-flick test, 7-OH was approximately 40 times more potent than morphine."),
], "potency ratio 13 -> 40 times morphine (corrected abstract); no other edits")

pair("rehab-withdrawal-onset-01", "article", T("""
    7-OH Addiction and Withdrawal: What Families Should Know
    Reviewed by Karen Liu, PMHNP | Stonebridge Recovery Center
    7-hydroxymitragynine (7-OH) is an opioid-like compound sold in concentrated tablets and shots. Because it activates mu-opioid receptors, regular use can lead to physical dependence.
    Withdrawal symptoms usually begin 12 to 24 hours after the last dose.
    Common symptoms include muscle aches, sweating, runny nose, diarrhea, anxiety and trouble sleeping.
    Stopping suddenly after heavy use can be very uncomfortable, and many people relapse to relieve symptoms.
    Our medical detox team uses buprenorphine and comfort medications to manage withdrawal.
    Most of our 7-OH patients complete detox in five to seven days before moving to residential or outpatient care.
    Call our admissions team 24/7 to verify your insurance.
    """), [
    mod("safety",
        "Withdrawal symptoms usually begin 12 to 24 hours after the last dose.",
        "Withdrawal symptoms usually begin 6 to 12 hours after the last dose."),
    sub("Call our admissions team 24/7 to verify your insurance.",
        "Call our admissions team any time, day or night, to verify your insurance.", "non_claim_sentence"),
], "withdrawal onset 12–24 h -> 6–12 h; call-to-action reworded")

pair("vendor-health-claims-removed-01", "product", T("""
    Kaya Leaf 7-OH Extract Shot – 2 fl oz
    Our extract shots are made for adults who want a fast, convenient way to enjoy 7-hydroxymitragynine.
    - Supports focus and energy through the workday.
    - Eases everyday aches and discomfort.
    - Each shot contains 20 mg of 7-OH.
    - Citrus flavor with no added sugar.
    Shake well before use. Drink half a bottle and wait one hour before drinking more.
    Store in a cool, dry place. Refrigerate after opening.
    Must be 21 or older. Not for use by pregnant or nursing women.
    """), [
    rem("efficacy", "Eases everyday aches and discomfort."),
    sub("Store in a cool, dry place.", "Store in a cool and dry place.", "reword"),
], "pain-relief benefit bullet deleted; storage line reworded")

pair("poison-center-calls-01", "notice", T("""
    Poison center reports more calls about 7-OH products
    State Poison Information Center | News release
    For immediate release: November 4, 2026
    The State Poison Information Center received 1,200 calls about 7-OH products between January and October, more than double the number for all of 2025.
    Most calls involved adults who took more than one tablet or combined 7-OH with alcohol or other drugs.
    Children under 6 accounted for 86 of the calls, usually after swallowing gummies left within reach.
    7-OH, or 7-hydroxymitragynine, is an opioid that is sold legally in this state in gas stations and vape shops.
    Symptoms reported to the center included drowsiness, vomiting, slowed breathing and seizures.
    If someone is unresponsive or not breathing, call 911. For advice, call Poison Help at 1-800-222-1222.
    Media contact: Joel Brandt, 555-0144
    """), [
    mod("statistics",
        "The State Poison Information Center received 1,200 calls about 7-OH products between January and October, more than double the number for all of 2025.",
        "The State Poison Information Center received 1,450 calls about 7-OH products between January and October, more than double the number for all of 2025."),
    sub("Media contact: Joel Brandt, 555-0144", "Media contact: Joel Brandt, 555-0199", "furniture"),
], "call count 1,200 -> 1,450; media contact phone changes")

pair("fda-warning-letters-01", "article", T("""
    FDA expands crackdown on concentrated 7-OH products
    Regulatory Watch | Capitol Health Report
    The Food and Drug Administration has sent warning letters to seven companies that market 7-hydroxymitragynine products, the agency said Thursday.
    The letters say the companies sold 7-OH in forms such as tablets, gummies and drink mixes that are unapproved new drugs or adulterated foods.
    The agency recommended in July 2025 that 7-OH be placed in Schedule I of the Controlled Substances Act; the Drug Enforcement Administration makes the final decision.
    Companies that received letters have 15 working days to respond with the steps they have taken.
    An FDA spokesperson declined to name additional firms under review.
    Industry group representatives said they support age limits and labeling standards for 7-OH.
    Sign up for our weekly regulatory newsletter.
    """), [
    mod("legal_status",
        "The Food and Drug Administration has sent warning letters to seven companies that market 7-hydroxymitragynine products, the agency said Thursday.",
        "The Food and Drug Administration has sent warning letters to nine companies that market 7-hydroxymitragynine products, the agency said Thursday."),
    move("Industry group representatives", "Companies that received letters"),
], "warning letters to seven -> nine companies; two paragraphs swapped")

pair("state-youth-survey-added-01", "article", T("""
    Lawmakers hear testimony on 7-OH and teens
    By Kelsey Marr | Statehouse Bureau
    Members of the House Health Committee heard three hours of testimony Wednesday about 7-hydroxymitragynine products sold in convienence stores.
    Parents described teenagers buying 7-OH tablets with no questions asked.
    A pharmacist from Lakeland told the committee that 7-OH acts on opioid receptors and can cause dependence.
    Representatives of retailers asked lawmakers to set a minimum age of 21 rather than ban the products outright.
    Committee chair Ben Ostrowski said he expects a bill to be filed before the January session.
    The committee will hold a second hearing in December.
    """), [
    add("statistics", "Parents described teenagers buying 7-OH tablets with no questions asked.",
        "According to the state's 2026 youth risk survey, 4% of high school seniors said they had tried a 7-OH product in the past year."),
    sub("convienence stores", "convenience stores", "typo"),
], "youth-use survey figure added to a paragraph; typo fixed")

pair("vendor-purity-01", "product", T("""
    Pure Origin 7-OH Isolate Tablets
    Pure Origin tablets are made with 98% pure 7-hydroxymitragynine isolate, tested batch by batch.
    | Strength | 12 mg per tablet |
    | Tablets per bottle | 30 |
    | Binder | Microcrystalline cellulose |
    | Lab | Independent ISO 17025 laboratory |
    Start with one half tablet. Do not take more than 36 mg in a day.
    Every order ships in discreet packaging.
    WARNING: This product may be habit forming. Do not use with alcohol, opioids or sedatives.
    You must be 21 years of age or older to purchase.
    """), [
    mod("product",
        "Pure Origin tablets are made with 98% pure 7-hydroxymitragynine isolate, tested batch by batch.",
        "Pure Origin tablets are made with 99% pure 7-hydroxymitragynine isolate, tested batch by batch."),
    sub("Every order ships in discreet packaging.", "All orders ship in discreet packaging.", "reword"),
], "stated purity 98% -> 99%; shipping line reworded")

pair("vendor-daily-max-added-01", "product", T("""
    Velvet Kratom 7-OH Chewables – Watermelon
    Fast-acting chewables made with 7-hydroxymitragynine.
    - 8 mg 7-OH per chewable
    - 12 chewables per tin
    - Vegan and gluten-free
    How to use: chew one chewable and wait 60 minutes to feel the full effect.
    Do not combine with alcohol or other depressants.
    Keep away from children. For adults 21+ only.
    Rated 4.8/5 by 96 customers
    """), [
    add("dosage", "How to use: chew one chewable and wait 60 minutes to feel the full effect.",
        "Do not take more than three chewables in 24 hours."),
    sub("Rated 4.8/5 by 96 customers", "Rated 4.8/5 by 103 customers", "furniture"),
], "daily maximum added to the directions; rating widget count changes")

pair("vendor-faq-max-removed-01", "product", T("""
    FAQ – 7-OH Tablets
    How much should I take?
    Most adults start with half of a 10 mg tablet.
    Experienced users may take up to three tablets a day.
    How long does it last?
    Customers usually report effects for four to six hours.
    Is it legal?
    7-OH is legal in most states, but it is banned in some states and cities. Check your local laws before ordering.
    Can I travel with it?
    We recommend leaving 7-OH products at home when flying.
    """), [
    rem("dosage", "Experienced users may take up to three tablets a day."),
    move("Can I travel with it?", "FAQ – 7-OH Tablets"),
    move("We recommend leaving", "Can I travel with it?"),
], "upper dose for experienced users deleted; last Q&A moved to the top")

pair("state-roundup-ohio-added-01", "article", T("""
    Where 7-OH stands in the states
    By Priya Nand, Public Policy Desk
    Florida became the first state to act directly on 7-OH when the attorney general's emergency rule placed 7-hydroxymitragynine in Schedule I in August 2025.
    Several other states have since moved to restrict concentrated 7-OH products through emergency rules or new laws, while others have set age limits for kratom products.
    Federal action is still pending after the FDA's July 2025 recommendation that the DEA schedule the compound.
    Retailers in states without a ban continue to sell 7-OH tablets and shots, often near the register.
    Consumer groups say the patchwork makes it hard for buyers to know what is legal.
    This page is updated as new rules take effect.
    Last updated: November 9, 2026
    """), [
    add("legal_status", "in Schedule I in August 2025.",
        "Ohio's Board of Pharmacy placed 7-OH in Schedule I effective November 12, 2026.", line=True),
    sub("Last updated: November 9, 2026", "Last updated: November 16, 2026", "date"),
], "new paragraph: Ohio scheduling; last-updated date changes")

pair("vendor-legal-removed-01", "product", T("""
    About Our 7-OH
    Lone Star Leaf Co. | Austin, Texas
    Lone Star Leaf sells lab-tested 7-hydroxymitragynine products made from kratom-derived mitragynine.
    7-OH remains legal to sell in Texas.
    Our products are sold only to adults 21 and over, and every batch is tested for potency and heavy metals.
    We do not make medical claims about our products.
    Visit our store on South Lamar or order online for same-day pickup.
    Follow us on Instagram @lonestarleaf
    """), [
    rem("legal_status", "7-OH remains legal to sell in Texas."),
    sub("Follow us on Instagram @lonestarleaf", "Follow us on Instagram and TikTok @lonestarleaf", "furniture"),
], "statement that 7-OH is legal in Texas deleted; social links change")

pair("news-me-deaths-added-01", "article", T("""
    Sheriff's office warns about 7-OH after string of overdoses
    Pine County Sentinel
    The Pine County Sheriff's Office is warning residents about 7-hydroxymitragynine, a concentrated kratom-based product sold as tablets and shots.
    Deputies responded to nine suspected overdoses involving 7-OH in October, Sheriff Dale Whitcomb said.
    Naloxone reversed the symptoms in most cases, he said.
    Whitcomb urged parents to talk with their children about products sold at gas stations.
    "Just because it's on a store shelf doesn't mean it's safe," he said.
    The sheriff's office will hold a community forum on Nov. 20 at the Pine County Library.
    Photo: 7-OH tablets collected by deputies. (Pine County Sheriff's Office)
    """), [
    add("safety", "Naloxone reversed the symptoms in most cases, he said.",
        "The county medical examiner has linked two deaths this year to 7-OH."),
    sub("Photo: 7-OH tablets collected by deputies. (Pine County Sheriff's Office)",
        "Photo courtesy of the Pine County Sheriff's Office", "furniture"),
], "sentence on two deaths added; photo caption changes")

pair("vendor-faq-addictive-removed-01", "product", T("""
    7-OH Questions & Answers
    Is 7-OH safe?
    7-OH is not addictive when used responsibly.
    Like any product, it should be used in moderation by healthy adults.
    Will it show up on a drug test?
    Standard five-panel drug tests do not look for 7-OH, but some expanded panels can detect kratom alkaloids.
    Can I mix it with other products?
    Do not combine 7-OH with alcohol, benzodiazepines or opioid medications.
    Where can I buy it?
    Our tablets are available online and in more than 300 partner shops.
    """), [
    rem("safety", "7-OH is not addictive when used responsibly."),
    sub("Where can I buy it?", "Where can I find it?", "reword"),
], "'not addictive' claim deleted; a question heading reworded")

pair("board-proposal-schedule-level-01", "notice", T("""
    Notice of Proposed Rulemaking: 7-Hydroxymitragynine
    State Board of Pharmacy
    Summary
    The Board proposes to place 7-hydroxymitragynine (7-OH) and its salts in Schedule III of the state Controlled Substances Act.
    The proposal follows the U.S. Food and Drug Administration's recommendation that 7-OH be controlled at the federal level.
    Mitragynine and whole-leaf kratom products are not affected by this proposal.
    Public comment
    Written comments will be accepted until December 15, 2026.
    A public hearing will be held at the Board office, 400 Capitol Way, at 10 a.m. on December 3, 2026.
    Contact: rules@pharmacy.state.example
    """), [
    mod("legal_status",
        "The Board proposes to place 7-hydroxymitragynine (7-OH) and its salts in Schedule III of the state Controlled Substances Act.",
        "The Board proposes to place 7-hydroxymitragynine (7-OH) and its salts in Schedule I of the state Controlled Substances Act."),
], "proposed schedule III -> I; nothing else edited")

pair("factsheet-legal-row-01", "article", T("""
    7-Hydroxymitragynine (7-OH) – Compound Fact Sheet
    Harm Reduction Info Network
    | Other names | 7-OH, 7OH, 7-OHM |
    | Source | Minor alkaloid of kratom (Mitragyna speciosa); most commercial 7-OH is semi-synthetic |
    | Primary action | Mu-opioid receptor agonist |
    | Federal legal status | Not scheduled |
    | Common forms | Tablets, gummies, liquid shots |
    | Onset when swallowed | 15–45 minutes |
    7-OH can cause dependence, and withdrawal can resemble opioid withdrawal.
    Naloxone (Narcan) can reverse 7-OH overdose; carry it if you use.
    Never use alone. Call 911 if someone is unresponsive.
    """), [
    mod("legal_status", "| Federal legal status | Not scheduled |",
        "| Federal legal status | Temporarily placed in Schedule I |"),
    sub("Never use alone. Call 911 if someone is unresponsive.",
        "Never use alone, and call 911 if someone is unresponsive.", "reword"),
], "table row: 'Not scheduled' -> 'Temporarily placed in Schedule I'; harm-reduction line reworded")

pair("paper-review-potency-added-01", "paper", T("""
    Semi-synthetic 7-hydroxymitragynine products: a narrative review
    Abstract
    7-Hydroxymitragynine (7-OH) occurs naturally in kratom leaves at low levels, typically less than 2% of total alkaloids.
    Since 2023, concentrated products containing semi-synthetic 7-OH have appeared in convenience stores and smoke shops across the United States.
    We reviewed 42 publications on the pharmacology, toxicology and regulation of 7-OH published between 1996 and 2026.
    7-OH is a partial agonist at the mu-opioid receptor and produces antinociception, tolerance and physical dependence in rodents.
    Human data are limited to case reports and poison center series.
    Regulatory responses include FDA warning letters, an FDA scheduling recommendation and state emergency rules.
    Product labels frequently did not match measured 7-OH content.
    Keywords: kratom; mitragynine; 7-hydroxymitragynine; opioids; regulation
    """), [
    add("potency", "tolerance and physical dependence in rodents.",
        "In rodent tail-flick assays, 7-OH was about 13 times more potent than morphine."),
], "potency comparison sentence added to the abstract; no noise")

pair("explainer-potency-removed-01", "article", T("""
    Kratom vs. 7-OH: why the difference matters
    By Dr. Lisa Montague, Family Physician | Community Health Blog
    Patients often ask me whether 7-OH is "just kratom." It isn't, at least not in the amounts now sold.
    Kratom leaf contains dozens of alkaloids. 7-hydroxymitragynine is one of the minor ones, usually well under 2% of the total.
    Animal studies found 7-OH to be about 13 times as potent as morphine.
    The products in gas stations concentrate 7-OH far beyond anything found in the leaf, often 10 to 30 mg in a single tablet.
    That is why I tell patients to treat these products like opioids: do not combine them with alcohol or sleep medicines, and keep them away from children.
    If you are using 7-OH every day and want to stop, talk to your doctor. Withdrawal can be managed.
    Comments are closed.
    """), [
    rem("potency", "Animal studies found 7-OH to be about 13 times as potent as morphine."),
    sub('"just kratom."', "\u201cjust kratom.\u201d", "punctuation"),
], "potency paragraph deleted; straight quotes made curly")

pair("news-er-two-changes-01", "article", T("""
    Ridgeway hospital sees surge in 7-OH visits
    Ridgeway Tribune | Health
    Ridgeway Memorial Hospital treated 41 patients for problems related to 7-OH between July and October, up from 12 in the same months last year, according to hospital data.
    Patients arrived with symptoms ranging from extreme drowsiness to vomiting and confusion, said Dr. Nkechi Obi, an emergency physician.
    Three of the patients needed a breathing tube.
    "We treat it as an opioid overdose, and naloxone usually works," Obi said.
    7-OH, or 7-hydroxymitragynine, is sold in tablets and shots at convenience stores throughout the region.
    State lawmakers have filed a bill to add 7-OH to the state's list of controlled substances.
    Ridgeway Memorial is also offering free naloxone kits at its pharmacy.
    More health news
    """), [
    mod("statistics",
        "Ridgeway Memorial Hospital treated 41 patients for problems related to 7-OH between July and October, up from 12 in the same months last year, according to hospital data.",
        "Ridgeway Memorial Hospital treated 58 patients for problems related to 7-OH between July and October, up from 12 in the same months last year, according to hospital data."),
    mod("safety", "Three of the patients needed a breathing tube.", "Five of the patients needed a breathing tube."),
], "patients treated 41 -> 58 (statistics) and intubations three -> five (safety)")

pair("vendor-shot-two-changes-01", "product", T("""
    Apex 7-OH Liquid Shot – Original
    Apex Botanicals | Shots
    A fast-acting liquid shot for experienced 7-OH users.
    Each 1 fl oz shot contains 25 mg of 7-hydroxymitragynine.
    Directions: drink one quarter of the bottle. Wait at least 90 minutes before taking more.
    Ingredients: purified water, glycerin, natural flavor, potassium sorbate, 7-hydroxymitragynine.
    Packaged in a tamper-evident bottle with a child-resistant cap.
    Not for sale in jurisdictions where 7-OH is prohibited.
    4.2 ★ | 58 reviews | Write a review
    """), [
    mod("product", "Each 1 fl oz shot contains 25 mg of 7-hydroxymitragynine.",
        "Each 1 fl oz shot contains 40 mg of 7-hydroxymitragynine."),
    mod("dosage", "Directions: drink one quarter of the bottle.", "Directions: drink one half of the bottle."),
    sub("4.2 ★ | 58 reviews", "4.2 ★ | 61 reviews", "furniture"),
], "strength 25 -> 40 mg per shot (product) and serving a quarter -> a half bottle (dosage); review count")

pair("southeast-roundup-two-changes-01", "article", T("""
    7-OH crackdown spreads across the Southeast
    Southern Policy Wire
    As of November 2026, 7-hydroxymitragynine is banned in Florida and Alabama, and lawmakers in several other states have filed bills to restrict it.
    Florida's attorney general placed 7-OH in Schedule I by emergency rule in August 2025, making possession a felony.
    Retail surveys suggest the products remain widely available elsewhere: a Georgia advocacy group found 7-OH for sale in 62% of the convenience stores it checked.
    Vendors argue that age limits and testing rules would protect consumers without a ban.
    Public health officials point to rising poison center calls and emergency visits.
    Federal scheduling, recommended by the FDA in July 2025, would override the state-by-state approach.
    Read more: Kratom laws by state
    """), [
    mod("legal_status",
        "As of November 2026, 7-hydroxymitragynine is banned in Florida and Alabama, and lawmakers in several other states have filed bills to restrict it.",
        "As of November 2026, 7-hydroxymitragynine is banned in Florida, Alabama and Louisiana, and lawmakers in several other states have filed bills to restrict it."),
    mod("statistics",
        "Retail surveys suggest the products remain widely available elsewhere: a Georgia advocacy group found 7-OH for sale in 62% of the convenience stores it checked.",
        "Retail surveys suggest the products remain widely available elsewhere: a Georgia advocacy group found 7-OH for sale in 71% of the convenience stores it checked."),
    sub("Read more: Kratom laws by state", "Read more: What the DEA process looks like", "furniture"),
], "Louisiana added to the ban list (legal) and store share 62% -> 71% (statistics); related link")

pair("advocacy-withdrawal-efficacy-01", "article", T("""
    Why adults choose 7-OH
    Consumer Botanical Alliance | Advocacy
    Millions of American adults use kratom products, and a growing number use concentrated 7-OH.
    Many of our members tell us 7-OH helped them ease off prescription opioids.
    7-OH may help ease the symptoms of opioid withdrawal.
    We support sensible regulation: age limits of 21, accurate labels and testing for contaminants.
    An outright ban would push consumers toward unregulated sellers, in our view.
    Tell your state legislators to support consumer protection, not prohibition.
    Donate | Join | Contact
    """), [
    mod("efficacy", "7-OH may help ease the symptoms of opioid withdrawal.",
        "7-OH has not been shown to ease the symptoms of opioid withdrawal in clinical trials."),
], "benefit claim turned into its negation; no noise")

pair("vendor-natural-removed-01", "product", T("""
    Botanica Bay 7-OH Gummies – Peach Ring
    Soft peach gummies made with 7-hydroxymitragynine for relaxed evenings.
    Naturally derived from kratom leaf, with no synthetic ingredients.
    - 12 mg 7-OH per gummy
    - 8 gummies per pouch
    - Resealable, child-resistant pouch
    Suggested use: start with half a gummy.
    Free shipping on orders over $49
    Not evaluated by the FDA. Adults 21+ only.
    """), [
    rem("product", "Naturally derived from kratom leaf, with no synthetic ingredients."),
    sub("Free shipping on orders over $49", "Free shipping on orders over $59", "furniture"),
], "'naturally derived, no synthetic ingredients' deleted; shipping banner changes")

pair("vendor-gummy-interval-01", "product", T("""
    Nightcap 7-OH Gummies
    Nightcap gummies combine 7-hydroxymitragynine with chamomille and lemon balm.
    Each gummy contains 5 mg of 7-OH.
    Take one gummy every 6 hours as needed.
    | Gummies per jar | 20 |
    | Flavor | Wild berry |
    Warning: may cause drowsiness. Do not drive or operate machinery after use.
    Keep out of reach of children.
    Questions? Chat with us.
    """), [
    mod("dosage", "Take one gummy every 6 hours as needed.", "Take one gummy every 4 hours as needed."),
    sub("chamomille", "chamomile", "typo"),
], "dosing interval every 6 h -> every 4 h; typo fixed")

pair("rehab-patients-count-01", "article", T("""
    Treating 7-OH dependence at Lakeshore Behavioral Health
    Lakeshore Behavioral Health | Resources
    Over the past year, Lakeshore has treated 48 people for dependence on 7-hydroxymitragynine products.
    Most started with kratom and moved to 7-OH tablets because they were stronger and easy to buy.
    7-OH acts on the brain's opioid receptors. People who use it daily can develop tolerance and go through withdrawal when they stop.
    Treatment typically begins with a medically supervised detox, followed by counseling and, for some patients, maintenance medication.
    Family members are encouraged to join our weekly support group.
    Lakeshore accepts most major insurance plans.
    Call (555) 010-2333 to speak with an admissions counselor.
    """), [
    mod("statistics",
        "Over the past year, Lakeshore has treated 48 people for dependence on 7-hydroxymitragynine products.",
        "Over the past year, Lakeshore has treated 63 people for dependence on 7-hydroxymitragynine products."),
    sub("Call (555) 010-2333", "Call (555) 010-4870", "furniture"),
], "people treated 48 -> 63; phone number changes")

pair("news-coroner-deaths-01", "article", T("""
    Coroner links 7-OH to overdose deaths
    Valley Morning Star-Herald | Updated Nov. 12, 2026
    The Hidalgo Valley coroner's office says 7-hydroxymitragynine was found in three people who died of suspected overdoses this year.
    In each case other drugs were also present, Coroner Maria Ibarra said, but 7-OH was listed as a contributing cause.
    "People think it is a natural supplement. It is not," Ibarra said.
    7-OH products are sold in many convenience stores in the valley, typically as tablets costing $10 to $20.
    The coroner's office is asking physicians to report suspected 7-OH cases.
    Related coverage: City considers vape shop zoning rules
    """), [
    mod("safety",
        "The Hidalgo Valley coroner's office says 7-hydroxymitragynine was found in three people who died of suspected overdoses this year.",
        "The Hidalgo Valley coroner's office says 7-hydroxymitragynine was found in five people who died of suspected overdoses this year."),
    sub("Updated Nov. 12, 2026", "Updated Nov. 14, 2026", "date"),
], "deaths three -> five; updated date changes")

pair("police-penalty-01", "notice", T("""
    Police department statement on 7-OH enforcement
    Bayport Police Department | Community Notice
    Following the state's emergency scheduling of 7-hydroxymitragynine, Bayport officers will begin enforcing the new rule on December 1.
    Under the rule, possession of 7-OH is a misdemeanor for first-time offenders.
    Retailers were notified by letter in October and given 30 days to remove 7-OH tablets, gummies and shots from their shelves.
    Residents can drop off unwanted 7-OH products, no questions asked, at the police station lobby.
    Anyone experiencing withdrawal symptoms is encouraged to contact the county crisis line.
    For more information, call the non-emergency line at 555-0100.
    """), [
    mod("legal_status",
        "Under the rule, possession of 7-OH is a misdemeanor for first-time offenders.",
        "Under the rule, possession of 7-OH is a third-degree felony, including for first-time offenders."),
], "offence level misdemeanor -> felony; no noise")

pair("vendor-batch-testing-added-01", "product", T("""
    Summit 7-OH Pressed Tablets – 6 count
    Summit tablets are scored for easy splitting and packed in a foil blister card.
    - 18 mg 7-OH per tablet
    - 6 tablets per card
    - Peppermint coating
    Split a tablet in thirds for a smaller serving.
    Shipped from our warehouse in Nevada.
    For adults 21 and over. Not for use with alcohol.
    """), [
    add("product", "18 mg 7-OH per tablet",
        "Every batch tested by an ISO-accredited lab for 7-OH content and heavy metals", line=True, bullet=True),
    sub("Shipped from our warehouse in Nevada.", "Ships from our Nevada warehouse.", "reword"),
], "new product-fact bullet (batch testing); shipping line reworded")

pair("paper-withdrawal-efficacy-added-01", "paper", T("""
    7-Hydroxymitragynine attenuates naloxone-precipitated withdrawal in morphine-dependent mice
    Abstract
    Kratom and its alkaloids are used by some people to self-manage opioid withdrawal, but controlled evidence is scarce.
    We examined whether 7-hydroxymitragynine (7-OH) alters withdrawal signs in mice made dependent on morphine over five days.
    Mice (n = 40) received 7-OH (1 or 3 mg/kg, s.c.) or saline before naloxone challenge, and jumping, wet-dog shakes and weight loss were scored.
    7-OH at 3 mg/kg reduced withdrawal jumping by 58% compared with saline.
    Repeated 7-OH itself produced tolerance and naloxone-precipitated withdrawal.
    These findings suggest that 7-OH substitutes for morphine, consistent with its mu-opioid agonist activity.
    Funding: National Institute on Drug Abuse.
    """), [
    add("efficacy", "reduced withdrawal jumping by 58% compared with saline.",
        "In a secondary test, 7-OH also relieved pain in the hot-plate assay for up to two hours."),
], "pain-relief finding added to the results; no noise")

pair("forum-faq-relief-duration-01", "article", T("""
    r/7OHsupport community FAQ (unofficial)
    Posted by u/modteam · pinned
    This FAQ is maintained by volunteers. Nothing here is medical advice.
    Q: What is 7-OH?
    A: 7-hydroxymitragynine, an alkaloid from kratom. The stuff in shops is concentrated and usually semi-synthetic.
    Q: Does it help with pain?
    A: Many members say it does. For most people the pain relief lasts about 3 to 4 hours.
    Q: Can you get hooked?
    A: Yes. Daily use leads to tolerance and withdrawal for a lot of people here. Tapering slowly helps.
    Q: Is it legal where I live?
    A: Check the wiki's state list. Several states have banned it and more are considering it.
    312 comments · share · save
    """), [
    mod("efficacy", "For most people the pain relief lasts about 3 to 4 hours.",
        "For most people the pain relief lasts about 6 to 8 hours."),
    sub("312 comments", "340 comments", "furniture"),
], "duration of pain relief 3–4 h -> 6–8 h; comment count")

pair("health-advisory-stat-removed-01", "notice", T("""
    Health Advisory: Concentrated 7-OH Products
    County Department of Public Health | Health Alert Network
    Summary: The department is advising clinicians about illnesses linked to products containing 7-hydroxymitragynine (7-OH).
    Since August, emergency departments in the county have reported 34 visits related to 7-OH use.
    Clinical presentation resembles opioid toxicity: sedation, miosis and respiratory depression. Naloxone has been effective in reversal.
    Recommendations for clinicians:
    - Ask patients about kratom and 7-OH use, including tablets and "shots" bought at convenience stores.
    - Report suspected cases to the health department within 24 hours.
    - Counsel patients that stopping daily use can cause opioid-like withdrawal.
    This advisory will be updated as more information becomes available.
    """), [
    rem("statistics", "Since August, emergency departments in the county have reported 34 visits related to 7-OH use."),
    sub('"shots"', "\u201cshots\u201d", "punctuation"),
], "ED visit count paragraph deleted; quotes made curly")

pair("rehab-potency-target-01", "article", T("""
    Is 7-OH an Opioid?
    Crestview Treatment Centers | Blog
    Technically, 7-hydroxymitragynine is not derived from the opium poppy, but it acts like an opioid in the body.
    It activates the mu-opioid receptor, the same receptor that morphine, oxycodone and fentanyl act on.
    In laboratory studies, 7-OH was roughly 13 times more potent than morphine.
    Because of that, the concentrated tablets now sold in stores can produce strong sedation and dependence.
    People who take 7-OH daily often need treatment similar to that used for other opioid use disorders.
    Crestview offers detox, residential and outpatient programs in three states.
    Related articles: Kratom withdrawal timeline | Signs of opioid addiction
    """), [
    mod("potency",
        "In laboratory studies, 7-OH was roughly 13 times more potent than morphine.",
        "In laboratory studies, 7-OH was roughly 46 times more potent than mitragynine, kratom's main alkaloid."),
    sub("Related articles: Kratom withdrawal timeline | Signs of opioid addiction",
        "Related articles: How long does 7-OH stay in your system? | Paying for rehab", "furniture"),
], "potency number and comparison target both change (13x morphine -> 46x mitragynine); related links")

pair("consumer-alert-two-changes-01", "notice", T("""
    Consumer Alert: Concentrated 7-OH Products
    Department of Health | Consumer Protection Division
    The Department is warning consumers not to buy or use products marketed as containing 7-hydroxymitragynine (7-OH).
    These products are sold as tablets, gummies, drink shots and powders, often with colorful packaging that may appeal to children.
    7-OH is an opioid. Using it can lead to addiction, and taking too much can slow or stop breathing.
    The FDA has recommended that 7-OH be placed in Schedule I. In this state, 7-OH is not currently scheduled.
    Retailers found selling 7-OH to minors may face penalties under the state's consumer protection law.
    Report adverse reactions to the FDA's MedWatch program or call the Department's hotline.
    Issued: October 28, 2026
    """), [
    mod("legal_status", "In this state, 7-OH is not currently scheduled.",
        "In this state, 7-OH is now temporarily placed in Schedule I."),
    add("safety", "taking too much can slow or stop breathing.",
        "The Department is aware of four deaths in the state in which 7-OH was detected."),
    sub("Issued: October 28, 2026", "Updated: November 12, 2026", "date"),
], "state status 'not currently scheduled' -> 'temporarily placed in Schedule I' (legal) and a deaths sentence added (safety); date line")

pair("statehouse-bill-amended-01", "article", T("""
    Senate panel amends 7-OH bill
    By Owen Treadwell | Capitol Bureau
    A Senate committee on Tuesday approved an amended version of the bill targeting concentrated 7-hydroxymitragynine products.
    As amended, the bill would add 7-OH to Schedule I of the state's controlled substances list.
    Sponsor Sen. Carla Meade said the products are "opioids sold next to the candy bars."
    Retailers and kratom advocates asked the committee to treat whole-leaf kratom differently from 7-OH, and the amended bill does so.
    The bill now goes to the full Senate. A companion bill has not yet had a hearing in the House.
    Doctors who testified said they are seeing patients dependent on 7-OH tablets.
    Share | Print | Email
    """), [
    mod("legal_status",
        "As amended, the bill would add 7-OH to Schedule I of the state's controlled substances list.",
        "As amended, the bill would add 7-OH to Schedule III of the state's controlled substances list."),
    move("As amended, the bill would", "Retailers and kratom advocates"),
], "Schedule I -> Schedule III, and the changed paragraph is also moved (change and reorder at once)")

pair("vendor-daily-max-format-01", "product", T("""
    Ember 7-OH Micro Tablets
    Small-format tablets for people who prefer a gentle, adjustable serving of 7-hydroxymitragynine.
    - 5mg 7-OH per micro tablet
    - 40 micro tablets per bottle
    - Unflavored, easy to swallow
    Start with one micro tablet and wait at least one hour.
    Do not exceed 15 mg of 7-OH in 24 hours.
    Ember products are tested by an independent laboratory. Results are printed on every label.
    For adults 21+. Do not use with alcohol, sedatives or opioid medications.
    """), [
    mod("dosage", "Do not exceed 15 mg of 7-OH in 24 hours.", "Do not exceed 30 mg of 7-OH in 24 hours."),
    sub("5mg 7-OH per micro tablet", "5 mg 7-OH per micro tablet", "number_format"),
], "daily maximum 15 -> 30 mg next to a same-value '5mg' -> '5 mg' reformat")

pair("news-poison-reword-and-change-01", "article", T("""
    Calls about 7-OH keep climbing, poison center says
    Lakes Region Ledger | Updated Nov. 8, 2026
    Poison centers in the state logged 96 calls about 7-OH in the first half of the year.
    Most of the calls involved adults, but several involved young children who found gummies at home.
    7-hydroxymitragynine is a kratom-derived compound that acts on opioid receptors. It is sold in tablets, gummies and drink shots.
    "Parents should store these products the way they would store prescription painkillers," said Dr. Irene Castillo, the center's medical director.
    The poison center's hotline is free, confidential and open around the clock.
    """), [
    mod("statistics",
        "Poison centers in the state logged 96 calls about 7-OH in the first half of the year.",
        "In the first half of the year, the state's poison centers logged 118 calls involving 7-OH."),
    sub("Updated Nov. 8, 2026", "Updated Nov. 15, 2026", "date"),
], "call count 96 -> 118 in a sentence that is also reworded; updated date")

pair("vendor-benefits-expanded-01", "product", T("""
    Relaxa 7-OH Tablets – Night Formula
    Relaxa Night Formula pairs 7-hydroxymitragynine with magnesium and L-theanine.
    Many customers use our tablets for relief from chronic back pain.
    | Strength | 9 mg 7-OH per tablet |
    | Count | 24 tablets |
    | Other ingredients | Magnesium glycinate, L-theanine, rice flour |
    Take one tablet in the evening. Do not take more than two tablets in 24 hours.
    Free returns within 30 days.
    This product has not been evaluated by the FDA. For adults 21+.
    """), [
    mod("efficacy",
        "Many customers use our tablets for relief from chronic back pain.",
        "Many customers use our tablets for relief from chronic back pain and anxiety."),
    sub("Free returns within 30 days.", "Free returns on unopened items.", "furniture"),
], "benefit claim widened (back pain -> back pain and anxiety); returns line changes")

# =========================================================================================
# Noise-only pairs
# =========================================================================================

pair("news-reorder-01", "article", T("""
    Tri-County pharmacists urge caution on 7-OH
    By Sam Whitaker | Tri-County Wire
    Pharmacists in the Tri-County area say customers are asking more questions about 7-OH, the concentrated kratom derivative sold at gas stations.
    "People assume it is an herbal supplement, but 7-hydroxymitragynine acts on opioid receptors," said pharmacist Dana Cho of Main Street Pharmacy.
    Cho said she has seen customers who take 7-OH tablets several times a day and struggle to stop.
    The state pharmacy association has asked lawmakers to require warning labels on 7-OH products.
    Florida placed 7-OH in Schedule I by emergency rule in August 2025, and the FDA has recommended federal scheduling.
    Pharmacists can provide naloxone without a prescription in the state.
    The association will present its recommendations to the legislature in January.
    """), [
    move("Florida placed 7-OH", "Pharmacists in the Tri-County area"),
    move("Pharmacists can provide naloxone", "Cho said she has seen"),
], "two paragraphs moved; wording untouched")

pair("vendor-reviews-furniture-01", "product", T("""
    Home › 7-OH › Tablets
    Harbor Haze 7-OH Tablets – Original
    ★★★★★ 4.7 (1,084 reviews)
    Harbor Haze tablets are made with 7-hydroxymitragynine and pressed for a consistent experience.
    - 20 mg 7-OH per tablet
    - 10 tablets per bottle
    - Unflavored, scored for splitting
    Start with a quarter tablet. Do not exceed two tablets in 24 hours.
    Adults 21+ only. Keep out of reach of children.
    Only 9 left in stock – order soon
    Customers also bought: Harbor Haze Gummies, Harbor Haze Shots
    """), [
    sub("(1,084 reviews)", "(1,131 reviews)", "furniture"),
    sub("Only 9 left in stock – order soon", "In stock – ships today", "furniture"),
    sub("Customers also bought: Harbor Haze Gummies, Harbor Haze Shots",
        "Customers also bought: Harbor Haze Gummies, Travel Case", "furniture"),
], "review count, stock banner and cross-sell line change")

pair("notice-date-updated-01", "notice", T("""
    7-Hydroxymitragynine (7-OH): Information for Retailers
    State Department of Agriculture | Food Safety Division
    Updated Nov. 9, 2026
    The Department considers 7-OH added to foods, beverages and dietary supplements to be an adulterant.
    Products such as gummies, drink shots and chocolates containing 7-OH may not be sold as food in this state.
    Inspectors began checking retail stores for 7-OH food products in September.
    Retailers who find 7-OH food products in their inventory should remove them from sale and contact their distributor.
    This guidance does not apply to whole-leaf kratom products that meet the state's labeling requirements.
    Questions can be sent to foodsafety@agriculture.state.example.
    """), [
    sub("Updated Nov. 9, 2026", "Updated Nov. 16, 2026", "date"),
], "only the 'Updated' date changes")

pair("news-reworded-01", "article", T("""
    Smoke shop owner charged with selling 7-OH to teens
    Lakeview Herald
    A Lakeview smoke shop owner has been charged with selling 7-hydroxymitragynine tablets to two 16-year-olds, police said Tuesday.
    Officers said the sales happened during a compliance check organized with the county health department.
    The city banned the sale of 7-OH to anyone under 21 in March.
    The owner, 44, was released and is due in court on Dec. 8.
    Police Chief Ron Tate said officers would continue compliance checks through the end of the year.
    "Our goal is to keep these products away from kids," Tate said.
    """), [
    sub("A Lakeview smoke shop owner has been charged with selling 7-hydroxymitragynine tablets to two 16-year-olds, police said Tuesday.",
        "Police said Tuesday that the owner of a Lakeview smoke shop has been charged with selling 7-hydroxymitragynine tablets to two 16-year-olds.",
        "reword"),
    sub("The city banned the sale of 7-OH to anyone under 21 in March.",
        "In March, the city banned selling 7-OH to anyone younger than 21.", "reword"),
], "two sentences reworded with the same facts (ages, place, ban)")

pair("rehab-typos-01", "article", T("""
    Understanding 7-OH Withdrawl
    Pathways Recovery Clinic | Patient Education
    7-hydroxymitragynine, or 7-OH, is a potent alkaloid that is sold in concentrated form in tablets and liquid shots.
    People who use 7-OH every day can become physicaly dependent on it.
    When they stop, they may experiance anxiety, sweating, muscle aches, yawning and insomnia.
    Symptoms usually peak in the first three days and then gradually improve.
    Our clinicians can prescribe medications that make withdrawal more managable.
    Please do not try to detox alone if you have heart problems or are pregnant.
    Call us to schedule a confidential assesment.
    """), [
    sub("Withdrawl", "Withdrawal", "typo"),
    sub("physicaly", "physically", "typo"),
    sub("experiance", "experience", "typo"),
    sub("managable", "manageable", "typo"),
    sub("assesment", "assessment", "typo"),
], "five spelling fixes")

pair("paper-quotes-dashes-01", "paper", T("""
    Poison center exposures involving 7-hydroxymitragynine products, 2024-2026
    Abstract
    Objective: To describe exposures to concentrated 7-hydroxymitragynine ("7-OH") products reported to a regional poison center.
    Methods: We reviewed all cases coded as kratom or 7-OH exposures between January 2024 and June 2026.
    Results: We identified 318 exposures, of which 229 (72%) involved products labeled as containing 7-OH. Median age was 31 years (range 1-68).
    Common effects were drowsiness (41%), vomiting (22%) and agitation (12%). Eleven patients were intubated; there were 2 deaths.
    Conclusions: 7-OH exposures increased sharply over the study period. Clinicians should treat serious 7-OH toxicity as opioid toxicity.
    Keywords: kratom - 7-hydroxymitragynine - poison control - opioids
    """), [
    sub("2024-2026", "2024–2026", "punctuation"),
    sub('("7-OH")', "(\u201c7-OH\u201d)", "punctuation"),
    sub("(range 1-68)", "(range 1–68)", "punctuation"),
    sub("kratom - 7-hydroxymitragynine - poison control - opioids",
        "kratom – 7-hydroxymitragynine – poison control – opioids", "punctuation"),
], "hyphens to en dashes in ranges, straight to curly quotes")

pair("news-comments-trending-01", "article", T("""
    Gas station 7-OH sales draw scrutiny in Brookfield
    By Tanya Lowe | Brookfield Examiner
    14 comments
    Brookfield officials say they have received complaints about gas stations selling 7-OH tablets near candy displays.
    7-OH, short for 7-hydroxymitragynine, is a compound found in trace amounts in kratom leaves. Store products are concentrated versions made in labs.
    The town's board of health is drafting a regulation that would require 7-OH to be kept behind the counter.
    Brookfield has not banned 7-OH, and state law does not currently restrict its sale.
    Board chair Linda Ferris said a public hearing would be scheduled early next year.
    Share this article: Facebook | X | Email
    Trending: Snow emergency parking rules | Holiday parade route announced
    Advertisement
    """), [
    sub("14 comments", "22 comments", "furniture"),
    sub("Trending: Snow emergency parking rules | Holiday parade route announced",
        "Trending: Holiday parade route announced | Three-car crash on Route 4", "furniture"),
    dele("Advertisement", "furniture"),
], "comment count, trending list and an ad slot change")

pair("council-filler-added-01", "article", T("""
    Westbrook council delays vote on 7-OH ordinance
    Westbrook Times
    The Westbrook City Council on Monday postponed a vote on an ordinance that would ban the sale of 7-hydroxymitragynine products within city limits.
    Council members said they want more information from the police department and the county health office.
    If approved, the ordinance would make selling 7-OH a municipal violation punishable by a fine of up to $1,000.
    Three residents spoke in favor of the ban, and two shop owners spoke against it.
    """), [
    ins("and the county health office.", "The council meets again on Tuesday.", "non_claim_sentence"),
    ins("two shop owners spoke against it.", "Reporter Jess Alvarez can be reached at jalvarez@westbrooktimes.example.",
        "non_claim_sentence", line=True),
], "two sentences with nothing checkable added (next meeting, reporter contact)")

pair("vendor-number-format-01", "product", T("""
    Zen Tide 7-OH Tablets – Bulk Jar
    For retailers and experienced buyers: 7-hydroxymitragynine tablets in a 100-count jar.
    - 15mg 7-OH per tablet
    - 1,500mg 7-OH per jar
    - 100 tablets per jar
    Each tablet is scored so it can be split into thirds.
    Start with one third of a tablet (5mg). Do not exceed 30mg in 24 hours.
    Over 1,200 retail partners carry Zen Tide products.
    Wholesale pricing available. Contact our sales team.
    Must be 21+. Not for sale where prohibited.
    """), [
    sub("15mg 7-OH per tablet", "15 mg 7-OH per tablet", "number_format"),
    sub("1,500mg 7-OH per jar", "1500 mg 7-OH per jar", "number_format"),
    sub("(5mg)", "(5 mg)", "number_format"),
    sub("30mg", "30 mg", "number_format"),
    sub("Over 1,200 retail partners", "Over 1200 retail partners", "number_format"),
], "'15mg' -> '15 mg', '1,500mg' -> '1500 mg', '1,200' -> '1200': same values")

pair("news-words-to-digits-01", "article", T("""
    Two arrested after 7-OH seizure at Route 9 warehouse
    Eastfield Post
    State police arrested two men on Thursday after finding about 40,000 7-OH tablets in a warehouse off Route 9.
    The tablets were packaged in bottles labeled as dietary supplements, investigators said.
    7-hydroxymitragynine was placed in Schedule I by the state's emergency rule in September, making large-scale possession a felony.
    Investigators believe the warehouse supplied at least three convenience stores in the county.
    Both men are being held at the county jail pending arraignment.
    The investigation is continuing.
    """), [
    sub("arrested two men", "arrested 2 men", "number_format"),
    sub("at least three convenience stores", "at least 3 convenience stores", "number_format"),
], "number words written as digits ('two' -> '2', 'three' -> '3')")

pair("rehab-paragraph-split-01", "article", T("""
    How 7-OH Affects the Body
    Harbor Light Recovery | Learn
    7-hydroxymitragynine (7-OH) is one of the alkaloids found in kratom, but in the leaf it is present only in tiny amounts. The products sold in stores today contain far more 7-OH than kratom leaf and are often made by chemically converting mitragynine. Because 7-OH binds strongly to mu-opioid receptors, it produces effects similar to other opioids, including pain relief, euphoria and sedation.
    At higher doses, 7-OH can slow breathing, especially when combined with alcohol, benzodiazepines or other opioids.
    Regular use leads to tolerance, meaning a person needs more to feel the same effect, and to withdrawal when use stops.
    If you are worried about your 7-OH use, our team can help you explore treatment options.
    """), [
    sub(" The products sold in stores today", "\nThe products sold in stores today", "paragraph_split"),
], "first paragraph split into two")

pair("paper-typo-keywords-01", "paper", T("""
    Detection of 7-hydroxymitragynine in retail products by LC-MS/MS
    Abstract
    Concentrated 7-hydroxymitragynine (7-OH) products are sold widely in the United States, but their contents are rarely verified.
    We purchased 36 products (tablets, gummies and liquid shots) from convenience stores and online retailers in three states.
    7-OH content was quantified by liquid chromatograpy-tandem mass spectrometry with a validated method.
    Measured 7-OH ranged from 62% to 141% of the labeled amount. Nine products contained mitragynine at levels above 5 mg per serving.
    None of the products listed a manufacturing batch number on the label.
    Our findings indicate that labels on 7-OH products are unreliable and that regular testing is needed.
    Keywords: 7-hydroxymitragynine; kratom; LC-MS/MS; product labeling
    """), [
    sub("chromatograpy", "chromatography", "typo"),
    sub("Keywords: 7-hydroxymitragynine; kratom; LC-MS/MS; product labeling",
        "Keywords: kratom; 7-hydroxymitragynine; product labeling; LC-MS/MS", "reorder"),
], "typo fixed; keyword order changed")

pair("state-explainer-as-of-01", "article", T("""
    Is 7-OH legal? A state-by-state explainer
    Kratom Consumer Guide
    As of October 2026, 7-hydroxymitragynine is not scheduled under federal law, although the FDA recommended in July 2025 that it be placed in Schedule I.
    Florida placed 7-OH in Schedule I by emergency rule in August 2025.
    Several other states regulate kratom products through age limits and labeling laws, and some of these laws cap the amount of 7-OH a product may contain.
    Cities and counties may also set their own rules, so check local ordinances.
    This guide is for information only and is not legal advice.
    Have a question? Leave it in the comments below.
    """), [
    sub("As of October 2026,", "As of November 2026,", "date"),
], "'As of October 2026' -> 'As of November 2026' inside a legal-status sentence; status unchanged")

pair("news-quote-added-01", "article", T("""
    School district sends letter to parents about 7-OH
    Millbrook Weekly
    The Millbrook School District sent a letter home with students this week warning parents about 7-OH, a concentrated kratom product sold in local stores.
    The letter says 7-hydroxymitragynine acts on opioid receptors and can be habit-forming.
    Staff found 7-OH gummies in a student's backpack at Millbrook High School last month, the letter says.
    The district is asking parents to talk with their children and to dispose of any products found at home.
    Superintendent Gail Norris said the district would host an information night in January.
    """), [
    ins("host an information night in January.",
        '"We want every family to have the information they need," Norris said.', "non_claim_sentence", line=True),
], "a quote with no facts added at the end")

pair("vendor-table-reorder-01", "product", T("""
    Coastal 7-OH Gummies – Sour Apple
    Chewy sour apple gummies made with 7-hydroxymitragynine.
    | Strength | 10 mg 7-OH per gummy |
    | Count | 15 gummies |
    | Serving size | Half to one gummy |
    | Allergens | None of the major allergens |
    | Storage | Keep below 77°F |
    Start low and go slow. Wait at least an hour before taking more.
    For adults 21 and over. Do not use if pregnant or nursing.
    """), [
    move("| Count |", "| Allergens |"),
    move("| Storage |", "| Strength |"),
], "table rows reordered")

pair("forum-faq-reorder-01", "article", T("""
    7-OH Beginner Questions – Harm Reduction Forum
    Pinned by moderators · last edited by admin
    Q: How is 7-OH different from kratom?
    A: Kratom leaf has many alkaloids; 7-hydroxymitragynine is a minor one. Shop products concentrate 7-OH, so they hit much harder than leaf.
    Q: Can I use it with alcohol?
    A: No. Mixing 7-OH with alcohol or benzos raises the risk of dangerous sedation and slowed breathing.
    Q: Does naloxone work on 7-OH?
    A: Yes. Naloxone can reverse a 7-OH overdose. Keep some on hand.
    Q: Where can I get help quitting?
    A: The SAMHSA helpline (1-800-662-4357) is free and confidential.
    """), [
    move("Q: Does naloxone work", "A: Kratom leaf has many alkaloids"),
    move("A: Yes. Naloxone can reverse", "Q: Does naloxone work"),
    sub("last edited by admin", "last edited by modteam", "furniture"),
], "one Q&A pair moved up; 'last edited by' line changes")

pair("advocacy-reword-furniture-01", "article", T("""
    Protect Adult Access to Kratom Products
    American Botanical Consumers Coalition
    Our coalition represents consumers, retailers and manufacturers of kratom products, including 7-OH.
    We believe adults 21 and over should be able to buy lab-tested 7-hydroxymitragynine products with clear labels.
    We oppose efforts to place 7-OH in Schedule I, which would make possession a crime.
    Responsible vendors already follow voluntary standards for testing and age verification.
    Join the 18,000 supporters who have signed our petition.
    Contact your representative today.
    Donate now | Newsletter | Press
    """), [
    sub("Responsible vendors already follow voluntary standards for testing and age verification.",
        "Voluntary standards for testing and age verification are already followed by responsible vendors.", "reword"),
    sub("Donate now | Newsletter | Press", "Donate now | Newsletter | Press | Events", "furniture"),
], "one sentence put in the passive; footer menu gains an item")

pair("notice-punct-date-01", "notice", T("""
    Emergency Rule 64B-7OH: Frequently Asked Questions
    Office of the Attorney General
    What does the emergency rule do?
    The rule adds 7-hydroxymitragynine to Schedule I of the state's controlled substances list. It does not apply to natural kratom leaf products that contain only trace amounts of 7-OH.
    When did the rule take effect?
    The rule took effect on August 15, 2025.
    What are the penalties?
    Possession or sale of 7-OH is now treated like possession or sale of other Schedule I substances.
    Who can I contact with questions?
    Call the Attorney General's consumer hotline at 1-866-966-7226.
    Page last reviewed: 10/30/2026
    """), [
    sub("the state's controlled substances list", "the state\u2019s controlled substances list", "punctuation"),
    sub("Attorney General's consumer hotline", "Attorney General\u2019s consumer hotline", "punctuation"),
    sub("Page last reviewed: 10/30/2026", "Page last reviewed: 11/13/2026", "date"),
], "curly apostrophes; 'last reviewed' date changes")

pair("news-credit-removed-01", "article", T("""
    Kratom vendors brace for federal 7-OH decision
    By Luis Herrera | Business Journal of the Midlands
    Kratom sellers across the region are waiting to see whether the Drug Enforcement Administration will act on the FDA's recommendation to schedule 7-hydroxymitragynine.
    Some retailers say 7-OH tablets and shots now make up more than half of their kratom sales.
    "If it gets scheduled, we lose a big part of our business overnight," said a shop owner who asked not to be named.
    Others have already stopped carrying 7-OH and switched to whole-leaf kratom products.
    The FDA recommended in July 2025 that 7-OH be placed in Schedule I.
    Staff writer Anna Cole contributed to this report.
    """), [
    dele("Staff writer Anna Cole contributed to this report.", "non_claim_sentence"),
    sub("Kratom sellers across the region", "Kratom sellers throughout the region", "reword"),
], "contributor credit removed; one word swapped")

pair("rehab-multi-reword-01", "article", T("""
    Signs Someone May Be Misusing 7-OH
    Sunrise Ridge Treatment | Family Resources
    7-hydroxymitragynine (7-OH) is sold legally in many places, which can make it seem harmless. It is not.
    Because 7-OH acts on the same brain receptors as opioid painkillers, people can become dependent within weeks of daily use.
    Warning signs include running out of money, hiding packages, and needing more tablets to get the same effect.
    Physical signs can include pinpoint pupils, constipation, nodding off and itching.
    If your loved one stops suddenly, they may feel sick for several days with aches, chills and diarrhea.
    Talk to them calmly and offer to help them find treatment.
    """), [
    sub("Warning signs include running out of money, hiding packages, and needing more tablets to get the same effect.",
        "Warning signs include hiding packages, running out of money, and needing more tablets for the same effect.", "reword"),
    sub("Talk to them calmly and offer to help them find treatment.",
        "Speak with them calmly and offer help finding treatment.", "reword"),
    sub("they may feel sick for several days", "they may feel ill for several days", "reword"),
], "three sentences reworded, facts unchanged")

pair("notice-paragraph-merge-01", "notice", T("""
    Warning Letters Issued to 7-OH Sellers
    FDA roundup, summarized by the State Health News Service
    The FDA has issued warning letters to companies that illegally market products containing 7-hydroxymitragynine.
    The agency said 7-OH is not lawful in dietary supplements or as a food additive.
    Some of the companies claimed their products could treat pain, anxiety or opioid withdrawal, which the FDA said makes them unapproved new drugs.
    The FDA has asked the companies to respond within 15 working days.
    Consumers who experience side effects should report them to MedWatch.
    """), [
    sub("7-hydroxymitragynine.\nThe agency said", "7-hydroxymitragynine. The agency said", "paragraph_split"),
], "two paragraphs merged into one")

pair("news-photo-caption-01", "article", T("""
    Pharmacy board seeks emergency powers over 7-OH
    Capital Courier
    Photo: A display of 7-OH products at a convenience store. (Capital Courier file photo)
    The state Board of Pharmacy asked lawmakers Wednesday for authority to schedule substances like 7-hydroxymitragynine by emergency rule.
    Under current law, the board must wait for the legislature to act, a process that can take a year or more.
    Board president Hal Kimura said 7-OH products are "showing up everywhere" in the state.
    Legislators on the health committee said they would consider the request during the January session.
    Related: State budget hearings begin next week
    Most read: Holiday travel forecast
    """), [
    sub("Photo: A display of 7-OH products at a convenience store. (Capital Courier file photo)",
        "Photo: 7-OH tablets and gummies on a store shelf. (Capital Courier)", "furniture"),
    sub("Related: State budget hearings begin next week", "Related: Governor signs transit bill", "furniture"),
    sub("Most read: Holiday travel forecast", "Most read: Winter storm watch issued", "furniture"),
], "photo caption and related/most-read links change")

pair("vendor-units-words-01", "product", T("""
    Tidal Relief 7-OH Capsules
    Each capsule contains 12 milligrams of 7-hydroxymitragynine in a plant-based shell.
    Twenty capsules per bottle.
    Suggested use: take one capsule. Wait two hours before taking another.
    Do not take more than three capsules in a day.
    Third-party tested for potency and contaminants.
    Store at room temperature away from sunlight.
    For adults 21+. Keep out of reach of children.
    """), [
    sub("12 milligrams", "12 mg", "number_format"),
    sub("Twenty capsules per bottle.", "20 capsules per bottle.", "number_format"),
    sub("Wait two hours", "Wait 2 hours", "number_format"),
], "'milligrams' -> 'mg', 'Twenty' -> '20', 'two hours' -> '2 hours'")

pair("vendor-list-reorder-01", "product", T("""
    Why choose Moonrise 7-OH?
    Moonrise 7-OH Tablets | Product highlights
    - 10 mg 7-hydroxymitragynine per tablet
    - Made in a cGMP facility
    - Independent lab results for every batch
    - Child-resistant, tamper-evident packaging
    - Available in original and mint
    Moonrise tablets dissolve quickly and have no bitter aftertaste.
    Take half a tablet to start. Wait 60 minutes before taking more.
    For adults 21 and older. Not for sale in states where 7-OH is prohibited.
    """), [
    move("- Available in original", "Moonrise 7-OH Tablets | Product highlights"),
    move("- Independent lab results", "- Available in original"),
], "list items reordered")

pair("paper-formatting-01", "paper", T("""
    Respiratory effects of 7-hydroxymitragynine compared with morphine in rats
    Abstract
    Background: The respiratory risk of concentrated 7-hydroxymitragynine (7-OH) products is unclear.
    Methods: Rats (n=24) received oral 7-OH (2.5, 5 or 10 mg/kg) or morphine (10 mg/kg), and breathing was measured by whole-body plethysmography.
    Results: 7-OH decreased minute ventilation in a dose-dependent manner (p<0.05 at 5 and 10 mg/kg). At equal antinociceptive doses, respiratory depression after 7-OH was smaller than after morphine.
    Naloxone reversed all respiratory effects.
    Conclusions: 7-OH depresses breathing in rats, although less than morphine at equianalgesic doses.
    Keywords: kratom, mitragynine, opioid, respiration
    """), [
    sub("(n=24)", "(n = 24)", "number_format"),
    sub("(p<0.05 at 5 and 10 mg/kg)", "(p < 0.05 at 5 and 10 mg/kg)", "number_format"),
], "spacing around '=' and '<' in statistics notation")

pair("news-passive-reword-01", "article", T("""
    Retailer fined for selling 7-OH after county ban
    Greene County Observer
    The Greene County Health Department fined a Main Street vape shop $2,500 last week for selling 7-OH products after the county's ban took effect.
    The county banned the sale of 7-hydroxymitragynine products on July 1.
    Inspectors found 7-OH gummies and tablets on display during a routine visit, according to the department.
    The shop's owner said he had not understood that the ban covered gummies.
    The department said it has now inspected 112 retailers since the ban took effect.
    Residents can report sales of 7-OH products through the department's website.
    """), [
    sub("The Greene County Health Department fined a Main Street vape shop $2,500 last week for selling 7-OH products after the county's ban took effect.",
        "A Main Street vape shop was fined $2,500 by the Greene County Health Department last week for selling 7-OH products after the county's ban took effect.",
        "reword"),
    sub("Inspectors found 7-OH gummies and tablets on display during a routine visit, according to the department.",
        "According to the department, inspectors found 7-OH tablets and gummies on display during a routine visit.", "reword"),
], "two sentences reworded (passive voice, clause order); same amounts and dates")

pair("survey-percent-format-01", "article", T("""
    Poll: most adults have never heard of 7-OH
    Midstate Public Health Institute | Research brief
    A statewide poll of 1,050 adults conducted in September found that 61 percent had never heard of 7-OH or 7-hydroxymitragynine.
    Among those who had heard of it, 24 percent believed it was a natural herbal supplement.
    Nine percent of adults aged 18 to 29 said they had used a 7-OH product at least once.
    The poll has a margin of error of plus or minus 3 percentage points.
    The institute recommends a public awareness campaign focused on young adults.
    Full results are available in the appendix.
    """), [
    sub("61 percent", "61%", "number_format"),
    sub("24 percent", "24%", "number_format"),
    sub("Nine percent of adults", "9% of adults", "number_format"),
], "'61 percent' -> '61%', 'Nine percent' -> '9%': same values")

pair("explainer-fold-format-01", "article", T("""
    The science behind 7-OH, explained
    Science Desk | The Lowland Review
    7-hydroxymitragynine forms in kratom leaves in small quantities, less than 2% of the total alkaloids, and can also be produced from mitragynine in the body.
    Researchers first drew attention to it in the early 2000s, when experiments in mice showed it was about 13 times more potent than morphine.
    It acts as a partial agonist at mu-opioid receptors, which may explain why it causes sedation and dependence.
    Studies in people are scarce, and most of what is known about human effects comes from case reports and poison center data.
    The concentrated products now on shelves deliver far more 7-OH than kratom leaf ever could.
    Have a science question? Email the desk.
    """), [
    sub("about 13 times more potent than morphine", "about 13-fold more potent than morphine", "number_format"),
    sub("less than 2% of the total alkaloids", "under 2 percent of the total alkaloids", "number_format"),
], "'13 times' -> '13-fold', 'less than 2%' -> 'under 2 percent': same values")

pair("bulletin-schedule-numeral-01", "notice", T("""
    Law Enforcement Bulletin: 7-Hydroxymitragynine
    Regional Drug Task Force | For official use – public version
    Florida's emergency rule placed 7-hydroxymitragynine in Schedule 1, and officers should treat 7-OH products seized in Fla. accordingly.
    7-OH is commonly sold as tablets, gummies, liquid shots and powders, often in packaging resembling candy or vitamins.
    Field test kits for opioids may not detect 7-OH. Submit suspected samples to the state crime laboratory.
    Officers should carry naloxone when handling suspected 7-OH overdose calls.
    Questions about this bulletin should be directed to the task force intelligence unit.
    """), [
    sub("in Schedule 1,", "in Schedule I,", "number_format"),
    sub("seized in Fla. accordingly", "seized in Florida accordingly", "reword"),
], "'Schedule 1' -> 'Schedule I', 'Fla.' -> 'Florida': same schedule, same state")

pair("vendor-contraction-01", "product", T("""
    Frequently Asked Questions – Northwind 7-OH
    Does Northwind sell to customers under 21?
    No. Northwind does not sell 7-OH products to anyone under 21, and every order is age-verified.
    Is 7-OH federally scheduled?
    7-OH is not federally scheduled at this time, but the FDA has recommended that it be.
    Do you ship to Florida?
    We do not ship to Florida, where 7-OH is a Schedule I substance.
    How should I store my tablets?
    Keep them in the original bottle, away from heat and moisture.
    """), [
    sub("Northwind does not sell", "Northwind doesn't sell", "reword"),
    sub("7-OH is not federally scheduled at this time", "7-OH isn't federally scheduled at this time", "reword"),
    sub("We do not ship to Florida", "We don't ship to Florida", "reword"),
], "contractions ('does not' -> 'doesn't', 'is not' -> 'isn't'): negations kept")

pair("vendor-banner-typo-01", "product", T("""
    Golden Hour 7-OH Shots – Tropical
    Limited time: buy 2, get 1 free
    Golden Hour shots are a ready-to-drink 7-hydroxymitragynine extract in a 1 oz bottle.
    - 15 mg 7-OH per bottle
    - Tropical fruit flavor
    - Sugar free
    Directions: shake well and drink half the bottle. Wait at least one hour before drinking the rest.
    Warning: May be habit forming. Do not use with alcohol or sedatives. Keep out of reach of children.
    Ships in 1–2 buisness days.
    """), [
    sub("Limited time: buy 2, get 1 free", "Black Friday: 25% off all shots", "furniture"),
    sub("buisness", "business", "typo"),
], "promo banner changes (with a percentage); typo fixed")

pair("wire-republished-01", "article", T("""
    Emergency rooms track 7-OH cases as state weighs action
    By Renee Park, State News Service
    This story was originally published by the Valley Sentinel.
    Emergency departments in the state recorded 212 visits involving 7-OH products in the first nine months of the year, according to the state health department.
    The figures are current as of Nov. 3, the department said.
    Most patients were between 18 and 44 years old, and about a third had also used alcohol.
    7-hydroxymitragynine is a kratom alkaloid that acts on opioid receptors. Concentrated 7-OH products are sold in convenience stores and online.
    Lawmakers are considering a bill that would set a minimum purchase age of 21 and require warning labels.
    Republish this story for free under our Creative Commons license.
    """), [
    sub("current as of Nov. 3,", "current as of Nov. 10,", "date"),
    sub("This story was originally published by the Valley Sentinel.",
        "This story was originally published by the Valley Sentinel and is republished here with permission.", "furniture"),
], "'as of' date moves a week with the same figures; syndication line changes")

pair("rehab-long-shuffle-01", "article", T("""
    7-OH Treatment Guide
    Meadowbrook Recovery Network | Treatment Guides
    7-hydroxymitragynine, often sold as 7-OH, is a concentrated kratom product that acts on the brain's opioid receptors.
    It is sold as tablets, gummies, powders and liquid shots in gas stations, smoke shops and online.
    Because 7-OH is far more concentrated than kratom leaf, tolerance can build quickly.
    People who take it every day may need more to feel the same effect within a few weeks.
    Stopping suddenly can cause withdrawal: aches, sweating, restlessness, diarrhea and intense cravings.
    A medical assessment is the first step. Our clinicians review your use, your health history and any other substances.
    Medically supervised withdrawal can include buprenorphine, which eases symptoms and reduces cravings.
    After detox, counseling helps patients understand triggers and build coping skills.
    Family therapy is offered at all Meadowbrook locations.
    Outpatient programs let patients keep working while in treatment.
    Insurance questions? Our admissions team can check your coverage in minutes.
    """), [
    move("A medical assessment is the first step.", "Meadowbrook Recovery Network"),
    move("Medically supervised withdrawal", "A medical assessment is the first step."),
    move("After detox, counseling", "Medically supervised withdrawal"),
    move("Outpatient programs let patients", "After detox, counseling"),
    move("Family therapy is offered", "Outpatient programs let patients"),
    move("Stopping suddenly can cause", "It is sold as tablets"),
], "long page: the treatment section moved above the background section and two paragraphs swapped (order-free matching test)")

pair("news-headline-timestamp-01", "article", T("""
    County weighs 7-OH limits
    Updated 3 hours ago
    By Hannah Brooks | Delta County Chronicle
    Delta County supervisors are considering rules that would require stores to keep 7-OH products behind the counter and card every buyer.
    7-OH, or 7-hydroxymitragynine, is a kratom alkaloid that is sold in concentrated form at many gas stations.
    The county does not currently regulate 7-OH sales, and the state has not scheduled the compound.
    Supervisor Tom Albers said he has heard from parents worried about teens buying the products.
    A vote is expected in January.
    """), [
    sub("County weighs 7-OH limits", "County considers limits on 7-OH sales", "reword"),
    sub("Updated 3 hours ago", "Updated 1 day ago", "date"),
], "headline reworded (no fact), relative timestamp changes")


def main():
    out = Path(__file__).resolve().parent / "pairs.jsonl"
    ids = [p["id"] for p in PAIRS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with out.open("w", encoding="utf-8") as f:
        for p in PAIRS:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"wrote {len(PAIRS)} pairs to {out}")


if __name__ == "__main__":
    main()
