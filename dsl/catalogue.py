"""The catalogue: every diagnostic code the tool can report, in one table.

Each entry has a stable code, a slug, a default severity, a Danish and an English message
template, a short documentation (why, a bad and a good example) that `lov explain CODE` prints
and `compiler/checks/docs/` is generated from, and — in :data:`EMITTERS`, like ruff's code
table — the module that emits it. Nothing registers itself on import: adding a code means
adding a row here and the emitting module to :data:`EMITTERS`; ``tests/test_checks_catalogue.py``
checks that each module emits exactly the codes the table gives it.

Families: F files, S syntax, N names and structure, T types, U periods (weeks only),
D digital-ready legislation, K conflicts between rules, A amending acts (`lov indarbejd`).

The A family's examples are amending acts applied to :data:`AMEND_EXAMPLE_LAW`.
"""

from __future__ import annotations

import enum
import string

import attrs

from dsl.language import current


class Severity(enum.Enum):
    ERROR = "fejl"
    WARNING = "advarsel"
    INFO = "info"

    @property
    def english(self) -> str:
        return {"fejl": "error", "advarsel": "warning", "info": "note"}[self.value]

    def label(self, lang: str | None = None) -> str:
        lang = lang or current()
        return self.value if lang == "da" else self.english


#: Placeholders that add an aside to a message, left out of its summary.
_ASIDES = frozenset({"hint", "scope", "detail", "division", "within"})


@attrs.frozen
class Entry:
    """One code of the catalogue: what the diagnostic says and why it exists."""

    code: str
    slug: str
    severity: Severity
    da: str
    en: str
    why: str
    bad: str = ""
    good: str = ""
    #: ``why`` in English (`lov explain --sprog en`, SARIF's help under --sprog en).
    why_en: str = ""

    def summary(self, lang: str | None = None) -> str:
        """The message as a sentence about no finding in particular (SARIF's shortDescription):
        each value shown as `…`, the optional asides (a hint, a scope, a detail) left out."""
        lang = lang or current()
        template = self.da if lang == "da" else self.en
        parts = []
        for literal, name, _, _ in string.Formatter().parse(template):
            parts.append(literal)
            if name and name.removesuffix("_en") not in _ASIDES:
                parts.append("…")
        text = " ".join("".join(parts).split())
        return text[0].upper() + text[1:] + ("" if text.endswith((".", "?", "…")) else ".")

    def reason(self, lang: str | None = None) -> str:
        """Why the code exists (its source), in ``lang`` (the current language by default)."""
        lang = lang or current()
        return self.why_en if lang == "en" and self.why_en else self.why

    def render(self, lang: str | None, args: dict[str, str]) -> str:
        lang = lang or current()
        template = self.da if lang == "da" else self.en
        return template.format(**args)

    @property
    def emitters(self) -> tuple[str, ...]:
        """The modules that emit this code."""
        return EMITTERS[self.code]


#: Every code → the modules that emit it (the front end's, then each check's).
EMITTERS: dict[str, tuple[str, ...]] = {
    **{code: ("dsl.sources",) for code in ("F001", "F002", "F003", "F004")},
    **{code: ("dsl.parser",) for code in ("S001", "S002", "S003", "S005", "S006", "S007")},
    "S004": ("dsl.resolver",),
    **{f"N{n:03d}": ("dsl.resolver",) for n in range(1, 19)},
    **{f"T{n:03d}": ("dsl.resolver",) for n in range(1, 11)},
    "U001": ("compiler.checks.textscan",),  # for compiler.checks.weeks and `lov check --tekst`
    "D001": ("compiler.checks.technology",),
    "D002": ("compiler.checks.communication",),
    "D003": ("compiler.checks.communication",),
    "D004": ("compiler.checks.data_reuse",),
    "D005": ("compiler.checks.data_reuse",),
    "D006": ("compiler.checks.discretion",),
    "D007": ("compiler.checks.aggregation",),
    "D008": ("compiler.checks.fragmentation",),
    "D009": ("compiler.checks.fragmentation",),
    "K001": ("compiler.checks.conflicts",),
    **{f"K{n:03d}": ("compiler.prove.checks",) for n in range(2, 9)},
    "A001": ("compiler.amend.reader", "compiler.amend.consolidate"),
    **{f"A{n:03d}": ("compiler.amend.consolidate",) for n in range(2, 14)},
}

#: The law the A family's bad and good examples amend.
AMEND_EXAMPLE_LAW = """lov "Lov om en aktiv beskæftigelsesindsats"
version "1"

resultat praktik_varighed: uger "Højeste varighed af virksomhedspraktik"

§ 44 "Varighed"
    stk. 1. praktik_varighed er 13 uger.
    stk. 2. praktik_varighed er 26 uger, hvis skøn "konkret individuel vurdering".
        undtagelse til § 44, stk. 1.
    stk. 3. "Praktikken kan forlænges."
    stk. 4. "Jobcentret følger op hver 4. uge."
"""

_ACT = "Lov om ændring af lov om en aktiv beskæftigelsesindsats\n\n§ 1\n\n" \
    "I lov om en aktiv beskæftigelsesindsats foretages følgende ændringer:\n\n"

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

