"""The communication plan's activities and their progress (issue 6; docs/plan.md).

progress.py is the counting engine and the API the periodic reports use; sources.py reads what each
measure counts as items, counts.py counts the same in the database (the public page), keys.py reads
taxonomy keys in as few queries as possible; views.py holds the Office's progress screen and the
public plan page's context, forms.py the plan's admin form.
"""
