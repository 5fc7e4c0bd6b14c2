@echo off
rem SPDX-License-Identifier: Apache-2.0
rem Starts Headroom from the build output on Windows; needs Java 21 or newer.
setlocal
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if not defined HEADROOM_JAVA_OPTS set "HEADROOM_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
"%JAVA%" %HEADROOM_JAVA_OPTS% -cp "%HERE%headroom-app.jar;%HERE%lib\*" dev.headroom.Launcher %*
if errorlevel 1 exit /b %errorlevel%
