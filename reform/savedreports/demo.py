"""The demo's saved report: Quý II năm 2023 over the demo content, drafted by the Office, approved by the leadership.

Its narrative is written from its own snapshot, so every number it quotes is one the tables hold;
it says plainly that it is an illustration, not a report the department issued. No signer is
named: the seed plan's signatory did not sign this text.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from ..models.reports import PeriodicReport, default_place, default_title
from ..periods import period_for
from .setup import LEADERSHIP_GROUP

LEADER = ("lanhdao", "Lãnh đạo", "Sở")
ILLUSTRATION = "Nội dung minh họa của bản trình diễn, không phải báo cáo Sở đã ban hành."


def ensure_leader(password):
    username, first, last = LEADER
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        user = get_user_model()(username=username, first_name=first, last_name=last, email=f"{username}@example.org")
        user.set_password(password)
        user.save()
    user.groups.add(Group.objects.get(name=LEADERSHIP_GROUP))
    return user


def narrative(totals, period):
    results = (
        f"{ILLUSTRATION}\n\n"
        f"Trong {period.label}, chuyên mục cải cách hành chính đã đăng {totals['articles']} tin, bài; "
        f"đăng tải {totals['documents']} văn bản; tổ chức {totals['sessions']} buổi tuyên truyền, tọa đàm "
        f"và có {totals['press']} tin, bài trên báo, đài.\n\n"
        f"{totals['published_via_workflow']} tin, bài được duyệt qua quy trình; "
        f"{totals['returned']} lượt bản nháp được trả lại để sửa."
    )
    return {
        "results": results,
        "shortcomings": "Một số phòng gửi tin, bài chậm so với kế hoạch; số buổi tọa đàm còn ít.",
        "proposals": "Đề nghị các phòng chủ động gửi tin, bài hằng tháng; Văn phòng Sở theo dõi, đôn đốc.",
    }


def ensure_saved_report(password):
    """One approved report of Q2 2023, created once (load_demo stays idempotent)."""
    from ..reports.figures import compute
    from ..workflow import roles

    period = period_for(2023, "q2")
    existing = PeriodicReport.objects.filter(period_code=period.code, year=period.year).first()
    if existing is not None:
        return existing
    leader = ensure_leader(password)
    office = get_user_model().objects.filter(groups__name=roles.OFFICE_GROUP).order_by("pk").first()
    figures = compute(period)
    report = PeriodicReport(
        title=default_title(period),
        place=default_place(),
        owner=office,
        figures=figures,
        figures_computed_at=timezone.now(),
        issued_on=period.last_day + datetime.timedelta(days=5),
        **narrative(figures["totals"], period),
    )
    report.set_period(period)
    report.save()
    report.save_revision(user=office, log_action="wagtail.create").publish(user=leader)
    return PeriodicReport.objects.get(pk=report.pk)
