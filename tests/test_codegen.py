"""Generated evaluators: standalone, deterministic, typed (mypy --strict) and safe against hostile text."""

from __future__ import annotations

import ast
import io
import os
import subprocess
import sys
import tokenize
from fractions import Fraction

import attrs
import pytest

from compiler.codegen.load import load_source
from compiler.codegen.names import CodegenError
from compiler.codegen.python.module import generate
from compiler.evaluate.backends import InterpreterBackend, ModuleBackend
from compiler.pipeline import load_law
from dsl import model as m
from tests.kit import ROOT, law_files, law_of
from tests.kit import citizens_of as population

ALLOWED_IMPORTS = {"__future__", "dataclasses", "datetime", "decimal", "fractions", "typing"}


def _lov_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


HOSTILE = [
    'x"); import os; #',
    "a\\nb",
    "'''",
    '"""',
    "før\u2028efter",
    "næste\x85linje",
    "side\x0cskift\x0b",
    "\u202eexe.txt",
    "аlder (kyrillisk а)",
    "\\",
    "{0} %s",
    "retur\rvogn",
    "\x00nul",
]


def hostile_law(texts: list[str]) -> str:
    """A law whose every free text is taken from ``texts`` (13 of them)."""
    t = [_lov_string(x) for x in texts]
    return f"""lov {t[0]}
version {t[1]}
begreb alder: heltal {t[2]} kilde register {t[3]}
begreb note: tekst {t[4]} kilde borger
begreb ydelse: valg af dagpenge, kontanthjælp kilde skøn {t[5]}
målgruppe 1 unge {t[6]}:
    alder < 30 eller skøn {t[7]}
resultat besked: tekst {t[8]}
resultat ret: sandhedsværdi
§ 1 {t[9]}
    stk. 1. besked er {t[10]}.
    stk. 2. For målgruppe unge er besked {t[11]}, hvis note = {t[12]}.
    stk. 3. "prosa med \\"citat\\"".
§ 2. ret er skøn {t[7]} og ydelse i (dagpenge).
"""


def _masked_dump(tree: ast.AST) -> str:
    class Mask(ast.NodeTransformer):
        def visit_Constant(self, node: ast.Constant) -> ast.AST:
            return ast.Constant("S") if isinstance(node.value, str) else node

    return ast.dump(Mask().visit(tree))


