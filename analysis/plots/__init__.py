"""Figures from tidy tables: the house style and byte-reproducible saving, then one module
per area (terms, mentions, topics)."""
