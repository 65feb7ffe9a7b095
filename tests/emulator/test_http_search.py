"""``POST /v1/vector_stores/{id}/search`` through plain httpx2: ranking, limits and attribute filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx2
import pytest

from .conftest import Served
from .support import Json, error, indexed, ok, store, upload

# Every text holds "note", so a search for it reaches each file and only filters decide the set.
DOCUMENTS: dict[str, tuple[str, Json]] = {
    "fox.txt": (
        "A note: the quick brown fox jumps over the lazy dog.",
        {"author": "ann", "year": 2020, "draft": True, "genre": "fable"},
    ),
    "bear.txt": ("A note about a brown bear sleeping in winter.", {"author": "bob", "year": 2023, "draft": False}),
    "physics.txt": ("A note on quantum physics lectures.", {"author": "cy", "year": 2025, "draft": False}),
}


@dataclass
class Corpus:
    """A store holding the three documents, and their file ids by name."""

    http: httpx2.Client
    store_id: str
    file_ids: dict[str, str]

    def search(self, **body: Any) -> httpx2.Response:
        return self.http.post(f"/vector_stores/{self.store_id}/search", json=body)

    def names(self, **body: Any) -> set[str]:
        """The file names a search finds."""
        by_id = {file_id: name for name, file_id in self.file_ids.items()}
        return {by_id[result["file_id"]] for result in ok(self.search(**body))["data"]}


@pytest.fixture
def corpus(http: httpx2.Client, emulator: Served) -> Corpus:
    store_id = store(http)["id"]
    file_ids = {}
    for name, (text, attributes) in DOCUMENTS.items():
        file_ids[name] = upload(http, name, text.encode())["id"]
        ok(http.post(f"/vector_stores/{store_id}/files", json={"file_id": file_ids[name], "attributes": attributes}))
    for file_id in file_ids.values():
        assert indexed(http, store_id, file_id)["status"] == "completed"
    return Corpus(http, store_id, file_ids)


def test_results_carry_every_field(corpus: Corpus) -> None:
    page = ok(corpus.search(query="quantum physics"))
    assert page["object"] == "vector_store.search_results.page"
    assert page["search_query"] == ["quantum physics"]
    assert page["has_more"] is False
    assert page["next_page"] is None
    [result] = page["data"]
    assert result["file_id"] == corpus.file_ids["physics.txt"]
    assert result["filename"] == "physics.txt"
    assert result["attributes"] == DOCUMENTS["physics.txt"][1]
    assert result["content"] == [{"type": "text", "text": DOCUMENTS["physics.txt"][0]}]
    assert 0 < result["score"] <= 1


def test_more_query_words_rank_higher(corpus: Corpus) -> None:
    """ "brown fox": the fox text holds both words, the bear text one, physics none."""
    results = ok(corpus.search(query="brown fox"))["data"]
    assert [result["filename"] for result in results] == ["fox.txt", "bear.txt"]
    scores = [result["score"] for result in results]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > scores[1]
    assert all(0 <= score <= 1 for score in scores)


def test_no_match_is_an_empty_page(corpus: Corpus) -> None:
    page = ok(corpus.search(query="zebra"))
    assert page["data"] == []
    assert page["search_query"] == ["zebra"]


def test_query_as_a_list(corpus: Corpus) -> None:
    """Each string of a list query counts; all are echoed back."""
    page = ok(corpus.search(query=["fox", "quantum"]))
    assert page["search_query"] == ["fox", "quantum"]
    assert {result["filename"] for result in page["data"]} == {"fox.txt", "physics.txt"}


def test_empty_query_is_refused(corpus: Corpus) -> None:
    for query in ("", "   ", list[str]()):
        error(corpus.search(query=query), 400, "query")
    error(corpus.search(query=[""]), 400, "query[0]")  # a blank item is named by its place
    error(corpus.search(query=["fox", " "]), 400, "query[1]")
    error(corpus.search(), 400, "query")
    error(corpus.search(query=5), 400, "query")


def test_max_num_results(corpus: Corpus) -> None:
    """1 keeps the best hit; 50 is the largest allowed; 0 and 51 are refused naming the parameter."""
    best = ok(corpus.search(query="brown fox"))["data"][0]
    assert ok(corpus.search(query="brown fox", max_num_results=1))["data"] == [best]
    assert len(ok(corpus.search(query="note", max_num_results=50))["data"]) == 3
    assert len(ok(corpus.search(query="note", max_num_results=2))["data"]) == 2
    error(corpus.search(query="note", max_num_results=0), 400, "max_num_results")
    error(corpus.search(query="note", max_num_results=51), 400, "max_num_results")
    error(corpus.search(query="note", max_num_results="3"), 400, "max_num_results")


def test_score_threshold_drops_weaker_hits(corpus: Corpus) -> None:
    results = ok(corpus.search(query="brown fox"))["data"]
    top, second = results[0]["score"], results[1]["score"]
    middle = (top + second) / 2
    kept = ok(corpus.search(query="brown fox", ranking_options={"score_threshold": middle}))["data"]
    assert [result["filename"] for result in kept] == ["fox.txt"]
    assert ok(corpus.search(query="brown fox", ranking_options={"score_threshold": 0}))["data"] == results
    error(corpus.search(query="fox", ranking_options={"score_threshold": 1.5}), 400, "ranking_options.score_threshold")


def compare(kind: str, key: str, value: Any) -> Json:
    return {"type": kind, "key": key, "value": value}


ALL = {"fox.txt", "bear.txt", "physics.txt"}

# Each filter and the files it lets through (the cases share one corpus to keep the suite fast).
FILTERS: list[tuple[Json, set[str]]] = [
    (compare("eq", "author", "ann"), {"fox.txt"}),
    (compare("eq", "draft", False), {"bear.txt", "physics.txt"}),
    (compare("ne", "author", "ann"), {"bear.txt", "physics.txt"}),
    (compare("gt", "year", 2020), {"bear.txt", "physics.txt"}),
    (compare("gte", "year", 2023), {"bear.txt", "physics.txt"}),
    (compare("gte", "year", 2020), ALL),
    (compare("lt", "year", 2023), {"fox.txt"}),
    (compare("lte", "year", 2023), {"fox.txt", "bear.txt"}),
    (compare("lt", "year", 2019.5), set()),
    (compare("gt", "author", "b"), {"bear.txt", "physics.txt"}),  # strings order as strings
    (compare("gt", "year", "2000"), set()),  # a number never orders against a string
    (compare("in", "author", ["ann", "cy"]), {"fox.txt", "physics.txt"}),
    (compare("nin", "author", ["ann"]), {"bear.txt", "physics.txt"}),
    (compare("in", "year", [2023, 2025]), {"bear.txt", "physics.txt"}),
    # Only the fox has a genre: a missing key passes ne and nin, and nothing else.
    (compare("eq", "genre", "fable"), {"fox.txt"}),
    (compare("ne", "genre", "fable"), {"bear.txt", "physics.txt"}),
    (compare("nin", "genre", ["fable"]), {"bear.txt", "physics.txt"}),
    (compare("in", "genre", ["fable", "epic"]), {"fox.txt"}),
    (compare("gte", "genre", ""), {"fox.txt"}),
    (compare("eq", "missing", "x"), set()),
    (
        {"type": "and", "filters": [compare("gte", "year", 2020), compare("ne", "author", "bob")]},
        {"fox.txt", "physics.txt"},
    ),
    (
        {"type": "or", "filters": [compare("eq", "author", "ann"), compare("gt", "year", 2024)]},
        {"fox.txt", "physics.txt"},
    ),
    (
        {
            "type": "and",
            "filters": [
                {"type": "or", "filters": [compare("eq", "author", "ann"), compare("eq", "author", "bob")]},
                compare("eq", "draft", False),
            ],
        },
        {"bear.txt"},
    ),
    (
        {
            "type": "or",
            "filters": [
                {"type": "and", "filters": [compare("lt", "year", 2024), compare("eq", "draft", True)]},
                {"type": "and", "filters": [compare("gt", "year", 2024), compare("in", "author", ["cy"])]},
            ],
        },
        {"fox.txt", "physics.txt"},
    ),
    ({"type": "and", "filters": []}, ALL),
    ({"type": "or", "filters": []}, set()),
]


def test_every_filter_operator(corpus: Corpus) -> None:
    """Each operator, a missing key, and nested and/or select exactly the expected files."""
    assert {case[0]["type"] for case in FILTERS} >= {"eq", "ne", "gt", "gte", "lt", "lte", "in", "nin", "and", "or"}
    for filters, expected in FILTERS:
        assert corpus.names(query="note", filters=filters) == expected, filters


# Filters the schema lets through but which make no sense, and those it refuses; the param named.
BAD_FILTERS: list[tuple[Json, str | None]] = [
    (compare("in", "author", "ann"), "filters.value"),
    (compare("nin", "year", 2020), "filters.value"),
    (compare("gt", "year", [1]), "filters.value"),
    ({"type": "and", "filters": [compare("in", "author", "ann")]}, "filters.filters[0].value"),
    ({"type": "or", "filters": [{"type": "and", "filters": [compare("nin", "a", True)]}]}, None),
    (compare("like", "author", "ann"), "filters.type"),
    ({"type": "eq", "key": "author"}, None),
    ({"type": "xor", "filters": []}, None),
]


def test_bad_filters_are_refused(corpus: Corpus) -> None:
    """``in``/``nin`` need a list, ordering needs a scalar, unknown types and missing fields fail."""
    for filters, param in BAD_FILTERS:
        error(corpus.search(query="note", filters=filters), 400, param)


def test_search_of_an_empty_store(http: httpx2.Client, emulator: Served) -> None:
    store_id = store(http)["id"]
    page = ok(http.post(f"/vector_stores/{store_id}/search", json={"query": "anything"}))
    assert page["data"] == []
    assert page["search_query"] == ["anything"]


def test_search_skips_files_still_indexing(http: httpx2.Client, emulator: Served) -> None:
    """Only completed files are searched; right after attaching, nothing is found yet."""
    file_id = upload(http, "late.txt", b"eventually searchable")["id"]
    store_id = store(http, file_ids=[file_id])["id"]
    early = ok(http.post(f"/vector_stores/{store_id}/search", json={"query": "eventually"}))["data"]
    # Status only moves forward: still in progress now means it was during the search (which a
    # slow machine could make untrue, so the check depends on it rather than on timing).
    if ok(http.get(f"/vector_stores/{store_id}/files/{file_id}"))["status"] == "in_progress":
        assert early == []
    indexed(http, store_id, file_id)
    found = ok(http.post(f"/vector_stores/{store_id}/search", json={"query": "eventually"}))["data"]
    assert [result["file_id"] for result in found] == [file_id]
