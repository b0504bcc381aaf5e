"""The public corpus-level table functions, each one document pass over its components.

Each function validates its parameters up front, runs the pass with only what it needs
(:func:`analysis.pipeline.run_pass`) and returns one table; :func:`compute_tables`
computes all of them in one pass. They take ``n_jobs`` (worker processes; the tables do
not depend on it) and ``progress``.
"""

from __future__ import annotations

import pandas as pd

from .._core.deprecation import renamed_parameters
from .._core.validation import check_bool, check_options, check_positive_int
from ..corpus.reading import as_corpus
from ..terms.frequencies import check_ngram_range
from ..terms.weighting import check_tfidf_params
from .engine import run_pass
from .reduce import TABLE_DTYPES, MemorySink
from .spec import PassSpec, TermSpec, TfidfSpec

__all__ = ["term_frequencies", "corpus_summary", "tfidf", "passages", "paragraph_languages",
           "numeric_mentions"]


def _one(corpus, spec: PassSpec, name: str, n_jobs, progress) -> pd.DataFrame:
    sink = MemorySink()
    run_pass(corpus, spec, sink, n_jobs=n_jobs, progress=progress, as_corpus=True)
    tables = sink.tables()
    return tables[name] if name in tables else _empty(name)


def _check_forms(stem, lemmatize, ngram_range=(1, 1)) -> None:
    """``stem`` and ``lemmatize`` are alternatives; lemmas are for single words."""
    check_bool("lemmatize", lemmatize)
    if stem and lemmatize:
        raise ValueError("stem and lemmatize are alternatives; pass at most one of them.")
    if lemmatize and tuple(ngram_range) != (1, 1):
        raise ValueError("lemmatize counts single words; use ngram_range=(1, 1) with it.")


def _empty(name: str) -> pd.DataFrame:
    """The table ``name`` with no rows (a corpus without documents), with its columns."""
    if name == "numeric_mentions":
        from ..mentions import empty_mentions

        mentions = empty_mentions()
        keys = pd.DataFrame({"doc_id": pd.Series(dtype="str"), "lang": pd.Series(dtype="str")})
        return pd.concat([keys, mentions], axis=1)
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in TABLE_DTYPES[name].items()})


