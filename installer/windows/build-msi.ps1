# Builds the Windows installer (target\installer\zhifa-*.msi) on a Windows build machine.
# Needs: Temurin JDK 25 (with jpackage) as JAVA_HOME, Apache Maven, and the WiX Toolset (3.14, or 4/5/6 with the
# UI extension) on PATH. Build on a Windows with the Chinese (zh-CN) system locale: jpackage then uses its zh_CN
# WiX strings (code page 936), which the Chinese product and menu names need.
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
$ErrorActionPreference = 'Stop'
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
$version = (([xml](Get-Content pom.xml)).project.version) -replace '-SNAPSHOT', ''
$out = 'target\installer'

mvn -q -B '-Dmaven.test.skip=true' package
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\input\lib", "$out\input\licenses" | Out-Null
Copy-Item target\zhifa-workstation.jar "$out\input\"
Copy-Item target\lib\*.jar "$out\input\lib\"
Copy-Item installer\licenses\* "$out\input\licenses\"

jpackage '@installer/jpackage/package.args' '@installer/jpackage/app-image.args' --type app-image `
    --app-version $version --input "$out\input" --dest $out --icon installer\icons\zhifa.ico
if ($LASTEXITCODE -ne 0) { throw 'jpackage app-image failed' }

# AOT cache: one training run of the GUI on a temporary data directory with the demo data (it exits by itself
# once login is ready), then the launcher is pointed at the cache (as scripts/appimage.sh does on Linux).
$cfg = "$out\zhifa\app\zhifa.cfg"
$final = Get-Content $cfg
Add-Content $cfg 'java-options=-XX:AOTCacheOutput=$APPDIR\zhifa.aot', 'java-options=-Dzhifa.startup.exitAfter=ready'
$data = Join-Path $env:TEMP ('zhifa-train-' + [guid]::NewGuid())
Start-Process -Wait -FilePath "$out\zhifa\zhifa.exe" -ArgumentList '--data-dir', $data, '--demo'
Set-Content $cfg $final
Add-Content $cfg 'java-options=-XX:AOTCache=$APPDIR\zhifa.aot'
Remove-Item -Recurse -Force $data -ErrorAction SilentlyContinue
if (-not (Test-Path "$out\zhifa\app\zhifa.aot")) { throw 'the AOT training run wrote no cache' }

jpackage '@installer/jpackage/package.args' '@installer/jpackage/msi.args' --app-version $version `
    --app-image "$out\zhifa" --dest $out --icon installer\icons\zhifa.ico `
    --resource-dir installer\windows --license-file installer\licenses\LICENSE.txt
if ($LASTEXITCODE -ne 0) { throw 'jpackage msi failed' }
Get-ChildItem "$out\*.msi"
