"""Settings shared by every environment. Environment-specific modules import and adjust these.

Everything that differs between machines is read from the environment (docs/env-vars.md).
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "cms"

SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me")
# Demo accounts and content are refused where this is true (production settings).
IS_PRODUCTION = False
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "home",
    "reform",
    "reform.pagecache",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "cms.logging.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "reform.request_cache.RequestCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    # Anonymous pages are answered here, before sessions, locale and auth (docs/caching.md).
    "reform.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "reform.middleware.QueryStringGuardMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers proceed while a writer commits; the pragmas are applied on every connection.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "cchc"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # A Redis that stops answering (not refusing) must not hang every worker and /healthz.
                "SOCKET_CONNECT_TIMEOUT": env_int("REDIS_CONNECT_TIMEOUT", 2),
                "SOCKET_TIMEOUT": env_int("REDIS_TIMEOUT", 2),
            },
        }
    }
    # Sessions read from Redis and written through to the database: a Redis restart (it may keep
    # nothing on disk) does not sign every editor out mid-edit.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "cchc"}}

# The lockout check first (cms/security.py), then the password check.
AUTHENTICATION_BACKENDS = ["cms.security.AxesBackend", "django.contrib.auth.backends.ModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first: the default language lives at /, English under /en/.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# The project's own catalogues first, then Vietnamese for the Wagtail admin screens its users
# touch (Wagtail ships about 15% of them), one folder per Wagtail app under locale_wagtail/.
LOCALE_PATHS = [BASE_DIR / "locale", *sorted(p for p in (BASE_DIR / "locale_wagtail").glob("*") if p.is_dir())]
FORMAT_MODULE_PATH = ["cms.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static")))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# "quan-tri", "/quan-tri/" and "quan-tri/" all mean the same prefix; the URLconf needs "quan-tri/".
ADMIN_PATH = env_str("ADMIN_PATH", "admin/").strip("/") + "/"

WAGTAIL_SITE_NAME = "Chuyên mục Cải cách hành chính"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "reform.ReformImage"
WAGTAILDOCS_DOCUMENT_MODEL = "reform.ReformDocument"
# Slugs are folded to ASCII the Vietnamese way (reform/text.py); Unicode slugs would be percent-encoded.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: it would send hashes of staff e-mails to a third party and
# show broken images on networks without internet access.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_str("EMAIL_USE_TLS", "") in {"1", "true", "True"}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "cchc@localhost")

# Listing sizes kept in one place so views, feeds and tests agree.
REFORM_PAGE_SIZE = env_int("REFORM_PAGE_SIZE", 12)
REFORM_FEED_SIZE = env_int("REFORM_FEED_SIZE", 30)
# URLs per sitemap file; a larger site gets a sitemap index of numbered parts.
REFORM_SITEMAP_LIMIT = env_int("REFORM_SITEMAP_LIMIT", 5000)
# A draft waiting longer than this many working days at one step is marked overdue.
REFORM_WORKFLOW_OVERDUE_DAYS = env_int("REFORM_WORKFLOW_OVERDUE_DAYS", 2)
# Public holidays (ISO dates) that do not count as working days.
REFORM_HOLIDAYS = env_list("REFORM_HOLIDAYS")

# Document library (docs/documents.md): rows per listing page, the upload limit, accepted formats.
REFORM_DOCUMENT_PAGE_SIZE = env_int("REFORM_DOCUMENT_PAGE_SIZE", 20)
REFORM_UPLOAD_MAX_BYTES = env_int("REFORM_UPLOAD_MAX_BYTES", 50 * 1024 * 1024)
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods"]
# The document page shows its PDF in an <object>: same-origin framing, as production has it.
X_FRAME_OPTIONS = "SAMEORIGIN"
# A TrueType font with Vietnamese glyphs for the PDFs the demo loader draws (optional).
REFORM_PDF_FONT = env_str("REFORM_PDF_FONT", "")

# Plain lines for people at a terminal; json (one object a line, cms/logging.py) for log collectors,
# the production default.
LOG_FORMAT = env_str("LOG_FORMAT", "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "cms.logging.JsonFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # One INFO line per search-index task is noise, not information.
        "django_tasks": {"level": "WARNING"},
    },
}

PAGE_TITLE_SUFFIX = _("Cải cách hành chính")

# --- Security (docs/deployment.md) ------------------------------------------------------------------
# How many reverse proxies of ours append to X-Forwarded-For; 0 trusts no such header (cms/security.py).
REVERSE_PROXY_COUNT = env_int("REVERSE_PROXY_COUNT", 0)

# django-axes: a username tried from one address is locked after AXES_FAILURE_LIMIT wrong passwords for
# AXES_COOLOFF_MINUTES (0: until `manage.py axes_reset`); each new try while locked restarts the wait.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15)) or None
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.security.client_ip"
AXES_LOCKOUT_CALLABLE = "cms.security.lockout_response"
# The Django admin is not routed; Wagtail's admin is the only login.
AXES_ENABLE_ADMIN = False

# django-csp: public pages run no inline script or style; JSON-LD data blocks are not scripts.
# PDFs show in an <object>; article embeds (EmbedBlock) are iframes from CSP_FRAME_SOURCES.
CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES", ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
)
# Where media live when they are not on this host (an S3 bucket, a CDN).
CSP_MEDIA_SOURCES = env_list("CSP_MEDIA_SOURCES")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_MEDIA_SOURCES],
        "font-src": ["'self'"],
        "media-src": ["'self'", *CSP_MEDIA_SOURCES],
        "object-src": ["'self'", *CSP_MEDIA_SOURCES],
        "frame-src": ["'self'", *CSP_FRAME_SOURCES],
        "connect-src": ["'self'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Wagtail's admin writes inline scripts and style attributes, shows uploads as blob: and data: images,
# and previews embeds from any https site; it is used by signed-in staff only.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "media-src": ["'self'", "blob:", *CSP_MEDIA_SOURCES],
        "worker-src": ["'self'", "blob:"],
    }
}

# --- Page cache and front-end cache purge (docs/caching.md) ------------------------------------------
# On by default only with a cache every process shares (Redis): a local-memory cache would be bumped
# in the one worker that handled a publish and stay stale in the others.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", bool(REDIS_URL))
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 600)
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 60)
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 0)
PAGE_CACHE_MAX_QUERY_LENGTH = env_int("PAGE_CACHE_MAX_QUERY_LENGTH", 200)
# A reverse proxy (Varnish, nginx with a purge module) answering PURGE, and/or Cloudflare.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_URL"),
        "HOSTNAMES": env_list("FRONTEND_CACHE_HOSTNAMES", ["*"]),
    }
if env_str("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("CLOUDFLARE_ZONEID"),
        "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN"),
        "HOSTNAMES": env_list("FRONTEND_CACHE_HOSTNAMES", ["*"]),
    }
# Each language's pages have their own URLs (/... and /en/...) and are purged as such.
WAGTAILFRONTENDCACHE_LANGUAGES = []
