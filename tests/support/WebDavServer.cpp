#include "tests/support/WebDavServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace vigil::test {

namespace {

const QString kApache = QStringLiteral("/usr/sbin/apache2");
const QString kModules = QStringLiteral("/usr/lib/apache2/modules");
const QString kHtpasswd = QStringLiteral("/usr/bin/htpasswd");
const QString kOpenssl = QStringLiteral("/usr/bin/openssl");
const QString kPerl = QStringLiteral("/usr/bin/perl");
const QString kShell = QStringLiteral("/bin/sh");
// Apache refuses to serve as root; it drops to this user (nobody) instead.
constexpr uid_t kUnprivileged = 65534;

const QStringList kFaultMethods = {QStringLiteral("MKCOL"), QStringLiteral("PUT"),
                                   QStringLiteral("MOVE"),  QStringLiteral("PROPFIND"),
                                   QStringLiteral("GET"),   QStringLiteral("DELETE"),
                                   QStringLiteral("*")};
const QList<int> kFaultStatuses = {500, 507};

QString faultFile(const QString& method, int status)
{
    return QStringLiteral("faults/%1-%2")
        .arg(method == QLatin1StringView("*") ? QStringLiteral("ANY") : method)
        .arg(status);
}

// Runs a tool to completion; false (with its output in `error`) on failure.
bool run(const QString& program, const QStringList& args, const QString& workDir, QString& error,
         QByteArray* out = nullptr, const QByteArray& in = {})
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        error = program + QStringLiteral(" did not start");
        return false;
    }
    p.write(in);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool chownTree(const QString& root, uid_t uid)
{
    bool ok = ::chown(QFile::encodeName(root).constData(), uid, uid) == 0;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = ::chown(QFile::encodeName(it.next()).constData(), uid, uid) == 0 && ok;
    return ok;
}

} // namespace

WebDavServer::WebDavServer() : m_dir(QDir::tempPath() + QStringLiteral("/vigil-webdav-XXXXXX")) {}

WebDavServer::~WebDavServer()
{
    stop();
}

QString WebDavServer::unavailableReason()
{
    for (const QString& tool : {kApache, kHtpasswd, kOpenssl, kPerl, kShell}) {
        if (!QFileInfo(tool).isExecutable())
            return QStringLiteral("%1 is missing: install apache2, apache2-utils, openssl and "
                                  "perl to run the WebDAV tests")
                .arg(tool);
    }
    if (!QFileInfo(kModules + QStringLiteral("/mod_dav_fs.so")).exists())
        return QStringLiteral("the Apache modules are missing from %1").arg(kModules);
    return {};
}

QString WebDavServer::path(const QString& relative) const
{
    return m_dir.path() + QLatin1Char('/') + relative;
}

QUrl WebDavServer::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/vigil/").arg(m_port));
}

QString WebDavServer::storagePath() const
{
    return path(QStringLiteral("dav/vigil"));
}

