"""Command line of the pipeline: ``python -m generator {slice,generate,check,check-api,accept-api}``."""

from __future__ import annotations

import argparse
import filecmp
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from .apidiff import Change, PublicNames, api_changes, render_report
from .generate import PUBLIC, ROOT, GenerationError, generate
from .patches import PatchError
from .slice import count_operations, dump, load, slice_document

# The same variable names the document for the slicer's tests.
DEFAULT_UPSTREAM = Path(
    os.environ.get("VECTORSTORES_UPSTREAM") or ROOT.parent / "shared" / "upstream" / "openai-openapi.yaml"
)
DEFAULT_OUTPUT = ROOT / "generated" / "vectorstores_raw"
GENERATOR = ROOT / "generator"
# The API as last released (acknowledged): check-api compares openapi.yaml with it.
BASELINE = GENERATOR / "api-baseline.yaml"
ACKNOWLEDGED = GENERATOR / "api-acknowledged.yaml"
REPORT = ROOT / "API-CHANGES.md"
ACKNOWLEDGED_HEADER = """\
# Breaking API changes accepted since generator/api-baseline.yaml (the API as last released).
# `make check-api` fails on a breaking change whose id is not listed here; the ids are in
# API-CHANGES.md and in check-api's output. `make accept-api` (at a release) moves the baseline
# to the current openapi.yaml and empties this list. See CONTRIBUTING.md.
"""


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


def _names() -> PublicNames:
    return PublicNames.from_files(GENERATOR / "resources.yaml", GENERATOR / "config.yaml")


def _acknowledged(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = raw.get("acknowledged") or [] if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path.name}: expected a mapping with an 'acknowledged' list")
    return {str(entry["id"] if isinstance(entry, dict) else entry) for entry in entries}


def _version(document: dict[str, Any]) -> str:
    return str(document.get("info", {}).get("version", "?"))


def _slice(upstream: Path, output: Path, report: Path) -> list[Change]:
    if not upstream.is_file():
        raise ValueError(
            f"upstream document not found: {upstream} "
            "(name it: make spec UPSTREAM=path/to/openapi.yaml, or set VECTORSTORES_UPSTREAM)"
        )
    document = slice_document(load(upstream))
    old = load(output) if output.is_file() else {"paths": {}}
    output.write_text(dump(document), encoding="utf-8")
    print(
        f"{output.name}: {count_operations(document)} operations, "
        f"{len(document['components'].get('schemas', {}))} schemas"
    )
    changes, stale = api_changes(old, document, _names(), GENERATOR / "patches.yaml")
    acknowledged = _acknowledged(ACKNOWLEDGED)
    report.write_text(render_report(changes, stale, _version(old), _version(document), acknowledged), encoding="utf-8")
    breaking = [c for c in changes if c.breaking]
    print(f"{report.name}: {len(changes)} API changes, {len(breaking)} breaking, {len(stale)} stale patches")
    for change in breaking:
        print(f"  breaking: {change.id}")
    if breaking:
        print("  read the report, then acknowledge them (CONTRIBUTING.md); `make check-api` checks")
    return changes


def _check_api(baseline: Path, current: Path, acknowledged_file: Path) -> int:
    if not baseline.is_file():
        raise ValueError(f"{baseline.name} is missing: run `make accept-api` to record the current API")
    changes, _ = api_changes(load(baseline), load(current), _names(), GENERATOR / "patches.yaml")
    acknowledged = _acknowledged(acknowledged_file)
    open_ = [c for c in changes if c.breaking and c.id not in acknowledged]
    print(f"API: {len(changes)} changes since the baseline, {sum(c.breaking for c in changes)} breaking")
    if open_:
        print(f"unacknowledged breaking changes (add their ids to {acknowledged_file.name}):", file=sys.stderr)
        for change in open_:
            print(f"  {change.id}: {change.summary}", file=sys.stderr)
        return 1
    unused = acknowledged - {c.id for c in changes}
    for change_id in sorted(unused):
        print(f"note: {acknowledged_file.name} lists {change_id}, which is not a change any more")
    return 0


def _accept_api(current: Path, baseline: Path, acknowledged_file: Path) -> None:
    baseline.write_bytes(current.read_bytes())
    acknowledged_file.write_text(ACKNOWLEDGED_HEADER + "acknowledged: []\n", encoding="utf-8")
    print(f"{baseline.name} is now {current.name}; {acknowledged_file.name} emptied")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    cut = commands.add_parser("slice", help="upstream document -> openapi.yaml")
    cut.add_argument("upstream", nargs="?", type=Path, default=DEFAULT_UPSTREAM)
    cut.add_argument("--output", type=Path, default=ROOT / "openapi.yaml")
    cut.add_argument("--report", type=Path, default=REPORT)
    render = commands.add_parser("generate", help="openapi.yaml -> generated/vectorstores_raw")
    render.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    commands.add_parser("check", help="fail if generated/ is not what generate would write")
    commands.add_parser("check-api", help="fail on a breaking API change since the baseline not acknowledged")
    commands.add_parser("accept-api", help="make openapi.yaml the baseline; empty the acknowledgements")
    args = parser.parse_args(argv)

    notes: list[str] = []  # what the run reports without failing (stale patches)
    try:
        if args.command == "slice":
            _slice(args.upstream, args.output, args.report)
        elif args.command == "check-api":
            return _check_api(BASELINE, ROOT / "openapi.yaml", ACKNOWLEDGED)
        elif args.command == "accept-api":
            _accept_api(ROOT / "openapi.yaml", BASELINE, ACKNOWLEDGED)
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
