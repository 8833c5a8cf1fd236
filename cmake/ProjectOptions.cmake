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

option(QUAYSIDE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(QUAYSIDE_SANITIZE)
    target_compile_options(quayside_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(quayside_options INTERFACE -fsanitize=address,undefined)
endif()
