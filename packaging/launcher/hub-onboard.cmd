@echo off
rem Hub Onboard launcher for a source build on Windows (installers use jpackage's own launchers); the twin of
rem the POSIX shell script "hub-onboard" beside it: same Java options, class path, main class and arguments, and the
rem exit code of java (check: 0 ready, 1 not ready, 2 usage, 3 unreachable).
rem Java: %HUB_ONBOARD_JAVA% if set, else the JDK that built this copy, else %JAVA_HOME%\bin\java.exe, else java on
rem the PATH. No parenthesized blocks: a path such as "C:\Program Files (x86)\..." would end one early.
setlocal
set "HERE=%~dp0.."
set "JAVA_EXE=%HUB_ONBOARD_JAVA%"
if not defined JAVA_EXE set "JAVA_EXE=@JAVA_HOME@\bin\java.exe"
if not exist "%JAVA_EXE%" if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA_EXE%" set "JAVA_EXE=java"
"%JAVA_EXE%" @JAVA_OPTIONS@ @INSTALLED_OPTIONS@ -cp "%HERE%\lib\*" @MAIN_CLASS@ %*
exit /b %ERRORLEVEL%
