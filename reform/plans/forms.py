"""The plan's admin form: taxonomy choices of its activities in the page's own language."""

from ..forms import ReformPageForm


def localized_child_form(form_class, locale_id):
    class LocalizedChildForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            # The page form's own rule, applied to the activity's fields (it reads only fields and initial).
            ReformPageForm._limit_taxonomy_to_locale(self, locale_id)

    LocalizedChildForm.__name__ = form_class.__name__
    return LocalizedChildForm


class PlanPageForm(ReformPageForm):
    """Without this, each activity's division, area, kind and type lists would offer every row twice,
    once in Vietnamese and once in English ("Văn phòng Sở" and "Department Office")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        formset = self.formsets.get("activities")
        if formset is not None and locale_id is not None:
            formset.form = localized_child_form(formset.form, locale_id)
