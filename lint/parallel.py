"""Lint many files in worker processes; results come back in input order."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from lint.config import Settings
from lint.runner import FileOutcome, FixMode, check_file

Work = tuple[Path, str, Settings]


def _lint_chunk(args: tuple[list[Work], FixMode, list[Any] | None, bool]) -> list[FileOutcome]:
    chunk, mode, references, use_cache = args
    from lint.cache import ResultCache

    cache = ResultCache.default() if use_cache and not mode.active else None
    out = []
    for path, display, settings in chunk:
        outcome = cache.get(path, display, settings) if cache else None
        if outcome is None:
            outcome = check_file(path, display, settings, mode, references)
            if cache:
                cache.put(path, settings, outcome)
        out.append(outcome)
    return out


def run_parallel(work: list[Work], mode: FixMode, references: list[Any] | None, jobs: int,
                 use_cache: bool = True) -> list[FileOutcome]:
    size = max(1, min(64, len(work) // (jobs * 4) or 1))
    chunks = [work[i : i + size] for i in range(0, len(work), size)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(_lint_chunk, [(c, mode, references, use_cache) for c in chunks])
        return [o for chunk in results for o in chunk]
