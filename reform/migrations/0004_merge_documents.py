# Merges the document library (0002_documents) with the events and workflow branches.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reform", "0002_documents"),
        ("reform", "0003_merge_events_workflow"),
    ]

    operations = []
