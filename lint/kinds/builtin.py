"""Findings the engine itself makes (decoding problems, unused suppressions).

The rules exist in ``rules/core.toml`` so they have codes, documentation and config like any
other; their ``check`` reports nothing because the engine raises them directly.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.document import Document
from lint.engine import RunContext
from lint.finding import Finding
from lint.kinds.base import RuleKind


class BuiltinKind(RuleKind):
    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        return iter(())


KIND = BuiltinKind
