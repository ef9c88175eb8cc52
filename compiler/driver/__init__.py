"""The driver: thin shells over the stages — the command line (``cli`` and ``commands/``), the
language server (``lsp``, with ``documents`` and ``reopening``) and the pytest plugin. The only code that prints, reads ``sys.argv``
or exits."""
