"""Command line of the pipeline: ``python -m generator {slice,generate,check,check-api,accept-api,changelog,
commit-message,update,release,version,release-notes}``."""

from __future__ import annotations

import argparse
import datetime
import filecmp
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from . import apimd, changelog, release
from .apidiff import Change, PublicNames, api_changes, render_report
from .generate import PUBLIC, ROOT, GenerationError, generate
from .patches import PatchError, load_patches, patch_document
from .recordings import exercised
from .slice import count_operations, dump, load, slice_document
from .update import main as update_main
from .versioning import (
    BUMPS,
    VERSION_FILE,
    changelog_section,
    read_version,
    released_versions,
    version_of_tag,
    write_version,
)

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
CHANGELOG = ROOT / "CHANGELOG.md"
CASSETTES = ROOT / "tests" / "cassettes" / "recorded"  # named under each change they exercise
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


def _acknowledged(path: Path) -> dict[str, str]:
    """Acknowledged change id -> the maintainer's note for the release notes ("" when none)."""
    if not path.is_file():
        return {}
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = raw.get("acknowledged") or [] if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path.name}: expected a mapping with an 'acknowledged' list")
    notes: dict[str, str] = {}
    for entry in entries:
        if isinstance(entry, dict):
            notes[str(entry["id"])] = str(entry.get("note") or "")
        else:
            notes[str(entry)] = ""
    return notes


def _changelog_text(current: Path, baseline: Path, acknowledged_file: Path, changelog_file: Path) -> tuple[str, str]:
    """The changelog as it is, and as it should be: its Unreleased API section written from the
    changes since ``baseline`` (the API as last released) with the acknowledgement notes."""
    found = changelog_file.read_text(encoding="utf-8") if changelog_file.is_file() else ""
    if not baseline.is_file():
        return found, found
    changes, _ = api_changes(load(baseline), load(current), _names(), GENERATOR / "patches.yaml")
    return found, changelog.update(found, changelog.api_section(changes, _acknowledged(acknowledged_file)))


def _write_changelog(current: Path, baseline: Path, acknowledged_file: Path, changelog_file: Path) -> None:
    found, wanted = _changelog_text(current, baseline, acknowledged_file, changelog_file)
    if wanted != found:
        changelog_file.write_text(wanted, encoding="utf-8")
        print(f"{changelog_file.name}: Unreleased API section rewritten")


def _version(document: dict[str, Any]) -> str:
    return str(document.get("info", {}).get("version", "?"))


def _slice(upstream: Path, output: Path, report: Path, changelog_file: Path | None = None) -> list[Change]:
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
    # The recordings were made against the previous document, as the SDK saw it (patched).
    previous = patch_document(old, load_patches(GENERATOR / "patches.yaml"))[0]
    uses = exercised(changes, previous, [CASSETTES])
    report.write_text(
        render_report(changes, stale, _version(old), _version(document), set(acknowledged), uses), encoding="utf-8"
    )
    breaking = [c for c in changes if c.breaking]
    documentation = sum(c.documentation for c in changes)
    print(
        f"{report.name}: {len(changes) - documentation} API changes, {len(breaking)} breaking, "
        f"{documentation} documentation changes, {len(stale)} stale patches"
    )
    for change in breaking:
        print(f"  breaking: {change.id}")
    if breaking:
        print("  read the report, then acknowledge them (CONTRIBUTING.md); `make check-api` checks")
    if changelog_file is not None:
        _write_changelog(output, BASELINE, ACKNOWLEDGED, changelog_file)
    return changes


