"""Login throttling and the Content-Security-Policy: the parts settings alone cannot express.

- ``client_ip``: the visitor's address as the reverse proxy saw it, trusting X-Forwarded-For only as far
  as REVERSE_PROXY_COUNT proxies of our own append to it (AXES_CLIENT_IP_CALLABLE).
- ``AxesBackend``: django-axes' lockout check, for logins that come with a request.
- ``lockout_response``: the Vietnamese page shown while an account is locked (AXES_LOCKOUT_CALLABLE).
- ``ContentSecurityPolicyMiddleware``: the strict policy everywhere, the admin's policy under ADMIN_PATH.
"""

import ipaddress
import math

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off, get_failure_limit
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.shortcuts import render


def _valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client address, from the right of X-Forwarded-For when the app runs behind our proxies.

    Each proxy appends the address it received the request from, so the entry REVERSE_PROXY_COUNT places
    from the right is the last one a proxy of ours wrote; anything left of it came from the client and
    could be forged. Without proxies (the default) the header is ignored: anyone could send it.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "REVERSE_PROXY_COUNT", 0)
    if count > 0:
        hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if len(hops) >= count:
            address = _valid_ip(hops[-count])
            if address:
                return address
    return _valid_ip(remote) or remote


class AxesBackend(AxesStandaloneBackend):
    """Refuses logins of a locked (username, address) pair; then ModelBackend checks the password.

    Logins without a request (the test client's login(), a shell) have no client to throttle, so they
    pass through instead of failing with AxesBackendRequestParameterRequired. Every login through the
    admin's form comes with its request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """The admin's login look with the lockout reason, in Vietnamese, with HTTP 429."""
    cool_off = get_cool_off(request)
    minutes = max(1, math.ceil(cool_off.total_seconds() / 60)) if cool_off else None
    context = {"minutes": minutes, "failure_limit": get_failure_limit(request, credentials)}
    return render(request, "axes/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def admin_prefix():
    return "/" + settings.ADMIN_PATH.lstrip("/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware choosing between two policies by path.

    Public pages get CONTENT_SECURITY_POLICY (no inline script or style at all). Wagtail's admin writes
    inline scripts and style attributes in its own templates (date pickers, inline panels), so the paths
    under ADMIN_PATH get ADMIN_CONTENT_SECURITY_POLICY instead; it is resolved per request because
    ADMIN_PATH comes from the environment. A view's own @csp_replace/@csp_update still applies on top.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_policy = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None)
        if not report_only and parts.config is None and admin_policy and request.path_info.startswith(admin_prefix()):
            return PolicyParts(
                config=default_config(admin_policy["DIRECTIVES"]),
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts
