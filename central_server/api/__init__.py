"""The HTTP side: routes, their dependencies, and the wire in and out."""
