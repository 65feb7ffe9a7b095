"""The commands: ``upload``, ``search``, ``stores``, ``files`` and ``rm``, built with click on the
public SDK. Errors end as one line on stderr (see ``errors``), never as a traceback."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.markup import escape
from rich.text import Text

from vectorstores import NotFoundError, OpenAI, OpenAIError, __version__
from vectorstores.types import FileObject, VectorStore

from . import lookup, params, syncing
from .errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_USAGE, CLIError, describe, shown_url, user_arguments
from .ingest import Ingest, Outcome, _patient_interrupts, collect
from .lookup import is_file_id, resolve_store
from .output import (
    Output,
    attributes_text,
    highlight,
    human_bytes,
    new_table,
    plural,
    query_stems,
    snippet,
    store_label,
    text_or_dash,
    when,
)
from .progress import Bars, ProgressDisplay
from .summary import print_summary, summary_json

__all__ = ["cli"]

DEFAULT_BASE_URL = "https://api.openai.com/v1"
F = TypeVar("F", bound=Callable[..., Any])


# --- Settings shared by every command ------------------------------------------------------------


@dataclass
class Settings:
    """Connection options, from the group or the command (the command's win)."""

    base_url: str | None = None
    max_retries: int = 2

    @property
    def url(self) -> str:
        """Where requests go, for messages."""
        return self.base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL

    def client(self, ctx: click.Context) -> OpenAI:
        """A client that closes when the command ends."""
        try:
            client = OpenAI(base_url=self.base_url, max_retries=self.max_retries)
        except OpenAIError as error:
            raise CLIError(describe(error, self.url)) from None
        return ctx.with_resource(client)


def _settings(ctx: click.Context) -> Settings:
    return ctx.find_root().ensure_object(Settings)


def _set_base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None:
        return
    if not value.startswith(("http://", "https://")):
        raise click.BadParameter(f"{shown_url(value)!r} is not an http:// or https:// URL", ctx, param)
    _settings(ctx).base_url = value


def _set_max_retries(ctx: click.Context, param: click.Parameter, value: int | None) -> None:
    if value is not None:
        _settings(ctx).max_retries = value


def connection_options(command: F) -> F:
    """``--base-url`` and ``--max-retries``, accepted before or after the command name."""
    command = click.option(
        "--max-retries",
        type=click.IntRange(0, 10),
        metavar="N",
        expose_value=False,
        callback=_set_max_retries,
        help="How often to retry a request that failed for a passing reason (429, 5xx, network). [default: 2]",
    )(command)
    return click.option(
        "--base-url",
        metavar="URL",
        expose_value=False,
        callback=_set_base_url,
        help=f"The API's address. [default: $OPENAI_BASE_URL, else {DEFAULT_BASE_URL}]",
    )(command)


def _json_option(text: str) -> Callable[[F], F]:
    return click.option("--json", "as_json", is_flag=True, help=text)


# --- The group: help, and one-line errors ---------------------------------------------------------


class VectorstoresGroup(click.Group):
    """A group that lists commands in the order they are defined and turns every error into one
    line on stderr."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OpenAIError as error:
            raise CLIError(describe(error, _settings(ctx).url)) from error

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()  # the help itself, as click shows it
            sys.exit(error.exit_code)
        except click.UsageError as error:
            where = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
            _fail(error.format_message().rstrip(".") + where, EXIT_USAGE)
        except click.ClickException as error:
            _fail(error.format_message(), error.exit_code)
        except click.Abort as error:
            interrupted = isinstance(error.__cause__, KeyboardInterrupt)
            _fail("interrupted" if interrupted else "aborted", EXIT_INTERRUPTED if interrupted else EXIT_ERROR)
        sys.exit(result if isinstance(result, int) else 0)


def _fail(message: str, code: int) -> None:
    message = message[:1].lower() + message[1:] if message[1:2].islower() else message
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group(
    name="vectorstores",
    cls=VectorstoresGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@connection_options
@click.version_option(__version__, "--version", prog_name="vectorstores", message="%(prog)s %(version)s")
def cli() -> None:
    """Load folders of documents into OpenAI vector stores and search them.

    Reads the API key from OPENAI_API_KEY, and the server from OPENAI_BASE_URL (or --base-url).
    STORE is a vector store's id (vs_...) or its name.

    \b
    Examples:
      vectorstores upload docs/ --store handbook --create
      vectorstores sync docs/ --store handbook --dry-run
      vectorstores search handbook "how do I reset my password"
      vectorstores search handbook refunds --filter team=billing --json
      vectorstores stores
      vectorstores files handbook
      vectorstores rm handbook

    In a terminal: colour, progress bars and tables. In a pipe: none of those, tables print one
    row per line with tabs between cells, and --json gives JSON lines.

    Exit status: 0 done, 1 error, 2 bad usage, 130 interrupted (Ctrl-C).
    """


# --- upload ------------------------------------------------------------------------------------


def _parse_attributes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, params.Value]:
    try:
        return params.parse_attributes(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None


def _parse_filters(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, Any] | None:
    try:
        return params.combine_filters(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx, param) from None


def _store_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--store`` and ``--create``, as ``upload`` and ``sync`` both take them."""
    command = click.option("--create", is_flag=True, help="Create the store if no store has this name.")(command)
    return click.option(
        "--store", "-s", required=True, metavar="STORE", help="The vector store, by name or id (vs_...)."
    )(command)


@cli.command(short_help="Upload files and folders into a vector store, with progress.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path), metavar="PATH...")
@_store_options
@click.option(
    "--attribute",
    "-a",
    "attributes",
    multiple=True,
    metavar="KEY=VALUE",
    callback=_parse_attributes,
    help=f"An attribute of every file, for search filters (repeatable): {params.ATTRIBUTE_RULE}.",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(params.MIN_CHUNK_TOKENS, params.MAX_CHUNK_TOKENS),
    metavar="TOKENS",
    help="Tokens per chunk. [default: the API's choice, now 800]",
)
@click.option(
    "--chunk-overlap",
    type=click.IntRange(0),
    metavar="TOKENS",
    help="Tokens neighbouring chunks share, at most half a chunk. [default: 400, or half a smaller chunk]",
)
@click.option(
    "--concurrency",
    "-j",
    type=click.IntRange(1, 64),
    default=8,
    show_default=True,
    metavar="N",
    help="Uploads at a time.",
)
@_json_option("Print the summary as one JSON object, for scripts.")
@connection_options
@click.pass_context
def upload(
    ctx: click.Context,
    paths: tuple[Path, ...],
    store: str,
    create: bool,
    attributes: dict[str, params.Value],
    chunk_size: int | None,
    chunk_overlap: int | None,
    concurrency: int,
    as_json: bool,
) -> None:
    """Upload files and folders into a vector store, and wait until they are searchable.

    Folders are walked (hidden files and folders left out); each file's path under the folder
    given is kept in its attribute ``path``, as sync keeps it. Files that file search does not
    index are skipped with a note: it reads .c .cpp .cs .css .doc .docx .go .html .java .js .json
    .md .pdf .php .pptx .py .rb .sh .tex .ts .txt. The uploads are attached to the store in file
    batches; the summary lists what completed, what failed and why, and what was skipped.

    Ctrl-C stops cleanly: uploads not yet attached are deleted again, and the summary says what
    was kept. Exits 1 if any file failed.

    \b
    Examples:
      vectorstores upload docs/ --store handbook --create
      vectorstores upload notes/*.md faq.txt -s vs_abc123 -a team=support -a year=2025
      vectorstores upload src/ -s code --create --chunk-size 400 --chunk-overlap 100 -j 16
    """
    output = Output()
    try:
        chunking = params.chunking_strategy(chunk_size, chunk_overlap)
    except ValueError as error:
        raise click.UsageError(str(error), ctx) from None
    if len({"path", *attributes}) > params.MAX_ATTRIBUTES:
        raise click.UsageError(f"at most {params.MAX_ATTRIBUTES - 1} attributes: upload records each file's path", ctx)
    collected = collect(paths)
    for loop in collected.loops:
        output.note(f"skipping {loop}: symlink loop")
    if collected.skipped:
        output.note(
            f"skipping {plural(len(collected.skipped), 'file')} that file search does not index "
            f"({collected.skipped_extensions()})"
        )
    if not collected.sources:
        raise CLIError("nothing to upload: no file here has an extension file search indexes")
    client = _settings(ctx).client(ctx)
    vector_store, created = resolve_store(client, store, create=create)
    output.status(
        f"{'Created' if created else 'Using'} vector store {store_label(vector_store)}; uploading "
        f"{plural(len(collected.sources), 'file')} ({human_bytes(collected.total_bytes)}), {concurrency} at a time"
    )
    outcome = Outcome(vector_store, created, collected.skipped, collected.sources)
    display = Bars(output.err) if output.interactive else ProgressDisplay()
    with display:
        ingest = Ingest(
            client,
            outcome,
            attributes=attributes,
            chunking_strategy=chunking,
            concurrency=concurrency,
            progress=display,
            note=output.note,
        )
        try:
            with user_arguments():
                ingest.run()
        except OpenAIError:
            if outcome.deleted:  # the error line follows; say first that nothing was left behind
                output.note(f"deleted the {plural(len(outcome.deleted), 'file')} uploaded before the error")
            raise
    if as_json:
        output.json_line(summary_json(outcome, collected))
    else:
        print_summary(output, outcome, collected)
    if outcome.interrupted:
        ctx.exit(EXIT_INTERRUPTED)
    if outcome.failed:
        ctx.exit(EXIT_ERROR)


# --- sync --------------------------------------------------------------------------------------


@cli.command(name="sync", short_help="Make a vector store hold exactly the files of a folder.")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="PATH")
@_store_options
@click.option("--dry-run", is_flag=True, help="Show what would change, and change nothing.")
@click.option("--no-delete", "keep", is_flag=True, help="Keep files in the store that are gone from PATH.")
@click.option(
    "--attribute",
    "-a",
    "attributes",
    multiple=True,
    metavar="KEY=VALUE",
    callback=_parse_attributes,
    help=f"An attribute of every file (repeatable, at most 14: sync keeps path and sha256): {params.ATTRIBUTE_RULE}.",
)
@click.option(
    "--concurrency",
    "-j",
    type=click.IntRange(1, 64),
    default=16,
    show_default=True,
    metavar="N",
    help="Requests at a time.",
)
@_json_option("Print the report as one JSON object, for scripts.")
@connection_options
@click.pass_context
def sync_folder(
    ctx: click.Context,
    folder: Path,
    store: str,
    create: bool,
    dry_run: bool,
    keep: bool,
    attributes: dict[str, params.Value],
    concurrency: int,
    as_json: bool,
) -> None:
    """Make a vector store hold exactly the files of PATH, uploading only what changed.

    Files are known by their path under PATH and the SHA-256 of their content, both kept in the
    store (attributes path and sha256), so any machine can sync the same store. A changed file's
    new version is searchable before the old one is removed; files gone from PATH are deleted
    from the store (not with --no-delete). Hidden files, empty files and types file search does
    not read are skipped. The plan is shown first; --dry-run stops there.

    Ctrl-C (or a crash) loses nothing: uploads not yet attached are deleted, and the next sync
    finishes the job. Exits 1 if any file failed.

    \b
    Examples:
      vectorstores sync docs/ --store handbook --create
      vectorstores sync docs/ -s handbook --dry-run
      vectorstores sync docs/ -s vs_abc123 -a team=support --no-delete -j 32 --json
    """
    output = Output()
    client = _settings(ctx).client(ctx)
    if dry_run and create and not lookup.is_store_id(store) and not lookup.find_by_name(client, store):
        raise CLIError(f"no vector store named {store!r} yet, and a dry run creates none: run without --dry-run")
    vector_store, created = resolve_store(client, store, create=create and not dry_run)
    options: dict[str, Any] = {"delete": not keep, "attributes": attributes}
    with user_arguments():
        plan = client.vector_stores.sync(vector_store.id, folder, dry_run=True, **options)
    for path, reason in plan.skipped.items():
        if reason.startswith("symlink loop"):
            output.note(f"skipping {path}: {reason}")
    if dry_run or not (plan.added or plan.updated or plan.deleted or plan.orphans):
        plan.dry_run = dry_run  # with nothing to do, the plan is the report
        if as_json:
            output.json_line(syncing.report_json(plan, vector_store, created))
        elif dry_run:
            syncing.print_report(output, plan, vector_store, None)
        else:
            output.status(f"{store_label(vector_store)} is up to date: {syncing.plan_line(plan)}")
        return
    output.status(f"{'Created' if created else 'Syncing'} {store_label(vector_store)}: {syncing.plan_line(plan)}")
    bars = syncing.SyncBars(output.err) if output.interactive else None
    started = time.monotonic()
    try:
        with bars or contextlib.nullcontext():
            report = client.vector_stores.sync(
                vector_store.id, folder, max_concurrency=concurrency, on_progress=bars, **options
            )
    except KeyboardInterrupt:
        with _patient_interrupts(output.note):
            removed = syncing.clean_up(client, vector_store.id, folder)
        output.out.print(
            f"Interrupted. Deleted {plural(removed, 'upload')} not yet attached; what was attached stays, "
            "and the next sync finishes the job."
        )
        ctx.exit(EXIT_INTERRUPTED)
    if as_json:
        output.json_line(syncing.report_json(report, vector_store, created))
    else:
        syncing.print_report(output, report, vector_store, time.monotonic() - started)
    if report.failed:
        ctx.exit(EXIT_ERROR)


# --- search ------------------------------------------------------------------------------------


@cli.command(short_help="Search a vector store.")
@click.argument("store")
@click.argument("query", nargs=-1, required=True)
@click.option(
    "--max-results",
    "-n",
    type=click.IntRange(1, 50),
    default=10,
    show_default=True,
    metavar="N",
    help="How many results, 1 to 50.",
)
@click.option(
    "--filter",
    "-f",
    "filters",
    multiple=True,
    metavar="KEY=VALUE",
    callback=_parse_filters,
    help="Only files whose attribute matches (repeatable, all must hold); also KEY!=, KEY>, KEY>=, KEY<, KEY<= "
    "(quote those: '>' and '<' mean something to the shell), and 'KEY in A,B' or 'KEY nin A,B'.",
)
@click.option(
    "--filter-json",
    metavar="JSON",
    help='A filter in the API\'s JSON, for "or" and nesting: \'{"type": "or", "filters": [...]}\'; '
    "joined with --filter by and.",
)
@click.option(
    "--threshold",
    "-t",
    type=click.FloatRange(0, 1),
    metavar="SCORE",
    help="Leave out results scoring below SCORE, 0 to 1.",
)
@_json_option("Print each result as a line of JSON (the API's object).")
@connection_options
@click.pass_context
def search(
    ctx: click.Context,
    store: str,
    query: tuple[str, ...],
    max_results: int,
    filters: dict[str, Any] | None,
    filter_json: str | None,
    threshold: float | None,
    as_json: bool,
) -> None:
    """Search a vector store: the best matching chunks, with their score and file.

    The words of QUERY may be given with or without quotes. Values in --filter follow the
    --attribute rule of upload (true/false, numbers, else strings).

    \b
    Examples:
      vectorstores search handbook how do I reset my password
      vectorstores search handbook "refund policy" -n 3 --filter team=billing --filter 'year>=2024'
      vectorstores search handbook refunds -f 'team in support,sales' -f 'year nin 2020,2021'
      vectorstores search handbook refunds --filter-json '{"type": "or", "filters": [...]}'
      vectorstores search vs_abc123 "error 42" --threshold 0.5 --json | jq -r .filename
    """
    output = Output()
    text = " ".join(query)
    client = _settings(ctx).client(ctx)
    vector_store, _ = resolve_store(client, store)
    if filter_json is not None:
        try:
            extra = params.parse_filter_json(filter_json)
        except ValueError as error:
            raise click.BadParameter(str(error), ctx, param_hint="'--filter-json'") from None
        filters = extra if filters is None else {"type": "and", "filters": [filters, extra]}
    options: dict[str, Any] = {"max_num_results": max_results}
    if filters is not None:
        options["filters"] = filters
    if threshold is not None:
        options["ranking_options"] = {"score_threshold": threshold}
    with user_arguments():
        page = client.vector_stores.search(vector_store.id, query=text, **options)
    if as_json:
        for hit in page.data:
            output.json_line(hit.to_dict())
        return
    if not page.data:
        output.status(f"No results for {text!r} in {store_label(vector_store)}.")
        return
    stems = query_stems([text, *(page.search_query or [])])
    table = new_table()
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("file", overflow="fold", max_width=30)
    table.add_column("snippet", overflow="fold", ratio=1)
    for hit in page.data:
        body = " ".join(part.text for part in hit.content if isinstance(getattr(part, "text", None), str))
        table.add_row(
            f"{hit.score:.3f}" if isinstance(hit.score, (int, float)) else "-",
            escape(text_or_dash(hit.filename)),
            highlight(snippet(body, stems), stems),
        )
    output.table(table)


# --- stores and files -----------------------------------------------------------------------------


@cli.command(short_help="List the vector stores.")
@_json_option("Print each store as a line of JSON (the API's object).")
@connection_options
@click.pass_context
def stores(ctx: click.Context, as_json: bool) -> None:
    """List the vector stores, newest first (every page of them).

    \b
    Examples:
      vectorstores stores
      vectorstores stores --json | jq -r 'select(.name == "handbook") | .id'
    """
    output = Output()
    client = _settings(ctx).client(ctx)
    found = client.vector_stores.list(limit=lookup.PAGE_SIZE)
    if as_json:
        for store in found:
            output.json_line(store.to_dict())
        return
    table = new_table()
    table.add_column("id", no_wrap=True)
    table.add_column("name")
    table.add_column("files", justify="right")
    table.add_column("size", justify="right")
    table.add_column("status")
    table.add_column("created", no_wrap=True)
    for store in found:
        counts = store.file_counts
        completed, total = getattr(counts, "completed", None), getattr(counts, "total", None)
        table.add_row(
            store.id,
            escape(text_or_dash(store.name)),
            f"{completed}/{total}" if completed != total else str(total),
            human_bytes(store.usage_bytes) if isinstance(store.usage_bytes, int) else "-",
            str(store.status),
            when(store.created_at),
        )
    if not table.row_count:
        output.status("No vector stores yet; 'vectorstores upload PATH --store NAME --create' makes one.")
        return
    output.table(table)


def _filenames(client: OpenAI) -> dict[str, str]:
    """File names by id: a store's files carry ids only (one listing of the Files API, all pages)."""
    return {file.id: file.filename for file in client.files.list(purpose="assistants")}


@cli.command(short_help="List the files in a vector store.")
@click.argument("store")
@click.option(
    "--status",
    type=click.Choice(["in_progress", "completed", "failed", "cancelled"]),
    metavar="STATUS",
    help="Only files in this state: in_progress, completed, failed or cancelled.",
)
@_json_option("Print each file as a line of JSON (the API's object, and its filename).")
@connection_options
@click.pass_context
def files(ctx: click.Context, store: str, status: str | None, as_json: bool) -> None:
    """List the files in a vector store (every page of them), with their state and attributes.

    \b
    Examples:
      vectorstores files handbook
      vectorstores files handbook --status failed
      vectorstores files vs_abc123 --json | jq -r .id
    """
    output = Output()
    client = _settings(ctx).client(ctx)
    vector_store, _ = resolve_store(client, store)
    listing: dict[str, Any] = {"limit": lookup.PAGE_SIZE}
    if status is not None:
        listing["filter"] = status
    names = _filenames(client)
    found = client.vector_stores.files.list(vector_store.id, **listing)
    if as_json:
        for item in found:
            output.json_line({**item.to_dict(), "filename": names.get(item.id)})
        return
    table = new_table()
    table.add_column("id", no_wrap=True)
    table.add_column("file", overflow="fold")
    table.add_column("status")
    table.add_column("size", justify="right")
    table.add_column("attributes", overflow="fold")
    for item in found:
        state = Text(str(item.status), style=_STATUS_STYLES.get(str(item.status), ""))
        if item.last_error:
            state = Text.assemble(state, f": {item.last_error.message}")
        # A file is shown by the path upload and sync record (a/README.md and b/README.md differ);
        # its hash is sync's bookkeeping.
        attributes = {k: v for k, v in (item.attributes or {}).items() if k not in ("path", "sha256")}
        path = (item.attributes or {}).get("path")
        table.add_row(
            item.id,
            escape(path if isinstance(path, str) else names.get(item.id, "-")),
            state,
            human_bytes(item.usage_bytes) if isinstance(item.usage_bytes, int) else "-",
            escape(attributes_text(attributes)),
        )
    if not table.row_count:
        output.status(f"No files in {store_label(vector_store)}" + (f" with status {status}." if status else "."))
        return
    output.table(table)


_STATUS_STYLES = {"completed": "green", "failed": "red", "cancelled": "yellow", "in_progress": "cyan"}


# --- rm ------------------------------------------------------------------------------------------


@dataclass
class _Doomed:
    """Something ``rm`` is about to delete."""

    description: str
    store: VectorStore | None = None
    file: FileObject | None = None
    store_files: tuple[str, ...] = ()


def _find_target(client: OpenAI, reference: str, keep_files: bool) -> _Doomed:
    if is_file_id(reference):
        try:
            with user_arguments():  # an id that is not one path segment is refused before sending
                found = client.files.retrieve(reference)
        except NotFoundError:
            raise CLIError(f"no file with id {reference}") from None
        return _Doomed(f"file {found.filename} ({found.id})", file=found)
    vector_store, _ = resolve_store(client, reference)
    if keep_files:
        return _Doomed(f"vector store {store_label(vector_store)}, keeping its files", store=vector_store)
    ids = tuple(item.id for item in client.vector_stores.files.list(vector_store.id, limit=lookup.PAGE_SIZE))
    holding = f"and its {plural(len(ids), 'file')}" if ids else "(it holds no files)"
    return _Doomed(f"vector store {store_label(vector_store)} {holding}", store=vector_store, store_files=ids)


def _delete_files(client: OpenAI, file_ids: Iterable[str]) -> None:
    def delete(file_id: str) -> None:
        with suppress(NotFoundError):  # gone already
            client.files.delete(file_id)

    with ThreadPoolExecutor(max_workers=8, thread_name_prefix="vectorstores-rm") as pool:
        for done in [pool.submit(delete, file_id) for file_id in file_ids]:
            done.result()  # the first error, if any, ends the command


@cli.command(short_help="Delete vector stores or files.")
@click.argument("targets", nargs=-1, required=True, metavar="STORE|FILE...")
@click.option("--yes", "-y", is_flag=True, help="Delete without asking first.")
@click.option("--keep-files", is_flag=True, help="Delete the store only, keeping the uploaded files it holds.")
@connection_options
@click.pass_context
def rm(ctx: click.Context, targets: tuple[str, ...], yes: bool, keep_files: bool) -> None:
    """Delete vector stores (by name or id) or uploaded files (file-...).

    A store goes together with the files it holds, unless --keep-files. Asks before deleting
    anything; --yes skips the question (needed when no one is there to answer).

    \b
    Examples:
      vectorstores rm handbook
      vectorstores rm vs_abc123 file-xyz789 --yes
      vectorstores rm old-store --keep-files
    """
    output = Output()
    client = _settings(ctx).client(ctx)
    doomed = [_find_target(client, target, keep_files) for target in dict.fromkeys(targets)]
    if not yes:
        if len(doomed) == 1:
            question = f"Delete {doomed[0].description}?"
        else:
            output.status("About to delete:\n" + "\n".join(f"  {item.description}" for item in doomed))
            question = f"Delete these {len(doomed)}?"
        try:
            confirmed = click.confirm(question, default=False, err=True)
        except click.Abort:  # no answer (end of input): as good as no
            confirmed = False
        if not confirmed:
            output.status(
                "Nothing deleted" + ("." if sys.stdin.isatty() else " (pass --yes to delete without asking).")
            )
            ctx.exit(EXIT_ERROR)
    for item in doomed:
        if item.store is not None:
            client.vector_stores.delete(item.store.id)
            _delete_files(client, item.store_files)
        elif item.file is not None:
            client.files.delete(item.file.id)
        output.out.print(escape(f"Deleted {item.description}"))
