"""The sync wire contract: what one side encodes the other decodes as it was, and a
message of the wrong shape is refused with the field at fault."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec
import pytest

from registry import wire


def an_op(seq: int = 1) -> wire.Op:
    return wire.Op(
        op_id="0192f0a0-0000-7000-8000-000000000001", seq=seq, entity=wire.Entity.ARTISAN,
        entity_id="0192f0a0-0000-7000-8000-0000000000aa", kind="create", base_version=0,
        actor="clerk1", at=datetime(2026, 12, 4, 9, 30, tzinfo=UTC),
        data={"registration_number": "01-511-01-26-000001-87", "photo": None},
    )  # fmt: skip


def test_a_push_batch_round_trips() -> None:
    batch = wire.PushBatch([an_op(1), an_op(2)])
    assert wire.decode(wire.encode(batch), wire.PushBatch) == batch


def test_bytes_travel_as_base64_and_years_as_keys() -> None:
    answer = wire.EnrolAnswer(
        token="t", device_id="d", device="02",
        office=wire.OfficeInfo("01511", "01", "511", "Tanger", "طنجة"),
        high_water=wire.HighWater(numbers={2026: 41}, documents={2026: 7}),
        certificate=b"\x00\xff", root_public_key=b"\x01" * 32,
    )  # fmt: skip
    raw = wire.encode(answer)
    assert b'"certificate":"AP8="' in raw and b'"2026":41' in raw
    assert wire.decode(raw, wire.EnrolAnswer) == answer


def test_an_unknown_field_or_a_wrong_type_is_named() -> None:
    with pytest.raises(msgspec.ValidationError, match=r"ops\[0\].seq"):
        wire.decode(b'{"ops": [{"op_id": "x", "seq": "one"}]}', wire.PushBatch)
    with pytest.raises(msgspec.ValidationError, match="surprise"):
        wire.decode(b'{"status": "ok", "protocol": 1, "surprise": 1}', wire.Health)


def test_every_message_has_a_json_schema_for_the_openapi_document() -> None:
    schema = wire.json_schema(wire.PushAnswer)
    assert "OpAnswer" in schema["$defs"] and "Outcome" in schema["$defs"]
