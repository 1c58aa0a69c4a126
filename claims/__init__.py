"""The domain: claims, extraction, checking, review state and reports.

Builds on `sources`; knows nothing of Textual.
"""
