# Developer shortcuts. The two set-up commands are bin/demo and bin/test (README).
PY := .venv/bin/python
LANGS := -l bg -l sr_Latn

.PHONY: demo test messages compilemessages

demo:
	bin/demo

test:
	bin/test

# Extract the project's strings into locale/ (needs GNU gettext's xgettext).
messages:
	$(PY) manage.py makemessages $(LANGS) --no-location --ignore=.venv --ignore=var --ignore=tests --ignore=frontend --ignore=bench

compilemessages:
	$(PY) manage.py compile_translations
