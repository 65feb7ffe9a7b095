"""The API change report: what changed, which public Python names it touches, breaking or not."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import __main__ as cli
from generator.apidiff import Change, PublicNames, api_changes
from generator.generate import ROOT
from generator.slice import dump, load

FIXTURE = Path(__file__).parent / "fixtures" / "api" / "base.yaml"
GENERATOR = ROOT / "generator"
Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def surface() -> PublicNames:
    return PublicNames.from_files(GENERATOR / "resources.yaml", GENERATOR / "config.yaml")


def _changes(surface: PublicNames, edit: Edit, base: Path = FIXTURE) -> dict[str, Change]:
    old = load(base)
    new = copy.deepcopy(old)
    edit(new)
    changes, _ = api_changes(old, new, surface)
    return {change.id: change for change in changes}


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def test_no_change_no_report(surface: PublicNames) -> None:
    assert _changes(surface, lambda document: None) == {}


def test_an_added_optional_response_field_is_a_new_attribute_not_breaking(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        _schemas(document)["VectorStoreObject"]["properties"]["usage_bytes"] = {"type": "integer"}

    changes = _changes(surface, edit)
    assert list(changes) == ["property-added:VectorStoreObject.usage_bytes"]
    change = changes["property-added:VectorStoreObject.usage_bytes"]
    assert not change.breaking
    assert change.python == ("VectorStore.usage_bytes",)


def test_a_request_field_breaks_only_when_required(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        request = _schemas(document)["CreateVectorStoreRequest"]
        request["properties"].update({"description": {"type": "string"}, "kind": {"type": "string"}})
        request["required"] = ["kind"]

    changes = _changes(surface, edit)
    assert not changes["property-added:CreateVectorStoreRequest.description"].breaking
    assert (
        "client.vector_stores.create(description=...)"
        in changes["property-added:CreateVectorStoreRequest.description"].python
    )
    assert changes["property-added:CreateVectorStoreRequest.kind"].breaking


def test_an_added_operation_is_a_new_method_not_breaking(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        document["paths"]["/vector_stores/{vector_store_id}/archive"] = {
            "post": {"operationId": "archiveVectorStore", "responses": {"200": {"description": ""}}}
        }

    changes = _changes(surface, edit)
    change = changes["operation-added:POST /vector_stores/{vector_store_id}/archive"]
    assert (change.breaking, change.python) == (False, ("client.vector_stores.archive",))


def test_a_removed_operation_and_parameter_break(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        del document["paths"]["/vector_stores"]["post"]
        document["paths"]["/vector_stores"]["get"]["parameters"].pop(0)

    changes = _changes(surface, edit)
    assert changes["operation-removed:POST /vector_stores"].python == ("client.vector_stores.create",)
    assert changes["parameter-removed:GET /vector_stores:query:limit"].python == (
        "client.vector_stores.list(limit=...)",
    )
    assert all(change.breaking for change in changes.values() if "removed" in change.id)


def test_a_renamed_request_property_is_one_breaking_rename(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        properties = _schemas(document)["VectorStoreSearchRequest"]["properties"]
        properties["query_rewrite"] = properties.pop("rewrite_query")

    changes = _changes(surface, edit)
    assert list(changes) == ["property-renamed:VectorStoreSearchRequest.rewrite_query->query_rewrite"]
    change = next(iter(changes.values()))
    assert change.breaking
    assert "client.vector_stores.search(rewrite_query=...)" in change.python
    assert "client.vector_stores.search(query_rewrite=...)" in change.python


def test_a_rename_on_the_real_search_body(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        properties = _schemas(document)["VectorStoreSearchRequest"]["properties"]
        properties["query_rewrite"] = properties.pop("rewrite_query")

    changes = _changes(surface, edit, ROOT / "openapi.yaml")
    assert list(changes) == ["property-renamed:VectorStoreSearchRequest.rewrite_query->query_rewrite"]


def test_a_removal_and_an_addition_of_different_types_are_not_a_rename(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        properties = _schemas(document)["VectorStoreSearchRequest"]["properties"]
        del properties["rewrite_query"]
        properties["rewrite_mode"] = {"type": "string"}

    assert sorted(_changes(surface, edit)) == [
        "property-added:VectorStoreSearchRequest.rewrite_mode",
        "property-removed:VectorStoreSearchRequest.rewrite_query",
    ]


def test_enum_values_break_by_direction(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        schemas = _schemas(document)
        ranker = schemas["VectorStoreSearchRequest"]["properties"]["ranking_options"]["properties"]["ranker"]
        ranker["enum"].remove("none")
        status = schemas["VectorStoreObject"]["properties"]["status"]
        status["enum"] = ["in_progress", "completed", "archived"]

    changes = _changes(surface, edit)
    request = changes["enum-value-removed:VectorStoreSearchRequest.ranking_options.ranker=none"]
    assert request.breaking
    assert request.python == ("VectorStoreSearchRequest.ranking_options.ranker",)
    assert not changes["enum-value-removed:VectorStoreObject.status=expired"].breaking
    added = changes["enum-value-added:VectorStoreObject.status=archived"]
    assert not added.breaking and "lenient" in added.note


def test_required_ness_and_types_break_by_direction(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        schemas = _schemas(document)
        schemas["VectorStoreObject"]["required"] = ["id", "status"]  # name may now be missing
        schemas["VectorStoreObject"]["properties"]["name"] = {"type": ["string", "null"]}  # widened
        schemas["CreateVectorStoreRequest"]["properties"]["name"] = {"type": ["string", "null"]}  # widened
        schemas["VectorStoreSearchRequest"]["properties"]["query"] = {"type": "integer"}  # changed

    changes = _changes(surface, edit)
    assert changes["property-optional:VectorStoreObject.name"].breaking
    assert changes["property-retyped:VectorStoreObject.name"].breaking
    assert not changes["property-retyped:CreateVectorStoreRequest.name"].breaking
    assert changes["property-retyped:VectorStoreSearchRequest.query"].breaking
    assert "string -> integer" in changes["property-retyped:VectorStoreSearchRequest.query"].summary


def test_a_method_returning_another_model_breaks(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        search = document["paths"]["/vector_stores/{vector_store_id}/search"]["post"]
        search["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/ListVectorStoresResponse"
        }

    changes = _changes(surface, edit)
    change = changes["result-retyped:POST /vector_stores/{vector_store_id}/search"]
    assert change.breaking and change.python == ("client.vector_stores.search",)
    assert "VectorStoreObject -> ListVectorStoresResponse" in change.summary


def test_make_spec_writes_the_report_and_check_api_wants_an_acknowledgement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = load(FIXTURE)
    changed = copy.deepcopy(base)
    properties = _schemas(changed)["VectorStoreSearchRequest"]["properties"]
    properties["query_rewrite"] = properties.pop("rewrite_query")
    _schemas(changed)["VectorStoreObject"]["properties"]["usage_bytes"] = {"type": "integer"}
    upstream, output, report = tmp_path / "upstream.yaml", tmp_path / "openapi.yaml", tmp_path / "API-CHANGES.md"
    upstream.write_text(dump(base))
    cli._slice(upstream, output, report)  # no previous openapi.yaml: everything is new
    assert "operation-added:POST /vector_stores/{vector_store_id}/search" in report.read_text()
    baseline = tmp_path / "baseline.yaml"
    baseline.write_bytes(output.read_bytes())
    upstream.write_text(dump(changed))
    capsys.readouterr()

    cli._slice(upstream, output, report)
    out = capsys.readouterr().out
    renamed = "property-renamed:VectorStoreSearchRequest.rewrite_query->query_rewrite"
    assert "2 API changes, 1 breaking" in out and f"breaking: {renamed}" in out
    text = report.read_text()
    assert "## Breaking" in text and renamed in text and "`VectorStore.usage_bytes`" in text
    # Most project patches have no target in this small document: listed, not fatal.
    assert "## Stale patches" in text and "its target is gone" in text

    acknowledged = tmp_path / "acknowledged.yaml"
    assert cli._check_api(baseline, output, acknowledged) == 1
    assert renamed in capsys.readouterr().err
    acknowledged.write_text(f"acknowledged:\n  - id: '{renamed}'\n    note: the search body's field was renamed\n")
    assert cli._check_api(baseline, output, acknowledged) == 0
    cli._accept_api(output, baseline, acknowledged)
    assert cli._acknowledged(acknowledged) == {}
    assert cli._check_api(baseline, output, acknowledged) == 0


def test_check_api_passes_on_the_committed_tree() -> None:
    assert cli.main(["check-api"]) == 0


def test_make_spec_without_the_upstream_document_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.yaml"
    assert (
        cli.main(["slice", str(missing), "--output", str(tmp_path / "o.yaml"), "--report", str(tmp_path / "r.md")]) == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "upstream document not found" in err and "UPSTREAM=" in err


def test_a_reworded_description_is_documentation_never_breaking(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        _schemas(document)["VectorStoreObject"]["properties"]["name"]["description"] = "Its name."
        document["paths"]["/vector_stores"]["post"]["summary"] = "Create a vector store."

    changes = _changes(surface, edit)
    assert sorted(changes) == [
        "documentation:POST /vector_stores",
        "documentation:VectorStoreObject.name",
    ]
    assert all(change.documentation and not change.breaking for change in changes.values())
    assert changes["documentation:VectorStoreObject.name"].python == ("VectorStore.name",)


def test_a_deprecation_is_a_change_of_the_api_not_of_its_words(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        document["paths"]["/vector_stores"]["post"]["deprecated"] = True

    changes = _changes(surface, edit)
    assert list(changes) == ["deprecated:POST /vector_stores"]
    change = changes["deprecated:POST /vector_stores"]
    assert not change.breaking and not change.documentation
    assert change.python == ("client.vector_stores.create",)


def test_the_report_files_documentation_changes_in_their_own_section(surface: PublicNames) -> None:
    from generator.apidiff import render_report

    def edit(document: dict[str, Any]) -> None:
        _schemas(document)["VectorStoreObject"]["properties"]["name"]["description"] = "Its name."

    report = render_report(list(_changes(surface, edit).values()), [], "1", "2", set())
    assert "0 changes, 0 breaking.\n1 documentation changes (descriptions only, never breaking)." in report
    head, _, documentation = report.partition("## Documentation")
    assert "## Breaking" not in head and "## Not breaking" not in head
    assert "`documentation:VectorStoreObject.name`" in documentation


def test_the_parts_of_a_new_schema_and_operation_are_the_addition_not_breaking(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        _schemas(document)["ArchiveRequest"] = {
            "type": "object",
            "required": ["reason"],
            "properties": {"reason": {"type": "string"}, "notify": {"type": "boolean"}},
        }
        document["paths"]["/vector_stores/{vector_store_id}/archive"] = {
            "post": {
                "operationId": "archiveVectorStore",
                "parameters": [{"name": "force", "in": "query", "required": True, "schema": {"type": "boolean"}}],
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArchiveRequest"}}}
                },
                "responses": {"200": {"description": ""}},
            }
        }
        # ... while a required property added to a request schema callers already send stays breaking.
        request = _schemas(document)["CreateVectorStoreRequest"]
        request["properties"]["kind"] = {"type": "string"}
        request["required"] = ["kind"]

    changes = _changes(surface, edit)
    assert sorted(changes) == [
        "operation-added:POST /vector_stores/{vector_store_id}/archive",
        "property-added:CreateVectorStoreRequest.kind",
        "schema-added:ArchiveRequest",
    ]
    assert [change.id for change in changes.values() if change.breaking] == [
        "property-added:CreateVectorStoreRequest.kind"
    ]


def test_the_parts_of_a_removed_schema_go_with_it(surface: PublicNames) -> None:
    def edit(document: dict[str, Any]) -> None:
        del _schemas(document)["VectorStoreObject"]

    changes = _changes(surface, edit)
    assert "schema-removed:VectorStoreObject" in changes
    assert not [key for key in changes if key.startswith("property-removed:VectorStoreObject.")]
