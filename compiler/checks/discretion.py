"""D006: discretion in a rule is marked `skøn` (KL's full proposal, bilag 2.2).

"Det er vigtigt i en digitaliserbar lovgivning hele tiden at vurdere, hvor der kan
digitaliseres/automatiseres, og hvor professionelle skøn er nødvendige." In a `.lov` file
a judgment is marked: `skøn "…"` in the condition, or a `begreb` with `kilde skøn "…"`. A
fact whose name or description uses discretionary wording (hensigtsmæssig, efter behov,
konkret/individuel vurdering, rimelig, væsentlig, særlige tilfælde, langvarig, …) but comes
from a register or the citizen makes an evaluator guess where the law wants a caseworker's
judgment. The check reads every fact used in a rule (condition or value) and in a target
group's condition, and reports each use. Prose is not executed and is not read.
"""

from __future__ import annotations

import re
from typing import Iterator

from compiler.checks.context import CheckContext
from dsl import model as m
from dsl.diagnostics import Diagnostic, diagnostic
from dsl.kinds import SourceKind

DISCRETION = (
    r"u?hensigtsmæssig\w*", r"efter\s+behov", r"konkret\w*\s+(?:individuel\w*\s+)?vurdering\w*",
    r"individuel\w*\s+vurdering\w*", r"u?rimelig\w*", r"væsentlig\w*", r"særlig\w*\s+tilfælde\w*",
    r"særlig\w*\s+omstændighed\w*", r"særlig\w*\s+forhold\w*", r"særlig\w*\s+grund\w*", r"langvarig\w*",
    r"tilstrækkelig\w*", r"forsvarlig\w*", r"passende", r"skønne[st]?", r"vurderes",
)


def discretion_pattern(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    words = [*DISCRETION, *(re.escape(w) for w in extra)]
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")(?![\w])", re.IGNORECASE)


def discretionary_word(concept: m.Concept, pattern: re.Pattern[str]) -> str | None:
    """The discretionary wording of an unmarked concept, or None."""
    if concept.source is not None and concept.source.kind is SourceKind.JUDGMENT:
        return None
    for text in (concept.name.replace("_", " "), concept.description or ""):
        match = pattern.search(text)
        if match:
            return " ".join(match.group(0).split())
    return None


def unmarked_discretion(ctx: CheckContext) -> Iterator[Diagnostic]:
    """D006 at each use of a fact whose wording is a judgment that is not marked skøn."""
    pattern = discretion_pattern(ctx.config.extra_words("discretion"))
    words = {name: word for name, concept in ctx.law.concepts.items()
             if (word := discretionary_word(concept, pattern))}
    if not words:  # the common case: no expression need be walked
        return
    for part in m.law_expressions(ctx.law):
        for e in m.walk(part):
            if isinstance(e, m.Fact) and e.name in words:
                yield diagnostic("D006", e.span, name=e.name, word=words[e.name])