def _check_api(baseline: Path, current: Path, acknowledged_file: Path, changelog_file: Path | None = None) -> int:
    if not baseline.is_file():
        raise ValueError(f"{baseline.name} is missing: run `make accept-api` to record the current API")
    changes, _ = api_changes(load(baseline), load(current), _names(), GENERATOR / "patches.yaml")
    acknowledged = _acknowledged(acknowledged_file)
    open_ = [c for c in changes if c.breaking and c.id not in acknowledged]
    documentation = sum(c.documentation for c in changes)
    print(
        f"API: {len(changes) - documentation} changes since the baseline, {sum(c.breaking for c in changes)} "
        f"breaking, {documentation} documentation changes"
    )
    if open_:
        print(f"unacknowledged breaking changes (add their ids to {acknowledged_file.name}):", file=sys.stderr)
        for change in open_:
            print(f"  {change.id}: {change.summary}", file=sys.stderr)
        return 1
    unused = set(acknowledged) - {c.id for c in changes}
    for change_id in sorted(unused):
        print(f"note: {acknowledged_file.name} lists {change_id}, which is not a change any more")
    if changelog_file is not None:
        found, wanted = _changelog_text(current, baseline, acknowledged_file, changelog_file)
        if found != wanted:
            print(f"{changelog_file.name}: its API section is not current: run `make changelog`", file=sys.stderr)
            return 1
    return 0


def _accept_api(
    current: Path,
    baseline: Path,
    acknowledged_file: Path,
    changelog_file: Path | None = None,
    *,
    version: str | None = None,
    date: str | None = None,
) -> None:
    if changelog_file is not None:  # the release's API section, with its notes, before they go
        _write_changelog(current, baseline, acknowledged_file, changelog_file)
        version = version or read_version(ROOT)
        date = date or datetime.date.today().isoformat()
        text = changelog.release(changelog_file.read_text(encoding="utf-8"), version, date)
        changelog_file.write_text(text, encoding="utf-8")
        print(f"{changelog_file.name}: the Unreleased section is now {version} ({date})")
    baseline.write_bytes(current.read_bytes())
    acknowledged_file.write_text(ACKNOWLEDGED_HEADER + "acknowledged: []\n", encoding="utf-8")
    print(f"{baseline.name} is now {current.name}; {acknowledged_file.name} emptied")


def _unreleased_lines(text: str) -> list[str]:
    """The hand-written lines of CHANGELOG.md's Unreleased section (the API block left out)."""
    body = text.partition(changelog.UNRELEASED)[2].split("\n## ", 1)[0]
    if changelog.START in body and changelog.END in body:
        body = body.split(changelog.START, 1)[0] + body.split(changelog.END, 1)[1]
    return [line for line in body.splitlines() if line.strip()]


def _release(root: Path, *, date: str, at_least: str, dry_run: bool) -> int:
    """The version the change report decides written to the package, CHANGELOG.md's Unreleased
    section filed under it, the baseline accepted: everything a release commit holds."""
    current, baseline = root / "openapi.yaml", root / "generator" / BASELINE.name
    acknowledged_file, changelog_file = root / "generator" / ACKNOWLEDGED.name, root / CHANGELOG.name
    if _check_api(baseline, current, acknowledged_file) != 0:
        print("release: refused: acknowledge the breaking changes above first (CONTRIBUTING.md)", file=sys.stderr)
        return 1
    changes, _ = api_changes(load(baseline), load(current), _names(), GENERATOR / "patches.yaml")
    text = changelog_file.read_text(encoding="utf-8") if changelog_file.is_file() else ""
    released, carried = released_versions(text), read_version(root)
    if released and released[0] != carried:
        print(
            f"release: refused: {changelog_file.name}'s newest release is {released[0]} but the package "
            f"carries {carried} ({VERSION_FILE.as_posix()})",
            file=sys.stderr,
        )
        return 1
    if released and not changes and not _unreleased_lines(text):
        print(
            f"release: refused: nothing to release ({changelog_file.name}'s Unreleased section is empty)",
            file=sys.stderr,
        )
        return 1
    decided = release.plan(changes, carried, first=not released, at_least=at_least)
    print(f"release: {decided.version} ({decided.bump or 'as it stands'}: {decided.reason})")
    if dry_run:
        return 0
    write_version(root, decided.version)
    print(f"{VERSION_FILE.as_posix()}: __version__ = {decided.version!r}")
    _accept_api(current, baseline, acknowledged_file, changelog_file, version=decided.version, date=date)
    print(
        f"next: commit these, merge, then tag the merged commit: git tag v{decided.version} && git push origin "
        f"v{decided.version} (.github/workflows/release.yml publishes it)"
    )
    return 0


