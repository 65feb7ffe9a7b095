# Generated from openapi.yaml by make generate; do not edit.
"""The raw client of the OpenAI Vector Stores and Files API, generated from openapi.yaml.

Usable on its own::

    from vectorstores_raw import Client
    from vectorstores_raw.api.vector_stores import create_vector_store

    client = Client(base_url="https://api.openai.com/v1", token="sk-...")
    store = create_vector_store.sync(client, name="docs")
"""

from .client import AuthenticatedClient, Client, RequestOptions
from .types import NOT_GIVEN, UNSET, File, NotGiven, Omit, Response, Unset, omit

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "AuthenticatedClient",
    "Client",
    "File",
    "NotGiven",
    "Omit",
    "RequestOptions",
    "Response",
    "Unset",
    "omit",
]
