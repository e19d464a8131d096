"""Settings shared by every environment. Environment-specific modules import from here."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "sabor_site",
    "snippets",
    "blocks",
    "pagetypes",
    "wagtail_localize",
    "wagtail_headless_preview",
    "wagtail_localize.locales",
    "wagtail_modeladmin",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
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
    "rest_framework",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Resolves the association from the Host header before anything asks for it.
    "sabor_site.middleware.AssociationSiteMiddleware",
    # Replaces django.middleware.locale.LocaleMiddleware: languages come from the site.
    "sabor_site.middleware.SiteLocaleMiddleware",
    # Needs the association and the language, and nothing below it for a cached answer.
    "sabor_site.api.cache.ApiCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "sabor_site.urls"

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

WSGI_APPLICATION = "sabor_site.wsgi.application"

# SQLite is the embedded default; DATABASE_URL=postgres://... selects PostgreSQL (psycopg 3).
# An empty DATABASE_URL counts as unset (dj_database_url would give a dummy backend).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Persistent connections: reopening the database per request is a fixed cost
        # every API read would pay (docs/architecture.md).
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "sabor",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "sabor",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------------------
# English is the source language of every string in the code, so it is also the fallback
# catalog: with LANGUAGE_CODE = "bg" Django would show a Serbian officer Bulgarian for any
# string the sr_Latn catalog lacks. Sites still default to their own language (bg, sr-latn)
# through AssociationSettings.default_language.
LANGUAGE_CODE = "en"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Sofia"

LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("bg", "Български"),
    ("en", "English"),
    ("sr-latn", "Srpski (latinica)"),
]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# SABOR_LOCALE_DIR lets the catalog check (tests/test_translations.py) extract into a copy.
LOCALE_PATHS = [Path(os.environ.get("SABOR_LOCALE_DIR", BASE_DIR / "locale"))]
# The admin packages' catalogs, completed by the project (manage.py update_package_catalogs):
# after the project's own, so Sabor's wording wins; before the packages' own, so ours complete
# and correct theirs.
LOCALE_PATHS += sorted(path for path in (BASE_DIR / "locale/packages").glob("*") if path.is_dir())

# Time zones an association can choose for its events (seed sites: Bulgaria, Republika Srpska).
SABOR_TIME_ZONES = [
    ("Europe/Sofia", _("Europe/Sofia (Bulgaria)")),
    ("Europe/Sarajevo", _("Europe/Sarajevo (Bosnia and Herzegovina)")),
]

# --- Static and media ------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Sabor"
# Rich text in API responses is frontend HTML with resolved links, never the database format.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100  # ?limit= above this is a 400 with a message, not a silent cap
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# On PostgreSQL the index and each query use the text-search configuration of their language
# (sabor_site/search.py, docs/search.md); SQLite keeps Wagtail's FTS5 backend.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS["default"] = {"BACKEND": "sabor_site.search"}
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# wagtail-localize would otherwise publish a new translation of a live page at once, still
# holding the source language's text; a translation goes live when its officer publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's editor. The default works offline (translation
# memory, everything else marked); DeepL or LibreTranslate are one environment variable away.
_MACHINE_TRANSLATORS = {
    "offline": {"CLASS": "pagetypes.machine_translation.OfflineStandInTranslator", "OPTIONS": {}},
    "deepl": {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ.get("DEEPL_AUTH_KEY", "")},
    },
    "libretranslate": {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ.get("LIBRETRANSLATE_URL", ""),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    },
}
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = _MACHINE_TRANSLATORS[
    os.environ.get("SABOR_MACHINE_TRANSLATOR", "offline")
]

# Paths that belong to no association: they are served on any known or unknown host.
SABOR_HOSTLESS_PATHS = ("/admin/", "/django-admin/", "/static/", "/media/", "/documents/")
# How long a worker trusts its in-process map of hosts to sites before reloading it.
# A change to a Site clears the map at once in the worker that made it.
SABOR_SITE_MAP_TTL = int(os.environ.get("SABOR_SITE_MAP_TTL", "30"))

# The API's response cache (sabor_site/api/cache.py, docs/api.md "Caching"): on unless
# SABOR_API_CACHE=off; entries live SABOR_API_CACHE_TIMEOUT seconds at most (answers that
# change with the clock alone, such as upcoming events); clients and proxies may reuse a
# response for SABOR_API_MAX_AGE seconds and revalidate it with its ETag afterwards.
SABOR_API_CACHE = os.environ.get("SABOR_API_CACHE", "on")
SABOR_API_CACHE_TIMEOUT = int(os.environ.get("SABOR_API_CACHE_TIMEOUT", "300"))
SABOR_API_MAX_AGE = int(os.environ.get("SABOR_API_MAX_AGE", "60"))
# Stored page details (sabor_site/api/representations.py): on unless
# SABOR_API_REPRESENTATIONS=off; built again at least every SABOR_API_REPRESENTATION_TTL
# seconds, for what changes with the clock alone (a poll block opening or closing).
SABOR_API_REPRESENTATIONS = os.environ.get("SABOR_API_REPRESENTATIONS", "on")
SABOR_API_REPRESENTATION_TTL = int(os.environ.get("SABOR_API_REPRESENTATION_TTL", "3600"))

# Headless preview (docs/api.md "Preview"): the admin's Preview opens the frontend's preview
# page with a signed token; the frontend asks /api/v2/page_preview/ for the draft.
# SABOR_PREVIEW_URL is the default for every association ({hostname} is the site's host
# name); SABOR_PREVIEW_URLS="host=url,host=url" gives associations their own frontend.
# SABOR_PREVIEW_REDIRECT=on opens the frontend in a new tab instead of the admin's iframe,
# for frontends that forbid framing. Tokens expire after SABOR_PREVIEW_TOKEN_MAX_AGE seconds.
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {
        "default": os.environ.get("SABOR_PREVIEW_URL", "http://{hostname}:8080/preview/"),
        **dict(
            pair.strip().split("=", 1)
            for pair in os.environ.get("SABOR_PREVIEW_URLS", "").split(",")
            if "=" in pair
        ),
    },
    "REDIRECT_ON_PREVIEW": os.environ.get("SABOR_PREVIEW_REDIRECT", "off").lower()
    in ("on", "1", "true"),
    "ENFORCE_TRAILING_SLASH": True,
}
SABOR_PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("SABOR_PREVIEW_TOKEN_MAX_AGE", "1800"))
