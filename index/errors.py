"""Errors of the index layer, each with a message fit for one line of output."""


class IndexError_(Exception):
    """Base class; the trailing underscore keeps the builtin IndexError usable."""


class IndexMissing(IndexError_):
    pass


class IndexCorrupt(IndexError_):
    pass


class IndexUnwritable(IndexError_):
    """The index folder cannot be written: read-only, immutable, or not a folder."""


class SourceError(IndexError_):
    """A source file that exists but cannot be read."""


class EmbedderError(IndexError_):
    """The embedding model cannot be loaded."""
