#pragma once

// Runs vigil-cli in a sandbox whose HOME, TMPDIR and XDG folders are its own,
// so tests can scan every file the program wrote.
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstring>
#include <ostream>

namespace vigil::test {

enum Exit { Ok = 0, Other = 1, Usage = 2, WrongKey = 3, Damaged = 4, NoVault = 5, Storage = 6, Exists = 7 };

inline const QStringList kFastKdf = {QStringLiteral("--kdf-opslimit"), QStringLiteral("1"),
                              QStringLiteral("--kdf-memlimit-mib"), QStringLiteral("8")};

struct Run
{
    int code = -1;
    bool crashed = false;
    QString out;
    QString err;
};

inline std::ostream& operator<<(std::ostream& os, const Run& r)
{
    return os << "exit " << r.code << (r.crashed ? " (crashed)" : "") << "\n--- stdout\n"
              << r.out.toStdString() << "\n--- stderr\n"
              << r.err.toStdString();
}

// A sandbox: HOME, TMPDIR and the XDG folders under env/, passphrase and
// recovery-key files under secrets/ (outside what the canary scans look at).
struct Sandbox
{
    std::unique_ptr<QTemporaryDir> tmp = vigil::test::tempDir();
    QString env = tmp->filePath(QStringLiteral("env"));
    QString secrets = tmp->filePath(QStringLiteral("secrets"));
    QString vault = env + QStringLiteral("/vault");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    Sandbox()
    {
        REQUIRE(QDir().mkpath(secrets));
        for (const char* var : {"HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString path = env + QLatin1Char('/') + QString::fromLatin1(var).toLower();
            REQUIRE(QDir().mkpath(path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
            environment.insert(QString::fromLatin1(var), path);
        }
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("VIGIL_PASSPHRASE"));
    }

    // A file under secrets/ holding `text` and a newline.
    QString secretFile(const QString& name, const QByteArray& text) const
    {
        const QString path = secrets + QLatin1Char('/') + name;
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(text + '\n');
        f.close();
        return path;
    }

    Run cli(const QStringList& args, const QByteArray& input = {}) const
    {
        return run(QString::fromUtf8(VIGIL_CLI), args, input);
    }

    Run run(const QString& program, const QStringList& args, const QByteArray& input = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.setWorkingDirectory(env);
        p.start(program, args);
        Run r;
        if (!p.waitForStarted(10000)) {
            r.err = QStringLiteral("did not start: ") + p.errorString();
            return r;
        }
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.code = r.crashed ? -1 : p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList withVault(const QString& passFile, const QStringList& rest) const
    {
        QStringList args{QStringLiteral("--vault"), vault};
        if (!passFile.isEmpty())
            args << QStringLiteral("--passphrase-file") << passFile;
        return args + rest;
    }

    // init with a fast KDF; returns the recovery key it printed.
    QByteArray init(const QString& passFile, const QString& name = {}) const
    {
        QStringList rest{QStringLiteral("init")};
        if (!name.isEmpty())
            rest << QStringLiteral("--name") << name;
        const Run r = cli(withVault(passFile, rest + kFastKdf));
        INFO(r);
        REQUIRE(r.code == Ok);
        const QByteArray key = lineValue(r.out, "Recovery key: ");
        REQUIRE_FALSE(key.isEmpty());
        return key;
    }

    static QByteArray lineValue(const QString& out, const char* prefix)
    {
        for (const QString& line : out.split(QLatin1Char('\n')))
            if (line.startsWith(QString::fromUtf8(prefix)))
                return line.mid(int(std::strlen(prefix))).trimmed().toUtf8();
        return {};
    }

    QMap<QString, QByteArray> vaultHashes() const { return vigil::test::hashTree(vault); }
};

} // namespace vigil::test
