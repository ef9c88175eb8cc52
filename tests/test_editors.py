"""Editor support: the generated grammars are up to date, and VS Code's TextMate engine, Vim
and Emacs highlight the laws as the grammar reads them (tests/highlight_oracle.py).

The editors run for real: vscode-textmate + vscode-oniguruma under node, `vim -es`,
`emacs --batch`. A test skips, saying why, only when the editor (or node) is not installed;
`.ci/run` installs them, and the TextMate test installs its npm packages itself if needed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from dsl.highlight import vocabulary
from tests.highlight_oracle import mismatches, pieces
from tests.kit import ROOT, law_files

EDITORS = ROOT / "editors"
TEXTMATE_TEST = EDITORS / "vscode" / "test"

SAMPLE = '''lov "Lov om en aktiv beskæftigelsesindsats (KL's skitse)"
version "2017-04"

begreb alder: heltal "Borgerens alder" kilde register "CPR"
begreb ledighed: uger "Sammenlagt \\"ledighed\\"" kilde register "Ydelsesrefusion"
begreb ydelse: valg af dagpenge, kontanthjælp "Ydelse" kilde borger
begreb vurdering: sandhedsværdi kilde skøn "Jobcentrets vurdering"
begreb bemærkning: tekst
begreb opgørelsesdato: dato kilde borger
begreb tilmeldt: dato kilde register "Jobnet"
begreb forløb_: forløb af dagpenge, kontanthjælp kilde register "Ydelser"

målgruppe 3 unge "Unge under 30":
    alder < 30 og ikke ydelse i (dagpenge)
inddeling grupper: unge, hvis alder < 30

resultat praktik_varighed: uger "Højeste varighed af virksomhedspraktik"
resultat sats: beløb
resultat frist: måneder
resultat samtale: dato
resultat samtaler: kadence

Kapitel 11 a "Virksomhedspraktik"

§ 44 a "Varighed"
    stk. 1. praktik_varighed er 13 uger.
    stk. 2. praktik_varighed er 26 uger, hvis skøn "konkret individuel vurdering".
            Undtagelse til § 44 a, stk. 1.
§ 45. sats er 30,50 kr., hvis ledighed >= seks måneder eller ledighed = hver 7. dag, jf. § 44 a, stk. 2.
§ 46. frist er 3 mdr.
§ 46 a. samtale er tilmeldt + 2 uger, hvis sammenlagt tid på dagpenge i forløb_ inden for de seneste 52 uger
    > sammenhængende tid i forløb_ med afbrydelser under 4 uger.
§ 46 b. samtaler er hver 4. uge fra tilmeldt.
§ 47
    stk. 1. "Målgrupperne er:"
        nr. 1) For målgrupperne unge er sats 40 kr. + 2 kr. * 3 # lov: tillad U001
        nr. 2) "tekst" "mere", jf. § 45, stk. 1, nr. 1. # en kommentar

testsag "Ung":
    givet alder = 27, ledighed = 10 uger, skøn "x" = ja
    forvent praktik_varighed = 26 uger, målgruppe unge = nej, sats = mangler alder
    forvent frist = konflikt, sats = ingen regel, samtale = tvetydig
    givet tilmeldt = 2026-01-05, forløb_ = [dagpenge fra 2026-01-05 til 2026-02-01, kontanthjælp fra 2026-02-02]
'''


def texts(tmp_path: Path) -> list[Path]:
    """The laws, the sample and the language reference's examples (as one file)."""
    sample = tmp_path / "sample.lov"
    sample.write_text(SAMPLE, encoding="utf-8")
    examples = re.findall(r"```lov\n(.*?)```", (ROOT / "dsl" / "LANGUAGE.md").read_text(encoding="utf-8"), re.S)
    reference = tmp_path / "language.lov"
    reference.write_text("\n".join(examples), encoding="utf-8")
    return [*law_files(), sample, reference]


def test_the_sample_uses_every_keyword() -> None:
    used = {p.text.lower() for p in pieces(SAMPLE)}
    assert {k.word.lower() for k in vocabulary().all_keywords()} <= used


# ---- generated files ---------------------------------------------------------------------------


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lov_editors_generate", EDITORS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_editor_grammars_are_the_generated_ones() -> None:
    for path, content in _generator().outputs().items():
        assert path.read_text(encoding="utf-8") == content, f"{path.relative_to(ROOT)} is stale: run python editors/generate.py"


