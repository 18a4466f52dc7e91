"""Lint a very large file in sections, so memory stays bounded while time stays linear.

The document model keeps a token object per word: about 90 bytes of memory per byte of text, so
a 50 MB file needed 6.9 GB. A text over SECTION_CHARS characters is cut into sections at
paragraph breaks (blank lines) outside Markdown code and markup, else at line breaks, else at
spaces; each section is linted as a document of its own and the findings are moved back to
offsets in the whole file, so ranges, fixes and output are exactly as for one document.

What changes: whole-document rules (readability, verdicts, consistency) judge each section on its
own, and the summary adds up the counts ("sections" says how many). A file that holds
``wirelint:`` directives is never cut (a disable/enable block must see the whole file).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from lint import markdown
from lint.decode import Decoded, InvalidByte
from lint.document import Document
from lint.finding import Edit, Finding

SECTION_CHARS = 1_000_000  # about 170 MB of memory per MB of text in one document
BREAKS = ("\n\n", "\r\n\r\n", "\r\r", "\n", "\r", " ")  # best first
ADDITIVE = ("words", "narration_words", "sentences", "paragraphs")


def wanted(text: str) -> bool:
    return len(text) > SECTION_CHARS and "wirelint:" not in text


def section_bounds(text: str, is_markdown: bool, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each section; they tile the text. A code block longer than half a section
    may still be cut (the part after the cut is then read as prose)."""
    size = size or SECTION_CHARS
    blocked = markdown.non_prose_spans(text) if is_markdown and len(text) > size else []
    block_starts = [a for a, _ in blocked]

    def blocker(cut: int) -> int | None:
        """Where to search on from if ``cut`` is no place to cut (inside markup, or inside a CRLF)."""
        i = bisect.bisect_right(block_starts, cut) - 1
        if i >= 0 and blocked[i][0] < cut < blocked[i][1]:
            return blocked[i][0]
        if text[cut - 1 : cut + 1] == "\r\n":
            return cut - 1
        return None

    bounds, pos = [], 0
    while len(text) - pos > size:
        lo, limit = pos + size // 2, pos + size
        cut = None
        for sep in BREAKS:
            hi = limit
            while cut is None and hi > lo:
                k = text.rfind(sep, lo, hi)
                if k == -1:
                    break
                back = blocker(k + len(sep))
                if back is None:
                    cut = k + len(sep)
                else:
                    hi = min(back, k + len(sep) - 1)
            if cut is not None:
                break
        if cut is None:  # no break of any kind in half a section: cut anyway, never inside a CRLF
            cut = limit + 1 if text[limit - 1 : limit + 1] == "\r\n" else limit
        bounds.append((pos, cut))
        pos = cut
    bounds.append((pos, len(text)))
    return bounds


def lint_in_sections(linter: Any, text: str, path: str, decoded: Decoded, settings: Any,
                     references: list[Any] | None, decode_findings: Any) -> tuple[Document, list[Finding], dict]:
    """Lint ``text`` section by section: (the whole document, findings in its offsets, summary)."""
    whole = Document(text, path)
    findings: list[Finding] = []
    summaries: list[dict[str, Any]] = []
    for start, end in section_bounds(text, whole.is_markdown):
        part = Document(text[start:end], path, markdown_mode=whole.is_markdown)
        invalid = [InvalidByte(b.byte_offset, b.char_offset - start, b.length)
                   for b in decoded.invalid if start <= b.char_offset < end]
        extra = decode_findings(linter, part, Decoded(part.text, decoded.encoding, decoded.bom, invalid))
        result = linter.lint(part, settings, references=references, extra=extra)
        findings.extend(shifted(f, start) for f in result.findings)
        summaries.append(result.summary)
    findings.sort(key=Finding.sort_key)
    return whole, findings, merged_summary(summaries)


def shifted(f: Finding, by: int) -> Finding:
    """The finding with every offset moved ``by`` characters."""
    if not by:
        return f
    edit = Edit(f.edit.start + by, f.edit.end + by, f.edit.new_text) if f.edit is not None else None
    related = (f.related[0] + by, f.related[1] + by, f.related[2]) if f.related else None
    return replace(f, start=f.start + by, end=f.end + by, edit=edit, related=related)


def merged_summary(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts added up; every other figure from the section with the most words."""
    if not summaries:
        return {}
    largest = max(summaries, key=lambda s: s.get("words", 0))
    out = dict(largest)
    for key, value in largest.items():
        if isinstance(value, int) and not isinstance(value, bool) and (key in ADDITIVE or key.endswith("_signals")):
            out[key] = sum(s.get(key, 0) for s in summaries)
    out["sections"] = len(summaries)
    return out
