#!/usr/bin/env bash
# A plain git pre-commit hook for copydesk: copy it to .git/hooks/pre-commit (and make it executable).
# It fixes what can be fixed in the staged articles, then stops the commit while errors remain or while
# fixes wait to be reviewed and staged. File names are read NUL-separated, exactly as git stores them, so
# spaces, quotes, newlines and non-ASCII letters in them are kept.
read -r -a copydesk <<<"${COPYDESK:-npx --no-install copydesk}"
files=()
while IFS= read -r -d '' file; do
  files+=("$file")
done < <(git diff --cached --name-only -z --diff-filter=ACMR -- '*.md' '*.markdown' '*.txt')
[ ${#files[@]} -eq 0 ] && exit 0
"${copydesk[@]}" fix -- "${files[@]}" || exit 1
# The names are paths, not patterns: a name with [ ] or * in it means that file only.
if ! git --literal-pathspecs diff --quiet -- "${files[@]}"; then
  echo "copydesk fixed the articles above; review the changes, stage them and commit again."
  exit 1
fi
