# How Quayside is installed and packed: the desktop integration files, the Qt deployment on Windows and
# macOS, and the CPack installers (MSI on Windows, DMG on macOS, .deb and .tar.gz on Linux). The AppImage
# is built from the Linux install tree by packaging/appimage/make-appdir.sh (see docs/packaging.md).
include(GNUInstallDirs)
set(QUAYSIDE_APP_ID "org.quayside.Quayside")

if(UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/linux/${QUAYSIDE_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    configure_file("${PROJECT_SOURCE_DIR}/resources/linux/${QUAYSIDE_APP_ID}.metainfo.xml"
                   "${PROJECT_BINARY_DIR}/${QUAYSIDE_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/${QUAYSIDE_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/quayside.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    foreach(size 16 32 48 64 128 256 512)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/quayside.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
endif()

if(WIN32)
    # The executable's icon (Explorer, task bar, the MSI's shortcut) and its version resource.
    string(REPLACE "." "," QUAYSIDE_RC_VERSION "${QUAYSIDE_VERSION_NUMERIC}")
    configure_file("${PROJECT_SOURCE_DIR}/resources/windows/quayside.rc.in"
                   "${PROJECT_BINARY_DIR}/quayside.rc" @ONLY)
    target_sources(quayside PRIVATE "${PROJECT_BINARY_DIR}/quayside.rc")
elseif(APPLE)
    set(icns "${PROJECT_SOURCE_DIR}/resources/macos/quayside.icns")
    target_sources(quayside PRIVATE "${icns}")
    set_source_files_properties("${icns}" TARGET_DIRECTORY quayside
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(quayside PROPERTIES
        OUTPUT_NAME Quayside
        MACOSX_BUNDLE_BUNDLE_NAME Quayside
        MACOSX_BUNDLE_GUI_IDENTIFIER "${QUAYSIDE_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE quayside.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${QUAYSIDE_VERSION_NUMERIC}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${QUAYSIDE_VERSION_NUMERIC}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "${QUAYSIDE_VERSION}")
endif()

if(WIN32 OR APPLE)
    # Qt's libraries, plugins and translations go next to the executable (windeployqt) or into the
    # bundle (macdeployqt, which also copies the other non-system libraries it links, such as
    # Homebrew's spdlog and fmt). On Windows spdlog, fmt and QtKeychain are linked statically (see
    # .github/workflows/release.yml), as windeployqt deploys Qt only.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET quayside OUTPUT_SCRIPT quayside_deploy_script)
        install(SCRIPT "${quayside_deploy_script}")
    else()
        message(WARNING "Qt ${Qt6_VERSION}: the installer will not carry Qt; it needs Qt 6.5 or newer here")
    endif()
endif()

set(CPACK_PACKAGE_NAME "quayside")
set(CPACK_PACKAGE_VENDOR "Quayside")
set(CPACK_PACKAGE_CONTACT "Quayside <support@quayside.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Operations console that keeps Shopify, Odoo and ShipBob in sync")
set(CPACK_PACKAGE_DESCRIPTION
    "Quayside moves a shop's orders, stock and shipments between Shopify, Odoo and a fulfilment provider "
    "(ShipBob), durably and without duplicates, and shows what is stuck and why. A built-in sandbox "
    "simulates all three systems for a first look.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Quayside")
set(CPACK_PACKAGE_VERSION "${QUAYSIDE_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/LICENSE.txt")
set(CPACK_PACKAGE_EXECUTABLES "quayside" "Quayside") # the Start-menu shortcut
set(CPACK_STRIP_FILES ON)
if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # An MSI's ProductVersion is digits only; the full git version stays in the file name.
    set(CPACK_PACKAGE_VERSION "${QUAYSIDE_VERSION_NUMERIC}")
    set(CPACK_PACKAGE_FILE_NAME "quayside-${QUAYSIDE_VERSION}-win64")
    # Never change this: it is how a newer MSI finds and replaces an installed Quayside.
    set(CPACK_WIX_UPGRADE_GUID "199A4874-DF55-4652-BF0E-FB4E02CE9A9B")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/windows/quayside.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Quayside")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop") # the DMG holds Quayside.app and a link to /Applications
    set(CPACK_PACKAGE_FILE_NAME "quayside-${QUAYSIDE_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
    set(CPACK_DMG_VOLUME_NAME "Quayside")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_PACKAGE_FILE_NAME "quayside-${QUAYSIDE_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Qt loads these as plugins, so dpkg-shlibdeps cannot see them: the SQLite store's driver, the SVG
    # window icon, TLS through OpenSSL (libqt6network6 carries the backend, libssl3 is what it opens).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libssl3")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
endif()
include(CPack)
