"""Reductions of the per-batch results into corpus tables, in memory or streamed to disk.

Per-document tables (corpus, paragraphs, summaries, terms by document, passages,
mentions, mention statistics by document) are appended batch after batch, in corpus
order. Corpus-wide tables are reductions of running sums that stay small: word counts
per language (summary and terms by language) and, for TF-IDF, document frequencies per
scope. TF-IDF needs the IDF of the whole corpus before any document's weights are
known, so each batch's document counts are spilled (to memory or to a temporary
folder) during the pass and weighted in a second pass over the spill, batch by batch.
"""

from __future__ import annotations

import pickle
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..terms.weighting import variant_idf, weight_counts
from ..text.stopwords import stopwords
from .document import SUMMARY_COLUMNS, BatchResult, batch_mention_stats
from .spec import PassSpec

__all__ = ["MemorySink", "PartsSink", "PassReducer", "TABLE_DTYPES"]

#: dtypes of the per-document tables (applied to every batch, so parts agree).
TABLE_DTYPES: dict[str, dict[str, str]] = {
    "paragraph_languages": {"doc_id": "str", "paragraph": "int64", "start": "int64",
                            "end": "int64", "lang": "str", "lang_confidence": "float64",
                            "n_chars": "int64"},
    "summary_by_doc": {"doc_id": "str", "lang": "str", "n_chars": "int64", "n_tokens": "int64",
                       "n_types": "int64", "ttr": "float64", "msttr": "float64",
                       "n_hapax": "int64",
                       "n_stopwords": "int64", "n_numbers": "int64"},
    "terms_by_doc": {"doc_id": "str", "lang": "str", "term": "str", "count": "int64",
                     "rel_freq": "float64", "rank": "int64"},
    "passages": {"doc_id": "str", "lang": "str", "passage_id": "str", "start": "int64",
                 "end": "int64", "n_words": "int64"},
    "inputs": {"path": "str", "doc_id": "str", "status": "str", "reason": "str"},
    "content_terms": {"doc_id": "str", "lang": "str", "passage_id": "str", "term": "str",
                      "count": "int64"},
}


class MemorySink:
    """Collect tables in memory (small corpora, the Python API)."""

    def __init__(self) -> None:
        self.parts: dict[str, list[pd.DataFrame]] = {}

    def append(self, name: str, df: pd.DataFrame) -> None:
        self.parts.setdefault(name, []).append(df)

    def spill(self) -> list:
        return []

    def tables(self) -> dict[str, pd.DataFrame]:
        out = {}
        for name, frames in self.parts.items():
            rows = [f for f in frames if len(f)]
            df = pd.concat(rows, ignore_index=True) if len(rows) > 1 else (
                rows[0] if rows else frames[0]).reset_index(drop=True)
            out[name] = df
        return out


