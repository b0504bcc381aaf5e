"""Records passed between the extractor's rules: one mention, one classification verdict, and the output table built from mentions."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

_NAN = float("nan")
_INF = (math.inf, -math.inf)

#: Mention kinds in precedence order.
KINDS: tuple[str, ...] = (
    "reference",
    "identifier",
    "date",
    "range",
    "year",
    "percent",
    "money",
    "quantity",
    "ordinal",
    "count",
    "other",
)

#: Output columns of :func:`~analysis.mentions.extract_mentions`, in order.
MENTION_COLUMNS: tuple[str, ...] = (
    "start",
    "end",
    "surface",
    "value",
    "kind",
    "unit",
    "scale",
    "range_end",
)


@dataclass(slots=True)
class _Mention:
    """One mention found by a rule (the surface is ``text[start:end]``).

    ``pages`` and ``region`` say which citation rules of the post-pass
    (:func:`~analysis.mentions.citations.relabel`) may turn it into a reference: ``pages``
    the page-abbreviation, archival and citation-region rules, ``region`` the citation
    region rule alone (``№ 5`` inside a bibliography entry).
    """

    start: int
    end: int
    value: float
    kind: str
    unit: str | None = None
    scale: float = _NAN
    range_end: float = _NAN
    pages: bool = False
    region: bool = False

    def row(self, text: str) -> tuple:
        """The output row ``(start, end, surface, value, kind, unit, scale, range_end)``."""
        value = self.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = float(value)
            if value in _INF:  # only NaN and finite values are kept (infinities become NaN)
                value = _NAN
        else:
            value = _NAN
        rend = self.range_end
        if not isinstance(rend, float) or rend in _INF:
            rend = _NAN
        unit = self.unit
        if unit == "pp":
            unit = "%"  # percentage points: a percent change
        return (
            self.start,
            self.end,
            text[self.start : self.end],
            value,
            self.kind,
            unit,
            self.scale,
            rend,
        )


@dataclass(slots=True)
class _Verdict:
    """The classifier's decision on one number: its kind and where its span ends.

    ``unit`` is a unit the classifier itself decides (durations ``41-летний`` and ages:
    ``"year"``, ``"month"`` ..., ``"times"`` for ``-fold``); ``fixed`` exempts the
    mention from the citation relabelling (era years, decades, durations, ages);
    ``clock`` marks a time of day written with a dot or comma (``pukul 14.30``), whose
    value is read from the digits as hours.
    """

    kind: str
    end: int
    unit: str | None = None
    fixed: bool = False
    clock: bool = False


_STR = pd.Series(["x"]).dtype  # the default string dtype of this pandas version


def mention_frame(rows: list[tuple]) -> pd.DataFrame:
    """Build the mention table from output rows (see :data:`MENTION_COLUMNS`).

    Parameters
    ----------
    rows : list of tuple
        ``(start, end, surface, value, kind, unit, scale, range_end)`` rows, as returned
        by :func:`~analysis.mentions.mention_rows`.

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`MENTION_COLUMNS` with their dtypes (int64 offsets, float64
        values, string surfaces and kinds, object units).

    Examples
    --------
    >>> mention_frame([(0, 4, "1943", 1943.0, "year", None, float("nan"), float("nan"))]).shape
    (1, 8)
    """
    if not rows:
        return empty_mentions()
    cols = list(zip(*rows, strict=True))
    n = len(rows)
    unit = np.empty(n, dtype=object)
    unit[:] = cols[5]
    # arrays, not Series: the frame is built without aligning eight indexes
    data = {
        "start": np.fromiter(cols[0], dtype=np.int64, count=n),
        "end": np.fromiter(cols[1], dtype=np.int64, count=n),
        "surface": pd.array(cols[2], dtype=_STR),
        "value": np.array(cols[3], dtype=np.float64),
        "kind": pd.array(cols[4], dtype=_STR),
        "unit": pd.Series(unit, dtype=object, copy=False),
        "scale": np.array(cols[6], dtype=np.float64),
        "range_end": np.array(cols[7], dtype=np.float64),
    }
    return pd.DataFrame(data, copy=False)


def empty_mentions() -> pd.DataFrame:
    """Return the mention table with no rows (the columns and dtypes of :func:`mention_frame`).

    Examples
    --------
    >>> list(empty_mentions().columns) == list(MENTION_COLUMNS)
    True
    """
    return pd.DataFrame(
        {
            "start": pd.Series(dtype="int64"),
            "end": pd.Series(dtype="int64"),
            "surface": pd.Series(dtype=_STR),
            "value": pd.Series(dtype="float64"),
            "kind": pd.Series(dtype=_STR),
            "unit": pd.Series(dtype=object),
            "scale": pd.Series(dtype="float64"),
            "range_end": pd.Series(dtype="float64"),
        }
    )