def test_every_keyword_is_in_every_editor_grammar() -> None:
    for path, content in _generator().outputs().items():
        plain = content.replace("\\", "")
        plain = re.sub(r"\[(\w)(\w)\]", lambda m: m.group(1) if m.group(1).upper() == m.group(2) else m.group(0), plain)
        for k in vocabulary().all_keywords():
            for word in k.word.replace(".", "").split():  # a phrase: each of its words
                assert word in plain, (path.name, k.word)


def test_the_extension_files_are_consistent() -> None:
    package = json.loads((EDITORS / "vscode" / "package.json").read_text(encoding="utf-8"))
    language, act = package["contributes"]["languages"]
    assert language["id"] == "lov" and ".lov" in language["extensions"]
    assert act["id"] == "lov-aendringslov" and "*.ændringslov.txt" in act["filenamePatterns"]
    assert f"onLanguage:{act['id']}" in package["activationEvents"]
    (grammar,) = package["contributes"]["grammars"]
    assert grammar["scopeName"] == "source.lov"
    assert (EDITORS / "vscode" / grammar["path"]).is_file()
    assert (EDITORS / "vscode" / language["configuration"]).is_file()
    (snippets,) = package["contributes"]["snippets"]
    bodies = json.loads((EDITORS / "vscode" / snippets["path"]).read_text(encoding="utf-8"))
    prefixes = {s["prefix"] for s in bodies.values()}
    assert {"§", "stk.", "begreb", "målgruppe", "testsag"} <= prefixes
    assert (EDITORS / "vscode" / package["main"]).is_file()
    assert "vscode-languageclient" in package["dependencies"]
    configuration = json.loads((EDITORS / "vscode" / language["configuration"]).read_text(encoding="utf-8"))
    assert configuration["comments"]["lineComment"] == "#"


def test_snippets_expand_to_valid_law_text() -> None:
    """Each snippet with its placeholders' defaults filled in parses without syntax errors."""
    from dsl.parser import parse

    bodies = json.loads((EDITORS / "vscode" / "snippets" / "lov.json").read_text(encoding="utf-8"))
    for name, snippet in bodies.items():
        body = "\n".join(snippet["body"]) if isinstance(snippet["body"], list) else snippet["body"]
        text = re.sub(r"\$\{\d+\|([^,|]+)[^}]*\}", r"\1", body)
        text = re.sub(r"\$\{\d+:([^}]*)\}", r"\1", text)
        text = re.sub(r"\$\d+", "", text)
        if snippet["prefix"] in ("stk.",):
            text = "§ 1\n    " + text
        assert parse(text).diagnostics == (), (name, text)


# ---- VS Code: TextMate --------------------------------------------------------------------------

TEXTMATE_CLASS = [  # (scope prefix, class), innermost scope first
    ("storage.type.declaration.lov", "declaration"), ("keyword.other.section.lov", "marker"),
    ("support.type.primitive.lov", "type"), ("constant.language.boolean.lov", "constant"),
    ("keyword.operator.word.lov", "operator"), ("keyword.control.lov", "keyword"),
    ("variable.other.lov", "name"), ("entity.name.declaration.lov", "name"),
    ("constant.numeric.period.weeks.lov", "period_weeks"), ("constant.numeric.period.other.lov", "period_other"),
    ("constant.numeric.amount.lov", "amount"), ("constant.numeric.section.lov", "section_number"),
    ("constant.numeric.integer.lov", "number"), ("constant.numeric.decimal.lov", "number"),
    ("keyword.operator.comparison.lov", "operator_symbol"), ("keyword.operator.arithmetic.lov", "operator_symbol"),
    ("string.", "string"), ("comment.", "comment"), ("punctuation.", "punctuation"),
]


def _scope_class(scopes: list[str]) -> str | None:
    """The class of a token: a string's or comment's, else its innermost scope's."""
    for outer, cls in (("string.", "string"), ("comment.", "comment")):
        if any(s.startswith(outer) for s in scopes):
            return cls
    for scope in reversed(scopes):
        for prefix, cls in TEXTMATE_CLASS:
            if scope.startswith(prefix):
                return cls
    return None


def _utf16_to_column(line: str) -> list[int]:
    """UTF-16 offset → 1-based column in code points."""
    out = []
    for i, char in enumerate(line):
        out.extend([i + 1] * (2 if ord(char) > 0xFFFF else 1))
    out.append(len(line) + 1)
    return out


