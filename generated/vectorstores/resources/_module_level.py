# Generated from openapi.yaml by make generate; do not edit.
"""What ``vectorstores.<resource>`` is, for type checkers: the module-level client's resources
(served at run time by ``vectorstores.__getattr__``; see vectorstores/_module_client.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._client import Beta
    from .files import Files
    from .responses.responses import Responses
    from .vector_stores.vector_stores import VectorStores

__all__ = ["files", "vector_stores", "responses", "beta"]

files: Files
vector_stores: VectorStores
responses: Responses
beta: Beta[VectorStores]
