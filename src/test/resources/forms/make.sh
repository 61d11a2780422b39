#!/bin/sh
# Regenerates the blank forms of this folder: `igf-report init` of the 2017 and 2019 templates as
# Word (python-docx is not needed: init writes the .docx with Apache POI), then LibreOffice's PDF of
# each, so that `templates import` of a PDF reads label cells whose label wraps and whose hint is a
# second paragraph in smaller type.
# usage: src/test/resources/forms/make.sh target/igf-report.jar
set -eu
jar=$1
dir=$(dirname -- "$0")
for t in igf-2017-workshop igf-2019-session; do
  rm -f "$dir/$t-blank.docx" "$dir/$t-blank.pdf"
  java -jar "$jar" init --template "$t" -o "$dir/$t-blank.docx"
  soffice --headless --convert-to pdf --outdir "$dir" "$dir/$t-blank.docx" > /dev/null
done