def _strings(tree: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def test_hostile_text_only_ever_becomes_string_constants():
    hostile = law_of(hostile_law(HOSTILE), header=False)
    benign = law_of(hostile_law([f"tekst{i}" for i in range(13)]), header=False)
    src_h, src_b = generate(hostile), generate(benign)
    tree_h, tree_b = ast.parse(src_h), ast.parse(src_b)
    # Same structure: the texts changed nothing but the contents of string literals.
    assert _masked_dump(ast.parse(src_h)) == _masked_dump(tree_b)
    strings = _strings(tree_h)
    for text in (HOSTILE[0], HOSTILE[1], HOSTILE[7], HOSTILE[10], HOSTILE[11], HOSTILE[12]):
        assert text in strings
    imports = [n for n in ast.walk(tree_h) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert all(
        n.module in ALLOWED_IMPORTS if isinstance(n, ast.ImportFrom) else [a.name for a in n.names] == ["datetime"]
        for n in imports
    )
    # Comments hold nothing that could end a line or reorder text.
    for tok in tokenize.generate_tokens(io.StringIO(src_h).readline):
        if tok.type == tokenize.COMMENT:
            assert tok.string.isprintable(), tok.string
    # And it still computes what the law says.
    module = load_source(src_h)
    assert module.LOV_TITEL == HOSTILE[0]
    gen, ref = ModuleBackend(module), InterpreterBackend(hostile)
    for facts in ({"alder": 20, "note": HOSTILE[12]}, {"alder": 40}, {}):
        for judgments in ({}, {HOSTILE[7]: True}, {HOSTILE[7]: False}):
            for result in ("besked", "ret"):
                assert gen.outcome(result, facts, judgments) == ref.outcome(result, facts, judgments)
            assert gen.explanation("besked", facts, judgments) == ref.explanation("besked", facts, judgments)


def test_functions_are_exactly_what_the_law_declares():
    law = law_of(hostile_law([f"tekst{i}" for i in range(13)]), header=False)
    tree = ast.parse(generate(law))
    functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    per_law = {"besked", "_eksakt_besked", "ret", "_eksakt_ret", "_målgruppe_unge"}
    helpers = {
        "_tekst", "_json", "_svar", "_udfald_data", "_udfald_tekst", "_rækker", "_forklaring", "_forklaring_tekst",
        "_konflikt", "_medlem", "_videre", "_tjek", "borger_fra_dict", "_skøn_efter_ordlyd", "målgrupper", "_udled", "forklar", "forklaring_tekst",
        # time (dsl/timeline.py) and its runtime
        "_dato_tekst", "_dage_i_måned", "_plus_dage", "_flyt", "_uger", "_mellem", "_sammenlagt", "_sammenhængende",
        "_tid", "_forløbsfejl", "_kadence_datoer", "_kandidater", "_trin_flyt", "_trin_tid", "_tvetydig", "_entydig_dato",
        "_entydig_uger", "_dato", "_periode", "_o", "_decimaltal",
    }
    assert functions == per_law | helpers
    classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
    assert classes == {"Udfald", "Periode", "_Uafklaret", "_UdenForKalenderen", "_Læser", "_SkønLæser", "Borger"}
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert not calls & {"eval", "exec", "compile", "open", "__import__", "input", "breakpoint"}


KEYWORDS = """
begreb class: heltal
begreb None: sandhedsværdi
begreb import: sandhedsværdi
begreb borger: heltal
begreb Udfald: heltal
begreb cast: heltal
begreb _privat: heltal
begreb __init__: heltal
begreb lov_class: heltal
begreb _mangler: heltal
målgruppe 1 lambda "L":
    None
resultat def: heltal
resultat målgrupper: heltal
resultat _r1: heltal
§ 1. def er class + borger + Udfald + cast + _privat + __init__ + lov_class + _mangler, hvis import.
§ 2. For målgruppe lambda er def 7.
§ 3. målgrupper er def * 2.
§ 4. _r1 er 1, hvis målgruppe lambda.
"""


def test_python_keywords_and_helper_names_in_the_law_are_renamed_safely():
    law = law_of(KEYWORDS)
    module = load_source(generate(law))
    gen, ref = ModuleBackend(module), InterpreterBackend(law)
    facts = {"class": 1, "import": True, "borger": 2, "Udfald": 3, "cast": 4, "_privat": 5, "__init__": 6,
             "lov_class": 7, "_mangler": 8}
    for none in (True, False, None):
        f = dict(facts) if none is None else {**facts, "None": none}
        for result in law.results:
            assert gen.outcome(result, f, {}) == ref.outcome(result, f, {})
    assert gen.outcome("def", {**facts, "None": False}, {})[1] == 36
    assert module.borger_fra_dict({"class": 1}).lov_class_ == 1


def test_names_that_are_not_valid_identifiers_are_refused():
    law = law_of("begreb a: heltal\nresultat x: heltal\n§ 1. x er a.\n")
    concept = law.concepts["a"]
    bad = attrs.evolve(law, concepts={"a; import os": attrs.evolve(concept, name="a; import os")})
    with pytest.raises(CodegenError):
        generate(bad)
    lookalike = attrs.evolve(law, concepts={"аlder": attrs.evolve(concept, name="аlder")})
    with pytest.raises(CodegenError):
        generate(lookalike)
    rule = law.results["x"].rules[0]
    evil = attrs.evolve(rule, location=m.Location("1\nimport os", 1))
    with pytest.raises(CodegenError):
        generate(attrs.evolve(law, results={"x": attrs.evolve(law.results["x"], rules=(evil,))}))


def test_output_is_byte_identical_whatever_the_hash_seed(tmp_path):
    law = law_files()[-1] if law_files() else None
    path = str(law) if law else str(tmp_path / "x.lov")
    if law is None:
        (tmp_path / "x.lov").write_text('lov "x"\nresultat r: heltal\n§ 1. r er 1.\n', encoding="utf-8")
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"m{seed}.py"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "compiler.driver.cli", "compile", path, "-o", str(out)], check=True, env=env,
                       cwd=ROOT)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert generate(law_of(KEYWORDS)) == generate(law_of(KEYWORDS))


def test_header_names_title_version_and_sha256():
    law = law_of(hostile_law([f"tekst{i}" for i in range(13)]), header=False)
    module = load_source(generate(law))
    assert (module.LOV_TITEL, module.LOV_VERSION, module.LOV_SHA256) == ("tekst0", "tekst1", law.sha256)
    assert len(law.sha256) == 64


def test_borger_fra_dict_checks_names_and_types():
    law = law_of("begreb n: heltal\nbegreb u: uger\nbegreb v: valg af a, b\nresultat x: heltal\n§ 1. x er n.\n")
    module = load_source(generate(law))
    assert module.borger_fra_dict({"n": 1, "u": Fraction(1, 2), "v": "a"}).u == Fraction(1, 2)
    for data, words in (({"m": 1}, "ukendt begreb"), ({"n": True}, "forventede heltal"), ({"v": "c"}, "valgene")):
        with pytest.raises(ValueError, match=words):
            module.borger_fra_dict(data)