class _DiskSpill:
    """A list that keeps its items in pickle files (TF-IDF counts between the passes)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.n = 0

    def append(self, obj) -> None:
        with open(self.folder / f"{self.n:06d}.pkl", "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.n += 1

    def __iter__(self):
        for i in range(self.n):
            with open(self.folder / f"{i:06d}.pkl", "rb") as fh:
                yield pickle.load(fh)


#: Rows of a Parquet row group: the writer holds a row group's encoded columns until it
#: is written (a 1.1 M-row part in one group held some 45 MB more).
PARQUET_ROW_GROUP = 65_536


class PartsSink:
    """Write tables into ``folder`` as they come: Parquet parts and/or one CSV per table.

    A table written in one part is ``<name>.parquet``; in several parts it is a folder
    ``<name>.parquet/part-00000.parquet``, … (``pandas.read_parquet`` reads both).
    Parts hold up to ``part_rows`` rows. Parts of a table share one Arrow schema (columns without values take the type
    they have elsewhere, or string).
    """

    def __init__(self, folder: str | Path, formats=("parquet", "csv"),
                 part_rows: int = 100_000) -> None:
        self.folder = Path(folder)
        self.formats = tuple(formats)
        self.part_rows = part_rows
        self.buffers: dict[str, list[pd.DataFrame]] = {}
        self.buffered: dict[str, int] = {}
        self.n_parts: dict[str, int] = {}
        self.schemas: dict = {}
        self.csv_started: set[str] = set()
        self.rows: dict[str, int] = {}
        self.spill_dir = Path(tempfile.mkdtemp(prefix="spill-", dir=self.folder))

    def spill(self) -> _DiskSpill:
        return _DiskSpill(self.spill_dir)

    def append(self, name: str, df: pd.DataFrame) -> None:
        self.rows[name] = self.rows.get(name, 0) + len(df)
        if "csv" in self.formats and (len(df) or name not in self.csv_started):
            df.to_csv(self.folder / f"{name}.csv", mode="a", index=False, lineterminator="\n",
                      header=name not in self.csv_started)
            self.csv_started.add(name)
        if "parquet" in self.formats:
            self.buffers.setdefault(name, []).append(df)
            self.buffered[name] = self.buffered.get(name, 0) + len(df)
            if self.buffered[name] >= self.part_rows:
                self._flush(name)

    def _flush(self, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        frames = [f for f in self.buffers.pop(name, []) if len(f)] or [pd.DataFrame()]
        self.buffered[name] = 0
        df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        if name in self.n_parts and not len(df):
            return
        table = pa.Table.from_pandas(df, preserve_index=False).replace_schema_metadata(None)
        if name not in self.schemas:
            self.schemas[name] = pa.schema([
                f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in table.schema])
        table = table.cast(self.schemas[name])
        k = self.n_parts.get(name, 0)
        folder = self.folder / f"{name}.parquet"
        folder.mkdir(exist_ok=True)
        # row groups of PARQUET_ROW_GROUP rows: the writer encodes one at a time
        pq.write_table(table, folder / f"part-{k:05d}.parquet",
                       row_group_size=PARQUET_ROW_GROUP)
        self.n_parts[name] = k + 1

    def close(self) -> list[Path]:
        """Flush every buffer; one-part tables become single files. Returns the paths."""
        for name in list(self.buffers):
            self._flush(name)
        shutil.rmtree(self.spill_dir, ignore_errors=True)
        written = []
        for name, k in sorted(self.n_parts.items()):
            folder = self.folder / f"{name}.parquet"
            if k == 1:
                tmp = self.folder / f".{name}.parquet"
                (folder / "part-00000.parquet").replace(tmp)
                folder.rmdir()
                tmp.replace(folder)
            written.append(folder)
        written += [self.folder / f"{n}.csv" for n in sorted(self.csv_started)]
        return written


class TermTable:
    """``term -> id`` with int64 columns per term that grow: each term string stored once.

    The corpus-wide state of the pass: word counts (summaries, terms by language) and
    TF-IDF document frequencies share one table per language, so a vocabulary of
    millions of terms costs one dict entry and a few array cells per term.

    Examples
    --------
    >>> t = TermTable()
    >>> t.add("words", Counter({"war": 2, "city": 1}))
    >>> t.add("words", Counter({"city": 3}))
    >>> t.terms, t.column("words").tolist()
    (['war', 'city'], [2, 4])
    """

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.terms: list[str] = []
        self.columns: dict[str, np.ndarray] = {}

    def add(self, column: str, counts: Counter) -> None:
        index, terms = self.index, self.terms
        ids = [index.get(t) for t in counts]
        if None in ids:
            for k, t in enumerate(counts):
                if ids[k] is None:
                    ids[k] = index[t] = len(terms)
                    terms.append(t)
        arr = self.columns.get(column, np.zeros(0, dtype=np.int64))
        if len(arr) < len(terms):
            grown = np.zeros(max(len(terms), 2 * len(arr), 1024), dtype=np.int64)
            grown[: len(arr)] = arr
            arr = self.columns[column] = grown
        arr[np.array(ids, dtype=np.int64)] += np.fromiter(counts.values(), np.int64, len(counts))

    def column(self, name: str) -> np.ndarray:
        """The column ``name`` for every term (zeros where never added)."""
        arr = self.columns.get(name, np.zeros(0, dtype=np.int64))
        out = np.zeros(len(self.terms), dtype=np.int64)
        out[: min(len(arr), len(out))] = arr[: len(out)]
        return out

    def codepoint_rank(self) -> np.ndarray:
        """Position of each term in codepoint order (ties in tables break by it)."""
        order = np.argsort(np.array(self.terms, dtype=object), kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        return rank


class PassReducer:
    """Fold :class:`BatchResult` objects, in corpus order, into the corpus tables."""

    def __init__(self, spec: PassSpec, sink) -> None:
        self.spec = spec
        self.sink = sink
        self.tables: dict[str, TermTable] = {}
        self.lang_sums: dict[str, list[int]] = {}
        self.n_units: dict[str, int] = {}
        self.tf_spill = sink.spill()
        self.seen: set[str] = set()
        self.n_docs = 0
        self.skipped: list[str] = []
        self.mention_buffer: list[tuple[pd.DataFrame, pd.DataFrame]] = []
        self.mention_rows = 0

    #: Mention rows gathered before their statistics are computed: pandas' cost per
    #: call is fixed, so statistics over many batches at once cost a fraction of the
    #: extraction (and run in the parent while the workers go on).
    MENTION_STATS_ROWS = 100_000

    def _table(self, key: str) -> TermTable:
        table = self.tables.get(key)
        if table is None:
            table = self.tables[key] = TermTable()
        return table

    def add(self, res: BatchResult) -> None:
        from ..corpus.reading import CorpusError

        for d in res.corpus["doc_id"] if len(res.corpus) else ():
            if d in self.seen:
                raise CorpusError(f"doc_id {d!r} occurs more than once in the source.")
            self.seen.add(d)
        self.n_docs += len(res.corpus)
        self.skipped += res.skipped
        self.sink.append("corpus", res.corpus)
        for name, df in res.tables.items():
            if df is None:
                continue
            if name == "numeric_mentions" and "neighbour" in df.columns:
                self._buffer_mentions(df, res.tables["summary_by_doc"])
                df = df.drop(columns="neighbour")
                res.tables[name] = None  # once written, only the buffered columns stay
            dtypes = TABLE_DTYPES.get(name)
            self.sink.append(name, df.astype(dtypes) if dtypes else df)
        df = None
        if self.mention_rows >= self.MENTION_STATS_ROWS:
            self._flush_mention_stats()
        for column, counters in (("words", res.lang_words), ("terms", res.lang_terms),
                                 ("df", res.df)):
            for key, c in counters.items():
                self._table(key).add(column, c)
        for lang, sums in res.lang_sums.items():
            mine = self.lang_sums.setdefault(lang, [0] * len(sums))
            for k, v in enumerate(sums):
                mine[k] += v
        for scope, n in res.n_units.items():
            self.n_units[scope] = self.n_units.get(scope, 0) + n
        if res.tf:
            self.tf_spill.append(res.tf)

    #: The columns of the mentions that their statistics read.
    MENTION_STATS_COLUMNS = ["doc_id", "lang", "kind", "value", "unit", "range_end",
                             "neighbour"]

    def _buffer_mentions(self, mentions: pd.DataFrame, summary: pd.DataFrame) -> None:
        """Keep the columns of the batch's mentions that the statistics read; :meth:`add`
        computes them once :attr:`MENTION_STATS_ROWS` are buffered and the batch's
        tables are written (the offsets and surfaces are gone by then)."""
        if len(summary):
            self.mention_buffer.append((mentions[self.MENTION_STATS_COLUMNS],
                                        summary[["doc_id", "lang", "n_tokens"]]))
            self.mention_rows += len(mentions)

    def _flush_mention_stats(self) -> None:
        if not self.mention_buffer:
            return
        frames = [m for m, _ in self.mention_buffer if len(m)] or [self.mention_buffer[0][0]]
        m = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        sizes = pd.concat([s for _, s in self.mention_buffer], ignore_index=True)
        self.mention_buffer, self.mention_rows = [], 0
        for key, table in batch_mention_stats(m, sizes, self.spec.mention_top_n).items():
            self.sink.append(f"mention_{key}", table)

    def finish(self) -> None:
        """Write the corpus-wide tables (summary and terms by language, TF-IDF)."""
        self._flush_mention_stats()
        if self.spec.wants("summary"):
            self.sink.append("summary_by_lang", self.summary_by_lang())
        if self.spec.wants("terms") and "lang" in self.spec.terms.by:
            self.sink.append("terms_by_lang", self.terms_by_lang())
        if self.spec.wants("tfidf"):
            self._tfidf()

    def summary_by_lang(self) -> pd.DataFrame:
        rows = []
        for lang in sorted(self.lang_sums):
            n_docs, n_chars, n_tokens, n_stop, n_num, ttr_sum, n_seg = self.lang_sums[lang]
            words = self._table(lang).column("words")
            n_types = int((words > 0).sum())
            rows.append((lang, n_docs, n_chars, n_tokens, n_types,
                         n_types / n_tokens if n_tokens else float("nan"),
                         ttr_sum / n_seg if n_seg else float("nan"),
                         int((words == 1).sum()), n_stop, n_num))
        cols = ["lang", "n_docs"] + SUMMARY_COLUMNS[2:]
        out = pd.DataFrame(rows, columns=cols)
        floats = {"ttr": "float64", "msttr": "float64"}
        return out.astype({c: "int64" for c in cols[1:] if c not in floats} | floats)

    def _lang_term_counts(self, lang: str) -> np.ndarray:
        """Term counts by language: counted, or derived from the word counts."""
        table, spec = self._table(lang), self.spec.terms
        if "terms" in table.columns:
            return table.column("terms")
        counts = table.column("words")
        counts[np.fromiter((len(t) < spec.min_length for t in table.terms), bool,
                           len(table.terms))] = 0
        if spec.remove_stopwords and lang:
            stop = [table.index[w] for w in stopwords(lang) if w in table.index]
            counts[np.array(stop, dtype=np.int64)] = 0
        return counts

    def terms_by_lang(self) -> pd.DataFrame:
        spec = self.spec.terms
        frames = []
        for lang in sorted(k for k in self.tables if k in self.lang_sums or
                           "terms" in self.tables[k].columns):
            table = self._table(lang)
            counts = self._lang_term_counts(lang)
            ids = np.flatnonzero(counts > 0)
            order = ids[np.lexsort((table.codepoint_rank()[ids], -counts[ids]))]
            rank = np.arange(1, len(order) + 1, dtype=np.int64)
            keep = counts[order] >= spec.min_count
            if spec.top_n is not None:
                keep &= rank <= spec.top_n
            total = float(counts.sum())
            sel = order[keep]
            frames.append(pd.DataFrame({
                "lang": lang, "term": np.array(table.terms, dtype=object)[sel]
                if len(sel) else np.array([], dtype=object),
                "count": counts[sel], "rel_freq": counts[sel] / total, "rank": rank[keep]}))
        cols = {"lang": "str", "term": "str", "count": "int64", "rel_freq": "float64",
                "rank": "int64"}
        frames = [f for f in frames if len(f)]
        if not frames:
            return pd.DataFrame({c: pd.Series(dtype=d) for c, d in cols.items()})
        return pd.concat(frames, ignore_index=True).astype(cols)

    def idf(self) -> dict[str, tuple[TermTable, np.ndarray, np.ndarray]]:
        """Per scope: the term table, the column of each term id, and each column's IDF.

        Columns are the terms with a document frequency, in codepoint order. The IDF
        is the formula of ``spec.tfidf.variant``
        (:func:`analysis.terms.weighting.variant_idf`); with ``"sklearn"`` it takes the
        same operations as scikit-learn's ``TfidfTransformer.fit`` on the unit × term
        matrix, so the values are identical to the last bit.
        """
        spec = self.spec.tfidf
        out = {}
        for scope in sorted(self.n_units):
            table = self._table(scope)
            df_all = table.column("df")
            ids = np.flatnonzero(df_all > 0)
            ids = ids[np.argsort(table.codepoint_rank()[ids], kind="stable")]
            col_of_id = np.full(len(table.terms), -1, dtype=np.int64)
            col_of_id[ids] = np.arange(len(ids))
            idf = variant_idf(df_all[ids], self.n_units[scope], spec.variant, spec.smooth_idf)
            out[scope] = (table, col_of_id, idf)
        return out

    def _tfidf(self) -> None:
        tables = self.idf()
        empty = True
        for batch in self.tf_spill:
            df = tfidf_batch(batch, tables, self.spec)
            if len(df) or empty:
                self.sink.append("tfidf", df)
                empty = False
        if empty:
            self.sink.append("tfidf", tfidf_batch([], tables, self.spec))


def tfidf_batch(batch: list, tables: dict, spec: PassSpec) -> pd.DataFrame:
    """TF-IDF rows of one batch of documents ``(doc_id, lang, scope, terms, counts)``.

    Documents of one scope form one CSR matrix (columns in codepoint order of the
    scope's terms), weighted and normalised by the variant's formula
    (:func:`analysis.terms.weighting.weight_counts`; with ``"sklearn"`` exactly as
    ``TfidfTransformer.transform`` does); rows are then ranked by weight, ties by term.
    """
    from ..text.counting import ranks_within

    t = spec.tfidf
    cols = {"doc_id": "str", "lang": "str", "term": "str", "count": "int64", "idf": "float64",
            "tfidf": "float64", "rank": "int64"}
    parts = []
    for scope in sorted({b[2] for b in batch}):
        table, col_of_id, idf = tables[scope]
        index = table.index
        docs = [(k, b) for k, b in enumerate(batch) if b[2] == scope and len(b[3])]
        if not docs:
            continue
        lengths = np.array([len(b[3]) for _, b in docs], dtype=np.int64)
        indices = col_of_id[np.fromiter((index[w] for _, b in docs for w in b[3]), np.int64,
                                        int(lengths.sum()))]
        counts = np.concatenate([b[4] for _, b in docs]).astype(np.int64)
        x = sp.csr_matrix((counts.astype(np.float64), indices, np.r_[0, np.cumsum(lengths)]),
                          shape=(len(docs), len(idf)))
        x = weight_counts(x, idf, t.variant, t.sublinear_tf, t.norm)
        rows = np.repeat(np.arange(len(docs)), lengths)
        order = np.lexsort((indices, -x.data, rows))
        rank = ranks_within(rows[order])
        keep = order[rank <= t.top_n] if t.top_n is not None else order
        rank = rank[rank <= t.top_n] if t.top_n is not None else rank
        terms = np.array([w for _, b in docs for w in b[3]], dtype=object)
        pos = np.array([k for k, _ in docs], dtype=np.int64)[rows[keep]]
        parts.append((pos, pd.DataFrame({
            "doc_id": np.array([b[0] for _, b in docs], dtype=object)[rows[keep]],
            "lang": np.array([b[1] for _, b in docs], dtype=object)[rows[keep]],
            "term": terms[keep], "count": counts[keep], "idf": idf[indices[keep]],
            "tfidf": x.data[keep], "rank": rank})))
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in cols.items()})
    df = pd.concat([p for _, p in parts], ignore_index=True)
    pos = np.concatenate([p for p, _ in parts])
    order = np.lexsort((df["rank"].to_numpy(), pos))
    return df.iloc[order].reset_index(drop=True).astype(cols)
