"""``api.md``: a reference of the public surface, one section per resource, written by
``make generate`` from the same ``Surface`` the resource classes are rendered from.

Operations come from the document (their arguments through ``filters.arguments``, as the
resource template reads them); the hand-written helpers the resource classes inherit come
from the helper classes in ``overlays/vectorstores/lib``, read with ``ast`` (not imported:
they import the raw client that is being regenerated). So a new operation, argument or helper
shows up here with no edit to this module.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .filters import argument_imports, arguments, text
from .prose import summary_line
from .surface import HelperSignature, Operation, Resource, Surface, helper_arguments, public_result

__all__ = ["REFERENCE", "Entry", "Section", "helper_methods", "render", "sections", "write"]

REFERENCE = "api.md"
ROOT = Path(__file__).resolve().parent.parent
OVERLAYS = ROOT / "overlays"
# Where the rendered public package lives, as api.md (at the repository root) links to it.
PUBLIC = "generated/vectorstores"


@dataclass
class Entry:
    """One method of a resource as api.md lists it."""

    name: str
    signature: str  # the parameters, as in ``(file_id, *, vector_store_id)``
    returns: str
    source: str  # the module defining it, relative to the repository root
    route: str = ""  # ``POST /files``; empty for a hand-written helper
    returns_link: str = ""  # the type module of the returned class, when it has one
    params: str = ""  # the request TypedDict module, when one matches the operation
    params_link: str = ""
    summary: str = ""  # one line: what the method does (the operation's, or the helper's docstring)


@dataclass
class Section:
    """One resource: what to import for it, and its methods."""

    resource: Resource
    depth: int
    imports: list[tuple[str, list[str]]] = field(default_factory=list)  # (module, names)
    entries: list[Entry] = field(default_factory=list)


def _type_homes(surface: Surface) -> dict[str, tuple[str, str]]:
    """Class name -> (folder, module) under ``vectorstores.types``."""
    return {module.names[0]: (module.folder, module.module) for module in surface.types}


def _type_link(folder: str, module: str) -> str:
    return f"{PUBLIC}/types/{folder + '/' if folder else ''}{module}.py"


def _resource_link(resource: Resource) -> str:
    return f"{PUBLIC}/resources/{resource.module.replace('.', '/')}.py"


def _signature(positional: list[tuple[str, bool]], keyword: list[tuple[str, bool]], rest: str = "") -> str:
    """``(a, b=..., *, c, d=...)`` from (name, required) pairs; defaults are shown as ``...``."""

    def shown(name: str, required: bool) -> str:
        return name if required else f"{name}=..."

    parts = [shown(*p) for p in positional]
    if rest:
        parts.append(rest)
    elif keyword:
        parts.append("*")
    parts.extend(shown(*k) for k in keyword)
    return f"({', '.join(parts)})"


def _params_prefixes(resource: Resource) -> set[str]:
    """The names a resource's request modules may start with: the map's ``params`` prefix once
    the surface has one, else every trailing run of words of its nouns (``vector_store_file``
    gives ``file``, ``store_file`` and ``vector_store_file``, openai's ``file_create_params``
    on ``vector_stores.files``)."""
    declared = str(getattr(resource, "params", "") or "")
    if declared:
        return {declared}
    found: set[str] = set()
    for noun in resource.nouns:
        words = noun.split("_")
        found.update("_".join(words[start:]) for start in range(len(words)))
    return found


def _params_module(resource: Resource, operation: Operation, params: list[Any]) -> Any | None:
    suffix = f"_{operation.name}_params"
    prefixes = _params_prefixes(resource)
    for module in params:
        name = str(module.module)
        if module.folder == resource.types and name.endswith(suffix) and name[: -len(suffix)] in prefixes:
            return module
    return None


def _operation_entry(resource: Resource, operation: Operation, surface: Surface, params: list[Any]) -> Entry:
    found = arguments(operation.endpoint)
    homes = _type_homes(surface)
    returned = operation.item or operation.result
    home = homes.get(returned)
    module = _params_module(resource, operation, params)
    endpoint = operation.endpoint
    return Entry(
        name=operation.name,
        signature=_signature(
            [(a.python_name, a.required) for a in found["positional"]],
            [(a.python_name, a.required) for a in found["keyword"]],
        ),
        returns=public_result(operation, False),
        source=_resource_link(resource),
        route=f"{endpoint.method.upper()} {text(endpoint.path)}",
        returns_link=_type_link(*home) if home else "",
        params=str(module.module) if module is not None else "",
        params_link=_type_link(module.folder, module.module) if module is not None else "",
        summary=_markdown_line(summary_line(endpoint)),
    )


def _markdown_line(text: str) -> str:
    """One line of prose as inert Markdown text: no HTML, no line breaks."""
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _first_sentence(docstring: str | None) -> str:
    paragraph = (docstring or "").strip().split("\n\n", 1)[0]
    text = " ".join(paragraph.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return (match.group(1) if match else text).strip()


def _helper_source(resource: Resource) -> Path:
    """The file of ``helpers`` (a module under ``vectorstores``) in the overlays."""
    return OVERLAYS.joinpath(*resource.helpers.split(".")).with_suffix(".py")


def helper_methods(source: Path, class_name: str) -> list[Entry]:
    """The public methods ``class_name`` defines in ``source`` (the sync helpers; their async
    twins have the same signatures), read from the source text."""
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    found = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name), None)
    if found is None:
        raise ValueError(f"{source.name} defines no class {class_name}")
    entries = []
    link = source.relative_to(ROOT).as_posix() if source.is_relative_to(ROOT) else source.as_posix()
    for node in found.body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.name.startswith("_"):
            continue
        args = node.args
        ordered = [*args.posonlyargs, *args.args][1:]  # without self
        first_default = len(ordered) - len(args.defaults)
        positional = [(a.arg, index < first_default) for index, a in enumerate(ordered)]
        keyword = [(a.arg, default is None) for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
        rest = f"*{args.vararg.arg}" if args.vararg else ""
        if args.kwarg:
            keyword.append((f"**{args.kwarg.arg}", True))
        returns = ast.unparse(node.returns) if node.returns is not None else "None"
        summary = _markdown_line(_first_sentence(ast.get_docstring(node)))
        entries.append(
            Entry(node.name, _signature(positional, keyword, rest), returns.strip("'\""), link, summary=summary)
        )
    return entries


def _signature_entry(resource: Resource, signature: HelperSignature) -> Entry:
    """A helper typed from operations (``responses.stream``): rendered in the resource, written in
    the helpers module."""
    source = _helper_source(resource)
    names = [*signature.own, *(argument.python_name for _, argument in helper_arguments(resource, signature))]
    return Entry(
        signature.name,
        _signature([], [(name, False) for name in names]),
        signature.returns,
        source.relative_to(ROOT).as_posix() if source.is_relative_to(ROOT) else source.as_posix(),
        summary=_markdown_line(_first_sentence(signature.doc)),
    )


def sections(surface: Surface) -> list[Section]:
    """Every resource of the surface, parents before their children."""
    params: list[Any] = list(getattr(surface, "params", None) or [])
    homes = _type_homes(surface)
    depths: dict[str, int] = {}
    found = []
    for resource in surface.walk():
        parent = resource.attribute.rpartition(".")[0]
        depth = depths[resource.attribute] = depths.get(parent, -1) + 1
        section = Section(resource, depth)
        section.entries = [_operation_entry(resource, op, surface, params) for op in resource.operations]
        if resource.helpers:
            section.entries += helper_methods(_helper_source(resource), f"{resource.class_name}Helpers")
            section.entries += [_signature_entry(resource, signature) for signature in resource.signatures]
        section.imports = _imports(resource, surface, homes, params)
        found.append(section)
    return found


def _imports(
    resource: Resource, surface: Surface, homes: dict[str, tuple[str, str]], params: list[Any]
) -> list[tuple[str, list[str]]]:
    """What a resource's signatures name, by the ``vectorstores.types`` module offering it."""
    # What a call hands back: a list's items rather than the list response they arrive in.
    names = {op.item or op.result for op in resource.operations if (op.item or op.result)[:1].isupper()}
    for operation in resource.operations:
        names.update(_argument_classes(operation))
    by_module: dict[str, set[str]] = {}
    for name in names & set(homes):  # a query parameter's enum has no module under types
        by_module.setdefault(_types_package(homes[name][0]), set()).add(name)
    # openai-python's names for some of those types (``FilePurpose``, ...), where they are offered
    # (a name kept at an old place is the same name again: not repeated).
    for alias, _expression, used in surface.aliases:
        folder, _, name = alias.rpartition(".")
        if set(used) & names and name not in used:
            by_module.setdefault(_types_package(folder), set()).add(name)
    for operation in resource.operations:
        module = _params_module(resource, operation, params)
        if module is not None and module.names:
            by_module.setdefault(_types_package(module.folder), set()).add(str(module.names[0]))
    return [(module, sorted(by_module[module])) for module in sorted(by_module)]


def _types_package(folder: str) -> str:
    return f"vectorstores.types.{folder}" if folder else "vectorstores.types"


def _argument_classes(operation: Operation) -> list[str]:
    """The classes the operation's arguments name (what the resource module imports for them)."""
    return [re.sub(r".* import ", "", line) for line in argument_imports(operation.endpoint)]


def render(surface: Surface, templates: Path) -> str:
    """api.md's text for ``surface``, from ``templates/public/api.md.jinja``."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates / "public"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - Markdown, and every value comes from our own sources
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template("api.md.jinja").render(sections=sections(surface))


def write(surface: Surface, templates: Path, folder: Path) -> Path:
    """Write ``folder/api.md``; ``generate`` moves it to its place once the whole run succeeded."""
    target = folder / REFERENCE
    target.write_text(render(surface, templates), encoding="utf-8")
    return target
