#!/usr/bin/env bash
# package-test.sh BUILD_DIR APP_ID VERSION (CTest "package", README "Tests"): builds the Debian
# package of BUILD_DIR with cpack into a temporary folder, extracts it with dpkg-deb -x into a
# temporary root and checks it as a user's machine would: the layout; the extracted binary
# writes a board pack from a demo database; desktop-file-validate, appstreamcli validate
# --no-net, update-mime-database, the man page through groff; lintian without an error.
# A missing tool is a failure, never a skip.
set -euo pipefail
build=$1
id=$2
version=$3
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }

for tool in cpack dpkg-deb desktop-file-validate appstreamcli lintian pdfinfo groff \
    update-mime-database file zcat; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/install-deps.sh)"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The package, written outside the build directory.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$tmp"/pkg/dealix-desk_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one dealix-desk_${version}_*.deb, found: $(ls "$tmp/pkg")"
deb=${debs[0]}
echo "package-test: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# Its control fields: the name, the version, computed library dependencies and the fonts.
control=$(dpkg-deb -f "$deb")
echo "$control"
grep -qx "Package: dealix-desk" <<<"$control" || fail "Package field"
grep -qx "Version: $version" <<<"$control" || fail "Version field"
grep -q "^Maintainer: .*<.*@.*>" <<<"$control" || fail "Maintainer field"
grep -q "^Section: " <<<"$control" || fail "Section field"
depends=$(grep "^Depends: " <<<"$control") || fail "no Depends field"
for dep in fonts-noto-core libqt6sql6-sqlite libqt6sql6-psql libc6 libqt6core6 libicu libcups2; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

