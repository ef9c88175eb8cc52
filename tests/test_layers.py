"""The import picture: layers import only downward, and no module imports itself in a circle.

Every import counts — at the top of a module and inside a function — read with ``ast``, so
the rule cannot be dodged by hiding an import where it runs late. The floors, from the bottom:

1. ``grammar/`` (data only) and ``dsl/``: text → syntax tree → law model, the catalogue;
2. ``compiler.checks``;
3. ``compiler.pipeline`` (the front door) and ``compiler.evaluate``;
4. ``compiler.codegen``, ``compiler.population``, ``compiler.prove`` (the solver) and
   ``compiler.report`` (what every HTML report shares);
5. ``compiler.diff``, ``compiler.impact`` and ``compiler.amend`` (amending acts);
6. ``compiler.driver``: the command line, the language server, the pytest plugin.

A module may import from its own stage and from any stage on a lower floor, never from a
stage beside it on the same floor or above it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.kit import ROOT

FLOORS: tuple[tuple[str, ...], ...] = (
    ("dsl",),
    ("compiler.checks",),
    ("compiler.pipeline", "compiler.evaluate"),
    ("compiler.codegen", "compiler.population", "compiler.prove", "compiler.report"),
    ("compiler.diff", "compiler.impact", "compiler.amend"),
    ("compiler.driver",),
)
PACKAGES = ("dsl", "compiler")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """The project modules ``path`` imports, anywhere in it (``from a import b`` counts as a.b
    when a.b is a module, else as a)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        found |= {t for t in targets if t.split(".")[0] in PACKAGES and t != name}
    return found


def stage_of(module: str) -> tuple[int, str]:
    """(floor, stage) of a project module; the root package ``compiler`` itself is floor 0."""
    for floor, stages in enumerate(FLOORS):
        for stage in stages:
            if module == stage or module.startswith(stage + "."):
                return floor, stage
    if module == "compiler":
        return 0, "compiler"
    raise AssertionError(f"{module} is in no stage: add it to a folder of FLOORS")


def graph() -> dict[str, set[str]]:
    modules = project_modules()
    known = set(modules)
    return {name: imports_of(path, name, known) for name, path in modules.items()}


def test_every_import_runs_downward_or_within_its_stage() -> None:
    wrong = []
    for module, targets in graph().items():
        floor, stage = stage_of(module)
        for target in sorted(targets):
            t_floor, t_stage = stage_of(target)
            if t_stage != stage and t_floor >= floor and target != "compiler":
                wrong.append(f"{module} (floor {floor + 1}) imports {target} (floor {t_floor + 1})")
    assert not wrong, "\n".join(wrong)


def test_no_module_imports_itself_through_a_circle() -> None:
    edges = graph()
    state: dict[str, int] = {}
    circles: list[str] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                circles.append(" → ".join(trail[trail.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert not circles, "\n".join(circles)


@pytest.mark.parametrize("stage", [s for stages in FLOORS for s in stages if s != "compiler.pipeline"])
def test_each_stage_is_a_folder_with_a_readme_line(stage: str) -> None:
    """Each stage says in its package docstring which stage it is, what it reads and produces."""
    init = ROOT.joinpath(*stage.split(".")) / "__init__.py"
    assert init.exists(), f"{stage} is not a package"
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    assert doc and len(doc) > 40, f"{init} has no docstring saying what the stage reads and produces"


def test_only_the_driver_prints_exits_or_reads_argv() -> None:
    """Library code raises typed errors; the driver turns them into output and exit codes."""
    offenders = []
    for module, path in project_modules().items():
        if stage_of(module)[1] == "compiler.driver":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            call = node.func if isinstance(node, ast.Call) else None
            text = ast.unparse(call) if call is not None else ""
            if text in ("sys.exit", "exit", "print", "click.echo", "click.secho", "os._exit"):
                if not _in_main_block(tree, node):
                    offenders.append(f"{module}:{node.lineno}: {text}")
            if isinstance(node, ast.Attribute) and ast.unparse(node) == "sys.argv" and not _in_main_block(tree, node):
                offenders.append(f"{module}:{node.lineno}: sys.argv")
    assert not offenders, "\n".join(offenders)


def _in_main_block(tree: ast.Module, target: ast.AST) -> bool:
    """Inside ``if __name__ == "__main__":`` (a module's own script entry)."""
    for node in tree.body:
        if isinstance(node, ast.If) and "__name__" in ast.unparse(node.test):
            if any(target is sub for sub in ast.walk(node)):
                return True
    return False

