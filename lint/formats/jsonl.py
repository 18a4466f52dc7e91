"""``--format jsonl``: one JSON object per diagnostic per line, with its path (streams well)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from lint.formats.json import file_object

if TYPE_CHECKING:
    from lint.api import FileReport
    from lint.formats import RenderOptions


def render(reports: list[FileReport], options: RenderOptions) -> str:
    lines = []
    for report in reports:
        obj = file_object(report)
        for diag in obj["diagnostics"]:
            lines.append(json.dumps({"path": obj["path"], **diag}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
