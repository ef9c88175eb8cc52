"""The laws a decision service serves, and what it answers about one citizen or many.

Each law is loaded once: its model, its generated scalar module (the evaluator vendors embed, so
the service answers exactly what the module answers) and its input schema. Requests are checked
here and every problem is a :class:`~compiler.driver.service.problems.Problem`.
"""

from __future__ import annotations

import datetime
import functools
import re
import types
from pathlib import Path
from typing import Any, Mapping, Sequence

import attrs

from compiler.codegen.load import compile_columnar, compile_law
from compiler.driver.service import batch
from compiler.driver.service.problems import Problem
from compiler.evaluate import deadlines, prelude
from compiler.evaluate.facts import FactError, facts_from_json
from compiler.evaluate.schema import citizen_schema
from dsl import model as m
from dsl.kinds import TypeKind
from dsl.model import Value
from dsl.timeline import CalendarError


#: From this many citizens a batch goes through the columnar evaluator (below it the scalar
#: module is as fast, and the columnar module need not be compiled).
BATCH_COLUMNAR = 32


@attrs.define(eq=False, slots=False)  # slots=False: the columnar module is a cached property
class ServedLaw:
    """One law as served: its name in the paths (the file's stem), model and evaluator."""

    name: str
    law: m.Law
    module: types.ModuleType = attrs.field(repr=False)

    @property
    def identity(self) -> dict[str, Any]:
        return {"navn": self.name, "titel": self.law.title, "version": self.law.version, "sha256": self.law.sha256}

    def schema(self) -> dict[str, Any]:
        return citizen_schema(self.law, f"/love/{self.name}")

    def description(self) -> dict[str, Any]:
        """What the law decides and reads: results, begreber, target groups and judgments."""
        law = self.law
        return {
            **self.identity,
            "resultater": [{"navn": r.name, "type": str(r.type), "beskrivelse": r.description,
                            "regler": [rule.label for rule in r.rules]} for r in law.results.values()],
            "begreber": [{"navn": c.name, "type": str(c.type), "beskrivelse": c.description,
                          "valg": list(c.type.options),
                          "kilde": None if c.source is None else {"art": c.source.kind, "tekst": c.source.text}}
                         for c in law.concepts.values()],
            "målgrupper": [{"navn": g.name, "nummer": g.number, "titel": g.title} for g in law.groups.values()],
            "skøn": [{"id": ident, "ordlyd": text} for ident, text in m.judgment_ids(law).items()],
        }

    # ---- evaluation ---------------------------------------------------------------------
    def citizen(self, data: Any, path: tuple[str | int, ...]) -> tuple[dict[str, Value], dict[str, bool]]:
        """The facts and judgments of one citizen's JSON (a Problem at ``path`` if it does not fit)."""
        try:
            return facts_from_json(self.law, data, "")
        except FactError as error:
            raise Problem("ugyldige-oplysninger", error.da, error.en, (*path, *error.path), error.options) from None

    def results_asked(self, names: Any, path: tuple[str | int, ...]) -> list[str]:
        """The results a request asks for (all when none are named)."""
        if names is None:
            return list(self.law.results)
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise Problem("ugyldig-forespoergsel", "\"resultater\" skal være en liste af navne",
                          "\"resultater\" must be a list of names", path)
        for i, name in enumerate(names):
            if name not in self.law.results:
                raise Problem("ukendt-resultat", f"loven har intet resultat '{name}'", f"the law has no result '{name}'",
                              (*path, i), tuple(self.law.results))
        return list(names)

    def answer(self, facts: Mapping[str, Value], judgments: Mapping[str, bool], names: Sequence[str],
               explain: bool, groups: bool = True, path: tuple[str | int, ...] = ("borger",)) -> dict[str, Any]:
        """One citizen's outcomes as `lov eval --format json` prints them (by the generated module);
        a Problem at ``path`` when the citizen's dates moved by the law's periods leave the calendar."""
        try:
            return self._answer(facts, judgments, names, explain, groups)
        except self.module._UdenForKalenderen as error:  # the generated module's own copy of dsl.timeline's
            raise Problem("uden-for-kalenderen", str(error), error.english, path) from None

    def _answer(self, facts: Mapping[str, Value], judgments: Mapping[str, bool], names: Sequence[str],
                explain: bool, groups: bool) -> dict[str, Any]:
        module = self.module
        borger = module.borger_fra_dict(facts)
        out: dict[str, Any] = dict(self.identity)
        if groups:
            out["målgrupper"] = {name: _data(u, TypeKind.BOOLEAN) for name, u in module.målgrupper(borger, judgments).items()}
        results: dict[str, Any] = {}
        for name in names:
            if explain:
                results[name] = module.forklar(name, borger, judgments)
            else:
                results[name] = _data(module.RESULTATER[name](borger, judgments), self.law.results[name].type.kind)
        out["resultater"] = results
        return out

    def answer_many(self, citizens: list[Any], names: Sequence[str], groups: bool) -> list[dict[str, Any]]:
        """Many citizens' target groups and outcomes: through the columnar evaluator when the batch
        is plain (:mod:`compiler.driver.service.batch`), otherwise citizen by citizen."""
        if len(citizens) >= BATCH_COLUMNAR:
            fast = batch.answers(self.law, self.columnar, citizens, names, groups)
            if fast is not None:
                return fast
        read = [self.citizen(c, ("borgere", i)) for i, c in enumerate(citizens)]
        out = []
        for i, (facts, judgments) in enumerate(read):
            answer = self.answer(facts, judgments, names, False, groups, ("borgere", i))
            out.append({k: answer[k] for k in ("målgrupper", "resultater") if k in answer})
        return out

    @functools.cached_property
    def columnar(self) -> types.ModuleType:
        """The law's columnar module, compiled on the first large batch."""
        return compile_columnar(self.law)

    def schedule(self, facts: Mapping[str, Value], judgments: Mapping[str, bool], start: datetime.date | None,
                 end: datetime.date | None) -> dict[str, Any]:
        try:
            return deadlines.schedule_data(self.law, deadlines.deadlines(self.law, facts, judgments, start, end))
        except CalendarError as error:
            raise Problem("uden-for-kalenderen", str(error), error.english, ("borger",)) from None


def _data(u: Any, kind: str) -> dict[str, object]:
    return prelude._udfald_data(u.art, kind, u.værdi, u.regler, u.skøn, u.mangler)


def serve_laws(laws: Sequence[tuple[str, m.Law]]) -> dict[str, ServedLaw]:
    """The laws by name (the file's stem in lower case; a second law of the same stem gets ``-2``)."""
    served: dict[str, ServedLaw] = {}
    for path, law in laws:
        base = re.sub(r"[^a-z0-9æøå_-]+", "-", Path(path).stem.lower()).strip("-") or "lov"
        name, n = base, 1
        while name in served:
            n += 1
            name = f"{base}-{n}"
        served[name] = ServedLaw(name, law, compile_law(law))
    return served
