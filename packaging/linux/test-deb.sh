#!/usr/bin/env bash
# Installs the built .deb into a minimal root (busybox only: no desktop menu folders, no xdg-utils,
# no caches' tools), runs the installed CLI, removes and purges the package, and checks that the
# root holds exactly the files it held before. Needs root (dpkg --root chroots for the maintainer
# scripts) and busybox (Debian package busybox-static). Run by: mvn -Ppackage verify (Linux).
# Usage: packaging/linux/test-deb.sh target/jpackage/installer/annalist_*.deb
set -euo pipefail
deb=$(readlink -f "$1")
if [ "$(id -u)" != 0 ]; then
  echo "test-deb: skipped: needs root (dpkg --root chroots for the maintainer scripts); CI runs it as root"
  exit 0
fi
busybox=$(command -v busybox || true)
if [ -z "$busybox" ] && command -v apt-get >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null && busybox=$(command -v busybox)
fi
[ -n "$busybox" ] || { echo "test-deb: needs busybox (Debian package busybox-static)" >&2; exit 1; }

root=$(mktemp -d /tmp/annalist-deb-root.XXXXXX)
trap 'rm -rf "$root" "$root.install.log" "${sentence:-}"' EXIT
mkdir -p "$root"/bin "$root"/tmp "$root"/var/lib/dpkg/info "$root"/var/lib/dpkg/updates "$root"/usr/share "$root"/etc
cp "$busybox" "$root/bin/busybox"
for tool in sh cp rm rmdir mkdir chmod ls cat; do ln -s busybox "$root/bin/$tool"; done
mkdir -p "$root/dev" && mknod -m 666 "$root/dev/null" c 1 3
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
list() { (cd "$root" && find . -path ./var/lib/dpkg -prune -o -print | sort); }
list > "$root/../before.$$"

dpkg=(dpkg --root="$root" --force-depends --force-not-root --log=/dev/null)
PATH=/usr/sbin:/usr/bin:/sbin:/bin "${dpkg[@]}" -i "$deb" >/dev/null 2>"$root.install.log" || { echo "test-deb: install failed" >&2; exit 1; }
[ -f "$root/usr/share/applications/annalist.desktop" ] || { echo "test-deb: no menu entry installed" >&2; exit 1; }
if find "$root" -name defaults.list -o -name mimeapps.list | grep -q .; then
  echo "test-deb: the package made itself a default application" >&2; exit 1
fi
sentence=$(mktemp /tmp/annalist-deb-text.XXXXXX)
echo "France voted on Monday." > "$sentence"
version=$("$root/opt/annalist/bin/Annalist" timex --dct 2016-10-05 "$sentence" 2>&1) \
  || { echo "test-deb: the installed CLI failed: $version" >&2; exit 1; }
echo "$version" | grep -q "2016-10-03" || { echo "test-deb: the installed CLI gave: $version" >&2; exit 1; }
PATH=/usr/sbin:/usr/bin:/sbin:/bin "${dpkg[@]}" -r annalist >/dev/null || { echo "test-deb: remove failed" >&2; exit 1; }
PATH=/usr/sbin:/usr/bin:/sbin:/bin "${dpkg[@]}" -P annalist >/dev/null || { echo "test-deb: purge failed" >&2; exit 1; }
list > "$root/../after.$$"
if ! diff -u "$root/../before.$$" "$root/../after.$$"; then
  echo "test-deb: install, remove and purge left the files above behind" >&2; rm -f "$root"/../{before,after}.$$; exit 1
fi
rm -f "$root"/../{before,after}.$$
echo "test-deb: installed, ran, removed and purged $(basename "$deb") in a minimal root; nothing left behind"
