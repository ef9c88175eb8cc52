"""RFC 9457 problem documents: every bad request gets one, in Danish or English.

One table of problem types (slug → status and title in both languages); a :class:`Problem` is
raised by the request handlers and rendered by the application as ``application/problem+json``
with the JSON Pointer (RFC 6901) of the offending field and the valid options where there are
some. The type URI is ``/problemer/<slug>`` on the service itself, where each is described.
"""

from __future__ import annotations

from typing import Any

MEDIA_TYPE = "application/problem+json"

#: slug → (HTTP status, Danish title, English title)
TYPES: dict[str, tuple[int, str, str]] = {
    "ugyldig-json": (400, "Forespørgslen er ikke gyldig JSON", "The request is not valid JSON"),
    "ugyldig-forespoergsel": (422, "Forespørgslen har ikke den beskrevne form", "The request does not have the documented form"),
    "ugyldige-oplysninger": (422, "Borgerens oplysninger passer ikke til loven", "The citizen's data does not fit the law"),
    "uden-for-kalenderen": (422, "Borgerens datoer og lovens perioder fører uden for kalenderen",
                            "The citizen's dates and the law's periods lead outside the calendar"),
    "ukendt-lov": (404, "Loven findes ikke i tjenesten", "The service has no such law"),
    "ukendt-resultat": (422, "Loven har ikke det resultat", "The law has no such result"),
    "ikke-fundet": (404, "Adressen findes ikke", "No such address"),
    "metode": (405, "Metoden bruges ikke på adressen", "The method is not allowed on this address"),
    "for-stor": (413, "Forespørgslen er for stor", "The request is too large"),
    "for-mange": (422, "For mange borgere i én forespørgsel", "Too many citizens in one request"),
    "for-dyb": (422, "JSON'en er for dybt indlejret", "The JSON is nested too deeply"),
    "ugyldig-tabel": (400, "Forespørgslen er ikke en læsbar tabel", "The request is not a readable table"),
    "medietype": (415, "Indholdstypen understøttes ikke", "Unsupported content type"),
}


def pointer(path: tuple[str | int, ...]) -> str:
    """A JSON path as a JSON Pointer (RFC 6901): ``("borger", "forløb", 0)`` → ``/borger/forløb/0``."""
    return "".join("/" + str(key).replace("~", "~0").replace("/", "~1") for key in path)


class Problem(Exception):
    """A bad request: its type (a slug of :data:`TYPES`), the detail in Danish and English, and
    where it is (a JSON path) and what would be valid."""

    def __init__(self, slug: str, da: str, en: str | None = None, path: tuple[str | int, ...] | None = None,
                 options: tuple[str, ...] = ()) -> None:
        super().__init__(da)
        self.slug, self.da, self.en, self.path, self.options = slug, da, en or da, path, options

    @property
    def status(self) -> int:
        return TYPES[self.slug][0]

    def document(self, sprog: str, instance: str) -> dict[str, Any]:
        """The problem document (RFC 9457, section 3) with this project's extension members."""
        status, title_da, title_en = TYPES[self.slug]
        doc: dict[str, Any] = {
            "type": f"/problemer/{self.slug}",
            "title": title_en if sprog == "en" else title_da,
            "status": status,
            "detail": self.en if sprog == "en" else self.da,
            "instance": instance,
        }
        if self.path is not None:
            doc["pointer"] = pointer(self.path)
        if self.options:
            doc["options"] = list(self.options)
        return doc


def problem_schema() -> dict[str, Any]:
    """The JSON Schema of a problem document (for the OpenAPI document)."""
    return {
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {"type": "string", "enum": [f"/problemer/{slug}" for slug in TYPES]},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "instance": {"type": "string"},
            "pointer": {"type": "string", "description": "JSON Pointer (RFC 6901) til det forkerte felt"},
            "options": {"type": "array", "items": {"type": "string"}, "description": "De gyldige værdier"},
        },
    }
