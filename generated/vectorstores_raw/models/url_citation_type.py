# Generated from openapi.yaml by make generate; do not edit.
"""The ``URLCitationType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
URLCitationType = Literal["url_citation"]
"""The type of the URL citation. Always `url_citation`."""

URL_CITATION_TYPE_VALUES: frozenset[str] = frozenset(["url_citation"])


def check_url_citation_type(value: str) -> URLCitationType:
    """Return ``value`` typed as URLCitationType; an unlisted value passes through."""
    return cast(URLCitationType, value)