def _check_tag(root: Path, tag: str) -> int:
    """A release tag names the version the package carries, and CHANGELOG.md's newest section is it."""
    carried = read_version(root)
    tagged = version_of_tag(tag)
    problems = []
    if tagged != carried:
        problems.append(f"tag {tag} names {tagged}, but the package carries {carried} ({VERSION_FILE.as_posix()})")
    released = released_versions((root / CHANGELOG.name).read_text(encoding="utf-8"))
    if not released or released[0] != carried:
        newest = released[0] if released else "none"
        problems.append(f"{CHANGELOG.name}'s newest release section is {newest}, not {carried} (run `make release`)")
    for problem in problems:
        print(f"version: {problem}", file=sys.stderr)
    if not problems:
        print(f"version: tag {tag}, package and {CHANGELOG.name} agree on {carried}")
    return 1 if problems else 0


def _parser() -> argparse.ArgumentParser:
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
    commands.add_parser("changelog", help="rewrite CHANGELOG.md's Unreleased API section from the change report")
    commands.add_parser("commit-message", help="print a regeneration's commit message (API-CHANGES.md)")
    commands.add_parser("update", help="fetch the published document, regenerate, check, propose (make update-spec)")
    cut_release = commands.add_parser(
        "release", help="version from the API change report, CHANGELOG section dated, baseline accepted"
    )
    cut_release.add_argument("--at-least", choices=BUMPS, help="raise the bump (for hand-written changes)")
    cut_release.add_argument("--date", default=datetime.date.today().isoformat(), help="the release's date")
    cut_release.add_argument("--dry-run", action="store_true", help="say which version, change nothing")
    show = commands.add_parser("version", help="print the package's version; with --tag, check a release tag")
    show.add_argument("--tag", help="a release tag (v1.2.3): fail unless it, the package and CHANGELOG agree")
    release_notes = commands.add_parser(
        "release-notes", help="print CHANGELOG.md's section of a version (default: current)"
    )
    release_notes.add_argument("--version", dest="of")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["update"]:  # its own options; see generator/update.py
        return update_main(argv[1:])
    args = _parser().parse_args(argv)

    notes: list[str] = []  # what the run reports without failing (stale patches)
    try:
        if args.command == "slice":
            _slice(args.upstream, args.output, args.report, CHANGELOG)
        elif args.command == "check-api":
            return _check_api(BASELINE, ROOT / "openapi.yaml", ACKNOWLEDGED, CHANGELOG)
        elif args.command == "accept-api":
            _accept_api(ROOT / "openapi.yaml", BASELINE, ACKNOWLEDGED, CHANGELOG)
        elif args.command == "changelog":
            _write_changelog(ROOT / "openapi.yaml", BASELINE, ACKNOWLEDGED, CHANGELOG)
        elif args.command == "release":
            return _release(ROOT, date=args.date, at_least=args.at_least or "patch", dry_run=args.dry_run)
        elif args.command == "version":
            if args.tag:
                return _check_tag(ROOT, args.tag)
            print(read_version(ROOT))
        elif args.command == "release-notes":
            text = CHANGELOG.read_text(encoding="utf-8")
            print(changelog_section(text, args.of or read_version(ROOT)), end="")
        elif args.command == "commit-message":
            print(changelog.commit_message(REPORT.read_text(encoding="utf-8")), end="")
        elif args.command == "generate":
            generate(args.output, notes=notes, reference=ROOT / apimd.REFERENCE)
            _report(notes)
            print(f"generated {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
        else:
            with tempfile.TemporaryDirectory() as scratch:
                fresh = generate(Path(scratch) / DEFAULT_OUTPUT.name, reference=Path(scratch) / apimd.REFERENCE)
                if not DEFAULT_OUTPUT.is_dir():
                    print("generated/vectorstores_raw is missing: run `make generate`", file=sys.stderr)
                    return 1
                problems = _differences(DEFAULT_OUTPUT, fresh)
                public = DEFAULT_OUTPUT.parent / PUBLIC
                problems += [f"{PUBLIC}/: {line}" for line in _differences(public, fresh.parent / PUBLIC)]
                reference = ROOT / apimd.REFERENCE
                if not reference.is_file() or reference.read_bytes() != (Path(scratch) / apimd.REFERENCE).read_bytes():
                    problems.append(f"{apimd.REFERENCE}: differs from what generate writes")
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
