"""Translation keys of the taxonomies, read in as few queries as possible.

Pages and activities may point at the Vietnamese or the English row of a division, area, kind or
type; the translation key is what they share. KeyList gathers the keys of a many-to-many relation in
the same query as its owner, and Lookups reads several small taxonomies in one UNION query, which
keeps the public plan page within the site's bound on queries.
"""

import uuid

from django.conf import settings
from django.db.models import Aggregate, CharField, TextField, Value
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from ..request_cache import memoize


class KeyList(Aggregate):
    """The translation keys of a related taxonomy, comma-separated (GROUP_CONCAT / STRING_AGG)."""

    function = "GROUP_CONCAT"
    template = "%(function)s(%(expressions)s)"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, function="STRING_AGG", template="%(function)s(%(expressions)s::text, ',')"
        )


def parse_keys(value):
    """KeyList's text → a frozenset of UUIDs (SQLite stores them as hex, PostgreSQL prints them dashed)."""
    return frozenset(uuid.UUID(part) for part in (value or "").split(",") if part)


class TaxonomyIndex:
    """Every row of a taxonomy (a few dozen): its key, its place in the list, its name in each language."""

    def __init__(self, rows=()):
        self.key_of = {}
        self.names = {}
        self.order = {}
        for pk, key, name, language, sort_order in rows:
            self.key_of[pk] = key
            self.names.setdefault(key, {})[language] = name
            if language == settings.LANGUAGE_CODE:
                self.order[key] = (sort_order, name)

    def key(self, pk):
        return self.key_of.get(pk)

    def keys_in(self, language):
        return {key for key, names in self.names.items() if language in names}

    def sorted(self, keys):
        return sorted(keys, key=lambda key: self.order.get(key, (0, "")))

    def name(self, key):
        """The name in the active language, else in the default language."""
        names = self.names.get(key) or {}
        active = get_supported_content_language_variant(get_language())
        return names.get(active) or names.get(settings.LANGUAGE_CODE) or next(iter(names.values()), "")


FIELDS = ("pk", "translation_key", "name", "locale__language_code", "sort_order")


def _rows(model):
    return model.objects.order_by().annotate(taxonomy=Value(model._meta.label, output_field=CharField()))


@memoize(lambda *models: tuple(model._meta.label for model in models))
def read_indexes(*models):
    """{model: TaxonomyIndex} for several taxonomies in one query."""
    query = _rows(models[0]).values_list("taxonomy", *FIELDS)
    if len(models) > 1:
        query = query.union(*(_rows(model).values_list("taxonomy", *FIELDS) for model in models[1:]), all=True)
    rows = {model._meta.label: [] for model in models}
    for label, *row in query:
        rows[label].append(row)
    return {model: TaxonomyIndex(rows[model._meta.label]) for model in models}


class Lookups(dict):
    """The taxonomy indexes one computation needs: preload() reads several at once, others on demand."""

    def preload(self, *models):
        missing = [model for model in models if model not in self]
        if missing:
            self.update(read_indexes(*missing))
        return self

    def __missing__(self, model):
        self.preload(model)
        return self[model]