@renamed_parameters(top_k="top_n")
def term_frequencies(
    corpus: pd.DataFrame,
    *,
    by: str = "doc_id",
    remove_stopwords: bool = True,
    stem: bool = False,
    ngram_range: tuple[int, int] = (1, 1),
    top_n: int | None = None,
    min_count: int = 1,
    min_length: int = 2,
    lemmatize: bool = False,
    progress: bool = False,
    n_jobs: int | None = 1,
) -> pd.DataFrame:
    """Count word terms per document or per language, as a long table.

    Terms are case-folded word tokens (see :func:`analysis.tokens`); numbers,
    Roman numerals and footnote markers are not terms (they belong to
    :func:`analysis.numeric_mentions`).

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus`.
    by : {"doc_id", "lang"}, default="doc_id"
        Group to count in.
    remove_stopwords : bool, default=True
        Drop the language's stopwords (:func:`analysis.text.stopwords.stopwords`).
    stem : bool, default=False
        Count stems instead of word forms (Snowball for ru, en, id; the package's
        rule-based stemmer for kk).
    lemmatize : bool, default=False
        Count lemmas instead of word forms (:mod:`analysis.text.lemmas`: pymorphy3 for
        Russian, simplemma for English, simplemma and PySastrawi roots for Indonesian,
        the rule-based stemmer for Kazakh), so "англии" and "англия" are one term; an alternative to ``stem``.
    ngram_range : tuple of int, default=(1, 1)
        Count n-grams with ``min_n <= n <= max_n``, joined by a space; n-grams never
        cross a number, punctuation or (when removed) a stopword.
    top_n : int, optional
        Keep the ``top_n`` most frequent terms of each group.
    min_count : int, default=1
        Drop terms counted fewer times in a group.
    min_length : int, default=2
        Ignore terms with fewer characters (unigrams only). The default drops single
        letters (initials, list markers, the one-letter prepositions ``в``, ``к``)
        and matches :func:`tfidf`, :func:`analysis.content_terms` and the topic models,
        so their vocabularies agree; pass ``min_length=1`` to keep ``ә``, ``в`` etc.
    progress : bool, default=False
        One progress bar over the pass.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core).

    Returns
    -------
    DataFrame
        ``doc_id`` or ``lang`` (str; with ``by="doc_id"`` the ``lang`` column
        follows), ``term`` (str), ``count`` (int), ``rel_freq`` (float, count
        divided by the group's total counted terms, before ``top_n``/``min_count``),
        ``rank`` (int, 1 = most frequent; ties broken by term in codepoint order).
        Documents in corpus order, languages sorted, then by rank.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["ru", "ru"],
    ...     "text": ["Выборы, выборы, голосование.", "Голосование онлайн."]})
    >>> term_frequencies(corpus)
      doc_id lang         term  count  rel_freq  rank
    0      a   ru       выборы      2  0.666667     1
    1      a   ru  голосование      1  0.333333     2
    2      b   ru  голосование      1  0.500000     1
    3      b   ru       онлайн      1  0.500000     2
    >>> term_frequencies(corpus, by="lang")
      lang         term  count  rel_freq  rank
    0   ru       выборы      2       0.4     1
    1   ru  голосование      2       0.4     2
    2   ru       онлайн      1       0.2     3
    """
    corpus = as_corpus(corpus)
    check_options("by", by, ["doc_id", "lang"])
    check_bool("remove_stopwords", remove_stopwords)
    check_bool("stem", stem)
    ngram_range = check_ngram_range(ngram_range)
    _check_forms(stem, lemmatize, ngram_range)
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    min_count = check_positive_int("min_count", min_count)
    min_length = check_positive_int("min_length", min_length)
    terms = TermSpec(by=(by,), remove_stopwords=remove_stopwords, stem=stem,
                     ngram_range=ngram_range, min_length=min_length, min_count=min_count,
                     top_n=top_n, lemmatize=lemmatize)
    spec = PassSpec(components=frozenset({"terms"}), terms=terms)
    return _one(corpus, spec, "terms_by_doc" if by == "doc_id" else "terms_by_lang",
                n_jobs, progress)


def corpus_summary(corpus: pd.DataFrame, *, by: str = "doc_id", progress: bool = False,
                   n_jobs: int | None = 1) -> pd.DataFrame:
    """Size and vocabulary statistics per document or per language.

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus`.
    by : {"doc_id", "lang"}, default="doc_id"
        Group to summarise.
    progress : bool, default=False
        One progress bar over the pass.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core).

    Returns
    -------
    DataFrame
        ``doc_id`` and ``lang`` (or ``lang`` and ``n_docs``), ``n_chars`` (int),
        ``n_tokens`` (int, word tokens, stopwords included), ``n_types`` (int,
        distinct word terms), ``ttr`` (float, type-token ratio ``n_types /
        n_tokens``: it falls as texts get longer, so it compares only texts of equal
        length), ``msttr`` (float, mean segmental type-token ratio: the mean ratio of
        consecutive segments of 100 word tokens, comparable across lengths; NaN for
        texts under 100 tokens; per language, the mean over all its documents'
        segments), ``n_hapax`` (int, terms occurring once), ``n_stopwords``
        (int), ``n_numbers`` (int, number, alphanumeric and Roman-numeral tokens).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["en"],
    ...     "text": ["The city and the plant were rebuilt by 1945."]})
    >>> corpus_summary(corpus)[["n_tokens", "n_types", "n_hapax", "n_stopwords", "n_numbers"]]
       n_tokens  n_types  n_hapax  n_stopwords  n_numbers
    0         8        7        6            5          1
    """
    corpus = as_corpus(corpus)
    check_options("by", by, ["doc_id", "lang"])
    spec = PassSpec(components=frozenset({"summary"}))
    return _one(corpus, spec, "summary_by_doc" if by == "doc_id" else "summary_by_lang",
                n_jobs, progress)


