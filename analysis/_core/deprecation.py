"""Renamed parameters: the old name keeps working for one release, with a warning."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["renamed_parameters"]

F = TypeVar("F", bound=Callable[..., Any])

#: the release in which the old names stop working
REMOVAL = "0.3"


def renamed_parameters(**renames: str) -> Callable[[F], F]:
    """Accept old keyword names for one release, with a ``DeprecationWarning``.

    Parameters
    ----------
    **renames : str
        ``old_name="new_name"`` pairs.

    Returns
    -------
    callable
        A decorator. Passing both the old and the new name raises ``TypeError``.

    Examples
    --------
    >>> import warnings
    >>> @renamed_parameters(top_k="top_n")
    ... def f(*, top_n=3):
    ...     return top_n
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     f(top_k=5), str(w[0].message)
    (5, 'f(top_k=...) is deprecated and will be removed in 0.3; use top_n=... instead.')
    """

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for old, new in renames.items():
                if old not in kwargs:
                    continue
                if new in kwargs:
                    raise TypeError(f"{func.__name__}() got both {old}= (deprecated) and {new}=; "
                                    f"pass only {new}=.")
                warnings.warn(f"{func.__name__}({old}=...) is deprecated and will be removed in "
                              f"{REMOVAL}; use {new}=... instead.", DeprecationWarning,
                              stacklevel=2)
                kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
