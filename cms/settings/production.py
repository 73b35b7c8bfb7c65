"""Production: every secret, host and service comes from the environment (docs/env-vars.md), start-up
fails without the secrets, and `manage.py check --deploy` reports nothing."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_required, env_str

DEBUG = False
IS_PRODUCTION = True
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS is required in production.")

# Links in notification e-mails; without it they would point at the development server.
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
if "*" in WAGTAILADMIN_BASE_URL:
    raise ImproperlyConfigured("Set WAGTAILADMIN_BASE_URL: the first of ALLOWED_HOSTS is a wildcard.")

# The proxy terminates TLS and says so in X-Forwarded-Proto; gunicorn must only be reachable through it.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The load balancer probes over plain HTTP (SecurityMiddleware matches without the leading slash).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Wagtail's live preview and the document page's PDF <object> are same-origin frames, so DENY would
# break them; frame-ancestors 'self' in the CSP says the same to current browsers.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
# Over HTTPS every http:// reference in content (an old image URL pasted into an article) is fetched
# over https:// instead of being blocked as mixed content.
if SECURE_SSL_REDIRECT:
    for policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        policy["DIRECTIVES"]["upgrade-insecure-requests"] = True
if ADMIN_PATH == "/":
    raise ImproperlyConfigured("ADMIN_PATH must name a prefix such as quan-tri/, not the site root.")

# Notifications go out by SMTP; a slow relay must not hold a worker for long.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# One JSON object a line for the log collector unless LOG_FORMAT=plain.
LOG_FORMAT = env_str("LOG_FORMAT", "json")
if LOG_FORMAT not in LOGGING["formatters"]:
    raise ImproperlyConfigured(f"LOG_FORMAT must be one of {', '.join(LOGGING['formatters'])}, got {LOG_FORMAT!r}.")
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT

# Fingerprinted files (CompressedManifestStaticFilesStorage) are served by whitenoise as immutable for
# ten years; the few unhashed names (favicon links in old e-mails) for an hour.
WHITENOISE_MAX_AGE = env_int("WHITENOISE_MAX_AGE", 3600)
