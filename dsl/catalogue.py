"""The catalogue: every diagnostic code the tool can report, in one place.

Each entry has a stable code, a slug, a default severity, a Danish and an English
message template, and a short documentation (why, a bad and a good example) that
`lov explain CODE` prints and `compiler/checks/docs/` is generated from.

Families: F files, S syntax, N names and structure, T types, U periods (weeks only),
D digital-ready legislation, K conflicts between rules.
"""

from __future__ import annotations

from dsl.diagnostics import Entry, Severity

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

_ENTRIES: list[Entry] = [
    # ---- F: files -----------------------------------------------------------------
    Entry(
        "F001", "fil-findes-ikke", E,
        "filen '{path}' findes ikke eller kan ikke læses: {reason}",
        "the file '{path}' does not exist or cannot be read: {reason}",
        "`lov` kan kun kontrollere filer, den kan læse.",
    ),
    Entry(
        "F002", "ikke-utf8", E,
        "filen er ikke gyldig UTF-8 (byte 0x{byte} ved position {offset}); gem den som UTF-8",
        "the file is not valid UTF-8 (byte 0x{byte} at offset {offset}); save it as UTF-8",
        ".lov-filer er UTF-8 (med eller uden BOM), så æ, ø, å og § altid læses ens.",
    ),
    Entry(
        "F003", "tom-fil", E,
        "filen er tom; en lov begynder med `lov \"titel\"`",
        "the file is empty; a law starts with `lov \"title\"`",
        "En tom fil er næsten altid en fejl i et build-trin eller en kopiering.",
        bad="", good='lov "Lov om en aktiv beskæftigelsesindsats"\nversion "2017-04"\n',
    ),
    Entry(
        "F004", "ingen-lov-filer", E,
        "mappen '{path}' indeholder ingen .lov-filer",
        "the directory '{path}' contains no .lov files",
        "En mappe uden .lov-filer skyldes typisk en forkert sti i CI.",
    ),
    # ---- S: syntax ----------------------------------------------------------------
    Entry(
        "S001", "uventet-ord", E,
        "uventet {found}; forventede {expected}",
        "unexpected {found}; expected {expected}",
        "Teksten følger ikke sprogets opbygning. Meddelelsen siger, hvad der stod, og hvad "
        "sproget tillader på stedet. Efter en fejl fortsætter læsningen ved næste § eller "
        "erklæring, så alle fejlbehæftede afsnit vises i én kørsel.",
        bad="§ 44\n    stk. 1. praktik_varighed 13 uger.\n",
        good="§ 44\n    stk. 1. praktik_varighed er 13 uger.\n",
    ),
    Entry(
        "S002", "ukendt-tegn", E,
        "tegnet '{char}' kan ikke stå her; forventede {expected}",
        "the character '{char}' cannot appear here; expected {expected}",
        "Navne består af bogstaverne a–å, tal og _, så de altid kan bruges som navne i den "
        "genererede kode; tekst står i anførselstegn.",
        bad="begreb аlder: heltal  # kyrillisk 'а'\n",
        good="begreb alder: heltal\n",
    ),
    Entry(
        "S003", "uventet-slut", E,
        "filen slutter midt i {where}; forventede {expected}",
        "the file ends in the middle of {where}; expected {expected}",
        "Den sidste erklæring eller § er ikke skrevet færdig.",
        bad='målgruppe 1 forsikrede "Forsikrede ledige":\n',
        good='målgruppe 1 forsikrede "Forsikrede ledige":\n    forsikret\n',
    ),
    Entry(
        "S004", "ukendt-type", E,
        "'{found}' er ikke en type; brug heltal, sandhedsværdi, beløb, uger, tekst eller valg af …",
        "'{found}' is not a type; use heltal, sandhedsværdi, beløb, uger, tekst or valg af …",
        "En periode har typen `uger`: loven angiver alle perioder i uger (KL's forslag, afsnit 2.5).",
        bad="begreb ledighed: måneder\n",
        good="begreb ledighed: uger\n",
    ),
    # ---- N: names and structure ----------------------------------------------------
    Entry(
        "N001", "ukendt-navn", E,
        "'{name}' er ikke erklæret{hint}",
        "'{name}' is not declared{hint_en}",
        "Et navn i en regel skal være erklæret som `begreb`, `resultat` eller (efter "
        "`målgruppe`) som målgruppe. Ofte er det en stavefejl; meddelelsen foreslår det "
        "nærmeste navn.",
        bad="resultat varighed: uger\n§ 1. varighed er 4 uger, hvis forsikert.\n",
        good="begreb forsikret: sandhedsværdi kilde register \"A-kasse\"\nresultat varighed: uger\n"
        "§ 1. varighed er 4 uger, hvis forsikret.\n",
    ),
    Entry(
        "N002", "dobbelt-navn", E,
        "'{name}' er allerede erklæret i linje {line}",
        "'{name}' is already declared on line {line}",
        "Begreber, resultater og målgrupper deler ét navnerum, så et navn betyder én ting.",
    ),
    Entry(
        "N003", "dobbelt-paragraf", E,
        "§ {number} findes allerede i linje {line}",
        "§ {number} already exists on line {line}",
        "Hver § har sit eget nummer, så en henvisning peger på netop én bestemmelse.",
    ),
    Entry(
        "N004", "dobbelt-stk", E,
        "{what} findes allerede i § {number} (linje {line})",
        "{what} already exists in § {number} (line {line})",
        "Stykker og numre i en § har hver sit nummer.",
    ),
    Entry(
        "N005", "ukendt-henvisning", E,
        "henvisningen til {ref} peger ikke på en bestemmelse i loven{hint}",
        "the reference to {ref} does not point to a provision of the law{hint_en}",
        "En henvisning (`jf.` eller `undtagelse til`) til en § eller et stk., der ikke findes, "
        "efterlader læseren og systemet uden regel.",
        bad="§ 44. praktik_varighed er 13 uger, jf. § 99.\n",
        good="§ 44. praktik_varighed er 13 uger, jf. § 42.\n",
    ),
    Entry(
        "N006", "ukendt-målgruppe", E,
        "'{name}' er ikke en målgruppe{hint}",
        "'{name}' is not a target group{hint_en}",
        "Efter `For målgruppe` og `målgruppe` står navnet på en erklæret målgruppe.",
    ),
    Entry(
        "N007", "ukendt-valgmulighed", E,
        "'{name}' er ikke en af mulighederne for {owner} ({options})",
        "'{name}' is not one of the options of {owner} ({options})",
        "Et `valg af …` har en fast liste af muligheder.",
    ),
    Entry(
        "N008", "dobbelt-målgruppenummer", E,
        "målgruppe {number} findes allerede i linje {line}",
        "target group {number} already exists on line {line}",
        "Målgrupperne er nummererede som i loven; to med samme nummer er en fejl.",
    ),
    Entry(
        "N009", "mangler-lov-titel", E,
        "loven mangler sin titel: skriv `lov \"…\"` øverst i filen",
        "the law has no title: write `lov \"…\"` at the top of the file",
        "Titel og version står i hovedet af genereret kode og rapporter.",
        good='lov "Lov om en aktiv beskæftigelsesindsats"\nversion "2017-04"\n',
    ),
    Entry(
        "N010", "dobbelt-hoved", E,
        "`{what}` er allerede angivet i linje {line}",
        "`{what}` is already given on line {line}",
        "En fil indeholder én lov med én titel og én version.",
    ),
    Entry(
        "N011", "undtagelse-uden-regel", E,
        "{ref} fastsætter ikke {result}, så denne regel kan ikke være en undtagelse til den",
        "{ref} does not set {result}, so this rule cannot be an exception to it",
        "En undtagelse tilsidesætter en anden regel for det samme resultat.",
    ),
    Entry(
        "N012", "kredsløb", E,
        "'{name}' afhænger af sig selv: {cycle}",
        "'{name}' depends on itself: {cycle}",
        "Et resultat eller en målgruppe, der afhænger af sig selv, kan ikke afgøres.",
    ),
    Entry(
        "N013", "ikke-begreb", E,
        "'{name}' er {kind}, ikke et begreb; i `givet` angives kun begreber",
        "'{name}' is {kind_en}, not a concept; `givet` only sets concepts",
        "En testsag angiver borgerens oplysninger (begreber); resultater og målgrupper beregnes.",
    ),
    Entry(
        "N014", "ikke-resultat", E,
        "'{name}' er {kind}, ikke et resultat; i `forvent` angives resultater",
        "'{name}' is {kind_en}, not a result; `forvent` checks results",
        "En testsag forventer værdier af resultater (eller `målgruppe X = ja/nej`).",
    ),
    Entry(
        "N015", "resultat-uden-regel", W,
        "resultatet '{name}' fastsættes ikke af nogen regel",
        "the result '{name}' is not set by any rule",
        "Et resultat uden regler kan aldrig afgøres.",
    ),
    Entry(
        "N016", "regel-for-begreb", E,
        "'{name}' er {kind}; en regel kan kun fastsætte et resultat",
        "'{name}' is {kind_en}; a rule can only set a result",
        "Begreber kommer fra registre eller borgeren; regler fastsætter resultater.",
    ),
    Entry(
        "N017", "valgmulighed-og-navn", W,
        "'{name}' er både en valgmulighed og {kind}; her læses det som valgmuligheden",
        "'{name}' is both an option and {kind_en}; here it is read as the option",
        "Ved siden af et `valg af …` betyder et navn valgmuligheden, også hvis der findes en "
        "erklæring med samme navn. Det er sjældent meningen, at de to skal hedde det samme: "
        "omdøb den ene.",
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
        bad="resultat varighed: uger\n§ 1. varighed er 13.\n",
        good="resultat varighed: uger\n§ 1. varighed er 13 uger.\n",
    ),
    Entry(
        "T002", "usammenlignelige-typer", E,
        "kan ikke sammenligne {left} med {right}",
        "cannot compare {left} with {right}",
        "Uger sammenlignes med uger, beløb med beløb, heltal med heltal.",
        bad="begreb ledighed: uger kilde register \"Ydelsesrefusion\"\n… hvis ledighed >= 26\n",
        good="… hvis ledighed >= 26 uger\n",
    ),
    Entry(
        "T003", "ikke-sandhedsværdi", E,
        "{where} skal være en sandhedsværdi (ja/nej), men har typen {found}",
        "{where} must be a truth value (ja/nej), but has type {found}",
        "Betingelser efter `hvis`, i målgrupper og omkring `og`, `eller`, `ikke` er ja/nej.",
    ),
    Entry(
        "T004", "ugyldig-regning", E,
        "kan ikke regne {left} {op} {right}",
        "cannot compute {left} {op} {right}",
        "Man kan lægge uger til uger og beløb til beløb og gange med et heltal.",
    ),
    Entry(
        "T005", "forkert-testværdi", E,
        "'{name}' har typen {expected}, men testsagen angiver {found}",
        "'{name}' has type {expected}, but the test case gives {found}",
        "En testsags værdier har begrebets eller resultatets type.",
    ),
    Entry(
        "T006", "ikke-konstant", E,
        "en testsag angiver faste værdier; {what} kan ikke bruges her",
        "a test case gives fixed values; {what} cannot be used here",
        "`givet` og `forvent` tager tal, perioder, beløb, ja/nej, tekst og valgmuligheder.",
    ),
]

CATALOGUE: dict[str, Entry] = {}


def register(entry: Entry) -> Entry:
    """Add an entry; codes are unique across the whole tool."""
    if entry.code in CATALOGUE:
        raise ValueError(f"duplicate diagnostic code {entry.code}")
    CATALOGUE[entry.code] = entry
    return entry


for _entry in _ENTRIES:
    register(_entry)


def all_entries() -> list[Entry]:
    """Every code, including those of the checks in ``compiler.checks``, sorted by code."""
    import compiler.checks  # noqa: F401  (registers the checks' codes)

    return sorted(CATALOGUE.values(), key=lambda e: e.code)
