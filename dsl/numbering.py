"""Section numbers an encoder chose: a § whose header line ends in the comment ``# (nr. valgt)``.

A sketch for a new act (KL's "§ ##") or a section the seeds describe without its number still
needs a number to be referred to; the encoder picks one and says so on the § line. Two such
numbers in two versions are not the same provision because they are equal, so `lov diff` never
pairs §§ by a chosen number (dsl/LANGUAGE.md, "Chapters, sections, subsections, numbers").
"""

from __future__ import annotations

from dsl import ast

MARK = "(nr. valgt)"


def _ends_in_mark(line: str) -> bool:
    """Whether ``line`` ends in a comment (a ``#`` after the last quote) holding :data:`MARK`."""
    code, hash_, comment = line.rpartition("#")
    if not hash_ or code.count('"') % 2:
        return False
    return comment.strip() == MARK or comment.strip().endswith(" " + MARK)


def chosen_numbers(tree: ast.Law, text: str) -> frozenset[str]:
    """The numbers of the §§ of ``tree`` whose header line (in ``text``) is marked as chosen."""
    lines = text.splitlines()
    out: set[str] = set()
    for item in tree.items:
        if isinstance(item, ast.Paragraf) and 0 < item.span.line <= len(lines):
            if _ends_in_mark(lines[item.span.line - 1]):
                out.add(item.number)
    return frozenset(out)
