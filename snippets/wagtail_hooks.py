from wagtail.contrib.settings.registry import register_setting

from .models import AssociationSettings

register_setting(AssociationSettings, icon="site")
