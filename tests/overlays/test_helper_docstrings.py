"""The hand-written helpers are documented as the generated methods are: a summary, then ``Args:``
naming every parameter (read from the source, as editors and the reference read it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[2] / "overlays" / "vectorstores" / "lib"


def _helpers() -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    found = []
    for source in sorted(LIB.glob("*.py")):
        for cls in ast.parse(source.read_text(encoding="utf-8")).body:
            if isinstance(cls, ast.ClassDef) and cls.name.endswith("Helpers") and not cls.name.startswith("Async"):
                for node in cls.body:
                    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                        found.append((f"{source.stem}.{cls.name}.{node.name}", node))
    return found


HELPERS = _helpers()


def test_the_helpers_are_found() -> None:
    names = {name.rpartition(".")[2] for name, _ in HELPERS}
    assert {"poll", "create_and_poll", "upload_and_poll", "upload", "sync", "retrieve_content"} <= names


@pytest.mark.parametrize(("name", "node"), HELPERS, ids=[name for name, _ in HELPERS])
def test_a_helper_has_a_summary_and_an_args_entry_per_parameter(
    name: str, node: ast.FunctionDef | ast.AsyncFunctionDef
) -> None:
    doc = ast.get_docstring(node) or ""
    summary = doc.partition("\n")[0]
    assert summary.strip(), f"{name}: no summary line"
    assert "Args:" in doc, f"{name}: no Args section"
    args = doc.split("Args:", 1)[1]
    parameters = [a.arg for a in [*node.args.posonlyargs, *node.args.args][1:] + node.args.kwonlyargs]
    missing = [p for p in parameters if f"\n    {p}: " not in "\n" + args.replace("\n        ", " ")]
    assert not missing, f"{name}: no Args entry for {missing}"
