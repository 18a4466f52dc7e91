"""Inline suppression comments, read from the source text.

Syntax (the same in Markdown and plain text; in Markdown wrap it in an HTML comment)::

    <!-- wirelint: disable-next-line SP101 -->   the next non-blank line
    <!-- wirelint: disable-line LD -->           this line (put it at the end of the line)
    <!-- wirelint: disable SP101, LD102 -->      from here ...
    <!-- wirelint: enable -->                    ... to here
    <!-- wirelint: disable-file -->              the whole file

Codes may be codes, prefixes, categories or rule names; none (or ``all``) means every rule.
A plain-text file can write the same line without the comment markers:
``wirelint: disable-next-line SP101``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from lint.selection import selector_matches

DIRECTIVE = regex.compile(
    r"(?:<!--[ \t]*|\[)?wirelint:\s*(disable-next-line|disable-line|disable-file|disable|enable)\b"
    r"([^\r\n>\]]*?)\s*(?:-->|\]|$)",
    regex.M,
)


@dataclass(slots=True)
class Directive:
    action: str
    selectors: tuple[str, ...]  # empty: all rules
    start: int
    end: int
    line: int
    first_line: int = 0
    last_line: int = 0  # inclusive range of lines it covers
    used: bool = False
    codes_used: set[str] = field(default_factory=set)

    def covers(self, code: str, name: str, category: str) -> bool:
        return not self.selectors or any(selector_matches(s, code, name, category) for s in self.selectors)


def parse_directives(text: str, line_starts: list[int], line_of) -> list[Directive]:
    """Find every directive and the lines it covers."""
    directives: list[Directive] = []
    open_ranges: list[Directive] = []
    last_line = len(line_starts) - 1
    lines = _nonblank_lines(text, line_starts)
    for m in DIRECTIVE.finditer(text):
        action = m.group(1)
        selectors = tuple(s for s in regex.split(r"[\s,]+", m.group(2).strip()) if s and s.lower() != "all")
        line = line_of(m.start())
        d = Directive(action, selectors, m.start(), m.end(), line)
        if action == "disable-file":
            d.first_line, d.last_line = 0, last_line
        elif action == "disable-line":
            d.first_line = d.last_line = line
        elif action == "disable-next-line":
            nxt = next((n for n in lines if n > line), line + 1)
            d.first_line = d.last_line = nxt
        elif action == "disable":
            d.first_line, d.last_line = line, last_line
            open_ranges.append(d)
        elif action == "enable":
            for opened in open_ranges:
                if opened.last_line == last_line and (not selectors or set(selectors) & set(opened.selectors)
                                                      or not opened.selectors):
                    opened.last_line = line
            open_ranges = [o for o in open_ranges if o.last_line == last_line]
            continue  # an enable suppresses nothing by itself
        directives.append(d)
    return directives


def _nonblank_lines(text: str, line_starts: list[int]) -> list[int]:
    out = []
    for i, start in enumerate(line_starts):
        end = line_starts[i + 1] if i + 1 < len(line_starts) else len(text)
        if text[start:end].strip() and "wirelint:" not in text[start:end]:
            out.append(i)
    return out
