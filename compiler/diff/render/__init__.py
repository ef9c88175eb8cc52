"""Diff and stats reports → text, Markdown, JSON and HTML."""
