"""Test settings: fast hashing, in-memory caches, uploads in a scratch folder, no persistent
connections."""

import tempfile

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Connections opened by threads in tests must not outlive them.
DATABASES["default"]["CONN_MAX_AGE"] = 0
# Uploads on disk in a folder of this run: an in-memory storage is emptied whenever a test
# changes a storage setting, and the demo's PDFs and logos must outlive every test.
MEDIA_ROOT = tempfile.mkdtemp(prefix="sabor-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests see computed answers (query counts would otherwise measure cache hits); the response
# cache is turned on by the tests about it (tests/test_api_cache.py).
SABOR_API_CACHE = "off"
