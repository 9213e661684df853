#!/usr/bin/env bash
# The newest glibc a bundle needs: reads the version-needs section (readelf -V) of every ELF file under BUNDLE and
# prints the highest GLIBC_x.y any of them requires, e.g. "2.28", on stdout (build_deb.sh writes it into Depends).
# With MAX, fails (exit 1) if any file needs a newer glibc than MAX, naming each such file and its newer symbols.
# A summary (ELF count, the file with the highest need, the highest GLIBCXX for libstdc++) goes to stderr.
#   Usage: check_glibc.sh BUNDLE [MAX]        e.g. check_glibc.sh dist/policydesk 2.28
# Needs binutils (readelf, objdump). Files that are not ELF are skipped.
set -euo pipefail
BUNDLE=${1:?usage: check_glibc.sh BUNDLE [MAX]}
MAX=${2:-}
[ -d "$BUNDLE" ] || { echo "check_glibc.sh: no folder $BUNDLE" >&2; exit 2; }
command -v readelf >/dev/null || { echo "check_glibc.sh: readelf not found (install binutils)" >&2; exit 2; }
if [ -n "$MAX" ] && ! [[ "$MAX" =~ ^[0-9]+\.[0-9]+(\.[0-9]+)?$ ]]; then
  echo "check_glibc.sh: MAX must look like 2.28, not '$MAX'" >&2; exit 2
fi

newest() { sort -uV | tail -1; }            # the highest of the versions on stdin
newer() { [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | tail -1)" != "$2" ]; }   # is $1 newer than $2?

# one line per ELF file: "<highest GLIBC needed or 0> <highest GLIBCXX needed or 0> <path>"
table=$(mktemp)
trap 'rm -f "$table"' EXIT
while IFS= read -r -d '' f; do
  [ "$(head -c 4 "$f" 2>/dev/null | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  # only the needs section: a library's own version definitions (readelf's other section) are not needs
  needs=$(readelf -V -W "$f" 2>/dev/null | awk '/^Version needs section/ {n=1; next} /^Version (definition|symbols) section/ {n=0} n' \
    | grep -o 'Name: GLIBC\(XX\)\?_[0-9.]*' || true)
  g=$(echo "$needs" | sed -n 's/^Name: GLIBC_//p' | newest)
  x=$(echo "$needs" | sed -n 's/^Name: GLIBCXX_//p' | newest)
  echo "${g:-0} ${x:-0} $f" >> "$table"
done < <(find "$BUNDLE" -type f -print0)

count=$(wc -l < "$table")
[ "$count" -gt 0 ] || { echo "check_glibc.sh: no ELF file under $BUNDLE" >&2; exit 2; }
top=$(cut -d' ' -f1 "$table" | newest)
top_file=$(awk -v v="$top" '$1 == v {print $3; exit}' "$table")
cxx=$(cut -d' ' -f2 "$table" | newest)
echo "== $count ELF files in $BUNDLE: highest need GLIBC_$top (e.g. ${top_file#"$BUNDLE"/})$([ "$cxx" = 0 ] || echo ", GLIBCXX_$cxx")" >&2

if [ -n "$MAX" ]; then
  over=0
  while read -r g _ f; do
    newer "$g" "$MAX" || continue
    over=$((over + 1))
    # the symbols behind the need: objdump prints "(GLIBC_2.30) sem_clockwait" for an imported versioned symbol
    syms=$(objdump -T "$f" 2>/dev/null | awk '/\*UND\*/ && /GLIBC_[0-9]/ {v=$0; sub(/.*GLIBC_/, "", v); sub(/[) ].*/, "", v); print v, $NF}' \
      | while read -r v s; do if newer "$v" "$MAX"; then echo "$s@$v"; fi; done | sort -u | paste -sd" " || true)
    echo "✗ ${f#"$BUNDLE"/} needs GLIBC_$g: ${syms:-?}" >&2
  done < "$table"
  if [ "$over" -gt 0 ]; then
    echo "✗ $over of $count ELF files need a glibc newer than $MAX" >&2
    exit 1
  fi
  echo "✓ every ELF file needs GLIBC_$MAX or older" >&2
fi
echo "$top"
