/*
 * A stand-in java.exe / javaw.exe for .ci/wine-test: no JVM, only what the launcher's contract needs.
 *   -version (alone)  prints `openjdk version "%STANDIN_VERSION%" ...` on standard error (default 25.0.1), exits 0
 *   anything else     writes its name and each argument, one per line between [ and ], to %STANDIN_LOG% (UTF-8),
 *                     then exits with %STANDIN_EXIT% (default 0)
 * Built twice: java.exe (console) and javaw.exe (-DSTANDIN_JAVAW -mwindows), each logging its own name.
 * Arguments are read with the Windows C runtime's rules (wmain), as the JVM's launcher reads them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <windows.h>

#ifdef STANDIN_JAVAW /* built with -mwindows: a GUI program, as javaw.exe is */
#define NAME L"javaw"
#else
#define NAME L"java"
#endif

static void put(FILE *f, const wchar_t *w) {
    char buf[8192];
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, buf, sizeof buf, NULL, NULL);
    fprintf(f, "[%s]\n", n > 0 ? buf : "?");
}

int wmain(int argc, wchar_t **argv) {
    if (argc == 2 && wcscmp(argv[1], L"-version") == 0) {
        const wchar_t *v = _wgetenv(L"STANDIN_VERSION");
        fwprintf(stderr, L"openjdk version \"%ls\" 2025-10-21\nOpenJDK Runtime Environment (stand-in)\n",
                 v && *v ? v : L"25.0.1");
        return 0;
    }
    const wchar_t *log = _wgetenv(L"STANDIN_LOG");
    if (log && *log) {
        FILE *f = _wfopen(log, L"wb");
        if (f) {
            for (int i = 0; i < argc; i++) put(f, i == 0 ? NAME : argv[i]);
            fclose(f);
        }
    }
    const wchar_t *code = _wgetenv(L"STANDIN_EXIT");
    return code && *code ? _wtoi(code) : 0;
}
