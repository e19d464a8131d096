"""PostgreSQL full-text search in each object's own language.

Wagtail's PostgreSQL backend (``modelsearch``) builds every index entry and every query with
one text-search configuration. Sabor holds three languages in one index, so this backend
picks the configuration per object and per query:

- **Index**: each entry is built with the configuration of the object's ``locale``
  (``LANGUAGE_CONFIGS``); objects without a locale (images, documents) use ``SEARCH_CONFIG``.
- **Query**: :func:`search` with ``language=`` parses the query with that language's
  configuration. Without a language (the admin, or a listing anchored on ``translation_of``
  that spans languages) the query is parsed with every configured configuration and the
  results of each are OR-ed, so each entry still meets the query in its own configuration.

Installed only when the database is PostgreSQL (``settings/base.py``); SQLite keeps Wagtail's
FTS5 backend, and :func:`search` then ignores ``language``. docs/search.md has the details.
"""

import copy
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchVector
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.backends import get_search_backend

# PostgreSQL has no Bulgarian stemmer or stop words: Bulgarian words match as written
# (lower-cased). English and Serbian (Latin and Cyrillic) get Snowball stemming.
LANGUAGE_CONFIGS = {"bg": "simple", "en": "english", "sr-latn": "serbian"}
DEFAULT_CONFIG = "simple"


def search(query, queryset, *, language=None, **kwargs):
    """``backend.search(query, queryset, **kwargs)`` on the default backend, in ``language``'s
    text-search configuration when the backend has one per language."""
    backend = get_search_backend()
    if isinstance(backend, LanguageSearchBackend):
        kwargs["language"] = language
    return backend.search(query, queryset, **kwargs)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        # The stock indexer reads the configuration from the backend: index each language's
        # objects through a copy of the backend set to that language's configuration.
        by_config = defaultdict(list)
        languages = _languages_of(objs)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for(language)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


def _languages_of(objs):
    from wagtail.models import Locale

    ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    if not ids:
        return {}
    # Queried, not cached: locale ids come back with other languages after a rollback.
    return dict(Locale.objects.filter(pk__in=ids).values_list("pk", "language_code"))


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def __init__(self, *args, language=None, **kwargs):
        self.language = language
        self.active_config = None
        super().__init__(*args, **kwargs)

    def get_config(self, backend):
        if self.language is not None:
            return backend.config_for(self.language)
        return backend.all_configs()

    def build_tsquery(self, query, config=None):
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        parsed = [super(LanguageQueryCompiler, self).build_tsquery(query, config=c) for c in config]
        parsed = [tsquery for tsquery in parsed if tsquery is not None]
        return reduce(lambda a, b: a | b, parsed) if parsed else None

    def search(self, config, *args, **kwargs):
        self.active_config = config
        return super().search(config, *args, **kwargs)

    def get_fields_vectors(self, search_query):
        # ``search(fields=[...])`` builds vectors from the model's columns at query time; a
        # query in every language reads them with the configuration of language-less objects.
        config = self.active_config
        if isinstance(config, tuple):
            config = DEFAULT_CONFIG
        return [
            (SearchVector(field_lookup, config=config), search_field.boost)
            for field_lookup, search_field in self.search_fields.items()
        ]


class LanguageSearchBackend(PostgresSearchBackend):
    """``SEARCH_CONFIG``: the configuration of objects without a language (default
    ``simple``); ``LANGUAGE_CONFIGS``: ``{language code: configuration}``."""

    query_compiler_class = LanguageQueryCompiler
    index_class = LanguageIndex

    def __init__(self, params):
        params = {"SEARCH_CONFIG": DEFAULT_CONFIG, **params}
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", LANGUAGE_CONFIGS))

    def config_for(self, language):
        return self.language_configs.get(language, self.config)

    def all_configs(self):
        return tuple(dict.fromkeys([*self.language_configs.values(), self.config]))

    def with_config(self, config):
        clone = copy.copy(self)
        clone.config = config
        return clone

    def search(self, query, model_or_queryset, *, language=None, **kwargs):
        return self._search(
            self.query_compiler_class, query, model_or_queryset, language=language, **kwargs
        )


SearchBackend = LanguageSearchBackend
