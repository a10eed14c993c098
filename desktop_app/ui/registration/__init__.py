"""The registration form: a clerk registers a new artisan or edits a record."""
