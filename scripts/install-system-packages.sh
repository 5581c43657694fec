#!/usr/bin/env bash
# Debian packages the test suite needs beyond Python: the PostgreSQL server, so the store's tests
# run against PostgreSQL as well as SQLite, and Chromium, which the browser tests drive through
# Playwright (never `playwright install`). Installed only when missing and only as root (as CI
# runs); elsewhere those tests skip and say why.
set -euo pipefail
missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "note: ${missing[*]} not installed and not root: their tests will skip (apt-get install ${missing[*]})"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
