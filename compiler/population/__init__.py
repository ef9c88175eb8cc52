"""Stage *population*: law model(s) → synthetic citizens. ``uniform`` draws plausible citizens for
`lov diff`'s behaviour section; ``caseload`` draws the national caseload of KL's bilag 2.3 as
columns for `lov impact`."""
