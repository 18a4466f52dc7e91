"""The engine: run the selected rules over one document and apply config and suppressions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from lint.config import Settings
from lint.document import Document
from lint.finding import Edit, Finding
from lint.kinds.base import RuleKind
from lint.selection import is_enabled, severity_for

if TYPE_CHECKING:
    from lint.suppress import Directive

UNUSED_SUPPRESSION = "WL100"


@dataclass
class RunContext:
    """Per-document state shared by the rules of one run."""

    settings: Settings = field(default_factory=Settings)
    summary: dict[str, Any] = field(default_factory=dict)
    references: list[Any] = field(default_factory=list)  # reference wire stories (spin alignment)

    @classmethod
    def for_examples(cls) -> RunContext:
        return cls()

    @property
    def report_quotes(self) -> bool:
        return self.settings.quotes == "report"


@dataclass
class LintResult:
    findings: list[Finding]
    summary: dict[str, Any]


class Linter:
    """A loaded rule set, ready to lint documents under any Settings."""

    def __init__(self, rules: list[RuleKind]) -> None:
        self.rules = rules
        self.by_code = {r.meta.code: r for r in rules}
        self._configured: dict[tuple, list[RuleKind]] = {}
        self._plans: dict[tuple, tuple[list[RuleKind], list[RuleKind]]] = {}

    def rules_for(self, settings: Settings) -> list[RuleKind]:
        """Rule instances with the settings' option overrides applied (cached per settings)."""
        key = settings.rule_options
        if key not in self._configured:
            rules = []
            for rule in self.rules:
                name = rule.meta.code if settings.options_for(rule.meta.code) else rule.meta.name
                opts = settings.options_for(name)
                if opts:
                    meta = replace(rule.meta, options={**rule.meta.options, **opts},
                                   source=str(settings.source or rule.meta.source),
                                   line=settings.options_line(name) if settings.source else rule.meta.line)
                    rule = type(rule)(meta, rule.base_dir)
                rules.append(rule)
            share_work(rules)
            self._configured[key] = rules
        return self._configured[key]

    def lint(self, doc: Document, settings: Settings | None = None, *, references: list[Any] | None = None,
             extra: list[Finding] | None = None) -> LintResult:
        settings = settings or Settings()
        ctx = RunContext(settings, references=references or [])
        ctx.summary.update(words=doc.word_count, narration_words=doc.narration_word_count,
                           sentences=len(doc.sentences), paragraphs=len(doc.paragraphs))
        checks, finishers = self._plan(settings)
        findings: list[Finding] = list(extra or [])
        for rule in checks:
            findings.extend(rule.check(doc, ctx))
        findings = self._drop_allowed(doc, _dedupe(findings), settings)
        for rule in finishers:
            findings = rule.finish(doc, ctx, findings)
        findings = [f for f in findings if self._enabled_code(f, settings)]
        findings = self._suppress(doc, findings, settings)
        findings = [self._with_severity(f, settings) for f in findings]
        findings = [f for f in findings if f.severity <= settings.min_severity]
        findings.sort(key=Finding.sort_key)
        return LintResult(findings, ctx.summary)

    # ---- selection and severity ----------------------------------------------------------------
    def _plan(self, settings: Settings) -> tuple[list[RuleKind], list[RuleKind]]:
        """The rules that check a document under ``settings``, and the phase-1 rules that finish
        (remembered per options and selection).

        Only categories with an enabled rule run. Within spin every rule checks, enabled or not:
        the verdict weighs every signal, shown or not. A phase-1 rule (a verdict) finishes only a
        category that ran."""
        key = (settings.rule_options, tuple(settings.select), tuple(settings.ignore))
        plan = self._plans.get(key)
        if plan is None:
            rules = self.rules_for(settings)
            active = {r.meta.category for r in rules if self._enabled(r.meta, settings)}
            checks = [r for r in rules if r.PHASE == 0 and r.meta.category in active
                      and (r.meta.category == "spin" or self._enabled(r.meta, settings))]
            finishers = [r for r in rules if r.PHASE == 1 and r.meta.category in active]
            plan = self._plans[key] = (checks, finishers)
        return plan

    @staticmethod
    def _enabled(meta: Any, settings: Settings) -> bool:
        return is_enabled(meta.code, meta.name, meta.category, settings.select, settings.ignore)

    def _enabled_code(self, f: Finding, settings: Settings) -> bool:
        return is_enabled(f.code, f.rule, f.category, settings.select, settings.ignore)

    @staticmethod
    def _with_severity(f: Finding, settings: Settings) -> Finding:
        level = severity_for(f.code, f.rule, f.category, settings.severity) if settings.severity else None
        if level is None or level == f.severity:
            return f
        return replace(f, severity=level)

    @staticmethod
    def _drop_allowed(doc: Document, findings: list[Finding], settings: Settings) -> list[Finding]:
        if not settings.allow:
            return findings
        allowed = {" ".join(a.lower().split()) for a in settings.allow}
        return [f for f in findings
                if f.scope == "document" or " ".join(doc.text[f.start:f.end].lower().split()) not in allowed]

    # ---- suppression -------------------------------------------------------------------------------
    def _suppress(self, doc: Document, findings: list[Finding], settings: Settings) -> list[Finding]:
        if "wirelint:" not in doc.text:
            return findings
        from lint.suppress import parse_directives  # only a file with a directive needs the parser

        directives = parse_directives(doc.text, doc.line_starts, doc.line_of)
        kept: list[Finding] = []
        for f in findings:
            line = doc.line_of(f.start)
            hit = next((d for d in directives if _covers(d, f, line)), None)
            if hit is None:
                kept.append(f)
            else:
                hit.used = True
        meta = self.by_code.get(UNUSED_SUPPRESSION)
        if meta is not None and is_enabled(UNUSED_SUPPRESSION, meta.meta.name, meta.meta.category,
                                           settings.select, settings.ignore):
            for d in directives:
                if not d.used:
                    what = ", ".join(d.selectors) or "all rules"
                    f = meta.finding(d.start, d.end, match=doc.text[d.start:d.end], codes=what,
                                     message=meta.meta.message.format(codes=what, action=d.action))
                    f.edit, f.fix_safety = _removal(doc, d.start, d.end), "safe"
                    kept.append(f)
        return kept


