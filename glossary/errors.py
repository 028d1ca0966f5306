"""Exceptions the library raises for conditions a user can act on.

The CLI turns every :class:`GlossaryError` into a one-line message and a non-zero
exit status; anything else is a bug and keeps its traceback.
"""


class GlossaryError(Exception):
    """Base class: the message is shown to the user as it is, on one line."""


class InputError(GlossaryError):
    """A file the user gave us cannot be read: wrong encoding, binary, empty, malformed."""


class NotFoundError(GlossaryError):
    """An id or term that the glossary does not have."""


class ConflictError(GlossaryError):
    """The entry changed in the database since it was read (optimistic locking)."""


class DuplicateConceptError(GlossaryError):
    """An approved concept already exists for this Chinese term: merge instead."""

    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class DatabaseError(GlossaryError):
    """The database cannot be used: missing folder, not a database, locked, newer schema."""


class ValidationError(GlossaryError):
    """A value breaks a rule of the data model (empty term, unknown status, ...)."""
