"""The rules behind a report: their metadata, and their ``wirelint rule CODE`` text rendered in the page."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from lint.report.markup import esc, slug

if TYPE_CHECKING:
    from lint.kinds.base import RuleMeta


def rule_anchor(code: str) -> str:
    """The id of a rule's documentation inside the page."""
    return f"rule-{slug(code)}"


class RuleBook:
    """Rule metadata by code: what the run used (``RenderOptions.rules``), else the built-in packs."""

    def __init__(self, metas: dict[str, RuleMeta] | None = None) -> None:
        from lint.api import linter_for

        self._builtin = {r.meta.code: r for r in linter_for().rules}
        self._metas = dict(metas or {})

    def rule(self, code: str) -> Any | None:
        """The rule (or a stand-in with ``meta``) behind ``code``, or None when unknown."""
        meta = self._metas.get(code)
        builtin = self._builtin.get(code)
        if builtin is not None and (meta is None or meta == builtin.meta):
            return builtin
        return SimpleNamespace(meta=meta) if meta is not None else None

    def meta(self, code: str) -> RuleMeta | None:
        rule = self.rule(code)
        return rule.meta if rule is not None else None

    def spin_threshold(self) -> float | None:
        """The score at which the spin verdict turns positive, as the verdict rule is configured."""
        from lint.kinds.verdict import VerdictKind

        metas = [r.meta for r in self._builtin.values()] + list(self._metas.values())
        for meta in metas:
            if meta.kind == "verdict" and meta.options.get("summary_key", "spin") == "spin":
                return float(meta.options.get("threshold", VerdictKind.OPTIONS["threshold"]))
        return None

    def text(self, code: str) -> str:
        """What ``wirelint rule CODE`` prints."""
        from lint.commands.explain import rule_text

        rule = self.rule(code)
        return rule_text(rule) if rule is not None else f"{code}\n\nNo documentation: the rule is not loaded.\n"


_INLINE_CODE = re.compile(r"`([^`\n]+)`")


def _inline(text: str) -> str:
    """Escaped text with `backticked` spans as <code>."""
    parts = _INLINE_CODE.split(text)
    return "".join(f"<code>{esc(p)}</code>" if i % 2 else esc(p) for i, p in enumerate(parts))


def doc_html(code: str, text: str) -> str:
    """One rule's documentation text as an article: heading, paragraphs, the lexicon sample as a list."""
    lines = text.rstrip("\n").split("\n")
    out = [f'<article class="rule" id="{rule_anchor(code)}" tabindex="-1">',
           f"<h3>{esc(lines[0])}</h3>"]
    block: list[str] = []

    def flush() -> None:
        if not block:
            return
        listed = [ln for ln in block if ln.startswith("  ")]
        prose = [ln for ln in block if not ln.startswith("  ")]
        if prose:
            meta = prose[0].startswith(("category:", "pack:"))
            joiner = "<br>" if meta else " "
            cls = ' class="meta"' if meta else ""
            out.append(f"<p{cls}>{joiner.join(_inline(ln.strip()) for ln in prose)}</p>")
        if listed:
            out.append('<ul class="lex">' + "".join(f"<li>{_inline(ln.strip())}</li>" for ln in listed) + "</ul>")
        block.clear()

    for line in lines[1:]:
        if line.strip():
            block.append(line)
        else:
            flush()
    flush()
    out.append('<p class="back"><a href="#top">Back to the top</a></p></article>')
    return "\n".join(out)


def docs_section(book: RuleBook, codes: list[str]) -> str:
    """The section with the documentation of every rule the report mentions."""
    if not codes:
        return ""
    articles = "\n".join(doc_html(code, book.text(code)) for code in sorted(set(codes)))
    return ('<section class="rules" id="rules" aria-labelledby="rules-h">\n'
            '<h2 id="rules-h">Rules in this report</h2>\n'
            f'<p class="lead">What <code>wirelint rule CODE</code> says about each rule found above.</p>\n'
            f"{articles}\n</section>")
