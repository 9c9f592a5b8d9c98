"""Extraction from segmented documents: figures, dates and other entities."""
