"""The Python API: lint text or files with the built-in packs plus any configured ones.

``check_text`` is pure and picklable (plain data in, plain data out) so an archive can be linted
from any batch engine; it returns exactly what ``wirelint check --format json`` prints per file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lint.config import Settings
from lint.decode import BinaryFileError, Decoded, decode
from lint.document import Document
from lint.engine import Linter
from lint.finding import Finding
from lint.packcache import load_rules
from lint.packs import builtin_dir


@dataclass
class FileReport:
    """The outcome of linting one file (or buffer)."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    doc: Document | None = None
    decoded: Decoded | None = None
    error: str | None = None  # could not be read: counts as an error
    notice: str | None = None  # skipped on purpose (binary): a notice only
    raw: bytes | None = None


@lru_cache(maxsize=8)
def linter_for(packs: tuple[Path, ...] = ()) -> Linter:
    """The rule set: built-in packs plus the extra pack paths a config names (cached, see lint.packcache)."""
    return Linter(load_rules([builtin_dir(), *packs]))


def lint_bytes(data: bytes, path: str, settings: Settings, *, references: list[Any] | None = None,
               markdown: bool | None = None) -> FileReport:
    """Decode and lint one file's bytes."""
    try:
        decoded = decode(data, settings.encoding)
    except BinaryFileError as err:
        return FileReport(path, notice=str(err), raw=data)
    except ValueError as err:
        return FileReport(path, error=str(err), raw=data)
    doc = Document(decoded.text, path, markdown_mode=markdown)
    linter = linter_for(tuple(settings.packs))
    extra = _decode_findings(linter, doc, decoded)
    result = linter.lint(doc, settings, references=references, extra=extra)
    return FileReport(path, result.findings, result.summary, doc, decoded, raw=data)


def lint_text(text: str, path: str = "<text>.md", settings: Settings | None = None, **kw: Any) -> FileReport:
    settings = settings or Settings()
    doc = Document(text, path, markdown_mode=kw.pop("markdown", None))
    result = linter_for(tuple(settings.packs)).lint(doc, settings, **kw)
    return FileReport(path, result.findings, result.summary, doc, Decoded(text, "utf-8"))


def check_text(text: str, path: str = "<text>.md", *, select: tuple[str, ...] = (),
               ignore: tuple[str, ...] = ()) -> dict[str, Any]:
    """Lint ``text`` with the built-in rules; return the JSON object ``--format json`` prints for a file."""
    from lint.formats.json import file_object

    report = lint_text(text, path, Settings(select=tuple(select), ignore=tuple(ignore)))
    return file_object(report)


def _decode_findings(linter: Linter, doc: Document, decoded: Decoded) -> list[Finding]:
    rule = linter.by_code.get("WL001")
    if rule is None or not decoded.invalid:
        return []
    return [rule.finding(bad.char_offset, bad.char_offset + 1, encoding=decoded.encoding,
                         byte_offset=str(bad.byte_offset))
            for bad in decoded.invalid]


def file_uri(path: str) -> str:
    if path in ("-", "<stdin>") or path.startswith("<"):
        return ""
    return Path(os.path.abspath(path)).as_uri()
