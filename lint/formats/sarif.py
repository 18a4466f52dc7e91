"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lint import __version__
from lint.api import file_uri
from lint.finding import Severity

if TYPE_CHECKING:
    from lint.api import FileReport
    from lint.formats import RenderOptions

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note", Severity.HINT: "note"}


def render(reports: list[FileReport], options: RenderOptions) -> str:
    used = sorted({f.code for r in reports for f in r.findings})
    rule_index = {code: i for i, code in enumerate(used)}
    rules = []
    for code in used:
        meta = options.rules.get(code)
        entry: dict[str, Any] = {"id": code}
        if meta is not None:
            entry.update(name=meta.name, shortDescription={"text": meta.summary},
                         fullDescription={"text": meta.doc}, helpUri=meta.url,
                         defaultConfiguration={"level": LEVEL[meta.severity]},
                         properties={"category": meta.category})
        rules.append(entry)
    results = []
    for report in reports:
        if report.doc is None:
            continue
        uri = file_uri(report.path) or report.path
        for f in report.findings:
            (sl, sc), (el, ec) = report.doc.position(f.start), report.doc.position(f.end)
            result: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": rule_index[f.code],
                "level": LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {"startLine": sl + 1, "startColumn": sc + 1, "endLine": el + 1, "endColumn": ec + 1},
                }}],
                "properties": {"category": f.category, "rule": f.rule},
            }
            edit = f.fix
            if edit is not None:
                (a, b), (c, d) = report.doc.position(edit.start), report.doc.position(edit.end)
                result["fixes"] = [{
                    "description": {"text": f"Replace with {edit.new_text!r} ({f.fix_safety} fix)"},
                    "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [{
                        "deletedRegion": {"startLine": a + 1, "startColumn": b + 1,
                                          "endLine": c + 1, "endColumn": d + 1},
                        "insertedContent": {"text": edit.new_text},
                    }]}],
                }]
            results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "wirelint", "version": __version__, "semanticVersion": __version__,
                                "informationUri": "https://github.com/wirelint/wirelint", "rules": rules}},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"
