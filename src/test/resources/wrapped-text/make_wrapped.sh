#!/bin/sh
# Regenerates the wrapped-text fixtures (see make_wrapped.py); needs python3-docx, LibreOffice, poppler-utils.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_wrapped.py
for f in *.docx; do
  b=${f%.docx}
  soffice -env:UserInstallation=file:///tmp/lo-wrapped-text --headless --convert-to pdf "$f" >/dev/null
  soffice -env:UserInstallation=file:///tmp/lo-wrapped-text --headless --convert-to "txt:Text (encoded):UTF8" "$f" >/dev/null
  mv "$b.txt" "$b.lo.txt"
  pdftotext "$b.pdf" "$b.pdftotext.txt"
  pdftotext -raw "$b.pdf" "$b.raw.txt"
  pdftotext -layout "$b.pdf" "$b.layout.txt"
done
