"""Keep roles in step with the data: a division added in the admin gets its groups at once."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from ..models import Division
from . import roles


@receiver(post_save, sender=Division)
def create_division_groups(sender, instance, created, raw=False, **kwargs):
    if not raw and (instance.writers_group_id is None or instance.heads_group_id is None):
        roles.ensure_division_groups(instance)
