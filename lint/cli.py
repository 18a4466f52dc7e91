"""The ``wirelint`` command line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace

from lint import __version__
from lint.errors import WirelintError
from lint.finding import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITIES = ("error", "warning", "info", "hint")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wirelint", description="A linter for syndicated news copy.")
    parser.add_argument("--version", action="version", version=f"wirelint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="lint files, directories or stdin (-)")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    check.add_argument("--format", default="text", choices=["text", "json", "jsonl", "github", "sarif", "html"])
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    check.add_argument("--diff", action="store_true", help="show the fixes as a diff, write nothing")
    check.add_argument("--unsafe-fixes", action="store_true", help="also apply fixes marked unsafe")
    check.add_argument("--select", metavar="RULES", help="comma-separated codes, prefixes, categories or names")
    check.add_argument("--ignore", metavar="RULES", help="comma-separated rules to skip (added to config)")
    check.add_argument("--severity", choices=SEVERITIES, help="report findings at this severity or above")
    check.add_argument("--fail-on", choices=SEVERITIES, help="exit 1 when a finding is at this severity or above")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("--statistics", action="store_true", help="count findings per rule")
    check.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")
    check.add_argument("--stdin-filename", metavar="NAME", help="name to report (and match config) for stdin")
    check.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    check.add_argument("--include", metavar="GLOBS", help="comma-separated file globs in directories")
    check.add_argument("--exclude", metavar="GLOBS", help="comma-separated globs to skip (added to config)")
    check.add_argument("--no-gitignore", action="store_true", help="do not skip files .gitignore names")
    check.add_argument("--reference", action="append", metavar="PATH",
                       help="original wire stories (file or folder) to align spun copy against")
    check.add_argument("--quotes", choices=["skip", "report"], help="report loaded words inside quotes at hint level")
    check.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores for many files)")
    check.add_argument("--no-cache", action="store_true", help="do not read or write the result cache")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")

    rule = sub.add_parser("rule", help="explain a rule")
    rule.add_argument("code", help="a rule code or name, e.g. SP101")
    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--category", help="only this category")
    rules.add_argument("--format", choices=["text", "json", "markdown"], default="text")

    sub.add_parser("server", help="run the language server on stdio")

    report = sub.add_parser("report", help="write a self-contained HTML report")
    report.add_argument("paths", nargs="+", metavar="PATH")
    report.add_argument("-o", "--output", default="wirelint-report.html", metavar="FILE")
    report.add_argument("--config", metavar="FILE")

    cache = sub.add_parser("cache", help="manage the result cache")
    cache.add_argument("action", choices=["clean", "dir"])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "check":
            from lint.commands.check import run_check

            return run_check(args)
        if args.command in ("rule", "rules"):
            from lint.commands.explain import run_rule, run_rules

            return run_rule(args) if args.command == "rule" else run_rules(args)
        if args.command == "server":
            from lint.server import serve

            return serve()
        if args.command == "report":
            from lint.commands.report import run_report

            return run_report(args)
        if args.command == "cache":
            from lint.cache import run_cache_command

            return run_cache_command(args)
    except WirelintError as err:
        print(f"wirelint: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    return EXIT_ERROR


def split_list(value: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in (value or "").split(",") if s.strip())


def cli_settings_overrides(args: argparse.Namespace) -> dict:
    """Settings fields the command line sets (layered over each file's config)."""
    out: dict = {}
    if args.select:
        out["select"] = split_list(args.select)
    if args.severity:
        out["min_severity"] = Severity.parse(args.severity)
    if args.fail_on:
        out["fail_on"] = Severity.parse(args.fail_on)
    if args.include:
        out["include"] = split_list(args.include)
    if args.quotes:
        out["quotes"] = args.quotes
    return out


def layer(base, args: argparse.Namespace):
    """Apply command-line options on top of a file's Settings."""
    settings = replace(base, **cli_settings_overrides(args))
    if args.ignore:
        settings = replace(settings, ignore=settings.ignore + split_list(args.ignore))
    if args.exclude:
        settings = replace(settings, exclude=settings.exclude + split_list(args.exclude))
    return settings


if __name__ == "__main__":
    raise SystemExit(main())
