"""Stage *evaluate*: law model × citizen → outcome. The reference interpreter (the semantics,
SEMANTICS.md), the runtime helpers it shares with generated code, facts from JSON, and running
a law's testsager against an evaluator."""
