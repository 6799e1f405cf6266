#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Outbound developers
# The .deb: cpack builds it into a scratch folder; its control fields name the run-time
# packages dpkg-shlibdeps cannot see; it holds the expected files, and its programs carry no
# RPATH into the build tree. Then, as root (or with passwordless sudo), it is installed with
# `dpkg -i` + `apt-get -f install`, the installed programs run without a display, the desktop
# database maps mailto: to the app, and the package is purged again (always, through a trap),
# along with any package that the installation pulled in. Without root the install part is
# skipped (exit 77). Usage: deb_installs.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir=${1:?usage: $0 BUILD_DIR SOURCE_DIR}
source_dir=${2:?usage: $0 BUILD_DIR SOURCE_DIR}
export LC_ALL=C.UTF-8

for tool in cpack dpkg-deb dpkg-shlibdeps readelf file appstreamcli; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing (packages cmake, dpkg-dev, binutils, file, appstream)"; exit 1; }
done
[ -f "$build_dir/CPackConfig.cmake" ] || { echo "FAIL: no $build_dir/CPackConfig.cmake"; exit 1; }
[ -x "$build_dir/bin/outboundctl" ] || { echo "FAIL: no $build_dir/bin/outboundctl: build first"; exit 1; }

# Whether dpkg knows outbound in any state but not-installed (half-installed, config-files …).
package_present() {
    local status
    status=$(dpkg-query -W -f='${Status}' outbound 2>/dev/null) || return 1
    [[ $status != *not-installed ]]
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/outbound-deb.XXXXXX")
installed=0
sudo=()
cleanup() {
    local status=$?
    if [ "$installed" -eq 1 ]; then
        echo "deb_installs: purging the package"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive dpkg --purge outbound >/dev/null || status=1
        # Only what this test's own apt-get run added, never anything else.
        if [ -s "$scratch/pulled-in" ]; then
            echo "deb_installs: purging what the installation pulled in: $(tr '\n' ' ' <"$scratch/pulled-in")"
            # shellcheck disable=SC2046 # one package name per line
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq \
                -o DPkg::Lock::Timeout=120 $(cat "$scratch/pulled-in") >/dev/null || status=1
        fi
        if package_present; then
            echo "FAIL: the package is still known to dpkg after the purge"
            status=1
        fi
    fi
    rm -rf "$scratch"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "FAIL: $*"; exit 1; }

# -- Build the package ------------------------------------------------------------------------
echo "deb_installs: cpack -G DEB into $scratch"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"; fail "cpack -G DEB failed"; }
debs=("$scratch"/outbound_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    cat "$scratch/cpack.log"
    fail "cpack made no outbound_*.deb"
fi
deb=${debs[0]}
echo "deb_installs: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# -- Control fields ---------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
version=$("$build_dir/bin/outboundctl" --version | awk '{print $2}')
[ "$(field Package)" = outbound ] || fail "Package is '$(field Package)', not outbound"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Section)" = mail ] || fail "Section is '$(field Section)', not mail"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Description | wc -l)" -gt 2 ] || fail "Description has no long description"
depends=$(field Depends)
echo "deb_installs: Depends: $depends"
# One entry of a comma-separated list, with or without a version constraint.
has_relation() {
    local relations=${2//|/,}
    tr ',' '\n' <<<"$relations" | sed 's/^ *//; s/ *(.*//; s/ *$//' | grep -qxF "$1"
}
for package in libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0 libgmime-3.0-0; do
    has_relation "$package" "$depends" || fail "Depends lacks $package"
done
# dpkg-shlibdeps ran: the libraries the programs link to are there too.
for package in libqt6core6 libqt6widgets6 libc6; do
    has_relation "$package" "$depends" || fail "Depends lacks $package (did dpkg-shlibdeps run?)"
done
has_relation qt6-translations-l10n "$(field Recommends)" || fail "Recommends lacks qt6-translations-l10n"

# -- Contents ---------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$scratch/contents"
expected=(
    /usr/bin/outbound /usr/bin/outboundctl
    /usr/share/applications/org.outbound.Outbound.desktop
    /usr/share/metainfo/org.outbound.Outbound.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/outbound.svg
    /usr/share/man/man1/outbound.1.gz /usr/share/man/man1/outboundctl.1.gz
    /usr/share/doc/outbound/copyright /usr/share/doc/outbound/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/outbound.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$scratch/contents" || fail "the package lacks $path"
done
if grep -vE '^/(usr/?|usr/.*)?$' "$scratch/contents"; then
    fail "the package installs outside /usr (above)"
fi

dpkg-deb -x "$deb" "$scratch/root"
for file in org.outbound.Outbound.desktop:applications org.outbound.Outbound.metainfo.xml:metainfo \
    icons/outbound.svg:icons/hicolor/scalable/apps; do
    name=${file%%:*}
    cmp "$source_dir/resources/$name" "$scratch/root/usr/share/${file#*:}/$(basename "$name")" \
        || fail "the package's $(basename "$name") differs from resources/$name"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$scratch/root/usr/share/icons/hicolor/${size}x${size}/apps/outbound.png
    file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a $size px PNG"
done
for program in outbound outboundctl; do
    path=$scratch/root/usr/bin/$program
    [ -x "$path" ] || fail "/usr/bin/$program is not executable"
    if readelf -d "$path" | grep -E 'R(UN)?PATH'; then
        fail "/usr/bin/$program has an RPATH (above); installed programs must not point at the build tree"
    fi
    if grep -qaF "$build_dir/" <(readelf -p .interp -p .dynstr "$path" 2>/dev/null); then
        fail "/usr/bin/$program names the build folder $build_dir"
    fi
done
for page in outbound.1.gz outboundctl.1.gz; do
    gzip -t "$scratch/root/usr/share/man/man1/$page" || fail "$page is not gzip data"
done
# The installed tree as a software centre sees it: metainfo, desktop file and icons together.
appstreamcli validate-tree --no-net --strict --no-color "$scratch/root" >"$scratch/tree.log" 2>&1 || {
    cat "$scratch/tree.log"; fail "appstreamcli validate-tree rejects the installed files"; }
echo "deb_installs: control fields and contents are as expected"

# -- Install, run, purge ----------------------------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "deb_installs: SKIP installing: needs root or passwordless sudo"
        exit 77
    fi
fi
if package_present; then
    echo "deb_installs: SKIP installing: a package named outbound is installed already; leaving it alone"
    exit 77
fi

installed_packages() {
    # binary:Package carries an architecture only for foreign packages, as apt-get wants it.
    dpkg-query -W -f='${binary:Package} ${db:Status-Abbrev}\n' | awk '$2 ~ /^.i/ {print $1}' | sort
}
installed_packages >"$scratch/before"

installed=1 # from here on, the trap purges
echo "deb_installs: dpkg -i $(basename "$deb")"
# Missing dependencies make dpkg -i fail and leave the package unconfigured: apt fixes that.
# dpkg has no lock timeout of its own: wait here while another apt or dpkg runs.
for _ in $(seq 1 60); do
    status=0
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >"$scratch/dpkg.log" 2>&1 || status=$?
    grep -q 'dpkg frontend lock\|dpkg status database is locked' "$scratch/dpkg.log" || break
    sleep 2
done
cat "$scratch/dpkg.log"
echo "deb_installs: apt-get -f install (dpkg -i exited with $status)"
apt_status=0
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=120 || apt_status=$?
# Whatever apt added is purged again by the trap, even when apt failed half-way.
installed_packages >"$scratch/after"
comm -13 "$scratch/before" "$scratch/after" | grep -vx 'outbound' >"$scratch/pulled-in" || true
[ "$apt_status" -eq 0 ] || fail "apt-get -f install failed (exit $apt_status)"
[ "$(dpkg-query -W -f='${Status}' outbound 2>/dev/null)" = "install ok installed" ] \
    || fail "outbound is not installed and configured: $(dpkg-query -W -f='${Status}' outbound 2>&1)"

# The installed programs, with no display at all.
for program in outboundctl outbound; do
    output=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/$program --version 2>&1) \
        || fail "/usr/bin/$program --version failed: $output"
    grep -qF "$version" <<<"$output" || fail "/usr/bin/$program --version printed '$output'"
    echo "deb_installs: /usr/bin/$program --version: $output"
done

# The installed app starts for real (offscreen, on a scratch profile): its plugins (SQLite
# driver, platform) load, it sends one message to its sandbox, opens every window and quits.
tour=$scratch/tour
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen OUTBOUND_SCREENSHOTS="$tour" \
    timeout 120 /usr/bin/outbound --profile "$scratch/profile" >"$scratch/app.log" 2>&1 \
    || { cat "$scratch/app.log"; fail "the installed outbound did not start and quit cleanly"; }
[ -s "$tour/main.png" ] && [ -s "$tour/compose.png" ] \
    || { cat "$scratch/app.log"; fail "the installed outbound showed no windows"; }
grep -q "Hello from Outbound" "$tour/main.txt" \
    || fail "the installed outbound did not queue its sandbox message"
echo "deb_installs: /usr/bin/outbound started, showed its windows and quit"

# desktop-file-utils' trigger updates the MIME cache when a desktop file is installed.
if command -v update-desktop-database >/dev/null; then
    cache=/usr/share/applications/mimeinfo.cache
    grep -E '^x-scheme-handler/mailto=(.*;)?org\.outbound\.Outbound\.desktop;' "$cache" \
        || fail "$cache does not map x-scheme-handler/mailto to org.outbound.Outbound.desktop"
else
    echo "deb_installs: desktop-file-utils is not installed; not checking the MIME cache"
fi
echo "deb_installs: the package installs and runs"
