from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from reform.demo.loader import DEMO_PASSWORD, DEMO_USERS, load_demo
from reform.savedreports.demo import LEADER

ROLE_LABELS = {
    "admin": "quản trị hệ thống",
    "office": "Văn phòng Sở, phê duyệt",
    "head": "lãnh đạo phòng",
    "writer": "biên tập viên",
    "leadership": "Lãnh đạo Sở, duyệt báo cáo định kỳ",
}


class Command(BaseCommand):
    help = "Load the demo site built from the 2023 communication plan (refused under production settings)."

    def handle(self, *args, **options):
        try:
            load_demo()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Demo content ready. Demo accounts (password: {DEMO_PASSWORD}):"))
        for username, first, last, role, _division in DEMO_USERS:
            self.stdout.write(f"  {username:<18} {first} {last} ({ROLE_LABELS[role]})")
        leader, first, last = LEADER
        self.stdout.write(f"  {leader:<18} {first} {last} ({ROLE_LABELS['leadership']})")
