from django.urls import path

from sabor_site.urls import urlpatterns as product_urlpatterns

from .bare import bare

urlpatterns = [path("bench/bare/", bare), *product_urlpatterns]
