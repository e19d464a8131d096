"""Demo content: four associations written from public facts about them, in every
language each publishes. The texts are ours; the facts (names, dates, places, themes) are
theirs. Each module defines ``ASSOCIATION`` (an AssociationSpec's fields) and ``PAGES``."""

from . import aro, hebar, sogrs, tolerantnost

ASSOCIATIONS = [hebar, tolerantnost, aro, sogrs]
