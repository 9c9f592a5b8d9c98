"""The evaluation harness: scorers for every element of the annotation scheme, and reports."""
