"""The rules of the National Register of Traditional Crafts.

Pure Python: no Qt, no database session, no HTTP. Everything here can be used by
the desk program and the central server alike.
"""
