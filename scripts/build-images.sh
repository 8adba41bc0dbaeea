#!/usr/bin/env bash
# Build Maiev's container images without `docker build` and without pulling anything
# (see ../shared/docs/PLATFORM.md): a self-contained `dotnet publish` for linux-x64, the shared
# libraries `ldd` names, busybox for a shell and a world-writable /tmp, imported with
# `tar -c . | docker import`. Uses DOCKER_HOST from the environment (scripts/services.sh env).
#
#   scripts/build-images.sh workload IMAGE[:TAG] [VERSION]   the sample (samples/Maiev.Samples.Workload)
#   scripts/build-images.sh node     IMAGE[:TAG] [VERSION]   the Maiev node (src/Maiev.Node)
#   scripts/build-images.sh broken   IMAGE[:TAG] [VERSION]   an image whose entrypoint exits 1 at once
#
# VERSION (default: TAG, or "dev") is baked in as WORKLOAD_VERSION / MAIEV_VERSION.
# The root filesystem is cached by a hash of its inputs under $MAIEV_IMAGE_CACHE
# (default artifacts/images); an image already built from the same hash and version is kept
# as it is. Builds of one kind are serialized with flock, so parallel callers are safe.
# Prints the image reference on the last line of stdout; progress goes to stderr.
set -euo pipefail

