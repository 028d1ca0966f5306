"""glossary: a Chinese–English terminology manager for official texts.

The package is a library first; :mod:`glossary.cli` is a thin layer over it.
Heavy dependencies (SQLAlchemy, jieba, lxml, textual) are imported lazily by the
modules that need them, so ``glossary lookup`` starts fast.
"""

__version__ = "0.1.0"
