"""frontierwatch's exception tree.

FrontierwatchError
 +-- InputError        a file or document cannot be read (the batch goes on; stored as rejected)
 +-- StoreError        the database cannot be opened or migrated
 +-- QueryError        a query or brief was asked for with bad parameters
"""
from __future__ import annotations


class FrontierwatchError(Exception):
    """Base class for every error frontierwatch raises on purpose."""


class InputError(FrontierwatchError):
    """A bad input: `path` names it, `reason` says why, in one line."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(FrontierwatchError):
    """The database cannot be opened, migrated or written."""


class QueryError(FrontierwatchError):
    """A query, brief or filter was asked for with bad parameters."""
