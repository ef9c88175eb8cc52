"""The English of the words the evaluators write: answers, values, dates and explanations.

:mod:`dsl.timeline` and :mod:`compiler.evaluate.prelude` write every word a person reads through
one function, ``_o``, in Danish; importing this module installs the translator that gives
their English when the current language (:mod:`dsl.language`) is English. A generated module
carries the same helpers without the translator, so it always answers in Danish. The names,
labels and texts of the law itself (`§ 101, stk. 2`, a result's description) are the law's own
words and are never translated.
"""

from __future__ import annotations

from dsl import timeline
from dsl.language import current

#: Danish text (or ``str.format`` template) → English; every text passed to ``_o`` is here
#: (tests/test_language.py reads the helpers' source to see that none is missing).
ENGLISH: dict[str, str] = {
    # values
    "ja": "yes",
    "nej": "no",
    ",": ".",
    "1 uge": "1 week",
    "{} uger": "{} weeks",
    "{}/{} uge": "{}/{} week",
    "{}/{} uger": "{}/{} weeks",
    "ca. {} uger": "about {} weeks",
    "1 måned": "1 month",
    "{} måneder": "{} months",
    "1 dag": "1 day",
    "{} dage": "{} days",
    "{} og {}": "{} and {}",
    "minus {}": "minus {}",
    "{} kr.": "DKK {}",
    "intet forløb": "no history",
    "{} fra {}": "{} from {}",
    " til {}": " to {}",
    "{}. uge": "{} weeks",
    "{}. måned": "{} months",
    "hver {} fra {}": "every {} from {}",
    # dates
    "{dag}. {måned} {år}": "{dag} {måned} {år}",
    "januar": "January", "februar": "February", "marts": "March", "april": "April", "maj": "May",
    "juni": "June", "juli": "July", "august": "August", "september": "September", "oktober": "October",
    "november": "November", "december": "December",
    " eller ": " or ",
    " (tvetydig)": " (ambiguous)",
    "tvetydig dato: {}": "ambiguous date: {}",
    "tvetydig: vinduet begynder efter {}": "ambiguous: the window begins after {}",
    # answers
    "ingen regel gælder": "no rule applies",
    "konflikt": "conflict",
    "konflikt mellem {}": "conflict between {}",
    " og ": " and ",
    "kræver skøn": "needs a judgment",
    "mangler oplysninger": "facts are missing",
    "mangler oplysningen '{}'": "the fact '{}' is missing",
    "mangler": "missing",
    "ikke angivet": "not given",
    # explanations
    "{} pr. {} = {} ({})": "{} as of {} = {} ({})",
    "  {} gælder": "  {} applies",
    "  {} gælder ikke.": "  {} does not apply.",
    "  {} er uafklaret": "  {} is undecided",
    ", men er tilsidesat af {}": ", but is overridden by {}",
    " og afgør resultatet": " and decides the result",
    " og er i konflikt": " and is in conflict",
    "  Oplysninger: ": "  Facts: ",
    "  Skøn: ": "  Judgments: ",
    "  Beregning: {}.": "  Arithmetic: {}.",
}


def translate(text: str) -> str:
    """``text`` in the current language (Danish texts not in the table stay as they are)."""
    if current() == "en":
        return ENGLISH.get(text, text)
    return text


if translate not in timeline._OVERSÆTTERE:
    timeline._OVERSÆTTERE.append(translate)
