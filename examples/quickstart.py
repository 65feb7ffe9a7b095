"""The Vector Stores workflow from end to end: upload documents, build a store, wait for it to be
indexed, search it, add a batch, page through its files, ask a model about the files with the
``file_search`` tool (the answer streamed, then its citations), and clean up.

Runs against whatever ``OPENAI_BASE_URL``/``OPENAI_API_KEY`` name (``make demo`` points them at
the local emulator); everything it creates is deleted at the end, even when a step fails.
"""

from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from vectorstores import OpenAI

DOCUMENTS = Path(__file__).parent / "documents"
TOPICS = {"returns.md": "returns", "shipping.md": "shipping", "warranty.txt": "warranty"}
# A batch of short notes, enough to need several pages at five files per page.
NOTES = [
    (f"note-{number:02d}.txt", f"Support note {number}: customers asked about {topic} on day {number}.".encode())
    for number, topic in enumerate(["sizes", "colours", "gift wrap", "vouchers", "invoices", "stock"] * 2, start=1)
]


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def run(client: OpenAI, console: Console) -> None:
    """The workflow itself, with a progress display; leaves nothing behind on the server."""
    uploaded: list[str] = []
    store_id: str | None = None
    try:
        paths = sorted(DOCUMENTS.iterdir())
        with _progress(console) as progress:
            task = progress.add_task("Uploading documents", total=len(paths))
            for path in paths:
                uploaded.append(client.files.create(file=path, purpose="assistants").id)
                progress.advance(task)

        store = client.vector_stores.create(
            name="Support handbook",
            file_ids=uploaded,
            metadata={"team": "support"},
            expires_after={"anchor": "last_active_at", "days": 7},
        )
        store_id = store.id
        console.print(f"Created vector store [bold]{store.id}[/] ({store.status})")

        with _progress(console) as progress:
            task = progress.add_task("Indexing", total=store.file_counts.total)
            while store.status == "in_progress":
                time.sleep(0.2)
                store = client.vector_stores.retrieve(store.id)
                progress.update(task, completed=store.file_counts.completed + store.file_counts.failed)
        console.print(
            f"Store is {store.status}: {store.file_counts.completed} files, {store.usage_bytes} bytes indexed"
        )

        for file_id, path in zip(uploaded, paths, strict=True):
            client.vector_stores.files.update(
                file_id, vector_store_id=store.id, attributes={"topic": TOPICS[path.name]}
            )

        question = "How long does a refund take?"
        results = client.vector_stores.search(store.id, query=question, max_num_results=3)
        table = Table("score", "file", "passage", title=f"Search: {question}")
        for result in results.data:
            passage = " ".join(" ".join(part.text.split()) for part in result.content)[:90]
            table.add_row(f"{result.score:.3f}", result.filename, passage + "...")
        console.print(table)

        only_shipping = client.vector_stores.search(
            store.id, query="how long does delivery take", filters={"type": "eq", "key": "topic", "value": "shipping"}
        )
        console.print(f"Filtered to topic=shipping: {[r.filename for r in only_shipping.data]}")

        with _progress(console) as progress:
            task = progress.add_task("Uploading a batch", total=len(NOTES))
            batch = client.vector_stores.file_batches.upload_and_poll(
                store.id,
                files=NOTES,
                attributes={"topic": "notes"},
                max_concurrency=4,
                on_progress=lambda done, total: progress.update(task, completed=done),
            )
        counts = batch.file_counts
        uploaded += [
            file.id for file in client.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id)
        ]
        console.print(f"Batch {batch.id} is {batch.status}: {counts.completed} of {counts.total} files indexed")

        first = client.vector_stores.files.list(store.id, limit=5, order="asc")
        sizes = [len(page.data) for page in first.iter_pages()]
        total = sum(sizes)
        console.print(f"Listed {total} files in {len(sizes)} pages of at most 5: {sizes}")

        ask(client, console, store.id, "How long do refunds take to reach the original payment method?")
    finally:
        if store_id is not None:
            client.vector_stores.delete(store_id)
        for file_id in uploaded:
            client.files.delete(file_id)
        console.print(f"Cleaned up: deleted the store and {len(uploaded)} uploaded files")


def ask(client: OpenAI, console: Console, store_id: str, question: str) -> None:
    """Ask a model about the store's files with the ``file_search`` tool (what the seed did with an
    assistant, before the Assistants API was shut down), print the answer as it streams in, then
    the passages it cites: file name and the index in the answer where each citation belongs."""
    console.print(f"[bold]Question:[/] {question}")
    console.print("[bold]Answer:[/] ", end="")
    with client.responses.stream(
        model="gpt-4o-mini",
        input=question,
        tools=[{"type": "file_search", "vector_store_ids": [store_id]}],
        include=["file_search_call.results"],  # the passages found, in the response
    ) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                console.print(event.delta, end="", markup=False, highlight=False)
        response = stream.get_final_response()
    console.print()
    for item in response.output:
        if item.type == "file_search_call":
            console.print(f"Searched for {item.queries}: {len(item.results or [])} passages found")
        elif item.type == "message":
            for part in item.content:
                for citation in getattr(part, "annotations", None) or []:
                    if citation.type == "file_citation":
                        console.print(f"  cites {citation.filename} at index {citation.index} ({citation.file_id})")


def main() -> None:
    with OpenAI() as client:
        run(client, Console())


if __name__ == "__main__":
    main()
