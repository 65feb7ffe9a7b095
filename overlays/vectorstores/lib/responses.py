"""``client.responses``: hand-written helpers on top of the generated operations.

The generated ``Responses`` and ``AsyncResponses`` classes extend these (generator/resources.yaml
names this module); the streaming helpers (``responses.stream()``) are added here.
"""

from __future__ import annotations

from .._resource import AsyncAPIResource, SyncAPIResource

__all__ = ["AsyncResponsesHelpers", "ResponsesHelpers"]


class ResponsesHelpers(SyncAPIResource):
    """Helpers of ``client.responses`` written by hand (none yet)."""


class AsyncResponsesHelpers(AsyncAPIResource):
    """The async twin of ``ResponsesHelpers``."""
