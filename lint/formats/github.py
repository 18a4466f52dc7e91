"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint.finding import Severity

if TYPE_CHECKING:
    from lint.api import FileReport
    from lint.formats import RenderOptions

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice", Severity.HINT: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(reports: list[FileReport], options: RenderOptions) -> str:
    out = []
    for report in reports:
        if report.doc is None:
            continue
        for f in report.findings:
            (sl, sc), (el, ec) = report.doc.position(f.start), report.doc.position(f.end)
            props = (f"file={_escape_property(report.path)},line={sl + 1},col={sc + 1},"
                     f"endLine={el + 1},endColumn={ec + 1},title={_escape_property(f.code + ' ' + f.rule)}")
            out.append(f"::{LEVEL[f.severity]} {props}::{_escape_data(f.code + ' ' + f.message)}\n")
    return "".join(out)
