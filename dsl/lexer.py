"""A faster loop around lark's contextual lexer, with the same tokens.

lark's contextual lexer matches every ignored token (white space, comments) as a token
of its own and tracks positions with a line-counter object; on .lov text that is half
the work of parsing. This lexer keeps lark's per-state scanners (so the grammar stays
the only definition of the tokens and keywords stay reserved only in context) and
changes only the loop: ignored text is skipped with one regular expression built from
the grammar's own %ignore terminals, line/column are tracked inline, and each state's
compiled patterns (lark's ``Scanner._mres``: lark is pinned below 1.4) are tried in place.

`tests/test_lexer.py` checks that it yields exactly lark's tokens.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from lark.exceptions import UnexpectedCharacters, UnexpectedToken
from lark.lexer import ContextualLexer, LexerState, Token


_new_str = str.__new__


class FastContextualLexer(ContextualLexer):
    """Drop-in replacement for lark's ContextualLexer (plugged in via ``_plugins``)."""

    def __init__(self, conf: Any, states: Any, always_accept: Any = ()) -> None:
        super().__init__(conf, states, always_accept)
        ignored = [t for t in conf.terminals if t.name in set(conf.ignore)]
        self._skip = re.compile("|".join(f"(?P<{t.name}>{t.pattern.to_regexp()})" for t in ignored))
        self._ignore_callbacks = {name: cb for name, cb in conf.callbacks.items() if name in set(conf.ignore)}
        # The characters below U+3000 an ignored token can start with, so that before most
        # tokens the skip is one set lookup (characters from U+3000 up are always tried).
        self._ignore_starts = frozenset(chr(c) for c in range(0x3000) if self._skip.match(chr(c)))
        self._states: dict[Any, tuple[Any, tuple[Any, ...], Any, dict[str, Any]]] = {}

    def _state(self, state: Any) -> tuple[Any, tuple[Any, ...], Any, dict[str, Any]]:
        """What the loop needs of a parser state's lexer: the lexer, its scanner's compiled
        patterns, the token types that may hold line breaks, and the token callbacks."""
        lexer = self.lexers[state]
        found = (lexer, tuple(lexer.scanner._mres), lexer.newline_types, lexer.callback)
        self._states[state] = found
        return found

    def lex(self, lexer_state: LexerState, parser_state: Any) -> Iterator[Token]:
        text_slice = lexer_state.text
        text = text_slice.text
        end = text_slice.end
        counter = lexer_state.line_ctr
        pos, line, line_start = counter.char_pos, counter.line, counter.line_start_pos
        skip = self._skip.match
        ignore_callbacks = self._ignore_callbacks
        ignore_starts = self._ignore_starts
        states = self._states
        stack = parser_state.state_stack  # the parser pushes and pops this very list
        new_token = _new_str
        while True:
            # Ignored text: white space and comments.
            while pos < end and (text[pos] in ignore_starts or text[pos] >= "\u3000"):
                m = skip(text, pos)
                if m is None:
                    break
                value = m.group()
                kind = m.lastgroup
                if kind in ignore_callbacks:
                    tok = Token(kind, value, pos, line, pos - line_start + 1)
                    tok.end_line, tok.end_column, tok.end_pos = line, pos + len(value) - line_start + 1, pos + len(value)
                    ignore_callbacks[kind](tok)
                newlines = value.count("\n")
                if newlines:
                    line += newlines
                    line_start = pos + value.rindex("\n") + 1
                pos += len(value)
            if pos >= end:
                break
            state = stack[-1]
            lexer, patterns, newline_types, callbacks = states.get(state) or self._state(state)
            column = pos - line_start + 1
            for pattern in patterns:  # lark's Scanner.match, inline
                m = pattern.match(text, pos, end)
                if m:
                    break
            else:
                counter.char_pos, counter.line, counter.column, counter.line_start_pos = pos, line, column, line_start
                self._unexpected(lexer_state, parser_state, lexer, text, pos, line, column)
            value, kind = m.group(0), m.lastgroup
            # lark's Token(kind, value, pos, line, column), without its keyword handling.
            tok = new_token(Token, value)
            tok.type, tok.value, tok.start_pos, tok.line, tok.column = kind, value, pos, line, column
            if kind in newline_types and "\n" in value:
                line += value.count("\n")
                line_start = pos + value.rindex("\n") + 1
            pos += len(value)
            tok.end_line, tok.end_column, tok.end_pos = line, pos - line_start + 1, pos
            callback = callbacks.get(kind)
            if callback is not None:
                tok = callback(tok)
            lexer_state.last_token = tok
            yield tok
        counter.char_pos, counter.line, counter.line_start_pos = pos, line, line_start
        counter.column = pos - line_start + 1

    def _unexpected(
        self, lexer_state: LexerState, parser_state: Any, lexer: Any, text: str, pos: int, line: int, column: int
    ) -> None:
        """Raise what lark raises: UnexpectedToken if the text is a token elsewhere in the
        language, else UnexpectedCharacters."""
        allowed = lexer.scanner.allowed_types - lexer.ignore_types or {"<END-OF-FILE>"}
        last = lexer_state.last_token
        error = UnexpectedCharacters(
            text, pos, line, column, allowed=allowed, token_history=last and [last], state=parser_state,
            terminals_by_name=lexer.terminals_by_name,
        )
        try:
            token = self.root_lexer.next_token(lexer_state, parser_state)
        except UnexpectedCharacters:
            raise error from None
        raise UnexpectedToken(
            token, error.allowed, state=parser_state, token_history=[last] if last else None,
            terminals_by_name=self.root_lexer.terminals_by_name,
        )