def test_generated_modules_pass_mypy_strict(tmp_path):
    """Both modules a vendor gets, the scalar and the columnar one, type-check strictly."""
    from compiler.codegen.columnar.module import generate as generate_columnar

    laws = [law_of(KEYWORDS), law_of(hostile_law(HOSTILE), header=False)]
    laws += [load_law(str(path)) for path in law_files()]
    files = []
    for i, law in enumerate(laws):
        for kind, source in (("skalar", generate(law)), ("soejle", generate_columnar(law))):
            f = tmp_path / f"lov_{kind}_{i}.py"
            f.write_text(source, encoding="utf-8")
            files.append(str(f))
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"),
         *files],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_fast_path_and_the_exact_path_agree_on_complete_citizens():
    """Complete citizens take the fast path; the exact path is the reference's mirror."""
    for path in law_files():
        law = load_law(str(path))
        module = load_source(generate(law))
        for citizen in population(law, 300, 11):
            b = module.borger_fra_dict(citizen)
            for name, fn in module.RESULTATER.items():
                assert fn(b) == module._EKSAKT[name](b, {}), name


def test_a_vendor_cannot_misuse_borger() -> None:
    """Borger validates itself: a capitalised option or a string for a number is a Danish error
    naming the field and the valid values, never a silently different answer or a late TypeError."""
    import pydoc

    law = law_of('begreb alder: heltal "Borgerens alder" kilde register "CPR"\n'
                 'begreb ydelse: valg af dagpenge, selvforsørgelse "Forsørgelse" kilde register "Ydelser"\n'
                 "resultat omfattet: sandhedsværdi\n§ 1. omfattet er ydelse = dagpenge og alder >= 18.\n")
    module = load_source(generate(law))
    with pytest.raises(ValueError, match="ydelse.*'Selvforsørgelse'.*dagpenge, selvforsørgelse"):
        module.Borger(ydelse="Selvforsørgelse")
    with pytest.raises(ValueError, match="alder: forventede heltal, fik str '27'"):
        module.Borger(alder="27")
    assert module.omfattet(module.Borger(ydelse="dagpenge", alder=27)).værdi is True
    assert sorted(module.__all__) == sorted(["LOV_TITEL", "LOV_VERSION", "LOV_SHA256", "Borger", "Udfald", "Periode", "BEGREBER",
                                            "RESULTATER", "SKØN", "borger_fra_dict", "målgrupper", "forklar",
                                            "forklaring_tekst", "omfattet"])
    shown = pydoc.render_doc(module.Borger, renderer=pydoc.plaintext)
    assert "Borgerens alder (kilde register CPR)" in shown and "Forsørgelse" in shown


def test_judgments_are_given_by_identifier_or_wording_and_a_misspelt_one_is_an_error() -> None:
    """The generated module, `lov eval` and the decision service accept the same keys for a
    judgment: its identifier (`SKØN`, derived from the wording) or the wording itself."""
    from compiler.evaluate import interpreter
    from compiler.evaluate.facts import FactError, facts_from_json

    law = law_of('begreb alder: heltal "Borgerens alder" kilde register "CPR"\n'
                 'resultat r: uger\n'
                 '§ 1. r er 13 uger, hvis skøn "Særlige forhold, jf. § 2" og alder > 20.\n'
                 '§ 2. r er 26 uger, hvis skøn "særlige forhold jf § 2" og ikke skøn "Særlige forhold, jf. § 2".\n')
    module = load_source(generate(law))
    assert module.SKØN == {"saerlige_forhold_jf_2": "Særlige forhold, jf. § 2",
                           "saerlige_forhold_jf_2_2": "særlige forhold jf § 2"}
    borger = module.Borger(alder=30)
    by_id = module.r(borger, {"saerlige_forhold_jf_2": True})
    assert by_id == module.r(borger, {"Særlige forhold, jf. § 2": True})
    assert by_id.art == "værdi" and by_id.værdi == 13
    assert module.forklar("r", borger, {"saerlige_forhold_jf_2": False, "saerlige_forhold_jf_2_2": True})["udfald"]["værdi"] == 26
    with pytest.raises(ValueError, match="intet skøn 'saerlige_forhold'"):
        module.r(borger, {"saerlige_forhold": True})
    facts, judgments = facts_from_json(law, {"fakta": {"alder": 30}, "skøn": {"saerlige_forhold_jf_2": True}})
    assert interpreter.evaluate(law, "r", facts, judgments).value == 13
    with pytest.raises(FactError) as error:
        facts_from_json(law, {"fakta": {}, "skøn": {"saerlige_forhold": True}})
    assert error.value.path == ("skøn", "saerlige_forhold") and "saerlige_forhold_jf_2" in error.value.options
