"""Term tables: per-document counts, TF-IDF weighting and passage x term counts."""
