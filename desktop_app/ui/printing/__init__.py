"""Printing at the desk: the preview of certificates, cards and the print log, printing
or saving them, the print queue, the print log, documents of a record, verification."""
