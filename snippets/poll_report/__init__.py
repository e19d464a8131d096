"""Poll results for communications officers: a report per poll with a chart, and CSV
downloads of the results and of the votes (wagtail-modeladmin screens in ``admin``)."""
