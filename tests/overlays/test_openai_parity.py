"""The last run-time differences from openai-python 3.51 seen side by side (issue 23, step 6):
the next page's info, pages as JSON, ``model_validate_json``, ``vectorstores.types`` after a
plain import, and ``VERSION``/``version``. Each is compared with what openai does on the same
answer where openai is installed (the bench extra)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx2
import pytest
from vectorstores import OpenAI
from vectorstores.types import VectorStore

from .conftest import API_KEY, BASE_URL, Recorder, Reply, store_list, vector_store

openai = pytest.importorskip("openai")


def _theirs(recorder: Recorder) -> Any:
    """openai-python's client on the same recorded routes as ours."""
    return openai.OpenAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx2.Client(transport=httpx2.MockTransport(recorder.handle))
    )


def _search_page() -> dict[str, Any]:
    hit = {"file_id": "file-1", "filename": "a.md", "score": 0.5, "attributes": {}, "content": []}
    hit["content"] = [{"type": "text", "text": "hello"}]
    return {"object": "vector_store.search_results.page", "search_query": ["q"], "data": [hit], "has_more": False}


@pytest.mark.parametrize("given", [{}, {"after": "vs_0"}, {"before": "vs_9", "after": "vs_0"}])
def test_next_page_info_carries_only_the_cursor_as_openais(
    client: OpenAI, recorder: Recorder, given: dict[str, Any]
) -> None:
    recorder.add("GET", "/vector_stores", Reply(json=store_list(["vs_1", "vs_2"], has_more=True)))
    ours = client.vector_stores.list(limit=2, **given).next_page_info()
    theirs = _theirs(recorder).vector_stores.list(limit=2, **given).next_page_info()
    assert ours is not None and theirs is not None
    assert ours.params == theirs.params == {"after": "vs_2"}


def test_a_forward_walk_from_before_still_drops_it_from_the_next_request(client: OpenAI, recorder: Recorder) -> None:
    recorder.add(
        "GET",
        "/vector_stores",
        Reply(json=store_list(["vs_1", "vs_2"], has_more=True)),
        Reply(json=store_list(["vs_3"], has_more=False)),
    )
    page = client.vector_stores.list(limit=2, before="vs_9", after="vs_0")
    assert page.get_next_page().data[0].id == "vs_3"
    assert dict(recorder.requests[-1].url.params) == {"limit": "2", "after": "vs_2"}


def test_a_walk_towards_the_start_carries_only_before(client: OpenAI, recorder: Recorder) -> None:
    # openai-python walks forward from a ``before`` list; this SDK goes on towards the start
    # (tests/overlays/test_pagination.py), and its info still names only the one cursor.
    recorder.add("GET", "/vector_stores", Reply(json=store_list(["vs_4", "vs_5"], has_more=True)))
    info = client.vector_stores.list(limit=2, before="vs_9").next_page_info()
    assert info is not None and info.params == {"before": "vs_4"}


def test_pages_dump_as_openais(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores", Reply(json=store_list(["vs_1", "vs_2"], has_more=True)))
    recorder.add("POST", "/vector_stores/vs_1/search", Reply(json=_search_page()))
    theirs = _theirs(recorder)
    pages: list[tuple[Any, Any]] = [
        (client.vector_stores.list(), theirs.vector_stores.list()),
        (client.vector_stores.search("vs_1", query="q"), theirs.vector_stores.search("vs_1", query="q")),
    ]
    for ours, their in pages:
        assert json.loads(ours.to_json()) == json.loads(their.to_json())
        assert ours.to_json().startswith('{\n  "')  # indented by 2, as theirs
        assert json.loads(ours.to_json(indent=None)) == json.loads(their.to_json(indent=None))
        assert "\n" not in ours.to_json(indent=None)
        assert ours.to_dict(mode="json") == their.to_dict(mode="json")
        assert ours.to_dict(exclude_none=True) == their.to_dict(exclude_none=True)
        assert json.loads(ours.model_dump_json()) == ours.model_dump(mode="json")
    assert pages[0][0].model_dump()["data"][0]["id"] == "vs_1"


def test_a_page_built_by_hand_dumps_its_items() -> None:
    from types import SimpleNamespace

    from vectorstores import SyncCursorPage

    page = SyncCursorPage[VectorStore](SimpleNamespace(data=[VectorStore.from_dict(vector_store())], has_more=False))
    assert json.loads(page.to_json()) == {"data": [vector_store()], "has_more": False}


def test_model_validate_json_as_openais() -> None:
    text = json.dumps({**vector_store(), "shard": "eu"})
    ours = VectorStore.model_validate_json(text)
    theirs = openai.types.VectorStore.model_validate_json(text)
    assert ours.to_dict() == theirs.to_dict()
    assert VectorStore.model_validate_json(text.encode()) == ours  # bytes, as pydantic takes
    with pytest.raises(ValueError):  # not JSON at all
        VectorStore.model_validate_json("{")


# Each in a fresh interpreter: whether ``types`` is loaded depends on what ran before.
PLAIN_IMPORT = """
import sys
import vectorstores
assert "vectorstores.types" not in sys.modules, "import vectorstores must stay cheap"
types = vectorstores.types  # no other import of it before this line
assert types.VectorStore.__name__ == "VectorStore"
assert types.vector_stores.VectorStoreFile.__name__ == "VectorStoreFile"
from vectorstores.types import VectorStore
assert vectorstores.types is types and VectorStore is types.VectorStore
print("ok")
"""


def test_types_is_reachable_after_a_plain_import_and_loads_on_first_use() -> None:
    result = subprocess.run([sys.executable, "-c", PLAIN_IMPORT], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr
    their = subprocess.run(
        [sys.executable, "-c", "import openai; print(openai.types.VectorStore.__name__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert their.stdout.strip() == "VectorStore", their.stderr


def test_version_and_VERSION_as_openai_has_them() -> None:
    import vectorstores
    from vectorstores._version import __version__

    assert vectorstores.VERSION == vectorstores.version.VERSION == __version__
    assert type(vectorstores.version) is type(openai.version)  # a module, as theirs
    assert isinstance(openai.VERSION, str) and isinstance(vectorstores.VERSION, str)
    assert hasattr(openai.version, "VERSION") and hasattr(vectorstores.version, "VERSION")