def textmate_tokens(files: list[Path]) -> list[dict]:  # type: ignore[type-arg]
    if shutil.which("node") is None:
        pytest.skip("node is not installed (.ci/run installs the TextMate test's npm packages when node is there)")
    if not (TEXTMATE_TEST / "node_modules" / "vscode-textmate").is_dir():  # .ci/run installs them; else do it now
        npm = shutil.which("npm")
        assert npm is not None, "node without npm: install vscode-textmate with npm ci --prefix editors/vscode/test"
        install = subprocess.run([npm, "ci", "--prefix", str(TEXTMATE_TEST), "--no-audit", "--no-fund"],
                                 capture_output=True, text=True, timeout=600)
        assert install.returncode == 0, f"npm ci --prefix editors/vscode/test failed:\n{install.stderr}"
    run = subprocess.run(["node", str(TEXTMATE_TEST / "tokenize.js"), *map(str, files)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)  # type: ignore[no-any-return]


def test_textmate_highlights_as_the_grammar_reads(tmp_path: Path) -> None:
    files = texts(tmp_path)
    for result in textmate_tokens(files):
        text = Path(result["file"]).read_text(encoding="utf-8")
        classes: dict[tuple[int, int], str | None] = {}
        unscoped = []
        for number, (line, tokens) in enumerate(zip(text.split("\n"), result["lines"]), start=1):
            columns = _utf16_to_column(line)
            for start, end, scopes in tokens:
                cls = _scope_class(scopes)
                for offset in range(start, end):
                    column = columns[offset]
                    classes[(number, column)] = cls
                    if cls is None and not line[column - 1].isspace():
                        unscoped.append(f"{number}:{column} {line[column - 1]!r}")
        name = Path(result["file"]).name
        assert mismatches(text, classes) == [], name
        assert unscoped == [], name


# ---- Vim ---------------------------------------------------------------------------------------

VIM_CLASS = {
    "lovDeclaration": "declaration", "lovMarker": "marker", "lovType": "type", "lovBoolean": "constant",
    "lovOperatorWord": "operator", "lovKeyword": "keyword", "lovName": "name", "lovDeclaredName": "name",
    "lovString": "string", "lovEscape": "string", "lovComment": "comment", "lovDirective": "comment",
    "lovPeriodWeeks": "period_weeks", "lovPeriodOther": "period_other", "lovAmount": "amount",
    "lovSectionNumber": "section_number", "lovNumber": "number", "lovOperator": "operator_symbol",
}
VIM_QUERY = """let s:out = []
for s:q in readfile($LOV_QUERIES)
  let [s:l, s:c] = split(s:q)
  call add(s:out, synIDattr(synID(str2nr(s:l), str2nr(s:c), 0), 'name'))
endfor
call writefile(['filetype=' . &filetype] + s:out, $LOV_ANSWERS)
qall!
"""


def _queries(text: str) -> list[tuple[int, int]]:
    """Every (line, column) the oracle has an opinion on."""
    return [(p.line, p.column + i) for p in pieces(text) for i, c in enumerate(p.text) if not c.isspace()]


def test_vim_highlights_as_the_grammar_reads(tmp_path: Path) -> None:
    vim = shutil.which("vim")
    if vim is None:
        pytest.skip("vim is not installed (.ci/run installs vim-nox with apt-get when it can)")
    script = tmp_path / "query.vim"
    script.write_text(VIM_QUERY, encoding="utf-8")
    for path in texts(tmp_path):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        queries = _queries(text)
        # Vim's columns are bytes.
        byte_queries = [f"{l} {len(lines[l - 1][: c - 1].encode('utf-8')) + 1}" for l, c in queries]
        (tmp_path / "q.txt").write_text("\n".join(byte_queries) + "\n", encoding="utf-8")
        env = dict(os.environ, LOV_QUERIES=str(tmp_path / "q.txt"), LOV_ANSWERS=str(tmp_path / "a.txt"))
        run = subprocess.run(
            [vim, "-N", "-u", "NONE", "-i", "NONE", "-es", "-c", f"set rtp^={EDITORS / 'vim'}", "-c", "set encoding=utf-8",
             "-c", "filetype on", "-c", "syntax on", "-c", f"edit {path}", "-c", f"source {script}"],
            env=env, capture_output=True, text=True, timeout=300,
        )
        answers = (tmp_path / "a.txt").read_text(encoding="utf-8").split("\n")
        assert answers[0] == "filetype=lov", (run.stdout, run.stderr)  # ftdetect works
        classes = {q: VIM_CLASS.get(a) for q, a in zip(queries, answers[1:])}
        assert mismatches(text, classes) == [], path.name


# ---- Emacs -------------------------------------------------------------------------------------

EMACS_QUERY = """(progn
  (require 'lov-mode)
  (find-file (getenv "LOV_FILE"))
  (princ (format "mode=%s\\n" major-mode))
  (font-lock-ensure)
  (let ((queries (with-temp-buffer
                   (insert-file-contents (getenv "LOV_QUERIES"))
                   (split-string (buffer-string) "\\n" t)))
        (lines (save-excursion (goto-char (point-min)) (let ((v (list (point-min)))) (while (zerop (forward-line 1)) (push (point) v)) (vconcat (nreverse v))))))
    (dolist (q queries)
      (let* ((parts (split-string q))
             (pos (+ (aref lines (1- (string-to-number (car parts)))) (1- (string-to-number (cadr parts)))))
             (face (get-text-property pos 'face)))
        (princ (format "%s\\n" (if (consp face) (car face) face)))))))
"""
EMACS_CLASS = {
    "lov-declaration-face": "declaration", "lov-marker-face": "marker", "lov-type-face": "type",
    "lov-constant-face": "constant", "lov-operator-face": "operator", "lov-keyword-face": "keyword",
    "lov-declared-name-face": "name", "nil": "name", "font-lock-string-face": "string",
    "font-lock-comment-face": "comment", "font-lock-comment-delimiter-face": "comment",
    "lov-period-weeks-face": "period_weeks", "lov-period-other-face": "period_other", "lov-amount-face": "amount",
    "lov-section-number-face": "section_number", "lov-number-face": "number",
    "lov-operator-symbol-face": "operator_symbol",
}


def test_emacs_highlights_as_the_grammar_reads(tmp_path: Path) -> None:
    emacs = shutil.which("emacs")
    if emacs is None:
        pytest.skip("emacs is not installed (.ci/run installs emacs-nox with apt-get when it can)")
    script = tmp_path / "query.el"
    script.write_text(EMACS_QUERY, encoding="utf-8")
    for path in texts(tmp_path):
        text = path.read_text(encoding="utf-8")
        queries = [q for q in _queries(text)]
        (tmp_path / "q.txt").write_text("\n".join(f"{l} {c}" for l, c in queries) + "\n", encoding="utf-8")
        env = dict(os.environ, LOV_FILE=str(path), LOV_QUERIES=str(tmp_path / "q.txt"))
        run = subprocess.run(
            [emacs, "--batch", "-Q", "-L", str(EDITORS / "emacs"), "-l", str(script)],
            env=env, capture_output=True, text=True, timeout=300,
        )
        assert run.returncode == 0, run.stderr
        answers = run.stdout.split("\n")
        assert answers[0] == "mode=lov-mode", run.stderr  # auto-mode-alist works
        # Names are not coloured in Emacs (only where declared): unhighlighted is right for them.
        classes = {q: EMACS_CLASS.get(a, a) for q, a in zip(queries, answers[1:])}
        assert mismatches(text, classes) == [], path.name


VSCODE = EDITORS / "vscode"
VSCE = VSCODE / "test" / "node_modules" / ".bin" / "vsce"


@pytest.mark.skipif(not VSCE.exists() or not (VSCODE / "node_modules" / "vscode-languageclient").exists(),
                    reason="npm packages not installed (npm ci --prefix editors/vscode/test; npm ci --prefix editors/vscode)")
def test_the_vscode_extension_packages_into_a_small_vsix(tmp_path: Path) -> None:
    """`vsce package` (the real tool) makes a VSIX with the extension and its language client,
    without the test packages."""
    import zipfile

    out = tmp_path / "lov.vsix"
    run = subprocess.run([str(VSCE), "package", "--out", str(out), "--allow-missing-repository"], cwd=VSCODE,
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    names = zipfile.ZipFile(out).namelist()
    assert out.stat().st_size < 1_000_000
    assert {"extension/extension.js", "extension/package.json", "extension/LICENSE.txt",
            "extension/syntaxes/lov.tmLanguage.json", "extension/snippets/lov.json"} <= set(names)
    assert any(n.startswith("extension/node_modules/vscode-languageclient/") for n in names)
    assert not any(n.startswith("extension/test/") for n in names)
