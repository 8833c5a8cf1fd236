# Installs the pinned validator (package-lock.json) with `npm ci`, unless node_modules already matches the lock.
# cmake -DNPM=<npm> -DDIR=<this folder> -P npm-ci.cmake
set(stamp "${DIR}/node_modules/.package-lock.json")
if(EXISTS "${stamp}" AND NOT "${DIR}/package-lock.json" IS_NEWER_THAN "${stamp}")
    message(STATUS "node_modules is current")
    return()
endif()
execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
    WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed in ${DIR}")
endif()
