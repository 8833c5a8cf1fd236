# The version the program, the packages and their file names carry, taken from git at configure time:
#   on a tag vX.Y.Z            -> X.Y.Z
#   N commits after vX.Y.Z     -> X.Y.Z+N.g<hash>
#   no tag yet                 -> <PROJECT_VERSION>~dev<N>.g<hash> (N = commits so far)
#   no git (a source tarball)  -> <PROJECT_VERSION>
# Both are valid Debian and AppStream versions: "+" sorts after the tag it follows, "~" before the
# release it leads to, and N keeps successive builds in order.
# QUAYSIDE_VERSION_NUMERIC stays X.Y.Z for the places that accept digits only (the MSI, macOS bundles).
# Re-run cmake to pick up a new commit; the build does not re-run git on its own.
set(QUAYSIDE_VERSION "${PROJECT_VERSION}")
set(QUAYSIDE_VERSION_NUMERIC "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}")
string(TIMESTAMP QUAYSIDE_RELEASE_DATE "%Y-%m-%d" UTC) # the commit's date when there is git
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --match "v[0-9]*" --long
                    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                    OUTPUT_VARIABLE _described OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE _describe_failed ERROR_QUIET)
    if(NOT _describe_failed AND _described MATCHES "^v([0-9]+\\.[0-9]+\\.[0-9]+)-([0-9]+)-g([0-9a-f]+)$")
        set(QUAYSIDE_VERSION_NUMERIC "${CMAKE_MATCH_1}")
        if(CMAKE_MATCH_2 STREQUAL "0")
            set(QUAYSIDE_VERSION "${CMAKE_MATCH_1}")
        else()
            set(QUAYSIDE_VERSION "${CMAKE_MATCH_1}+${CMAKE_MATCH_2}.g${CMAKE_MATCH_3}")
        endif()
    else()
        execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=8 HEAD
                        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                        OUTPUT_VARIABLE _hash OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        execute_process(COMMAND "${GIT_EXECUTABLE}" rev-list --count HEAD
                        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                        OUTPUT_VARIABLE _count OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(_hash MATCHES "^[0-9a-f]+$" AND _count MATCHES "^[0-9]+$")
            set(QUAYSIDE_VERSION "${PROJECT_VERSION}~dev${_count}.g${_hash}")
        endif()
    endif()
    execute_process(COMMAND "${GIT_EXECUTABLE}" log -1 --format=%cs
                    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                    OUTPUT_VARIABLE _date OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(_date MATCHES "^[0-9]+-[0-9]+-[0-9]+$")
        set(QUAYSIDE_RELEASE_DATE "${_date}")
    endif()
endif()
message(STATUS "Quayside version ${QUAYSIDE_VERSION}")
# For scripts and the release workflow, which name their files after it.
file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/VERSION" CONTENT "${QUAYSIDE_VERSION}\n")
