# Linux: the freedesktop.org files (desktop entry, AppStream metainfo, hicolor
# icons), manual pages and Debian's copyright and changelog, and the .deb's
# control fields. Included by packaging/CMakeLists.txt.
set(linux_dir ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(out_dir ${CMAKE_CURRENT_BINARY_DIR})
set(generated_files)

configure_file(${linux_dir}/${VIGIL_APP_ID}.metainfo.xml.in
               ${out_dir}/${VIGIL_APP_ID}.metainfo.xml @ONLY)
configure_file(${linux_dir}/vigil.1.in ${out_dir}/vigil.1 @ONLY)
configure_file(${linux_dir}/vigil-cli.1.in ${out_dir}/vigil-cli.1 @ONLY)
configure_file(${linux_dir}/changelog.in ${out_dir}/changelog @ONLY)

# Debian wants manual pages and the changelog compressed with gzip -9, and -n
# (no name or time stamp) keeps the package reproducible.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
foreach(file vigil.1 vigil-cli.1 changelog)
    add_custom_command(OUTPUT ${out_dir}/${file}.gz
        COMMAND ${GZIP_EXECUTABLE} -9nkf ${out_dir}/${file}
        DEPENDS ${out_dir}/${file}
        COMMENT "Compressing ${file}"
        VERBATIM)
    list(APPEND generated_files ${out_dir}/${file}.gz)
endforeach()

# Icons: the SVG as the scalable icon, and PNGs rendered from it for menus,
# docks and software centres that do not scale SVG (AppStream prefers 64 and 128).
set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/vigil.svg)
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${VIGIL_APP_ID}.svg)
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
if(RSVG_CONVERT_EXECUTABLE)
    foreach(size 16 24 32 48 64 128 256)
        set(png ${out_dir}/icons/${size}x${size}/${VIGIL_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT_EXECUTABLE} --width ${size} --height ${size} --output ${png}
                    ${icon_svg}
            DEPENDS ${icon_svg}
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND generated_files ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
else()
    message(WARNING "rsvg-convert not found: only the scalable icon is installed "
                    "(packaging/install-build-deps.sh installs librsvg2-bin)")
endif()

add_custom_target(vigil_desktop_files ALL DEPENDS ${generated_files})

install(FILES ${linux_dir}/${VIGIL_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${out_dir}/${VIGIL_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${out_dir}/vigil.1.gz ${out_dir}/vigil-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# /usr/share/doc/<package>, named after the package rather than the project.
install(FILES ${linux_dir}/copyright ${out_dir}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/vigil)

# --- the .deb ---------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # vigil_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Shared libraries (Qt, libsqlcipher1 from bookworm-backports, libsodium23,
# libzxcvbn0 ...) are found by dpkg-shlibdeps; these are what it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libsqlcipher1's symbols file would accept 3.4.2; vaults need SQLCipher 4
# (its defaults, cipher_integrity_check), and Vigil is built and tested with 4.6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsqlcipher1 (>= 4.6), qt6-qpa-plugins, libqt6svg6") # qpa: a window at all; svg: the icon engine
# Fonts for the scripts Vigil is used in: Arabic and other non-Latin scripts
# (fonts-noto-core) and Chinese, Japanese and Korean (fonts-noto-cjk); Qt's
# own translations; the native Wayland platform plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-core, fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlcipher") # to open vigil.db with `vigil-cli db-key`
