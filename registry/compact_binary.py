"""The compact binary fields of the signed QR payload and of device certificates.

Fields come in a fixed order with no names: texts are UTF-8 behind a length (LEB128:
one byte below 128, two bytes up to 16,383), dates are days since 2000-01-01 on two
bytes (until 2179), codes are one byte, keys and digests have fixed sizes. Reading is
strict: bytes that no writer produces are refused, so that one value has one encoding.
"""

from __future__ import annotations

from datetime import date, timedelta

EPOCH = date(2000, 1, 1)
MAX_TEXT_BYTES = 0x3FFF
MAX_DAYS = 0xFFFF


class Truncated(ValueError):
    """The bytes end inside a field."""


class Malformed(ValueError):
    """Bytes that no writer of this format produces."""


class UnknownVersion(ValueError):
    """A format version this program does not know (a newer program wrote it)."""


class Writer:
    """Appends fields; :meth:`value` gives the bytes written so far."""

    def __init__(self) -> None:
        self._out = bytearray()

    def byte(self, value: int) -> None:
        if not 0 <= value <= 0xFF:
            raise ValueError(f"not a byte: {value}")
        self._out.append(value)

    def raw(self, value: bytes, size: int) -> None:
        if len(value) != size:
            raise ValueError(f"expected {size} bytes, got {len(value)}")
        self._out += value

    def text(self, value: str) -> None:
        encoded = value.encode("utf-8")
        length = len(encoded)
        if length > MAX_TEXT_BYTES:
            raise ValueError(f"text of {length} bytes is too long for the format")
        if length < 0x80:
            self._out.append(length)
        else:
            self._out += bytes((0x80 | (length & 0x7F), length >> 7))
        self._out += encoded

    def day(self, value: date) -> None:
        days = (value - EPOCH).days
        if not 0 <= days <= MAX_DAYS:
            raise ValueError(f"date out of the format's range: {value}")
        self._out += days.to_bytes(2, "big")

    def value(self) -> bytes:
        return bytes(self._out)


class Reader:
    """Reads fields in order; raises :class:`Truncated` or :class:`Malformed`."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._at = 0

    @property
    def position(self) -> int:
        return self._at

    @property
    def remaining(self) -> int:
        return len(self._data) - self._at

    def raw(self, size: int) -> bytes:
        if self.remaining < size:
            raise Truncated(f"needs {size} bytes at {self._at}, {self.remaining} left")
        chunk = self._data[self._at : self._at + size]
        self._at += size
        return chunk

    def byte(self) -> int:
        return self.raw(1)[0]

    def text(self) -> str:
        length = self.byte()
        if length & 0x80:
            high = self.byte()
            if high == 0 or high & 0x80:
                raise Malformed(f"text length at {self._at - 2} is not in its shortest form")
            length = (length & 0x7F) | (high << 7)
        try:
            return self.raw(length).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Malformed(f"text is not UTF-8: {exc.reason}") from exc

    def day(self) -> date:
        return EPOCH + timedelta(days=int.from_bytes(self.raw(2), "big"))
