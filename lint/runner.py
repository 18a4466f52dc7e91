"""Lint files from disk and apply fixes: the work behind ``wirelint check`` for one file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint import sections
from lint.api import FileReport, _decode_findings, lint_bytes, linter_for
from lint.config import Settings
from lint.decode import decode
from lint.errors import WirelintError
from lint.finding import Severity
from lint.fixes import apply_fixes, fixable
from lint.kinds.pattern import TIMED_OUT

MAX_FIX_PASSES = 4
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class FixMode:
    fix: bool = False
    diff: bool = False
    unsafe: bool = False

    @property
    def active(self) -> bool:
        return self.fix or self.diff


@dataclass
class FileOutcome:
    report: FileReport
    fixed: int = 0
    diff: str = ""
    fixed_text: bytes | None = None  # for stdin: the fixed bytes to print
    messages: list[str] = field(default_factory=list)  # notices for stderr
    fail_on: Severity = Severity.WARNING


def read_file(path: Path) -> bytes:
    """The file's bytes, at most MAX_FILE_BYTES (a pipe or device named on the command line is read
    up to that limit too, so /dev/zero cannot fill the memory)."""
    mb = 1024 * 1024
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise WirelintError(f"{path}: {size // mb} MB is over the {MAX_FILE_BYTES // mb} MB limit; skipped")
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise WirelintError(f"{path}: more than the {MAX_FILE_BYTES // mb} MB limit; skipped")
    return data


def lint_file_bytes(data: bytes, display: str, settings: Settings, references: list[Any] | None = None) -> FileReport:
    """``lint_bytes``, except that a very large text is linted in sections (see lint/sections.py)."""
    if len(data) <= sections.SECTION_CHARS:  # never more characters than bytes
        return lint_bytes(data, display, settings, references=references)
    try:
        decoded = decode(data, settings.encoding)
    except ValueError:  # binary, or an unknown encoding: reported the usual way
        return lint_bytes(data, display, settings, references=references)
    if not sections.wanted(decoded.text):
        return lint_bytes(data, display, settings, references=references)
    doc, findings, summary = sections.lint_in_sections(linter_for(tuple(settings.packs)), decoded.text, display,
                                                       decoded, settings, references, _decode_findings)
    return FileReport(display, findings, summary, doc, decoded, raw=data)


def check_file(path: Path, display: str, settings: Settings, mode: FixMode,
               references: list[Any] | None = None) -> FileOutcome:
    """Read, lint and (when asked) fix one file. Never raises for bad input: errors go in the report."""
    try:
        data = read_file(path)
    except WirelintError as err:
        return FileOutcome(FileReport(display, error=str(err)))
    except OSError as err:
        return FileOutcome(FileReport(display, error=f"{display}: {err.strerror or err}"))
    outcome = FileOutcome(lint_file_bytes(data, display, settings, references), fail_on=settings.fail_on)
    if mode.active and outcome.report.doc is not None:
        fix_outcome(outcome, settings, mode, references, write_to=path)
    return _incomplete(outcome)


def check_stdin(data: bytes, display: str, settings: Settings, mode: FixMode,
                references: list[Any] | None = None) -> FileOutcome:
    outcome = FileOutcome(lint_file_bytes(data, display, settings, references), fail_on=settings.fail_on)
    if mode.active and outcome.report.doc is not None:
        fix_outcome(outcome, settings, mode, references, write_to=None)
    return _incomplete(outcome)


def _incomplete(outcome: FileOutcome) -> FileOutcome:
    """A rule given up on this file (a pattern that ran past its time limit) makes the run an error
    that names the rule; the findings of every other rule are still reported."""
    timed_out = outcome.report.summary.get(TIMED_OUT)
    if timed_out and not outcome.report.error:
        outcome.report.error = f"{outcome.report.path}: rule " + "; rule ".join(timed_out)
    return outcome


def fix_outcome(outcome: FileOutcome, settings: Settings, mode: FixMode, references: list[Any] | None,
                write_to: Path | None) -> None:
    report = outcome.report
    if not any(fixable(f, mode.unsafe) for f in report.findings):
        if write_to is None and mode.fix:
            outcome.fixed_text = report.raw
        return
    if report.decoded is None or not report.decoded.lossless:
        outcome.messages.append(f"{report.path}: not fixed: the file has undecodable bytes (see WL001)")
        return
    original_text = report.decoded.text
    text, fixed, conflicts = original_text, 0, []
    current = report
    for _ in range(MAX_FIX_PASSES):
        result = apply_fixes(text, current.findings, unsafe=mode.unsafe)
        if not result.applied:
            conflicts = result.conflicts
            break
        fixed += len(result.applied)
        text = result.text
        conflicts = result.conflicts
        current = lint_file_bytes(report.decoded.encode(text), report.path, settings, references)
        if not any(fixable(f, mode.unsafe) for f in current.findings):
            break
    for f in conflicts:
        line = current.doc.position(f.start)[0] + 1 if current.doc else 0
        outcome.messages.append(f"{report.path}:{line}: {f.code} fix not applied: it overlaps another fix")
    new_bytes = report.decoded.encode(text)
    outcome.fixed = fixed
    if mode.diff:
        import difflib  # --diff only: kept off the start-up path

        outcome.diff = "".join(difflib.unified_diff(
            original_text.splitlines(keepends=True), text.splitlines(keepends=True),
            fromfile=f"a/{report.path}", tofile=f"b/{report.path}"))
        return
    if write_to is None:
        outcome.fixed_text = new_bytes
    elif fixed:
        try:
            from lint.writer import atomic_write  # --fix only: kept off the start-up path

            atomic_write(write_to, new_bytes, report.raw or b"")
        except WirelintError as err:
            outcome.messages.append(str(err))
            outcome.fixed = 0
            return
    outcome.report = current
