"""Safe Python names and literals for generated code.

A law's names become Python identifiers only after :func:`check_name` has confirmed they
match the language's name pattern; a name that is a Python keyword, starts with ``_`` (those
are kept for generated helpers) or would shadow a name the generated code itself uses gets a
``lov_`` prefix (and ``_`` suffixes until unique). Every text from a law reaches generated
code only through :func:`literal` (``repr`` of a ``str``: quotes, backslashes, line breaks,
bidirectional and other non-printable characters come out escaped).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from fractions import Fraction

from dsl.model import Value

NAME = re.compile(r"[a-zA-ZæøåÆØÅ_][a-zA-Z0-9æøåÆØÅ_]*")
LABEL = re.compile(r"§ \d+(?: [a-zæø])?(?:, stk\. \d+)?(?:, nr\. \d+)?")

# Hard keywords (fixed here rather than taken from `keyword`, so output never depends on
# the Python version that runs `lov compile`).
KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else except finally "
    "for from global if import in is lambda nonlocal not or pass raise return try while with yield".split()
)
# Every global and builtin the generated module refers to, and its public API.
RESERVED = frozenset(
    "Udfald Borger Decimal Fraction Mapping Callable Final Iterator NamedTuple Sequence cast dataclass field "
    "annotations isinstance tuple dict list str int bool object frozenset getattr len type set "
    "KeyError ValueError TypeError Exception super sorted "
    "borger skøn målgrupper forklar forklaring_tekst borger_fra_dict RESULTATER MÅLGRUPPER BEGREBER "
    "LOV_TITEL LOV_VERSION LOV_SHA256".split()
)


class CodegenError(ValueError):
    """The law cannot be compiled."""


class UnsafeName(CodegenError):
    """A name or label that must not reach generated code."""


def check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME.fullmatch(name) or not name.isidentifier():
        raise UnsafeName(f"navnet {name!r} er ikke et gyldigt navn")
    return name


def check_label(label: str) -> str:
    if not isinstance(label, str) or not LABEL.fullmatch(label):
        raise UnsafeName(f"henvisningen {label!r} er ikke en gyldig henvisning")
    return label


def python_names(names: list[str]) -> dict[str, str]:
    """Law name → Python identifier, for names in declaration order (deterministic)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    plain = {check_name(n) for n in names}
    for name in names:
        candidate = name
        if name in KEYWORDS or name in RESERVED or name.startswith("_"):
            candidate = "lov_" + name
            while candidate in taken or candidate in plain or candidate in RESERVED:
                candidate += "_"
        taken.add(candidate)
        out[name] = candidate
    return out


def tuple_literal(items: list[str] | tuple[str, ...]) -> str:
    """A tuple of strings as Python source: `()`, `('a',)`, `('a', 'b')`."""
    parts = [literal(i) for i in items]
    return "(" + parts[0] + ",)" if len(parts) == 1 else "(" + ", ".join(parts) + ")"


def literal(value: Value | None) -> str:
    """Python source for a value: exact, escaped, and never anything but a literal (or a
    ``Decimal``/``Fraction`` built from one)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, Decimal):
        return f"Decimal({str(value)!r})"
    if isinstance(value, Fraction):
        return f"Fraction({value.numerator}, {value.denominator})"
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, datetime.date):
        return f"datetime.date({value.year}, {value.month}, {value.day})"
    if isinstance(value, tuple):
        return "(" + "".join(literal(x) + ", " for x in value).rstrip(" ") + ")"
    raise TypeError(f"ingen literal for {type(value).__name__}")
