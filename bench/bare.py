"""The reference point of every ratio: the cheapest JSON answer Django can give through the
same server, middleware and process as the API."""

from django.http import JsonResponse


def bare(request):
    return JsonResponse({"items": [], "meta": {"total_count": 0}})
