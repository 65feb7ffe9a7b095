"""Reading answers into the caller's own types: ``responses.parse`` and ``text_format`` (pydantic,
imported only when a caller passes a model class)."""
