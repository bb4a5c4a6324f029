#!/usr/bin/env bash
# Runs the README's test command the way a newcomer would: in a clean Debian
# 12 root made with debootstrap (the minimal base system plus git and
# ca-certificates, nothing else), from a fresh clone of this checkout's HEAD.
# The root gets only what it needs to reach the package registries exactly as
# this host does: its apt sources and apt settings, its CA certificates, its
# npm registry settings and its resolver. Needs root (debootstrap, chroot,
# mounts).
#   bench/clean_root.sh [DIR]     default /var/tmp/kiln-clean-root (made anew)
#   KILN_KEEP_ROOT=1 ...          leave DIR in place afterwards
# Prints the test command's output and, last, its closing line; the exit
# status is the test command's.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
root=${1:-/var/tmp/kiln-clean-root}

if [ "$(id -u)" -ne 0 ]; then
  echo "clean_root: needs root (debootstrap, chroot and mounts)" >&2
  exit 2
fi
if ! command -v debootstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

# The host's Debian mirror, from its sources (deb822 or one-line form).
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 || true)
if [ -z "$mirror" ]; then
  mirror=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  if [ "${KILN_KEEP_ROOT:-0}" != 1 ]; then rm -rf "$root"; fi
}
trap cleanup EXIT

rm -rf "$root"
mkdir -p "$root"
echo "clean_root: debootstrap bookworm (minbase, git, ca-certificates) into $root"
debootstrap --variant=minbase --include=git,ca-certificates bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
  tail -n 20 "$root.debootstrap.log" >&2
  exit 1
}
rm -f "$root.debootstrap.log"

# Reaching the registries as the host does.
rm -rf "$root/etc/apt/sources.list.d" "$root/etc/apt/sources.list"
cp -a /etc/apt/sources.list.d "$root/etc/apt/"
[ -f /etc/apt/sources.list ] && cp -a /etc/apt/sources.list "$root/etc/apt/"
for conf in /etc/apt/apt.conf.d/*; do
  if grep -q "Acquire" "$conf" 2>/dev/null; then cp -a "$conf" "$root/etc/apt/apt.conf.d/"; fi
done
cp -aL /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# debootstrap writes no /etc/hosts; an installed Debian system has this one
# (written by the installer), so "localhost" resolves as it does there.
if [ ! -s "$root/etc/hosts" ]; then
  printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\nff02::1\t\tip6-allnodes\nff02::2\t\tip6-allrouters\n' \
    >"$root/etc/hosts"
fi
if [ -d /usr/local/share/ca-certificates ]; then
  cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
cp -aL /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
for npmrc in /etc/npmrc /usr/etc/npmrc /root/.npmrc; do
  if [ -f "$npmrc" ]; then
    mkdir -p "$root$(dirname "$npmrc")"
    cp -a "$npmrc" "$root$npmrc"
  fi
done

git clone -q --no-local "$repo" "$root/root/kiln"
git -C "$root/root/kiln" log --oneline -1

for fs in proc sys dev dev/pts; do
  mkdir -p "$root/$fs"
  case "$fs" in
    proc) mount -t proc proc "$root/proc" ;;
    sys) mount -t sysfs sysfs "$root/sys" ;;
    dev) mount --bind /dev "$root/dev" ;;
    dev/pts) mount -t devpts devpts "$root/dev/pts" 2>/dev/null || mount --bind /dev/pts "$root/dev/pts" ;;
  esac
  mounted+=("$root/$fs")
done
mkdir -p "$root/dev/shm"

echo "clean_root: running the README's test command in the clean root"
rc=0
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 TERM=dumb CI=true bash -c 'cd /root/kiln && bash scripts/test.sh' </dev/null || rc=$?
echo "clean_root: the test command exited $rc"
exit "$rc"
