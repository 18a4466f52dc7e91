"""Code actions and hover for one analysed buffer.

- a quick fix per finding with a replacement (one per alternative), labelled safe or unsafe,
  the safe ones preferred;
- ``source.fixAll``: every safe fix at once, chosen by :func:`lint.fixes.apply_fixes` (the CLI's
  ``--fix`` logic, so overlapping fixes are skipped the same way);
- "suppress": the inline comment :mod:`lint.suppress` honours. On its own line above the finding
  (``<!-- wirelint: disable-next-line CODE -->`` in Markdown, the bare
  ``wirelint: disable-next-line CODE`` in plain text); an existing directive there is extended.
  Inside a Markdown paragraph an HTML comment line would split the paragraph when rendered, so
  there the comment goes at the end of the line instead (``<!-- wirelint: disable-line CODE -->``).
- hover: the rule's documentation, as ``wirelint rule CODE`` prints it.
"""

from __future__ import annotations

from typing import Any

import regex
from lsprotocol import types
from lsprotocol.converters import get_converter

from lint.api import linter_for
from lint.document import Document
from lint.finding import Edit, Finding
from lint.fixes import apply_fixes
from lint.formats.json import lsp_range
from lint.lsp.analysis import Analysis
from lint.lsp.positions import convert_range
from lint.suppress import DIRECTIVE

UNUSED_SUPPRESSION = "WL100"
FIX_ALL = types.CodeActionKind.SourceFixAll
QUICK_FIX = types.CodeActionKind.QuickFix
KINDS = [QUICK_FIX, FIX_ALL]
_converter = get_converter()


def to_diagnostic(diag: dict[str, Any]) -> types.Diagnostic:
    return _converter.structure(diag, types.Diagnostic)


def to_range(rng: dict[str, Any]) -> types.Range:
    return _converter.structure(rng, types.Range)


class ActionBuilder:
    """Builds the code actions of one request from an analysis."""

    def __init__(self, an: Analysis, encoding: str, document_changes: bool) -> None:
        self.an, self.doc, self.encoding = an, an.doc, encoding
        self.document_changes = document_changes

    # ---- building blocks ----------------------------------------------------------------------
    def range_of(self, start: int, end: int) -> types.Range:
        return to_range(convert_range(self.doc, lsp_range(self.doc, start, end), self.encoding))

    def workspace_edit(self, edits: list[Edit]) -> types.WorkspaceEdit:
        text_edits = [types.TextEdit(self.range_of(e.start, e.end), e.new_text) for e in edits]
        snap = self.an.snapshot
        if self.document_changes:
            ident = types.OptionalVersionedTextDocumentIdentifier(uri=snap.uri, version=snap.version)
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(ident, text_edits)])
        return types.WorkspaceEdit(changes={snap.uri: text_edits})

    # ---- actions --------------------------------------------------------------------------------
    def quick_fixes(self, index: int) -> list[types.CodeAction]:
        f, diag = self.an.findings[index], self.an.diagnostics[index]
        fix = f.fix
        if fix is None:
            return []
        choices = [fix]
        alternatives = diag.get("data", {}).get("replacements") or []
        if fix.new_text == f.replacement:
            choices += [Edit(fix.start, fix.end, alt) for alt in alternatives if alt != fix.new_text]
        old = self.doc.text[fix.start:fix.end]
        out = []
        for k, edit in enumerate(choices):
            if not edit.new_text:
                what = f"Remove '{_short(old)}'"
            elif old:
                what = f"Replace '{_short(old)}' with '{_short(edit.new_text)}'"
            else:
                what = f"Insert '{_short(edit.new_text)}'"
            out.append(types.CodeAction(
                title=f"{what} ({f.code}, {f.fix_safety} fix)", kind=QUICK_FIX,
                diagnostics=[to_diagnostic(diag)], edit=self.workspace_edit([edit]),
                is_preferred=f.fix_safety == "safe" and k == 0))
        return out

    def suppression(self, index: int) -> types.CodeAction | None:
        f, diag = self.an.findings[index], self.an.diagnostics[index]
        if f.code == UNUSED_SUPPRESSION:
            return None
        edit = suppression_edit(self.doc, f)
        where = "in this file" if f.scope == "document" else "on this line"
        return types.CodeAction(title=f"Suppress {f.code} {where} (inline wirelint comment)", kind=QUICK_FIX,
                                diagnostics=[to_diagnostic(diag)], edit=self.workspace_edit([edit]))

    def fix_all(self) -> types.CodeAction | None:
        outcome = apply_fixes(self.doc.text, self.an.findings)
        if not outcome.applied:
            return None
        index = {id(f): i for i, f in enumerate(self.an.findings)}
        return types.CodeAction(
            title=f"Fix all safe wirelint findings ({len(outcome.applied)})", kind=FIX_ALL,
            diagnostics=[to_diagnostic(self.an.diagnostics[index[id(f)]]) for f in outcome.applied],
            edit=self.workspace_edit([f.fix for f in outcome.applied]))

    def build(self, start: int, end: int, only: list[str] | None) -> list[types.CodeAction]:
        """Actions for the findings touching ``[start, end]`` plus fix-all, filtered by ``only``."""
        actions: list[types.CodeAction] = []
        if wanted(QUICK_FIX, only):
            for i, f in enumerate(self.an.findings):
                if touches(f, start, end):
                    actions += self.quick_fixes(i)
                    action = self.suppression(i)
                    if action is not None:
                        actions.append(action)
        if wanted(FIX_ALL, only):
            action = self.fix_all()
            if action is not None:
                actions.append(action)
        return actions


