-- Claims per category on the pages' current versions this week and the week before.
SELECT category,
       count(*) FILTER (WHERE week = $week) AS this_week,
       count(*) FILTER (WHERE week = $previous) AS last_week
FROM claims
WHERE week IN ($week, $previous)
GROUP BY category
ORDER BY category
