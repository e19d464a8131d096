"""``python -m frontend``: the development server (http://127.0.0.1:8080 by default).

``SABOR_FRONTEND_ADDR=0.0.0.0:8080`` to listen elsewhere; the CMS address comes from
``SABOR_API_URL`` (http://127.0.0.1:8000 by default).
"""

import os

from werkzeug.serving import run_simple

from .app import create_app


def main():
    host, _, port = os.environ.get("SABOR_FRONTEND_ADDR", "127.0.0.1:8080").rpartition(":")
    app = create_app()
    debug = os.environ.get("SABOR_FRONTEND_DEBUG", "").lower() in ("1", "true", "yes")
    run_simple(host or "127.0.0.1", int(port), app, threaded=True, use_reloader=debug)


if __name__ == "__main__":
    main()
