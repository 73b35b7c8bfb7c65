"""Reject query strings no page can use before they reach views or the database."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _

MAX_QUERY_STRING = 2048


class QueryStringGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if len(query) > MAX_QUERY_STRING or "%00" in query or "\x00" in query or "\x00" in request.path:
            return HttpResponseBadRequest(
                _("Yêu cầu không hợp lệ: chuỗi truy vấn quá dài hoặc chứa ký tự không được phép."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
