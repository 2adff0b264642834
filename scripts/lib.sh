# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${PRAKLIT_BUILD_DIR:-$ROOT/build}"

# Debian/Ubuntu packages the build, the tests and the GUI need.
PACKAGES=(
  cmake ninja-build g++ pkg-config ccache gettext
  libwxgtk3.2-dev libsoci-dev libsqlite3-dev libpq-dev libicu-dev
  libboost-locale-dev libboost-date-time-dev libcurl4-openssl-dev libphonenumber-dev
  libpango1.0-dev libcairo2-dev libssl-dev libsodium-dev nlohmann-json3-dev libcli11-dev libxlsxwriter-dev libcsv-dev
  libgtest-dev libgmock-dev libbenchmark-dev libp11-kit-dev
  fonts-noto-core
)
TEST_PACKAGES=(postgresql openssl xvfb xauth xdotool imagemagick poppler-utils python3-openpyxl kannel kannel-extras softhsm2 opensc)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs only the packages that are not installed yet.
ensure_packages() {
  local missing=()
  local p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  if ! command -v apt-get >/dev/null; then
    log "Missing packages (install them by hand): ${missing[*]}"
    return 1
  fi
  log "Installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build TYPE [CMAKE_ARGS...]
build() {
  local type="${1:-Release}"
  shift || true
  local launcher=()
  if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  log "Configuring ($type${*:+ $*}) in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" "$@" >/dev/null
  log "Building"
  cmake --build "$BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"
}
