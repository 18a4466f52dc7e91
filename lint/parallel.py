"""Lint many files: in worker processes for large runs, results in input order, a progress bar on a TTY.

Workers are forked (where the platform can) after the parent has loaded the rule packs and their
lazily loaded data (spelling dictionary, substitution model, syllable tables) by linting a short
warm-up text, so no worker pays for loading again. Files go out in chunks; results come back in
the order the files were given, whatever order the workers finish in.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from lint.config import Settings
from lint.runner import FileOutcome, FixMode, check_file

if TYPE_CHECKING:
    from lint.cache import ResultCache

Work = tuple[Path, str, Settings]

# Enough prose to touch every lazily loaded table: sentences, capitals, a quote, common words.
WARM_UP = ("The minister said on Monday that the new plan would go ahead next week.\n\n"
           "\"We will not change course,\" she told reporters in London. Officials declined to comment.\n")
PROGRESS_AFTER = 2.0  # seconds: shorter runs show no bar


def lint_one(work: Work, mode: FixMode, references: list[Any] | None, cache: ResultCache | None,
             lookup: bool = True) -> FileOutcome:
    """One file, from the result cache when it has it (``lookup``); a fresh result is stored there."""
    path, display, settings = work
    outcome = cache.get(path, display, settings) if cache and lookup else None
    if outcome is None:
        outcome = check_file(path, display, settings, mode, references)
        if cache:
            cache.put(path, settings, outcome)
        slim(outcome)
    return outcome


def slim(outcome: FileOutcome) -> None:
    """Keep only what a report needs, so memory stays flat however many files a run has.

    The document's derived data (tokens, sentences, per-document analyses keyed by it) goes with
    a fresh :class:`Document` holding the same text; the bytes and decoding were for fixing only.
    """
    from lint.document import Document

    report = outcome.report
    if report.doc is not None:
        report.doc = Document(report.doc.text, report.doc.path, markdown_mode=report.doc.is_markdown)
    report.raw = report.decoded = None


def _lint_chunk(args: tuple[list[Work], FixMode, list[Any] | None, bool]) -> list[FileOutcome]:
    chunk, mode, references, use_cache = args
    from lint.cache import ResultCache

    cache = ResultCache.default() if use_cache and not mode.active else None
    return [lint_one(w, mode, references, cache, lookup=False) for w in chunk]


def warm_up(work: Iterable[Work]) -> None:
    """Load every rule set the work uses, and its lazy data, in this process (inherited by forks)."""
    from lint.api import lint_text

    seen: set[tuple[Path, ...]] = set()
    for _, _, settings in work:
        packs = tuple(settings.packs)
        if packs not in seen and len(seen) < 8:
            seen.add(packs)
            lint_text(WARM_UP, "warm-up.txt", Settings(packs=packs))


def chunk_size(files: int, jobs: int) -> int:
    """About four chunks per worker (load balance), at most 64 files each (progress, memory)."""
    return max(1, min(64, files // (jobs * 4) or 1))


def run_parallel(work: list[Work], mode: FixMode, references: list[Any] | None, jobs: int,
                 use_cache: bool = True, progress: Progress | None = None) -> list[FileOutcome]:
    """Lint ``work`` in ``jobs`` processes; outcomes in the order of ``work``."""
    import multiprocessing  # imported here: a one-file run never pays for it
    from concurrent.futures import ProcessPoolExecutor

    context = None
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        warm_up(work)  # shared with the workers copy-on-write
    size = chunk_size(len(work), jobs)
    chunks = [work[i : i + size] for i in range(0, len(work), size)]
    out: list[FileOutcome] = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for done in pool.map(_lint_chunk, [(c, mode, references, use_cache) for c in chunks]):
            out.extend(done)
            if progress:
                progress.advance(len(done))
    return out


class Progress:
    """A one-line bar on stderr, shown only on a terminal and only once a run has taken a while."""

    def __init__(self, total: int, stream: TextIO | None = None, after: float = PROGRESS_AFTER,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.after = after
        self.clock = clock
        self.start = clock()
        self.done = 0
        self.shown = False
        self.enabled = total > 1 and _is_tty(self.stream) and "CI" not in os.environ

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        elapsed = self.clock() - self.start
        if elapsed < self.after and not self.shown:
            return
        self.shown = True
        width = 30
        filled = width * self.done // self.total
        rate = self.done / elapsed if elapsed > 0 else 0.0
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} files"
                          f"  {rate:,.0f}/s ")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar so the report starts on a clean line."""
        if self.shown:
            self.stream.write("\r" + " " * 72 + "\r")
            self.stream.flush()

    def track(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield item
            self.advance()


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
