"""The raw client of the OpenAI Vector Stores and Files API: one function module per operation
(``vectorstores_raw.api``) and attrs models (``vectorstores_raw.models``) generated from
openapi.yaml, on a hand-written core (this folder: transport, model base, errors, argument checks).

Usable on its own::

    from vectorstores_raw import Client
    from vectorstores_raw.api.vector_stores import create_vector_store

    client = Client(base_url="https://api.openai.com/v1", token="sk-...")
    store = create_vector_store.sync(client, name="docs")
"""

from pathlib import Path as _Path

# The package is written in two places: this folder by hand, and generated/vectorstores_raw by
# `make generate` (what the document decides: the api and models subpackages, the schema tables
# and the patched document). In a checkout both are searched for submodules; an installed wheel,
# or the editable install's link tree, has them merged into one folder already.
_GENERATED = _Path(__file__).resolve().parent.parent.parent / "generated" / "vectorstores_raw"
if _GENERATED.is_dir():
    __path__.append(str(_GENERATED))

from .client import AuthenticatedClient, Client, RequestOptions  # noqa: E402 - after the path is set
from .types import NOT_GIVEN, UNSET, File, NotGiven, Omit, Response, Unset, omit  # noqa: E402

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
