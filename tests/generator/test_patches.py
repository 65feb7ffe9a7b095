"""Declarative patches: each knows why it exists and what it expects; stale ones are reported."""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import Any

import pytest

from generator.generate import ROOT
from generator.patches import REASONS, Patch, PatchError, apply_patches, load_patches, patch_document
from generator.slice import load

REAL_TRAFFIC = Path(os.environ.get("VECTORSTORES_REAL_TRAFFIC", ROOT.parent / "shared" / "real-traffic"))


def _doc() -> dict[str, Any]:
    return {
        "components": {"schemas": {"A": {"title": "T", "properties": {"x": {"type": "string"}}}}},
        "paths": {"/l": {"get": {"parameters": [{"name": "after", "in": "query"}, {"name": "limit", "in": "query"}]}}},
    }


def test_add_replace_remove_apply_and_leave_the_input_untouched() -> None:
    original = _doc()
    patched, report = patch_document(
        original,
        [
            Patch("remove", "/components/schemas/A/title", "why", expect="T"),
            Patch(
                "replace", "/components/schemas/A/properties/x", "why", {"type": "integer"}, expect={"type": "string"}
            ),
            Patch("add", "/components/schemas/A/properties/y", "why", {"type": "boolean"}),
        ],
    )
    assert patched["components"]["schemas"]["A"] == {"properties": {"x": {"type": "integer"}, "y": {"type": "boolean"}}}
    assert original == _doc()
    assert len(report.applied) == 3
    assert report.stale == []


def test_a_selector_picks_a_list_element_by_a_key_not_by_position() -> None:
    patch = Patch("replace", "/paths/~1l/get/parameters/[name=limit]/in", "why", "header", expect="query")
    patched = apply_patches(_doc(), [patch])
    assert patched["paths"]["/l"]["get"]["parameters"][1] == {"name": "limit", "in": "header"}
    reordered = _doc()
    reordered["paths"]["/l"]["get"]["parameters"].reverse()
    assert apply_patches(reordered, [patch])["paths"]["/l"]["get"]["parameters"][0]["in"] == "header"


def test_positions_and_ambiguous_selectors_are_errors_reported_together() -> None:
    document = _doc()
    document["paths"]["/l"]["get"]["parameters"].append({"name": "limit", "in": "query"})
    with pytest.raises(PatchError) as raised:
        patch_document(
            document,
            [
                Patch("replace", "/paths/~1l/get/parameters/1/in", "why", "header", expect="query"),
                Patch("replace", "/paths/~1l/get/parameters/[name=limit]/in", "why", "header", expect="query"),
            ],
        )
    message = str(raised.value)
    assert "patch #1" in message and "by position" in message
    assert "patch #2" in message and "matches 2 elements" in message


def test_expect_is_a_partial_match() -> None:
    patch = Patch("replace", "/components/schemas/A", "why", {"type": "object"}, expect={"title": "T"})
    assert apply_patches(_doc(), [patch])["components"]["schemas"]["A"] == {"type": "object"}


