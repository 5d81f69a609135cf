"""The DuckDB store (owned by the foundation work: open, migrate, write per document, read)."""
