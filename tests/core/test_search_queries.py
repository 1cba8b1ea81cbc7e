"""Queries GDELT would refuse are caught when the sources file is loaded."""

import pytest

from claimwatch.core.search_queries import check_gdelt_query


@pytest.mark.parametrize("query", [
    "kratom", "7-OH", '"7-OH tablets"', '"7-hydroxymitragynine"', '(kratom OR "7-OH tablets") sourcelang:english',
    'kratom domain:fda.gov', 'near10:"7 OH"', "kratom -ban", "kratom tone<-5", "(OPEC OR kratom)",
])
def test_gdelt_accepts(query):
    assert check_gdelt_query(query) == query


@pytest.mark.parametrize("query,message", [
    ("OH", "keywords under 3"), ("kratom 7", "keywords under 3"), ('"7-OH"', "quoted phrases under 5"),
    ('"FDA"', "quoted phrases under 5"), ("kratom OR mitragynine", "inside parentheses"),
    ('"unbalanced', "unbalanced quotes"), ("(kratom", "unbalanced parentheses"), ("kratom)", "unbalanced parentheses"),
    ("   ", "non-empty"),
])
def test_gdelt_rejects_what_gdelt_would_refuse(query, message):
    with pytest.raises(ValueError, match=message):
        check_gdelt_query(query)
