"""policy-nlp: segment, extract from and classify Chinese and English policy texts."""
__version__ = "0.1.0"
