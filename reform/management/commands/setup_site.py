from django.core.management.base import BaseCommand

from reform.bootstrap import setup_site


class Command(BaseCommand):
    help = "Create locales, the page tree skeleton, agency settings and taxonomies (idempotent)."

    def handle(self, *args, **options):
        pages = setup_site()
        self.stdout.write(self.style.SUCCESS(f"Site ready: {pages['home'].url_path} → {pages['column'].url_path}"))