def wanted(kind: str, only: list[str] | None) -> bool:
    """LSP kinds are hierarchical: asking for ``source`` includes ``source.fixAll``."""
    return not only or any(kind == o or kind.startswith(o + ".") for o in only)


def touches(f: Finding, start: int, end: int) -> bool:
    if f.scope == "document":
        return start == 0
    return f.start <= end and start <= f.end


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wrap(doc: Document, directive: str) -> str:
    return f"<!-- {directive} -->" if doc.is_markdown else directive


def _line_break(doc: Document, line: int) -> str:
    for n in (line, line - 1):
        if 0 <= n < doc.line_count:
            brk = doc.text[doc.line_ends[n]:doc.line_next_start(n)]
            if brk:
                return brk
    return "\n"


def suppression_edit(doc: Document, f: Finding) -> Edit:
    """The edit that adds (or extends) the inline comment suppressing ``f``."""
    code = f.code
    if f.scope == "document":
        end = len(doc.text)
        brk = _line_break(doc, doc.line_count - 1)
        lead = "" if not doc.text or doc.text.endswith(("\n", "\r")) else brk
        return Edit(end, end, f"{lead}{_wrap(doc, f'wirelint: disable-file {code}')}{brk}")
    line = doc.line_of(f.start)
    existing = _extendable(doc, line)
    if existing is not None:
        return Edit(existing, existing, f", {code}")
    text = doc.line_text(line)
    start = doc.line_starts[line]
    if doc.is_markdown and _inside_paragraph(doc, line):
        end = doc.line_ends[line]
        return Edit(end, end, f" <!-- wirelint: disable-line {code} -->")
    indent = text[: len(text) - len(text.lstrip(" \t"))]
    comment = _wrap(doc, f"wirelint: disable-next-line {code}")
    return Edit(start, start, f"{indent}{comment}{_line_break(doc, line)}")


def _extendable(doc: Document, line: int) -> int | None:
    """Offset at which to append a code to a directive already covering ``line`` (None if none)."""
    text, start = doc.line_text(line), doc.line_starts[line]
    for m in DIRECTIVE.finditer(text):
        if m.group(1) == "disable-line" and m.group(2).strip():
            return start + m.end(2)
    above = line - 1
    while above >= 0 and not doc.line_text(above).strip():
        above -= 1
    if above < 0:
        return None
    text, start = doc.line_text(above), doc.line_starts[above]
    m = DIRECTIVE.search(text)
    if m and m.group(1) == "disable-next-line" and m.group(2).strip() and _only_directive(text, m):
        return start + m.end(2)
    return None


def _only_directive(text: str, m: regex.Match) -> bool:
    rest = (text[: m.start()] + text[m.end():]).replace("<!--", "").replace("-->", "")
    return not rest.strip()


def _inside_paragraph(doc: Document, line: int) -> bool:
    """Is the line a continuation line of a Markdown paragraph (a line of prose right above it)?"""
    if line == 0:
        return False
    above = doc.line_text(line - 1).strip()
    if not above or "wirelint:" in above:
        return False
    return not regex.match(r"(#{1,6}\s|[-*_]{3,}\s*$|```|~~~|<!--|\|)", above) \
        and not regex.match(r"([-*+]|\d+[.)])\s", doc.line_text(line).lstrip())


def hover_text(an: Analysis, offset: int, markdown: bool) -> tuple[str, types.Range] | None:
    """The documentation of the rules whose findings cover ``offset``, and the range to show it on."""
    from lint.commands.explain import rule_text

    hits = [i for i, f in enumerate(an.findings) if f.scope != "document" and f.start <= offset <= f.end]
    if not hits:
        return None
    rules = linter_for(tuple(an.settings.packs)).by_code
    parts = []
    for i in hits:
        f, diag = an.findings[i], an.diagnostics[i]
        rule = rules.get(f.code)
        doc = rule_text(rule) if rule is not None else ""
        url = diag.get("codeDescription", {}).get("href", "")
        if markdown:
            link = f" ([docs]({url}))" if url else ""
            parts.append(f"**{f.code}** {_escape(f.message)}{link}\n\n{_markdown(doc)}")
        else:
            parts.append(f"{f.code} {f.message}\n{url}\n\n{doc.rstrip()}")
    sep = "\n\n---\n\n" if markdown else "\n\n"
    return sep.join(parts), to_range(an.diagnostics[hits[0]]["range"])


def _markdown(text: str) -> str:
    """``wirelint rule`` text as Markdown: escaped, line breaks kept, example lines as a list."""
    out = []
    for line in text.rstrip().splitlines():
        if line.startswith("  ") and line.strip():
            out.append(f"- {_escape(line.strip())}")
        else:
            out.append(_escape(line) + ("  " if line.strip() else ""))
    return "\n".join(out)


def _escape(text: str) -> str:
    return regex.sub(r"([\\`*_\[\]<>])", r"\\\1", text)
