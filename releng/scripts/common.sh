# Shared by the developer scripts: repository root, a JDK >= 21 as JAVA_HOME, and a display for SWT.
QA_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
QA_PRODUCT=$QA_REPO/releng/org.qaworkbench.product/target/products/org.qaworkbench.product/linux/gtk/x86_64
. "$QA_REPO/features/org.qaworkbench.feature/rootfiles/lib/launch.sh"

qa_use_java() {
  JAVA_HOME=$(qa_find_java_home) || exit 1
  export JAVA_HOME
}

# Re-runs the calling script under Xvfb when there is no display (a server, CI). Needs the xvfb package.
qa_ensure_display() {
  if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "No display and no xvfb-run: install the xvfb package (apt-get install xvfb)." >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
  fi
}
