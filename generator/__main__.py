"""Command line of the pipeline: ``python -m generator {slice,generate,check} ...``."""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path

import yaml

from .generate import PUBLIC, ROOT, GenerationError, generate
from .patches import PatchError
from .slice import count_operations, dump, load, slice_document

DEFAULT_UPSTREAM = ROOT.parent / "shared" / "upstream" / "openai-openapi.yaml"
DEFAULT_OUTPUT = ROOT / "generated" / "vectorstores_raw"


def _differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"only in committed: {prefix}{name}" for name in cmp.left_only)
        found.extend(f"missing from committed: {prefix}{name}" for name in cmp.right_only)
        found.extend(f"differs: {prefix}{name}" for name in cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison, "")
    return sorted(found)


def _report(notes: list[str]) -> None:
    for line in notes:
        print(line, file=sys.stderr)
    notes.clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    cut = commands.add_parser("slice", help="upstream document -> openapi.yaml")
    cut.add_argument("upstream", nargs="?", type=Path, default=DEFAULT_UPSTREAM)
    cut.add_argument("--output", type=Path, default=ROOT / "openapi.yaml")
    render = commands.add_parser("generate", help="openapi.yaml -> generated/vectorstores_raw")
    render.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    commands.add_parser("check", help="fail if generated/ is not what generate would write")
    args = parser.parse_args(argv)

    notes: list[str] = []  # what the run reports without failing (stale patches)
    try:
        if args.command == "slice":
            document = slice_document(load(args.upstream))
            args.output.write_text(dump(document), encoding="utf-8")
            print(
                f"{args.output.name}: {count_operations(document)} operations, "
                f"{len(document['components'].get('schemas', {}))} schemas"
            )
        elif args.command == "generate":
            generate(args.output, notes=notes)
            _report(notes)
            print(f"generated {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
        else:
            with tempfile.TemporaryDirectory() as scratch:
                fresh = generate(Path(scratch) / DEFAULT_OUTPUT.name)
                if not DEFAULT_OUTPUT.is_dir():
                    print("generated/vectorstores_raw is missing: run `make generate`", file=sys.stderr)
                    return 1
                problems = _differences(DEFAULT_OUTPUT, fresh)
                public = DEFAULT_OUTPUT.parent / PUBLIC
                problems += [f"{PUBLIC}/: {line}" for line in _differences(public, fresh.parent / PUBLIC)]
            if problems:
                print("generated/ is not current; run `make generate` and commit:", file=sys.stderr)
                print("\n".join(f"  {line}" for line in problems), file=sys.stderr)
                return 1
            print("generated/ is current")
    except (GenerationError, PatchError, KeyError, ValueError, yaml.YAMLError) as error:
        _report(notes)  # everything the run found, not only what stopped it
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
