"""Two rules of kl-2017 in OpenFisca-core, the peer of `lov`'s columnar evaluator.

Run by ``bench/impact.py`` with the Python of a separate virtual environment that has
``openfisca-core`` (it is never a dependency of `lov`). Reads the population's input
columns from ``DIR/*.npy`` (written by the benchmark, the same citizens the other
contenders see), builds a simulation with the array input path (``set_input`` per
variable), computes

- ``praktik_varighed`` (§§ 44, 103, 110, 124): the work-placement duration in weeks;
- ``løntilskud_ret`` (§§ 30, 51, 104, 111): wage-subsidy eligibility,

and prints one JSON line with the build and compute times and the peak of traced memory;
the results are written to ``DIR/openfisca_*.npy`` so the benchmark can check that they
equal the columnar evaluator's. Judgments are inputs here (every citizen has them): OpenFisca
has no "requires caseworker judgment" outcome.

Usage: python openfisca_rules.py DIR
"""

from __future__ import annotations

import json
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

try:
    from openfisca_core.periods import DateUnit

    YEAR = DateUnit.YEAR
except ImportError:  # older openfisca-core
    from openfisca_core.periods import YEAR  # type: ignore[attr-defined,no-redef]

PERIOD = "2017"
JOBRETTET, UDDANNELSESRETTET, SAMMENHÆNGENDE = 0, 1, 2  # behov (option index, as in the law)

Person = build_entity(key="person", plural="persons", label="Borger", is_person=True)

INPUTS = {
    "alder": int, "forsikret": bool, "behov": int, "job_paa_saerlige_vilkaar": bool,
    "kompetencegivende_uddannelse": bool, "dimittend": bool, "kort_videregaaende_uddannelse": bool,
    "ordinaer_beskaeftigelse_efter_uddannelse": bool, "erhvervserfaring": bool, "langvarig_ledighed": bool,
    "tilmeldt_jobsoegende": bool, "ledighed_sammenlagt": int, "enlig_forsoerger": bool,
    "gymnasial_uddannelse": bool, "skoen_konkret_individuel_vurdering": bool, "skoen_vanskeligt_loentilskud": bool,
}


def _input(name: str, kind: type) -> type:
    return type(name, (Variable,), {"value_type": kind, "entity": Person, "definition_period": YEAR, "label": name})


class mg_forsikrede(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "målgruppe 1 forsikrede"

    def formula(person, period):  # noqa: N805 (OpenFisca's convention)
        return ((person("behov", period) == JOBRETTET) * person("forsikret", period)
                * np.logical_not(person("job_paa_saerlige_vilkaar", period)))


class mg_ikke_forsikrede(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "målgruppe 2 ikke_forsikrede"

    def formula(person, period):  # noqa: N805
        return ((person("behov", period) == JOBRETTET) * np.logical_not(person("forsikret", period))
                * np.logical_not(person("job_paa_saerlige_vilkaar", period)))


class mg_unge(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "målgruppe 3 unge"

    def formula(person, period):  # noqa: N805
        behov = person("behov", period)
        return ((person("alder", period) < 30) * np.logical_not(person("kompetencegivende_uddannelse", period))
                * ((behov == UDDANNELSESRETTET) + (behov == SAMMENHÆNGENDE))
                * np.logical_not(person("job_paa_saerlige_vilkaar", period)))


class praktik_varighed(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Højeste varighed af virksomhedspraktik (uger)"

    def formula(person, period):  # noqa: N805
        g1 = person("mg_forsikrede", period)
        g2 = person("mg_ikke_forsikrede", period)
        g3 = person("mg_unge", period) * person("tilmeldt_jobsoegende", period)
        vanskelig = (np.logical_not(person("erhvervserfaring", period)) + person("langvarig_ledighed", period)
                     + person("skoen_vanskeligt_loentilskud", period))
        dimittend = (person("dimittend", period) * person("kort_videregaaende_uddannelse", period)
                     * np.logical_not(person("ordinaer_beskaeftigelse_efter_uddannelse", period)))
        generel = np.where(person("skoen_konkret_individuel_vurdering", period), 26, 13)
        return np.select([g1, g2 + g3], [np.where(dimittend, 8, 4), np.where(vanskelig, 13, 4)], generel)


class loentilskud_ledighedskrav_opfyldt(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Kravet til ledighed inden tilbud er opfyldt"

    def formula(person, period):  # noqa: N805
        særlig = person("mg_forsikrede", period) + person("mg_ikke_forsikrede", period)
        krav = ((person("ledighed_sammenlagt", period) > 26) + (person("alder", period) > 50)
                + person("enlig_forsoerger", period) + np.logical_not(person("gymnasial_uddannelse", period)))
        return np.where(særlig, krav, True)


class loentilskud_kan(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Kan få løntilskud"

    def formula(person, period):  # noqa: N805
        return np.ones(person.count, dtype=bool)


class loentilskud_ret(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Kan få løntilskud (§ 51, stk. 2)"

    def formula(person, period):  # noqa: N805
        return person("loentilskud_kan", period) * person("loentilskud_ledighedskrav_opfyldt", period)


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The two rules as an OpenFisca "country package", so that `openfisca serve --country-package
    openfisca_rules` serves them (``bench/serve.py`` starts it with this directory on the path)."""

    def __init__(self) -> None:
        super().__init__([Person])
        from openfisca_core.parameters import ParameterNode

        # The web API needs at least one parameter to describe: the general work-placement weeks.
        self.parameters = ParameterNode("", data={"praktik_uger": {
            "description": "Højeste varighed af virksomhedspraktik (§ 44)", "values": {"2017-01-01": {"value": 13}}}})
        for name, kind in INPUTS.items():
            self.add_variable(_input(name, kind))
        for var in (mg_forsikrede, mg_ikke_forsikrede, mg_unge, praktik_varighed, loentilskud_ledighedskrav_opfyldt,
                    loentilskud_kan, loentilskud_ret):
            self.add_variable(var)


def build(columns: dict[str, np.ndarray]):
    tbs = CountryTaxBenefitSystem()
    n = len(next(iter(columns.values())))
    sim = SimulationBuilder().build_default_simulation(tbs, n)
    for name, values in columns.items():
        sim.set_input(name, PERIOD, values)
    return sim


def main(directory: str) -> None:
    d = Path(directory)
    columns = {name: np.load(d / f"{name}.npy") for name in INPUTS}
    tracemalloc.start()
    t0 = time.perf_counter()
    sim = build(columns)
    t1 = time.perf_counter()
    praktik = sim.calculate("praktik_varighed", PERIOD)
    ret = sim.calculate("loentilskud_ret", PERIOD)
    t2 = time.perf_counter()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    np.save(d / "openfisca_praktik_varighed.npy", praktik)
    np.save(d / "openfisca_loentilskud_ret.npy", ret)
    import openfisca_core

    version = getattr(openfisca_core, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("openfisca-core")
    print(json.dumps({"build": t1 - t0, "compute": t2 - t1, "peak": peak, "version": version}))


if __name__ == "__main__":
    main(sys.argv[1])
