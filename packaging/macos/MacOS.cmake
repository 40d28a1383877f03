# macOS recipe: Vigil.app (Info.plist from Info.plist.in, an .icns icon, the Qt
# frameworks and the SQLCipher, OpenSSL and libsodium dylibs deployed inside by
# macdeployqt) in a drag-and-drop disk image. Not built by CI; see
# packaging/macos/README.md. Included by packaging/CMakeLists.txt.
set(macos_dir ${CMAKE_CURRENT_SOURCE_DIR}/macos)

set_target_properties(vigil PROPERTIES
    OUTPUT_NAME Vigil
    MACOSX_BUNDLE_INFO_PLIST ${macos_dir}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${VIGIL_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Vigil
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE Vigil.icns
    MACOSX_BUNDLE_COPYRIGHT "Vigil Developers, GPL-3.0-or-later")

# Vigil.icns from the SVG: rsvg-convert (Homebrew librsvg) renders the iconset,
# iconutil (part of macOS) packs it.
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
find_program(ICONUTIL_EXECUTABLE iconutil)
if(RSVG_CONVERT_EXECUTABLE AND ICONUTIL_EXECUTABLE)
    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/Vigil.iconset)
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/Vigil.icns)
    set(render_commands)
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        list(APPEND render_commands
            COMMAND ${RSVG_CONVERT_EXECUTABLE} -w ${size} -h ${size}
                    -o ${iconset}/icon_${size}x${size}.png ${PROJECT_SOURCE_DIR}/resources/icons/vigil.svg
            COMMAND ${RSVG_CONVERT_EXECUTABLE} -w ${double} -h ${double}
                    -o ${iconset}/icon_${size}x${size}@2x.png ${PROJECT_SOURCE_DIR}/resources/icons/vigil.svg)
    endforeach()
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
        ${render_commands}
        COMMAND ${ICONUTIL_EXECUTABLE} --convert icns --output ${icns} ${iconset}
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/vigil.svg
        VERBATIM)
    # The rule lives in this folder, so a target here must build it before vigil
    # (in app/) takes it as a bundle resource.
    add_custom_target(vigil_icns DEPENDS ${icns})
    add_dependencies(vigil vigil_icns)
    target_sources(vigil PRIVATE ${icns})
    set_source_files_properties(${icns} TARGET_DIRECTORY vigil
        PROPERTIES GENERATED ON MACOSX_PACKAGE_LOCATION Resources)
else()
    message(WARNING "rsvg-convert or iconutil not found: Vigil.app gets no icon")
endif()

# vigil-cli inside the bundle, next to the window's executable, so the disk
# image holds just Vigil.app (app/ installs it to bin/ as well).
install(PROGRAMS $<TARGET_FILE:vigil-cli> DESTINATION Vigil.app/Contents/MacOS)

# macdeployqt: Qt frameworks and plugins into Contents/Frameworks and
# Contents/PlugIns, and every non-system dylib both executables link
# (Homebrew's sqlcipher, openssl, libsodium, zxcvbn), install names rewritten.
# Runs after app/'s install rule, which puts Vigil.app in place.
find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${MACDEPLOYQT_EXECUTABLE}\" \"\${CMAKE_INSTALL_PREFIX}/Vigil.app\"
        \"-executable=\${CMAKE_INSTALL_PREFIX}/Vigil.app/Contents/MacOS/vigil-cli\"
        -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Vigil)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME Vigil-${PROJECT_VERSION})
