"""What `claims` and `sources` both build on: the error family, atomic files, safe YAML, text folding.

Knows nothing of claims, the store or the app, and imports nothing from them.
"""
