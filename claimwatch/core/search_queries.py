"""Search queries an API is known to refuse, caught when the sources file is loaded rather than in
the middle of a crawl.

GDELT's DOC API refuses, in one line of text under status 200, keywords shorter than 3 characters,
quoted phrases shorter than 5 ("7-OH" in quotes), and OR'd terms outside parentheses. Its real rules
are undocumented; this check is a little stricter. Short words are fine inside a long enough phrase
("7-OH tablets" in quotes); operator terms (sourcelang:english, domain:fda.gov, near10:"...",
tone<-5) and OR/AND are not checked.
"""

import re

MIN_KEYWORD_CHARS = 3
MIN_PHRASE_CHARS = 5
_TOKEN = re.compile(r'[^\s()"]*"[^"]*"|[()]|[^\s()"]+|"')
_OPERATOR = re.compile(r"^[A-Za-z0-9_]+:|[<>]")


def check_gdelt_query(query: str) -> str:
    """The query, stripped, or ValueError saying why GDELT would refuse it."""
    query = query.strip()
    if not query:
        raise ValueError("search query must be a non-empty string")
    if query.count('"') % 2:
        raise ValueError("unbalanced quotes in GDELT query")
    depth = 0
    for token in _TOKEN.findall(query):
        if token in ("(", ")"):
            depth += 1 if token == "(" else -1
            if depth < 0:
                raise ValueError("unbalanced parentheses in GDELT query")
        elif token.upper() == "OR" and depth == 0:
            raise ValueError("GDELT needs OR'd terms inside parentheses: (a OR b)")
        elif token.upper() not in ("OR", "AND"):
            _check_term(token.lstrip("-"))
    if depth != 0:
        raise ValueError("unbalanced parentheses in GDELT query")
    return query


def _check_term(term: str) -> None:
    if _OPERATOR.search(term):
        return  # an operator such as sourcelang:english, domain:fda.gov, near10:"...", tone<-5
    if term.startswith('"'):
        phrase = term.strip('"').strip()
        if len(phrase) < MIN_PHRASE_CHARS:
            raise ValueError(f'GDELT refuses quoted phrases under {MIN_PHRASE_CHARS} characters: "{phrase}" '
                             "(drop the quotes or use a longer phrase)")
    elif len(term) < MIN_KEYWORD_CHARS:
        raise ValueError(f"GDELT refuses keywords under {MIN_KEYWORD_CHARS} characters: {term!r}")
