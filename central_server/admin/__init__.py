"""What the ``hirfa-server`` commands do: offices, users, enrolment codes, devices.

Plain functions over the store, raising :class:`AdminError` with one sentence for
anything refused. Every change a desk must learn of ends its transaction with the
feed (:func:`central_server.store.feed.publish`).
"""


class AdminError(Exception):
    """A command refused: the message is the one line the administrator reads."""
