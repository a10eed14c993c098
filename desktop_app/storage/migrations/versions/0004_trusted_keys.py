"""trusted keys (the office's trust list of device and root public keys)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

The device's own key pair is made when the store is next opened (the private key goes
to a file in the data directory, never into the store).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_keys",
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("device_code", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("key_id"),
    )
    with op.batch_alter_table("trusted_keys", schema=None) as batch_op:
        batch_op.create_index("ix_trusted_keys_device_id", ["device_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trusted_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_trusted_keys_device_id")
    op.drop_table("trusted_keys")
