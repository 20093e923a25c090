#include "signalwatcher.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace spool {

namespace {

constexpr int ExitCancelled = 130;
constexpr unsigned char QuitByte = 0; // not a signal number: tells the thread to end
constexpr int WatchedSignals[] = {SIGINT, SIGTERM, SIGHUP};

int pipeEnds[2] = {-1, -1};
std::atomic<CancelToken *> armedToken{nullptr};
static_assert(std::atomic<CancelToken *>::is_always_lock_free);

void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    if (CancelToken *token = armedToken.load())
        token->cancel(); // an atomic store: safe in a handler
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(pipeEnds[0], &byte, 1);
    errno = savedErrno;
}

void writeError(const char *text)
{
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, text, strlen(text));
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pipeEnds) != 0)
        return;
    ::fcntl(pipeEnds[0], F_SETFL, O_NONBLOCK);
    armedToken.store(&m_token);
    m_thread = std::thread([this] { watch(); });

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : WatchedSignals)
        sigaction(signalNumber, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    for (const int signalNumber : WatchedSignals)
        std::signal(signalNumber, SIG_DFL);
    armedToken.store(nullptr);
    if (pipeEnds[0] < 0)
        return;
    const unsigned char quit = QuitByte;
    [[maybe_unused]] const ssize_t written = ::write(pipeEnds[0], &quit, 1);
    m_thread.join();
    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
    pipeEnds[0] = pipeEnds[1] = -1;
}

void SignalWatcher::arm(const CancelToken &token)
{
    // The handler reads the pointer, never the object being assigned: unarm around the copy.
    armedToken.store(nullptr);
    m_token = token;
    armedToken.store(&m_token);
}

void SignalWatcher::setHardStop(std::function<void()> cleanUp)
{
    const std::lock_guard lock(m_mutex);
    m_hardStop = std::move(cleanUp);
}

void SignalWatcher::watch()
{
    int received = 0;
    for (;;) {
        unsigned char byte = 0;
        const ssize_t got = ::read(pipeEnds[1], &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got != 1 || byte == QuitByte)
            return;
        if (++received == 1) {
            // Said from here, not the main thread, so it is seen at once however busy that is.
            writeError("\nspool-cli run: cancelling… (again to stop at once)\n");
            const int signalNumber = byte;
            QMetaObject::invokeMethod(
                this,
                [this, signalNumber] { Q_EMIT this->received(signalNumber); },
                Qt::QueuedConnection);
            continue;
        }
        // A second signal: the user will not wait for the run to wind down.
        std::function<void()> cleanUp;
        {
            const std::lock_guard lock(m_mutex);
            cleanUp = m_hardStop;
        }
        if (cleanUp)
            cleanUp();
        writeError("\nspool-cli: stopped at once, partial files removed\n");
        ::_exit(ExitCancelled);
    }
}

} // namespace spool
