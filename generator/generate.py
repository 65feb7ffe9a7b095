"""Render ``generated/vectorstores_raw`` from ``openapi.yaml``, the patches, config and templates."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client import Project
from openapi_python_client import __version__ as OPC_VERSION
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import GENERATOR_VERSION, apimd
from .filters import FILTERS, register_document, register_mixins, register_models
from .normalise import normalise, shipped_pointer
from .origins import schema_pointers
from .params import Params, ParamsModule, build_params, snake
from .patches import load_patches, patch_document
from .prose import PROSE_FILTERS, register_prose
from .rules import component_rules
from .slice import load
from .surface import SURFACE_FILTERS, Surface, build_surface
from .unions import named_unions

__all__ = ["HEADER", "GenerationError", "Sources", "generate", "stamp"]

HEADER = "# Generated from openapi.yaml by make generate; do not edit.\n"
PACKAGE = "vectorstores_raw"
PUBLIC = "vectorstores"  # the generated part of the public package
ROOT = Path(__file__).resolve().parent.parent
# Modules that only run the pipeline (commands, the update bot, releases): editing them changes no output.
COMMAND_LINE = frozenset({"__main__.py", "update.py", "proposal.py", "release.py", "versioning.py"})


class GenerationError(RuntimeError):
    """The generator reported a warning or an error; nothing partial is kept."""


class Sources:
    """Where the inputs of one generation live (overridable for tests on fixture specs)."""

    def __init__(
        self,
        spec: Path = ROOT / "openapi.yaml",
        patches: Path | None = ROOT / "generator" / "patches.yaml",
        config: Path = ROOT / "generator" / "config.yaml",
        templates: Path = ROOT / "templates",
        resources: Path | None = ROOT / "generator" / "resources.yaml",
    ) -> None:
        self.spec = spec
        self.resources = resources
        self.patches = patches
        self.config = config
        self.templates = templates


def _sha256(paths: Iterable[Path], base: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def stamp(sources: Sources) -> dict[str, str]:
    """What the output was made from; written to ``STAMP.json`` beside the code."""
    templates = [p for p in sources.templates.rglob("*") if p.is_file()]
    inputs = {
        "openapi.yaml": _sha256([sources.spec], sources.spec.parent),
        "patches.yaml": _sha256([sources.patches], sources.patches.parent) if sources.patches else "none",
        "config.yaml": _sha256([sources.config], sources.config.parent),
        "resources.yaml": _sha256([sources.resources], sources.resources.parent) if sources.resources else "none",
        "templates": _sha256(templates, sources.templates),
        # The filters and driver shape the output as much as the templates do; the command line does not.
        "generator": _sha256(
            sorted(p for p in (ROOT / "generator").glob("*.py") if p.name not in COMMAND_LINE), ROOT / "generator"
        ),
    }
    return {
        **{f"sha256:{name}": value for name, value in inputs.items()},
        "openapi-python-client": OPC_VERSION,
        "generator-version": GENERATOR_VERSION,
    }


def _patched_document(sources: Sources, notes: list[str]) -> dict[str, Any]:
    document = load(sources.spec)
    if sources.patches is not None:
        document, report = patch_document(document, load_patches(sources.patches))
        notes.extend(report.lines())
    return document


def _render(
    document: dict[str, Any], sources: Sources, output: Path, public: Path, shipped: dict[str, Any] | None = None
) -> None:
    """Render from ``document`` (normalised); schema pointers written out point into ``shipped``."""
    settings = yaml.safe_load(sources.config.read_text(encoding="utf-8")) or {}
    # Ours, not openapi-python-client's: generated classes that extend a hand-written mixin.
    register_mixins(settings.pop("model_mixins", None) or {})
    config_file = ConfigFile(**settings)
    config_file.package_name_override = PACKAGE
    config = Config.from_sources(
        config_file,
        MetaType.NONE,
        document_source=sources.spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(f"{openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=sources.templates)
    project.env.filters.update(FILTERS)
    project.env.filters.update(PROSE_FILTERS)
    register_models(openapi.models)
    register_document(document, config)
    project.env.globals["named_unions"] = named_unions()
    # Older documents define some schemas inline where the generator merges them; those models
    # are left out of the map rather than stopping generation (for today's document
    # tests/generator/test_origins.py requires every model to be placed).
    pointers = schema_pointers(openapi.models, document, strict=False)
    # The docstrings' source, read while the templates render: the patched document keeps the
    # descriptions beside a $ref that normalising drops.
    register_prose(shipped if shipped is not None else document, document, pointers)
    # The post hooks run ruff; make the interpreter's own environment the first place to look.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    with contextlib.redirect_stdout(io.StringIO()):  # the generator prints progress we do not need
        problems = project.build()
    if problems:
        lines = [f"{p.level.value}: {p.header}: {p.detail}" for p in problems]
        raise GenerationError("openapi-python-client reported problems:\n" + "\n".join(lines))
    for name in DOCUMENT_INDEPENDENT:
        (output / name).unlink()
    if shipped is not None:  # the pointers users and tests resolve are in the document as shipped
        pointers = {name: found for name, p in pointers.items() if (found := shipped_pointer(shipped, p))}
    _render_extras(document, pointers, sources, output, config_file.post_hooks or [])
    if sources.resources is not None:
        surface = build_surface(openapi, sources.resources, config.field_prefix)
        _render_public(surface, build_params(surface.walk(), sources.resources), sources, public)
        for hook in config_file.post_hooks or []:
            subprocess.run(shlex.split(hook), cwd=public, check=True)


# Modules openapi-python-client has no template for: the component schemas the argument checks
# use, and where each model's schema lives in the document.
EXTRAS = {
    "schemas.py.jinja": "schemas.py",
    "model_schemas.py.jinja": "model_schemas.py",
}
# What openapi-python-client writes that is the same for every document: the package's
# __init__, transport client, errors and types are hand-written Python in overlays/vectorstores_raw
# (with py.typed), merged with this output into one package by setup.py, so its defaults are
# dropped. api/__init__.py stays: it marks the api folder, whose contents the document decides.
DOCUMENT_INDEPENDENT = ("__init__.py", "client.py", "errors.py", "types.py")

# Templates of ours rendered per item rather than once (each named union: a module of models).
OWN_TEMPLATES = frozenset({*EXTRAS, "union_module.py.jinja"})


def _environment(templates: Path) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - Python source, not HTML
        undefined=jinja2.StrictUndefined,
    )
    environment.filters.update(FILTERS)
    environment.filters.update(SURFACE_FILTERS)
    environment.filters.update(PROSE_FILTERS)
    return environment


def _render_extras(
    document: dict[str, Any], pointers: dict[str, str], sources: Sources, output: Path, post_hooks: list[str]
) -> None:
    environment = _environment(sources.templates)
    context = {"components": component_rules(document), "pointers": pointers}
    for template, target in EXTRAS.items():
        (output / target).write_text(environment.get_template(template).render(**context), encoding="utf-8")
    for union in named_unions():
        (output / "models" / f"{union.module}.py").write_text(
            environment.get_template("union_module.py.jinja").render(union=union), encoding="utf-8"
        )
    for hook in post_hooks:  # the same formatting as the rest of the output
        subprocess.run(shlex.split(hook), cwd=output, check=True)


def _render_public(surface: Surface, params: Params, sources: Sources, public: Path) -> None:
    """What the document decides of the public package: ``vectorstores.resources`` (the
    client's resource table included) and ``vectorstores.types``. The rest of the package, the
    core every document shares, is plain Python in overlays/vectorstores."""
    environment = _environment(sources.templates / "public")

    def write(relative: str, template: str, **context: Any) -> None:
        path = public / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(environment.get_template(template).render(**context), encoding="utf-8")

    write("resources/_root.py", "client_resources.py.jinja", resources=surface.resources)
    write("resources/_module_level.py", "module_level.py.jinja", resources=surface.resources)
    surface.params = params.modules
    top: list[tuple[str, list[str]]] = []
    for resource in surface.walk():
        write(
            f"resources/{resource.module.replace('.', '/')}.py", "resource.py.jinja", resource=resource, params=params
        )
        names = _view_names(resource.class_name)
        if resource.children:
            package = [(resource.name, names)] + [(c.name, _view_names(c.class_name)) for c in resource.children]
            write(
                f"resources/{resource.package.replace('.', '/')}/__init__.py",
                "resources_init.py.jinja",
                package=resource.package,
                exports=package,
                all_names=[n for _, group in package for n in group],
            )
        if "." not in resource.attribute:
            top.append((resource.module, names))
    write("resources/__init__.py", "resources_init.py.jinja", package="", exports=top,
          all_names=[n for _, group in top for n in group])  # fmt: skip
    for module in params.modules:
        prefix = f"types/{module.folder}/" if module.folder else "types/"
        summary = next((f"``{o}``" for o in _operations_of(surface, params, module)), "")
        write(f"{prefix}{module.module}.py", "params_module.py.jinja", module=module, summary=summary)
    modules_at = {(m.folder, m.module): m for m in surface.types}
    for alias, expression, names in surface.aliases:
        folder, _, name = alias.rpartition(".")
        prefix = f"types/{folder}/" if folder else "types/"
        same = modules_at.get((folder, snake(name)))
        if same is not None and names == [expression]:
            # Another spelling of a type whose module is already there (``ResponseMcp...`` for
            # ``ResponseMCP...``): the name joins that module instead of replacing it.
            same.nested.append((name, expression))
            continue
        extras = surface.alias_extras.get(alias, [])
        write(f"{prefix}{snake(name)}.py", "alias_module.py.jinja", alias=name, expression=expression, names=names,
              extras=extras, extra_imports=sorted({used for _, _, uses in extras for used in uses}))  # fmt: skip
    for helper in surface.helper_types:
        prefix = f"types/{helper.folder}/" if helper.folder else "types/"
        write(f"{prefix}{helper.module}.py", "helper_types_module.py.jinja", helper=helper)
    alias_folders = {alias.rpartition(".")[0] for alias, _, _ in surface.aliases}
    alias_folders |= {helper.folder for helper in surface.helper_types}
    for folder in sorted({"", *surface.folders, *alias_folders, *(m.folder for m in params.modules)}):
        modules = [m for m in surface.types if m.folder == folder]
        prefix = f"types/{folder}/" if folder else "types/"
        for model in modules:
            write(f"{prefix}{model.module}.py", "types_module.py.jinja", names=model.names, nested=model.nested)
        # The root also offers every folder's models: ``vectorstores.types.VectorStoreFile`` as
        # well as openai-python's ``vectorstores.types.vector_stores.VectorStoreFile``.
        offered = surface.types if not folder else modules
        exports = [(f"{m.folder}.{m.module}" if m.folder and not folder else m.module, m.names[0]) for m in offered]
        exports += [(m.module, name) for m in params.modules if m.folder == folder for name in m.names[:1]]
        exports += [
            (snake(alias.rpartition(".")[2]), alias.rpartition(".")[2])
            for alias, _, _ in surface.aliases
            if alias.rpartition(".")[0] == folder
        ]
        exports += [(h.module, name) for h in surface.helper_types if h.folder == folder for name in h.names]
        write(
            f"{prefix}__init__.py",
            "types_init.py.jinja",
            folder=folder,
            exports=sorted(set(exports), key=lambda e: e[1]),
        )
    apimd.write(surface, sources.templates, public.parent)  # moved into place by generate()


def _operations_of(surface: Surface, params: Params, module: ParamsModule) -> Iterable[str]:
    for resource in surface.walk():
        for operation in resource.operations:
            if params.of(operation.raw_module) is module:
                yield f"client.{resource.attribute}.{operation.name}()"


def _view_names(class_name: str) -> list[str]:
    return [
        f"{prefix}{class_name}{suffix}"
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse", "WithStreamingResponse")
    ]


def _stamp_headers(folder: Path) -> None:
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(HEADER):
            path.write_text(HEADER + text, encoding="utf-8")


def _finish(output: Path, sources: Sources, document: dict[str, Any]) -> None:
    _stamp_headers(output)
    (output / "STAMP.json").write_text(json.dumps(stamp(sources), indent=2) + "\n", encoding="utf-8")
    # The document as patched ships with the client: the emulator validates requests against it
    # and the tests validate the emulator's responses against it.
    (output / "openapi.json").write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def generate(
    output: Path, sources: Sources | None = None, notes: list[str] | None = None, reference: Path | None = None
) -> Path:
    """Regenerate ``output`` (the raw client) and, beside it, ``vectorstores/`` (the public
    surface) from scratch: clear, render, format, stamp. Stale patches are added to ``notes``.

    Rendering happens in a scratch folder that replaces the output only on success, so a failed
    run leaves neither a half-written package nor stale files behind. ``reference`` is where
    api.md goes (``make generate``: the repository root); without it none is written.
    """
    sources = sources or Sources()
    document = _patched_document(sources, notes if notes is not None else [])
    output = output.resolve()
    public = output.parent / PUBLIC
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".generate-") as scratch:
        staging, staging_public = Path(scratch) / output.name, Path(scratch) / PUBLIC
        staging_public.mkdir()
        # The generator reads the normalised form; the document ships as patched (the emulator's).
        _render(normalise(document), sources, staging, staging_public, shipped=document)
        _finish(staging, sources, document)
        _stamp_headers(staging_public)
        for built, target in ((staging, output), (staging_public, public)):
            shutil.rmtree(target, ignore_errors=True)
            if any(built.iterdir()):
                built.rename(target)
        if reference is not None and (Path(scratch) / apimd.REFERENCE).is_file():
            shutil.move(Path(scratch) / apimd.REFERENCE, reference)
    return output