@renamed_parameters(top_k="top_n")
def tfidf(
    corpus: pd.DataFrame,
    *,
    unit: str = "passage",
    scope: str = "language",
    variant: str = "sklearn",
    smooth_idf: bool = True,
    sublinear_tf: bool = False,
    norm: str | None = "l2",
    top_n: int | None = 20,
    size: int = 200,
    stem: bool = False,
    remove_stopwords: bool = True,
    min_length: int = 2,
    lemmatize: bool = False,
    progress: bool = False,
    n_jobs: int | None = 1,
) -> pd.DataFrame:
    """Distinctive terms of each document by TF-IDF, as a long table.

    A TF-IDF weighs the frequency of term ``t`` in document ``d`` (tf) by the
    inverse document frequency of ``t`` over *units* (idf), where ``n`` is the number
    of units in the scope and ``df`` the number of units containing ``t``. The
    standard tools differ in all three parts (tf, idf, normalisation), so the same
    corpus gets different numbers from each; ``variant`` names the tool whose
    default weights to reproduce (``count`` is the raw count of ``t`` in ``d``):

    ``"sklearn"`` (default): scikit-learn's ``TfidfVectorizer()`` / ``TfidfTransformer()``
        ``tf = count`` (``1 + ln(count)`` with ``sublinear_tf=True``);
        ``idf = ln((1 + n) / (1 + df)) + 1`` (``smooth_idf=True``) or
        ``idf = ln(n / df) + 1`` (``smooth_idf=False``); ``tfidf = tf * idf``, then
        each document's vector is normalised (``norm="l2"``: unit Euclidean length;
        ``"l1"``: sums to one; None: not normalised). Exactly ``TfidfTransformer``
        fitted on the unit × term counts and applied to the document × term counts
        (:func:`tfidf_matrix`).
    ``"gensim"``: gensim's ``TfidfModel()`` (``wlocal=identity``, ``wglobal=df2idf``, ``normalize=True``)
        ``tf = count``; ``idf = log2(n / df)``; ``tfidf = tf * idf``, each
        document's vector then scaled to unit Euclidean length.
    ``"quanteda"``: quanteda's ``dfm_tfidf()`` (``scheme_tf = "count"``, ``scheme_df = "inverse"``, ``base = 10``)
        ``tf = count``; ``idf = log10(n / df)``; ``tfidf = tf * idf``, not normalised.
    ``"tidytext"``: tidytext's ``bind_tf_idf()``
        ``tf = count / total``, ``total`` being the count of all the document's
        terms (before ``top_n``); ``idf = ln(n / df)``; ``tfidf = tf * idf``, not
        normalised. The ``count`` column stays the raw count.

    ``smooth_idf``, ``sublinear_tf`` and ``norm`` are scikit-learn's options and apply
    only to ``variant="sklearn"``: the other variants fix tf, idf and normalisation
    as written above, and a non-default value of any of the three raises a
    ``ValueError`` naming it (the defaults are accepted and have no effect).

    With ``unit="document"`` every variant gives the tool's numbers on the same
    tokens (the terms of :func:`term_frequencies`). With ``unit="passage"``, ``n``
    and ``df`` count passages while ``tf`` (and tidytext's ``total``) counts the
    whole document: the tool's IDF fitted on the passages, applied to the
    documents (in gensim, ``TfidfModel(passage_bows)[document_bow]``).

    In the three ``log(n / df)`` variants a term found in every unit has ``idf = 0``
    and weight 0: it keeps its row, ranked last (gensim's sparse output omits
    such weights; quanteda and tidytext keep them as zeros). tidytext's ``n`` is the
    number of documents in its tidy table, those with at least one term; here every
    unit counts, so the two agree unless a unit has no terms at all.

    Why passages within a language by default: with one document per language
    (as in small multilingual corpora), document-level IDF within a language is
    the same for every term, so TF-IDF degenerates to normalised frequency and
    says nothing about what distinguishes the document. Passages of ``size``
    word tokens give the IDF a real contrast: a term concentrated in a few
    passages weighs more than one spread evenly over the text. A corpus-wide
    scope would instead reward every word merely for belonging to the rarer
    language, so comparisons stay within a language unless you ask otherwise.
    (With a single document in a language, ``unit="document"`` gives every term
    ``n = df = 1``: weight 0 in the ``log(n / df)`` variants.)

    Computed in two passes: the document pass counts each document's terms and the
    units containing each term; the IDF follows from the sums, and a second pass
    over the spilled document counts weights and ranks them.

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus`.
    unit : {"passage", "document"}, default="passage"
        The unit whose document frequency defines IDF. Rows of the output are
        always documents.
    scope : {"language", "corpus"}, default="language"
        Compute IDF separately per language, or over the whole corpus.
    variant : {"sklearn", "gensim", "quanteda", "tidytext"}, default="sklearn"
        Whose TF-IDF formula to use (see above).
    smooth_idf, sublinear_tf : bool, default=True, False
        As in scikit-learn; only with ``variant="sklearn"``.
    norm : {"l2", "l1"} or None, default="l2"
        Row normalisation; only with ``variant="sklearn"``.
    top_n : int or None, default=20
        Keep the ``top_n`` highest-weighted terms per document (None: all).
    size : int, default=200
        Passage size in word tokens when ``unit="passage"``.
    stem, remove_stopwords, lemmatize : bool, default=False, True, False
        Term normalisation, as in :func:`analysis.term_frequencies`.
    min_length : int, default=2
        Ignore shorter terms: single letters are mostly initials and abbreviations
        (``M. S.``, ``т.``, ``N``), which are not distinctive vocabulary.
    progress : bool, default=False
        One progress bar over the pass.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core).

    Returns
    -------
    DataFrame
        ``doc_id`` (str), ``lang`` (str), ``term`` (str), ``count`` (int, raw
        count in the document, as in :func:`term_frequencies`), ``idf`` (float, the
        variant's), ``tfidf`` (float, the variant's weight: normalised with
        ``"sklearn"`` and ``"gensim"``, ``count * idf`` with ``"quanteda"``,
        ``count / total * idf`` with ``"tidytext"``), ``rank`` (int, 1 = most
        distinctive; ties by term in codepoint order). The same columns for every
        variant.

    Notes
    -----
    Cross-checking tools: within one document the gensim, quanteda and tidytext
    weights are proportional (``count * ln(n / df)`` times a positive factor of the
    document: the log base, the Euclidean length, the total), so they rank a
    document's terms alike, ties aside. scikit-learn's ``+ 1`` in the idf keeps a
    term found in every unit above zero, and its smoothing adds a unit containing
    every term; its idf with ``smooth_idf=False`` is tidytext's plus 1.

    See Also
    --------
    tfidf_matrix : the same weights as a sparse matrix with labels.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["en", "en"],
    ...                        "text": ["war city war", "city plant"]})
    >>> tfidf(corpus, unit="document")
      doc_id lang   term  count       idf     tfidf  rank
    0      a   en    war      2  1.405465  0.942156     1
    1      a   en   city      1  1.000000  0.335176     2
    2      b   en  plant      1  1.405465  0.814802     1
    3      b   en   city      1  1.000000  0.579739     2
    >>> tfidf(corpus, unit="document", variant="tidytext")
      doc_id lang   term  count       idf     tfidf  rank
    0      a   en    war      2  0.693147  0.462098     1
    1      a   en   city      1  0.000000  0.000000     2
    2      b   en  plant      1  0.693147  0.346574     1
    3      b   en   city      1  0.000000  0.000000     2
    """
    corpus = as_corpus(corpus)
    check_tfidf_params(unit, scope, smooth_idf, sublinear_tf, norm, size, stem,
                       remove_stopwords, variant)
    _check_forms(stem, lemmatize)
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    size = check_positive_int("size", size)
    min_length = check_positive_int("min_length", min_length)
    t = TfidfSpec(unit=unit, scope=scope, variant=variant, smooth_idf=smooth_idf,
                  sublinear_tf=sublinear_tf, norm=norm, size=size, stem=stem,
                  remove_stopwords=remove_stopwords, min_length=min_length, top_n=top_n,
                  lemmatize=lemmatize)
    return _one(corpus, PassSpec(components=frozenset({"tfidf"}), tfidf=t), "tfidf", n_jobs,
                progress)


