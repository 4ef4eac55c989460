"""Alembic environment, embedded: the app passes an open connection in a transaction.

There is no alembic.ini and no logging configuration: the app never lets Alembic
configure logging, and it never builds a URL (the key would be in it).
"""

from alembic import context

from emp_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("EMP Desktop migrations run only from the app (storage.migrate)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
