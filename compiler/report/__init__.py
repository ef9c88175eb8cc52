"""Stage *report*: what every page people read shares (:mod:`compiler.report.html`)."""
