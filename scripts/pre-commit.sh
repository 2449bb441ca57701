#!/bin/sh
# A plain git pre-commit hook for copydesk: copy it to .git/hooks/pre-commit (and make it executable).
# It fixes what can be fixed in the staged articles, then stops the commit while errors remain or while
# fixes wait to be reviewed and staged.
COPYDESK=${COPYDESK:-"npx --no-install copydesk"}
files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.md' '*.markdown' '*.txt')
[ -z "$files" ] && exit 0
# shellcheck disable=SC2086
$COPYDESK fix $files || exit 1
# shellcheck disable=SC2086
if ! git diff --quiet -- $files; then
  echo "copydesk fixed the articles above; review the changes, stage them and commit again."
  exit 1
fi
