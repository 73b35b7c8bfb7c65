"""Division-aware page permissions.

Wagtail grants page permissions by position in the tree; the column also needs them by
division: a writer or head of division X acts only on pages of division X, while Văn phòng
Sở and administrators act on every division (DESIGN.md, permission matrix).
"""

from functools import cached_property

from wagtail.models import PagePermissionTester

from . import roles


class DivisionPagePermissionTester(PagePermissionTester):
    @cached_property
    def division_allows(self):
        if not self.user.is_active:
            return False
        if self.user.is_superuser or roles.is_office(self.user):
            return True
        division = roles.division_of(self.page)
        if division is None:
            return True  # pages without a division follow Wagtail's tree permissions alone
        return roles.divisions_of(self.user).filter(pk=division.pk).exists()

    def can_edit(self):
        return super().can_edit() and self.division_allows

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and self.division_allows

    def can_publish(self):
        return super().can_publish() and self.division_allows

    def can_unpublish(self):
        return super().can_unpublish() and self.division_allows

    def can_lock(self):
        return super().can_lock() and self.division_allows

    def can_move(self):
        return super().can_move() and self.division_allows

    def can_copy(self):
        return super().can_copy() and self.division_allows

    def can_view_revisions(self):
        return super().can_view_revisions() and self.division_allows
