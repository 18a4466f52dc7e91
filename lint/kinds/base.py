"""The contract every rule kind implements, and the metadata every rule carries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from lint.errors import DataError
from lint.finding import Finding, FixSafety, Severity

if TYPE_CHECKING:
    from lint.document import Document
    from lint.engine import RunContext

DOCS_URL = "https://wirelint.readthedocs.io/en/latest/rules/{code}/"


@dataclass(slots=True)
class RuleMeta:
    """What a pack says about a rule, independent of its kind."""

    code: str
    name: str
    kind: str
    category: str
    severity: Severity
    fix: FixSafety | None
    message: str
    summary: str
    doc: str
    pack: str
    source: str
    line: int
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return DOCS_URL.format(code=self.code)


@dataclass(slots=True)
class Example:
    """An example a rule carries in its data; checked when the pack loads."""

    text: str
    should_match: bool
    source: str
    line: int
    what: str
    subject: Any = None  # the data entry the example belongs to, when the kind can test it alone


class RuleKind:
    """Base class: a rule kind reads a :class:`Document` and yields :class:`Finding` objects.

    Subclasses declare ``OPTIONS`` (name -> default; the default's type is the option's type)
    and implement :meth:`check`. ``PHASE = 1`` kinds run after all others and receive the
    findings so far (used by the document verdict).
    """

    OPTIONS: ClassVar[dict[str, Any]] = {}
    PHASE: ClassVar[int] = 0

    def __init__(self, meta: RuleMeta, base_dir: Path) -> None:
        self.meta = meta
        self.base_dir = base_dir
        self.options = self.validate_options(meta.options, meta.source, meta.line)
        self.setup()

    # ---- hooks for subclasses --------------------------------------------------------------
    def setup(self) -> None:
        """Load data files named by options."""

    def check(self, doc: Document, ctx: RunContext) -> Iterable[Finding]:
        raise NotImplementedError

    def finish(self, doc: Document, ctx: RunContext, findings: list[Finding]) -> list[Finding]:
        """Phase-1 kinds: see every finding and return the list to keep (plus new ones)."""
        return findings

    def examples(self) -> Iterable[Example]:
        """Examples from the rule's data, checked at load time."""
        return ()

    def example_holds(self, example: Example) -> bool:
        """Does the example behave as it says? Kinds may test the example's own entry only."""
        return self.example_matches(example.text) == example.should_match

    def example_matches(self, text: str) -> bool:
        """Does this rule report anything on ``text`` (used to check examples)?"""
        from lint.document import Document
        from lint.engine import RunContext

        doc = Document(text, "<example>.txt")
        return any(True for _ in self.check(doc, RunContext.for_examples()))

    # ---- helpers -----------------------------------------------------------------------------
    @classmethod
    def validate_options(cls, given: dict[str, Any], source: str, line: int) -> dict[str, Any]:
        options = dict(cls.OPTIONS)
        for key, value in given.items():
            if key not in cls.OPTIONS:
                known = ", ".join(sorted(cls.OPTIONS)) or "none"
                raise DataError(source, line, f"unknown option {key!r} for this rule kind (known: {known})")
            default = cls.OPTIONS[key]
            if default is not None and not _same_type(default, value):
                raise DataError(source, line, f"option {key!r} must be {type(default).__name__}, got {value!r}")
            options[key] = value
        return options

    def data_path(self, relative: str) -> Path:
        return self.base_dir / relative

    def finding(
        self,
        start: int,
        end: int,
        *,
        match: str = "",
        replacements: tuple[str, ...] | list[str] = (),
        note: str = "",
        severity: Severity | None = None,
        unsafe: bool = False,
        message: str | None = None,
        **extra: Any,
    ) -> Finding:
        """Build a finding with this rule's code, category and message template filled in."""
        meta = self.meta
        replacement = replacements[0] if replacements else None
        text = message or meta.message.format(
            match=match,
            replacement=replacement or "",
            replacements=" or ".join(replacements),
            note=note,
            **{k: v for k, v in extra.items() if isinstance(v, str | int | float)},
        )
        safety: FixSafety | None = None
        if replacement is not None and meta.fix:
            safety = "unsafe" if (unsafe or len(replacements) > 1 or meta.fix == "unsafe") else "safe"
        return Finding(
            start, end, meta.code, meta.name, meta.category, severity or meta.severity, text,
            replacement=replacement, fix_safety=safety,
            data={"replacements": list(replacements)} if len(replacements) > 1 else {},
        )


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, type(default)) and not (isinstance(value, bool) and not isinstance(default, bool))
