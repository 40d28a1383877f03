#include "app/cli/CliText.h"
#include "app/cli/Terminal.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace vigil::cli {

Result<SecretBuffer> readSecretFromTerminal(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return Error::make(ErrorKind::Usage,
                           CliText::tr("No terminal to ask for the passphrase; "
                                                       "use --passphrase-file FILE."));
    const QByteArray promptBytes = prompt.toLocal8Bit();
    if (::write(fd, promptBytes.constData(), std::size_t(promptBytes.size())) < 0) {
        // The prompt is a courtesy; reading the answer still works without it.
    }

    struct termios saved = {};
    const bool isTty = ::tcgetattr(fd, &saved) == 0;
    if (isTty) {
        struct termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    constexpr std::size_t kMax = 1024;
    SecretBuffer buffer(kMax);
    std::size_t used = 0;
    while (used < kMax) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n' || c == '\r')
            break;
        buffer.data()[used++] = std::uint8_t(c);
    }
    if (isTty)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    return SecretBuffer::copyOf(buffer.data(), used);
}

} // namespace vigil::cli
