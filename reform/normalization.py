"""Store all text NFC: text pasted from Word or old converters arrives decomposed (NFD).

One pre_save handler for every model, so no model can forget; StreamField and JSON
content (page bodies, revisions) are walked as well as plain text fields.
"""

from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.fields import StreamField

from .text import nfc


def nfc_deep(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_deep(item) for item in value]
    if isinstance(value, dict):
        return {key: nfc_deep(item) for key, item in value.items()}
    return value


@receiver(pre_save)
def normalize_text_fields(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for field in sender._meta.concrete_fields:
        value = getattr(instance, field.attname, None)
        if value is None:
            continue
        if isinstance(field, StreamField):
            raw_data = field.stream_block.get_prep_value(value)
            normalized = nfc_deep(raw_data)
            if normalized != raw_data:
                setattr(instance, field.attname, normalized)
        elif isinstance(field, models.JSONField):
            setattr(instance, field.attname, nfc_deep(value))
        elif isinstance(value, str):
            setattr(instance, field.attname, nfc(value))