bool WebDavServer::prepareFiles()
{
    const QString dir = m_dir.path();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    for (const char* sub : {"dav", "run", "logs", "lock", "faults"})
        QDir(dir).mkpath(QString::fromLatin1(sub));
    const QStringList ec = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QFile ext(path(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n") < 0) {
        m_error = QStringLiteral("cannot write server.ext");
        return false;
    }
    ext.close();
    QByteArray pem;
    QByteArray der;
    const bool ok =
        run(kOpenssl,
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                QStringList{
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"),
                    QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Vigil Test Authority"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")},
            dir, m_error) &&
        run(kOpenssl,
            QStringList{QStringLiteral("req")} + ec +
                QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                            QStringLiteral("-out"), QStringLiteral("server.csr"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
            dir, m_error) &&
        run(kOpenssl,
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
             QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.crt")},
            dir, m_error) &&
        run(kOpenssl,
            {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("server.crt"),
             QStringLiteral("-pubkey"), QStringLiteral("-noout")},
            dir, m_error, &pem) &&
        run(kOpenssl,
            {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-outform"),
             QStringLiteral("der")},
            dir, m_error, &der, pem) &&
        run(kHtpasswd,
            {QStringLiteral("-bc"), QStringLiteral("htpasswd"), username(),
             QString::fromLatin1(password())},
            dir, m_error);
    if (!ok)
        return false;
    m_pin = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    const auto cas = QSslCertificate::fromPath(path(QStringLiteral("ca.crt")));
    if (cas.isEmpty()) {
        m_error = QStringLiteral("cannot read ca.crt");
        return false;
    }
    m_ca = cas.first();
    m_port = freePort();
    return writeConfig();
}

bool WebDavServer::writeConfig()
{
    const QString dir = m_dir.path();
    QString conf;
    auto line = [&conf](const QString& text) {
        conf += text + QLatin1Char('\n');
    };
    line(QStringLiteral("ServerRoot \"%1\"").arg(dir));
    line(QStringLiteral("DefaultRuntimeDir \"%1/run\"").arg(dir));
    line(QStringLiteral("PidFile \"%1/run/httpd.pid\"").arg(dir));
    line(QStringLiteral("ErrorLog \"%1/logs/error.log\"").arg(dir));
    line(QStringLiteral("LogLevel warn"));
    line(QStringLiteral("CustomLog \"%1/logs/access.log\" \"%m %U %>s\"").arg(dir));
    line(QStringLiteral("Listen 127.0.0.1:%1").arg(m_port));
    line(QStringLiteral("ServerName 127.0.0.1"));
    for (const char* module :
         {"mpm_event", "authz_core", "authz_user", "authn_core", "authn_file", "auth_basic", "dav",
          "dav_fs", "ssl", "rewrite", "ratelimit", "ext_filter"})
        line(QStringLiteral("LoadModule %1_module %2/mod_%1.so")
                 .arg(QString::fromLatin1(module), kModules));
    if (::geteuid() == 0) {
        line(QStringLiteral("User #%1").arg(kUnprivileged));
        line(QStringLiteral("Group #%1").arg(kUnprivileged));
    }
    line(QStringLiteral("ServerLimit 1\nStartServers 1\nThreadsPerChild 16\nMaxRequestWorkers 16"));
    line(QStringLiteral("SSLEngine on"));
    line(QStringLiteral("SSLCertificateFile \"%1/server.crt\"").arg(dir));
    line(QStringLiteral("SSLCertificateKeyFile \"%1/server.key\"").arg(dir));
    line(QStringLiteral("DavLockDB \"%1/lock/DavLock\"").arg(dir));
    line(QStringLiteral("DocumentRoot \"%1/dav\"").arg(dir));
    // Uploads are slowed by a filter copying 16 KiB every 30 ms.
    line(QStringLiteral("ExtFilterDefine slowupload mode=input EnableEnv=vigil_slow cmd=\"%1 -e "
                        "'binmode STDIN; binmode STDOUT; while (sysread(STDIN, $b, 16384)) "
                        "{ syswrite(STDOUT, $b); select(undef, undef, undef, 0.03); }'\"")
             .arg(kPerl));
    line(QStringLiteral("RewriteEngine On"));
    line(QStringLiteral("RewriteCond \"%1/faults/slow\" -f").arg(dir));
    line(QStringLiteral("RewriteRule ^ - [E=rate-limit:512,E=vigil_slow:1]"));
    for (const QString& method : kFaultMethods) {
        for (int status : kFaultStatuses) {
            if (method != QLatin1StringView("*"))
                line(QStringLiteral("RewriteCond %{REQUEST_METHOD} =%1").arg(method));
            line(QStringLiteral("RewriteCond \"%1/%2\" -f").arg(dir, faultFile(method, status)));
            line(QStringLiteral("RewriteRule ^ - [R=%1]").arg(status));
        }
    }
    line(QStringLiteral("<Directory \"%1/dav\">").arg(dir));
    line(QStringLiteral("  DAV On\n  AuthType Basic\n  AuthName \"Vigil tests\"\n"
                        "  AuthBasicProvider file"));
    line(QStringLiteral("  AuthUserFile \"%1/htpasswd\"").arg(dir));
    line(QStringLiteral("  Require valid-user\n  SetOutputFilter RATE_LIMIT\n"
                        "  SetInputFilter slowupload"));
    line(QStringLiteral("</Directory>"));

    QFile file(path(QStringLiteral("httpd.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write httpd.conf");
        return false;
    }
    file.close();
    // The unprivileged server must reach its files (root is not subject to modes).
    if (::geteuid() == 0 && !chownTree(dir, kUnprivileged)) {
        m_error = QStringLiteral("cannot hand the server folder to uid %1").arg(kUnprivileged);
        return false;
    }
    return true;
}

bool WebDavServer::start()
{
    if (isRunning())
        return true;
    if (const QString missing = unavailableReason(); !missing.isEmpty()) {
        m_error = missing;
        return false;
    }
    if (!m_prepared) {
        if (!prepareFiles())
            return false;
        m_prepared = true;
    }
    // Another process may take the port between probing and binding: a
    // first start moves to another port, a restart must keep its address.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (launch()) {
            m_started = true;
            return true;
        }
        if (m_started) {
            QThread::msleep(200);
            continue;
        }
        m_port = freePort();
        if (!writeConfig())
            return false;
    }
    return false;
}

