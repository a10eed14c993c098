"""Hirfa's central server: enrolment, push, pull and public verification (docs/sync.md).

It imports the registry's rules and never the desk program (docs/architecture.md).
"""
