"""lov's stages after the front end (:mod:`dsl`), one folder each, and the driver on top.

``pipeline`` (the front door: read, parse, resolve, check) · ``checks`` · ``evaluate`` ·
``codegen`` · ``population`` · ``diff`` · ``impact`` · ``driver`` (command line, language
server, pytest plugin). A module imports only from its own stage, the stages below it and
:mod:`dsl`; ``tests/test_layers.py`` enforces it.
"""
