"""The ``hirfa-server`` command."""
