"""Database upkeep the application itself triggers after loading content in bulk."""

from django.db import connection


def refresh_planner_statistics():
    """ANALYZE after bulk loads: without statistics SQLite's planner sorts whole tables.

    Measured at 10,000 articles: the home page's SQL went from 102 ms to 5 ms once the
    planner knew to walk the date index. PostgreSQL's autovacuum keeps its own statistics.
    """
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
