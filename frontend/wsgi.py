"""The WSGI application for a production server: ``gunicorn frontend.wsgi:app``.

Configured from the environment (``SABOR_API_URL``, ``SABOR_FRONTEND_SITES``…, see
docs/frontend.md).
"""

from .app import create_app

app = create_app()
