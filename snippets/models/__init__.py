from .association import AssociationIdentity, AssociationSettings, SocialLink

__all__ = ["AssociationIdentity", "AssociationSettings", "SocialLink"]
