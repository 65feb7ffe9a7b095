"""What the cases share: building each SDK's client the same way, and the usual kind of row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..payloads import API_KEY
from ..results import Measurement, Row

if TYPE_CHECKING:
    import openai
    import vectorstores

__all__ = ["Side", "openai_async_client", "openai_client", "ours_async_client", "ours_client", "vs_openai_row"]

Side = Callable[[dict[str, Any]], Measurement]

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
