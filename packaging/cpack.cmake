# The Debian package (README "Installing"): cpack -G DEB in the build directory writes
# dealix-desk_<version>_<arch>.deb. Its library dependencies are computed from the binary
# (dpkg-shlibdeps); the rest are what the program loads at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dealix-desk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR Dealix)
set(CPACK_PACKAGE_CONTACT "${DEALIX_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "decision surfaces and board packs of a Dealix tenant")
set(CPACK_PACKAGE_DESCRIPTION
    "Dealix Executive Desktop shows the executives of a Dealix tenant their decision
surfaces from real data (SQLite, PostgreSQL or a Dealix server), in English and
Arabic, writes and prints board packs, and opens offline review copies.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DEALIX_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${DEALIX_PROJECT_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, not linked: the fonts the Arabic pages need, the SQLite and PostgreSQL
# drivers, Qt's own Arabic messages, the SVG icon plugin.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-noto-core, libqt6sql6-sqlite, libqt6sql6-psql, qt6-translations-l10n, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "poppler-utils")
include(CPack)
