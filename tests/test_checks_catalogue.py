"""The checks' catalogue entries: documented with their seed passage, examples that show the
finding, `lov explain` pages that cannot drift, and SARIF that code scanning accepts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.checks import codedocs
from compiler.driver.cli import main
from compiler.pipeline import analyse_text
from dsl.catalogue import CATALOGUE, all_entries
from dsl.explain import explain
from tests.kit import HEADER, LAWS, ROOT

CHECK_CODES = [e.code for e in all_entries() if e.code[0] in "UD"]


def test_the_issue_codes_exist() -> None:
    assert {"U001", "D001", "D002", "D003", "D004", "D005", "D006", "D007", "D008", "D009"} <= set(CHECK_CODES)


@pytest.mark.parametrize("code", CHECK_CODES)
def test_each_check_cites_its_seed_passage(code: str) -> None:
    entry = CATALOGUE[code]
    assert "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017)" in entry.why
    assert ("afsnit" in entry.why or "bilag" in entry.why) and '"' in entry.why.split("(2017)", 1)[1]
    assert entry.bad and entry.good


@pytest.mark.parametrize("code", CHECK_CODES)
def test_the_bad_example_shows_the_finding_and_the_good_one_does_not(code: str) -> None:
    entry = CATALOGUE[code]
    bad = analyse_text(HEADER + entry.bad, f"{code}-forkert.lov")
    good = analyse_text(HEADER + entry.good, f"{code}-rigtigt.lov")
    assert code in [d.code for d in bad.diagnostics]
    assert [d for d in good.diagnostics if d.code == code] == []
    # the examples are otherwise well-formed
    assert [d.code for d in bad.diagnostics + good.diagnostics if d.code[0] in "SNT" and d.code != "N015"] == []


# ---- lov explain and the generated pages -------------------------------------------------------


def test_the_committed_pages_equal_the_generated_ones() -> None:
    stale = codedocs.stale()
    assert stale == [], f"forældede sider {stale}: kør python -m compiler.checks.codedocs"


def test_a_page_is_what_lov_explain_prints() -> None:
    for code in ("U001", "D001", "D009"):
        out = CliRunner().invoke(main, ["explain", code.lower()]).output
        assert out == (codedocs.DOCS / f"{code}.md").read_text(encoding="utf-8") == explain(CATALOGUE[code])


def test_the_generator_writes_and_checks_a_directory(tmp_path: Path) -> None:
    assert codedocs.run(["--check", str(tmp_path)])[1] == 1
    assert codedocs.run([str(tmp_path)])[1] == 0
    assert codedocs.run(["--check", str(tmp_path)]) == ([], 0)
    (tmp_path / "X999.md").write_text("forældet\n", encoding="utf-8")
    (tmp_path / "U001.md").write_text("ændret\n", encoding="utf-8")
    assert codedocs.stale(tmp_path) == ["U001.md", "X999.md"]
    codedocs.write(tmp_path)
    assert codedocs.stale(tmp_path) == [] and not (tmp_path / "X999.md").exists()


def test_the_index_lists_every_code() -> None:
    index = (codedocs.DOCS / "README.md").read_text(encoding="utf-8")
    for entry in all_entries():
        assert f"[{entry.code}]({entry.code}.md) | {entry.slug} |" in index


# ---- SARIF 2.1.0 -------------------------------------------------------------------------------

# The properties SARIF 2.1.0 defines for the objects `lov` writes (OASIS SARIF 2.1.0, §3).
SARIF_PROPERTIES = {
    "log": {"$schema", "version", "runs", "inlineExternalProperties", "properties"},
    "run": {"tool", "results", "artifacts", "invocations", "originalUriBaseIds", "properties", "language"},
    "driver": {"name", "version", "semanticVersion", "informationUri", "rules", "fullName", "organization", "properties"},
    "rule": {"id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration",
             "properties", "messageStrings", "relationships"},
    "result": {"ruleId", "ruleIndex", "level", "message", "locations", "kind", "fingerprints",
               "partialFingerprints", "properties", "rule"},
    "region": {"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "snippet"},
}
LEVELS = {"none", "note", "warning", "error"}

SARIF_LAW = (
    HEADER
    + 'begreb alder: heltal "Borgerens alder"\n'
    + "resultat frist: uger\n"
    + "§ 1. frist er 6 måneder, hvis alder > 30.\n"
    + '§ 2. "Den ledige tjekker jobforslag på Jobnet og venter 3 kalendermå"\n'
    + '     "neder."\n'
)


def _keys_ok(obj: dict, kind: str) -> None:
    unknown = set(obj) - SARIF_PROPERTIES[kind]
    assert not unknown, f"{kind}: {unknown}"


def _message(obj: dict) -> None:
    assert set(obj) <= {"text", "markdown"} and isinstance(obj["text"], str) and obj["text"]


@pytest.fixture
def sarif(tmp_path: Path) -> dict:
    path = tmp_path / "sarif.lov"
    path.write_text(SARIF_LAW, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "sarif", str(path)])
    assert result.exit_code == 1
    return json.loads(result.output)


def test_sarif_log_structure(sarif: dict) -> None:
    _keys_ok(sarif, "log")
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"].endswith("sarif-2.1.0.json")
    (run,) = sarif["runs"]
    _keys_ok(run, "run")
    driver = run["tool"]["driver"]
    _keys_ok(driver, "driver")
    assert driver["name"] == "lov" and driver["version"] and driver["informationUri"].startswith("file://")
    ids = [r["id"] for r in driver["rules"]]
    assert len(ids) == len(set(ids)) and set(CHECK_CODES) <= set(ids)
    for rule in driver["rules"]:
        _keys_ok(rule, "rule")
        for key in ("shortDescription", "fullDescription", "help"):
            _message(rule[key])
        assert rule["defaultConfiguration"]["level"] in LEVELS
        # the code's own page: the installed one unless [tool.lov] docs_url says where they are published
        page = rule["helpUri"].removeprefix("file://")
        assert Path(page).name == f"{rule['id']}.md" and Path(page).is_file()
        assert "{" not in rule["shortDescription"]["text"] and rule["shortDescription"]["text"].endswith((".", "…"))


SARIF_SCHEMA = ROOT / "tests" / "sarif" / "node_modules" / "@microsoft" / "jest-sarif" / "lib" / "schemas" / \
    "sarif-2.1.0-rtm.5.json"


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason="the SARIF schema is not installed (npm ci --prefix tests/sarif)")
def test_sarif_is_valid_by_the_official_sarif_2_1_0_schema(sarif: dict, tmp_path: Path) -> None:
    """The OASIS TC's SARIF 2.1.0 JSON schema (rtm.5), as Microsoft's SARIF tools ship it: the
    log of a law with findings of every family, witnesses included, and of the bundled laws."""
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    laws = CliRunner().invoke(main, ["check", "--format", "sarif", str(LAWS)])
    assert laws.exit_code == 1
    for log in (sarif, json.loads(laws.output)):
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
        assert [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]] == []
    broken = json.loads(json.dumps(sarif))
    broken["runs"][0]["results"][0]["level"] = "fejl"  # a level in Danish is not SARIF
    assert not validator.is_valid(broken)


def test_sarif_rules_carry_the_explain_text_as_help(sarif: dict) -> None:
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    for code in CHECK_CODES:
        assert rules[code]["help"]["markdown"] == explain(CATALOGUE[code])
        assert CATALOGUE[code].why in rules[code]["help"]["text"]
    assert rules["U001"]["defaultConfiguration"]["level"] == "error"
    assert rules["D001"]["defaultConfiguration"]["level"] == "warning"


def test_sarif_results_point_into_the_file(sarif: dict) -> None:
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert {r["ruleId"] for r in results} == {"U001", "D001", "D004"}
    for res in results:
        _keys_ok(res, "result")
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in LEVELS
        _message(res["message"])
        (loc,) = res["locations"]
        assert loc["physicalLocation"]["artifactLocation"]["uri"].endswith("sarif.lov")
        region = loc["physicalLocation"]["region"]
        _keys_ok(region, "region")
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert region["endLine"] > region["startLine"] or region["endColumn"] > region["startColumn"]
    split = [r for r in results if "kalendermåneder" in r["message"]["text"]]
    (res,) = split
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (6, 7)


def test_sarif_is_byte_identical_between_runs(tmp_path: Path) -> None:
    path = tmp_path / "sarif.lov"
    path.write_text(SARIF_LAW, encoding="utf-8")
    outputs = {CliRunner().invoke(main, ["check", "--format", "sarif", str(path)]).output for _ in range(2)}
    assert len(outputs) == 1


# ---- the code table ----------------------------------------------------------------------------


def _codes_in(module: str) -> set[str]:
    """The catalogue codes a module names in string literals (what it can emit)."""
    import ast

    from tests.kit import ROOT

    path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value in CATALOGUE}


def test_every_code_names_the_modules_that_emit_it() -> None:
    """Like ruff's code table: a code's row names its emitters, and each emitter names the code."""
    from dsl.catalogue import EMITTERS

    assert set(EMITTERS) == set(CATALOGUE)
    for code, modules in EMITTERS.items():
        for module in modules:
            assert code in _codes_in(module), f"{code} is listed for {module}, which never emits it"


def test_no_module_emits_a_code_the_table_does_not_give_it() -> None:
    from dsl.catalogue import EMITTERS

    emitters = {module for modules in EMITTERS.values() for module in modules}
    for module in sorted(emitters):
        given = {code for code, modules in EMITTERS.items() if module in modules}
        assert _codes_in(module) <= given, f"{module} emits {sorted(_codes_in(module) - given)} not in its rows"


def test_english_explanations_show_no_internal_placeholder_names() -> None:
    """`{proposal_en}` is how the catalogue keeps the English variant of a value apart; a reader
    of `lov explain --sprog en` sees the placeholder by its name, `{proposal}`."""
    for entry in CATALOGUE.values():
        page = explain(entry, "en")
        assert "_en}" not in page, entry.code
        assert set(re.findall(r"\{(\w+)\}", page.split("\n")[4])) <= set(re.findall(r"\{(\w+)\}", entry.da)), entry.code


def test_sarif_help_points_where_the_project_publishes_the_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lov.toml").write_text('docs_url = "https://love.example/regler/"\n', encoding="utf-8")
    (tmp_path / "r.lov").write_text(HEADER + CATALOGUE["U001"].bad, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    log = json.loads(CliRunner().invoke(main, ["check", "--format", "sarif", "r.lov"]).output)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["U001"]["helpUri"] == "https://love.example/regler/U001.md"
    (tmp_path / "lov.toml").write_text('docs_url = "love.example"\n', encoding="utf-8")
    bad = CliRunner().invoke(main, ["check", "r.lov"])
    assert bad.exit_code == 2 and "docs_url" in bad.output
