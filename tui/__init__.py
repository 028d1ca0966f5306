"""The glossary's terminal app (Textual): look terms up, review mined candidates.

Import :func:`tui.app.build_app` to get an app over a
:class:`~glossary.store.GlossaryStore`. This package is imported only by the
``glossary tui`` / ``glossary review`` commands, never by the library.
"""
