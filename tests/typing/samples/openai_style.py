"""Everyday openai-python code, with only its imports changed: it must type-check as it does
against openai (mypy --strict)."""

from __future__ import annotations

import httpx2
from vectorstores import DefaultHttpxClient, OpenAI, omit
from vectorstores.types import (
    FileChunkingStrategyParam,
    VectorStore,
    file_create_params,
    file_list_params,
    vector_store_create_params,
    vector_store_list_params,
    vector_store_search_params,
    vector_store_update_params,
)
from vectorstores.types.shared.compound_filter import CompoundFilter as CompoundFilterObject
from vectorstores.types.shared.compound_filter import Filter
from vectorstores.types.shared_params import ComparisonFilter, CompoundFilter
from vectorstores.types.vector_store import ExpiresAfter
from vectorstores.types.vector_stores import (
    VectorStoreFile,
    file_batch_create_params,
    file_batch_list_files_params,
    file_update_params,
)
from vectorstores.types.vector_stores import (
    file_create_params as store_file_create_params,
)
from vectorstores.types.vector_stores import (
    file_list_params as store_file_list_params,
)

client = OpenAI(api_key="sk-test", max_retries=1, timeout=httpx2.Timeout(20.0, connect=5.0))
with_proxy = OpenAI(http_client=DefaultHttpxClient(proxy="http://127.0.0.1:3128"))
custom = OpenAI(http_client=httpx2.Client(transport=httpx2.MockTransport(lambda r: httpx2.Response(200))))

strategy: FileChunkingStrategyParam = {
    "type": "static",
    "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
}
expires: vector_store_create_params.ExpiresAfter = {"anchor": "last_active_at", "days": 7}
store: VectorStore = client.vector_stores.create(
    name="docs",
    file_ids=("file-1", "file-2"),
    chunking_strategy=strategy,
    expires_after=expires,
    metadata={"team": "search"},
    extra_headers={"X-Trace": "1", "OpenAI-Organization": omit},
    extra_body={"extra": True},
)
name: str | None = store.name
policy: ExpiresAfter | None = store.expires_after
client.vector_stores.update(store.id, expires_after={"anchor": "last_active_at", "days": 1}, name=None)
equals: ComparisonFilter = {"key": "team", "type": "eq", "value": "search"}
either: CompoundFilter = {"type": "or", "filters": [equals, {"key": "year", "type": "gte", "value": 2024}]}
hits = client.vector_stores.search(
    store.id,
    query=("install", "setup"),
    filters=either,
    ranking_options={"ranker": "auto", "score_threshold": 0.5},
    max_num_results=5,
)
for hit in hits:
    print(hit.filename, hit.score)
batch = client.vector_stores.file_batches.create(
    store.id,
    files=[
        {"file_id": "file-1", "attributes": {"lang": "en"}},
        {"file_id": "file-2", "chunking_strategy": {"type": "auto"}},
    ],
)
attached: VectorStoreFile = client.vector_stores.files.create(store.id, file_id="file-1", attributes={"n": 1})
client.vector_stores.files.update("file-1", vector_store_id=store.id, attributes={"reviewed": True})
uploaded = client.files.create(file=(None, b"hello"), purpose="assistants")
with_headers = client.files.create(file=("a.txt", b"hello", "text/plain", {"X-Part": "1"}), purpose="user_data")
for page_item in client.vector_stores.list(limit=10, order="desc"):
    print(page_item.id)
copy = client.with_options(max_retries=0, timeout=5.0, default_headers={"X-Team": "search"})

create_params: vector_store_create_params.VectorStoreCreateParams = {"name": "n", "file_ids": ["f"]}
list_params: vector_store_list_params.VectorStoreListParams = {"limit": 5, "order": "asc"}
search_params: vector_store_search_params.VectorStoreSearchParams = {"query": "q"}
update_params: vector_store_update_params.VectorStoreUpdateParams = {"name": None}
file_params: file_create_params.FileCreateParams = {"file": b"x", "purpose": "assistants"}
files_list: file_list_params.FileListParams = {"purpose": "assistants"}
batch_params: file_batch_create_params.FileBatchCreateParams = {"file_ids": ["f"]}
batch_list: file_batch_list_files_params.FileBatchListFilesParams = {"vector_store_id": "vs_1", "filter": "failed"}
store_file: store_file_create_params.FileCreateParams = {"file_id": "f"}
store_files: store_file_list_params.FileListParams = {"filter": "completed"}
update_file: file_update_params.FileUpdateParams = {"vector_store_id": "vs_1", "attributes": None}


