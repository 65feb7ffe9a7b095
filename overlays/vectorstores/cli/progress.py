"""The two progress bars of ``upload`` (uploading: files and bytes, rate, time left; processing:
files done, failures, time taken), or nothing at all when stderr is not a terminal."""

from __future__ import annotations

from types import TracebackType
from typing import TypeVar

from rich.console import Console
from rich.filesize import decimal
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

__all__ = ["Bars", "LiveProgress", "ProgressDisplay"]

L = TypeVar("L", bound="LiveProgress")


class LiveProgress:
    """Owns a rich ``Progress`` (``self.progress``), shown from entering the ``with`` block to
    leaving it."""

    progress: Progress

    def __enter__(self: L) -> L:
        self.progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.progress.stop()


class ProgressDisplay:
    """What ``upload`` reports as it goes; this base class shows nothing (for pipes)."""

    def __enter__(self) -> ProgressDisplay:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        return None

    def start_upload(self, files: int, total_bytes: int) -> None:
        """Uploading begins: ``files`` files of ``total_bytes`` bytes in all."""

    def upload_advanced(self, files_done: int, bytes_done: int) -> None:
        """So many files finished (uploaded or failed) and bytes sent so far."""

    def start_processing(self, files: int) -> None:
        """The uploads are attached; the server now processes ``files`` files."""

    def processing_advanced(self, files_done: int, failed: int) -> None:
        """So many files processed, ``failed`` of them unsuccessfully."""


class _FilesColumn(ProgressColumn):
    """``12/50 files`` from the task's fields (the upload bar itself counts bytes)."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.fields['files_done']}/{task.fields['files']} files", style="progress.download")


class _DetailColumn(ProgressColumn):
    """Uploading: bytes, rate, and time left (time taken once done). Processing: failures and
    time taken."""

    def __init__(self) -> None:
        super().__init__()
        self._bytes = DownloadColumn()
        self._remaining = TimeRemainingColumn()
        self._elapsed = TimeElapsedColumn()

    def render(self, task: Task) -> Text:
        if task.fields["kind"] != "upload":
            failed = task.fields["failed"]
            parts = [Text(f"{failed} failed", style="red")] if failed else []
            return Text(" ").join([*parts, self._elapsed.render(task)])
        # rich's own rate needs a few samples; small uploads end before it has them.
        speed = task.finished_speed or task.speed or (task.completed / task.elapsed if task.elapsed else None)
        rate = Text(f"{decimal(int(speed))}/s" if speed else "?", style="progress.data.speed")
        if task.finished:
            return Text(" ").join([self._bytes.render(task), rate, self._elapsed.render(task)])
        return Text(" ").join([self._bytes.render(task), rate, Text("eta"), self._remaining.render(task)])


class Bars(LiveProgress, ProgressDisplay):
    """Live rich bars on stderr; they stay on screen when done, as a record of the run."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(bar_width=30),
            _FilesColumn(),
            _DetailColumn(),
            console=console,
            transient=False,
        )
        self._upload: TaskID | None = None
        self._processing: TaskID | None = None

    def start_upload(self, files: int, total_bytes: int) -> None:
        # An empty file still counts as a step, so the bar of empty files can finish.
        self._upload = self.progress.add_task(
            "Uploading", total=max(total_bytes, 1), kind="upload", files=files, files_done=0
        )

    def upload_advanced(self, files_done: int, bytes_done: int) -> None:
        if self._upload is not None:
            self.progress.update(self._upload, completed=bytes_done, files_done=files_done)

    def start_processing(self, files: int) -> None:
        if self._upload is not None:  # the upload bar ends full even when some uploads failed
            self.progress.update(self._upload, completed=self.progress.tasks[self._upload].total)
            self.progress.stop_task(self._upload)
        self._processing = self.progress.add_task(
            "Processing", total=files, kind="processing", files=files, files_done=0, failed=0
        )

    def processing_advanced(self, files_done: int, failed: int) -> None:
        if self._processing is not None:
            self.progress.update(self._processing, completed=files_done, files_done=files_done, failed=failed)
            if files_done >= self.progress.tasks[self._processing].total:  # type: ignore[operator]
                self.progress.stop_task(self._processing)  # the elapsed time stops with the work
