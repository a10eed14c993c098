"""Hirfa, the chamber office's desk program."""
