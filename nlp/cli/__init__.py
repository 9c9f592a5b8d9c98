"""The ``policy-nlp`` command line: thin argument handling over the library's functions."""