_ENTRIES: list[Entry] = [
    # ---- F: files -----------------------------------------------------------------
    Entry(
        "F001", "fil-findes-ikke", E,
        "filen '{path}' findes ikke eller kan ikke læses: {reason}",
        "the file '{path}' does not exist or cannot be read: {reason_en}",
        "`lov` kan kun kontrollere filer, den kan læse.",
        why_en="`lov` can only check files it can read.",
    ),
    Entry(
        "F002", "ikke-utf8", E,
        "filen er ikke gyldig UTF-8 (byte 0x{byte} ved position {offset}); gem den som UTF-8",
        "the file is not valid UTF-8 (byte 0x{byte} at offset {offset}); save it as UTF-8",
        ".lov-filer er UTF-8 (med eller uden BOM), så æ, ø, å og § altid læses ens.",
        why_en=".lov files are UTF-8 (with or without a BOM), so that æ, ø, å and § always read the same.",
    ),
    Entry(
        "F003", "tom-fil", E,
        "filen er tom; en lov begynder med `lov \"titel\"`",
        "the file is empty; a law starts with `lov \"title\"`",
        "En tom fil er næsten altid en fejl i et build-trin eller en kopiering.",
        why_en="An empty file is nearly always a mistake in a build step or a copy.",
        bad="", good='lov "Lov om en aktiv beskæftigelsesindsats"\nversion "2017-04"\n',
    ),
    Entry(
        "F004", "ingen-lov-filer", E,
        "mappen '{path}' indeholder ingen .lov-filer",
        "the directory '{path}' contains no .lov files",
        "En mappe uden .lov-filer skyldes typisk en forkert sti i CI.",
        why_en="A directory without .lov files is usually a wrong path in CI.",
    ),
    # ---- S: syntax ----------------------------------------------------------------
    Entry(
        "S001", "uventet-ord", E,
        "uventet {found}; forventede {expected}",
        "unexpected {found_en}; expected {expected_en}",
        "Teksten følger ikke sprogets opbygning. Meddelelsen siger, hvad der stod, og hvad "
        "sproget tillader på stedet. Efter en fejl fortsætter læsningen ved næste § eller "
        "erklæring, så alle fejlbehæftede afsnit vises i én kørsel.",
        why_en=("The text does not follow the language's structure. The message says what stood there and what the "
               "language allows at that place. After an error, reading goes on at the next § or declaration, so "
               "every faulty section is shown in one run."),
        bad="§ 44\n    stk. 1. praktik_varighed 13 uger.\n",
        good="§ 44\n    stk. 1. praktik_varighed er 13 uger.\n",
    ),
    Entry(
        "S002", "ukendt-tegn", E,
        "tegnet '{char}' kan ikke stå her; forventede {expected}",
        "the character '{char}' cannot appear here; expected {expected_en}",
        "Navne består af bogstaverne a–å, tal og _, så de altid kan bruges som navne i den "
        "genererede kode; tekst står i anførselstegn.",
        why_en=("Names consist of the letters a–å, digits and _, so that they can always be used as names in the "
               "generated code; text stands in quotation marks."),
        bad="begreb аlder: heltal  # kyrillisk 'а'\n",
        good="begreb alder: heltal\n",
    ),
    Entry(
        "S003", "uventet-slut", E,
        "filen slutter midt i {where}; forventede {expected}",
        "the file ends in the middle of {where}; expected {expected_en}",
        "Den sidste erklæring eller § er ikke skrevet færdig.",
        why_en="The last declaration or § is not finished.",
        bad='målgruppe 1 forsikrede "Forsikrede ledige":\n',
        good='målgruppe 1 forsikrede "Forsikrede ledige":\n    forsikret\n',
    ),
    Entry(
        "S004", "ukendt-type", E,
        "'{found}' er ikke en type; brug heltal, sandhedsværdi, beløb, uger, tekst, dato, kadence, valg af … "
        "eller forløb af …",
        "'{found}' is not a type; use heltal, sandhedsværdi, beløb, uger, tekst, dato, kadence, valg af … "
        "or forløb af …",
        "En periode har typen `uger`: loven angiver alle perioder i uger (KL's forslag, afsnit 2.5).",
        why_en=("A period has the type `uger` (weeks): the law states every period in weeks (KL's proposal, section "
               "2.5)."),
        bad="begreb ledighed: måneder\n",
        good="begreb ledighed: uger\n",
    ),
    Entry(
        "S005", "udtryk-for-dybt", E,
        "udtrykket er for dybt: mere end {limit} niveauer af operatorer og `ikke`; del det op i flere "
        "resultater eller målgrupper",
        "the expression is too deep: more than {limit} levels of operators and `ikke`; split it into "
        "several results or target groups",
        "En betingelse med hundredvis af led kan ingen læser overskue, og et udtryk skal kunne "
        "evalueres og oversættes til kode uden at løbe tør for stak. Grænsen er 100 niveauer: en kæde "
        "`a og b og c …` tæller ét niveau pr. operator, parenteser uden operator tæller ikke.",
        why_en=("No reader can follow a condition of hundreds of terms, and an expression must be evaluated and "
               "compiled to code without running out of stack. The limit is 100 levels: a chain `a og b og c …` "
               "counts one level per operator; parentheses without an operator do not count."),
        bad="begreb a: sandhedsværdi kilde register \"X\"\nresultat r: uger\n§ 1. r er 4 uger, hvis "
        + " og ".join(["a"] * 102) + ".\n",
        good="begreb a: sandhedsværdi kilde register \"X\"\nresultat r: uger\n§ 1. r er 4 uger, hvis a og a.\n",
    ),
    Entry(
        "S006", "tal-for-langt", E,
        "tallet har {digits} cifre; et tal i loven har højst {limit}",
        "the number has {digits} digits; a number in the law has at most {limit}",
        "Ingen periode, alder, beløb eller bestemmelse har brug for mere end 15 cifre, og et tal, der "
        "kan regnes eksakt overalt — i fortolkeren, i den genererede kode og i den søjlevise "
        "evaluator — må ikke kunne løbe over.",
        why_en=("No period, age, amount or provision needs more than 15 digits, and a number that is computed exactly"
               " everywhere — in the interpreter, in the generated code and in the columnar evaluator — must not be "
               "able to overflow."),
        bad="resultat r: uger\n§ 1. r er 1000000000000000000 uger.\n",
        good="resultat r: uger\n§ 1. r er 10 uger.\n",
    ),
    Entry(
        "S007", "ugyldig-dato", E,
        "'{found}' er ikke en dato i kalenderen",
        "'{found}' is not a date in the calendar",
        "En dato skrives ÅÅÅÅ-MM-DD (ISO 8601) og skal findes i kalenderen: 2026-02-29 findes ikke, "
        "2028-02-29 gør.",
        why_en=("A date is written YYYY-MM-DD (ISO 8601) and must exist in the calendar: 2026-02-29 does not, "
               "2028-02-29 does."),
        bad="testsag \"Tilmeldt\":\n    givet tilmeldt = 2026-02-30\n",
        good="testsag \"Tilmeldt\":\n    givet tilmeldt = 2026-03-02\n",
    ),
    # ---- N: names and structure ----------------------------------------------------
    Entry(
        "N001", "ukendt-navn", E,
        "'{name}' er ikke erklæret{hint}",
        "'{name}' is not declared{hint_en}",
        "Et navn i en regel skal være erklæret som `begreb`, `resultat` eller (efter "
        "`målgruppe`) som målgruppe. Ofte er det en stavefejl; meddelelsen foreslår det "
        "nærmeste navn.",
        why_en=("A name in a rule must be declared as a `begreb` (concept), a `resultat` (result) or (after "
               "`målgruppe`) a target group. It is often a typo; the message suggests the nearest name."),
        bad="resultat varighed: uger\n§ 1. varighed er 4 uger, hvis forsikert.\n",
        good="begreb forsikret: sandhedsværdi kilde register \"A-kasse\"\nresultat varighed: uger\n"
        "§ 1. varighed er 4 uger, hvis forsikret.\n",
    ),
    Entry(
        "N002", "dobbelt-navn", E,
        "'{name}' er allerede erklæret i linje {line}",
        "'{name}' is already declared on line {line}",
        "Begreber, resultater og målgrupper deler ét navnerum, så et navn betyder én ting.",
        why_en="Concepts, results and target groups share one namespace, so that a name means one thing.",
    ),
    Entry(
        "N003", "dobbelt-paragraf", E,
        "§ {number} findes allerede i linje {line}",
        "§ {number} already exists on line {line}",
        "Hver § har sit eget nummer, så en henvisning peger på netop én bestemmelse.",
        why_en="Each § has its own number, so that a reference points to exactly one provision.",
    ),
    Entry(
        "N004", "dobbelt-stk", E,
        "{what} findes allerede i § {number} (linje {line})",
        "{what} already exists in § {number} (line {line})",
        "Stykker og numre i en § har hver sit nummer.",
        why_en="The subsections (stk.) and items (nr.) of a § each have their own number.",
    ),
    Entry(
        "N005", "ukendt-henvisning", E,
        "henvisningen til {ref} peger ikke på en bestemmelse i loven{hint}",
        "the reference to {ref} does not point to a provision of the law{hint_en}",
        "En henvisning (`jf.` eller `undtagelse til`) til en § eller et stk., der ikke findes, "
        "efterlader læseren og systemet uden regel.",
        why_en=("A reference (`jf.` or `undtagelse til`) to a § or stk. that does not exist leaves the reader and the"
               " system without a rule."),
        bad="§ 44. praktik_varighed er 13 uger, jf. § 99.\n",
        good="§ 44. praktik_varighed er 13 uger, jf. § 42.\n",
    ),
    Entry(
        "N006", "ukendt-målgruppe", E,
        "'{name}' er ikke en målgruppe{hint}",
        "'{name}' is not a target group{hint_en}",
        "Efter `For målgruppe` og `målgruppe` står navnet på en erklæret målgruppe.",
        why_en="After `For målgruppe` and `målgruppe` stands the name of a declared target group.",
    ),
    Entry(
        "N007", "ukendt-valgmulighed", E,
        "'{name}' er ikke en af mulighederne for {owner} ({options})",
        "'{name}' is not one of the options of {owner} ({options})",
        "Et `valg af …` har en fast liste af muligheder.",
        why_en="A `valg af …` (choice) has a fixed list of options.",
    ),
    Entry(
        "N008", "dobbelt-målgruppenummer", E,
        "målgruppe {number} findes allerede i linje {line}",
        "target group {number} already exists on line {line}",
        "Målgrupperne er nummererede som i loven; to med samme nummer er en fejl.",
        why_en="Target groups are numbered as in the law; two with the same number are an error.",
    ),
    Entry(
        "N009", "mangler-lov-titel", E,
        "loven mangler sin titel: skriv `lov \"…\"` øverst i filen",
        "the law has no title: write `lov \"…\"` at the top of the file",
        "Titel og version står i hovedet af genereret kode og rapporter.",
        why_en="The title and version head the generated code and the reports.",
        good='lov "Lov om en aktiv beskæftigelsesindsats"\nversion "2017-04"\n',
    ),
    Entry(
        "N010", "dobbelt-hoved", E,
        "`{what}` er allerede angivet i linje {line}",
        "`{what}` is already given on line {line}",
        "En fil indeholder én lov med én titel og én version.",
        why_en="A file holds one law with one title and one version.",
    ),
    Entry(
        "N011", "undtagelse-uden-regel", E,
        "{ref} fastsætter ikke {result}, så denne regel kan ikke være en undtagelse til den",
        "{ref} does not set {result}, so this rule cannot be an exception to it",
        "En undtagelse tilsidesætter en anden regel for det samme resultat.",
        why_en="An exception overrides another rule for the same result.",
    ),
    Entry(
        "N012", "kredsløb", E,
        "'{name}' afhænger af sig selv: {cycle}",
        "'{name}' depends on itself: {cycle}",
        "Et resultat eller en målgruppe, der afhænger af sig selv, kan ikke afgøres.",
        why_en="A result or a target group that depends on itself cannot be decided.",
    ),
    Entry(
        "N013", "ikke-begreb", E,
        "'{name}' er {kind}, ikke et begreb; i `givet` angives kun begreber",
        "'{name}' is {kind_en}, not a concept; `givet` only sets concepts",
        "En testsag angiver borgerens oplysninger (begreber); resultater og målgrupper beregnes.",
        why_en="A testsag gives the citizen's facts (concepts); results and target groups are computed.",
    ),
    Entry(
        "N014", "ikke-resultat", E,
        "'{name}' er {kind}, ikke et resultat; i `forvent` angives resultater",
        "'{name}' is {kind_en}, not a result; `forvent` checks results",
        "En testsag forventer værdier af resultater (eller `målgruppe X = ja/nej`).",
        why_en="A testsag expects values of results (or `målgruppe X = ja/nej`).",
    ),
    Entry(
        "N015", "resultat-uden-regel", W,
        "resultatet '{name}' fastsættes ikke af nogen regel",
        "the result '{name}' is not set by any rule",
        "Et resultat uden regler kan aldrig afgøres.",
        why_en="A result without rules can never be decided.",
    ),
    Entry(
        "N016", "regel-for-begreb", E,
        "'{name}' er {kind}; en regel kan kun fastsætte et resultat",
        "'{name}' is {kind_en}; a rule can only set a result",
        "Begreber kommer fra registre eller borgeren; regler fastsætter resultater.",
        why_en="Concepts come from registers or the citizen; rules set results.",
    ),
    Entry(
        "N017", "valgmulighed-og-navn", W,
        "'{name}' er både en valgmulighed og {kind}; her læses det som valgmuligheden",
        "'{name}' is both an option and {kind_en}; here it is read as the option",
        "Ved siden af et `valg af …` betyder et navn valgmuligheden, også hvis der findes en "
        "erklæring med samme navn. Det er sjældent meningen, at de to skal hedde det samme: "
        "omdøb den ene.",
        why_en=("Beside a `valg af …`, a name means the option, even if a declaration of the same name exists. The "
               "two are rarely meant to have the same name: rename one of them."),
        bad="begreb behov: valg af jobrettet, sammenhængende\nmålgruppe 4 sammenhængende:\n    behov = sammenhængende\n",
        good="begreb behov: valg af jobrettet, sammenhængende\nmålgruppe 4 sammenhængende_indsats:\n    behov = sammenhængende\n",
    ),
    Entry(
        "N018", "gensidige-undtagelser", E,
        "{rule} og {other} er undtagelser til hinanden; når begge gælder, tilsidesætter de hinanden, og "
        "ingen af dem afgør resultatet",
        "{rule} and {other} are exceptions to each other; when both apply they override each other and "
        "neither decides the result",
        "Undtagelser skal pege én vej: den særlige regel går forud for den generelle. To regler, der "
        "(direkte eller gennem andre) er undtagelser til hinanden, efterlader borgeren uden afgørelse.",
        why_en=("Exceptions must point one way: the special rule comes before the general one. Two rules that are "
               "(directly or through others) exceptions to each other leave the citizen without a decision."),
        bad="§ 1\n    stk. 1. frist er 4 uger.\n        undtagelse til § 1, stk. 2.\n"
        "    stk. 2. frist er 8 uger, hvis forsikret.\n        undtagelse til § 1, stk. 1.\n",
        good="§ 1\n    stk. 1. frist er 4 uger.\n"
        "    stk. 2. frist er 8 uger, hvis forsikret.\n        undtagelse til § 1, stk. 1.\n",
    ),
    # ---- T: types -----------------------------------------------------------------
    Entry(
        "T001", "forkert-værditype", E,
        "{result} har typen {expected}, men værdien har typen {found}",
        "{result} has type {expected}, but the value has type {found}",
        "En regels værdi skal have resultatets type: uger er ikke et heltal, og kroner er ikke uger.",
        why_en="A rule's value must have the result's type: weeks are not an integer, and kroner are not weeks.",
        bad="resultat varighed: uger\n§ 1. varighed er 13.\n",
        good="resultat varighed: uger\n§ 1. varighed er 13 uger.\n",
    ),
    Entry(
        "T002", "usammenlignelige-typer", E,
        "kan ikke sammenligne {left} med {right}",
        "cannot compare {left} with {right}",
        "Uger sammenlignes med uger, beløb med beløb, heltal med heltal.",
        why_en="Weeks are compared with weeks, amounts with amounts, integers with integers.",
        bad="begreb ledighed: uger kilde register \"Ydelsesrefusion\"\n… hvis ledighed >= 26\n",
        good="… hvis ledighed >= 26 uger\n",
    ),
    Entry(
        "T003", "ikke-sandhedsværdi", E,
        "{where} skal være en sandhedsværdi (ja/nej), men har typen {found}",
        "{where} must be a truth value (ja/nej), but has type {found}",
        "Betingelser efter `hvis`, i målgrupper og omkring `og`, `eller`, `ikke` er ja/nej.",
        why_en="Conditions after `hvis`, in target groups and around `og`, `eller`, `ikke` are yes/no.",
    ),
    Entry(
        "T004", "ugyldig-regning", E,
        "kan ikke regne {left} {op} {right}",
        "cannot compute {left} {op} {right}",
        "Man kan lægge uger til uger og beløb til beløb og gange med et heltal.",
        why_en="Weeks can be added to weeks and amounts to amounts, and multiplied by an integer.",
    ),
    Entry(
        "T005", "forkert-testværdi", E,
        "'{name}' har typen {expected}, men testsagen angiver {found}",
        "'{name}' has type {expected}, but the test case gives {found}",
        "En testsags værdier har begrebets eller resultatets type.",
        why_en="A testsag's values have the type of the concept or result.",
    ),
    Entry(
        "T006", "ikke-konstant", E,
        "en testsag angiver faste værdier; {what} kan ikke bruges her",
        "a test case gives fixed values; {what} cannot be used here",
        "`givet` og `forvent` tager tal, perioder, beløb, ja/nej, tekst og valgmuligheder.",
        why_en="`givet` and `forvent` take numbers, periods, amounts, yes/no, text and options.",
    ),
    Entry(
        "T007", "mangler-opgørelsesdato", E,
        "{what} regnes frem til opgørelsesdatoen; erklær `begreb opgørelsesdato: dato`",
        "{what} is counted up to the evaluation date; declare `begreb opgørelsesdato: dato`",
        "Tid i et forløb tælles frem til den dag, oplysningerne opgøres på. Den dag er altid en "
        "oplysning, der gives med sagen, aldrig maskinens ur: så giver samme sag samme svar i dag, "
        "i morgen og ved en klage om et år.",
        why_en=("Time in a history is counted up to the day the facts are stated on. That day is always a fact given "
               "with the case, never the machine's clock: so the same case gets the same answer today, tomorrow and "
               "in an appeal a year from now."),
        bad="begreb ydelsesforløb: forløb af dagpenge kilde register \"Ydelsesregister\"\n"
        "resultat ledighed: uger\n§ 1. ledighed er sammenlagt tid på dagpenge i ydelsesforløb.\n",
        good="begreb opgørelsesdato: dato kilde borger\n"
        "begreb ydelsesforløb: forløb af dagpenge kilde register \"Ydelsesregister\"\n"
        "resultat ledighed: uger\n§ 1. ledighed er sammenlagt tid på dagpenge i ydelsesforløb.\n",
    ),
    Entry(
        "T008", "ikke-et-forløb", E,
        "'{name}' er ikke et forløb, men har typen {found}; tid tælles i et begreb af typen `forløb af …`",
        "'{name}' is not a history but has type {found}; time is counted in a begreb of type `forløb af …`",
        "`sammenlagt tid` og `sammenhængende tid` læser et forløb: en række perioder med en "
        "startdato, en slutdato (eller ingen) og en værdi, fx hvilken ydelse borgeren fik.",
        why_en=("`sammenlagt tid` (total time) and `sammenhængende tid` (continuous time) read a history: a series of"
               " periods with a start date, an end date (or none) and a value, e.g. which benefit the citizen "
               "received."),
    ),
    Entry(
        "T009", "frist-uden-dato", E,
        "{result} er {kind}, men værdien er en periode uden en dato at regne fra; skriv fx "
        "{example}",
        "{result} is {kind_en}, but the value is a period with no date to count from; write for example "
        "{example}",
        "En frist er en dato, og en kadence er datoer: begge regnes fra en dato i sagen (tilmelding, "
        "første samtale). En periode alene (`2 uger`) siger ikke, hvornår fristen udløber.",
        why_en=("A deadline is a date, and a cadence is dates: both are counted from a date in the case "
               "(registration, first interview). A period alone (`2 uger`) does not say when the deadline expires."),
        bad="begreb tilmeldt: dato kilde register \"Jobnet\"\nresultat første_samtale: dato\n"
        "§ 1. første_samtale er 2 uger.\n",
        good="begreb tilmeldt: dato kilde register \"Jobnet\"\nresultat første_samtale: dato\n"
        "§ 1. første_samtale er tilmeldt + 2 uger.\n",
    ),
    Entry(
        "T010", "ugyldigt-forløb", E,
        "forløbet '{name}' er ugyldigt: {problem}",
        "the history '{name}' is invalid: {problem_en}",
        "Et forløb er en række perioder, hver med en startdato, en slutdato (begge dage med) eller "
        "ingen slutdato, hvis perioden løber endnu, og en værdi. En periode slutter ikke før den "
        "begynder, og to perioder i samme forløb overlapper ikke: borgeren får én ydelse ad gangen.",
        why_en=("A history is a series of periods, each with a start date, an end date (both days included) or no end"
               " date if the period is still running, and a value. A period does not end before it begins, and two "
               "periods of the same history do not overlap: the citizen receives one benefit at a time."),
        bad="givet ydelsesforløb = [dagpenge fra 2026-03-01 til 2026-01-31]\n",
        good="givet ydelsesforløb = [dagpenge fra 2026-01-01 til 2026-01-31]\n",
    ),
    # ---- U: periods in weeks (compiler.checks.weeks) --------------------------------
    Entry(
        "U001", "periode-ikke-i-uger", E,
        "perioden '{period}' er ikke angivet i uger: {proposal}",
        "the period '{period}' is not stated in weeks: {proposal_en}",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), afsnit 2.5: "
        "\"Alle regler om perioder og tidsfrister skal angive et antal uger og aldrig dage, "
        "måneder, kalendermåneder eller år.\" Måneder og år har ikke et fast antal uger (en måned "
        "er 4 til 4,4 uger, et år 52 eller 53), så hver myndighed og hvert it-system omregner på "
        "sin egen måde. Meddelelsen foreslår antallet af uger, når omregningen er eksakt (14 dage "
        "= 2 uger), og siger ellers, at den ikke er eksakt (6 måneder er ca. 26 uger) — den "
        "runder aldrig stille. Tjekket læser også perioder i lovtekst (prosa, tekstværdier, "
        "beskrivelser); aldre (\"under 30 år\"), datoer og §-numre er ikke perioder. Hvad der "
        "tæller som en periode, står i compiler/PERIODS.md. `lov check --tekst` finder de samme "
        "perioder i offentliggjort lovtekst.",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), section 2.5: \"Alle "
               "regler om perioder og tidsfrister skal angive et antal uger og aldrig dage, måneder, kalendermåneder"
               " eller år\" (every rule on periods and deadlines shall state a number of weeks and never days, "
               "months, calendar months or years). Months and years have no fixed number of weeks (a month is 4 to "
               "4.4 weeks, a year 52 or 53), so every authority and every IT system converts in its own way. The "
               "message suggests the number of weeks when the conversion is exact (14 days = 2 weeks) and otherwise "
               "says that it is not (6 months is about 26 weeks) — it never rounds silently. The check also reads "
               "periods in law text (prose, text values, descriptions); ages (\"under 30 år\"), dates and § numbers "
               "are not periods. What counts as a period is in compiler/PERIODS.md. `lov check --tekst` finds the "
               "same periods in published law text."),
        bad='resultat frist: uger\nresultat interval: uger\n'
        '§ 1\n    stk. 1. frist er 6 måneder.\n    stk. 2. interval er hver 14. dag.\n'
        '    stk. 3. "Tilbud gives senest efter 3 mdr. sammenlagt ledighed."\n',
        good='resultat frist: uger\nresultat interval: uger\n'
        '§ 1\n    stk. 1. frist er 26 uger.\n    stk. 2. interval er hver 2. uge.\n'
        '    stk. 3. "Tilbud gives senest efter 13 ugers sammenlagt ledighed."\n',
    ),
    # ---- D: digital-ready legislation (compiler.checks.*) ---------------------------
    Entry(
        "D001", "navngivet-it-system", W,
        "'{name}' binder borgere og myndigheder til {what}; loven bør være teknologineutral",
        "'{name}' binds citizens and authorities to {what_en}; the law should be technology neutral",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), bilag 2.2: "
        "\"Reglerne bør ikke formuleres, så de står i vejen for fremtidig teknologisk udvikling "
        "eller binder brugerne til bestemte systemer eller brugerflader, men bør være "
        "teknologineutral. Jobnet.dk bør ikke fremgå af lovgivningen som den eneste lovlige "
        "applikation, som må anvendes i kommunikationen mellem borger og jobcenter.\" Og: "
        "\"Generelt skal krav til anvendelse af konkrete it-systemer skrives ud af lovgivningen.\" "
        "Tjekket finder navngivne systemer (Jobnet, e-Boks, NemID, MitID, …), apps og web-"
        "adresser i lovens tekst. Flere systemnavne kan tilføjes under [tool.lov.words] "
        "it_systems.",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), appendix 2.2: the rules "
               "should not be worded so that they stand in the way of future technological development or bind users"
               " to particular systems or interfaces, but should be technology-neutral; Jobnet.dk should not appear "
               "in the legislation as the only lawful application for communication between citizen and job centre. "
               "And: requirements to use specific IT systems should generally be written out of the legislation. The"
               " check finds named systems (Jobnet, e-Boks, NemID, MitID, …), apps and web addresses in the law's "
               "text. More system names can be added under [tool.lov.words] it_systems."),
        bad='§ 1. "Den ledige skal mindst hver 2. uge tjekke sine jobforslag på Jobnet."\n',
        good='§ 1. "Den ledige skal mindst hver 2. uge tjekke sine jobforslag digitalt."\n',
    ),
    Entry(
        "D002", "kun-papir-eller-fremmøde", W,
        "bestemmelsen kræver {what} ('{phrase}') uden at tillade en digital form",
        "the provision requires {what_en} ('{phrase}') without allowing a digital form",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), bilag 2.2: "
        "\"Al borger- og virksomhedskommunikation bør være digital, hvis muligt\" og \"Der skal "
        "sikres hjemmel til obligatorisk digital kommunikation mellem kommuner og virksomheder "
        "og borgere, hvor det er relevant.\" En procesregel (indkaldelse, meddelelse, samtale, "
        "ansøgning, afgørelse), der kræver brev, papir eller personligt fremmøde og ikke samtidig "
        "åbner for en digital form (digitalt, telefonisk, video, selvbetjening), låser "
        "kommunikationen fast.",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), appendix 2.2: all "
               "communication with citizens and businesses should be digital where possible, and there must be a "
               "legal basis for mandatory digital communication between municipalities and businesses and citizens "
               "where relevant. A process rule (summons, notice, interview, application, decision) that requires a "
               "letter, paper or attendance in person without also allowing a digital form (digitally, by telephone,"
               " video, self-service) locks the communication in place."),
        bad='§ 1. "Indkaldelse til samtale sendes pr. brev, og samtalen afholdes ved personligt fremmøde."\n',
        good='§ 1. "Indkaldelse til samtale sendes digitalt. Samtalen afholdes ved personligt fremmøde, '
        'telefonisk eller digitalt."\n',
    ),
    Entry(
        "D003", "fritagelse-ikke-som-digital-post", W,
        "fritagelsen for {what} følger ikke reglerne for digital post",
        "the exemption from {what_en} does not follow the rules for digital post",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), bilag 2.2: "
        "\"Endelig bør fritagelser for digital kommunikation følge de samme regler og principper, "
        "som gælder for digital post. Det er ikke tilfældet i dag, hvor borgere, der er fritaget "
        "for digital post, ikke kan fritages for brug af Jobnet.dk.\" En bestemmelse om fritagelse "
        "for digital kommunikation eller selvbetjening skal henvise til reglerne for digital post "
        "i stedet for at lave sine egne.",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), appendix 2.2: exemptions"
               " from digital communication should follow the same rules and principles as digital post; that is not"
               " the case today, where citizens exempt from digital post cannot be exempted from using Jobnet.dk. A "
               "provision on exemption from digital communication or self-service should refer to the rules on "
               "digital post instead of making its own."),
        bad='§ 1. "Jobcentret kan fritage borgeren for digital selvbetjening, hvis særlige forhold '
        'taler for det."\n',
        good='§ 1. "Borgeren kan fritages for digital selvbetjening efter de samme regler og '
        'principper, som gælder for digital post."\n',
    ),
    Entry(
        "D004", "begreb-uden-kilde", W,
        "begrebet '{name}' har ingen kilde; skriv kilde register \"…\", kilde borger eller kilde skøn \"…\"",
        "the concept '{name}' has no source; write kilde register \"…\", kilde borger or kilde skøn \"…\"",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), bilag 2.2: "
        "\"Data bør genbruges på tværs af myndighederne frem for at blive genindsamlet\" og "
        "\"Data skal kunne genbruges og kun indberettes en gang.\" Et begreb uden kilde siger ikke, "
        "om oplysningen hentes i et register, spørges borgeren om eller vurderes af en "
        "sagsbehandler — så kan ingen se, om data genbruges.",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), appendix 2.2: data "
               "should be reused across authorities rather than collected again, and data must be reusable and "
               "reported only once. A concept without a source does not say whether the fact is taken from a "
               "register, asked of the citizen or assessed by a caseworker — so no one can see whether data is "
               "reused."),
        bad='begreb alder: heltal "Borgerens alder"\n',
        good='begreb alder: heltal "Borgerens alder" kilde register "CPR"\n',
    ),
    Entry(
        "D005", "borger-oplyser-registerdata", W,
        "borgeren skal selv oplyse '{name}', men '{other}' (linje {line}) hentes i registret "
        "'{register}'; genbrug registerdata",
        "the citizen must supply '{name}', but '{other}' (line {line}) is fetched from the register "
        "'{register}'; reuse the register's data",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), bilag 2.2: "
        "\"Data skal kunne genbruges og kun indberettes en gang\" og en forenklet lov skal gøre det "
        "muligt at \"hente de fornødne oplysninger i relevante fælles registre\". Når loven selv "
        "henter en oplysning i et register, skal borgeren ikke oplyse den samme oplysning igen.",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), appendix 2.2: data must "
               "be reusable and reported only once, and a simplified act must make it possible to fetch the "
               "necessary facts from relevant shared registers. When the law itself fetches a fact from a register, "
               "the citizen should not have to state the same fact again."),
        bad='begreb alder: heltal "Borgerens alder" kilde register "CPR"\n'
        'begreb alder_oplyst: heltal "Borgerens alder" kilde borger\n',
        good='begreb alder: heltal "Borgerens alder" kilde register "CPR"\n',
    ),
    Entry(
        "D006", "skøn-uden-markering", W,
        "'{name}' er et skøn ('{word}'), men er ikke markeret som skøn; skriv skøn \"…\" i "
        "betingelsen eller giv begrebet kilde skøn \"…\"",
        "'{name}' is a judgment ('{word}') but is not marked as one; write skøn \"…\" in the "
        "condition or give the concept kilde skøn \"…\"",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), bilag 2.2: "
        "\"Det er vigtigt i en digitaliserbar lovgivning hele tiden at vurdere, hvor der kan "
        "digitaliseres/automatiseres, og hvor professionelle skøn er nødvendige. It-understøttelsen "
        "skal indrettes herefter, og der skelnes mellem effektivisering/automatisering og "
        "beslutningsunderstøttende it.\" Et skøn, der ikke er markeret, får en evaluator til at "
        "gætte; et markeret skøn (`skøn \"…\"` eller `kilde skøn \"…\"`) standser automatiseringen "
        "og beder om sagsbehandlerens vurdering. Flere ord kan tilføjes under [tool.lov.words] "
        "discretion.",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), appendix 2.2: in "
               "digitisable legislation it is important to keep assessing where things can be digitised or automated"
               " and where professional judgment is necessary; IT support is designed accordingly, distinguishing "
               "automation from decision-support IT. An unmarked judgment makes an evaluator guess; a marked one "
               "(`skøn \"…\"` or `kilde skøn \"…\"`) stops automation and asks for the caseworker's assessment. More "
               "words can be added under [tool.lov.words] discretion."),
        bad='begreb hensigtsmæssigt: sandhedsværdi "Det er hensigtsmæssigt" kilde register "Sag"\n'
        'resultat forlængelse: sandhedsværdi\n§ 1. forlængelse er ja, hvis hensigtsmæssigt.\n',
        good='resultat forlængelse: sandhedsværdi\n'
        '§ 1. forlængelse er ja, hvis skøn "det er hensigtsmæssigt".\n',
    ),
    Entry(
        "D007", "periode-pr-ydelse", W,
        "{what} tæller tid pr. ydelse i stedet for sammenlagt på tværs af ydelser; et ydelsesskift "
        "starter tællingen forfra",
        "{what_en} counts time per benefit instead of aggregated across benefits; a change of "
        "benefit restarts the count",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), afsnit 2.5: "
        "\"Hensynet til at skabe sammenhængende forløb taler med vægt for, at der ved opgørelsen af "
        "tidsforløb og varigheder altid – også på tværs af ydelser – regnes med sammenlagte "
        "perioder\", og: \"I dag betyder reglerne om sammenhængende perioder for "
        "kontanthjælpsmodtagere, at afbrydelser på en måned (eller derover) risikerer at spænde "
        "ben for planlagte tilbud eller forløb.\" Case 1 (Jørgen): da han går fra sygedagpenge "
        "til dagpenge, tælles hans ledighed forfra, og løntilskudsjobbet skal stoppe.",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), section 2.5: coherent "
               "courses weigh heavily in favour of always counting aggregated periods when time and durations are "
               "measured — also across benefits; and today the rules on continuous periods for cash-benefit "
               "recipients mean that interruptions of a month (or more) risk tripping up planned offers or courses. "
               "Case 1 (Jørgen): when he moves from sickness benefit to unemployment benefit, his unemployment is "
               "counted from the start again, and his wage-subsidy job has to stop."),
        bad='begreb opgørelsesdato: dato kilde borger\n'
        'begreb ydelsesforløb: forløb af dagpenge, sygedagpenge kilde register "Ydelsesregister"\n'
        'resultat løntilskud: sandhedsværdi\n'
        '§ 1. løntilskud er ja, hvis sammenlagt tid på dagpenge i ydelsesforløb > 26 uger.\n',
        good='begreb opgørelsesdato: dato kilde borger\n'
        'begreb ydelsesforløb: forløb af dagpenge, sygedagpenge kilde register "Ydelsesregister"\n'
        'resultat løntilskud: sandhedsværdi\n'
        '§ 1. løntilskud er ja, hvis sammenlagt tid i ydelsesforløb > 26 uger.\n',
    ),
    Entry(
        "D008", "for-mange-målgrupper", W,
        "loven har {count} målgrupper; grænsen er {limit} (KL foreslår fælles regler for alle og "
        "fem hovedmålgrupper)",
        "the law has {count} target groups; the limit is {limit} (KL proposes common rules for all "
        "and five main target groups)",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), afsnit 2.2 og "
        "bilag 2.3: LAB § 2 har 14 målgrupper, 28 kontaktgrupper og omkring 80 undergrupper med "
        "hver deres regler; KL foreslår \"fælles regler for alle\" og fem hovedmålgrupper. Grænsen "
        "sættes med [tool.lov.thresholds] max_target_groups (standard 5).",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), section 2.2 and appendix"
               " 2.3: LAB § 2 has 14 target groups, 28 contact groups and about 80 subgroups, each with its own "
               "rules; KL proposes common rules for all and five main target groups. The limit is set with "
               "[tool.lov.thresholds] max_target_groups (default 5)."),
        bad='begreb n: heltal kilde register "X"\n'
        + "".join(f"målgruppe {i} g{i}:\n    n = {i}\n" for i in range(1, 7)),
        good='begreb n: heltal kilde register "X"\n'
        + "".join(f"målgruppe {i} g{i}:\n    n = {i}\n" for i in range(1, 6)),
    ),
    Entry(
        "D009", "fragmenteret-resultat", W,
        "resultatet '{name}' har {rules} for {groups}; grænsen er {rule_limit} særregler og "
        "{group_limit} målgrupper",
        "the result '{name}' has {rules_en} for {groups_en}; the limit is {rule_limit} special rules "
        "and {group_limit} target groups",
        "KL's forslag \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), bilag 5.2 og "
        "5.3: for hvert redskab tæller STAR's tabeller \"Antal variationer\" på tværs af "
        "målgrupperne (fx 7 variationer af løn- og arbejdsvilkår hos offentlige arbejdsgivere), og "
        "KL konkluderer, at reglerne som udgangspunkt skal være fælles for alle målgrupper "
        "(afsnit 2.6). Et resultat med mange særregler (`For målgruppe X er …`) eller særregler "
        "for mange målgrupper er fragmenteret. Grænserne sættes med [tool.lov.thresholds] "
        "max_special_rules og max_target_groups (standard 5 og 5).",
        why_en=("KL's proposal \"En forenklet og mere effektiv beskæftigelsesindsats\" (2017), appendices 5.2 and 5.3: "
               "for each tool, STAR's tables count the number of variations across the target groups (e.g. 7 "
               "variations of wage and working terms with public employers), and KL concludes that the rules should "
               "as a starting point be common to all target groups (section 2.6). A result with many special rules "
               "(`For målgruppe X er …`) or special rules for many target groups is fragmented. The limits are set "
               "with [tool.lov.thresholds] max_special_rules and max_target_groups (defaults 5 and 5)."),
        bad='begreb n: heltal kilde register "X"\n'
        + "".join(f"målgruppe {i} g{i}:\n    n = {i}\n" for i in range(1, 4))
        + "resultat r: uger\n"
        + "".join(f"§ {i}. For målgruppe g{1 + i % 3} er r {i} uger, hvis n > {i}.\n" for i in range(1, 7)),
        good='begreb n: heltal kilde register "X"\nresultat r: uger\n§ 1. r er 4 uger.\n',
    ),
    # ---- K: conflicts between rules (compiler.checks.conflicts) ---------------------
    Entry(
        "K001", "regler-i-konflikt", E,
        "{rule} og {other} fastsætter begge {result} under de samme betingelser{scope}, og ingen af "
        "dem er undtagelse til den anden; skriv 'undtagelse til {other}' eller ret betingelserne",
        "{rule} and {other} both decide {result} under the same conditions{scope_en}, and neither is an "
        "exception to the other; write 'undtagelse til {other}' or change the conditions",
        "To regler, der gælder på samme tid uden at den ene er undtagelse til den anden, er en "
        "konflikt: loven siger to ting, og en evaluator må ikke vælge den første i stilhed. Når "
        "reglerne har samme målgrupper og samme betingelse, gælder de altid samtidig, så "
        "konflikten kan ses uden at kende borgeren.",
        why_en=("Two rules that apply at the same time without one being an exception to the other are a conflict: "
               "the law says two things, and an evaluator must not silently pick the first. When the rules have the "
               "same target groups and the same condition, they always apply together, so the conflict can be seen "
               "without knowing the citizen."),
        bad="resultat praktik_varighed: uger\n§ 44\n    stk. 1. praktik_varighed er 13 uger.\n"
        "    stk. 2. praktik_varighed er 26 uger.\n",
        good="resultat praktik_varighed: uger\n§ 44\n    stk. 1. praktik_varighed er 13 uger.\n"
        "    stk. 2. praktik_varighed er 26 uger, hvis skøn \"konkret individuel vurdering\".\n"
        "        undtagelse til § 44, stk. 1.\n",
    ),
    # ---- K: what the solver proves for every citizen (compiler.prove) ------------------
    Entry(
        "K002", "mulig-konflikt", E,
        "{other} og {rule} kan begge afgøre {result} for den samme borger, og ingen af dem er undtagelse "
        "til den anden (se vidnet); skriv 'undtagelse til …' eller gør betingelserne udelukkende",
        "{other} and {rule} can both decide {result} for the same citizen, and neither is an exception to "
        "the other (see the witness); write 'undtagelse til …' or make the conditions exclusive",
        "K001 ser kun de konflikter, der er sikre uden at kende borgeren. `lov check` spørger desuden en "
        "solver (Z3), om der findes blot én borger — fakta og skøn — for hvem to regler for samme "
        "resultat begge gælder, uden at den ene slår den anden (undtagelser og målgruppers forrang "
        "medregnet, som i compiler/SEMANTICS.md). Findes borgeren, bekræfter fortolkeren konflikten, "
        "og borgeren vises som en `testsag`, der kan sættes ind i loven.",
        why_en=("K001 sees only the conflicts that are certain without knowing the citizen. `lov check` also asks a "
               "solver (Z3) whether there is a single citizen — facts and judgments — for whom two rules for the "
               "same result both apply without one beating the other (exceptions and target groups' precedence "
               "counted, as in compiler/SEMANTICS.md). If the citizen exists, the interpreter confirms the conflict,"
               " and the citizen is shown as a `testsag` that can be pasted into the law."),
        bad='begreb alder: heltal kilde register "CPR"\nresultat praktik_varighed: uger\n'
        "§ 44\n    stk. 1. praktik_varighed er 13 uger, hvis alder < 30.\n"
        "    stk. 2. praktik_varighed er 26 uger, hvis alder > 25.\n",
        good='begreb alder: heltal kilde register "CPR"\nresultat praktik_varighed: uger\n'
        "§ 44\n    stk. 1. praktik_varighed er 13 uger, hvis alder < 30.\n"
        "    stk. 2. praktik_varighed er 26 uger, hvis alder >= 30.\n",
    ),
    Entry(
        "K003", "regel-gaelder-aldrig", W,
        "{rule} gælder aldrig: ingen borger opfylder både dens betingelse og dens målgrupper, så den "
        "afgør aldrig {result}",
        "{rule} never applies: no citizen meets both its condition and its target groups, so it never "
        "decides {result}",
        "En regel, hvis betingelse ikke kan være opfyldt (fx `alder < 18 og alder > 65`, eller en "
        "betingelse, der udelukker reglens egen målgruppe), er død tekst: den ser ud til at sige noget, "
        "men afgør intet. Solveren beviser, at ingen borger findes; derfor er der intet vidne.",
        why_en=("A rule whose condition cannot be met (e.g. `alder < 18 og alder > 65`, or a condition that excludes "
               "the rule's own target group) is dead text: it seems to say something but decides nothing. The solver"
               " proves that no such citizen exists; so there is no witness."),
        bad='begreb alder: heltal kilde register "CPR"\nresultat r: uger\n'
        "§ 1. r er 13 uger, hvis alder < 18 og alder > 65.\n",
        good='begreb alder: heltal kilde register "CPR"\nresultat r: uger\n'
        "§ 1. r er 13 uger, hvis alder < 18 eller alder > 65.\n",
    ),
    Entry(
        "K004", "regel-altid-tilsidesat", W,
        "{rule} afgør aldrig {result}: hver gang den gælder, er den tilsidesat af {by} (se vidnet)",
        "{rule} never decides {result}: whenever it applies, it is beaten by {by_en} (see the witness)",
        "En regel, der altid er tilsidesat af en undtagelse eller en særregel, når den gælder, afgør "
        "aldrig noget (en skygget regel, som dmn-check kalder det). Vidnet er en borger, for hvem den "
        "gælder og alligevel er tilsidesat.",
        why_en=("A rule that is always overridden by an exception or a special rule whenever it applies never decides"
               " anything (a shadowed rule, as dmn-check calls it). The witness is a citizen for whom it applies and"
               " is still overridden."),
        bad='begreb alder: heltal kilde register "CPR"\nresultat r: uger\n'
        "§ 1\n    stk. 1. r er 13 uger, hvis alder < 30.\n"
        "    stk. 2. r er 26 uger, hvis alder < 40.\n        undtagelse til stk. 1.\n",
        good='begreb alder: heltal kilde register "CPR"\nresultat r: uger\n'
        "§ 1\n    stk. 1. r er 13 uger, hvis alder < 30.\n"
        "    stk. 2. r er 26 uger, hvis alder < 20.\n        undtagelse til stk. 1.\n",
    ),
    Entry(
        "K005", "maalgrupper-overlapper", E,
        "målgruppe {first} og målgruppe {second} kan gælde for den samme borger{division} (se vidnet)",
        "target groups {first} and {second} can hold for the same citizen{division} (see the witness)",
        "KL's forslag: \"I den første kontakt med borgeren fastlægges, hvilken af de fem "
        "hovedmålgrupper borgeren tilhører\" (afsnit 2.5). En lov, der erklærer sine målgrupper som "
        "en `inddeling`, lover, at hver borger er i præcis én; to grupper, der kan gælde samtidig, er "
        "da en fejl. Uden en inddeling er overlap blot information.",
        why_en=("KL's proposal: at the first contact with the citizen it is settled which of the five main target "
               "groups the citizen belongs to (section 2.5). A law that declares its target groups as an `inddeling`"
               " (partition) promises that every citizen is in exactly one; two groups that can apply at once are "
               "then an error. Without a partition, overlap is only information."),
        bad='begreb alder: heltal kilde register "CPR"\nmålgruppe 1 unge: alder < 30\n'
        "målgruppe 2 voksne: alder >= 25\ninddeling aldersgrupper: unge, voksne\n",
        good='begreb alder: heltal kilde register "CPR"\nmålgruppe 1 unge: alder < 30\n'
        "målgruppe 2 voksne: alder >= 30\ninddeling aldersgrupper: unge, voksne\n",
    ),
    Entry(
        "K006", "borger-uden-maalgruppe", E,
        "en borger kan stå uden for alle målgrupper{division}{within} (se vidnet)",
        "a citizen can be in no target group{division}{within_en} (see the witness)",
        "Hvis målgrupperne skal dække alle borgere i lovens personkreds (en `inddeling`, evt. med "
        "`hvis` for personkredsen), er en borger uden målgruppe et hul i loven: vedkommende får kun "
        "de fælles regler. KL's forslag, afsnit 2.5: \"… hvilken af de fem hovedmålgrupper borgeren "
        "tilhører\". Uden en inddeling er et hul information.",
        why_en=("If the target groups are to cover every citizen in the law's scope (an `inddeling`, possibly with "
               "`hvis` for the scope), a citizen in no target group is a gap in the law: that person gets only the "
               "common rules. KL's proposal, section 2.5: \"… which of the five main target groups the citizen "
               "belongs to\". Without a partition, a gap is information."),
        bad='begreb alder: heltal kilde register "CPR"\nmålgruppe 1 unge: alder < 30\n'
        "målgruppe 2 voksne: alder > 30\ninddeling aldersgrupper: unge, voksne\n",
        good='begreb alder: heltal kilde register "CPR"\nmålgruppe 1 unge: alder < 30\n'
        "målgruppe 2 voksne: alder >= 30\ninddeling aldersgrupper: unge, voksne\n",
    ),
    Entry(
        "K007", "ingen-regel", I,
        "ingen regel afgør {result} for en borger (se vidnet)",
        "no rule decides {result} for some citizen (see the witness)",
        "Et resultat, som ingen regel afgør for en borger, bliver `ingen regel`. Det er ofte meningen "
        "(en frist, der kun gælder nogle), så koden er slået fra, medmindre `lov check --strict` "
        "bruges eller koden vælges med `select = [\"K007\"]`. Med en `inddeling` spørges kun om "
        "borgere inden for dens betingelse.",
        why_en=("A result that no rule decides for a citizen becomes `ingen regel` (no rule). That is often intended "
               "(a deadline that applies only to some), so the code is off unless `lov check --strict` is used or "
               "the code is selected with `select = [\"K007\"]`. With an `inddeling`, only citizens within its "
               "condition are asked about."),
        bad='begreb alder: heltal kilde register "CPR"\nresultat r: uger\n§ 1. r er 13 uger, hvis alder < 30.\n',
        good='begreb alder: heltal kilde register "CPR"\nresultat r: uger\n§ 1\n'
        "    stk. 1. r er 13 uger, hvis alder < 30.\n    stk. 2. r er 26 uger, hvis alder >= 30.\n",
    ),
    Entry(
        "K008", "ikke-afgjort", I,
        "solveren har ikke afgjort, {question}, inden for {seconds} s",
        "the solver did not settle {question_en} within {seconds} s",
        "Et spørgsmål, solveren ikke når at besvare inden for tidsgrænsen ([tool.lov.thresholds] "
        "solver_timeout, sekunder; `lov check --tidsgraense`), eller hvis vidne fortolkeren ikke kan "
        "bekræfte, er hverken en fejl eller et bevis: det rapporteres som information, aldrig som "
        "bestået.",
        why_en=("A question the solver cannot answer within the time limit ([tool.lov.thresholds] solver_timeout, "
               "seconds; `lov check --tidsgraense`), or whose witness the interpreter cannot confirm, is neither an "
               "error nor a proof: it is reported as information, never as passed."),
    ),
    # ---- A: amending acts (compiler.amend) -----------------------------------------
    Entry(
        "A001", "aendring-ulaeselig", E,
        "ændringen kan ikke læses: {problem}",
        "the change cannot be read: {problem_en}",
        "`lov indarbejd` læser en ændringslov i den form, Justitsministeriets vejledning om "
        "lovkvalitet (afsnit 3.4.5) beskriver: \"§ 1. I <lovens titel> foretages følgende "
        "ændringer:\", nummererede ændringer som \"I § 44, stk. 1, ændres »13 uger« til: »26 uger«.\" "
        "og en § om ikrafttræden. En ændring, der ikke har en af de kendte former, kan ikke "
        "indarbejdes: hellere en fejl end et gæt.",
        why_en=("`lov indarbejd` reads an amending act in the form the Ministry of Justice's guidance on law quality "
               "(section 3.4.5) describes: \"§ 1. I <lovens titel> foretages følgende ændringer:\", numbered changes "
               "such as \"I § 44, stk. 1, ændres »13 uger« til: »26 uger«.\" and a § on commencement. A change that "
               "has none of the known forms cannot be applied: better an error than a guess."),
        bad=_ACT + "1. I § 44, stk. 1, rettes »13 uger« til »26 uger«.\n",
        good=_ACT + "1. I § 44, stk. 1, ændres »13 uger« til: »26 uger«.\n",
    ),
    Entry(
        "A002", "bestemmelse-findes-ikke", E,
        "{target} findes ikke i loven{detail}",
        "{target} does not exist in the law{detail_en}",
        "En ændring kan kun indarbejdes i en bestemmelse, loven har — med det nummer, den har, når "
        "ændringen kommer (de tidligere ændringer i samme lov medregnet).",
        why_en=("A change can only be applied to a provision the law has — with the number it has when the change "
               "comes (the earlier changes of the same act counted)."),
        bad=_ACT + "1. § 45 ophæves.\n",
        good=_ACT + "1. § 44, stk. 4, ophæves.\n",
    ),
    Entry(
        "A003", "citat-forekommer-ikke", E,
        "»{quote}« forekommer ikke i {target}",
        "»{quote}« does not occur in {target}",
        "En ændring af ord citerer de ord, der ændres (lovkvalitet 3.4.5.3: \"præciser mest "
        "muligt\"). Står de ikke i bestemmelsen, kan ændringen ikke indarbejdes bogstaveligt, som "
        "en lovbekendtgørelse kræver (11.8.2).",
        why_en=("A change of words quotes the words it changes (law quality 3.4.5.3: be as precise as possible). If "
               "they are not in the provision, the change cannot be applied literally, as a consolidated act "
               "requires (11.8.2)."),
        bad=_ACT + "1. I § 44, stk. 1, ændres »12 uger« til: »26 uger«.\n",
        good=_ACT + "1. I § 44, stk. 1, ændres »13 uger« til: »26 uger«.\n",
    ),
    Entry(
        "A004", "citat-flertydigt", E,
        "»{quote}« forekommer {count} gange i {target}; citér så meget, at stedet er entydigt",
        "»{quote}« occurs {count} times in {target}; quote enough to make the place unambiguous",
        "Et citat skal pege på ét sted. Forekommer ordene flere gange, må ændringen enten citere "
        "mere (\"»26 uger, hvis«\") eller sige \"to steder i\" / \"overalt i loven\".",
        why_en=("A quotation must point to one place. If the words occur several times, the change must either quote "
               "more (\"»26 uger, hvis«\") or say \"to steder i\" (in two places) / \"overalt i loven\" (throughout the "
               "act)."),
        bad=_ACT + "1. I § 44 ændres »uger« til: »ugers«.\n",
        good=_ACT + "1. I § 44 ændres »26 uger« til: »52 uger«.\n",
    ),
    Entry(
        "A005", "rykning-passer-ikke", E,
        "nummereringen passer ikke: {problem}",
        "the numbering does not match: {problem_en}",
        "Når et stykke eller nummer ophæves eller indsættes, rykker de følgende, og ændringen siger "
        "det (\"Stk. 4 og 5 bliver herefter stk. 3 og 4.\", lovkvalitet 3.4.5.7). En rykning eller "
        "et citeret stykkenummer, der ikke svarer til det, ændringen gør, er en fejl i "
        "ændringsloven.",
        why_en=("When a subsection or item is repealed or inserted, the following ones move, and the change says so "
               "(\"Stk. 4 og 5 bliver herefter stk. 3 og 4.\", law quality 3.4.5.7). A renumbering or a quoted "
               "subsection number that does not match what the change does is an error in the amending act."),
        bad=_ACT + "1. § 44, stk. 3, ophæves.\nStk. 4 bliver herefter stk. 2.\n",
        good=_ACT + "1. § 44, stk. 3, ophæves.\nStk. 4 bliver herefter stk. 3.\n",
    ),
    Entry(
        "A006", "lov-ugyldig-efter-aendring", E,
        "efter ændringen har loven en fejl ({position}): {message}",
        "after the change the law has an error ({position}): {message_en}",
        "Den indarbejdede lov skal stadig kunne læses og forstås af `lov check`: en ændring, der "
        "efterlader en bestemmelse ufuldstændig eller en henvisning til noget, der ikke findes, "
        "indarbejdes ikke. Fejlen vises både i ændringsloven og i den indarbejdede lov.",
        why_en=("The consolidated law must still be readable and understood by `lov check`: a change that leaves a "
               "provision incomplete, or a reference to something that does not exist, is not applied. The error is "
               "shown both in the amending act and in the consolidated law."),
        bad=_ACT + "1. I § 44, stk. 1, ændres »13 uger« til: »13«.\n",
        good=_ACT + "1. I § 44, stk. 1, ændres »13 uger« til: »26 uger«.\n",
    ),
    Entry(
        "A007", "samme-ord-to-gange", E,
        "{target}: »{quote}« er allerede ændret {detail}",
        "{target}: »{quote}« has already been changed {detail_en}",
        "To ændringer af de samme ord i én ændringslov modsiger hinanden, og en ændring, der "
        "allerede er foretaget, må ikke foretages en gang til: indarbejdes samme ændringslov to "
        "gange, er det en fejl, aldrig en stille anden ændring.",
        why_en=("Two changes of the same words in one amending act contradict each other, and a change that has "
               "already been made must not be made again: applying the same amending act twice is an error, never a "
               "silent second change."),
        bad=_ACT + "1. I § 44, stk. 1, ændres »13 uger« til: »26 uger«.\n\n"
        "2. I § 44, stk. 1, ændres »26 uger« til: »52 uger«.\n",
        good=_ACT + "1. I § 44, stk. 1, ændres »13 uger« til: »52 uger«.\n",
    ),
    Entry(
        "A008", "rykningsklausul-mangler", W,
        "{target}: de følgende {level} rykker, men ændringen siger det ikke; skriv »{clause}«",
        "{target}: the following {level_en} move, but the change does not say so; write »{clause}«",
        "Lovkvalitet 3.4.5.7: ophæves eller indsættes et stykke eller nummer, skal det fremgå, at de "
        "følgende rykker. En lovbekendtgørelse kan rykke uden (11.8.2), så rykningen foretages, "
        "men ændringsloven bør sige det.",
        why_en=("Law quality 3.4.5.7: when a subsection or item is repealed or inserted, it must be stated that the "
               "following ones move. A consolidated act can renumber without it (11.8.2), so the renumbering is "
               "done, but the amending act should say so."),
        bad=_ACT + "1. § 44, stk. 3, ophæves.\n",
        good=_ACT + "1. § 44, stk. 3, ophæves.\nStk. 4 bliver herefter stk. 3.\n",
    ),
    Entry(
        "A009", "bestemmelse-rykket", E,
        "{target} er blevet {now} ved ændring nr. {change}; skriv »{hint}«",
        "{target} has become {now} by change no. {change}; write »{hint}«",
        "Har en tidligere ændring i samme lov rykket et stykke, nævnes det som \"§ 10, stk. 3, der "
        "bliver stk. 4,\" (lovkvalitet 3.4.5.2), så man kan se, at det er det samme stykke.",
        why_en=("If an earlier change of the same act has moved a subsection, it is named as \"§ 10, stk. 3, der "
               "bliver stk. 4,\" (law quality 3.4.5.2), so that one can see it is the same subsection."),
        bad=_ACT + "1. I § 44 indsættes efter stk. 1 som nyt stykke:\n»Stk. 2. \"Nyt stykke.\"«\n"
        "Stk. 2-4 bliver herefter stk. 3-5.\n\n2. I § 44, stk. 3, ændres »forlænges« til: »forkortes«.\n",
        good=_ACT + "1. I § 44 indsættes efter stk. 1 som nyt stykke:\n»Stk. 2. \"Nyt stykke.\"«\n"
        "Stk. 2-4 bliver herefter stk. 3-5.\n\n2. I § 44, stk. 3, der bliver stk. 4, ændres »forlænges« "
        "til: »forkortes«.\n",
    ),
    Entry(
        "A010", "findes-allerede", E,
        "{target} findes allerede i loven",
        "{target} already exists in the law",
        "En ny bestemmelse får et nummer, loven ikke har; en ophævet paragrafs nummer genbruges "
        "ikke, og nye paragraffer får bogstaver (\"§ 44 a\", lovkvalitet 3.4.5.6). At en "
        "ændringslov indarbejdes to gange, viser sig ofte her.",
        why_en=("A new provision gets a number the law does not have; a repealed section's number is not reused, and "
               "new sections get letters (\"§ 44 a\", law quality 3.4.5.6). An amending act applied twice often shows "
               "here."),
        bad=_ACT + "1. Efter § 44 indsættes:\n»§ 44. \"Nye regler.\"«\n",
        good=_ACT + "1. Efter § 44 indsættes:\n»§ 44 a. \"Nye regler.\"«\n",
    ),
    Entry(
        "A011", "forkert-placering", W,
        "{target} kan ikke stå {place}: {reason}",
        "{target} cannot stand {place_en}: {reason_en}",
        "Paragraffer står i nummerorden, og en ny paragraf indsættes, hvor dens nummer hører "
        "hjemme: \"Efter § 44 indsættes: »§ 44 a. …«\".",
        why_en=("Sections stand in number order, and a new section is inserted where its number belongs: \"Efter § 44 "
               "indsættes: »§ 44 a. …«\"."),
        bad=_ACT + "1. Efter § 44 indsættes:\n»§ 43 a. \"Nye regler.\"«\n",
        good=_ACT + "1. Efter § 44 indsættes:\n»§ 44 a. \"Nye regler.\"«\n",
    ),
    Entry(
        "A012", "anden-lov", W,
        "ændringsloven ændrer »{named}«, men loven hedder »{title}«",
        "the amending act amends »{named}«, but the law is called »{title}«",
        "\"§ 1. I <lovens titel> foretages følgende ændringer:\" siger, hvilken lov ændringsloven "
        "ændrer. Passer titlen ikke, er ændringsloven måske skrevet til en anden lov (eller en anden "
        "udgave af den); ændringerne indarbejdes, men fundet bør ses efter.",
        why_en=("\"§ 1. I <lovens titel> foretages følgende ændringer:\" says which law the amending act amends. If the"
               " title does not match, the act may have been written for another law (or another edition of it); the"
               " changes are applied, but the finding should be looked at."),
        bad=_ACT.replace("I lov om en aktiv", "I lov om aktiv socialpolitik, lov om en aktiv") +
        "1. § 44, stk. 4, ophæves.\n",
        good=_ACT + "1. § 44, stk. 4, ophæves.\n",
    ),
    Entry(
        "A013", "antal-steder", E,
        "»{quote}« forekommer {times} i {target}, men ændringen siger {places} steder",
        "»{quote}« occurs {times_en} in {target}, but the change says {places} places",
        "\"I § 44 ændres to steder »uger« til: »ugers«\" ændrer ordene de steder, ændringen tæller. "
        "Forekommer de et andet antal gange, er ændringen skrevet til en anden udgave af bestemmelsen, "
        "eller tællingen er forkert; at ændre dem alle eller nogle af dem ville være et gæt.",
        why_en=("\"I § 44 ændres to steder »uger« til: »ugers«\" changes the words in as many places as the change "
               "counts. If they occur a different number of times, the change was written for another edition of the"
               " provision, or the count is wrong; changing all or some of them would be a guess."),
        bad=_ACT + "1. I § 44, stk. 2, ændres to steder »uger« til: »ugers«.\n",
        good=_ACT + "1. I § 44, stk. 2, ændres »26 uger« til: »52 uger«.\n",
    ),
]


def _table(entries: list[Entry]) -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for entry in entries:
        if entry.code in table:
            raise ValueError(f"duplicate diagnostic code {entry.code}")
        table[entry.code] = entry
    if set(table) != set(EMITTERS):
        raise ValueError(f"codes without an emitter or entry: {sorted(set(table) ^ set(EMITTERS))}")
    return table


CATALOGUE: dict[str, Entry] = _table(_ENTRIES)


def all_entries() -> list[Entry]:
    """Every code, sorted by code."""
    return sorted(CATALOGUE.values(), key=lambda e: e.code)
