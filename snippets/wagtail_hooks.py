from wagtail.contrib.settings.registry import register_setting
from wagtail.snippets.models import register_snippet
from wagtail_modeladmin.options import modeladmin_register

from .models import AssociationSettings
from .viewsets import SNIPPET_GROUPS, PollVoteAdmin

register_setting(AssociationSettings, icon="site")

for group in SNIPPET_GROUPS:
    register_snippet(group)

modeladmin_register(PollVoteAdmin)
