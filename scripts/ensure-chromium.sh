#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the Playwright e2e tests (Playwright's own browser download
# cannot work on machines without general internet access). Set PARLEY_CHROMIUM to use another binary.
set -euo pipefail
if [[ -n "${PARLEY_CHROMIUM:-}" && -x "${PARLEY_CHROMIUM}" ]]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
echo "Chromium not found; installing Debian's chromium package for the e2e tests…" >&2
SUDO=""
if [[ "$(id -u)" != "0" ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium >/dev/null
