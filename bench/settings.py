"""Benchmark settings: production settings with benchmark defaults, plus a bare view.

Only ``bench/run`` and ``bench/seed.py`` use this module; nothing in the product imports
``bench``. The database is the dedicated ``sabor_bench`` unless ``DATABASE_URL`` says
otherwise.
"""

import os
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sabor_bench")
os.environ.setdefault("SECRET_KEY", "bench-" + "x" * 60)
os.environ.setdefault("ALLOWED_HOSTS", "*")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
os.environ.setdefault("MEDIA_ROOT", str(BENCH_DIR.parent / "var" / "bench" / "media"))
os.environ.setdefault("STATIC_ROOT", str(BENCH_DIR.parent / "var" / "bench" / "static"))
os.environ.setdefault("LOG_LEVEL", "WARNING")

from sabor_site.settings.production import *  # noqa: E402, F403
from sabor_site.settings.production import SABOR_HOSTLESS_PATHS  # noqa: E402

ROOT_URLCONF = "bench.urls"
# The bare view answers on any host and is left alone by the language middleware, like the
# admin; it still passes through every middleware the API does.
SABOR_HOSTLESS_PATHS = (*SABOR_HOSTLESS_PATHS, "/bench/")
# No collected static files in the benchmark; the manifest storage would fail without them.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
