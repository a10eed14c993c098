"""The ``hirfa`` command."""
