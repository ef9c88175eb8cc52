"""The documentation pages of the diagnostic codes: `compiler/checks/docs/CODE.md`.

Each page is exactly what `lov explain CODE` prints (Danish), generated from the catalogue
entry, so the two cannot differ; `README.md` there lists every code. A test compares the
committed pages with freshly generated ones. After adding or changing a code, run:

    python -m compiler.checks.codedocs            # writes compiler/checks/docs/
    python -m compiler.checks.codedocs --check    # exit 1 if the pages are out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

from dsl.catalogue import all_entries
from dsl.explain import explain

DOCS = Path(__file__).resolve().parent / "docs"

_FAMILIES = {
    "F": "filer",
    "S": "syntaks",
    "N": "navne og struktur",
    "T": "typer",
    "U": "perioder (kun uger)",
    "D": "digitaliseringsklar lovgivning",
    "K": "konflikter mellem regler",
    "A": "ændringslove (lov indarbejd)",
}


def pages() -> dict[str, str]:
    """File name → content of every page, the index included."""
    entries = all_entries()
    out = {f"{e.code}.md": explain(e, "da") for e in entries}
    lines = [
        "# Diagnosekoder",
        "",
        "<!-- Genereret af `python -m compiler.checks.codedocs` fra kataloget; ret ikke i hånden. -->",
        "",
        "Hver side er præcis det, `lov explain KODE` udskriver. Standardalvoren kan ændres i",
        "`[tool.lov.severity]`, og et fund kan tillades på sin linje med `# lov: tillad KODE`.",
        "",
        "| kode | navn | alvor | familie |",
        "|---|---|---|---|",
    ]
    for e in entries:
        family = _FAMILIES.get(e.code[0], "")
        lines.append(f"| [{e.code}]({e.code}.md) | {e.slug} | {e.severity.value} | {family} |")
    out["README.md"] = "\n".join(lines) + "\n"
    return out


def stale(directory: Path = DOCS) -> list[str]:
    """Names of pages that are missing, different or no longer generated."""
    wanted = pages()
    present = {p.name for p in directory.glob("*.md")} if directory.is_dir() else set()
    out = [name for name, text in wanted.items() if not (directory / name).is_file()
           or (directory / name).read_text(encoding="utf-8") != text]
    out += sorted(present - set(wanted))
    return sorted(out)


def write(directory: Path = DOCS) -> list[str]:
    """Write every page (LF line ends) and remove pages of codes that no longer exist."""
    directory.mkdir(parents=True, exist_ok=True)
    wanted = pages()
    changed = stale(directory)
    for name in changed:
        path = directory / name
        if name in wanted:
            path.write_text(wanted[name], encoding="utf-8", newline="\n")
        else:
            path.unlink()
    return changed


def run(argv: list[str]) -> tuple[list[str], int]:
    """``[--check] [DIRECTORY]``: write the pages (or only report stale ones, exit code 1 if any);
    the messages to print and the exit code."""
    check_only = "--check" in argv
    args = [a for a in argv if a != "--check"]
    directory = Path(args[0]) if args else DOCS
    if check_only:
        names = stale(directory)
        return [f"{directory / name}: forældet; kør python -m compiler.checks.codedocs" for name in names], int(bool(names))
    return [f"skrev {directory / name}" for name in write(directory)], 0


if __name__ == "__main__":
    messages, code = run(sys.argv[1:])
    print("\n".join(messages))
    sys.exit(code)
