"""Seed terminology shipped with glossary: official Chinese-English renderings,
one TSV per domain."""
