# Generated from openapi.yaml by make generate; do not edit.
"""``VectorStoreListParams``: the parameters of ``client.vector_stores.list()``, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["VectorStoreListParams"]


class VectorStoreListParams(TypedDict, total=False):
    after: str
    """A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you
    make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo
    in order to fetch the next page of the list.
    """
    before: str
    """A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if
    you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include
    before=obj_foo in order to fetch the previous page of the list.
    """
    limit: int
    """A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20."""
    order: Literal["asc", "desc"]
    """Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending
    order.
    """
