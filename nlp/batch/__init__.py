"""Batch annotation of files and folders of policy releases."""