def share_work(rules: list[RuleKind]) -> None:
    """Let the rules of one kind share per-document work: a kind with a ``share(rules)`` class
    method gets its instances in this rule set, in order (the lexicon rules scan tokens once).
    Called when packs load (so the shared state is in the compiled-pack cache) and for each rule
    set the engine runs; a kind's ``share`` does nothing when the set has not changed."""
    by_kind: dict[type, list[RuleKind]] = {}
    for rule in rules:
        by_kind.setdefault(type(rule), []).append(rule)
    for kind, group in by_kind.items():
        share = getattr(kind, "share", None)
        if share is not None:
            share(group)


def _removal(doc: Document, start: int, end: int) -> Edit:
    """Remove a directive comment; its whole line when nothing else is on it."""
    line = doc.line_of(start)
    ls, le = doc.line_starts[line], doc.line_ends[line]
    if not (doc.text[ls:start] + doc.text[end:le]).strip():
        return Edit(ls, doc.line_next_start(line), "")
    while start > ls and doc.text[start - 1] in " \t":
        start -= 1
    return Edit(start, end, "")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per place: the first rule (in pack order) to report a span wins, and where
    fixable findings of one category overlap, the longest stands (its fix covers the others),
    so fixes never conflict and nothing is reported twice."""
    seen: set[tuple[int, int, str, str]] = set()
    out = []
    for f in findings:
        key = (f.start, f.end, f.category, f.scope)
        if key not in seen:
            seen.add(key)
            out.append(f)
    fixable = [f for f in out if f.fix is not None and f.scope != "document"]
    dropped: set[int] = set()
    by_category: dict[str, list[Finding]] = {}
    for f in fixable:
        by_category.setdefault(f.category, []).append(f)
    for group in by_category.values():
        kept: list[tuple[int, int]] = []  # sorted, pairwise disjoint, so their ends are sorted too
        for f in sorted(group, key=lambda f: (bool(f.data.get("weak")), -(f.end - f.start))):
            before = bisect.bisect_left(kept, (f.end,))  # kept spans starting before f ends
            if before and kept[before - 1][1] > f.start:  # the last of them reaches furthest
                dropped.add(id(f))
            else:
                bisect.insort(kept, (f.start, f.end))
    return [f for f in out if id(f) not in dropped]


def _covers(d: Directive, f: Finding, line: int) -> bool:
    in_range = d.action == "disable-file" or (f.scope != "document" and d.first_line <= line <= d.last_line)
    return in_range and d.covers(f.code, f.rule, f.category)
