"""Project configuration: `[tool.lov]` in pyproject.toml, or a `lov.toml`.

    [tool.lov]
    select = ["U", "D"]            # codes or prefixes to report (default: all)
    ignore = ["D003"]              # codes or prefixes never reported
    [tool.lov.severity]
    D001 = "fejl"                  # fejl | advarsel | info
    [tool.lov.thresholds]
    max_target_groups = 5
    max_special_rules = 5
    [tool.lov.words]               # extra words for the checks that read wording
    it_systems = ["Fasit"]         # named IT systems (D001)
    discretion = ["passende"]      # discretionary wording (D006)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Mapping

import attrs

from dsl.diagnostics import Diagnostic, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class ConfigError(Exception):
    """The configuration file cannot be read or has a value of the wrong kind."""


@attrs.frozen
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = attrs.field(factory=dict)
    thresholds: Mapping[str, int] = attrs.field(factory=dict)
    path: str | None = None
    words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)

    def threshold(self, name: str, default: int) -> int:
        return int(self.thresholds.get(name, default))

    def extra_words(self, name: str) -> tuple[str, ...]:
        """Words a project adds to a check's built-in list (`[tool.lov.words]`)."""
        return tuple(self.words.get(name, ()))

    def apply(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """Drop deselected codes and apply configured severities."""
        out = []
        for d in diagnostics:
            if self.select and not any(d.code.startswith(s) for s in self.select):
                continue
            if any(d.code.startswith(s) for s in self.ignore):
                continue
            override = self.severity.get(d.code)
            out.append(d.with_severity(override) if override else d)
        return out


def _from_table(table: Mapping[str, Any], path: str) -> Config:
    try:
        severities = {code: Severity(value) for code, value in dict(table.get("severity", {})).items()}
        return Config(
            select=tuple(str(s) for s in table.get("select", ())),
            ignore=tuple(str(s) for s in table.get("ignore", ())),
            severity=severities,
            thresholds={k: int(v) for k, v in dict(table.get("thresholds", {})).items()},
            path=path,
            words={k: _strings(v) for k, v in dict(table.get("words", {})).items()},
        )
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{path}: ugyldig [tool.lov]-indstilling: {error}") from error


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"forventede en liste af tekster, fik {value!r}")
    return tuple(value)


def load_config(start: str | Path = ".") -> Config:
    """The nearest `lov.toml` or `pyproject.toml` with `[tool.lov]`, searching upwards."""
    here = Path(start).resolve()
    for directory in [here, *here.parents]:
        for name in ("lov.toml", "pyproject.toml"):
            candidate = directory / name
            if not candidate.is_file():
                continue
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
                raise ConfigError(f"{candidate}: kan ikke læses: {error}") from error
            table = data if name == "lov.toml" else data.get("tool", {}).get("lov")
            if table is not None:
                return _from_table(table, str(candidate))
    return Config()
