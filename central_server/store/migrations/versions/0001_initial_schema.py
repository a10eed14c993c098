"""initial schema of the central store

Revision ID: 0001
Revises:
Create Date: 2026-12-04

The feed counter's single row is made here: every writing transaction updates it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity_lists",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version"),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("owner_office", sa.String(length=5), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=True),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("ours", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_conflicts_office", "conflicts", ["owner_office", "received_at"], unique=False
    )

    op.create_table(
        "documents",
        sa.Column("serial", sa.String(length=24), nullable=False),
        sa.Column("office", sa.String(length=5), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("serial_prefix", sa.String(length=7), nullable=False),
        sa.Column("serial_year", sa.Integer(), nullable=False),
        sa.Column("serial_seq", sa.Integer(), nullable=False),
        sa.Column("artisan_id", sa.String(length=36), nullable=True),
        sa.Column("registration_number", sa.String(length=22), nullable=True),
        sa.Column("issued", sa.Boolean(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("withdraw_reason", sa.String(length=500), nullable=True),
        sa.Column("withdrawn_at", sa.String(length=40), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("serial"),
    )
    op.create_index(
        "ix_documents_serial",
        "documents",
        ["serial_prefix", "serial_year", "serial_seq"],
        unique=False,
    )

    op.create_table(
        "entity_changes",
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", "version"),
    )
    op.create_table(
        "feed",
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("scope_region", sa.String(length=2), nullable=True),
        sa.Column("scope_office", sa.String(length=5), nullable=True),
        sa.Column("has_index", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id"),
        sa.UniqueConstraint("seq"),
    )
    counter = op.create_table(
        "feed_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "feed_payloads",
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("full_data", sa.Text(), nullable=False),
        sa.Column("index_data", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("entity", "entity_id"),
    )
    op.create_table(
        "offices",
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("office", sa.String(length=3), nullable=False),
        sa.Column("name_fr", sa.String(length=120), nullable=False),
        sa.Column("name_ar", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "op_answers",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq"),
    )
    op.create_table(
        "artisans",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("registration_number", sa.String(length=22), nullable=False),
        sa.Column("number_prefix", sa.String(length=7), nullable=False),
        sa.Column("number_year", sa.Integer(), nullable=False),
        sa.Column("number_seq", sa.Integer(), nullable=False),
        sa.Column("owner_office", sa.String(length=5), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("held_with", sa.String(length=36), nullable=True),
        sa.Column("cin", sa.String(length=8), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("ice", sa.String(length=15), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_office"],
            ["offices.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("registration_number"),
    )
    op.create_index("ix_artisans_cin", "artisans", ["cin"], unique=False)
    op.create_index("ix_artisans_held_with", "artisans", ["held_with"], unique=False)
    op.create_index("ix_artisans_ice", "artisans", ["ice"], unique=False)
    op.create_index(
        "ix_artisans_number",
        "artisans",
        ["number_prefix", "number_year", "number_seq"],
        unique=False,
    )

    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("office", sa.String(length=5), nullable=False),
        sa.Column("device", sa.String(length=2), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office"],
            ["offices.code"],
        ),
        sa.PrimaryKeyConstraint("device_id"),
        sa.UniqueConstraint("office", "device", name="uq_devices_office_device"),
        sa.UniqueConstraint("token_sha256"),
    )
    op.create_table(
        "enrol_codes",
        sa.Column("code_sha256", sa.String(length=64), nullable=False),
        sa.Column("office", sa.String(length=5), nullable=False),
        sa.Column("device", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["office"],
            ["offices.code"],
        ),
        sa.PrimaryKeyConstraint("code_sha256"),
    )
    op.create_index("ix_enrol_codes_office", "enrol_codes", ["office"], unique=False)

    op.create_table(
        "office_settings",
        sa.Column("office", sa.String(length=5), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office"],
            ["offices.code"],
        ),
        sa.PrimaryKeyConstraint("office"),
    )
    op.create_table(
        "trusted_keys",
        sa.Column("office", sa.String(length=5), nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("device_code", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office"],
            ["offices.code"],
        ),
        sa.PrimaryKeyConstraint("office", "key_id"),
    )
    op.create_index("ix_trusted_keys_device_id", "trusted_keys", ["device_id"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office", sa.String(length=5), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office"],
            ["offices.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("office", "username", name="uq_users_office_username"),
    )
    op.bulk_insert(counter, [{"id": 1, "last": 0}])


def downgrade() -> None:
    op.drop_table("users")
    op.drop_index("ix_trusted_keys_device_id", table_name="trusted_keys")

    op.drop_table("trusted_keys")
    op.drop_table("office_settings")
    op.drop_index("ix_enrol_codes_office", table_name="enrol_codes")

    op.drop_table("enrol_codes")
    op.drop_table("devices")
    op.drop_index("ix_artisans_number", table_name="artisans")
    op.drop_index("ix_artisans_ice", table_name="artisans")
    op.drop_index("ix_artisans_held_with", table_name="artisans")
    op.drop_index("ix_artisans_cin", table_name="artisans")

    op.drop_table("artisans")
    op.drop_table("op_answers")
    op.drop_table("offices")
    op.drop_table("feed_payloads")
    op.drop_table("feed_counter")
    op.drop_table("feed")
    op.drop_table("entity_changes")
    op.drop_index("ix_documents_serial", table_name="documents")

    op.drop_table("documents")
    op.drop_index("ix_conflicts_office", table_name="conflicts")

    op.drop_table("conflicts")
    op.drop_table("activity_lists")
