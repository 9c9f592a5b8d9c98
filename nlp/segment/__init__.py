"""Segmentation: language, enumeration markers, sentences, clauses and words."""
