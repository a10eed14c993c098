"""print batches (a document is live only once its batch is confirmed printed)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

The documents issued before this revision were recorded once printed: they are live,
printed when they were issued, and belong to no batch.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("layout", sa.String(length=16), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("output", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("print_batches", schema=None) as batch_op:
        batch_op.create_index("ix_print_batches_state", ["state", "id"], unique=False)
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("printed_at", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(
            "fk_issued_documents_batch", "print_batches", ["batch_id"], ["id"]
        )
        batch_op.create_index("ix_issued_documents_batch", ["batch_id"], unique=False)
    op.execute("UPDATE issued_documents SET printed_at = issued_at")


def downgrade() -> None:
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_documents_batch")
        batch_op.drop_constraint("fk_issued_documents_batch", type_="foreignkey")
        batch_op.drop_column("printed_at")
        batch_op.drop_column("batch_id")
    with op.batch_alter_table("print_batches", schema=None) as batch_op:
        batch_op.drop_index("ix_print_batches_state")
    op.drop_table("print_batches")