def passages(corpus: pd.DataFrame, *, size: int = 200, overlap: int = 0,
             progress: bool = False, n_jobs: int | None = 1) -> pd.DataFrame:
    """Cut every document into paragraph-aware passages of about ``size`` word tokens.

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus`.
    size : int, default=200
        Target passage length in word tokens (an upper bound except when a
        passage is closed below half of it; see :func:`analysis.corpus.passages.split_passages`).
    overlap : int, default=0
        Words shared with the previous passage.
    progress : bool, default=False
        One progress bar over the pass.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core).

    Returns
    -------
    DataFrame
        ``doc_id`` (str), ``lang`` (str), ``passage_id`` (str,
        ``"<doc_id>:<nnnn>"``), ``start``, ``end`` (int offsets into the document
        text), ``n_words`` (int, white-space separated words in the passage: the
        unit of ``size``; ``n_tokens`` in :func:`corpus_summary` counts word tokens).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["d"], "lang": ["en"],
    ...                        "text": ["one two three\\nfour five\\nsix"]})
    >>> passages(corpus, size=3)
      doc_id lang passage_id  start  end  n_words
    0      d   en     d:0000      0   13        3
    1      d   en     d:0001     14   27        3
    """
    corpus = as_corpus(corpus)
    size = check_positive_int("size", size)
    overlap = check_positive_int("overlap", overlap, minimum=0)
    if overlap >= size:
        raise ValueError(f"overlap must be smaller than size; got overlap={overlap}, size={size}.")
    spec = PassSpec(components=frozenset({"passages"}), passage_size=size,
                    passage_overlap=overlap)
    return _one(corpus, spec, "passages", n_jobs, progress)


