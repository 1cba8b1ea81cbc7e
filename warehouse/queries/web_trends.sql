-- Claims per category per week (the claim_trends view), oldest week first.
SELECT week, category, claims, documents, new_claims
FROM claim_trends
ORDER BY week, category
