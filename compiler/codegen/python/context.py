"""What the code generator's parts share: Python names for the law's names, and the
module-level constants (outcomes, exact amounts and fractions) the functions refer to."""

from __future__ import annotations

import datetime

from compiler.codegen.names import (
    check_label,
    check_name,
    literal,
    python_names,
    tuple_literal,
)
from dsl import model as m
from dsl.kinds import OutcomeKind, TypeKind
from dsl.model import Value

PY_TYPES = {
    TypeKind.INTEGER: "int",
    TypeKind.BOOLEAN: "bool",
    TypeKind.AMOUNT: "Decimal",
    TypeKind.WEEKS: "int | Fraction",
    TypeKind.TEXT: "str",
    TypeKind.CHOICE: "str",
    TypeKind.DATE: "datetime.date",
    TypeKind.HISTORY: "tuple[Periode, ...]",
    TypeKind.CADENCE: "tuple[datetime.date, int | Fraction, int | None]",
}


def labels(rules: tuple[str, ...] | list[str]) -> str:
    """A tuple of labels as Python source."""
    return tuple_literal(rules)


class Context:
    """Names and constants of one generated module."""

    def __init__(self, law: m.Law) -> None:
        self.law = law
        order = [*law.concepts, *law.groups, *law.results]
        self.py = python_names(order)
        self.bit = {name: 1 << i for i, name in enumerate(law.concepts)}
        # Set only while explaining (the fact reader's ``_mangler`` is -1): takes the exact path.
        self.explaining = 1 << len(law.concepts)
        self.constants: dict[str, str] = {}  # source of the constant → its name
        self.comments: dict[str, str] = {}  # constant name → comment
        self._counts: dict[str, int] = {}
        for group in law.groups.values():
            check_name(group.name)
        for res in law.results.values():
            for rule in res.rules:
                check_label(rule.label)
                for g in rule.groups:
                    check_name(g)

    def constant(self, prefix: str, source: str, comment: str = "") -> str:
        """The name of a module constant with this source (one per distinct source)."""
        if source not in self.constants:
            self._counts[prefix] = self._counts.get(prefix, 0) + 1
            name = f"_{prefix}{self._counts[prefix]}"
            self.constants[source] = name
            self.comments[name] = comment
        return self.constants[source]

    def value(self, value: Value) -> str:
        """A value in an expression: a literal, or a constant for amounts and fractions."""
        if isinstance(value, (bool, int, str)) or value is None:
            return literal(value)
        if isinstance(value, datetime.date):
            return self.constant("D", literal(value), value.isoformat())
        return self.constant("K", literal(value))

    def options(self, values: tuple[str, ...]) -> str:
        """The values a time count reads, as a module constant (None: every value)."""
        return self.constant("V", f"frozenset({tuple_literal(values)})") if values else "None"

    def outcome(self, kind: OutcomeKind, value: Value | None = None, rules: tuple[str, ...] = (),
                judgment: str | None = None, missing: str | None = None) -> str:
        """The name of a constant outcome."""
        for label in rules:
            if not label.startswith("målgruppe "):
                check_label(label)
        if missing is not None:
            check_name(missing)
        src = (
            f"Udfald({literal(kind)}, {self.value(value) if value is not None else 'None'}, {labels(rules)}, "
            f"{literal(judgment)}, {literal(missing)})"
        )
        prefix = {OutcomeKind.VALUE: "V", OutcomeKind.MISSING: "M", OutcomeKind.JUDGMENT: "S"}.get(kind, "O")
        return self.constant(prefix, src, ", ".join(rules))

    def group_label(self, group: m.TargetGroup) -> str:
        return f"målgruppe {int(group.number)} {check_name(group.name)}"

    def fact(self, name: str) -> str:
        return self.py[check_name(name)]

    def result_type(self, name: str) -> str:
        return PY_TYPES[self.law.results[name].type.kind]
