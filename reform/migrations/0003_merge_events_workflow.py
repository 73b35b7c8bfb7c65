"""Merge of the parallel 0002 migrations, so the suite runs while they are developed side by side.

Temporary: the lead replaces it with the final merge (0002_events depends on 0001_initial only).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reform", "0002_events"),
        ("reform", "0002_workflow"),
    ]

    operations = []
