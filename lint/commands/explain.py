"""``wirelint rule CODE`` and ``wirelint rules``: documentation from the same data the rules run on."""

from __future__ import annotations

import argparse
import json

from lint.api import linter_for
from lint.errors import WirelintError
from lint.kinds.base import RuleKind


def find_rule(key: str) -> RuleKind:
    linter = linter_for()
    for rule in linter.rules:
        if key.upper() == rule.meta.code or key == rule.meta.name:
            return rule
    raise WirelintError(f"no rule {key!r}; `wirelint rules` lists them")


def rule_text(rule: RuleKind) -> str:
    m = rule.meta
    fix = {"safe": "safe fix available", "unsafe": "fix available (unsafe: needs --unsafe-fixes)"}.get(
        m.fix or "", "no automatic fix")
    lines = [f"{m.code} {m.name}", "", m.summary, "",
             f"category: {m.category}   default severity: {m.severity.label}   kind: {m.kind}   {fix}",
             f"pack: {m.pack} ({m.source})", "", m.doc]
    entries = getattr(rule, "entries", None)
    if entries:
        lines += ["", f"Lexicon: {len(entries)} entries, for example:"]
        for e in entries[:8]:
            arrow = f" -> {', '.join(e.replacements)}" if e.replacements else ""
            lines.append(f"  {e.phrase}{arrow}" + (f"   ({e.note})" if e.note else ""))
    return "\n".join(lines) + "\n"


def run_rule(args: argparse.Namespace) -> int:
    print(rule_text(find_rule(args.code)), end="")
    return 0


def run_rules(args: argparse.Namespace) -> int:
    rules = [r for r in linter_for().rules if not args.category or r.meta.category == args.category]
    if args.format == "json":
        print(json.dumps([{"code": r.meta.code, "name": r.meta.name, "category": r.meta.category,
                           "severity": r.meta.severity.label, "fix": r.meta.fix or "none", "kind": r.meta.kind,
                           "summary": r.meta.summary} for r in rules], indent=1))
    elif args.format == "markdown":
        print("| code | name | category | severity | fix | summary |\n|---|---|---|---|---|---|")
        for r in rules:
            m = r.meta
            print(f"| {m.code} | {m.name} | {m.category} | {m.severity.label} | {m.fix or '-'} | {m.summary} |")
    else:
        for r in rules:
            m = r.meta
            mark = "[*]" if m.fix == "safe" else "[~]" if m.fix == "unsafe" else "   "
            print(f"{m.code}  {mark} {m.name:32s} {m.category:12s} {m.summary}")
    return 0
