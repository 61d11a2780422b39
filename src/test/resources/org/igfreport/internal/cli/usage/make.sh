#!/bin/sh
# Regenerates the files of this folder: for line N of lines.txt (arguments split at spaces, an empty
# line is no argument), N.out, N.err and N.status are what `java -jar JAR LINE` wrote and returned,
# run from the repository's root. First made with the jar of commit 50ed1d7, whose commands were declared
# with picocli's annotations (the programmatic commands must give the same bytes); remade when init
# and templates import were added (only their lines changed), when check gained --baseline,
# --write-baseline and the codequality format (the lines of check --help and of an unknown format),
# when explain, --output FORMAT=FILE, --stdin-filename and the markdown format were added, and when
# summary was (the root's lines and its own), when every command gained --locale (every --help line),
# when check, summary and sentences gained --lang, and when lines in French and Spanish were added (20 on:
# picocli's headings and its common parse errors in the language of --locale; lines 1-19 unchanged).
# usage: src/test/resources/org/igfreport/internal/cli/usage/make.sh target/igf-report.jar
set -u
jar=$1
dir=$(dirname -- "$0")
n=0
while IFS= read -r line; do
  n=$((n + 1))
  # shellcheck disable=SC2086
  java -jar "$jar" $line > "$dir/$n.out" 2> "$dir/$n.err"
  echo $? > "$dir/$n.status"
done < "$dir/lines.txt"
