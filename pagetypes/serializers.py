"""API fields that expand a chosen snippet, so a frontend needs no second request."""

from rest_framework.fields import ReadOnlyField


class RepresentationField(ReadOnlyField):
    """A foreign key to a snippet, given in full by a representation helper of
    ``blocks.choosers`` (the same JSON a block choosing that snippet gives)."""

    def __init__(self, represent, **kwargs):
        self.represent = represent
        super().__init__(**kwargs)

    def to_representation(self, value):
        return self.represent(value, request=self.context.get("request"))
