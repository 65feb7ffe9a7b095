"""What the cases share: building each SDK's client the same way, one measured body for both
SDKs, and the usual kind of row."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from ..payloads import API_KEY
from ..results import Measurement, Row

if TYPE_CHECKING:
    import openai
    import vectorstores

__all__ = [
    "Side",
    "async_sdk_sides",
    "openai_async_client",
    "openai_client",
    "ours_async_client",
    "ours_client",
    "sdk_sides",
    "vs_openai_row",
]

Side = Callable[[dict[str, Any]], Measurement]
# A measured body: the client (ours or openai's: both have the same interface) and the parameters.
Body = Callable[[Any, dict[str, Any]], Measurement]
AsyncBody = Callable[[Any, dict[str, Any]], Awaitable[Measurement]]

# Every client gets the key and base URL and nothing else: retries, timeouts and connection
# limits stay at each SDK's defaults, since the defaults are what users run with.


def ours_client(base_url: str) -> vectorstores.OpenAI:
    import vectorstores

    return vectorstores.OpenAI(api_key=API_KEY, base_url=base_url)


def openai_client(base_url: str) -> openai.OpenAI:
    import openai

    return openai.OpenAI(api_key=API_KEY, base_url=base_url)


def ours_async_client(base_url: str) -> vectorstores.AsyncOpenAI:
    import vectorstores

    return vectorstores.AsyncOpenAI(api_key=API_KEY, base_url=base_url)


def openai_async_client(base_url: str) -> openai.AsyncOpenAI:
    import openai

    return openai.AsyncOpenAI(api_key=API_KEY, base_url=base_url)


def sdk_sides(body: Body) -> dict[str, Side]:
    """The "ours" and "openai" sides of a case from one body: each side opens its own client and
    runs the very same code with it, so only the SDK differs between them."""

    def side(connect: Callable[[str], Any]) -> Side:
        def run(params: dict[str, Any]) -> Measurement:
            with connect(params["base_url"]) as client:
                return body(client, params)

        return run

    return {"ours": side(ours_client), "openai": side(openai_client)}


def async_sdk_sides(body: AsyncBody) -> dict[str, Side]:
    """``sdk_sides`` for the asyncio clients: each side runs in an event loop of its own."""

    def side(connect: Callable[[str], Any]) -> Side:
        async def main(params: dict[str, Any]) -> Measurement:
            async with connect(params["base_url"]) as client:
                return await body(client, params)

        return lambda params: asyncio.run(main(params))

    return {"ours": side(ours_async_client), "openai": side(openai_async_client)}


def vs_openai_row(
    case: int,
    key: str,
    title: str,
    unit: str,
    ours: float,
    theirs: float,
    raw: float | None,
    limit: float,
    *,
    ratio: float | None = None,
    short: str = "",
    higher_is_better: bool = False,
) -> Row:
    """A row whose target is on ours / openai: ``ratio`` (paired, see ``results.paired``) when given,
    else the ratio of the two values."""
    sign = "≥" if higher_is_better else "≤"
    return Row(
        case=case,
        key=key,
        title=title,
        unit=unit,
        ours=ours,
        openai=theirs,
        raw=raw,
        ratio=ours / theirs if ratio is None else ratio,
        ratio_name="ours / openai",
        limit=limit,
        target=f"{sign} {limit:g}",
        ours_limit=limit * theirs,
        higher_is_better=higher_is_better,
        short=short,
    )
