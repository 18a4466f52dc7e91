"""Findings: what a rule reports, with exact ranges and an optional fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal

CATEGORIES = ("spin", "loaded", "boilerplate", "quality")
FixSafety = Literal["safe", "unsafe"]


class Severity(IntEnum):
    """LSP DiagnosticSeverity values: lower is more severe."""

    ERROR = 1
    WARNING = 2
    INFO = 3
    HINT = 4

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper().replace("INFORMATION", "INFO")]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (use error, warning, info or hint)") from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``new_text``."""

    start: int
    end: int
    new_text: str


@dataclass(slots=True)
class Finding:
    """One problem in one file. Offsets are character offsets into the document text."""

    start: int
    end: int
    code: str
    rule: str
    category: str
    severity: Severity
    message: str
    replacement: str | None = None
    fix_safety: FixSafety | None = None
    edit: Edit | None = None  # the fix; defaults to replacing [start, end) by replacement
    scope: Literal["line", "document"] = "line"
    related: tuple[int, int, str] | None = None  # (start, end, message) of a related place
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def fix(self) -> Edit | None:
        if self.edit is not None:
            return self.edit
        if self.replacement is not None and self.fix_safety:
            return Edit(self.start, self.end, self.replacement)
        return None

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)
