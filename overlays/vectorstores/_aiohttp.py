"""``DefaultAioHttpClient``: the async client sending through aiohttp, from the ``aiohttp`` extra
(httpx-aiohttp's httpx2 variant). A module of its own so that only programs asking for it
import aiohttp."""

from __future__ import annotations

from typing import Any

import httpx2

from ._client import DEFAULT_LIMITS, DEFAULT_TIMEOUT

__all__ = ["DefaultAioHttpClient"]

try:
    from httpx_aiohttp.httpx2 import Httpx2AiohttpClient
except ImportError:  # the extra is not installed: say so when one is made, not at import
    Httpx2AiohttpClient = None  # type: ignore[misc, assignment]

if Httpx2AiohttpClient is not None:

    class DefaultAioHttpClient(Httpx2AiohttpClient):
        """An ``httpx2.AsyncClient`` sending through aiohttp, with the SDK's defaults: pass it
        as ``AsyncOpenAI(http_client=DefaultAioHttpClient())``."""

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
            kwargs.setdefault("limits", DEFAULT_LIMITS)
            kwargs.setdefault("follow_redirects", True)
            super().__init__(**kwargs)

else:

    class DefaultAioHttpClient(httpx2.AsyncClient):  # type: ignore[no-redef]
        """Needs ``pip install 'vectorstores-openai[aiohttp]'``."""

        def __init__(self, **kwargs: Any) -> None:
            raise RuntimeError(
                "DefaultAioHttpClient needs the aiohttp extra: pip install 'vectorstores-openai[aiohttp]'"
            )
