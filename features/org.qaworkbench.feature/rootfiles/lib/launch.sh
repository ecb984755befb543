# Shared by the qa-workbench and qa launchers and by the developer scripts in releng/scripts. Bash only.

QA_MIN_JAVA=21

# Prints the major version of the JDK or JRE in folder $1, from its release file or, failing that, from java itself.
qa_java_major() {
  local v=""
  [ -f "$1/release" ] && v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  [ -n "$v" ] || v=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)
  echo "${v:-0}"
}

# Where JDKs are usually installed; QA_JDK_FOLDERS (space-separated globs) replaces the list.
QA_JDK_FOLDERS=${QA_JDK_FOLDERS:-"/usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/java/* /usr/local/java/* $HOME/.sdkman/candidates/java/* $HOME/.jdks/*"}

# Prints the home folder of a Java >= 21: JAVA_HOME first, then java on the PATH, then QA_JDK_FOLDERS.
# Otherwise says which Java it found and what is needed, and returns 1.
qa_find_java_home() {
  local candidates=() seen="" dir on_path
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  on_path=$(command -v java 2>/dev/null) && candidates+=("$(dirname "$(dirname "$(readlink -f "$on_path")")")")
  # shellcheck disable=SC2086 # the globs are meant to expand
  for dir in $QA_JDK_FOLDERS; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] || continue
    local major; major=$(qa_java_major "$dir")
    if [ "$major" -ge "$QA_MIN_JAVA" ]; then echo "$dir"; return 0; fi
    case " $seen " in *" $dir"*) ;; *) seen+="${seen:+, }Java $major at $dir" ;; esac
  done
  echo "QA Workbench needs Java $QA_MIN_JAVA or newer, but found ${seen:-no Java at all}. Install a JDK $QA_MIN_JAVA+ (for example Temurin 21) or set JAVA_HOME to one." >&2
  return 1
}

# The free space (KB) the cache's disk must have for an archive to be made there: an archive takes 20-40 MB, and
# the database on the same disk must keep room to save.
QA_CACHE_MIN_FREE_KB=${QA_CACHE_MIN_FREE_KB:-262144}

# True when folder $1 exists or can be made, can be written (a file made in it proves it) and has room to spare.
qa_cache_usable() {
  mkdir -p "$1" 2>/dev/null || return 1
  local probe free
  probe=$(mktemp "$1/.write-check.XXXXXX" 2>/dev/null) || return 1
  rm -f "$probe"
  free=$(df -Pk "$1" 2>/dev/null | awk 'NR == 2 { print $4 }')
  [ -n "$free" ] && [ "$free" -ge "$QA_CACHE_MIN_FREE_KB" ]
}

# qa_launch PRODUCT_HOME APPLICATION INSTANCE [ARGUMENTS...]: starts an application of the installed product.
# --data DIR (or QA_WORKBENCH_DATA) chooses the data folder; INSTANCE "workspace" puts Eclipse's workspace
# metadata inside it, "@none" runs without one. --server URL (or QA_WORKBENCH_SERVER, or qa connect) opens a team
# database on a server instead of the embedded one. QA_JVM_OPTIONS (set by a launcher) and QA_WORKBENCH_VMARGS (set
# by the user) add JVM options.
qa_launch() {
  local home=$1 application=$2 instance=$3 data=${QA_WORKBENCH_DATA:-$HOME/.qa-workbench} args=() server=()
  shift 3
  while [ $# -gt 0 ]; do
    case $1 in
      --data) [ $# -ge 2 ] || { echo "$(basename "$0"): --data needs a folder" >&2; exit 2; }; data=$2; shift 2 ;;
      --data=*) data=${1#--data=}; shift ;;
      --server) [ $# -ge 2 ] || { echo "$(basename "$0"): --server needs an address such as postgresql://host:5432/qa" >&2; exit 2; }; server=(-Dqaworkbench.server="$2"); shift 2 ;;
      --server=*) server=(-Dqaworkbench.server="${1#--server=}"); shift ;;
      *) args+=("$1"); shift ;;
    esac
  done
  local java_home; java_home=$(qa_find_java_home) || exit 1
  data=$(realpath -m -- "$data")
  [ "$instance" = workspace ] && instance=$data/workspace
  local launcher=("$home"/plugins/org.eclipse.equinox.launcher_*.jar)
  # A class-data-sharing archive per application, made by the JVM on first use, saves about a third of the
  # startup time. It lives in the data folder because the installation may be read-only. It is only a speed-up,
  # but the JVM ends a finished command with exit 1 ("Unable to use shared archive") when it cannot write the
  # archive, and crashes on a damaged one: so it is used only where it can be written with room to spare, and
  # checked before use (a damaged one is made again); otherwise the JVM starts without it.
  local cds=()
  if qa_cache_usable "$data/cache"; then
    cds=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$data/cache/${application##*.}-java$(qa_java_major "$java_home").jsa"
      -XX:+VerifySharedSpaces -Xlog:cds*=off)
  fi
  # Commons Logging (PDFBox logs through it) goes to java.util.logging as well, configured below. Left to find a
  # logger by itself it would pick SLF4J, which in qa has no provider (SPI Fly is not started) and says so on stderr.
  local commons_logging=(-Dorg.apache.commons.logging.LogFactory=org.apache.commons.logging.impl.LogFactoryImpl
    -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.Jdk14Logger)
  # shellcheck disable=SC2086 # the option variables are lists of options
  exec "$java_home/bin/java" -XX:+UseSerialGC -XX:-UsePerfData \
    "${cds[@]}" \
    ${QA_JVM_OPTIONS:-} ${QA_WORKBENCH_VMARGS:-} \
    -Djava.util.logging.config.file="$home/lib/logging.properties" "${commons_logging[@]}" -Dqaworkbench.data="$data" "${server[@]}" -jar "${launcher[0]}" \
    -application "$application" -data "$instance" -nosplash "${args[@]}"
}
