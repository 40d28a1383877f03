# Windows recipe: an NSIS installer holding vigil.exe, vigil-cli.exe, the Qt
# runtime (windeployqt, through Qt's deployment script) and the other DLLs they
# load (SQLCipher, OpenSSL, libsodium, zxcvbn). Not built by CI; see
# packaging/windows/README.md. Included by packaging/CMakeLists.txt.
set(windows_dir ${CMAKE_CURRENT_SOURCE_DIR}/windows)

# The window's icon and version resource; vigil.ico is made once (README).
if(EXISTS ${windows_dir}/vigil.ico)
    target_sources(vigil PRIVATE ${windows_dir}/vigil.rc)
    set(CPACK_NSIS_MUI_ICON ${windows_dir}/vigil.ico)
    set(CPACK_NSIS_MUI_UNIICON ${windows_dir}/vigil.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/vigil.exe)
endif()

# Qt: windeployqt copies the Qt DLLs, the platform, style, image-format and
# icon-engine plugins, and Qt's translations next to vigil.exe.
qt_generate_deploy_app_script(TARGET vigil FILENAME_VARIABLE vigil_deploy_script)
install(SCRIPT ${vigil_deploy_script})

# Everything else the executables load, found in VIGIL_WINDOWS_DLL_DIRS (for
# example vcpkg's installed/x64-windows/bin or MSYS2's mingw64/bin).
set(VIGIL_WINDOWS_DLL_DIRS "" CACHE PATH "Folders holding sqlcipher, libsodium, zxcvbn and OpenSSL DLLs")
install(CODE "set(vigil_dll_dirs \"${VIGIL_WINDOWS_DLL_DIRS}\")")
install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "$<TARGET_FILE:vigil>" "$<TARGET_FILE:vigil-cli>"
        DIRECTORIES ${vigil_dll_dirs}
        RESOLVED_DEPENDENCIES_VAR vigil_dlls
        UNRESOLVED_DEPENDENCIES_VAR vigil_missing
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" # Qt is windeployqt's
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$")
    if(vigil_missing)
        message(FATAL_ERROR "DLLs not found (set VIGIL_WINDOWS_DLL_DIRS): ${vigil_missing}")
    endif()
    file(INSTALL ${vigil_dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
]])

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME Vigil)
set(CPACK_NSIS_DISPLAY_NAME "Vigil ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${VIGIL_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put vigil-cli on PATH
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "bin\\vigil.exe")
