"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-29 05:08:20.123232
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
        "artisans",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("registration_number", sa.String(length=22), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("owner_office", sa.String(length=6), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("cin", sa.String(length=8), nullable=False),
        sa.Column("last_name_fr", sa.String(length=60), nullable=False),
        sa.Column("first_name_fr", sa.String(length=60), nullable=False),
        sa.Column("last_name_ar", sa.String(length=60), nullable=False),
        sa.Column("first_name_ar", sa.String(length=60), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("birth_place", sa.String(length=80), nullable=False),
        sa.Column("nationality", sa.String(length=2), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address_fr", sa.String(length=200), nullable=False),
        sa.Column("address_ar", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("province", sa.String(length=3), nullable=False),
        sa.Column("commune", sa.String(length=12), nullable=True),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("activity", sa.String(length=16), nullable=False),
        sa.Column("activity_version", sa.String(length=64), nullable=False),
        sa.Column("branch", sa.String(length=8), nullable=False),
        sa.Column("activity_since", sa.Integer(), nullable=True),
        sa.Column("diploma", sa.String(length=120), nullable=False),
        sa.Column("diploma_school", sa.String(length=120), nullable=False),
        sa.Column("workplace", sa.String(length=16), nullable=True),
        sa.Column("cnss_number", sa.String(length=10), nullable=True),
        sa.Column("amo_status", sa.String(length=16), nullable=True),
        sa.Column("fiscal_regime", sa.String(length=24), nullable=True),
        sa.Column("entity_name_fr", sa.String(length=120), nullable=False),
        sa.Column("entity_name_ar", sa.String(length=120), nullable=False),
        sa.Column("ice", sa.String(length=15), nullable=True),
        sa.Column("rc_court", sa.String(length=60), nullable=False),
        sa.Column("rc_number", sa.String(length=8), nullable=True),
        sa.Column("tax_id", sa.String(length=10), nullable=True),
        sa.Column("odco_number", sa.String(length=30), nullable=True),
        sa.Column("members", sa.Integer(), nullable=True),
        sa.Column("supervisor_number", sa.String(length=22), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("photo_sha256", sa.String(length=64), nullable=True),
        sa.Column("sort_name_fr", sa.String(length=130), nullable=False),
        sa.Column("sort_name_ar", sa.String(length=130), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
        sa.UniqueConstraint("registration_number"),
    )
    with op.batch_alter_table("artisans", schema=None) as batch_op:
        batch_op.create_index("ix_artisans_birth_date", ["birth_date"], unique=False)
        batch_op.create_index("ix_artisans_cin", ["cin"], unique=False)
        batch_op.create_index("ix_artisans_registered_on", ["registered_on", "pk"], unique=False)
        batch_op.create_index("ix_artisans_sort_name_ar", ["sort_name_ar", "pk"], unique=False)
        batch_op.create_index("ix_artisans_sort_name_fr", ["sort_name_fr", "pk"], unique=False)
        batch_op.create_index("ix_artisans_status", ["status", "pk"], unique=False)
        batch_op.create_index(
            "uq_artisans_live_cin",
            ["cin"],
            unique=True,
            sqlite_where=sa.text(
                "status <> 'struck_off' AND category NOT IN ('cooperative', 'enterprise')"
            ),
        )
        batch_op.create_index(
            "uq_artisans_live_ice",
            ["ice"],
            unique=True,
            sqlite_where=sa.text("status <> 'struck_off' AND ice IS NOT NULL"),
        )

    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "desk_identity",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("office", sa.String(length=3), nullable=False),
        sa.Column("device", sa.String(length=2), nullable=False),
        sa.Column("office_name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("singleton"),
    )
    op.create_table(
        "nomenclatures",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version"),
    )
    op.create_table(
        "number_sequences",
        sa.Column("device", sa.String(length=2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device", "year"),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("op_id"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "artisan_photos",
        sa.Column("artisan_pk", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=16), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["artisan_pk"],
            ["artisans.pk"],
        ),
        sa.PrimaryKeyConstraint("artisan_pk"),
    )
    op.create_table(
        "status_changes",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("artisan_pk", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["artisan_pk"],
            ["artisans.pk"],
        ),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_changes_artisan_pk"), ["artisan_pk"], unique=False
        )

    op.execute(
        "CREATE VIRTUAL TABLE artisan_fts USING fts5("
        "terms, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE artisan_fts")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_changes_artisan_pk"))

    op.drop_table("status_changes")
    op.drop_table("artisan_photos")
    op.drop_table("users")
    op.drop_table("outbox")
    op.drop_table("number_sequences")
    op.drop_table("nomenclatures")
    op.drop_table("desk_identity")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_entity_id"))

    op.drop_table("audit_log")
    with op.batch_alter_table("artisans", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_artisans_live_ice",
            sqlite_where=sa.text("status <> 'struck_off' AND ice IS NOT NULL"),
        )
        batch_op.drop_index(
            "uq_artisans_live_cin",
            sqlite_where=sa.text(
                "status <> 'struck_off' AND category NOT IN ('cooperative', 'enterprise')"
            ),
        )
        batch_op.drop_index("ix_artisans_status")
        batch_op.drop_index("ix_artisans_sort_name_fr")
        batch_op.drop_index("ix_artisans_sort_name_ar")
        batch_op.drop_index("ix_artisans_registered_on")
        batch_op.drop_index("ix_artisans_cin")
        batch_op.drop_index("ix_artisans_birth_date")

    op.drop_table("artisans")