bool WebDavServer::launch()
{
    // Apache runs under a small shell that stays as the test's user: the
    // kernel's parent-death signal does not survive Apache dropping root
    // privileges, so the shell receives it and kills its whole process group
    // (Apache and its filter processes).
    // A killed server leaves its pid file, and Apache refuses to start while
    // that pid still exists (an unreaped zombie counts).
    QFile::remove(path(QStringLiteral("run/httpd.pid")));
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(kShell);
    m_process->setArguments(
        {QStringLiteral("-c"),
         QStringLiteral("trap 'kill -KILL 0' TERM HUP INT; \"$1\" -f \"$2\" -X -DFOREGROUND & "
                        "wait $!"),
         QStringLiteral("vigil-webdav"), kApache, path(QStringLiteral("httpd.conf"))});
    m_process->setStandardOutputFile(path(QStringLiteral("logs/stdout.log")), QIODevice::Append);
    m_process->setStandardErrorFile(path(QStringLiteral("logs/stdout.log")), QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Its own process group, told by the kernel when the test process dies
    // without running destructors (a crash, SIGKILL).
    m_process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("apache2 did not start: ") + m_process->errorString();
        m_process.reset();
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running || m_process->waitForFinished(0)) {
            QByteArray logs;
            for (const char* name : {"logs/stdout.log", "logs/error.log"}) {
                QFile log(path(QString::fromLatin1(name)));
                if (log.open(QIODevice::ReadOnly))
                    logs += log.readAll().right(1500);
            }
            m_error = QStringLiteral("apache2 exited: ") + QString::fromUtf8(logs);
            m_process.reset();
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("apache2 did not listen on port %1").arg(m_port);
    stop();
    return false;
}

void WebDavServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        const pid_t pid = pid_t(m_process->processId());
        ::kill(-pid, SIGKILL); // the group: the shell, Apache and its filter processes
        m_process->waitForFinished(10000);
    }
    m_process.reset();
}

void WebDavServer::pause()
{
    if (isRunning())
        ::kill(-pid_t(m_process->processId()), SIGSTOP);
}

void WebDavServer::resume()
{
    if (isRunning())
        ::kill(-pid_t(m_process->processId()), SIGCONT);
}

bool WebDavServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QStringList WebDavServer::requestLog() const
{
    QFile log(path(QStringLiteral("logs/access.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList WebDavServer::requestLogWith(const QString& line, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QStringList log = requestLog();
    while (!log.contains(line) && !deadline.hasExpired()) {
        QThread::msleep(10);
        log = requestLog();
    }
    return log;
}

bool WebDavServer::failRequests(const QString& method, int status)
{
    if (!kFaultMethods.contains(method) || !kFaultStatuses.contains(status))
        return false;
    QFile flag(path(faultFile(method, status)));
    return flag.open(QIODevice::WriteOnly);
}

void WebDavServer::clearFaults()
{
    QDir faults(path(QStringLiteral("faults")));
    for (const QString& name : faults.entryList(QDir::Files))
        if (name != QLatin1StringView("slow"))
            faults.remove(name);
}

void WebDavServer::setSlow(bool slow)
{
    QFile flag(path(QStringLiteral("faults/slow")));
    if (slow)
        (void)flag.open(QIODevice::WriteOnly);
    else
        flag.remove();
}

} // namespace vigil::test
