"""print queue (registered records waiting for their documents)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

Approvals are filed into the queue as the queue is read (from the status changes after
the last one filed), so that the queue never has to scan the whole register.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_queue",
        sa.Column("artisan_pk", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["artisan_pk"], ["artisans.pk"]),
        sa.PrimaryKeyConstraint("artisan_pk"),
    )


def downgrade() -> None:
    op.drop_table("print_queue")
