"""``wirelint report PATHS -o FILE``: lint as ``check`` does and write the HTML report."""

from __future__ import annotations

import argparse
import sys

from lint.cli import EXIT_ERROR, EXIT_OK, build_parser


def check_arguments(args: argparse.Namespace) -> argparse.Namespace:
    """The ``check`` invocation a report stands for: same paths and config, HTML written to the output file."""
    argv = ["check", "--format", "html", "--output", args.output]
    if args.config:
        argv += ["--config", args.config]
    return build_parser().parse_args([*argv, "--", *args.paths])


def run_report(args: argparse.Namespace) -> int:
    """Lint ``args.paths`` with ``check``'s discovery, settings and cache; 0 when the report was written."""
    from lint.commands.check import run_check

    status = run_check(check_arguments(args))
    if status == EXIT_ERROR:
        return EXIT_ERROR
    print(f"wirelint: wrote {args.output}", file=sys.stderr)
    return EXIT_OK
