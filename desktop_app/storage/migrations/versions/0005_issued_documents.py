"""issued documents (certificates and cards: serials, prints, reprints, cancellations)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_sequences",
        sa.Column("device", sa.String(length=2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device", "year"),
    )
    op.create_table(
        "issued_documents",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=24), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("artisan_pk", sa.Integer(), nullable=False),
        sa.Column("registration_number", sa.String(length=22), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("duplicate_of", sa.String(length=24), nullable=True),
        sa.Column("reprint_reason", sa.String(length=500), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_by", sa.String(length=64), nullable=True),
        sa.Column("cancel_reason", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["artisan_pk"], ["artisans.pk"]),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("serial"),
    )
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.create_index("ix_issued_documents_artisan", ["artisan_pk", "kind"], unique=False)
        batch_op.create_index("ix_issued_documents_issued_on", ["issued_on", "pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_documents_issued_on")
        batch_op.drop_index("ix_issued_documents_artisan")
    op.drop_table("issued_documents")
    op.drop_table("document_sequences")
