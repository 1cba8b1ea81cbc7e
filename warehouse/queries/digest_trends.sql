-- Claims per category this week against last week, from the claim_trends view.
SELECT category,
       coalesce(max(claims) FILTER (WHERE week = $week), 0) AS this_week,
       coalesce(max(claims) FILTER (WHERE week = $previous), 0) AS last_week,
       coalesce(max(new_claims) FILTER (WHERE week = $week), 0) AS new_this_week
FROM claim_trends
WHERE week IN ($week, $previous)
GROUP BY category
ORDER BY category
