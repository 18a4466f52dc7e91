"""``wirelint check``: lint paths or stdin, fix, and print a report."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from lint.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, layer
from lint.config import ConfigCache, Settings
from lint.errors import WirelintError
from lint.files import discover
from lint.formats import RenderOptions, renderer
from lint.runner import FileOutcome, FixMode, check_stdin

PARALLEL_MIN_FILES = 64


def run_check(args: argparse.Namespace) -> int:
    configs = ConfigCache(explicit=Path(args.config) if args.config else None)
    if args.config and not Path(args.config).is_file():
        raise WirelintError(f"{args.config}: config file not found")
    mode = FixMode(fix=args.fix, diff=args.diff, unsafe=args.unsafe_fixes)
    references = load_references(args.reference) if args.reference else None

    def settings_for(path: Path) -> Settings:
        return layer(configs.settings_for(path), args)

    outcomes: list[FileOutcome] = []
    errors: list[str] = []
    packs_used: set[tuple[Path, ...]] = {()}
    if args.paths == ["-"]:
        name = args.stdin_filename or "<stdin>"
        settings = settings_for(Path(args.stdin_filename or "stdin.md").absolute())
        packs_used.add(tuple(settings.packs))
        outcomes.append(check_stdin(sys.stdin.buffer.read(), name, settings, mode, references))
    else:
        root_settings = settings_for(Path.cwd())
        files, errors = discover(args.paths, root_settings.include, root_settings.exclude,
                                 gitignore=not args.no_gitignore)
        work = [(f, str(f), settings_for(f)) for f in files]
        packs_used.update(tuple(s.packs) for _, _, s in work)
        outcomes = run_all(work, mode, references, args)
    for msg in errors:
        print(f"wirelint: error: {msg}", file=sys.stderr)
    return report(outcomes, args, mode, bool(errors), packs_used)


def run_all(work: list[tuple[Path, str, Settings]], mode: FixMode, references: list | None,
            args: argparse.Namespace) -> list[FileOutcome]:
    """Lint every file: cached results first, then the rest, in worker processes when there are many."""
    from lint.cache import ResultCache
    from lint.parallel import Progress, lint_one, run_parallel

    cache = None if args.no_cache or mode.active else ResultCache.default()
    outcomes: list[FileOutcome | None] = [cache.get(*w) if cache else None for w in work]
    todo = [i for i, o in enumerate(outcomes) if o is None]
    jobs = args.jobs or (os.cpu_count() or 1 if len(todo) >= PARALLEL_MIN_FILES else 1)
    progress = Progress(len(todo))
    try:
        if jobs > 1 and len(todo) > 1:
            done = run_parallel([work[i] for i in todo], mode, references, jobs, use_cache=cache is not None,
                                progress=progress)
        else:
            done = [lint_one(work[i], mode, references, cache, lookup=False) for i in progress.track(todo)]
    finally:
        progress.close()
    for i, outcome in zip(todo, done, strict=True):
        outcomes[i] = outcome
    return outcomes  # type: ignore[return-value]


def load_references(paths: list[str]) -> list:
    from lint.reference import load_references as load

    return load(paths)


def report(outcomes: list[FileOutcome], args: argparse.Namespace, mode: FixMode, had_errors: bool,
           packs_used: set[tuple[Path, ...]]) -> int:
    from lint.api import linter_for

    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not args.output
                                       and "NO_COLOR" not in os.environ)
    reports = [o.report for o in outcomes]
    options = RenderOptions(color=color, statistics=args.statistics,
                            rules={r.meta.code: r.meta for p in packs_used for r in linter_for(p).rules},
                            fixed={o.report.path: o.fixed for o in outcomes if o.fixed and not mode.diff})
    status = EXIT_ERROR if had_errors else EXIT_OK
    for o in outcomes:
        for msg in o.messages:
            print(f"wirelint: {msg}", file=sys.stderr)
        if o.report.error:
            print(f"wirelint: error: {o.report.error}", file=sys.stderr)
            status = EXIT_ERROR
        elif o.report.notice and not args.quiet:
            print(f"wirelint: skipped {o.report.path}: {o.report.notice}", file=sys.stderr)
    if mode.diff:
        sys.stdout.write("".join(o.diff for o in outcomes))
    elif args.paths == ["-"] and mode.fix:
        fixed = outcomes[0].fixed_text
        sys.stdout.buffer.write(fixed if fixed is not None else (outcomes[0].report.raw or b""))
        sys.stdout.flush()
    else:
        text = renderer(args.format)(reports, options)
        if args.quiet and args.format == "text":
            text = "".join(line for line in text.splitlines(keepends=True)
                           if not line.startswith(("Found ", "All clear", "Fixed ")))
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    failing = any(f.severity <= o.fail_on for o in outcomes for f in o.report.findings)
    if failing and status == EXIT_OK and not args.exit_zero:
        status = EXIT_FINDINGS
    return status
