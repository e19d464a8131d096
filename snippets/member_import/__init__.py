"""Member directory import from CSV in the admin: ``reader`` reads the file, ``plan`` works out
and applies the changes, ``views`` holds the screens (upload, preview, confirm, template)."""
