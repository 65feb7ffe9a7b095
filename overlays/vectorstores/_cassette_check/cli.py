"""``python -m vectorstores.testing check [PATH ...] [--spec FILE] [--json] [--coverage]``.

The document is the one the installed SDK ships, already patched, or a file given by path (a
patched one included: generated/vectorstores_raw/openapi.json after ``make generate``); the
checker applies no patches itself, so it needs nothing of the repository's generator."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from .check import Report, check_paths
from .coverage import coverage, render_table
from .document import Document, load_document, shipped_document

__all__ = ["main"]

DEFAULT_PATHS = ("tests/cassettes",)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m vectorstores.testing check",
        description="Check recorded cassettes against the API description the SDK was generated from.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="cassette files or folders (default: tests/cassettes)")
    parser.add_argument(
        "--spec",
        type=Path,
        help="an OpenAPI document (YAML or JSON) to check against as it is, instead of the SDK's own (patched) one",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--coverage", action="store_true", help="per operation, what no recording exercises")
    return parser


def _as_json(report: Report, document: Document, with_coverage: bool) -> str:
    result: dict[str, object] = {
        "document": document.source,
        "files": report.files,
        "exchanges": len(report.checked),
        "outside_document": report.outside,
        "violations": [violation.__dict__ for violation in report.violations],
        "unreadable": report.unreadable,
    }
    if with_coverage:
        result["coverage"] = [row.as_json() for row in coverage(document, report)]
    return json.dumps(result, indent=2)


def _as_text(report: Report, document: Document, with_coverage: bool) -> str:
    lines = [f"{name}: not read: {why}" for name, why in report.unreadable.items()]
    per_file: dict[str, int] = {}
    for violation in report.violations:
        per_file[violation.cassette] = per_file.get(violation.cassette, 0) + 1
    for name, count in report.files.items():
        lines.append(f"{name}: {count} interactions checked, {per_file.get(name, 0)} violations")
    lines += [violation.line() for violation in report.violations]
    outside = f", {report.outside} with other APIs skipped" if report.outside else ""
    lines.append(
        f"{len(report.files)} recordings, {len(report.checked)} interactions{outside}; "
        f"{len(report.violations)} violations of {document.source}; {len(report.unreadable)} files not read"
    )
    if with_coverage:
        lines += ["", render_table(coverage(document, report))]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Exit 0 when every recording fits the document, 1 on a violation or an unreadable file."""
    args = _parser().parse_args(argv)
    try:
        document = load_document(args.spec) if args.spec else shipped_document()
    except (OSError, ValueError, yaml.YAMLError) as problem:
        print(f"error: {str(problem).strip().splitlines()[0]}", file=sys.stderr)
        return 2
    paths = args.paths or [Path(p) for p in DEFAULT_PATHS]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    report = check_paths(paths, document)
    print(_as_json(report, document, args.coverage) if args.json else _as_text(report, document, args.coverage))
    return 1 if report.failed else 0
