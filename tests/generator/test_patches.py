"""Declarative patches: applied exactly, and loud when their target is gone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.generate import ROOT
from generator.patches import Patch, PatchError, apply_patches, load_patches
from generator.slice import load


def _doc() -> dict[str, Any]:
    return {"components": {"schemas": {"A": {"title": "T", "properties": {"x": {"type": "string"}}}}}}


def test_add_replace_remove_apply_and_leave_the_input_untouched() -> None:
    original = _doc()
    patched = apply_patches(
        original,
        [
            Patch("remove", "/components/schemas/A/title", "why"),
            Patch("replace", "/components/schemas/A/properties/x", "why", {"type": "integer"}),
            Patch("add", "/components/schemas/A/properties/y", "why", {"type": "boolean"}),
        ],
    )
    assert patched["components"]["schemas"]["A"] == {"properties": {"x": {"type": "integer"}, "y": {"type": "boolean"}}}
    assert original == _doc()


def test_a_test_patch_that_holds_changes_nothing() -> None:
    assert apply_patches(_doc(), [Patch("test", "/components/schemas/A/title", "why", "T")]) == _doc()


@pytest.mark.parametrize(
    "patch",
    [
        Patch("remove", "/components/schemas/Gone/title", "why"),
        Patch("replace", "/components/schemas/A/properties/missing", "why", {}),
        Patch("add", "/components/schemas/Gone/properties/y", "why", {}),
        Patch("add", "/components/schemas/A/title", "why", "exists already"),
        Patch("test", "/components/schemas/A/title", "why", "another title"),
    ],
)
def test_a_patch_whose_target_is_gone_fails_loudly(patch: Patch) -> None:
    with pytest.raises(PatchError, match=r"patch #1 .*why: why"):
        apply_patches(_doc(), [patch])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("patches: [{op: remove, path: /a}]", "needs a 'why'"),
        ("patches: [{op: move, path: /a, why: w}]", "op must be one of"),
        ("patches: [{op: add, path: /a, why: w}]", "needs a 'value'"),
        ("patches: [{op: remove, path: /a, why: w, extra: 1}]", "unknown keys"),
        ("nothing: here", "'patches' list"),
    ],
)
def test_malformed_patch_files_are_rejected(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "patches.yaml"
    path.write_text(text)
    with pytest.raises(PatchError, match=message):
        load_patches(path)


def test_project_patches_apply_to_openapi_yaml_and_fix_the_known_traps() -> None:
    patches = load_patches(ROOT / "generator" / "patches.yaml")
    assert all(p.why.strip() for p in patches)
    patched = apply_patches(load(ROOT / "openapi.yaml"), patches)
    schemas = patched["components"]["schemas"]
    assert "$recursiveRef" not in str(schemas["CompoundFilter"])
    assert "anyOf" not in schemas["CreateVectorStoreFileBatchRequest"]
    assert "vector_store.file_batch" in schemas["VectorStoreFileBatchObject"]["properties"]["object"]["enum"]
    assert "description" in schemas["VectorStoreObject"]["properties"]
    content = patched["paths"]["/files/{file_id}/content"]["get"]["responses"]["200"]["content"]
    assert list(content) == ["application/octet-stream"]
