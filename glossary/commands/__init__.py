"""CLI commands, one module per area; each has ``register(app)``.

Command modules import only typer and light glossary modules at top level; the
store, lxml, jieba and textual are imported inside the command functions.
"""