usage() {
  echo "usage: scripts/build-images.sh workload|node|broken IMAGE[:TAG] [VERSION]" >&2
  exit 2
}
(($# >= 2 && $# <= 3)) || usage
KIND=$1 IMAGE=$2
case $KIND in workload | node | broken) ;; *) echo "build-images: unknown kind '$KIND'" >&2; usage ;; esac
[[ $IMAGE == *:* && ${IMAGE##*/} == *:* ]] || IMAGE=$IMAGE:latest
TAG=${IMAGE##*:}
VERSION=${3:-$TAG}
[[ $VERSION == latest ]] && VERSION=dev
[[ $VERSION =~ ^[A-Za-z0-9._+-]+$ ]] || { echo "build-images: VERSION '$VERSION' may only hold letters, digits and . _ + -" >&2; exit 2; }
: "${DOCKER_HOST:?build-images: DOCKER_HOST is not set (eval \"\$(scripts/services.sh env)\")}"
for tool in docker flock ldd tar sha256sum; do
  command -v "$tool" >/dev/null || { echo "build-images: '$tool' is missing" >&2; exit 1; }
done
[[ $KIND == broken ]] || command -v dotnet >/dev/null || { echo "build-images: 'dotnet' is missing" >&2; exit 1; }
[[ -x /bin/busybox ]] || { echo "build-images: /bin/busybox is missing (apt-get install busybox-static)" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRIPT=$ROOT/scripts/build-images.sh
CACHE=${MAIEV_IMAGE_CACHE:-$ROOT/artifacts/images}
mkdir -p "$CACHE"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
STARTED=$(date +%s.%N)
say() { echo "[build-images] $*" >&2; }

case $KIND in
  workload) INPUTS=(samples/Maiev.Samples.Workload) PROJECT=samples/Maiev.Samples.Workload APP=workload ;;
  node) INPUTS=(src) PROJECT=src/Maiev.Node APP=Maiev.Node ;;
  broken) INPUTS=() PROJECT= APP= ;;
esac
SHARED=(Directory.Build.props Directory.Packages.props global.json nuget.config .editorconfig)

# The hash covers every input file (not bin/ or obj/), the shared build files, this script and the SDK.
input_files() {
  (cd "$ROOT" && { ((${#INPUTS[@]})) && find "${INPUTS[@]}" -type f -not -path '*/bin/*' -not -path '*/obj/*'; printf '%s\n' "${SHARED[@]}"; } | LC_ALL=C sort)
}
HASH=$(
  {
    input_files | (cd "$ROOT" && xargs -d '\n' sha256sum)
    sha256sum "$SCRIPT" | cut -d' ' -f1
    echo "$KIND"
    [[ $KIND == broken ]] || dotnet --version
  } | sha256sum | cut -c1-16
)
DIR=$CACHE/$KIND-$HASH
TAR=$DIR/rootfs.tar

# Copies the libraries a binary needs into the root filesystem, under the directory ldd names.
copy_libraries() { # ROOTFS FILE...
  local rootfs=$1 lib
  shift
  for lib in $(ldd "$@" 2>/dev/null | awk -v own="$rootfs/" '$2 == "=>" && $3 ~ /^\// && index($3, own) != 1 { print $3 }' | sort -u); do
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
  done
}

base_rootfs() { # ROOTFS
  local rootfs=$1 tool
  mkdir -p "$rootfs"/{bin,etc,tmp,lib/x86_64-linux-gnu,lib64,data}
  chmod 1777 "$rootfs/tmp" "$rootfs/data"
  cp -L /bin/busybox "$rootfs/bin/busybox"
  for tool in $(/bin/busybox --list); do
    [[ $tool == busybox ]] || ln -sf busybox "$rootfs/bin/$tool"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
  printf 'hosts: files dns\n' >"$rootfs/etc/nsswitch.conf"
}

build_rootfs() { # WORK
  local work=$1 rootfs=$1/rootfs src=$1/src
  base_rootfs "$rootfs"
  [[ $KIND == broken ]] && return 0

  # Publish from a private copy of the inputs, so the caller's bin/ and obj/ are never touched.
  mkdir -p "$src"
  input_files | (cd "$ROOT" && xargs -d '\n' cp --parents -t "$src")
  say "dotnet publish $PROJECT (self-contained linux-x64)"
  if ! dotnet publish "$src/$PROJECT" -c Release -r linux-x64 --self-contained \
    -p:InvariantGlobalization=true -p:DebugType=none -p:GenerateDocumentationFile=false \
    -o "$rootfs/app" -nologo -v q -clp:ErrorsOnly -nodeReuse:false >"$work/publish.log" 2>&1; then
    cat "$work/publish.log" >&2
    say "dotnet publish failed"
    exit 1
  fi

  cp -L /lib64/ld-linux-x86-64.so.2 "$rootfs/lib64/ld-linux-x86-64.so.2"
  copy_libraries "$rootfs" "$rootfs/app/$APP" "$rootfs"/app/*.so
  # dlopen()ed, so ldd cannot see them: TLS (amqps, https) and compression.
  local lib
  for lib in libssl.so.3 libcrypto.so.3 libz.so.1; do
    if [[ -e /lib/x86_64-linux-gnu/$lib ]]; then
      cp -L "/lib/x86_64-linux-gnu/$lib" "$rootfs/lib/x86_64-linux-gnu/$lib"
      copy_libraries "$rootfs" "/lib/x86_64-linux-gnu/$lib"
    fi
  done
}

exec 9>"$CACHE/$KIND.lock"
flock 9

if [[ -f $TAR ]]; then
  say "$KIND root filesystem $HASH is cached"
else
  say "$KIND root filesystem $HASH: building"
  WORK=$DIR.tmp.$$
  rm -rf "$WORK"
  trap 'rm -rf "$WORK"' EXIT
  build_rootfs "$WORK"
  tar -C "$WORK/rootfs" --numeric-owner --owner=0 --group=0 -cf "$WORK/rootfs.tar" .
  mkdir -p "$DIR"
  mv "$WORK/rootfs.tar" "$TAR"
  rm -rf "$WORK"
  trap - EXIT
  # Keep the three newest root filesystems of this kind.
  ls -dt "$CACHE/$KIND"-*/ 2>/dev/null | tail -n +4 | xargs -r rm -rf
fi

STAMP="$HASH $VERSION"
if [[ $(docker image inspect "$IMAGE" --format '{{index .Config.Labels "org.maiev.build"}}' 2>/dev/null) == "$STAMP" ]]; then
  say "$IMAGE is up to date ($STAMP)"
else
  CHANGES=(--change "LABEL org.maiev.build=\"$STAMP\"" --change "LABEL org.maiev.kind=$KIND"
    --change "LABEL org.maiev.version=$VERSION" --change 'ENV PATH=/app:/bin' --change 'WORKDIR /app')
  case $KIND in
    workload) CHANGES+=(--change 'ENTRYPOINT ["/app/workload"]' --change 'CMD ["consume"]'
      --change "ENV WORKLOAD_VERSION=$VERSION") ;;
    node) CHANGES+=(--change 'ENTRYPOINT ["/app/Maiev.Node"]' --change "ENV MAIEV_VERSION=$VERSION"
      --change 'ENV DOTNET_gcServer=0') ;;
    broken) CHANGES+=(--change "ENTRYPOINT [\"/bin/sh\", \"-c\", \"echo 'maiev broken image $VERSION: exiting 1' >&2; exit 1\"]") ;;
  esac
  PREVIOUS=$(docker image inspect "$IMAGE" --format '{{.Id}}' 2>/dev/null || true)
  say "docker import $IMAGE"
  docker import "${CHANGES[@]}" --message "scripts/build-images.sh $KIND $VERSION" - "$IMAGE" <"$TAR" >/dev/null
  # The tag moved: drop the image it left behind unless something still uses it.
  [[ -z $PREVIOUS ]] || docker image rm "$PREVIOUS" >/dev/null 2>&1 || true
fi

SIZE=$(docker image inspect "$IMAGE" --format '{{.Size}}')
say "$IMAGE ($KIND $VERSION): $((SIZE / 1000000)) MB in $(awk -v a="$STARTED" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
echo "$IMAGE"
