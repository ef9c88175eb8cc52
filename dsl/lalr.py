"""One loop that lexes and parses a chunk: lark's LALR tables and contextual scanners,
without lark's per-token calls.

lark's LALR parser calls a generator for each token and a method to feed it, looks a
reduction's callback up by hashing its rule, and checks assertions on every step; on
.lov text that is most of the time a parse takes. This module reads lark's tables once
(so the grammar stays the only definition of the syntax, and keywords stay reserved only
in context) and runs the same automaton in one loop, calling the same callbacks.

It handles text that parses. At the first token it cannot take it raises
:class:`NotHere`; the caller parses that chunk again with lark itself, whose errors are
the ones reported. `tests/test_lalr.py` checks that it builds exactly lark's trees.
"""

from __future__ import annotations

import re
import sys
from typing import Any, Callable

from lark import Lark, Token, Tree
from lark.parsers.lalr_analysis import Shift

_new_str = str.__new__

#: A row of the automaton: terminal or rule name → next state (shift, or the goto after a
#: reduction) or (number of children, rule name, callback) (reduce).
Row = dict[str, Any]


class NotHere(Exception):
    """The text does not parse from here on: lark must say why."""


class FastLalr:
    """lark's automaton for one :class:`Lark` parser (LALR, contextual lexer, built with
    the callbacks it is to call)."""

    def __init__(self, lark: Lark) -> None:
        frontend = lark.parser
        inner = frontend.parser.parser
        table = inner.parse_table
        callbacks = _callbacks(lark, table)
        (start,) = table.start_states.values()
        (self._end,) = table.end_states.values()
        self._start: int = start
        self._rows: dict[int, Row] = {}
        for state, actions in table.states.items():
            row: Row = {}
            for symbol, (action, arg) in actions.items():
                # lark's names are Tokens: as plain strings, looking them up is a str compare.
                name = sys.intern(str(symbol))
                row[name] = arg if action is Shift else (len(arg.expansion), sys.intern(str(arg.origin.name)), callbacks[arg])
            self._rows[state] = row
        conf = frontend.lexer_conf
        ignore = set(conf.ignore)
        ignored = [t for t in conf.terminals if t.name in ignore]
        self._skip = re.compile("|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in ignored))
        self._ignore_callbacks: dict[str, Callable[[Token], Any]] = {
            name: cb for name, cb in conf.callbacks.items() if name in ignore
        }
        # The characters below U+3000 an ignored token can start with, so that before most
        # tokens the skip is one set lookup (characters from U+3000 up are always tried).
        self._ignore_starts = frozenset(chr(c) for c in range(0x3000) if self._skip.match(chr(c)))
        self._lexers = frontend.lexer.lexers
        self._scanners: dict[int, tuple[tuple[Any, ...], Any, dict[str, Any]]] = {}

    def _scanner(self, state: int) -> tuple[tuple[Any, ...], Any, dict[str, Any]]:
        """What the loop needs of a parser state's lexer: its scanner's compiled patterns
        (lark's ``Scanner._mres``: lark is pinned below 1.4), the token types that may hold
        line breaks, and the token callbacks (lark's keyword checks and ours)."""
        lexer = self._lexers[state]
        found = (tuple(lexer.scanner._mres), lexer.newline_types, lexer.callback)
        self._scanners[state] = found
        return found

    def parse(self, text: str) -> Any:
        """What lark's ``parse`` returns for ``text``; :class:`NotHere` where it would raise."""
        rows = self._rows
        scanners = self._scanners
        skip = self._skip.match
        ignore_callbacks = self._ignore_callbacks
        ignore_starts = self._ignore_starts
        new_token = _new_str
        end_state = self._end
        stack = [self._start]
        values: list[Any] = []
        push_state, push_value = stack.append, values.append
        end = len(text)
        pos = 0
        line = 1
        line_start = 0
        tok: Token | None = None
        while True:
            # Ignored text: white space and comments.
            while pos < end and (text[pos] in ignore_starts or text[pos] >= "\u3000"):
                m = skip(text, pos)
                if m is None:
                    break
                after = m.end()
                kind = m.lastgroup
                if kind in ignore_callbacks:
                    comment = Token(kind, m.group(), pos, line, pos - line_start + 1)
                    comment.end_line, comment.end_column, comment.end_pos = line, after - line_start + 1, after
                    ignore_callbacks[kind](comment)
                newlines = text.count("\n", pos, after)
                if newlines:
                    line += newlines
                    line_start = text.rindex("\n", pos, after) + 1
                pos = after
            state = stack[-1]
            if pos >= end:  # the end of the text: reduce until the start rule is done
                kind, tok = "$END", None
            else:
                patterns, newline_types, callbacks = scanners.get(state) or self._scanner(state)
                for pattern in patterns:  # lark's Scanner.match, inline
                    m = pattern.match(text, pos, end)
                    if m:
                        break
                else:
                    raise NotHere
                value, kind = m.group(0), m.lastgroup
                # lark's Token(kind, value, pos, line, column), without its keyword handling.
                tok = new_token(Token, value)
                tok.type, tok.value, tok.start_pos, tok.line, tok.column = kind, value, pos, line, pos - line_start + 1
                if kind in newline_types and "\n" in value:
                    line += value.count("\n")
                    line_start = pos + value.rindex("\n") + 1
                pos += len(value)
                tok.end_line, tok.end_column, tok.end_pos = line, pos - line_start + 1, pos
                callback = callbacks.get(kind)
                if callback is not None:
                    tok = callback(tok)
                    kind = tok.type
            # lark's feed_token: reduce as long as the token asks, then shift it.
            row = rows[state]
            while True:
                action = row.get(kind)
                if action is None:
                    raise NotHere
                if action.__class__ is int:
                    if tok is None:  # the end is never shifted
                        raise NotHere
                    push_state(action)
                    push_value(tok)
                    break
                size, origin, build = action
                if size:
                    children = values[-size:]
                    del values[-size:]
                    del stack[-size:]
                else:
                    children = []
                value = build(children)
                state = rows[stack[-1]][origin]
                if state == end_state:  # only the start rule, and only at the end, leads here
                    return value
                push_value(value)
                push_state(state)
                row = rows[state]


def _callbacks(lark: Lark, table: Any) -> dict[Any, Callable[[list[Any]], Any]]:
    """A callback per grammar rule that does what lark's does (drop anonymous tokens, put
    in None for a missing ``[optional]``, splice in the children of ``_rules``, return the
    one child of a ``?rule``, then call the transformer's method for the rule), written out
    as one small function per rule.

    The one difference: a ``_rule`` without a method gives its children as a list, not a
    Tree, since its parent only splices them in.
    """
    transformer = lark.options.transformer
    rules = {arg for actions in table.states.values() for action, arg in actions.values() if action is not Shift}
    names = {rule.origin.name for rule in lark.rules}
    spliced = {name for name in names if name.startswith("_")}
    built: dict[Any, Callable[[list[Any]], Any]] = {}
    for rule in rules:
        name = rule.alias or rule.options.template_source or rule.origin.name
        method = getattr(transformer, name, None)
        if rule.origin.name in spliced and method is not None:
            raise TypeError(f"the driver splices the rule {rule.origin.name} as a list; it cannot have a method")
        empty = list(rule.options.empty_indices or [False] * len(rule.expansion))
        parts: list[str] = []  # "c[i]", "*c[i]" or "None", in order
        i = 0
        for flag in empty:
            if flag:
                parts.append("None")
                continue
            symbol = rule.expansion[i]
            if rule.options.keep_all_tokens or not (symbol.is_term and symbol.filter_out):
                parts.append(f"*c[{i}]" if not symbol.is_term and symbol.name.startswith("_") else f"c[{i}]")
            i += 1
        lines = ["def callback(c):"]
        if parts == [f"c[{j}]" for j in range(len(rule.expansion))]:
            lines.append("    k = c")
        elif parts[0].startswith("*"):  # left recursion: grow the first child's list in place
            lines.append(f"    k = {parts[0][1:]}")
            lines += [f"    k.extend({p[1:]})" if p.startswith("*") else f"    k.append({p})" for p in parts[1:]]
        else:
            lines.append(f"    k = [{', '.join(parts)}]")
        if rule.options.expand1 and not rule.alias:
            lines.append("    if len(k) == 1:")
            lines.append("        return k[0]")
        if rule.origin.name in spliced:
            lines.append("    return k")
        elif method is not None:
            lines.append("    return method(k)")
        else:
            lines.append(f"    return tree({name!r}, k)")
        namespace: dict[str, Any] = {"method": method, "tree": lark.options.tree_class or Tree}
        exec("\n".join(lines), namespace)  # our grammar's rules, never the input's text
        built[rule] = namespace["callback"]
    return built
