"""Index wagtailcore_page.url_path: reform.routing resolves every URL by it in one query.

Wagtail does not index the column (its own routing walks slugs per level); without the index
each request scanned every page (3–5 ms at 11,000 pages).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reform", "0004_merge_documents"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS reform_page_url_path_idx ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS reform_page_url_path_idx",
        )
    ]
