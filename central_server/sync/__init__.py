"""The sync protocol's server side: enrolment, push (ops, merges, conflicts), verification.

The feed a pull reads is :mod:`central_server.store.feed`; the messages are
:mod:`registry.wire`, described in docs/sync.md.
"""
