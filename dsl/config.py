"""Project configuration: `[tool.lov]` in pyproject.toml, or a `lov.toml`.

    [tool.lov]
    select = ["U", "D"]            # codes or prefixes to report (default: all)
    ignore = ["D003"]              # codes or prefixes never reported
    [tool.lov.severity]
    D001 = "fejl"                  # fejl | advarsel | info
    [tool.lov.thresholds]
    max_target_groups = 5
    max_special_rules = 5
    solver_timeout = 5             # seconds per solver question (K family)
    [tool.lov.words]               # extra words for the checks that read wording
    it_systems = ["Fasit"]         # named IT systems (D001)
    discretion = ["passende"]      # discretionary wording (D006)
    docs_url = "https://…/docs"    # where the code pages are published (SARIF helpUri)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Mapping

import attrs

from dsl.catalogue import CATALOGUE
from dsl.diagnostics import Diagnostic, Severity
from dsl.language import did_you_mean, t

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
    #: Where the code pages are published (SARIF's helpUri); the installed pages when None.
    docs_url: str | None = None

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


#: The keys of `[tool.lov]`, and of its sub-tables, that mean something.
KEYS = ("select", "ignore", "severity", "thresholds", "words", "docs_url")
THRESHOLDS = ("max_target_groups", "max_special_rules", "solver_timeout")
WORDS = ("it_systems", "discretion")
_SEVERITIES = tuple(s.value for s in Severity)


def _from_table(table: Mapping[str, Any], path: str) -> Config:
    """The configuration of a `[tool.lov]` table; every key and value is checked, so a typo or
    a value of the wrong kind is an error that says what is valid — never a silent default."""

    def fail(message: str) -> ConfigError:
        return ConfigError(t(f"{path}: ugyldig [tool.lov]-indstilling: {message}",
                             f"{path}: invalid [tool.lov] setting: {message}"))

    def known(key: str, valid: tuple[str, ...], where: str) -> None:
        if key not in valid:
            hint = t(*did_you_mean(key, valid, brackets=True))
            raise fail(t(f"ukendt nøgle '{key}' i {where}{hint}; gyldige: {', '.join(valid)}",
                         f"unknown key '{key}' in {where}{hint}; valid: {', '.join(valid)}"))

    def table_of(key: str) -> Mapping[str, Any]:
        value = table.get(key, {})
        if not isinstance(value, Mapping):
            raise fail(t(f"[tool.lov.{key}] skal være en tabel, fik {_kind(value)}",
                         f"[tool.lov.{key}] must be a table, got {_kind(value)}"))
        return value

    def codes(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(t(f"{key} skal være en liste af koder, fx {key} = [\"D003\"], fik {_kind(value)}",
                         f"{key} must be a list of codes, e.g. {key} = [\"D003\"], got {_kind(value)}"))
        for code in value:
            if not code or not any(c.startswith(code) for c in CATALOGUE):
                hint = t(*did_you_mean(code, CATALOGUE, brackets=True))
                raise fail(t(f"{key}: '{code}' er hverken en kode eller et præfiks af en kode{hint}",
                             f"{key}: '{code}' is neither a code nor the prefix of a code{hint}"))
        return tuple(value)

    if not isinstance(table, Mapping):
        raise fail(t(f"[tool.lov] skal være en tabel, fik {_kind(table)}", f"[tool.lov] must be a table, got {_kind(table)}"))
    for key in table:
        known(key, KEYS, "[tool.lov]")
    severities: dict[str, Severity] = {}
    for code, value in table_of("severity").items():
        if code not in CATALOGUE:
            hint = t(*did_you_mean(code, CATALOGUE, brackets=True))
            raise fail(t(f"severity: ukendt kode '{code}'", f"severity: unknown code '{code}'") + hint)
        if value not in _SEVERITIES:
            raise fail(t(f"severity.{code} skal være en af {', '.join(_SEVERITIES)}, fik {value!r}",
                         f"severity.{code} must be one of {', '.join(_SEVERITIES)}, got {value!r}"))
        severities[code] = Severity(value)
    thresholds: dict[str, int] = {}
    for key, value in table_of("thresholds").items():
        known(key, THRESHOLDS, "[tool.lov.thresholds]")
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10_000:
            raise fail(t(f"thresholds.{key} skal være et helt tal fra 0 til 10000, fik {value!r}",
                         f"thresholds.{key} must be a whole number from 0 to 10000, got {value!r}"))
        thresholds[key] = value
    words: dict[str, tuple[str, ...]] = {}
    for key, value in table_of("words").items():
        known(key, WORDS, "[tool.lov.words]")
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(t(f"words.{key} skal være en liste af ord, der ikke er tomme, fik {value!r}",
                         f"words.{key} must be a list of words that are not empty, got {value!r}"))
        words[key] = tuple(value)
    docs_url = table.get("docs_url")
    if docs_url is not None and not (isinstance(docs_url, str) and docs_url.startswith(("https://", "http://", "file://"))):
        raise fail(t(f"docs_url skal være en adresse, der begynder med https://, http:// eller file://, fik {_kind(docs_url)}",
                     f"docs_url must be an address beginning with https://, http:// or file://, got {_kind(docs_url)}"))
    return Config(codes("select"), codes("ignore"), severities, thresholds, path, words, docs_url)


def _kind(value: object) -> str:
    names = {str: ("en tekst", "a string"), bool: ("en sandhedsværdi", "a boolean"), int: ("et tal", "a number"),
             float: ("et tal", "a number"), list: ("en liste", "a list"), dict: ("en tabel", "a table")}
    name = names.get(type(value))
    return (t(*name) if name else type(value).__name__) + f" ({value!r})"


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
                raise ConfigError(t(f"{candidate}: kan ikke læses: {error}", f"{candidate}: cannot be read: {error}")) from error
            tool = data.get("tool", {})
            nested = tool.get("lov") if isinstance(tool, Mapping) else None
            # lov.toml takes the table at its top or, as in pyproject.toml, under [tool.lov].
            table = (nested if nested is not None else data) if name == "lov.toml" else nested
            if table is not None:
                return _from_table(table, str(candidate))
    return Config()
