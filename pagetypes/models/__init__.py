from .home import AboutPage, HomePage

__all__ = ["AboutPage", "HomePage"]
