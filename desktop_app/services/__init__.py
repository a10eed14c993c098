"""Use cases of the desk: one function each, plain data in, frozen dataclasses out."""
