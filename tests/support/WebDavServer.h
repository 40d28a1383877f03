#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QProcess;

namespace vigil::test {

// A real WebDAV server for tests: Debian's Apache httpd (mod_dav, mod_ssl)
// run as a single process with its own configuration in a temporary folder,
// on 127.0.0.1 and a free port, over TLS with a certificate signed by a
// test authority, Basic authentication from an htpasswd file. Faults are
// switched on from the test through flag files that mod_rewrite checks on
// every request (an HTTP status for one method or all), a slow link
// (mod_ratelimit for replies, a throttling input filter for uploads), and
// stop()/pause(). The server is killed when this object goes and, through
// PR_SET_PDEATHSIG, when the test process dies for any reason.
class WebDavServer
{
public:
    WebDavServer();
    ~WebDavServer();
    WebDavServer(const WebDavServer&) = delete;
    WebDavServer& operator=(const WebDavServer&) = delete;

    // Empty when the server can run here; otherwise what is missing
    // (tests SKIP with it).
    static QString unavailableReason();

    // The first start generates the certificates, password file and
    // configuration; later starts reuse them (same port, same files).
    // Returns false with lastError() when the server does not come up.
    bool start();
    // SIGKILL, as a crash or a pulled cable would end a transfer.
    void stop();
    // SIGSTOP / SIGCONT: a server that accepts connections but never answers.
    void pause();
    void resume();
    bool isRunning() const;
    QString lastError() const { return m_error; }

    // The mailbox root (not created: Transport::prepare does that).
    QUrl url() const;
    QString username() const { return QStringLiteral("monitor"); }
    static const char* password() { return "correct horse battery"; }
    // The authority that signed the server certificate.
    QSslCertificate caCertificate() const { return m_ca; }
    // SHA-256 of the server certificate's SubjectPublicKeyInfo, computed by
    // openssl (independently of Qt).
    QByteArray publicKeyPin() const { return m_pin; }
    // The folder behind url().
    QString storagePath() const;
    // "METHOD /path status" of every request that reached the server.
    // Apache writes a request's line after sending the response, so a
    // client may see the response first: requestLogWith waits (up to
    // `timeoutMs`) until the log holds `line`, then returns it.
    QStringList requestLog() const;
    QStringList requestLogWith(const QString& line, int timeoutMs = 5000) const;

    // From now on requests with `method` (MKCOL, PUT, MOVE, PROPFIND, GET,
    // DELETE, or "*" for all) are answered with `status` (500 or 507)
    // before reaching the WebDAV module.
    bool failRequests(const QString& method, int status);
    void clearFaults();
    // About 0.5 MiB/s each way.
    void setSlow(bool slow);

private:
    bool prepareFiles();
    bool writeConfig();
    bool launch();
    QString path(const QString& relative) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QSslCertificate m_ca;
    QByteArray m_pin;
    QString m_error;
    bool m_prepared = false;
    bool m_started = false; // once up, restarts keep the port
};

} // namespace vigil::test
