"""Loading what the OpenAPI format allows: YAML 1.2 (anchor names reused) and JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import slice as slicer
from generator.slice import dump, load, slice_document

from .test_slice import UPSTREAM, needs_upstream

REUSED_ANCHORS = """\
openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /files:
    get:
      parameters:
        - &param {name: limit, in: query, schema: {type: integer}}
        - *param
        - &param {name: order, in: query, schema: {type: string}}
        - *param
      responses:
        '200': {description: ok}
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_reused_anchor_name_means_the_latest_node_for_later_aliases(tmp_path: Path) -> None:
    document = load(_write(tmp_path, "spec.yaml", REUSED_ANCHORS))
    names = [p["name"] for p in document["paths"]["/files"]["get"]["parameters"]]
    assert names == ["limit", "limit", "order", "order"]


def test_the_pure_python_loader_takes_reused_anchors_too() -> None:
    document = slicer._load_yaml(REUSED_ANCHORS.encode(), fast=False)
    assert [p["name"] for p in document["paths"]["/files"]["get"]["parameters"]][2:] == ["order", "order"]


def test_other_composer_errors_still_fail(tmp_path: Path) -> None:
    with pytest.raises(yaml.YAMLError):
        load(_write(tmp_path, "spec.yaml", "a: *undefined\n"))


def test_scalars_follow_yaml_1_2_not_1_1(tmp_path: Path) -> None:
    text = "a: on\nb: no\nc: 2024-04-01\nd: 1e3\ne: 0o17\nf: 017\ng: true\nh: null\ni: 0x1F\nj: .inf\n"
    document = load(_write(tmp_path, "spec.yaml", text))
    assert document == {
        "a": "on",
        "b": "no",
        "c": "2024-04-01",
        "d": 1000.0,
        "e": 15,
        "f": 17,
        "g": True,
        "h": None,
        "i": 31,
        "j": float("inf"),
    }


def test_json_is_read_as_json_including_what_pyyaml_misreads(tmp_path: Path) -> None:
    text = '{"openapi": "3.1.0", "info": {"title": "a\\/b", "version": "1"}, "paths": {}}'
    for name in ("spec.json", "spec.yaml"):  # by suffix, and by content
        assert load(_write(tmp_path, name, text))["info"]["title"] == "a/b"


def test_a_yaml_flow_mapping_is_not_mistaken_for_json(tmp_path: Path) -> None:
    assert load(_write(tmp_path, "spec.yaml", "{openapi: 3.1.0, paths: {}}")) == {"openapi": "3.1.0", "paths": {}}


def test_broken_json_and_non_documents_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        load(_write(tmp_path, "spec.json", "{"))
    with pytest.raises(ValueError, match="top level is list"):
        load(_write(tmp_path, "spec.yaml", "- a\n"))


@needs_upstream
def test_upstream_as_json_slices_to_the_same_bytes(tmp_path: Path) -> None:
    upstream: dict[str, Any] = load(UPSTREAM)
    as_json = _write(tmp_path, "openapi.json", json.dumps(upstream))
    assert dump(slice_document(load(as_json))) == dump(slice_document(upstream))


@needs_upstream
def test_upstream_with_an_anchor_defined_twice_slices_to_the_same_bytes(tmp_path: Path) -> None:
    # Upstream once shipped anchors defined twice; a document that does so must still slice the
    # same, through the pure-Python fallback.
    text = UPSTREAM.read_text(encoding="utf-8")
    reused = text + "x-reused-anchors:\n  first: &again 1\n  second: &again 2\n  alias: *again\n"
    assert dump(slice_document(load(_write(tmp_path, "upstream.yaml", reused)))) == dump(slice_document(load(UPSTREAM)))
