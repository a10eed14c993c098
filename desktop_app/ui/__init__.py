"""The clerk's window (PySide6). Screens call services; they never run SQL."""
