# ctest fixture: installs the pinned node packages (package-lock.json) into DIR/node_modules, unless the
# installed tree is already current (npm writes node_modules/.package-lock.json on every install).
if(NOT DIR OR NOT NPM)
    message(FATAL_ERROR "usage: cmake -D DIR=<dir> -D NPM=<npm> -P npm_ci.cmake")
endif()
set(marker "${DIR}/node_modules/.package-lock.json")
if(EXISTS "${marker}" AND NOT "${DIR}/package-lock.json" IS_NEWER_THAN "${marker}")
    message(STATUS "node_modules in ${DIR} is current; skipping npm ci")
    return()
endif()
execute_process(COMMAND "${NPM}" ci --prefix "${DIR}" --no-audit --no-fund
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${rc})")
endif()
