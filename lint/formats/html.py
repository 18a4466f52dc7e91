"""``--format html``: one self-contained HTML page (see lint/report/ for its pieces)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint.report.page import build_page
from lint.report.ruledocs import RuleBook

if TYPE_CHECKING:
    from lint.api import FileReport
    from lint.formats import RenderOptions


def render(reports: list[FileReport], options: RenderOptions) -> str:
    return build_page(reports, RuleBook(options.rules))
