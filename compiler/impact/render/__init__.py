"""Impact reports → HTML (text and JSON are rendered in :mod:`compiler.impact.report`)."""
