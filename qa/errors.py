"""Errors a user can cause or meet, each carrying a one-line message."""


class QAError(Exception):
    """Base class: `str(error)` is the line shown to the user."""


class QuestionError(QAError):
    """The question cannot be asked (empty, too long, not text)."""


class LLMError(QAError):
    """The language model cannot be used: missing or corrupt file, unreachable server."""


# The index layer's errors, re-exported so that front ends need not reach below `qa`.
from index.errors import IndexError_ as IndexProblem  # noqa: E402

__all__ = ["IndexProblem", "LLMError", "QAError", "QuestionError"]
