// Compiled into every program of a sanitized build (PRAKLIT_SANITIZE), so
// the tests, the CLI and the desktop run under the same rules whether ctest,
// a script or a developer starts them. The runtimes call these weak hooks.
extern "C" {

// A finding stops the program with an error, and the stacks name our lines.
const char* __asan_default_options()
{
    return "detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1";
}

const char* __ubsan_default_options() { return "print_stacktrace=1:halt_on_error=1"; }

// Memory the system's libraries keep for the life of the process by design:
// fontconfig's and Pango's caches, GLib's type system, GTK's and X's
// per-display state. Leaks in our own code are still reported.
const char* __lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n"
           "leak:libpango\n"
           "leak:libcairo.so\n"
           "leak:libharfbuzz.so\n"
           "leak:libglib-2.0.so\n"
           "leak:libgobject-2.0.so\n"
           "leak:libgio-2.0.so\n"
           "leak:libgtk-3.so\n"
           "leak:libgdk-3.so\n"
           "leak:libX11.so\n"
           "leak:libatk\n"
           "leak:libdbus-1.so\n";
}
}
