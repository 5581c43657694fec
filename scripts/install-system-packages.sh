#!/usr/bin/env bash
# Debian packages the test suite needs beyond Python: the PostgreSQL server, so the store's tests
# run against PostgreSQL as well as SQLite. Installed only when missing and only as root (as CI
# runs); elsewhere the PostgreSQL tests skip and say why.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "note: PostgreSQL server not installed and not root: PostgreSQL tests will skip (apt-get install postgresql)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
