"""Records passed between the extractor's rules: one mention, one classification verdict, and the output table built from mentions."""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .unit_words import CURRENCY_PREFIX, UNITS

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

#: Units a mention may carry (``pp``, percentage points, is written ``%``), in
#: codepoint order: the codes of the ``unit`` column while a table is built.
UNIT_NAMES: tuple[str, ...] = tuple(sorted(
    ({code for _, code, _ in UNITS} | set(CURRENCY_PREFIX.values())) - {"pp"}))

_KIND_CODE = {k: i for i, k in enumerate(KINDS)}
_UNIT_CODE: dict[str | None, int] = {None: -1, "pp": UNIT_NAMES.index("%")}
_UNIT_CODE.update((u, i) for i, u in enumerate(UNIT_NAMES))


class _MentionColumns:
    """The mention table of one text, built as typed columns while mentions arrive.

    Offsets and values go to ``array.array`` buffers, kinds and units to one-byte codes
    (decoded once, in :meth:`frame`), surfaces to Arrow string chunks: a mention costs
    about 50 bytes here, against about 200 for its :class:`_Mention` record, so the
    extractor hands its records over in chunks and drops them (see :meth:`add`).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = array("q")
        self.end = array("q")
        self.value = array("d")
        self.scale = array("d")
        self.range_end = array("d")
        self.kind = array("b")
        self.unit = array("h")  # codes of UNIT_NAMES and the lexicon's units
        self.surface: list = []  # pyarrow string arrays, one per chunk
        self.unit_code = dict(_UNIT_CODE)
        self.kind_code = dict(_KIND_CODE)
        self.extra_units: list[str] = []  # units outside UNIT_NAMES (none known)
        self.extra_kinds: list[str] = []

    def __len__(self) -> int:
        return len(self.start)

    def _code(self, codes: dict, extra: list[str], base: int, key: str) -> int:
        codes[key] = base + len(extra)
        extra.append(key)
        return codes[key]

    def add(self, rows: list[_Mention]) -> None:
        """Append *rows* (the values of :meth:`_Mention.row`, without the tuples)."""
        import pyarrow as pa

        text = self.text
        starts, ends = self.start.append, self.end.append
        values, scales, rends = self.value.append, self.scale.append, self.range_end.append
        kinds, units = self.kind.append, self.unit.append
        kind_code, unit_code = self.kind_code, self.unit_code
        surfaces = []
        surface = surfaces.append
        for m in rows:
            s = m.start
            e = m.end
            starts(s)
            ends(e)
            surface(text[s:e])
            value = m.value
            if value.__class__ is float or (
                    isinstance(value, (int, float)) and not isinstance(value, bool)):
                value = float(value)
                if value in _INF:  # only NaN and finite values are kept
                    value = _NAN
            else:
                value = _NAN
            values(value)
            k = kind_code.get(m.kind)
            if k is None:
                k = self._code(kind_code, self.extra_kinds, len(KINDS), m.kind)
            kinds(k)
            u = unit_code.get(m.unit)
            if u is None:
                u = self._code(unit_code, self.extra_units, len(UNIT_NAMES), m.unit)
            units(u)
            scales(m.scale)
            rend = m.range_end
            if not isinstance(rend, float) or rend in _INF:
                rend = _NAN
            rends(rend)
        if surfaces:
            self.surface.append(pa.array(surfaces, type=pa.string()))

    def frame(self) -> pd.DataFrame:
        """The table, with the dtypes of :func:`mention_frame`."""
        import pyarrow as pa

        if not len(self.start):
            return empty_mentions()
        data = {
            "start": np.frombuffer(self.start, dtype=np.int64),
            "end": np.frombuffer(self.end, dtype=np.int64),
            "surface": pd.array(pa.chunked_array(self.surface, type=pa.string()), dtype=_STR),
            "value": np.frombuffer(self.value, dtype=np.float64),
            "kind": pd.array(np.array([*KINDS, *self.extra_kinds], dtype=object)[
                np.frombuffer(self.kind, dtype=np.int8)], dtype=_STR),
            "unit": pd.Series(np.array([*UNIT_NAMES, *self.extra_units, None], dtype=object)[
                np.frombuffer(self.unit, dtype=np.int16)], dtype=object, copy=False),
            "scale": np.frombuffer(self.scale, dtype=np.float64),
            "range_end": np.frombuffer(self.range_end, dtype=np.float64),
        }
        return pd.DataFrame(data, copy=False)


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
