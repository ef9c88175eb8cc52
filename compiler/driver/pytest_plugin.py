"""pytest plugin: every `testsag` in a collected `.lov` file becomes a test item.

Installed with the package (entry point ``pytest11``), but **opt-in**: it collects only when
pytest runs with ``--lov`` or the ini option ``lov_testsag = true`` (e.g. in
``[tool.pytest.ini_options]``). So a project's own `pytest` run does not suddenly collect
.lov files it did not ask for; vendors add ``addopts = "--lov"`` and list the law directory
in ``testpaths``.

Each case runs through the generated evaluator module (compiled in memory, once per file);
with ``--lov-fortolker`` also through the reference interpreter. A failure shows one line per
failed `forvent` with the expected and actual outcome and the explanation, like `lov test`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from compiler.codegen.load import compile_law
from compiler.evaluate.backends import Backend, InterpreterBackend, ModuleBackend
from compiler.evaluate.cases import run_cases
from compiler.pipeline import LawError, load_law
from dsl import model as m
from dsl.render import render_text


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("lov", "testsager i .lov-filer")
    group.addoption("--lov", action="store_true", default=False, help="Saml testsager fra .lov-filer.")
    group.addoption("--lov-fortolker", action="store_true", default=False,
                    help="Kør også testsagerne med referencefortolkeren.")
    parser.addini("lov_testsag", "Saml testsager fra .lov-filer (true/false).", type="bool", default=False)


def _enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("--lov") or config.getini("lov_testsag"))


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".lov" and _enabled(parent.config):
        return LovFile.from_parent(parent, path=file_path)
    return None


class LovFile(pytest.File):
    """A .lov file: one item per test case (and per evaluator)."""

    def collect(self) -> Iterator[pytest.Item]:
        try:
            law = load_law(str(self.path))
        except LawError as error:
            report = render_text(error.diagnostics, {str(self.path): error.text})
            yield LovBroken.from_parent(self, name="loven har fejl", report=report)
            return
        backends: list[Backend] = [ModuleBackend(compile_law(law))]
        if self.config.getoption("--lov-fortolker"):
            backends.append(InterpreterBackend(law))
        for backend in backends:
            for case in law.cases:
                name = case.name if len(backends) == 1 else f"{case.name} [{backend.name}]"
                yield LovCase.from_parent(self, name=name, law=law, case=case, backend=backend)


class LovCaseFailure(Exception):
    """The failed expectations of one test case, one line each."""


class LovCase(pytest.Item):
    def __init__(self, *, law: m.Law, case: m.Case, backend: Backend, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.law = law
        self.case = case
        self.backend = backend

    def runtest(self) -> None:
        failed = [r.line() for r in run_cases(self.law, self.backend, [self.case]) if not r.ok]
        if failed:
            raise LovCaseFailure("\n".join(failed))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, LovCaseFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.case.span.line - 1, f"testsag {self.case.name}"


class LovBroken(pytest.Item):
    """Stands for a .lov file that does not resolve: it fails with the diagnostics."""

    def __init__(self, *, report: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.report = report

    def runtest(self) -> None:
        raise LovCaseFailure(self.report)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        return self.report

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, "loven har fejl"
