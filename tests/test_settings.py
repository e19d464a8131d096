"""Production settings: secrets from the environment, refusing insecure defaults."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "-production-secret-key-that-is-long-enough-1234"


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(env)
    environment["DJANGO_SETTINGS_MODULE"] = "sabor_site.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="example.org")

    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_refuses_a_development_key():
    result = run_manage(
        "check",
        SECRET_KEY="dev-only-insecure-key-do-not-use-in-production-x" * 2,
        ALLOWED_HOSTS="example.org",
    )

    assert result.returncode != 0
    assert "known development key" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", SECRET_KEY=GOOD_KEY)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_check_deploy_passes_with_environment_set(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level=WARNING",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="hebar.example.org,sogrs.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:6379/1",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )

    assert result.returncode == 0, result.stderr


def settings_value(expression, **env):
    result = run_manage(
        "shell",
        "-c",
        f"from django.conf import settings; print({expression})",
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="example.org",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_database_url_selects_postgresql():
    engine = settings_value(
        "settings.DATABASES['default']['ENGINE']",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/sabor",
    )
    assert engine == "django.db.backends.postgresql"


def test_sqlite_is_the_default_database():
    environment_without_url = {"DATABASE_URL": ""}
    engine = settings_value("settings.DATABASES['default']['ENGINE']", **environment_without_url)
    assert engine == "django.db.backends.sqlite3"


def test_redis_url_selects_the_redis_cache_and_local_memory_otherwise():
    assert (
        settings_value(
            "settings.CACHES['default']['BACKEND']", REDIS_URL="redis://127.0.0.1:6379/2"
        )
        == "django.core.cache.backends.redis.RedisCache"
    )
    assert (
        settings_value("settings.CACHES['default']['BACKEND']", REDIS_URL="")
        == "django.core.cache.backends.locmem.LocMemCache"
    )