@renamed_parameters(candidates="languages")
def paragraph_languages(corpus: pd.DataFrame, *, languages=None, min_letters: int = 20,
                        progress: bool = False, n_jobs: int | None = 1) -> pd.DataFrame:
    """Identify the language of every paragraph of every document.

    Shows mixed-language documents (an English abstract in a Russian article).
    Unambiguous paragraphs are decided by script and function words
    (:func:`analysis.corpus.langid.rule_language`, confidence 1.0); lingua decides the rest.

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus` (needs ``doc_id`` and ``text``).
    languages : sequence of str, optional
        Candidate languages; default ``("en", "id", "kk", "ru")``. (``candidates`` is
        the deprecated old name.)
    min_letters : int, default=20
        Shorter paragraphs are ``"und"``.
    progress : bool, default=False
        One progress bar over the pass.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core).

    Returns
    -------
    DataFrame
        One row per non-blank paragraph: ``doc_id`` (str), ``paragraph`` (int,
        0-based), ``start``, ``end`` (int offsets into the document text), ``lang``
        (str, ISO 639-1 or ``"und"``), ``lang_confidence`` (float), ``n_chars`` (int).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "text": [
    ...     "The reconstruction of the city began in August 1943.\\n"
    ...     "Восстановление города началось в августе 1943 года."]})
    >>> paragraph_languages(corpus)[["paragraph", "lang"]]
       paragraph lang
    0          0   en
    1          1   ru
    """
    from ..corpus.langid import check_candidates

    if isinstance(corpus, pd.DataFrame) and "lang" not in corpus.columns:
        corpus = corpus.assign(lang="und")
    corpus = as_corpus(corpus)
    cands = check_candidates(languages) if languages is not None else None
    min_letters = check_positive_int("min_letters", min_letters, minimum=0)
    spec = PassSpec(components=frozenset({"paragraph_languages"}), candidates=cands,
                    paragraph_min_letters=min_letters)
    return _one(corpus, spec, "paragraph_languages", n_jobs, progress)


def numeric_mentions(corpus: pd.DataFrame, *, progress: bool = False,
                     n_jobs: int | None = 1) -> pd.DataFrame:
    """Extract numeric mentions from every document of a corpus.

    Parameters
    ----------
    corpus : pandas.DataFrame
        One row per document with columns ``doc_id``, ``lang`` and ``text``.  A missing
        or unknown language (``None``, NaN, ``"und"``) applies all languages' rules.
    progress : bool, default False
        One progress bar over the pass.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core).

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id``, ``lang`` followed by the columns of
        :func:`analysis.extract_mentions`.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["en", "id"],
    ...                        "text": ["About 190,000 people.", "Naik 70% pada tahun 1987."]})
    >>> numeric_mentions(corpus)[["doc_id", "surface", "kind"]].values.tolist()
    [['a', '190,000', 'count'], ['b', '70%', 'percent'], ['b', '1987', 'year']]
    """
    corpus = as_corpus(corpus)
    spec = PassSpec(components=frozenset({"mentions"}))
    return _one(corpus, spec, "numeric_mentions", n_jobs, progress)
