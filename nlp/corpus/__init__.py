"""Corpus tools: the authoring markup, validation against the scheme, statistics."""
