"""Labels for the API's coded values that a page detail gives without a label."""

from .i18n import N_, _

EVENT_KINDS = {
    "civic_forum": N_("Civic forum"),
    "seminar": N_("Seminar"),
    "training": N_("Training"),
    "working_meeting": N_("Working meeting"),
    "general_assembly": N_("General assembly"),
    "conference": N_("Conference"),
    "other": N_("Other"),
}
EVENT_FORMATS = {"in_person": N_("In person"), "online": N_("Online"), "hybrid": N_("Hybrid")}
PUBLICATION_KINDS = {
    "brochure": N_("Brochure"),
    "position_paper": N_("Position paper on a draft law"),
    "survey_report": N_("Survey report"),
    "study": N_("Study"),
    "other": N_("Other"),
}


def _label(table, value):
    source = table.get(value)
    return _(source) if source else (value or "")


def event_kind(value):
    return _label(EVENT_KINDS, value)


def event_format(value):
    return _label(EVENT_FORMATS, value)


def publication_kind(value):
    return _label(PUBLICATION_KINDS, value)