def first_filter(compound: CompoundFilterObject) -> Filter:
    return compound.filters[0]


# File search with a model: the Responses API, tools and include written as plain literals.
from typing_extensions import assert_type  # noqa: E402
from vectorstores import Stream  # noqa: E402
from vectorstores.types.responses import (  # noqa: E402
    FileSearchToolParam,
    Response,
    ResponseIncludable,
    ResponseStreamEvent,
    ToolParam,
    response_create_params,
)

answer = client.responses.create(
    model="gpt-4.1",
    input="What does the handbook say about leave?",
    tools=[{"type": "file_search", "vector_store_ids": ["vs_1"], "max_num_results": 5}],
    include=["file_search_call.results"],
)
assert_type(answer, Response)
print(answer.output_text)
events = client.responses.create(
    model="gpt-4.1",
    input=[{"role": "user", "content": "Summarise the handbook."}],
    tools=[{"type": "file_search", "vector_store_ids": ["vs_1"], "filters": {"type": "eq", "key": "a", "value": 1}}],
    include=["file_search_call.results"],
    stream=True,
)
assert_type(events, Stream[ResponseStreamEvent])
with events:
    for event in events:
        print(event.type)
file_search: FileSearchToolParam = {"type": "file_search", "vector_store_ids": ["vs_1"]}
tools: list[ToolParam] = [file_search]
included: list[ResponseIncludable] = ["file_search_call.results"]
again = client.responses.retrieve(answer.id)
assert_type(again, Response)
create_response: response_create_params.ResponseCreateParams = {"model": "gpt-4.1", "tools": tools}

# A conversation built from openai's request types by name, and an answer's items narrowed by class.
from vectorstores.types.responses import (  # noqa: E402
    EasyInputMessageParam,
    ResponseFunctionWebSearch,
    ResponseInputParam,
    ResponseInputTextParam,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseTextConfigParam,
    ToolChoiceFunctionParam,
)

question: ResponseInputTextParam = {"type": "input_text", "text": "What changed in the leave policy?"}
message: EasyInputMessageParam = {"role": "user", "content": [question]}
conversation: ResponseInputParam = [
    {"role": "developer", "content": "Answer from the handbook only."},
    message,
    {"type": "function_call_output", "call_id": "call_1", "output": "42"},
]
text_config: ResponseTextConfigParam = {"format": {"type": "text"}, "verbosity": "low"}
lookup: ToolChoiceFunctionParam = {"type": "function", "name": "lookup"}
followed = client.responses.create(model="gpt-4.1", input=conversation, text=text_config, tool_choice=lookup)
for output in followed.output:
    if isinstance(output, ResponseFunctionWebSearch):
        print(output.status)
    elif isinstance(output, ResponseOutputMessage):
        for part in output.content:
            if isinstance(part, ResponseOutputText):
                print(part.text)

# Structured output: parse() with a pydantic model answers a ParsedResponse of that model.
import pydantic  # noqa: E402
from vectorstores.types.responses import ParsedResponse  # noqa: E402


class Leave(pydantic.BaseModel):
    days: int
    paid: bool


parsed = client.responses.parse(model="gpt-4.1", input="How much leave?", text_format=Leave, tools=tools)
assert_type(parsed, ParsedResponse[Leave])
assert_type(parsed.output_parsed, Leave | None)
unparsed = client.responses.parse(model="gpt-4.1", input="Hello")
assert_type(unparsed, ParsedResponse[None])
for item in parsed.output:
    if item.type == "message":
        for part in item.content:
            if part.type == "output_text" and part.parsed is not None:
                print(part.parsed.days)
    elif item.type == "function_call":
        print(item.parsed_arguments)
