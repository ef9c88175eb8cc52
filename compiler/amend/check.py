"""An amending act checked where it is written: against the law it names, found beside it.

The language server checks an act while it is edited (a file named `*.ændringslov.txt`). The law
is the `.lov` file in the same folder whose title the opening of one of the act's §§ names
(`I lov om …, jf. …, foretages følgende ændringer:`); the diagnostics are those `lov indarbejd`
gives for the act against that law. Without such a law the act is only read, and A001 says what
cannot be read.
"""

from __future__ import annotations

import re
from pathlib import Path

from compiler.amend.consolidate import consolidate
from compiler.amend.reader import names_law, openings, read_act
from dsl.diagnostics import Diagnostic

#: How an amending act's file is named (`djoef-2023.ændringslov.txt`; `aendringslov` in ASCII).
SUFFIXES = (".ændringslov.txt", ".aendringslov.txt")

_TITLE = re.compile(r'^\s*lov\s+"((?:[^"\\]|\\.)*)"', re.MULTILINE)


def is_act(file: str) -> bool:
    return file.endswith(SUFFIXES)


def law_beside(act_text: str, act_file: str) -> Path | None:
    """The `.lov` file beside the act whose title the act names (the first, by name), or None."""
    folder = Path(act_file).parent
    if not folder.is_dir():
        return None
    named = [law for _, law in openings(act_text)]
    for path in sorted(folder.glob("*.lov")):
        try:
            title = _TITLE.search(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        if title is not None and any(names_law(n, title.group(1)) for n in named if n.lower() != "loven"):
            return path
    return None


def act_diagnostics(act_text: str, act_file: str) -> list[Diagnostic]:
    """What `lov indarbejd` says of the act against the law beside it (in the act only), or, with
    no such law, what reading the act says."""
    law = law_beside(act_text, act_file)
    if law is None:
        return list(read_act(act_text, act_file).diagnostics)
    try:
        law_text = law.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return list(read_act(act_text, act_file).diagnostics)
    result = consolidate(law_text, str(law), act_text, act_file)
    return [d for d in result.diagnostics if d.span.file == act_file]
