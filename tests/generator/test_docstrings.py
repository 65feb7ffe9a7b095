"""The document's prose in the generated code: every description reaches its docstring (read
back from the code, not from the generator), ``help()`` and editors show it, and no description,
however hostile, can end a docstring, reach code or break formatting."""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import json
import os
import pydoc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from vectorstores._resource import SyncAPIResource
from vectorstores.resources._root import NAMES as RESOURCE_NAMES

from generator.generate import ROOT, Sources, generate
from generator.prose import clean

from . import wheel_layout

GENERATED = ROOT / "generated"
DOCUMENT: dict[str, Any] = json.loads((GENERATED / "vectorstores_raw" / "openapi.json").read_text(encoding="utf-8"))


def _words(text: object) -> str:
    """Text as docstrings carry it: cleaned, whitespace collapsed (wrapping moves line breaks)."""
    return " ".join(clean(text).split())


def _deref(node: Any) -> Any:
    for _ in range(20):
        if not (isinstance(node, dict) and "$ref" in node):
            return node
        target: Any = DOCUMENT
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            token = part.replace("~1", "/").replace("~0", "~")
            target = target[int(token)] if isinstance(target, list) else target[token]
        node = target
    return node


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in DOCUMENT["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                yield method.upper(), path, operation


def _parameter_descriptions(operation: dict[str, Any]) -> list[str]:
    """Every description of the operation's parameters and body properties."""
    found = [_deref(p).get("description", "") for p in operation.get("parameters", [])]
    for media in (operation.get("requestBody") or {}).get("content", {}).values():
        body = _deref(media.get("schema", {}))
        for member in [body, *[_deref(m) for m in body.get("allOf", [])]]:
            found += [prop.get("description", "") for prop in (member.get("properties") or {}).values()]
    return [text for text in found if text]


def _raw_modules() -> dict[tuple[str, str], Path]:
    """(method, path) -> the raw operation module sending it (its OPERATION registry entry)."""
    found = {}
    for module in (GENERATED / "vectorstores_raw" / "api").rglob("*.py"):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "OPERATION":
                found[tuple(ast.literal_eval(node.value))] = module
    return found


def _function_doc(module: Path, name: str) -> str:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    function = next(n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == name)
    return _words(ast.get_docstring(function))


def _attribute_docs(source: Path, class_name: str) -> dict[str, str]:
    """Field -> its attribute docstring (the string right after the annotation), as editors read it."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    found = {}
    for field, following in zip(cls.body, cls.body[1:], strict=False):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[field.target.id] = _words(following.value.value)
    return found


def test_every_operation_and_parameter_description_reaches_the_raw_and_public_methods() -> None:
    import vectorstores

    raw = _raw_modules()
    client = vectorstores.OpenAI(api_key="k")
    public: dict[tuple[str, str], str] = {}
    # Every resource the document gives the client, and their sub-resources, however many.
    stack: list[Any] = [getattr(client, name) for name in sorted(RESOURCE_NAMES - {"beta"})]
    while stack:
        resource = stack.pop()
        for name, module in type(resource)._operations.items():
            public[tuple(module.OPERATION)] = _words(inspect.getdoc(getattr(resource, name)))
        children = [
            name
            for name, member in vars(type(resource)).items()
            if isinstance(member, functools.cached_property) and not name.startswith("with_")
        ]
        stack += [
            child for child in map(functools.partial(getattr, resource), children) if isinstance(child, SyncAPIResource)
        ]
    checked = 0
    for method, path, operation in _operations():
        described = _words(operation.get("description") or operation.get("summary"))
        assert described, f"{method} {path}: the document describes every operation of today's slice"
        sync = _function_doc(raw[(method, path)], "sync")
        for text in [described, *map(_words, _parameter_descriptions(operation))]:
            assert text in sync, f"{method} {path}: raw sync() lacks {text!r}"
            assert text in public[(method, path)], f"{method} {path}: the public method lacks {text!r}"
            checked += 1
        assert "Args:" in sync and "Args:" in public[(method, path)]
    assert checked > 60  # 21 operations and their parameters


def test_every_schema_and_property_description_reaches_its_class_and_field() -> None:
    from vectorstores_raw.model_schemas import SCHEMA_OF

    models = importlib.import_module("vectorstores_raw.models")
    checked = 0
    replaced: list[str] = []
    for class_name, pointer in SCHEMA_OF.items():
        schema = _deref({"$ref": pointer})
        cls = getattr(models, class_name)
        source = Path(inspect.getfile(cls))
        if schema.get("description"):
            assert _words(schema["description"]) in _words(cls.__doc__), class_name
            checked += 1
        fields = _attribute_docs(source, class_name)
        attribute = {wire: attr for attr, wire in cls._fields}
        # A property an allOf defines twice is the later definition (the schema's own last): its
        # description is the field's; the one it replaces is its own class's field's (checked below).
        applying: dict[str, Any] = {}
        for member in [*[_deref(m) for m in schema.get("allOf", [])], schema]:
            for wire, prop in (member.get("properties") or {}).items():
                if wire in applying and applying[wire].get("description"):
                    replaced.append(_words(applying[wire]["description"]))
                applying[wire] = prop
        for wire, prop in applying.items():
            if prop.get("description"):
                assert _words(prop["description"]) in fields.get(attribute[wire], ""), f"{class_name}.{wire}"
                checked += 1
    # Schemas that are no class (unions, enums) reach the fields and aliases naming them.
    everything = " ".join(_all_docstrings(GENERATED))
    assert replaced and all(text in everything for text in replaced), replaced
    for name, schema in DOCUMENT["components"]["schemas"].items():
        if schema.get("description"):
            assert _words(schema["description"]) in everything, name
            checked += 1
    assert checked > 100


def _all_docstrings(folder: Path) -> Iterator[str]:
    for module in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            value = node.value.value if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) else None
            if isinstance(value, str):
                yield _words(value)


def _undescribed_properties(node: Any) -> Iterator[str]:
    """Names of the properties the document gives no description (of their own or by reference)."""
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and not prop.get("description") and not _deref(prop).get("description"):
                yield str(name)
        for value in node.values():
            yield from _undescribed_properties(value)
    elif isinstance(node, list):
        for item in node:
            yield from _undescribed_properties(item)


def test_every_request_typeddict_key_the_document_describes_has_its_docstring() -> None:
    keys, missing = 0, list[str]()
    for module in (GENERATED / "vectorstores" / "types").rglob("*_params.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            docs = _attribute_docs(module, cls.name)
            names = [n.target.id for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
            keys += len(names)
            missing += [name for name in names if name not in docs]
    assert keys > 40
    # A key without a docstring is one the document says nothing about.
    assert set(missing) <= set(_undescribed_properties(DOCUMENT)), missing
    assert len(missing) < keys / 20


def test_help_shows_the_description_and_args() -> None:
    from vectorstores import OpenAI

    text = pydoc.render_doc(OpenAI(api_key="k").vector_stores.create, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert "Create a vector store." in text
    assert "Args:" in text
    assert "file_ids: A list of [File](/docs/api-reference/files) IDs" in text
    assert "timeout: This request's timeout" in text


def test_a_model_field_shows_its_description_on_hover() -> None:
    # Pyright and Pylance show the string literal after a field's annotation as its hover text.
    source = GENERATED / "vectorstores_raw" / "models" / "vector_store.py"
    fields = _attribute_docs(source, "VectorStore")
    assert fields["usage_bytes"] == "The total number of bytes used by the files in the vector store."
    file_object = _attribute_docs(GENERATED / "vectorstores_raw" / "models" / "file_object.py", "FileObject")
    assert file_object["status"].startswith("Deprecated.")
    assert file_object["status_details"].startswith("Deprecated.")


# --- Hostile prose --------------------------------------------------------------------------------

PAYLOAD = 'Ends here."""\nimport os; os.system("touch PWNED")\n"""'
BACKSLASHES = "C:\\new\\table \\N{BULLET} \\x41 \\u0041 and a last backslash \\"
JINJA = "{{ 7 * 7 }} {% for x in range(3) %}loop{% endfor %} {# comment #} {% raw %}"
CONTROL = "bell\x07 nul\x00 escape\x1b[31m red\r\nline\u2028separator \u202eright-to-left\u202c tab\there"
UNICODE = "Größe \u2013 日本語 \u2013 🚀 café"  # en dashes
LONG_WORD = "x" * 500
MARKDOWN = '# Heading\n\n- item one\n- item **two**\n\n```python\nprint("""quoted""")\n```\n\n| a | b |\n|---|---|'
QUOTE_END = 'ends with a "quote"'

HOSTILE_CHECK = r"""
import importlib, inspect, pkgutil, warnings, httpx2
import vectorstores, vectorstores_raw
for package in (vectorstores_raw, vectorstores):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not info.name.endswith(("__main__", "cli", "pytest_plugin")) and ".cli." not in info.name:
            importlib.import_module(info.name)
from vectorstores import OpenAI
from vectorstores_raw.models import VectorStore
expected = EXPECTED
doc = inspect.getdoc(OpenAI(api_key="k").vector_stores.create)
assert expected["payload"] in " ".join(doc.split()), doc
assert expected["jinja"] in " ".join(doc.split()), doc
assert "Deprecated." in doc  # the deprecated parameter says so
list_doc = " ".join(inspect.getdoc(OpenAI(api_key="k").vector_stores.list).split())
assert expected["backslashes"] in list_doc, list_doc
assert expected["markdown_code"] in VectorStore.__doc__
handler = lambda request: httpx2.Response(200, json={"id": "vs_1", "object": "vector_store"})
mock = httpx2.Client(transport=httpx2.MockTransport(handler))
client = OpenAI(api_key="k", base_url="https://api.test/v1", http_client=mock)
retrieve = type(client.vector_stores).retrieve
assert "deprecated" in retrieve.__deprecated__, retrieve.__deprecated__
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert client.vector_stores.retrieve("vs_1").id == "vs_1"
assert [w.category for w in caught] == [DeprecationWarning], caught
from vectorstores import AsyncOpenAI
aretrieve = AsyncOpenAI(api_key="k").vector_stores.retrieve
assert inspect.iscoroutinefunction(aretrieve) and "deprecated" in aretrieve.__deprecated__
print("ok")
"""


def _hostile(spec: dict[str, Any]) -> dict[str, str]:
    """Put hostile prose everywhere a description can go; return what the docstrings must hold."""
    create = spec["paths"]["/vector_stores"]["post"]
    create["summary"], create["description"] = PAYLOAD, f"{PAYLOAD}\n\n{JINJA}"
    listing = spec["paths"]["/vector_stores"]["get"]
    next(p for p in listing["parameters"] if p["name"] == "limit")["description"] = BACKSLASHES
    spec["paths"]["/vector_stores/{vector_store_id}"]["get"]["deprecated"] = True
    schemas = spec["components"]["schemas"]
    request = schemas["CreateVectorStoreRequest"]["properties"]
    request["name"]["description"] = JINJA
    request["description"]["deprecated"] = True
    store = schemas["VectorStoreObject"]
    store["description"] = MARKDOWN
    store["properties"]["usage_bytes"]["description"] = f"{CONTROL} {UNICODE}"
    store["properties"]["name"]["description"] = f"A long word: {LONG_WORD}"
    store["properties"]["id"]["description"] = QUOTE_END
    store["properties"]["status"]["description"] = BACKSLASHES
    return {
        "payload": " ".join(PAYLOAD.split()),
        "jinja": JINJA,
        "backslashes": BACKSLASHES,
        "markdown_code": 'print("""quoted""")',
    }


def _package(tmp_path: Path, spec: dict[str, Any], into: str) -> Path:
    (tmp_path / f"{into}-spec").mkdir()
    changed = tmp_path / f"{into}-spec" / "openapi.yaml"  # the stamp names the file
    changed.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / into
    generate(out / "vectorstores_raw", Sources(spec=changed))
    return out


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_hostile_prose_is_inert_text_that_imports_does_nothing_and_passes_ruff(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    expected = _hostile(spec)
    out = _package(tmp_path, spec, "out")
    wheel_layout.merge(out, tmp_path / "pkg")
    run = tmp_path / "run"
    run.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "pkg")}
    result = subprocess.run(
        [sys.executable, "-c", f"EXPECTED = {expected!r}\n{HOSTILE_CHECK}"],
        env=env, capture_output=True, text=True, check=False, cwd=run,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"
    assert list(run.iterdir()) == [], "the payload ran"
    # What ruff says of the output: no syntax error, invalid escape or undefined name, and formatted.
    ruff = str(Path(sys.executable).parent / "ruff")
    for folder in (out / "vectorstores_raw", out / "vectorstores"):
        checked = subprocess.run(
            [ruff, "check", "--isolated", "--no-cache", "--select", "E9,F,W6,PLE", "--ignore", "F401", str(folder)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stdout + checked.stderr
        formatted = subprocess.run(
            [ruff, "format", "--isolated", "--no-cache", "--check", "--line-length", "120", str(folder)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert formatted.returncode == 0, formatted.stdout + formatted.stderr
    source = (out / "vectorstores_raw" / "models" / "vector_store.py").read_text(encoding="utf-8")
    assert "\x00" not in source and "\x07" not in source and "\u202e" not in source
    assert UNICODE in source and LONG_WORD in source  # non-ASCII kept; a long word is never cut
    assert "49" not in source.split("class VectorStore", 1)[1].split("def __init__", 1)[0]
    # Generating again gives the same bytes.
    again = _package(tmp_path, spec, "again")
    assert _tree(again) == _tree(out)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('say """hi"""', 'say \\"\\"\\"hi\\"\\"\\"'),
        ('""""', '\\"\\"\\"\\"'),
        ('ends with "', 'ends with \\"'),
        ("a \\ b", "a \\\\ b"),
    ],
)
def test_a_docstring_literal_reads_back_as_the_text(text: str, body: str) -> None:
    from generator.prose import docstring, lines

    literal = docstring(lines(text, 80), 4)
    assert body in literal
    assert ast.literal_eval(literal) == text


def test_a_list_right_under_a_paragraph_line_is_set_apart_for_restructuredtext() -> None:
    from generator.prose import lines

    # Upstream writes "We support:\n- **A**: ...": reST reads such a list as a block quote that
    # ends without a blank line (a docs warning) unless a blank line comes before it.
    text = "We support the following:\n- **Built-in tools**: web search.\n- **MCP**: servers.\nThen more."
    assert lines(text, 80) == [
        "We support the following:",
        "",
        "- **Built-in tools**: web search.",
        "- **MCP**: servers. Then more.",
    ]
    assert lines("Intro.\n\n- a\n- b", 80) == ["Intro.", "", "- a", "- b"]  # already apart: one blank line
