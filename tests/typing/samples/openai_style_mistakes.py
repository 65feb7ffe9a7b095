"""Mistakes openai-python's types catch; each line ending in an `error` comment must fail here too
(`error: mypy` where only mypy sees it: pyright takes an unknown name imported from a module with
a ``__getattr__`` at run time, even one hidden from type checkers, as that function's answer)."""

from __future__ import annotations

import vectorstores
from vectorstores import OpenAI
from vectorstores.types import FileChunkingStrategyParam

client = OpenAI(api_kye="sk-test")  # error
client.vector_stores.create(expires_after={"anchor": "last_active_at", "dayz": 7})  # error
client.vector_stores.create(chunking_strategy={"type": "static", "static": {"max_chunk_size": 800}})  # error
client.vector_stores.search("vs_1", query="q", ranking_options={"rankr": "auto"})  # error
client.vector_stores.search("vs_1", query="q", filters={"key": "a", "type": "equals", "value": "b"})  # error
client.vector_stores.create(file_ids="file-1")  # error
client.vector_stores.file_batches.create("vs_1", files=[{"fileid": "file-1"}])  # error
client.vector_stores.list(order="newest")  # error
client.with_options(max_retrys=0)  # error
strategy: FileChunkingStrategyParam = {"type": "manual"}  # error
name: str = client.vector_stores.retrieve("vs_1").name  # error

vectorstores.filez.list()  # error

# The Responses API: mistakes inside tools and include, and a stream read as a Response.
from vectorstores.types.responses import Response  # noqa: E402

client.responses.create(model="m", tools=[{"type": "file_search", "vector_store_idz": ["vs_1"]}])  # error
client.responses.create(model="m", tools=[{"type": "file_searh", "vector_store_ids": ["vs_1"]}])  # error
client.responses.create(model="m", tools=[{"type": "file_search"}])  # error
client.responses.create(model="m", include=["file_search_call.resultz"])  # error
client.responses.create(model="m", include="file_search_call.results")  # error
streamed: Response = client.responses.create(model="m", input="hi", stream=True)  # error

# openai's request types by name: a wrong role, a misspelt content type, a tool choice missing its name.
from vectorstores.types.responses import EasyInputMessageParam, ResponseInputParam, ToolChoiceFunctionParam  # noqa: E402

speaker: EasyInputMessageParam = {"role": "robot", "content": "hi"}  # error
typo: ResponseInputParam = [{"role": "user", "content": [{"type": "input_txt", "text": "hi"}]}]  # error
unnamed: ToolChoiceFunctionParam = {"type": "function"}  # error

# parse(): the parsed output is the text_format's model (or None), and stream is not a Response.
import pydantic  # noqa: E402


class Leave(pydantic.BaseModel):
    days: int


days: int = client.responses.parse(model="m", input="hi", text_format=Leave).output_parsed.days  # error
leave: Leave = client.responses.parse(model="m", input="hi", text_format=Leave).output_parsed  # error
