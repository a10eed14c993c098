"""The review queue: registrations waiting for a supervisor."""