@pytest.mark.parametrize(
    ("patch", "because"),
    [
        (Patch("remove", "/components/schemas/Gone/title", "why", expect="T"), "target is gone"),
        (Patch("replace", "/components/schemas/A/properties/missing", "why", {}, expect={}), "target is gone"),
        (Patch("add", "/components/schemas/Gone/properties/y", "why", {}), "target is gone"),
        (Patch("remove", "/components/schemas/A/properties/x/format", "why", expect="f"), "removed the target already"),
        (Patch("replace", "/components/schemas/A/title", "why", "T", expect="Old"), "already says what it sets"),
        (Patch("add", "/components/schemas/A/title", "why", "T"), "already says what it adds"),
        (Patch("add", "/components/schemas/A/title", "why", "U"), "now defines the target itself"),
        (Patch("replace", "/components/schemas/A/title", "why", "U", expect="Old"), "changed upstream"),
        (Patch("replace", "/paths/~1l/get/parameters/[name=order]/in", "why", "x", expect="query"), "gone"),
    ],
)
def test_a_patch_upstream_made_unnecessary_is_stale_not_fatal(patch: Patch, because: str) -> None:
    patched, report = patch_document(_doc(), [patch])
    assert patched == _doc()
    assert [(p, why) for p, why in report.stale if because in why] == [(patch, report.stale[0][1])]
    assert report.lines()[0].startswith(f"stale patch: {patch.op} {patch.path}")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("patches: [{op: remove, path: /a, reason: prose, expect: 1}]", "needs a 'why'"),
        ("patches: [{op: move, path: /a, why: w, reason: prose}]", "op must be one of"),
        ("patches: [{op: add, path: /a, why: w, reason: prose}]", "needs a 'value'"),
        ("patches: [{op: remove, path: /a, why: w, reason: prose, expect: 1, extra: 1}]", "unknown keys"),
        ("patches: [{op: remove, path: /a, why: w, expect: 1}]", "'reason' must be one of"),
        ("patches: [{op: remove, path: /a, why: w, reason: taste, expect: 1}]", "'reason' must be one of"),
        ("patches: [{op: remove, path: /a, why: w, reason: real-api, expect: 1}]", "cites the 'difference'"),
        ("patches: [{op: remove, path: /a, why: w, reason: prose, difference: 1, expect: 1}]", "belong to 'real-api'"),
        ("patches: [{op: remove, path: /a, why: w, reason: prose}]", "needs an 'expect'"),
        ("patches: [{op: add, path: /a, why: w, reason: prose, value: 1, expect: 1}]", "drop 'expect'"),
        ("patches: [{op: remove, path: '/a/[name]', why: w, reason: prose, expect: 1}]", "bad selector"),
        ("nothing: here", "'patches' list"),
    ],
)
def test_malformed_patch_files_are_rejected(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "patches.yaml"
    path.write_text(text)
    with pytest.raises(PatchError, match=re.escape(message)):
        load_patches(path)


def test_every_problem_of_a_patch_file_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "patches.yaml"
    path.write_text("patches:\n  - {op: remove, path: /a}\n  - {op: add, path: /b, why: w, reason: prose}\n")
    with pytest.raises(PatchError) as raised:
        load_patches(path)
    lines = str(raised.value).splitlines()
    assert {line.split(":")[1].strip() for line in lines} == {"patch #1", "patch #2"}
    assert len(lines) >= 4  # patch 1: no why, no reason, no expect; patch 2: no value


def test_project_patches_apply_to_openapi_yaml_with_none_stale_and_fix_the_known_traps() -> None:
    patches = load_patches(ROOT / "generator" / "patches.yaml")
    assert {p.reason for p in patches} <= set(REASONS)
    patched, report = patch_document(load(ROOT / "openapi.yaml"), patches)
    assert report.lines() == []
    schemas = patched["components"]["schemas"]
    assert "$recursiveRef" not in str(schemas["CompoundFilter"])
    assert "anyOf" not in schemas["CreateVectorStoreFileBatchRequest"]
    assert "vector_store.file_batch" in schemas["VectorStoreFileBatchObject"]["properties"]["object"]["enum"]
    assert "description" in schemas["VectorStoreObject"]["properties"]
    content = patched["paths"]["/files/{file_id}/content"]["get"]["responses"]["200"]["content"]
    assert list(content) == ["application/octet-stream"]
    assert all(not re.search(r"/\d+(/|$)", p.path.replace("/200/", "/")) for p in patches)


@pytest.mark.skipif(not (REAL_TRAFFIC / "README.md").is_file(), reason="set VECTORSTORES_REAL_TRAFFIC")
def test_real_api_patches_cite_an_item_of_the_real_traffic_list() -> None:
    text = (REAL_TRAFFIC / "README.md").read_text(encoding="utf-8")
    listed = {int(n) for n in re.findall(r"^(\d+)\. ", text.split("## Where the real API differs")[1], re.M)}
    cited = {p.difference for p in load_patches(ROOT / "generator" / "patches.yaml") if p.difference is not None}
    assert cited and cited <= listed


def test_an_upstream_that_fixed_the_document_makes_those_patches_stale_and_the_rest_apply() -> None:
    upstream = load(ROOT / "openapi.yaml")
    changed = copy.deepcopy(upstream)
    schemas = changed["components"]["schemas"]
    schemas["VectorStoreObject"]["properties"]["name"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    del schemas["ListFilesResponse"]["properties"]["first_id"]
    changed["paths"]["/files"]["get"]["parameters"].reverse()
    patches = load_patches(ROOT / "generator" / "patches.yaml")
    patched, report = patch_document(changed, patches)
    stale = {patch.path: why for patch, why in report.stale}
    assert stale == {
        "/components/schemas/VectorStoreObject/properties/name": "upstream already says what it sets",
        "/components/schemas/ListFilesResponse/properties/first_id": "its target is gone (no key 'first_id')",
    }
    limit = next(p for p in patched["paths"]["/files"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 10000
    assert len(report.applied) == len(patches) - 2


def test_a_patch_fixes_structure_and_leaves_the_prose_to_upstream() -> None:
    document = _doc()
    x = document["components"]["schemas"]["A"]["properties"]["x"]
    x.update({"description": "The x, worded anew.", "deprecated": True})
    replace = Patch(
        "replace",
        "/components/schemas/A/properties/x",
        "why",
        {"type": "integer"},
        expect={"type": "string"},
    )
    patched, report = patch_document(document, [replace])
    assert report.stale == []  # a reworded description does not make the patch stale
    # The replaced node keeps what the document says about it.
    assert patched["components"]["schemas"]["A"]["properties"]["x"] == {
        "type": "integer",
        "description": "The x, worded anew.",
        "deprecated": True,
    }
    # A property named "description" is structure, not prose.
    named = {"properties": {"description": {"type": "string"}}}
    document = {"components": {"schemas": {"B": named}}}
    _, report = patch_document(
        document,
        [Patch("replace", "/components/schemas/B/properties", "why", {}, expect={"description": {"type": "int"}})],
    )
    assert len(report.stale) == 1


def test_upstream_saying_what_a_patch_sets_in_other_words_makes_it_stale() -> None:
    document = _doc()
    document["components"]["schemas"]["A"]["properties"]["x"] = {"type": "integer", "description": "Now an int."}
    replace = Patch("replace", "/components/schemas/A/properties/x", "why", {"type": "integer"}, expect={})
    _, report = patch_document(document, [replace])
    assert [line for line in report.lines() if "already says what it sets" in line]
