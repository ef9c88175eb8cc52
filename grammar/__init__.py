"""The .lov grammar (`lov.lark`), shipped as package data so installed tools find it."""