# The layout, extracted as dpkg would install it.
root=$tmp/root
dpkg-deb -x "$deb" "$root"
share=$root/usr/share
for f in usr/bin/dealix-desk "usr/share/applications/$id.desktop" \
    "usr/share/metainfo/$id.metainfo.xml" "usr/share/mime/packages/$id.xml" \
    "usr/share/icons/hicolor/scalable/apps/$id.svg" usr/share/man/man1/dealix-desk.1.gz \
    usr/share/doc/dealix-desk/copyright usr/share/doc/dealix-desk/changelog.gz; do
    [ -f "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || fail "the package lacks the ${size}x${size} icon"
    file "$png" | grep -q "PNG image data, $size x $size," || fail "$(file "$png")"
done
[ -x "$root/usr/bin/dealix-desk" ] || fail "usr/bin/dealix-desk is not executable"

# The packaged binary (no LD_LIBRARY_PATH: its libraries are the system's) writes a board pack.
export QT_QPA_PLATFORM=offscreen HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config \
    XDG_DATA_HOME=$tmp/home/data XDG_CACHE_HOME=$tmp/home/cache
mkdir -p "$HOME"
bin=$root/usr/bin/dealix-desk
[ "$("$bin" --version)" = "dealix-desk $version" ] || fail "--version: $("$bin" --version)"
"$bin" demo -o "$tmp/demo.sqlite" --as-of 2026-11-26T09:00:00Z >/dev/null
"$bin" board-pack --source "sqlite:$tmp/demo.sqlite" --tenant najd-trading \
    --as-of 2026-11-26T09:00:00Z -o "$tmp/pack.pdf" >/dev/null
pages=$(pdfinfo "$tmp/pack.pdf" | sed -n 's/^Pages: *//p')
echo "package-test: the packaged binary wrote a board pack of $pages pages"
# The cover, the contents and a page per surface at least.
[ "${pages:-0}" -ge 10 ] || fail "board pack of ${pages:-no} pages"
# And opens a file given as a path (the desktop entry's Exec=dealix-desk %f).
"$bin" "$tmp/demo.sqlite" --screenshot "$tmp/window.png" >/dev/null
file "$tmp/window.png" | grep -q "PNG image data, 1280 x 800" || fail "dealix-desk FILE"

# The validators of the desktop's files.
grep -qx "Exec=dealix-desk %f" "$share/applications/$id.desktop" || fail "Exec line"
grep -qx "Icon=$id" "$share/applications/$id.desktop" || fail "Icon line"
grep -q "^MimeType=.*application/x-dealix-review;" "$share/applications/$id.desktop" ||
    fail "MimeType line"
grep -q "^Name\[ar\]=" "$share/applications/$id.desktop" || fail "no Arabic name"
desktop-file-validate "$share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$share/metainfo/$id.metainfo.xml" ||
    fail "appstreamcli validate"
meta=$share/metainfo/$id.metainfo.xml
grep -q "<release version=\"$version\"" "$meta" || fail "release"
for want in '<content_rating type="oars-1.1"' "<launchable type=\"desktop-id\">$id.desktop<" \
    '<binary>dealix-desk</binary>' '<summary xml:lang="ar">' '<p xml:lang="ar">' \
    '<image>https://'; do
    grep -qF "$want" "$meta" || fail "the metainfo lacks $want"
done
# The changelog's release date is the metainfo's, its weekday right (both come from one CMake
# value; date(1) checks the weekday CMake worked out).
released=$(sed -nE "s/.*<release version=\"$version\" date=\"([0-9-]+)\".*/\1/p" "$meta")
stamp=$(gzip -dc "$root/usr/share/doc/dealix-desk/changelog.gz" | sed -nE 's/^ -- .*  (.*)$/\1/p')
[[ -n $released && -n $stamp ]] || fail "no release date in the metainfo or the changelog"
[[ $(LC_ALL=C date -u -d "$released" '+%a, %d %b %Y 00:00:00 +0000') == "$stamp" ]] ||
    fail "the changelog says $stamp, the metainfo $released"
# Every screenshot the metainfo shows is a picture of this repository (README's, under docs/).
src=$(cd "$(dirname "$0")/../.." && pwd)
grep -o '<image>[^<]*</image>' "$meta" | sed -E 's|<image>[^<]*/(docs/[^<]*)</image>|\1|' |
    while read -r picture; do
        [[ -f "$src/$picture" ]] || fail "the metainfo shows $picture, which is not in the repository"
    done
# (into the user's data folder, where update-mime-database expects a database)
mkdir -p "$XDG_DATA_HOME"
cp -r "$share/mime" "$XDG_DATA_HOME/mime"
update-mime-database "$XDG_DATA_HOME/mime" 2>"$tmp/mime.err" || fail "update-mime-database"
[ ! -s "$tmp/mime.err" ] || { cat "$tmp/mime.err" >&2; fail "update-mime-database warned"; }
grep -qx "application/x-dealix-review" "$XDG_DATA_HOME/mime/types" ||
    fail "the MIME type is not registered"
# Its magic: SQLite's header, then the application id "DXOC" at offset 68.
grep -qa "SQLite format 3" "$XDG_DATA_HOME/mime/magic" && grep -qa ">68=.*DXOC" \
    "$XDG_DATA_HOME/mime/magic" || fail "the MIME magic"

# The man page renders without a warning and names every command --help names.
zcat "$share/man/man1/dealix-desk.1.gz" >"$tmp/dealix-desk.1"
head -1 "$tmp/dealix-desk.1" | grep -q '^\.TH DEALIX\\-DESK 1 ' || fail "man page .TH"
groff -man -Tutf8 -ww "$tmp/dealix-desk.1" >"$tmp/man.utf8" 2>"$tmp/groff.err" || fail "groff"
[ ! -s "$tmp/groff.err" ] || { cat "$tmp/groff.err" >&2; fail "groff warned"; }
# (groff draws \- as a minus sign and may hyphenate: read both back as "-")
# (bold is drawn by overstriking: keep the characters only)
sed 's/.\x08//g; s/\xe2\x88\x92/-/g; s/\xe2\x80\x90/-/g' "$tmp/man.utf8" >"$tmp/man.txt"
commands=$("$bin" --help | sed -n '/^Commands:$/,/^$/p' | grep -E '^  [a-z]' | awk '{print $1}' |
    sort -u)
[ "$(wc -l <<<"$commands")" -ge 10 ] || fail "--help lists no commands"
for c in $commands; do
    grep -q "^       $c" "$tmp/man.txt" || fail "the man page lacks $c"
done

# lintian: warnings are listed in the README; an error (or lintian failing to run) fails.
rc=0
lintian --tag-display-limit 0 "$deb" >"$tmp/lintian.txt" 2>&1 || rc=$?
cat "$tmp/lintian.txt"
! grep -q '^E: ' "$tmp/lintian.txt" || fail "lintian reports errors"
[ "$rc" -eq 0 ] || fail "lintian exited with $rc"
echo "package-test: ok"
