"""PostgreSQL: the pool, migrations, the embedded cluster, the database URL, SQL files."""
