"""``--format json``: a JSON array, one object per file, diagnostics as LSP Diagnostic objects.

This is a contract (editors and ../shared/eval/score.py read it); see the README's schema.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lint.api import file_uri

if TYPE_CHECKING:
    from lint.api import FileReport
    from lint.document import Document
    from lint.finding import Finding
    from lint.formats import RenderOptions

SCHEMA_VERSION = 1


def lsp_range(doc: Document, start: int, end: int) -> dict[str, dict[str, int]]:
    (sl, sc), (el, ec) = doc.position(start), doc.position(end)
    return {"start": {"line": sl, "character": sc}, "end": {"line": el, "character": ec}}


def diagnostic(doc: Document, f: Finding, uri: str = "") -> dict[str, Any]:
    """One finding as an LSP Diagnostic (positions in UTF-16 code units)."""
    from lint.kinds.base import DOCS_URL

    if f.scope == "document":
        rng = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
    else:
        rng = lsp_range(doc, f.start, f.end)
    data: dict[str, Any] = {"category": f.category, "rule": f.rule}
    if f.replacement is not None:
        data["replacement"] = f.replacement
    if f.fix_safety:
        data["fix_safety"] = f.fix_safety
        edit = f.fix
        if edit is not None:
            data["fix"] = {"range": lsp_range(doc, edit.start, edit.end), "newText": edit.new_text}
    if f.scope == "document":
        data["scope"] = "document"
    data.update(f.data)
    out: dict[str, Any] = {
        "range": rng,
        "severity": int(f.severity),
        "code": f.code,
        "codeDescription": {"href": DOCS_URL.format(code=f.code)},
        "source": "wirelint",
        "message": f.message,
    }
    if f.related and uri:
        rs, re_, msg = f.related
        out["relatedInformation"] = [{"location": {"uri": uri, "range": lsp_range(doc, rs, re_)}, "message": msg}]
    out["data"] = data
    return out


def file_object(report: FileReport) -> dict[str, Any]:
    uri = file_uri(report.path)
    obj: dict[str, Any] = {"path": report.path, "uri": uri}
    doc = report.doc
    obj["diagnostics"] = [diagnostic(doc, f, uri) for f in report.findings] if doc else []
    obj["summary"] = dict(report.summary)
    if report.error:
        obj["error"] = report.error
    if report.notice:
        obj["notice"] = report.notice
    return obj


def render(reports: list[FileReport], options: RenderOptions) -> str:
    return json.dumps([file_object(r) for r in reports], ensure_ascii=False, indent=1) + "\n"
