"""Finding the vector store a person means: by id (``vs_...``) or by name; and how many items a
list request asks for."""

from __future__ import annotations

from vectorstores import NotFoundError, OpenAI
from vectorstores.types import VectorStore

from .errors import CLIError, user_arguments

__all__ = ["PAGE_SIZE", "is_file_id", "is_store_id", "resolve_store"]

PAGE_SIZE = 100  # the most the list endpoints return at once: fewest round trips


def is_store_id(reference: str) -> bool:
    return reference.startswith("vs_")


def is_file_id(reference: str) -> bool:
    return reference.startswith("file-")


def find_by_name(client: OpenAI, name: str) -> list[VectorStore]:
    """Every store called ``name`` (names are not unique), walking all pages."""
    return [store for store in client.vector_stores.list(limit=PAGE_SIZE) if store.name == name]


def resolve_store(client: OpenAI, reference: str, *, create: bool = False) -> tuple[VectorStore, bool]:
    """The store ``reference`` names and whether it was created just now.

    An id must exist. A name must belong to exactly one store; with ``create`` a missing one is
    created. Anything else is a CLIError saying what to do instead."""
    if not reference.strip():
        raise CLIError("the store name is empty")
    if is_store_id(reference):
        try:
            with user_arguments():  # an id that is not one path segment is refused before sending
                return client.vector_stores.retrieve(reference), False
        except NotFoundError:
            hint = " (--create makes a store from a name, not an id)" if create else ""
            raise CLIError(f"no vector store with id {reference}{hint}") from None
    found = find_by_name(client, reference)
    if len(found) == 1:
        return found[0], False
    if len(found) > 1:
        ids = ", ".join(store.id for store in found)
        raise CLIError(f"{len(found)} vector stores are named {reference!r} ({ids}); give one of their ids instead")
    if create:
        return client.vector_stores.create(name=reference), True
    raise CLIError(f"no vector store named {reference!r} (add --create to create it, or see 'vectorstores stores')")
