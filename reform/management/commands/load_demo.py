from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from reform.demo.loader import DEMO_PASSWORD, DEMO_USERS, load_demo


class Command(BaseCommand):
    help = "Load the demo site built from the 2023 communication plan (refused under production settings)."

    def handle(self, *args, **options):
        try:
            load_demo()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Demo content ready. Demo accounts (password: {DEMO_PASSWORD}):"))
        for username, first, last, _division, group, superuser in DEMO_USERS:
            role = "superuser" if superuser else (group or "")
            self.stdout.write(f"  {username:<18} {first} {last} {('— ' + role) if role else ''}")
