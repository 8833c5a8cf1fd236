# Compile flags live on one INTERFACE target, linked PRIVATE by every target of ours.
add_library(quayside_options INTERFACE)
add_library(quayside::options ALIAS quayside_options)
target_compile_definitions(quayside_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS            # Q_SIGNALS/Q_SLOTS/Q_EMIT: no clash with spdlog/fmt
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(quayside_options INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Werror)
elseif(MSVC)
    target_compile_options(quayside_options INTERFACE /W4 /WX /permissive- /utf-8 /Zc:__cplusplus)
endif()

# The second build (scripts/test.sh makes it in build-sanitize/ with clang): the non-GUI suite under
# AddressSanitizer and UndefinedBehaviorSanitizer, any finding fatal, plus the libFuzzer targets in fuzz/.
option(QUAYSIDE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (no app, no GUI tests)" OFF)
if(QUAYSIDE_SANITIZE)
    target_compile_options(quayside_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(quayside_options INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # Half the compile time of -O2 -g on the 2-core machine; line tables are all the reports need.
        target_compile_options(quayside_options INTERFACE -O1 -gline-tables-only)
        # Coverage feedback for the fuzzers in all of our code, not only in the fuzz targets themselves.
        target_compile_options(quayside_options INTERFACE -fsanitize=fuzzer-no-link)
    endif()
    # For every test and fuzz target of this build: leaks are findings too; the suppression files hold the
    # few reports that are Qt's own, each with the reason.
    set(sanitizers "${PROJECT_SOURCE_DIR}/cmake/sanitizers")
    set(QUAYSIDE_SANITIZER_ENV
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${sanitizers}/ubsan.supp"
        "LSAN_OPTIONS=suppressions=${sanitizers}/lsan.supp:print_suppressions=0")
    find_program(QUAYSIDE_LLVM_SYMBOLIZER NAMES llvm-symbolizer-14 llvm-symbolizer)
    if(QUAYSIDE_LLVM_SYMBOLIZER)
        list(APPEND QUAYSIDE_SANITIZER_ENV "ASAN_SYMBOLIZER_PATH=${QUAYSIDE_LLVM_SYMBOLIZER}")
    endif()
endif()
