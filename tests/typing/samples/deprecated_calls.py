"""Calls of what is deprecated; each line ending in a `deprecated` comment must be reported by the
checker when deprecations are errors (pyright's reportDeprecated, mypy's `deprecated` code), as
openai-python's ``files.retrieve_content`` is. The other calls must not be."""

# pyright: reportDeprecated=error

from __future__ import annotations

from vectorstores import AsyncOpenAI, OpenAI

client = OpenAI(api_key="sk-test")
text: str = client.files.retrieve_content("file-1")  # deprecated
data: bytes = client.files.content("file-1").read()


async def read(aclient: AsyncOpenAI) -> str:
    return await aclient.files.retrieve_content("file-1")  # deprecated
