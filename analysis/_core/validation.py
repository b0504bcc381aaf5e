"""Parameter validation helpers (our own, not scikit-learn's private ones)."""

from __future__ import annotations

import numbers
from collections.abc import Iterable
from typing import Any

import numpy as np

__all__ = [
    "check_options",
    "check_positive_int",
    "check_bool",
    "check_number",
]


def check_options(name: str, value: Any, options: Iterable[Any]) -> Any:
    """Raise ``ValueError`` unless ``value`` is one of ``options``.

    Examples
    --------
    >>> check_options("norm", "l2", ["l1", "l2", None])
    'l2'
    >>> check_options("norm", "l3", ["l1", "l2", None])
    Traceback (most recent call last):
    ...
    ValueError: norm must be one of ['l1', 'l2', None]; got 'l3'.
    """
    opts = list(options)
    if value not in opts:
        raise ValueError(f"{name} must be one of {opts!r}; got {value!r}.")
    return value


def check_positive_int(name: str, value: Any, *, minimum: int = 1, allow_none: bool = False):
    """Return ``value`` as ``int`` if it is an integer ``>= minimum``.

    Examples
    --------
    >>> check_positive_int("top_n", 5)
    5
    >>> check_positive_int("top_n", 0)
    Traceback (most recent call last):
    ...
    ValueError: top_n must be an integer >= 1; got 0.
    """
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}; got {value!r}.")
    return int(value)


def check_number(name: str, value: Any, *, low: float | None = None, high: float | None = None):
    """Return ``value`` as ``float`` if it is a real number in ``[low, high]``.

    Examples
    --------
    >>> check_number("overlap", 0.5, low=0, high=1)
    0.5
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not np.isfinite(value):
        raise ValueError(f"{name} must be a finite number; got {value!r}.")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{name} must be in [{low}, {high}]; got {value!r}.")
    return float(value)


def check_bool(name: str, value: Any) -> bool:
    """Return ``value`` if it is a ``bool``; raise ``ValueError`` otherwise.

    Examples
    --------
    >>> check_bool("smooth_idf", True)
    True
    """
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{name} must be True or False; got {value!r}.")
    return bool(value)
