"""lov's front end: grammar loading, parser, syntax tree, resolver, diagnostics, formatter, CLI."""

__version__ = "0.1.0"
