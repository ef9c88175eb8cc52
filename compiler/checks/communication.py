"""D002, D003: citizen communication is digital where possible (KL's full proposal, bilag 2.2).

- D002: a process provision (indkaldelse, meddelelse, samtale, ansøgning, afgørelse, …)
  that requires paper or physical attendance and does not allow a digital form (digital,
  telefonisk, video, selvbetjening, …) anywhere in the same provision;
- D003: an exemption from digital communication or self-service that does not follow the
  rules for digital post ("fritagelser for digital kommunikation [bør] følge de samme regler
  og principper, som gælder for digital post").

Both read the law text of a `.lov` file one text at a time (a prose provision, a text value,
a description): the allowance may stand in the sentence after the requirement, as in KL's
draft ("Samtaler afholdes som udgangspunkt som personlige samtaler. Hvis det er
hensigtsmæssigt, kan samtaler afholdes telefonisk eller digitalt.").
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterator

from compiler.checks.context import CheckContext
from compiler.checks.lawtext import TextScan, line_index
from dsl.diagnostics import Diagnostic, diagnostic

_PROCESS = re.compile(
    r"\b(?:indkald\w*|meddel\w*|samtale\w*|ansøg\w*|afgørelse\w*|partshøring\w*|klage\w*|"
    r"henvendelse\w*|tilmeld\w*|underret\w*|varsl\w*|besked\w*)",
    re.IGNORECASE,
)
_PAPER = (
    (re.compile(r"\b(?:personligt|fysisk)\s+fremmøde\b|\bmøder?\s+(?:op\s+)?personligt\b|\bved\s+fremmøde\b|"
                r"\bpersonlige?\s+samtaler?\b|\bmøde\s+op\s+i\s+jobcent\w*", re.IGNORECASE),
     "fysisk fremmøde", "physical attendance"),
    (re.compile(r"\b(?:pr\.|med|ved)\s+(?:anbefalet\s+)?brev\b|\bbrevpost\b|\bmed\s+posten\b|\bfysisk\s+post\b|"
                r"\bpå\s+papir\b|\bi\s+papirform\b|\bpapirform\b|\begenhændig\w*\s+underskr\w*", re.IGNORECASE),
     "papir", "paper"),
)
_DIGITAL = re.compile(
    r"\b(?:digital\w*|elektronisk\w*|telefonisk\w*|video\w*|online|selvbetjening\w*|selvbooking\w*|"
    r"e-?mail\w*|sms)\b",
    re.IGNORECASE,
)
_EXEMPTION = re.compile(r"\b(?:fritag\w*|undtag\w*)", re.IGNORECASE)
_DIGITAL_CHANNEL = re.compile(
    r"\b(?:digital\w*\s+(?:kommunikation|selvbetjening|kontakt)|selvbetjening\w*|selvbooking\w*|"
    r"elektronisk\w*\s+kommunikation|Jobnet\w*)",
    re.IGNORECASE,
)
_DIGITAL_POST = re.compile(r"\bdigital\s+post\b|\blov\s+om\s+digital\s+post\b", re.IGNORECASE)


def paper_requirements(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, what, what_en) of each paper or attendance requirement in a process
    provision that nowhere allows a digital form; [] otherwise."""
    if not _PROCESS.search(text) or _DIGITAL.search(text):
        return []
    found = [(m.start(), m.end(), what, en) for pattern, what, en in _PAPER for m in pattern.finditer(text)]
    return sorted(found)


def exemptions_outside_digital_post(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, channel, channel) of each exemption from a digital channel in a text that
    does not refer to the rules for digital post."""
    if _DIGITAL_POST.search(text):
        return []
    channel = _DIGITAL_CHANNEL.search(text)
    if channel is None:
        return []
    words = " ".join(channel.group(0).lower().split())
    return [(m.start(), m.end(), words, words) for m in _EXEMPTION.finditer(text)]


@functools.lru_cache(maxsize=1 << 16)
def _findings(text: str) -> tuple[tuple[tuple[int, int, str, str], ...], tuple[tuple[int, int, str, str], ...]]:
    """Both scans of one text, remembered by the text: after an edit, every text but the edited
    ones is one the last analysis read."""
    return tuple(paper_requirements(text)), tuple(exemptions_outside_digital_post(text))


def digital_communication(ctx: CheckContext) -> Iterator[Diagnostic]:
    """D002 at each paper/attendance requirement; D003 at each exemption word."""
    index = line_index(ctx.tree, ctx.text)
    for text, (paper, exemptions) in _FOUND.found(ctx.tree, ctx.text):
        for start, end, what, what_en in paper:
            yield diagnostic("D002", text.span(index, start, end), phrase=text.value[start:end], what=what,
                             what_en=what_en)
        for start, end, what, what_en in exemptions:
            yield diagnostic("D003", text.span(index, start, end), what=what, what_en=what_en)


#: Both scans of the law texts, for the texts where either found something.
_FOUND: TextScan[tuple[tuple[Any, ...], tuple[Any, ...]]] = TextScan(_findings, any)
