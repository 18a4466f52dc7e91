"""How each finding category is shown: name, one-letter tag, the cue that does not rely on colour."""

from __future__ import annotations

from dataclasses import dataclass

from lint.finding import CATEGORIES
from lint.report.markup import slug


@dataclass(frozen=True)
class Look:
    label: str
    letter: str
    cue: str  # the non-colour cue, in words (the legend says it)
    about: str


LOOKS = {
    "spin": Look("Spin", "S", "wavy line",
                 "wording a synonym spinner produced; the wire wording is shown beside it"),
    "loaded": Look("Loaded", "L", "double line", "language that judges, labels or promotes in the writer's voice"),
    "boilerplate": Look("Boilerplate", "B", "struck through", "scraped page furniture: navigation, share counters, "
                        "rights and photo lines"),
    "quality": Look("Quality", "Q", "dotted line", "spelling, consistency, typography and layout"),
}


def look(category: str) -> Look:
    return LOOKS.get(category) or Look(category.title(), category[:1].upper() or "?", "dashed line", category)


def css_class(category: str) -> str:
    """``c-spin`` etc.; categories a custom pack invents share the ``c-other`` style."""
    return f"c-{category}" if category in LOOKS else f"c-other c-{slug(category)}"


def ordered(categories: set[str]) -> list[str]:
    """The built-in categories in their usual order, then any others alphabetically."""
    return [c for c in CATEGORIES if c in categories or c in LOOKS] + sorted(categories - set(CATEGORIES))
