"""Find the parts of a Markdown file that are not prose (code, markup, URLs, front matter).

The result is a list of ``(start, end)`` character spans. The document model blanks them out
with spaces (keeping line breaks), so every rule sees prose only while offsets still map 1:1 to
the source file.
"""

from __future__ import annotations

import regex

Span = tuple[int, int]

LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
FENCE = regex.compile(r" {0,3}(`{3,}|~{3,})")
HTML_COMMENT = regex.compile(r"<!--.*?(?:-->|\Z)", regex.S)
INLINE_CODE = regex.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", regex.S)
HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?/?>")
LINK_TARGET = regex.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
AUTOLINK = regex.compile(r"<(?:https?|mailto|ftp):[^>\s]*>")
REFERENCE_DEF = regex.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$", regex.M)
IMAGE_BANG = regex.compile(r"!(?=\[)")


def non_prose_spans(text: str) -> list[Span]:
    """Spans of a Markdown source that are code, markup, link targets or front matter."""
    spans: list[Span] = []
    lines = [(m.start(), m.end()) for m in LINE.finditer(text) if m.end() > m.start()]
    spans.extend(_block_spans(text, lines))
    for pattern in (HTML_COMMENT, INLINE_CODE, AUTOLINK, LINK_TARGET, HTML_TAG, REFERENCE_DEF, IMAGE_BANG):
        spans.extend(m.span() for m in pattern.finditer(text))
    return _merge(spans)


def _block_spans(text: str, lines: list[Span]) -> list[Span]:
    spans: list[Span] = []
    i = 0
    if lines and text[lines[0][0] : lines[0][1]].rstrip("\r\n") == "---":
        end = next((j for j in range(1, len(lines)) if _content(text, lines[j]) in ("---", "...")), None)
        if end is not None:  # front matter with no closing line is treated as prose
            spans.append((lines[0][0], lines[end][1]))
            i = end + 1
    previous_blank = True
    while i < len(lines):
        start, end = lines[i]
        line = _content(text, lines[i])
        fence = FENCE.match(line)
        if fence:
            marker = fence.group(1)
            close = next(
                (j for j in range(i + 1, len(lines))
                 if _content(text, lines[j]).strip().startswith(marker[0] * len(marker))
                 and not _content(text, lines[j]).strip().strip(marker[0])),
                len(lines) - 1,  # an unclosed fence runs to the end of the file, as in CommonMark
            )
            spans.append((start, lines[close][1]))
            i = close + 1
            previous_blank = False
            continue
        if previous_blank and (line.startswith("    ") or line.startswith("\t")) and line.strip():
            j = i
            while j < len(lines) and (not _content(text, lines[j]).strip()
                                      or _content(text, lines[j]).startswith(("    ", "\t"))):
                j += 1
            spans.append((start, lines[j - 1][1]))
            i = j
            previous_blank = True
            continue
        previous_blank = not line.strip()
        i += 1
    return spans


def _content(text: str, span: Span) -> str:
    return text[span[0] : span[1]].rstrip("\r\n")


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def blank_out(text: str, spans: list[Span]) -> str:
    """Replace each span's characters by spaces, keeping line breaks, so offsets are unchanged."""
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(regex.sub(r"[^\r\n]", " ", text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)
