"""The public SDK for the OpenAI Vector Stores and Files API (built on ``vectorstores_raw``)."""

__all__: list[str] = []
