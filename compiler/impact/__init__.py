"""Stage *impact*: two law models × a population (synthetic or read from a file) → who gets a
different answer, computed by the generated columnar evaluators, in-process or on Dask."""
