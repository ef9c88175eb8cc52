"""The pytest plugin: opt-in collection of `testsag`s from .lov files."""

from __future__ import annotations

import pytest

from tests.kit import ROOT

pytest_plugins = ["pytester"]

LAW = """lov "Plugin"
begreb a: sandhedsværdi kilde borger
resultat x: heltal
§ 1. x er 1, hvis a.
§ 2. x er 2, hvis ikke a.
testsag "a giver 1":
    givet a = ja
    forvent x = 1
testsag "ikke a giver 3":
    givet a = nej
    forvent x = 3
"""


@pytest.fixture
def run(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makefile(".lov", sager=LAW)

    def go(*args: str):
        # `-p no:lov` keeps an installed copy of the plugin out, so this checkout's is the one tested.
        return pytester.runpytest_inprocess("-p", "no:lov", "-p", "compiler.driver.pytest_plugin", *args)

    return go


def test_off_by_default(run):
    result = run()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_each_testsag_is_an_item_and_failures_show_expected_actual_and_why(run):
    result = run("--lov", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*sager.lov::a giver 1 PASSED*",
        "*sager.lov::ikke a giver 3 FAILED*",
        '*testsag "ikke a giver 3" [[]genereret[]]: x: forventede 3, fik 2 (§ 2)*§ 1 gælder ikke*',
    ])


def test_interpreter_too_and_ini_option(run, pytester):
    pytester.makeini("[pytest]\nlov_testsag = true\n")
    result = run("--lov-fortolker")
    result.assert_outcomes(passed=2, failed=2)


def test_a_law_with_errors_is_one_failing_item(run, pytester):
    pytester.makefile(".lov", fejl='lov "x"\nresultat r: uger\n§ 1. r er 13.\n')
    result = run("--lov")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*fejl.lov:3:*"])
